"""Forms of the fifteenth held-out round: what pages in scripts without
capitals still read wrong, silently, and the bylines they print. A rights
line or a site's prompt of one sentence under the story (``جميع الحقوق
محفوظة …``, ``כל הזכויות שמורות …``, ``सभी अधिकार सुरक्षित।``) was taken into
the body, as was a Japanese copyright notice of two sentences; a Hindi
paragraph between paragraphs signed off by PTI's Hindi service (``… खुलेगी।
(भाषा)``) became a photo's caption; ``مصدر (رويترز) -`` ("a source
(Reuters) -") gave "a source" as the dateline's place. Bylines in Arabic
(``بقلم``, ``كتب:``), Hebrew (``מאת``), Hindi (``लेखक:``), Chinese (``记者``,
``作者：``), Japanese (``…記者``) and Korean (``김철수 기자``) were unread.
With the near misses that read like them and must stay as they are.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import news_page
from story_checks import codes as _codes
from test_heldout13 import (
    _ARABIC,
    _CHINESE,
    _HINDI,
    _JAPANESE,
    _KOREAN,
    _RUSSIAN,
    _SCRIPTS,
    _korean_page,
    _prompt_page,
    _script_page,
)

import wirestory
from wirestory.bylines import find_page_byline
from wirestory.datelines import find_dateline

# --- A rights line or a prompt of one sentence under the story -----------------


@pytest.mark.parametrize(
    ("script", "notice"),
    [
        # All rights reserved to the site (Arabic, Hebrew).
        ("arabic", "جميع الحقوق محفوظة لموقع مدينة النهر."),
        ("hebrew", "כל הזכויות שמורות לאתר נהריים."),
        # Join our channel (Hebrew); for the latest news follow us (Hindi).
        ("hebrew", "הצטרפו לערוץ הטלגרם שלנו."),
        ("hindi", "ताज़ा खबरों के लिए हमें फेसबुक पर फॉलो करें।"),
    ],
)
def test_a_notice_of_one_sentence_under_the_story_stays_out(script: str, notice: str) -> None:
    """A site's rights line or prompt under the story, one sentence with its
    full stop: no capital tells it from the story's last sentence, so its
    words do (it was the body's last paragraph, silently)."""
    paragraphs = _SCRIPTS[script][0]
    story = wirestory.parse_story(_script_page(script, *paragraphs, notice))
    assert story.body == paragraphs


def test_a_sentence_opening_like_a_prompt_stays() -> None:
    """Near miss: the story's sentence opening "for the latest news" (``ताज़ा
    खबरों के लिए लोग …``: people rely on …) names no "us": no prompt."""
    sentence = "ताज़ा खबरों के लिए लोग अब मोबाइल फोन पर निर्भर हैं, सर्वे में कहा गया।"
    story = wirestory.parse_story(_script_page("hindi", _HINDI[0], sentence, *_HINDI[1:]))
    assert sentence in story.body


@pytest.mark.parametrize(
    ("script", "closing"),
    [
        # Contributed to the coverage: two names (Arabic, Hindi's "input").
        ("arabic", "ساهم في التغطية أحمد سالم وسمير خليل."),
        ("hindi", "इनपुट: राहुल शर्मा और सीमा वर्मा।"),
        # A short last sentence of the story reads the same.
        ("arabic", "وسيبدأ العمل في شهر مايو المقبل."),
        ("hebrew", "העבודות יתחילו בחודש מאי הקרוב."),
    ],
)
def test_a_closing_sentence_without_capitals_is_kept_and_doubted(script: str, closing: str) -> None:
    """A short sentence under the story, words no table knows, in a script
    without capitals: it closes the story, as before, but a list of names or
    a prompt reads the same, so the story says so."""
    paragraphs = _SCRIPTS[script][0]
    story = wirestory.parse_story(_script_page(script, *paragraphs, closing))
    assert story.body == (*paragraphs, closing)
    assert "closing-sentence-may-be-notice" in _codes(story)


def test_a_korean_closing_sentence_is_kept() -> None:
    """The same in Hangul, a script without capitals: ``다음 회의는 5월에
    열린다.`` (the next meeting is in May) closes the story. Its plain
    declarative ending ("…다") tells it from a site's polite notice (the
    review of this round: it was doubted, as every story's last sentence)."""
    closing = "다음 회의는 5월에 열린다."
    story = wirestory.parse_story(_korean_page(*_KOREAN[:3], closing))
    assert story.body == (*_KOREAN[:3], closing)
    assert "closing-sentence-may-be-notice" not in _codes(story)


def test_a_korean_closing_sentence_reporting_speech_is_not_doubted() -> None:
    """Near miss: ``… 말했다.`` (… said) closes the story, reporting speech."""
    closing = "구청장은 다시 논의하겠다고 말했다."
    story = wirestory.parse_story(_korean_page(*_KOREAN[:3], closing))
    assert story.body == (*_KOREAN[:3], closing)
    assert "closing-sentence-may-be-notice" not in _codes(story)


def test_a_closing_sentence_reporting_speech_is_not_doubted() -> None:
    """Near miss: a short last sentence reporting speech (``وقال …``, and he
    said) is the story's; nothing to say."""
    closing = "وقال المسؤول إن العمل سيبدأ في مايو."
    story = wirestory.parse_story(_script_page("arabic", *_ARABIC, closing))
    assert story.body == (*_ARABIC, closing)
    assert "closing-sentence-may-be-notice" not in _codes(story)


def test_a_latin_closing_sentence_is_not_doubted() -> None:
    """Near miss: a short closing sentence in Latin letters is judged by its
    capitals as before, and not doubted."""
    page = news_page(
        "The town council voted on Tuesday to close the old library on Mill Street "
        "after a long debate.",
        "Members said the building had been unsafe for years and that a new branch "
        "would open near the station.",
        "Work on the branch starts in May.",
        headline="Council votes to close old library",
        header="By Orla Keane\nMarch 4, 2025",
        site="The Vale Post",
        year=2025,
    )
    story = wirestory.parse_story(page)
    assert story.body[-1] == "Work on the branch starts in May."
    assert "closing-sentence-may-be-notice" not in _codes(story)


# --- A Japanese copyright notice of two sentences ------------------------------


def _japanese_page(*blocks: str, header: str = "2025-03-04") -> str:
    return news_page(
        *blocks,
        headline="川辺市の図書館閉館へ　市議会が可決",
        header=header,
        site="川辺",
        year=2025,
    )


def test_a_japanese_copyright_notice_of_two_sentences_stays_out() -> None:
    """``無断転載を禁じます。記事の著作権は…に帰属します。`` (no reprint
    without leave; the copyright is the paper's) under the story: the
    site's notice, no paragraph (it was the story's last, silently)."""
    notice = "無断転載を禁じます。記事の著作権は川辺新聞社に帰属します。"
    story = wirestory.parse_story(_japanese_page(*_JAPANESE, notice))
    assert story.body == tuple(map(wirestory.normalize, _JAPANESE))


def test_a_japanese_sentence_about_copyright_stays() -> None:
    """Near miss: the story's own sentence about a copyright dispute, opening
    with the word (``無断転載をめぐり …``), stays its paragraph."""
    sentence = "無断転載をめぐり、市は地元の出版社と協議を続けていると説明した。"
    story = wirestory.parse_story(_japanese_page(*_JAPANESE[:2], sentence, _JAPANESE[2]))
    assert wirestory.normalize(sentence) in story.body


# --- PTI's Hindi service signs a paragraph in the middle of the story -----------


def test_a_hindi_paragraph_signed_off_between_paragraphs_stays_the_story_s() -> None:
    """``सदस्यों ने कहा कि … खुलेगी। (भाषा)`` between two paragraphs: a
    paragraph reporting speech (``कहा``, said) with the agency's sign-off
    glued on is the story's, no photo's caption credited PTI (it was one,
    silently)."""
    signed = _HINDI[1] + " (भाषा)"
    story = wirestory.parse_story(_script_page("hindi", _HINDI[0], signed, _HINDI[2]))
    assert story.body == (_HINDI[0], signed, _HINDI[2])
    assert story.captions == ()


def test_an_arabic_paragraph_signed_off_between_paragraphs_stays_the_story_s() -> None:
    """``وقال الأعضاء … (رويترز)`` (and the members said …) between two
    paragraphs: the same in Arabic."""
    signed = _ARABIC[1] + " (رويترز)"
    story = wirestory.parse_story(_script_page("arabic", _ARABIC[0], signed, _ARABIC[2]))
    assert story.body == (_ARABIC[0], signed, _ARABIC[2])
    assert story.captions == ()


def test_a_hindi_caption_signed_off_stays_a_caption() -> None:
    """Near miss: a line describing a photo, no speech in it, with the same
    credit between paragraphs stays the photo's caption."""
    caption = "मंगलवार को मिल रोड पर पुराने पुस्तकालय के बाहर खड़े लोग। (भाषा)"
    story = wirestory.parse_story(_script_page("hindi", _HINDI[0], caption, *_HINDI[1:]))
    assert story.body == _HINDI
    assert [c.credit for c in story.captions] == ["भाषा"]
    assert "caption-may-be-paragraph" not in _codes(story)


@pytest.mark.parametrize(
    ("script", "block"),
    [
        # Two sentences, no capital after the danda.
        ("hindi", "परिषद ने मंगलवार को पुस्तकालय बंद करने का फैसला किया। बहस कई घंटे चली। (भाषा)"),
        # One sentence that narrates: "थी" (was).
        ("hindi", "इमारत कई वर्षों से असुरक्षित थी। (भाषा)"),
        # "كان" (was).
        ("arabic", "كان المبنى غير آمن منذ سنوات. (رويترز)"),
    ],
)
def test_a_signed_block_that_narrates_without_capitals_is_doubted(script: str, block: str) -> None:
    """A block between paragraphs, reporting no speech, ending in an agency
    in brackets, that narrates or holds two sentences: read as a photo's
    caption, it may be a paragraph the agency signs, as in Latin letters
    (``… was closed … (AFP)``; it was a caption, silently)."""
    paragraphs = _SCRIPTS[script][0]
    story = wirestory.parse_story(_script_page(script, paragraphs[0], block, paragraphs[2]))
    assert "caption-may-be-paragraph" in _codes(story)


# --- "A source (Reuters) -" is no place ---------------------------------------


@pytest.mark.parametrize("subject", ["مصدر", "مسؤول", "مصادر مطلعة", "شهود"])
def test_an_arabic_subject_before_the_agency_is_no_place(subject: str) -> None:
    """``مصدر (رويترز) -`` (a source), ``مسؤول`` (an official), ``شهود``
    (witnesses): who told the agency, no place (it was the dateline's)."""
    assert find_dateline(f"{subject} (رويترز) - " + _ARABIC[0]) is None


def test_an_arabic_place_before_the_agency_is_still_the_dateline() -> None:
    """Near miss: a place before the agency stays the dateline's."""
    line = find_dateline("القاهرة (رويترز) - " + _ARABIC[0])
    assert line is not None
    assert line.places == ("القاهرة",)


# --- Bylines in scripts without capitals ---------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("بقلم أحمد سالم", ("أحمد سالم",)),
        ("بقلم: أحمد سالم", ("أحمد سالم",)),
        ("كتب: أحمد سالم وسمير خليل", ("أحمد سالم", "سمير خليل")),
        ("كتبت: منى خليل", ("منى خليل",)),
        ("מאת דני לוי", ("דני לוי",)),
        ("מאת: דני לוי ורונית כהן", ("דני לוי", "רונית כהן")),
        ("लेखक: राहुल शर्मा", ("राहुल शर्मा",)),
        ("लेखक: राहुल शर्मा और सीमा वर्मा", ("राहुल शर्मा", "सीमा वर्मा")),
        ("记者 张伟", ("张伟",)),
        ("记者：张伟 李娜", ("张伟", "李娜")),
        ("记者 张伟、李娜", ("张伟", "李娜")),
        ("كتب: أحمد سالم، سمير خليل", ("أحمد سالم", "سمير خليل")),
        ("本报记者 张伟", ("张伟",)),
        ("作者：张伟", ("张伟",)),
        ("文/张伟", ("张伟",)),
        ("山田太郎記者", ("山田太郎",)),
        ("김철수 기자", ("김철수",)),
        ("김철수·이영희 기자", ("김철수", "이영희")),
        ("김철수 기자 kim@gangbyeon.co.kr", ("김철수",)),
    ],
)
def test_a_byline_in_a_script_without_capitals_names_the_writers(
    line: str, names: tuple[str, ...]
) -> None:
    """The label and the names (by the pen of, wrote, by, writer, reporter,
    author, text) or the name and the title (reporter): the writers (the
    line gave no byline)."""
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize(
    "line",
    [
        # "He wrote" opening a sentence, no colon.
        "كتب الوزير في رسالته إلى المجلس أن العمل سيبدأ في مايو.",
        # A title of one word, no name: "by the editor", "by the newsroom".
        "بقلم المحرر",
        "מאת המערכת",
        # A desk of two words: "by the editorial board", "by the news
        # agencies", "writer: news desk".
        "بقلم هيئة التحرير",
        "מאת סוכנויות הידיעות",
        "लेखक: न्यूज़ डेस्क",
        # The label run on into a word: "reporters are on the scene".
        "记者们在现场",
        # A press conference (記者会見) in a sentence.
        "記者会見で山田太郎氏は述べた。",
        # The politics desk's reporter: a desk, no name; an agency's reporter.
        "政治部記者",
        "共同通信記者",
        # A sentence with the title in it.
        "김철수 기자는 4일 현장을 찾았다.",
        # Four writers or more: no byline's list.
        "记者 张伟 李娜 王芳 赵强",
    ],
)
def test_lines_like_a_byline_without_capitals_name_no_writer(line: str) -> None:
    """Near misses: sentences, titles and desks with the labels' words."""
    assert find_page_byline(line) is None


@pytest.mark.parametrize(
    ("script", "header", "names"),
    [
        ("arabic", "بقلم: أحمد سالم\n04.03.2025", ("أحمد سالم",)),
        ("hebrew", "מאת דני לוי\n04.03.2025", ("דני לוי",)),
        ("hindi", "लेखक: राहुल शर्मा\n4 मार्च 2025", ("राहुल शर्मा",)),
    ],
)
def test_a_page_s_byline_without_capitals_is_read(
    script: str, header: str, names: tuple[str, ...]
) -> None:
    """The byline under the headline of such a page gives the story's
    writers; the story is whole."""
    paragraphs, _, _, headline = _SCRIPTS[script]
    story = wirestory.parse_story(
        news_page(*paragraphs, headline=headline, header=header, site="Ποταμιά", year=2025)
    )
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body == paragraphs


def test_a_chinese_page_s_reporter_is_read() -> None:
    """``记者 张伟`` under a Chinese page's headline."""
    page = news_page(
        *_CHINESE,
        headline="河滨区决定关闭老图书馆",
        header="记者 张伟\n2025-03-04",
        site="河滨",
        year=2025,
    )
    story = wirestory.parse_story(page)
    assert story.byline is not None
    assert story.byline.names == ("张伟",)


def test_a_japanese_page_s_reporter_is_read() -> None:
    """``山田太郎記者`` under a Japanese page's headline."""
    story = wirestory.parse_story(_japanese_page(*_JAPANESE, header="山田太郎記者\n2025年3月4日"))
    assert story.byline is not None
    assert story.byline.names == ("山田太郎",)


def test_a_korean_header_reporter_is_the_byline_over_an_agency_s_dateline() -> None:
    """``김철수 기자`` under a Korean page's headline is the story's writer;
    the agency's dateline under it keeps its place (the dateline's writer
    was the byline, the header's name unread)."""
    page = news_page(
        "(서울=연합뉴스) 홍길동 기자 = " + _KOREAN[0],
        *_KOREAN[1:],
        headline="강변구 오래된 도서관 폐관 결정",
        header="김철수 기자\n입력 2025.03.04 10:15",
        site="강변일보",
        year=2025,
    )
    story = wirestory.parse_story(page)
    assert story.byline is not None
    assert story.byline.names == ("김철수",)
    assert story.dateline is not None
    assert story.dateline.places == ("서울",)


# --- Labels of a box of links, alone between paragraphs ------------------------


def _page_of(script: str, *blocks: str) -> str:
    if script in ("korean", "chinese", "japanese"):
        headline = {
            "korean": "강변구 오래된 도서관 폐관 결정",
            "chinese": "河滨区决定关闭老图书馆",
            "japanese": "川辺市の図書館閉館へ　市議会が可決",
        }[script]
        return news_page(*blocks, headline=headline, header="2025-03-04", site="河滨", year=2025)
    if script == "russian":
        return _prompt_page("russian", *blocks)
    return _script_page(script, *blocks)


_STORIES = {"korean": _KOREAN, "chinese": _CHINESE, "japanese": _JAPANESE, "russian": _RUSSIAN}


@pytest.mark.parametrize(
    ("script", "label"),
    [
        ("arabic", "اقرأ المزيد"),
        ("arabic", "أخبار ذات صلة"),
        ("arabic", "شاهد أيضا"),
        ("hebrew", "קראו עוד"),
        ("hebrew", "כתבות נוספות"),
        ("hindi", "और पढ़ें"),
        ("hindi", "संबंधित खबरें"),
        ("persian", "مطالب مرتبط"),
        ("greek", "Σχετικά άρθρα"),
        ("russian", "Смотрите также"),
        ("russian", "По теме"),
        ("korean", "관련 기사"),
        ("korean", "추천기사"),
        ("korean", "이 기사를 공유합니다"),
        ("chinese", "延伸阅读"),
        ("chinese", "推荐阅读"),
        ("japanese", "あわせて読みたい"),
        ("japanese", "続きを読む"),
    ],
)
def test_a_label_alone_between_paragraphs_stays_out(script: str, label: str) -> None:
    """A box's label or a prompt alone on its line between a story's
    paragraphs (read more, related news, watch also, see also, on the
    subject, recommended, further reading, share this story): furniture, the
    paragraphs around it the story's (it was a paragraph of the body)."""
    paragraphs = _STORIES.get(script) or _SCRIPTS[script][0]
    story = wirestory.parse_story(_page_of(script, paragraphs[0], label, *paragraphs[1:]))
    assert story.body == tuple(map(wirestory.normalize, paragraphs))


def test_a_paragraph_opening_with_a_label_s_words_stays() -> None:
    """Near miss: a paragraph opening with the label's words and running on
    (``اقرأ المزيد عن …``, read more about …) is no label."""
    sentence = (
        "اقرأ المزيد عن خطط البلدية في التقرير السنوي الذي نشره المجلس يوم الاثنين على موقعه."
    )
    story = wirestory.parse_story(_script_page("arabic", _ARABIC[0], sentence, *_ARABIC[1:]))
    assert sentence in story.body


def test_a_korean_reporter_s_line_under_the_story_is_the_byline() -> None:
    """``홍길동 기자 hong@…`` (name, reporter, address) right under a Korean
    story whose header names no one: its byline, read from below (unread)."""
    page = news_page(
        *_KOREAN,
        "홍길동 기자 hong@gangbyeon.co.kr",
        headline="강변구 오래된 도서관 폐관 결정",
        header="입력 2025.03.04 10:15",
        site="강변일보",
        year=2025,
    )
    story = wirestory.parse_story(page)
    assert story.byline is not None
    assert story.byline.names == ("홍길동",)
    assert story.body == _KOREAN
    assert "byline-after-story" in _codes(story)
