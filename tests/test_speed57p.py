"""The speed57p round: a settled story's lines read in a loop of their own (issue #17).

``group_stories`` reads the lines of a settled story (a page's story past its
header, no marker) in a loop of its own, which asks each line only what can
still end the story there: a blank run, a rule line above it, an address
alone on its line, a page break in the blank line above it, a crawler's next
record, ``max_story_chars``. These hold that loop to each of them, a line
turned down by it being read by the steps it used to take. Every dump here is
invented.
"""

from __future__ import annotations

import pytest

from wirestory import grouping
from wirestory.lines import split_lines
from wirestory.options import ParseOptions

# A site's page: its title, more menu lines than a header holds
# (``max_header_lines``), then paragraphs a blank line apart: settled well
# before its last lines.
_MENU = "".join(f"Section {n}\n\n" for n in range(30))
_PARAGRAPHS = "".join(
    f"Paragraph {n} of the story says the ferry sails at {n} o'clock.\n\n" for n in range(40)
)
_PAGE = "Harbour news - The Vale Post\n\n" + _MENU + _PARAGRAPHS
_LAST = "Paragraph 39 of the story says the ferry sails at 39 o'clock."


def _firsts(text: str, options: ParseOptions | None = None) -> list[tuple[str, str]]:
    """Each group's first and last line holding text."""
    groups = []
    for group in grouping.group_stories(iter(split_lines([text])), options or ParseOptions()):
        texts = [line.text for line in group.lines if line.text.strip()]
        groups.append((texts[0], texts[-1]))
    return groups


# A wire story's whole header (a headline over a dateline naming an agency):
# the next story a rule, a page break or an address may start.
_HEADLINE = "Ferry crews walk out"
_SECOND = (
    _HEADLINE + "\n"
    "WELLINGTON, March 3 (Reuters) - Ferry crews walked out on Monday, the union said.\n\n"
    "The strike would last two days, it said.\n"
)


@pytest.mark.parametrize(
    ("between", "second_first"),
    [
        # A dump's rule right under the story's last paragraph: the next
        # story starts under it (the rule is the story above's last line).
        ("-----\n", _HEADLINE),
        # A page break alone on the one blank line between: the next story
        # starts under it.
        ("\f\n", _HEADLINE),
        # A crawler's address alone on its line under the paragraph's end:
        # the next page starts at it.
        ("https://example.com/news/ferry-strike\n", "https://example.com/news/ferry-strike"),
    ],
)
def test_a_settled_story_ends_where_the_next_one_starts(between: str, second_first: str) -> None:
    # The story's last paragraph with no blank line under it: one blank line
    # at most parts the two, not a blank run.
    groups = _firsts(_PAGE.rstrip("\n") + "\n" + between + _SECOND)
    assert [first for first, _ in groups] == ["Harbour news - The Vale Post", second_first]
    assert groups[-1][1] == "The strike would last two days, it said."


def test_a_settled_page_story_ends_at_a_blank_run_after_one_blank_line() -> None:
    # The blank line before the run's second one is read by the settled
    # loop: the run ends the story there, and the next line starts one.
    groups = _firsts(_PAGE + "\n" + _SECOND)
    assert groups == [
        ("Harbour news - The Vale Post", _LAST),
        (_HEADLINE, "The strike would last two days, it said."),
    ]


def test_a_paragraph_opening_like_an_address_stays_in_the_story() -> None:
    # ``She said``, ``Harbour``: a line opening with an address's letter is
    # read on unless it holds ``://``.
    text = _PAGE + "She said the sailings https would resume.\n\nHarbour staff agreed.\n"
    groups = _firsts(text)
    assert groups == [("Harbour news - The Vale Post", "Harbour staff agreed.")]


def test_a_settled_story_of_records_is_cut_at_the_next_title_field() -> None:
    # A crawler's records (``Title:`` / ``URL:`` / text): a settled story of
    # them is still cut at the next record's title field.
    record = (
        "Title: Ferry crews walk out\n"
        "URL: https://example.com/news/{n}\n\n" + _MENU + _PARAGRAPHS.replace("\n\n", "\n")
    )
    text = record.format(n=1) + "\n" + record.format(n=2)
    groups = _firsts(text)
    assert [first for first, _ in groups] == ["Title: Ferry crews walk out"] * 2
    assert groups[0][1] == _LAST


def test_a_settled_story_cut_at_max_story_chars_in_the_loop_goes_on_asking() -> None:
    # Cut by max_story_chars on a line the settled loop reads, the part past
    # it goes on as an overflow part and still ends at the rule.
    limit = len(_PAGE) * 2 // 3
    groups = list(
        grouping.group_stories(
            iter(split_lines([_PAGE + "-----\n" + _SECOND])),
            ParseOptions(max_story_chars=limit),
        )
    )
    assert [group.overflow for group in groups] == [False, True, False]
    assert groups[1].lines[-1].text == "-----"
    assert groups[2].lines[0].text == _HEADLINE


def test_a_settled_story_of_lines_cut_at_max_story_chars_in_the_loop() -> None:
    # A paragraph a line, no blank line between (wire copy's or a feed's
    # page): the cut falls on a line the settled loop reads with no blank
    # line above it.
    text = _PAGE.replace("\n\n", "\n")
    limit = len(text) * 2 // 3
    groups = list(
        grouping.group_stories(iter(split_lines([text])), ParseOptions(max_story_chars=limit))
    )
    assert [group.overflow for group in groups] == [False, True]
    assert sum(group.lines[-1].end - group.lines[0].start for group in groups) == len(text)
    assert all(group.lines[-1].end - group.lines[0].start <= limit for group in groups)
