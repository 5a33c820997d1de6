"""The twenty-sixth silent-wrong round: readings the last rounds left wrong
with no diagnostic. A page story's first paragraph shorter than a line of
prose and opening with an agency (``CAIRO (Reuters) - A source said …``,
``مصدر (رويترز) - قال مصدر …``) stood outside the story's stretch and was
lost as furniture; a Korean correspondent named by the city of the post
(``워싱턴 특파원``) was read as a writer of that name, and one with the city
before ``=`` (``워싱턴=홍길동 특파원``) gave no byline; a line under the
headline opening with a byline opener and that language's conjunction
(``Av Og Til``, Norwegian: now and then; ``By And Large``) was a byline;
a Chinese paper's own opening (``本报讯（记者 张伟）``, ``本报北京12月4日电（…）``)
gave no byline and no dateline; and a capitalised word after the byline's
comma (``By Jane Roe, New``) was its organisation with no doubt.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import (
    LIBRARY_STORY,
    library_story,
    news_page,
    page_story_under_header,
    wire_story_under_header,
)
from test_heldout13 import _ARABIC, _CHINESE, _KOREAN

import wirestory
from wirestory.bylines import find_byline, find_page_byline, script_byline
from wirestory.datelines import find_dateline


def _page_story(text: str) -> wirestory.Story:
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


# --- A short first paragraph opening with an agency is kept -------------------


def _arabic_story(first: str) -> wirestory.Story:
    return _page_story(
        news_page(
            first,
            *_ARABIC,
            headline="مجلس مدينة النهر يغلق المكتبة القديمة",
            header="4 مارس 2025",
            site="بوابة النهر",
            year=2025,
        )
    )


@pytest.mark.parametrize(
    "first",
    [
        # Who told the agency where the place stands (a source, an
        # official): no dateline, the whole paragraph is the story's.
        "مصدر (رويترز) - قال مصدر إن المجلس سيجتمع مرة أخرى في مايو.",
        "مسؤول (رويترز) - قال مسؤول إن الفرع الجديد سيفتح قريبا.",
    ],
)
def test_a_short_arabic_paragraph_opening_with_an_agency_is_kept(first: str) -> None:
    """A first paragraph of one short sentence after ``(رويترز) -`` was left
    out as furniture between the header and the story, silently."""
    story = _arabic_story(first)
    assert story.body == (first, *_ARABIC)
    assert story.dateline is None


def test_a_short_arabic_paragraph_under_a_dateline_is_kept() -> None:
    """``القاهرة (رويترز) - …`` (Cairo): the dateline read, its sentence the
    story's first paragraph."""
    sentence = "قال مصدر إن المجلس سيجتمع مرة أخرى في مايو."
    story = _arabic_story(f"القاهرة (رويترز) - {sentence}")
    assert story.dateline is not None
    assert story.dateline.places == ("القاهرة",)
    assert story.dateline.agencies == ("Reuters",)
    assert story.body == (sentence, *_ARABIC)


@pytest.mark.parametrize(
    ("first", "places", "rest"),
    [
        (
            "PORT ELLIS (Reuters) - A source said the council would meet in May.",
            ("PORT ELLIS",),
            "A source said the council would meet in May.",
        ),
        (
            "Harbourton (AFP) - The vote was put off to next week.",
            ("Harbourton",),
            "The vote was put off to next week.",
        ),
        (
            "SOURCE (Reuters) - A source said the council would meet in May.",
            (),
            "SOURCE (Reuters) - A source said the council would meet in May.",
        ),
    ],
)
def test_a_short_latin_paragraph_opening_with_an_agency_is_kept(
    first: str, places: tuple[str, ...], rest: str
) -> None:
    """The same shape in Latin letters: kept, its dateline read when it has
    one."""
    story = library_story(first, *LIBRARY_STORY)
    assert story.body == (rest, *LIBRARY_STORY)
    assert (story.dateline.places if story.dateline else ()) == places


@pytest.mark.parametrize(
    "line",
    [
        # A photo's caption with the agency's credit, no dash; a header's
        # line with a dash and no sentence (held before too).
        "Pupils leave the old library on Mill Street (Reuters)",
        "Mill Street (Reuters) - Photos",
    ],
)
def test_a_short_line_with_an_agency_and_no_wire_opening_stays_out(line: str) -> None:
    """Near misses: no agency, dash and sentence, no paragraph."""
    story = library_story(line, *LIBRARY_STORY)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    ("first", "raw", "rest"),
    [
        (
            "PORT ELLIS, March 4 - A source said the council would meet in May.",
            "PORT ELLIS, March 4 -",
            "A source said the council would meet in May.",
        ),
        (
            "HARBOURTON, Norway - The ferry will sail again on Monday.",
            "HARBOURTON, Norway -",
            "The ferry will sail again on Monday.",
        ),
    ],
)
def test_a_short_paragraph_under_a_dated_dateline_is_kept(first: str, raw: str, rest: str) -> None:
    """A dateline holding more than a place (a date, a region) before a short
    sentence: the story's first paragraph (it was lost as furniture)."""
    story = library_story(first, *LIBRARY_STORY)
    assert story.dateline is not None
    assert story.dateline.raw == raw
    assert story.body == (rest, *LIBRARY_STORY)


@pytest.mark.parametrize(
    "line",
    [
        "A source said the council would meet in May.",
        "PORT ELLIS - A source said the council would meet in May.",
        "Pupils leave the old library on Mill Street.",
    ],
)
def test_a_short_sentence_left_out_over_the_story_is_doubted(line: str) -> None:
    """One short sentence between the header's date line and the story: a
    first paragraph shorter than prose (or a photo's caption with no credit)
    was left out with no diagnostic; it still is, and the story says so."""
    story = library_story(line, *LIBRARY_STORY)
    assert story.body == LIBRARY_STORY
    assert "sentence-over-story-left-out" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize("line", ["Updated 10:30 a.m.", "Share this article", "5 min read"])
def test_a_header_line_over_the_story_is_not_doubted(line: str) -> None:
    """Near misses, held before: a time, a button, a reading time."""
    story = library_story(line, *LIBRARY_STORY)
    assert "sentence-over-story-left-out" not in [d.code for d in story.diagnostics]


# --- A Korean correspondent's city is no writer ------------------------------


@pytest.mark.parametrize(
    "line", ["워싱턴 특파원", "베를린 특파원", "모스크바 특파원", "도쿄 특파원"]
)
def test_a_korean_correspondent_s_city_is_no_writer(line: str) -> None:
    """``워싱턴 특파원`` (the Washington correspondent): the city was read as
    the writer's name."""
    assert script_byline(line) is None
    story = _page_story(
        news_page(
            *_KOREAN,
            headline="강변구 오래된 도서관 폐관 결정",
            header=f"{line}\n2025.03.04",
            site="강변일보",
            year=2025,
        )
    )
    assert story.byline is None or line.split()[0] not in story.byline.names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("워싱턴=홍길동 특파원", ("홍길동",)),
        ("베이징=김철수·이영희 특파원", ("김철수", "이영희")),
        ("런던=홍길동 특파원 hong@example.com", ("홍길동",)),
    ],
)
def test_a_korean_correspondent_after_the_city_is_read(line: str, names: tuple[str, ...]) -> None:
    """``워싱턴=홍길동 특파원``: the city, ``=``, the correspondent's name (no
    byline was read)."""
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Held before: a reporter, a correspondent by name, two of them, a
        # name with a family name of two syllables.
        ("홍길동 기자", ("홍길동",)),
        ("홍길동 특파원", ("홍길동",)),
        ("김철수·이영희 특파원", ("김철수", "이영희")),
        ("남궁민수 특파원", ("남궁민수",)),
    ],
)
def test_a_korean_writer_by_name_stays_a_writer(line: str, names: tuple[str, ...]) -> None:
    byline = script_byline(line)
    assert byline is not None
    assert byline.names == names


# A paragraph telling of a meeting held in Hanoi ("하노이에서", in Hanoi).
_IN_HANOI = "하노이에서 열린 회의에서 강변구 대표단은 도서관 폐관 계획을 설명했다고 밝혔다."


@pytest.mark.parametrize(("line", "names"), [("하노이 특파원", ()), ("홍길동 특파원", ("홍길동",))])
def test_a_correspondent_s_city_the_story_places_is_no_writer(
    line: str, names: tuple[str, ...]
) -> None:
    """``하노이 특파원``: the city opens with a family name's syllable (``하``),
    read as a name; the story writes ``하노이에서`` (in Hanoi), and no person
    takes ``에서``: no writer (since round 27 the table of posts holds
    ``하노이``: no byline, as ``워싱턴 특파원``). A correspondent by name keeps
    the name."""
    story = _page_story(
        news_page(
            _IN_HANOI,
            *_KOREAN,
            headline="강변구 오래된 도서관 폐관 결정",
            header=f"{line}\n2025.03.04",
            site="강변일보",
            year=2025,
        )
    )
    assert (story.byline.names if story.byline is not None else ()) == names


def test_a_korean_photo_credit_with_an_equals_sign_is_no_byline() -> None:
    """``사진=홍길동 기자`` (photo: …) is a credit, no correspondent's city."""
    assert script_byline("사진=홍길동 기자") is None


# --- A byline opener and its language's conjunction ---------------------------


@pytest.mark.parametrize(
    "line",
    ["Av Og Til", "By And Large", "Von Und Zu", "Par Et Pour", "Door En Voor", "Di E Da"],
)
def test_an_opener_and_a_conjunction_are_no_byline(line: str) -> None:
    """``Av Og Til`` under a headline: ``Av`` (by) and the writer ``Og Til``;
    ``og`` is "and": no name opens with it."""
    assert find_page_byline(line) is None
    assert page_story_under_header(line).byline is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Av Kari Nordmann", ("Kari Nordmann",)),
        ("Von Anna Schmidt und Jan Roth", ("Anna Schmidt", "Jan Roth")),
        ("By Jane Roe and John Doe", ("Jane Roe", "John Doe")),
    ],
)
def test_a_byline_with_a_conjunction_between_names_stays(line: str, names: tuple[str, ...]) -> None:
    """Near misses, held before: the conjunction between two names."""
    byline = find_byline(line)
    assert byline is not None
    assert byline.names == names
    assert page_story_under_header(line).byline is not None


# --- A Chinese paper's own opening --------------------------------------------


def _chinese_story(opening: str) -> wirestory.Story:
    return _page_story(
        news_page(
            opening + _CHINESE[0],
            *_CHINESE[1:],
            headline="河滨区老图书馆将关闭",
            header="2025年3月4日",
            site="河滨日报",
            year=2025,
        )
    )


@pytest.mark.parametrize(
    ("opening", "names", "places"),
    [
        ("本报讯（记者 王小明）", ("王小明",), ()),
        ("本报讯 （记者 王小明 通讯员 陈静）", ("王小明", "陈静"), ()),
        ("本报讯（河滨晚报全媒体记者 王小明）", ("王小明",), ()),
        ("本报北京12月4日电（记者 王小明 陈静）", ("王小明", "陈静"), ("北京",)),
        # The day alone: "this paper's cable from Hefei on the 4th".
        ("本报合肥4日电（记者 王小明）", ("王小明",), ("合肥",)),
    ],
)
def test_a_chinese_paper_s_own_opening_gives_writers_and_place(
    opening: str, names: tuple[str, ...], places: tuple[str, ...]
) -> None:
    """``本报讯（记者 …）`` (this paper's news) and ``本报北京12月4日电（记者 …）``
    (this paper's cable from Beijing): read as the dateline and its writers,
    the paragraph from its first sentence; no agency."""
    story = _chinese_story(opening)
    assert story.byline is not None
    assert story.byline.names == names
    assert story.byline.organization is None
    assert story.dateline is not None
    assert story.dateline.places == places
    assert story.dateline.agencies == ()
    assert story.body[0] == _CHINESE[0].replace("，", ",")


def test_an_agency_s_cable_still_names_its_agency() -> None:
    """Held before: ``新华社北京3月4日电（记者 …）`` names Xinhua."""
    story = _chinese_story("新华社北京3月4日电（记者 王小明）")
    assert story.byline is not None
    assert story.byline.names == ("王小明",)
    assert story.dateline is not None
    assert story.dateline.agencies == ("Xinhua",)


def test_an_agency_s_cable_with_the_day_alone_is_read() -> None:
    """``新华社北京4日电（记者 …）``: the day with no month (the month the story
    is filed in) was no dateline's date, so nothing was read; the date stays
    unresolved, as the month is unknown."""
    story = _chinese_story("新华社北京4日电（记者 王小明）")
    assert story.byline is not None
    assert story.byline.names == ("王小明",)
    assert story.dateline is not None
    assert story.dateline.agencies == ("Xinhua",)
    assert story.dateline.date_text == "4日"
    assert story.dateline.date is None


def test_a_cable_told_by_another_paper_is_no_dateline() -> None:
    """Held before: ``据本报…电`` (according to …) opens a sentence."""
    assert find_dateline("据本报北京3月4日电，河滨区议会4日投票。", page=True) is None


# --- A one-word organisation the story writes as a word ----------------------


@pytest.mark.parametrize("header", ["By Jane Roe, New", "By Jane Roe, Town"])
def test_a_word_read_as_the_byline_s_organisation_is_doubted(header: str) -> None:
    """``By Jane Roe, New`` over a story writing "the new branch": ``New`` was
    the organisation, silently; wire and page say so now."""
    for story in (wire_story_under_header(header), page_story_under_header(header)):
        assert story.byline is not None
        assert "byline-organization-may-be-word" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "header", ["By Jane Roe, Reuters", "By Jane Roe, Bloomberg", "By Jane Roe, Staff"]
)
def test_an_outlet_or_a_title_after_the_comma_is_not_doubted(header: str) -> None:
    """Near misses, held before: an agency, an outlet's name, a title."""
    for story in (wire_story_under_header(header), page_story_under_header(header)):
        assert "byline-organization-may-be-word" not in [d.code for d in story.diagnostics]
