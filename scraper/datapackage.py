"""DIR/datapackage.json: a Frictionless Data Package describing the files in DIR, their columns and their source."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from parsers.schema import CHANGE_FIELDS, DATASET_FIELDS, HISTORY_FIELDS, VERSION_FIELDS
from scraper import PROJECT_URL
from scraper.atomic import write_bytes_atomic

PACKAGE_NAME = "datapackage.json"
PAGE_TITLE = "VNG: Gemeenten doen mee aan dialogen over herstel en vernieuwing na corona"
CSV_DIALECT = {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "lineTerminator": "\n", "header": True}
MEDIA_TYPES = {
    "csv": "text/csv",
    "jsonl": "application/jsonl",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "parquet": "application/vnd.apache.parquet",
    "html": "text/html",
}
ESCAPED = (
    " Text cells that begin with =, +, -, @, a tab or a carriage return carry a leading single quote so that "
    "spreadsheets do not run them as formulas (OWASP); the JSONL and Parquet files hold the raw text."
)
# Name stem in DIR -> (fields, what the file is).
TABLES = {
    "dialoogtafels": (DATASET_FIELDS, "One row per host of a section of the page: who chaired which dialoogtafel."),
    "changes": (CHANGE_FIELDS, "The change log: one row per record added or removed, or field modified, per harvest."),
    "history": (HISTORY_FIELDS, "One row per record found in the page's captures in the Internet Archive."),
    "versions": (VERSION_FIELDS, "One row per capture of the page in the Internet Archive."),
}
# The page is VNG's; its terms for reuse are not stated on it, so the data's licence is not claimed here.
LICENSE = {
    "name": "notspecified",
    "title": "Not specified: the text is VNG's (vng.nl) and its reuse follows the source's terms; the harvester's "
    "MIT licence does not cover the data",
}


def _resource(out_dir: Path, path: Path) -> dict[str, object]:
    stem, fmt = path.name.split(".", 1)
    fields, description = TABLES[stem]
    resource: dict[str, object] = {
        "name": f"{stem}-{fmt}".replace("_", "-"),
        "path": path.relative_to(out_dir).as_posix(),
        "profile": "tabular-data-resource",
        "format": fmt,
        "mediatype": MEDIA_TYPES[fmt],
        "encoding": "utf-8",
        "description": description + (ESCAPED if fmt in ("csv", "xlsx") else ""),
        "schema": {"fields": list(fields), "missingValues": [""], **_key(fields)},
    }
    if fmt == "csv":
        resource["dialect"] = CSV_DIALECT
    return resource


def _key(fields: Sequence[dict[str, object]]) -> dict[str, str]:
    """{"primaryKey": name} for a table with a unique column."""
    unique = [str(f["name"]) for f in fields if f.get("constraints", {}).get("unique")]  # type: ignore[union-attr]
    return {"primaryKey": unique[0]} if unique else {}


def package(out_dir: Path, paths: Sequence[Path], sources: Sequence[str]) -> dict[str, object]:
    """The Data Package for `paths` in DIR (tables known by their name, other files as plain resources)."""
    resources = []
    for path in sorted(paths, key=lambda p: p.name):
        stem, _, fmt = path.name.partition(".")
        if stem in TABLES:
            resources.append(_resource(out_dir, path))
        else:
            resources.append({"name": stem.replace("_", "-"), "path": path.name, "format": fmt,
                              "mediatype": MEDIA_TYPES.get(fmt, "application/octet-stream")})
    return {
        "profile": "data-package",
        "name": "dialoogtafels",
        "title": "Hosts of the 2021 corona dialoogtafels, from the VNG page",
        "description": "Harvested by dialoogtafels from the VNG page on the 2021 corona dialoogtafels; every row "
        "names the snapshot of the page it came from (snapshot_sha256, in snapshots/) and the extractor version.",
        "homepage": PROJECT_URL,
        "sources": [{"title": PAGE_TITLE, "path": url} for url in dict.fromkeys(sources)],
        "licenses": [LICENSE],
        "resources": resources,
    }


def write_datapackage(out_dir: Path, paths: Sequence[Path], sources: Sequence[str]) -> Path:
    """Write DIR/datapackage.json for the files in `paths`; returns its path."""
    target = out_dir / PACKAGE_NAME
    text = json.dumps(package(out_dir, paths, sources), indent=2, ensure_ascii=False) + "\n"
    write_bytes_atomic(target, text.encode("utf-8"))
    return target
