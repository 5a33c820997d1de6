"""alarm36: false alarms, diagnostics on readings that are right. A
hard-wrapped page read as it was shown said ``page-hard-wrapped`` whatever
its joins; PTI's slug over a dateline of its own desk (``DEL45 LAW-COURTS`` /
``New Delhi, Dec 5 (PTI) …``) said ``slug-may-be-headline``; a site's dated
rows under the story (an archive oldest first, an ``Upcoming events:`` box)
said ``list-rows-left-out``; a prompt over an ad (``Sign up here.`` /
``Advertisement``) said ``subheading-may-be-teaser``; a caption told by
position whose past tells of the place (``(L-R) Jane Roe and Tom Hale at the
club they founded in 1990.``) said ``caption-may-be-paragraph``. Each probe
asserts the code is absent on the right reading; each twin asserts it still
fires on the misreading the rule was made for.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story, news_page
from story_checks import codes as _codes
from strategies import wrapped

import wirestory

# --- A hard-wrapped page ---------------------------------------------------------

_HEADER = """\
Harbour pilots strike over pay - Vale Post Daily
Harbour pilots strike over pay
By Jane Roe
December 3, 2026

"""
_LEAD = (
    "OSLO, Norway (AP) — Harbour pilots in three ports walked off the job on Wednesday, "
    "stranding ferries and cargo ships along the west coast as the busiest week of the "
    "winter season began, the union said in a statement."
)
_UNION = (
    "The union said talks with the port authority had broken down after four weeks, and "
    "that its members would stay out until the authority offered a raise in line with "
    "inflation."
)
_COURT = (
    "The authority said it would seek a court order on Thursday to force the pilots back "
    "to work, arguing that the strike put the supply of food to island towns at risk."
)
_PAGE = _HEADER + "\n".join((_LEAD, _UNION, _COURT, "Share this article")) + "\n"


@pytest.mark.parametrize("width", [64, 72, 78, 79])
def test_a_wrapped_page_read_as_shown_says_nothing(width: int) -> None:
    text = wrapped(_PAGE, width)
    assert max(map(len, text.splitlines())) <= width
    story = wirestory.parse_story(text)
    unwrapped = wirestory.parse_story(_PAGE)
    assert story.headline == unwrapped.headline
    assert story.byline == unwrapped.byline
    assert story.body == unwrapped.body
    assert len(story.body) == 3
    assert "page-hard-wrapped" not in _codes(story)


# A caption printed right under the lead's last line, no blank line between:
# the line ends a sentence and the caption opens in a capital, so it is joined
# to the lead as a wrap would be.
_GLUED = (
    _HEADER
    + """\
OSLO, Norway (AP) — Harbour pilots in three ports walked off the job on
Wednesday, stranding ferries and cargo ships along the west coast as the
busiest week of the winter season began, the union said in a statement.
Ferries wait in the bay outside the old town. (Photo: Tom Hale/Vale Post)

The union said talks with the port authority had broken down after four
weeks, and that its members would stay out until the authority offered a
raise in line with inflation.

Share this article
"""
)

# A paragraph wrapped by hand short of the width over a line opening in a
# capital that would have fit: the paragraph is cut in two.
_CUT = (
    _HEADER
    + """\
OSLO, Norway (AP) — Harbour pilots in three ports walked off the job on
Wednesday, stranding ferries and cargo ships along the west coast as the
busiest week of the winter season began, the union said.

The union said talks with the port authority had broken down after four
weeks, and that its members would stay out until
Vale Port Authority offered a raise in line with inflation this winter.

Share this article
"""
)


def test_a_caption_glued_under_a_wrapped_paragraph_is_still_doubted() -> None:
    story = wirestory.parse_story(_GLUED)
    [problem] = [d for d in story.diagnostics if d.code == "page-hard-wrapped"]
    assert _GLUED.splitlines()[problem.line - 1].startswith("Ferries wait in the bay")


def test_a_wrapped_paragraph_cut_in_two_is_still_doubted() -> None:
    story = wirestory.parse_story(_CUT)
    assert any(paragraph.startswith("Vale Port Authority") for paragraph in story.body)
    [problem] = [d for d in story.diagnostics if d.code == "page-hard-wrapped"]
    assert _CUT.splitlines()[problem.line - 1].startswith("Vale Port Authority")


# --- PTI's slug over its own desk's dateline -----------------------------------------

_PTI_LEAD = (
    "{place}, Dec 5 (PTI) The government will set up new courts to clear pending cases, "
    "the ministry said on Saturday.\n\n"
    "The courts will open next year.\n"
)


@pytest.mark.parametrize(
    ("slug", "place"),
    [
        ("DEL12 COP28-CLIMATE", "New Delhi"),
        ("DEL45 LAW-COURTS", "New Delhi"),
        ("LKO3 UP-FLOODS", "Lucknow"),
        ("HYD7 TG-METRO-RAIL", "Hyderabad"),
    ],
)
def test_a_pti_slug_over_its_desk_s_dateline_says_nothing(slug: str, place: str) -> None:
    text = f"{slug}\n\n" + _PTI_LEAD.format(place=place)
    for layout in (None, "wire"):
        options = wirestory.ParseOptions(layout=layout) if layout else None
        (story,) = wirestory.parse(text, options=options)
        assert story.headline == ""
        assert story.notes == (slug,)
        assert story.dateline is not None
        assert story.dateline.places == (place,)
        assert "slug-may-be-headline" not in _codes(story)


def test_a_pti_slug_with_digits_in_its_keyword_over_a_headline_is_a_slug() -> None:
    # Before: the slug was the headline, the headline its deck, silently.
    text = "DEL12 COP28-CLIMATE\nIndia backs climate deal\n\n" + _PTI_LEAD.format(place="New Delhi")
    (story,) = wirestory.parse(text)
    assert story.headline == "India backs climate deal"
    assert story.notes == ("DEL12 COP28-CLIMATE",)
    assert "slug-may-be-headline" not in _codes(story)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # A headline's code over the place: no desk of it.
        ("COP28 CLIMATE-DEAL", "New Delhi"),
        ("MH17 CRASH-PROBE", "New Delhi"),
        # Another desk's code over the place.
        ("DEL45 LAW-COURTS", "Lucknow"),
        # A desk's letters over no PTI dateline.
        ("DEL45 LAW-COURTS", "NEW DELHI (Reuters) -"),
    ],
)
def test_a_slug_form_over_no_dateline_of_its_desk_is_still_doubted(line: str, place: str) -> None:
    lead = _PTI_LEAD.format(place=place)
    if "(" in place:
        lead = lead.replace(f"{place}, Dec 5 (PTI) ", f"{place} ")
    (story,) = wirestory.parse(f"{line}\n\n{lead}")
    assert story.headline == ""
    assert "slug-may-be-headline" in _codes(story)


# --- A site's dated rows under the story: an archive oldest first, coming events ----

_TOUR_HEADLINE = "The Harbour Lights announce a winter tour"
_TOUR_STORY = (
    "The Harbour Lights will mark twenty years since their first record with a tour of "
    "the coast this winter, the band said on Monday.",
    "Singer Orla Keane and guitarist Tom Hale, who founded the band in a harbour pub, "
    "said the dates would take them back to the halls where they started out.",
    "Tickets for the tour go on sale on Friday at the halls' box offices and online, "
    "and the band said more dates may follow in the spring.",
)
_LIBRARY_HEADLINE = "Council votes to close the old library"
_LIBRARY_STORY = (
    "The council voted on Monday to close the old library on Mill Street at the end of the "
    "year, saying the building needed repairs it could not afford.",
    "Readers who have used the library for decades said they would fight the closure, and a "
    "petition to keep it open has gathered two thousand names.",
    "The council said the books would move to the new hub by the station, which opens in "
    "the spring.",
)


def _page_story(headline: str, *blocks: str) -> wirestory.Story:
    text = news_page(*blocks, headline=headline, header="By Jane Roe", site="Vale Post", year=2025)
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


@pytest.mark.parametrize(
    "box",
    [
        # The site's archive of other stories, oldest first, no lead.
        (
            "Nov. 20 New bakery opens",
            "Nov. 28 Council reviews bus routes",
            "Dec. 3 Ferry fares rise",
        ),
        (
            "March 4, 2025 Pier reopens",
            "June 1, 2025 Quay market moves",
            "Sept. 9, 2025 Mill shuts",
        ),
        # A box of coming events under its heading.
        (
            "Upcoming events:",
            "June 9 – Quay market returns",
            "June 14 – Mill Bay regatta",
            "June 21 – Pier fireworks night",
        ),
        (
            "Upcoming events",
            "9 June – Quay market returns",
            "14 June – Mill Bay regatta",
            "21 June – Pier fete",
        ),
    ],
    ids=["archive", "archive-years", "events-colon", "events-day-first"],
)
def test_a_site_s_dated_rows_under_the_story_say_nothing(box: tuple[str, ...]) -> None:
    story = _page_story(_TOUR_HEADLINE, *_TOUR_STORY, "\n".join(box))
    assert story.body == _TOUR_STORY
    assert "list-rows-left-out" not in _codes(story)


@pytest.mark.parametrize(
    ("headline", "story", "box"),
    [
        # A tour's dates naming places in title case, no lead: may be the story's.
        (
            _TOUR_HEADLINE,
            _TOUR_STORY,
            (
                "Nov. 28 -- Quay Hall, Harbour Town",
                "Dec. 12 -- The Old Mill",
                "Dec. 30 -- Pier Pavilion",
            ),
        ),
        # The story's own timeline, writing its words, no lead.
        (
            _LIBRARY_HEADLINE,
            _LIBRARY_STORY,
            (
                "Nov. 20 – Council first proposes library closure",
                "Nov. 28 – Readers start petition to keep library open",
                "Dec. 3 – Council votes to close the library",
            ),
        ),
        # The same timeline under a heading that is no sentence.
        (
            _LIBRARY_HEADLINE,
            _LIBRARY_STORY,
            (
                "Key dates:",
                "Nov. 20 – Council first proposes library closure",
                "Nov. 28 – Readers start petition to keep library open",
                "Dec. 3 – Council votes to close the library",
            ),
        ),
        # Events under a sentence ending in a colon naming none of the story's words.
        (
            _TOUR_HEADLINE,
            _TOUR_STORY,
            (
                "Here is what else is on this month:",
                "June 9 – Quay market returns",
                "June 14 – Mill Bay regatta",
                "June 21 – Pier fireworks night",
            ),
        ),
    ],
    ids=["tour", "timeline", "timeline-heading", "events-sentence"],
)
def test_dated_rows_that_may_be_the_story_s_are_still_said(
    headline: str, story: tuple[str, ...], box: tuple[str, ...]
) -> None:
    read = _page_story(headline, *story, "\n".join(box))
    assert read.body == story
    assert "list-rows-left-out" in _codes(read)


def test_coming_events_between_the_story_s_paragraphs_are_still_said() -> None:
    events = ("Upcoming events:", "June 9 – Quay market returns", "June 14 – Mill Bay regatta")
    events += ("June 21 – Pier fireworks night", "June 28 – Castle Green fete", "July 3 – Fair")
    story = _page_story(_TOUR_HEADLINE, _TOUR_STORY[0], "\n".join(events), *_TOUR_STORY[1:])
    assert story.body == _TOUR_STORY
    assert "list-rows-left-out" in _codes(story)


# --- A site's prompt over an ad between the story's paragraphs -----------------------


@pytest.mark.parametrize("furniture", ["Advertisement", "Share this article"])
@pytest.mark.parametrize(
    "prompt", ["Sign up here.", "Sign up here", "Get the app.", "Read more here.", "Log in now"]
)
def test_a_prompt_over_in_story_furniture_is_left_out_unsaid(prompt: str, furniture: str) -> None:
    # Before: kept as the story's paragraph, with subheading-may-be-teaser
    # (``Sign up here``) or silently (``Get the app.``: no word of four letters).
    story = library_story(*LIBRARY_STORY[:2], f"{prompt}\n{furniture}", *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY
    assert "subheading-may-be-teaser" not in _codes(story)


@pytest.mark.parametrize(
    "heading",
    [
        # A teaser's headline: no word of the story's.
        "Ferry fares rise again",
        # A bidding verb over other words than a prompt's: judged as a heading.
        "Follow the money",
        "Join the harbour club",
    ],
)
def test_a_teaser_or_a_heading_over_furniture_is_still_doubted(heading: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], f"{heading}\nAdvertisement", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], heading, *LIBRARY_STORY[2:])
    assert "subheading-may-be-teaser" in _codes(story)


# --- A caption told by position, a past in a clause with no pronoun ------------------


@pytest.mark.parametrize(
    "caption",
    [
        "(L-R) Jane Roe and Tom Hale at the club they founded in 1990.",
        "(L-R) Jane Roe and Tom Hale at the club that they founded in 1990.",
        "(L-R) Jane Roe and Tom Hale outside the house she built in 1974.",
        "(L-R) Jane Roe and Tom Hale at the Harbour Club they founded in 1990.",
    ],
)
def test_a_positioned_caption_with_a_past_in_a_contact_clause_says_nothing(caption: str) -> None:
    story = library_story(LIBRARY_STORY[0], caption, *LIBRARY_STORY[1:])
    assert [c.text for c in story.captions] == [caption]
    assert "caption-may-be-paragraph" not in _codes(story)


@pytest.mark.parametrize(
    "sentence",
    [
        "(L-R) Jane Roe, Tom Hale and Ann Lee all voted against the plan.",
        # A pronoun after a verb, or after a year: no place for a clause.
        "(L-R) Jane Roe and Tom Hale believe they founded the club.",
        "(L-R) Jane Roe and Tom Hale in 2016 they founded the club.",
        # A mark ends the place: the sentence after it narrates.
        "(L-R) Jane Roe and Tom Hale at the meeting; they voted against the plan.",
        # The clause closed by a comma, a speech verb after it.
        "(L-R) Jane Roe and Tom Hale at the club they founded, said the plan was wrong.",
    ],
)
def test_a_positioned_sentence_that_narrates_is_still_doubted(sentence: str) -> None:
    story = library_story(LIBRARY_STORY[0], sentence, *LIBRARY_STORY[1:])
    assert [c.text for c in story.captions] == [sentence]
    assert "caption-may-be-paragraph" in _codes(story)
