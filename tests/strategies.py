"""Every Hypothesis strategy the tests use, in one place.

``stories()`` builds random stories and ``render()`` writes them in the seed's
raw layout, so a property can check that parsing the rendering gives the
stories back.
"""

from __future__ import annotations

import itertools
import re
import textwrap
from collections.abc import Callable

import attrs
from hypothesis import assume
from hypothesis import strategies as st

import wirestory
from wirestory import normalize
from wirestory.layouts.marked import compare_showings
from wirestory.normalize import curl_quotes

# Letters from several scripts, with accents and combining marks, so that
# normalization (NFC) and matching are exercised; no line breaks, no
# characters a marker or a number line could be made of on their own.
_LETTERS = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    + list("éèàçñöüßÉØåłşğ")
    + list("абвгдежзийклмн")
    + list("ابتثجحخدذرزسش")
    + list("αβγδεζηθ")
    + ["e\u0301", "a\u0308"]
)
_WORD = st.lists(_LETTERS, min_size=1, max_size=10).map("".join)
# What may stand between words: a space, a no-break space, several spaces.
_GAP = st.sampled_from([" ", " ", " ", "\u00a0", "  "])
_QUOTED = st.sampled_from(["“{}”", '"{}"', "‘{}’", "'{}'", "{}’s", "{}'s", "{}"])
_CREDITS = st.sampled_from(
    ["AFP", "Reuters", "AP", "EPA", "Getty Images", "SPA", "Moroccan Foreign Ministry", "dpa"]
)


def _words(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw: st.DrawFn) -> str:
        words = draw(st.lists(_WORD, min_size=min_size, max_size=max_size))
        text = words[0]
        for word in words[1:]:
            text += draw(_GAP) + draw(_QUOTED).format(word)
        return text

    return build()


@attrs.frozen
class GeneratedStory:
    """A story as a generator sees it: raw field values, before normalization."""

    headline: str
    captions: tuple[tuple[str, str | None], ...]
    marker: bool
    repeat: bool
    body: tuple[str, ...]
    subheadings: tuple[int, ...]
    wrap: bool


@st.composite
def stories(draw: st.DrawFn, *, marker: bool | None = None) -> GeneratedStory:
    """A random story: headline; 0-3 captions with or without credits; marker or
    not; repeated block or not; 1-20 paragraphs, some of them subheadings."""
    has_marker = draw(st.booleans()) if marker is None else marker
    headline = draw(_words(2, 10))
    captions: list[tuple[str, str | None]] = []
    if has_marker:
        for _ in range(draw(st.integers(0, 3))):
            text = draw(_words(1, 12)) + "."
            if all(text.split() != c[0].split() for c in captions):
                captions.append((text, draw(st.none() | _CREDITS)))
    count = draw(st.integers(1, 20))
    body: list[str] = []
    subheadings: list[int] = []
    for index in range(count):
        # A subheading sits between two paragraphs: never first or last.
        if 0 < index < count - 1 and subheadings[-1:] != [index - 1] and draw(st.booleans()):
            subheadings.append(index)
            # Capitalized, no quotes, no closing punctuation: how a label looks.
            label = draw(st.lists(_WORD, min_size=1, max_size=5))
            subheading = draw(_LETTERS.filter(str.isupper)) + " ".join(label)
            # Never ``TT``, render()'s marker line: a paragraph of the marker alone
            # is the seed's marker (a caption header above it, read so and
            # diagnosed, tests/test_propfuzz25.py), not a subheading of a story.
            # Never the headline shown again (its words, or a small edit of
            # them): with a paragraph under it repeating one above, that is
            # the seed's repeated header (read so and diagnosed,
            # tests/test_propfuzz25.py), no subheading of a story.
            assume(compare_showings(subheading, headline) is None)
            body.append(subheading if subheading != "TT" else subheading + "a")
        else:
            paragraph = draw(_words(1, 30)) + draw(st.sampled_from([".", ".”", '."', "!"]))
            # Nor a paragraph showing the headline again (its words and a full
            # stop): the seed's repeated header too, over a repeated paragraph.
            assume(compare_showings(paragraph, headline) is None)
            body.append(paragraph)
    return GeneratedStory(
        headline=headline,
        captions=tuple(captions),
        marker=has_marker,
        repeat=has_marker and draw(st.booleans()),
        body=tuple(body),
        subheadings=tuple(subheadings),
        wrap=draw(st.booleans()),
    )


def render(story: GeneratedStory) -> str:
    """The story in the seed's raw layout, without a final line break."""
    lines = [story.headline, ""]
    shown = [f"{text} ({credit})" if credit else text for text, credit in story.captions]
    if story.marker:
        lines += [line for caption in shown for line in (caption, caption)]
        lines += ["TT", ""]
        if story.repeat:
            lines += [story.headline, ""]
            if shown:
                lines += [line for caption in shown for line in (caption, caption)]
                lines.append("")
    for index, paragraph in enumerate(story.body):
        if story.wrap and index not in story.subheadings:
            # Hard-wrap at 70 columns; every generated word is at most 10
            # letters, so each wrapped line but the last is "full".
            # textwrap breaks only at ASCII spaces: make every gap one first.
            plain = " ".join(paragraph.split())
            lines += textwrap.wrap(plain, 70, break_long_words=False, break_on_hyphens=False)
        else:
            lines.append(paragraph)
        lines.append("")
    return "\n".join(lines[:-1])


def expected_fields(story: GeneratedStory) -> dict[str, object]:
    """What parsing the rendering must give back."""

    def clean(text: str) -> str:
        return " ".join(normalize(text).split("\n"))

    def rendered(index: int, paragraph: str) -> str:
        # render() folds the gaps of a paragraph it wraps into single spaces, and
        # a no-break space can matter to the repair: "éØ\u00a0" reads as
        # mojibake to ftfy, "éØ " does not.
        if story.wrap and index not in story.subheadings:
            return " ".join(paragraph.split())
        return paragraph

    return {
        "headline": clean(story.headline),
        "captions": [(clean(text), credit) for text, credit in story.captions],
        "marker": "TT" if story.marker else None,
        "body": [clean(rendered(i, p)) for i, p in enumerate(story.body)],
        "subheading_indices": list(story.subheadings),
    }


# Blank-line runs between stories: 2 to 6 lines, some holding spaces or tabs.
separators = st.lists(st.sampled_from(["", " ", "\t", "  \t "]), min_size=2, max_size=6).map(
    lambda blanks: "\n" + "\n".join(blanks) + "\n"
)

# Arbitrary text weighted towards what breaks line-based parsers: line breaks
# of every kind, blank-looking lines, markers, numbers, parentheses, controls.
_NASTY = st.sampled_from(
    [
        "\n",
        "\r\n",
        "\r",
        "\n\n\n",
        " \t\n",
        "\u00a0\n",
        "TT\n",
        "20\n",
        "(",
        ")",
        "(AFP)",
        "\x00",
        "\ufeff",
        "\u2028",
        "\x85",
        "â€œ",
        "&amp;",
        "\u200b",
        ". REUTERS/A B",
        "\x1b[31m",
    ]
)
arbitrary_text = st.lists(st.text(max_size=20) | _NASTY, max_size=40).map("".join)

# Arbitrary text weighted towards a converter's marks (``markdown_view``):
# headings, bullets, quotes, emphasis, links and images whole, cut or wrapped,
# reference links, underlines, a text-mode browser's link numbers.
_MARKS = st.sampled_from(
    [
        "# ",
        "## ",
        "\n# ",
        "\n\n",
        "\n",
        "* ",
        "- ",
        "> ",
        "**",
        "__",
        "_",
        "*",
        "[",
        "]",
        "](",
        ")",
        "![",
        "[a](https://a.example/b)",
        "![Image 1: c](/d.jpg)",
        "[e][6]",
        "[3][4]",
        "\n===\n",
        "\n---\n",
        "[7]",
        "References\n",
        "\u200b",
        " ",
        "word",
    ]
)
markdown_text = st.lists(st.text(max_size=8) | _MARKS, max_size=40).map("".join)


# Datelines built from their parts, in the forms the wire-conventions issue lists.
_CAPS_PLACES = st.sampled_from(
    ["WASHINGTON", "LONDON", "NEW YORK", "BAHRAIN", "KUALA LUMPUR", "GREEN BAY", "RIYADH",
     "ST. LOUIS", "CAIRO", "DUBAI"]
)  # fmt: skip
_TITLE_PLACES = st.sampled_from(["Paris", "Beirut", "Baghdad", "London", "Kyiv", "Cairo"])
_REGIONS = st.sampled_from(["Italy", "Calif.", "Wis.", "Ohio", "British Columbia", "N.Y."])
_DATES = st.sampled_from(["Oct 19", "March 3", "June 14", "Dec. 2", "OCT 20", "Jan 1"])
_WIRE_AGENCIES = st.sampled_from(["AP", "Reuters", "AFP", "CNN", "dpa", "EFE"])
_DASHES = st.sampled_from(["-", "–", "—", "--", "_"])


@st.composite
def dateline_and_body(draw: st.DrawFn) -> tuple[str, str, str]:
    """(dateline, what separates it from the body, body) in one of the wire forms."""
    form = draw(st.integers(0, 5))
    dash = draw(_DASHES)
    if form == 0:  # WASHINGTON (AP) —  /  GROSSETO, Italy, Oct 19 (AP) --
        place = draw(_CAPS_PLACES)
        region = draw(st.none() | _REGIONS)
        date = draw(st.none() | _DATES)
        text = place + (f", {region}" if region else "") + (f", {date}" if date else "")
        dateline = f"{text} ({draw(_WIRE_AGENCIES)}) {dash}"
    elif form == 1:  # BAHRAIN, Oct 19 -
        region = draw(st.none() | _REGIONS)
        dateline = f"{draw(_CAPS_PLACES)}{', ' + region if region else ''}, {draw(_DATES)} {dash}"
    elif form == 2:  # Paris (AFP) –
        dateline = f"{draw(_TITLE_PLACES)} ({draw(_WIRE_AGENCIES)}) {dash}"
    elif form == 3:  # (CNN) --
        dateline = f"({draw(_WIRE_AGENCIES)}) {dash}"
    elif form == 4:  # RIYADH:
        dateline = f"{draw(_CAPS_PLACES)}:"
    else:  # Beirut, Reuters—
        dateline = f"{draw(_TITLE_PLACES)}, {draw(st.sampled_from(['Reuters', 'AP', 'AFP']))}{dash}"
    separator = draw(st.sampled_from([" ", "  "])) if not dateline.endswith("—") else ""
    separator = separator or draw(st.sampled_from(["", " "]))
    first = draw(_LETTERS.filter(str.isupper))
    body = first + draw(_words(1, 20)) + "."
    return dateline, separator, body


# A first paragraph opening like ordinary prose: a capitalised word, then a
# lower-case one that is not a place-name particle, then anything a sentence
# holds (commas, dashes, colons, parentheses with agency names included), ending
# like a sentence.
ordinary_openings = st.builds(
    lambda first, rest, second, tail: f"{first}{rest} {second} {tail} officials said.",
    _LETTERS.filter(str.isupper),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8),
    # Not a particle of a place name ("Ras al Khaimah (AP) —" is a dateline).
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8).filter(
        lambda word: word not in {"al", "el", "de", "of"}
    ),
    st.lists(
        st.sampled_from(["said", "(AP)", "-", "—", ":", "Reuters", "LONDON", ",", "Oct 19", "the"]),
        max_size=12,
    ).map(" ".join),
)

# "By" followed by what is never a person's name, in several spellings.
non_name_bylines = st.builds(
    lambda opener, phrase, case: f"{opener} {case(phrase)}",
    st.sampled_from(["By", "by", "BY", "Story by"]),
    st.sampled_from(
        [
            "Email the author",
            "3 minutes ago",
            "5 Minute Read",
            "November 19, 2019",
            "Published November 20th, 2019 - 07:29 GMT",
            "Updated 2 hours ago",
            "Share",
            "The Associated Press",
            "Reuters",
            "Asharq Al-Awsat",
            "Associated Press",
            "Follow on Twitter",
            "Staff Reporter",
            "Oct. 19, 2024",
            "12:30 PM EST",
        ]
    ),
    st.sampled_from([str, str.upper, str.title, str.lower]),
)

# All of Unicode, lone surrogates and C0/C1 controls included, with line breaks of
# every kind and the odd long line: what hostile or broken input looks like.
hostile_text = st.lists(
    st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
    | _NASTY
    | st.integers(100, 3000).map(lambda n: "x" * n),
    max_size=30,
).map("".join)


# Text for comparing the fast normalization with the reference, weighted towards
# what ftfy and the fast path's character classes decide on: mojibake pieces and
# their lead characters, Latin-1 letters next to curly quotes, C0/C1 controls,
# entities before and after a "<", ligatures, full-width forms, combining marks
# and Hangul jamo (NFC), line breaks of every kind, invisible characters, runs of
# white space, lone surrogates and astral characters.
_HARD_PIECES = st.sampled_from(
    [
        "â€œ",
        "â€\x9d",
        "â€™",
        "â€",
        "Ã©",
        "Ã",
        "Â",
        "Ã ",
        "Â ",
        "Ã\xa0",
        "ÃƒÂ©",
        "Ø§Ù„",
        "Ù",
        "вЂ",
        "ГўВЂВ",
        "В“С",
        "β€",
        "Β“Β",
        "ā€",
        "‚ó",
        "√±",
        "≈°",
        "×²",
        "é",
        "ü",
        "ö",
        "ß",
        "É",
        "Œ",
        "œ",
        "€",
        "£",
        "¢",
        "°",
        "µ",
        "§",
        "©",
        "®",
        "™",
        "«",
        "»",
        "•",
        "\u2500",
        "\ufffd",
        "\x80",
        "\x85",
        "\x93",
        "\x94",
        "\x9d",
        "“",
        "”",
        "‘",
        "’",
        "ʼ",
        "„",
        '"',
        "'",
        "'90s",
        "–",
        "—",
        "…",
        "ﬁ",
        "ﬂ",
        "ĳ",
        "Ｌ",
        "ｏ",
        "\u3000",
        "ｶ",
        "e\u0301",
        "\u0301",
        "\u0308",
        "\u0655",
        "가",
        "\u1100\u1161",
        "\u11a8",
        "\u212b",
        "&amp;",
        "&lt;",
        "&lt;b&gt;",
        "<",
        "&#x2019;",
        "&EACUTE;",
        "&nbsp;",
        "&foo;",
        "&am\u200bp;",
        "\x1b[31m",
        "\x00",
        "\x0b",
        "\x0c",
        "\x1c",
        "\x7f",
        "\r",
        "\r\n",
        "\n",
        "\n\n",
        "\u2028",
        "\u2029",
        "\ufeff",
        "\u200b",
        "\u2060",
        "\u200d",
        "\ud83d",
        "\ude00",
        "\ud83d\ude00",
        "😀",
        "\U0001d165",
        "\U000e0001",
        "\U0001ffff",
        "\xa0",
        "\u00ad",
        "\u202f",
        "  ",
        "\t",
        " ",
        " \n ",
        "a",
        "Z",
        "the",
        ".",
        ",",
        "(",
        "?",
    ]
)
hard_text = st.lists(
    _HARD_PIECES | st.text(max_size=4) | st.characters(max_codepoint=0x3000), max_size=40
).map("".join)

# Prose with straight quotes in the places news copy puts them: around words,
# nested, after dashes and brackets, as apostrophes and elisions.
_QUOTE_PIECES = st.sampled_from(
    ['"', "'", " ", "\n", "word", "it's", "'90s", "(", ")", "—", "-", ".", ",", "“", "’", "é", "5"]
)
quoted_text = st.lists(_QUOTE_PIECES, max_size=30).map("".join)

# A headline-like line and another showing of it: the same, or edited a word or
# a character at a time (case, punctuation, a word swapped), in ASCII or not, so
# comparing showings meets equal, edited and unrelated lines alike.
_SHOWING_PIECES = st.sampled_from(
    [
        "Storm",
        "hits",
        "COAST",
        "the",
        "and",
        " ",
        "  ",
        "\t",
        "\x1c",
        "-",
        "\u2019",
        "\u2014",
        "\u00a3",
        "\u00a0",
        ",",
        "'",
        "“",
        "é",
        "\u200b",
    ]
)
_showing_line = st.lists(_SHOWING_PIECES | st.characters(max_codepoint=0x7F), max_size=24).map(
    "".join
)


# Text whose lines end in LF, CRLF or a lone CR, alone or mixed (Windows
# files, old Mac files, scrapers mixing them), with blank lines between.
line_break_text = st.lists(
    st.sampled_from(["\n", "\r\n", "\r", "word", "Storm hits", " ", "\u2028", "é"]),
    max_size=30,
).map("".join)


# Lines of a dump from few pieces, so that headlines come back as repeats,
# captions as second showings, markers and blank runs in every order: what the
# marked layout's detect() looks at.
header_lines = st.lists(
    st.sampled_from(
        [
            "",
            "",
            " ",
            "TT",
            "XY",
            "20",
            "Storm hits coast",
            "STORM HITS COAST.",
            "A flooded street in Hull. (AFP)",
            "A flooded street in Hull. AFP",
            "The storm reached the coast on Monday, officials said.",
        ]
    ),
    max_size=40,
).map("\n".join)


@st.composite
def showing_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A line and a second showing of it (the same, edited, or another line)."""
    first = draw(_showing_line)
    pieces = list(first)
    for _ in range(draw(st.integers(0, 3))):
        position = draw(st.integers(0, len(pieces)))
        edit = draw(st.sampled_from(["insert", "delete", "upper"]))
        if edit == "insert":
            pieces.insert(position, draw(_SHOWING_PIECES))
        elif position < len(pieces) and edit == "delete":
            del pieces[position]
        elif position < len(pieces):
            pieces[position] = pieces[position].upper()
    second = draw(st.sampled_from(["".join(pieces), draw(_showing_line)]))
    return first, second


# A web page's furniture around a story, as a scraper saves the page's text: the
# page title, a menu, a share bar above the story; related links and a footer
# below it. Written for the tests.
PAGE_TOP = """{title} | The Daily Example

Skip to main content
Menu
News
World
Business
Sport
Culture
Subscribe
Sign In
"""
PAGE_SHARE = "Share\nTweet\nEmail\n"
PAGE_BOTTOM = """Related stories
Harbour works to start in spring
Council election date confirmed
Most read
Advertisement
About us
Contact us
Privacy Policy
Terms of Use
© 2024 The Daily Example. All rights reserved.
"""

# Openings full of English function words: what makes a generated paragraph read
# as a page's prose (a page's paragraphs are one line each, of running text).
_PROSE_OPENINGS = st.sampled_from(
    [
        "It was not the first time that they had been there, and they said that it was",
        "For most of the day there was no sign of them at all, but by the evening it was",
        "He said that he and his family had not been told of it until they were at the",
        "As many of them had feared, it was only after all of this was over that it was",
    ]
)


def wrapped(text: str, width: int) -> str:
    """``text`` as a text-mode browser dumps it: each line of more than ``width``
    characters cut at spaces, a blank line after each cut paragraph.

    Only a plain space is a place to cut: a no-break space (U+00A0) stays inside
    its word, as a browser keeps it, so the wrapped text holds the same
    characters as the page. (Cutting there once turned ``å`` ``Ø`` U+00A0, which
    ftfy reads as mojibake, into ``åØ`` and a new line, which it leaves alone.)"""
    out: list[str] = []
    for line in text.splitlines():
        if len(line) <= width:
            out.append(line)
            continue
        row = ""
        for word in filter(None, line.split(" ")):
            if row and len(row) + 1 + len(word) > width:
                out.append(row)
                row = word
            else:
                row = f"{row} {word}" if row else word
        out += [row, ""]
    return "\n".join(out) + "\n"


@st.composite
def page_dumps(draw: st.DrawFn) -> tuple[str, GeneratedStory]:
    """A story from ``stories()`` (no marker), its paragraphs made page prose (an
    opening of English function words before the generated words, one line
    each), inside a page's furniture; returns the page text and the story."""
    story = draw(stories(marker=False))
    body = tuple(
        paragraph if index in story.subheadings else f"{draw(_PROSE_OPENINGS)} {paragraph}"
        for index, paragraph in enumerate(story.body)
    )
    story = attrs.evolve(story, body=body, wrap=False)
    title = " ".join(story.headline.split())
    text = PAGE_TOP.format(title=title) + "\n" + story.headline + "\n" + PAGE_SHARE + "\n"
    text += render(story).split("\n", 2)[2] + "\n\n" + PAGE_BOTTOM
    return text, story


# --- The seed's layout with the variations real copies of it show ---------------
#
# A header block (headline, captions each shown 1-3 times, a marker line of any
# short text or none), the block shown again (its headline edited in case, a
# trailing full stop or a word, its credits written another way), then the body;
# unmarked stories mixed in; blank runs of 2-8 lines between stories; CRLF line
# ends; no-break spaces at line edges.

_MARKERS = st.sampled_from(["TT", "XY", "Gallery", "Photos", "QZ"])
_AGENCY_CREDITS = st.sampled_from(["AFP", "Reuters", "AP", "EPA", "SPA", "dpa"])
_CREDIT_FORMS = st.sampled_from(["({})", ". {}", " - {}"])
_SENTENCE = _WORD.map(str.capitalize)


def _clean(text: str) -> str:
    """A field as the parser gives it back: normalized, line breaks as spaces."""
    return " ".join(normalize(text).split("\n"))


def _credited(text: str, credit: str, form: str) -> str:
    """``text`` (a sentence without its full stop) with ``credit`` written in ``form``."""
    if form == "({})":
        return f"{text}. ({credit})"
    return text + form.format(credit)


@attrs.frozen
class SeedLayoutStory:
    """A story as rendered by :func:`render_seed_layout`, and what parsing must give."""

    text: str
    expected: dict[str, object]
    wire: bool = False
    """A wire story (headline, then a lead opening with an agency's dateline),
    which may be set one blank line under a wire story or a marked one."""
    unmarked: bool = False
    """An unmarked story: headline, then paragraphs."""


_WIRE_DATELINES = st.sampled_from(
    ["OSLO, March 3 (Reuters) - ", "NAIROBI, May 12 (AFP) - ", "LIMA (AP) — ", "BONN (dpa) - "]
)
# What a dump may set between a wire story and the next one glued under it
# (the story above ending in a full stop): one blank line, an end mark or a
# trailer with a blank line or none.
_WIRE_GAPS = st.sampled_from(["\n\n", "\n(END)\n", "\n\nENDS\n\n", "\n-30-\n\n", "\n(Reuters)\n"])


@st.composite
def seed_layout_stories(draw: st.DrawFn) -> SeedLayoutStory:
    """One story in the seed's layout with random variations, an unmarked one,
    or a wire story."""
    words = draw(st.lists(_WORD, min_size=3, max_size=8))
    comma = draw(st.integers(1, len(words) - 1)) if draw(st.booleans()) else None
    headline = " ".join(
        (word.capitalize() + ("," if position + 1 == comma else ""))
        for position, word in enumerate(words)
    )
    body = [
        draw(_SENTENCE) + " " + draw(_words(3, 15)) + "." for _ in range(draw(st.integers(1, 4)))
    ]
    kind = draw(st.sampled_from(["marked", "marked", "unmarked", "wire"]))
    if kind != "marked":
        # An unmarked story: headline, then paragraphs; a wire story's first
        # opens with its dateline.
        dateline = draw(_WIRE_DATELINES) if kind == "wire" else ""
        lines = [headline, ""] + [
            line
            for number, paragraph in enumerate(body)
            for line in ((dateline if number == 0 else "") + paragraph, "")
        ]
        expected = {
            "headline": _clean(headline),
            "captions": [],
            "marker": None,
            "body": [_clean(paragraph) for paragraph in body],
        }
        return SeedLayoutStory(
            "\n".join(lines[:-1]), expected, wire=kind == "wire", unmarked=kind == "unmarked"
        )
    captions = []
    for _ in range(draw(st.integers(1, 3))):
        text = draw(_SENTENCE) + " " + draw(_words(2, 12))
        if all(text != other for other, _ in captions):
            captions.append((text, draw(_AGENCY_CREDITS)))
    shown = draw(st.integers(1, 3))
    marker = draw(st.none() | _MARKERS)
    edit = draw(st.sampled_from(["none", "none", "capitals", "full stop", "and"]))
    repeated = {
        "none": headline,
        "capitals": headline.upper(),
        "full stop": headline + ".",
        "and": headline.replace(",", " and", 1) if comma else headline + " now",
    }[edit]
    header_form = "({})"
    repeat_form = draw(st.sampled_from(["({})", "({})", ". {}", " - {}"]))
    edge = draw(st.sampled_from(["", "", "\u00a0"]))  # a no-break space ending the headline
    lines = [headline + edge, ""]
    for text, credit in captions:
        lines += [_credited(text, credit, header_form)] * shown
    if marker is not None:
        lines.append(marker)
    lines += ["", repeated, ""]
    for text, credit in captions:
        lines += [_credited(text, credit, repeat_form)] * shown
    lines.append("")
    lines += [line for paragraph in body for line in (paragraph, "")]
    expected = {
        "headline": _clean(headline),
        "captions": [[_clean(f"{text}."), credit] for text, credit in captions],
        "marker": marker,
        "body": [_clean(paragraph) for paragraph in body],
    }
    return SeedLayoutStory("\n".join(lines[:-1]), expected)


@st.composite
def seed_layout_dumps(draw: st.DrawFn) -> tuple[str, list[dict[str, object]]]:
    """1-4 stories of :func:`seed_layout_stories` joined by 2-8 blank lines
    (a wire story under a wire or a marked one maybe by one blank line, or an
    end mark or a trailer), with LF or CRLF line ends, and what parsing must
    give back."""
    generated = draw(st.lists(seed_layout_stories(), min_size=1, max_size=4))
    text = generated[0].text
    for above, story in itertools.pairwise(generated):
        if story.wire and not above.unmarked and draw(st.booleans()):
            text += draw(_WIRE_GAPS) + story.text
        else:
            text += "\n" * draw(st.integers(3, 9)) + story.text
    text += "\n"
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text, [story.expected for story in generated]


# Text full of what HTML escaping must handle: tags, a script, comments, quotes
# and ampersands, character references, between the nasty pieces above.
_MARKUP = st.sampled_from(
    ["<script>alert(1)</script>", "</div>", "<b>", "<!--", "-->", '"', "'", "&", "&lt;", "&#x41;"]
)
markup_text = st.lists(_MARKUP | _NASTY | st.text(max_size=10), max_size=30).map("".join)


# Layout variations: how a user's scraper, crawler or feed writes the same
# story's text another way. Each is a function of the whole text, written for
# any line ends the text already has (the terminators are kept apart from the
# lines' text). What each may change and what it must not is said in
# tests/test_variants37.py.
_TERMINATED = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")


def _each_line(text: str, change: Callable[[str], str]) -> str:
    """``text`` with ``change`` applied to each line's text, its terminator kept."""
    return "".join(
        change(line) + ending for line, ending in _TERMINATED.findall(text) if line or ending
    )


def _endings(text: str, ending: str) -> str:
    return re.sub(r"\r\n|\r|\n", ending, text)


def _blank_lines_holding(text: str) -> str:
    """Each empty line holding a space and a tab (a line holding a no-break
    space alone is left: the seed site's mark between one story's paragraphs)."""
    return _each_line(text, lambda line: line or " \t")


def _trailing_white(text: str) -> str:
    return _each_line(text, lambda line: line + " \t" if line.strip() else line)


def _indented(text: str) -> str:
    return _each_line(text, lambda line: "  " + line if line.strip() else line)


def _straight_quotes(text: str) -> str:
    return text.translate(dict.fromkeys(map(ord, "“”„"), '"') | dict.fromkeys(map(ord, "‘’"), "'"))


def _dateline_dash(dash: str) -> Callable[[str], str]:
    """A wire dateline's dash after the agency's parenthesis written another way
    (``WASHINGTON (AP) —``, ``–``, ``-``)."""
    return lambda text: re.sub(r"\) [-–—] ", f") {dash} ", text)


def _byline_in_capitals(text: str) -> str:
    """A byline line set in capitals (``BY JANE ROE``), as a site's style sheet
    shows it and a copy of the page's text keeps it."""
    return _each_line(
        text, lambda line: line.upper() if re.match(r"[ \t]*By [A-Z]", line) else line
    )


def _no_break_spaces(text: str) -> str:
    """Every space between two words a no-break space (U+00A0), as a scraper
    turning each ``&nbsp;`` into its character leaves a page's text."""
    return re.sub(r"(?<=\S) (?=\S)", "\u00a0", text)


def _zero_width_openings(text: str) -> str:
    """A zero-width space (U+200B) opening each line that holds more, as a
    scraper's ``&#8203;`` at each paragraph's start leaves a page's text."""
    return _each_line(text, lambda line: "\u200b" + line if line.strip() else line)


def _tab_indented(text: str) -> str:
    """Each line that holds more opened with a tab, as a converter indents a
    page's text (``\t# Headline``, ``\tImage caption, …``)."""
    return _each_line(text, lambda line: "\t" + line if line.strip() else line)


def _first_line_indent(indent: str) -> Callable[[str], str]:
    """``indent`` opening the first line of each block (a typist's first-line
    indent: a tab, or four spaces), the block's other lines as they were."""

    def indented(text: str) -> str:
        out: list[str] = []
        above_blank = True
        for line, ending in _TERMINATED.findall(text):
            if not line and not ending:
                continue
            filled = bool(line.strip())
            out.append((indent + line if filled and above_blank else line) + ending)
            above_blank = not filled
        return "".join(out)

    return indented


def _two_spaces_after_full_stops(text: str) -> str:
    """Two spaces after a sentence's end (a word of two small letters or more
    and its full stop, question or exclamation mark) before a capital, as a
    typist sets them; not after ``Dr.`` or ``U.S.``."""
    return re.sub(r"(?<=[a-z]{2}[.?!]) (?=[A-Z])", "  ", text)


def _zero_width_after_sentences(text: str) -> str:
    """A zero-width space (U+200B) after each sentence's end (a word of two
    small letters or more and its full stop, question or exclamation mark,
    before a space and a capital, or a word's mark ending its line), as a
    site's ``&#8203;`` after every sentence (a break hint) leaves its text;
    not after ``Dr.`` or ``U.S.``."""
    return re.sub(
        "(?<=[a-z]{2}[.?!])(?= [A-Z])|(?<=\\w[.?!\u3002])(?=\r?$)", "\u200b", text, flags=re.M
    )


def _trailing_no_break_spaces(text: str) -> str:
    """A no-break space (U+00A0) ending each line that holds more, as a
    scraper turning a paragraph's closing ``&nbsp;`` into its character
    leaves a page's text."""
    return _each_line(text, lambda line: line + "\u00a0" if line.strip() else line)


def _crlf_from_the_middle(text: str) -> str:
    """Windows line ends (CRLF) from the middle line on, the lines above
    ending as they did: a story pasted together from two files, or a
    scraper joining a page's pieces saved on two systems."""
    feeds = [match.start() for match in re.finditer("\n", text)]
    if len(feeds) < 2:
        return text
    middle = feeds[len(feeds) // 2 - 1] + 1  # the middle line's start
    return text[:middle] + re.sub("\r?\n", "\r\n", text[middle:])


def _doubled_carriage_returns(text: str) -> str:
    """Each line ending CR CR LF, as a text saved on Windows (CRLF) is
    written again through a Windows text-mode file, which turns its LF into
    CRLF: each line's CR is then a line end of its own, and the text reads
    a blank line under every line."""
    return re.sub("\r?\n", "\r\r\n", text)


def _no_final_line_break(text: str) -> str:
    return re.sub(r"[\r\n\u2028]+\Z", "", text)


def _trailing_blank_lines(text: str) -> str:
    return _no_final_line_break(text) + "\n" * 6


def _blank_lines_holding_a(mark: str) -> Callable[[str], str]:
    """Each empty line holding ``mark`` alone (a vertical tab or a form feed),
    as a converter turning a ``<br>`` or a page's break into a control
    character leaves the blank lines between blocks (tests/test_variants52.py)."""
    return lambda text: _each_line(text, lambda line: line or mark)


# What a variation is named in a test's id, and how it changes a text. The
# order is the order they are applied in when several are drawn: the words
# first, then the lines, then the whole text's line ends and its opening.
LAYOUT_VARIATIONS: dict[str, Callable[[str], str]] = {
    "straight-quotes": _straight_quotes,
    "curly-quotes": curl_quotes,
    "em-dash": _dateline_dash("—"),
    "en-dash": _dateline_dash("–"),
    "hyphen": _dateline_dash("-"),
    "ellipsis-character": lambda text: text.replace("...", "…"),
    "ellipsis-dots": lambda text: text.replace("…", "..."),
    "byline-in-capitals": _byline_in_capitals,
    "two-spaces-after-full-stops": _two_spaces_after_full_stops,
    "no-break-spaces": _no_break_spaces,
    "zero-width-after-sentences": _zero_width_after_sentences,
    "zero-width-openings": _zero_width_openings,
    "blank-lines-holding-spaces": _blank_lines_holding,
    "vertical-tab-blank-lines": _blank_lines_holding_a("\x0b"),
    "trailing-spaces": _trailing_white,
    "trailing-no-break-spaces": _trailing_no_break_spaces,
    "indented": _indented,
    "tab-indented": _tab_indented,
    "first-line-tab": _first_line_indent("\t"),
    "no-break-space-indents": _first_line_indent("\u00a0" * 4),
    "no-final-line-break": _no_final_line_break,
    "trailing-blank-lines": _trailing_blank_lines,
    "crlf": lambda text: _endings(text, "\r\n"),
    "crlf-from-the-middle": _crlf_from_the_middle,
    "lone-cr": lambda text: _endings(text, "\r"),
    "line-separators": lambda text: _endings(text, "\u2028"),
    "bom": lambda text: "\ufeff" + text,
}


def _mojibake(text: str) -> str:
    """The text's UTF-8 bytes read as Windows-1252 (ftfy's "sloppy" codec keeps
    the five bytes Windows-1252 leaves undefined), as a scraper that took a
    UTF-8 page for Windows-1252 leaves it: ``â€”`` for ``—``."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


def _html_entities(text: str) -> str:
    """The characters a scraper leaves escaped: ``&amp;``, ``&quot;``,
    ``&#8217;`` for ``’`` and ``&nbsp;`` for a no-break space."""
    return (
        text.replace("&", "&amp;")
        .replace('"', "&quot;")
        .replace("\u2019", "&#8217;")
        .replace("\u00a0", "&nbsp;")
    )


def _one_line_feed_between_blocks(text: str) -> str:
    """One line feed, not a blank line, between a story's blocks (one paragraph
    a line, as a feed's ``<p>`` turned into a line break); two blank lines or
    more (between stories) kept."""
    return re.sub(r"(?<![\r\n])(\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)(?![ \t]*[\r\n])", r"\1", text)


def _hard_wrap(width: int) -> Callable[[str], str]:
    """Every line longer than ``width`` columns broken at its spaces, as an
    e-mail client, a terminal dump or an old wire feed sets text: each piece
    as long as fits, the space at each break turned into the line's ending (a
    word longer than ``width`` stands on a line of its own, unbroken)."""

    def wrap(line: str) -> str:
        if len(line) <= width:
            return line
        pieces: list[str] = []
        while len(line) > width:
            cut = line.rfind(" ", 1, width + 1)
            if cut <= 0 or not line[:cut].strip():
                cut = line.find(" ", width + 1)
                if cut < 0:
                    break
            pieces.append(line[:cut])
            line = line[cut + 1 :]
        pieces.append(line)
        return "\n".join(pieces)

    return lambda text: "".join(
        wrap(line).replace("\n", ending or "\n") + ending
        for line, ending in _TERMINATED.findall(text)
        if line or ending
    )


def _soft_hyphens(text: str) -> str:
    """A soft hyphen (U+00AD) after the fifth letter of each word of ten
    letters or more, as a scraper keeping a site's ``&shy;`` (set in long
    words for the browser to break them) leaves a page's text:
    ``Photo\u00adgraph:``, ``Adver\u00adtisement``."""
    return re.sub(r"(?<![^\W\d_])([^\W\d_]{5})(?=[^\W\d_]{5})", "\\1\u00ad", text)


def _blank_lines_doubled(text: str) -> str:
    """Two blank lines wherever one stood between blocks (html-text's and
    readability's output, a ``<p>``'s margins each a blank line); runs of two
    blank lines or more (between stories) kept."""
    return re.sub(r"(?<![\r\n])(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)(?![ \t]*[\r\n])", r"\1\2\2", text)


def _headline_in_capitals(text: str) -> str:
    """Each story's headline lines (as the text reads) set in capitals, as a
    style sheet's ``text-transform: uppercase`` shows them and a browser's
    copy of the page's text (``innerText``) keeps them; the page's title and
    the other lines as written."""
    pieces: list[str] = []
    done = 0
    for story in wirestory.parse(text):
        for segment in story.segments:
            if segment.role == wirestory.Role.HEADLINE:
                pieces += [text[done : segment.start], text[segment.start : segment.end].upper()]
                done = segment.end
    return "".join(pieces) + text[done:]


# Variations of a text's lines' width and indent (tests/test_variants50.py):
# read the same, or said by a diagnostic the plain text's reading does not carry.
WRAP_VARIATIONS: dict[str, Callable[[str], str]] = {
    "hard-wrap-72": _hard_wrap(72),
    "hard-wrap-80": _hard_wrap(80),
    "four-space-indent": lambda text: _each_line(
        text, lambda line: "    " + line if line.strip() else line
    ),
    "four-space-first-line": _first_line_indent("    "),
}


# Variations that the layouts' rules cannot always read the same, each with the
# diagnostic a story must carry when it reads otherwise (tests/test_variants48.py).
SAID_VARIATIONS: dict[str, Callable[[str], str]] = {
    "mojibake": _mojibake,
    "html-entities": _html_entities,
    "one-line-feed-between-blocks": _one_line_feed_between_blocks,
    "soft-hyphens": _soft_hyphens,
    "two-blank-lines-between-blocks": _blank_lines_doubled,
    "form-feed-blank-lines": _blank_lines_holding_a("\x0c"),
    "headline-in-capitals": _headline_in_capitals,
    "doubled-carriage-returns": _doubled_carriage_returns,
}


def layout_variations() -> st.SearchStrategy[tuple[str, ...]]:
    """One to three of ``LAYOUT_VARIATIONS``' names, in the order they apply."""
    order = list(LAYOUT_VARIATIONS)
    return st.sets(st.sampled_from(order), min_size=1, max_size=3).map(
        lambda names: tuple(sorted(names, key=order.index))
    )


# What stands between two stories of a dump: two blank lines or more, some
# holding spaces or tabs, or a feed's page break (a form feed on a line of its
# own, or opening a line).
story_separators = st.sampled_from(
    ["\n\n\n", "\n\n\n\n", "\n \t\n\t\n", "\n\x0c\n\n", "\n\n\x0c\n", "\n\n\n\x0c\n"]
)


def vary(text: str, names: tuple[str, ...]) -> str:
    """``text`` with the layout variations ``names`` applied, in order."""
    for name in names:
        text = LAYOUT_VARIATIONS[name](text)
    return text
