"""Never silently wrong, seventeenth round: bylines, header lines and piped
headlines that came out wrong with no diagnostic, each re-created with
invented text. Each test failed on the code before; the near-misses read
like them and stay as they were."""

from __future__ import annotations

import pytest
from news_pages import (
    HEADER_HEADLINE,
    LIBRARY_STORY,
    news_page,
    page_story_under_header,
    story_under_header,
    wire_story_under_header,
)
from story_checks import codes as _codes

import wirestory
from wirestory import ParseOptions
from wirestory.bylines import find_byline, find_page_byline, place_after_name

_P1, _P2, _P3, _P4 = LIBRARY_STORY


_LAYOUTS = [wire_story_under_header, page_story_under_header, story_under_header]


# --- 1. A date after the names' comma is no organisation ---------------------------


@pytest.mark.parametrize("read", _LAYOUTS)
@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe, Mar 4, 2025",
        "By Jane Roe, March 4, 2025",
        "By Jane Roe, 4 March 2025",
        "By Jane Roe, Mar. 4",
    ],
)
def test_a_date_after_the_names_comma_is_no_organisation(read: object, line: str) -> None:
    """``By Jane Roe, Mar 4, 2025``: the date the story ran was the byline's
    organisation; the raw keeps the line, the organisation is None."""
    story = read(line)  # type: ignore[operator]
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.byline.organization is None
    assert story.byline.raw == line


@pytest.mark.parametrize(
    ("line", "organization"),
    [("By Jane Roe, Reuters", "Reuters"), ("By Jane Roe, Vale Post", "Vale Post")],
)
def test_an_organisation_after_the_names_comma_stays(line: str, organization: str) -> None:
    """Near miss: an agency or an outlet after the comma is the organisation."""
    found = find_byline(line)
    assert found is not None
    assert found.organization == organization


def test_a_place_after_the_name_before_a_date_is_still_read() -> None:
    """Near miss: ``By Jane Roe, New Delhi, Nov 19, 2019``: the place where the
    writer filed, the date after it left out (place_after_name reads it)."""
    found = find_page_byline("By Jane Roe, New Delhi, Nov 19, 2019")
    assert found is not None
    split = place_after_name(found)
    assert split is not None
    assert (split.names, split.organization) == (("Jane Roe",), "New Delhi")
    assert "byline-place-after-name" in _codes(
        page_story_under_header("By Jane Roe, New Delhi, Nov 19")
    )


# --- 2. A newspaper's word glued after a full name, before Staff Writer ------------


@pytest.mark.parametrize("read", _LAYOUTS)
def test_the_paper_s_word_after_a_full_name_says_so(read: object) -> None:
    """``By Mary Jane Times Staff Writer``: ``Mary Jane`` and ``Times Staff
    Writer``, or the writer ``Mary Jane Times``, staff writer: no table tells a
    given name from a surname; the story says so."""
    story = read("By Mary Jane Times Staff Writer")  # type: ignore[operator]
    assert story.byline is not None
    assert story.byline.names == ("Mary Jane",)
    assert "byline-surname-as-word" in _codes(story)


@pytest.mark.parametrize("line", ["By Jane Roe, Times Staff Writer", "By Jane Roe Staff Writer"])
def test_a_title_set_apart_from_the_names_says_nothing(line: str) -> None:
    """Near miss: a comma before the title, or no paper's word: no doubt."""
    story = page_story_under_header(line)
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert "byline-surname-as-word" not in _codes(story)


# --- 3. A header line that narrates, ending in a photo's credit --------------------


def _page_with(*blocks: str) -> wirestory.Story:
    text = news_page(
        *blocks,
        headline=HEADER_HEADLINE,
        header="By Jane Roe\nMarch 4, 2025",
        site="Vale Post",
        year=2025,
    )
    [story] = wirestory.parse(text, options=ParseOptions(layout="page"))
    return story


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters could not reach the blaze - Supplied",
        "Residents had gathered outside the hall (Handout)",
    ],
)
def test_a_narrating_header_line_with_a_photo_s_credit_is_a_flagged_caption(line: str) -> None:
    """``Firefighters could not reach the blaze - Supplied`` under the header:
    a modal or a past auxiliary, and a credit no sentence ends in; it was
    left out as furniture silently. The caption, flagged."""
    story = _page_with(line, _P1, _P2, _P3)
    assert [c.credit for c in story.captions] == [line.rsplit(" ", 1)[1].strip("()")]
    assert "caption-may-be-paragraph" in _codes(story)
    assert list(story.body) == [_P1, _P2, _P3]


def test_a_describing_header_caption_says_nothing() -> None:
    """Near miss: a caption in the present tense is no doubt."""
    story = _page_with("Residents gather outside the hall - Supplied", _P1, _P2, _P3)
    assert [c.credit for c in story.captions] == ["Supplied"]
    assert "caption-may-be-paragraph" not in _codes(story)


# --- 4. A headline of three piped clauses ------------------------------------------


def _piped(headline: str) -> wirestory.Story:
    text = (
        f"The Vale Post\n\nHome\nNews\nSport\n\n{headline}\nBy Jane Roe\nMarch 4, 2025\n\n"
        + "\n\n".join(LIBRARY_STORY)
        + "\n\nAbout us\nContact us\n"
    )
    [story] = wirestory.parse(text, options=ParseOptions(layout="page"))
    return story


@pytest.mark.parametrize(
    "headline",
    [
        "Rates rise again | Markets fall | Oil jumps",
        "Rates rise again | Jobs data due | Oil at high",
    ],
)
def test_a_headline_of_piped_clauses_stays_whole(headline: str) -> None:
    """``Rates rise again | Markets fall | Oil jumps``: the pieces after the
    first hold a verb in small letters, no section's name: the whole line is
    the headline (it was cut to its first piece)."""
    assert _piped(headline).headline == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Rates rise again | Local News | Vale Post",
        "Rates rise again | Arts and Culture | Vale Post",
    ],
)
def test_a_headline_before_its_section_and_site_is_still_cut(headline: str) -> None:
    """Near miss: sections and a site's name after the clause are cut off."""
    assert _piped(headline).headline == "Rates rise again"


# --- 5. A photo's caption with no credit printed between two paragraphs ------------


def test_a_caption_s_sentence_between_paragraphs_says_so() -> None:
    """``Crowds line the quay before the ferry's last crossing.`` between two
    paragraphs: one sentence in the present naming a moment, no credit, no
    quote or speech: a photo's caption printed as a paragraph, kept as the
    story's silently. Kept (reading it as a caption risks the story's
    sentences), and flagged."""
    line = "Crowds line the old quay before the ferry's last crossing."
    story = _page_with(_P1, _P2, line, _P3)
    assert line in list(story.body)
    assert "paragraph-may-be-caption" in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        "The ferry was moored at the old quay before the storm.",
        "The council meets again on Thursday to set the budget.",
        "Crowds line the old quay, before the ferry's last crossing.",
        "Residents told the board they would protest after the vote.",
        "The ferry made its last crossing before the storm last year.",
        "Crowds line the old quay before the ferry's last crossing. The board met.",
    ],
)
def test_a_paragraph_that_narrates_or_tells_more_says_nothing(line: str) -> None:
    """Near misses: an auxiliary of narration, no moment's word, a comma, a
    speech verb, the time of telling (``last year``), two sentences."""
    story = _page_with(_P1, _P2, line, _P3)
    assert "paragraph-may-be-caption" not in _codes(story)


def test_a_caption_s_sentence_opening_the_story_says_nothing() -> None:
    """Near miss: the first paragraph is the story's lead, never flagged."""
    line = "Crowds line the old quay before the ferry's last crossing."
    story = _page_with(line, _P1, _P2, _P3)
    assert "paragraph-may-be-caption" not in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters could not reach the blaze - File",
        "Tickets for the rebuilt pier will be sold from Friday - Online",
    ],
)
def test_a_narrating_header_line_with_a_sentence_s_credit_word_says_so(line: str) -> None:
    """``… - File``, ``… - Online``: a sentence ends in these words too, so the
    line stays furniture (as before), but no longer silently."""
    story = _page_with(line, _P1, _P2, _P3)
    assert story.captions == ()
    assert "header-line-left-out" in _codes(story)
    assert list(story.body) == [_P1, _P2, _P3]


def test_a_header_line_with_no_credit_says_nothing() -> None:
    """Near miss: a date or a share line under the headline is furniture."""
    story = _page_with("Share this article", _P1, _P2, _P3)
    assert "header-line-left-out" not in _codes(story)
