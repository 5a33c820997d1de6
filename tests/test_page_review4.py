"""Adversarial cases for the page rules of the third held-out round: shapes
that read like the new forms but are something else must either be read
otherwise or carry a diagnostic (never silently wrong)."""

from __future__ import annotations

import pytest

import wirestory
from wirestory import ParseOptions

PAGE = ParseOptions(layout="page")

_HEADLINE = "Lighthouse keepers vote to stay on the rock"
_MENU = "Home\nNews\nWorld\nBusiness\nSport\nCulture\nOpinion\n"
_FOOTER = "\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\nTerms of Use\n"
_PARAGRAPHS = (
    "the keepers of the north light voted on Tuesday to stay on the rock through the "
    "winter, turning down an offer of a flat in town and a job at the new visitor centre.",
    "The lamp has been run from the shore since the spring, but the keepers say the fog "
    "signal still needs a hand when the power cable fails, as it did twice last year.",
    "A spokeswoman for the lighthouse board said the offer would stay open until March, "
    "and that the supply boat would go on calling every second week in the meantime.",
    "The keepers' union said it would ask the board to pay for a second radio before "
    "the storms, when the boat cannot land for weeks at a time.",
)


def _page(first: str, *, menu: str = _MENU, header: str = "By Ann Marsh\nMarch 3, 2020\n") -> str:
    return (
        f"{_HEADLINE} | The North Coast Times\n\n{menu}\n{_HEADLINE}\n{header}Share\nTweet\n\n"
        + "\n\n".join((first, *_PARAGRAPHS[1:]))
        + "\n"
        + _FOOTER
    )


@pytest.mark.parametrize(
    "opening",
    ["Deadline, Mar 31: T", "Thanksgiving, Nov 26: T", "Recap, Mar 3, 2020: T", "Deadline: T"],
)
def test_a_title_case_word_before_a_colon_read_as_a_place_says_so(opening: str) -> None:
    """``Deadline, Mar 31: The …`` has the shape of ``Dubai, Nov 19: The …``:
    read as the dateline, it carries ``dateline-place-by-shape`` (a label or a
    holiday reads the same) when the page names that place nowhere else."""
    story = wirestory.parse_story(_page(opening + _PARAGRAPHS[0]), options=PAGE)
    assert story.dateline is not None
    assert story.dateline.raw == opening[:-2]
    assert "dateline-place-by-shape" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    ("menu", "header"),
    [
        (_MENU.replace("World\n", "Kirkwall\n"), "By Ann Marsh\nMarch 3, 2020\n"),
        (_MENU, "By Ann Marsh, Kirkwall\nMarch 3, 2020\n"),
    ],
    ids=["menu", "byline"],
)
def test_a_one_word_place_the_page_names_elsewhere_is_read_quietly(menu: str, header: str) -> None:
    """``Kirkwall, Mar 3: The …`` with ``Kirkwall`` in the menu or after the
    writer's name: the page vouches for the place, no diagnostic."""
    story = wirestory.parse_story(
        _page("Kirkwall, Mar 3: T" + _PARAGRAPHS[0], menu=menu, header=header), options=PAGE
    )
    assert story.dateline is not None
    assert story.dateline.raw == "Kirkwall, Mar 3:"
    codes = [d.code for d in story.diagnostics]
    assert "dateline-place-by-shape" not in codes
    assert "byline-place-after-name" not in codes


def test_a_place_with_its_region_before_a_colon_needs_no_shape_diagnostic() -> None:
    """``Kirkwall, Orkney, Scotland: The …`` is a place with its regions, a form
    the shape diagnostic is not about."""
    story = wirestory.parse_story(
        _page("Kirkwall, Orkney, Scotland: T" + _PARAGRAPHS[0]), options=PAGE
    )
    assert story.dateline is not None
    assert story.dateline.region == "Orkney, Scotland"
    assert "dateline-place-by-shape" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    ("header", "organization", "warned"),
    [
        ("By Ann Marsh / Tom Hale\nMarch 3, 2020\n", "Tom Hale", True),
        ("Ann Marsh | Tom Hale\nMarch 3, 2020\n", "Tom Hale", True),
        ("By Ann Marsh / Staff Writer\nMarch 3, 2020\n", "Staff Writer", False),
        ("By Ann Marsh / Reuters\nMarch 3, 2020\n", "Reuters", False),
    ],
)
def test_a_name_after_a_slash_read_as_the_outlet_says_so(
    header: str, organization: str, warned: bool
) -> None:
    """``By Ann Marsh / Tom Hale``: the words after the spaced slash are read
    as the outlet; two writers read the same, so a name's shape there carries
    ``byline-place-after-name``; a title or an agency there does not."""
    story = wirestory.parse_story(_page("T" + _PARAGRAPHS[0], header=header), options=PAGE)
    assert story.byline is not None
    assert list(story.byline.names) == ["Ann Marsh"]
    assert story.byline.organization == organization
    codes = [d.code for d in story.diagnostics]
    assert ("byline-place-after-name" in codes) is warned


@pytest.mark.parametrize(
    "header",
    ["By Ann Marsh (North Coast)\nMarch 3, 2020\n", "By Ann Marsh (Opinion)\nMarch 3, 2020\n"],
)
def test_a_by_line_with_words_in_parentheses_is_the_byline_not_a_caption(header: str) -> None:
    """``By Ann Marsh (North Coast)`` under the headline: the words in
    parentheses are no agency, but the line is the writer's, never a caption
    ``By Ann Marsh`` credited ``North Coast``."""
    story = wirestory.parse_story(_page("T" + _PARAGRAPHS[0], header=header), options=PAGE)
    assert story.captions == ()
    assert story.byline is not None
    assert list(story.byline.names) == ["Ann Marsh"]
    assert story.byline.organization is None


def test_a_caption_credited_in_parentheses_stays_a_caption() -> None:
    """``Keepers on the gallery of the north light at dusk (Tom Hale)`` opens
    with no ``By``: a caption with its credit, as before."""
    caption = "Keepers on the gallery of the north light at dusk (Tom Hale)"
    story = wirestory.parse_story(
        _page("T" + _PARAGRAPHS[0], header=f"By Ann Marsh\nMarch 3, 2020\n{caption}\n"),
        options=PAGE,
    )
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Keepers on the gallery of the north light at dusk", "Tom Hale")
    ]
