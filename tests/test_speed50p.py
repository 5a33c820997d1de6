"""The speed50p round: the sieves of page text read exactly as the calls they spare (#17).

``enrich._pages_under_titles`` asks ``title_part`` only of a line holding a
title separator's shape as ``re`` finds it (``TITLE_SEPARATOR_SHAPE``),
``shows_page_under_title`` folds only the lines where its headline part may
be shown, ``is_stock_quote`` asks its pattern only of a line holding a
decimal point or a per cent sign, and a live blog's stamp is not looked for
in letters alone. Every line here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory import parse
from wirestory.knowledge import DEFAULT_KNOWLEDGE
from wirestory.layouts.page import (
    TITLE_SEPARATOR_SHAPE,
    is_stock_quote,
    live_blog_stamp,
    shows_page_under_title,
    title_part,
)


def test_the_separator_shape_finds_every_title_separator() -> None:
    """Every white space character around a bar that makes a title's
    separator for ``title_part``, ``re``'s shape takes too: where the shape
    finds nothing, ``title_part`` finds no part (the sieve turns no title
    down)."""
    missed = [
        hex(code)
        for code in range(0x110000)
        if not 0xD800 <= code <= 0xDFFF
        and title_part(f"Ferries return{chr(code)}|{chr(code)}Vale Post") is not None
        and TITLE_SEPARATOR_SHAPE.search(f"Ferries return{chr(code)}|{chr(code)}Vale Post") is None
    ]
    assert missed == []


_MARKS = st.sampled_from(["-", "–", "—", "|", ":", "·", "»", "«", "/", "::", "||", "+", "~"])
_SPACES = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\x1c"])
_WORDS = st.lists(
    st.sampled_from(["Ferries", "return", "Vale", "Post", "to", "the", "harbour", "News"]),
    min_size=1,
    max_size=4,
).map(" ".join)


@given(_WORDS, _SPACES, _MARKS, _SPACES, _WORDS)
def test_a_title_part_is_found_only_where_the_shape_is(
    left: str, before: str, mark: str, after: str, right: str
) -> None:
    line = f"{left}{before}{mark}{after}{right}"
    if title_part(line) is not None:
        assert TITLE_SEPARATOR_SHAPE.search(line) is not None


def _page_lines(shown_at: int) -> list[str]:
    """A title line, ``shown_at`` menu lines, the headline part, a byline
    and a paragraph of prose."""
    return [
        "Ferries return to the harbour | Vale Post",
        *["Home", "News", "Sport", "Weather", "Travel", "Opinion"][:shown_at],
        "Ferries return to the harbour",
        "By Mara Quill",
        "The first ferry in a decade sailed into the harbour on Monday morning, "
        "its deck full of passengers.",
    ]


@pytest.mark.parametrize(("shown_at", "expected"), [(0, True), (3, True), (4, False), (6, False)])
def test_the_part_is_looked_for_within_four_lines_only(shown_at: int, expected: bool) -> None:
    """The headline part shown in the fifth line under the title or lower is
    no page's (the lines under the fourth are not folded for it)."""
    assert shows_page_under_title(_page_lines(shown_at), DEFAULT_KNOWLEDGE) is expected


def test_a_page_pasted_under_a_story_is_still_said() -> None:
    """A page's title, its headline part and byline over prose, pasted under
    a story's paragraphs with no menu between: said, as before the sieve."""
    text = (
        "Council approves the new bridge\n\n"
        "The council voted on Tuesday to approve the long-delayed bridge over the "
        "river, ending a decade of debate.\n\n"
        "Work is expected to begin in the spring and last two years, officials said.\n\n"
        + "\n\n".join(_page_lines(0))
        + "\n"
    )
    story = parse(text)[0]
    assert any(
        d.code == "possible-story-boundary" and "page's title line" in d.message
        for d in story.diagnostics
    )


@pytest.mark.parametrize(
    "text",
    # One of each of the quote pattern's forms: a signed change with a point
    # or a per cent sign, an unsigned price, a share, changes after a price,
    # a change in brackets.
    ["+3.2%", "-12.40", "−5%", "412.50", "1,204.75", "41%", "12.5%", "+12.40 (+3.2%)", "(-0.8%)"],
)
def test_quotes_stay_quotes(text: str) -> None:
    assert is_stock_quote(text)


@pytest.mark.parametrize(
    "text", ["12 Comments", "2024", "4 March 2025", "+44 20 7946 0000", "07.13", "(2)", "-12"]
)
def test_figures_without_a_quote_s_shape_are_no_quotes(text: str) -> None:
    assert not is_stock_quote(text)


@given(st.text(alphabet="0123456789+-−–(), $", max_size=24))
def test_a_figure_with_no_point_nor_per_cent_is_no_quote(text: str) -> None:
    """Every quote holds a decimal point or a per cent sign (the sieve's
    ground): figures, signs and brackets alone make none."""
    assert not is_stock_quote(text)


@pytest.mark.parametrize(
    "text",
    # One of each of the stamp pattern's forms.
    [
        "14.05 GMT",
        "12:41",
        "9.05am",
        "9 pm",
        "10:30 local time",
        "2 min ago",
        "an hour ago",
        "5m ago",
        "Just now",
        "Hace 30 minutos",
        "Há 2 horas",
        "Il y a 5 minutes",
        "vor 2 Stunden",
        "5 minuti fa",
        "una ora fa",
        "10 minuten geleden",
        "een uur geleden",
    ],
)
def test_stamps_stay_stamps(text: str) -> None:
    assert live_blog_stamp(text)


@given(st.text(alphabet=st.characters(categories=["Lu", "Ll", "Lo"]), min_size=1, max_size=24))
def test_letters_alone_are_no_stamp(text: str) -> None:
    """A word of letters alone (``About``, ``Home``, ``Video``) is no stamp:
    each stamp holds white space or a figure (the sieve's ground)."""
    assert not live_blog_stamp(text)
