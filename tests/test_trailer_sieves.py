"""The shortcuts in three trailer tests asked of a story's last paragraphs
(issue #17's second round on wire copy).

``glued_sign_off`` walks back from a line's end looking for a sign-off's
opening (a dash or a bracket after white space): the walk now starts at the
rightmost opening in the line's tail, found by ``str.rfind``. ``contact_detail``
counts a telephone number's digits with ``str.isdigit`` mapped over the
characters. ``is_separator`` turns down a line whose first character is
neither white space nor a rule's mark before its pattern. Each is held here
to the rule it replaces, written out in full: the walk from the line's last
characters, a count of every character of any script that ``str.isdigit``
calls a digit, and the separator's rule after white space of any kind.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from wirestory import trailers

# The rule as written before the shortcut: a sign-off opens with one of these
# characters after white space, within the line's last 80 characters, after a
# sentence's end of at least three words (trailers.glued_sign_off's docstring).
_OPENINGS = "-\u2013\u2014("
_TAIL = 80
_CLOSERS = "\"'\u201d\u2019)]"
_DASHES_AND_SPACE = " -\u2013\u2014"


def _walked_from_the_end(line: str) -> int | None:
    text = line.rstrip()
    end = text[-1:] if text[-1:] not in _DASHES_AND_SPACE else text.rstrip(_DASHES_AND_SPACE)[-1:]
    if not (end.isalpha() or end == ")"):
        return None
    if "." not in text and "!" not in text and "?" not in text:
        return None
    low = max(1, len(text) - _TAIL)
    for start in range(len(text) - 2, low - 1, -1):
        if text[start] not in _OPENINGS or not text[start - 1].isspace():
            continue
        before = text[:start].rstrip().rstrip(_CLOSERS)
        if before[-1:] not in (".", "!", "?") or before.endswith(".."):
            continue
        if len(before.split(None, 3)) < 3:
            return None
        if trailers.is_dashed_sign_off(text[start:]):
            return start
    return None


# Pieces of a wire paragraph's end: sentences, hyphenated words, asides in
# brackets and dashes, sign-offs and photo credits, so that openings stand at
# every distance from the line's end, the tail's first character included.
_PIECES = st.sampled_from(
    [
        "The ferry sails again on Monday.",
        "Crews worked through the night",
        "a well-known harbour",
        "(the pier)",
        "\u2014 as before \u2014",
        "-- AP",
        "(AFP)",
        "\u2014 Reuters",
        "- With inputs from PTI",
        "(AP Photo/Jane Roe)",
        "said.",
        "x",
        "-",
        "(",
        "\u2013",
    ]
)
_GAPS = st.sampled_from(["", " ", "  ", "\t", "\u00a0"])


@st.composite
def _lines(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(_PIECES, _GAPS), max_size=12))
    filler = draw(st.text(alphabet="ab .", max_size=90))
    return filler + "".join(piece + gap for piece, gap in pieces)


@given(_lines())
@example("The ferry sails again on Monday. -- AP")
@example("Crews on the quay at dawn. (AP Photo/Jane Roe)")
@example("The ferry sails again on Monday. (AFP)")
# The opening at the tail's first character, 80 characters from the end.
@example("Crews worked through the night. -" + " " * 77 + "AP")
def test_the_walk_from_the_rightmost_opening_finds_what_the_walk_from_the_end_does(
    line: str,
) -> None:
    assert trailers.glued_sign_off(line) == _walked_from_the_end(line)


# Digits of several scripts (ASCII, Arabic-Indic, Devanagari, superscripts,
# full width), letters and the marks of a telephone number.
_CONTACT_CHARACTERS = (
    "0123456789\u0661\u0662\u0663\u0967\u0968\u00b2\u00b3\uff11\uff12 +-().abcXYZ@"
)


@given(st.text(alphabet=_CONTACT_CHARACTERS, max_size=30))
@example("+47 555 0100")
@example("\u0661\u0662\u0663 \u0661\u0662\u0663\u0661")
@example("Tel \u00b2\u00b3 \uff11\uff12 \u0967\u0968 5")
def test_a_telephone_number_is_told_by_digits_of_any_script(text: str) -> None:
    digits = sum(1 for character in text if character.isdigit())
    words = "@" in text or "www." in text or "://" in text
    assert trailers.contact_detail(text) == (words or digits >= 7)


# A separator line's rule, written out: white space of any kind, a run of three
# or more of one mark, white space (trailers.is_separator's docstring).
_RULE = re.compile(r"\s*(?:_{3,}|-{3,}|\*{3,}|={3,})\s*")
_SEPARATOR_CHARACTERS = "_-*=~ \t\u00a0\u2003\u3000\x1cab."


@given(st.text(alphabet=_SEPARATOR_CHARACTERS, max_size=12))
@example("\u2003___")
@example("\u3000***")
@example("\x1c---")
@example("The end.")
@example("")
def test_a_separator_opening_with_white_space_of_any_kind_is_read(text: str) -> None:
    assert trailers.is_separator(text) == (_RULE.fullmatch(text.strip()) is not None)
