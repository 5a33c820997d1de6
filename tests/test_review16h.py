"""Review of the sixteenth held-out round: readings its new rules made wrong
on ordinary text. The author's box under an article read as wire copy took
the story's last paragraphs out when the writer's name alone stood over a
sentence opening with a title (``Senior reporter Tom Hale said …``) or with
the writer's first name and any verb (``Mark asked the operator …``: an
interview's speaker label); a live blog's stamps took times answering
questions (``When does the first boat leave?`` / ``7.05am``) or listed under
a heading (``Tuesday's sailings:``) out of the story; and a paragraph between
two others ending in a credit was taken as a photo's caption with no word
said when its words narrate (``… were cancelled twice last winter
(Reuters)``), where the page layout says it may be a paragraph; and a
title-cased subheading under the byline ending in a writer's title (``Letters
To The Editor``) was read as the byline's organisation.

Every article and line here is invented, in the shape of real article text.
"""

from __future__ import annotations

import pytest

import wirestory

_HEADLINE = "Harbour board votes to keep the night crossing"
_PARAS = (
    "The harbour board voted on Wednesday to keep the night crossing to the outer islands "
    "running for another year, after a petition signed by more than two thousand residents.",
    "The crossing leaves the mainland at eleven and reaches the first island a little after "
    "one in the morning, the board said.",
    "Fishermen and nurses on the early shift use it most, according to the board's own "
    "count of tickets sold over the summer.",
    "The board will look at the crossing's costs again when the new contract is signed.",
)
_WRITER = "By Nora Quill"


def _article(*blocks: str) -> str:
    """An article's text with no page around it: the headline, then each of
    ``blocks`` a block of its own."""
    return "\n\n".join((_HEADLINE, *blocks)) + "\n"


def _story(text: str) -> wirestory.Story:
    stories = wirestory.parse(text)
    assert len(stories) == 1
    return stories[0]


def _codes(story: wirestory.Story) -> set[str]:
    return {d.code for d in story.diagnostics}


# --- The writer's name alone over the story's own paragraphs ----------------------


@pytest.mark.parametrize(
    "under",
    [
        # A title opens a sentence reporting speech.
        "Senior reporter Tom Hale said the ferry was late twice.",
        "Harbour correspondent Ann Carter told the board it was too late.",
        # The writer's first name, then no verb of who she is: her question
        # in an interview, her name the speaker's label over it.
        "Nora asked the board why the crossing had been in doubt.",
    ],
)
def test_writer_s_name_over_a_sentence_is_no_author_box(under: str) -> None:
    """The name, the sentence and the paragraph under them were taken out as
    the author's box (``author-box-under-story``), the story's end lost with
    no word said; they are the story's."""
    story = _story(_article(_WRITER, *_PARAS[:2], "Nora Quill", under, _PARAS[3]))
    assert story.body[-3:] == ("Nora Quill", under, _PARAS[3])


@pytest.mark.parametrize(
    "box",
    [
        ("Nora Quill", "Transport reporter"),
        ("Nora Quill", "Senior editor at the Harbour Times."),
        ("Nora Quill", "Nora covers the islands and their ferries for the Harbour Times."),
        ("Nora Quill", "Nora Quill is the Harbour Times' island correspondent."),
    ],
)
def test_author_box_under_the_article_still_goes(box: tuple[str, ...]) -> None:
    """Near misses, held: the writer's name over a title or a bio is the box."""
    story = _story(_article(_WRITER, *_PARAS, *box))
    assert story.body == _PARAS


# --- A title-cased subheading under the byline ------------------------------------


@pytest.mark.parametrize(
    "heading", ["Letters To The Editor", "Why I Quit As Editor", "Ask The Editor"]
)
def test_title_cased_heading_under_the_byline_is_no_organisation(heading: str) -> None:
    """A subheading in title case ending in a writer's title was read as the
    byline's organisation (the writer's title), taken out of the body."""
    story = _story(_article(f"{_WRITER}\n{heading}", *_PARAS))
    assert story.byline is not None
    assert story.byline.organization is None
    assert story.body[0] == heading


@pytest.mark.parametrize(
    "title", ["Transport Correspondent", "Senior Business Reporter", "Arts and Culture Editor"]
)
def test_title_under_the_byline_is_still_its_organisation(title: str) -> None:
    """Near misses, held: a writer's title alone under the byline."""
    story = _story(_article(f"{_WRITER}\n{title}", *_PARAS))
    assert story.byline is not None
    assert story.byline.organization == title
    assert story.body == _PARAS


# --- Times alone that are no live blog's stamps --------------------------------


@pytest.mark.parametrize(
    "middle",
    [
        # Times answering the questions over them.
        ("When does the first crossing leave?", "7.05am", "And the last one?", "11.10pm"),
        # Times listed under a heading.
        ("Wednesday's crossings:", "7.05am", "9.40am", "11.10pm"),
        # Times and what leaves at each, no sentence.
        ("The timetable:", "7.05am", "Leaves the mainland", "11.10pm", "Returns"),
    ],
)
def test_times_in_the_story_stay(middle: tuple[str, ...]) -> None:
    """The times were taken out as a live blog's stamps (``live-blog-stamp``)
    with no word said, the answers and the list lost from the story."""
    story = _story(_article(_WRITER, _PARAS[0], *middle, _PARAS[3]))
    assert story.body == (_PARAS[0], *middle, _PARAS[3])


@pytest.mark.parametrize("stamps", [("14.05 GMT", "15.10 GMT"), ("9.05am", "10.40am")])
def test_live_blog_stamps_still_go(stamps: tuple[str, str]) -> None:
    """Near miss, held: a time alone over each entry, the entries sentences."""
    story = _story(_article(_WRITER, _PARAS[0], stamps[0], _PARAS[1], stamps[1], _PARAS[2]))
    assert story.body == _PARAS[:3]


# --- A paragraph ending in a credit whose words narrate --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Night crossings were cancelled twice last winter (Reuters)",
        "Night crossings were cancelled twice last winter. (Reuters)",
        "The board has run the crossing at a loss since 2019 (AFP)",
        "The board met on Tuesday. Members voted to keep the crossing. (AFP)",
        "Night crossings were cancelled twice last winter. Picture: Jane Roe",
    ],
)
def test_narrating_paragraph_read_as_caption_is_said(line: str) -> None:
    """A paragraph between two others ending in a credit, its words narrating,
    was read as a photo's caption with no word said; it may be a paragraph the
    agency signs (``caption-may-be-paragraph``, as on a page)."""
    story = _story(_article(_WRITER, _PARAS[0], line, *_PARAS[1:3]))
    assert line not in story.body
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        "Passengers board the night crossing at the quay (Reuters)",
        "Passengers board the night crossing at the quay. Picture: Jane Roe",
        "Passengers board the night crossing at the quay. (AFP)",
    ],
)
def test_caption_between_paragraphs_is_no_alarm(line: str) -> None:
    """Near misses, held: a caption in the present, as photos are described."""
    story = _story(_article(_WRITER, _PARAS[0], line, *_PARAS[1:3]))
    assert line not in story.body
    assert len(story.captions) == 1
    assert "caption-may-be-paragraph" not in _codes(story)
