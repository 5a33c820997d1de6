"""My read of the session's merges (2026-12-07, fourth session of the day):
near misses of the rounds' rules that read silently wrong, each fixed here.
Every text is invented.

- On a page set one block a line (no blank line in its story), a photo
  credit standing between two paragraphs that both report speech took the
  paragraph above for its caption, unsaid: silent55 added the bare bracketed
  credit (``(Jane Roe/Getty Images)``) to the credits read there, where
  ``Photo: …`` and ``Name | Paper`` already did so. Now said
  (``caption-credit-between``); a caption reporting no speech over its
  credit, the common order, still reads unsaid.
- A caption under a photo's label with no credit (``Photo: Workers mend the
  old harbour wall at low tide on Monday.``) between the header's date line
  and the story was left out as the header's furniture, silently (found by
  captions55); between paragraphs the same line was a caption. Now a caption
  there too (``caption-in-header``), said ``caption-without-credit`` as it
  is in the story.
"""

from __future__ import annotations

import pytest

import wirestory

_PAGE = (
    "Vale Citizen | Local news\nHome\nNews\nSport\nOpinion\n"
    "Council approves new harbour wall after long debate\n"
    "By Tom Hale\nMarch 3, 2026\n"
    "The council voted on Monday to approve the plan for a new harbour wall after a "
    "debate that ran late into the night.\n"
    "The harbour master said the old wall had been failing for a decade and the storms "
    "of the last two winters had made repairs urgent.\n"
    "{above}\n{credit}\n"
    "The wall will cost about four million pounds, most of it paid by a national fund "
    "for coastal towns, officials said.\n"
    "Residents who spoke at the meeting welcomed the plan but asked for the works to "
    "stop during the summer season.\n"
    "About us\nContact\nPrivacy policy\n"
)

_CREDITS = [
    "(Jane Roe/Getty Images)",
    "(Jane Roe via AP)",
    "Photo: Jane Roe/Getty Images",
    "Jane Roe | Vale Citizen",
]


@pytest.mark.parametrize("credit", _CREDITS)
def test_a_credit_between_two_paragraphs_reporting_speech_is_said(credit: str) -> None:
    above = (
        "Work will begin in the spring and last two years, the council's engineer said, "
        "with the road closed for part of it."
    )
    [story] = wirestory.parse(_PAGE.format(above=above, credit=credit))
    codes = [problem.code for problem in story.diagnostics]
    # Read as the caption of the paragraph above, which leaves the body: said.
    assert [caption.text for caption in story.captions] == [above]
    assert "caption-credit-between" in codes


@pytest.mark.parametrize("credit", _CREDITS)
def test_a_caption_reporting_no_speech_over_its_credit_reads_unsaid(credit: str) -> None:
    above = "Workers mend the old harbour wall at low tide on Monday."
    [story] = wirestory.parse(_PAGE.format(above=above, credit=credit))
    assert [caption.text for caption in story.captions] == [above]
    assert [caption.credit for caption in story.captions] == [credit.strip("()")]
    assert above not in story.body
    assert "caption-credit-between" not in [problem.code for problem in story.diagnostics]


_HEADER_PAGE = (
    "Vale Citizen | Local news\nHome\nNews\nSport\n\n"
    "Council approves new harbour wall after long debate\n\nBy Tom Hale\n\n"
    "March 3, 2026\n\n{line}\n\n"
    "The council voted on Monday to approve the plan for a new harbour wall after a "
    "debate that ran late into the night.\n\n"
    "Work will begin in the spring and last two years, the council's engineer said, "
    "with the road closed for part of it.\n\n"
    "The wall will cost about four million pounds, most of it paid by a national fund "
    "for coastal towns, officials said.\n\nAbout us\nContact\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Workers mend the old harbour wall at low tide on Monday.",
        "Image: The harbour wall at low tide in March.",
        "Foto: Arbeiter reparieren die alte Hafenmauer am Montag.",
    ],
)
def test_a_labelled_caption_under_the_date_line_is_a_caption(line: str) -> None:
    [story] = wirestory.parse(_HEADER_PAGE.format(line=line))
    assert [caption.text for caption in story.captions] == [line]
    assert story.headline == "Council approves new harbour wall after long debate"
    assert story.body[0].startswith("The council voted on Monday")
    assert len(story.body) == 3
    assert "caption-without-credit" in [problem.code for problem in story.diagnostics]
