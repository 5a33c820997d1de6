"""Body paragraphs and subheadings: the part of every layout below its header.

A story's body is its non-blank lines grouped into paragraphs at blank lines;
a run of lines without blank lines between them is one paragraph per line,
unless it is hard-wrapped (see :func:`_paragraph_breaks`). Among the
paragraphs, a short label without closing punctuation is a subheading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, pairwise
from typing import Final

import regex

from wirestory.knowledge import Knowledge, per_knowledge
from wirestory.lines import Line, indent, is_blank, opens_small
from wirestory.model import Role
from wirestory.options import ParseOptions
from wirestory.state import LineState

__all__ = [
    "SENTENCE_ENDS",
    "SENTENCE_OR_COLON_ENDS",
    "claim_body",
    "ends_sentence",
    "goes_on_in_prose",
    "mark_subheadings",
    "runs_to_prose",
    "short_line_apart",
]

# A paragraph opening with a list bullet starts a new paragraph even when the
# line before it looks hard-wrapped.
# Linear: anchored match, a possessive run, then fixed-width alternatives.
_BULLET = regex.compile(r"\s*+(?:[-–—•*]|\d{1,3}+[.)])\s")
# A hard-wrapped line is "full": at least this share of the paragraph's longest line.
_FULL_LINE_RATIO = 0.6
# Lines longer than this are never hard-wrapped: wrapping tools break at 60 to
# 80 columns, so a longer line is a whole paragraph.
_WRAP_WIDTH = 100
# Quotation marks: a short line holding one is a quote ("Why now?" he asked), not a label.
_QUOTES = '"“”«»„'


# A line ending in one of these is a sentence or a clause, never a subheading:
# full stops, exclamation marks, clause ends (Knowledge) and closing brackets.
# A question ("Why now?") may be a subheading.
@per_knowledge
def _closing_endings(knowledge: Knowledge) -> tuple[str, ...]:
    return tuple(knowledge.full_stops + knowledge.exclamation_marks + knowledge.clause_ends + ")]")


# The same characters as a set: each ending is one character (the tuple of a
# string's characters), so a line's last character tells what ``str.endswith``
# of the tuple does, one lookup where endswith tries each ending in turn.
@per_knowledge
def _closing_marks(knowledge: Knowledge) -> frozenset[str]:
    return frozenset(_closing_endings(knowledge))


def _is_subheading(text: str, options: ParseOptions, closing: tuple[str, ...]) -> bool:
    """A short label between paragraphs: ``Family's home raided``,
    ``- The talks``, ``WHAT COMES NEXT``, ``Why now?``.

    Not a sentence (no closing full stop, comma, colon...) and holding no
    quotation marks: a short quote ending in ``he said`` is body.
    """
    stripped = text.strip()
    # Cheapest test first: most paragraphs end with a full stop.
    if not stripped or stripped.endswith(closing):
        return False
    limit = options.subheading_max_words
    if len(stripped.split(None, limit)) > limit:  # stops splitting past the limit
        return False
    if any(q in stripped for q in _QUOTES):
        return False
    first = stripped.lstrip("-–— ")[:1]
    return first.isupper() or first.isdigit()


def _paragraph_breaks(
    lines: list[Line], start: int, end: int, runs: Sequence[tuple[int, int]] = ()
) -> list[list[int]]:
    """Split a run of non-blank lines into paragraphs.

    A run is hard-wrapped only if no line in it is longer than a wrapping
    width (``_WRAP_WIDTH``): scraped text with one paragraph per line (AP pages,
    the seed site's question directly followed by its answer) has longer lines
    and keeps each line a paragraph, as does a run whose every line ends a
    sentence (:func:`ends_sentence`). In a wrapped run, a line joins the next
    when it is "full" (at least 60% of the run's longest line); a markedly
    short line ends its paragraph, a line indented deeper than the run's least
    indented lines starts one (Reuters' 4-space paragraph indent, continuation
    lines flush left), and so does a bullet. A run whose lines each end a
    sentence is wrapped too where the body's other ``runs`` (first and end
    lines) show the wrap's width and every line of the run was cut there
    (:func:`_cut_at_sentence_ends`).
    """
    if end - start == 1:
        return [[start]]  # the common case: one line, one paragraph
    texts = [lines[i].text.rstrip() for i in range(start, end)]
    longest = max(len(t.strip()) for t in texts)
    if longest > _WRAP_WIDTH or (
        not any(opens_small(t) for t in texts[1:])
        and _lines_apart(texts)
        and not _cut_at_sentence_ends(lines, texts, start, runs)
    ):
        # A run whose every line ends a sentence is one paragraph a line with
        # the blank lines dropped (the seed's story copied with none: its
        # paragraphs of 70 to 90 characters read as one wrapped paragraph);
        # wrapping at a width ends a line inside a sentence nearly always,
        # and a line that ends in an abbreviation (``… the U.S.`` / ``on
        # tariffs …``) runs on into one opening in a small letter.
        return [[i] for i in range(start, end)]
    base_indent = min(indent(t) for t in texts)
    paragraphs = [[start]]
    for offset in range(1, len(texts)):
        previous, current = texts[offset - 1], texts[offset]
        joins = (
            (
                len(previous.strip()) >= _FULL_LINE_RATIO * longest
                or _ragged_tail(previous, current, len(paragraphs[-1]))
            )
            and indent(current) <= base_indent
            and not _BULLET.match(current)
            and not _address_with_room(
                texts[offset - 2] if offset > 1 else "", previous, current, longest
            )
            and not _link_under_sentence(previous, current)
        )
        if joins:
            paragraphs[-1].append(start + offset)
        else:
            paragraphs.append([start + offset])
    return paragraphs


# A newsletter's links, casefolded (``Read the full story``, ``Unsubscribe |
# Manage preferences``): a line of them alone under a sentence is no wrap's.
_NEWSLETTER_LINKS: Final = frozenset(
    (
        "read more",
        "read the full story",
        "read the full article",
        "continue reading",
        "unsubscribe",
        "manage preferences",
        "update your preferences",
        "view in browser",
        "view online",
    )
)
_LINK_TRIM: Final = " \t.:>»→›*[]()"


def _link_under_sentence(previous: str, current: str) -> bool:
    """Is ``current`` a newsletter's links alone (each of
    ``_NEWSLETTER_LINKS``, a bar between two) under ``previous`` ending a
    sentence? A wrap cuts inside a sentence, never before such a line: a
    newsletter's item closed by ``Read the full story`` under its last
    sentence, its footer's ``Unsubscribe | Manage preferences`` under ``…
    signed up for the Morning Briefing.``, were glued to the sentence as its
    wrapped tail (the sentence filling the run's width), and read apart when
    set one paragraph a line, silently (variants64)."""
    if not ends_sentence(previous.rstrip()):
        return False
    links = current.casefold().split("|")
    return all(link.strip(_LINK_TRIM) in _NEWSLETTER_LINKS for link in links)


# How far a line may pass the widest line of the body's wrapped runs and
# still be the wrap's (their widest falls short of the width by up to a word).
_WIDTH_SLACK: Final = 1.1


def _cut_at_sentence_ends(
    lines: list[Line], texts: list[str], start: int, runs: Sequence[tuple[int, int]]
) -> bool:
    """Is the run ``texts`` (from line ``start``), each line ending a
    sentence, one paragraph a wrap cut at its sentences' ends: another run of
    the body goes on mid-sentence into a line opening in a small letter (the
    text is hard-wrapped, its paragraphs set apart by blank lines), and the
    next line's first word would not have fit on each line of this run but
    the last, at that run's width? Wire copy hard-wrapped at 72 or 80 columns
    breaks a paragraph of two sentences where the first ends (``… kampt met
    storingen.`` / ``Fietsers moeten …``); read one paragraph a line, it was
    two paragraphs, silently. Asked only of such a run, in a body of several."""
    width = 0
    for first, end in runs:
        if first == start:
            continue
        for number in range(first, end - 1):
            above = lines[number].text.rstrip()
            if not ends_sentence(above) and opens_small(lines[number + 1].text):
                width = max(width, max(len(lines[n].text.rstrip()) for n in range(first, end)))
                break
    # The other run's widest line falls short of the wrap's width by up to a
    # word (``… to the ferry`` of 78 under a wrap at 80): this run's line may
    # pass it a little, not as a line no wrap cut does.
    longest = max(map(len, texts))
    if not width or longest > width * _WIDTH_SLACK:
        return False
    width = max(width, longest)
    return all(
        len(above) + 1 + len(below.split(None, 1)[0]) > width
        for above, below in pairwise(texts)
        if below.strip()
    )


def _address_with_room(above: str, previous: str, current: str, width: int) -> bool:
    """Is ``previous`` a web address alone on its line (one word holding
    ``://`` or opening ``www.``) with room after it for ``current``'s first
    word at the run's ``width``, standing apart from the prose around it:
    ``current`` opens in no small letter and the line ``above`` the address
    ("" when the address opens the run) does not end in a small letter or a
    comma? A wrap moves an address whole to a line of its own only when the
    words after it do not fit there too: a feed's item hard-wrapped at 80
    columns (``https://…/harbour-ferry-timetable`` over ``The harbour
    council voted …``) glued its link to its summary's first line,
    silently. A paragraph wrapped by hand, ragged, puts an address it cites
    on a line of its own whatever the room (``… on its website at`` /
    ``https://harbour.example.gov/ferry`` / ``and will take comments …``):
    the sentence goes on through the address, one paragraph (review63: the
    room alone split it, its second part opening in a small letter)."""
    address = previous.strip()
    if " " in address or not ("://" in address or address.startswith("www.")):
        return False
    last = above.rstrip()[-1:]
    if opens_small(current) or last == "," or last.islower():
        return False
    words = current.split(None, 1)
    return bool(words) and len(address) + 1 + len(words[0]) <= width


def _ragged_tail(previous: str, current: str, above: int) -> bool:
    """Is the short line ``previous`` the tail of a wrapped line wrapped again
    at a narrower width, going on into ``current``: a line under other lines
    of its paragraph (``above`` of them, itself counted), ending like no
    sentence, over a line opening in a small letter? Text wrapped at 78
    columns and again at 72 leaves each long line's last words a line of
    their own (``… between the`` / ``port`` / ``and the capital …``): read
    by their length, each such tail ended its paragraph, silently. A byline
    in small letters (``di Marco Bianchi``, ``by Jane Roe``) goes on no
    tail (:func:`goes_on_in_prose`)."""
    return above > 1 and goes_on_in_prose(current) and not ends_sentence(previous)


# A paragraph of prose: this many words or more (``Kellsmouth Rovers start
# their young goalkeeper; Brennock Athletic recall their captain.``: ten words
# under a byline set one paragraph a line).
_PROSE_MIN_WORDS: Final = 8


def runs_to_prose(text: str) -> bool:
    """Does ``text`` run to a paragraph of prose's words (eight or more)?
    Split no further than the words wanted: a paragraph of wire copy may be
    a whole story's text on one line.

    >>> runs_to_prose("Ferry operators warned on Monday of strikes at three ports.")
    True
    >>> runs_to_prose("JUST WATCHED")
    False
    """
    return len(text.split(None, _PROSE_MIN_WORDS)) >= _PROSE_MIN_WORDS


def goes_on_in_prose(text: str) -> bool:
    """Does ``text`` open in a small letter and go on as a sentence does: one
    word (``third.``), or a later word in small letters too (``of its
    spending.``)? A byline set in small letters opens so, its name's words
    capitalised (``di Marco Bianchi``, ``by Jane Roe``)."""
    if not opens_small(text):
        return False
    words = text.split()
    return len(words) == 1 or any(word[:1].islower() for word in words[1:])


def _lines_apart(texts: list[str]) -> bool:
    """Is a run of lines (none opening in a small letter past the first)
    one paragraph a line: every line ends a sentence, or every line ends
    a sentence or a colon but for short lines of a few capitalised words
    and no end mark (``By Ivo Marsh``, ``April 9, 2025``, a list's names,
    ``Tom Hale`` / ``Rosa Quint``), two lines or more ending one? Wire copy
    set one paragraph a line with no blank lines glued such a line to the
    sentence over it (``… for Sunday's tie. By Ivo Marsh``; ``… the new
    trustees are: Ada Quinn``), silently: a wrapped paragraph's line ends
    inside a sentence nearly always, and its last line ends one."""
    if all(map(ends_sentence, texts)):
        return True
    ended = 0
    for text in texts:
        if ends_sentence(text, SENTENCE_OR_COLON_ENDS):
            ended += 1
        elif not short_line_apart(text):
            return False
    return ended >= _ENDED_LINES_APART


# Lines ending a sentence in a run read one paragraph a line around short
# lines with no end mark: with fewer, a wrapped paragraph's last short line
# (``Work begins in May``) is as likely.
_ENDED_LINES_APART: Final = 2
# A short line standing apart in such a run holds at most this many words.
_APART_MAX_WORDS: Final = 5


def short_line_apart(text: str) -> bool:
    """Is ``text`` a line of a few words, each opening with a capital or a
    digit, with no mark a sentence goes on after (``By Ivo Marsh``, ``Tom
    Hale``, ``April 9, 2025``; not ``… and``, ``… the``, ``… voted,``)?"""
    words = text.split()
    return (
        0 < len(words) <= _APART_MAX_WORDS
        and text.rstrip()[-1:].isalnum()
        and all(word[:1].isupper() or word[:1].isdigit() for word in words[words[0] == "By" :])
    )


# What a sentence ends with, and the closing quotes and brackets after it.
SENTENCE_ENDS: Final = frozenset(".!?…")
# What ends a wrapped page's paragraph too: the colon over a list (``… said
# three things:``; the page layout's wrapped lines).
SENTENCE_OR_COLON_ENDS: Final = frozenset(".!?…:")
_AFTER_SENTENCE: Final = "\"'”’»)]"


def ends_sentence(text: str, ends: frozenset[str] = SENTENCE_ENDS) -> bool:
    """Does ``text`` end a sentence: a full stop, a question or an
    exclamation mark (a mark of ``ends``: :data:`SENTENCE_OR_COLON_ENDS`
    takes a colon too), maybe inside closing quotes or a bracket (``… on
    Thursday.``, ``… at risk.”``)? White space after it is passed over.
    String tests; the paragraph splitter and the page layout ask the same."""
    return text.rstrip().rstrip(_AFTER_SENTENCE)[-1:] in ends


# A run of filled lines in claim_body's flags; linear: one run of one byte.
_FILLED_RUN = re.compile(b"\x01+")
# A line's role and rule by its flag in claim_body's bytes (0 blank, 1
# filled), for ``map`` over every body line.
_ROLE_OF_FLAG: Final = (Role.BLANK, Role.BODY)
_RULE_OF_FLAG: Final = ("blank", "paragraph")


def claim_body(lines: list[Line], start: int, state: LineState) -> bytes:
    """Claim body lines and group them into paragraphs separated by blank lines;
    return a byte per line from ``start`` on, 1 for a filled line, 0 for a blank.

    The lines from ``start`` on are the body: no rule has claimed them but as
    blank, so they are claimed list-wide here rather than one
    :meth:`~wirestory.state.LineState.claim` at a time (no claim is overridden).
    """
    # This sees every body line, so the work per line is done list-wide, at C
    # speed where it can be: a flag per line, then runs of filled lines. A
    # flag's role and rule are looked up by ``map`` (``Role.BODY`` read off
    # the enum is an attribute look-up through its metaclass each time).
    filled = bytes([not is_blank(line.text) for line in lines[start:]])
    state.roles[start:] = map(_ROLE_OF_FLAG.__getitem__, filled)
    state.rules[start:] = map(_RULE_OF_FLAG.__getitem__, filled)
    if b"\x01\x01" not in filled:
        # The common case: no two filled lines in a row, one line per paragraph.
        state.paragraphs += [[index] for index in compress(range(start, len(lines)), filled)]
        return filled
    runs = [(start + run.start(), start + run.end()) for run in _FILLED_RUN.finditer(filled)]
    for first, end in runs:
        state.paragraphs += _paragraph_breaks(lines, first, end, runs)
    return filled


def mark_subheadings(lines: list[Line], state: LineState, options: ParseOptions) -> None:
    """Mark one-line paragraphs that are subheadings (never the last paragraph)."""
    # Most paragraphs are sentences, ruled out by their last character in one
    # pass over the list, without a call each.
    closing = _closing_endings(options.knowledge)
    marks = _closing_marks(options.knowledge)
    candidates = [
        number
        for number, paragraph in enumerate(state.paragraphs[:-1])
        if len(paragraph) == 1 and lines[paragraph[0]].text[-1:] not in marks
    ]
    if not candidates:
        return
    paragraphs = state.paragraphs
    labels = options.knowledge.source_labels
    for number in candidates:
        index = paragraphs[number][0]
        # A row of the story's own list (``June 9 -- Arena, City``) is read
        # as one, never as a heading over the rows under it.
        if state.rules[index] == "story-list-row" or not _is_subheading(
            lines[index].text, options, closing
        ):
            continue
        # A chart's source ("Source: Valley Weather Office") is no heading, nor
        # is the chart's title right above it: neither heads the paragraphs.
        below = paragraphs[number + 1]
        if _source_line(lines[index].text, labels) or (
            len(below) == 1 and _source_line(lines[below[0]].text, labels)
        ):
            continue
        state.subheadings.add(number)
        state.claim(index, Role.SUBHEADING, "subheading")


def _source_line(text: str, labels: frozenset[str]) -> bool:
    """A source's credit line: a label of Knowledge.source_labels, a colon and
    a name (``Source: Valley Weather Office``, ``Fuente: INE``)."""
    label, colon, name = text.strip().partition(":")
    return bool(colon) and bool(name.strip()) and label.rstrip().casefold() in labels
