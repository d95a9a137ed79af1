"""The markup variants change the markup only: every word of the page stays, in order."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from scraper.vary_markup import VARIANTS, main, varied


def _words(html: str) -> list[str]:
    return lxml.html.document_fromstring(html).text_content().split()


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_variant_keeps_the_text_and_changes_the_markup(seed_html: str, name: str) -> None:
    after, unchanged = varied(seed_html, VARIANTS[name]), varied(seed_html, lambda root: None)
    assert _words(after) == _words(unchanged)
    assert after != unchanged


def test_the_command_scores_each_variant(capsys: pytest.CaptureFixture[str]) -> None:
    pages = Path(__file__).parent / "holdout7" / "pages"
    assert main([str(pages), "--variant", "p-as-div", "--variant", "classes-renamed"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("  ")]
    assert [line.split(":")[0] for line in lines] == ["as written", "p-as-div", "classes-renamed"]
    assert all("pages fall" in line for line in lines)
