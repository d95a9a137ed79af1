"""Blocks to sections, and the page's own metadata (title, published and modified dates)."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from functools import lru_cache

from lxml import etree

from parsers.blocks import (
    PSEUDO_HEADING_LEVEL,
    RELATED_PAGES,
    SEVERAL_TABLES,
    TABLE_REPORT,
    THIS_TABLE,
    Block,
    clean_text,
    iter_blocks,
)
from parsers.content import parse_tree, text_of
from parsers.dates import english_stamp, find_dates, first_date, is_only_a_date, rfc_2822_date
from parsers.mapfeatures import feature_blocks
from parsers.officeholders import find_officeholders, is_full_name, is_policy_area, names_an_office, opens_with_office
from parsers.themes import is_known_theme, normalise_theme


@dataclass(frozen=True)
class Section:
    position: int  # 1-based, among the sections that hold content
    heading: str
    level: int
    blocks: tuple[Block, ...]  # the section's own blocks, up to the next heading of any level
    parents: tuple[str, ...] = ()  # headings of the enclosing sections, outermost first

    @property
    def text(self) -> str:
        return " ".join(self.paragraphs)

    @property
    def dated_text(self) -> str:
        """The text whose dates are the table's: without a line that dates the page ("Laatst gewijzigd: 4 oktober
        2017" under the last table), nor the date on the line after a label that stands alone ("Laatst bijgewerkt",
        then "maandag 6 december 2021")."""
        kept: list[str] = []
        label_alone = False
        for line in self.paragraphs:
            if label_alone and len(line) <= _STAMP:
                label_alone = False
                continue
            page_dated = dates_the_page(line)
            label_alone = page_dated and first_date(line) is None
            if not page_dated:
                kept.append(line)
        return " ".join(kept)

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "paragraph"]

    @property
    def prose(self) -> str:
        """The paragraphs one a line, with lines that break off mid-sentence joined again (text from a PDF or
        a plain-text mail: "duur-" + "zamer", "burgemeester Foort van" + "Oosten"); not over a video or image
        between them (its caption starts anew)."""
        runs: list[list[str]] = [[]]
        for block in self.blocks:
            if block.kind == "paragraph":
                runs[-1].append(block.text)
            elif runs[-1]:
                runs.append([])
        return "\n".join(unwrap_lines(run) for run in runs if run)

    @property
    def media(self) -> list[str]:
        return [block.url for block in self.blocks if block.kind == "media"]


_PARTICLE_END = re.compile(r"(?:^|\s)(?:van|de|der|den|ter|ten|te|het|'t|’t|in|op)$")


_WRAPPED_LINE = 50  # a line broken off by a page's width is long; a card's name line ("J. Deuring") is short


def _runs_on(text: str, line: str) -> bool:
    """`line` goes on with the sentence that `text` broke off: a long line without a sentence's end before it."""
    last = text[text.rfind("\n") + 1:]
    return line[:1].isalpha() and len(last) >= _WRAPPED_LINE and not re.search(r"[.!?:;\"”’)]$", last)


def unwrap_lines(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if not text:
            text = line
        elif re.search(r"[a-zà-ÿ]-$", text) and line[:1].islower():
            text = text[:-1] + line  # a word hyphenated at the line's end
        elif _runs_on(text, line) or _PARTICLE_END.search(text):
            text += " " + line
        else:
            text += "\n" + line
    return text


@dataclass(frozen=True)
class PageMeta:
    title: str = ""
    published: date | None = None
    modified: date | None = None
    base: str = ""  # the document's <base href>, which relative links resolve against


@dataclass(frozen=True)
class Page:
    meta: PageMeta
    intro: tuple[Block, ...]
    sections: tuple[Section, ...] = field(default_factory=tuple)


# Headings of page furniture that a content area may still hold: share, related, contact, tags.
_FURNITURE_HEADING = re.compile(
    rf"^(?:{RELATED_PAGES}|deel\s+(?:deze|dit|op)\b|delen\b|share\b|volg\s+ons\b|contact\b|nieuwsbrief\b|reacties?\b|tags?\b|onderwerpen\b|"
    r"navigatie\b|menu\b|zoeken\b|cookies?\b|colofon\b|inhoudsopgave\b|inhoud\b|table\s+of\s+contents\b|op\s+deze\s+pagina\b|"
    r"bronnen\b|bron\b|referenties\b|voetnoten\b|noten\b|externe\s+links?\b|weblinks?\b|links$|populaire?\b|"
    r"meest\s+gelezen\b|voorgestelde\b|wil\s+je\s+meer\s+lezen|blijf\s+op\s+de\s+hoogte\b|abonneer|"
    r"re\s*:|wie\s+is\s+er\s+online\b|"  # a forum's replies ("Re: ...") and its who-is-online box
    r"schrijf\s+je\s+in\b|meld\s+je\s+aan\b|over\s+de\s+(?:auteur|schrijver|organisator|organisatie)\b)",
    re.I,
)
# The closing formula of a letter or an e-mail, on a line of its own.
_VALEDICTION = re.compile(
    r"^(?:met\s+)?(?:vriendelijke|hartelijke|zonnige|warme|collegiale)\s+groet(?:en)?\W*$|^hoogachtend\W*$", re.I
)
# the line that opens an earlier message quoted below a reply
_QUOTED_REPLY = re.compile(r"(?:op|on)\s.{4,120}?\s(?:schreef|wrote)\b[^:\n]{0,120}:$", re.I)
# A label over the box of the meeting still to come: "Volgende bijeenkomst", "Eerstvolgende dialoogtafel:"
_NEXT_MEETING = re.compile(
    r"\W*(?:volgende|eerstvolgende|komende)\s+(?:bijeenkomst|keer|tafel|dialoogtafel|sessie|gesprek)\W*", re.I
)
# A line alone that heads links to other pages, or a newsletter's colophon
_FURNITURE_ALONE = re.compile(
    r"(?:ook\s+interessant|lees\s+ook|gerelateerd\w*|bekijk\s+ook|zie\s+ook|meer\s+(?:nieuws|artikelen|verslagen"
    r"|berichten)|colofon)\W*",
    re.I,
)
# Headings of lists of other pages. Set as bold lines (pseudo-headings have no rank), the items that follow cannot
# show they belong to the list; they do, as the list ends the article.
_RELATED_HEADING = re.compile(rf"^(?:{RELATED_PAGES})", re.I)


def _is_dateline(heading: str) -> bool:
    """A heading that is a date line ("Verslag van 18 november 2022", "Nieuwsbrief 12-03-2021")."""
    return len(heading) <= 60 and bool(find_dates(heading)) and not _names_table(heading)


def _names_table(heading: str) -> bool:
    return "tafel" in heading.casefold()


_NON_WORD = re.compile(r"\W+")


@lru_cache(maxsize=4096)  # headings are compared with every earlier one: a long page folds each only once
def _fold(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


def _is_page_title(heading: str, title: str) -> bool:
    """The page's own title repeated as its first heading ("Dorpsraad - verslagen dialoogtafels")."""
    if not title:
        return False
    # each title whole ("Dialoogtafels 2024 - verslag werkgroep"), and its parts ("Nieuws | Gemeente Ede")
    titles = title.split(" | ")
    # ("Blog Archive » Zeven dialoogtafels", WordPress's separator before 2010; "Site › Nieuws", "Site · Nieuws")
    parts = {_fold(part) for part in re.split(r"\s+[-–—|:»›·]\s+", title)} | {_fold(whole) for whole in titles}
    folded = _fold(heading)
    if folded in parts:
        return True
    # A masthead naming the site in a few words: "Dorpenplatform" in "Nieuwsbrief Dorpenplatform – december 2020".
    return 0 < len(folded.split()) <= 3 and any(f" {folded} " in f" {part} " for part in parts)


# A section while the page is read: (heading, level, enclosing headings, its own blocks).
Draft = tuple[str, int, tuple[str, ...], list[Block]]


def split_sections(blocks: list[Block], title: str = "") -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """(intro, sections): each heading opens a section; headings nest by level.

    The page's title (an h1, or its first heading when that repeats the <title>) opens no section, and a
    furniture heading ("Deel deze pagina", "Gerelateerde artikelen") drops what it holds.
    """
    blocks = _lines_that_head_tables(_video_titles_of_their_section(_video_titles_under_their_heading(
        _name_cards_as_text(_linked_titles_over_reports(blocks)))))
    intro: list[Block] = []
    open_headings: list[tuple[int, str]] = []  # the stack of enclosing (level, heading)
    current: list[Block] | None = None
    drafts: list[Draft] = []
    seen_heading = False
    furniture_level = 0  # while > 0, blocks belong to furniture up to a heading of this level or higher
    related_level = 0  # the level of the related-pages heading ("Lees ook", "Meer verslagen") the furniture opened
    seen_h1 = False
    titled = False  # a heading repeating the page's title was read
    signed = False  # the block before closed a letter: "Met vriendelijke groet,"
    dated = False  # the furniture is the next post of a blog, opened by a date alone
    upcoming = False  # a label announced the next meeting: the table under the next heading is still to come
    for index, block in enumerate(blocks):
        if (block.kind == "heading" and signed and block.level == PSEUDO_HEADING_LEVEL and open_headings
                and current is not None and not _names_table(block.text)):
            if names_an_office(block.text):
                current.append(Block("paragraph", block.text))  # the officeholder who signs: "Burgemeester X"
            else:
                # the bold name that signs the letter right under it (an e-mail's signature): what follows is the
                # letter's footer
                furniture_level, related_level, current = open_headings[-1][0], 0, []
            continue
        signed = block.kind == "paragraph" and bool(_VALEDICTION.match(block.text))
        if block.kind == "heading":
            first_h1 = block.level == 1 and not seen_h1
            seen_h1 = seen_h1 or block.level == 1
            if not seen_heading and _is_page_title(block.text, title):
                titled = True
                continue  # the page's own title, not a section
            if (first_h1 and not (titled and _ONE_TABLE.match(block.text))
                    and all(level == PSEUDO_HEADING_LEVEL and not _has_content(own) for _, level, _, own in drafts)):
                # the page's own title; later <h1>s are sections (Medium-style pages), and so is a first one naming a
                # table under the title already read ("Verslag dialoogtafels" over <h1>Dialoogtafel verkeer</h1>).
                # Bold lines above it that hold nothing are a side column's ("Agenda: Gesprek over wonen").
                drafts.clear()
                open_headings.clear()
                current = None
                continue
            if _is_page_title(block.text, title) and not any(_has_content(own) for *_, own in drafts):
                continue  # the title again, above the text (a publication's own heading under the site's)
            if not drafts and not furniture_level and _is_dateline(block.text):
                intro.append(Block("paragraph", block.text))  # a subtitle that dates the page, not a section
                continue
            seen_heading = True
            if upcoming:
                # the box of the next meeting ("Volgende bijeenkomst" over "Dialoogtafel wonen"), up to the next
                # heading of its rank: no table held yet
                upcoming, furniture_level, related_level, current = False, block.level, 0, []
                continue
            if dated and _NAMES_A_TABLE.search(block.text):
                furniture_level = 0  # the tables go on under their dates ("25 maart 2021" over "Dialoogtafel X")
            if related_level and not current and block.level < related_level:
                # a related-pages heading set smaller than its items, nothing under it yet (a newsletter's "Lees
                # ook" h3 over the h2 titles of other pages): the items are the furniture's, down to their rank
                furniture_level = related_level = block.level
                continue
            if furniture_level and (block.level > furniture_level or (block.level == related_level and (
                    related_level == PSEUDO_HEADING_LEVEL or not current)) or (related_level and block.url)):
                continue  # what the furniture holds; after a related-pages heading, the bold lines of its items, or
                # the title of its list right below it ("Meer verslagen" > "Verslagen" over the other posts' cards),
                # or its items' titles that link to their pages ("LEES OOK" over <h2><a href=...>)
            # a date alone after the sections heads the next post of a blog's page ("dinsdag 10 mei 2011")
            dated = bool(drafts) and is_only_a_date(block.text)
            furniture_level = block.level if _FURNITURE_HEADING.match(block.text) or dated else 0
            related_level = block.level if _RELATED_HEADING.match(block.text) else 0
            while open_headings and open_headings[-1][0] >= block.level:
                open_headings.pop()
            current = []
            if not furniture_level:
                heading = _LIST_NUMBER.sub("", block.text)  # a list's number is no part of it: "1. Dialoogtafel X"
                drafts.append((heading, block.level, tuple(h for _, h in open_headings), current))
                open_headings.append((block.level, heading))
        elif block.kind == "paragraph" and _NEXT_MEETING.fullmatch(block.text):
            upcoming = True
        elif current is None:
            intro.append(block)
        elif (block.kind == "paragraph" and drafts and _is_page_title(block.text, title)
              and byline_date(tuple([b for b in blocks[index + 1:index + 7] if b.kind == "paragraph"][:2]))):
            # the article's own title and byline after what looked like tables: those were a side column's teasers
            # (a Joomla 1.0 page's left modules before its content cell)
            drafts.clear()
            open_headings.clear()
            current, furniture_level, related_level = None, 0, 0
        elif block.kind == "paragraph" and _QUOTED_REPLY.match(block.text) and drafts:
            # "Op woensdag 6 juni 2018 21:03 schreef X:" after the sections: the earlier message the reply quotes
            furniture_level, related_level, current = 1, PSEUDO_HEADING_LEVEL, []
        elif block.kind == "paragraph" and _FURNITURE_ALONE.fullmatch(block.text) and drafts:
            # a box's title, not a heading, over links to other pages ("Ook interessant" in a tip box), or a PDF's
            # "Colofon" line: the rest of the section is furniture, up to the next heading
            furniture_level = related_level = PSEUDO_HEADING_LEVEL
            current = []
        elif block.kind == "media" and furniture_level and drafts and THIS_TABLE.search(block.text):
            drafts[-1][3].append(block)  # in a "Zie ook" box, but said to be this table's: "Opname van deze tafel"
        else:
            current.append(block)
    drafts = _leading_generic_into_intro(intro, drafts)
    _move_media_forward_when_it_leads(intro, [own for *_, own in drafts])
    _move_media_named_for_the_next_heading(intro, drafts)
    _move_second_video_to_the_next_heading([own for *_, own in drafts])
    drafts = _without_table_holders(drafts)
    drafts = _number_labels_into_their_tables(drafts)
    drafts = _fold_subsections(drafts)
    with_content = [d for d in drafts if _has_content(d[3])]
    _move_media_numbered_for_another_table(with_content)
    sections = tuple(
        Section(position, heading, level, tuple(own), parents)
        for position, (heading, level, parents, own) in enumerate(with_content, start=1)
    )
    return tuple(intro), sections


def _tables_named(headings: Iterable[str]) -> int:
    return sum(1 for heading in headings if _NAMES_A_TABLE.search(heading))


def _linked_titles_over_reports(blocks: list[Block]) -> list[Block]:
    """A board of cards whose titles link to their own pages, each over its table's report (Pinterest's pins:
    "Dialoogtafel energie" > its description), on a page that heads no table otherwise: the titles head the tables.
    (Elsewhere such a list of links is another page's list of tables, which the page's own headings stand apart from.)
    """
    if _tables_named(b.text for b in blocks if b.kind == "heading") >= 2:
        return blocks
    titles = [index for index in range(len(blocks) - 2) if _linked_title_over_report(blocks[index:index + 3])]
    if len(titles) < 2:
        return blocks
    promoted = set(titles)
    return [Block("heading", b.text, level=PSEUDO_HEADING_LEVEL) if index in promoted else b
            for index, b in enumerate(blocks)]


def _linked_title_over_report(three: list[Block]) -> bool:
    title, link, report = three
    return (title.kind == "paragraph" and bool(_ONE_TABLE.match(title.text)) and _is_title_like(title.text)
            and link.kind == "link" and link.text == title.text and report.kind == "paragraph"
            and len(report.text) >= TABLE_REPORT)


def _lines_that_head_tables(blocks: list[Block]) -> list[Block]:
    """On a page whose tables are headed by their names, a short line heads a table of its own when it is set like
    those names (in an element of the same class: Airtable's "Monumenten" among its cards' "Dialoogtafel ..."
    titles) or is a known theme and nothing else ("Gezondheid", a thread's post of its own, a Word document's
    heading set in a bold that wraps its paragraph). (A line naming a table that stays a paragraph, such as a link
    preview's title, stays one.)"""
    named = [b for b in blocks if b.kind == "heading" and _NAMES_A_TABLE.search(b.text)]
    if len(named) < 2:
        return blocks
    styles = Counter(b.style for b in named if b.style)
    alike = {style for style, count in styles.items() if count >= 2}

    def heads_a_table(line: str, style: str) -> bool:
        return ((style in alike and _is_title_like(line))
                or (len(line) <= _TITLE_LINE and not _NAMES_A_TABLE.search(line)
                    and _is_theme(line)))

    return [Block("heading", b.text, level=PSEUDO_HEADING_LEVEL, style=b.style)
            if b.kind == "paragraph" and heads_a_table(b.text, b.style) else b for b in blocks]


def _is_title_like(text: str) -> bool:
    """A few words without a sentence's end or a number: a title rather than a caption or a date."""
    return (len(text) <= _TITLE_LINE and not text.endswith((".", ":", "!", "?", ","))
            and not any(c.isdigit() for c in text))


_TITLE_LINE = 40


def _is_theme(line: str) -> bool:
    """A line that is one of the dialogues' themes, in any spelling ("Samenleven:", "Kunst en cultuur")."""
    return is_known_theme(normalise_theme(line.strip(" :")))


def _video_titles_under_their_heading(blocks: list[Block]) -> list[Block]:
    """A video whose caption repeats the heading right below it (<figure><iframe><figcaption>Gesprek over
    energie</figcaption></figure><h2>Gesprek over energie</h2>) is that section's: its caption, read as a bold
    title, heads no section of its own."""
    result: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        end = index + 1
        while end < len(blocks) and (blocks[end].kind == "media" or _is_caption(blocks[end])):
            end += 1
        # "Dialoogtafel Onderwijs en Werk – Woudenberg" / "vimeo.com" / the video / "Dialoogtafel Onderwijs en Werk"
        if (block.kind == "heading" and block.level == PSEUDO_HEADING_LEVEL and end < len(blocks)
                and any(b.kind == "media" for b in blocks[index + 1:end])
                and blocks[end].kind == "heading" and blocks[end].level < block.level
                and _fold(block.text).startswith(_fold(blocks[end].text))):
            result += [blocks[end], *blocks[index + 1:end]]
            index = end + 1
            continue
        result.append(block)
        index += 1
    return result


def _video_titles_of_their_section(blocks: list[Block]) -> list[Block]:
    """A video's title line that repeats its section's heading with a label (<h2>Dialoogtafel over sportvisserij</h2>
    ... <p class="video-title">Video: dialoogtafel over sportvisserij</p>, the player under it) names the section's
    own video: a caption in that section, heading no section of its own."""
    result: list[Block] = []
    heading = ""
    for index, block in enumerate(blocks):
        if block.kind == "heading" and block.level < PSEUDO_HEADING_LEVEL:
            heading = _fold(block.text)
        elif (block.kind == "heading" and block.level == PSEUDO_HEADING_LEVEL and len(heading) >= 8
              and heading in _fold(block.text) and heading != _fold(block.text)
              and index + 1 < len(blocks) and blocks[index + 1].kind == "media"):
            result.append(Block("paragraph", block.text))
            continue
        result.append(block)
    return result


_CARD_LINE = 80  # a card's office line: "Raadslid in Midden-Groningen", "Burgemeester van de gemeente Ede"


def _name_cards_as_text(blocks: list[Block]) -> list[Block]:
    """A person's card set as a bold name above their office (<p><strong>Anneke Perdon</strong><br>Raadslid in
    Midden-Groningen</p>), or under it (<span>Gemeentesecretaris</span><br><strong>Helen Verhoef</strong>): the
    bold name is a line of text, not a heading."""
    cards = []
    for index, block in enumerate(blocks):
        beside = (blocks[index - 1] if index else None, blocks[index + 1] if index + 1 < len(blocks) else None)
        if (block.kind == "heading" and block.level == PSEUDO_HEADING_LEVEL and len(block.text.split()) <= 5
                and is_full_name(block.text) and any(map(_office_line, beside))):
            block = Block("paragraph", block.text)
        cards.append(block)
    return cards


def _office_line(block: Block | None) -> bool:
    return (block is not None and block.kind == "paragraph" and len(block.text) <= _CARD_LINE
            and opens_with_office(block.text))


# one table, not the tables together: "Dialoogtafel zorg", "Tafel 3", "Gesprek over"; not "Terugblik op vijf
# dialoogtafels", "Wat er aan de tafels werd besproken", nor a newsletter's name ("Dialoog in de regio")
_NAMES_A_TABLE = re.compile(
    # (not the idiom "aan tafel", "om tafel": "Gesprekken aan tafel" over the tables)
    r"dialoogtafel(?!s)|(?<!\baan\s)(?<!\bom\s)\btafel(?:gesprek)?\b|gesprekstafel|\b(?:gesprek|dialoog)\s+(?:over|met)\b",
    re.I
)


# A label above the page's title or its tables ("Dialoogtafel" over "Gesprek over bestuur"), naming no table
_TABLE_WORD_ALONE = re.compile(r"\W*(?:dialoogtafel|tafelgesprek|gesprekstafel)\W*", re.I)


def _leading_generic_into_intro(intro: list[Block], drafts: list[Draft]) -> list[Draft]:
    """A page whose tables are headed as such ("Dialoogtafel ...", "Tafel 3: ...", "Gesprek over ...") may open with
    a heading of its own ("Toelichting", "Wat er aan de tafels werd besproken"): what stands under it introduces
    the tables, as the page's intro does."""
    first = next((i for i, (heading, *_) in enumerate(drafts)
                  # (not one that opens with all of them: "Dialoogtafels – verslagen per tafel")
                  if (_NAMES_A_TABLE.search(heading) and not _TABLE_WORD_ALONE.fullmatch(heading)
                      and not SEVERAL_TABLES.match(heading))
                  or _is_theme(heading)), 0)  # or a theme: "Samenleven"
    if not first:
        return drafts
    # a heading that encloses the tables ("Dialoogtafels in het land" over h3 tables) stays a section; the page's
    # own title does not ("Terugblik op de dialoogtafels in de regio", an h1 over them, or a first heading with the
    # post's byline under it, "Terugblik op vijf tafels" over "Gepubliceerd op 14 juli 2025", or its date above it)
    enclosing = drafts[first][2]
    dated_above = byline_date(tuple(intro[-1:])) is not None
    kept = []
    for index, draft in enumerate(drafts[:first]):
        heading, level, _, own = draft
        # (the date may follow the post's navigation and author: "< Vorig onderwerp" / "12 jun 2018 #2143")
        post_title = index == 0 and (dated_above or byline_date(tuple(own[:4])) is not None)
        # (its own text, naming no officeholder and holding no video, introduces them: "Wat we hoorden aan de
        # dialoogtafels in de dorpen" over a line of the page's own)
        if heading in enclosing and level > 1 and not post_title and _TABLE_WORD.search(heading) and (
                not own or _has_media(own) or _names_an_office(own)):
            kept.append(draft)
        elif level == drafts[first][1] and _labelled_a_table(own):
            kept.append(draft)  # a card headed by its topic alone ("Sport & bewegen"), its subtitle "Tafel 1"
        elif level == drafts[first][1] and is_policy_area(heading) and _has_media(own):
            kept.append(draft)  # a peer of the tables headed by its policy area alone, with its video ("Veiligheid")
        else:
            intro.extend(own)
    return kept + drafts[first:]


def _labelled_a_table(own: list[Block]) -> bool:
    """A section whose first line labels it as a numbered table ("Tafel 1" under "Sport & bewegen")."""
    first = next((block for block in own if block.kind == "paragraph"), None)
    return first is not None and _NUMBER_ALONE.fullmatch(first.text) is not None


def _without_table_holders(drafts: list[Draft]) -> list[Draft]:
    """A heading that ranks above the tables, names none and holds just one ("Heemkundig" over "Dialoogtafel samen
    leven"; a forum post's author over the post's subject), on a page of two or more such holders: no table of its
    own; what it holds besides (the author's rank, "Berichten: 1.204") is page furniture."""
    levels = {level for heading, level, *_ in drafts if _ONE_TABLE.match(heading)}
    if len(levels) != 1:
        return drafts
    tables = levels.pop()
    holders = {index for index, (heading, level, _, _) in enumerate(drafts[:-1])
               if level < tables and _holds_one_table(drafts, index)}
    if len(holders) < 2:
        return drafts
    return [draft for index, draft in enumerate(drafts) if index not in holders]


def _holds_one_table(drafts: list[Draft], index: int) -> bool:
    heading = drafts[index][0]
    if _NAMES_A_TABLE.search(heading) or _is_theme(heading):
        return False
    held = [other for other, _, parents, _ in drafts[index + 1:] if parents and parents[-1] == heading]
    return len(held) == 1 and bool(_NAMES_A_TABLE.search(held[0])) and drafts[index + 1][0] == held[0]


def _number_labels_into_their_tables(drafts: list[Draft]) -> list[Draft]:
    """A card's subtitle "Tafel 1" over its title "Dialoogtafel Erfgoed en herdenken": a label of the table the next
    heading names, not a table of its own; what it holds (its video) is that table's."""
    kept: list[Draft] = []
    for index, (heading, level, parents, own) in enumerate(drafts):
        following = drafts[index + 1] if index + 1 < len(drafts) else None
        if (following is not None and _NUMBER_ALONE.fullmatch(heading) and _NAMES_A_TABLE.search(following[0])
                and all(block.kind == "media" for block in own)):
            following[3][:0] = own
            continue
        kept.append((heading, level, parents, own))
    return kept


_NUMBERED_TABLE = re.compile(r"\b(?:dialoog)?tafel\s+(\d{1,2})\b", re.I)  # "Tafel 5: ...", "video tafel 5"
_NUMBER_ALONE = re.compile(rf"\W*{_NUMBERED_TABLE.pattern}\W*", re.I)  # "Tafel 1" and nothing else


# "Dialoogtafels in het land", "Gesprekken in de regio": a heading over the tables that speaks of them; not a tab's
# label ("Beschrijving" over a shop's description)
_TABLE_WORD = re.compile(r"tafel|dialoog|gesprek", re.I)


def _fold_subsections(drafts: list[Draft]) -> list[Draft]:
    """A subsection that only continues its section joins it: the one subsection of an empty section ("Dialoogtafel
    vrijwilligers" > "Verslag"), one whose heading repeats the section's ("Dialoogtafel erkenning" > "Dialoogtafel
    erkenning – opname"), a one-word part of a table's section ("Documenten"), or a part that holds only its video.
    """
    folded: list[Draft] = []
    untexted = {id(own) for *_, own in drafts if not _has_text(own)}  # (as read, before parts join them)
    for index, (heading, level, parents, own) in enumerate(drafts):
        parent = folded[-1] if folded else None
        below = parent is not None and bool(parents) and parents[-1] == parent[0] and level > parent[1]
        continues = (below and (
            _unnumbered(heading).startswith(_fold(parent[0])) or _part_of_one_table(parent[0], heading)
            or (id(parent[3]) in untexted and _headline_under_a_table(parent, heading, level))
            # (not a table under a heading that names none, "Agenda" > "Dialoogtafel X"; but a theme over its
            # table's number and venue is that table's heading: "Geluk & ontspanning" > "Tafel 1 – in de bibliotheek")
            or (not _has_content(parent[3]) and _only_subsection(drafts, index)
                and not (_names_table(heading) and not _names_table(parent[0]) and not _is_theme(parent[0])))
            or _only_media(heading, own) or _bold_part_of_one_table(parent, heading, level, own))) or (
            # a video's own card beside a table's text at its rank: "Opname van de tafel" over its link; or a card's
            # label over its video and links, under a table's title ("Dialoogtafel X" ... "Online" > "Bekijk de opname")
            parent is not None and (_VIDEO_TITLE.match(heading) is not None or _ONE_TABLE.match(parent[0]))
            and _only_media(heading, own))
        if (earlier := _same_table_again(folded, heading, own)) is not None:
            earlier[3].extend(own)
            continue
        # the heading repeats an earlier one that named no office, where this one does: that was a preview of this
        # table (a study set's first card above its list of terms), no table of its own
        folded = [draft for draft in folded if not _previews(draft, heading, own)]
        if continues or _untabled_among_tables(drafts, index, parent) or _title_under_a_table(parent, heading, level):
            parent[3].extend(own)
            continue
        folded.append((heading, level, parents, own))
    return folded


def _same_table_again(folded: list[Draft], heading: str, own: list[Block]) -> Draft | None:
    """A section's heading again over no office (a link preview titled like the table, over its video): that
    section, of which it is more; not a tab's label above its panel, which holds nothing."""
    if _names_an_office(own):
        return None
    return next((draft for draft in folded if _fold(draft[0]) == _fold(heading) and _has_content(draft[3])), None)


def _previews(draft: Draft, heading: str, own: list[Block]) -> bool:
    return (_fold(draft[0]) == _fold(heading) and not _names_an_office(draft[3]) and _names_an_office(own)
            and all(len(block.text) <= _MEDIA_NOTE for block in draft[3] if block.kind == "paragraph"))


def _names_an_office(blocks: list[Block]) -> bool:
    return any(names_an_office(block.text) for block in blocks if block.kind == "paragraph")


def _title_under_a_table(parent: Draft | None, heading: str, level: int) -> bool:
    """A heading right under an empty one of its rank that names a table, naming no table nor theme itself ("Tafel 3:
    Geloof en samenleving" over "Burgemeester over commotie rond kerkdiensten"): the title of the article quoted."""
    return (parent is not None and parent[1] == level and not _has_content(parent[3])
            and bool(_NAMES_A_TABLE.search(parent[0])) and not _NAMES_A_TABLE.search(heading)
            and not _is_theme(heading))


def _untabled_among_tables(drafts: list[Draft], index: int, parent: Draft | None) -> bool:
    """A heading in capitals that names no table nor theme between two of its rank that each name one table, on a
    page with three or more such ("Dialoogtafel Erfgoed", "EEN KAPITALE IMPULS", "Dialoogtafel Kunst & cultuur"): a
    title inside the text of the table above it (an exhibition's, a quotation's), not a table of its own."""
    heading, level, *_ = drafts[index]
    if parent is None or parent[1] != level or not _ONE_TABLE.match(parent[0]) or _NAMES_A_TABLE.search(heading):
        return False
    if heading.upper() != heading:
        return False  # in ordinary case a heading at the tables' rank with a topic of its own is a table of its own
    if _is_theme(heading):
        return False
    following = next((other for other, other_level, *_ in drafts[index + 1:] if other_level == level), "")
    tables = [other for other, other_level, *_ in drafts if other_level == level and _ONE_TABLE.match(other)]
    return bool(_ONE_TABLE.match(following)) and len(tables) >= 3


# A heading naming one table and its topic: "Dialoogtafel over gezondheid", not "Dialoogtafels" or "Dialoogtafel".
_ONE_TABLE = re.compile(r"^\W*(?:(?:online|digitale)\s+)?dialoogtafel(?!s)\W+\w", re.I)


def _bold_part_of_one_table(parent: Draft, heading: str, level: int, own: list[Block]) -> bool:
    """A bold line of a few words under a table's heading, naming no table, theme or officeholder: a part of that
    table's text ("Programma slotavond" over the evening's programme)."""
    label = heading.strip(" :")
    return (level == PSEUDO_HEADING_LEVEL and parent[1] < PSEUDO_HEADING_LEVEL and bool(_ONE_TABLE.match(parent[0]))
            and len(label.split()) <= _FEW_WORDS and not _names_table(label)
            and not _is_theme(label)
            and not any(find_officeholders(block.text) for block in own if block.kind == "paragraph"))


_FEW_WORDS = 3


def _headline_under_a_table(parent: Draft, heading: str, level: int) -> bool:
    """A bold line under a table's heading that has no text of its own, naming no table nor theme ("Dialoogtafel
    werk en onderwijs", its video, then "Westerveldse ondernemers in het zonnetje gezet" over a news item): the
    headline of an item quoted for that table, part of its section."""
    return (level == PSEUDO_HEADING_LEVEL and parent[1] < PSEUDO_HEADING_LEVEL and bool(_ONE_TABLE.match(parent[0]))
            and not _names_table(heading) and not _is_theme(heading))


def _has_text(blocks: list[Block]) -> bool:
    return any(b.kind == "paragraph" and _THREE_LETTERS.search(b.text) for b in blocks)


def _part_of_one_table(parent: str, heading: str) -> bool:
    """'Documenten', 'Portefeuillehouder', 'Opname' under 'Dialoogtafel over gezondheid': one word labelling a part
    of that table's section. A subsection with a topic of its own ("Jeugd en burgemeester"), a table's name or a
    known theme is a table of its own."""
    label = heading.strip(" :")
    return (bool(_ONE_TABLE.match(parent)) and len(label.split()) == 1 and not _names_table(label)
            and not _is_theme(label))


def _only_media(heading: str, blocks: list[Block]) -> bool:
    """A short-labelled part that holds a video and at most a line about it ("Opname bekijken": "De opname van deze
    tafel staat op Vimeo: ..."), or a video's own title ("Video 2. Verslag van de tafel"), not a table of its own."""
    short_label = (len(heading.split()) <= 3 and not _names_table(heading)
                   and not _is_theme(heading))
    video_title = _VIDEO_TITLE.match(heading) is not None and "dialoogtafel" not in heading.casefold()
    return ((short_label or video_title) and any(b.kind == "media" for b in blocks)
            and all(len(b.text) <= _MEDIA_NOTE for b in blocks if b.kind == "paragraph"))


_MEDIA_NOTE = 100
_VIDEO_TITLE = re.compile(r"\W*(?:video|opname|film|filmpje|beeldverslag|videoverslag|terugkijken)\b", re.I)


def _has_content(blocks: list[Block]) -> bool:
    """Text or a video; an agenda item's number ("1") alone is no text."""
    return _has_media(blocks) or _has_text(blocks)


_THREE_LETTERS = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){2}")


_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Za-z])")


def _unnumbered(heading: str) -> str:
    """The folded heading without its item number: "1 Dialoogtafel samenleven", "2. Gesprek"."""
    return re.sub(r"^\d+\s+", "", _fold(heading))


def _only_subsection(drafts: list[Draft], index: int) -> bool:
    """drafts[index] is the first subsection of the draft before it, and no other follows."""
    parent_level = drafts[index - 1][1]
    following = drafts[index + 1] if index + 1 < len(drafts) else None
    return following is None or following[1] <= parent_level


def _trailing_media(blocks: list[Block]) -> list[Block]:
    count = 0
    while count < len(blocks) and blocks[len(blocks) - 1 - count].kind == "media":
        count += 1
    return blocks[len(blocks) - count:]


def _move_media_forward_when_it_leads(intro: list[Block], owns: list[list[Block]]) -> None:
    """Cards and figures put the video before the title (<figure><iframe/><figcaption>title, text</figcaption>):
    then every section's video ends up at the end of the section before it, and the first one in the intro.
    Seen as: the intro ends with a video, the last section does not, and no section starts with one. Then each
    section's trailing videos go to the start of the next section. When the videos follow their text save the
    first, which stands above its heading (a slide's video over its title, a newsletter's first), only that one
    moves, and only to a first section that has none."""
    if not owns or not _trailing_media(intro):
        return
    if _trailing_media(owns[-1]):  # the videos follow their text: the first table has none, the others theirs
        if _has_media(owns[0]) or not any(map(_has_media, owns[1:])):
            return
        owns = owns[:1]
    elif any(own and own[0].kind == "media" for own in owns):
        return
    elif any(map(_announces_its_video, owns)):  # a section writes out its video's link: they follow their text
        if _has_media(owns[0]):
            return
        owns = owns[:1]
    carried = _trailing_media(intro)
    del intro[len(intro) - len(carried):]
    for own in owns:
        leaving = _trailing_media(own)
        del own[len(own) - len(leaving):]
        own[:0] = carried
        carried = leaving


def _has_media(own: list[Block]) -> bool:
    return any(block.kind == "media" for block in own)


def _announces_its_video(own: list[Block]) -> bool:
    """A section whose text writes out the link of its trailing video ("Terugkijken kan op YouTube:
    m.youtube.com/watch?v=..."): that video is its own, not the next section's."""
    text = " ".join(block.text for block in own if block.kind == "paragraph")
    return any(len(block.text) >= _LINK_TEXT and block.text in text for block in _trailing_media(own))


_LINK_TEXT = 12  # a link written out ("youtu.be/abcDEF12345"), not a word such as "Video"


def _move_media_named_for_the_next_heading(intro: list[Block], drafts: list[Draft]) -> None:
    """An embed called by the next section's heading (<iframe title="Gesprek over eten">, a thumbnail's alt
    "Videoverslag: dialoogtafel wonen en welzijn") or captioned for it ("Video bij de tafel hieronder") that stands
    before that heading belongs to that section, when that section has none: flat block lists (StreamField, a
    newsletter's rows) give no container to show it."""
    owners = [("", intro)] + [(heading, own) for heading, _, _, own in drafts]
    # from the last section back: a stray video must have left a section before that section can take its own
    for (heading, own), (following, following_own) in reversed(list(itertools.pairwise(owners))):
        name = _fold(following)
        if len(name) < 8 or _has_media(following_own):
            continue  # a section with a video of its own takes no other
        # called by the heading, or by its topic after the table's number ("Lintjes en waardering" for "Tafel 5:
        # Lintjes en waardering")
        topic = _fold(_NUMBERED_TABLE.sub("", following, count=1))
        named = [block for block in own if block.kind == "media"
                 and (name in _fold(block.text) or (len(topic) >= 8 and _fold(block.text) == topic))
                 and not _names_own_heading(block.text, heading, name)]
        # or by its caption, the short line below it (<figure><iframe/><figcaption>Video: Dialoogtafel over
        # landbouw</figcaption></figure><h2>Dialoogtafel over landbouw</h2>), by name or by the table's number
        if not named:
            named = next(([media, caption] for media, caption in itertools.pairwise(own)
                          if media.kind == "media" and _is_caption(caption) and name in _fold(caption.text)
                          and not _names_own_heading(caption.text, heading, name)), [])
        # or by the table's number in the caption of the video that ends the part before ("Video van tafel 1" over
        # "Tafel 1 – samen-leven")
        if (not named and len(own) >= 2 and own[-2].kind == "media" and _is_caption(own[-1])
                and _same_number(_NUMBERED_TABLE.search(following), own[-1].text)):
            named = own[-2:]
        # or captioned for the section below it: a video, then "Video bij de tafel hieronder" ending the section
        if not named and len(own) >= 2 and own[-2].kind == "media" and _POINTS_BELOW.search(own[-1].text):
            named = [own[-2]]
        for block in named:
            own.remove(block)
        following_own[:0] = named


def _same_number(number: re.Match[str] | None, label: str) -> bool:
    """A label that names the table of that number: "Video van tafel 1" for "Tafel 1 – samen-leven"."""
    labelled = _NUMBERED_TABLE.search(label)
    return number is not None and labelled is not None and int(labelled[1]) == int(number[1])


def _names_own_heading(label: str, heading: str, name: str) -> bool:
    """A video's label that names its own section's heading, as long as the next one's or longer, stays there."""
    return bool(heading) and len(_fold(heading)) >= len(name) and _fold(heading) in _fold(label)


_POINTS_BELOW = re.compile(r"^(?=.{0,80}$)\W*(?:video|opname|film)\b.*\b(?:hieronder|hierna)\W*$", re.I)


def _move_media_numbered_for_another_table(drafts: list[Draft]) -> None:
    """A video labelled with another table's number ("▶ Video bij tafel 5" at the end of the fourth) belongs to
    the table of that number (its heading's, else its place on the page), when that one has none."""
    numbers = [int(found[1]) if (found := _NUMBERED_TABLE.search(heading)) else None for heading, *_ in drafts]
    for index, (*_, own) in enumerate(drafts, start=1):
        for block, label in [(b, _media_label(own, i)) for i, b in enumerate(own) if b.kind == "media"]:
            number = _NUMBERED_TABLE.search(label)
            if number is None or int(number[1]) in (index, numbers[index - 1]):
                continue
            wanted = int(number[1])
            target = numbers.index(wanted) if wanted in numbers else wanted - 1
            if 0 <= target < len(drafts) and numbers[target] in (None, wanted) and not any(
                    b.kind == "media" for b in drafts[target][3]):
                own.remove(block)
                drafts[target][3].insert(0, block)


def _media_label(own: list[Block], index: int) -> str:
    """A video's label: its own text, or the line that holds its link ("▶ Video bij tafel 3: https://vimeo.com/...")."""
    block = own[index]
    before = own[index - 1] if index else None
    if before is not None and before.kind == "paragraph" and block.text and block.text in before.text:
        return before.text
    return block.text


def _move_second_video_to_the_next_heading(owns: list[list[Block]]) -> None:
    """A section with a video of its own that ends with another one (and perhaps its short caption), right before
    a heading whose section has none: that one stands above the next heading as its video (a figure placed before
    the title it belongs to); its caption may be a short line and a link (a player's duration, "4:37")."""
    for own, following in itertools.pairwise(owns):
        caption = 0
        while caption < _CAPTION_BLOCKS and caption < len(own) and _is_caption_or_link(own[-1 - caption]):
            caption += 1
        last = len(own) - 1 - caption
        # (not a video the section already has, listed again: a document's page ending with its links)
        if (last > 0 and own[last].kind == "media" and _has_media(own[:last]) and not _has_media(following)
                and own[last].url not in {block.url for block in own[:last]}):
            following[:0] = own[last:]
            del own[last:]


def _is_caption(block: Block) -> bool:
    return block.kind == "paragraph" and len(block.text) <= _CAPTION and not names_an_office(block.text)


def _is_caption_or_link(block: Block) -> bool:
    return block.kind == "link" or _is_caption(block)


_CAPTION_BLOCKS = 2


_CAPTION = 80


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _iso_date(value: object) -> date | None:
    match = _DATE.search(str(value or ""))
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _meta_content(metas: list[etree._Element], *names: str) -> str:
    for name in names:
        tag = next((m for m in metas if m.get("property") == name), None)
        if tag is None:  # names are matched without case: "DC.date", "dc.date"
            tag = next((m for m in metas if (m.get("name") or "").lower() == name), None)
        if tag is not None and tag.get("content"):
            return clean_text(tag.get("content"))
    return ""


_PUBLISHED_KEYS = ("datePublished", "uploadDate", "dateCreated")


def _json_ld(root: etree._Element) -> dict[str, str]:
    """datePublished (or a video's uploadDate), dateModified and headline from the first JSON-LD object that has
    them; else the startDate of the first event (an event page is dated by its event)."""
    found: dict[str, str] = {}
    for script in root.iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if any(key in item for key in (*_PUBLISHED_KEYS, "dateModified")):
                    # a video's or a podcast's own date: schema.org's uploadDate (VideoObject), dateCreated
                    published = next((str(item[key]) for key in _PUBLISHED_KEYS if item.get(key)), "")
                    return {"datePublished": published, "dateModified": str(item.get("dateModified") or ""),
                            "headline": str(item.get("headline") or "")}
                if item.get("startDate") and not found:
                    found = {"startDate": str(item["startDate"])}
                stack.extend(v for k, v in item.items() if k == "@graph")
    return found


def _first(root: etree._Element, name: str, test=lambda element: True) -> etree._Element | None:
    return next((element for element in root.iter(name) if test(element)), None)


def _modified_time(time: etree._Element) -> bool:
    """A <time> of the last change: itemprop "dateModified", or an "updated" class without "published" (WordPress
    marks its one date "entry-date published updated")."""
    classes = time.get("class") or ""
    return time.get("itemprop") == "dateModified" or (
        bool(_MODIFIED_CLASS.search(classes)) and not _PUBLISHED_CLASS.search(classes))


_MODIFIED_CLASS = re.compile(r"updated|modified|gewijzigd|bijgewerkt", re.I)


def page_meta(root: etree._Element | None) -> PageMeta:
    """Title and dates from the page's metadata (lxml's tree: no soup needed)."""
    if root is None:
        return PageMeta()
    metas = list(root.iter("meta"))
    ld = _json_ld(root)
    h1 = _first(root, "h1", lambda h1: not _FURNITURE_HEADING.match(clean_text(text_of(h1, " "))))
    title_tag = _first(root, "title")
    title = (
        _meta_content(metas, "og:title")
        or ld.get("headline", "")
        or (clean_text(text_of(h1, " ")) if h1 is not None else "")
        or (clean_text(text_of(title_tag)) if title_tag is not None else "")
    )
    # a visible publication date; one marked as the last change ("Laatst bijgewerkt op <time itemprop=
    # "dateModified">") dates the page's edit, not its publication
    time_tag = _first(root, "time", lambda time: time.get("datetime") is not None and not _modified_time(time))
    base = _first(root, "base", lambda base: bool(base.get("href")))
    meta = PageMeta(
        title=title,
        base=base.get("href", "").strip() if base is not None else "",
        published=_iso_date(_meta_content(metas, "article:published_time", "date", "dcterms.created",
                                           "dc.date", "dc.date.issued", "dcterms.issued"))
        or _iso_date(ld.get("datePublished"))
        or (_iso_date(time_tag.get("datetime")) if time_tag is not None else None),
        modified=_iso_date(_meta_content(metas, "article:modified_time", "og:updated_time", "dcterms.modified"))
        or _iso_date(ld.get("dateModified")),
    )
    if meta.published is None and meta.modified is None:
        labelled = _labelled_dates(text_of(root, " "))
        modified_tag = _first(root, "time", lambda time: time.get("datetime") is not None and _modified_time(time))
        meta = replace(meta, published=labelled.get("published") or _dated_by_class(root) or _dated_in_script(root)
                       or _dated_by_tooltip(root)
                       # an event page (Eventbrite, a venue's agenda) is dated by its event
                       or _iso_date(_meta_content(metas, "event:start_time")) or _iso_date(ld.get("startDate")),
                       modified=labelled.get("modified")
                       or (_iso_date(modified_tag.get("datetime")) if modified_tag is not None else None))
    return meta


# What an element that shows when the page was published is called: Drupal's class "field--name-created",
# WordPress's "entry-date" and "posted-on", Weebly's "blog-date", microdata's itemprop "datePublished", a page
# builder's "Byline".
_PUBLISHED_CLASS = re.compile(
    r"(?<![a-z])(?:created|published|datepublished|pubdate|(?:post|blog|entry|article|news)-?date|posted-on|byline)"
    r"(?![a-z])", re.I
)


# A web app's state in a script names when the page was published: Datawrapper's "publishedAt", Pinterest's
# "created_at", a CMS's "datePublished" outside JSON-LD, Plone's "effective" (Volto's window.__data).
_SCRIPT_DATE = re.compile(
    r"[\"'](?:datePublished|publishedAt|published_at|publishDate|publish_date|firstPublishedAt|createdAt|created_at"
    r"|dateCreated|effective)\\?[\"']\s*:\s*\\?[\"'](\d{4}-\d{2}-\d{2})"  # (in JSON text too: \"publishedAt\":\"...)
)


# ... or as seconds since 1970: TikTok's "createTime", Instagram's "taken_at_timestamp", Reddit's "created_utc"
_SCRIPT_EPOCH = re.compile(r"[\"'](?:createTime|taken_at_timestamp|created_utc)\\?[\"']\s*:\s*\\?[\"']?(\d{10})\b")


def _dated_in_script(root: etree._Element) -> date | None:
    for script in root.iter("script"):
        state = script.text or ""
        found = _SCRIPT_DATE.search(state)
        if found:
            return _iso_date(found.group(1))
        epoch = _SCRIPT_EPOCH.search(state)
        if epoch:
            return datetime.fromtimestamp(int(epoch.group(1)), tz=timezone.utc).date()
    return None


def _dated_by_class(root: etree._Element) -> date | None:
    """The date in a short element whose class, id, itemprop or name says it is the publication date (a byline's
    date without <time>), or in its title (hAtom's <abbr class="published" title="2021-10-16T11:24:00+02:00">)."""
    for element in root.iter():
        if isinstance(element.tag, str) and _PUBLISHED_CLASS.search(_names_of(element)):
            text = clean_text(text_of(element, " "))
            found = find_dates(text) if len(text) <= _MAX_BYLINE else []
            day = found[0] if found else _iso_date(element.get("title"))
            if day:
                return day
    return None


def _dated_by_tooltip(root: etree._Element) -> date | None:
    """A date an element's tooltip names, the first such on the page (see _tooltip_date)."""
    for element in root.iter():
        tip = element.get("title") or element.get("aria-label") or ""
        if isinstance(element.tag, str) and tip and len(tip) <= _TOOLTIP and (day := _tooltip_date(element, tip)):
            return day
    return None


def _tooltip_date(element: etree._Element, tip: str) -> date | None:
    """An icon titled as the label ("<i title="Gepubliceerd op">create</i> 2021-10-05", a read-later app's header);
    a post's short stamp with the full date on hover ("<span title="donderdag 14 maart 2019">14 mrt 2019</span>"); a
    feed reader's "Published: Tue, 05 Sep 2023 08:31:07 GMT"; an English platform's age over its date ("a few seconds
    ago" over "Wed, Mar 17, 2021 4:30 PM"). Not a link titled with a date alone (a web archive's calendar)."""
    tip = tip.strip()
    label = _DATE_LABEL.fullmatch(tip)
    if label and label["published"] and (parent := element.getparent()) is not None:
        line = clean_text(text_of(parent, " "))
        found = find_dates(line) if len(line) <= _MAX_BYLINE else []
        return found[0] if found else None
    shown = clean_text(text_of(element, " "))
    if is_only_a_date(tip) and len(shown) <= _STAMP:
        return find_dates(tip)[0]
    if stamped := _PUBLISHED_TIP.match(tip):
        return rfc_2822_date(stamped["date"])
    return english_stamp(tip) if _RELATIVE_TIME.fullmatch(shown) else None


# an age instead of a date: "a few seconds ago", "3 weken geleden", "gisteren"
_RELATIVE_TIME = re.compile(
    r"(?=.{1,30}$).*\b(?:ago|geleden|just\s+now|zojuist|yesterday|gisteren|eergisteren)\b.*", re.I
)
_PUBLISHED_TIP = re.compile(r"\s*(?:published|gepubliceerd)(?:\s+op)?\s*:\s*(?P<date>[^\n]+)", re.I)
_STAMP = 30  # "14 mrt 2019", "3 weken geleden"
_TOOLTIP = 100  # "Published: Tue, 05 Sep 2023 08:31:07 GMT\nReceived: Tue, 05 Sep 2023 08:44:51 GMT"


# A date the page labels in its text: "Gepubliceerd op 8 november 2019", "Gepost op: dinsdag 23 juli 2024" (a
# reader's header), "Laatst gewijzigd: 12-11-2021", "Deze pagina
# is voor het laatst bewerkt op 12 nov 2021", "Datum: 2024-10-02" (an Org-mode export's postamble).
_DATE_LABEL = re.compile(
    r"\b(?:(?P<published>gepubliceerd|geplaatst|gepost|verschenen|verstuurd|verzonden|publicatiedatum|datum(?=\s*:))"
    r"|(?P<modified>(?:laatst|voor\s+het\s+laatst)\s+(?:bewerkt|gewijzigd|bijgewerkt|aangepast)|bijgewerkt))"
    r"\s*(?:op)?\s*:?\s*(?=(?P<rest>.{0,40}))",  # (also "op:", and the date in the next cell: "Gepost op: \n ...")
    re.I,
)


def _labelled_dates(text: str) -> dict[str, date]:
    found: dict[str, date] = {}
    for match in _DATE_LABEL.finditer(text):
        kind = "published" if match["published"] else "modified"
        day = next(iter(find_dates(match["rest"])), None)
        if day and kind not in found:
            found[kind] = day
    return found


def page_meta_of(html: str) -> PageMeta:
    """parse_page(html).meta, without the sections when the metadata dates the page (the report's need)."""
    tree = parse_tree(html)
    meta = page_meta(tree)
    return meta if meta.published else _page(html, tree, meta).meta


def parse_page(html: str) -> Page:
    """HTML text to the page's metadata, intro and sections."""
    tree = parse_tree(html)
    return _page(html, tree, page_meta(tree))


def _page(html: str, tree: etree._Element | None, meta: PageMeta) -> Page:
    """The page from its parsed tree and metadata: sections, intro, and a byline's date when the metadata has none."""
    # The headings that repeat the title may repeat the document's <title> rather than the chosen one (a forum's
    # topic under the forum's name): both count, as parts of one title.
    title_tag = _first(tree, "title") if tree is not None else None
    titles = " | ".join(filter(None, [meta.title, clean_text(text_of(title_tag)) if title_tag is not None else ""]))
    intro, sections = split_sections(without_running_lines(list(iter_blocks(html, tree))), titles)
    named = _tables_named(section.heading for section in sections)
    if tree is not None and named < 2:
        # a map page whose places are the tables: their names and descriptions stand only in the map's data (the
        # page itself shows at most the one place whose pop-up is open)
        places = feature_blocks(tree)
        if _tables_named(block.text for block in places if block.kind == "heading") > max(1, named):
            sections = split_sections(places, titles)[1]
    if meta.published is None:  # a byline dates the page; a modified date alone may be an archive's capture
        meta = replace(meta, published=byline_date(intro))
    return Page(meta, intro, sections)


_RUNNING_LINE = 80


def without_running_lines(blocks: list[Block]) -> list[Block]:
    """Without the short lines a page repeats, such as a PDF's running header and footer ("pagina 1 van 3",
    "Vastgesteld 28 maart 2022") that break into its sections; a repeated line that names an office, or closes a
    letter ("Met vriendelijke groet,"), stays."""
    counts = Counter(block.text for block in blocks if block.kind == "paragraph" and len(block.text) <= _RUNNING_LINE)
    return [
        block for block in blocks
        if not (block.kind == "paragraph" and counts[block.text] > 1 and not names_an_office(block.text)
                and not _VALEDICTION.match(block.text))
    ]


_MAX_BYLINE = 160


def _names_of(element: etree._Element) -> str:
    """The attributes that name what an element is: class, id, itemprop, and any *name (data-framer-name)."""
    return " ".join(
        value for key, value in element.items() if key in ("class", "id", "itemprop") or key.endswith("name")
    )


def dates_the_page(line: str) -> bool:
    """'Laatst gewijzigd: 4 oktober 2017', 'Gepubliceerd op 8 november 2019': a short line that labels the page's
    own date (not 'Datum: 21 september' in a table's text, the day it met)."""
    if len(line) > _MAX_BYLINE:
        return False
    label = _DATE_LABEL.match(line.strip())
    if label is not None:
        return label.group().strip(" :").lower() != "datum"
    return bool(_POST_STAMP.search(line)) and first_date(line) is not None


# A forum post's or comment's time stamp: "20-08-2018, 21:14 #1", "« Antwoord #1 Gepost op: 14 september 2025,
# 10:03:55 »": a time to the second, a post's number after the time, or "gepost/geplaatst op" inside the line.
_POST_STAMP = re.compile(
    r"\b\d{1,2}:\d{2}:\d{2}\b|\b\d{1,2}[:.]\d{2}\W*#\d+\b|\b(?:gepost|geplaatst)\s*(?:op\b|:)", re.I
)


def byline_date(intro: tuple[Block, ...]) -> date | None:
    """A page without dated metadata may show its date in a byline above the content ("Datum: 8 november 2019 |
    Redactie"): the first full date (with its year) in a short line of the intro."""
    for block in intro:
        if block.kind != "paragraph":
            continue
        # (or a longer paragraph that opens with its date's label: "Verstuurd op 1 november 2021. Voordat u ...")
        line = block.text if len(block.text) <= _MAX_BYLINE else _opening_date_label(block.text)
        found = find_dates(line)
        if found:
            return found[0]
    return None


def _opening_date_label(text: str) -> str:
    label = _DATE_LABEL.match(text)
    return label.group() + label["rest"] if label else ""
