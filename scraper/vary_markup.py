"""Score the labelled pages again with their markup varied and their text kept: `python -m scraper.vary_markup`.

A rule that leans on one markup's habits (a `<main>` around the article, `<h2>` for a table's heading, a class
name) shows as a page that falls when that habit goes. Each variant keeps every word of the page; the figures are
the share of sections found and of fields right over all pages, and the pages that fall furthest.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import lxml.html
from lxml import etree

from scraper.evaluate import PageScore, labelled_pages, score_html

TESTS = Path(__file__).resolve().parent.parent / "tests"
_SEMANTIC = ("article", "section", "main")
_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6")


def _divs_for_paragraphs(root: etree._Element) -> None:
    for paragraph in root.iter("p"):
        paragraph.tag = "div"


def _divs_for_sections(root: etree._Element) -> None:
    for element in root.iter(*_SEMANTIC):
        element.tag = "div"


def _headings_one_down(root: etree._Element) -> None:
    for heading in list(root.iter("h1", "h2", "h3", "h4", "h5")):
        heading.tag = f"h{int(heading.tag[1]) + 1}"


def _bold_paragraph_headings(root: etree._Element) -> None:
    for heading in list(root.iter("h2", "h3", "h4")):
        bold = etree.Element("strong")
        bold.text, heading.text = heading.text, None
        bold.extend(list(heading))
        heading.tag = "p"
        heading.insert(0, bold)


def _wrapped_twice(root: etree._Element) -> None:
    for block in list(root.iter(*_TEXT_BLOCKS)):
        parent = block.getparent()
        if parent is None:
            continue
        outer = etree.Element("div", {"class": "block"})
        inner = etree.SubElement(outer, "div", {"class": "block-inner"})
        outer.tail, block.tail = block.tail, None
        parent.replace(block, outer)
        inner.append(block)


def _renamed_classes(root: etree._Element) -> None:
    names: dict[str, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("iframe", "video", "source", "a"):
            continue  # a player's or a link's own attributes stay: they name what it plays or links to
        for attribute in ("class", "id"):
            if attribute in element.attrib:
                element.attrib[attribute] = names.setdefault(element.attrib[attribute], f"c{len(names)}")


VARIANTS: dict[str, Callable[[etree._Element], None]] = {
    "p-as-div": _divs_for_paragraphs,
    "no-article-section-main": _divs_for_sections,
    "headings-one-down": _headings_one_down,
    "headings-as-bold-paragraphs": _bold_paragraph_headings,
    "blocks-wrapped-twice": _wrapped_twice,
    "classes-renamed": _renamed_classes,
}


def varied(html: str, variant: Callable[[etree._Element], None]) -> str:
    """The page with `variant` applied to its markup, as HTML text."""
    root = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    variant(root)
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def _pages(folders: list[Path]) -> list[tuple[str, str, dict]]:
    return [(f"{folder.parent.name}/{name}", html, expected)
            for folder in folders for name, html, expected in labelled_pages(folder)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scraper.vary_markup", description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of pages (default: every tests/*/pages)")
    parser.add_argument("--variant", choices=sorted(VARIANTS), action="append", help="only these variants")
    parser.add_argument("--show", type=int, default=10, help="how many falling pages to list (default 10)")
    args = parser.parse_args(argv)
    pages = _pages(args.folders or sorted(TESTS.glob("*/pages")))
    baseline = {}
    for name, variant in [("as written", None), *((v, VARIANTS[v]) for v in args.variant or VARIANTS)]:
        total, falls = PageScore(), []
        for page, html, expected in pages:
            score = PageScore()
            score_html(page, varied(html, variant) if variant else html, expected, score)
            baseline.setdefault(page, score.field_accuracy)
            if score.field_accuracy < baseline[page] - 0.001:
                falls.append((baseline[page] - score.field_accuracy, page, baseline[page], score.field_accuracy))
            total.add(score)
        print(f"{name}: found {total.section_recall:.3f}, fields right {total.field_accuracy:.3f}, "
              f"{len(falls)} of {len(pages)} pages fall")
        for _, page, before, after in sorted(falls, reverse=True)[:args.show]:
            print(f"  {page}: {before:.3f} -> {after:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
