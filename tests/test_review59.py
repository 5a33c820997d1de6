"""A second reviewer's confirmed defects in the silent58 and fixA58 rounds,
each a form of text: a block of nested square brackets (``[ [ … ] ]``)
recursed once per level in the bracketed promo's reading and overflowed the
stack; a short statement of the story's under an ``Advertisement`` label
(``Police are investigating.``) was dropped as the ad's own line; a poll's
bound of ten items ran past its buttons over the story's list under it,
silently; and a site's promo cut short with an ellipsis (``Also on
example.com Headline…``) was kept in the body.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest

import wirestory

_P1 = (
    "The harbour road reopened on Monday after three days of repairs, the county said, "
    "and lorries were moving freely again by the evening."
)
_P2 = (
    "Crews had worked through the weekend to replace a broken drain under the road near "
    "the ferry slip, a county spokesman said."
)
_P3 = (
    "Drivers said the closure had added an hour to their trips and asked for better notice "
    "next time."
)
_P4 = (
    "The county said a report on the works would come out next month and that no more "
    "closures were planned."
)
_STORY = (_P1, _P2, _P3, _P4)


def _page(middle: list[str]) -> str:
    """A page of the Bay Courier with ``middle`` between the story's second
    and third paragraphs."""
    return (
        "Bay Courier\n\nHome\nNews\nSport\nWeather\n\n"
        "Harbour Road Open Again After Repairs\n\nBy Ann Cole\nMarch 4, 2025\n\n"
        "Share\nFacebook\nTwitter\n\n"
        + "\n\n".join([_P1, _P2, *middle, _P3, _P4])
        + "\n\nAbout us\nContact us\nTerms\n© 2025 Bay Courier\n"
    )


def _read(text: str) -> wirestory.Story:
    stories = wirestory.parse(text)
    assert len(stories) == 1
    return stories[0]


@pytest.mark.parametrize("levels", [3, 1500])
@pytest.mark.parametrize("gap", ["", " "])
def test_nested_square_brackets_raise_nothing(levels: int, gap: str) -> None:
    # ``[ [ x ] ]`` nested deep: read inside once, no recursion per level.
    block = ("[" + gap) * levels + "closed" + (gap + "]") * levels
    story = _read(_page([block]))
    assert story.body[:2] == (_P1, _P2)
    if levels < 100:
        # (A block of thousands of characters of no word cuts the story's
        # reading short, bracketed or not: another form, left as it reads.)
        assert story.body[-2:] == (_P3, _P4)


def test_bracketed_promo_is_still_furniture() -> None:
    story = _read(_page(["[Related: Bus fares frozen for another year]"]))
    assert story.body == _STORY


@pytest.mark.parametrize(
    "line", ["Police are investigating.", "Nobody was hurt.", "He was 74.", "Tolls stay free."]
)
def test_short_statement_under_an_advertisement_is_kept(line: str) -> None:
    story = _read(_page(["Advertisement", line]))
    assert story.body == (_P1, _P2, line, _P3, _P4)


@pytest.mark.parametrize("line", ["Shop the sale now.", "Discover more.", "Presented by Bay Bank."])
def test_advertisements_call_to_action_is_left_out(line: str) -> None:
    story = _read(_page(["Advertisement", line]))
    assert story.body == _STORY


_ROWS = [
    "Monday: harbour road shut.",
    "Tuesday: one lane reopened.",
    "Wednesday: both lanes shut.",
    "Thursday: drain replaced.",
    "Friday: road resurfaced.",
    "Saturday: road reopened.",
]


def test_poll_ends_at_its_buttons_and_the_story_list_is_kept() -> None:
    poll = ["Poll", "Should the road stay open at night?", "Yes", "No", "Vote"]
    story = _read(_page([*poll, "How the week went", *_ROWS]))
    codes = {d.code for d in story.diagnostics}
    kept = all(row in story.body for row in _ROWS)
    # The list is the story's: kept, or its loss said.
    assert kept or "story-runs-past-listing" in codes
    assert "Should the road stay open at night?" not in story.body
    assert story.body[:2] == (_P1, _P2)
    assert story.body[-2:] == (_P3, _P4)


@pytest.mark.parametrize(
    "promo",
    [
        "Also on baycourier.com Councillors and traders call for review of parking…",
        "On BayCourier.com: Councillors and traders call for review of parking...",
    ],
)
def test_site_promo_cut_short_is_left_out(promo: str) -> None:
    story = _read(_page([promo]))
    assert story.body == _STORY


def test_sentence_trailing_off_after_an_address_is_kept() -> None:
    line = "On Facebook.com some drivers called the closure overdue, while others were less kind…"
    story = _read(_page([line]))
    assert story.body == (_P1, _P2, line, _P3, _P4)
