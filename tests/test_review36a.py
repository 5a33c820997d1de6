"""review36a: where alarm36's quieter checks went silent on wrong readings.

alarm36 quieted five diagnostics on forms it judged right. Four of its rules
also took in forms read wrong, which then said nothing:

- ``page-hard-wrapped`` was said only of a join into a line opening in no
  small letter: a byline or a caption in small letters printed right under
  a paragraph's last sentence (``… in a statement.`` / ``by tom hale``) was
  joined into the paragraph unsaid;
- ``slug-may-be-headline`` was quiet when the code's letters spell the place
  of the PTI dateline under it in order: a capitals headline whose code is
  no desk's (``NH48 TOLL-HIKE`` over ``New Delhi``, ``AI112 …`` over
  ``Amritsar``) lost the story its headline unsaid;
- ``list-rows-left-out`` was quiet when fewer than half of the dated rows
  under the story wrote its words: the story's own timeline told mostly in
  other words was left out unsaid;
- ``caption-may-be-paragraph`` dropped every word after a relative clause's
  pronoun: a positioned sentence narrating after the clause (``… at the hall
  they built in 1990 voted against the plan``) was a caption unsaid.

Each probe fails on alarm36's merge (d70878a); each near miss passes before
and after. Every page and line here is invented, in the shape of real page
text or wire copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story, news_page
from story_checks import codes as _codes

import wirestory

# --- A hard-wrapped page: a block in small letters under a sentence's end ------------

_HEADER = """\
Harbour pilots strike over pay - Vale Post Daily
Harbour pilots strike over pay
By Jane Roe
December 3, 2026

"""
_UNION = """
The union said talks with the port authority had broken down after four
weeks, and that its members would stay out until the authority offered a
raise in line with inflation.

Share this article
"""
_LEAD = """\
OSLO, Norway (AP) — Harbour pilots in three ports walked off the job on
Wednesday, stranding ferries and cargo ships along the west coast as the
busiest week of the winter season began, the union said in a statement.
"""


@pytest.mark.parametrize(
    "block",
    [
        # A writer's credit in small letters, as some sites print it.
        "by tom hale, staff writer",
        # A caption in small letters and its credit.
        "ferries wait in the bay outside the old town on wednesday (photo: tom hale)",
    ],
    ids=["byline", "caption"],
)
def test_a_block_in_small_letters_under_a_sentence_s_end_is_doubted(block: str) -> None:
    page = _HEADER + _LEAD + block + "\n" + _UNION
    story = wirestory.parse_story(page)
    problems = [d for d in story.diagnostics if d.code == "page-hard-wrapped"]
    assert [page.splitlines()[d.line - 1] for d in problems] == [block]


@pytest.mark.parametrize(
    "lead",
    [
        # An abbreviation's full stop goes on into small letters.
        """\
OSLO, Norway (AP) — Harbour pilots in three ports walked off the job at 6 a.m.
on Wednesday, stranding ferries and cargo ships along the west coast as the
busiest week of the winter season began, the union said in a statement.
""",
        """\
OSLO, Norway (AP) — Pilots employed by Vale Harbour Pilotage Services Ltd.
and two smaller firms walked off the job on Wednesday, stranding ferries and
cargo ships along the west coast, the union said in a statement.
""",
        """\
OSLO, Norway (AP) — Ferries, cargo ships, tankers, tugs, barges, dredgers etc.
were stranded on Wednesday along the west coast when harbour pilots walked off
the job as the busiest week of the winter season began, the union said.
""",
        # A colon goes on into small letters.
        """\
OSLO, Norway (AP) — Harbour pilots who walked off the job want two things:
a raise in line with inflation and shorter shifts in the busy winter season,
the union said in a statement.
""",
    ],
    ids=["a.m.", "Ltd.", "etc.", "colon"],
)
def test_a_wrap_after_an_abbreviation_into_small_letters_says_nothing(lead: str) -> None:
    story = wirestory.parse_story(_HEADER + lead + _UNION)
    assert len(story.body) == 2
    assert story.body[0].endswith("the union said in a statement.") or story.body[0].endswith(
        "the union said."
    )
    assert "page-hard-wrapped" not in _codes(story)


# --- A capitals headline of PTI's slug form over a dateline it spells -------------

_PTI_LEAD = (
    "{place}, Dec 5 (PTI) The government will raise tolls on the highway from January, "
    "the ministry said on Saturday.\n\n"
    "The new rates will apply to trucks and buses.\n"
)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # A highway's number: N, H in order in New Delhi.
        ("NH48 TOLL-HIKE", "New Delhi"),
        # A flight's number: A, I in order in Amritsar.
        ("AI112 EMERGENCY-LANDING", "Amritsar"),
        ("MH17 CRASH-PROBE", "Mohali"),
        # A jet's type: S, U in Sulur.
        ("SU30 JET-CRASH", "Sulur"),
    ],
)
def test_a_headline_s_code_of_no_desk_s_three_letters_is_still_doubted(
    line: str, place: str
) -> None:
    # Before: quiet, the code's letters found in order in the place.
    (story,) = wirestory.parse(f"{line}\n\n" + _PTI_LEAD.format(place=place))
    assert story.headline == ""
    assert story.notes == (line,)
    assert "slug-may-be-headline" in _codes(story)


@pytest.mark.parametrize(
    ("slug", "place"),
    [
        ("DEL45 LAW-COURTS", "New Delhi"),
        ("LKO3 UP-FLOODS", "Lucknow"),
        ("HYD7 TG-METRO", "Hyderabad"),
    ],
)
def test_a_desk_s_three_capitals_over_its_dateline_say_nothing(slug: str, place: str) -> None:
    (story,) = wirestory.parse(f"{slug}\n\n" + _PTI_LEAD.format(place=place))
    assert story.notes == (slug,)
    assert "slug-may-be-headline" not in _codes(story)


# --- The story's own timeline under it, told mostly in other words ---------------

_FERRY_HEADLINE = "Vale Ferries sold to Nordic shipping group"
_FERRY_STORY = (
    "Vale Ferries, which has carried passengers between the islands for a century, has "
    "been sold to a Nordic shipping group for 40 million pounds, the company said on Monday.",
    "The new owners said the timetable would not change this winter and that all of the "
    "crews would keep their jobs.",
    "Shares in the company rose by a fifth after the deal was announced.",
)


def _ferry_page(*box: str) -> wirestory.Story:
    text = news_page(
        *_FERRY_STORY,
        "\n".join(box),
        headline=_FERRY_HEADLINE,
        header="By Jane Roe",
        site="Vale Post",
        year=2025,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


@pytest.mark.parametrize(
    "box",
    [
        (
            "Timeline:",
            "June 4 – Crews vote to accept offer",
            "Oct. 2 – Bidders line up",
            "Nov. 30 – Board backs bid",
        ),
        (
            "June 4 – Bidders line up",
            "Oct. 2 – Board backs bid",
            "Nov. 30 – Shares jump on talks",
        ),
    ],
    ids=["heading", "no-lead"],
)
def test_a_timeline_writing_one_of_the_story_s_words_is_still_said(box: tuple[str, ...]) -> None:
    # Before: one row in three writing the story's words (crews, shares) was
    # fewer than half, and the rows were left out as the site's, unsaid.
    story = _ferry_page(*box)
    assert story.body == _FERRY_STORY
    assert "list-rows-left-out" in _codes(story)


def test_the_site_s_archive_naming_none_of_the_story_s_words_says_nothing() -> None:
    story = _ferry_page(
        "Dec. 20, 2024 New bakery opens",
        "Jan. 8, 2025 Council reviews bus routes",
        "Feb. 3, 2025 Pier market moves",
    )
    assert story.body == _FERRY_STORY
    assert "list-rows-left-out" not in _codes(story)


# --- A positioned sentence narrating after a relative clause ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "(L-R) Jane Roe and Tom Hale at the hall they built in 1990 voted against the plan.",
        "(L-R) Jane Roe and Tom Hale in the hall they built in 1990 argued against the plan.",
        # The verb goes on to an article: its own object, no clause of the place.
        "(L-R) Jane Roe and Tom Hale at the meeting they voted against the plan.",
    ],
)
def test_a_past_after_the_clause_s_verb_still_narrates(sentence: str) -> None:
    # Before: every word after the clause's pronoun was passed over, the
    # sentence's own verb (voted, argued) with them, or the sentence's verb
    # was taken for the clause's: a caption, unsaid.
    story = library_story(LIBRARY_STORY[0], sentence, *LIBRARY_STORY[1:])
    assert [c.text for c in story.captions] == [sentence]
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        "(L-R) Jane Roe and Tom Hale at the hall they built in 1990.",
        "(L-R) Jane Roe and Tom Hale outside the house that she built.",
        "(L-R) Jane Roe and Tom Hale outside the house she built for her family in 1974.",
    ],
)
def test_the_clause_s_own_past_says_nothing(caption: str) -> None:
    story = library_story(LIBRARY_STORY[0], caption, *LIBRARY_STORY[1:])
    assert [c.text for c in story.captions] == [caption]
    assert "caption-may-be-paragraph" not in _codes(story)


# --- A quoted one-line paragraph over an ad between the story's paragraphs -------


@pytest.mark.parametrize("furniture", ["Advertisement", "Share this article"])
@pytest.mark.parametrize(
    "quote", ["“We will fight this.”", "“Get in here.”", '"Sign up today."', "“Get up now!”"]
)
def test_a_quoted_paragraph_over_furniture_is_kept(quote: str, furniture: str) -> None:
    # Before: left out with the ad, silently (someone's words ending in a
    # closing quote were no sentence's shape, or read as a reader's prompt).
    story = library_story(*LIBRARY_STORY[:2], f"{quote}\n{furniture}", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], quote, *LIBRARY_STORY[2:])


@pytest.mark.parametrize("prompt", ["Sign up here.", "Get the app.", "Read more here"])
def test_a_reader_s_prompt_not_in_quotes_is_still_left_out(prompt: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], f"{prompt}\nAdvertisement", *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY
    assert "subheading-may-be-teaser" not in _codes(story)
