"""Roles: what each line of one story is.

The seed layout, top to bottom, and the rule that claims each part::

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

Each step below is a small named rule over the line list; the rule's name is
stored in every :class:`~wirestory.Segment` so a parse can be explained. Without
a marker line the story is a headline followed by body paragraphs (the common
plain-text shape), and the header rules do not run.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

import attrs
import regex

from wirestory.bylines import find_byline, is_organization_line
from wirestory.captions import has_named_credit, split_credit
from wirestory.lines import _BLANK_CHARS, Line, is_blank, line_key
from wirestory.model import LayoutName, Role
from wirestory.options import ParseOptions
from wirestory.page import looks_like_page, page_roles
from wirestory.stories import find_marker, is_marker

__all__ = ["Problem", "StoryLayout", "assign_roles"]

# "20" below the marker is a page counter or comment count, never text.
# Linear: possessive runs, fullmatch from one position.
_NUMBER_LINE = regex.compile(r"\s*+\d{1,6}+\s*+")
# A paragraph opening with a list bullet starts a new paragraph even when the
# line before it looks hard-wrapped.
# Linear: anchored match, a possessive run, then fixed-width alternatives.
_BULLET = regex.compile(r"\s*+(?:[-–—•*]|\d{1,3}+[.)])\s")
# A hard-wrapped line is "full": at least this share of the paragraph's longest line.
_FULL_LINE_RATIO = 0.6
# Lines longer than this are never hard-wrapped: wrapping tools break at 60 to
# 80 columns, so a longer line is a whole paragraph.
_WRAP_WIDTH = 100
# A wire headline is rarely longer than this (AP's longest run near 20 words).
_HEADLINE_MAX_WORDS = 30
_QUOTES = '"“”«»„'
_CLOSING_PUNCTUATION = ".,;:!…)]"
_CLOSING_ENDINGS = tuple(_CLOSING_PUNCTUATION)


@attrs.frozen
class Problem:
    """A problem found while assigning roles, at line index ``index`` of the story."""

    code: str
    message: str
    index: int


@attrs.define
class StoryLayout:
    """The roles of one story's lines and the structure they form.

    Indices are into the story's line list; ``paragraphs`` lists, per body
    paragraph, the indices of its lines.
    """

    roles: list[Role]
    rules: list[str]
    kind: LayoutName = "headless"
    headline: int | None = None
    standfirst: int | None = None
    captions: list[int] = attrs.field(factory=list)
    extra_captions: list[int] = attrs.field(factory=list)
    marker: int | None = None
    paragraphs: list[list[int]] = attrs.field(factory=list)
    subheadings: set[int] = attrs.field(factory=set)
    """Indices into ``paragraphs`` of the subheadings."""
    problems: list[Problem] = attrs.field(factory=list)
    byline: list[int] = attrs.field(factory=list)
    """Line indices of the byline (a byline line and the organisation line under it)."""

    def claim(self, index: int, role: Role, rule: str) -> None:
        self.roles[index] = role
        self.rules[index] = rule


def _skip_blanks(lines: list[Line], index: int, layout: StoryLayout) -> int:
    while index < len(lines) and is_blank(lines[index].text):
        layout.claim(index, Role.BLANK, "blank")
        index += 1
    return index


def _find_marker(lines: list[Line], start: int, options: ParseOptions) -> int | None:
    """Index of the marker closing the header that starts at ``start``, if any."""
    end = min(len(lines), start + options.max_header_lines)  # islice() takes no huge stop
    position = find_marker(islice(lines, start, end), options)
    return None if position is None else start + position


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


def _header(lines: list[Line], start: int, marker: int, layout: StoryLayout) -> _Header:
    """Claim the lines between headline and marker.

    Each photo's caption is shown twice on consecutive lines: the second showing
    is a duplicate.
    """
    header = _Header([], [], [])
    for index in range(start, marker):
        text = lines[index].text
        if is_blank(text):
            layout.claim(index, Role.BLANK, "blank")
            continue
        if header.texts and _same_line(text, header.texts[-1]):
            layout.claim(index, Role.DUPLICATE, "caption-shown-twice")
        else:
            layout.claim(index, Role.CAPTION, "caption")
            header.items.append(index)
        header.shown.append(index)
        header.texts.append(text)
    return header


def _repeated_block(
    lines: list[Line], start: int, header: _Header, layout: StoryLayout
) -> tuple[int, bool, set[int]]:
    """Claim the site's repeat of headline and captions below the marker.

    Returns where the body starts, whether the headline was repeated, and which
    header lines the repeat showed. The repeat is only taken as one when its
    first line really is the headline again; each following line must equal a
    header line, in order. A line there that matches none but ends in a credit
    is a caption the header did not show: it is kept as a caption (and the
    caller reports that the repeat differs).
    """
    assert layout.headline is not None
    assert layout.marker is not None
    index = _skip_blanks(lines, start, layout)
    if index >= len(lines) or not _same_line(lines[index].text, lines[layout.headline].text):
        return start, False, set()
    layout.claim(index, Role.DUPLICATE, "repeated-headline")
    body_start = index + 1
    index = _skip_blanks(lines, body_start, layout)
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
            layout.claim(index, Role.DUPLICATE, "repeated-caption")
            repeated.add(shown[match])
            position = match + 1
        elif split_credit(text)[1] is not None:
            if layout.extra_captions and _same_line(text, lines[layout.extra_captions[-1]].text):
                layout.claim(index, Role.DUPLICATE, "caption-shown-twice")
            else:
                layout.claim(index, Role.CAPTION, "caption-only-in-repeat")
                layout.extra_captions.append(index)
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


def _is_subheading(text: str, options: ParseOptions) -> bool:
    """A short label between paragraphs: ``Family's home raided``,
    ``- The talks``, ``WHAT COMES NEXT``, ``Why now?``.

    Not a sentence (no closing full stop, comma, colon...) and holding no
    quotation marks: a short quote ending in ``he said`` is body.
    """
    stripped = text.strip()
    # Cheapest test first: most paragraphs end with a full stop.
    if not stripped or stripped[-1] in _CLOSING_PUNCTUATION:
        return False
    limit = options.subheading_max_words
    if len(stripped.split(None, limit)) > limit:  # stops splitting past the limit
        return False
    if any(q in stripped for q in _QUOTES):
        return False
    first = stripped.lstrip("-–— ")[:1]
    return first.isupper() or first.isdigit()


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def _paragraph_breaks(lines: list[Line], start: int, end: int) -> list[list[int]]:
    """Split a run of non-blank lines into paragraphs.

    A run is hard-wrapped only if no line in it is longer than a wrapping
    width (``_WRAP_WIDTH``): scraped text with one paragraph per line (AP pages,
    the seed site's question directly followed by its answer) has longer lines
    and keeps each line a paragraph. In a wrapped run, a line joins the next
    when it is "full" (at least 60% of the run's longest line); a markedly
    short line ends its paragraph, a line indented deeper than the run's least
    indented lines starts one (Reuters' 4-space paragraph indent, continuation
    lines flush left), and so does a bullet.
    """
    if end - start == 1:
        return [[start]]  # the common case: one line, one paragraph
    texts = [lines[i].text.rstrip() for i in range(start, end)]
    longest = max(len(t.strip()) for t in texts)
    if longest > _WRAP_WIDTH:
        return [[i] for i in range(start, end)]
    base_indent = min(_indent(t) for t in texts)
    paragraphs = [[start]]
    for offset in range(1, len(texts)):
        previous, current = texts[offset - 1], texts[offset]
        joins = (
            len(previous.strip()) >= _FULL_LINE_RATIO * longest
            and _indent(current) <= base_indent
            and not _BULLET.match(current)
        )
        if joins:
            paragraphs[-1].append(start + offset)
        else:
            paragraphs.append([start + offset])
    return paragraphs


# A run of filled lines in _body's flags; linear: one run of one byte.
_FILLED_RUN = re.compile(b"\x01+")


def _body(lines: list[Line], start: int, layout: StoryLayout) -> None:
    """Claim body lines and group them into paragraphs separated by blank lines."""
    # This sees every body line, so the work per line is done list-wide, at C
    # speed where it can be: a flag per line, then runs of filled lines.
    filled = bytes([bool(line.text.strip(_BLANK_CHARS)) for line in lines[start:]])
    layout.roles[start:] = [Role.BODY if flag else Role.BLANK for flag in filled]
    layout.rules[start:] = ["paragraph" if flag else "blank" for flag in filled]
    if b"\x01\x01" not in filled:
        # The common case: no two filled lines in a row, one line per paragraph.
        layout.paragraphs += [[start + offset] for offset, flag in enumerate(filled) if flag]
        return
    for run in _FILLED_RUN.finditer(filled):
        layout.paragraphs += _paragraph_breaks(lines, start + run.start(), start + run.end())


def mark_subheadings(lines: list[Line], layout: StoryLayout, options: ParseOptions) -> None:
    """Mark one-line paragraphs that are subheadings (never the last paragraph)."""
    # Most paragraphs are sentences, ruled out by their last character in one
    # pass over the list, without a call each.
    candidates = [
        number
        for number, paragraph in enumerate(layout.paragraphs[:-1])
        if len(paragraph) == 1 and not lines[paragraph[0]].text.endswith(_CLOSING_ENDINGS)
    ]
    for number in candidates:
        index = layout.paragraphs[number][0]
        if _is_subheading(lines[index].text, options):
            layout.subheadings.add(number)
            layout.claim(index, Role.SUBHEADING, "subheading")


def _looks_like_headline(text: str) -> bool:
    """A wire headline: short, not a sentence ending in a full stop, not a byline.

    ``Ad sales boost Time Warner profit`` is one; a caption (``People walk past
    the exchange in Mumbai May 13, 2014.``) or a lead paragraph is not.
    """
    stripped = text.strip()
    words = stripped.split()
    return (
        0 < len(words) <= _HEADLINE_MAX_WORDS
        and stripped[-1] not in ".,;:…"
        and find_byline(stripped) is None
    )


def _wire_front_matter(
    lines: list[Line], start: int, layout: StoryLayout, options: ParseOptions
) -> int:
    """Claim bylines and photo captions between a wire headline and its body.

    AP pages print ``By NAME, ...`` then ``Associated Press``; scraped pages put
    the photo captions, each ending in a credit such as ``(Roman Garba via AP)``,
    right under the headline. A caption here must have a credit that names an
    agency or a photographer: a plain first paragraph never becomes a caption.
    Returns where the body starts.
    """
    index = start
    limit = min(len(lines), start + options.max_header_lines)
    body_start = start
    while index < limit:
        text = lines[index].text
        if is_blank(text):
            layout.claim(index, Role.BLANK, "blank")
            index += 1
            continue
        if find_byline(text) is not None or (
            layout.byline and layout.byline[-1] == index - 1 and is_organization_line(text)
        ):
            layout.byline.append(index)
            layout.claim(index, Role.BYLINE, "byline")
        elif any(line_key(text) == line_key(lines[c].text) for c in layout.captions):
            # Scraped pages repeat a caption, not always on the next line.
            layout.claim(index, Role.DUPLICATE, "caption-shown-again")
        elif has_named_credit(text):
            layout.captions.append(index)
            layout.claim(index, Role.CAPTION, "caption-with-credit")
        else:
            break
        index += 1
        body_start = index
    return body_start


def _choose_layout(
    lines: list[Line], index: int, options: ParseOptions
) -> tuple[LayoutName, int | None]:
    """The layout of the story whose first non-blank line is ``index``, and its marker."""
    marker = (
        None
        if options.layout in ("wire", "headless", "page")
        else index
        if is_marker(lines[index].text, options)
        else _find_marker(lines, index + 1, options)
    )
    if options.layout != "auto":
        return options.layout, marker
    if marker is not None:
        return "marked", marker
    if looks_like_page(lines, index):
        return "page", None
    return ("wire" if _looks_like_headline(lines[index].text) else "headless"), None


def assign_roles(lines: list[Line], options: ParseOptions) -> StoryLayout:
    """Give every line of one story a role; see the module docstring for the layout.

    A line longer than ``options.max_line_chars`` takes no part in the layout: the
    rules see it as blank, and it is kept with role ``other`` and a diagnostic.
    """
    limit = options.max_line_chars
    texts = [line.text for line in lines]
    oversized = (
        [i for i, text in enumerate(texts) if len(text) > limit]
        if max(map(len, texts), default=0) > limit
        else []
    )
    if oversized:
        lines = [line._replace(text="") if len(line.text) > limit else line for line in lines]
        texts = [line.text for line in lines]
    layout = _assign(lines, options, quiet_if_empty=bool(oversized))
    for index in oversized:
        layout.claim(index, Role.OTHER, "line-too-long")
        layout.problems.append(
            Problem("line-too-long", f"line longer than {options.max_line_chars} characters", index)
        )
    nul = (
        next(i for i, text in enumerate(texts) if "\x00" in text)
        if "\x00" in "".join(texts)
        else None
    )
    if nul is not None:
        layout.problems.append(Problem("nul-character", "NUL characters removed from fields", nul))
    return layout


def _assign(lines: list[Line], options: ParseOptions, *, quiet_if_empty: bool) -> StoryLayout:
    layout = StoryLayout(roles=[Role.OTHER] * len(lines), rules=[""] * len(lines))
    index = _skip_blanks(lines, 0, layout)
    if index == len(lines):
        if not quiet_if_empty:
            layout.problems.append(Problem("empty-story", "story holds no text", 0))
        return layout
    layout.kind, marker = _choose_layout(lines, index, options)
    body_start = index
    if layout.kind == "marked":
        body_start = _marked_header(lines, index, marker, layout)
    elif layout.kind == "wire":
        layout.headline = index
        layout.claim(index, Role.HEADLINE, "headline")
        body_start = _wire_front_matter(lines, index + 1, layout, options)
    elif layout.kind == "page":
        page_roles(lines, index, layout, options)
        return layout
    _body(lines, body_start, layout)
    return layout


def _marked_header(lines: list[Line], index: int, marker: int | None, layout: StoryLayout) -> int:
    """Headline, captions, marker, furniture and the site's repeat; returns where
    the body starts."""
    if marker is None:
        layout.headline = index
        layout.claim(index, Role.HEADLINE, "headline")
        return index + 1
    if marker == index:
        layout.problems.append(Problem("no-headline", "story starts with its marker line", index))
        header = _Header([], [], [])
    else:
        layout.headline = index
        layout.claim(index, Role.HEADLINE, "headline")
        header = _header(lines, index + 1, marker, layout)
    layout.marker = marker
    layout.claim(marker, Role.MARKER, "marker")
    body_start = marker + 1
    while body_start < len(lines) and _NUMBER_LINE.fullmatch(lines[body_start].text):
        layout.claim(body_start, Role.FURNITURE, "number-after-marker")
        body_start += 1
    repeated_headline, repeated = False, set[int]()
    if layout.headline is not None:
        body_start, repeated_headline, repeated = _repeated_block(lines, body_start, header, layout)
    _classify_header(lines, header.items, repeated_headline, repeated, layout)
    return body_start


def _classify_header(
    lines: list[Line],
    header: list[int],
    repeated_headline: bool,
    repeated: set[int],
    layout: StoryLayout,
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
            layout.roles[first + 1] is not Role.DUPLICATE if first + 1 < len(lines) else True
        )
        if shown_once and split_credit(lines[first].text)[1] is None:
            layout.standfirst = first
            layout.claim(first, Role.STANDFIRST, "standfirst-not-repeated")
            captions = header[1:]
    layout.captions = captions + layout.extra_captions
    missing = [i for i in captions if i not in repeated]
    if repeated_headline and missing:
        layout.problems.append(
            Problem(
                "repeat-differs",
                "the repeated block below the marker does not show the caption "
                f"on line {lines[missing[0]].number}",
                missing[0],
            )
        )
    for index in layout.extra_captions:
        layout.problems.append(
            Problem(
                "repeat-differs", "the repeated block shows a caption the header did not", index
            )
        )
