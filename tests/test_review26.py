"""The review of the fifteenth held-out round (pages in scripts without
capitals): the near misses its rules read wrong, silently. A Chinese byline's
roles between and after the names (``记者 张伟 通讯员 李娜``: correspondent;
``… 报道``: reports) were read as writers' names, as was the photo's half of
``文/图 张伟``; a reporter's title or desk before ``기자`` or ``記者``
(``사진 기자``, photo reporter; ``정치부 기자``, the politics desk's;
``女性記者``, a woman reporter), and a correspondent, an editor or a head by
title after ``بقلم``, ``מאת``, ``लेखक:`` (``بقلم مراسلنا في القاهرة``, by our
correspondent in Cairo) were names too. A Hindi paragraph closing on "said"
with the danda glued on (``… महापौर ने कहा। (भाषा)``) reported no speech, so
it became a photo's caption between the story's paragraphs; and a story's
last sentence in Korean or Hindi telling what happens (``… 열린다.``, ``…
शुरू होगा।``) was doubted as a notice.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from test_heldout13 import _HINDI, _KOREAN, _korean_page, _script_page

import wirestory
from wirestory.bylines import find_page_byline

# --- Bylines: roles, titles and desks are no names -----------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Reporter …, correspondent … (Chinese); this paper's reporter …,
        # intern …; reporter … reports.
        ("记者 王小明 通讯员 陈静", ("王小明", "陈静")),
        ("本报记者 王小明 实习生 陈静", ("王小明", "陈静")),
        ("记者 王小明 报道", ("王小明",)),
        # Text and photo by one writer; a photographer after the writer.
        ("文/图 王小明", ("王小明",)),
        ("记者 王小明 摄影 陈静", ("王小明",)),
        # Text: this paper's reporter …; Xinhua's reporter ….
        ("文/本报记者 王小明", ("王小明",)),
        ("作者：新华社记者 王小明 陈静", ("王小明", "陈静")),
    ],
)
def test_a_chinese_byline_s_roles_are_no_names(line: str, names: tuple[str, ...]) -> None:
    """The roles a Chinese byline prints between its names (``通讯员``,
    ``实习生``), the ``报道`` closing it and a photographer's part are no
    writers (they were read as names, silently)."""
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize(
    "line",
    [
        # Photo reporter, video reporter; the politics desk's reporter
        # (Korean).
        "사진 기자",
        "영상 기자",
        "정치부 기자",
        # A woman reporter; the reporter covering the economy; this paper's
        # reporter; the prime minister's beat reporter; a local reporter
        # (Japanese).
        "女性記者",
        "経済担当記者",
        "本紙記者",
        "首相番記者",
        "地元記者",
        # By our correspondent in Cairo; the local desk's editor (Arabic).
        "بقلم مراسلنا في القاهرة",
        "كتب: محرر الشؤون المحلية",
        # By the mayor, by the finance minister (Arabic).
        "بقلم رئيس البلدية",
        "بقلم وزير المالية",
        # By our correspondent in the city; by the mayor (Hebrew).
        "מאת כתבנו בנהריים",
        "מאת ראש העיר",
        # Writer: our correspondent (Hindi).
        "लेखक: हमारे संवाददाता",
    ],
)
def test_a_title_or_a_desk_is_no_writer_s_name(line: str) -> None:
    """A reporter's title, a desk, a correspondent or an office in a byline's
    place names no writer (each was read as one name, silently)."""
    assert find_page_byline(line) is None


def test_the_writers_of_such_bylines_are_still_read() -> None:
    """Near miss: the names themselves still sign."""
    for line, names in [
        ("김민수 기자", ("김민수",)),
        ("田中一郎記者", ("田中一郎",)),
        ("بقلم سمير خليل", ("سمير خليل",)),
        ("מאת רונית כהן", ("רונית כהן",)),
        ("记者 王小明", ("王小明",)),
    ]:
        byline = find_page_byline(line)
        assert byline is not None
        assert byline.names == names
    # The last case fails before the review: the role was a name.
    byline = find_page_byline("记者 王小明 通讯员 陈静")
    assert byline is not None
    assert "通讯员" not in byline.names


# --- Hindi: "said" with the danda glued on -------------------------------------

_SAID_AT_THE_END = "नई शाखा का निर्माण अगले महीने शुरू होगा और इसका खर्च नगर परिषद उठाएगी, महापौर ने कहा।"


def test_a_hindi_paragraph_closing_on_said_stays_a_paragraph() -> None:
    """``…, महापौर ने कहा। (भाषा)`` between the story's paragraphs: "कहा"
    (said) carries the danda, and still reports speech, so the paragraph
    is the story's, no photo's caption with a credit (it was, silently)."""
    page = _script_page("hindi", _HINDI[0], _SAID_AT_THE_END + " (भाषा)", *_HINDI[1:])
    story = wirestory.parse_story(page)
    assert _SAID_AT_THE_END in " ".join(story.body)
    assert not story.captions


# --- A story's last sentence that tells ----------------------------------------


@pytest.mark.parametrize(
    ("script", "closing"),
    [
        # The residents' meeting is held next week (Korean, plain style).
        ("korean", "주민 설명회는 다음 주에 열린다."),
        # Work will start in May (Hindi: a future's ending).
        ("hindi", "काम मई में शुरू होगा।"),
        # Work will start in May, he said (Hindi: said with the danda).
        ("hindi", "काम मई में शुरू होगा, उन्होंने कहा।"),
    ],
)
def test_a_closing_sentence_that_tells_is_not_doubted(script: str, closing: str) -> None:
    """A story's last sentence closing on a verb's telling ending (Korean's
    plain "…다", a Hindi future or auxiliary) or on "said" is the story's:
    no ``closing-sentence-may-be-notice`` (every such story was doubted)."""
    if script == "korean":
        story = wirestory.parse_story(_korean_page(*_KOREAN, closing))
        paragraphs = _KOREAN
    else:
        story = wirestory.parse_story(_script_page(script, *_HINDI, closing))
        paragraphs = _HINDI
    assert story.body == (*paragraphs, closing)
    assert "closing-sentence-may-be-notice" not in _codes(story)
    # Near miss: a credit of contributors in the same tense (Rahul Sharma
    # contributed to this report) is doubted still.
    credit = "इस रिपोर्ट में राहुल शर्मा का योगदान है।"
    credited = wirestory.parse_story(_script_page("hindi", *_HINDI, credit))
    assert credit in credited.body
    assert "closing-sentence-may-be-notice" in _codes(credited)


def test_a_polite_korean_notice_under_the_story_is_still_doubted() -> None:
    """Near miss: a site's polite sentence under the story (``…
    감사합니다.``, thank you for reading) is doubted as before, while the
    plain declarative close beside it, in another story, is no longer."""
    notice = "기사를 읽어 주셔서 감사합니다."
    story = wirestory.parse_story(_korean_page(*_KOREAN, notice))
    assert story.body[-1] == notice
    assert "closing-sentence-may-be-notice" in _codes(story)
    plain = wirestory.parse_story(_korean_page(*_KOREAN, "주민 설명회는 다음 주에 열린다."))
    assert "closing-sentence-may-be-notice" not in _codes(plain)


@pytest.mark.parametrize(
    "line",
    [
        # A daily's reporter and its desk's address; the online desk's
        # reporter (Korean).
        "강변일보 기자 news@example.co.kr",
        "온라인 기자 web@example.co.kr",
    ],
)
def test_a_paper_s_address_under_the_story_is_no_byline(line: str) -> None:
    """Under the story, ``강변일보 기자 news@…`` (the paper's name, "reporter"
    and the desk's address) names no writer: the paper's name was read as
    the reporter's, with ``byline-after-story``. ``김민수 기자 kim@…`` still
    signs the story."""
    story = wirestory.parse_story(_korean_page(*_KOREAN, line))
    assert story.byline is None
    signed = wirestory.parse_story(_korean_page(*_KOREAN, "김민수 기자 kim@example.co.kr"))
    assert signed.byline is not None
    assert signed.byline.names == ("김민수",)
