"""Reruns never lose a harvest: conditional requests, unchanged pages, refusals, failed fetches, crashes mid-write."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

import parsers.records
import scraper.atomic
import scraper.harvest
from scraper.atomic import write_bytes_atomic
from tests.conftest import ROOT
from tests.faultserver import ETAG, LAST_MODIFIED, FaultServer, page, status, without_sections


def all_files(out: Path) -> dict[str, bytes]:
    """Every file under `out`, snapshots included, by relative path."""
    return {str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()}


def read_rows(out: Path) -> list[dict[str, str]]:
    with (out / "dialoogtafels.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def out(harvest_cli, tmp_path: Path) -> Path:
    """DIR after a good first harvest of /page."""
    assert harvest_cli("/page").code == 0
    return tmp_path / "out"


def test_a_rerun_revalidates_and_on_304_leaves_every_file_as_it_was(fault_server: FaultServer, harvest_cli,
                                                                     out: Path) -> None:
    before = all_files(out)
    run = harvest_cli("/page")
    assert run.code == 0, run.err
    assert run.out.startswith("unchanged")
    first, second = fault_server.hits("/page")
    assert "If-None-Match" not in first.headers
    assert second.headers["If-None-Match"] == ETAG
    assert second.headers["If-Modified-Since"] == LAST_MODIFIED
    assert all_files(out) == before


def test_the_same_bytes_without_validators_are_unchanged(fault_server: FaultServer, harvest_cli, out: Path,
                                                         seed_html: str) -> None:
    fault_server.routes["/page"] = page(seed_html.encode())  # no ETag or Last-Modified: always 200
    before = all_files(out)
    run = harvest_cli("/page")
    assert run.code == 0 and run.out.startswith("unchanged"), run
    assert all_files(out) == before


def test_an_upgraded_extractor_refreshes_the_dataset_from_the_same_page(fault_server: FaultServer, harvest_cli,
                                                                         out: Path, monkeypatch) -> None:
    for module in (parsers.records, scraper.harvest):
        monkeypatch.setattr(module, "EXTRACTOR_VERSION", "upgraded")
    run = harvest_cli("/page")
    assert run.code == 0 and run.out.startswith("harvested"), run
    assert "If-None-Match" not in fault_server.hits("/page")[1].headers  # a 304 would hide the page's bytes
    assert {row["extractor_version"] for row in read_rows(out)} == {"upgraded"}
    assert harvest_cli("/page").out.startswith("unchanged")


def test_a_shrunk_page_is_refused_until_forced(fault_server: FaultServer, harvest_cli, out: Path,
                                               seed_html: str) -> None:
    before = all_files(out)
    fault_server.routes["/page"] = page(without_sections(seed_html, 2).encode(), etag='"v2"')
    refused = harvest_cli("/page")
    assert refused.code == 4, refused
    assert refused.err.count("\n") == 1 and "Traceback" not in refused.err
    assert "2 records where the dataset has 7" in refused.err and "--force" in refused.err
    kept = next(word for word in refused.err.split() if word.endswith(".html.gz"))
    assert Path(kept).is_file()
    assert {name: data for name, data in all_files(out).items() if not name.startswith("snapshots")} == {
        name: data for name, data in before.items() if not name.startswith("snapshots")
    }
    assert harvest_cli("/page").code == 4  # the refused page does not become the "unchanged" one
    forced = harvest_cli("/page", "--force")
    assert forced.code == 0, forced
    assert len(read_rows(out)) == 2


def test_a_shrunk_page_is_refused_when_the_dataset_is_jsonl_only(fault_server: FaultServer, harvest_cli,
                                                                  tmp_path: Path, seed_html: str) -> None:
    assert harvest_cli("/page", "--formats", "jsonl").code == 0
    assert not (tmp_path / "out" / "dialoogtafels.csv").exists()
    fault_server.routes["/page"] = page(without_sections(seed_html, 2).encode(), etag='"v2"')
    refused = harvest_cli("/page", "--formats", "jsonl")
    assert refused.code == 4, refused
    assert "2 records where the dataset has 7" in refused.err


def test_an_empty_page_is_refused_even_with_force(fault_server: FaultServer, harvest_cli, out: Path) -> None:
    before = all_files(out)
    fault_server.routes["/page"] = page(b"")
    run = harvest_cli("/page", "--force")
    assert run.code == 4
    assert "no recognisable sections" in run.err and run.err.count("\n") == 1
    kept = Path(next(word for word in run.err.split() if word.endswith(".html.gz")))
    assert kept.is_file() and kept.parent == out / "snapshots"
    assert set(all_files(out)) - set(before) == {f"snapshots/{kept.name}", f"snapshots/{kept.name[:-8]}.json"}
    assert all(all_files(out)[name] == data for name, data in before.items())


def test_an_empty_page_on_a_first_harvest_writes_no_dataset(harvest_cli, tmp_path: Path) -> None:
    assert harvest_cli("/empty").code == 4
    assert not list((tmp_path / "out").glob("dialoogtafels.*"))


def test_a_failed_fetch_leaves_every_file_as_it_was(fault_server: FaultServer, harvest_cli, out: Path) -> None:
    before = all_files(out)
    fault_server.routes["/page"] = status(500)
    assert harvest_cli("/page").code == 3
    assert all_files(out) == before


class Crash(BaseException):
    """The process dying at this point (a BaseException, so that no `except Exception` handles it)."""


def crash(*args: object) -> None:
    raise Crash


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_crash_mid_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path, monkeypatch, step: str) -> None:
    path = tmp_path / "dialoogtafels.csv"
    path.write_bytes(b"old,complete\n")
    monkeypatch.setattr(scraper.atomic.os, step, crash)
    with pytest.raises(Crash):
        write_bytes_atomic(path, b"new" * 100_000)
    assert path.read_bytes() == b"old,complete\n"
    assert [p.name for p in tmp_path.iterdir()] == ["dialoogtafels.csv"]


def test_a_crash_during_a_harvest_leaves_each_file_whole(fault_server: FaultServer, harvest_cli, out: Path,
                                                         seed_html: str, monkeypatch) -> None:
    fault_server.routes["/page"] = page(without_sections(seed_html, 5).encode(), etag='"v2"')
    real_replace = scraper.atomic.os.replace
    calls = []

    def replace_then_crash(source: str, target: str) -> None:
        calls.append(target)
        if len(calls) == 4:  # snapshot body, its metadata, the first data file; then the process dies
            raise Crash
        real_replace(source, target)

    monkeypatch.setattr(scraper.atomic.os, "replace", replace_then_crash)
    with pytest.raises(Crash):
        harvest_cli("/page")
    assert len(calls) == 4
    assert not [name for name in all_files(out) if name.endswith(".tmp")]
    # Each data file is whole: the old one (7 rows) or the new one (5 rows), never half of one.
    assert len(read_rows(out)) in (5, 7)
    jsonl = (out / "dialoogtafels.jsonl").read_text(encoding="utf-8").splitlines()
    assert len([json.loads(line) for line in jsonl]) in (5, 7)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scraper", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)


def test_a_failure_is_one_line_without_traceback_and_verbose_logs_each_step(fault_server: FaultServer,
                                                                            tmp_path: Path) -> None:
    limits = ["--out", str(tmp_path), "--delay", "0", "--timeout", "1", "--retries", "1"]
    failed = run_cli("harvest", fault_server.url("/broken"), *limits)
    assert failed.returncode == 3
    assert failed.stderr.splitlines() == [
        f"could not fetch: {fault_server.url('/broken')} answered HTTP 500 Internal Server Error after 1 retries; "
        "try later"
    ]
    verbose = run_cli("harvest", fault_server.url("/broken"), *limits, "-v")
    assert verbose.returncode == 3
    assert f"GET {fault_server.url('/broken')}" in verbose.stderr
    assert "retry 1 of /broken after HTTP 500" in verbose.stderr
    assert verbose.stderr.splitlines()[-1] == failed.stderr.strip()


def test_an_out_dir_that_cannot_be_written_is_a_usage_error(harvest_cli, tmp_path: Path) -> None:
    (tmp_path / "out").write_text("a file, not a folder")
    run = harvest_cli("/page")
    assert run.code == 2
    assert run.err.count("\n") == 1 and "cannot write in" in run.err and "--out" in run.err
