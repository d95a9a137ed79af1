"""Sections to records: one row per host of a section, with the columns of the dataset."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from datetime import date
from urllib.parse import urljoin

from parsers.dates import first_date
from parsers.gazetteer import fold
from parsers.officeholders import Person, find_officeholders
from parsers.sections import Page, PageMeta, Section
from parsers.themes import normalise_theme

EXTRACTOR_VERSION = "31"  # bump when a change to the parsers can change a record (31: nominees, surnames)


@dataclass(frozen=True)
class Record:
    record_id: str
    position: int
    heading: str
    theme: str
    host_name: str
    role: str
    municipality: str
    municipality_code: str
    province: str
    event_date: str
    video_url: str
    summary: str
    source_url: str
    fetched_at: str
    snapshot_sha256: str
    extractor_version: str

    def to_row(self) -> dict[str, str | int]:
        return {column: getattr(self, column) for column in COLUMNS}  # asdict() would deep-copy every string


COLUMNS = tuple(field.name for field in fields(Record))


@dataclass(frozen=True)
class Provenance:
    source_url: str
    fetched_at: str = ""
    snapshot_sha256: str = ""


def page_date(meta: PageMeta) -> date | None:
    return meta.published or meta.modified


def section_hosts(section: Section, on: date | None) -> list[Person]:
    """The officeholders who host a section: those named in its heading, else every one named in its text.

    People named after a preposition ("ondertekende met gedeputeerde B", "sprak met burgemeester A en wethouder
    B") are kept too: on every labelled page such people were the table's co-hosts, not passers-by.
    """
    # One paragraph a line: a name never runs on into the next paragraph ("... wethouder" + "Abonneren op: ...").
    return find_officeholders(section.heading, on) or find_officeholders(section.prose, on)


def record_id(source_url: str, theme: str, host_name: str) -> str:
    """Stable id from what identifies a host's message, not from its position on the page."""
    key = "\x1f".join((source_url, fold(theme), fold(host_name)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def build_records(page: Page, provenance: Provenance) -> list[Record]:
    """One record per host per section, in page order; a section without a host gives one empty-host row."""
    on = page_date(page.meta)
    records: list[Record] = []
    seen: dict[str, int] = {}
    for section in page.sections:
        theme = normalise_theme(section.heading)
        event = first_date(f"{section.heading}. {section.dated_text}", on)
        # A site's own video file may be named relative to the page (or to its <base href>).
        video = urljoin(urljoin(provenance.source_url, page.meta.base), section.media[0]) if section.media else ""
        for host in section_hosts(section, on) or [None]:
            base_id = record_id(provenance.source_url, theme, host.name if host else "")
            seen[base_id] = seen.get(base_id, 0) + 1
            records.append(
                Record(
                    record_id=base_id if seen[base_id] == 1 else f"{base_id}-{seen[base_id]}",
                    position=section.position,
                    heading=section.heading,
                    theme=theme,
                    host_name=host.name if host else "",
                    role=host.role if host else "",
                    municipality=(host.municipality or "") if host else "",
                    municipality_code=(host.municipality_code or "") if host else "",
                    province=(host.province or "") if host else "",
                    event_date=event.isoformat() if event else "",
                    video_url=video,
                    summary=section.text,
                    source_url=provenance.source_url,
                    fetched_at=provenance.fetched_at,
                    snapshot_sha256=provenance.snapshot_sha256,
                    extractor_version=EXTRACTOR_VERSION,
                )
            )
    return records


def records_from_html(html: str, provenance: Provenance) -> list[Record]:
    """The whole parsing pipeline: HTML -> blocks -> sections -> records."""
    from parsers.sections import parse_page

    return build_records(parse_page(html), provenance)
