"""`dialoogtafels harvest` against the faults of the web, served by tests/faultserver.py on 127.0.0.1.

Request counts and the waits between requests come from the server's log; every failure must be exit 3 with
one line on stderr and no dataset written.
"""

from __future__ import annotations

import csv
import json
import socket
import tracemalloc
from pathlib import Path

import pytest

import scraper.fetch
from scraper import USER_AGENT
from tests.conftest import Run
from tests.faultserver import ACCENTED_NAMES, HUGE, FaultServer, iter_gaps, page, status


def assert_failed(run: Run, *phrases: str) -> None:
    """Exit 3, one line on stderr that says what failed, no traceback."""
    assert run.code == 3, run
    assert run.err.count("\n") == 1 and run.err.startswith("could not fetch: "), run.err
    assert "Traceback" not in run.err
    for phrase in phrases:
        assert phrase in run.err


def dataset_files(out: Path) -> list[Path]:
    return sorted(out.glob("dialoogtafels.*")) if out.exists() else []


def read_rows(out: Path) -> list[dict[str, str]]:
    with (out / "dialoogtafels.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_503_twice_is_retried_with_backoff_then_harvested(fault_server: FaultServer, harvest_cli, tmp_path) -> None:
    run = harvest_cli("/flaky")
    assert run.code == 0, run.err
    hits = fault_server.hits("/flaky")
    assert len(hits) == 3
    # urllib3 retries the first error at once and then backs off exponentially: 2 x the factor, then 4 x.
    assert list(iter_gaps(hits))[1] >= 2 * scraper.fetch.BACKOFF_FACTOR
    assert len(read_rows(tmp_path / "out")) == 7


def test_429_waits_the_seconds_of_retry_after(fault_server: FaultServer, harvest_cli) -> None:
    run = harvest_cli("/throttled")
    assert run.code == 0, run.err
    hits = fault_server.hits("/throttled")
    assert len(hits) == 2
    assert hits[1].at - hits[0].at >= 2.0


def test_retry_after_as_an_http_date_is_honoured(fault_server: FaultServer, harvest_cli) -> None:
    assert harvest_cli("/throttled-until").code == 0
    (gap,) = iter_gaps(fault_server.hits("/throttled-until"))
    assert gap >= 1.0  # the date is 1 to 2 s ahead, in whole seconds


def test_retry_after_is_capped(fault_server: FaultServer, harvest_cli, monkeypatch) -> None:
    monkeypatch.setattr(scraper.fetch, "MAX_WAIT", 1)
    run = harvest_cli("/throttled-long")  # Retry-After: 3600
    assert run.code == 0, run.err
    (gap,) = iter_gaps(fault_server.hits("/throttled-long"))
    assert gap >= 1.0


def test_a_retry_after_past_the_deadline_gives_up_at_once(fault_server: FaultServer, harvest_cli) -> None:
    run = harvest_cli("/throttled-long", "--deadline", "5")
    assert_failed(run, "HTTP 503", "deadline", "--deadline")
    assert len(fault_server.hits("/throttled-long")) == 1


def test_persistent_500_fails_after_the_retries(fault_server: FaultServer, harvest_cli, tmp_path) -> None:
    run = harvest_cli("/broken", "--retries", "3")
    assert_failed(run, "HTTP 500", "after 3 retries", fault_server.url("/broken"), "try later")
    assert len(fault_server.hits("/broken")) == 4
    gaps = list(iter_gaps(fault_server.hits("/broken")))
    assert gaps[2] >= 4 * scraper.fetch.BACKOFF_FACTOR
    assert dataset_files(tmp_path / "out") == []


@pytest.mark.parametrize(("path", "code"), [("/missing", 404), ("/forbidden", 403)])
def test_4xx_is_not_retried(fault_server: FaultServer, harvest_cli, path: str, code: int) -> None:
    assert_failed(harvest_cli(path), f"HTTP {code}", "check the URL")
    assert len(fault_server.hits(path)) == 1


def test_an_answer_that_never_comes_times_out_after_the_retries(fault_server: FaultServer, harvest_cli) -> None:
    run = harvest_cli("/silent", "--timeout", "0.5", "--retries", "1")
    assert_failed(run, "no answer", "--timeout 0.5 s", "try a longer --timeout")
    hits = fault_server.hits("/silent")
    assert len(hits) == 2  # read timeouts are retried
    assert hits[1].at - hits[0].at >= 0.45  # the timeout, less the moment between the send and the log


def test_a_refused_connection_is_exit_3(tmp_path, capsys) -> None:
    with socket.socket() as probe:  # a port that nothing listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    from scraper.cli import main

    code = main(["harvest", f"http://127.0.0.1:{port}/page", "--out", str(tmp_path), "--retries", "1"])
    assert_failed(Run(code, "", capsys.readouterr().err), "could not connect", f"127.0.0.1:{port}", "try later")


def test_a_body_cut_short_of_its_content_length_is_an_error(fault_server: FaultServer, harvest_cli, tmp_path) -> None:
    assert_failed(harvest_cli("/cut"), "cut short", fault_server.url("/cut"))
    assert dataset_files(tmp_path / "out") == []
    assert not (tmp_path / "out" / "snapshots").exists() or not any((tmp_path / "out" / "snapshots").iterdir())


def test_a_200_mb_body_is_cut_off_past_max_bytes_with_bounded_memory(fault_server: FaultServer, harvest_cli) -> None:
    tracemalloc.start()
    try:
        run = harvest_cli("/huge", "--max-bytes", "1000000")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_failed(run, "more than --max-bytes 1,000,000")
    assert peak < 16_000_000
    assert fault_server.sent["/huge"] < HUGE // 20  # the client hung up long before the end


def test_a_declared_length_past_max_bytes_is_refused_before_reading(fault_server: FaultServer, harvest_cli) -> None:
    assert_failed(harvest_cli("/huge-declared"), "200,000,000 bytes", "--max-bytes")
    assert fault_server.sent.get("/huge-declared", 0) < HUGE // 20


def test_a_gzipped_page_is_decompressed(harvest_cli, tmp_path) -> None:
    assert harvest_cli("/gzipped").code == 0
    assert len(read_rows(tmp_path / "out")) == 7


def test_a_gzip_bomb_is_cut_off_past_max_bytes(harvest_cli) -> None:
    assert_failed(harvest_cli("/gzip-bomb", "--max-bytes", "1000000"), "more than --max-bytes")


def test_a_slow_drip_is_cut_off_by_the_deadline(fault_server: FaultServer, harvest_cli, seed_html: str) -> None:
    # One byte every 0.1 s never trips the 1 s read timeout; only the deadline ends it.
    run = harvest_cli("/drip", "--deadline", "1.5")
    assert_failed(run, "deadline", fault_server.url("/drip"))
    assert fault_server.sent["/drip"] < len(seed_html.encode()) // 100


def test_a_pdf_is_not_a_page(harvest_cli) -> None:
    assert_failed(harvest_cli("/report.pdf"), "application/pdf", "not an HTML page")


def test_a_redirect_loop_stops_after_five_redirects(fault_server: FaultServer, harvest_cli) -> None:
    assert_failed(harvest_cli("/loop"), "more than 5 redirects")
    assert len(fault_server.hits("/loop")) + len(fault_server.hits("/loop-back")) == 6


def test_a_redirect_away_from_http_is_refused(harvest_cli) -> None:
    assert_failed(harvest_cli("/to-ftp"), "not http(s)", "ftp://")


def test_a_good_redirect_records_the_final_url(fault_server: FaultServer, harvest_cli, tmp_path) -> None:
    assert harvest_cli("/moved").code == 0
    (meta,) = (tmp_path / "out" / "snapshots").glob("*.json")
    snapshot = json.loads(meta.read_text(encoding="utf-8"))
    assert snapshot["requested_url"] == fault_server.url("/moved")
    assert snapshot["final_url"] == fault_server.url("/page")
    assert {row["source_url"] for row in read_rows(tmp_path / "out")} == {fault_server.url("/moved")}


def test_robots_txt_is_read_first_and_obeyed(fault_server: FaultServer, harvest_cli) -> None:
    assert_failed(harvest_cli("/private/page"), "robots.txt", "disallows", "--ignore-robots")
    assert [hit.path for hit in fault_server.log] == ["/robots.txt"]


def test_ignore_robots_fetches_a_disallowed_page_without_asking(fault_server: FaultServer, harvest_cli) -> None:
    assert harvest_cli("/private/page", "--ignore-robots").code == 0
    assert [hit.path for hit in fault_server.log] == ["/private/page"]


def test_a_robots_txt_the_server_cannot_give_allows_nothing(fault_server: FaultServer, harvest_cli) -> None:
    fault_server.routes["/robots.txt"] = status(503)
    assert_failed(harvest_cli("/page", "--retries", "1"), "robots.txt", "HTTP 503", "--ignore-robots")
    assert fault_server.hits("/page") == []
    assert len(fault_server.hits("/robots.txt")) == 2


def test_a_missing_robots_txt_allows_everything(fault_server: FaultServer, harvest_cli) -> None:
    fault_server.routes["/robots.txt"] = status(404)
    assert harvest_cli("/private/page").code == 0


def test_requests_identify_the_harvester_and_keep_their_distance(fault_server: FaultServer, harvest_cli) -> None:
    fault_server.routes["/robots.txt"] = page(b"User-agent: *\nCrawl-delay: 0.5\n", "text/plain")
    assert harvest_cli("/page", "--delay", "0.2").code == 0
    assert [hit.path for hit in fault_server.log] == ["/robots.txt", "/page"]
    assert {hit.headers["User-Agent"] for hit in fault_server.log} == {USER_AGENT}
    (gap,) = iter_gaps(fault_server.log)
    assert gap >= 0.5  # the robots.txt Crawl-delay, as it is longer than --delay


@pytest.mark.parametrize("path", ["/cp1252-header", "/latin1-header", "/cp1252-meta", "/cp1252-http-equiv", "/bom"])
def test_declared_encodings_give_the_right_names(harvest_cli, tmp_path, path: str) -> None:
    assert harvest_cli(path).code == 0
    text = (tmp_path / "out" / "dialoogtafels.csv").read_text(encoding="utf-8")
    hosts = {row["host_name"] for row in read_rows(tmp_path / "out")}
    assert set(ACCENTED_NAMES) <= hosts
    assert "\ufffd" not in text and "Ã" not in text  # no replacement characters, no UTF-8 read as windows-1252


def test_a_url_that_is_not_http_is_exit_3(tmp_path) -> None:
    from scraper.cli import main

    assert main(["harvest", "file:///etc/passwd", "--out", str(tmp_path)]) == 3
