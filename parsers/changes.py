"""What changed between two versions of the dataset: records added, removed and modified, field by field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

Row = Mapping[str, object]

# Where a row sits and where and when it was fetched say nothing about the host's message: a section that
# moves down the page, or a page fetched again, is not a change to its records.
NOT_COMPARED = frozenset(
    {"position", "source_url", "fetched_at", "snapshot_sha256", "extractor_version", "first_seen", "last_seen"}
)


@dataclass(frozen=True)
class Change:
    record_id: str
    change: str  # added | removed | modified
    field: str = ""
    old: str = ""
    new: str = ""


def _text(value: object) -> str:
    return "" if value is None else str(value)


def label(row: Row) -> str:
    """A record in a few words, for an added or removed one: its heading and its host."""
    host = _text(row.get("host_name")) or "no host named"
    return f"{_text(row.get('heading'))} ({host})"


def compare(old: Sequence[Row], new: Sequence[Row]) -> list[Change]:
    """Changes from `old` to `new`, matched by record_id: added (new order), removed (old order), then modified."""
    before = {_text(row["record_id"]): row for row in old}
    after = {_text(row["record_id"]): row for row in new}
    added = [Change(key, "added", new=label(row)) for key, row in after.items() if key not in before]
    removed = [Change(key, "removed", old=label(row)) for key, row in before.items() if key not in after]
    modified = [
        Change(key, "modified", name, _text(before[key].get(name)), _text(value))
        for key, row in after.items()
        if key in before
        for name, value in row.items()
        if name not in NOT_COMPARED and _text(before[key].get(name)) != _text(value)
    ]
    return added + removed + modified


def counts(changes: Sequence[Change]) -> str:
    """"+2 added, -1 removed, 3 modified": records, not fields."""
    added = sum(1 for c in changes if c.change == "added")
    removed = sum(1 for c in changes if c.change == "removed")
    modified = len({c.record_id for c in changes if c.change == "modified"})
    return f"+{added} added, -{removed} removed, {modified} modified"


def carry_seen(old: Sequence[Row], new: Sequence[Row], seen_at: str) -> list[dict[str, object]]:
    """`new` with first_seen kept from `old` for records it already held, and last_seen set to `seen_at`."""
    first = {_text(row["record_id"]): _text(row.get("first_seen")) for row in old}
    return [
        {**row, "first_seen": first.get(_text(row["record_id"])) or seen_at, "last_seen": seen_at} for row in new
    ]


def _cell(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def as_table(changes: Sequence[Change], width: int = 48) -> str:
    """Changes as an aligned text table for a terminal, long values cut to `width` characters."""
    header = ("change", "record_id", "field", "old", "new")
    rows = [header] + [
        (c.change, c.record_id, c.field, _cell(c.old, width), _cell(c.new, width)) for c in changes
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)
