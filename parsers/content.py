"""The page's main content, found on lxml's tree: the element that holds the article, and a soup of that region.

A BeautifulSoup tree costs a Python object per node, some twenty times lxml's parse; the blocks need one only for
the article. So lxml parses the page, the content is found by structure on its tree, and the soup is built for that
region alone, straight from that tree, with the tags, strings and links a full BeautifulSoup(html, "lxml") parse
makes: the region's soup is the one a full parse holds there, with its ancestors above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from bs4 import BeautifulSoup, Comment, NavigableString, PageElement, Tag
from lxml import etree

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
MEDIA_TAGS = {"iframe", "embed", "object", "video", "source"}
# A <header> inside these heads a part of the content (TYPO3 frames, <section><header><h3>), not the page.
SECTIONING = ("article", "section", "main")
# What a page's header holds and a section's header does not.
NAVIGATION = ("nav", "menu", "ul", "ol", "form", "input", "button", "select")
_SKIPPED_TAGS = {
    "script", "style", "noscript", "template", "nav", "aside", "form", "button", "svg", "select",
    "textarea", "input", "label", "dialog", "menu", "head", "title", "meta", "link", "img", "picture",
}
_SKIPPED_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
# Furniture words that name a small box: a post's metadata (a byline, a date line), a newsletter's sign-up form,
# share buttons (but Inoreader's <body class="article_share_page"> and <div class="share_layout"> hold the article).
_SMALL_BOX_WORDS = (
    r"article-info|byline|entry-meta|post-meta|article-meta|meta-?data|newsletter|nieuwsbrief|share|sharing"
)
# Class or id words of page furniture: the text inside is never part of the article. (A heading the table of
# contents lists is no part of it: Wiki.js's <h2 class="toc-header">; a table of contents' own heading stands in it.)
_BOILERPLATE = re.compile(
    # (a consent placeholder by another name: Avada's "fusion-privacy-placeholder")
    rf"(?<![a-z])(?:{_SMALL_BOX_WORDS}|cookies?|consent|gdpr|privacy-placeholder|social|related|gerelateerd|breadcrumbs?|"
    # text for screen readers only, jQuery Mobile's "tik om te openen" in a collapsible's heading among them
    r"skip-link|visually-hidden|sr-only|screen-reader-text|accesshide|collapsible-heading-status|navbar|sidebar|"
    r"is-sticky|"  # a column that stays in view while the article scrolls: tagDiv's "td-is-sticky", Jannah's sidebar
    r"pagination|pager|"
    r"comments?|reacties|meer-nieuws|lees-ook|read-more|tags|tag-list|"
    r"editsection|infobox|navbox|catlinks|toc(?!-head)|references|reflist|footnotes|headerlink|"
    r"suggested|popular|subscribe|subscription|abonneren|cta|author|auteur|cloned|clone|duplicate|"
    r"postprofile|userinfo|user-?details|"  # a forum poster's panel: "Lid geworden op: za 9 jan 2021"
    r"jp-codecell|code_cell)(?![a-z])",  # a notebook's code and what it printed
    re.I,
)
_PARAGRAPHS = ("p", "li", "td", *HEADINGS)
# BeautifulSoup keeps the text of these apart from the page's text (get_text() leaves it out) ...
_STRING_CONTAINERS = frozenset({"rt", "rp", "style", "script", "template"})
# ... and stores a string of ASCII white space as one space or newline, except inside these.
_PRESERVE_SPACE = frozenset({"pre", "textarea"})
_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"


# --- the rules, shared by the lxml search and the BeautifulSoup walk ----------------------------------------


def is_skipped(name: str, get: Callable[[str], object], in_section: Callable[[], bool],
               has_subheading: Callable[[], bool], in_quote: Callable[[], bool] = lambda: False,
               parent: Callable[[], object] = lambda: None,
               holds_navigation: Callable[[], bool] = lambda: True,
               text_length: Callable[[], int] = lambda: 0,
               bold_title: Callable[[], bool] = lambda: False) -> bool:
    """Navigation, scripts, forms, hidden and page-header elements: never article text."""
    if get("role") == "tab":
        return False  # a tab's button holds the title of its panel (blocks._tab_label)
    if name == "form":
        # An ASP.NET or Lotus Domino page wraps its whole body in one <form>: one right under <body>, or one that
        # holds section headings, holds the article; so does one that holds more text than a pop-up (a survey's page
        # that presents the tables before its questions).
        return (not (parent() == "body" or has_subheading() or text_length() > _MAX_DIALOG)
                or get("role") in _SKIPPED_ROLES)
    if (name == "dialog" or get("role") == "dialog") and has_subheading() and text_length() > _MAX_DIALOG:
        return False  # a card opened over its board (Trello), the article itself, not a pop-up over it
    if name in _SKIPPED_TAGS or get("role") in _SKIPPED_ROLES:
        return True
    if str(get("itemtype") or "").rstrip("/").endswith("schema.org/Person"):
        return True  # a person's card: a forum post's author panel, an article's byline
    if get("hidden") is not None and get("role") != "region" and get("aria-labelledby") is None:
        return True  # hidden, unless it is a collapsed accordion panel, which holds article text
    if (get("aria-hidden") == "true" and name not in MEDIA_TAGS and get("role") != "tabpanel"
            and not _COLLAPSIBLE.search(_class_text(get("class")))):
        return True  # but a carousel's or tab set's other panels, or a collapsed panel, are hidden only until chosen
    if name == "footer":
        return not in_quote()  # a page's footer; not a quotation's attribution (<blockquote><footer>)
    if name == "header":
        # A page header is furniture; a section's own header (<section><header><h3>, a TYPO3 frame's
        # <div class="frame"><header><h2>) holds its heading. Outside sectioning elements the page's header is
        # told by what it holds besides a heading: its menu, search or list of links. A heading may be set as a
        # bold line: <header><p><strong>Dialoogtafel wonen</strong></p></header>.
        return not (has_subheading() or bold_title()) or (not in_section() and holds_navigation())
    return False


_A_PARAGRAPH = 80  # a paragraph of a table's text, not a label or a card's line

# A pop-up (a newsletter's sign-up, a consent's details) holds less text than an article's sections.
_MAX_DIALOG = 1500


# jQuery Mobile's "ui-collapsible-content", Bootstrap's "collapse"
_COLLAPSIBLE = re.compile(r"collaps|accordion", re.I)


def _class_text(classes: object) -> str:
    """The class attribute as text: lxml gives a string, BeautifulSoup a list."""
    return " ".join(classes) if isinstance(classes, list) else str(classes or "")


# A layout that has a sidebar beside its main column, not the sidebar: Confluence's "two-right-sidebar",
# "has-sidebar", "page-with-sidebar".
_LAYOUT_WITH_SIDEBAR = re.compile(r"(?:^|-)(?:has|with|no|one|two|three|four|\d)-(?:[a-z]+-)?sidebars?$", re.I)


# Who wrote it, not an author's box: Etherpad's and Dropbox Paper's "author-d-1gg9uz…" on each run of text,
# Squarespace's "author-redactie-…" on the post, Serendipity's "serendipity_entry_author_werkgroep".
_WRITTEN_BY = re.compile(
    r"(?:^|_)author[-_](?!(?:box|bio|info|name|avatar|meta|card|details|profile|links?|title|wrap|wrapper|block|section|"
    r"image|photo|pic|description|date|byline|area|widget|content)(?:$|[-_]))",
    re.I,
)


def furniture_words(classes: list[str], element_id: object) -> str:
    # BEM modifiers ("layout--content-sidebar") describe a variant of the block, not what it holds.
    classes = [c for c in classes if "--" not in c and not _LAYOUT_WITH_SIDEBAR.search(c) and not _WRITTEN_BY.search(c)]
    return " ".join([*classes, str(element_id or "")]) if classes or element_id else ""


def is_boilerplate(words: str) -> bool:
    return bool(words) and bool(_BOILERPLATE.search(words))


_SMALL_BOX = re.compile(_SMALL_BOX_WORDS, re.I)
_MAIN_COLUMN = re.compile(r"(?<![a-z])main-content(?![a-z])", re.I)  # "cms-section-sidebar-main-content"
_CLASSES_BELOW = etree.XPath(".//@class")  # its own too
_MAX_SMALL_BOX = 600


def holds_the_article(words: str, has_h1: Callable[[], bool], text_length: Callable[[], int],
                      has_subheading: Callable[[], bool], classes_below: Callable[[], list[str]] = list) -> bool:
    """Whether furniture by its `words` holds the article all the same: the page's title (<article class="entry
    author-redactie"><h1>), or more text than a small box has (Zendesk's <section class="article-info"> around
    the whole body, MailPoet's <div class="mailpoet_newsletter_inline"> around the newsletter itself), or an info
    box with a heading of its own (a page builder's <div class="uagb-infobox"><h3>Tafel 4: ...</h3><p>...); a
    wiki's infobox holds facts in rows."""
    if has_h1():
        return True
    if any(_MAIN_COLUMN.search(classes) for classes in classes_below()):
        return True  # the main column beside a sidebar, or the layout holding both (Shopware's "cms-section-sidebar")
    if all(found.group().lower() == "infobox" for found in _BOILERPLATE.finditer(words)) and has_subheading():
        return True
    small_box = all(_SMALL_BOX.fullmatch(found.group()) for found in _BOILERPLATE.finditer(words))
    return small_box and text_length() > _MAX_SMALL_BOX


# --- lxml ---------------------------------------------------------------------------------------------------


def parse_tree(html: str) -> etree._Element | None:
    """lxml's tree of the page, parsed as BeautifulSoup's lxml builder parses it; None when it holds no element."""
    parser = etree.HTMLParser(recover=True)
    parser.feed(html[1:] if html.startswith("\ufeff") else html)
    try:
        return parser.close()
    except etree.XMLSyntaxError:
        return None


def lxml_skipped(element: etree._Element) -> bool:
    """is_skipped on lxml's tree."""
    return is_skipped(
        element.tag, element.get,
        lambda: any(a.tag in SECTIONING for a in element.iterancestors()),
        lambda: next(element.iterdescendants(*SUBHEADINGS), None) is not None,
        lambda: next(element.iterancestors("blockquote", "figure"), None) is not None,
        lambda: element.getparent().tag,
        lambda: next(element.iterdescendants(*NAVIGATION), None) is not None,
        lambda: len(text_of(element)),
        lambda: is_bold_title(text_of(element), map(text_of, element.iter("b", "strong"))),
    )


MAX_TITLE_LINE = 120  # a title's line (a heading set as a bold or capitalised line), not a paragraph


def is_bold_title(text: str, bold_texts: Iterable[str]) -> bool:
    """Whether an element's text is one short line, all of it in bold."""
    line = " ".join(text.split())
    return 0 < len(line) <= MAX_TITLE_LINE and " ".join(" ".join(bold_texts).split()) == line


def _lxml_furniture(element: etree._Element) -> bool:
    """Furniture by its class or id, unless it holds the article all the same."""
    words = furniture_words((element.get("class") or "").split(), element.get("id"))
    return is_boilerplate(words) and not lxml_holds_the_article(element, words)


def lxml_holds_the_article(element: etree._Element, words: str) -> bool:
    return holds_the_article(words, lambda: next(element.iter("h1"), None) is not None,
                             lambda: len(text_of(element)),
                             lambda: next(element.iterdescendants(*SUBHEADINGS), None) is not None,
                             lambda: _CLASSES_BELOW(element))


def strings(element: etree._Element) -> Iterator[str]:
    """The strings of `element` that BeautifulSoup's get_text() joins: no comments, scripts, styles, templates."""
    hidden = keep = False
    for ancestor in element.iterancestors():
        hidden = hidden or ancestor.tag in _STRING_CONTAINERS
        keep = keep or ancestor.tag in _PRESERVE_SPACE
    yield from _strings_below(element, hidden, keep)


def _strings_below(element: etree._Element, hidden: bool, keep: bool) -> Iterator[str]:
    tag = element.tag
    if not isinstance(tag, str):
        return  # a comment or processing instruction; its tail belongs to the parent
    hidden = hidden or tag in _STRING_CONTAINERS
    keep = keep or tag in _PRESERVE_SPACE
    if element.text and not hidden:
        yield _as_stored(element.text, keep)
    for child in element:
        yield from _strings_below(child, hidden, keep)
        if child.tail and not hidden:
            yield _as_stored(child.tail, keep)


def _as_stored(text: str, keep: bool) -> str:
    if keep or text.strip(_ASCII_SPACES):
        return text
    return "\n" if "\n" in text else " "


def text_of(element: etree._Element, separator: str = "") -> str:
    """BeautifulSoup's get_text(separator) of the element."""
    return separator.join(strings(element))


_ROLE_MAIN = etree.XPath("//*[@role='main']")


class _Search:
    """find_content's look-ups on one tree, remembering which elements are furniture."""

    def __init__(self, all_text: bool = False) -> None:
        self.all_text = all_text  # count the text of every element, not only of paragraphs (see find_content)
        self._excluded: dict[etree._Element, bool] = {}
        self._lengths: dict[etree._Element, int] = {}
        self._text_lengths: dict[etree._Element, int] = {}  # the article's paragraphs are the body's too
        self._blocked: dict[etree._Element, bool] = {}

    def excluded(self, element: etree._Element) -> bool:
        known = self._excluded.get(element)
        if known is None:
            known = self._excluded[element] = lxml_skipped(element) or _lxml_furniture(element)
        return known

    def paragraph_text_length(self, element: etree._Element) -> int:
        """The text of the paragraphs, list items, cells and headings in `element` that no furniture holds."""
        known = self._lengths.get(element)
        if known is None:
            known = self._lengths[element] = self._paragraph_text_length(element)
        return known

    def _paragraph_text_length(self, element: etree._Element) -> int:
        if self.all_text:
            return sum(_own_text_length(node) for node in element.iter()
                       if isinstance(node.tag, str) and not self.excluded(node) and not self.blocked(node))
        total = 0
        for paragraph in element.iterdescendants(*_PARAGRAPHS):
            if self.excluded(element):  # then only the furniture around it counts
                blocked = any(self.excluded(a) for a in paragraph.iterancestors() if a is not element)
            else:
                blocked = self.blocked(paragraph)
            if not blocked:
                total += self.text_length(paragraph)
        return total

    def blocked(self, element: etree._Element) -> bool:
        """Whether furniture holds `element`: an element above it is skipped or furniture."""
        chain = []
        node = element
        while node not in self._blocked:
            parent = node.getparent()
            if parent is None:
                self._blocked[node] = False
                break
            chain.append((node, parent))
            node = parent
        for child, parent in reversed(chain):  # from the top down, each answer from its parent's
            self._blocked[child] = self._blocked[parent] or self.excluded(parent)
        return self._blocked[element]

    def text_length(self, paragraph: etree._Element) -> int:
        known = self._text_lengths.get(paragraph)
        if known is None:
            known = self._text_lengths[paragraph] = sum(map(len, strings(paragraph)))
        return known

    def densest(self, element: etree._Element) -> etree._Element:
        """Descend from `element` while one child holds at least 80 % of the paragraph text."""
        total = self.paragraph_text_length(element)
        while total:
            children = [c for c in element if isinstance(c.tag, str) and not lxml_skipped(c)]
            scored = [(c, self.paragraph_text_length(c)) for c in children]
            best = max(scored, key=lambda pair: pair[1], default=None)
            if best is None or best[1] < 0.8 * total or (self.all_text and best[0].tag in ("pre", "p")):
                break  # counting all text, a <pre> or <p> is the region's text, not a container of it
            if self._sections_beside(best[0], scored):
                break  # the article's sections stand in more than one child: one row of a grid holds the first
            element, total = best
        return element


    def _sections_beside(self, best: etree._Element, scored: list[tuple[etree._Element, int]]) -> bool:
        """Whether a sibling of `best` holds a heading of the level that heads `best`'s parts, and a paragraph (not a
        board's lists of link cards)."""
        level = next((h.tag for h in best.iterdescendants(*SUBHEADINGS) if not self.blocked(h)), None)
        return level is not None and any(
            child is not best and size and not self.excluded(child)
            and any(not self.blocked(h) for h in child.iter(level))
            and any(self.text_length(p) >= _A_PARAGRAPH and not self.blocked(p) for p in child.iter("p"))
            for child, size in scored
        )


def find_content(root: etree._Element) -> etree._Element | None:
    """The element holding the article: <article>, <main> or role=main, else the densest container.

    None when the page has no <body>: then its content is the whole document.
    """
    body = next(root.iter("body"), None)
    if body is None:
        return None
    search = _Search()
    outer = next((e for e in _ROLE_MAIN(root) if not lxml_skipped(e)), None)
    if outer is None:
        outer = next(root.iter("main"), None)
    articles = [
        a for a in root.iter("article") if next(a.iterancestors("article"), None) is None and not _lxml_furniture(a)
    ]
    if articles:
        outer_size = search.paragraph_text_length(body if outer is None else outer)
        sizes = [(search.paragraph_text_length(a), a) for a in articles]
        best_size, best = max(sizes, key=lambda pair: pair[0])
        # Several substantial <article>s are cards of one list, not one article among teasers.
        cards = sum(1 for size, _ in sizes if size * 6 >= outer_size)
        if best_size * 2 >= outer_size and cards < 2:
            return best
    if outer is not None:
        return outer
    densest = search.densest(body)
    everything = _Search(all_text=True)
    page_text = everything.paragraph_text_length(body)
    if (everything.paragraph_text_length(densest) * 4 < page_text
            or search.paragraph_text_length(body) * 4 < page_text):
        # The paragraphs hold little of the page's text, or their container does: the rest stands outside
        # paragraphs, lines as <span>s in <div>s (a PDF viewer's text layer) or between <br>s (an old blog's entry).
        # Then the densest is the one with most text of any kind.
        densest = everything.densest(body)
    # a table's body is read with its table: its header row says what the columns hold
    return next(densest.iterancestors("table"), densest) if densest.tag in _TABLE_PARTS else densest


_TABLE_PARTS = ("tbody", "thead", "tfoot")  # (a layout table's row is no table's body: its other rows hold the chrome)


def _own_text_length(element: etree._Element) -> int:
    """The length of the text directly inside `element` (not inside its children)."""
    return len((element.text or "").strip()) + sum(len((child.tail or "").strip()) for child in element)


# --- the region's soup --------------------------------------------------------------------------------------


def region_soup(element: etree._Element) -> Tag:
    """The BeautifulSoup tag of `element` (its ancestors above it, without their other children)."""
    return routed_region_soup(element)[0]


# A route tells the routed replay what of an element's inside the walk can use.
WALKED = "walked"  # the walk classifies its children: their routes decide what of them to replay
# A tuple (of the blocks the walk takes from it, decided on lxml's tree): nothing inside, the element stays empty.
# Anything else: the element is replayed whole.


def routed_region_soup(
    element: etree._Element, route: Callable[[etree._Element, Callable[[etree._Element], dict]], object] | None = None,
) -> tuple[Tag, dict[int, object]]:
    """region_soup(element) holding only what the walk uses, and the route of each tag the walk classifies.

    `element` is walked; `route(child, attributes)` gives the route of each element child of a walked element
    (`attributes(e)` is the attribute dict bs4 would give lxml's element `e`). Children of elements routed WALKED
    are routed in turn, an element routed to a tuple is replayed empty, any other whole; without a route the
    whole region is replayed. Returns the region's tag and {id(tag): its route} for each routed tag.
    """
    replay = _Replay(route)
    parent: Tag = replay.soup
    for ancestor in [*reversed(list(element.iterancestors())), element]:
        parent = replay.tag(parent, ancestor)
        replay.enter(ancestor.tag)
    replay.inside(parent, element, routed=route is not None)
    return parent, replay.routes


class _Replay:
    """Builds the soup straight from lxml's tree: its tags and strings, linked as bs4's lxml builder links them.

    Fed event by event, BeautifulSoup spends most of its time on the bookkeeping of a parse; the tree is parsed
    already, so each node needs only its object and its links (parent, siblings, document order).
    """

    def __init__(self, route: Callable[[etree._Element, Callable[[etree._Element], dict]], object] | None) -> None:
        self.soup = BeautifulSoup("", "lxml")
        builder = self.builder = self.soup.builder
        self.route = route
        self.routes: dict[int, object] = {}
        self.last: PageElement = self.soup  # the most recent node in document order
        self.kind: type[NavigableString] = NavigableString  # the class of the strings here
        self.keep_space = False
        self.namespaces = builder.active_namespace_prefixes[-1]
        self.processing_instruction = builder.processing_instruction_class
        dict_class, replace = builder.attribute_dict_class, builder._replace_cdata_list_attribute_values
        self.attributes = lambda e: replace(e.tag, dict_class(e.attrib.items()))

    def enter(self, name: str) -> None:
        """Strings inside `name` take its string class (scripts, styles) and keep their white space (<pre>)."""
        self.kind = self.builder.string_containers.get(name, self.kind)
        self.keep_space = self.keep_space or name in _PRESERVE_SPACE

    def tag(self, parent: Tag, element: etree._Element) -> Tag:
        attributes = self.builder.attribute_dict_class(element.attrib.items())
        tag = Tag(self.soup, self.builder, element.tag, attrs=attributes, parent=parent, previous=self.last,
                  namespaces=self.namespaces)
        parent.contents.append(tag)
        self.last = tag
        return tag

    def string(self, parent: Tag, text: str, kind: type[NavigableString] | None = None) -> None:
        if not self.keep_space and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "  # bs4 keeps a string of white space as one space or newline
        node = (kind or self.kind)(text)
        node.setup(parent, self.last)
        parent.contents.append(node)
        self.last = node

    def inside(self, tag: Tag, element: etree._Element, routed: bool) -> None:
        """Replay the inside of `element` into `tag`; routed, of each child only what its route says."""
        if element.text:
            self.string(tag, element.text)
        for child in element:
            name = child.tag
            if isinstance(name, str):
                self.element(tag, child, routed)
            elif name is etree.Comment:
                self.string(tag, child.text or "", Comment)
            elif name is etree.ProcessingInstruction:
                self.string(tag, f"{child.target} {child.text or ''}", self.processing_instruction)
            if child.tail:
                self.string(tag, child.tail)

    def element(self, parent: Tag, element: etree._Element, routed: bool) -> None:
        tag = self.tag(parent, element)
        decision = None
        if routed:
            # the route reads the element's attributes as bs4 gives them: those of its new tag, made once
            made = self.attributes
            decision = self.routes[id(tag)] = self.route(element, lambda e: tag.attrs if e is element else made(e))
        if isinstance(decision, tuple):
            return  # the walk takes nothing from inside it: it stays empty
        kind, keep_space = self.kind, self.keep_space
        self.enter(element.tag)
        self.inside(tag, element, routed=decision is WALKED)
        self.kind, self.keep_space = kind, keep_space
