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

import difflib
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import NamedTuple

import regex

from wirestory.captions import split_credit
from wirestory.knowledge import Knowledge
from wirestory.layouts.wire import looks_like_headline
from wirestory.lines import PLAIN_WHITE, Line, is_blank, line_key
from wirestory.model import Role
from wirestory.options import ParseOptions
from wirestory.paragraphs import claim_body
from wirestory.state import LineState, Problem, skip_blanks

__all__ = [
    "MarkedHeader",
    "compare_showings",
    "detect",
    "find_marker",
    "header_look",
    "is_marker",
    "read",
    "showing_comparer",
]

# "20" below the marker is a page counter or comment count, never text.
# Linear: possessive runs, fullmatch from one position.
_NUMBER_LINE = regex.compile(r"\s*+\d{1,6}+\s*+")


class MarkedHeader(NamedTuple):
    """What :func:`detect` found: the header's marker line and where its repeat starts."""

    marker: int | None
    """Index of the marker line among the lines given to :func:`detect`, or None
    when the header is followed by its repeat with no marker line between."""
    repeat: int | None = None
    """Index of the repeated headline, when the layout was recognised by it (None
    when a marker line of ``ParseOptions.markers`` was found: the repeat is then
    looked for below it)."""


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
        blank = is_blank(text)
        if blank and previous_blank:
            return None
        previous_blank = blank
    return None


def detect(lines: Sequence[Line], start: int, options: ParseOptions) -> MarkedHeader | None:
    """The header of the story whose first line is ``lines[start]``, if it has the
    seed site's layout: a marker line of ``ParseOptions.markers`` (that line
    itself, or one within ``max_header_lines`` below), else the header *shown
    again*: the headline repeated within ``max_header_lines`` lines, with only
    captions (and at most one short marker line of any text) between the two.
    """
    global _turned_down
    if is_marker(lines[start].text, options):
        return MarkedHeader(start)
    end = min(len(lines), start + 1 + options.max_header_lines)  # islice() takes no huge stop
    if _asked_before(lines, start, end, options):
        return None
    marker, shaped, stop = header_look(lines, start, end, options.markers)
    if marker is not None:
        return MarkedHeader(marker)
    candidates = _repeat_candidates(lines, start, shaped)
    if not candidates and _separator_shaped(lines, start):
        # A dump's separator right over the headline (``END OF STORY`` /
        # ``Headline`` / captions / ``XY`` / ``Headline`` again): the header
        # shown again is asked of the line under it (read() claims the
        # separator). The look ends where the first one did, so what was
        # turned down below read no line more.
        _, shaped_below, _ = header_look(lines, start + 1, end, options.markers)
        candidates = _repeat_candidates(lines, start + 1, shaped_below)
        if candidates:
            found = _repeated_header(lines, start + 1, candidates, options.knowledge)
            if found is not None:
                return found
            candidates = []
    if not candidates:
        complete = stop < end or end - start - 1 == options.max_header_lines
        _turned_down = (options, lines[start], tuple(islice(lines, start + 1, stop)), complete)
        return None
    return _repeated_header(lines, start, candidates, options.knowledge)


# Story splitting asks detect() about a story's first line over the lines that
# follow it in the dump, and the roles ask again over the story's own lines:
# for wire copy and web pages (no marker, no headline repeated) the answer is
# no both times, after the same look at the same lines. So detect() remembers
# the last story it turned down without a candidate repeat: the options, the
# first line and the lines it read (the same Line objects, held so that no new
# line can take their place), and whether it stopped at two blank lines or
# max_header_lines (rather than at the end of what it was given). Asked again
# with the same options about lines that begin with the same Line objects, or
# with fewer of them (the story ended before two blank lines), it reads nothing:
# the marker and the repeat are looked for line by line, so the same lines, or
# the first of them, give no marker and no candidate either. A copy of the text
# makes new Line objects, so the same text parsed again is looked at again.
_turned_down: tuple[ParseOptions, Line, tuple[Line, ...], bool] | None = None


def _asked_before(lines: Sequence[Line], start: int, end: int, options: ParseOptions) -> bool:
    """Did detect() turn down the story at ``lines[start]`` already (see
    ``_turned_down``)?"""
    turned_down = _turned_down
    if turned_down is None:
        return False
    asked_options, first, read, complete = turned_down
    if first is not lines[start] or asked_options is not options:
        return False
    given = tuple(islice(lines, start + 1, min(end, start + 1 + len(read))))
    if not all(map(operator.is_, given, read)):
        return False
    # The same lines, or the first of them; or, when the first look stopped at
    # the end of what it was given, lines that end there too.
    return len(given) < len(read) or complete or end == start + 1 + len(read)


def read(
    lines: list[Line],
    start: int,
    found: MarkedHeader | None,
    state: LineState,
    options: ParseOptions,
) -> None:
    """Claim the header (headline, captions, marker, the site's repeat) and the body."""
    knowledge = options.knowledge
    if found is not None and _separator_over_headline(lines, start, found):
        state.claim(start, Role.FURNITURE, "separator-above-headline")
        start += 1
    body_start = _marked_header(lines, start, found, state, knowledge)
    _note_gaps(lines, body_start, claim_body(lines, body_start, state), state, knowledge)


# A dump's separator over a headline is a few words (``END OF STORY``, ``Page
# 2 of 5``, ``<hr>``): a headline's first line wrapped is longer.
_SEPARATOR_MAX_WORDS = 5
_SEPARATOR_MAX_CHARS = 40


def _separator_over_headline(lines: list[Line], start: int, found: MarkedHeader) -> bool:
    """Is ``lines[start]`` a dump's separator line (``END OF STORY``, ``Page
    2``, ``<hr>``, ``[2]``, ``Next story``) right over the headline, not
    itself the headline? Told by the repeat below the marker: it shows the
    line *under* it again, word for word, never this one. A dump joining
    stories prints such a line between them; read as the headline, the story
    said only ``repeat-differs`` and the real headline was its standfirst.
    A kicker the header shows over its headline (``EXCLUSIVE``) has the same
    form, and is furniture as well."""
    marker = found.marker
    below = start + 1
    if (marker is not None and marker <= below) or not _separator_shaped(lines, start):
        return False
    headline = lines[below].text.strip()
    if found.repeat is not None:
        # The header recognised by its repeat: of the line under this one.
        return compare_showings(lines[found.repeat].text, headline) is not None
    if marker is None:
        return False
    index = marker + 1
    while index < len(lines) and (
        is_blank(lines[index].text) or _NUMBER_LINE.fullmatch(lines[index].text, 0, None, False)
    ):
        index += 1
    # A two-line header shown again whole opens its repeat with this line,
    # and keeps it for the headline.
    # Slightly edited (capitals, a full stop) is shown again too; the caller
    # says the repeat differs.
    return index < len(lines) and compare_showings(lines[index].text, headline) is not None


def _separator_shaped(lines: Sequence[Line], start: int) -> bool:
    """Is ``lines[start]`` short enough for a dump's separator line, ending no
    sentence, with a line right under it?"""
    text = lines[start].text.strip()
    return (
        0 < len(text) <= _SEPARATOR_MAX_CHARS
        and text[-1] not in ".,;:"
        and len(text.split()) <= _SEPARATOR_MAX_WORDS
        and start + 1 < len(lines)
        and not is_blank(lines[start + 1].text)
    )


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


# --- Tolerant matching of the repeat ------------------------------------------
#
# The site's repeat is usually byte for byte the header, but copies edited by
# hand or by another scraper differ: "STORM HITS COAST" for "Storm Hits Coast",
# a trailing full stop, curly quotes for straight ones, "Coast and Towns" for
# "Coast, Towns", "AFP" or "- AFP" for "(AFP)". Such a line is still the repeat
# (a duplicate), and the story says that it differs.

# Punctuation and symbols, dropped before comparing words; linear: one
# possessive run of one class.
_PUNCTUATION = regex.compile(r"[\p{P}\p{S}]++")
# Past this many words two lines are only compared word for word (the edit
# comparison below costs the product of the two lengths).
_EDIT_MAX_WORDS = 60
# A small edit: at most one word in five changed, inserted or removed, in a
# line of at least four words.
_EDIT_SHARE = 5
_EDIT_MIN_WORDS = 4


# ASCII punctuation and symbols (every ASCII character of \p{P} or \p{S}) as
# spaces, for bytes.translate: the words of an ASCII line without the regex.
_ASCII_PUNCTUATION = bytes.maketrans(b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", b" " * 32)


# The non-ASCII punctuation and symbols of English wire copy (curly quotes,
# dashes, the ellipsis, the pound sign, a bullet) and the no-break space: put as
# spaces, they leave most lines of it ASCII for the byte table.
_WIRE_PUNCTUATION = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a3\u2022\u00a0"


# Where the regex class is found by `re`: Latin and its supplements, general
# punctuation, currency symbols. The regex module costs about a microsecond a
# character on a long line (the paragraphs of a story with accented names are
# compared with its headline); `re` finds the same runs several times faster.
# Its class is read off the regex class at import, one code point at a time,
# so the two are the same on these blocks by construction.
_LATIN_BLOCKS = ((0x80, 0x250), (0x2000, 0x2070), (0x20A0, 0x20D0))


def _runs(code_points: Iterable[int]) -> str:
    """A character class body for ``code_points`` (ascending), as ranges."""
    pieces: list[str] = []
    first = last = -2
    for point in code_points:
        if point != last + 1:
            if first >= 0:
                pieces.append(f"{re.escape(chr(first))}-{re.escape(chr(last))}")
            first = point
        last = point
    if first >= 0:
        pieces.append(f"{re.escape(chr(first))}-{re.escape(chr(last))}")
    return "".join(pieces)


_LATIN_PUNCTUATION = re.compile(
    "[!-/:-@\\[-`{-~"
    + _runs(
        point
        for low, high in _LATIN_BLOCKS
        for point in range(low, high)
        if _PUNCTUATION.match(chr(point))
    )
    + "]+"
)
# A character outside ASCII and those blocks: the line is left to the regex class.
_OUTSIDE_LATIN = re.compile(
    "[^\x00-\x7f" + "".join(f"{chr(low)}-{chr(high - 1)}" for low, high in _LATIN_BLOCKS) + "]"
)


def _words(text: str) -> tuple[str, ...]:
    """The words of a line, case, punctuation, quotes and white space folded."""
    if not text.isascii():
        for character in _WIRE_PUNCTUATION:
            if character in text:
                text = text.replace(character, " ")
    if text.isascii():
        # Most wire lines are ASCII: there casefold() is lower(), no invisible
        # character can stand, and the punctuation is 32 known bytes, so one
        # translate does what the regex does at a sixth of its cost (the words
        # of every headline candidate and body paragraph are built, and the
        # paragraphs of wire copy are long). str.split(), as below, splits at
        # \x1c-\x1f too, which bytes.split() would not.
        return tuple(text.encode().translate(_ASCII_PUNCTUATION).lower().decode().split())
    folded = line_key(text).casefold()
    if _OUTSIDE_LATIN.search(folded) is None:
        return tuple(_LATIN_PUNCTUATION.sub(" ", folded).split())
    return tuple(_PUNCTUATION.sub(" ", folded).split())


def _each_holds_a_word(tokens: list[str], count: int) -> bool:
    """Does each of the first ``count`` tokens (white-space cut, none empty)
    surely give :func:`_words` a word? A token opening or ending in a letter
    or digit does (``council,``, ``“We``, ``31``): no letter or digit is
    punctuation, a symbol, white space or invisible, and the words of tokens
    joined by spaces never span two. True tells, without building them, that
    the tokens have ``count`` words or more (a paragraph's first words, most
    of them prose); False says nothing (``—``, ``(AFP)``)."""
    for index in range(count):
        token = tokens[index]
        if not (token[0].isalnum() or token[-1].isalnum()):
            return False
    return True


def _small_edit(
    words: tuple[str, ...], other: tuple[str, ...], other_set: frozenset[str] | None = None
) -> bool:
    """Do two word sequences of four words or more differ by at most one word
    in five? Shorter lines must be equal: one word changed in three is another
    line. ``other_set`` is ``frozenset(other)`` when the caller has it (one
    headline compared with many lines)."""
    longest = max(len(words), len(other))
    allowed = max(1, longest // _EDIT_SHARE)
    if not _EDIT_MIN_WORDS <= longest <= _EDIT_MAX_WORDS:
        return False
    if abs(len(words) - len(other)) > allowed:
        return False
    # The matching blocks share at most the words of one sequence found in the
    # other: when even those are too few, two paragraphs of wire copy of about
    # the same length are told apart without the quadratic matcher.
    if other_set is None:
        other_set = frozenset(other)
    if longest - sum(map(other_set.__contains__, words)) > allowed:
        return False
    matcher = difflib.SequenceMatcher(None, words, other, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return longest - shared <= allowed


def compare_showings(text: str, other: str) -> bool | None:
    """``True`` when ``text`` is ``other`` shown again exactly (white space and
    invisible characters aside), ``False`` when it is an edited showing of it,
    ``None`` when it is another line."""
    if text == other:
        return True
    return _compare_words(text, _words(text), other, _words(other))


def _most_words(count: int) -> int:
    """The most words a line may have and still show a line of ``count`` words
    (at least one) again: as many, or a small edit of it (``_small_edit``: at
    most ``_EDIT_MAX_WORDS``, the difference within one word in five)."""
    most = count
    # words - max(1, words // 5) never falls as words grows: the first count
    # of words that differs too much ends the look.
    for words in range(count + 1, _EDIT_MAX_WORDS + 1):
        if words - max(1, words // _EDIT_SHARE) > count:
            break
        most = words
    return most


# How many tokens of a line are read first when it is compared with a line
# too long for a small edit (a wire story whose first line is a paragraph).
_PREFIX_TOKENS = 8
# A line this many times the other's length (and two characters) or shorter is
# read whole by showing_comparer.
_ABOUT_AS_LONG = 2


def showing_comparer(other: str) -> Callable[[str], bool | None]:
    """:func:`compare_showings` of many lines with one (the headline), that
    line's words built once, when the first line is compared.

    A line with more words than ``_most_words`` allows is another line: the
    headline is compared with the first body paragraphs, and a paragraph of
    seventy words is turned down from the words of its first dozen tokens. The
    words of a line's first tokens (cut at white space, which no word spans)
    are its first words, so if they are too many, so are the line's.
    """
    other_words: tuple[str, ...] | None = None
    other_set: frozenset[str] = frozenset()
    most = 0

    def compare(text: str) -> bool | None:
        nonlocal other_words, other_set, most
        if text == other:
            return True
        if other_words is None:
            other_words = _words(other)
            other_set = frozenset(other_words)
            most = _most_words(len(other_words))
        if other_words and len(text) > _ABOUT_AS_LONG * len(other) + 2:
            # A line much longer than the other: its first tokens' words tell
            # it apart. A line about as long (the repeat's candidates of
            # header_look) costs no more to read whole than the other did,
            # and its words, past ``most``, make it no small edit either.
            tokens = text.split(None, most + 1)
            if len(tokens) > most + 1 and (
                _each_holds_a_word(tokens, most + 1)
                or len(_words(" ".join(tokens[: most + 1]))) > most
            ):
                return None
        if other_words and len(other_words) > _EDIT_MAX_WORDS:
            tokens = text.split(None, _PREFIX_TOKENS + 1)
            if len(tokens) > _PREFIX_TOKENS:
                # Too long for a small edit: only the same words show it
                # again, so the words of the line's first tokens (cut at white
                # space, which no word spans) open the other's words.
                prefix = _words(" ".join(tokens[:_PREFIX_TOKENS]))
                if other_words[: len(prefix)] != prefix:
                    return None
        words = _words(text)
        if words and other_words and words != other_words:
            return False if _small_edit(words, other_words, other_set) else None
        return _compare_words(text, words, other, other_words)

    return compare


def _compare_words(
    text: str, words: tuple[str, ...], other: str, other_words: tuple[str, ...]
) -> bool | None:
    """:func:`compare_showings` given the two lines' words. The words are a
    function of :func:`line_key`, so lines of equal keys have equal words: the
    keys (which fold white space, a split and a join a line) are only built
    when the words are equal or one line has none."""
    if not words or not other_words:
        return True if line_key(text) == line_key(other) else None
    if words == other_words:
        return line_key(text) == line_key(other)
    if _small_edit(words, other_words):
        return False  # the words differ, so the keys do
    return None


def _compare_caption(text: str, other: str, knowledge: Knowledge) -> bool | None:
    """:func:`compare_showings` for captions: the caption's own text is compared, its
    credit apart (``(AFP)``, ``AFP`` and ``- AFP`` are one credit written three
    ways), so a differently written credit still shows the same photo."""
    exact = compare_showings(text, other)
    if exact is not None:
        return exact
    caption, credit = split_credit(text, knowledge=knowledge)
    other_caption, other_credit = split_credit(other, knowledge=knowledge)
    if credit is None and other_credit is None:
        return None
    if compare_showings(caption, other_caption) is None:
        return None
    return False


def _differs(state: LineState, index: int, what: str, first: str, again: str) -> None:
    """Record that the repeat shows ``what`` differently; the first showing is kept."""
    state.problems.append(
        Problem(
            "repeat-differs",
            f"the repeated {what} {again.strip()!r} differs from {first.strip()!r}; "
            "the first is kept",
            index,
        )
    )


# --- The header recognised by its repeat ----------------------------------------

# A marker line is short: "TT", "XY", "Photos". Longer lines are captions.
_MARKER_MAX_WORDS = 3
_MARKER_MAX_CHARS = 30


def _marker_shaped(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= _MARKER_MAX_CHARS
        and len(stripped.split()) <= _MARKER_MAX_WORDS
        and stripped[-1] not in ".!?,;:)"
    )


def header_look(
    lines: Sequence[Line], start: int, end: int, markers: tuple[str, ...]
) -> tuple[int | None, list[int], int]:
    """One pass over the lines under a would-be headline (``lines[start]``), up
    to ``end``: the index of the first marker line (what :func:`find_marker`
    finds), the lines that may repeat the headline by their place and length
    (see :func:`_repeat_candidates`), and where the look stopped: past the
    second of two blank lines, or at ``end``.

    Both looks stop at two blank lines in a row, so one pass serves both (each
    story's first line is asked, the lines of wire copy read once, not twice);
    the repeat's candidates are compared only when no marker closed the header.
    """
    headline = len(lines[start].text)
    shortest, longest = 0.5 * headline, 2 * headline + 2
    previous_blank = False
    # The repeat must show a caption again, so a line is a candidate only with
    # a line shown between it and the headline: the paragraph right under a
    # wire story's headline (or a first paragraph) is never compared.
    shown = False
    shaped: list[int] = []
    for index in range(start + 1, end):
        text = lines[index].text
        # is_marker() and is_blank() inlined: this runs at every story's start.
        if text.strip() in markers:
            return index, shaped, index + 1
        if is_blank(text):
            if previous_blank:
                return None, shaped, index + 1  # two blank lines: the header ended
            previous_blank = True
            continue
        # The repeat follows a blank line; a cheap test first: it has about
        # the headline's length.
        if shown and previous_blank and shortest <= len(text) <= longest:
            shaped.append(index)
        previous_blank = False
        shown = True
    return None, shaped, end


def _repeat_candidates(
    lines: Sequence[Line], start: int, shaped: list[int]
) -> list[tuple[int, int]]:
    """The lines of ``shaped`` (see :func:`header_look`) that repeat the
    headline (``lines[start]``), as (rank, index), exact repeats ranked 0 and
    edited ones 1."""
    if not shaped:
        return []
    # In wire copy every paragraph after a blank line of about the first
    # line's length is a candidate: the headline's words are built once.
    compare = showing_comparer(lines[start].text)
    candidates: list[tuple[int, int]] = []  # (rank, index): exact 0, edited 1
    for index in shaped:
        same = compare(lines[index].text)
        if same is not None:
            candidates.append((0 if same else 1, index))
    return candidates


def _repeated_header(
    lines: Sequence[Line], start: int, candidates: list[tuple[int, int]], knowledge: Knowledge
) -> MarkedHeader | None:
    """The seed site's header without a known marker: the headline shown again
    below a block of captions, with at most one short line (the site's marker,
    whatever it says) and number lines between them, and the repeat showing at
    least one of the captions again.

    The repeat follows a blank line (one of ``candidates``); an exact repeat is
    preferred to an edited one. Every line between the headline and its repeat
    must be accounted for as a caption: it ends in a credit, or is shown twice
    in a row, or appears again in the repeated block; only the first may be none
    of these (a standfirst). A page's menus or a wire story's paragraphs never
    pass that test.
    """
    for _, repeat in sorted(candidates):
        found = _header_before(lines, start, repeat, knowledge)
        if found is not None:
            return found
    return None


def _header_before(
    lines: Sequence[Line], start: int, repeat: int, knowledge: Knowledge
) -> MarkedHeader | None:
    """The header between the headline (``start``) and a line repeating it, if
    every line there is accounted for (see :func:`_repeated_header`)."""
    shown = [i for i in range(start + 1, repeat) if not is_blank(lines[i].text)]
    while shown and _NUMBER_LINE.fullmatch(lines[shown[-1]].text, 0, None, False):
        shown.pop()
    again = _repeat_texts(lines, repeat + 1)
    marker = None
    if shown and _marker_shaped(lines[shown[-1]].text):
        text = lines[shown[-1]].text
        if not any(_compare_caption(text, other, knowledge) is not None for other in again):
            marker = shown.pop()
    if any(_NUMBER_LINE.fullmatch(lines[i].text, 0, None, False) for i in shown):
        return None
    unaccounted = (
        position
        for position, index in enumerate(shown)
        if split_credit(lines[index].text, knowledge=knowledge)[1] is None
        and not (position and _same_line(lines[index].text, lines[shown[position - 1]].text))
        and not (
            position + 1 < len(shown)
            and _same_line(lines[index].text, lines[shown[position + 1]].text)
        )
        and not any(
            _compare_caption(lines[index].text, other, knowledge) is not None for other in again
        )
    )
    # Only the first line may be unaccounted for: the search stops at the line
    # that settles it instead of comparing every line with the repeated block.
    first = next(unaccounted, None)
    if first is not None and (first != 0 or next(unaccounted, None) is not None):
        return None
    # The repeat must show a caption again, not only the headline: a web page's
    # title line ("Headline – Site") over the headline itself has that shape.
    if not any(
        _compare_caption(lines[index].text, other, knowledge) is not None
        for index in shown
        for other in again
    ):
        return None
    return MarkedHeader(marker, repeat)


def _repeat_texts(lines: Sequence[Line], start: int) -> list[str]:
    """The lines of the repeated block's captions: from ``start``, past blanks,
    up to the next blank line (bounded by a header's size)."""
    index = start
    while index < len(lines) and is_blank(lines[index].text):
        index += 1
    texts: list[str] = []
    while index < len(lines) and not is_blank(lines[index].text) and len(texts) < 64:
        texts.append(lines[index].text)
        index += 1
    return texts


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
    lines: list[Line], start: int, header: _Header, state: LineState, knowledge: Knowledge
) -> tuple[int, bool, set[int]]:
    """Claim the site's repeat of headline and captions below the marker.

    Returns where the body starts, whether the headline was repeated, and which
    header lines the repeat showed. The repeat is only taken as one when its
    first line is the headline again: exactly, or edited (see :func:`compare_showings`)
    when the header's captions follow it again; or, reported as differing, when
    it shows the captions without the headline or under a rewritten one
    (:func:`_repeat_without_headline`). Each following line must be a
    header line shown again, in order. A line there that matches none but ends
    in a credit is a caption the header did not show: it is kept as a caption
    (and the caller reports that the repeat differs).
    """
    assert state.headline is not None
    index = skip_blanks(lines, start, state)
    headline = lines[state.headline].text
    same = compare_showings(lines[index].text, headline) if index < len(lines) else None
    if same is None:
        kicker = _kicker_over_repeat(lines, index, header, headline, knowledge)
        if kicker is None:
            return _repeat_without_headline(lines, start, index, header, state, knowledge)
        state.claim(index, Role.FURNITURE, "repeat-kicker")
        state.problems.append(
            Problem(
                "repeat-differs",
                f"the repeated block opens with {lines[index].text.strip()!r} above the "
                "headline, a label the header did not show: kept out of the body",
                index,
            )
        )
        index = skip_blanks(lines, index + 1, state)
        same = kicker
    if not same and not _captions_follow(lines, index + 1, header, knowledge):
        return start, False, set()
    state.claim(index, Role.DUPLICATE, "repeated-headline")
    if not same:
        _differs(state, index, "headline", headline, lines[index].text)
    return _repeated_captions(lines, index + 1, header, state, knowledge)


# A kicker's label over the repeated headline is a few words: ``EXCLUSIVE``,
# ``Analysis``, ``In pictures``.
_KICKER_MAX_WORDS = 3


def _kicker_over_repeat(
    lines: list[Line], index: int, header: _Header, headline: str, knowledge: Knowledge
) -> bool | None:
    """How the line under a kicker's label (``lines[index]``) shows the
    headline (:func:`compare_showings`), or None when there is no such label.

    A site's repeat may set a label the header did not show above the
    headline shown again (``TT`` / blank / ``EXCLUSIVE`` / blank / the
    headline / the captions): left unread, the label, the headline and the
    captions went into the body. The label is a short line ending in no
    sentence's mark, blank lines under it, then the headline again, exact;
    or edited, with the header's captions shown again under it (as an edited
    repeat needs in any case)."""
    if index >= len(lines) or not _marker_shaped(lines[index].text):
        return None
    if len(lines[index].text.split(None, _KICKER_MAX_WORDS)) > _KICKER_MAX_WORDS:
        return None
    below = index + 1
    if below >= len(lines) or not is_blank(lines[below].text):
        return None  # a blank line sets the label apart from the headline
    while below < len(lines) and is_blank(lines[below].text):
        below += 1
    if below >= len(lines):
        return None
    same = compare_showings(lines[below].text, headline)
    if same is None or not (same or _captions_follow(lines, below + 1, header, knowledge)):
        return None
    return same


def _repeat_without_headline(
    lines: list[Line],
    start: int,
    index: int,
    header: _Header,
    state: LineState,
    knowledge: Knowledge,
) -> tuple[int, bool, set[int]]:
    """The repeat below the marker when its first line (``lines[index]``) is
    not the headline shown again, exact or slightly edited.

    Two forms still show the header again, and left in the body they put its
    captions there twice, silently: the repeat without its headline (``TT`` /
    blank / ``A caption. (AFP)``: its first line is a header caption again), and
    the headline rewritten beyond a small edit (``Water Fund Deal Agreed at
    Summit`` for ``Ministers Agree on New Water Fund``), told by a headline-like
    line with the header's captions shown again under it. Both are claimed as
    the repeat and the story says that it differs (``repeat-differs``). Any
    other line starts the body (``start`` is returned)."""
    if index >= len(lines) or not header.texts:
        return start, False, set()
    text = lines[index].text
    _glued_above_header(lines, index, header, state, knowledge)
    # Only a caption with its credit vouches for the repeat: a first paragraph
    # that merely equals or echoes an uncredited caption (``A quiet start.``)
    # reads the same as the body, and the body it is.
    if _credited(text, knowledge) and any(
        _compare_caption(text, shown, knowledge) is not None for shown in header.texts
    ):
        state.problems.append(
            Problem(
                "repeat-differs",
                "the repeated block below the marker does not show the headline",
                index,
            )
        )
        return _repeated_captions(lines, index, header, state, knowledge)
    # A headline ends in no full stop even inside quotes: a first paragraph
    # ending ``… the ministry said."`` above a paragraph that echoes a caption
    # is the body, not a rewritten headline (looks_like_headline reads only the
    # last character).
    if (
        looks_like_headline(text, knowledge)
        and text.rstrip().rstrip(knowledge.closing_quotes)[-1:] not in knowledge.full_stops
        and (again := _repeat_texts(lines, index + 1))
        and _credited(again[0], knowledge)
        and _shows_a_caption(again, header, knowledge)
    ):
        state.claim(index, Role.DUPLICATE, "repeated-headline")
        assert state.headline is not None
        _differs(state, index, "headline", lines[state.headline].text, text)
        return _repeated_captions(lines, index + 1, header, state, knowledge)
    key = line_key(text)
    if any(line_key(shown) == key for shown in header.texts):
        # An uncredited caption shown again below the marker: the site's repeat
        # without its headline (then a duplicate in the body) or a first
        # paragraph restating the caption; it stays body and the story says so.
        state.problems.append(
            Problem(
                "caption-in-body",
                f"the first paragraph below the marker (line {lines[index].number}) shows a "
                "caption of the header again: the repeat without its headline left in "
                "the body, or a paragraph restating the caption",
                index,
            )
        )
    return start, False, set()


def _glued_above_header(
    lines: list[Line], index: int, header: _Header, state: LineState, knowledge: Knowledge
) -> None:
    """Say where a story glued above this one ends, when the repeat below the
    marker (from ``lines[index]``, not the headline) opens with a line of the
    header that has a headline's shape: the repeat shows *that* line as its
    headline (``Dam repairs begin`` / ``TT`` / ``Dam repairs begin``), so the
    story's headline and the header lines above that one are another story,
    glued on by a single blank line, whose paragraphs were read as captions."""
    key = line_key(lines[index].text)
    for item in header.items:
        text = lines[item].text
        if (
            line_key(text) == key
            and item != header.items[0]
            and not _credited(text, knowledge)
            and looks_like_headline(text, knowledge)
        ):
            state.problems.append(
                Problem(
                    "possible-story-boundary",
                    f"the repeat below the marker shows line {lines[item].number} as its "
                    "headline: the lines above it may be another story, read as captions",
                    item,
                )
            )
            return


def _repeated_captions(
    lines: list[Line], body_start: int, header: _Header, state: LineState, knowledge: Knowledge
) -> tuple[int, bool, set[int]]:
    """Claim the captions of the repeat, from ``body_start`` (past the repeated
    headline, if any) on; returns as :func:`_repeated_block` does."""
    index = skip_blanks(lines, body_start, state)
    shown, texts = header.shown, header.texts
    keys: list[str] | None = None  # line_key() of each of texts, built when first needed
    position = 0
    repeated: set[int] = set()
    while index < len(lines) and not is_blank(lines[index].text):
        text = lines[index].text
        exact = True
        if position < len(texts) and text == texts[position]:
            match: int | None = position  # the repeat, line for line: the common case
        else:
            if keys is None:
                keys = [line_key(shown_text) for shown_text in texts]
            match = _index_of(keys, line_key(text), position)
            if match is None:
                # In order from where the repeat is, then anywhere.
                order = [*range(position, len(texts)), *range(position)]
                match = next(
                    (i for i in order if _compare_caption(text, texts[i], knowledge) is not None),
                    None,
                )
                exact = False
        if match is not None:
            state.claim(index, Role.DUPLICATE, "repeated-caption")
            second_showing = state.rules[index - 1] == "repeated-caption" and _same_line(
                text, lines[index - 1].text
            )
            if not exact and not second_showing:
                _differs(state, index, "caption", texts[match], text)
            repeated.add(shown[match])
            position = match + 1
        elif split_credit(text, knowledge=knowledge)[1] is not None:
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


def _credited(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` end in a photo credit (``… on Monday. (AFP)``)?"""
    return split_credit(text, knowledge=knowledge)[1] is not None


def _captions_follow(lines: list[Line], start: int, header: _Header, knowledge: Knowledge) -> bool:
    """Does the repeat's caption block, from ``start``, show a header caption
    again? What makes an edited line below the marker the headline's repeat
    rather than a first paragraph restating the headline."""
    return _shows_a_caption(_repeat_texts(lines, start), header, knowledge)


def _shows_a_caption(again: list[str], header: _Header, knowledge: Knowledge) -> bool:
    """Is the first of the repeat's caption lines ``again`` a header caption?"""
    return bool(again) and any(
        _compare_caption(again[0], text, knowledge) is not None for text in header.texts
    )


def _index_of(items: list[str], item: str, start: int) -> int | None:
    """The first index of ``item`` in ``items`` from ``start`` on, or None."""
    try:
        return items.index(item, start)
    except ValueError:
        return None


def _marked_header(
    lines: list[Line],
    index: int,
    found: MarkedHeader | None,
    state: LineState,
    knowledge: Knowledge,
) -> int:
    """Headline, captions, marker, furniture and the site's repeat; returns where
    the body starts."""
    if found is None:
        state.headline = index
        state.claim(index, Role.HEADLINE, "headline")
        return index + 1
    marker = found.marker
    header_end = marker if marker is not None else found.repeat
    assert header_end is not None
    if marker == index:
        state.problems.append(Problem("no-headline", "story starts with its marker line", index))
        header = _Header([], [], [])
    else:
        state.headline = index
        state.claim(index, Role.HEADLINE, "headline")
        header = _header(lines, index + 1, header_end, state)
    body_start = header_end
    if marker is not None:
        state.marker = marker
        state.claim(marker, Role.MARKER, "marker")
        body_start = marker + 1
    while body_start < len(lines) and _NUMBER_LINE.fullmatch(
        lines[body_start].text, 0, None, False
    ):
        state.claim(body_start, Role.FURNITURE, "number-after-marker")
        body_start += 1
    repeated_headline, repeated = False, set[int]()
    if state.headline is not None:
        body_start, repeated_headline, repeated = _repeated_block(
            lines, body_start, header, state, knowledge
        )
    _classify_header(lines, header.items, repeated_headline, repeated, state, knowledge)
    if len(header.items) > 2:
        _headline_among_captions(lines, header.items, state, knowledge)
    return body_start


def _headline_among_captions(
    lines: list[Line], items: list[int], state: LineState, knowledge: Knowledge
) -> None:
    """Say where a story glued above this one ends when the header holds, below
    an uncredited sentence (a paragraph, not a caption: captions carry credits
    here), a headline-shaped line over a caption with its credit: a short
    story glued on by one blank line, its headline less than
    ``max_header_lines`` above the marker, read as this story's header
    (``Ferry strike ends`` / ``Crews went back to work, the union said.`` /
    ``Dam repairs begin`` / ``Workers on the dam. (AFP)`` / ``TT``)."""
    stops = knowledge.full_stops
    prose = False
    # Credits are looked for last (a credited caption ends in one, most often
    # in parentheses, not in a full stop): most headers are read by their
    # lines' last characters alone.
    for number, item in enumerate(items[:-1]):
        text = lines[item].text
        if text.rstrip().rstrip(knowledge.closing_quotes)[-1:] in stops:
            prose = prose or not _credited(text, knowledge)
        elif (
            prose
            and looks_like_headline(text, knowledge)
            and not _credited(text, knowledge)
            and _credited(lines[items[number + 1]].text, knowledge)
        ):
            if not any(
                problem.index == item and problem.code == "possible-story-boundary"
                for problem in state.problems
            ):
                state.problems.append(
                    Problem(
                        "possible-story-boundary",
                        f"line {lines[item].number} of the header, a headline over a caption "
                        "with its credit under sentences read as captions, could start this "
                        "story: the lines above it may be another story",
                        item,
                    )
                )
            return


def _classify_header(
    lines: list[Line],
    header: list[int],
    repeated_headline: bool,
    repeated: set[int],
    state: LineState,
    knowledge: Knowledge,
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
        if shown_once and split_credit(lines[first].text, knowledge=knowledge)[1] is None:
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


# A run of two or more blank lines among claim_body's flags; linear: one run of one byte.
_BLANK_RUN = re.compile(b"\x00\x00+")


def _note_gaps(
    lines: list[Line], body_start: int, filled: bytes, state: LineState, knowledge: Knowledge
) -> None:
    """Say where the body holds a run of two or more blank lines that could end
    the story (``filled`` is :func:`~wirestory.paragraphs.claim_body`'s flags).

    Story splitting ends a marked story at such a run when a story starts after
    it (see :mod:`wirestory.stories`), so a run left inside the body is either
    the site's paragraph separator (a line holding only a no-break space between
    two blank lines, followed by a paragraph) or a doubt: a headless story glued
    on, or a headline after that separator.
    """
    if b"\x00\x00" not in filled:
        return  # the common case, told at C speed
    for run in _BLANK_RUN.finditer(filled.rstrip(b"\x00")):
        first, after = body_start + run.start(), body_start + run.end()
        if any(lines[i].end - lines[i].start > len(lines[i].text) + 2 for i in range(first, after)):
            continue  # a line set aside as too long (its text is hidden): not a gap
        separator = any(lines[i].text.strip(PLAIN_WHITE) for i in range(first, after))
        if separator and not looks_like_headline(lines[after].text, knowledge):
            continue
        state.problems.append(
            Problem(
                "possible-story-boundary",
                f"line {lines[after].number} follows {after - first} blank lines and could "
                "start a separate story",
                after,
            )
        )
