"""The command line: `dialoogtafels harvest | parse | officeholders | report`. Heavy imports happen inside commands."""

from __future__ import annotations

import argparse
import codecs
import gc
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from scraper import ARCHIVE_BASE, DEFAULT_URL, __version__
from scraper.formats import DEFAULT_FORMATS, FORMATS, parse_formats

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_FETCH = 3
EXIT_REFUSED = 4

EXIT_CODES = f"""exit codes:
  {EXIT_OK}  harvested (changed or unchanged)
  {EXIT_USAGE}  usage error (bad option, missing file)
  {EXIT_FETCH}  could not fetch a usable page (network error or timeout, HTTP error after retries, robots.txt
     disallows, not HTML, larger than --max-bytes, body cut short, past --deadline, redirect loop or policy)
  {EXIT_REFUSED}  fetched but refused (no recognisable sections, or fewer than half the rows of the dataset in
     DIR; --force accepts the latter); the dataset is left as it was and the page is kept as a snapshot"""


class UsageError(Exception):
    """Bad input from the user: exit 2 with the message."""


def _number(convert: Callable[[str], float], low: float, *, strict: bool = False) -> Callable[[str], float]:
    """An argparse type: a number of at least `low` (more than `low` when strict; nan is refused too)."""

    def parse(text: str) -> float:
        value = convert(text)
        if not (value > low if strict else value >= low):
            raise argparse.ArgumentTypeError(f"must be {'more than' if strict else 'at least'} {low:g}")
        return value

    return parse


_zero_or_more = _number(float, 0)
_more_than_zero = _number(float, 0, strict=True)
_count = _number(int, 0)
_at_least_one = _number(int, 1)


def _wayback_date(text: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD (dashes optional) as the CDX API's digits."""
    digits = text.replace("-", "")
    if not (digits.isdigit() and len(digits) in (4, 6, 8)):
        raise argparse.ArgumentTypeError(f"must be YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    return digits


def _formats(text: str, allowed: tuple[str, ...] = FORMATS) -> tuple[str, ...]:
    try:
        return parse_formats(text, allowed)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_fetch_options(command: argparse.ArgumentParser) -> None:
    """The fetcher's limits and manners, the same for every command that fetches."""
    command.add_argument("--timeout", type=_more_than_zero, default=10.0, metavar="SECONDS",
                         help="connect and read timeout: the longest wait for any answer or byte (10)")
    command.add_argument("--deadline", type=_more_than_zero, default=120.0, metavar="SECONDS",
                         help="the longest a fetch may take, robots.txt, retries and waits included (120)")
    command.add_argument("--retries", type=_count, default=3, metavar="N",
                         help="retries on connection errors, timeouts, 429 and 5xx, with backoff (3)")
    command.add_argument("--max-bytes", type=_count, default=20_000_000, metavar="N",
                         help="largest page accepted (20000000)")
    command.add_argument("--delay", type=_zero_or_more, default=1.0, metavar="SECONDS",
                         help="least time between two requests to one host (1)")
    command.add_argument("--ignore-robots", action="store_true", help="fetch even where robots.txt disallows it")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dialoogtafels",
        description="Harvest the VNG page of the 2021 corona dialoogtafels into a research dataset.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    harvest = commands.add_parser(
        "harvest", help="fetch the page and write the dataset", epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Fetch URL, keep a raw snapshot, extract one record per host and write DIR/dialoogtafels.csv "
        "and .jsonl. A rerun sends a conditional request and leaves an unchanged dataset as it was.",
    )
    harvest.add_argument("url", nargs="?", default=DEFAULT_URL, help="page to harvest (default: the VNG page)")
    harvest.add_argument("--out", type=Path, default=Path("output"), metavar="DIR", help="where to write (output/)")
    harvest.add_argument("--offline", action="store_true", help="replay the bundled cassette instead of the network")
    _add_fetch_options(harvest)
    harvest.add_argument("--formats", type=_formats, default=",".join(DEFAULT_FORMATS), metavar="LIST",
                         help=f"data files to write, from {','.join(FORMATS)} ({','.join(DEFAULT_FORMATS)})")
    harvest.add_argument("--force", action="store_true", help="accept a page with far fewer records than before")
    harvest.add_argument("-v", "--verbose", action="store_true", help="log each step on stderr")

    parse = commands.add_parser(
        "parse", help="extract records from local HTML files or snapshots to stdout",
        description="Extract records from HTML files (any encoding) or snapshots (.html.gz or .json) to stdout.",
    )
    parse.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parse.add_argument("--url", default="", help="source URL to record (default: the snapshot's URL, else the file)")
    parse.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    parse.add_argument("--jobs", type=_at_least_one, default=1, metavar="N",
                       help="parse the files in N processes; the output is the same as with 1 (1)")
    parse.add_argument("-v", "--verbose", action="store_true")

    people = commands.add_parser(
        "officeholders", help="find officeholders in text, one JSON line per input line",
        description="Read one text per line and write one JSON line per input line: "
        '{"people": [{"name", "role", "municipality", "municipality_code", "given_name", "surname_prefix", '
        '"surname", "sort_name"}]}',
    )
    people.add_argument("file", nargs="?", default="-", help="a text file, or - for stdin (default)")
    people.add_argument("--date", default="", metavar="YYYY-MM-DD",
                        help="the texts' date: municipalities are those valid then")
    people.add_argument("-v", "--verbose", action="store_true")

    diff = commands.add_parser(
        "diff", help="what changed between two snapshots or two datasets",
        description="Compare two snapshots (.html.gz or .json, re-extracted) or two datasets (.csv or .jsonl) and "
        "print the records added, removed and modified, matched by record_id.",
    )
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")
    diff.add_argument("--format", choices=("table", "csv", "jsonl"), default="",
                      help="table (the default on a terminal), csv (the default otherwise) or jsonl")
    diff.add_argument("-v", "--verbose", action="store_true")

    past = commands.add_parser(
        "history", help="the page's captures in the Internet Archive, extracted into a timeline",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="List the captures of URL in the Wayback Machine (CDX API: status 200, one per distinct body), "
        "fetch those not stored in DIR/snapshots/ yet, extract each and write DIR/history.csv (one row per record: "
        "first and last capture, number of captures) and DIR/versions.csv (one row per capture).",
    )
    past.add_argument("url", nargs="?", default=DEFAULT_URL, help="page whose past to trace (default: the VNG page)")
    past.add_argument("--out", type=Path, required=True, metavar="DIR", help="where to write")
    past.add_argument("--from", dest="since", type=_wayback_date, metavar="DATE",
                      help="first capture date, YYYY[-MM[-DD]]")
    past.add_argument("--to", dest="until", type=_wayback_date, metavar="DATE",
                      help="last capture date, YYYY[-MM[-DD]]")
    past.add_argument("--archive-base", default=ARCHIVE_BASE, metavar="URL",
                      help=f"the Wayback Machine to ask ({ARCHIVE_BASE})")
    past.add_argument("--formats", type=_formats, default="csv,html", metavar="LIST",
                      help=f"files to write, from {','.join(FORMATS)}; html is the timeline as DIR/history.html "
                      "(csv,html)")
    past.add_argument("--jobs", type=_at_least_one, default=1, metavar="N",
                      help="extract the captures over N processes; they are still fetched one at a time (1)")
    _add_fetch_options(past)
    past.add_argument("-v", "--verbose", action="store_true", help="log each step on stderr")

    report = commands.add_parser(
        "report", help="write DIR/report.html: counts, a sortable table and a map, one offline file",
        description="Write DIR/report.html from the dataset in DIR: one self-contained page that makes no request.",
    )
    report.add_argument("dir", nargs="?", type=Path, default=Path("output"), metavar="DIR",
                        help="the harvest's folder (output/)")
    report.add_argument("-v", "--verbose", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    import logging  # after parse_args: `--help` and usage errors need no logging

    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    # urllib3 warns on each retry; without -v a failure is one line on stderr.
    logging.getLogger("urllib3").setLevel(logging.WARNING if args.verbose else logging.ERROR)
    handlers = {"harvest": run_harvest, "parse": run_parse, "officeholders": run_officeholders, "report": run_report,
                "diff": run_diff, "history": run_history}
    try:
        return handlers[args.command](args)
    except UsageError as error:
        return _fail(EXIT_USAGE, f"dialoogtafels {args.command}: {error}")
    except BrokenPipeError:
        return EXIT_OK


def run() -> int:
    """The console script: `main`, then a quick exit."""
    code = main()
    # The interpreter collects cycles while it shuts down, over every object alive, pandas' among them: a tenth of
    # a second of `harvest`. Frozen objects are skipped; nothing is lost, as main has closed its files. Not inside
    # main, which the tests call many times in one process.
    gc.freeze()
    return code


def _fail(code: int, message: str) -> int:
    print(message, file=sys.stderr)
    return code


def _fetcher(args: argparse.Namespace, delay: float):  # -> scraper.fetch.Fetcher
    from scraper.fetch import Fetcher

    return Fetcher(
        timeout=args.timeout, retries=args.retries, max_bytes=args.max_bytes, deadline=args.deadline,
        delay=delay, respect_robots=not args.ignore_robots,
    )


def _check_support(formats: tuple[str, ...]) -> None:
    from scraper.formats import missing_support

    missing = missing_support(formats)
    if missing:
        raise UsageError(missing)


def run_harvest(args: argparse.Namespace) -> int:
    # A harvest parses one page: the collector's passes over the modules just imported (pandas, numpy) cost more than
    # the few cycles one page leaves, some 45 ms of half a second, so it pauses for the command. `history`, which
    # parses many pages, keeps it.
    gc.disable()
    try:
        return _harvest(args)
    finally:
        gc.enable()


def _harvest(args: argparse.Namespace) -> int:
    from contextlib import nullcontext

    from scraper.fetch import FetchError
    from scraper.harvest import RefusedHarvest, harvest
    from scraper.offline import replay

    _check_support(args.formats)
    fetcher = _fetcher(args, delay=0.0 if args.offline else args.delay)
    try:
        with replay() if args.offline else nullcontext():
            result = harvest(args.url, args.out, fetcher, force=args.force, formats=args.formats)
    except FetchError as error:
        return _fail(EXIT_FETCH, f"could not fetch: {error}")
    except RefusedHarvest as error:
        return _fail(EXIT_REFUSED, f"refused {args.url}: {error}")
    except FileNotFoundError as error:
        return _fail(EXIT_USAGE, f"dialoogtafels harvest: {error}")
    except OSError as error:
        return _fail(EXIT_USAGE, f"dialoogtafels harvest: cannot write in {args.out}: {error}; choose another --out")
    except Exception as error:
        if type(error).__module__.startswith("vcr"):
            # The cassette holds no answer for this request: offline mode knows only the recorded page.
            return _fail(EXIT_FETCH, f"could not fetch {args.url} offline: the bundled cassette does not hold it")
        raise
    print(result.summary())
    return EXIT_OK


def run_parse(args: argparse.Namespace) -> int:
    from functools import partial

    from scraper.batch import in_order
    from scraper.export import stream_records

    # Each page is read, extracted and written out in the worker; the rows come back in the order of the files.
    pages = in_order(partial(_parsed_rows, url=args.url, fmt=args.format), args.files, args.jobs)
    for index, rows in enumerate(pages):
        if isinstance(rows, UsageError):
            raise rows  # after the files before it, as with --jobs 1
        if index == 0:
            stream_records([], sys.stdout, args.format, header=True)
        sys.stdout.write(rows)
    return EXIT_OK


def _parsed_rows(path: Path, url: str, fmt: str) -> str | UsageError:
    """The records of one HTML file or snapshot, as CSV rows (no header) or JSON lines; the error if unreadable.

    The error is returned, not raised: a worker that raises loses the other pages of its chunk.
    """
    try:
        return _rows_of(path, url, fmt)
    except UsageError as error:
        return error


def _rows_of(path: Path, url: str, fmt: str) -> str:
    import io

    from parsers.encoding import decode_html
    from parsers.records import Provenance, records_from_html
    from scraper.export import stream_records
    from scraper.snapshot import META_SUFFIX, SNAPSHOT_SUFFIX, read_snapshot_file

    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    content_type = ""
    provenance = Provenance(url or path.resolve().as_uri())
    if path.name.endswith((SNAPSHOT_SUFFIX, META_SUFFIX)):
        try:
            body, snapshot = read_snapshot_file(path)
        except (OSError, ValueError) as error:
            raise UsageError(f"{path} is not a readable snapshot: {error}") from None
        if snapshot:
            content_type = snapshot.content_type
            provenance = Provenance(url or snapshot.requested_url, snapshot.fetched_at, snapshot.sha256)
    else:
        body = path.read_bytes()
    html, _ = decode_html(body, content_type)
    rows = io.StringIO()
    stream_records(records_from_html(html, provenance), rows, fmt, header=False)
    return rows.getvalue()


def run_officeholders(args: argparse.Namespace) -> int:
    import json
    from datetime import date

    from parsers.officeholders import find_officeholders

    try:
        on = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise UsageError(f"--date must be YYYY-MM-DD, not {args.date!r}") from None
    if args.file == "-":
        stream = sys.stdin.buffer
    else:
        path = Path(args.file)
        if not path.is_file():
            raise UsageError(f"no such file: {path}")
        stream = path.open("rb")
    with stream:
        for line in _text_lines(stream):
            people = [person.to_json() for person in find_officeholders(line, on)]
            sys.stdout.write(json.dumps({"people": people}, ensure_ascii=False) + "\n")
    return EXIT_OK


def _text_lines(stream: Iterable[bytes]) -> Iterator[str]:
    """Each line of `stream` as text, without its line break: UTF-8 (a byte order mark dropped), or Windows-1252
    for a line that is not UTF-8, as Dutch text saved by older Windows tools often is ("Andr\xe9")."""
    from parsers.encoding import decode_undeclared

    for number, raw in enumerate(stream):
        if number == 0 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        yield decode_undeclared(raw)[0].rstrip("\r\n")


def run_report(args: argparse.Namespace) -> int:
    from scraper.report import write_report

    try:
        print(write_report(args.dir))
    except FileNotFoundError as error:
        raise UsageError(str(error)) from None
    return EXIT_OK


def run_diff(args: argparse.Namespace) -> int:
    from parsers.changes import as_table, compare, counts
    from scraper.changes import changes_text, load_rows

    sides = []
    for path in (args.old, args.new):
        if not path.is_file():
            raise UsageError(f"no such file: {path}")
        try:
            sides.append(load_rows(path))
        except (OSError, ValueError, KeyError) as error:
            raise UsageError(f"cannot read {path}: {error}") from None
    changes = compare(*sides)
    fmt = args.format or ("table" if sys.stdout.isatty() else "csv")
    if fmt == "table":
        print(f"{counts(changes)}\n{as_table(changes)}" if changes else "no record changed")
    else:
        sys.stdout.write(changes_text(changes, fmt))
    return EXIT_OK


def run_history(args: argparse.Namespace) -> int:
    from scraper.fetch import FetchError
    from scraper.history import history

    _check_support(args.formats)
    try:
        result = history(args.url, args.out, _fetcher(args, args.delay), base=args.archive_base,
                         since=args.since or "", until=args.until or "", formats=args.formats, jobs=args.jobs)
    except FetchError as error:
        return _fail(EXIT_FETCH, f"could not fetch: {error}")
    except OSError as error:
        return _fail(EXIT_USAGE, f"dialoogtafels history: cannot write in {args.out}: {error}; choose another --out")
    print(result.summary())
    return EXIT_OK
