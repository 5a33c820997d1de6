"""alarms66: false alarms the last session left, each probed with invented
text first. Each false alarm's probe asserts the code is absent on the right
reading; each twin asserts it still fires on the form the rule was made for.

- ``short-page-by-furniture`` on every short page with no title line: its
  quieting on a page by two marks (a menu over the byline, a phrase under
  the story) was reverted by review66b (it silenced a lost signature and a
  lost second story): the tests below pin that it is said.
- ``body-of-short-lines`` on a Thai story with a date line under its
  headline and no byline, its blocks set apart: the lede restates the
  headline (two words of it, apart; review66b: one run no more, a tag's
  title opening its first teaser), which a section's listing under its title
  does not. A listing under a dated title, and a story with no
  date whose headline was the title's, are still said.
- ``closing-heading-may-be-teaser`` on a refrain: its quieting (the heading
  printed higher too) was reverted by review66b (a teaser's headline shown
  above as a related link was kept silently): said on a refrain again.

Every page and line here is invented.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from story_checks import one_story as _one
from test_review65_silent import _M1, _M2, _M3, _story

# --- 1. short-page-by-furniture on a page with both marks -------------------------

_QUAY_STORY = (
    "The harbour board voted on Tuesday to rebuild the old fish quay, which has been "
    "closed to boats since a storm cracked its wall two winters ago.\n\n"
    "Work will start in the spring and should take eighteen months, the board said, "
    "at a cost of about four million pounds.\n\n"
    "Fishermen who moved their boats to the next bay said they would come back as soon "
    "as the quay reopened.\n\n"
)


@pytest.mark.parametrize(
    ("menu", "byline", "footer"),
    [
        ("Kellsmouth Echo\nHome\nNews\nSport\n", "By Jane Roe\nMarch 4, 2025", "Share\n"),
        ("Kellsmouth Echo\nNews\nBusiness\nOpinion\n", "By Jane Roe", "Most read\nContact us\n"),
        ("News\nSport\nWeather\n", "March 4, 2025", "Advertisement\n"),
        (
            "Der Hafenbote\nStartseite\nLokales\nSport\n",
            "Von Lea Hoffmann\n04.03.2025",
            "Impressum\nDatenschutz\n",
        ),
    ],
)
def test_a_short_page_with_menu_and_furniture_says_its_choice(
    menu: str, byline: str, footer: str
) -> None:
    # alarms66 quieted short-page-by-furniture here; review66b reverted it:
    # the same two marks stand over a letter whose signature is dropped.
    story = _one(
        f"{menu}Harbour board votes to rebuild old fish quay\n{byline}\n\n{_QUAY_STORY}{footer}"
    )
    assert story.headline == "Harbour board votes to rebuild old fish quay"
    assert len(story.body) == 3
    assert story.body[0].startswith("The harbour board voted")
    assert "short-page-by-furniture" in _codes(story)


@pytest.mark.parametrize(
    "text",
    [
        # Furniture alone: a headline first, no menu over it, three phrases.
        "Harbour board votes to rebuild old fish quay\nBy Jane Roe\nMarch 4, 2025\n"
        "Share\nFacebook\n\n" + _QUAY_STORY + "Related Stories\n",
        # A menu over the byline alone: no phrase under the story.
        "Kellsmouth Echo\nNews\nSport\nWeather\n"
        "Harbour board votes to rebuild old fish quay\nBy Jane Roe\n\n" + _QUAY_STORY,
        # The only phrase is the menu's own item (``Home``), over the story.
        "Kellsmouth Echo\nHome\nNews\nSport\n"
        "Harbour board votes to rebuild old fish quay\nBy Jane Roe\n\n" + _QUAY_STORY,
    ],
)
def test_a_short_page_chosen_by_one_mark_still_says_so(text: str) -> None:
    story = _one(text)
    assert story.headline == "Harbour board votes to rebuild old fish quay"
    assert story.body[0].startswith("The harbour board voted")
    assert "short-page-by-furniture" in _codes(story)


# --- 2. body-of-short-lines on a dated Thai story with no byline ------------------

_THAI_MENU = "ข่าวริมโขง\nหน้าแรก\nท้องถิ่น\nบันเทิง\n\n"
_THAI_FOOT = "\n\nติดต่อเรา\nนโยบายความเป็นส่วนตัว\n"
# Fishermen on the river caught fewer giant catfish for a third year.
_THAI_HEADLINE = "ชาวประมงริมแม่น้ำจับปลาบึกได้น้อยลงเป็นปีที่สามติดต่อกัน"
_THAI_STORY = (
    # The fishermen of the district say they caught only four catfish this year.
    "ชาวประมงในอำเภอริมน้ำรายงานว่าปีนี้จับปลาบึกได้เพียงสี่ตัว ลดลงจากสิบตัวเมื่อสามปีก่อน",
    "ผู้ใหญ่บ้านกล่าวว่าระดับน้ำที่ขึ้นลงผิดฤดูทำให้ปลาย้ายไปวางไข่ที่อื่น",
    "สำนักงานประมงจังหวัดจะส่งเจ้าหน้าที่ลงพื้นที่สำรวจในเดือนหน้า",
)
_THAI_TEASERS = (
    "เทศบาลเปิดสะพานคนเดินข้ามคลองแห่งใหม่อย่างเป็นทางการเมื่อวันจันทร์ หลังจากก่อสร้างนานหนึ่งปี",
    "ตลาดน้ำริมคลองกลับมาเปิดอีกครั้งหลังปิดซ่อมแซมนานสามเดือน พ่อค้าแม่ค้าดีใจ",
    "โรงเรียนในเขตเมืองเตรียมรับนักเรียนใหม่กว่าห้าร้อยคน ผู้ปกครองเข้าคิวตั้งแต่เช้า",
)


@pytest.mark.parametrize(
    "date",
    [
        "\n\nวันอังคาร 4 มีนาคม 2568 เวลา 10:32 น.\n\n",
        "\n4 มีนาคม 2568\n\n",
        "\n\n4 มี.ค. 2568\n\n",
    ],
)
def test_a_dated_thai_story_with_no_byline_says_nothing(date: str) -> None:
    # Before: body-of-short-lines (and short-page-by-furniture on all but
    # the first) on the story read right.
    story = _one(_THAI_MENU + _THAI_HEADLINE + date + "\n\n".join(_THAI_STORY) + _THAI_FOOT)
    assert story.headline == _THAI_HEADLINE
    assert story.body == _THAI_STORY
    assert not story.byline
    assert "body-of-short-lines" not in _codes(story)


@pytest.mark.parametrize(
    "title",
    [
        # Latest local news (a section's title, no teaser restates it).
        "ข่าวท้องถิ่นล่าสุดประจำวันอังคาร",
        # News of the province today, the first teaser naming the province.
        "ข่าวจังหวัดเชียงใหม่วันนี้",
    ],
)
def test_a_thai_listing_under_a_dated_title_is_still_said(title: str) -> None:
    teasers = _THAI_TEASERS
    if "เชียงใหม่" in title:
        teasers = ("จังหวัดเชียงใหม่เปิดสะพานคนเดินแห่งใหม่ข้ามแม่น้ำปิง", *teasers[1:])
    story = _one(_THAI_MENU + title + "\n4 มีนาคม 2568\n\n" + "\n\n".join(teasers) + _THAI_FOOT)
    assert "body-of-short-lines" in _codes(story)


def test_a_thai_story_with_no_date_is_still_said() -> None:
    # No date line under the headline: the site's name was read as the
    # headline (headline-from-title), the short blocks are said.
    story = _one(_THAI_MENU + _THAI_HEADLINE + "\n\n" + "\n\n".join(_THAI_STORY) + _THAI_FOOT)
    assert "body-of-short-lines" in _codes(story)


# --- 3. closing-heading-may-be-teaser on a refrain ------------------------------------

_GIG_HEAD = (
    "Kellsmouth Echo\nNews\nArts\nMusic\nHarbour band's homecoming fills the old hall\n"
    "By Tom Hale\n5 March 2025\n"
)
_GIG_OPEN = (
    "The Harbour Lights played their first hometown show in six years on Saturday, and the "
    "old hall on Quay Street was full an hour before the doors opened.\n"
)
_GIG_MIDDLE = (
    "They opened with the song that made their name, and the crowd sang every word of it "
    "back to them from the first chorus.\n"
    "The new songs were quieter, built on piano and a single guitar, and the hall stayed "
    "hushed through all of them.\n"
)
_GIG_LAST = "They closed with the old song again, and nobody left before the lights came up."


@pytest.mark.parametrize(
    ("refrain", "first"),
    [
        ("Our town, our band, our song", "Our town, our band, our song"),
        ("Our town, our band, our song", "OUR TOWN, OUR BAND, OUR SONG"),
        ("The story so far", "The story so far"),
        ("Still the best night in town", "Still the best night in town"),
    ],
)
def test_a_refrain_closing_the_story_is_said(refrain: str, first: str) -> None:
    # alarms66 quieted closing-heading-may-be-teaser on a heading printed
    # higher too; review66b reverted it: a teaser shown above as a related
    # link reads the same.
    story = _one(
        _GIG_HEAD
        + _GIG_OPEN
        + first
        + "\n"
        + _GIG_MIDDLE
        + refrain
        + "\n"
        + _GIG_LAST
        + "\nShare\nPrivacy\n"
    )
    assert story.body[1] == first
    assert story.body[-2:] == (refrain, _GIG_LAST)
    # Said before alarms66 on the first two forms (no teaser rule reads the
    # other two: the same then).
    if refrain.startswith("Our town"):
        assert "closing-heading-may-be-teaser" in _codes(story)


@pytest.mark.parametrize(
    "heading", ["Our town, our band, our song", "Still the best night in town"]
)
def test_a_closing_heading_printed_once_is_still_said(heading: str) -> None:
    story = _one(
        _GIG_HEAD + _GIG_OPEN + _GIG_MIDDLE + heading + "\n" + _GIG_LAST + "\nShare\nPrivacy\n"
    )
    assert story.body[-2:] == (heading, _GIG_LAST)
    assert "closing-heading-may-be-teaser" in _codes(story)


@pytest.mark.parametrize("line", ["The story so far", "Our page, our town, our say"])
def test_review65_s_refrain_is_said(line: str) -> None:
    # review65's pages: the line printed twice, the second over the last
    # paragraph: closing-heading-may-be-teaser (alarms66's quieting reverted).
    story = _story(_M1, line, _M2, line, _M3)
    assert story.body == (_M1, line, _M2, line, _M3)
    assert "closing-heading-may-be-teaser" in _codes(story)
