"""Text normalization: the work of :func:`wirestory.normalize`, the one function
every field of a story goes through.

The public module ``wirestory.normalize`` checks its argument and calls
:func:`normalize_text` here, and re-exports this module's public names. The
split lets the compiled build (mypyc) compile this module: a compiled function
checks its argument types before its body runs and raises mypyc's own
``TypeError``, where ``normalize`` says what to pass.

The pipeline, in order:

1. drop invisible characters that only get in the way of matching and of
   ftfy's repairs: zero-width space, word joiner, and the BOM / zero-width
   no-break space (``U+200B``, ``U+2060``, ``U+FEFF``). Zero-width (non-)joiners
   are kept: they change how Persian, Indic scripts and emoji render;
2. :func:`ftfy.fix_text` with ftfy's defaults except quotes: mojibake
   (``â€œ`` back to ``“``), C0/C1 control characters, HTML entities, ligatures,
   full-width letters, line breaks, NFC. ftfy straightens quotes by default;
   wirestory only does so with ``quotes="straight"``, because curly quotes are
   the publisher's typography and the apostrophe/closing-quote distinction;
3. every run of white space inside a line (spaces, tabs, NBSP and the other
   Unicode spaces) becomes one space, and each line is stripped;
4. with ``quotes="curly"``, once the rest is done, straight quotes and
   apostrophes become typographic ones (:func:`curl_quotes`), line by line;
   except that a line whose curled form ftfy would take for mojibake (``é"``
   curled is ``é”``, which looks like Windows-1252 mojibake to it) keeps its
   straight quotes, so that normalizing again changes nothing.

If the result differs from the input, the pipeline runs again until it no longer
changes anything, so ``normalize`` is idempotent even where one repair exposes
another (an invisible character hiding mojibake).

Speed. ``ftfy.fix_text`` runs at a few MB/s, mostly in its mojibake heuristic, and
most lines of news text give it nothing to do. ftfy fixes text line by line, so
:func:`normalize` hands it only the lines holding a character one of its fixers
can act on (see ``_FTFY_ALWAYS``), lines not in NFC, and lines holding a
character its mojibake heuristic looks at (``_SUSPECT``, but letters that are
quiet where they stand) when that heuristic, run alone, says the line looks
bad. Every other line is provably returned unchanged by ftfy and is passed
through. Of the lines ftfy changes, most are changed in its first round of
fixers, which ``_ftfy_line`` runs as ftfy does, then proves the result settled. The
result is the same, character for character, as :func:`reference_normalize`,
the plain pipeline above, which the tests and benchmarks compare against.
The character classes come from ftfy 6.3's code; with another ftfy version,
``normalize`` runs the reference pipeline until they are checked again.
"""

from __future__ import annotations

import contextlib
import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import repeat
from typing import Final

import ftfy
import regex
from ftfy.badness import BADNESS_RE
from ftfy.chardata import HTML_ENTITY_RE, WIDTH_MAP
from ftfy.fixes import fix_line_breaks, uncurl_quotes, unescape_html

from wirestory.options import ParseOptions, QuotePolicy
from wirestory.unicode_tables import NFC_UNSAFE_BMP

__all__ = [
    "FastPathTables",
    "curl_quotes",
    "fast_path_on",
    "line_repaired",
    "may_hold_repair",
    "normalize_line",
    "normalize_lines",
    "normalize_text",
    "reference_normalize",
    "reference_only",
    "repaired_line",
]

_FTFY_CONFIGS: Final = {
    "keep": ftfy.TextFixerConfig(uncurl_quotes=False, explain=False),
    "straight": ftfy.TextFixerConfig(uncurl_quotes=True, explain=False),
}
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
_INVISIBLE_CHARACTERS: Final = frozenset("\u200b\u2060\ufeff")
# Every white-space character except the line feed; `regex` uses Unicode's
# White_Space property, so NBSP, U+2000..U+200A, U+202F and U+3000 are included.
# Linear: one character class, each run consumed once.
_SPACE_RUN = regex.compile(r"[^\S\n]+")
_DEFAULT_OPTIONS = ParseOptions()
# A fixed point is normally reached in one or two passes; the bound only
# guards against a (never observed) cycle between repairs.
_MAX_PASSES = 4
_NEVER = _MAX_PASSES + 1
# The character classes below were worked out from ftfy 6.3 and are checked
# against it by the tests; with another ftfy (a new fixer, a new mojibake
# pattern) they could miss a line, so normalize() falls back to the reference.
_FAST_PATH = ftfy.__version__.split(".")[:2] == ["6", "3"]

# --- Which lines ftfy can change -------------------------------------------------
#
# Worked out from ftfy 6.3's fix_and_explain(), which applies, until nothing
# changes: unescape_html, fix_encoding, fix_c1_controls, fix_latin_ligatures,
# fix_character_width, uncurl_quotes (policy "straight" only), fix_line_breaks,
# fix_surrogates, remove_terminal_escapes, remove_control_chars, then NFC. A line
# holding none of the characters below and already in NFC is returned unchanged
# by every step. tests/test_fast_normalize.py checks each class against ftfy's
# own tables.
#
# Character-class bodies for the standard `re` module: it scans a class of
# Basic Multilingual Plane characters at hundreds of MB/s (`regex` at ~50).
# fix_character_width's characters (a test compares them with its table):
# Chinese and Japanese text has full-width punctuation on most lines, and ftfy
# always changes it, but it need not make ftfy search for mojibake (_ftfy_line).
_FTFY_WIDTH = r"\u3000\uff01-\uffef"
_FTFY_ALWAYS = (
    # remove_control_chars (C0 controls but tab, LF, FF, CR) and
    # remove_terminal_escapes (ESC): all C0 controls but tab, LF and CR; DEL.
    r"\x00-\x08\x0b\x0e-\x1f\x7f"
    # fix_c1_controls, and the "c1" class of fix_encoding's heuristic; also
    # fix_line_breaks (U+0085 NEXT LINE).
    r"\x80-\x9f"
    # remove_control_chars: deprecated Arabic format controls, BOM, interlinear
    # annotation characters, object replacement character.
    r"\u206a-\u206f\ufeff\ufff9-\ufffc"
    # fix_surrogates.
    r"\ud800-\udfff"
    # fix_latin_ligatures: ĳ Ĳ ŉ, the Serbo-Croatian digraphs, ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ.
    r"\u0132\u0133\u0149\u01c4-\u01cc\u01f1-\u01f3\ufb00-\ufb06"
    # fix_character_width: ideographic space, halfwidth and fullwidth forms.
    f"{_FTFY_WIDTH}"
)
# NFC changes only a line not in NFC already, which unicodedata.is_normalized()
# tells exactly (the NFC ftfy applies is this Python's). These classes only tell
# where such lines may be: combining marks, characters NFC replaces or composes
# with the one before, unassigned code points (a generated table, see
# wirestory.unicode_tables), and every character outside the BMP (one range
# keeps the scan a fast bitmap lookup).
_ASTRAL = r"\U00010000-\U0010ffff"
_NFC_UNSAFE = f"{NFC_UNSAFE_BMP}{_ASTRAL}"
# is_normalized() may normalize its whole input to answer when it holds a
# character whose NFC_Quick_Check is Maybe (a combining accent); on text free of
# them it looks at each character once, at hundreds of MB/s. _nfc_text checks a
# text in pieces of about _NFC_PIECE characters, so that one such character
# costs normalizing its piece only.
_NFC_PIECE = 1 << 16
# fix_line_breaks: CR (alone or before LF), LINE and PARAGRAPH SEPARATOR. On a
# line with nothing else for ftfy, its result is just fix_line_breaks(line):
# ftfy's second round sees the same characters with LF in their place, and LF
# makes no mojibake pattern match that CR or U+2028 did not.
_LINE_BREAKS = r"\r\u2028\u2029"
_BREAKS = re.compile(f"[{_LINE_BREAKS}]")
# unescape_html: every entity it decodes starts with "&" (checked with ftfy's
# own pattern, see _needs_ftfy).
_AMPERSAND = "&"
# fix_encoding changes a line only when ftfy.badness.is_bad() finds a sequence
# typical of mojibake in it. Its patterns are pairs and triples of the
# characters below, or of these with ASCII letters, spaces, curly quotes,
# dashes and other common punctuation; a line with none of these can never
# look bad (a test proves it on ftfy's own pattern). A line with some of them
# costs a search near each of them (_looks_bad), not a full fix_text().
_SUSPECT = (
    # The C1 controls: the heuristic's "c1" class, bad wherever they are.
    r"\x80-\x9f"
    # Latin-1: the "currency" ¢ £ ¥, the "bad" ¤ ¦ ¨ ª ¬ ¯ ¸ º, "law" § ¶, the
    # "numeric" ± ² ³ µ ¹ ¼ ½ ¾ × ÷, and every letter À-ÿ (accented upper and
    # lower case: Â, Ã, Ã© are the commonest mojibake). Not ¡ © « ® ° ´ · » ¿,
    # NBSP, soft hyphen: ftfy only counts them next to the characters here.
    r"\xa2-\xa8\xaa\xac\xaf\xb1-\xb3\xb5\xb6\xb8-\xba\xbc-\xbe\xc0-\xff"
    # Latin Extended-A: the accented letters of the heuristic, Œ œ.
    r"\u0100-\u017f"
    # ƒ ˆ ˇ ˘ ˛ ˜: "bad", nearly only seen in mojibake.
    r"\u0192\u02c6\u02c7\u02d8\u02db\u02dc"
    # Β Γ Ξ Ο: the Windows-1253 pattern [ΒΓΞΟ].[ΒΓΞΟ] around quotes.
    r"\u0392\u0393\u039e\u039f"
    # Ђ В Г Р С: the Windows-1251 patterns вЂ and [ВГРС].[ВГРС]; Ґ ґ: accented.
    r"\u0402\u0412\u0413\u0420\u0421\u0490\u0491"
    # ‚ (MacRoman pattern ‚[âó]), † ‡ ‰ ("bad"), ⁄ ₧ € № (numeric, currency).
    r"\u201a\u2020\u2021\u2030\u2044\u20a7\u20ac\u2116"
    # The math signs of MacRoman mojibake: ∂ ∆ ∏ ∑ √ ∞ ∩ ∫ ≈ ≠ ≡ ≤ ≥.
    r"\u2202\u2206\u220f\u2211\u221a\u221e\u2229\u222b\u2248\u2260\u2261\u2264\u2265"
    # ⌐ ◊ (bad), box drawing and block elements, the replacement character.
    r"\u2310\u25ca\u2500-\u259f\ufffd"
)
# Lines that may need more than tidying, in one line (_fix_text) or a field;
# a whole text is scanned with the finer scans of _text_scan, below.
_SCAN = re.compile(f"[{_FTFY_ALWAYS}{_LINE_BREAKS}{_AMPERSAND}{_SUSPECT}{_NFC_UNSAFE}]")
_MORE_THAN_SUSPECTS = re.compile(f"[{_FTFY_ALWAYS}{_LINE_BREAKS}]")
_ALWAYS = re.compile(f"[{_FTFY_ALWAYS}]")
_ALWAYS_BUT_WIDTH = re.compile(f"[{_FTFY_ALWAYS.replace(_FTFY_WIDTH, '')}]")
_NFC_UNSAFES = re.compile(f"[{_NFC_UNSAFE}]")
_SUSPECTS = re.compile(f"[{_SUSPECT}]")
# uncurl_quotes's characters.
_CURLY = re.compile("[\u02bc\u2018-\u201f]")
# The same set as `_SPACE_RUN` (a test compares them on every code point);
# _tidy makes each of them but the space a space, then folds runs of spaces.
_WHITE_NOT_SPACE = r"\t\x0b\x0c\r\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_WHITE = f" {_WHITE_NOT_SPACE}"
_ODD_SPACE = re.compile(f"[{_WHITE_NOT_SPACE}]")
# Runs of plain spaces. Linear: a literal prefix, then one greedy run.
# Not possessive: `re` then finds the prefix at C speed, 5x faster.
_SPACES = re.compile("  +")
# What makes _tidy (or _drop_invisible) change a line, but spaces at its ends.
_UNTIDY = re.compile(f"[\u200b\u2060\ufeff{_WHITE_NOT_SPACE}]|  | \n|\n ")


def _not_nfc(text: str) -> bool:
    """Would NFC change ``text``? Exact; fast where no character may need it."""
    return _NFC_UNSAFES.search(text) is not None and not unicodedata.is_normalized("NFC", text)


def _nfc_text(text: str) -> bool:
    """Is ``text`` in NFC? A text of news in any script (Cyrillic, Greek,
    Arabic, Hebrew, Thai, Chinese, Korean syllables, precomposed Latin) is
    checked in one quick pass. is_normalized() normalizes its whole input when
    it holds a character whose NFC quick check says "maybe" (a combining
    accent), ~10 MB/s, so the text is checked in pieces of whole lines (NFC
    never joins characters across a line feed), and the first piece not in NFC
    ends the check."""
    size = len(text)
    start = 0
    while start < size:
        end = text.find("\n", start + _NFC_PIECE) + 1 or size
        if not unicodedata.is_normalized("NFC", text[start:end]):
            return False
        start = end
    return True


# ftfy's mojibake heuristic matches at most this many characters, and each match
# holds a _SUSPECT character (on lines without an _ALWAYS one); tests check both.
_BADNESS_WIDTH = 7


# Most suspects in real text are accented letters inside words: "Grüne",
# "José"; in English wire copy, the signs of prices and units next to digits
# and spaces: "£5", "€1.2bn", "5 µm". Each of ftfy's mojibake patterns that
# can hold one of the letters or signs below needs a character other than
# printable ASCII right before or right after it (tests/test_fast_normalize.py
# proves it on ftfy's own pattern: £ and € are its "currency", µ its
# "numeric", each next to accented letters, box drawing or other signs there),
# so such a character between two printable ASCII characters, or at a line's
# start or end, is "quiet": it cannot be part of a match. Left out: Â Ã Ø Ù
# Œ œ, which start the commonest mojibake, and the signs × ÷.
_QUIET_LETTERS = "\xa3\xb5\xc0\xc1\xc4-\xd6\xda-\xf6\xf8-\xff\u0100-\u0151\u0154-\u017f\u20ac"
_PRINTABLE_ASCII = " -~"

# Loud: a suspect that is not a quiet letter (_SUSPECT without _QUIET_LETTERS;
# a test compares them on every code point), or a quiet letter next to a
# character other than printable ASCII. On a line without an _ALWAYS
# character, every match of ftfy's heuristic holds a suspect, and a letter of
# _QUIET_LETTERS in it is never quiet there: so the match holds a loud
# character. The pattern starts with a class of rare characters, which `re`
# scans for quickly; the look-behind after it tells a loud suspect from a
# letter. Linear: classes, fixed widths.
_LOUD_SUSPECTS = (
    _SUSPECT.replace(r"\xc0-\xff", r"\xc2\xc3\xd7-\xd9\xf7")
    .replace(r"\u0100-\u017f", r"\u0152\u0153")
    .replace(r"\xa2-\xa8", r"\xa2\xa4-\xa8")
    .replace(r"\xb5", "")
    .replace(r"\u20ac", "")
)
_LOUD = re.compile(
    f"[{_LOUD_SUSPECTS}{_QUIET_LETTERS}]"
    f"(?:(?<=[{_LOUD_SUSPECTS}])|(?=[^{_PRINTABLE_ASCII}])|(?<=[^{_PRINTABLE_ASCII}].))"
)

# The same idea for the scan of a whole text, which finds the lines that need
# more than tidying: a line whose suspects are all quiet cannot look bad, so
# it need not be found. Quiet here: a letter of _QUIET_LETTERS between two
# characters of _LATIN_NEIGHBOURS (printable ASCII, the line feed: ftfy sees a
# line with its line feed), or one of the Cyrillic capitals В Г Р С (in ftfy's
# Windows-1251 pattern only next to punctuation, currency signs or C1
# controls) between two of _CYRILLIC_NEIGHBOURS (those and Cyrillic letters),
# or either at the text's ends. tests/test_fast_normalize.py proves on ftfy's
# pattern that wherever it can hold such a letter, the character before or
# after it is not one of its neighbours. Russian text has a capital В or С on
# most lines, French or Portuguese text an accented letter between ASCII
# ones: their lines are no longer looked at one by one.
_CYRILLIC_QUIET = "\u0412\u0413\u0420\u0421"
_LATIN_NEIGHBOURS = _PRINTABLE_ASCII + "\n"
_CYRILLIC_NEIGHBOURS = _LATIN_NEIGHBOURS + "\u0401\u0410-\u044f\u0451"
_SCAN_LOUD = _LOUD_SUSPECTS.replace(
    r"\u0402\u0412\u0413\u0420\u0421\u0490\u0491", r"\u0402\u0490\u0491"
)


def _quiet_scan(found: str, crlf: bool = False) -> re.Pattern[str]:
    """A scan for the characters of the class body ``found``, loud suspects,
    and quiet letters next to other than their neighbours; with ``crlf``, a
    carriage return only where no line feed follows it (``found`` holds
    none). Linear: a class, then fixed-width look-arounds; it starts with a
    class, which `re` skips to at C speed."""
    always = f"{found}{_SCAN_LOUD}"
    latin, cyrillic = _LATIN_NEIGHBOURS, _CYRILLIC_NEIGHBOURS
    # A carriage return, not in `always`, is found by a branch of its own.
    cr, lone_cr = (r"\r", r"|(?<=\r)(?!\n)") if crlf else ("", "")
    return re.compile(
        f"[{always}{_QUIET_LETTERS}{_CYRILLIC_QUIET}{cr}]"
        f"(?:(?<=[{always}]){lone_cr}"
        f"|(?<=[{_QUIET_LETTERS}])(?:(?=[^{latin}])|(?<=[^{latin}].))"
        f"|(?<=[{_CYRILLIC_QUIET}])(?:(?=[^{cyrillic}])|(?<=[^{cyrillic}].)))"
    )


_SCAN_FOUND = f"{_FTFY_ALWAYS}{_LINE_BREAKS}"
# White space that _tidy makes a space and that _SCAN_FOUND does not hold
# already (tab, form feed, NBSP, the Unicode spaces; a test checks that with
# _SCAN_FOUND it is every character of _WHITE_NOT_SPACE). The scan of a whole
# text looks for it until it finds one, so that finishing the text need not
# search it for odd white space again (a pass at ~400 MB/s) where it has none.
_ODD_SPACE_UNSCANNED_CHARACTERS: Final = frozenset(
    map(chr, (0x09, 0x0C, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F))
)
# The same characters as a class body, written from the set (one list of them).
_ODD_SPACE_UNSCANNED = "".join(
    f"\\u{ord(char):04x}" for char in sorted(_ODD_SPACE_UNSCANNED_CHARACTERS)
)


@functools.cache
def _text_scan(nfc: bool, html: bool, crlf: bool = False, odd: bool = False) -> re.Pattern[str]:
    """The scan of a whole text: in a text known to be in NFC (see
    _nfc_text), where the NFC classes need no looking for, or in any other;
    with "&" while ftfy unescapes HTML, and without it for the lines from the
    first one holding "<" on, where it unescapes no more. With ``crlf``, a
    carriage return before a line feed is passed over (see
    ``_lines_fit``); with ``odd``, white space of
    ``_ODD_SPACE_UNSCANNED`` is found too.

    Each is compiled when first asked for (about 5 ms: its classes are long),
    not at import: news text is mostly in NFC and holds no "<", so most
    processes use one or two of them. Two threads asking first may both
    compile it; the patterns are equal.
    """
    found = f"{_SCAN_FOUND}{_AMPERSAND}" if html else _SCAN_FOUND
    if crlf:
        found = found.replace("\\r", "")
    if odd:
        found += _ODD_SPACE_UNSCANNED
    return _quiet_scan(found if nfc else f"{found}{_NFC_UNSAFE}", crlf)


def _lines_fit(text: str) -> bool:
    """Does ftfy fix each line of ``text`` as one piece: is none longer than
    its piece length (``max_decode_length``)? Each window of that length
    holding a line feed tells it, a few steps per million characters.

    The scan of a text whose lines fit may pass over its carriage returns
    before a line feed (Windows line ends): on a line the scan otherwise
    passes over, ftfy's only change is ``fix_line_breaks``' "\\r\\n" to
    "\\n" (a test proves it on ftfy itself: a quiet letter before the
    carriage return is not between neighbours, so the scan stops at it), so
    they are all removed in one call. A longer line may be cut between the
    carriage return and the line feed, which ftfy then makes two line feeds.
    """
    limit = _FTFY_CONFIGS["keep"].max_decode_length
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start, start + limit)
        if cut < 0:
            return False
        start = cut + 1
    return True


def _looks_bad(text: str) -> bool:
    """``is_bad(text)`` on a line holding no _ALWAYS character (the only lines
    it is asked about), searching only near loud characters.

    is_bad() tries its forty-odd patterns at every position, ~5 MB/s; a line of
    French or a name like "José" has a suspect character or two, and a match
    must lie within ``_BADNESS_WIDTH - 1`` characters of a loud one (see
    ``_LOUD``). ``pos`` and ``endpos`` keep the pattern's ``^`` at the line's
    real start.
    """
    reach = _BADNESS_WIDTH - 1
    start = end = -1  # the window being grown, text[start:end]
    for match in _LOUD.finditer(text):
        position = match.start()
        if position - reach > end >= 0:
            if BADNESS_RE.search(text, start, end):
                return True
            end = -1
        if end < 0:
            start = max(0, position - reach)
        end = position + reach + 1
    return end >= 0 and BADNESS_RE.search(text, start, end) is not None


def _needs_ftfy(segment: str, straight: bool, unescaping: bool, clean: set[str]) -> bool:
    """Could ftfy change this line (a piece of ``ftfy.fix_text``) other than by
    fixing its line breaks? ``unescaping``: is HTML unescaping on for it?"""
    if segment in clean:
        return False
    if len(segment) > _FTFY_CONFIGS["keep"].max_decode_length:
        return True  # fix_text cuts such a line into pieces; let it
    if _ALWAYS.search(segment) or _not_nfc(segment):
        return True
    return _suspects_need_ftfy(segment, straight, unescaping, clean)


def _suspects_need_ftfy(
    segment: str, straight: bool, unescaping: bool, clean: set[str], suspects: bool | None = None
) -> bool:
    """The rest of _needs_ftfy, for a line known to hold no _ALWAYS character and
    to be in NFC: could its suspects or an HTML entity make ftfy act?
    ``suspects``: whether the line holds a _SUSPECTS character, when the
    caller knows (else it is searched for)."""
    if suspects is None:
        suspects = _SUSPECTS.search(segment) is not None
    if suspects and (
        _looks_bad(segment)
        # ftfy uncurls, then looks again: the uncurled line must not look bad.
        or (straight and _CURLY.search(segment) and _looks_bad(uncurl_quotes(segment)))
    ):
        return True
    if _AMPERSAND in segment and HTML_ENTITY_RE.search(segment):
        # Not cached: the same line may come before the first "<" elsewhere.
        return unescaping
    clean.add(segment)
    return False


def _fix_text(text: str, quotes: QuotePolicy, clean: set[str], html_off: bool) -> str:
    """``ftfy.fix_text(text, config)``, exactly, calling ftfy only on lines it could change.

    ftfy cuts its input after each ``\n`` and fixes each piece alone; the only
    state carried from piece to piece is that HTML unescaping stops for good
    after the first piece holding ``<`` (it looks like HTML then): ``html_off``
    says it has stopped before ``text``. Consecutive lines that need ftfy go to
    it together. ``clean`` collects lines proven unchanged, to skip next time.
    """
    straight = quotes == "straight"
    match = _SCAN.search(text)
    if match is None:
        return uncurl_quotes(text) if straight else text
    config = _FTFY_CONFIGS[quotes]
    if html_off:
        config = config._replace(unescape_html=False)
    first_lt = text.find("<")
    pieces: list[str] = []
    done = 0  # text[:done] is in `pieces`
    run_start, run_end = -1, 0  # the lines waiting to go to ftfy together
    while match is not None:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.start()) + 1 or len(text)
        unescaping = config.unescape_html is True or (
            config.unescape_html == "auto" and not 0 <= first_lt < end
        )
        line = text[start:end]
        if _needs_ftfy(line, straight, unescaping, clean):
            fixed = _ftfy_line(line, straight, unescaping, clean)
            if fixed is not None:
                if run_start >= 0:
                    pieces.append(_fix_run(text, run_start, run_end, config, first_lt))
                    done, run_start = run_end, -1
                pieces += (_fix_lines(text[done:start], straight), fixed)
                done = end
            elif run_start >= 0 and start == run_end:
                run_end = end
            else:
                if run_start >= 0:
                    pieces.append(_fix_run(text, run_start, run_end, config, first_lt))
                    done = run_end
                pieces.append(_fix_lines(text[done:start], straight))
                run_start, run_end, done = start, end, start
        match = _SCAN.search(text, end)
    if run_start >= 0:
        pieces.append(_fix_run(text, run_start, run_end, config, first_lt))
        done = run_end
    elif not pieces:
        return _fix_lines(text, straight)
    pieces.append(_fix_lines(text[done:], straight))
    return "".join(pieces)


# fix_and_explain's fixers after fix_encoding, in its order.
_ROUND: Final = (
    "fix_c1_controls",
    "fix_latin_ligatures",
    "fix_character_width",
    "uncurl_quotes",
    "fix_line_breaks",
    "fix_surrogates",
    "remove_terminal_escapes",
    "remove_control_chars",
)
_WIDTHS = re.compile(f"[{_FTFY_WIDTH}]")
# What makes fix_encoding look at a line: a character always sent to ftfy but
# a width form (the patterns hold them; C1 controls are mojibake), or a suspect.
_ENCODING_CLUE = re.compile(f"[{_FTFY_ALWAYS.replace(_FTFY_WIDTH, '')}{_SUSPECT}]")


def _narrow(match: re.Match[str]) -> str:
    """fix_character_width's translation of one character: a search for the
    few width forms of a line is faster than translate() over all of it."""
    char = match.group()
    return WIDTH_MAP.get(ord(char), char)


def _ftfy_line(line: str, straight: bool, unescaping: bool, clean: set[str]) -> str | None:
    """``ftfy.fix_text(line)`` for a line ftfy may change, running ftfy's round
    of fixers once instead of twice; None where ftfy must run after all.

    fix_and_explain() runs its round of fixers until a round changes nothing:
    on a line it changes, at least twice. The first round is run here as ftfy
    runs it, fixer by fixer, but for fixers proven to leave the line alone:
    fix_encoding where no mojibake pattern matches (``_looks_bad``, exact on a
    line with no character of _FTFY_ALWAYS but width forms) and the fixers of
    _FTFY_ALWAYS's characters where there are none. The second round is
    replaced by the fast path's own test that ftfy would leave the result
    alone (``_needs_ftfy``). Lines of mojibake and of full-width punctuation
    then cost about half of what ftfy costs.
    """
    if len(line) > _FTFY_CONFIGS["keep"].max_decode_length:
        return None  # fix_text cuts such a line into pieces; let it
    text = line
    if unescaping and _AMPERSAND in text:
        text = ftfy.FIXERS["unescape_html"](text)
    every_fixer = False
    if _ENCODING_CLUE.search(text):  # most lines of full-width punctuation have none
        every_fixer = _ALWAYS_BUT_WIDTH.search(text) is not None
        # _looks_bad is exact only without _ALWAYS_BUT_WIDTH characters;
        # with one, fix_encoding searches the whole line itself.
        if every_fixer or (_SUSPECTS.search(text) and _looks_bad(text)):
            text = ftfy.fix_encoding(text)
            every_fixer = _ALWAYS_BUT_WIDTH.search(text) is not None
    if every_fixer:
        for name in _ROUND:
            if straight or name != "uncurl_quotes":
                text = ftfy.FIXERS[name](text)
    else:
        # Of the fixers of _FTFY_ALWAYS's characters, only fix_character_width
        # can act.
        text = _WIDTHS.sub(_narrow, text)
        if straight:
            text = uncurl_quotes(text)
        if _BREAKS.search(text):
            text = fix_line_breaks(text)
    text = unicodedata.normalize("NFC", text)
    if text == line:
        return line  # the first round changed nothing: ftfy stops there
    if text.find("\n", 0, -1) >= 0 or _needs_ftfy(text, straight, unescaping, clean):
        return None  # a line break inside (fix_line_breaks): one piece no more
    return text


def _fix_lines(lines: str, straight: bool) -> str:
    """What ftfy makes of lines that need no more than their line breaks and,
    with the "straight" policy, their quotes fixed: ftfy's own two fixers."""
    if "\r" in lines or "\u2028" in lines or "\u2029" in lines:
        lines = fix_line_breaks(lines)
    return uncurl_quotes(lines) if straight else lines


def _fix_run(text: str, start: int, end: int, config: ftfy.TextFixerConfig, first_lt: int) -> str:
    # fix_text switches HTML unescaping off after the first piece holding "<".
    if 0 <= first_lt < start and config.unescape_html == "auto":
        config = config._replace(unescape_html=False)
    return ftfy.fix_text(text[start:end], config)


# Plain text: printable ASCII but "&", line feeds, and the typographic
# punctuation of English news (curly quotes, en and em dashes, ellipsis). None
# of it is in _SCAN or is an invisible or odd white-space character (a test
# checks), so plain text only needs its space runs folded and its lines
# stripped. Proving a text plain is a match of one character class, stopping
# at the first other character (~400 MB/s, where _SCAN's search runs at ~150),
# or for ASCII text a byte translation (~2 GB/s).
_PLAIN_PUNCTUATION = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026"
_PLAIN_ASCII = bytes([ord("\n"), *(b for b in range(32, 127) if b != ord("&"))])
# Linear: one character class, matched by fullmatch() (a plain greedy run: the
# possessive "*+" needs Python 3.11).
_PLAIN = re.compile(f"[\\n -%'-~{_PLAIN_PUNCTUATION}]*")


def _is_plain(text: str) -> bool:
    if text.isascii():
        return not text.encode("ascii").translate(None, _PLAIN_ASCII)
    return _PLAIN.fullmatch(text) is not None


# The fields given to normalize_lines, joined by line feeds, are plain but for
# accented letters such as the é of "José": fields of names and words of other
# languages are just as settled by tidying when each such letter is quiet (see
# _QUIET_LETTERS: ftfy finds no mojibake in the field, and no other fixer acts
# on a letter), that is between printable ASCII characters or at its field's
# start or end, where the joined text has a line feed.
# The quiet letters but the ligatures among them (Ĳ, ĳ, ŉ), which ftfy always splits.
_QUIET = frozenset(
    char
    for char in (*map(chr, range(0x180)), "\u20ac")
    if re.match(f"[{_QUIET_LETTERS}]", char) and not _MORE_THAN_SUSPECTS.match(char)
)
_QUIET_NEIGHBOURS = frozenset("\n" + "".join(map(chr, range(0x20, 0x7F))))


def _fields_are_plain(joined: str) -> bool:
    """Do the fields joined in ``joined`` (each one line) need only tidying?
    Plain text, or plain but for quiet letters: one scan, a step per letter."""
    if joined.isascii():
        return _is_plain(joined)
    size = len(joined)
    end = _PLAIN.match(joined).end()  # type: ignore[union-attr]  # "*" always matches
    if end < size and size > _FTFY_CONFIGS["keep"].max_decode_length:
        return False  # the fields may be longer than ftfy's piece length: one by one
    while end < size:
        if joined[end] not in _QUIET or (end and joined[end - 1] not in _QUIET_NEIGHBOURS):
            return False
        end += 1
        if end < size:
            if joined[end] not in _QUIET_NEIGHBOURS:
                return False
            end = _PLAIN.match(joined, end).end()  # type: ignore[union-attr]
    return True


def _plain_fields(joined: str, quotes: QuotePolicy, texts: Sequence[str]) -> list[str]:
    """What normalize_line makes of each of the fields joined in ``joined``, all
    plain (see _fields_are_plain): ``_tidy_lines(joined, quotes, plain=True)``
    split at its line feeds, stripping each field in the split rather than
    searching the whole text for spaces at line ends. ``texts`` are the
    fields, none holding a line feed (``joined`` is them joined by line
    feeds): with no run of spaces to fold, each is stripped as it is, not
    cut from ``joined`` again."""
    if quotes != "keep":
        return _tidy_lines(joined, quotes, plain=True).split("\n")
    folded = _fold_spaces(joined)
    if folded is not joined:
        return [field.strip(" ") for field in folded.split("\n")]
    return [field.strip(" ") for field in texts]


def _drop_invisible(text: str) -> str:
    # Same as text.translate(_INVISIBLE), but `in` is a fast search and the
    # characters are rare: translate() walks every character at ~15 MB/s.
    for char in "\u200b\u2060\ufeff":
        if char in text:
            text = text.replace(char, "")
    return text


def _tidy(text: str, plain: bool = False) -> str:
    """Step 3: white-space runs to one space, lines stripped; as in the reference.
    ``plain``: ``text`` is known to hold no white space but spaces and line feeds."""
    if not plain and _ODD_SPACE.search(text):
        # Every white-space character a space first (rare characters: `re`
        # skips to them at C speed), then runs of spaces one space: each run
        # of white space is one space, as with _SPACE_RUN, several times
        # faster than a pattern starting with the space itself.
        text = _ODD_SPACE.sub(" ", text)
    # Each space run is one space now: a line has at most one at either end.
    return _strip_lines(_fold_spaces(text)).strip(" ")


# A text with more runs of spaces than this has them folded by _SPACES.sub()
# (one pass at ~350 MB/s) rather than one by one.
_FEW_RUNS = 32


def _fold_spaces(text: str) -> str:
    """``text`` (itself where it has none) with each run of spaces one space.

    A search for "  " reads text at about twice the speed of ``_SPACES``'
    ``sub()``, which has to read the whole text even for a few runs: wire
    copy has about one in 17,000 characters. Text with more than
    ``_FEW_RUNS`` runs (pages with runs of spaces on every line) goes to
    ``sub()`` when they are found."""
    at = text.find("  ")
    if at < 0:
        return text
    pieces: list[str] = []
    done = 0
    while at >= 0:
        if len(pieces) == _FEW_RUNS:
            return _SPACES.sub(" ", text)  # from the start: no copy of the rest
        pieces.append(text[done : at + 1])
        done = _SPACES.match(text, at).end()  # type: ignore[union-attr]  # "  " is there
        at = text.find("  ", done)
    pieces.append(text[done:])
    return "".join(pieces)


# A line feed with a space before or after it. Linear: a literal, then
# fixed-width look-arounds; `re` skips from one line feed to the next at C
# speed, where a search for " \n" or "\n " stops at every space (3 to 8
# times slower; replace() then reads the text twice more).
_SPACE_AT_LINE_END = re.compile("\n(?:(?<= \n)| )")


def _strip_lines(text: str) -> str:
    """``text`` with the space on either side of each line feed removed, for
    text whose runs of white space are one space each: with its own ends
    stripped, as splitting it at its line feeds and stripping each line of
    spaces would."""
    pieces: list[str] = []
    done = 0
    for match in _SPACE_AT_LINE_END.finditer(text):
        at = match.start()
        pieces.append(text[done : at - 1 if text[at - 1 : at] == " " else at])
        done = at + 2 if text[at + 1 : at + 2] == " " else at + 1
    if not pieces:
        return text
    pieces.append(text[done:])
    return "\n".join(pieces)


def _finish(text: str, quotes: QuotePolicy, plain: bool = False) -> str:
    """Steps 3 and 4 on lines ftfy leaves alone (but for uncurling)."""
    text = _tidy(text, plain)
    return uncurl_quotes(text) if quotes == "straight" else text


def _pass(text: str, quotes: QuotePolicy, clean: set[str], html_off: bool) -> str:
    """One pass of the pipeline over some whole lines: what the reference's pass
    does to them (see _reference_pass), given whether unescaping is off."""
    return _tidy(_drop_invisible(_fix_text(_drop_invisible(text), quotes, clean, html_off)))


def _settle(line: str, quotes: QuotePolicy, clean: set[str], lt_pass: int) -> tuple[str, int]:
    """Run the passes on one line until it stops changing, as the reference's
    loop does for the whole text.

    The reference's pass ``k`` unescapes HTML in this line only if no earlier
    line held a ``<`` in its own pass-``k`` version: ``lt_pass`` is the first
    pass at which one did. Returns the line's last version and the first pass
    at which its own versions held a ``<``.
    """
    own_lt = 0 if "<" in line else _NEVER
    previous, result = line, _pass(line, quotes, clean, lt_pass <= 0)
    for k in range(1, _MAX_PASSES + 1):
        if result == previous:
            break
        if own_lt == _NEVER and "<" in result:
            own_lt = k
        previous, result = result, _pass(result, quotes, clean, lt_pass <= k)
    return result, own_lt


def _settle_quickly(
    line: str, straight: bool, unescaping: bool, clean: set[str]
) -> tuple[str, int] | None:
    """_settle's result for a line that needs ftfy, when ftfy's result is
    settled at once (None otherwise): ``_ftfy_line`` found it and proved that
    ftfy leaves it alone, and tidying leaves it alone too, so the next pass
    (unescaping no more than this one: "<" is never removed) changes nothing.
    Lines of mojibake or of full-width punctuation are settled so."""
    if _BREAKS.search(line):
        return None
    fixed = _ftfy_line(line, straight, unescaping, clean)
    if fixed is None or fixed[:1] == " " or fixed[-1:] == " " or _UNTIDY.search(fixed):
        return None
    return fixed, 0 if "<" in line else 1 if "<" in fixed else _NEVER


def normalize_text(text: str, *, options: ParseOptions | None = None) -> str:
    """:func:`wirestory.normalize` once its argument is checked to be ``str``:
    the work, compiled in the compiled build (a compiled function checks its
    argument types itself, with mypyc's own message, so the public function
    and its clear ``TypeError`` stay in the pure-Python ``wirestory.normalize``).

    How: every step is line by line, except ftfy's switching HTML unescaping
    off after the first ``<``, so lines can settle one at a time. A line with
    no character ftfy or its mojibake heuristic looks at (most news text) is
    settled by tidying, done once for all such lines at the end: tidying it
    again, or running ftfy on it, changes nothing. Every other line runs
    through the passes on its own, with that HTML state carried along.

    >>> normalize_text("a  b ")
    'a b'
    """
    if not _FAST_PATH:
        return _reference_normalize(text, options=options)
    quotes = (options or _DEFAULT_OPTIONS).quotes
    if quotes == "curly":
        return _curl_lines(_normalize(text, "keep"), _normalize_keep)
    return _normalize(text, quotes)


def _normalize_keep(text: str) -> str:
    return _normalize(text, "keep")


def _normalize(text: str, quotes: QuotePolicy) -> str:
    if text.isascii():
        tidy_only = _ascii_tidy_only(text)
        if tidy_only is not None:
            return _finish(tidy_only, quotes, plain="\t" not in text and "\x0c" not in text)
    elif _PLAIN.fullmatch(text) is not None:
        return _finish(text, quotes, plain=True)
    text = _drop_invisible(text)
    nfc = text.isascii() or _nfc_text(text)
    first_lt = text.find("<")
    html_off_from = text.rfind("\n", 0, first_lt) + 1 if first_lt >= 0 else len(text) + 1
    html = html_off_from != 0
    # Files written on Windows end each line with "\r\n": one replace() for
    # the lines that hold nothing else for ftfy, not two passes each.
    crlf = "\r" in text and _lines_fit(text)
    odd_spaces = False  # has the scan found white space of _ODD_SPACE_UNSCANNED?
    scan = _text_scan(nfc, html, crlf, True)
    match = scan.search(text)
    clean: set[str] = set()
    straight = quotes == "straight"
    lt_pass = _NEVER  # the first pass at which an earlier line held "<"
    pieces: list[str] = []
    done = 0
    while match is not None:
        at = match.start()
        if not odd_spaces and text[at] in _ODD_SPACE_UNSCANNED_CHARACTERS:
            # Tabs, NBSPs: only tidying acts on them (ftfy's heuristic finds
            # a quiet letter next to one: the scan stops there itself), and
            # the text is finished as one that holds them; no more looking.
            odd_spaces = True
            scan = _text_scan(nfc, html, crlf, False)
            match = scan.search(text, at + 1)
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at) + 1 or len(text)
        if 0 <= first_lt < start:
            lt_pass = 0  # "<" is never removed: every later version keeps one
        line = text[start:end]
        unescaping = lt_pass > 0 and "<" not in line
        needs = _needs_ftfy(line, straight, unescaping, clean)
        # ftfy makes "\r\n" a line feed where it finds no more to do (then
        # the last replace() removes this carriage return with the others).
        body = line[:-2] + "\n" if crlf and line.endswith("\r\n") else line
        if needs or _BREAKS.search(body) or _finish(body, quotes) != body:
            quickly = _settle_quickly(line, straight, unescaping, clean) if needs else None
            settled, own_lt = quickly or _settle(line, quotes, clean, lt_pass)
            lt_pass = min(lt_pass, own_lt)
            pieces += (text[done:start], settled)
            done = end
        # Otherwise ftfy leaves the line alone and it is tidy already: it is
        # settled, like the lines around it.
        if html and end >= html_off_from:
            # From the first line holding "<" on, no pass unescapes HTML: an
            # entity ("&amp;" in the text of an SGML or HTML file) is text.
            html = False
            scan = _text_scan(nfc, html, crlf, not odd_spaces)
        match = scan.search(text, end)
    pieces.append(text[done:])
    text = "".join(pieces)
    if crlf:
        # Only lines the scan passed over hold a carriage return still, each
        # before a line feed (a settled line has none; the scan stops at any
        # other): ftfy makes each "\r\n" a line feed.
        text = text.replace("\r", "")
    # Settled lines are already tidy (and uncurled): finishing them again
    # changes nothing. Odd white space is only in lines the scan passed over,
    # and where it found some.
    return _finish(text, quotes, plain=not odd_spaces)


# What may make ASCII text more than plain and still leave it to tidying:
# Windows line ends, tabs and form feeds, and "&" where HTML is unescaped no
# more. A line holding no other of these is one the scan of a whole text
# passes over but for its odd white space.
_ASCII_TIDY_ONLY: Final = frozenset(b"\r\t\x0c&")
_LONE_CR = re.compile("\r(?!\n)")  # linear: a literal, a one-character look-ahead


def _ascii_tidy_only(text: str) -> str | None:
    """For ASCII ``text``: what is left to tidy where nothing but tidying and
    its Windows line ends' carriage returns need work, else None. The bytes
    that are not plain (a translation at ~2 GB/s) tell it, with no scan of
    the text (~400 MB/s): ASCII news text holds "&" (after the first "<" of
    an SGML or HTML file, where no pass unescapes it) and Windows line ends
    more than anything else that is not plain."""
    rest = set(text.encode("ascii").translate(None, _PLAIN_ASCII))
    if not rest:
        return text
    if not rest <= _ASCII_TIDY_ONLY:
        return None
    if 0x26 in rest:  # "&": only from the first line holding "<" on
        first_lt = text.find("<")
        if first_lt < 0 or text.find("&", 0, text.rfind("\n", 0, first_lt) + 1) >= 0:
            return None
    if 0x0D in rest:  # "\r": each before a line feed, on lines ftfy cuts nowhere
        if _LONE_CR.search(text) or not _lines_fit(text):
            return None
        return text.replace("\r", "")
    return text


def normalize_line(text: str, options: ParseOptions) -> str:
    """``normalize`` for a one-line field: any line break a repair produced
    (ftfy turns ``U+2028`` into ``\\n``) becomes a space."""
    result = normalize_text(text, options=options)
    if "\n" in result:
        result = " ".join(part for part in result.split("\n") if part)
    return result


def normalize_lines(texts: Sequence[str], options: ParseOptions) -> list[str]:
    """:func:`normalize_line` on each of ``texts``: the same results, in one call.

    A story has dozens of fields (paragraphs, captions); most hold no character
    ftfy or its mojibake heuristic looks at, so all they need is tidying, which
    works line by line. Those are joined with line feeds and tidied in one go
    (plain ones, see ``_fields_are_plain``, in a faster go); the others are
    normalized one by one.
    """
    if not _FAST_PATH:
        return [normalize_line(text, options) for text in texts]
    joined = "\n".join(texts)
    # No field holds a line feed: each field looked at by memchr, where
    # counting the joined text's line feeds reads every character.
    # (No fields: nothing to join, one a line or not.)
    one_a_line = bool(texts) and not any(map(operator.contains, texts, repeat("\n")))
    unplain: list[int] = []
    if one_a_line:
        # ASCII fields are told plain by one byte translation. Others are
        # read once by the plain pattern: the fields that are not plain alone
        # (``_unplain_fields``), none when every field is (one field too long
        # for ftfy's piece, which ``_fields_are_plain`` turns down for the
        # whole, is tidied the same alone: see ``_plain_fields``). Asking
        # ``_fields_are_plain`` first read a story holding a "£" or an "&"
        # twice up to it.
        if joined.isascii():
            if _is_plain(joined):
                return _plain_fields(joined, options.quotes, texts)  # the common case
            unplain = _unplain_fields(joined)
        else:
            unplain = _unplain_fields(joined)
            if not unplain:
                return _plain_fields(joined, options.quotes, texts)
    results = list(texts)
    plain: list[int] = []
    tidy_only: list[int] = []
    clean: set[str] = set()
    curly = options.quotes == "curly"
    looked_at: Iterable[int] = range(len(texts))
    if one_a_line:
        # A story of accented names, or with a "&" or a "£", has a few such
        # fields among dozens of plain ones: the fields holding a character
        # that is not plain are found in the joined text, the plain pattern
        # jumping from one to the next at C speed, and only those are looked at
        # one by one. A field with none is plain (what _fields_are_plain says
        # of it), as it was when each field was tested.
        looked_at = unplain
        seen = set(looked_at)
        plain = [index for index in range(len(texts)) if index not in seen]
    for index in looked_at:
        text = texts[index]
        if "\n" in text:
            results[index] = normalize_line(text, options)
        elif not one_a_line and _fields_are_plain(text):
            # (One a line, the fields looked at are those not plain alone.)
            plain.append(index)
        elif not (kinds := _field_kinds(text)) & _SCANNED:
            tidy_only.append(index)
        elif _left_alone(
            line := _drop_invisible(text), "keep" if curly else options.quotes, clean, kinds
        ):
            # Suspects, but no mojibake: accented names and words ("José").
            results[index] = _curl_lines(line, _normalize_keep) if curly else line
        else:
            results[index] = normalize_line(text, options)
    for indices, is_plain in ((plain, True), (tidy_only, False)):
        if indices:
            joined = "\n".join([texts[i] for i in indices])
            if not is_plain:
                joined = _drop_invisible(joined)
            tidied = _tidy_lines(joined, options.quotes, is_plain).split("\n")
            for index, text in zip(indices, tidied, strict=True):
                results[index] = text
    return results


def _unplain_fields(joined: str) -> list[int]:
    """The indices of the fields joined in ``joined`` (one a line) that are not
    plain (``_fields_are_plain`` of the field alone is False), in order: the
    plain pattern jumps from one character it does not match to the next, and
    such a character is passed over when it is a quiet letter, as
    ``_fields_are_plain`` passes it over (the line feeds around a field stand
    for its ends, where the field alone has none)."""
    found: list[int] = []
    size = len(joined)
    limit = _FTFY_CONFIGS["keep"].max_decode_length
    field = position = 0
    end = _PLAIN.match(joined).end()  # type: ignore[union-attr]  # "*" always matches
    while end < size:
        after = end + 1
        if (
            joined[end] in _QUIET
            and (not end or joined[end - 1] in _QUIET_NEIGHBOURS)
            and (after == size or joined[after] in _QUIET_NEIGHBOURS)
            and (size <= limit or _field_size(joined, end) <= limit)
        ):
            end = _PLAIN.match(joined, after).end()  # type: ignore[union-attr]
            continue
        field += joined.count("\n", position, end)
        found.append(field)
        position = joined.find("\n", end) + 1
        if not position:
            break
        field += 1
        end = _PLAIN.match(joined, position).end()  # type: ignore[union-attr]
    return found


def _field_size(joined: str, index: int) -> int:
    """The length of the field (line) of ``joined`` holding ``joined[index]``."""
    stop = joined.find("\n", index)
    return (len(joined) if stop < 0 else stop) - joined.rfind("\n", 0, index) - 1


def _left_alone(line: str, quotes: QuotePolicy, clean: set[str], kinds: int) -> bool:
    """Is ``line`` (one line, no invisible character) normalized already, with
    the quote policy ``quotes`` ("keep" or "straight")?

    The test _normalize makes of each line (ftfy would leave it alone, and it is
    tidy). ``kinds`` is :func:`_field_kinds` of the line: the classes asked
    about, the characters that always take more (those of _FTFY_ALWAYS and
    line breaks), those NFC may change, the suspects and white space other
    than the space, are each told by the characters of the line's one scan
    (in a story of accented names, a few letters), not by a scan of the
    whole line each.
    """
    return (
        not kinds & _ALWAYS_TAKES_MORE
        and len(line) <= _FTFY_CONFIGS["keep"].max_decode_length
        and not (kinds & _NFC_MAY_CHANGE and not unicodedata.is_normalized("NFC", line))
        and not _suspects_need_ftfy(
            line, quotes == "straight", "<" not in line, clean, bool(kinds & _SUSPECTED)
        )
        and _finish(line, quotes, plain=not kinds & _ODD_SPACED) == line
    )


# The classes a character of _SCAN_OR_ODD_SPACE is in (bits of
# :func:`_character_kinds`), and the pattern finding them all in one scan.
_SCANNED: Final = 1  # _SCAN
_ALWAYS_TAKES_MORE: Final = 2  # _MORE_THAN_SUSPECTS
_NFC_MAY_CHANGE: Final = 4  # _NFC_UNSAFES
_SUSPECTED: Final = 8  # _SUSPECTS
_ODD_SPACED: Final = 16  # _ODD_SPACE
_SCAN_OR_ODD_SPACE = re.compile(
    f"[{_FTFY_ALWAYS}{_LINE_BREAKS}{_AMPERSAND}{_SUSPECT}{_NFC_UNSAFE}{_WHITE_NOT_SPACE}]"
)


def _field_kinds(text: str) -> int:
    """The classes of the characters of ``text`` (one field, one line) that
    _SCAN_OR_ODD_SPACE finds, as bits."""
    kinds = 0
    for character in set(_SCAN_OR_ODD_SPACE.findall(text)):
        kinds |= _character_kinds(character)
    return kinds


@functools.lru_cache(maxsize=1024)
def _character_kinds(character: str) -> int:
    """The classes ``character`` (one of _SCAN_OR_ODD_SPACE's) is in, as bits.
    An invisible character (the byte order mark is one of _SCAN's) counts for
    the scan alone: the line :func:`_left_alone` is asked about has dropped it."""
    scanned = _SCANNED if _SCAN.match(character) else 0
    if character in _INVISIBLE_CHARACTERS:
        return scanned
    return (
        scanned
        | (_ALWAYS_TAKES_MORE if _MORE_THAN_SUSPECTS.match(character) else 0)
        | (_NFC_MAY_CHANGE if _NFC_UNSAFES.match(character) else 0)
        | (_SUSPECTED if _SUSPECTS.match(character) else 0)
        | (_ODD_SPACED if _ODD_SPACE.match(character) else 0)
    )


def _tidy_lines(text: str, quotes: QuotePolicy, plain: bool = False) -> str:
    """What :func:`normalize` makes of lines holding no character of ``_SCAN``."""
    if quotes == "curly":
        return _curl_lines(_finish(text, "keep", plain), _normalize_keep)
    return _finish(text, quotes, plain)


# --- The reference ---------------------------------------------------------------


def _reference_pass(text: str, quotes: QuotePolicy) -> str:
    fixed = ftfy.fix_text(text.translate(_INVISIBLE), _FTFY_CONFIGS[quotes])
    fixed = _SPACE_RUN.sub(" ", fixed.translate(_INVISIBLE))
    if " \n" in fixed or "\n " in fixed:
        fixed = "\n".join(line.strip(" ") for line in fixed.split("\n"))
    return fixed.strip(" ")


def _reference_normalize(text: str, *, options: ParseOptions | None = None) -> str:
    """The pipeline of the module docstring, plainly: ftfy on the whole text.

    What :func:`normalize` must equal on every input; kept for the tests and
    benchmarks, which compare the two. About 1 MB/s.
    """
    quotes = (options or _DEFAULT_OPTIONS).quotes
    if quotes == "curly":
        return _curl_lines(_reference_normalize(text), _reference_normalize)
    result = _reference_pass(text, quotes)
    for _ in range(_MAX_PASSES):
        if result == text:
            break
        text, result = result, _reference_pass(result, quotes)
    return result


# --- Curly quotes ----------------------------------------------------------------

# What may stand right before an opening quote: nothing (start of text), white
# space, an opening bracket, a dash or slash, or an opening quote (nesting).
# Written as "not preceded by anything else" so the start of text counts.
_OPENERS = r"\s(\[{<«\-\u2010-\u2015/“‘"
_OPENING_DOUBLE = re.compile(rf"(?<![^{_OPENERS}'])\"(?=\S)")
# An apostrophe inside a word: Baghdad's, don't, rock'n'roll, 1990's.
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
# A leading apostrophe marking left-out letters or digits, not a quote:
# '90s, '07, 'em, 'tis, 'twas, 'til, 'cause, rock 'n' roll.
_ELISION = re.compile(
    rf"(?<![^{_OPENERS}])'(?=\d\d(?!\d)|(?:em|tis|twas|til|cause|n)\b)", re.IGNORECASE
)
_OPENING_SINGLE = re.compile(rf"(?<![^{_OPENERS}])'(?=\S)")


def _curl_lines(text: str, normalize_keep: Callable[[str], str]) -> str:
    """The "curly" policy's last step: curl each line of normalized ``text``
    unless the curled line is not a fixed point of ``normalize_keep`` (ftfy
    would take it for mojibake): that line keeps its straight quotes."""
    if "'" not in text and '"' not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if "'" in line or '"' in line:
            curled = curl_quotes(line)
            if normalize_keep(curled) == curled:
                lines[index] = curled
    return "\n".join(lines)


def curl_quotes(text: str) -> str:
    r"""Straight quotes and apostrophes to typographic ones: the ``"curly"`` policy.

    >>> curl_quotes("\"It's the '90s,\" she said, \"and 'cool' is back.\"")
    '“It’s the ’90s,” she said, “and ‘cool’ is back.”'

    A quote opens after the start of the text, white space, an opening bracket,
    a dash, a slash or another opening quote, when a character follows it;
    otherwise it closes. An apostrophe inside a word, or one standing for
    left-out digits or letters (``'90s``, ``'em``), is ``’``. Curly quotes
    already there are kept, so the function is idempotent.
    """
    if '"' in text:
        text = _OPENING_DOUBLE.sub("“", text).replace('"', "”")
    if "'" in text:
        text = _APOSTROPHE.sub("’", text)
        text = _ELISION.sub("’", text)
        text = _OPENING_SINGLE.sub("‘", text).replace("'", "’")
    return text


# --- The fast path's contract ----------------------------------------------------
#
# Public, though not part of wirestory's API, so that tests/test_fast_normalize.py
# and the benchmarks reach the reference and the fast path's character classes
# by name: the tests check each class against ftfy's own tables and the fast
# path against the reference (an ftfy upgrade that adds a fixer or a mojibake
# pattern fails there instead of changing results silently).


def reference_normalize(text: str, *, options: ParseOptions | None = None) -> str:
    """The plain pipeline of the module docstring: ftfy on the whole text, about
    1 MB/s. What :func:`normalize` must equal on every input; the tests and
    benchmarks compare the two.

    >>> mojibake = "caf\\u00c3\\u00a9  au  lait"
    >>> reference_normalize(mojibake), normalize_text(mojibake)
    ('café au lait', 'café au lait')
    """
    return _reference_normalize(text, options=options)


def fast_path_on() -> bool:
    """Does :func:`normalize` take the fast path: is the installed ftfy the
    version its character classes were checked against (and no
    :func:`reference_only` block running)?"""
    return _FAST_PATH


@contextlib.contextmanager
def reference_only() -> Iterator[None]:
    """Within the block, :func:`normalize` and :func:`normalize_lines` run the
    reference pipeline, as they do with an ftfy version whose tables are not
    checked: for a benchmark that times a whole parse with the reference.
    Not thread-safe (it switches the module's fast path off).

    >>> with reference_only():
    ...     normalize_text("a  b")
    'a b'
    """
    global _FAST_PATH
    saved = _FAST_PATH
    _FAST_PATH = False
    try:
        yield
    finally:
        _FAST_PATH = saved


class FastPathTables:
    """The character classes and shortcuts the fast path stands on, each proved
    against ftfy's tables or against the reference by the tests (see the
    comments where each is defined, under its name with a leading underscore).
    A namespace read on the class itself (``FastPathTables.always``), never
    instantiated (a class of constants costs next to nothing at import)."""

    __slots__ = ()

    ftfy_configs: Final = _FTFY_CONFIGS
    """ftfy's configuration per quote policy: ``keep``, ``straight``."""
    ftfy_width: Final = _FTFY_WIDTH
    """Class body: the characters ftfy's ``fix_character_width`` changes."""
    always: Final = _ALWAYS
    """A character one of ftfy's fixers always acts on."""
    always_but_width: Final = _ALWAYS_BUT_WIDTH
    """:attr:`always` but the full-width characters."""
    breaks: Final = _BREAKS
    """A line break ftfy turns into a line feed."""
    suspects: Final = _SUSPECTS
    """A character ftfy's mojibake heuristic looks at."""
    more_than_suspects: Final = _MORE_THAN_SUSPECTS
    """A character some fixer acts on besides the heuristic: always, breaks."""
    nfc_unsafes: Final = _NFC_UNSAFES
    """A character that may change under NFC."""
    curly: Final = _CURLY
    """A curly quote (ftfy's ``uncurl_quotes``)."""
    odd_space: Final = _ODD_SPACE
    """White space other than the space and the line feed."""
    white: Final = _WHITE
    """Class body: every white-space character the tidying step knows."""
    scan: Final = _SCAN
    """A character that makes a line more than tidying (line by line)."""
    scan_or_odd_space: Final = _SCAN_OR_ODD_SPACE
    """A character of ``scan`` or ``odd_space``: a field's one scan."""
    badness_width: Final = _BADNESS_WIDTH
    """The most characters one match of ftfy's heuristic holds."""
    quiet_letters: Final = _QUIET_LETTERS
    """Class body: letters quiet between printable ASCII characters."""
    cyrillic_quiet: Final = _CYRILLIC_QUIET
    """Class body: Cyrillic capitals quiet between Cyrillic or ASCII neighbours."""
    printable_ascii: Final = _PRINTABLE_ASCII
    """Class body: printable ASCII."""
    latin_neighbours: Final = _LATIN_NEIGHBOURS
    """Class body: a quiet Latin letter's neighbours."""
    cyrillic_neighbours: Final = _CYRILLIC_NEIGHBOURS
    """Class body: a quiet Cyrillic capital's neighbours."""
    loud_suspects: Final = _LOUD_SUSPECTS
    """Class body: suspects that are never quiet (line by line)."""
    scan_loud: Final = _SCAN_LOUD
    """Class body: suspects that are never quiet (the whole text's scan)."""
    plain_punctuation: Final = _PLAIN_PUNCTUATION
    """The curly quotes, dashes and ellipsis a plain field may hold."""
    quiet: Final = _QUIET
    """The quiet letters a plain field may hold (no ligature)."""
    is_plain: Final = _is_plain
    """Text that only tidying can change."""
    fields_are_plain: Final = _fields_are_plain
    """Fields, joined by line feeds, that need only tidying."""
    drop_invisible: Final = _drop_invisible
    """The text without zero-width spaces, word joiners and BOMs."""
    nfc_text: Final = _nfc_text
    """Is the text in NFC (checked in pieces)?"""
    looks_bad: Final = _looks_bad
    """ftfy's mojibake heuristic, on a line's loud windows only."""
    text_scan: Final = _text_scan
    """The whole text's scan, quiet letters skipped, given whether the text is
    in NFC, whether HTML unescaping is on (``&`` looked for), whether a
    carriage return before a line feed is passed over and whether odd white
    space is looked for; each compiled when first asked for."""
    odd_space_unscanned: Final = _ODD_SPACE_UNSCANNED
    """Class body: the odd white space the whole text's scan finds besides."""
    odd_space_unscanned_characters: Final = _ODD_SPACE_UNSCANNED_CHARACTERS
    """The characters of :attr:`odd_space_unscanned`."""
    lines_fit: Final = _lines_fit
    """Is every line of the text at most ftfy's piece length?"""
    fold_spaces: Final = _fold_spaces
    """Each run of spaces one space."""
    strip_lines: Final = _strip_lines
    """The spaces on either side of each line feed removed."""


# --- What a field repairs that the layouts read as written ----------------------
#
# Mojibake's mark: a letter Windows-1252 reads from a UTF-8 lead byte (U+00C2
# to U+00F4, ``Â`` to ``ô``) right before one it reads from a continuation
# byte (U+0080 to U+00BF, or the 27 characters Windows-1252 puts in 0x80 to
# 0x9F): ``â€”`` for ``—``, ``Ã©`` for ``é``, ``Â\u00a0`` for a no-break space.
# A hint only: ftfy's ``fix_encoding`` says whether it is mojibake. Linear: two
# one-character classes.
MOJIBAKE_PAIR: Final = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)


# The first characters of MOJIBAKE_PAIR (U+00C2 to U+00F4), each looked for
# by a substring search (memchr's speed): ``re`` steps through a text for
# the pair's first class a character at a time, at about 45 instructions a
# character, and most stories beyond ASCII (curly quotes, dashes) hold none
# of these letters.
MOJIBAKE_LEADS: Final = "".join(map(chr, range(0xC2, 0xF5)))


def may_hold_repair(text: str) -> bool:
    """A hint that :func:`repaired_line` may be true of a line of ``text``:
    an HTML character reference as ftfy reads one (``&amp;``, ``&quot;``,
    ``&#8217;``), or the mojibake pair. Asked of every story, so each search
    runs only where its first character can be (``&``; a character beyond
    ASCII): one pattern alternating the two searched every position of a
    story, 6 % of wire copy's parse (variants48's merge, by ``cProfile``).
    The pair is searched for only in a text holding one of its first
    characters (``MOJIBAKE_LEADS``): its search of a story beyond ASCII
    was about 2 % of wire copy's parse and 1 % of page text's (speed53).

    >>> may_hold_repair("O&#8217;Brien"), may_hold_repair("Caf\u00c3\u00a9")
    (True, True)
    >>> may_hold_repair("AT&T, naïve")
    False
    """
    return ("&" in text and HTML_ENTITY_RE.search(text) is not None) or (
        not text.isascii()
        and any(map(text.__contains__, MOJIBAKE_LEADS))
        and MOJIBAKE_PAIR.search(text) is not None
    )


def line_repaired(line: str) -> str:
    """``line`` as its field reads it (:func:`normalize_line`: its mojibake
    decoded, its HTML entities unescaped, its white space tidied), behind
    its indent as written: what the layouts' rules would read had the line
    been written repaired.

    >>> line_repaired("  O&#8217;Brien said \u00e2\u20ac\u201d twice")
    '  O’Brien said — twice'
    """
    margin = line[: len(line) - len(line.lstrip(" \t"))]
    return margin + normalize_line(line, _DEFAULT_OPTIONS)


def repaired_line(line: str) -> bool:
    """Does :func:`~wirestory.normalize` repair mojibake or an HTML entity in
    ``line``, where the layouts' rules read it as written? A dateline written
    ``WASHINGTON (AP) â€”`` (a UTF-8 page read as Windows-1252) or a paragraph
    opening ``&quot;We`` is read by no dateline's or quotation's rule, while
    its field is repaired: the record must say the reading may differ from the
    repaired text's. ftfy unescapes no entity in a field holding ``<``.

    >>> repaired_line("WASHINGTON (AP) \u00e2\u20ac\u201d The"), repaired_line("O&#8217;Brien")
    (True, True)
    >>> repaired_line("Caf\u00e9 \u201cNoir\u201d, 5 &amp 6"), repaired_line("a &lt; b <i>")
    (False, False)
    """
    if "&" in line and "<" not in line and unescape_html(line) != line:
        return True
    return (
        not line.isascii()
        and MOJIBAKE_PAIR.search(line) is not None
        and ftfy.fix_encoding(line) != line
    )
