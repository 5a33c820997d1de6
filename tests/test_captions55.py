"""Photo captions on page text, a fourth round (``cases_captions55``): whole
story pages as a browser's text gives them, each printing a photo's caption
with no credit, opening with a label that points at the photo.

The labelled real pages' caption misses (``score_fields.py``) are captions
with no credit: between the paragraphs of a page of one block a line, under
the share links, a gallery's caption over its date, a caption repeated under
each photo of a series. Most have no mark a paragraph or a subheading lacks;
the form sites do mark is the pointer: a tabloid's ``Pictured: Name at the
quay``, ``Pictured left:`` / ``Pictured right:`` under two photos side by
side, a tech site's ``Above: …``, a translated site's ``In the photo: …``,
``Im Bild:``, ``Nella foto:``, ``En la imagen:``. Before this round each was
read as a paragraph of the story (between its paragraphs), or left out with
the header or read as the first paragraph (over the story; ``Pictured:``
once as the story's dateline), silently.

Fixed (``caption-pointing-label``, ``Knowledge.photo_pointers``): a block of
at most 40 words opening with a pointer and its colon, two words or more after
it, between the story's paragraphs or between its header and its first
paragraph, is a caption, its label kept as its words (the page prints it
inside the caption). A credit alone on the line right above it that no
caption took is its credit (``Photo: Name`` / ``Pictured: …`` under the date
line). It says no ``caption-without-credit``: a line pointing at a photo is
no paragraph nor standfirst. A guard page: ``Above all, …``, ``In the photo
shown to …``, ``Pictured in the plans are …`` (no colon) stay the story's
sentences.

A second form, from a real page's miss: one caption printed word for word
under each photo of a series between the paragraphs (a blog's ``2025 Kelsby
Harbour Lantern Festival <Night of the Boats> opening parade`` under four
photos). Fixed (``caption-repeated-in-series``): a block of six to 40 words
ending in no sentence's end, shown three times or more in the story's
stretch, never twice in a row, each showing next to a sentence, is the
caption (the others ``caption-shown-again``); it says
``caption-without-credit``. Guards: a furniture phrase (``Sign up for our
daily newsletter``), a button's verb opening it (``Buy now from …``,
``Scroll down to …``), a label's colon after its first words (``See it now:
Amazon``), a bar, a list's items shown again among other items, a line
shown twice.

Before the fixes 11 of the 12 pages were misread (20 fields), each silently
on the caption but one (``paragraph-shown-again``); after, none. Every page
and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_pages import HeldOutPages

import wirestory

_CASES = Path(__file__).parent / "cases_captions55"

ROUND = HeldOutPages(_CASES, {})


def test_whole_pages_are_there() -> None:
    assert len(ROUND.names) == 12
    for name in ROUND.names:
        assert set(ROUND.expected(name)) == {"headline", "authors", "captions", "dateline", "body"}


_PARAGRAPHS = (
    "The council has put off a vote on the new bus depot on Riverside Drive after neighbours "
    "asked for more time to read a noise study released last week.",
    "The vote will now take place in April, the chair said, once residents have had a month "
    "to send in their comments on the study.",
    "Residents have collected more than 600 signatures against the plan, which would put "
    "the depot beside three streets of homes.",
    "The transport authority says the depot is needed to keep up with the new routes opening "
    "next year.",
)


def _page(caption: str) -> str:
    lines = ["Vale Citizen", "News", "Local News", "Sport", "Council delays vote on bus depot"]
    lines += ["By Dana Whitlock", "March 4, 2025", *_PARAGRAPHS[:2], caption, *_PARAGRAPHS[2:]]
    return "\n".join([*lines, "Share", "Privacy Policy", ""])


@pytest.mark.parametrize(
    "line",
    [
        "Pictured: Jane Roe at the quay",
        "PICTURED: Jane Roe and Tom Hale at the quay on Monday.",
        "Pictured above: The quay at dawn",
        "Pictured left: Jane Roe in 1961",
        "Above: The quay at dawn on Monday.",
        "In the photo: boats at the quay.",
        "Im Bild: Boote am Kai",
        "Sur la photo : des bateaux au quai",
        "Na zdjęciu: łodzie w porcie",
    ],
)
def test_pointing_captions_between_paragraphs(line: str) -> None:
    """Each was a paragraph of the story before captions55, silently."""
    story = wirestory.parse(_page(line))[0]
    assert [(c.text, c.credit) for c in story.captions] == [(line, None)]
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        # No colon: a sentence's words.
        "Above all, the council wants the depot open by May.",
        "Pictured in the plans are trees along the depot's fence.",
        "In the photo, which was widely shared, the depot is empty.",
        "Below: the full list of objections",
        # One word after the label: a heading's, a menu's.
        "Pictured: Monday",
        # A paragraph's length (over 40 words).
        "Pictured: " + " ".join(["buses"] * 45),
        # The label not at the line's opening.
        "The sign read Pictured: the depot as it will look in 2027",
    ],
)
def test_near_misses_are_no_pointing_captions(line: str) -> None:
    """Guards: the pointer's words with no colon, too few words after it or
    too many in all, or the label inside the line."""
    story = wirestory.parse(_page(line))[0]
    assert line.strip() not in [c.text for c in story.captions]


def test_a_pointing_caption_says_no_missing_credit() -> None:
    """A line pointing at a photo is no paragraph nor standfirst:
    ``caption-without-credit`` would cry wolf on it."""
    caption = "Pictured: Buses parked at the old depot on Riverside Drive on Monday"
    story = wirestory.parse(_page(caption))[0]
    assert [(c.text, c.credit) for c in story.captions] == [(caption, None)]
    assert list(story.body) == list(_PARAGRAPHS)
    assert "caption-without-credit" not in {d.code for d in story.diagnostics}


def test_a_pointing_caption_ending_in_capitals_says_its_credit_may_be_glued() -> None:
    """A word in capitals at its end may be a credit glued on with no
    separator, read as the caption's words: said, as for a caption told by
    where its people stand."""
    caption = "Pictured: Buses parked at the old depot on Riverside Drive on Monday AFP"
    story = wirestory.parse(_page(caption))[0]
    assert [c.text for c in story.captions] == [caption]
    assert "caption-without-credit" in {d.code for d in story.diagnostics}


_SERIES_PARAGRAPHS = (
    *_PARAGRAPHS,
    "Buses would leave the depot from five in the morning, the study found, and return after "
    "midnight.",
)


def _series_page(repeated: str, times: int = 4) -> str:
    """A page whose line ``repeated`` stands under each of its first
    ``times`` paragraphs."""
    lines = ["Vale Citizen", "News", "Local News", "Sport", "Council delays vote on bus depot"]
    lines += ["By Dana Whitlock", "March 4, 2025"]
    for paragraph in _SERIES_PARAGRAPHS[:times]:
        lines += [paragraph, repeated]
    lines += [*_SERIES_PARAGRAPHS[times:], "Share", "Privacy Policy"]
    return "\n".join(lines) + "\n"


def test_a_caption_under_each_photo_of_a_series() -> None:
    """Before captions55 the body showed the line four times among its own
    paragraphs, silently (``paragraph-shown-again`` says a page shown twice)."""
    caption = "Buses parked at the old depot on Riverside Drive on Monday morning"
    story = wirestory.parse(_series_page(caption))[0]
    assert [(c.text, c.credit) for c in story.captions] == [(caption, None)]
    assert list(story.body) == list(_SERIES_PARAGRAPHS)
    assert "caption-without-credit" in {d.code for d in story.diagnostics}


@pytest.mark.parametrize(
    ("repeated", "times"),
    [
        # A furniture phrase, a button's or a promotion's verb.
        ("Sign up for our daily newsletter today", 4),
        ("Buy now from the Vale Citizen shop", 4),
        ("Scroll down to continue reading the article", 4),
        # A label's colon after its first words; a bar.
        ("See it now at the shop: Vale Citizen Store", 4),
        ("Buses parked at the depot | Vale Citizen Photos", 4),
        # Shown twice only (a page may show a line twice).
        ("Buses parked at the old depot on Riverside Drive on Monday", 2),
        # A sentence (a page showing its text again repeats sentences).
        ("Buses parked at the old depot on Riverside Drive on Monday.", 4),
        # Too short: a table's header row, a link.
        ("Pos Player Plays Stats", 4),
    ],
)
def test_lines_shown_again_that_are_no_series_caption(repeated: str, times: int) -> None:
    """Guards: each is shown under several paragraphs, none a photo's caption."""
    story = wirestory.parse(_series_page(repeated, times))[0]
    assert repeated not in [c.text for c in story.captions]


def test_a_list_item_shown_again_in_the_next_list_is_no_series_caption() -> None:
    """A product's features listed under each of three products, the same
    line among other items each time: no caption."""
    lines = ["Vale Citizen", "Reviews", "Gadgets", "The best smart speakers of the year"]
    lines += ["By Dana Whitlock", "March 4, 2025"]
    feature = "Easy setup for all your home devices"
    for number, paragraph in enumerate(_SERIES_PARAGRAPHS[:3]):
        lines += [paragraph, f"Speaker model {number + 1}", feature, "Voice control built in"]
        lines += ["Works with every music service"]
    lines += [*_SERIES_PARAGRAPHS[3:], "Share", "Privacy Policy"]
    story = wirestory.parse("\n".join(lines) + "\n")[0]
    assert feature not in [c.text for c in story.captions]
