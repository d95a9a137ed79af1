"""Regular expressions compiled at their first use.

`parsers/officeholders` holds some 270 patterns. Compiling them all costs about 80 ms, a sixth of a one-page
harvest, while the seed page's text needs fewer than half of them: a pattern made here compiles when it is first
used, so a process pays only for the patterns its pages need.
"""

from __future__ import annotations

import re
from typing import cast

# What a pattern is used for; once compiled, the compiled pattern's own bound methods are held on the stand-in, so a
# call costs what it costs on a compiled pattern.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """Stands in for re.compile(pattern, flags) until one of its methods is first looked up."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # read without compiling: patterns are built from other patterns' text
        self._flags = flags

    def __getattr__(self, name: str) -> object:
        # Python calls this only for a name the instance does not hold: the first use of a method, or an attribute
        # of the compiled pattern (flags, groups, groupindex).
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            compiled = self.__dict__["compiled"] = re.compile(self.pattern, self._flags)
            self.__dict__.update((method, getattr(compiled, method)) for method in _METHODS)
        return getattr(compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), compiled at its first use; its `pattern` is there before."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
