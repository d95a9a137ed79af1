"""What each column of the output files means: Table Schema fields, the one place descriptions come from."""

from __future__ import annotations

CHANGE_KINDS = ("added", "removed", "modified")

_ID = {"pattern": r"[0-9a-f]{16}(-[0-9]+)?"}
_SHA256 = {"pattern": "[0-9a-f]{64}"}
_UTC = "UTC, ISO 8601"


def _field(name: str, kind: str, description: str, fmt: str = "default", **constraints: object) -> dict[str, object]:
    field: dict[str, object] = {"name": name, "type": kind, "format": fmt, "description": description}
    if constraints:
        field["constraints"] = constraints
    return field


# One entry per dataset column, in file order; the README's columns table is checked against it.
DATASET_FIELDS = (
    _field("record_id", "string",
           "stable id: the first 16 hex digits of a SHA-256 over source URL, normalised theme and normalised host "
           "name (not the position), with `-2`, `-3` only to split true duplicates",
           required=True, unique=True, **_ID),
    _field("position", "integer", "1-based index of the section on the page", required=True, minimum=1),
    _field("heading", "string", "the section's heading as written"),
    _field("theme", "string",
           "the heading's topic without \"Dialoogtafel (over)\", lower-case, normalised to the known themes "
           "(`parsers/data/themes.csv`: \"&\" for \"en\", spelling variants); an unknown topic is kept as written"),
    _field("host_name", "string", "the host's name as written, without office or titles (mr., drs., mevrouw, ...)"),
    _field("role", "string",
           "the office, lower-case: burgemeester, loco-burgemeester, wethouder, raadslid, gemeentesecretaris, "
           "griffier, gedeputeerde, commissaris van de koning (all lower-case, as the column promises)"),
    _field("municipality", "string",
           "official CBS name of the municipality the text ties to the host (\"van Leusden\", \"burgemeester van "
           "Overbetuwe\", \"de Leusdense wethouder\"), as valid on the page's date"),
    _field("municipality_code", "string", "its CBS code, `GMxxxx`", pattern="GM[0-9]{4}"),
    _field("province", "string", "its province"),
    _field("event_date", "date",
           "ISO date the section names (\"op 18 maart\" on a 2021 page is 2021-03-18; the year comes from the "
           "page's date when the text omits it)"),
    _field("video_url", "string",
           "canonical watch URL of the section's video (`https://www.youtube.com/watch?v=...`, "
           "`https://vimeo.com/...`), from iframes, consent placeholders (`data-src`), lazy-loading attributes, "
           "oEmbed proxies or plain links", "uri"),
    _field("summary", "string", "the section's text"),
    _field("source_url", "string", "the URL harvested", "uri", required=True),
    _field("fetched_at", "datetime", f"when the page was fetched ({_UTC})"),
    _field("snapshot_sha256", "string",
           "SHA-256 of the page's bytes: the snapshot in `DIR/snapshots/` the row came from", **_SHA256),
    _field("extractor_version", "string", "version of the extraction rules that made the row", required=True),
    _field("first_seen", "datetime",
           f"`fetched_at` of the first harvest in DIR whose page held the record ({_UTC}); in `history.csv` the "
           "time of the first archive capture that holds it"),
    _field("last_seen", "datetime",
           f"`fetched_at` of the latest harvest in DIR whose page held the record ({_UTC}); in `history.csv` the "
           "time of the last capture that holds it"),
)
DATASET_COLUMNS = tuple(str(field["name"]) for field in DATASET_FIELDS)

CHANGE_FIELDS = (
    _field("run_at", "datetime", f"`fetched_at` of the harvest that found the change ({_UTC})", required=True),
    _field("record_id", "string", "the record that changed", required=True, **_ID),
    _field("change", "string", "added, removed or modified", required=True, enum=list(CHANGE_KINDS)),
    _field("field", "string", "for `modified`: the column that changed; empty for added and removed"),
    _field("old", "string", "the value before (for `removed`: the record's heading and host)"),
    _field("new", "string", "the value after (for `added`: the record's heading and host)"),
)
CHANGE_COLUMNS = tuple(str(field["name"]) for field in CHANGE_FIELDS)

HISTORY_FIELDS = (
    *DATASET_FIELDS,
    _field("captures", "integer", "number of archive captures the record appears in", required=True, minimum=1),
)
HISTORY_COLUMNS = tuple(str(field["name"]) for field in HISTORY_FIELDS)

VERSION_FIELDS = (
    _field("timestamp", "string", "the capture's Wayback timestamp (`YYYYMMDDhhmmss`, UTC)", required=True,
           pattern="[0-9]{14}"),
    _field("captured_at", "datetime", f"the same time ({_UTC})", required=True),
    _field("digest", "string", "the archive's digest of the capture's bytes (SHA-1, base 32)", required=True),
    _field("snapshot_sha256", "string", "SHA-256 of the capture's bytes, the snapshot in `DIR/snapshots/`",
           **_SHA256),
    _field("records", "integer", "number of records extracted from the capture", required=True, minimum=0),
)
VERSION_COLUMNS = tuple(str(field["name"]) for field in VERSION_FIELDS)

