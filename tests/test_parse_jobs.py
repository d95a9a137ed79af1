"""The fast path: the region's soup is the full parse's soup there, the blocks of the soup that holds only what the
walk uses are those of the full parse, --jobs changes nothing, `parse` stays light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from parsers.blocks import _lxml_route, _walk, blocks_from_html
from parsers.content import find_content, parse_tree, region_soup, routed_region_soup
from parsers.encoding import decode_html
from tests.test_cli import run

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "devset" / "pages").glob("*.html"))
ALL_PAGES = sorted((ROOT / "tests").glob("*/pages/*.html"))  # every labelled page, in every markup
# What the walk drops, or only scans for videos, next to what it keeps: each an edge of the routes on lxml's tree.
TRICKY_PAGE = """<html><body><main><section>
<header><div class="share"><h3>Deel</h3></div></header>
<header class="intro"><div class="share"><h3>Deel</h3></div><h3>Kop</h3><p>Wethouder An de Wit.</p></header>
<div class="cookie-consent"><p>Accepteer cookies</p><div data-src="https://www.youtube.com/embed/abcdefghijk"></div>
  <a href="https://youtu.be/bcdefghijkl">op YouTube</a><script src="https://vimeo.com/123456789"></script></div>
<div class="related"><iframe src="https://www.youtube.com/embed/cdefghijklm"></iframe></div>
<button data-video-id="defghijklmn" class="youtube-play">Speel</button>
<nav><a href="https://www.youtube.com/watch?v=efghijklmno">video</a></nav>
<p class="kop">Een titel<script>var x = 1;</script></p><div class="card__title"><p>Geen titel</p></div>
<p>Tekst <span class="sr-only"><a href="/verborgen">verborgen link</a></span> en <b class="share">vet</b>.</p>
<p><strong>Vet</strong> <span class="visually-hidden"><b>ook</b></span></p>
<span class="social"><div>Blok in een regel</div><a href="/x">x</a></span>
<span>Inline <svg><div>in svg</div></svg> tekst</span><span><svg><div>alleen svg</div></svg></span>
<video src="https://vimeo.com/234567890"><source src="https://www.youtube.com/embed/fghijklmnop"></video>
<iframe role="heading" src="https://vimeo.com/345678901">Titel van iframe</iframe>
<div aria-hidden="true"><iframe aria-hidden="true" src="https://www.youtube.com/embed/ghijklmnopq"></iframe></div>
<div hidden role="region"><p>Paneel &amp; tekst</p></div><div hidden><p>Weg</p></div>
<a href="/kaart" class="card"><h3>Kaart</h3><p>Tekst van de kaart</p></a>
<div data-embed="%3Ciframe%20src%3D%22https%3A%2F%2Fwww.youtube.com%2Fembed%2Fhijklmnopqr%22%3E">x</div>
<p>Regel<br>met <ruby>kanji<rt>k</rt></ruby><pre>  \n </pre><template><p>niet</p></template></p>
<div class="video"><iframe src="https://vimeo.com/567890123"></iframe><div><details><summary>Uitgeschreven tekst</summary>
  <p>Transcript</p></details></div></div><details><summary>Kop van een accordeon</summary><p>Tekst</p></details>
<p class="lees-ook">Bekijk ook: <a href="https://vimeo.com/678901234">de video van deze dialoogtafel</a></p>
<footer><p>voet</p></footer><form><a href="https://vimeo.com/456789012">v</a></form>
</section></main></body></html>"""
ODD_PAGES = [
    "", "   ", "<!DOCTYPE html>", "<!-- only a comment -->", "Tekst zonder opmaak.",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>Wethouder Jan de Vries van Leusden.</p></body></html>',
    "<html><head><title>Alleen een kop</title></head></html>",
    "\ufeff<p>Met BOM<br>en <b>vet</b><!-- c --> <?php echo 1 ?> tekst</p>",
    "<body><main><section><header><h3>Kop</h3></header><p>Tekst in <rt>ruby</rt> <pre>  \n </pre></p></section>"
    "<template><p>verborgen</p></template></main></body>",
]


def _same_tag_in(soup: BeautifulSoup, element) -> Tag:  # element: lxml's
    """The tag of a full BeautifulSoup parse at the place of lxml's `element`."""
    tag: Tag = soup
    for node in [*reversed(list(element.iterancestors())), element]:
        parent = node.getparent()
        index = 0 if parent is None else [c for c in parent if c.tag == node.tag].index(node)
        tag = tag.find_all(node.tag, recursive=False)[index]
    return tag


def _pages() -> list[str]:
    return [decode_html(path.read_bytes())[0] for path in PAGES] + ODD_PAGES


def _all_pages() -> list[str]:
    return [decode_html(path.read_bytes())[0] for path in ALL_PAGES] + ODD_PAGES + [TRICKY_PAGE]


@pytest.mark.parametrize("html", _pages(), ids=lambda html: html[:30])
def test_the_region_soup_is_the_full_parse_there(html: str) -> None:
    tree = parse_tree(html)
    content = find_content(tree) if tree is not None else None
    if content is None:
        return  # no <body>: the blocks come from a full parse anyway
    region = region_soup(content)
    reference = _same_tag_in(BeautifulSoup(html, "lxml"), content)
    assert str(region) == str(reference)
    # The same nodes in document order, strings of the same kind (a script's text is no page text).
    assert [(type(n), str(n)) for n in region.descendants] == [(type(n), str(n)) for n in reference.descendants]
    assert [p.name for p in region.parents] == [p.name for p in reference.parents]
    assert list(_walk(region)) == list(_walk(reference))


# An XHTML page (an EPUB chapter) read by bs4's HTML parser makes it warn; the tool reads it through lxml's tree.
@pytest.mark.filterwarnings("ignore::bs4.XMLParsedAsHTMLWarning")
@pytest.mark.parametrize("html", _all_pages(), ids=lambda html: html[:30])
def test_the_soup_of_what_the_walk_uses_gives_the_full_parse_blocks(html: str) -> None:
    """The region's soup holds no more than the walk uses: empty tags for what it drops or only scans for videos,
    their routes decided on lxml's tree. Its walk gives the blocks a full soup gives there."""
    tree = parse_tree(html)
    content = find_content(tree) if tree is not None else None
    if content is None:
        return
    region, routes = routed_region_soup(content, _lxml_route)
    reference = _same_tag_in(BeautifulSoup(html, "lxml"), content)
    assert list(_walk(region, routes)) == list(_walk(reference))  # no routes: every decision on the full soup


def test_the_seed_page_walk_is_the_full_parse_walk(seed_html: str) -> None:
    test_the_soup_of_what_the_walk_uses_gives_the_full_parse_blocks(seed_html)


@pytest.mark.parametrize("html", ODD_PAGES, ids=lambda html: html[:30])
def test_odd_pages_give_blocks_or_none_without_failing(html: str) -> None:
    assert isinstance(blocks_from_html(html), list)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_jobs_2_writes_what_jobs_1_writes(tmp_path: Path, seed_html: str, fmt: str) -> None:
    seed = tmp_path / "seed.html"
    seed.write_text(seed_html, encoding="utf-8")
    files = [str(seed), *map(str, PAGES), str(seed)]
    one = run("parse", *files, "--format", fmt, "--jobs", "1")
    two = run("parse", *files, "--format", fmt, "--jobs", "2")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert two.stdout == one.stdout
    assert one.stdout.count("/seed.html") == 2 * 7  # the seed page twice, seven records each


def test_jobs_reports_a_missing_file_after_the_pages_before_it() -> None:
    done = run("parse", str(PAGES[0]), "no/such/file.html", "--jobs", "2")
    assert done.returncode == 2
    assert done.stderr.strip() == "dialoogtafels parse: no such file: no/such/file.html"
    assert done.stdout.startswith("record_id,")


def test_parse_to_jsonl_imports_neither_pandas_nor_requests() -> None:
    code = (
        "import sys; from scraper.cli import main; main(['parse', sys.argv[1], '--format', 'jsonl']); "
        "print(sorted(m for m in ('pandas', 'requests') if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(PAGES[0])], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") >= 1
    assert done.stderr.strip() == "[]"
