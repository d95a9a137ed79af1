"""The harvest pipeline: fetch -> snapshot -> blocks -> sections -> records -> export, never losing a dataset."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from parsers.encoding import decode_html
from parsers.records import Provenance, Record, records_from_html
from scraper.export import count_rows, dataset_path, write_dataset
from scraper.fetch import Fetcher
from scraper.snapshot import Snapshot, latest_snapshot, save_snapshot

log = logging.getLogger(__name__)


class RefusedHarvest(Exception):
    """The page was fetched but its records would not make a good dataset; str() says why."""


@dataclass
class HarvestResult:
    url: str
    out_dir: Path
    status: str  # "changed" or "unchanged"
    records: list[Record] = field(default_factory=list)
    snapshot: Snapshot | None = None
    written: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        where = dataset_path(self.out_dir)
        if self.status == "unchanged":
            return f"unchanged: {self.url} is as at the last harvest; {where} left as it was"
        hosts = sum(1 for record in self.records if record.host_name)
        sections = len({record.position for record in self.records})
        return (
            f"harvested {len(self.records)} records ({sections} sections, {hosts} hosts) from {self.url} "
            f"into {where}"
        )


def harvest(url: str, out_dir: Path, fetcher: Fetcher, *, force: bool = False) -> HarvestResult:
    """Fetch `url`, store the snapshot, extract the records and write the dataset in `out_dir`."""
    previous = latest_snapshot(out_dir, url)
    have_dataset = dataset_path(out_dir).exists()
    result = fetcher.fetch(
        url,
        etag=previous.etag if previous and have_dataset else "",
        last_modified=previous.last_modified if previous and have_dataset else "",
    )
    if result.not_modified and have_dataset:
        return HarvestResult(url, out_dir, "unchanged", snapshot=previous)
    digest = hashlib.sha256(result.body).hexdigest()
    if previous and previous.sha256 == digest and have_dataset and not force:
        return HarvestResult(url, out_dir, "unchanged", snapshot=previous)
    snapshot = save_snapshot(out_dir, result)
    html, encoding = decode_html(result.body, result.content_type)
    log.info("decoded %s as %s", url, encoding)
    records = records_from_html(html, Provenance(url, result.fetched_at, snapshot.sha256))
    _refuse_if_bad(records, out_dir, snapshot, force)
    written = write_dataset(records, out_dir)
    return HarvestResult(url, out_dir, "changed", records, snapshot, written)


def _refuse_if_bad(records: list[Record], out_dir: Path, snapshot: Snapshot, force: bool) -> None:
    kept = out_dir / "snapshots" / snapshot.path
    if not records:
        raise RefusedHarvest(
            f"no recognisable sections on the page; the dataset was left as it was, the page is kept in {kept}"
        )
    existing = count_rows(dataset_path(out_dir))
    if not force and len(records) * 2 < existing:
        raise RefusedHarvest(
            f"the page gives {len(records)} records where the dataset has {existing}; the dataset was left as "
            f"it was, the page is kept in {kept} for inspection; use --force to accept it"
        )
