"""The report's base maps: each shipped year's boundaries projected to SVG path data once, stored beside them.

Decoding the TopoJSON and projecting some 350 outlines takes about a fifth of a second, the same every time, so
`python -m scraper.basemap` does it when the boundaries change and the report only reads the result (a test checks
that the stored maps are what the boundaries give today)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from pathlib import Path

from scraper.mapsvg import BaseMap, base_map

GEO = "data/geo"  # boundaries per year, inside the package


def shipped_years() -> list[int]:
    names = (entry.name for entry in files("scraper").joinpath(GEO).iterdir())
    return sorted(int(match[1]) for name in names if (match := re.fullmatch(r"gemeenten-(\d{4})\.topojson", name)))


def build_base_map(year: int) -> BaseMap:
    """The year's base map computed from its municipality and province TopoJSON."""
    from parsers.topojson import features

    geo = files("scraper").joinpath(GEO)
    municipalities = json.loads(geo.joinpath(f"gemeenten-{year}.topojson").read_text(encoding="utf-8"))
    provinces = json.loads(geo.joinpath(f"provincies-{year}.topojson").read_text(encoding="utf-8"))
    return base_map(year, features(municipalities, "gm_features"), features(provinces, "provincies"))


@cache
def load_base_map(year: int) -> BaseMap:
    """The year's stored base map."""
    stored = json.loads(files("scraper").joinpath(GEO).joinpath(_file_name(year)).read_text(encoding="utf-8"))
    return BaseMap(**stored)


def _file_name(year: int) -> str:
    return f"basemap-{year}.json"


def main() -> None:
    """Write every shipped year's base map into the package's data folder."""
    folder = Path(str(files("scraper").joinpath(GEO)))
    for year in shipped_years():
        stored = json.dumps(build_base_map(year).__dict__, ensure_ascii=False, separators=(",", ":"))
        (folder / _file_name(year)).write_text(stored + "\n", encoding="utf-8")
        print(f"{year}: {folder / _file_name(year)}")


if __name__ == "__main__":
    main()
