"""Forms of the fifty-fifth round: a page story's body, paragraph by
paragraph (``cases_body55``), from a count of the paragraphs the labelled
pages' parse missed or added (page_fields: 591 missed, 321 added, over 99 of
135 pages), by form. Two forms were silent and general:

- an author's box under the story under its own heading, ``About`` and the
  writer's name in the page's language (``Sobre …``, ``Über …``, ``À propos
  de …``, ``Acerca de …``, ``Informazioni su …``), over a bio that opens with
  no name (``Mother of two, Ana Lima teaches …``): kept in the body with no
  diagnostic (a short bio of one sentence was said, as a teaser,
  ``closing-heading-may-be-teaser``; a longer one said nothing). Now said,
  ``author-bio-in-body``: the labelled pages leave such a box out, but a
  story's own closing section about a person reads the same, so it stays.
- a promo of one link between the story's paragraphs, labelled ``SEE MORE:``
  / ``See more:`` or ``Related post:`` (a box's label no list held), kept as
  a paragraph; now a box's label (``Knowledge.box_labels``), the line left
  out as other boxes' ``READ MORE: …`` are.

Before the fixes all 10 pages read wrong, silently (the body); after, 7, all
said: the six author's boxes (kept, ``author-bio-in-body``) and a story
whose last paragraph under the promo names none of the words above it, cut
as a box's listing (``story-ended-at-listing``). Every page and line here is
invented, in the shape of real page text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_pages import HeldOutPages, Left

import wirestory

_CASES = Path(__file__).parent / "cases_body55"

_BIO_KEPT = (
    "author-bio-in-body",
    "an author's box under its own 'About <name>' heading is kept in the body, said: a "
    "story's own closing section about a person reads the same",
)

# Misreadings left, by case and field: the diagnostic that says so (None:
# silent), and why. The rounds' shared tests are test_heldout_rounds.py's.
_KNOWN_FAILURES: dict[tuple[str, str], Left] = {
    ("de_company_blog_ueber_author_box", "body"): _BIO_KEPT,
    ("en_blog_about_author_box", "body"): _BIO_KEPT,
    ("es_blog_acerca_de_author_box", "body"): _BIO_KEPT,
    ("fr_blog_a_propos_author_box", "body"): _BIO_KEPT,
    ("it_blog_informazioni_su_author_box", "body"): _BIO_KEPT,
    ("pt_blog_sobre_author_box", "body"): _BIO_KEPT,
    ("see_more_promo_title_case", "body"): (
        "story-ended-at-listing",
        "the paragraph under the promo names none of the words of the paragraphs above it "
        "('Rowley Green', 'May'): read as the box's listing, the story ends at the box, said",
    ),
}
ROUND = HeldOutPages(_CASES, _KNOWN_FAILURES)


def test_whole_pages_are_there() -> None:
    assert len(ROUND.names) == 10
    for name in ROUND.names:
        assert set(ROUND.expected(name)) == {"headline", "authors", "captions", "dateline", "body"}


_PARAGRAPHS = (
    "The council has put off a vote on the new bus depot on Riverside Drive after neighbours "
    "asked for more time to read a noise study released last week.",
    "The vote will now take place in April, the chair said, once residents have had a month "
    "to send in their comments on the study.",
    "Residents have collected more than 600 signatures against the plan, which would put "
    "the depot beside three streets of homes.",
    "The council says the depot is needed to house the 40 electric buses that are due to "
    "arrive next year, and that the study found the noise within limits.",
)


def _page(closing: tuple[str, ...]) -> str:
    """A short page: the site's name and menu, the header, the paragraphs,
    ``closing`` under them and the page's links."""
    lines = [
        "Vale Citizen",
        "News",
        "Sport",
        "Council delays vote on bus depot",
        "By Jane Roe",
        "March 4, 2025",
        *_PARAGRAPHS,
        *closing,
        "Share",
        "Privacy Policy",
        "",
    ]
    return "\n".join(lines)


_LONG_BIO = (
    "A reporter on the paper's city desk since 2019, {name} covers housing, transport and "
    "the town hall. Before that she spent five years on a weekly paper in the valley and "
    "trained at a college in the north."
)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("About Jane Roe", "Jane Roe"),
        ("Sobre Jane Roe", "Jane Roe"),
        ("Über Jane Roe", "Jane Roe"),
        ("À propos de Jane Roe", "Jane Roe"),
        ("Acerca de Jane Roe", "Jane Roe"),
        ("Informazioni su Jane Roe", "Jane Roe"),
    ],
)
def test_about_heading_over_a_bio_is_said(heading: str, name: str) -> None:
    story = wirestory.parse(_page((heading, _LONG_BIO.format(name=name))))[0]
    assert story.body[-1].startswith("A reporter on the paper's city desk")
    assert "author-bio-in-body" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "closing",
    [
        # A heading naming a person whose paragraph does not write the name:
        # the story's own section.
        ("About Tom Hale", _LONG_BIO.format(name="the writer")),
        # A heading of one word after "About": no person's name.
        ("About Riverside", _LONG_BIO.format(name="Riverside")),
        # A heading that is a sentence about a name.
        ("Questions about Tom Hale remain", _LONG_BIO.format(name="Tom Hale")),
        # A press release's boilerplate: the company's name opens it.
        (
            "About Quay Robotics",
            "Quay Robotics Ltd designs warehouse robots for grocers and employs 300 people "
            "in Kellsmouth. Its robots pick and pack orders for shops across the north.",
        ),
    ],
)
def test_no_about_box_without_its_form(closing: tuple[str, str]) -> None:
    story = wirestory.parse(_page(closing))[0]
    assert "author-bio-in-body" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "promo",
    [
        "SEE MORE: Harbour fares: what the new prices mean for commuters",
        "See more: Why the depot plan divided the ward",
        "Related post: Ten years of the Riverside bus lane",
        "Related post: how the council counts signatures",
    ],
)
def test_one_link_promo_between_paragraphs_is_left_out(promo: str) -> None:
    closing: tuple[str, ...] = ()
    text = _page(closing).replace(_PARAGRAPHS[2], f"{promo}\n{_PARAGRAPHS[2]}")
    story = wirestory.parse(text)[0]
    assert list(story.body) == list(_PARAGRAPHS)
