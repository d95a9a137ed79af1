"""Officeholders in free Dutch text: who holds which office, and for which municipality.

The recogniser is rule-based. It finds every mention of an office ("burgemeester", "SGP-wethouder",
"Commissaris van de Koning", ...) and then the name the sentence ties to it, trying in turn:
an apposition before the role ("Jan Jansen, wethouder van Ede"), the name after the role ("wethouder Jan
Jansen", "wethouders A, B en C", "de griffier is A"), and the subject of the clause ("Jan Jansen is sinds
2019 burgemeester", "A en B zijn beëdigd als wethouder"). A municipality is assigned only when the text ties
it to that person; people marked as former are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from parsers.dates import MONTHS, WEEKDAY
from parsers.gazetteer import PROVINCES, Gazetteer, Municipality, gazetteer
from parsers.lazy_regex import lazy_compile
from parsers.names import (
    ARABIC_ARTICLES,
    apostrophes_read,
    is_dutch_given_name,
    is_given_name,
    is_particle,
    is_rare_dutch_given_name,
    split_name,
)

PROVINCIAL_ROLES = {"gedeputeerde", "commissaris van de koning"}

# --- roles -------------------------------------------------------------------------------------------------
_QUALIFIER = (
    r"(?:waarnemend|waarnemende|wnd\.|plaatsvervangend|plaatsvervangende|plv\.?|interim|nieuwe|kersverse|huidige|"
    r"demissionair|demissionaire|vertrekkend|vertrekkende|eerste|tweede|jonge|scheidend|scheidende|zittende|tijdelijk|tijdelijke"
    r"|huidig)"
)
# Not (or no longer, or not yet) in office.
_FORMER = (
    r"(?:oud|voormalig|voormalige|ex|toenmalig|toenmalige|gewezen|vorige|wijlen|kandidaat|beoogd|beoogde|aspirant"
    r"|aanstaand|aanstaande|aankomend|aankomende|voorgaand|voorgaande|komend|komende"
    r"|voorheen|vroeger|vroegere|destijds|toentertijd|indertijd"  # "Paul Depla, voorheen burgemeester van Heerlen"
    r"|vmlg?\.?)"  # "vmlg burgemeester": voormalig
)
_PROVINCE_NAMES = "|".join(re.escape(p).replace(r"\-", r"[\s-]") for p in PROVINCES)
_ROLE = lazy_compile(
    # A party may be glued on ("SGP-wethouder", "D66-raadslid"); other hyphenated words are not the office. A former
    # one's party may stand apart: "voormalig VVD wethouder X".
    rf"(?:(?<=-)|(?<![\w-]))(?:(?P<former>{_FORMER})[\s-]+(?:[A-Z0-9]+-|(?-i:[A-Z][a-z]+|[a-z]+e|[A-Z][A-Z0-9]+)\s+)?)?"
    # (a qualifier's space never a line's end: "R.J. de Jonge" / "Raadslid ...", not "jonge raadslid")
    rf"(?:{_QUALIFIER}(?:[\t\u00a0 -]|(?<=-)\n)+)?"
    r"(?P<role>"
    r"(?P<loco>loco[\s-]?burg(?:ee?|er)?mee?r?sters?)"
    # misspelt: "burgermeester", "burgmeester", "burgemeerster", "burgemeeester", "bugemeester"; split by a scan:
    # "burge meester", "bur gemeester", or broken at a line's end: "Bur- gemeester", "wet-\nhouder". A "waarnemer"
    # stands in.
    # Frisian: "boargemaster", "wethâlder", "riedslid", "deputearre", "gemeentesiktaris"
    # "burg. Van Zuijlen" as minutes write it
    r"|(?P<burgemeester>(?:collega)?bu(?:r(?:-\s?|[ ])?)?g(?:ee?|er)?(?:-\s?|[ ])?me{1,3}r?sters?|waarnemers?"
    r"|boargemasters?"
    # "eerste burger van Helmond" (not "de langstdienende eerste burger van Nederland")
    # ("regioburgemeester Sharon Dijksma": the one of a safety region, a burgemeester too)
    r"|burgervaders?|burgermoeders?|regioburgemeesters?"
    r"|eerste[ \t\u00a0]+burger(?=[ \t\u00a0]+van[ \t\u00a0]+(?!Nederland)[A-Z'])"
    r"|burg\.(?=[ \t\u00a0]*(?:[A-Z]|van\b|de\b)))"
    r"|(?P<wethouder>[a-zà-ÿ]*wet(?:h?ouders?|(?:-\s?|[ ])houders?|hâlders?)|weth\.)"  # "de wetouders A, B"
    r"|(?P<raadslid>(?:gemeente)?(?:raad|ried)sl(?:id|eden))"
    r"|(?P<gemeentesecretaris>gemeente[ -]?(?:secretaris(?:sen)?|siktaris))"  # also "gemeente-secretaris"
    r"|(?P<secretaris>(?<![\w-])secretaris)"  # the college's, where the text lists the college: see _role_of
    r"|(?P<griffier>(?:raads?|staten|gemeente)?griffiers?)"
    # not "leden van Gedeputeerde Staten"
    # written short in minutes: "Ged. Gijsberts"
    r"|(?P<gedeputeerde>[a-zà-ÿ]*(?:gedeputeerden?|deputearren?)(?![ \t\u00a0]+(?:Staten|Steaten))"
    r"|ged\.(?=[ \t\u00a0]*[A-Z])(?![ \t\u00a0]*Staten))"
    # also "commissaris van Koning Arno Brok", "commissaris des konings Bijleveld"
    # (misspelt "Commisaris van de Koning")
    r"|(?P<cdk>commiss?aris(?:sen)?\s+(?:(?:van\s+(?:de\s+)?|der\s+)koning(?:in)?|des\s+konings)|cdk|cvdk|cvk|gouverneur"
    # "commissaris Leen Verbeek van de provincie Flevoland"
    rf"|commissaris(?:sen)?(?=[ \t\u00a0]+[A-Z][^.;]{{0,40}}?\b(?:van|in)\s+"
    rf"(?:de\s+provincie\b|(?-i:{_PROVINCE_NAMES})\b))"
    # "de commissaris van Utrecht, Willibrord van Beek": a province's commissaris, named after
    rf"|(?<!-)commissaris(?:sen)?(?=[ \t\u00a0]+(?:van|in)[ \t\u00a0]+(?:de[ \t\u00a0]+provincie[ \t\u00a0]+)?"
    rf"(?-i:{_PROVINCE_NAMES})\b)"
    # "Commissaris Polman beëdigde ...", "commissaris Van Beek": the one commissaris text on local government names
    # by name alone (not "Europees commissaris Frans Timmermans", nor an "EU-commissaris")
    # (nor a national one: "Nationaal Commissaris Digitale Overheid")
    r"|(?<!uropees[ \t\u00a0])(?<!uropese[ \t\u00a0])(?<!ationaal[ \t\u00a0])(?<!-)commissaris"
    r"(?=[ \t\u00a0]+(?:(?:de[ \t\u00a0]+heer|mevrouw|drs\.|mr\.)[ \t\u00a0]+)?(?-i:[A-Z][a-zà-ÿ])))"
    # (or glued to the next line's name where a text lost its line break: "BurgemeesterHarry Leunessen")
    r")(?:\s+a\.\s?i\.)?(?:(?![\w-])|(?<=[a-z])(?=(?-i:[A-Z][a-z])))",
    re.I,
)
# A word stem every office word holds (loco-burgemeester, sportwethouder, CdK, gouverneur, ...)
_ROLE_STEM = lazy_compile(
    r"bur-?\s?g|bugem|wethoud|wetoud|weth\.|wet-?\s?houd|burge-\s?meest|waarnemer|raadsl|secretaris|griffier|gedeputeerde|ged\."
    r"|commiss?aris"
    r"|boargem|wethâld|riedsl|deputearre|siktaris"
    r"|cdk|cvdk|cvk|gouverneur",
    re.I,
)
_ROLE_GROUPS = {
    "loco": "loco-burgemeester", "burgemeester": "burgemeester", "wethouder": "wethouder",
    "raadslid": "raadslid", "gemeentesecretaris": "gemeentesecretaris", "griffier": "griffier",
    "gedeputeerde": "gedeputeerde", "cdk": "commissaris van de koning",
}
# Words ending in "wethouder" or "gedeputeerde" that are not the office ("oudwethouder" is a former one).
# ("jeugdwethouder" holds the youth portfolio; a "duo-raadslid" sits in no council)
_NOT_OFFICE_PREFIXES = {"oud", "ex", "kandidaat", "schaduw", "kinder", "duo"}

# --- names -------------------------------------------------------------------------------------------------
_S = r"[ \t\u00a0]+"  # a name never runs over a line break
_UP = r"[A-ZÀ-ÖØ-ÞĀ-ž](?:[a-zà-öø-ÿĀ-ɏ'’]|[A-Z](?=[a-zà-öø-ÿ]))*[a-zà-öø-ÿĀ-ɏ]"  # Latin-1, Extended-A and -B
# written short ("van der", "van den", "van de", "van het", "van 't"; "de", "der", "den"): the name patterns repeat it
_LC_PARTICLE = (
    # ("Mirjam van t Veld", its apostrophe lost)
    rf"(?:v\.[ \u00a0]?d\.|v/d|van(?:{_S}(?:de[rn]?|het|['’]?t(?={_S})))?|in{_S}(?:['’]t|de)|op{_S}den?|uit{_S}den?"
    rf"|de[rn]?|te[rn]?|['’]t|le|la|du|von|klein|el|al)"  # "Karim el Gebaly", "Kholoud al Mobayed"
)
_CAP_PARTICLE = (
    rf"(?:Van(?:{_S}(?:de[rn]?|het|'t))?|In{_S}(?:'t|de)|Op{_S}den?|Uit{_S}den?|De[rn]?|Te[rn]?|['’]t|Le|La|Du|Von)"
)
# A particle either way ("van der", "Van der"): one case-blind list, which the name patterns repeat, compiles faster
# than the two lists.
_ANY_PARTICLE = rf"(?i:{_LC_PARTICLE})"
# "Nauta-van Moorsel", "Penn- te Strake", "de Jong – de Vries"; not "Mulder - Heemstede", which lists a place.
_DOUBLE = (  # (an elided particle glued on: "Jack d’Hooghe")
    # (the particle's space lost after a hyphen: "Annemarie Penn-teStrake")
    # (a hyphen typed as an en dash: "Petra van Wingerden–Boers", "Aukje Treep–van Hoeckel")
    # (a second surname that opens with "Oud(e)": "Corry van Rhee-Oud Ammerveld")
    rf"(?:d['’](?=[A-Z]))?{_UP}(?:(?:-[ \u00a0]?(?:{_ANY_PARTICLE}(?:{_S}|(?=[A-Z]))|Oude?{_S}(?=[A-Z]))?"
    rf"|–(?:{_ANY_PARTICLE}{_S})?(?=[A-Z])"
    rf"|[ \u00a0][-–][ \u00a0]{_ANY_PARTICLE}{_S}){_UP})*"
    # "Dimitri Horsthuis – Tangelder (wethouder ...)": a last part after a spaced en dash, when no word follows it;
    # not a dateline ("Zwolle – Andries Heidema", "Emmen – Eric van Oosterhout"); a place, party or office after the
    # dash is split off later. A spaced hyphen the same ("Lian Heijs - Eisses", "Joan Leemhuis - Stout, die"), but not
    # before a colon: "Floor Rodunder van Haarlem - Foto: NH Media".
    rf"(?:[ \u00a0](?:–|-(?![ \u00a0]*{_UP}[ \u00a0]*:))[ \u00a0](?!{_CAP_PARTICLE}\b){_UP}"
    rf"(?![ \u00a0]*[-–]|[ \t\u00a0]+(?:{_ANY_PARTICLE}[ \t\u00a0]+)?[A-Z]))?"
)
# also "H.R.E Hofland", "J.Chr. van der Hoek"
_INITIALS = r"(?:(?:[A-Z][a-z]?|Chr|Joh|Jac)\.[ \u00a0]?){1,6}(?:(?<=\.)[A-Z][ \u00a0](?=[A-Z]))?"
_GIVEN = rf"{_UP}(?:(?:-|[ \u00a0]–[ \u00a0]){_UP})?"  # "Aart-Jan", "Aart – Jan Moerkerke"
# "(Jannewietske)", or initials after a given name ("Koos (J.J.L.M.) Janssen"); not a party such as "(GroenLinks)"
_NICK = r"\((?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|(?:[A-Z]\.){1,6})\)"
# after initials the name called by may be two: "J.P.J. (Jan Pieter) Lokker" (after a given name such a parenthesis
# is a party: "Marc Teutelink (Burgerbelangen Enschede)")
_INITIALS_NICK = r"\([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?\)"
# (written with a capital too: "S.P. Baron Bentinck"; not "Graaf" and "Ridder", which are surnames: "De Graaf")
_NOBLE = r"(?:ridder|[Bb]aron|[Bb]arones|graaf|gravin|[Jj]onkheer|[Jj]onkvrouw)"
_NOBLE_WORD = lazy_compile(_NOBLE)
_FULL_NAME = (  # "J.H.M. Jansen", "Jan J. Schrijen", "J.A. (Jannewietske) de Vries", "Maikel van der Neut"
    # a double surname after a particle, the name ending the phrase: "Piet de Vey Mestdagh heeft", "Sybrand van
    # Haersma Buma (Leeuwarden)"; a place after "van" is split off later ("Jan Jansen van Hollands Kroon")
    rf"(?:{_GIVEN}{_S}){{1,2}}(?:de|der|den|ter|ten|te|van(?:{_S}de[rn]?)?){_S}{_UP}{_S}{_UP}"
    r"(?=[ \t\u00a0]*[,.;:()]|[ \t\u00a0]+[a-z])|"
    # "A.J.W. Van Eekelen"; a predicate of nobility before the particle: "R.A. ridder van Rappard"
    rf"(?:{_INITIALS}(?:{_INITIALS_NICK}{_S})?(?:{_NOBLE}{_S})?(?:{_ANY_PARTICLE}{_S})?"
    rf"|(?:{_GIVEN}{_S}){{1,3}}(?:{_INITIALS})?(?:{_NICK}{_S})?(?:{_NOBLE}{_S})?(?:{_LC_PARTICLE}{_S})?){_DOUBLE}"
)
_SURNAME_ONLY = rf"(?:{_CAP_PARTICLE}{_S}(?:{_LC_PARTICLE}{_S})?)?{_DOUBLE}"
_SUFFIX = rf"(?:{_S}(?:jr|sr|jun|sen)\.?(?![\w]))?"  # "Gerrit Post jr"
_NAME = rf"(?:{_FULL_NAME}{_SUFFIX}|{_SURNAME_ONLY})"
# Right after a role a lower-case particle may open a surname-only mention: "wethouder van Daal".
# Not "van": "burgemeester van Zuidplas" names a place far more often than a surname written lower-case.
_AFTER_ROLE_PARTICLE = rf"(?:van{_S}der|van{_S}den|v\.[ \u00a0]?d\.|de|den|der|ter|ten|'t|’t)"
_NAME_AFTER_ROLE_FORMS = rf"(?:{_NAME}|{_AFTER_ROLE_PARTICLE}{_S}{_DOUBLE})"
# written short with a full stop ("mr.", "Jhr."); such a full stop ends no sentence
_ABBREVIATED_TITLES = (
    "mr", "mrs", "drs", "dr", "ir", "ing", "prof", "ds", "mevr", "mvr", "mw", "dhr", "hr", "jhr", "jkvr",
)
_TITLES = (
    rf"(?i:(?:(?:{'|'.join(_ABBREVIATED_TITLES)})\.[ \u00a0]*"
    r"|(?:mevr|mvr|mw|dhr|drs|mr|dr|ir|prof)[ \u00a0]+"
    # the form of address of a burgemeester: "de Edelachtbare Heer Van Beers"
    r"|(?:mevrouw|meneer|de\s+heer|de\s+(?:heren|dames)(?:\s*:)?|frau|herr|jonkheer|jonkvrouw|baron|barones"
    r"|(?:de\s+)?edelachtbare(?:\s+heer|\s+vrouwe)?"
    r"|nieuwkomer|nieuweling|debutante?)\s+"  # a list's new one: "Wethouders A (VVD), B (CDA) en nieuwkomer C (D66)"
    r"|(?-i:[A-Z][A-Za-z0-9]*)['’-]er\s+)+)"  # a party member: "D66'er Mieke Damsma", "VVD’er Jan Smit"
)
_PAREN = lazy_compile(r"[ \t\u00a0]*\((?P<inside>[^()]{1,160})\)")

_NOT_A_CAPACITY = (
    r"[a-zà-ÿ]*(?:meester|houder|raadslid|gedeputeerde|griffier|secretaris|commissaris|gouverneur)"
    r"|echtgeno|vrouw\b|man\b|partner|zoon|dochter|vader|moeder|broer|zus|vriend|kleinzoon|kleindochter"
)
_PARTY_TOKEN = r"[A-Z][\w/&.-]*[A-Z0-9][\w/&.-]*"  # a party written as one word: "VVD", "D66", "PvdA", "GroenLinks"
_NAME_AFTER_ROLE = lazy_compile(  # "wethouder Jan Jansen", "wethouder (Jan Jansen)", "burgemeester en voorzitter X"
    # "Gedeputeerde en voormalig D66-partijvoorzitter Fleur Gräper", "Gedeputeerde en lijsttrekker van de VVD X"
    # (an editor's insertion closes first: "[burgemeester] Daphne Bergman")
    r"['’\"”\]]?(?:[ \t\u00a0]+(?:en|én)[ \t\u00a0]+"
    # "en -fractievoorzitter", "en tijdelijk PCG-fractievoorzitter", "en vicevoorzitter"
    r"(?:(?:(?:voormalige?|tijdelijke?)[ \t\u00a0]+)?-?(?:[A-Za-z0-9]+-)?(?:vice-?)?(?:dag|partij|fractie)?voorzitter"
    # ("Demissionair wethouder en lijsttrekker van Gemeente Belangen Veldhoven (GBV) X": a party in words, then its
    # short form)
    rf"|lijsttrekker(?:[ \t\u00a0]+van[ \t\u00a0]+(?:de[ \t\u00a0]+{_PARTY_TOKEN}|(?-i:[A-Z][a-z]+)"
    rf"(?:[ \t\u00a0]+(?-i:[A-Z][a-z]+)){{0,3}}[ \t\u00a0]*\({_PARTY_TOKEN}\)))?|gast(?:heer|vrouw)|loco-?burgemeester"
    # ("Gemeentebelangen-raadslid en voormalig wethouder Guus van Woesik": the former office is another's word)
    r"|partijgeno(?:ot|te)|collega|plaatsgeno(?:ot|te)|dorpsgeno(?:ot|te)|oud-[a-z]+|voormalige?[ \t\u00a0]+[a-z]+"
    r"|loco-?commissaris"
    r"|(?:algemeen[ \t\u00a0]+)?directeur"  # "Gemeentesecretaris en algemeen directeur Marjan van der Weij"
    # one more capacity of the same person: "wethouder en sportliefhebber X", "CU-raadslid en agrariër X"; not
    # another office ("burgemeester en wethouder X"), a plural, or a relative ("burgemeester en echtgenote X")
    rf"|(?!{_NOT_A_CAPACITY})(?-i:[a-zà-ÿ]{{2,}}(?:er|ër|eur|ist|aar|oot|ote|ant))(?<!heer)(?=[ \t\u00a0]+[A-Z])))?"
    # "Burgemeester – en tevens jurylid – Jan van Zanen", "Burgemeester - nu nog - Van Wouwe"
    # (an aside opens in lower case; names between dashes are the office's: "wethouders - Schoenaker en Bosland -")
    r"(?:[ \t\u00a0]+(?:[–—](?![ \t\u00a0]*[A-Z])[^–—\n]{1,60}[–—]"
    r"|-[ \t\u00a0](?![ \t\u00a0]*[A-Z])[^–—\n-]{1,40}[ \t\u00a0]-))?"
    r"(?:[ \t\u00a0]+[–—-](?=[ \t\u00a0]+[A-Z]))?"  # "De Wethouder – Astrid Janssen, een paar ambtenaren"
    r"(?:[ \t\u00a0]*\([^()\n]{1,60}\)(?=[ \t\u00a0]+[A-Z]))?"  # "wethouder (en collega in het VNG-bestuur) X"
    # "Gemeenteraadslid voor de VVD Gertjan te Hoonte", "de griffier van de gemeenteraad Johan Janssen"
    # (a full stop after the party ends the sentence: "wethouder namens D66. Marcel heeft")
    rf"(?:[ \t\u00a0]+(?:voor|namens)[ \t\u00a0]+(?:de[ \t\u00a0]+)?{_PARTY_TOKEN}(?<!\.)(?=[ \t\u00a0]+[A-Z])"
    r"|[ \t\u00a0]+van[ \t\u00a0]+de[ \t\u00a0]+(?:gemeente)?raad(?=[ \t\u00a0]+[A-Z]))?"
    # "gemeentesecretaris/algemeen directeur Paul Veldhuisen"
    r"(?:[ \t\u00a0]*/[ \t\u00a0]*[a-zà-ÿ]+(?:[ \t\u00a0]+[a-zà-ÿ]+)?(?=[ \t\u00a0]+[A-Z]))?"
    # ", de 45-jarige Jeroen Gebben", ", de CDA’er Jos Hessels"; examples of a plural: "Andere burgemeesters, zoals
    # Pieter Broertjes van Hilversum"
    rf"[ \t\u00a0]*(?:,[ \t\u00a0]*(?:de|het)[ \t\u00a0]+"
    r"(?:\d{1,3}-jarige[ \t\u00a0]+|(?=(?-i:[A-Z][A-Za-z0-9]*)['’-]er[ \t\u00a0]+[A-Z]))"
    r"|(?<=[sn]),?[ \t\u00a0]*zoals[ \t\u00a0]+|[,(]?[ \t\u00a0]*)"  # (a plural ends in s or n: "raadsleden")
    rf"(?P<titled>{_TITLES})?"
    # after a title any particle opens a surname: "burgemeester de heer van Beers"
    rf"(?P<name>{_NAME_AFTER_ROLE_FORMS}|(?(titled){_LC_PARTICLE}{_S}{_DOUBLE}|(?!)))(?![\w-])"
)
_NAME_ANYWHERE = lazy_compile(
    # (not the W. of "B. en W.", burgemeester en wethouders: "het college van B. en W. Madeleine van Toorenburg")
    rf"(?<![\w'’-])(?<!B\. en )(?<!B en )(?<!B\.en )"
    rf"(?:{_TITLES}(?P<name_lc>{_LC_PARTICLE}{_S}{_DOUBLE})|(?:{_TITLES})?(?P<name>{_NAME}))(?![\w-])"
)
# a degree after a name: "de heer L.P. van der Linden MSc, wethouder", "A.M.J. Dingemans MEd wethouder"
_DEGREE = r"(?-i:MSc|MA|BSc|BA|MBA|LLM|RA|MPA|BEc|MEd)\.?(?![\w])"
_A_DEGREE = lazy_compile(_DEGREE)
# "Jan Jansen, wethouder", "Jan Jansen – nu burgemeester", "Jan Jansen, in het dagelijks leven burgemeester",
# "Albert Dragt, D66 wethouder"
_APPOSITION_GAP = lazy_compile(
    # a separable verb's particle may close the clause first: "legt Ard van der Tuuk uit, burgemeester van ..."
    # a party named after the name: "Kees Koudstaal van de Baarnse Onafhankelijke Partij, het langstzittende raadslid"
    rf"^(?:\s+{_DEGREE})*"
    r"(?:\s*\([^()]{1,60}\))?(?:\s+(?:van|namens)\s+(?:de|het)\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})?"
    r"(?:\s+uit\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"  # where the person lives: "Lily Maaref uit Middelbeers, "
    r"(?:\s*[–—]\s*[^–—,.()]{1,30}?)?(?:\s+(?:uit|aan|toe|op|af|samen))?"
    r"\s*(?:,|–|—|\s-|/)\s*(?:[a-zà-ÿ0-9.'’]+\s+){0,8}"  # (a byline's slash: "Hennie Castelein/Raadslid")
    # "Marijke van Haaren, CDA-wethouder van Berkelland", "Sanja Duijvestijn, Gemeentebelangen raadslid"
    # not an adjective alone ("Lingewaards burgemeester"); after "de" it is one: "X, de Flevolandse commissaris"
    # (or a colleague: "Joris Bengevoord, collega-burgemeester in Winterswijk")
    # (not an article, which opens a sentence after a dateline: "Mariahout - De nieuwe burgemeester van Laarbeek, X")
    rf"(?:(?:{_PARTY_TOKEN}|(?!(?:De|Het|Een)\s)[A-Z][a-zà-ÿ]+(?<!s)(?<!se)|(?<=\bde\s)[A-Z][a-zà-ÿ]+se)(?:\s+|-)"
    r"|collega-)?$"
)
# "Pieter Verhoeve, voorzitter van de Koninklijke Bond (KBOV) en burgemeester van Gouda": another office first
_OTHER_OFFICE_FIRST = lazy_compile(  # (or held before: "Greetje Bos, oud-officier van justitie en nu wethouder")
    r"^\s*,\s*(?!(?:die|dat|wie|zei|zegt|is|was|heeft|had|wordt|werd|met|maar|want|waarna|en|of)\b)[a-zà-ÿ-]+\s"
    r"(?:(?!\b(?:burgemeester|wethouders?|college|raad)\b)[^.;:!?,]){1,90}?"
    # "X, voorzitter van het bestuur van SUW, tevens burgemeester van Montfoort"
    r"(?:\sen(?:\s+(?:zelf|ook|tevens|nu|inmiddels|thans))?|,\s*(?:en\s+)?(?:ook|tevens))\s+$"
)
# "kinderburgemeester Jur Roothans, wethouder Fons Potters": a name that its own noun introduces is a list item
# (on the same line: "\Z", as "$" would match before a line break, "M. Wenzkowski, wethouder \nS. de Bruin, ...")
_INTRODUCED = lazy_compile(
    r"(?:burgemeester|wethouder|wethoudster|raadslid|griffier|gedeputeerde|secretaris|commissaris|voorzitter|"
    r"directeur|minister|lid|dj|presentator|ondernemer|exploitant|cabaretier|journalist)s?[ \t\u00a0]+\Z",
    re.I,
)
# (not the particle of "waarnemen" before a relative clause: "Tot die tijd neemt Don Bijl waar die al sinds 2009
# burgemeester is")
_RELATIVE = lazy_compile(r"\b(?:dat|wie|welke|waar(?![ \t\u00a0]+die\b)|wat)\b", re.I)
_PARENS_ONLY = lazy_compile(r"\s*(?:\([^()]{1,60}\)\s*)?")
_DATE_THEN_THE = lazy_compile(  # (or how long: "dat Nees van Wolfswinkel (SGP) 25 jaar raadslid is")
    rf"{_PARENS_ONLY.pattern}(?:(?:per|op|vanaf)\s+\d{{1,2}}\s+[a-z]+(?:\s+\d{{4}})?\s+|\d{{1,2}}\s+jaar\s+)?"
    r"(?:de\s+)?(?:nieuwe\s+)?"
)
_THAT_BEFORE = lazy_compile(r"\bdat\s+$")
# A subordinate clause ends in its verb: "dat X (PvdA) waarnemend burgemeester wordt van ...".
_VERB_FINAL = lazy_compile(r"(?:\s+(?:van|in|op)\s+[^.;,]{1,40}?)?\s+(?:is|wordt|werd|blijft)\b")  # "op Urk"
# "volgt Jeroen Nobel (PvdA) op, die daar sinds mei 2015 waarnemend burgemeester is"
_WHO_IS = lazy_compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:[a-z]+\s*)?,?\s*die\s+(?:[a-z0-9]+\s+){0,9}$")
# "Jan Jansen (burgemeester van Ede)", "Henk Jan Meijer (voorzitter Regio Zwolle / burgemeester Zwolle)"
_NAME_BEFORE_PAREN = lazy_compile(  # also "Marloes Borsboom-Turabaz – GroenLinks (1e loco-burgemeester)"
    # "(voorzitter van de Veiligheidsregio Gooi en Vechtstreek en burgemeester van Hilversum)"
    r"^,?(?:\s+[–—-]\s+[^()\n–—]{1,40}?|\s*\([^()\n]{1,30}\))?\s*\((?:[^()\n]{1,60}?(?:[/,;-]|\sen\s))?\s*"
    r"(?:\d+(?:e|ste|de)\s+)?"
    r"(?:\d{1,2}\s+jaar\s+)?"  # how long: "Joop van der Lei (PvdA, 21 jaar raadslid)"
    # "Marian van der Weele (nu burgemeester van Waterland)", "Kees van der Zwet (tevens eerste locoburgemeester)"
    r"(?:(?:nu|thans|inmiddels|tegenwoordig|tevens|ook)\s+)?$"
)
_SWITCH_OF_OFFICE = (
    r"\b(?:over)?stap\s+(?:gemaakt\s+)?van\s+[a-zà-ÿ-]+"
    r"(?:\s+(?:in|van)\s+(?:de\s+gemeente\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*|aan|en|den?)){0,3})?"
    r"\s+naar\s+(?:de\s+|het\s+)?"
)
# The verb that makes a clause's subject the officeholder: "X is (sinds 2019) burgemeester", "X werd de
# eerste vrouwelijke burgemeester", "A en B zijn beëdigd als wethouder", "X benoemd tot burgemeester".
_COPULA = lazy_compile(
    # ("mag ook de komende zes jaar burgemeester van de gemeente Baarle-Nassau zijn")
    # ("was al wethouder" goes on: "Hazen en De Robles waren al wethouder en Hoekstra maakt nu de overstap")
    r"(?:\b(?:is|ben|wordt|werd|blijft|blijven|zijn|worden|werden|is\s+geworden|blijft\s+aan|blijven\s+aan|mag|mogen"
    # (words between: "waren in de afgelopen periode al raadslid", "was namens de VVD al wethouder")
    r"|(?:was|waren)(?:\s+(?!al\b)[\w-]+){0,6}?\s+(?:ook\s+)?al)"
    r"(?:\s+[a-zà-ÿ0-9.'’()-]+){0,7}(?:\s*\([\w&/-]{1,12}\)(?:\s+[a-zà-ÿ0-9.'’-]+){0,7})?"  # (a party inside)
    # whom for: "is namens Gemeentebelangen weer wethouder", "is namens de PvdA, de burgemeester"
    r"(?:\s+namens\s+(?:de\s+)?(?-i:[A-Z][\w&/’'-]*(?:\s+[A-Z][\w&/’'-]*){0,2}),?(?:\s+(?-i:[a-zà-ÿ0-9.'’-]+)){0,3})?"
    r"\s+(?:de\s+|het\s+)?"  # "is (nog even) het"
    # "benoemd tot de nieuwe burgemeester", not "zei X tot de wethouder"
    r"|\b(?:als\s+|tot\s+(?!(?:de|het)\s+$))(?:de\s+|het\s+)?"
    # "tot voltijd wethouder", "als vast raadslid"
    # (an adjective, not an article: "zal als steunraadslid de raadsleden ondersteunen")
    r"(?:(?:[a-zà-ÿ]+\s+){0,4}[a-zà-ÿ]{2,}e\s+|(?:voltijd|deeltijd|fulltime|parttime|vast|tijdelijk)[\s-]+)?"
    # a switch of office: "maakte de overstap van wethouder in Venlo naar burgemeester van Veere" (the second held now)
    rf"|{_SWITCH_OF_OFFICE})"
    r"(?:\w+-)?$",  # a party glued on: "is als enige BAS-raadslid over"
    re.I,
)
# "... is opgetogen over het aanblijven van de burgemeester", "net als de burgemeesters": the role is governed by a
# preposition or is a comparison.
_GOVERNED = lazy_compile(
    r"\b(?:van|over|met|door|voor|bij|aan|naar|om|op|uit|onder|zonder|tegen|namens|volgens|net\s+als|zoals|evenals)"
    # the adjective in lower case: "van Marle waarnemend griffier" is a surname, not "van de nieuwe"
    # (not a separable verb's particle before a relative clause: "volgde wethouder X op die burgemeester werd")
    # (or a possessive: "gaf een voorzet aan zijn wethouder")
    r"\s+(?:de\s+|het\s+|een\s+|zijn\s+|haar\s+|hun\s+)?(?-i:(?!die\s)[a-zà-ÿ]+e\s+|[A-Z]\w+se\s+)?(?:\w+-)?$",
    re.I,
)
# "X is één van de raadsleden die ...": one of them, not governed by "van"
_ONE_OF = lazy_compile(r"\b(?:een|één)\s+van\s+de\s+(?:[a-zà-ÿ]+e\s+)?(?:\w+-)?$", re.I)
# Introduces the names after a role phrase: "De andere wethouders zijn A, B en C", "twee raadsleden opgenomen: A".
_LIST_INTRO = lazy_compile(
    # (also after a second function: "De gemeentesecretaris / algemeen directeur is Martiene Branderhorst")
    # (not a verb of the relative clause before the list's own: "Wethouders die blijven zitten zijn A, B en C")
    r"[ \t\u00a0]*(?:[\w'’/-]+[ \t\u00a0]+){0,4}?(?:is|zijn|waren|blijven|blijft)(?:[ \t\u00a0]+\w+:)?[ \t\u00a0]+"
    r"(?![a-z]+[ \t\u00a0]+(?:is|zijn|waren)[ \t\u00a0]+[A-Z])"
    r"(?:(?:onder\s+andere|onder\s+meer|o\.a\.|ook|namelijk)[ \t\u00a0]+)?"
    # words before a colon, each after the space that ends the previous one (no backtracking over a word's letters)
    # (an attendance list's names may stand on the lines after the colon: "Wethouders:\nA.C.L. Adema en F.R. Hoving")
    # (a second function after a slash: "de gemeentesecretaris / algemeen directeur: de heer X")
    r"|[ \t\u00a0]*(?:[a-zà-ÿ/]+[ \t\u00a0]+){0,12}(?:[a-zà-ÿ]+[ \t\u00a0]*)?:[ \t\u00a0]*(?:\n[ \t\u00a0]*){0,2}"
    r"|[ \t\u00a0]*,?[ \t\u00a0]*(?:namelijk|te\s+weten)[ \t\u00a0]+|[ \t\u00a0]*;[ \t\u00a0]*"
    # "burgemeesters van de deelnemende gemeenten, onder wie A (Den Haag) en B (Rotterdam)"
    r"|(?:[ \t\u00a0]+van[ \t\u00a0]+(?:de|het)(?:[ \t\u00a0]+[a-zà-ÿ]+){1,3})?[ \t\u00a0]*,[ \t\u00a0]*"
    # ("met een aantal raadsleden, waaronder in ieder geval Versteeg en Bas van Polanen (VVD)")
    r"(?:onder[ \t\u00a0]+wie|waaronder)[ \t\u00a0]+(?:(?:in[ \t\u00a0]+ieder[ \t\u00a0]+geval|onder[ \t\u00a0]+meer"
    r"|onder[ \t\u00a0]+andere|ook)[ \t\u00a0]+)?"
    # "twee wethouders in de personen A en B"
    r"|[ \t\u00a0]+in[ \t\u00a0]+de[ \t\u00a0]+perso(?:on|nen)(?:[ \t\u00a0]+van)?[ \t\u00a0]+"
    # "zijn de raadsleden geïnstalleerd, waaronder A, B en C", "2 nieuwe wethouders beëdigd, A en B"
    r"|[ \t\u00a0]+(?:beëdigd|geïnstalleerd|benoemd|gekozen|verkozen|aangesteld|voorgedragen)[ \t\u00a0]*"
    r"(?:,[ \t\u00a0]*(?:(?:onder[ \t\u00a0]+wie|waaronder|namelijk)[ \t\u00a0]+)?|:[ \t\u00a0]*)"
    # a caption: "De nieuwe wethouders van Hoogeveen, v.l.n.r. A, B, C en D"
    r"|[ \t\u00a0]*,?[ \t\u00a0]*(?:v\.?[ \t\u00a0]?l\.?[ \t\u00a0]?n\.?[ \t\u00a0]?r\.?"
    r"|van[ \t\u00a0]+links[ \t\u00a0]+naar[ \t\u00a0]+rechts)[ \t\u00a0]*:?[ \t\u00a0]+"
    # "De wethouders die volgens verwachting aanblijven, zijn A, B en C"
    r"|[ \t\u00a0]+die[ \t\u00a0][^.;:!?\n]{1,80}?,?[ \t\u00a0]+(?:zijn|waren|blijven|is)"
    r"(?:[ \t\u00a0]+\w+:)?[ \t\u00a0]+"
)
_LIST_SEPARATOR = lazy_compile(
    # one item a line: "H.F.P. Bode (PvdA),\nF.C. Jans (Nieuw Enkhuizen) en\nD. van Pijkeren"
    # (a space missing after a parenthesis: "Harry van Waveren (Oud-Beijerland)en Arie Mol")
    r"[ \t\u00a0]*(?:,[ \t\u00a0]*\n?[ \t\u00a0]*(?:en[ \t\u00a0]+)?"
    r"|(?:[ \t\u00a0]+|(?<=\)))en[ \t\u00a0]*\n?[ \t\u00a0]*(?<=\s)"
    r"|[ \t\u00a0]+&[ \t\u00a0]+)"
)
# "Meneer Mulder, mevrouw Haak, de heer Tokkie en mevrouw Wielage": a title may open every item of a list
_TITLED_SEPARATOR = lazy_compile(rf"{_LIST_SEPARATOR.pattern}(?:{_TITLES})?")
_LOOSE_SEPARATOR = lazy_compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?=[A-Z])")
_TITLE_PREFIX = lazy_compile(rf"^{_TITLES}")
_SENTENCE_BREAK = lazy_compile(r"[.!?;:](?:\s|$)|\n")
_FORMER_CLAUSE = lazy_compile(
    # "was tot 2020 wethouder", "tot mijn pensionering was ik griffier", "tot en met 2018 burgemeester"
    # (a time after "tot": not "Er was concurrentie en dat maakt ons trots dat we tot de finalisten behoren")
    r"\b(?:was|waren|is\s+geweest|werkte|werkten|diende|dienden|fungeerde|fungeerden)\b[^.;:]{0,60}?\btot\s+(?:en\s+met\s+)?(?:\d|begin|eind|medio|vorig|afgelopen|kort|"
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|zijn|haar|mijn|"
    r"het\s+moment|de\s+(?:verkiezingen|herindeling|fusie|zomer))"
    # (not when a clause after it turns to what came next: "Dat was tot maart dit jaar uitstekend, daarna heeft de
    # verantwoordelijke wethouder, Anjo Bosman, ...")
    r"(?![^.;:]*,\s*(?:daarna|sindsdien|maar|nu)\b)"
    # (not in a relative clause: "een tribune die tot de laatste stoeltjes bezet was door boeren moest X")
    r"|(?<!\bdie )(?<!\bdat )\btot\b[^.;:]{0,60}?\b(?:was|waren)\b[^.;:]{0,30}$"
    r"|\btot\s+(?:en\s+met\s+)?(?:(?:begin|eind|medio|half)\s+)?(?:\d{4}|vorige?|afgelopen)\b[^.;]{0,20}$"
    # the years it was held, both told: "Samir Toub, tussen 2018 en 2022 raadslid in Eindhoven, wordt wethouder"
    r"|\btussen\s+(?:1[89]|20)\d\d\s+en\s+(?:1[89]|20)\d\d\s+$"
    # an agenda's or a notice's heading: "2A. Ontslag wethouders J.L.M. Vlaar en F. Langerak-Oostrom" (not
    # "Afscheid burgemeester X", a farewell the office is still held at)
    r"|^\s*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*[–—-]\s*)?(?:\d{1,2}[A-Za-z]?\.\s*)?"
    r"(?:eervol\s+)?ontslag\s+(?:(?:van\s+)?(?:de\s+)?)?$"
    r"|,\s*toen\s+(?:nog\s+)?(?:de|het)\s+$"  # "bij Han Polman, toen de burgemeester van de stad"
    r"|,\s*(?:toen|dan)\s+nog\s+$"  # "Het is 2 september 2018. Cora-Yfke Sikkema, dan nog wethouder van Haarlem"
    # "Albertine van Vliet – Kuiper, tot die bijeenkomst waarnemend burgemeester"
    r"|,\s*tot\s+(?:die|dat|deze|dit)\s+[a-z]+\s+$"
    r"|\bjaar\s+geleden,?\s+als\s+$"  # "zei Eric van der Burg vijf jaar geleden, als wethouder in Amsterdam"
    # "nam onlangs ontslag als", "heeft vrijdag zijn ontslag ingediend als"
    r"|\b(?:nam|namen|heeft|hebben)\b[^.;]{0,30}\bontslag\s+(?:genomen\s+|ingediend\s+)?als\s+$"
    r"|\b(?:opgestapt|afgetreden|teruggetreden)\s+als\s+$"  # "Willem Oorschot was net opgestapt als raadslid"
    # "Nadat J. Manderfeld dinsdag al zijn ontslag als wethouder had aangeboden", "beroep tegen zijn ontslag als"
    r"|\b(?:zijn|haar)\s+ontslag\s+als\s+(?:[\w-]+\s+en\s+)?$"
    # "In het verleden was Van Dijk ook onder meer tien jaar lang als wethouder in ..."
    r"|\bin\s+het\s+verleden\s+(?:was|waren)\b[^.;:]{0,80}$"
    # "Bij zijn aftreden in 1987 als commissaris van de Koningin ... tekende A.A.M. (Dries) van Agt"
    r"|\bbij\s+(?:zijn|haar)\s+(?:aftreden|vertrek|pensionering)\b[^.;]{0,40}\bals\s+(?:de\s+)?$"
    # (not in a clause that says it is still to happen: "Donderdag wordt in de gemeenteraad afscheid genomen van")
    r"|^(?:(?!\b(?:wordt|worden)\b)[^.;])*?\bafscheid\s+genomen\s+(?:als|van)\b[^.;]{0,30}$"
    r"|\b(?:zijn|haar|je|jouw|hun)\s+afscheid\s+als\s+(?-i:[A-Z][\w&]*-)?$"  # "bij zijn afscheid als CDA-wethouder"
    r"|\boverlijden\s+van\s+(?:de\s+|onze\s+|het\s+)?$"
    # "de afscheidsbijeenkomst van Jaap Lodders als wethouder", "het vertrek van Ricardo Offermans als burgemeester"
    # (not the one another verb names: "Na het aftreden van Huisman werd Marcel Fränzel benoemd als")
    r"|\b(?:afscheid\w*|vertrek|opstappen|aftreden)\s+van\s+(?:(?!\b(?:werd|wordt|werden|worden)\b)[^.;,]){1,60}?\s+als\s+$"
    r"|\boverlijden\s+van\b[^.;:]{1,60}\ben\s+$"  # "het overlijden van X en raadslid Y"
    # ("die per 1 oktober afzwaaide als burgemeester")
    r"|\b(?:vertrok|vertrokken|legde|legden|stopte|stopten|opstapte|opstapten|aftrad|aftraden|afzwaaide|afzwaaiden"
    r"|zwaaide|zwaaiden)\b[^.;]{0,40}\bals\s+$"
    r"|\bte\s+hebben\s+als\s+$"
    # exchanged for another: "Job Cohen verruilt zijn ambt als burgemeester van Amsterdam voor het lijsttrekkerschap"
    r"|\b(?:verruilt|verruilde|verruilden|verruild)\s+(?:zijn|haar|hun|het)\s+(?:ambt|functie|baan|post|werk)\s+als\s+$"
    # "Edo Kooiman die in december moest aftreden als wethouder"
    r"|\b(?:moest|moesten)\s+(?:[\w-]+\s+){0,3}?(?:aftreden|opstappen|vertrekken)\s+als\s+$"
    # "heeft ervaring als wethouder in eigen woongemeente Veghel", "Van hen hebben vier een achtergrond als wethouder"
    r"|\b(?:ervaring|achtergrond)\s+als\s+$"
    # "Frans heeft zelf aangegeven niet door te willen gaan als wethouder"
    r"|\bniet\s+(?:meer\s+)?(?:door|verder)\s+(?:te\s+(?:willen|kunnen)\s+)?gaan\s+als\s+$"
    # "Voor de zomer vertrok griffier X", "Zo vertrok de Leidse SP-wethouder X"
    r"|\b(?:vertrok|vertrokken|overleed|overleden)\s+(?:de\s+|onze\s+|ook\s+)?(?-i:[A-Z]\w+se\s+)?(?-i:[A-Z][\w&]*-)?$"
    # "die gisteren afscheid nam als wethouder"
    r"|\bafscheid\s+(?:nam|namen|heeft\s+genomen|hebben\s+genomen)\s+als\s+$"
    # "Ook X nam afscheid als raadslid", "nam de heer G.D. Renkema afscheid als" (an initial's full stop ends nothing)
    r"|\b(?:nam|namen)\b(?:[^.;]|(?<=\b[A-Z])\.){0,80}\bafscheid\s+als\s+$"
    # "namen we afscheid van onze fractievoorzitter X, onze raadsleden A, B en C"
    r"|\b(?:nam|namen)\b[^.;]{0,40}\bafscheid\s+van\b[^.;]{0,80}$"
    # a proposal: "De VVD stelt voor om X te benoemen als wethouder"; not "heeft besloten X te benoemen tot"
    r"|\b(?:stelt|stellen|stelde|stelden)\s+voor\b[^.;]{0,60}\bte\s+(?:benoemen|kiezen)\s+(?:als|tot)\s+(?:de\s+)?$"
    # "in zijn tijd als raadslid en wethouder", "betekent dit dat hun periode als raadslid er op zit"
    r"|\b(?:zijn|haar|hun)\s+(?:tijd|periode|jaren)\s+als\b[^.;]{0,60}$"
    r"|,\s*in\s+(?:19|20)\d\d\s+$"  # "Marjolein van der Meer, in 2015 burgemeester van Rucphen"
    # "Joris Wijsmuller, de afgelopen vier jaar wethouder", "Zij was de afgelopen twee jaar wethouder"; not "waren ook
    # de afgelopen vier jaar wethouder" (and are again)
    r"|(?:,|\b(?:was|waren))\s*de\s+(?:afgelopen|laatste)\s+(?:\w+\s+)?(?:jaar|jaren|periode)\s+$"
    r"|\b(?:jaar|jaren|maanden|decennia)\s+geleden\s+(?:was|waren)\s+$"  # "Enkele jaren geleden waren wethouder"
    # "Nu X is opgestapt als commissaris", "X is dinsdagavond per direct gestopt als burgemeester"
    r"|\b(?:is|zijn)\s+(?:[\w-]+\s+){0,4}?(?:opgestapt|afgetreden|gestopt|vertrokken)\s+als\s+$"
    r"|\bgepensioneerd\s+als\s+$"  # "sinds kort gepensioneerd als burgemeester van Terneuzen"
    # "heeft Alex van Hedel een punt gezet achter zijn werk als burgemeester"
    r"|\bpunt\s+(?:gezet|zet|zette|zetten)\s+achter\b[^.;]{0,50}\bals\s+$"
    # "die zich terug trok als wethouder", "trok zich vorige maand terug als"
    r"|\b(?:trok|trokken)\s+zich\b[^.;]{0,30}\bterug\s+als\s+$|\bterug\s*(?:trok|trokken)\s+als\s+$"
    # "de onlangs opgestapte wethouder", "de vorige week overleden ChristenUnie wethouder"
    r"|\b(?:opgestapte|afgetreden|vertrokken|overleden|ontslagen|weggestuurde)\s+(?:(?-i:[A-Z][\w/&.-]*[A-Z0-9][\w/&.-]*)\s+)?$"
    # "is eervol ontslag verleend als waarnemend burgemeester"; not "heeft ontslag aangevraagd als", still in office
    r"|\bontslag\s+(?:verleend|gekregen|genomen)\b[^;]{0,50}\bals\s+$"  # "... aan de heer J.J. Hoogendoorn als"
    r"|\bniet\s+(?:langer|meer)\s+(?:de\s+|het\s+)?$"  # "is niet langer gemeentesecretaris"
    r"|\btoen\s+nog\b\W{0,4}(?:als\s+)?(?:[A-Z]\w+se\s+)?$"  # "de - toen nog - Haagse wethouder", "-toen nog als"
    # an apposition of then after a name: "Dogger, toen raadslid voor Swollwacht"; not "Toen burgemeester X het lint
    # doorknipte", nor "op 2 maart 2022, toen gemeentesecretarissen A en B de overeenkomst ondertekenden"
    r"|(?<=[a-zà-ÿ])\s*[,(–—-]\s*toen\s+(?:als\s+)?$"
    r"|\booit\s+(?:de\s+|het\s+)?(?:[a-z]+e\s+)?$"  # "Harry Keereweer, ooit de eerste burgemeester van West Betuwe"
    # a nickname: "ook bekend als burgemeester van Midsland", "wordt ook wel de burgemeester van Noordhorn genoemd"
    r"|\bbekend\s+als\s+(?:de\s+)?$|\b(?:wordt|werd)\s+(?:ook\s+)?wel\s+(?:de\s+)?$|\bbijgenaamd\s+(?:de\s+)?$"
    r"|\bvoorgang(?:er|ster)\b[^.;:]{0,40}$"  # "De voorganger van Stapelkamp, burgemeester Bert Berghoef"
    r"|\btussen\s+1[6-9]\d\d\s+en\s+(?:1[6-9]|20)\d\d\b[^.;]{0,40}$"  # "Hij was tussen 1823 en 1886 ... burgemeester"
    # nominated, not (yet) appointed ("draagt X voor als nieuwe wethouder"); leaving; earlier
    r"|\b(?:draagt|dragen|droeg|droegen)\b[^.;]{0,200}\bvoor\s+als\s+(?:(?:de|het|nieuwe|nieuw)\s+)*$"
    # recommended to the Crown: "heeft X aanbevolen als nieuwe burgemeester", "aanbevolen voor benoeming tot"
    r"|\b(?:aanbevolen|aan\s+te\s+bevelen)\s+(?:als|voor\s+(?:de\s+)?benoeming\s+tot)\s+(?:de\s+|het\s+)?$"
    # (not the one it goes to: "De voordracht gaat nu naar de Commissaris van de Koning, de heer Theo Bovens")
    # (nor one put forward again: "worden voorgedragen voor herbenoeming als wethouders", still in office)
    r"|\bvoor(?:gedragen|\s+te\s+dragen|dracht)\b(?:(?!\b(?:opvolger|herbenoeming)\b)[^.;]){0,40}"
    r"(?<!\bnaar\s)(?<!\bnaar\sde\s)(?<!\baan\sde\s)$"
    # (not an oath: "legt de eed af als gemeenteraadslid" takes the office)
    r"|(?<!\beed\s)(?<!\bbelofte\s)(?<!\bgelofte\s)\baf\s+als\s+$|\btot\s+voor\s+kort\b[^.;]{0,20}$"
    # "Daarvoor was hij zes jaar burgemeester", "is eerder wethouder geweest"; not "Eerder was bekend dat ..."
    # ("Voor zijn burgemeesterschap van de gemeente Hoorn was Nieuwenburg al kort plaatsvervangend wethouder")
    r"|\b(?:eerder|daarvoor|vroeger|destijds|ooit|(?-i:Voor)\s+(?:zijn|haar)\s+[\w-]+)\b[^.;,]{0,40}\b(?:was|waren)\s+"
    r"(?:(?!dat\b|die\b|of\b)\w+\s+){0,4}$"
    r"|\b(?:was|waren|is|zijn)\b[^.;,]{0,25}\b(?:eerder|daarvoor|vroeger|destijds|ooit)\s+(?:(?!dat\b|die\b)\w+\s+){0,3}$",
    re.I,
)

# leaving, as decided ("besloot ... neer te leggen"), and not at a date to come ("per 19 september 2019 neer te
# leggen")
_TO_LEAVE = (r"(?:(?!\b(?:per|vanaf|ingang)\b)[^.;]){0,80}?"
             r"\b(?:neer\s+te\s+leggen|op\s+te\s+stappen|af\s+te\s+treden)\b")
# the office as someone visited or met, or as the head noun's ("geweest" is the visit's or the noun's): "zijn ... bij
# commissaris van de Koning John Berends geweest", "De collegeperiode van wethouder Aart de Kruijf is ... geweest"
_VISITED = lazy_compile(r"\b(?:bij|met|naar|van)[ \t\u00a0]+(?:de[ \t\u00a0]+)?$", re.I)
# After the role: "was wethouder geweest", "zijn functie als wethouder van X per direct neergelegd".
_FORMER_AFTER = lazy_compile(
    # the holders of a year: "Dounia en Kick, de burgemeesters van 2023"; not "wethouder van 2018 tot nu"
    r"[ \t\u00a0]+van[ \t\u00a0]+(?:1[89]|20)\d\d\b(?![^.;]{0,20}\btot\s+(?:nu|heden|op\s+heden|vandaag)\b)|"
    # "raadslid van Heusden geweest"; not "wethouder X kon melden dat er contact geweest is", nor "is burgemeester X
    # weer op verjaardag geweest" (been somewhere)
    r"(?:(?!\b(?:dat|die|omdat|waar|wat|of|op)\b)[^.;,]){0,40}?(?<!bezoek )(?<!aanwezig )\bgeweest\b"
    # (after a list of names too, but not in a clause of its own: "nadat vorig jaar de burgemeester opstapte")
    # (nor in a clause "nu" opens: "De gedeputeerde Susan Top krijgt ..., nu haar collega X haar functie heeft
    # neergelegd")
    # ("die" after a preposition points back, opening no clause: "waren om die reden al opgestapt")
    # (nor what is laid down for a while: "heeft tijdelijk zijn werkzaamheden neergelegd", ill, still in office)
    r"|(?:(?!\b(?:dat|omdat|nadat|waar|waarin|wat|tijdelijk)\b|\bdie\b(?<!\bom die)(?<!\bop die)(?<!\bin die)"
    r"(?<!\bna die)(?<!\bmet die)(?<!\bvan die)(?<!\bvoor die)(?<!\bbij die)|,\s*nu\b)[^.;]){0,160}?"
    r"\b(?:(?:neergelegd|neerlegde|neerlegden)(?!\s+bij\b)|opgestapt|(?:opstapte|opstapten)(?!\s+als\b)|afgetreden|aftrad|aftraden|ontslag\s+genomen"
    r"|teruggetreden|terugtrad|terugtraden|afzwaaide|afzwaaiden"  # "die als waarnemend burgemeester afzwaaide"
    # "hadden zich eerder al zelf teruggetrokken"; not from a race ("uit de race teruggetrokken als kandidaat")
    r"|zich\b(?:(?!\b(?:race|strijd|procedure|verkiezingen?|kandidaat|kandidatuur)\b)[^.;]){0,40}?\bteruggetrokken"
    r"(?![ \t\u00a0]+(?:uit[ \t\u00a0]+de[ \t\u00a0]+(?:race|strijd|procedure)"
    r"|als[ \t\u00a0]+(?:kandidaat|lijsttrekker)))"
    r"|ontslag\s+(?:indiende|indienden|ingediend)|ontslag\s+verleend|(?:diende|dienden)\b[^.;]{0,30}?\bontslag\s+in"
    # "Wethouder Heijmerink van Bunnik stapte al eerder op vanwege deze kwestie"
    r"|(?:stapte|stapten)\b[^.;]{0,30}?\bop\b(?![ \t\u00a0]+(?:een|de|het|zijn|haar|hun)\b)"
    # "ging recent met pensioen", "die op 1 januari 2017 met pensioen is gegaan"
    r"|(?:ging|gingen)\b[^.;]{0,30}?\bmet\s+pensioen|met\s+pensioen\s+(?:is\s+|zijn\s+)?gegaan"
    # "waarom de twee wethouders Luiten en Ten Kate vlak na elkaar Hardenberg hebben verlaten"
    r"|(?:heeft|hebben)\s+verlaten)\b"
    # "heeft dinsdagavond afscheid genomen van de gemeenteraad van Schagen"; not of someone else, nor before leaving
    # at a date to come ("Hij vertrekt officieel per 1 februari")
    r"|[^.;]{0,40}?\b(?:heeft|hebben)\b[^.;]{0,30}?\bafscheid\s+genomen\s+"
    r"(?:van\s+(?:de\s+|het\s+)?(?:gemeente|provinciale\s+)?(?:raad|staten|college)\b|als\b)"
    r"(?![\s\S]{0,120}\b(?:per|vanaf)\s+\d{1,2}\s+[a-z])"
    # relieved of it, the office nearest before ("heeft de Commissaris van de Koning, John Berends, de waarnemend
    # burgemeester van Scherpenzeel, Eppie Klein, met onmiddellijke ingang (8-10-2021) uit zijn ambt ontheven")
    r"|[^.;]{0,100}?\buit\s+(?:zijn|haar)\s+(?:ambt|functie)\s+ontheven\b"
    # their own office laid down, after a list of its holders: "De wethouders A (PvdA), B (VVD) en C (CDA) hebben
    # daarop de consequenties ... getrokken en hun portefeuilles per direct neergelegd"
    # (not for a while, nor handed to another: "hun portefeuilles tijdelijk neergelegd", "neergelegd bij")
    # (a plain look ahead first, so that most texts pay no word-by-word check)
    r"|(?=[^.;]{0,240}?\bhun\s+(?:functies|ambten|portefeuilles)\b)"
    r"(?:(?!\b(?:dat|omdat|nadat|waar|waarin|wat|tijdelijk)\b|,\s*nu\b)[^.;]){0,240}?"
    r"\bhun\s+(?:functies|ambten|portefeuilles)\s+(?:(?!tijdelijk\b)[a-z]+\s+){0,3}neergelegd\b(?!\s+bij\b)"
    # "legde twee weken terug zijn functie neer"
    r"|[^.;]{0,40}?\b(?:legde|legden)\b[^.;]{0,40}?\b(?:functie|ambt|taken|werk)\s+neer\b"
    # "besloot zijn functie als wethouder namens het CDA neer te leggen": decided, and done (not "per 19 september")
    rf"|[^.;]{{0,40}}?\b(?:besloot|besloten)\b{_TO_LEAVE}"
    r"|[^.;]{0,80}?\b(?:moest|moesten)\b[^.;]{0,40}?\b(?:(?:functie|ambt|taken|werk)\s+neerleggen|afscheid\s+nemen|het\s+veld\s+ruimen|opstappen|aftreden)\b"
    # "heeft op 8 juli 2022 om gezondheidsredenen per direct zijn werk moeten neerleggen"
    r"|[^.;]{0,30}?\b(?:heeft|hebben)\b[^.;]{0,80}?\b(?:zijn|haar|hun)\s+(?:functie|ambt|taken|werk)\s+moeten\s+neerleggen\b"
    # "VVD-raadslid Juliette Gilissen nam afscheid na elf jaar en negen maanden"
    r"|[^.;]{0,80}?\b(?:nam|namen)\b[^.;]{0,40}?\bafscheid\s+na\s+(?:\d+|[a-z]+)\s+jaar\b"
    # "dat hun wethouder, Andrew Harijgens, het veld heeft moeten ruimen", "ruimde het veld"
    r"|[^.;]{0,80}?\b(?:het\s+veld\s+(?:heeft|hebben)\s+(?:moeten\s+ruimen|geruimd)|(?:ruimde|ruimden)\s+het\s+veld)\b"
    r"|[^.;]{0,160}?\bdie\s+(?:ook\s+)?afscheid\s+(?:namen|nam)\b"  # "de raadsleden A, B en C die ook afscheid namen"
    # "Wethouder X (VVD) van de gemeente Y is onlangs vertrokken.": gone, the clause ending there
    # (not in a clause of its own: "weet niet waarom Van Tienhoven is vertrokken")
    r"|(?:(?!\b(?:dat|die|omdat|waarom|waar|wat|of|nadat|toen)\b)[^.;]){0,80}?\b(?:is|zijn)\s+(?:[a-z]+\s+){0,2}"
    r"vertrokken(?=\s*[.;!])"
    # "In Gouda is een vacature omdat burgemeester Milo Schoenmaker vertrok."
    r"|(?:(?!\b(?:dat|die|omdat|waarom|waar|wat|of|nadat|toen)\b)[^.;]){0,80}?\b(?:vertrok|vertrokken)(?=\s*[.;!])"
    # "Raadslid Roelof Tuin (CDA) heeft donderdagavond na 14 jaar afscheid genomen als raadslid"
    r"|[^.;]{0,80}?\b(?:(?:nam|namen)\b[^.;]{0,40}?\bafscheid|afscheid\s+genomen)\s+als\b"
    # a subordinate clause's order, the verb last: "waar gisteren burgemeester Bram van Hemmen (CDA) de inwoners
    # afscheid nam en de ambtsketen achterliet" (not of another: "afscheid nam van wethouder X")
    r"|(?=[^.;,]{0,60}?\bafscheid\s+(?:nam|namen)\b)"
    r"(?:(?!\b(?:dat|die|toen|omdat|nadat|waar|wanneer|terwijl|en|of)\b)[^.;,]){0,60}?\bafscheid\s+(?:nam|namen)\b"
    r"(?![ \t\u00a0]+van\b)"
    # "15 raadsleden keren niet terug en namen vanavond afscheid": took their leave, the clause ending there
    r"|[^.;]{0,80}?\b(?:nam|namen)\b[^.;]{0,40}?\bafscheid(?=[ \t\u00a0]*(?:[.;,!]|$))"
    # "CDA-gedeputeerden A en B trokken zich twee weken geleden al terug", "is uit het college van Haren gestapt"
    r"|[^.;]{0,120}?\b(?:trok|trokken)\s+zich\b[^.;]{0,40}\bterug\b"
    r"|[^.;]{0,60}?\buit\s+het\s+college\b[^.;]{0,30}\b(?:gestapt|getreden)\b"
    # "burgemeester Smit van Oldambt overleed", "is ... onverwachts overleden"; not "zijn overleden bestuurder"
    # (not someone else's, in a clause of its own: "Aboutaleb vindt het verdrietig dat Jules Deelder is overleden")
    # (nor an adjective before someone else: "de aan het nieuwe coronavirus overleden 86-jarige man")
    r"|(?:(?!\b(?:dat|die|omdat|nadat|waar)\b)[^.;,]){0,140}?(?:\boverleed\b|(?<!zijn )(?<!haar )(?<!de )(?<!het )"
    r"\boverleden\b(?![ \t\u00a0]+(?:\d+-jarige|[a-z]+(?:e|en)[ \t\u00a0]+(?:man|vrouw|inwoner|patiënt)|man|vrouw)\b))"
    # the office in an apposition that the verb closes: "is plotseling Pieter Smit, de burgemeester van de gemeente
    # Oldambt, overleden"
    r"|[^.;,]{0,60},[ \t\u00a0]*(?:overleden|overleed)\b"
    # a relative clause on the person: "burgemeester Boerema, die zich sterk heeft gemaakt voor dit park, maar die
    # helaas een jaar voor de oplevering overleed"
    r"|(?:[ \t\u00a0]+(?:[A-Z][\w'’.-]*|van|de|der|den|ter|ten|het|'t)){1,5}(?:[ \t\u00a0]*\([^()]{1,40}\))?"
    r"[ \t\u00a0]*,?[ \t\u00a0]*die\b(?:(?!meester|houder|raadsl|gedeputeerde|griffier|secretaris|commissaris)[^.;])"
    r"{0,120}?\b(?:overleed|is\s+overleden)\b"
    r"|[^.;,]{0,40}?\b(?:werd|is)\s+(?:[a-z]+\s+){0,3}?vervangen\s+door\b"  # "X werd vorig jaar vervangen door"
    r"|[^.;,]{0,40}?\b(?:wordt|werd|worden|werden)\s+(?:[a-z]+\s+){0,3}?herdacht\b"  # "X wordt vandaag herdacht"
    # sent away: "Gemeentesecretaris X werd nog voor de openbaarmaking aan de kant gezet"
    r"|[^.;,]{0,40}?\b(?:werd|werden|is|zijn)\s+(?:[a-z]+\s+){0,8}?(?:aan\s+de\s+kant\s+gezet|ontslagen|weggestuurd"
    r"|heengezonden)\b"
    # "De eerste burgemeester was Jacob Weldijk (1822-1834)"; not a story told in the past, "De Bredase burgemeester
    # was één van de eersten die ..."
    r"|\s+(?:was|waren)(?![ \t\u00a0]+(?:de|het|een|één|erg|zeer|heel|ook|niet|blij|trots|er|daar)\b)\b"
    r"|\s+te\s+(?:benoemen|kiezen|installeren|beëdigen|benoemd)\b"  # "stellen voor A en B als wethouders te benoemen"
)
# A clause that ends in "was": "die ruim een decennium raadslid was van de gemeente Heerlen", "X, die tot vorig jaar
# wethouder was"; not "... van Heusden en eerder was hij", nor "Burgemeester van Bloemendaal Elbert Roest was te gast".
_WAS_AFTER = lazy_compile(r"\s+van\s+(?:(?!\ben\b)[^.;,]){1,40}?\s+(?:was|waren)\b")
# a term that has ended: "P. Mossel, burgemeester van 1873-1901", "wethouder (1994-2002)"
_CLOSED_TERM = lazy_compile(
    r"[ \t\u00a0]*(?:van[ \t\u00a0]+|\()(?:1[89]|20)\d\d[ \t\u00a0]*(?:[-–]|tot(?:[ \t\u00a0]+en[ \t\u00a0]+met)?)"
    r"[ \t\u00a0]*(?:1[89]|20)\d\d\b"
    # where, then the years: "Frank Koen (CDA), waarnemend burgemeester van Katwijk in 2016 en 2017"
    r"|[ \t\u00a0]+van[ \t\u00a0]+(?:de[ \t\u00a0]+gemeente[ \t\u00a0]+)?"
    r"[A-Z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,2}"
    r"[ \t\u00a0]+in[ \t\u00a0]+(?:1[89]|20)\d\d[ \t\u00a0]*(?:en|[-–]|tot(?:[ \t\u00a0]+en[ \t\u00a0]+met)?)"
    r"[ \t\u00a0]*(?:1[89]|20)\d\d\b"
)
_RELATIVE_BEFORE = lazy_compile(r"\b(?:die|dat|wie|welke|toen|waar)\b", re.I)

# Capitalised words that start sentences or clauses, or name institutions and policy areas, never people.
# who someone is, a sentence word; after "De" right after an office, a surname ("wethouder De Zeeuw")
_DEMONYM_SURNAMES = frozenset({"zeeuw", "brabander", "limburger", "drent", "tukker"})
_STOPWORDS = frozenset(
    """aan al alle als alleen bij binnenkort daar daarbij daarna daarnaast daarom dan dat de deze die dit door
    eerstgenoemde laatstgenoemde naast onlangs zojuist morgen toentertijd destijds voorheen vroeger eindelijk
    opnieuw wederom tegenwoordig recentelijk kortgeleden volgende komende informateur formateur verkenner
    fractievoorzitter partijvoorzitter raadsvoorzitter dijkgraaf gld ov fr gr utr zld nh zh nb
    dus een eerder en er gisteren haar hem het hier hij hoe hun ik in inmiddels is je jij kort maar mede met
    namens naar niet nog nu of ok om onder ons onze ook op over per samen sinds tijdens toch toen tot u uit van
    vandaag vanaf vanavond vanmiddag vanmorgen verder via volgens voor vooral vorige wat we wel welke werd wie
    wij zegt zei zij ze zo zoals zowel aldus afgelopen alsnog behalve bovendien collega collega's dank dankzij
    beste geachte gemeente gemeenteraad provincie provinciale staten gedeputeerde college raad burgemeester
    wethouder wethouders maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april
    mei juni juli augustus september oktober november december nederland foto video lees bron update ook nee ja
    zittend staand
    financiën onderwijs zorg economie wonen werk cultuur sport welzijn veiligheid bestuur mobiliteit natuur
    milieu klimaat energie jeugd armoede ruimte ruimtelijke verkeer vervoer wmo participatie duurzaamheid
    handhaving openbare orde personeel organisatie water landbouw erfgoed toerisme financien commissaris
    commissarissen koning koningin burgemeesters gedeputeerden griffier raadslid raadsleden minister
    staatssecretaris kamer binnenlandse zaken koninkrijksrelaties tweede eerste veiligheidsregio oud
    voormalig voormalige toenmalig toenmalige lijsttrekker statenleden statenlid universiteit hogeschool
    ministerie stichting vereniging partij fractie terug gouverneur kamerlid directeur voorzitter gelders gelderse
    fries friese brabants brabantse limburgs limburgse zeeuws zeeuwse drents drentse overijssels overijsselse
    flevolands flevolandse groninger omdat doordat nadat terwijl zodat hoewel wanneer gelukkig helaas natuurlijk
    uiteraard ondertussen intussen momenteel tevens echter vervolgens tenslotte uiteindelijk daardoor hierdoor gem
    griffie koninklijk koninklijke besluit uw na
    bijna ruim ongeveer circa enkele vele veel recreatie vanuit gemeenten voordat totdat zodra
    kortom overigens allereerst immers namelijk althans daarentegen desondanks eveneens tegelijkertijd kennelijk
    blijkbaar wellicht misschien ondanks gisteravond vanochtend vannacht straks regio
    aanwezig afwezig verslag notulist notuliste notulen eerst later daarvoor postbus antwoordnummer
    functie functiegegevens leden god mijn binnen mocht mochten hiermee daarmee hierbij waarmee majesteit hare zijne
    statenfractie raadsfractie kamerfractie msc bsc mba llm bec mpa phd hierna hierop daarop waarna portefeuillehouder
    friezin
    daarin daaruit daarover daarvan daartoe daaraan daarachter daarnaar daartegen hierin hieruit hierover hiervan
    hiertoe hieraan hiervoor waarin waaruit waarover waarvan waartoe waarbij waarop waardoor waaraan waarvoor
    datum onderwerp portefeuille portefeuilles indiener agendapunt kenmerk bijlage bijlagen zaaknummer
    kabinetschef financiële kijk
    """.split()  # noqa: SIM905
) | _DEMONYM_SURNAMES
_STREET = lazy_compile(
    r"(?<=\w)(?:straat|laan|plein|singel|kade|dreef|gracht|school|plantsoen|boulevard|park|brug|hal|zaal|pad)$"
)


# what a street named after a person stands after: "in de Burgemeester ", "aan de Drs. "
_THE_STREET = lazy_compile(r"\bde\s+(?:[A-Z][\w.]*\s+){0,2}$")


def _names_a_street(words: list[str], before: str = "") -> bool:
    """'Burgemeester Knappertlaan', 'Burgemeester Evers Plein'; 'in de Burgemeester Van Walsumweg', 'aan de Drs. F.
    Bijlweg', but a name ending in "weg" or "steeg" is as often a surname ("Groeneweg", "Burgemeester H. G. Overweg",
    "wethouder Versteeg")."""
    last = words[-1].lower()
    if len(words) == 1 and _LOWER_CASE_OFFICE.search(before):
        return False  # "wethouder Verlaan", "raadslid Versteeg": a person; a street writes its office in capitals
    return (bool(_STREET.search(last)) or (last.endswith(_SURNAME_LIKE_STREETS) and bool(_THE_STREET.search(before)))
            or (len(words) >= 2 and last in _STREET_WORDS))  # "Burgemeester Evers Plein"


# street nouns written apart after a name (not "laan": "Van der Laan" is a surname)
_STREET_WORDS = frozenset({"plein", "straat", "school", "plantsoen", "singel", "dreef", "park"})
_LOWER_CASE_OFFICE = lazy_compile(
    # (not after an article, as a street's name stands: "aan de burgemeester Knappertlaan")
    r"(?<![\w-])(?<!\bde\s)(?<!\bhet\s)"
    r"(?:burgemeester|wethouder|raadslid|gedeputeerde|griffier|gemeentesecretaris)[ \t\u00a0]+$"
)
_STREET_WORD_AFTER = lazy_compile(r"[ \t\u00a0]+(?P<word>[a-z]+)\b")
_BODIES = frozenset({"commissie", "stichting", "vereniging", "ministerie", "universiteit", "hogeschool", "provincie"})
_INSTITUTIONS = frozenset({
    "universiteit", "hogeschool", "ministerie", "stichting", "vereniging", "partij", "fractie", "gemeente",
    "provincie", "raad", "college", "kamer", "zaken", "staten", "veiligheidsregio", "ontwikkeling", "griffie",
})
_ADJECTIVE_ENDING = lazy_compile(r"(?:lijke|ische|landse|sche|ste|tse)$")  # "Muehling van het Duitse Balve"
_ORGANISATION = lazy_compile(r"(?:vereniging|stichting|fonds|museum|club|vergadering|bestuur)$", re.I)
_CAMEL_CASE = lazy_compile(r"[A-Z][a-z]+[A-Z]")
_CALENDAR = frozenset({
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart",
    "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
})
# Sentence words that are also frequent Dutch surnames: after a given name they are the surname ("Albert Koning").
_COMMON_SURNAMES = frozenset({"koning", "post", "oud", "bron"})
_WEEKDAY = lazy_compile(WEEKDAY, re.I)
_REDACTED = lazy_compile(r"X[Xx]{2,}")
_SURNAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "'t", "’t"})
_TUSSENVOEGSELS = frozenset({"de", "der", "den", "ter", "ten", "'t", "’t"})  # not "van": "Jansen van Zorg"
_LC_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "'t", "’t", "het", "in", "op", "uit"})


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
    start: int  # where the name stands in the text

    def to_json(self) -> dict[str, str | None]:
        """The fields of the `officeholders` command's output."""
        return {key: getattr(self, key) for key in (
            "name", "role", "municipality", "municipality_code", "given_name", "surname_prefix", "surname",
            "sort_name",
        )}


@dataclass
class _Mention:
    name: str
    role: str
    start: int
    end: int
    municipality: Municipality | None = None
    former: bool = False
    # the office a relative clause says the person became, or one "nu nog" held: it replaces one named before
    became: bool = False


@dataclass
class _Context:
    text: str
    places: Gazetteer
    on: date | None
    mentions: list[_Mention]
    # Each role looks at the names and places of its clause; a text's roles share clauses, so each is found once.
    _names: dict[tuple[int, int], list[tuple[int, int, str]]] = field(default_factory=dict)
    _places: dict[int, tuple[Municipality, int] | None] = field(default_factory=dict)

    def all_names(self) -> list[tuple[int, int, str]]:
        """Every person-like name in the text."""
        return self.names_between(0, len(self.text))

    def names_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        if (start, end) not in self._names:
            self._names[start, end] = _candidate_names(self, start, end)
        return self._names[start, end]

    def claimed_by(self, start: int, end: int) -> _Mention | None:
        return next((m for m in self.mentions if start < m.end and m.start < end), None)

    def place_at(self, position: int) -> tuple[Municipality, int] | None:
        if position not in self._places:
            self._places[position] = _place_at(self.text, position, self.places, self.on)
        return self._places[position]


def names_an_office(text: str) -> bool:
    """Whether `text` holds one of the office words the recogniser looks for."""
    return _ROLE_STEM.search(text) is not None and any(
        not found["secretaris"] or _college_secretary(found) for found in _ROLE.finditer(text))


def opens_with_office(text: str) -> bool:
    """Whether `text` starts with an office word: "Raadslid in Midden-Groningen", "Burgemeester van Ede"."""
    found = _ROLE.match(text.lstrip())
    return found is not None and _role_of(found) is not None


# hyphens typed as other characters, read as the hyphen: "Robbert‑Jan" (U+2011, a non-breaking hyphen)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def find_officeholders(text: str, on: date | None = None) -> list[Person]:
    """Current officeholders named in `text`, in order of appearance, one entry per person."""
    if not _ROLE_STEM.search(text):
        return []  # most of a page's lines name no office: a plain search says so at a seventh of the cost
    # read as apostrophes; the names are given back as written
    written, text = text, apostrophes_read(text).translate(_HYPHENS)
    context = _Context(text, gazetteer(), on, [])
    current: list[_Mention] = []
    for match in _ROLE.finditer(text):
        role = _role_of(match)
        if role is None:
            continue
        found = _names_for_role(context, match, role) or _one_of_the_others(context, match, role)
        if not found:
            continue  # most office words name nobody ("de burgemeester"): whether the office is a past one is moot
        former = bool(match.group("former")) or _marked_former(context, match) or _ended_period(context, match.end())
        still = _STILL.search(text, max(0, match.start() - 12), match.start()) is not None
        for mention in found:
            mention.former = former or _ended_term(context, mention.end) or _left_since(context, mention.end)
            mention.became = mention.became or still
        if not former:
            found = _fellow_before(context, match, role) + found
        context.mentions.extend(found)
        current.extend(mention for mention in found if not mention.former)
    current.extend(_offices_held(context))
    current.extend(_counted_of_them(context))
    current.extend(_colleagues_after(context))
    return _merge([_as_written(written, _fullest_form(context, mention)) for mention in current])


# An office named as the thing held: "neemt Sandra Maas de functie van gemeentesecretaris waar", "vervult Harm
# Scheepstra de wethoudersfunctie", "zal haar wethouderschap voortzetten", "Het burgemeesterschap van Heumen wordt
# waargenomen door mevrouw Mittendorff"
_OFFICE_HELD = lazy_compile(
    r"\b(?:de|het|zijn|haar)[ \t\u00a0]+(?:functie|ambt|taak|post|rol)[ \t\u00a0]+van[ \t\u00a0]+(?=\w)"
    r"|\b(?:de|het|zijn|haar)[ \t\u00a0]+(?:waarnemend[ \t\u00a0]+)?(?P<noun>(?:loco-?)?burgemeester|wethouder"
    r"|gemeentesecretaris|griffier)s?(?:schap|functie|post|ambt)\b"
    # the seat: "zit Hielke Westra op de wethoudersstoel van de gemeente Westerkwartier"
    r"|\bop[ \t\u00a0]+de[ \t\u00a0]+(?P<seat>(?:loco-?)?burgemeester|wethouder)s?stoel\b",
    re.I,
)
_SITS = lazy_compile(r"\b(?:zit|zitten)\b", re.I)  # now; not "zat", a seat of the past
# holding it now (not "bekleedde" or "heeft ... waargenomen", a past office; a participle only in the passive)
_HOLDS = lazy_compile(
    r"\b(?:vervult|vervullen|bekleedt|bekleden|waarnemen|uitoefenen|voortzetten"
    r"|(?:neemt|nemen)\b[^.;!?]{0,80}?\b(?:waar|op[ \t\u00a0]+zich)|(?:oefent|oefenen)\b[^.;!?]{0,80}?\buit"
    r"|(?:zet|zetten)\b[^.;!?]{0,80}?\bvoort)\b",
    re.I,
)
_GOVERNED_HOLDING = lazy_compile(
    r"\b(?:na|naar|voor|tijdens|sinds|om|op|met|tot|in|aan|over|bij|uit)[ \t\u00a0]+$", re.I
)
_BY_WHOM = lazy_compile(
    r"[^.;!?]{0,60}?\b(?:wordt|worden)\b[^.;!?]{0,30}?\b(?:vervuld|waargenomen|bekleed)[ \t\u00a0]+door[ \t\u00a0]+"
)


def _offices_held(context: _Context) -> list[_Mention]:
    """Who holds an office the text names as the thing held, where no office word governs a name."""
    text = context.text
    held = []
    for phrase in _OFFICE_HELD.finditer(text):
        noun = (phrase["noun"] or phrase["seat"] or "").lower()
        office = None if noun else _ROLE.match(text, phrase.end())
        role = ("loco-burgemeester" if noun.startswith("loco") else noun) or (office and _role_of(office))
        if not role or role in PROVINCIAL_ROLES:
            continue
        start = _clause_start(text, phrase.start())
        if _GOVERNED_HOLDING.search(text, start, phrase.start()):
            continue  # "na het wethouderschap", "solliciteert naar de functie van burgemeester": not held
        end = _SENTENCE_BREAK.search(text, phrase.end())
        place, after = _tied_place(context, office.end() if office else phrase.end())
        by_whom = _BY_WHOM.match(text, after)
        holds = _SITS if phrase["seat"] else _HOLDS
        if not by_whom and not holds.search(text, start, end.start() if end else len(text)):
            continue
        names = (context.names_between(by_whom.end(), by_whom.end() + 60)[:1] if by_whom
                 else context.names_between(start, phrase.start())[-1:])
        held += [_Mention(name, role, name_start, name_end, place) for name_start, name_end, name in names
                 if context.claimed_by(name_start, name_end) is None]
    return held


_COUNTS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_NUMBER = rf"(?:{'|'.join(_COUNTS)}|\d+)"


def _count_of(word: str) -> int:
    """The number a count word or numeral says: "drie", "Drie", "7"."""
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


# "Drie van hen, A en B van GroenLinks en C van D66, zijn oudgedienden": some of the office's holders named before
# (more than one: "een van hen" is said of one whom the text names otherwise)
_OF_THEM = lazy_compile(
    rf"\b(?P<count>{'|'.join(word for word, count in _COUNTS.items() if count > 1)}|\d)[ \t\u00a0]+van[ \t\u00a0]+hen"
    r"[ \t\u00a0]*,",
    re.I,
)


def _sentence_before_start(text: str, position: int) -> int:
    """Where the sentence before the one at `position` starts: what a word pointing back may stand for."""
    return _clause_start(text, max(0, _clause_start(text, position) - 2))


def _counted_of_them(context: _Context) -> list[_Mention]:
    """'... nu met zeven wethouders. Drie van hen, A en B van GroenLinks en C van D66, zijn oudgedienden': as many
    names as the count, the office of the plural office word just before."""
    text = context.text
    found: list[_Mention] = []
    if " hen" not in text:
        return found  # most texts: a plain search says so at a fraction of the pattern's cost
    for of_them in _OF_THEM.finditer(text):
        count = _count_of(of_them["count"])
        start = _sentence_before_start(text, of_them.start())
        offices = [m for m in _ROLE.finditer(text, start, of_them.start()) if _is_plural(m) and _role_of(m)]
        if not offices or offices[-1].group("former") or _marked_former(context, offices[-1]):
            continue
        role = _role_of(offices[-1])
        listed = _names_after(context, of_them.end(), True, role in PROVINCIAL_ROLES)
        if len(listed) == count and _SET_APART.match(text, _skip_affiliation(text, listed[-1][1])):
            found += [_Mention(name, role, name_start, name_end, place) for name_start, name_end, name, place in listed
                      if context.claimed_by(name_start, name_end) is None]
    return found


# "Wethouder A (GroenLinks) laat weten ... Dat is voor haar D66-collega B anders": a colleague of the one named before
_THEIR_COLLEAGUE = lazy_compile(
    r"\b(?:zijn|haar)[ \t\u00a0]+(?:(?!oud-|ex-)[\w-]+-)?collega[ \t\u00a0]+(?=[A-Z])", re.I
)
_ASIDE_AFTER = lazy_compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:nu|thans|inmiddels|sinds|tevens|ook|de|het|een)\b")


def _colleagues_after(context: _Context) -> list[_Mention]:
    """The colleague named after 'zijn/haar collega' holds the office of the last officeholder named before it, in
    its sentence or the one before, when no office word claims the colleague."""
    text = context.text
    found: list[_Mention] = []
    if "ollega" not in text:
        return found
    for colleague in _THEIR_COLLEAGUE.finditer(text):
        start = _sentence_before_start(text, colleague.start())
        before = [m for m in context.mentions if start <= m.start and m.end <= colleague.start()]
        names = context.names_between(colleague.end(), colleague.end() + 60)[:1]
        if not before or before[-1].former or not names or names[0][0] != colleague.end():
            continue
        name_start, _, name = names[0]
        name, place, _ = _split_place_from_name(context, name, name_start)  # "zijn collega Wouter Kolff van Dordrecht"
        name_end = name_start + len(name)
        if (context.claimed_by(name_start, name_end) is None and not _FORMER_AFTER.match(text, name_end)
                and not _ASIDE_AFTER.match(text, name_end)):
            # (not one who left: "nu haar collega Karin Dekker (GroenLinks) haar functie heeft neergelegd"; nor one an
            # aside tells more of: "zijn collega Dick Stellingwerf, nu nog een van de drie burgemeesters van ...")
            place = place or _place_after_name(context, name_end)
            found.append(_Mention(name, before[-1].role, name_start, name_end, place))
    return found


# "Eerenberg en collega-wethouder Dennis de Vries", "Ro van Doesburg (midden) samen met collega-wethouders X en Y":
# a colleague in an office holds it too
_FELLOW_BEFORE = lazy_compile(
    r"(?:[ \t\u00a0]*\([^()\n]{1,30}\))?[ \t\u00a0]+(?:en|samen[ \t\u00a0]+met|met)[ \t\u00a0]+(?:zijn|haar|hun)?"
    r"[ \t\u00a0]*collega[- ]$",
    re.I,
)


# "Palmen en de andere vier wethouders zijn ... doorgelicht": one of the office's holders, and the others
_AND_THE_OTHERS = lazy_compile(
    rf"(?:[ \t\u00a0]*\([^()\n]{{1,30}}\))?[ \t\u00a0]+en[ \t\u00a0]+de[ \t\u00a0]+(?:andere|overige)"
    rf"(?:[ \t\u00a0]+{_NUMBER})?[ \t\u00a0]+$",
    re.I,
)


def _one_of_the_others(context: _Context, match: re.Match[str], role: str) -> list[_Mention]:
    """The one named right before 'en de andere (vier) ROLEs', as holding that office too."""
    return _named_right_before(context, match, role, _AND_THE_OTHERS) if _is_plural(match) else []


def _fellow_before(context: _Context, match: re.Match[str], role: str) -> list[_Mention]:
    """The one named right before 'en collega-ROLE', as holding that office too."""
    return _named_right_before(context, match, role, _FELLOW_BEFORE)


def _named_right_before(
    context: _Context, match: re.Match[str], role: str, between: re.Pattern[str],
) -> list[_Mention]:
    """The clause's last name before the office, when only `between` stands between them and no office has it."""
    names = context.names_between(_clause_start(context.text, match.start()), match.start())
    if not names:
        return []
    name_start, name_end, name = names[-1]
    if (not between.fullmatch(context.text, name_end, match.start())
            or context.claimed_by(name_start, name_end) or _office_word_before(context.text, name_start)):
        return []
    return [_Mention(name, role, name_start, name_end)]


# "Wouter Kolff wordt de nieuwe commissaris van de Koning ... Hij is nu nog burgemeester van Dordrecht": the office
# held now replaces the one still to come (the labelled sets read these so)
_STILL = lazy_compile(r"\bnu\s+nog\s+$", re.I)


def _as_written(written: str, mention: _Mention) -> _Mention:
    """The mention with its name as the text writes it (an apostrophe read for an accent, a hyphen, given back)."""
    as_written = written[mention.start:mention.start + len(mention.name)]
    if as_written != mention.name and apostrophes_read(as_written).translate(_HYPHENS) == mention.name:
        mention.name = as_written
    return mention


# "gemeentesecretaris Johan Krul (2011-2015)": the years of a term, right after the name
_TERM = lazy_compile(
    r"[ \t\u00a0]*\((?:[a-z]+[ \t\u00a0]+)?(?P<century>1[6-9]|20)\d\d[ \t\u00a0]*[-–][ \t\u00a0]*"
    r"(?:(?P<end>(?:1[6-9]|20)\d\d)|['’](?P<short>\d\d))\)"  # "(2011-2015)", "(1825-’81)"
)


# "als wethouder en locoburgemeester van de gemeente Kollumerland c.a. in de periode 2001-2010"
_PERIOD = lazy_compile(  # (the dots of "c.a." end no sentence)
    r"(?:[^.;]|(?<=\b[a-z])\.){0,80}?\bin\s+de\s+periode\s+(?:19|20)\d\d\s*[-–]\s*(?P<end>(?:19|20)\d\d)\b"
    # "burgemeester van Westzaan van 1938 tot 1951", right after the office (not "... en was van 2006 tot 2017 lid
    # van de Tweede Kamer", another one's)
    r"|(?:(?!\b(?:en|was|is|werd|wordt)\b)[^.;,]){0,40}?\bvan\s+(?:19|20)\d\d\s+tot\s+(?:en\s+met\s+)?"
    r"(?P<until>(?:19|20)\d\d)\b"
)


def _ended_period(context: _Context, role_end: int) -> bool:
    """The office is said to have been held in a period that ended before the text's date (or, undated, at all)."""
    period = _PERIOD.match(context.text, role_end)
    return period is not None and _ended_before_the_text(context, int(period["end"] or period["until"]))


def _ended_term(context: _Context, name_end: int) -> bool:
    """The name is followed by a term of office that ended before the text's date (or, undated, at all)."""
    term = _TERM.match(context.text, name_end)
    if term is None:
        return False
    return _ended_before_the_text(context, int(term["end"] or term["century"] + term["short"]))


# "wethouder Henk Mirck, die onlangs plotseling opstapte", "raadslid Johan Harink dat twee weken geleden aftrad"
_LEFT_SINCE = lazy_compile(
    r"[ \t\u00a0]*(?:\([^()]{1,40}\))?[ \t\u00a0]*,?[ \t\u00a0]*(?:die|dat)\b[^.;,]{0,50}?"
    # (not another office it names: "waarnemend burgemeester Rianne Donders die in Roermond opstapte als burgemeester")
    r"\b(?:opstapte|aftrad|terugtrad|overleed|afzwaaide|afscheid\s+nam)\b(?![ \t\u00a0]+als\b)"
)


def _left_since(context: _Context, name_end: int) -> bool:
    """A relative clause right after the name says the person has since left the office."""
    return _LEFT_SINCE.match(context.text, name_end) is not None


def _ended_before_the_text(context: _Context, year: int) -> bool:
    return context.on is None or year < context.on.year


def _fullest_form(context: _Context, mention: _Mention) -> _Mention:
    """'Bergmans is nu nog griffier' after 'Funs Bergmans volgt ...': the one full name with that surname, or the one
    double name that starts with it."""
    words = mention.name.split()
    full = is_full_name(mention.name)
    # "benoemde burgemeester Oude Kotte Anne officieel": the surname of "Gido Oude Kotte", then the given name of
    # the one appointed
    for cut in range(len(words) - full, 0, -1):
        if cut < len(words) and not all(is_given_name(word) for word in words[cut:]):
            continue
        surname = " ".join(words[:cut]).casefold()
        # or the double name whose first half it is: "Mevrouw Penn" after "Mevrouw Penn-te Strake"
        named = [(name, end) for _, end, name in context.all_names()
                 if (is_full_name(name) and name.casefold().endswith(" " + surname))
                 or (cut == len(words) and name.casefold().startswith(surname + "-"))]
        if len({name for name, _ in named}) == 1:
            mention.name, end = named[0]
            if mention.municipality is None and mention.role not in PROVINCIAL_ROLES:
                # the full name's parenthesis may say where: "01 (09) Ellen Nauta (Hof van Twente, CDA)" before "Nauta
                # ... als burgemeester"
                mention.municipality = _parenthesis_place(context, end)
            return mention
    if len(words) == 1 and is_given_name(mention.name) and not is_rare_dutch_given_name(mention.name):
        # "Ahmed ook worden geïnstalleerd" after "Noël Bos en Ahmed Salama": the one full name with that given name
        fuller = {name for _, _, name in context.all_names() if is_full_name(name) and name.split()[0] == mention.name}
        if len(fuller) == 1:
            mention.name = fuller.pop()
    return mention


def _role_of(match: re.Match[str]) -> str | None:
    text = match.string
    if (text[match.start() - 1:match.start()] in _QUOTE_MARKS and text[match.end():match.end() + 1] in _QUOTE_MARKS
            and match.group(0).lower() in _PLAIN_OFFICES):
        return None  # in quotation marks: "zijn 'wethouders' A en B" at a carnival; not "'kermiswethouder' X"
    if match.start() > 0 and text[match.start() - 1] == "-" and not match.group("former"):
        prefix = re.search(r"(\w+)-$", text[max(0, match.start() - 30):match.start()])
        # A party, a portfolio, a municipality or "collega" glued on keeps the office ("D66-raadslid",
        # "mobiliteit-wethouder", "Hillegom-wethouder", "collega-raadsleden A en B", "directeur-gemeentesecretaris"):
        # not "Madurodam-burgemeester".
        glued = prefix.group(1) if prefix else ""  # none: a dash after a dateline ("31 aug.-Commissaris ...")
        if glued.lower() in _NOT_OFFICE_PREFIXES:
            return None  # "Duo-raadslid Rogier Havelaar"
        if prefix and (not re.search(r"\w[A-Z0-9]|^[A-Z0-9]+$", glued) and not _POLICY_AREA.fullmatch(glued)
                and not _PARTY_WORDS.search(glued)  # "Algemeen Belang-raadslid", "Leefbaar-wethouder"
                and not gazetteer().lookup(glued) and glued.lower() != "collega"
                and not (glued.lower() == "directeur" and match["gemeentesecretaris"])  # one office, two titles
                # a capitalised word glued to a council seat names its party: "Balans-raadslid", "Vooruit-raadslid"
                and not (glued[:1].isupper() and (match["raadslid"] or match["wethouder"]))
                # a portfolio holder's portfolio: "stedenband-wethouder"; not "kinder-wethouder"
                and not (glued.islower() and (match["wethouder"] or match["gedeputeerde"])
                         and glued not in _NOT_OFFICE_PREFIXES)):
            return None
    if _NOT_BEING.search(text, max(0, match.start() - 20), match.start()):
        return None  # "benoemd als commissielid niet zijnde raadslid", "niet-raadsleden"
    if match.group(0).lower().startswith(("plaatsvervangend", "plv")) and (
            match["griffier"] or match["gemeentesecretaris"] or match["secretaris"] or match["raadslid"]):
        # a deputy griffier or secretary is an official of its own, as an adjunct-griffier is; a deputy council
        # member sits in the party's committees, not in the council
        return None
    if (match.group(0).lower().startswith(("plaatsvervangend", "plv")) and match["burgemeester"]
            and not _UNTIL_A_SUCCESSOR.match(text, match.end())):
        # the wethouder who stands in for the burgemeester (Gemeentewet, art. 77); one who stands in "tot de nieuwe
        # wordt aangesteld" is the acting burgemeester
        return "loco-burgemeester"
    if match["secretaris"]:
        return "gemeentesecretaris" if _college_secretary(match) else None
    if match["cdk"] and match["cdk"].lower() == "gouverneur" and _ABROAD.match(text, match.end()):
        return None  # "De gouverneur van Oost-Vlaanderen": a Belgian province's; Limburg's is its commissaris
    for group, role in _ROLE_GROUPS.items():
        word = match.group(group)
        if word:
            if group in ("wethouder", "gedeputeerde") and word.lower().split(group)[0] in _NOT_OFFICE_PREFIXES:
                return None
            return role
    return None


_UNTIL_A_SUCCESSOR = lazy_compile(r"[^.;]{0,40}?\btot\s+(?:de|een)\s+nieuwe\b", re.I)


def _college_secretary(match: re.Match[str]) -> bool:
    """A bare "secretaris" is the municipality's where the text lists its college ("Aanwezig: Burgemeester
    Dijksterhuis, wethouders Weststrate en Witkam\nSecretaris: Jansen"); not a club's, a committee's, nor "secretaris
    van de vertrouwenscommissie" or "secretaris en adviseur"."""
    text = match.string
    # (the college without its burgemeester: "Aanwezig: Wethouder Weststrate, wethouder Van de Plasse ...")
    wethouders = sum(2 if found.endswith("s") else 1 for found in _COLLEGE_WETHOUDER.findall(text))  # "Wethouders"
    # (or the text has named the office in full: "een nieuwe gemeentesecretaris. De huidige secretaris, Han Bekkers")
    # (or its signatories: "tekenden burgemeester Henny Houben, secretaris Harrie Timmermans en griffier ...")
    officers = wethouders + (_COLLEGE_GRIFFIER.search(text) is not None)
    return (((_COLLEGE_BURGEMEESTER.search(text) is not None and officers >= 1) or wethouders >= 2
             or _GEMEENTESECRETARIS.search(text, 0, match.start()) is not None)
            and not _OTHER_BODY.search(text) and not _SECRETARY_OF.match(text, match.end())
            and not _OFFICIAL_BEFORE.search(text, max(0, match.start() - 20), match.start()))


_COLLEGE_BURGEMEESTER = lazy_compile(r"\bburgemeester", re.I)
_GEMEENTESECRETARIS = lazy_compile(r"gemeentesecretaris", re.I)
_COLLEGE_WETHOUDER = lazy_compile(r"wethouders?", re.I)
_COLLEGE_GRIFFIER = lazy_compile(r"\bgriffier\b", re.I)
_OTHER_BODY = lazy_compile(
    # a board's other officers, or another body
    r"penningmeester|vice-?voorzitter|notulist|bestuursle(?:den|d)|stichting|vereniging|\bclub|commissie|rekenkamer"
    r"|raad\s+van\s+toezicht",
    re.I,
)
_SECRETARY_OF = lazy_compile(r"[ \t\u00a0]*(?:van\b|der\b|des\b|en\b|[-/])", re.I)
_OFFICIAL_BEFORE = lazy_compile(r"\b(?:ambtelijk|algemeen|als)[ \t\u00a0]+$", re.I)


_ABROAD = lazy_compile(r"[ \t\u00a0]+(?:van|in)[ \t\u00a0]+(?:de[ \t\u00a0]+provincie[ \t\u00a0]+)?(?!Limburg\b)[A-Z]")
_QUOTE_MARKS = ("'", "‘", "’", '"', "“", "”")
_NOT_BEING = lazy_compile(r"\bniet(?:[ \t\u00a0]+zijnde[ \t\u00a0]+|-)$", re.I)
_PLAIN_OFFICES = {"burgemeester", "burgemeesters", "wethouder", "wethouders", "raadslid", "raadsleden"}


def _is_plural(match: re.Match[str]) -> bool:
    word = match.group("role").lower().split()[0]  # "commissarissen van de Koning": the office's own word
    return word.endswith(("s", "leden", "sen", "den")) and not word.endswith(
        "aris"  # "secretaris", "commissaris" (and "commisaris"); plural: "secretarissen", "commissarissen"
    )


def _marked_former(context: _Context, match: re.Match[str]) -> bool:
    """'X was tot 2020 burgemeester', 'X, die tot vorig jaar wethouder was', 'heeft afscheid genomen als'."""
    text = context.text
    if match.group(0).lower().startswith("huidig"):
        return False  # "In navolging van zijn voorganger X zal ook de huidige Commissaris van de Koning Y"
    if _NOW.search(text, max(0, match.start() - 30), match.start()):
        return False  # "X was tot 1 januari 2019 burgemeester van A en is nu waarnemend burgemeester van B"
    clause_start = _clause_start(text, match.start())
    before = text[clause_start:match.start()]
    if _FORMER_CLAUSE.search(before) or _FORMER_PAIR.search(before):
        return True
    after = text[match.end():match.end() + 260]  # a list of names may stand between the office and its verb
    if ((_FORMER_AFTER.match(after) and not _VISITED.search(before))
            or (_WAS_AFTER.match(after) and _RELATIVE_BEFORE.search(before)) or _CLOSED_TERM.match(after)):
        return True
    if _WAS_ROLE.search(before) and (
            not _NAMED_AFTER.match(text, _skip_portfolio(text, _tied_place(context, match.end())[1]))
            or _after_a_name(before)):
        # "X is Nederlandse en was wethouder in Baarle-Nassau"; not "Aanwezig was wethouder Jansen", "was commissaris
        # van de Koningin in Utrecht Roel Robbertsen te gast"; but "Johannes Rijpstra was burgemeester van Zelhem" (a
        # place the gazetteer does not know)
        return True
    if _DEPARTURE.search(before) and not _ON_A_DATE.match(after) and not _FAREWELL_NOW.search(before):
        # "na het vertrek van wethouder X"; not "het afscheid van wethouder X op 18 januari", nor "Dinsdag neemt de
        # gemeente afscheid van burgemeester X" (today, still in office)
        return True
    if _NOMINATED_RELATIVE.match(after):
        return True  # "De nieuwe wethouder die wordt voorgedragen namens Team 6 is de heer Rik Compagne"
    if _is_plural(match) and _STILL_TO_BE_APPOINTED.match(after):
        # "Nieuwe wethouders zijn A, B en C. De gemeenteraad moet nog wel akkoord gaan met de voordracht van de
        # wethouders-kandidaten.": the sentence after says they are put forward, not appointed yet
        return True
    if (_LAST_TERM_BEFORE.search(before) or _LAST_TERM_AFTER.match(after)) and not _ALSO_NOW.search(before):
        # "X was in de vorige periode wethouder in Enschede", "Wim Brus, wethouder in het vorige college"; not "waren
        # al/ook wethouder in het vorige college", who stay
        return True
    if _AS_BEFORE.search(before) and _NOMINATED_AFTER.match(after):
        return True  # "heeft X als de nieuwe burgemeester van Katwijk aanbevolen": nominated, not yet appointed
    if _PENDING.search(before):
        return True  # "Volgens ingewijden wordt X ook een van de gedeputeerden": expected, not appointed
    for verb, particle in _SPLIT_LEAVING:
        if verb.search(before) and particle.match(after):
            return True  # "namen ook burgemeester A en B afscheid", "stapte wethouder X op", "trokken zich ... terug"
    if _NO_LONGER_BEFORE.search(before) and _NO_LONGER_AFTER.match(after):
        return True  # "Hein van der Loo is officieel geen burgemeester meer van Zwijndrecht"
    if _ALREADY_WAS.search(before) and _CAREER_AFTER.match(after):
        return True  # "Erik Ronnes was al gemeenteraadslid, wethouder, Tweede Kamerlid, ...": a career, behind him
    if _DECIDED.search(before) and _TO_LEAVE_AFTER.match(after):
        return True  # "X besloot zijn functie als wethouder namens het CDA neer te leggen"
    return bool(_UNTIL.search(before)) and bool(_WAS_SOON_AFTER.match(after))


_STILL_TO_BE_APPOINTED = lazy_compile(
    r"[^.!?]*[.!?]\s+[^.!?]{0,80}?\b(?:moet|moeten)\s+(?:nog|eerst)\b[^.!?]{0,40}?"
    r"\b(?:akkoord\s+gaan|instemmen|benoemen|goedkeuren)\b",
    re.I,
)
_LAST_TERM = r"in\s+(?:de\s+vorige\s+(?:raads|college)?periode|het\s+vorige\s+college)\b"
_LAST_TERM_BEFORE = lazy_compile(rf"\b(?:was|waren)\s+{_LAST_TERM}\s+$", re.I)
_LAST_TERM_AFTER = lazy_compile(rf"[ \t\u00a0]+{_LAST_TERM}", re.I)
_ALSO_NOW = lazy_compile(r"\b(?:al|ook|nog)\b", re.I)
# a former one before two offices: "Voormalig loco-burgemeester en wethouder van Emmen Bouke Arends"
_FORMER_PAIR = lazy_compile(
    rf"\b{_FORMER}[\s-]+[\w-]*(?:meester|houder|raadslid|gedeputeerde|secretaris|griffier)\s+en\s+$", re.I
)
# an appointment still to come: "Volgens ingewijden wordt X ...", "De stemming over de benoeming van X tot wethouder"
_PENDING = lazy_compile(
    r"\b(?:(?:volgens\s+ingewijden|naar\s+verluidt)\b[^.;:]{0,80}\bwordt|stemming\s+over\s+de\s+benoeming)\b"
    # "wordt zeer waarschijnlijk de nieuwe burgemeester", "wordt naar verwachting de nieuwe"
    r"|\bwordt\s+(?:zeer\s+)?(?:waarschijnlijk|naar\s+(?:verwachting|alle\s+waarschijnlijkheid))\b[^.;:]{0,20}$"
    # "Naar verwachting begint Van Rooij begin december als nieuwe burgemeester"
    r"|\bnaar\s+verwachting\s+(?:begint|start|treedt)\b[^.;:]{0,60}\bals\s+(?:de\s+)?(?:nieuwe\s+)?$", re.I
)
_AS_BEFORE = lazy_compile(r"\bals\s+(?:de\s+|het\s+)?(?:(?:nieuwe|vaste|toekomstige)\s+)*$", re.I)
_NOMINATED_RELATIVE = lazy_compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]+die[ \t\u00a0]+(?:wordt|worden)[ \t\u00a0]+voorgedragen\b"
)
_NOMINATED_AFTER = lazy_compile(r"[^.;]{0,60}?\b(?:aanbevolen|voorgedragen|voor\s+te\s+dragen)\b")
_NOW = lazy_compile(
    r"\b(?:is|zijn|ben)[ \t\u00a0]+(?:nu|inmiddels|thans|momenteel|sindsdien)[ \t\u00a0]+"
    r"(?:(?:ook|al|weer)[ \t\u00a0]+)?$"
)
# "het vertrek van wethouder X" (six labellers of eight); not "ingezet op het vertrek van" (not gone yet)
_DEPARTURE = lazy_compile(
    # also "het vertrek van de Muidense burgemeester X"
    # ("Door het recente vertrek van SP-wethouder Hoekstra")
    # (not one still to come: "het voorgenomen vertrek van burgemeester De Jong")
    r"(?<!\bop\s)(?<!\bop\shet\s)(?<!aangekondigde\s)(?<!aanstaande\s)(?<!naderende\s)(?<!geplande\s)"
    r"(?<!voorgenomen\s)\b(?:het\s+)?"
    r"(?:(?!aangekondigde|aanstaande|naderende|geplande|voorgenomen)(?-i:[a-z]+e)\s+)?vertrek\s+van\s+"
    r"(?:de\s+|onze\s+)?(?-i:[A-Z]\w+se\s+|[A-Z][\w&]*-)?$"
    # (an announced farewell is still to come: "het aangekondigde afscheid van burgemeester X")
    r"|(?<!aangekondigde\s)(?<!aanstaande\s)(?<!naderende\s)"
    # (also the passive of the past: "dat er deze woensdagavond afscheid genomen werd van wethouders die ...")
    r"\b(?:afscheid(?:\s+(?:genomen\s+werd|werd\s+genomen))?|terugtreden|aftreden|opstappen|ontslag)\s+van\s+"
    r"(?:zowel\s+)?(?:de\s+|onze\s+|het\s+)?"
    # also with the party glued on or before: "Neem afscheid van VVD-gemeenteraadslid X", "het aftreden van CU
    # wethouder Arnold Rots"
    rf"(?-i:[A-Z][\w&]*-|{_PARTY_TOKEN}\s+)?$"
    # deceased: "gereageerd op de dood van burgemeester X", "het plotselinge overlijden van wethouder X"
    r"|\b(?:de\s+dood|(?:het\s+)?(?:[a-z]+e\s+)?overlijden)\s+van\s+(?:de\s+|onze\s+)?(?-i:[A-Z]\w+se\s+)?$",
    re.I,
)
_FAREWELL_NOW = lazy_compile(r"\b(?:neemt|nemen)\b[^.;]{0,60}\bafscheid\s+van\b", re.I)
_ON_A_DATE = lazy_compile(r"[^.;]{0,40}?\b(?:op|per)\s+\d{1,2}\s+[a-z]+")  # a departure still to come
_NAMED_AFTER = lazy_compile(  # "was wethouder Jansen", "was wethouder mevrouw R.E.C. Reynvaan aanwezig"
    # (also after a comma or a dash: "waren er twee wethouders – Floor Gordon en Marijn van Ballegooijen – gekomen")
    rf"[ \t\u00a0]*[,–—:]?[ \t\u00a0]+(?:{_TITLES})?(?:[A-Z]|(?:van|de|der|den|ter)\s+[A-Z])"
)
# Dutch verbs of leaving split around their subject: (the verb before the office, its particle after it)
# (the dot of an initial ends no sentence: "namen twee wethouders, R. van Tilburg (CDA) en H. Poppelaars ontslag")
# the particle "op" of a split verb; not a preposition ("stapte burgemeester Jager op een duofiets")
_OP_PARTICLE = r"\bop\b(?![ \t\u00a0]+(?:een|de|het|zijn|haar|hun|die|dat|deze)\b)"
_SPLIT_LEAVING = tuple((lazy_compile(verb, re.I), lazy_compile(rf"(?:[^.;]|(?<=\b[A-Z])\.){{0,80}}?{particle}"))
                       for verb, particle in (
    (r"\b(?:nam|namen)\b", r"\bafscheid\b"),
    (r"\b(?:stapte|stapten)\b", _OP_PARTICLE),
    (r"\b(?:trad|traden)\b", r"\baf\b"), (r"\b(?:zwaaide|zwaaiden)\b", r"\buit\b"),
    (r"\b(?:trok|trokken)\b", r"\bzich\b[^.;]{0,60}\bterug\b"),
    (r"\b(?:diende|dienden)\b", r"\bontslag\s+in\b"),  # "vandaag diende CDA-wethouder Scholten zijn ontslag in"
    # "Toen legde de vijfde wethouder, Rob Metz (VVD) van Grondzaken, zijn functie al neer"
    (r"\b(?:legde|legden)\b", r"\b(?:functie|functies|ambt|taken|werk|portefeuille)\s+(?:al\s+|ook\s+)?neer\b"),
    (r"\b(?:nam|namen)\b", r"\bontslag\b"),  # "namen twee van de drie wethouders, A (CDA) en B ontslag"
    # "moest CDA-wethouder Ineke Geluk al het veld ruimen"
    (r"\b(?:moest|moesten)\b", r"\b(?:het\s+veld\s+ruimen|opstappen|aftreden|vertrekken)\b"),
    # "Zo ging ook burgemeester X in 2010 na twintig jaar als burgemeester van Roosendaal met pensioen"
    (r"\b(?:ging|gingen)\b", r"\bmet\s+pensioen\b"),

    # the one succeeded, in the past: "Hij volgde burgemeester Peter van der Velden op"; not "volgt wethouder X op"
    # (present: often a successor still to come, the office still X's), nor "X volgde als wethouder Y op"
    (r"\b(?:volgde|volgden)\b(?![^.;]*\bals\s+$)", _OP_PARTICLE),
))
_DECIDED = lazy_compile(r"\b(?:besloot|besloten)\b", re.I)
_NO_LONGER_BEFORE = lazy_compile(r"\bgeen\s+$", re.I)
_NO_LONGER_AFTER = lazy_compile(r"[^.;]{0,40}?\bmeer\b")
_ALREADY_WAS = lazy_compile(r"\b(?:was|waren)\s+(?:ook\s+)?al\s+$", re.I)
_CAREER_AFTER = lazy_compile(
    r"[ \t\u00a0]*,[ \t\u00a0]*(?:\w+[ \t\u00a0]+){0,2}?[\w-]*"
    r"(?:wethouder|burgemeester|raadslid|gedeputeerde|kamerlid|statenlid|minister|griffier|secretaris)",
    re.I,
)
_TO_LEAVE_AFTER = lazy_compile(_TO_LEAVE, re.I)
_UNTIL = lazy_compile(r"\btot\b", re.I)  # "X, die tot vorig jaar wethouder was"
_WAS_SOON_AFTER = lazy_compile(r"[^.;]{0,40}?\b(?:was|geweest)\b")
# "X ... was (ook) wethouder in Y"; not "Het was burgemeester X die ...", "Er was wethouder X"
_WAS_ROLE = lazy_compile(
    r"(?<!\bhet\s)(?<!\ber\s)(?<!\bdit\s)(?<!\bdat\s)\b(?:was|waren)\s+"
    r"(?:(?:ook|toen|daar|er|destijds|jarenlang|lang|eerder|\d+|[a-z]+tig|twee|drie|vier|vijf|zes|zeven|acht"
    r"|negen|tien|elf|twaalf|jaar|jaren)\s+"
    # (and a second office after the first: "was 27 jaar SGP-raadslid en tien jaar wethouder in Lopik")
    r"|[\w-]*(?:raadslid|wethouder|burgemeester|gedeputeerde|griffier)\s+en\s+"
    # (and where first: "hij was in de gemeente Lingewaal wethouder van financiën")
    r"|in\s+(?:de\s+gemeente\s+)?(?-i:[A-Z][\w'’-]*)\s+)*"
    r"(?-i:[A-Z][\w&]*-)?$",  # "A en B waren 12 jaar raadslid", "was 27 jaar SGP-raadslid"
    re.I,
)

_MAX_CLAUSE = 400  # a clause longer than this is no sentence a name is tied in; it also bounds the work per role


def _clause_start(text: str, position: int) -> int:
    earliest = max(0, position - _MAX_CLAUSE)
    breaks = [
        m.end() for m in _SENTENCE_BREAK.finditer(text, earliest, position)
        if not _is_initial_dot(text, m.start()) and not _in_parenthesis(text, m.start())
    ]
    return breaks[-1] if breaks else earliest


def _in_parenthesis(text: str, index: int) -> bool:
    """A party's "!" ends no sentence: "Marijke van der Meer (Zó! Zoetermeer), Willeke Mertens ..."."""
    return text.rfind("(", max(0, index - 40), index) > text.rfind(")", max(0, index - 40), index) and (
        ")" in text[index:index + 40].split("\n")[0])


def _is_initial_dot(text: str, index: int) -> bool:
    """The full stop of an initial, a title or an abbreviation ("J.H.M.", "mr.", "a.s."), not a sentence's end."""
    if text[index] != ".":
        return False
    word = re.search(r"(\S+)$", text[max(0, index - 40):index])  # the last part of a longer word is no initial
    if not word:
        return False
    last = word.group(1).split(".")[-1]
    # (or of a dotted abbreviation the sentence runs on after: "stopt per 1 juli a.s. als burgemeester")
    dotted = "." in word.group(1) and len(last) <= 2 and text[index + 1:index + 4].lstrip()[:1].islower()
    return (len(last) <= 2 and last[:1].isupper()) or last.lower() in _ABBREVIATED_TITLES or dotted


# --- the three ways a name is tied to a role ---------------------------------------------------------------------


_AS_BEFORE_OFFICE = lazy_compile(r"\bals[ \t\u00a0]+(?:(?!de\b)[a-z]+e[ \t\u00a0]+)?$", re.I)


def _names_for_role(context: _Context, match: re.Match[str], role: str) -> list[_Mention]:
    provincial = role in PROVINCIAL_ROLES
    text = context.text
    after_role = _skip_abbreviation(text, match.end())
    role_place, after = (None, _skip_province(text, after_role)) if provincial else _tied_place(context, after_role)
    if role_place is None and not provincial and (portfolio := _PORTFOLIO_BEFORE_TIE.match(text, after_role)):
        role_place, after = _tied_place(context, portfolio.end())  # "wethouder mobiliteit van de gemeente Zeist"
        if role_place is None and (bare := _bare_place_at(context, portfolio.end())):
            role_place, after = bare  # a caption's "wethouder Sport gemeente Aalten"
        after = after if role_place else after_role
    if role_place is None and not provincial and (bare := _bare_place_at(context, after_role)) and (
            _full_name_at(context, bare[1])):
        role_place, after = bare  # a speaker's label: "Burgemeester Montferland Harry de Vries: ..."
    if (role_place is None and not provincial and (party := _AFFILIATION.match(text, after_role))
            and _IN_OR_OF.match(text, party.end())):
        # "wethouder namens Lokaal DNA in de gemeente Meerssen"; not "raadslid voor Beter voor Rijswijk", a party
        role_place, after = _tied_place(context, party.end())
        after = after if role_place else after_role
    if role_place is None and not provincial:
        role_place = _possessor_place(context, match) or _line_label_place(context, match)
    card = (_labelled_below(context, match, role, provincial) or _card_above(context, match, role, provincial)
            or _signed_below(context, match, role, after, provincial))
    if card is not None:
        return [card]
    if role_place is not None and not provincial and _place_after_name(context, after, listed=False) is not None:
        # "Burgemeester van Kampen van de gemeente Schagen": two places; the first "van" is the person's surname
        for start, end, name, place in _van_surname(context, after_role):
            return [_mention(context, name, role, start, end, place, match, provincial)]
    plural = _is_plural(match)
    after = _skip_portfolio(text, after)
    if plural and (in_turn := _IN_TURN_SEPARATOR.match(text, after)):
        after = in_turn.end()  # "de beide burgemeesters, respectievelijk F.A. Petter en A.G.J.M. Rombouts"
    # A name right after the role wins: "Ben van der Stee, Burgemeester Agnes van Ardenne" names two people; so
    # does one after a label's colon: "Voorzitter: Vincent Mulder, Griffier: Gerrit-Jan Eeftink."
    label = None
    if match.group(0)[:1].isupper() and not plural:
        # a line "Wethouder Openbare Werken : Diana van Damme-Fassaert": the office, its portfolio, the holder
        label = _LABEL_COLON.match(text, after) or _portfolio_label(text, match, after)
    found = _names_after(context, label.end() if label else after, plural, provincial)
    if (found and "," in text[after:found[0][0]] and not plural
            and _AS_BEFORE_OFFICE.search(text, max(0, match.start() - 8), match.start())):
        found = []  # "Hans Tanis begint aan zijn derde termijn als wethouder, Hanny Visser-Schlieker was ...": the
        # office is the predicate of the clause before, the name the subject of the next
    if not found and plural and role_place is not None:
        found = _respective_places(context, role_place, after)
        role_place = None if found else role_place  # each name has its own
    if not found and plural and role_place is None:
        found = _places_with_names(context, after)
    if (plural and role_place is None and len(found) >= 2 and (in_turn := _places_in_turn(context, found[-1][1]))
            and len(in_turn) == len(found)):
        # "de burgemeesters A, B en C van respectievelijk de gemeenten X, Y en Z": the places after the names
        found = [(start, end, name, place) for (start, end, name, _), place in zip(found, in_turn, strict=True)]
    if not found and role_place is None and (unknown := _UNKNOWN_PLACE.match(text, after)):
        # "Burgemeester van Maarssen Mirjam van 't Veld": a place the gazetteer does not know (merged before 2019),
        # then the person's full name
        listed = _names_after(context, unknown.end(), plural, provincial)
        found = listed if listed and is_full_name(listed[0][2]) else []
    if not found and role_place is None and (of_what := _OF_WHAT.match(text, after)):
        # "het jongste raadslid van de SGP, Hendrik Herweijer, het woord": what the office is of, then the name;
        # "Twee raadsleden van de PvdA, Cees Grinwis en Peter Keuker, zijn": the names
        listed = _names_after(context, of_what.end(), plural, provincial)
        # (closed by a comma, a parenthesis or the sentence's end: "aldus de burgemeester van het baggerdorp, Jan de
        # Vries."; not "Bert Bouwmeester (61) van")
        closed = text[listed[-1][1]:].lstrip(" ")[:1] in ",)(." if listed else False
        found = listed if closed and is_full_name(listed[0][2]) else []
    if len(found) == 1 and " " not in found[0][2] and (
            _PORTFOLIO_LIST.match(text, found[0][1]) or _starts_an_area(text, found[0][0], found[0][1])):
        # "wethouder Leefbaarheid, ruimte en welzijn", "wethouder van Onderwijs, Sociale zaken en Werkgelegenheid":
        # the portfolio's parts, no name
        found = []
    if len(found) == 1 and " " not in found[0][2] and text[found[0][1]:found[0][1] + 1] == ",":
        # "wethouder Wijkaanpak, Arjen van Drunen": a portfolio, then the person's full name; not a list of people
        # the office opens: "Burgemeester Tuijnman, Kees Jan de Vet en wethouders Van Baal, ..."
        full = _names_after(context, found[0][1] + 1, plural, provincial)
        found = full if (full and is_full_name(full[0][2]) and not is_given_name(found[0][2])
                         and not _AND_NEXT.match(text, full[0][1])) else found
    if (len(found) == 1 and " " not in found[0][2] and _PAREN_CLOSES.match(text, found[0][1])
            and _office_in_parenthesis(context, match, role)):
        # "Luc Vanparys (burgemeester Oostkamp)", "de heer Polman (burgemeester Noordwijkerhout, D66)": the word in
        # the office's parenthesis is its place
        found = []
    if (len(found) == 1 and not is_full_name(found[0][2])
            and (_COLON_GAP.match(text, found[0][1]) or _LINE_END.match(text, found[0][1]))
            and not is_given_name(found[0][2]) and _COMMA_BEFORE.search(text, max(0, match.start() - 3), match.start())
            and (before := _apposition_before(context, match, role)) is not None and _two_words(before[2])):
        # "Joyce Sylvester, burgemeester Naarden: leverde ...", a list's line "Rinus Michels, burgemeester Winsum": a
        # label, its place (merged away) after it
        found = []
    if (found and "," in text[after:found[0][0]]
            and not (_titled(text, found[0][0]) and _THE_BEFORE.search(text, max(0, match.start() - 4), match.start()))
            and _apposition_before(context, match, role) is not None):
        # "René Paas, Commissaris van de Koning van Groningen, Harkstede": the name stands before, the place after;
        # but "de burgemeester van Oldebroek, mevr. A, de burgemeester van Hattem, mevr. B": each office, its holder
        found = []
    if (not found and not plural and role_place is None and _used_as_title(text, match.start("role"))
            and not _office_in_parenthesis(context, match, role)):
        # "Commissaris van de Koning van Dijk"; "van Gelderland" stays a province (_van_surname leaves provinces);
        # not "Holtwisch (burgemeester van Gronau)", where a place the gazetteer does not know follows the office
        found = _van_surname(context, after)
    if not found and not plural:
        found = _subject_after_fronted_office(context, match, after, provincial) or _name_before_colon(context, match)
    if not found:
        before = _apposition_before(context, match, role)
        if before is not None:
            # "A (D66), B (CDA) en C (VVD), wethouders": a plural office after a list is each one's
            listed = _list_ending_in(context, match, role, before) if plural else [before]
            return [_apposition_mention(context, match, role, name, start, end, role_place, after, provincial)
                    for start, end, name in listed]
    if not found and plural:
        found = _names_on_lines(context, after, provincial)
    if not found and plural and _PARTITIVE.search(text, max(0, match.start() - 40), match.start()):
        found = _partitive_names(context, after, role)
    if (not found and _LIST_INTRO.match(text, after)
            and not _FAREWELL.search(text, after, intro_end := _list_intro_end(text, after))
            and not (role != "raadslid" and _NOMINATED_LIST.search(text, after, intro_end))):
        # (not a farewell's list: "hebben acht raadsleden afscheid genomen: A (VVD), B (CDA)"; nor those put forward
        # for an office: "Voor het college worden de volgende wethouders voorgedragen: A, B en C"; but raadsleden put
        # forward for a board still sit in their council)
        found = _names_after(context, _list_intro_end(text, after), True, provincial)
    if not found and plural and not _LEAVING_QUALIFIER.match(match.group(0)) and (
            colon := _COLON_AFTER_PLURAL.match(text, after)) and not _FAREWELL.search(text, after, colon.end()) and (
            _lists_owner(text, match, colon.end()) == match.start()) and not (
            role != "raadslid" and _NOMINATED_LIST.search(text, after, colon.end())):
        # "de vijf raadsleden van GroenLinks Deventer in de gemeenteraad beëdigd : A, B, C en D"; not the list of a
        # farewell ("de vertrekkende raadsleden ... bedankt: A, B en C", "hebben acht raadsleden afscheid genomen: A")
        listed = _names_after(context, colon.end(), True, provincial)
        found = listed if len(listed) >= 2 else []
        # the council they sit in may stand before the colon: "De wethouders van de nieuwe coalitie in Veere zijn
        # geïnstalleerd: A, B en C"
        role_place = role_place or (None if provincial else _first_place(context, after, colon.end()))
    if not found and not plural and _AN_OFFICE.search(text, max(0, match.start() - 12), match.start()) and (
            colon := _COLON_THEN_ONE.match(text, after)):
        # "Ook de POV had een wethouder van buiten gehaald: de Purmerendse Rick Ossendorp.": the one a colon names
        one = _names_after(context, colon.end(), False, provincial)
        found = one if one and _two_words(one[0][2]) and _CLOSES_THE_SENTENCE.match(text, one[0][1]) else []
    if not found and not plural and _FIRST_DAY_AS.search(text, max(0, match.start() - 40), match.start()):
        # "Met welk gevoel stond Ahmed Marcouch vandaag op? Het is zijn eerste werkdag als burgemeester van Arnhem."
        found = [(*person, None) for person in _antecedent(context, _clause_start(text, match.start()), role)][:1]
    if not found and not plural and _AN_OFFICE.search(text, max(0, match.start() - 30), match.start()):
        # "De gemeente Elburg heeft een waarnemend burgemeester gevonden ... Harm-Jan van Schaik is deze week
        # beëdigd": the full name that opens the next sentence as its subject
        found = _subject_of_next_sentence(context, match.end(), provincial)
    if not found:
        listed_at = _next_sentence_list(text, match.end())
        # (a list is a plural office's when the sentence has one: "De eerste taak van de waarnemend burgemeester was
        # het beëdigen van de nieuwe wethouders. Dat zijn A, B en C")
        others = _ROLE.finditer(text, _clause_start(text, match.start()), listed_at) if listed_at >= 0 else ()
        found = ([] if not plural and any(_is_plural(other) for other in others)
                 else _names_after(context, listed_at, True, provincial))
    if not found and plural:
        # "De nieuwe wethouders zijn geïnstalleerd. A (FNP), B (CDA) en C (PvdA) vormen nu ...": a list opening
        # the next sentence
        next_start = _next_sentence_start(text, match.end())
        listed = _names_after(context, next_start, True, provincial)
        # (not those that sentence puts forward: "... worden ook de wethouders benoemd. De heren A, B en C worden
        # voorgedragen als wethouders")
        nominated = listed and _NOMINATED_LIST.search(text, next_start, _sentence_end(text, next_start))
        found = listed if len(listed) >= 2 and not nominated else []
    if _COUNTED.search(text, max(0, match.start() - 30), match.start()):
        by_party = _party_by_party(context, match.end(), provincial)
        found = by_party if len(by_party) > len(found) else found
    if not found and plural:
        found = _counted_list_at_the_end(context, match, provincial)
    if not found:
        found = _brought_with(context, match, role)
    if not found:
        # (a subject's "van <municipality>" says where from, not who: "Oud-burgemeester Ina Leppink-Schuitema van
        # Montferland wordt waarnemend burgemeester van ...")
        subjects = [(start, start + len(name), name) for start, end, name in _clause_subjects(context, match, role)
                    for name in [_split_place_from_name(context, name, start)[0]]]
        in_turn = _places_in_turn(context, after_role) if len(subjects) >= 2 and not provincial else []
        if in_turn and len(in_turn) == len(subjects) and subjects[-1][1] < match.start():
            found = [(start, end, name, place) for (start, end, name), place in zip(subjects, in_turn, strict=True)]
            role_place = None  # each name has its own
        else:  # "Han ter Heegde is burgemeester Gooise Meren": the place may follow the office bare
            found = [(start, end, name, None if provincial or end > match.start()
                      else _bare_place(context, after_role) or _fronted_place(context, match, start))
                     for start, end, name in subjects]
    if (not found and not plural and _DEFINITE_SUBJECT.search(text, max(0, match.start() - 40), match.start())
            and not any(mention.role == role and not mention.former for mention in context.mentions)):
        # "Het was de avond van Eric van Oosterhout. De nieuwe burgemeester van Emmen werd beëdigd": the person of
        # the sentence before; but once the text has named its burgemeester, "De burgemeester" is that one.
        found = [(start, end, name, None) for start, end, name in _antecedent(context, match.start(), role)]
    if not found and not plural and (ordinal := _ORDINAL_SUBJECT.search(text, max(0, match.start() - 60),
                                                                         match.start())):
        # "... met dank aan Léon de Lange en Wim van Acker. De eerste is de nieuwe burgemeester van Landsmeer"
        # (or the first or last person the sentence before names: "Kramer volgt Hayo Apotheker ... op.
        # Laatstgenoemde is sinds dit jaar waarnemend burgemeester")
        pair = _antecedent_list(context, ordinal.start() + 1, role) or [
            g[0] for g in _name_groups(context, _clause_start(text, ordinal.start()), ordinal.start() + 1, role)]
        first = (ordinal["which"] or ordinal["which2"]).lower() in ("eerste", "eerstgenoemde")
        found = [(start, end, name, None) for start, end, name in (pair[:1] if first else pair[-1:])]
    if not found and plural and _DEMONSTRATIVE_SUBJECT.search(text, max(0, match.start() - 40), match.start()):
        # "De commissie bestaat uit A, B, C en D. Deze raadsleden hebben ...": the list of the sentence before
        found = [(start, end, name, None) for start, end, name in _antecedent_list(context, match.start(), role)]
    colleagues: set[int] = set()
    if found and (colleague := _COLLEAGUE.match(text, _after_name(context, found[-1][1], provincial))):
        # "CDA-raadslid A en zijn D66-collega B", "burgemeesters A van X en hun Drentse collega's B van Y en C van Z",
        # "zowel burgemeester A als zijn collega B van Vlaardingen"
        named = _names_after(context, colleague.end(), plural, provincial)[:None if plural else 1]
        # "De Utrechtse wethouder A en haar IJsselsteinse collega B": each has the place of their own adjective
        own = context.places.from_adjective(colleague["adjective"], context.on) if colleague["adjective"] else None
        found += [(start, end, name, place or own) for start, end, name, place in named]
        colleagues = {start for start, *_ in named}
    one_holder = role in _ONE_HOLDER_ROLES
    # (a name that shared its place gave it up, and may take the one right after it: "A in Asten en B in Deurne")
    placed = [(start, end, name, None if provincial else (
        (None if start in colleagues else role_place) or own_place or _place_after_name(context, end)))
        for start, end, name, own_place in (_one_holder_per_place(found) if one_holder else found)]
    if one_holder:
        placed = _one_holder_per_place(placed)
    elif (plural and len(placed) >= 2 and placed[-1][3] is not None and not any(place for *_, place in placed[:-1])
          and all(_BARE_LIST_SEPARATOR.fullmatch(text, one[1], other[0]) for one, other in pairwise(placed))):
        # "De wethouders Johan de Beer en Patrick Kok van de Gemeente Zundert": the place closes the whole list (not
        # "raadsleden A van het OPZ en B van Zandvoort Echt Eén": each has their own)
        placed = [(start, end, name, placed[-1][3]) for start, end, name, _ in placed]
    return [_mention(context, name, role, start, end, place, match, provincial) for start, end, name, place in placed]


_BARE_LIST_SEPARATOR = lazy_compile(r"(?:[ \t\u00a0]*\([^()]{1,40}\))?[ \t\u00a0]*(?:,|en|,[ \t\u00a0]*en)[ \t\u00a0]+")
# A municipality has one of each of these at a time (its wethouders and raadsleden are many).
_ONE_HOLDER_ROLES = frozenset({"burgemeester", "griffier", "gemeentesecretaris"})


def _one_holder_per_place(
    found: list[tuple[int, int, str, Municipality | None]],
) -> list[tuple[int, int, str, Municipality | None]]:
    """'Burgemeesters Koen Schuiling en Sybrand van Haersma Buma (Leeuwarden)': a place that a list of one-holder
    offices would share is the one of the name it stands after, the last."""
    last_with = {place: start for start, _, _, place in found if place is not None}
    return [(start, end, name, place if place is None or last_with[place] == start else None)
            for start, end, name, place in found]


_IN_OR_OF = lazy_compile(r"[ \t\u00a0]+(?:in|van)[ \t\u00a0]")
_COMMA_BEFORE = lazy_compile(r",[ \t\u00a0]*$")
_LINE_END = lazy_compile(r"[ \t\u00a0]*[;.]?[ \t\u00a0]*(?:\n|\Z)")  # a list item may close with ";" or "."
_THE_BEFORE = lazy_compile(r"\bde[ \t\u00a0]+$", re.I)
_PAREN_CLOSES = lazy_compile(r"(?:,[^(),\n]{1,40})?\)")


def _first_place(context: _Context, start: int, end: int) -> Municipality | None:
    for word in _CAPITALISED.finditer(context.text, start, end):
        if found := context.place_at(word.start()):
            return found[0]
    return None


_CAPITALISED = lazy_compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_LEAVING_QUALIFIER = lazy_compile(r"(?:vertrekkend|scheidend)", re.I)
# a farewell in the past: those listed are gone ("hebben acht raadsleden afscheid genomen: A, B"); not one to come
# ("Drie huidige wethouders nemen afscheid: A, B en C")
# (also in the passive of the past: "nadat er van 3 wethouders afscheid werd genomen: A en B van GroenLinks")
_FAREWELL = lazy_compile(
    r"\bafscheid\s+(?:(?:werd|is)\s+)?(?:genomen|namen|nam)\b|\b(?:namen|nam)\s+(?:\w+\s+)?afscheid\b", re.I
)
# those put forward for an office, not in it yet: "Voor het college worden de volgende wethouders voorgedragen: A, B"
_NOMINATED_LIST = lazy_compile(r"\bvoorgedragen\b", re.I)
# "een wethouder", "een nieuwe burgemeester"
_AN_OFFICE = lazy_compile(r"\been[ \t\u00a0]+(?:[a-z]+e[ \t\u00a0]+)?$", re.I)
# a colon, then the one named, perhaps with where from: ": de Purmerendse Rick Ossendorp"
_COLON_THEN_ONE = lazy_compile(
    r"[^.:;!?\n]{0,60}?:[ \t\u00a0]+(?:de[ \t\u00a0]+(?-i:[A-Z]\w+se)[ \t\u00a0]*(?=[ \t\u00a0]*[A-Z]))?"
)
_CLOSES_THE_SENTENCE = lazy_compile(r"[ \t\u00a0]*(?:\([^()]{1,40}\))?[ \t\u00a0]*(?:[.!?]|$)")
_COLON_AFTER_PLURAL = lazy_compile(r"[^.:;!?\n]{0,100}?(?:[ \t\u00a0]:[ \t\u00a0]*|[:;][ \t\u00a0]+)")  # not "10:30"
_COLLEAGUE = lazy_compile(
    r"(?:[ \t\u00a0]+van[ \t\u00a0]+(?:die|deze)[ \t\u00a0]+(?:gemeente|stad|provincie))?"  # "A van die gemeente als"
    # ("Wethouder A van Putten heeft, samen met zijn collega B van de gemeente Nijkerk, ...")
    r"[ \t\u00a0]*,?[ \t\u00a0]+"
    r"(?:en|als|(?:(?:heeft|hebben|had|is|was)[ \t\u00a0]*,?[ \t\u00a0]+)?samen[ \t\u00a0]+met)"
    r"[ \t\u00a0]+(?:zijn|haar|hun)[ \t\u00a0]+"
    # (not a former one: "wethouder Aart de Kruijff (SGP) en zijn oud-collega Gerard van den Hengel")
    r"(?:(?!oud-|ex-)[\w-]+-|(?P<adjective>[A-Z]\w+e)[ \t\u00a0]+)?collega(?:'s|’s)?(?=[ \t\u00a0])"
)
_AREA_WORDS = r"[a-zà-ÿ]+(?:[ \t\u00a0]+[a-zà-ÿ]+)?"
_PORTFOLIO_LIST = lazy_compile(  # ", ruimte en welzijn" after the first area of a portfolio
    rf"[ \t\u00a0]*,[ \t\u00a0]*{_AREA_WORDS}(?:[ \t\u00a0]*,[ \t\u00a0]*{_AREA_WORDS})*"
    r"[ \t\u00a0]+en[ \t\u00a0]+[a-zà-ÿ]"
)
# "... en haar gemeentesecretaris", "De gemeente Tytsjerksteradiel heeft een nieuwe burgemeester"
_POSSESSED = lazy_compile(r"\bhaar[ \t\u00a0]+$|\b(?:heeft|krijgt|kreeg|had)[ \t\u00a0]+een[ \t\u00a0]+$")
_MUNICIPALITY_NAMED = lazy_compile(r"\b[Gg]emeente[ \t\u00a0]+")
_LABEL_COLON = lazy_compile(r"[ \t\u00a0]*:[ \t\u00a0]+(?=[A-Z])")


def _possessor_place(context: _Context, match: re.Match[str]) -> Municipality | None:
    """'Gemeente Westerwolde en haar gemeentesecretaris Herman Zwart': the municipality 'haar' stands for; 'De
    gemeente Y heeft een nieuwe burgemeester, X', 'Amstelveen heeft nu vijf wethouders': the one that has it."""
    text = context.text
    possessed = _POSSESSED.search(text, max(0, match.start() - 12), match.start())
    clause = _clause_start(text, match.start())
    for named in reversed(list(_MUNICIPALITY_NAMED.finditer(text, clause, match.start()))):
        found = context.place_at(named.end())
        # "In de gemeente Haarlem van burgemeester Jos Wienen geldt ...": the office's own municipality
        if found and (possessed or _OF_PLACES.fullmatch(text, found[1], match.start())):
            return found[0]
    # "Amstelveen heeft nu vijf wethouders: ...", "Nu heeft Wassenaar een waarnemer, Frank Koen": the municipality
    # that has the office, as the clause's subject
    # (not a province's name: "Utrecht heeft een nieuwe burgemeester" may be either's)
    had = _HAS_OFFICES.search(text, max(0, match.start() - 60), match.start())
    if had and (opening := _OPENING.match(text, clause)) and (found := context.place_at(opening.end())):
        return found[0] if found[1] == had.start() and not _a_province_too(context, opening.end(), found[1]) else None
    inverted = _HAS_THEN_PLACE.match(text, clause)
    if inverted and (found := context.place_at(inverted.end())):
        held = _COUNT_AFTER_PLACE.fullmatch(text, found[1], match.start())
        return found[0] if held and not _a_province_too(context, inverted.end(), found[1]) else None
    return None


def _a_province_too(context: _Context, start: int, end: int) -> bool:
    return context.places.is_province(context.text[start:end])


_COUNT_OF = rf"{_NUMBER}[ \t\u00a0]+(?:(?:nieuwe|eigen|vaste)[ \t\u00a0]+)?"
_HAS_VERB = r"(?:heeft|krijgt|kreeg|had)"
_HAS_OFFICES = lazy_compile(
    rf"[ \t\u00a0]+{_HAS_VERB}[ \t\u00a0]+(?:(?:nu|inmiddels|weer|voortaan|dus)[ \t\u00a0]+)?{_COUNT_OF}$"
)
_OPENING = lazy_compile(r"\W*(?=[A-Z'])")
_HAS_THEN_PLACE = lazy_compile(rf"\W*(?:Nu|Dan|Inmiddels|Sindsdien)[ \t\u00a0]+{_HAS_VERB}[ \t\u00a0]+(?=[A-Z'])")
_COUNT_AFTER_PLACE = lazy_compile(rf"[ \t\u00a0]+{_COUNT_OF}")


def _full_name_at(context: _Context, position: int) -> bool:
    """A given name and a surname (or initials and a surname) right after `position`, past a space."""
    found = _NAME_AFTER_ROLE.match(context.text, position)
    return bool(found and found.start("name") > position and is_full_name(found.group("name").strip()))


def _line_label_place(context: _Context, match: re.Match[str]) -> Municipality | None:
    """A list of signatories or members, each line labelled with its municipality ('Gemeente Goes: wethouder M.
    Dieleman', 'Gemeente Beverwijk  burgemeester M. Smit'): the municipality of the line's label."""
    text = context.text
    line_start = text.rfind("\n", 0, match.start()) + 1
    label = _LINE_LABEL.fullmatch(text, line_start, match.start())
    found = context.place_at(label.start("place")) if label else None
    return found[0] if found and found[1] == label.end("place") else None


_LINE_LABEL = lazy_compile(
    r"[ \t\u00a0]*[Gg]emeente[ \t\u00a0]+(?P<place>\S.*?)[ \t\u00a0]*(?::[ \t\u00a0]*|[ \t\u00a0]{2,}|\t[ \t\u00a0]*)"
)


def _respective_places(
    context: _Context, first: Municipality, position: int,
) -> list[tuple[int, int, str, Municipality | None]]:
    """'De burgemeesters van Tilburg en Breda, Peter Noordanus en Paul Depla': places, then as many names, in the
    same order."""
    places = [first]
    while (joint := _LIST_SEPARATOR.match(context.text, position)) and (found := context.place_at(joint.end())):
        places.append(found[0])
        position = found[1]
    comma = _LISTED_PLACE.match(context.text, position)
    names = _names_after(context, comma.end(), True, False) if comma and len(places) >= 2 else []
    if len(names) != len(places):
        return []
    return [(start, end, name, place) for (start, end, name, _), place in zip(names, places, strict=True)]


# "als burgemeester van Zandvoort, respectievelijk Blaricum", "tot burgemeester van respectievelijk de gemeentes A en B"
_IN_TURN_TIE = lazy_compile(
    r"[ \t\u00a0]+(?:van|in)[ \t\u00a0]+(?P<in_turn>(?:respectievelijk|resp\.)[ \t\u00a0]+)?"
    r"(?:de[ \t\u00a0]+gemeente[ns]?[ \t\u00a0]+)?"
)
# (also set off by a dash: "De drie HLT-burgemeesters - respectievelijk A, B en C -")
_IN_TURN_SEPARATOR = lazy_compile(r"[ \t\u00a0]*[,–—-]?[ \t\u00a0]*(?:respectievelijk|resp\.)[ \t\u00a0]+")


def _places_in_turn(context: _Context, position: int) -> list[Municipality]:
    """The places after an office shared by a list of people, said to be theirs in turn ('respectievelijk')."""
    tie = _IN_TURN_TIE.match(context.text, position)
    if tie is None:
        return []
    if tie["in_turn"]:
        return _places_listed(context, tie.end())
    first = context.place_at(tie.end())
    separator = _IN_TURN_SEPARATOR.match(context.text, first[1]) if first else None
    return [first[0], *_places_listed(context, separator.end())] if first and separator else []


def _places_with_names(context: _Context, position: int) -> list[tuple[int, int, str, Municipality | None]]:
    """'De drie burgemeesters van de gemeenten waar het programma plaatsvond – Ooststellingwerf (Harry Oosterman),
    Opsterland (Ellen van Selm) en Smallingerland (Jan Rijpstra)': later in the clause, two or more municipalities each
    with the full name of its holder in parentheses."""
    text = context.text
    end = min(len(text), position + _PLACES_WITH_NAMES_REACH)
    for word in _CAPITALISED.finditer(text, position, _clause_end(text, position, end)):
        items: list[tuple[int, int, str, Municipality | None]] = []
        at = word.start()
        while (found := context.place_at(at)) and (paren := _PAREN.match(text, found[1])):
            start = paren.start("inside")
            name = _clean_name(paren["inside"], context, start)
            if not name or name != paren["inside"].strip() or not _two_words(name):
                break
            items.append((start, start + len(name), name, found[0]))
            joint = _LIST_SEPARATOR.match(text, paren.end())
            if not joint:
                break
            at = joint.end()
        if items:
            return items if len(items) >= 2 else []
    return []


_PLACES_WITH_NAMES_REACH = 160


def _clause_end(text: str, position: int, limit: int) -> int:
    """Where the clause holding `position` ends (the breaks _clause_start looks back for), at most at `limit`."""
    return next((m.start() for m in _SENTENCE_BREAK.finditer(text, position, limit)
                 if not _is_initial_dot(text, m.start())), limit)


def _subject_after_fronted_office(
    context: _Context, match: re.Match[str], after: int, provincial: bool,
) -> list[tuple[int, int, str, Municipality | None]]:
    """'Als burgemeester van Valkenswaard kent Anton Ederveen ...', 'Op zijn laatste dag als waarnemend burgemeester
    van de gemeente Reimerswaal, heeft Piet Zoon ...': the office opens the sentence, its holder follows the verb."""
    text = context.text
    if not _FRONTED_AS.search(text[_clause_start(text, match.start()):match.start()]):
        return []
    verb = _VERB_THEN.match(text, after)
    listed = _names_after(context, verb.end(), False, provincial) if verb else []
    # a full name, or a surname the verb's object or particle follows ("kreeg Snijders te maken met")
    return listed if listed and (is_full_name(listed[0][2]) or _LOWER_AFTER.match(text, listed[0][1])) else []


# (not a farewell: "Bij zijn afscheid als wethouder riep X ...")
def _name_before_colon(context: _Context, match: re.Match[str]) -> list[tuple[int, int, str, Municipality | None]]:
    """A list line 'Astrid Janssen: Wethouder Amersfoort': a full name, a colon, then the office."""
    if not _COLON_BEFORE.search(context.text, max(0, match.start() - 8), match.start()):
        return []  # (checked first: a long line would otherwise be read once for every office word on it)
    line_start = max(context.text.rfind("\n", 0, match.start()) + 1, match.start() - _MAX_CLAUSE)
    for start, end, name in context.names_between(line_start, match.start()):
        if _COLON_GAP.fullmatch(context.text, end, match.start()) and is_full_name(name):
            return [(start, end, name, _bare_place(context, match.end()))]
    return []


_COLON_GAP = lazy_compile(r"[ \t\u00a0]*:[ \t\u00a0]*")
_COLON_BEFORE = lazy_compile(r":[ \t\u00a0]*$")
_FRONTED_AS = lazy_compile(r"^(?!.*\b(?:afscheid|vertrek)\b)\W*(?:[A-Z]\w*(?:\s+\w+){0,5}\s+)?[Aa]ls\s+$")
# (a place the gazetteer does not read may stand between: "Als burgemeester van de provinciehoofdstad kreeg Snijders")
_VERB_THEN = lazy_compile(
    r"(?:[ \t\u00a0]+van[ \t\u00a0]+(?:de|het)[ \t\u00a0]+[a-zà-ÿ]+)?"
    # a relative clause on the place first: "Als burgemeester van Cranendonck, waar Budel onder valt, ziet hij"
    r"(?:[ \t\u00a0]*,?[ \t\u00a0]+(?:waar|die|dat)\b[^,.;:]{1,80},)?"
    r"[ \t\u00a0]*,?[ \t\u00a0]+(?!(?:van|in|uit|voor|bij|op|namens|met|door|en|waar|die|dat)\b)[a-z]+"
    r"(?:[ \t\u00a0]+(?:ook|dan|nu|nog|zelf))?(?=[ \t\u00a0]+[A-Z])"  # "mocht ook Liesbeth Grijsen het woord voeren"
)


_LOWER_AFTER = lazy_compile(r"[ \t\u00a0]+[a-z]")


_NEXT_SENTENCE_LIST = lazy_compile(
    # (or a caption's "vanaf links" after a semicolon: "te midden van de net benoemde wethouders; vanaf links A, B")
    r"[^.!?;]*;\s*(?:vanaf\s+links|van\s+links\s+naar\s+rechts|v\.?l\.?n\.?r\.?):?"
    # ("De raad bestaat thans uit A (PvdA), B en C van Natuurlijk Belang, ...")
    r"|[^.!?]*[.!?]\s+(?:(?:Het|Dat|Dit|De)(?:\s+[a-zà-ÿ]+)?\s+(?:gaat\s+om|zijn|is|waren|betreft"
    r"|(?:bestaat|bestaan)(?:\s+(?:thans|nu|voortaan|sindsdien))?\s+uit)"
    r"(?:\s+[a-zà-ÿ]+)?:?"
    # "... de laatste wethouder geïnstalleerd. Zijn naam is Jan Lankreijer", "Zijn naam: Klaas Sloots"
    r"|(?:Zijn|Haar)\s+naam(?:\s+is|:)"
    r"|Onder\s+hen(?:\s+(?:ook|onder\s+meer|onder\s+andere))?:?"  # "... de 37 raadsleden ... Onder hen ook A en B"
    # a caption: "De vijf wethouders. V.l.n.r.: A, B en C", "Op de foto van links naar rechts: A (CDA), B (CDA), ..."
    r"|(?:Op\s+de\s+foto(?:\s+(?:v\.?l\.?n\.?r\.?|van\s+links\s+naar\s+rechts))?|V\.?l\.?n\.?r\.?"
    r"|Van\s+links\s+naar\s+rechts):?"
    # "Namens de gemeente Edam-Volendam zijn dat A en B", "Voor het CDA Ermelo zijn dat: A, B"
    r"|(?:[A-Z][^.!?:]{0,60}?\s)?(?:zijn|is)\s+dat:?"
    # "... benoemde de gemeenteraad de nieuwe wethouders. Benoemd werden: A, B, C en D"
    r"|(?:Benoemd|Gekozen|Geïnstalleerd|Beëdigd|Herbenoemd)\s+(?:werden|zijn|worden|werd|is|wordt):)\s+"
)


_POLICY_AREAS = (
    r"Financiën|Financien|Onderwijs|Zorg|Economie|Wonen|Werk|Cultuur|Sport|Welzijn|Veiligheid|Mobiliteit|Verkeer|"
    r"Klimaat|Energie|Jeugd|Armoede|Duurzaamheid|Ruimtelijke\s+Ordening|Ruimte|Natuur|Milieu|Landbouw|Erfgoed|"
    r"Toerisme|Recreatie|Participatie|Personeel|Organisatie|Water|Wmo|Handhaving|Openbare\s+Ruimte|Volkshuisvesting|"
    r"Economische\s+Zaken|Sociale\s+Zaken|Sociaal\s+Domein|Openbare\s+Orde|Volksgezondheid|Gezondheid|"
    r"Ruimtelijke\s+Ontwikkeling|Economische\s+Ontwikkeling|Groen|Vervoer|Integratie|Grondzaken|Kunst|Emancipatie|Dierenwelzijn|Bouwen|Wijken|Wijkaanpak|Buurten|Landschap|Werkgelegenheid|Arbeidsmarkt|Leefbaarheid|Afval|Infrastructuur|Platteland|Europa|Bestuur|Maatschappelijke\s+[a-zà-ÿ]+|[a-zà-ÿ]+zaken"
    r"|Communicatie|Dienstverlening|Biodiversiteit|Evenementen|Digitalisering|Informatievoorziening|Inkoop|Asiel"
    r"|Openbaar\s+Gebied|Openbaar\s+Vervoer|Participatiewet|Omgevingswet|Omgevingsvisie|Citymarketing|Diversiteit|Inclusie"
    # compounds of an area: "Stadsontwikkeling", "Jeugdzorg", "Armoedebeleid", "Sociaal-domein"
    r"|[a-zà-ÿ]+(?:ontwikkeling|zorg|beleid|beheer|domein|huisvesting|onderwijs|bestrijding|opvang|participatie|vernieuwing)"
)
_POLICY_AREA = lazy_compile(rf"(?i:{_POLICY_AREAS})")


def is_policy_area(text: str) -> bool:
    """A portfolio's policy area, as a whole ("Veiligheid", "Sociale Zaken", "Wonen")."""
    return _POLICY_AREA.fullmatch(text.strip(" :")) is not None
# one or more areas: "Sport en Cultuur", "Natuur & Milieu"
_PORTFOLIO_AREAS = rf"(?i:{_POLICY_AREAS})(?:[ \t\u00a0]*(?:,|en|&)[ \t\u00a0]*(?i:{_POLICY_AREAS}))*"
_WHOLE_PORTFOLIO = lazy_compile(rf"(?=[A-Z]){_PORTFOLIO_AREAS}\b")  # capitalised: "Integratie", "Sociale Zaken"
_PORTFOLIO_LABEL = lazy_compile(
    r"[ \t\u00a0]+(?P<area>[A-Z][\w-]*(?:[ \t\u00a0]+(?:[A-Z][\w-]*|en|[a-zà-ÿ]+)){0,5}?)(?P<gap>[ \t\u00a0]*):"
    r"(?:[ \t\u00a0]*:)?[ \t\u00a0]+(?=[A-Z])"
)


def _portfolio_label(text: str, match: re.Match[str], after: int) -> re.Match[str] | None:
    """A line "Wethouder Openbare Werken : Diana van Damme-Fassaert", "Wethouder Financiën: Adri Totté": the office
    opening the line, its portfolio (a policy area, or set off by a space before the colon), the holder after; not
    "Burgemeester Marian van der Weele: Wettelijke taken, ...", a name before the colon."""
    label = _PORTFOLIO_LABEL.match(text, after)
    if label is None or text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip():
        return None
    area = label["area"]
    if is_given_name(area.split()[0]) or not (label["gap"] or _POLICY_AREA.search(area)):
        return None
    return label


# "wethouder Financiën Jan Brink", "gedeputeerde Natuur & Milieu Jan Jansen": the portfolio, then the name.
_PORTFOLIO = lazy_compile(  # also "de wethouder voor cultuur, Karin Bijl"
    rf"[ \t\u00a0]+(?:(?:van|voor)[ \t\u00a0]+)?(?:[A-Za-zà-ÿ][a-zà-ÿ]+e[ \t\u00a0]+)?{_PORTFOLIO_AREAS},?"
    rf"(?=[ \t\u00a0]+(?:[A-Z]|en[ \t\u00a0]+loco|{_TITLES}))"
)


_PORTFOLIO_BEFORE_TIE = lazy_compile(
    rf"[ \t\u00a0]+(?:(?:van|voor)[ \t\u00a0]+)?(?:[a-zà-ÿ]+e[ \t\u00a0]+)?{_PORTFOLIO_AREAS}"
    # "wethouder Sport bij de gemeente Lochem", "wethouder Sport gemeente Aalten"
    r"(?=[ \t\u00a0]+(?:van|in|bij|[Gg]emeente)[ \t\u00a0])"
)


# "wethouder Eerenberg van Financiën in Enschede": a portfolio between the name and the place
_PORTFOLIO_AFTER_NAME = lazy_compile(
    rf"[ \t\u00a0]+van[ \t\u00a0]+{_PORTFOLIO_AREAS}(?=[ \t\u00a0]+(?:van|in)[ \t\u00a0])"
)


def _starts_an_area(text: str, start: int, end: int) -> bool:
    """The word is the first of a policy area of more words ("Sociale" of "Sociale zaken"); not "Groen" alone."""
    area = _POLICY_AREA.match(text, start)
    return area is not None and area.end() > end


def _skip_portfolio(text: str, position: int) -> int:
    found = _PORTFOLIO.match(text, position)
    return found.end() if found else position


# an office counted out to the parties: "Er komen zes wethouders.", "Alle drie partijen leveren ook een wethouder."
_COUNTED = lazy_compile(rf"\b{_COUNT_OF}$", re.I)
# "Voor de PvdA Hein de Haan en Hein Kuiken, voor GroenLinks ...", "voor de VVD is dat X", "Voor Leefbaar
# Schouwen-Duiveland wordt dat X": the party, then who it gives the office to
_FOR_PARTY = lazy_compile(
    r"(?:^|(?<=[.:;,])|(?<=\ben))[ \t\u00a0]*(?:[Vv]oor"
    # "Amstelveen heeft nu vijf wethouders: twee van de VVD: A en B, twee van D66: C en D"
    rf"|{_NUMBER}[ \t\u00a0]+van)[ \t\u00a0]+(?:de[ \t\u00a0]+|het[ \t\u00a0]+)?"
)
_PARTY_WORD_THEN = lazy_compile(r"[ \t\u00a0]*[A-Z][\w'’&/-]*(?=[ \t\u00a0:])")
_THAT_IS = lazy_compile(
    # ("Op 29 maart werden de 17 nieuwe raadsleden beëdigd. Voor het CDA waren dat A, B ...")
    r"[ \t\u00a0]+(?:is|zijn|was|waren|wordt|worden)[ \t\u00a0]+dat(?=[ \t\u00a0])|[ \t\u00a0]*:(?=[ \t\u00a0])"
    # "Voor CDA zitten Jeroen Bruijns, Marc van Oosterbosch, ... in de raad", "Voor PGB zitten in de raad: ..."
    r"|[ \t\u00a0]+(?:zit|zitten)(?:[ \t\u00a0]+in[ \t\u00a0]+de[ \t\u00a0]+(?:gemeente)?raad)?[ \t\u00a0]*:?(?=\s)",
    re.I,
)


def _party_by_party(
    context: _Context, position: int, provincial: bool,
) -> list[tuple[int, int, str, Municipality | None]]:
    """'Er komen zes wethouders. Voor de PvdA A en B, voor GroenLinks C': the people each party gives the office
    to, in the sentences right after the count."""
    text = context.text
    next_start = _next_sentence_start(text, position)
    end = _next_sentence_start(text, next_start) if next_start >= 0 else -1  # this sentence and the next
    end = len(text) if end < 0 else end
    found: list[tuple[int, int, str, Municipality | None]] = []
    for party_start in _FOR_PARTY.finditer(text, position, end):
        at = party_start.end()
        for _ in range(3):  # a party of up to three words: "Leefbaar Schouwen-Duiveland"
            word = _PARTY_WORD_THEN.match(text, at)
            if not word:
                break
            at = word.end()
            that = _THAT_IS.match(text, at)
            listed = _names_after(context, that.end() if that else at, True, provincial)
            if listed and (that or not text[at:listed[0][0]].strip() or _titled(text, listed[0][0])):
                found += listed
                break
    return found


# one's first day or week in office: "Het is zijn eerste werkdag als burgemeester"
_FIRST_DAY_AS = lazy_compile(
    r"\b(?:zijn|haar)[ \t\u00a0]+eerste[ \t\u00a0]+(?:werk)?(?:dag|week)[ \t\u00a0]+als[ \t\u00a0]+$", re.I
)
_SUBJECT_VERB = lazy_compile(r"[ \t\u00a0]*(?:\([^()]{1,40}\))?[ \t\u00a0]+(?:is|wordt|werd)\b")


def _subject_of_next_sentence(
    context: _Context, position: int, provincial: bool,
) -> list[tuple[int, int, str, Municipality | None]]:
    """A full name opening the next sentence, its verb "is", "wordt" or "werd" right after it."""
    start = _next_sentence_start(context.text, position)
    if start < 0:
        return []
    found = _names_after(context, start, False, provincial)
    if found and is_full_name(found[0][2]) and not context.text[start:found[0][0]].strip() and _SUBJECT_VERB.match(
            context.text, found[0][1]):
        return found
    # the subject after its verb, the sentence opening with when or where: "Aalten heeft een nieuwe burgemeester.
    # Tijdens een bijzondere raadsvergadering vrijdagmiddag werd Anton Stapelkamp officieel geïnstalleerd."
    verb = _INVERTED_VERB.match(context.text, start)
    found = _names_after(context, verb.end(), False, provincial) if verb else []
    return found if (found and is_full_name(found[0][2]) and _INSTALLED_AFTER.match(context.text, found[0][1])) else []


_INVERTED_VERB = lazy_compile(r"\s+[A-Z][^.!?\n]{0,100}?\b(?:werd|is|wordt)[ \t\u00a0]+(?=[A-Z])")
_INSTALLED_AFTER = lazy_compile(
    r"(?:[ \t\u00a0]+[a-z]+){0,3}[ \t\u00a0]+(?:geïnstalleerd|beëdigd|benoemd|aangesteld)\b"
)


def _next_sentence_start(text: str, position: int) -> int:
    """Where the sentence after the one at `position` starts (its white space before), else -1."""
    found = _SENTENCE_END.match(text, position)
    return found.end() if found else -1


_SENTENCE_END = lazy_compile(r"[^.!?\n]*[.!?](?=\s+[A-Z])")


def _counted_list_at_the_end(
    context: _Context, match: re.Match[str], provincial: bool,
) -> list[tuple[int, int, str, Municipality | None]]:
    """'Twee wethouders maakten ook deel uit van het vorige college, A (ChristenUnie/SGP) en B (VVD).': as many names
    as the office counts, listed after a comma up to the sentence's end."""
    text = context.text
    counted = _COUNTED.search(text, max(0, match.start() - 30), match.start())
    if counted is None or text[_clause_start(text, counted.start()):counted.start()].strip():
        return []  # the count opens the clause, its subject ("de twee wethouders en de ambtenaren, onder wie ...")
    count = _count_of(counted.group().split()[0])
    end = _sentence_end(text, match.end())
    for comma in (index + 1 for index in range(match.end(), end) if text[index] == ","):
        listed = _names_after(context, comma, True, provincial)
        if listed and not text[_skip_affiliation(text, listed[-1][1]):end].strip(" \t\u00a0.!"):
            return listed if len(listed) == count else []
    return []


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence at `position` ends (after its full stop), else the text's end."""
    end = _next_sentence_start(text, position)
    return end if end >= 0 else len(text)


def _next_sentence_list(text: str, position: int) -> int:
    """'... drie zittende wethouders terug. Het gaat om A, B en C.': where the names start, else -1."""
    found = _NEXT_SENTENCE_LIST.match(text, position)
    return found.end() if found else -1


def _mention(
    context: _Context, name: str, role: str, start: int, end: int, place: Municipality | None,
    match: re.Match[str], provincial: bool,
) -> _Mention:
    if place is None and not provincial:
        place = (_adjective_place(context, match.start()) or _line_place(context, match.start())
                 or _place_of_the_office_before(context, match, role))
    return _Mention(name, role, start, end, place)


_ROW_GAP = lazy_compile(r"(?:[ \t\u00a0]*\([^()\n]{1,20}\))?[ \t\u00a0]+")  # "Brunssum (wnd.) Burgemeester"
_PROGRAMME_GAP = lazy_compile(r"[ \t\u00a0]+(?:[–—-][ \t\u00a0]+)?")
# what a programme's row may open with before its place: its time, the word "Gemeente"
_ROW_LEAD = lazy_compile(
    r"[ \t\u00a0]*(?:\d{1,2}[.:]\d\d(?:[ \t\u00a0]+uur)?[ \t\u00a0]+)?(?:[Gg]emeente[ \t\u00a0]+)?"
)


def _line_place(context: _Context, role_start: int) -> Municipality | None:
    """A table's row: 'Beek Burgemeester C. van Basten-Boddin', 'Brunssum (wnd.) Burgemeester G. Leers'."""
    line_start = context.text.rfind("\n", 0, role_start) + 1
    # a programme's row: "13.40 uur Gemeente Groningen – burgemeester X" (without its lead a dash is a dateline's:
    # "Coevorden – Burgemeester Renze Bergsma hield ...")
    lead = _ROW_LEAD.match(context.text, line_start)
    gap = _PROGRAMME_GAP if lead.group().strip() else _ROW_GAP
    line_start = lead.end()
    found = context.place_at(line_start) if role_start - line_start <= 60 else None
    # not a dateline in capitals: "AMERSFOORT Wethouder Willem-Jan Stegeman ..."
    if (found and not context.text[line_start:found[1]].isupper()
            and gap.fullmatch(context.text, found[1], role_start)):
        return found[0]
    return None


def _place_of_the_office_before(context: _Context, match: re.Match[str], role: str) -> Municipality | None:
    """'... bezocht door de burgemeester van de gemeente Velsen. Burgemeester Frank Dales gaf een gastles': the same
    office named with its place, without a name, in the sentences just before."""
    text = context.text
    clause_start = _clause_start(text, match.start())
    window = max(text.rfind("\n", 0, clause_start) + 1, clause_start - 300)
    for earlier in _ROLE.finditer(text, window, clause_start):
        if _role_of(earlier) != role or not re.search(r"\bde\s+$", text[max(0, earlier.start() - 4):earlier.start()]):
            continue
        place, after = _tied_place(context, earlier.end())
        # the office must be nobody's in its own sentence ("X is voorgedragen als de nieuwe burgemeester van Y")
        sentence = _clause_start(text, earlier.start())
        if (place is not None and re.match(r"\s*[.,;:!?]", text[after:after + 2])
                and not context.names_between(sentence, after)):
            return place
    return None


# a plural office that ends its line ("Recent benoemde burgemeesters", "De vier nieuwe wethouders zijn:")
_HEADS_LINES = lazy_compile(
    r"[ \t\u00a0]*(?:(?:zijn|waren)[ \t\u00a0]*)?:?[ \t\u00a0]*\n"
    # in which order, then the colon: "De gekozen raadsleden in alfabetische volgorde:" (not a verb's words, "De
    # volgende wethouders worden voorgesteld:")
    r"|[ \t\u00a0]+(?:in|op|naar|per)(?:[ \t\u00a0]+[a-zà-ÿ]+){1,3}[ \t\u00a0]*:[ \t\u00a0]*\n"
    # whom they speak for may close the line, when numbered or bulleted lines follow: "bestaat het college uit 5
    # wethouders namens de coalitie van VVD, GBV en PvdA." / "1. Ad van den Oever (VVD)"
    r"|[ \t\u00a0]+(?:namens|van|voor)[ \t\u00a0][^\n]{0,80}[.:]?[ \t\u00a0]*\n"
    r"(?=\s*(?:[•·*▪–-]|\d{1,2}[.)])[ \t\u00a0])"
)
# what may open a list line before its name: a bullet, a number, a date ("01-04-2019: drs. R.F.I. Palmen")
_LINE_ITEM = lazy_compile(  # ... and a party before the line's names: "• WaterlandNatuurlijk: A, B en C;"
    r"[ \t\u00a0]*(?:[•·*▪–-]|\d{1,2}[.)]|\d{1,2}-\d{1,2}-\d{2,4}[ \t\u00a0]*:)?"
    r"(?:[ \t\u00a0]*[A-Z][\w/&.+-]*(?:[ \t\u00a0][A-Z][\w/&.+-]*){0,3}[ \t\u00a0]*:(?=[ \t\u00a0]))?"
)
_PLACE_ENDS_LINE = lazy_compile(r"[ \t\u00a0]*,[ \t\u00a0]*")
_MAX_LIST_LINE = 120
_NAME_PARTY_COLON = lazy_compile(r"[^()\n:]{3,60}\([^()\n]{1,40}\):")


def _names_on_lines(
    context: _Context, position: int, provincial: bool,
) -> list[tuple[int, int, str, Municipality | None]]:
    """A plural office heading the lines below it, a name a line (a blank line may stand between), each with its
    place after a comma: "Recent benoemde burgemeesters\n01-04-2019: drs. R.F.I. Palmen, Horst aan de Maas"."""
    text = context.text
    head = _HEADS_LINES.match(text, position)
    names: list[tuple[int, int, str, Municipality | None]] = []
    line_start = head.end() if head else len(text)
    blank = 0
    while line_start < len(text):
        line_end = _line_end(text, line_start)
        if not text[line_start:line_end].strip():
            blank += 1
            if blank > 1:
                break
            line_start = line_end + 1
            continue
        blank = 0
        item = _LINE_ITEM.match(text, line_start)
        # (a long line too when it opens with the name, its party and a colon: "1. Mirjam de Rijk (GroenLinks): Milieu
        # en Duurzaamheid, Economische Zaken, ...")
        listed = (_names_after(context, item.end(), True, provincial)
                  if line_end - line_start <= _MAX_LIST_LINE or _NAME_PARTY_COLON.match(text, item.end()) else [])
        if not listed or not (is_full_name(listed[0][2]) or _two_words(listed[0][2])):
            break
        if len(listed) == 1:
            start, end, name, place = listed[0]
            if place is None and not provincial and (comma := _PLACE_ENDS_LINE.match(text, _skip_parens(text, end))):
                found = context.place_at(comma.end())
                place = found[0] if found and not text[found[1]:line_end].strip() else None
            listed = [(start, end, name, place)]
        names += listed
        line_start = _line_end(text, listed[-1][1]) + 1
    return names


def _line_end(text: str, position: int) -> int:
    """Where the line holding `position` ends: its line break, or the end of the text."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _two_words(name: str) -> bool:
    """A name of a given name unknown to the list and a surname ("Tavita van Galen"), not a surname alone."""
    words = name.split()
    return len(words) >= 2 and not is_particle(words[0].lower())


def _list_intro_end(text: str, position: int) -> int:
    intro = _LIST_INTRO.match(text, position)
    return intro.end() if intro else position


# A sentence that opens with a part of the holders: "Van de vier wethouders van destijds is inmiddels alleen Friso
# Douwstra van Leeuwarden nog in functie", "Van de huidige wethouders willen in ieder geval A (CDA) en B graag door"
_PARTITIVE = lazy_compile(
    r"(?:^|[.!?:]\s+|\n\s*)[Vv]an[ \t\u00a0]+(?:de|deze|die)[ \t\u00a0]+(?:[a-zà-ÿ0-9]+[ \t\u00a0]+){0,2}$"
)
_SENTENCE_CLOSE = lazy_compile(r"[.!?;](?=\s|$)|\n")  # (a colon opens the list: "... eentje over: X")


def _partitive_names(context: _Context, after: int, role: str) -> list[tuple[int, int, str, Municipality | None]]:
    """The first group of names in the rest of the sentence, each with the place that follows it."""
    close = _SENTENCE_CLOSE.search(context.text, after)
    end = close.start() if close else len(context.text)
    office = _ROLE.search(context.text, after, end)  # names after another office are that one's
    groups = _name_groups(context, after, office.start() if office else end, role)
    found = []
    for start, _, name in groups[0] if groups else []:
        name, place, _ = _split_place_from_name(context, name, start)  # "Friso Douwstra van Leeuwarden"
        found.append((start, start + len(name), name, place))
    return found


def _apposition_mention(context: _Context, match: re.Match[str], role: str, name: str, start: int, end: int,
                        role_place: Municipality | None, after: int, provincial: bool) -> _Mention:
    """The officeholder of an apposition before the office, with the place the office or the name ties."""
    if provincial:
        return _mention(context, _strip_province(name), role, start, end, None, match, provincial)
    name, own_place, _ = _split_place_from_name(context, name, start)
    # (the name's own parenthesis may hold it: "Ellen Nauta (Hof van Twente, CDA), burgemeester")
    place = (role_place or own_place or _bare_place(context, after) or _parenthesis_place(context, end)
             or _represented(context, start))
    mention = _mention(context, name, role, start, start + len(name), place, match, provincial)
    mention.became = _became(context.text, match) and _WHO_IS.match(context.text[end:match.start()]) is not None
    return mention


def _parenthesis_place(context: _Context, name_end: int) -> Municipality | None:
    paren = _PAREN.match(context.text, name_end)
    return _place_in(context, _parenthesis_parts(paren)) if paren else None


def _represented(context: _Context, start: int) -> Municipality | None:
    """The municipality a contract's party is, for the one named as its representative: "De gemeente Beesel, ...
    rechtsgeldig vertegenwoordigd door de heer M.H.J. Roelofs, in zijn hoedanigheid van wethouder"."""
    text = context.text
    parties = list(_MUNICIPALITY_NAMED.finditer(text, max(0, start - 200), start))
    found = context.place_at(parties[-1].end()) if parties else None
    if found is None or not _REPRESENTED_BY.search(text, found[1], start):
        return None
    return found[0]


# "De gemeente Beesel, ten deze gelet op artikel 171 van de Gemeentewet, rechtsgeldig vertegenwoordigd door de heer"
_REPRESENTED_BY = lazy_compile(rf"\bvertegenwoordigd[ \t\u00a0\n]+door[ \t\u00a0]+(?:{_TITLES})?$")


def _lists_owner(text: str, match: re.Match[str], colon: int) -> int:
    """Where the plural office stands that owns the list after a colon: the clause's first one that is no object of a
    preposition ("Na de benoeming van de wethouders werden er 4 nieuwe raadsleden benoemd, die de plaats van de
    wethouders innemen; A (VVD), B (GroenLinks)": the raadsleden), else the first."""
    plurals = [other for other in _ROLE.finditer(text, _clause_start(text, match.start()), colon) if _is_plural(other)]
    free = [other for other in plurals if not _GOVERNED.search(text, max(0, other.start() - 40), other.start())]
    return (free or plurals or [match])[0].start()


def _brought_with(context: _Context, match: re.Match[str], role: str,
                  ) -> list[tuple[int, int, str, Municipality | None]]:
    """Those a fronted "Met" brings as the offices the clause counts: "Met Nijland heeft Montferland nu een wethouder
    uit Angerlo", "Met A en B hebben we ... twee nieuwe wethouders"; the municipality when it is the verb's subject."""
    text = context.text
    clause_start = _clause_start(text, match.start())
    fronted = _WITH_FRONTED.match(text, clause_start)
    verb = _HAS.search(text, fronted.end(), match.start()) if fronted else None
    if verb is None or not _COUNTED_OFFICE.search(text, verb.end(), match.start()):
        return []
    groups = _name_groups(context, fronted.end(), verb.start(), role)
    if len(groups) != 1 or text[_skip_parens(text, groups[0][-1][1]):verb.start()].strip():
        return []
    place = context.place_at(verb.end())
    return [(start, end, name, place[0] if place else None) for start, end, name in groups[0]]


_WITH_FRONTED = lazy_compile(r"[ \t\u00a0]*Met[ \t\u00a0]+")
_HAS = lazy_compile(r"[ \t\u00a0]+(?:heeft|hebben|krijgt|krijgen|telt|tellen)[ \t\u00a0]+")
# the office counted: "nu een wethouder", "daar echter twee uitstekende nieuwe wethouders"
_COUNTED_OFFICE = lazy_compile(
    r"\b(?:een|twee|drie|vier|vijf)[ \t\u00a0]+(?:[a-zà-ÿ]+[ \t\u00a0]+){0,3}(?:\w+-)?$")


def _list_ending_in(context: _Context, match: re.Match[str], role: str,
                    last: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """The list of names that `last` ends, before a plural office: "A, B en C, raadsleden"."""
    groups = _name_groups(context, _clause_start(context.text, match.start()), match.start(), role)
    set_apart = (_SET_APART.match(context.text, _skip_parens(context.text, last[1]), match.start())
                 or _OPENS_PARENTHESIS.fullmatch(context.text, last[1], match.start()))  # "A en B (wethouders)"
    return groups[-1] if groups and groups[-1][-1][:2] == last[:2] and set_apart else [last]


# a comma or a dash sets the office apart from the list: "A en B - wethouders gemeente Barneveld"; not "A (CDA) en B
# (CDA) waarnemende burgemeesters gekregen", the object of a clause
_SET_APART = lazy_compile(r"[ \t\u00a0]*[,;:–—-]")
_IN_CAPACITY = lazy_compile(
    r"[ \t\u00a0]*(?:\([^()]{1,60}\)[ \t\u00a0]*)?,?[ \t\u00a0]*(?:\n[ \t\u00a0]*)?"
    # (a deed: "door de heer Krijns in de hoedanigheid van wethouder"; not "X in de rol van burgemeester", a play)
    r"in[ \t\u00a0]+(?:(?:zijn|haar)[ \t\u00a0]+(?:hoedanigheid|functie|rol|kwaliteit)|de[ \t\u00a0]+hoedanigheid)"
    r"[ \t\u00a0]+(?:van|als)[ \t\u00a0]+(?:\w+-)?"
)
_NOT_ONE = lazy_compile(r"\bgeen[ \t\u00a0]+$")
# one of them: "Stork, een der langst zittende raadsleden in Nederland, blijft actief"
_ONE_OF_THEM = lazy_compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:een|één)[ \t\u00a0]+(?:van[ \t\u00a0]+de|der)[ \t\u00a0]")
_OPENS_PARENTHESIS = lazy_compile(r"[ \t\u00a0]*\(")


def _apposition_before(context: _Context, match: re.Match[str], role: str) -> tuple[int, int, str] | None:
    """The name of 'Jan Jansen, wethouder', 'Jan Jansen (CDA) – nu burgemeester', 'Jan Jansen (burgemeester',
    'dat Jan Jansen (PvdA) burgemeester wordt'."""
    role_start = match.start()
    clause_start = _clause_start(context.text, role_start)
    candidates = list(context.names_between(clause_start, role_start))
    if not candidates:
        return None
    start, end, name = candidates[-1]
    gap = context.text[end:role_start]
    if _is_plural(match) and not _AND_BEFORE.search(context.text, max(0, start - 60), start) and not (
            _ONE_OF_THEM.match(gap)) and len(_list_ending_in(context, match, role, candidates[-1])) < 2:
        # "voorgezeten door Fred de Graaf, de raadsleden ...": one name is no apposition of several; a list is, with
        # or without its "en" ("mevrouw A (D66), de heren B (CDA), C (VVD), wethouders;")
        return None
    if _IN_CAPACITY.fullmatch(gap):
        return start, end, name  # "vertegenwoordigd door de heer M.H.J. Roelofs, in zijn hoedanigheid van wethouder"
    if _NOT_ONE.search(gap):
        return None  # "met RTV Noord, geen burgemeester die ...": what someone is not
    owner = context.claimed_by(start, end)
    # claimed by the same office, the apposition repeats it with its place: "Burgemeester Sander Schelberg, sinds
    # eind 2012 burgemeester van Hengelo"
    # ("X, die nu commissaris van de Koning is": the office the relative clause says is held now is X's too)
    if (_RELATIVE.search(gap) or (_GOVERNED.search(gap) and not _ONE_OF_THEM.match(gap)) or _AND_ANOTHER.search(gap)
            or (owner is not None and owner.role != role and not _HELD_NOW.fullmatch(gap)
                and not _NOW_IN_PARENS.fullmatch(gap) and not _became(context.text, match))):
        return None
    if _PLACE_OF_AN_OFFICE.search(context.text, max(0, start - 40), start):
        return None  # "X, nu nog burgemeester van De Marne, maar vanaf 1 januari waarnemer": a place, not a name
    if _UP_AS.fullmatch(gap) and _SUCCEEDED.search(context.text, clause_start, start):
        return None  # "Luteijn volgt op 1 februari Asje van Dijk op, als waarnemend burgemeester": the one succeeded
    if _AS_PREDICATE.fullmatch(gap) and len(_name_groups(context, clause_start, role_start, role)[-1]) > 1:
        return None  # "A (CDA), B (VVD) en C (PvdA), tot wethouder benoemd": the whole list is, as the clause's subject
    if _NAME_BEFORE_PAREN.match(gap):
        return start, end, name
    introduced = _INTRODUCED.search(context.text[max(0, start - 40):start])
    # "beraadsvoorzitter Wouter Kolff, burgemeester van Dordrecht": the office with its place is his too
    # (not "corsovoorzitter X, de burgemeester van Teylingen, Carla Breuer": another person, named after)
    placed = (introduced is not None and gap.strip() == "," and _tied_place(context, match.end())[0] is not None)
    if _APPOSITION_GAP.match(gap) and not _WHO.match(gap) and (not introduced or owner is not None or placed
                                       or re.match(r"\s*,\s*(?:ook|tevens|tegelijk)\s", gap)):
        return start, end, name  # "regiovoorzitter Van Veldhuizen, ook burgemeester van Enschede": one person
    if _OTHER_OFFICE_FIRST.match(gap) and is_full_name(name):
        return start, end, name
    if (_PARENS_ONLY.fullmatch(gap) or _WHO_IS.match(gap)
            or (_DATE_THEN_THE.fullmatch(gap) and _THAT_BEFORE.search(context.text, max(0, start - 6), start))) and (
            _VERB_FINAL.match(context.text, match.end())):
        # "dat X (PvdA) waarnemend burgemeester wordt", "dat Nadine Stemerdink per 17 mei de nieuwe burgemeester van
        # Voorschoten wordt"
        return start, end, name
    if (_CAPTION_GAP.fullmatch(gap) and match.group(0)[:1].islower()
            and (is_full_name(name) or _titled(context.text, start))
            and name.split()[0].lower() not in _STOPWORDS
            and ("(" in gap or _CAPTION_START.search(_without_title(context.text[clause_start:start])))):
        # a caption, "Bas Eenhoorn burgemeester van Amstelveen opent ...", or a party between: "X (D66) wethouder";
        # a list's line, its title too: "ir. J.C. Slagboom gemeentesecretaris"
        return start, end, name
    # "Sanja Duijvestijn, Gemeentebelangen raadslid", "Pieter Verhoeve, voorzitter van de Koninklijke Bond en
    # burgemeester": what looked like the last name is a party or an organisation in the apposition
    for start, end, name in reversed(candidates[-3:-1]):
        gap = context.text[end:role_start]
        if (is_full_name(name) and (_APPOSITION_GAP.match(gap) or _OTHER_OFFICE_FIRST.match(gap))
                and not _RELATIVE.search(gap)
                and not _GOVERNED.search(gap) and context.claimed_by(start, end) is None
                and not _INTRODUCED.search(context.text[max(0, start - 40):start])):
            return start, end, name
    return None


_AS_PREDICATE = lazy_compile(r"(?:[ \t\u00a0]*\([^()]{1,60}\))?[ \t\u00a0]*,[ \t\u00a0]*(?:tot|als)[ \t\u00a0]+")
_AND_BEFORE = lazy_compile(rf"\ben[ \t\u00a0]+(?:{_TITLES})?$")  # "A en B, raadsleden"
# "minister-president Rutte, vier bewindslieden en de burgemeester van Den Haag": a list of others, no apposition
def _became(text: str, match: re.Match[str]) -> bool:
    """'... die burgemeester werd van Noord-Beveland', '... die burgemeester is geworden': the office, then the verb
    of becoming, in a relative clause."""
    return _BECAME.match(text, match.end()) is not None


_BECAME = lazy_compile(r"[ \t\u00a0]+(?:werd|is[ \t\u00a0]+geworden)\b")
# "De toenmalig burgemeester John Berends (nu commissaris van de Koning)": the office held now
_NOW_IN_PARENS = lazy_compile(r"[ \t\u00a0]*\([ \t\u00a0]*(?:nu|thans|inmiddels|tegenwoordig)[ \t\u00a0]+")
_HELD_NOW = lazy_compile(r"[ \t\u00a0]*,[ \t\u00a0]*die[ \t\u00a0]+(?:nu|inmiddels|thans|tegenwoordig)[ \t\u00a0]+")
_AND_ANOTHER = lazy_compile(r"\ben[ \t\u00a0]+(?:de|het|een)[ \t\u00a0]+$")
_PLACE_OF_AN_OFFICE = lazy_compile(
    r"(?:meester|houder|raadslid|secretaris|griffier)s?[ \t\u00a0]+(?:van|in)[ \t\u00a0]+"
    r"(?:de[ \t\u00a0]+gemeente[ \t\u00a0]+)?$",
    re.I,
)
_WHO = lazy_compile(r"\s*,\s*die\b")  # "aan de Bloemenbuurt, die de wethouder niet ...": a relative clause's antecedent
_CAPTION_GAP = lazy_compile(rf"(?:[ \t\u00a0]*\([^()]{{1,40}}\))?(?:[ \t\u00a0]+{_DEGREE})*[ \t\u00a0]+")
# what may stand before a caption's name in its clause: nothing, or "Op de foto", "Foto:", "v.l.n.r."
_CAPTION_START = lazy_compile(  # ... or a quotation's speaker: '"...", zegt Bert Wassink burgemeester van Terschelling'
    r"^\W*$|(?:\bfoto|\bv\.?\s?l\.?\s?n\.?\s?r)\W*$|\b(?:zegt|zei|aldus|vertelt|vertelde)\s+$", re.I
)


_UNKNOWN_PLACE = lazy_compile(  # (also before the name's apposition: "De wethouder van Nieuw-Lekkerland, de heer X")
    r"[ \t\u00a0]+van[ \t\u00a0]+(?:de[ \t\u00a0]+gemeente[ \t\u00a0]+)?[A-Z][\w'’-]+"
    # (or initials: "de huidige burgemeester van Dinteloord, A. Schout")
    # (or a title: "de burgemeester van Vlagtwedde mevrouw Leontien Kompier")
    r"(?=[ \t\u00a0]+(?:(?:de[ \t\u00a0]+heer|mevrouw)[ \t\u00a0]+)?[A-Z]"
    r"|,[ \t\u00a0]+(?:(?:de[ \t\u00a0]+heer|mevrouw)[ \t\u00a0]+|(?:[A-Z]\.[ \t\u00a0]?)+)[A-Z])"
)
_OF_WHAT = lazy_compile(  # (or where: "een raadslid in Yerseke, Andries Jumelet, is")
    r"[ \t\u00a0]+(?:van|in|uit|bij)[ \t\u00a0]+(?:(?:de|het|die|deze)[ \t\u00a0]+)?[\w'’ -]{1,40}?,"
    r"[ \t\u00a0]+(?=[A-Z])"
)
# "burgemeester van Hoek vormden": a lower-case "van" and one word that names no municipality, then no more name.
_VAN_SURNAME = lazy_compile(rf"[ \t\u00a0]+(?P<name>van{_S}(?P<surname>{_UP}))(?![\w'’-])(?![ \t\u00a0]+[A-Z])")


_BARE_QUALIFIER = lazy_compile(r"(?:\b(?:waarnemend|interim|demissionair|vertrekkend|scheidend)[\s-]+)?$", re.I)


def _used_as_title(text: str, role_start: int) -> bool:
    """'met burgemeester van Hoek', 'en burgemeester van Agtmaal': the role stands before a name as a title. After
    an article, a determiner or an adjective, or 'als'/'tot', it is a noun whose 'van' names a place: 'de oudste
    burgemeester van Nederland', 'benoemd tot burgemeester van Zevenhuizen'."""
    # an uninflected qualifier says nothing: "wordt vanaf 1 maart waarnemend burgemeester van Middelharnis"
    role_start -= len(_BARE_QUALIFIER.search(text, max(0, role_start - 20), role_start).group())
    window = text[max(0, role_start - 30):role_start]
    if re.search(r"\b(?:door|met|bij|aan|voor|naast|en)\s+$", window, re.I):
        return True  # "werd hij door burgemeester van Selm welkom geheten"
    if _PREDICATE.search(window) or _after_a_name(window):
        return False  # "Van Mastrigt is sinds 2004 burgemeester van Winsum": the office of the clause's subject
    if _AFTER_A_COMMA.search(window):
        return False  # "Gerrit Goedhart, burgemeester van Noordwijkerhout,": an apposition's office and its place
    before = re.search(r"(\w+)\W*$", window)
    if before is None:
        return True
    word = before.group(1).lower()
    return re.search(r"\bonder\s+andere\s*$", window, re.I) is not None or (
        word not in _NOUN_MARKERS and not word.endswith("e")
    )


_AFTER_A_COMMA = lazy_compile(r"\w,\s*(?:[a-z0-9]+\s+){0,3}$")  # also "Yves de Boer, nu nog burgemeester van ..."
# "is sinds 2004 burgemeester van Winsum"; not "Inmiddels is wethouder van Helden", where the title opens the subject
_PREDICATE = lazy_compile(r"\b(?:is|was|wordt|werd|blijft|bleef)\s+[^\s.;,][^.;,]{0,24}\s+$", re.I)
# the verb right after a name: "Johannes Rijpstra was burgemeester van Zelhem" (not an inversion after an adverb:
# "Inmiddels is wethouder van Helden namens de gemeente Leudal gearriveerd")
_NAME_THEN_VERB = lazy_compile(
    r"(?<![\w'’-])(?P<given>[A-Z][\w'’-]+)\s+(?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][\w'’-]+\s+(?:is|was|wordt|werd)\s+$"
)


def _after_a_name(before: str) -> bool:
    """Whether the office follows its verb right after a full name, as that name's predicate ("Johannes Rijpstra was
    burgemeester van Zelhem"; not "voor Brummen was wethouder Luuk Tuiten present", a place before the verb)."""
    verb = _NAME_THEN_VERB.search(before)
    return verb is not None and is_given_name(verb["given"]) and verb["given"].lower() not in _STOPWORDS


_NOUN_MARKERS = {"de", "het", "een", "als", "tot", "ons", "onze", "zijn", "haar", "hun", "uw", "mijn", "jullie", "deze",
                 "die", "dit", "dat", "elke", "iedere", "welke", "geen", "eerst", "toenmalig", "voormalig",
                 "jaar", "jaren", "maanden", "lang"}  # "62 jaar burgemeester van Geervliet": a predicate


# "van Brabants grootste gemeente", "van Nederlands oudste": a country's or province's, not a surname
_REGION_ADJECTIVES = frozenset({
    "Nederlands", "Brabants", "Limburgs", "Gelders", "Fries", "Zeeuws", "Drents", "Gronings", "Utrechts",
    "Overijssels", "Flevolands", "Hollands", "Twents", "Achterhoeks", "Zuid-Hollands", "Noord-Hollands",
})


def _office_in_parenthesis(context: _Context, match: re.Match[str], role: str) -> bool:
    """The office opens a parenthesis right after a name: "Kerckhaert (burgemeester van Hengelo)"."""
    return (context.text[:match.start()].rstrip().endswith("(")
            and _apposition_before(context, match, role) is not None)


def _van_surname(context: _Context, position: int) -> list[tuple[int, int, str, Municipality | None]]:
    """A surname-only mention with "van" ('burgemeester van Agtmaal'): the word after "van" is no municipality,
    province, party ('GroenLinks') or portfolio ('Financiën')."""
    found = _VAN_SURNAME.match(context.text, position)
    if not found:
        return []
    surname = found["surname"]
    # "Burgemeester van Kampen van de gemeente Schagen": a second "van" ties the place, so the first names the person
    place = _place_after_name(context, found.end("name"))
    if ((context.place_at(found.start("surname")) and place is None) or surname in PROVINCES
            or surname in _REGION_ADJECTIVES  # "Burgemeester van Brabants nieuwste gemeente is X"
            or context.places.is_ambiguous(surname) or _is_party(surname)
            or re.search(r"\w[A-Z]", surname) or _POLICY_AREA.fullmatch(surname)
            or context.claimed_by(found.start("name"), found.end("name"))):
        return []
    return [(found.start("name"), found.end("name"), found["name"], place)]


_NEXT_IN_LIST = lazy_compile(r"[ \t\u00a0]*(?:,|[ \t\u00a0]en)[ \t\u00a0]+(?=[A-Z][a-zà-ÿ])")


def _name_follows(context: _Context, position: int) -> bool:
    """The list goes on with a word that is no place: a name."""
    joint = _NEXT_IN_LIST.match(context.text, position)
    return joint is not None and context.place_at(joint.end()) is None


# a year glued on names a party: "Raadslid Rosendael’74", "Leefbaar ’85"
_YEAR_GLUED = lazy_compile(r"['’]\d\d\b")


def _place_compound(context: _Context, name: str) -> bool:
    """One hyphenated word whose first part is a municipality or a province: a place ("locoburgemeester
    Bunschoten-Spakenburg", "de veiligheidsregio Gelderland-Zuid")."""
    first, _, rest = name.partition("-")
    return (bool(rest) and " " not in name
            and (context.places.lookup(first) is not None or context.places.is_province(first)))


_PREPOSITION_PHRASE = lazy_compile(r"[ \t\u00a0]+(?:in|op|uit)[ \t\u00a0]+(?:de|den|het|['’]t)[ \t\u00a0]")


_WORD_THEN_COMMA = lazy_compile(r"(?P<word>[A-Z][\w'’-]*)[ \t\u00a0]*,[ \t\u00a0]*$")


def _listed_after_a_place(context: _Context, start: int) -> bool:
    """'de burgemeesters van Roerdalen, Roermond en Niederkrüchten': a place after a place and a comma lists places."""
    before = _WORD_THEN_COMMA.search(context.text, max(0, start - 40), start)
    return before is not None and context.place_at(before.start("word")) is not None


def _names_after(
    context: _Context, position: int, plural: bool, provincial: bool,
) -> list[tuple[int, int, str, Municipality | None]]:
    """The name (or, after a plural role, the list of names) that follows a role word, with any place tied to it.

    A singular role shares a list whose names each have their place: "burgemeester A van Woensdrecht, B van Bergen
    op Zoom en C van Steenbergen".
    """
    text = context.text
    names: list[tuple[int, int, str, Municipality | None]] = []
    last = closed = False  # the separator before this name was "en"; an "en" has ended a part of the list
    first_kind: str | None = None
    while position >= 0:
        found = _NAME_AFTER_ROLE.match(text, position)
        if not found and names and plural:
            # further on in a list "van" opens a surname too: "de raadsleden Arp, Bos, van Basten Batenburg, de Groot"
            found = _LISTED_VAN.match(text, position)
            found = None if found and context.place_at(found.start("surname")) else found
        if not found:
            break
        raw = found.group("name")
        start = found.start("name")
        at_place = context.place_at(start)
        # a surname like a place in a list of names: "onze wethouders Beek en Lochtenberg"
        surname_like_place = plural and at_place is not None and raw.strip() == text[start:at_place[1]] and (
            _name_follows(context, at_place[1])) and not _listed_after_a_place(context, start)
        name = raw.strip() if surname_like_place else _clean_name(raw, context, start)
        if not name and (place_phrase := _PREPOSITION_PHRASE.search(raw)):
            # "wethouder Brekelmans in de Boekhorstlaan": a surname, then where (not "Anja in 't Veld")
            raw = raw[:place_phrase.start()]
            name = _clean_name(raw, context, start)
        if (name and not raw.startswith(name.split()[0]) and (offset := raw.find(name)) > 0
                and is_full_name(name) and is_dutch_given_name(name.split()[0]) and _office_word_before(text, start)):
            start, raw = start + offset, raw[offset:]  # a portfolio first: "Wethouder Vastgoed Govert van Bezooijen"
        if (not name or not raw.startswith(name.split()[0])
                or (text[max(0, start - 3):start].rstrip().endswith("(") and text.startswith(":", found.end()))
                or _YEAR_GLUED.match(text, found.end())
                or _place_compound(context, name)):
            # (a label in parentheses is no name: "raadslid voor GroenLinks in Assen (Rechten: GroenLinks Assen)")
            break
        end = start + len(name)
        if context.claimed_by(start, end) or (
                at_place and not _titled(text, start) and not _listed_with_party(text, start, end)
                and not surname_like_place):
            break  # "(wethouder Alphen aan den Rijn)": the place of a list line, no name; not "Bloemendaal (D66)"
        if " " not in name and _names_a_party_for(context, end):
            break  # "raadslid Hart voor Wassenaar", "Beter voor Rijswijk": a party named for its place, no name
        place, resume = None, start + len(name)
        if provincial:
            # "gedeputeerde Johannes Kramer van de Fryske Nasjonale Partij": whom the name speaks for goes, as after a
            # municipal office; a province is no municipality of the office's
            # (but a municipality after "van" is the surname: "Commissaris van de koning Willibord van Beek")
            stripped = _strip_province(name)
            split, municipality, resume = _split_place_from_name(context, stripped, start)
            name, resume = (stripped, start + len(stripped)) if municipality else (split, resume)
        else:
            name, place, resume = _split_place_from_name(context, name, start)
        # "burgemeester A van X, B van Y": each name with its place; "wethouder Bollen (PvdA) en Mulder (VVD)":
        # each with its party
        # a parenthesis like the first name's: all places ("(Oldebroek)"), or all parties ("(T@B)", "(PvdA)")
        kind = _parenthesised_kind(context, start + len(name))
        first_kind = kind if not names else first_kind
        placed = (place is not None or (kind is not None and kind == first_kind)
                  or (not provincial and _place_after_name(context, start + len(name)) is not None))
        if names and not plural and not placed:
            break
        pair = _PAIR_THEN_AFFILIATION.match(text, resume)
        if closed and not (placed or _PAREN.match(text, start + len(name)) or _VAN_AFFILIATION.match(text, resume)
                           or pair):
            break  # "wethouders Kosters en Wekema, Onno Euverman en ...": "en" closed the list of the role
        if place is None and not provincial and pair:
            # "Jeanne van Eert en Joop van Lanen (Boekel)": the pair's place is each one's
            paren = _PAREN.match(text, pair.end() - 1) if pair.group().endswith("(") else None
            place = _place_in(context, _parenthesis_parts(paren)) if paren else None
        names.append((start, start + len(name), name, place))
        if not plural and (not placed or provincial):
            break
        closed = closed or last
        position = _after_name(context, resume, provincial)
        separator = _LIST_SEPARATOR.match(text, position)
        if not separator and plural and text[position - 1:position] == ")":
            # "de raadsleden A (GB) B (PvdA) ,C (VVD)": a list whose separators went missing after the parties
            separator = _LOOSE_SEPARATOR.match(text, position)
        if not separator and plural and len(names) == 1 and _BOTH.search(text, max(0, names[0][0] - 60), names[0][0]):
            # "zowel de burgemeesters Anton Stapelkamp (Aalten) als Annette Bronsvoort (Oost Gelre)"
            separator = _AS_WELL_AS.match(text, position)
        if not separator:
            break
        # (an "en" before "de heren" opens the list's next part: "mw. A en de heren: B, C en D")
        last = bool(re.search(r"\b(?:en|and|als)\b|&", separator.group())) and not _PLURAL_TITLE.match(
            text, separator.end())
        position = separator.end()
    return _shared_place(context, names, position) if plural else names


_LISTED_VAN = lazy_compile(rf"[ \t\u00a0]*(?P<name>van{_S}(?P<surname>{_DOUBLE}(?:{_S}{_UP})?))(?![\w-])")
_AND_NEXT = lazy_compile(  # (not "Onderwijs, Elly Konijn-Vermaas en de leerplichtambtenaren")
    r"[ \t\u00a0]+en[ \t\u00a0]+(?=[A-Z]|[a-z-]*(?:wethouder|burgemeester|raadsl|gedeputeerde))"
)
_BOTH = lazy_compile(r"\bzowel\b", re.I)
_PLURAL_TITLE = lazy_compile(r"de[ \t\u00a0]+(?:heren|dames)\b", re.I)
_AS_WELL_AS = lazy_compile(r"[ \t\u00a0]+als[ \t\u00a0]+(?=[A-Z])")


def _shared_place(
    context: _Context, names: list[tuple[int, int, str, Municipality | None]], position: int,
) -> list[tuple[int, int, str, Municipality | None]]:
    """'De wethouders Ten Seldam van het CDA en Cornelissen van de SP in Almelo': a list with their parties, then the
    council they all sit in; 'de wethouders Kosters en Wijbenga van de gemeenten Noordenveld en Tynaarlo': as many
    places as names, in the same order."""
    if len(names) < 2:
        return names
    places: list[Municipality] = []
    if all(place is None for *_, place in names):
        tie = _IN_PLACE.match(context.text, position) or _OF_PLACES.match(context.text, position)
        places = _places_listed(context, tie.end()) if tie else []
        if len(places) == 1:
            return [(start, end, name, places[0]) for start, end, name, _ in names]
    elif all(place is None for *_, place in names[:-1]):
        # "Kosters en Wijbenga van Noordenveld en Tynaarlo": the last name took the first place as its own
        places = [names[-1][3], *_places_listed(context, position)]
    if len(places) != len(names):
        return names
    return [(start, end, name, place) for (start, end, name, _), place in zip(names, places, strict=True)]


def _places_listed(context: _Context, position: int) -> list[Municipality]:
    """The municipalities listed from `position` on ("Noordenveld en Tynaarlo"), after a separator or not."""
    separator = _LIST_SEPARATOR.match(context.text, position)
    if separator and not context.place_at(position):
        position = separator.end()
    places: list[Municipality] = []
    while found := context.place_at(position):
        places.append(found[0])
        separator = _LIST_SEPARATOR.match(context.text, found[1])
        if separator is None:
            break
        position = separator.end()
    return places


_IN_PLACE = lazy_compile(  # after a name, or a list
    r"[ \t\u00a0]+in[ \t\u00a0]+(?:de[ \t\u00a0]+gemeente[ \t\u00a0]+)?"
)
_OF_PLACES = lazy_compile(r"[ \t\u00a0]+van[ \t\u00a0]+(?:de[ \t\u00a0]+gemeenten?[ \t\u00a0]+)?")

# "Joop Slomp van de PvdA": a list item that goes on after an "en" carries its party or place, as each item does
_VAN_AFFILIATION = lazy_compile(r"[ \t\u00a0]+(?:van|namens|voor)[ \t\u00a0]+(?:de[ \t\u00a0]+|het[ \t\u00a0]+)?[A-Z]")
# ... or a pair carries it: "A en B (Samen Verder), C (D66) en D en E (Ronduit Open)", "... en D en E namens de PvdA"
_PAIR_THEN_AFFILIATION = lazy_compile(
    rf"[ \t\u00a0]+en[ \t\u00a0]+(?:{_FULL_NAME})(?:[ \t\u00a0]*\(|{_VAN_AFFILIATION.pattern})"
)


def _parenthesised_kind(context: _Context, position: int) -> str | None:
    """What the parenthesis after a name holds: "place" ('(Oldebroek)', '(Gemeente De Friese Meren)'), "name" (a
    party or organisation: '(PvdA)', '(T@B)', '(Sterk Westerkwartier)'), or None (none, or a description:
    '(Bouwen en Wonen)', '(directeur bij ABB Bouwgroep)')."""
    paren = _PAREN.match(context.text, position)
    if paren is None:
        return None
    parts = _parenthesis_parts(paren)
    if _place_in(context, parts):
        return "place"
    # a name of its own, in capitals; not a phrase ("directeur bij ..."), nor an age ("(62)")
    if any(len(part.split()) <= 4 and all(not w[:1].isalpha() or w[:1].isupper() for w in part.split())
           and any(w[:1].isalpha() for w in part.split()) for part in parts):
        return "name"
    return None


def _parenthesis_parts(paren: re.Match[str]) -> list[str]:
    """'(CDA, Ede)', '(PvdA/GroenLinks)': the parts of a parenthesis after a name."""
    return [part.strip() for part in re.split(r"[,;/]", paren["inside"]) if part.strip()]


def _place_in(context: _Context, parts: list[str]) -> Municipality | None:
    """The first part that names a municipality: 'Oldebroek', 'gemeente Losser', or that starts with one after
    'nu (nog)': '(nu nog Krimpen a.d. IJssel en per 6 maart Leidschendam-Voorburg)'; none beside a year of birth
    ('Arno Bonte (1978, Rotterdam)': where born)."""
    if any(_YEAR.fullmatch(part) for part in parts):
        return None
    for part in parts:
        if found := context.places.lookup(_GEMEENTE.sub("", part), context.on):
            return found
        if (now := _NOW_IN.match(part)) and (found := _place_at(part, now.end(), context.places, context.on)):
            return found[0]
    return None


_YEAR = lazy_compile(r"(?:19|20)\d\d")
_NOW_IN = lazy_compile(r"(?:nu(?:[ \t\u00a0]+nog)?|thans|inmiddels)[ \t\u00a0]+(?:in[ \t\u00a0]+)?", re.I)


# A party written bare after a name in a list: "(Hans Knapp VVD, Henri de Jong CDA, Bert Gotink D66)".
_BARE_PARTY = lazy_compile(rf"[ \t\u00a0]+{_PARTY_TOKEN}(?=[ \t\u00a0]*(?:[,;)]|en\b))")


# "namens de VVD", "van het CDA", "van DES": the party of a listed name
_AFFILIATION = lazy_compile(
    # "namens Gemeentebelangen Westerwolde", "namens Hart voor Langedijk/D66"
    rf"[ \t\u00a0]+(?:namens[ \t\u00a0]+(?:de[ \t\u00a0]+|het[ \t\u00a0]+)?[\w'’./-]+"
    rf"(?:[ \t\u00a0]+(?:voor[ \t\u00a0]+)?(?-i:[A-Z][\w'’./-]*)){{0,2}}"
    # "van VHL Lokaal", "van VVD Nieuwkoop": a local party's words after its acronym
    rf"|van[ \t\u00a0]+(?:de[ \t\u00a0]+|het[ \t\u00a0]+)?(?-i:{_PARTY_TOKEN})(?![\w-])"
    rf"(?:[ \t\u00a0]+(?-i:[A-Z][a-z]+)(?![\w-])){{0,2}}"
    # a party named in words: "Frans Bastiaens van de Senioren Partij", "Sjaak Thijssen van de Groesbeekse Volkspartij"
    # (or without its article: "Allan Blom en Jacques Bos van Natuurlijk Belang")
    rf"|van[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?(?-i:(?:[A-Z][\w'’-]*[ \t\u00a0]+){{0,2}}"
    rf"[A-Z]?[a-z]*(?:[Pp]artij|[Bb]elang(?:en)?))(?![\w-])"
    # a local party named for its place: "raadsleden Tjeu Berlijn van Hart voor Medemblik en Silva Visser"
    rf"|van[ \t\u00a0]+(?-i:[A-Z][a-z]+[ \t\u00a0]+voor[ \t\u00a0]+[A-Z][\w'’-]*)(?![\w-])"
    # "Ilona Jense voor de VVD, Hanneke van de Gevel voor Eerlijk Alternatief"
    rf"|voor[ \t\u00a0]+(?:de[ \t\u00a0]+|het[ \t\u00a0]+)?"
    rf"(?-i:{_PARTY_TOKEN}|[A-Z][a-z]+(?:[ \t\u00a0]+[A-Z][a-z]+)?)(?![\w-])"
    # "Greet Oosterhuis – Gemeentebelangen en Sonja Hilgenga – CDA"
    rf"|[–—][ \t\u00a0]+(?-i:{_PARTY_TOKEN}|[A-Z][a-z]+)(?![\w-]))"
)
# a listed person's portfolio in lower case, up to the next item: "A (PvdA) voor financien en B (VVD) voor ..."
_LISTED_PORTFOLIO = lazy_compile(
    r"[ \t\u00a0]+voor[ \t\u00a0]+[a-zà-ÿ]+(?:[ \t\u00a0]+(?:en[ \t\u00a0]+)?[a-zà-ÿ]+){0,4}?"
    r"(?=[ \t\u00a0]*,|[ \t\u00a0]+en[ \t\u00a0]+[A-Z])"
)
_COMMA_PARTY = lazy_compile(rf"[ \t\u00a0]*,[ \t\u00a0]*{_PARTY_TOKEN}(?=[ \t\u00a0]*\()")  # a party, a portfolio after
_RESIDENCE = lazy_compile(r"[ \t\u00a0]+uit[ \t\u00a0]+(?P<place>[A-Z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*)?)")


def _after_name(context: _Context, position: int, provincial: bool) -> int:
    """Skip what may follow a name in a list: '(CDA)', 'van Rotterdam', 'van de provincie Flevoland'."""
    position = _skip_parens(context.text, position)
    if comma_party := _COMMA_PARTY.match(context.text, position):
        position = _skip_parens(context.text, comma_party.end())  # "Sietske Poepjes, CDA (klimaat, energie), ..."
    affiliation = _AFFILIATION.match(context.text, position)
    position = affiliation.end() if affiliation else position
    residence = _RESIDENCE.match(context.text, position)  # "J.P. Sinke uit Krabbendijke (SGP), D.A. Verburg ..."
    if residence and not context.place_at(residence.end("place") - len(residence["place"])):
        position = _skip_parens(context.text, residence.end())
    party = _BARE_PARTY.match(context.text, position)
    position = party.end() if party else position
    portfolio = _LISTED_PORTFOLIO.match(context.text, position)  # "T. de Man (PvdA) voor financien en A. Broek"
    position = portfolio.end() if portfolio else position
    if provincial:
        return _skip_province(context.text, position)
    tie = _TIE_AFTER_NAME.match(context.text, position)
    place = context.place_at(tie.end()) if tie else None
    if place is None and (inside := _IN_PLACE.match(context.text, position)):
        # "burgemeesters Hubert Vos in Asten en Hilko Mak in Deurne"; not "A en B in Almelo zijn", a shared place
        place = context.place_at(inside.end())
        place = place if place and _LIST_SEPARATOR.match(context.text, place[1]) else None
    return _skip_parens(context.text, place[1]) if place else position


def _clause_subjects(context: _Context, match: re.Match[str], role: str) -> list[tuple[int, int, str]]:
    """'Jan Jansen is sinds 2019 burgemeester', 'A (SGP) en B (VVD) zijn beëdigd als wethouder'.

    The subject is the group of names next to the verb ("A en B werden burgemeester", "Vanmiddag zijn A en B
    geïnstalleerd als"), else the clause's first group.
    """
    text = context.text
    clause_start = _clause_start(text, match.start())
    before = text[clause_start:match.start()]
    own = _OWN_OFFICE.search(before)
    if own:  # "Jaap Sinke legt zijn functie van wethouder in de gemeente Reimerswaal per 1 april neer"
        groups = _name_groups(context, clause_start, clause_start + own.start(), role)
        return groups[0] if groups else []
    if _SECOND_PREDICATE.search(before) and (groups := _name_groups(context, clause_start, match.start(), role)):
        # "Verhulst, oud-burgemeester van Goes en nu burgemeester van Ede", "Tea Both is werkzaam bij CuraMare ... en
        # sinds 2013 raadslid van de gemeente Goeree-Overflakkee": a second predicate of the clause's subject
        first = groups[0]
        if not text[clause_start:first[0][0]].strip() and _PREDICATE_AFTER_SUBJECT.match(text, first[-1][1]):
            return first
    copula = _COPULA.search(before)
    switch = _SWITCH_OF_OFFICE_BEFORE.search(before)
    if (not copula or (_GOVERNED.search(before) and not _ONE_OF.search(before) and not switch)
            or _THERE_IS.search(before)):
        return []
    if _speaking(before):
        # "Mijn naam is Michiel Wouters. Ik ben sinds juli 2018 wethouder": the speaker named just before; else
        # "Ik ben blij dat we ... een periode als wethouder afsluiten": the speaker, unnamed here; but "we besloten
        # om Kristiaan Strijker aan te wijzen als de nieuwe gemeentesecretaris": the one the speakers appoint
        if appointed := _appointed_by_the_speaker(context, match, before, copula, clause_start, role):
            return appointed
        if not _I_AM.match(before):
            return []
        return _self_introduced(context, clause_start) or _quoted_speaker(context, match.end())
    # (an office held "nu nog" may take a name another office holds: the one it is still)
    still = _STILL.search(text, max(0, match.start() - 12), match.start()) is not None
    groups = [g for g in _name_groups(context, clause_start, match.start(), role, still)
              if not _agent_or_common_noun(context, g, clause_start)]
    if switch and groups:
        return groups[-1]  # "..., en maakt Erik Nijssen de stap van ... naar raadslid": the name nearest the switch
    conjunction = list(_CONJUNCTION.finditer(copula.group()))
    if conjunction:
        # "Anja is heel trots dat de twee huidige wethouders ...": the office stands in the clause "dat" opens, and
        # so does its subject ("blij dat Bert Frings als projectwethouder blijft"), if it is named
        opened = clause_start + copula.start() + conjunction[-1].end()
        groups = [g for g in groups if g[0][0] >= opened]
        if not groups:
            return []
        if len(groups) == 1:
            # "..., waarin bekend werd gemaakt dat Fröhlich benoemd werd tot burgemeester": the one name there
            return groups[0]
    appoints = _APPOINTS.search(text, groups[0][-1][1], match.start()) if len(groups) >= 2 else None
    if appoints and appoints.start() < groups[-1][0][0] and copula.group().lower().startswith(("als", "tot")):
        # "Koning Willem-Alexander heeft Wouter Kolff aangesteld als commissaris", "Commissaris Polman beëdigde
        # Loes Meeuwisse tot burgemeester", "om Henk-Jan Meijer aan te stellen als": the one appointed, the object
        return groups[-1]
    verb = clause_start + copula.start()
    if groups and _unnamed_office_between(context, groups[-1][-1][1], verb, role):
        return []  # "Na een gesprek met X liet de wethouder weten door te willen als wethouder": the office is its own
    next_to_verb = []
    for group in groups:
        after_group = _skip_parens(text, group[-1][1])
        aside = _SUBJECT_ASIDE.match(text, after_group)  # "Stapelkamp – vorige week vierde hij ... – is sinds 2011"
        after_group = aside.end() if aside and aside.end() <= verb else after_group
        before_verb = after_group <= verb and not text[after_group:verb].strip()
        between = text[verb:group[0][0]].split()[1:]  # an adverb may stand between: "is gisteravond X"
        after_verb = group[0][0] > verb and (not between or (len(between) == 1 and between[0].islower()))
        if before_verb or after_verb:
            next_to_verb.append(group)
    # "Momenteel is Heijkoop nog wethouder": a lone word opening the clause may be an adverb, the name after the verb
    # the subject; "In de Grote Kerk van Sneek is Janwietske de Vries beëdigd": a full name after the verb is the
    # subject rather than a place-like group before it.
    if (len(groups) >= 2 and _SUCCEEDS.fullmatch(text, _skip_parens(text, groups[0][-1][1]), groups[1][0][0])
            and _UP_AS.fullmatch(text, _skip_parens(text, groups[1][-1][1]), match.start())):
        return groups[0]  # "Geveke volgde Regina Riemersma op als gemeentesecretaris": the successor holds it
    if (not next_to_verb and groups and _ELIDED_SUBJECT.search(text, clause_start, verb)
            and not text[clause_start:groups[0][0][0]].strip() and _VERB_AFTER_SUBJECT.match(text, groups[0][-1][1])):
        # "Palmen was eerst raadslid in Brunssum, maar werd korte tijd geleden benoemd tot wethouder": the second
        # clause's subject is left out, the first one's
        return groups[0]
    named = [g for g in next_to_verb if not _lone_opening_word(context, g, clause_start)]
    full = [g for g in named if g[0][0] > verb and all(is_full_name(name) for *_, name in g)]
    if full and not all(is_full_name(name) for *_, name in named[0]):
        return full[0]
    if named:
        return named[0]
    verb_end = verb + len(copula.group().split()[0])
    if (next_to_verb and not re.match(r"\s+(?:[A-Z]|(?:van|de|ter|ten)\s+[A-Z])", text[verb_end:verb_end + 12])
            and not _PRONOUN_AFTER_VERB.match(text, verb_end)):
        # "Jansen is burgemeester"; but "Momenteel is Heijkoop ..." has its subject after, and so has
        # "Tegenwoordig is ze wethouder", a pronoun
        return next_to_verb[0]
    if pronoun := _PRONOUN_AT_VERB.search(text, clause_start, verb + len(copula.group().split()[0]) + 6):
        # the person named earlier in the same sentence, a comma before the pronoun ("Officieel begon Cees Bijl op 1
        # december aan zijn nieuwe klus, hij is benoemd tot ..."), else in the sentence before
        earlier = [g for g in groups if g[-1][1] < pronoun.start() and is_full_name(g[0][2])
                   and "," in text[g[-1][1]:pronoun.start()]]
        return earlier[0] if earlier else _antecedent(context, clause_start, role, still)
    if _PLURAL_PRONOUN_AT_VERB.search(text, clause_start, verb + len(copula.group().split()[0]) + 6):
        return _antecedent_list(context, clause_start, role)
    # Otherwise the first group of the subordinate clause the verb stands in ("X leest het besluit voor, waarin Y
    # per 1 mei wordt benoemd als burgemeester"), else the clause's first group, but not a lone capitalised word
    # opening the sentence ("Terug naar ...").
    if (len(groups) == 1 and _lone_opening_word(context, groups[0], clause_start)
            and _SUBJECT_BEFORE_ITS_VERB.match(text, groups[0][-1][1])
            and not _ANOTHER_CLAUSE.search(text, groups[0][-1][1], match.start())):
        return groups[0]  # "Hiemstra begint komende maandag als burgemeester": no subject after the verb
    groups = [g for g in groups if not _lone_opening_word(context, g, clause_start)]
    subordinate = list(_SUBORDINATE.finditer(text, clause_start, verb))
    if subordinate:
        last = subordinate[-1]
        own_clause = [g for g in groups if last.end() <= g[0][0] < verb]
        antecedent = [g for g in groups if g[-1][1] <= last.start() and len(text[g[-1][1]:last.start()].split()) <= 1]
        if own_clause or (last["relative"] and antecedent):
            # "X volgt Y op, die aankondigde te stoppen als burgemeester": a relative clause's subject is its antecedent
            return own_clause[0] if own_clause else antecedent[-1]
        if last["conjunction"]:
            return []  # "de Koninklijke Harmonie, waar het gebruik is dat de burgemeester erevoorzitter is": no name
    # a person by their title rather than a place-like group before ("In de Grote Kerk in Alkmaar werd mevrouw Anja
    # Schouten door ... beëdigd tot burgemeester")
    titled = [g for g in groups if _titled(text, g[0][0])]
    return titled[0] if titled and not _titled(text, groups[0][0][0]) else (groups or [[]])[0]


_SWITCH_OF_OFFICE_BEFORE = lazy_compile(rf"{_SWITCH_OF_OFFICE}$", re.I)  # "naar" governs no office there
_SECOND_PREDICATE = lazy_compile(
    r"(?:,[ \t\u00a0]*|[ \t\u00a0]+)(?:en|maar)[ \t\u00a0]+"
    r"(?:ook|nu|tevens|inmiddels|sinds[ \t\u00a0]+(?:\d{4}|kort|[a-z]+))"
    r"[ \t\u00a0]+(?:de[ \t\u00a0]+)?$"
)
_PREDICATE_AFTER_SUBJECT = lazy_compile(
    r"[ \t\u00a0]*(?:\([^()]{1,60}\))?[ \t\u00a0]*(?:,|[ \t\u00a0]+(?:is|was|werd|wordt|blijft)\b)"
)
_ELIDED_SUBJECT = lazy_compile(r"(?:,[ \t\u00a0]*|[ \t\u00a0]+)(?:maar|en)[ \t\u00a0]+$")
_VERB_AFTER_SUBJECT = lazy_compile(r"[ \t\u00a0]+(?:is|was|werd|wordt|heeft|had)\b")
# A verb in the present after a lone word opening the clause, no subject after the verb: the word is the subject
# ("Hiemstra begint komende maandag als"); not an adverb's inversion ("Morgen begint de burgemeester", "Daarna
# opent hij"), nor a preposition ("Binnen het bestuur"), nor a past ("Hiemstra werkte eerder als raadslid").
_SUBJECT_BEFORE_ITS_VERB = lazy_compile(
    r"[ \t\u00a0]+(?!(?:het|dat|met|niet|wat|tot|want|toch|echt|nooit|ooit|vaak|weet)\b)(?-i:[a-z]{2,}t)[ \t\u00a0]+"
    r"(?!(?:de|het|een|hij|zij|ze|we|wij|ik|u|men|er|dit|dat|deze|die|zich)\b|(?i:[a-z]*(?:meester|houder|raadslid)))"
    r"(?-i:[a-z])"
)
# the office in a clause of its own, or of another subject: "Brok wijst erop dat hijzelf in 2010 als burgemeester",
# "Huizinga komt uit Schoonhoven en heeft al een loopbaan als wethouder"
_ANOTHER_CLAUSE = lazy_compile(r"\b(?:hij|zij|ze|hijzelf|zijzelf|dat|omdat|toen|nadat|terwijl|waar|en|maar|want)\b")


def _appointed_by_the_speaker(context: _Context, match: re.Match[str], before: str, copula: re.Match[str],
                              clause_start: int, role: str) -> list[tuple[int, int, str]]:
    """The one named after a verb of appointing, where the appointers are the speakers: "we besloten om X aan te
    wijzen als"."""
    appoints = _APPOINTS.search(before)
    if appoints is None or not copula.group().lower().startswith(("als", "tot")):
        return []
    groups = _name_groups(context, clause_start + appoints.end(), match.start(), role)
    return groups[-1] if len(groups) == 1 else []


# An active verb of appointing between the appointer and the one appointed ("heeft X benoemd tot", "beëdigde X tot").
_APPOINTS = lazy_compile(
    r"\b(?:heeft|hebben|had|hadden|benoemde|benoemden|benoemt|beëdigde|beëdigden|beëdigt|installeerde|installeerden"
    r"|installeert|stelde|stelden|stelt|droeg|droegen|draagt|om(?=[^.;]{1,80}?\bte\s))\b",
    re.I,
)
# where a clause of its own starts: "..., waarin", "waar", "... al wethouder en Kiena ten Brink gaat ..."
_SUBORDINATE = lazy_compile(
    r"(?:,\s*|\b)(?P<conjunction>waarin|waar|waarbij|waarna|nadat|terwijl|toen)\s+|(?<![\w'’-])(?-i:[a-zà-ÿ]+)\s+en\s+(?=[A-Z])"
    r"|(?P<relative>,\s*die\s+)"
)
_AGENT = lazy_compile(rf"\bdoor\s+(?:{_TITLES})?$")
# "volgt op 1 februari X op", "volgde in 2016 X op": a date between the verb and the one succeeded
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_SUCCEEDS = lazy_compile(
    r"[ \t\u00a0]+(?:volgt|volgde|volgden|volgen)[ \t\u00a0]+"
    rf"(?:(?:op|per|vanaf|in)[ \t\u00a0]+(?:(?:\d{{1,2}}[ \t\u00a0]+)?(?:{_MONTH})|\d{{4}})"
    r"(?:[ \t\u00a0]+\d{4})?[ \t\u00a0]+)?"
    rf"(?:{_TITLES})?"
)
_SUCCEEDED = lazy_compile(r"\b(?:volgt|volgde|volgden|volgen)\b")
_UP_AS = lazy_compile(r"[ \t\u00a0]+op,?[ \t\u00a0]+als[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?(?:[a-z]+e[ \t\u00a0]+)?")
_RELATIVE_AFTER = lazy_compile(r"[ \t\u00a0]*(?:\([^()]{1,60}\))?[ \t\u00a0]*,?[ \t\u00a0]*die\b")
# "X uit Rottevalle wordt"; "Vanuit Koreaans cultureel perspectief is de Gorcumse burgemeester": the object of a
# preposition is no subject
# A fronted phrase is no subject: "Na A en B is C ...", "Volgens A is B ..." (but "Met Nijland heeft Montferland nu een
# wethouder uit Angerlo": the one "met" brings may be the officeholder)
_FRONTED_PREPOSITION = lazy_compile(
    r"\s*(?i:na|naast|behalve|evenals|zoals|tussen|volgens|zonder|dankzij|tegen)[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?"
)
_ARTICLE_BEFORE = lazy_compile(
    r"(?<![\w'’-])(?:de|het|een|uit|in|te|(?i:vanuit|volgens|tijdens|zonder|namens))[ \t\u00a0]+$"
)


_DEFINITE_BEFORE = lazy_compile(r"\b(?:de|het)[ \t\u00a0]+(?:[a-zà-ÿ]+e[ \t\u00a0]+)?$", re.I)
_LOWER_WORD_AFTER = lazy_compile(r"[ \t\u00a0]+[a-zà-ÿ]")


def _unnamed_office_between(context: _Context, start: int, end: int, role: str) -> bool:
    """'de wethouder' (the same office, no name after it) between a group of names and the verb, apart from the names
    by more than a comma: the clause's subject, unnamed."""
    text = context.text
    for office in _ROLE.finditer(text, start, end):
        the = _DEFINITE_BEFORE.search(text, max(start, office.start() - 30), office.start())
        if (the and _role_of(office) == role and _LOWER_WORD_AFTER.match(text, office.end())
                and text[start:the.start()].strip(" ,()\t\u00a0")):
            return True
    return False


def _agent_or_common_noun(context: _Context, group: list[tuple[int, int, str]], clause_start: int) -> bool:
    """Names no subject: the agent of a passive ("Vroomen is door Eddy van Hijum beëdigd als burgemeester"; not
    "door X, die ... aan de slag ging als"), or one capitalised word after a lower-case article ("benoemde de
    Drachtster tot burgemeester": a surname alone is written with its particle capitalised, "De Vries"), or one
    after a preposition of place ("Sipke Hoekstra uit Rottevalle wordt benoemd tot wethouder"), or the object of a
    preposition that opens the clause."""
    text = context.text
    start, _, name = group[0]
    if _AGENT.search(text, clause_start, start):
        return not _RELATIVE_AFTER.match(text, group[-1][1])
    if _FRONTED_PREPOSITION.fullmatch(text, clause_start, start):
        return True  # "Na Lien Vos en Annie Brouwer is Dijksma de derde vrouwelijke burgemeester": who came before
    return len(group) == 1 and " " not in name and bool(_ARTICLE_BEFORE.search(text, clause_start, start))


_CONJUNCTION = lazy_compile(r"\b(?:dat|omdat|zodat|of)\b", re.I)  # opens a clause of its own
# "In de geschiedenis van Volendam is er nog nooit een Volendammer burgemeester geworden": nobody is
_THERE_IS = lazy_compile(r"\b(?:is|was|zijn|waren|wordt|werd)\s+er\s+(?:nog\s+)?(?:nooit|geen)\b", re.I)
_I_AM = lazy_compile(r"\s*[\"“'‘]?(?:ik\s+ben|ben\s+ik)\b(?:\s+[\w.'’-]+(?:,\d+)?){0,5}\s+$", re.I)  # "nu 1,5 jaar"
_MY_NAME = lazy_compile(r"\b(?:[Mm]ijn\s+naam\s+is|[Ii]k\s+ben|[Ii]k\s+heet)\s+")


# the end of a quotation and who said it: '... aan mijn ambtsketting", vertelt '
_SAID_BY = lazy_compile(
    r"[^\n\"“”]{0,160}?[\"”’'][ \t\u00a0]*,?[ \t\u00a0]*(?:vertelt|vertelde|zegt|zei|aldus|meldt|meldde|stelt"
    r"|stelde|lacht|lachte|benadrukt|benadrukte|verklaart|verklaarde)[ \t\u00a0]+"
)


def _quoted_speaker(context: _Context, position: int) -> list[tuple[int, int, str]]:
    """The full name after the quotation an "Ik ben de burgemeester" stands in: '"Ik ben de burgemeester en dat
    kunnen jullie zien aan mijn ambtsketting", vertelt Marco Out.'"""
    said = _SAID_BY.match(context.text, position)
    if not said:
        return []
    named = [c for c in context.names_between(said.end(), said.end() + 60) if c[0] == said.end()]
    return named[:1] if named and is_full_name(named[0][2]) else []


def _self_introduced(context: _Context, clause_start: int) -> list[tuple[int, int, str]]:
    """The full name a speaker gave in the sentence before: "Mijn naam is X.", "Ik heet X."."""
    window = max(0, clause_start - 200)
    introduced = list(_MY_NAME.finditer(context.text, window, clause_start))
    if not introduced:
        return []
    start = introduced[-1].end()
    named = [c for c in context.names_between(start, clause_start) if c[0] == start and is_full_name(c[2])]
    return named[:1]


# The subject's own office: "zijn functie van wethouder", "haar ambt als burgemeester"
_OWN_OFFICE = lazy_compile(r"\b(?:zijn|haar)\s+(?:functie|ambt|taak|rol|post)\s+(?:van|als)\s+$", re.I)
# (not a party's name in parentheses: "Björn Lugthart (Wij. Rijswijk) waren al wethouder")
_SPEAKER = lazy_compile(r"\b(?:ik|we|wij|jij|je)\b(?![^()]*\))", re.I)
_THAT = lazy_compile(r"\bdat\b", re.I)


def _speaking(before: str) -> bool:
    """Whether a speaker ("ik", "we") is the subject of the office's clause: not one whose "dat" opens the clause
    that names the holders ("Nu weten we dat A (VVD) en B (PvdA) aanblijven als wethouder")."""
    speakers = list(_SPEAKER.finditer(before))
    return bool(speakers) and _THAT.search(before, speakers[-1].end()) is None


def _lone_opening_word(context: _Context, group: list[tuple[int, int, str]], clause_start: int) -> bool:
    """A capitalised word opening the clause, unless it is the surname of a person named before ("Cees Bijl ...
    Bijl ging aan de slag als gedeputeerde")."""
    start, end, word = group[0]
    if len(group) > 1 or " " in word or start > clause_start + 1 or context.text[end:end + 2].lstrip(" ")[:1] == "(":
        return False  # "Vroomen (CDA, 55 jaar), is ... beëdigd": a name with a party or age is a person
    if _CLOSED_APPOSITION.match(context.text, end):
        return False  # "Arends, geboren en getogen Drent, is nu nog wethouder in Emmen": an apposition, a person
    earlier = (name for _, end, name in context.all_names() if end <= start)
    return not any(is_full_name(name) and name.endswith(" " + word) for name in earlier)


_CLOSED_APPOSITION = lazy_compile(r",[ \t\u00a0]+[a-zà-ÿ0-9][^,.;:!?()]{2,60},[ \t\u00a0]+[a-z]")


def _fronted_place(context: _Context, match: re.Match[str], subject: int) -> Municipality | None:
    """'In Lochem is hij sinds 2006 wethouder': a clause that opens with the place, then its verb, has the office as
    its predicate there, for the one named before. (When the clause names its subject, the labelled sets split:
    "In Winterswijk is sinds februari X burgemeester" tied, "In Berkelland is X benoemd tot wethouder" not.)"""
    clause_start = _clause_start(context.text, match.start())
    fronted = _FRONTED_IN.match(context.text, clause_start) if subject < clause_start else None
    found = context.place_at(fronted.end()) if fronted else None
    return found[0] if found and _COPULA_NEXT.match(context.text, found[1]) else None


_FRONTED_IN = lazy_compile(r"[ \t\u00a0]*In[ \t\u00a0]+(?:de[ \t\u00a0]+gemeente[ \t\u00a0]+)?")
_COPULA_NEXT = lazy_compile(r"[ \t\u00a0]+(?:is|was|werd|wordt|zijn|waren|werden|worden|blijft|bleef)\b")


def is_full_name(name: str) -> bool:
    """A given name or initials, then more: "Kees van Rooij", "J. Jansen"; not "Van Rooij" ("Van" is a given name
    somewhere, but opening a Dutch name it is the particle of a surname-only mention)."""
    first, *rest = name.split()
    if not rest:
        return bool(_GLUED_INITIALS.match(first))  # "De burgemeester van Barradeel, de heer J.Duker, die ..."
    return first.lower() not in _LC_PARTICLES and (is_given_name(first) or first.endswith("."))


_GLUED_INITIALS = lazy_compile(r"(?:[A-Z][a-z]?\.)+[A-Z][a-z]")


# "Inmiddels is hij wethouder", "Zij is momenteel werkzaam als raadsgriffier": the subject is a pronoun.
_PRONOUN_AT_VERB = lazy_compile(
    # (or the person by their party: "De VVD’er is momenteel Commissaris van de Koning", "De 55-jarige CDA’er is")
    r"\b(?:(?:hij|zij|ze|de\s+(?:\d+-jarige\s+)?(?-i:[A-Z][\w&]*[A-Z0-9][\w&]*)['’-]er)\s+(?:is|wordt|werd|blijft|gaat)"
    r"|(?:is|wordt|werd|blijft|gaat)\s+(?:hij|zij|ze))\b", re.I
)


_PRONOUN_AFTER_VERB = lazy_compile(r"\s+(?:hij|zij|ze)\b", re.I)
# "A (CDA), B (CDA) en C (SGP). Zij zijn geïnstalleerd als raadslid": a plural pronoun stands for a list.
_PLURAL_PRONOUN_AT_VERB = lazy_compile(
    r"\b(?:(?:zij|ze)\s+(?:zijn|worden|werden|blijven)|(?:zijn|worden|werden|blijven)\s+(?:zij|ze))\b", re.I
)


def _antecedent_list(context: _Context, clause_start: int, role: str) -> list[tuple[int, int, str]]:
    """The list of at least two full names a plural pronoun stands for, in the sentence just before."""
    window = max(0, context.text.rfind("\n", 0, clause_start), clause_start - 300)
    groups = [g for g in _name_groups(context, window, clause_start, role)
              if len(g) >= 2 and all(is_full_name(name) for *_, name in g)]
    return groups[-1] if groups else []


# A plural role opening a sentence after a demonstrative: "Deze raadsleden", "Alle vijf wethouders".
_DEMONSTRATIVE_SUBJECT = lazy_compile(
    r"(?:\A|[.!?][ \t\u00a0]+)(?:Deze|Die|Beide|Alle)(?:[ \t\u00a0]+(?:twee|drie|vier|vijf|zes|zeven|nieuwe))?"
    r"[ \t\u00a0]+$"
)
# One of the two named just before, opening a sentence that gives the office: "De eerste is de nieuwe burgemeester"
_ORDINAL_SUBJECT = lazy_compile(
    r"[.!?][ \t\u00a0]+(?:De[ \t\u00a0]+(?P<which>eerste|laatste|tweede)|(?P<which2>Eerstgenoemde|Laatstgenoemde))"
    # "Laatstgenoemde is sinds dit jaar waarnemend burgemeester"
    r"[ \t\u00a0]+(?:is|was|wordt|werd)[ \t\u00a0]+(?:(?:de|het|sinds|al|nu|dit|dat|jaar|ook|nog)[ \t\u00a0]+){0,4}"
    r"(?:[a-zà-ÿ]+e[ \t\u00a0]+|waarnemend[ \t\u00a0]+)?$"
)
# A role opening a sentence as its subject: "De (nieuwe) burgemeester", after a full stop.
# (a party may be glued to the office: "De huidige CDA-gedeputeerde")
_DEFINITE_SUBJECT = lazy_compile(
    r"[.!?][ \t\u00a0]+De[ \t\u00a0]+(?:(?:[a-zà-ÿ]+e|[A-Z]\w+se)[ \t\u00a0]+)?(?:[A-Z][\w&]*-)?$"
)


_TITLE_BEFORE = lazy_compile(rf"{_TITLES}$")  # "De heer Peet is 50 jaar. Sinds 2011 is hij griffier": a person too


def _without_title(before: str) -> str:
    """The text before a name without the title that ends it: "Aanwezig: ir. " -> "Aanwezig: "."""
    title = _TITLE_BEFORE.search(before)
    return before[:title.start()] if title else before


def _titled(text: str, start: int) -> bool:
    """Whether a title stands right before `start` (-1: not known)."""
    return start >= 0 and _TITLE_BEFORE.search(text, max(0, start - 25), start) is not None


def _antecedent(
    context: _Context, clause_start: int, role: str, still: bool = False,
) -> list[tuple[int, int, str]]:
    """The person a pronoun or a definite office stands for: the first full name (a given name or initials, then a
    surname) of the last sentence just before that names someone, if no other office holds it. Organisations and
    places are never full names."""
    window = max(0, context.text.rfind("\n", 0, clause_start), clause_start - 300)
    people = [c for c in context.names_between(window, clause_start)
              if is_full_name(c[2]) or _titled(context.text, c[0])]
    if not people:
        # a surname alone as the subject that opens the sentence before: "Haan heeft ruime ervaring in het openbaar
        # bestuur. Sinds 2015 is hij burgemeester van Maassluis."
        people = [c for c in context.names_between(window, clause_start) if _opening_subject(context, c)]
    if not people:
        return []
    # the subject of the last sentence that names someone, its first name ("X heeft museum Y heropend.")
    sentence = _clause_start(context.text, people[-1][0])
    start, end, name = next(person for person in people if person[0] >= sentence)
    owner = context.claimed_by(start, end)
    return [(start, end, name)] if owner is None or owner.role == role or owner.former or still else []


def _opening_subject(context: _Context, candidate: tuple[int, int, str]) -> bool:
    """A surname alone opening its sentence, its verb right after it ("Moerkerke woonde ...", "Haan heeft ...")."""
    start, end, name = candidate
    text = context.text
    # (a surname alone may open with its particle: "Van der Maas is sinds 2007 actief in de provinciale politiek")
    before = text[_clause_start(text, start):start]
    return ((" " not in name or _PARTICLE_FIRST.match(name) is not None)
            and (not before.strip() or _AGED.fullmatch(before) is not None) and context.place_at(start) is None
            and _OPENING_VERB.match(text, _skip_parens(text, end)) is not None)  # also "Vroom (40) is lid van"


_AGED = lazy_compile(r"\s*De\s+\d{1,3}-jarige\s+")  # "De 54-jarige Van Dijk is geboren in Beetsterzwaag"
# (not "De": "De Buurtkamer is ..." names a place as often as "De Jong" a person)
_PARTICLE_FIRST = lazy_compile(rf"(?:Van|Ter|Ten)(?:{_S}(?:de[rn]?|het|'t))?{_S}[A-Z]")
# (not "Nilaya is de kinderburgemeester van Diemen": what else the person is, named)
_OPENING_VERB = lazy_compile(
    r"[ \t\u00a0]+(?:is|was|heeft|had|werd|wordt|woonde|woont|kwam|komt|begon|begint|werkte|werkt|zit|zat)\b"
    r"(?![ \t\u00a0]+(?:de|het)\b)")


def _name_groups(
    context: _Context, start: int, end: int, role: str, still: bool = False,
) -> list[list[tuple[int, int, str]]]:
    """Names between two offsets, grouped into lists joined by commas and 'en'; other roles' names left out."""
    text = context.text
    groups: list[list[tuple[int, int, str]]] = []
    for name_start, name_end, name in context.names_between(start, end):
        owner = context.claimed_by(name_start, name_end)
        if owner is not None and owner.role != role and not owner.former and not still:
            continue
        previous = groups[-1][-1] if groups else None
        if previous and _TITLED_SEPARATOR.fullmatch(text[_skip_affiliation(text, previous[1]):name_start]):
            groups[-1].append((name_start, name_end, name))
        else:
            groups.append([(name_start, name_end, name)])
    return groups


def _candidate_names(context: _Context, start: int, end: int) -> list[tuple[int, int, str]]:
    """Person-like names between two offsets, titles and sentence words dropped."""
    found = []
    for match in _NAME_ANYWHERE.finditer(context.text, start, end):
        group = "name" if match.group("name") else "name_lc"
        raw = match.group(group)
        name = _clean_name(raw, context, match.start(group))
        if name and _opens_a_sentence(context.text, match.start(group)):
            if name.lower() in _OPENING_CONJUNCTIONS:
                continue  # "Want raadslid is inderdaad een stevige job"; a surname otherwise ("Van der Want")
            name = _without_opening_word(name)
        if name and not _in_parentheses(context.text, match.start(group), match.end(group)):
            offset = match.start(group) + raw.index(name.split()[0])
            # not a place ("In Loon op Zand trad ...", an office's: "burgemeester van Dinteloord, A. Schout"), nor a
            # noun after an article ("een volle Statenzaal")
            after_article = (_AFTER_ARTICLE.search(context.text, max(0, offset - 30), offset)
                             or _ELLIPSIS.search(context.text, max(0, offset - 30), offset)
                             or _PLACE_PREPOSITION.search(context.text, max(0, offset - 20), offset)
                             or _PLACE_OF_AN_OFFICE.search(context.text, max(0, offset - 40), offset))
            place = context.place_at(offset)
            if _names_a_party_for(context, offset + len(name)) or _place_compound(context, name):
                continue  # "Hart voor Veere", "Beter voor Rijswijk": a local party named for its place
            noun, _, rest = name.partition(" ")
            if after_article and place is None and " " in rest and is_full_name(rest):
                # the noun after the article, then a person: "in een volle Statenzaal Agnes Mulder geïnstalleerd"
                found.append((offset + len(noun) + 1, offset + len(name), rest))
            elif place is None and not after_article and not _inside_place(context, offset):
                found.append((offset, offset + len(name), name))
            elif place is not None and (person := _person_after_place(context, offset + len(name), place)):
                found.append(person)
            elif place is not None and _listed_with_party(context.text, offset, offset + len(name)):
                found.append((offset, offset + len(name), name))  # "Schokker (CDA) en Bloemendaal (D66)": a person
    return found


def _names_a_party_for(context: _Context, position: int) -> bool:
    """'voor' and a municipality right after a word: the name of a local party ('Hart voor Veere')."""
    party = _FOR_PLACE.match(context.text, position)
    return party is not None and context.place_at(party.end()) is not None


_FOR_PLACE = lazy_compile(r"[ \t\u00a0]+voor[ \t\u00a0]+")


def _listed_with_party(text: str, start: int, end: int) -> bool:
    """A word in a list of people or right after an office, its party in parentheses after it: "Schokker (CDA) en
    Bloemendaal (D66)", "raadsleden Bloemendaal (D66)"; not "Dorpsbelangen en Toerisme Veere (DTV)"."""
    paren = _PAREN.match(text, end)
    return (paren is not None and _ONE_PARTY.fullmatch(paren["inside"].strip()) is not None
            and _LIST_OR_OFFICE_BEFORE.search(text, max(0, start - 20), start) is not None)


_ONE_PARTY = lazy_compile(_PARTY_TOKEN)
_LIST_OR_OFFICE_BEFORE = lazy_compile(r"(?:[,;:]|\b(?:en|of)|(?i:leden|lid|houders?|meesters?))[ \t\u00a0]+$")


def _person_after_place(context: _Context, end: int, place: tuple[Municipality, int]) -> tuple[int, int, str] | None:
    """'Oud-burgemeester van Tilburg Ruud Vreeman is ...': a place that runs into a full name is not part of it."""
    rest = context.text[place[1]:end]
    name = rest.strip()
    if not rest[:1].isspace() or not is_full_name(name):
        return None
    offset = end - len(name)
    return offset, end, name


_OPENING_CONJUNCTIONS = frozenset({"want", "doch", "noch"})


def _opens_a_sentence(text: str, position: int) -> bool:
    return not text[:position].strip() or bool(re.search(r"(?:[.!?:]\s+|\n\s*)$", text[max(0, position - 4):position]))


def _without_opening_word(name: str) -> str:
    """'Weblog Albert Dragt', 'Installatie Gerda van Caam': a capitalised word that opens the sentence before a
    given name is no part of the name (a line's first word is capitalised whatever it is)."""
    words = name.split()
    if len(words) >= 3 and words[0].isalpha() and not is_given_name(words[0]) and is_given_name(words[1]):
        return " ".join(words[1:])
    return name


_AFTER_ARTICLE = lazy_compile(
    r"(?:\b(?:een|het)[ \t\u00a0]+(?:[a-zà-ÿ]+e[ \t\u00a0]+)?|\bde[ \t\u00a0]+[a-zà-ÿ]+e[ \t\u00a0]+"
    # an organisation's name after a preposition and its article: "namens de Toeristische Initiatief Groep"
    r"|\b(?:namens|voor|bij|met|door|over|uit|naar|tegen|zonder)[ \t\u00a0]+de[ \t\u00a0]+"
    r"|\bgemeenten?[ \t\u00a0]+)$"  # a place, whether the gazetteer knows it or not: "de voormalige gemeente Strijen"
)


# "wethouder in Menameradiel", "komt uit Schoonhoven": a place, even one the gazetteer does not know (merged away)
# (not "bestaande uit René Adriaansen (raadslid ABZ)")
# (also where a person named just before lives: "#4 Lily Maaref uit Middelbeers, huidig raadslid")
_PLACE_PREPOSITION = lazy_compile(
    r"\b(?:in|op|(?:komt|kwam|komen|afkomstig)[ \t\u00a0]+uit|(?-i:[A-Z][a-zà-ÿ'’-]+)[ \t\u00a0]+uit)[ \t\u00a0]+$"
)
# "de Duin- en Bollenstreek": the second half of a compound whose shared part was left out
_ELLIPSIS = lazy_compile(r"\w-[ \t\u00a0]+(?:en|of)[ \t\u00a0]+$")


_LAST_WORDS = tuple(lazy_compile(rf"(?:\S+\s+){{{words}}}$") for words in range(1, 4))  # the last one, two, three


def _inside_place(context: _Context, offset: int) -> bool:
    """The word at `offset` ends a municipality's name that starts up to three words before: "Wijk bij Duurstede",
    "Alphen aan den Rijn"."""
    window = context.text[max(0, offset - 40):offset]
    for last_words in _LAST_WORDS:
        before = last_words.search(window)
        found = context.place_at(offset - len(before.group())) if before else None
        if found and found[1] > offset:
            return True
    return False


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """'(Theo)' after a surname, '(BVH Lokaal)': a nickname or party, not a name of its own; but an attribution in
    parentheses is a name and its office: '(Pieter Verhoeve, burgemeester Gouda)'."""
    opening, closing = text.rfind("(", 0, start), text.find(")", end)
    return opening > text.rfind(")", 0, start) and closing != -1 and (
        text.find("(", end) == -1 or closing < text.find("(", end)
    ) and "," not in text[opening:closing]


# "aan de Burgemeester Legroweg": a road named for an office's holder, the office capitalised after an article (not
# "Wethouder Overweg", "burgemeester Groeneweg": surnames in -weg)
_NAMED_FOR_AN_OFFICE = lazy_compile(r"\b(?:de|het)[ \t\u00a0]+[A-Z][a-z]+[ \t\u00a0]+$")


_SURNAME_LIKE_STREETS = ("weg", "steeg")


def _name_is_road(word: str, before: str) -> bool:
    return word.lower().endswith(_SURNAME_LIKE_STREETS) and _NAMED_FOR_AN_OFFICE.search(before) is not None


def _is_calendar(word: str) -> bool:
    return bool(_WEEKDAY.match(word)) or word.lower() in _CALENDAR


_OPENS_A_SURNAME = lazy_compile(r"(?:Op|In|Uit)[ \t\u00a0]+(?:de|den|'t|’t|het)[ \t\u00a0]+[A-Z]")  # "Op de Laak"


# what a line says after a name and a dash, other than the second half of a double name: "Kees Mulder - Wethouder",
# "Sybrig Kromkamp - Griffie", "De heer E. Drenth – Penningmeester", "Nicole Mulder – GroenLinks"
_OFFICE_NOUN = lazy_compile(r"(?:meester|voorzitter|secretaris|lid|directeur|griffie|adviseur|manager)$", re.I)


def _without_what_follows_a_dash(words: list[str], context: _Context) -> list[str]:
    """The name before a spaced dash when what follows it is a place, a party, an office or a sentence word; the name
    after it when what stands before it is no given name and a given name follows."""
    dash = next((i for i, word in enumerate(words) if word in ("-", "–")), None)
    if dash is None:
        return words
    after = words[dash + 1] if dash + 1 < len(words) else ""
    if dash and is_given_name(after) and not is_particle(after) and not is_given_name(words[dash - 1]):
        return words[dash + 1:]  # a dateline before the name: "De Ronde Venen – Ruud Kleijnen"; not "Aart – Jan"
    if after.lower() in _SURNAME_PARTICLES:
        return words  # "Magda Jansen – van Harten"
    # (a capitalised present participle describes: "Rike Pot - Afzwaaiend burgemeester Oldambt")
    no_surname = (not after or after.lower() in _STOPWORDS or after.lower().endswith(("end", "ende"))
                  or _ROLE.fullmatch(after) or _OFFICE_NOUN.search(after)
                  or _CAMEL_CASE.search(after) or _PARTY_NAME_WORD.fullmatch(after)
                  or context.places.lookup(after) or context.places.is_province(after))
    return words[:dash] if no_surname else words  # not "Dimitri Horsthuis – Tangelder"


def _an_inhabitant(context: _Context, word: str) -> bool:
    """'Drentenaar', 'Edenaar' (or a trade: 'Eigenaar'), 'Purmerender', 'Zoetermeerder': who someone is, no name."""
    return word.endswith("naar") or context.places.from_adjective(word, er_form=True) is not None


def _place_of_words(context: _Context, words: list[str]) -> bool:
    return len(words) >= 2 and context.places.lookup(" ".join(words)) is not None


def _clean_name(raw: str, context: _Context, start: int = -1) -> str | None:
    """Drop titles and sentence words around a name (found at `start`); None when nothing person-like is left. After a
    title ("de heer Valkenburg") a place's name is a surname."""
    words = _TITLE_PREFIX.sub("", raw.strip()).split()
    while words and _A_DEGREE.fullmatch(words[-1]):
        words.pop()  # a degree after the name is no part of it: "A.M.J. Dingemans MEd wethouder"
    written = len(words)
    before = context.text[max(0, start - 40):max(0, start)]  # what the sentence says right before the name
    while words and _ROLE.fullmatch(words[0]):
        words.pop(0)  # an office word is no part of a name: "Raadsgriffier Kees Verstappen"
    after_office = len(words) < written
    # Dutch writes days and months in lower case: "wethouder Zondag antwoordde" names a person
    dated_name = bool(words) and words[0][:1].isupper() and _is_calendar(words[0]) and (
        after_office or _INTRODUCED.search(context.text, max(0, start - 40), max(0, start)) is not None)
    # A capitalised particle opens a surname-only mention ("Van der Neut"); other sentence words go.
    # a frequent surname that is also a word names a person right after an office: "wethouder Bron aan de telefoon"
    office_before = after_office or _office_word_before(context.text, start)
    surname_after_office = office_before and bool(words) and words[0].lower() in _COMMON_SURNAMES
    stripped = len(words)
    while (words and not (dated_name or surname_after_office) and words[0].lower().strip("'’") in _STOPWORDS
           and not (words[0].lower() in _SURNAME_PARTICLES and len(words) > 1)
           and not _OPENS_A_SURNAME.match(" ".join(words))):
        words.pop(0)
    if len(words) < stripped and words and words[0] in _SURNAME_PARTICLES:
        return None  # "Raad van State": what a sentence word leaves is no surname
    if (len(words) >= 2 and words[1][:1].isupper() and context.places.from_adjective(words[0])
            and (len(words) >= 3 or not is_given_name(words[0]))):
        # where the person is from: "de Tielse Josan Meijers", "De oorspronkelijk Haarlemse Moolenburgh"
        words.pop(0)
    if (start >= 0 and len(words) == 2 and words[0] == "De" and words[1].endswith("er")
            and _ROLE.match(context.text, start + len(raw.rstrip()) + 1)):
        return None  # a place's adjective before the office: "De Pekelder burgervader"
    if len(words) == 2 and words[0] in ("De", "de") and _an_inhabitant(context, words[1]):
        return None  # an inhabitant: "Hans Krieger, de Purmerender die ...", "De Dordtenaar is ... burgemeester"
    if len(words) >= 2 and _place_compound(context, words[0]) and is_given_name(given := words[0].partition("-")[2]):
        words[0] = given  # a dateline glued on: "Hoogeveen-Karel Loohuis is ... herbenoemd tot burgemeester"
    if (len(words) >= 2 and words[1][:1].isupper() and not is_given_name(words[0])
            and _an_inhabitant(context, words[0]) and not context.places.lookup(words[0])):
        # an inhabitant, or a trade: "Drentenaar Boumans", "Edenaar Peter van ’t Hoog", "Eigenaar X", "Zoetermeerder
        # Aptroot"
        words.pop(0)
    words = _without_what_follows_a_dash(words, context)
    # "wethouder Wijbenga van Integratie", "Wethouder Vente van Sociale Zaken": the portfolio, not a surname's part
    # (after given names only it is: "William van Zaken")
    van = raw.find(" van ")
    if (van > 0 and start >= 0 and "van" in words[1:] and not _given_names_only(words[:words.index("van", 1)])
            and _WHOLE_PORTFOLIO.match(context.text, start + van + 5)):
        words = words[:words.index("van", 1)]
    if len(words) == 2 and len(words) < written and words[0] == "van" and (
            after_office or context.places.lookup(words[1]) or context.places.is_province(words[1])):
        # "de commissaris van de Koning van Flevoland", "Burgemeester van Brabants nieuwste gemeente": where,
        # after a sentence word or an office, not who (as right after an office: _AFTER_ROLE_PARTICLE)
        return None
    if len(words) >= 2 and words[0].lower() in _BODIES:
        return None  # "Commissie Belangenbehartiging", "Stichting Dorpsbelang": a body's name, no person's
    institution = next((i for i, word in enumerate(words) if i and word.lower() in _INSTITUTIONS
                        # not a surname after given names: "William van Zaken"
                        and not (i == len(words) - 1 and words[i - 1] == "van" and _given_names_only(words[:i - 1]))),
                       None)
    if institution is not None and "van" in words[1:institution]:
        words = words[:words.index("van", 1)]  # "Winants van de Gemeente Venray": the person, then where from
    elif institution is not None and not is_given_name(words[0]):
        return None  # "Vrije Universiteit Amsterdam", "Binnenlandse Zaken"; not "Erik Lievers van Provincie ..."
    # A name runs up to an organisation's name: "wethouder Theo Rijn Volkstuindersvereniging de Eemakker".
    organisation = next((i for i, word in enumerate(words) if i and _ORGANISATION.search(word)), None)
    if organisation is not None:
        words = words[:organisation]
    # A party's name is no person's, nor part of one: "Algemeen Belang Groot Hulst", "Marie Dujardin van
    # Gemeentebelangen"
    party = next((i for i, word in enumerate(words) if _PARTY_NAME_WORD.fullmatch(word)), None)
    if party is not None:
        words = words[:party]
    elif (start >= 0 and len(words) >= 3 and words[-2] == "van"
          and _PARTY_WORD_NEXT.match(context.text, start + len(raw.rstrip()))):
        words = words[:-2]  # the party's name runs on after the name: "Wethouder Stoffels van Algemeen Belang Cuijk"
    # "Odd Wagner van GroenLinks", "Gerrit Jansen van de VVD": whom the person speaks for
    by_party = next((i for i in range(2, len(words)) if words[i - 1] == "van" and _PARTY_ACRONYM.fullmatch(words[i])),
                    None)
    if by_party is not None:
        words = words[:by_party - 1]
    for index, word in enumerate(words):
        # Days and months are written in lower case inside a Dutch sentence: after a given name "Zondag" is a surname.
        calendar = _is_calendar(word)
        if index and (calendar or word.lower() in _COMMON_SURNAMES) and is_given_name(words[index - 1]):
            continue
        # so is a sentence word written with a capital after a given name: "cultuurwethouder Albert Haar"
        if (index and word.lower() in _STOPWORDS and is_given_name(words[index - 1])
                and words[index - 1].lower() not in _SURNAME_PARTICLES):
            continue
        if not index and (dated_name or surname_after_office):
            continue
        if index == 1 and office_before and words[0] in ("De", "de") and word.lower() in _DEMONYM_SURNAMES:
            continue  # a surname right after an office: "wethouder De Zeeuw", not "de Zeeuw" (one from Zeeland)
        if (index and word.lower() in ARABIC_ARTICLES and index + 1 < len(words) and words[index + 1][:1].isupper()
                and words[index - 1][:1].isupper()):
            continue  # an Arabic surname's article: "wethouder Kholoud Al Mobayed", "Kholoud al Mobayed"
        if index and word[0].isupper() and re.search(r"-(?:de|der|den|ter|ten)$", words[index - 1]):
            continue  # a double name's particle opens its second surname: "H.J.M.J. van Limbeek-ter Haar"
        # (after given names also "van": "William van Zaken")
        particles = index
        while particles > 1 and words[particles - 1] in (*_TUSSENVOEGSELS, "van"):
            particles -= 1
        if particles < index and word[0].isupper() and (
            _given_names_only(words[:particles]) or re.search(r"-(?:van|de|der|den|ter|ten)$", words[index - 2])
        ):
            continue  # "Wendy de Koning", "Gijsbert van de Water", "Marjolein Steffens-van de Water": the particles
            # open a surname
        if (word.lower() in _STOPWORDS or calendar) and word.lower() not in _LC_PARTICLES:
            words = words[:index]
            break
    # An article before an adjective starts the sentence's object: "burgemeester Cornelis Visser de Koninklijke
    # Erepenning", not a tussenvoegsel.
    adjective = next((i for i in range(1, len(words) - 1)
                      if words[i] in ("de", "het") and _ADJECTIVE_ENDING.search(words[i + 1])), None)
    if adjective is not None:
        words = words[:adjective]
    if len(words) == 4 and words[1] in _TUSSENVOEGSELS and context.places.lookup(words[-1]):
        words.pop()  # "Jan de Vries Rotterdam": the place after a name, not a second surname
    elif (len(words) == 3 and start >= 0 and is_given_name(words[0]) and words[1][:1].isupper()
          and not is_given_name(words[1])
          and context.places.lookup(words[2]) and _LINE_END.match(context.text, start + len(raw.rstrip()))):
        words.pop()  # a caption's line "Burgemeester Niek Meijer Zandvoort": the place after the name
    while len(words) > 2 and _BARE_INITIALS.fullmatch(words[-1]):
        words.pop()  # initials after a full name open the next one: "Jaap Smit H.M. Koningin Máxima"
    while words and (words[-1].lower() in _LC_PARTICLES or words[-1].startswith("(")):
        words.pop()  # a particle or a "(nickname)" ends no name: "Pieter Verhoeve (Gouda) Foto: ..."
    words = _from_the_given_name(words, office_before)
    if (len(words) >= 4 and is_given_name(words[0]) and not is_given_name(words[1])
            and words[1].lower() not in (*_LC_PARTICLES, "–") and is_dutch_given_name(words[2])):
        words = words[:2]  # two people side by side: "burgemeester Sjoerd Potters Carmen Braak herbenoemen"
    if not words or all(w.lower() in _LC_PARTICLES for w in words) or all(_REDACTED.fullmatch(w) for w in words):
        return None  # (nor a name blacked out in a published document: "Xxxx Xxxxxxxxxxxxxxxxx")
    place_after = next((i for i in range(2, len(words) - 1) if words[i] in ("van", "in", "aan", "op") and (
        _names_a_street(words) or context.places.from_adjective(words[-1]))), None)
    if place_after is None:
        # "Naafs van de Utrechtse Heuvelrug": a municipality of more words after "van de" (not "Marjolein van der
        # Meer Mohr", a surname)
        place_after = next((i for i in range(1, len(words) - 3) if words[i] == "van"
                            and words[i + 1] in ("de", "der", "den") and _place_of_words(context, words[i + 2:])), None)
    if place_after is not None:
        words = words[:place_after]  # "Ernst Bakker in de Kerkstraat", "Frits Naafs van de Utrechtse": where, not who
    # after a given name and a surname, "in"/"op" opens where: "Gerard Rabelink in de Nieuwe Kerk" (a particle
    # stands before the surname: "Jan Willem in 't Veld"; but "Huis in 't Veld" is one surname)
    where = next((i for i in range(2, len(words) - 1) if words[i] in ("in", "op", "aan", "uit")
                  and words[i + 1] not in ("'t", "’t") and is_given_name(words[0]) and words[i - 1][:1].isupper()
                  and not is_given_name(words[i - 1])), None)
    if where is not None:
        words = words[:where]
    if _names_a_street(words, before) and not (
            is_given_name(words[0]) and words[0].lower() not in _LC_PARTICLES):
        return None  # "Burgemeester Knappertlaan" is a street; "Tom Verlaan" is a person
    if len(words) == 1 and _name_is_road(words[0], before):
        return None
    street = _STREET_WORD_AFTER.match(context.text, start + len(raw.rstrip())) if start >= 0 else None
    if len(words) == 1 and street and street["word"] in _STREET_WORDS:
        return None  # "op het Burgemeester Berghuis plein": the street's word written apart, in lower case
    name = " ".join(words)
    if words[-1].endswith(("'s", "’s")):
        return None  # "Anna’s moeder": a possessive, not a person named as an officeholder
    if len(words) == 1 and _CAMEL_CASE.match(name):
        return None  # "GroenLinks", "ChristenUnie", "PvdA": a party, not a person
    if len(words) == 1 and _POLICY_AREA.fullmatch(name):
        return None  # "Wethouder Sportzaken van de Gemeente Amersfoort": a portfolio, not a person
    places = context.places
    # a place's adjective after a given name is a surname: "Henk Emmens" (Emmen), not "Emmens college"
    adjective = places.from_adjective(words[-1]) and not (is_full_name(name) and words[-2][:1].isupper())
    if (places.lookup(name) or places.is_province(name) or places.is_ambiguous(name)
            or adjective) and not _titled(context.text, start) and not (
            start >= 0 and _listed_with_party(context.text, start, start + len(raw.rstrip()))):
        return None  # "Den Bosch wordt ...": a place, not a person; but "Bloemendaal (D66)" is one
    if len(words) == 1 and _is_demonym(name, context):
        return None  # "De 58-jarige Enschedeër werd aangesteld als ...": where someone is from, not who
    if len(words) == 2 and places.lookup(words[1]) and not is_given_name(words[0]) and not _may_be_given(words[0]):
        return None  # "Sterk Meppel", "Woonbeheer Borne": a local party or body; not "Ritske Bloemendaal"
    return name


_DEMONYM_ENDINGS = ("ër", "naar", "aar", "mer")  # "Enschedeër", "Zwollenaar", "Emmenaar", "Arnhemmer"


def _is_demonym(word: str, context: _Context) -> bool:
    return any(word.endswith(ending) and context.places.lookup(word[:-len(ending)], context.on) is not None
               for ending in _DEMONYM_ENDINGS)


# The first word of a local party named for its municipality ("Sterk Meppel", "Samen Gemert", "Open Waalre"), besides
# the party words _PARTY_WORDS finds ("Inwonersbelang", "Leefbaar")
_LOCAL_PARTY_WORDS = frozenset({
    "sterk", "samen", "open", "nieuw", "puur", "echt", "gewoon", "jong", "actief", "vooruit", "anders", "trots",
    "hart", "wij", "ons", "mijn", "beter", "durf",
})


def _may_be_given(word: str) -> bool:
    """A capitalised short word that is no party word may be a given name the bundled lists lack ("Ritske")."""
    return (word[:1].isupper() and len(word) <= _GIVEN_NAME_LENGTH and not _PARTY_WORDS.search(word)
            and word.lower() not in _LOCAL_PARTY_WORDS)


_GIVEN_NAME_LENGTH = 8
_BARE_INITIALS = lazy_compile(r"(?:[A-Z]\.){1,4}")


def _from_the_given_name(words: list[str], office_before: bool = False) -> list[str]:
    """'Paleis Noordeinde Arthur van Dijk', 'Zaankanter Jeroen Olthof': capitalised words before a given name that
    are no given names (a place, a noun) are no part of the name; nor is a portfolio right after the office:
    'Wethouder Vastgoed Govert van Bezooijen'."""
    if len(words) < 3 or is_given_name(words[0]) or words[0].lower() in _LC_PARTICLES:
        return words
    # (after two such words any listed given name: "Slim en Schoon Onderweg Dimitri Horsthuis")
    # (not an Arabic surname's article, though "Al" is a given name too: "Kholoud Al Mobayed")
    first = next((i for i in range(1, len(words) - 1) if words[i].lower() not in ARABIC_ARTICLES and (
                  is_dutch_given_name(words[i]) or (i >= 2 and is_given_name(words[i]) and not any(
                      word.lower() in _LC_PARTICLES for word in words[:i + 1])))), None)
    if first is None or any(is_given_name(word) or word.endswith(".") for word in words[:first]):
        return words
    # two words, or an inhabitant's name ("Zaankanter", "Hagenaar"); one other word may be an unlisted given
    # name: "Siert Jan Lap"
    portfolio = office_before and first == 1 and is_dutch_given_name(words[1])
    return words[first:] if first >= 2 or re.search(r"(?:er|ër|aar)$", words[0]) or portfolio else words


_ABBREVIATION = lazy_compile(  # "Commissaris van de Koning (cvdK) Wim van de Donk"
    # a portfolio's short form before the province: "de gedeputeerde EZ van de provincie Noord-Holland Jan van Run"
    r"[ \t\u00a0]*\([A-Za-z]{2,6}\)|[ \t\u00a0]+[A-Z]{2,4}(?=[ \t\u00a0]+van[ \t\u00a0]+de[ \t\u00a0]+provincie\b)"
)


def _skip_abbreviation(text: str, position: int) -> int:
    found = _ABBREVIATION.match(text, position)
    return found.end() if found else position


# an aside between the subject and its verb: "Stapelkamp – vorige week vierde hij ... – is", "Borg die in Kropswolde
# woont, is op dit moment wethouder"
_SUBJECT_ASIDE = lazy_compile(
    r"[ \t\u00a0]+[–—][ \t\u00a0][^–—\n]{1,80}?[ \t\u00a0][–—]"
    r"|[ \t\u00a0]*,?[ \t\u00a0]*die[ \t\u00a0][^,.;:()\n]{1,80},")


def _skip_parens(text: str, position: int) -> int:
    paren = _PAREN.match(text, position)
    return paren.end() if paren else position


def _skip_affiliation(text: str, position: int) -> int:
    """Past a listed name's party: '(PvdA)', 'van de PvdA', 'namens het CDA'."""
    position = _skip_parens(text, position)
    affiliation = _AFFILIATION.match(text, position)
    return affiliation.end() if affiliation else position


# --- municipalities ------------------------------------------------------------------------------------------


# No place's name runs over a line or a list's next item ("Oisterwijk. - Anita"); a full stop alone may abbreviate
# ("Krimpen a.d. IJssel", "St. Michielsgestel").
_PLACE_BREAK = lazy_compile(r"\n|[!?;:]\s|\.\s+[-–•*]")
_PLACE_WORD = lazy_compile(r"(?:[\w'’‘()-]|\.(?![A-Z]))+")  # "Emmen.Zijn collega": a sentence after a missing space


def _place_at(text: str, position: int, places: Gazetteer, on: date | None) -> tuple[Municipality, int] | None:
    """The longest municipality name that starts exactly at `position`, with the offset after it."""
    words = list(_PLACE_WORD.finditer(text, position, position + 80))
    if not words or words[0].start() != position:
        return None
    first = words[0].group()
    if not (first[0].isupper() or first.startswith(("'s", "’s", "‘s", "s-"))) or not places.may_start(first):
        return None
    for count in range(min(places.max_words, len(words)), 0, -1):
        candidate = text[position:words[count - 1].end()].rstrip(".,)")
        if count > 1 and _PLACE_BREAK.search(candidate):
            continue  # "gemeentesecretaris van Oisterwijk.\n- Anita de Smit": a place ends at its sentence's end
        municipality = places.lookup(candidate, on)
        if municipality:
            return municipality, position + len(candidate)
    return None


# the word before a municipality's name, also written short: "van de gemeente Y", "van de gem Aa en Hunze"
_MUNICIPALITY_WORD = r"(?:\w*[Gg]emeente|[Gg]em\.?(?=[ \t\u00a0]+[A-Z]))[ \t\u00a0]+"
_TIE = lazy_compile(
    # what may stand between a role and its place: "/algemeen directeur", "(met ... jaar)", "is", "wordt"
    r"(?:[ \t\u00a0]*/[ \t\u00a0]*[a-zà-ÿ]+(?:[ \t\u00a0]+[a-zà-ÿ]+)?)?(?:[ \t\u00a0]*\([^()]{1,80}\))?"
    # "wethouder voor de VVD in de gemeente Koggenland", "wethouder namens de PvdA in Enkhuizen"
    r"(?:[ \t\u00a0]+(?:voor|namens)[ \t\u00a0]+(?:de[ \t\u00a0]+)?[A-Z][\w/&-]*(?=[ \t\u00a0]+(?:in|van)[ \t\u00a0]))?"
    r"(?:[ \t\u00a0]+(?:is|wordt|werd|blijft|(?:is[ \t\u00a0]+)?geworden"
    r"|aan[ \t\u00a0]+de[ \t\u00a0]+slag(?:[ \t\u00a0]+gaat)?))?"
    # "op Schouwen-Duiveland"; "wethouder uit de gemeente Groningen" (not "uit Dalfsen": where one lives)
    r"[ \t\u00a0]+(?:van|in|voor|der|bij|te|op|uit(?=[ \t\u00a0]+de[ \t\u00a0]+gemeente\b))"
    r"[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?"
    # "van de nieuwe Zuid-Limburgse herindelingsgemeente Y", "van het nabijgelegen Y"
    r"(?:(?:[A-Z][\w-]+se|(?!college\b)[a-z]+e|[a-z]*gelegen)[ \t\u00a0]+){0,2}"
    # "griffier van de gemeenteraad van Y"
    # "van de Brabantse plaats Laarbeek"
    # "wethouder geworden van het nieuwe college van de Utrechtse gemeente Y"
    r"(?:college[ \t\u00a0]+van[ \t\u00a0]+(?:(?:de|het)[ \t\u00a0]+)?(?:(?:[A-Z][\w-]+se|[a-z]+e)[ \t\u00a0]+){0,2})?"
    rf"(?:{_MUNICIPALITY_WORD}|(?:gemeente)?raad[ \t\u00a0]+(?:van[ \t\u00a0]+)?"
    r"|(?<=se[ \t\u00a0])(?:plaats|stad)[ \t\u00a0]+)?",
)
# "Utrecht", "in Utrecht", "van de provincie Fryslân" after a provincial role
_PROVINCE_PHRASE = (
    rf"[ \t\u00a0]*(?:(?:van|in|uit)[ \t\u00a0]+(?:de[ \t\u00a0]+[Pp]rovincie[ \t\u00a0]+)?|[Pp]rovincie[ \t\u00a0]+)?"
    # (of several: "de commissarissen van de koning uit Friesland en Noord-Holland, A en B")
    rf"(?:{_PROVINCE_NAMES})(?:(?:,[ \t\u00a0]*|[ \t\u00a0]+en[ \t\u00a0]+)(?:{_PROVINCE_NAMES})(?![\w-]))*"
    r"|[ \t\u00a0]*(?:van|in)[ \t\u00a0]+(?:onze|deze|uw|jullie)[ \t\u00a0]+provincie"  # "in onze provincie"
)
_PROVINCE = lazy_compile(_PROVINCE_PHRASE)
_PROVINCE_TIE = lazy_compile(rf"{_PROVINCE_PHRASE}(?=[ \t\u00a0]*,?[ \t\u00a0]+[A-Z(a-z])")  # a name follows


def _tied_place(context: _Context, position: int) -> tuple[Municipality | None, int]:
    """'van (de gemeente) Y' or 'in Y' right after a role; returns the place and where the text goes on."""
    tie = _TIE.match(context.text, position)
    if tie:
        found = context.place_at(tie.end())
        if found and not _PARTY_AFTER.match(context.text, found[1]):  # not "wethouder van Heemskerk Lokaal"
            return found
    # "ook raadslid (in Den Haag) en Statenlid": the tie in parentheses
    bracketed = _BRACKETED_TIE.match(context.text, position)
    found = context.place_at(bracketed.end()) if bracketed else None
    if found and (closing := _CLOSING.match(context.text, found[1])):
        return found[0], closing.end()
    return _that_place(context, position) or (None, position)


# "burgemeester Dilia Blok van die gemeente", "de burgemeester van die stad", "wethouder in deze gemeente": the
# municipality the text named last before
_THAT_PLACE = lazy_compile(
    r"[ \t\u00a0]+(?:van|in)[ \t\u00a0]+(?:die|deze|diezelfde|dezelfde)[ \t\u00a0]+(?:gemeente|stad)\b"
)


def _that_place(context: _Context, position: int) -> tuple[Municipality, int] | None:
    """The municipality 'die gemeente' right after `position` points back to, with where the text goes on."""
    that = _THAT_PLACE.match(context.text, position)
    if that is None:
        return None
    named = None
    for word in _CAPITALISED.finditer(context.text, max(0, position - 300), position):
        found = context.place_at(word.start())
        if found and found[1] <= position:
            named = found[0]
    return (named, that.end()) if named else None


_BRACKETED_TIE = lazy_compile(
    r"[ \t\u00a0]*\([ \t\u00a0]*(?:in|van)[ \t\u00a0]+(?:de[ \t\u00a0]+gemeente[ \t\u00a0]+)?"
)
_CLOSING = lazy_compile(r"[ \t\u00a0]*\)")


def _skip_province(text: str, position: int) -> int:
    """Skip 'in Utrecht', 'van de provincie Fryslân' or 'Zuid-Holland' after a provincial role."""
    tie = _PROVINCE_TIE.match(text, position)
    return tie.end() if tie else position


_BARE_TIE = lazy_compile(
    r"[ \t\u00a0]+(?:(?:van|in)[ \t\u00a0]+(?:de[ \t\u00a0]+)?)?(?:\w*[Gg]emeente[ \t\u00a0]+|[Gg]em\.[ \t\u00a0]*)?"
)


def _bare_place(context: _Context, position: int) -> Municipality | None:
    """'X, wethouder Leusden' (a list line) or 'X, burgemeester van Leusden', also after the office's party: 'Lot van
    Hooijdonk, wethouder (GroenLinks) Utrecht'."""
    found = _bare_place_at(context, position) or _bare_place_at(context, _skip_parens(context.text, position))
    return found[0] if found else None


def _bare_place_at(context: _Context, position: int) -> tuple[Municipality, int] | None:
    match = _BARE_TIE.match(context.text, position)
    found = context.place_at(match.end()) if match else None
    return None if found and _PARTY_AFTER.match(context.text, found[1]) else found  # not "raadslid Hoorn Lokaal"


# A card or a signature: a line that is a name, the next line its office and place ("Evert Weys\nBurgemeester
# Hilvarenbeek", "Jan Jansen, voorzitter\nWethouder van Ede").
_CARD_OFFICE_END = lazy_compile(  # the party may follow: "(ChristenUnie)", "CDA"
    rf"[ \t\u00a0]*(?:\([^()\n]{{1,40}}\)|{_PARTY_TOKEN})?[ \t\u00a0]*[,.;]?[ \t\u00a0]*(?:\n|$)"
    # or a second post after it: "Burgemeester van Breda en voorzitter van de VNG-commissie Sociale Impact COVID-19"
    rf"|(?:[ \t\u00a0]+{_PARTY_TOKEN})?[ \t\u00a0]*(?:,|\ben\b|&)[ \t\u00a0]*"  # "Raadslid PAK, voorzitter ..."
    r"(?:voorzitter|vicevoorzitter|lid|bestuurslid|portefeuillehouder)\b"
    r"[^\n]{0,120}(?:\n|$)"
)
# or a party's name of a few words: "Raadslid Onafhankelijke Partij Alkmaar (OPA)", "Raadslid Ronduit Open"
_CARD_PARTY_END = lazy_compile(  # (a place's small words inside: "Raadslid CDA Horst aan de Maas")
    r"(?:[ \t\u00a0]+[A-Z][\w'’&-]*"
    r"(?:(?:[ \t\u00a0]+(?:aan|de|den|der|op|in|van|en|ter|ten))+(?=[ \t\u00a0]+[A-Z]))?){1,5}"
    r"(?:[ \t\u00a0]*\([^()\n]{1,20}\))?[ \t\u00a0]*(?:\n|$)"
)
_BRACKETED_OFFICE_END = lazy_compile(rf"[ \t\u00a0]*(?:{_PARTY_TOKEN})?[ \t\u00a0]*\)[ \t\u00a0]*(?:\n|$)")
_CARD_PORTFOLIO = lazy_compile(rf"[ \t\u00a0]+{_POLICY_AREA.pattern}")
# a surname, then its place in parentheses, closing the line: " Prinsse (Hardenberg)"
_NAME_WITH_PLACE = lazy_compile(r"[ \t\u00a0]+[A-Z][a-zà-ÿ'’-]+[ \t\u00a0]*\((?=[A-Z][^()\n]{1,40}\)[ \t]*(?:\n|$))")
# (a word may break over the line's end: "wethouder mobilite" / "it" / "gemeente Landgraaf")
_CARD_AREAS_IN_LOWER_CASE = lazy_compile(r"[ \t\u00a0]+[a-zà-ÿ][a-zà-ÿ &,/-]{2,80}(?:\n[a-zà-ÿ]{1,12}(?=\n))?(?=\n)")
# a card's name line: a title, the name, its party or what else the person is ("De heer T. Schroor – Vice-voorzitter")
_CARD_NAME_START = lazy_compile(rf"[ \t\u00a0]*(?:{_TITLES})?")
_CARD_NAME_END = lazy_compile(
    r"[ \t\u00a0]*(?:\([^()\n]{1,40}\))?[ \t\u00a0]*(?:(?:,|[ \t\u00a0][–—-][ \t\u00a0])[^\n]{0,60})?$"
)


# another post of the card's person before the office: "Voorzitter commissie Zorg, Jeugd en Onderwijs, wethouder"
_OTHER_POST_FIRST = lazy_compile(r"[A-Z][^\n.;:()]{2,80},[ \t\u00a0]*")
_TITLED_LEAD = lazy_compile(rf"[ \t\u00a0]*{_TITLES}")  # "De heer Boerman, gedeputeerde": the line's own person
# A card's fields: "Anne-Floor Heijerman" / "Functie: griffier" / "Gemeente: Loon op Zand"
_OFFICE_FIELD = lazy_compile(r"(?:functie|rol)[ \t\u00a0]*:", re.I)
# on the line after the office: "Gemeente: Loon op Zand", "gemeente Landgraaf"
_MUNICIPALITY_FIELD = lazy_compile(r"[ \t\u00a0]*[Gg]emeente(?:[ \t\u00a0]*:[ \t\u00a0]*|[ \t\u00a0]+)")


_WHOSE = lazy_compile(r"[ \t\u00a0]*(?:Uw|Jullie|Onze|Ons|Je)[ \t\u00a0]+")


_PARTY_LINE = lazy_compile(rf"[ \t\u00a0]*{_PARTY_TOKEN}[ \t\u00a0]*")


def _card_above(context: _Context, match: re.Match[str], role: str, provincial: bool) -> _Mention | None:
    """The person of a card whose office line starts with this role (or its field's label): the name on the line
    above."""
    text = context.text
    line_start = text.rfind("\n", 0, match.start()) + 1
    lead = text[line_start:match.start()]
    bracketed = lead.strip() == "("  # a signature: "Peter van den Berg" / "(Raadslid PCW)"
    # a letter's signature may say whose: "Jan Kottelenberg,\nUw burgemeester"
    if line_start == 0 or (lead.strip() and not bracketed and not _OFFICE_FIELD.fullmatch(lead.strip())
                           and not (_OTHER_POST_FIRST.fullmatch(lead) and not _TITLED_LEAD.match(lead))
                           and not _WHOSE.fullmatch(lead)):
        return None
    after = _skip_abbreviation(text, match.end())
    place = None
    if provincial:
        province = _PROVINCE.match(text, after)
        after = province.end() if province else after
    elif found := (_bare_place_at(context, after) or _bare_place_at(context, _skip_parens(text, after))):
        place, after = found  # also after the party: "wethouder (GroenLinks) in Helmond"
    # "Bertje van Stiphout,\nWethouder Financiën", "Bart Smeets\nwethouder wonen en openbare ruimte"
    portfolio = _CARD_AREAS_IN_LOWER_CASE.match(text, after) or _CARD_PORTFOLIO.match(text, after)
    after = portfolio.end() if portfolio else after
    if portfolio and place is None and not provincial:
        place, after = _tied_place(context, after)  # "Wethouder Economie in Breda"
    office_end = (_BRACKETED_OFFICE_END if bracketed else _CARD_OFFICE_END).match(text, after) or (
        # (not a full name after the office: "Nieuwjaarstoespraak" / "Burgemeester Nicole Ramaekers-Rutjens")
        None if place or bracketed or _full_name_at(context, after) else _CARD_PARTY_END.match(text, after))
    if not office_end or (_NAME_WITH_PLACE.match(text, after) and context.place_at(text.index("(", after) + 1)):
        # (not a name with its place on a list's line: "Rob Bats (Steenwijkerland)" / "Weth. Prinsse (Hardenberg)")
        return None
    field = None if place or provincial else _MUNICIPALITY_FIELD.match(text, office_end.end())
    if field and (found := context.place_at(field.end())):
        place = found[0]
    above = text[:line_start].rstrip()
    above_start = above.rfind("\n") + 1
    if above_start and _PARTY_LINE.fullmatch(above, above_start):
        # the party on a line of its own between: "Michiel Rijsberman" / "D66" / "Gedeputeerde provincie Flevoland"
        above = above[:above_start].rstrip()
        above_start = above.rfind("\n") + 1
    names = context.names_between(above_start, len(above))
    if (not names or not _CARD_NAME_START.fullmatch(text, above_start, names[0][0])
            or context.claimed_by(names[0][0], names[0][1])):
        return None
    start, end, name = names[0]
    if not _CARD_NAME_END.match(above[end:]):
        return None
    return _mention(context, name, role, start, end, place, match, provincial)


def _labelled_below(context: _Context, match: re.Match[str], role: str, provincial: bool) -> _Mention | None:
    """A label on a line of its own and its value on the next, as a list of a meeting's officers is set ("Griffier"
    / "G.H. Bakkes (Belinda)"; "Voorzitter" / "H.W. Hissink" / "Griffier" / "R.G. Groters"): the name below, when
    the office opens the text or the lines above alternate the same way."""
    text = context.text
    line_start = text.rfind("\n", 0, match.start()) + 1
    label = _LABEL_END.match(text, match.end())
    if text[line_start:match.start()].strip() or label is None or _is_plural(match):
        return None  # a plural label heads a list, a name a line ("Wethouders" / "A (PGB)" / "B (PrO)"): see below
    names = context.names_between(label.end(), _line_end(text, label.end()))
    if len(names) != 1 or names[0][0] != label.end() or not _LINE_NAME_END.match(text, names[0][1]):
        return None
    if line_start and not _alternates_above(context, line_start):
        return None
    start, end, name = names[0]
    return _mention(context, name, role, start, end, None, match, provincial)


def _alternates_above(context: _Context, line_start: int) -> bool:
    """Whether the line above holds a name alone and the line above that a label alone ("Voorzitter")."""
    text = context.text
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    if above_start == 0:
        return False
    names = context.names_between(above_start, line_start - 1)
    label_start = text.rfind("\n", 0, above_start - 1) + 1
    return (len(names) == 1 and names[0][0] == above_start and _LINE_NAME_END.match(text, names[0][1]) is not None
            and _LABEL_LINE.fullmatch(text[label_start:above_start - 1].strip()) is not None)


_LABEL_END = lazy_compile(r"[ \t\u00a0]*:?[ \t\u00a0]*\n[ \t\u00a0]*")
_LABEL_LINE = lazy_compile(r"[A-Z][a-zà-ÿ]+(?:[ \t\u00a0]+[a-zà-ÿ]+)?:?")  # "Voorzitter", "Plaatsvervangend griffier"
_LINE_NAME_END = lazy_compile(r"[ \t\u00a0]*(?:\([^()\n]{1,40}\))?[ \t\u00a0]*[.,]?[ \t\u00a0]*(?:\n|$)")


def _signed_below(
    context: _Context, match: re.Match[str], role: str, after: int, provincial: bool,
) -> _Mention | None:
    """A letter's signature: the office ends its line with a comma, the name stands alone on the next ("Uw
    burgemeester,\nRuud van den Belt", "De burgemeester van Ede,\nJan Jansen")."""
    sign = _SIGNATURE.match(context.text, after)
    if sign is None:
        return None
    names = context.names_between(sign.end(), _line_end(context.text, sign.end()))
    title = _TITLE_PREFIX.match(context.text[sign.end():names[0][0]]) if names else None  # "Mr.Th.G.M. Heere."
    opens = names and (names[0][0] == sign.end() or (title and title.end() == names[0][0] - sign.end()))
    if len(names) != 1 or not opens or not _LINE_NAME_END.match(context.text, names[0][1]):
        return None
    start, end, name = names[0]
    place = None if provincial else _tied_place(context, _skip_abbreviation(context.text, match.end()))[0]
    return _mention(context, name, role, start, end, place, match, provincial)


_SIGNATURE = lazy_compile(  # "De burgemeester van Zelhem,": a place the gazetteer may not know (merged in 2005)
    r"(?:[ \t\u00a0]+van[ \t\u00a0]+(?:de[ \t\u00a0]+)?[A-Z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*)*)?"
    r"[ \t\u00a0]*,[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)?[ \t\u00a0]*"  # "De griffier,\n\nJ.M. van Midden"
)


# After a name only "van" ties: "burgemeester Peter Snijders in Zwolle teruggekeerd" is where he is.
_TIE_AFTER_NAME = lazy_compile(  # over a line break too, in text wrapped as a PDF wraps it
    # (also glued where a text lost its spaces: "burgemeesterSteven de Vreeze(PvdA) vanTiel")
    r"[ \t\u00a0]*,?(?:[ \t\u00a0]*\n)?[ \t\u00a0]*(?<=[\s,])(?:"
    # "Raadsleden A en B van de gemeenteraad van Loppersum"
    r"van[ \t\u00a0]+de[ \t\u00a0]+(?:gemeente)?raad[ \t\u00a0]+van[ \t\u00a0]+"
    r"|(?:van|uit)(?:[ \t\u00a0]+|(?=[A-Z][a-z]))"
    r"(?:(?:de|het|onze|deze)[ \t\u00a0]+)?(?P<adjective>[A-Z][\w-]+se[ \t\u00a0]+)?"
    # "van de nieuwe gemeente Altena", "van onze gemeente Land van Cuijk"
    rf"(?:[a-z]+e[ \t\u00a0]+(?=\w*[Gg]emeente))?(?:{_MUNICIPALITY_WORD})?"
    r"|[Gg]emeente[ \t\u00a0]+"  # also a caption's "burgemeester X gemeente Y", "Burgemeester X Gemeente Y"
    r"|der[ \t\u00a0]+[Gg]emeente[ \t\u00a0]+)"  # "burgemeester Raven der gemeente Hellendoorn"
)


# "(gemeente Losser)", "(van gemeente Heemstede, aanwezig ...)"
_GEMEENTE = lazy_compile(r"^(?:van[ \t\u00a0]+)?(?:de[ \t\u00a0]+)?gemeente[ \t\u00a0]+", re.I)


# (the names may be announced: "De burgemeesters van Breda, ... en Tilburg, te weten Nijpels, ... en Brokx")
_LISTED_PLACE = lazy_compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:(?:te[ \t\u00a0]+weten|namelijk)[ \t\u00a0]+)?")
_LIST_ITEM_END = lazy_compile(r"[ \t\u00a0]*(?:,|\ben\b|;|\)|\n|$)")


def _place_after_name(context: _Context, position: int, listed: bool = True) -> Municipality | None:
    """'wethouder Jansen (Ede)', 'burgemeester Jansen (CDA) van Ede', 'wethouder Jansen van de gemeente Ede'."""
    if that := _that_place(context, position):
        return that[0]
    paren = _PAREN.match(context.text, position)
    if paren:
        municipality = _place_in(context, _parenthesis_parts(paren))
        if municipality:
            return municipality
        position = paren.end()
    portfolio = _PORTFOLIO_AFTER_NAME.match(context.text, position)
    if portfolio:
        position = portfolio.end()  # "wethouder Eerenberg van Financiën in Enschede": the portfolio, then the place
    comma = _LISTED_PLACE.match(context.text, position) if listed else None
    if comma:
        found = context.place_at(comma.end())
        if found and _LIST_ITEM_END.match(context.text, found[1]):
            return found[0]  # "Wethouder Hans Wijnants, Noordoostpolder en wethouder Geert Post, Urk, tekenden"
    match = _TIE_AFTER_NAME.match(context.text, position)
    if match and not context.text[position:match.end()].strip(" ,").startswith("uit"):
        # the adjective may open the name itself: "burgemeester Naafs van de Utrechtse Heuvelrug"
        found = context.place_at(match.end()) or (match["adjective"] and context.place_at(match.start("adjective")))
        if (found and not _NAME_GOES_ON.match(context.text, found[1]) and not _PARTY_AFTER.match(context.text, found[1])
                and not _SEATED.match(context.text, found[1])):
            # not "Raadslid Leo Herms van Wijchen Lokaal", a party named for the place; nor the next party to a
            # contract: "... door de wethouder dhr. J.D. Rensen, Gemeente Pijnacker-Nootdorp, gevestigd ..."
            return found[0]
    if (_CAPITAL_AFTER_SPACE.match(context.text, position) and (found := context.place_at(position + 1))
            and _LINE_END.match(context.text, found[1])):
        return found[0]  # a caption's line "Burgemeester Niek Meijer Zandvoort"
    inside = _IN_PLACE.match(context.text, position)
    found = context.place_at(inside.end()) if inside else None
    if found and (portfolio or _LIST_ITEM_END.match(context.text, found[1]) or _PREDICATE_NEXT.match(
            context.text, found[1])) and not _NAME_GOES_ON.match(context.text, found[1]):
        return found[0]  # "burgemeester Annette Bronsvoort in Oost-Gelre, die ...": not "in Zwolle teruggekeerd"
    responsible = _RESPONSIBLE_IN.match(context.text, position)
    found = context.place_at(responsible.end()) if responsible else None
    if found and _HOLDS_PORTFOLIO.match(context.text, found[1]):
        return found[0]  # "Wethouder Bennie Wijnne (SGP) is in Barneveld verantwoordelijk voor ..."
    return None


_CAPITAL_AFTER_SPACE = lazy_compile(r" [A-Z]")
_SEATED = lazy_compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:gevestigd|kantoorhoudend)\b")
# where the person holds a portfolio: "X (SGP) is in Barneveld verantwoordelijk voor", "X die in de gemeente
# Waadhoeke economische zaken in portefeuille heeft"
_RESPONSIBLE_IN = lazy_compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?:die|is)[ \t\u00a0]+in[ \t\u00a0]+(?:de[ \t\u00a0]+gemeente[ \t\u00a0]+)?"
)
_HOLDS_PORTFOLIO = lazy_compile(r"[^.;:]{0,60}?\b(?:verantwoordelijk|portefeuille)", re.I)


# "wethouder Edwin Enklaar in Harderwijk is ten einde raad": the place of the office, the clause's verb after it (not
# "burgemeester Wobine Buijs in Tilburg werd geboren": where born)
_PREDICATE_NEXT = lazy_compile(
    r"[ \t\u00a0]+(?:is|wordt|werd|heeft|had|zegt|zei|gaat|krijgt|kreeg)\b(?![ \t\u00a0]+geboren\b)"
)
_NAME_GOES_ON = lazy_compile(r"[ \t\u00a0]+[A-Z][a-z]")  # "van de Wageningen Universiteit": an institution's name


def _adjective_place(context: _Context, role_start: int) -> Municipality | None:
    """'de Leusdense wethouder', 'Rotterdams burgemeester': an adjective of a municipality just before the role;
    or the municipality glued on: 'Hillegom-wethouder'."""
    before = context.text[max(0, role_start - 40):role_start]
    glued = re.search(r"(?<![\w-])([\w'’]+(?:-[\w'’]+)*)-$", before)
    if glued:
        place = context.places.lookup(glued.group(1), context.on)
        if place:
            # "Hart voor Delft-raadslid", "Leefbaar Rotterdam-raadslid": a party named for the place
            return None if _NAMES_A_PARTY.search(before, 0, glued.start()) else place
        before = before[:glued.start()]  # "het Terneuzense 50Plus-raadslid": the adjective before the party
    named = _PLACE_AS_ADJECTIVE.search(before)  # "de Waalre burgemeester De Wijkerslooth"
    # (not a surname with its particle after a given name: "werd Frank de Grave waarnemend burgemeester")
    given = _LAST_WORD.search(before, 0, named.start()) if named else None
    if (named and not (given and is_given_name(given.group(1)))
            and (place := context.places.lookup(named.group(1), context.on))):
        return place
    adjective = re.search(r"(\w+)['’]?[ \t\u00a0]+$", before)  # also a genitive: "Boxtels’ wethouder"
    if adjective and (place := context.places.from_adjective(adjective.group(1), context.on, er_form=True)):
        return place
    # the municipality's genitive, and words of time between: "Hengelo's pas onlangs aangetreden burgemeester"
    genitive = _GENITIVE_PLACE.search(before)
    return context.places.lookup(genitive.group(1), context.on) if genitive else None


_GENITIVE_PLACE = lazy_compile(r"(?<![\w'’-])([A-Z][\w-]*)['’]s[ \t\u00a0]+(?:[a-zà-ÿ]+[ \t\u00a0]+){0,3}$")


_LAST_WORD = lazy_compile(r"([A-Z][\w'’-]*)[ \t\u00a0]+$")
_PLACE_AS_ADJECTIVE = lazy_compile(
    r"(?<![\w'’-])(?:de|het)[ \t\u00a0]+([A-Z][\w'’-]*(?:[ \t\u00a0][A-Z][\w'’-]*){0,2})[ \t\u00a0]+$"
)


_TRAILING_PROVINCE = lazy_compile(rf"\s+van\s+(?:(?:de\s+)?(?i:provincie)\s+)?(?:{_PROVINCE_NAMES})$")


_PARTY_ACRONYM = lazy_compile(r"[A-Z][a-z]+[A-Z]\w*|[A-Z][A-Z0-9]{1,4}")  # "GroenLinks", "PvdA", "VVD", "D66", "JA21"
_PARTY_NAME_WORD = lazy_compile(r"(?i:belang|belangen|partij|lokaal|leefbaar|\w+belang(?:en)?|\w+partij)")
_PARTY_WORD_NEXT = lazy_compile(rf"[ \t\u00a0]+{_PARTY_NAME_WORD.pattern}\b")
_PARTY_WORDS = lazy_compile(r"belang|partij|lokaal|leefbaar|lijst|unie|links|groen|progressief|liberaal", re.I)
# "Wijchen Lokaal", "Dongen Belang", "Zoetermeer Vooruit", "Beuningen Nu & Morgen": a party named for the place
_PARTY_AFTER = lazy_compile(
    rf"[ \t\u00a0]+(?:{_PARTY_NAME_WORD.pattern}|Vooruit|Nu|Anders|Sterk|Centraal|Actief|Samen|Transparant|Positief"
    r"|Plus|Verder|Beter)\b"
)
# the words before a place that make it a party's name: "Hart voor Delft", "Leefbaar Rotterdam", "Wij Putten"
_NAMES_A_PARTY = lazy_compile(
    rf"(?:\b(?:{'|'.join(sorted(_LOCAL_PARTY_WORDS))}|voor)|{_PARTY_WORDS.pattern})[ \t\u00a0]+$", re.I
)


def _is_party(word: str) -> bool:
    """'GroenLinks', 'ChristenUnie', 'Gemeentebelangen', 'Stadspartij': a party's name, not a surname."""
    return bool(_CAMEL_CASE.match(word) or _PARTY_WORDS.search(word))


_ANOTHER_PLACE_AFTER = lazy_compile(r"[ \t\u00a0]+(?:van|in)[ \t\u00a0]+(?:de[ \t\u00a0]+gemeente[ \t\u00a0]+)?[A-Z']")


def _office_word_before(text: str, start: int) -> bool:
    """An office word is the last word before `start` ("wethouder Bron", "burgemeester Kok van Ommen")."""
    return start > 0 and _ROLE.fullmatch((text[max(0, start - 40):start].split() or [""])[-1]) is not None


def _given_names_only(words: list[str], common: bool = False) -> bool:
    """'Jan', 'Jan Willem': a given name, and Dutch given names after it (so 'Patrick Kiel' is no double name).

    `common`: none of them a first name the Netherlands hardly uses, as often a surname ('Kok', 'Joosten').
    """
    return (is_given_name(words[0]) and all(is_dutch_given_name(word) for word in words[1:])
            and not (common and any(is_rare_dutch_given_name(word) for word in words)))


def _strip_province(name: str) -> str:
    """'Co Verdaas van Gelderland' -> 'Co Verdaas': a provincial officeholder's province is not their surname."""
    stripped = _TRAILING_PROVINCE.sub("", name)
    return stripped if stripped.split() else name


# "Robin Hartogh Heys van der Lier": "van der"/"van den" after a surname goes on with a second one; where someone is
# from or whom they speak for is "van de" ("van de VVD", "van de Gemeente Venray").
_DOUBLE_SURNAME_VAN = lazy_compile(r"(?:der|den)\s")


_AGE_AFTER = lazy_compile(r"[ \t\u00a0]*\(\d{1,3}\)")


def _split_place_from_name(
    context: _Context, name: str, start: int,
) -> tuple[str, Municipality | None, int]:
    """'Patrick Kiel van Leusden' -> ('Patrick Kiel', Leusden, end of 'Leusden') when 'van' precedes a municipality.

    'Eerenberg van Enschede' splits too: a lone word before 'van <municipality>' that is not a given name is a
    surname, and the municipality follows it (news style).
    """
    for found in re.finditer(r"\svan\s", name):
        head = name[:found.start()].split()
        place = context.place_at(start + found.end())
        if head and place and place[1] > start + len(name) and any(
                c.isalpha() for c in context.text[start + len(name):place[1]]):
            # "Hans Kok van Hof van Twente": the municipality runs on past what looked like a surname (not just over
            # the dash before a party: "Wethouder Eline van Boxtel - Partij van de Arbeid")
            return " ".join(head), place[0], place[1]
        # (a first name the Netherlands hardly uses is a surname before a place: "Niels Joosten van Doetinchem", and
        # alone after the office, "burgemeester Kok van Ommen"; not where the office's own place follows:
        # "burgemeester Willibrord van Beek van de gemeente Gennep")
        common = not _ANOTHER_PLACE_AFTER.match(context.text, start + len(name)) and (
            len(head) > 1 or _office_word_before(context.text, start))
        # (a double name's hyphen before its particle: "Ilona Jense- van Haarst")
        if (not head or head[-1].lower() in _LC_PARTICLES or head[-1][-1] in "-–—" or _given_names_only(head, common)
                or _NOBLE_WORD.fullmatch(head[-1])  # "R.A. ridder van Rappard"
                # "J. C. van Dijk-Sturm", "J.W.A. (Asje) van Dijk": initials (and a nickname), then the surname
                or all(word.endswith(".") or word.startswith("(") for word in head)):
            continue  # "Jan van Beek", "Jan Willem van Dongen": given names, then a surname with its particle
        place = context.place_at(start + found.end())
        if place and len(head) == 1 and _AGE_AFTER.match(context.text, place[1]):
            # "SGP’er Huig van Barneveld (73) is ... wethouder geworden": the age follows the whole name; but
            # "Arjen Gerritsen van Almelo (52)" has a full name before the place
            continue
        if place and _PARTY_AFTER.match(context.text, place[1]):
            return " ".join(head), None, place[1]  # "Leo Herms van Wijchen Lokaal": a party named for the place
        if place:
            # "Wethouder Jop Fackeldey (Luchthavenontwikkeling) van Lelystad": the portfolio between is no name's
            if len(head) > 2 and _POLICY_AREA.fullmatch(head[-1].strip("()")) and head[-1].startswith("("):
                head = head[:-1]
            return " ".join(head), place[0], place[1]
        if len(head) == 1 and _is_party(name[found.end():].split()[0]):
            # "Wethouder Auwema van Gemeentebelangen", "Buitenweg van GroenLinks": a surname, then the party.
            return head[0], None, start + found.start()
        if len(head) >= 2 and not all(is_given_name(word) for word in head) and not _DOUBLE_SURNAME_VAN.match(
                name, found.end()):
            # "Raadslid Niels Hilboesen van Stadspartij": a tussenvoegsel follows the given names, not a surname.
            return " ".join(head), None, start + found.start()
    return name, None, start + len(name)


# --- one person, one entry ----------------------------------------------------------------------------------


def _merge(mentions: list[_Mention]) -> list[Person]:
    """One person per name: 'burgemeester Ederveen' after 'burgemeester Anton Ederveen' is the same person."""
    merged: list[_Mention] = []
    for mention in mentions:
        same = next((m for m in merged if _same_person(m.name, mention.name)), None)
        if same is None:
            merged.append(mention)
            continue
        if len(mention.name) > len(same.name) and not _with_place(same.name, mention.name):
            same.name, same.start = mention.name, min(same.start, mention.start)
        if mention.became:  # "wethouder Loes Meeuwisse die burgemeester werd van Noord-Beveland": the office now
            same.role, same.municipality = mention.role, mention.municipality
        same.municipality = same.municipality or mention.municipality
    return [_person(m) for m in sorted(merged, key=lambda m: m.start)]


def _same_person(a: str, b: str) -> bool:
    a_fold, b_fold = a.casefold(), b.casefold()
    return (a_fold == b_fold or a_fold.endswith(" " + b_fold) or b_fold.endswith(" " + a_fold)
            or _with_place(a, b) or _with_place(b, a) or _initials_for(a, b) or _initials_for(b, a))


def _initials_for(short: str, full: str) -> bool:
    """'D. Straat' is 'Dennis Straat' written with his initial."""
    initials, _, surname = short.partition(" ")
    return (bool(surname) and _BARE_INITIALS.fullmatch(initials) is not None and initials[0] == full[:1]
            and full.casefold().endswith(" " + surname.casefold()) and not _BARE_INITIALS.fullmatch(full.split()[0]))


def _with_place(name: str, longer: str) -> bool:
    """'Jan Hamming van Heusden' is 'Jan Hamming' with his municipality read as a surname."""
    rest = longer[len(name):]
    return longer.startswith(name + " van ") and gazetteer().lookup(rest[len(" van "):]) is not None


def _person(mention: _Mention) -> Person:
    parts = split_name(mention.name)
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
