"""Forms of the fourteenth held-out round: the datelines and bylines of
agencies writing in their own script, which open a story's first paragraph
with no capitals nor dash to tell them by. Korean agencies bracket the place
and their name and follow with the writer (``[서울=뉴시스] 홍길동 기자 =``,
``(서울=연합뉴스) 홍길동 기자 =``); Chinese ones run the agency, the place and
the day into "cabled" (``新华社北京3月4日电（记者 张伟 李娜）``); Japanese ones put
the place and the agency in lenticular brackets (``【ワシントン共同】``) and
sign off glued to the last full stop (``… 語った。（共同）``); Arabic
services print the place before their name in parentheses (``القاهرة
(رويترز) -``). A Korean caption's credit names the agency in its own
script (``사진=연합뉴스``); Russian pages label the writer ``Текст:``. With
the near misses that read like them and must stay as they are.

Read right already, and left so: Russian ``МОСКВА, 4 марта. /ТАСС/.``
datelines (tests/test_page_heldout6.py has Kyiv's).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from news_pages import news_page

import wirestory
from wirestory.datelines import dateline_byline, find_dateline
from wirestory.trailers import glued_sign_off

# --- Korean: [place=agency] writer 기자 = ---------------------------------------

_KOREAN = (
    "강변구의회는 4일 오래된 도서관을 폐관하는 안건을 표결에 부쳐 찬성 다수로 통과시켰다고 밝혔다.",
    "의원들은 건물이 수년간 안전하지 않았으며 새 분관이 봄에 역 근처에 문을 열 것이라고 설명했다.",
    "구청장은 책들이 새 분관으로 옮겨질 것이며 그때까지 구청 안에 열람실이 운영될 것이라고 말했다.",
)


def _korean_page(first: str) -> str:
    return news_page(
        first + _KOREAN[0],
        *_KOREAN[1:],
        headline="강변구 오래된 도서관 폐관 결정",
        header="입력 2025.03.04 10:15",
        site="강변일보",
        year=2025,
    )


@pytest.mark.parametrize(
    ("opening", "agency", "written"),
    [
        ("[서울=뉴시스] 홍길동 기자 = ", "Newsis", "뉴시스"),
        ("(서울=연합뉴스) 홍길동 기자 = ", "Yonhap", "연합뉴스"),
    ],
)
def test_a_korean_agency_s_dateline_gives_place_agency_and_writer(
    opening: str, agency: str, written: str
) -> None:
    """``[서울=뉴시스] 홍길동 기자 = …``: the place and the agency in brackets,
    the writer and his title, ``=``; the first paragraph starts after it (it
    was all the body's)."""
    story = wirestory.parse_story(_korean_page(opening))
    assert story.dateline is not None
    assert story.dateline.raw == opening.rstrip()
    assert story.dateline.places == ("서울",)
    assert story.dateline.agencies == (agency,)
    assert story.byline is not None
    assert story.byline.names == ("홍길동",)
    assert story.byline.organization == written
    assert story.body == _KOREAN


def test_two_korean_writers_joined_by_a_middle_dot() -> None:
    """``홍길동·김영희 기자 =``: two writers, one title."""
    line = find_dateline("(세종=연합뉴스) 홍길동·김영희 기자 = " + _KOREAN[0])
    assert line is not None
    byline = dateline_byline(line)
    assert byline is not None
    assert byline.names == ("홍길동", "김영희")


@pytest.mark.parametrize(
    ("opening", "place", "agency", "names"),
    [
        # A correspondent abroad ("특파원") of the agency.
        ("(워싱턴=연합뉴스) 홍길동 특파원 = ", "워싱턴", "Yonhap", ("홍길동",)),
        # An agency whose name holds a digit; two writers after a comma.
        ("(서울=뉴스1) 홍길동, 김영희 기자 = ", "서울", "News1", ("홍길동", "김영희")),
    ],
)
def test_more_korean_datelines(
    opening: str, place: str, agency: str, names: tuple[str, ...]
) -> None:
    """The same form with a correspondent's title and with two writers."""
    line = find_dateline(opening + _KOREAN[0])
    assert line is not None
    assert (line.places, line.agencies, line.length) == ((place,), (agency,), len(opening))
    byline = dateline_byline(line)
    assert byline is not None
    assert byline.names == names


def test_a_korean_dateline_in_wire_copy() -> None:
    """The same form opening wire copy's first paragraph (no page around it)."""
    story = wirestory.parse_story("(부산=연합뉴스) 홍길동 기자 = " + "\n\n".join(_KOREAN) + "\n")
    assert story.dateline is not None
    assert story.dateline.places == ("부산",)
    assert story.byline is not None
    assert story.byline.names == ("홍길동",)
    assert story.body == _KOREAN


@pytest.mark.parametrize(
    "opening",
    [
        # A photo's credit in brackets: "사진" (photo) is no place.
        "[사진=연합뉴스] ",
        # A newspaper's own name no table knows: no agency vouches.
        "[서울=강변일보] 홍길동 기자 = ",
        # Brackets that do not pair.
        "[서울=뉴시스) 홍길동 기자 = ",
        # A tag in brackets with no "=": "[단독]" (exclusive).
        "[단독] ",
    ],
)
def test_korean_brackets_that_are_no_dateline(opening: str) -> None:
    """Near misses: no dateline is read, the paragraph stays as it is."""
    assert find_dateline(opening + _KOREAN[0]) is None
    assert find_dateline(opening + _KOREAN[0], page=True) is None


def test_a_korean_sentence_with_a_reporter_in_it_stays_prose() -> None:
    """Near miss: ``기자`` (reporter) as a word of a sentence is no byline."""
    prose = "홍길동 기자는 4일 구의회 회의를 취재하며 주민들의 의견을 들었다고 밝혔다."
    story = wirestory.parse_story(_korean_page(prose + " "))
    assert story.dateline is None
    assert story.byline is None


@pytest.mark.parametrize(
    ("line", "caption", "agency"),
    [
        ("강변구 도서관 전경. 사진=연합뉴스", "강변구 도서관 전경.", "Yonhap"),
        ("강변구 도서관 전경 [사진=뉴시스]", "강변구 도서관 전경", "Newsis"),
    ],
)
def test_a_korean_caption_s_credit_names_the_agency(line: str, caption: str, agency: str) -> None:
    """``… 전경. 사진=연합뉴스`` between two paragraphs: a caption whose credit
    ("photo=") names the agency in its own script (it was a body paragraph)."""
    page = news_page(
        _KOREAN[0],
        line,
        *_KOREAN[1:],
        headline="강변구 오래된 도서관 폐관 결정",
        header="입력 2025.03.04 10:15",
        site="강변일보",
        year=2025,
    )
    story = wirestory.parse_story(page)
    assert [(c.text, c.agency) for c in story.captions] == [(caption, agency)]
    assert story.body == _KOREAN


def test_a_korean_caption_with_its_credit_after_a_slash_takes_no_paragraph() -> None:
    """Near miss: ``강변구 도서관 전경 /사진=뉴시스`` (a caption, then its own
    credit after a slash) is no credit alone for the line above: the
    paragraph above stays the story's (read so once the agency was known,
    it was taken for the photo's caption)."""
    page = news_page(
        _KOREAN[0],
        "강변구 도서관 전경 /사진=뉴시스",
        *_KOREAN[1:],
        headline="강변구 오래된 도서관 폐관 결정",
        header="입력 2025.03.04 10:15",
        site="강변일보",
        year=2025,
    )
    story = wirestory.parse_story(page)
    assert [p for p in story.body if p in _KOREAN] == list(_KOREAN)
    assert not any(c.text in _KOREAN for c in story.captions)


# --- Chinese: agency, place, day, 电, (记者 …) ------------------------------------

_CHINESE = (
    "河东区议会4日投票决定关闭位于磨坊街的旧图书馆，此前议员们就屋顶维修费用进行了长时间辩论。",
    "议员们表示，这座建筑多年来一直不安全，车站附近的新分馆将于春季开放。",
    "区长说，图书将搬到新分馆，在此之前区政府大楼内将开放一间阅览室。",
)


def _chinese_page(first: str) -> str:
    return news_page(
        first + _CHINESE[0],
        *_CHINESE[1:],
        headline="河东区决定关闭旧图书馆",
        header="2025-03-04 10:15",
        site="河东日报",
        year=2025,
    )


@pytest.mark.parametrize(
    ("opening", "agency", "names"),
    [
        ("新华社南京3月4日电（记者 张伟 李娜）", "Xinhua", ("张伟", "李娜")),
        ("中新网南京3月4日电 (记者 张伟) ", "China News Service", ("张伟",)),
        ("新华社南京3月4日电（记者张伟、李娜）", "Xinhua", ("张伟", "李娜")),
    ],
)
def test_a_chinese_agency_s_dateline_gives_agency_place_day_and_writers(
    opening: str, agency: str, names: tuple[str, ...]
) -> None:
    """``新华社南京3月4日电（记者 张伟 李娜）…``: the agency, the place, the
    day, "cabled", the writers after "reporter"; the body starts after it."""
    story = wirestory.parse_story(_chinese_page(opening))
    assert story.dateline is not None
    assert story.dateline.places == ("南京",)
    assert story.dateline.agencies == (agency,)
    assert story.dateline.date_text == "3月4日"
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body[0].startswith("河东区议会")


def test_a_chinese_dateline_s_day_resolves() -> None:
    """``3月4日`` is the fourth of March, resolved against the feed's date."""
    line = find_dateline("新华社南京3月4日电 " + _CHINESE[0], reference=datetime.date(2025, 3, 5))
    assert line is not None
    assert line.date == datetime.date(2025, 3, 4)
    assert dateline_byline(line) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        # "According to Xinhua's cable": a sentence citing the agency.
        "据新华社南京3月4日电，" + _CHINESE[0],
        # A newspaper's own "this paper" no table knows.
        "河东日报南京3月4日电 " + _CHINESE[0],
        # "电力" (electric power) after a date, no agency.
        "全市3月4日电力供应恢复正常，" + _CHINESE[0],
        # A reporter's name in brackets alone, no dateline before it.
        "（记者 张伟）" + _CHINESE[0],
    ],
)
def test_chinese_openings_that_are_no_dateline(paragraph: str) -> None:
    """Near misses: no dateline."""
    assert find_dateline(paragraph) is None
    assert find_dateline(paragraph, page=True) is None


def test_a_chinese_caption_with_its_credit_glued_on_takes_no_paragraph() -> None:
    """Near miss: ``河东区旧图书馆外景。图/新华社`` (a caption's sentence, its
    full stop, the credit glued on) is no credit alone for the line above:
    the paragraph above stays the story's (once Xinhua's Chinese name was
    known, the line read as a credit line and took the paragraph above for
    its caption)."""
    page = news_page(
        _CHINESE[0],
        "河东区旧图书馆外景。图/新华社",
        *_CHINESE[1:],
        headline="河东区决定关闭旧图书馆",
        header="2025-03-04 10:15",
        site="河东日报",
        year=2025,
    )
    story = wirestory.parse_story(page)
    assert [p[:3] for p in story.body if not p.startswith("河东区旧")] == [p[:3] for p in _CHINESE]
    assert not any(c.text.startswith("河东区议会") for c in story.captions)
    # The caption's line is the body's or a caption's, never a caption's
    # segment with no caption in the story's fields.
    assert any("外景" in p for p in story.body) or any("外景" in c.text for c in story.captions)


def test_a_chinese_editor_under_the_story_is_no_byline() -> None:
    """Near miss: ``责任编辑：张伟`` (the editor in charge) under the story names
    no writer: no byline, and it stays out of the body."""
    page = news_page(
        *_CHINESE,
        "责任编辑：张伟",
        headline="河东区决定关闭旧图书馆",
        header="2025-03-04 10:15",
        site="河东日报",
        year=2025,
    )
    story = wirestory.parse_story(page)
    assert story.byline is None
    # The body as normalised (full-width commas read as commas): three
    # paragraphs, the editor's line in none.
    assert len(story.body) == len(_CHINESE)
    assert not any("责任编辑" in p for p in story.body)


# --- Japanese: 【place agency】 ----------------------------------------------------

_JAPANESE = (
    "河東市議会は４日、老朽化した図書館を閉鎖する案を賛成多数で可決した。",
    "議員らは建物が長年安全ではなかったと説明し、新しい分館が春に駅の近くに開館すると述べた。",
    "市長は本が新しい分館に移され、それまで市役所に閲覧室が設けられると語った。",
)


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [("【ワシントン共同】", "ワシントン", "Kyodo"), ("【北京時事】", "北京", "Jiji Press")],
)
def test_a_japanese_agency_s_dateline_gives_place_and_agency(
    opening: str, place: str, agency: str
) -> None:
    """``【ワシントン共同】…``: the place and the agency in lenticular
    brackets open the first paragraph."""
    story = wirestory.parse_story(_japanese_page(opening + _JAPANESE[0], *_JAPANESE[1:]))
    assert story.dateline is not None
    assert story.dateline.raw == opening
    assert story.dateline.places == (place,)
    assert story.dateline.agencies == (agency,)
    assert story.body[0].startswith("河東市議会")


def _japanese_page(*blocks: str) -> str:
    return news_page(
        *blocks,
        headline="河東市、古い図書館を閉鎖へ",
        header="2025年3月4日 10時15分",
        site="河東新聞",
        year=2025,
    )


def test_a_japanese_page_s_last_paragraph_signed_off_stays_the_story_s() -> None:
    """``… 語った。（共同）``: the agency's sign-off glued to the last
    sentence's full stop, no space between (the paragraph, no longer ending
    in its full stop, was furniture under the story, lost from the body)."""
    story = wirestory.parse_story(_japanese_page(*_JAPANESE[:2], _JAPANESE[2] + "（共同）"))
    assert len(story.body) == len(_JAPANESE)
    assert story.body[2].startswith("市長は")
    assert "共同" not in story.body[2]


def test_a_japanese_sign_off_is_cut_in_wire_copy() -> None:
    """The same sign-off closing wire copy is a trailer, not the body's."""
    text = "\n\n".join([*_JAPANESE[:2], _JAPANESE[2] + "（共同）"]) + "\n"
    story = wirestory.parse_story("河東市、古い図書館を閉鎖へ\n\n" + text)
    assert story.body[-1].endswith("語った。")


def test_a_japanese_bracket_after_words_is_no_sign_off() -> None:
    """Near miss: a bracket glued to a word, no full stop before it (``…
    図書館（河東市）``), is the sentence's: no sign-off."""
    assert glued_sign_off("市長は新しい分館の開館を祝う式典に出席した図書館（河東市）") is None


@pytest.mark.parametrize(
    "opening",
    # A section's tag in the same brackets ("【速報】", breaking), and a
    # place beside a word no agency's ("共同体", community).
    ["【速報】", "【地域共同体】"],
)
def test_japanese_brackets_that_are_no_dateline(opening: str) -> None:
    """Near misses: no dateline."""
    assert find_dateline(opening + _JAPANESE[0]) is None


# --- Arabic: place (agency) - ---------------------------------------------------

_ARABIC = (
    "صوت مجلس بلدية مدينة النهر يوم الثلاثاء على إغلاق المكتبة القديمة في شارع الطاحونة "
    "بعد نقاش طويل حول تكلفة إصلاح السقف.",
    "وقال الأعضاء إن المبنى لم يكن آمنا منذ سنوات وإن فرعا جديدا سيفتح قرب المحطة في "
    "الربيع المقبل.",
    "وأضاف رئيس البلدية أن الكتب ستنقل إلى الفرع الجديد وأن قاعة للقراءة ستبقى مفتوحة في "
    "مبنى البلدية.",
)


def test_an_arabic_service_s_dateline_gives_place_and_agency() -> None:
    """``الإسكندرية (رويترز) - …``: the place in Arabic, which has no
    capitals, before the agency's Arabic name in parentheses and a dash."""
    page = news_page(
        "الإسكندرية (رويترز) - " + _ARABIC[0],
        *_ARABIC[1:],
        headline="إغلاق المكتبة القديمة في مدينة النهر",
        header="4 مارس 2025",
        site="أخبار النهر",
        year=2025,
    )
    story = wirestory.parse_story(page)
    assert story.dateline is not None
    assert story.dateline.places == ("الإسكندرية",)
    assert story.dateline.agencies == ("Reuters",)
    assert story.body == _ARABIC


@pytest.mark.parametrize(
    "paragraph",
    [
        # Words in parentheses that name no agency.
        "قال الوزير (مساء الثلاثاء) - في بيان - إن المكتبة ستغلق.",
        # The agency in parentheses inside a sentence, no dash after it.
        "ذكرت وكالة (رويترز) أن المكتبة ستغلق قريبا.",
    ],
)
def test_arabic_parentheses_that_are_no_dateline(paragraph: str) -> None:
    """Near misses: no dateline."""
    assert find_dateline(paragraph) is None
    assert find_dateline(paragraph, page=True) is None


# --- Russian ---------------------------------------------------------------------

_RUSSIAN = (
    "Городской совет Заречья во вторник проголосовал за закрытие старой библиотеки на "
    "Мельничной улице после долгого спора о стоимости ремонта крыши.",
    "Депутаты заявили, что здание несколько лет было небезопасным, а новый филиал откроется "
    "весной рядом с вокзалом.",
    "Мэр сообщил, что книги перевезут в новый филиал, а до тех пор в здании мэрии будет "
    "работать читальный зал.",
)


def _russian_page(header: str) -> str:
    return news_page(
        *_RUSSIAN,
        headline="В Заречье закроют старую библиотеку",
        header=header,
        site="Заречные вести",
        year=2025,
    )


def test_a_russian_text_label_names_the_writer() -> None:
    """``Текст: Иван Петров`` under the headline ("text:"): the writer, as
    ``Автор:`` and Spanish ``Texto:`` (no byline)."""
    story = wirestory.parse_story(_russian_page("Текст: Иван Петров\n4 марта 2025"))
    assert story.byline is not None
    assert story.byline.names == ("Иван Петров",)
    assert story.body == _RUSSIAN


def test_a_russian_text_label_over_an_agency_names_no_writer() -> None:
    """Near miss: ``Текст: ТАСС`` names the agency, no writer."""
    story = wirestory.parse_story(_russian_page("Текст: ТАСС\n4 марта 2025"))
    assert story.byline is None or not story.byline.names
    assert story.body == _RUSSIAN


def test_a_tass_dateline_from_moscow_is_read() -> None:
    """``МОСКВА, 4 марта. /ТАСС/.``: read already (the seventh round's form)."""
    line = find_dateline("МОСКВА, 4 марта. /ТАСС/. Городской совет закрыл библиотеку.")
    assert line is not None
    assert line.places == ("МОСКВА",)
    assert line.agencies == ("TASS",)


# --- Lossless and a prefix, whatever the text ----------------------------------

# The characters of the four forms, their brackets, separators and names.
_FORM_ALPHABET = (
    "[]()【】（）=＝ ·,、-\n3４月日电记者新华社中新网北京南京张伟李娜"
    "서울뉴시스연합홍길동김영희기자특파원사진"
    "ワシントン共同時事القاهرة رويترز"
)


_FORMS = (
    "[서울=뉴시스] 홍길동 기자 = ",
    "(서울=연합뉴스) 홍길동·김영희 기자 = ",
    "新华社北京3月4日电（记者 张伟 李娜）",
    "【ワシントン共同】",
    "القاهرة (رويترز) - ",
)


@st.composite
def _near_forms(draw: st.DrawFn) -> str:
    """One of the forms with a stretch of it replaced by noise of the forms'
    characters, and text after it."""
    form = draw(st.sampled_from(_FORMS))
    start = draw(st.integers(0, len(form)))
    end = draw(st.integers(start, len(form)))
    noise = draw(st.text(alphabet=_FORM_ALPHABET, max_size=8))
    tail = draw(st.text(alphabet=_FORM_ALPHABET, max_size=30))
    return form[:start] + noise + form[end:] + tail


@given(_near_forms())
def test_own_script_datelines_are_a_prefix_and_lose_nothing(text: str) -> None:
    """Any text near the forms: a dateline read is the paragraph's opening
    as written, and the story's segments rebuild the text."""
    line = find_dateline(text)
    if line is not None:
        assert text[: line.length].rstrip() == line.raw
    page = f"A Headline\n\n{text}\n"
    story = wirestory.parse_story(page)
    assert "".join(page[s.start : s.end] for s in story.segments) == page
