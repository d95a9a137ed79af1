"""Polygons in lon/lat to an SVG map: equirectangular projection, compact path data, the map's markup."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from parsers.topojson import Feature, Point, Polygon, bounds

MAP_WIDTH = 600  # SVG user units; the page scales the drawing
DECIMALS = 1  # at this width one tenth of a unit is about 45 m, finer than the simplified boundaries


@dataclass(frozen=True)
class Projection:
    """Equirectangular: x shrunk by cos(mid latitude) so shapes keep their proportions, y pointing down."""

    west: float
    north: float
    x_scale: float  # SVG units per degree of longitude
    y_scale: float  # SVG units per degree of latitude
    width: float
    height: float

    def __call__(self, point: Point) -> Point:
        lon, lat = point
        return (lon - self.west) * self.x_scale, (self.north - lat) * self.y_scale


def fit_projection(box: tuple[float, float, float, float], width: float = MAP_WIDTH) -> Projection:
    """The projection that maps the (west, south, east, north) box onto `width` units."""
    west, south, east, north = box
    shrink = math.cos(math.radians((south + north) / 2))
    y_scale = width / ((east - west) * shrink)
    return Projection(west, north, y_scale * shrink, y_scale, width, (north - south) * y_scale)


def _number(steps: int) -> str:
    """A coordinate counted in steps of 10**-DECIMALS, written as short as it goes."""
    text = f"{steps / 10**DECIMALS:.{DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def path_data(polygons: Iterable[Polygon], project: Projection) -> str:
    """SVG path data: per ring an absolute move, then relative steps on a rounded grid; tiny rings vanish."""
    parts = []
    for polygon in polygons:
        for ring in polygon:
            grid = _on_grid(ring, project)
            if len(grid) < 3:
                continue  # smaller than the grid: nothing to see
            (x0, y0), steps = grid[0], pairwise(grid)
            moves = " ".join(f"{_number(x - px)} {_number(y - py)}" for (px, py), (x, y) in steps)
            parts.append(f"M{_number(x0)} {_number(y0)}l{moves}z")
    return "".join(parts)


def _on_grid(ring: Sequence[Point], project: Projection) -> list[tuple[int, int]]:
    """The ring's projected points rounded to the grid, without repeats and without the closing point."""
    scale = 10**DECIMALS
    grid: list[tuple[int, int]] = []
    for point in ring:
        x, y = project(point)
        cell = (round(x * scale), round(y * scale))
        if not grid or grid[-1] != cell:
            grid.append(cell)
    if len(grid) > 1 and grid[0] == grid[-1]:
        grid.pop()
    return grid


@dataclass(frozen=True)
class Legend:
    host: str
    other: str
    border: str


@dataclass(frozen=True)
class BaseMap:
    """A year's map before any host is marked: the drawing's size and each outline's path data."""

    year: int
    width: float
    height: int
    municipalities: dict[str, str]  # CBS code -> path data, in drawing order
    provinces: list[str]


def base_map(year: int, municipalities: Sequence[Feature], provinces: Sequence[Feature]) -> BaseMap:
    """The outlines projected to fit the municipalities' bounding box."""
    project = fit_projection(bounds(municipalities))
    return BaseMap(
        year, project.width, math.ceil(project.height),
        {feature.properties["cbs_code"]: path_data(feature.polygons, project) for feature in municipalities},
        [path_data(feature.polygons, project) for feature in provinces],
    )


def map_svg(base: BaseMap, names: Mapping[str, str], hosts: Mapping[str, str], legend: Legend, title: str) -> str:
    """The map: one path per municipality (`data-cbs-code`, class `host` with its `<title>` when in `hosts`),
    province borders on top, and the legend in the empty sea at the top left."""
    shapes = []
    for code, outline in base.municipalities.items():
        label = hosts.get(code) or names.get(code, code)
        css = "gm host" if code in hosts else "gm"
        shapes.append(
            f'<path class="{css}" data-cbs-code="{escape(code)}" d="{outline}"><title>{escape(label)}</title></path>'
        )
    borders = "".join(f'<path d="{outline}"/>' for outline in base.provinces)
    return (
        f'<svg class="map" viewBox="0 0 {base.width:g} {base.height}" role="img" '
        f'aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="map-title">{escape(title)}</title>'
        f'<g class="municipalities">{"".join(shapes)}</g>'
        f'<g class="provinces" aria-hidden="true">{borders}</g>'
        f"{_legend(legend)}</svg>"
    )


def _legend(legend: Legend) -> str:
    rows = (("legend-host", legend.host), ("legend-other", legend.other), ("legend-border", legend.border))
    items = "".join(
        f'<rect class="{css}" x="8" y="{8 + 22 * row}" width="16" height="14"/>'
        f'<text x="32" y="{19 + 22 * row}">{escape(text)}</text>'
        for row, (css, text) in enumerate(rows)
    )
    return f'<g class="legend">{items}</g>'
