"""Review of heldout21's new rules on ordinary news text: PTI's dated form
with no dash read as the dateline of a page's story from a paragraph below
its first, silently (now kept in the body and flagged
``dateline-below-lead``); a public advisory's lead taken out of the body as a
note to editors; and ``caption-holds-credit`` silent on a photographer's
labelled credit and loud on an agency's initials spelling out its name.

Every text here is invented, in the shape of real text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory

_PARAGRAPHS = (
    "Train drivers walked out on Saturday in a dispute over pay, halting services "
    "across the north of the country.",
    "The union said the strike would last 48 hours unless the operator made a new offer.",
    "The operator said it was disappointed and urged the union to return to talks.",
)
_HEADLINE = "Rail strike halts trains across the north"


def _page(*paragraphs: str) -> str:
    """A page: title line, menu, headline, byline and date, the paragraphs
    (set apart by blank lines), a footer."""
    return (
        f"{_HEADLINE} | The Vale Post\n\nHome\nNews\nWorld\n\n{_HEADLINE}\nBy Jane Roe\n"
        "December 5, 2026\n\n" + "\n\n".join(paragraphs) + "\n\nAbout us\nContact us\n"
        "© 2026 The Vale Post\n"
    )


_QUOTED = "The Indian rail unions sent a message of support, the union said."


@pytest.mark.parametrize("agency", ["PTI", "IANS", "Reuters"])
@pytest.mark.parametrize("position", [1, 2])
def test_an_undashed_agency_form_below_a_pages_first_paragraph_is_no_dateline(
    agency: str, position: int
) -> None:
    """``New Delhi, Dec 5 (PTI) The …`` in a page's second or third paragraph
    (a foreign story quoting an agency's copy) was cut off as the story's
    dateline, silently, once heldout21 read PTI's form with no dash in every
    layout but the page's first paragraph: the rule is wire copy's, where the
    form opens the story."""
    quoted = f"New Delhi, Dec 5 ({agency}) {_QUOTED}"
    paragraphs = list(_PARAGRAPHS)
    paragraphs.insert(position, quoted)
    story = wirestory.parse_story(_page(*paragraphs))
    assert story.dateline is None
    assert list(story.body) == paragraphs
    # It may be the story's own dateline under a deck: the story says so.
    assert "dateline-below-lead" in _codes(story)


def test_a_dashed_agency_form_below_a_pages_first_paragraph_is_still_the_dateline() -> None:
    """Near miss: with its dash (``New Delhi, Dec 5 (Reuters) - The …``) the
    form is a dateline below a short first paragraph, as before heldout21."""
    paragraphs = [_PARAGRAPHS[0], f"New Delhi, Dec 5 (Reuters) - {_QUOTED}", *_PARAGRAPHS[1:]]
    story = wirestory.parse_story(_page(*paragraphs))
    assert story.dateline is not None
    assert story.dateline.raw == "New Delhi, Dec 5 (Reuters) -"
    assert story.body[1] == _QUOTED


@pytest.mark.parametrize(
    "over", ["", "Depots to serve freight lines first\n\n", "DEL45 RAIL-DEPOTS\n\n"]
)
def test_pti_form_in_wire_copy_is_still_the_dateline(over: str) -> None:
    """Near miss: PTI's form with no dash opening wire copy's first paragraph
    stays its dateline (heldout21's rule), under a deck or PTI's slug too (a
    short paragraph above it)."""
    text = (
        f"Govt to open 20 new rail depots\n\n{over}"
        "New Delhi, Dec 5 (PTI) The railways will open 20 new depots next year, the "
        "ministry said on Saturday.\n\nThe depots will serve freight lines, officials said.\n"
    )
    story = wirestory.parse_story(text)
    assert story.dateline is not None
    assert story.dateline.agencies == ("Press Trust of India",)
    assert (
        "The railways will open 20 new depots next year, the ministry said on Saturday."
        in story.body
    )


_LEAD = (
    "Residents near the port should keep their windows shut during dredging, "
    "the council said on Saturday."
)
_SECOND = "The dredging will last two weeks and work will stop at night, the council added."


@pytest.mark.parametrize("label", ["Advisory", "ADVISORY"])
@pytest.mark.parametrize("headline", ["Council warns of dredging dust near the port\n\n", ""])
def test_a_public_advisorys_attributed_lead_stays_in_the_body(label: str, headline: str) -> None:
    """``Advisory: Residents … should keep their windows shut …, the council
    said on Saturday.`` opening a story (under its headline, or a headless
    one) is the story's lead, a public advisory's: heldout21 made
    ``Advisory`` a label of notes to editors, and the lead left the body for
    the notes, silently. A note to editors speaks for the desk and attributes
    no speech."""
    lead = f"{label}: {_LEAD}"
    story = wirestory.parse_story(f"{headline}{lead}\n\n{_SECOND}\n")
    assert story.notes == ()
    assert list(story.body) == [lead, _SECOND]


def test_an_attributed_lead_naming_images_under_the_advisory_label_stays_in_the_body() -> None:
    """``Advisory: Residents should not share images …, police said on
    Saturday.``: a word a note to editors speaks with (``images``), but the
    lead attributes its speech: the story's."""
    lead = (
        "Advisory: Residents should not share images of the flooded road, police said on Saturday."
    )
    story = wirestory.parse_story(f"Flooded road closed near the port\n\n{lead}\n\n{_SECOND}\n")
    assert story.notes == ()
    assert list(story.body) == [lead, _SECOND]


def test_a_public_advisory_headline_over_its_deck_stays_the_headline() -> None:
    """``Advisory: Boil-water notice lifted for Vale residents`` over its deck
    in wire copy is the headline: read as a note to editors (heldout21), it
    went to the notes and the deck became the headline, silently."""
    headline = "Advisory: Boil-water notice lifted for Vale residents"
    deck = "Water safe to drink again, council says"
    story = wirestory.parse_story(
        f"{headline}\n\n{deck}\n\nVALE, Dec 5 (Reuters) - The council lifted a boil-water "
        "notice for the town on Saturday after tests showed the supply was safe.\n\n"
        "The notice had been in place for nine days.\n"
    )
    assert story.headline == headline
    assert story.notes == ()


def test_a_public_advisory_opening_a_page_stays_in_the_body() -> None:
    """A page's first paragraph ``Advisory: Residents no longer need to boil
    their tap water before drinking it.`` is its lead, a public advisory that
    speaks to no editor; it went to the notes, silently."""
    lead = "Advisory: Residents no longer need to boil their tap water before drinking it."
    story = wirestory.parse_story(_page(lead, *_PARAGRAPHS[1:]))
    assert story.notes == ()
    assert list(story.body) == [lead, *_PARAGRAPHS[1:]]


@pytest.mark.parametrize(
    "note",
    [
        "ADVISORY: Embargoed until 0001 GMT on Sunday.",
        "Advisory: This item contains graphic details of the attack.",
    ],
)
def test_an_advisory_to_the_desk_above_the_headline_is_still_a_note(note: str) -> None:
    """Near miss: an advisory speaking to the desk (its embargo, the item and
    what it shows) above the headline stays a note."""
    story = wirestory.parse_story(
        f"{note}\n\nCourt hears appeal in defamation case\n\n"
        "LONDON, Dec 5 (Reuters) - A London court heard an appeal on Saturday in a "
        "defamation case.\n\nThe judge said she would rule next month.\n"
    )
    assert story.notes == (note,)
    assert story.headline == "Court hears appeal in defamation case"


def test_a_note_to_editors_under_the_advisory_label_is_still_a_note() -> None:
    """Near miss: the note to editors above a story (heldout21's form) stays a
    note, and a note above the lead with a comma but no speech too."""
    note = (
        "ADVISORY: Editors please note the story below contains language some may find offensive."
    )
    eds = "Eds: Updates with closing prices, adds detail on the harbour levy."
    for first in (note, eds):
        story = wirestory.parse_story(
            f"Court hears appeal in defamation case\n\n{first}\n\n"
            "LONDON, Dec 5 (Reuters) - A London court heard an appeal on Saturday in a "
            "defamation case.\n\nThe judge said she would rule next month.\n"
        )
        assert story.notes == (first,)
        assert story.body[0] == "A London court heard an appeal on Saturday in a defamation case."


def _marked(caption: str) -> str:
    """A story of the seed's marked layout: headline, caption, marker, the
    headline and caption shown again, two paragraphs."""
    headline = "Rescuers Pull Survivors From Rubble"
    return (
        f"{headline}\n\n{caption}\nTT\n\n{headline}\n\n{caption}\n\n"
        "Rescuers pulled four people alive from the rubble of a collapsed building in "
        "Aleppo on Friday, the civil defence said.\n\nThe building, five storeys high, "
        "gave way before dawn after days of heavy rain.\n"
    )


@pytest.mark.parametrize("label", ["Photo: ", "Photo by ", "Foto: "])
def test_a_labelled_photographers_credit_left_in_a_captions_text_is_flagged(label: str) -> None:
    """``… on Monday. (Photo: Jane Roe) (AFP)``: of two credits the last is
    read as the caption's, and the photographer's labelled credit stays its
    text's last words; ``caption-holds-credit`` asked only for an agency's,
    so the caption was wrong, silently."""
    caption = f"The two presidents shake hands in Cairo on Monday. ({label}Jane Roe) (AFP)"
    story = wirestory.parse_story(_marked(caption))
    assert "caption-holds-credit" in _codes(story)


def test_an_agencys_initials_after_its_name_in_a_caption_are_no_second_credit() -> None:
    """``… a photographer of Agence France-Presse (AFP) (Jane Roe/Reuters)``:
    the initials spell out the name before them, the caption's own words, and
    were flagged as a credit left in the text."""
    caption = "A photographer of Agence France-Presse (AFP) (Jane Roe/Reuters)"
    story = wirestory.parse_story(_marked(caption))
    assert [c.text for c in story.captions] == ["A photographer of Agence France-Presse (AFP)"]
    assert "caption-holds-credit" not in _codes(story)


@pytest.mark.parametrize(
    ("caption", "flagged"),
    [
        # heldout21's own form, and two agencies.
        ("The two presidents shake hands in Cairo on Monday. (AFP) (Egyptian Presidency)", True),
        ("The two presidents shake hands in Cairo on Monday. (Reuters) (AFP)", True),
        # No credit left: a position, a year, a photo's kind with no name.
        ("The mayor (left) greets rescuers in Aleppo on Friday. (left) (Photo: AFP)", False),
        ("The building before it fell (2019) (AFP)", False),
        ("Crews at work in Cairo on Monday. (File photo) (AFP)", False),
    ],
)
def test_caption_holds_credit_near_misses(caption: str, flagged: bool) -> None:
    """Near misses, the same before and after: an agency's credit left in the
    text is flagged; a position, a year or a photo's kind in parentheses with
    no name after a label is none."""
    story = wirestory.parse_story(_marked(caption))
    assert ("caption-holds-credit" in _codes(story)) is flagged
