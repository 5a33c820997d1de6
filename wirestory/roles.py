"""Roles: what each line of one story is.

The story's layout is chosen once, from the registry in
:mod:`wirestory.layouts` (the seed site's ``marked`` header, a web ``page``, a
``wire`` story, or ``headless`` text), and that layout's rules claim every
line; each rule's name is stored in every :class:`~wirestory.Segment` so a
parse can be explained. Lines no layout can read (too long, NUL characters)
are set aside here, the same for every layout.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from wirestory.layouts import choose_layout
from wirestory.lines import Line, indent, is_blank
from wirestory.markdown import MarkdownView, markdown_view
from wirestory.model import Role
from wirestory.normalizing import may_hold_repair, repaired_line
from wirestory.options import ParseOptions
from wirestory.state import LineState, Problem, skip_blanks

__all__ = ["asks_soft_hyphen", "assign_roles"]


# A line the rules read whole (a header's, a label's, a credit's, furniture)
# is this short; of a longer one (a paragraph) they ask its opening words (a
# dateline, a byline's or a label's opener) and its closing ones (a caption's
# credit, ``Photograph: Ann Lowe/World News Daily``; a sign-off), never a
# word in the middle of its prose.
_SOFT_HYPHEN_WHOLE_LINE: Final = 100
_SOFT_HYPHEN_OPENING_WORDS: Final = 6
_SOFT_HYPHEN_CLOSING_WORDS: Final = 8


def asks_soft_hyphen(text: str) -> bool:
    """Does a rule ask for a word of ``text`` (a line holding a soft hyphen)
    where a soft hyphen sits? A short line's, or a long one's opening or
    closing words: a paragraph's story holding soft hyphens in its prose
    alone (a German page's ``Not\xadfall\xaddaten\xadsatz``) is not read a
    second time without them."""
    if len(text) <= _SOFT_HYPHEN_WHOLE_LINE:
        return True
    words = text.split()
    return any("\xad" in word for word in words[:_SOFT_HYPHEN_OPENING_WORDS]) or any(
        "\xad" in word for word in words[-_SOFT_HYPHEN_CLOSING_WORDS:]
    )


def assign_roles(lines: list[Line], options: ParseOptions) -> LineState:
    """Give every line of one story a role; the story's layout claims them.

    A line longer than ``options.max_line_chars`` takes no part in the layout: the
    rules see it as blank, and it is kept with role ``other`` and a diagnostic.
    """
    limit = options.max_line_chars
    texts = [line.text for line in lines]
    # The story's text joined, for its NULs below: no line of a story shorter
    # than the limit is longer, and most stories are (no pass for the longest).
    joined = "".join(texts)
    oversized = (
        [i for i, text in enumerate(texts) if len(text) > limit]
        if len(joined) > limit and max(map(len, texts), default=0) > limit
        else []
    )
    if oversized:
        lines = [line._replace(text="") if len(line.text) > limit else line for line in lines]
        texts = [line.text for line in lines]
        joined = "".join(texts)
    has_nul = "\x00" in joined
    # Mojibake or an HTML entity: the fields are repaired, the rules read the
    # lines as written. One scan of the story for a hint, a line's look after.
    repaired = (
        next((i for i, text in enumerate(texts) if repaired_line(text)), None)
        if may_hold_repair(joined)
        else None
    )
    # A soft hyphen a scraper kept inside a word (``Photo&shy;graph:``,
    # ``Adver&shy;tisement``, a German site's long words): the fields keep
    # it as written, and so do the rules reading the lines' words.
    soft_hyphen = (
        next((i for i, text in enumerate(texts) if "\xad" in text and asks_soft_hyphen(text)), None)
        if "\xad" in joined
        else None
    )
    # A page printed by a converter is read without its marks (its lines'
    # offsets kept), as a page when its marks show one.
    view = markdown_view(lines, joined)
    joined = ""  # not held while the layout reads the story
    layout_options = options
    if view is not None:
        lines = view.lines
        if view.page and options.layout == "auto":
            layout_options = attrs.evolve(options, layout="page")
    state = _assign(lines, layout_options, quiet_if_empty=bool(oversized))
    if view is not None:
        state.read_lines, state.read_shifts = view.lines, view.shifts
        for index in view.marks:
            # Marks alone, read as a blank line: kept as the page's furniture.
            state.roles[index], state.rules[index] = Role.FURNITURE, "converter-marks"
        if view.page:
            _converter_headline(state, view)
    for index in oversized:
        state.claim(index, Role.OTHER, "line-too-long")
        state.problems.append(
            Problem("line-too-long", f"line longer than {options.max_line_chars} characters", index)
        )
    glued = _paragraphs_without_blank_lines(state, texts)
    if glued is not None:
        state.problems.append(
            Problem(
                "paragraphs-by-line-shape",
                "no blank line in the story: lines joined into paragraphs by their shape alone",
                glued,
            )
        )
    if repaired is not None:
        state.problems.append(
            Problem(
                "repaired-text-read-as-written",
                "mojibake or an HTML entity, repaired in the fields, read as written",
                repaired,
            )
        )
    if soft_hyphen is not None:
        state.problems.append(
            Problem(
                "soft-hyphens-read-as-written",
                "soft hyphens (U+00AD) inside words, kept in the fields, read as written",
                soft_hyphen,
            )
        )
    nul = next(i for i, text in enumerate(texts) if "\x00" in text) if has_nul else None
    if nul is not None:
        state.problems.append(Problem("nul-character", "NUL characters removed from fields", nul))
    return state


def _paragraphs_without_blank_lines(state: LineState, texts: list[str]) -> int | None:
    """The first line of a body paragraph joined from two lines or more in a
    story holding no blank line between its first and last lines, else None.
    With no blank line to say where a paragraph ends, lines of a wrap's
    shape (none longer than a wrap's width, not every one ending a sentence)
    are joined as a hard-wrapped paragraph's; copy set one paragraph a line
    with the blank lines dropped (``Shares rose on Tuesday, led by banks.`` /
    ``The index rose 0.4 percent.`` under a headline and a byline) reads the
    same, its paragraphs glued. Asked only when a paragraph was joined."""
    joined = next((lines[0] for lines in state.paragraphs if len(lines) > 1), None)
    if joined is None:
        return None
    filled = [number for number, text in enumerate(texts) if not is_blank(text)]
    if len(filled) != filled[-1] - filled[0] + 1:
        return None  # a blank line tells paragraphs somewhere in the story
    if any(
        lines[0] > 0 and indent(texts[lines[0]]) > indent(texts[lines[0] - 1])
        for lines in state.paragraphs
    ):
        # A paragraph opening indented deeper than the line over it: an
        # indent tells paragraphs (old wire copy's ``    The talks followed …``
        # under a flush continuation line), as a blank line would.
        return None
    return joined


def _converter_headline(state: LineState, view: MarkdownView) -> None:
    """The page's one ``# `` heading for its headline, where the page layout
    took the title line for it (``headline-from-title``) and left the heading
    out as furniture above the story: a page printed as Markdown opening in
    its menu's links (``* [Home](…)``), with no byline and no line repeating
    the title, had its menu's first item for the headline. The converter
    marked the headline; the layout's first block is no title there. A
    heading under four words (a masthead, ``# Northpost``), or one with
    another heading between it and the story (``## Headline`` under the
    masthead), is left to the layout and its flag."""
    heading = view.headline
    title = state.headline
    if (
        heading is None
        or title is None
        or state.rules[title] != "page-title"
        or not title < heading
        or state.roles[heading] is not Role.FURNITURE
        or len(view.lines[heading].text.split()) < _HEADLINE_MIN_WORDS
    ):
        return
    body = next((i for i, role in enumerate(state.roles) if role is Role.BODY), None)
    if body is None or body < heading or any(heading < other < body for other in view.headings):
        return
    state.claim(title, Role.FURNITURE, "page-title")
    state.headline = heading
    state.headline_text = None
    state.claim(heading, Role.HEADLINE, "converter-heading")
    state.problems = [p for p in state.problems if p.code != "headline-from-title"]


_HEADLINE_MIN_WORDS: Final = 4


def _assign(lines: list[Line], options: ParseOptions, *, quiet_if_empty: bool) -> LineState:
    state = LineState.unclaimed(len(lines))
    index = skip_blanks(lines, 0, state)
    if index == len(lines):
        if not quiet_if_empty:
            state.problems.append(Problem("empty-story", "story holds no text", 0))
        return state
    index = _source_line(lines, index, state)
    layout, found = choose_layout(lines, index, options)
    state.kind = layout.name
    layout.read(lines, index, found, state, options)
    return state


# A scraper's note of where the text came from, alone on the story's first
# line: a bare address (``https://example.com/news/ferry-strike``) or one after
# a label (``URL: …``, ``Source: …``). Possessive quantifiers: linear on any line.
_SOURCE_LINE = regex.compile(
    r"[ \t]*+(?:(?:url|source|link|permalink)[ \t]*+:[ \t]*+)?https?://[^\s]++[ \t]*+",
    regex.IGNORECASE,
)


# What a source address's line opens with (_SOURCE_LINE, matched from its
# first character): a space or a tab, or the first letter of ``http``,
# ``url``, ``source``, ``link`` or ``permalink`` in either case (``ſ``, the long
# s, is an ``s`` to the pattern's case-blind match).
SOURCE_ADDRESS_FIRSTS: Final = frozenset(" \thHuUsSlLpPſ")


def is_source_address(text: str) -> bool:
    """Is ``text`` a scraper's source address alone on its line
    (``https://example.com/news/ferry-strike``, ``URL: …``)?"""
    # Every address opens with one of SOURCE_ADDRESS_FIRSTS and holds "://"
    # (the pattern's literal): a line that does not, nearly every line of a
    # story, is told by a set look-up or one substring test, not a search of
    # a whole paragraph.
    return (
        text[:1] in SOURCE_ADDRESS_FIRSTS
        and "://" in text
        and _SOURCE_LINE.fullmatch(text) is not None
    )


def _source_line(lines: list[Line], index: int, state: LineState) -> int:
    """The first line a layout reads: ``index``, or the next non-blank line
    when ``lines[index]`` is a scraper's source address, claimed as furniture
    (``source-url``). Dumps of scraped pages often open each page with its
    address; read as the story's first line it was the headline, and the
    page's title line under it no longer opened the page. An address alone,
    with no text under it, or over another address (a list of links), is left
    to the layout."""
    if not is_source_address(lines[index].text):
        return index
    after = index + 1
    while after < len(lines) and is_blank(lines[after].text):
        after += 1
    if after == len(lines) or is_source_address(lines[after].text):
        return index  # nothing under it, or a list of addresses: no page under it
    state.claim(index, Role.FURNITURE, "source-url")
    return skip_blanks(lines, index + 1, state)
