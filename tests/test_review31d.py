"""The second reading of the 2026-12-06 session's change (review31d).

A reviewer read the session's whole diff; these are the misreadings it found
that the parser now gets right, each a probe that failed before the fix, with
near misses that kept their reading.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story

from wirestory.bylines import find_byline
from wirestory.layouts.wire import withdrawal_notice


@pytest.mark.parametrize(
    "pitch",
    [
        # The pitch's words before "newsletter" ran past the 40 characters the
        # furniture test folded, so it stayed in the body.
        "Sign up to our weekly business newsletter for the day's top stories and more from "
        "the Vale Post.",
        "Sign up to our free newsletter for the day's top stories and more from the Vale Post.",
    ],
)
def test_a_long_newsletter_pitch_between_paragraphs_is_furniture(pitch: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], pitch, *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY


def test_a_story_sentence_opening_like_a_pitch_stays() -> None:
    """Near miss: a scheme the story tells of, no newsletter of the site's."""
    sentence = (
        "Sign up to help at the new branch by calling the council before the end of the month, "
        "officials said."
    )
    story = library_story(*LIBRARY_STORY[:2], sentence, *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], sentence, *LIBRARY_STORY[2:])


@pytest.mark.parametrize(
    "line", ["By: Half Time", " By Half Time", "By\u00a0Half Time", "By: Full-Time"]
)
def test_a_match_clock_after_by_is_no_writer_however_printed(line: str) -> None:
    assert find_byline(line) is None


@pytest.mark.parametrize("line", ["By: Jane Roe", "By Jane Time", "By\u00a0Jane Roe"])
def test_a_writer_after_by_is_still_read(line: str) -> None:
    byline = find_byline(line)
    assert byline is not None
    assert byline.names


@pytest.mark.parametrize(
    ("line", "killed"),
    [
        # A question after the story named: a headline, no notice.
        ("Eds: kill story? Really?", False),
        ("Editors: Kill the messenger story? no", False),
        ("Editors: kill the story on the tram strike.", True),
        ("Eds - please withdraw this item.", True),
    ],
)
def test_a_kill_notice_asks_nothing(line: str, killed: bool) -> None:
    assert withdrawal_notice(line) is killed
