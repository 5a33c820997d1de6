"""Page forms of the fourth held-out round (issue #15), with the counter-cases
that read like them and must be read otherwise or carry a diagnostic."""

from __future__ import annotations

import pytest

import wirestory
from wirestory.agencies import find_agency
from wirestory.bylines import find_page_byline, is_organization_line, page_person_names
from wirestory.knowledge import AGENCIES

_PARAGRAPHS = (
    "The river board said on Tuesday it would spend two million on new sluice gates for "
    "the lower weir, the first such work in more than a decade, as winter floods grow.",
    "Officials said the gates would be fitted in the spring and that the towpath would "
    "stay open while they were installed, with the noisiest work done on weekdays only.",
    "Anglers welcomed the plan but said the board should also clear the reeds, since the "
    "channel above the weir had silted up badly over the past five summers.",
)


def _page(first: str, *, header: str = "By Ann Marsh\nMarch 3, 2020", middle: str = "") -> str:
    """A page: title line, menu, headline, header lines, three paragraphs (the
    first given, ``middle`` replacing the second), a listing and a footer."""
    second = middle or _PARAGRAPHS[1]
    return (
        "River board to fit new sluice gates - Vale Post\n\nVale Post\nHome\nNews\nWorld\n"
        "Business\nSport\nOpinion\n\nRiver board to fit new sluice gates\n"
        f"{header}\nShare\n\n{first}\n\n{second}\n\n{_PARAGRAPHS[2]}\n\n"
        "Related\nBus fares frozen again\nNew bridge opens\n\nAbout us\nContact\n"
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Por Ann Marsh | 19 de noviembre de 2019", ("Ann Marsh",)),
        ("Von Ann Marsh - 19.11.2019, 10:31 Uhr", ("Ann Marsh",)),
        ("Par Ann Marsh | 19 novembre 2019", ("Ann Marsh",)),
        ("Door Ann Marsh | 19 november 2019", ("Ann Marsh",)),
        ("Por Ann Marsh y Ivo Lind - 19 nov 2019", ("Ann Marsh", "Ivo Lind")),
    ],
)
def test_a_foreign_opener_before_a_date_is_no_first_name(line: str, names: tuple[str, ...]) -> None:
    """``Por``, ``Von``, ``Par``, ``Door`` open a page's byline with a date
    after a bar or a dash; read by the names-before-a-date form, the opener
    became a first name (``Por Ann Marsh``)."""
    found = find_page_byline(line)
    assert found is not None
    assert names == found.names


def test_a_newsroom_after_the_names_is_no_second_writer() -> None:
    """``Por Ann Marsh, da Redação``: a lower-case particle opens the
    newsroom's name, which is no person; ``Ana da Silva`` keeps its particle."""
    found = find_page_byline("Por Ann Marsh, da Redação")
    assert found is not None
    assert (found.names, found.organization) == (("Ann Marsh",), "da Redação")
    found = find_page_byline("By Ana da Silva and Ivo de Vries")
    assert found is not None
    assert found.names == ("Ana da Silva", "Ivo de Vries")


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        (
            "By ANN MARSH and IVO LIND Associated Press",
            ("ANN MARSH", "IVO LIND"),
            "Associated Press",
        ),
        ("By Ann Marsh Anadolu Agency", ("Ann Marsh",), "Anadolu Agency"),
        ("By ANN MARSH Reuters", ("ANN MARSH",), "Reuters"),
        ("By Ann Marsh 5 min read", ("Ann Marsh",), None),
    ],
)
def test_an_agency_or_a_reading_time_after_the_names_is_no_name(
    line: str, names: tuple[str, ...], organization: str | None
) -> None:
    """An agency's name run into the names with no comma, or a reading time
    glued to them, ends the names."""
    found = find_page_byline(line)
    assert found is not None
    assert (names, organization) == (found.names, found.organization)


def test_one_title_case_agency_word_after_title_case_names_stays_a_surname() -> None:
    """``By Mary Jane Petra``: one title-case word after title-case names is a
    surname as often as an agency (``Petra``), so the name stays whole."""
    found = find_page_byline("By Mary Jane Petra")
    assert found is not None
    assert found.names == ("Mary Jane Petra",)


def test_every_agency_is_found_by_its_full_name() -> None:
    """``Indo-Asian News Service``, ``Kuwait News Agency``: each default
    agency's full name is found, and alone on a line names only the agency."""
    for agency in AGENCIES:
        found = find_agency(agency.name)
        assert found is not None, agency.name
        assert agency.name in (found.name, *found.aliases), agency.name
        assert is_organization_line(agency.name), agency.name


def test_a_name_a_dash_and_a_name_is_one_writer_flagged() -> None:
    """``Marta Quinlan - Tobias Wren`` where the byline stands: the first is
    the writer, the second an outlet, a place or a second writer by shape, so
    the story says so; outside that place the shape names no one."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], header="Marta Quinlan - Tobias Wren"))
    assert story.byline is not None
    assert story.byline.names == ("Marta Quinlan",)
    assert "byline-place-after-name" in [d.code for d in story.diagnostics]
    assert page_person_names("Harbour Board - Live Updates") is None


@pytest.mark.parametrize(
    ("first", "middle", "dateline", "codes"),
    [
        # The place named after "in" elsewhere in the story: sure, no flag.
        (
            "Kelsham: " + _PARAGRAPHS[0],
            "Officials said the towpath in Kelsham would stay open while the gates were fitted.",
            "Kelsham:",
            [],
        ),
        # Named nowhere else: read by shape, flagged.
        ("Kelsham: " + _PARAGRAPHS[0], "", "Kelsham:", ["dateline-place-by-shape"]),
        # A holiday is never "in": still flagged.
        ("Thanksgiving: " + _PARAGRAPHS[0], "", "Thanksgiving:", ["dateline-place-by-shape"]),
        # Two words named after "in": read; not named: text.
        (
            "Port Ellis: " + _PARAGRAPHS[0],
            "Officials said the towpath in Port Ellis would stay open while the gates were fitted.",
            "Port Ellis:",
            [],
        ),
        ("Harbour Watch: " + _PARAGRAPHS[0], "", None, []),
        # A title-case place before an agency no table knows: named after "in"
        # or followed by a date, read and flagged; a firm and its ticker not.
        (
            "Kelsham (HNS) - " + _PARAGRAPHS[0],
            "Officials said the towpath in Kelsham would stay open while the gates were fitted.",
            "Kelsham (HNS) -",
            ["dateline-agency-by-shape"],
        ),
        (
            "Kelsham, Nov 19 (HNS) - " + _PARAGRAPHS[0],
            "",
            "Kelsham, Nov 19 (HNS) -",
            ["dateline-agency-by-shape"],
        ),
        ("Kelsham (HNS) - " + _PARAGRAPHS[0], "", None, []),
        ("Acme Foods (AFD) - " + _PARAGRAPHS[0], "", None, []),
    ],
)
def test_a_place_named_in_the_story_makes_a_dateline_sure(
    first: str, middle: str, dateline: str | None, codes: list[str]
) -> None:
    """The words before a colon or an agency in parentheses opening the story
    are a place when the headline or the story names them after ``in``; a
    label, a holiday, a speaker or a firm never stands there."""
    story = wirestory.parse_story(_page(first, middle=middle))
    assert dateline == (story.dateline.raw if story.dateline else None)
    found = [d.code for d in story.diagnostics if d.code.startswith("dateline")]
    assert codes == found


def test_a_credit_alone_under_a_paragraph_of_speech_credits_the_sentence_below() -> None:
    """``… the board said.`` / ``Photo: Ivo Lind`` / ``Sluice gates at the
    lower weir at dawn.``, each block set apart: the paragraph reports speech,
    so the credit is the sentence's below and the paragraph stays in the
    body (it was read as the caption and lost, with no diagnostic). The
    sentence below may itself be a paragraph under a photo printed with no
    caption: the story says so (``caption-credit-taken-below``)."""
    middle = (
        f"{_PARAGRAPHS[1]} The work will cost less than planned, the board said.\n\n"
        "Photo: Ivo Lind\n\nSluice gates at the lower weir at dawn."
    )
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], middle=middle))
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Sluice gates at the lower weir at dawn.", "Photo: Ivo Lind")
    ]
    assert any(p.startswith(_PARAGRAPHS[1]) for p in story.body)
    codes = [d.code for d in story.diagnostics]
    assert "caption-credit-between" not in codes
    assert codes.count("caption-credit-taken-below") == 1


def test_a_credit_alone_between_two_sentences_credits_the_block_above_flagged() -> None:
    """With no speech above, the credit stays the block above's (the form of
    most such credits on the labelled pages), and the story says the block
    below could have been the caption."""
    middle = (
        "Sluice gates at the lower weir at dawn, before the water rose.\n\n"
        "Photo: Ivo Lind\n\nThe towpath will stay open while the gates are fitted."
    )
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], middle=middle))
    assert [c.text for c in story.captions] == [
        "Sluice gates at the lower weir at dawn, before the water rose."
    ]
    assert "caption-credit-between" in [d.code for d in story.diagnostics]
    assert "caption-credit-taken-below" not in [d.code for d in story.diagnostics]


def test_a_country_in_parentheses_before_the_date_keeps_the_agency_dateline() -> None:
    """``Veracruz (México), 8 dic (EFE).- El …``: Spanish agency copy sets the
    country in parentheses after the place, then the date and the agency."""
    found = wirestory.find_dateline("Valdora (Norland), 8 dic (EFE).- El puerto abrió.", page=True)
    assert found is not None
    assert (found.raw, found.places, found.region, found.agencies) == (
        "Valdora (Norland), 8 dic (EFE).-",
        ("Valdora",),
        "Norland",
        ("EFE",),
    )
    # An agency no table knows is not vouched for by that shape.
    assert wirestory.find_dateline("Valdora (Norland), 8 dic (XYZ).- El puerto.", page=True) is None


def test_a_place_after_the_name_named_in_the_story_is_sure() -> None:
    """``By Ann Marsh, Port Ellis`` and ``… the towpath in Port Ellis`` in the story:
    a second writer is never "in", so the place needs no diagnostic; named
    nowhere else, the story says the place may be a second writer."""
    middle = "Officials said the towpath in Port Ellis would stay open while the gates were fitted."
    story = wirestory.parse_story(
        _page(_PARAGRAPHS[0], header="By Ann Marsh, Port Ellis", middle=middle)
    )
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == (("Ann Marsh",), "Port Ellis")
    assert "byline-place-after-name" not in [d.code for d in story.diagnostics]
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], header="By Ann Marsh, Ivo Lind"))
    assert "byline-place-after-name" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "box",
    [
        "Lee también: Suben las tarifas del ferry para el próximo año",
        "LEA TAMBIÉN\n\nSuben las tarifas del ferry para el próximo año",
        "Te puede interesar\n\nSuben las tarifas del ferry\n\nEl faro vuelve a abrir",
        "Lesen Sie auch: Fähre wird im nächsten Jahr teurer",
        "Mehr zum Thema\n\nFähre wird teurer\n\nLeuchtturm öffnet wieder",
        "À lire aussi\n\nLe ferry sera plus cher\n\nLe phare rouvre ses portes",
        "WATCH: Gates arrive at the lower weir",
    ],
)
def test_a_box_of_links_in_another_language_is_furniture(box: str) -> None:
    """``Lee también``, ``Lesen Sie auch``, ``À lire aussi``, ``WATCH:`` over
    or before a headline between two paragraphs: the box is furniture, the
    story reads on (its label and headlines were body paragraphs)."""
    middle = f"{box}\n\n{_PARAGRAPHS[1]}"
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], middle=middle))
    assert story.body == _PARAGRAPHS


def test_a_paragraph_opening_with_watch_stays_in_the_body() -> None:
    """``Watch`` is a box's label alone or before a colon only: a paragraph
    opening with the word is the story's."""
    line = "Watch the gates close at dawn, the board told visitors on the towpath on Monday."
    middle = f"{_PARAGRAPHS[1]}\n\n{line}"
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], middle=middle))
    assert line in story.body


def _untitled_page(title: str) -> str:
    """A page whose headline line is missing: title, menu, byline, story."""
    return (
        f"{title}\n\nVale Post\nHome\nNews\nWorld\nBusiness\nSport\nOpinion\nVideo\nTravel\n"
        "Weather\nCulture\n\nBy Ann Marsh\nMarch 3, 2020\nShare\n\n"
        + "\n\n".join(_PARAGRAPHS)
        + "\n\nRelated\nBus fares frozen again\nNew bridge opens\n\nAbout us\nContact\n"
        "Careers\nAdvertise\nPrivacy policy\nTerms of use\nCookie settings\nSitemap\nHelp\n"
    )


def test_a_title_taken_for_the_headline_leaves_out_the_site() -> None:
    """``Headline - Site`` with no line of the page showing the headline: the
    title's headline part is the headline (the site's name was part of it),
    and the story still says it came from the title."""
    story = wirestory.parse_story(_untitled_page("River board to fit new sluice gates - Vale Post"))
    assert story.headline == "River board to fit new sluice gates"
    assert "headline-from-title" in [d.code for d in story.diagnostics]


def test_a_title_whose_longer_part_the_story_never_says_stays_whole() -> None:
    """``Big news - Coastal Courier Weekly``: the longer part is the site's
    name, which shares no word with the story, so the whole title is kept."""
    story = wirestory.parse_story(_untitled_page("Big news - Coastal Courier Weekly"))
    assert story.headline == "Big news - Coastal Courier Weekly"
    assert "headline-from-title" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "furniture",
    [
        "Download the Vale Post app for iOS and Android",
        "Related Video\n\nGates arrive at the lower weir (2:31)",
    ],
)
def test_an_app_prompt_or_a_video_box_between_paragraphs_is_furniture(furniture: str) -> None:
    """An app prompt (``Download the … app``) or a ``Related Video`` box between
    two paragraphs is furniture; the story reads on."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], middle=f"{furniture}\n\n{_PARAGRAPHS[1]}"))
    assert story.body == _PARAGRAPHS


def test_a_sentence_opening_with_download_stays_in_the_body() -> None:
    """``Download the …`` opens a story's sentence too: a sentence of more
    than eight words ending like one stays."""
    line = "Download the full survey from the board's website, which lists every gate by cost."
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], middle=f"{_PARAGRAPHS[1]}\n\n{line}"))
    assert line in story.body


def test_a_paragraph_printed_twice_is_kept_and_flagged() -> None:
    """A page's paragraph printed again word for word (markup shown twice, or
    an interview's question put to each guest): both stay, and the story says
    so; a page with no repeat says nothing."""
    middle = f"{_PARAGRAPHS[1]}\n\n{_PARAGRAPHS[1]}"
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], middle=middle))
    assert list(story.body).count(_PARAGRAPHS[1]) == 2
    assert "paragraph-shown-again" in [d.code for d in story.diagnostics]
    story = wirestory.parse_story(_page(_PARAGRAPHS[0]))
    assert "paragraph-shown-again" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("By Ann Marsh, Senior Correspondent | Nov 19, 2019", "Senior Correspondent"),
        ("By Ann Marsh, Staff Writer · 4 min read", "Staff Writer"),
        ("By Ann Marsh, Vale Post | Opinion", "Vale Post | Opinion"),
    ],
)
def test_a_date_after_a_bar_is_no_part_of_the_organisation(line: str, organization: str) -> None:
    """``By Ann Marsh, Senior Correspondent | Nov 19, 2019``: the date (or a
    reading time) after a bar or bullet is the page's; words with no digit
    there stay the organisation's."""
    found = find_page_byline(line)
    assert found is not None
    assert (found.names, found.organization) == (("Ann Marsh",), organization)
