"""A corpus of distinct page variants for the benchmark: the seed reconstruction and the fixture pages, with their
text and the order of their repeated parts varied (seeded, so every run makes the same pages)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
SEED_CASSETTE = ROOT / "cassettes" / "vng_dialoogtafels.yaml"
FIXTURES = ROOT / "tests" / "devset" / "pages"
_PLACES = ("Leusden", "Overbetuwe", "Berkelland", "Ede", "Zwolle", "Almere", "Deventer", "Heerlen", "Zeist",
           "Hoorn", "Goes", "Assen", "Emmen", "Venlo", "Breda", "Tilburg")
_DAY_MONTH = re.compile(r"\b\d{1,2}(?= (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
                        r"|november|december)\b)")
_NO_TEXT = {"script", "style", "template"}


def seed_page() -> str:
    """The seed reconstruction (116 KiB) as the bundled cassette serves it."""
    import yaml

    cassette = yaml.safe_load(SEED_CASSETTE.read_text(encoding="utf-8"))
    page = next(i for i in cassette["interactions"] if not i["request"]["uri"].endswith("/robots.txt"))
    return page["response"]["body"]["string"]


def source_pages() -> list[tuple[str, str]]:
    """(name, html) of the pages the variants are made from: the seed page and the fixture pages."""
    from parsers.encoding import decode_html

    pages = [("seed", seed_page())]
    for path in sorted(FIXTURES.glob("*.html")):
        pages.append((path.stem, decode_html(path.read_bytes())[0]))  # windows-1252 pages decoded as `parse` does
    return pages


def variant(html: str, number: int) -> str:
    """The page with places and days swapped, repeated siblings shuffled and one sentence of its own."""
    rng = random.Random(number)
    doc = lxml.html.document_fromstring(html)
    swap = dict(zip(_PLACES, rng.sample(_PLACES, len(_PLACES)), strict=True))
    places = re.compile(r"\b(?:" + "|".join(_PLACES) + r")\b")

    def vary(text: str) -> str:
        text = places.sub(lambda m: swap[m.group(0)], text)
        return _DAY_MONTH.sub(lambda m: str(rng.randint(1, 28)), text)

    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        if element.text and element.tag not in _NO_TEXT:
            element.text = vary(element.text)
        if element.tail:
            element.tail = vary(element.tail)
        _shuffle_repeats(element, rng)
    first = doc.find(".//p")
    if first is not None:
        first.text = f"Variant {number}. {first.text or ''}"
    return lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>")


def _shuffle_repeats(element: lxml.html.HtmlElement, rng: random.Random) -> None:
    """Shuffle children that repeat one tag and class (sections, list items, cards), with their tails."""
    children = [c for c in element if isinstance(c.tag, str)]
    kinds = {(c.tag, c.get("class")) for c in children}
    if len(children) < 2 or len(kinds) != 1 or rng.random() < 0.5:
        return
    tails = [c.tail for c in children]
    rng.shuffle(children)
    for child in children:
        element.remove(child)
    for child, tail in zip(children, tails, strict=True):
        child.tail = tail
        element.append(child)


def corpus(size: int) -> Iterator[tuple[str, str]]:
    """`size` distinct variants as (name, html), cycling through the source pages."""
    sources = source_pages()
    for number in range(size):
        name, html = sources[number % len(sources)]
        yield f"{number:04d}-{name}", variant(html, number)


def write_corpus(directory: Path, size: int) -> list[Path]:
    """Write the corpus as UTF-8 files in `directory` (made if needed); returns their paths in order."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, html in corpus(size):
        path = directory / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    return paths
