"""The page's past, from the Wayback CDX API: its captures, and each record's first and last capture."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from parsers.records import Record


@dataclass(frozen=True)
class Capture:
    timestamp: str  # YYYYMMDDhhmmss, UTC
    original: str  # the URL as the archive captured it
    digest: str  # the archive's SHA-1 of the body, base 32

    @property
    def captured_at(self) -> str:
        """The timestamp as ISO 8601 UTC, like fetched_at."""
        t = self.timestamp
        return f"{t[:4]}-{t[4:6]}-{t[6:8]}T{t[8:10]}:{t[10:12]}:{t[12:14]}Z"


def parse_cdx(text: str) -> list[Capture]:
    """Captures from a CDX answer with output=json (a header row, then one row per capture), oldest first."""
    rows = json.loads(text) if text.strip() else []
    if not rows:
        return []
    header = rows[0]
    if not isinstance(header, list) or not {"timestamp", "original", "digest"} <= set(header):
        raise ValueError("not a CDX listing: the first row does not name timestamp, original and digest")
    columns = {name: header.index(name) for name in ("timestamp", "original", "digest")}
    captures = {
        row[columns["timestamp"]]: Capture(*(str(row[columns[name]]) for name in ("timestamp", "original", "digest")))
        for row in rows[1:]
    }
    return [captures[stamp] for stamp in sorted(captures)]


def timeline(versions: Sequence[tuple[Capture, Sequence[Record]]]) -> list[dict[str, object]]:
    """One row per record over all captures (oldest first): its latest fields, first and last capture, how many."""
    rows: dict[str, dict[str, object]] = {}
    for capture, records in sorted(versions, key=lambda version: version[0].timestamp):
        for record in records:
            first = rows.get(record.record_id, {"first_seen": capture.captured_at, "captures": 0})
            rows[record.record_id] = {
                **record.to_row(),
                "first_seen": first["first_seen"],
                "last_seen": capture.captured_at,
                "captures": int(first["captures"]) + 1,  # type: ignore[call-overload]
            }
    return list(rows.values())
