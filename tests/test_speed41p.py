"""The speed41p round: a story past every glued cut is asked no more (issue #17).

``group_stories`` stops asking a story's lines whether a glued story starts
there once the story's header lines are asked, none opened a wire story and
its first line is no crawler's address: no later line of it can start one.
The answer is the story's own: the story cut from it by a blank run, or the
part of it past ``max_story_chars``, is asked afresh. Every dump here is
invented, in the shape of real copy.
"""

from __future__ import annotations

from wirestory import grouping
from wirestory.lines import split_lines
from wirestory.options import ParseOptions


def _groups(text: str, options: ParseOptions | None = None) -> list[list[str]]:
    return [
        [line.text for line in group.lines if line.text]
        for group in grouping.group_stories(iter(split_lines([text])), options or ParseOptions())
    ]


# A site's page: a menu, a headline and more short lines than a header
# holds (``max_header_lines``), none ending in a full stop, and a sentence.
_MENU = "".join(f"Section {n}\n\n" for n in range(30))
_PAGE = "Harbour news - The Vale Post\n\n" + _MENU + "Ferry timetables change on Monday.\n"

_OSLO = (
    "Ferry crews walk out in Norway\n\n"
    "OSLO, March 3 (Reuters) - Ferry crews walked out on Monday over pay.\n\n"
    "The union said the strike would last two days.\n\n"
)
_BERGEN = (
    "Crews in Bergen return to work\n\n"
    "BERGEN, March 4 (Reuters) - Ferry crews went back to work on Tuesday.\n"
)


def test_wire_stories_glued_under_a_page_are_still_cut() -> None:
    # The page is past every glued cut; the wire copy under its blank run is
    # asked afresh, and the story glued to it by one blank line is cut.
    groups = _groups(_PAGE + "\n\n" + _OSLO + _BERGEN)
    assert [group[0] for group in groups] == [
        "Harbour news - The Vale Post",
        "Ferry crews walk out in Norway",
        "Crews in Bergen return to work",
    ]


def test_a_wire_story_glued_to_a_page_by_one_blank_line_stays_in_it() -> None:
    # The page opened with no dateline nor address: a wire story under it is
    # no glued story's (as before the shortcut).
    groups = _groups(_PAGE + "\n" + _OSLO + _BERGEN)
    assert len(groups) == 1


def test_crawled_pages_glued_by_one_blank_line_are_still_cut() -> None:
    # A crawler's address over each page: its story is never past the cut.
    first = "https://example.com/news/ferry-strike\n\n" + _PAGE
    second = "https://example.com/news/bus-strike\n\nBus drivers strike - The Vale Post\n\n"
    groups = _groups(first + "\n" + second + _MENU)
    assert [group[0] for group in groups] == [
        "https://example.com/news/ferry-strike",
        "https://example.com/news/bus-strike",
    ]


def test_the_part_past_max_story_chars_is_asked_afresh() -> None:
    # The page's part past max_story_chars opens with a crawler's address
    # (the line right under the page's last): that part is asked again, and
    # cut where a crawled page is glued on by one blank line.
    crawled = (
        "https://example.com/news/ferry-strike\n\nFerry strike ends - The Vale Post\n\n"
        "Crews are back at work.\n\n"
        "https://example.com/news/bus-strike\n\nBus drivers strike - The Vale Post\n\n"
        "Drivers walked out on Monday.\n"
    )
    groups = _groups(_PAGE + crawled, ParseOptions(max_story_chars=len(_PAGE)))
    assert [group[0] for group in groups] == [
        "Harbour news - The Vale Post",
        "https://example.com/news/ferry-strike",
        "https://example.com/news/bus-strike",
    ]
