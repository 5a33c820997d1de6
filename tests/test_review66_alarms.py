"""review66b: defects a reviewer confirmed in alarms66 and heldout41, each a
silent misreading the code before them (06d208d) did not have, or said.

1. A label's colon after a space (``Reporter : …``) under the story: the
   line read as the byline must be doubted as the ``Reporter: …`` line was
   (``byline-name-may-be-phrase``): an interview's last line is no writer.
2. ``short-page-by-furniture`` said again on every short page with no title
   line: its quieting (a menu over the byline and a phrase under the story)
   dropped a letter's signature and a second story, silently.
3. A body line of the Arabic script opening with a photo word and a colon
   (``نمایشگاه عکس: …``, photo exhibition) stays in the body: no caption and
   credit split after a letter with no stop.
4. ``closing-heading-may-be-teaser`` said again on a closing heading printed
   once before (a teaser's headline shown higher as a related link).
5. A Thai tag's title that its first teaser opens with (one run, however
   long) tells no story: ``body-of-short-lines`` said.

Every page and line here is invented.
"""

from __future__ import annotations

import pytest

import wirestory


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


_PARK = (
    "The city council voted on Tuesday to approve a new park on the riverside, ending a "
    "year of debate over the land.\n\n"
    "Work will start in May and the park should open next spring, officials said at a "
    "meeting on Tuesday night.\n\n"
)


# --- 1. a label's colon after a space, under the story -------------------------------


@pytest.mark.parametrize(
    ("last", "footer"),
    [
        ("Reporter : Thank You Very Much", "Share\n"),
        ("Reporter : Thank You Very Much", ""),
        ("Text : Matthew Chapter Five", "Share\n"),
        ("Muhabir : Teşekkür Ederiz Efendim", "Paylaş\n"),
    ],
)
def test_a_spaced_label_under_the_story_is_doubted(last: str, footer: str) -> None:
    # Before: read as the byline (rule byline-header-zone), nothing said.
    text = (
        "Vale Post\nNews\nSport\n\nCouncil approves new park plan\n\nMarch 4, 2025\n\n"
        + _PARK
        + last
        + "\n\n"
        + footer
    )
    stories = wirestory.parse(text)
    codes = [code for story in stories for code in _codes(story)]
    bylines = [story.byline.raw for story in stories if story.byline is not None]
    assert last not in bylines or "byline-name-may-be-phrase" in codes


# --- 2. short-page-by-furniture on a page by two marks --------------------------------


def test_a_letter_s_signature_dropped_is_said() -> None:
    # Before: Jane Roe and Vale Town dropped as furniture, nothing said.
    [story] = wirestory.parse(
        "Letters\nOpinion\n\nThe park is a good idea\n\nMarch 4, 2025\n\n"
        + _PARK
        + "Jane Roe\nVale Town\n\nShare\n"
    )
    assert story.byline is None
    assert "Jane Roe" not in story.body
    assert "short-page-by-furniture" in _codes(story)


def test_a_second_story_after_the_share_bar_dropped_is_said() -> None:
    # Before: the school's story dropped whole as furniture, nothing said.
    stories = wirestory.parse(
        "Vale Post\nNews\nSport\n\nCouncil approves new park plan\n\nBy Jane Roe\n"
        "March 4, 2025\n\n" + _PARK + "Share\n\nSchool reopens after repairs\n\nBy John Doe\n\n"
        "The school reopened on Monday after a summer of repairs to its roof, the head "
        "teacher said.\n"
    )
    read = any("school reopened" in paragraph for s in stories for paragraph in s.body)
    codes = [code for story in stories for code in _codes(story)]
    assert read or "short-page-by-furniture" in codes


# --- 3. an Arabic-script body line opening with a photo word ------------------------

_FA_HEAD = (
    "خانه\nسیاسی\nورزشی\nفرهنگی\n\nشورای شهر با ساخت پارک جدید موافقت کرد\n\n"
    "تاریخ انتشار: ۱۴ اسفند ۱۴۰۳ - ۱۰:۳۲\n\n"
)
# The city council agreed on Tuesday to a new park by the river ...
_FA = (
    "شورای شهر روز سه‌شنبه با ساخت پارک جدید در کنار رودخانه موافقت کرد و به یک سال بحث "
    "درباره این زمین پایان داد.",
    "کار ساخت در اردیبهشت آغاز می‌شود و پارک باید بهار آینده باز شود، به گفته مسئولان شهر "
    "در جلسه سه‌شنبه شب.",
    "شهردار گفت این پارک به نام یکی از معلمان شهر نامگذاری خواهد شد و مردم می‌توانند در "
    "انتخاب نام شرکت کنند.",
)
_AR_HEAD = (
    "المجلس يوافق على الحديقة الجديدة | أخبار الوادي\n\nالرئيسية\nسياسة\nرياضة\n\n"
    "المجلس يوافق على الحديقة الجديدة\n\nبقلم: أحمد علي\n٤ مارس ٢٠٢٥\n\n"
)
_AR = (
    "وافق مجلس المدينة يوم الثلاثاء على إنشاء حديقة جديدة على ضفة النهر، منهياً عاماً من "
    "الجدل حول الأرض.",
    "ستبدأ الأعمال في مايو ومن المتوقع افتتاح الحديقة في الربيع المقبل، بحسب مسؤولين في المدينة.",
    "وقال رئيس البلدية إن الحديقة ستحمل اسم معلمة من المدينة درّست فيها أربعين عاماً.",
)


@pytest.mark.parametrize(
    ("head", "paragraphs", "line", "footer"),
    [
        # Photo exhibition: works of twenty young artists.
        (_FA_HEAD, _FA, "نمایشگاه عکس: آثار بیست هنرمند جوان", "اشتراک‌گذاری"),
        # The opening of the great photo exhibition: works of ... (a label of
        # three words: no count of the words before the label tells it).
        (_FA_HEAD, _FA, "افتتاح نمایشگاه بزرگ عکس: آثار بیست هنرمند جوان", "اشتراک‌گذاری"),
        # Photography workshop: lighting basics for beginners.
        (_AR_HEAD, _AR, "ورشة تصوير: أساسيات الإضاءة للمبتدئين", "شارك"),
    ],
)
def test_an_arabic_script_label_line_stays_in_the_body(
    head: str, paragraphs: tuple[str, ...], line: str, footer: str
) -> None:
    # Before: Caption('نمایشگاه', credit='عکس: …') cut from the body, silently.
    [story] = wirestory.parse(
        head
        + paragraphs[0]
        + "\n\n"
        + line
        + "\n\n"
        + "\n\n".join(paragraphs[1:])
        + f"\n\n{footer}\n"
    )
    assert line in story.body
    assert not any(caption.text == line.partition(" ")[0] for caption in story.captions)


# --- 4. closing-heading-may-be-teaser on a heading shown above --------------------------


def test_a_teaser_shown_above_as_a_link_is_said() -> None:
    # Before: the teaser kept in the body, nothing said.
    [story] = wirestory.parse(
        "Council approves new park plan - Vale Post\n\nHome\nNews\nSport\nWeather\n\n"
        "Council approves new park plan\n\nBy Jane Roe\nMarch 4, 2025\n\n"
        "The city council voted on Tuesday to approve a new park on the riverside, ending a "
        "year of debate over the land.\n\nSchool reopens after roof repairs\n\n"
        "Work will start in May and the park should open next spring, officials said at a "
        "meeting on Tuesday night.\n\n"
        "The mayor said the park would be named after a local teacher who had taught in the "
        "town for forty years.\n\n"
        "Residents who opposed the plan said they would keep asking the council to protect "
        "the old boathouse on the site.\n\nSchool reopens after roof repairs\n\n"
        "The town's primary school reopened on Monday after a summer of repairs to its roof, "
        "the head teacher said.\n"
    )
    closing = "School reopens after roof repairs"
    assert story.body[-2] != closing or "closing-heading-may-be-teaser" in _codes(story)


# --- 5. a Thai tag's title its first teaser opens with -------------------------------

_GOLD = (
    "ราคาทองคำวันนี้ล่าสุด 4 มี.ค. 68 ปรับขึ้น 100 บาท ทองรูปพรรณขายออกบาทละ 45,000 บาท "
    "สมาคมค้าทองคำประกาศราคาครั้งแรกของวันเมื่อเวลา 09.30 น. นักลงทุนจับตาปัจจัยต่างประเทศ",
    "นักลงทุนแห่ซื้อทองก่อนตรุษจีน ร้านทองย่านเยาวราชคึกคักตั้งแต่เช้า "
    "เจ้าของร้านระบุยอดขายเพิ่มขึ้นกว่าเท่าตัวเมื่อเทียบกับปีที่แล้ว และคาดว่าจะคึกคักต่อเนื่องไปอีกหลายวัน",
    "ธนาคารกลางสหรัฐคงอัตราดอกเบี้ยนโยบาย ส่งผลให้ราคาทองคำในตลาดโลกปรับตัวสูงขึ้นต่อเนื่อง "
    "นักวิเคราะห์ชี้ว่าความไม่แน่นอนทางเศรษฐกิจยังหนุนความต้องการสินทรัพย์ปลอดภัย",
    "ผู้เชี่ยวชาญวิเคราะห์แนวโน้มราคาทองคำสัปดาห์หน้า ชี้ยังมีแรงซื้อจากนักลงทุนรายย่อยและกองทุน "
    "แนะนำให้ทยอยสะสมเมื่อราคาย่อตัว และติดตามตัวเลขเศรษฐกิจสหรัฐอย่างใกล้ชิด",
)


def test_a_thai_tag_named_by_its_first_teaser_is_said() -> None:
    # Before: one story of the four teasers, nothing said.
    stories = wirestory.parse(
        "หน้าแรก\nข่าว\nกีฬา\nบันเทิง\n\nราคาทองคำวันนี้ล่าสุด\n\n4 มีนาคม 2568\n\n"
        + "\n\n".join(_GOLD)
        + "\n\nแชร์\n"
    )
    codes = [code for story in stories for code in _codes(story)]
    assert len(stories) > 1 or "body-of-short-lines" in codes
