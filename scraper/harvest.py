"""The harvest pipeline: fetch -> snapshot -> blocks -> sections -> records -> export, never losing a dataset."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from parsers.changes import Change, as_table, counts
from parsers.encoding import decode_html
from parsers.records import EXTRACTOR_VERSION, Provenance, Record, records_from_html
from parsers.themes import is_known_theme
from scraper.changes import update_dataset
from scraper.export import dataset_path, read_dataset
from scraper.fetch import Fetcher
from scraper.formats import DEFAULT_FORMATS
from scraper.snapshot import Snapshot, find_snapshot, save_snapshot, snapshot_dir

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
    changes: list[Change] = field(default_factory=list)

    def summary(self) -> str:
        where = dataset_path(self.out_dir)
        if self.status == "unchanged":
            return f"unchanged: {self.url} is as at the last harvest; {where} left as it was"
        hosts = sum(1 for record in self.records if record.host_name)
        sections = len({record.position for record in self.records})
        line = (
            f"harvested {len(self.records)} records ({sections} sections, {hosts} hosts) from {self.url} "
            f"into {where}"
        )
        unknown = sorted({record.theme for record in self.records if not is_known_theme(record.theme)})
        if unknown:
            # Only 5 of the 7 themes of 2021 are known: a new one is kept as written and pointed out here.
            line += f"; themes not in the known list: {', '.join(unknown)}"
        if not self.changes:
            return f"{line}; no record changed"
        return f"{line}; {counts(self.changes)}\n{as_table(self.changes)}"


def harvest(
    url: str, out_dir: Path, fetcher: Fetcher, *, force: bool = False, formats: tuple[str, ...] = DEFAULT_FORMATS
) -> HarvestResult:
    """Fetch `url`, store the snapshot, extract the records and write the dataset in `out_dir`."""
    basis = _dataset_basis(out_dir, url)
    result = fetcher.fetch(
        url, etag=basis.etag if basis else "", last_modified=basis.last_modified if basis else ""
    )
    if result.not_modified or (basis and basis.sha256 == hashlib.sha256(result.body).hexdigest()):
        return HarvestResult(url, out_dir, "unchanged", snapshot=basis)
    snapshot = save_snapshot(out_dir, result)
    html, encoding = decode_html(result.body, result.content_type)
    log.info("decoded %s as %s", url, encoding)
    records = records_from_html(html, Provenance(url, result.fetched_at, snapshot.sha256))
    _refuse_if_bad(records, out_dir, snapshot, force)
    written, changes = update_dataset(records, out_dir, snapshot.fetched_at, formats)
    return HarvestResult(url, out_dir, "changed", records, snapshot, written, changes)


def _dataset_basis(out_dir: Path, url: str) -> Snapshot | None:
    """The snapshot of `url` that the whole dataset in DIR was made from by this extractor version, if any.

    Only then can the dataset stand for an unchanged page: not after a refused page (whose snapshot is the latest
    one), nor when the dataset came from another URL or from older extraction rules, which a rerun must refresh.
    """
    made_from = {(row.get("extractor_version"), row.get("snapshot_sha256")) for row in read_dataset(out_dir)}
    if len(made_from) != 1:
        return None
    ((version, digest),) = made_from
    return find_snapshot(out_dir, url, digest) if version == EXTRACTOR_VERSION and digest else None


def _refuse_if_bad(records: list[Record], out_dir: Path, snapshot: Snapshot, force: bool) -> None:
    kept = snapshot_dir(out_dir) / snapshot.path
    if not records:
        # Not even --force writes an empty dataset: there would be nothing left to compare the next page with.
        raise RefusedHarvest(
            f"no recognisable sections on the page; the dataset was left as it was, the page is kept in {kept} "
            "for inspection (has the page's layout changed?)"
        )
    existing = len(read_dataset(out_dir))  # whichever of the JSONL and CSV the earlier run wrote
    if not force and len(records) * 2 < existing:
        raise RefusedHarvest(
            f"the page gives {len(records)} records where the dataset has {existing}; the dataset was left as "
            f"it was, the page is kept in {kept} for inspection; use --force to accept it"
        )
