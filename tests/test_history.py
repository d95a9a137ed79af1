"""`history`: the page's captures in the Wayback Machine, replayed from a cassette and served by a local server."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from parsers.history import Capture, parse_cdx
from parsers.records import EXTRACTOR_VERSION
from scraper import ARCHIVE_BASE, DEFAULT_URL
from scraper.fetch import Fetcher
from scraper.history import capture_url, cdx_url, history
from tests.page_versions import ADDED_TEXT, FORMULA, versions
from tests.pageserver import serve
from tests.test_cli import read_csv, run

CASSETTE = "wayback_history.yaml"
STAMPS = ("20210312093015", "20210420141502", "20210603080044")


class QueryBlind(dict):
    """Routes that answer a path whatever its query string, as the CDX API does for its parameters."""

    def get(self, path, default=None):  # type: ignore[override]
        return super().get(path, super().get(path.split("?")[0], default))


def archive_routes(pages: list[str], stamps: tuple[str, ...] = STAMPS) -> QueryBlind:
    """A Wayback Machine on a local server: the CDX listing and the captures of DEFAULT_URL."""
    listing = [["timestamp", "original", "digest"]] + [[s, DEFAULT_URL, f"D{i}"] for i, s in enumerate(stamps)]
    routes = QueryBlind({"/cdx/search/cdx": (200, "application/json", json.dumps(listing).encode())})
    for stamp, page in zip(stamps, pages, strict=True):
        routes[f"/web/{stamp}id_/{DEFAULT_URL}"] = (200, "text/html; charset=utf-8", page.encode("utf-8"))
    return routes


def by_host(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["host_name"]: row for row in rows}


@pytest.mark.default_cassette(CASSETTE)
@pytest.mark.vcr
def test_history_from_the_archive_gives_the_timeline(vcr, tmp_path: Path) -> None:
    result = history(DEFAULT_URL, tmp_path, Fetcher(delay=0, timeout=2), formats=("csv", "jsonl"))

    assert (result.captures, result.fetched, result.records) == (3, 3, 8)
    versions_rows = read_csv(tmp_path / "versions.csv")
    assert [(v["timestamp"], v["records"]) for v in versions_rows] == [(STAMPS[0], "7"), (STAMPS[1], "8"), (STAMPS[2], "7")]
    rows = by_host(read_csv(tmp_path / "history.csv"))
    at = [Capture(stamp, DEFAULT_URL, "").captured_at for stamp in STAMPS]
    # Patrick Kiel's section is in the first two captures, Jan de Vries's from the second on.
    assert (rows["Patrick Kiel"]["first_seen"], rows["Patrick Kiel"]["last_seen"], rows["Patrick Kiel"]["captures"]) == (at[0], at[1], "2")
    assert (rows["Jan de Vries"]["first_seen"], rows["Jan de Vries"]["last_seen"], rows["Jan de Vries"]["captures"]) == (at[1], at[2], "2")
    assert rows["Jan de Vries"]["summary"] == ADDED_TEXT
    assert all(row["captures"] == "3" for host, row in rows.items() if host not in ("Patrick Kiel", "Jan de Vries"))
    # A row's fields are those of the last capture that holds it: the changed text, escaped in the CSV.
    assert rows["Anton Ederveen"]["summary"].startswith("'" + FORMULA)
    raw = {json.loads(line)["host_name"]: json.loads(line) for line in (tmp_path / "history.jsonl").read_text().splitlines()}
    assert raw["Anton Ederveen"]["summary"].startswith(FORMULA)
    # Provenance: each row points at the stored bytes of its last capture, and ids are the page's, not the archive's.
    sha_by_stamp = {v["timestamp"]: v["snapshot_sha256"] for v in versions_rows}
    assert rows["Patrick Kiel"]["snapshot_sha256"] == sha_by_stamp[STAMPS[1]]
    assert rows["Patrick Kiel"]["fetched_at"] == at[1]
    assert all(row["source_url"] == DEFAULT_URL and row["extractor_version"] == EXTRACTOR_VERSION for row in rows.values())
    stored = {hashlib.sha256(gzip.decompress(p.read_bytes())).hexdigest() for p in (tmp_path / "snapshots").glob("*.html.gz")}
    assert stored == set(sha_by_stamp.values())
    # Politely: robots.txt once, the listing, then one capture at a time with the original bytes (id_).
    assert [r.uri for r in vcr.requests] == [
        f"{ARCHIVE_BASE}/robots.txt", cdx_url(ARCHIVE_BASE, DEFAULT_URL),
        *(capture_url(ARCHIVE_BASE, Capture(stamp, DEFAULT_URL, "")) for stamp in STAMPS),
    ]


def test_parse_of_a_stored_capture_gives_the_ids_of_the_live_page(tmp_path: Path, seed_html: str) -> None:
    pages = versions(seed_html)
    with serve(archive_routes(pages)) as (base, _):
        assert run("history", "--out", str(tmp_path), "--archive-base", base, "--delay", "0").returncode == 0
    first = sorted((tmp_path / "snapshots").glob("*.html.gz"))[0]
    parsed = run("parse", str(first), "--format", "jsonl")
    history_ids = {row["record_id"] for row in read_csv(tmp_path / "history.csv")}
    assert {json.loads(line)["record_id"] for line in parsed.stdout.splitlines()} < history_ids


def test_history_against_a_local_archive_resumes_without_fetching_again(tmp_path: Path, seed_html: str) -> None:
    with serve(archive_routes(versions(seed_html))) as (base, requested):
        done = run("history", "--out", str(tmp_path), "--archive-base", base, "--delay", "0", "--timeout", "2",
                   "--from", "2021-03", "--to", "2021-12-31")
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("3 captures of")
        # Not a terminal: plain lines, no progress bar.
        assert [line.split(":")[0] for line in done.stderr.splitlines()] == [
            f"capture {i}/3 {stamp}" for i, stamp in enumerate(STAMPS, start=1)
        ]
        cdx_query = next(path for path in requested if path.startswith("/cdx/"))
        assert "from=202103" in cdx_query and "to=20211231" in cdx_query and "collapse=digest" in cdx_query
        timeline = (tmp_path / "history.csv").read_bytes()

        requested.clear()
        again = run("history", "--out", str(tmp_path), "--archive-base", base, "--delay", "0", "--timeout", "2")
        assert again.returncode == 0, again.stderr
        assert "0 fetched now, 3 stored before" in again.stdout
        assert not [path for path in requested if path.startswith("/web/")]
        assert (tmp_path / "history.csv").read_bytes() == timeline


def test_a_listing_that_is_not_cdx_is_a_fetch_error(tmp_path: Path) -> None:
    with serve(QueryBlind({"/cdx/search/cdx": (200, "application/json", b"<html>busy</html>")})) as (base, _):
        done = run("history", "--out", str(tmp_path), "--archive-base", base, "--delay", "0", "--retries", "0")
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and "not a capture listing" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    done = run("history", "--out", str(tmp_path), "--from", "March 2021")
    assert done.returncode == 2
    assert "YYYY" in done.stderr and "Traceback" not in done.stderr


def test_parse_cdx_orders_captures_and_reads_the_header() -> None:
    text = json.dumps([["digest", "timestamp", "original"], ["B", "20210402000000", "u"], ["A", "20210301000000", "u"]])
    assert parse_cdx(text) == [Capture("20210301000000", "u", "A"), Capture("20210402000000", "u", "B")]
    assert parse_cdx("") == [] and parse_cdx("[]") == []
    with pytest.raises(ValueError):
        parse_cdx(json.dumps([["a", "b"]]))
    assert Capture("20210301093015", "u", "A").captured_at == "2021-03-01T09:30:15Z"


def test_history_writes_the_timeline_as_a_report_by_default(tmp_path: Path, seed_html: str) -> None:
    with serve(archive_routes(versions(seed_html))) as (base, _):
        done = run("history", "--out", str(tmp_path), "--archive-base", base, "--delay", "0")
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "history.html").read_text(encoding="utf-8")
    hosts = {row["host_name"] for row in read_csv(tmp_path / "history.csv")}
    assert len(hosts) == 8
    assert all(host in page for host in hosts)  # every record of the timeline is in the report's table
    assert page.count("gm host") >= 5 and not (tmp_path / "report.html").exists()


def test_history_with_two_jobs_writes_the_same_timeline(tmp_path: Path, seed_html: str) -> None:
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}"
        with serve(archive_routes(versions(seed_html))) as (base, _):
            done = run("history", "--out", str(out), "--archive-base", base, "--delay", "0", "--jobs", jobs,
                       "--formats", "csv")
        assert done.returncode == 0, done.stderr
        outputs.append([(out / name).read_bytes() for name in ("history.csv", "versions.csv")])
    assert outputs[0] == outputs[1]
