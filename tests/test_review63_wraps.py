"""review63: three rules of the variants61 and tidy61 rounds, held to their form.

A web address alone on its line splits a paragraph only where it stands
apart from the prose (a feed's link over its summary), not in a hand-wrapped
sentence going on through it; a caption and its credit between paragraphs
set one a line need a credit's own mark (an agency, ``/``, a photo word), not
a bare ``Name, Place`` that signs a letter; a story's own dateline under a
teaser is the one of before tidy61 (a dash within a dateline's reach). And
the reviewer's suspicion: a wrapped caption ending ``by Jane Roe, AP`` in a
hard-wrapped story.

Every story written here is invented.
"""

from __future__ import annotations

import pytest

import wirestory

# 4. A web address on its own line in a hand-wrapped paragraph.

_ADDRESS = (
    "The council published the new ferry timetable on its website at\n"
    "https://harbour.example.gov/ferry\n"
    "and will take comments from residents until the end of May.\n"
    "\n"
    "The operator said the early sailing would stay, though the late\n"
    "boat on Sundays would be dropped from the winter timetable.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _ADDRESS,
        # The address closing its clause with a comma, the sentence going on.
        _ADDRESS.replace("on its website at\n", "on its website,\n").replace(
            "/ferry\nand will", "/ferry,\nwhich will"
        ),
        # The sentence going on through an address filled near the width
        # into a capitalised name: the line above runs on into the address.
        _ADDRESS.replace(
            "https://harbour.example.gov/ferry\nand will take comments from residents",
            "https://harbour.example.gov/ferry/timetables/winter-2025\n"
            "Harbour Lines will take comments from residents",
        ),
    ],
    ids=["reviewer", "comma-small-letter", "line-above-runs-on"],
)
def test_an_address_inside_a_hand_wrapped_sentence_keeps_its_paragraph(text: str) -> None:
    """A hand-wrapped paragraph citing an address on a line of its own, the
    sentence going on through it (the line above ending in a small word, or
    the line under opening in a small letter): one paragraph, as before
    variants61 (it was split in three, the third opening in lower case,
    silently)."""
    (story,) = wirestory.parse(text)
    assert len(story.body) == 2
    assert "https://harbour.example.gov/ferry" in story.body[0]
    assert story.body[0].startswith("The council published")


# 5. A letter and its signature, set one paragraph a line.

_LETTERS = (
    "Letters: Ferry fares\n"
    "The fares are far too high and the council should act before the summer season starts.\n"
    "Jane Roe, Kelby\n"
    "I have used the early boat for twenty years and the service has never been worse"
    " than now.\n"
    "Tom Hale, Harbour Lines\n"
    "The council must publish the operator's accounts before it agrees to any rise in"
    " fares.\n"
    "Ann Lee, Portsea\n"
)

_STATEMENT = (
    "Fish Market Reopens on the Quay\n"
    "The old fish market on the quay reopened on Saturday after two years of repairs,"
    " stallholders said.\n"
    "The hall will stay open through the winter, the harbour master said.\n"
    "Tom Hale, Harbour Lines\n"
    "The town council paid for a new roof, while the cooperative rebuilt the ice house.\n"
    "An inspector said the hall would stay open six days a week through the winter.\n"
)


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (_LETTERS, "Jane Roe, Kelby"),
        (_STATEMENT, "Tom Hale, Harbour Lines"),
        # A statement signed by a name and a town, no said.
        (
            _STATEMENT.replace(
                "The hall will stay open through the winter, the harbour master said.\n"
                "Tom Hale, Harbour Lines\n",
                "We are proud to see the old hall full of traders again this week.\n"
                "Ann Lee, Portsea\n",
            ),
            "Ann Lee, Portsea",
        ),
    ],
    ids=["letters", "statement-and-signer", "statement-and-town"],
)
def test_a_signature_under_a_line_set_one_a_line_is_no_credit(text: str, signer: str) -> None:
    """A letter or a statement and its signer (``Jane Roe, Kelby``: a bare
    name and place, no agency, no ``/``, no photo word) between paragraphs
    set one a line: no caption, every line kept in the body (they were read
    as a photo's caption and its credit, silently)."""
    (story,) = wirestory.parse(text)
    assert not story.captions
    assert signer in story.body


@pytest.mark.parametrize(
    "credit",
    ["Tom Hale, AP", "Tom Hale/Harbour Lines", "Photo: Tom Hale", "Tom Hale, Reuters"],
)
def test_a_marked_credit_under_a_caption_set_one_a_line_is_still_a_caption(
    credit: str,
) -> None:
    """Near miss, what variants61 pinned: a credit with its own mark (an
    agency, a slash, a photo label) under a caption's line between
    paragraphs set one a line is the photo's credit."""
    text = (
        "Fish Market Reopens on the Quay\n"
        "The old fish market on the quay reopened on Saturday after two years of repairs,"
        " stallholders said.\n"
        "Stallholders set out crates of crab at the reopened market in Kelby, Saturday,"
        " March 1, 2025.\n"
        f"{credit}\n"
        "The town council paid for a new roof, while the cooperative rebuilt the ice house.\n"
        "An inspector said the hall would stay open six days a week through the winter.\n"
    )
    (story,) = wirestory.parse(text)
    assert [c.credit for c in story.captions] == [credit]


# 6. A story's own dateline under a teaser.

_TEASER = (
    "Ferry fares rise - Gulf Daily\n\nHome\nNews\nSport\n\nFerry fares rise\n\n"
    "By Anna Berg\n\nMarch 4, 2025\n\n"
    "ABU DHABI, March 3 (WAM) - New cruise terminal opens to visitors.\n\n"
    "Dubai: Ferry fares \u2013 the first rise in six years \u2013 will rise by a fifth"
    " from April on the creek routes, the transport authority said on Tuesday, blaming"
    " fuel costs.\n\n"
    "The authority said it would keep the cheaper early sailings for residents who"
    " travel to work across the creek.\n\n"
    "Commuters said the rise would hit low-paid workers hardest and called for a review"
    " of the fares.\n\n"
    "About us\nContact\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _TEASER,
        _TEASER.replace("Dubai: Ferry", "Sharjah: Ferry"),
    ],
    ids=["reviewer", "another-place"],
)
def test_a_colon_dateline_with_a_dash_after_it_is_the_storys_own(text: str) -> None:
    """A story opening ``Dubai: … – … –`` under a teaser with a wire's
    dateline: the story's own dateline, the teaser left out, the body opening
    with the story (before tidy61, and again: the shared header test read no
    dateline there and kept the teaser as the body's first paragraph)."""
    (story,) = wirestory.parse(text)
    assert story.body[0].startswith("Ferry fares")
    assert not any("cruise terminal" in paragraph for paragraph in story.body)
    assert story.dateline is not None
    assert "WAM" not in story.dateline.raw


# The reviewer's suspicion: a wrapped caption ending ``by Jane Roe, AP``.

_WRAPPED = (
    "Harbour council approves new ferry timetable\n"
    "\n"
    "KELBY, March 4 (AP) - The harbour council voted on Monday to add two\n"
    "evening crossings to the ferry timetable from April, after demand rose\n"
    "by a fifth since last summer and the operator asked for more boats.\n"
    "\n"
    "Passengers queue for the evening ferry at the northern quay, photographed\n"
    "by Jane Roe, AP\n"
    "\n"
    "Councillors said the extra crossings would cost the operator about a\n"
    "tenth more in fuel, and that fares would not rise before next winter.\n"
    "\n"
    "The operator said it would hire four more crew for the evening boats and\n"
    "train them over the spring before the timetable starts in April.\n"
)


def test_a_wrapped_caption_ending_by_and_a_credit_raises_no_false_alarm() -> None:
    """The reviewer's suspicion: in a story hard-wrapped at 72 columns, a
    paragraph whose last line is ``by Jane Roe, AP`` (a byline's shape in
    small letters) under a line filled to the width is the wrap's: nothing
    said of the join."""
    (story,) = wirestory.parse(_WRAPPED)
    assert "hard-wrap-doubtful" not in [d.code for d in story.diagnostics]


def test_a_wrapped_deck_ending_by_and_a_credit_raises_no_false_alarm() -> None:
    """The same suspicion in the header: a deck hard-wrapped at 72 columns
    whose second line is ``by Jane Roe, AP`` is read as the byline under a
    one-line deck (no join, so nothing to doubt): no ``hard-wrap-doubtful``."""
    text = (
        "Harbour council approves new ferry timetable\n"
        "Two evening crossings to be added from April, in a plan drawn up\n"
        "by Jane Roe, AP\n"
        "\n" + _WRAPPED.split("\n\n", 1)[1]
    )
    (story,) = wirestory.parse(text)
    assert "hard-wrap-doubtful" not in [d.code for d in story.diagnostics]
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
