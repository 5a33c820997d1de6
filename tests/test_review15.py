"""The second review of the tenth held-out round's rules: near-misses of each
new rule, in ordinary text it was not meant for.

Every line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import news_page

import wirestory
from wirestory.bylines import find_page_byline, person_names
from wirestory.layouts.page import author_bio

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


@pytest.mark.parametrize("line", ["By Global Times", "By Harbour Daily", "By Vale Tribune"])
def test_a_lone_outlet_still_names_no_writer(line: str) -> None:
    found = find_page_byline(line)
    assert found is None or not found.names


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


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("By Jane Roe Digital Producer", "Digital Producer"),
        ("By Jane Roe, News Producer", "News Producer"),
        ("By Jane Roe, Producer", "Producer"),
    ],
)
def test_a_newsroom_s_producer_is_still_a_title(line: str, organization: str) -> None:
    found = find_page_byline(line)
    assert found is not None
    assert (found.names, found.organization) == (("Jane Roe",), organization)


def test_a_digital_producer_s_bio_names_the_writer() -> None:
    found = author_bio("Jane Roe is a digital producer at Vale Radio.")
    assert found is not None
    assert found.names == ("Jane Roe",)
