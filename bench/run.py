"""The performance benchmark: `python bench/run.py` prints a Markdown table (see bench/README.md).

All figures come from one run on the same inputs, so the ratios hold on a loaded machine even when the times do not.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import seed_page, write_corpus

DIALOOGTAFELS = str(Path(sys.executable).with_name("dialoogtafels"))


def median_ms(functions: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median wall time of each function in ms, the functions taking turns so that load spreads evenly."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for function in functions.values():
        function()  # warm: imports, caches, the gazetteer
    for _ in range(repeat):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def per_page(html: str, repeat: int) -> list[tuple[str, float, float]]:
    import lxml.html
    import trafilatura
    from bs4 import BeautifulSoup

    from parsers.records import Provenance, records_from_html

    times = median_ms({
        "bare `lxml.html.fromstring`": lambda: lxml.html.fromstring(html),
        "ours: parse + extract (`records_from_html`)": lambda: records_from_html(html, Provenance("bench")),
        '`BeautifulSoup(html, "lxml")` alone': lambda: BeautifulSoup(html, "lxml"),
        "`trafilatura.extract`": lambda: trafilatura.extract(html),
    }, repeat)
    base = next(iter(times.values()))
    return [(name, ms, ms / base) for name, ms in times.items()]


def stages(html: str, repeat: int) -> list[tuple[str, float, float]]:
    """Where ours spends its time on the page: each stage timed alone (the later include what they start from)."""
    import lxml.html

    from parsers.blocks import iter_blocks
    from parsers.content import find_content, parse_tree, region_soup
    from parsers.records import Provenance, build_records
    from parsers.sections import parse_page

    tree = parse_tree(html)
    content = find_content(tree)
    page = parse_page(html)
    times = median_ms({
        "bare `lxml.html.fromstring`": lambda: lxml.html.fromstring(html),
        "lxml's parse as ours makes it (`parse_tree`)": lambda: parse_tree(html),
        "the main content found on lxml's tree (`find_content`)": lambda: find_content(tree),
        "BeautifulSoup's tree of that region alone, every node (`region_soup`)": lambda: region_soup(content),
        "the blocks: content found, its soup built as the walk needs it, walked (`iter_blocks`)":
            lambda: list(iter_blocks(html, tree)),
        "the page: parse, blocks, sections, title and dates (`parse_page`)": lambda: parse_page(html),
        "the records: officeholders, themes, dates per section (`build_records`)":
            lambda: build_records(page, Provenance("bench")),
    }, repeat)
    base = next(iter(times.values()))
    return [(name, ms, ms / base) for name, ms in times.items()]


def run_measured(command: Sequence[str]) -> tuple[float, int]:
    """(wall seconds, peak RSS in MiB of the largest process) of a command, output discarded."""
    probe = (
        "import resource, subprocess, sys, time; start = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    done = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True)
    seconds, kib = done.stdout.split()
    return float(seconds), int(kib) // 1024


def corpus_rows(paths: list[Path], jobs: int, rounds: int) -> list[tuple[str, float, float, int]]:
    """(label, seconds, pages/s, peak MiB) of `parse --format jsonl` over the corpus and over a quarter of it."""
    rows = []
    for count in (len(paths) // 4, len(paths)):
        for n in sorted({1, jobs}):
            runs = [run_measured([DIALOOGTAFELS, "parse", *map(str, paths[:count]), "--format", "jsonl",
                                  "--jobs", str(n)]) for _ in range(rounds)]
            seconds = statistics.median(r[0] for r in runs)
            rows.append((f"{count} pages, `--jobs {n}`", seconds, count / seconds, max(r[1] for r in runs)))
    return rows


def startup_rows(seed: Path, repeat: int) -> list[tuple[str, float]]:
    """Median wall time in ms of fresh processes."""
    out = Path(tempfile.mkdtemp(prefix="bench-harvest-"))
    commands = {
        "`python -c pass`": [sys.executable, "-c", "pass"],
        '`python -c "import pandas, bs4, requests"`': [sys.executable, "-c", "import pandas, bs4, requests"],
        "`dialoogtafels --help`": [DIALOOGTAFELS, "--help"],
        "`dialoogtafels parse FILE --format jsonl` (the seed page)": [DIALOOGTAFELS, "parse", str(seed),
                                                                      "--format", "jsonl"],
        "`dialoogtafels harvest --offline` (into an empty folder)": [DIALOOGTAFELS, "harvest", "--offline",
                                                                     "--out", str(out)],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm: the bytecode cache, the disk cache
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        shutil.rmtree(out, ignore_errors=True)
    for _ in range(repeat):
        for name, command in commands.items():
            shutil.rmtree(out, ignore_errors=True)
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - start)
    shutil.rmtree(out, ignore_errors=True)
    return [(name, statistics.median(values) * 1000) for name, values in times.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000, help="distinct page variants in the corpus (1000)")
    parser.add_argument("--repeat", type=int, default=30, help="runs per figure for the medians (30)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel corpus run (2)")
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}")

    html = seed_page()
    print(f"\n### Per page: the seed reconstruction ({len(html.encode()) // 1024} KiB), median of {args.repeat}\n")
    print("| | ms per page | × bare lxml |\n| --- | ---: | ---: |")
    rows = per_page(html, args.repeat)
    for name, ms, ratio in rows:
        print(f"| {name} | {ms:.1f} | {ratio:.1f} |")
    ours = rows[1][1]
    print(f"\nours is {rows[2][1] / ours:.1f}x faster than BeautifulSoup alone, "
          f"{rows[3][1] / ours:.1f}x faster than trafilatura")

    print(f"\n### Where ours spends its time on that page, median of {args.repeat}\n")
    print("| stage | ms | × bare lxml |\n| --- | ---: | ---: |")
    parts = stages(html, args.repeat)
    for name, ms, ratio in parts:
        print(f"| {name} | {ms:.2f} | {ratio:.1f} |")
    floor = sum(ratio for _, _, ratio in parts[1:4])
    print(f"\nparsing, finding the content and building BeautifulSoup's tree of the content alone: {floor:.1f}x bare "
          "lxml, before any block is read or any name found")

    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as folder:
        # The tool's processes run as an installed tool runs, its bytecode cached (pip writes it at install), even
        # where PYTHONDONTWRITEBYTECODE is set; the cache is the benchmark's own, so the checkout stays clean.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        paths = write_corpus(Path(folder) / "pages", args.pages)
        size = sum(p.stat().st_size for p in paths) // 1024
        rounds = max(1, args.repeat // 10)
        print(f"\n### Corpus: {len(paths)} distinct page variants ({size} KiB), "
              f"`dialoogtafels parse --format jsonl` in a fresh process, median of {rounds}\n")
        print("| run | seconds | pages/s | peak memory (MiB) |\n| --- | ---: | ---: | ---: |")
        for label, seconds, rate, mib in corpus_rows(paths, args.jobs, rounds):
            print(f"| {label} | {seconds:.2f} | {rate:.0f} | {mib} |")

        print(f"\n### Fresh processes, median of {max(3, args.repeat // 3)}\n")
        print("| command | ms | × `python -c pass` |\n| --- | ---: | ---: |")
        seed = Path(folder) / "seed.html"
        seed.write_text(html, encoding="utf-8")
        startup = startup_rows(seed, max(3, args.repeat // 3))
    bare = startup[0][1]
    for name, ms in startup:
        print(f"| {name} | {ms:.0f} | {ms / bare:.1f} |")
    imports, help_ms, harvest_ms = startup[1][1], startup[2][1], startup[4][1]
    print(f"\n`--help` is {help_ms - bare:.0f} ms over `python -c pass`; "
          f"`harvest --offline` is {harvest_ms / imports:.2f}x the bare import of pandas, bs4 and requests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
