"""Page forms of the eleventh held-out round: BBC's captions since 2021
(``Image source, X`` over ``Image caption, Y``), Ukraine's Interfax, the
Jewish Telegraphic Agency and the Caribbean Media Corporation in datelines,
an opinion page's disclaimer under the column, a writer's byline joined to
the wires' (``By Jane Roe and Agencies``), Thai papers' capitalised
``WRITER:`` label, Caribbean papers' title glued after a slash, Getty's
``Photo by X/Y via Getty Images`` after a caption, Basque, Swahili and Irish
photo labels; with the counter-cases that read like them and must be read
otherwise.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_CAPTION as _CAPTION
from news_pages import LIBRARY_STORY as _PARAGRAPHS
from news_pages import library_page as _page

import wirestory
from wirestory.bylines import find_byline, find_page_byline, page_person_names
from wirestory.captions import parse_credit
from wirestory.trailers import note_story_sentence

# --- Captions and credits ----------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "caption_line", "credit_text"),
    [
        ("Image source, Getty Images", f"Image caption, {_CAPTION}", "Getty Images"),
        (
            "Image source, Orla Keane/Vale Post",
            f"Image caption, {_CAPTION}",
            "Orla Keane/Vale Post",
        ),
        ("Image source, Reuters", f"Image caption,  {_CAPTION}", "Reuters"),
    ],
)
def test_bbc_s_image_source_over_its_image_caption(
    credit: str, caption_line: str, credit_text: str
) -> None:
    """BBC pages since 2021 print ``Image source, X`` over ``Image caption,
    Y`` (the labels with a comma, for screen readers): the line under is the
    caption, its label and comma dropped, and the line above its credit, as
    ``Image copyright X`` over ``Image caption Y`` was."""
    story = wirestory.parse_story(
        _page(_PARAGRAPHS[0], f"{credit}\n{caption_line}", *_PARAGRAPHS[1:])
    )
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_CAPTION, credit_text)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The image source, a retired teacher, said she had taken the photo in 1962.",
        "Image sources, the museum said, were hard to trace for the oldest photos.",
    ],
)
def test_the_bbc_labels_words_in_a_sentence_stay_body(paragraph: str) -> None:
    """The words away from the line's start, or without their comma right
    after them, are a sentence's."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert story.captions == ()
    assert paragraph in story.body


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("Photo by Orla Keane/AFP via Getty Images", "Orla Keane", "Getty Images"),
        ("Photo by Orla Keane/Anadolu via Getty Images", "Orla Keane", "Getty Images"),
        ("Photo by Orla Keane/Vale Post via Getty Images", "Orla Keane", "Getty Images"),
        ("Photo by Orla Maria de la Keane/Getty Images", "Orla Maria de la Keane", "Getty Images"),
    ],
)
def test_getty_s_photo_by_credit_after_the_caption(
    credit: str, photographer: str, agency: str
) -> None:
    """``… on Monday. Photo by X/AFP via Getty Images``: Getty's credit after
    the caption's full stop, no brackets. The bound on a bare credit's words
    is on its names: the label ``Photo by`` is none of them."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], f"{_CAPTION} {credit}", *_PARAGRAPHS[1:]))
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_CAPTION, credit)
    assert (caption.photographer, caption.agency) == (photographer, agency)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Names after the label past the bound, and a sentence's end: no credit.
        "The council said the photo by the old gate showed the roof as it was in 1910.",
        "Members looked at a photo by Orla Keane of the reading room and its tall old windows",
    ],
)
def test_a_photo_by_in_a_sentence_stays_body(paragraph: str) -> None:
    """``photo by`` inside a sentence, or followed by more words than a
    credit's names, is no credit."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert story.captions == ()
    assert paragraph in story.body


@pytest.mark.parametrize(
    ("credit", "photographer", "source"),
    [
        ("Illustration: Orla Keane/The Vale Post", "Orla Keane", "The Vale Post"),
        ("Photo illustration: Orla Keane", "Orla Keane", None),
        ("Photo-illustration: Orla Keane", "Orla Keane", None),
        ("Illustration by Orla Keane", "Orla Keane", None),
    ],
)
def test_an_illustration_s_credit_after_the_caption(
    credit: str, photographer: str, source: str | None
) -> None:
    """``Illustration: Jane Roe/The Guardian``, ``Photo illustration: …``:
    a drawn or composed picture's credit, its label naming no one."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], f"{_CAPTION} {credit}", *_PARAGRAPHS[1:]))
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_CAPTION, credit)
    assert (caption.photographer, caption.source) == (photographer, source)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Picture by picture, the archive was restored over ten years by volunteers.",
        "Photo by photo, the old prints of the reading room were hung in the town hall.",
        "Illustration by a local artist will fill the new reading room, the council said.",
    ],
)
def test_a_photo_label_and_by_before_a_small_letter_is_a_sentence(paragraph: str) -> None:
    """A line opening with a photo label and ``by`` is a credit when a name
    follows (``Photo by Jane Roe``); before a small letter the words are a
    sentence's, and the paragraph was read as a caption and lost."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert story.captions == ()
    assert list(story.body) == [*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]]


@pytest.mark.parametrize(
    ("credit", "photographer", "source"),
    [
        ("Courtesy of Vale Museum", None, "Vale Museum"),
        ("Courtesy of the Vale Museum", None, "the Vale Museum"),
        ("Courtesy of the family", None, "the family"),
        ("Courtesy of Orla Keane", "Orla Keane", None),
    ],
)
def test_courtesy_of_after_the_caption_s_full_stop(
    credit: str, photographer: str | None, source: str | None
) -> None:
    """``… on Monday. Courtesy of Vale Museum`` (no photo word before it, no
    brackets): the credit; the paragraph was read as a paragraph."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], f"{_CAPTION} {credit}", *_PARAGRAPHS[1:]))
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_CAPTION, credit)
    assert (caption.photographer, caption.source) == (photographer, source)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Members met on Monday. Courtesy of the council, the hall opened early.",
        "Members met on Monday. courtesy of the council the hall opened early",
        "Members met on Monday. Courtesy of the council the hall opened early on Monday and "
        "the mayor spoke for an hour to the crowd in the square",
    ],
)
def test_courtesy_of_opening_a_sentence_is_no_credit(paragraph: str) -> None:
    """A sentence's ``Courtesy of …`` (a clause's comma, a full stop, small
    letters, more words than a credit's) is no credit."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert story.captions == ()
    assert paragraph in story.body


@pytest.mark.parametrize(
    ("credit", "photographer", "source"),
    [
        ("ST PHOTO: ORLA KEANE", "ORLA KEANE", "ST"),
        ("NST PHOTO: ORLA KEANE", "ORLA KEANE", "NST"),
        ("TODAY PHOTO: Orla Keane", "Orla Keane", "TODAY"),
    ],
)
def test_an_outlet_s_initials_before_the_photo_label(
    credit: str, photographer: str, source: str
) -> None:
    """``… on Monday. ST PHOTO: JANE ROE`` (Singaporean and Malaysian papers'
    own photos): the outlet's initials in capitals before the label open the
    credit; the paragraph was read as a paragraph, credit and all."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], f"{_CAPTION} {credit}", *_PARAGRAPHS[1:]))
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_CAPTION, credit)
    assert (caption.photographer, caption.source) == (photographer, source)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pupils leave the old library on Mill Street in the UK PHOTO: a sign reads closed",
        "Members said the plan was final. The US photo: an old print of the street.",
    ],
)
def test_capitals_before_a_photo_word_in_a_sentence_make_no_credit(paragraph: str) -> None:
    """Capitals before the label with no sentence's end before them, or a
    word before the capitals, open no credit."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert story.captions == ()
    assert paragraph in story.body


@pytest.mark.parametrize(
    ("credit", "photographer"),
    [
        ("Argazkia: Orla Keane", "Orla Keane"),  # Basque
        ("Picha: Orla Keane", "Orla Keane"),  # Swahili
        ("Grianghraf: Orla Keane", "Orla Keane"),  # Irish
    ],
)
def test_basque_swahili_and_irish_photo_labels(credit: str, photographer: str) -> None:
    """``Argazkia:``, ``Picha:`` and ``Grianghraf:`` open a photo credit as
    ``Foto:`` does; the label names no one."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], f"{_CAPTION} {credit}", *_PARAGRAPHS[1:]))
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_CAPTION, credit)
    assert caption.photographer == photographer
    assert parse_credit(credit).photographer == photographer
    assert list(story.body) == list(_PARAGRAPHS)


def test_a_photo_label_s_word_without_its_colon_stays_body() -> None:
    """Without the colon the word is a sentence's (``picha`` in a Swahili
    sentence, a name)."""
    paragraph = "Picha Mwangi, who runs the reading group, said the books would be missed."
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert story.captions == ()
    assert paragraph in story.body


# --- Datelines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("KYIV, March 4 (Interfax-Ukraine) - ", "KYIV", "Interfax-Ukraine"),
        ("JERUSALEM (JTA) — ", "JERUSALEM", "Jewish Telegraphic Agency"),
        ("KINGSTON, Jamaica, March 4 (CMC) - ", "KINGSTON", "Caribbean Media Corporation"),
        ("Girona, 4 de març (ACN).- ", "Girona", "Agència Catalana de Notícies"),
        ("BARCELONA, 4 març (ACN).- ", "BARCELONA", "Agència Catalana de Notícies"),
        ("MOSCOW, March 4 (Interfax) - ", "MOSCOW", "Interfax"),
    ],
)
def test_ukrainian_jewish_and_caribbean_agency_datelines(
    opening: str, place: str, agency: str
) -> None:
    """Ukraine's Interfax (its hyphen no agency's shape: it read as Moscow's
    Interfax), the Jewish Telegraphic Agency and the Caribbean Media
    Corporation (read by their shape and flagged) are agencies, and the
    Catalan agency after a day-first date (where no shape read it)."""
    story = wirestory.parse_story(_page(opening + _PARAGRAPHS[0], *_PARAGRAPHS[1:]))
    assert story.dateline is not None
    assert (story.dateline.places, story.dateline.agencies) == ((place,), (agency,))
    assert list(story.body) == list(_PARAGRAPHS)
    assert "dateline-agency-by-shape" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize("credit", ["Photo: Orla Keane/CMC", "Photo: JTA"])
def test_dateline_only_agencies_of_this_round_are_no_credit_s_agency(credit: str) -> None:
    """``CMC``, ``JTA`` and ``ACN`` stand for other things in running text: read in a
    dateline's slot only, never as a credit's agency."""
    assert parse_credit(credit).agency is None


# --- Notes under the story ---------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "The views expressed in this article are the author's own.",
        "Views expressed are personal.",
        "The opinions expressed here are those of the writer and do not necessarily "
        "reflect the views of The Vale Post.",
        "The views expressed in this column are solely those of the author.",
    ],
)
def test_an_opinion_page_s_disclaimer_is_a_note(note: str) -> None:
    """An opinion page's disclaimer under the column is a note, no paragraph
    of the story."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, note))
    assert list(story.body) == list(_PARAGRAPHS)
    assert story.notes == (note,)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The views expressed at the meeting were mixed, and the vote was close.",
        "The opinions expressed by residents are those of people who used the library daily.",
    ],
)
def test_a_story_s_sentence_on_views_stays_body(paragraph: str) -> None:
    """A sentence on whose views they were, not the author's, is the story's."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, paragraph))
    assert list(story.body) == [*_PARAGRAPHS, paragraph]
    assert story.notes == ()


# --- Bylines -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "names", "organization"),
    [
        ("By Orla Keane and Agencies", ("Orla Keane",), "Agencies"),
        ("By Orla Keane and agencies", ("Orla Keane",), "agencies"),
        ("By Orla Keane with news agencies", ("Orla Keane",), "news agencies"),
        ("By Orla Keane and AFP", ("Orla Keane",), "AFP"),
        ("By Orla Keane & Reuters", ("Orla Keane",), "Reuters"),
        ("By Orla Keane, Tomas Hale and agencies", ("Orla Keane", "Tomas Hale"), "agencies"),
        ("BY ORLA KEANE AND AGENCIES", ("ORLA KEANE",), "AGENCIES"),
        ("Orla Keane with agencies", ("Orla Keane",), "agencies"),
    ],
)
def test_a_writer_joined_to_the_wires_is_the_byline(
    header: str, names: tuple[str, ...], organization: str
) -> None:
    """``By Jane Roe and Agencies`` (Israeli, Gulf and British papers): the
    names before the last ``and``, ``&`` or ``with`` are the writers, the
    wires after it the organisation. The byline was lost."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{header}\nMarch 4, 2025"))
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == (names, organization)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Orla Keane and Tomas Hale", ("Orla Keane", "Tomas Hale")),
        ("By Orla Keane with Tomas Hale", None),
        ("By the Vale Post and agencies", None),
        ("By Staff and Agencies", None),
    ],
)
def test_a_second_writer_or_no_writer_before_the_wires(
    line: str, names: tuple[str, ...] | None
) -> None:
    """A name after ``and`` is a second writer, no wire; a newsroom before
    the wires names no writer."""
    found = find_byline(line)
    assert (found.names if found is not None and found.names else None) == names


@pytest.mark.parametrize(
    "header", ["WRITER: Orla Keane", "AUTHOR: Orla Keane", "REPORTER: Orla Keane"]
)
def test_a_capitalised_writer_label(header: str) -> None:
    """``WRITER: Jane Roe`` (Thai English-language papers print the header's
    labels in capitals, ``PUBLISHED : …`` above it) opens the byline as
    ``Writer:`` does."""
    story = wirestory.parse_story(
        _page(*_PARAGRAPHS, header=f"PUBLISHED : 4 Mar 2025 at 06:00\n{header}")
    )
    assert story.byline is not None
    assert story.byline.names == ("Orla Keane",)
    assert list(story.body) == list(_PARAGRAPHS)


def test_a_capitalised_label_s_word_without_its_colon_is_no_opener() -> None:
    """Without the colon the word opens no byline."""
    assert find_page_byline("WRITER Orla Keane") is None


@pytest.mark.parametrize(
    ("header", "organization"),
    [
        ("Orla Keane/Staff Reporter", "Staff Reporter"),
        ("Orla Keane/Gleaner Writer", "Gleaner Writer"),
        ("Orla Keane/Senior Staff Reporter", "Senior Staff Reporter"),
        ("By Orla Keane/Contributor", "Contributor"),
    ],
)
def test_a_writer_s_title_glued_after_a_slash(header: str, organization: str) -> None:
    """``Jane Roe/Staff Reporter`` (Caribbean papers): the slash glued before
    a writer's title reads as a spaced one; the title is the organisation."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{header}\nMarch 4, 2025"))
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == (("Orla Keane",), organization)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Orla Keane/AFP",
        "By Orla Keane/AFP",
        "Bus/Rail Reporter",
        "Photo by Orla Keane/Staff Writer",
    ],
)
def test_a_glued_slash_before_no_title_is_still_no_byline(line: str) -> None:
    """Glued before an agency (a photo credit's form), or with no name
    before it, the slash still makes no byline."""
    assert find_page_byline(line) is None
    assert line.startswith(("By ", "Photo")) or page_person_names(line) is None


@pytest.mark.parametrize(
    "note",
    [
        "A version of this article appears in print on March 5, 2025, Section A, Page 6 "
        "with the headline: Council Votes to Close Library.",
        "This story has been updated.",
        "This story has been updated to include comment from the mayor.",
        "This article was translated from the Welsh original.",
        "This article is republished from The Vale Review under a Creative Commons license.",
        "This article was produced by Vale Radio and is republished here with permission.",
        "This story was produced in partnership with the Vale Trust.",
    ],
)
def test_a_notice_on_where_and_how_the_story_ran_is_a_note(note: str) -> None:
    """Notices under the story on its print run, its update, its translation,
    its republishing and its partners are notes, no paragraph."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, note))
    assert list(story.body) == list(_PARAGRAPHS)
    assert story.notes == (note,)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The plan was republished from the archive in 2019, the mayor said.",
        "The book was translated into Welsh in 1990, and a copy stays in the reading room.",
        "A version of the plan was printed in the council's newsletter in May.",
    ],
)
def test_a_story_s_sentence_on_a_republished_or_translated_thing_stays_body(
    paragraph: str,
) -> None:
    """A sentence on another thing republished or translated is the story's."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, paragraph))
    assert list(story.body) == [*_PARAGRAPHS, paragraph]
    assert story.notes == ()


# --- Furniture between paragraphs --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Article continues after this advertisement",
        "Story continues after advertisement",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Content continues below",
        "Advertisement · Scroll to continue",
        "Skip Advertisement",
        "Report an ad",
        "ADVERTISING",
        "Publicitat",  # Catalan
        "Iragarkia",  # Basque
        "Tangazo",  # Swahili
        "Advertensie",  # Afrikaans
        "Hysbyseb",  # Welsh
        "Listen to article",
        "Listen to this story",
        "Audio version",
        "Play audio",
        "Gift this article",
        "Share full article",
        "Save article",
        "Font size",
    ],
)
def test_ad_audio_and_tool_lines_between_paragraphs_are_furniture(line: str) -> None:
    """An advertisement's label or prompt (in English, Catalan, Basque,
    Swahili, Afrikaans, Welsh), an audio player's label and an article tool
    between two paragraphs are furniture: the story goes on under them."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:]))
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Advertising revenue at the paper fell by a third last year, its owner said.",
        "Story continues below the harbour wall, where the old tunnel opens into the bay.",
        "Article continues to apply to every member, the court said on Monday.",
        "Font size and lighting matter to older readers, the librarian said.",
    ],
)
def test_sentences_opening_like_those_lines_stay_body(paragraph: str) -> None:
    """A sentence opening with those words is the story's."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert list(story.body) == [*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]]


@pytest.mark.parametrize(
    "header",
    [
        "Story and photos by Orla Keane",
        "Text and photos by Orla Keane",
        "Text and photos: Orla Keane",
        "Words and pictures: Orla Keane",
        "Words and pictures by Orla Keane",
        "Interview by Orla Keane",
        "Review by Orla Keane",
        "Column by Orla Keane",
        "Compiled by Orla Keane",
    ],
)
def test_a_feature_s_or_a_review_s_byline_frame(header: str) -> None:
    """Features, interviews, reviews and columns frame the byline in their
    own words (the writer took the photos, asked the questions): the name
    after them is the writer's. The byline was lost."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{header}\nMarch 4, 2025"))
    assert story.byline is not None
    assert story.byline.names == ("Orla Keane",)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "line", ["Review by the board of the plans", "Interview by interview, the picture grew"]
)
def test_the_frames_words_before_no_name_make_no_byline(line: str) -> None:
    """The frame's words before no name are a phrase's."""
    assert find_page_byline(line) is None


# --- Interviews ---------------------------------------------------------------

_INTRO = "Orla Keane has run the Mill Street library for twenty years. We asked her about the plan."
_TURNS = (
    "Q. Why close the library now?",
    "A. The roof has been leaking for years and the repairs would cost more than a new branch.",
    "Q. What happens to the books?",
    "A. They move to the new branch near the station in the spring.",
)


def test_an_interview_s_last_turns_labelled_with_a_full_stop_stay_the_story() -> None:
    """``Q. What happens to the books?`` / ``A. They move …`` under the
    story's stretch: the label's full stop parts no sentence, so the short
    turns are read as the story's closing sentences. They were left out."""
    story = wirestory.parse_story(_page(_INTRO, *_TURNS))
    assert list(story.body) == [_INTRO, *_TURNS]
    assert "closing-sentence-left-out" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "note",
    [
        "This interview has been edited for length and clarity.",
        "This conversation has been condensed and edited.",
        "Answers have been edited for length.",
        # Condensed alone holds no "edited", the word the note was searched
        # for: it was body (speed34w made a note of each verb).
        "This conversation has been condensed for clarity.",
        "Answers have been lightly condensed.",
    ],
)
def test_an_interview_s_note_on_its_editing_is_a_note(note: str) -> None:
    """The note under an interview on its editing is a note, no turn."""
    story = wirestory.parse_story(_page(_INTRO, *_TURNS[:2], note))
    assert list(story.body) == [_INTRO, *_TURNS[:2]]
    assert story.notes == (note,)


def test_a_note_on_condensing_after_a_notice_holds_no_story_sentence() -> None:
    """Each sentence of a note paragraph is searched for the notes of the
    words it holds: a second note, on condensing, is a note, no sentence of
    the story (``note-holds-story`` stays unsaid)."""
    paragraph = "This story has been updated. This conversation has been condensed for length."
    assert note_story_sentence(paragraph) is None
    story = wirestory.parse_story(_page(*_PARAGRAPHS, paragraph))
    assert story.notes == (paragraph,)
    assert "note-holds-story" not in [d.code for d in story.diagnostics]


def test_a_sentence_on_an_edited_interview_stays_body() -> None:
    """A sentence on another interview's editing is the story's."""
    paragraph = "The interview was edited by the station before it aired, the mayor complained."
    story = wirestory.parse_story(_page(*_PARAGRAPHS, paragraph))
    assert list(story.body) == [*_PARAGRAPHS, paragraph]
    assert story.notes == ()


# --- Subscription notices -----------------------------------------------------

_PAYWALL_NOTICES = (
    "Subscribe now to continue reading.",
    "This content is for subscribers only.",
    "To read the full article, subscribe.",
    "Unlock this article by subscribing.",
    "Register to read more.",
    "Subscribe for unlimited access.",
    "Become a member to keep reading.",
)


@pytest.mark.parametrize("notice", _PAYWALL_NOTICES)
def test_a_subscription_notice_under_the_story_is_furniture(notice: str) -> None:
    """A subscription notice under a story cut short by its paywall is
    furniture, no last paragraph."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:3], notice))
    assert list(story.body) == list(_PARAGRAPHS[:3])


@pytest.mark.parametrize("notice", _PAYWALL_NOTICES)
def test_a_subscription_notice_between_paragraphs_is_furniture(notice: str) -> None:
    """Printed between two paragraphs, the notice is furniture and the story
    goes on under it."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], notice, *_PARAGRAPHS[2:]))
    assert list(story.body) == list(_PARAGRAPHS)


def test_a_sentence_on_subscribing_stays_body() -> None:
    """A sentence on subscribers is the story's."""
    paragraph = "Subscribers to the reading group can keep their books until the new branch opens."
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:3], paragraph))
    assert list(story.body) == [*_PARAGRAPHS[:3], paragraph]
