"""alarm37: false alarms, diagnostics on readings that are right. A writer's
name holding an Arabic given name's ``Abdul`` or a patronym's ``bin`` after
``From`` (``From Abdul Rahman Khalid in Dubai``) or over the date said
``byline-name-may-be-phrase``; PTI's slug over its Mumbai desk's dateline
(``BOM8 STOCKS-CLOSE`` / ``Mumbai, Dec 5 (PTI) …``: the desk keeps the city's
old name, Bombay) said ``slug-may-be-headline``; a README's paragraphs,
their first lines indented and a sentence opening at the margin under a line
ending one, said ``page-hard-wrapped`` when read as a page; a photo gallery's
slide counter left out between a page's paragraphs (``HIDE CAPTION`` / ``<`` /
``1`` / ``2`` / …) said ``short-run-left-out`` when the story wrote those
numbers. Each probe
asserts the code is absent on the right reading; each twin asserts it still
fires on the misreading the rule was made for.

Every page and line here is invented, in the shape of real page text, wire
copy or a dataset's README.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from news_pages import (
    LIBRARY_STORY,
    library_story,
    news_page,
    story_under_header,
    wire_story_under_header,
)
from story_checks import codes as _codes

import wirestory

# --- A writer's Arabic or Malay name after From, or over the date -------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("From Abdul Rahman Khalid in Dubai", "Abdul Rahman Khalid"),
        ("From Abdel Fattah Hamdi in Cairo", "Abdel Fattah Hamdi"),
        ("From Rashid bin Saeed Khalid in Abu Dhabi", "Rashid bin Saeed Khalid"),
        ("From Omar ibn Khalid Hamdi in Doha", "Omar ibn Khalid Hamdi"),
        # A common given name opens it: the article in capitals is the family
        # name's.
        ("From Khalid Al Shamsi in Dubai", "Khalid Al Shamsi"),
    ],
)
@pytest.mark.parametrize("read", [story_under_header, wire_story_under_header])
def test_from_a_writer_with_an_arabic_name_says_nothing(
    line: str, name: str, read: Callable[[str], wirestory.Story]
) -> None:
    story = read(line)
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert "byline-name-may-be-phrase" not in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        # A place's name holding a given name's opener: still a place's.
        "From Abdul Ghani Stadium in Lahore",
        # A patronym's word opening the words is a town's name (Bin Jawad),
        # in capitals a phrase's word.
        "From Bin Jawad Harbour Front in Libya",
        "From Harbour Bin Collection Day in Vale",
        # No person's word: a place's name of three words, as before.
        "From Royal Albert Hall in London",
        # The article opening the words: a network's or a place's name.
        "From Al Jazeera English in Doha",
        # A given name opening a place's name ending in a site's word.
        "From Hamad International Airport in Doha",
    ],
)
@pytest.mark.parametrize("read", [story_under_header, wire_story_under_header])
def test_from_a_place_with_a_name_s_word_is_still_doubted(
    line: str, read: Callable[[str], wirestory.Story]
) -> None:
    story = read(line)
    assert story.byline is not None
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize("name", ["Abdul Rahman Khalid", "Abdel Fattah Hamdi"])
def test_an_arabic_name_over_the_date_says_nothing(name: str) -> None:
    story = library_story(*LIBRARY_STORY, header=f"{name}\nMarch 4, 2025")
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert "byline-name-may-be-phrase" not in _codes(story)


@pytest.mark.parametrize("line", ["Abdul Ghani Stadium", "Harbour Bin Collection Day"])
def test_a_title_case_phrase_over_the_date_is_still_doubted(line: str) -> None:
    story = library_story(*LIBRARY_STORY, header=f"{line}\nMarch 4, 2025")
    assert story.byline is not None
    assert "byline-name-may-be-phrase" in _codes(story)


# --- PTI's Mumbai desk over its dateline -----------------------------------------------

_PTI_LEAD = (
    "{place}, Dec 5 (PTI) Shares closed higher on Saturday as banks gained, brokers said.\n\n"
    "The index rose for a third day.\n"
)


@pytest.mark.parametrize(
    ("slug", "place"),
    [
        ("BOM8 STOCKS-CLOSE", "Mumbai"),
        ("MDS4 TN-RAINS", "Chennai"),
        ("CAL11 WB-POLLS", "Kolkata"),
    ],
)
def test_a_pti_slug_over_its_desk_s_renamed_city_says_nothing(slug: str, place: str) -> None:
    text = f"{slug}\n\n" + _PTI_LEAD.format(place=place)
    for options in (None, wirestory.ParseOptions(layout="wire")):
        (story,) = wirestory.parse(text, options=options)
        assert story.headline == ""
        assert story.notes == (slug,)
        assert story.dateline is not None
        assert story.dateline.places == (place,)
        assert "slug-may-be-headline" not in _codes(story)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # A headline's code over the renamed city: no desk of it.
        ("COP28 CLIMATE-DEAL", "Mumbai"),
        ("COP28 CLIMATE-DEAL", "Kolkata"),
        # The old name's desk over another city.
        ("BOM8 STOCKS-CLOSE", "Chennai"),
        # A desk's letters over no PTI dateline.
        ("BOM8 STOCKS-CLOSE", "MUMBAI (Reuters) -"),
    ],
)
def test_a_slug_form_over_no_dateline_of_its_desk_s_city_is_still_doubted(
    line: str, place: str
) -> None:
    lead = _PTI_LEAD.format(place=place)
    if "(" in place:
        lead = lead.replace(f"{place}, Dec 5 (PTI) ", f"{place} ")
    (story,) = wirestory.parse(f"{line}\n\n{lead}")
    assert story.headline == ""
    assert "slug-may-be-headline" in _codes(story)


# --- A README's indented paragraphs read as a page ---------------------------------------

_README_TITLE = "Harbour Ferry Timetables, Release 2.0\n\n"
_TIMETABLES = """\
   The timetables in this release were gathered from the harbour board's
printed notices between 1990 and 1996 and typed in by volunteers at the
ferry museum. They are given here for research into coastal transport.
Permission to copy them for teaching was granted by the harbour board in
writing, and the board asks that any paper using them cite this release.
"""
_FILES = """\
   Each of the files holds one year of sailings, one line per sailing,
with the pier, the hour and the vessel's name. Sailings cancelled for
weather are kept and marked with a star beside the hour of departure.
Readers who need the fares as well will find them in a separate file
that lists each year's fares by route and by class of ticket sold.
"""
# A paragraph of its own, indented, printed right under the last.
_CORRECTIONS = """\
   Errors found in the typed notices should be sent to the museum, which
keeps a list of known corrections and will publish them in the next
release of the timetables.
"""
# A caption printed under an indented paragraph's last line of nearly the width.
_CAPTION = "The ferry Vale Star at the north pier. (Photo: Jane Roe/Vale Museum)\n"


def _readme_story(*blocks: str) -> wirestory.Story:
    text = _README_TITLE + "\n".join(blocks)
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


def test_a_readme_s_indented_paragraphs_say_nothing() -> None:
    story = _readme_story(_TIMETABLES, _FILES)
    assert story.body == (" ".join(_TIMETABLES.split()), " ".join(_FILES.split()))
    assert "page-hard-wrapped" not in _codes(story)


def test_an_indented_paragraph_glued_under_the_last_is_still_doubted() -> None:
    # Before and after: the two paragraphs are read as one, and said so.
    text = _README_TITLE + _TIMETABLES + _CORRECTIONS + "\n" + _FILES
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    [problem] = [d for d in story.diagnostics if d.code == "page-hard-wrapped"]
    assert text.splitlines()[problem.line - 1].startswith("   Errors found")


def test_a_caption_glued_under_an_indented_paragraph_is_still_doubted() -> None:
    text = _README_TITLE + _TIMETABLES + _CAPTION + "\n" + _FILES
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    [problem] = [d for d in story.diagnostics if d.code == "page-hard-wrapped"]
    assert text.splitlines()[problem.line - 1].startswith("The ferry Vale Star")


# --- A photo gallery's slide counter between a page's paragraphs ----------------------

_STORM = (
    "A winter storm closed roads along the coast on Tuesday and left thousands of homes "
    "without power, the county said.",
    "By evening crews had cleared 1 bridge, 2 tunnels and 3 of the 8 coast roads, with 4 "
    "more due to open by 5 p.m. on Wednesday; 6 ferries and 7 school buses were cancelled.",
    "Forecasters said the wind would ease overnight but warned of more snow on the hills "
    "at the weekend.",
)
_SLIDE = "Storm closes coast roads"


def _storm_story(run: str) -> wirestory.Story:
    text = news_page(
        *_STORM[:2],
        run,
        _STORM[2],
        headline=_SLIDE,
        header="By Jane Roe",
        site="Vale Post",
        year=2026,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


def test_a_gallery_s_slide_counter_left_out_says_nothing() -> None:
    gallery = "\n".join(("HIDE CAPTION", *[_SLIDE] * 8, "<<", "<", *map(str, range(1, 9)), ">"))
    story = _storm_story(gallery)
    assert story.body == _STORM
    assert "short-run-left-out" not in _codes(story)


def test_a_table_s_rows_with_their_figures_left_out_are_still_doubted() -> None:
    # Rows naming what the story writes, their figures between them.
    table = "\n".join(("Crews", "bridge", "1", "tunnels", "2", "coast roads", "3", "ferries", "6"))
    story = _storm_story(table)
    assert "short-run-left-out" in _codes(story)
