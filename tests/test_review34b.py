"""The thirty-fourth round's review: misfires of the silent-wrong rules the
last session added. A paper's notice of where the story first ran that
goes on with its own ``added`` or ``noted`` (``Details have been added
since.``, ``…, which noted …``) was read as the story's last paragraph,
silently: the source quoted after a comma (``…, residents recalled.``) is
the form that rule meant. A caption told by position whose relative clause
or apposition holds a past (``(L-R) Jane Roe and Tom Hale, who founded the
club in 1990, pictured on Monday.``) said ``caption-may-be-paragraph``
needlessly, while one narrating in an irregular past (``… won the vote.``)
said nothing. ``Von Anna Schmidt und dpa`` (the opener's own ``und``
joining a writer and an agency, as ``By Jane Roe and AFP`` is read) was no
byline, silently, and ``Par AFP et Jean Dupont`` named ``AFP Dupont``.
A Korean correspondent's name before the post (``홍길동 서울 특파원``) was
no byline, the writer lost.
A Thai public body's name of more than 20 letters after ``ภาพ:``
(``สำนักงานตำรวจแห่งชาติ``) was read as a clause, the caption lost to the
body; a credit over an in-story ``Advertisement`` (``Getty Images.``) was
taken into the body as a short sentence.
A photo's credit with a clause about the photographer after it
(``Photo by Jane Roe, who was at the quay``) was no caption.
A name and a newsroom's word under a caption between the paragraphs
(``Jane Roe, Staff``) made the caption a paragraph, its credit lost; a
deck over ``Jane Roe, Staff Photographer`` was the standfirst.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_CAPTION, LIBRARY_STORY, library_story, page_story_under_header
from story_checks import codes as _codes

from wirestory.bylines import find_byline, script_byline
from wirestory.captions import is_page_caption

# --- A first-run notice with its own "added" or "noted" ------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "This story first appeared in Vale Life. Details have been added since.",
        "This story first appeared in The Vale Post, which noted the council's plans in 2019.",
        "This article appeared in the spring issue of Vale Life. A map was added online.",
    ],
)
def test_first_run_notice_with_its_own_added_stays_a_note(note: str) -> None:
    """Read as the story's last paragraph, silently."""
    story = library_story(*LIBRARY_STORY, note)
    assert story.notes == (note,)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "sentence",
    [
        # A source quoted after a comma: the story's sentence.
        "This story first appeared in Vale Life in 2019, Jane Roe added.",
        "This article appeared in the spring issue of Vale Life, the editor noted.",
        "This story first appeared in Vale Life, according to the council.",
    ],
)
def test_first_run_sentence_quoting_a_source_after_a_comma_stays_in_the_body(
    sentence: str,
) -> None:
    story = library_story(*LIBRARY_STORY, sentence)
    assert story.notes == ()
    assert story.body == (*LIBRARY_STORY, sentence)


# --- A caption told by position: its relative clause, an irregular past ---------------


@pytest.mark.parametrize(
    "caption",
    [
        "(L-R) Jane Roe and Tom Hale, who founded the club in 1990, pictured on Monday.",
        "(L-R) Jane Roe and Tom Hale, both retired, at the quay on Monday.",
        "(L-R) Jane Roe, whose family owned the mill, and Tom Hale at the gala.",
        "(L-R) Jane Roe and Tom Hale at the Vale Awards, where they were named winners.",
        "(L-R) Jane Roe and Tom Hale at the quay in 2016, when the club was founded.",
    ],
)
def test_positioned_caption_with_a_past_in_a_clause_says_nothing(caption: str) -> None:
    """``caption-may-be-paragraph`` was said of a caption whose past tells
    who its people are."""
    story = library_story(LIBRARY_STORY[0], caption, *LIBRARY_STORY[1:])
    assert [c.text for c in story.captions] == [caption]
    assert _codes(story) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "(L-R) Jane Roe and Tom Hale won the vote by a wide margin.",
        "(L-R) Jane Roe, Tom Hale and Ann Lee took the plan to the minister.",
    ],
)
def test_positioned_sentence_in_an_irregular_past_is_flagged(sentence: str) -> None:
    """Read as a photo's caption, silently."""
    story = library_story(LIBRARY_STORY[0], sentence, *LIBRARY_STORY[1:])
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A position word ("far left") is no past; a speech verb outside the
        # relative clause still narrates.
        ("(L-R) Jane Roe, Tom Hale and, far left, Ann Lee at the quay.", False),
        ("(L-R) Jane Roe, who chairs the club, said the plan was wrong.", True),
        ("(L-R) Jane Roe and Tom Hale, when asked, said the plan was wrong.", True),
    ],
)
def test_positioned_lines_near_the_clause_and_the_irregular_past(text: str, flagged: bool) -> None:
    story = library_story(LIBRARY_STORY[0], text, *LIBRARY_STORY[1:])
    assert [c.text for c in story.captions] == [text]
    assert ("caption-may-be-paragraph" in _codes(story)) is flagged


# --- A writer joined to an agency by another language's "and" -------------------------


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("Von Anna Schmidt und dpa", ("Anna Schmidt",), "dpa"),
        ("Von Anna Schmidt und AFP", ("Anna Schmidt",), "AFP"),
        ("Par Jean Dupont et AFP", ("Jean Dupont",), "AFP"),
        ("Por Ana Ruiz, Juan Pérez y EFE", ("Ana Ruiz", "Juan Pérez"), "EFE"),
        # The agency first: read as names, the shared family name's rule
        # gave "AFP Dupont" a writer.
        ("Par AFP et Jean Dupont", ("Jean Dupont",), "AFP"),
    ],
)
def test_writer_joined_to_an_agency_by_the_openers_and(
    line: str, names: tuple[str, ...], organization: str
) -> None:
    """``Von Anna Schmidt und dpa`` was no byline (on a page, the line was
    left out between the headline and the story, in no field); ``Par AFP et
    Jean Dupont`` named a writer ``AFP Dupont``."""
    byline = find_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (names, organization)


def test_page_byline_of_a_writer_and_an_agency_in_german() -> None:
    story = page_story_under_header("Von Anna Schmidt und dpa")
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == (("Anna Schmidt",), "dpa")
    assert story.body == LIBRARY_STORY[:3]


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        # Two writers, English's own forms: read as before.
        ("Von Anna Schmidt und Tom Bauer", ("Anna Schmidt", "Tom Bauer"), None),
        ("By Jane Roe and AFP", ("Jane Roe",), "AFP"),
        ("By Reuters and Jane Roe", ("Jane Roe",), "Reuters"),
        ("By Jane Roe with agencies", ("Jane Roe",), "agencies"),
        ("Von Anna Schmidt, dpa", ("Anna Schmidt",), "dpa"),
    ],
)
def test_bylines_near_the_joined_agency(
    line: str, names: tuple[str, ...], organization: str | None
) -> None:
    byline = find_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (names, organization)


# --- A Korean correspondent's name, then their post ----------------------------------


@pytest.mark.parametrize(
    "line", ["홍길동 서울 특파원", "김민수 워싱턴 특파원", "김민수 도쿄 특파원"]
)
def test_korean_correspondent_named_before_the_post(line: str) -> None:
    """The writer, their post and the title: no byline was read, the writer
    lost silently (``워싱턴=홍길동 특파원``, the post first, was read)."""
    story = library_story(*LIBRARY_STORY, header=f"{line}\nMarch 4, 2025")
    assert story.byline is not None
    assert story.byline.names == (line.split()[0],)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Two names with no mark between them, a post alone: no writer read
        # from the second word.
        ("김철수 이영희 기자", None),
        ("김철수 이영희 특파원", None),
        ("워싱턴 특파원", None),
        ("홍길동 특파원", ("홍길동",)),
        ("워싱턴=홍길동 특파원", ("홍길동",)),
    ],
)
def test_korean_lines_near_the_name_and_post(line: str, names: tuple[str, ...] | None) -> None:
    byline = script_byline(line)
    assert (byline.names if byline is not None and byline.names else None) == names


# --- A Thai public body's name as a credit -------------------------------------------

# "The mayor said the books would move to the new branch", then the label
# ภาพ (picture) and its credit (as tests/test_silent34.py writes it).
_THAI_SENTENCE = "นายกเทศมนตรีกล่าวว่าหนังสือจะย้ายไปสาขาใหม่ ภาพ: "


@pytest.mark.parametrize(
    "credit",
    # The Royal Thai Police, Thammasat University, the Election Commission's
    # office: names of more than 20 letters opening with their kind.
    ["สำนักงานตำรวจแห่งชาติ", "มหาวิทยาลัยธรรมศาสตร์", "สำนักงานคณะกรรมการการเลือกตั้ง"],
)
def test_thai_public_body_credit_stays_a_credit(credit: str) -> None:
    """silent34's clause rule read it as a clause: the caption was the
    story's paragraph, silently."""
    line = _THAI_SENTENCE + credit
    assert is_page_caption(line)
    story = library_story(*LIBRARY_STORY[:2], line, *LIBRARY_STORY[2:])
    assert len(story.captions) == 1
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "clause",
    [
        # Many people came to the event; the Meteorological Department
        # warned that heavy rain would fall across the country (a body's
        # name opening a clause longer than any name).
        "ประชาชนจำนวนมากมาร่วมงาน",
        "กรมอุตุนิยมวิทยาเตือนว่าฝนจะตกหนักทั่วประเทศ",
    ],
)
def test_thai_clauses_near_the_public_body_stay_no_credit(clause: str) -> None:
    assert not is_page_caption(_THAI_SENTENCE + clause)


# --- A credit or a name over in-story furniture --------------------------------------


@pytest.mark.parametrize("credit", ["Getty Images.", "Jane Roe.", "Reuters/Jane Roe."])
def test_credit_over_in_story_furniture_stays_out_of_the_body(credit: str) -> None:
    """silent34's short sentence over ``Advertisement`` took a photo's credit
    into the body (with ``subheading-may-be-teaser``, which it is not)."""
    story = library_story(*LIBRARY_STORY[:2], f"{credit}\nAdvertisement", *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize("sentence", ["The building was closed.", "The vote was close."])
def test_sentences_near_the_credit_over_furniture_stay_in_the_body(sentence: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], f"{sentence}\nAdvertisement", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], sentence, *LIBRARY_STORY[2:])


# --- A photo's credit by someone, a clause about them after it --------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Photo by freelance photographer Jane Roe, who was at the quay",
        "Photos by members of the Vale Camera Club, which is 50 this year",
        "Photos by nature lovers who were at the lake",
        "Photo by staff. The mayor is on the left.",
    ],
)
def test_credit_with_a_clause_after_it_stays_a_caption(credit: str) -> None:
    """silent34 read an auxiliary anywhere after ``by`` as the sentence's
    verb: the credit was no caption."""
    assert is_page_caption(credit)


@pytest.mark.parametrize(
    "sentence",
    [
        # The verb in the clause the label opens: a sentence.
        "Photos by readers are welcome at the desk.",
        "Photos by pupils of the school are on show until May.",
    ],
)
def test_sentences_near_the_credit_with_a_clause_are_no_caption(sentence: str) -> None:
    assert not is_page_caption(sentence)


# --- A photo's credit of a name and "Staff" between the story's paragraphs -------------

# A deck over the header's name line (as tests/test_silent34.py writes it).
_DECK = "The council ends a long debate about the roof of the old library"


@pytest.mark.parametrize(
    "credit", ["Jane Roe, Staff", "Jane Roe, Staff Photographer", "Jane Roe, Redakcja"]
)
def test_name_and_desk_under_an_in_story_caption_credit_it(credit: str) -> None:
    """silent34's deck rule asked every line over such a name: the caption
    between the paragraphs became one of them, its credit lost, silently."""
    story = library_story(LIBRARY_STORY[0], f"{LIBRARY_CAPTION}\n{credit}", *LIBRARY_STORY[1:])
    assert [(c.text, c.credit) for c in story.captions] == [(LIBRARY_CAPTION, credit)]
    assert story.body == LIBRARY_STORY


def test_deck_over_a_staff_photographer_stays_a_caption() -> None:
    """A photographer's word after the name credits the photo: the deck
    was read as the standfirst, the photographer as the byline."""
    story = library_story(*LIBRARY_STORY, header=f"{_DECK}\nJane Roe, Staff Photographer")
    assert [c.text for c in story.captions] == [_DECK]
    assert story.byline is None


@pytest.mark.parametrize("signature", ["Jan Kowalski, Redakcja", "Jane Roe, Staff Writer"])
def test_deck_over_a_desk_signed_name_near_the_credit_is_the_standfirst(signature: str) -> None:
    story = library_story(*LIBRARY_STORY, header=f"{_DECK}\n{signature}")
    assert story.standfirst == _DECK
    assert story.byline is not None
    assert story.byline.names == (signature.split(",")[0],)
