"""Second review of the twentieth and twenty-first rounds (bylines; captions,
credits and body furniture): near-misses of the new rules that read ordinary
text wrong with no diagnostic, each re-created with invented text. Each test
failed on the code before (but where it says it held already)."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY
from news_pages import library_story as _page
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_byline

_P1, _P2, _P3, _P4 = LIBRARY_STORY


# --- 1. A number alone on a line is no live blog's stamp off a live blog ------------


@pytest.mark.parametrize("figure", ["12.40", "3.15", "10.30", "9.59"])
def test_a_bare_figure_with_a_dot_stays_in_the_body(figure: str) -> None:
    """``12.40`` alone under a sentence is a price, a race's time, a figure:
    without a live blog around it, it stays the story's."""
    story = _page(_P1, "The cheapest ticket now costs, in pounds:", figure, _P3, _P4)
    assert figure in story.body


def test_a_stamp_answering_a_question_stays_in_the_body() -> None:
    """``4pm`` under a question is a transcript's answer, not a stamp."""
    story = _page(_P1, "When did the doors close for the last time?", "4pm", _P3, _P4)
    assert "4pm" in story.body


@pytest.mark.parametrize("stamp", ["12.40", "4pm"])
def test_on_a_live_blog_the_same_lines_are_stamps(stamp: str) -> None:
    """Two entries opening with a clock time make a live blog: the lone
    line is its stamp (held already)."""
    story = _page(
        _P1,
        "09.12 The council has opened the meeting on the library's future.",
        _P2,
        "Is the vote still on?",
        stamp,
        "10.05 Members have begun to vote on the plan.",
        _P3,
    )
    assert stamp not in story.body


@pytest.mark.parametrize("stamp", ["12:41 GMT", "9.05am", "2 min ago", "14:05"])
def test_a_marked_stamp_alone_is_still_furniture(stamp: str) -> None:
    """A colon's time, an am/pm, a zone or a time ago mark a stamp on their
    own (held already)."""
    story = _page(_P1, stamp, _P2, _P3, _P4)
    assert story.body == LIBRARY_STORY


# --- 2. An opener that is a surname too ----------------------------------------------

_HEADLINE = "Council votes to close the old library"


def _read(header: str, layout: str) -> wirestory.Story:
    text = f"{_HEADLINE}\n\n{header}\n\n" + "\n\n".join(LIBRARY_STORY[:3]) + "\n"
    options = wirestory.ParseOptions(layout=layout) if layout != "auto" else None
    return wirestory.parse(text, options=options)[0]


@pytest.mark.parametrize("layout", ["wire", "page", "auto"])
@pytest.mark.parametrize("line", ["Na Hye Jin", "Na Jane Roe"])
def test_na_before_two_words_is_flagged(line: str, layout: str) -> None:
    """Swahili ``Na`` (by) opens the line, or it is the Korean surname Na
    written first: read as the opener, the story says so."""
    story = _read(line, layout)
    assert story.byline is not None
    assert "byline-opener-as-name" in _codes(story)


@pytest.mark.parametrize("layout", ["wire", "page", "auto"])
@pytest.mark.parametrize("line", ["By Na Hye Jin", "Di Marco Rossi", "By Jane Roe"])
def test_a_byline_with_by_or_another_opener_is_not_flagged(line: str, layout: str) -> None:
    """``By`` opens the line, or the opener is no surname (held already)."""
    story = _read(line, layout)
    assert story.byline is not None
    assert "byline-opener-as-name" not in _codes(story)


# --- 3. A paywall's notice with the story going on under it --------------------------


@pytest.mark.parametrize(
    "notice", ["Subscribers only: get our weekly newsletter", "Subscribe to continue reading"]
)
def test_a_notice_with_prose_under_it_is_no_cut(notice: str) -> None:
    """The story's paragraphs go on under the notice: a banner or a box, the
    story is not cut there."""
    story = _page(_P1, _P2, notice, _P3, _P4)
    assert "story-cut-by-paywall" not in _codes(story)


def test_a_notice_under_the_last_paragraph_is_still_flagged() -> None:
    """Held already: nothing of the story under the notice."""
    story = _page(_P1, _P2, "Subscribe to continue reading")
    assert "story-cut-by-paywall" in _codes(story)


# --- 4. A story's sentence on an earlier version of a report -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "An earlier version of this report did not include the repair costs, the auditor "
        "told members.",
        "A previous version of this report omitted the cost of the roof, according to the council.",
        "This report was amended to include the new figures, the council's auditor said.",
    ],
)
def test_a_quoted_sentence_on_an_earlier_report_stays_in_the_body(sentence: str) -> None:
    """A source quoted after a comma: the story's sentence on a report, not
    the paper's correction."""
    story = _page(_P1, _P2, _P3, _P4, sentence)
    assert story.body[-1] == sentence
    assert story.notes == ()


def test_a_correction_quoting_what_was_said_is_still_a_note() -> None:
    """Held already: no comma before the speaker, the paper's own voice."""
    note = "An earlier version of this story misstated what the mayor said about the vote."
    story = _page(_P1, _P2, _P3, _P4, note)
    assert story.notes == (note,)


# --- 5. A surname run together with its prefix is no outlet --------------------------


@pytest.mark.parametrize("name", ["Jane VanDerPost", "Tom McPress", "Ann DeStar"])
def test_a_prefixed_surname_holding_an_outlets_word_is_a_photographer(name: str) -> None:
    """``VanDerPost`` joins a surname's prefix and the rest, both capitalised:
    a person's name, not an outlet's words run together (``NewsAsia``)."""
    assert wirestory.parse_credit(f"Photo: {name}").photographer == name


def test_an_outlets_words_run_together_are_still_its_name() -> None:
    """Held already."""
    assert wirestory.parse_credit("Photo: Channel NewsVale").photographer is None


# --- 6. A second writer after the first's place ---------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("By Jane Roe, Jackson, MS, and Tom Hale", "Jackson, MS"),
        ("By Jane Roe, Portland, OR, and Tom Hale", "Portland, OR"),
    ],
)
def test_a_second_writer_after_the_firsts_place_is_a_writer(line: str, place: str) -> None:
    """``and`` before a person's name after the first writer's city and
    state: a second writer, no part of the organisation."""
    found = find_byline(line)
    assert found is not None
    assert found.names == ("Jane Roe", "Tom Hale")
    assert found.organization == place


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe, Department of Parks, Recreation, and Tourism",
        "By Jane Roe, Jackson, MS",
    ],
)
def test_an_organisation_with_and_stays_the_organisation(line: str) -> None:
    """Held already: ``and`` before one word is an organisation's list."""
    found = find_byline(line)
    assert found is not None
    assert found.names == ("Jane Roe",)
    assert found.organization == line.partition(", ")[2]


def test_two_bare_figures_make_no_live_blog() -> None:
    """Two prices alone on their lines stay the story's: a dot's time alone
    makes no live blog."""
    story = _page(
        _P1, "A ticket now costs, in pounds:", "12.40", "A season pass costs:", "3.15", _P3, _P4
    )
    assert "12.40" in story.body
    assert "3.15" in story.body


# --- 7. The new openers' staff signatures name no writer ---------------------------


@pytest.mark.parametrize(
    "line", ["Na Mwandishi Wetu", "Na Waandishi Wetu", "Deur Ons Verslaggewer"]
)
def test_a_staff_signature_after_a_new_opener_names_no_writer(line: str) -> None:
    """Swahili ``Na Mwandishi Wetu`` (by our reporter), Afrikaans ``Deur Ons
    Verslaggewer``: a desk's signature, as ``By Our Correspondent``, never a
    writer ``Mwandishi Wetu``."""
    assert find_byline(line) is None


def test_a_writer_after_a_new_opener_is_still_read() -> None:
    """Held already."""
    found = find_byline("Deur Jane Roe en Tom Hale")
    assert found is not None
    assert found.names == ("Jane Roe", "Tom Hale")


def test_a_time_under_a_labels_colon_stays_in_the_body() -> None:
    """``2:05`` under ``… was:`` is what the sentence introduces, not a stamp."""
    story = _page(_P1, "The winning time in the final of the town's race was:", "2:05", _P3, _P4)
    assert "2:05" in story.body
