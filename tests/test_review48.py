"""review48: near misses for the rules silent48, fields48 and heldout30 added.

Each probe is a text a real site or dump could print that a new rule must not
change (or must): a news story's own box on the company its lead names, with
reporting under it (``release-about-box`` took it all, silently), and the
other rules' near misses as guards.

Every story here is invented.
"""

from __future__ import annotations

import pytest
from test_review47 import _PARAGRAPHS, _marked
from test_silent47 import _codes, _wire
from test_silent47 import _page as _pier_page
from test_silent48 import _RELEASE

import wirestory

_HEADER = "By Ivo Marsh\nMarch 4, 2025"

# --- release-about-box: a box on the company the lead names ---------------------------

_LEAD = (
    "Vale Ferries said on Tuesday it would cut its winter timetable on two harbour routes, "
    "blaming the cost of fuel and a fall in passengers.",
    "The cuts will start in November and last until the spring, the company said in a "
    "statement to the island's council.",
    "Union leaders called the move a betrayal of the island's workers and promised to fight "
    "it at every step.",
    "The council's transport board will meet on Thursday to discuss the timetable and the "
    "routes it leaves without a boat.",
)
_BOX = (
    "About Vale Ferries",
    "Vale Ferries runs ferries on four routes along the coast and employs 300 people on "
    "the island.",
)
_REPORTING = (
    "Councillor Ann Reed said she would ask the board to review the company's licence.",
    "Passengers on the island said the cuts would leave them stranded in the dark months.",
)


@pytest.mark.parametrize(
    "under",
    [
        pytest.param(_REPORTING, id="reporting-right-under"),
        pytest.param(("Union anger", *_REPORTING), id="reporting-under-a-crosshead"),
        # Crossheads sharing a release heading's first word (a second
        # reviewer's probe: compared by their opening letters, each made the
        # reporting under it the release's notes, lost with nothing said).
        *(
            pytest.param((crosshead, *_REPORTING), id=f"under-{crosshead}")
            for crosshead in (
                "Investors react",
                "Media reaction",
                "Sources close to the talks",
                "Contacts with union",
                "About the timetable",
            )
        ),
        pytest.param(
            (
                "Q: How will the island cope this winter?",
                "A: Badly, unless the council finds the money for a boat of its own.",
            ),
            id="questions-and-answers",
        ),
        pytest.param(
            (
                "Vale Ferries also announces new fares",
                "The company also said fares on its harbour routes would rise by five per "
                "cent from January.",
            ),
            id="a-second-release-section",
        ),
    ],
)
def test_about_box_over_the_storys_own_paragraphs_keeps_them(under: tuple[str, ...]) -> None:
    """The box and every paragraph under it were furniture, nothing said: the
    story's last paragraphs lost. Now kept, the box said as a release's notes
    may be."""
    paragraphs = (*_LEAD, *_BOX, *under)
    [story] = wirestory.parse(_pier_page(*paragraphs, header=_HEADER))
    assert list(story.body) == list(paragraphs)
    assert "release-boilerplate-in-body" in _codes(story)


# silent48's release's lead, and one more paragraph.
_RELEASE_LEAD = (
    *_RELEASE,
    "The order is worth 40 million euros and was placed with a shipyard in Kellsmouth.",
)


@pytest.mark.parametrize(
    "under",
    [
        pytest.param((), id="box-alone"),
        pytest.param(
            (
                "About Kell Shipyard",
                "Kell Shipyard builds ferries and workboats in Kellsmouth and was founded in 1921.",
                "Media contact:",
                "Jane Roe",
                "press@valeferries.example",
            ),
            id="a-second-about-box-and-contacts",
        ),
        pytest.param(
            (
                "Cautionary Note Regarding Forward-Looking Information",
                "This release contains forward-looking statements that involve risks.",
                "Actual results may differ materially from those the statements express.",
                "Contacts",
                "Kellsport, Ont.",
            ),
            id="forward-looking-two-paragraphs",
        ),
    ],
)
def test_release_about_box_and_its_closing_notes_stay_furniture(under: tuple[str, ...]) -> None:
    """The guard: a release's own box and the closing notes under it are out."""
    paragraphs = (*_RELEASE_LEAD, *_BOX, *under)
    [story] = wirestory.parse(_pier_page(*paragraphs, header=_HEADER))
    assert list(story.body) == list(_RELEASE_LEAD)
    assert "release-boilerplate-in-body" not in _codes(story)


# --- A whole page's cut at a title of two words ----------------------------------------

_RESULT_ROW = "Harbour United | Vale Rovers"
_RESULT_REPORT = "Goals from Tom Hale and Ivo Marsh gave United the win at home on Saturday."


def _ferry_story(*tail: str) -> str:
    return _marked(
        "Ferry Service Saved", "Passengers board the ferry on Monday. (AFP)", [*_PARAGRAPHS, *tail]
    )


@pytest.mark.parametrize("glue", ["\n", "\n\n"])
@pytest.mark.parametrize("figures", ["2 | 1", "Played 4\nWon 3"])
def test_results_table_over_a_dated_report_stays_in_the_story(glue: str, figures: str) -> None:
    """A fixture's row, its score, the home side and a dated line of report
    read as a whole page (the score its menu): the story cut there, nothing
    said. Figures alone between are a table's rows, no menu."""
    table = f"{_RESULT_ROW}\n{figures}{glue}Harbour United\nMarch 4, 2025{glue}{_RESULT_REPORT}"
    stories = wirestory.parse(_ferry_story(table))
    assert [s.headline for s in stories] == ["Ferry Service Saved"]
    assert stories[0].body[-1] == _RESULT_REPORT


def test_whole_page_cut_at_a_two_word_title_is_said() -> None:
    """A word row between (``Full time``) reads as a menu: the cut stands,
    but a table's row reads the same, so the story under it says so."""
    table = f"{_RESULT_ROW}\nFull time\nHarbour United\nMarch 4, 2025\n{_RESULT_REPORT}"
    stories = wirestory.parse(_ferry_story(table))
    assert [s.headline for s in stories] == ["Ferry Service Saved", "Harbour United"]
    assert "possible-story-boundary" in _codes(stories[1])


# --- A signature under the story's last paragraph --------------------------------------

_LAST = "A review of fares will be published in the spring, the council's transport chair said."


@pytest.mark.parametrize("signature", ["Jane Roe, The Drive", "Jane Roe, Harbour Road"])
def test_last_paragraph_over_a_signature_is_no_caption(signature: str) -> None:
    """An address is no outlet (silent48's street words), so the line was no
    sign-off, and the paragraph over it was read as a photo's caption, the
    address its credit: the story's last paragraph lost (``The Drive``
    silently)."""
    [story] = wirestory.parse(_pier_page(*_PARAGRAPHS, _LAST, signature, header=_HEADER))
    assert list(story.body) == [*_PARAGRAPHS, _LAST]
    assert story.captions == ()


@pytest.mark.parametrize("byline", ["By Jane Roe", ""])
def test_sign_off_naming_the_drive_is_an_outlet(byline: str) -> None:
    """``The Drive`` (a publication's name, ``The`` and a street's word) was
    taken for an address: the sign-off kept as the last paragraph, unsaid."""
    [story] = wirestory.parse(_wire("Jane Roe, The Drive", byline=byline))
    assert story.body[-1] != "Jane Roe, The Drive"
    assert story.byline is not None
    assert story.byline.organization == "The Drive"


def test_sign_off_of_a_street_still_is_no_outlet() -> None:
    """The guard: ``Tom Hale, Harbour Road`` (no ``The``) stays the story's."""
    [story] = wirestory.parse(_wire("Tom Hale, Harbour Road", byline=""))
    assert story.body[-1] == "Tom Hale, Harbour Road"


# --- A short paragraph beside an advertisement's run -----------------------------------

_SHORT_PARAGRAPH = "He declined to comment."
_MORE = (
    "A review of fares will be published in the spring, the council's transport chair said.",
    "The harbour master said the work would be finished before the storms of the autumn.",
)
_AD_RUN = ("Advertisement", "Story continues below")


@pytest.mark.parametrize(
    "middle",
    [
        pytest.param((*_AD_RUN, _SHORT_PARAGRAPH), id="under-the-run"),
        pytest.param((_SHORT_PARAGRAPH, *_AD_RUN), id="over-the-run"),
    ],
)
def test_short_paragraph_beside_an_advertisement_keeps_the_story(middle: tuple[str, ...]) -> None:
    """A run of phrases between two blocks of prose is read past (heldout30),
    but a one-sentence paragraph beside it is no prose block: the story was
    cut at the advertisement, the paragraphs on the far side lost, silently."""
    text = _pier_page("\n\n".join((*_PARAGRAPHS, *middle, *_MORE)), header=_HEADER)
    [story] = wirestory.parse(text)
    assert list(story.body) == [*_PARAGRAPHS, _SHORT_PARAGRAPH, *_MORE]


def test_box_heading_under_an_advertisement_still_ends_the_story() -> None:
    """The guard: a box's heading under the run (``Most read``, no sentence)
    is no paragraph of the story."""
    text = _pier_page("\n\n".join((*_PARAGRAPHS, *_AD_RUN, "Most read", *_MORE)), header=_HEADER)
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_PARAGRAPHS)


# --- A print view's masthead named by the page's copyright line -------------------------

_PRINT_HEADLINE = "Ferry fares rise on the harbour routes from April"


def _print_view(copyright_line: str) -> str:
    return "\n".join(
        [
            "Print",
            "Close window",
            "The Kellsmouth Evening Star",
            _PRINT_HEADLINE,
            "Passengers will pay a pound more for a single crossing",
            "By Ada Quinn",
            "Published: 4 March 2025",
            *_PARAGRAPHS,
            copyright_line,
        ]
    )


def test_print_views_masthead_named_by_the_copyright_is_no_headline() -> None:
    """heldout29's print view: the masthead under ``Print`` / ``Close window``
    was the headline, said only ``headline-may-be-site-name``."""
    [story] = wirestory.parse(
        _print_view("© 2025 The Kellsmouth Evening Star. All rights reserved.")
    )
    assert story.headline == _PRINT_HEADLINE
    assert "headline-may-be-site-name" not in _codes(story)


def test_print_views_masthead_named_by_no_copyright_is_still_said() -> None:
    """The near miss: a copyright line naming another holder tells nothing of
    the line: the reading stands, said as before."""
    [story] = wirestory.parse(_print_view("© 2025 Kellsmouth Media Ltd. All rights reserved."))
    assert story.headline == "The Kellsmouth Evening Star"
    assert "headline-may-be-site-name" in _codes(story)
