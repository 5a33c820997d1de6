"""Second review of the thirteenth held-out round and the twenty-second
silent-wrong round: near-misses of their new rules, each read wrong with no
diagnostic before the fix here. Every page and line is invented, in the
shape of real page text."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, news_page
from story_checks import codes as _codes

import wirestory

_PAGE = wirestory.ParseOptions(layout="page")
_MENU = "Home\nNews\nWorld\nBusiness\nSport"
_FOOTER = "Advertisement\nAbout us\nContact us\n© 2025 The Vale Post"
_BODY = "\n\n".join(LIBRARY_STORY)
_DATED_BYLINE = ("By Jane Roe", "March 4, 2025")


def _read(*header: str) -> wirestory.Story:
    text = "\n".join(header) + f"\n\n{_BODY}\n\n{_FOOTER}\n"
    [story] = wirestory.parse(text, options=_PAGE)
    return story


# --- headline-may-hold-kicker: the title cut only a kicker's label off ----------


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Jane Roe: I never left the town", "I never left the town"),
        ("Mill Street library: Council votes to close it", "Council votes to close it"),
    ],
)
def test_a_speaker_before_the_colon_stays_in_the_headline(headline: str, title: str) -> None:
    """``Jane Roe: I never left the town`` under the title ``I never left the
    town | The Vale Post``: the words before the colon name the speaker (or
    the subject), no kicker's label; a title shortened for search drops them
    too. They were cut off with no word; now kept, and said."""
    story = _read(f"{title} | The Vale Post", "", _MENU, "", headline, *_DATED_BYLINE)
    assert story.headline == headline
    assert "headline-may-hold-kicker" in _codes(story)


def test_a_kicker_label_before_the_colon_is_still_taken_off() -> None:
    """Near miss: ``Live: …`` is a kicker's label; the title showing the
    rest, it is taken off with no diagnostic, as before."""
    headline = "Council votes to close old library"
    story = _read(f"{headline} | The Vale Post", "", _MENU, "", f"Live: {headline}", *_DATED_BYLINE)
    assert story.headline == headline
    assert "headline-may-hold-kicker" not in _codes(story)


# --- A closing block in a script without capitals: two sentences -----------------

_HINDI = (
    "नदीपुर नगर परिषद ने मंगलवार को मिल रोड पर पुराने पुस्तकालय को बंद करने के पक्ष में "
    "मतदान किया, छत की मरम्मत की लागत पर लंबी बहस के बाद।",
    "सदस्यों ने कहा कि इमारत कई वर्षों से असुरक्षित थी और वसंत में स्टेशन के पास एक नई शाखा खुलेगी।",
    "महापौर ने कहा कि किताबें नई शाखा में ले जाई जाएंगी और तब तक नगर भवन में एक वाचनालय खुला रहेगा।",
)
_ARABIC = (
    "صوت المجلس البلدي يوم الثلاثاء على إغلاق المكتبة القديمة في شارع الطاحونة بعد نقاش "
    "طويل حول سقفها وتكلفة الإصلاح.",
    "وقال الأعضاء إن المبنى كان غير آمن منذ سنوات وإن فرعا جديدا سيفتح قرب المحطة في الربيع.",
    "وقال رئيس البلدية إن الكتب ستنقل إلى الفرع الجديد وإن قاعة للقراءة ستبقى مفتوحة في "
    "مبنى البلدية.",
)


def _script_page(paragraphs: tuple[str, ...], under: str, headline: str) -> wirestory.Story:
    page = news_page(
        *paragraphs, under, headline=headline, header="04.03.2025", site="Nadipur", year=2025
    )
    return wirestory.parse_story(page)


@pytest.mark.parametrize(
    ("paragraphs", "prompt", "headline"),
    [
        (_HINDI, "यह खबर आपको कैसी लगी। अपनी राय हमें जरूर लिखें।", "नदीपुर में पुस्तकालय बंद"),
        (_ARABIC, "هل أعجبك هذا المقال؟ شاركه مع أصدقائك الآن!", "إغلاق المكتبة القديمة"),
    ],
    ids=["hindi", "arabic"],
)
def test_a_prompt_of_two_sentences_without_capitals_only_may_close_the_story(
    paragraphs: tuple[str, ...], prompt: str, headline: str
) -> None:
    """``यह खबर आपको कैसी लगी। अपनी राय हमें जरूर लिखें।`` ("How did you like
    this story? Write us your view.") under the last paragraph: two
    sentences, a site's prompt as often as the story's close, as ``Like this
    story? Share it with a friend!`` is. No capital showed the break, so it
    was taken as the story's last paragraph with no word; now left out with
    ``closing-sentence-left-out``."""
    story = _script_page(paragraphs, prompt, headline)
    assert story.body == paragraphs
    assert "closing-sentence-left-out" in _codes(story)


@pytest.mark.parametrize(
    ("paragraphs", "closing", "headline"),
    [
        (_HINDI, "उन्होंने कहा कि काम मई में शुरू होगा।", "नदीपुर में पुस्तकालय बंद"),
        (_ARABIC, "وسيبدأ العمل في شهر مايو المقبل.", "إغلاق المكتبة القديمة"),
    ],
    ids=["hindi", "arabic"],
)
def test_one_closing_sentence_without_capitals_still_closes_the_story(
    paragraphs: tuple[str, ...], closing: str, headline: str
) -> None:
    """Near miss: one short sentence (no break inside) is the story's last
    paragraph, as the thirteenth held-out round reads it."""
    story = _script_page(paragraphs, closing, headline)
    assert story.body == (*paragraphs, closing)


def test_a_closing_question_in_the_arabic_script_closes_the_story() -> None:
    """``فهل تعود المكتبة إلى المدينة في يوم ما؟`` ("will the library come
    back to the town one day?") under the last paragraph: the thirteenth
    round taught the Arabic question mark to the sentence's ends but not to
    the closing sentence's, so the question was dropped as furniture with
    no word, where ``… one day?`` closes a Latin story."""
    closing = "فهل تعود المكتبة إلى المدينة في يوم ما؟"
    story = _script_page(_ARABIC, closing, "إغلاق المكتبة القديمة")
    assert story.body == (*_ARABIC, closing)
