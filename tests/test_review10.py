"""Review of the held-out and silent-wrong rounds (heldout7, silent8): near-misses of
their new rules, each read right or diagnosed."""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import writer_for_outlet
from wirestory.options import ParseOptions
from wirestory.state import LineState

PAGE = ParseOptions(layout="page")

_MENU = "Home\nNews\nWorld\nBusiness\nSport\n"
_FOOTER = "\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\n© 2026 The Lakeside Courier\n"
_HEADLINE = "Council agrees to rebuild the old pier"
_PARAGRAPHS = (
    "The town council agreed on Tuesday to rebuild the old pier, which storms closed two "
    "winters ago, and to open it again to anglers and the summer boats next year.",
    "Builders will start in March, the council said, and the work is to cost less than "
    "the repairs the harbour board had asked for over the last three years.",
    "Fishermen who moor at the pier said they were glad of the news but feared the work "
    "would run into the busy months when the visitors come to the lake.",
)
_WIRE_LEAD = (
    "BERGEN (Reuters) - The town council agreed on Tuesday to rebuild the old pier, "
    "the mayor said.\n\n"
    "Builders will start in March and the work is to cost less than planned.\n"
)


def _page(header: str, lead: str = "") -> str:
    """A page: its title line, a menu, the headline, ``header`` under it, the
    story (its first paragraph opening with ``lead``), a footer."""
    first, *rest = _PARAGRAPHS
    blocks = "\n\n".join([lead + first if lead else first, *rest])
    title = f"{_HEADLINE} | The Lakeside Courier"
    return f"{title}\n\n{_MENU}\n{_HEADLINE}\n{header}\n{blocks}\n{_FOOTER}"


# --- NAME for OUTLET without "By": a title-case deck reads the same ---------------


@pytest.mark.parametrize(
    "deck",
    [
        "Tough Weeks for Local News",
        "Record Profits for Harbour Post",
        "Bad Week for The Times",
        "Grim Outlook for Local Radio",
    ],
)
def test_a_deck_of_the_writer_for_outlet_shape_is_diagnosed(deck: str) -> None:
    """``X for OUTLET`` under a headline, no ``By``: read as a writer and the
    outlet they file for, a title-case deck or headline of the same shape was
    silently the byline (``Tough Times`` the writer) and lost."""
    wire = wirestory.parse(f"Ferry strike ends after two days\n{deck}\n\n{_WIRE_LEAD}")[0]
    page = wirestory.parse(_page(f"{deck}\nDecember 3, 2026\n"), options=PAGE)[0]
    for story in (wire, page):
        assert story.byline is not None
        assert story.byline.raw == deck
        assert "byline-may-be-deck" in _codes(story)
    # "By Jane Roe for The Lakeside Courier": the opener vouches for the names.
    line = "By Jane Roe for The Lakeside Courier"
    wire = wirestory.parse(f"Ferry strike ends after two days\n{line}\n\n{_WIRE_LEAD}")[0]
    page = wirestory.parse(_page(f"{line}\nDecember 3, 2026\n"), options=PAGE)[0]
    for story in (wire, page):
        assert story.byline is not None
        assert (story.byline.names, story.byline.organization) == (
            ("Jane Roe",),
            "The Lakeside Courier",
        )
        assert "byline-may-be-deck" not in _codes(story)


@pytest.mark.parametrize("line", ["By Jane Roe for Reuters", "Por Ana Pérez for Reuters"])
def test_writer_for_outlet_reads_no_opener_as_a_first_name(line: str) -> None:
    """:func:`writer_for_outlet` is the form without ``By``: with it, the
    opener was read as the writer's first name (``By Jane Roe``)."""
    assert writer_for_outlet(line) is None


# --- A byline opener that is a given name too --------------------------------------


@pytest.mark.parametrize("name", ["Oleh Sukhov", "Oleh Kovalenko"])
def test_a_name_line_whose_first_name_is_an_opener_is_the_byline(name: str) -> None:
    """``Oleh`` opens Indonesian bylines (``Oleh Budi Santoso``) and is a
    Ukrainian given name: a name line of it and one more word under the
    headline was no byline at all (read as ``Oleh`` before a single name)."""
    story = wirestory.parse(_page(f"{name}\nDecember 3, 2026\n"), options=PAGE)[0]
    assert story.byline is not None
    assert story.byline.names == (name,)
    # "Por Vale Conteúdo" (a Brazilian paper's syndicated copy): no writer "Por Vale".
    story = wirestory.parse(_page("Por Vale Conteúdo\nDecember 3, 2026\n"), options=PAGE)[0]
    assert story.byline is None or "Por Vale" not in story.byline.names


# --- A site's address beside a title-case "place" --------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Jane Roe, Example.com – ",
        "Harbour Foods, Shopnow.com – ",
        "Booking.com, Expedia – ",
    ],
)
def test_a_title_case_place_beside_a_site_address_is_diagnosed(lead: str) -> None:
    """A person's or a firm's name before a web address and a dash has the
    shape of an Indonesian site's dateline (``Liputan6.com, Jakarta –``): read
    as the dateline's place, it says so."""
    story = wirestory.parse(_page("By Tom Hale\nDecember 3, 2026\n", lead), options=PAGE)[0]
    assert story.dateline is not None
    assert "dateline-place-by-shape" in _codes(story)
    # "KOTA BARU, KABARKITA.com –": capitals are a dateline's place, no doubt.
    lead = "KOTA BARU, KABARKITA.com – "
    story = wirestory.parse(_page("By Tom Hale\nDecember 3, 2026\n", lead), options=PAGE)[0]
    assert story.dateline is not None
    assert story.dateline.places == ("KOTA BARU",)
    assert "dateline-place-by-shape" not in _codes(story)


# --- A sign's words after "says" are no report of speech -------------------------

_BANNER = "A banner that says 'Save the pier' hangs at the quay. \u2014 Reuters"


def test_a_caption_quoting_a_banner_between_paragraphs_is_a_flagged_caption() -> None:
    """``A banner that says 'Save the pier' …. — Reuters``: the word of speech
    gives a banner's words, no one's report; the block was silently the
    body's (``page-signed-paragraph``), a caption's description signed off
    as the wire signs its paragraphs. Read as the caption, flagged."""
    first = _PARAGRAPHS[0]
    text = _page("By Tom Hale\nDecember 3, 2026\n").replace(first, f"{first}\n\n{_BANNER}", 1)
    (story,) = wirestory.parse(text, options=PAGE)
    assert [c.credit for c in story.captions] == ["Reuters"]
    assert "caption-may-be-paragraph" in _codes(story)
    # A report of speech stays the body's, unflagged.
    report = "The pier will open again next summer, the mayor said. \u2014 Reuters"
    text = _page("By Tom Hale\nDecember 3, 2026\n").replace(first, f"{first}\n\n{report}", 1)
    (story,) = wirestory.parse(text, options=PAGE)
    assert story.captions == ()
    assert report in story.body


def test_a_last_paragraph_quoting_a_banner_is_flagged() -> None:
    """The story's last block of that shape stays its close, with the doubt
    a description signed off carries (``sign-off-may-be-credit``)."""
    last = _PARAGRAPHS[-1]
    text = _page("By Tom Hale\nDecember 3, 2026\n").replace(last, f"{last}\n\n{_BANNER}", 1)
    (story,) = wirestory.parse(text, options=PAGE)
    assert story.body[-1] == "A banner that says 'Save the pier' hangs at the quay."
    assert "sign-off-may-be-credit" in _codes(story)


# --- "From NAME, PLACE": the writers all before the comma -------------------------


@pytest.mark.parametrize("line", ["From New York, With Love", "From Port Harcourt, Rivers State"])
def test_from_before_places_or_a_phrase_names_no_writers(line: str) -> None:
    """``From Jane Roe, Kano`` (a Nigerian correspondent and where they filed)
    was read as ``By Jane Roe, Kano``, so a deck or a place line of the same
    shape named its words writers (``New York`` and ``With Love``)."""
    story = wirestory.parse(_page(f"{line}\nDecember 3, 2026\n"), options=PAGE)[0]
    assert story.byline is None
    # The writers' form still reads, one writer or two joined by "and".
    for byline, names in (
        ("From Jane Roe, Kano", ("Jane Roe",)),
        ("From Jane Roe and Tom Hale, Abuja", ("Jane Roe", "Tom Hale")),
    ):
        story = wirestory.parse(_page(f"{byline}\nDecember 3, 2026\n"), options=PAGE)[0]
        assert story.byline is not None
        assert story.byline.names == names


# --- A short word and a number: a headline's line, not a date's ---------------------


@pytest.mark.parametrize("headline", ["Art 2026", "Eat 2026", "Cat 5"])
def test_a_short_word_and_a_number_over_a_wire_story_is_its_headline(headline: str) -> None:
    """Time zones and clock words of other languages (``ART``, ``EAT``,
    ``CAT``, ``h``) joined ``Knowledge.date_line_words``: a headline of one
    such word and a number (a festival's, a storm's) was read as the date line
    a scrape keeps over the headline, furniture, and the line under it the
    headline, silently."""
    text = (
        f"{headline}\nPainters fill the old harbour sheds for a month\n\n"
        "BERGEN (Reuters) - Painters from twelve countries opened a month-long show in "
        "the old harbour sheds on Friday, the organisers said.\n\n"
        "The sheds have stood empty since the ferry terminal moved in 2019.\n"
    )
    (story,) = wirestory.parse(text)
    assert story.headline == headline
    # A date line of a clock time and a zone is still the page's furniture.
    (story,) = wirestory.parse(f"10:15 WIB\n{text[len(headline) + 1 :]}")
    assert story.headline == "Painters fill the old harbour sheds for a month"


# --- A photo label after a paragraph with no full stop ------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Builders from the town will start work on the pier in March and expect to finish "
        "it before the summer boats arrive Photo: Jane Roe/Reuters",
        "The mayor, who opened the exhibition on the pier last year, said the new pier "
        "would carry an open-air gallery Photo: AFP",
    ],
)
def test_a_paragraph_ending_in_an_unmarked_photo_label_stays_body(paragraph: str) -> None:
    """A caption printed as a title, no full stop before its label (``Governor
    opens the bridge Fotoğraf: Jane Roe/AA``), is a title's length: a long
    paragraph ending so was read as a photo's caption, lost from the body,
    silently."""
    first = _PARAGRAPHS[0]
    text = _page("By Tom Hale\nDecember 3, 2026\n").replace(first, f"{first}\n\n{paragraph}", 1)
    (story,) = wirestory.parse(text, options=PAGE)
    assert story.captions == ()
    assert paragraph in story.body


# --- The internal-error net and a caller's time limit --------------------------------


def test_a_callers_timeout_goes_through_the_internal_error_net(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A service limits ``parse``'s time with a signal handler raising
    ``TimeoutError``: that is the caller's, no defect of wirestory's; the net
    set the story aside as ``internal-error`` and read on, the limit lost."""

    def out_of_time(*args: object, **kwargs: object) -> object:
        raise TimeoutError("the caller's time limit")

    # Patched where the role rules start the story's line state: a class
    # method of an attrs class, which the compiled build looks up on the class
    # too (it calls assemble_story from story_of directly, in C).
    monkeypatch.setattr(LineState, "unclaimed", classmethod(out_of_time))
    with pytest.raises(TimeoutError):
        wirestory.parse("Pier to be rebuilt\n\nThe council agreed on Tuesday.\n")
