"""Files for analysts: CSV, JSONL, XLSX and Parquet, escaped against formula injection, described by a Data Package."""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from parsers.records import Provenance, records_from_html
from parsers.schema import DATASET_COLUMNS, DATASET_FIELDS
from scraper import DEFAULT_URL
from scraper.cli import main
from scraper.datapackage import write_datapackage
from scraper.export import escape_cell, read_rows, unescape_cell, write_dataset
from scraper.formats import missing_support, parse_formats
from tests.test_cli import ROOT, read_csv, run

FORMULAS = ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"]
SAFE = ["Leusden", "", " =1", "'quoted", "a=b"]


@pytest.fixture
def rows(seed_html: str) -> list[dict[str, object]]:
    """The seed page's rows, the first summary beginning with "=" and the second host's name with "@"."""
    records = records_from_html(seed_html, Provenance(DEFAULT_URL, "2021-04-22T14:05:09Z", "a" * 64))
    records[0] = replace(records[0], summary="=HYPERLINK(\"http://x\")" + records[0].summary)
    records[1] = replace(records[1], host_name="@" + records[1].host_name)
    return [{**r.to_row(), "first_seen": r.fetched_at, "last_seen": r.fetched_at} for r in records]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_like_text_is_escaped_and_read_back(text: str) -> None:
    assert escape_cell(text) == "'" + text
    assert unescape_cell(escape_cell(text)) == text


@pytest.mark.parametrize("text", SAFE)
def test_other_text_is_left_alone(text: str) -> None:
    assert escape_cell(text) == text
    assert unescape_cell(text) == text
    assert escape_cell(7) == 7


def test_each_format_holds_the_rows_escaped_only_where_a_spreadsheet_reads(tmp_path: Path, rows) -> None:
    import pandas as pd
    from openpyxl import load_workbook

    written = write_dataset(rows, tmp_path, ("csv", "jsonl", "xlsx", "parquet"))
    assert [p.name for p in written] == [f"dialoogtafels.{f}" for f in ("csv", "jsonl", "xlsx", "parquet")]
    text = (tmp_path / "dialoogtafels.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(DATASET_COLUMNS)
    as_csv = read_csv(tmp_path / "dialoogtafels.csv")
    assert as_csv[0]["summary"] == "'" + rows[0]["summary"] and as_csv[1]["host_name"] == "'" + rows[1]["host_name"]
    lines = [json.loads(line) for line in (tmp_path / "dialoogtafels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines[0]["summary"] == rows[0]["summary"] and lines[1]["host_name"] == rows[1]["host_name"]
    # Reading either back gives the raw text.
    assert read_rows(tmp_path / "dialoogtafels.csv") == read_rows(tmp_path / "dialoogtafels.jsonl")
    assert read_rows(tmp_path / "dialoogtafels.csv")[0]["summary"] == rows[0]["summary"]

    sheet = load_workbook(tmp_path / "dialoogtafels.xlsx").active
    assert [cell.value for cell in sheet[1]] == list(DATASET_COLUMNS)
    assert sheet.freeze_panes == "A2"
    summary = sheet.cell(row=2, column=DATASET_COLUMNS.index("summary") + 1)
    assert (summary.value, summary.data_type) == ("'" + rows[0]["summary"], "s")  # text, not a formula
    assert sheet.cell(row=2, column=DATASET_COLUMNS.index("position") + 1).value == 1
    widths = {c: sheet.column_dimensions[c].width for c in ("B", "L")}  # position, summary
    assert widths["B"] < 15 < widths["L"] <= 62

    frame = pd.read_parquet(tmp_path / "dialoogtafels.parquet")
    assert list(frame.columns) == list(DATASET_COLUMNS)
    assert frame["summary"][0] == rows[0]["summary"] and frame["position"].tolist() == [r["position"] for r in rows]


def test_the_same_rows_give_the_same_bytes(tmp_path: Path, rows) -> None:
    formats = ("csv", "jsonl", "xlsx", "parquet")
    first = [p.read_bytes() for p in write_dataset(rows, tmp_path / "a", formats)]
    second = [p.read_bytes() for p in write_dataset(rows, tmp_path / "b", formats)]
    assert first == second
    # The workbook carries no time of writing: fixed zip entry dates and document dates.
    workbook = zipfile.ZipFile(io.BytesIO(first[2]))
    assert {info.date_time for info in workbook.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    core = workbook.read("docProps/core.xml").decode()
    assert re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]*)<", core) == ["1980-01-01T00:00:00Z"] * 2


def test_the_data_package_validates_with_frictionless(tmp_path: Path, rows) -> None:
    from frictionless import Package, validate

    written = write_dataset(rows, tmp_path, ("csv", "jsonl", "xlsx"))
    path = write_datapackage(tmp_path, written, [DEFAULT_URL])
    report = validate(str(path))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = Package(str(path))
    schema = package.get_resource("dialoogtafels-csv").schema
    assert [f.name for f in schema.fields] == list(DATASET_COLUMNS)
    assert all(f.description for f in schema.fields)
    assert schema.get_field("position").type == "integer" and schema.get_field("event_date").type == "date"
    descriptor = json.loads(path.read_text())
    assert descriptor["sources"] == [{"title": descriptor["sources"][0]["title"], "path": DEFAULT_URL}]
    assert descriptor["licenses"][0]["name"] == "notspecified"
    assert descriptor["resources"][0]["dialect"]["delimiter"] == ","


def test_a_broken_row_fails_validation(tmp_path: Path, rows) -> None:
    from frictionless import validate

    rows[0]["municipality_code"] = "0344"
    path = write_datapackage(tmp_path, write_dataset(rows, tmp_path, ("csv",)), [DEFAULT_URL])
    report = validate(str(path))
    assert not report.valid
    assert {error[1] for error in report.flatten(["rowNumber", "fieldName"])} == {"municipality_code"}


def test_the_readme_columns_table_matches_the_schema() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("| column | meaning |")[1].split("\n\n")[0]
    documented = dict(re.findall(r"^\| `(\w+)` \| (.+) \|$", table, re.M))
    assert documented == {str(f["name"]): str(f["description"]) for f in DATASET_FIELDS}


def test_formats_are_checked_before_anything_is_fetched(monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path) -> None:
    assert parse_formats("CSV, xlsx,csv") == ("csv", "xlsx")
    with pytest.raises(ValueError, match="unknown format pdf"):
        parse_formats("csv,pdf")
    with pytest.raises(ValueError, match="choose csv or jsonl too"):
        parse_formats("xlsx,html")
    assert parse_formats("jsonl,html") == ("jsonl", "html")
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None if name == "pyarrow" else real(name))
    assert "pyarrow" in missing_support(["csv", "parquet"])
    code = main(["harvest", "http://127.0.0.1:9/never", "--out", str(tmp_path), "--formats", "csv,parquet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == (
        "dialoogtafels harvest: --formats parquet needs pyarrow, which is not installed: "
        "pip install 'dialoogtafels[parquet]'"
    )
    assert not list(tmp_path.iterdir())


def test_an_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    done = run("harvest", "--offline", "--out", str(tmp_path), "--formats", "csv,docx")
    assert done.returncode == 2
    assert "unknown format docx" in done.stderr and "Traceback" not in done.stderr
