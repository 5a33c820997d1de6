"""The twenty-ninth silent-wrong round: readings the sixteenth held-out round
left wrong with no diagnostic. A title-case phrase over the date in a page's
header (``Floods Hit Towns`` / ``March 4, 2025``) was read as a writer's name;
a label under an article's headline (``ANALYSIS``) put the deck and the byline
in the body; ``From Mark Ellison in Madrid`` and ``Par Jean Dupont (à Lyon)``
gave no byline; an Indonesian dateline signed with the site's address in
small letters (``BANDAR LAUT, wartapesisir.id -``) stayed in the first
paragraph; a caption ending in a page's credit (``© Jane Roe``) between an
article's paragraphs stayed in the body; all silently.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story, news_page
from story_checks import codes as _codes
from test_heldout16 import _FERRY, _FERRY_DECK, _article, _story

import wirestory
from wirestory.bylines import find_page_byline
from wirestory.datelines import find_dateline, is_site_name

# --- A title-case phrase over the date read as a name -----------------------------

_PHRASES = (
    "Floods Hit Towns\nMarch 4, 2025",
    # "Jane Roe in Madrid" is a byline: the phrase before "in" read the same.
    "Floods Hit Towns in Spain\nMarch 4, 2025",
    "Storm Closes Harbour Road\nTue 4 Mar 2025 10.15 GMT",
    # Two words, one of them the headline's again.
    "Library Closes\nMarch 4, 2025",
)


@pytest.mark.parametrize("header", _PHRASES)
def test_phrase_over_the_date_on_a_page_is_said(header: str) -> None:
    """Read as the byline with no word said: the phrase's words were the
    writer's name, silently."""
    story = library_story(*LIBRARY_STORY, header=header)
    assert story.body == LIBRARY_STORY
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize("header", _PHRASES[:3])
def test_phrase_over_the_date_in_an_article_is_said(header: str) -> None:
    """The same header in an article's text with no page around it."""
    story = _story(_article(header))
    assert story.body == _FERRY
    assert "byline-name-may-be-phrase" in _codes(story)


def test_phrase_over_the_date_under_a_deck_is_said() -> None:
    story = _story(_article(_FERRY_DECK, "Floods Hit Towns\nMarch 4, 2025"))
    assert story.standfirst == _FERRY_DECK
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("Jane Roe\nMarch 4, 2025", ("Jane Roe",)),
        ("Jane Roe in Madrid\nMarch 4, 2025", ("Jane Roe",)),
        ("Mark Ellison and Ana Diaz in Port Ellis\nMarch 4, 2025", ("Mark Ellison", "Ana Diaz")),
        # Three words with an initial or a small particle: a name's forms.
        ("Jane K. Roe\nMarch 4, 2025", ("Jane K. Roe",)),
        ("Ana de Souza\nMarch 4, 2025", ("Ana de Souza",)),
        # A short word shared with the headline tells nothing.
        ("Jane Old\nMarch 4, 2025", ("Jane Old",)),
    ],
)
def test_names_over_the_date_are_not_doubted(header: str, names: tuple[str, ...]) -> None:
    story = library_story(*LIBRARY_STORY, header=header)
    assert story.byline is not None
    assert story.byline.names == names
    assert "byline-name-may-be-phrase" not in _codes(story)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "header", ["Ruth Calder\nMarch 4, 2025", "Ruth Calder in Port Ellis\nMarch 4, 2025"]
)
def test_names_over_the_date_in_an_article_are_not_doubted(header: str) -> None:
    story = _story(_article(header))
    assert story.byline is not None
    assert story.byline.names == ("Ruth Calder",)
    assert "byline-name-may-be-phrase" not in _codes(story)


# --- A label between an article's headline and its deck -------------------------


@pytest.mark.parametrize("label", ["ANALYSIS", "ANALYSIS:", "EXCLUSIVE", "FACTBOX"])
def test_label_under_the_headline_over_the_deck(label: str) -> None:
    """``Headline`` / ``ANALYSIS`` / ``Deck`` / ``By Jane Roe``: the label, the
    deck and the byline were the body's first paragraphs, the deck said to be
    a story's boundary (the wrong explanation)."""
    story = _story(_article(label, _FERRY_DECK, "By Ruth Calder"))
    assert story.standfirst == _FERRY_DECK
    assert story.byline is not None
    assert story.byline.names == ("Ruth Calder",)
    assert story.body == _FERRY
    assert "possible-story-boundary" not in _codes(story)


def test_label_under_the_headline_over_the_byline() -> None:
    story = _story(_article("ANALYSIS", "By Ruth Calder"))
    assert story.byline is not None
    assert story.body == _FERRY


@pytest.mark.parametrize(
    "line",
    [
        # Capitals that are no label of a story's kind: a paragraph's.
        "NO WAY BACK",
        # A label in small letters over a sentence: the story's first words.
        "Analysis of the figures shows fewer crossings in winter.",
    ],
)
def test_no_label_under_the_headline(line: str) -> None:
    story = _story(_article(line, blocks=_FERRY))
    assert line in story.body


# --- "From NAME in PLACE" and a place in parentheses after the names -------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("From Mark Ellison in Madrid", ("Mark Ellison",)),
        ("From Mark Ellison and Ana Diaz in Port Ellis", ("Mark Ellison", "Ana Diaz")),
        ("Par Jean Dupont (à Lyon)", ("Jean Dupont",)),
        ("Por Ana Ruiz (en Madrid)", ("Ana Ruiz",)),
        ("By Jane Roe (in Port Ellis)", ("Jane Roe",)),
    ],
)
def test_writer_and_the_place_filed_from(line: str, names: tuple[str, ...]) -> None:
    """British papers' ``From NAME in PLACE`` and a place after a small word
    in parentheses gave no byline, silently."""
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names
    story = library_story(*LIBRARY_STORY, header=f"{line}\nMarch 4, 2025")
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize("line", ["From Mark Ellison in Madrid", "Par Jean Dupont (à Lyon)"])
def test_writer_and_the_place_filed_from_in_an_article(line: str) -> None:
    story = _story(_article(line))
    assert story.byline is not None
    assert story.body == _FERRY


@pytest.mark.parametrize(
    "line",
    [
        # No person after "From", or no place after the names.
        "From Monday in Madrid",
        "From Our Correspondent in Madrid",
        "From The Archive",
        "From Mark Ellison",
        # Words in parentheses that are no place.
        "Par Jean Dupont (à la une)",
        "By Jane Roe (in progress)",
    ],
)
def test_no_writer_filed_from(line: str) -> None:
    assert find_page_byline(line) is None


# --- An Indonesian site's address in small letters after the place ---------------

_WARTA = (
    "Dewan kota memutuskan pada hari Selasa untuk menutup perpustakaan lama di Jalan Pasar "
    "setelah perdebatan panjang tentang atap dan biaya perbaikannya.",
    "Anggota dewan mengatakan gedung itu sudah tidak aman selama bertahun-tahun dan cabang "
    "baru akan dibuka dekat stasiun pada musim semi.",
    "Wali kota mengatakan buku-buku akan dipindahkan ke cabang baru dan ruang baca tetap "
    "dibuka di balai kota sampai saat itu.",
)


def _warta_story(opening: str) -> wirestory.Story:
    text = news_page(
        opening + _WARTA[0],
        *_WARTA[1:],
        headline="Dewan kota tutup perpustakaan lama",
        header="Penulis: Budi Santoso\n4 Maret 2025",
        site="Warta Pesisir",
        year=2025,
    )
    return wirestory.parse(text)[0]


@pytest.mark.parametrize(
    "opening", ["BANDAR LAUT, wartapesisir.id - ", "wartapesisir.id, Bandar Laut - "]
)
def test_site_address_in_small_letters_signs_a_dateline(opening: str) -> None:
    """A smaller site's address as typed, in small letters: the dateline
    stayed in the first paragraph, silently."""
    story = _warta_story(opening)
    assert story.dateline is not None
    assert story.dateline.raw == opening.strip()
    assert story.body[0] == _WARTA[0]


def test_title_case_place_before_an_address_is_said() -> None:
    """A title-case place the page names nowhere else, before an address, is
    read as the dateline and said (a person's or a firm's name reads the same)."""
    story = _warta_story("Bandar Laut, wartapesisir.id - ")
    assert story.body[0] == _WARTA[0]
    assert "dateline-place-by-shape" in _codes(story)


@pytest.mark.parametrize("word", ["st.paul", "e.g", "wartapesisir.info", "Wartapesisir"])
def test_no_site_address(word: str) -> None:
    assert not is_site_name(word)


@pytest.mark.parametrize(
    "opening",
    [
        # A firm's title-case name and an address in small letters ending in
        # no country's letters: a sentence's subject, no dateline.
        "Acme, example.com - The firm said.",
        # Small letters after the dash: no story opens so.
        "BANDAR LAUT, wartapesisir.id - dewan menyetujui anggaran.",
    ],
)
def test_no_dateline_of_an_address_in_small_letters(opening: str) -> None:
    assert find_dateline(opening, page=True) is None


# --- A caption with a page's credit between an article's paragraphs ---------------

_PICTURE = "Passengers board the ferry at dawn on Monday."


@pytest.mark.parametrize(
    ("credit", "kept"),
    [("© Jane Roe", "© Jane Roe"), ("| Photo Credit: Jane Roe", "Photo Credit: Jane Roe")],
)
def test_page_credited_caption_between_an_articles_paragraphs(credit: str, kept: str) -> None:
    """Wire copy's credits read no ``©`` nor ``| Photo Credit:``: the caption
    between two paragraphs of an article's text stayed in the body, silently."""
    story = _story(
        _article("By Ruth Calder", blocks=(_FERRY[0], f"{_PICTURE} {credit}", *_FERRY[1:]))
    )
    assert story.body == _FERRY
    assert [c.text for c in story.captions] == [_PICTURE]
    assert story.captions[0].credit == kept


@pytest.mark.parametrize(
    "line",
    [
        # The site's copyright, a year in it, closing a paragraph.
        "The council will vote again in May. © 2025 Vale Post",
        # No sentence's end before the mark.
        "Tickets will be sold from Friday at the harbour office © Jane Roe",
        # Reported speech.
        "The mayor said the vote was close. © Jane Roe",
    ],
)
def test_no_page_credited_caption_between_an_articles_paragraphs(line: str) -> None:
    story = _story(_article("By Ruth Calder", blocks=(_FERRY[0], line, *_FERRY[1:])))
    assert line in story.body
    assert story.captions == ()
