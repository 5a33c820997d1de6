"""The thirty-fourth silent-wrong round: readings the last session's reviews
left wrong with no diagnostic. On a page, a short story sentence or a
one-word subheading right over an in-story ``Advertisement`` was lost with
the ad; a sentence opening with ``(L-R)`` and narrating was a caption; a
sentence opening ``Photos by readers are …`` was a caption; a Thai sentence
ending in ``ภาพ:`` and a clause was a caption with that clause its credit. A
plain Arabic article's byline and date were its first paragraphs. ``서울
특파원`` named a writer ``서울``. A story's sentence on where it first ran,
quoting a source, was a note. ``Von AFP und dpa mit Material von Reuters``
was the body's first paragraph. ``Baja California Sur`` over the date on a
Spanish page was a writer's given name and two family names. A deck over
``Jan Kowalski, Redakcja`` with no date line was a caption and its credit.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import (
    LIBRARY_STORY,
    library_story,
    page_story_under_header,
    story_under_header,
    wire_story_under_header,
)
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_byline
from wirestory.captions import is_page_caption

# --- A short sentence or a one-word subheading over in-story furniture --------------

_FURNITURE_UNDER = ("Advertisement", "Share this article")


@pytest.mark.parametrize("furniture", _FURNITURE_UNDER)
@pytest.mark.parametrize(
    "sentence",
    # Each names a word of the paragraph above ("building", "branch",
    # "station") or under ("books", "reading").
    ["The building was closed.", "The new branch is bigger.", "Most books are ready."],
)
def test_short_sentence_over_in_story_furniture_stays_in_the_body(
    furniture: str, sentence: str
) -> None:
    """It was left out with the ad, in no field, silently."""
    story = library_story(*LIBRARY_STORY[:2], f"{sentence}\n{furniture}", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], sentence, *LIBRARY_STORY[2:])
    assert "subheading-may-be-teaser" not in _codes(story)


@pytest.mark.parametrize("furniture", _FURNITURE_UNDER)
def test_short_sentence_of_other_words_over_furniture_is_kept_and_flagged(furniture: str) -> None:
    story = library_story(
        *LIBRARY_STORY[:2], f"The vote was close.\n{furniture}", *LIBRARY_STORY[2:]
    )
    assert story.body == (*LIBRARY_STORY[:2], "The vote was close.", *LIBRARY_STORY[2:])
    assert "subheading-may-be-teaser" in _codes(story)


@pytest.mark.parametrize("furniture", _FURNITURE_UNDER)
def test_one_word_subheading_over_in_story_furniture_is_kept(furniture: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], f"Books\n{furniture}", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], "Books", *LIBRARY_STORY[2:])
    assert story.subheading_indices == (2,)
    assert "subheading-may-be-teaser" not in _codes(story)


def test_one_word_subheading_of_no_story_word_is_kept_and_flagged() -> None:
    story = library_story(*LIBRARY_STORY[:2], "Reaction\nAdvertisement", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], "Reaction", *LIBRARY_STORY[2:])
    assert "subheading-may-be-teaser" in _codes(story)


@pytest.mark.parametrize(
    "block",
    [
        # A teaser cut short, a lone word with a full stop, a furniture
        # phrase: none is read as the story's line.
        "The vote was close...\nAdvertisement",
        "Close.\nAdvertisement",
        "Related\nAdvertisement",
    ],
)
def test_near_misses_over_in_story_furniture_stay_out(block: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], block, *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY


# --- A story sentence opening with where people stand in a photo --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "(L-R) Jane Roe, Tom Hale and Ann Lee all voted against the plan.",
        "(L-R) Jane Roe, Tom Hale and Ann Lee said the plan was wrong.",
        "(From left) Jane Roe and Tom Hale have led the campaign since May.",
    ],
)
def test_narrating_sentence_opening_with_a_position_mark_is_flagged(sentence: str) -> None:
    """Read as a photo's caption with no credit, silently."""
    story = library_story(LIBRARY_STORY[0], sentence, *LIBRARY_STORY[1:])
    assert [caption.text for caption in story.captions] == [sentence]
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        # The photo described in the present, its people named, a caption's
        # participle: captions, nothing to say.
        "(L-R) Jane Roe, Tom Hale and Ann Lee pose at the quay on Monday.",
        "(L-R) Jane Roe, Tom Hale and Ann Lee, seated, at the gala.",
        "(L-R) Jane Roe, Tom Hale and Ann Lee",
        "(L-R) Jane Roe and Tom Hale pictured at the quay in 2016.",
    ],
)
def test_positioned_captions_near_the_sentence_say_nothing(caption: str) -> None:
    story = library_story(LIBRARY_STORY[0], caption, *LIBRARY_STORY[1:])
    assert [c.text for c in story.captions] == [caption]
    assert story.body == LIBRARY_STORY
    assert _codes(story) == []


# --- A sentence opening like a photo's credit under the story ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Photos by readers are welcome at the desk.",
        "Pictures by pupils are on show in the hall until May.",
    ],
)
def test_sentence_opening_like_a_credit_under_the_story_is_its_last_paragraph(
    sentence: str,
) -> None:
    """Read as a photo's caption (its credit the rest of the sentence)."""
    assert not is_page_caption(sentence)
    story = library_story(*LIBRARY_STORY, sentence)
    assert story.body == (*LIBRARY_STORY, sentence)
    assert story.captions == ()


@pytest.mark.parametrize(
    "credit",
    [
        # Credits naming someone, a picture library in small letters, a
        # credit of readers with no sentence after it.
        "Photos by Jane Roe",
        "Photo by dpa/Jane Roe.",
        "Photo by picture alliance via Getty Images.",
        "Photos by readers",
        "Photos by readers of the Vale Post",
    ],
)
def test_credits_near_the_sentence_stay_captions(credit: str) -> None:
    assert is_page_caption(credit)


# --- An article in a script without capitals, its byline and date -------------------

# An invented Arabic article (the council closing its library): its headline
# and two paragraphs.
_ARABIC_HEADLINE = "مجلس المدينة يصوت على إغلاق المكتبة القديمة"
_ARABIC_STORY = (
    "صوت مجلس المدينة يوم الثلاثاء على إغلاق المكتبة القديمة في شارع الطاحونة بعد "
    "نقاش طويل حول سقفها وكلفة إصلاحه.",
    "وقال الأعضاء إن المبنى غير آمن منذ سنوات وإن فرعا جديدا سيفتح قرب المحطة في الربيع.",
)


def _arabic_article(header: str) -> wirestory.Story:
    text = f"{_ARABIC_HEADLINE}\n\n{header}\n\n" + "\n\n".join(_ARABIC_STORY) + "\n"
    return wirestory.parse(text)[0]


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("بقلم: سارة الحسن\n\n4 مارس 2025", "سارة الحسن"),
        ("بقلم سارة الحسن\n4 مارس 2025", "سارة الحسن"),
        ("كتب: سارة الحسن", "سارة الحسن"),
        ("מאת דנה לוי\n\n4 במרץ 2025", "דנה לוי"),
    ],
)
def test_script_byline_and_date_over_a_plain_article_are_read(header: str, name: str) -> None:
    """Read as wire copy, the byline and the date were its first paragraphs."""
    story = _arabic_article(header)
    assert story.headline == _ARABIC_HEADLINE
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert story.body == _ARABIC_STORY


@pytest.mark.parametrize(
    "header",
    [
        # A sentence opening with the verb "wrote" is the story's.
        "كتب الوزير رسالة إلى المجلس يوم الثلاثاء.",
    ],
)
def test_sentences_near_the_script_byline_stay_in_the_body(header: str) -> None:
    story = _arabic_article(header)
    assert story.byline is None
    assert story.body == (header, *_ARABIC_STORY)


# --- A Korean correspondent's post at home ------------------------------------------


@pytest.mark.parametrize("post", ["서울 특파원", "부산 특파원", "제주 특파원"])
def test_korean_post_at_home_is_no_writer(post: str) -> None:
    """``서울``: a family name's syllable and a given name's, read as the
    writer Seo Ul."""
    story = library_story(*LIBRARY_STORY, header=f"{post}\nMarch 4, 2025")
    assert story.byline is None or post.split()[0] not in story.byline.names


@pytest.mark.parametrize("line", ["김민수 특파원", "서민수 특파원"])
def test_korean_correspondents_near_the_post_keep_their_names(line: str) -> None:
    story = library_story(*LIBRARY_STORY, header=f"{line}\nMarch 4, 2025")
    assert story.byline is not None
    assert story.byline.names == (line.split()[0],)


# --- A story's sentence on a first run, a source quoted -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This article appeared in a special edition last year, residents recalled.",
        "This story first appeared in the Vale Post in 2019, members noted.",
        "This story was first published in 2019, the mayor told reporters.",
    ],
)
def test_first_run_sentence_quoting_a_source_stays_in_the_body(sentence: str) -> None:
    """Read as the paper's note of where the story first ran."""
    story = library_story(*LIBRARY_STORY, sentence)
    assert story.notes == ()
    assert story.body == (*LIBRARY_STORY, sentence)


@pytest.mark.parametrize(
    "note",
    [
        "This story appeared in the March 2025 edition of Vale Life.",
        "This story first appeared in Vale Life.",
        "This article was originally published by The Vale Post.",
    ],
)
def test_first_run_notes_near_the_sentence_stay_notes(note: str) -> None:
    story = library_story(*LIBRARY_STORY, note)
    assert story.notes == (note,)
    assert story.body == LIBRARY_STORY


# --- A German desk's credit of the agencies it used ---------------------------------


@pytest.mark.parametrize(
    ("line", "layout"),
    [
        ("Von AFP und dpa mit Material von Reuters", "auto"),
        ("Von AFP und dpa mit Material von Reuters", "wire"),
        ("Von AFP und dpa mit Material von Reuters", "page"),
        ("Von dpa mit Material von AFP", "auto"),
    ],
)
def test_agencies_with_material_of_another_are_the_byline(line: str, layout: str) -> None:
    """The line was the body's first paragraph."""
    story = {
        "auto": story_under_header,
        "wire": lambda header: wire_story_under_header(header),
        "page": page_story_under_header,
    }[layout](line)
    assert story.byline is not None
    assert story.byline.names == ()
    assert story.byline.organization == line[4:]
    assert story.body[0] == LIBRARY_STORY[0]


@pytest.mark.parametrize(
    "line",
    [
        # A writer, or no agency after "mit Material von": no signature.
        "Von Anna Schmidt mit Material von dpa",
        "Von dpa mit Material von der Polizei",
    ],
)
def test_lines_near_the_agencies_credit_are_no_signature(line: str) -> None:
    assert find_byline(line) is None


# --- A Thai sentence ending in a photo label and a clause ----------------------------

# "The mayor said the books would move to the new branch", then the label
# ภาพ (picture) and what follows it.
_THAI_SENTENCE = "นายกเทศมนตรีกล่าวว่าหนังสือจะย้ายไปสาขาใหม่ ภาพ: "


def test_thai_label_before_a_clause_is_no_credit() -> None:
    """``ประชาชนจำนวนมากมาร่วมงาน`` (many people came to the event) was read as
    the caption's credit."""
    line = _THAI_SENTENCE + "ประชาชนจำนวนมากมาร่วมงาน"
    assert not is_page_caption(line)
    story = library_story(*LIBRARY_STORY[:2], line, *LIBRARY_STORY[2:])
    assert story.captions == ()
    assert story.body == (*LIBRARY_STORY[:2], line, *LIBRARY_STORY[2:])


@pytest.mark.parametrize(
    "credit",
    # An agency in Thai and in Latin letters, a person's given and family
    # names, an outlet's name in one word, a file photo.
    ["รอยเตอร์", "AFP", "สมชาย ใจดี", "เดลินิวส์ออนไลน์", "แฟ้มภาพ"],
)
def test_thai_credits_near_the_clause_stay_credits(credit: str) -> None:
    line = _THAI_SENTENCE + credit
    assert is_page_caption(line)
    story = library_story(*LIBRARY_STORY[:2], line, *LIBRARY_STORY[2:])
    assert len(story.captions) == 1
    assert story.body == LIBRARY_STORY


# --- A Spanish region's name over the date --------------------------------------------

# Three paragraphs of the library story in Spanish: the page reads as Spanish,
# where a person bears two family names.
_SPANISH_STORY = (
    "El ayuntamiento votó el martes cerrar la vieja biblioteca de la calle Molino tras "
    "un largo debate sobre su tejado y el coste de las obras.",
    "Los concejales dijeron que el edificio no era seguro desde hacía años y que una "
    "nueva sucursal abrirá cerca de la estación en primavera.",
    "El alcalde dijo que los libros se trasladarán a la nueva sucursal y que una sala "
    "de lectura seguirá abierta en el ayuntamiento.",
)


def _spanish_story(header: str) -> wirestory.Story:
    return library_story(
        *_SPANISH_STORY, header=header, headline="El ayuntamiento cierra la vieja biblioteca"
    )


@pytest.mark.parametrize("region", ["Baja California Sur", "Baja California Norte"])
def test_region_ending_in_a_compass_word_over_the_date_is_flagged(region: str) -> None:
    """Read as a given name and two family names, silently."""
    story = _spanish_story(f"{region}\n4 de marzo de 2025")
    assert story.byline is not None
    assert "byline-name-may-be-phrase" in _codes(story)


def test_person_with_two_family_names_over_the_date_says_nothing() -> None:
    story = _spanish_story("María García López\n4 de marzo de 2025")
    assert story.byline is not None
    assert story.byline.names == ("María García López",)
    assert "byline-name-may-be-phrase" not in _codes(story)


# --- A deck over the writer and their newsroom, no date line --------------------------

_DECK = "The council ends a long debate about the roof of the old library"


@pytest.mark.parametrize("signature", ["Jan Kowalski, Redakcja", "Ana Ruiz, Redacción"])
def test_deck_over_a_desk_signed_name_is_the_standfirst(signature: str) -> None:
    """With no date line under the name, the deck was a photo's caption and
    the writer its credit."""
    story = library_story(*LIBRARY_STORY, header=f"{_DECK}\n{signature}")
    assert story.standfirst == _DECK
    assert story.byline is not None
    assert story.byline.names == (signature.split(",")[0],)
    assert story.captions == ()


def test_deck_over_an_agency_credit_stays_a_caption() -> None:
    # A photographer and the agency: a photo's credit.
    story = library_story(*LIBRARY_STORY, header=f"{_DECK}\nJane Roe, Reuters")
    assert [caption.text for caption in story.captions] == [_DECK]
    assert story.byline is None


@pytest.mark.parametrize("credit", ["Jane Roe, Photo", "Jane Roe, Video"])
def test_name_and_a_photo_word_is_no_desk_signed_byline(credit: str) -> None:
    # A photo's or a video's word after the name credits a picture.
    story = library_story(*LIBRARY_STORY, header=f"{_DECK}\n{credit}")
    assert story.byline is None
