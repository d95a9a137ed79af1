"""The report of the seed harvest as a file: self-contained, with the dataset's counts, table and map."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from parsers.records import Record
from scraper.basemap import build_base_map, load_base_map, shipped_years
from scraper.report import Source, map_year, render_report

ROOT = Path(__file__).resolve().parent.parent


def dialoogtafels(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def seed_report(out_dir: Path) -> Path:
    """Harvest the seed page offline into `out_dir` and write its report; returns the report's path."""
    harvested = dialoogtafels("harvest", "--offline", "--out", str(out_dir))
    assert harvested.returncode == 0, harvested.stderr
    reported = dialoogtafels("report", str(out_dir))
    assert reported.returncode == 0, reported.stderr
    assert Path(reported.stdout.strip()) == out_dir / "report.html"
    return out_dir / "report.html"


def dataset(out_dir: Path) -> list[dict[str, str]]:
    with (out_dir / "dialoogtafels.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[BeautifulSoup, list[dict[str, str]]]:
    out_dir = tmp_path_factory.mktemp("seed")
    page = seed_report(out_dir)
    return BeautifulSoup(page.read_text(encoding="utf-8"), "lxml"), dataset(out_dir)


def test_the_report_needs_nothing_from_outside(seed: tuple[BeautifulSoup, list[dict[str, str]]]) -> None:
    soup, rows = seed
    assert not soup.find_all(src=True)
    assert [link["href"] for link in soup.find_all("link")] == ["data:,"]
    assert "@import" not in soup.style.text and "url(" not in soup.style.text
    assert not soup.find_all("script", src=True)
    # Links are for the reader to follow: the source page and the videos.
    targets = {a["href"] for a in soup.find_all("a")}
    assert targets == {rows[0]["source_url"]} | {row["video_url"] for row in rows}


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of #rrggbb."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_colours_have_enough_contrast(seed: tuple[BeautifulSoup, list[dict[str, str]]]) -> None:
    soup, _ = seed
    colours = dict(re.findall(r"--(\w+): (#[0-9a-f]{6})", soup.style.text))
    for text in ("ink", "muted", "link"):
        assert contrast(colours[text], "#ffffff") >= 4.5, text  # WCAG AA for text
    assert contrast(colours["host"], colours["land"]) >= 3  # WCAG 1.4.11: hosts stand out from the other land


def test_the_header_names_the_page_the_harvest_and_the_snapshot(
    seed: tuple[BeautifulSoup, list[dict[str, str]]],
) -> None:
    soup, rows = seed
    header = soup.header.get_text(" ")
    assert soup.h1.text == "Gemeenten doen mee aan dialogen over herstel en vernieuwing na corona"
    assert rows[0]["fetched_at"] in header and rows[0]["snapshot_sha256"] in header
    assert soup.html["lang"] == "nl"


def test_counts_agree_with_the_dataset(seed: tuple[BeautifulSoup, list[dict[str, str]]]) -> None:
    soup, rows = seed
    tables = {table.caption.text: table for table in soup.select("table.count")}
    for caption, column in (("Per thema", "theme"), ("Per rol", "role"), ("Per provincie", "province")):
        shown = {
            tr.td.text: int(tr.select_one("td.num").text) for tr in tables[caption].tbody.find_all("tr")
        }
        assert shown == Counter(row[column] or "niet genoemd" for row in rows)
    totals = " ".join(soup.select_one(".totals").get_text(" ").split())
    assert f"{len(rows)} records" in totals
    assert f"{len({row['municipality_code'] for row in rows} - {''})} gemeenten" in totals


def test_the_table_has_a_row_per_record_under_real_headers(seed: tuple[BeautifulSoup, list[dict[str, str]]]) -> None:
    soup, rows = seed
    table = soup.find("table", id="records")
    headers = [th.text for th in table.thead.find_all("th")]
    assert headers == ["Nr.", "Gastheer/-vrouw", "Rol", "Gemeente", "Provincie", "Thema", "Datum", "Video"]
    assert all(th["scope"] == "col" for th in table.thead.find_all("th"))
    cells = [[td.text for td in tr.find_all("td")] for tr in table.tbody.find_all("tr")]
    assert [row[1:7] for row in cells] == [
        [r["host_name"], r["role"], r["municipality"], r["province"], r["theme"], r["event_date"]] for r in rows
    ]


def test_the_map_marks_the_host_municipalities_and_lists_the_unnamed(
    seed: tuple[BeautifulSoup, list[dict[str, str]]],
) -> None:
    soup, rows = seed
    shapes = soup.select("svg.map path[data-cbs-code]")
    assert len(shapes) == 352  # the municipalities of 2021, the page's year
    hosts = {shape["data-cbs-code"] for shape in soup.select("svg.map path.host")}
    assert hosts == {row["municipality_code"] for row in rows} - {""}
    leusden = soup.select_one('path[data-cbs-code="GM0327"] title').text
    assert leusden.startswith("Leusden") and "Patrick Kiel" in leusden and "geluk en ontspanning" in leusden
    assert "CBS/PDOK, CC BY 4.0" in soup.figcaption.text
    unnamed = soup.select_one(".unmapped")
    assert unnamed.h3.text == "Gemeente niet genoemd"
    listed = [li.text for li in unnamed.find_all("li")]
    assert len(listed) == sum(1 for row in rows if not row["municipality_code"])
    assert all(any(row["host_name"] in item for item in listed) for row in rows if not row["municipality_code"])


def test_a_municipality_missing_from_the_years_map_is_listed_under_it() -> None:
    weesp = Record(
        record_id="x", position=1, heading="Dialoogtafel wonen", theme="wonen", host_name="Wilma Wendt",
        role="wethouder", municipality="Weesp", municipality_code="GM0457", province="Noord-Holland",
        event_date="", video_url="", summary="", source_url="https://example.org/", fetched_at="", snapshot_sha256="",
        extractor_version="1",
    )
    soup = BeautifulSoup(render_report([weesp], [], load_base_map(2023)), "lxml")
    assert not soup.select("path.host")  # Weesp merged into Amsterdam in 2022
    assert soup.select_one(".unmapped h3").text == "Niet op de kaart van 2023"
    assert "Weesp" in soup.select_one(".unmapped li").text
    assert len(soup.select("path[data-cbs-code]")) == 342


def test_only_web_addresses_become_links() -> None:
    record = Record(*["x"] * 16)
    hostile = replace(record, position=1, video_url="javascript:alert(1)", source_url="https://example.org/")
    soup = BeautifulSoup(render_report([hostile], [Source(hostile.source_url, "", "")], load_base_map(2021)), "lxml")
    assert [a["href"] for a in soup.find_all("a")] == ["https://example.org/"]
    assert "javascript:alert(1)" in soup.find("table", id="records").text  # shown, not linked


def test_the_stored_base_maps_are_what_the_boundaries_give() -> None:
    """The report reads the maps `python -m scraper.basemap` stored; rerun it when the boundaries or the drawing
    change, or this fails."""
    for year in shipped_years():
        assert load_base_map(year) == build_base_map(year)
    assert len(load_base_map(2021).municipalities) == 352 and len(load_base_map(2021).provinces) == 12


def test_the_map_year_follows_the_page_then_the_events_then_the_fetch() -> None:
    years = shipped_years()
    assert years == [2021, 2022, 2023]
    source = Source("https://example.org/", "2026-11-28T23:39:09Z", "0" * 64)
    record = Record(*["x"] * 16)
    assert map_year([replace(source, page_date=date(2021, 3, 11))], [], years) == 2021
    assert map_year([replace(source, page_date=date(2022, 5, 1))], [], years) == 2022
    assert map_year([source], [replace(record, event_date="2022-03-18")], years) == 2022
    assert map_year([source], [replace(record, event_date="")], years) == 2023  # 2026: the nearest shipped
    assert map_year([replace(source, fetched_at="2019-01-01T00:00:00Z")], [], years) == 2021


def test_harvest_writes_the_report_when_html_is_among_the_formats(tmp_path: Path) -> None:
    done = dialoogtafels("harvest", "--offline", "--out", str(tmp_path), "--formats", "jsonl,html")
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "dialoogtafels.csv").exists()
    soup = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "lxml")
    assert len(soup.select("#records tbody tr")) == 7
    assert len(soup.select("path.host")) == 5


def test_the_report_reads_the_newer_of_jsonl_and_csv(tmp_path: Path) -> None:
    seed_report(tmp_path)
    jsonl, csv_file = tmp_path / "dialoogtafels.jsonl", tmp_path / "dialoogtafels.csv"
    jsonl.write_text("".join(jsonl.read_text(encoding="utf-8").splitlines(keepends=True)[:3]), encoding="utf-8")
    written = csv_file.stat().st_mtime
    for jsonl_time, rows in ((written - 60, 7), (written + 60, 3)):
        os.utime(jsonl, (jsonl_time, jsonl_time))
        assert dialoogtafels("report", str(tmp_path)).returncode == 0
        soup = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "lxml")
        assert len(soup.select("#records tbody tr")) == rows


def test_report_without_a_dataset_is_a_usage_error(tmp_path: Path) -> None:
    done = dialoogtafels("report", str(tmp_path))
    assert done.returncode == 2
    assert "harvest" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "report.html").exists()
