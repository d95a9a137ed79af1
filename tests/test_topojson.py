"""TopoJSON decoding, projection and SVG path data on a tiny hand-made topology with known coordinates."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

import pytest

from parsers.topojson import Feature, bounds, decode_arcs, features, stitch_ring
from scraper.mapsvg import Legend, Projection, base_map, fit_projection, map_svg, path_data

# Two squares on the quantized grid, A = (0..2, 0..4) and B = (2..4, 0..4), sharing the edge x = 2 (arc 0),
# and an island triangle (arc 3). Grid to degrees: lon = x * 0.5 + 10, lat = y * 0.25 + 50.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [10, 50]},
    "arcs": [
        [[2, 0], [0, 4]],  # (2,0) -> (2,4)
        [[2, 4], [-2, 0], [0, -4], [2, 0]],  # (2,4) -> (0,4) -> (0,0) -> (2,0)
        [[2, 0], [2, 0], [0, 4], [-2, 0]],  # (2,0) -> (4,0) -> (4,4) -> (2,4)
        [[6, 0], [2, 0], [-2, 2], [0, -2]],  # (6,0) -> (8,0) -> (6,2) -> (6,0)
    ],
    "objects": {
        "areas": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "properties": {"cbs_code": "GM0001"}},
                {"type": "MultiPolygon", "arcs": [[[~0, 2]], [[3]]], "properties": {"cbs_code": "GM0002"}},
                {"type": None, "properties": {"cbs_code": "GM0003"}},
            ],
        }
    },
}
SQUARE_A = ((11.0, 50.0), (11.0, 51.0), (10.0, 51.0), (10.0, 50.0), (11.0, 50.0))
SQUARE_B = ((11.0, 51.0), (11.0, 50.0), (12.0, 50.0), (12.0, 51.0), (11.0, 51.0))
ISLAND = ((13.0, 50.0), (14.0, 50.0), (13.0, 50.5), (13.0, 50.0))


def test_arcs_are_cumulative_sums_scaled_and_translated() -> None:
    arcs = decode_arcs(TOPOLOGY)
    assert arcs[0] == [(11.0, 50.0), (11.0, 51.0)]
    assert arcs[3] == list(ISLAND)


def test_arcs_without_a_transform_are_absolute() -> None:
    assert decode_arcs({"arcs": [[[4.5, 52.0], [5.0, 52.5]]]}) == [[(4.5, 52.0), (5.0, 52.5)]]


def test_a_negative_index_reverses_the_arc_and_shared_points_appear_once() -> None:
    arcs = decode_arcs(TOPOLOGY)
    assert stitch_ring([0, 1], arcs) == SQUARE_A
    assert stitch_ring([~0, 2], arcs) == SQUARE_B


def test_features_give_polygons_and_multipolygons_with_their_properties() -> None:
    decoded = features(TOPOLOGY, "areas")
    assert [feature.properties["cbs_code"] for feature in decoded] == ["GM0001", "GM0002", "GM0003"]
    assert decoded[0].polygons == ((SQUARE_A,),)
    assert decoded[1].polygons == ((SQUARE_B,), (ISLAND,))
    assert decoded[2].polygons == ()
    assert bounds(decoded) == (10.0, 50.0, 14.0, 51.0)


def test_the_projection_fits_the_box_and_keeps_proportions_at_mid_latitude() -> None:
    projection = fit_projection((0.0, 0.0, 2.0, 60.0), width=100)
    assert projection((0.0, 60.0)) == (0.0, 0.0)  # north-west corner at the origin, y down
    east, south = projection((2.0, 0.0))
    assert east == pytest.approx(100)
    assert south == pytest.approx(projection.height)
    # A degree of longitude is cos(30°) of a degree of latitude in length.
    assert projection.x_scale / projection.y_scale == pytest.approx(math.cos(math.radians(30)))


def test_path_data_moves_once_then_steps_relative_and_drops_the_closing_point() -> None:
    projection = Projection(west=10.0, north=51.0, x_scale=10.0, y_scale=10.0, width=40.0, height=10.0)
    assert path_data([(SQUARE_A,)], projection) == "M10 10l0 -10 -10 0 0 10z"
    assert path_data([(SQUARE_A,), (ISLAND,)], projection) == "M10 10l0 -10 -10 0 0 10zM30 10l10 0 -10 -5z"


def test_path_data_rounds_to_tenths_and_drops_rings_smaller_than_the_grid() -> None:
    projection = Projection(west=0.0, north=1.0, x_scale=1.0, y_scale=1.0, width=1.0, height=1.0)
    ring = ((0.0, 1.0), (0.31, 1.0), (0.34, 0.46), (0.0, 1.0))  # steps from rounded points: no drift
    assert path_data([(ring,)], projection) == "M0 0l0.3 0 0 0.5z"
    dot = ((0.0, 1.0), (0.01, 1.0), (0.0, 0.99), (0.0, 1.0))
    assert path_data([(dot,)], projection) == ""


def test_map_svg_marks_hosts_and_draws_province_borders_on_top() -> None:
    municipalities = features(TOPOLOGY, "areas")[:2]
    provinces = [Feature({"cbs_code": "PV99"}, ((SQUARE_A,), (SQUARE_B,)))]
    svg = map_svg(
        base_map(2021, municipalities, provinces), {"GM0001": "Eerste", "GM0002": "Tweede"},
        {"GM0002": "Tweede — host & co"}, Legend("host", "other", "border"), "kaart",
    )
    root = ET.fromstring(svg)
    ns = {"svg": "http://www.w3.org/2000/svg"}
    shapes = root.findall(".//svg:path[@data-cbs-code]", ns)
    assert {shape.get("data-cbs-code"): shape.get("class") for shape in shapes} == {
        "GM0001": "gm", "GM0002": "gm host",
    }
    assert [shape.find("svg:title", ns).text for shape in shapes] == ["Eerste", "Tweede — host & co"]
    layers = [group.get("class") for group in root.findall("svg:g", ns)]
    assert layers.index("provinces") > layers.index("municipalities")  # drawn later, so on top
    width, height = map(float, root.get("viewBox").split()[2:])
    assert width == 600 and height > 0
