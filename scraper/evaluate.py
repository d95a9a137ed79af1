"""Score the extractor on a labelled set: `python -m scraper.evaluate [DEVSET_DIR] [--errors]`.

Sentences (`sentences.jsonl`): names are matched after case and space normalisation; precision, recall and F1 for
names, and accuracy of role and municipality on the matched people. Pages (`pages/*.html` with
`*.expected.json`): the share of expected sections found and of their fields right.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from parsers.encoding import decode_html
from parsers.officeholders import Person, find_officeholders
from parsers.records import Provenance, records_from_html

DEFAULT_DEVSET = Path(__file__).resolve().parent.parent / "tests" / "devset"
PAGE_FIELDS = ("heading", "theme", "host_name", "role", "municipality", "municipality_code", "province",
               "event_date", "video_url")


def norm(name: str | None) -> str:
    return re.sub(r"\s+", " ", (name or "").replace("\u2019", "'")).strip().casefold()


@dataclass
class SentenceScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    role_right: int = 0
    place_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def role_accuracy(self) -> float:
        return self.role_right / self.matched if self.matched else 1.0

    @property
    def municipality_accuracy(self) -> float:
        return self.place_right / self.matched if self.matched else 1.0


@dataclass
class PageScore:
    sections: int = 0
    found: int = 0
    fields: int = 0
    fields_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def section_recall(self) -> float:
        return self.found / self.sections if self.sections else 1.0

    @property
    def field_accuracy(self) -> float:
        return self.fields_right / self.fields if self.fields else 1.0

    def add(self, other: PageScore) -> None:
        """Count `other`'s sections and fields in this score too."""
        self.sections += other.sections
        self.found += other.found
        self.fields += other.fields
        self.fields_right += other.fields_right
        self.errors += other.errors


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def score_sentences(lines: list[dict]) -> SentenceScore:
    score = SentenceScore()
    for item in lines:
        found = {norm(p.name): p for p in find_officeholders(item["text"], _date(item.get("page_date")))}
        gold = _gold_by_name(item["people"], found)
        score.gold += len(gold)
        score.predicted += len(found)
        for name in gold.keys() - found.keys():
            score.errors.append(f"{item['id']} missed {gold[name]['name']!r}: {item['text'][:160]}")
        for name in found.keys() - gold.keys():
            score.errors.append(f"{item['id']} spurious {found[name].name!r}: {item['text'][:160]}")
        for name in gold.keys() & found.keys():
            score.matched += 1
            want, got = gold[name], found[name]
            if want["role"].casefold() == got.role.casefold():
                score.role_right += 1
            else:
                score.errors.append(f"{item['id']} role of {got.name!r}: {got.role!r} != {want['role']!r}")
            if (want.get("municipality") or None) == got.municipality:
                score.place_right += 1
            else:
                score.errors.append(
                    f"{item['id']} municipality of {got.name!r}: {got.municipality!r} != {want.get('municipality')!r}"
                    f": {item['text'][:160]}"
                )
    return score


def _gold_by_name(people: list[dict], found: dict[str, Person]) -> dict[str, dict]:
    """Gold people by normalised name. A person labelled twice (two offices in one line: "burgemeester van Almelo,
    per 1 november commissaris van de Koning") counts once, as the extractor gives one entry a person; the role and
    place compared are those of the label with the office found, else of the first label."""
    gold: dict[str, dict] = {}
    for person in people:
        name = norm(person["name"])
        got = found.get(name)
        if name not in gold or (got and person["role"].casefold() == got.role.casefold()
                                and gold[name]["role"].casefold() != got.role.casefold()):
            gold[name] = person
    return gold


def score_html(name: str, html: str, expected: dict, score: PageScore) -> None:
    """Add the page `name` (its text `html`) to `score` against its expected records."""
    records = [r.to_row() for r in records_from_html(html, Provenance("https://example.org/" + name))]
    for want in expected["records"]:
        score.sections += 1
        candidates = [r for r in records if r["position"] == want["position"]]
        got = next((r for r in candidates if norm(str(r["host_name"])) == norm(want.get("host_name"))), None)
        got = got or (candidates[0] if candidates else None)
        if got is None:
            score.errors.append(f"{name} section {want['position']} not found")
            score.fields += len(PAGE_FIELDS)
            continue
        score.found += 1
        for column in PAGE_FIELDS:
            score.fields += 1
            if norm(str(got[column])) == norm(want.get(column)):
                score.fields_right += 1
            else:
                score.errors.append(f"{name} #{want['position']} {column}: {got[column]!r} != {want.get(column)!r}")


def labelled_pages(folder: Path) -> Iterator[tuple[str, str, dict]]:
    """(file name, HTML text, expected records) of each labelled page in `folder`."""
    for expected_path in sorted(folder.glob("*.expected.json")):
        html_path = expected_path.with_name(expected_path.name.replace(".expected.json", ".html"))
        html, _ = decode_html(html_path.read_bytes())
        yield html_path.name, html, json.loads(expected_path.read_text(encoding="utf-8"))


def score_pages(folder: Path) -> PageScore:
    score = PageScore()
    for name, html, expected in labelled_pages(folder):
        score_html(name, html, expected, score)
    return score


def load_sentences(devset: Path) -> list[dict]:
    """The labelled sentences of a set; [] for a set of pages only."""
    if not (devset / "sentences.jsonl").exists():
        return []
    with (devset / "sentences.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scraper.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--errors", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    sentences = score_sentences(load_sentences(args.devset))
    pages = score_pages(args.devset / "pages")
    print(f"sentences: {sentences.gold} gold people, {sentences.predicted} found, {sentences.matched} matched")
    print(f"  names       precision {sentences.precision:.3f}  recall {sentences.recall:.3f}  F1 {sentences.f1:.3f}")
    print(f"  role        accuracy {sentences.role_accuracy:.3f}")
    print(f"  municipality accuracy {sentences.municipality_accuracy:.3f}")
    print(f"pages: {pages.sections} sections, found {pages.section_recall:.3f}, "
          f"fields right {pages.field_accuracy:.3f}")
    if args.errors:
        for line in sentences.errors + pages.errors:
            print("  " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
