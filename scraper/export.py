"""Write and read the data files: CSV, JSONL, XLSX and Parquet through pandas, atomically and reproducibly."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from parsers.records import Record
from parsers.schema import DATASET_COLUMNS
from scraper.atomic import write_bytes_atomic
from scraper.formats import DEFAULT_FORMATS

DATASET_NAME = "dialoogtafels"
# OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Every zip entry gets this date, so that the workbook's bytes depend on the data alone.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_MAX_WIDTH = 60

Row = Mapping[str, object]


def dataset_path(out_dir: Path, extension: str = "csv") -> Path:
    return out_dir / f"{DATASET_NAME}.{extension}"


def escape_cell(value: object) -> object:
    """A text that a spreadsheet would run as a formula gets a leading single quote (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value


def _json_line(row: Row) -> str:
    """One JSON object; an empty field is null, so that "the page does not say" is explicit."""
    return json.dumps({key: (None if value == "" else value) for key, value in row.items()}, ensure_ascii=False)


def _frame(
    rows: Sequence[Row], columns: Sequence[str], cell: Callable[[object], object] = lambda value: value,
    dtype: str | None = None,
):
    """The rows as a DataFrame (a missing field is None), each value passed through `cell` on the way in: cheaper
    than pandas' DataFrame.map, whose fixed cost outweighs a page's few rows."""
    import pandas as pd

    return pd.DataFrame([[cell(row.get(name)) for name in columns] for row in rows], columns=list(columns), dtype=dtype)


def csv_bytes(rows: Sequence[Row], columns: Sequence[str]) -> bytes:
    """UTF-8, comma, header row, "\\n" line ends, formula-like text escaped."""
    # (the values as Python objects: a text file needs no Arrow strings, whose first conversion costs a one-page
    # harvest some 6 ms)
    frame = _frame(rows, columns, escape_cell, dtype="object")
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _jsonl_bytes(rows: Sequence[Row], columns: Sequence[str]) -> bytes:
    return "".join(_json_line({name: row.get(name, "") for name in columns}) + "\n" for row in rows).encode("utf-8")


def _xlsx_bytes(rows: Sequence[Row], columns: Sequence[str]) -> bytes:
    """One sheet: bold header row, frozen below the header, columns as wide as their text (up to a limit)."""
    frame = _frame(rows, columns, _xlsx_cell, dtype="object")
    buffer = io.BytesIO()
    import pandas as pd

    # Text stays text: no cell becomes a formula or a hyperlink because of what it starts with.
    options = {"strings_to_formulas": False, "strings_to_urls": False}
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        frame.to_excel(writer, sheet_name=DATASET_NAME, index=False, freeze_panes=(1, 0))
        sheet = writer.sheets[DATASET_NAME]
        for index, name in enumerate(frame.columns):
            longest = max([len(str(name)), *(len(str(value)) for value in frame[name] if value is not None)])
            sheet.set_column(index, index, min(longest + 2, _MAX_WIDTH))
    return _reproducible_zip(buffer.getvalue())


# Control characters XML 1.0 cannot hold; a workbook with one will not open.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_cell(value: object) -> object:
    return escape_cell(_NOT_IN_XML.sub("", value) if isinstance(value, str) else value)


def _reproducible_zip(data: bytes) -> bytes:
    """The same zip with fixed entry dates and workbook timestamps: same data in, same bytes out."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>1980-01-01T00:00:00Z", content)
            target.writestr(zipfile.ZipInfo(info.filename, _ZIP_DATE), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _parquet_bytes(rows: Sequence[Row], columns: Sequence[str]) -> bytes:
    buffer = io.BytesIO()
    _frame(rows, columns).to_parquet(buffer, engine="pyarrow", index=False)
    return buffer.getvalue()


WRITERS = {"csv": csv_bytes, "jsonl": _jsonl_bytes, "xlsx": _xlsx_bytes, "parquet": _parquet_bytes}


def write_table(
    rows: Sequence[Row], out_dir: Path, name: str, columns: Sequence[str], formats: Iterable[str]
) -> list[Path]:
    """Write out_dir/<name>.<format> for each tabular format chosen, atomically; returns the paths written."""
    written = []
    for fmt in formats:
        if fmt in WRITERS:
            path = out_dir / f"{name}.{fmt}"
            write_bytes_atomic(path, WRITERS[fmt](rows, columns))
            written.append(path)
    return written


def write_dataset(rows: Sequence[Row], out_dir: Path, formats: Iterable[str] = DEFAULT_FORMATS) -> list[Path]:
    """The dataset in each format chosen, the HTML report if chosen; returns the paths written."""
    formats = tuple(formats)
    written = write_table(rows, out_dir, DATASET_NAME, DATASET_COLUMNS, formats)
    if "html" in formats:
        from scraper.report import write_report

        written.append(write_report(out_dir))
    return written


def read_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV or JSONL data file as text, with the CSV's formula escapes undone and JSON nulls as ""."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        return [{key: "" if value is None else str(value) for key, value in row.items()} for row in rows]
    return [{key: unescape_cell(value) for key, value in row.items()} for row in csv.DictReader(io.StringIO(text))]


def read_dataset(out_dir: Path) -> list[dict[str, str]]:
    """The dataset already in DIR (JSONL holds the raw text, so it is read first), or [] when there is none."""
    for extension in ("jsonl", "csv"):
        if dataset_path(out_dir, extension).exists():
            return read_rows(dataset_path(out_dir, extension))
    return []


def dataset_row(record: Record) -> dict[str, object]:
    """A record as a row of a dataset made from its page alone: first and last seen when it was fetched."""
    return {**record.to_row(), "first_seen": record.fetched_at, "last_seen": record.fetched_at}


def stream_records(records: Iterable[Record], out: TextIO, fmt: str, header: bool = True) -> None:
    """Write records to a text stream as they come, in the same dialect and columns as the dataset files."""
    if fmt == "jsonl":
        for record in records:
            out.write(_json_line(dataset_row(record)) + "\n")
        return
    writer = csv.DictWriter(out, fieldnames=DATASET_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    for record in records:
        writer.writerow({key: escape_cell(value) for key, value in dataset_row(record).items()})
