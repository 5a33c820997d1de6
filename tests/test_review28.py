"""Review of the twenty-eighth silent-wrong round: readings its new rules made
wrong on ordinary text. A team's signature joining two words before its
group's word (``By Sales and Marketing Team``) was read as two writers
sharing a family name (``Sales Team``, ``Marketing Team``); a paper's staff
e-mailing on a date in the traditional characters (``本報社長12日電郵祝賀…``,
the president e-mailed congratulations on the 12th) was read as the paper's
cable, its place ``社長`` and the body cut inside a word.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story, page_story_under_header, story_under_header
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_byline, find_page_byline
from wirestory.datelines import find_dateline

# --- A group's word after names joined by "and" ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Sales and Marketing Team",
        "By Research and Data Team",
        "By News and Sport Desk",
        "By Health and Science Department",
        "Av Nyhet og Sport Team",
    ],
)
def test_a_team_s_signature_is_no_two_writers(line: str) -> None:
    """``By Sales and Marketing Team`` gave the writers ``Sales Team`` and
    ``Marketing Team`` silently: the group's word is no family name."""
    assert find_byline(line) is None
    assert find_page_byline(line) is None
    for story in (page_story_under_header(line), story_under_header(line)):
        assert story.byline is None
        assert not any(c.name.endswith(("Team", "Desk")) for c in story.contributors)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Near misses, held: the round's readings.
        ("By Jane and Tom Roe", ("Jane Roe", "Tom Roe")),
        ("Av Kari og Ola Nordmann", ("Kari Nordmann", "Ola Nordmann")),
        ("Von Anna und Jan Berg", ("Anna Berg", "Jan Berg")),
        ("By Jane, Tom and Ann Roe", ("Jane Roe", "Tom Roe", "Ann Roe")),
        # Two writers each with a family name, and a family name that is a
        # word (Power) read as a family name.
        ("By Jane Roe and Tom Smith", ("Jane Roe", "Tom Smith")),
        ("By Ana and Jo Power", ("Ana Power", "Jo Power")),
    ],
)
def test_given_names_before_one_family_name_are_still_writers(
    line: str, names: tuple[str, ...]
) -> None:
    for story in (page_story_under_header(line), story_under_header(line)):
        assert story.byline is not None
        assert story.byline.names == names
        assert story.body == LIBRARY_STORY[:3]


# --- An e-mail in a Chinese paragraph's opening ----------------------------------

_CHINESE_BODY = (
    "市議會週二投票決定關閉舊圖書館，議員表示該建築多年來一直不安全。",
    "新分館將於春季在車站附近開放，市長表示藏書將遷往新館。",
)


def _chinese_story(first: str) -> wirestory.Story:
    text = "市議會決定關閉舊圖書館\n\n" + "\n\n".join((first, *_CHINESE_BODY)) + "\n"
    return wirestory.parse(text)[0]


@pytest.mark.parametrize(
    "first",
    [
        "本報社長12日電郵祝賀大會召開，並感謝讀者支持。",
        "本报社长12日电邮祝贺大会召开，并感谢读者支持。",
        "本報總編輯12日電郵回覆讀者，表示將持續追蹤此事。",
    ],
)
def test_an_e_mail_on_a_date_is_no_cable(first: str) -> None:
    """``電郵`` (e-mail) after the date read as ``電`` (cabled): the
    paragraph's opening was the dateline, its place ``社長``, and the body
    opened with ``郵祝賀…``, silently."""
    assert find_dateline(first) is None
    story = _chinese_story(first)
    assert story.dateline is None
    assert story.body[0] == first.replace("，", ",")


@pytest.mark.parametrize(
    ("first", "place", "rest"),
    [
        # Near misses, held: cables, one whose text opens with the post
        # office (郵政), one with the reporter after the cable.
        ("本報台北4日電 市長表示將持續追蹤此事。", "台北", "市長表示將持續追蹤此事。"),
        ("新华社北京4日电邮政储蓄银行表示将增加网点。", "北京", "邮政储蓄银行表示将增加网点。"),
        ("中央社台北4日電（記者王小明）市長表示將追蹤此事。", "台北", "市長表示將追蹤此事。"),
    ],
)
def test_a_cable_is_still_read(first: str, place: str, rest: str) -> None:
    dateline = find_dateline(first)
    assert dateline is not None
    assert dateline.places == (place,)
    story = _chinese_story(first)
    assert story.dateline is not None
    assert story.body[0] == rest


# --- A note dated in capitals is no picture agency's caption ---------------------


_DATED_NOTES = (
    "UPDATE - MARCH 4: The council has now confirmed the date of the second vote.",
    "UPDATE – MARCH 5: The mayor said the reading room would stay open until June.",
)


@pytest.mark.parametrize("note", _DATED_NOTES)
@pytest.mark.parametrize("where", [0, 2, 4])
def test_a_dated_update_is_no_caption(note: str, where: int) -> None:
    """``UPDATE - MARCH 4: …`` (a label, no place and region, before the
    date) was read as a picture agency's caption, out of the body."""
    story = library_story(*LIBRARY_STORY[:where], note, *LIBRARY_STORY[where:])
    assert note in story.body
    assert story.captions == ()
    assert "caption-without-credit" not in _codes(story)


def test_a_picture_agency_caption_keeps_its_region() -> None:
    """Near miss, held: the place and its region before the date."""
    caption = "HARBOURTON, NEW HAVENSHIRE - MARCH 04: Pupils walk past the old library."
    story = library_story(caption, *LIBRARY_STORY)
    assert story.body == LIBRARY_STORY
    assert [c.text for c in story.captions] == [caption]


# --- A place alone opening a lower paragraph, read as the story's dateline -------

_ROUNDUP = (
    "HARBOURTON - The ferry operator said fares would rise in June, the third rise in two years."
)


@pytest.mark.parametrize("where", [1, 2])
def test_a_lower_place_dateline_read_as_the_story_s_is_doubted(where: int) -> None:
    """A story with no dateline and a roundup's next city (``HARBOURTON -``)
    in its second or third paragraph took that city as its dateline, with
    no diagnostic."""
    story = library_story(*LIBRARY_STORY[:where], _ROUNDUP, *LIBRARY_STORY[where:])
    assert story.dateline is not None
    assert story.dateline.raw == "HARBOURTON -"
    assert "possible-story-boundary" in _codes(story)


def test_a_story_s_own_place_dateline_says_nothing() -> None:
    """Near misses, held: the dateline on the story's first paragraph; a
    place alone lower down not read as the story's."""
    story = library_story("HARBOURTON - " + LIBRARY_STORY[0], *LIBRARY_STORY[1:])
    assert story.dateline is not None
    assert story.body == LIBRARY_STORY
    assert _codes(story) == []
    story = library_story(*LIBRARY_STORY[:3], _ROUNDUP, *LIBRARY_STORY[3:])
    assert story.dateline is None
    assert _ROUNDUP in story.body
    assert _codes(story) == []


# --- A story's last section of one short sentence, left out ----------------------


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("What happens next", "The council will vote on the plan again in May."),
        ("What happens next?", "The council will vote on the plan again in May."),
        ("The road ahead", "Residents can comment on the plan until the end of April."),
        # Two short sentences: they may be the story's (the form of a prompt).
        ("Next steps", "The vote is in May. Comments close in April."),
        ("What comes next", "The council votes in May. Residents may comment until then."),
    ],
)
def test_a_short_last_section_left_out_is_said(heading: str, sentence: str) -> None:
    """A subheading over one sentence of a dozen words under the story was
    left out of the body as the page's furniture, silently: the story's last
    section, or another story's teaser (which round 28's
    ``closing-heading-may-be-teaser`` doubts when kept)."""
    story = library_story(*LIBRARY_STORY, heading, sentence)
    assert story.body == LIBRARY_STORY
    assert "closing-sentence-left-out" in _codes(story)


def test_teasers_and_labels_under_the_story_say_nothing() -> None:
    """Near misses, held: a list of teasers (headline, blurb, headline,
    blurb), a label of one word over a sentence, a syndicator's address over
    a rights line, and a label with a colon."""
    for blocks in (
        (
            "Ferry fares rise in June",
            "The operator will raise its fares for the third time in two years.",
            "Harbour wall to be rebuilt",
            "Work on the old harbour wall starts next month, the port said.",
        ),
        ("Related", "The council will vote on the plan again in May."),
        # A syndicator's line over the rights line.
        ("Via Harbourwire.info", "Copyright @ 2025 The Vale Post."),
        ("Read more:", "The council will vote on the plan again in May."),
    ):
        story = library_story(*LIBRARY_STORY, *blocks)
        assert story.body == LIBRARY_STORY
        assert "closing-sentence-left-out" not in _codes(story)


# --- A last section of two sentences, the second opening with a capital of ---
# --- another alphabet's letters --------------------------------------------------

_TWO_SENTENCES = (
    "The council will vote on the plan again in May, the mayor told reporters. Åsa Berg, "
    "who leads the residents' group, said they would keep up the fight."
)


def test_a_last_section_of_two_sentences_is_no_teaser() -> None:
    """``… told reporters. Åsa Berg …``: the capital ``Å`` was not read as
    opening a second sentence, and the story's last section of two
    sentences said ``closing-heading-may-be-teaser`` (a false alarm)."""
    story = library_story(*LIBRARY_STORY, "What happens next", _TWO_SENTENCES)
    assert story.body[:4] == LIBRARY_STORY
    assert story.body[-1] == _TWO_SENTENCES
    assert "closing-heading-may-be-teaser" not in _codes(story)


def test_a_teaser_with_an_accented_word_is_still_doubted() -> None:
    """Near miss, held: one sentence, an accented letter inside it."""
    blurb = "The café by the old harbour will reopen in May under a new owner, officials said."
    story = library_story(*LIBRARY_STORY, "Harbour café to reopen in May", blurb)
    assert story.body[:4] == LIBRARY_STORY
    assert story.body[-1] == blurb
    assert "closing-heading-may-be-teaser" in _codes(story)
