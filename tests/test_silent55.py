"""Silent misreadings and false alarms left by the last session (silent55):
story pages as a browser's text gives them, one block a line, each in a
form the rounds before read wrong with no diagnostic.

Fixed: a lead photo's caption and its credit between the byline and the
date line (``By Jane Roe`` / caption / ``Tom Hale | Vale Citizen`` or
``(Tom Hale/Getty Images)`` / the date) were dropped from every field (the
caption left out as furniture, or read as a caption of no words), silently;
both are read now. A bare ``Name | The Paper`` under a one-line standfirst
under the headline, no other byline, is still read as the byline but said
(``byline-may-be-credit``): a caption and its photographer's credit read
the same. A one-word headline (``GOTCHA``) shown right over the byline, the
title ``GOTCHA | Vale Citizen``: the masthead (``Vale Citizen``) was read as
the headline, silently. A promo of one link between paragraphs said
``story-runs-past-listing`` with the story going on under it (a false
alarm). ``With additional reporting by Jane Roe`` and ``(With inputs from
PTI)`` under the story were its last paragraph or the footer's, silently:
contributors and a note now. A recipe card under the story (``Ingredients``
over quantities) was left out with the footer, silently: said now
(``recipe-left-out``).

Pinned, read right before: the first paragraph glued to the date line under
a caption; a newsletter's pitch between paragraphs; a lone credit under the
headline (kept in a caption segment, the story whole); a dashed place or
contribution under wire copy (kept, said ``sign-off-in-body``); ``Uber``,
``Over`` and ``Über`` headings (no author's box); ``MAC 2025`` opening a
sentence (no date line). Every line is invented.
"""

from __future__ import annotations

import pytest

import wirestory
from wirestory.captions import credit_line_flags, is_credit_line
from wirestory.model import Role

_PARAGRAPHS = (
    "The council has put off a vote on the new bus depot on Riverside Drive after neighbours "
    "asked for more time to read a noise study released last week.",
    "The vote will now take place in April, the chair said, once residents have had a month "
    "to send in their comments on the study.",
    "Residents have collected more than 600 signatures against the plan, which would put "
    "the depot beside three streets of homes.",
)
_MENU = ["Vale Citizen", "News", "Local News", "Sport"]
_HEADLINE = "Council delays vote on bus depot"
_CAPTION = "Buses parked at the old depot on Riverside Drive on Monday."


def _page(
    header: list[str], body: tuple[str, ...] | list[str] = _PARAGRAPHS, sep: str = "\n"
) -> str:
    return sep.join([*_MENU, _HEADLINE, *header, *body, "Share", "Privacy Policy", ""])


def _codes(story: wirestory.Story) -> set[str]:
    return {d.code for d in story.diagnostics}


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "credit",
    ["Tomas Reyes | Vale Citizen", "(Tomas Reyes/Getty Images)", "(Tomas Reyes via AP)"],
)
def test_caption_between_byline_and_date_is_read(credit: str, sep: str) -> None:
    """Before silent55 the caption was left out as the header's furniture
    (under a bare bar credit, taken for a deck over the byline) or read as
    a caption of no words (under a bracketed credit with no label): the
    photo's description in no field, silently."""
    header = ["By Dana Whitlock", _CAPTION, credit, "March 4, 2025"]
    story = wirestory.parse(_page(header, sep=sep))[0]
    assert [c.text for c in story.captions] == [_CAPTION]
    assert story.captions[0].credit == credit.strip("()")
    assert story.byline is not None
    assert story.byline.names == ("Dana Whitlock",)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize("credit", ["(Tomas Reyes/Getty Images)", "(Tomas Reyes / Vale Citizen)"])
def test_bracketed_name_and_agency_is_a_credit_line(credit: str) -> None:
    """A name and an agency or paper after a slash, in brackets, alone on
    its line: a credit line, as ``(Photo: Tomas Reyes/Getty Images)`` was."""
    assert is_credit_line(credit)
    assert credit_line_flags([credit]) == [True]


@pytest.mark.parametrize("line", ["(L-R) Jane Roe, John Doe", "(Read more/Share)", "(and/or)"])
def test_bracketed_aside_is_no_credit_line(line: str) -> None:
    """A guard: who is pictured, or an aside in brackets, credits no photo."""
    assert not is_credit_line(line)


def test_bracketed_credit_under_caption_under_the_headline() -> None:
    """The same pair over the byline (a Los Angeles paper's form): the
    caption was a caption of no words before silent55."""
    header = [_CAPTION, "(Tomas Reyes / Associated Press)", "By Dana Whitlock", "March 4, 2025"]
    story = wirestory.parse(_page(header))[0]
    assert [(c.text, c.credit) for c in story.captions] == [
        (_CAPTION, "Tomas Reyes / Associated Press")
    ]


@pytest.mark.parametrize("paper", ["Vale Citizen", "The Riverbend Gazette"])
def test_bare_bar_line_under_a_one_line_deck_is_said(paper: str) -> None:
    """``Headline`` / one sentence / ``Name | Paper`` / the date, no other
    byline: a deck over its byline and a caption over its credit read the
    same. Read as the byline (as silent54 decided), and now said."""
    header = [_CAPTION, f"Tomas Reyes | {paper}", "March 4, 2025"]
    story = wirestory.parse(_page(header))[0]
    assert story.byline is not None
    assert story.byline.names == ("Tomas Reyes",)
    assert story.standfirst == _CAPTION
    assert "byline-may-be-credit" in _codes(story)


def test_bare_bar_credit_over_a_by_byline_is_no_alarm() -> None:
    """A guard: with ``By Dana Whitlock`` under it the bar line is the
    caption's credit, read so, and nothing is said."""
    header = [_CAPTION, "Tomas Reyes | Vale Citizen", "By Dana Whitlock", "March 4, 2025"]
    story = wirestory.parse(_page(header))[0]
    credit = "Tomas Reyes | Vale Citizen"
    assert [(c.text, c.credit) for c in story.captions] == [(_CAPTION, credit)]
    assert story.byline is not None
    assert story.byline.names == ("Dana Whitlock",)
    assert "byline-may-be-credit" not in _codes(story)


def test_bare_bar_byline_under_a_long_deck_is_no_alarm() -> None:
    """A guard: a standfirst longer than a caption is no photo's."""
    deck = " ".join(["The depot plan has split the neighbourhood for two years"] * 6) + "."
    header = [deck, "Tomas Reyes | Vale Citizen", "March 4, 2025"]
    story = wirestory.parse(_page(header))[0]
    assert "byline-may-be-credit" not in _codes(story)


@pytest.mark.parametrize("headline", ["GOTCHA", "Gotcha!", "MAC 2025"])
@pytest.mark.parametrize("bar", [" | ", " - "])
def test_one_word_headline_over_the_byline(headline: str, bar: str) -> None:
    """The title ``GOTCHA | Vale Citizen``, the masthead ``Vale Citizen`` at
    the top, ``GOTCHA`` right over the byline: before silent55 the
    masthead, the title's longer part, was read as the headline, silently
    (a first part of one word was never looked for further down)."""
    lines = [f"{headline}{bar}Vale Citizen", "Vale Citizen", "News", "Sport", "Opinion"]
    lines += [headline, "By Dana Whitlock", "March 4, 2025", *_PARAGRAPHS, "Share", ""]
    story = wirestory.parse("\n".join(lines))[0]
    assert story.headline == headline
    assert list(story.body) == list(_PARAGRAPHS)


def test_one_word_title_part_over_a_date_bar_stays_out() -> None:
    """A guard: a section's name shown over the date (no byline right under
    it) is no headline: the title's longer part, shown over the byline,
    stays the headline."""
    lines = ["Sport | Vale Citizen wins the cup again", "Sport", "March 4, 2025"]
    lines += ["Vale Citizen wins the cup again", "By Dana Whitlock", *_PARAGRAPHS, "Share", ""]
    story = wirestory.parse("\n".join(lines))[0]
    assert story.headline == "Vale Citizen wins the cup again"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_first_paragraph_glued_to_the_date_under_a_caption(sep: str) -> None:
    """Pinned (read right before silent55): the caption and its credit, then
    the date line with the first paragraph glued under it, no blank line."""
    header = ["By Dana Whitlock", f"{_CAPTION}\nPhoto: Tomas Reyes/Getty Images"]
    body = [f"March 4, 2025\n{_PARAGRAPHS[0]}", *_PARAGRAPHS[1:]]
    story = wirestory.parse(_page(header, body, sep=sep))[0]
    assert [c.text for c in story.captions] == [_CAPTION]
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize("credit", ["Photo: Jane Roe/Getty Images", "Jane Roe/Getty Images"])
def test_lone_credit_under_the_headline_keeps_the_story(credit: str) -> None:
    """Pinned: a credit with no caption under the headline (a photo printed
    with no caption) is kept in a caption segment, no caption of no words
    made of it (the labelled pages' captions hold none), and the story is
    whole."""
    text = _page([credit, "By Dana Whitlock", "March 4, 2025"])
    story = wirestory.parse(text)[0]
    assert not story.captions
    assert list(story.body) == list(_PARAGRAPHS)
    roles = {text[s.start : s.end].strip(): s.role for s in story.segments}
    assert roles[credit] is Role.CAPTION


@pytest.mark.parametrize(
    "pitch",
    [
        "Sign up for our free Morning Briefing newsletter to get the day's top stories.",
        "Subscribe to our weekly newsletter for more local news.",
    ],
)
def test_newsletter_pitch_between_paragraphs_is_left_out(pitch: str) -> None:
    """Pinned: a newsletter's pitch between the story's paragraphs is the
    page's furniture, the story whole around it."""
    header = ["By Dana Whitlock", "March 4, 2025"]
    story = wirestory.parse(_page(header, [*_PARAGRAPHS[:2], pitch, _PARAGRAPHS[2]]))[0]
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize("end", ["— New York", "— With Reuters"])
def test_dashed_place_or_contribution_under_wire_copy_is_said(end: str) -> None:
    """Pinned, decided: a dashed line under wire copy with no byline stays
    the story's last line and is said (``sign-off-in-body``): the line
    may be a sign-off, a place or a contribution note, and none of the
    three is read into another field by its shape alone."""
    text = (
        "WASHINGTON (AP) — The council put off a vote on Tuesday on the new bus depot "
        "after neighbours asked for more time.\n\n"
        "The vote will now take place in April, the chair said.\n\n"
        f"{end}\n"
    )
    story = wirestory.parse(text)[0]
    assert story.body[-1] == end
    assert "sign-off-in-body" in _codes(story)


_RECIPE_PARAGRAPHS = (
    "This winter I wanted a jam that tastes of the holidays, and cranberries with a little "
    "orange peel turned out to be the answer after three tries in my kitchen.",
    "Is there anything better than warm toast with a spoon of homemade jam on a cold "
    "morning? My children ask for it every weekend now.",
)
_RECIPE_BELOW = (
    "Canning jam at home is simpler than it looks: acidic fruit only needs a water bath, "
    "and the jars keep for a year in a cool cupboard.",
    "Sterilise the jars in boiling water for ten minutes before you fill them, and leave "
    "a little space under each lid.",
)


@pytest.mark.parametrize(
    "promo",
    [
        ["Related post: Pickled Beetroot With Dill"],
        ["WATCH: Our kitchen tour in one minute", "0:45"],
        ["RELATED: Pickled Beetroot With Dill"],
    ],
)
def test_one_link_promo_read_past_is_no_alarm(promo: list[str]) -> None:
    """body55's false alarm: a promo of one link between the story's
    paragraphs (a recipe blog's ``Related post: …``, a video's ``WATCH: …``
    over its length), the story going on under it in words of its own, said
    ``story-runs-past-listing``. A one-link promo prints no teaser."""
    lines = ["Cranberry jam | Vale Kitchen", "Vale Kitchen", "Recipes", "About"]
    lines += ["Cranberry jam", "By Dana Whitlock", "March 4, 2025", *_RECIPE_PARAGRAPHS]
    lines += [*promo, "WHAT YOU NEED", *_RECIPE_BELOW, "Share", "Privacy Policy", ""]
    story = wirestory.parse("\n\n".join(lines))[0]
    assert list(story.body) == [*_RECIPE_PARAGRAPHS, "WHAT YOU NEED", *_RECIPE_BELOW]
    assert "story-runs-past-listing" not in _codes(story)


def test_one_link_promo_retold_below_is_still_said() -> None:
    """A guard: prose under the promo telling the link's words again may be
    its teaser: said as before."""
    lines = ["Cranberry jam | Vale Kitchen", "Vale Kitchen", "Recipes", "About"]
    lines += ["Cranberry jam", "By Dana Whitlock", "March 4, 2025", *_RECIPE_PARAGRAPHS]
    teaser = "Pickled beetroot with dill keeps all winter and needs no canner, only vinegar."
    lines += ["Related post: Pickled Beetroot With Dill", "WHAT YOU NEED", teaser]
    lines += [*_RECIPE_BELOW, "Share", ""]
    story = wirestory.parse("\n\n".join(lines))[0]
    assert "story-runs-past-listing" in _codes(story)


_WIRE = (
    "WASHINGTON (AP) — The council put off a vote on Tuesday on the new bus depot "
    "after neighbours asked for more time.\n\n"
    "The vote will now take place in April, the chair said.\n\n"
)


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("With additional reporting by Jane Roe", [("Jane Roe", "additional reporting")]),
        ("- With additional reporting by Jane Roe", [("Jane Roe", "additional reporting")]),
        ("-- Compiled by Tom Hale", [("Tom Hale", "writing")]),
    ],
)
def test_contribution_line_with_a_dash_or_with(line: str, people: list[tuple[str, str]]) -> None:
    """``With additional reporting by Jane Roe`` (or a dash before it)
    under wire copy: the story's contributors. Before silent55 kept as the
    story's last paragraph, silently (``Additional reporting by Jane Roe``
    was read)."""
    story = wirestory.parse(_WIRE + line + "\n")[0]
    assert story.body[-1] == "The vote will now take place in April, the chair said."
    assert [(c.name, c.role) for c in story.contributors] == people


@pytest.mark.parametrize(
    "line", ["(With inputs from PTI)", "With inputs from agencies", "- With inputs from agencies"]
)
def test_contribution_note_naming_no_one(line: str) -> None:
    """``(With inputs from PTI)`` under the story (Indian papers' edited
    agency copy): a note. Before silent55 kept as the story's last
    paragraph (wire copy) or left out with the footer (a page), silently."""
    story = wirestory.parse(_WIRE + line + "\n")[0]
    assert story.notes == (line,)
    assert story.body[-1] == "The vote will now take place in April, the chair said."
    page = wirestory.parse(_page(["By Dana Whitlock", "March 4, 2025"], [*_PARAGRAPHS, line]))[0]
    assert page.notes == (line,)


@pytest.mark.parametrize(
    "line",
    [
        "With reporting by the council's own staff, the study was finished in May.",
        "With inputs from the public, the plan was redrawn twice.",
    ],
)
def test_sentence_opening_like_a_contribution_stays_the_story(line: str) -> None:
    """A guard: a sentence going on past a comma is the story's."""
    story = wirestory.parse(_WIRE + line + "\n")[0]
    assert story.body[-1] == line
    assert not story.notes


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        (
            "Uber Technologies",
            "It was founded in San Francisco in 2009 and runs rides in many cities.",
        ),
        ("Over", "Het bedrijf werd in 2009 opgericht in San Francisco en rijdt nu in veel steden."),
        (
            "Über die Kosten",
            "Die Kosten für den Kurs liegen bei etwa 80 Euro pro Fahrer, sagte die Stadt.",
        ),
    ],
)
def test_about_words_as_headings_are_no_author_box(heading: str, paragraph: str) -> None:
    """Pinned (a reviewer's suspicion, read right before silent55): ``Uber``
    (a company), Dutch ``Over`` and German ``Über`` opening a heading between
    the story's paragraphs are no author's box: the heading and its paragraph
    stay the story's, nothing said of a bio."""
    body = [*_PARAGRAPHS[:2], heading, paragraph, _PARAGRAPHS[2]]
    story = wirestory.parse(_page(["By Dana Whitlock", "March 4, 2025"], body))[0]
    assert list(story.body) == body
    assert "author-bio-in-body" not in _codes(story)


_MALAY_PARAGRAPHS = (
    "Majlis perbandaran menangguhkan undian mengenai depoh bas baharu di Jalan Sungai selepas "
    "penduduk meminta lebih masa untuk membaca kajian bunyi yang diterbitkan minggu lalu.",
    "Undian kini akan diadakan pada April, kata pengerusi, selepas penduduk diberi sebulan "
    "untuk menghantar ulasan mereka mengenai kajian itu kepada majlis.",
    "Penduduk telah mengumpul lebih 600 tandatangan menentang rancangan itu, yang akan "
    "meletakkan depoh di sebelah tiga jalan perumahan.",
)


@pytest.mark.parametrize(
    "line",
    [
        "MAC 2025 akan diadakan di Kuala Lumpur minggu depan, kata penganjur persidangan itu.",
        "MAC 2025: Apa yang perlu anda tahu",
    ],
)
def test_malay_month_in_a_sentence_or_heading_is_no_date_line(line: str) -> None:
    """Pinned (a reviewer's suspicion, read right before silent55): ``MAC
    2025`` (Malay ``Mac``, March) opening a sentence or a heading between the
    story's paragraphs is no date line: the line stays the story's."""
    header = ["Majlis tangguh undian depoh bas", "Oleh Dana Whitlock", "4 Mac 2025"]
    body = [_MALAY_PARAGRAPHS[0], line, *_MALAY_PARAGRAPHS[1:]]
    text = "\n".join([*_MENU, *header, *body, "Share", "Privacy Policy", ""])
    story = wirestory.parse(text)[0]
    assert list(story.body) == body


_RECIPE_CARD = [
    "Cranberry Orange Jam",
    "Print",
    "Ingredients",
    "4 cups fresh cranberries",
    "1 orange, zested and juiced",
    "½ cup honey",
    "Instructions",
    "Simmer the cranberries with the orange juice until they burst.",
    "Stir in the honey and zest, then spoon the jam into warm jars.",
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_recipe_card_under_the_story_is_said(sep: str) -> None:
    """A food blog's recipe card under the story (``Ingredients`` over rows
    opening with a quantity, then the steps) was left out with the footer,
    silently, before silent55: said now (``recipe-left-out``)."""
    lines = ["Cranberry jam | Vale Kitchen", "Vale Kitchen", "Recipes", "About"]
    lines += ["Cranberry jam", "By Dana Whitlock", "March 4, 2025", *_RECIPE_PARAGRAPHS]
    lines += [*_RECIPE_CARD, "Share", "Privacy Policy", ""]
    story = wirestory.parse(sep.join(lines))[0]
    assert "recipe-left-out" in _codes(story)


def test_ingredients_heading_over_no_quantities_says_nothing() -> None:
    """A guard: a heading ``Ingredients`` over prose (a story's own section on
    what goes into a product) is no recipe card."""
    body = [
        "Ingredients",
        "The makers say the bar holds oats, honey and dried fruit from local farms.",
        "No nuts are used, which the company says has won it school contracts.",
    ]
    lines = [*_MENU, _HEADLINE, "By Dana Whitlock", "March 4, 2025", *_PARAGRAPHS, *body]
    story = wirestory.parse("\n".join([*lines, "Share", "Privacy Policy", ""]))[0]
    assert "recipe-left-out" not in _codes(story)


@pytest.mark.parametrize("credit", ["© Tomas Reyes", "© Tomas Reyes / Reuters"])
@pytest.mark.parametrize(
    "header",
    [
        [_CAPTION, "{credit}", "By Dana Whitlock", "March 4, 2025"],
        ["By Dana Whitlock", _CAPTION, "{credit}", "March 4, 2025"],
    ],
)
def test_copyright_credit_under_a_header_caption(credit: str, header: list[str]) -> None:
    """``© Name`` credits the line under it (BBC's form) unless that line is
    the header's byline or date: before silent55 the caption over the sign
    was left out as furniture, the credit in no field, silently. (The page
    has its title line: on a short page with none, a caption and a sign
    between the headline and the byline stop the walk up to the headline,
    said ``headline-from-title``.)"""
    lines = [line.format(credit=credit) for line in header]
    story = wirestory.parse(f"{_HEADLINE} | Vale Citizen\n" + _page(lines))[0]
    assert [(c.text, c.credit) for c in story.captions] == [(_CAPTION, credit)]
    assert list(story.body) == list(_PARAGRAPHS)


def test_copyright_sign_over_a_caption_still_credits_it() -> None:
    """A guard: the sign over a caption (``© Tom Hale`` / the caption) credits
    the line under it."""
    header = ["By Dana Whitlock", "March 4, 2025", "© Tomas Reyes", _CAPTION]
    story = wirestory.parse(_page(header))[0]
    assert [(c.text, c.credit) for c in story.captions] == [(_CAPTION, "© Tomas Reyes")]


@pytest.mark.parametrize("credit", ["(Tomas Reyes/Getty Images)", "(Tomas Reyes / Vale Citizen)"])
def test_bracketed_credit_under_a_caption_between_paragraphs(credit: str) -> None:
    """The same pair between the story's paragraphs, one block a line: before
    silent55 the caption's sentence was kept as a paragraph of the body and
    the credit read as a caption of no words, silently."""
    body = [_PARAGRAPHS[0], _CAPTION, credit, *_PARAGRAPHS[1:]]
    story = wirestory.parse(_page(["By Dana Whitlock", "March 4, 2025"], body))[0]
    assert [(c.text, c.credit) for c in story.captions] == [(_CAPTION, credit.strip("()"))]
    assert list(story.body) == list(_PARAGRAPHS)
