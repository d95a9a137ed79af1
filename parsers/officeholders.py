"""Officeholders in free Dutch text: who holds which office, and for which municipality.

The recogniser is rule-based. It finds every mention of an office ("burgemeester", "sportwethouder",
"Commissaris van de Koning", ...), then the name the sentence ties to it: after the role ("wethouder
Jan Jansen"), before it ("Jan Jansen, wethouder van Ede"), or in a list ("wethouders A, B en C").
A municipality is assigned only when the text ties it to that person.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from parsers.gazetteer import PROVINCES, Gazetteer, Municipality, gazetteer
from parsers.names import NameParts, split_name

PROVINCIAL_ROLES = {"gedeputeerde", "commissaris van de Koning"}

# --- roles -------------------------------------------------------------------------------------------------
_QUALIFIER = (
    r"(?:waarnemend|waarnemende|plaatsvervangend|plaatsvervangende|interim|nieuwe|kersverse|huidige|demissionair|"
    r"demissionaire|vertrekkend|vertrekkende|eerste|tweede|jonge|scheidend|scheidende)"
)
# Not (or no longer, or not yet) in office.
_FORMER = (
    r"(?:oud|voormalig|voormalige|ex|toenmalig|toenmalige|gewezen|vorige|wijlen|kandidaat|beoogd|beoogde|aspirant)"
)
_ROLE = re.compile(
    rf"(?<![\w-])(?:(?P<former>{_FORMER})[\s-]+)?(?:{_QUALIFIER}[\s-]+)?"
    r"(?P<role>"
    r"(?P<loco>loco[\s-]?burgemeesters?)"
    r"|(?P<burgemeester>burgemeesters?)"
    r"|(?P<wethouder>[a-zà-ÿ]*wethouders?)"
    r"|(?P<raadslid>(?:gemeente)?raadsl(?:id|eden))"
    r"|(?P<gemeentesecretaris>gemeentesecretaris(?:sen)?)"
    r"|(?P<griffier>(?:raads|staten|gemeente)?griffiers?)"
    r"|(?P<gedeputeerde>gedeputeerden?)"
    r"|(?P<cdk>commissaris(?:sen)?\s+van\s+de\s+koning(?:in)?|cdk|gouverneur)"
    r")(?:\s+a\.\s?i\.)?(?![\w-])",
    re.I,
)
_ROLE_GROUPS = {
    "loco": "loco-burgemeester", "burgemeester": "burgemeester", "wethouder": "wethouder",
    "raadslid": "raadslid", "gemeentesecretaris": "gemeentesecretaris", "griffier": "griffier",
    "gedeputeerde": "gedeputeerde", "cdk": "commissaris van de Koning",
}
# Words that end in "wethouder" but are not the office ("oudwethouder" is caught as former).
_NOT_WETHOUDER_PREFIXES = {"oud", "ex", "kandidaat", "schaduw", "kinder", "jeugd"}

# --- names -------------------------------------------------------------------------------------------------
_UP = r"[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ'’]|[A-Z](?=[a-zà-öø-ÿ]))*[a-zà-öø-ÿ]"
_LC_PARTICLE = (
    r"(?:van\s+der|van\s+den|van\s+de|van\s+het|van\s+'t|van\s+’t|in\s+'t|in\s+’t|in\s+de|op\s+de|op\s+den|"
    r"uit\s+de|uit\s+den|van|de|der|den|ter|ten|te|'t|’t|le|la|du|von)"
)
_CAP_PARTICLE = (
    r"(?:Van\s+der|Van\s+den|Van\s+de|Van\s+het|Van\s+'t|In\s+'t|In\s+de|Op\s+de|Op\s+den|Uit\s+de|Uit\s+den|"
    r"Van|De|Der|Den|Ter|Ten|Te|'t|Le|La|Du|Von)"
)
_DOUBLE = rf"{_UP}(?:-(?:{_LC_PARTICLE}\s+)?{_UP})*"
_INITIALS = r"(?:[A-Z][a-z]?\.\s?){1,6}"
_GIVEN = rf"{_UP}(?:-{_UP})?"
_NICK = rf"\({_UP}\)"
_FULL_NAME = rf"(?:{_INITIALS}\s*|(?:{_GIVEN}\s+){{1,3}})(?:{_NICK}\s+)?(?:{_LC_PARTICLE}\s+)?{_DOUBLE}"
_SURNAME_ONLY = rf"(?:{_CAP_PARTICLE}\s+(?:{_LC_PARTICLE}\s+)?)?{_DOUBLE}"
_NAME = rf"(?:{_FULL_NAME}|{_SURNAME_ONLY})"
_TITLES = r"(?i:(?:(?:mr|mrs|drs|dr|ir|ing|prof|ds|mevr|mw|dhr|hr)\.\s*|(?:mevrouw|meneer|de\s+heer)\s+)+)"
_PARTY = r"\s*\((?P<party>[^()]{1,40})\)"

_NAME_AFTER_ROLE = re.compile(rf"\s*,?\s*(?:{_TITLES})?(?P<name>{_NAME})(?![\w-])")
_NAME_BEFORE_COMMA = re.compile(
    rf"(?:^|(?<=[\s(\"“‘']))(?P<name>{_NAME})(?:{_PARTY})?\s*,\s*"
    r"(?:(?:de|het|onze|ook|nu|tevens|sinds\s+\S+|destijds)\s+)*$"
)
_NAME_BEFORE_VERB = re.compile(
    rf"(?:^|(?<=[\s(\"“‘']))(?P<name>{_NAME})(?:{_PARTY})?\s+(?:is|werd|wordt|blijft)\s+"
    r"(?:(?:sinds\s+\S+|nu|de|het|ook|al|per\s+\S+\s+\S+)\s+)*$"
)
_NAME_BEFORE_PAREN = re.compile(rf"(?:^|(?<=[\s\"“‘']))(?P<name>{_NAME})\s*\(\s*$")
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+|\s+&\s+)")
_TITLE_PREFIX = re.compile(rf"^{_TITLES}")

# Capitalised words that start sentences or clauses but are never part of a name.
_STOPWORDS = frozenset(
    """aan al alle als alleen bij binnenkort daar daarbij daarna daarnaast daarom dan dat de deze die dit
    door dus een eerder en er gisteren haar hem het hier hij hoe hun ik in inmiddels is je jij kort maar
    mede met namens naar niet nog nu of ok om onder ons onze ook op over per samen sinds tijdens toch
    toen tot u uit van vandaag vanaf vanavond vanmiddag vanmorgen verder via volgens voor vooral vorige
    wat we wel welke werd wie wij zegt zei zij ze zo zoals zowel aldus afgelopen alsnog behalve
    bovendien collega collega's dank dankzij beste geachte gemeente gemeenteraad provincie college raad
    burgemeester wethouder wethouders maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari
    februari maart april mei juni juli augustus september oktober november december nederland foto video
    lees bron update ook""".split()  # noqa: SIM905
)
# Street and building names built on a title: "Burgemeester Knappertlaan", "Wethouder Beversstraat".
_STREET = re.compile(
    r"(?:straat|laan|plein|singel|kade|dreef|gracht|school|plantsoen|steeg|boulevard|park|brug)$"
)


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    municipality: str | None
    municipality_code: str | None
    province: str | None
    given_name: str
    surname_prefix: str
    surname: str
    sort_name: str
    start: int  # where the mention begins in the text

    def to_json(self) -> dict[str, str | None]:
        """The fields of the `officeholders` command's output."""
        data = asdict(self)
        return {key: data[key] for key in (
            "name", "role", "municipality", "municipality_code", "given_name", "surname_prefix", "surname",
            "sort_name",
        )}


@dataclass
class _Mention:
    name: str
    role: str
    start: int
    municipality: Municipality | None = None


def find_officeholders(text: str, on: date | None = None) -> list[Person]:
    """Current officeholders named in `text`, in order of appearance, one entry per person."""
    places = gazetteer()
    mentions: list[_Mention] = []
    claimed: list[tuple[int, int]] = []  # spans of names already tied to a role
    for match in _ROLE.finditer(text):
        role = _role_of(match)
        if role is None:
            continue
        former = bool(match.group("former")) or _marked_former(text, match)
        found = _names_for_role(text, match, role, places, on, claimed)
        if not former:
            mentions.extend(found)
    return _merge(mentions)


def _role_of(match: re.Match[str]) -> str | None:
    for group, role in _ROLE_GROUPS.items():
        word = match.group(group)
        if word:
            if group == "wethouder":
                prefix = word.lower().split("wethouder")[0]
                if prefix in _NOT_WETHOUDER_PREFIXES:
                    return None
            return role
    return None


def _is_plural(match: re.Match[str]) -> bool:
    word = match.group("role").lower()
    return word.endswith(("s", "leden", "sen", "n")) and not word.endswith(("gedeputeerde", "koning", "koningin"))


_FORMER_CLAUSE = re.compile(
    r"\b(?:was|waren|is\s+geweest)\b[^.;:]{0,60}?\btot\b|\btot\s+(?:en\s+met\s+)?(?:\d{4}|vorig|afgelopen)\b[^.;]{0,20}$",
    re.I,
)
_FORMER_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:was|geweest)\b", re.I)


def _marked_former(text: str, match: re.Match[str]) -> bool:
    """'X was tot 2020 burgemeester', 'X, die tot vorig jaar wethouder was'."""
    clause_start = max(text.rfind(".", 0, match.start()), text.rfind(";", 0, match.start()), 0)
    before = text[clause_start:match.start()]
    if _FORMER_CLAUSE.search(before):
        return True
    after = text[match.end():match.end() + 40]
    return bool(re.search(r"\btot\b", before, re.I)) and bool(_FORMER_AFTER.search(after))


def _names_for_role(
    text: str, match: re.Match[str], role: str, places: Gazetteer, on: date | None,
    claimed: list[tuple[int, int]],
) -> list[_Mention]:
    provincial = role in PROVINCIAL_ROLES
    after_role = match.end()
    # "burgemeester van Leusden, Gerolf Bouwmeester": a place between the role and the name.
    role_place, after_place = _tied_place(text, after_role, places, on)
    if provincial:
        # "Commissaris van de Koning in Utrecht X": the place is a province, never the person's municipality.
        role_place, after_place = None, _after_province(text, after_role)
    before_name = _name_before(text, match.start(), claimed)
    if before_name is not None:
        name, start, end = before_name
        # "X, wethouder Leusden" (a list line) or "X, burgemeester van Leusden"
        place = role_place or (None if provincial else _bare_place(text, after_role, places, on))
        place = place or (None if provincial else _adjective_place(text, match.start(), places, on))
        claimed.append((start, end))
        return [_Mention(name, role, start, place)]
    names = _names_after(text, after_place, _is_plural(match), claimed)
    mentions = []
    for name, start, end in names:
        place = role_place
        if not provincial:
            name, own_place = _split_place_from_name(text, name, start, places, on)
            end = start + len(name)
            place = place or own_place or _place_after_name(text, end, places, on)
            place = place or _adjective_place(text, match.start(), places, on)
        mentions.append(_Mention(name, role, start, place))
    return mentions


def _clean_name(raw: str) -> str | None:
    """Drop titles and leading sentence words; None when nothing name-like is left."""
    name = _TITLE_PREFIX.sub("", raw.strip())
    words = name.split()
    # A capitalised particle opens a surname-only mention ("Van der Neut"); other sentence words go.
    while words and words[0].lower().strip("'’") in _STOPWORDS and not (_is_lc_particle(words[0]) and len(words) > 1):
        words.pop(0)
    for index, word in enumerate(words):
        if word.lower() in _STOPWORDS and not _is_lc_particle(word):
            words = words[:index]
            break
    if not words or _STREET.search(words[-1].lower()):
        return None
    if all(_is_lc_particle(w) for w in words[:-1]) and words[-1].lower() in _STOPWORDS:
        return None
    return " ".join(words)


def _is_lc_particle(word: str) -> bool:
    return word.lower() in {"van", "de", "der", "den", "ter", "ten", "te", "'t", "’t", "het", "in", "op", "uit"}


def _overlaps(start: int, end: int, claimed: list[tuple[int, int]]) -> bool:
    return any(start < c_end and c_start < end for c_start, c_end in claimed)


def _name_before(text: str, role_start: int, claimed: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The name of 'Jan Jansen, wethouder', 'Jan Jansen (CDA) is burgemeester', 'Jan Jansen (burgemeester'."""
    window_start = max(0, role_start - 120)
    window = text[window_start:role_start]
    for pattern in (_NAME_BEFORE_COMMA, _NAME_BEFORE_VERB, _NAME_BEFORE_PAREN):
        found = pattern.search(window)
        if not found:
            continue
        raw = found.group("name")
        cleaned = _clean_name(raw)
        if not cleaned:
            continue
        start = window_start + found.start("name") + raw.find(cleaned.split()[0])
        end = start + len(cleaned)
        if _overlaps(start, end, claimed):
            continue
        return cleaned, start, end
    return None


def _names_after(text: str, position: int, plural: bool, claimed: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The name (or, after a plural role, the list of names) that follows a role word."""
    names: list[tuple[str, int, int]] = []
    while True:
        found = _NAME_AFTER_ROLE.match(text, position)
        if not found:
            break
        cleaned = _clean_name(found.group("name"))
        if not cleaned or not found.group("name").startswith(cleaned.split()[0]):
            break
        start = found.start("name")
        end = start + len(cleaned)
        if _overlaps(start, end, claimed):
            break
        names.append((cleaned, start, end))
        claimed.append((start, end))
        if not plural:
            break
        position = _skip_party(text, end)
        separator = _LIST_SEPARATOR.match(text, position)
        if not separator:
            break
        position = separator.end()
    return names


def _skip_party(text: str, position: int) -> int:
    party = re.compile(_PARTY).match(text, position)
    return party.end() if party else position


def _place_at(text: str, position: int, places: Gazetteer, on: date | None) -> tuple[Municipality, int] | None:
    """The longest municipality name that starts exactly at `position`, with the offset after it."""
    words = list(re.finditer(r"[\w'’.()-]+", text[position:position + 80]))
    if not words or words[0].start() != 0:
        return None
    first = words[0].group()
    if not (first[0].isupper() or first.startswith(("'s", "’s", "s-"))):
        return None
    for count in range(min(places.max_words, len(words)), 0, -1):
        end = words[count - 1].end()
        candidate = text[position:position + end].rstrip(".,")
        municipality = places.lookup(candidate, on)
        if municipality and not places.is_province(candidate):
            return municipality, position + len(candidate)
    return None


_TIE = re.compile(r"\s+(?:van|in|uit\s+de\s+gemeente)\s+(?:de\s+gemeente\s+|gemeente\s+)?", re.I)


def _tied_place(text: str, position: int, places: Gazetteer, on: date | None) -> tuple[Municipality | None, int]:
    """'van (de gemeente) Y' or 'in Y' right after a role; returns the place and where the text goes on."""
    tie = _TIE.match(text, position)
    if tie:
        found = _place_at(text, tie.end(), places, on)
        if found:
            return found
    return None, position


_PROVINCE_TIE = re.compile(
    rf"\s+(?:van|in)\s+(?:de\s+provincie\s+)?(?:{'|'.join(PROVINCES)})(?=\s*,?\s+[A-Z(])"
)


def _after_province(text: str, position: int) -> int:
    """Skip 'in Utrecht' / 'van Fryslân' after a provincial role when a name follows it."""
    tie = _PROVINCE_TIE.match(text, position)
    return tie.end() if tie else position


def _bare_place(text: str, position: int, places: Gazetteer, on: date | None) -> Municipality | None:
    """'X, wethouder Leusden': a municipality written right after the role."""
    gap = re.compile(r"\s+(?:(?:van|in)\s+(?:de\s+gemeente\s+)?|gemeente\s+)?").match(text, position)
    found = _place_at(text, gap.end(), places, on) if gap else None
    return found[0] if found else None


def _place_after_name(text: str, position: int, places: Gazetteer, on: date | None) -> Municipality | None:
    """'wethouder Jansen (Ede)', 'burgemeester Jansen (CDA) van Ede', 'wethouder Jansen van de gemeente Ede'."""
    party = re.compile(_PARTY).match(text, position)
    if party:
        for part in re.split(r"[,;/]", party.group("party")):
            municipality = places.lookup(part.strip(), on)
            if municipality and not places.is_province(part.strip()):
                return municipality
        position = party.end()
    tie = re.compile(r"\s*,?\s+(?:van|in)\s+(?:de\s+gemeente\s+|gemeente\s+)?").match(text, position)
    if tie:
        found = _place_at(text, tie.end(), places, on)
        if found:
            return found[0]
    return None


def _adjective_place(text: str, role_start: int, places: Gazetteer, on: date | None) -> Municipality | None:
    """'de Leusdense wethouder': an adjective made from a municipality's name just before the role."""
    before = re.search(r"(\w+)\s+$", text[max(0, role_start - 40):role_start])
    return places.from_adjective(before.group(1), on) if before else None


def _split_place_from_name(
    text: str, name: str, start: int, places: Gazetteer, on: date | None,
) -> tuple[str, Municipality | None]:
    """'Patrick Kiel van Leusden' -> ('Patrick Kiel', Leusden) when the words after 'van' name a municipality.

    Only when a given name and a surname remain: in 'Jan van Beek' the 'van' is a tussenvoegsel.
    """
    for found in re.finditer(r"\svan\s", name):
        head = name[:found.start()]
        if len(head.split()) < 2 or head.split()[-1].lower() in {"van", "de", "der", "den"}:
            continue
        place = _place_at(text, start + found.end(), places, on)
        if place:
            return head, place[0]
    return name, None


def _merge(mentions: list[_Mention]) -> list[Person]:
    """One person per name: 'burgemeester Ederveen' after 'burgemeester Anton Ederveen' is the same person."""
    merged: list[_Mention] = []
    for mention in mentions:
        same = next((m for m in merged if _same_person(m.name, mention.name)), None)
        if same is None:
            merged.append(mention)
            continue
        if len(mention.name) > len(same.name):
            same.name = mention.name
        same.municipality = same.municipality or mention.municipality
    return [_person(m) for m in sorted(merged, key=lambda m: m.start)]


def _same_person(a: str, b: str) -> bool:
    a_fold, b_fold = a.lower(), b.lower()
    return a_fold == b_fold or a_fold.endswith(" " + b_fold) or b_fold.endswith(" " + a_fold)


def _person(mention: _Mention) -> Person:
    parts: NameParts = split_name(mention.name)
    place = None if mention.role in PROVINCIAL_ROLES else mention.municipality
    return Person(
        name=mention.name,
        role=mention.role,
        municipality=place.name if place else None,
        municipality_code=place.code if place else None,
        province=place.province if place else None,
        given_name=parts.given_name,
        surname_prefix=parts.surname_prefix,
        surname=parts.surname,
        sort_name=parts.sort_name,
        start=mention.start,
    )
