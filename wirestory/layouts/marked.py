"""The marked layout: the seed site's header block, closed by a marker line.

Top to bottom, and the rule that claims each part::

    ISIS Dormant Cells Pave Way ...          headline
                                             blank
    A US soldier in Iraq. (AFP)              caption
    A US soldier in Iraq. (AFP)              caption-shown-twice  (duplicate)
    TT                                       marker
    20                                       number-after-marker  (furniture)
                                             blank
    ISIS Dormant Cells Pave Way ...          repeated-headline    (duplicate)
                                             blank
    A US soldier in Iraq. (AFP)              repeated-caption     (duplicate)
    A US soldier in Iraq. (AFP)              repeated-caption     (duplicate)
                                             blank
    Iraqi Foreign Minister ...               body / subheading

The layout is detected by :func:`detect`, which story splitting
(:mod:`wirestory.stories`) asks too, so the two never disagree on what a header
is: a marker line (``ParseOptions.markers``) within ``max_header_lines`` below
the first line, before two blank lines in a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import NamedTuple

import regex

from wirestory.captions import split_credit
from wirestory.lines import BLANK_CHARS, Line, is_blank, line_key
from wirestory.model import Role
from wirestory.options import ParseOptions
from wirestory.paragraphs import claim_body
from wirestory.state import LineState, Problem, skip_blanks

__all__ = ["MarkedHeader", "detect", "find_marker", "is_marker", "read"]

# "20" below the marker is a page counter or comment count, never text.
# Linear: possessive runs, fullmatch from one position.
_NUMBER_LINE = regex.compile(r"\s*+\d{1,6}+\s*+")


class MarkedHeader(NamedTuple):
    """What :func:`detect` found: where the header's marker line is."""

    marker: int
    """Index of the marker line among the lines given to :func:`detect`."""


def is_marker(text: str, options: ParseOptions) -> bool:
    """True when a line is one of the site's marker lines (``TT``)."""
    return text.strip() in options.markers


def find_marker(lines: Iterable[Line], options: ParseOptions) -> int | None:
    """Where, among ``lines`` (the lines under a would-be headline), the marker
    closing its header is: a marker line before two blank lines in a row.

    The caller bounds ``lines`` to ``max_header_lines``.
    """
    previous_blank = False
    markers = options.markers
    for position, line in enumerate(lines):
        # is_marker() and is_blank() inlined: this runs at every story's start and end.
        text = line.text
        if text.strip() in markers:
            return position
        blank = not text.strip(BLANK_CHARS)
        if blank and previous_blank:
            return None
        previous_blank = blank
    return None


def detect(lines: Sequence[Line], start: int, options: ParseOptions) -> MarkedHeader | None:
    """The marker closing the header of the story whose first line is
    ``lines[start]``: that line itself, or one within ``max_header_lines`` below."""
    if is_marker(lines[start].text, options):
        return MarkedHeader(start)
    end = min(len(lines), start + 1 + options.max_header_lines)  # islice() takes no huge stop
    position = find_marker(islice(lines, start + 1, end), options)
    return None if position is None else MarkedHeader(start + 1 + position)


def read(
    lines: list[Line],
    start: int,
    found: MarkedHeader | None,
    state: LineState,
    options: ParseOptions,
) -> None:
    """Claim the header (headline, captions, marker, the site's repeat) and the body."""
    del options  # the header rules have no options of their own
    marker = found.marker if found is not None else None
    claim_body(lines, _marked_header(lines, start, marker, state), state)


class _Header(NamedTuple):
    """The lines between headline and marker."""

    items: list[int]
    """The caption candidates: each line but blanks and second showings."""
    shown: list[int]
    """Every non-blank line, in display order (each caption usually twice)."""
    texts: list[str]
    """The text of each line of ``shown``."""


def _same_line(text: str, other: str) -> bool:
    """Is ``text`` ``other`` shown again? Equal keys (see ``line_key``); most
    repeats are character for character the same, told without building keys."""
    return text == other or line_key(text) == line_key(other)


def _header(lines: list[Line], start: int, marker: int, state: LineState) -> _Header:
    """Claim the lines between headline and marker.

    Each photo's caption is shown twice on consecutive lines: the second showing
    is a duplicate.
    """
    header = _Header([], [], [])
    for index in range(start, marker):
        text = lines[index].text
        if is_blank(text):
            state.claim(index, Role.BLANK, "blank")
            continue
        if header.texts and _same_line(text, header.texts[-1]):
            state.claim(index, Role.DUPLICATE, "caption-shown-twice")
        else:
            state.claim(index, Role.CAPTION, "caption")
            header.items.append(index)
        header.shown.append(index)
        header.texts.append(text)
    return header


def _repeated_block(
    lines: list[Line], start: int, header: _Header, state: LineState
) -> tuple[int, bool, set[int]]:
    """Claim the site's repeat of headline and captions below the marker.

    Returns where the body starts, whether the headline was repeated, and which
    header lines the repeat showed. The repeat is only taken as one when its
    first line really is the headline again; each following line must equal a
    header line, in order. A line there that matches none but ends in a credit
    is a caption the header did not show: it is kept as a caption (and the
    caller reports that the repeat differs).
    """
    assert state.headline is not None
    assert state.marker is not None
    index = skip_blanks(lines, start, state)
    if index >= len(lines) or not _same_line(lines[index].text, lines[state.headline].text):
        return start, False, set()
    state.claim(index, Role.DUPLICATE, "repeated-headline")
    body_start = index + 1
    index = skip_blanks(lines, body_start, state)
    shown, texts = header.shown, header.texts
    keys: list[str] | None = None  # line_key() of each of texts, built when first needed
    position = 0
    repeated: set[int] = set()
    while index < len(lines) and not is_blank(lines[index].text):
        text = lines[index].text
        if position < len(texts) and text == texts[position]:
            match: int | None = position  # the repeat, line for line: the common case
        else:
            if keys is None:
                keys = [line_key(shown_text) for shown_text in texts]
            match = _index_of(keys, line_key(text), position)
        if match is not None:
            state.claim(index, Role.DUPLICATE, "repeated-caption")
            repeated.add(shown[match])
            position = match + 1
        elif split_credit(text)[1] is not None:
            if state.extra_captions and _same_line(text, lines[state.extra_captions[-1]].text):
                state.claim(index, Role.DUPLICATE, "caption-shown-twice")
            else:
                state.claim(index, Role.CAPTION, "caption-only-in-repeat")
                state.extra_captions.append(index)
        else:
            break
        index += 1
        body_start = index
    return body_start, True, repeated


def _index_of(items: list[str], item: str, start: int) -> int | None:
    """The first index of ``item`` in ``items`` from ``start`` on, or None."""
    try:
        return items.index(item, start)
    except ValueError:
        return None


def _marked_header(lines: list[Line], index: int, marker: int | None, state: LineState) -> int:
    """Headline, captions, marker, furniture and the site's repeat; returns where
    the body starts."""
    if marker is None:
        state.headline = index
        state.claim(index, Role.HEADLINE, "headline")
        return index + 1
    if marker == index:
        state.problems.append(Problem("no-headline", "story starts with its marker line", index))
        header = _Header([], [], [])
    else:
        state.headline = index
        state.claim(index, Role.HEADLINE, "headline")
        header = _header(lines, index + 1, marker, state)
    state.marker = marker
    state.claim(marker, Role.MARKER, "marker")
    body_start = marker + 1
    while body_start < len(lines) and _NUMBER_LINE.fullmatch(lines[body_start].text):
        state.claim(body_start, Role.FURNITURE, "number-after-marker")
        body_start += 1
    repeated_headline, repeated = False, set[int]()
    if state.headline is not None:
        body_start, repeated_headline, repeated = _repeated_block(lines, body_start, header, state)
    _classify_header(lines, header.items, repeated_headline, repeated, state)
    return body_start


def _classify_header(
    lines: list[Line],
    header: list[int],
    repeated_headline: bool,
    repeated: set[int],
    state: LineState,
) -> None:
    """Captions, or a standfirst.

    A standfirst is a subtitle the site's repeat leaves out: the first header
    item, shown once, without a credit, absent from a repeat that does show
    the header's other items. Header items the repeat should have shown but
    did not make the repeat "differ".
    """
    captions = list(header)
    if repeated and len(header) > 1 and header[0] not in repeated:
        first = header[0]
        shown_once = (
            state.roles[first + 1] is not Role.DUPLICATE if first + 1 < len(lines) else True
        )
        if shown_once and split_credit(lines[first].text)[1] is None:
            state.standfirst = first
            state.claim(first, Role.STANDFIRST, "standfirst-not-repeated")
            captions = header[1:]
    state.captions = captions + state.extra_captions
    missing = [i for i in captions if i not in repeated]
    if repeated_headline and missing:
        state.problems.append(
            Problem(
                "repeat-differs",
                "the repeated block below the marker does not show the caption "
                f"on line {lines[missing[0]].number}",
                missing[0],
            )
        )
    for index in state.extra_captions:
        state.problems.append(
            Problem(
                "repeat-differs", "the repeated block shows a caption the header did not", index
            )
        )
