"""Page forms of the fifth held-out round (issue #15), with the counter-cases
that read like them and must be read otherwise or carry a diagnostic."""

from __future__ import annotations

import pytest

import wirestory
from wirestory.layouts.page import furniture_phrase

_PARAGRAPHS = (
    "The river board said on Tuesday it would spend two million on new sluice gates for "
    "the lower weir, the first such work in more than a decade, as winter floods grow.",
    "Officials said the gates would be fitted in the spring and that the towpath would "
    "stay open while they were installed, with the noisiest work done on weekdays only.",
    "Anglers welcomed the plan but said the board should also clear the reeds, since the "
    "channel above the weir had silted up badly over the past five summers.",
)


def _page(*, header: str = "By Ann Marsh\nMarch 3, 2020", box: str = "") -> str:
    """A page: title line, menu, headline, header lines, three paragraphs
    (``box`` between the first and the second), a listing and a footer."""
    return (
        "River board to fit new sluice gates - Vale Post\n\nVale Post\nHome\nNews\nWorld\n"
        "Business\nSport\nOpinion\n\nRiver board to fit new sluice gates\n"
        f"{header}\nShare\n\n{_PARAGRAPHS[0]}\n\n{box}{_PARAGRAPHS[1]}\n\n{_PARAGRAPHS[2]}\n\n"
        "Related\nBus fares frozen again\nNew bridge opens\n\nAbout us\nContact\n"
    )


@pytest.mark.parametrize("label", ["İlgili Haberler", "İLGİLİ HABERLER", "Benzer haberler"])
def test_turkish_related_box_is_furniture(label: str) -> None:
    """A Turkish "related news" box between two paragraphs is furniture, its
    label written with the capital dotted I (which ``str.casefold`` makes an
    ``i`` and a combining dot) or without; the story goes on under it."""
    box = f"{label}\nBelediye yeni köprü için ihale açtı\nSahilde yeni park yapılacak\n\n"
    story = wirestory.parse_story(_page(box=box))
    assert story.layout == "page"
    assert list(_PARAGRAPHS) == list(story.body)
    assert furniture_phrase(label)


@pytest.mark.parametrize(
    ("paragraph", "raw", "agency"),
    [
        ("ÅLESUND (NTB) - The ferry ran aground.", "ÅLESUND (NTB) -", "NTB"),
        ("ŁÓDŹ (PAP) - The plant closed.", "ŁÓDŹ (PAP) -", "Polish Press Agency"),
        ("ŞANLIURFA (İHA) - Rain fell.", "ŞANLIURFA (İHA) -", "İhlas News Agency"),
        ("PRAHA (ČTK) - The mayor resigned.", "PRAHA (ČTK) -", "Czech News Agency"),
        ("KYIV, Nov 3 (Interfax) - Talks began.", "KYIV, Nov 3 (Interfax) -", "Interfax"),
    ],
)
def test_national_agency_datelines(paragraph: str, raw: str, agency: str) -> None:
    """A national agency's dateline reposted as wire copy (a place in capitals
    with letters outside ASCII, the agency's short name in parentheses) is read
    without the page layout's reading by shape: the agencies are in the table."""
    found = wirestory.find_dateline(paragraph)
    assert found is not None
    assert (raw, (agency,)) == (found.raw, found.agencies)


def test_agency_before_via_is_the_source() -> None:
    """``DHA via AP``: the distributor is the credit's agency, the agency
    before ``via`` its source (an agency of the table, not dropped)."""
    from wirestory.captions import parse_credit

    parsed = parse_credit("DHA via AP, File")
    assert (parsed.agency, parsed.source) == ("Associated Press", "DHA")


_SHORT_WIRE = (
    "River board to fit new sluice gates\nBy Ann Marsh\n\n"
    f"{_PARAGRAPHS[0]}\n\n{_PARAGRAPHS[1]}\n\n{_PARAGRAPHS[2]}\n"
)


def test_short_scrape_with_furniture_is_a_page() -> None:
    """A short scrape with no title line is a page by three furniture lines
    or more (share buttons, a box's label): they and its date line stay out of
    the body, and the story says the layout was chosen so."""
    text = _SHORT_WIRE.replace("By Ann Marsh\n", "By Ann Marsh\nMarch 3, 2020\nShare\nFacebook\n")
    story = wirestory.parse_story(text + "\nRelated Stories\nBus fares frozen again\n")
    assert story.layout == "page"
    assert list(_PARAGRAPHS) == list(story.body)
    assert "short-page-by-furniture" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "text",
    [
        # Wire copy: a headline, a byline, paragraphs; two furniture lines are not enough.
        _SHORT_WIRE,
        _SHORT_WIRE + "\nShare\nFacebook\n",
        # A scrape opening with its first paragraph has no headline to read.
        f"{_PARAGRAPHS[0]}\n\n{_PARAGRAPHS[1]}\n\nShare\nFacebook\nTwitter\n",
    ],
)
def test_short_text_without_furniture_stays_wire(text: str) -> None:
    """Short wire copy, and a short scrape whose first line is a paragraph,
    are not read as pages by furniture: no paragraph is lost to a headline."""
    story = wirestory.parse_story(text)
    assert story.layout != "page"
    assert "short-page-by-furniture" not in [d.code for d in story.diagnostics]
    assert _PARAGRAPHS[1] in story.body


def _page_with_closing(closing: str, header: str = "March 3, 2020") -> wirestory.Story:
    """The page of :func:`_page`, ``closing`` on its own line under the story's
    share buttons (a bio box inside the story's stretch stays in the body)."""
    text = _page(header=header).replace(
        f"{_PARAGRAPHS[2]}\n\n", f"{_PARAGRAPHS[2]}\n\nShare\nFacebook\n\n{closing}\n\n"
    )
    return wirestory.parse_story(text)


@pytest.mark.parametrize(
    "closing",
    [
        "Tom Hale is a freelance reporter covering rivers and canals.",
        "Tom Hale (@tomhale) is an Ideas contributor at the Vale Post.",
        "Write to Tom Hale at tom.hale@example.com",
    ],
)
def test_author_bio_under_the_story_gives_the_byline(closing: str) -> None:
    """A writer's bio under the story (a name, ``is a`` and a writer's title;
    ``Write to NAME at``) gives the byline when the header holds none, and the
    story says where it came from; the body keeps its three paragraphs."""
    story = _page_with_closing(closing)
    assert story.byline is not None
    assert story.byline.names == ("Tom Hale",)
    assert "byline-from-author-bio" in [d.code for d in story.diagnostics]
    assert list(_PARAGRAPHS) == list(story.body)


@pytest.mark.parametrize(
    ("closing", "header", "names"),
    [
        # No writer's title after "is a": a person the story is about, not its writer.
        ("Tom Hale is a lock keeper on the lower weir.", "March 3, 2020", ()),
        # A byline in the header wins: the bio is not read.
        ("Tom Hale is a freelance reporter.", "By Ann Marsh\nMarch 3, 2020", ("Ann Marsh",)),
    ],
)
def test_no_byline_from_other_closings(closing: str, header: str, names: tuple[str, ...]) -> None:
    """A closing line about someone who is no writer, or under a header that
    has its byline, gives no byline from a bio."""
    story = _page_with_closing(closing, header)
    assert (story.byline.names if story.byline else ()) == names
    assert "byline-from-author-bio" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    ("paragraph", "raw"),
    [
        ("SÃO PAULO, 3 dez (Reuters) - A bolsa subiu.", "SÃO PAULO, 3 dez (Reuters) -"),
        ("MILANO, 3 dicembre (Reuters) - La borsa sale.", "MILANO, 3 dicembre (Reuters) -"),
    ],
)
def test_known_agency_in_title_case_after_a_day_first_date(paragraph: str, raw: str) -> None:
    """An agency's services in other languages date their copy day first, the
    agency in title case: a page's first paragraph opens with such a dateline."""
    found = wirestory.find_dateline(paragraph, page=True)
    assert found is not None
    assert (found.raw, found.agencies) == (raw, ("Reuters",))


def test_turkish_photo_label() -> None:
    """``Fotoğraf:`` opens a credit as ``Photo:`` does."""
    from wirestory.captions import is_page_caption

    assert is_page_caption("Tekneler sabah limanda bekliyor. Fotoğraf: Ayşe Demir")


@pytest.mark.parametrize(
    "header",
    [
        "By Tom HaleMarch 3, 2020",
        "By Tom HaleMar. 3, 2020 10:02 am",
        "By Tom HaleUpdated March 3, 2020",
    ],
)
def test_byline_glued_to_its_date(header: str) -> None:
    """A scraper that joins the byline's and the date's elements with no space
    (``By Jane RoeNovember 18, 2026``): the names end before the month or the
    date label glued to them."""
    story = wirestory.parse_story(_page(header=header))
    assert story.byline is not None
    assert story.byline.names == ("Tom Hale",)


def test_month_inside_a_name_is_no_glued_date() -> None:
    """A month's name inside a name, no day after it, stays the name's."""
    from wirestory.bylines import find_page_byline

    found = find_page_byline("By Mayra Junemann")
    assert found is not None
    assert found.names == ("Mayra Junemann",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Tom Hale tom.hale@example.com", ("Tom Hale",)),
        ("Reported by Tom Hale; Edited by Ann Marsh", ("Tom Hale",)),
        ("By Tom Hale; Photos by Ann Marsh", ("Tom Hale",)),
    ],
)
def test_byline_tails_address_and_editor(line: str, names: tuple[str, ...]) -> None:
    """The writer's address after the names, and an editor or photographer
    after a semicolon (``; Edited by …``), end the byline's names."""
    from wirestory.bylines import find_page_byline

    found = find_page_byline(line)
    assert found is not None
    assert found.names == names
