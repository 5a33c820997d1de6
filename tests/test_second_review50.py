"""A second reviewer's read of the session's diff (2026-12-07): near misses
of silent50, silent51, review50 and silent52's rules that read silently wrong
at the merge, each fixed here. Every text is invented.

- A dashed paper's name over a dump's end mark (``— Vale Post`` / ``-30-``):
  the mark was taken for a list's dashed row, the sign-off kept as the last
  paragraph (``enrich._listed_outlet``).
- A copyright line naming the sign-off's word anywhere (``© 2025 Vale Post
  Ltd, Kellsmouth.``, ``… Not for resale or sale.``): the word was made her
  outlet; only the line's holder names one now.
- A town's name with a capital inside (``KwaDukuza``, ``eMalahleni``,
  ``FitzWilliam``) was an outlet's shape.
- ``quoted in Politico`` in the story silenced ``sign-off-word-may-be-outlet``.
- A writer named between the headline and the site in a page's title
  (``Headline | Jane Roe | Harbour Notes Blog``, an opinion page's title) was
  taken for the site's name: her name under the share bar was left out.
- A company's service line (``Contact Vale Ferries at info@… for refunds.``,
  ``Contact them at … to book …``) was taken as the writer's contact, out of
  the body (silent52's ``trailers.reporter_contact``).
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from story_checks import one_story as _one
from test_silent49 import _BLOG_HEADLINE, _blog

from wirestory.trailers import reporter_contact

_STORY = (
    "Pier to close for repairs\n\nBy Jane Roe\n\n"
    "The council voted on Tuesday to close the old pier for repairs after a long debate.\n\n"
    "The vote was eight to three, the council said.\n\n"
)
_LAST = "The vote was eight to three, the council said."


@pytest.mark.parametrize("mark", ["-30-", "- 30 -"])
def test_dashed_paper_over_an_end_mark_is_the_sign_off(mark: str) -> None:
    story = _one(_STORY + f"— Vale Post\n\n{mark}")
    assert story.body[-1] == _LAST


@pytest.mark.parametrize(
    "tail",
    [
        "Jane Roe, Kellsmouth\n\n© 2025 Vale Post Ltd, Kellsmouth. All rights reserved.",
        "Jane Roe, Sale\n\n© 2025 Vale Post. All rights reserved. Not for resale or sale.",
        "Jane Roe, KwaDukuza",
        "Jane Roe, eMalahleni",
        "Jane Roe, FitzWilliam",
    ],
)
def test_sign_off_word_no_form_tells_is_said(tail: str) -> None:
    story = _one(_STORY + tail)
    assert story.byline is not None
    assert story.byline.organization is None
    assert "sign-off-word-may-be-outlet" in _codes(story)


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        ("Jane Roe, Politico\n\n© 2025 Politico. All rights reserved.", "Politico"),
        (
            "Jane Roe, Politico\n\nCopyright © 2024-2025 Politico LLC. All rights reserved.",
            "Politico",
        ),
        ("Jane Roe, BuzzFeed", "BuzzFeed"),
    ],
)
def test_sign_off_outlet_named_by_its_holder_or_shape(tail: str, outlet: str) -> None:
    story = _one(_STORY + tail)
    assert story.byline is not None
    assert story.byline.organization == outlet
    assert "sign-off-word-may-be-outlet" not in _codes(story)


@pytest.mark.parametrize("said", ["quoted in Politico last week", "in an advert in Politico"])
def test_paper_named_after_in_does_not_silence_the_doubt(said: str) -> None:
    story = _one(
        "Senate plan to cut fares\n\nBy Jane Roe\n\n"
        "The Senate will vote next week on a plan to cut ferry fares for island residents.\n\n"
        f"The senator, {said}, said the plan would pass.\n\nJane Roe, Politico"
    )
    assert "sign-off-word-may-be-outlet" in _codes(story)


@pytest.mark.parametrize(
    "service",
    [
        "Contact Vale Ferries at info@valeferries.example for refunds.",
        "Contact them at 01632 960123 to book a place on the replacement bus.",
    ],
)
def test_service_line_stays_in_the_body(service: str) -> None:
    story = _one(
        "Ferry firm cancels weekend sailings\n\nBy Jane Roe\n\n"
        "KELLSMOUTH, March 4 (Reuters) - Vale Ferries cancelled all weekend sailings on "
        "Tuesday after a storm damaged the pier.\n\n"
        "The company said passengers with tickets would get their money back in full.\n\n" + service
    )
    assert story.body[-1] == service
    assert not reporter_contact(service)


@pytest.mark.parametrize(
    "contact",
    [
        "Contact the reporter at jane.roe@valepost.example",
        "Reach Jane Roe at jane.roe@valepost.example or 01632 960123.",
        "Reach Jane Roe at jane.roe@valepost.example or on X @janeroe",
        "You can email her at jane.roe@valepost.example",
    ],
)
def test_writers_contact_line_still_one(contact: str) -> None:
    assert reporter_contact(contact)


def test_writer_named_between_headline_and_site_in_the_title_is_the_byline() -> None:
    page = _blog("Share", "Tweet", "Jane Roe").replace(
        f"{_BLOG_HEADLINE} | Harbour Notes Blog",
        f"{_BLOG_HEADLINE} | Jane Roe | Harbour Notes Blog",
    )
    story = _one(page)
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert "byline-name-unread" not in _codes(story)


def test_site_named_at_the_titles_end_is_still_no_byline() -> None:
    page = _blog("Share", "Tweet", "Kettle Lane").replace(
        f"{_BLOG_HEADLINE} | Harbour Notes Blog", f"{_BLOG_HEADLINE} | News | Kettle Lane"
    )
    story = _one(page)
    assert story.byline is None or "Kettle Lane" not in story.byline.names
    assert "byline-name-unread" in _codes(story)
