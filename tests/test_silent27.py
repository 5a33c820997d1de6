"""The twenty-seventh silent-wrong round: readings the twenty-sixth round and
its review made wrong with no diagnostic. A short block with a dated
dateline or an agency right above a story with no dateline of its own was
taken as the story's first paragraph, a teaser of another story
(``PORT ELLIS, March 4 - Read our coverage of the vote.``) as much as a short
lede; and a Korean correspondent whose name is of no common form
(``김빛나리 특파원``, ``도진 특파원``, ``한그루 특파원``) was read as the
city of the post and lost.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story, news_page
from story_checks import codes as _codes
from test_heldout13 import _ARABIC, _KOREAN

import wirestory
from wirestory.bylines import script_byline

# --- A teaser with a dateline over a story with none ----------------------------


@pytest.mark.parametrize(
    "teaser",
    [
        "PORT ELLIS, March 4 - Read our coverage of the vote.",
        "HARBOURTON (AFP) - Watch the ferry leave the quay at dawn.",
        "PORT ELLIS, March 4 - See the full results of the count.",
    ],
)
def test_a_teaser_s_prompt_over_the_story_is_no_first_paragraph(teaser: str) -> None:
    """A teaser opening with a prompt's word (``Read``, ``Watch``, ``See``)
    after a dateline was glued on as the story's first paragraph, silently."""
    story = library_story(teaser, *LIBRARY_STORY)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "teaser",
    [
        "HARBOURTON, March 3 - The ferry fares rise by a fifth from June.",
        "HARBOURTON (AFP) - The ferry fares rise by a fifth from June.",
    ],
)
def test_a_block_sharing_none_of_the_story_s_words_is_doubted(teaser: str) -> None:
    """A short block naming none of the story's words is another story's
    teaser or a lede on a side of the story: kept, as a short lede, and the
    story says so."""
    story = library_story(teaser, *LIBRARY_STORY)
    assert story.body[1:] == LIBRARY_STORY
    assert "opening-may-be-teaser" in _codes(story)


_COACH_STORY = (
    "The coach has led the club for six seasons and has never once spoken of a "
    "winning streak before a match.",
    "Players said the coach asks them only to pass well, to defend as a team and to "
    "enjoy the game.",
    "The club plays its next match at home on Saturday against the league's leaders.",
)


@pytest.mark.parametrize(
    ("first", "rest", "story"),
    [
        # Round 28: two of the story's words at least (a lede sharing one
        # alone, "To the coach, wins are not a goal.", is doubted:
        # tests/test_silent28.py).
        (
            "LOS ANGELES (AP) — To the coach, winning is not a goal.",
            "To the coach, winning is not a goal.",
            _COACH_STORY,
        ),
        (
            "CAIRO (Reuters) - A source said the council would vote on the library in May.",
            "A source said the council would vote on the library in May.",
            LIBRARY_STORY,
        ),
        (
            "PORT ELLIS, March 4 - The council voted after a long debate.",
            "The council voted after a long debate.",
            LIBRARY_STORY,
        ),
    ],
)
def test_a_short_lede_sharing_the_story_s_words_is_kept_undoubted(
    first: str, rest: str, story: tuple[str, ...]
) -> None:
    """Near misses, held: a short lede names the story's words."""
    read = library_story(first, *story)
    assert read.body[0] == rest
    assert read.body[1:] == story
    assert "opening-may-be-teaser" not in _codes(read)


def test_a_short_arabic_lede_is_kept_undoubted() -> None:
    """Near miss, held: ``مصدر (رويترز) - قال مصدر إن …`` (a source), its
    ``المجلس`` the story's ``مجلس`` with the article glued on."""
    # Round 28: two of the story's words (a lede sharing one alone is
    # doubted: tests/test_silent28.py).
    first = "مصدر (رويترز) - قال مصدر إن المجلس سيصوت على إغلاق المكتبة في مايو."
    text = news_page(
        first, *_ARABIC, headline="إغلاق المكتبة القديمة", header="4 مارس 2025",
        site="صوت النهر", year=2025,
    )  # fmt: skip
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    assert story.body == (first, *_ARABIC)
    assert "opening-may-be-teaser" not in _codes(story)


# --- A Korean correspondent's name of no common form ----------------------------


def _korean_page(line: str) -> wirestory.Story:
    text = news_page(
        *_KOREAN,
        headline="강변구 오래된 도서관 폐관 결정",
        header=f"{line}\n2025.03.04",
        site="강변일보",
        year=2025,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # Four syllables after a common family name: a native given name.
        ("김빛나리 특파원", "김빛나리"),
        # Two syllables after a rarer family name.
        ("도진 특파원", "도진"),
        # A native given name's "그" (ㅡ with no ending, a foreign sound's too).
        ("한그루 특파원", "한그루"),
    ],
)
def test_a_correspondent_s_name_of_no_common_form_is_read_and_doubted(line: str, name: str) -> None:
    """The writer was read as the post's city and lost, silently: read, and
    the story says its form does not tell it from a city's."""
    byline = script_byline(line)
    assert byline is not None
    assert byline.names == (name,)
    story = _korean_page(line)
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert "byline-korean-name-may-be-post" in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        "워싱턴 특파원",
        "도쿄 특파원",
        "홍콩 특파원",
        "모스크바 특파원",
        "나이로비 특파원",
        "런던 특파원",
        "파리 특파원",
        "뉴욕 특파원",
        "도하 특파원",
    ],
)
def test_a_post_s_city_stays_no_correspondent(line: str) -> None:
    """Near misses, held: the city of the post (a table of the common ones
    where the form cannot tell: ``나이로비``, ``도하``)."""
    assert script_byline(line) is None
    story = _korean_page(line)
    assert story.byline is None or line.split()[0] not in story.byline.names


@pytest.mark.parametrize("line", ["하노이 특파원", "유럽 특파원", "오타와 특파원"])
def test_a_post_of_a_name_s_form_is_no_correspondent(line: str) -> None:
    """``하노이`` (Hanoi), ``유럽`` (Europe), ``오타와`` (Ottawa) open with a
    common family name's syllable and spell no foreign sound: they were read
    as a writer. The table of posts holds them."""
    assert script_byline(line) is None


@pytest.mark.parametrize("line", ["홍길동 특파원", "도민준 특파원", "남궁민수 특파원"])
def test_a_correspondent_of_a_common_form_is_not_doubted(line: str) -> None:
    """Near misses, held: names of the common forms, with no warning."""
    story = _korean_page(line)
    assert story.byline is not None
    assert story.byline.names == (line.split()[0],)
    assert "byline-korean-name-may-be-post" not in _codes(story)
