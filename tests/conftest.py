"""Shared fixtures: cassettes live in cassettes/ and are replayed with the network blocked."""

from __future__ import annotations

from pathlib import Path

import pytest

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
