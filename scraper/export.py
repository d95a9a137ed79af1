"""Write records: the dataset files in DIR through pandas, and streamed CSV/JSONL for `parse`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from parsers.records import COLUMNS, Record
from scraper.atomic import write_bytes_atomic

DATASET_NAME = "dialoogtafels"


def dataset_path(out_dir: Path, extension: str = "csv") -> Path:
    return out_dir / f"{DATASET_NAME}.{extension}"


def _json_line(row: dict[str, object]) -> str:
    """One JSON object; an empty field is null, so that "the page does not say" is explicit."""
    return json.dumps({key: (None if value == "" else value) for key, value in row.items()}, ensure_ascii=False)


def write_dataset(records: list[Record], out_dir: Path) -> list[Path]:
    """Write DIR/dialoogtafels.csv and .jsonl atomically; returns the paths written."""
    import pandas as pd

    frame = pd.DataFrame([record.to_row() for record in records], columns=list(COLUMNS))
    csv_text = frame.to_csv(index=False, lineterminator="\n")
    jsonl_text = "".join(_json_line(row) + "\n" for row in frame.to_dict(orient="records"))
    written = []
    for extension, text in (("csv", csv_text), ("jsonl", jsonl_text)):
        path = dataset_path(out_dir, extension)
        write_bytes_atomic(path, text.encode("utf-8"))
        written.append(path)
    return written


def stream_records(records: Iterable[Record], out: TextIO, fmt: str, header: bool = True) -> None:
    """Write records to a text stream as they come, in the same CSV dialect as the dataset file."""
    if fmt == "jsonl":
        for record in records:
            out.write(_json_line(record.to_row()) + "\n")
        return
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    for record in records:
        writer.writerow(record.to_row())


def count_rows(path: Path) -> int:
    """Data rows in an existing dataset CSV (0 when there is none)."""
    if not path.exists():
        return 0
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def csv_text(records: Iterable[Record]) -> str:
    buffer = io.StringIO()
    stream_records(records, buffer, "csv")
    return buffer.getvalue()
