"""review36c: where heldout22's reading of a converter's marks read plain text wrongly.

heldout22 reads a converter's Markdown and a text-mode browser's link numbers
as spaces (:func:`wirestory.markdown.markdown_view`). Its marks are also
written by people, in text no converter printed, and there the view misread,
silently:

- a text-mode browser's link number (``By [7]Rachel Moss``) was read away
  wherever a line reads ``References``: a scientific story's citations
  (``as surveys had suggested[1],``, ``at 40 sites [3][4]``) lost their
  numbers in the body;
- a reference link (``[Secretaria da Educação][6]``) took two citations in a
  row (``[3][4]``) for a link, the second number its address;
- a line of wrapped text opening ``# 1 seed`` was a heading: every line of the
  story was read as Markdown, the hash dropped;
- a bullet over a story's own words (a dialogue's dashes, quoted posts
  ``- @jane: …``) was read as a space: in wire copy each line was then glued
  to the next as one paragraph;
- any parenthesis without spaces after brackets was a link's address:
  ``[Editor's note](Reuters) - The mayor …`` went from the body into an
  advisory;
- ``--`` under a signature, or ``---`` under a paragraph's last line, was a
  heading's underline: a wire story holding one link was read as a page;
  ``[3][4]`` alone marked a story as Markdown;
- a code span's underscores (`` `__init__.py` ``) and a name's
  (``bus__lanes__final.csv``) were read as a bold pair's marks;
- a heading's closing hashes (``# Council approves bus lanes #``) stayed in
  the headline;
- a page printed as Markdown with no byline and no line repeating its title
  took its menu's first item for the headline over the converter's ``# ``
  heading (said: ``headline-from-title``).

Each probe fails on heldout22's merge (ad85d51); each near miss passes before
and after (three of them, a heading under a reader service's ``Markdown
Content:`` label and a wrapped menu link's bullet, caught this round's own
rules reading them wrong on the way). Every page and line here is invented,
in the shape of real page text or wire copy.
"""

from __future__ import annotations

import pytest

import wirestory
from wirestory.diagnostics import RULES
from wirestory.lines import split_lines
from wirestory.markdown import markdown_view


def _view(text: str) -> list[str] | None:
    lines = list(split_lines(text))
    view = markdown_view(lines, "".join(line.text for line in lines))
    return None if view is None else [line.text for line in view.lines]


# --- A scientific story's citations under its References -----------------------------

_REEF_STORY = """\
Coral reefs recover faster than thought, study finds
By Jane Roe
Reefs in the Pacific regrew within a decade after bleaching, as earlier \
surveys had suggested[1], a new study published on Monday says[2].
The authors counted corals at 40 sites [3][4] over twelve years.
References
1. Roe, J. (2024). Coral regrowth. Marine Letters, 12, 1-9.
2. Hale, T. (2025). Pacific reefs. Ocean Review, 3, 44-50.
"""


def test_citations_under_references_keep_their_numbers() -> None:
    """A citation is set after its word, before a stop, a comma or another
    citation: no link number a text-mode browser glued to a link's word."""
    body = list(wirestory.parse(_REEF_STORY)[0].body)
    assert "suggested[1], a new study published on Monday says[2]." in body[0]
    assert "at 40 sites [3][4] over twelve years." in body[1]


def test_citations_in_a_markdown_page_are_no_reference_links() -> None:
    """``[3][4]`` in a page printed as Markdown: two numbers, no link."""
    text = (
        "# Coral reefs recover\n\n"
        "The [study](https://a.example/s) counted corals at 40 sites [3][4].\n"
    )
    view = _view(text)
    assert view is not None
    assert view[2].rstrip().endswith("sites [3][4].")


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # Near misses: a browser's link number glued to the link's word, a
        # reference link with words, each read as before.
        ("   By [7]Rachel Moss", "By Rachel Moss"),
        ("   See [12]\u201cThe budget in full\u201d", "See \u201cThe budget in full\u201d"),
        # A linked image, its alt text in brackets.
        ("   [8][Ashworth News]", "[Ashworth News]"),
    ],
)
def test_link_numbers_are_still_read_away(line: str, read: str) -> None:
    view = _view(f"{line}\n\nReferences\n\n   7. https://a.example/rm\n")
    assert view is not None
    assert " ".join(view[0].split()) == read


def test_a_reference_link_with_words_is_still_read() -> None:
    view = _view("# Escolas\n\nSegundo a [Secretaria da Educação][6], os\n")
    assert view is not None
    assert " ".join(view[2].split()) == "Segundo a Secretaria da Educação, os"


# --- A hash opening a line of wrapped text ------------------------------------------

_SEED_STORY = """\
Rovers seal top spot
By Jane Roe
LONDON, March 4 (Reuters) - Rovers beat City 2-0 on Sunday to seal the
# 1 seed for the playoffs, coach Tom Hale said.
"""


def test_a_hash_in_wrapped_text_is_no_heading() -> None:
    body = list(wirestory.parse(_SEED_STORY)[0].body)
    assert body == [
        "Rovers beat City 2-0 on Sunday to seal the # 1 seed for the playoffs, coach Tom Hale said."
    ]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # The closing sequence of hashes (CommonMark's) was kept in the headline.
        ("# Council approves bus lanes #", "Council approves bus lanes"),
        ("## Report ###  ", "Report"),
        # Near misses: a word ending in a hash, a hash glued to a word, kept.
        ("# Why councils still write C#", "Why councils still write C#"),
        ("# Rovers top the table at #1", "Rovers top the table at #1"),
    ],
)
def test_a_headings_closing_hashes_are_read_away(line: str, read: str) -> None:
    view = _view(f"{line}\n\nThe [club](https://a.example/) won.\n")
    assert view is not None
    assert " ".join(view[0].split()) == read


@pytest.mark.parametrize(
    "heading",
    ["# Ferry fares to rise by 8% from April", "Ferry fares to rise by 8% from April\n======"],
)
def test_a_heading_under_a_reader_services_label_is_read(heading: str) -> None:
    """A reader service prints the page right under its ``Markdown Content:``
    label: the page's heading there is one (near miss, read on ad85d51)."""
    text = (
        "Title: Ferry fares to rise | Coastline Times\n\nMarkdown Content:\n"
        f"{heading}\n\nThe [council](https://a.example/c) said fares would rise.\n"
    )
    view = _view(text)
    assert view is not None
    assert view[3] == "Ferry fares to rise by 8% from April"
    assert view[4] == ""  # the blank line, or the underline read as one


def test_a_heading_under_a_blank_line_is_still_read() -> None:
    """Near miss: the converter's heading, at the text's start or under a
    blank line, is read without its hashes."""
    view = _view("# Rovers seal top spot\n\n## Report\n\nThe [club](https://a.example/) won.\n")
    assert view is not None
    assert view[0] == "Rovers seal top spot"
    assert view[2] == "Report"


# --- A bullet over the story's own words ---------------------------------------------

_POSTS_STORY = """\
LONDON (Reuters) - Voters took to social media on Sunday as polls opened, with the tag

# Elections2025 trends

trending across the country by noon, the company said.

- @jane: I voted early, the queue was short.
- @tom_roe: Polling station ran out of pencils.

Turnout was expected to be high, officials said.
"""


def test_quoted_posts_stay_apart() -> None:
    """Each post opens with its own dash; read as a space, the two lines were
    one paragraph."""
    body = list(wirestory.parse(_POSTS_STORY)[0].body)
    assert "- @jane: I voted early, the queue was short." in body
    assert "- @tom_roe: Polling station ran out of pencils." in body


def test_dialogue_under_a_hash_line_stays_apart() -> None:
    text = _SEED_STORY + "\n- Will you rest players?\n- No, we play to win.\n"
    body = list(wirestory.parse(text)[0].body)
    assert body[-2:] == ["- Will you rest players?", "- No, we play to win."]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # Near misses: a menu's bullet over its link or its image, read away.
        ("* [Home](https://a.example/)", "Home"),
        ("- [Sport](https://a.example/sport)", "Sport"),
        ("* ![Logo](https://a.example/l.png)", "Logo"),
        ("* **[Weather](https://a.example/w)**", "Weather"),
        ("  * [Início][1]", "Início"),
    ],
)
def test_a_menu_items_bullet_is_still_read_away(line: str, read: str) -> None:
    view = _view(f"# Heading\n\n{line}\n")
    assert view is not None
    assert " ".join(view[2].split()) == read


def test_a_wrapped_menu_links_bullet_is_still_read_away() -> None:
    """Near miss: html2text wraps a long link of a list; its bullet is read
    away as heldout22 read it."""
    text = (
        "# Heading\n\n* [Council agrees budget after a long night of talks in the town\n"
        "  hall](https://a.example/news/council-budget)\n"
    )
    view = _view(text)
    assert view is not None
    assert view[2].split()[:2] == ["Council", "agrees"]


# --- Brackets and parentheses of a writer's words ------------------------------------


def test_a_parenthesis_of_words_is_no_links_address() -> None:
    """A converter's address holds a colon, a slash, a hash or a dot; read as a
    link, ``[Editor's note](Reuters)`` made the paragraph an advisory."""
    text = (
        "Mayor defends budget\nBy Jane Roe\n"
        "[Editor's note](Reuters) - The mayor of Orton Falls defended the town's "
        "budget on Tuesday, saying taxes would not rise next year.\n"
        "The council will vote on Thursday.\n"
    )
    body = list(wirestory.parse(text)[0].body)
    assert body[0].startswith("[Editor's note](Reuters) - The mayor")


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # Near misses: each converter's address, read away.
        ("said [Helen Ford](https://a.example/hf).", "said Helen Ford."),
        ("the [council](/news/council) said", "the council said"),
        ("[Skip to content](#main)", "Skip to content"),
        ("![Buses on Mill Road](mill-road.jpg)", "Buses on Mill Road"),
        ("write to [the desk](mailto:desk@a.example)", "write to the desk"),
    ],
)
def test_a_converters_address_is_still_read_away(line: str, read: str) -> None:
    view = _view(f"# Heading\n\n{line}\n")
    assert view is not None
    assert " ".join(view[2].split()) == read


# --- A line of dashes under a line of text -------------------------------------------

_SIGNED_STORY = """\
Mayor defends budget
By Jane Roe
ORTON FALLS (AP) - The mayor defended the town's budget on Tuesday, saying \
the [full plan](https://orton.example/budget) was online.
The council will vote on Thursday, officials said.
Jane Roe
--
"""


def test_a_signature_over_two_dashes_is_no_heading() -> None:
    """``--`` under the writer's name is no underline: the story, taken for a
    page by it, lost its sign-off and said ``headline-from-title``."""
    story = wirestory.parse(_SIGNED_STORY)[0]
    assert story.layout == "wire"
    assert list(story.body)[-2:] == ["Jane Roe", "--"]


def test_dashes_under_a_wrapped_paragraph_are_no_underline() -> None:
    """A paragraph's last line over ``---`` is no heading: the heading a
    converter underlines stands alone under a blank line."""
    text = (
        "# Notes\n\nThe [plan](https://a.example/p) was approved by the council\n"
        "on Tuesday night after a long debate.\n---\n"
    )
    view = _view(text)
    assert view is not None
    assert view[4] == "---"


def test_citations_alone_make_no_page() -> None:
    """``[3][4]`` is no link: a story with a heading underlined and citations
    stays wire copy."""
    text = (
        "Coral reefs recover faster than thought, study finds\nBy Jane Roe\n"
        "SYDNEY, March 4 (Reuters) - Reefs in the Pacific regrew within a decade, a "
        "study published on Monday says, counting corals at 40 sites [3][4].\n\n"
        "Results\n-------\n\nCover rose by half in the north, the authors wrote.\n"
    )
    assert wirestory.parse(text)[0].layout == "wire"


def test_an_underlined_heading_is_still_read() -> None:
    """Near miss: a reader service's underlined headline under a blank line."""
    text = "Title: Ferry fares\n\nFerry fares to rise\n===================\n\n[Home](/)\n"
    view = _view(text)
    assert view is not None
    assert view[3] == ""


# --- Underscores and asterisks of a name or of code ----------------------------------


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # A code span's characters are the text's; ``__`` between two letters
        # is a name's: both lost their underscores from the body.
        (
            "a package whose `__init__.py` file was empty, the [report](/r) said.",
            "a package whose `__init__.py` file was empty, the report said.",
        ),
        (
            "a file named bus__lanes__final.csv on the [site](/s) shows it.",
            "a file named bus__lanes__final.csv on the site shows it.",
        ),
    ],
)
def test_a_names_underscores_are_kept(line: str, read: str) -> None:
    view = _view(f"# Heading\n\n{line}\n")
    assert view is not None
    assert " ".join(view[2].split()) == read


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # Near misses: a bold phrase in pairs, of asterisks or underscores,
        # read away; next to a code span too.
        ("a **bold** word", "a bold word"),
        ("a __bold__ word", "a bold word"),
        ("run `make` for a **clean** build", "run `make` for a clean build"),
    ],
)
def test_a_bold_phrase_is_still_read(line: str, read: str) -> None:
    view = _view(f"# Heading\n\n{line}\n")
    assert view is not None
    assert " ".join(view[2].split()) == read


# --- A page printed as Markdown opening in its menu ---------------------------------

_MENU = "* [Home](https://www.northpost.example/)\n* [News](https://www.northpost.example/news)\n\n"
_PARAGRAPHS = (
    "Councillors voted on Tuesday night to build dedicated bus lanes along Mill "
    "Road, ending a dispute that has divided the town for more than two years.\n\n"
    "The plan will see two lanes painted red, the "
    "[council](https://www.northpost.example/council) said.\n"
)
_HEADLINE = "Council approves bus lanes on Mill Road after long debate"


def test_the_converters_heading_is_the_headline() -> None:
    """No byline and no line repeating the title: the menu's first item was
    the headline (``Home``, said ``headline-from-title``), the converter's
    ``# `` heading left out as furniture."""
    story = wirestory.parse(f"{_MENU}# {_HEADLINE}\n\n{_PARAGRAPHS}")[0]
    assert story.headline == _HEADLINE
    assert "headline-from-title" not in [d.code for d in story.diagnostics]
    assert len(story.body) == 2


@pytest.mark.parametrize(
    "top",
    [
        # Near misses, left to the page layout and its flag: a masthead of a
        # single hash over the headline of two; a masthead alone; a heading
        # under four words.
        f"# Northpost\n\n{_MENU}## {_HEADLINE}\n\n",
        f"# Northpost Daily\n\n{_MENU}",
        f"{_MENU}# Bus lanes approved\n\n",
    ],
)
def test_a_masthead_or_a_short_heading_is_left_flagged(top: str) -> None:
    story = wirestory.parse(top + _PARAGRAPHS)[0]
    assert "headline-from-title" in [d.code for d in story.diagnostics]


def test_a_converters_rules_are_registered() -> None:
    """Every segment's rule is a key of ``RULES``: the converter's marks'
    line (an underline) was read under ``converter-marks``, no key."""
    text = f"Title: Bus lanes\n\n{_HEADLINE}\n{'=' * 20}\n\n{_PARAGRAPHS}"
    rules = {s.rule for story in wirestory.parse(text) for s in story.segments}
    assert "converter-marks" in rules
    assert rules <= set(RULES)
