"""A page story's own list or table of short rows (the lists34 round): a
tour's dates under the story, a standings table under a sentence ending in a
colon, a numbered buying guide with a link under each item, a list of teams
inside the story were left out of the body as furniture, mostly silently.

Read into the body, one paragraph a row, when the rows share one list form
(numbers counting up by one, dates in calendar order, a key and a short value
naming the same thing) and the story announces them (a sentence ending in a
colon, or a heading half of whose longer words the story writes). Rows of a
list form the story does not announce, or a colon's sentence over rows of no
form, say ``list-rows-left-out``. Menus, tag lists, boxes of other stories'
headlines, share bars and a box of labelled links keep their reading.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import news_page
from story_checks import codes as _codes

import wirestory

_HEADLINE = "The Harbour Lights announce a summer tour"
_STORY = (
    "The Harbour Lights will mark twenty years since their first record with a tour of "
    "the coast next summer, the band said on Monday.",
    "Singer Orla Keane and guitarist Tom Hale, who founded the band in a harbour pub, "
    "said the dates would take them back to the halls where they started out.",
    "Tickets for the tour go on sale on Friday at the halls' box offices and online, "
    "and the band said more dates may follow in the autumn.",
)
_DATES = (
    "June 9 -- Quay Hall, Harbour Town",
    "June 12 -- The Old Mill, Vale",
    "June 20 -- Pier Pavilion, Mill Bay",
    "July 2 -- Castle Green, Northam",
    "Aug. 14 -- Riverside Arena, Westport",
)


def _story(*blocks: str, headline: str = _HEADLINE) -> wirestory.Story:
    text = news_page(*blocks, headline=headline, header="By Jane Roe", site="Vale Post", year=2025)
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


def _rows(*rows: str) -> str:
    return "\n".join(rows)


# --- Lists the form proves: read into the body, one paragraph a row ---------------------


@pytest.mark.parametrize(
    "lead", ["The Harbour Lights' summer tour dates:", "The Harbour Lights Tour Dates"]
)
def test_tour_dates_under_the_story_are_its_rows(lead: str) -> None:
    """A colon's sentence, or a heading naming the story's words, over dates
    in calendar order right under the last paragraph."""
    story = _story(*_STORY, _rows(lead, *_DATES))
    assert story.body == (*_STORY, lead, *_DATES)
    assert "list-rows-left-out" not in _codes(story)
    assert not story.subheading_indices


def test_dates_under_the_last_paragraph_ending_in_a_colon() -> None:
    last = "The band will play these dates on the tour of the coast next summer:"
    story = _story(*_STORY, last, _rows(*_DATES))
    assert story.body == (*_STORY, last, *_DATES)


def test_day_first_dates_under_a_colon_sentence() -> None:
    """``9 June`` opens like a numbered row; its numbers do not count up."""
    lead = "The band will play these halls on the tour of the coast next summer:"
    rows = ("9 June – Quay Hall", "12 June – The Old Mill", "20 June – Pier Pavilion")
    story = _story(*_STORY, _rows(lead, *rows))
    assert story.body == (*_STORY, lead, *rows)


def test_a_standings_table_with_its_header_row() -> None:
    lead = "The final standings of the harbour sailing series after twelve races:"
    table = (
        "Pos. Crew Points Wins",
        "1 Jane Roe 512 5",
        "2 Tom Hale 498 3",
        "3 Orla Keane 470 2",
        "4 Ann Marsh 402 1",
    )
    story = _story(*_STORY, _rows(lead, *table), headline="Roe wins the harbour series")
    assert story.body == (*_STORY, lead, *table)


def test_a_numbered_list_with_a_link_under_each_item() -> None:
    lead = "Here are the gifts we picked for readers who miss the old arcade games:"
    items = (
        "1) Harbour Racer cabinet, half size",
        "http://example.com/a1",
        "2) Quay Quest board game",
        "http://example.com/b2",
        "3) Pier Pinball table, tabletop edition",
        "http://example.com/c3",
    )
    story = _story(*_STORY, _rows(lead, *items), headline="Gifts for arcade fans")
    assert story.body == (*_STORY, lead, *items)


def test_keyed_rows_inside_the_story_under_a_heading_of_its_words() -> None:
    """A run of six short lines or more between paragraphs was left out as a
    list of links (``in-story:short-run``); the teams' rows name the same
    thing after the colon and the heading names the story's words."""
    prose = (
        "Eight teams have qualified for the harbour cup, which starts in June, after the "
        "last round of the group stage was played on the coast over the weekend.",
        "Vale Rovers qualified on Saturday with a late goal against Mill Town, who had led "
        "for most of the game and still went through on goal difference.",
    )
    teams = (
        "Qualified teams",
        "Vale Rovers (Group A): Third appearance",
        "Mill Town (Group A): 10th appearance",
        "Harbour City (Group B): Fifth appearance",
        "Northam (Group B): First appearance",
        "Westport (Group C): Ninth appearance",
        "Castle Green (Group C): Second appearance",
    )
    closing = (
        "The draw for the quarter-finals will be held at the town hall next week, "
        "the organisers said on Sunday."
    )
    story = _story(*prose, _rows(*teams), closing, headline="Eight teams reach the harbour cup")
    assert story.body == (*prose, *teams, closing)


# --- Lists it cannot prove: left out, said ------------------------------------------


def test_dates_right_under_the_story_with_no_lead_are_said() -> None:
    story = _story(*_STORY, _rows(*_DATES))
    assert story.body == _STORY
    assert "list-rows-left-out" in _codes(story)


def test_dates_under_a_heading_of_other_words_are_said() -> None:
    story = _story(*_STORY, _rows("Coming up at the venues", *_DATES))
    assert story.body == _STORY
    assert "list-rows-left-out" in _codes(story)


def test_a_colon_sentence_over_rows_of_no_form_is_said() -> None:
    lead = "The band said these songs would be played on every night of the tour:"
    songs = ("Harbour Lights", "The Old Mill Road", "Pier at Midnight", "Quay Song")
    story = _story(*_STORY, _rows(lead, *songs))
    assert story.body == _STORY
    assert "list-rows-left-out" in _codes(story)


def test_a_colon_heading_of_the_headlines_words_over_lines_of_no_form_is_said() -> None:
    """``Harbour Lights tour:`` (no sentence: three words) over the tour's
    features, the headline's words: said, left out."""
    lines = ("Twenty halls on the coast", "A new song every night", "Signed records at the door")
    story = _story(*_STORY, _rows("Harbour Lights tour:", *lines))
    assert story.body == _STORY
    assert "list-rows-left-out" in _codes(story)


def test_numbered_headlines_under_a_heading_of_the_storys_words_are_said() -> None:
    """A most-read box numbers other stories' headlines, no figure after the
    number and no line under each: under a heading (no sentence ending in a
    colon) naming the story's words they are said, never read in."""
    box = (
        "More Harbour Lights news",
        "1 Ferry fares rise again on the harbour route",
        "2 Council to review bus routes in May",
        "3 New bakery opens on Mill Street",
    )
    story = _story(*_STORY, _rows(*box))
    assert story.body == _STORY
    assert "list-rows-left-out" in _codes(story)


def test_a_table_between_the_headline_and_other_paragraphs_is_said() -> None:
    """A page whose story is its table: the rows stand between the headline
    and the paragraphs read as the story (a comment box's notice)."""
    table = (
        "The final standings of the harbour sailing series after twelve races:",
        "Pos. Crew Points Wins",
        "1 Jane Roe 512 5",
        "2 Tom Hale 498 3",
        "3 Orla Keane 470 2",
        "4 Ann Marsh 402 1",
    )
    notice = (
        "Comments that are abusive or off topic will not be approved by the moderators of "
        "this page, and repeated breaches may see an account closed without notice."
    )
    story = _story(_rows(*table), notice, headline="Harbour series standings")
    assert "list-rows-left-out" in _codes(story)


# --- Near misses: furniture keeps its reading, nothing said -------------------------


@pytest.mark.parametrize(
    "box",
    [
        # A menu.
        ("Home", "News", "Sport", "Culture", "Weather"),
        # A tag list.
        ("Tags", "Harbour Lights", "Music", "Tours", "Vale"),
        # A box of other stories' headlines.
        (
            "More from Vale Post",
            "Ferry fares rise again on the harbour route",
            "Council to review bus routes in May",
            "New bakery opens on Mill Street",
        ),
        # A share bar.
        ("Share", "Facebook", "Twitter", "Email", "Copy link"),
        # A label ending in a colon naming none of the story's words.
        ("Elsewhere on the site:", "Weather", "Traffic", "Puzzles"),
        # A box of labelled links.
        ("Tag: harbour lights", "Listen: http://example.com/ep12", "Buyer's Guide: speakers"),
        # A most-read box under its furniture heading.
        (
            "Most read",
            "1 Ferry fares rise again on the harbour route",
            "2 Council to review bus routes in May",
            "3 New bakery opens on Mill Street",
        ),
        # Other stories' dated headlines, newest first.
        (
            "Dec. 3 Ferry fares rise again",
            "Nov. 28 Council reviews bus routes",
            "Nov. 20 New bakery opens",
        ),
    ],
    ids=[
        "menu",
        "tags",
        "more-from",
        "share-bar",
        "elsewhere",
        "labelled-links",
        "most-read",
        "archive",
    ],
)
def test_boxes_under_the_story_stay_furniture_unsaid(box: tuple[str, ...]) -> None:
    story = _story(*_STORY, _rows(*box))
    assert story.body == _STORY
    assert "list-rows-left-out" not in _codes(story)
