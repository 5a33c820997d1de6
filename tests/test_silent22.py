"""Never silently wrong, twenty-second round: headlines read wrong with no
diagnostic, and diagnostics that fired on right readings. Each form is
re-created with invented text; each test failed on the code before. The
near-misses read like them and stay as they were."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_HEADLINE, LIBRARY_STORY, library_story
from story_checks import codes as _codes

import wirestory

_P1, _P2, _P3, _P4 = LIBRARY_STORY
_PAGE = wirestory.ParseOptions(layout="page")
_MENU = "Home\nNews\nWorld\nBusiness\nSport"
_FOOTER = "Advertisement\nAbout us\nContact us\n© 2025 The Vale Post"
_BODY = "\n\n".join(LIBRARY_STORY)


def _read(*header: str) -> wirestory.Story:
    """The page's one story: the ``header`` lines, then the library story and
    a footer, read as a page."""
    text = "\n".join(header) + f"\n\n{_BODY}\n\n{_FOOTER}\n"
    [story] = wirestory.parse(text, options=_PAGE)
    return story


_TITLE = f"{LIBRARY_HEADLINE} | The Vale Post"
_DATED_BYLINE = ("By Jane Roe", "March 4, 2025")


# --- 2. A kicker of three words or more before the headline -------------------------


@pytest.mark.parametrize(
    "kicker", ["Cost of living crisis |", "Crisis at the town hall |", "Crisis at the town hall:"]
)
def test_a_kicker_alone_over_the_headline_is_no_headline(kicker: str) -> None:
    """``Cost of living crisis |`` on its own line over the headline, the
    page printing no title line: the kicker was taken for the headline and
    the headline for the standfirst."""
    story = _read(_MENU, "", kicker, LIBRARY_HEADLINE, *_DATED_BYLINE)
    assert story.headline == LIBRARY_HEADLINE


@pytest.mark.parametrize(
    "kicker", ["Cost of living crisis | ", "Breaking News: ", "Local Elections 2025 | "]
)
def test_a_kicker_before_the_headline_the_title_leaves_out_is_taken_off(kicker: str) -> None:
    """``Cost of living crisis | Council votes …`` under the title ``Council
    votes … | The Vale Post``: the title shows the headline without its
    kicker; the kicker stayed in the headline."""
    story = _read(_TITLE, "", _MENU, "", kicker + LIBRARY_HEADLINE, *_DATED_BYLINE)
    assert story.headline == LIBRARY_HEADLINE
    assert "headline-may-hold-kicker" not in _codes(story)


@pytest.mark.parametrize("kicker", ["Cost of living crisis | ", "Breaking News: "])
def test_a_kicker_no_title_confirms_is_flagged(kicker: str) -> None:
    """The same line on a page with no title line: the headline is kept
    whole (``Rates rise | Markets fall`` reads the same) and says so."""
    story = _read(_MENU, "", kicker + LIBRARY_HEADLINE, *_DATED_BYLINE)
    assert story.headline == kicker + LIBRARY_HEADLINE
    assert "headline-may-hold-kicker" in _codes(story)


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        # A speaker before a colon: no kicker's label.
        (None, "Jane Roe: I never wanted the library to close"),
        # The title opens with the same words: the site's headline holds them.
        (
            "Vale Folk Festival 2025 | Fiddlers fill the square - The Vale Post",
            "Vale Folk Festival 2025 | Fiddlers fill the old square on Mill Street",
        ),
        # ``Headline | Site`` shown on the headline's line.
        (_TITLE, f"{LIBRARY_HEADLINE} | The Vale Post"),
    ],
)
def test_a_headline_with_a_bar_or_colon_of_its_own_says_nothing(
    title: str | None, headline: str
) -> None:
    """Near miss: a colon or a bar the headline holds as its own."""
    header = ([title, ""] if title else []) + [_MENU, "", headline, *_DATED_BYLINE]
    story = _read(*header)
    assert "headline-may-hold-kicker" not in _codes(story)


@pytest.mark.parametrize("label", ["Listen to this article:", "Key points at a glance:"])
def test_a_label_right_above_the_byline_is_passed_over(label: str) -> None:
    """A short label ending in a colon between the headline and the byline
    is passed over by the walk up to the headline, no kicker (the first
    ended the walk as furniture, and the menu's ``Home`` was the headline)."""
    story = _read(_MENU, "", LIBRARY_HEADLINE, label, *_DATED_BYLINE)
    assert story.headline == LIBRARY_HEADLINE


# --- 3. A menu with no separators over a name-and-title line ------------------------

_SPACED_MENU = "News Sport Business Opinion Culture"


def test_a_menu_without_separators_is_no_headline() -> None:
    """``News Sport Business Opinion Culture`` over ``Jane Roe, Senior
    Reporter``: the menu was the headline, silently; now no line is taken
    for it, and the title taken instead says so."""
    story = _read("The Vale Post", _SPACED_MENU, "", "Jane Roe, Senior Reporter", "March 4, 2025")
    assert story.headline != _SPACED_MENU
    assert "headline-from-title" in _codes(story)


def test_a_title_case_headline_over_a_name_stays() -> None:
    """Near miss: a headline in title case whose words are no sections'."""
    headline = "Council Votes To Close Old Library"
    story = _read("The Vale Post", "", headline, "Jane Roe, Senior Reporter", "March 4, 2025")
    assert story.headline == headline


# --- 4. paragraph-may-be-caption on narration ---------------------------------------

_OTHER_WORDS = (
    "Parents told reporters they worried about where pupils would study after school "
    "once the doors shut.",
    "A petition signed by hundreds of families asks for a temporary room near the primary school.",
)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Present tense telling what comes next.
        "The council meets again before the summer break in July.",
        "Builders plan to start work after the spring to save money.",
        # Irregular past verbs.
        "The bus left the depot before dawn with twenty pupils on board.",
        "Members of the board spoke to residents after the meeting in the hall.",
        # An organisation's initials in brackets, spelled out before them.
        "The figures come from the World Health Organization. (WHO)",
    ],
)
def test_narration_between_paragraphs_is_no_caption(paragraph: str) -> None:
    """A one-line paragraph of narration between two others fired
    ``paragraph-may-be-caption``."""
    story = library_story(_P1, _P2, paragraph, _P3, _P4)
    assert "paragraph-may-be-caption" not in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        "Supporters of the plan fill the public gallery before the vote.",
        "Crews clear the road near the quay on Monday. (WVAL)",
    ],
)
def test_a_caption_between_paragraphs_is_still_flagged(caption: str) -> None:
    """The true alarm: a caption's present moment, or call letters."""
    story = library_story(_P1, _P2, caption, _P3, _P4)
    assert "paragraph-may-be-caption" in _codes(story)


# --- 5. byline-surname-as-word on a weekday and an outlet ---------------------------


@pytest.mark.parametrize(
    ("header", "names", "organization"),
    [
        # A nationality opens the outlet's name, no given name.
        ("By Irish Times", (), "Irish Times"),
    ],
)
def test_a_weekday_or_an_outlet_is_no_surname(
    header: str, names: tuple[str, ...], organization: str | None
) -> None:
    story = library_story(*LIBRARY_STORY, header=header)
    assert story.byline is not None
    assert story.byline.names == names
    assert story.byline.organization == organization
    assert "byline-surname-as-word" not in _codes(story)


@pytest.mark.parametrize(
    "header",
    [
        # No year: ``Sun`` may be the weekday or a surname (March 4, 2025, a
        # Tuesday, keeps the surname and March 2, 2025, a Sunday, is flagged:
        # test_silent24).
        "By Mary Jane Sun, Mar 4",
        "By Tom Times",
    ],
)
def test_a_surname_read_as_a_word_is_still_flagged(header: str) -> None:
    story = library_story(*LIBRARY_STORY, header=header)
    assert "byline-surname-as-word" in _codes(story)


# --- 6. story-runs-past-listing on a promo of one link ------------------------------


@pytest.mark.parametrize(
    "promo",
    [
        ("WATCH: Residents speak about the closure",),
        ("RELATED: Town hall roof to be repaired",),
        ("WATCH:", "Residents speak about the closure"),
    ],
)
def test_a_promo_of_one_link_is_no_listing(promo: tuple[str, ...]) -> None:
    """``WATCH: …`` inside a story whose prose turns to other words below it
    fired ``story-runs-past-listing``: one link, no box of teasers."""
    story = library_story(_P1, _P2, *promo, *_OTHER_WORDS)
    assert "story-runs-past-listing" not in _codes(story)
    assert len(story.body) == 4


def test_a_box_of_links_read_past_is_still_flagged() -> None:
    """The true alarm: a label over two links, prose of other words below."""
    links = ("Related", "Town hall roof to be repaired", "Pool to close for the summer")
    story = library_story(_P1, _P2, *links, *_OTHER_WORDS)
    assert "story-runs-past-listing" in _codes(story)
