"""TopoJSON to polygons in lon/lat: quantized, delta-encoded arcs decoded and stitched into rings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Point = tuple[float, float]
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]  # the outer ring, then its holes


@dataclass(frozen=True)
class Feature:
    properties: dict[str, Any]
    polygons: tuple[Polygon, ...]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """The topology's arcs as absolute coordinates: cumulative sums of the deltas, then scale and translate."""
    transform = topology.get("transform")
    if not transform:
        return [[(float(x), float(y)) for x, y, *_ in arc] for arc in topology["arcs"]]
    (kx, ky), (dx, dy) = transform["scale"], transform["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for step_x, step_y, *_ in arc:
            x, y = x + step_x, y + step_y
            points.append((x * kx + dx, y * ky + dy))
        decoded.append(points)
    return decoded


def stitch_ring(indices: Iterable[int], arcs: Sequence[Sequence[Point]]) -> Ring:
    """One ring from arc indices; `~i` (a negative index) is arc i reversed, and shared end points appear once."""
    ring: list[Point] = []
    for index in indices:
        arc = list(arcs[~index])[::-1] if index < 0 else list(arcs[index])
        # Each arc starts where the previous one ended.
        ring.extend(arc[1:] if ring else arc)
    return tuple(ring)


def geometry_polygons(geometry: dict[str, Any], arcs: Sequence[Sequence[Point]]) -> tuple[Polygon, ...]:
    """The polygons of a Polygon or MultiPolygon geometry; other types have none."""
    kind = geometry.get("type")
    if kind == "Polygon":
        parts = [geometry["arcs"]]
    elif kind == "MultiPolygon":
        parts = geometry["arcs"]
    else:
        return ()
    return tuple(tuple(stitch_ring(ring, arcs) for ring in polygon) for polygon in parts)


def features(topology: dict[str, Any], name: str) -> list[Feature]:
    """The features of the named object (a GeometryCollection) with their polygons."""
    arcs = decode_arcs(topology)
    return [
        Feature(geometry.get("properties", {}), geometry_polygons(geometry, arcs))
        for geometry in topology["objects"][name]["geometries"]
    ]


def bounds(features: Iterable[Feature]) -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) over all points of the features."""
    points = [point for feature in features for polygon in feature.polygons for ring in polygon for point in ring]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)
