"""Forms of the twenty-second held-out round: news pages as other extraction
tools print them, each a whole text (``cases_heldout22``).

Markdown from html2text and reader services (``md_*``): ``# Headline``,
``## Subheading``, ``**By Jane Roe**``, ``_March 4, 2025_``, ``![A
caption](https://…/photo.jpg)``, ``[link text](https://…)`` inside
paragraphs and as ``* `` / ``- `` menus, ``---`` rules, ``> `` quotes, a
heading underlined with ``====``, a reader service's ``Title:`` / ``URL
Source:`` header and ``![Image 1: …]`` numbering, html2text's cut at 78
columns (an image's alt text or a link wrapped over two lines), its
reference links (``[text][6]``, the addresses listed under the page). Text-mode browsers
(``lynx_*``, ``w3m_*``): paragraphs cut at 72 to 79 columns, link numbers
glued to words (``By [7]Rachel Moss``), a ``References`` list of numbered
addresses, indented captions, a menu bar of words two spaces apart. A
browser's copied text (``inner_*``): tabs between menu items, one line
break between paragraphs or two to four blank lines, ``Advertisement`` and
``Share this article``. Readability's article text (headline, byline,
paragraphs: ``readability_*``) and newspaper3k's (paragraphs alone:
``newspaper_*``). English, German, Spanish, French, Polish, Italian,
Portuguese, Dutch and Swedish.

Fixed in this round (each silent before): a page printed as Markdown was
read as wire copy, its menu's first link the headline and every other line,
marks and addresses included, a paragraph (a page with few menu lines, or a
breadcrumb of links, or a reader service's header); the text of a link in a
paragraph kept its brackets and address; a text-mode browser's link number
glued to the byline's name left the byline unread and stayed in the body; a
menu bar of words set apart by two spaces over the headline was taken for
the headline, the headline for the standfirst.

Flagged, left: a browser's text with three blank lines between its blocks
is cut into a story a block (``may-continue-story-above``, ``no-body`` on
the pieces); a page's ``Skip to content`` taken for the headline when its
section's name stands over the headline (``headline-from-title``). A Polish
page's closing paragraphs of under 200 characters, left out (``closing-sentence-
left-out``) while English was taken for the page's language, are read since
heldout23 (``test_heldout23``). An Italian caption's credit written ``Foto di Luca Neri`` (``di``
for ``by``), silently no credit here (the caption left out as furniture),
is read since credits37 (``test_credits37``).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_pages import HeldOutPages, Left, reading
from test_cases import rebuild

import wirestory
from wirestory.lines import split_lines
from wirestory.markdown import markdown_view

_CASES = Path(__file__).parent / "cases_heldout22"

# Misreadings left, by case and field: the diagnostic that says so (None:
# silent), and why.
_KNOWN_FAILURES: dict[tuple[str, str], Left] = {
    **{
        ("inner_blank_runs", field): (
            "may-continue-story-above",
            "three blank lines between a browser's blocks cut the page into a story a block",
        )
        for field in ("headline", "authors", "body")
    },
    ("inner_copy_share", "headline"): (
        "headline-from-title",
        "'Skip to content' is taken for the title, the section's name standing over the headline",
    ),
}
_ROUND = HeldOutPages(_CASES, _KNOWN_FAILURES)
# The converters' pages, read as pages; readability's and newspaper3k's text
# is a story's text alone.
_PAGES = tuple(n for n in _ROUND.names if n.startswith(("md_", "lynx_", "w3m_", "inner_")))


@pytest.mark.parametrize(("name", "field"), _ROUND.field_params())
def test_whole_page_field(name: str, field: str) -> None:
    """Each page's first story, its field as its file pins it down."""
    story = _ROUND.first_story(name)
    assert reading(story)[field] == _ROUND.expected(name)[field]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            n,
            marks=[pytest.mark.xfail(strict=True, reason=_KNOWN_FAILURES[(n, "body")][1])]
            if n == "inner_blank_runs"
            else [],
        )
        for n in _ROUND.names
    ],
)
def test_one_story_a_page(name: str) -> None:
    assert len(wirestory.parse(_ROUND.text(name))) == 1


@pytest.mark.parametrize("name", _PAGES)
def test_converted_pages_are_read_as_pages(name: str) -> None:
    stories = wirestory.parse(_ROUND.text(name))
    assert stories[0].layout == ("wire" if name == "inner_blank_runs" else "page")


@pytest.mark.parametrize(("name", "field"), _ROUND.flagged())
def test_misreadings_left_are_flagged(name: str, field: str) -> None:
    """No misreading left but the one named silent: the story carries its diagnostic
    (the blank lines' pieces each carry one)."""
    code = _KNOWN_FAILURES[(name, field)][0]
    stories = wirestory.parse(_ROUND.text(name))
    codes = [d.code for story in stories for d in story.diagnostics]
    assert code in codes
    assert all(story.diagnostics for story in stories)


@pytest.mark.parametrize("name", _ROUND.names)
def test_converted_pages_are_lossless(name: str) -> None:
    """The marks read as spaces keep every line's characters in its segments."""
    text = _ROUND.text(name)
    assert rebuild(text, wirestory.parse(text)) == text


def test_whole_pages_are_there() -> None:
    assert len(_ROUND.names) == 24
    for name in _ROUND.names:
        assert set(_ROUND.expected(name)) == {"headline", "authors", "captions", "dateline", "body"}


# --- The marks read as spaces ---------------------------------------------------


def _view(text: str) -> list[str] | None:
    lines = list(split_lines(text))
    view = markdown_view(lines, "".join(line.text for line in lines))
    return None if view is None else [line.text for line in view.lines]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("# Council sets budget", "Council sets budget"),
        ("**By Jane Roe**", "By Jane Roe"),
        ("_March 4, 2025_", "March 4, 2025"),
        ("* [Home](https://a.example/)", "Home"),
        ("> A quoted line.", "A quoted line."),
        (
            "![Buses queue. Photo: Tom Hale](https://a.example/b.jpg)",
            "Buses queue. Photo: Tom Hale",
        ),
        ("![Image 1: Buses queue.](https://a.example/b.jpg)", "Buses queue."),
        ("[![Logo](https://a.example/l.png)](https://a.example/)", "Logo"),
        ("said [Helen Ford](https://a.example/hf).", "said Helen Ford."),
        ("(see [the report](https://a.example/r))", "(see the report)"),
        ("a **bold** word", "a bold word"),
        ("the [Secretaria da Educação][6], os", "the Secretaria da Educação, os"),
        ("![Alunos em sala. Foto: Marcos Paiva][5]", "Alunos em sala. Foto: Marcos Paiva"),
        ("* * *", "* * *"),
        # An odd count is no pair, a rule is kept, a line opening in bold is
        # a date line's place the dateline rules read.
        ("five ** stars", "five ** stars"),
        ("---", "---"),
        ("**ORTON FALLS** — The mill closed.", "**ORTON FALLS** — The mill closed."),
    ],
)
def test_a_marked_line_reads_its_words(line: str, read: str) -> None:
    view = _view(f"# Heading\n\n{line}\n")
    assert view is not None
    assert " ".join(view[2].split()) == read


def test_the_view_keeps_every_offset() -> None:
    """Lines of the view start and end where the input's do."""
    text = "# Heading\n\n* [Home](https://a.example/)\n![A](https://a.example/a.jpg)\n"
    lines = list(split_lines(text))
    view = markdown_view(lines, "".join(line.text for line in lines))
    assert view is not None
    assert [(v.start, v.end, v.number) for v in view.lines] == [
        (line.start, line.end, line.number) for line in lines
    ]


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - Shares rose on Monday.\n\n###\n",  # a release's end mark
        "Ranked #1 in the region.\n* a list item\n",
        "A *starred* word and snake_case_name.\n",
    ],
)
def test_plain_text_is_read_as_it_stands(text: str) -> None:
    assert _view(text) is None


def test_a_wrapped_image_reads_its_whole_alt_text() -> None:
    view = _view("# H\n![Sheep on the moor. Photo: Ian\nMarsh](https://a.example/s.jpg)\n")
    assert view is not None
    assert " ".join(view[1].split()) == "Sheep on the moor. Photo: Ian Marsh"
    assert view[2] == ""


def test_a_link_wrapped_over_two_lines_reads_its_text() -> None:
    """html2text cuts inside a link; the paragraph's wrap is still told (the
    address's length kept as zero-width spaces) and its text read whole."""
    text = (
        "# Ferries ordered\n\nThe vessels, to be built by a [shipyard in southern\n"
        "Finland](https://www.northwire.example/tag/shipyards), will enter service\n"
        "from 2029 and replace diesel ferries that are more than thirty years old.\n"
    )
    view = _view(text)
    assert view is not None
    assert view[2].split()[-3:] == ["shipyard", "in", "southern"]
    assert view[3].replace("\u200b", "").startswith("Finland, will")
    assert len(view[3]) == len(text.splitlines()[3])


def test_link_numbers_read_away_under_references() -> None:
    text = "   By [7]Rachel Moss\n\nReferences\n\n   7. https://a.example/rm\n"
    view = _view(text)
    assert view is not None
    assert view[0].split() == ["By", "Rachel", "Moss"]
    # Without a References list, a bracketed number is the text's own; a
    # list of references with no link number glued to a word is the page's.
    assert _view("   By [7]Rachel Moss\n") is None
    assert _view("A study [7] found it.\n\nReferences\n\n1. Roe, J. (2024)\n") is None


@pytest.mark.parametrize(
    "bar",
    [
        "Menu  Home  Football  Cricket  Rugby  Tennis  More",
        "Menu\tHome\tFootball\tCricket\tRugby\tTennis\tMore",
        "Menu   Home   Football   Cricket   Rugby",
    ],
)
def test_a_menu_bar_of_spaced_items_is_no_headline(bar: str) -> None:
    """The bar over the headline was taken for it, the headline for the
    standfirst."""
    text = _ROUND.text("w3m_match_report").replace(
        "Menu  Home  Football  Cricket  Rugby  Tennis  More", bar
    )
    story = wirestory.parse(text)[0]
    assert story.headline == "Rovers hold on for first away win of the season"


def test_a_headline_with_two_spaces_is_still_the_headline() -> None:
    headline = "Rovers hold on for first away win of the season"
    text = _ROUND.text("w3m_match_report").replace(headline, headline.replace(" for ", "  for "))
    story = wirestory.parse(text)[0]
    assert story.headline == headline
