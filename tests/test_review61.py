"""The third review's items 1, 2 and 8 (fixE61), on invented text in the shape
of real pages.

1. A lede opening with a dateline right under the headline, over the lead
   photo's caption and the header's byline or date line, was taken as the
   standfirst (``page._deck_over_header``), silently: its dateline was lost
   and the body opened at the second paragraph. A block opening with a
   dateline is never a deck.
2. A video box with a player's label took the story's own lines beside it
   (``page._video_boxes``): a subheading under or over a single labelled
   title and its time, a fixture's kick-off over a ``Watch: …`` line, a play
   and its showing time. A labelled box takes only its titles beside their
   times and its labels alone on their lines; one time with a colon's label
   alone (``Play: …``) is read past, said (``video-box-read-past``).
8. A box of thousands of running times alone on their lines (``1:45``) was
   read in quadratic time (``page._live_entry_buttons`` walked back over the
   whole run from each stamp).
"""

from __future__ import annotations

import time

import pytest

import wirestory
from wirestory.layouts import page

_HEADLINE = "Bean harvest beats forecasts in the eastern valleys"
_LEDE_TAIL = (
    "Bean growers in the eastern valleys brought in their biggest crop in a decade, "
    "the farmers' union said on Wednesday."
)
_CAPTION = (
    "FILE PHOTO: Pickers load sacks onto a lorry near Dorran, May 2, 2024. NORTH WIRE/Ida Falk"
)
_STORY = (
    "The union said yields rose by a fifth on last year, helped by a mild spring and "
    "late rains across the region.\n"
    "Buyers said prices at the weekly auction had already eased by about 4%.\n"
    "Exports are expected to pick up next month.\n\n"
    "Reporting by Ida Falk; Editing by Noor Bell\n"
)


def _wire_page(lede: str, under_caption: str) -> str:
    return (
        f"{_HEADLINE} | North Wire\n\nNorth Wire\nWorld\nBusiness\n\n{_HEADLINE}\n\n"
        f"{lede}\n\n{_CAPTION}\n\n{under_caption}\n\n{_STORY}"
    )


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("DORRAN, May 7 (Reuters) - ", "DORRAN, May 7 (Reuters) -"),
        ("EAST DORRAN \u2014 ", "EAST DORRAN \u2014"),
    ],
)
@pytest.mark.parametrize(
    "under_caption",
    [
        "By Ida Falk",
        "May 7, 2025",
        "Updated May 7, 2025 9:14 AM",
        "By Ida Falk\n\n4 Min Read",
    ],
)
def test_dateline_lede_over_caption_is_no_deck(
    opening: str, dateline: str, under_caption: str
) -> None:
    """The lede keeps its dateline and opens the body; no standfirst."""
    story = wirestory.parse(_wire_page(opening + _LEDE_TAIL, under_caption))[0]
    assert story.standfirst is None
    assert story.dateline is not None
    assert story.dateline.raw == dateline
    assert story.body[0] == _LEDE_TAIL


# --- video boxes --------------------------------------------------------------

_PAGE = (
    "Ferry fares to rise in spring | Harbour Times\n\nHarbour Times\nHome\nNews\n\n"
    "Ferry fares to rise in spring\n\nBy Lou Marsh\nMay 7, 2025\n\n"
    "Ferry fares across the bay will rise by a tenth from April, the operator said on "
    "Wednesday, blaming the cost of fuel and repairs.\n\n{box}\n\n"
    "The operator said the rise would pay for two new engines and the repair of the "
    "north pier, which has been closed since the winter.\n\n"
    "Regular travellers said the rise would hit families who cross the bay to work and "
    "school every day of the week.\n\n"
    "The council said it would ask the operator to keep a cheaper ticket for residents "
    "and pupils during the works.\n\nAbout us\nContact\n"
)


def _rules(box: str) -> tuple[dict[str, str], list[str]]:
    """Each of the box's lines' rule, and the story's diagnostics' codes."""
    text = _PAGE.format(box=box)
    story = wirestory.parse(text)[0]
    lines = [line for line in box.split("\n") if line]
    rules = {}
    for segment in story.segments:
        piece = text[segment.start : segment.end].strip()
        for line in lines:
            if line in piece:
                rules[line] = segment.rule
    return rules, [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "box",
    [
        "Video: Crowds greet the first ferry of the year\n0:58\nWhat the rise pays for",
        "What the rise pays for\nVideo: Crowds greet the first ferry of the year\n0:58",
    ],
)
def test_labelled_video_box_leaves_the_subheading(box: str) -> None:
    """The story's subheading beside a labelled video title and its time is
    the story's: in the body, not the video box's."""
    rules, _ = _rules(box)
    assert "video" not in rules["What the rise pays for"]
    story = wirestory.parse(_PAGE.format(box=box))[0]
    assert "What the rise pays for" in story.body


@pytest.mark.parametrize(
    "box",
    [
        # A fixture's kick-off over a line opening with a player's word.
        "Harbour Athletic v Dorran Town\n19:45\nWatch: live on Bay TV",
        # A play's showing time under a colon's label.
        "Play: The Tempest at the Quay Theatre\n19:30",
    ],
)
def test_single_time_under_colon_label_is_said(box: str) -> None:
    """One time beside a line opening with a player's word and a colon is no
    sure video box: kept, or read past and said."""
    rules, codes = _rules(box)
    taken = [line for line, rule in rules.items() if "video" in rule]
    assert not taken or "video-box-read-past" in codes


def test_labelled_video_box_still_read_past() -> None:
    """A player's box with its label alone on a line and its titles beside
    their times is read past unsaid, as before."""
    box = (
        "Now playing\nCrowds greet the first ferry of the year\n0:58\n"
        "Skipper marks forty years on the bay\n2:14\nMore videos"
    )
    rules, codes = _rules(box)
    assert set(rules.values()) == {"in-story:video-box"}
    assert "video-box-read-past" not in codes


# --- a run of running times -----------------------------------------------------


def test_run_of_running_times_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """A box of 3,000 running times alone on their lines costs about ten
    times one of 300 (a quadratic walk cost a hundred: 7 s for 3,000), and
    asks live_blog_stamp no question for each pair of them."""
    calls = 0
    stamp = page.live_blog_stamp

    def counted(text: str) -> bool:
        nonlocal calls
        calls += 1
        return stamp(text)

    monkeypatch.setattr(page, "live_blog_stamp", counted)

    def cost(count: int) -> float:
        text = _PAGE.format(box="\n".join(["1:45"] * count))
        start = time.perf_counter()
        wirestory.parse(text)
        return time.perf_counter() - start

    cost(30)  # warm: patterns compiled
    small = min(cost(300) for _ in range(3))
    calls = 0
    large = cost(3000)
    assert calls < 3 * 3000
    assert large / small < 30


# --- a button under the header, under a deck taken (item 9) ---------------------

_MAGAZINE_HEAD = (
    "Night trains return to the coast line | Coast Weekly\n\nCoast Weekly\nHome\nTravel\n\n"
    "Night trains return to the coast line\n\n"
    "After eleven years, the sleeper is back, and its owners say it will pay its way this "
    "time.\n\n"
    "The sleeper at the depot on Friday. Photo: Kit Ames/Coast Weekly\n\n"
)
_MAGAZINE_STORY = (
    "The night train from the capital to the coast will run again from May, its new "
    "owners said on Friday.\n\n"
    "Tickets go on sale next week, with beds from about the price of a hotel room in town.\n\n"
    "The line's last sleeper ran in the spring of 2014.\n\nContact us\n"
)


def test_button_under_byline_under_deck_is_furniture() -> None:
    """``Save this story`` between the header's byline and the story's first
    paragraph, the deck taken as the standfirst, is the header's button."""
    text = _MAGAZINE_HEAD + "By Rae Lund\n\nSave this story\n\n" + _MAGAZINE_STORY
    story = wirestory.parse(text)[0]
    assert story.standfirst is not None
    assert story.standfirst.startswith("After eleven years")
    assert story.body[0].startswith("The night train")
    assert "Save this story" not in story.body


def test_deck_left_in_body_is_not_said_taken() -> None:
    """A deck left as the body's first paragraph (a byline under the button
    line below the caption stops the look) is not said to be taken."""
    text = _MAGAZINE_HEAD + "Save this story\n\nBy Rae Lund\n\n" + _MAGAZINE_STORY
    story = wirestory.parse(text)[0]
    if story.standfirst is None:
        assert "standfirst-may-be-lede" not in [d.code for d in story.diagnostics]
