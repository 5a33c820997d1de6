"""The second review of the tenth held-out round's rules: near-misses of each
new rule, in ordinary text it was not meant for.

Every line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import news_page

import wirestory
from wirestory.bylines import find_page_byline, person_names

# --- An outlet signing its staff's copy --------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Roe and Tom Times", ("Jane Roe", "Tom Times")),
        ("By Ann Gazette, Jane Roe and Tom Hale", ("Ann Gazette", "Jane Roe", "Tom Hale")),
        ("By Tribune Smith", ("Tribune Smith",)),
    ],
)
def test_a_co_writer_named_like_an_outlet_stays_a_writer(line: str, names: tuple[str, ...]) -> None:
    """Only a lone name ending in a newspaper's word is the outlet's (``By
    Global Times``); among other writers, or opening the name, the word is a
    person's: the whole byline was lost."""
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names


def test_a_credit_s_photographers_named_like_an_outlet_stay_names() -> None:
    """The credit's and the trailer's names read as a byline's do."""
    found = person_names("Jane Roe and Tom Daily")
    assert found is not None
    assert found.names == ("Jane Roe", "Tom Daily")


# --- A producer as a writer's title ------------------------------------------

_PARAGRAPHS = (
    "The ferry company will add a night crossing to the islands from May, its chief "
    "executive said on Wednesday.",
    "The crossing will leave the north quay at eleven and return before dawn, the "
    "company said in a notice to passengers.",
    "Island councils had asked for a later boat for years, saying workers missed the "
    "last one home.",
)


@pytest.mark.parametrize(
    "last",
    [
        "Vale Republic is the world's largest producer of farmed salmon.",
        "Harbour Films is the producer of the ferry crews' documentary.",
        "Tom Hale is a record producer in the harbour town.",
    ],
)
def test_a_producer_that_is_no_newsroom_s_names_no_writer(last: str) -> None:
    """``… is the world's largest producer of …``: a country's, a firm's or a
    record producer's sentence ending a story is no writer's bio; only a
    newsroom's producer (``Digital Producer``) is a writer's title. The
    sentence's subject was the story's byline."""
    story = wirestory.parse_story(
        news_page(
            *_PARAGRAPHS,
            last,
            headline="Harbour board to dredge north channel",
            header="March 4, 2025",
            site="The Vale Post",
            year=2025,
        )
    )
    assert story.byline is None
    assert list(story.body) == [*_PARAGRAPHS, last]


# --- A transcript's roles are no kicker ----------------------------------------


@pytest.mark.parametrize("headline", ["HOST NATION READY", "GUEST WORKERS STRIKE", "HOSTS ADVANCE"])
def test_a_wire_headline_opening_with_a_speaker_s_role_stays_the_headline(headline: str) -> None:
    """``HOST NATION READY`` in capitals over a deck is a wire story's
    headline; a transcript's role is no kicker's label (``ANALYSIS``), or the
    deck became the headline."""
    text = (
        f"{headline}\nThe island says its new stadium is finished a month early\n\n"
        "PORT ELLIS (Reuters) - The island said on Monday its stadium was finished a month "
        "before the games, and that the last fan zone would open next week.\n\n"
        "Organisers said more than a million visitors were expected during the games.\n"
    )
    [story] = wirestory.parse(text)
    assert story.headline == headline


# --- Only a speaker with a role opens a transcript -----------------------------


@pytest.mark.parametrize(
    "opening", ["NATO: ", "FIRST ON THE VALE POST: ", "VALE POST, EXCLUSIVE: "]
)
def test_capitals_before_a_colon_with_no_speaker_s_role_keep_the_colon_dateline(
    opening: str,
) -> None:
    """``NATO: The alliance …`` or an outlet's kicker in capitals opening the
    first paragraph is no transcript's turn: the ``CAIRO:`` dateline under it
    is the story's (it was dropped as a next speaker's name, silently). Only a
    speaker's role (``JANE ROE, HOST:``) opens a transcript."""
    story = wirestory.parse_story(
        news_page(
            opening + _PARAGRAPHS[0],
            "CAIRO: " + _PARAGRAPHS[1],
            _PARAGRAPHS[2],
            headline="Ferry company adds a night crossing",
            header="By Jane Roe\nMarch 4, 2025",
            site="The Vale Post",
            year=2025,
        )
    )
    assert story.dateline is not None
    assert story.dateline.raw == "CAIRO:"


# --- A writer's title after a preposition describes no writer ---------------------


@pytest.mark.parametrize(
    "last",
    [
        "Vale City is the worst place to be a journalist.",
        "Port Ellis is a hard place for a reporter.",
    ],
)
def test_a_title_after_a_preposition_is_no_writer_s_bio(last: str) -> None:
    """``Hong Kong is the worst place to be a journalist.`` ending a story with
    no byline is a sentence of the story: the writer's title complements
    another noun, the place is no writer (it became the byline)."""
    story = wirestory.parse_story(
        news_page(
            *_PARAGRAPHS,
            last,
            headline="Ferry company adds a night crossing",
            header="March 4, 2025",
            site="The Vale Post",
            year=2025,
        )
    )
    assert story.byline is None
    assert story.body[-1] == last
