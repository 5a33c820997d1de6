"""The fast normalization equals the reference pipeline, and why it may skip ftfy.

``normalize`` hands ftfy only the lines it could change; ``reference_normalize``
runs ftfy on everything. These tests prove them equal on generated text and on
every text of the shared corpus, and check each character class the fast path
relies on against ftfy's own tables, so that an ftfy upgrade that adds a fixer
or a mojibake pattern fails here instead of changing results silently.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
import warnings
from pathlib import Path
from typing import Any, get_args

import ftfy
import pytest
import regex
from ftfy.badness import BADNESS_RE, is_bad
from ftfy.chardata import CONTROL_CHARS, DOUBLE_QUOTE_RE, LIGATURES, SINGLE_QUOTE_RE, WIDTH_MAP
from ftfy.fixes import uncurl_quotes
from hypothesis import example, given
from hypothesis import strategies as st
from strategies import hard_text

from wirestory import ParseOptions, QuotePolicy, decode
from wirestory.normalize import (
    FastPathTables,
    fast_path_on,
    reference_normalize,
    reference_only,
)
from wirestory.unicode_tables import nfc_unsafe_ranges

# `wirestory.normalize` is the function; the module is reached through sys.modules.
fast = sys.modules["wirestory.normalize"]
TABLES = FastPathTables

POLICIES: tuple[QuotePolicy, ...] = get_args(QuotePolicy)


def assert_same(expected: str, actual: str, where: str = "") -> None:
    """``expected == actual``, reporting the first difference, not two whole texts."""
    if expected == actual:
        return
    at = next(
        (i for i, (a, b) in enumerate(zip(expected, actual, strict=False)) if a != b),
        min(len(expected), len(actual)),
    )
    pytest.fail(
        f"{where} differs at character {at}: reference {expected[at - 40 : at + 40]!r}, "
        f"fast {actual[at - 40 : at + 40]!r}"
    )


@pytest.mark.parametrize("quotes", POLICIES)
@given(text=hard_text)
@example(text="&amp;\n<\n&amp;")
@example(text="a\u00a0\u00a0\u00c3 b")
@example(text="&lt;\n&am\u200bp;")
@example(text='\u00e9"x')
def test_fast_equals_reference(quotes: QuotePolicy, text: str) -> None:
    """On text weighted to the hard cases, the fast path returns exactly the reference."""
    options = ParseOptions(quotes=quotes)
    assert_same(reference_normalize(text, options=options), fast.normalize(text, options=options))


# Text in the scripts of news written outside Latin, words written for the
# tests: Cyrillic (with the capitals В Г Р С of ftfy's Windows-1251 patterns),
# Greek, Hangul (syllables and conjoining jamo), Arabic and Hebrew with their
# vowel marks, Thai, Devanagari (a nukta letter NFC decomposes), Chinese and
# Japanese with full-width punctuation and half-width katakana (a voiced mark
# NFC composes once its width is fixed), accented Portuguese, emoji; and the
# same pieces as mojibake, decoded in the wrong one of five encodings.
_SCRIPT_WORDS = (
    *("Москва", "В", "С", "Р", "Г", "Ђ", "ґ", "ВВС", "РФ", "ёлка", "«Новости»", "Сегодня в"),
    *("Αθήνα", "ΒΓΞΟ", "Ο", "ά", "\u0391\u0301", "ειδήσεις"),
    *("서울", "뉴스", "\u1100\u1161\u11a8", "ﾡ"),
    *("القاهرة", "كَتَبَ", "\u0627\u0654", "،", "שָׁלוֹם", "ירושלים"),
    *("ข่าว", "น้ำ", "हिन्दी", "\u0958", "\u0915\u093c"),
    *("東京", "新聞", "，", "。", "（", "）", "：", "「", "」", "\u3000", "ｶﾞ", "ＡＢＣ"),
    *("＆ａｍｐ；", "＜", "＂", "｀"),
    *("São Paulo", "ção", "não", "à", "é", "Ü", "Ã", "😀", "🇧🇷", "\U0002000b"),
)
_SCRIPT_SEPARATORS = (" ", "  ", "\n", "\xa0", "", ".", ",", "\u200b", "“", "”", "a", "-")
_ENCODINGS = (
    "sloppy-windows-1252",
    "sloppy-windows-1251",
    "sloppy-windows-1253",
    "latin-1",
    "macroman",
)
_SCRIPT_PIECES = (
    st.sampled_from(_SCRIPT_WORDS)
    | st.sampled_from(_SCRIPT_SEPARATORS)
    | st.tuples(st.sampled_from(_SCRIPT_WORDS), st.sampled_from(_ENCODINGS)).map(
        lambda pair: pair[0].encode("utf-8").decode(pair[1], errors="replace")
    )
)
script_text = st.lists(_SCRIPT_PIECES, max_size=30).map("".join)


@pytest.mark.parametrize("quotes", POLICIES)
@given(text=script_text)
@example(text="\u0412\u00ab\u0421 \u041c\u043e\u0441\u043a\u0432\u0430")
@example(text="\uff06\uff41\uff4d\uff50\uff1b")  # full width "&amp;": unescaped next round
@example(text="\uff76\uff9e")  # half-width ka and voiced mark: one letter after NFC
@example(text="\u0421\u0440\u0430\u0432 \u00c3\u00a9")
def test_scripts_fast_equals_reference(quotes: QuotePolicy, text: str) -> None:
    """On text in other scripts than Latin, clean or mojibake, the fast path
    returns exactly the reference."""
    options = ParseOptions(quotes=quotes)
    assert_same(reference_normalize(text, options=options), fast.normalize(text, options=options))


@pytest.mark.parametrize("quotes", POLICIES)
@given(texts=st.lists(script_text, max_size=5))
def test_script_fields_equal_reference(quotes: QuotePolicy, texts: list[str]) -> None:
    """Fields in other scripts than Latin, normalized together, come out as the
    reference makes each."""
    options = ParseOptions(quotes=quotes)
    assert fast.normalize_lines(texts, options) == [_reference_line(t, options) for t in texts]


@given(text=script_text | hard_text)
def test_lines_the_scan_passes_over_are_left_alone(text: str) -> None:
    """A line of a text in NFC that the scan of a whole text does not stop at
    is left alone by ftfy, whatever HTML unescaping says."""
    text = TABLES.drop_invisible(text)
    if not TABLES.nfc_text(text):
        return
    for line in re.findall("[^\n]*\n|[^\n]+$", text):
        if TABLES.text_scan(True, True).search(line):
            continue
        assert ftfy.fix_text(line, TABLES.ftfy_configs["keep"]) == line, repr(line)
        straight = ftfy.fix_text(line, TABLES.ftfy_configs["straight"])
        assert straight == uncurl_quotes(line), repr(line)


@given(text=script_text | hard_text)
@example(text="Jos\u00e9\nJos\u00e9 \u00e9t\u00e9 \u201cok\u201d\n")
@example(text="\u0412\n\u00a3\n")
def test_carriage_returns_the_scan_passes_over_are_all_ftfy_changes(text: str) -> None:
    """Each line of a text in NFC, ended as a Windows file ends it
    (``"\\r\\n"``), that the scan passing over such carriage returns does not
    stop at, is changed by ftfy only in losing its carriage return: whatever
    HTML unescaping says, and with the quotes uncurled by the straight policy."""
    text = TABLES.drop_invisible(text)
    if not TABLES.nfc_text(text):
        return
    scan = TABLES.text_scan(True, True, True, False)
    for line in re.findall("[^\n]*\n|[^\n]+$", text):
        line = line.removesuffix("\n") + "\r\n"
        if scan.search(line):
            continue
        assert ftfy.fix_text(line, TABLES.ftfy_configs["keep"]) == line[:-2] + "\n", repr(line)
        straight = ftfy.fix_text(line, TABLES.ftfy_configs["straight"])
        assert straight == uncurl_quotes(line[:-2] + "\n"), repr(line)


def test_scan_passing_over_windows_line_ends_stops_at_others() -> None:
    """The scan that passes over a carriage return before a line feed still
    stops at a lone one, and at a quiet letter right before one (the carriage
    return is no neighbour of it)."""
    scan = TABLES.text_scan(True, True, True, False)
    assert not scan.search("Jos\u00e9 said\r\nok\r\n")
    assert [m.start() for m in scan.finditer("a\rb\r\n")] == [1]
    assert scan.search("ok\r")
    assert [m.start() for m in scan.finditer("Jos\u00e9\r\n")] == [3]
    assert TABLES.text_scan(True, True).search("ok\r\n")


def test_long_windows_line_is_cut_as_ftfy_cuts_it() -> None:
    """A line longer than ftfy's piece length, cut between its carriage return
    and its line feed, becomes two line feeds in ftfy: the fast path then
    looks at its carriage returns line by line, as the reference does."""
    limit = TABLES.ftfy_configs["keep"].max_decode_length
    assert TABLES.lines_fit("a" * (limit - 1) + "\n" + "b" * limit)
    assert not TABLES.lines_fit("a" * limit + "\nb")
    text = "a" * (limit - 1) + "\r\nb\r\n"
    assert not TABLES.lines_fit(text)
    expected = reference_normalize(text)
    assert expected.endswith("a\n\nb\n")  # ftfy's cut, which the test stands on
    assert_same(expected, fast.normalize(text))


def test_odd_white_space_is_scanned_for() -> None:
    """The whole text's scan finds every white-space character that tidying
    makes a space: those ftfy acts on or the line-break shortcut takes, and
    the others, looked for until the first is found."""
    odd = re.compile(f"[{TABLES.odd_space_unscanned}]")
    found = {chr(c) for c in range(0x3001) if odd.match(chr(c))}
    assert found == TABLES.odd_space_unscanned_characters
    for code in range(0x3001):
        char = chr(code)
        if TABLES.odd_space.match(char):
            taken = TABLES.always.match(char) or TABLES.breaks.match(char)
            assert bool(taken) != (char in found), hex(code)
            assert TABLES.text_scan(True, True, False, True).match(char), hex(code)
            assert TABLES.text_scan(True, False, True, True).match(char + "x"), hex(code)
    assert not TABLES.text_scan(True, True, False, False).search("a\tb\xa0c")


@given(text=st.text(alphabet="ab \n", max_size=80))
@example(text="a  b" * 40)
def test_fold_spaces_folds_each_run(text: str) -> None:
    """Each run of spaces becomes one space, found one by one or, past a
    few, by the pattern."""
    assert TABLES.fold_spaces(text) == re.sub(" +", " ", text)


@given(text=st.text(alphabet="ab \n", max_size=30).map(lambda t: re.sub("  +", " ", t)))
@example(text=" \n \n ")
@example(text="\n a b \n")
def test_strip_lines_strips_each_line(text: str) -> None:
    """On text whose runs of spaces are one space, stripping the lines at the
    line feeds' sides, then the text's ends, is stripping each line."""
    stripped = "\n".join(line.strip(" ") for line in text.split("\n"))
    assert TABLES.strip_lines(text).strip(" ") == stripped


_ASCII_PIECES = st.sampled_from(
    ["Storm hits", " ", "  ", "\n", "\r\n", "\r", "\t", "\x0c", "&", "&amp;", "<b>", "\x1c", "'"]
)


@pytest.mark.parametrize("quotes", POLICIES)
@given(text=st.lists(_ASCII_PIECES, max_size=20).map("".join))
@example(text="a &amp; b\r\n<p>\r\n&amp;\r\n")
@example(text="a\r\n\tb\r")
def test_ascii_fast_equals_reference(quotes: QuotePolicy, text: str) -> None:
    """ASCII text told by its bytes to need only tidying (Windows line ends,
    tabs, "&" after the first "<") and any other comes out as the reference
    makes it."""
    options = ParseOptions(quotes=quotes)
    assert_same(reference_normalize(text, options=options), fast.normalize(text, options=options))


_PLAIN_PIECES = st.sampled_from(["He said", "“Yes,” she", "don’t", " — ", "  ", "it’s…", "x"])


@pytest.mark.parametrize("quotes", POLICIES)
@given(texts=st.lists(st.lists(_PLAIN_PIECES, max_size=6).map("".join) | hard_text, max_size=6))
@example(texts=["a\u2028b", "c"])
@example(texts=["&amp;", "<", "&amp;"])
@example(texts=[" “Yes,”  she said ", "", "don't"])
@example(
    texts=["Gr\u00fcne Liste \u201cJos\u00e9\u201d", "caf\u00e9  cr\u00e8me", "a\u00a0\u00c3 b"]
)
def test_normalize_lines_equals_one_by_one(quotes: QuotePolicy, texts: list[str]) -> None:
    """Normalizing a story's fields in one call gives each field what
    normalize_line gives it alone: plain fields share one tidying pass, and no
    field's HTML or line breaks leak into another's."""
    options = ParseOptions(quotes=quotes)
    assert fast.normalize_lines(texts, options) == [
        fast.normalize_line(text, options) for text in texts
    ]


# Accented words and the characters around them: quiet letters between ASCII
# letters, next to curly quotes, dashes, other accented letters, a field's ends.
_ACCENTED_PIECES = st.sampled_from(
    [
        *("Jos\u00e9", "Gr\u00fcne", "\u00e9", "\u0141\u00f3d\u017a", "\u201cCaf\u00e9\u201d"),
        *("\u2019\u00e9", "\u00e9\u2019", "\u00f6-\u00fc", " ", "  ", "a", "\u00df", "na\u00efve"),
        *("\u00c3", "\u00d7", "\u00e2\u20ac", "\u00a0", "&amp;", "\u2014", "\u0133", "\u0149"),
    ]
)


def _reference_line(text: str, options: ParseOptions) -> str:
    """normalize_line with the reference pipeline."""
    result = reference_normalize(text, options=options)
    return " ".join(part for part in result.split("\n") if part)


@pytest.mark.parametrize("quotes", POLICIES)
@given(texts=st.lists(st.lists(_ACCENTED_PIECES, max_size=8).map("".join), max_size=5))
@example(texts=["Jos\u00e9 said", "\u00e9", "caf\u00e9  "])
@example(texts=["\u00e9\u2019", "x"])
def test_accented_fields_equal_reference(quotes: QuotePolicy, texts: list[str]) -> None:
    """Fields plain but for accented letters, which normalize_lines tidies in
    one go when every letter is quiet: each comes out as the reference makes it."""
    options = ParseOptions(quotes=quotes)
    assert fast.normalize_lines(texts, options) == [_reference_line(t, options) for t in texts]


def test_fields_plain_but_for_quiet_letters() -> None:
    """A letter is quiet between printable ASCII characters or at a field's
    ends (a line feed in the joined fields); next to any other character it is not."""
    assert TABLES.fields_are_plain("Jos\u00e9 met Gr\u00fcne")
    assert TABLES.fields_are_plain("\u00e9\n\u00e9 said\ncaf\u00e9")
    assert TABLES.fields_are_plain("\u201cYes,\u201d said Ren\u00e9e.")
    assert not TABLES.fields_are_plain("\u0141\u00f3d\u017a")  # two letters side by side
    assert not TABLES.fields_are_plain("\u201cJos\u00e9\u201d")  # a letter by a curly quote
    assert not TABLES.fields_are_plain("\u2014\u00e9")
    assert not TABLES.fields_are_plain("caf\u00e9 &amp; bar")  # "&" is not plain
    assert not TABLES.fields_are_plain("\u00c3 b")  # Ã is never quiet
    assert not TABLES.fields_are_plain("caf\u00e9\u00a0bar")
    assert TABLES.fields_are_plain("\u00a35m, \u20ac2bn\n5 \u00b5m")  # signs of prices, units
    assert not TABLES.fields_are_plain("\u00c2\u00a35m")  # the mojibake of "£"


def test_quiet_field_letters_are_left_alone() -> None:
    """Each letter _fields_are_plain lets through is a suspect (so the proof
    about quiet letters covers it), in no class that makes ftfy always act,
    and left alone by the reference between ASCII letters."""
    assert len(TABLES.quiet) > 150
    for char in TABLES.quiet:
        assert TABLES.suspects.match(char), repr(char)
        assert not TABLES.more_than_suspects.match(char), repr(char)
        assert not TABLES.odd_space.match(char), repr(char)
        for quotes in POLICIES:
            field = f"a{char}b"
            assert reference_normalize(field, options=ParseOptions(quotes=quotes)) == field
    assert "\u0133" not in TABLES.quiet  # ĳ: ftfy splits the ligature


def test_plain_characters_need_only_tidying() -> None:
    """What _is_plain lets through is in no class that makes normalize do more
    than fold spaces and strip lines: not in the scan, not invisible, not odd
    white space."""
    plain = [chr(c) for c in range(0x110000) if TABLES.is_plain(chr(c))]
    assert len(plain) == 95 - 1 + 1 + len(TABLES.plain_punctuation)  # printable ASCII but "&"
    for char in plain:
        assert not TABLES.scan.match(char), repr(char)
        assert not TABLES.odd_space.match(char), repr(char)
        assert char not in "\u200b\u2060\ufeff", repr(char)
    assert not TABLES.is_plain("\ud800")  # a lone surrogate is not plain, and raises nothing


def _corpus_texts(root: Path) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []

    def strings(value: Any, where: str) -> None:
        if isinstance(value, str):
            texts.append((where, value))
        elif isinstance(value, dict):
            for key, item in value.items():
                strings(item, f"{where}/{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                strings(item, f"{where}/{index}")

    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        name = str(path.relative_to(root))
        if path.suffix == ".json":
            strings(json.loads(path.read_text(encoding="utf-8")), name)
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # a few files are not UTF-8
                texts.append((name, decode(path.read_bytes())))
    return texts


@pytest.mark.corpus
def test_corpus_fast_equals_reference(shared: Path) -> None:
    """Every file of ../shared/corpus/ (each text field of the JSON files): the
    fast path equals the reference, character for character."""
    texts = _corpus_texts(shared / "corpus")
    assert len(texts) > 500  # 180 files and the JSON files' fields
    for where, text in texts:
        assert_same(reference_normalize(text), fast.normalize(text), where)


# --- The character classes, against ftfy's tables ---------------------------------


def _in(pattern: re.Pattern[str], code: int) -> bool:
    return pattern.match(chr(code)) is not None


def test_fast_path_is_on() -> None:
    """The ftfy installed is the one the classes were checked against, so the
    tests above compare the fast path, not the reference with itself."""
    assert fast_path_on(), f"ftfy {ftfy.__version__}: re-check the classes, then the gate"
    with reference_only():
        assert not fast_path_on()
    assert fast_path_on()


def test_fixer_tables_are_covered() -> None:
    """Every character ftfy's fixers replace or remove sends a line to ftfy;
    the width forms, which the fast path narrows itself, are told from the others."""
    acted_on = set(CONTROL_CHARS) | set(LIGATURES) | set(WIDTH_MAP)
    acted_on |= set(range(0x80, 0xA0)) | set(range(0xD800, 0xE000)) | {0x1B, 0x85}
    missing = sorted(hex(c) for c in acted_on if not _in(TABLES.always, c))
    assert missing == []
    # Width forms are in no mojibake pattern (see test_badness_needs_a_suspect_character).
    assert {c for c in acted_on if not _in(TABLES.always_but_width, c)} == set(WIDTH_MAP)
    width = re.compile(f"[{TABLES.ftfy_width}]")
    for code in range(0x10000):
        assert _in(TABLES.always, code) == (_in(TABLES.always_but_width, code) or _in(width, code))
    # fix_line_breaks' characters take the line-break shortcut or go to ftfy.
    assert all(TABLES.breaks.match(c) for c in "\r\u2028\u2029")
    assert all(TABLES.always.match(c) or TABLES.breaks.match(c) for c in "\x85")
    # unescape_html only acts where its pattern, which starts with "&", matches.
    assert ftfy.chardata.HTML_ENTITY_RE.pattern.startswith("&")
    # uncurl_quotes' characters are what the straight policy checks for.
    quotes = {
        c for c in map(chr, range(0x3000)) if SINGLE_QUOTE_RE.match(c) or DOUBLE_QUOTE_RE.match(c)
    }
    assert {c for c in quotes if TABLES.curly.match(c)} == quotes


def test_text_scans_are_compiled_when_first_used() -> None:
    """Importing compiles none of the four scans of a whole text (their classes
    are long); a text in NFC with no ``<`` compiles the one it needs, and the
    scan with HTML unescaping off looks for no ``&``."""
    code = (
        "import importlib, wirestory\n"
        "n = importlib.import_module('wirestory.normalize')\n"
        "before = n.FastPathTables.text_scan.cache_info().currsize\n"
        "wirestory.normalize('Caf\\u00e9 &amp; bar\\n')\n"
        "print(before, n.FastPathTables.text_scan.cache_info().currsize)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "1"]
    assert TABLES.text_scan(True, True).match("&")
    assert not TABLES.text_scan(True, False).search("&amp; bar")
    assert TABLES.text_scan(False, False).match("\u00e9\u0301")


def test_every_class_is_in_the_scan() -> None:
    """The first scan finds every character that any later check looks for:
    in a text in NFC all but the NFC classes, and quiet letters only next to
    other than their neighbours."""
    quiet = re.compile(f"[{TABLES.quiet_letters}{TABLES.cyrillic_quiet}]")
    for code in range(0x10000):
        char = chr(code)
        looked_at = any(_in(p, code) for p in (TABLES.always, TABLES.suspects, TABLES.breaks))
        if looked_at or _in(TABLES.nfc_unsafes, code):
            assert _in(TABLES.scan, code), hex(code)
            assert TABLES.text_scan(False, True).match(char + "\u4e00"), hex(code)
        if looked_at:
            assert TABLES.text_scan(True, True).match(char + "\u4e00"), hex(code)
            found = TABLES.text_scan(True, True).search(f"a{char}b") is not None
            always = _in(TABLES.always, code) or _in(TABLES.breaks, code)  # ĳ: a ligature
            assert found == (always or not quiet.match(char)), hex(code)
    for scan in (TABLES.scan, TABLES.text_scan(False, True), TABLES.text_scan(True, True)):
        assert scan.match("&")
    assert TABLES.scan.match("\U0001f600")
    assert TABLES.text_scan(False, True).match("\U0001f600")
    assert not TABLES.text_scan(True, True).search("Jos\u00e9 \u0412 \u0421\u0420\u0413\n\u00e9")
    assert TABLES.text_scan(True, True).search("\u0412\u00bb")
    assert TABLES.text_scan(True, True).search("\u0412\u00e9")  # not a Latin letter's neighbour
    assert not TABLES.text_scan(True, True).search("(\u00a35m)\n\u20ac2bn, 5 \u00b5m\n")
    assert TABLES.text_scan(True, True).search("\u00c2\u00a35m")


def test_nfc_table_covers_this_python() -> None:
    """Every code point NFC may change, by this Python's Unicode data, is listed
    (the table may list more: it was made from an older or equal Unicode)."""
    missing = [
        hex(code)
        for first, last in nfc_unsafe_ranges()
        for code in range(first, last + 1)
        if not _in(TABLES.nfc_unsafes, code)
        and unicodedata.category(chr(code)) != "Cn"  # new in this Python's Unicode
    ]
    assert missing == []


@pytest.mark.parametrize(
    "text",
    [
        "\u041c\u043e\u0441\u043a\u0432\u0430 \u0451\u0436",  # Cyrillic
        "\u0391\u03b8\u03ae\u03bd\u03b1 \u03ac\u03ce",  # Greek, tonos precomposed
        "\u0627\u0644\u0652\u0643\u064e\u062a\u064f\u0628",  # Arabic with harakat
        "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd",  # Hebrew with niqqud
        "\u0e19\u0e49\u0e33\u0e17\u0e35\u0e48",  # Thai tone marks
        "\uc11c\uc6b8 \ub274\uc2a4",  # Hangul syllables
        "\u6771\u4eac\u3001\u300c\u65b0\u805e\u300d\uff08\u6708\uff09",  # CJK
    ],
)
def test_clean_scripts_are_known_nfc(text: str) -> None:
    """Text of these scripts, marks and all, is found to be in NFC in one quick
    pass, so normalize() scans it without the NFC classes."""
    assert TABLES.nfc_text(text)
    assert not TABLES.nfc_text(text + " e\u0301")  # a combining accent: looked at line by line


def test_nfc_table_is_safe() -> None:
    """Characters outside the table really are left alone by NFC, alone and in
    pairs with a base letter (an independent check of the table's derivation)."""
    for code in range(0x20, 0x30000):
        char = chr(code)
        if _in(TABLES.always, code) or _in(TABLES.nfc_unsafes, code):
            continue
        assert unicodedata.combining(char) == 0, hex(code)
        assert unicodedata.is_normalized("NFC", "e" + char + "a"), hex(code)
        assert unicodedata.is_normalized("NFC", "\u1100" + char), hex(code)


def _atoms_can_match(items: Any, allowed: Any, parser: Any) -> bool:
    """Could this sequence of regex atoms match a string of allowed characters?
    Over-approximates: each atom is judged alone."""
    for op, av in items:
        if op is parser.AT:
            continue
        if op in (parser.MAX_REPEAT, parser.MIN_REPEAT):
            low, _, sub = av
            if low and not _atoms_can_match(sub, allowed, parser):
                return False
        elif op is parser.SUBPATTERN:
            if not _atoms_can_match(av[-1], allowed, parser):
                return False
        elif op is parser.LITERAL:
            if not allowed(av):
                return False
        elif op is parser.IN:
            kinds = {kind for kind, _ in av}
            if kinds & {parser.NEGATE, parser.CATEGORY}:
                continue  # \s, \w, [^A-Za-z]: such classes always hold allowed characters
            codes = [
                code
                for kind, value in av
                for code in ([value] if kind is parser.LITERAL else range(value[0], value[1] + 1))
            ]
            if not any(allowed(code) for code in codes):
                return False
        elif op is not parser.ANY:
            raise AssertionError(f"unexpected construct in BADNESS_RE: {op}")
    return True


def test_badness_needs_a_suspect_character() -> None:
    """No pattern of ftfy's mojibake heuristic can match a line without a
    suspect character (or one that goes to ftfy anyway, such as the ligature
    ﬁ): the fast path may skip is_bad() on such lines."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as parser
    tree = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    [(op, av)] = list(tree)
    assert op is parser.BRANCH
    alternatives = av[1]
    assert len(alternatives) > 30

    # Width forms and NFC-unsafe characters are allowed: lines holding them
    # are given to _looks_bad (by _ftfy_line, and when in NFC).
    def allowed(code: int) -> bool:
        return not (_in(TABLES.suspects, code) or _in(TABLES.always_but_width, code))

    matchable = [i for i, alt in enumerate(alternatives) if _atoms_can_match(alt, allowed, parser)]
    assert matchable == []


def test_badness_width() -> None:
    """_looks_bad searches _BADNESS_WIDTH - 1 characters either side of a suspect:
    no match of ftfy's heuristic is longer."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as parser
    width = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1]
    assert width == TABLES.badness_width


@given(text=hard_text, padding=st.integers(0, 12))
@example(text="\u00c3 ", padding=0)  # "^[ÃÂ][ ]": only at the real start of the line
@example(text="x\u00c3 ", padding=3)
@example(text="Gr\u00fcne \u201cJos\u00e9\u201d", padding=1)
@example(text="\u0141\u00f3d\u017a \u00e9\u00a4", padding=0)
def test_looks_bad_is_is_bad(text: str, padding: int) -> None:
    """Searching near suspect characters finds what searching everywhere finds,
    on lines the fast path gives it (no _ALWAYS character but width forms),
    padded with plain text so that suspects fall apart into separate windows."""
    text = text.replace("\n", " ")
    text = TABLES.always_but_width.sub("", "a b " * padding + text + " c" * padding)
    assert TABLES.looks_bad(text) == is_bad(text)


def _atom_codes(op: Any, av: Any, universe: list[int], parser: Any) -> set[int]:
    """The code points of ``universe`` one atom of BADNESS_RE can match."""
    if op is parser.LITERAL:
        return {av} & set(universe)
    if op is parser.ANY:
        return set(universe)
    assert op is parser.IN, op
    categories = {
        parser.CATEGORY_SPACE: re.compile(r"\s"),
        parser.CATEGORY_WORD: re.compile(r"\w"),
        parser.CATEGORY_DIGIT: re.compile(r"\d"),
    }
    negate = False
    codes: set[int] = set()
    for kind, value in av:
        if kind is parser.NEGATE:
            negate = True
        elif kind is parser.LITERAL:
            codes.add(value)
        elif kind is parser.RANGE:
            codes.update(range(value[0], value[1] + 1))
        else:
            assert kind is parser.CATEGORY, kind
            codes.update(c for c in universe if categories[value].match(chr(c)))
    return set(universe) - codes if negate else codes & set(universe)


def _expanded_alternatives(parser: Any) -> list[list[tuple[Any, Any]]]:
    r"""BADNESS_RE's alternatives as plain atom sequences: ``^`` dropped (which
    only widens what they match) and each optional atom (``\s?``) both ways."""
    tree = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    [(_, (_, alternatives))] = list(tree)
    expanded = []
    for alternative in alternatives:
        variants: list[list[tuple[Any, Any]]] = [[]]
        for op, av in alternative:
            if op is parser.AT:
                continue
            if op is parser.MAX_REPEAT:
                low, high, [atom] = av
                assert (low, high) == (0, 1)
                variants = [v + extra for v in variants for extra in ([], [atom])]
            else:
                variants = [[*v, (op, av)] for v in variants]
        expanded += variants
    return expanded


@pytest.mark.parametrize(
    ("letters", "neighbours", "loud"),
    [
        # _looks_bad, _fields_are_plain
        (TABLES.quiet_letters, TABLES.printable_ascii, TABLES.loud_suspects),
        # the scan of a whole text
        (TABLES.quiet_letters, TABLES.latin_neighbours, TABLES.scan_loud),
        (TABLES.cyrillic_quiet, TABLES.cyrillic_neighbours, TABLES.scan_loud),
    ],
)
def test_quiet_letters_cannot_start_mojibake(letters: str, neighbours: str, loud: str) -> None:
    """A quiet letter between neighbours of its kind (printable ASCII; for the
    scan also the line feed, or Cyrillic letters) is in no match of ftfy's
    heuristic that holds no loud suspect: wherever a pattern can hold it, the
    pattern's character right before or right after it cannot be such a
    neighbour (nor missing), unless the pattern needs a loud suspect anyway
    (``ГўВЂВ.``: Ђ is loud)."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as parser
    quiet_class = re.compile(f"[{letters}]")
    quiet = [c for c in range(0x10000) if quiet_class.match(chr(c))]
    neighbour_class = re.compile(f"[{neighbours}]")
    ascii_codes = [c for c in range(0x10000) if neighbour_class.match(chr(c))]
    loud_class = re.compile(f"[{loud}]")
    not_loud = [c for c in range(0x10000) if not loud_class.match(chr(c))]
    universe = quiet + ascii_codes
    checked = 0
    for atoms in _expanded_alternatives(parser):
        if any(not _atom_codes(op, av, not_loud, parser) for op, av in atoms):
            continue  # every match holds a loud suspect
        for k, (op, av) in enumerate(atoms):
            if not _atom_codes(op, av, quiet, parser):
                continue
            checked += 1
            neighbours = [atoms[i] for i in (k - 1, k + 1) if 0 <= i < len(atoms)]
            assert any(not _atom_codes(o, a, ascii_codes, parser) for o, a in neighbours), atoms
    assert checked >= 3  # the Cyrillic letters: at least the Windows-1251 pattern
    assert universe  # the letters exist


@pytest.mark.parametrize(
    ("letters", "loud"),
    [
        (TABLES.quiet_letters, TABLES.loud_suspects),
        (TABLES.quiet_letters + TABLES.cyrillic_quiet, TABLES.scan_loud),
    ],
)
def test_loud_suspects_are_the_suspects_but_quiet_letters(letters: str, loud: str) -> None:
    quiet_class = re.compile(f"[{letters}]")
    loud_class = re.compile(f"[{loud}]")
    for code in range(0x10000):
        char = chr(code)
        expected = bool(TABLES.suspects.match(char)) and not quiet_class.match(char)
        assert bool(loud_class.match(char)) == expected, hex(code)
    assert all(TABLES.suspects.match(chr(c)) for c in range(0x10000) if quiet_class.match(chr(c)))


def test_white_space_class_is_regex_white_space() -> None:
    """The fast space-run pattern's class is exactly `regex`'s [^\\S\\n]."""
    reference = regex.compile(r"[^\S\n]")
    ours = re.compile(f"[{TABLES.white}]")
    differ = [
        hex(c) for c in range(0x110000) if bool(reference.match(chr(c))) != bool(ours.match(chr(c)))
    ]
    assert differ == []
