"""Where a caption ends and its credit begins."""

from __future__ import annotations

import pytest

from wirestory.captions import CAPTION_MAX_WORDS, is_page_caption, split_credit

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
