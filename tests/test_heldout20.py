"""Forms of the twentieth held-out round: English pages of site types the
earlier rounds' whole pages did not write, each read as a whole
(``cases_heldout20``): a live blog, a Q&A interview, a podcast's episode
page, a university's and a government's press releases, a tech review, a
stock story, a match report with its line-ups, an obituary with its guest
book, an opinion column, a local TV station's story, a magazine's long read,
a court report, a science story, a travel piece, a republished academic's
article, a story with an embedded post, a correction under the story, a
paywalled story, a recipe, an agency story on a news site, a film review,
an explainer of questions and a local paper's story with sponsored boxes.

Fixed in this round (each silent before): a short page opening with one
section label over its headline (``Health`` / headline / deck / name / date)
was read as wire copy, the label its headline and the rest its paragraphs;
a podcast's player and an obituary's dates of life (``Listen to this
episode`` / ``Play`` / ``0:00 / 24:13``; ``Born: June 3, 1931`` / ``Died:
…``) between the headline and the date kept such a page wire copy too;
``Presented by Jane Roe`` / ``Hosted by …`` went unread as a byline and was
taken for the headline; a writer's name over their title or e-mail address
(``Sophie Tennant`` / ``Health Correspondent`` / date) went unread, and the
walk up to the headline stopped at it (the site's name was taken for the
headline); a review's star rating under its headline made the deck the
headline; an affiliate links' notice (``When you buy through links on our
site, we may earn an affiliate commission.``) was the first paragraph; a
call for letters under a column (``… submit a letter … for publication``)
was the last, hiding the writer's bio above it from ``author-bio-in-body``;
a correction above the writer's bio stayed in the body; a science story's
``Journal reference:`` and the paper's citation closed the body.

Flagged, left: a release's title taken for the headline when the date
stands above the headline or a player's lines stand between headline and
byline (``headline-from-title``); a tech review's box of specifications read
as subheadings (``figure-rows-under-heading``, new for labelled rows); a
recipe's ingredients left out as a list (``short-run-left-out``, new for
rows opening with a quantity); a university release's ``Notes to editors``
and a republished article's partners line kept in the body
(``closing-heading-may-be-teaser``, ``opening-may-be-teaser``).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_pages import HeldOutPages, reading
from story_checks import codes as _codes

import wirestory

# Misreadings left, by case and field, each with the diagnostic that says so.
_ROUND = HeldOutPages(
    Path(__file__).parent / "cases_heldout20",
    {
        ("gov_release", "headline"): (
            "headline-from-title",
            "the release's date stands above its headline: the office's name, the first "
            "line, is taken",
        ),
        ("obituary_guestbook", "headline"): (
            "headline-from-title",
            "no byline or date line under the name: the section's name, the first line, is taken",
        ),
        ("podcast_episode", "headline"): (
            "headline-from-title",
            "the player's four lines between the headline and the byline are more than the "
            "walk up reads: the section's name is taken",
        ),
        ("recipe_column", "body"): (
            "short-run-left-out",
            "the ingredients are left out as a list of links",
        ),
        ("republished_conversation", "body"): (
            "opening-may-be-teaser",
            "the partners' line over the story opens the body",
        ),
        ("tech_review", "body"): (
            "figure-rows-under-heading",
            "the box of specifications is read as subheadings",
        ),
        ("university_release", "body"): (
            "closing-heading-may-be-teaser",
            "'Notes to editors' and the paper's line close the body",
        ),
    },
)


@pytest.mark.parametrize(("name", "field"), _ROUND.field_params())
def test_whole_page_field(name: str, field: str) -> None:
    """Each page is read as a page, its field as its file pins it down."""
    story = _ROUND.first_story(name)
    assert story.layout == "page"
    assert reading(story)[field] == _ROUND.expected(name)[field]


@pytest.mark.parametrize(("name", "field"), _ROUND.flagged())
def test_misreadings_left_are_flagged(name: str, field: str) -> None:
    """No misreading left is silent: the story carries its diagnostic."""
    codes = [d.code for d in _ROUND.first_story(name).diagnostics]
    assert _ROUND.left[(name, field)][0] in codes


def test_whole_pages_are_there() -> None:
    assert len(_ROUND.names) == 24
    for name in _ROUND.names:
        assert set(_ROUND.expected(name)) == {"headline", "authors", "captions", "body"}, name


# --- One section label over the headline; a player or dates of life ---------

_STORY = (
    "A hospital trust will run evening clinics on weekdays from April in an effort to cut "
    "waiting lists that have grown to more than 60,000 patients.",
    "The trust said outpatient clinics would stay open until 9pm from Monday to Friday, "
    "with staff paid extra for the later shifts.",
    "Patients will be told of the new times by letter, the trust said.",
)
_HEADLINE = "Hospital trust to cut waiting lists with evening clinics"
_SIGNED = ("By Sophie Tennant", "March 5 2026")
_TAIL = ("Most read", "Ferry fares rise")


def _page(*header: str) -> wirestory.Story:
    return wirestory.parse("\n".join((*header, *_STORY, "Most read", "Ferry fares rise")))[0]


@pytest.mark.parametrize(
    "header",
    [
        ("Health", _HEADLINE, "By Sophie Tennant", "March 5 2026, 6.00am"),
        ("Health", _HEADLINE, "Sophie Tennant", "Health Correspondent", "March 5 2026"),
        ("Health", _HEADLINE, "Sophie Tennant", "stennant@valepost.example", "March 5 2026"),
    ],
)
def test_one_section_label_over_the_headline(header: tuple[str, ...]) -> None:
    """Read as wire copy before: ``Health`` the headline, the rest the body."""
    story = _page(*header)
    assert story.layout == "page"
    assert story.headline == _HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Sophie Tennant",)
    assert story.body == _STORY


def test_a_player_between_headline_and_date() -> None:
    """The player's lines kept the page wire copy; ``Hosted by`` is a byline."""
    story = _page(
        "Podcasts",
        "The Morning Edition",
        _HEADLINE,
        "Play",
        "0:00 / 24:13",
        "Hosted by Sophie Tennant",
        "Published 5 March 2026",
    )
    assert story.layout == "page"
    assert story.body == _STORY
    assert story.byline is not None
    assert story.byline.names == ("Sophie Tennant",)


def test_dates_of_life_make_an_obituary_a_page() -> None:
    story = _page(
        "Obituaries",
        "Search obituaries",
        "Margaret Dunleavy, 1931 – 2026",
        "Born: June 3, 1931",
        "Died: February 26, 2026",
    )
    assert story.layout == "page"
    assert story.body == _STORY


def test_wire_copy_under_a_slug_stays_wire() -> None:
    """A headline and its first paragraph: no page, whatever stands above."""
    story = wirestory.parse("\n".join(("Health", _HEADLINE, *_STORY)))[0]
    assert story.layout != "page"


# --- A review's stars, a notice of affiliate links ----------------------------


def test_star_rating_under_the_headline() -> None:
    """The deck under the stars was taken for the headline, silently."""
    story = _page(
        "Film",
        "Reviews",
        _HEADLINE,
        "★★★★☆",
        "A gentle film that trades jump scares for grief, and is all the better for it",
        "Sophie Tennant",
        "Fri 27 Feb 2026 14.00 GMT",
    )
    assert story.headline == _HEADLINE


@pytest.mark.parametrize(
    "notice",
    [
        "When you buy through links on our site, we may earn an affiliate commission.",
        "This article contains affiliate links. We may earn a commission on purchases.",
    ],
)
def test_affiliate_notice_over_the_story_is_no_paragraph(notice: str) -> None:
    story = _page("Health", _HEADLINE, "By Sophie Tennant", "March 5 2026", notice)
    assert story.body == _STORY


def test_a_story_on_commissions_keeps_its_sentence() -> None:
    """Only the site's own voice is a notice."""
    sentence = "Brokers said they earn a commission on every sale, the report found."
    header = ("Home", "Health", _HEADLINE, *_SIGNED)
    text = "\n".join((*header, _STORY[0], sentence, *_STORY[1:], *_TAIL))
    assert wirestory.parse(text)[0].body == (_STORY[0], sentence, *_STORY[1:])


# --- Notes under a column, above and under the writer's bio -----------------------

_BIO = "Sophie Tennant covers health for the Vale Post."


def _column(*closing: str) -> wirestory.Story:
    """A page whose story closes with ``closing``, a box of links under it."""
    header = ("Health", _HEADLINE, "By Sophie Tennant", "March 5 2026")
    return wirestory.parse(
        "\n".join((*header, *_STORY, *closing, "Most read", "Ferry fares rise"))
    )[0]


def test_call_for_letters_under_the_bio() -> None:
    """The call was the last paragraph, the bio above it unflagged."""
    call = (
        "Do you have an opinion on the issues raised in this article? If you would like to "
        "submit a letter of up to 300 words to be considered for publication, email it to us."
    )
    story = _column(_BIO, call)
    assert story.body == (*_STORY, _BIO)
    assert story.notes == (call,)
    assert "author-bio-in-body" in _codes(story)


def test_correction_above_the_bio_is_a_note() -> None:
    """It stayed in the body, over the bio (flagged), unflagged itself."""
    correction = "Correction: An earlier version of this story gave the wrong year for the vote."
    story = _column(correction, _BIO)
    assert story.body == (*_STORY, _BIO)
    assert story.notes == (correction,)
    assert "author-bio-in-body" in _codes(story)


def test_journal_reference_is_a_note() -> None:
    reference = ("Journal reference:", "Roe, J. et al. Bees that count. Animal Minds (2026).")
    text = "\n".join(
        ("Science", _HEADLINE, "By Sophie Tennant", "March 5 2026", *_STORY, *reference)
    )
    story = wirestory.parse(text)[0]
    assert story.body == _STORY
    assert story.notes == reference


def test_a_sentence_citing_et_al_stays() -> None:
    sentence = "Roe and her colleagues, writing in Animal Minds, said the bees learned fast."
    story = wirestory.parse(
        "\n".join(("Science", _HEADLINE, "By Sophie Tennant", "March 5 2026", *_STORY, sentence))
    )[0]
    assert story.body == (*_STORY, sentence)


# --- Rows flagged: a fact box, a recipe's ingredients ----------------------------


def test_fact_box_rows_are_flagged() -> None:
    box = ("Specs", "Display: 11-inch", "Weight: 490g", "Price: $449")
    text = "\n".join(
        ("Reviews", _HEADLINE, "By Sophie Tennant", "March 5 2026", *_STORY[:2], *box, _STORY[2])
    )
    assert "figure-rows-under-heading" in _codes(wirestory.parse(text)[0])


def test_list_items_with_labels_are_no_fact_box() -> None:
    """A heading with a label of its own is a list's item over its siblings."""
    rows = ("Belgium (Group I): Sixth appearance", "Wales (Group B): 2nd try", "Peru (C): 5th")
    text = "\n".join(
        ("Sport", _HEADLINE, "By Sophie Tennant", "March 5 2026", *_STORY[:2], *rows, _STORY[2])
    )
    assert "figure-rows-under-heading" not in _codes(wirestory.parse(text)[0])


def test_ingredients_left_out_are_flagged() -> None:
    ingredients = (
        "8 boneless chicken thighs",
        "2 bunches spring onions",
        "300g frozen peas",
        "1 lemon",
        "150ml chicken stock",
        "Salt and pepper",
    )
    method = "Brown the chicken in a wide pan for eight minutes, then add the stock and peas."
    text = "\n".join(
        ("Food", _HEADLINE, *_SIGNED, *_STORY[:2], *ingredients, method, _STORY[2], *_TAIL)
    )
    assert "short-run-left-out" in _codes(wirestory.parse(text)[0])


def test_metadata_opening_with_numbers_is_no_quantity_run() -> None:
    """Dates and bare numbers open a page's metadata, not quantities."""
    rows = ("10 things to know today", "2026-03-05T08:57:40", "2026-03-05T08:57:45", "500", "250")
    text = "\n".join(("Tech", _HEADLINE, *_SIGNED, *_STORY[:2], *rows, "Vale", _STORY[2], *_TAIL))
    assert "short-run-left-out" not in _codes(wirestory.parse(text)[0])
