"""Never silently wrong, fourteenth round: forms that came out wrong with no
diagnostic, each re-created with invented text (docs/reliability-log.md). Each
test failed on the code before; the near-misses read like them and stay as
they were."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY
from story_checks import codes as _codes

import wirestory
from wirestory import ParseOptions
from wirestory.bylines import find_page_byline, page_person_names

PAGE = ParseOptions(layout="page")

_P1, _P2, _P3, _P4 = LIBRARY_STORY


def _page(text: str) -> wirestory.Story:
    [story] = wirestory.parse(text, options=PAGE)
    return story


# --- 1. A transcript's first speaker with no role -----------------------------------

_TURNS = (
    "{first}: Good morning and welcome to the programme, where we look back at the week "
    "in the harbour town and what the council decided.\n\n"
    "{second}: Thanks, Jane. It has been a busy week, with the vote on the old library "
    "and the row over the ferry timetable.\n\n"
    "{first}: Let us start with the library, which the council voted to close on "
    "Tuesday after a long debate.\n"
)
_SHOW_TOP = (
    "Morning Talk: the week in the harbour | Vale Radio\n\nHome | News | Radio\n\n"
    "Morning Talk: the week in the harbour\n\n"
)


@pytest.mark.parametrize("layout", ["page", "auto"])
def test_a_transcripts_first_speaker_is_no_dateline(layout: str) -> None:
    """``JANE ROE: Good morning …`` over ``TOM HALE: Thanks …``: two words in
    capitals and a colon read as ``ABU DHABI:``; a place is never followed by a
    second speaker's turn."""
    text = _SHOW_TOP + _TURNS.format(first="JANE ROE", second="TOM HALE")
    [story] = wirestory.parse(text, options=ParseOptions(layout=layout))  # type: ignore[arg-type]
    assert story.dateline is None
    assert story.body[0].startswith("JANE ROE: Good morning")


def test_a_place_in_capitals_over_prose_stays_the_dateline() -> None:
    text = _SHOW_TOP + "ABU DHABI: " + _P1 + "\n\n" + _P2 + "\n\n" + _P3 + "\n"
    story = _page(text)
    assert story.dateline is not None
    assert story.dateline.places == ("ABU DHABI",)


def test_a_label_under_the_dateline_is_no_turn() -> None:
    """``UPDATE: …`` under a dateline's paragraph is a label, no speaker."""
    text = _SHOW_TOP + "ABU DHABI: " + _P1 + "\n\nUPDATE: " + _P2 + "\n\n" + _P3 + "\n"
    story = _page(text)
    assert story.dateline is not None
    assert story.dateline.places == ("ABU DHABI",)


@pytest.mark.parametrize("opening", ["NATO: ", "UNICEF: ", "EXCLUSIVE: "])
def test_an_organisation_under_the_dateline_is_no_turn(opening: str) -> None:
    """``NATO: The alliance …`` under a ``CAIRO:`` dateline's paragraph: one
    word in capitals before a colon is an organisation or a label, no
    speaker's name (a turn names the speaker in two words or more)."""
    text = _SHOW_TOP + "CAIRO: " + _P1 + "\n\n" + opening + _P2 + "\n\n" + _P3 + "\n"
    story = _page(text)
    assert story.dateline is not None
    assert story.dateline.places == ("CAIRO",)


# --- 2. An obituary's headline is no byline -----------------------------------------

_OBIT = (
    "Jane Roe, whose voice opened the morning news on Vale Radio for three decades, died "
    "on Sunday at her home in the harbour town, her family said.\n\n"
    "She joined the station as a typist in 1968 and read her first bulletin two years "
    "later, when the regular announcer fell ill before the news.\n\n"
    "Colleagues said she never missed a morning in thirty years and that listeners "
    "wrote to her from across the valley every week.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "Jane Roe, veteran broadcaster, dies at 80",
        "Jane Roe, harbour pilot, wins lifetime award",
        "Tom Hale, council leader, says ferry will stay",
    ],
)
def test_a_headline_naming_a_person_is_no_byline(headline: str) -> None:
    """A name, its titles after commas, then a headline's verb (``dies at``,
    ``wins``, ``says``) right above the date line, the page title matching no
    line: the headline, not the byline (and the menu bar above is no headline)."""
    text = (
        "Vale Post - news from the valley\n\nHome | News | Sport | Obituaries\n\n"
        f"{headline}\n\nMarch 4, 2025\n\n{_OBIT}"
    )
    story = _page(text)
    assert story.headline == headline
    assert story.byline is None
    assert page_person_names(headline) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Roe, Senior Reporter", ("Jane Roe",)),
        ("Jane Roe, Staff Writer, Vale Post", ("Jane Roe",)),
    ],
)
def test_a_name_and_titles_stay_a_byline(line: str, names: tuple[str, ...]) -> None:
    found = page_person_names(line)
    assert found is not None
    assert found.names == names


# --- 3. A weekday's abbreviation before the date ------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # March 2, 2025 is a Sunday (on another day "Sun" is a surname:
        # test_silent24).
        ("By Jane Roe Sun, Mar 2, 2025", ("Jane Roe",)),
        ("By Jane Roe Wed, 4 March 2025", ("Jane Roe",)),
        ("By Jane Roe and Tom Hale Fri, Mar 7, 2025", ("Jane Roe", "Tom Hale")),
    ],
)
def test_a_weekday_before_the_date_ends_the_names(line: str, names: tuple[str, ...]) -> None:
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # A name of one word before it: "Sun" is a surname too.
        ("By Tom Sun, Mar 4, 2025", ("Tom Sun",)),
        ("By Jane Roe | Sun, Mar 4, 2025", ("Jane Roe",)),
        ("By Jane Roe Sunday, Mar 4, 2025", ("Jane Roe",)),
    ],
)
def test_a_surname_or_a_weekday_after_a_bar_stays(line: str, names: tuple[str, ...]) -> None:
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names


# --- 8. A byline between wire copy's paragraphs -------------------------------------

_WIRE_TOP = "Council votes to close the old library\n\nPORT ELLIS, March 4 (Reuters) - "


@pytest.mark.parametrize("line", ["By Tom Hale", "BY TOM HALE"])
def test_a_byline_between_wire_paragraphs_is_flagged(line: str) -> None:
    """``By Tom Hale`` alone between two paragraphs of wire copy: kept in the
    body, it may be a second story's byline; the story says so."""
    text = f"{_WIRE_TOP}{_P1}\n\n{_P2}\n\n{line}\n\n{_P3}\n\nThe vote is due in May.\n"
    for layout in ("wire", "auto"):
        [story] = wirestory.parse(text, options=ParseOptions(layout=layout))  # type: ignore[arg-type]
        assert "byline-inside-story" in _codes(story)


def test_a_byline_in_wire_copys_header_says_nothing() -> None:
    text = f"Council votes to close the old library\n\nBy Tom Hale\n\n{_P1}\n\n{_P2}\n\n{_P3}\n"
    [story] = wirestory.parse(text, options=ParseOptions(layout="wire"))
    assert "byline-inside-story" not in _codes(story)


def test_a_sentence_opening_with_by_between_paragraphs_says_nothing() -> None:
    text = f"{_WIRE_TOP}{_P1}\n\nBy Tuesday the roof had been fixed.\n\n{_P2}\n\n{_P3}\n"
    [story] = wirestory.parse(text, options=ParseOptions(layout="wire"))
    assert "byline-inside-story" not in _codes(story)


# --- 9. A share bar between the story's paragraphs ----------------------------------

_PAGE_TOP = (
    "Council votes to close the old library | Vale Post\n\nHome | News | Sport\n\n"
    "Council votes to close the old library\n\nBy Jane Roe\nMarch 4, 2025\n\n"
)
_FOOT = "\n\nAdvertisement\nAbout us\nContact us\n© 2025 Vale Post\n"


@pytest.mark.parametrize(
    "bar",
    [
        "Share\nTweet\nEmail\nFacebook\nWhatsApp\nCopy link",
        "Share this article\nFacebook\nTwitter\nEmail",
    ],
)
def test_a_share_bar_between_paragraphs_is_read_past(bar: str) -> None:
    text = f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\n{bar}\n\n{_P3}\n\n{_P4}{_FOOT}"
    story = _page(text)
    assert story.body == (_P1, _P2, _P3, _P4)
    assert "prose-left-out" not in _codes(story)
    # Read past, and said so: the prose under a bar may be the next story's.
    assert _codes(story).count("share-bar-read-past") == 1


def test_a_share_bar_under_the_story_still_ends_it() -> None:
    bar = "Share\nTweet\nEmail\nFacebook"
    text = f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\n{_P3}\n\n{bar}\n\nMost Read\nAbout us{_FOOT}"
    story = _page(text)
    assert story.body == (_P1, _P2, _P3)


def test_a_next_story_glued_on_over_a_share_bar_is_flagged() -> None:
    """The story's own share bar under its last paragraph, then the next story
    with no headline, its prose naming the same council and street: read past
    and glued on, as a bar between one story's paragraphs reads the same; the
    story says so."""
    other = (
        "The town council also agreed on Tuesday to sell the old car park on Mill Street "
        "to a housing trust, which plans forty flats and a small shop on the site.\n\n"
        "Members said the trust had promised to keep a public path through the site and "
        "to plant trees along the street, and that the sale would pay for the new branch."
    )
    bar = "Share\nTweet\nEmail\nFacebook"
    text = f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\n{_P3}\n\n{bar}\n\n{other}{_FOOT}"
    story = _page(text)
    assert len(story.body) == 5  # glued on: no headline tells the two apart
    assert "share-bar-read-past" in _codes(story)


def test_a_story_with_no_share_bar_says_nothing_of_one() -> None:
    story = _page(f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\n{_P3}\n\n{_P4}{_FOOT}")
    assert "share-bar-read-past" not in _codes(story)


def test_a_share_bar_over_another_storys_prose_still_ends_the_story() -> None:
    """Prose under the bar naming none of the story's distinctive words may be
    another story's: the bar is not read past."""
    other = (
        "Bakers on the east side say the rising price of flour will put a loaf up by a "
        "fifth before the summer, and that two small shops may shut.\n\n"
        "Volunteers cleared four tonnes of plastic from the north beach at the weekend, "
        "the most they have collected since the monthly clean-ups began."
    )
    bar = "Share\nTweet\nEmail\nFacebook"
    text = f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\n{_P3}\n\n{bar}\n\n{other}{_FOOT}"
    story = _page(text)
    assert story.body == (_P1, _P2, _P3)


# --- 5. A subheading over the first paragraph, listed in a table of contents -------

_TOC_STORY = "{above}\n\n{P1}\n\n{P2}\n\nWhat happens next\n\n{P3}\n\n{P4}{foot}"


def test_a_listed_heading_over_the_first_paragraph_is_a_subheading() -> None:
    """``Contents`` / ``The vote`` / ``What happens next`` above the story, and
    ``The vote`` right over its first paragraph: the story's first subheading,
    no furniture."""
    toc = "Contents\nThe vote\nWhat happens next\nReactions\n\nThe vote"
    text = _PAGE_TOP + _TOC_STORY.format(above=toc, P1=_P1, P2=_P2, P3=_P3, P4=_P4, foot=_FOOT)
    story = _page(text)
    assert story.body[:2] == ("The vote", _P1)
    assert "What happens next" in story.body


@pytest.mark.parametrize(
    "above",
    [
        # A section's label with no table of contents.
        "Local News",
        # A table of contents that does not list the line with a later heading.
        "Contents\nReactions\nOther news\n\nLocal News",
        # A button shown twice: a furniture phrase heads no section.
        "Share\nPrint\nWhat happens next\n\nPrint",
    ],
)
def test_a_label_over_the_first_paragraph_stays_furniture(above: str) -> None:
    text = _PAGE_TOP + _TOC_STORY.format(above=above, P1=_P1, P2=_P2, P3=_P3, P4=_P4, foot=_FOOT)
    story = _page(text)
    assert story.body[0] == _P1


# --- 7. A widget's row in title case kept in the body -------------------------------


def test_a_title_case_widget_row_in_the_body_is_flagged() -> None:
    """``Gold`` / ``24.50`` / ``+0.3%`` between paragraphs, no symbol in capitals
    or quote beside it: kept as the story's lines, with ``stock-widget-in-body``."""
    text = f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\nGold\n24.50\n+0.3%\n\n{_P3}\n\n{_P4}{_FOOT}"
    story = _page(text)
    assert "Gold" in story.body
    assert "stock-widget-in-body" in _codes(story)


@pytest.mark.parametrize(
    "rows",
    [
        # A results table: names over shares, no signed change.
        "Labour\n41.2%\nReform\n30.5%",
        # A widget in capitals is taken out of the body, no doubt.
        "GOLD\n24.50\n+0.3%",
    ],
)
def test_a_results_table_or_a_taken_widget_says_nothing(rows: str) -> None:
    text = f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\n{rows}\n\n{_P3}\n\n{_P4}{_FOOT}"
    story = _page(text)
    assert "stock-widget-in-body" not in _codes(story)


# --- 6. A comment section whose first comment stands right under its heading --------


@pytest.mark.parametrize("mark", ["2 hours ago Reply", "Reply", "5 mins ago"])
def test_a_comment_right_under_its_heading_stays_out_of_the_story(mark: str) -> None:
    """``Comments`` / a reader's comment / ``2 hours ago Reply``: the heading
    with prose right under it is no comment count's link when a comment's
    marks (a reply button, a relative time) follow: a wall, the comments out."""
    comments = (
        "Comments\n\nI grew up going to that library every Saturday and I am so sad to "
        f"see it go, it was the heart of the street.\n{mark}\n\nMarsh_Walker\nWhat a "
        "shame. The council should have fixed the roof years ago instead of letting it "
        f"rot.\n{mark}"
    )
    text = f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\n{_P3}\n\n{_P4}\n\n{comments}{_FOOT}"
    story = _page(text)
    assert story.body == (_P1, _P2, _P3, _P4)


def test_a_comment_count_link_between_paragraphs_is_read_past() -> None:
    """``Comments`` between two of the story's paragraphs, no comment's marks
    under the prose below: the count's link, read past (recall13)."""
    text = f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\nComments\n\n{_P3}\n\n{_P4}{_FOOT}"
    story = _page(text)
    assert story.body == (_P1, _P2, _P3, _P4)


# --- 4. A match report's line-ups left out between paragraphs ----------------------

_MATCH_TOP = (
    "Harbour Town beat Vale Rovers in cup replay | Vale Post\n\nHome | News | Sport\n\n"
    "Harbour Town beat Vale Rovers in cup replay\n\nBy Jane Roe\nMarch 4, 2025\n\n"
    "Harbour Town reached the third round of the county cup on Tuesday night with a 2-1 "
    "win over Vale Rovers in a replay watched by a crowd of nearly two thousand.\n\n"
    "Tom Hale scored the winner ten minutes from time, heading in a corner from the left "
    "after the visitors had levelled early in the second half.\n\n"
)
_MATCH_END = (
    "\n\nThe home side will travel to the coast for the next round, which is due to be "
    "played in the first week of February.\n\nTheir manager said the squad had earned a "
    "rest after three games in eight days and that the players would be given the "
    f"weekend off.{_FOOT}"
)


def test_line_ups_left_out_between_paragraphs_are_flagged() -> None:
    """``Teams`` / ``Harbour Town`` / ``Roe`` / ``Hale`` / … between the report's
    paragraphs: left out as a list, the story says it may be its own."""
    lineups = "Teams\nHarbour Town\nRoe\nHale\nDoe\nMarsh\nVale Rovers\nPenn\nShaw"
    story = _page(_MATCH_TOP + lineups + _MATCH_END)
    assert "short-run-left-out" in _codes(story)


def test_a_list_of_other_headlines_between_paragraphs_says_nothing() -> None:
    """Other stories' headlines, written in words the report does not use."""
    links = "\n".join(
        [
            "Ferry fares to rise in the new year",
            "Lighthouse keeper retires at last",
            "New bakery opens on the quay",
            "Storm closes the coast road",
            "School choir wins national prize",
            "Fishing fleet gets new berths",
        ]
    )
    story = _page(_MATCH_TOP + links + _MATCH_END)
    assert "short-run-left-out" not in _codes(story)
