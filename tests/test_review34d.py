"""Misfires of the lists34 round's list rules (review34d).

- Dates of a winter tour run on from December into January: the January rows
  ended the list as rows out of calendar order and were left out, silently.
- A sentence ending in a colon that names none of the story's words (``Top
  stories on the site today:``, ``Other matches this weekend:``) read a box of
  other stories' numbered headlines or other matches into the body.
- A box's heading in sentence case (``Upcoming events``, ``Opening hours``)
  under the story's last paragraph ending in a colon was taken for a table's
  header row, and the box's rows read into the body.
- A heading inside the story's stretch was counted among the story's words and
  so always named them: an events box between two paragraphs was read in.
- A list read in that ends where a number is skipped (``3.`` / ``5.``) or a
  date goes back left the rows of its form under it out, silently.
- A countdown (``5.`` … ``1.``), bulleted rows (``•``, ``-``) and lettered
  ones (``a)``, ``b)``) under the story's colon sentence were no list form:
  left out (said).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import news_page
from story_checks import codes as _codes

import wirestory

_HEADLINE = "The Harbour Lights announce a winter tour"
_STORY = (
    "The Harbour Lights will mark twenty years since their first record with a tour of "
    "the coast this winter, the band said on Monday.",
    "Singer Orla Keane and guitarist Tom Hale, who founded the band in a harbour pub, "
    "said the dates would take them back to the halls where they started out.",
    "Tickets for the tour go on sale on Friday at the halls' box offices and online, "
    "and the band said more dates may follow in the spring.",
)
_WINTER_LEAD = "The band will play these halls on the winter tour of the coast:"
_WINTER_DATES = (
    "Nov. 28 -- Quay Hall, Harbour Town",
    "Dec. 12 -- The Old Mill, Vale",
    "Dec. 30 -- Pier Pavilion, Mill Bay",
    "Jan. 4 -- Castle Green, Northam",
    "Jan. 18 -- Riverside Arena, Westport",
)
_HEADLINES_BOX = (
    "1. Ferry fares rise again on the harbour route",
    "2. Council to review bus routes in May",
    "3. New bakery opens on Mill Street",
    "4. School wins the county chess title",
)
_EVENTS = (
    "June 9 – Harbour fair opens",
    "June 14 – Quay market returns",
    "June 21 – Mill Bay regatta",
    "June 28 – Pier fireworks night",
    "July 3 – Castle Green fete",
)


def _story(*blocks: str) -> wirestory.Story:
    text = news_page(*blocks, headline=_HEADLINE, header="By Jane Roe", site="Vale Post", year=2025)
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


def _rows(*rows: str) -> str:
    return "\n".join(rows)


# --- Probes: each failed before review34d ----------------------------------------------


def test_tour_dates_from_december_into_january_under_the_story() -> None:
    story = _story(*_STORY, _rows(_WINTER_LEAD, *_WINTER_DATES))
    assert story.body == (*_STORY, _WINTER_LEAD, *_WINTER_DATES)


def test_tour_dates_from_december_into_january_inside_the_story() -> None:
    story = _story(_STORY[0], _rows(_WINTER_LEAD, *_WINTER_DATES), *_STORY[1:])
    assert story.body == (_STORY[0], _WINTER_LEAD, *_WINTER_DATES, *_STORY[1:])


@pytest.mark.parametrize(
    "lead",
    ["Top stories on the site today:", "You might also be interested in these stories:"],
)
def test_numbered_headlines_under_a_sentence_of_other_words_are_left_out(lead: str) -> None:
    """A box's label in a sentence's words, naming none of the story's:
    its numbered rows are other stories' headlines, left out and said."""
    story = _story(*_STORY, _rows(lead, *_HEADLINES_BOX))
    assert story.body == _STORY
    assert "list-rows-left-out" in _codes(story)


def test_other_matches_under_a_sentence_of_other_words_are_left_out() -> None:
    fixtures = (
        "Vale Rovers v Mill Town: 3pm",
        "Harbour City v Northam: 3pm",
        "Westport v Castle Green: 5.30pm",
    )
    story = _story(*_STORY, _rows("Other matches this weekend:", *fixtures))
    assert story.body == _STORY
    assert "list-rows-left-out" in _codes(story)


@pytest.mark.parametrize(
    "box",
    [
        ("Upcoming events", *_EVENTS[:3]),
        ("Opening hours", "Monday: 9am to 5pm", "Tuesday: 9am to 5pm", "Saturday: 10am to 2pm"),
    ],
    ids=["events", "opening-hours"],
)
def test_a_box_heading_under_the_storys_colon_is_no_table_header(box: tuple[str, ...]) -> None:
    """The story's last paragraph ends in a colon; under it a box's heading
    in sentence case over its rows: the rows are the box's, not the story's
    list. Its colon announcing lines that are left out is said (the colon's
    paragraph, short on so small a page, is read with the run under it)."""
    last = "Here is what we know so far about the tour and the halls it will visit:"
    story = _story(*_STORY, last, _rows(*box))
    assert story.body[: len(_STORY)] == _STORY
    assert not set(box) & set(story.body)
    assert "list-rows-left-out" in _codes(story)


def test_an_events_box_inside_the_story_is_left_out() -> None:
    """A heading between two paragraphs named itself among the story's
    words; its words (``Events this week``) are none of the story's."""
    story = _story(_STORY[0], _rows("Events this week", *_EVENTS), *_STORY[1:])
    assert story.body == _STORY
    assert "list-rows-left-out" in _codes(story)


def test_a_countdown_under_the_storys_colon_sentence_is_its_list() -> None:
    lead = "Readers voted for the songs they most want to hear on the winter tour:"
    songs = (
        "5. Pier at Midnight",
        "4. Quay Song",
        "3. The Old Mill Road",
        "2. Harbour Lights",
        "1. Northern Star",
    )
    story = _story(*_STORY, _rows(lead, *songs))
    assert story.body == (*_STORY, lead, *songs)
    assert "list-rows-left-out" not in _codes(story)


@pytest.mark.parametrize("marks", [("•", "•", "•"), ("-", "-", "-"), ("a)", "b)", "c)")])
def test_bulleted_or_lettered_rows_under_the_storys_colon_sentence(marks: tuple[str, ...]) -> None:
    lead = "The band set out its plans for the winter tour in three parts:"
    plans = ("Twenty halls on the coast", "A new song every night", "Signed records at the door")
    rows = tuple(f"{mark} {plan}" for mark, plan in zip(marks, plans, strict=True))
    story = _story(*_STORY, _rows(lead, *rows))
    assert story.body == (*_STORY, lead, *rows)
    assert "list-rows-left-out" not in _codes(story)


@pytest.mark.parametrize(
    "rows",
    [
        ("1. Quay Hall", "2. The Old Mill", "3. Pier Pavilion", "5. Castle Green", "6. Westport"),
        (
            "June 9 -- Quay Hall",
            "June 20 -- The Old Mill",
            "July 2 -- Pier Pavilion",
            "June 28 -- Castle Green",
            "Aug. 14 -- Riverside Arena",
        ),
    ],
    ids=["number-skipped", "date-out-of-order"],
)
def test_rows_of_the_form_past_the_end_of_a_list_read_in_are_said(rows: tuple[str, ...]) -> None:
    """The list read in ends where a number is skipped or a date goes back;
    the rows under it, of the same form, were left out silently."""
    lead = "The band will play these halls on the tour of the coast next summer:"
    story = _story(*_STORY, _rows(lead, *rows))
    assert story.body == (*_STORY, lead, *rows[:3])
    assert "list-rows-left-out" in _codes(story)


# --- Near misses: the same before and after -------------------------------------------


def test_a_note_under_a_list_read_in_is_unsaid() -> None:
    lead = "The band will play these halls on the tour of the coast next summer:"
    rows = ("June 9 -- Quay Hall", "June 20 -- The Old Mill", "July 2 -- Pier Pavilion")
    story = _story(*_STORY, _rows(lead, *rows, "More dates to be announced"))
    assert story.body[: len(_STORY) + 4] == (*_STORY, lead, *rows)
    assert "list-rows-left-out" not in _codes(story)


@pytest.mark.parametrize(
    "box",
    [
        ("Related", *(f"• {row[3:]}" for row in _HEADLINES_BOX)),
        tuple(f"• {row[3:]}" for row in _HEADLINES_BOX),
        ("More Harbour Lights tour news", *(f"- {row[3:]}" for row in _HEADLINES_BOX)),
    ],
    ids=["related", "no-lead", "heading-of-the-storys-words"],
)
def test_a_bulleted_box_under_the_story_stays_furniture_unsaid(box: tuple[str, ...]) -> None:
    """Bullets are a box of links' commonest form: only a sentence ending in
    a colon reads them in; under a heading or none they are left out, unsaid."""
    story = _story(*_STORY, _rows(*box))
    assert story.body == _STORY
    assert "list-rows-left-out" not in _codes(story)


def test_a_table_header_under_the_storys_colon_is_read_with_its_rows() -> None:
    last = "The band will play these halls on the tour, with the seats left at each:"
    table = ("Date Hall Seats", "1 Quay Hall 120", "2 The Old Mill 80", "3 Pier Pavilion 45")
    story = _story(*_STORY, last, _rows(*table))
    assert story.body == (*_STORY, last, *table)


def test_a_countdown_under_a_sentence_of_other_words_is_said() -> None:
    lead = "Our readers picked their favourite records of all time:"
    records = ("3. Northern Star", "2. Quay Song", "1. Pier at Midnight", "Vote now")
    story = _story(*_STORY, _rows(lead, *records))
    assert story.body == _STORY
    assert "list-rows-left-out" in _codes(story)


def test_a_short_colon_lead_inside_the_story_over_lines_it_leaves_out_is_said() -> None:
    """``Here's what to know:`` names none of the story's words; the story
    goes on under its lines, which are left out: said."""
    lines = (
        "Here's what to know:",
        "Twenty halls on the coast",
        "A new song every night",
        "Signed records at the door",
        "Support from the Mill Band",
        "Doors open at seven",
    )
    story = _story(_STORY[0], _rows(*lines), *_STORY[1:])
    assert "list-rows-left-out" in _codes(story) or "short-run-left-out" in _codes(story)


def test_contact_rows_under_a_sentence_of_other_words_are_said() -> None:
    contact = ("Phone: 555 0100", "Email: desk@valepost.example", "Fax: 555 0101", "Post: PO Box 9")
    story = _story(*_STORY, _rows("Get in touch with the newsroom:", *contact))
    assert story.body == _STORY
    assert "list-rows-left-out" in _codes(story)
