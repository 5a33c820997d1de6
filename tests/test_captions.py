"""Where a caption ends and its credit begins."""

from __future__ import annotations

import attrs
import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.agencies import Agency
from wirestory.captions import (
    BARE_SEPARATOR,
    CAPTION_MAX_WORDS,
    caption_label,
    credit_line_flags,
    credit_mark,
    find_credit,
    has_named_credit,
    has_named_or_page_credit,
    has_page_credit,
    is_credit_line,
    is_page_caption,
    label_openings,
    may_hold_bare_separator,
    page_caption_unbounded,
    page_credit_split,
    photo_label,
    split_credit,
    split_page_credit,
)
from wirestory.knowledge import DEFAULT_KNOWLEDGE

CASES = [
    ("A US soldier in Iraq. (AFP)", "A US soldier in Iraq.", "AFP"),
    ("Ministers meet in Riyadh on Sunday (SPA)", "Ministers meet in Riyadh on Sunday", "SPA"),
    ("The border crossing. (File – Reuters)", "The border crossing.", "File – Reuters"),
    ("The two leaders. (Lebanese parliament/dpa)", "The two leaders.", "Lebanese parliament/dpa"),
    ("Smoke over the city. [File: Reuters]", "Smoke over the city.", "File: Reuters"),
    (
        "Rally in Sanaa, Yemen October 29, 2025. REUTERS/Khaled Abdullah",
        "Rally in Sanaa, Yemen October 29, 2025.",
        "REUTERS/Khaled Abdullah",
    ),
    ("Ministers meet on Sunday. AFP", "Ministers meet on Sunday.", "AFP"),
    (
        "Ministers meet on Sunday. REUTERS file photo",
        "Ministers meet on Sunday.",
        "REUTERS file photo",
    ),
    (
        "Ministers meet on Sunday. Photo: Asharq Al-Awsat",
        "Ministers meet on Sunday.",
        "Photo: Asharq Al-Awsat",
    ),
    ("Yemeni fighters in Marib. saba", "Yemeni fighters in Marib.", "saba"),
    ("Ministers meet on Sunday - Asharq Al-Awsat", "Ministers meet on Sunday", "Asharq Al-Awsat"),
    ("The venue of the talks, Asharq Al-Awsat", "The venue of the talks", "Asharq Al-Awsat"),
    (
        "The senator arrives. AP Photo/J. Scott Applewhite",
        "The senator arrives.",
        "AP Photo/J. Scott Applewhite",
    ),
]

NOT_CREDITS = [
    "The minister (C) arrives in Riyadh (R)",
    "Protesters gather (2nd L) in the square (left)",
    "Police watch. Crowds gather",
    "A market in Aden, Sunday",
    "The bridge was built in (1962)",
    "A long parenthesis at the end (which is really a second sentence, not a credit at all.)",
    "(((((((((((",
    "",
]


@pytest.mark.parametrize(("caption", "text", "credit"), CASES, ids=[c[2] for c in CASES])
def test_credit_forms(caption: str, text: str, credit: str) -> None:
    """Each credit form seen on the seed site splits off exactly."""
    assert (text, credit) == split_credit(caption)


@pytest.mark.parametrize("caption", NOT_CREDITS)
def test_not_credits(caption: str) -> None:
    """Position markers, dates, second sentences and junk are not credits."""
    assert (caption.strip(), None) == split_credit(caption)


@pytest.mark.parametrize("words", [CAPTION_MAX_WORDS - 1, CAPTION_MAX_WORDS, CAPTION_MAX_WORDS + 1])
def test_page_caption_word_bound(words: int) -> None:
    """A page's caption holds at most ``CAPTION_MAX_WORDS`` words, however its
    line is spaced (one-letter words, runs of spaces): the words of a line are
    counted only as far as the bound."""
    line = "a " * (words - 3) + "2019. REUTERS/Jane Roe"
    assert is_page_caption(line) is (words <= CAPTION_MAX_WORDS)
    assert is_page_caption(line.replace(" ", "   ")) is (words <= CAPTION_MAX_WORDS)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Boats wait at the quay on Sunday. Photo/Jane Roe", True),
        ("Boats wait at the quay on Sunday (Photos / Jane Roe)", True),
        ("Boats wait at the quay on Sunday. • Jane Roe/Reuters", True),
        # A media word after the slash is a link's label, a small letter a sentence's.
        ("Watch the regatta again. Photo/Video Gallery", False),
        ("Readers sent us a photo/video of the storm at the quay.", False),
        ("Boats wait at the quay on Sunday. Photo/the harbour board", False),
    ],
)
def test_photo_slash_and_bullet_credits(line: str, caption: bool) -> None:
    """A photo word, a slash and a name (no agency before them) credits a page's
    photo, and a bullet sets a credit apart as a spaced dash does; a medium's
    word or small letters after the slash are no name."""
    assert is_page_caption(line) is caption


# Pieces of page lines: credits, labels, counters, and the characters ``regex``
# matches to ASCII letters in any case (the Kelvin sign, the long s, the dotted
# capital I) or reads as digits (Arabic-Indic three).
_PIECES = st.sampled_from(
    [
        "Boats",
        "at",
        "dawn.",
        "REUTERS/Jane Roe",
        "AFP",
        "Photo:",
        "(Credit: Harbour Board)",
        "Image caption",
        "image  CAPTION",
        "1 of 4",
        "\u0663 of 4",
        "\u212aey",
        "\u017fun",
        "\u0130slam",
        "key",
        "sun",
        "Courtesy of",
        "\u0444\u043e\u0442\u043e:",
        "\u00a9",
        "(c)",
        "-",
        "",
    ]
)
_SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\n"])


@st.composite
def _page_lines(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(_PIECES, _SPACES), max_size=70))
    return "".join(piece + space for piece, space in pieces) + draw(_PIECES)


@given(_page_lines())
def test_page_caption_words_counted_last(line: str) -> None:
    """is_page_caption counts the words only of a line its readers take: the
    same answer as turning a line of more than CAPTION_MAX_WORDS words down
    before reading it."""
    expected = len(line.split()) <= CAPTION_MAX_WORDS and page_caption_unbounded(line)
    assert is_page_caption(line) is expected


@given(
    _page_lines(),
    st.lists(
        st.sampled_from(
            [
                "image caption",
                " photo",
                "key",
                "sun",
                "\u212aey",
                "\u017fun",
                "\u0130",
                "\u0444\u043e\u0442\u043e",
                "\u00a9",
                "(c) ",
                "1 of",
                " ",
            ]
        ),
        max_size=3,
    ),
)
def test_page_credit_sieves_pass_every_match(line: str, labels: list[str]) -> None:
    """The page form of find_credit does not try the gallery counter on a line
    opening with an ASCII character other than a digit, nor the caption labels
    on a line opening with an ASCII character no label opens with, and
    is_credit_line the credit marks on one no photo or copyright label (nor
    ``courtesy``) opens with, nor is_page_caption the photo labels on one no
    photo label, bracket or white space opens: no pattern matches such a line,
    with the default labels or a user's."""
    for knowledge in (
        DEFAULT_KNOWLEDGE,
        attrs.evolve(DEFAULT_KNOWLEDGE, caption_labels=tuple(labels)),
        attrs.evolve(DEFAULT_KNOWLEDGE, copyright_labels=tuple(labels)),
        attrs.evolve(DEFAULT_KNOWLEDGE, photo_labels=tuple(label for label in labels if label)),
    ):
        sieves = label_openings(knowledge)
        readers = {
            "caption_label": caption_label,
            "credit_mark": credit_mark,
            "photo_label": photo_label,
        }
        for text in (line, line.strip()):
            first = text[:1]
            if first.isascii() and not first.isdigit():
                # The gallery counter's pattern: a digit of ``\d`` first.
                assert regex.match(r"\d{1,3} of \d{1,3}\s++", text) is None
            for name, reader in readers.items():
                openings = sieves[name]
                if openings is not None and first.isascii() and first not in openings:
                    assert reader(text, knowledge=knowledge) is None, name
        find_credit(line, knowledge=knowledge, page=True)
    # ``regex`` matches the Kelvin sign to ``k`` in any case: a label opening
    # with it lets lines opening with ``k`` or ``K`` through.
    kelvin = attrs.evolve(
        DEFAULT_KNOWLEDGE, caption_labels=("\u212aey",), photo_labels=("\u212aey",)
    )
    assert find_credit("Key Boats at dawn", knowledge=kelvin, page=True).labelled
    assert is_credit_line("key: Jane Roe", knowledge=kelvin)
    assert is_page_caption("\tKey by Jane Roe", knowledge=kelvin)


@given(_page_lines(), st.sampled_from(["", "2 of 9 ", "Image caption ", "3 of 4 image caption "]))
def test_named_or_page_credit_reads_a_line_once(line: str, opening: str) -> None:
    """The header's question, a named credit or a page's own credit marks, read
    once: the same answer as asking the two readers one after the other, on
    lines with and without a gallery counter or a caption label before them.
    The counter's last space may open a dash that sets a credit apart: the
    page form, without the counter, reads no credit where the plain one does."""
    assert has_named_or_page_credit("1 of 4 - AFP")
    for text in (opening + line, line):
        assert has_named_or_page_credit(text) is (has_named_credit(text) or has_page_credit(text))


@given(_page_lines(), st.sampled_from(["", "2 of 9 ", "Image caption ", "1 of 4 "]))
@example("Boats in the harbour. Credit: Harbour Board", "")
def test_page_credit_split_reads_a_line_once(line: str, opening: str) -> None:
    """The wire layout's question of a line between paragraphs, a page's own
    credit and the line split at it, read once: the page form of
    ``split_page_credit`` where the line has a page's credit, None where it
    has none."""
    for text in (opening + line, line):
        split = page_credit_split(text)
        assert split == (split_page_credit(text) if has_page_credit(text) else None)
    assert page_credit_split("Boats in the harbour. Credit: Harbour Board") == (
        "Boats in the harbour.",
        "Credit: Harbour Board",
    )
    assert page_credit_split("Boats in the harbour (and the quay)") is None


@given(st.text(st.sampled_from("a .,-\u2013\u2014\u2022\u00a0\t")))
@example("Boats at dawn. AFP")
@example("Boats at dawn. - AFP")
@example("Boats at dawn \u2022 Jane Roe/Reuters")
@example("Harbour Board reopens quay")
def test_bare_separator_sieve_keeps_every_separator(window: str) -> None:
    """A window the sieve turns down holds no bare credit's separator: the
    search is skipped only where it would find none."""
    if BARE_SEPARATOR.search(window) is not None:
        assert may_hold_bare_separator(window)
    assert may_hold_bare_separator(window) == any(
        pair in window for pair in (". ", ", ", "- ", "\u2013 ", "\u2014 ", "\u2022 ")
    )


# Pieces of a story's paragraphs and of what makes a line a caption: labels,
# counters, credits, inline credits' marks, agencies alone, the marks a
# sentence or a clause ends with, and white space of every kind.
_PARAGRAPH_PIECES = st.sampled_from(
    [
        "The",
        "the",
        "harbour",
        "board",
        "said",
        "Monday.",
        "In",
        "Key",
        "\u212aey",
        "\u0130",
        "3",
        "AFP",
        "AFP.",
        "Associated Press",
        "Getty Images.",
        "REUTERS/Jane Roe",
        "Photo:",
        "Photo by",
        "Credit:",
        "Credit...",
        "Image caption",
        "Courtesy of",
        "Photo courtesy",
        "PHOTO COURTESY ",
        "\u00a9",
        "|",
        "\u2026",
        "...",
        "(AFP)",
        "[SpaceX via Nasa]",
        "1 of 4",
        "Fot.",
        "- Sputnik",
        "\u2014",
        "(",
        "[",
        ".",
        "!",
        "?",
        ";",
        ",",
        ":",
        "\u3002",
        ")",
        "]",
    ]
)


# Credits and their marks that may end a line that ends like a sentence: a
# page's inline credits (a label and a colon or an ellipsis, "Photo courtesy",
# a bar, a copyright sign) and bare and parenthesized ones.
_ENDINGS = st.sampled_from(
    [
        "",
        " Photo: Jane Roe",
        " Credit\u2026 Jane Roe/Planet",
        " Credit... Jane Roe",
        " Photo courtesy Harbour Board",
        " Photo Courtesy Harbour Board",
        " PHOTO COURTESY Harbour Board",
        " | Photo Credit: PTI",
        " PHOTO | FILE | NATION MEDIA GROUP",
        " \u00a9 Provided by Harbour Media",
        " (Credit: Harbour Board)",
        " Fotoğraf: Jane Roe/AA",
        " REUTERS/Jane Roe",
        " - AFP",
        " (AFP)",
        " Fot. Jan Kowalski",
    ]
)


@st.composite
def _paragraphs(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(_PARAGRAPH_PIECES, _SPACES), max_size=30))
    opening = draw(
        st.sampled_from(
            [
                "",
                "",
                " ",
                "\u00a0",
                "\t",
                "Photo: ",
                "\u00a0Photo: ",
                "1 of 4 ",
                "1 of 4 Image caption ",
            ]
        )
    )
    ending = draw(_ENDINGS)
    closing = draw(st.sampled_from([".", "!", "?", ";", ",", ":", "\u2026", ")", "]", "", "x"]))
    trailing = draw(st.sampled_from(["", "", " ", "\n"]))
    body = "".join(piece + space for piece, space in pieces)
    return opening + body + ending + closing + trailing


@given(
    _paragraphs(),
    st.lists(
        st.sampled_from(["image caption", "in", "the", "key", "\u212aey", "\u0130", "(c) ", " "]),
        max_size=3,
    ),
)
@example("Boats wait at the quay. The harbour board said on Monday.", [])
@example("Getty Images.", [])
@example("Getty Images", [])
# A bare credit's separator at the window's first characters.
@example("The boats wait at the quay on Monday. REUTERS/J" + "a" * 69, [])
@example("The harbour board reopens the quay on Monday", [])
@example("The boats wait at the quay on Monday (AFP)", [])
@example("\u212aey by Jane Roe the boats at the quay on Monday", ["key"])
@example("1 of 4 Image caption The boats wait at the quay on Monday", [])
@example("The boats wait at the quay on Monday Photo: Jane Roe", [])
@example("In the harbour. Photo: Jane Roe/Harbour Gazette.", [])
@example("The harbour board said on Monday that the quay will reopen.", ["the"])
@example("The boats wait at the quay on Monday. PHOTO | FILE | NATION MEDIA GROUP.", [])
@example("The boats wait at the quay on Monday. Photo Courtesy Harbour Board.", [])
@example("The boats wait at the quay on Monday. PHOTO COURTESY Harbour Board.", [])
@example("The boats wait at the quay on Monday. Credit... Jane Roe.", [])
@example("The boats wait at the quay on Monday. Credit\u2026 Jane Roe.", [])
@example("The boats wait at the quay on Monday. \u00a9 Provided by Harbour Media.", [])
@example("The boats wait at the quay on Monday. Photo: Jane Roe.", [])
@example("The boats wait at the quay on Monday (AFP)", [])
@example("1 of 4 Image caption The boats wait at the quay on Monday.", [])
@example("\u00a0Photo by Jane Roe, the boats at the quay on Monday.", [])
@example("\u212aey by Jane Roe, the boats at the quay on Monday.", ["key"])
def test_page_caption_turn_down_keeps_every_caption(line: str, labels: list[str]) -> None:
    """is_page_caption turns a line ending like a sentence, or with no bare
    credit's separator near its end, down by string tests (its first
    character, its length, the marks near its end) before reading it: the
    same answer as reading it in full (page_caption_unbounded) and counting
    its words, with the default labels and agencies or a user's (labels
    opening with any character, an agency whose name ends in a full stop and
    is longer than most paragraphs)."""
    long_name = "Harbour Wire Service of the Northern Coast and the Islands Ltd."
    for knowledge in (
        DEFAULT_KNOWLEDGE,
        attrs.evolve(DEFAULT_KNOWLEDGE, caption_labels=tuple(labels)),
        attrs.evolve(DEFAULT_KNOWLEDGE, photo_labels=tuple(labels)),
        attrs.evolve(DEFAULT_KNOWLEDGE, clause_ends=",;:)]"),
        attrs.evolve(
            DEFAULT_KNOWLEDGE,
            agencies=(
                *DEFAULT_KNOWLEDGE.agencies,
                Agency(long_name, (long_name, *filter(None, [line.strip()]))),
            ),
        ),
    ):
        for text in (line, line.strip(), f"The {line.strip()}", long_name, f"The the {long_name}"):
            expected = len(text.split()) <= CAPTION_MAX_WORDS and page_caption_unbounded(
                text, knowledge=knowledge
            )
            assert is_page_caption(text, knowledge=knowledge) is expected


# The pieces of short lines of a story's stretch: credits in their shapes,
# agencies alone (with ``The``, in small letters, in capitals), headings,
# links, dates, a quote's attribution, a list of who is pictured.
_CREDIT_PIECES = st.sampled_from(
    [
        "Jane Roe",
        "Jane Roe/Daily Planet/Getty Images",
        "Jane Roe, AP",
        "AP",
        "Associated Press",
        "The Associated Press",
        "the Associated Press",
        "ASSOCIATED PRESS",
        "dpa",
        "Getty Images",
        "Photo: Tom Hale",
        "Image copyright Reuters",
        "\u00a9 Jane Roe",
        "Courtesy of the Harbour Board",
        "Harbour board meets",
        "News / Sport / Weather",
        "via AP",
        "via",
        "/",
        ", ",
        "(L-R) Jane Roe",
        "\u2014 Jane Roe",
        "\u2013",
        "-",
        "12 May 2024",
        "Fot. Jan Kowalski",
        "Harbour Wire Service",
        "\u212aey",
        "\u0130zmir",
        "\u00e9lan",
    ]
)


@st.composite
def _short_lines(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(_CREDIT_PIECES, min_size=1, max_size=4))
    space = draw(st.sampled_from([" ", "", "  ", "\u00a0"]))
    closing = draw(st.sampled_from(["", "", ".", "!", "?", ":", ";", ",", ")", "\u2026"]))
    return space.join(pieces) + closing


@given(st.lists(_short_lines(), max_size=6), st.lists(_CREDIT_PIECES, max_size=2))
@example(["AP", "dpa", "The Associated Press", "Jane Roe, AP", "Photo: Tom Hale"], [])
@example(["Harbour Wire Service", "The Harbour Wire Service", "x" * 81, "Harbour board"], [])
@example(["\u212aey Jane Roe", "Key Jane Roe"], ["\u212aey"])
@example(["Politics", "Courtesy of the Harbour Board", "Contact Us", "Copyright Tom Hale"], [])
# A credit in brackets, its line's whole (captions53), one whose brackets make
# it longer than a credit's bound, and who is pictured in brackets.
@example(["(Photo: Tom Hale)", "[Foto: ANP]", "(Photo: Jane Roe/" + "A" * 63 + ")"], ["foto"])
@example(["(L-R) Jane Roe, John Doe", "(Photo: Tom Hale]", "(Photo)", "Foto ANP"], [])
def test_credit_line_flags_keep_every_credit_line(lines: list[str], labels: list[str]) -> None:
    """credit_line_flags turns a page's blocks down by a sieve over the list
    (their length, their first and last characters, a credit's separators,
    a credit's mark opening them, an agency's name alone) and asks
    is_credit_line of the rest: the same answer as asking is_credit_line of
    every block, with the default labels and agencies or a user's (photo
    labels opening with any character, an agency whose name has no capital
    and one holding a line's words)."""
    stripped = [line.strip() for line in lines]
    for knowledge in (
        DEFAULT_KNOWLEDGE,
        attrs.evolve(DEFAULT_KNOWLEDGE, photo_labels=tuple(labels)),
        attrs.evolve(DEFAULT_KNOWLEDGE, copyright_labels=tuple(labels)),
        attrs.evolve(
            DEFAULT_KNOWLEDGE,
            agencies=(
                *DEFAULT_KNOWLEDGE.agencies,
                Agency("Harbour Wire Service", ("harbour wire service", "hws")),
                *(
                    Agency(line, (line,))
                    for line in stripped[:1]
                    if line and line.casefold() == line.casefold().strip()
                ),
            ),
        ),
    ):
        expected = [is_credit_line(line, knowledge=knowledge) for line in stripped]
        assert credit_line_flags(stripped, knowledge=knowledge) == expected
