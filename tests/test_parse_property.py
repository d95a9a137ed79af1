"""`dialoogtafels parse` never crashes: on any bytes, and on any HTML-ish text, it writes records or exits 2."""

from __future__ import annotations

import gzip
import io
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.cli import main

# Pieces of the markup the extractor looks at, to be shuffled with arbitrary text.
FRAGMENTS = st.sampled_from([
    "<article>", "</article>", "<main>", "<h1>", "</h1>", "<h2>", "</h2>", "<h3>", "<p>", "</p>", "<div>", "</div>",
    "<h2>Dialoogtafel over gezondheid</h2>", "<p>Burgemeester René Brüning van Leusden",
    " op 18 maart ", "<iframe src='https://www.youtube.com/embed/PLACEHOLD01'>", "</iframe>",
    "<a href='https://vimeo.com/1'>", "</a>", '<meta charset="windows-1252">', '<meta charset="x-nonsense">',
    "<script>", "</script>", "<!--", "-->", "&amp;", "&#0;", "\ufeff", "\x00", "<", ">",
])
HTML_ISH = st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=40).map("".join)


def parse_exit(data: bytes, name: str) -> int:
    """Exit code of `parse` on a file holding `data`; its output is swallowed."""
    with tempfile.TemporaryDirectory() as folder, redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        path = Path(folder) / name
        path.write_bytes(data)
        return main(["parse", str(path)])


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=2000))
def test_parse_never_crashes_on_arbitrary_bytes(data: bytes) -> None:
    assert parse_exit(data, "page.html") == 0


@settings(max_examples=60, deadline=None)
@given(text=HTML_ISH, encoding=st.sampled_from(["utf-8", "windows-1252", "utf-16"]))
def test_parse_never_crashes_on_html_ish_text(text: str, encoding: str) -> None:
    assert parse_exit(text.encode(encoding, errors="replace"), "page.html") == 0


# Arbitrary bytes, and gzip files cut anywhere (a snapshot copied half-way).
SNAPSHOT_ISH = st.one_of(
    st.binary(max_size=500),
    st.tuples(st.binary(max_size=500), st.integers(0, 600)).map(lambda cut: gzip.compress(cut[0])[: cut[1]]),
)


@settings(max_examples=60, deadline=None)
@given(data=SNAPSHOT_ISH)
def test_a_snapshot_that_is_not_one_is_a_usage_error(data: bytes) -> None:
    assert parse_exit(data, "page.html.gz") in (0, 2)
