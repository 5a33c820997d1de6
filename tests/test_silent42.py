"""The forty-second silent-wrong round: readings the last session left wrong
with no diagnostic, or alarmed falsely. The writer's sign-off glued under a
page story's last paragraph (``… again in May.`` / ``Jane Roe, USA TODAY``,
the USA Today network's pages) made that paragraph a photo's caption and the
sign-off its credit, silently; ``Contributing: Tom Hale, USA TODAY`` under a
story gave its people to no field; a newsletter's sign-up box right under a
page story's first paragraph said ``story-runs-past-listing`` falsely; a
Catalan byline with the agency after its writers (``Per Jordi Puig (ACN)``,
``Per Jordi Puig i Marta Soler / ACN``) was no byline.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_HEADLINE, LIBRARY_STORY, library_story
from story_checks import codes as _codes
from test_silent41 import _catalan_readings

import wirestory

# --- A writer's sign-off glued under the story's last paragraph --------------------------

# The story's last paragraph in two sentences, and in one sentence reporting speech.
_TWO_SENTENCES = (
    "Residents have until the end of the month to comment on the plan. The council will "
    "vote on it again in May."
)
_SPEECH = "The council will vote on the plan again in May, the mayor said on Tuesday."


def _network_page(*blocks: str, layout: str = "page") -> wirestory.Story:
    """A USA Today network page: a menu, the headline, the writer, the outlet
    and the date stacked under it, then ``blocks``, each a block of lines
    glued together, set apart by blank lines, and a footer."""
    text = (
        "Home\nNews\nSports\nLife\n\n"
        f"{LIBRARY_HEADLINE}\n\nJane Roe\nUSA TODAY\nPublished 10:32 a.m. ET March 4, 2026\n\n"
        + "\n\n".join(blocks)
        + "\n\nAbout us\nContact us\nTerms of Service\n"
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout=layout))
    return story


@pytest.mark.parametrize("last", [_TWO_SENTENCES, _SPEECH])
@pytest.mark.parametrize(
    "sign_off", ["Jane Roe, USA TODAY", "Jane Roe, The Vale Post", "Tom Hale, USA TODAY Network"]
)
@pytest.mark.parametrize("layout", ["page", "auto"])
def test_sign_off_under_last_paragraph_keeps_it_in_the_body(
    last: str, sign_off: str, layout: str
) -> None:
    """The paragraph was the story's one caption, credited to its writer,
    and lost from the body, silently."""
    story = _network_page(*LIBRARY_STORY[:3], f"{last}\n{sign_off}", layout=layout)
    assert story.body == (*LIBRARY_STORY[:3], last)
    assert story.captions == ()


def test_one_sentence_over_a_sign_off_is_said() -> None:
    """One sentence of description over the name and outlet reads as a
    photo's caption and its credit: kept so, and said."""
    story = _network_page(*LIBRARY_STORY[:3], f"{LIBRARY_STORY[3]}\nJane Roe, USA TODAY")
    [caption] = story.captions
    assert caption.text == LIBRARY_STORY[3]
    assert caption.credit == "Jane Roe, USA TODAY"
    assert "caption-may-be-paragraph" in _codes(story)


_PHOTO = "Pupils leave the old library on Mill Street on Monday."


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        # An agency's photographer under the story's last block: a caption
        # of two sentences, as agencies write them.
        (f"{_PHOTO} The library closes in May.", "Jane Roe, AP"),
        (f"{_PHOTO} The library closes in May.", "Jane Roe, Getty Images"),
    ],
)
def test_agency_credit_under_last_block_keeps_its_caption(caption: str, credit: str) -> None:
    story = _network_page(*LIBRARY_STORY, f"{caption}\n{credit}")
    assert [c.text for c in story.captions] == [caption]
    assert story.body == LIBRARY_STORY
    assert "caption-may-be-paragraph" not in _codes(story)


@pytest.mark.parametrize("caption", [_PHOTO, f"{_PHOTO} The library closes in May."])
def test_staff_credit_between_paragraphs_keeps_its_caption(caption: str) -> None:
    """A photo between the paragraphs, credited to a staff photographer and
    the outlet: the caption, whatever its sentences, with no doubt said."""
    story = _network_page(*LIBRARY_STORY[:2], f"{caption}\nJane Roe, USA TODAY", *LIBRARY_STORY[2:])
    assert [c.text for c in story.captions] == [caption]
    assert story.body == LIBRARY_STORY
    assert "caption-may-be-paragraph" not in _codes(story)


# --- "Contributing:" under the story -------------------------------------------------------

_WIRE_HEADER = "Council votes to close old library\n\nBy Jane Roe\n\nLONDON (Reuters) - "


def _wire_story(*blocks: str) -> wirestory.Story:
    [story] = wirestory.parse(
        _WIRE_HEADER + "\n\n".join(blocks) + "\n", options=wirestory.ParseOptions(layout="wire")
    )
    return story


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Contributing: Tom Hale, USA TODAY", ("Tom Hale",)),
        ("Contributing: Tom Hale and Ann Lee", ("Tom Hale", "Ann Lee")),
        ("Contributing: Tom Hale and Ann Lee, USA TODAY", ("Tom Hale", "Ann Lee")),
        ("Contributing: Tom Hale, USA TODAY; Ann Lee, The Vale Post", ("Tom Hale", "Ann Lee")),
        # An agency credited with the writers names no person.
        ("Contributing: Tom Hale, USA TODAY; The Associated Press", ("Tom Hale",)),
        ("Contributors: Tom Hale, Ann Lee and Jo Fox", ("Tom Hale", "Ann Lee", "Jo Fox")),
        # Two names after a comma, the second opening with a common given name.
        ("Contributing: Tom Hale, Ann Lee", ("Tom Hale", "Ann Lee")),
        ("CONTRIBUTING: Tom Hale, USA TODAY", ("Tom Hale",)),
    ],
)
@pytest.mark.parametrize("glue", ["\n", "\n\n"])
def test_contributing_line_names_the_contributors(
    line: str, names: tuple[str, ...], glue: str
) -> None:
    """The line was furniture under a page's story, and the story's last
    paragraph in wire copy: its people were in no field."""
    page = _network_page(*LIBRARY_STORY[:3], LIBRARY_STORY[3] + glue + line)
    wire = _wire_story(*LIBRARY_STORY[:3], LIBRARY_STORY[3] + glue + line)
    for story in (page, wire):
        assert story.body[-1] == LIBRARY_STORY[3]
        assert tuple(c.name for c in story.contributors) == names
        assert {c.role for c in story.contributors} == {"contributing"}
    assert wire.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "line",
    [
        # No label, a label of another kind, a sentence after the label.
        "Contributing to the fund: residents and the council.",
        "Contributing writer: Tom Hale",
        "Contributing: the weather, the cost of repairs and the roof.",
    ],
)
def test_line_that_names_no_contributors_keeps_its_reading(line: str) -> None:
    story = _wire_story(*LIBRARY_STORY, line)
    assert story.contributors == ()
    assert story.body == (*LIBRARY_STORY, line)


# --- A newsletter's sign-up box between the story's paragraphs -----------------------------


def _boxed(box: str, *after: str) -> wirestory.Story:
    """The library story with ``box`` under its first paragraph and
    ``after`` under its last, read as a page."""
    return _network_page(LIBRARY_STORY[0], box, *LIBRARY_STORY[1:], *after)


@pytest.mark.parametrize(
    "box",
    [
        "Sign up for our daily briefing\nTop stories in your inbox.\nSign up",
        "Newsletter\nThe day's news, every morning.\nSubscribe",
        "Sign up for our daily briefing\n\nTop stories in your inbox.\n\nSign up",
    ],
)
def test_sign_up_box_read_past_says_nothing(box: str) -> None:
    """The box was read past and the story read right, yet it said
    ``story-runs-past-listing``: the prose under the box shares few words
    with the story's first paragraph."""
    story = _boxed(box)
    assert story.body == LIBRARY_STORY
    assert "story-runs-past-listing" not in _codes(story)


_OTHER_STORIES = (
    "Union leaders said the changes to the crossing times had been agreed without them "
    "and that crews would walk out on Friday.",
    "Bakers in the harbour quarter said the price of flour had doubled since the autumn "
    "and that some shops would shut for a week.",
)


def test_links_box_under_the_first_paragraph_is_still_said() -> None:
    """A box of links right under the story's first paragraph, other
    stories' prose read on under it: the prose shares no word with the
    first paragraph, and says so as before."""
    box = "Related stories\nFerry workers strike over rota\nBakers protest over flour prices"
    story = _network_page(LIBRARY_STORY[0], box, *_OTHER_STORIES)
    assert "story-runs-past-listing" in _codes(story)


# --- A Catalan byline with the agency after its writers ------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "agency"),
    [
        ("Per Jordi Puig (ACN)", ("Jordi Puig",), "ACN"),
        ("Per Jordi Puig i Marta Soler / ACN", ("Jordi Puig", "Marta Soler"), "ACN"),
        ("Per Jordi Puig i Marta Soler (ACN)", ("Jordi Puig", "Marta Soler"), "ACN"),
        ("Per Jordi Puig i Marta Soler, ACN", ("Jordi Puig", "Marta Soler"), "ACN"),
        (
            "Per Jordi Puig, Marta Soler i Pere Vila / ACN",
            ("Jordi Puig", "Marta Soler", "Pere Vila"),
            "ACN",
        ),
        ("PER JORDI PUIG I MARTA SOLER (ACN)", ("JORDI PUIG", "MARTA SOLER"), "ACN"),
        # An agency in brackets a caption's credit names: the line was the
        # photo's caption in an article and in wire copy.
        ("Per Jordi Puig (EFE)", ("Jordi Puig",), "EFE"),
        (
            "Per Jordi Puig i Marta Soler (Europa Press)",
            ("Jordi Puig", "Marta Soler"),
            "Europa Press",
        ),
    ],
)
def test_catalan_writers_and_agency_are_read(
    line: str, names: tuple[str, ...], agency: str
) -> None:
    """The agency after the writers made the line no byline: left out under
    a page's headline, or the body's first paragraph, silently."""
    for story in _catalan_readings(line):
        assert story.byline is not None
        assert story.byline.names == names
        assert story.byline.organization == agency
        assert story.captions == ()
        assert story.body[0].startswith("L'ajuntament va aprovar")


@pytest.mark.parametrize(
    "line",
    [
        # A place in brackets after the writers, no agency; a Nordic writer
        # and an agency in an English story ("Per" a given name).
        "Per Jordi Puig i Marta Soler (Girona)",
        "Per Olof Lind (ACN)",
    ],
)
def test_catalan_byline_without_agency_keeps_its_reading(line: str) -> None:
    for story in _catalan_readings(line)[1:]:
        assert story.byline is None or story.byline.organization != "Girona"
    english = library_story(*LIBRARY_STORY, header=f"{line}\nMarch 4, 2025")
    assert english.byline is None or english.byline.names != ("Olof Lind",)
