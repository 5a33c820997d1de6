"""The thirty-second silent-wrong round: readings tonight's rounds left wrong
with no diagnostic. A match report's clock after "By" (``By Half Time``) named
a writer; a deck over ``Anna Nowak, Redakcja`` and the date was a caption
credited to the writer; a Spanish newsletter box between the story's
paragraphs stayed in the body and a German one cut the story; an Arabic
paper's place and name over the story (``الرياض - الشرق الأوسط``) was lost;
a subheading right over a furniture line inside the story was lost with it.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story, story_under_header
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_byline, find_page_byline
from wirestory.layouts.page import is_date_line

# --- A match report's clock after "By" ------------------------------------------------


@pytest.mark.parametrize(
    "line", ["By Half Time", "By Full Time", "By Full-Time", "By half time:", "By Kick Off"]
)
def test_match_clock_after_by_is_no_writer(line: str) -> None:
    """The clock read as a writer's two capitalised words, "Half Time"."""
    assert find_byline(line) is None
    assert find_page_byline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Names sharing one of the clock's words keep their reading.
        ("By Jane Time", ("Jane Time",)),
        ("By Half Roe", ("Half Roe",)),
        ("By Tom Kick", ("Tom Kick",)),
    ],
)
def test_names_near_the_match_clock_keep_their_reading(line: str, names: tuple[str, ...]) -> None:
    for found in (find_byline(line), find_page_byline(line)):
        assert found is not None
        assert found.names == names


def test_match_clock_under_a_headline_stays_in_the_body_flagged() -> None:
    story = story_under_header("By Half Time")
    assert story.byline is None
    assert story.body[0] == "By Half Time"
    assert "name-as-subheading" in _codes(story)


def test_match_clock_inside_a_page_story_stays_in_the_body() -> None:
    story = library_story(LIBRARY_STORY[0], "By Half Time", *LIBRARY_STORY[1:])
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.body == (LIBRARY_STORY[0], "By Half Time", *LIBRARY_STORY[1:])


# --- A deck over a name line and the date ---------------------------------------------

_DECK = "The council says the repairs would cost more than a new branch"


@pytest.mark.parametrize(
    ("name_line", "names", "organization"),
    [
        ("Anna Nowak, Redakcja", ("Anna Nowak",), "Redakcja"),
        ("Anna Nowak, Reuters", ("Anna Nowak",), "Reuters"),
        ("By Anna Nowak, Redakcja", ("Anna Nowak",), "Redakcja"),
    ],
)
@pytest.mark.parametrize("date", ["4 marca 2025", "March 4, 2025"])
def test_deck_over_a_name_line_and_the_date_is_the_standfirst(
    name_line: str, names: tuple[str, ...], organization: str, date: str
) -> None:
    """The deck was a caption credited to the writer's line; under a Polish
    date the line was no byline either (``marca``, March's genitive, no
    month of a page's date line)."""
    story = library_story(*LIBRARY_STORY, header=f"{_DECK}\n{name_line}\n{date}")
    assert story.captions == ()
    assert story.standfirst == _DECK
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == (names, organization)
    assert story.body == LIBRARY_STORY


def test_polish_date_is_a_date_line() -> None:
    assert is_date_line("4 marca 2025")
    assert is_date_line("12 października 2024")
    assert not is_date_line("Marca Roe")


@pytest.mark.parametrize(
    "credit",
    [
        # A photo's credit over a paragraph, or in a credit's own form
        # over a date, keeps crediting the caption above it.
        "Jane Roe, Reuters\nMembers met again on Wednesday.",
        "Jane Roe/Reuters\nMarch 4, 2025",
    ],
)
def test_photo_credit_in_the_story_keeps_its_caption(credit: str) -> None:
    caption = "Pupils leave the old library on Mill Street on Monday."
    story = library_story(LIBRARY_STORY[0], f"{caption}\n{credit}", *LIBRARY_STORY[1:])
    assert [c.text for c in story.captions] == [caption]


# --- A newsletter's sign-up box in Spanish and German ---------------------------------

_SIGN_UP_BOXES = (
    "Recibe el boletín\nSuscríbete a nuestro boletín diario\nSuscribirme",
    "Recibe las noticias del día\nSuscríbete a nuestro boletín\nSuscríbete",
    "Newsletter\nMelde dich für unseren Newsletter an\nAnmelden",
    "Newsletter\nMelde dich für unseren Newsletter an\nAbonnieren",
)


@pytest.mark.parametrize("box", _SIGN_UP_BOXES)
def test_sign_up_box_between_paragraphs_is_furniture(box: str) -> None:
    """The Spanish box stayed in the body, the German one cut the story off
    (``prose-left-out``); the English box is read so (heldout18)."""
    story = library_story(*LIBRARY_STORY[:2], box, *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY
    assert _codes(story) == []


@pytest.mark.parametrize("box", _SIGN_UP_BOXES)
def test_sign_up_box_under_the_story_stays_out(box: str) -> None:
    story = library_story(*LIBRARY_STORY, box)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "sentence",
    [
        # A story's sentence opening as the pitch does stays in the body.
        "Suscríbete a la revista de la biblioteca, dijo el alcalde a los vecinos del barrio.",
        "Melde dich für den Kurs in der Bibliothek an, sagte die Bürgermeisterin am Dienstag.",
    ],
)
def test_sentence_opening_as_a_pitch_stays_in_the_body(sentence: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], sentence, *LIBRARY_STORY[2:])
    assert sentence in story.body


# --- An Arabic paper's place and its own name over the story --------------------------

_ARABIC_STORY = (
    "قال مجلس المدينة يوم الثلاثاء إنه سيغلق المكتبة القديمة في شارع الطاحونة بعد نقاش "
    "طويل حول سقفها وتكلفة إصلاحه.",
    "وأضاف الأعضاء أن المبنى لم يعد آمنا منذ سنوات، وأن فرعا جديدا سيفتح قرب المحطة في "
    "فصل الربيع المقبل.",
    "وقال رئيس البلدية إن الكتب ستنقل إلى الفرع الجديد، وإن قاعة للقراءة ستبقى مفتوحة في "
    "مبنى البلدية حتى ذلك الحين.",
)
_ARABIC_HEADLINE = "المجلس يصوت على إغلاق المكتبة القديمة"


def _arabic_page(above: str) -> wirestory.Story:
    """An Arabic site's page: title, menu, headline, date, ``above`` (a
    block, or nothing) and the story."""
    text = (
        f"{_ARABIC_HEADLINE} | صوت الميناء\n\nالرئيسية\nأخبار\nرياضة\n\n"
        f"{_ARABIC_HEADLINE}\n4 مارس 2025\n\n"
        + (f"{above}\n\n" if above else "")
        + "\n\n".join(_ARABIC_STORY)
        + "\n\nإعلان\nاتصل بنا\nسياسة الخصوصية\n"
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


@pytest.mark.parametrize(
    "line", ["الرياض - الشرق الأوسط", "جدة – «الشرق الأوسط»", "القاهرة - صوت الميناء"]
)
def test_place_and_outlet_over_an_arabic_story_is_kept_and_flagged(line: str) -> None:
    """The line landed in no field (furniture), with no word said."""
    story = _arabic_page(line)
    assert story.body == (line, *_ARABIC_STORY)
    assert "place-and-outlet-over-story" in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        "أخبار محلية",  # a section's label, no dash
        "الرياض - الشرق الأوسط - 2025",  # a date in it
        "اقرأ أيضا - المجلس يناقش الميزانية الجديدة للمدينة",  # a teaser, too many words
    ],
)
def test_other_lines_over_an_arabic_story_keep_their_reading(line: str) -> None:
    story = _arabic_page(line)
    assert story.body == _ARABIC_STORY
    assert "place-and-outlet-over-story" not in _codes(story)


def test_arabic_story_with_nothing_above_says_nothing() -> None:
    story = _arabic_page("")
    assert story.body == _ARABIC_STORY
    assert _codes(story) == []


# --- A subheading right over a furniture line inside the story ------------------------

_IN_STORY_FURNITURE = (
    "Advertisement",
    "Share this article",
    "Read more: Council budget row deepens",
    "Story continues below advertisement",
    "Download the app",
)


@pytest.mark.parametrize("furniture", _IN_STORY_FURNITURE)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_subheading_over_furniture_inside_the_story_is_kept(furniture: str, gap: str) -> None:
    """The subheading was left out with the furniture under it, silently."""
    block = f"What happens next{gap}{furniture}"
    story = library_story(*LIBRARY_STORY[:2], block, *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], "What happens next", *LIBRARY_STORY[2:])
    assert story.subheading_indices == (2,)


def test_teaser_headline_over_its_own_link_stays_out() -> None:
    """A teaser's headline over its ``Read more:`` link is no subheading."""
    block = "Council budget row deepens\nRead more: Council budget row deepens"
    story = library_story(*LIBRARY_STORY[:2], block, *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize("furniture", _IN_STORY_FURNITURE)
def test_heading_over_furniture_under_the_story_stays_out(furniture: str) -> None:
    """No prose of the story under the furniture: the page's, not the story's."""
    story = library_story(*LIBRARY_STORY, f"What happens next\n{furniture}")
    assert story.body == LIBRARY_STORY
