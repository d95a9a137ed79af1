"""Blocks to sections, and the page's own metadata (title, canonical URL, published and modified dates)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

from bs4 import BeautifulSoup

from parsers.blocks import Block, clean_text, iter_blocks, parse_html


@dataclass(frozen=True)
class Section:
    position: int  # 1-based, among the sections that hold content
    heading: str
    level: int
    blocks: tuple[Block, ...]  # the section's own blocks, up to the next heading of any level
    parents: tuple[str, ...] = ()  # headings of the enclosing sections, outermost first

    @property
    def text(self) -> str:
        return " ".join(block.text for block in self.blocks if block.kind == "paragraph")

    @property
    def media(self) -> list[str]:
        return [block.url for block in self.blocks if block.kind == "media"]


@dataclass(frozen=True)
class PageMeta:
    title: str = ""
    canonical_url: str = ""
    published: date | None = None
    modified: date | None = None
    language: str = ""


@dataclass(frozen=True)
class Page:
    meta: PageMeta
    intro: tuple[Block, ...]
    sections: tuple[Section, ...] = field(default_factory=tuple)


def split_sections(blocks: list[Block]) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """(intro, sections): each heading opens a section; headings nest by level."""
    intro: list[Block] = []
    open_headings: list[tuple[int, str]] = []  # the stack of enclosing (level, heading)
    current: list[Block] | None = None
    drafts: list[tuple[str, int, tuple[str, ...], list[Block]]] = []
    seen_heading = False
    for block in blocks:
        if block.kind == "heading":
            if block.level == 1 and not seen_heading:
                continue  # the page's own title, not a section
            seen_heading = True
            while open_headings and open_headings[-1][0] >= block.level:
                open_headings.pop()
            current = []
            drafts.append((block.text, block.level, tuple(h for _, h in open_headings), current))
            open_headings.append((block.level, block.text))
        elif current is None:
            intro.append(block)
        else:
            current.append(block)
    with_content = [d for d in drafts if any(b.kind in ("paragraph", "media") for b in d[3])]
    sections = tuple(
        Section(position, heading, level, tuple(own), parents)
        for position, (heading, level, parents, own) in enumerate(with_content, start=1)
    )
    return tuple(intro), sections


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _iso_date(value: object) -> date | None:
    match = _DATE.search(str(value or ""))
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _meta_content(soup: BeautifulSoup, *names: str) -> str:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content"):
            return clean_text(str(tag["content"]))
    return ""


def _json_ld(soup: BeautifulSoup) -> dict[str, str]:
    """datePublished, dateModified and headline from the first JSON-LD object that has them."""
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "datePublished" in item or "dateModified" in item:
                    return {k: str(item.get(k) or "") for k in ("datePublished", "dateModified", "headline")}
                stack.extend(v for k, v in item.items() if k == "@graph")
    return {}


def page_meta(soup: BeautifulSoup) -> PageMeta:
    ld = _json_ld(soup)
    h1 = soup.find("h1")
    title_tag = soup.find("title")
    title = (
        _meta_content(soup, "og:title")
        or ld.get("headline", "")
        or (clean_text(h1.get_text(" ")) if h1 else "")
        or (clean_text(title_tag.get_text()) if title_tag else "")
    )
    canonical = soup.find("link", attrs={"rel": "canonical"})
    time_tag = soup.find("time", attrs={"datetime": True})  # a visible publication date, when no metadata says
    html_tag = soup.find("html")
    return PageMeta(
        title=title,
        canonical_url=str(canonical.get("href") or "") if canonical else _meta_content(soup, "og:url"),
        published=_iso_date(_meta_content(soup, "article:published_time", "date", "dcterms.created"))
        or _iso_date(ld.get("datePublished"))
        or (_iso_date(time_tag["datetime"]) if time_tag else None),
        modified=_iso_date(_meta_content(soup, "article:modified_time", "og:updated_time", "dcterms.modified"))
        or _iso_date(ld.get("dateModified")),
        language=str(html_tag.get("lang") or "") if html_tag else "",
    )


def parse_page(html: str) -> Page:
    """HTML text to the page's metadata, intro and sections."""
    soup = parse_html(html)
    intro, sections = split_sections(list(iter_blocks(soup)))
    return Page(page_meta(soup), intro, sections)
