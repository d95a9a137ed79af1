"""Dutch personal names: given name, tussenvoegsel (surname prefix) and surname, and the Dutch sort form."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

# An Arabic surname's article: "Karim el Gebaly", "Kholoud Al Mobayed"
ARABIC_ARTICLES = ("el", "al")
# Tussenvoegsels, longest first so that "van der" wins over "van".
PARTICLES = (
    "van de", "van den", "van der", "van het", "van 't", "van ’t", "van t", "in 't", "in ’t", "in de", "in het",
    "op de", "op den", "op 't", "op ’t", "uit de", "uit den", "aan de", "aan den", "bij de", "onder de",
    "van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te", "le", "la", "du", "d'", "von", "zu",
    *ARABIC_ARTICLES,
    "v.d.", "v/d",  # "Astrid v.d. Bend": van de(r)
)
_PARTICLE_WORDS = {word for particle in PARTICLES for word in particle.split()}


@dataclass(frozen=True)
class NameParts:
    given_name: str
    surname_prefix: str
    surname: str

    @property
    def sort_name(self) -> str:
        """'Neut, Maikel van der': surname first, the prefix after the given name, as Dutch lists sort."""
        tail = " ".join(part for part in (self.given_name, self.surname_prefix.lower()) if part)
        return f"{self.surname}, {tail}" if tail else self.surname


# An accent typed for an apostrophe: "Mirjam van ´t Veld", "van `t Hof".
_ACCENTS_FOR_APOSTROPHE = str.maketrans("´`", "’’")
# An opening quote typed for it: "Sebastiaan van ‘t Erve" (elsewhere "‘" opens a quotation)
_QUOTE_FOR_APOSTROPHE = re.compile(r"‘(?=t\b)")


def apostrophes_read(text: str) -> str:
    """`text` with accents and quotes typed for an apostrophe read as one; as long as `text`."""
    return _QUOTE_FOR_APOSTROPHE.sub("’", text.translate(_ACCENTS_FOR_APOSTROPHE))


def is_particle(word: str) -> bool:
    return apostrophes_read(word.lower()) in _PARTICLE_WORDS


def _ends_in_particle(word: str) -> bool:
    """'Nauta-van' (or 'Penn- te') links to the next word: the surname goes on."""
    *before, last = _HYPHEN.split(word)
    return bool(before) and is_particle(last.strip())


_HYPHEN = re.compile(r"[-–]")
# Words of a name; a hyphen with a space beside it still joins ("Penn- te Strake", "de Jong – de Vries").
_WORD_BREAK = re.compile(r"(?<![-–\s])\s+(?![-–\s])")


def split_name(name: str) -> NameParts:
    """Split a name as written ('Maikel van der Neut', 'Nauta-van Moorsel', 'J.A. (Jannewietske) de Vries')."""
    words = _WORD_BREAK.split(name.strip())
    if not words or not words[0]:
        return NameParts("", "", "")
    start = len(words) - 1
    # Walk back over double surnames whose second half has its own particle ("Vries-van den Berg").
    while start > 0:
        before = words[start - 1]
        if _ends_in_particle(before):
            start -= 1
        elif is_particle(before) and start > 1 and _ends_in_particle(words[start - 2]):
            start -= 2
        else:
            break
    prefix_start = start
    while prefix_start > 0 and is_particle(words[prefix_start - 1]):
        prefix_start -= 1
    return NameParts(
        given_name=" ".join(words[:prefix_start]),
        surname_prefix=" ".join(words[prefix_start:start]),
        surname=" ".join(words[start:]),
    )


@cache
def _given_names(listing: str) -> frozenset[str]:
    text = files("parsers").joinpath(f"data/{listing}").read_text(encoding="utf-8")
    return frozenset(text.split())


def is_given_name(word: str) -> bool:
    """A first name in some European or other country ('Jan', 'Femke', 'Ahmed'); surnames mostly are not. A joined
    one opens with a first name ('Jan-Willem', 'Jo-Annes')."""
    first, hyphen, rest = word.partition("-")
    if hyphen and rest[:1].isupper():
        return _listed(first, "given_names.txt")
    return _listed(word, "given_names.txt")


def is_rare_dutch_given_name(word: str) -> bool:
    """A first name the Netherlands hardly uses, often a surname there too ('Kok', 'Mans', 'Joosten')."""
    return _listed(word, "given_names_nl_rare.txt")


def is_dutch_given_name(word: str) -> bool:
    """A first name in use in the Netherlands ('Willem' in 'Jan Willem'; not 'Kiel' in 'Patrick Kiel')."""
    return _listed(word, "given_names_nl.txt")


def _listed(word: str, listing: str) -> bool:
    # The list spells names without accents: "René" is listed as "Rene".
    names = _given_names(listing)
    return word in names or (not word.isascii() and _without_accents(word) in names)


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
