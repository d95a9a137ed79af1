"""HTTP-level behaviours a cassette can express, replayed through the real fetch code (cassettes/fault_*.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

import scraper.fetch
from scraper.cli import main

URL = "https://dialoogtafels.test/artikelen/dialoogtafels"


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scraper.fetch, "BACKOFF_FACTOR", 0.01)


def harvest(out: Path) -> int:
    return main(["harvest", URL, "--out", str(out), "--delay", "0", "--retries", "2"])


@pytest.mark.vcr("fault_503_503_200.yaml")
def test_503_503_200_is_harvested_on_the_third_request(vcr, tmp_path: Path) -> None:
    assert harvest(tmp_path) == 0
    assert vcr.play_count == 4 and vcr.all_played  # robots.txt, then the page three times
    assert (tmp_path / "dialoogtafels.csv").read_text(encoding="utf-8").count("\n") == 3  # header and 2 rows


@pytest.mark.vcr("fault_503_503_200.yaml")
def test_503_503_with_one_retry_fails_and_writes_nothing(vcr, tmp_path: Path, capsys) -> None:
    assert main(["harvest", URL, "--out", str(tmp_path), "--delay", "0", "--retries", "1"]) == 3
    assert vcr.play_count == 3
    assert "HTTP 503 Service Unavailable after 1 retries" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.vcr("fault_404.yaml")
def test_404_is_played_once_and_is_exit_3(vcr, tmp_path: Path, capsys) -> None:
    assert harvest(tmp_path) == 3
    assert vcr.play_count == 2 and vcr.all_played
    assert capsys.readouterr().err == f"could not fetch: {URL} answered HTTP 404 Not Found; check the URL\n"


@pytest.mark.vcr("fault_404.yaml")
def test_a_harvest_leaves_the_garbage_collector_as_it_found_it(vcr, tmp_path: Path) -> None:
    """The collector pauses while a harvest runs (one page); it runs again after, a success or a failure, so a
    process that goes on (the tests, a notebook calling main) keeps freeing cycles."""
    import gc

    assert gc.isenabled()
    assert main(["harvest", URL, "--out", str(tmp_path), "--delay", "0", "--retries", "0"]) == 3
    assert gc.isenabled()
