"""The change log in DIR: update the dataset from a harvest's records, appending what changed to changes.csv."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path

from parsers.changes import Change, carry_seen, compare
from parsers.records import Record
from parsers.schema import CHANGE_COLUMNS
from scraper.atomic import write_bytes_atomic
from scraper.datapackage import write_datapackage
from scraper.export import csv_bytes, read_dataset, read_rows, write_dataset

CHANGES_NAME = "changes.csv"


def update_dataset(
    records: Sequence[Record], out_dir: Path, run_at: str, formats: Iterable[str]
) -> tuple[list[Path], list[Change]]:
    """Write the dataset of `records` (first_seen carried over), log its changes, describe it; returns both."""
    previous = read_dataset(out_dir)
    rows = carry_seen(previous, [record.to_row() for record in records], run_at)
    changes = compare(previous, rows)
    written = write_dataset(rows, out_dir, formats)
    log_path = append_changes(out_dir, changes, run_at)
    tables = [*written, log_path] if log_path.exists() else written
    write_datapackage(out_dir, tables, sorted({record.source_url for record in records}))
    return written, changes


def append_changes(out_dir: Path, changes: Sequence[Change], run_at: str) -> Path:
    """Add `changes` to DIR/changes.csv (created with its header on the first change); returns its path."""
    path = out_dir / CHANGES_NAME
    if not changes:
        return path
    rows = [{"run_at": run_at, **asdict(change)} for change in changes]
    text = csv_bytes(rows, CHANGE_COLUMNS)
    if path.exists():
        text = path.read_bytes() + text.split(b"\n", 1)[1]  # the new rows without a second header
    write_bytes_atomic(path, text)
    return path


def load_rows(path: Path) -> list[dict[str, str]]:
    """Rows to compare from a dataset (.csv, .jsonl) or from a snapshot (.html.gz or its .json), re-extracted."""
    from parsers.encoding import decode_html
    from parsers.records import Provenance, records_from_html
    from scraper.export import dataset_row
    from scraper.snapshot import META_SUFFIX, SNAPSHOT_SUFFIX, read_snapshot_file

    if path.name.endswith((SNAPSHOT_SUFFIX, META_SUFFIX)):
        body, snapshot = read_snapshot_file(path)
        if snapshot is None:
            raise ValueError(f"{path} has no snapshot metadata beside it, so its source URL is unknown")
        html, _ = decode_html(body, snapshot.content_type)
        records = records_from_html(html, Provenance(snapshot.requested_url, snapshot.fetched_at, snapshot.sha256))
        return [{key: str(value) for key, value in dataset_row(record).items()} for record in records]
    if path.suffix in (".csv", ".jsonl"):
        return read_rows(path)
    raise ValueError(f"{path} is neither a dataset (.csv, .jsonl) nor a snapshot (.html.gz, .json)")


def changes_text(changes: Sequence[Change], fmt: str) -> str:
    """Changes as CSV or JSONL, with the change log's columns but run_at."""
    import json

    rows = [asdict(change) for change in changes]
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return csv_bytes(rows, CHANGE_COLUMNS[1:]).decode("utf-8")
