"""alarm36: false alarms, diagnostics on readings that are right. A
hard-wrapped page read as it was shown said ``page-hard-wrapped`` whatever
its joins. Each probe asserts the code is absent on the right reading; each
twin asserts it still fires on the misreading the rule was made for.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from strategies import wrapped

import wirestory


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


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
