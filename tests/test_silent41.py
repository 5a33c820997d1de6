"""The forty-first silent-wrong round: readings the last session left wrong
with no diagnostic, or alarmed falsely. A page's summary box between its
headline and its byline (``Key points`` over its rows) was left out with no
word; ``Crews (AP) - Ferry workers …`` opening a page's story said nothing
where wire copy says ``dateline-place-may-be-word``, and ``Lagos (Reuters) -
…``, a place no English word reads as, said it; Catalan writers joined by
``i`` (``Per Jordi Puig i Marta Soler``) were no byline; teasers hard-wrapped
under a box's label (or under ``More from`` and the site's name), and
headline-and-teaser pairs run together under a story with no label, stayed
in the body unsaid; ``Por Ana Lima da SIC`` and an explainer's short
question-word subheadings alarmed falsely.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from news_pages import LIBRARY_HEADLINE, LIBRARY_STORY, library_story, news_page, three_readings
from story_checks import codes as _codes
from test_section_fronts import WIRE_PARAGRAPHS

import wirestory

# --- A summary box between the headline and the byline ---------------------------------

_STORY = "\n\n".join(LIBRARY_STORY)
_ROWS = (
    "The council votes to shut the old library on Mill Street.",
    "A new branch opens near the station in the spring.",
    "Residents can comment on the plan until the end of the month.",
)


def _boxed_page(between: str, *, above: str = "") -> str:
    """A page with a menu, ``above`` over the headline, ``between`` it and
    the byline and date lines, the story and a footer."""
    return (
        f"Home\nNews\nSport\n\n{above}{LIBRARY_HEADLINE}\n\n{between}By Jane Roe\n"
        f"March 4, 2025\n\n{_STORY}\n\nAbout us\nContact us\n"
    )


@pytest.mark.parametrize(
    "box",
    [
        "Key points\n" + "\n".join(f"• {row}" for row in _ROWS),
        "In brief\n" + "\n".join(_ROWS[:2]),
        "Summary:\n" + "\n".join(f"- {row}" for row in _ROWS),
        "Key points\n\n" + "\n\n".join(f"• {row}" for row in _ROWS[:2]),
        f"At a glance\n• {_ROWS[0]}",
    ],
)
@pytest.mark.parametrize("layout", ["page", "auto"])
def test_summary_box_left_out_is_said(box: str, layout: str) -> None:
    """The box's rows were left out as furniture between the headline and
    the story, in no field, and the story said nothing of them."""
    text = _boxed_page(f"{box}\n\n")
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout=layout))
    assert story.headline == LIBRARY_HEADLINE
    assert story.body == LIBRARY_STORY
    assert "header-line-left-out" in _codes(story)
    [said] = [d for d in story.diagnostics if d.code == "header-line-left-out"]
    assert text[said.offset :].startswith(box.split("\n")[0])


@pytest.mark.parametrize(
    ("between", "above"),
    [
        # No box; the label alone over the byline; a section's kicker named
        # like a label over the headline; one row with no label (the
        # standfirst).
        ("", ""),
        ("Highlights\n\n", ""),
        ("", "Highlights\n"),
        (f"• {_ROWS[0]}\n\n", ""),
    ],
)
def test_header_without_summary_box_keeps_its_reading(between: str, above: str) -> None:
    [story] = wirestory.parse(
        _boxed_page(between, above=above), options=wirestory.ParseOptions(layout="page")
    )
    assert story.headline == LIBRARY_HEADLINE
    assert story.body == LIBRARY_STORY
    assert "header-line-left-out" not in _codes(story)


# --- A title-case word before an agency on a page; a place no word reads as -------------

_LEAD = "Ferry workers walked out on Tuesday after talks on pay broke down, the union said."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Crews (AP) - ", "Crews"),
        ("Reading (Reuters) - ", "Reading"),
    ],
)
def test_page_dateline_of_a_common_word_is_said(opening: str, place: str) -> None:
    """Read by the page layout, the dateline said nothing where wire copy's
    says ``dateline-place-may-be-word``."""
    story = library_story(opening + _LEAD, *LIBRARY_STORY[1:])
    assert story.dateline is not None
    assert story.dateline.places == (place,)
    assert "dateline-place-may-be-word" in _codes(story)


def _wire(opening: str) -> wirestory.Story:
    [story] = wirestory.parse(
        f"Ferry workers strike\n\n{opening}{_LEAD}\n\n{LIBRARY_STORY[1]}\n",
        options=wirestory.ParseOptions(layout="wire"),
    )
    return story


@pytest.mark.parametrize(
    "opening",
    [
        "Lagos (Reuters) - ",
        "Nairobi (AP) - ",
        "Beijing (Reuters) - ",
        "Brussels (Reuters) - ",
        "Houston (AP) — ",
    ],
)
def test_place_no_word_reads_as_says_nothing(opening: str) -> None:
    """Sites print agencies' places in title case: a place that is no
    English word said ``dateline-place-may-be-word``, falsely."""
    place = opening.split()[0]
    for story in (_wire(opening), library_story(opening + _LEAD, *LIBRARY_STORY[1:])):
        assert story.dateline is not None
        assert story.dateline.places == (place,)
        assert "dateline-place-may-be-word" not in _codes(story)


@pytest.mark.parametrize("opening", ["Crews (AP) - ", "Wells (Reuters) - ", "Police (AP) - "])
def test_wire_dateline_of_a_common_word_is_still_said(opening: str) -> None:
    story = _wire(opening)
    assert story.dateline is not None
    assert "dateline-place-may-be-word" in _codes(story)


# --- Two Catalan writers joined by "i" --------------------------------------------------

_CATALAN_HEADLINE = "L'ajuntament renova el mercat vell"
_CATALAN_STORY = (
    "L'ajuntament va aprovar dimarts la renovació del mercat vell, amb el suport de tots "
    "els grups del consistori.",
    "Les obres començaran a l'abril i duraran uns sis mesos, durant els quals les parades "
    "es traslladaran a la plaça del costat.",
    "La reforma costarà uns quatre milions d'euros, segons va explicar l'alcaldessa.",
)


def _catalan_readings(line: str, story: tuple[str, ...] = _CATALAN_STORY) -> list[wirestory.Story]:
    """``line`` under the headline of a Catalan page, of a Catalan article
    and of Catalan wire copy."""
    page = news_page(
        *story, headline=_CATALAN_HEADLINE, header=line, site="El Far del Port", year=2025
    )
    article = f"{_CATALAN_HEADLINE}\n\n{line}\n\n" + "\n\n".join(story) + "\n"
    wire = f"{_CATALAN_HEADLINE}\n\n{line}\n\nGIRONA, 4 març (ACN) - " + "\n\n".join(story)
    return [
        *wirestory.parse(page, options=wirestory.ParseOptions(layout="page")),
        *wirestory.parse(article),
        *wirestory.parse(wire + "\n", options=wirestory.ParseOptions(layout="wire")),
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Per Jordi Puig i Marta Soler", ("Jordi Puig", "Marta Soler")),
        ("Per Jordi Puig, Marta Soler i Pere Vila", ("Jordi Puig", "Marta Soler", "Pere Vila")),
        # A writer's two family names joined by "i", then a second writer.
        ("Per Jordi Puig i Soler i Marta Vila", ("Jordi Puig i Soler", "Marta Vila")),
        ("Per Jordi Puig i Soler", ("Jordi Puig i Soler",)),
        # Set in capitals: "I" joins them.
        ("PER JORDI PUIG I MARTA SOLER", ("JORDI PUIG", "MARTA SOLER")),
    ],
)
def test_catalan_writers_joined_by_i_are_read(line: str, names: tuple[str, ...]) -> None:
    """Read as one name, ``i`` in small letters made the line no byline: it
    was left out under a page's headline, or the body's first paragraph,
    silently (``Per Jordi Puig, Marta Soler i Pere Vila`` named Jordi Puig
    and an organisation)."""
    for story in _catalan_readings(line):
        assert story.byline is not None
        assert story.byline.names == names
        assert story.byline.organization is None
        assert story.body[0].startswith("L'ajuntament va aprovar")


def test_catalan_writer_alone_keeps_its_reading() -> None:
    [page, *_] = _catalan_readings("Per Jordi Puig")
    assert page.byline is not None
    assert page.byline.names == ("Jordi Puig",)


def test_catalan_writer_alone_in_capitals_is_read() -> None:
    """``PER JORDI PUIG`` named ``PER JORDI PUIG``, the opener a given name,
    silently: only ``Per`` in title case was taken off."""
    [page, *_] = _catalan_readings("PER JORDI PUIG")
    assert page.byline is not None
    assert page.byline.names == ("JORDI PUIG",)


def test_nordic_name_in_capitals_keeps_its_reading() -> None:
    story = library_story(*LIBRARY_STORY, header="PER OLOF LIND\nMarch 4, 2025")
    assert story.byline is not None
    assert story.byline.names == ("PER OLOF LIND",)


@pytest.mark.parametrize(
    "line",
    [
        # In an English story "Per" is a given name and "i" no Catalan word;
        # a Swedish writer "i" (in) a city, in a Swedish story.
        "Per Jordi Puig i Marta Soler",
        "Per Lind i Malmö",
    ],
)
def test_per_and_i_outside_catalan_are_no_catalan_byline(line: str) -> None:
    swedish = (
        "Kommunen beslutade på tisdagen att stänga det gamla biblioteket på Kvarngatan efter "
        "en lång debatt om taket.",
        "Ledamöterna sade att byggnaden hade varit osäker i flera år och att en ny filial "
        "skulle öppna vid stationen i vår.",
    )
    for story in (
        library_story(*LIBRARY_STORY, header=f"{line}\nMarch 4, 2025"),
        library_story(*swedish, header=f"{line}\nMarch 4, 2025"),
    ):
        assert story.byline is None or story.byline.names != ("Jordi Puig", "Marta Soler")
        assert story.byline is None or "Malmö" not in story.byline.names


# --- Hard-wrapped teasers under a box's label ---------------------------------------------

_HARBOUR = (Path(__file__).parent / "cases_related40" / "harbour_story.txt").read_text(
    encoding="utf-8"
)
_WRAPPED_TEASERS = (
    "Ferry workers strike over new rota\nUnion leaders say the changes to the rota were "
    "agreed\nwithout any consultation with the crews.",
    "New bridge opens to traffic a year late\nDrivers crossed the span for the first time "
    "on Monday\nmorning after months of delays.",
    # A headline of two lines, its second going on in small letters.
    "Sea wall repairs to cost four million\npounds, council says\nThe bill for the work is "
    "twice the estimate the council\ngave in the spring.",
)


@pytest.mark.parametrize("label", ["Related stories", "Read more:", "More on this story"])
@pytest.mark.parametrize("teasers", [_WRAPPED_TEASERS[:2], _WRAPPED_TEASERS, _WRAPPED_TEASERS[1:]])
def test_hard_wrapped_teasers_under_a_label_are_said(label: str, teasers: tuple[str, ...]) -> None:
    """Each teaser's sentence wrapped over two lines, the blocks were no
    teaser blocks: the box stayed in the body, unsaid."""
    [story] = wirestory.parse(f"{_HARBOUR}\n{label}\n\n" + "\n\n".join(teasers) + "\n")
    assert story.layout == "wire"
    [found] = [d for d in story.diagnostics if d.code == "story-runs-past-listing"]
    assert f"{len(teasers)} blocks under a box's label" in found.message
    assert found.line == 11
    assert "Drivers crossed the span" in "\n".join(story.body)


def test_hard_wrapped_teasers_under_headless_text_are_said() -> None:
    text = _HARBOUR.split("\n", 2)[2]
    [story] = wirestory.parse(f"{text}\nRelated stories\n\n" + "\n\n".join(_WRAPPED_TEASERS))
    assert story.layout != "page"
    assert "story-runs-past-listing" in _codes(story)


_WRAPPED_PROSE = (
    "Engineers found that the winter storms had cracked the old sea wall\nin four places "
    "and said the stone could not be patched any longer.",
    "Fishing crews will moor at the river quay while the work goes on and\nthe council said "
    "their fees at the quay will be waived for a year.",
)


@pytest.mark.parametrize(
    "ending",
    [
        # Wrapped teasers with no label; one wrapped teaser under a label.
        "\n\n".join(_WRAPPED_TEASERS),
        "Related stories\n\n" + _WRAPPED_TEASERS[0],
    ],
)
def test_wrapped_blocks_that_are_no_box_say_nothing(ending: str) -> None:
    [story] = wirestory.parse(f"{_HARBOUR}\n{ending}\n")
    assert "story-runs-past-listing" not in _codes(story)
    assert "page-of-teasers" not in _codes(story)


@pytest.mark.parametrize("width", [50, 60, 68, 80])
def test_hard_wrapped_story_under_a_label_says_nothing(width: int) -> None:
    """Paragraphs of three lines or more under a label's shape, the whole
    text wrapped at one width: each first line runs to the wrap's width."""
    paragraphs = [
        "\n".join(textwrap.wrap(" ".join(p.split()), width))
        for p in (*_HARBOUR.split("\n\n")[1:], *_WRAPPED_PROSE)
    ]
    text = (
        "Harbour to close for a year after storm damage\n\n"
        + "\n\n".join(paragraphs[:3])
        + "\n\nRead more\n\n"
        + "\n\n".join(paragraphs[3:])
        + "\n"
    )
    [story] = wirestory.parse(text)
    assert "story-runs-past-listing" not in _codes(story)


def test_hard_wrapped_wire_copy_under_a_label_like_subheading_says_nothing() -> None:
    for width in (50, 60, 68, 80):
        wrapped = ["\n".join(textwrap.wrap(p, width)) for p in WIRE_PARAGRAPHS]
        text = (
            "City council approves budget\n\n"
            + "\n\n".join(wrapped[:2])
            + "\n\nRelated\n\n"
            + "\n\n".join(wrapped[2:])
            + "\n"
        )
        [story] = wirestory.parse(text)
        assert "story-runs-past-listing" not in _codes(story), width


# --- An explainer's short subheadings, each over one sentence ----------------------------

_EXPLAINER_BLOCKS = (
    ("What the council decided", "Members voted seven to two to shut the building in June."),
    ("Why the roof matters", "Engineers found that the roof could fall in after a wet winter."),
    ("Where the books will go", "The books will move to a new branch near the station."),
    ("What residents can do", "Residents have until the end of the month to comment."),
)


def _explainer(blocks: tuple[tuple[str, str], ...]) -> str:
    return (
        "Why the old library on Mill Street is closing\n\n"
        "The council voted on Tuesday to close the old library on Mill Street.\n\n"
        + "\n\n".join(f"{head}\n{sentence}" for head, sentence in blocks)
        + "\n"
    )


@pytest.mark.parametrize("blocks", [_EXPLAINER_BLOCKS, _EXPLAINER_BLOCKS[:3]])
def test_explainer_of_short_subheadings_is_no_page_of_teasers(
    blocks: tuple[tuple[str, str], ...],
) -> None:
    """Subheadings asking their question with no question mark, each over
    one sentence, said ``page-of-teasers``, falsely."""
    [story] = wirestory.parse(_explainer(blocks))
    assert "page-of-teasers" not in _codes(story)
    assert story.body[0].startswith("The council voted")


@pytest.mark.parametrize(
    "first",
    [
        ("Ferry workers strike over new rota", "Union leaders say it was never agreed."),
        # A section front's headline opening with a question's word, longer.
        ("How the new ferry timetable will affect you", "Crossings move by an hour."),
        # One short one among the teasers leaves the rest a listing.
        ("How the timetable changes", "Crossings move by an hour."),
    ],
)
def test_section_front_still_says_page_of_teasers(first: tuple[str, str]) -> None:
    blocks = "\n".join(
        f"{head}\n{teaser}\n"
        for head, teaser in [
            first,
            ("New bridge opens to traffic a year late", "Drivers crossed it on Monday."),
            ("Sea wall repairs to cost four million pounds", "The bill is twice the estimate."),
            ("Library to open on Sundays from May", "The council found the money in June."),
        ]
    )
    [story] = wirestory.parse(f"Coast News\n\n{blocks}")
    assert "page-of-teasers" in _codes(story)


# --- A broadcaster's initials after "da" ---------------------------------------------------


@pytest.mark.parametrize("line", ["Por Ana Lima da SIC", "Por Ana Lima da BAND"])
def test_broadcaster_initials_after_particle_say_nothing(line: str) -> None:
    """Initials opening with a consonant and a vowel read as a family name in
    capitals (``da LUZ``) and said ``byline-surname-as-word``, falsely: no
    Portuguese word ends in ``C`` or ``D``."""
    for story in three_readings(line):
        assert story.byline is not None
        assert story.byline.names == ("Ana Lima",)
        assert story.byline.organization == line.split(" Lima ")[1]
        assert "byline-surname-as-word" not in _codes(story)


@pytest.mark.parametrize(
    "line", ["Por Ana Lima da LUZ", "Por Ana Lima da ROSA", "Por Ana Lima da PAZ"]
)
def test_family_name_in_capitals_after_particle_is_still_said(line: str) -> None:
    for story in three_readings(line):
        assert "byline-surname-as-word" in _codes(story)


# --- Headlines and teasers run together under a story, no label ---------------------------

_RUN_PAIRS = (
    ("Ferry workers strike over new rota", "Union leaders say the rota was never agreed."),
    ("New bridge opens to traffic a year late", "Drivers crossed the span on Monday."),
    ("Sea wall repairs to cost four million pounds", "The bill is twice the estimate."),
    ("Library to open on Sundays from May", "The council found the money in June."),
)


def _run(pairs: tuple[tuple[str, str], ...]) -> str:
    return "\n".join(line for pair in pairs for line in pair)


@pytest.mark.parametrize("pairs", [_RUN_PAIRS[:3], _RUN_PAIRS])
def test_run_of_headlines_and_teasers_under_a_story_is_said(
    pairs: tuple[tuple[str, str], ...],
) -> None:
    """With no label and no blank line, the pairs were one paragraph of
    glued headlines and teasers, unsaid."""
    [story] = wirestory.parse(f"{_HARBOUR}\n{_run(pairs)}\n")
    [found] = [d for d in story.diagnostics if d.code == "story-runs-past-listing"]
    assert found.line == 11
    assert "Drivers crossed the span" in story.body[-1]


@pytest.mark.parametrize(
    "ending",
    [
        # Two pairs; the story's own short subheadings over one sentence each;
        # an explainer's questions; a Q&A.
        _run(_RUN_PAIRS[:2]),
        _run(
            (
                ("The vote on Tuesday", "Members voted seven to two to shut it."),
                ("The cost of repairs", "Engineers put the bill at four million pounds."),
                ("The next steps", "The council meets again in May."),
            )
        ),
        _run(tuple((head, sentence) for head, sentence in _EXPLAINER_BLOCKS)),
        _run(
            (
                ("Why is the harbour closing for a whole year?", "The wall is unsafe."),
                ("Where will the fishing boats moor meanwhile?", "At the river quay."),
                ("Who pays for the new sea wall?", "The council and the port share it."),
            )
        ),
    ],
)
def test_run_that_is_the_story_s_own_says_nothing(ending: str) -> None:
    [story] = wirestory.parse(f"{_HARBOUR}\n{ending}\n")
    assert "story-runs-past-listing" not in _codes(story)


def test_run_of_teasers_in_hard_wrapped_copy_says_nothing() -> None:
    for width in (50, 60, 68, 80):
        wrapped = ["\n".join(textwrap.wrap(p, width)) for p in WIRE_PARAGRAPHS]
        text = "City council approves budget\n\n" + "\n\n".join(wrapped) + "\n"
        [story] = wirestory.parse(text)
        assert "story-runs-past-listing" not in _codes(story), width


# --- "More from" and the site's name over the box ------------------------------------------

_ONE_LINE_TEASERS = (
    "Ferry workers strike over new rota\nUnion leaders say the rota was never agreed.",
    "New bridge opens to traffic a year late\nDrivers crossed the span on Monday.",
)


@pytest.mark.parametrize("label", ["More from the Coast Post", "More from Coast News"])
@pytest.mark.parametrize("teasers", [_ONE_LINE_TEASERS, _WRAPPED_TEASERS[:2]])
def test_more_from_the_site_over_teasers_is_said(label: str, teasers: tuple[str, ...]) -> None:
    """``More from`` and the site's name was no box's label: the teasers under
    it stayed in the body, unsaid, wrapped or not."""
    [story] = wirestory.parse(f"{_HARBOUR}\n{label}\n\n" + "\n\n".join(teasers) + "\n")
    [found] = [d for d in story.diagnostics if d.code == "story-runs-past-listing"]
    assert "under a box's label" in found.message
    assert found.line == 11


@pytest.mark.parametrize("line", ["More from the council on Monday", "More from"])
def test_more_from_a_clause_is_no_label(line: str) -> None:
    [story] = wirestory.parse(f"{_HARBOUR}\n{line}\n\n" + "\n\n".join(_ONE_LINE_TEASERS) + "\n")
    assert "story-runs-past-listing" not in _codes(story)


@pytest.mark.parametrize("between", ["Highlights\nVideos\nPhotos", "Summary\nShare\nComments"])
def test_label_over_menu_items_is_no_summary_box(between: str) -> None:
    """A label's word over a menu's or a share bar's items: no box's rows."""
    [story] = wirestory.parse(
        _boxed_page(f"{between}\n\n"), options=wirestory.ParseOptions(layout="page")
    )
    assert story.body == LIBRARY_STORY
    assert "header-line-left-out" not in _codes(story)


_WINNERS = (
    ("Best Film went to The Long Winter by Maria Lind", "The jury praised its quiet restraint."),
    (
        "Best Actor went to Tom Hale for Harbour Lights",
        "He played a ferry captain near retirement.",
    ),
    ("Best Score went to Ann Lee for The Salt Road", "Her music was recorded in a single day."),
)


@pytest.mark.parametrize("joint", ["\n", "\n\n"])
def test_a_story_s_own_list_under_a_colon_says_nothing(joint: str) -> None:
    """A list the story introduces (``… in the main categories were:``),
    run on from that paragraph or a blank line under it, is the story's own
    (review41: it said story-runs-past-listing)."""
    intro = "The winners in the main categories were:"
    [story] = wirestory.parse(f"{_HARBOUR}\n{intro}{joint}{_run(_WINNERS)}\n")
    assert "story-runs-past-listing" not in _codes(story)


@pytest.mark.parametrize(
    "under", ["Published 10:32 a.m. ET March 4, 2025", "By Harbour Desk Staff"]
)
def test_label_over_menu_items_over_the_date_is_no_summary_box(under: str) -> None:
    """With no byline read between them, the date line (or an unread byline)
    under a menu's items is no row of a box, though of a sentence's length
    (review41: it said header-line-left-out)."""
    page = (
        f"Home\nNews\nSport\n\n{LIBRARY_HEADLINE}\n\nHighlights\nVideos\nPhotos\n{under}\n\n"
        f"{_STORY}\n\nAbout us\nContact us\n"
    )
    [story] = wirestory.parse(page, options=wirestory.ParseOptions(layout="page"))
    assert story.body == LIBRARY_STORY
    assert "header-line-left-out" not in _codes(story)


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        # An agency or the wires after "i": the organisation, no second
        # family name (review41: "Jordi Puig i ACN" was one writer, silently).
        ("Per Jordi Puig i ACN", ("Jordi Puig",), "ACN"),
        ("Per Jordi Puig i Agències", ("Jordi Puig",), "Agències"),
        ("Per Jordi Puig i Marta Soler i EFE", ("Jordi Puig", "Marta Soler"), "EFE"),
    ],
)
def test_catalan_writer_and_an_agency(line: str, names: tuple[str, ...], organization: str) -> None:
    for story in _catalan_readings(line):
        assert story.byline is not None
        assert story.byline.names == names
        assert story.byline.organization == organization
        assert story.body[0].startswith("L'ajuntament va aprovar")


def test_catalan_saints_are_no_writers() -> None:
    """``Per Sant Joan i Sant Pere`` (for the feast of Saints John and Peter)
    named two writers and left the body, silently (review41)."""
    for story in _catalan_readings("Per Sant Joan i Sant Pere"):
        assert story.byline is None or "Sant Joan" not in story.byline.names
