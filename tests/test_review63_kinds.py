"""Defects a review found in the thirty-seventh held-out round's rules
(test_heldout37.py), each a silent misreading of an ordinary page: a
bracketed list between paragraphs (candidates with their parties, a team
sheet, a list of sources) taken as a photo essay's credited captions; a
story's last sentence opening ``Extracted from …`` or ``This is an extract
from …`` taken as a book's extract notice; a story's service line (``Email
the operator at …@…``) taken as an advice column's call for letters; a
title-case headline over a sentence-case deck (a house style) said to be a
column's standing title; and ``Nā`` (Maori "by", and the Hawaiian plural
article of place names: ``Nā Pali Coast``) opening a byline.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest

import wirestory
from wirestory.bylines import find_page_byline
from wirestory.trailers import classify_trailer

_MENU = "Home\nNews\nSport\n"
_FOOT = "Share\nPrivacy Policy\nContact us\n"
_OPENING = (
    "Three candidates are standing in the Harbour ward by-election, which was called after "
    "the death of the long-serving councillor in January. Voters go to the polls on Thursday."
)
_SECOND = (
    "The count will take place at the town hall on Thursday night, and the result is "
    "expected shortly after midnight, the council said in a statement."
)
_THIRD = (
    "Turnout at the last by-election in the ward was just under a quarter of voters, and "
    "officials said they hoped for more this time."
)


def _page(head: list[str], body: list[str]) -> str:
    """A page as a browser's text gives it: the title line (headline | site),
    the menu, the head's lines, the body's and the footer."""
    return f"{head[0]} | The Vale Post\n" + _MENU + "\n".join([*head, *body]) + "\n" + _FOOT


_HEAD = ["Harbour ward by-election: who is standing", "By Jane Roe", "March 4, 2025"]


@pytest.mark.parametrize(
    "listed",
    [
        # Candidates and their parties.
        ["Jane Roe (Labour)", "Tom Hale (Conservative)", "Ann Lee (Green Party)"],
        # A team sheet: substitutes' minutes and a referee's county.
        [
            "Harbour Town: Hale; Roe, Lee (c), Poole (Grant 67)",
            "Vale Rovers: Marsh; Dunn, Kerr, Bell (Fox 80)",
            "Referee: Tom Webb (Lancashire)",
        ],
        # A list of sources, each with where it came from.
        [
            "Sources: club statement (Harbour Town)",
            "League table (Vale League)",
            "Attendance figures (Quay Ground)",
        ],
        # Councillors and their wards, one a slash.
        ["Cllr Mary Dunn (Harbour/Quay)", "Cllr Ian Kerr (Mill Street)", "Cllr Ann Bell (Docks)"],
    ],
)
def test_bracketed_list_between_paragraphs_is_no_caption_run(listed: list[str]) -> None:
    story = wirestory.parse(_page(_HEAD, [_OPENING, *listed, _SECOND, _THIRD]))[0]
    assert story.captions == ()
    for line in listed:
        assert line in story.body


def test_captions_credited_in_brackets_stay_a_run() -> None:
    """The guard: captions each a described scene, credited in brackets by
    an agency, between paragraphs are a photo essay's."""
    captions = [
        "Traders set out the first boxes of cod shortly after dawn (AFP)",
        "Gulls wait on the roof of the market hall for the scraps (AFP)",
        "The last auction of the morning ends just after seven (AFP)",
    ]
    story = wirestory.parse(_page(_HEAD, [_OPENING, *captions, _SECOND, _THIRD]))[0]
    assert [c.credit for c in story.captions] == ["AFP", "AFP", "AFP"]
    assert list(story.body) == [_OPENING, _SECOND, _THIRD]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A story's own sentences opening with a note's words.
        "Extracted from the wreck by divers on Tuesday, the engine part will be sent to a "
        "laboratory in Glasgow.",
        "This is an extract from the report by the marine accident branch published in 2019.",
        "Extracted from the river by firefighters, the car was towed away on Monday.",
        "Email the operator at help@valeferries.example to claim a refund before Friday.",
        "Any questions? Write to the harbour master at harbour@portellis.example.",
        "Email Vale Ferries at help@valeferries.example to claim a refund.",
    ],
)
def test_story_sentences_are_no_notes(paragraph: str) -> None:
    assert classify_trailer(paragraph) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        # The guards: the forms the notes keep.
        "Got a problem? Write to Maud at askmaud@valereview.example. Letters may be edited.",
        "Got a story? Email us at tips@valepost.example",
        "This is an edited extract from The Salt Road by Ines Calder (Harbour Books, \u00a320).",
        "Extracted from Tides of the Vale, published by Harbour Books.",
    ],
)
def test_notes_in_their_forms_stay_notes(paragraph: str) -> None:
    found = classify_trailer(paragraph)
    assert found is not None
    assert found.kind == "note"


@pytest.mark.parametrize(
    "closing",
    [
        "Extracted from the wreck by divers on Tuesday, the engine part will be sent to a "
        "laboratory in Glasgow.",
        "Email the operator at help@valeferries.example to claim a refund before Friday.",
    ],
)
def test_story_last_sentence_stays_in_the_body(closing: str) -> None:
    story = wirestory.parse(_page(_HEAD, [_OPENING, _SECOND, _THIRD, closing]))[0]
    assert story.body[-1] == closing


@pytest.mark.parametrize(
    "head",
    [
        # A title-case headline over its sentence-case deck: a house style.
        ["Island Ferry Service Halted", "Passengers offered refunds after engine fault found"],
        ["ISLAND FERRY SERVICE HALTED", "Passengers offered refunds after engine fault found"],
    ],
)
@pytest.mark.parametrize("byline", [["By Jane Roe"], []])
def test_title_case_headline_over_deck_is_not_said(head: list[str], byline: list[str]) -> None:
    text = _page([*head, *byline, "March 4, 2025"], [_OPENING, _SECOND, _THIRD])
    story = wirestory.parse(text)[0]
    assert story.headline == head[0]
    assert "headline-may-be-standing-title" not in [d.code for d in story.diagnostics]


def test_hawaiian_article_opens_no_byline() -> None:
    found = find_page_byline("N\u0101 Pali Coast")
    assert found is None or "Pali Coast" not in found.names


def test_hawaiian_place_under_the_headline_is_no_silent_byline() -> None:
    story = wirestory.parse(
        _page(
            ["Trail reopens after repairs", "N\u0101 Pali Coast", "March 4, 2025"],
            [_OPENING, _SECOND, _THIRD],
        )
    )[0]
    names = story.byline.names if story.byline is not None else ()
    assert "Pali Coast" not in names or story.diagnostics
