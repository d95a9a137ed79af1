"""Shared fixtures: cassettes live in cassettes/ and are replayed with the network blocked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faultserver import FaultServer, routes

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
SEED_HTML_CASSETTE = "vng_dialoogtafels.yaml"


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, object]:
    return {
        "decode_compressed_response": True,
        # Cookies identify a visitor; a cassette must not keep them.
        "filter_headers": ["cookie", "authorization"],
        "before_record_response": _drop_set_cookie,
    }


def _drop_set_cookie(response: dict) -> dict:
    response["headers"] = {k: v for k, v in response["headers"].items() if k.lower() != "set-cookie"}
    return response


@pytest.fixture(scope="session")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture(scope="session")
def seed_html() -> str:
    """The seed page as the bundled cassette serves it."""
    import yaml

    cassette = yaml.safe_load((CASSETTES / SEED_HTML_CASSETTE).read_text(encoding="utf-8"))
    page = next(i for i in cassette["interactions"] if not i["request"]["uri"].endswith("/robots.txt"))
    return page["response"]["body"]["string"]


@pytest.fixture
def fault_server(seed_html: str) -> Iterator[FaultServer]:
    """A local HTTP server with one fault per path (tests/faultserver.py); its .log records every request."""
    with FaultServer(routes(seed_html)) as server:
        yield server


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def harvest_cli(fault_server: FaultServer, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run `dialoogtafels harvest` in-process on a path of the fault server, into tmp_path/out, with short limits."""
    import scraper.fetch
    from scraper.cli import main

    monkeypatch.setattr(scraper.fetch, "BACKOFF_FACTOR", 0.05)  # waits of 0, 0.1, 0.2 s between retries

    def run(path: str, *options: str) -> Run:
        argv = ["harvest", fault_server.url(path), "--out", str(tmp_path / "out"), "--delay", "0",
                "--timeout", "1", "--retries", "2", *options]
        code = main(argv)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
