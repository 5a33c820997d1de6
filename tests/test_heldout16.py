"""Forms of the sixteenth held-out round: an article's text scraped without
the page around it (read as wire copy), whose deck stands in a block of its
own between the headline and the byline (``Headline`` / blank / ``Deck`` /
blank / ``By Jane Roe``), whose byline is a name with no ``By`` over the
story's date (``Jane Roe`` / ``March 4, 2025``), and whose last paragraph is
the writer's bio box (``Jane Roe is a senior reporter at …``); a page's pull
quote, a sentence of the story set again as a paragraph of its own. With the
counter-cases that read like them and must stay as they are.

Read right already, and left so: live blogs' clock-time stamps; ``Updated``
lines and ``Listen to this article`` under the byline; ``Key points`` boxes;
picture galleries' ``1 / 4`` and ``Photo 1 of 3`` counters; ``About the
author`` boxes; editors' notes and corrections; interviews' questions; Spanish,
German, French, Portuguese, Italian, Indonesian and Turkish headers (``Por``,
``Von``, ``Par``, ``di``, ``Penulis:``, ``Stand:``, ``Publié le``,
``Atualizado em``, ``Güncelleme:``) and their links to other stories (``Lee
también:``, ``Lesen Sie auch:``, ``Lire aussi :``, ``Leia também:``, ``Baca
Juga:``, ``İlginizi Çekebilir:``).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from news_pages import news_page
from test_page_fields_cases import page_case

import wirestory
from wirestory.bylines import find_page_byline, page_person_names

# Whole pages of this round's forms, read right, in the format of
# ``cases_pages`` (which holds at most 40): ``NAME.txt`` in, ``NAME.json``
# the fields expected.
_CASES = Path(__file__).parent / "cases_heldout16"
_NAMES = sorted(p.stem for p in _CASES.glob("*.txt"))

_FERRY_HEADLINE = "Ferry operator adds winter sailings to the islands"
_FERRY_DECK = "Two extra boats a day will run from November to March"
_FERRY = (
    "The island ferry operator will add two sailings a day through the winter months, it "
    "said on Tuesday, after complaints from residents who were left stranded during storms "
    "last year.",
    "The extra sailings will leave the mainland at seven in the morning and six in the "
    "evening, the operator said.",
    "Residents' groups welcomed the change but said the operator still needed a second boat "
    "for days when the main ferry is in for repairs.",
    "The operator said it was looking at leasing a second boat from next year.",
)


def _article(*header: str, blocks: tuple[str, ...] = _FERRY) -> str:
    """An article's text with no page around it: the headline, then each of
    ``header`` and ``blocks`` a block of its own."""
    return "\n\n".join((_FERRY_HEADLINE, *header, *blocks)) + "\n"


@pytest.mark.parametrize("name", _NAMES)
def test_whole_page(name: str) -> None:
    """Each page's fields as its file pins them down, read as a page."""
    got, expected = page_case(_CASES, name)
    assert got == expected


def test_whole_pages_are_there() -> None:
    assert len(_NAMES) == 17


def _story(text: str) -> wirestory.Story:
    stories = wirestory.parse(text)
    assert len(stories) == 1
    return stories[0]


def _codes(story: wirestory.Story) -> set[str]:
    return {d.code for d in story.diagnostics}


# --- A deck in a block of its own over the byline ------------------------------


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ((_FERRY_DECK, "By Ruth Calder"), ("Ruth Calder",)),
        ((_FERRY_DECK + ".", "By Ruth Calder"), ("Ruth Calder",)),
        ((_FERRY_DECK, "By Ruth Calder, Transport Correspondent"), ("Ruth Calder",)),
        ((_FERRY_DECK, "By Ruth Calder\nMarch 4, 2025"), ("Ruth Calder",)),
        ((_FERRY_DECK, "By Ruth Calder and Owen Pryce"), ("Ruth Calder", "Owen Pryce")),
        ((_FERRY_DECK, "By Ruth Calder\nUpdated: 11:42, 4 March 2025"), ("Ruth Calder",)),
        # The page's date between the deck and the byline.
        ((_FERRY_DECK, "March 4, 2025", "By Ruth Calder"), ("Ruth Calder",)),
        # A byline with its date after a bar, and a Spanish one.
        ((_FERRY_DECK, "By Ruth Calder | March 4, 2025"), ("Ruth Calder",)),
        ((_FERRY_DECK, "Por Ruth Calder"), ("Ruth Calder",)),
        ((_FERRY_DECK, "Written by Ruth Calder"), ("Ruth Calder",)),
    ],
)
def test_deck_in_its_own_block_over_the_byline(
    header: tuple[str, ...], names: tuple[str, ...]
) -> None:
    """The deck was the body's first paragraph and the byline its second,
    silently (the byline after a paragraph is none of the front matter's)."""
    story = _story(_article(*header))
    assert story.headline == _FERRY_HEADLINE
    assert story.standfirst == header[0]
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body == _FERRY


def test_deck_with_a_dated_byline_in_one_block() -> None:
    """A writer's title and a date line with ``Published`` and ``Updated``
    under the byline: all the front matter's."""
    story = _story(
        _article(
            "Customers will pay about eight per cent more from April, the board said",
            "By Lena Okafor, Senior Business Reporter\n"
            "Published: 09:15, 4 March 2025 | Updated: 11:42, 4 March 2025",
        )
    )
    assert (
        story.standfirst
        == "Customers will pay about eight per cent more from April, the board said"
    )
    assert story.byline is not None
    assert story.byline.names == ("Lena Okafor",)
    assert story.body == _FERRY


@pytest.mark.parametrize(
    "above",
    [
        # Two sentences: a lead's, not a deck's.
        "The ferry will sail twice more a day. Residents asked for it.",
        # Small letters: furniture or a wrapped line, not a deck.
        "updated two hours ago",
        # Names only: a byline's line without its "By".
        "Ruth Calder and Owen Pryce",
    ],
)
def test_no_deck_over_the_byline(above: str) -> None:
    """Lines over a byline that are no deck stay where they were read."""
    story = _story(_article(above, "By Tom Hale"))
    assert story.standfirst is None


def test_no_deck_without_a_byline_under_it() -> None:
    """A short line in a block of its own under the headline with the story
    under it, no byline: the body's first paragraph (a subheading's or a
    one-line lead's shape), as before."""
    story = _story(_article(_FERRY_DECK))
    assert story.standfirst is None
    assert story.body[0] == _FERRY_DECK


# --- A writer's name with no "By" over the story's date -------------------------


@pytest.mark.parametrize("date", ["March 4, 2025", "4 March 2025, 10:15 GMT", "Tue 4 Mar 2025"])
def test_name_over_date_under_a_deck(date: str) -> None:
    """``Jane Roe`` / ``March 4, 2025`` was glued into the body's second
    paragraph (``Ruth Calder March 4, 2025``), the deck its first."""
    story = _story(_article(_FERRY_DECK, f"Ruth Calder\n{date}"))
    assert story.standfirst == _FERRY_DECK
    assert story.byline is not None
    assert story.byline.names == ("Ruth Calder",)
    assert story.body == _FERRY


def test_name_over_date_one_block_a_line() -> None:
    """A scrape that prints every block on a line of its own with no blank
    line between: the deck under the headline over a name over the date."""
    text = "\n".join(
        (_FERRY_HEADLINE, _FERRY_DECK, "Ruth Calder", "4 March 2025, 10:15 GMT", *_FERRY)
    )
    story = _story(text + "\n")
    assert story.headline == _FERRY_HEADLINE
    assert story.standfirst == _FERRY_DECK
    assert story.byline is not None
    assert story.byline.names == ("Ruth Calder",)
    assert story.body == _FERRY


def test_name_without_a_date_is_no_byline() -> None:
    """A name alone under the headline, no date under it (a profile's
    subject, a subheading): not a byline."""
    story = _story(_article("Ruth Calder"))
    assert story.byline is None
    assert story.body[0] == "Ruth Calder"


# --- The writer's bio box under an article read as wire copy ---------------------

_BIO = "Ruth Calder is the Harbour Herald's transport correspondent. She covers ferries and rail."


@pytest.mark.parametrize(
    "header",
    [
        ("By Ruth Calder",),
        (_FERRY_DECK, "By Ruth Calder, Transport Correspondent"),
        ("The main ferry leaves the harbour on Monday. (Photo: Tom Hale)", "By Ruth Calder"),
    ],
)
def test_bio_box_under_an_article_is_said(header: tuple[str, ...]) -> None:
    """The page layout said so (``author-bio-in-body``); an article's text
    read as wire copy kept the box as the story's last paragraph, silently."""
    story = _story(_article(*header, blocks=(*_FERRY, _BIO)))
    assert story.body[-1] == _BIO
    assert "author-bio-in-body" in _codes(story)


def test_story_about_someone_else_is_no_bio() -> None:
    """A last paragraph about a person who is not the writer: the story's."""
    last = "Owen Pryce is the operator's chief executive and has run it since 2019."
    story = _story(_article("By Ruth Calder", blocks=(*_FERRY, last)))
    assert story.body[-1] == last
    assert "author-bio-in-body" not in _codes(story)


# --- A pull quote between a page's paragraphs ------------------------------------

_SHOP = (
    "The only shop in the village of Ashby Dale has been saved from closure after more than "
    "two hundred residents bought shares in it, its new committee said on Tuesday.",
    "The shop's owners had planned to retire at Easter and had found no buyer, leaving the "
    "village without anywhere to buy bread or post a letter.",
    "Residents raised about 150,000 pounds in six weeks, selling shares at 50 pounds each, and "
    "the shop will now be run by a committee of volunteers.",
    "\"We couldn't let it go. It's the heart of the village,\" said Ann Carter, who chairs the "
    "committee and has lived in the village for forty years.",
    "The committee said it hoped to open a small café in the back room by the summer and to "
    "employ two paid staff.",
)


def _shop_page(*blocks: str) -> str:
    return news_page(
        *blocks,
        headline="Village shop saved by its own customers",
        header="By Tom Hartley\nMarch 4, 2025",
        site="The Dale Gazette",
        year=2025,
    )


@pytest.mark.parametrize(
    "pulled",
    [
        "\"We couldn't let it go. It's the heart of the village.\"",
        "“We couldn't let it go. It's the heart of the village.”",
        "We couldn't let it go. It's the heart of the village",
    ],
)
def test_pull_quote_is_said(pulled: str) -> None:
    """A sentence of the story set again as a paragraph of its own: both in
    the body (the labelled pages keep it), said (``pull-quote-in-body``)."""
    story = wirestory.parse(_shop_page(*_SHOP[:2], pulled, *_SHOP[2:]))[0]
    assert story.body == (*_SHOP[:2], pulled, *_SHOP[2:])
    assert "pull-quote-in-body" in _codes(story)


@pytest.mark.parametrize(
    "short",
    [
        # Fewer than six words: a phrase a story may say again by chance.
        '"We couldn\'t let it go."',
        # Opening in small letters: a line's end, not a sentence set apart.
        "selling shares at 50 pounds each",
        # Words the story does not say again.
        '"We will open the café by the summer if the volunteers can be found."',
    ],
)
def test_no_pull_quote(short: str) -> None:
    story = wirestory.parse(_shop_page(*_SHOP[:2], short, *_SHOP[2:]))[0]
    assert short in story.body
    assert "pull-quote-in-body" not in _codes(story)


def test_paragraph_repeated_whole_is_no_pull_quote() -> None:
    """A paragraph printed twice whole is ``paragraph-shown-again``'s."""
    story = wirestory.parse(_shop_page(*_SHOP, _SHOP[1]))[0]
    codes = _codes(story)
    assert "paragraph-shown-again" in codes
    assert "pull-quote-in-body" not in codes


# --- The writer's title on a line of its own under the byline --------------------


@pytest.mark.parametrize(
    "title",
    ["Transport Correspondent", "Senior Business Reporter", "Chief Political Correspondent"],
)
def test_title_under_the_byline(title: str) -> None:
    """``By Jane Roe`` / ``Transport Correspondent``: the title was the body's
    first paragraph, silently."""
    story = _story(_article(f"By Ruth Calder\n{title}"))
    assert story.byline is not None
    assert story.byline.names == ("Ruth Calder",)
    assert story.byline.organization == title
    assert story.body == _FERRY


@pytest.mark.parametrize(
    "under",
    [
        # A small word of its own: a subheading, or a sentence about a reporter.
        "Letters to the Editor",
        "The reporter was hurt",
        # No writer's title at its end.
        "Transport Correspondent Team Wins Award Again",
    ],
)
def test_no_title_under_the_byline(under: str) -> None:
    story = _story(_article(f"By Ruth Calder\n{under}"))
    assert story.byline is not None
    assert story.byline.organization is None


# --- The author's box under a page's story ---------------------------------------


def _stadium_page(*closing: str) -> wirestory.Story:
    """The library story on the Vale Post's page by Mark Ellison, ``closing``
    blocks under its last paragraph."""
    return wirestory.parse(
        news_page(
            *_FERRY,
            *closing,
            headline=_FERRY_HEADLINE,
            header="By Mark Ellison\nMarch 4, 2025",
            site="The Vale Post",
            year=2025,
        )
    )[0]


_BIO_OF_WRITER = (
    "Mark covers ferries, rail and the roads for the Vale Post. He joined the paper in 2019 "
    "from the Harbour Herald."
)


@pytest.mark.parametrize(
    "box",
    [
        ("Mark Ellison", "Transport reporter", _BIO_OF_WRITER),
        ("Mark Ellison", "Transport reporter", _BIO_OF_WRITER, "Follow @markellison"),
        ("MARK ELLISON", "Senior Transport Reporter", _BIO_OF_WRITER),
        (
            "Mark Ellison",
            "Mark Ellison is the Vale Post's transport reporter. He has covered the islands' "
            "ferries and the coast road since 2019.",
            "Follow @markellison",
        ),
    ],
)
def test_author_box_under_the_story(box: tuple[str, ...]) -> None:
    """The writer's name alone, then a title or a bio: the author's box was
    the story's last paragraphs, silently."""
    story = _stadium_page(*box)
    assert story.body == _FERRY
    assert "author-bio-in-body" not in _codes(story)


_OPERATOR = (
    "Owen Pryce runs the ferry operator, and he said on Tuesday that the new sailings "
    "would be reviewed after the first winter, once the figures for the crossings are in."
)
_TIMETABLE = (
    "The operator will publish the new timetable on Friday, and tickets for the extra "
    "sailings will go on sale at the harbour office and on its website from next week."
)


@pytest.mark.parametrize(
    "closing",
    [
        # Another person's name over a paragraph about them.
        ("Owen Pryce", _OPERATOR),
        # The writer's name over a paragraph that is no title nor bio.
        ("Mark Ellison", _TIMETABLE),
    ],
)
def test_no_author_box(closing: tuple[str, ...]) -> None:
    """A name alone over the story's own prose: the box's rule leaves it."""
    story = _stadium_page(*closing)
    assert story.body[-1] == closing[-1]


# --- A byline with no "By" naming where the writer filed from --------------------


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("Mark Ellison in Madrid\nTue 4 Mar 2025 10.15 GMT", ("Mark Ellison",)),
        ("Mark Ellison and Ana Diaz in Port Ellis\nMarch 4, 2025", ("Mark Ellison", "Ana Diaz")),
        (
            "Two extra boats a day will run from November to March\n"
            "Mark Ellison in Madrid\nTue 4 Mar 2025 10.15 GMT",
            ("Mark Ellison",),
        ),
    ],
)
def test_names_in_a_place_over_the_date_on_a_page(header: str, names: tuple[str, ...]) -> None:
    """British papers print ``Jane Roe in Madrid`` over the date, no ``By``:
    the page read no byline, silently (``By Jane Roe in Madrid`` it read)."""
    story = wirestory.parse(
        news_page(*_FERRY, headline=_FERRY_HEADLINE, header=header, site="City Echo", year=2025)
    )[0]
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body == _FERRY


def test_names_in_a_place_over_the_date_in_an_article() -> None:
    """The same header in an article's text with no page around it."""
    story = _story(_article(_FERRY_DECK, "Ruth Calder in Port Ellis\nMarch 4, 2025"))
    assert story.standfirst == _FERRY_DECK
    assert story.byline is not None
    assert story.byline.names == ("Ruth Calder",)
    assert story.body == _FERRY


@pytest.mark.parametrize(
    "line", ["Protests in Madrid", "Life in New York", "Ruth Calder in the rain"]
)
def test_no_names_in_a_place(line: str) -> None:
    """A phrase in a place, or no place after ``in``: no writer."""
    assert page_person_names(line) is None


# --- German papers' framed bylines ------------------------------------------------


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("Ein Kommentar von Hans Roth\n04.03.2025", ("Hans Roth",)),
        (
            "Eine Analyse von Anna Schmidt und Jonas Weber\n04.03.2025",
            ("Anna Schmidt", "Jonas Weber"),
        ),
        ("Gastbeitrag von Lena Vogel\nStand: 04.03.2025, 14:20 Uhr", ("Lena Vogel",)),
    ],
)
def test_german_framed_byline(header: str, names: tuple[str, ...]) -> None:
    """``Ein Kommentar von Hans Roth`` was read as one name, the whole line."""
    story = wirestory.parse(
        news_page(*_FERRY, headline=_FERRY_HEADLINE, header=header, site="Nordkurier", year=2025)
    )[0]
    assert story.byline is not None
    assert story.byline.names == names


@pytest.mark.parametrize("line", ["Ein Kommentar von der Redaktion", "Analyse von heute"])
def test_german_frame_over_no_name(line: str) -> None:
    """The frame over words that are no name: no byline of that line."""
    assert find_page_byline(line) is None


# --- The author's box and a pull quote in an article's text ----------------------


@pytest.mark.parametrize(
    "box",
    [
        "Ruth Calder\nTransport reporter\n\n" + _BIO_OF_WRITER.replace("Mark", "Ruth"),
        "Ruth Calder\n\nTransport reporter\n\nFollow @ruthcalder",
    ],
)
def test_author_box_under_an_article(box: str) -> None:
    """In an article's text read as wire copy the box's name and title share
    a block, joined into one paragraph (``Ruth Calder Transport reporter``)."""
    story = _story(_article("By Ruth Calder", blocks=(*_FERRY, box)))
    assert story.body == _FERRY


def test_pull_quote_in_an_article() -> None:
    """An article's text keeps the page's pull quote as a paragraph too."""
    pulled = "\"We couldn't let it go. It's the heart of the village.\""
    story = _story(_article("By Tom Hartley", blocks=(*_SHOP[:2], pulled, *_SHOP[2:])))
    assert story.body == (*_SHOP[:2], pulled, *_SHOP[2:])
    assert "pull-quote-in-body" in _codes(story)


# --- A short page whose title rewrites its headline ------------------------------

_SEO_TITLE = "Ferry firm adds winter sailings | Harbour Herald"


@pytest.mark.parametrize(
    "menu",
    ["Home\nNews", "Home\nNews\nSport\nBusiness\nOpinion", "Home | News | Islands"],
)
def test_short_page_with_a_rewritten_title(menu: str) -> None:
    """The page's title rewrites its headline for search engines, the page is
    short and bare (a menu, no footer): it was read as wire copy, the title its
    headline, the menu, headline and byline its first paragraphs, silently."""
    text = "\n\n".join(
        (_SEO_TITLE, menu, f"{_FERRY_HEADLINE}\nBy Ruth Calder\nMarch 4, 2025", *_FERRY)
    )
    story = _story(text + "\n")
    assert story.layout == "page"
    assert story.headline == _FERRY_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Ruth Calder",)
    assert story.body == _FERRY


@pytest.mark.parametrize("date", ["March 4, 2025", "Updated: 10:15, 4 March 2025"])
def test_short_page_with_a_rewritten_title_and_no_byline(date: str) -> None:
    """The same page with the date under its headline and no byline."""
    text = "\n\n".join((_SEO_TITLE, "Home\nNews", f"{_FERRY_HEADLINE}\n{date}", *_FERRY))
    story = _story(text + "\n")
    assert story.layout == "page"
    assert story.headline == _FERRY_HEADLINE
    assert story.body == _FERRY


@pytest.mark.parametrize(
    "header",
    [
        # The title's words on no line over the byline: a wire headline's bar.
        "Markets wrap | Shares close higher\n\nBy Ruth Calder",
        # A byline right under the titled first line: its headline, wire copy's.
        "Ferry firm adds winter sailings | Islands\nBy Ruth Calder",
    ],
)
def test_titled_first_line_stays_wire_copy(header: str) -> None:
    story = _story("\n\n".join((header, *_FERRY)) + "\n")
    assert story.layout == "wire"
    assert story.headline == header.split("\n")[0]


# --- Captions in an article's text ------------------------------------------------

_PICTURE = "Passengers board the ferry at dawn on Monday."


@pytest.mark.parametrize(
    "credit",
    [
        "Picture: Jane Roe",
        "Credit: Jane Roe/The Vale Post",
        "[Jane Roe/Al Jazeera]",
        "(Image: Jane Roe)",
        "Source: Reuters",
        "Jane Roe/The Vale Post",
        "Foto: Jane Roe/dpa",
        "Photo by Jane Roe",
        "Photo: Supplied",
        "(Handout)",
    ],
)
def test_caption_between_an_articles_paragraphs(credit: str) -> None:
    """A photo's caption with its credit on its line between two paragraphs
    of an article's text read as wire copy: it was a paragraph, silently."""
    caption = f"{_PICTURE} {credit}"
    story = _story(_article("By Ruth Calder", blocks=(_FERRY[0], caption, *_FERRY[1:])))
    assert story.body == _FERRY
    assert [c.text for c in story.captions] == [_PICTURE]
    assert story.captions[0].credit == credit.strip("[]()")


@pytest.mark.parametrize(
    "line",
    [
        # Reported speech signed by an agency: the story's.
        "The council will vote again in May, the mayor said. Reuters",
        # A byline between paragraphs (byline-inside-story's).
        "By Jane Roe and Tom Hale",
        # A sentence ending in a credit's word that names no one.
        "Tickets will be sold from Friday at the harbour office - Online",
    ],
)
def test_no_caption_between_an_articles_paragraphs(line: str) -> None:
    story = _story(_article("By Ruth Calder", blocks=(_FERRY[0], line, *_FERRY[1:])))
    assert line in story.body
    assert story.captions == ()


@pytest.mark.parametrize("credit", ["© Jane Roe", "| Photo Credit: Jane Roe"])
def test_caption_over_the_byline_read_as_deck_is_said(credit: str) -> None:
    """A caption whose credit has a page's form over the byline has a deck's
    shape: read as the standfirst, said (wire copy splits no such credit)."""
    story = _story(_article(f"{_PICTURE} {credit}", "By Ruth Calder"))
    assert story.standfirst == f"{_PICTURE} {credit}"
    assert "standfirst-may-be-caption" in _codes(story)
    assert story.body == _FERRY


def test_deck_over_the_byline_is_no_caption() -> None:
    story = _story(_article(_FERRY_DECK, "By Ruth Calder"))
    assert "standfirst-may-be-caption" not in _codes(story)


# --- A live blog's stamps in an article's text ------------------------------------


@pytest.mark.parametrize(
    "stamps", [("14.32 GMT", "14.05 GMT"), ("2 min ago", "1 hr ago"), ("9.05am", "8.40am")]
)
def test_live_blog_stamps_in_an_article(stamps: tuple[str, str]) -> None:
    """A live blog's times alone over its entries were body paragraphs."""
    blocks = (_FERRY[0], stamps[0], _FERRY[1], stamps[1], *_FERRY[2:])
    story = _story(_article("By Ruth Calder", blocks=blocks))
    assert story.body == _FERRY


@pytest.mark.parametrize("lone", ["4pm", "12.40"])
def test_one_time_alone_is_no_live_blog(lone: str) -> None:
    """One time alone (an answer, a figure): the story's paragraph."""
    story = _story(_article("By Ruth Calder", blocks=(_FERRY[0], lone, *_FERRY[1:])))
    assert lone in story.body
