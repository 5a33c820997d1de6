"""Never silently wrong, sixth round: the forms the fifth left open, each
re-created with invented text (docs/reliability-log.md). Each test failed on the
code before; the counter-cases read like them and stay as they were."""

from __future__ import annotations

import pytest

import wirestory
from wirestory import ParseOptions, Role, trailers
from wirestory.explain import explain_lines

_PAGE = ParseOptions(layout="page")
_PARAGRAPHS = (
    "Harbour officials said the storm had torn two moorings loose overnight and that "
    "crews worked until dawn to secure the vessels along the eastern quay, where the "
    "damage was worst.",
    "The port authority said repairs to the main pier would take at least a week, and "
    "that passengers booked on cancelled crossings would be offered refunds or later "
    "sailings.",
)


def _page(last: str, *, middle: str = "") -> str:
    """A page: title line, headline, byline, two paragraphs (``middle`` between
    them), ``last`` as the story's last block, and the furniture under it."""
    between = f"{middle}\n\n" if middle else ""
    return (
        "Ferry service halted after storm - Vale Post Daily\n\n"
        "Ferry service halted after storm\n\nBy Jane Roe\n\n"
        f"{_PARAGRAPHS[0]}\n\n{between}{_PARAGRAPHS[1]}\n\n{last}\n\n"
        "Share this\n\nRelated stories\n"
    )


def _pieces(text: str, story: wirestory.Story) -> list[tuple[str, str]]:
    """The story's segments other than blank lines: (role, text)."""
    return [
        (s.role.value, text[s.start : s.end].strip())
        for s in story.segments
        if s.role is not Role.BLANK
    ]


def _rebuilt(text: str, story: wirestory.Story) -> str:
    return "".join(text[s.start : s.end] for s in story.segments)


@pytest.mark.parametrize(
    ("last", "sentence", "sign_off", "codes"),
    [
        (
            "The ferry sails again on Monday. -- AP",
            "The ferry sails again on Monday.",
            "-- AP",
            ["sign-off-may-be-credit"],
        ),
        (
            "The ferry sails again on Monday. — With inputs from PTI",
            "The ferry sails again on Monday.",
            "— With inputs from PTI",
            ["sign-off-may-be-credit"],
        ),
        # Speech: prose, no caption's description.
        (
            "The ferry sails again on Monday, officials said. — Reuters",
            "The ferry sails again on Monday, officials said.",
            "— Reuters",
            [],
        ),
        (
            '"We will sail again on Monday," the harbour master told reporters. (AFP)',
            '"We will sail again on Monday," the harbour master told reporters.',
            "(AFP)",
            [],
        ),
    ],
)
def test_a_page_last_paragraph_signed_off_by_an_agency_stays_in_the_body(
    last: str, sentence: str, sign_off: str, codes: list[str]
) -> None:
    """``The ferry sails again on Monday. -- AP`` as a page story's last block
    was a photo caption (``caption-in-story``), the paragraph lost from the
    body with no diagnostic. The sentence is the body's last paragraph, the
    sign-off a trailer segment cut from its line; one sentence of description
    reads as a caption does, so the story says it may be one."""
    text = _page(last)
    story = wirestory.parse_story(text, options=_PAGE)
    assert story.captions == ()
    assert story.body[-1] == sentence
    assert ("trailer", sign_off) in _pieces(text, story)
    assert codes == [d.code for d in story.diagnostics]
    assert _rebuilt(text, story) == text


@pytest.mark.parametrize(
    "middle",
    [
        "Crews secure the ferry at the eastern quay at dawn. (AP Photo/Jane Roe)",
        "Crews secure the ferry at the eastern quay at dawn. Jane Roe / AFP",
        "Crews secure the ferry at the eastern quay at dawn. — Reuters",
    ],
)
def test_a_photo_caption_inside_the_story_stays_a_caption(middle: str) -> None:
    """A photographer's credit, or an agency's under a description between two
    paragraphs, is a photo's: only the story's last block is read as signed off."""
    story = wirestory.parse_story(
        _page("The ferry sails again on Monday.", middle=middle), options=_PAGE
    )
    assert [c.text for c in story.captions] == [
        "Crews secure the ferry at the eastern quay at dawn."
    ]
    assert story.body[-1] == "The ferry sails again on Monday."
    assert "sign-off-may-be-credit" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "last",
    [
        "Crews secure the ferry at the eastern quay at dawn. (AP Photo/Jane Roe)",
        "Crews secure the ferry at the eastern quay at dawn. Jane Roe / AFP",
    ],
)
def test_a_photo_credit_ending_the_story_is_no_sign_off(last: str) -> None:
    """A photographer's credit under the story's last paragraph is no sign-off:
    the block is not read as the story's close."""
    story = wirestory.parse_story(_page(last), options=_PAGE)
    assert not any(p.startswith("Crews secure") for p in story.body)
    assert "page-signed-off" not in [s.rule for s in story.segments]


@pytest.mark.parametrize(
    ("end", "cut"),
    [
        ("The ferry sails again on Monday, the port said on Friday. -- AP", "-- AP"),
        ("The ferry sails again on Monday, the port said on Friday. (AFP)", "(AFP)"),
        ('"We will be back on Monday," the captain said. — Reuters', "— Reuters"),
    ],
)
def test_wire_copy_sign_off_glued_to_the_last_line_is_a_trailer(end: str, cut: str) -> None:
    """``… said on Friday. -- AP`` on the last line of wire copy stayed in the
    body paragraph with no diagnostic. The sign-off is cut from the line into a
    trailer segment, as a dateline is cut from its paragraph: the body ends at
    the sentence and the segments still rebuild the input."""
    text = (
        "Ferry service halted after storm\n\n"
        "HARBOURTOWN (AP) -- Harbour officials said the storm had torn two moorings loose.\n\n"
        f"The port authority said repairs would take a week.\n\n{end}\n"
    )
    story = wirestory.parse_story(text)
    assert story.layout == "wire"
    assert story.body[-1] == end[: -len(cut)].rstrip()
    assert _pieces(text, story)[-1] == ("trailer", cut)
    assert _rebuilt(text, story) == text
    # explain shows the cut line as two entries with the line's number.
    shown = [(e.number, e.role, e.rule, e.text) for e in explain_lines(text) if e.role != "blank"]
    assert shown[-2:] == [
        (7, "body", "paragraph", end[: -len(cut)]),
        (7, "trailer", "trailer-sign-off", cut),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The ferry sails again on Monday, the port said, AP reported.",
        "The ferry sails again on Monday -- AP",
        "The ferry sails again on Monday. -- and AP said so",
        "Monday. -- AP",
        "The ferry sails again on Monday. --HNS",
    ],
)
def test_no_glued_sign_off_in_a_sentence(line: str) -> None:
    """No end mark before the dash, words after the agency, a line of one
    word, an agency no table knows: no sign-off is cut."""
    assert trailers.glued_sign_off(line) is None


def test_with_inputs_from_a_known_agency_is_a_sign_off() -> None:
    """``— With inputs from PTI`` is a sign-off; an unknown name is not."""
    assert trailers.is_dashed_sign_off("— With inputs from PTI")
    assert not trailers.is_dashed_sign_off("— With inputs from our desk")


_PILOTS = (
    "Pilots at the island airline walked out on Tuesday morning after talks over pay and "
    "rest hours broke down late on Monday, leaving hundreds of passengers stranded.",
    "The union said the strike would last at least two days and that its members were "
    "ready to return to the table as soon as the company made a fair offer.",
)


def _masthead_page(title: str, top: str, header: str, *, menu: bool = True) -> str:
    """A page: title line, ``top`` at the page's top (over a menu, or right
    over ``header``), the header lines, two paragraphs, furniture."""
    between = "\nHome\nNews\nSport\n\n" if menu else "\n"
    return (
        f"{title}\n\n{top}{between}{header}\n\n"
        + "\n\n".join(_PILOTS)
        + "\n\nShare this\n\nRelated stories\nBus fares frozen again\n"
    )


@pytest.mark.parametrize(
    ("title", "top", "header", "menu"),
    [
        ("Pilots strike - Vale Post Daily", "Vale Post Daily", "Pilots strike", True),
        ("Vale Post Daily | Pilots strike", "Vale Post Daily", "Pilots strike", True),
        ("Vale Post Daily | Pilots strike", "Vale Post Daily", "Pilots strike\nBy Ann Marsh", True),
        ("Pilots strike - Vale Post Daily", "Vale Post Daily", "Pilots strike", False),
    ],
)
def test_the_sites_name_at_the_top_is_no_headline(
    title: str, top: str, header: str, menu: bool
) -> None:
    """The title's longer part is the site's name, printed at the top as a
    name (every long word capitalised); the headline, in sentence case, stands
    lower, right above the story, with or without a byline. The masthead was
    the headline, with no diagnostic (the site first, or no byline under the
    headline)."""
    story = wirestory.parse_story(_masthead_page(title, top, header, menu=menu), options=_PAGE)
    assert story.headline == "Pilots strike"
    assert "headline-may-be-site-name" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    ("title", "top", "header", "headline"),
    [
        # Both shaped as names: the lower part, right above the story, is taken.
        ("Pilots Strike - Vale Post Daily", "Vale Post Daily", "Pilots Strike", "Pilots Strike"),
        # The same form the other way round: a section's label taken, flagged.
        (
            "Pilots Strike Over Pay - Travel News",
            "Pilots Strike Over Pay",
            "Travel News",
            "Travel News",
        ),
    ],
)
def test_two_name_shaped_title_parts_are_flagged(
    title: str, top: str, header: str, headline: str
) -> None:
    """Which of two parts in title case is the site's name is a guess: the
    story says so."""
    story = wirestory.parse_story(_masthead_page(title, top, header), options=_PAGE)
    assert story.headline == headline
    assert "headline-may-be-site-name" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    ("title", "top", "header"),
    [
        # A headline in sentence case at the top is no name: a section's label
        # lower down stays furniture.
        (
            "Pilots strike over pay at island airline - Travel News",
            "Pilots strike over pay at island airline",
            "Travel News",
        ),
        # The longest part, lower down, is the common Headline - Site.
        ("Pilots Strike Over Pay - Vale Post", "Vale Post", "Pilots Strike Over Pay"),
    ],
)
def test_a_headline_that_is_the_title_part_stays_quietly(title: str, top: str, header: str) -> None:
    """The rule changes nothing where the longest part is the headline."""
    story = wirestory.parse_story(_masthead_page(title, top, header), options=_PAGE)
    assert story.headline == title.split(" - ")[0]
    assert "headline-may-be-site-name" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize("layout", ["wire", "page"])
@pytest.mark.parametrize(
    ("line", "contributors"),
    [
        ("Jane Roe contributed reporting from Oslo.", [("Jane Roe", "Oslo")]),
        (
            "Jane Roe and Tom Hale contributed reporting from New York.",
            [("Jane Roe", "New York"), ("Tom Hale", "New York")],
        ),
        (
            "Jane Roe contributed to this report from Washington, D.C.",
            [("Jane Roe", "Washington, D.C.")],
        ),
    ],
)
def test_contributed_reporting_from_a_place_is_a_contributor(
    layout: str, line: str, contributors: list[tuple[str, str]]
) -> None:
    """``Jane Roe contributed reporting from Oslo.`` under the story was a body
    paragraph in wire copy (no diagnostic) and page furniture flagged
    ``closing-sentence-left-out``: it is a contributors trailer, as
    ``… contributed to this report.`` already was."""
    if layout == "wire":
        text = (
            f"Ferry halted\n\nHARBOURTOWN (AP) -- {_PARAGRAPHS[0]}\n\n{_PARAGRAPHS[1]}\n\n{line}\n"
        )
        story = wirestory.parse_story(text)
    else:
        text = _page(line)
        story = wirestory.parse_story(text, options=_PAGE)
    assert story.layout == layout
    assert contributors == [(c.name, c.place) for c in story.contributors]
    assert line not in story.body
    assert not story.diagnostics


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe contributed reporting from home.",
        "Jane Roe contributed reporting from Oslo and Tom Hale from Bergen.",
        "The fund contributed reporting from Oslo.",
    ],
)
def test_contributed_reporting_not_read_as_a_trailer(line: str) -> None:
    """A place in small letters, words after the place, no person's name: no
    trailer (the sentence stays body text)."""
    assert trailers.classify_trailer(line) is None


_SECOND = (
    "The council said on Wednesday that bus fares would stay frozen for another year, the "
    "third in a row, after a vote that split the ruling group.\n\n"
    "Councillors said the cost would be met from reserves and that routes to outlying "
    "villages would not be cut this winter."
)


def test_two_stories_in_one_page_text_are_flagged() -> None:
    """A second story's headline and ``By`` line inside a page's story: the
    two stories were one, the second's header in the body, with no
    diagnostic."""
    text = _page("The ferry sails again on Monday.").replace(
        "\n\nShare this",
        f"\n\nBus fares frozen for another year\n\nBy Tom Hale\n\n{_SECOND}\n\nShare this",
    )
    [story] = wirestory.parse(text)
    assert story.layout == "page"
    assert "possible-story-boundary" in [d.code for d in story.diagnostics]


def test_a_subheading_over_prose_is_no_second_story() -> None:
    """A subheading with no ``By`` line under it is no second header."""
    text = _page("The ferry sails again on Monday.").replace(
        "\n\nShare this", f"\n\nWhat comes next\n\n{_SECOND}\n\nShare this"
    )
    [story] = wirestory.parse(text)
    assert "possible-story-boundary" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "caption",
    [
        "Passengers wait at the terminal in Kelsham on Tuesday. REUTERS/Jane Roe",
        "Passengers wait at the terminal in Kelsham on Tuesday. Jane Roe/Getty Images",
        "Passengers wait at the terminal in Kelsham on Tuesday. (AP Photo/Jane Roe)",
    ],
)
def test_a_story_opening_with_its_photo_then_its_headline(caption: str) -> None:
    """A scraped story opening with its photo's caption (credit with or without
    brackets), then its headline: the caption was the wire headline (the
    Reuters form) and the headline a body paragraph, with no diagnostic."""
    text = (
        f"{caption}\n\nPilots strike at island airline\n\n"
        f"KELSHAM (AP) -- {_PILOTS[0]}\n\n{_PILOTS[1]}\n"
    )
    story = wirestory.parse_story(text)
    assert story.headline == "Pilots strike at island airline"
    assert [c.text for c in story.captions] == [
        "Passengers wait at the terminal in Kelsham on Tuesday."
    ]
    assert story.body[0] == _PILOTS[0]
    assert story.dateline is not None


def test_a_lead_under_the_photo_stays_the_body() -> None:
    """A lead pasted under the photo ends in a full stop: no headline."""
    text = (
        "Passengers wait at the terminal in Kelsham on Tuesday. REUTERS/Jane Roe\n\n"
        f"{_PILOTS[0]}\n\n{_PILOTS[1]}\n"
    )
    story = wirestory.parse_story(text)
    assert (story.layout, story.headline) == ("headless", "")
    assert story.body == _PILOTS


@pytest.mark.parametrize(
    "headline",
    ["Pilots walk out over pay 24/7", "Storm hits coast (Reuters)", "Ferry timetable for 2024/25"],
)
def test_a_headline_with_a_slash_or_an_agency_stays_the_headline(headline: str) -> None:
    """A slash near a headline's end or an agency in parentheses is no photo's
    credit: no full stop ends a sentence before it."""
    story = wirestory.parse_story(f"{headline}\n\nKELSHAM (AP) -- {_PILOTS[0]}\n")
    assert (story.layout, story.headline) == ("wire", headline)


def test_a_long_last_paragraph_signed_off_is_prose_quietly() -> None:
    """A sentence longer than a caption before the sign-off is prose: no doubt."""
    long = (
        "The ferry sails again on Monday from the eastern quay with a reduced timetable "
        "of four crossings a day in each direction until the main pier is repaired and "
        "inspected by the port authority's engineers and the harbour board's surveyors "
        "from the mainland office and the two insurers of the vessels, who will report "
        "to the council at its next meeting in the old town hall. -- AP"
    )
    story = wirestory.parse_story(_page(long), options=_PAGE)
    assert story.body[-1] == long[: -len(" -- AP")]
    assert "sign-off-may-be-credit" not in [d.code for d in story.diagnostics]
