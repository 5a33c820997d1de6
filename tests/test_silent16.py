"""Never silently wrong, sixteenth round: page-structure forms that came out
wrong with no diagnostic, each re-created with invented text. Each test failed
on the code before; the near-misses read like them and stay as they were."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, news_page
from story_checks import codes as _codes

import wirestory
from wirestory import ParseOptions

PAGE = ParseOptions(layout="page")

_P1, _P2, _P3, _P4 = LIBRARY_STORY


def _page(*blocks: str, headline: str = "Council votes to close old library") -> wirestory.Story:
    text = news_page(
        *blocks,
        headline=headline,
        header="By Jane Roe\nMarch 4, 2025",
        site="The Vale Post",
        year=2025,
    )
    [story] = wirestory.parse(text, options=PAGE)
    return story


# --- 1. A forecast's rows announced by the story, left out -------------------------

_ROWS = (
    "Monday 14C light rain\nTuesday 16C cloudy\nWednesday 18C sunny spells\n"
    "Thursday 17C showers\nFriday 15C strong winds\nSaturday 19C sunny"
)
_AFTER_ROWS = (
    "The office said the winds on Friday could close the ferry for a day, and that the "
    "library roof would be checked again before the weekend."
)


@pytest.mark.parametrize(
    "lead_in",
    [
        # The lead-in its own block, right above the rows.
        "The forecast for the coming week, as the weather office gave it on Tuesday:",
        # The lead-in a sentence closing the paragraph above.
        _P2[:-1] + ". The weather office gave its forecast for the week:",
    ],
)
def test_rows_announced_by_a_colon_are_flagged(lead_in: str) -> None:
    """``The forecast for the coming week …:`` over ``Monday 14C light rain``
    / …: rows naming days and skies the story never writes are left out as a
    list of links; the sentence announcing them says they are the story's."""
    story = _page(_P1, lead_in, _ROWS, _AFTER_ROWS, _P3)
    assert "short-run-left-out" in _codes(story)


@pytest.mark.parametrize("label", ["Related:", "See also:", "More from the Post"])
def test_a_labelled_box_of_links_says_nothing(label: str) -> None:
    """Near miss: a box of other stories' headlines under a label of a word or
    two (``Related:``) between the paragraphs stays furniture, unflagged."""
    links = (
        "Ferry fares to rise in April\nNew bakery opens on the quay\nSchool wins county "
        "choir prize\nHarbour wall repairs delayed\nBus route to be cut from June\n"
        "Fishing fleet returns early"
    )
    story = _page(_P1, _P2, label, links, _P3, _P4)
    assert "short-run-left-out" not in _codes(story)


# --- 2. Comments with no names and no marks under a bare heading -------------------

_C1 = (
    "I used to take my children there every week and it is a real loss for the street, "
    "whatever the council says about the roof."
)
_C2 = (
    "The roof has leaked for ten years and nobody did a thing about it until now, which "
    "says it all about this council."
)


def test_bare_comments_under_a_one_word_heading_are_flagged() -> None:
    """``Comments`` / two readers' comments as bare paragraphs, no name, reply
    button or time: the heading is read past as a count's link and the
    comments glued to the story; the story says so."""
    story = _page(_P1, _P2, _P3, _P4, "Comments", _C1, _C2)
    assert "comment-heading-read-past" in _codes(story)


def test_a_comment_link_printed_twice_says_nothing() -> None:
    """Near miss: ``Comments`` over the story's close, then ``Comments`` again
    over the section: the first is the count's link, the story's close its own."""
    story = _page(_P1, _P2, _P3, "Comments", _P4, "Comments")
    assert "comment-heading-read-past" not in _codes(story)
    assert story.body == (_P1, _P2, _P3, _P4)


def test_comments_under_names_say_nothing() -> None:
    """Near miss: each comment under its writer's name line: the heading is
    the section's, the story ends above it, nothing to say."""
    story = _page(_P1, _P2, _P3, _P4, "Comments", "Marsh_Walker", _C1, "Ann Bell", _C2)
    assert story.body == (_P1, _P2, _P3, _P4)
    assert "comment-heading-read-past" not in _codes(story)


# --- 3. A subheading right over the first paragraph, no table of contents -----------


def _headed(heading: str) -> wirestory.Story:
    text = news_page(
        _P1,
        _P2,
        _P3,
        _P4,
        headline="Council votes to close old library",
        header=f"By Jane Roe\nMarch 4, 2025\n\n{heading}",
        site="The Vale Post",
        year=2025,
    )
    [story] = wirestory.parse(text, options=PAGE)
    return story


@pytest.mark.parametrize("heading", ["A long debate over the roof", "Why the library is closing"])
def test_a_subheading_over_the_first_paragraph_is_flagged(heading: str) -> None:
    """``By Jane Roe`` / ``March 4, 2025`` / ``A long debate over the roof`` /
    the first paragraph: the story's first subheading, naming the paragraph's
    words, was left out as furniture with no word; the story says so."""
    story = _headed(heading)
    assert "heading-over-story-left-out" in _codes(story)
    assert story.body == (_P1, _P2, _P3, _P4)


@pytest.mark.parametrize(
    "line", ["Local News", "Print this article", "5 min read", "Share on: Mail"]
)
def test_a_label_or_button_over_the_first_paragraph_says_nothing(line: str) -> None:
    """Near miss: a section's label naming none of the story's words, a
    button's label, a reading time: furniture, unflagged."""
    story = _headed(line)
    assert "heading-over-story-left-out" not in _codes(story)
    assert story.body == (_P1, _P2, _P3, _P4)


# --- 4. A menu line over a name-and-title line over the date line ------------------


def _over_name_line(menu: str, name_line: str) -> wirestory.Story:
    text = (
        f"Library to shut after council vote | The Vale Post\n\n{menu}\n{name_line}\n"
        "March 4, 2025\n\n" + "\n\n".join(LIBRARY_STORY) + "\n\nAbout us\nContact us\n"
    )
    [story] = wirestory.parse(text, options=PAGE)
    return story


@pytest.mark.parametrize(
    "menu", ["Home > News > Local", "News » Local", "Home / News / Local", "Home · News · Local"]
)
@pytest.mark.parametrize("name_line", ["Jane Roe | Senior Reporter", "Jane Roe, Health Editor"])
def test_a_breadcrumb_over_the_name_line_is_never_the_headline(menu: str, name_line: str) -> None:
    """``Home > News > Local`` / ``Jane Roe, Health Editor`` / ``March 4,
    2025``, the title matching no line: the trail was taken for the headline,
    silently; it ends the walk up, the name line is the byline."""
    story = _over_name_line(menu, name_line)
    assert story.headline != menu
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)


def test_a_headline_line_over_the_name_line_stays_the_headline() -> None:
    """Near miss: the story's headline over the name line is taken, no trail."""
    story = _over_name_line("Council closes the old library", "Jane Roe, Health Editor")
    assert story.headline == "Council closes the old library"


# --- 5. A headline of three piped pieces -------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Library to shut | News | Vale Post",
        "Council shuts library | Local | Vale Post",
        "Council votes to close the old library | Local News | Vale Post",
    ],
)
def test_a_piped_headline_over_the_byline_is_its_first_piece(headline: str) -> None:
    """``Library to shut | News | Vale Post`` over ``By Jane Roe``: its first
    piece a clause, no menu's item; the walk takes the line, not the site's
    name in the title, and the headline is the clause, its section and site
    left out (the whole line was the headline)."""
    text = (
        f"The Vale Post\n\nHome\nNews\nSport\n\n{headline}\nBy Jane Roe\nMarch 4, 2025\n\n"
        + "\n\n".join(LIBRARY_STORY)
        + "\n\nAbout us\nContact us\n"
    )
    [story] = wirestory.parse(text, options=PAGE)
    assert story.headline == headline.split(" | ")[0]


def test_a_headline_holding_a_bar_of_two_pieces_stays_whole() -> None:
    """Near miss: ``Ferry strike | what we know`` (two pieces, the second no
    menu's item) stays the whole headline."""
    headline = "Ferry strike ends after talks | what we know so far"
    text = (
        f"The Vale Post\n\nHome\nNews\n\n{headline}\nBy Jane Roe\nMarch 4, 2025\n\n"
        + "\n\n".join(LIBRARY_STORY)
        + "\n\nAbout us\nContact us\n"
    )
    [story] = wirestory.parse(text, options=PAGE)
    assert story.headline == headline


@pytest.mark.parametrize(
    "bar",
    ["Home | News | Sport", "Arts and Culture | Food | Travel", "Home | Things to Do | Events"],
)
def test_a_menu_bar_over_the_byline_still_ends_the_walk(bar: str) -> None:
    """Near miss: a menu bar's pieces (``Arts and Culture``) are no clause."""
    text = (
        f"The Vale Post\n\nHome\nNews\n\n{bar}\nBy Jane Roe\nMarch 4, 2025\n\n"
        + "\n\n".join(LIBRARY_STORY)
        + "\n\nAbout us\nContact us\n"
    )
    [story] = wirestory.parse(text, options=PAGE)
    assert story.headline != bar


# --- 6. A two-turn transcript; a next story under its writer's name -----------------

_SHOW_TOP = (
    "Morning Talk: the week in the harbour | Vale Radio\n\nHome | News | Radio\n\n"
    "Morning Talk: the week in the harbour\n\n"
)
_FIRST_TURN = (
    "JANE ROE: Good morning and welcome to the programme, where we look back at the week "
    "in the harbour town and what the council decided."
)
_SECOND_TURN = (
    "JOHN DOE: Thanks, Jane. It has been a busy week, with the vote on the old library and "
    "the row over the ferry timetable."
)


@pytest.mark.parametrize("between", [0, 1, 3])
@pytest.mark.parametrize("layout", ["page", "auto"])
def test_a_two_turn_transcripts_first_speaker_is_flagged(layout: str, between: int) -> None:
    """``JANE ROE: Good morning …`` / (her own paragraphs) / ``JOHN DOE: Thanks,
    Jane. …`` and no more turns: the first speaker never speaks again, so the
    transcript rule keeps ``JANE ROE`` as the dateline's place; the story says
    it may be a speaker."""
    text = _SHOW_TOP + "\n\n".join([_FIRST_TURN, *LIBRARY_STORY[:between], _SECOND_TURN]) + "\n"
    [story] = wirestory.parse(text, options=ParseOptions(layout=layout))  # type: ignore[arg-type]
    assert "dateline-may-be-speaker" in _codes(story)


def test_a_dateline_over_an_interviews_two_speakers_says_nothing() -> None:
    """Near miss: ``LONDON: …`` over ``TOM HALE: …`` / ``JANE ROE: …``: two
    speakers under the place, an interview under its dateline."""
    text = (
        _SHOW_TOP + "LONDON: The council's leader sat down with us on Tuesday to talk about the "
        "library vote.\n\nTOM HALE: Why close the old library now?\n\nJANE ROE: Because "
        "the roof costs more than the town can pay.\n"
    )
    [story] = wirestory.parse(text, options=PAGE)
    assert story.dateline is not None
    assert "dateline-may-be-speaker" not in _codes(story)


def test_a_place_over_prose_says_nothing() -> None:
    """Near miss: ``ABU DHABI:`` over the story's prose, no turn below."""
    [story] = wirestory.parse(_SHOW_TOP + "ABU DHABI: " + "\n\n".join(LIBRARY_STORY), options=PAGE)
    assert story.dateline is not None
    assert "dateline-may-be-speaker" not in _codes(story)


_NEXT_STORY = (
    "The ferry company said on Monday that fares to the island would rise by a tenth in "
    "April, blaming the cost of fuel and repairs to its oldest boat.",
    "Passengers said the rise would hit families who cross every week to visit relatives, "
    "and the council said it would ask the company to think again.",
)


@pytest.mark.parametrize("layout", ["auto", "wire"])
def test_a_next_story_under_its_writers_name_is_no_piece_of_the_one_above(layout: str) -> None:
    """``Ferry fares to rise`` / ``Tom Hale`` / its paragraphs, after two blank
    lines under a story: a headline and its writer's name, a story of its own;
    the name read as a subheading's first paragraph made it a piece of the
    story above (``may-continue-story-above``), falsely."""
    text = (
        "Council votes to close old library\nBy Jane Roe\n\n"
        + "\n\n".join(LIBRARY_STORY)
        + "\n\n\n\nFerry fares to rise\nTom Hale\n\n"
        + "\n\n".join(_NEXT_STORY)
        + "\n"
    )
    stories = wirestory.parse(text, options=ParseOptions(layout=layout))  # type: ignore[arg-type]
    assert len(stories) == 2
    assert "may-continue-story-above" not in _codes(stories[1])


def test_a_subheadings_piece_is_still_flagged() -> None:
    """Near miss: ``What happens next`` over prose after two blank lines: a
    subheading's piece, still flagged."""
    text = (
        "Council votes to close old library\nBy Jane Roe\n\n"
        + "\n\n".join(LIBRARY_STORY[:2])
        + "\n\n\n\nWhat happens next\n\n"
        + "\n\n".join(LIBRARY_STORY[2:])
        + "\n"
    )
    stories = wirestory.parse(text)
    assert len(stories) == 2
    assert "may-continue-story-above" in _codes(stories[1])


# --- 2b. A comment heading with its count in brackets; prose right under a count ----


def test_comments_under_a_bracketed_count_stay_out_of_the_story() -> None:
    """``Comments (2)`` / ``Marsh_Walker`` / a comment / ``Ann Bell`` / a
    comment: the heading with its count in brackets is the section's; the
    comments and their writers' names were glued to the story."""
    story = _page(_P1, _P2, _P3, _P4, "Comments (2)", "Marsh_Walker", _C1, "Ann Bell", _C2)
    assert story.body == (_P1, _P2, _P3, _P4)


@pytest.mark.parametrize("heading", ["12 comments", "Comments (12)"])
def test_prose_right_under_a_comment_count_is_flagged(heading: str) -> None:
    """``12 comments`` between the story's last two paragraphs, the last one
    sharing too few words with the story to be told as its own: the story
    ends at the count and its close is lost; the story says so."""
    story = _page(_P1, _P2, _P3, heading, _P4)
    assert story.body == (_P1, _P2, _P3)
    assert "prose-under-comment-heading" in _codes(story)


@pytest.mark.parametrize("mark", ["2 hours ago Reply", "Reply"])
def test_comments_with_their_marks_under_a_count_say_nothing(mark: str) -> None:
    """Near miss: each comment with a reply button or a time under it: the
    section's comments, rightly left out."""
    story = _page(_P1, _P2, _P3, _P4, "Comments (2)", f"{_C1}\n{mark}", f"{_C2}\n{mark}")
    assert story.body == (_P1, _P2, _P3, _P4)
    assert "prose-under-comment-heading" not in _codes(story)


def test_a_comment_forms_label_under_a_count_says_nothing() -> None:
    """Near miss: a form's rules under the heading (a label with no end mark
    first): no prose to flag."""
    story = _page(_P1, _P2, _P3, _P4, "3 comments", "Rules for comments", "Name", "Email")
    assert "prose-under-comment-heading" not in _codes(story)


# --- 6b. A writer's name alone under a wire story's headline --------------------------


@pytest.mark.parametrize("name", ["Tom Hale", "Mary Jane Roe"])
def test_a_name_alone_under_the_headline_is_flagged(name: str) -> None:
    """``Ferry fares to rise`` / ``Tom Hale`` / the story: the writer's name
    with no ``By`` was read as the body's first subheading, no byline; the
    story says so."""
    text = f"Ferry fares to rise\n{name}\n\n" + "\n\n".join(_NEXT_STORY) + "\n"
    story = wirestory.parse_story(text)
    assert "name-as-subheading" in _codes(story)


@pytest.mark.parametrize(
    "first",
    [
        # A subheading naming no one.
        "What happens next\n\n" + _NEXT_STORY[0],
        # A list's entry: a book's author over its publisher and price.
        "Tom Hale\n\nVale Books, $18.99; ages 5-8",
    ],
)
def test_a_heading_or_an_entrys_name_says_nothing(first: str) -> None:
    text = f"Ferry fares to rise\n\n{first}\n\n{_NEXT_STORY[1]}\n"
    story = wirestory.parse_story(text)
    assert "name-as-subheading" not in _codes(story)
