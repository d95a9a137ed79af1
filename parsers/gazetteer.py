"""Dutch municipalities (CBS codes, provinces, valid dates, aliases) from the bundled reference table."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib.resources import files


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    province: str
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


PROVINCES = (
    "Groningen", "Fryslân", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
    "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Brabant", "Limburg",
)

# Adjectives that do not follow the regular "<name> + se" pattern ("de Haagse wethouder").
_IRREGULAR_ADJECTIVES = {
    "Haagse": "'s-Gravenhage", "Bossche": "'s-Hertogenbosch", "Nijmeegse": "Nijmegen", "Dordtse": "Dordrecht",
    "Zaanse": "Zaanstad", "Almeerse": "Almere", "Zwolse": "Zwolle", "Goudse": "Gouda", "Groningse": "Groningen",
    "Leidse": "Leiden", "Delftse": "Delft", "Bredase": "Breda", "Tilburgse": "Tilburg", "Emmer": "Emmen",
    "Thoolse": "Tholen", "Edense": "Ede",
    # names of several words, the adjective of their first: "de Alphense burgemeester Liesbeth Spies"
    "Alphense": "Alphen aan den Rijn", "Capelse": "Capelle aan den IJssel", "Krimpense": "Krimpen aan den IJssel",
}


_FOLD_SEPARATORS = re.compile(r"[\s\-./()]+")
_AAN_DE = re.compile(r" aan de[n]? ")  # written short: "Krimpen a.d. IJssel", "Alphen a/d Rijn"


@lru_cache(maxsize=1 << 16)  # the same names and words are folded again and again, page after page
def fold(text: str) -> str:
    """Case, accent, apostrophe, hyphen and space insensitive key; "&" reads "en" ("Aa & Hunze")."""
    text = unicodedata.normalize("NFKD", text.replace("&", " en "))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("‘", "'")
    return _FOLD_SEPARATORS.sub(" ", text).strip(" '")


def _parse_date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


class Gazetteer:
    """Look-up of municipality names, aliases and adjectives, resolved on a date."""

    def __init__(self, rows: list[dict[str, str]]):
        self.by_key: dict[str, list[Municipality]] = {}
        self.by_code: dict[str, Municipality] = {}
        self.adjectives: dict[str, str] = {}
        self.er_adjectives: dict[str, str] = {}
        written: set[str] = set()  # official names and aliases, as written
        for row in rows:
            municipality = Municipality(
                row["cbs_code"], row["name"], row["province"],
                _parse_date(row["valid_from"]), _parse_date(row["valid_to"]),
            )
            self.by_code[municipality.code] = municipality
            names = [row["name"], *filter(None, row["aliases"].split(";"))]
            written.update(names)
            keys = {fold(name) for name in names}
            for key in keys | {_AAN_DE.sub(" a d ", key) for key in keys}:
                self.by_key.setdefault(key, []).append(municipality)
        self.max_words = max(len(key.split()) for key in self.by_key)
        self.first_words = frozenset(key.split()[0] for key in self.by_key if key)
        # "Bergen" alone names two municipalities, "Bergen (NH.)" and "Bergen (L.)": a place, but not which one
        self.ambiguous = frozenset(fold(m.name.split(" (")[0]) for m in self.by_code.values() if " (" in m.name)
        self._build_adjectives(written)

    def _build_adjectives(self, names: set[str]) -> None:
        candidates: dict[str, set[str]] = {}
        er_candidates: dict[str, set[str]] = {}
        for name in sorted(names):  # an alias makes its adjective too: "Valkenburgse" (Valkenburg aan de Geul)
            if " " in name or "-" in name or "(" in name:
                continue
            forms = {name + "se"} if not name.endswith("e") else {name + "se", name[:-1] + "se"}
            if name.endswith(("ingen", "bergen")):
                forms.add(name[:-2] + "se")  # "de Wageningse wethouder", "Vlissingse", "Harlingse", "Tubbergse"
            if name.endswith("s"):
                forms.add(name + "e")  # "de Osse burgemeester", "Goese"
            if not name.endswith("s"):
                forms.add(name + "s")  # "Rotterdams burgemeester"
            for form in forms:
                candidates.setdefault(form, set()).add(name)
            # "de Coevorder wethouder", "Kamper raadsleden", "de Urker burgemeester"; also a surname's ending
            # ("Huizer"), so kept apart
            er_candidates.setdefault(name[:-1] + "r" if name.endswith("en") else name + "er", set()).add(name)
            if name.endswith("e"):
                er_candidates.setdefault(name + "r", set()).add(name)  # "Raalter wethouder"
            if re.search(r"[aeiou][lmnprst]$", name) and not name.endswith("en"):
                er_candidates.setdefault(name + name[-1] + "er", set()).add(name)  # "Haarlemmer", "Eemnesser"
            if name.endswith("r"):
                er_candidates.setdefault(name + "der", set()).add(name)  # an inhabitant: "Zoetermeerder"
        self.adjectives = {form: names.pop() for form, names in candidates.items() if len(names) == 1}
        self.adjectives.update(_IRREGULAR_ADJECTIVES)
        # uninflected too: "Haags wethouder", "Nijmeegs burgemeester"
        self.adjectives.update({form[:-1]: name for form, name in _IRREGULAR_ADJECTIVES.items() if form.endswith("se")})
        self.er_adjectives = {form: names.pop() for form, names in er_candidates.items() if len(names) == 1}

    def lookup(self, name: str, on: date | None = None) -> Municipality | None:
        """The municipality called `name` (official name or alias), preferring one valid on `on`."""
        matches = self.by_key.get(fold(name), [])
        if not matches:
            return None
        valid = [m for m in matches if m.valid_on(on)]
        return (valid or matches)[0]

    def from_adjective(self, word: str, on: date | None = None, er_form: bool = False) -> Municipality | None:
        """'Leusdense', 'Rotterdams' (and with `er_form`, 'Coevorder') -> the municipality."""
        name = self.adjectives.get(word) or (self.er_adjectives.get(word) if er_form else None)
        return self.lookup(name, on) if name else None

    def may_start(self, word: str) -> bool:
        """Whether a municipality's name (or alias) can start with `word`: most words are no place at all."""
        key = fold(word)
        return bool(key) and key.split()[0] in self.first_words

    def is_ambiguous(self, name: str) -> bool:
        """A place name several municipalities share ("Bergen"): a place, though no municipality can be given."""
        return fold(name) in self.ambiguous

    def is_province(self, name: str) -> bool:
        return fold(name) in _FOLDED_PROVINCES


_FOLDED_PROVINCES = frozenset(fold(p) for p in PROVINCES)


@cache
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    text = files("parsers").joinpath("data/municipalities.csv").read_text(encoding="utf-8")
    return Gazetteer(list(csv.DictReader(text.splitlines())))
