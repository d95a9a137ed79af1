"""Build cassettes/vng_dialoogtafels.yaml from the reconstruction of the page's markup.

The live page cannot be reached from the machines this project was built on, so the cassette holds the
reconstruction (../shared/pages/vng-dialoogtafels.html: the page's real published text in invented markup,
with placeholder video ids) served as the site would serve it. Re-record from the live page with
`pytest tests/test_cassette.py --record-mode=rewrite -o addopts=""` (see cassettes/README.md).

Usage: python cassettes/build_from_reconstruction.py PATH/TO/vng-dialoogtafels.html
"""

from __future__ import annotations

import sys
from pathlib import Path

from vcr.serializers import yamlserializer

from scraper import DEFAULT_URL, USER_AGENT

# A Drupal site's stock robots.txt, shortened: the article pages are allowed.
ROBOTS_TXT = """User-agent: *
Disallow: /core/
Disallow: /profiles/
Disallow: /admin/
Disallow: /search/
Disallow: /user/login
"""
PAGE_HEADERS = {
    "Content-Type": ["text/html; charset=UTF-8"],
    "ETag": ['"1619100309"'],
    "Last-Modified": ["Thu, 22 Apr 2021 14:05:09 GMT"],
    "Cache-Control": ["max-age=900, public"],
    "Content-Language": ["nl"],
}


def interaction(url: str, body: str, headers: dict[str, list[str]]) -> dict[str, object]:
    return {
        "request": {
            "body": None,
            "headers": {"User-Agent": [USER_AGENT]},
            "method": "GET",
            "uri": url,
        },
        "response": {
            "body": {"string": body},
            "headers": headers,
            "status": {"code": 200, "message": "OK"},
        },
    }


def build(html_path: Path) -> dict[str, object]:
    robots_url = DEFAULT_URL.split("/artikelen/")[0] + "/robots.txt"
    return {
        "interactions": [
            interaction(robots_url, ROBOTS_TXT, {"Content-Type": ["text/plain; charset=UTF-8"]}),
            interaction(DEFAULT_URL, html_path.read_text(encoding="utf-8"), PAGE_HEADERS),
        ],
        "version": 1,
    }


if __name__ == "__main__":
    source = Path(sys.argv[1])
    target = Path(__file__).resolve().parent / "vng_dialoogtafels.yaml"
    target.write_text(yamlserializer.serialize(build(source)), encoding="utf-8")
    print(f"wrote {target}")
