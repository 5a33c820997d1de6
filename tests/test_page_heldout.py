"""Forms of page text found on publishers outside the development pages
(issue #15's held-out pages): boxes of links between paragraphs, trailers under
the story, and the diagnostics for stretches that may lose or glue paragraphs.

Every page here is invented, in the shape of real page text: a ``Headline |
Site`` title line, a menu, the headline, a header, the story, furniture below.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import wirestory
from wirestory import ParseOptions, Role
from wirestory.bylines import find_page_byline
from wirestory.knowledge import DEFAULT_KNOWLEDGE
from wirestory.layouts.page import furniture_phrase

PAGE = ParseOptions(layout="page")
CASES = Path(__file__).parent / "cases_pages"

_MENU = "Home\nNews\nWorld\nBusiness\nSport\nCulture\nOpinion\n"
_FOOTER = (
    "\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\nTerms of Use\n"
    "© 2019 The Harbour Gazette\n"
)
_HEADLINE = "Harbour board approves plan for new quay"
_PARAGRAPHS = (
    "The harbour board approved on Monday a plan to build a new quay on the east side of "
    "the port, where the old fish market stood until it burned down three years ago.",
    "The quay will be long enough for two cargo ships at once, and the board said it "
    "expected the work to start in the spring and to take about eighteen months.",
    "Fishermen, who had asked for the site to be kept for their boats, said they would "
    "appeal against the decision at the next meeting of the town council.",
    "The board's chairman said the fishing fleet would be given berths on the west side, "
    "which is closer to the new market hall and has room for the larger boats.",
    "Work on the access road is to start first, so that lorries will not have to pass "
    "through the old town when the building of the quay itself begins next year.",
)


def _page(*middle: str, header: str = "By Jane Roe\nNovember 19, 2019\nShare\nTweet\n") -> str:
    """A page around the story: title, menu, headline, header, ``middle`` (blocks
    set apart by blank lines), footer."""
    return (
        f"{_HEADLINE} | The Harbour Gazette\n\n{_MENU}\n{_HEADLINE}\n{header}\n"
        + "\n\n".join(middle)
        + "\n"
        + _FOOTER
    )


def _rules(story: wirestory.Story, text: str) -> dict[str, str]:
    """Each non-blank line's rule, by its text."""
    return {
        text[s.start : s.end].strip(): s.rule
        for s in story.segments
        if text[s.start : s.end].strip() and s.role is not Role.BLANK
    }


@pytest.mark.parametrize(
    "box",
    [
        "Related articles\nFerry fares to rise in the new year\nLighthouse keeper retires at last",
        "READ MORE: Ferry fares to rise in the new year",
        "Also Read | Ferry fares to rise in the new year",
        "Leia também: Ferry fares to rise in the new year",
        "Read more - Ferry fares to rise in the new year",
        "Related stories\n• Ferry fares to rise in the new year\n• Lighthouse keeper retires",
    ],
    ids=[
        "label-and-headlines",
        "read-more-colon",
        "also-read-bar",
        "leia-tambem",
        "read-more-dash",
        "bullets",
    ],
)
def test_a_box_of_links_between_paragraphs_does_not_end_the_story(box: str) -> None:
    """A box of links to other stories between two paragraphs (a label over a few
    headlines, or label and headline on one line) is furniture, and every
    paragraph below it is still the story's, with no diagnostic."""
    text = _page(*_PARAGRAPHS[:2], box, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text, options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)
    assert [d.code for d in story.diagnostics] == []
    rules = _rules(story, text)
    assert {"in-story:listing-box"} == {rules[line.strip()] for line in box.splitlines()}


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our free daily newsletter",
        "Story continues below advertisement",
        "Share this article",
    ],
)
def test_a_furniture_line_between_paragraphs_parts_nothing(line: str) -> None:
    """A newsletter prompt or an advertisement's notice alone between two
    paragraphs is furniture; every paragraph is the story's."""
    text = _page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text, options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)
    assert _rules(story, text)[line].startswith("in-story:")


def test_a_box_label_is_knowledge() -> None:
    """Without the label in ``Knowledge.box_labels`` the box costs as a menu does;
    with a user's own label it is read past."""
    box = "Vom Hafen\nFerry fares to rise in the new year\nLighthouse keeper retires"
    text = _page(*_PARAGRAPHS[:2], box, *_PARAGRAPHS[2:])
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE, box_labels=DEFAULT_KNOWLEDGE.box_labels | {"vom hafen"}
    )
    story = wirestory.parse_story(text, options=attrs.evolve(PAGE, knowledge=knowledge))
    assert list(_PARAGRAPHS) == list(story.body)
    assert _rules(story, text)["Vom Hafen"] == "in-story:listing-box"


_TEASERS = (
    "Related articles\nFerry fares to rise in the new year\n"
    "The ferry company said fares would go up by a tenth from January to pay for fuel.\n"
    "Lighthouse keeper retires after forty years\n"
    "The last keeper of the northern light has handed over the keys to the coastguard."
)


def test_a_listing_of_teasers_under_a_box_label_ends_the_story() -> None:
    """A ``Related articles`` listing at the story's end whose headlines each stand
    over a teaser sentence is not read past as a box (the story's prose does not
    go on under it), and though the teasers are prose enough to join the
    stretch, the story ends at the label, saying so (``story-ended-at-listing``)."""
    text = _page(*_PARAGRAPHS, _TEASERS)
    story = wirestory.parse_story(text, options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)
    [diagnostic] = story.diagnostics
    assert (
        diagnostic.code,
        text.splitlines()[diagnostic.line - 1],
    ) == ("story-ended-at-listing", "Related articles")


def test_long_paragraphs_under_a_doubtful_box_stay_the_story_but_are_flagged() -> None:
    """Under a box label and one short line, a single paragraph and then a
    subheading: the story's prose does not clearly go on, but a paragraph longer
    than a teaser further down makes it no listing either. The story goes on
    past the label and says the prose below may be teasers
    (``story-runs-past-listing``). The box (label and headline) is invisible to
    its neighbours' context: the two paragraphs of middling length above it
    stay the story's; its headline is furniture."""
    long = _PARAGRAPHS[3] + " " + _PARAGRAPHS[4]
    tail = f"Related articles\nThe new quay\n{_PARAGRAPHS[2]}\nThe fishing fleet\n{long}"
    text = _page(*_PARAGRAPHS[:2], tail)
    story = wirestory.parse_story(text, options=PAGE)
    expected = [*_PARAGRAPHS[:3], "The fishing fleet", long]
    assert expected == list(story.body)
    assert [d.code for d in story.diagnostics] == ["story-runs-past-listing"]


def test_a_box_at_the_story_end_is_not_read_past() -> None:
    """A ``Related articles`` box followed by the page's furniture, not prose, ends
    the story as before: nothing after it is body."""
    box = "Related articles\nFerry fares to rise in the new year\nLighthouse keeper retires"
    text = _page(*_PARAGRAPHS, box)
    story = wirestory.parse_story(text, options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)
    assert [d.code for d in story.diagnostics] == []


def test_prose_cut_off_below_the_story_is_flagged() -> None:
    """The labelled case of a box between paragraphs, its label made a furniture
    phrase that is no box label (``Most read``): under a standfirst and a
    header's share bar, the story's short paragraphs lose to the standfirst and
    are cut off; the story says it may have been cut short (``prose-left-out``),
    on the first line left out."""
    text = (CASES / "related_box_mid_story.txt").read_text(encoding="utf-8")
    text = text.replace("Related articles\n", "Most read\n")
    story = wirestory.parse_story(text)
    assert len(story.body) == 1
    [diagnostic] = story.diagnostics
    assert diagnostic.code == "prose-left-out"
    assert text.splitlines()[diagnostic.line - 1].startswith("The old vessel was taken")


def test_no_diagnostic_for_a_whole_story() -> None:
    """A page whose story is read whole carries neither new diagnostic: a listing
    far below the story (past the footer) is never prose left out."""
    teasers = "\n\n".join(p.replace("harbour", "river") for p in _PARAGRAPHS)
    text = _page(*_PARAGRAPHS) + "\nMost read\n" + "Menu\n" * 14 + teasers + "\n"
    story = wirestory.parse_story(text, options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)
    assert [d.code for d in story.diagnostics] == []


def test_a_contributors_trailer_under_the_story_gives_its_contributors() -> None:
    """``(Reporting by …; Editing by …)`` right under the story's last paragraph is
    a short line, no prose: it is read as the story's trailer, not furniture."""
    text = _page(*_PARAGRAPHS, "(Reporting by Tom Hale; Editing by Ann Marsh)")
    story = wirestory.parse_story(text, options=PAGE)
    assert [c.name for c in story.contributors] == ["Tom Hale", "Ann Marsh"]
    assert list(_PARAGRAPHS) == list(story.body)
    assert (
        _rules(story, text)["(Reporting by Tom Hale; Editing by Ann Marsh)"]
        == "trailer-contributors"
    )


def test_a_trailer_far_below_the_story_is_not_read() -> None:
    """A contributors line under the footer's first lines (another article's, a
    teaser's) is not the story's trailer."""
    text = _page(*_PARAGRAPHS) + "(Reporting by Tom Hale; Editing by Ann Marsh)\n"
    story = wirestory.parse_story(text, options=PAGE)
    assert list(story.contributors) == []


def test_a_byline_under_a_listing_below_the_story_is_not_the_story_s() -> None:
    """``By Name`` under a listing's headline below the story is that article's
    byline, not the story's: only a line right under the story is read."""
    listing = "Related articles\nFerry fares to rise in the new year\nBy Tom Hale"
    text = _page(*_PARAGRAPHS, listing, header="November 19, 2019\nShare\nTweet\n")
    story = wirestory.parse_story(text, options=PAGE)
    assert story.byline is None


def test_a_byline_right_under_the_story_is_its_byline() -> None:
    """With no byline in the header, ``By Name, Title`` right under the story's
    last paragraph is the story's byline."""
    text = _page(
        *_PARAGRAPHS, "By Tom Hale, Harbour Correspondent", header="November 19, 2019\nShare\n"
    )
    story = wirestory.parse_story(text, options=PAGE)
    assert story.byline is not None
    assert story.byline.names == ("Tom Hale",)
    assert list(_PARAGRAPHS) == list(story.body)


def test_a_subtitle_over_the_byline_is_the_standfirst() -> None:
    """``Headline`` / subtitle / ``By Name`` / date / share count / story: the
    subtitle is the standfirst, the date and count furniture, the body the
    story's paragraphs."""
    subtitle = "THE harbour board has approved a quay on the site of the old fish market."
    text = _page(subtitle + "\nBy Jane Roe\nNovember 19, 2019\n0", *_PARAGRAPHS, header="")
    story = wirestory.parse_story(text, options=PAGE)
    assert subtitle == story.standfirst
    assert list(_PARAGRAPHS) == list(story.body)


def test_a_long_lead_over_the_byline_is_no_standfirst() -> None:
    """A first paragraph longer than a headline's bound over the byline is the
    story's, not a standfirst."""
    lead = _PARAGRAPHS[0] + " " + _PARAGRAPHS[1]
    text = _page(lead + "\nBy Jane Roe\nNovember 19, 2019", *_PARAGRAPHS[2:], header="")
    story = wirestory.parse_story(text, options=PAGE)
    assert story.standfirst is None
    assert [lead, *_PARAGRAPHS[2:]] == list(story.body)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Workers on the quay at dawn | Photo Credit: PTI",
            "Workers on the quay at dawn",
            "Photo Credit: PTI",
        ),
        (
            "Workers on the quay at dawn. © Provided by Harbour Media",
            "Workers on the quay at dawn.",
            "© Provided by Harbour Media",
        ),
        ("Workers on the quay at dawn. Photo/ANI", "Workers on the quay at dawn.", "Photo/ANI"),
        (
            "Workers on the quay at dawn. REUTERS/Tom Hale",
            "Workers on the quay at dawn.",
            "REUTERS/Tom Hale",
        ),
        (
            "Workers on the quay at dawn. (Gazette Photo by Tom Hale)",
            "Workers on the quay at dawn.",
            "Gazette Photo by Tom Hale",
        ),
        ("Workers on the quay at dawn. (HG Photo)", "Workers on the quay at dawn.", "HG Photo"),
        (
            "Workers on the quay at dawn. - Photo: Tom Hale",
            "Workers on the quay at dawn.",
            "Photo: Tom Hale",
        ),
        (
            "Workers on the quay at dawn. (Photo by Tom Hale/Harbour Gazette)",
            "Workers on the quay at dawn.",
            "Photo by Tom Hale/Harbour Gazette",
        ),
        (
            "Workers on the quay at dawn. Photo courtesy: Harbour Board",
            "Workers on the quay at dawn.",
            "Photo courtesy: Harbour Board",
        ),
        (
            "Workers on the quay at dawn. (Courtesy of Harbour Board)",
            "Workers on the quay at dawn.",
            "Courtesy of Harbour Board",
        ),
        (
            "Workers on the quay at dawn. (Shutterstock)",
            "Workers on the quay at dawn.",
            "Shutterstock",
        ),
    ],
    ids=[
        "bar-photo-credit",
        "copyright-provided-by",
        "photo-slash-ani",
        "sentence-then-credit",
        "outlet-photo-by",
        "outlet-photo",
        "dash-photo-label",
        "parenthesized-photo-by",
        "photo-courtesy",
        "courtesy-of",
        "stock-agency",
    ],
)
def test_a_caption_between_paragraphs_keeps_its_credit(
    line: str, caption: str, credit: str
) -> None:
    """A caption line between paragraphs with its credit at its end is one caption
    with that credit; the paragraph above stays the story's (a sentence before
    the credit makes the line no credit-only line for the paragraph above)."""
    text = _page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text, options=PAGE)
    assert [(caption, credit)] == [(c.text, c.credit) for c in story.captions]
    assert list(_PARAGRAPHS) == list(story.body)


@pytest.mark.parametrize(
    ("paragraph", "raw", "places", "region"),
    [
        ("HARBOUR TOWN", "HARBOUR TOWN", ("HARBOUR TOWN",), None),
        ("PORT ELLIS, Norland", "PORT ELLIS, Norland", ("PORT ELLIS",), "Norland"),
        ("HALLORAN, The last mine will close.", "HALLORAN,", ("HALLORAN",), None),
        ("Ellisport: The quay reopened on Monday.", "Ellisport:", ("Ellisport",), None),
    ],
    ids=["place-alone", "place-and-region-alone", "caps-comma", "title-case-colon"],
)
def test_a_page_s_own_dateline_forms(
    paragraph: str, raw: str, places: tuple[str, ...], region: str | None
) -> None:
    """The forms a page's first paragraph may show are found with ``page=True``
    only: wire copy keeps the strict forms."""
    found = wirestory.find_dateline(paragraph, page=True)
    assert found is not None
    assert (raw, places, region) == (found.raw, found.places, found.region)
    assert wirestory.find_dateline(paragraph) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Update: The toll rose to twelve on Monday.",
        "Summary: The board met on Monday.",
        "Background: The treaty dates from 1980.",
        "Tags: Ferries, Transport",
        "Ellisport: 5 people were hurt.",
        "Harbour Watch: The show returns on Monday.",
        "Filed Under: Harbour, Ferries, Transport",
        "He said: The plan works.",
        "SMITH, JONES and BROWN were named to the board.",
        "HALLORAN, THE LAST MINE WILL CLOSE.",
        "NATO, The alliance met.",
        "UPDATE",
        "HARBOUR TOWN " + "X" * 200,
    ],
)
def test_a_page_s_dateline_forms_turn_down_labels_and_lists(paragraph: str) -> None:
    """Precision first: labels (``Knowledge.dateline_labels``, in any case), a
    digit after the colon, two title-case words before it (a page's label),
    names in capitals, text all in capitals, an acronym and a line longer than
    the window give no dateline."""
    assert wirestory.find_dateline(paragraph, page=True) is None


def test_a_place_alone_above_the_story_is_its_dateline() -> None:
    """``PORT ELLIS`` alone on the line above the first paragraph is the story's
    dateline, left out of the body, with ``dateline-own-line`` (a section's
    label would read the same)."""
    text = _page("PORT ELLIS", *_PARAGRAPHS)
    story = wirestory.parse_story(text, options=PAGE)
    assert story.dateline is not None
    assert story.dateline.raw == "PORT ELLIS"
    assert list(_PARAGRAPHS) == list(story.body)
    assert [d.code for d in story.diagnostics] == ["dateline-own-line"]


def test_a_section_label_in_the_menu_above_the_story_is_no_dateline() -> None:
    """A line in capitals above the story that the page also shows higher up (a
    section's label, ``WORLD``, in the menu) is furniture, not the dateline."""
    text = _page("WORLD", *_PARAGRAPHS).replace("World\n", "WORLD\n", 1)
    story = wirestory.parse_story(text, options=PAGE)
    assert story.dateline is None
    assert list(_PARAGRAPHS) == list(story.body)
    assert "dateline-own-line" not in [d.code for d in story.diagnostics]


def test_a_page_s_colon_dateline_opens_only_the_first_paragraph() -> None:
    """``Ellisport: The …`` opening the story is its dateline; the same form
    opening a later paragraph is the paragraph's text."""
    first = "Ellisport: " + _PARAGRAPHS[0]
    story = wirestory.parse_story(_page(first, *_PARAGRAPHS[1:]), options=PAGE)
    assert story.dateline is not None
    assert story.dateline.raw == "Ellisport:"
    assert list(_PARAGRAPHS) == list(story.body)
    later = "Ellisport: " + _PARAGRAPHS[1]
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], later, *_PARAGRAPHS[2:]), options=PAGE)
    assert story.dateline is None
    assert later == story.body[1]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Filed Under: Harbour Board, Quay, Fishing Fleet, Town Council", ""),
        ("Keywords: Harbour Board, new quay, fishermen, town council", ""),
        ("", "Tags: harbour, quay, fishing fleet, town council"),
    ],
    ids=["filed-under-above", "keywords-above", "tags-below"],
)
def test_a_story_s_tags_are_furniture(before: str, after: str) -> None:
    """A line of the story's tags (``Filed Under: …``, ``Tags: …``,
    ``Keywords: …``; ``Knowledge.furniture_prefixes``) above or under the story
    is furniture, never one of its paragraphs."""
    assert furniture_phrase(before or after)
    middle = [before] if before else []
    text = _page(*middle, *_PARAGRAPHS, *([after] if after else []))
    story = wirestory.parse_story(text, options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)


def test_a_subtitle_between_headline_and_byline_is_the_standfirst() -> None:
    """The one line of six words or more between the headline and the byline,
    above the story, is the standfirst (``standfirst-under-headline``)."""
    subtitle = "Fishermen say they will appeal against the decision"
    header = f"{subtitle}\nBy Jane Roe\nNovember 19, 2019\n"
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header), options=PAGE)
    assert story.standfirst == subtitle
    assert list(_PARAGRAPHS) == list(story.body)
    assert _rules(story, _page(*_PARAGRAPHS, header=header))[subtitle] == (
        "standfirst-under-headline"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this article",
        "Updated 2 hours ago",
        "Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago",
        "Sponsored content from the Harbour Savings Bank:",
        "Harbour Board Quay Plan Fishing Fleet Town Council",
    ],
    ids=["listen", "updated-ago", "published-updated", "label-colon", "no-function-word"],
)
def test_a_label_between_headline_and_byline_is_no_standfirst(line: str) -> None:
    """Labels and date lines between the headline and the byline stay
    furniture: too short, a clock time, a colon at the end, no function word."""
    header = f"{line}\nBy Jane Roe\nNovember 19, 2019\n"
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header), options=PAGE)
    assert story.standfirst is None
    assert list(_PARAGRAPHS) == list(story.body)


@pytest.mark.parametrize(
    ("last", "flagged"),
    [
        (
            "Jane Roe is a reporter at the Harbour Gazette, where she has covered the port, "
            "the fishing fleet and the town council since she joined the paper in 2012.",
            True,
        ),
        (
            "Jane Roe covers the port and the town council for the Harbour Gazette, and "
            "before that wrote about farming for a weekly paper in the hills.",
            True,
        ),
        (
            "Jane Roe, a fisherman's daughter who grew up by the old market, said the new "
            "quay was long overdue and that the fleet had waited far too long for it.",
            False,
        ),
        (
            "Tom Hale is the board's chairman and has held the post for ten years, during "
            "which the port has doubled the number of ships it handles each year.",
            False,
        ),
        (
            "The board said that Jane Roe is to report to it on the plan next month, once "
            "the engineers have finished their survey of the sea bed by the quay.",
            False,
        ),
    ],
    ids=["is-a", "covers", "name-then-comma", "another-name", "name-inside"],
)
def test_an_author_box_under_the_story_is_flagged(last: str, flagged: bool) -> None:
    """A last paragraph opening with the byline writer's name and a verb of who
    they are stays in the body with ``author-bio-in-body``; the writer's name
    elsewhere, or another name, gives nothing."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, last), options=PAGE)
    assert [*_PARAGRAPHS, last] == list(story.body)
    assert flagged == ("author-bio-in-body" in [d.code for d in story.diagnostics])


@pytest.mark.parametrize(
    "paragraph",
    [
        "The board said the plan for the quay would be shown at the town hall "
        "(Harbour Board photo).",
        "The board sold the old photo archive to a museum in the capital, which "
        "plans to show it next year (Photo Finish)",
    ],
    ids=["full-stop-after", "photo-first"],
)
def test_a_paragraph_ending_in_a_photo_word_stays_body(paragraph: str) -> None:
    """An outlet's photo credit in parentheses ends the caption line; a
    paragraph closing on a full stop after it, or naming no outlet before the
    word photo, is no caption."""
    story = wirestory.parse_story(
        _page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]), options=PAGE
    )
    assert not story.captions
    assert paragraph in story.body


@pytest.mark.parametrize(
    ("paragraph", "raw", "date_text", "agencies"),
    [
        (
            "NEW DELHI, March 6 (PTI): The court ruled.",
            "NEW DELHI, March 6 (PTI):",
            "March 6",
            ("Press Trust of India",),
        ),
        ("Mumbai (IANS): A court ruled.", "Mumbai (IANS):", None, ("Indo-Asian News Service",)),
        (
            "WASHINGTON, March 6, 2024 — The court ruled.",
            "WASHINGTON, March 6, 2024 —",
            "March 6",
            (),
        ),
        (
            "LONDON, March 6, 2024 (Reuters) - The court ruled.",
            "LONDON, March 6, 2024 (Reuters) -",
            "March 6",
            ("Reuters",),
        ),
    ],
    ids=["agency-colon", "title-case-agency-colon", "date-with-year", "agency-date-with-year"],
)
def test_dateline_forms_of_indian_copy_and_dated_datelines(
    paragraph: str, raw: str, date_text: str | None, agencies: tuple[str, ...]
) -> None:
    """An agency's dateline ending in a colon (Indian copy) and a date with its
    year are found in any layout; the date as written keeps month and day."""
    found = wirestory.find_dateline(paragraph)
    assert found is not None
    assert (raw, date_text, agencies) == (found.raw, found.date_text, found.agencies)
    assert paragraph[found.length :].startswith(("The", "A "))


@pytest.mark.parametrize(
    "paragraph",
    ["He met the minister (AP): no comment.", "Sales rose in March 6, 2024 — the best month."],
)
def test_agency_colon_and_year_forms_keep_precision(paragraph: str) -> None:
    """A lower-case word before the agency, or a sentence's opening before the
    date, gives no dateline."""
    assert wirestory.find_dateline(paragraph) is None


_SHORT_LINES = (
    "The harbour board met on Monday.",
    "It approved the plan for the quay.",
    "Work is to start in the spring.",
    "The fishermen will appeal.",
    "Their boats will move to the west side.",
)


def test_a_story_of_short_lines_only_is_the_body_and_says_so() -> None:
    """A page with no paragraph of prose whose story is a run of short
    sentences, one a line, has them as its body, with ``body-of-short-lines``
    when no byline signs it (a page with no story reads the same); under a
    byline read it is a story, and says nothing (alarms61)."""
    story = wirestory.parse_story(
        _page("\n".join(_SHORT_LINES), header="November 19, 2019\nShare\nTweet\n"), options=PAGE
    )
    assert list(_SHORT_LINES) == list(story.body)
    assert [d.code for d in story.diagnostics] == ["body-of-short-lines"]
    story = wirestory.parse_story(_page("\n".join(_SHORT_LINES)), options=PAGE)
    assert list(_SHORT_LINES) == list(story.body)
    assert [d.code for d in story.diagnostics] == []


@pytest.mark.parametrize(
    "lines",
    [
        _SHORT_LINES[:3],
        tuple(line.rstrip(".") for line in _SHORT_LINES),
    ],
    ids=["three-sentences", "headlines-without-full-stops"],
)
def test_short_lines_that_are_no_story_give_no_body(lines: tuple[str, ...]) -> None:
    """Fewer than four short sentences in a row, or short lines ending like no
    sentence (a list of headlines), are no body: the story says ``no-body``."""
    story = wirestory.parse_story(_page("\n".join(lines)), options=PAGE)
    assert not story.body
    assert "no-body" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement - Scroll to continue",
        "Continue reading the main story",
        "Catch all the latest news and updates on the Harbour Gazette.",
        "Stay up to date with the Harbour Gazette.",
        "First published on: 19-11-2019 at 10:31 IST",
        "Disclaimer: The views expressed are the author's own.",
        "(This story has not been edited by Harbour Gazette staff and is auto-generated "
        "from a syndicated feed.)",
        "(Except for the headline, this story has not been edited by Harbour Gazette staff.)",
    ],
)
@pytest.mark.parametrize("where", ["between-paragraphs", "under-the-story"])
def test_a_site_s_notice_is_furniture(line: str, where: str) -> None:
    """Notices a site prints inside or under a story (a scroll prompt, a
    newsletter or app prompt, a disclaimer, the syndicated-feed notice under
    agency copy; ``Knowledge.furniture_prefixes``) are furniture, never a
    paragraph of the story."""
    assert furniture_phrase(line)
    middle = (
        [*_PARAGRAPHS[:3], line, *_PARAGRAPHS[3:]]
        if where == "between-paragraphs"
        else [*_PARAGRAPHS, line]
    )
    story = wirestory.parse_story(_page(*middle), options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)


@pytest.mark.parametrize(
    "middle",
    [
        (_PARAGRAPHS[0], "By Jane Roe\nNovember 19, 2019", *_PARAGRAPHS[1:]),
        (_PARAGRAPHS[0], "Updated: November 19, 2019 10:31 IST", *_PARAGRAPHS[1:]),
    ],
    ids=["under-the-byline", "one-date-under-the-first-paragraph"],
)
def test_the_story_s_date_inside_its_stretch_is_furniture(middle: tuple[str, ...]) -> None:
    """The story's date inside its stretch, under the byline or alone near its
    start, is furniture (``in-story:date-line``), not a subheading."""
    text = _page(*middle, header="Share\n")
    story = wirestory.parse_story(text, options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)
    date = middle[1].splitlines()[-1]
    assert _rules(story, text)[date] == "in-story:date-line"


def test_a_timeline_s_dates_stay_in_the_story() -> None:
    """A timeline's dates over its entries are several: they stay in the body."""
    dates = ("November 19, 2019", "November 20, 2019", "November 21, 2019")
    middle = (
        _PARAGRAPHS[0],
        dates[0],
        _PARAGRAPHS[1],
        dates[1],
        _PARAGRAPHS[2],
        dates[2],
        *_PARAGRAPHS[3:],
    )
    story = wirestory.parse_story(_page(*middle), options=PAGE)
    assert list(middle) == list(story.body)


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("By Jane Roe in Port Ellis\nNovember 19, 2019\n", ["Jane Roe"]),
        ("By Jane Roe and Tom Hale in Port Ellis\nNovember 19, 2019\n", ["Jane Roe", "Tom Hale"]),
        ("Reported by Jane Roe\nNovember 19, 2019\n", ["Jane Roe"]),
    ],
    ids=["by-name-in-place", "two-names-in-place", "reported-by"],
)
def test_a_page_byline_with_where_it_was_filed(header: str, names: list[str]) -> None:
    """``By Jane Roe in Port Ellis`` (where the writer filed from, as British
    papers print it) and ``Reported by Jane Roe`` give the writers' names."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header), options=PAGE)
    assert story.byline is not None
    assert names == list(story.byline.names)
    assert list(_PARAGRAPHS) == list(story.body)


@pytest.mark.parametrize(
    "line", ["Protests in Port Ellis", "Jane Roe in Port Ellis", "By Jane Roe in the capital"]
)
def test_a_place_after_in_alone_makes_no_byline(line: str) -> None:
    """Without an opener and names before it, or with a lower-case place, a
    line ending ``in Place`` is no page byline."""
    assert find_page_byline(line) is None


@pytest.mark.parametrize(
    ("header", "names", "organization", "codes"),
    [
        ("By Jane Roe, Port Ellis\nNovember 19, 2019\n", ["Jane Roe"], "Port Ellis", True),
        ("Jane Roe, Port Ellis\nNovember 19, 2019\n", ["Jane Roe"], "Port Ellis", True),
        ("By Jane Roe and Tom Hale\nNovember 19, 2019\n", ["Jane Roe", "Tom Hale"], None, False),
        (
            "By Jane Roe, Tom Hale and Ann Marsh\nNovember 19, 2019\n",
            ["Jane Roe", "Tom Hale", "Ann Marsh"],
            None,
            False,
        ),
        # An outlet's word ends the name (Knowledge.outlet_words): the
        # organisation, no doubt (no second writer is named "Gazette").
        (
            "By Jane Roe, Harbour Courier\nNovember 19, 2019\n",
            ["Jane Roe"],
            "Harbour Courier",
            False,
        ),
        (
            "By Jane Roe and Tom Hale, Port Ellis\nNovember 19, 2019\n",
            ["Jane Roe", "Tom Hale"],
            "Port Ellis",
            False,
        ),
        ("Jane Roe, Port Ellis, Nov 19\n", ["Jane Roe"], "Port Ellis", True),
    ],
    ids=[
        "by-name-comma-place",
        "name-comma-place",
        "two-names-and",
        "three-names",
        "outlet",
        "names-and-then-place",
        "name-place-date",
    ],
)
def test_a_place_after_the_byline_s_name_is_no_second_writer(
    header: str, names: list[str], organization: str | None, codes: bool
) -> None:
    """``By Jane Roe, Port Ellis``: two names with only a comma between them
    give one writer and the place they filed from, and the story says so (two
    writers joined by a comma alone read the same, and so does an outlet's
    name, which is then the organisation), a date may follow the place;
    writers joined by ``and`` stay writers, and a name after a list ended by
    ``and`` is the place, with no doubt (``By Jane Roe and Tom Hale, Port
    Ellis``)."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header), options=PAGE)
    assert story.byline is not None
    assert (names, organization) == (list(story.byline.names), story.byline.organization)
    assert codes == ("byline-place-after-name" in [d.code for d in story.diagnostics])


def test_a_byline_place_that_opens_the_story_is_its_dateline_quietly() -> None:
    """``By Jane Roe, Port Ellis`` over ``Port Ellis: The …``: the dateline
    names the byline's place, so the place reading needs no diagnostic, and the
    two-word place is the dateline."""
    first = "Port Ellis: " + _PARAGRAPHS[0]
    header = "By Jane Roe, Port Ellis\nNovember 19, 2019\n"
    story = wirestory.parse_story(_page(first, *_PARAGRAPHS[1:], header=header), options=PAGE)
    assert story.byline is not None
    assert list(story.byline.names) == ["Jane Roe"]
    assert story.dateline is not None
    assert story.dateline.raw == "Port Ellis:"
    assert list(_PARAGRAPHS) == list(story.body)
    assert [d.code for d in story.diagnostics] == []


@pytest.mark.parametrize("in_menu", [True, False])
def test_a_two_word_place_before_a_colon_needs_the_page_to_name_it(in_menu: bool) -> None:
    """``Port Ellis: The …`` opening the story is its dateline when a line above
    shows ``Port Ellis`` (a menu of cities), with ``dateline-place-in-menu`` (a
    column's label in the menu reads the same); otherwise it is the
    paragraph's text (``Harbour Watch: The …`` has the same shape)."""
    first = "Port Ellis: " + _PARAGRAPHS[0]
    text = _page(first, *_PARAGRAPHS[1:])
    if in_menu:
        text = text.replace("World\n", "Port Ellis\n", 1)
    story = wirestory.parse_story(text, options=PAGE)
    codes = [d.code for d in story.diagnostics]
    if in_menu:
        assert story.dateline is not None
        assert story.dateline.raw == "Port Ellis:"
        assert list(_PARAGRAPHS) == list(story.body)
        assert codes == ["dateline-place-in-menu"]
    else:
        assert story.dateline is None
        assert first == story.body[0]
        assert "dateline-place-in-menu" not in codes


@pytest.mark.parametrize(
    ("paragraph", "raw", "agencies"),
    [
        ("PORT ELLIS (HNS) — The quay reopened.", "PORT ELLIS (HNS) —", ("HNS",)),
        ("PORT ELLIS, Nov 19 (HNS): The quay reopened.", "PORT ELLIS, Nov 19 (HNS):", ("HNS",)),
        ("PORT ELLIS, Norland (HNS)-The quay reopened.", "PORT ELLIS, Norland (HNS)-", ("HNS",)),
    ],
)
def test_an_agency_no_table_knows_is_read_by_its_shape_on_a_page(
    paragraph: str, raw: str, agencies: tuple[str, ...]
) -> None:
    """Capitals in parentheses after a place in capitals, then a dash or a colon,
    are the dateline's agency on a page's first paragraph (agency copy reposted
    by Asian sites), not in wire copy, whose agencies are known."""
    found = wirestory.find_dateline(paragraph, page=True)
    assert found is not None
    assert (raw, agencies) == (found.raw, found.agencies)
    assert wirestory.find_dateline(paragraph) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "PORT ELLIS (HNS) the quay reopened.",
        "PORT ELLIS (H1) — The quay reopened.",
        "Port Ellis (HNS) — The quay reopened.",
        "NATO (HNS) — The alliance met.",
        "PORT ELLIS (HARBOURS) — The quay reopened.",
        "Last Friday, Nov 22 - The council met.",
        "Black Friday, Nov 29 - Shoppers queued.",
    ],
)
def test_shape_read_agencies_and_dash_datelines_keep_precision(paragraph: str) -> None:
    """No dateline: a lower-case word after the agency, a digit or more than six
    letters in it, a title-case place (a firm and its ticker), an acronym for
    the place; a title-case time before a date and a dash (``Last Friday, Nov
    22 -``) is no place."""
    assert wirestory.find_dateline(paragraph, page=True) is None


def test_an_abbreviated_title_case_place_keeps_its_dash_dateline() -> None:
    """``St. Louis, Nov 22 -``: the weekday guard looks at words of four letters
    or more, so an abbreviation that is also a date word keeps the place."""
    found = wirestory.find_dateline("St. Louis, Nov 22 - The council met.")
    assert found is not None
    assert found.places == ("St. Louis",)


def test_a_shape_read_agency_is_flagged_on_the_page() -> None:
    """A page whose story opens ``PORT ELLIS (HNS) —`` has that dateline, with
    ``dateline-agency-by-shape``; a known agency gives none."""
    story = wirestory.parse_story(
        _page("PORT ELLIS (HNS) — " + _PARAGRAPHS[0], *_PARAGRAPHS[1:]), options=PAGE
    )
    assert story.dateline is not None
    assert story.dateline.agencies == ("HNS",)
    assert list(_PARAGRAPHS) == list(story.body)
    assert [d.code for d in story.diagnostics] == ["dateline-agency-by-shape"]
    story = wirestory.parse_story(
        _page("PORT ELLIS (AP) — " + _PARAGRAPHS[0], *_PARAGRAPHS[1:]), options=PAGE
    )
    assert story.dateline is not None
    assert [d.code for d in story.diagnostics] == []


def test_two_writers_and_a_date_on_one_byline_line_stay_two_writers() -> None:
    """``By Jane Roe, Tom Hale on Monday, November 18th, 2019``: the comma joins
    two writers when more of the byline follows the second name (a place ends
    its line)."""
    header = "By Jane Roe, Tom Hale on Monday, November 18th, 2019 at 11:08 a.m.\nShare\n"
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header), options=PAGE)
    assert story.byline is not None
    assert list(story.byline.names) == ["Jane Roe", "Tom Hale"]
    assert "byline-place-after-name" not in [d.code for d in story.diagnostics]


_TEASERS_SAME_WORDS = (
    "The harbour board will also decide next month whether to rebuild the old fish market "
    "on the west side of the port, where the fishermen would have their berths, a plan "
    "that has been discussed for years without a vote.",
    "Fishermen at the port asked the harbour board on Monday to keep the east side for "
    "their boats, saying the new quay would leave them nowhere to land their catch in the "
    "winter months.",
)
_BOX = "Related stories\nFish market plan back on the table\nFishermen ask board for more time"


def test_teasers_sharing_the_story_s_words_under_a_box_are_flagged() -> None:
    """``Related stories`` / two headlines / a teaser / a headline / a teaser, on
    the same subject as the story: the teasers share its distinctive words, so
    the story is read past the box, but each stands alone under a short line as
    a listing's do, and the story says so (``story-runs-past-listing``)."""
    middle = (*_PARAGRAPHS[:3], _BOX, _TEASERS_SAME_WORDS[0], "Fishermen want a vote")
    story = wirestory.parse_story(
        _page(*middle, _TEASERS_SAME_WORDS[1]),
        options=PAGE,
    )
    # The headline between the two teasers is kept with them since silent58
    # (the footer's ``Advertisement`` under the last teaser no longer leaves
    # the short line at the story's edge), and said as the closing heading.
    assert [d.code for d in story.diagnostics] == [
        "story-runs-past-listing",
        "closing-heading-may-be-teaser",
    ]
    assert "under their headlines" in story.diagnostics[0].message


def test_a_story_going_on_in_paragraphs_past_a_box_is_not_flagged() -> None:
    """The story's own paragraphs in a row under the box, sharing its words: no
    diagnostic."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:3], _BOX, *_PARAGRAPHS[3:]), options=PAGE)
    assert list(story.body) == list(_PARAGRAPHS)
    assert [d.code for d in story.diagnostics] == []


@pytest.mark.parametrize(
    ("header", "organization"),
    [
        ("By Jane Roe / Staff Writer\nNovember 19, 2019\n", "Staff Writer"),
        ("By Jane Roe - Staff Writer\nNovember 19, 2019\n", "Staff Writer"),
        ("Jane Roe / Nov 19, 2019, 10:31 IST\n", None),
        ("Author: Jane Roe\nNovember 19, 2019\n", None),
        ("Jane Roe - Anadolu Agency\n19.11.2019\n", "Anadolu Agency"),
    ],
    ids=["slash-title", "dash-title", "slash-date", "author-label", "dash-agency"],
)
def test_page_bylines_with_a_slash_a_dashed_title_or_an_author_label(
    header: str, organization: str | None
) -> None:
    """``By Jane Roe / Staff Writer``, ``By Jane Roe - Staff Writer``, ``Jane
    Roe / Nov 19, 2019`` (a spaced slash before the outlet or the date, South
    Asian sites) and ``Author: Jane Roe`` give the writer's name; a title
    after the separator is the organisation."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header), options=PAGE)
    assert story.byline is not None
    assert (["Jane Roe"], organization) == (list(story.byline.names), story.byline.organization)
    assert list(_PARAGRAPHS) == list(story.body)


@pytest.mark.parametrize(
    "line", ["By Jane Roe/AFP", "Photo by Jane Roe / AFP", "Author Jane Roe", "Bus / Rail / Ferry"]
)
def test_a_glued_slash_a_photo_credit_or_author_without_colon_is_no_page_byline(
    line: str,
) -> None:
    """A slash glued to the name (a photo credit's form), ``Photo by`` and
    ``Author`` without its colon make no page byline."""
    assert find_page_byline(line) is None


def test_a_section_before_a_slash_is_no_name() -> None:
    """``HARBOUR NEWS /`` over the date line (a breadcrumb's section) names no
    one, though a name may stand before a spaced slash and its outlet; after
    a spaced dash only an agency or a title may follow the name (``Jane Roe -
    Anadolu Agency``), not a headline's rest (``Harbour Board - Live
    Updates``)."""
    from wirestory.bylines import page_person_names

    assert page_person_names("HARBOUR NEWS /") is None
    assert page_person_names("Harbour Board - Live Updates") is None
    found = page_person_names("Jane Roe - Anadolu Agency")
    assert found is not None
    assert (found.names, found.organization) == (("Jane Roe",), "Anadolu Agency")
    found = page_person_names("Jane Roe / Harbour Gazette")
    assert found is not None
    assert (found.names, found.organization) == (("Jane Roe",), "Harbour Gazette")


@pytest.mark.parametrize(
    "paragraph",
    [
        "He posed for the camera on the quay with the whole crew - photo by his son, who was nine.",
        "He posed for the camera on the quay with the whole crew - photo by his son",
        "The boats came back early this year on the whole, courtesy of the calm weather",
    ],
)
def test_a_lower_case_photo_word_after_a_dash_is_no_credit_label(paragraph: str) -> None:
    """``… - photo by his son``, ``…, courtesy of the calm weather``: a label in
    lower case is a sentence's words, not a credit's; the line stays a
    paragraph."""
    text = _page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text, options=PAGE)
    assert not story.captions
    assert paragraph in story.body


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this article",
        "Continue Reading",
        "Story continues",
        "Read Full Article",
        "Loading...",
        "Watch Video",
    ],
)
def test_a_player_or_link_label_between_paragraphs_is_furniture(line: str) -> None:
    """An audio player's, a video's or a link's label alone between two
    paragraphs (``Listen to this article``, ``Continue Reading``,
    ``Loading...``) is furniture, not a subheading of the story."""
    assert furniture_phrase(line)
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:]), options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)


@pytest.mark.parametrize(
    ("opening", "raw"),
    [
        ("Port Ellis, Nov 19 (IANS) ", "Port Ellis, Nov 19 (IANS)"),
        ("PORT ELLIS, Nov 19, 2019 (PTI) ", "PORT ELLIS, Nov 19, 2019 (PTI)"),
    ],
)
def test_a_known_agency_before_a_single_space_on_a_page(opening: str, raw: str) -> None:
    """``Port Ellis, Nov 19 (IANS) The …`` (an Indian agency's copy reposted, no
    dash after the agency): the known agency vouches for a title-case place,
    and no diagnostic is needed; an unknown agency after a title-case place
    gives no dateline. The dated form is the agencies' own wire copy, read
    outside a page too."""
    story = wirestory.parse_story(_page(opening + _PARAGRAPHS[0], *_PARAGRAPHS[1:]), options=PAGE)
    assert story.dateline is not None
    assert story.dateline.raw == raw
    assert list(_PARAGRAPHS) == list(story.body)
    assert [d.code for d in story.diagnostics] == []
    assert wirestory.find_dateline("Port Ellis, Nov 19 (HNS) The quay.", page=True) is None
    # The agency's own wire form: read in wire copy too (heldout21).
    dateline = wirestory.find_dateline(opening + _PARAGRAPHS[0])
    assert dateline is not None
    assert dateline.raw == raw


@pytest.mark.parametrize(
    ("paragraph", "raw"),
    [
        ("Puerto Ellis, 19 nov (EFE).- El muelle reabrió.", "Puerto Ellis, 19 nov (EFE).-"),
        (
            "PUERTO ELLIS, 19 de noviembre (EFE) - El muelle.",
            "PUERTO ELLIS, 19 de noviembre (EFE) -",
        ),
    ],
)
def test_a_spanish_agency_dateline_on_a_page(paragraph: str, raw: str) -> None:
    """Spanish agency copy reposted by Latin American sites: a place, the day
    before the month (``19 nov``, ``19 de noviembre``), the agency, and ``.-``
    or a dash; the known agency vouches for the date written in any language.
    An unknown agency in that place gives none, in wire copy too."""
    found = wirestory.find_dateline(paragraph, page=True)
    assert found is not None
    assert found.raw == raw
    # Read in wire copy too since silent31 (it was a page's form only).
    assert wirestory.find_dateline(paragraph) == found
    assert wirestory.find_dateline("Puerto Ellis, 19 nov (XYZ).- El muelle.", page=True) is None
    assert wirestory.find_dateline("Puerto Ellis, 19 nov (XYZ).- El muelle.") is None


@pytest.mark.parametrize(
    ("figure", "caption"),
    [
        (
            "Tom Hale/Harbour Gazette\nFishermen unload their catch on the old quay at dawn.",
            ("Fishermen unload their catch on the old quay at dawn.", "Tom Hale/Harbour Gazette"),
        ),
        ("Tom Hale/Harbour Gazette\nImage 1 of 9", None),
    ],
    ids=["credit-over-caption", "credit-over-counter"],
)
def test_a_credit_glued_over_the_line_below_is_not_the_paragraph_above_s(
    figure: str, caption: tuple[str, str] | None
) -> None:
    """Blank line, ``Tom Hale/Harbour Gazette`` / ``Fishermen unload …``, blank
    line: the credit printed over its caption credits that caption (a
    sentence), never the paragraph above it, which stays the story's (it was
    read as a caption and lost); over a gallery's counter it credits nothing."""
    text = _page(*_PARAGRAPHS[:2], figure, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text, options=PAGE)
    assert [(c.text, c.credit) for c in story.captions] == ([caption] if caption else [])
    for paragraph in _PARAGRAPHS:
        assert paragraph in story.body


@pytest.mark.parametrize("sign_off", ["Reuters", "Jane Roe / Harbour Gazette"])
def test_a_sign_off_under_the_story_s_last_paragraph_is_no_photo_credit(sign_off: str) -> None:
    """The story's last paragraph, a blank line, then the agency's or the
    writer's sign-off (``Reuters``, ``Jane Roe / Harbour Gazette``): the
    paragraph stays the story's last (it was read as a caption with that
    credit and lost); between two paragraphs, a caption glued to the same
    credit stays a caption."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, sign_off), options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)
    assert not story.captions
    caption = "Fishermen unload their catch on the old quay at dawn."
    figure = f"{caption}\n{sign_off}"
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:3], figure, *_PARAGRAPHS[3:]), options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)
    assert [(caption, sign_off)] == [(c.text, c.credit) for c in story.captions]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Written by Jane Roe, Staff Writer", ("Jane Roe",)),
        ("Story by Jane Roe", ("Jane Roe",)),
        ("Posted by Jane Roe", ("Jane Roe",)),
    ],
)
def test_a_framed_byline_under_the_story_is_its_byline(line: str, names: tuple[str, ...]) -> None:
    """``Written by Jane Roe, Staff Writer``, ``Story by Jane Roe`` right under
    the story, the header holding none, are the byline, flagged as ``By …``
    lines there are (``byline-after-story``)."""
    story = wirestory.parse_story(
        _page(*_PARAGRAPHS, line, header="November 19, 2019\n"), options=PAGE
    )
    assert story.byline is not None
    assert story.byline.names == names
    assert list(_PARAGRAPHS) == list(story.body)
    assert [d.code for d in story.diagnostics] == ["byline-after-story"]


@pytest.mark.parametrize(
    "line",
    [
        "Get our free morning newsletter",
        "Want more stories like this? Sign up here.",
        "Read Next",
        "Photo Gallery",
        "Recommended Stories",
        "Advertisement - story continues below",
        "Thank you for signing up!",
        "Editor’s Picks",
        "Siga-nos",
    ],
)
def test_a_widget_s_label_or_prompt_between_paragraphs_is_furniture(line: str) -> None:
    """A newsletter prompt or a widget's label alone between two paragraphs is
    furniture, not a subheading (``Knowledge.furniture_phrases`` and
    ``furniture_prefixes``); a phrase with marks in it (``Editor's Picks``,
    ``Siga-nos``) is compared as the line is, marks made spaces."""
    assert furniture_phrase(line)
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:]), options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Get our boats back in the water, the fishermen told the board at the meeting.",
        "Want more berths? The board said the west side would have room for forty boats.",
        "Never miss a tide, the harbour master tells every new skipper on the quay.",
    ],
)
def test_a_story_sentence_opening_like_a_prompt_stays_body(paragraph: str) -> None:
    """A sentence of the story that opens as a prompt does (``Get our …``,
    ``Want more …``, ``Never miss …``) and has more than eight words stays a
    paragraph."""
    assert not furniture_phrase(paragraph)
    story = wirestory.parse_story(
        _page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]), options=PAGE
    )
    assert paragraph in story.body


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        (
            "By Jane Roe, Senior Correspondent, and Tom Hale, Staff Writer",
            ("Jane Roe", "Tom Hale"),
            "Senior Correspondent",
        ),
        ("By Jane Roe (Reuters)", ("Jane Roe",), "Reuters"),
        ("By Jane Roe and Tom Hale (AFP)", ("Jane Roe", "Tom Hale"), "AFP"),
    ],
)
def test_page_bylines_with_titles_between_writers_or_an_agency_in_parentheses(
    line: str, names: tuple[str, ...], organization: str
) -> None:
    """Each writer followed by a title, the second after ``, and``, gives both
    writers; an agency in parentheses after the names is the organisation."""
    found = find_page_byline(line)
    assert found is not None
    assert (names, organization) == (found.names, found.organization)


@pytest.mark.parametrize("line", ["By Jane Roe (Photos)", "By Sea (Reuters)"])
def test_a_parenthesis_that_names_no_agency_or_no_writer_gives_no_byline(line: str) -> None:
    """Words in parentheses that are no agency, or no name before an agency,
    make no page byline."""
    assert find_page_byline(line) is None


@pytest.mark.parametrize(
    ("paragraph", "raw", "date_text"),
    [
        ("Ellisport, Nov 19: The quay reopened.", "Ellisport, Nov 19:", "Nov 19"),
        (
            "Ellisport, November 19, 2019: The quay reopened.",
            "Ellisport, November 19, 2019:",
            "November 19",
        ),
    ],
)
def test_a_title_case_place_and_date_before_a_colon_on_a_page(
    paragraph: str, raw: str, date_text: str
) -> None:
    """``Ellisport, Nov 19: The …`` (Gulf and South Asian sites) is a page's
    dateline, as ``Ellisport: The …`` is; a weekday before the date
    (``Monday, Nov 18:``) and a name before a quote are none."""
    found = wirestory.find_dateline(paragraph, page=True)
    assert found is not None
    assert (raw, date_text) == (found.raw, found.date_text)
    assert wirestory.find_dateline("Monday, Nov 18: Council votes.", page=True) is None
    assert wirestory.find_dateline("Jane Roe, Nov 19: We won.", page=True) is None
