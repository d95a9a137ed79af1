"""The theme of a dialoogtafel from its heading, normalised against the known themes."""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib.resources import files

from parsers.gazetteer import fold

_PREFIX = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s+)?(?:de\s+|het\s+)?(?:(?:online|digitale|landelijke|lokale)\s+)?"  # "1. Dialoogtafel ..."
    # "Tafel 3: Platteland", "Tafel 2 - Zorg", "Tafel 2 · Natuur & milieu": a numbered table
    # "Gesprek over de weekmarkt": a conversation's topic, as most labellers read it
    r"(?:dialoogtafels?|dialoog|tafelgesprek|gesprekstafel|themadialoog|tafel\s+\d+(?=\s*[:.–·|-])|gesprek(?=\s+over\b))\s*"
    r"(?:over\s*:?\s*(?:het\s+thema\s+)?|met\s+als\s+thema\s+|rond\s+|rondom\s+|:\s*|-\s*|–\s*|·\s*|\|\s*)?",
    re.I,
)
_QUOTES = "\"'“”‘’«»"


def _key(text: str) -> str:
    return fold(text.replace("&", " en ").replace("+", " en "))


@cache
def _known_themes() -> dict[str, str]:
    """Folded label or synonym -> theme label."""
    text = files("parsers").joinpath("data/themes.csv").read_text(encoding="utf-8")
    known: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        for label in [row["theme"], *filter(None, row["synonyms"].split(";"))]:
            known[_key(label)] = row["theme"]
    return known


# "Dialoogtafels in het land" is a sentence about the tables, not a table's topic.
# In lower case: "Dialoogtafel Van boer tot bord" is a title.
_NOT_A_TOPIC = re.compile(r"^(?:in|van|met|voor|op|bij|door|na|zijn|worden|waren|is|en|of|een)\b")


# What may follow the topic in a heading: its host ("... met wethouder Jansen", "... o.l.v. Jan Jansen", "... bij de
# burgemeester"), "... (Ede)", "... – 18 maart", "... | VNG". A place or a year is part of the topic ("natuur op
# Texel", "wonen in Zuid", "wonen in 2050": so the labelled pages read them).
_TAIL = re.compile(
    # (not a comma within the topic: "Schoon water, schone energie"; but "Wonen, met wethouder Jansen")
    r"\s*(?:[|–—(]|\s-\s|,(?!\s*(?!(?:met|door|bij|in|op|van|uit|onder|samen|te|ter|tijdens|voor)\b)[a-zà-ÿ]+\b(?!\.)))"
    r".*$"
    r"|\s+(?:met|door|o\.?l\.?v\.?)\s+(?:de\s+|het\s+)?(?:[A-Z'’]|(?i:burgemeester|wethouder|gedeputeerde)).*$"
    r"|\s+(?:bij|in|uit|van|op)\s+(?:de\s+|het\s+)?(?i:burgemeester|wethouder|gedeputeerde).*$"
    r"|(?<!\d\sen)\s+\d{1,2}\s+[a-z]+(?:\s+\d{4})?$"  # but "Dialoogtafel 4 en 5 mei" is about those days
)


_OVER = re.compile(r"\bover\b", re.I)
_PLURAL = re.compile(r"dialoogtafels", re.I)
_ARTICLE = re.compile(r"(?:de|het)\b", re.I)
_SPACES = re.compile(r"\s+")


def topic_of_heading(heading: str) -> str:
    """The heading without 'Dialoogtafel (over)' and trailing host, place or date; lower-case."""
    prefix = _PREFIX.match(heading)
    topic = _PREFIX.sub("", heading, count=1).strip().strip(_QUOTES).strip(" .:-–")
    # "Dialoogtafels in het land" is no topic; "Dialoogtafel over de bieb" is ("over" says what follows is one)
    says_over = prefix is not None and _OVER.search(prefix.group())
    # "Dialoogtafel de raadzaal" names a table's topic; "Dialoogtafels de komende weken" is a sentence about them
    plural = prefix is not None and _PLURAL.search(prefix.group())
    not_a_topic = _NOT_A_TOPIC.match(topic) or (plural and _ARTICLE.match(topic))
    if not topic or (not_a_topic and not says_over):
        topic = heading.strip()
    topic = _TAIL.sub("", topic).strip().strip(_QUOTES) or topic
    return _SPACES.sub(" ", topic).lower()


def normalise_theme(heading: str) -> str:
    """A known theme when the heading's topic is one (in any spelling), else the topic as written."""
    topic = topic_of_heading(heading)
    return _known_themes().get(_key(topic), topic)


def is_known_theme(theme: str) -> bool:
    return _key(theme) in _known_themes()
