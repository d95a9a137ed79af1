"""The command line end to end, in fresh processes, as a user runs it."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from tests.test_seed_page import FIELDS, expected_rows

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path = ROOT, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scraper", *args], cwd=cwd, capture_output=True, text=True, input=stdin, timeout=120
    )


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_offline_harvest_writes_the_expected_dataset(tmp_path: Path) -> None:
    done = run("harvest", "--offline", "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("harvested 7 records")
    rows = read_csv(tmp_path / "dialoogtafels.csv")
    assert [{f: row[f] for f in FIELDS} for row in rows] == expected_rows()
    lines = (tmp_path / "dialoogtafels.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["host_name"] for line in lines] == [row["host_name"] for row in rows]
    assert json.loads(lines[0])["municipality"] is None  # empty where the page does not say
    snapshots = sorted((tmp_path / "snapshots").iterdir())
    assert [p.suffix for p in snapshots] == [".gz", ".json"]


def test_rerun_of_the_same_page_leaves_the_dataset_byte_for_byte(tmp_path: Path) -> None:
    assert run("harvest", "--offline", "--out", str(tmp_path)).returncode == 0
    before = (tmp_path / "dialoogtafels.csv").read_bytes()
    again = run("harvest", "--offline", "--out", str(tmp_path))
    assert again.returncode == 0
    assert again.stdout.startswith("unchanged")
    assert (tmp_path / "dialoogtafels.csv").read_bytes() == before


def test_parse_gives_the_same_records_as_the_harvest(tmp_path: Path, seed_html: str) -> None:
    run("harvest", "--offline", "--out", str(tmp_path))
    page = tmp_path / "page.html"
    page.write_text(seed_html, encoding="utf-8")
    harvested = read_csv(tmp_path / "dialoogtafels.csv")
    url = harvested[0]["source_url"]
    parsed = run("parse", str(page), "--url", url)
    assert parsed.returncode == 0, parsed.stderr
    rows = list(csv.DictReader(parsed.stdout.splitlines()))
    skip = {"fetched_at", "snapshot_sha256", "first_seen", "last_seen"}  # a local file has no fetch
    assert [{k: v for k, v in r.items() if k not in skip} for r in rows] == [
        {k: v for k, v in r.items() if k not in skip} for r in harvested
    ]


def test_parse_reads_a_snapshot_with_its_provenance(tmp_path: Path) -> None:
    run("harvest", "--offline", "--out", str(tmp_path))
    snapshot = next((tmp_path / "snapshots").glob("*.html.gz"))
    parsed = run("parse", str(snapshot), "--format", "jsonl")
    assert parsed.returncode == 0, parsed.stderr
    from_snapshot = [json.loads(line) for line in parsed.stdout.splitlines()]
    harvested = [json.loads(line) for line in (tmp_path / "dialoogtafels.jsonl").read_text().splitlines()]
    assert from_snapshot == harvested


def test_parse_of_a_missing_file_is_a_usage_error() -> None:
    done = run("parse", "no/such/file.html")
    assert done.returncode == 2
    assert done.stderr.strip() == "dialoogtafels parse: no such file: no/such/file.html"
    assert "Traceback" not in done.stderr


def test_help_does_not_import_pandas() -> None:
    code = "import sys; from scraper.cli import main\ntry:\n main(['--help'])\nexcept SystemExit: pass\n"
    code += "print(sorted(m for m in ('pandas', 'requests', 'bs4') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip().endswith("[]")
    assert "exit codes" in done.stdout


def test_officeholders_writes_one_json_line_per_input_line() -> None:
    text = (
        "Patricia Hoytink-Roubos, burgemeester van Overbetuwe, zat de dialoogtafel onderwijs en werk voor.\n"
        "De boodschap is: we moeten het samen doen.\n"
    )
    done = run("officeholders", "-", "--date", "2021-03-11", stdin=text)
    assert done.returncode == 0, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first["people"] == [{
        "name": "Patricia Hoytink-Roubos", "role": "burgemeester", "municipality": "Overbetuwe",
        "municipality_code": "GM1734", "given_name": "Patricia", "surname_prefix": "",
        "surname": "Hoytink-Roubos", "sort_name": "Hoytink-Roubos, Patricia",
    }]
    assert second == {"people": []}


def test_officeholders_reads_windows_text_and_byte_order_marks(tmp_path: Path) -> None:
    # a UTF-8 file from Notepad (a byte order mark, CRLF line ends) and a line saved as Windows-1252
    text = tmp_path / "zinnen.txt"
    text.write_bytes(
        "\ufeffWethouder José Smits van Ede sprak.\r\n".encode()
        + "Wethouder André Peters sprak.\r\n".encode("cp1252")
    )
    done = run("officeholders", str(text))
    assert done.returncode == 0, done.stderr
    people = [[(p["name"], p["municipality"]) for p in json.loads(line)["people"]] for line in done.stdout.splitlines()]
    assert people == [[("José Smits", "Ede")], [("André Peters", None)]]


def test_the_summary_points_out_themes_that_are_not_known(tmp_path: Path) -> None:
    from parsers.encoding import decode_html
    from parsers.records import Provenance, records_from_html
    from scraper.harvest import HarvestResult

    page = ROOT / "tests" / "devset" / "pages" / "d_cp1252.html"  # has a table on "Wonen en verkeer"
    html, _ = decode_html(page.read_bytes())
    records = records_from_html(html, Provenance("https://example.org/d"))
    summary = HarvestResult("https://example.org/d", tmp_path, "changed", records).summary()
    assert "; themes not in the known list: wonen en verkeer;" in summary.splitlines()[0]
