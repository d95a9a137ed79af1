"""The dataset in DIR as one self-contained HTML page (counts, a sortable table, a map): DIR/report.html."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from html import escape
from importlib.resources import files
from pathlib import Path

from parsers.records import COLUMNS, Record, page_date
from scraper import __version__
from scraper.atomic import write_bytes_atomic
from scraper.basemap import load_base_map, shipped_years
from scraper.export import dataset_path, read_rows
from scraper.mapsvg import BaseMap, Legend, map_svg

REPORT_NAME = "report.html"
NOT_NAMED = "gemeente niet genoemd"
EMPTY = "niet genoemd"
ATTRIBUTION = (
    "Kaart: CBS/PDOK, CC BY 4.0. Gemeentegrenzen op 1 januari {year}: CBS Gebiedsindelingen (gegeneraliseerd) "
    "via PDOK, © CBS; vereenvoudigd door het Ministerie van VWS (Coronadashboard, EUPL-1.2). "
    "Provinciegrenzen afgeleid uit de gemeentegrenzen."
)
LEGEND = Legend(host="gemeente van een gastheer/-vrouw", other="andere gemeente", border="provinciegrens")
# (header, field) of the records table, in order.
TABLE = (
    ("Nr.", "position"), ("Gastheer/-vrouw", "host_name"), ("Rol", "role"), ("Gemeente", "municipality"),
    ("Provincie", "province"), ("Thema", "theme"), ("Datum", "event_date"), ("Video", "video_url"),
)


@dataclass(frozen=True)
class Source:
    """One harvest the records came from."""

    url: str
    fetched_at: str
    sha256: str
    title: str = ""
    page_date: date | None = None


def write_report(out_dir: Path, rows: Path | None = None, name: str = REPORT_NAME) -> Path:
    """Write DIR/report.html from the dataset in DIR (or DIR/<name> from another file of records, such as the
    history's timeline); returns its path."""
    records = [record_from_row(row) for row in read_rows(rows or latest_dataset(out_dir))]
    sources = [_with_page(out_dir, source) for source in record_sources(records)]
    base = load_base_map(map_year(sources, records, shipped_years()))
    path = out_dir / name
    write_bytes_atomic(path, render_report(records, sources, base).encode("utf-8"))
    return path


def latest_dataset(out_dir: Path) -> Path:
    """The dataset file the last harvest wrote: the newer of the JSONL (raw text, so first on a tie) and the CSV,
    since a harvest may write only one of them and leave the other from an older run."""
    candidates = [path for path in (dataset_path(out_dir, "jsonl"), dataset_path(out_dir)) if path.exists()]
    if not candidates:
        raise FileNotFoundError(f"no dataset in {out_dir}: run `dialoogtafels harvest` first")
    return max(candidates, key=lambda path: path.stat().st_mtime_ns)


def record_from_row(row: dict[str, str]) -> Record:
    """A dataset row (text) as a record; columns the record does not have (first_seen, ...) are left out."""
    return Record(**{name: int(row[name]) if name == "position" else row.get(name, "") for name in COLUMNS})


def record_sources(records: Iterable[Record]) -> list[Source]:
    """The distinct harvests (URL, fetch time, snapshot) behind the records, oldest first."""
    keys = {(record.source_url, record.fetched_at, record.snapshot_sha256) for record in records}
    return [Source(*key) for key in sorted(keys, key=lambda key: key[1])]


def _with_page(out_dir: Path, source: Source) -> Source:
    """The source with the title and date of its page, read from its snapshot in DIR when that is there."""
    from parsers.encoding import decode_html
    from parsers.sections import page_meta_of
    from scraper.snapshot import META_SUFFIX, load_meta, read_body, snapshot_dir

    for meta_path in sorted(snapshot_dir(out_dir).glob(f"*{META_SUFFIX}")):
        snapshot = load_meta(meta_path)
        if snapshot and snapshot.sha256 == source.sha256:
            html, _ = decode_html(read_body(out_dir, snapshot), snapshot.content_type)
            meta = page_meta_of(html)
            return replace(source, title=meta.title, page_date=page_date(meta))
    return source


def map_year(sources: Sequence[Source], records: Sequence[Record], available: Sequence[int]) -> int:
    """The shipped year nearest to the page's date, else to the latest event, else to the fetch time."""
    page_dates = [source.page_date.year for source in sources if source.page_date]
    events = [year for record in records if (year := _year(record.event_date))]
    fetches = [year for source in sources if (year := _year(source.fetched_at))]
    wanted = next((max(years) for years in (page_dates, events, fetches) if years), max(available))
    return min(available, key=lambda year: (abs(year - wanted), year))


def _year(iso: str) -> int | None:
    """The year of an ISO date or time, None when the text does not start with one."""
    return int(iso[:4]) if iso[:4].isdigit() else None


@cache
def _asset(name: str) -> str:
    return files("scraper").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def render_report(records: Sequence[Record], sources: Sequence[Source], base: BaseMap) -> str:
    """The whole page: no external resource of any kind, so it opens offline and makes no request."""
    title = next((source.title for source in sources if source.title), "Dialoogtafels")
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # An empty icon: without it a browser may ask the server for /favicon.ico.
        '<link rel="icon" href="data:,">'
        f"<title>Rapport dialoogtafels: {escape(title)}</title><style>{_asset('report.css')}</style></head><body>"
        f'{_header(title, sources)}<main><div class="overview">{_counts(records)}{_map_section(records, base)}'
        f"</div>{_records_table(records)}</main><script>{_asset('report.js')}</script></body></html>\n"
    )


def _header(title: str, sources: Sequence[Source]) -> str:
    lines = "".join(
        f"<p>Bron: {_link(source.url, source.url)}<br>"
        f'Opgehaald op <time datetime="{escape(source.fetched_at)}">{escape(source.fetched_at)}</time> '
        f"uit snapshot <code>sha256 {escape(source.sha256)}</code>{_page_date(source)}</p>"
        for source in sources
    )
    return (
        f'<header><p class="kicker">Dialoogtafels: rapport van de dataset</p>'
        f"<h1>{escape(title)}</h1>{lines}<p class=\"small\">Gemaakt met dialoogtafels {__version__}.</p></header>"
    )


def _link(url: str, text: str) -> str:
    """A link for web addresses only: a dataset edited by hand must not smuggle `javascript:` into the page."""
    if not url.startswith(("https://", "http://")):
        return escape(url)
    return f'<a href="{escape(url)}">{escape(text)}</a>'


def _page_date(source: Source) -> str:
    if not source.page_date:
        return ""
    day = source.page_date.isoformat()
    return f'<br>Datum van de pagina: <time datetime="{day}">{day}</time>'


def _counts(records: Sequence[Record]) -> str:
    municipalities = len({record.municipality_code for record in records if record.municipality_code})
    tables = "".join(
        _count_table(caption, header, [getattr(record, field) for record in records])
        for caption, header, field in (
            ("Per thema", "Thema", "theme"), ("Per rol", "Rol", "role"), ("Per provincie", "Provincie", "province"),
        )
    )
    return (
        '<section aria-labelledby="h-counts"><h2 id="h-counts">Aantallen</h2>'
        f'<p class="totals"><span><strong>{len(records)}</strong> records</span> '
        f"<span><strong>{municipalities}</strong> gemeenten</span></p>"
        f'<div class="counts">{tables}</div></section>'
    )


def _count_table(caption: str, header: str, values: Iterable[str]) -> str:
    """A small table of how often each value occurs, most frequent first."""
    counts = sorted(Counter(value or EMPTY for value in values).items(), key=lambda item: (-item[1], item[0]))
    rows = "".join(f'<tr><td>{escape(value)}</td><td class="num">{count}</td></tr>' for value, count in counts)
    return (
        f'<table class="count"><caption>{caption}</caption><thead><tr><th scope="col">{header}</th>'
        f'<th scope="col" class="num">Aantal</th></tr></thead><tbody>{rows}</tbody></table>'
    )


def _host_line(record: Record) -> str:
    return f"{record.host_name or 'onbekende gastheer/-vrouw'} ({record.role or EMPTY}), thema: {record.theme or EMPTY}"


def _map_section(records: Sequence[Record], base: BaseMap) -> str:
    from parsers.gazetteer import gazetteer

    on_map = base.municipalities.keys()
    hosts: dict[str, list[Record]] = {}
    for record in records:
        if record.municipality_code in on_map:
            hosts.setdefault(record.municipality_code, []).append(record)
    names = {code: municipality.name for code, municipality in gazetteer().by_code.items()}
    svg = map_svg(
        base, names,
        {code: f"{held[0].municipality} — {'; '.join(map(_host_line, held))}" for code, held in hosts.items()},
        LEGEND, f"Kaart van de {len(on_map)} gemeenten van {base.year}; {len(hosts)} met een gastheer/-vrouw",
    )
    unnamed = [record for record in records if not record.municipality_code]
    off_map = [record for record in records if record.municipality_code and record.municipality_code not in on_map]
    return (
        '<section aria-labelledby="h-map"><h2 id="h-map">Kaart</h2>'
        f'<figure class="map-figure">{svg}<figcaption>{escape(ATTRIBUTION.format(year=base.year))}'
        f"</figcaption></figure>{_record_list(NOT_NAMED.capitalize(), unnamed)}"
        f"{_record_list(f'Niet op de kaart van {base.year}', off_map, with_municipality=True)}</section>"
    )


def _record_list(heading: str, records: Sequence[Record], with_municipality: bool = False) -> str:
    """Records the map cannot show, under a heading; nothing when there are none."""
    if not records:
        return ""
    items = "".join(
        f"<li>{escape(f'{record.municipality} — ' if with_municipality else '')}{escape(_host_line(record))}</li>"
        for record in records
    )
    return f'<div class="unmapped"><h3>{escape(heading)}</h3><ul>{items}</ul></div>'


def _records_table(records: Sequence[Record]) -> str:
    headers = "".join(f'<th scope="col"><button type="button">{label}</button></th>' for label, _ in TABLE)
    rows = "".join(f"<tr>{''.join(_cell(record, field) for _, field in TABLE)}</tr>" for record in records)
    return (
        '<section aria-labelledby="h-records"><h2 id="h-records">Records</h2>'
        '<p class="small no-print">Klik op een kolomkop om te sorteren; nog eens klikken keert de volgorde om.</p>'
        f'<table id="records" class="sortable"><thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table>'
        "</section>"
    )


def _cell(record: Record, field: str) -> str:
    value = str(getattr(record, field))
    if field == "video_url" and value:
        return f"<td>{_link(value, 'video')}</td>"
    if field == "event_date" and value:
        return f'<td><time datetime="{escape(value)}">{escape(value)}</time></td>'
    return f'<td class="num">{value}</td>' if field == "position" else f"<td>{escape(value)}</td>"
