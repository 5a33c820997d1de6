"""The fiftieth silent-wrong round: misreadings the last session's reviewers
left with no diagnostic.

- a site's name shaped like a person's (``Harbour Notes``) alone under a
  blog's share bar, the site's name elsewhere on the page (its title line,
  masthead or copyright line): read as the byline, unsaid;
- ``Jane Roe, Politico`` under ``By Jane Roe`` in wire copy, the outlet
  missing from ``Knowledge.outlet_words``: dropped as the writer's town,
  unsaid;
- a one-sentence paragraph between ``Advertisement`` and ``Story continues
  below`` at the story's top: left out, unsaid;
- ``– Valetickets.com`` (a site's sign-off) right under the story's last
  paragraph: read as the page's footer, lost from the story, unsaid;
- the masthead rule's copyright match was no whole-word match (a masthead
  ``The Kellsmouth Star`` named by ``© 2025 The Kellsmouth Starline Group``).

Every story and line here is invented, in the shape of real text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from test_review48 import _HEADER, _PRINT_HEADLINE, _pier_page
from test_review48 import _PARAGRAPHS as _PAGE_PARAGRAPHS
from test_silent47 import _PARAGRAPHS as _WIRE_PARAGRAPHS
from test_silent47 import _wire
from test_silent49 import _BLOG_HEADLINE, _BLOG_STORY, _blog

import wirestory

# --- A site's name alone under a share bar ---------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        # The copyright line names it (``© 2025 Harbour Notes``).
        pytest.param(lambda: _blog("Share", "Tweet", "Harbour Notes"), id="copyright"),
        # The title's site part names it.
        pytest.param(
            lambda: _blog("Share", "Tweet", "Kettle Lane").replace(
                "| Harbour Notes Blog", "| Kettle Lane"
            ),
            id="title",
        ),
        # The masthead over the menu prints it.
        pytest.param(
            lambda: _blog("258 Shares", "Share", "Pin", "Kettle Lane").replace(
                "Home\n", "Kettle Lane\nHome\n", 1
            ),
            id="masthead",
        ),
    ],
)
def test_site_name_under_a_share_bar_is_no_byline(page: object) -> None:
    """The site's name under the buttons was read as the writer, silently."""
    text = page()  # type: ignore[operator]
    [story] = wirestory.parse(text)
    assert story.headline == _BLOG_HEADLINE
    assert story.byline is None
    said = [d for d in story.diagnostics if d.code == "byline-name-unread"]
    assert len(said) == 1
    assert "site's name" in said[0].message
    assert list(story.body) == list(_BLOG_STORY)


@pytest.mark.parametrize("name", ["Jane Roe", "Noor Haddad"])
def test_writer_under_a_share_bar_still_the_byline(name: str) -> None:
    """Near misses: a writer's name the page names nowhere else (the title's
    site part and copyright line name ``Harbour Notes``) is still the byline,
    and ``Harbour Notes Blog`` holds no ``Jane`` as a whole word."""
    [story] = wirestory.parse(_blog("Share", "Tweet", name))
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert "byline-name-unread" not in _codes(story)


# --- A writer's sign-off with one word no form tells -----------------------------------


def test_sign_off_with_an_unknown_outlet_is_said() -> None:
    """``Jane Roe, Politico``: the outlet was dropped as her town, silently."""
    [story] = wirestory.parse(_wire("Jane Roe, Politico"))
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert "sign-off-word-may-be-outlet" in _codes(story)
    assert list(story.body) == list(_WIRE_PARAGRAPHS)


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        (("Jane Roe, BuzzFeed",), "BuzzFeed"),
        (("Jane Roe, Harbourtickets.com",), None),
        (("Jane Roe, Politico", "© 2025 Politico. All rights reserved."), "Politico"),
    ],
)
def test_sign_off_with_an_outlets_form_names_it(tail: tuple[str, ...], outlet: str) -> None:
    """The outlet's shape (a capital inside the word) or a copyright line
    naming the word: her outlet, read, unsaid. (A web address: the sign-off
    is not read as one by ``writer_sign_off``; it stays the last paragraph,
    as before.)"""
    [story] = wirestory.parse(_wire(*tail))
    assert story.byline is not None
    if outlet is not None:
        assert story.byline.organization == outlet
        assert list(story.body) == list(_WIRE_PARAGRAPHS)
    assert "sign-off-word-may-be-outlet" not in _codes(story)


@pytest.mark.parametrize("town", ["McAllen", "DeKalb", "LaGrange", "MacLeod"])
def test_sign_off_with_a_towns_inner_capital_is_said(town: str) -> None:
    """A town's name with a capital after its prefix (``McAllen``,
    ``DeKalb``) is no outlet's shape (``BuzzFeed``): the word is not made
    her organisation, silently; it is read as the town and said."""
    [story] = wirestory.parse(_wire(f"Jane Roe, {town}"))
    assert story.byline is not None
    assert story.byline.organization is None
    assert "sign-off-word-may-be-outlet" in _codes(story)


def test_sign_off_with_her_town_named_in_the_story_is_unsaid() -> None:
    """The near miss: ``in Kellsmouth`` in the story names the word a place:
    the town, no organisation, nothing said."""
    text = _wire("Jane Roe, Kellsmouth").replace(
        "The board said it would", "The board in Kellsmouth said it would"
    )
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.organization is None
    assert "sign-off-word-may-be-outlet" not in _codes(story)


# --- A sentence among an advertisement's run at the story's top ------------------------

_LEAD = "The night ferry will run all winter."


@pytest.mark.parametrize(
    "top",
    [
        ("Advertisement", _LEAD, "Story continues below"),
        (_LEAD, "Advertisement", "Story continues below"),
        ("Advertisement", "Story continues below", _LEAD),
    ],
)
def test_sentence_beside_an_advertisement_at_the_top_is_said(top: tuple[str, ...]) -> None:
    """The one-sentence paragraph under the date line, an advertisement's
    label and prompt around it, was left out, silently."""
    text = _pier_page("\n\n".join((*top, *_PAGE_PARAGRAPHS)), header=_HEADER)
    [story] = wirestory.parse(text)
    if _LEAD not in story.body:
        said = [d for d in story.diagnostics if d.code == "sentence-over-story-left-out"]
        assert [d.line for d in said] == [text.split("\n").index(_LEAD) + 1]


# --- A site's sign-off right under the story's last paragraph --------------------------


@pytest.mark.parametrize("glue", ["\n", "\n\n"])
@pytest.mark.parametrize("sign_off", ["– Harbourtickets.com", "– AP"])
def test_sign_off_under_the_last_paragraph_is_the_storys(glue: str, sign_off: str) -> None:
    """The dashed sign-off was the page's footer, lost from the story."""
    text = _pier_page("\n\n".join(_PAGE_PARAGRAPHS) + glue + sign_off, header=_HEADER)
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    rules = {
        segment.rule for segment in story.segments if sign_off in text[segment.start : segment.end]
    }
    assert "trailer-sign-off" in rules


def test_dashed_phrase_under_the_story_is_no_sign_off() -> None:
    """The near miss: a dashed phrase in small letters is no sign-off."""
    text = _pier_page("\n\n".join(_PAGE_PARAGRAPHS) + "\n– more to follow soon", header=_HEADER)
    [story] = wirestory.parse(text)
    assert not any(segment.rule == "trailer-sign-off" for segment in story.segments)


# --- The masthead's copyright match, whole words ----------------------------------------


def _print_view(masthead: str, copyright_line: str) -> str:
    return "\n".join(
        [
            "Print",
            "Close window",
            masthead,
            _PRINT_HEADLINE,
            "Passengers will pay a pound more for a single crossing",
            "By Ada Quinn",
            "Published: 4 March 2025",
            *_PAGE_PARAGRAPHS,
            copyright_line,
        ]
    )


@pytest.mark.parametrize(
    "copyright_line",
    [
        "© 2025 The Kellsmouth Evening Starline Group. All rights reserved.",
        "© 2025 The Kellsmouth Evening Stars Media Ltd",
    ],
)
def test_copyright_naming_a_longer_word_names_no_masthead(copyright_line: str) -> None:
    """``Evening Star`` inside ``Evening Starline`` named the masthead: it was moved out of
    the headline with nothing said; another holder tells nothing, said."""
    [story] = wirestory.parse(_print_view("The Kellsmouth Evening Star", copyright_line))
    assert story.headline == "The Kellsmouth Evening Star"
    assert "headline-may-be-site-name" in _codes(story)


def test_copyright_naming_the_masthead_whole_still_does() -> None:
    """The near miss: ``© 2025 The Kellsmouth Evening Star.``, the name whole, before a
    full stop."""
    [story] = wirestory.parse(
        _print_view(
            "The Kellsmouth Evening Star",
            "© 2025 The Kellsmouth Evening Star. All rights reserved.",
        )
    )
    assert story.headline == _PRINT_HEADLINE
