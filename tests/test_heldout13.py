"""Page forms of the thirteenth held-out round: news pages in scripts other
than the Latin. Hindi paragraphs end in the danda (``।``), not a full stop;
Korean paragraphs of one sentence are short in letters but not in what they
say; a photo's credit label, a link to another story inside the story and a
related-stories box each have their own words in Arabic, Hebrew, Greek,
Persian, Hindi, Ukrainian, Chinese and Japanese; Greek bylines put the
article before the writer's name in the genitive (``Της Μαρίας Νικολάου``);
the agencies' Arabic and Hindi services sign their copy in those scripts
(``(رويترز) -``, ``… रहेगा। (भाषा)``); a short closing sentence in a script
without capitals; Ukrainian read with its own stop words, not Russian's;
prompts to follow the site on a network between paragraphs; invisible
direction marks after a right-to-left paragraph's full stop. With the
counter-cases that read like them and must stay as they are.

Read right already, and left so: Russian ``Автор:`` bylines, ``Фото:``
credits under a caption and ``КИЕВ, 3 марта. /ТАСС/.`` datelines;
``Читайте также:`` links; Korean ``관련기사`` boxes, ``저작권자 ©`` notices
and a reporter's address under the story; Chinese and Japanese paragraphs.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import news_page

import wirestory
from wirestory.agencies import find_agency
from wirestory.bylines import find_page_byline
from wirestory.trailers import glued_sign_off

# --- Hindi: the danda ends a sentence ------------------------------------------

_HINDI = (
    "नदीपुर नगर परिषद ने मंगलवार को मिल रोड पर पुराने पुस्तकालय को बंद करने के पक्ष में "
    "मतदान किया, छत की मरम्मत की लागत पर लंबी बहस के बाद।",
    "सदस्यों ने कहा कि इमारत कई वर्षों से असुरक्षित थी और वसंत में स्टेशन के पास एक नई शाखा खुलेगी।",
    "महापौर ने कहा कि किताबें नई शाखा में ले जाई जाएंगी और तब तक नगर भवन में एक वाचनालय खुला रहेगा।",
)


def _hindi_page(*blocks: str) -> str:
    return news_page(
        *blocks,
        headline="नदीपुर में पुराना पुस्तकालय होगा बंद",
        header="4 मार्च 2025",
        site="नदीपुर समाचार",
        year=2025,
    )


def test_hindi_paragraphs_ending_in_the_danda_are_the_story() -> None:
    """A Hindi story's paragraphs end in the danda, its full stop: each is a
    sentence, so the story is read (it was all furniture: no body)."""
    story = wirestory.parse_story(_hindi_page(*_HINDI))
    assert story.body == _HINDI


def test_a_hindi_link_to_another_story_stays_out() -> None:
    """``ये भी पढ़ें: Headline`` between two paragraphs ("read this too") is
    a link, left out; the paragraphs on either side stay the story's."""
    link = "ये भी पढ़ें: नदीपुर में पुल की मरम्मत शुरू"
    story = wirestory.parse_story(_hindi_page(_HINDI[0], link, *_HINDI[1:]))
    assert story.body == _HINDI


def test_the_hindi_service_s_sign_off_follows_the_danda() -> None:
    """``… रहेगा। (भाषा)``: the Hindi service of the Press Trust of India signs
    off in parentheses after the danda, as ``… in May. (PTI)``."""
    text = _HINDI[2] + " (भाषा)"
    assert glued_sign_off(text) == len(_HINDI[2]) + 1


def test_a_word_in_parentheses_after_no_danda_is_no_sign_off() -> None:
    """Near miss: ``भाषा`` ("language") in parentheses after a clause with no
    sentence's end is the sentence's word, no sign-off."""
    assert glued_sign_off("उन्होंने कहा कि स्कूल में हिंदी पढ़ाई जाएगी (भाषा)") is None


# --- Korean: a syllable is a block of letters ----------------------------------

_KOREAN = (
    "서울 강변구의회는 4일 오래된 도서관을 폐관하는 안건을 표결에 부쳐 찬성 다수로 "
    "통과시켰다고 밝혔다.",
    "의원들은 건물이 수년간 안전하지 않았으며 새 분관이 봄에 역 근처에 문을 열 것이라고 설명했다.",
    "구청장은 책들이 새 분관으로 옮겨질 것이며 그때까지 구청 안에 열람실이 운영될 것이라고 말했다.",
    "주민들은 이달 말까지 계획에 대한 의견을 낼 수 있으며 구의회는 5월에 다시 표결할 예정이다.",
)


def _korean_page(*blocks: str) -> str:
    return news_page(
        *blocks,
        headline="강변구 오래된 도서관 폐관 결정",
        header="입력 2025.03.04 10:15",
        site="강변일보",
        year=2025,
    )


def test_korean_paragraphs_around_a_credit_are_the_story() -> None:
    """A Korean story of one-sentence paragraphs with a photo's credit alone
    between two of them (``사진=…``): the paragraphs are prose by what they
    hold, a syllable weighing two letters (the page had no body)."""
    story = wirestory.parse_story(_korean_page(_KOREAN[0], "사진=강변일보", *_KOREAN[1:]))
    assert [p for p in story.body if p in _KOREAN] == list(_KOREAN)


def test_a_korean_related_box_inside_the_story_does_not_end_it() -> None:
    """``관련기사`` over two headlines between paragraphs: the paragraphs
    under the box stay the story's (it was cut at the box)."""
    box = "관련기사\n강변구, 다리 보수 공사 착수\n강변구 시장 새 단장"
    story = wirestory.parse_story(_korean_page(_KOREAN[0], box, *_KOREAN[1:]))
    assert story.body == _KOREAN


def test_a_korean_menu_row_stays_furniture() -> None:
    """Near miss: short Korean menu items (``정치``, ``경제``) weigh little
    even counted twice: furniture, not prose."""
    menu = "정치\n경제\n사회\n국제\n문화\n스포츠"
    story = wirestory.parse_story(_korean_page(*_KOREAN, menu))
    assert story.body == _KOREAN


# --- Photo credit labels -------------------------------------------------------

_ARABIC = (
    "صوت مجلس بلدية مدينة النهر يوم الثلاثاء على إغلاق المكتبة القديمة في شارع الطاحونة "
    "بعد نقاش طويل حول تكلفة إصلاح السقف.",
    "وقال الأعضاء إن المبنى لم يكن آمنا منذ سنوات وإن فرعا جديدا سيفتح قرب المحطة في "
    "الربيع المقبل.",
    "وأضاف رئيس البلدية أن الكتب ستنقل إلى الفرع الجديد وأن قاعة للقراءة ستبقى مفتوحة في "
    "مبنى البلدية.",
)
_HEBREW = (
    "מועצת העיר נהריים הצביעה ביום שלישי על סגירת הספרייה הישנה ברחוב הטחנה לאחר ויכוח "
    "ארוך על עלות תיקון הגג.",
    "חברי המועצה אמרו כי הבניין לא היה בטוח במשך שנים וכי סניף חדש ייפתח ליד התחנה באביב.",
    "ראש העיר אמר כי הספרים יועברו לסניף החדש וכי חדר קריאה יישאר פתוח בבניין העירייה.",
)
_GREEK = (
    "Το δημοτικό συμβούλιο της Ποταμιάς ψήφισε την Τρίτη το κλείσιμο της παλιάς βιβλιοθήκης "
    "στην οδό Μύλου μετά από μακρά συζήτηση για το κόστος της στέγης.",
    "Οι σύμβουλοι είπαν ότι το κτίριο δεν ήταν ασφαλές εδώ και χρόνια και ότι ένα νέο "
    "παράρτημα θα ανοίξει κοντά στον σταθμό την άνοιξη.",
    "Ο δήμαρχος είπε ότι τα βιβλία θα μεταφερθούν στο νέο παράρτημα και ότι ένα αναγνωστήριο "
    "θα μείνει ανοιχτό στο δημαρχείο.",
)
_PERSIAN = (
    "شورای شهر رودبار روز سه‌شنبه به بستن کتابخانه قدیمی خیابان آسیاب پس از بحثی طولانی "
    "درباره هزینه تعمیر سقف رأی داد.",
    "اعضای شورا گفتند این ساختمان سال‌ها ناامن بوده و شعبه‌ای تازه در بهار نزدیک ایستگاه "
    "باز خواهد شد.",
    "شهردار گفت کتاب‌ها به شعبه تازه منتقل می‌شوند و تا آن زمان قرائت‌خانه‌ای در ساختمان "
    "شهرداری باز خواهد ماند.",
)
_CHINESE = (
    "河滨区议会4日投票决定关闭位于磨坊街的老图书馆，此前各方就屋顶维修费用进行了长时间讨论。",
    "议员们表示，这座建筑多年来一直存在安全隐患，新的分馆将于今年春天在火车站附近开放。",
    "区长说，图书将搬到新分馆，在此之前区政府大楼内的阅览室将继续开放。",
)
_JAPANESE = (
    "川辺市議会は4日、老朽化した図書館を閉館する議案を賛成多数で可決した。屋根の修理費用を"
    "巡って長い議論が続いていた。",
    "議員らは、建物は何年も前から安全ではなかったと述べ、新しい分館が春に駅の近くに開館する"
    "予定だと説明した。",
    "市長は、本は新しい分館に移され、それまでは市役所の中に閲覧室が設けられると話した。",
)

# Each script's story, a photo's credit line and a link to another story in
# its words, and the page's headline and site.
_SCRIPTS = {
    "arabic": (
        _ARABIC,
        "تصوير: أحمد سالم",
        "اقرأ أيضا: رئيس البلدية يعد بإصلاح الجسر القديم",
        "مجلس مدينة النهر يقرر إغلاق المكتبة القديمة",
    ),
    "hebrew": (
        _HEBREW,
        "צילום: דני לוי",
        "קראו גם: ראש העיר מבטיח לתקן את הגשר",
        "מועצת נהריים החליטה לסגור את הספרייה הישנה",
    ),
    "greek": (
        _GREEK,
        "Φωτογραφία: Γιώργος Παππάς",
        "Διαβάστε επίσης: Ο δήμαρχος υπόσχεται επισκευή της γέφυρας",
        "Κλείνει η παλιά βιβλιοθήκη της Ποταμιάς",
    ),
    "persian": (
        _PERSIAN,
        "عکس: علی رضایی",
        "بیشتر بخوانید: شهردار رودبار وعده تعمیر پل را داد",
        "کتابخانه قدیمی رودبار بسته می‌شود",
    ),
    "hindi": (
        _HINDI,
        "फोटो: राहुल शर्मा",
        "यह भी पढ़ें: नदीपुर में पुल की मरम्मत शुरू",
        "नदीपुर में पुराना पुस्तकालय होगा बंद",
    ),
}


def _script_page(script: str, *blocks: str) -> str:
    _, _, _, headline = _SCRIPTS[script]
    return news_page(*blocks, headline=headline, header="04.03.2025", site="Ποταμιά", year=2025)


@pytest.mark.parametrize("script", sorted(_SCRIPTS))
def test_a_photo_credit_in_the_script_s_words_is_no_paragraph(script: str) -> None:
    """``تصوير: …`` (Arabic), ``צילום: …`` (Hebrew), ``Φωτογραφία: …``
    (Greek), ``عکس: …`` (Persian), ``फोटो: …`` (Hindi): a credit line alone
    between paragraphs is the photo's, not a paragraph of the story."""
    paragraphs, credit, _, _ = _SCRIPTS[script]
    story = wirestory.parse_story(_script_page(script, paragraphs[0], credit, *paragraphs[1:]))
    assert credit not in story.body
    assert any(credit in caption.text or credit == caption.credit for caption in story.captions)


@pytest.mark.parametrize("script", sorted(_SCRIPTS))
def test_a_link_in_the_script_s_words_is_no_paragraph(script: str) -> None:
    """``اقرأ أيضا: Headline`` (Arabic: read also), ``קראו גם:`` (Hebrew),
    ``Διαβάστε επίσης:`` (Greek), ``بیشتر بخوانید:`` (Persian), ``यह भी
    पढ़ें:`` (Hindi): a link to another story between paragraphs is left
    out, the paragraphs around it kept."""
    paragraphs, _, link, _ = _SCRIPTS[script]
    story = wirestory.parse_story(_script_page(script, paragraphs[0], link, *paragraphs[1:]))
    assert story.body == paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        # A paragraph opening with the label's words but long, a sentence.
        "اقرأ أيضا ما كتبه المجلس في تقريره السنوي عن حال المكتبات العامة في المدينة "
        "وعن خطط السنوات الخمس المقبلة لإصلاح مبانيها القديمة.",
    ],
)
def test_a_long_paragraph_opening_with_the_label_stays(sentence: str) -> None:
    """Near miss: a long paragraph that opens with the label's words (no
    colon after them) is judged as prose, and stays."""
    story = wirestory.parse_story(_script_page("arabic", _ARABIC[0], sentence, *_ARABIC[1:]))
    assert sentence in story.body


def test_ukrainian_link_to_another_story_is_no_paragraph() -> None:
    """``Читайте також: Headline`` (Ukrainian), as Russian ``Читайте также:``."""
    paragraphs = (
        "Міська рада Заріччя у вівторок проголосувала за закриття старої бібліотеки на "
        "Млинській вулиці після довгої суперечки про ремонт даху.",
        "Депутати заявили, що будівля багато років була небезпечною, а нова філія "
        "відкриється біля вокзалу навесні.",
        "Мер повідомив, що книжки переїдуть до нової філії, а читальна зала працюватиме в "
        "будівлі ради до того часу.",
    )
    link = "Читайте також: Мер Заріччя пообіцяв відремонтувати міст"
    page = news_page(
        paragraphs[0],
        link,
        *paragraphs[1:],
        headline="У Заріччі закриють стару бібліотеку",
        header="Автор: Олена Коваль\n4 березня 2025, 10:15",
        site="Заріччя Сьогодні",
        year=2025,
    )
    story = wirestory.parse_story(page)
    assert story.body == paragraphs


@pytest.mark.parametrize(
    ("paragraphs", "box", "headline"),
    [
        (
            _CHINESE,
            "相关新闻\n河滨区启动桥梁维修工程\n河滨区新市场开业",
            "河滨区决定关闭老图书馆",
        ),
        (
            _JAPANESE,
            "関連記事\n川辺市、橋の補修工事を開始\n川辺市場が新装開店",
            "川辺市の図書館閉館へ　市議会が可決",
        ),
    ],
)
def test_a_related_box_between_paragraphs_keeps_the_story_whole(
    paragraphs: tuple[str, ...], box: str, headline: str
) -> None:
    """``相关新闻`` (Chinese: related news), ``関連記事`` (Japanese: related
    articles) over two headlines between paragraphs: the box is left out,
    the paragraphs under it stay the story's."""
    page = news_page(
        paragraphs[0],
        box,
        *paragraphs[1:],
        headline=headline,
        header="2025-03-04",
        site="河滨",
        year=2025,
    )
    story = wirestory.parse_story(page)
    # The body's punctuation is normalised (full-width commas made ASCII).
    assert story.body == tuple(map(wirestory.normalize, paragraphs))


# --- Greek bylines: the article before the name in the genitive ----------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Της Μαρίας Νικολάου", ("Μαρίας Νικολάου",)),
        ("Του Γιώργου Παππά", ("Γιώργου Παππά",)),
    ],
)
def test_greek_byline_drops_the_article(line: str, names: tuple[str, ...]) -> None:
    """``Της Μαρίας Νικολάου`` ("by Maria Nikolaou"): the article is the
    byline's opener, no part of the name."""
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize("line", ["Της Κυριακής", "Της Τρίτης η ψηφοφορία έκλεισε το θέμα"])
def test_greek_article_before_no_name_is_no_byline(line: str) -> None:
    """Near miss: the article before a day's name or a clause is no byline."""
    assert find_page_byline(line) is None


# --- The agencies' Arabic services ---------------------------------------------


@pytest.mark.parametrize(
    ("agency", "name"), [("رويترز", "Reuters"), ("أ ف ب", "Agence France-Presse")]
)
def test_an_arabic_service_s_credit_names_the_agency(agency: str, name: str) -> None:
    """``(رويترز)``, ``(أ ف ب)``: the Arabic services of Reuters and AFP
    credit a photo in their own script, read as the agency."""
    found = find_agency(f"({agency})")
    assert found is not None
    assert found.name == name


# --- A short closing sentence in a script without capitals --------------------


def test_the_hindi_sign_off_closes_the_story_on_a_page() -> None:
    """``… खुला रहेगा। (भाषा)`` as the story's last paragraph: the paragraph
    stays the story's close and the sign-off is a trailer (the paragraph, no
    sentence for its tail, was dropped as furniture, silently). It reports
    speech (``कहा``, said: Knowledge.speech_verbs since the fifteenth round),
    so it is prose, no photo's caption and credit: nothing to doubt."""
    story = wirestory.parse_story(_hindi_page(*_HINDI[:2], _HINDI[2] + " (भाषा)"))
    assert story.body == _HINDI
    assert "sign-off-may-be-credit" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    ("script", "closing"),
    [
        ("hindi", "उन्होंने कहा कि काम मई में शुरू होगा।"),
        ("arabic", "وسيبدأ العمل في شهر مايو المقبل."),
        ("hebrew", "העבודות יתחילו בחודש מאי הקרוב."),
    ],
)
def test_a_short_closing_sentence_without_capitals_stays(script: str, closing: str) -> None:
    """A story's last paragraph of one short sentence, in a script with no
    capitals: its words are all "small" ones, as a Latin sentence's after the
    first, so it closes the story (Hindi's was dropped, silently; Arabic's
    and Hebrew's left out with ``closing-sentence-left-out``)."""
    paragraphs = _SCRIPTS[script][0]
    story = wirestory.parse_story(_script_page(script, *paragraphs, closing))
    assert story.body == (*paragraphs, closing)


@pytest.mark.parametrize(
    "line", ["מדיניות פרטיות | תנאי שימוש | צור קשר", "سياسة الخصوصية | اتصل بنا | من نحن"]
)
def test_a_footer_row_without_capitals_stays_out(line: str) -> None:
    """Near miss: a footer's row of links in such a script, no sentence's
    end, stays out of the story."""
    script = "hebrew" if line[0] == "מ" else "arabic"
    paragraphs = _SCRIPTS[script][0]
    story = wirestory.parse_story(_script_page(script, *paragraphs, line))
    assert story.body == paragraphs


# --- Ukrainian: its own stop words ---------------------------------------------

_UKRAINIAN = (
    "Міська рада Заріччя у вівторок проголосувала за закриття старої бібліотеки на "
    "Млинській вулиці після довгої суперечки про ремонт даху.",
    "Депутати заявили, що будівля багато років була небезпечною, а нова філія "
    "відкриється біля вокзалу навесні.",
    "Мер повідомив, що книжки переїдуть до нової філії, а читальна зала працюватиме в "
    "будівлі ради до того часу.",
)
_RUSSIAN = (
    "Городской совет Заречья во вторник проголосовал за закрытие старой библиотеки на "
    "Мельничной улице после долгого спора о ремонте крыши.",
    "Депутаты заявили, что здание много лет было небезопасным, а новый филиал откроется "
    "у вокзала весной.",
    "Мэр сообщил, что книги переедут в новый филиал, а читальный зал до тех пор будет "
    "работать в здании мэрии.",
)


def test_ukrainian_paragraphs_around_a_share_bar_stay_the_story() -> None:
    """A row of networks (``Facebook``, ``Telegram``) between a Ukrainian
    story's paragraphs: read with Ukrainian's own stop words, the
    paragraphs are prose and the story goes on under the row (read with the
    Russian table, their density was low and the story cut at the first,
    silently)."""
    page = news_page(
        _UKRAINIAN[0],
        "Facebook\nTelegram",
        *_UKRAINIAN[1:],
        headline="У Заріччі закриють стару бібліотеку",
        header="04.03.2025",
        site="Заріччя Сьогодні",
        year=2025,
    )
    assert wirestory.parse_story(page).body == _UKRAINIAN


def test_russian_paragraphs_around_a_share_bar_stay_as_they_were() -> None:
    """Near miss: a Russian story with the same row between its paragraphs
    is still read with the Russian table, and whole."""
    page = news_page(
        _RUSSIAN[0],
        "Facebook\nTelegram",
        *_RUSSIAN[1:],
        headline="В Заречье закроют старую библиотеку",
        header="04.03.2025",
        site="Заречье Сегодня",
        year=2025,
    )
    assert wirestory.parse_story(page).body == _RUSSIAN


# --- Prompts to follow the site on a network -----------------------------------

_PROMPTS = [
    ("russian", "Подписывайтесь на наш Telegram-канал"),
    ("ukrainian", "Підписуйтесь на наш Telegram-канал"),
    ("arabic", "تابعونا على تويتر"),
    ("greek", "Ακολουθήστε μας στο Google News"),
]


def _prompt_page(script: str, *blocks: str) -> str:
    if script == "russian":
        return news_page(
            *blocks,
            headline="В Заречье закроют старую библиотеку",
            header="04.03.2025",
            site="Заречье Сегодня",
            year=2025,
        )
    if script == "ukrainian":
        return news_page(
            *blocks,
            headline="У Заріччі закриють стару бібліотеку",
            header="04.03.2025",
            site="Заріччя Сьогодні",
            year=2025,
        )
    return _script_page(script, *blocks)


def _paragraphs_of(script: str) -> tuple[str, ...]:
    return {"russian": _RUSSIAN, "ukrainian": _UKRAINIAN}.get(script) or _SCRIPTS[script][0]


@pytest.mark.parametrize(("script", "prompt"), _PROMPTS)
def test_a_prompt_to_follow_the_site_is_no_paragraph(script: str, prompt: str) -> None:
    """``Подписывайтесь на наш Telegram-канал`` (Russian: subscribe to our
    channel), ``Підписуйтесь на …`` (Ukrainian), ``تابعونا على …`` (Arabic:
    follow us on), ``Ακολουθήστε μας …`` (Greek; the prefix folded as the
    line is, the final sigma made a middle one) between paragraphs: out of
    the body, the paragraphs around it kept."""
    paragraphs = _paragraphs_of(script)
    story = wirestory.parse_story(_prompt_page(script, paragraphs[0], prompt, *paragraphs[1:]))
    assert story.body == paragraphs


def test_a_sentence_opening_like_the_prompt_stays() -> None:
    """Near miss: a story's sentence that opens with the prompt's words and
    runs on (``Подписывайтесь на рассылку мэрии, …, сказал мэр.``) stays."""
    sentence = (
        "Подписывайтесь на рассылку мэрии, чтобы первыми узнать о новых часах работы "
        "библиотеки, сказал мэр журналистам во вторник."
    )
    story = wirestory.parse_story(_prompt_page("russian", _RUSSIAN[0], sentence, *_RUSSIAN[1:]))
    assert sentence in story.body


# --- Direction marks after the full stop ---------------------------------------


@pytest.mark.parametrize(("script", "mark"), [("hebrew", "\u200f"), ("arabic", "\u061c")])
def test_paragraphs_ending_in_a_direction_mark_are_the_story(script: str, mark: str) -> None:
    """Right-to-left sites end a paragraph with an invisible direction mark
    after its full stop (``… בבניין העירייה.`` then U+200F, the Arabic letter
    mark U+061C): each still ends like a sentence (the page had no body)."""
    paragraphs = _SCRIPTS[script][0]
    story = wirestory.parse_story(_script_page(script, *(p + mark for p in paragraphs)))
    assert story.body == tuple(p + mark for p in paragraphs)


def test_a_menu_item_ending_in_a_direction_mark_stays_furniture() -> None:
    """Near miss: a short menu line with a direction mark after it (no
    sentence's end before the mark) stays out of the story."""
    menu = "ראשי\u200f\nחדשות\u200f\nספורט\u200f"
    story = wirestory.parse_story(_script_page("hebrew", *_HEBREW, menu))
    assert story.body == _HEBREW
