"""The twenty-fifth silent-wrong round: a stock widget between a page story's
paragraphs (``QUAYBANK`` / ``412.50``, ``QUAYBANK`` / ``$412.50`` / ``+1.2%``,
``Gold`` / ``24.50``), read with ``news_pages.library_story``.

- A stock widget under the next to last paragraph, over the story's last one
  naming the story's words: the widget's lines are furniture inside the story,
  every paragraph in the body (the last one was left out as furniture, or the
  widget's lines kept as the story's, with no word said).
- The same over a last paragraph naming few of the story's words: left out,
  and said so (``prose-under-stock-widget``).
- A widget under the first paragraph: read past with no
  ``story-runs-past-listing`` (a widget links no other story).
- ``Gold`` / ``24.50`` with no change under it, kept in the body: said so
  (``stock-widget-in-body``).
- Near-misses: a widget under the last paragraph, a market box over another
  story's headline and teaser, a price inside a sentence.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story
from story_checks import codes as _codes

L = LIBRARY_STORY
# A last paragraph naming the story's library and its new branch again, short
# enough to weigh less than the widget's lines cost.
_CLOSE = "Residents can comment on the library plan until May, when the new branch opens."


_WIDGETS = [
    "QUAYBANK\n412.50",
    "QUAYBANK\n$412.50\n+1.2%",
    "QUAYBANK\n412.50\nRIVCO.B\n88.20",
    "QUAYBANK\n\n412.50",
]


@pytest.mark.parametrize("widget", _WIDGETS)
def test_a_widget_over_the_last_paragraph_is_read_past(widget: str) -> None:
    story = library_story(L[0], L[1], L[2], widget, _CLOSE)
    assert list(story.body) == [L[0], L[1], L[2], _CLOSE]
    assert "prose-under-stock-widget" not in _codes(story)


@pytest.mark.parametrize("widget", _WIDGETS)
def test_a_widget_over_a_paragraph_of_other_words_says_so(widget: str) -> None:
    """``L[3]`` names one of the story's words (``council``): a teaser under a
    market box reads the same; left out, with a diagnostic, and the widget's
    lines stay out of the body."""
    story = library_story(L[0], L[1], L[2], widget, L[3])
    assert list(story.body)[:3] == [L[0], L[1], L[2]]
    assert "QUAYBANK" not in story.body
    assert "prose-under-stock-widget" in _codes(story)


@pytest.mark.parametrize("widget", ["QUAYBANK\n412.50", "QUAYBANK\n$412.50\n+1.2%"])
def test_a_widget_under_the_first_paragraph_raises_no_listing_alarm(widget: str) -> None:
    story = library_story(L[0], widget, L[1], L[2], L[3])
    assert list(story.body) == list(L)
    assert "story-runs-past-listing" not in _codes(story)


@pytest.mark.parametrize("row", ["Gold\n24.50", "Brent crude\n$81.40"])
@pytest.mark.parametrize("after", [1, 2, 3])
def test_a_title_case_name_over_a_price_alone_is_flagged(row: str, after: int) -> None:
    story = library_story(*L[:after], row, *L[after:])
    assert all(paragraph in story.body for paragraph in L)
    assert "stock-widget-in-body" in _codes(story)


@pytest.mark.parametrize("row", ["GOLD\n24.50", "GOLD\n24.50\n+0.3%"])
def test_a_symbol_over_a_short_price_left_in_the_body_is_flagged(row: str) -> None:
    """``GOLD`` / ``24.50`` over ``L[3]`` (naming few of the story's words): the
    widget stays in the body, and says so."""
    story = library_story(L[0], L[1], L[2], row, L[3])
    assert "GOLD" in story.body
    assert "stock-widget-in-body" in _codes(story)


# --- near-misses: nothing changes -----------------------------------------------


@pytest.mark.parametrize("widget", ["QUAYBANK\n412.50", "QUAYBANK\n$412.50\n+1.2%"])
def test_a_widget_under_the_last_paragraph_stays_out(widget: str) -> None:
    story = library_story(*L, widget)
    assert list(story.body) == list(L)
    assert "prose-under-stock-widget" not in _codes(story)


def test_a_market_box_over_another_storys_teaser_leaves_the_teaser_out() -> None:
    teaser = (
        "Shares in the harbour firm rose sharply after it reported its best year since "
        "the ferry terminal opened."
    )
    story = library_story(*L, "QUAYBANK\n412.50\n+1.2%", "Harbour firm posts record profit", teaser)
    assert list(story.body) == list(L)
    assert teaser not in story.body
    assert "prose-under-stock-widget" not in _codes(story)


def test_a_price_in_a_sentence_stays_the_storys() -> None:
    price = "Shares in the builder closed at 412.50 on Friday, up from 398.20 a week before."
    story = library_story(L[0], L[1], price, L[2], L[3])
    assert list(story.body) == [L[0], L[1], price, L[2], L[3]]
    assert "stock-widget-in-body" not in _codes(story)
    assert "prose-under-stock-widget" not in _codes(story)


def test_a_results_table_says_nothing() -> None:
    story = library_story(L[0], L[1], "Labour\n41.2%\nReform\n30.5%", L[2], L[3])
    assert "stock-widget-in-body" not in _codes(story)
