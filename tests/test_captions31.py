"""Photo captions on page text, the forms the labelled pages missed or misread
(captions31): a credit in the ``NAME for OUTLET`` form alone under its caption
(``Jane Roe for The Vale Post``) left both in the body; a gallery's link
(``Photos: The old quay through the years``), a video's running time and source
(``03:41 - Source: Vale TV``) and a notice to readers over a gallery photo's
credit (``Disclosure: …`` / ``Jane Roe/Vale Post``) were read as captions; a
caption printed with the button folding it (``… (AP Photo/Jane Roe) less``) and
again folded (``… on... more``) gave the credit ``less`` and a second caption.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_HEADLINE, LIBRARY_STORY, library_page, library_story

import wirestory
from wirestory.bylines import credit_for_outlet
from wirestory.captions import is_gallery_link, is_page_caption, is_video_running_time
from wirestory.explain import explain_lines

CAPTION = "Pupils leave the old library on Mill Street on Monday."


def _codes(story: wirestory.Story) -> set[str]:
    return {d.code for d in story.diagnostics}


def _rule(line: str, *blocks: str) -> str:
    """The rule that read ``line`` on the library page around ``blocks``."""
    text = library_page(*blocks)
    [rule] = [row.rule for row in explain_lines(text) if row.text == line]
    return rule


# --- A credit in the NAME for OUTLET form under its caption -------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Jane Roe for The Vale Post",
        "Samira Doe for Vale Magazine",
        "InkWorks for Vale Magazine",
        "Tom Hale for Reuters",
    ],
)
def test_a_credit_for_an_outlet_under_a_caption_is_its_credit(credit: str) -> None:
    """The caption and its credit were two paragraphs of the body, silently."""
    s = LIBRARY_STORY
    story = library_story(s[0], CAPTION, credit, s[1], s[2], s[3])
    assert [(c.text, c.credit) for c in story.captions] == [(CAPTION, credit)]
    assert list(story.body) == list(s)
    # A title-case subheading under a paragraph has the same form: said.
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe for Mayor",  # a campaign's name: no outlet
        "Jude Bellingham for Real Madrid",  # a headline's shape: no outlet's word
        "Inkworks for Vale Magazine",  # one word, no capital inside: no studio's name
        "Jane Roe for The Vale Post contributed.",  # a sentence
    ],
)
def test_near_misses_of_a_credit_for_an_outlet_stay_in_the_body(line: str) -> None:
    s = LIBRARY_STORY
    story = library_story(s[0], CAPTION, line, s[1], s[2], s[3])
    assert story.captions == ()
    assert CAPTION in story.body


def test_a_credit_for_an_outlet_without_a_byline_is_not_read() -> None:
    """Without a byline the line may be the story's own signature."""
    s = LIBRARY_STORY
    text = (
        "Council votes to close old library | The Vale Post\n\nHome\nNews\n\n"
        "Council votes to close old library\nMarch 4, 2025\n\n"
        + "\n\n".join((s[0], CAPTION, "Jane Roe for The Vale Post", s[1], s[2], s[3]))
        + "\n\nAbout us\nContact us\n"
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    assert all(c.credit != "Jane Roe for The Vale Post" for c in story.captions)


def test_a_credit_for_an_outlet_under_the_last_paragraph_is_no_caption() -> None:
    """Under the story's last paragraph the line signs the story."""
    story = library_story(*LIBRARY_STORY, "Jane Roe for The Vale Post")
    assert story.captions == ()
    assert list(story.body) == list(LIBRARY_STORY)


def test_credit_for_outlet_reads_the_forms() -> None:
    assert credit_for_outlet("Jane Roe for The Vale Post") == "The Vale Post"
    assert credit_for_outlet("InkWorks for Vale Magazine") == "Vale Magazine"
    assert credit_for_outlet("Big Win for The Reds") is None
    assert credit_for_outlet("InkWorks for The Reds") is None


# --- A gallery's link ---------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    ["Photos: The old library through the years", "PHOTOS: Inside the new reading room"],
)
def test_a_gallery_link_is_no_caption(link: str) -> None:
    """It was a caption with ``caption-without-credit``."""
    s = LIBRARY_STORY
    blocks = (s[0], s[1], link, s[2], s[3])
    story = library_story(*blocks)
    assert story.captions == ()
    assert list(story.body) == list(s)
    assert _rule(link, *blocks) == "in-story:gallery-link"


@pytest.mark.parametrize(
    "line",
    [
        "Photos: Jane Roe and Tom Hale",
        "Photos: courtesy of the Roe family",
        "Photo: the old reading room at dawn",
        "Photos by Jane Roe",
        "Photo credits: Jane Roe/Vale Post",
    ],
)
def test_photo_labels_naming_makers_stay_captions(line: str) -> None:
    assert is_page_caption(line)
    assert not is_gallery_link(line)


def test_a_plural_credit_under_a_caption_stays_its_credit() -> None:
    s = LIBRARY_STORY
    story = library_story(s[0], CAPTION, "Photos: Jane Roe", s[1], s[2], s[3])
    assert [(c.text, c.credit) for c in story.captions] == [(CAPTION, "Photos: Jane Roe")]


# --- A video's running time and source ---------------------------------------


@pytest.mark.parametrize("line", ["03:41 - Source: Vale TV", "1:02:15 | Source: Vale TV"])
def test_a_video_running_time_is_no_caption_and_no_paragraph(line: str) -> None:
    """It was a caption (``05:22`` credited ``Source: …`` when the source was
    an agency) or a paragraph of the body."""
    s = LIBRARY_STORY
    block = f"Video Ad Feedback\nWatch the council's vote on the library\n{line}"
    blocks = (s[0], s[1], block, s[2], s[3])
    story = library_story(*blocks)
    assert story.captions == ()
    assert line not in story.body
    assert _rule(line, *blocks) == "in-story:video-running-time"


def test_a_running_time_with_an_agency_is_no_caption() -> None:
    assert not is_page_caption("05:22 - Source: Reuters")
    assert is_video_running_time("05:22 - Source: Reuters")


@pytest.mark.parametrize(
    "line",
    [
        "12:41 GMT",  # a live blog's stamp
        "03:41",  # a time alone
        "At 12:41 the council met to vote on the library.",
    ],
)
def test_near_misses_of_a_running_time(line: str) -> None:
    assert not is_video_running_time(line)


# --- A notice over a credit ---------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Disclosure: The Vale Post may earn a commission from links on this page.",
        "Editor's note: This story has been updated with the council's vote.",
        "Update: The council will meet again on Thursday evening.",
    ],
)
def test_a_notice_over_a_credit_is_no_caption(notice: str) -> None:
    """A gallery photo printed with its credit and no caption under a notice
    to readers: the notice was the photo's caption."""
    s = LIBRARY_STORY
    story = library_story(s[0], s[1], notice, "Jane Roe/Vale Post", s[2], s[3])
    assert all(c.text != notice for c in story.captions)


def test_a_caption_over_a_credit_stays_a_caption() -> None:
    s = LIBRARY_STORY
    story = library_story(s[0], CAPTION, "Jane Roe/Vale Post", s[1], s[2], s[3])
    assert [(c.text, c.credit) for c in story.captions] == [(CAPTION, "Jane Roe/Vale Post")]


# --- A caption with its folding button, and folded ------------------------------

FULL = "Pupils leave the old library on Mill Street on Monday, March 3, 2025."
FOLDED = "Pupils leave the old library on Mill Street"


@pytest.mark.parametrize("ellipsis", ["...", "\u2026"])
def test_a_folded_caption_is_its_caption_shown_again(ellipsis: str) -> None:
    """The credit was ``(AP Photo/Jane Roe) less`` and the folded showing a
    second caption, silently."""
    s = LIBRARY_STORY
    block = f"{FULL} (AP Photo/Jane Roe) less\n{FOLDED}{ellipsis} more\nPhoto: Jane Roe"
    blocks = (s[0], block, s[1], s[2], s[3])
    story = library_story(*blocks)
    assert [(c.text, c.credit) for c in story.captions] == [(FULL, "AP Photo/Jane Roe")]
    assert _rule(f"{FOLDED}{ellipsis} more", *blocks) == "caption-shown-again"
    assert list(story.body) == list(s)


@pytest.mark.parametrize(
    "line",
    [
        # A sentence ending in "less" or "more" is no button.
        "Pupils leave the old library on Mill Street, and the reading room is used less",
        "Members want the library open for a year... or more",
    ],
)
def test_near_misses_of_the_folding_button_stay_paragraphs(line: str) -> None:
    s = LIBRARY_STORY
    story = library_story(s[0], line, s[1], s[2], s[3])
    assert story.captions == ()
    assert line in story.body


# --- The story's photo in a gallery's lightbox under the story -------------------


def _lightbox(title: str) -> str:
    """A lightbox as US chains' pages print it under the story: the photo's
    credit and counter, the lightbox's buttons, the caption with its folding
    button, the caption folded, the credit, the gallery's title."""
    return (
        "Photo: Jane Roe\nImage 1 of 1\n\nCaption\n\nClose\n\nImage 1 of 1\n"
        f"{FULL} (AP Photo/Jane Roe) less\n{FOLDED}... more\nPhoto: Jane Roe\n"
        f"{title}\n1 / 1\nBack to Gallery"
    )


def test_the_story_photo_in_a_lightbox_under_the_story_is_its_caption() -> None:
    """Its caption was furniture: the story had none."""
    blocks = (*LIBRARY_STORY, _lightbox(LIBRARY_HEADLINE))
    story = library_story(*blocks)
    assert [(c.text, c.credit) for c in story.captions] == [(FULL, "AP Photo/Jane Roe")]
    assert list(story.body) == list(LIBRARY_STORY)
    assert _rule(f"{FULL} (AP Photo/Jane Roe) less", *blocks) == "caption-in-lightbox"
    assert _rule(f"{FOLDED}... more", *blocks) == "caption-shown-again"


def test_another_story_photo_in_a_lightbox_is_no_caption() -> None:
    """A gallery titled with another story's headline: its photo is not this
    story's."""
    story = library_story(*LIBRARY_STORY, _lightbox("Ferry fares to rise in the spring"))
    assert story.captions == ()
    assert list(story.body) == list(LIBRARY_STORY)
