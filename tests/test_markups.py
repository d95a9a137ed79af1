"""The parser works by structure, not by one page's classes: the seed text in other common markups.

Sentences are quoted from the published text of
https://vng.nl/artikelen/gemeenten-doen-mee-aan-dialogen-over-herstel-en-vernieuwing-na-corona;
the markup around them is hand-written in the style of other CMSs.
"""

from __future__ import annotations

import json
import textwrap
from datetime import date
from pathlib import Path

from parsers.blocks import Block, blocks_from_html
from parsers.encoding import decode_html
from parsers.records import Provenance, records_from_html
from parsers.sections import page_meta_of, parse_page

KIEL = "Wethouder Patrick Kiel van Leusden ging met een zeer diverse groep inwoners in gesprek over geluk en ontspanning."
HOYTINK = "Patricia Hoytink-Roubos, burgemeester van Overbetuwe, zat de dialoogtafel onderwijs en werk voor."
NAUTA = "Burgemeester Ellen Nauta-van Moorsel vertelt over de dialoogtafel samen leven."
NEUT = "Wethouder Maikel van der Neut van Berkelland was op 18 maart voorzitter van de online dialoogtafel over gezondheid."
# the seed page's own introduction (https://vng.nl/artikelen/gemeenten-doen-mee-aan-dialogen-over-herstel-en-vernieuwing-na-corona)
INTRO = ("De coronapandemie en de bestrijding daarvan heeft impact op ieders leven. Iedereen heeft een eigen verhaal,"
         " en ideeën over hoe we verder kunnen. Het rijk organiseert hierover tot eind mei 2021 groepsgesprekken, de"
         " zogenoemde dialoogtafels, waar overheid, bedrijven, wetenschap en inwoners met elkaar in gesprek gaan.")
CHROME = """
<header><nav><a href="/">Home</a><a href="/nieuws">Nieuws</a></nav></header>
<div class="cookie-banner"><p>Wij gebruiken cookies. Burgemeester Jan Jansen vindt dat prima.</p></div>
"""
FOOTER = """
<div class="share-buttons"><h2>Deel dit artikel</h2><a href="https://twitter.com/share">Twitter</a></div>
<aside><h2>Gerelateerd</h2><p>Wethouder Piet Pieters opent een school.</p></aside>
<footer><h2>Contact</h2><p>Postbus 30435</p></footer>
"""


def hosts(html: str) -> list[tuple[int, str, str, str, str]]:
    return [
        (r.position, r.theme, r.host_name, r.role, r.municipality)
        for r in records_from_html(html, Provenance("https://example.org/page"))
    ]


def test_h3_headings_in_sections_with_plain_iframes() -> None:
    html = f"""<html><head><title>Dialoogtafels</title></head><body>{CHROME}<main>
    <h1>Dialoogtafels</h1><p>Inleiding zonder kop.</p>
    <section><header><h3>Dialoogtafel geluk &amp; ontspanning</h3></header><p>{KIEL}</p>
      <iframe src="https://www.youtube.com/embed/abcDEF12345?rel=0"></iframe></section>
    <section><h3>Dialoogtafel over samen leven</h3><p>{NAUTA}</p>
      <iframe src="https://player.vimeo.com/video/123456789"></iframe></section>
    </main>{FOOTER}</body></html>"""
    assert hosts(html) == [
        (1, "geluk en ontspanning", "Patrick Kiel", "wethouder", "Leusden"),
        (2, "samen leven", "Ellen Nauta-van Moorsel", "burgemeester", ""),
    ]
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [r.video_url for r in records] == [
        "https://www.youtube.com/watch?v=abcDEF12345", "https://vimeo.com/123456789",
    ]


def test_bold_paragraph_headings_with_br_lines_and_video_links() -> None:
    html = f"""<html><body>{CHROME}<div id="content"><div class="text">
    <p><strong>Dialoogtafel onderwijs en werk</strong><br>{HOYTINK}<br>
       <a href="https://youtu.be/xyzXYZ98765">Bekijk de video</a></p>
    <p><b>Dialoogtafel over gezondheid</b></p>
    <p>{NEUT}<br><a href="https://www.youtube.com/watch?v=qqqQQQ11111&amp;t=3">video</a></p>
    </div></div>{FOOTER}</body></html>"""
    assert hosts(html) == [
        (1, "onderwijs en werk", "Patricia Hoytink-Roubos", "burgemeester", "Overbetuwe"),
        (2, "gezondheid", "Maikel van der Neut", "wethouder", "Berkelland"),
    ]
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [r.video_url for r in records] == [
        "https://www.youtube.com/watch?v=xyzXYZ98765", "https://www.youtube.com/watch?v=qqqQQQ11111",
    ]


def test_card_grid_without_article_or_main() -> None:
    cards = "".join(
        f'<div class="card"><h4>{title}</h4><p>{text}</p>'
        f'<a class="btn" href="https://www.youtube.com/watch?v={vid}">Kijk</a></div>'
        for title, text, vid in (
            ("Dialoogtafel geluk en ontspanning", KIEL, "card0000001"),
            ("Dialoogtafel over samen leven", NAUTA, "card0000002"),
            ("Dialoogtafel over gezondheid", NEUT, "card0000003"),
        )
    )
    html = f"<html><body>{CHROME}<div class='container'><div class='grid'>{cards}</div></div>{FOOTER}</body></html>"
    assert [h[2] for h in hosts(html)] == ["Patrick Kiel", "Ellen Nauta-van Moorsel", "Maikel van der Neut"]


def test_windows_1252_page_with_only_a_meta_charset() -> None:
    text = (
        "Wethouder Hans Waaldijk van de gemeente Utrechtse Heuvelrug was gastheer in een dialoog over gezondheid. "
        "Hij hoorde indringende persoonlijke verhalen en geïnspireerde ideeën voor na de coronacrisis."
    )
    html = f"""<html><head><meta charset="windows-1252"><title>Tafels</title></head><body><article>
    <h2>Dialoogtafel over gezondheid</h2><p>{text}</p><p>“In coronatijd, maar ook daarna!”</p></article></body></html>"""
    decoded, encoding = decode_html(html.encode("cp1252"))
    assert encoding == "windows-1252"
    records = records_from_html(decoded, Provenance("https://example.org/page"))
    assert records[0].summary == text + " “In coronatijd, maar ook daarna!”"
    assert (records[0].host_name, records[0].municipality_code) == ("Hans Waaldijk", "GM1581")


def test_unclosed_tags_and_bare_text_in_divs() -> None:
    html = f"""<html><body><div class="article-body">
    <h2>Dialoogtafels in het land
    </h2><p>Een aantal dialoogtafel wordt voorgezeten door een burgemeester of wethouder.
    <h3>Dialoogtafel geluk en ontspanning</h3>
    <div>{KIEL}</div>
    <ul><li>Eerste punt<li>Tweede punt</ul>
    <h3>Dialoogtafel onderwijs en werk</h3>
    <div>{HOYTINK}<div><iframe data-src="https://www.youtube-nocookie.com/embed/nocook12345"></iframe></div></div>
    </div></body></html>"""
    assert hosts(html) == [
        (1, "dialoogtafels in het land", "", "", ""),
        (2, "geluk en ontspanning", "Patrick Kiel", "wethouder", "Leusden"),
        (3, "onderwijs en werk", "Patricia Hoytink-Roubos", "burgemeester", "Overbetuwe"),
    ]


def test_blocks_keep_document_order_and_kinds() -> None:
    html = """<article><h2>Kop</h2><p>Tekst met <a href="/meer">een link</a>.</p>
    <div class="video" data-video="%3Ciframe%20src%3D%22https%3A%2F%2Fwww.youtube.com%2Fembed%2Fenc00000001%22%3E"></div>
    </article>"""
    assert blocks_from_html(html) == [
        Block("heading", "Kop", level=2),
        Block("paragraph", "Tekst met een link."),
        Block("link", "een link", url="/meer"),
        Block("media", url="https://www.youtube.com/watch?v=enc00000001"),
    ]


def test_cards_that_are_links_aria_headings_and_accordions() -> None:
    html = f"""<html><body><main><div class="cards">
    <a class="card" href="https://www.youtube.com/watch?v=link0000001"><h3>Dialoogtafel geluk en ontspanning</h3>
      <p>{KIEL}</p></a>
    <div role="heading" aria-level="3">Dialoogtafel over samen leven – 18 maart</div><p>{NAUTA}</p>
    <details><summary>Dialoogtafel onderwijs en werk (Overbetuwe)</summary><p>{HOYTINK}</p></details>
    </div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel"),
        ("samen leven", "Ellen Nauta-van Moorsel"),
        ("onderwijs en werk", "Patricia Hoytink-Roubos"),
    ]
    assert records[0].video_url == "https://www.youtube.com/watch?v=link0000001"
    assert records[1].event_date == ""  # no page date: the year of "18 maart" is never guessed


def test_sections_as_sibling_articles_inside_main() -> None:
    html = f"""<html><body>{CHROME}<main>
    <article><header><h2>Dialoogtafel geluk en ontspanning</h2></header><p>{KIEL}</p></article>
    <article><header><h2>Dialoogtafel over samen leven</h2></header><p>{NAUTA} De boodschap is: we moeten het
      samen doen. In coronatijd, maar ook daarna!</p></article>
    </main>{FOOTER}</body></html>"""
    assert [h[2] for h in hosts(html)] == ["Patrick Kiel", "Ellen Nauta-van Moorsel"]


def test_title_heading_furniture_headings_and_lazy_players() -> None:
    html = f"""<html><head><title>Dorpsraad - verslagen dialoogtafels</title></head><body><table><tr><td>
    <p><b>Verslagen dialoogtafels</b><br>Datum: 14 oktober 2020</p>
    <p><b>Dialoogtafel geluk en ontspanning</b><br>{KIEL}</p>
    <div class="youtube-player" data-id="lazyPlay001"></div>
    <p><b>Deel deze pagina</b><br><a href="https://www.facebook.com/sharer.php">Facebook</a></p>
    <p><b>Gerelateerde artikelen</b><br><a href="/nieuws/x">Wethouder opent school</a>
       <a href="https://www.youtube.com/watch?v=related0001">video</a></p>
    </td></tr></table></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.host_name, r.video_url) for r in records] == [
        (1, "geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=lazyPlay001"),
    ]


def test_collapsed_accordion_panels_and_lite_youtube_players() -> None:
    html = f"""<html><body><main><div class="accordion">
    <h2><button aria-expanded="false" aria-controls="panel-1">Dialoogtafel onderwijs en werk</button></h2>
    <div id="panel-1" role="region" aria-labelledby="acc-1" hidden><p>{HOYTINK}</p>
      <lite-youtube videoid="liteYT00001"></lite-youtube></div>
    </div><div class="modal" hidden><p>{NAUTA}</p></div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.host_name, r.municipality, r.video_url) for r in records] == [
        ("Patricia Hoytink-Roubos", "Overbetuwe", "https://www.youtube.com/watch?v=liteYT00001"),
    ]


def test_blocks_whose_class_says_title() -> None:
    html = f"""<html><body><main>
    <div class="item"><div class="item__title">Dialoogtafel over samen leven</div>
      <div class="item__text">{NAUTA}</div></div>
    <div class="item"><p class="kop">Dialoogtafel over gezondheid</p><p>{NEUT}</p></div>
    </main></body></html>"""
    assert [(h[1], h[2]) for h in hosts(html)] == [
        ("samen leven", "Ellen Nauta-van Moorsel"), ("gezondheid", "Maikel van der Neut"),
    ]


def test_bold_spans_row_header_cells_and_video_files() -> None:
    html = f"""<html><body><main>
    <p><span style="font-weight: bold;">Dialoogtafel geluk en ontspanning</span></p><p>{KIEL}</p>
    <table><tr><th>Dialoogtafel over samen leven</th>
      <td><p>{NAUTA}</p><video controls><source src="/media/samen-leven.mp4" type="video/mp4"></video></td></tr>
    <tr><th>Dialoogtafel over gezondheid</th><td><p>{NEUT}</p>
      <a href="https://cdn.example.org/tafel-gezondheid.webm">download</a></td></tr></table>
    </main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/verslag/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", ""),
        ("samen leven", "Ellen Nauta-van Moorsel", "https://example.org/media/samen-leven.mp4"),
        ("gezondheid", "Maikel van der Neut", "https://cdn.example.org/tafel-gezondheid.webm"),
    ]



def test_definition_lists_bold_cells_and_a_masthead() -> None:
    html = f"""<html><head><title>Nieuwsbrief Dorpenplatform – december 2020</title></head><body><main>
    <table><tr><td style="font-size:24px;font-weight:700">Dorpenplatform</td></tr>
    <tr><td style="font-size:18px;font-weight:700">Dialoogtafel geluk en ontspanning</td></tr>
    <tr><td>{KIEL}</td></tr></table>
    <dl class="article-info"><dt>Details</dt><dd>Geschreven door Redactie</dd></dl>
    <dl><dt>Datum</dt><dd>14 oktober 2020</dd><dt>Dialoogtafel over samen leven</dt><dd>{NAUTA}</dd></dl>
    </main></body></html>"""
    assert [(h[1], h[2]) for h in hosts(html)] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_figures_whose_video_comes_before_the_title() -> None:
    html = f"""<html><body><main><p>Per tafel de opname en wie het gesprek leidde.</p>
    <figure><iframe src="https://www.youtube.com/embed/figure00001"></iframe>
      <figcaption><span class="item__titel">Dialoogtafel onderwijs en werk</span><p>{HOYTINK}</p></figcaption></figure>
    <figure><video><source src="https://example.org/tafel.mp4"></video>
      <figcaption><span class="item__titel">Dialoogtafel over gezondheid</span><p>{NEUT}</p></figcaption></figure>
    <figure><img src="/foto.jpg" alt=""><figcaption><span class="item__titel">Dialoogtafel over samen leven</span>
      <p>{NAUTA}</p></figcaption></figure>
    </main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("onderwijs en werk", "Patricia Hoytink-Roubos", "https://www.youtube.com/watch?v=figure00001"),
        ("gezondheid", "Maikel van der Neut", "https://example.org/tafel.mp4"),
        ("samen leven", "Ellen Nauta-van Moorsel", ""),
    ]


def test_plain_text_layout_with_headings_in_capitals() -> None:
    html = f"""<html><body><h1>Verslag dialoogtafels</h1><div class="tekst">
    DIALOOGTAFEL GELUK EN ONTSPANNING<br>{KIEL}<br><br>Video: https://youtu.be/capital0001<br><br>
    DIALOOGTAFEL OVER SAMEN LEVEN<br>{NAUTA}<br><br>VNG<br></div>
    <div class="tekst">DEEL DIT BERICHT<br>Facebook: https://www.facebook.com/sharer/sharer.php</div></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=capital0001"),
        ("samen leven", "Ellen Nauta-van Moorsel", ""),
    ]
    assert records[1].summary.endswith("VNG")  # an abbreviation is no heading


def test_an_address_in_capitals_is_no_heading() -> None:
    # the address of a letter on a Docsify page (tests/holdout392 d_docsify): its town in capitals after the postcode
    html = f"""<html><body><h1>Verslag dialoogtafels</h1><div class="tekst">
    DIALOOGTAFEL OVER SAMEN LEVEN<br>{NAUTA}<br><br>Het College van Burgemeester en Wethouders<br>
    van de Gemeente Westland<br>Postbus 150<br>2670 AD  NAALDWIJK<br></div></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [r.theme for r in records] == ["samen leven"]
    assert records[0].summary.endswith("NAALDWIJK")


def test_sections_headed_by_h1_after_the_title_and_videos_in_json_settings() -> None:
    settings = '{&quot;youtube_url&quot;:&quot;https:\\/\\/www.youtube.com\\/watch?v=jsonset0001&quot;}'
    html = f"""<html><body><article><h1>Terugblik op de dialoogtafels</h1>
    <section><h1>Dialoogtafel geluk en ontspanning</h1><p>{KIEL}</p>
      <div class="elementor-widget-video" data-settings="{settings}"></div></section>
    <section><h1>Dialoogtafel over samen leven</h1><p>{NAUTA}</p></section></article></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=jsonset0001"),
        ("samen leven", "Ellen Nauta-van Moorsel", ""),
    ]


def test_a_plain_line_that_names_a_table_is_a_heading() -> None:
    html = f"""<html><body><main><div class="x1">Dialoogtafel geluk en ontspanning</div><div class="x2">{KIEL}</div>
    <div class="x1"><span>Dialoogtafel over samen leven</span></div><div class="x2">{NAUTA}</div>
    <div class="x2">Dialoogtafel over samen leven, {NAUTA}</div></main></body></html>"""
    assert [(h[1], h[2]) for h in hosts(html)] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_content_headers_link_cards_and_a_table_of_contents() -> None:
    html = f"""<html><body><header class="page-header"><h2>Gemeente Voorbeeld</h2></header><main>
    <details><summary>Inhoudsopgave</summary><nav><a href="#a">Dialoogtafel geluk en ontspanning</a></nav></details>
    <p>Per dialoogtafel een fragment en de opname.</p>
    <div class="frame"><header><h2>Dialoogtafel geluk en ontspanning</h2></header><p>{KIEL}</p>
      <a class="card" href="https://youtu.be/linkcard001"><div class="card-title">Opname van de tafel</div>
      <div class="card-text">Bekijk de opname</div></a></div>
    <div class="frame"><header><h2>Dialoogtafel over samen leven</h2></header><p>{NAUTA}</p></div>
    </main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=linkcard001"),
        ("samen leven", "Ellen Nauta-van Moorsel", ""),
    ]


def test_a_post_that_opens_with_its_video_keeps_it_and_the_flat_layout_is_unchanged() -> None:
    """Forum posts and cards put the video first in their container: it belongs to the heading that follows. In a
    flat layout the video that ends one section stays there."""
    html = f"""<html><body>{CHROME}<main>
    <div class="post"><h3>Dialoogtafel geluk &amp; ontspanning</h3><p>{KIEL}</p>
      <iframe src="https://www.youtube.com/embed/abcDEF12345"></iframe>
      <h3>Dialoogtafel onderwijs en werk</h3><p>{HOYTINK}</p></div>
    <div class="post"><div class="video"><iframe src="https://player.vimeo.com/video/123456789"></iframe></div>
      <h3>Dialoogtafel over samen leven</h3><p>{NAUTA}</p></div>
    </main>{FOOTER}</body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.host_name, r.video_url) for r in records] == [
        ("Patrick Kiel", "https://www.youtube.com/watch?v=abcDEF12345"),
        ("Patricia Hoytink-Roubos", ""),
        ("Ellen Nauta-van Moorsel", "https://vimeo.com/123456789"),
    ]


def test_parts_of_a_table_section_stay_in_it() -> None:
    """An agenda-style page: a table's heading, then sub-headed parts ("Portefeuillehouder:", "Documenten"), and an
    empty heading whose one subsection ("Verslag") carries its text. Each table is one section."""
    html = f"""<html><body>{CHROME}<main><h1>Raadsvergadering</h1>
    <h3>Dialoogtafel over gezondheid</h3><p>{NEUT}</p>
      <p><strong>Portefeuillehouder:</strong></p><p>wethouder Maikel van der Neut</p>
      <h4>Documenten</h4><p><a href="/verslag.pdf">Verslag.pdf</a></p>
      <iframe src="https://www.youtube.com/embed/abcDEF12345"></iframe>
    <h3>Dialoogtafel over samen leven</h3><h5>Verslag</h5><p>{NAUTA}</p>
    </main>{FOOTER}</body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.host_name, r.video_url) for r in records] == [
        (1, "gezondheid", "Maikel van der Neut", "https://www.youtube.com/watch?v=abcDEF12345"),
        (2, "samen leven", "Ellen Nauta-van Moorsel", ""),
    ]


def test_a_pdf_converted_to_html_with_broken_lines_and_running_footers() -> None:
    """pdftohtml output: one <p> a printed line, words hyphenated at the line's end, a page footer repeated on
    every page, and the video only as a printed address without its scheme."""
    footer = '<p class="ft">Verslag dialoogtafels, pagina {} van 2</p><p class="ft">Vastgesteld 28 maart 2022</p>'
    html = f"""<html><head><title>Verslag</title></head><body>
    <p><b>Dialoogtafel over gezondheid</b></p>
    <p>Wethouder Maikel van der Neut van Berkelland was op 18 maart voor-</p>
    {footer.format(1)}
    <p>zitter van de online dialoogtafel over gezondheid.</p>
    <p>Video: www.youtube.com/watch?v=abcDEF12345</p>
    <p><b>Dialoogtafel onderwijs en werk</b></p>
    <p>De dialoogtafel onderwijs en werk werd voorgezeten door burgemeester Patricia</p>
    <p>Hoytink-Roubos van Overbetuwe.</p>
    {footer.format(2)}
    </body></html>"""
    records = records_from_html(html, Provenance("https://example.org/verslag.html"))
    assert [(r.theme, r.host_name, r.municipality, r.event_date, r.video_url) for r in records] == [
        ("gezondheid", "Maikel van der Neut", "Berkelland", "", "https://www.youtube.com/watch?v=abcDEF12345"),
        ("onderwijs en werk", "Patricia Hoytink-Roubos", "Overbetuwe", "", ""),
    ]


def test_markdown_served_as_plain_text() -> None:
    """A Markdown file a browser shows as text: one <pre> with front matter, "##" headings, paragraphs wrapped at 72
    characters, links in Markdown syntax, and a footer line that points to earlier reports."""
    wrapped = "\n".join(textwrap.wrap(NEUT, 72))
    html = f"""<html><head><title>verslag.md</title></head><body><pre>---
date: 2021-03-20
---

# Verslag dialoogtafels

## Dialoogtafel over gezondheid

{wrapped}

[Bekijk de opname](https://youtu.be/abcDEF12345?t=30)

## Dialoogtafel over samen leven

{NAUTA}

---

Eerder verschenen: [Dialoogtafel wonen met wethouder Jan Smit](https://youtu.be/zzzZZZ99999)
</pre></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/verslag.md"))
    assert [(r.heading, r.host_name, r.municipality, r.video_url) for r in records] == [
        ("Dialoogtafel over gezondheid", "Maikel van der Neut", "Berkelland",
         "https://www.youtube.com/watch?v=abcDEF12345"),
        ("Dialoogtafel over samen leven", "Ellen Nauta-van Moorsel", "", ""),
    ]


def test_tab_panels_take_their_titles_from_the_tab_list() -> None:
    """Bootstrap tabs: the titles stand only in the tab list; each panel is one table's section."""
    html = f"""<html><body>{CHROME}<main><h1>Dialoogtafels</h1>
    <ul class="nav nav-tabs" role="tablist">
      <li class="nav-item"><a class="nav-link active" id="t-1" data-bs-toggle="tab" href="#p-1" role="tab"
          aria-controls="p-1">Dialoogtafel over gezondheid</a></li>
      <li class="nav-item"><button class="nav-link" id="t-2" data-bs-toggle="tab" data-bs-target="#p-2" role="tab"
          aria-controls="p-2">Dialoogtafel over samen leven</button></li>
    </ul>
    <div class="tab-content">
      <div class="tab-pane fade show active" id="p-1" role="tabpanel" aria-labelledby="t-1"><p>{NEUT}</p></div>
      <div class="tab-pane fade" id="p-2" role="tabpanel" aria-labelledby="t-2"><p>{NAUTA}</p>
        <iframe src="https://www.youtube.com/embed/abcDEF12345"></iframe></div>
    </div></main>{FOOTER}</body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.host_name, r.video_url) for r in records] == [
        (1, "gezondheid", "Maikel van der Neut", ""),
        (2, "samen leven", "Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=abcDEF12345"),
    ]


def test_a_heading_set_as_an_image_reads_its_alt_text() -> None:
    html = f"""<html><body>{CHROME}<main><h1>Dialoogtafels</h1>
    <h2><img src="/kop-gezondheid.png" alt="Dialoogtafel over gezondheid"></h2><p>{NEUT}</p>
    </main>{FOOTER}</body></html>"""
    assert [(r.heading, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("Dialoogtafel over gezondheid", "Maikel van der Neut"),
    ]


def test_an_embed_titled_with_the_next_heading_belongs_to_that_section() -> None:
    """A flat list of blocks (Wagtail's StreamField, a newsletter's rows) puts an embed between two sections: its
    title, or its thumbnail's alt text, names the section it belongs to. An embed titled with its own section's
    heading stays."""
    html = f"""<html><body>{CHROME}<main><div class="streamfield">
    <div class="block-heading"><h2>Dialoogtafel geluk &amp; ontspanning</h2></div>
    <div class="block-paragraph"><p>{KIEL}</p></div>
    <div class="block-embed"><iframe src="https://www.youtube.com/embed/abcDEF12345"
      title="Dialoogtafel geluk &amp; ontspanning"></iframe></div>
    <div class="block-embed"><iframe src="https://player.vimeo.com/video/123456789"
      title="Dialoogtafel onderwijs en werk"></iframe></div>
    <div class="block-heading"><h2>Dialoogtafel onderwijs en werk</h2></div>
    <div class="block-paragraph"><p>{HOYTINK}</p><p>Van deze tafel is geen andere video.</p></div>
    <table><tr><td><a href="https://www.youtube.com/watch?v=ghiJKL67890" title="Bekijk op YouTube">
      <img src="thumb.jpg" alt="Videoverslag: dialoogtafel over samen leven"></a></td></tr></table>
    <div class="block-heading"><h2>Dialoogtafel over samen leven</h2></div>
    <div class="block-paragraph"><p>{NAUTA}</p></div>
    </div></main>{FOOTER}</body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.host_name, r.video_url) for r in records] == [
        ("Patrick Kiel", "https://www.youtube.com/watch?v=abcDEF12345"),
        ("Patricia Hoytink-Roubos", "https://vimeo.com/123456789"),
        ("Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=ghiJKL67890"),
    ]


def test_a_figure_with_its_caption_before_the_heading_belongs_to_that_heading() -> None:
    html = f"""<html><body>{CHROME}<main><article><p>Vier tafels, vier plekken.</p>
    <section><figure><iframe src="https://www.youtube.com/embed/abcDEF12345"></iframe>
      <figcaption>Opname van de tafel</figcaption></figure>
      <h2>Dialoogtafel geluk &amp; ontspanning</h2><p>{KIEL}</p></section>
    <section><h2>Dialoogtafel over samen leven</h2><p>{NAUTA}</p></section>
    </article></main>{FOOTER}</body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.host_name, r.video_url) for r in records] == [
        ("Patrick Kiel", "https://www.youtube.com/watch?v=abcDEF12345"),
        ("Ellen Nauta-van Moorsel", ""),
    ]


def test_a_pdf_viewers_text_layer_with_titles_in_large_type() -> None:
    """PDF.js and flipbooks draw each printed line as a positioned <span> in a page <div>: no paragraphs, and titles
    only as larger type. The viewer's toolbar and the publication's short header hold little of the text."""
    line = '<span style="left: 9%; top: {top}%; font-size: calc(var(--scale-factor)*{size}px);">{text}</span><br>'
    lines = [
        ("22.00", "Dialoogtafel geluk &amp; ontspanning"), ("11.00", KIEL[:60]), ("11.00", KIEL[60:]),
        ("22.00", "Dialoogtafel over samen leven"), ("11.00", NAUTA), ("9.00", "Wijkblad · november 2021 · 2"),
    ]
    layer = "".join(line.format(top=10 + 5 * i, size=size, text=text) for i, (size, text) in enumerate(lines))
    html = f"""<html><body>{CHROME}<section class="publication-info"><h1>Wijkblad nummer 6</h1>
    <p>Gepubliceerd op 9 november 2021</p></section>
    <div id="outerContainer"><div class="toolbar"><button title="Zoom">+</button></div>
    <div id="viewer" class="pdfViewer"><div class="page" data-page-number="2"><div class="textLayer">{layer}</div>
    </div></div></div>{FOOTER}</body></html>"""
    assert hosts(html) == [
        (1, "geluk en ontspanning", "Patrick Kiel", "wethouder", "Leusden"),
        (2, "samen leven", "Ellen Nauta-van Moorsel", "burgemeester", ""),
    ]


def test_a_forum_posts_author_card_and_quoted_post_are_not_sections() -> None:
    """A forum post (XenForo) opens with its author's card (schema.org/Person: name, user title) and may quote an
    earlier post under a title line ("X zei:"): neither heads a section."""
    author = """<section itemscope itemtype="https://schema.org/Person" class="message-user">
      <h4 class="message-name"><a href="/members/wim.1/">Tafelgast_Wim</a></h4>
      <h5 class="userTitle">Oud-raadslid</h5></section>"""
    html = f"""<html><body>{CHROME}<div class="p-body"><h1>Verslag dialoogtafels</h1>
    <article class="message">{author}<div class="bbWrapper">
      <h3 class="bbHeading">Dialoogtafel geluk &amp; ontspanning</h3>{KIEL}</div></article>
    <article class="message">{author}<div class="bbWrapper"><blockquote class="bbCodeBlock--quote">
      <div class="bbCodeBlock-title"><a href="/goto/post?id=1">Tafelgast_Wim zei:</a></div>
      <div class="bbCodeBlock-content">Zoals beloofd een verslagje.</div></blockquote>
      <h3 class="bbHeading">Dialoogtafel over samen leven</h3>{NAUTA}</div></article>
    </div>{FOOTER}</body></html>"""
    assert hosts(html) == [
        (1, "geluk en ontspanning", "Patrick Kiel", "wethouder", "Leusden"),
        (2, "samen leven", "Ellen Nauta-van Moorsel", "burgemeester", ""),
    ]


def test_an_image_caption_set_as_a_title_and_an_agenda_items_repeated_title() -> None:
    """A page builder's image block has a title-classed caption (Tilda's t107__title): a caption, not a heading. A
    council portal numbers its agenda items and repeats each title on the item's toggle ("1 Dialoogtafel ..."), under
    an "Agenda" heading whose only text is the number: neither is a section of its own."""
    html = f"""<html><head><meta name="DC.date" content="2021-03-10"></head><body>{CHROME}<main>
    <h1>Terugblik</h1>
    <div class="t-rec"><h2 class="t-title">Dialoogtafel geluk &amp; ontspanning</h2><div class="t-descr">{KIEL}</div></div>
    <div class="t107"><img src="cheque.jpg" alt=""><div class="t107__title t-name">Wethouder Kiel met de cheque
      (foto: gemeente)</div></div>
    <h2>Agenda</h2><div class="item"><span class="nr">1</span><h3>Dialoogtafel over samen leven</h3>
      <button class="item__title">1 Dialoogtafel over samen leven</button><p>{NAUTA}</p></div>
    </main>{FOOTER}</body></html>"""
    assert hosts(html) == [
        (1, "geluk en ontspanning", "Patrick Kiel", "wethouder", "Leusden"),
        (2, "samen leven", "Ellen Nauta-van Moorsel", "burgemeester", ""),
    ]


def test_a_page_date_from_dublin_core_or_a_byline_named_for_it() -> None:
    """Without Open Graph or JSON-LD dates: a Dublin Core <meta name="DC.date">, or a byline element whose class,
    itemprop or name says it holds the publication date (Drupal's field--name-created)."""
    body = f"<main><h2>Dialoogtafel over gezondheid</h2><p>{NEUT}</p></main>"
    dublin_core = f'<html><head><meta name="DC.date" content="2021-03-10"></head><body>{body}</body></html>'
    byline = f"""<html><body><article><header><div class="node__meta">Door redactie, <span
      class="field field--name-created">maandag 14 maart 2022 - 10:15</span></div></header>{body}</article></body></html>"""
    dates = [records_from_html(html, Provenance("https://example.org/page"))[0].event_date for html in (dublin_core, byline)]
    assert dates == ["2021-03-18", "2022-03-18"]  # "op 18 maart" in the year of the page


def test_a_persons_card_with_a_bold_name_above_the_office() -> None:
    """A one-page site lists each table's host as a card: the name in bold, the office on the next line. The bold
    name is no heading; the card ties the name to its office and place."""
    html = f"""<html><body>{CHROME}<main><h1>Dialoogtafels 2021</h1>
    <section><h2>Tafel 1: Onderwijs &amp; werk</h2><p>{HOYTINK}</p>
      <p><strong>Patricia Hoytink-Roubos</strong><br>Burgemeester van Overbetuwe</p></section>
    <section><h2>Tafel 2: Samen leven</h2><p>Een gesprek over de buurt.</p>
      <p><strong>Ellen Nauta-van Moorsel</strong><br>Burgemeester van Hoogeveen</p></section>
    </main>{FOOTER}</body></html>"""
    assert hosts(html) == [
        (1, "onderwijs en werk", "Patricia Hoytink-Roubos", "burgemeester", "Overbetuwe"),
        (2, "samen leven", "Ellen Nauta-van Moorsel", "burgemeester", "Hoogeveen"),
    ]


def test_a_collapsible_part_that_holds_the_recording_stays_in_its_section() -> None:
    """A wiki page (BookStack) folds a table's recording into <details><summary>Opname bekijken</summary>: a part of
    that table's section, not a table of its own; a summary that names a table still opens one."""
    html = f"""<html><body>{CHROME}<main><h1>Verslagen</h1>
    <h2>Dialoogtafel geluk &amp; ontspanning</h2><p>{KIEL}</p>
    <details><summary>Opname bekijken</summary><p>De opname staat op Vimeo: https://vimeo.com/123456789</p></details>
    <h2>Dialoogtafel over samen leven</h2><p>{NAUTA}</p>
    </main>{FOOTER}</body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.host_name, r.video_url) for r in records] == [
        (1, "Patrick Kiel", "https://vimeo.com/123456789"),
        (2, "Ellen Nauta-van Moorsel", ""),
    ]


def test_a_page_builders_lazy_player_named_by_its_type_attribute() -> None:
    """Tilda renders a video block as a lazy-loading div: the host in data-videolazy-type, the id in
    data-videolazy-id, no iframe until the visitor scrolls to it."""
    html = f"""<html><body>{CHROME}<main><h1>Terugblik</h1><div class="t223">
    <div class="t-video-lazyload" data-videolazy-type="youtube" data-videolazy-id="lazyTilda01"></div>
    <div class="t223__title t-title">Dialoogtafel geluk &amp; ontspanning</div><div class="t-text">{KIEL}</div>
    </div></main>{FOOTER}</body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.host_name, r.video_url) for r in records] == [
        ("Patrick Kiel", "https://www.youtube.com/watch?v=lazyTilda01"),
    ]


def test_a_note_without_heading_tags_its_title_a_credit_and_an_interview_question() -> None:
    """A note exported as HTML (OneNote) sets its title and its headings as styled paragraphs: the title repeats
    <title> and opens no section, a name in capitals under a photo is a credit, and a bold question in an interview
    is no heading either."""
    html = f"""<html><head><meta property="og:title" content="Werkgroep"><title>Dialoogtafels 2024 - verslag</title>
    </head><body>
    <p style="font-size:20pt">Dialoogtafels 2024 - verslag</p><p>Per tafel een bericht.</p>
    <p><b>Tafel 1: Geluk en ontspanning</b></p><p>{KIEL}</p><p>LINDA VAN DE WIEL</p>
    <p><b>Patrick, hoe is dit idee tot stand gekomen?</b></p><p>Eigenlijk is het een idee van de inwoners zelf.</p>
    <p><b>Tafel 2: Samen leven</b></p><p>{NAUTA}</p>
    </body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_an_archived_capture_dates_by_the_byline_and_links_by_base_href() -> None:
    """A capture (archive.ph) carries the capture's time as its modified date; the page's own byline dates it. A
    site's own video file, named relative to the page, resolves against its <base href>."""
    html = f"""<html><head><base href="https://www.lindewolde.nl/">
    <meta property="article:modified_time" content="2024-02-02T14:03:11Z"></head><body><main>
    <h1>Vijf dialoogtafels</h1><p>Door Redactie | 14 mei 2019, 10:21</p>
    <h2>Dialoogtafel geluk &amp; ontspanning</h2><p>{NEUT}</p>
    <video controls><source src="/assets/video/tafel.mp4" type="video/mp4"></video>
    </main></body></html>"""
    [record] = records_from_html(html, Provenance("https://archive.ph/Qm7Lz"))
    assert (record.event_date, record.video_url) == ("2019-03-18", "https://www.lindewolde.nl/assets/video/tafel.mp4")


def test_a_heading_of_its_own_above_the_tables_introduces_them() -> None:
    """A council portal or a newsletter opens with a heading of its own ("Toelichting", "Terugblik op vijf
    dialoogtafels") above tables headed as such: what stands under it is the page's intro, not a table."""
    html = f"""<html><body>{CHROME}<main><h1>Verslagen</h1>
    <h2>Terugblik op vijf dialoogtafels</h2><p>In deze nieuwsbrief leest u per tafel wat er besproken is.</p>
    <h2>Dialoogtafel geluk &amp; ontspanning</h2><p>{KIEL}</p>
    <h2>Vragen uit de raad</h2><p>{NAUTA}</p>
    </main>{FOOTER}</body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "vragen uit de raad", "Ellen Nauta-van Moorsel"),
    ]


def test_headings_set_by_a_stylesheet_class() -> None:
    """An Acrobat export styles its headings by a class in <style> (<p class="s2">): a short line of its own that
    names a table ("Tafel 5: ...", "Gesprek over ...") heads one."""
    html = f"""<html><head><style>.s2 {{ font-weight: bold; font-size: 13pt; }}</style></head><body>
    <div class="page" id="page1"><p class="s1">Verslag van de dialoogtafels</p>
      <p class="s2">Tafel 1: Geluk en ontspanning</p><p>{KIEL}</p>
      <p class="s2">Gesprek over samen leven</p><p>{NAUTA}</p></div></body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_course_page_with_a_hidden_overview_and_a_newsletters_name() -> None:
    """A course page (Moodle) hides its overview heading for screen readers only (class "accesshide") and opens with
    a general part; a newsletter's name ("Dialoog in de regio") and its "Uit de vorige editie" are no tables."""
    html = f"""<html><body><div role="main"><h2 class="accesshide">Onderwerpoverzicht</h2><ul class="topics">
    <li class="section"><h3 class="sectionname">Dialoog in de regio</h3><p>Welkom in deze cursus.</p></li>
    <li class="section"><h3 class="sectionname">Dialoogtafel geluk en ontspanning</h3><p>{KIEL}</p></li>
    <li class="section"><h3 class="sectionname">Gesprek over samen leven</h3><p>{NAUTA}</p></li>
    <li class="section"><h3 class="sectionname">Uit de vorige editie</h3><p>{NEUT}</p></li>
    </ul></div></body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_what_a_video_element_plays_and_a_second_video_above_the_next_title() -> None:
    # Plone serves a file at ".../tafel.mp4/@@download/file"; a flat page may put a table's figure above its title
    html = f"""<html><body><main><h1>Dialoogtafels</h1>
    <h2>Dialoogtafel onderwijs en werk</h2><p>{HOYTINK}</p>
    <iframe src="https://www.youtube.com/embed/flatpage001"></iframe>
    <figure><iframe src="https://player.vimeo.com/video/123456789"></iframe><figcaption>Video: tafel 2.</figcaption>
    </figure>
    <h2>Dialoogtafel over gezondheid</h2><p>{NEUT}</p>
    <h2>Dialoogtafel over samen leven</h2><p>{NAUTA}</p>
    <video src="https://example.org/samen-leven.mp4/@@download/file" controls></video>
    </main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.video_url) for r in records] == [
        ("onderwijs en werk", "https://www.youtube.com/watch?v=flatpage001"),
        ("gezondheid", "https://vimeo.com/123456789"),
        ("samen leven", "https://example.org/samen-leven.mp4/@@download/file"),
    ]


def test_a_video_showcase_with_bylines_and_recommended_videos() -> None:
    # a Vimeo showcase as saved from the browser: each clip's thumbnail links to its showcase address before its
    # title, a line under the title gives the channel and the post's age, and "Aanbevolen video's" lists others
    clip = """<li><a href="https://vimeo.com/showcase/10877342/video/{id}"><img src="/t.jpg" alt=""><span>12:40</span></a>
      <h3 class="clip_title">{title}</h3>
      <div class="clip_meta"><span>Dialoogtafels Oost</span> · <span>{age}</span></div><p>{text}</p></li>"""
    html = f"""<html><body><main><h1>Dialoogtafels in de regio</h1><ul>
    {clip.format(id=123456781, title="Dialoogtafel onderwijs en werk", age="5 jaar geleden", text=HOYTINK)}
    {clip.format(id=123456782, title="Dialoogtafel over gezondheid", age="1 week geleden", text=NEUT)}
    </ul><h2>Aanbevolen video's</h2><h3>Dialoogtafel over samen leven</h3><p>{NAUTA}</p>
    </main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("onderwijs en werk", "Patricia Hoytink-Roubos", "https://vimeo.com/123456781"),
        ("gezondheid", "Maikel van der Neut", "https://vimeo.com/123456782"),
    ]


def test_a_table_layout_whose_font_element_holds_the_lines() -> None:
    """A page set before CSS: one <font> holds a table's bold name, <br><br>, its text and a link; a menu column's
    lines in the smallest type ("Dialoogtafel wonen, januari 2020: aankondiging") and links to other tables' pages
    head nothing."""
    html = f"""<html><body><table><tr><td width="150"><font size="2"><b>Menu</b><br>
      <a href="tafel_gezondheid.htm">Dialoogtafel gezondheid</a> met de burgemeester<br></font>
      <font size="1">Spreekuur wethouder J. Hermans: elke eerste maandag.<br>
      Dialoogtafel wonen, januari 2020: <a href="https://www.youtube.com/watch?v=tablenotice">aankondiging</a><br>
      </font></td>
    <td><font size="5"><b>Verslag van de dialoogtafels</b></font><br>
      <font size="2"><b>Dialoogtafel geluk en ontspanning</b><br><br>{KIEL}<br><br>
      <a href="https://www.youtube.com/watch?v=tablelayout">Bekijk het filmpje</a></font>
      <hr><font size="2"><b>Dialoogtafel samen leven</b><br><br>{NAUTA}</font></td></tr></table></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=tablelayout"),
        ("samen leven", "Ellen Nauta-van Moorsel", ""),
    ]


def test_the_pages_own_title_over_tables_named_in_spans() -> None:
    # a WebForms page: a side column's headings, then an <h1> that titles the page; each table's name stands in a
    # <span> of a layout table
    block = """<table class="nieuwsblok"><tr><td><span class="kop3">{title}</span></td></tr>
      <tr><td><span>{text}</span></td></tr></table>"""
    html = f"""<html><body><table><tr><td class="linkerkolom"><h4>Nieuws</h4><a href="/actueel">Actueel</a>
    <h4>Agenda</h4><p>9 juli</p><a href="/raad">Raadsvergadering</a></td>
    <td id="ctl00_content"><h1>Terugblik op de dialoogtafels in de regio</h1>
    <p>Gepubliceerd op 3 juli 2019</p><p>Wij verzamelden de verslagen.</p>
    {block.format(title="Dialoogtafel geluk en ontspanning", text=KIEL)}
    {block.format(title="Dialoogtafel samen leven", text=NAUTA)}</td></tr></table></body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_an_article_whose_classes_name_its_author_and_a_list_of_other_posts() -> None:
    """Squarespace classes a post by its author (<article class="... author-redactie-...">): the element holding the
    page's h1 is the article all the same. "Meer verslagen" and the list's own title under it head other posts."""
    html = f"""<html><body><main><article class="sections">
    <article class="entry blog-item author-redactie-dialoogtafels-oost"><h1>Vijf dialoogtafels: een terugblik</h1>
      <h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p><h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p>
    </article>
    <h3>Meer verslagen</h3><h3>Verslagen</h3>
    <div class="summary-item"><div class="summary-title"><b>Dialoogtafel over gezondheid</b></div><p>{NEUT}</p></div>
    </article></main></body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_an_old_blogs_entry_whose_lines_stand_between_line_breaks() -> None:
    """A LiveJournal entry: no paragraph elements, its tables' names in <b><font> between <br>s, a video behind the
    blog's embed proxy (its id in the query), the post dated only by hAtom's <abbr class="published" title>. The
    blog's own title and subtitle above it and the sidebar's "Links" module head nothing."""
    proxy = "https://l.lj-toys.com/?auth_token=sessionless%3A1&amp;source=youtube&amp;vid=ljproxyvid1&amp;moduleid=12"
    html = f"""<html><body><div id="header"><h1>Dialoogtafels &amp; dorpsleven</h1>
    <h2 id="subtitle">aantekeningen van een gespreksleider</h2>
    <ul class="navigation"><li><a href="/">Recente berichten</a></li><li><a href="/profile">Profiel</a></li></ul></div>
    <div id="content"><div class="entry"><h3 class="entry-title"><a href="/48211.html">Mijn aantekeningen</a></h3>
    <abbr class="published" title="2015-06-24T21:14:00+02:00">21:14</abbr>
    <div class="entry-content">Zoals beloofd: per tafel een stukje tekst.<br /><br />
    <b><font size="4">Dialoogtafel geluk en ontspanning</font></b><br />
    <lj-embed id="12"><iframe src="{proxy}" width="560"></iframe></lj-embed><br />
    {KIEL} Dat was op 18 juni.<br /><br />
    <b><font size="4">Dialoogtafel samen leven</font></b><br />{NAUTA}<br /><br />
    <b><font size="4">Dialoogtafel onderwijs en werk</font></b><br />{HOYTINK}<br /><br />
    <b><font size="4">Dialoogtafel gezondheid</font></b><br />{NEUT}<br /><br />
    Volgende maand weer. Wie zelf een tafel wil hosten: stuur me een berichtje.</div></div></div>
    <div id="secondary"><div class="module"><h2 class="module-header">Links</h2><ul>
    <li><a href="/47903.html">Vorige maand: dialoogtafel jeugd, met de wethouder</a></li></ul></div></div>
    </body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.event_date, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", "2015-06-18", "https://www.youtube.com/watch?v=ljproxyvid1"),
        ("samen leven", "Ellen Nauta-van Moorsel", "", ""),
        ("onderwijs en werk", "Patricia Hoytink-Roubos", "", ""),
        ("gezondheid", "Maikel van der Neut", "2015-03-18", ""),
    ]


def test_a_wiki_layout_with_a_sidebar_column_and_an_attached_video() -> None:
    """Confluence's column layouts are classed by their shape ("two-right-sidebar"): they hold the article, not a
    sidebar. An attached video names its file in data-linked-resource-default-alias; what it plays is its source."""
    video = ("""<video data-linked-resource-default-alias="tafel-samen-leven.mp4" controls>"""
             """<source src="https://wiki.example.org/download/attachments/4/tafel-samen-leven.mp4?api=v2" """
             """type="video/mp4"></video>""")
    html = f"""<html><body><div id="main-content" class="wiki-content"><h1>Terugblik dialoogtafels</h1>
    <div class="contentLayout2">
    <div class="columnLayout two-right-sidebar" data-layout="two-right-sidebar">
      <div class="cell normal"><div class="innerCell"><h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p></div></div>
      <div class="cell aside"><div class="innerCell"><p>Opname volgt.</p></div></div></div>
    <div class="columnLayout two-left-sidebar" data-layout="two-left-sidebar">
      <div class="cell aside"><div class="innerCell"><p>{video}</p></div></div>
      <div class="cell normal"><div class="innerCell"><h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p></div></div>
    </div></div></div>
    <div class="sidebar"><h2>Dialoogtafel over gezondheid</h2><p>{NEUT}</p></div></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", ""),
        ("samen leven", "Ellen Nauta-van Moorsel",
         "https://wiki.example.org/download/attachments/4/tafel-samen-leven.mp4?api=v2"),
    ]


def test_the_linked_titles_of_other_posts_under_a_read_also_label() -> None:
    """A site builder's page with no classes that say what a block is: a "LEES OOK" line in small capitals, then
    other posts' titles as <h2>s that link to them, each with its teaser. They are not this page's sections."""
    teaser = """<div role="listitem"><div><h2 class="font_2"><span><a href="{href}">{title}</a></span></h2></div>
      <div><p class="font_8"><span>{text}</span></p></div></div>"""
    html = f"""<html><body><main><h1>Vier tafels in het voorjaar</h1>
    <section><h2 class="font_2">Dialoogtafel geluk en ontspanning</h2><p class="font_8">{KIEL}</p></section>
    <section><h2 class="font_2">Dialoogtafel samen leven</h2><p class="font_8">{NAUTA}</p></section>
    <section><p class="font_8"><span style="letter-spacing:0.1em;">LEES OOK</span></p><div role="list">
    {teaser.format(href="/post/najaar", title="Dialoogtafel samen leven: het najaar",
                   text="Met burgemeester Jan Jansen, op 8 oktober in het dorpshuis.")}
    {teaser.format(href="/post/gezondheid", title="Dialoogtafel over gezondheid", text=NEUT)}
    </div></section></main></body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_help_centre_article_whose_body_is_classed_as_its_info_and_a_forum_posters_panel() -> None:
    """Zendesk wraps the whole body in <section class="article-info">, a word for a post's metadata: holding more
    text than a byline, it is the article. A forum post's poster panel ("Lid geworden op: za 9 jan 2021") is none
    of its text, so it dates no table."""
    html = f"""<html><body><main><article class="article"><header class="article-header"><h1>Terugkijken</h1>
    <div class="article-meta"><time datetime="2024-03-05T10:14:02Z">5 maart 2024</time></div></header>
    <section class="article-info"><div class="article-body"><p>Hieronder per tafel een korte terugblik.</p>
    <h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p><h2>Dialoogtafel over gezondheid</h2><p>{NEUT}</p>
    <h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p><h2>Dialoogtafel onderwijs en werk</h2><p>{HOYTINK}</p>
    <div class="post"><div class="postbody"><p>Mooi verslag, dank voor het delen.</p></div>
    <dl class="postprofile"><dd><strong>Berichten:</strong> 38</dd><dd><strong>Lid geworden op:</strong>
    za 9 jan 2021 14:03</dd></dl></div></div></section></article></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.event_date) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", ""),
        ("gezondheid", "Maikel van der Neut", "2024-03-18"),
        ("samen leven", "Ellen Nauta-van Moorsel", ""),
        ("onderwijs en werk", "Patricia Hoytink-Roubos", ""),
    ]


def test_a_label_over_the_tables_and_videos_captioned_as_the_heading_below_them() -> None:
    """A rich-text renderer's page: a label "Dialoogtafel" above the tables heads none; two figures in a row after
    a table's text, each captioned with its table's heading: the second stands above the heading it repeats."""
    figure = """<figure data-provider="youtube"><iframe src="https://www.youtube.com/embed/{id}" title="{title}">
      </iframe><figcaption>{title}</figcaption></figure>"""
    html = f"""<html><body><main><article><h1>Vier gesprekken</h1><p class="eyebrow">Dialoogtafel</p>
    <p>Aan twee tafels ging het deze maand over geluk en samenleven. Hieronder de verslagen.</p>
    <h2>Gesprek over geluk en ontspanning</h2><p>{KIEL}</p>
    {figure.format(id="captionvid1", title="Gesprek over geluk en ontspanning – de tafel")}
    {figure.format(id="captionvid2", title="Gesprek over samen leven")}
    <h2>Gesprek over samen leven</h2><p>{NAUTA}</p></article></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=captionvid1"),
        ("samen leven", "Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=captionvid2"),
    ]


def test_cards_of_earlier_posts_and_a_link_through_a_blogs_redirect() -> None:
    """A card grid: the tables' cards, then "Eerder op deze site" over cards of earlier posts. A Tumblr post links
    its video through t.umblr.com/redirect?z=<the address>."""
    card = """<div class="col"><div class="card"><div class="card-body"><h3 class="card-title h5">{title}</h3>
      <p class="card-text">{text}</p>{link}</div></div></div>"""
    redirect = ('<a href="https://t.umblr.com/redirect?z=https%3A%2F%2Fyoutu.be%2Fredirected1&amp;t=MmE3&amp;m=1">'
                'Bekijk de video</a>')
    html = f"""<html><body><main class="container"><h1>Zomerronde</h1><div class="row">
    {card.format(title="Tafel 1: Geluk en ontspanning", text=KIEL, link=redirect)}
    {card.format(title="Tafel 2: Samen leven", text=NAUTA, link="")}</div>
    <h2>Eerder op deze site</h2><div class="row">
    {card.format(title="Dialoogtafel Gezondheid (voorjaar)", text=NEUT, link='<a href="/voorjaar">Lees verder</a>')}
    {card.format(title="Meedoen in het najaar?", text="Meld je tafel aan.", link="")}</div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=redirected1"),
        ("samen leven", "Ellen Nauta-van Moorsel", ""),
    ]


def test_a_shared_document_whose_text_runs_are_classed_by_their_author() -> None:
    """Dropbox Paper (Etherpad) classes each run of text by who typed it ("author-d-1gg9uz…"): that is no author's
    box, so the text is the article's."""
    def line(n: int, tag: str, text: str) -> str:
        return f'<div id="magicdomid{n}" class="ace-line"><{tag}><span class="author-d-1gg9uz65z">{text}</span></{tag}></div>'
    html = f"""<html><body><div class="paper-app"><div id="innerdocbody" class="innerdocbody">
    {line(1, "h1", "Dialoogtafels – verslagen najaar")}
    {line(2, "h2", "Dialoogtafel geluk en ontspanning")}{line(3, "p", KIEL)}
    {line(4, "h2", "Dialoogtafel samen leven")}{line(5, "p", NAUTA)}
    </div></div></body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_document_editors_blocks_a_captioned_link_card_and_other_reports() -> None:
    """Craft: headings styled "text-block--subtitle" (a style of the block, not a page's subtitle); a link card to a
    video under a bold caption that repeats the next heading with a place; "Andere verslagen" over cards of other
    documents."""
    def block(kind: str, inner: str) -> str:
        return f'<div class="block block--{kind}" data-block-type="{kind}Block">{inner}</div>'
    html = f"""<html><body><main class="document">
    {block("text", '<h1 class="text-block text-block--title">Dialoogtafels najaar</h1>')}
    {block("text", '<h2 class="text-block text-block--heading">Dialoogtafel geluk en ontspanning</h2>')}
    {block("text", f'<div class="text-block text-block--body">{KIEL}</div>')}
    {block("url", '<a class="url-card" href="https://vimeo.com/912299001"><div class="url-card__title">'
                  '<strong>Dialoogtafel samen leven – Leusden</strong></div>'
                  '<div class="url-card__domain">vimeo.com</div></a>')}
    {block("text", '<h2 class="text-block text-block--heading">Dialoogtafel samen leven</h2>')}
    {block("text", f'<div class="text-block text-block--body">{NAUTA}</div>')}
    {block("text", '<h3 class="text-block text-block--subtitle">Dialoogtafel onderwijs en werk</h3>')}
    {block("text", f'<div class="text-block text-block--body">{HOYTINK}</div>')}
    {block("text", '<h3 class="text-block text-block--subtitle">Andere verslagen</h3>')}
    {block("page", f'<a class="page-card" href="/s/x"><div class="page-card__title">Dialoogtafel over gezondheid'
                   f'</div><div class="page-card__preview">{NEUT}</div></a>')}
    </main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", ""),
        ("samen leven", "Ellen Nauta-van Moorsel", "https://vimeo.com/912299001"),
        ("onderwijs en werk", "Patricia Hoytink-Roubos", ""),
    ]


def test_a_newsletter_shown_inline_on_its_archive_page() -> None:
    """MailPoet puts the newsletter itself in <div class="mailpoet_newsletter_inline">: a class word of a sign-up
    box, around more text than a sign-up box has."""
    html = f"""<html><body><main><article><h1>Nieuwsbrieven</h1><p>Hieronder de meest recente nieuwsbrief.</p>
    <div class="mailpoet_newsletter_inline" data-newsletter-id="27"><table><tr><td>
    <p>Beste lezer, in deze nieuwsbrief leest u de verslagen van vier dialoogtafels die dit voorjaar in de regio
    werden gehouden, met de opnames waar die er zijn.</p><h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p><h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p>
    <h2>Dialoogtafel over gezondheid</h2><p>{NEUT}</p><h2>Dialoogtafel onderwijs en werk</h2><p>{HOYTINK}</p>
    </td></tr></table></div>
    <div class="mailpoet_form"><p>Schrijf u in voor de nieuwsbrief.</p></div></article></main></body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
        (3, "gezondheid", "Maikel van der Neut"),
        (4, "onderwijs en werk", "Patricia Hoytink-Roubos"),
    ]


def test_a_notebooks_code_cells_and_a_videos_numbered_title() -> None:
    """A Jupyter notebook exported to HTML: its code cells and what they print (a table of the tables, a video
    player) are no part of the report. An Asciidoctor-style video block titled "Video 2. Verslag van de tafel" after
    a table's text is that table's video, not a table of its own."""
    code = """<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-InputArea"><div class="jp-InputPrompt">
      In [2]:</div><pre>tafels.head()</pre></div><div class="jp-OutputArea"><table class="dataframe"><tr>
      <th>Dialoogtafel over gezondheid</th><td>wethouder</td><td>https://youtu.be/notebookvid</td></tr></table>
      </div></div>"""
    markdown = '<div class="jp-Cell jp-MarkdownCell"><div class="jp-RenderedMarkdown">{}</div></div>'
    html = f"""<html><body><main class="jp-Notebook"><h1>Dialoogtafels voorjaar</h1>
    {markdown.format(f"<h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>")}{code}
    {markdown.format(f'''<h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p><div class="videoblock"><div class="title">
      Video 2. Verslag van de tafel</div><iframe src="https://player.vimeo.com/video/911999001"></iframe></div>''')}
    </main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", ""),
        ("samen leven", "Ellen Nauta-van Moorsel", "https://vimeo.com/911999001"),
    ]


def test_dates_a_page_shows_its_own_way_and_a_video_labelled_with_the_next_tables_number() -> None:
    """An export dated only by "Datum: 2024-10-02" at its foot; a Weebly post by "10/14/2019" (month first, as
    its template writes it); a day written "16. maart". "▶ Video bij tafel 2" at the end of the first table is the
    second's. "Ook in deze nieuwsbrief" and "Links" list other pages."""
    def page(date_line: str, first_text: str) -> str:
        return f"""<html><body><div id="content"><h1>Verslagen</h1><h2>Tafel 1: Geluk en ontspanning</h2>
        <p>{first_text}</p><p><a href="https://m.youtube.com/watch?v=numberedvid">&#9654; Video bij tafel 2</a></p>
        <h2>Gesprek over samen leven</h2><p>{NAUTA}</p><h3>Ook in deze nieuwsbrief</h3><p>{NEUT}</p>
        <h3>Links</h3><ul><li><a href="/tafel-gezondheid">Dialoogtafel gezondheid</a></li></ul></div>
        <div id="postamble">{date_line}</div></body></html>"""
    kiel_on_the_day = f"woensdag, 16. maart 2005 - 12:11 {KIEL} Dat was op woensdag 16 maart."
    expected_rows = [("geluk en ontspanning", "Patrick Kiel", ""),
                     ("samen leven", "Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=numberedvid")]
    for date_line, first_text, event in [
        ('<p class="date">Datum: 2024-10-02</p>', f"{KIEL} Dat was op 21 september.", "2024-09-21"),
        ('<p class="blog-date"><span class="date-text">10/14/2019</span></p>', f"{KIEL} Op 2 juni.", "2019-06-02"),
        ("", kiel_on_the_day, "2005-03-16"),
    ]:
        records = records_from_html(page(date_line, first_text), Provenance("https://example.org/page"))
        assert [(r.theme, r.host_name, r.video_url) for r in records] == expected_rows
        assert records[0].event_date == event


def test_a_video_labelled_with_its_own_tables_number_stays() -> None:
    """Tables numbered 2, 3 and 4 at the first, second and third place: "Video tafel 3" under "Tafel 3" is that
    table's, not the third's."""
    html = f"""<html><body><main><h1>Verslagen</h1><h2>Tafel 2: Geluk en ontspanning</h2><p>{KIEL}</p>
    <h2>Tafel 3: Samen leven</h2><p>{NAUTA}</p>
    <p><a href="https://www.youtube.com/watch?v=ownnumber1">Video tafel 3</a></p>
    <h2>Tafel 4: Gezondheid</h2><p>{NEUT}</p></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.video_url) for r in records] == [
        ("geluk en ontspanning", ""), ("samen leven", "https://www.youtube.com/watch?v=ownnumber1"), ("gezondheid", ""),
    ]


def test_a_video_called_by_the_next_tables_topic_without_its_number() -> None:
    """Gantry's flat module list: a video titled "Samen leven" at the end of the first table, right above
    "Tafel 2: Samen leven", is the second table's."""
    html = f"""<html><body><main><h1>Verslagen</h1><h3>Tafel 1: Geluk en ontspanning</h3><p>{KIEL}</p>
    <div class="moduletable"><iframe title="Samen leven" src="https://www.youtube.com/embed/topicvideo1"></iframe>
    </div><h3>Tafel 2: Samen leven</h3><p>{NAUTA}</p></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.video_url) for r in records] == [
        ("geluk en ontspanning", ""), ("samen leven", "https://www.youtube.com/watch?v=topicvideo1"),
    ]


def test_an_entry_whose_class_names_its_writer() -> None:
    """Serendipity's <article class="serendipity_entry serendipity_entry_author_werkgroep">: who wrote the entry, not
    an author's box (tests/holdout128 lv_serendipity)."""
    html = f"""<html><body><div id="sidebar"><h3>Recente artikelen</h3><p>Agenda oktober</p></div>
    <article class="serendipity_entry serendipity_entry_author_werkgroep"><h2>Vijf tafels</h2>
    <div class="serendipity_entry_body"><h3>Dialoogtafel geluk en ontspanning</h3><p>{KIEL}</p>
    <h3>Dialoogtafel samen leven</h3><p>{NAUTA}</p></div></article></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_first_heading_with_its_byline_under_it_is_the_posts_title() -> None:
    """SimpleSite's blog entry: "Terugblik op vijf tafels" over "Gepubliceerd op 14 juli 2025" is the post's title,
    not a table, and its byline dates the page (tests/holdout128 lu_simplesite)."""
    html = f"""<html><body><div class="page-title"><h1>Dialoogtafels zomer 2025</h1></div>
    <div class="ss-blog-entry"><h2>Terugblik op vijf tafels</h2><p>Gepubliceerd op 14 juli 2025</p>
    <p>Hieronder per tafel een stukje uit de krant.</p>
    <h3>Dialoogtafel geluk en ontspanning</h3><p>{KIEL}</p>
    <h3>Dialoogtafel samen leven</h3><p>{NAUTA}</p></div></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_form_right_under_the_body_wraps_the_page() -> None:
    """Lotus Domino wraps the whole page in one <form> (as ASP.NET does), its tables' bold lines the only headings
    (tests/holdout129 lw_domino)."""
    html = f"""<html><body><div id="cookiemelding">Deze website gebruikt functionele cookies.</div>
    <form method="post" action="/nieuws.nsf/0/8A3C?OpenDocument"><table><tr><td width="170"><b>Menu</b><br>
    <a href="/home">Home</a></td><td><font size="4"><b>Terugblik dialoogtafels</b></font><br><br><table>
    <tr><td><b>Dialoogtafel geluk en ontspanning</b><br>{KIEL}<br></td></tr>
    <tr><td><b>Dialoogtafel samen leven</b><br>{NAUTA}<br></td></tr></table></td></tr></table></form>
    </body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_the_bold_name_that_signs_an_email_opens_no_table() -> None:
    """An Outlook e-mail saved as HTML: after "Met vriendelijke groet," the bold name signs the mail, and what
    follows (a PS naming the next table's hosts) is its footer (tests/holdout129 lx_outlook); a signature line in
    plain text stays the section's (tests/holdout120 ky_dreamweaver)."""
    html = f"""<html><body><div class="WordSection1"><h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    <h2>Dialoogtafel samen leven</h2><p>Een verslag.</p><p>Met vriendelijke groet,</p>
    <p>Ellen Nauta-van Moorsel, burgemeester</p>
    <h2>Dialoogtafel onderwijs en werk</h2><p>Het college nodigt u uit.</p><p>Met vriendelijke groet,</p>
    <p><b>Anouk Verbeek</b><br>Coördinator dialoogtafels</p>
    <p>PS: de volgende tafel is met wethouder Van der Linden en raadslid Bakker.</p></div></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
        ("onderwijs en werk", ""),
    ]


def test_a_blogs_page_of_posts_under_their_dates() -> None:
    """A Web-log.nl page: each post under its date; the first post's title (right under its date) is no table, and
    the next post, under a date alone, is no part of the article (tests/holdout135 mc_weblog)."""
    html = f"""<html><body><div id="content"><h2 class="date-header">woensdag 22 juni 2011</h2>
    <h3>Verslag van de voorjaarstafels</h3><p>Dit voorjaar zijn er twee tafels geweest.</p>
    <p><b>Tafel 1: Geluk en ontspanning</b></p><p>{KIEL}</p><p><b>Tafel 2: Samen leven</b></p><p>{NAUTA}</p>
    <p>Geplaatst door de werkgroep op 22-06-2011</p>
    <h2 class="date-header">dinsdag 10 mei 2011</h2><h3>Aankondiging najaarstafels</h3>
    <p>De data volgen nog; burgemeester Jan Jansen schuift aan.</p></div></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_collapsed_panels_hidden_until_opened_and_a_title_by_its_class() -> None:
    """jQuery Mobile: each table a collapsible whose content is aria-hidden until tapped; the article's title an
    <h2 class="artikel-titel"> over them (tests/holdout136 mh_jquerymobile)."""
    html = f"""<html><body><div data-role="page"><div role="main" class="ui-content">
    <h2 class="artikel-titel">Dialoogtafels in beeld</h2><p>Tik op een tafel voor het verslag.</p>
    <div data-role="collapsible" class="ui-collapsible"><h3>Dialoogtafel geluk en ontspanning</h3>
    <div class="ui-collapsible-content" aria-hidden="true"><p>{KIEL}</p></div></div>
    <div data-role="collapsible" class="ui-collapsible"><h3>Dialoogtafel samen leven</h3>
    <div class="ui-collapsible-content" aria-hidden="true"><p>{NAUTA}</p></div></div>
    </div></div></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_an_archive_whose_entry_titles_name_tables() -> None:
    """A WordPress category archive: each post an <h2 class="entry-title"> naming its table, no page title above
    them; every post is a table (a class naming the article's title makes the page's title only of a heading that
    names no single table)."""
    html = f"""<html><body><main id="main" class="site-main">
    <article class="post"><h2 class="entry-title">Dialoogtafel geluk en ontspanning</h2>
    <div class="entry-content"><p>{KIEL}</p></div></article>
    <article class="post"><h2 class="entry-title">Dialoogtafel samen leven</h2>
    <div class="entry-content"><p>{NAUTA}</p></div></article></main></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_bold_signature_that_names_an_office_is_the_letters_host() -> None:
    """"Met vriendelijke groet," over a bold "Burgemeester ..." signs the letter with the table's host; a bold name
    alone there signs an e-mail, and what follows is its footer."""
    html = """<html><body><div><h2>Dialoogtafel geluk en ontspanning</h2><p>Een brief aan de inwoners.</p>
    <p>Met vriendelijke groet,</p><p><b>Burgemeester Ellen Nauta-van Moorsel</b></p>
    <h2>Dialoogtafel samen leven</h2><p>Een verslag.</p><p>Met vriendelijke groet,</p>
    <p><b>Anouk Verbeek</b><br>Coördinator</p><p>PS: wethouder Jan Jansen komt ook.</p></div></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Ellen Nauta-van Moorsel"), ("samen leven", ""),
    ]


def test_tables_under_their_dates() -> None:
    """Tables grouped under date headings ("25 maart 2021" over "Dialoogtafel samen leven") go on after a date
    alone; only a blog's next post, under its date, is no part of the article."""
    html = f"""<html><body><main><h1>Verslagen</h1><h2>18 maart 2021</h2>
    <h3>Dialoogtafel geluk en ontspanning</h3><p>{KIEL}</p>
    <h2>25 maart 2021</h2><h3>Dialoogtafel samen leven</h3><p>{NAUTA}</p></main></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_first_h1_naming_a_table_under_the_documents_title() -> None:
    """A Google Docs document published to the web: its title a <p class="title"> repeating the page's og:title, then
    each table an <h1>. The first <h1> names a table, the title already read: it is the first table, not the page's
    title."""
    html = f"""<html><head><meta property="og:title" content="Verslag dialoogtafels De Mussels">
    <title>Verslag dialoogtafels De Mussels</title></head><body><div id="contents">
    <p class="c9 title"><span class="c4">Verslag dialoogtafels De Mussels</span></p>
    <p class="c3"><span class="c5">Werkgroep Dialoog in de Dorpen</span></p>
    <h1 class="c2" id="h.1"><span class="c8">Dialoogtafel geluk en ontspanning</span></h1><p class="c3">{KIEL}</p>
    <h1 class="c2" id="h.2"><span class="c8">Dialoogtafel samen leven</span></h1><p class="c3">{NAUTA}</p>
    </div></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_bold_title_inside_a_table_among_bold_table_headings() -> None:
    """A Mastodon thread whose toots open with a bold "Dialoogtafel ..." line: a bold line between two of them that
    names no table ("EEN KAPITALE IMPULS", an exhibition quoted in the toot) is part of the table above."""
    html = f"""<html><body><main>
    <div class="status__content"><p><strong>Dialoogtafel geluk en ontspanning</strong></p><p>{KIEL}</p></div>
    <div class="status__content"><p><strong>Dialoogtafel erfgoed</strong></p><p>Het museum opent een expositie:</p>
    <p><strong>EEN KAPITALE IMPULS</strong></p><p>{NAUTA}</p></div>
    <div class="status__content"><p><strong>Dialoogtafel samen leven</strong></p><p>Een verslag volgt.</p></div>
    </main></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("erfgoed", "Ellen Nauta-van Moorsel"), ("samen leven", ""),
    ]


def test_a_page_builders_info_box_with_a_heading_holds_a_table() -> None:
    """WordPress with Spectra: a table in an info box (<div class="uagb-infobox__content-wrap"><h3>...</h3>
    <div class="uagb-ifb-desc"><p>...). A wiki's infobox holds facts in rows; a box with a heading of its own holds
    article text."""
    html = f"""<html><body><main><div class="entry-content">
    <h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    <div class="wp-block-uagb-info-box uagb-block-3d7a90ce uagb-infobox__content-wrap"><div class="uagb-ifb-content">
    <div class="uagb-ifb-title-wrap"><h3 class="uagb-ifb-title">Tafel 2: Samen leven</h3></div>
    <div class="uagb-ifb-desc"><p>{NAUTA}</p></div></div></div></div></main></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_caption_under_a_video_starts_anew() -> None:
    """A programme's last line ends without a full stop ("Afsluiting door gedeputeerde X"), a video follows with its
    caption ("Opname tafel 4"): the caption is no part of the line above, the name does not run on into it."""
    html = """<html><body><main><h2>Dialoogtafel bereikbaarheid</h2>
    <p>19.30 uur Welkom door wethouder Engbert Stroobosscher<br>
    20.45 uur Afsluiting door gedeputeerde Jacqueline Verbeek-Nijhof</p>
    <figure class="wp-block-video"><video controls src="https://example.org/tafel-4.mp4"></video>
    <figcaption>Opname tafel 4 (eigen opname)</figcaption></figure></main></body></html>"""
    assert [(r.theme, r.host_name) for r in records_from_html(html, Provenance("https://example.org/page"))] == [
        ("bereikbaarheid", "Engbert Stroobosscher"), ("bereikbaarheid", "Jacqueline Verbeek-Nijhof"),
    ]


def test_a_last_update_time_is_not_the_publication_date() -> None:
    """Docusaurus shows "Laatst bijgewerkt op <time itemprop="dateModified">" under the article: the edit's date,
    not the publication's. The byline's date dates the page, and an event day without a year takes its year."""
    html = """<html><body><main><article><div class="theme-doc-markdown markdown">
    <h1>Dialoogtafels: terugblik winterronde</h1>
    <p>Gepubliceerd op 18 december 2023 door de redactie</p>
    <h2>Dialoogtafel samen leven</h2><p>Op 3 december sprak burgemeester Ellen Nauta-van Moorsel met inwoners.</p>
    </div><footer class="theme-doc-footer"><span class="theme-last-updated">Laatst bijgewerkt op
    <b><time datetime="2024-01-09T10:12:44.000Z" itemprop="dateModified">9 jan 2024</time></b></span></footer>
    </article></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.event_date) for r in records] == [
        ("samen leven", "Ellen Nauta-van Moorsel", "2023-12-03"),
    ]


def test_a_tip_box_of_links_to_other_pages_ends_the_table() -> None:
    """MkDocs Material: a tip box titled "Ook interessant" under the last table links to another report and a
    trailer; its title is a paragraph, not a heading, and neither the link's table nor the trailer is this table's."""
    html = f"""<html><body><main><article class="md-content__inner md-typeset">
    <h2 id="a">Dialoogtafel samen leven</h2><p>{NAUTA}</p>
    <div class="admonition tip"><p class="admonition-title">Ook interessant</p>
    <p>Lees het verslag van de <a href="../gezondheid/">dialoogtafel gezondheid</a>, die werd geleid door een
    wethouder, of bekijk de <a href="https://www.youtube.com/watch?v=TRAILER0001">trailer</a>.</p></div>
    </article></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [("samen leven", "Ellen Nauta-van Moorsel", "")]


def test_a_newsletters_colophon_line_ends_the_last_table() -> None:
    """A PDF newsletter through pdftohtml: one <p> a line, "Colofon" a line of its own before the newsletter's
    credits and a link to all its recordings; that link is no video of the last table."""
    html = f"""<html><body><div id="page3-div" style="position:relative">
    <p style="position:absolute;top:90px" class="ft10"><b>Dialoogtafel samen leven</b></p>
    <p style="position:absolute;top:120px" class="ft11">{NAUTA}</p>
    <p style="position:absolute;top:400px" class="ft10"><b>Colofon</b></p>
    <p style="position:absolute;top:420px" class="ft11">Deze nieuwsbrief verschijnt vier keer per jaar.</p>
    <p style="position:absolute;top:440px" class="ft11">Alle opnames:
    <a href="https://www.youtube.com/watch?v=ALLRECORDS1">https://www.youtube.com/watch?v=ALLRECORDS1</a></p>
    </div></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.video_url) for r in records] == [("samen leven", "Ellen Nauta-van Moorsel", "")]


def test_a_last_changed_line_under_the_last_table_is_no_event_date() -> None:
    """An Optimizely page ends its content area with "Laatst gewijzigd: 4 oktober 2017": the page's date, not the
    day the last table met (a "Datum: 2 oktober" line in a table's text still is)."""
    html = f"""<html><body><main><div class="ContentArea">
    <div class="block textblock"><h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p><p>Datum: 2 oktober</p></div>
    <div class="block textblock"><h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    <p class="last-modified">Laatst gewijzigd: 4 oktober 2017</p></div></div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.event_date) for r in records] == [("samen leven", "2017-10-02"), ("geluk en ontspanning", "")]


def test_a_wordpress_date_marked_published_and_updated_is_the_publication_date() -> None:
    """WordPress marks its one date <time class="entry-date published updated">: it is the publication date, and
    an event day without a year takes its year."""
    html = f"""<html><body><main><article class="post hentry"><header class="entry-header">
    <h1 class="entry-title">Dialoogtafels in Leusden</h1><time class="entry-date published updated"
    datetime="2021-03-18T10:00:00+01:00">18 maart</time></header><div class="entry-content">
    <h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL} Dat was op 11 maart.</p></div></article></main></body></html>"""
    assert page_meta_of(html).published == date(2021, 3, 18)
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name, r.event_date) for r in records] == [
        ("geluk en ontspanning", "Patrick Kiel", "2021-03-11"),
    ]


def test_a_collapsibles_status_text_for_screen_readers_is_no_part_of_its_heading() -> None:
    """jQuery Mobile writes "tik om te openen" into each collapsible's heading for screen readers
    (<span class="ui-collapsible-heading-status">), hidden on screen: the table's theme is the heading without it."""
    html = f"""<html><body><div data-role="page"><div role="main" class="ui-content">
    <div data-role="collapsible" class="ui-collapsible ui-collapsible-inset ui-collapsible-collapsed">
    <h3 class="ui-collapsible-heading ui-collapsible-heading-collapsed"><a href="#"
    class="ui-collapsible-heading-toggle ui-btn">Dialoogtafel samen leven<span class="ui-collapsible-heading-status">
    tik om te openen</span></a></h3><div class="ui-collapsible-content" aria-hidden="true"><p>{NAUTA}</p></div></div>
    </div></div></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.host_name) for r in records] == [("samen leven", "Ellen Nauta-van Moorsel")]


def test_a_content_elements_header_outside_sectioning_elements_holds_its_heading() -> None:
    """TYPO3 wraps each content element's heading in a <header> inside a <div class="frame">; without a <main>
    around them such a <header> is no page header: the page's header is told by its menu."""
    html = f"""<html><body><header class="page-header"><h2>Gemeente Voorbeeld</h2><nav><ul><li><a href="/">Home</a>
    </li></ul></nav></header><div id="content">
    <div id="c1" class="frame frame-type-text"><header><h2>Dialoogtafel geluk en ontspanning</h2></header>
    <div class="ce-bodytext"><p>{KIEL}</p></div></div>
    <div id="c2" class="frame frame-type-text"><header><h2>Dialoogtafel samen leven</h2></header>
    <div class="ce-bodytext"><p>{NAUTA}</p></div></div></div></body></html>"""
    assert hosts(html) == [
        (1, "geluk en ontspanning", "Patrick Kiel", "wethouder", "Leusden"),
        (2, "samen leven", "Ellen Nauta-van Moorsel", "burgemeester", ""),
    ]


def test_a_table_in_a_grid_row_of_its_own_is_part_of_the_article() -> None:
    """Without <main> or <article>, the densest container is looked for; a page builder's grid puts the first
    table in a row of its own and the rest in a wider one, which alone holds most of the text."""
    rest = "".join(f"<h2>Dialoogtafel {theme}</h2>" + f"<p>{text}</p>" * 4
                   for theme, text in [("onderwijs en werk", HOYTINK), ("over samen leven", NAUTA)])
    html = f"""<html><body>{CHROME}<div id="content">
    <div class="container"><div class="row"><div class="col-md-7"><h2>Dialoogtafel gezondheid</h2><p>{NEUT}</p>
    </div></div></div>
    <div class="container"><div class="row"><div class="col-md-10">{rest}</div></div></div></div></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(html)] == [
        (1, "gezondheid", "Maikel van der Neut"),
        (2, "onderwijs en werk", "Patricia Hoytink-Roubos"),
        (3, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_forum_posts_author_heading_is_no_table() -> None:
    """A Simple Machines Forum topic heads each post with its author (<h4>) over the post's subject (<h5>): the
    author and the rank under the name ("Moderator", "Berichten: 1.204") are no table of their own."""
    posts = [("Heemkundig", "Moderator", "Dialoogtafel geluk en ontspanning", KIEL),
             ("PeelMarjon", "Lid", "Dialoogtafel samen leven", NAUTA),
             ("Gooische_Leen", "Forumveteraan", "Dialoogtafel gezondheid", NEUT)]
    html = "<html><body><main><h3>Onderwerp: Dialoogtafels in ons dorp</h3>" + "".join(
        f"""<div class="post_wrapper"><div class="poster"><h4>{author}</h4><ul><li>{rank}</li>
        <li>Berichten: 1.204</li></ul></div><div class="postarea"><div class="keyinfo"><h5>{subject}</h5></div>
        <div class="post"><div class="inner">{text}</div></div></div></div>""" for author, rank, subject, text in posts
    ) + "</main></body></html>"
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
        (3, "gezondheid", "Maikel van der Neut"),
    ]


def test_a_forum_posts_time_stamp_is_no_event_date() -> None:
    """vBulletin stamps each post "20-08-2018, 21:14 #2" above it, SMF "« Antwoord #1 Gepost op: 14 september 2025,
    10:03:55 »": when the post was written, not the day its table met (a day in the post's text still is)."""
    html = f"""<html><body><main><h1>Dialoogtafels</h1>
    <div class="postbit"><div class="posthead">20-08-2018, 21:14 #2</div>
    <h2>Dialoogtafel geluk en ontspanning</h2><div class="content">{KIEL}</div></div>
    <div class="postbit"><div class="posthead">21-08-2018, 09:02 #3</div>
    <h2>Dialoogtafel samen leven</h2><div class="keyinfo">« Antwoord #1 Gepost op: 22 augustus 2018, 10:03:55 »</div>
    <div class="content">{NAUTA} Dat was op 11 maart 2018.</div></div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.event_date) for r in records] == [("geluk en ontspanning", ""), ("samen leven", "2018-03-11")]


def test_a_video_link_written_in_its_tables_text_stays_with_that_table() -> None:
    """A newsletter puts its first video above the first table's heading and the others under their text
    ("Terugkijken kan op YouTube: youtu.be/..."): the videos are not one section behind; the last table has none."""
    html = f"""<html><body><div class="email-body"><h1>Nieuwsbrief #27</h1><p>Deze week drie verslagen.</p>
    <iframe src="https://www.youtube.com/embed/abcDEF12345" title="YouTube video player"></iframe>
    <h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    <h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p>
    <p>Terugkijken kan op YouTube: <a href="https://youtu.be/xyzXYZ98765">youtu.be/xyzXYZ98765</a></p>
    <h2>Dialoogtafel gezondheid</h2><p>{NEUT}</p></div></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.video_url) for r in records] == [
        ("geluk en ontspanning", "https://www.youtube.com/watch?v=abcDEF12345"),
        ("samen leven", "https://www.youtube.com/watch?v=xyzXYZ98765"),
        ("gezondheid", ""),
    ]


def test_a_read_on_heading_over_other_posts_cards_gives_no_tables() -> None:
    """Beehiiv ends a post with "Lees verder" over cards of other posts, titled as tables ("Dialoogtafel Wonen"):
    other pages, not tables of this one."""
    html = f"""<html><body><main><h1>Vijf tafels</h1><h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p>
    <section class="my-10"><h3 class="text-lg">Lees verder</h3><div class="grid"><a href="/p/wonen"
    class="flex"><h2 class="text-base">Dialoogtafel Wonen</h2><p>Wethouder Piet Pieters luisterde mee.</p></a></div>
    </section></main></body></html>"""
    assert [(theme, name) for _, theme, name, _, _ in hosts(html)] == [("samen leven", "Ellen Nauta-van Moorsel")]


def test_a_card_opened_over_its_board_is_the_article() -> None:
    """A Trello card's page shows the board behind the card, which opens as a dialog (role="dialog") holding the
    description: an article of its own, not a pop-up such as a sign-up form."""
    tables = "".join(f"<h2>Dialoogtafel {theme}</h2>" + f"<p>{text}</p>" * 10
                     for theme, text in [("geluk en ontspanning", KIEL), ("samen leven", NAUTA)])
    html = f"""<html><body><div id="root"><div class="board"><h1>Planning dialoogtafels</h1>
    <div class="list"><h2>Ideeën</h2><a href="/c/1"><span>Dialoogtafel wonen: wethouder uitnodigen</span></a></div>
    <div class="list"><h2>Afgerond</h2><a href="/c/2"><span>Terugblik op de tafels</span></a></div></div>
    <div class="window-overlay"><div class="window" role="dialog"><h2>Terugblik op de tafels</h2>
    <div class="description">{tables}</div></div></div></div></body></html>"""
    assert [(theme, name) for _, theme, name, _, _ in hosts(html)] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_video_in_a_line_naming_the_next_tables_number_goes_to_that_table() -> None:
    """"▶ Video bij tafel 2: https://vimeo.com/..." at the end of the first table, which has no video: the line
    that holds the link names the table it belongs to."""
    html = f"""<html><body><main><h1>Tafels</h1><h3>Tafel 1: Geluk en ontspanning</h3><p>{KIEL}</p>
    <p><em>Van deze tafel is geen opname.</em></p>
    <p>▶ Video bij tafel 2: <a href="https://vimeo.com/123456789">https://vimeo.com/123456789</a></p>
    <h3>Tafel 2: Samen leven</h3><p>{NAUTA}</p></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.theme, r.video_url) for r in records] == [
        ("geluk en ontspanning", ""), ("samen leven", "https://vimeo.com/123456789"),
    ]


def test_a_quoted_articles_title_under_a_tables_heading_is_no_table() -> None:
    """A slide titled "Tafel 3: Geloof en samenleving" and, as large, the title of the news item it quotes: one
    table, named by the first heading."""
    html = f"""<html><body><main><h1>Dialoogtafels</h1><h2>Tafel 2: Samen leven</h2><p>{NAUTA}</p>
    <h2>Tafel 3: Geluk en ontspanning</h2><h2>Wethouder gaat met inwoners in gesprek</h2><p>{KIEL}</p>
    </main></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(html)] == [
        (1, "samen leven", "Ellen Nauta-van Moorsel"), (2, "geluk en ontspanning", "Patrick Kiel"),
    ]


def test_aria_headings_in_custom_elements_and_a_number_over_the_title() -> None:
    """An Ionic app's cards: <ion-card-subtitle role="heading" aria-level="3">Tafel 1</ion-card-subtitle> over
    <ion-card-title role="heading" aria-level="2">: headings, though no <h2>; the number labels the table the title
    names, and the video above both is that table's."""
    cards = [("Tafel 1", "Dialoogtafel geluk en ontspanning", KIEL, "abcDEF12345"),
             ("Tafel 2", "Dialoogtafel samen leven", NAUTA, "xyzXYZ98765")]
    html = "<html><body><ion-content><h1>Terugblik</h1>" + "".join(
        f"""<ion-card><iframe src="https://www.youtube.com/embed/{video}"></iframe><ion-card-header>
        <ion-card-subtitle role="heading" aria-level="3">{number}</ion-card-subtitle>
        <ion-card-title role="heading" aria-level="2">{title}</ion-card-title></ion-card-header>
        <ion-card-content><p>{text}</p></ion-card-content></ion-card>""" for number, title, text, video in cards
    ) + "</ion-content></body></html>"
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.host_name, r.video_url) for r in records] == [
        (1, "geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=abcDEF12345"),
        (2, "samen leven", "Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=xyzXYZ98765"),
    ]


def test_numbered_table_headings_under_a_tabs_label() -> None:
    """A shop's description tab opens with its label, "Beschrijving", over numbered headings ("1. Dialoogtafel
    samen leven"): the label is no table, and the number is no part of the theme."""
    html = f"""<html><body><main><h1>Verslag</h1><div class="woocommerce-Tabs-panel" role="tabpanel">
    <h2>Beschrijving</h2><p>Per tafel een korte samenvatting.</p>
    <h3>1. Dialoogtafel geluk en ontspanning</h3><p>{KIEL}</p><h3>2. Dialoogtafel samen leven</h3><p>{NAUTA}</p>
    </div></main></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"), (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_the_main_column_beside_a_sidebar_is_no_sidebar() -> None:
    """Shopware's section with a sidebar: <div class="cms-section-sidebar"> holding "...-sidebar-content" and
    "...-sidebar-main-content". The sidebar is furniture; the main column and the layout around it are not."""
    html = f"""<html><body><main><h1>Verslag</h1><h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p>
    <div class="cms-section cms-section-sidebar"><div class="cms-section-sidebar-sidebar-content"><h4>Lees ook</h4>
    <ul><li><a href="/nieuws/1">Wethouder Piet Pieters opent de markt</a></li></ul></div>
    <div class="cms-section-sidebar-main-content"><h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p></div></div>
    </main></body></html>"""
    assert [(theme, name) for _, theme, name, _, _ in hosts(html)] == [
        ("samen leven", "Ellen Nauta-van Moorsel"), ("geluk en ontspanning", "Patrick Kiel"),
    ]


def test_bold_lines_of_a_side_column_above_the_title_are_no_tables() -> None:
    """A NetObjects Fusion page lays out its side column and its article as cells of one table; the side column
    comes first and its agenda holds a bold line, "Gesprek over wonen – datum volgt", with nothing under it before
    the page's <h1>. That line is no table."""
    html = f"""<html><body><table><tr><td class="TextObject"><p><b>Agenda</b></p>
    <p><b>Gesprek over wonen – datum volgt</b></p></td>
    <td class="TextObject"><h1>Verslag: vijf gesprekstafels</h1><p>Een greep uit wat er aan de tafels ter sprake
    kwam.</p><h2>Gesprek over geluk en ontspanning</h2><p>{KIEL}</p><h2>Gesprek over samen leven</h2><p>{NAUTA}</p>
    </td></tr></table></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"), (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_share_page_is_no_share_box() -> None:
    """Inoreader's shared-article page: <body class="article_share_page"> and <div class="share_layout"> around the
    article. "share" names a small box of buttons; a page-wide element so named holds the article."""
    html = f"""<html><body class="article_share_page"><div class="top_bar"><a href="/signup">Registreren</a></div>
    <div class="share_layout"><div class="article_title"><a href="https://example.org/blog">Dialoogtafels</a></div>
    <div class="article_content"><p>{INTRO}</p><h3>Dialoogtafel geluk en ontspanning</h3><p>{KIEL}</p>
    <h3>Dialoogtafel samen leven</h3><p>{NAUTA}</p><h3>Dialoogtafel gezondheid</h3><p>{NEUT}</p></div>
    <div class="share_buttons"><a href="#">Facebook</a> <a href="#">E-mail</a></div></div></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"), (2, "samen leven", "Ellen Nauta-van Moorsel"),
        (3, "gezondheid", "Maikel van der Neut"),
    ]


def test_a_link_previews_title_is_no_table() -> None:
    """A Telegram channel's message ends in a link preview, <a href="https://www.youtube.com/..."> around the site's
    name, the linked page's title ("Dialoogtafel samen leven – opname") and its description: the title is the link's
    label, not a table of its own."""
    html = f"""<html><body><main><h1>Dialoogtafels in de regio</h1>
    <div class="message"><div class="message_text"><b>Dialoogtafel samen leven</b><br>{NAUTA}</div>
    <a class="link_preview" href="https://www.youtube.com/watch?v=abcDEF12345"><div class="site_name">YouTube</div>
    <div class="link_preview_title">Dialoogtafel samen leven – opname</div>
    <div class="link_preview_description">De volledige opname van de dialoogtafel.</div></a></div>
    <div class="message"><div class="message_text"><b>Dialoogtafel geluk en ontspanning</b><br>{KIEL}</div></div>
    </main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.host_name, r.video_url) for r in records] == [
        (1, "samen leven", "Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=abcDEF12345"),
        (2, "geluk en ontspanning", "Patrick Kiel", ""),
    ]


def test_a_video_and_its_duration_above_the_next_heading_are_that_tables() -> None:
    """A Telegram message shows its video above its text, the player's duration ("4:37", a line and a link) under
    it: after a table that has its own video, that video and its duration belong to the heading below them."""
    html = f"""<html><body><main><h1>Dialoogtafels in de regio</h1>
    <div class="message"><p><b>Dialoogtafel samen leven</b></p><p>{NAUTA}</p>
    <iframe src="https://www.youtube.com/embed/abcDEF12345"></iframe></div>
    <div class="message"><video src="https://example.org/file/tafel2.mp4"></video>
    <div class="duration">4:37</div><a href="https://t.me/kanaal/412">4:37</a>
    <p><b>Dialoogtafel geluk en ontspanning</b></p><p>{KIEL}</p></div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.video_url) for r in records] == [
        (1, "samen leven", "https://www.youtube.com/watch?v=abcDEF12345"),
        (2, "geluk en ontspanning", "https://example.org/file/tafel2.mp4"),
    ]


def test_more_of_the_publisher_is_furniture() -> None:
    """Nicepage's footer block "Meer van de wijkvereniging" lists the society's other posts, one a coming table
    ("Dialoogtafel Natuur en milieu: volgende maand schuift de wethouder aan") and one a mayor's visit: no tables."""
    html = f"""<html><body><main><h1>Terugblik</h1><h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    <h2>Meer van de wijkvereniging</h2><h3>Dialoogtafel Natuur en milieu</h3>
    <p>Volgende maand schuift de wethouder aan. Aanmelden kan bij de secretaris.</p>
    <h3>Burgemeester op bezoek bij de speeltuin</h3><p>Een verslag van het bezoek van de burgemeester.</p>
    <a href="/speeltuin">Lees meer</a></main></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
    ]


def test_the_first_tables_video_above_its_heading() -> None:
    """A Readymag story, one slide per table: each video follows its table's text, save the first, which stands
    above its heading, after the slide's counter ("1/3"). The first table has none of its own; that one is its."""
    html = f"""<html><body><main><h1>Dorpsgesprekken</h1><p>Dorpsgesprekken · 1/3</p>
    <iframe src="https://www.youtube.com/embed/abcDEF12345" title="YouTube video"></iframe>
    <h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p><p>Dorpsgesprekken · 2/3</p>
    <h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p>
    <iframe src="https://www.youtube.com/embed/xyzXYZ98765" title="YouTube video"></iframe><p>Dorpsgesprekken · 3/3</p>
    <h2>Dialoogtafel onderwijs en werk</h2><p>{HOYTINK}</p>
    <iframe src="https://www.youtube.com/embed/qrsQRS45678" title="YouTube video"></iframe></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.host_name, r.video_url) for r in records] == [
        (1, "Patrick Kiel", "https://www.youtube.com/watch?v=abcDEF12345"),
        (2, "Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=xyzXYZ98765"),
        (3, "Patricia Hoytink-Roubos", "https://www.youtube.com/watch?v=qrsQRS45678"),
    ]


def test_a_reply_quotes_the_earlier_message() -> None:
    """A Usenet reply through a web gateway opens with the earlier message quoted line by line ("> ..."), and a
    Yahoo! Groups message ends with the one it answers ("Op woensdag 6 juni 2018 ... schreef X:"): neither is the
    message's own text, its tables or its videos (holdout213 rv_usenet and rt_yahoogroups)."""
    usenet = f"""<html><body><div class="np_article_body">
    <span>Op 28-04-2022 om 21:12 schreef Gerda Wolters:</span><br>
    <span class="np_quote">&gt; DIALOOGTAFEL JEUGD</span><br>
    <span class="np_quote">&gt; Burgemeester Harm Kleinjan ging in gesprek. https://youtu.be/zzzZZZ11111</span><br>
    <br>De griffie heeft ze inmiddels rondgestuurd.<br><br>DIALOOGTAFEL GELUK EN ONTSPANNING<br>{KIEL}<br>
    https://youtu.be/abcDEF12345<br></div></body></html>"""
    assert [(r.position, r.host_name, r.video_url) for r in
            records_from_html(usenet, Provenance("https://example.org/page"))] == [
        (1, "Patrick Kiel", "https://www.youtube.com/watch?v=abcDEF12345")]
    yahoo = f"""<html><body><div class="msg-content"><div>Beste leden,</div>
    <div><b>Dialoogtafel geluk en ontspanning</b></div><div>{KIEL}</div><div>-- <br>Griffie</div>
    <div class="yahoo_quoted"><div>Op woensdag 6 juni 2018 21:03:11 CEST schreef Gerrit-Jan Wessels:</div>
    <div>Komt er nog een verslag? Vorige keer stond er dit in de mail:</div>
    <div><b>Dialoogtafel gezondheid</b></div><div>{NEUT}</div></div></div></body></html>"""
    assert [(position, name) for position, _, name, _, _ in hosts(yahoo)] == [(1, "Patrick Kiel")]


def test_lines_set_in_bold_by_the_stylesheet_head_their_tables() -> None:
    """Blendle sets a table's heading as <p class="item-ph">, made bold by the page's stylesheet only; "Gezondheid"
    names no table in its words, its class makes it a heading like the others (holdout214 rw_blendle)."""
    html = f"""<html><head><style>.item-ph{{font-weight:600;font-size:20px}}</style></head><body><article>
    <p class="item-ph">Dialoogtafel geluk en ontspanning</p><p class="item-paragraph">{KIEL}</p>
    <p class="item-ph">Gezondheid</p><p class="item-paragraph">{NEUT}</p>
    <p class="item-ph">Dialoogtafel samen leven</p><p class="item-paragraph">{NAUTA}</p></article></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"), (2, "gezondheid", "Maikel van der Neut"),
        (3, "samen leven", "Ellen Nauta-van Moorsel")]


def test_a_thread_of_posts_a_theme_alone_and_a_card_repeating_a_heading() -> None:
    """A Bluesky or Nitter thread: each post a line; a post that is only a theme ("Gezondheid") heads a table as the
    posts naming one do, and a link card titled like a table ("Dialoogtafel samen leven" over its video) adds to
    that table (holdout211 rk_bluesky, rl_nitter, rm_pleroma)."""
    html = f"""<html><body><main><div class="post"><p>Dialoogtafel geluk en ontspanning</p></div>
    <div class="post"><p>{KIEL}</p></div><div class="post"><p>Gezondheid</p></div>
    <div class="post"><p>{NEUT}</p></div><div class="post"><p>Dialoogtafel samen leven</p></div>
    <div class="post"><p>{NAUTA}</p></div>
    <div class="post"><a class="card" href="https://www.youtube.com/watch?v=abcDEF12345"><p>YouTube</p>
    <p>Dialoogtafel samen leven</p><p>Terugblik op de dialoogtafel.</p></a></div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.host_name, r.video_url) for r in records] == [
        (1, "geluk en ontspanning", "Patrick Kiel", ""), (2, "gezondheid", "Maikel van der Neut", ""),
        (3, "samen leven", "Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=abcDEF12345")]


def test_a_heading_of_its_own_among_tables_and_a_video_captioned_for_the_next() -> None:
    """Feedly's reader view: "Jongeren en corona" stands among the tables at their rank with a text of its own, a
    table of its own; a video captioned "Video bij de tafel hieronder" belongs to the table below (holdout214
    ry_feedly). A title in capitals among tables stays a part of the text above it (holdout146 na_mastodon)."""
    html = f"""<html><body><article><h3>Dialoogtafel geluk en ontspanning</h3><p>{KIEL}</p>
    <h3>Jongeren en corona</h3><p>Het wantrouwen jegens de overheid zit best diep bij de jongeren.</p>
    <figure><iframe src="https://player.vimeo.com/video/123456789"></iframe>
    <figcaption>Video bij de tafel hieronder</figcaption></figure>
    <h3>Dialoogtafel samen leven</h3><p>{NAUTA}</p><h3>EEN KAPITALE IMPULS</h3><p>Een citaat uit de krant.</p>
    <h3>Dialoogtafel onderwijs en werk</h3><p>{HOYTINK}</p></article></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.video_url) for r in records] == [
        (1, "geluk en ontspanning", ""), (2, "jongeren en corona", ""),
        (3, "samen leven", "https://vimeo.com/123456789"), (4, "onderwijs en werk", "")]


def test_a_word_document_whose_bold_wraps_a_theme_line() -> None:
    """Word 97 saved as HTML: the tables are <h2>, but one is a paragraph inside <b><font>, which the parser moves
    out of the bold; a line that is only a known theme heads a table among tables headed by their names (holdout221
    si_word97)."""
    html = f"""<html><body><h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    </font><b><font face="Arial" size=3><p><a name="_Toc2">Gezondheid</a></p></b></font><p>{NEUT}</p>
    <h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"), (2, "gezondheid", "Maikel van der Neut"),
        (3, "samen leven", "Ellen Nauta-van Moorsel")]


def test_cards_whose_titles_are_set_alike_and_a_video_card_beside_a_table() -> None:
    """An Airtable gallery: each card's title in the same <div class>; "Monumenten" names no table, but is set as the
    titles that do. A Miro frame: "Opname van de tafel", a card with only the video's link, beside the table's
    notes, is that table's video (holdout220 sg_airtable, holdout221 sk_miro)."""
    html = f"""<html><body><main>
    <div class="card"><div class="cell primary"><div class="title strong">Dialoogtafel geluk en ontspanning</div></div>
    <div class="cell"><p>{KIEL}</p></div></div>
    <div class="card"><div class="cell primary"><div class="title strong">Monumenten</div></div>
    <div class="cell"><p>Op zaterdag werd het monument onthuld door de familie.</p></div></div>
    <div class="card"><div class="cell primary"><div class="title strong">Dialoogtafel samen leven</div></div>
    <div class="cell"><p>{NAUTA}</p></div>
    <div class="widget"><div class="card__title">Opname van de tafel</div>
    <div class="card__description">Link: <a href="https://youtu.be/abcDEF12345">https://youtu.be/abcDEF12345</a>
    </div></div></div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.host_name, r.video_url) for r in records] == [
        (1, "geluk en ontspanning", "Patrick Kiel", ""), (2, "monumenten", "", ""),
        (3, "samen leven", "Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=abcDEF12345")]


def test_slides_drawn_as_svg_and_a_deck_transcript() -> None:
    """Google Slides published to the web draws each slide as SVG: a title in large type, the body's lines one
    <text> each; SlideShare lists a deck's transcript, each slide a link to it with its title, then its text
    (holdout212 ro_googleslides, rp_slideshare)."""
    slides = """<html><body><div class="punch-viewer-content"><div class="page">
    <svg viewBox="0 0 960 540"><g><text x="40" y="64" font-size="26" font-weight="700">Dialoogtafel samen leven</text>
    </g><g><text x="40" y="100" font-size="12.5">Burgemeester Ellen Nauta-van Moorsel vertelt over de</text>
    <text x="40" y="116" font-size="12.5">dialoogtafel samen leven.</text>
    <text x="70" y="140" font-size="11" font-weight="700">Ellen Nauta-van Moorsel - burgemeester</text></g></svg>
    </div><div class="page"><svg viewBox="0 0 960 540"><g>
    <text x="40" y="64" font-size="26" font-weight="700">Dialoogtafel geluk en ontspanning</text></g><g>
    <text x="40" y="100" font-size="12.5">Wethouder Patrick Kiel van Leusden ging met een zeer diverse groep</text>
    <text x="40" y="116" font-size="12.5">inwoners in gesprek over geluk en ontspanning.</text></g>
    <a xlink:href="https://vimeo.com/123456789"><text x="40" y="200" font-size="12">Bekijk de opname</text></a>
    </svg></div></div></body></html>"""
    assert [(r.position, r.theme, r.host_name, r.video_url) for r in
            records_from_html(slides, Provenance("https://example.org/page"))] == [
        (1, "samen leven", "Ellen Nauta-van Moorsel", ""),
        (2, "geluk en ontspanning", "Patrick Kiel", "https://vimeo.com/123456789")]
    deck = f"""<html><body><main><div class="transcript"><ol>
    <li><a href="https://example.org/deck/1">1. Dialoogtafels herstel en vernieuwing</a> Verslag van de regio</li>
    <li><a href="https://example.org/deck/2">2. Dialoogtafel geluk en ontspanning</a> {KIEL} {INTRO}</li>
    <li><a href="https://example.org/deck/3">3. Dialoogtafel samen leven</a> {NAUTA} {INTRO}</li>
    </ol></div></main></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(deck)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"), (2, "samen leven", "Ellen Nauta-van Moorsel")]


def test_a_video_listed_again_at_the_end_of_a_page_is_no_new_one() -> None:
    """A Scribd text layer ends a page with the links of its videos once more; the repeated one is no video of the
    table on the next page (holdout212 rq_scribd)."""
    html = f"""<html><body><main><h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    <p>Opname: <a href="https://vimeo.com/123456789">vimeo.com/123456789</a></p>
    <p><a href="https://youtu.be/abcDEF12345">https://youtu.be/abcDEF12345</a></p>
    <p><a href="https://vimeo.com/123456789">https://vimeo.com/123456789</a></p>
    <h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.video_url) for r in records] == [(1, "https://vimeo.com/123456789"), (2, "")]


def test_a_side_column_before_the_articles_own_title_and_a_theme_opening_the_tables() -> None:
    """A Joomla 1.0 page in a table layout: the left column's teaser ("Dialoogtafel onderwijs en werk: de
    terugblik") comes before the content cell, whose title repeats the page's and is followed by its byline; what
    stood before was the column's (holdout229 tb_joomla10). A WhatsApp channel's first message is headed by a theme
    alone ("Samenleven"): a table like those after it (holdout228 sv_whatsapp)."""
    joomla = f"""<html><head><title>Buurtkracht - Vier dialoogtafels in beeld</title></head><body><table><tr>
    <td class="left"><table class="moduletable"><tr><td><b>Dialoogtafel onderwijs en werk: de terugblik</b><br>
    In maart sprak wethouder Yvonne Stokkink met jongeren over bijbaantjes en stages.</td></tr></table>
    <p>Hoofdmenu</p></td><td class="main"><p class="contentheading">Vier dialoogtafels in beeld</p>
    <p>Geschreven door Redactie</p><p>maandag, 28 juni 2021</p>
    <p><b>Dialoogtafel geluk en ontspanning</b></p><p>{KIEL}</p>
    <p><b>Dialoogtafel samen leven</b></p><p>{NAUTA}</p></td></tr></table></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(joomla)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"), (2, "samen leven", "Ellen Nauta-van Moorsel")]
    whatsapp = f"""<html><body><main><div class="day"><b>VRIJDAG 20 SEPTEMBER 2024</b></div>
    <div class="msg"><p><b>Samenleven</b></p><p>{NAUTA}</p></div>
    <div class="msg"><p><b>Dialoogtafel geluk en ontspanning</b></p><p>{KIEL}</p></div></main></body></html>"""
    assert [(position, theme, name) for position, theme, name, _, _ in hosts(whatsapp)] == [
        (1, "samen leven", "Ellen Nauta-van Moorsel"), (2, "geluk en ontspanning", "Patrick Kiel")]


def test_a_video_description_set_line_by_line_and_parted_by_rules() -> None:
    """A YouTube watch page: the description is one element whose text keeps its line breaks (white-space:
    pre-wrap), its parts parted by lines of "━"; the short line after each rule titles a table (holdout227
    sr_youtube)."""
    html = f"""<html><body><main><div id="description"><span>Vijf gesprekken, elk met de opname.
━━━━━━━━━━━━━━━━━━━━
Dialoogtafel geluk en ontspanning
</span><span>Volledig gesprek: </span><a href="https://youtu.be/abcDEF12345">https://youtu.be/abcDEF12345</a><span>
{KIEL}
━━━━━━━━━━━━━━━━━━━━
Gezondheid
{NEUT}
</span></div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.host_name, r.video_url) for r in records] == [
        (1, "geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=abcDEF12345"),
        (2, "gezondheid", "Maikel van der Neut", "")]


def test_a_date_labelled_in_one_cell_and_given_in_the_next() -> None:
    """Outlook's RSS reader saved as HTML: a header table "Gepost op:" | "dinsdag 23 juli 2024 10:02" dates the page,
    so a table's "Dinsdag 18 juli" is of 2024 (holdout230 td_outlookrss)."""
    html = f"""<html><body><table class="header"><tr><td><p><b>Gepost op:</b></p></td>
    <td><p>dinsdag 23 juli 2024 10:02</p></td></tr></table>
    <article><p>{INTRO}</p><h2>Dialoogtafel geluk en ontspanning</h2>
    <p>Dinsdag 18 juli ging wethouder Patrick Kiel van Leusden met inwoners in gesprek.</p>
    <h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p></article></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.event_date) for r in records] == [(1, "2024-07-18"), (2, "")]


def test_a_page_through_a_translation_proxy_and_a_video_in_a_see_also_box() -> None:
    """Google Translate's proxy rewrites a link's host with dashes ("www-youtube-com.translate.goog", holdout222
    sm_translate); a Sphinx "Zie ook" box holds the table's own video, said to be "van deze tafel" (holdout219
    sd_sphinx)."""
    html = f"""<html><body><article><h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    <p><a href="https://www-youtube-com.translate.goog/watch?v=abcDEF12345&amp;_x_tr_sl=auto&amp;_x_tr_tl=nl">▶ Bekijk
    de video</a></p><h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p>
    <div class="admonition seealso"><p class="admonition-title">Zie ook</p>
    <p><a href="https://vimeo.com/123456789">Opname van deze tafel</a></p></div></article></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.video_url) for r in records] == [
        (1, "https://www.youtube.com/watch?v=abcDEF12345"), (2, "https://vimeo.com/123456789")]


def test_headings_set_as_bold_lines_with_their_permalinks_and_edit_links() -> None:
    """A title set as a bold line keeps what a heading would: in a section's <header> (a TYPO3 frame, a card), as
    a link to itself (a Markdown renderer's permalink), without its permalink sign or a wiki's edit link. Found by
    `python -m scraper.vary_markup --variant headings-as-bold-paragraphs`, on the labelled pages."""
    html = f"""<html><body><main><h1>Terugblik</h1>
    <article><header><p><strong>Dialoogtafel geluk en ontspanning</strong></p></header><p>{KIEL}</p></article>
    <p id="tafel-2"><strong><a class="anchor" href="#tafel-2">Dialoogtafel onderwijs &amp; werk</a></strong></p>
    <p>{HOYTINK}</p>
    <p><strong>Dialoogtafel samen leven<a class="headerlink" href="#samen">¶</a></strong></p><p>{NAUTA}</p>
    <p><b>Dialoogtafel gezondheid<span class="mw-editsection">[bewerken]</span></b></p><p>{NEUT}</p>
    </main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.heading, r.host_name) for r in records] == [
        ("Dialoogtafel geluk en ontspanning", "Patrick Kiel"),
        ("Dialoogtafel onderwijs & werk", "Patricia Hoytink-Roubos"),
        ("Dialoogtafel samen leven", "Ellen Nauta-van Moorsel"),
        ("Dialoogtafel gezondheid", "Maikel van der Neut"),
    ]


def test_a_survey_form_that_presents_the_tables_and_dates_itself_in_its_first_line() -> None:
    """A survey's page wraps its text in a <form> below the title (SurveyMonkey: holdout234 xm_surveymonkey): a form
    that holds more text than a pop-up holds the article; a long intro paragraph that opens with its date's label
    ("Verstuurd op 1 november 2021. ...") dates the page."""
    html = f"""<html><body><main><header><h1>Dialoogtafels najaar 2021</h1></header>
    <form method="post" action="/r/x"><input type="hidden" name="a" value="b">
    <div><p>Verstuurd op 1 november 2021. Voordat u kiest aan welke tafel u wilt aanschuiven, stellen we de tafels
    hieronder kort voor, met een tekst en (meestal) een video. Op de volgende pagina kunt u zich aanmelden.</p></div>
    <div><p><strong>Dialoogtafel geluk en ontspanning</strong></p><p>{KIEL} {INTRO} {INTRO}</p></div>
    <div><p><strong>Dialoogtafel samen leven</strong></p><p>{NAUTA} Zij sprak op 16 november. {INTRO}</p></div>
    <div><p><strong>Dialoogtafel gezondheid</strong></p><p>{NEUT} {INTRO} {INTRO}</p></div>
    <button type="submit">Volgende</button></form></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.host_name) for r in records] == [
        (1, "Patrick Kiel"), (2, "Ellen Nauta-van Moorsel"), (3, "Maikel van der Neut")]
    assert records[1].event_date == "2021-11-16"


def test_a_platforms_meeting_cards_with_their_labels_and_the_next_meeting_apart() -> None:
    """A participation platform's meetings (Decidim: holdout231 ua_decidim): "Gesprekken aan tafel" over the list
    names no table ("aan tafel" is an idiom); the box of the next meeting under "Volgende bijeenkomst" holds no table
    yet; a card's label ("Online") over its video belongs to the card's table."""
    html = f"""<html><body><main><h1>Dialoogtafels 2021</h1><h3>Gesprekken aan tafel</h3>
    <p>Hieronder vindt u de bijeenkomsten van de dialoogtafels van dit voorjaar.</p>
    <p>Volgende bijeenkomst</p><h3>Dialoogtafel wonen</h3><p>{NEUT}</p>
    <h3>Dialoogtafel geluk en ontspanning</h3><p>{KIEL}</p><h3>Online</h3>
    <p><a href="https://www.youtube.com/watch?v=abcDEF12345">Bekijk de opname</a></p>
    <h3>Dialoogtafel samen leven</h3><p>{NAUTA}</p></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.heading) for r in records] == [
        (1, "Dialoogtafel geluk en ontspanning"), (2, "Dialoogtafel samen leven")]


def test_a_data_table_whose_first_column_names_the_tables() -> None:
    """A Datawrapper table (holdout232 tk_datawrapper): the column headed "Dialoogtafel" names each row's table, even
    a bare theme; the table's body is read with its header row; the date stands in the app's state
    ("publishedAt" in a script)."""
    rows = "".join(
        f'<tr><td>{topic}</td><td>{text} Op 13 maart sprak men verder.</td><td><a href="https://vimeo.com/{n}">▶ '
        f"Bekijk</a></td></tr>"
        for topic, text, n in (("Samenleven", NAUTA, 123456781), ("Natuur &amp; milieu", KIEL, 123456782),
                               ("Werk en onderwijs", HOYTINK, 123456783)))
    html = f"""<html><head><script>window.__PROPS__ = JSON.parse("{{\\"publishedAt\\":\\"2021-06-14T09:12:44.000Z\\"}}");
    </script></head><body><div class="chart"><h3>Zo verliepen de tafels</h3><table><thead><tr><th>Dialoogtafel</th>
    <th>Wat gebeurde er</th><th>Video</th></tr></thead><tbody>{rows}</tbody></table></div></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.heading, r.host_name, r.event_date) for r in records] == [
        ("Samenleven", "Ellen Nauta-van Moorsel", "2021-03-13"), ("Natuur & milieu", "Patrick Kiel", "2021-03-13"),
        ("Werk en onderwijs", "Patricia Hoytink-Roubos", "2021-03-13")]


def test_a_report_titled_for_all_tables_and_a_board_of_pins() -> None:
    """A report whose first title speaks of all tables ("Dialoogtafels – verslagen per tafel", Power BI: holdout238
    vd_powerbi) heads no table; a board of pins whose linked titles each stand over a report (Pinterest: holdout238
    vc_pinterest) heads a table with each title."""
    report = f"""<html><body><div><p><b>Dialoogtafels – verslagen per tafel</b></p><p>Overzicht van de tafels.</p>
    <p><b>Dialoogtafel geluk en ontspanning</b></p><p>{KIEL}</p><p><b>Dialoogtafel samen leven</b></p>
    <p>{NAUTA}</p></div></body></html>"""
    assert [r.heading for r in records_from_html(report, Provenance("https://example.org/page"))] == [
        "Dialoogtafel geluk en ontspanning", "Dialoogtafel samen leven"]
    pins = "".join(
        f'<div class="pin"><a href="/pin/{n}/"><div>{title}</div></a><div class="description">{text} {INTRO}</div>'
        f"</div>" for n, title, text in ((1, "Dialoogtafel geluk en ontspanning", KIEL),
                                         (2, "Dialoogtafel samen leven", NAUTA)))
    board = f"""<html><body><div role="main"><h1>Dialoogtafels</h1><div role="list">{pins}</div></div></body></html>"""
    assert [(r.heading, r.host_name) for r in records_from_html(board, Provenance("https://example.org/page"))] == [
        ("Dialoogtafel geluk en ontspanning", "Patrick Kiel"), ("Dialoogtafel samen leven", "Ellen Nauta-van Moorsel")]


def test_a_map_whose_places_are_the_tables() -> None:
    """A uMap page (holdout239 wd_umap): the tables are the map's places, named and described only in the GeoJSON
    its script carries (the page shows the one whose pop-up is open), with uMap's markup for a player ("{{{url}}}")
    and a link ("[[url|label]]")."""
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5.3, 51.7]},
         "properties": {"name": "Dialoogtafel geluk en ontspanning",
                        "description": f"{KIEL}\n\n{{{{{{https://www.youtube.com/embed/abcDEF12345}}}}}}"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5.9, 52.2]},
         "properties": {"name": "Dialoogtafel samen leven",
                        "description": f"{NAUTA}\n\n[[https://vimeo.com/123456789|Bekijk de video]]"}},
    ]
    data = json.dumps({"type": "FeatureCollection", "features": features})
    # (the one place whose pop-up is open stands in the page itself)
    html = f"""<html><body><div class="umap-caption"><h3>Credits</h3><p>Kaartgegevens © OpenStreetMap.</p></div>
    <div id="map"><div class="leaflet-popup-content"><h4>Dialoogtafel geluk en ontspanning</h4><div>{KIEL}</div></div>
    </div><script type="application/geo+json">{data}</script></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.heading, r.host_name, r.video_url) for r in records] == [
        ("Dialoogtafel geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=abcDEF12345"),
        ("Dialoogtafel samen leven", "Ellen Nauta-van Moorsel", "https://vimeo.com/123456789")]


def test_a_headings_anchor_sign_before_it_and_a_lists_number() -> None:
    """A Markdown renderer's anchor before the heading (<a class="heading-anchor">#</a>, Nextcloud: holdout242
    xd_nextcloud) and a form's question number ("1." in its own span, Microsoft Forms: holdout242 xa_msforms) are
    no part of the heading."""
    html = f"""<html><body><main><h1>Verslag</h1>
    <h2 id="a"><a class="heading-anchor" href="#a">#</a>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    <div role="heading" aria-level="2"><span class="ordinal-number">2.</span> <span>Dialoogtafel samen leven</span></div>
    <p>{NAUTA}</p></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.heading, r.theme) for r in records] == [
        ("Dialoogtafel geluk en ontspanning", "geluk en ontspanning"), ("Dialoogtafel samen leven", "samen leven")]


def test_posts_whose_tables_are_run_in_titles_or_lines_of_a_caption() -> None:
    """A Plurk timeline (holdout251 wi_plurk): a bold run naming a table opens each post, its report after it in the
    same line, a video's thumbnail before it. A TikTok caption (holdout249 za_tiktok): lines set in one element, each
    table opening with a line that names it ("Tafel 2 · erfgoed"), the page dated by the app's "createTime"."""
    posts = "".join(
        f'<tr><td class="td_cnt"><div class="text_holder"><a href="https://youtu.be/abcDEF1234{n}"><img src="t.jpg" '
        f'alt=""></a> <b>{title}</b> {text} {INTRO}</div></td></tr>'
        for n, title, text in ((1, "Dialoogtafel geluk en ontspanning", KIEL), (2, "Dialoogtafel samen leven", NAUTA)))
    timeline = f"<html><body><div id='timeline'><table>{posts}</table></div></body></html>"
    assert [(r.heading, r.host_name, r.video_url) for r in records_from_html(
        timeline, Provenance("https://example.org/page"))] == [
        ("Dialoogtafel geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=abcDEF12341"),
        ("Dialoogtafel samen leven", "Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=abcDEF12342")]
    caption = (f"Vijf tafels, één avond.\n\nTafel 1: gezondheid\n{NEUT}\n\nTafel 2 · erfgoed\n{HOYTINK} Op 28 maart "
               "was het zover.\n")
    page = f"""<html><head><script>window.__DATA__ = {{"ItemModule": {{"1": {{"createTime":"1618384353"}}}}}};</script>
    </head><body><div data-e2e="browse-video-desc"><span>{caption}</span></div></body></html>"""
    records = records_from_html(page, Provenance("https://example.org/page"))
    assert [(r.heading, r.theme, r.host_name, r.event_date) for r in records] == [
        ("Tafel 1: gezondheid", "gezondheid", "Maikel van der Neut", "2021-03-18"),
        ("Tafel 2 · erfgoed", "erfgoed", "Patricia Hoytink-Roubos", "2021-03-28")]



def test_a_post_titled_as_the_document_with_wordpress_old_separator() -> None:
    """WordPress before 2010 (the Kubrick theme) titles the document "Site » Blog Archive » Post": the post's own
    heading over its tables repeats that title and heads no table (the labelled page holdout256 yx_kubrick)."""
    html = (Path(__file__).parent / "holdout256" / "pages" / "yx_kubrick.html").read_text(encoding="utf-8")
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [r.heading for r in records][:2] == ["Dialoogtafel samen leven", "Tafel 2: bestuur en raad"]


def test_a_preview_of_the_first_table_above_the_list_of_tables() -> None:
    """A study set's first card shown above its list of terms (Quizlet: holdout255 xc_quizlet) repeats the first
    table's title over a line of the page's own: a preview of that table, no table of its own."""
    html = f"""<html><body><main><h1>Dialoogtafels – gemeentebestuur</h1>
    <div class="card"><span class="term" style="font-weight:bold">Dialoogtafel geluk en ontspanning</span>
    <p>Klik op de kaart om hem om te draaien</p><p>1 / 2</p></div>
    <h2>Termen in deze set (2)</h2>
    <div class="term"><p><b>Dialoogtafel geluk en ontspanning</b></p><p>{KIEL}</p></div>
    <div class="term"><p><b>Dialoogtafel samen leven</b></p><p>{NAUTA}</p></div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.heading, r.host_name) for r in records] == [
        (1, "Dialoogtafel geluk en ontspanning", "Patrick Kiel"), (2, "Dialoogtafel samen leven", "Ellen Nauta-van Moorsel")]


def test_a_figure_captioned_with_the_next_heading_stands_above_it() -> None:
    """A saved article (wallabag's view of holdout261 ze_wallabag) puts a figure between two sections whose caption
    names the next one ("Video: Dialoogtafel ..."): the video is that section's, not the one above, which has none."""
    html = f"""<html><body>{CHROME}<div id="article"><article>
    <h2>Dialoogtafel geluk &amp; ontspanning</h2><p>{KIEL}</p>
    <figure><iframe src="https://player.vimeo.com/video/123456789"></iframe>
      <figcaption>Video: Dialoogtafel over samen leven (Vimeo)</figcaption></figure>
    <h2>Dialoogtafel over samen leven</h2><p>{NAUTA}</p>
    </article></div>{FOOTER}</body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.host_name, r.video_url) for r in records] == [
        ("Patrick Kiel", ""), ("Ellen Nauta-van Moorsel", "https://vimeo.com/123456789")]


def test_a_page_date_named_by_a_tooltip() -> None:
    """Read-later apps show when an article was published beside an icon whose tooltip is the label (wallabag:
    holdout261 ze_wallabag), or as a short stamp with the full date on hover (Omnivore: holdout261 zf_omnivore);
    a section's date without a year takes that year."""
    section = f"<h2>Dialoogtafel over gezondheid</h2><p>Op 18 maart. {NEUT}</p>"
    iconed = f"""<html><body><ul class="stats"><li><i class="material-icons" title="Gepubliceerd op">create</i>
    2021-03-05 06:45</li></ul><article>{section}</article></body></html>"""
    stamped = f"""<html><body><header><span class="byline">Redactie</span>
    <span title="vrijdag 5 maart 2021">5 mrt</span></header><article>{section}</article></body></html>"""
    for html in (iconed, stamped):
        assert page_meta_of(html).published == date(2021, 3, 5)
        assert [r.event_date for r in records_from_html(html, Provenance("https://example.org/page"))] == ["2021-03-18"]


def test_a_video_title_that_repeats_its_sections_heading_heads_nothing() -> None:
    """A government article's video block (holdout271 vt_rijksoverheid) titles its player with the section's heading
    and a label ("Video: ..."): the section's own video, no section of its own."""
    html = f"""<html><body>{CHROME}<main><div class="article content"><h1>Dialoogtafels in het land</h1>
    <h2>Dialoogtafel over gezondheid</h2><p>{NEUT}</p>
    <div class="video"><div class="video-meta"><p class="video-title">Video: dialoogtafel over gezondheid</p></div>
      <iframe src="https://www.youtube-nocookie.com/embed/abcDEF12345"></iframe></div>
    <h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p>
    </div></main>{FOOTER}</body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.heading, r.host_name, r.video_url) for r in records] == [
        ("Dialoogtafel over gezondheid", "Maikel van der Neut", "https://www.youtube.com/watch?v=abcDEF12345"),
        ("Dialoogtafel samen leven", "Ellen Nauta-van Moorsel", "")]


def test_an_enclosing_heading_over_the_tables_with_a_line_of_the_pages_own() -> None:
    """A story's subhead over its tables (holdout272 xa_medium: an h2 naming the dialoogtafels, the tables as h3
    under it) holds a line of the page's own, naming no officeholder and holding no video: the intro, no table."""
    html = f"""<html><body>{CHROME}<article><h1>Vijf tafels, vijf gesprekken</h1>
    <h2>Wat we hoorden aan de dialoogtafels in de dorpen</h2><p>Vijf dorpen, vijf tafels, steeds een ander onderwerp.</p>
    <h3>Dialoogtafel geluk &amp; ontspanning</h3><p>{KIEL}</p>
    <h3>Dialoogtafel over samen leven</h3><p>{NAUTA}</p>
    </article>{FOOTER}</body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"), (2, "samen leven", "Ellen Nauta-van Moorsel")]


def test_headlines_of_news_items_quoted_under_a_tables_heading_stay_in_it() -> None:
    """A published note (holdout260 wl_hackmd) gives a table its heading and video, then quotes news items as a list
    of bold headlines with their text: parts of that table's section, no tables of their own."""
    html = f"""<html><body><div id="doc" class="markdown-body"><h1>Dialoogtafels voorjaar 2021</h1>
    <h2>Dialoogtafel over gezondheid</h2>
    <p><iframe src="https://www.youtube.com/embed/abcDEF12345"></iframe></p>
    <ul><li><strong>Zorg in de wijk besproken</strong><br>{NEUT}</li>
    <li><strong>Ondernemers in het zonnetje gezet</strong><br>Twee ondernemers kregen een prijs.</li></ul>
    <h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p></div></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.heading, r.host_name, r.video_url) for r in records] == [
        (1, "Dialoogtafel over gezondheid", "Maikel van der Neut", "https://www.youtube.com/watch?v=abcDEF12345"),
        (2, "Dialoogtafel samen leven", "Ellen Nauta-van Moorsel", "")]


def test_cards_headed_by_their_topic_alone_and_labelled_as_numbered_tables() -> None:
    """A web app's cards (Angular Material: holdout279 vg_angular) head each table with its topic alone ("Sport &
    bewegen", "Cultuur") and a subtitle "Tafel 1": tables, though their headings name none, before the first heading
    that is a known theme."""
    card = """<mat-card class="mat-card"><mat-card-header><div class="mat-card-header-text">
      <h2 class="mat-card-title">{title}</h2><mat-card-subtitle class="mat-card-subtitle">Tafel {n}</mat-card-subtitle>
      </div></mat-card-header><mat-card-content><p>{text}</p>
      <iframe src="https://www.youtube.com/embed/{video}"></iframe></mat-card-content></mat-card>"""
    cards = "".join(card.format(title=title, n=n, text=text, video=video) for n, (title, text, video) in enumerate([
        ("Sport &amp; bewegen", NEUT, "abcDEF12345"), ("Geluk &amp; ontspanning", KIEL, "ghiJKL67890")], start=1))
    html = f"""<html><body>{CHROME}<app-root><main><p>{INTRO}</p>{cards}</main></app-root>{FOOTER}</body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "sport & bewegen", "Maikel van der Neut"), (2, "geluk en ontspanning", "Patrick Kiel")]


def test_a_feed_readers_item_dated_by_its_published_tooltip() -> None:
    """A feed reader shows an item's age and, on hover, when the feed published it, as feeds write dates (Feedly:
    holdout284 zs_feedly, holdout214): that date is the page's."""
    html = f"""<html><body><div class="EntryMetadata"><span class="EntryMetadataAgo ago"
    title="Published: Fri, 05 Mar 2021 08:31:07 GMT&#10;Received: Fri, 05 Mar 2021 08:44:51 GMT">Mar 5, 2021</span>
    </div><article><h2>Dialoogtafel over gezondheid</h2><p>Op 18 maart. {NEUT}</p></article></body></html>"""
    assert page_meta_of(html).published == date(2021, 3, 5)
    assert [r.event_date for r in records_from_html(html, Provenance("https://example.org/page"))] == ["2021-03-18"]


def test_intertitles_classed_as_subtitles_head_the_tables() -> None:
    """An e-paper's article view (holdout283 fl_epaper) classes its intertitles "article-view__subtitle": repeated
    over each part, they head the tables; a subtitle under the page's title alone stays its text."""
    html = f"""<html><body><div class="article-view" role="dialog"><article>
    <h1>Gesprekken in de regio</h1><h2 class="article-view__subtitle">Vier tafels, vier verhalen</h2>
    <div class="article-view__body">
    <h3 class="article-view__subtitle">Geluk en ontspanning</h3><p class="article-view__p">{KIEL}</p>
    <h3 class="article-view__subtitle">Samen leven</h3><p class="article-view__p">{NAUTA}</p>
    </div></article></div></body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"), (2, "samen leven", "Ellen Nauta-van Moorsel")]


def test_a_page_dated_by_an_english_stamp_over_its_age() -> None:
    """A published note shows its age ("a few seconds ago") with the date in an English tooltip (HackMD: holdout260
    wl_hackmd); a link's tooltip that is a date alone (a web archive's calendar, holdout213) dates nothing."""
    section = f"<h2>Dialoogtafel over gezondheid</h2><p>Op 18 maart. {NEUT}</p>"
    html = f"""<html><body><div class="ui-status"><span class="ui-lastchange" title="Wed, Mar 17, 2021 4:30 PM">a few
    seconds ago</span></div><div id="doc" class="markdown-body">{section}</div></body></html>"""
    assert page_meta_of(html).published == date(2021, 3, 17)
    assert [r.event_date for r in records_from_html(html, Provenance("https://example.org/page"))] == ["2021-03-18"]
    archived = f"""<html><body><a href="/web/20191021/x" title="21 Oct 2019">OCT</a><article>{section}</article>
    </body></html>"""
    assert page_meta_of(archived).published is None


def test_a_videos_transcript_folded_under_it_heads_no_table() -> None:
    """Rijksoverheid's video block folds the transcript under the player, <details><summary>Uitgeschreven
    tekst</summary> (holdout294 xi_rijksoverheid_documenten): part of the table whose video it is; in an accordion
    whose items each hold a video, every item's summary still heads its table."""
    html = f"""<html><body><main><h1>Verslag</h1>
    <h2>Tafel 1: Geluk en ontspanning</h2><p>{KIEL}</p>
    <div class="video"><div class="video-wrapper"><iframe src="https://www.youtube-nocookie.com/embed/abcdefghijk">
    </iframe></div><div class="video-meta"><p class="video-title">Beeldverslag tafel 1</p>
    <details class="transcript"><summary>Uitgeschreven tekst</summary><p>Beelden van de tafel.</p></details></div></div>
    <h2>Tafel 2: Samen leven</h2><p>{NAUTA}</p></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.theme, r.host_name, r.video_url) for r in records] == [
        (1, "geluk en ontspanning", "Patrick Kiel", "https://www.youtube.com/watch?v=abcdefghijk"),
        (2, "samen leven", "Ellen Nauta-van Moorsel", ""),
    ]
    accordion = f"""<html><body><main><h1>Verslag</h1><div class="accordion">
    <div class="item"><details><summary>Dialoogtafel geluk en ontspanning</summary><p>{KIEL}</p>
    <iframe src="https://player.vimeo.com/video/123456789"></iframe></details></div>
    <div class="item"><details><summary>Dialoogtafel over samen leven</summary><p>{NAUTA}</p></details></div>
    </div></main></body></html>"""
    assert [(theme, host) for _, theme, host, *_ in hosts(accordion)] == [
        ("geluk en ontspanning", "Patrick Kiel"), ("samen leven", "Ellen Nauta-van Moorsel")]


def test_an_event_page_is_dated_by_its_event() -> None:
    """An event page (Eventbrite, holdout294 xk_eventbrite) has no publication date: its event's start, in the
    og:event meta or in a schema.org Event's startDate, gives the year of the tables' days; an article's own date
    still comes first."""
    section = f"<h2>Dialoogtafel over gezondheid</h2><p>Op 18 maart. {NEUT}</p>"
    by_meta = f"""<html><head><meta property="event:start_time" content="2021-09-16T19:30:00+02:00"></head>
    <body><main>{section}</main></body></html>"""
    by_ld = f"""<html><head><script type="application/ld+json">{{"@context": "http://schema.org", "@type":
    "SocialEvent", "name": "Terugkijkavond", "startDate": "2021-09-16T19:30:00+02:00"}}</script></head>
    <body><main>{section}</main></body></html>"""
    for html in (by_meta, by_ld):
        assert page_meta_of(html).published == date(2021, 9, 16)
        assert [r.event_date for r in records_from_html(html, Provenance("https://example.org/page"))] == [
            "2021-03-18"]
    article = by_ld.replace("<head>", '<head><meta property="article:published_time" content="2020-02-01">')
    assert page_meta_of(article).published == date(2020, 2, 1)


def test_a_volto_page_is_dated_by_plones_effective_date() -> None:
    """Plone's Volto front end keeps the page's state in window.__data, its publication date as Plone's "effective"
    (holdout296 h296c_volto): it gives the year of the tables' days."""
    html = f"""<html><body><main><h2>Dialoogtafel over gezondheid</h2><p>Op 18 maart. {NEUT}</p></main>
    <script>window.__data={{"content":{{"data":{{"@type":"News Item","review_state":"published",
    "effective":"2021-05-24T08:15:00+00:00","modified":"2021-06-02T09:03:27+00:00"}}}}}};</script></body></html>"""
    assert page_meta_of(html).published == date(2021, 5, 24)
    assert [r.event_date for r in records_from_html(html, Provenance("https://example.org/page"))] == ["2021-03-18"]


def test_a_video_captioned_with_the_next_tables_number_is_that_tables() -> None:
    """A video that ends the intro, captioned "Video van tafel 1", stands above the heading "Tafel 1 – samen-leven"
    (a Wayback capture of a WordPress news site, holdout295 hk_wayback): it is that table's."""
    html = f"""<html><body><main><h1>Dialoogtafels in het Vechtdal</h1><p>Deze lente schoven inwoners aan.</p>
    <iframe title="Dialoogtafel samen leven – Vechtdal"
    src="https://web.archive.org/web/20210614082233if_/https://www.youtube.com/embed/abcdefghijk"></iframe>
    <p>Video van tafel 1</p>
    <h3>Tafel 1 – samen-leven</h3><p>{KIEL}</p>
    <h3>Tafel 2 – Natuur &amp; Milieu</h3><p>{NAUTA}</p>
    <iframe src="https://player.vimeo.com/video/123456789"></iframe></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.host_name, r.video_url) for r in records] == [
        (1, "Patrick Kiel", "https://www.youtube.com/watch?v=abcdefghijk"),
        (2, "Ellen Nauta-van Moorsel", "https://vimeo.com/123456789"),
    ]


def test_a_video_link_set_in_large_type_over_its_poster_is_the_video() -> None:
    """archive.ph saves a player as its poster image with the video's title over it, a link in large type
    (holdout295 hn_archiveph): the section's video, not a heading of its own."""
    html = f"""<html><body><div id="CONTENT"><h1>Vier tafels, vier verhalen</h1>
    <h2>Dialoogtafel tradities</h2><div>{KIEL}</div>
    <div style="position:relative;width:640px"><img src="https://archive.ph/Wk9Rm/poster.jpg" alt="">
    <div style="position:absolute"><a href="https://archive.ph/o/Wk9Rm/https://www.youtube.com/watch?v=abcdefghijk"
    style="font-size:18px;color:rgb(255, 255, 255)">Dialoogtafel tradities – de hele uitzending</a></div></div>
    <h2>Dialoogtafel over samen leven</h2><div>{NAUTA}</div></div></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.host_name, r.video_url) for r in records] == [
        (1, "Patrick Kiel", "https://www.youtube.com/watch?v=abcdefghijk"),
        (2, "Ellen Nauta-van Moorsel", ""),
    ]


def test_a_related_line_that_says_it_holds_this_tables_video() -> None:
    """An HMC article classes a line "lees-ook" (page furniture), but "Bekijk ook: de video van deze dialoogtafel"
    (holdout307 rc_hmc) holds the section's own video; a related box of other pages still gives none."""
    html = f"""<html><body><article><h1>Verslagen</h1>
    <h3 class="intertitel">Dialoogtafel geluk en ontspanning</h3><p>{KIEL}</p>
    <p class="lees-ook">Bekijk ook: <a href="https://vimeo.com/123456789">de video van deze dialoogtafel</a></p>
    <h3 class="intertitel">Dialoogtafel over samen leven</h3><p>{NAUTA}</p>
    <p class="lees-ook">Lees ook: <a href="https://vimeo.com/234567890">een ander verslag</a></p>
    </article></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.host_name, r.video_url) for r in records] == [
        (1, "Patrick Kiel", "https://vimeo.com/123456789"),
        (2, "Ellen Nauta-van Moorsel", ""),
    ]


def test_bold_names_between_their_office_lines_are_a_list_of_people() -> None:
    """A broadcaster's list of a college (holdout306 xd_gld) sets each name in bold between its office and its
    portfolio, initials first ("Wethouder" / "K.A. Maier" / "Wethouder Financiën ..."): lines of text, not headings."""
    html = """<html><body><main><h1>Verslagen</h1><h2>Dialoogtafel over geluk en ontspanning</h2>
    <ul class="person-list"><li><span>Burgemeester</span><br><strong>H.M. Ostendorp</strong><br>
    <span>Burgemeester</span></li><li><span>Wethouder</span><br><strong>K.A. Maier</strong><br>
    <span>Wethouder Financiën en dienstverlening en 1e locoburgemeester</span></li>
    <li><span>Gemeentesecretaris</span><br><strong>Helen Verhoef</strong><br>
    <span>Eerste adviseur van het college van B&amp;W</span></li></ul>
    <h2>Dialoogtafel over samen leven</h2><p>Wethouder Jan Jansen opende.</p></main></body></html>"""
    page = parse_page(html)
    assert [section.heading for section in page.sections] == [
        "Dialoogtafel over geluk en ontspanning", "Dialoogtafel over samen leven"]
    assert "H.M. Ostendorp" in " ".join(block.text for block in page.sections[0].blocks)


def test_a_theme_over_its_tables_number_and_venue_heads_the_table() -> None:
    """Spectra's advanced heading (holdout313 wb_astra) sets the theme as the heading and the table's number and
    venue under it ("Geluk & ontspanning" over "Tafel 1 – in de bibliotheek"): the theme heads the table; a heading
    that names no theme over a table's name still gives way to it."""
    html = f"""<html><body><main><h1>Verslagen</h1>
    <div class="wp-block-uagb-advanced-heading"><h2 class="uagb-heading-text">Geluk &amp; ontspanning</h2>
    <p class="uagb-desc-text">Tafel 1 – in de bibliotheek</p></div><p>{KIEL}</p>
    <h2>Agenda</h2><p><strong>Dialoogtafel over samen leven</strong></p><p>{NAUTA}</p></main></body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"), (2, "samen leven", "Ellen Nauta-van Moorsel")]


def test_a_video_behind_a_privacy_placeholder_before_the_next_heading() -> None:
    """Avada holds a YouTube player back behind its "fusion-privacy-placeholder" (holdout313 wa_avada): the notice is
    no text of the section, and the video it stands in for, above the next heading, is that table's."""
    html = f"""<html><body><main><h1>Vijf dialoogtafels</h1>
    <h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    <iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe><p>Video: het gesprek aan de eerste tafel.</p>
    <div class="fusion-video fusion-youtube"><iframe src="" data-privacy-src="https://www.youtube.com/embed/bcdefghijkl"
    class="fusion-hidden"></iframe><div class="fusion-privacy-placeholder"><div
    class="fusion-privacy-placeholder-content">Om deze inhoud te bekijken zijn YouTube-cookies nodig. U kunt uw
    cookievoorkeuren hier aanpassen.</div></div></div>
    <h2>Dialoogtafel over samen leven</h2><p>{NAUTA}</p></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.host_name, r.video_url) for r in records] == [
        (1, "Patrick Kiel", "https://www.youtube.com/watch?v=abcdefghijk"),
        (2, "Ellen Nauta-van Moorsel", "https://www.youtube.com/watch?v=bcdefghijkl"),
    ]


def test_a_sticky_side_column_is_no_part_of_the_last_section() -> None:
    """tagDiv's Newspaper theme sets the sidebar in a column that stays in view ("td-is-sticky", holdout326
    yb_newspaper_tdc; Jannah's "sidebar ... is-sticky" too): its "Video van de week" is no video of the last table."""
    html = f"""<html><body><article class="post"><div class="vc_row">
    <div class="vc_column td-pb-span8"><h1>Dialoogtafels</h1>
    <h3>Dialoogtafel geluk en ontspanning</h3><p>{KIEL}</p>
    <iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe>
    <h3>Dialoogtafel over samen leven</h3><p>{NAUTA}</p></div>
    <div class="vc_column td-pb-span4 td-is-sticky"><div class="td_block_video_embed"><div class="td-block-title-wrap">
    <h4 class="td-block-title"><span>Video van de week</span></h4></div>
    <iframe src="https://www.youtube.com/embed/bcdefghijkl"></iframe></div></div></div></article></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.host_name, r.video_url) for r in records] == [
        (1, "Patrick Kiel", "https://www.youtube.com/watch?v=abcdefghijk"),
        (2, "Ellen Nauta-van Moorsel", ""),
    ]


def test_a_date_under_a_label_of_its_own_dates_the_page_not_the_table() -> None:
    """Drupal prints a field's label and its value as two blocks ("Laatst bijgewerkt", then "maandag 6 december
    2021", holdout326 ya_drupal9_raad): under the last table that is the page's change, no day the table met."""
    html = f"""<html><body><main><h1>Dialoogtafels</h1>
    <h2>Dialoogtafel geluk en ontspanning</h2><p>{KIEL}</p>
    <div class="field field--name-changed"><div class="field__label">Laatst bijgewerkt</div>
    <div class="field__item">maandag 6 december 2021</div></div></main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.host_name, r.event_date) for r in records] == [("Patrick Kiel", "")]


def test_a_live_blogs_bold_time_is_no_heading() -> None:
    """An AMP live blog (holdout342 xc_ampliveblog) sets each item's time in bold by its stylesheet
    (".liveblog__item-time{font-weight:700}"), then the video, its caption and the item's heading: the time is no
    table's title, so the video before the heading is that table's, as on a card."""
    html = f"""<html><head><style>.item-time{{font-weight:700}}</style></head><body><main><h1>Live: dialoogtafels</h1>
    <div class="item"><div class="item-time"><time>16:05</time></div><h2>Dialoogtafel gezondheid</h2><p>{KIEL}</p>
    <amp-youtube data-videoid="abcdefghijk" layout="responsive" width="480" height="270"></amp-youtube></div>
    <div class="item"><div class="item-time"><time>14:40</time></div>
    <amp-iframe width="16" height="9" src="https://player.vimeo.com/video/123456789?byline=0"></amp-iframe>
    <p>Video: de gesprekken aan de tafel</p><h2>Dialoogtafel over samen leven</h2><p>{NAUTA}</p></div>
    </main></body></html>"""
    records = records_from_html(html, Provenance("https://example.org/page"))
    assert [(r.position, r.host_name, r.video_url) for r in records] == [
        (1, "Patrick Kiel", "https://www.youtube.com/watch?v=abcdefghijk"),
        (2, "Ellen Nauta-van Moorsel", "https://vimeo.com/123456789"),
    ]


def _newsletter_block(inner: str) -> str:
    """One block of a drag-and-drop newsletter's web version: a fixed-width table per block, its text in a cell."""
    return f"""<table width="600" align="center" role="presentation" class="r0-o"><tr><td>
    <table width="100%" role="presentation"><tr><td class="r5-i nl2go-default-textstyle"><div>{inner}</div>
    </td></tr></table></td></tr></table>"""


def test_a_newsletters_read_also_title_set_smaller_than_its_items_and_its_footer() -> None:
    """A newsletter's web version: a "Lees ook" <h3> over the <h2> title of another page, with its teaser and video,
    then the sender's name as a bold line over the address. Neither is a table of this page."""
    blocks = [
        _newsletter_block(f"<p>{INTRO}</p>"),
        _newsletter_block('<h2 class="default-heading2">Dialoogtafel geluk &amp; ontspanning</h2>'),
        _newsletter_block(f'<p>{KIEL}</p><a href="https://www.youtube.com/watch?v=abcDEF12345">Video</a>'),
        _newsletter_block('<h2 class="default-heading2">Dialoogtafel samen leven</h2>'),
        _newsletter_block(f'<p>{NAUTA}</p><a href="https://www.youtube.com/watch?v=ghiJKL67890">Video</a>'),
        _newsletter_block('<h3 class="default-heading3">Lees ook</h3>'),
        _newsletter_block('<h2 class="default-heading2">Dialoogtafel over gezondheid: het najaar</h2>'),
        _newsletter_block(f'<p>{NEUT}</p><a href="https://www.youtube.com/watch?v=mnoPQR13579">Aankondiging</a>'),
        _newsletter_block("<p><strong>Dialoogtafels Noordoost</strong></p><p>Oude Markt 14, 7511 GB Enschede</p>"),
    ]
    html = f"<html><body>{''.join(blocks)}</body></html>"
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "geluk en ontspanning", "Patrick Kiel"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_leading_table_headed_by_its_policy_area_alone() -> None:
    """Tables headed "Dialoogtafel ..." after one headed by its policy area alone ("Veiligheid"), with its own video:
    that one is a table too. A leading heading of another kind over a video stays the introduction's
    ("Mededelingen")."""
    def page(first: str) -> str:
        return f"""<html><body><main><h1>De terugblik</h1><p>{INTRO}</p>
        <h2>{first}</h2><p>{HOYTINK}</p><iframe src="https://www.youtube.com/embed/abcDEF12345"></iframe>
        <h2>Dialoogtafel geluk &amp; ontspanning</h2><p>{KIEL}</p>
        <iframe src="https://www.youtube.com/embed/ghiJKL67890"></iframe>
        <h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p>
        <iframe src="https://www.youtube.com/embed/mnoPQR13579"></iframe></main></body></html>"""
    assert [(theme, host) for _, theme, host, *_ in hosts(page("Veiligheid"))] == [
        ("veiligheid", "Patricia Hoytink-Roubos"),
        ("geluk en ontspanning", "Patrick Kiel"),
        ("samen leven", "Ellen Nauta-van Moorsel"),
    ]
    assert [(theme, host) for _, theme, host, *_ in hosts(page("Mededelingen"))] == [
        ("geluk en ontspanning", "Patrick Kiel"),
        ("samen leven", "Ellen Nauta-van Moorsel"),
    ]


def test_a_line_in_capitals_inside_a_quotation_heads_nothing() -> None:
    """A section quoting a document in a <blockquote> whose first line is in capitals (an agreement's title): the line
    is the quotation's, not the heading of a table of its own."""
    html = f"""<html><body><main><h1>Verslagen</h1><p>{INTRO}</p>
    <h2>Dialoogtafel onderwijs en werk</h2><p>Uit de bijlage bij het verslag:</p>
    <blockquote><p>BESTUURLIJKE OVEREENKOMST ONDERWIJS EN WERK<br/>{HOYTINK}</p></blockquote>
    <h2>Dialoogtafel samen leven</h2><p>{NAUTA}</p></main></body></html>"""
    assert [(position, theme, host) for position, theme, host, *_ in hosts(html)] == [
        (1, "onderwijs en werk", "Patricia Hoytink-Roubos"),
        (2, "samen leven", "Ellen Nauta-van Moorsel"),
    ]
