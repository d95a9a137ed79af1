"""HTML to blocks: the main content of a page as headings, paragraphs, media and links in document order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from parsers.videos import canonical_video_url, videos_in_attribute

BlockKind = Literal["heading", "paragraph", "media", "link"]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""
    level: int = 0  # headings only: 1-6 for h1-h6, PSEUDO_HEADING_LEVEL for a bold-only line
    url: str = ""  # media: the canonical video URL; link: the href


PSEUDO_HEADING_LEVEL = 6
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", *_HEADINGS,
}
_BLOCK_NAMES = sorted(_BLOCK_TAGS)
_MEDIA_TAGS = {"iframe", "embed", "object", "video", "source"}
_SKIPPED_TAGS = {
    "script", "style", "noscript", "template", "nav", "aside", "form", "button", "svg", "select",
    "textarea", "input", "label", "dialog", "menu", "head", "title", "meta", "link", "img", "picture",
}
_SKIPPED_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
# Class or id words of page furniture: the text inside is never part of the article.
_BOILERPLATE = re.compile(
    r"(?<![a-z])(?:cookies?|consent|gdpr|share|sharing|social|related|gerelateerd|breadcrumbs?|newsletter|"
    r"nieuwsbrief|skip-link|visually-hidden|sr-only|screen-reader-text|navbar|sidebar|pagination|pager|"
    r"comments?|reacties|meer-nieuws|lees-ook|read-more|tags|tag-list)(?![a-z])",
    re.I,
)
# Consent placeholders wrap the video they hold back: keep their media, drop their text.
_CONSENT = re.compile(r"(?<![a-z])(?:cookies?|consent|gdpr)(?![a-z])", re.I)
_SPACE = re.compile(r"\s+")
_MAX_PSEUDO_HEADING = 120


def clean_text(text: str) -> str:
    """Collapse white space (including no-break spaces) to single spaces."""
    return _SPACE.sub(" ", text.replace("\xa0", " ")).strip()


def parse_html(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def blocks_from_html(html: str) -> list[Block]:
    return list(iter_blocks(parse_html(html)))


def iter_blocks(soup: BeautifulSoup) -> Iterator[Block]:
    """The blocks of the page's main content, in document order."""
    root = find_content(soup)
    if root is None:
        return
    yield from _dedupe_media(_walk(root))


def _furniture_words(tag: Tag) -> str:
    # BEM modifiers ("layout--content-sidebar") describe a variant of the block, not what it holds.
    classes = [c for c in tag.get("class") or [] if "--" not in c]
    return " ".join([*classes, str(tag.get("id") or "")]) if classes or tag.get("id") else ""


def _is_skipped(tag: Tag) -> bool:
    if tag.name in _SKIPPED_TAGS or tag.get("role") in _SKIPPED_ROLES or tag.get("hidden") is not None:
        return True
    if tag.get("aria-hidden") == "true" and tag.name not in _MEDIA_TAGS:
        return True
    if tag.name == "footer":
        return True
    if tag.name == "header":
        # A page header is furniture; a section's own header (<section><header><h3>) holds its heading.
        return tag.find_parent(["article", "section"]) is None or tag.find(list(_HEADINGS)[1:]) is None
    return False


def _is_furniture(tag: Tag) -> bool:
    words = _furniture_words(tag)
    return bool(words) and bool(_BOILERPLATE.search(words))


def _paragraph_text_length(tag: Tag) -> int:
    total = 0
    for element in tag.find_all(["p", "li", "td", *_HEADINGS]):
        if not any(_is_skipped(parent) or _is_furniture(parent) for parent in element.parents if parent is not tag):
            total += len(element.get_text())
    return total


def find_content(soup: BeautifulSoup) -> Tag | None:
    """The element holding the article: <article>, <main> or role=main, else the densest container."""
    body = soup.body or soup
    mains = [t for t in soup.find_all(["main", True], attrs={"role": "main"}) if not _is_skipped(t)]
    mains += [t for t in soup.find_all("main") if t not in mains]
    articles = [
        a for a in soup.find_all("article") if a.find_parent("article") is None and not _is_furniture(a)
    ]
    outer = mains[0] if mains else body
    if articles:
        outer_size = _paragraph_text_length(outer)
        sizes = [(_paragraph_text_length(a), a) for a in articles]
        best_size, best = max(sizes, key=lambda pair: pair[0])
        # Several substantial <article>s are cards of one list, not one article among teasers.
        cards = sum(1 for size, _ in sizes if size * 6 >= outer_size)
        if best_size * 2 >= outer_size and cards < 2:
            return best
    if mains:
        return outer
    return _densest(body)


def _densest(tag: Tag) -> Tag:
    """Descend from `tag` while one child holds at least 80 % of the paragraph text."""
    total = _paragraph_text_length(tag)
    while total:
        children = [c for c in tag.find_all(True, recursive=False) if not _is_skipped(c)]
        scored = [(c, _paragraph_text_length(c)) for c in children]
        best = max(scored, key=lambda pair: pair[1], default=None)
        if best is None or best[1] < 0.8 * total:
            break
        tag, total = best
    return tag


def _walk(node: Tag) -> Iterator[Block]:
    line: list[NavigableString | Tag] = []
    for child in node.children:
        if isinstance(child, Comment) or not isinstance(child, (NavigableString, Tag)):
            continue
        if isinstance(child, NavigableString):
            line.append(child)
            continue
        if child.name == "br":
            yield from _flush(line)
            line = []
        elif child.name in _BLOCK_TAGS or _is_skipped(child) or child.name in _MEDIA_TAGS or _wraps_blocks(child):
            yield from _flush(line)
            line = []
            yield from _block_element(child)
        else:
            line.append(child)
    yield from _flush(line)


def _wraps_blocks(tag: Tag) -> bool:
    """An inline element holding blocks, such as a card that is one big link: <a href><h3/><p/></a>."""
    return tag.find(_BLOCK_NAMES) is not None


def _heading_level(tag: Tag) -> int | None:
    """h1-h6, an ARIA heading (role=heading aria-level=3), or an accordion's <summary>."""
    if tag.name in _HEADINGS:
        return _HEADINGS[tag.name]
    if tag.get("role") == "heading":
        level = str(tag.get("aria-level") or "2")
        return int(level) if level.isdigit() and 1 <= int(level) <= 6 else 2
    if tag.name == "summary":
        return PSEUDO_HEADING_LEVEL
    return None


def _block_element(tag: Tag) -> Iterator[Block]:
    if _is_furniture(tag):
        if _CONSENT.search(_furniture_words(tag)):
            yield from _media_in(tag)
        return
    if _is_skipped(tag):
        if tag.name not in ("script", "style", "template", "svg"):
            yield from _media_in(tag)
        return
    yield from _media_of(tag)
    level = _heading_level(tag)
    if level is not None:
        text = clean_text(tag.get_text(" "))
        if text:
            yield Block("heading", text, level=level)
    elif tag.name not in _MEDIA_TAGS:
        yield from _walk(tag)
        if tag.name == "a":
            yield from _link(tag)


def _flush(line: list[NavigableString | Tag]) -> Iterator[Block]:
    """One line of inline content (up to a <br> or a block): a paragraph or a bold pseudo-heading, then its links."""
    text = clean_text("".join(_inline_text(part) for part in line))
    inline_tags = [part for part in line if isinstance(part, Tag)]
    if text and not _links_only(line):
        if _is_bold_only(line, text):
            yield Block("heading", text.rstrip(":").strip(), level=PSEUDO_HEADING_LEVEL)
        else:
            yield Block("paragraph", text)
            if "http" in text:  # a video URL written out as plain text ("Video: https://youtu.be/...")
                yield from (Block("media", url=video) for video in videos_in_attribute(text))
    for tag in inline_tags:
        yield from _media_in(tag)
        for anchor in [tag] if tag.name == "a" else tag.find_all("a"):
            yield from _link(anchor)


def _links_only(line: list[NavigableString | Tag]) -> bool:
    """A line that is nothing but links ("Meer informatie") is navigation, not prose."""
    has_link = False
    for part in line:
        if isinstance(part, NavigableString):
            if part.strip():
                return False
        elif part.name == "a" or (part.find("a") is not None and clean_text(part.get_text()) == clean_text(
            " ".join(a.get_text() for a in part.find_all("a")))):
            has_link = True
        elif clean_text(_inline_text(part)):
            return False
    return has_link


def _inline_text(part: NavigableString | Tag) -> str:
    if isinstance(part, NavigableString):
        return str(part)
    if _is_skipped(part) or _is_furniture(part):
        return ""
    return part.get_text()


def _is_bold_only(line: list[NavigableString | Tag], text: str) -> bool:
    if len(text) > _MAX_PSEUDO_HEADING or text.endswith((".", ",", ";")):
        return False
    bold = "".join(
        part.get_text() if isinstance(part, Tag) and (part.name in ("strong", "b") or _bold_child_only(part)) else ""
        for part in line
    )
    return clean_text(bold) == text


def _bold_child_only(tag: Tag) -> bool:
    """<a><strong>x</strong></a> or <span><b>x</b></span> count as bold."""
    children = [c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())]
    return len(children) == 1 and isinstance(children[0], Tag) and children[0].name in ("strong", "b")


def _link(anchor: Tag) -> Iterator[Block]:
    href = str(anchor.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return
    video = canonical_video_url(href)
    if video:
        yield Block("media", url=video)
    else:
        yield Block("link", clean_text(anchor.get_text(" ")), url=href)


def _media_of(tag: Tag) -> Iterator[Block]:
    """Videos named in this element's own attributes (src, data-src, lazy-loading or consent attributes)."""
    for name, value in tag.attrs.items():
        if name in ("class", "id", "style", "title", "alt") or not isinstance(value, str):
            continue
        if name == "href" and tag.name == "a":
            continue
        for video in videos_in_attribute(value):
            yield Block("media", url=video)


def _media_in(tag: Tag) -> Iterator[Block]:
    """Videos anywhere inside `tag`, including its links, ignoring its text."""
    for element in [tag, *tag.find_all(True)]:
        yield from _media_of(element)
        if element.name == "a":
            video = canonical_video_url(str(element.get("href") or ""))
            if video:
                yield Block("media", url=video)


def _dedupe_media(blocks: Iterator[Block]) -> Iterator[Block]:
    """Drop a media block that repeats the one just before it (a link beside its own iframe)."""
    last_media = None
    for block in blocks:
        if block.kind == "media":
            if block.url == last_media:
                continue
            last_media = block.url
        elif block.kind == "heading":
            last_media = None
        yield block
