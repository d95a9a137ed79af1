"""`history`: the page's captures in the Internet Archive, stored as snapshots, extracted, laid out as a timeline."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from urllib.parse import urlencode

from parsers.encoding import decode_html
from parsers.history import Capture, parse_cdx, timeline
from parsers.records import Provenance, Record, records_from_html
from parsers.schema import HISTORY_COLUMNS, VERSION_COLUMNS
from scraper import ARCHIVE_BASE
from scraper.batch import in_order
from scraper.datapackage import write_datapackage
from scraper.export import write_table
from scraper.fetch import Fetcher, FetchError
from scraper.snapshot import Snapshot, all_snapshots, read_body, save_snapshot

log = logging.getLogger(__name__)

CDX_TYPES = ("application/json", "text/json", "text/plain")
HISTORY_FORMATS = ("csv", "html")
HISTORY_REPORT = "history.html"


@dataclass
class HistoryResult:
    url: str
    out_dir: Path
    captures: int
    fetched: int  # captures fetched now; the others were stored already
    records: int  # distinct records over all captures
    written: list[Path]

    def summary(self) -> str:
        return (
            f"{self.captures} captures of {self.url} ({self.fetched} fetched now, "
            f"{self.captures - self.fetched} stored before), {self.records} distinct records; "
            f"timeline in {self.out_dir / 'history.csv'}"
        )


def cdx_url(base: str, url: str, since: str = "", until: str = "") -> str:
    """The CDX query: captures of `url` with status 200, one per distinct body, between `since` and `until`."""
    params = [("url", url), ("output", "json"), ("filter", "statuscode:200"), ("collapse", "digest")]
    params += [(name, value) for name, value in (("from", since), ("to", until)) if value]
    return f"{base.rstrip('/')}/cdx/search/cdx?{urlencode(params)}"


def capture_url(base: str, capture: Capture) -> str:
    """Where the archive serves the capture's original bytes (`id_`: without its banner or rewritten links)."""
    return f"{base.rstrip('/')}/web/{capture.timestamp}id_/{capture.original}"


def history(
    url: str, out_dir: Path, fetcher: Fetcher, *, base: str = ARCHIVE_BASE, since: str = "", until: str = "",
    formats: tuple[str, ...] = HISTORY_FORMATS, jobs: int = 1,
) -> HistoryResult:
    """List the captures of `url`, fetch those not stored yet, extract each, write history and versions tables."""
    listing = fetcher.fetch(cdx_url(base, url, since, until), types=CDX_TYPES)
    try:
        captures = parse_cdx(listing.body.decode("utf-8"))
    except ValueError as error:  # json.JSONDecodeError is a ValueError
        raise FetchError(f"the archive's CDX answer for {url} is not a capture listing: {error}") from None
    # A stored capture is known by the page's URL and the capture's time, which _fetch_capture gives it.
    stored = {(snapshot.requested_url, snapshot.fetched_at): snapshot for snapshot in all_snapshots(out_dir)}
    pairs: list[tuple[Capture, Snapshot]] = []
    fetched = 0
    for capture in _progress(captures):  # one request at a time, with the fetcher's delay
        snapshot = stored.get((url, capture.captured_at))
        if snapshot is None:
            snapshot = _fetch_capture(fetcher, base, url, capture, out_dir)
            fetched += 1
        pairs.append((capture, snapshot))
    versions: list[tuple[Capture, Snapshot, list[Record]]] = []
    # Extraction needs no network: spread it over `jobs` processes, results in capture order.
    for index, ((capture, snapshot), records) in enumerate(
        zip(pairs, in_order(partial(_extract, out_dir, url), pairs, jobs), strict=True), start=1
    ):
        versions.append((capture, snapshot, records))
        _note(f"capture {index}/{len(captures)} {capture.timestamp}: {len(records)} records")
    rows = timeline([(capture, records) for capture, _, records in versions])
    version_rows = [
        {"timestamp": c.timestamp, "captured_at": c.captured_at, "digest": c.digest, "snapshot_sha256": s.sha256,
         "records": len(r)}
        for c, s, r in versions
    ]
    written = write_table(rows, out_dir, "history", HISTORY_COLUMNS, formats)
    if "html" in formats:
        from scraper.report import write_report

        # The timeline's records, each with the capture it was last seen in, on one page: DIR/history.html.
        table = next(path for path in written if path.suffix in (".csv", ".jsonl"))
        written.append(write_report(out_dir, table, HISTORY_REPORT))
    written += write_table(version_rows, out_dir, "versions", VERSION_COLUMNS, formats)
    write_datapackage(out_dir, written, [url])
    return HistoryResult(url, out_dir, len(captures), fetched, len(rows), written)


def _fetch_capture(fetcher: Fetcher, base: str, url: str, capture: Capture, out_dir: Path) -> Snapshot:
    """Fetch and store one capture: requested as `url` (so that `parse` gives the page's ids), at capture time."""
    result = fetcher.fetch(capture_url(base, capture))
    return save_snapshot(out_dir, replace(result, requested_url=url, fetched_at=capture.captured_at))


def _extract(out_dir: Path, url: str, pair: tuple[Capture, Snapshot]) -> list[Record]:
    capture, snapshot = pair
    html, _ = decode_html(read_body(out_dir, snapshot), snapshot.content_type)
    return records_from_html(html, Provenance(url, capture.captured_at, snapshot.sha256))


def _progress(captures: list[Capture]):  # -> Iterable[Capture]
    """The captures, with a progress bar on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        return captures
    from tqdm import tqdm

    return tqdm(captures, desc="captures", unit="capture", file=sys.stderr, leave=False)


def _note(line: str) -> None:
    """A plain progress line on stderr, where no progress bar shows the same."""
    if not sys.stderr.isatty():
        print(line, file=sys.stderr)
