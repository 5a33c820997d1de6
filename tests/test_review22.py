"""Second review of the fourteenth held-out round and the twenty-third silent
round: near-misses of their new rules that read wrong with no diagnostic, and
an older loss of the held-out round. Each test failed on the code before but
where it says it held already (the near-misses that must not change). Every
line here is invented, in the shape of real page and wire text."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, story_under_header
from news_pages import library_story as _page
from story_checks import codes as _codes
from test_heldout13 import _KOREAN, _korean_page
from test_silent23 import _JAPANESE, _japanese_page

import wirestory
from wirestory.captions import is_credit_line

_P1, _P2, _P3, _P4 = LIBRARY_STORY


# --- 1. "Sir" and "Dame" open places' names too --------------------------------


@pytest.mark.parametrize("layout", ["wire", "page"])
@pytest.mark.parametrize(
    "line", ["By Jane Roe, Sir Lowry Pass, Nov 19", "By Jane Roe, Dame Street, Nov 19"]
)
def test_a_place_opening_with_sir_or_dame_is_flagged(line: str, layout: str) -> None:
    """``Sir Lowry Pass``, ``Dame Street``: a place whose name opens with a
    knight's title reads as a second, titled writer; the story says so."""
    story = story_under_header(line, layout)
    assert story.byline is not None
    assert "byline-titled-name-may-be-place" in _codes(story)


@pytest.mark.parametrize("title", ["Dr", "Prof", "Rev."])
def test_a_title_that_opens_no_place_is_not_flagged(title: str) -> None:
    """Near miss: ``Dr``, ``Prof``, ``Rev.`` open no place's name: a second
    writer, no diagnostic (held already)."""
    story = story_under_header(f"By Jane Roe, {title} Tom Hale, Nov 19", "wire")
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe", f"{title} Tom Hale")
    assert "byline-titled-name-may-be-place" not in _codes(story)


# --- 2. A caption with a bare /AGENCY at its end --------------------------------


@pytest.mark.parametrize(
    "line", ["Pupils at the old library /AFP", "Pupils outside the old library / Reuters"]
)
def test_a_caption_ending_in_an_agency_is_no_credit_of_the_paragraph_above(line: str) -> None:
    """Words of a description, then ``/AFP``: the photo's own caption and its
    credit, not the credit of the paragraph above (which became a caption)."""
    assert not is_credit_line(line)
    story = _page(_P1, _P2, line, _P3, _P4)
    assert story.body == LIBRARY_STORY
    [caption] = story.captions
    assert caption.text.startswith("Pupils")
    assert caption.credit is not None


@pytest.mark.parametrize(
    "line", ["Jane Roe/AFP", "Courtesy of the Harbour Board/AFP", "Jane Roe for the Vale Times/AFP"]
)
def test_a_name_before_an_agency_stays_a_credit_line(line: str) -> None:
    """Near miss: a name (with a credit's small links) before the agency is
    a credit line (held already)."""
    assert is_credit_line(line)


# --- 3. A Korean agency's photo caption inside the story -------------------------

_NEWSIS_CAPTION = "[서울=뉴시스] 강변구 옛 도서관 전경. 2025.03.04. photo@newsis.com"


def test_a_korean_agency_caption_is_no_dateline() -> None:
    """``[서울=뉴시스] … 2025.03.04. photo@…``: the agency's photo caption
    between the paragraphs opens like its dateline; a dotted date and an
    address mark a caption, no dateline (the caption's opening was cut off
    and read as the story's dateline)."""
    story = wirestory.parse_story(_korean_page(_KOREAN[0], _NEWSIS_CAPTION, *_KOREAN[1:]))
    assert story.dateline is None


def test_a_korean_agency_dateline_stays() -> None:
    """Near miss: the agency's first paragraph opening with its dateline and
    writer (held already)."""
    first = f"[서울=뉴시스] 홍길동 기자 = {_KOREAN[0]}"
    story = wirestory.parse_story(_korean_page(first, *_KOREAN[1:]))
    assert story.dateline is not None
    assert story.dateline.raw.startswith("[서울=뉴시스]")
    assert story.byline is not None
    assert story.byline.names == ("홍길동",)


# --- 4. A CJK notice under the story is no closing sentence ----------------------


@pytest.mark.parametrize(
    "notice",
    [
        "版权所有，未经许可不得转载。",
        "本网站所有内容均受版权保护。",
        "記事・写真の無断転載を禁じます。",
        "ご意見・ご感想はこちらからお寄せください。",
    ],
)
def test_a_cjk_notice_under_the_story_stays_out(notice: str) -> None:
    """A copyright notice or a prompt ending in ``。`` under the story is the
    page's: it was read as the story's closing sentence."""
    story = wirestory.parse_story(_japanese_page(*_JAPANESE, notice))
    assert story.body == _JAPANESE
