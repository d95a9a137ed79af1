"""Versions of the seed page made by editing its markup: a section added, one removed, a text changed.

Used by the change-log tests and by cassettes/build_history.py, which records them as archive captures.
"""

from __future__ import annotations

import re
from itertools import pairwise

SECTION_START = '<div class="field__item">  <div class="paragraph paragraph--type--text-video'
ADDED_HEADING = "Dialoogtafel cultuur en sport"
ADDED_TEXT = "In deze video vertelt wethouder Jan de Vries van Leusden over de dialoogtafel cultuur en sport."
REMOVED_HOST = "Patrick Kiel"
FORMULA = "=SUM(1+1) "  # a text a spreadsheet would run as a formula


def _bounds(html: str) -> list[tuple[int, int]]:
    """(start, end) of each video section but the last (which ends where the next one starts)."""
    starts = [match.start() for match in re.finditer(re.escape(SECTION_START), html)]
    return list(pairwise(starts))


def with_section_added(html: str) -> str:
    """A new first section, made from the first one with another heading, text and video."""
    start, end = _bounds(html)[0]
    section = re.sub(r"<h2([^>]*)>[^<]*</h2>", rf"<h2\1>{ADDED_HEADING}</h2>", html[start:end], count=1)
    section = re.sub(r"<p>.*?</p>", f"<p>{ADDED_TEXT}</p>", section, count=1, flags=re.S)
    section = section.replace("PLACEHOLD01", "PLACEHOLD08")
    return html[:start] + section + html[start:]


def with_section_removed(html: str, host: str = REMOVED_HOST) -> str:
    """The page without the section that names `host`."""
    start, end = next((s, e) for s, e in _bounds(html) if host in html[s:e])
    return html[:start] + html[end:]


def with_formula_text(html: str, host: str = "Anton Ederveen") -> str:
    """The text of the section that names `host` begins with something a spreadsheet would run as a formula."""
    start, _ = next((s, e) for s, e in _bounds(html) if host in html[s:e])
    at = html.index("<p>", start) + len("<p>")
    return html[:at] + FORMULA + html[at:]


def versions(seed: str) -> list[str]:
    """Three versions of the page: the seed; a section added; then a section removed and a text changed."""
    added = with_section_added(seed)
    return [seed, added, with_formula_text(with_section_removed(added))]
