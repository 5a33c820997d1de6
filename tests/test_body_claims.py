"""claim_body gives every body line its role and rule by the line's flag,
looked up in C (issue #17's fourth round on wire copy: the enum's member read
off the class for every line cost more than the rest of the pass). Held here
to the rule written out: from the body's first line on, a line holding
anything but blank characters is a body line of the rule ``paragraph``, any
other a blank one; with no two filled lines in a row, each filled line is a
paragraph of its own; the lines above the body are left as they were."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.lines import BLANK_CHARS, Line
from wirestory.model import Role
from wirestory.paragraphs import claim_body
from wirestory.state import LineState

# Lines of a story: blank ones of any blank characters (the no-break space,
# the zero-width space, the byte order mark), short words, a paragraph.
_LINES = st.sampled_from(
    [
        "",
        " ",
        "\t",
        "\u00a0",
        "\u200b",
        "\ufeff \u3000",
        "Ferry crews walked out on Wednesday.",
        "x",
        " The union said. ",
    ]
)


@given(st.lists(_LINES, max_size=12), st.integers(min_value=0, max_value=12))
@example(["Headline", "", "\u200b", "One.", "", "Two."], 2)
@example(["a", "b"], 0)
def test_body_lines_are_claimed_by_whether_they_are_filled(texts: list[str], start: int) -> None:
    start = min(start, len(texts))
    lines = [Line(text, 0, 0, number + 1) for number, text in enumerate(texts)]
    state = LineState.unclaimed(len(lines))
    filled = claim_body(lines, start, state)
    expected = [any(c not in BLANK_CHARS for c in text) for text in texts[start:]]
    assert list(filled) == expected
    assert state.roles[:start] == [Role.OTHER] * start
    assert state.rules[:start] == [""] * start
    assert state.roles[start:] == [Role.BODY if flag else Role.BLANK for flag in expected]
    assert state.rules[start:] == ["paragraph" if flag else "blank" for flag in expected]
    assert all(type(role) is Role for role in state.roles)
    if not any(a and b for a, b in pairwise(expected)):
        assert state.paragraphs == [[start + n] for n, flag in enumerate(expected) if flag]
