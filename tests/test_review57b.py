"""The review of silent57 (items 4, 8, 9 and two suspicions): each probed with
invented text, the reading written by hand. Every text is invented.

- A video box's teasers holding numbers in words' places (``Top 10 goals of
  2025``) were read as the story's table: kept in the body, silently, and
  under a ``MORE VIDEOS`` heading said ``figure-rows-under-heading`` ("they
  may be the story's table"), the wrong way round.
- Georgian: a story's ordinary last sentence said
  ``closing-sentence-may-be-notice``; a month-name date line (``4 მარტი
  2025``) was no date line, the writer over it unread, silently.
- Hindi: a tag opening with a given name (``राम मंदिर``) was the writer,
  silently; a label typed with precomposed nukta letters missed its table;
  ordinary names with a common surname said ``byline-name-may-be-phrase``.
- Arabic ``علي`` (Ali) is also a spelling of ``على`` (on): a line opening
  with it was a writer, silently.
"""

from __future__ import annotations

import pytest
from slot_pages import ARABIC_PAGE, GEORGIAN_HEADLINE, GEORGIAN_PAGE, HINDI_PAGE, SPORT_PAGE
from story_checks import codes as _codes

import wirestory


@pytest.mark.parametrize(
    "box",
    [
        "Video\nRovers 2 Cliffside 1: 5 things we learned\nTop 10 goals of 2025\nReplay",
        "MORE VIDEOS\nWatch: 10 best goals of 2025\nWatch: 5 saves in 2 minutes\nReplay",
    ],
)
def test_a_video_box_of_numbered_teasers_is_said_as_labels(box: str) -> None:
    [story] = wirestory.parse(SPORT_PAGE.format(table=box))
    codes = _codes(story)
    assert "labels-over-story" in codes
    # Not "they may be the story's table": the rows are a box's teasers.
    assert "figure-rows-under-heading" not in codes


def test_a_table_of_figures_in_columns_is_still_no_label_run() -> None:
    table = "Team Won Lost\nHarbour Rovers 12 2\nCliffside 9 5\nVale United 7 7"
    [story] = wirestory.parse(SPORT_PAGE.format(table=table))
    assert "labels-over-story" not in _codes(story)


def test_a_georgian_story_closing_on_a_verb_says_no_notice() -> None:
    [story] = wirestory.parse(GEORGIAN_PAGE.format(line="ავტორი: ნინო ბერიძე"))
    assert story.body[-1] == "ხიდზე მოძრაობა დღეიდან დაიწყება."
    assert "closing-sentence-may-be-notice" not in _codes(story)


def test_a_georgian_prompt_under_the_story_is_still_said() -> None:
    # An imperative ("subscribe to our channel") closes on "-თ": no telling.
    text = GEORGIAN_PAGE.format(line="ნინო ბერიძე").replace(
        "\n\nკონტაქტი", "\n\nგამოიწერეთ ჩვენი არხი და მიიღეთ სიახლეები.\n\nკონტაქტი"
    )
    [story] = wirestory.parse(text)
    assert story.body[-1].startswith("გამოიწერეთ")
    assert "closing-sentence-may-be-notice" in _codes(story)


def test_a_georgian_writer_over_a_month_name_date_is_read() -> None:
    text = GEORGIAN_PAGE.format(line="ნინო ბერიძე").replace("04.03.2025 10:32", "4 მარტი 2025")
    [story] = wirestory.parse(text)
    assert story.headline == GEORGIAN_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("ნინო ბერიძე",)
    assert len(story.body) == 4


@pytest.mark.parametrize("line", ["राम मंदिर", "विजय दिवस", "पूजा विशेष"])
def test_a_caseless_tag_opening_with_a_given_name_is_no_writer(line: str) -> None:
    [story] = wirestory.parse(HINDI_PAGE.format(line=line))
    assert story.byline is None
    assert story.headline == "राजधानी में भारी बारिश से कई सड़कें जलमग्न"


def test_a_label_typed_with_precomposed_nukta_letters_is_no_writer() -> None:
    line = "\u0924\u093e\u095b\u093e \u0959\u092c\u0930\u0947\u0902"  # ताज़ा ख़बरें, U+095B, U+0959
    [story] = wirestory.parse(HINDI_PAGE.format(line=line))
    assert story.byline is None


@pytest.mark.parametrize("line", ["सुरेंद्र कुमार", "नरेंद्र सिंह", "प्रियंका शर्मा", "गौरव तिवारी"])
def test_a_caseless_writer_with_a_common_surname_is_read_unsaid(line: str) -> None:
    [story] = wirestory.parse(HINDI_PAGE.format(line=line))
    assert story.byline is not None
    assert story.byline.names == (line,)
    assert "byline-name-may-be-phrase" not in _codes(story)


def test_a_caseless_writer_named_with_a_topic_word_first_is_still_read() -> None:
    # "विशेष" (Vishesh) is a given name too: only a topic word last makes a tag.
    [story] = wirestory.parse(HINDI_PAGE.format(line="विशेष कुमार"))
    assert story.byline is not None
    assert story.byline.names == ("विशेष कुमार",)


def test_an_arabic_line_opening_with_ali_as_on_is_said() -> None:
    # "علي مدار الساعة" (around the clock, "on" spelled as the name Ali).
    [story] = wirestory.parse(ARABIC_PAGE.format(line="علي مدار الساعة"))
    assert story.byline is not None
    assert "byline-name-may-be-phrase" in _codes(story)


_BUDGET = (
    "Harbour Herald\n\nHome\nNews\nSport\n\nCouncil Approves New Budget After Long Debate\n\n"
    "By Jane Roe\nMarch 4, 2025\n\n"
    "The city council approved a new budget on Monday after a debate that ran late into the "
    "night, officials said.\n\n"
    "The budget adds money for schools and roads, and it trims spending on the mayor's office "
    "by a tenth.\n\n{box}\n\n"
    "Opponents said the plan relied on optimistic forecasts of tax revenue, and they vowed to "
    "fight it next year.\n\nAbout us\nContact\n"
)


def test_a_photo_credit_over_a_bare_figure_stays_a_credit() -> None:
    # A stat's figure under a captioned photo: an agency credits no candidate.
    box = "Councillors vote on the budget at the town hall on Monday.\nTom Hale, Reuters\n12,431"
    [story] = wirestory.parse(_BUDGET.format(box=box))
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Councillors vote on the budget at the town hall on Monday.", "Tom Hale, Reuters")
    ]
