"""The speed60p round: a page byline's tail found without a leading white
space run in the pattern (#17).

``bylines._page_names`` cuts a byline's names where its tail starts (a bar,
a dash, a date, a writer's title). The pattern opened with ``\\s*+`` before
the tail's forms, so ``regex`` tried the whole alternation at every
character of the line; it now opens at the form's first character, and
``byline_tail_start`` takes in the white space run before the form, as the
possessive run did. These lines stand at that edge (runs of mixed white
space before the tail, a control character ``str.strip`` takes that is no
``\\s``, white space ending the line, a tail at the line's start) and the
start must be the old pattern's. Every text here is invented.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from wirestory import bylines
from wirestory.knowledge import DEFAULT_KNOWLEDGE

_FORMS = bylines.byline_tail_forms(DEFAULT_KNOWLEDGE)
# The pattern as it was: the same forms after a possessive white space run
# and the look-behind.
_OPENING = r"(?<!\w)(?!\s)"
assert _FORMS.pattern.startswith(_OPENING)
_OLD_TAIL = regex.compile(r"\s*+(?<!\w)" + _FORMS.pattern[len(_OPENING) :])


def _old_start(text: str) -> int:
    found = _OLD_TAIL.search(text)
    return -1 if found is None else found.start()


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe  |  Nov 4, 2025",
        "Jane Roe \t\u2003| The Vale Post",
        # \x1c is white space to str.strip, not to the pattern's \s.
        "Jane Roe\x1c| The Vale Post",
        "Jane Roe \x1c | Staff Writer",
        "Tom Hale   Staff Writer",
        "Tom Hale\u00a0Updated: March 4, 2025",
        "  | Tom Hale",
        "Tom Hale",
        "Tom Hale   ",
        "Tom Hale -  - March 4",
        "Reuters \n December 3, 2026",
    ],
)
def test_the_tail_starts_where_the_old_pattern_did(text: str) -> None:
    assert bylines.byline_tail_start(text) == _old_start(text)


_PIECES = st.sampled_from(
    [
        "Jane",
        "Roe",
        "Staff Writer",
        "Nov 4, 2025",
        "|",
        "-",
        "—",
        "@jroe",
        "Updated:",
        "for",
        "The Vale Post",
        "5 min read",
        "at 3:12",
        "from the",
        "",
    ]
)
_SPACES = st.text(alphabet=" \t\u2003\u00a0\x1c\n", max_size=3)


@given(st.lists(st.tuples(_SPACES, _PIECES), max_size=8))
def test_any_line_of_byline_pieces_has_the_old_tail(parts: list[tuple[str, str]]) -> None:
    text = "".join(space + piece for space, piece in parts)
    assert bylines.byline_tail_start(text) == _old_start(text)
