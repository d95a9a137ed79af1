"""The patterns compiled at their first use: the same answers as re.compile, and none broken unseen."""

from __future__ import annotations

import re

import parsers.officeholders
from parsers.lazy_regex import _LazyPattern, lazy_compile


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "Wethouder Jan Jansen en wethouder Piet Pietersen"
    lazy, compiled = lazy_compile(r"wethouder (\w+)", re.I), re.compile(r"wethouder (\w+)", re.I)
    assert lazy.search(text)[1] == compiled.search(text)[1] == "Jan"
    assert lazy.match(text, 21) is None
    assert lazy.findall(text) == ["Jan", "Piet"]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub(r"\1", text) == compiled.sub(r"\1", text)
    assert (lazy.groups, lazy.flags) == (compiled.groups, compiled.flags)


def test_a_pattern_compiles_at_its_first_use_and_only_once() -> None:
    lazy = lazy_compile(r"burgemeester")
    assert lazy.pattern == "burgemeester"  # read to build other patterns, without compiling
    assert "compiled" not in vars(lazy)
    assert lazy.search("de burgemeester") is not None
    compiled = vars(lazy)["compiled"]
    assert lazy.fullmatch("burgemeester") is not None
    assert vars(lazy)["compiled"] is compiled


def test_every_pattern_of_the_extractor_compiles() -> None:
    # A pattern compiled at its first use would otherwise fail only on the first text that needs it.
    lazy = [value for value in vars(parsers.officeholders).values() if isinstance(value, _LazyPattern)]
    lazy += [item for value in vars(parsers.officeholders).values() if isinstance(value, tuple)
             for group in value for item in (group if isinstance(group, tuple) else (group,))
             if isinstance(item, _LazyPattern)]
    assert len(lazy) > 250
    for pattern in lazy:
        assert pattern.groups >= 0, pattern.pattern
