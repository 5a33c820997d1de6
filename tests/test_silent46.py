"""The forty-sixth silent-wrong round: readings the last rounds left wrong
with no diagnostic. A funding note whose funder is described after a comma
(``… funded by the Vale Foundation, a charity.``) stayed the story's last
paragraph; a consent banner printing its buttons over its sentences
(``Accept all`` / ``Reject all`` / ``We and our partners use cookies …``) was
read into the story.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from test_heldout28 import PIER_HEADLINE, PIER_PARAGRAPHS
from test_silent45 import assert_pier_story_read, banner_rules, codes, pier_page

import wirestory

_PARAGRAPHS = PIER_PARAGRAPHS
_HEADLINE = PIER_HEADLINE


# --- A funding note describing its funder after a comma ------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "This story is public interest journalism funded by the Vale Foundation, a charity.",
        "This article was produced with support from the Harbour Foundation, a nonprofit "
        "that backs local news, schools and the arts.",
        "Our climate reporting is funded by the Tide Fund, which has no say over what we publish.",
        "This story was made possible by a grant from the Coast Fund, an independent trust.",
    ],
)
def test_funding_note_describing_its_funder_is_the_note(note: str) -> None:
    """The note was the story's last paragraph, silently (silent45 read the
    note only when the funder's name ended it)."""
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, note))
    assert list(story.body) == list(_PARAGRAPHS)
    assert story.notes == (note,)


@pytest.mark.parametrize(
    "paragraph",
    [
        # A source quoted after the comma: the story's sentence.
        "Our reporting is funded by taxes, a minister said.",
        "Our reporting is funded by the Tide Fund, a spokesman for the fund told the board.",
        "This story was made possible by a grant from the Coast Fund, a charity, the editor said.",
        # The sentence goes on past the funder with no description of it.
        "Vale Democracy Reporting is public interest journalism funded by the Vale Trust, but "
        "the trust closed in May.",
    ],
)
def test_story_sentence_past_a_funder_stays_in_the_body(paragraph: str) -> None:
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, paragraph))
    assert story.body[-1] == paragraph
    assert story.notes == ()


# --- A consent banner printing its buttons over its sentences ---------------------------

_BANNERS_BUTTONS_FIRST = [
    "Accept all\nReject all\nWe and our partners use cookies and similar technologies to store "
    "and access information on your device, to personalise ads and content.\nYou can change "
    "your choices at any time by clicking Privacy settings at the bottom of the page.",
    "Accept all\nReject all\nManage preferences\nWe value your privacy\nWe and our partners use "
    "cookies to measure audiences.",
    "Cookie settings\nAccept all cookies\nWe use cookies to personalise content and ads.",
    "I agree\nManage options\nWith your consent, we and our partners process personal data "
    "such as your visits to this site.",
]


@pytest.mark.parametrize("banner", _BANNERS_BUTTONS_FIRST)
@pytest.mark.parametrize("where", ["above", "below"])
def test_consent_banner_with_its_buttons_first_is_furniture(banner: str, where: str) -> None:
    """Over the menu, the banner's sentence was the story's first paragraph
    and a button the headline (said only ``headline-from-title``); under
    the footer, nothing changes."""
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, **{where: banner}))
    assert_pier_story_read(story)


def test_banner_sentence_under_its_buttons_gets_its_rule() -> None:
    text = pier_page(*_PARAGRAPHS, above=_BANNERS_BUTTONS_FIRST[0])
    assert banner_rules(text) == ["before-story:consent-banner"] * 2


def test_story_paragraph_under_a_menu_under_buttons_stays() -> None:
    """The row under a button goes on through the banner's buttons and
    settings links only: a menu under the buttons, then a story whose first
    paragraph names privacy, keeps that paragraph."""
    paragraph = (
        "The board's privacy officer said the pier's new cameras would be switched off at night."
    )
    text = "\n".join(
        ("Accept all", "Reject all", "Home", "News", _HEADLINE, paragraph, *_PARAGRAPHS, "")
    )
    story = wirestory.parse(text)[0]
    assert story.body[0] == paragraph


# --- Two credits on one line of a page's header ------------------------------------------


def _people(story: wirestory.Story) -> list[tuple[str, str]]:
    return [(c.name, c.role) for c in story.contributors]


@pytest.mark.parametrize("mark", [" | ", " — ", " · "])
def test_two_credits_on_one_header_line_are_both_read(mark: str) -> None:
    """Under the byline, ``Reviewed by Jane Roe | Photographs by Tom Bay``
    was no trailer read whole: both people lost, silently."""
    header = f"By Ivo Marsh\nFact checked by Jane Roe{mark}Photographs by Tom Bay\nMarch 4, 2025"
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert story.byline.names == ("Ivo Marsh",)
    assert _people(story) == [("Jane Roe", "reviewing"), ("Tom Bay", "photography")]
    assert list(story.body) == list(_PARAGRAPHS)


def test_two_credits_with_no_byline_keep_the_review_rule() -> None:
    """With no byline, a bare ``Reviewed by`` part is the critic's byline
    as the line alone is (enrich._review_byline); the photographer a
    contributor."""
    header = "Reviewed by Jane Roe | Photographs by Tom Bay\nMarch 4, 2025"
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert _people(story) == [("Tom Bay", "photography")]


def test_two_picture_credits_with_no_byline() -> None:
    header = "Photographs by Tom Bay | Video by Ann Lee\nMarch 4, 2025"
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, header=header))
    assert _people(story) == [("Tom Bay", "photography"), ("Ann Lee", "video")]


# --- A writer's sign-off naming an outlet without "The" -----------------------------------

_CLOSING_SPEECH = "The board will meet again in June to choose the builders, its chair said."
_CLOSING_DESCRIPTION = "Crews unload their catch at the south pier on Monday."


@pytest.mark.parametrize("outlet", ["Kellsmouth Echo", "Lincoln Advertiser", "Vale Register"])
def test_find_byline_reads_a_papers_name_as_the_organisation(outlet: str) -> None:
    """``By Ivo Marsh, Kellsmouth Echo`` named two writers (said
    ``byline-place-after-name``): the paper's last word is an outlet's
    (Knowledge.outlet_words)."""
    byline = wirestory.find_byline(f"By Ivo Marsh, {outlet}")
    assert byline is not None
    assert byline.names == ("Ivo Marsh",)
    assert byline.organization == outlet


@pytest.mark.parametrize("outlet", ["Kellsmouth Echo", "Harbour Voice"])
@pytest.mark.parametrize("contributing", ["", "Contributing: Tom Hale, USA TODAY"])
def test_sign_off_with_an_outlet_under_a_paragraph_of_speech(
    outlet: str, contributing: str
) -> None:
    """The story's last paragraph was a photo's caption credited to ``Ivo
    Marsh, Kellsmouth Echo`` (two names), silently, and the contributors
    under it lost."""
    tail = "\n".join(
        part for part in (_CLOSING_SPEECH, f"Ivo Marsh, {outlet}", contributing) if part
    )
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, tail))
    assert list(story.body) == [*_PARAGRAPHS, _CLOSING_SPEECH]
    assert story.captions == ()
    assert [c.name for c in story.contributors] == (["Tom Hale"] if contributing else [])


@pytest.mark.parametrize("contributing", ["", "\nContributing: Tom Hale, USA TODAY"])
def test_one_sentence_over_a_sign_off_without_the_is_said(contributing: str) -> None:
    """One sentence over the sign-off reads as a caption as well: said
    (``caption-may-be-paragraph``), as over ``Jane Roe, USA TODAY``."""
    closing = "The board will meet again in June to choose the builders for the new pier."
    tail = f"{closing}\nIvo Marsh, Kellsmouth Echo{contributing}"
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, tail))
    assert [caption.text for caption in story.captions] == [closing]
    assert "caption-may-be-paragraph" in codes(story)


def test_two_names_under_a_paragraph_of_speech_are_said() -> None:
    """``Ivo Marsh, Tom Bay`` under the story's last paragraph (speech): two
    writers' sign-off or two photographers' credit; the paragraph read as a
    caption is said."""
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, f"{_CLOSING_SPEECH}\nIvo Marsh, Tom Bay"))
    assert [caption.text for caption in story.captions] == [_CLOSING_SPEECH]
    assert "caption-may-be-paragraph" in codes(story)


# --- A stacked writer of a given name no table holds, over a writer's title --------------


@pytest.mark.parametrize(
    ("second", "title"),
    [
        ("Zorvan Quell, Staff Writer", "Staff Writer"),
        ("Zorvan Quell\nHealth Correspondent", "Health Correspondent"),
        ("Oluwaseun Adeyemi, Senior Contributor", "Senior Contributor"),
    ],
)
def test_stacked_writer_over_a_title_is_read(second: str, title: str) -> None:
    """``Jane Roe`` / ``Zorvan Quell, Staff Writer`` / the date: the second
    writer was left out (said ``byline-stacked-name-unread``); a writer's
    title names a person, as under ``Tom Hale``."""
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, header=f"Jane Roe\n{second}\nMarch 4, 2025"))
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe", second.split("\n")[0].partition(",")[0])
    assert story.byline.organization == title
    assert "byline-stacked-name-unread" not in codes(story)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize("second", ["Zorvan Quell", "Harbour Voice"])
def test_stacked_name_with_no_title_stays_doubted(second: str) -> None:
    """With no title, a paper's name has the shape: still said, not read."""
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, header=f"Jane Roe\n{second}\nMarch 4, 2025"))
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert "byline-stacked-name-unread" in codes(story)


# --- A writer's sign-off under wire copy with no byline ----------------------------------


@pytest.mark.parametrize(
    ("sign_off", "names", "outlet"),
    [
        ("Jane Roe, USA TODAY", ("Jane Roe",), "USA TODAY"),
        ("Ivo Marsh, Kellsmouth Echo", ("Ivo Marsh",), "Kellsmouth Echo"),
        ("Ivo Marsh, The Vale Post", ("Ivo Marsh",), "The Vale Post"),
    ],
)
def test_sign_off_under_wire_copy_with_no_byline_is_the_byline(
    sign_off: str, names: tuple[str, ...], outlet: str
) -> None:
    """The sign-off was the story's last paragraph, silently; read from
    under the story, the byline is said (``byline-after-story``), as
    ``[Jane Roe/The Vale Post]`` there is."""
    [story] = wirestory.parse("\n\n".join((_HEADLINE, *_PARAGRAPHS, sign_off)))
    assert list(story.body) == list(_PARAGRAPHS)
    assert story.byline is not None
    assert story.byline.names == names
    assert story.byline.organization == outlet
    assert "byline-after-story" in codes(story)


@pytest.mark.parametrize(
    "last",
    [
        "Jane Roe, AP",  # an agency's credit: no writer's sign-off
        "Residents can comment until May, officials said.",
    ],
)
def test_other_last_paragraphs_of_wire_copy_stay(last: str) -> None:
    [story] = wirestory.parse("\n\n".join((_HEADLINE, *_PARAGRAPHS, last)))
    assert story.byline is None or story.byline.organization != last.partition(", ")[2]
    assert "byline-after-story" not in codes(story)


def test_an_address_under_wire_copy_is_no_sign_off() -> None:
    """A row of the story's list of addresses reads as a name and an outlet
    after a comma: no byline."""
    row = "Tom Hale, tom.hale@vale.example"
    [story] = wirestory.parse("\n\n".join((_HEADLINE, *_PARAGRAPHS, row)))
    assert story.byline is None
    assert "byline-after-story" not in codes(story)
