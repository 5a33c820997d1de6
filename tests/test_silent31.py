"""The thirty-first silent-wrong round: readings the last rounds left wrong
with no diagnostic. A soldier's rank before a writer's name (``By Staff Sgt.
Jane Roe``) dropped the byline from a page's header; a headline over its
byline in a headless story was the body's; another story's one-sentence blurb
above a page's story was its first paragraph; ``Photographs by Ana Diaz`` out
of the body landed in no field; a market report's sentence signed ``(Reuters)``
was a caption; ``By Land and Sea Power`` and ``From Green Park in London``
named writers; ``Von dpa und AFP`` was no byline; ``남인도 특파원`` was a
writer; CNA's cable filed abroad and EFE's ``MADRID, 4 mar (EFE).-`` in wire
copy gave no dateline; a slug alone was the headline and a kill notice in
mixed case or on the second line went unsaid. All silently.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import (
    LIBRARY_STORY,
    library_story,
    story_under_header,
    three_readings,
)
from story_checks import codes as _codes
from test_silent27 import _korean_page

import wirestory
from wirestory.bylines import find_byline, find_page_byline

# --- A soldier's rank before the writer's name -------------------------------------

_RANKED = (
    "Staff Sgt. Jane Roe",
    "Sgt. 1st Class Jane Roe",
    "Petty Officer 2nd Class Tom Hale",
)


@pytest.mark.parametrize("name", _RANKED)
def test_ranked_writer_in_a_page_header_is_the_byline(name: str) -> None:
    """The header's byline was taken out of the page as furniture with no
    byline and no word said: "Staff" read as a newsroom's title word, an
    ordinal as no name's word."""
    story = library_story(*LIBRARY_STORY, header=f"By {name}\nMarch 4, 2025")
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize("name", _RANKED)
def test_ranked_writer_is_a_byline_on_its_own(name: str) -> None:
    for found in (find_byline(f"By {name}"), find_page_byline(f"By {name}")):
        assert found is not None
        assert found.names == (name,)


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        # The titles around "Staff" keep their readings.
        ("By Staff Writer", (), "Staff Writer"),
        ("By Jane Roe Staff Writer", ("Jane Roe",), "Staff Writer"),
        ("By Staff Reporter Jane Roe", ("Jane Roe",), "Staff Reporter"),
        ("By Lt. Col. Jane Roe", ("Lt. Col. Jane Roe",), None),
        ("By Dr. Jane Roe", ("Dr. Jane Roe",), None),
    ],
)
def test_titles_near_a_rank_keep_their_reading(
    line: str, names: tuple[str, ...], organization: str | None
) -> None:
    found = find_page_byline(line)
    assert found is not None
    assert (found.names, found.organization) == (names, organization)


@pytest.mark.parametrize("line", ["By Staff Sgt.", "By 1st Class Jane Roe", "By Sgt. 1st Jane Roe"])
def test_rank_without_a_name_is_no_byline(line: str) -> None:
    """A rank alone, or an ordinal not before "Class", names nobody."""
    assert find_page_byline(line) is None
    assert find_byline(line) is None


# --- A headline over its byline read as the body --------------------------------------

_FARES_HEADLINE = "Fares rise again"
_FARES_BYLINE = "By Mark Ellison"
_PHOTO = "Commuters wait at the bus station in Port Ellis on Monday. (AP Photo/Jane Roe)"


def _parse(text: str, layout: str = "auto") -> wirestory.Story:
    stories = wirestory.parse(text, options=wirestory.ParseOptions(layout=layout))  # type: ignore[arg-type]
    assert len(stories) == 1
    story = stories[0]
    assert "".join(text[seg.start : seg.end] for seg in story.segments) == text
    return story


@pytest.mark.parametrize("between", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("above", "layout"),
    [(f"{_PHOTO}\n\n", "auto"), ("", "headless"), (f"{_PHOTO}\n\n", "headless")],
)
def test_headline_over_byline_in_a_headless_story(between: str, above: str, layout: str) -> None:
    """A short line of a headline's shape right over ``By Mark Ellison``, the
    paragraphs under them: the two lines were the body's first paragraph
    (under a photo's caption, read ``headless``), no byline, silently."""
    header = f"{above}{_FARES_HEADLINE}{between}{_FARES_BYLINE}\n\n"
    text = header + "\n\n".join(LIBRARY_STORY) + "\n"
    story = _parse(text, layout)
    assert story.headline == _FARES_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Mark Ellison",)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "first",
    [
        # A lead sentence over the byline is no headline.
        "The council raised bus fares again on Tuesday.",
        "Fares rose again. The council said so",
    ],
)
def test_sentence_over_byline_stays_in_the_body(first: str) -> None:
    text = f"{_PHOTO}\n\n{first}\n{_FARES_BYLINE}\n\n" + "\n\n".join(LIBRARY_STORY) + "\n"
    story = _parse(text, "headless")
    assert story.headline == ""
    assert story.body[0].startswith(first)


def test_headline_shaped_line_over_prose_stays_in_the_body() -> None:
    """``By the way …`` is prose, no byline: the line over it is the body's."""
    text = (
        f"{_PHOTO}\n\n{_FARES_HEADLINE}\nBy the way, the council met on Tuesday.\n\n"
        + "\n\n".join(LIBRARY_STORY)
        + "\n"
    )
    story = _parse(text, "headless")
    assert story.headline == ""
    assert story.byline is None
    assert story.body[0].startswith(_FARES_HEADLINE)


# --- Another story's blurb above a page's story ---------------------------------------

_BLURBS = (
    # One of the story's words ("council") alone.
    "Ferry fares on the island routes will rise by a fifth from June, the council said on Monday.",
    # None of them.
    "The harbour board said on Monday that ferry fares on the island routes would rise in June.",
)


@pytest.mark.parametrize("header", ["By Jane Roe\nMarch 4, 2025", "March 4, 2025"])
@pytest.mark.parametrize("blurb", _BLURBS)
def test_blurb_over_the_story_is_doubted(blurb: str, header: str) -> None:
    """A one-sentence blurb with no dateline, as long as a lede, over the
    story: read as its first paragraph (the form cannot tell), and now the
    story says so."""
    story = library_story(blurb, *LIBRARY_STORY, header=header)
    assert story.body == (blurb, *LIBRARY_STORY)
    assert "opening-may-be-teaser" in _codes(story)


@pytest.mark.parametrize(
    "blocks",
    [
        LIBRARY_STORY,
        # A lede naming the headline's and the story's words.
        (
            "Council members voted on Tuesday to shut the old library on Mill Street, ending a "
            "debate that had run for months.",
            *LIBRARY_STORY[1:],
        ),
        # A lede of two sentences is no blurb.
        (
            "Ferry fares will rise in June. The harbour board said so on Monday after a review.",
            *LIBRARY_STORY,
        ),
        # Too few paragraphs under it to hold it against.
        (_BLURBS[1], *LIBRARY_STORY[:2]),
    ],
)
def test_lede_of_the_story_is_not_doubted(blocks: tuple[str, ...]) -> None:
    story = library_story(*blocks)
    assert story.body == blocks
    assert "opening-may-be-teaser" not in _codes(story)


# --- A credit for the story's pictures out of the body --------------------------------

_PICTURE_CREDITS = (
    ("Photographs by Ana Diaz", "photography"),
    ("Photos by Ana Diaz", "photography"),
    ("Photography by Ana Diaz", "photography"),
    ("Video by Ana Diaz", "video"),
)


@pytest.mark.parametrize(("credit", "role"), _PICTURE_CREDITS)
@pytest.mark.parametrize("where", ["header", "above", "under"])
def test_picture_credit_out_of_the_body_is_a_contributor(
    credit: str, role: str, where: str
) -> None:
    """The credit line was taken out of the page's body (a photo's credit with
    no caption, or the header's furniture) and landed in no field."""
    if where == "header":
        story = library_story(*LIBRARY_STORY, header=f"By Jane Roe\n{credit}\nMarch 4, 2025")
    elif where == "above":
        story = library_story(credit, *LIBRARY_STORY)
    else:
        story = library_story(*LIBRARY_STORY, credit)
    assert story.body == LIBRARY_STORY
    assert [(c.name, c.role) for c in story.contributors] == [("Ana Diaz", role)]


@pytest.mark.parametrize(
    "credit",
    [
        # A credit naming an agency or no person is no contributor.
        "Photo by Ana Diaz/Reuters",
        "Photos by the harbour board",
    ],
)
def test_picture_credit_naming_no_person_gives_no_contributor(credit: str) -> None:
    story = library_story(*LIBRARY_STORY, header=f"By Jane Roe\n{credit}\nMarch 4, 2025")
    assert story.contributors == ()
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)


def test_caption_s_own_credit_stays_the_caption_s() -> None:
    """A credit under a caption is the caption's, no contributor."""
    caption = "Pupils leave the old library on Mill Street on Monday."
    story = library_story(*LIBRARY_STORY[:2], caption, "Photo by Ana Diaz", *LIBRARY_STORY[2:])
    assert [(c.text, c.credit) for c in story.captions] == [(caption, "Photo by Ana Diaz")]
    assert story.contributors == ()


# --- A market report's sentence signed by the agency between paragraphs ----------------

_SIGNED_REPORTS = (
    "Shares in the builder rose 3 percent on Tuesday after it won the contract to repair "
    "the library roof. (Reuters)",
    "Shares in the builder rose 3.5% on Tuesday. (AFP)",
    "The repairs will cost the town $40 each year. (Reuters)",
)


@pytest.mark.parametrize("layout", ["page", "wire"])
@pytest.mark.parametrize("report", _SIGNED_REPORTS)
def test_signed_report_between_paragraphs_is_doubted(report: str, layout: str) -> None:
    """A sentence reporting a figure, the agency in brackets after it: read as
    a photo's caption with no word said; a paragraph the agency signs reads
    the same."""
    blocks = (*LIBRARY_STORY[:2], report, *LIBRARY_STORY[2:])
    if layout == "page":
        story = library_story(*blocks)
    else:
        text = "Council votes to close old library\n\n" + "\n\n".join(blocks) + "\n"
        story = _parse(text, "wire")
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        # A photo's description in the present, the agency in brackets.
        "Pupils leave the old library on Mill Street on Monday. (Reuters)",
        # A figure under a photographer's credit is the photo desk's caption.
        "A trader works on the floor as shares fell 3 percent on Tuesday. (AP Photo/Jane Roe)",
    ],
)
def test_photo_caption_with_an_agency_credit_is_not_doubted(caption: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], caption, *LIBRARY_STORY[2:])
    assert [c.text for c in story.captions] == [caption.rpartition(" (")[0]]
    assert story.body == LIBRARY_STORY
    assert "caption-may-be-paragraph" not in _codes(story)


# --- Agencies alone signing in German ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("Von dpa und AFP", "dpa und AFP"),
        ("Von AFP und dpa", "AFP und dpa"),
        ("Von dpa, AFP und Reuters", "dpa, AFP und Reuters"),
    ],
)
def test_agencies_alone_after_von_are_the_byline(line: str, organization: str) -> None:
    """``dpa`` signs in small letters: the line was no byline and headed the
    body, silently (``By Reuters and AP`` was read)."""
    found = find_byline(line)
    assert found is not None
    assert (found.names, found.organization) == ((), organization)
    story = story_under_header(line)
    assert story.byline is not None
    assert story.byline.organization == organization
    assert story.body[0] == LIBRARY_STORY[0]


@pytest.mark.parametrize("line", ["By staff and AP", "By reuters and ap", "Von dpa und Freunden"])
def test_small_letters_that_are_no_agency_stay_no_signature(line: str) -> None:
    """Only an agency written as it signs (``dpa``) may be in small letters."""
    assert find_byline(line) is None


# --- A phrase's or a place's words read as writers ---------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("From Green Park in London", ("Green Park",)),
        ("By Land and Sea Power", ("Land Power", "Sea Power")),
        # A couple sharing a family name is told from the phrase by common
        # given names alone (alarm35: "By Jane and Tom Roe" says nothing).
        ("By Jane and Sea Power", ("Jane Power", "Sea Power")),
    ],
)
def test_names_that_may_be_a_phrase_are_doubted(line: str, names: tuple[str, ...]) -> None:
    """Read as writers with no word said; the reading stays, the story says it
    may be a place's or a phrase's words."""
    for story in three_readings(line):
        assert story.byline is not None
        assert story.byline.names == names
        assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize(
    "line", ["From Mark Ellison in Madrid", "By Jane Roe and Tom Hale", "By Jane Roe"]
)
def test_writers_names_are_not_doubted(line: str) -> None:
    for story in three_readings(line):
        assert story.byline is not None
        assert "byline-name-may-be-phrase" not in _codes(story)


# --- EFE's day-first dateline in wire copy ------------------------------------------------

_BIBLIOTECA = (
    "El ayuntamiento aprobó el martes el cierre de la vieja biblioteca de la calle Mayor "
    "tras un largo debate sobre el tejado y el coste de las obras.",
    "El alcalde dijo que los libros se trasladarán a la nueva sede junto a la estación.",
)


@pytest.mark.parametrize("layout", ["auto", "wire"])
@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("MADRID, 4 mar (EFE).- ", "EFE"),
        ("Madrid, 4 mar (EFE).- ", "EFE"),
        ("SÃO PAULO, 4 mar (Reuters) - ", "Reuters"),
    ],
)
def test_day_first_dateline_with_an_agency_in_wire_copy(
    opening: str, agency: str, layout: str
) -> None:
    """Read on a page only: in wire copy the dateline stayed at the head of
    the first paragraph, no dateline, silently."""
    text = f"Cierre de la biblioteca\n\n{opening}{_BIBLIOTECA[0]}\n\n{_BIBLIOTECA[1]}\n"
    story = _parse(text, layout)
    assert story.dateline is not None
    assert story.dateline.agencies == (agency,)
    assert story.body == _BIBLIOTECA


@pytest.mark.parametrize(
    "opening",
    [
        # The shape alone (capitals no table knows) is the page layout's to read.
        "HANOI, 4 mar (VNSX).- ",
        # No date: a firm's name and its ticker read the same.
        "Acme Foods (AFD) - ",
    ],
)
def test_no_dateline_by_shape_in_wire_copy(opening: str) -> None:
    text = f"Cierre de la biblioteca\n\n{opening}{_BIBLIOTECA[0]}\n\n{_BIBLIOTECA[1]}\n"
    story = _parse(text, "wire")
    assert story.dateline is None
    assert story.body[0].startswith(opening.strip())


# --- A slug or a take line alone -------------------------------------------------------------


@pytest.mark.parametrize("layout", ["auto", "wire"])
@pytest.mark.parametrize(
    "slug", ["BC-Weather-Forecast,0456", "AM-Cyprus-Talks", "Ferry strike, Add 2"]
)
def test_slug_alone_is_flagged(slug: str, layout: str) -> None:
    """The text's only line, a slug or a take line: the headline, with
    ``no-body`` alone said; the story's headline is not in the text."""
    story = _parse(f"{slug}\n", layout)
    assert story.headline == slug
    assert "headline-is-slug" in _codes(story)


@pytest.mark.parametrize(
    "headline",
    ["Covid-19", "Post-war housing plan", "Man, 45, charged", "UK-US trade talks resume"],
)
def test_headline_alone_is_no_slug(headline: str) -> None:
    story = _parse(f"{headline}\n", "wire")
    assert story.headline == headline
    assert "headline-is-slug" not in _codes(story)


def test_slug_over_a_story_is_not_flagged() -> None:
    text = (
        "BC-Weather-Forecast,0456\nRain spreads east\n\nLONDON (Reuters) - Rain will spread east.\n"
    )
    story = _parse(text, "wire")
    assert story.headline == "Rain spreads east"
    assert "headline-is-slug" not in _codes(story)


# --- A kill notice in mixed case or on the second line -------------------------------------

_TRAM_HEAD = "Tram drivers walk out over rota changes"
_TRAM_LEAD = "LEEDS (Reuters) - Tram drivers stopped work at noon on Friday."


@pytest.mark.parametrize("layout", ["auto", "wire", "page"])
@pytest.mark.parametrize(
    "top",
    [
        f"Editors: kill the story on the tram strike. It was sent in error.\n\n{_TRAM_HEAD}",
        f"Eds: Please withdraw the tram story.\n\n{_TRAM_HEAD}",
        f"Kill - Kill - Kill\n\n{_TRAM_HEAD}",
        f"{_TRAM_HEAD}\nKILL - KILL - KILL",
    ],
)
def test_kill_notice_anywhere_at_the_top_is_flagged(top: str, layout: str) -> None:
    """Read as the body's first paragraph, a subheading or a dateline: the
    killed story was used as if live, silently."""
    stories = wirestory.parse(
        f"{top}\n\n{_TRAM_LEAD}\n",
        options=wirestory.ParseOptions(layout=layout),  # type: ignore[arg-type]
    )
    assert "story-withdrawn" in _codes(stories[0])


@pytest.mark.parametrize(
    "top",
    [
        "Kill the bill, say protesters",
        "Editors pick their top stories of the year",
        "Eds: Updates with closing prices.",
    ],
)
def test_headline_with_a_kill_word_is_no_notice(top: str) -> None:
    story = _parse(f"{top}\n\n{_TRAM_LEAD}\n", "wire")
    assert "story-withdrawn" not in _codes(story)


# --- A Korean post of a compass word before a country ---------------------------------------


@pytest.mark.parametrize("line", ["남인도 특파원", "서인도 특파원", "북미국 특파원"])
def test_compass_word_before_a_post_is_doubted(line: str) -> None:
    """``남인도`` (South India) is no region of the compass table, and ``남``
    is a family name: read as the writer Nam In-do, silently. The reading
    stays (a writer so named reads the same); the story says so."""
    story = _korean_page(line)
    assert story.byline is not None
    assert story.byline.names == (line.split()[0],)
    assert "byline-korean-name-may-be-post" in _codes(story)


@pytest.mark.parametrize("line", ["남수진 특파원", "홍길동 특파원"])
def test_korean_writer_is_not_doubted(line: str) -> None:
    story = _korean_page(line)
    assert story.byline is not None
    assert "byline-korean-name-may-be-post" not in _codes(story)


# --- CNA's reporter-first cable filed from abroad -------------------------------------------


@pytest.mark.parametrize(
    ("cable", "place", "names"),
    [
        ("（中央社記者王小明華盛頓4日電）", "華盛頓", ("王小明",)),
        ("（中央社記者王小明、李大同東京4日電）", "東京", ("王小明", "李大同")),
        ("（中央社記者王小明胡志明市4日電）", "胡志明市", ("王小明",)),
        # Held: a Taiwanese city, as before.
        ("（中央社記者王小明台北4日電）", "台北", ("王小明",)),
    ],
)
def test_cna_cable_from_a_post_abroad(cable: str, place: str, names: tuple[str, ...]) -> None:
    """Read only when the place was one of Taiwan's: a cable from the agency's
    posts abroad stayed at the head of the body, no dateline nor byline."""
    lead = "國會今天通過法案。"
    story = _parse(f"國會通過法案\n\n{cable}{lead}\n\n議員表示，法案將於下月生效。\n", "auto")
    assert story.dateline is not None
    assert story.dateline.places == (place,)
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body[0] == lead
