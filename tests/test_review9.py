"""The second review of the night round's rules (docs/reliability-log.md, "Review
of the night round"): each test failed on the code before (81e69eb); the
counter-cases read like them and stay as they were."""

from __future__ import annotations

import io

from strategies import wrapped

import wirestory

_WRAPPED_PAGE = """\
Harbour pilots strike over pay - Vale Post Daily
Harbour pilots strike over pay
Pilots in three ports walked out on Wednesday, leaving ferries stranded along \
the west coast for the second week running
By Jane Roe
December 3, 2026
Ferries wait in the bay outside the harbour of the old town on Wednesday \
morning as the strike goes on. (Photo: Tom Hale/Vale Post)
OSLO, Norway (AP) — Harbour pilots in three ports walked off the job on \
Wednesday, stranding ferries and cargo ships along the west coast as the \
busiest week of the winter season began.
The union said talks with the port authority had broken down after four \
weeks, and that its members would stay out until the authority offered a \
raise in line with inflation.
The authority said it would seek a court order on Thursday to force the \
pilots back to work, arguing that the strike put the supply of food to \
island towns at risk.
Advertisement
Share this article
"""


def test_a_hard_wrapped_page_s_caption_and_standfirst_keep_all_their_lines() -> None:
    # Before: the caption and the standfirst, each wrapped over two lines,
    # kept their first line's text only (the caption lost its credit).
    text = wrapped(_WRAPPED_PAGE, 72)
    story = wirestory.parse_story(text)
    unwrapped = wirestory.parse_story(_WRAPPED_PAGE)
    assert story.standfirst == unwrapped.standfirst
    assert story.standfirst is not None
    assert story.standfirst.endswith("second week running")
    assert [(c.text, c.credit) for c in story.captions] == [
        (c.text, c.credit) for c in unwrapped.captions
    ]
    assert story.captions[0].credit == "Photo: Tom Hale/Vale Post"
    [caption] = story.captions
    # The caption spans its lines: from its first line's start to its last's end.
    assert (
        text[caption.start : caption.end].split()
        == (
            "Ferries wait in the bay outside the harbour of the old town on Wednesday "
            "morning as the strike goes on. (Photo: Tom Hale/Vale Post)"
        ).split()
    )
    # Read as unwrapped: no join to doubt, nothing said (alarm36).
    assert [d.code for d in story.diagnostics] == []
    assert "".join(text[s.start : s.end] for s in story.segments) == text
    assert list(wirestory.iter_stories(io.StringIO(text))) == [story]


_LONG_HEADLINE = "Harbour pilots strike over pay as ferries wait in the bay for days"


def test_a_wrapped_page_s_headline_of_nearly_the_width_is_not_joined_to_its_byline() -> None:
    # Before: the headline (66 characters, over three quarters of the width)
    # went on into the byline under it, one run: the headline ended in
    # "By Jane Roe" and the story had no byline. A wrap cuts before the word
    # that passes the width; "By" fits on the headline's line.
    page = _WRAPPED_PAGE.replace("Harbour pilots strike over pay", _LONG_HEADLINE)
    text = wrapped(page, 79)
    story = wirestory.parse_story(text)
    assert story.layout == "page"
    assert story.headline == _LONG_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    # Read as unwrapped: no join to doubt, nothing said (alarm36).
    assert [d.code for d in story.diagnostics] == []
    assert "".join(text[s.start : s.end] for s in story.segments) == text


def test_a_wrapped_page_with_one_longer_line_is_still_read_joined() -> None:
    # Counter-case for the wrap's width: one line longer than the wrap (an
    # address a wrap cannot cut) must not stand for the width, or every
    # wrapped line would leave room for the next line's first word and none
    # would be joined.
    address = (
        "Full report: https://valepost.example/news/2026/12/03/harbour-pilots-strike-over-pay-full"
    )
    assert 72 < len(address) <= 100
    page = _WRAPPED_PAGE.replace("Advertisement\n", f"{address}\nAdvertisement\n")
    text = wrapped(page, 72).replace(wrapped(address, 72).strip(), address)
    assert address in text.splitlines()
    story = wirestory.parse_story(text)
    unwrapped = wirestory.parse_story(_WRAPPED_PAGE)
    assert story.headline == unwrapped.headline
    assert story.body[:3] == unwrapped.body[:3]
    # Joined: a paragraph longer than the wrap came from several lines.
    assert any(len(paragraph) > 72 for paragraph in story.body[:3])


_WIRE_LEAD = (
    "\n\nOSLO, Norway (AP) — Harbour pilots in three ports walked off the job on "
    "Wednesday, stranding ferries and cargo ships along the west coast.\n\n"
    "The union said talks had broken down after four weeks.\n"
)


def test_a_desk_s_topic_code_over_the_headline_is_a_slug() -> None:
    # Before: the code (two capital parts and a slash, too few parts for the
    # slug's pattern) was the headline and the headline its deck, silently.
    story = wirestory.parse_story("SPORTS-FOOTBALL/ENGLAND\nPilots return to work" + _WIRE_LEAD)
    assert story.headline == "Pilots return to work"
    assert story.standfirst is None
    assert story.segments[0].rule == "wire-slug"


def test_a_capitalised_headline_word_with_a_hyphen_stays_the_headline() -> None:
    # Counter-case: words in capitals, a hyphen but no desk's slash.
    story = wirestory.parse_story("COVID-19 CASES RISE\nPilots return to work" + _WIRE_LEAD)
    assert story.headline == "COVID-19 CASES RISE"
    assert story.segments[0].rule == "headline"


def test_a_deck_opening_with_a_number_is_the_standfirst() -> None:
    # Before: the deck was a subheading, the body's first paragraph, quietly.
    deck = "3 missing after ferry capsizes near island"
    story = wirestory.parse_story(f"Storm hits the coast\n{deck}" + _WIRE_LEAD)
    assert story.headline == "Storm hits the coast"
    assert story.standfirst == deck
    assert deck not in story.body
    assert story.body[0].startswith("Harbour pilots")


def test_a_date_line_with_numbers_under_the_headline_is_no_deck() -> None:
    # Counter-case: numbers and a page's date words only, or a date.
    for line in ("10:15 am ET", "3 December 2026"):
        story = wirestory.parse_story(f"Storm hits the coast\n{line}" + _WIRE_LEAD)
        assert story.standfirst is None
        assert story.segments[1].rule == "wire-date-line"
