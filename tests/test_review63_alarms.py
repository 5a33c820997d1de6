"""The second review's defects 4, 5 and 9 in alarms61's quieting (review63).

- 4: repeated buttons (``Replay`` three times, ``Save this story`` three
  times, ``Join us`` / ``Support us`` twice) read as a crowd's chant, so
  ``labels-over-story`` went quiet and the buttons stayed body paragraphs.
- 5: an Arabic prompt or rights line holding ``أن`` (that) and a Burmese
  prompt ending on ``သည်`` read as a story's last sentence, so
  ``closing-sentence-may-be-notice`` went quiet.
- 9: an author's page of teasers under a byline and a Thai section's listing
  of teasers set apart by blank lines read as one story of short lines, so
  ``body-of-short-lines`` went quiet.

The inputs are written in the shape of the pages the reviewer probed.
"""

import pytest
from story_checks import codes as _codes
from test_alarm61 import _MARCH, _SCRIPTS, _THAI, _THAI_FOOT, _THAI_HEAD, _page, _script_story

import wirestory

# --- 4. Repeated buttons near a story's top ---------------------------------------


@pytest.mark.parametrize(
    "buttons",
    [
        ["Replay", "Replay", "Replay"],
        ["Save this story", "Save this story", "Save this story"],
        ["Join us", "Support us", "Join us", "Support us"],
        # Variations: a player's button of two words, a call to keep the
        # page's own article, a site's pitch to its readers in a new order.
        ["Watch again", "Watch again", "Watch again"],
        ["Save this article", "Save this article", "Save this article"],
        ["Support us", "Join us", "Support us", "Join us"],
    ],
)
def test_repeated_buttons_near_the_top_are_said(buttons: list[str]) -> None:
    [story] = wirestory.parse(
        _page(_MARCH[0], *buttons, *_MARCH[1:], headline="Students march to save the library")
    )
    assert "labels-over-story" in _codes(story)


@pytest.mark.parametrize(
    "chant",
    [
        # A crowd's slogan with its verb, twice: still a chant.
        ["We want our library back", "We want our library back"],
        ["Not our library", "Not our library", "Not our library"],
    ],
)
def test_a_crowd_s_chant_near_the_top_still_says_nothing(chant: list[str]) -> None:
    [story] = wirestory.parse(
        _page(_MARCH[0], *chant, *_MARCH[1:], headline="Students march to save the library")
    )
    assert list(story.body) == [_MARCH[0], *chant, *_MARCH[1:]]
    assert "labels-over-story" not in _codes(story)


# --- 5. An Arabic or a Burmese notice under the story --------------------------------


@pytest.mark.parametrize(
    ("script", "last"),
    [
        # Don't forget to subscribe to our newsletter ("أن" opens the bid).
        ("ar", "لا تنس أن تشترك في نشرتنا البريدية."),
        # Please note that all rights are reserved.
        ("ar", "يرجى العلم أن جميع الحقوق محفوظة."),
        # We would like to remind you that the newsletter is free.
        ("ar", "نود أن نذكركم بأن النشرة مجانية."),
        # You can share this article.
        ("my", "ဤဆောင်းပါးကို မျှဝေနိုင်သည်။"),
        # You can subscribe to the newsletter.
        ("my", "သတင်းလွှာကို စာရင်းသွင်းနိုင်သည်။"),
    ],
)
def test_a_prompt_or_a_rights_line_under_the_story_is_said(script: str, last: str) -> None:
    story = _script_story(script, last)
    assert "closing-sentence-may-be-notice" in _codes(story)


@pytest.mark.parametrize(
    ("script", "last"),
    [
        # The spokesman said that the teams will work through the night.
        ("ar", "وقال المتحدث إن الفرق ستعمل طوال الليل."),
        # Officials expect that the water will recede by morning.
        ("ar", "ويتوقع المسؤولون أن تنحسر المياه بحلول الصباح."),
    ],
)
def test_an_arabic_report_with_its_verb_says_nothing(script: str, last: str) -> None:
    story = _script_story(script, last)
    assert story.body == (*_SCRIPTS[script][1], last)
    assert "closing-sentence-may-be-notice" not in _codes(story)


# --- 9. A listing of teasers read as a story of short lines ----------------------------

_AUTHOR_TEASERS = (
    "Ferry fares will rise in June.",
    "The harbour wall will be rebuilt.",
    "School meals to cost more from May.",
    "Council tax set to rise again.",
)


@pytest.mark.parametrize("date", [[], ["March 4, 2025"]])
def test_an_author_s_page_of_teasers_is_said(date: list[str]) -> None:
    text = "\n".join(
        [
            "Jane Roe | The Vale Post",
            "Home",
            "News",
            "Sport",
            "Latest from Jane Roe",
            "By Jane Roe",
            *date,
            *_AUTHOR_TEASERS,
            "Share",
            "Privacy Policy",
            "Contact us",
        ]
    )
    [story] = wirestory.parse(text + "\n")
    # Said either way: the teasers as a body of short lines, or no story.
    codes = _codes(story)
    assert "body-of-short-lines" in codes or (not story.body and "no-body" in codes)


_THAI_TEASERS = (
    "เทศบาลเปิดสะพานคนเดินข้ามคลองแห่งใหม่อย่างเป็นทางการเมื่อวันจันทร์ หลังจากก่อสร้างนานหนึ่งปี",
    "ตลาดน้ำริมคลองกลับมาเปิดอีกครั้งหลังปิดซ่อมแซมนานสามเดือน พ่อค้าแม่ค้าดีใจ",
    "โรงเรียนในเขตเมืองเตรียมรับนักเรียนใหม่กว่าห้าร้อยคน ผู้ปกครองเข้าคิวตั้งแต่เช้า",
    "นายกเทศมนตรีกล่าวว่าสะพานจะเปิดให้ใช้ตลอดยี่สิบสี่ชั่วโมงตั้งแต่สัปดาห์หน้า",
)


@pytest.mark.parametrize("teasers", [_THAI_TEASERS, _THAI_TEASERS[1:3]])
def test_a_thai_section_listing_set_apart_is_said(teasers: tuple[str, ...]) -> None:
    text = "ข่าวท้องถิ่น - ข่าวริมน้ำ\nหน้าแรก\nท้องถิ่น\nกีฬา\n\n" + "\n\n".join(teasers) + _THAI_FOOT
    [story] = wirestory.parse(text)
    assert "body-of-short-lines" in _codes(story)


def test_a_thai_story_set_apart_under_its_byline_still_says_nothing() -> None:
    # alarms61's case, pinned here beside its twins.
    [story] = wirestory.parse(_THAI_HEAD + "\n\n".join(_THAI) + _THAI_FOOT)
    assert story.body == _THAI
    assert "body-of-short-lines" not in _codes(story)
