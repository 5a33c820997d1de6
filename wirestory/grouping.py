"""Cutting a dump into stories: the work of :func:`wirestory.split_stories`.

The public module ``wirestory.stories`` checks its argument and calls
:func:`group_stories` here; the split lets the compiled build (mypyc) compile
this module, where a compiled ``split_stories`` would raise mypyc's own
``TypeError`` on a wrong argument before its body ran.

Stories are separated by runs of two or more blank lines. That alone would cut
a story of the seed layout in two where a page separates paragraphs with a line
holding only a no-break space (blank, NBSP line, blank: three blank-looking
lines inside one story). So once a story has shown the site's marker (``TT``)
in its header, a blank run ends it only if what follows starts a story of the
same layout: a headline followed, within ``ParseOptions.max_header_lines`` lines
and before the next blank run, by a marker line. One blank line ends it too
when what follows is a whole header of that layout, shown again: two stories of
the site glued by one blank line (``Headline`` / captions / ``PX`` / ``Headline``
again) are two stories, not one with a subheading, when the marker is the
site's own or a caption between carries a credit.

A rule line a script prints between files (``-----``, ``* * *``, ``--- page 2
---``, ``<<<END>>>``), a page break, or the next page's address alone on its
line ends a story whatever its layout when a whole header follows it (a marked
one, a wire story's, a headline over a byline), and no header is read past one.
A separator that is no rule (``END OF STORY``, ``Page 2``, ``<hr>``) right over
a marked header glued on opens the next story (the layout claims it as
furniture over the headline).
"""

from __future__ import annotations

from collections.abc import Iterator
from copy import copy
from itertools import islice, tee
from typing import Final, NamedTuple

from wirestory.bylines import find_byline
from wirestory.captions import split_credit
from wirestory.datelines import opens_wire_story
from wirestory.knowledge import Knowledge
from wirestory.layouts import marked, page, wire
from wirestory.lines import BLANK_CHARS, PLAIN_WHITE, Line
from wirestory.options import ParseOptions
from wirestory.roles import SOURCE_ADDRESS_FIRSTS, is_source_address
from wirestory.trailers import closes_story, is_dump_rule, is_separator

__all__ = ["LineGroup", "group_stories"]


def _lookahead(lines: Iterator[Line]) -> Iterator[Line]:
    """``lines`` as an iterator the grouping can peek ahead of without
    consuming (:func:`_window`): a ``tee`` object, whose copy reads on from
    the same place and whose lines read ahead are kept until the original
    passes them. Each line of a dump is handed on in C, not by a step of a
    Python generator (this sees every line of a dump; a story's first line
    alone is peeked from)."""
    return tee(lines, 1)[0]


def _window(lines: Iterator[Line], line: Line, options: ParseOptions) -> list[Line]:
    """``line``, just taken from ``lines`` (:func:`_lookahead`), and the
    ``max_header_lines`` after it, read from a copy of ``lines``, down to a
    dump's rule line (``-----``, ``<<<END>>>``): no story's header runs on
    past one, nor past a page break or an address alone on its line (the
    next page's). A short wire story over a rule and the next story's marked
    header was read as one marked header (its headline the wire story's),
    the rule and the next headline its captions. A rule right under the
    first line is a converter's underline of it (``Headline`` / ``=====``),
    kept."""
    window = [line, *islice(copy(lines), options.max_header_lines)]
    for index in range(2, len(window)):
        text = window[index].text
        # Only a line opening like a rule, a blank line or an address may
        # part stories (_parts_stories): most open with another letter.
        if text[:1] in _PARTING_FIRSTS and _parts_stories(text):
            return window[:index]
    return window


def _header_end(window: list[Line], found: marked.MarkedHeader) -> int:
    """The line number of the line closing a marked header found over ``window``:
    its marker line, or the headline's repeat when it has none (``TT`` alone, at
    the window's start, is its own end)."""
    return window[found.marker if found.marker is not None else found.repeat or 0].number


def _marked_start(lines: Iterator[Line], line: Line, options: ParseOptions) -> int:
    """Does ``line``, just taken from ``lines``, start a story of the marked
    layout? The line number of its header's marker (or repeat) if so, else 0.
    Asked of the marked layout's own ``detect``, so splitting and roles agree on
    what a header is."""
    window = _window(lines, line, options)
    found = marked.detect(window, 0, options)
    return 0 if found is None else _header_end(window, found)


def _glued_marked_start(lines: Iterator[Line], line: Line, options: ParseOptions) -> int:
    """After one blank line or none in a marked story's body, does ``line``
    start the next story of the site, glued on? The line number of its header's
    end if so, else 0.

    One blank line separates a marked story's paragraphs, and a short line
    after one is a subheading. It starts a story only when a whole header of
    the layout follows and shows it again: ``Headline`` / captions / a marker
    line / ``Headline`` again, word for word (a marker of
    ``ParseOptions.markers`` without the repeat, a headline shown again
    rewritten, or one shown again with no marker line between, is left to the
    story's ``possible-story-boundary`` doubt). The
    caller has turned down lines ending in a full stop or a clause mark, inside
    closing quotes or not (most paragraphs end in one, quotations in ``."``),
    the story's own headline, shown again under its marker, and, with no blank
    line above, a line under one ending no sentence (a wrapped paragraph's).
    """
    window = _window(lines, line, options)
    # A dump that opens each story with its page's address prints it right
    # above the headline (``https://…/school-meals`` / ``Headline`` /
    # captions / ``TT``): the header is asked of the line under the address,
    # and the story starts at the address (claimed ``source-url``).
    first = 1 if len(window) > 1 and is_source_address(line.text) else 0
    text = window[first].text.strip()
    if (
        not first
        and len(window) > 1
        and _separator_shaped(text)
        and window[1].text.strip(BLANK_CHARS)
        and not _is_rule(text)
        and not closes_story(text, options.knowledge)
        and not any(window[index].text.strip() == text for index in range(2, len(window)))
    ):
        # A dump's separator that is no rule (``END OF STORY``, ``Page 2``,
        # ``<hr>``, ``[2]``, ``Next story``) right above the next headline:
        # the header is asked of the line under it, and the story starts at
        # the separator (claimed ``separator-above-headline`` by the layout).
        # A rule (``-----``) or an end mark (``(END)``, ``-30-``) closes the
        # story above instead: the cut is asked at the headline under it.
        first = 1
        text = window[1].text.strip()
    # Shown again word for word, with lines between (a caption is shown twice
    # on two lines in a row; a subheading is not shown again): the cheap test
    # first, then the headline's shape, and detect() asks for the header's
    # shape between.
    if first and not is_source_address(line.text):
        # Under a separator, a headline shown again slightly edited
        # (capitals, a full stop) is shown again too: the separator, the
        # headline and a marker line between already make a header.
        shows = marked.showing_comparer(text)
        again = [
            index
            for index in range(first + 2, len(window))
            if shows(window[index].text.strip()) is not None
        ]
    else:
        again = [
            index for index in range(first + 2, len(window)) if window[index].text.strip() == text
        ]
    if not again or not wire.looks_like_headline(text, options.knowledge):
        return 0
    found = marked.detect(window, first, options)
    # A marker line between (the site's, or a short line of any text): a
    # header shown again with none between reads the same as a wrapped
    # paragraph's line repeated in the next paragraph, with its lines between.
    if found is None or not found.marker:
        return 0
    if again[-1] < found.marker:
        return 0  # a marker, but the header is not shown again below it: not sure
    # The site's own marker (``TT``) is sure; a short line of any text, found
    # by its shape, is a subheading as often, so a photo's credit between the
    # headline and it must show the block is a header: a paragraph whose
    # wrapped first line is shown again lower, a subheading between, reads
    # the same otherwise (``Paragraph's first line`` / ``its end.`` / blank /
    # ``Short label`` / blank / the paragraph again).
    if not marked.is_marker(window[found.marker].text, options) and not any(
        split_credit(window[index].text, knowledge=options.knowledge)[1] is not None
        for index in range(first + 1, found.marker)
    ):
        return 0
    return _header_end(window, found)


def _glued_page_start(lines: Iterator[Line], line: Line, above: str, options: ParseOptions) -> bool:
    """After one blank line or none in a marked story's body, or under a
    dump's rule, does ``line`` open a scraped page pasted on: its title line
    (``Headline | Site``) with the headline part shown again below it
    (:func:`wirestory.layouts.page.opens_titled_page`)? A dump of the site's
    stories and pages pasted one after another read the page into the
    story above's body, its title, menu, headline and paragraphs, silently.
    A subheading or a paragraph's line never shows itself again below with
    a site's name after a separator. ``above`` is the story's last line over
    ``line``: one ending in a colon introduces it (``Read more:`` over a
    related link ``Headline | Site``, the link's headline shown again)."""
    # The title's separator first (most lines asked have none): the lines
    # below are read only then.
    introduced = above.rstrip()[-1:] in _INTRODUCING_ENDS
    part = page.title_part(line.text)
    if part is not None:
        if introduced or _name_pair(part):
            # A related link or a table's row reads the same, title and
            # first part shown again: only a whole page (a menu between,
            # a byline or date line and prose under the headline) is cut.
            return page.opens_whole_page(_window(lines, line, options), options.knowledge)
        return page.opens_titled_page(_window(lines, line, options), options.knowledge)
    if introduced:
        return False
    if not _separator_shaped(line.text.strip()) or line.text.rstrip()[-1:] in (
        options.knowledge.full_stops
    ):
        return False
    # A dump's separator right over the title (``Page 2``, a date, ``<hr>``):
    # the page is asked of the line under it, and the story starts at the
    # separator (the page's furniture over its title).
    under = next(copy(lines), None)
    if under is None:
        return False
    part = page.title_part(under.text)
    if part is None:
        return False
    if _name_pair(part):
        return page.opens_whole_page(_window(lines, line, options)[1:], options.knowledge)
    return page.opens_titled_page(_window(lines, line, options)[1:], options.knowledge)


def _paired_title(lines: Iterator[Line], line: Line) -> bool:
    """Is the page title :func:`_glued_page_start` cut at (``line``, or the
    line under a separator) one whose headline part is a name pair
    (:func:`_name_pair`)?"""
    part = page.title_part(line.text)
    if part is None:
        under = next(copy(lines), None)
        part = None if under is None else page.title_part(under.text)
    return part is not None and _name_pair(part)


# The blank lines a doubted cut of a name pair's whole page is said after
# (``doubtful_cut``): one or none, told as one.
_GLUED_PAIR_CUT: Final = 1


# What a line introducing the lines under it ends with (``Read more:``).
_INTRODUCING_ENDS: Final = ":"
# A page title's headline part of exactly this many words is a name more
# often than a headline: a table's row or a fixture (``Harbour United | Vale
# Rovers``, the first side shown again as the row's label below).
_NAME_PAIR_WORDS: Final = 2


def _name_pair(part: str) -> bool:
    """Is a title's headline part (:func:`wirestory.layouts.page.title_part`)
    two words, a name's length (one "word" is a CJK headline of ten
    characters or more)?"""
    return len(part.split()) == _NAME_PAIR_WORDS


# A separator a dump prints between stories is a few words (``END OF STORY``,
# ``Page 2 of 5``, ``Next story``, ``<hr>``): a paragraph's line is longer.
_SEPARATOR_MAX_WORDS: Final = 5
_SEPARATOR_MAX_CHARS: Final = 40


def _separator_shaped(text: str) -> bool:
    """Is ``text`` (stripped) short enough to be a dump's separator line?"""
    return 0 < len(text) <= _SEPARATOR_MAX_CHARS and len(text.split()) <= _SEPARATOR_MAX_WORDS


def _may_be_glued(
    line: Line, story: list[Line], header_end: int, paragraph_ends: str, closing: str
) -> bool:
    """Is ``line``, inside a marked story's body, worth asking
    :func:`_glued_marked_start` about? Past the story's header, not ending in a
    full stop or clause mark inside closing quotes, not the story's headline
    shown again."""
    return (
        line.number > header_end
        and bool(story)
        and line.text.rstrip(closing)[-1:] not in paragraph_ends
        and line.text != story[0].text
    )


def _lone_short_line(
    story: list[Line], sentence_ends: str, closing: str, knowledge: Knowledge
) -> bool:
    """Is the last line of ``story`` a short line alone (a blank line over it,
    a separator's length, ending no sentence, no rule nor end mark), past the
    story's header? Asked where the story is cut at the next one's header
    glued on by one blank line: a dump's separator between blank lines
    (``Page 2``, ``March 5, 2025``, ``END OF STORY``) stays the story's last
    paragraph, as a story's own closing line (``More to follow``) does."""
    if len(story) < 4 or story[-2].text.strip(BLANK_CHARS):
        return False
    text = story[-1].text.strip()
    return (
        _separator_shaped(text)
        and text.rstrip(closing)[-1:] not in sentence_ends
        and not _is_rule(text)
        and not closes_story(text, knowledge)
        and not is_source_address(text)
        and not _labelled_line(text)
    )


# A labelled line's label: at most this many words before ``: ``.
_LABEL_MAX_WORDS: Final = 2


def _labelled_line(text: str) -> bool:
    """Is ``text`` a labelled line (``Source: Reuters``, ``Photo: AFP``), a
    story's own line under its last paragraph (its source, its credit), not a
    dump's separator (``Page 2``, a date, ``END OF STORY``), which names no
    label?"""
    label, colon, value = text.partition(": ")
    return bool(colon and value.strip()) and 0 < len(label.split()) <= _LABEL_MAX_WORDS


# What :func:`_glued_start` finds: no story's start, a wire story's header, or
# a crawled page's address over its title.
_NO_START, _WIRE_START, _PAGE_START = 0, 1, 2


def _glued_start(lines: Iterator[Line], line: Line, options: ParseOptions) -> int:
    """After one blank line or none, does ``line``, just taken from ``lines``,
    start a story glued under the one above? ``_WIRE_START`` when it is a
    wire story's header: a headline (or a slug, ``BC-EU-Grain,0210``, over a
    headline or alone) with, at most one blank line below each, a paragraph
    opening with a dateline naming an agency or a date (``CHICAGO, March 3
    (Reuters) - …``). ``_PAGE_START`` when it is a crawled page's address
    alone on its line (``https://…/harbour-works``) over a headline and more
    text than another address (a list of sources, each address over its
    title, is no page), as a crawler writes page after page. Else
    ``_NO_START``.

    Wire dumps set one blank line between stories as between paragraphs; a
    subheading is a short line too, but the paragraph under it goes on from
    the same place and opens with no dateline of its own (a roundup's next
    city, ``PARIS —``, names no agency). An address alone on a line inside a
    story stands under a paragraph pointing at it (``The report is online:``),
    not under one ending a sentence with a title under it. The caller asks only
    after a line ending a sentence or an end mark (``(END)``, ``-30-``), and
    for a wire header only inside a story that opened with such a dateline (or
    a marked header), and for an address only inside a story that opened
    with one: a story of that form glued under one of the same form.
    """
    window = _window(lines, line, options)
    knowledge = options.knowledge
    # The non-blank lines of the window down to the first run of blank lines.
    texts: list[str] = []
    gap = 0
    for ahead in window:
        if not ahead.text.strip(BLANK_CHARS):
            gap += 1
            if gap > 1:
                break
            continue
        gap = 0
        texts.append(ahead.text.strip())
        if len(texts) == 4:
            break
    # An address over the header: a crawled page's, or a wire story's.
    address = is_source_address(texts[0])
    if address:
        del texts[0]
    if texts and wire.is_slug(texts[0]):
        if len(texts) >= 2 and opens_wire_story(texts[1], knowledge):
            return _WIRE_START  # a slug over the dateline: headless copy
        del texts[0]
    if len(texts) < 2:
        return _NO_START
    # The dateline's test first: its hint turns down most lines at once,
    # where a headline's shape asks for a byline.
    if opens_wire_story(texts[1], knowledge):
        if wire.looks_like_headline(texts[0], knowledge):
            return _WIRE_START
    elif (
        address
        and not is_source_address(texts[1])
        and wire.looks_like_headline(texts[0], knowledge)
    ):
        return _PAGE_START
    return _NO_START


# What a dump's rule line opens with (``-----``, ``<<<END>>>``, `` ***``),
# asked of the first character before the patterns: most lines open with a
# letter.
_RULE_OPENINGS: Final = frozenset("-=_*~+#•·–—─━═< \t")


def _is_rule(text: str) -> bool:
    """Is ``text`` a rule a dump draws between stories (``-----``, ``* * *``,
    ``--- page 2 ---``, ``<<<END>>>``)?"""
    return text[:1] in _RULE_OPENINGS and (is_separator(text) or is_dump_rule(text))


# A page break (form feed), a file, group or record separator: a blank line
# holding one parts two files' text as a rule does.
_PAGE_BREAKS: Final = ("\f", "\x1c", "\x1d", "\x1e")


def _page_break(text: str) -> bool:
    """Is ``text``, a blank line, one holding a page break (``\\f``)? Every
    page break is a control character, so a printable line (most blank
    lines are empty) holds none: asked first, in C."""
    return not text.isprintable() and any(mark in text for mark in _PAGE_BREAKS)


# What a line parting two stories opens with: a rule's character, a blank
# one (a page break's line), or an address's (roles.SOURCE_ADDRESS_FIRSTS).
_PARTING_FIRSTS: Final = _RULE_OPENINGS | frozenset(BLANK_CHARS) | SOURCE_ADDRESS_FIRSTS


def _parts_stories(text: str) -> bool:
    """Does a line of ``text`` stand between two stories, never inside a
    header: a dump's rule, an address alone, a page break?"""
    if _is_rule(text):
        return True
    if "://" in text:
        return is_source_address(text)
    return bool(text) and not text.strip(BLANK_CHARS) and _page_break(text)


def _one_block_header(
    window: list[Line], first: int, found: marked.MarkedHeader, options: ParseOptions
) -> bool:
    """Is the marked header ``found`` at ``window[first]`` a headline over one
    block of captions and its marker or its repeat (one blank line under the
    headline at most)? A section's paragraph or title under a section break, over the
    next story's header (``* * *`` / ``The last paragraph.`` / blank /
    ``Headline`` / captions / ``TT``), is no headline of it: ``detect``
    reads the marker below as closing a header it opens."""
    if not wire.looks_like_headline(window[first].text, options.knowledge):
        return False
    # Down to the marker, or to the blank line over the headline's repeat.
    end = found.marker if found.marker is not None else (found.repeat or first) - 1
    return not any(not window[index].text.strip(BLANK_CHARS) for index in range(first + 2, end))


# What a record's title field opens with (``Title:``, ``Headline:``), or
# white space (an invisible character opening a line is read as a space).
_TITLE_FIRSTS: Final = frozenset("TtHh \t")

# The characters a blank line may open with (lines.BLANK_CHARS), as a set: a
# set look-up of a line's first character costs less than a search of the
# string, and group_stories asks it of every line of a dump.
_BLANK_FIRSTS: Final = frozenset(BLANK_CHARS)


def _next_record(
    lines: Iterator[Line], line: Line, story: list[Line], options: ParseOptions
) -> bool:
    """In a dump of a crawler's records, each opening with its fields
    (``Title: …`` / ``URL: https://…`` / ``Date: …``), does ``line``, just
    taken from ``lines``, open the next record? Asked only of a story that
    opened so itself: set one blank line apart or none, the records were
    read as one story, the next title and fields in its body, silently."""
    if len(story) < 2 or not wire.opens_record(story[0].text, story[1].text):
        return False
    window = _window(lines, line, options)
    return len(window) > 1 and wire.opens_record(line.text, window[1].text)


def _start_under_rule(lines: Iterator[Line], line: Line, options: ParseOptions) -> int | None:
    """After a dump's rule line (``-----``, ``<<<END>>>``, ``--- page 2
    ---``) and one blank line or none, after a page break (a form feed alone
    on its line), or at an address alone on its line,
    does ``line``, just taken from ``lines``, start the next story? ``None``
    for no; for a story of the marked layout, the line number of its header's
    end; 0 for another story.

    Yes for a whole header, none other: a marked one (``Headline`` /
    captions / ``TT``), a wire story's (a headline over a dateline naming an
    agency or a date), a crawled page's (an address over a headline and
    text), or a headline over a byline (``By Jane Roe``). A section break
    inside one story (``* * *`` / a section's title / its paragraphs) shows
    no such header; a headline over prose alone after a rule is left to the
    story's ``possible-story-boundary`` doubt. Scripts that join files print
    the rule right under the last line and the next file's headline right
    under it; read on as one story, the rule and the next headline went to
    the story above (its body or notes), silently.
    """
    window = _window(lines, line, options)
    first = 0
    if is_source_address(line.text):
        # The next page's address over its header, one blank line between
        # at most: the story starts at the address (claimed ``source-url``).
        first = 1
        if len(window) > 2 and not window[1].text.strip(BLANK_CHARS):
            first = 2
        if first >= len(window) or not window[first].text.strip(BLANK_CHARS):
            return None  # a blank run under the address: the story above's
    found = marked.detect(window, first, options)
    if (
        found is not None
        and found.marker != first  # a marker line alone is no headline
        and _one_block_header(window, first, found, options)
    ):
        return _header_end(window, found)
    if page.title_part(window[first].text) is not None and page.opens_titled_page(
        window[first:], options.knowledge
    ):
        return 0  # a page's title over its headline shown again
    glued = _glued_start(lines, line, options)
    # An address over a headline-like line and text is a crawled page's
    # start only in a dump of such pages (group_stories asks it of a story
    # that opened with one); a page's links, each over its title, read the
    # same. Under a rule, it starts the next page.
    if glued == _WIRE_START or (glued == _PAGE_START and not first):
        return 0
    texts = [ahead.text.strip() for ahead in window[first : first + 3]]
    if len(texts) == 3 and not texts[1]:
        del texts[1]  # one blank line between the headline and its byline
    if (
        len(texts) >= 2
        and wire.looks_like_headline(texts[0], options.knowledge)
        and find_byline(texts[1], knowledge=options.knowledge) is not None
    ):
        return 0
    return None


def _address_closes_above(lines: Iterator[Line], address: str, headline: str) -> tuple[int, bool]:
    """An address alone between two stories, in a dump whose first story
    opened with none: is it the story above's (printed under each story, as
    a script appending each page's source does)? The line number of the next
    story's first line under it if so, else 0. Asked of an address with a
    blank line over it (one right under a paragraph's last line would join
    it): with the next headline right under it, it opens that story (a
    crawler's page); with a blank line under it too, it closes the story
    above, whose note it is. Read as the next story's ``source-url``, an
    address printed under each story went to the story under it, in no
    field, silently. An address whose path names the headline under it
    (``…/wheat-futures-climb`` over ``Wheat Futures Climb``: a page's slug is
    its headline's words) is that story's, wherever the blank lines fall.

    With the line number, whether the guess is told: the slug names the
    story above's ``headline`` (``…/ferry-service-saved`` under ``Ferry
    Service Saved``). A slug naming neither headline (``…/news/1/``) leaves
    the address the story above's note by the dump's form alone, which the
    story says (``possible-story-boundary``)."""
    # _start_under_rule found the header one blank line under it at most.
    ahead = list(islice(copy(lines), 2))
    if len(ahead) < 2 or ahead[0].text.strip(BLANK_CHARS):
        return 0, True  # the headline right under it: the next story's address
    if _slug_names(address, ahead[1].text):
        return 0, True
    return ahead[1].number, _slug_names(address, headline)


# A slug's word naming a headline's: at least this many letters (not ``a``,
# ``of``, ``the``, a year's digits).
_SLUG_WORD_MIN_CHARS: Final = 4


def _slug_names(address: str, headline: str) -> bool:
    """Does the last part of ``address``'s path (its slug, past the last
    ``/``, its words parted by ``-`` or ``_``) hold a word of ``headline`` of
    ``_SLUG_WORD_MIN_CHARS`` letters or more?"""
    slug = address.strip().rstrip("/").rpartition("/")[2].casefold()
    words = set(slug.replace("_", "-").replace(".", "-").split("-"))
    return any(
        len(word) >= _SLUG_WORD_MIN_CHARS and word.casefold() in words for word in headline.split()
    )


def _opens_wire_story(story: list[Line], asked: int, options: ParseOptions) -> bool:
    """Did ``story`` open with a wire story's dateline (naming an agency or a
    date) among its first ``max_header_lines`` lines, past the ``asked``
    lines already asked?"""
    knowledge = options.knowledge
    # A loop, not any() over a generator: asked of each of a story's first
    # lines that ends in no full stop, mostly of one line not asked before.
    for line in islice(story, asked, options.max_header_lines):
        if opens_wire_story(line.text, knowledge):
            return True
    return False


def _starts_story(
    lines: Iterator[Line], line: Line, blanks: list[Line], options: ParseOptions
) -> int | None:
    """After a run of blank lines inside a marked story, does ``line`` start the
    next story? ``None`` for no; for a story of the marked layout, the line
    number of its header's marker (or repeat); 0 for another story.

    Yes when it starts a marked story (a headline whose header has a marker or
    is shown again), or a story with a headline: a short title-like line with
    paragraphs below it (a wire story after a site's story in a mixed dump).
    Not after a run holding a line of only a no-break space: that is how one
    site separates the paragraphs of one story (blank, no-break space, blank),
    and a short line after it is a subheading. The marked layout reports the
    runs it is left with as doubts (``possible-story-boundary``).
    """
    window = _window(lines, line, options)
    found = marked.detect(window, 0, options)
    separated = any(blank.text.strip(PLAIN_WHITE) for blank in blanks)
    if found is not None:
        # A marker line alone is no headline. Under the site's paragraph
        # separator, a header is a headline over one block of captions: a
        # paragraph (or a subheading over its paragraph) one blank line over
        # the next story's header read as that story's headline, the story
        # above losing its last lines to it, silently.
        if found.marker == 0 or (separated and not _one_block_header(window, 0, found, options)):
            return None
        return _header_end(window, found)
    if separated:
        return None
    below = [ahead for ahead in window[1:3] if ahead.text.strip(BLANK_CHARS)]
    return 0 if below and wire.looks_like_headline(line.text, options.knowledge) else None


# The seed site separates stories by three blank lines: a story cut from a marked
# one only by its title-like first line, after fewer, may be a subheading.
_SURE_CUT = 3

# A blank run this long ends a story whatever follows: no story holds that many
# blank lines in a row, and keeping them in memory while looking ahead would let
# a million blank lines cost a million records.
_MAX_BLANK_RUN = 64


# html-text and readability set two blank lines between every block of a page
# (each ``<p>``'s margins a blank line): a run of just two parts stories only
# where a story's blocks are set apart by one (_doubled_gap).
_DOUBLED_RUN: Final = 2


def _one_block(lines: list[Line]) -> bool:
    """Does ``lines`` hold no blank line (one block)?"""
    return all(line.text.strip(BLANK_CHARS) for line in lines)


def _doubled_gap(
    story: list[Line], above: list[Line] | None, run: int, knowledge: Knowledge
) -> bool:
    """Was ``story``, one block, cut at a run of just two blank lines (``run``)
    from ``above``, one block too? Nothing in either tells the run from the
    gap a text setting two blank lines between every block puts between a
    feed's items, a list's entries or a story's paragraphs: the cut is said
    (``cut-at-doubled-blank-lines``). A story holding one blank line shows
    the text's own gap between blocks, and two part stories. So does a story
    above closing with an end mark or a trailer (``###``, ``-30-``,
    ``(Reuters)``): a dump of stories each closed so, two blank lines apart,
    said the doubt of every story (review65)."""
    return (
        run == _DOUBLED_RUN
        and above is not None
        and _one_block(story)
        and _one_block(above)
        and not closes_story(above[-1].text.strip(), knowledge)
    )


class LineGroup(NamedTuple):
    """The lines of one story, or of the part of a story past ``max_story_chars``."""

    lines: list[Line]
    overflow: bool
    """True for lines past ``ParseOptions.max_story_chars``: kept, in no field."""
    doubtful_cut: int = 0
    """When the story was cut from a marked story above it only because its first
    line looks like a headline, after fewer than ``_SURE_CUT`` blank lines: how
    many (the line could be a subheading of the story above); else 0."""
    after_blank_run: bool = False
    """True when the story was cut from the one above it: at a run of blank
    lines, or at a line a layout takes for a story's start (a marked story's
    headline glued under the story above); not the dump's first story, nor the
    part of a story past ``max_story_chars``. A story cut at a layout's start
    mostly opens with its headline, and the diagnostic wants paragraphs alone.
    A page that sets two blank lines between its paragraphs is cut there too;
    a piece of it holding paragraphs alone says so (``may-continue-story-above``)."""
    separator_under: bool = False
    """True when the story's last line is a short line alone (one blank line
    over it, ending no sentence) right over the next story's header glued on
    by one blank line: a dump's separator (``Page 2``, a date, ``END OF
    STORY``) or the story's own closing line read the same. Kept in the
    story, which says so (``possible-story-boundary``)."""
    address_guessed: bool = False
    """True when the story's last line is an address between blank lines
    kept as its note only because the dump's first story opened with none
    (``_address_closes_above``): its slug names neither the story's headline
    nor the next one's, so it may be the next story's ``source-url``. The
    story says so (``possible-story-boundary``)."""
    doubled_gap: bool = False
    """True when the story, holding no blank line, was cut at a run of two
    blank lines from a story above holding none either: a text setting two
    blank lines between every block (html-text's and readability's output,
    each ``<p>``'s margins a blank line) is cut at each, a feed's items or a
    list's entries each read as a story. The story says so
    (``cut-at-doubled-blank-lines``)."""


def _group_cut_at_blanks(
    story: list[Line],
    overflow: bool,
    doubtful: int,
    follows: bool,
    above: list[Line] | None,
    cut_run: int,
    knowledge: Knowledge,
) -> LineGroup:
    """The group of a story ended by a run of blank lines or by the dump's
    end, not by a layout's start: ``above`` is the story above and
    ``cut_run`` the blank run the story was cut from it at. The cut is said
    doubled (``_doubled_gap``: html-text's output sets two blank lines
    between every ``<p>``, each a cut) unless the lines are a story's
    overflow, no story of their own. One function for the three places
    that end a story so, that they say the cut alike."""
    return LineGroup(
        story,
        overflow,
        doubtful,
        follows,
        doubled_gap=not overflow and _doubled_gap(story, above, cut_run, knowledge),
    )


def group_stories(lines: Iterator[Line], options: ParseOptions) -> Iterator[LineGroup]:
    """Group physical lines into stories, dropping the blank separators.

    Each group runs from a story's first non-blank line to its last. A line
    longer than ``max_line_chars`` stays in its story (the role rules set it
    aside as ``other``); one longer than ``max_story_chars`` overflows. A story growing
    past ``max_story_chars`` is cut there; the rest of it comes in groups marked
    ``overflow``. Memory is bounded by ``max_story_chars`` plus
    ``max_header_lines`` of look-ahead.
    """
    source = _lookahead(lines)
    story: list[Line] = []
    blanks: list[Line] = []
    overflow = False
    # The line number closing the story's marked header (its marker line, or
    # the headline's repeat), 0 for a story of another layout.
    header_end = size = doubtful = 0
    # Was the story being read cut from the one above by a blank run?
    follows = False
    # The story above (yielded) and how many blank lines the current story
    # was cut from it at (_doubled_gap); None before the first story.
    above: list[Line] | None = None
    cut_run = 0
    # Did the story being read open with a wire story's dateline (or a marked
    # header)? Asked (_opens_wire_story) of each line as the story grows, until
    # found or the story holds a whole header's lines: under a headline ending
    # in ``?`` over a byline, the dateline is two lines below the headline.
    wire_opened = False
    wire_asked = 0
    # Is the story being read past every cut at a glued story's start? Once
    # its header lines are asked and none opened a wire story, and its first
    # line is no crawler's address, no later line of it can start a glued
    # story (the test below needs one or the other), and the test is not
    # asked again: each of a page's thousands of short lines (menus, links,
    # ending in no full stop) took it, to be told no (1.5 % of a page text's
    # parse by instructions, docs/performance.md).
    settled = False
    # Did the settled story open as a crawler's record (_next_record)?
    records = False
    # Did the dump's first story open with an address (a crawler printing
    # each page's address over it)? None until its first line is read.
    addresses_open: bool | None = None
    # The line number where a story starts under an address read as the
    # story above's (_address_closes_above), and its header's end; 0 for none.
    deferred_line = deferred_end = 0
    # Was that address kept as the story above's by a guess its slug does
    # not tell (_address_closes_above)?
    address_guessed = False
    # Was the line a whole page's title of two words' headline part, cut at
    # (_glued_page_start, _paired_title)? Its story's cut is doubted.
    paired = False
    # Where the line starts a story (a header's end, 0 for a story of another
    # layout), or None: asked of each line below.
    starts: int | None
    max_story_chars = options.max_story_chars
    max_header_lines = options.max_header_lines
    knowledge = options.knowledge
    # What a paragraph ends in, never a headline glued on (_glued_marked_start).
    paragraph_ends = knowledge.full_stops + knowledge.clause_ends
    sentence_ends = knowledge.sentence_ends
    closing = knowledge.closing_quotes + BLANK_CHARS
    for line in source:
        # is_blank() inlined: this loop sees every line of a dump.
        text = line.text
        if not text or (text[0] in BLANK_CHARS and not text.strip(BLANK_CHARS)):
            if not story:
                cut_run += 1
                continue  # a separator before the first story or after a cut
            if blanks and (not header_end or len(blanks) >= _MAX_BLANK_RUN):
                # Second blank line of a run in a story without a marker (or a
                # run no story holds): a cut, whatever follows. Yield now so a
                # long blank run costs no memory.
                yield _group_cut_at_blanks(
                    story, overflow, doubtful, follows, above, cut_run, knowledge
                )
                above, cut_run = story, len(blanks) + 1
                story, blanks, header_end, overflow, size, doubtful = [], [], 0, False, 0, 0
                follows, wire_opened, wire_asked, settled = True, False, 0, False
                continue
            blanks.append(line)
            continue
        if addresses_open is None:
            addresses_open = is_source_address(text)
        if (
            settled
            and not deferred_line
            and not header_end
            # Nothing a dump's cut under a rule, a page break, an address or
            # a crawler's next record asks of the line (below) can hold:
            # the line above opens no rule, no page break in the blank line,
            # no address, no title field in a story of records.
            and story[-1].text[:1] not in _RULE_OPENINGS
            and not (text[:1] in SOURCE_ADDRESS_FIRSTS and "://" in text)
            and not (blanks and _page_break(blanks[0].text))
            and not (records and text[:1] in _TITLE_FIRSTS)
        ):
            # A story past its header that is no marked one (most of a page's
            # lines): no line of it starts a story (no marker, no glued
            # start: settled), so only a blank run or max_story_chars ends it,
            # and the line is added without the steps below (which would tell
            # the same: a run of one blank line, no start, nothing asked).
            added = line.end - (blanks[0].start if blanks else line.start)
            if size + added <= max_story_chars:
                if blanks:
                    story += blanks
                    blanks.clear()
                story.append(line)
                size += added
                # The lines after it are read here, as long as the story
                # stays so (its header's end, a deferred start and its
                # records do not change while it does): each takes the same
                # tests as above, without the loop's steps for the states
                # that cannot hold (a page's menus and paragraphs, most of
                # its lines, took them all, each line). The line above is
                # told by its first character, kept.
                rule_above = text[:1] in _RULE_OPENINGS
                # A blank line over the line is told a page break's once, as
                # it is read (_page_break: a printable one holds none).
                broken = False
                add = story.append
                for line in source:
                    text = line.text
                    if not text or (text[0] in _BLANK_FIRSTS and not text.strip(BLANK_CHARS)):
                        if not blanks:
                            blanks.append(line)
                            broken = not text.isprintable() and _page_break(text)
                            continue
                        # A second blank line in a story without a marker:
                        # the cut above.
                        yield _group_cut_at_blanks(
                            story, overflow, doubtful, follows, above, cut_run, knowledge
                        )
                        above, cut_run = story, len(blanks) + 1
                        story, blanks, header_end, overflow, size, doubtful = [], [], 0, False, 0, 0
                        follows, wire_opened, wire_asked, settled = True, False, 0, False
                        break
                    first = text[:1]
                    if (
                        rule_above
                        or (first in SOURCE_ADDRESS_FIRSTS and "://" in text)
                        or (blanks and broken)
                        or (records and first in _TITLE_FIRSTS)
                    ):
                        break
                    if blanks:
                        added = line.end - blanks[0].start
                        if size + added > max_story_chars:
                            break
                        story += blanks
                        blanks.clear()
                    else:
                        added = line.end - line.start
                        if size + added > max_story_chars:
                            break
                    add(line)
                    size += added
                    rule_above = first in _RULE_OPENINGS
                else:
                    break  # the dump's last line read
                if not settled:
                    continue  # cut at a blank run: the next line starts afresh
                # A line the tests above turn down (under a rule, at an
                # address, after a page break, a title field, past
                # max_story_chars) is read by the steps below, as it was.
        if deferred_line and line.number == deferred_line:
            # The next story's first line under an address the story above
            # kept as its own.
            starts, deferred_line = deferred_end, 0
        elif (
            len(blanks) < 2
            and len(story) > 1
            and line.number > header_end
            and (
                (story[-1].text[:1] in _RULE_OPENINGS and _is_rule(story[-1].text))
                or (bool(blanks) and _page_break(blanks[0].text))
                # An address alone on its line under a paragraph's end (a
                # blank line between, or a sentence's end above it), not
                # one a paragraph introduces (``The report is online at:``)
                # nor a page's own address under its menu's last item.
                or (
                    is_source_address(text)
                    and (bool(blanks) or story[-1].text.rstrip(closing)[-1:] in sentence_ends)
                    and not story[-1].text.rstrip().endswith(":")
                )
            )
        ):
            starts = _start_under_rule(source, line, options)
            if starts is not None and not addresses_open and is_source_address(text):
                under, told = (
                    _address_closes_above(source, text, story[0].text) if blanks else (0, True)
                )
                if under:
                    address_guessed = not told
                    # The address is the story above's: the next story
                    # starts at the line under it.
                    deferred_line, deferred_end = under, starts
                    starts = None
        elif (
            text[:1] in _TITLE_FIRSTS
            and len(blanks) < 2
            and len(story) > 1
            and line.number > header_end
            and _next_record(source, line, story, options)
        ):
            starts = 0
        elif blanks:
            if len(blanks) >= 2:
                starts = _starts_story(source, line, blanks, options)
            elif (
                header_end
                and line.text[-1:] not in paragraph_ends  # most paragraphs: '.'
                and _may_be_glued(line, story, header_end, paragraph_ends, closing)
            ):
                starts = _glued_marked_start(source, line, options) or None
                if starts is None and _glued_page_start(source, line, story[-1].text, options):
                    starts, paired = 0, _paired_title(source, line)
            else:
                starts = None
        elif (
            header_end
            # With no blank line above, only under a line ending a sentence: a
            # headline glued under a story's last paragraph, not a wrapped line.
            and story
            and (
                story[-1].text.rstrip(closing)[-1:] in sentence_ends
                # An end mark closing the story above (``(END)``, ``-30-``):
                # the next headline is glued under it.
                or closes_story(story[-1].text.strip(), knowledge)
            )
            and line.text[-1:] not in paragraph_ends
            and _may_be_glued(line, story, header_end, paragraph_ends, closing)
        ):
            starts = _glued_marked_start(source, line, options) or None
            if starts is None and _glued_page_start(source, line, story[-1].text, options):
                starts, paired = 0, _paired_title(source, line)
        elif (
            header_end
            and story
            # A page's title line right under a line introducing it
            # (``Read more:``): only a whole page pasted on is cut there.
            and story[-1].text.rstrip()[-1:] in _INTRODUCING_ENDS
            and _may_be_glued(line, story, header_end, paragraph_ends, closing)
            and page.title_part(text) is not None
        ):
            starts = 0 if _glued_page_start(source, line, story[-1].text, options) else None
        else:
            starts = None
        # Has detect() answered for this line (_starts_story,
        # _glued_marked_start)? Not for a wire story glued on (_glued_start).
        known = starts is not None
        if (
            not settled
            # A headline or a slug ends in no full stop (the cheap test first:
            # this sees every line of a dump, most ending in one).
            and text[-1:] not in paragraph_ends
            and starts is None
            # Not at an address kept as the story above's note.
            and not deferred_line
            and len(blanks) < 2
            and story
            and line.number > header_end
        ):
            if not wire_opened and wire_asked < max_header_lines:
                # The story's header lines not asked yet, each once, until one
                # opens a wire story or the header is read: asked here, where
                # the answer is wanted (most lines of wire copy end in a full
                # stop and want none), not as each line comes.
                wire_opened = bool(header_end) or _opens_wire_story(story, wire_asked, options)
                wire_asked = len(story)
            crawled_story = not wire_opened and is_source_address(story[0].text)
            settled = not (wire_opened or crawled_story or wire_asked < max_header_lines)
            if settled:
                # A story of a crawler's records (``Title: …`` / ``URL: …``)
                # is asked at each title field even when settled.
                records = len(story) >= 2 and wire.opens_record(story[0].text, story[1].text)
            if (
                # Only a story that opened as a wire story or under a
                # crawler's address is cut so: a page's many short lines are
                # asked nothing more.
                (wire_opened or crawled_story)
                and text.rstrip(closing)[-1:] not in paragraph_ends
                # Under a line ending a sentence, or under an end mark or a
                # trailer (``(END)``, ``(Reuters)``; not ``MORE``); with no
                # blank line between and under a sentence, only as a slug or
                # an address (a wrapped paragraph's line may end a sentence
                # above a short one).
                and (
                    (
                        # The line above first: under a wrapped paragraph's
                        # line, most lines of hard-wrapped copy, nothing more
                        # is asked.
                        story[-1].text.rstrip(closing)[-1:] in sentence_ends
                        and bool(blanks or wire.is_slug(text.strip()) or is_source_address(text))
                    )
                    or closes_story(story[-1].text.strip(), knowledge)
                )
            ):
                # A crawler writes each page's address over it: an address
                # cuts only a story that opened with one (a page's own address
                # among its furniture, or a list of sources, is no crawler's
                # line).
                crawled = is_source_address(text) and is_source_address(story[0].text)
                if wire_opened or crawled:
                    glued = _glued_start(source, line, options)
                    if (glued == _PAGE_START and crawled) or (glued == _WIRE_START and wire_opened):
                        starts = 0
        if starts is not None:
            yield LineGroup(
                story,
                overflow,
                doubtful,
                follows,
                (len(blanks) == 1 and _lone_short_line(story, sentence_ends, closing, knowledge))
                # A line introducing what the next story's header took
                # (``Read more:`` over a whole page's title): kept, doubted.
                or (len(blanks) < 2 and story[-1].text.rstrip()[-1:] in _INTRODUCING_ENDS),
                address_guessed,
                not overflow and _doubled_gap(story, above, cut_run, knowledge),
            )
            above, cut_run = story, len(blanks)
            address_guessed = False
            follows = True
            # A cut after fewer blank lines than the site's own run only
            # because a line looks like a headline (not a wire story's whole
            # header, nor a marked one's) may have cut at a subheading.
            doubtful = len(blanks) if starts == 0 and 2 <= len(blanks) < _SURE_CUT else 0
            if paired:
                # A whole page under a title whose headline part is two
                # words, glued on: a table's row over a row of figures and
                # a dated paragraph reads the same (``Harbour United |
                # Vale Rovers`` / ``2 | 1`` / ``Harbour United`` / a date
                # / prose), so the cut is said.
                doubtful, paired = max(doubtful, _GLUED_PAIR_CUT), False
            wire_opened, wire_asked, settled = False, 0, False
            story, blanks, overflow, size = [], [], False, 0
            header_end = starts
            added = line.end - line.start
        elif blanks:
            added = line.end - blanks[0].start
        else:
            added = line.end - line.start
        if story and size + added > max_story_chars:
            if not wire_opened and wire_asked < max_header_lines:
                # The lines not asked yet are asked now, as when each line
                # was asked as it came, and the part past max_story_chars
                # keeps the answer and goes on asking its own lines as it did
                # then: from the index this part's count of lines reached,
                # or, when that is past them, from the line after the ones
                # it opens with (its blank lines and this line).
                wire_opened = bool(header_end) or _opens_wire_story(story, wire_asked, options)
                wire_asked = len(story)
                if wire_asked < max_header_lines:
                    wire_asked = min(wire_asked, len(blanks) + 1)
            yield LineGroup(story, overflow, doubtful, follows)
            story, overflow, size, doubtful, follows, settled = [], True, 0, 0, False, False
        if blanks:
            story += blanks
            blanks.clear()
        if not story and not overflow and not known:
            # A story's first line: is its layout the marked one, whose body a
            # blank run does not end by itself?
            header_end = _marked_start(source, line, options)
        story.append(line)
        size += added
    if story:
        yield _group_cut_at_blanks(story, overflow, doubtful, follows, above, cut_run, knowledge)
