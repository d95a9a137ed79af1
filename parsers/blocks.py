"""HTML to blocks: the main content of a page as headings, paragraphs, media and links in document order."""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

from bs4 import BeautifulSoup, CData, Comment, NavigableString, Tag
from lxml import etree

from parsers.content import (
    HEADINGS,
    MAX_TITLE_LINE,
    MEDIA_TAGS,
    NAVIGATION,
    SECTIONING,
    SUBHEADINGS,
    WALKED,
    find_content,
    furniture_words,
    holds_the_article,
    is_boilerplate,
    is_bold_title,
    is_skipped,
    lxml_holds_the_article,
    lxml_skipped,
    parse_tree,
    routed_region_soup,
    text_of,
)
from parsers.names import is_dutch_given_name, is_particle
from parsers.videos import (
    PLAYER_ID_ATTRIBUTES,
    VIDEO_FILE,
    canonical_video_url,
    video_of_player,
    videos_in_attribute,
)

BlockKind = Literal["heading", "paragraph", "media", "link"]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""
    level: int = 0  # headings only: 1-6 for h1-h6, PSEUDO_HEADING_LEVEL for a bold-only line
    url: str = ""  # media: the canonical video URL; link: the href; heading: the href of a heading that is a link
    # a line's own element and class ("div.cell-title"): lines set alike are alike (not compared: no part of what the
    # line says)
    style: str = field(default="", compare=False)


PSEUDO_HEADING_LEVEL = 6
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", *HEADINGS,
}
# Consent placeholders wrap the video they hold back: keep their media, drop their text.
_CONSENT = re.compile(r"(?<![a-z])(?:cookies?|consent|gdpr|privacy)(?![a-z])", re.I)
# a page's furniture that says it holds this table's video: "Bekijk ook: de video van deze dialoogtafel"
THIS_TABLE = re.compile(r"\bdeze\s+(?:dialoog)?tafel\b", re.I)
_THIS_TABLE_LINE = 200  # a line about this table, not a box of other pages
_SPACE = re.compile(r"\s+")


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))  # Wix's guards, joiners, stray BOMs


def clean_text(text: str) -> str:
    """Collapse white space (including no-break spaces) to single spaces."""
    return _SPACE.sub(" ", text.replace("\xa0", " ").translate(_ZERO_WIDTH)).strip()


def blocks_from_html(html: str) -> list[Block]:
    return list(iter_blocks(html, parse_tree(html)))


def iter_blocks(html: str, tree: etree._Element | None) -> Iterator[Block]:
    """The blocks of the page's main content, in document order; `tree` is parse_tree(html)."""
    for svg in [svg for svg in tree.iter("svg") if _written_in(svg)] if tree is not None else ():
        _svg_text_as_html(svg)  # before the content is looked for: the slides are the content
    content = find_content(tree) if tree is not None else None
    if content is None:
        # Without a <body> the content is the whole document, which is then small: BeautifulSoup parses all of it.
        yield from _dedupe_media(_walk(BeautifulSoup(html, "lxml")))
        return
    _inline_bold_classes(tree, content)
    # The region's soup holds only what the walk uses: an element it drops, or only scans for videos, is an empty
    # tag there, its route (see _lxml_route) decided on lxml's tree.
    root, routes = routed_region_soup(content, _lxml_route)
    yield from _dedupe_media(_walk(root, routes))


_BOLD_WEIGHT = r"(?:bold|bolder|[6-9]00)"  # a font-weight that sets text in bold
# A rule of the page's stylesheet for one class that sets its text in bold: ".item-ph{font-weight:600;...}"
_BOLD_CLASS_RULE = re.compile(r"(?:^|[}\s,])\.([\w-]+)\s*\{[^}]*?font-weight\s*:\s*" + _BOLD_WEIGHT, re.I)


def _inline_bold_classes(tree: etree._Element, content: etree._Element) -> None:
    """Write the weight a page's stylesheet gives a class into the style of the region's elements of that class
    (<p class="item-ph"> under ".item-ph{font-weight:600}"): a line set in bold by class is as bold as one set so
    inline, and the walk reads only inline styles."""
    bold = {name for style in tree.iter("style") for name in _BOLD_CLASS_RULE.findall(style.text or "")}
    if not bold:
        return
    for element in content.iter():
        classes = element.get("class") if isinstance(element.tag, str) else None
        if classes and bold.intersection(classes.split()):
            element.set("style", f"font-weight:bold;{element.get('style') or ''}")


# --- text set in SVG (a presentation published as drawings: Google Slides' /pub view) -----------------------------
_SVG_TEXT_LINES = 3
_SVG_TEXT_CHARS = 100


def _written_in(svg: etree._Element) -> bool:
    """An SVG whose <text> holds prose (a slide), not an icon's letter or a logo's name."""
    texts = list(svg.iter("text"))
    return len(texts) >= _SVG_TEXT_LINES and sum(len(text_of(t)) for t in texts) >= _SVG_TEXT_CHARS


def _svg_text_as_html(svg: etree._Element) -> None:
    """Replace the drawing by its text as HTML: the lines of one run (the same size and weight, one after the other)
    one paragraph, a short run set larger than the body or bold a heading, a linked line a link."""
    runs: list[tuple[tuple[str, str], list[str], str]] = []  # ((size, weight), lines, href)
    for text in svg.iter("text"):
        link = next(text.iterancestors("a"), None)
        href = (link.get("xlink:href") or link.get("href") or "") if link is not None else ""
        style = (text.get("font-size") or "", text.get("font-weight") or "")
        line = clean_text(text_of(text))
        if runs and runs[-1][0] == style and not href and not runs[-1][2] and line:
            runs[-1][1].append(line)
        elif line:
            runs.append((style, [line], href))
    sizes = Counter(size for (size, _), lines, _ in runs for _ in lines)
    body = float(sizes.most_common(1)[0][0] or 0) if sizes else 0.0
    block = etree.Element("div")
    for (size, weight), lines, href in runs:
        # (a bold line in smaller type is a quotation's attribution: "Berend Hoekstra - burgemeester Leek")
        large = _number(size) >= body * _LARGER or (re.fullmatch(_BOLD_WEIGHT, weight, re.I) is not None
                                                    and _number(size) >= body)
        element = etree.SubElement(block, "h2" if large and len(lines) <= 2 else "p")
        if href:
            etree.SubElement(element, "a", href=href).text = " ".join(lines)
        else:
            element.text = " ".join(lines)
    block.tail = svg.tail
    svg.getparent().replace(svg, block)


_LARGER = 1.4


def _number(value: str) -> float:
    found = re.match(r"\d+(?:\.\d+)?", value)
    return float(found.group()) if found else 0.0


# --- routes: what the walk does with a child of an element it walks --------------------------------------------
#
# Decided on lxml's tree while the region's soup is built, by the same rules as _walk and _block_element on a full
# soup (tests/test_parse_jobs.py compares the two walks): a change to those rules needs its twin here.

_LINE = "line"  # inline: part of the current line, replayed whole
_BLOCK = "block"  # a heading, or a link holding blocks: replayed whole, and _block_element takes it
# WALKED: any other block the walk goes into: its own attributes' videos, then its children by their routes.
# A tuple of blocks: a block the walk drops (no blocks) or only scans for videos (the videos found), held empty.
_UNSEEN = ("script", "style", "template", "svg")  # skipped without even a look for videos
_NO_ROUTES: dict[int, object] = {}


def _lxml_route(element: etree._Element, attributes: Callable[[etree._Element], dict]) -> object:
    """The route of `element`, a child of an element the walk goes into; `attributes(e)`: bs4's attributes of e."""
    name = element.tag
    if name == "br":
        return _LINE  # the walk ends the line at a <br>, by its name
    skipped = lxml_skipped(element)
    furniture, consent, titled = _class_facts(element.get("class") or "", element.get("id"))
    furniture = furniture and not lxml_holds_the_article(
        element, furniture_words(_CLASSES.findall(element.get("class") or ""), element.get("id")))
    # The title of a link card (<a class="bookmark"><div class="bookmark-title">) names what it links to; that of a
    # quotation (<blockquote><div class="bbCodeBlock-title">X zei:) its source; that of a note box (<div
    # class="admonition note"><p class="title">) labels the note.
    titled = titled and next(element.iterancestors("a", "blockquote"), None) is None and not any(
        _NOTE_CLASS.search(ancestor.get("class") or "") for ancestor in element.iterancestors()
    ) and not _lxml_after_image(element)
    if not (name in _BLOCK_TAGS or skipped or name in MEDIA_TAGS or element.get("role") == "heading"
            or next(element.iterdescendants(*_BLOCK_TAGS), None) is not None or _ARIA_HEADING_BELOW(element)
            or (_lxml_breaks_lines(element) and not furniture)):
        # An inline title (<figcaption><span class="item__titel">) is a heading of its own.
        large = _lxml_large_title(element)
        return _BLOCK if (titled or large) and not furniture and _lxml_short_leaf(element) else _LINE
    if furniture:
        return _lxml_media_in(element, attributes) if consent or _says_this_table(element.itertext()) else ()
    if skipped:
        if name == "img" and _names_a_table(clean_text(element.get("alt") or "")) and _lxml_alone(element):
            return (_image_title(element.get("alt")),)
        return () if name in _UNSEEN else _lxml_media_in(element, attributes)
    row_header = (name == "th" and element.getparent() is not None and _defines_at_length(
        " ".join(text_of(cell) for cell in element.getparent().iterchildren("td")))) or _lxml_heads_its_row(element)
    term = name == "dt" and _defines_at_length(text_of(element.getnext()) if _is_dd(element.getnext()) else "")
    if name in ("a", "pre") or _heading_level_of(
        name, element.get, lambda: titled or row_header or term or _lxml_large_title(element),
        lambda: _lxml_short_leaf(element), lambda: _lxml_repeated(element), lambda: _lxml_labels_media(element),
    ) is not None:
        return _BLOCK
    if name in MEDIA_TAGS:
        return _lxml_media_in(element, attributes)  # <video> holds its <source src="...mp4">
    return WALKED


_CLASSES = re.compile(r"\S+")  # how bs4 splits a class attribute into its list


@functools.lru_cache(maxsize=4096)  # pages of one site repeat their class attributes
def _class_facts(class_attribute: str, element_id: str | None) -> tuple[bool, bool, bool]:
    """(furniture, a consent placeholder, a title class) of an element's class and id attributes."""
    classes = _CLASSES.findall(class_attribute)
    words = furniture_words(classes, element_id)
    furniture = is_boilerplate(words)
    return furniture, furniture and bool(_CONSENT.search(words)), _is_title_class(" ".join(classes))


def _says_this_table(strings: Iterable[str]) -> bool:
    """A short text (read no further than a line's length: furniture may hold a whole menu) about this table."""
    text = ""
    for string in strings:
        text += string
        if len(text) > _THIS_TABLE_LINE:
            return False
    return THIS_TABLE.search(text) is not None


def _lxml_breaks_lines(element: etree._Element) -> bool:
    """An inline element that holds line breaks (<font><b>Dialoogtafel X</b><br><br>text<br><br>...</font>, as
    pages set before CSS were written) holds lines of its own, walked as a block's are."""
    return element.tag != "a" and next(element.iterdescendants("br"), None) is not None


def _lxml_short_leaf(element: etree._Element) -> bool:
    if next(element.iterdescendants(*_BLOCK_TAGS), None) is not None:
        return False
    return 0 < len(clean_text(text_of(element))) <= MAX_TITLE_LINE


def _lxml_media_in(element: etree._Element, attributes: Callable[[etree._Element], dict]) -> tuple[Block, ...]:
    """_media_in of the tag a full soup holds for `element`."""
    found: list[Block] = []
    for inner in element.iter():
        name = inner.tag
        if not isinstance(name, str):
            continue  # a comment or processing instruction
        if not (any(_may_name_video(value) or key in PLAYER_ID_ATTRIBUTES for key, value in inner.items())
                or _plays_video(name, inner.get)):
            continue  # then _media_of_attributes finds nothing, nor a link's href
        attrs = attributes(inner)
        found.extend(_media_of_attributes(name, attrs))
        if name == "a":
            video = canonical_video_url(str(attrs.get("href") or ""))
            if video:
                alts = [str(image.get("alt") or "") for image in inner.iter("img")]
                found.append(Block("media", _label(attrs.get("title"), *alts), url=video))
    return tuple(found)


# --- the walk ----------------------------------------------------------------------------------------------


def _furniture_words(tag: Tag) -> str:
    return furniture_words(tag.get("class") or [], tag.get("id"))


def _is_skipped(tag: Tag) -> bool:
    return is_skipped(
        tag.name, tag.get,
        lambda: any(parent.name in SECTIONING for parent in tag.parents),
        lambda: any(element.name in SUBHEADINGS for element in _tags_in(tag)),
        lambda: _ancestor(tag, ("blockquote", "figure")) is not None,
        lambda: tag.parent.name,
        lambda: any(element.name in NAVIGATION for element in _tags_in(tag)),
        lambda: len(tag.get_text()),
        lambda: is_bold_title(tag.get_text(), (bold.get_text() for bold in tag.find_all(("b", "strong")))),
    )


def _is_furniture(tag: Tag) -> bool:
    words = _furniture_words(tag)
    return is_boilerplate(words) and not holds_the_article(
        words, lambda: tag.find("h1") is not None, lambda: len(tag.get_text()),
        lambda: any(element.name in SUBHEADINGS for element in _tags_in(tag)),
        lambda: [" ".join(element.get("class") or []) for element in (tag, *_tags_in(tag))])


_HEADING_MARKS = "¶§#🔗 "  # a permalink sign after a heading: "Samenleven ¶"
_LEADING_MARK = re.compile(r"^[¶§#🔗]+\s+")  # or before it: <h2><a class="heading-anchor">#</a>Samenleven</h2>


def _without_marks(title: str) -> str:
    return _LEADING_MARK.sub("", title.rstrip(_HEADING_MARKS)).strip()


def _strings_outside_furniture(tag: Tag) -> Iterator[str]:
    """get_text()'s strings, without those of furniture inside: a wiki heading's "[bewerken]" link."""
    for child in tag.children:
        if isinstance(child, Tag):
            if not (_is_furniture(child) or (child.name in _UNSEEN)):
                yield from _strings_outside_furniture(child)
        elif type(child) in (NavigableString, CData):
            yield child


def _walk(node: Tag, routes: dict[int, object] = _NO_ROUTES) -> Iterator[Block]:
    """The blocks of `node`'s children; `routes`: {id(tag): route} decided on lxml's tree, the others decided here."""
    line: list[NavigableString | Tag] = []
    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, Comment):
                line.append(child)
            continue
        if not isinstance(child, Tag):
            continue
        if child.name == "br":
            yield from _flush(line)
            line = []
            continue
        route = routes.get(id(child))
        if route is None:
            route = _route(child)
        if route is _LINE:
            line.append(child)
            continue
        yield from _flush(line)
        line = []
        if route is _BLOCK:
            yield from _block_element(child)
        elif route is WALKED:
            yield from _container_blocks(child, routes)
        else:
            yield from route  # the videos of an element the region's soup holds empty
    yield from _flush(line)


def _tab_label(tag: Tag) -> str:
    """The title of a tab panel, which stands in the tab list, not in the panel: <a href="#p1" role="tab">Dialoogtafel
    ...</a> ... <div id="p1" role="tabpanel" aria-labelledby="t1">. Empty for any other element."""
    if tag.get("role") != "tabpanel" and "tab-pane" not in (tag.get("class") or []):
        return ""
    root = next(iter(reversed(list(tag.parents))), tag)
    label = None
    labelled_by = str(tag.get("aria-labelledby") or "").split()
    if labelled_by:
        label = root.find(id=labelled_by[0])
    elif tag.get("id"):
        label = root.find(attrs={"aria-controls": tag["id"]}) or root.find("a", href="#" + str(tag["id"]))
    text = clean_text(label.get_text(" ")) if label is not None else ""
    return text if sum(c.isalpha() for c in text) >= 3 else ""  # a carousel's dot ("1") is no title


def _title_before_leading_media(blocks: Iterator[Block]) -> Iterator[Block]:
    """A container that opens with a video or a date line and then a heading (a card, a forum post, an event:
    <div><iframe/><h3/><p/></div>, <div><time>do 18 mrt 2021</time><h3/></div>) holds that heading's video or date:
    the heading comes first, so they fall in its section."""
    leading: list[Block] = []
    for block in blocks:
        if block.kind == "media" or _is_date_line(block) or _is_caption(block, leading):
            leading.append(block)
            continue
        if block.kind == "heading" and leading:
            yield block
        else:
            leading.append(block)
        break
    yield from leading
    yield from blocks


def _is_caption(block: Block, leading: list[Block]) -> bool:
    """A short line right after a leading video: its <figcaption> ("Opname van de tafel")."""
    return (block.kind == "paragraph" and bool(leading) and leading[-1].kind == "media"
            and len(block.text) <= _MAX_CAPTION)


_MAX_CAPTION = 80


def _is_date_line(block: Block) -> bool:
    """A short line that dates something: "do 18 mrt. 2021 · 19:30", "Gepubliceerd op 3 juni", a live blog's
    "14:40"."""
    return block.kind == "paragraph" and len(block.text) <= 60 and bool(
        _DATE_IN_LINE.search(block.text) or _TIME_ONLY.fullmatch(block.text))


_TIME_ONLY = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*uur)?")


# a day and a month, written or in figures
_DATE_IN_LINE = re.compile(r"\b\d{1,2}(?:\s+[a-z]{3,9}\.?|[-/.]\d{1,2}[-/.]\d{2,4})\b", re.I)


def _route(tag: Tag) -> str:
    """The route of a tag of a full soup: _block_element takes a block, _flush a part of a line."""
    if _is_block(tag) or _is_skipped(tag) or tag.name in MEDIA_TAGS or _wraps_blocks(tag):
        return _BLOCK
    if tag.name != "a" and tag.find("br") is not None and not _is_furniture(tag):
        return WALKED  # _lxml_breaks_lines; inline furniture stays a part of its line, its text left out, as before
    if (_titled(tag) or _tag_large_title(tag)) and not _is_furniture(tag) and _short_leaf(tag):
        return _BLOCK  # an inline title: <figcaption><span class="item__titel">, a line set in large type
    return _LINE


def _tags_in(tag: Tag) -> Iterator[Tag]:
    """The elements inside `tag` in document order: find_all(True) without bs4 building a filter for each call."""
    return (element for element in tag.descendants if isinstance(element, Tag))


def _ancestor(tag: Tag, names: Container[str], test: Callable[[Tag], bool] = lambda tag: True) -> Tag | None:
    """The nearest enclosing element named in `names` that passes `test`: find_parent() without bs4 building a
    filter for each call."""
    return next((parent for parent in tag.parents if parent.name in names and test(parent)), None)


def _anchors_in(tag: Tag) -> list[Tag]:
    return [element for element in _tags_in(tag) if _is_link(element)]


def _is_link(tag: Tag) -> bool:
    """<a href>; an <a name> (a bookmark, as Word writes around headings) holds text, not a link, and neither does
    a line's link to itself (<p id="tafel-2"><strong><a href="#tafel-2">Dialoogtafel ...</a></strong>, a
    permalink that a Markdown renderer sets around a title)."""
    if tag.name != "a":
        return False
    href = tag.get("href")
    return href is not None and not (href.startswith("#") and _links_to_itself(tag, href[1:]))


def _links_to_itself(anchor: Tag, target: str) -> bool:
    return bool(target) and any(parent.get("id") == target
                                for parent in itertools.islice(itertools.chain([anchor], anchor.parents), 4))


def _wraps_blocks(tag: Tag) -> bool:
    """An inline element holding blocks, such as a card that is one big link: <a href><h3/><p/></a>."""
    return any(_is_block(element) for element in _tags_in(tag))


def _is_block(tag: Tag) -> bool:
    """A block element, or an ARIA heading however it is written (<ion-card-title role="heading" aria-level="2">)."""
    return tag.name in _BLOCK_TAGS or tag.get("role") == "heading"


_ARIA_HEADING_BELOW = etree.XPath("boolean(.//*[@role='heading'])")


def _tag_repeated(tag: Tag) -> bool:
    """Another element of the same name and class among the tag's siblings."""
    classes = tag.get("class")
    return any(getattr(sibling, "name", None) == tag.name and sibling.get("class") == classes
               for sibling in (*tag.previous_siblings, *tag.next_siblings))


def _lxml_repeated(element: etree._Element) -> bool:
    """_tag_repeated on lxml's tree."""
    classes = element.get("class")
    return any(sibling.tag == element.tag and sibling.get("class") == classes
               for sibling in (*element.itersiblings(preceding=True), *element.itersiblings()))


def _heading_level(tag: Tag) -> int | None:
    if _ancestor(tag, ("a",), _is_link) is not None:
        return None  # a heading inside a link card names the page or video it links to
    if tag.name != "h1" and _in_title_header(tag):
        return None  # the subtitle or kicker beside the page's title: <header><h1/><h2>Vijf gesprekken ...</h2>
    level = _heading_level_of(
        tag.name, tag.get, lambda: _titled(tag) or _tag_large_title(tag),
        lambda: _short_leaf(tag), lambda: _tag_repeated(tag), lambda: _labels_media(tag),
    )
    if level and tag.name in HEADINGS and _ARTICLE_TITLE_CLASS.search(" ".join(tag.get("class") or "")):
        # the article's own title, whatever its rank: <h2 class="artikel-titel">; not a post in a list that names
        # one table ("Dialoogtafel wonen" as one of an archive's entry titles)
        text = clean_text(tag.get_text())
        return level if _names_a_table(text) and not SEVERAL_TABLES.match(text) else 1
    return level


def _in_title_header(tag: Tag) -> bool:
    header = _ancestor(tag, ("header",))
    return header is not None and header.find("h1") is not None


def _titled(tag: Tag) -> bool:
    """A title by its class, the header cell of a table row whose data cells are a paragraph (<tr><th/><td/></tr>),
    or the term of a definition that is a paragraph (<dt>Dialoogtafel ...</dt><dd>text</dd>)."""
    if _is_title_class(" ".join(tag.get("class") or [])):
        # a link card's title names what it links to; a quotation's its source; a note box's labels the note; an
        # image's is its caption
        return _ancestor(tag, ("a", "blockquote")) is None and not any(
            _NOTE_CLASS.search(" ".join(parent.get("class") or [])) for parent in tag.parents
        ) and not _after_image(tag)
    if tag.name == "dt":
        definition = tag.find_next_sibling(True)
        return definition is not None and definition.name == "dd" and _defines_at_length(definition.get_text())
    return (tag.name == "th" and tag.parent is not None and _defines_at_length(
        " ".join(cell.get_text() for cell in tag.parent.find_all("td", recursive=False)))) or _heads_its_row(tag)


# The header of a table's first column that says its cells name the tables: "Dialoogtafel", "Thema"
_COLUMN_OF_TABLES = re.compile(r"\W*(?:(?:dialoog)?tafels?|thema['’]?s?|onderwerp(?:en)?)\W*", re.I)


def _heads_its_row(tag: Tag) -> bool:
    """A row's first cell under a column headed "Dialoogtafel" (a Datawrapper table), its other cells a paragraph."""
    row, table = tag.parent, _ancestor(tag, ("table",))
    if tag.name != "td" or row is None or table is None or tag.find_previous_sibling(("td", "th")) is not None:
        return False
    header = table.find("th")
    return (header is not None and header.find_previous_sibling(("td", "th")) is None
            and bool(_COLUMN_OF_TABLES.fullmatch(clean_text(header.get_text())))
            and _defines_at_length(" ".join(c.get_text() for c in row.find_all("td", recursive=False) if c is not tag)))


def _lxml_heads_its_row(element: etree._Element) -> bool:
    """_heads_its_row on lxml's tree."""
    row, table = element.getparent(), next(element.iterancestors("table"), None)
    if element.tag != "td" or row is None or table is None or _lxml_cell_before(element):
        return False
    header = next(table.iter("th"), None)
    return (header is not None and not _lxml_cell_before(header)
            and bool(_COLUMN_OF_TABLES.fullmatch(clean_text(text_of(header))))
            and _defines_at_length(" ".join(text_of(c) for c in row.iterchildren("td") if c is not element)))


def _lxml_cell_before(cell: etree._Element) -> bool:
    return next(cell.itersiblings("td", "th", preceding=True), None) is not None


_IMAGES = ("img", "picture", "figure")


def _after_image(tag: Tag) -> bool:
    """The element right after an image: its caption ("Charlie Aptroot met de cheque (foto: ...)")."""
    previous = tag.find_previous_sibling(True)
    return previous is not None and previous.name in _IMAGES


def _labels_media(summary: Tag) -> bool:
    """The <summary> of a video's transcript (<div class="video"><iframe/></div><details><summary>Uitgeschreven
    tekst</summary>...): a video or audio before its <details>, beside it or beside its parent, in no accordion item
    of its own."""
    details = summary.parent
    if details is None or details.name != "details":
        return False
    return any(not (sibling.name == "details" or sibling.find("details") is not None)
               and (sibling.name in MEDIA_TAGS or sibling.find(MEDIA_TAGS) is not None)
               for node in (details, details.parent) if node is not None
               for sibling in node.find_previous_siblings(True))


def _lxml_labels_media(summary: etree._Element) -> bool:
    """_labels_media on lxml's tree."""
    details = summary.getparent()
    if details is None or details.tag != "details":
        return False
    return any(not (sibling.tag == "details" or next(sibling.iterdescendants("details"), None) is not None)
               and (sibling.tag in MEDIA_TAGS or next(sibling.iterdescendants(*MEDIA_TAGS), None) is not None)
               for node in (details, details.getparent()) if node is not None
               for sibling in node.itersiblings(preceding=True) if isinstance(sibling.tag, str))


def _lxml_after_image(element: etree._Element) -> bool:
    """_after_image on lxml's tree."""
    previous = next((e for e in element.itersiblings(preceding=True) if isinstance(e.tag, str)), None)
    return previous is not None and previous.tag in _IMAGES


def _defines_at_length(text: str) -> bool:
    """A definition that is a section's text (a sentence, or a long text), not "Datum: 12 mei" or "Organisatie:
    Ministerie van Binnenlandse Zaken" in a list or table of facts."""
    text = clean_text(text)
    return len(text) >= 100 or (len(text) >= 40 and text.endswith((".", "!", "?", "”", '"', "’")))


def _is_dd(element: etree._Element | None) -> bool:
    return element is not None and element.tag == "dd"


def _heading_level_of(name: str, get: Callable[[str], object], titled: Callable[[], bool],
                      short_leaf: Callable[[], bool], repeated: Callable[[], bool],
                      labels_media: Callable[[], bool]) -> int | None:
    """h1-h6, an ARIA heading (role=heading aria-level=3), an accordion's <summary> (not one that opens a video's
    transcript: `labels_media`), or a short titled block."""
    role = get("role")
    if role in ("presentation", "none") and name in HEADINGS:
        return None  # ARIA takes the heading's meaning away: <h4 role="presentation">reacties</h4>
    if name in HEADINGS:
        level = HEADINGS[name]
    elif role == "heading":
        aria_level = str(get("aria-level") or "2")
        level = int(aria_level) if aria_level.isdigit() and 1 <= int(aria_level) <= 6 else 2
    elif (name == "summary" and not labels_media()) or (
            (titled() or _BOLD_STYLE.search(str(get("style") or ""))) and short_leaf()):
        level = PSEUDO_HEADING_LEVEL  # also a short block set in bold by style: <td style="font-weight:700">
    else:
        return None
    # a subtitle or lead under the page's title is text, not a section's title; but a BEM modifier names a style
    # of a block ("text-block--subtitle": a heading in a document editor), and a heading repeated beside others of
    # its class is an intertitle (an e-paper's <h3 class="article-view__subtitle"> over each part of the article)
    classes = " ".join(c for c in str(get("class") or "").split() if "--" not in c)
    return None if _SUBTITLE_CLASS.search(classes) and not (name in HEADINGS and repeated()) else level


SEVERAL_TABLES = re.compile(r"\W*dialoogtafels\b", re.I)
_ARTICLE_TITLE_CLASS = re.compile(
    r"(?<![a-z])(?:entry|post|article|artikel|page|story)[-_]?(?:title|titel)(?![a-z])", re.I
)


# A block whose class says it is a title: <p class="kop">, <div class="card__title">, <span class="tussenkop">.
# Also a camel-case part: Word's <p class=MsoHeading2>.
_TITLE_CLASS = re.compile(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))(?i:title|titel|heading|kop|tussenkop|intertitle|subtitle)(?![a-z])"
)
# The title of a note in the text (<p class="admonition-title">Let op</p>) labels the note, not a section.
_NOTE_CLASS = re.compile(
    r"(?<![a-z])(?:admonition|callout|alert|notice|infobox|info|information|tip|note|warning)(?![a-z])", re.I
)


_SUBTITLE_CLASS = re.compile(r"(?<![a-z])(?:subtitle|sub-title|ondertitel|standfirst|subheadline|dek)(?![a-z])", re.I)


def _is_title_class(classes: str) -> bool:
    return bool(_TITLE_CLASS.search(classes)) and not _NOTE_CLASS.search(classes)


def _short_leaf(tag: Tag) -> bool:
    """Short text with no blocks inside: a title, not a container that happens to be called one."""
    if any(isinstance(child, Tag) and child.name in _BLOCK_TAGS for child in tag.descendants):
        return False
    return 0 < len(clean_text(tag.get_text())) <= MAX_TITLE_LINE


def _block_element(tag: Tag) -> Iterator[Block]:
    if _is_furniture(tag):
        if _CONSENT.search(_furniture_words(tag)) or _says_this_table(tag.strings):
            yield from _media_in(tag)
        return
    if _is_skipped(tag):
        if tag.name == "img" and _names_a_table(clean_text(str(tag.get("alt") or ""))) and _alone(tag):
            yield _image_title(tag.get("alt"))
        elif tag.name not in ("script", "style", "template", "svg"):
            yield from _media_in(tag)
        return
    if tag.name in MEDIA_TAGS:
        yield from _media_in(tag)
        return
    level = _heading_level(tag)
    if level == PSEUDO_HEADING_LEVEL and tag.name == "a" and canonical_video_url(str(tag.get("href") or "")):
        # a video's link set in large type over its player (a saved page's poster: archive.ph) is its title
        yield from _link(tag)
    elif level is not None:
        yield from _media_of(tag)
        text = _without_marks(clean_text(" ".join(_strings_outside_furniture(tag))))
        if not text:  # a heading set as an image: <h2><img alt="Dialoogtafel over gezondheid"></h2>
            text = clean_text(" ".join(str(img.get("alt") or "") for img in tag.find_all("img")))
        if text and level == PSEUDO_HEADING_LEVEL and _TIME_ONLY.fullmatch(text):
            yield Block("paragraph", text)  # a live blog's bold "14:40" over its item: when, no title
        elif text:
            yield Block("heading", text, level=level, url=_link_of_heading(tag, text))
    elif tag.name == "pre":
        yield from _media_of(tag)
        yield from _plain_text_blocks(tag.get_text())
    else:
        yield from _container_blocks(tag)
        if tag.name == "a":
            yield from _link(tag)


def _link_of_heading(tag: Tag, text: str) -> str:
    """The address a heading links to when its whole text is one link: a teaser's title, another page's."""
    links = tag.find_all("a", href=True)
    if len(links) == 1 and clean_text(links[0].get_text(" ")) == text:
        return str(links[0]["href"])
    return ""


def _container_blocks(tag: Tag, routes: dict[int, object] = _NO_ROUTES) -> Iterator[Block]:
    """The blocks of an element that holds others: a tab panel's title first, then its own videos and its children's
    blocks, a leading video or date line after the heading that follows it."""
    label = _tab_label(tag)
    if label:
        yield Block("heading", label, level=PSEUDO_HEADING_LEVEL)
    yield from _title_before_leading_media(itertools.chain(_media_of(tag), _walk(tag, routes)))


# --- plain text: a <pre>, or a page that is one (Markdown served as text, a mail) --------------------------------

_FRONT_MATTER = re.compile(r"\A\s*---\n.*?\n---\n", re.S)  # YAML front matter above Markdown
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_UNDERLINE = re.compile(r"^(?:=+|-+)$")  # a setext heading's underline
_RULE_MARKS = r"(?:-{3,}|\*{3,}|_{3,}|[━─═]{3,})"  # also a line of box-drawing characters
_RULE = re.compile(f"^{_RULE_MARKS}$")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")


def _lines_naming_tables(raw: str) -> int:
    return sum(1 for line in raw.splitlines()
               if len(line.strip()) <= _RULED_TITLE and _names_a_table(clean_text(line)))


def _plain_text_blocks(text: str) -> Iterator[Block]:
    """Paragraphs between blank lines (a list item starts one of its own), Markdown headings ("## Dialoogtafel
    ..."), lines in capitals as headings, Markdown links as their text with their videos."""
    for chunk in re.split(r"\n[ \t]*\n", _FRONT_MATTER.sub("", text.replace("\r\n", "\n"))):
        # (a line of an earlier message quoted in a reply, "> Weet iemand ...", is not this text's)
        lines = [line.strip() for line in chunk.splitlines() if line.strip() and not line.lstrip().startswith(">")]
        if len(lines) == 2 and _UNDERLINE.match(lines[1]):
            yield Block("heading", clean_text(lines[0]), level=1 if lines[1][0] == "=" else 2)
            continue
        paragraph: list[str] = []
        ruled = False  # the line before was a rule: a short line after it titles what follows
        for line in lines:
            heading = _MD_HEADING.match(line)
            # a short line after a rule titles what follows; so does one that names a table ("Tafel 1: gezondheid")
            titled = (ruled or _names_a_table(line)) and len(line) <= _RULED_TITLE and not line.endswith(
                (".", ",", ";", ":", "!", "?"))
            if heading or titled or _RULE.match(line) or _LIST_ITEM.match(line):
                yield from _plain_paragraph(paragraph)
                paragraph = []
            if heading:
                yield Block("heading", clean_text(heading.group(2)), level=len(heading.group(1)))
            elif titled:
                yield Block("heading", clean_text(line), level=PSEUDO_HEADING_LEVEL)
            elif not _RULE.match(line):
                paragraph.append(_LIST_ITEM.sub("", line))
            ruled = bool(_RULE.match(line))
        yield from _plain_paragraph(paragraph)


def _plain_paragraph(lines: list[str]) -> Iterator[Block]:
    text = clean_text(_MD_LINK.sub(r"\1", " ".join(lines)))
    if not text or _RELATED_LINE.match(text):
        return
    if len(lines) == 1 and (_is_capitals(text) or _names_a_table(text)):
        yield Block("heading", text.rstrip(":").strip(), level=PSEUDO_HEADING_LEVEL)
        return
    yield Block("paragraph", text)
    # the raw lines still hold the links' addresses: "[Bekijk de opname](https://youtu.be/...)"
    yield from (Block("media", url=video) for video in videos_in_attribute(" ".join(lines)))


# What lists other pages, as a heading ("Gerelateerde artikelen") or a line ("Eerder verschenen: ...").
RELATED_PAGES = (
    r"gerelateerd|lees\s+(?:ook|meer|verder)\b|meer\s+(?:nieuws|artikelen|lezen|evenementen|activiteiten|video'?s|verslagen|verhalen|berichten"
    r"|blogs?|posts?|updates)\b|"
    r"meer\s+(?:van|uit)\s+(?:de|het|deze|dit|onze|ons)\s|"  # "Meer van de wijkvereniging", "Meer uit deze feed"
    r"bekijk\s+ook\b|aanbevolen\b|andere\s+(?:verslagen|berichten|artikelen|verhalen|posts|blogs|nieuws)\b|"
    r"ook\s+interessant|"
    r"zie\s+ook\b|eerder\s+(?:verschenen|op\s+deze\s+(?:site|website|pagina))\b|eerdere\s+|vorige\s+(?:verslagen|edities|berichten|artikelen)\b|archief\b|"
    r"(?:gemist\s+)?(?:in|uit)\s+(?:de|het)\s+vorige\s+(?:editie|nummer|nieuwsbrief)\b|"
    r"ook\s+in\s+(?:deze|dit)\s+(?:nieuwsbrief|editie|nummer)\b"
)
_RELATED_LINE = re.compile(rf"^(?:{RELATED_PAGES})[^:\n]{{0,30}}:", re.I)


def _image_title(alt: object) -> Block:
    """A table's title set as an image of its own: <div><img alt="Dialoogtafel milieu en natuur"></div>; not a
    link's or a player's thumbnail, which names what it links to or plays."""
    return Block("heading", clean_text(str(alt)), level=PSEUDO_HEADING_LEVEL)


def _lxml_alone(element: etree._Element) -> bool:
    """The only thing in its parent, and no link's."""
    parent = element.getparent()
    if parent is None or (parent.text or "").strip() or any((child.tail or "").strip() for child in parent):
        return False
    return ([child for child in parent if isinstance(child.tag, str)] == [element]
            and next(element.iterancestors("a"), None) is None)


def _alone(tag: Tag) -> bool:
    """_lxml_alone on the soup."""
    parent = tag.parent
    return (parent is not None and not any(part is not tag and (isinstance(part, Tag) or part.strip())
                                           for part in parent.contents if not isinstance(part, Comment))
            and _ancestor(tag, ("a",)) is None)


def _flush(line: list[NavigableString | Tag]) -> Iterator[Block]:
    """One line of inline content (up to a <br> or a block): a paragraph or a bold pseudo-heading, then its links."""
    raw = "".join(_inline_text(part) for part in line)
    text = clean_text(raw)
    inline_tags = [part for part in line if isinstance(part, Tag)]
    if text.startswith(">") and not _links_only(line) and not _arrow_to_a_link(text, inline_tags):
        return  # a line of an earlier message quoted in a reply ("> Weet iemand waar ..."), its links with it
    if "\n" in raw and (len(_RULE_LINE.findall(raw)) >= _RULED_PARTS or _lines_naming_tables(raw) >= _RULED_PARTS):
        # text set line by line in one element (a video's description, white-space: pre-wrap), parted by rules
        # ("━━━━") or by lines that name the tables (a TikTok caption): read as plain text, its links after it, save
        # the videos it writes out (they stand in it)
        written = set(videos_in_attribute(raw))
        yield from _plain_text_blocks(raw)
        yield from (block for block in _media_and_links(inline_tags)
                    if block.kind != "media" or canonical_video_url(block.url) not in written)
        return
    titled = (_linked_title_over_text(line, text) or _bold_title_over_text(line, text)) if inline_tags else ""
    if titled:
        # a slide deck's transcript: "<li><a href=.../2>2. Dialoogtafel mobiliteit</a> Met drie personen ...": the
        # slide's title, then its text
        yield Block("heading", _SLIDE_NUMBER.sub("", titled), level=PSEUDO_HEADING_LEVEL)
        text = clean_text(text[len(titled):])
    if text and not _links_only(line):
        # A bold label ending in a colon ("Portefeuillehouder:") introduces the text after it, a bold question an
        # interview's answer ("Peter, hoe is dit idee tot stand gekomen?"); a table's name heads what follows.
        labelled = text.endswith((":", "?"))
        # (a line inside a link is the link's label: the title of a link preview, <a><div>Dialoogtafel X</div></a>;
        # but a card that is a link has its heading, <a class="card"><h3>)
        # (a line of a quotation is the quoted text's, set as it was: "<blockquote><p>BESTUURLIJKE OVEREENKOMST ...")
        heads = ((_is_bold_only(line, text) or _is_capitals(text)) and not labelled
                 and _ancestor(line[0], ("blockquote",)) is None) or (
            _names_a_table(text) and not _links_a_table(inline_tags) and not _in_small_print(line))
        style = _style_of(line)
        if heads and (_ancestor(line[0], ("a",)) is None or _ancestor(line[0], HEADINGS) is not None):
            yield Block("heading", _without_marks(text).rstrip(":").strip(), level=PSEUDO_HEADING_LEVEL,
                        style=style)
        else:
            yield Block("paragraph", text, style=style)
            if "http" in text or "youtu" in text or "vimeo" in text:  # a video URL as text ("Video: youtu.be/...")
                yield from (Block("media", url=video) for video in videos_in_attribute(text))
    yield from _media_and_links(inline_tags)


def _media_and_links(inline_tags: list[Tag]) -> Iterator[Block]:
    for tag in inline_tags:
        yield from _media_in(tag)
        for anchor in _anchors_of(tag):
            yield from _link(anchor)


def _anchors_of(tag: Tag) -> list[Tag]:
    return [tag] if tag.name == "a" else _anchors_in(tag)


_RULED_PARTS = 2
_RULE_LINE = re.compile(f"^[ \t]*{_RULE_MARKS}[ \t]*$", re.M)  # _RULE on a line of a text
_RULED_TITLE = 80
_SLIDE_NUMBER = re.compile(r"^\d{1,3}\.\s+")
TABLE_REPORT = 150  # a table's report, not a line describing a link to it


def _linked_title_over_text(line: list[NavigableString | Tag], text: str) -> str:
    """The text of a link opening the line that names a table, when a report of its own follows it (not a list of
    links to other tables, each with a line about it)."""
    first = next(iter(_filled(line)), None)
    if not (isinstance(first, Tag) and _is_link(first)):
        return ""
    title = clean_text(first.get_text())
    return _reported_title(title, _SLIDE_NUMBER.sub("", title), text)


def _bold_title_over_text(line: list[NavigableString | Tag], text: str) -> str:
    """A bold run opening the line that names a table, its report after it in the same line (a run-in heading:
    "<b>Dialoogtafel Jeugd</b> Op donderdagavond 4 juli vergaderde de raad. ...", a Plurk post)."""
    # (after what shows no text: a video's thumbnail before it)
    first = next((part for part in _filled(line) if clean_text(_inline_text(part))), None)
    if not (isinstance(first, Tag) and (_is_bold(first) or _bold_child_only(first))):
        return ""
    title = clean_text(first.get_text())
    return _reported_title(title, title, text)


def _reported_title(title: str, name: str, text: str) -> str:
    """`title` when it (as `name`) names one table and the line goes on after it with a report of its own."""
    named = _names_a_table(name) and not SEVERAL_TABLES.match(name)
    return title if named and text.startswith(title) and len(text) - len(title) >= TABLE_REPORT else ""


def _style_of(line: list[NavigableString | Tag]) -> str:
    """The element a line is alone in and its class ("div.truncate-pre.strong.big"); "" for one without a class or
    holding more than the line (lines parted by <br>)."""
    parent = line[0].parent if line else None
    classes = parent.get("class") if parent is not None else None
    if not classes or any(part is not child for part, child in itertools.zip_longest(line, _filled(parent.contents))):
        return ""
    return f"{parent.name}.{'.'.join(classes)}"


def _filled(parts: list) -> list:
    return [part for part in parts if not (isinstance(part, NavigableString) and not part.strip())]


def _arrow_to_a_link(text: str, inline_tags: list[Tag]) -> bool:
    """"> Bekijk de opname": an arrow before a link, not a quoted line."""
    labels = " ".join(anchor.get_text() for tag in inline_tags for anchor in _anchors_of(tag))
    return clean_text(text.lstrip(">")) == clean_text(labels)


def _links_a_table(inline_tags: list[Tag]) -> bool:
    """A line whose table's name is a link ("<a>Dialoogtafel gezondheid</a> met de burgemeester") points to that
    table's own page, as a list of other tables does; it does not head the text after it."""
    return any(_is_link(tag) and _names_a_table(clean_text(tag.get_text())) for tag in inline_tags)


_SMALL_PRINT = {"1", "-1", "-2"}


def _in_small_print(line: list[NavigableString | Tag]) -> bool:
    """A line set in the smallest type (<font size="1">, a notice box beside the article: "Dialoogtafel wonen,
    januari 2020: aankondiging") is a note, never a title."""
    parent = line[0].parent if line else None
    return parent is not None and any(
        tag.name == "font" and str(tag.get("size") or "").strip() in _SMALL_PRINT
        for tag in itertools.islice(itertools.chain([parent], parent.parents), 3)
    )


def _links_only(line: list[NavigableString | Tag]) -> bool:
    """A line that is nothing but links ("Meer informatie") is navigation, not prose."""
    has_link = False
    for part in line:
        if isinstance(part, NavigableString):
            if part.strip():
                return False
        elif _is_link(part) or ((anchors := _anchors_in(part)) and clean_text(part.get_text()) == clean_text(
            " ".join(a.get_text() for a in anchors))):
            has_link = True
        elif clean_text(_inline_text(part)):
            return False
    return has_link


def _inline_text(part: NavigableString | Tag) -> str:
    if isinstance(part, NavigableString):
        return str(part)
    if _is_skipped(part) or _is_furniture(part):
        return ""
    return _visible_text(part)


def _visible_text(tag: Tag) -> str:
    """get_text() without the furniture inside: "Dialoogtafel wonen" of <b>Dialoogtafel wonen<span
    class="editsection">[bewerken]</span></b>."""
    return "".join(_strings_outside_furniture(tag))


# A line of its own that names a table ("Dialoogtafel over gezondheid"), however the page styles it.
# "Dialoogtafel over zorg", "Tafel 5: Erepenning voor een vrijwilliger", "Gesprek over beeld en nieuws"
_TABLE_TITLE = re.compile(
    r"^(?:(?:online|digitale)\s+)?(?:dialoogtafels?\b|tafel\s+\d+\s*[:.–·|-]|gesprek\s+over\b)[^.!?]{0,100}$", re.I
)


def _names_a_table(text: str) -> bool:
    return bool(_TABLE_TITLE.match(text)) and len(text.split()) <= 12 and not _AGO.search(text)


# "Dialoogtafels Oost · 5 jaar geleden": a channel and the age of its post, a byline rather than a title
_AGO = re.compile(
    r"\b\d+\s+(?:seconden?|minuut|minuten|uur|uren|dag|dagen|week|weken|maand|maanden|jaar|jaren)\s+geleden\b", re.I
)


def _is_capitals(text: str) -> bool:
    """A line written in capitals ("DIALOOGTAFEL OVER GEZONDHEID"): a heading in plain-text layouts. Not an
    abbreviation ("VNG"): at least two words, and no sentence's end."""
    return (len(text) <= MAX_TITLE_LINE and text.upper() == text and not text.endswith((".", ",", ";"))
            and len(text.split()) >= 2 and sum(c.isalpha() for c in text) >= 6 and not _is_persons_name(text)
            and not _POSTCODE.match(text))


# an address's last line, its postcode and town: "2670 AD  NAALDWIJK"
_POSTCODE = re.compile(r"\d{4}\s?[A-Z]{2}\s")


def _is_persons_name(text: str) -> bool:
    """'LINDA VAN DE WIEL' under a photo: a name in capitals is a credit or a byline, not a heading."""
    words = text.split()
    return (len(words) <= 5 and is_dutch_given_name(words[0].title())
            and all(is_particle(word) or re.fullmatch(r"[A-ZÀ-Þ]+(?:-[A-ZÀ-Þ]+)?", word)
                    for word in words[1:]))


def _is_bold_only(line: list[NavigableString | Tag], text: str) -> bool:
    if len(text) > MAX_TITLE_LINE or text.endswith((".", ",", ";")):
        return False
    bold = "".join(
        _visible_text(part) if isinstance(part, Tag) and (_is_bold(part) or _bold_child_only(part)) else ""
        for part in line
    )
    return clean_text(bold) == text


# <span style="font-weight: bold">, as editors write it: bold as much as <b>.
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*" + _BOLD_WEIGHT, re.I)
_FONT_SIZE = re.compile(r"font-size\s*:\s*(?:calc\([^;]*?)?(\d+(?:\.\d+)?)(px|pt|r?em)\b", re.I)
_LARGE = {"px": 18.0, "pt": 14.0, "em": 1.3, "rem": 1.3}  # body text is 10-16 px; a title is set larger


def _tag_large_title(tag: Tag) -> bool:
    return _large_title(tag.get("style"), tag.get_text)


def _lxml_large_title(element: etree._Element) -> bool:
    return _large_title(element.get("style"), lambda: text_of(element))


def _large_title(style: object, text: Callable[[], str]) -> bool:
    """Words set in large type by style, a title: <span style="font-size: calc(var(--scale-factor)*22px)">, 18px,
    14pt, 1.3em (a PDF viewer's text layer, a page builder); not an icon ("💡") or a drop cap. The text is read
    only for a large style: most elements have none, and reading a container's text is reading all it holds."""
    found = _FONT_SIZE.search(str(style or ""))
    return (found is not None and float(found[1]) >= _LARGE[found[2].lower()]
            and sum(c.isalpha() for c in text()) >= 3)


def _is_bold(tag: Tag) -> bool:
    return tag.name in ("strong", "b") or bool(_BOLD_STYLE.search(str(tag.get("style") or "")))


def _bold_child_only(tag: Tag) -> bool:
    """<a><strong>x</strong></a> or <span><b>x</b></span> count as bold."""
    children = _filled(list(tag.children))
    return len(children) == 1 and isinstance(children[0], Tag) and _is_bold(children[0])


def _link(anchor: Tag) -> Iterator[Block]:
    href = str(anchor.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return
    video = canonical_video_url(href)
    if video:
        # called by its title or thumbnail, else by what it says ("▶ Video bij tafel 5")
        yield Block("media", _anchor_label(anchor) or clean_text(anchor.get_text(" ")), url=video)
    else:
        yield Block("link", clean_text(anchor.get_text(" ")), url=href)


def _media_of(tag: Tag) -> list[Block]:
    """Videos named in this element's own attributes (src, data-src, lazy-loading or consent attributes)."""
    return _media_of_attributes(tag.name, tag.attrs)


_NOT_MEDIA_ATTRIBUTES = frozenset({"class", "id", "style", "title", "alt"})
# An attribute that holds an address (src, data-src, data-video-url, value), by a word of its name
_ADDRESS_ATTRIBUTE = re.compile(r"(?:^|[-_:])(?:src|href|url|uri|file|path|link|video|media|embed|source|content|value)"
                                r"(?:$|[-_])")


def _may_name_video(value: str) -> bool:
    """False when neither videos_in_attribute nor canonical_video_url can find a video in `value`: no escape to
    undo (an entity or a percent escape) and no video host named."""
    return "youtu" in value or "vimeo" in value or "&" in value or "%" in value or bool(VIDEO_FILE.search(value))


def _media_of_attributes(tag_name: str, attrs: dict) -> list[Block]:
    label = _label(attrs.get("title") or attrs.get("aria-label"))  # <iframe title="Dialoogtafel gezondheid">
    found = []
    for name, value in attrs.items():
        if name in _NOT_MEDIA_ATTRIBUTES or not isinstance(value, str) or (name == "href" and tag_name == "a"):
            continue
        if _may_name_video(value):
            found.extend(Block("media", label, url=video)
                         for video in videos_in_attribute(value, bool(_ADDRESS_ATTRIBUTE.search(name))))
    player = video_of_player(attrs, tag_name)
    if player:
        found.append(Block("media", label, url=player))
    if not found and _plays_video(tag_name, attrs.get):
        # what a <video> plays is a video whatever its address ends in: Plone's "tafel.mp4/@@download/file"
        found.append(Block("media", label, url=str(attrs.get("src") or attrs.get("data-src")).strip()))
    return found


def _plays_video(tag_name: str, attribute: Callable[[str], object]) -> bool:
    """<video src> or <source type="video/..." src>."""
    if not (attribute("src") or attribute("data-src")):
        return False
    return tag_name == "video" or (tag_name == "source" and str(attribute("type") or "").startswith("video/"))


def _label(*texts: object) -> str:
    """What an embed or a video link is called (its title, its thumbnail's alt): a media block's text."""
    return clean_text(" ".join(str(text) for text in texts if text))


def _anchor_label(anchor: Tag) -> str:
    return _label(anchor.get("title"), *(image.get("alt") for image in anchor.find_all("img")))


def _media_in(tag: Tag) -> Iterator[Block]:
    """Videos anywhere inside `tag`, including its links, ignoring its text."""
    for element in [tag, *_tags_in(tag)]:
        yield from _media_of(element)
        if element.name == "a":
            video = canonical_video_url(str(element.get("href") or ""))
            if video:
                yield Block("media", _anchor_label(element), url=video)


def _dedupe_media(blocks: Iterator[Block]) -> Iterator[Block]:
    """Drop a media block that repeats the one just before it (a link beside its own iframe); when they stand
    together, the first keeps the label of the other if it has none (<div data-video-url><iframe title>)."""
    last_media = None
    held: Block | None = None  # the last media block, until the next block shows it is not repeated right away
    for block in blocks:
        if block.kind == "media" and block.url == last_media:
            if held is not None and not held.text and block.text:
                held = replace(held, text=block.text)
            continue
        if held is not None:
            yield held
            held = None
        if block.kind == "media":
            last_media, held = block.url, block
            continue
        if block.kind == "heading":
            last_media = None
        yield block
    if held is not None:
        yield held
