"""The seed page, fetched through the real fetch code from the recorded cassette, gives the expected table.

Re-record from the live page with: pytest tests/test_seed_page.py --record-mode=rewrite -o addopts=""
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from parsers.encoding import decode_html
from parsers.records import Provenance, records_from_html
from scraper import DEFAULT_URL, USER_AGENT
from scraper.fetch import Fetcher

EXPECTED = Path(__file__).parent / "data" / "seed_expected.csv"
FIELDS = ("position", "theme", "host_name", "role", "municipality", "municipality_code", "event_date")


def expected_rows() -> list[dict[str, str]]:
    with EXPECTED.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.default_cassette("vng_dialoogtafels.yaml")
@pytest.mark.vcr
def test_seed_page_gives_the_expected_table(vcr) -> None:
    result = Fetcher(delay=0).fetch(DEFAULT_URL)
    html, encoding = decode_html(result.body, result.content_type)
    records = records_from_html(html, Provenance(result.requested_url, result.fetched_at))

    assert encoding == "utf-8"
    assert [{f: str(getattr(r, f)) for f in FIELDS} for r in records] == expected_rows()
    assert all(r.video_url.startswith("https://www.youtube.com/watch?v=PLACEHOLD0") for r in records)
    assert len({r.video_url for r in records}) == 7
    assert len({r.record_id for r in records}) == 7
    # robots.txt first, then the page, both with the identifying User-Agent
    assert [request.uri for request in vcr.requests] == [DEFAULT_URL.split("/artikelen")[0] + "/robots.txt", DEFAULT_URL]
    assert all(request.headers["User-Agent"] == USER_AGENT for request in vcr.requests)


def test_provinces_follow_the_municipality(seed_html: str) -> None:
    records = records_from_html(seed_html, Provenance(DEFAULT_URL))
    provinces = {r.municipality: r.province for r in records if r.municipality}
    assert provinces == {
        "Leusden": "Utrecht", "Overbetuwe": "Gelderland", "Utrechtse Heuvelrug": "Utrecht",
        "West Betuwe": "Gelderland", "Berkelland": "Gelderland",
    }
    assert all(r.province == "" for r in records if not r.municipality)


def test_summaries_hold_the_section_text_and_nothing_else(seed_html: str) -> None:
    records = records_from_html(seed_html, Provenance(DEFAULT_URL))
    assert records[1].summary == (
        "Wethouder Patrick Kiel van Leusden ging met een zeer diverse groep inwoners in gesprek over geluk en "
        "ontspanning."
    )
    joined = " ".join(r.summary for r in records)
    for furniture in ("Meer informatie", "Deel deze pagina", "Onderwerpen", "Cookies", "Bekijk de video"):
        assert furniture not in joined


def test_record_ids_do_not_depend_on_position(seed_html: str) -> None:
    first = records_from_html(seed_html, Provenance(DEFAULT_URL))
    # Swap the first two sections in the markup: ids move with their records.
    a = seed_html.index('<div class="field__item">  <div class="paragraph paragraph--type--text-video')
    b = seed_html.index('<div class="field__item">  <div class="paragraph paragraph--type--text-video', a + 1)
    c = seed_html.index('<div class="field__item">  <div class="paragraph paragraph--type--text-video', b + 1)
    swapped = seed_html[:a] + seed_html[b:c] + seed_html[a:b] + seed_html[c:]
    second = records_from_html(swapped, Provenance(DEFAULT_URL))
    assert {r.host_name: r.record_id for r in first} == {r.host_name: r.record_id for r in second}
    assert [r.host_name for r in second][:2] == ["Patrick Kiel", "Anton Ederveen"]
