"""Dutch dates in running text and the theme of a heading.

Phrases are quoted from tests/devset (sources in its README) and from the headings of
https://vng.nl/artikelen/gemeenten-doen-mee-aan-dialogen-over-herstel-en-vernieuwing-na-corona.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsers.dates import english_stamp, find_dates, first_date, is_only_a_date
from parsers.themes import is_known_theme, normalise_theme


@pytest.mark.parametrize(
    ("text", "page_date", "expected"),
    [
        ("was op 18 maart voorzitter van de online dialoogtafel", date(2021, 3, 11), date(2021, 3, 18)),
        ("Afgelopen donderdag 15 oktober 2020 in de ochtend is", None, date(2020, 10, 15)),
        ("Hoogeveen-(28-03-2024)Gisteravond nam burgemeester", None, date(2024, 3, 28)),
        ("Op woensdag 6 september is burgemeester Hertog", date(2017, 9, 7), date(2017, 9, 6)),
    ],
)
def test_dates(text: str, page_date: date | None, expected: date) -> None:
    assert first_date(text, page_date) == expected


def test_a_year_written_short() -> None:
    """"7 juni ’18": the year's last two digits after an apostrophe (tests/holdout142 mj_magento, from
    https://weststellingwerf.groenlinks.nl/nieuws/schooldebat), read in the century they fall in."""
    assert find_dates("7 juni ’18 was er een schooldebat gepland", date(2021, 12, 6)) == [date(2018, 6, 7)]
    assert find_dates("op 3 mei '81", None) == [date(1981, 5, 3)]


def test_a_date_alone() -> None:
    """A blog's date heading ("dinsdag 10 mei 2011", tests/holdout135 mc_weblog) is a date and nothing else."""
    assert is_only_a_date("dinsdag 10 mei 2011") and is_only_a_date("22-06-2011")
    assert not is_only_a_date("Verslag van 18 november 2022") and not is_only_a_date("10 mei")


@pytest.mark.parametrize(
    ("source", "text", "page_date", "expected"),
    [
        ("https://www.omroepwest.nl/nieuws/4183080/Rotterdamsebaan-in-februari-eindelijk-open",
         "De feestelijke opening staat gepland op 4 en 5 februari.", date(2018, 1, 11), date(2018, 2, 4)),
        ("http://www.opennieuwsbank.nl/bericht/2006/05/15/S034-activiteiten-in-en-om-het-provinciehuis.html",
         "Gedeputeerde René van Diessen neemt van 15 tot en met 17 mei deel aan een seminar voor het Comité van de "
         "Regio's.", date(2006, 5, 12), date(2006, 5, 15)),
        ("https://www.actiefonline.nl/nieuws/algemeen/52226/oude-raad-tytsjerksteradiel-neemt-29-3-afscheid-nieuwe-treedt-w",
         "Burgemeester Jeroen Gebben van Tytsjerksteradiel zal wellicht dinsdag- en woensdagavond 29 en 30 maart veel "
         "staand aan het woord zijn.", date(2022, 3, 25), date(2022, 3, 29)),
    ],
)
def test_of_days_listed_or_spanned_the_first(source: str, text: str, page_date: date, expected: date) -> None:
    # the year from the date of a page of that year (the labelled sets record only some pages' dates)
    assert find_dates(text, page_date) == [expected], source


def test_a_date_without_a_year_is_never_guessed() -> None:
    assert find_dates("tijdens de raadsvergadering van donderdag 20 maart afscheid genomen", None) == []


def test_a_date_without_a_year_takes_the_year_the_text_gives_that_day() -> None:
    # quoted from https://www.sgpgo.nl/2008/06/jonge-raadsleden-in-goedereede/ (tests/holdout63, fe_boltcms)
    text = ("Op dinsdag 2 december om 20.00 uur vindt in het Bonte Paard in Dijkerhoek de ondertekening van het "
            "convenant plaats. De ondertekening van het convenant vindt plaats tijdens een bijeenkomst op "
            "dinsdagavond 2 december 2008 van 20.00 tot 21.00 uur in Het Bonte Paard in Dijkerhoek.")
    assert find_dates(text, date(2024, 5, 1)) == [date(2008, 12, 2), date(2008, 12, 2)]
    assert find_dates("op 2 december en op 3 december 2008", date(2024, 5, 1)) == [date(2024, 12, 2), date(2008, 12, 3)]


def test_impossible_dates_are_ignored() -> None:
    assert find_dates("31 februari 2021 en 31-02-2021", None) == []


@pytest.mark.parametrize(
    ("heading", "theme"),
    [
        ("Dialoogtafel geluk en ontspanning", "geluk en ontspanning"),
        ("Dialoogtafel onderwijs en werk", "onderwijs en werk"),
        ("Dialoogtafel over samen leven", "samen leven"),
        ("Dialoogtafel over gezondheid", "gezondheid"),
        ("Dialoogtafel over natuur en milieu", "natuur en milieu"),
        # spelling variants of the known themes
        ("Dialoogtafel Onderwijs & Werk", "onderwijs en werk"),
        ("Dialoogtafel over samenleven", "samen leven"),
        ("Online dialoogtafel: Natuur & Milieu", "natuur en milieu"),
        # an unknown topic is kept as written, lower-case
        ("Dialoogtafel Wonen en verkeer", "wonen en verkeer"),
        # a numbered table; a topic that opens with an article; a sentence about the tables is no topic
        ("Tafel 3: Platteland", "platteland"),
        # a topic that is days, not a date after the topic (tests/holdout103, jj_blogger)
        ("Dialoogtafel 4 en 5 mei", "4 en 5 mei"),
        ("Tafel 2 - Zorg & welzijn", "zorg & welzijn"),
        ("Dialoogtafel de raadzaal", "de raadzaal"),
        ("Dialoogtafels de komende weken", "dialoogtafels de komende weken"),
        # "Gesprek over X" names its topic; "Gesprekken over ..." speaks of several, and stays as written
        ("Gesprek over de weekmarkt", "de weekmarkt"),
        ("Gesprek over natuur & milieu", "natuur en milieu"),
        ("Gesprekken over zorg", "gesprekken over zorg"),
        # a place or a year belongs to the topic (tests/holdout128 ls_movabletype, holdout42, holdout119 kv_orgmode);
        # the host after it does not
        ("Dialoogtafel over natuur op Texel", "natuur op texel"),
        ("Dialoogtafel wonen in Zuid", "wonen in zuid"),
        ("Gesprek over wonen in 2050", "wonen in 2050"),
        ("Dialoogtafel Wonen met wethouder Jansen", "wonen"),
        # a comma within the topic (tests/holdout297 hn_waterschap_drupal9); not one before a date, a host or "met"
        ("Dialoogtafel Schoon water, schone energie", "schoon water, schone energie"),
        ("Dialoogtafel Wonen, 18 maart", "wonen"),
        ("Dialoogtafel Wonen, met wethouder Jansen", "wonen"),
        ("Dialoogtafel Zorg, Jan Jansen", "zorg"),
    ],
)
def test_themes(heading: str, theme: str) -> None:
    assert normalise_theme(heading) == theme


def test_known_and_unknown_themes() -> None:
    assert is_known_theme("gezondheid")
    assert not is_known_theme("wonen en verkeer")


def test_a_capitalised_word_after_dialoogtafel_opens_a_title() -> None:
    """'Van boer tot bord' is a table's title; 'in het land' after 'Dialoogtafels' is a sentence about the tables."""
    assert normalise_theme("Dialoogtafel Van boer tot bord") == "van boer tot bord"
    assert normalise_theme("Dialoogtafels in het land") == "dialoogtafels in het land"


def test_a_day_as_the_nineteenth_century_wrote_it() -> None:
    """"Den 11den Augustus 1897" (holdout286 yc_joomla3, section 3, a commissaris's travel account quoted on
    https://www.bhic.nl/ontdekken/verhalen/de-commissaris-van-de-koningin-over-haps)."""
    text = "Den 11den Augustus 1897 bezocht ik de Gemeente Haps; ik reed van Beugen-Kruispunt naar Beugen."
    assert find_dates(text) == [date(1897, 8, 11)]


def test_a_square_named_for_a_day_is_no_date() -> None:
    """"het 5 Mei plein" in Wageningen names a square (holdout273 ud_word2003, sections 1 and 2,
    http://www.omroepgelderland.nl/nieuws/2133716/Bevrijdingsvuur-ontstoken-in-Wageningen and
    https://nos.nl/artikel/2230410-bevrijdingsvuur-ontstoken-in-wageningen-feest-van-start.html)."""
    assert find_dates("Dat gebeurt op het 5 Mei plein voor Hotel de Wereld, waar in 1945 over de "
                      "capitulatievoorwaarden met de Duitsers werd onderhandeld", date(2019, 5, 6)) == []
    assert find_dates("De Engelse veteraan en bevrijder Ray Lord (92) bracht het vuur naar het 5 Mei Plein.",
                      date(2019, 5, 6)) == []


def test_an_english_stamp_only_as_a_whole() -> None:
    """A platform's English stamp (HackMD's tooltip in holdout260 wl_hackmd: "Wed, Mar 17, 2021 4:30 PM") is read
    only when it is the whole text: "mar" or "may" inside a Dutch sentence dates nothing."""
    assert english_stamp("Wed, Mar 17, 2021 4:30 PM") == date(2021, 3, 17)
    assert english_stamp("17 Mar 2021 16:30") == date(2021, 3, 17)
    assert english_stamp("Op 17 mar 2021 opende de burgemeester de brug") is None
    assert english_stamp("Feb 30, 2021") is None
