"""A second reviewer of the fourteenth silent-wrong round and recall13
(review16): near-misses of their new rules that came out wrong, each with
invented text of the same shape (docs/reliability-log.md)."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY

import wirestory
from wirestory import ParseOptions
from wirestory.bylines import find_page_byline

_P1, _P2, _P3, _P4 = LIBRARY_STORY

_PAGE_TOP = (
    "Library to close after council vote | Vale Post\n\nHome | News | Local\n\n"
    "Library to close after council vote\n\nBy Jane Roe\nMarch 4, 2025\n\n"
)
_FOOT = "\n\nAdvertisement\nAbout us\nContact us\n© 2025 Vale Post\n"


# --- A dateline's place over an interview's turns ------------------------------------

_INTERVIEW = (
    "LONDON: The harbour council's leader sat down with us on Tuesday to talk about the "
    "library vote and the ferry timetable.\n\n"
    "TOM HALE: Why did the council vote to close the old library after such a long "
    "debate?\n\n"
    "JANE ROE: Because the building costs more to heat than the whole ferry service, and "
    "the town cannot pay for both.\n\n"
    "TOM HALE: What happens to the books now that the doors are shut for good?\n"
)


@pytest.mark.parametrize("layout", ["page", "wire", "auto"])
def test_a_datelines_place_over_an_interviews_turns_stays_the_dateline(layout: str) -> None:
    """``LONDON: …`` over ``TOM HALE: …`` / ``JANE ROE: …``: a second speaker's
    turn follows, but the place never speaks again, as a transcript's first
    speaker does: the dateline stays (silent14 had dropped it, no diagnostic)."""
    top = _PAGE_TOP if layout == "page" else "Harbour council leader interview\n\n"
    [story] = wirestory.parse(top + _INTERVIEW, options=ParseOptions(layout=layout))  # type: ignore[arg-type]
    assert story.dateline is not None
    assert story.dateline.places == ("LONDON",)


def test_a_transcripts_first_speaker_who_speaks_again_is_still_no_dateline() -> None:
    """Near miss: the first speaker takes a turn again under the second's: a
    transcript, no dateline (silent14's rule kept)."""
    text = _PAGE_TOP + _INTERVIEW.replace("LONDON: The", "ANN LEE: The", 1).replace(
        "JANE ROE:", "ANN LEE:"
    )
    story = wirestory.parse_story(text, options=ParseOptions(layout="page"))
    assert story.dateline is None
    assert story.body[0].startswith("ANN LEE: The harbour")


# --- A story's own short line under a comment count's link ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The fire began 2 hours ago.",
        "It closed 3 days ago!",
        "\u201cIt was 5 mins ago,\u201d she said.",
    ],
)
def test_a_storys_short_sentence_under_a_comment_link_is_no_comments_mark(line: str) -> None:
    """``Comments`` between two paragraphs, the story's own short sentence
    (``The fire began 2 hours ago.``) right under the prose below: a
    sentence, no comment's relative time or reply button; the link is read
    past and the story kept whole (silent14 cut it there)."""
    text = f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\nComments\n\n{_P3}\n\n{line}\n\n{_P4}{_FOOT}"
    story = wirestory.parse_story(text, options=ParseOptions(layout="page"))
    assert story.body == (_P1, _P2, _P3, line, _P4)


@pytest.mark.parametrize("mark", ["2 hours ago", "Jane Roe 2 hours ago Reply"])
def test_a_comments_mark_with_no_sentence_end_still_keeps_the_wall(mark: str) -> None:
    """Near miss: a comment's mark with no sentence's end under the prose
    below ``Comments`` keeps the wall (silent14's rule kept)."""
    comment = (
        "I grew up going to that library every Saturday and I am so sad to see it go, it "
        "was the heart of the street."
    )
    text = f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\n{_P3}\n\n{_P4}\n\nComments\n\n{comment}\n{mark}{_FOOT}"
    story = wirestory.parse_story(text, options=ParseOptions(layout="page"))
    assert story.body == (_P1, _P2, _P3, _P4)


# --- A weekday's abbreviation after a header's separator -----------------------------


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("By Jane Roe, Reuters | Sun, Mar 4, 2025", "Reuters"),
        ("By Jane Roe, Chief Reporter | Updated Sat, Mar 4, 2025", "Chief Reporter"),
        ("By Jane Roe, Reuters \u2022 Sun, Mar 4, 2025", "Reuters"),
        ("By Jane Roe, Reuters - Sun, Mar 4, 2025", "Reuters"),
    ],
)
def test_a_weekday_after_a_headers_separator_leaves_the_outlet_clean(
    line: str, organization: str
) -> None:
    """``By Jane Roe, Reuters | Sun, Mar 4, 2025``: the weekday opens the
    date's part after the separator; the outlet is ``Reuters``, not ``Reuters
    |`` (silent14's weekday rule glued the bar and ``Updated`` to it) nor
    ``Reuters - Sun, Mar 4, 2025``."""
    found = find_page_byline(line)
    assert found is not None
    assert found.names == ("Jane Roe",)
    assert found.organization == organization


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # March 2, 2025 is a Sunday (on another day "Sun" is a surname:
        # test_silent24).
        ("By Jane Roe Sun, Mar 2, 2025", ("Jane Roe",)),
        ("By Jane Roe | Sun, Mar 4, 2025", ("Jane Roe",)),
        ("By Jane Roe and Tom Hale Tue, 4 March 2025", ("Jane Roe", "Tom Hale")),
    ],
)
def test_a_weekday_glued_to_the_names_still_ends_them(line: str, names: tuple[str, ...]) -> None:
    """Near miss: the weekday glued after the names still ends them (silent14)."""
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names
    assert found.organization is None
