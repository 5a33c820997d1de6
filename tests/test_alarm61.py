"""alarms61: false alarms and pages said but read wrong that the last session
left, each probed with invented text first, then read right. Each false
alarm's probe asserts the code is absent on the right reading; each twin
asserts it still fires on the form the rule was made for.

- ``closing-sentence-may-be-notice`` on a Khmer, a Burmese or an Arabic
  story's last sentence: the check knew the speech verbs and the telling
  endings of Hindi, Korean and Georgian only. Burmese closes a statement on
  ``သည်`` or ``မည်``; Khmer's ``ថា`` (that) after a verb of saying or
  thinking, its verbs of saying and ``ផងដែរ`` (as well) tell a story's
  sentence; Arabic's verbs of reporting (``أوضح``, ``أكد``, ``أشار``) and
  ``أن`` / ``إن`` (that) do.
- ``labels-over-story`` on a chant near a story's top: each line printed
  twice or more in the run, one line or each in a crowd's voice (``our``),
  is a chant, no player's labels (buttons printed twice, ``Save this
  story`` / ``Save`` / the same again, are still said).
- Left, said: ``story-runs-past-listing`` under one video's box with the
  story going on under it (a video's description over the story's next
  paragraph reads the same).
- A page opening with the menu's first item over its title line (``Home`` /
  ``Headline - Site`` / the masthead / the menu / the byline) took the item
  for the headline (said ``headline-from-title``): the title under it is
  the title now; the masthead under the title (its site's part alone, over
  the menu) is no headline line repeating the title either.
- ``body-of-short-lines`` on a story of short sentences, one a line,
  under a byline read (a Yoruba brief under ``Lati owo …``), and on Thai
  blocks of a sentence's length each set apart by a blank line: a writer
  signs a story, and a hard wrap sets its lines one under another.
- Left, said: two blank lines between a page's header blocks cut it into
  stories (the dump's rule for unmarked text; ``story-of-menu-lines``).
- A block of letters that make no word (``xxxx``, base64) between two
  paragraphs cut the story silently: the story is read whole across it,
  which says ``letters-block-left-out``.

Every page and line here is invented.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory

# --- 1. A Khmer, Burmese or Arabic story's last sentence ---------------------------

_KHMER_HEAD = (
    "ព័ត៌មានព្រែកថ្មី\nទំព័រដើម\nសង្គម\nកីឡា\n\n"
    "ស្ពានថ្មីឆ្លងកាត់ទន្លេបានបើកឱ្យប្រើប្រាស់ជាផ្លូវការហើយ\n\nដោយ ចាន់ សុភា\n៤ មីនា ២០២៥\n\n"
)
_KHMER = (
    "ស្ពានថ្មីឆ្លងកាត់ទន្លេនៅខេត្តភ្នំថ្មីត្រូវបានបើកឱ្យប្រើប្រាស់ជាផ្លូវការកាលពីព្រឹកថ្ងៃច័ន្ទ បន្ទាប់ពីការសាងសង់រយៈពេលបីឆ្នាំ។",
    "ស្ពាននេះមានប្រវែងប្រាំរយម៉ែត្រ និងអាចឱ្យរថយន្តឆ្លងកាត់បានទាំងពីរទិស។",
)
_KHMER_FOOT = "\n\nទំនាក់ទំនង\nគោលការណ៍ឯកជនភាព\n"

_BURMESE_HEAD = (
    "ရွှေတောင်သတင်း\nပင်မစာမျက်နှာ\nပြည်တွင်း\nအားကစား\n\nမြို့နယ်တွင် တံတားအသစ် ဖွင့်လှစ်\n\n"
    "ရေးသားသူ: ဇော်မင်းထွန်း\n၂၀၂၅ ခုနှစ် မတ်လ ၄ ရက်\n\n"
)
_BURMESE = (
    "မြို့နယ်တွင် မြစ်ကိုဖြတ်ကျော်သည့် တံတားအသစ်ကို တနင်္လာနေ့က တရားဝင်ဖွင့်လှစ်ခဲ့သည်။",
    "တံတားသည် မီတာငါးရာ ရှည်ပြီး ကားများ နှစ်ဖက်စလုံး သွားလာနိုင်သည်။",
)
_BURMESE_FOOT = "\n\nဆက်သွယ်ရန်\nကိုယ်ရေးအချက်အလက်မူဝါဒ\n"

_ARABIC_HEAD = (
    "أخبار الوادي\nالرئيسية\nرياضة\nاقتصاد\n\nأمطار غزيرة تغمر شوارع المدينة خلال الليل\n\n"
    "بقلم ماهر الزعبي\n04 مارس 2025\n\n"
)
_ARABIC = (
    "غمرت الأمطار الغزيرة التي هطلت خلال الليل عدة شوارع في المدينة وعطلت حركة المرور في "
    "وسطها لساعات طويلة.",
    "ونشرت البلدية فرقا إضافية لتصريف المياه من الشوارع والأنفاق منذ ساعات الصباح الأولى.",
)
_ARABIC_FOOT = "\n\nاتصل بنا\nسياسة الخصوصية\n"

_SCRIPTS = {
    "km": (_KHMER_HEAD, _KHMER, _KHMER_FOOT),
    "my": (_BURMESE_HEAD, _BURMESE, _BURMESE_FOOT),
    "ar": (_ARABIC_HEAD, _ARABIC, _ARABIC_FOOT),
}


def _script_story(script: str, last: str) -> wirestory.Story:
    head, body, foot = _SCRIPTS[script]
    [story] = wirestory.parse(head + "\n\n".join((*body, last)) + foot)
    return story


@pytest.mark.parametrize(
    ("script", "last"),
    [
        # The governor stated that the bridge will help farmers.
        ("km", "លោកអភិបាលខេត្តបានថ្លែងថា ស្ពាននេះនឹងជួយដល់កសិករ។"),
        # The ministry expects that traffic will grow.
        ("km", "ក្រសួងរំពឹងថា ចរាចរណ៍នឹងកើនឡើង។"),
        # Villagers told (reporters) that they were very glad.
        ("km", "អ្នកភូមិបានប្រាប់ថា ពួកគេរីករាយណាស់។"),
        # Farmers will benefit.
        ("my", "လယ်သမားများ အကျိုးရှိမည်။"),
        # Traders said they were glad.
        ("my", "ကုန်သည်များက ဝမ်းသာကြောင်း ပြောသည်။"),
        # Residents had long waited for the bridge.
        ("my", "ဒေသခံများသည် တံတားကို စောင့်မျှော်နေခဲ့ကြသည်။"),
        # The spokesman explained that the teams will work through the night.
        ("ar", "وأوضح المتحدث أن الفرق ستعمل طوال الليل."),
        # The director confirmed that schools will open tomorrow.
        ("ar", "وأكد المدير أن المدارس ستفتح غدا."),
        # It is expected that the rain will go on until Thursday.
        ("ar", "ومن المتوقع أن تستمر الأمطار حتى الخميس."),
        # He pointed out that the damage is limited.
        ("ar", "وأشار إلى أن الأضرار محدودة."),
    ],
)
def test_a_story_s_last_sentence_in_these_scripts_says_nothing(script: str, last: str) -> None:
    story = _script_story(script, last)
    assert story.body == (*_SCRIPTS[script][1], last)
    assert "closing-sentence-may-be-notice" not in _codes(story)


@pytest.mark.parametrize(
    ("script", "last"),
    [
        # Tap to read on (a prompt: "ပါ", please).
        ("my", "ဆက်လက်ဖတ်ရှုရန် နှိပ်ပါ။"),
        # Copyright reserved (a rights line, though it states).
        ("my", "မူပိုင်ခွင့် ရယူထားသည်။"),
        # Share the article with your friends.
        ("ar", "شارك المقال مع أصدقائك."),
        # Contributed to the coverage (a credit of names, holding "that").
        ("ar", "ساهم في التغطية أن سمير حداد ورنا القيسي."),
    ],
)
def test_a_notice_under_the_story_in_these_scripts_is_still_said(script: str, last: str) -> None:
    story = _script_story(script, last)
    assert "closing-sentence-may-be-notice" in _codes(story)


# --- 3. A chant near a story's top --------------------------------------------------

_MARCH = (
    "Hundreds of students marched through the town centre on Saturday to protest against "
    "the closure of the library on Mill Street.",
    "They carried banners and sang as they passed the shops, and the police closed the high "
    "street to traffic for an hour.",
    "The chant rose again when the mayor came out of the town hall to speak to them, and she "
    "promised to listen to their case.",
    "The council will vote on the closure again in May, after a month in which residents can "
    "comment on the plan.",
)


def _page(*blocks: str, headline: str) -> str:
    return (
        f"{headline} | The Vale Post\n\nHome\nNews\nWorld\nBusiness\nSport\n\n{headline}\n"
        "By Jane Roe\nMarch 4, 2025\n\n"
        + "\n\n".join(blocks)
        + "\n\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\n© 2025 The Vale Post\n"
    )


@pytest.mark.parametrize(
    "chant",
    [
        ["Keep it open", "Keep it open", "Keep it open"],
        ["Save our library", "Hands off our books", "Save our library", "Hands off our books"],
        ["Books not cuts", "books not cuts", "BOOKS NOT CUTS"],
    ],
)
def test_a_chant_near_the_top_says_nothing(chant: list[str]) -> None:
    [story] = wirestory.parse(
        _page(_MARCH[0], *chant, *_MARCH[1:], headline="Students march to save the library")
    )
    assert list(story.body) == [_MARCH[0], *chant, *_MARCH[1:]]
    assert "labels-over-story" not in _codes(story)


@pytest.mark.parametrize(
    "labels",
    [
        ["JUST WATCHED", "Students march in the rain", "Replay"],
        # One line printed twice among others: still a player's labels.
        ["JUST WATCHED", "Students march in the rain", "JUST WATCHED", "Replay"],
        # A page's buttons printed twice (its top and its foot): each line
        # twice, in no crowd's voice.
        ["Save this story", "Save", "Save this story", "Save"],
    ],
)
def test_a_player_s_labels_near_the_top_are_still_said(labels: list[str]) -> None:
    [story] = wirestory.parse(
        _page(_MARCH[0], *labels, *_MARCH[1:], headline="Students march to save the library")
    )
    assert "labels-over-story" in _codes(story)


# --- 4. One video's box with the story going on under it ---------------------------

_FERRY_ABOVE = (
    "The ferry to the outer islands was halted on Monday after a fault was found in one of "
    "its engines during a routine check.",
    "The operator said a replacement boat would run a reduced timetable from Wednesday, with "
    "the first crossing at nine o'clock.",
)
_FERRY_BELOW = (
    "Hospital appointments on the mainland will be moved for patients who cannot travel, a "
    "health board spokeswoman confirmed.",
    "Schoolchildren who board in town during the week will stay there until the weekend, "
    "their parents were told.",
    "A second inspection is due on Thursday.",
)
_PIER = (
    "Islanders gathered at the pier on Monday morning to watch the crew tow the stricken "
    "boat back into port."
)
_CLIFFS = (
    "A lifeboat crew from Harbour Point rescued two walkers cut off by the tide on Sunday "
    "evening near the cliffs."
)


def _ferry_page(*blocks: str) -> wirestory.Story:
    [story] = wirestory.parse(
        "Ferry halted | The Island Courier\n\nHome\nNews\nIslands\nSport\n\n"
        "Ferry halted after engine fault\n\nBy Anna Berg\nMarch 4, 2025\n\n"
        + "\n\n".join(blocks)
        + "\n\nAbout us\nContact us\nPrivacy Policy\n"
    )
    return story


# Left: one video's box with two paragraphs or more under it still says
# story-runs-past-listing (a first cut spared it, and test_second_review54's
# video promo over its description, then the story's paragraph, went
# silent). The twin where it must fire is pinned here.


@pytest.mark.parametrize(
    "under",
    [
        # One video's description, then the footer.
        [_PIER],
        # A listing of videos: a description under each title and length.
        [_PIER, "Lifeboat rescue at Harbour Point", "1:12", _CLIFFS],
    ],
)
def test_a_video_s_description_under_its_box_is_still_said(under: list[str]) -> None:
    story = _ferry_page(
        *_FERRY_ABOVE, "Video", "Watch: the ferry leaves the harbour", "0:45", *under
    )
    codes = _codes(story)
    assert "story-runs-past-listing" in codes or "story-ended-at-listing" in codes


# --- 6. The menu's first item over the page's title line ---------------------------

_HEADLINE = "Ferry to outer islands halted after engine fault"


@pytest.mark.parametrize("separator", [" - ", " | "])
@pytest.mark.parametrize("date", [[], ["March 4, 2025"]])
# No item: the title line first, the masthead over the menu (its site's part
# repeats the title: the masthead was the headline, silently).
@pytest.mark.parametrize("item", [["Home"], ["News"], []])
def test_a_menu_item_over_the_title_line_is_no_headline(
    separator: str, date: list[str], item: list[str]
) -> None:
    text = "\n".join(
        [
            *item,
            f"{_HEADLINE}{separator}The Island Courier",
            "The Island Courier",
            "News",
            "Islands",
            "Sport",
            "By Anna Berg",
            *date,
            *_FERRY_ABOVE,
            *_FERRY_BELOW,
            "Contact us",
            "Privacy Policy",
        ]
    )
    [story] = wirestory.parse(text + "\n")
    assert story.headline == _HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Anna Berg",)
    assert story.body == (*_FERRY_ABOVE, *_FERRY_BELOW)
    # The headline is still the title's part, no line of the page's.
    assert "headline-from-title" in _codes(story)


def test_a_menu_item_over_the_title_and_its_headline_line_reads_the_headline() -> None:
    # Pinned: with the headline printed under the menu, it was read right.
    text = "\n".join(
        [
            "Home",
            f"{_HEADLINE} - The Island Courier",
            "The Island Courier",
            "News",
            "Islands",
            _HEADLINE,
            "By Anna Berg",
            *_FERRY_ABOVE,
        ]
    )
    [story] = wirestory.parse(text + "\n")
    assert story.headline == _HEADLINE
    assert "headline-from-title" not in _codes(story)


# --- 7. A block of letters that make no word between paragraphs ---------------------

_WORDLESS_HEAD = "Ferry halted\nBy Anna Berg\nShare\nFacebook\nTwitter\n\n"
_BASE64 = "QUJD" * 600 + "ZGVm+/=="


@pytest.mark.parametrize("junk", ["x" * 3000, "xxxx " * 400, "XXXXXXXX " * 200, _BASE64])
@pytest.mark.parametrize("at", [1, 2])
def test_a_block_of_letters_with_no_word_keeps_the_story_whole_and_says_so(
    junk: str, at: int
) -> None:
    ferry = (*_FERRY_ABOVE, _FERRY_BELOW[0])
    blocks = [*ferry[:at], junk, *ferry[at:]]
    text = _WORDLESS_HEAD + "\n\n".join(blocks) + "\n\nRelated Stories\nPrivacy Policy\n"
    [story] = wirestory.parse(text)
    assert story.body == ferry
    assert "letters-block-left-out" in _codes(story)


def test_a_block_of_no_letter_says_no_letters_block() -> None:
    # alarm60's rule characters: hidden, no letters to say.
    ferry = (*_FERRY_ABOVE, _FERRY_BELOW[0])
    text = _WORDLESS_HEAD + "\n\n".join([ferry[0], "=-" * 2000, *ferry[1:]])
    [story] = wirestory.parse(text + "\n\nRelated Stories\nPrivacy Policy\n")
    assert story.body == ferry
    assert "letters-block-left-out" not in _codes(story)


# --- 2. A story of short lines the page tells as one --------------------------------

_YORUBA_HEAD = "Iroyin Ilu\nIroyin\nOselu\nEre idaraya\nOja tuntun si ni Ibadan\n"
_YORUBA = (
    "Oja tuntun kan ti si ni ilu Ibadan ni ojo Aje.",
    "Oja naa ni ile itaja ogorun ati ibi iduro oko nla kan.",
    "Awon onisowo so pe inu won dun si oja naa.",
    "Ijoba ipinle yoo tun oju ona to lo si oja naa se.",
)


@pytest.mark.parametrize("date", [[], ["4 March, 2025"]])
def test_short_sentences_under_a_byline_say_nothing(date: list[str]) -> None:
    text = "\n".join(
        [_YORUBA_HEAD.rstrip(), "Lati owo Tunde Adeyemi", *date, *_YORUBA, "Kan si wa"]
    )
    [story] = wirestory.parse(text + "\n")
    assert story.body == _YORUBA
    assert "body-of-short-lines" not in _codes(story)


# The twin, short sentences with no byline over them still said, is
# test_page_heldout's test_a_story_of_short_lines_only_is_the_body_and_says_so.


_THAI_HEAD = (
    "ข่าวริมน้ำ\nหน้าแรก\nท้องถิ่น\nกีฬา\n\n"
    "เทศบาลเปิดสะพานคนเดินข้ามคลองแห่งใหม่กลางเมือง\n\nโดย สมชาย ใจดี\n4 มีนาคม 2568\n\n"
)
_THAI = (
    "เทศบาลเปิดสะพานคนเดินข้ามคลองแห่งใหม่อย่างเป็นทางการเมื่อวันจันทร์ หลังจากก่อสร้างนานหนึ่งปี",
    "สะพานใหม่ยาวหกสิบเมตรและมีทางลาดสำหรับรถเข็นทั้งสองฝั่งของคลอง",
    "นายกเทศมนตรีกล่าวว่าสะพานจะเปิดให้ใช้ตลอดยี่สิบสี่ชั่วโมงตั้งแต่สัปดาห์หน้า",
)
_THAI_FOOT = "\n\nติดต่อเรา\nนโยบายความเป็นส่วนตัว\n"


def test_thai_short_paragraphs_set_apart_say_nothing() -> None:
    [story] = wirestory.parse(_THAI_HEAD + "\n\n".join(_THAI) + _THAI_FOOT)
    assert story.body == _THAI
    assert "body-of-short-lines" not in _codes(story)


# The twin, Thai blocks on consecutive lines (a hard wrap's form) still
# said, is test_scripts60's test_thai_story_of_short_paragraphs_says_so.


# --- 5. Two blank lines between a page's header blocks (left, said) ------------------


def test_header_blocks_two_blank_lines_apart_are_still_said() -> None:
    # Left (heldout36's strict xfail stands): the dump's rule cuts unmarked
    # text at every run of two blank lines, so the menu's piece is a story
    # of its own; it says so.
    text = (
        "Harbour Desk\nMusic\nTheatre\n\n\nFerry halted after engine fault\n\nBy Anna Berg\n"
        "4 March 2025\n\n" + "\n".join(_FERRY_ABOVE) + "\n\n\nShare\nNewsletter\n"
    )
    stories = wirestory.parse(text)
    assert len(stories) == 3
    assert "story-of-menu-lines" in _codes(stories[0])
