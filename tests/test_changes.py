"""Reruns researchers can trust: stable ids, the change log, first/last seen, and `diff`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from parsers.changes import Change, carry_seen, compare, counts
from parsers.records import Provenance, records_from_html
from scraper import DEFAULT_URL
from tests.page_versions import ADDED_TEXT, FORMULA, REMOVED_HOST, versions
from tests.pageserver import serve
from tests.test_cli import read_csv, run

HTML = "text/html; charset=utf-8"


def row(record_id: str, **fields: object) -> dict[str, object]:
    return {"record_id": record_id, "position": 1, "heading": "h", "host_name": "x", "fetched_at": "t1", **fields}


def test_compare_names_added_removed_and_modified_fields() -> None:
    old = [row("a"), row("b", host_name="Kiel"), row("c", summary="old text")]
    # "a" moved down and was fetched again: neither is a change to the record.
    new = [row("d", heading="new", host_name="Vries"), row("c", summary="new text"), row("a", position=3, fetched_at="t2")]
    changes = compare(old, new)
    assert changes == [
        Change("d", "added", new="new (Vries)"),
        Change("b", "removed", old="h (Kiel)"),
        Change("c", "modified", "summary", "old text", "new text"),
    ]
    assert counts(changes) == "+1 added, -1 removed, 1 modified"
    assert compare(new, new) == []


def test_first_seen_is_carried_over_and_last_seen_moves_on() -> None:
    old = [{"record_id": "a", "first_seen": "2021-03-01T00:00:00Z"}]
    new = carry_seen(old, [{"record_id": "a"}, {"record_id": "b"}], "2021-05-01T00:00:00Z")
    assert [(r["first_seen"], r["last_seen"]) for r in new] == [
        ("2021-03-01T00:00:00Z", "2021-05-01T00:00:00Z"), ("2021-05-01T00:00:00Z", "2021-05-01T00:00:00Z"),
    ]


@pytest.mark.parametrize("edit", [
    lambda html: html.replace('class="paragraph__title', 'class="kop paragraph__title'),
    lambda html: html.replace("\n      ", "\n"),
    lambda html: html.replace("<p>", '<p class="lead" data-x="1">'),
])
def test_record_ids_survive_markup_changes(seed_html: str, edit) -> None:
    before = records_from_html(seed_html, Provenance(DEFAULT_URL))
    after = records_from_html(edit(seed_html), Provenance(DEFAULT_URL))
    assert edit(seed_html) != seed_html
    assert [r.to_row() for r in after] == [r.to_row() for r in before]


def harvest(base: str, out: Path, *extra: str):
    done = run("harvest", f"{base}/page", "--out", str(out), "--delay", "0", "--timeout", "2", *extra)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def two_harvests(tmp_path_factory: pytest.TempPathFactory, seed_html: str):
    """Harvests of the seed page and then of a version with a section added, one removed and a text changed."""
    tmp_path = tmp_path_factory.mktemp("two_harvests")
    first, _, second = versions(seed_html)
    routes = {"/page": (200, HTML, first.encode("utf-8"))}
    out = tmp_path / "out"
    with serve(routes) as (base, _):
        harvest(base, out)
        shutil.copy(out / "dialoogtafels.csv", tmp_path / "first.csv")
        routes["/page"] = (200, HTML, second.encode("utf-8"))
        done = harvest(base, out)
        again = harvest(base, out)
    return out, tmp_path / "first.csv", done.stdout, again.stdout


def test_the_change_log_names_exactly_what_changed(two_harvests) -> None:
    out, first_csv, summary, _ = two_harvests
    before, after = read_csv(first_csv), read_csv(out / "dialoogtafels.csv")
    log = read_csv(out / "changes.csv")
    second = log[len(before):]
    assert {r["run_at"] for r in second} == {r["fetched_at"] for r in after}
    ids = {r["host_name"]: r["record_id"] for r in before + after}
    assert [(r["change"], r["record_id"], r["field"]) for r in second] == [
        ("added", ids["Jan de Vries"], ""), ("removed", ids[REMOVED_HOST], ""), ("modified", ids["Anton Ederveen"], "summary"),
    ]
    assert [r["change"] for r in log[: len(before)]] == ["added"] * len(before)  # the first harvest adds all
    # The modified text begins with "=": escaped in the CSV files, raw in the JSONL.
    assert second[2]["new"] == "'" + FORMULA + second[2]["old"]
    jsonl = {json.loads(line)["host_name"]: json.loads(line) for line in (out / "dialoogtafels.jsonl").read_text().splitlines()}
    assert jsonl["Anton Ederveen"]["summary"].startswith(FORMULA)
    assert {r["host_name"]: r for r in after}["Anton Ederveen"]["summary"].startswith("'" + FORMULA)
    # Unchanged records keep their ids and their first_seen; the new one is first seen now.
    kept = {r["record_id"]: r for r in before}
    for record in after:
        if record["record_id"] in kept:
            assert record["first_seen"] == kept[record["record_id"]]["first_seen"]
        else:
            assert record["summary"] == ADDED_TEXT
            assert record["first_seen"] == record["fetched_at"]
        assert record["last_seen"] == record["fetched_at"]
    assert "+1 added, -1 removed, 1 modified" in summary
    assert "Jan de Vries" in summary and REMOVED_HOST in summary


def test_the_harvest_describes_its_files_in_a_valid_data_package(two_harvests) -> None:
    from frictionless import validate

    out = two_harvests[0]
    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    paths = [r["path"] for r in json.loads((out / "datapackage.json").read_text())["resources"]]
    assert paths == ["changes.csv", "dialoogtafels.csv", "dialoogtafels.jsonl", "dialoogtafels.xlsx", "report.html"]


def test_an_unchanged_page_adds_nothing_to_the_log(two_harvests) -> None:
    out, _, _, again = two_harvests
    assert again.startswith("unchanged")
    assert len(read_csv(out / "changes.csv")) == 7 + 3


def test_diff_of_datasets_and_of_snapshots_gives_the_logged_changes(two_harvests) -> None:
    out, first_csv, _, _ = two_harvests
    logged = [{k: v for k, v in r.items() if k != "run_at"} for r in read_csv(out / "changes.csv")[7:]]
    snapshots = sorted((out / "snapshots").glob("*.json"))
    for old, new in ((first_csv, out / "dialoogtafels.csv"), (snapshots[0], snapshots[-1])):
        done = run("diff", str(old), str(new))
        assert done.returncode == 0, done.stderr
        rows = [dict(r) for r in __import__("csv").DictReader(done.stdout.splitlines())]
        assert rows == logged
    as_jsonl = run("diff", str(snapshots[0]), str(out / "dialoogtafels.jsonl"), "--format", "jsonl")
    assert [json.loads(line)["change"] for line in as_jsonl.stdout.splitlines()] == ["added", "removed", "modified"]
    assert json.loads(as_jsonl.stdout.splitlines()[2])["new"].startswith(FORMULA)  # JSONL keeps the raw text
    table = run("diff", str(first_csv), str(out / "dialoogtafels.csv"), "--format", "table").stdout.splitlines()
    assert table[0] == "+1 added, -1 removed, 1 modified"
    assert table[1].split() == ["change", "record_id", "field", "old", "new"]
    assert run("diff", str(first_csv), str(first_csv), "--format", "table").stdout.strip() == "no record changed"


def test_diff_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    done = run("diff", str(tmp_path / "a.csv"), str(tmp_path / "b.csv"))
    assert done.returncode == 2
    assert done.stderr.strip() == f"dialoogtafels diff: no such file: {tmp_path / 'a.csv'}"


def test_two_harvests_of_the_same_bytes_write_byte_identical_files(
    tmp_path: Path, seed_html: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scraper import fetch
    from scraper.fetch import Fetcher
    from scraper.harvest import harvest as run_harvest

    monkeypatch.setattr(fetch, "utc_now", lambda: "2021-04-22T14:05:09Z")  # the same fetch time for both
    formats = ("csv", "jsonl", "xlsx", "parquet")
    with serve({"/page": (200, HTML, seed_html.encode("utf-8"))}) as (base, _):
        for name in ("a", "b"):
            run_harvest(f"{base}/page", tmp_path / name, Fetcher(delay=0, timeout=2), formats=formats)
    names = [f"dialoogtafels.{fmt}" for fmt in formats] + ["changes.csv", "datapackage.json"]
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
