"""Build cassettes/wayback_history.yaml: the Wayback CDX listing of the page and three captures of it.

The archive cannot be reached from the machines this project was built on, so the captures are made from the
seed cassette (vng_dialoogtafels.yaml, itself a reconstruction: see cassettes/README.md) by editing its markup
with tests/page_versions.py: the seed page; a section added; then a section removed and a text changed. The
timestamps are invented; the digests are computed as the archive computes them (SHA-1 of the body, base 32).

Usage (from the repository root): python -m cassettes.build_history
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import yaml
from vcr.serializers import yamlserializer

from cassettes.build_from_reconstruction import interaction
from parsers.history import Capture
from scraper import ARCHIVE_BASE, DEFAULT_URL
from scraper.history import capture_url, cdx_url
from tests.page_versions import versions

HERE = Path(__file__).resolve().parent
TIMESTAMPS = ("20210312093015", "20210420141502", "20210603080044")
ROBOTS_TXT = "User-agent: *\nDisallow: /save/\n"  # invented: lets the CDX API and the captures be fetched
HTML = {"Content-Type": ["text/html; charset=UTF-8"]}
JSON = {"Content-Type": ["application/json"]}


def seed_html() -> str:
    cassette = yaml.safe_load((HERE / "vng_dialoogtafels.yaml").read_text(encoding="utf-8"))
    return next(i for i in cassette["interactions"] if i["request"]["uri"] == DEFAULT_URL)["response"]["body"]["string"]


def archive_digest(body: bytes) -> str:
    return base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def build() -> dict[str, object]:
    pages = versions(seed_html())
    captures = [
        Capture(stamp, DEFAULT_URL, archive_digest(page.encode("utf-8")))
        for stamp, page in zip(TIMESTAMPS, pages, strict=True)
    ]
    listing = [["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]] + [
        ["nl,vng)/artikelen/gemeenten-doen-mee-aan-dialogen-over-herstel-en-vernieuwing-na-corona", c.timestamp,
         c.original, "text/html", "200", c.digest, str(len(page))]
        for c, page in zip(captures, pages, strict=True)
    ]
    return {
        "interactions": [
            interaction(f"{ARCHIVE_BASE}/robots.txt", ROBOTS_TXT, {"Content-Type": ["text/plain"]}),
            interaction(cdx_url(ARCHIVE_BASE, DEFAULT_URL), json.dumps(listing), JSON),
            *(interaction(capture_url(ARCHIVE_BASE, c), page, HTML) for c, page in zip(captures, pages, strict=True)),
        ],
        "version": 1,
    }


if __name__ == "__main__":
    target = HERE / "wayback_history.yaml"
    target.write_text(yamlserializer.serialize(build()), encoding="utf-8")
    print(f"wrote {target}")
