"""Dutch dates in running text ('op 18 maart', 'donderdag 18 maart 2021', '18-03-2021') to ISO dates; a platform's own
stamps (an English tooltip, a feed's RFC 2822 date) where a page shows no other."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "op 18 maart (2021)"; of days listed or spanned ("4 en 5 mei", "12 t/m 14 juni", "4-6 mei") the first
_WRITTEN = re.compile(
    r"\b(?:(\d{1,2})(?:e|ste|de)?(?:\s+(?:en|t/m|tot\s+en\s+met)\s+|\s*[-–]\s*))?"
    # also "16. maart 2005", a year written short: "7 juni ’18", and as the nineteenth century wrote it: "Den 11den
    # Augustus 1897"
    rf"(\d{{1,2}})(?:e|ste|den|de|\.)?\s+({_MONTH_NAMES})\.?(?:\s+(\d{{4}}|['’]\d\d))?\b"
    # not a place named for the day: "het 5 Mei plein", "de 18 Septemberstraat"
    r"(?![ \t\u00a0]*-?(?:plein|straat|laan|weg|park|monument|brug|kade|singel|dreef)\b)",
    re.I,
)
_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(year: str | None) -> str | None:
    """'2018' as written; '’18' is 2018, '’81' 1981."""
    if year is None or year[0].isdigit():
        return year
    short = int(year[1:])
    return str(short + (2000 if short <= 50 else 1900))


WEEKDAY = r"(?:maan|dins|woens|donder|vrij|zater|zon)dag"


_OPENING_WEEKDAY = re.compile(rf"\W*(?:{WEEKDAY}\W+)?", re.I)


def is_only_a_date(text: str) -> bool:
    """Whether `text` is a full date and nothing else: "dinsdag 10 mei 2011", "22-06-2011"."""
    rest = text[_OPENING_WEEKDAY.match(text).end():]
    match = _WRITTEN.match(rest) or _NUMERIC.match(rest)
    return match is not None and bool(match.groups()[-1]) and not rest[match.end():].strip(" .,:;-–")


def find_dates(text: str, page_date: date | None = None) -> list[date]:
    """Every date the text names, in order. A date without a year takes the year the text gives the same day
    elsewhere ("dinsdag 2 december ... op dinsdagavond 2 december 2008"), else the page's year."""
    found: list[tuple[int, date]] = []
    for match in _NUMERIC.finditer(text):
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        # day first, as Dutch writes it; month first only when it cannot be read so ("10/14/2019" on a US template)
        day = _safe_date(year, int(match[2]), int(match[1])) or _safe_date(year, int(match[1]), int(match[2]))
        if day:
            found.append((match.start(), day))
    for match in _ISO.finditer(text):
        day = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day:
            found.append((match.start(), day))
    written = [(match.start(), int(match[1] or match[2]), MONTHS[match[3].lower()], _full_year(match[4]))
               for match in _WRITTEN.finditer(text)]
    found += [(start, day) for start, number, month, year in written
              if year and (day := _safe_date(int(year), month, number))]
    years = {(day.month, day.day): day.year for _, day in found}
    for start, number, month, year in written:
        known = None if year else years.get((month, number)) or (page_date.year if page_date else None)
        if known and (day := _safe_date(known, month, number)):
            found.append((start, day))  # never a guessed year: without one the date is left out
    return [day for _, day in sorted(found, key=lambda pair: pair[0])]


def first_date(text: str, page_date: date | None = None) -> date | None:
    dates = find_dates(text, page_date)
    return dates[0] if dates else None


# A platform's own date in English, as its tooltips write it: "Wed, Mar 17, 2021 4:30 PM", "17 Mar 2021 16:30".
_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = "|".join(_ENGLISH_MONTHS)
_ENGLISH_STAMP = re.compile(
    rf"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:(?P<month>{_EN_MONTH})[a-z]*\.?\s+(?P<day>\d{{1,2}}),?|(?P<day2>\d{{1,2}})\s+(?P<month2>{_EN_MONTH})[a-z]*\.?,?)"
    r"\s+(?P<year>\d{4})(?:[\s,]+\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?)?\s*",
    re.I,
)


def english_stamp(text: str) -> date | None:
    """The day of a stamp that is an English date and nothing else ("Wed, Mar 17, 2021 4:30 PM"), else None: only
    where a platform writes its own dates, never in running Dutch text ("mar", "may" are no Dutch months)."""
    found = _ENGLISH_STAMP.fullmatch(text)
    if found is None:
        return None
    month = _ENGLISH_MONTHS.index((found["month"] or found["month2"]).lower()) + 1
    return _safe_date(int(found["year"]), month, int(found["day"] or found["day2"]))


def rfc_2822_date(text: str) -> date | None:
    """The day of a date as feeds and mail write it ("Tue, 05 Sep 2023 08:31:07 GMT"), else None."""
    from email.utils import parsedate_to_datetime  # only for such a stamp: the email package costs 7 ms to import

    try:
        return parsedate_to_datetime(text.strip()).date()
    except (TypeError, ValueError):
        return None
