"""The twenty-eighth silent-wrong round: readings the twenty-seventh round
and its review left wrong with no diagnostic. A picture agency's caption
whose credit the page's text dropped (``LONDON, ENGLAND - MARCH 04: …``)
opened the body.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from news_pages import LIBRARY_STORY, library_story, page_story_under_header, story_under_header
from story_checks import codes as _codes
from test_silent27 import _korean_page

import wirestory

# --- A picture agency's caption with its credit dropped --------------------------

_AGENCY_CAPTIONS = (
    "LONDON, ENGLAND - MARCH 04: Pupils walk past the old library on Mill Street on "
    "March 04, 2025 in London, England.",
    "PORT ELLIS, NEW HAVENSHIRE - NOVEMBER 19: A reader returns books to the old "
    "library on November 19, 2025 in Port Ellis.",
    "WASHINGTON, DC – JANUARY 2: Members of the council arrive for the vote.",
    "SÃO PAULO, BRAZIL - MAY 01: Readers queue outside the library on May 01, 2025.",
)


@pytest.mark.parametrize("caption", _AGENCY_CAPTIONS)
def test_a_picture_agency_caption_opening_the_story_is_a_caption(caption: str) -> None:
    """Its credit dropped, the caption of the story's lead photo was taken as
    the story's first paragraph, silently."""
    story = library_story(caption, *LIBRARY_STORY)
    assert story.body == LIBRARY_STORY
    assert [c.text for c in story.captions] == [caption]
    assert "caption-without-credit" in _codes(story)


@pytest.mark.parametrize("caption", _AGENCY_CAPTIONS[:2])
def test_a_picture_agency_caption_between_paragraphs_is_a_caption(caption: str) -> None:
    story = library_story(LIBRARY_STORY[0], caption, *LIBRARY_STORY[1:])
    assert story.body == LIBRARY_STORY
    assert [c.text for c in story.captions] == [caption]


@pytest.mark.parametrize(
    "opening",
    [
        # A dateline's date is in small letters and ends in a dash.
        "LONDON, March 4 - ",
        "LONDON, ENGLAND (Reuters) - ",
        # Capitals stopping before the date: a label's.
        "BREAKING: ",
        # The month and the day in title case: no agency's caption.
        "London, England - March 04: ",
    ],
)
def test_a_paragraph_opening_in_capitals_stays_the_story_s(opening: str) -> None:
    story = library_story(opening + LIBRARY_STORY[0], *LIBRARY_STORY[1:])
    assert story.body[0].endswith(LIBRARY_STORY[0])
    assert story.body[1:] == LIBRARY_STORY[1:]
    assert story.captions == ()


# --- A teaser with its own dateline among the story's paragraphs -----------------

_NEXT_TOWN = (
    "LONDON (Reuters) - The council in the next town also voted to cut bus routes on Monday."
)


def _boundaries(story: wirestory.Story) -> list[int]:
    return [d.line for d in story.diagnostics if d.code == "possible-story-boundary"]


@pytest.mark.parametrize(
    "blocks",
    [
        # Between the story's paragraphs: its dateline was read as the story's.
        (*LIBRARY_STORY[:2], _NEXT_TOWN, *LIBRARY_STORY[2:]),
        # Under the story.
        (*LIBRARY_STORY, _NEXT_TOWN),
        (*LIBRARY_STORY, "HARBOURTON, March 3 - The ferry fares rise by a fifth from June."),
        # Over a story opening with its own dateline.
        (
            "LONDON (Reuters) - Markets in the region fell on Monday as traders weighed "
            "the cost of the new bus and ferry fares on shops in the towns along the coast.",
            "PORT ELLIS (AP) - " + LIBRARY_STORY[0],
            *LIBRARY_STORY[1:],
        ),
    ],
)
def test_a_dated_paragraph_past_the_story_s_first_is_doubted(blocks: tuple[str, ...]) -> None:
    """A teaser of another story opening with its agency's dateline, kept among
    the story's paragraphs, was read as the story's, silently (between them,
    its dateline the story's)."""
    story = library_story(*blocks)
    assert len(_boundaries(story)) == 1


@pytest.mark.parametrize(
    "blocks",
    [
        # The story's own dateline on its first paragraph.
        ("PORT ELLIS (AP) - " + LIBRARY_STORY[0], *LIBRARY_STORY[1:]),
        # A roundup moving to another city: a place alone, not read as the
        # story's dateline (read so from the second or third paragraph, it is
        # doubted since review 28: tests/test_review28.py).
        (
            *LIBRARY_STORY[:3],
            "HARBOURTON - The council there kept its library open.",
            *LIBRARY_STORY[3:],
        ),
        # An organisation in capitals opening a sentence, an agency named in one.
        (
            *LIBRARY_STORY[:2],
            "UNESCO said on Monday the library's books were rare.",
            *LIBRARY_STORY[2:],
        ),
        (*LIBRARY_STORY[:3], "The mayor told Reuters the vote would stand.", LIBRARY_STORY[3]),
    ],
)
def test_a_paragraph_with_no_second_dateline_says_nothing(blocks: tuple[str, ...]) -> None:
    assert _boundaries(library_story(*blocks)) == []


# --- Two writers sharing a family name written once ------------------------------


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("Av Kari og Ola Nordmann", ("Kari Nordmann", "Ola Nordmann")),
        ("Av Kari og Ola Nordmann, NTB", ("Kari Nordmann", "Ola Nordmann")),
        ("By Jane and Tom Roe", ("Jane Roe", "Tom Roe")),
        ("Von Anna und Jan Berg", ("Anna Berg", "Jan Berg")),
        ("By Jane, Tom and Ann Roe", ("Jane Roe", "Tom Roe", "Ann Roe")),
    ],
)
@pytest.mark.parametrize("read", [story_under_header, page_story_under_header])
def test_given_names_joined_before_one_family_name_are_writers(
    header: str, names: tuple[str, ...], read: Callable[[str], wirestory.Story]
) -> None:
    """A couple signing with the family name once gave no byline, the line
    left heading the body, silently."""
    story = read(header)
    assert story.byline is not None
    assert story.byline.names == names
    assert header not in story.body


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("Av Kari Nordmann og Ola Nordmann", ("Kari Nordmann", "Ola Nordmann")),
        ("By Jane Roe and Tom Hale", ("Jane Roe", "Tom Hale")),
        # Given names alone, a phrase: no writer.
        ("Av Kari og Ola", None),
        ("Av Og Til", None),
        ("By And Large", None),
    ],
)
def test_full_names_or_none_keep_their_reading(header: str, names: tuple[str, ...] | None) -> None:
    story = story_under_header(header)
    assert (story.byline.names if story.byline else None) == names


# --- A Taiwanese agency's cable in the traditional characters --------------------

_TAIWAN_STORY = "台北市議會4日表決關閉舊圖書館。\n\n議員說，新館明年春天開放。\n"


@pytest.mark.parametrize(
    ("opening", "places", "agencies", "names"),
    [
        ("中央社台北4日電（記者王小明）", ("台北",), ("Central News Agency",), ("王小明",)),
        (
            "中央社華盛頓3月4日電（記者 王小明、李大同）",
            ("華盛頓",),
            ("Central News Agency",),
            ("王小明", "李大同"),
        ),
        ("本報台北4日電（記者 王小明）", ("台北",), (), ("王小明",)),
    ],
)
def test_a_cable_in_the_traditional_characters_gives_its_dateline_and_writers(
    opening: str,
    places: tuple[str, ...],
    agencies: tuple[str, ...],
    names: tuple[str, ...],
) -> None:
    """``中央社台北4日電（記者…）`` was left heading the body: no dateline, no
    writer, silently."""
    [story] = wirestory.parse(f"市議會表決關閉舊圖書館\n\n{opening}{_TAIWAN_STORY}")
    assert story.dateline is not None
    assert (story.dateline.places, story.dateline.agencies) == (places, agencies)
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body[0] == "台北市議會4日表決關閉舊圖書館。"


@pytest.mark.parametrize(
    ("opening", "places", "names"),
    [
        ("（中央社記者王小明台北4日電）", ("台北",), ("王小明",)),
        ("（中央社記者王小明、李大同高雄3月4日電）", ("高雄",), ("王小明", "李大同")),
    ],
)
def test_the_agency_s_reporter_first_cable_gives_its_dateline_and_writers(
    opening: str, places: tuple[str, ...], names: tuple[str, ...]
) -> None:
    """The agency's own form, the reporters glued before the place in
    parentheses, was left heading the body, silently."""
    [story] = wirestory.parse(f"市議會表決關閉舊圖書館\n\n{opening}{_TAIWAN_STORY}")
    assert story.dateline is not None
    assert (story.dateline.places, story.dateline.agencies) == (places, ("Central News Agency",))
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body[0] == "台北市議會4日表決關閉舊圖書館。"


@pytest.mark.parametrize(
    "opening",
    [
        # "According to the agency's cable", a telephone call: no dateline.
        "（據中央社記者王小明台北4日電）",
        "據中央社台北4日電，",
        "本報記者12日電話採訪了",
        "本報社長12日電話祝賀",
    ],
)
def test_a_sentence_naming_a_cable_or_a_call_gives_no_dateline(opening: str) -> None:
    [story] = wirestory.parse(f"市議會表決關閉舊圖書館\n\n{opening}{_TAIWAN_STORY}")
    assert story.dateline is None


# --- A Korean correspondent's native given name holding 스 or 드 -----------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # "스", "드" (ㅡ with no ending) in a native given name: a foreign
        # sound's as a rule, but a name's too.
        ("이스란 특파원", "이스란"),
        ("김스민 특파원", "김스민"),
        ("박드림 특파원", "박드림"),
    ],
)
def test_a_correspondent_s_given_name_with_s_or_d_is_read_and_doubted(line: str, name: str) -> None:
    """The writer was refused as a city's spelling, silently: no byline and
    no diagnostic."""
    story = _korean_page(line)
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert "byline-korean-name-may-be-post" in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        # A city missing from the posts' table, of a name's shape: read as
        # the writer, with the doubt said (round 27's reading, held).
        "조지타운 특파원",
    ],
)
def test_a_post_missing_from_the_table_is_doubted(line: str) -> None:
    story = _korean_page(line)
    assert story.byline is not None
    assert "byline-korean-name-may-be-post" in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        "모스크바 특파원",
        "마드리드 특파원",
        "이스탄불 특파원",
        "오클랜드 특파원",
        "아디스아바바 특파원",
    ],
)
def test_a_city_with_s_or_d_stays_no_correspondent(line: str) -> None:
    story = _korean_page(line)
    assert story.byline is None or line.split()[0] not in story.byline.names


# --- Another story's teaser, its headline and its blurb, under the story ---------

_TEASER_HEADLINE = "Council to review bus fares in May"


def test_a_heading_and_a_blurb_closing_the_story_are_doubted() -> None:
    """Another story's headline and blurb under the story were its last
    subheading and paragraph, silently."""
    blurb = "The council will review the fares of its bus routes in May, officials said."
    story = library_story(*LIBRARY_STORY, _TEASER_HEADLINE, blurb)
    assert story.body == (*LIBRARY_STORY, _TEASER_HEADLINE, blurb)
    assert "closing-heading-may-be-teaser" in _codes(story)


def test_a_heading_over_a_short_blurb_stays_out() -> None:
    """Near miss, held: under a blurb shorter than a line of prose, the pair
    is left out as the page's furniture."""
    story = library_story(
        *LIBRARY_STORY, _TEASER_HEADLINE, "Ferry fares rise by a fifth from June."
    )
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "tail",
    [
        # A last section of two paragraphs, or of two sentences.
        (_TEASER_HEADLINE, LIBRARY_STORY[2], LIBRARY_STORY[3]),
        (_TEASER_HEADLINE, LIBRARY_STORY[2] + " " + LIBRARY_STORY[3]),
        # A subheading between the story's paragraphs.
        (LIBRARY_STORY[2], _TEASER_HEADLINE, LIBRARY_STORY[3], LIBRARY_STORY[1]),
    ],
)
def test_a_last_section_of_prose_says_nothing(tail: tuple[str, ...]) -> None:
    story = library_story(*LIBRARY_STORY[:2], *tail)
    assert _TEASER_HEADLINE in story.body
    assert "closing-heading-may-be-teaser" not in _codes(story)


# --- A dated teaser over the story sharing one of its words ----------------------


@pytest.mark.parametrize(
    "teaser",
    [
        # A related story's teaser naming the story's council.
        "PORT ELLIS, March 4 - The council sets a new parking charge.",
        "HARBOURTON (AFP) - The council sets a new parking charge.",
        # Round 27's near-misses: a lede sharing one word alone reads the same.
        "CAIRO (Reuters) - A source said the council would meet in May.",
    ],
)
def test_a_dated_block_sharing_one_word_with_the_story_is_doubted(teaser: str) -> None:
    """A teaser of a related story, sharing a word of the story, was kept as
    its first paragraph (and its dateline as the story's), silently."""
    story = library_story(teaser, *LIBRARY_STORY)
    assert story.body[1:] == LIBRARY_STORY
    assert "opening-may-be-teaser" in _codes(story)


def test_a_short_lede_sharing_one_word_is_doubted() -> None:
    """Round 27's near-miss: ``To the coach, wins are not a goal.`` shares
    ``coach`` alone with its story, as a related story's teaser would."""
    story = library_story(
        "LOS ANGELES (AP) — To the coach, wins are not a goal.",
        "The coach has led the club for six seasons and has never once spoken of a "
        "winning streak before a match.",
        "Players said the coach asks them only to pass well, to defend as a team and to "
        "enjoy the game.",
    )
    assert story.body[0] == "To the coach, wins are not a goal."
    assert "opening-may-be-teaser" in _codes(story)
