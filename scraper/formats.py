"""The output formats a user can choose with --formats, and what each needs installed (light: no heavy imports)."""

from __future__ import annotations

from collections.abc import Iterable

FORMATS = ("csv", "jsonl", "xlsx", "parquet", "html")
DEFAULT_FORMATS = ("csv", "jsonl", "xlsx", "html")
# What a format needs beyond the base install, and how to get it.
NEEDS = {
    "xlsx": ("xlsxwriter", "pip install xlsxwriter"),
    "parquet": ("pyarrow", "pip install 'dialoogtafels[parquet]'"),
}


def parse_formats(text: str, allowed: tuple[str, ...] = FORMATS) -> tuple[str, ...]:
    """"csv,xlsx" -> ("csv", "xlsx"); ValueError names an unknown one."""
    chosen = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [fmt for fmt in chosen if fmt not in allowed]
    if unknown or not chosen:
        raise ValueError(f"unknown format {', '.join(unknown) or '(none)'}; choose from {','.join(allowed)}")
    if "html" in chosen and not {"csv", "jsonl"} & set(chosen):
        raise ValueError("html is made from the dataset: choose csv or jsonl too")
    return chosen


def missing_support(formats: Iterable[str]) -> str:
    """One line saying what a chosen format needs and is not installed, or "" when all can be written."""
    from importlib.util import find_spec

    for fmt in formats:
        module, remedy = NEEDS.get(fmt, ("", ""))
        if module and find_spec(module) is None:
            return f"--formats {fmt} needs {module}, which is not installed: {remedy}"
    return ""
