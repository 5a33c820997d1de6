"""The forty-ninth silent-wrong round: misreadings the last rounds left with
no diagnostic.

- a blog's writer's name alone under a share bar between the headline and
  the story (``Headline`` / ``258 Shares`` / ``Share`` / ``Tweet`` / ``Jane
  Roe`` / the first paragraph): the author missed, unsaid;
- a guide's opening of ONE long paragraph under its breadcrumb and date
  line, over a menu of short rows the story's stretch did not cross: the
  opening left as header furniture, unsaid (``prose-over-story-left-out``
  wanted two paragraphs);
- a whole scraped page pasted under a story with no menu between its title
  line and its headline (``Ferries return | Vale Post`` / ``Ferries
  return`` / ``By Mara Quill`` / prose): kept in the story above, unsaid;
- under ``By Jane Roe``, wire copy's last line ``Jane Roe, Kellsmouth`` (the
  writer's own sign-off with her town): the town read as the byline's
  organisation, unsaid.

Every story and line here is invented, in the shape of real text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from test_fields48 import _BLOG_HEADLINE as _FIELDS48_BLOG_HEADLINE
from test_fields48 import _OPENING, _news_page, _plan_page
from test_fields48 import _blog_page as _fields48_blog_page
from test_review47 import _PARAGRAPHS, _boundaries, _marked
from test_silent47 import _PARAGRAPHS as _WIRE_PARAGRAPHS
from test_silent47 import _wire
from test_silent48 import _CAPTION, _PAGE_PARAGRAPHS

import wirestory

# --- A writer's name alone under a share bar -------------------------------------------

_BLOG_HEADLINE = "Night ferry saved for the winter months"
_BLOG_STORY = (
    "The harbour board voted on Monday to keep the night ferry running through the "
    "winter months, after a month of talks with the crews.",
    "Crews said the boat would run the full timetable from next week, weather allowing, "
    "and that fares would not rise before the spring.",
    "The council thanked passengers for their patience during the long works on the quay.",
)


def _blog(*between: str) -> str:
    """A blog's page: title, menu, headline, what stands under it, the story."""
    return (
        "\n".join(
            [
                f"{_BLOG_HEADLINE} | Harbour Notes Blog",
                "Home",
                "News",
                "About",
                "Contact",
                "",
                _BLOG_HEADLINE,
                *between,
                "",
                "\n\n".join(_BLOG_STORY),
                "",
                "© 2025 Harbour Notes. All rights reserved.",
            ]
        )
        + "\n"
    )


@pytest.mark.parametrize(
    ("bar", "name"),
    [
        (("258 Shares", "Buffer", "Share", "Pin", "Tweet", "Email"), "Jane Roe"),
        (("Share", "Tweet"), "Jane Roe"),
        (("1.2K shares", "Share on Facebook"), "Ana María Ruiz"),
    ],
)
def test_name_alone_under_a_share_bar_is_the_byline(bar: tuple[str, ...], name: str) -> None:
    """The name under the buttons was left out as furniture, no byline, silently."""
    [story] = wirestory.parse(_blog(*bar, name))
    assert story.headline == _BLOG_HEADLINE
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert list(story.body) == list(_BLOG_STORY)


@pytest.mark.parametrize("name", ["Jane Roe Harbour Notes", "Jane van der Roe"])
def test_unsure_name_under_a_share_bar_is_said(name: str) -> None:
    """A line naming someone under the bar, not of the sure shape (two or
    three capitalised words, one name), is not read: it is said."""
    [story] = wirestory.parse(_blog("Share", "Tweet", name))
    assert story.byline is None
    said = [d for d in story.diagnostics if d.code == "byline-name-unread"]
    assert [d.line for d in said] == [_blog("Share", "Tweet", name).split("\n").index(name) + 1]


@pytest.mark.parametrize("line", ["Ferry News", "Read More", "Staff Reporter", "Updated daily"])
def test_phrase_under_a_share_bar_is_no_byline(line: str) -> None:
    """Near misses: a phrase under the bar is no name, read and said as before."""
    [story] = wirestory.parse(_blog("Share", "Tweet", line))
    assert story.byline is None
    assert "byline-name-unread" not in _codes(story)
    assert list(story.body) == list(_BLOG_STORY)


# --- One paragraph of prose over a guide's rows ----------------------------------------


def test_one_long_opening_paragraph_over_rows_is_said() -> None:
    """The guide's one paragraph of opening under its date line was left out
    as header furniture, the disclaimer read as the story, silently."""
    text = _plan_page(_OPENING[0])
    [story] = wirestory.parse(text)
    if story.body[:1] != (_OPENING[0],):
        said = [d for d in story.diagnostics if d.code == "prose-over-story-left-out"]
        assert [d.line for d in said] == [text.split("\n").index(_OPENING[0]) + 1]


@pytest.mark.parametrize(
    "between",
    [
        # A one-sentence deck right under the headline.
        ("The man, 55, faces up to ten years in prison when he is sentenced in the spring.",),
        # A standfirst of two sentences right under the headline, 25 words or more.
        (
            "The man, 55, faces up to ten years in prison and a large fine when he is "
            "sentenced in the spring. He made the threat in a call to the councillor's office.",
        ),
    ],
)
def test_deck_right_under_the_headline_says_nothing(between: tuple[str, ...]) -> None:
    """Near misses: a deck sits right under the headline; it is no lost opening."""
    [story] = wirestory.parse(_news_page(*between))
    assert any(p.startswith("A man from Harbourton admitted") for p in story.body)
    assert "prose-over-story-left-out" not in _codes(story)


def test_short_paragraph_under_the_date_line_says_nothing() -> None:
    """A near miss: one sentence under the date line, under 25 words (a
    guide's short note), is no lost opening."""
    short = "This menu works for both plans, so there is no need to start again."
    [story] = wirestory.parse(_plan_page(short))
    assert "prose-over-story-left-out" not in _codes(story)


# --- A whole page pasted with no menu between its title and headline -------------------


def _page_without_menu(headline: str, *header: str) -> str:
    return "\n".join(
        [
            f"{headline} | Vale Post",
            "",
            headline,
            *header,
            "",
            "\n\n".join(_PAGE_PARAGRAPHS),
            "",
            "© 2025 The Vale Post. All rights reserved.",
        ]
    )


@pytest.mark.parametrize("glue", ["\n\n", "\n"])
@pytest.mark.parametrize(
    ("headline", "header", "above"),
    [
        ("Ferries return", ("By Mara Quill", "March 4, 2025"), ""),
        ("Ferries return", ("March 4, 2025",), ""),
        ("Ferries return to the harbour", ("By Mara Quill",), "Read more:"),
    ],
)
def test_page_with_no_menu_under_a_story_is_said(
    glue: str, headline: str, header: tuple[str, ...], above: str
) -> None:
    """The page stayed in the story above (a two-word title part, or under
    ``Read more:``: cut only over a menu), silently."""
    paragraphs = [*_PARAGRAPHS, *([above] if above else [])]
    text = _marked("Ferry Service Saved", _CAPTION, paragraphs) + glue
    text += _page_without_menu(headline, *header)
    stories = wirestory.parse(text)
    title = f"{headline} | Vale Post"
    number = text.split("\n").index(title) + 1
    if len(stories) == 1:
        assert any(f"line {number} " in message for message in _boundaries(stories[0]))
    else:
        assert stories[1].headline == headline


def test_table_row_and_related_link_stay_unsaid() -> None:
    """Near misses (review47's): a table's row over its side's name, no byline
    nor date under it; a related link's teaser under ``Read more:``."""
    row = _marked(
        "Cup Final Ends in Draw",
        "Players at the stadium on Sunday. (AP)",
        [
            *_PARAGRAPHS,
            "Harbour United | Vale Rovers",
            "Harbour United",
            "2 goals, 5 shots on target, 54 per cent possession.",
        ],
    )
    link = _marked(
        "Ferry Service Saved",
        _CAPTION,
        [
            *_PARAGRAPHS,
            "Read more:",
            "Ferry fares rise again | The Vale Post",
            "Ferry fares rise again",
            "The last paragraph of the story closes here with a full sentence.",
        ],
    )
    for text in (row, link):
        [story] = wirestory.parse(text)
        assert not any("no menu between" in message for message in _boundaries(story))


# --- The writer's own sign-off with her town -------------------------------------------


def test_writers_sign_off_with_her_town_names_no_organisation() -> None:
    """``Jane Roe, Kellsmouth`` under ``By Jane Roe``: the town was the
    byline's organisation, silently."""
    [story] = wirestory.parse(_wire("Jane Roe, Kellsmouth"))
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.byline.organization is None
    assert list(story.body) == list(_WIRE_PARAGRAPHS)


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        ("Jane Roe, USA TODAY", "USA TODAY"),
        ("Jane Roe, Kellsmouth Echo", "Kellsmouth Echo"),
        ("Jane Roe, Echo", "Echo"),
        ("Jane Roe, WXVT", "WXVT"),
    ],
)
def test_writers_sign_off_with_her_outlet_still_names_it(tail: str, outlet: str) -> None:
    """Near misses: an outlet after the name (an outlet's word, capitals, two
    words) is still the byline's organisation."""
    [story] = wirestory.parse(_wire(tail))
    assert story.byline is not None
    assert story.byline.organization == outlet
    assert list(story.body) == list(_WIRE_PARAGRAPHS)


@pytest.mark.parametrize(
    "bar", [("258 Shares", "Buffer", "Share", "Pin", "Tweet"), ("Share", "Tweet")]
)
def test_name_under_share_bar_finds_headline_differing_from_title(bar: tuple[str, ...]) -> None:
    """The blog's title an SEO wording, its headline printed over the bar and
    its writer's name alone under it: the title was taken for the headline
    (said only ``headline-from-title``) and the writer missed."""
    text = _fields48_blog_page(*bar, byline="Jane Roe")
    [story] = wirestory.parse(text)
    assert story.headline == _FIELDS48_BLOG_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert "headline-from-title" not in _codes(story)


def test_lone_share_button_over_a_name_is_no_anchor() -> None:
    """A near miss: one ``Share`` link over a name is no bar; the title is
    kept, said, as before."""
    [story] = wirestory.parse(_fields48_blog_page("Share", byline="Jane Roe"))
    assert story.headline != _FIELDS48_BLOG_HEADLINE
    assert "headline-from-title" in _codes(story)
