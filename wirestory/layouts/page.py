"""The page layout: a story inside the whole visible text of a web page.

A scraper that saves a page's text keeps the site's furniture around the story:
menus (runs of one- or two-word lines), the page title (``Headline - Site``),
dates, share bars, "Advertisement", related links, cookie notices, footers. In
such a text each block of the page (a paragraph, a menu item, a caption) is one
line, and the story is the stretch of the page where long lines of running
prose follow one another.

Every non-blank line is a block, and is judged on features that exist in plain
text, as jusText does with HTML blocks:

1. **Class of each block** (``_classify``): a known furniture phrase
   (``Share``, ``Related stories``, ``Publicidade``) or a copyright line is
   *bad*; a block shorter than ``_LENGTH_LOW`` characters is *short*; longer
   blocks are judged on their stop-word density (the share of common function
   words, from the tables in :class:`~wirestory.Knowledge` for the page's language):
   dense and long is *good*, dense is *near-good*, sparse is *bad*. Pages in a
   language without a table (Japanese, Chinese) use sentence shape instead: a
   long block ending in sentence punctuation counts as dense.
2. **Context** (``_smooth``, jusText's revision): a short block between two good
   blocks is good (a subheading, a one-line quote), between two bad ones bad; a
   near-good block next to a good one is good.
3. **The story's stretch** (``_story_span``): the run of blocks with the largest
   score, good blocks counting their length and other blocks costing theirs
   (the k-th in a row k times), so that a comment or a teaser far below the
   story, cut off by a footer, is left out, while a one-line promo between two
   halves of the story costs less than the second half brings. The first prose
   below a line repeating the page title gets a bonus; nothing past the first
   comment heading (``34 responses to``, ``Leave a Reply``) with prose above it
   is a candidate.
4. **Inside the stretch**: a run of six or more short lines that are not
   sentences (tags, link lists, staff lists) is furniture even between two
   paragraphs; a short line ending in an agency credit or opening with a photo
   label is a caption.
5. **The header** (``_header``): the headline is the line that repeats the page
   title (or its longest part, the title being ``Headline | Site``; 80% of the
   words shared) above the story; between it and the story a byline is kept as
   such, captions with a named credit as captions, and everything else (dates,
   "5 Min Read", share counts) is furniture.

Every other line is furniture, each with the name of the rule that said so; the
body paragraphs then go through the same enrichment as every layout (byline,
dateline, trailers). Work is linear in the page's length: every feature is
one pass over one line, and the stretch is found in one pass over the blocks.
The features several rules read (a block's stripped text, sentence end,
furniture phrase, tokens, weight) are computed once per block (``_Blocks``,
``_tokens_and_weights``): ``detect`` computes the first ones and ``read`` is
given them.
"""

from __future__ import annotations

import functools
import operator
import re
import string
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, chain, compress, filterfalse, groupby, islice, pairwise, repeat
from operator import ge, is_, is_not, itemgetter, lt, methodcaller, mul, not_, or_
from typing import Final, NamedTuple, cast

import attrs
import regex

from wirestory.bylines import (
    HAUSA_OPENER,
    Byline,
    agency_spellings,
    bracketed_byline,
    catalan_writers,
    credit_for_outlet,
    ends_place_name,
    find_byline,
    find_page_byline,
    holds_email_address,
    is_email_address,
    is_organization_line,
    is_surname_outlet_word,
    names_a_writer,
    names_hold_function_words,
    opens_with_conjunction,
    organization_under,
    outlet_may_be_writer,
    page_person_names,
    person_by_name_link,
    place_after_name,
    place_shaped,
    script_byline,
    signature_may_be_writer,
    signed_by_newsroom,
    signed_by_outlet,
    slashed_name,
    title_outlet_may_be_surname,
    weekday_may_be_surname,
    writer_for_outlet,
    writer_title,
    writes_hausa,
)
from wirestory.captions import (
    CAPTION_MAX_WORDS,
    CAPTION_MIN_WORDS,
    QUOTE_MARKS,
    caption_label,
    copyright_label,
    credit_line_flags,
    find_credit,
    has_generic_credit,
    has_named_credit,
    has_named_or_page_credit,
    is_abbreviated_label_credit,
    is_credit_line,
    is_gallery_link,
    is_origin_credit,
    is_page_caption,
    is_video_running_time,
    name_bar_outlet,
    page_caption_unbounded,
    parse_credit,
    photo_label,
    split_credit,
    unproved_preposition_credit,
)
from wirestory.datelines import (
    TITLE_DASHES,
    Dateline,
    find_dateline,
    is_site_name,
    more_than_place,
    opens_wire_story,
)
from wirestory.knowledge import (
    DEFAULT_KNOWLEDGE,
    MODAL_VERBS,
    NARRATION_AUXILIARIES,
    Knowledge,
    alternation,
    month_words,
    per_knowledge,
)
from wirestory.lines import (
    BLANK_CHARS,
    Line,
    has_case,
    indent,
    is_blank,
    is_georgian,
    joined_text,
    line_key,
    opens_small,
    word_count,
)
from wirestory.model import Role
from wirestory.options import ParseOptions
from wirestory.page_data import CONSENT_LINKS, PRICE_NOTICE_PREFIXES
from wirestory.paragraphs import (
    SENTENCE_OR_COLON_ENDS,
    ends_sentence,
    goes_on_in_prose,
    runs_to_prose,
    short_line_apart,
)
from wirestory.state import LineState, Override, Problem
from wirestory.trailers import (
    CREDIT_LINE_ROLES,
    PICTURE_ROLES,
    classify_trailer,
    credit_parts,
    glued_sign_off,
    header_credits,
    in_speech_verbs,
    is_dashed_sign_off,
    is_speech_word,
    reporter_contact,
    signed_address,
    signed_off_report,
)

__all__ = [
    "detect",
    "furniture_phrase",
    "guess_language",
    "looks_like_page",
    "opens_titled_page",
    "opens_whole_page",
    "read",
    "shows_page_under_title",
]

# Block classes, as jusText names them.
_GOOD, _NEARGOOD, _SHORT, _BAD = "good", "near-good", "short", "bad"
# An advertisement label: bad, but invisible to its neighbours' context (an
# "Advertisement" line inside a story does not make the next paragraph furniture).
_PHRASE = "phrase"

# jusText's thresholds (characters; a CJK character counts as three, about one
# short word and its space). Its stop-word thresholds (0.30 and 0.32) are for its
# long lists; ours hold only the most frequent words, so they are set lower.
_LENGTH_LOW: Final = 70
# The fewest short sentences in a row read as a story of short lines only.
_SHORT_STORY_LINES: Final = 4
# The fewest words of a subtitle between a page's headline and byline: fewer
# is a label ("Listen to this article", "Opinion", "5 min read").
_SUBTITLE_MIN_WORDS: Final = 6
# A time of day or a numeric date in a line ("4:29 AM", "19.11.2019"): a date
# line's, never a subtitle's. Linear: bounded runs.
_CLOCK_OR_DATE: Final = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
# The longest line read as a place alone above a page's story (``SAN JUAN
# CAPISTRANO, California``).
_PLACE_ALONE_MAX_CHARS: Final = 40
_LENGTH_HIGH: Final = 200
_STOPWORDS_LOW: Final = 0.22
_STOPWORDS_HIGH: Final = 0.26
# A sentence with fewer function words than this is not prose even so.
_STOPWORDS_SENTENCE: Final = 0.10
# A furniture prefix marks only a short line as furniture.
_PREFIX_MAX_WORDS: Final = 25
# ... and a sentence opening with a prefix that opens a story's sentence too
# (Knowledge.sentence_prefixes) only when it is shorter still.
_PREFIX_SENTENCE_MAX_WORDS: Final = 8

# Tokens: runs of letters, digits, marks and apostrophes; linear, one pass, no
# nested quantifier (a possessive run of one character class).
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}'’]++")
# The same tokens of an ASCII text, without the regex (most lines of most pages
# are ASCII, and the regex costs about a microsecond a token): in ASCII _TOKEN
# takes the letters, the digits and the apostrophe, and casefold is lower. One
# translate maps capitals to small letters and every other character to a
# space; split cuts the tokens.
_ASCII_TOKENS: Final = {
    code: chr(code).lower() if chr(code).isalnum() or chr(code) == "'" else " "
    for code in range(128)
}
# The same tokens of text in the scripts of most pages outside ASCII (Latin,
# Greek, Cyrillic, Armenian, with general punctuation: curly quotes, dashes),
# by the standard library's ``re``, whose runs of one class cost a fraction of
# the ``regex`` property class a token. The class is ``_TOKEN``'s own on those
# ranges, read off it at import (one pass of ``_TOKEN`` over the ranges' characters
# in order gives its runs of code points): the same characters by construction,
# whatever the Unicode version of either module. A text with a character
# beyond the ranges (``_BEYOND_NEAR``) is left to ``_TOKEN``.
_NEAR_RANGES: Final = ((0x0000, 0x058F), (0x1E00, 0x1EFF), (0x2000, 0x206F))


def _near_class(ranges: Sequence[tuple[int, int]]) -> str:
    """The code points of ``ranges`` that ``_TOKEN`` takes, as a class of ``re``."""
    runs = []
    for low, high in ranges:
        for run in _TOKEN.finditer("".join(map(chr, range(low, high + 1)))):
            runs.append(f"\\U{low + run.start():08x}-\\U{low + run.end() - 1:08x}")
    return "[" + "".join(runs) + "]"


_NEAR_TOKEN = re.compile(_near_class(_NEAR_RANGES) + "+")
_BEYOND_NEAR = re.compile(
    "[^" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _NEAR_RANGES) + "]"
)
# The same table keeping line feeds: blocks joined by them are cut apart again.
_ASCII_TOKEN_LINES: Final = _ASCII_TOKENS | {ord("\n"): "\n"}
# Most lines outside ASCII on English and other Latin-script pages are ASCII
# but for curly quotes, dashes, an ellipsis or a no-break space. Those
# characters are no token's (they cut tokens, as a space does) and have no
# case, and the curly apostrophe is a token's and has no case: with the first
# made spaces and the apostrophe a NUL (the line holding none of its own),
# such a line is ASCII, and the ASCII table keeping NULs gives its tokens, the
# NULs made apostrophes again (``str.translate`` looks every character of a
# text outside ASCII up in its dict, about 0.1 µs each). tests/test_page.py
# holds the characters to that.
_TOKEN_SEPARATORS: Final = "\u201c\u201d\u2018\u2013\u2014\u2026\u00a0\u00ab\u00bb\u2022"
_APOSTROPHE: Final = "\u2019"
_ASCII_TOKENS_NUL: Final = _ASCII_TOKENS | {0: "\x00"}
_ASCII_TOKEN_LINES_NUL: Final = _ASCII_TOKEN_LINES | {0: "\x00"}


def _ascii_form(text: str) -> str | None:
    """A line outside ASCII made ASCII for the token table keeping NULs (see
    ``_TOKEN_SEPARATORS``), or None when it holds another character or a NUL."""
    if "\x00" in text:
        return None
    for character in _TOKEN_SEPARATORS:
        if character in text:
            text = text.replace(character, " ")
    if _APOSTROPHE in text:
        text = text.replace(_APOSTROPHE, "\x00")
    return text if text.isascii() else None


def _ascii_forms(texts: Sequence[str]) -> list[str | None]:
    """:func:`_ascii_form` of each of ``texts`` (a page's blocks outside ASCII),
    each replacement made once over them all joined by line feeds (the
    characters replaced are none of them a line feed, so each piece is its
    block's form); one block by one when one holds a line feed or a NUL."""
    joined = "\n".join(texts)
    if "\x00" in joined:
        return list(map(_ascii_form, texts))
    for character in _TOKEN_SEPARATORS:
        if character in joined:
            joined = joined.replace(character, " ")
    if _APOSTROPHE in joined:
        joined = joined.replace(_APOSTROPHE, "\x00")
    pieces = joined.split("\n")
    if len(pieces) != len(texts):
        return list(map(_ascii_form, texts))
    return [piece if piece.isascii() else None for piece in pieces]


# Characters of scripts written without spaces between words, and the kana
# alone (Japanese); one character class each: linear.
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
# Hangul syllables (U+AC00-D7A3), each a block of two or three letters: a
# block's weight counts each twice (``_tokens_and_weights``). One range: linear.
_HANGUL = regex.compile("[\uac00-\ud7a3]")
_HANGUL_LOWEST: Final = "\uac00"
# Every character of those scripts is at U+2E80 (the CJK radicals) or above
# (tests/test_page.py holds it for every code point below): a page whose text
# has no character that high holds none of them, as one scan for a simple
# range tells, several times faster than the property class on text in
# Cyrillic or with curly quotes (``regex``: the standard library's ``re``
# takes milliseconds to compile a range this wide).
_HIGH = regex.compile("[\u2e80-\U0010ffff]")
# The lowest of those characters: a line whose greatest character (``max``,
# one scan in C) is below it holds none.
_CJK_LOWEST: Final = "\u2e80"
# Counters and punctuation dropped before comparing a line with the phrase
# table: "Comments (12)", "Share:", "Advertisement -". Applied to lines of at
# most _PHRASE_MAX_CHARS characters; each part is a bounded or possessive run.
_PHRASE_NOISE = regex.compile(r"[\s\p{P}\p{S}\d]++")
_PHRASE_MAX_CHARS: Final = 40
_BOILERPLATE_WINDOW: Final = 300
_DATE_MAX_CHARS: Final = 60
# A credit printed above its caption (BBC, image galleries) opens with one of
# Knowledge.copyright_labels, a caption with one of Knowledge.caption_labels
# (wirestory.captions.copyright_label and caption_label).
# Title separators: "Headline - Site", "Headline | Site", "Site :: Headline";
# possessive runs of white space around one or two separator characters: linear.
_TITLE_SEPARATOR = regex.compile(r"\s++(?:[-–—|:·»«/]{1,2})\s++")
# The title's headline part (``Headline - Site``, ``Headline | Section | Site``)
# has at least this many words, or this many CJK characters
# (``外国专家：中美合作共赢符合国际社会利益 - 中国日报网``).
_TITLE_PART_MIN_WORDS: Final = 2
_TITLE_PART_MIN_CJK: Final = 10
_TITLE_PART_MIN_CHARS: Final = 8
# How far below the title a line repeating its headline part makes a text that
# the page layout reads even without menus (a short scrape: title, headline, story).
_TITLE_PART_LOOKAHEAD: Final = 40
# What the fold of a line drops or unifies before comparing it with the title:
# curly quotes and dashes (a site's <title> has straight quotes where the
# heading has curly ones, or the other way round).
_FOLD_PUNCTUATION = str.maketrans(
    dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb", '"')
    | dict.fromkeys("\u2018\u2019\u201a\u2032", "'")
    | dict.fromkeys("\u2013\u2014\u2012\u2010", "-")
    # A byte order mark left in a str before the title line: no character of it.
    | {"\ufeff": ""}
)
# The same as replacements, character by character: ``str.translate`` with a
# dict looks every character of a text outside ASCII up in the dict (about
# 0.1 µs each, most of them missing), where ``in`` and ``replace`` are fast
# searches and the folded characters are rare (a page's curly quotes and
# dashes). No replacement holds a character of the table, so the order of the
# replacements does not matter and the result is translate's.
_FOLD_REPLACEMENTS: Final = tuple(
    (chr(code), "" if to is None else to if isinstance(to, str) else chr(to))
    for code, to in _FOLD_PUNCTUATION.items()
)


def _fold_punctuation(text: str) -> str:
    """``text.translate(_FOLD_PUNCTUATION)``, by fast searches."""
    if text.isascii():
        return text  # the table maps no ASCII character
    for character, replacement in _FOLD_REPLACEMENTS:
        if character in text:
            text = text.replace(character, replacement)
    return text


# What makes a text a page rather than a story: many lines, and a good share of
# them short lines in runs (menus) or furniture phrases.
_PAGE_MIN_LINES: Final = 30
_MENU_RUN: Final = 4
_MENU_WORDS: Final = 3
_PAGE_MENU_SHARE: Final = 0.15
_PAGE_MIN_PHRASES: Final = 3

# How many contributor trailers under the story's stretch are read into it.
_TRAILER_BLOCKS: Final = 3
# A listing under a box label holds at least this many teasers, each under its headline.
_LISTING_TEASERS: Final = 2
# A box of links inside the story holds at most this many headlines under its label.
_BOX_ITEMS: Final = 5
# Prose this many blocks below the story's end, or nearer, that outweighs the
# story may be its own last paragraphs (``prose-left-out``): a magazine's
# ``Most Popular`` widget between two paragraphs (its label, four stories of a
# section, a headline and a writer each, a photo's caption under it) fits in.
_LEFT_OUT_GAP: Final = 16
# A run of this many short blocks is a list of links, tags or names, even
# between two paragraphs of the story.
_SHORT_RUN: Final = 6
# How much prose must stand above a comment heading for it to end the page's
# candidates for the story.
_PROSE_BEFORE_COMMENTS: Final = 500
# The story's stretch: a block outside the good ones costs at least this many
# characters, so that a run of menu items weighs against joining two stretches.
_MIN_COST: Final = 40
# What the first prose below a repeated headline adds to the score of a stretch.
_HEADLINE_BONUS: Final = 2000
# A line repeating the title shares this much of its words, and is no longer than this.
_TITLE_OVERLAP: Final = 0.8
_HEADLINE_MAX_CHARS: Final = 300
# How far above the story's first paragraph the headline is looked for.
_HEADER_LOOKBACK: Final = 40
# The header zone: from this many blocks above the story's first paragraph to
# this many below it (a byline under the lead photo's caption).
_ZONE_ABOVE: Final = 15
_ZONE_BELOW: Final = 3
# H2: how many lines above the byline or date line the headline may stand
# (standfirst, photo credit in between), and what share of its words a headline
# that rewords the title keeps.
_HEADLINE_WALK: Final = 4
_TITLE_SHARE: Final = 0.5
_HEADLINE_MIN_WORDS: Final = 4
# A writer's name on a line of its own has at most this many words.
_NAME_WORDS: Final = 4
# The byline may follow the first date line of the header by this many lines.
_BYLINE_AFTER_ANCHOR: Final = 3
# How many byline or date lines of the header zone may anchor the headline.
_ANCHORS: Final = 3
# A line holding only a name (and a title) is no longer than this.
_NAME_LINE_MAX_CHARS: Final = 80


# ``_Patterns.sentence_end``: at most this many closing quotes after the mark.
_SENTENCE_CLOSERS: Final = 3

# ``_Patterns.sentence_end``: a footnote's number in brackets or in
# superscript digits may follow the sentence's end ("… in 2024.[3]", "… he
# said."[12]", "… in 2024.¹": a page with references).
_SUPERSCRIPT_DIGITS: Final = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_NOTE_MARK: Final = rf"(?:\[\d{{1,3}}\]|[{_SUPERSCRIPT_DIGITS}]{{1,3}})?$"


class _Patterns(NamedTuple):
    """What the page layout reads from a :class:`Knowledge`, compiled.

    The patterns run on every block of a page are called with ``concurrent``
    False, given by position (``match(text, 0, None, False)``): by default
    ``regex`` lets go of the interpreter lock around each match of a ``str``
    and takes it again, about a thousand instructions a call, a third of a
    short match's cost; given by keyword, the argument costs as much to
    parse. The matches are the same."""

    sentence_end: regex.Pattern[str]
    """A line that ends a sentence: full stop, question or exclamation mark,
    ellipsis, CJK marks (Knowledge.sentence_ends), possibly inside closing
    quotes or brackets (Knowledge.closing_quotes). Anchored at the end and
    applied to the last 8 characters only: constant work."""
    boilerplate: regex.Pattern[str]
    """Words that only the site's own notices use (cookie banners, script and
    browser warnings, legal lines; Knowledge.boilerplate_words), looked for in a
    block's first 300 characters: a literal alternation, linear."""
    comments: regex.Pattern[str]
    """The heading of a comment section, or a commenter's line, in a few
    languages ("34 responses to", "12 Comments", "Leave a Reply", "jdoe says:";
    Knowledge.comment_headings). Matched at a line's start; each part is a
    literal or a bounded run: linear."""
    date_line: regex.Pattern[str]
    """A line holding only a date: "Wednesday November 20, 2019", "Nov. 19, 2019
    at 6:34 am", "2 days ago at 07:52 am" (months from Knowledge.months).
    Applied with fullmatch to lines of at most _DATE_MAX_CHARS characters;
    every repetition is bounded: linear."""
    furniture_phrases: frozenset[str]
    consent_buttons: frozenset[str]
    """Knowledge.consent_buttons keyed as lines are (_phrase_key)."""
    consent: regex.Pattern[str]
    """Any of Knowledge.consent_words, a whole word in any case."""
    furniture_prefixes: tuple[str, ...]
    sieve_prefixes: tuple[str, ...]
    """``furniture_prefixes`` and the channel pitch's opening (``join ``,
    judged whole by ``_CHANNEL_PITCH``): the openings the blocks' sieve
    (``_phrases_of_blocks``) passes to :func:`_furniture_phrase`."""
    sentence_prefixes: tuple[str, ...]
    speech_verbs: frozenset[str]
    inline_phrases: frozenset[str]
    stop_words: dict[str, frozenset[str]]
    sentence_last: frozenset[str]
    """The characters a line ending like a sentence ends in (a sentence end or a
    closing quote): a line ending in any other is no sentence, without the regex."""
    sentence_marks: tuple[str, str] | None
    """``Knowledge.sentence_ends`` and ``Knowledge.closing_quotes``, for
    ``sentence_end`` read by string tests (``_sentence_flags``); None when
    the two share a character (then the pattern is asked)."""
    boilerplate_ascii: tuple[str, ...] | None
    """The boilerplate words, lower-case, that can occur in ASCII text: an ASCII
    block the ``boilerplate`` pattern matches holds one of them in lower case, so
    a block holding none is not searched (a word holding another is left out:
    the other finds its blocks). None when a word outside ASCII may match
    ASCII text in another case (``\u212a`` is ``k``): no shortcut then."""
    boilerplate_forms: bool
    """The same shortcut holds for a block's ASCII form (``_ascii_form``: curly
    quotes and dashes made spaces): no word outside ASCII may match one of
    those characters or ASCII text in any case."""
    boilerplate_folds: tuple[str, ...] | None
    """The boilerplate words folded (``_boilerplate_fold``) when every
    character of them is one of ``_FOLD_SAFE``: a block's window the
    ``boilerplate`` pattern matches holds one of them in its fold. None
    else (then every block with no ASCII form is searched)."""
    boilerplate_tokens: bool
    """Every word of ``boilerplate_ascii`` is made of characters the token table
    keeps as they are (small letters, digits, the apostrophe) and spaces: a
    block's form holding a word in lower case holds it in the form's token
    translation (``_tokens_and_weights``' one translate of the page) at the
    same place, so the words are looked for there."""


def _character_class(characters: str) -> str:
    return "[" + "".join(regex.escape(c) for c in characters) + "]" if characters else "(?!)"


def _ascii_words(words: Sequence[str]) -> tuple[str, ...] | None:
    """``_Patterns.boilerplate_ascii`` of ``words``."""
    for word in words:
        if not word.isascii() and all(
            c.isascii() or c.lower().isascii() or c.upper().isascii() or c.casefold().isascii()
            for c in word
        ):
            return None  # every character may stand for an ASCII one in another case
    lowered = {word.lower() for word in words if word.isascii()}
    # A block holding a word that holds another (``cookies``, ``cookie``)
    # holds the shorter one: only the shortest are looked for, the same
    # blocks found by fewer scans of the page.
    return tuple(
        sorted(
            word
            for word in lowered
            if not any(other != word and other in word for other in lowered)
        )
    )


# The characters of which every character the regex module's case-insensitive
# match of it takes (its simple case folding: ``(?i)`` without FULLCASE) folds
# by ``_boilerplate_fold`` as it does: printable ASCII, the Latin letters up
# to U+024F and Cyrillic, but ``ß`` and ``ƛ`` (the module matches each to a
# character folding elsewhere). tests/test_page.py holds it over every code
# point (``boilerplate_fold_safe``).
_FOLD_SAFE: Final = frozenset(
    map(chr, chain(range(0x20, 0x7F), range(0xC0, 0x250), range(0x400, 0x530)))
) - {"\u00df", "\u019b"}


def _boilerplate_fold(text: str) -> str:
    """``text`` case-folded, the Turkish dotted capital I's fold (``i`` and a
    combining dot) and the dotless i made ``i``: the regex module matches
    ``i`` to ``İ`` and ``I`` to ``ı`` without case folding them so."""
    return text.casefold().replace("i\u0307", "i").replace("\u0131", "i")


def _folded_words(words: Sequence[str]) -> tuple[str, ...] | None:
    """``_Patterns.boilerplate_folds`` of ``words``."""
    if not all(words) or not all(c in _FOLD_SAFE for word in words for c in word):
        return None
    return tuple(sorted({_boilerplate_fold(word) for word in words}))


def _unformed_boilerplate(
    texts: Sequence[str], unformed: list[int], folds: tuple[str, ...] | None
) -> list[int]:
    """The blocks of ``unformed`` (those with no ASCII form: Cyrillic,
    accented or CJK text) that may hold a boilerplate word: those whose
    window's fold holds a word's fold, found by a few scans of their windows
    folded and joined by line feeds (no character folds to one), a hit's
    block the count of line feeds before it. All of them when ``folds`` is
    None or a window holds a line feed of its own. A block's search by the
    pattern costs microseconds; most of these blocks hold no word."""
    if folds is None or not unformed:
        return unformed
    joined = _boilerplate_fold("\n".join([texts[n][:_BOILERPLATE_WINDOW] for n in unformed]))
    if joined.count("\n") != len(unformed) - 1:
        return unformed
    return [unformed[piece] for piece in _pieces_at(joined, _word_places(joined, folds))]


def _word_places(text: str, words: Iterable[str]) -> list[int]:
    """Where each of ``words`` starts in ``text``, every time it stands there,
    in order (``str.find`` scans in C)."""
    places = []
    for word in words:
        at = text.find(word)
        while at != -1:
            places.append(at)
            at = text.find(word, at + 1)
    places.sort()
    return places


def _pieces_at(text: str, places: list[int]) -> list[int]:
    """For each of the ordered ``places`` in ``text`` (pieces joined by line
    feeds, none holding one of its own), the number of its piece: the line
    feeds before it, each counted from the last place (one pass in C)."""
    pieces = []
    piece = last = 0
    for at in places:
        piece += text.count("\n", last, at)
        last = at
        pieces.append(piece)
    return pieces


def boilerplate_fold_safe() -> frozenset[str]:
    """The characters a boilerplate word may hold for the blocks with no ASCII
    form to be sieved by their fold (``_FOLD_SAFE``). (Not part of
    wirestory's API; its test holds it to the regex module over every code
    point.)"""
    return _FOLD_SAFE


def boilerplate_fold(text: str) -> str:
    """``text`` folded as the sieve of the blocks with no ASCII form folds it.
    (Not part of wirestory's API; its test holds the regex module's
    case-insensitive matches of every character of
    :func:`boilerplate_fold_safe` to it.)"""
    return _boilerplate_fold(text)


def _token_words(words: Sequence[str] | None) -> bool:
    """``_Patterns.boilerplate_tokens`` of ``boilerplate_ascii``'s ``words``."""
    return words is not None and all(
        character == " " or _ASCII_TOKENS[ord(character)] == character
        for word in words
        for character in word
    )


def _apart_from_forms(character: str) -> bool:
    """A character that matches no character of a block's ASCII form nor any
    character that form stands for, in any case (as ``str`` tells the cases)."""
    return not any(
        case.isascii() or any(c in _TOKEN_SEPARATORS + _APOSTROPHE for c in case)
        for case in (character, character.lower(), character.upper(), character.casefold())
    )


@per_knowledge
def _patterns(knowledge: Knowledge) -> _Patterns:
    months = [spelling for spelling, _ in knowledge.months]
    # Any ASCII month spelling may be cut short or run on ("Sept", "Novem."):
    # its first three letters and up to six more.
    prefixes = [m[:3] for m in months if len(m) >= 3 and m[:3].isascii() and m[:3].isalpha()]
    closing = knowledge.closing_quotes
    return _Patterns(
        sentence_end=regex.compile(
            _character_class(knowledge.sentence_ends)
            + (f"(?:{_character_class(closing)}{{0,{_SENTENCE_CLOSERS}}})" if closing else "")
            + _NOTE_MARK
        ),
        boilerplate=regex.compile(rf"(?i)\b{alternation(knowledge.boilerplate_words)}\b"),
        comments=regex.compile(
            rf"(?i)[\[(]?\s{{0,4}}{alternation(knowledge.comment_headings, escape=False)}"
        ),
        date_line=regex.compile(
            r"""(?ix)
            (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s{1,3})?  # weekday
            """
            # month: a spelling, or an ASCII one's first three letters and up to six more
            rf"(?:{alternation(months)}|{alternation(prefixes)}[a-z]{{0,6}})\.?"
            r"""
            \s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4}  # day, year
            (?:,?\s{1,3}(?:at\s{1,3})?\d{1,2}:\d{2}\s{0,2}(?:am|pm)?  # time
            (?:\s{1,3}[a-z]{2,4})?)?
            """
            # the day first, as British and European sites print it: "12 November 2019"
            rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:{alternation(months)})\.?,?\s{{1,3}}\d{{4}}"
            r"""
            |\d{1,3}\s(?:minutes?|hours?|days?|weeks?)\sago  # "2 days ago"
            (?:\sat\s\d{1,2}:\d{2}\s?(?:am|pm)?)?
            """
        ),
        # Keyed as lines are (_phrase_key): "Siga-nos", "Editor's Picks" and a
        # user's phrases with marks in them match (as written they never did).
        # Turkish's dotted and dotless i made ``i`` as _phrase_key makes them
        # (written out: this runs at import, above _fold_turkish_i).
        furniture_phrases=frozenset(
            " ".join(
                _PHRASE_NOISE.sub(
                    " ", phrase.casefold().replace("i\u0307", "i").replace("\u0131", "i")
                ).split()
            )
            for phrase in knowledge.furniture_phrases
        ),
        consent_buttons=frozenset(map(_phrase_key, knowledge.consent_buttons)),
        consent=regex.compile(rf"(?i)\b{alternation(knowledge.consent_words)}\b"),
        # The platforms' prompts are tried with the prefixes (the blocks'
        # sieve, _furniture_flags) and judged whole by _platform_prompt.
        # Folded as a block's opening is (a Greek word's final sigma folds
        # to the middle one: "διαβάστε επίσης:" opens "Διαβάστε επίσης: …").
        furniture_prefixes=tuple(prefix.casefold() for prefix in knowledge.furniture_prefixes)
        + _PLATFORM_PROMPT_OPENINGS,
        sieve_prefixes=tuple(prefix.casefold() for prefix in knowledge.furniture_prefixes)
        + _PLATFORM_PROMPT_OPENINGS
        + (_CHANNEL_PITCH_OPENING,)
        + _SITE_PROMO_OPENINGS,
        sentence_prefixes=tuple(prefix.casefold() for prefix in knowledge.sentence_prefixes),
        speech_verbs=knowledge.speech_verbs,
        inline_phrases=knowledge.inline_phrases,
        stop_words=dict(knowledge.stop_words),
        sentence_last=frozenset(knowledge.sentence_ends + closing),
        sentence_marks=None
        if set(knowledge.sentence_ends) & set(closing)
        else (knowledge.sentence_ends, closing),
        boilerplate_ascii=_ascii_words(knowledge.boilerplate_words),
        boilerplate_forms=all(
            word.isascii() or any(map(_apart_from_forms, word))
            for word in knowledge.boilerplate_words
        ),
        boilerplate_folds=_folded_words(knowledge.boilerplate_words),
        boilerplate_tokens=_token_words(_ascii_words(knowledge.boilerplate_words)),
    )


# --- The comment headings' sieve ---------------------------------------------
# The comment-heading pattern is matched at the start of every block of a page
# (one ``regex`` call, about 7,000 instructions a short line: the largest
# per-block cost of the layout), and almost no block is one. Its fragments are
# the Knowledge's own (``Knowledge.comment_headings``), so a sieve is read off
# them: what the first two characters of a line they match may be, and, for a
# fragment that must end the line (``jdoe says:``, ending in ``$``), what its
# last character and its first two may be. A block that neither opens as one
# of the first kind nor both opens and ends as one fragment of the second
# cannot match and is not asked (``Comments`` alone, ``\W{0,3}$``, ends in
# any mark: by its ending alone every sentence was asked); the others are
# matched as before. Fragments in a syntax the reading does not
# follow (look-arounds, back-references, inline flags, fuzzy matching) turn
# the sieve off: every block is matched.

# What a part of a fragment may match: its first characters (patterns of one
# character each), its first two (pairs of them), the single characters it may
# match alone, and whether it may match nothing.
_Ends = tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str], bool]
_NOTHING: Final[_Ends] = (frozenset(), frozenset(), frozenset(), True)
_QUANTIFIER: Final = re.compile(r"\{(\d*)(,?)(\d*)\}")


def _one(piece: str) -> _Ends:
    return frozenset({piece}), frozenset(), frozenset({piece}), False


def _then(left: _Ends, right: _Ends) -> _Ends:
    """What ``left`` followed by ``right`` may match."""
    first = left[0] | right[0] if left[3] else left[0]
    pairs = left[1] | frozenset((a, b) for a in left[2] for b in right[0])
    if left[3]:
        pairs |= right[1]
    single = (left[2] if right[3] else frozenset()) | (right[2] if left[3] else frozenset())
    return first, pairs, single, left[3] and right[3]


def _either(options: Sequence[_Ends]) -> _Ends:
    return (
        frozenset().union(*(o[0] for o in options)),
        frozenset().union(*(o[1] for o in options)),
        frozenset().union(*(o[2] for o in options)),
        any(o[3] for o in options),
    )


def _repeated(part: _Ends, least: int, most: int | None) -> _Ends:
    """``part`` at least ``least`` and at most ``most`` times (None: no bound)."""
    if most is not None and most <= 1:
        return (part[0], part[1], part[2], part[3] or least == 0) if most else _NOTHING
    # Two or more times: a character may be followed by the next one's first.
    pairs = part[1] | frozenset((a, b) for a in part[2] for b in part[0])
    return part[0], pairs, part[2], part[3] or least == 0


class _FragmentReader:
    """Reads one comment-heading fragment into what each of its top-level
    alternatives may match (:data:`_Ends`) and whether it ends in ``$``.
    Raises ValueError on syntax it does not follow."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    def units(self) -> list[tuple[_Ends, _Ends | None]]:
        """Each top-level alternative: what it may match, and when it ends in
        ``$``, what its part before the ``$`` may match read backwards."""
        found = []
        for steps, anchored in self.alternatives():
            ends = _NOTHING
            for step in steps:
                ends = _then(ends, step[0])
            backwards = None
            if anchored:
                backwards = _NOTHING
                for step in reversed(steps[:-1]):
                    backwards = _then(backwards, step[1])
            found.append((ends, backwards))
        if self.at != len(self.text):
            raise ValueError(self.text)
        return found

    def alternatives(self) -> list[tuple[list[tuple[_Ends, _Ends]], bool]]:
        """The alternatives up to a closing bracket or the end: each one's steps
        (what each matches forwards, and backwards), and whether its last step
        is a ``$``."""
        found = []
        while True:
            found.append(self.sequence())
            if self.text[self.at : self.at + 1] != "|":
                return found
            self.at += 1

    def sequence(self) -> tuple[list[tuple[_Ends, _Ends]], bool]:
        steps: list[tuple[_Ends, _Ends]] = []
        anchored = False
        while self.at < len(self.text) and self.text[self.at] not in "|)":
            forwards, backwards, end = self.atom()
            least, most, quantified = self.quantifier()
            steps.append((_repeated(forwards, least, most), _repeated(backwards, least, most)))
            anchored = end and not quantified
        return steps, anchored

    def atom(self) -> tuple[_Ends, _Ends, bool]:
        text, at = self.text, self.at
        character = text[at]
        if character == "(":
            if text.startswith("(?:", at):
                self.at += 3
            elif text.startswith("(?P<", at):
                close = text.find(">", at)
                if close < 0 or not text[at + 4 : close].isidentifier():
                    raise ValueError(text)
                self.at = close + 1
            elif text.startswith("(?", at):
                raise ValueError(text)  # look-arounds, inline flags, atomic groups...
            else:
                self.at += 1
            options = self.alternatives()
            if self.text[self.at : self.at + 1] != ")":
                raise ValueError(text)
            self.at += 1
            forwards = _either([self._steps(steps, False) for steps, _ in options])
            backwards = _either([self._steps(steps, True) for steps, _ in options])
            return forwards, backwards, False
        if character == "[":
            piece = self._class()
        elif character == "\\":
            piece = self._escape()
            if piece == "":
                return _NOTHING, _NOTHING, False
        elif character in "^$":
            self.at += 1
            return _NOTHING, _NOTHING, character == "$"
        elif character in "*+?{":
            raise ValueError(text)
        else:
            self.at += 1
            piece = "." if character == "." else regex.escape(character)
        return _one(piece), _one(piece), False

    @staticmethod
    def _steps(steps: list[tuple[_Ends, _Ends]], backwards: bool) -> _Ends:
        ends = _NOTHING
        for step in reversed(steps) if backwards else steps:
            ends = _then(ends, step[1] if backwards else step[0])
        return ends

    def _class(self) -> str:
        text, start = self.text, self.at
        at = start + 1
        if text[at : at + 1] == "^":
            at += 1
        if text[at : at + 1] == "]":
            at += 1
        while at < len(text):
            character = text[at]
            if character == "\\":
                at += 2
                if text[at - 1 : at] in ("p", "P", "N", "x") and text[at : at + 1] == "{":
                    close = text.find("}", at)
                    if close < 0:
                        raise ValueError(text)
                    at = close + 1
            elif character == "[":
                raise ValueError(text)  # a nested set or a POSIX class
            elif character == "]":
                self.at = at + 1
                return text[start : at + 1]
            else:
                at += 1
        raise ValueError(text)

    def _escape(self) -> str:
        """An escape's pattern of one character, or "" for an assertion."""
        text, at = self.text, self.at
        kind = text[at + 1 : at + 2]
        size = 2
        if kind in ("b", "B"):
            self.at += 2
            return ""
        if kind in ("p", "P"):
            if text[at + 2 : at + 3] == "{":
                close = text.find("}", at)
                if close < 0:
                    raise ValueError(text)
                size = close + 1 - at
            else:
                size = 3
        elif kind in ("x", "u", "U"):
            size = 2 + {"x": 2, "u": 4, "U": 8}[kind]
            digits = text[at + 2 : at + size]
            if len(digits) != size - 2 or not all(c in string.hexdigits for c in digits):
                raise ValueError(text)
        elif not kind or (kind.isalnum() and kind not in "dDsSwWtnrfv"):
            raise ValueError(text)  # back-references, \A, \Z, \G, \X...
        self.at += size
        return text[at : at + size]

    def quantifier(self) -> tuple[int, int | None, bool]:
        text, at = self.text, self.at
        character = text[at : at + 1]
        if character == "*":
            least, most, size = 0, None, 1
        elif character == "+":
            least, most, size = 1, None, 1
        elif character == "?":
            least, most, size = 0, 1, 1
        elif character == "{":
            found = _QUANTIFIER.match(text, at)
            if found is None or not (found.group(1) or found.group(3)):
                raise ValueError(text)  # fuzzy matching, or a brace the reading does not follow
            least = int(found.group(1) or 0)
            bound = found.group(3) if found.group(2) else found.group(1)
            most = int(bound) if bound else None
            size = found.end() - at
        else:
            return 1, 1, False
        self.at = at + size
        if text[self.at : self.at + 1] in ("?", "+"):
            self.at += 1  # lazy or possessive: the same characters, or fewer matches
        return least, most, True


class _CommentSieve(NamedTuple):
    """What a block must look like for the comment-heading pattern to be asked."""

    opening: regex.Pattern[str]
    """Matches a block's first two characters when a fragment not ending in
    ``$`` may open it (or the pattern's optional bracket and white space)."""
    endings: tuple[tuple[regex.Pattern[str], regex.Pattern[str]], ...]
    """For each fragment ending in ``$``: what its last character may be, and
    what its first two may be (a block opening with the pattern's optional
    bracket or white space passes ``opening``). A block is asked when both of
    one fragment's match: an ending that lets every sentence through
    (``Comments\\W{0,3}$`` ends in any mark) and an opening that lets every
    word through (``\\S{1,40} says:$``) sieve nothing apart."""
    heads: dict[str, int]
    """For the first two characters met: ``_EVERY_FRAGMENT`` when ``opening``
    matches them, else the fragments ending in ``$`` (bits, in ``endings``'
    order) whose opening matches them."""
    tails: dict[str, int]
    """For the last characters met, the fragments ending in ``$`` (bits) whose
    ending matches it."""
    blocks: dict[str, bool]
    """The pattern's answers for the short blocks it was asked of (a site's
    pages repeat their lines opening like a heading: ``Comments``,
    ``Related``, ``Posted in``), at most ``_HEADINGS_KEPT`` of them."""


@functools.lru_cache(maxsize=16)
def _comment_sieve(headings: tuple[str, ...]) -> _CommentSieve | None:
    """The sieve of these comment-heading fragments, or None when one is in a
    syntax the reading does not follow or may match nothing at all (then
    every block is matched)."""
    try:
        units = [
            unit for fragment in sorted(set(headings)) for unit in _FragmentReader(fragment).units()
        ]
    except (ValueError, IndexError):
        return None
    openings = [r"[\[(]", r"\s"]
    endings = []
    for ends, backwards in units:
        if backwards is not None:
            if backwards[3]:
                return None  # ends in ``$`` after what may be nothing
            endings.append(
                (
                    _any_of(f"(?:{piece})" for piece in sorted(backwards[0])),
                    _any_of(_openings_of(ends)),
                )
            )
        elif ends[3]:
            return None
        else:
            openings += _openings_of(ends)
    return _CommentSieve(_any_of(openings), tuple(endings), {}, {}, {})


def _openings_of(ends: _Ends) -> list[str]:
    """What a fragment's first two characters may be (pairs, or one character
    it may match alone), as patterns."""
    return [f"(?:{a})(?:{b})" for a, b in sorted(ends[1])] + [
        f"(?:{piece})" for piece in sorted(ends[2])
    ]


def _any_of(pieces: Iterable[str]) -> regex.Pattern[str]:
    return regex.compile("(?i)(?:" + "|".join(pieces) + ")")


# How many short blocks' answers a comment sieve keeps before starting afresh,
# and how long a block it keeps (a heading is a line's length).
_HEADINGS_KEPT: Final = 4_096
_HEADING_KEPT_CHARS: Final = 80


# ``_CommentSieve.heads``' answer for a block a fragment not ending in ``$``
# (or the pattern's optional bracket or white space) may open: every bit set.
_EVERY_FRAGMENT: Final = -1


def _opening_fits(
    head: str,
    opening: regex.Pattern[str],
    endings: tuple[tuple[regex.Pattern[str], regex.Pattern[str]], ...],
) -> int:
    """``_CommentSieve.heads``' answer for a block's first two characters."""
    if opening.match(head, 0, None, False) is not None:
        return _EVERY_FRAGMENT
    return sum(
        1 << k
        for k, (_, first) in enumerate(endings)
        if first.match(head, 0, None, False) is not None
    )


def _walls(
    stripped: Sequence[str],
    patterns: _Patterns,
    headings: tuple[str, ...],
    firsts: Sequence[str] | None = None,
) -> list[bool]:
    """Each block is a comment heading (``_Patterns.comments`` matches it): asked
    only of the blocks the sieve of ``headings`` lets through, told by each
    block's first two (``firsts``, when the caller has them) and last
    characters (the sieve asked once for each new pair or character)."""
    match = patterns.comments.match
    sieve = _comment_sieve(headings)
    if sieve is None:
        return [match(text, 0, None, False) is not None for text in stripped]
    opening, endings, heads, tails, kept = sieve
    if len(heads) > _OPENINGS_KEPT or len(tails) > _OPENINGS_KEPT:
        heads.clear()
        tails.clear()
    if len(kept) > _HEADINGS_KEPT:
        kept.clear()
    walls = [False] * len(stripped)
    if firsts is None:
        firsts = [text[:2] for text in stripped]
    for number, (text, head) in enumerate(zip(stripped, firsts, strict=True)):
        fits = heads.get(head)
        if fits is None:
            fits = heads[head] = _opening_fits(head, opening, endings)
        if fits != _EVERY_FRAGMENT:
            # Only fragments ending in ``$`` may match: one of those the
            # block opens as must end it too.
            tail = text[-1:]
            ends = tails.get(tail)
            if ends is None:
                ends = tails[tail] = sum(
                    1 << k
                    for k, (last, _) in enumerate(endings)
                    if last.match(tail, 0, None, False) is not None
                )
            if not ends & fits:
                continue
        wall = kept.get(text)
        if wall is None:
            wall = match(text, 0, None, False) is not None
            if len(text) <= _HEADING_KEPT_CHARS:
                kept[text] = wall
        walls[number] = wall
    return walls


def _drop_comment_links(
    walls: list[bool], stripped: Sequence[str], kinds: Sequence[str]
) -> list[int]:
    """A comment heading of one word (``Comments``, ``Comentarios`` alone on
    its line) with prose right under it is no wall: a site prints its comment
    count's link so between two of the story's paragraphs, and the paragraphs
    under it were cut off. The section's heading stands over a reader's name,
    a time or a form's field (``Comentar`` / ``Normas de uso`` / ``Nombre``).
    Only the walls are looked at. A comment printed right under the heading
    with no name line is told by the marks under it: a short line ending in a
    reply button or a relative time (``2 hours ago Reply``) in the
    ``_COMMENT_MARK_REACH`` blocks under the prose keeps the wall (the
    comments were glued to the story). Returns the headings dropped so:
    comments with no name and no marks read the same as the story's own
    paragraphs under a count's link (``comment-heading-read-past``)."""
    count = len(walls)
    dropped: list[int] = []
    for n in compress(range(count - 1), walls):
        if (
            kinds[n + 1] in _PROSE_KINDS
            and len(stripped[n].split(None, 1)) == 1
            and not any(
                _comment_mark(stripped[k])
                for k in range(n + 2, min(count, n + 2 + _COMMENT_MARK_REACH))
            )
        ):
            walls[n] = False
            dropped.append(n)
    return dropped


# How many blocks under a comment heading's first prose are looked at for a
# comment's marks.
_COMMENT_MARK_REACH: Final = 3
# A comment's reply button, the last word of its line (``Reply``, ``2 hours ago
# Reply``), lower-case.
_REPLY_WORDS: Final = frozenset({"reply", "responder", "répondre", "antworten", "rispondi"})
# A comment's relative time: "2 hours ago", "5 mins ago". Bounded: linear.
_AGO: Final = regex.compile(
    r"\b\d{1,3} ?(?:sec|secs|seconds?|min|mins|minutes?|hours?|hrs?|days?|weeks?) ago\b", regex.I
)
_COMMENT_MARK_MAX_CHARS: Final = 40
# A sentence's end: a line ending so is prose, no comment's mark.
_COMMENT_MARK_SENTENCE_ENDS: Final = frozenset('.!?…”"')


def _comment_mark(text: str) -> bool:
    """A short line holding a comment's reply button or relative time, ending
    in no sentence's mark: a story's own short line ("The fire began 2 hours
    ago.") is a sentence, no comment's mark."""
    if len(text) > _COMMENT_MARK_MAX_CHARS or text[-1:] in _COMMENT_MARK_SENTENCE_ENDS:
        return False
    last = text.rpartition(" ")[2].casefold()
    return last in _REPLY_WORDS or (" ago" in text and _AGO.search(text) is not None)


# The default's sieve is read when the module is imported, as its patterns are.
_comment_sieve(DEFAULT_KNOWLEDGE.comment_headings)


def _boilerplate(
    texts: Sequence[str],
    patterns: _Patterns,
    forms: Sequence[str | None] | None = None,
    translated: str | None = None,
) -> list[bool]:
    """For each block, whether its first ``_BOILERPLATE_WINDOW`` characters hold a
    boilerplate word (``_Patterns.boilerplate``). The pattern costs microseconds a
    block, so it searches only the blocks outside ASCII and the ASCII blocks where
    one of the words stands in lower case, found by one search a word in all the
    ASCII blocks lowered and joined; with ``forms`` (``_tokens_and_weights``'s
    ASCII forms) the blocks with an ASCII form are looked at so too, and with
    ``translated`` (the same forms' token translation, joined by line feeds, a
    piece a block with a form) the words are looked for there, with no join of
    their own."""
    search, words = patterns.boilerplate.search, patterns.boilerplate_ascii
    if words is None:
        return [search(text[:_BOILERPLATE_WINDOW], 0, None, False) is not None for text in texts]
    if (
        translated is not None
        and forms is not None
        and patterns.boilerplate_forms
        and patterns.boilerplate_tokens
    ):
        return _boilerplate_translated(
            texts, search, words, forms, translated, patterns.boilerplate_folds
        )
    if forms is None or not patterns.boilerplate_forms:
        forms = [text if text.isascii() else None for text in texts]
    # A block outside ASCII is looked at in its form cut as long (the form
    # replaces characters one for one; an ASCII block is its own form).
    shown = ["" if form is None else form[:_BOILERPLATE_WINDOW] for form in forms]
    joined = "\n".join(shown).lower()
    # The blocks without a form whose fold holds a word are searched; of the
    # others, those holding a word.
    found = set(
        _unformed_boilerplate(
            texts,
            list(compress(range(len(forms)), map(is_, forms, repeat(None)))),
            patterns.boilerplate_folds,
        )
    )
    hits = _word_places(joined, words)
    if hits and joined.count("\n") == len(shown) - 1:
        # A hit's block is the count of line feeds before it (no pass at all
        # over the blocks of a page holding no word).
        found.update(_pieces_at(joined, hits))
    elif hits:
        # A block holding a line feed of its own: each hit's block by its start.
        starts = list(accumulate(map(_PLUS_ONE, map(len, shown)), initial=0))
        found.update(bisect_right(starts, at) - 1 for at in hits)
    boilerplate = [False] * len(texts)
    for number in found:
        boilerplate[number] = (
            search(texts[number][:_BOILERPLATE_WINDOW], 0, None, False) is not None
        )
    return boilerplate


_PLUS_ONE: Final = (1).__add__


def _boilerplate_translated(
    texts: Sequence[str],
    search: Callable[..., object],
    words: Sequence[str],
    forms: Sequence[str | None],
    translated: str,
    folds: tuple[str, ...] | None,
) -> list[bool]:
    """``_boilerplate`` with the words looked for in the page's token
    translation. A word of small letters, digits, apostrophes and spaces in a
    form's window lowered stands at the same place in its translation (the
    table lowers letters and keeps those characters; a character it makes a
    space was a space, as no other character lowers to one): every block the
    lowered windows find is found, and a hit's block is kept when the word
    ends inside the block's window. The hits the translation adds (``ad-blocker``
    read ``ad blocker``) are searched too: the pattern decides. The blocks
    with no form are searched where their fold holds a word's
    (``_unformed_boilerplate``)."""
    found = set(
        _unformed_boilerplate(
            texts, list(compress(range(len(forms)), map(is_, forms, repeat(None)))), folds
        )
    )
    hits = []
    for word in words:
        size = len(word)
        at = translated.find(word)
        while at != -1:
            hits.append((at, at + size))
            at = translated.find(word, at + 1)
    if hits:
        # The blocks with a form, in order: the translation's pieces.
        kept = list(compress(range(len(forms)), map(is_not, forms, repeat(None))))
        piece = last = start = 0
        for at, end in sorted(hits):
            feeds = translated.count("\n", last, at)
            if feeds:
                piece += feeds
                start = translated.rfind("\n", last, at) + 1
            last = at
            if end - start <= _BOILERPLATE_WINDOW:
                found.add(kept[piece])
    boilerplate = [False] * len(texts)
    for number in found:
        boilerplate[number] = (
            search(texts[number][:_BOILERPLATE_WINDOW], 0, None, False) is not None
        )
    return boilerplate


def _tokens(text: str) -> list[str]:
    if text.isascii():
        return text.translate(_ASCII_TOKENS).split()
    form = _ascii_form(text)
    if form is not None:
        return form.translate(_ASCII_TOKENS_NUL).replace("\x00", _APOSTROPHE).split()
    return _folded_tokens(text.casefold())


def _folded_tokens(folded: str) -> list[str]:
    """``_TOKEN``'s tokens of a case-folded text: by the standard library's
    ``re`` when every character is in ``_NEAR_RANGES`` (one scan tells), where
    its class holds exactly ``_TOKEN``'s characters, else by ``_TOKEN``."""
    if _BEYOND_NEAR.search(folded) is None:
        return _NEAR_TOKEN.findall(folded)
    return _TOKEN.findall(folded)


def _cjk_count(text: str) -> int:
    """How many CJK characters a text holds (none in ASCII or below
    ``_CJK_LOWEST``, a line with curly quotes or in Cyrillic: no count then,
    told by one scan in C for a character that high, ``_HIGH``; ``max`` made a
    string of each character)."""
    return 0 if text.isascii() or _HIGH.search(text) is None else len(_CJK.findall(text))


def guess_language(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> str | None:
    """The language of a text among those with a stop-word table in ``knowledge``,
    or ``ja``/``zh`` for text written mostly in Han and kana, or None.

    >>> guess_language("The minister said that the fund is open to all of them.")
    'en'
    >>> guess_language("O ministro disse que o fundo está aberto para todos eles.")
    'pt'
    """
    return _language([_tokens(text)], _cjk_count(text), [text], knowledge)


def _language(
    tokens: Sequence[list[str]], cjk: int, texts: Sequence[str], knowledge: Knowledge
) -> str | None:
    """:func:`guess_language` of the lines ``texts`` joined by line feeds, from
    each line's tokens and the CJK characters of all (a token never spans a
    line feed, so the joined text's tokens are the lines' tokens in turn)."""
    return _language_and_counts(tokens, cjk, texts, knowledge, None)[0]


def _language_and_counts(
    tokens: Sequence[list[str]],
    cjk: int,
    texts: Sequence[str],
    knowledge: Knowledge,
    weights: Sequence[int] | None,
) -> tuple[str | None, list[int | None] | None]:
    """:func:`_language`, and how many of each block's tokens the language's
    table holds for the blocks weighing at least ``_LENGTH_LOW`` (None for the
    lighter ones, or no list when the language was not found by its stop
    words): the only blocks ``_classify`` reads a density of. Each such
    block's tokens are summed alone (its count is its sum's field of the
    language), the lighter blocks' all at once, so the page's tokens are
    looked up once, not again a block for its density."""
    count = sum(map(len, tokens))
    if cjk > count:
        kana = sum(len(_KANA.findall(text)) for text in texts)
        return ("ja" if kana * 5 > cjk else "zh"), None
    if not count:
        return None, None
    # Only stop words count. Each adds to its languages' counts at once: a
    # number holding a field a language (``_stop_word_fields``), with a one in
    # the field of each language whose table holds the word, the numbers
    # summed in C (a Counter of the words found costs more a word). A field
    # is wide enough for the page's count of tokens, so no count runs over.
    bits = max(_HITS_BITS, count.bit_length())
    fields, languages = _stop_word_fields(knowledge, bits)
    get = fields.get
    if weights is None:
        heavy: list[int] = []
        light: Iterable[list[str]] = tokens
    else:
        heavy = list(compress(range(len(weights)), map(ge, weights, repeat(_LENGTH_LOW))))
        light = compress(tokens, map(lt, weights, repeat(_LENGTH_LOW)))
    sums = [sum(filter(None, map(get, tokens[n]))) for n in heavy]
    total = sum(sums) + sum(filter(None, map(get, chain.from_iterable(light))))
    mask = (1 << bits) - 1
    hits = {language: total >> (place * bits) & mask for place, language in enumerate(languages)}
    if not hits:
        return None, None
    best = max(hits, key=lambda language: (hits[language], language == "en"))
    if not (hits[best] >= 3 and hits[best] * 20 >= count):
        return None, None
    if hits[best] * _SPARSE_SHARE < count and _few_table_words(tokens, best, knowledge):
        # A page in a language with no table (Danish, Norwegian, Czech,
        # Swahili, Tagalog) holds a table's short words of another language
        # by chance, a few of them again and again ("de", "en", "i", "a",
        # "sa", "ya"): five in a hundred tokens, and that table's sentence
        # tests then read the page's last short paragraphs as no sentences
        # and left them out, silently. A page of the table's own language
        # that holds its words as sparsely still holds several of them.
        return None, None
    shift = languages.index(best) * bits
    counts: list[int | None] = [None] * len(tokens)
    for n, found in zip(heavy, sums, strict=True):
        counts[n] = found >> shift & mask
    return best, counts


# Under one token in ``_SPARSE_SHARE`` a table's word, a page's language is
# that table's only if the page holds ``_SPARSE_MIN_WORDS`` of its words or
# more (pages of the tables' languages hold a quarter or more, a short
# Korean page's particles glued to their words a twentieth, of five words).
_SPARSE_SHARE: Final = 8
_SPARSE_MIN_WORDS: Final = 5


def _few_table_words(tokens: Sequence[list[str]], language: str, knowledge: Knowledge) -> bool:
    """Whether the page's ``tokens`` hold fewer than ``_SPARSE_MIN_WORDS``
    words of ``language``'s stop-word table, each counted once."""
    table = dict(knowledge.stop_words)[language]
    return len(table.intersection(chain.from_iterable(tokens))) < _SPARSE_MIN_WORDS


# The narrowest field a language gets in ``_stop_word_fields``' numbers:
# a page of fewer than 2 ** 24 tokens (most) shares one table, one with
# more gets wider fields.
_HITS_BITS: Final = 24


@functools.lru_cache(maxsize=16)
def _stop_word_fields(knowledge: Knowledge, bits: int) -> tuple[dict[str, int], tuple[str, ...]]:
    """The languages of the stop-word tables of ``knowledge``, in their order,
    and each word of the tables as a number holding a field ``bits`` wide a
    language (the first language's lowest), with a one in the field of each
    language whose table holds the word (``_stop_word_owners``)."""
    languages = tuple(dict.fromkeys(language for language, _ in knowledge.stop_words))
    place = {language: n * bits for n, language in enumerate(languages)}
    fields = {
        word: sum(1 << place[language] for language in owners)
        for word, owners in _stop_word_owners(knowledge).items()
    }
    return fields, languages


@functools.lru_cache(maxsize=16)
def _stop_word_owners(knowledge: Knowledge) -> dict[str, tuple[str, ...]]:
    """Every word of the stop-word tables of ``knowledge`` and the languages
    whose table holds it (a language given twice has its last table, as a dict
    of the pairs keeps it)."""
    owners: dict[str, list[str]] = {}
    for language, words in dict(knowledge.stop_words).items():
        for word in words:
            owners.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in owners.items()}


# _PHRASE_NOISE's characters in ASCII (white space, punctuation and symbols,
# digits) mapped to a space, capitals to small letters: the phrase key of an
# ASCII line in one translate, without the regex. Spelled out, not asked of the
# pattern at import; tests/test_page.py holds the two equal on every ASCII character.
_ASCII_PHRASE: Final = {
    code: " "
    if chr(code) in " \t\n\v\f\r" + string.punctuation + string.digits
    else chr(code).lower()
    for code in range(128)
}


def _phrase_key(text: str) -> str:
    if text.isascii():
        return " ".join(text.translate(_ASCII_PHRASE).split())
    # Turkish's i folded as _fold_turkish_i does, written out: a call per
    # line costs more than the two scans.
    folded = text.casefold()
    if _DOTTED_I in folded:
        folded = folded.replace(_DOTTED_I, "i")
    if _DOTLESS_I in folded:
        folded = folded.replace(_DOTLESS_I, "i")
    return " ".join(_PHRASE_NOISE.sub(" ", folded).split())


# A page asks for the key of a furniture block up to three times (the phrase
# search, the block's class, a box's label), and a site's pages repeat their
# furniture (``Share``, ``Comments``, ``Advertisement``): the keys of the last
# thousand lines asked are kept. A key is a pure function of its line.
_remembered_phrase_key = functools.lru_cache(maxsize=1024)(_phrase_key)


# Turkish's capital dotted I (U+0130) as ``str.casefold`` makes it: ``i`` and
# a combining dot above, so ``İlgili Haberler`` ("related news") would miss
# its label ``ilgili haberler``. Only folded text holding the pair pays for
# the replacement (one scan in C otherwise).
_DOTTED_I: Final = "i\u0307"
# Turkish's dotless small i (U+0131), whose capital is the plain ``I``:
# ``Gizlilik Politikası`` ("privacy policy") in capitals, ``GİZLİLİK
# POLİTİKASI``, folds to ``… politikasi``. Keys fold it to ``i`` too, the
# phrase tables' as the lines', so both spellings meet (and the phrase typed
# without Turkish letters, ``GIZLILIK POLITIKASI``).
_DOTLESS_I: Final = "\u0131"


def _fold_turkish_i(folded: str) -> str:
    """Case-folded ``folded`` with Turkish's dotted and dotless i both made a
    plain ``i``; text holding neither is returned as it is (two scans in C)."""
    if _DOTTED_I in folded:
        folded = folded.replace(_DOTTED_I, "i")
    if _DOTLESS_I in folded:
        folded = folded.replace(_DOTLESS_I, "i")
    return folded


def furniture_phrase(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A line that is a known furniture phrase of ``knowledge``, or short and
    opening like one.

    >>> furniture_phrase("Comments (12)"), furniture_phrase("Share this:")
    (True, True)
    >>> furniture_phrase("Share prices fell sharply on Tuesday, traders said.")
    False
    """
    return _furniture_phrase(text, _patterns(knowledge))


# Newsletter platforms' calls to action under (or inside) a post, which a
# sentence can open with too: Substack's "Thanks for reading The Vale Letter!
# Subscribe for free to receive new posts and support my work." (the
# publication's name between), Medium's "Sign up to discover human stories
# that deepen your understanding of the world." "Thanks for reading the report
# so closely, the mayor told members." is a story's sentence: the thanks is a
# prompt only when a second sentence bids the reader subscribe (or says the
# post is public, Substack's other one); a line of at most _PREFIX_MAX_WORDS.
_PLATFORM_PROMPT_OPENINGS: Final = ("thanks for reading ", "sign up to discover human stories")
# One bounded run of blanks between a sentence's end and the bidding: linear.
_PLATFORM_PROMPT_BID = re.compile(
    r"[.!?]\s{1,4}(?:subscribe\b|sign up\b|this post is public\b)", re.IGNORECASE
)


def _platform_prompt(stripped: str, opening: str) -> bool:
    """``stripped`` (its folded ``opening`` given) is a newsletter platform's
    call to action (``_PLATFORM_PROMPT_OPENINGS``)."""
    if len(stripped.split(None, _PREFIX_MAX_WORDS)) > _PREFIX_MAX_WORDS:
        return False
    if opening.startswith("sign up"):
        return True
    return _PLATFORM_PROMPT_BID.search(stripped) is not None


# A sign-up box's pitch of any length names the site's own newsletter: "Sign
# up to our free newsletter for the day's top stories." (a sentence of the
# story bids readers sign up to a scheme, a drive, a class). Bounded: linear.
_NEWSLETTER_PITCH: Final = re.compile(
    r"sign up (?:to|for) our (?:[^\s.]+ ){0,3}?(?:newsletters?|briefings?|emails?|alerts)\b"
)
# So is a pitch to join the site's channel on a messaging app, the site
# its owner ("our", or its name's possessive): "Join our Telegram channel
# and get the latest news delivered to you.", "Join ST's WhatsApp channel
# for …" (South and Southeast Asian sites, under the story). A story's
# sentence on a channel names another's and reports it ("Join the
# council's Telegram channel, the mayor urged"): a speech verb keeps it.
# Bounded: linear.
_CHANNEL_PITCH: Final = re.compile(
    r"join (?:our|[^\s.]{1,30}?['’]s) (?:official )?(?:telegram|whatsapp|viber|signal)"
    r" channels?\b"
)
_CHANNEL_PITCH_OPENING: Final = "join "
# So is a sign-up prompt's one sentence naming a newsletter or the reader's
# inbox anywhere in it: "Sign up to get the day's top stories delivered to
# your inbox every weekday.", "Never miss a story: get the Morning Briefing
# newsletter free." (a story's sentence bidding readers sign up to a
# council's alerts reports the speech: "…, the mayor said on Tuesday.", a
# speech verb anywhere). Bounded: linear.
_INBOX_PITCH_OPENINGS: Final = ("sign up", "subscribe", "get our", "want more", "never miss")
_INBOX_PITCH: Final = re.compile(r"[^\n]{0,200}?\b(?:newsletters?|your inbox)\b")


# The words of a pitch's bid to the reader, or of the site naming its own.
_PITCH_VOICE: Final = frozenset(("you", "your", "our", "we", "us"))
# A bid naming neither opens with its verb and names the newsletter soon
# after it: "Subscribe to the library's events newsletter to hear …".
_PITCH_BID_OPENINGS: Final = ("sign up", "subscribe")
_PITCH_BID_REACH: Final = 8
_PITCH_WORD_EDGES: Final = ".,;:!?()[]\"'“”‘’"


def _inbox_pitch(folded: str) -> bool:
    """Is the case-folded sentence ``folded``, opening with one of
    ``_INBOX_PITCH_OPENINGS``, a sign-up box's pitch: naming a newsletter or
    the reader's inbox (``_INBOX_PITCH``), and speaking to the reader or as
    the site (``your inbox``, ``our newsletter``), or a bid opening with its
    verb that names the newsletter within ``_PITCH_BID_REACH`` words, no
    number in it? A story's sentence reporting a newsletter opens so too and
    was dropped at the story's edge, silently ("Never miss a bin day again:
    that is the promise of the council's new newsletter, which went out to
    12,000 homes on Monday.", "Want more details? The full minutes are
    published alongside the newsletter.", "Sign up for the newsletter is
    free, according to the council.")."""
    if _INBOX_PITCH.match(folded) is None or "according to" in folded:
        return False
    words = [word.strip(_PITCH_WORD_EDGES) for word in folded.split()]
    if not _PITCH_VOICE.isdisjoint(words):
        return True
    return (
        folded.startswith(_PITCH_BID_OPENINGS)
        and not any(character.isdigit() for character in folded)
        and any(word in ("newsletter", "newsletters") for word in words[:_PITCH_BID_REACH])
    )


# A print version's notice naming the page's address at any length
# ("Printed from The Vale Post, https://www.valepost.example, on March 5,
# 2025."): a story's sentence opening so names no web address.
_PRINT_NOTICE: Final = re.compile(r"printed from [^\n]{0,120}?(?:https?://|www\.)")


# A metered page's prompts at any length: "You have read 3 of your 5 free
# articles this month.", "Subscribe for $1 a week to keep reading without
# limits." (a price or "free" names the meter, no story's sentence).
_METER_NOTICE: Final = re.compile(
    r"you(?: have|'ve|\u2019ve) read \d{1,3} (?:of|out of) (?:your )?\d{1,3} free"
    r"|subscribe for (?:just |only )?[$£€]\d"
)


# A business page's notice on its prices, under the story or its quote box:
# its supplier ("Market data provided by Example Exchange Data.", "Powered
# by …") and its delay ("Delayed at least 15 minutes.", "Quotes delayed 20
# mins."), a few such sentences and nothing else. A story's sentence opening
# the same way goes on past them ("Market data provided by the exchange show
# that …", "Quotes delayed by the outage angered traders."): no notice. The
# supplier a name, each word capitalised; bounded runs, linear.
_SUPPLIER: Final = (
    r"(?:the )?[\p{Lu}\d][\w&'’-]{0,30}+\.?"
    r"(?: (?:(?:and|of|for|&) )?[\p{Lu}\d][\w&'’-]{0,30}+\.?){0,6}"
)
_PRICE_NOTICE_SENTENCE: Final = (
    r"(?:(?i:(?:(?:market |stock |price )?data|quotes|prices)(?: (?:is|are))?"
    r" (?:provided|supplied|powered)(?: and (?:provided|supplied|powered|implemented))? by )"
    rf"{_SUPPLIER}"
    r"|(?i:(?:(?:market |stock |price )?(?:data|quotes|prices)(?: (?:is|are))? )?delayed"
    r"(?: by)?(?: at least| up to)?(?: \d{1,3} ?(?:minutes|mins?)\b)?"
    r"(?:,? unless otherwise (?:noted|indicated|stated))?)\.?)"
)


@functools.cache
def _price_notice() -> regex.Pattern[str]:
    """The price notice's pattern, compiled when first asked for (about 3 ms
    at import, where no text had asked it): only a short line opening with
    one of ``PRICE_NOTICE_PREFIXES`` asks it. Two threads asking first may
    both compile it; the patterns are equal."""
    return regex.compile(rf"{_PRICE_NOTICE_SENTENCE}(?:\s{{1,3}}+{_PRICE_NOTICE_SENTENCE}){{0,3}}")


# A promo of one of the site's own stories between a story's paragraphs,
# opening with the site's web address: "On HoustonChronicle.com: Car sales
# plunge …" (a US paper's), "Also on rt.com Journalists threatened …" (a
# broadcaster's). Kept as a subheading or a paragraph, silently. A story's
# sentence opening so ("On Example.com, sellers list …") ends like one: the
# promo, a headline, ends in no sentence's mark. The address: dotted words
# ending in a top-level domain of two to six letters. Bounded: linear.
_SITE_PROMO_OPENINGS: Final = ("on ", "also on ")
_SITE_PROMO: Final = re.compile(
    r"(?:also )?on [a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){0,3}\.[a-z]{2,6}(?::| )"
)
# A sentence's colon, comma or ellipsis ends no promo either: a paragraph
# opening a list ("On Amazon.com the three best-selling books … were:") or
# trailing off ("… while others were less kind…") is the story's.
_SITE_PROMO_ENDS: Final = ".!?\"'”’»):;,…"
# A promo's address and headline: a headline runs to 15 words or so (a
# broadcaster's "Also on rt.com Journalists & politicians … purges socialist
# elements": 18 words); a paragraph opening "On Example.com" runs longer.
_SITE_PROMO_WORDS: Final = 20


def _site_promo(stripped: str, opening: str) -> bool:
    """Is ``stripped`` (its folded ``opening`` given) a promo of the site's own
    story (``_SITE_PROMO``), at most ``_SITE_PROMO_WORDS`` words, its headline
    ending in no sentence's mark?"""
    address = _SITE_PROMO.match(opening)
    if address is None or len(stripped.split(None, _SITE_PROMO_WORDS)) > _SITE_PROMO_WORDS:
        return False
    if stripped[-1:] == "…" or stripped.endswith("..."):
        # A promo's headline cut short (``Also on rt.com Journalists … call
        # for purge of socialist…``) is still a promo where its opening says
        # so: ``Also on`` (no story's sentence opens so) or the address and a
        # colon (``On Example.com: …``). A sentence trailing off (``On
        # Facebook.com some islanders … were less kind…``) is the story's.
        return opening.startswith("also ") or address.group().endswith(":")
    return stripped[-1:] not in _SITE_PROMO_ENDS


# A bracketed promo's label and headline at most (``[READ MORE: …]``): a
# headline of twenty words or so.
_BRACKETED_PROMO_MAX_CHARS: Final = 200


def _furniture_phrase(text: str, patterns: _Patterns) -> bool:
    stripped = text.strip()
    # A promo set in square brackets between a story's paragraphs
    # (``[Related: Bus fares frozen for another year]``, ``[READ MORE:
    # …]``, US local sites' inline links): read inside its brackets, as the
    # same promo unbracketed is. Kept whole, it stayed in the body as a
    # paragraph, silently (body55, body57).
    # Read inside its brackets once, never again: a block of nested brackets
    # (``[ [ … ] ]``) is no promo, and a recursion per level overflowed the
    # stack. A promo's headline is short: a longer bracketed block is none.
    if stripped[:1] == "[" and stripped[-1:] == "]":
        stripped = stripped[1:-1].strip()
        if stripped[:1] == "[" or len(stripped) > _BRACKETED_PROMO_MAX_CHARS:
            return False
    if (
        len(stripped) <= _PHRASE_MAX_CHARS
        and _remembered_phrase_key(stripped) in patterns.furniture_phrases
    ):
        return True
    # The prefixes are short: only the line's opening is folded.
    opening = stripped[:_PHRASE_MAX_CHARS].casefold()
    if opening.startswith(_PLATFORM_PROMPT_OPENINGS):
        return _platform_prompt(stripped, opening)
    if opening.startswith(_SITE_PROMO_OPENINGS) and _site_promo(stripped, opening):
        return True
    channel = opening.startswith(_CHANNEL_PITCH_OPENING)
    if not channel and not opening.startswith(patterns.furniture_prefixes):
        return False
    words = len(stripped.split(None, _PREFIX_MAX_WORDS))
    if words > _PREFIX_MAX_WORDS:
        return False
    if (
        channel
        and _CHANNEL_PITCH.match(opening) is not None
        and not any(in_speech_verbs(word, patterns.speech_verbs) for word in stripped.split())
    ):
        return True
    if not opening.startswith(patterns.furniture_prefixes):
        return False
    if opening.startswith(PRICE_NOTICE_PREFIXES):
        return _price_notice().fullmatch(stripped) is not None
    # "Sign up to our newsletter." is furniture; "Sign up to help at the library
    # by calling the council." is the story's (Knowledge.sentence_prefixes), and
    # so is a short one reporting speech ("Sign up for a card, the mayor said.").
    return (
        not opening.startswith(patterns.sentence_prefixes)
        or _NEWSLETTER_PITCH.match(stripped.casefold()) is not None
        or (
            opening.startswith(_INBOX_PITCH_OPENINGS)
            and _inbox_pitch(stripped.casefold())
            and not any(in_speech_verbs(word, patterns.speech_verbs) for word in stripped.split())
        )
        or _PRINT_NOTICE.match(stripped.casefold()) is not None
        or _METER_NOTICE.match(stripped.casefold()) is not None
        or stripped[-1:] not in patterns.sentence_last
        or patterns.sentence_end.search(stripped[-8:]) is None
        or (
            words <= _PREFIX_SENTENCE_MAX_WORDS
            and not _speech_clause(stripped, patterns.speech_verbs)
        )
    )


# The clause after a sentence's last comma that reports its speech: a speech
# verb and its subject, either way round ("…, the mayor said.", "…, dijo el
# alcalde.", "…, sagte sie."), two to four words.
_SPEECH_CLAUSE_WORDS: Final = range(2, 5)


def _speech_clause(stripped: str, speech_verbs: frozenset[str]) -> bool:
    """Does the sentence ``stripped`` end in a clause reporting speech (a
    comma, then a speech verb of ``speech_verbs`` and its subject)?"""
    head, comma, clause = stripped.rpartition(",")
    words = clause.split()
    return (
        bool(comma and head.strip())
        and len(words) in _SPEECH_CLAUSE_WORDS
        and any(in_speech_verbs(word, speech_verbs) for word in (words[0], words[-1]))
    )


# The prompts (case-folded) that say the story goes on under them, printed
# between its paragraphs under an advertisement: "Continue reading below",
# "Story continues below advertisement", "Article continues after this
# advertisement". Furniture (Knowledge.furniture_prefixes) and, like the
# advertisement's label, inside the story.
_CONTINUATION_PROMPTS: Final = (
    "continue reading below",
    "story continues below",
    "story continues after",
    "article continues below",
    "article continues after",
    # A lazy-loaded advertisement's slot: "This advertisement has not loaded
    # yet, but your article continues below."
    "this advertisement has not loaded",
)
_CONTINUATION_PROMPT_CHARS: Final = max(map(len, _CONTINUATION_PROMPTS))


def _continuation_prompt(text: str) -> bool:
    """Does ``text`` open with a prompt saying the story goes on under it
    (``_CONTINUATION_PROMPTS``), past any indentation? One string test. An
    indented page's prompt (``  Continue reading below``) was no prompt: the
    paragraph over the advertisement was lost, silently."""
    return text.lstrip()[:_CONTINUATION_PROMPT_CHARS].casefold().startswith(_CONTINUATION_PROMPTS)


# The most blocks of a consent banner's sentences over its buttons ("We value
# your privacy" / "We and our partners use cookies …" / "You can change your
# choices at any time …" / "Accept all").
_BANNER_MAX_BLOCKS: Final = 3
# The most blocks of a banner's row of buttons looked at ("Accept all" /
# "Reject all" / "Manage preferences" / "Cookie settings").
_BANNER_MAX_BUTTONS: Final = 6


def _consent_banners(
    texts: Sequence[str],
    phrase_flags: Sequence[bool],
    kinds: list[str],
    rules: list[str],
    patterns: _Patterns,
) -> None:
    """Make the sentences of a cookie or consent banner furniture (bad,
    ``consent-banner``): up to ``_BANNER_MAX_BLOCKS`` blocks right above a
    row of furniture phrases holding one of its answering buttons
    (``Accept all`` / ``Reject all`` / ``Manage preferences``:
    Knowledge.consent_buttons), each holding one of Knowledge.consent_words
    in its first ``_BOILERPLATE_WINDOW`` characters. A banner over the menu
    (or under the footer) printed a sentence with no boilerplate word (``You
    can change your choices at any time by clicking Privacy settings …``),
    kept as the story's first paragraph, silently. The answering buttons are
    the banner's own words (a bare ``Accept`` is a poll's too, ``Cookie
    settings`` a footer's link), and a story's paragraph over them would have
    to hold a banner's word as well. Looks only at the rows of furniture
    phrases holding a button, ``_BANNER_MAX_BUTTONS`` blocks of each at most."""
    buttons = patterns.consent_buttons
    # The phrases' keys, made in C (the keys are remembered: the phrase search
    # asked for them): most pages hold no button, and are done here.
    keys = list(map(_remembered_phrase_key, map(str.strip, compress(texts, phrase_flags))))
    if buttons.isdisjoint(keys):
        return
    search = patterns.consent.search
    # The first block of each row holding a button (a row of at most
    # _BANNER_MAX_BUTTONS blocks up to the button).
    firsts = set()
    for at, key in zip(compress(range(len(texts)), phrase_flags), keys, strict=True):
        if key in buttons:
            n = at
            while n > 0 and at - n < _BANNER_MAX_BUTTONS - 1 and phrase_flags[n - 1]:
                n -= 1
            firsts.add(n)
    for n in sorted(firsts):
        above = n - 1
        while (
            above >= 0
            and n - above <= _BANNER_MAX_BLOCKS
            and not phrase_flags[above]
            and search(texts[above][:_BOILERPLATE_WINDOW], 0, None, False) is not None
        ):
            kinds[above], rules[above] = _BAD, "consent-banner"
            above -= 1
    # A banner printing its buttons over its sentences (``Accept all`` /
    # ``Reject all`` / ``We and our partners use cookies …``): the blocks
    # right under the row are its sentences. The row goes on through the
    # banner's own buttons and settings links only: a menu's items under
    # them would carry the look down to the headline.
    for at, key in zip(compress(range(len(texts)), phrase_flags), keys, strict=True):
        if key not in buttons:
            continue
        n = at + 1
        while (
            n < len(texts)
            and n - at < _BANNER_MAX_BUTTONS
            and phrase_flags[n]
            and _banner_answer(texts[n], buttons)
        ):
            n += 1
        below = n
        while (
            below < len(texts)
            and below - n < _BANNER_MAX_BLOCKS
            and not phrase_flags[below]
            and search(texts[below][:_BOILERPLATE_WINDOW], 0, None, False) is not None
        ):
            kinds[below], rules[below] = _BAD, "consent-banner"
            below += 1


def _banner_answer(text: str, buttons: frozenset[str]) -> bool:
    """Is the furniture phrase ``text`` a consent banner's own button or a
    link to its settings (Knowledge.consent_buttons, ``CONSENT_LINKS``)?"""
    key = _remembered_phrase_key(text.strip())
    return key in buttons or key in CONSENT_LINKS


def _classify(
    text: str,
    stop_words: frozenset[str] | None,
    patterns: _Patterns,
    furniture: bool,
    boilerplate: bool,
    length: int,
    sentence: bool,
    tokens: list[str],
    stops: int | None = None,
) -> tuple[str, str]:
    """A block's class before context, and the rule that gave it, from the
    block's features (``_Blocks``, ``_tokens_and_weights``): whether it is a
    furniture phrase, whether it holds boilerplate words, its weight, whether it
    ends like a sentence, its tokens, and how many of them ``stop_words`` holds
    when the page's language count has it (``_language_and_counts``; None:
    counted here).

    Besides jusText's length and stop-word density, sentence shape: a block of
    middling length that does not end like a sentence (a related story's title,
    a teaser) is only *short*, left to its neighbours; one that does, with a few
    function words, is near-good even when names crowd them out
    (``Wichita West senior David Garcia finished second in the 50 yard freestyle.``).
    """
    if furniture:
        if _remembered_phrase_key(text[:_PHRASE_MAX_CHARS]) in patterns.inline_phrases:
            return _PHRASE, "furniture-phrase"
        if _continuation_prompt(text):
            # "Advertisement" / "Continue reading below" between two
            # paragraphs (AMP and mobile pages): a prompt saying the story
            # goes on under it is inside the story, as the label over it is.
            # As a bad block, the pair ended the story's stretch: the
            # paragraphs on either side were lost, silently.
            return _PHRASE, "furniture-phrase"
        if len(text) <= _QUOTE_MAX_CHARS and _stock_quote(text.strip(), patterns):
            # A stock widget inside the story's stretch does not end it.
            return _PHRASE, "furniture-phrase"
        return _BAD, "furniture-phrase"
    if boilerplate:
        return _BAD, "boilerplate-words"
    if length < _LENGTH_LOW:
        return _SHORT, "short"
    if length <= _LENGTH_HIGH and not sentence:
        # Of middling length and no sentence (a related story's title, a
        # teaser): short whatever its density (each test below needs a
        # sentence or more length), so its words are not looked up.
        return _SHORT, "medium-not-a-sentence"
    if not sentence and _unmarked_prose(text):
        # A long block in a script that marks no sentence's end (Thai, Lao: a
        # space between clauses, no full stop) is prose by its length alone,
        # whatever the page's table (none holds its words): else a Thai
        # story's paragraphs were all furniture and a teaser taken for it.
        return _GOOD, "prose"
    if stop_words is None:
        # Without a table, sentence shape stands in for the density.
        density = 1.0 if sentence else 0.0
    else:
        if stops is None:
            stops = sum(map(stop_words.__contains__, tokens))
        density = stops / len(tokens) if tokens else 0.0
    if density >= _STOPWORDS_HIGH and (length > _LENGTH_HIGH or sentence):
        return (_GOOD, "prose") if length > _LENGTH_HIGH else (_NEARGOOD, "prose-medium")
    if density >= _STOPWORDS_LOW and (length > _LENGTH_HIGH or sentence):
        return _NEARGOOD, "prose-medium"
    if sentence and density >= _STOPWORDS_SENTENCE:
        return _NEARGOOD, "sentence"
    if length <= _LENGTH_HIGH:
        return _SHORT, "medium-not-a-sentence"
    return _BAD, "few-stop-words"


# Letters of the scripts that mark no sentence's end (Thai U+0E00-0E7F, Lao
# U+0E80-0EFF): a paragraph in them ends in no full stop. One class: linear.
_UNMARKED_LETTER = re.compile("[\u0e00-\u0eff]")
_UNMARKED_LOWEST: Final = "\u0e00"
_UNMARKED_CLAUSE: Final = 12


def _unmarked_prose(text: str) -> bool:
    """Whether a block is prose in a script that marks no sentence's end
    (``_UNMARKED_LETTER``): most of its characters of that script, and its
    runs between spaces as long as a clause (at least ``_UNMARKED_CLAUSE``
    characters on average; a row of menu items or tags in Thai runs six to ten
    characters a word). Asked only of a long block that ends like no sentence:
    a few blocks a page."""
    if text.isascii() or max(text) < _UNMARKED_LOWEST:
        return False
    stripped = text.strip()
    if len(stripped) < _UNMARKED_CLAUSE * len(stripped.split()):
        return False
    return 2 * len(_UNMARKED_LETTER.findall(stripped)) > len(stripped)


# Those scripts write a word in about four and a half letters and no space
# after it, where a Latin script's word and its space run to six: a Thai
# paragraph of one sentence, 56 to 70 letters, says what an English one of
# 70 to 90 (``_LENGTH_LOW``) says.
_UNMARKED_LENGTH_LOW: Final = 56


# A word is shorter than this: a token of the encoded-data alphabet this long
# is data (base64 lines are 76 characters, or one token of thousands).
_DATA_TOKEN_MIN: Final = 40
_DATA_TOKEN = regex.compile(rf"[A-Za-z0-9+/=]{{{_DATA_TOKEN_MIN},}}")
# The last line of a wrapped base64 block: any run of its alphabet.
_DATA_TAIL = regex.compile(r"[A-Za-z0-9+/=]+")


def _letters_without_words(text: str) -> bool:
    """Is ``text``, a long block, made of letters that make no word: each of
    its tokens one character repeated (``xxxx``, ``XXXXXXXX``: a redaction's
    or a placeholder's run) or a run of ``_DATA_TOKEN_MIN`` characters or more
    of base64's alphabet (encoded data dumped into the page's text)? A long
    word of a script without spaces (Thai, Khmer) is no such run: its letters
    are not base64's. The first token is asked before the block is split: a
    block of words is turned down at its first. Base64 wrapped at 76 columns
    (MIME's lines, one under another) ends in a shorter line: under a run of
    full lines its last token may be any run of the alphabet (a wrapped block
    was left out unsaid, silent64)."""
    first = text.split(None, 1)[:1]
    if not first or not _no_word(first[0]):
        return False
    tokens = text.split()
    return all(map(_no_word, tokens[:-1])) and (
        _no_word(tokens[-1]) or (len(tokens) > 1 and _DATA_TAIL.fullmatch(tokens[-1]) is not None)
    )


def _no_word(token: str) -> bool:
    """Is ``token`` one character repeated (three or more) or a run of
    base64's alphabet of ``_DATA_TOKEN_MIN`` characters or more?"""
    return (len(token) > 2 and token.count(token[0]) == len(token)) or (
        _DATA_TOKEN.fullmatch(token) is not None
    )


def _unmarked_story(
    texts: Sequence[str], weights: Sequence[int], kinds: list[str], rules: list[str]
) -> bool:
    """Make good (rule ``prose-medium``) the short blocks of a page with no
    prose that weigh at least ``_UNMARKED_LENGTH_LOW`` and read as prose in a
    script that marks no sentence's end (:func:`_unmarked_prose`): a Thai or
    Lao story of paragraphs of a sentence or two. Whether any was made
    good. Asked of a page with no good block only (a few), one scan a block."""
    found = False
    for n, kind in enumerate(kinds):
        if (
            kind == _SHORT
            and weights[n] >= _UNMARKED_LENGTH_LOW
            and rules[n] in _UNMARKED_SHORT_RULES
            and _unmarked_prose(texts[n])
        ):
            kinds[n], rules[n] = _GOOD, "prose-medium"
            found = True
    return found


# The rules of the short blocks _unmarked_story reads (no furniture phrase).
_UNMARKED_SHORT_RULES: Final = frozenset({"short", "medium-not-a-sentence"})


_SKIP_SHORT = frozenset({_SHORT, _NEARGOOD})


def _smooth(classes: list[str], rules: list[str]) -> list[str]:
    """jusText's context revision: short blocks, then near-good ones, take the
    class their neighbours agree on. Linear: each block looks at its nearest
    non-short neighbours, found by one pass each way (a run of short blocks at
    a time where that is the same for the run)."""
    count = len(classes)
    # The nearest class before and after a block skipping short and near-good
    # blocks is the same for a whole run of such blocks: the classes of the
    # blocks around the run (bad past the ends), found by ``groupby`` in C, so
    # that only the short and near-good blocks are walked. A short block
    # between prose and furniture asks for the nearest class skipping only
    # short blocks and phrases on the furniture's side: that side's neighbour
    # of the run is bad (no phrase, no short block), so the answer is near-good
    # exactly when a near-good block of the run stands between the block and
    # that neighbour, told by the run's first and last near-good blocks.
    result = list(classes)
    position, before = 0, _BAD
    for soft, group in groupby(classes, _SKIP_SHORT.__contains__):
        run = list(group)
        end = position + len(run)
        if not soft:
            before = run[-1]
            position = end
            continue
        after = edge = classes[end] if end < count else _BAD
        if after == _PHRASE and before == _GOOD and run[-1] == _NEARGOOD:
            # An advertisement's label under the run, prose over it, furniture
            # past it (a
            # page's closing links opening with ``Advertisement`` under the
            # story's last paragraph): for a short block with a near-good
            # one under it, the run's side there is the furniture's, as if
            # the label were not there. Read as neither side, the story's
            # short subheadings between paragraphs of middling length stood
            # at its edge and were dropped, silently (heldout35 saw it with
            # ``Editor's picks`` there). The run ends in a paragraph there,
            # as a story does; a box's headlines and teasers under the story
            # end in a headline (``Related articles`` / headline / teaser /
            # headline / ``Advertisement``), and stay as they were.
            past = end
            while past < count and classes[past] == _PHRASE:
                past += 1
            if past == count or classes[past] == _BAD:
                edge = _BAD
        if _NEARGOOD not in run:
            # Short blocks only: one class and rule for the whole run (with no
            # near-good block in it, none is next to prose by the rule below).
            if before == after == _GOOD:
                kind, rule = _GOOD, "short-between-prose"
            elif before == after == _BAD:
                kind, rule = _BAD, "short-among-furniture"
            else:
                kind, rule = _BAD, "short-at-edge"
            result[position:end] = [kind] * len(run)
            rules[position:end] = [rule] * len(run)
            position = end
            continue
        first_near = position + run.index(_NEARGOOD)
        last_near = end - 1 - run[::-1].index(_NEARGOOD)
        for i in range(position, end):
            if classes[i] == _NEARGOOD:
                if before == after == _BAD:
                    result[i], rules[i] = _BAD, "medium-among-furniture"
                else:
                    result[i], rules[i] = _GOOD, "medium-next-to-prose"
            elif before == after == _GOOD:
                result[i], rules[i] = _GOOD, "short-between-prose"
            elif before == after == _BAD:
                result[i], rules[i] = _BAD, "short-among-furniture"
            else:
                if (before == _BAD and -1 < first_near < i) or (edge == _BAD and last_near > i):
                    result[i], rules[i] = _GOOD, "short-next-to-prose"
                else:
                    result[i], rules[i] = _BAD, "short-at-edge"
        position = end
    return result


def _cut_off_last_paragraph(
    texts: Sequence[str],
    kinds: list[str],
    rules: list[str],
    sentence: Sequence[bool],
    words: tuple[Sequence[list[str]], frozenset[str]],
) -> None:
    """The text's last block when the page was cut mid-sentence under the
    story (a scrape or a paywall that stops inside a paragraph: ``… should go
    to the branch on Station Road, where staff had``): of middling length,
    dense in function words, its last word in small letters (a link's title
    ends in a name as often: ``… from April``) or a comma after it,
    right under a paragraph that ends like a sentence. It does not end like
    one, so it was only short, dropped at the story's edge, silently: it is
    prose (``prose-cut-off``). A related story's title or a teaser under the
    story has a box's label or links between it and the paragraphs; a rights
    notice or a promo naming the site or more reading
    (``_NOTICE_OR_PROMO``) is no story's paragraph."""
    last = len(texts) - 1
    text = texts[last].rstrip()
    if (
        rules[last] != "medium-not-a-sentence"
        or kinds[last - 1] not in (_GOOD, _NEARGOOD)
        or not sentence[last - 1]
        or not text
        or not (text[-1] == "," or text[text.rfind(" ") + 1 :][:1].islower())
        or _NOTICE_OR_PROMO.search(text)
    ):
        return
    tokens, stop_words = words
    found = tokens[last]
    if len(found) >= _CUT_OFF_MIN_WORDS and (
        sum(map(stop_words.__contains__, found)) / len(found) >= _STOPWORDS_HIGH
    ):
        kinds[last], rules[last] = _NEARGOOD, "prose-cut-off"


# A page's last block ending mid-sentence that is a rights notice (``All of
# the content on this site is the property of …``) or a promo (``You can read
# more of our coverage …``) reads as prose and was kept as the story's cut-off
# paragraph, silently (review62): its words name the site, its rights or more
# reading. Plain words and alternatives only: linear. The same notices and
# promos in the languages the furniture tables hold (silent61: a French
# ``Tous droits réservés, la reproduction … est interdite sans`` and ``Vous
# pouvez lire la suite de notre couverture … dans`` were kept as the story's
# cut-off paragraph, silently): rights reserved, reproduction forbidden, this
# site, our coverage, read more.
_NOTICE_OR_PROMO: Final = re.compile(
    r"\b(?:this (?:site|website|page|newspaper)|our (?:coverage|website|site)|read more"
    r"|reproduced|copied|permission|copyright|all rights|property of"
    r"|droits réservés|reproduction (?:interdite|totale|de tout)|ce site|notre (?:site|couverture)"
    r"|lire la suite|lire aussi"
    r"|derechos reservados|este sitio|nuestra cobertura|leer más|lea también"
    r"|direitos reservados|este site|nossa cobertura|leia mais|leia também"
    r"|diritti riservati|riproduzione|questo sito|nostra copertura|leggi anche"
    r"|rechte vorbehalten|diese(?:r)? (?:seite|website)|unsere berichterstattung|weiterlesen"
    r"|rechten voorbehouden|deze (?:site|website)|lees meer|lees ook"
    r"|prawa zastrzeżone|czytaj więcej|czytaj także|все права|читайте также|hak cipta|baca juga)\b",
    re.IGNORECASE,
)


# A paragraph cut off at the page's end holds at least this many words: a
# sentence's worth, no link's title.
_CUT_OFF_MIN_WORDS: Final = 15


def _short_runs_over(
    kinds: Sequence[str], sentence: Sequence[bool], low: int, high: int
) -> tuple[int, list[int]]:
    """:func:`_short_runs` of the blocks' kinds before context, a short block
    ending like a sentence counted near-good, for the blocks ``[low, high)``:
    the runs from the first block of the run reaching into ``low`` to the last
    of the run reaching out past ``high``, and the block they start at. A run
    ends only at a block that is no short one, so each run of those blocks is
    the page's whole run."""
    count = len(kinds)
    start = min(low, count)
    end = max(start, min(high, count))

    def short(k: int) -> bool:
        return kinds[k] == _SHORT and not sentence[k]

    while 0 < start < end and short(start) and short(start - 1):
        start -= 1
    while start < end < count and short(end - 1) and short(end):
        end += 1
    return start, _short_runs(
        [
            _NEARGOOD if kind == _SHORT and ends else kind
            for kind, ends in zip(kinds[start:end], sentence[start:end], strict=True)
        ]
    )


def _short_runs(classes: Sequence[str]) -> list[int]:
    """For each short block, the length of the run of short blocks it is in (0 for
    other blocks); the runs found in C (``groupby``), a step a run."""
    runs: list[int] = []
    for short, run in groupby(classes, _SHORT.__eq__):
        size = len(list(run))
        runs += [size if short else 0] * size
    return runs


def _story_span(
    classes: Sequence[str],
    weights: Sequence[int],
    walls: Sequence[bool],
    bonus: Sequence[int],
    free: Sequence[bool] = (),
) -> tuple[int, int] | None:
    """The run of blocks ``[start, end)`` with the largest score (Kadane's
    maximum subarray): good blocks add their length, others cost theirs, at
    least ``_MIN_COST``, times their place in a run of such blocks (the k-th
    non-good block in a row costs k times as much: one promo line inside a
    story is cheap, a menu or a comment form is not). A wall (the heading of a
    comment section) is never crossed. The run starts and ends on a good block.
    ``bonus`` adds to a block's score: the first prose below a line repeating the
    page title is where a story starts. A ``free`` block (a box of links inside
    the story, :func:`_inline_boxes`) costs nothing and breaks no run.
    """
    count = len(classes)
    if len(weights) != count:
        raise ValueError("classes and weights differ in length")
    # Only the good blocks can end the best run; between two of them the
    # others cost max(weight, _MIN_COST) times their place in the run, summed
    # in C a gap at a time. A gap holding a wall or a free block (rare) is
    # walked block by block, as the rules say.
    costs = list(map(max, weights, repeat(_MIN_COST)))
    special = [False] * count
    for n in compress(range(count), walls[:count]):
        special[n] = True
    if free:
        for n in compress(range(count), free[:count]):
            special[n] = True
    specials = list(compress(range(count), special))
    goods = [n for n, kind in enumerate(classes) if kind == _GOOD and not special[n]]
    best, best_span = 0, None
    total, start, after = 0, 0, 0
    at = 0  # the first of ``specials`` not yet walked past
    for i in goods:
        if at < len(specials) and specials[at] < i:
            run = 0
            for k in range(after, i):
                if walls[k]:
                    total, run = 0, 0
                elif not (free and free[k]):
                    run += 1
                    total -= costs[k] * run
            at = bisect_left(specials, i, at)
        elif i > after:
            total -= sum(map(mul, costs[after:i], range(1, i - after + 1)))
        if total <= 0:
            total, start = 0, i
        total += weights[i] + bonus[i]
        if total > best:
            best, best_span = total, (start, i + 1)
        after = i + 1
    return best_span


def looks_like_page(
    lines: Sequence[Line], start: int, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> bool:
    """True when the text from ``start`` has the marks of a whole web page: at
    least 30 non-blank lines, and either at least three lines that are known
    furniture phrases (``Share``, ``Privacy Policy``, ``Advertisement``), or one
    such line and menus (runs of at least four lines of at most three words
    without a full stop, making up 15% of the lines). A story's own lists (a
    numbered list of short items) are not enough without a furniture phrase.

    One pass over the lines; a clean dump of stories has neither.
    """
    indexes = _non_blank(lines, start)
    if len(indexes) < _PAGE_MIN_LINES:
        return False
    patterns = _patterns(knowledge)
    return _has_page_marks(_blocks(lines, indexes, patterns))


def _has_page_marks(blocks: _Blocks) -> bool:
    """:func:`looks_like_page` from the features of the page's blocks."""
    # The menus count only with one to _PAGE_MIN_PHRASES - 1 furniture
    # phrases: with none the text is no page, with that many it is one,
    # whatever its menus (most pages): the phrases are counted first.
    phrases = sum(blocks.furniture)
    if not 0 < phrases < _PAGE_MIN_PHRASES:
        return phrases >= _PAGE_MIN_PHRASES
    menu_lines = run = 0
    for stripped, sentence in zip(blocks.stripped, blocks.sentence, strict=True):
        # At most _MENU_WORDS words: a split stopped after that many is enough.
        if not sentence and len(stripped.split(None, _MENU_WORDS)) <= _MENU_WORDS:
            run += 1
            if run == _MENU_RUN:
                menu_lines += _MENU_RUN
            elif run > _MENU_RUN:
                menu_lines += 1
        else:
            run = 0
    return menu_lines >= _PAGE_MENU_SHARE * len(blocks.texts)


class _Blocks(NamedTuple):
    """A page's blocks (its non-blank lines from its first one) and the features
    of each that several rules read, computed once: by ``detect``, which gives
    them to ``read``, or by ``read`` when the layout is forced."""

    indexes: list[int]
    """The blocks' line numbers in the story."""
    texts: list[str]
    stripped: list[str]
    """Each block without its surrounding white space."""
    sentence: list[bool]
    """Each block ends like a sentence (``_Patterns.sentence_end`` on its last
    8 characters; the white space stripped is in no class of that pattern)."""
    furniture: list[bool]
    """Each block is a furniture phrase (``_furniture_phrase``)."""
    heads: list[str]
    """Each stripped block's first two characters: the furniture prefixes, the
    comment headings and the box labels are sieved by them, and a string made
    once keeps its hash for the three."""


def _non_blank(lines: Sequence[Line], start: int) -> list[int]:
    """The line numbers of the non-blank lines from ``start`` (``is_blank``
    inlined). Every character ``str.isspace`` takes for white space is one of
    ``BLANK_CHARS``, and in ASCII they are the same: an ASCII line is blank
    when it is empty or white space alone, told without ``strip``'s look at
    ``BLANK_CHARS`` (a table built each call); a line outside ASCII that is
    not white space alone may hold the invisible ones (``\u200b``), and is
    stripped."""
    return [
        i
        for i in range(start, len(lines))
        if (text := lines[i].text)
        and not text.isspace()
        and (text.isascii() or text.strip(BLANK_CHARS))
    ]


def _sentence_flags(stripped: Sequence[str], patterns: _Patterns) -> list[bool]:
    """``_Blocks.sentence``: each block (stripped: it ends in no line feed)
    ends like a sentence, ``_Patterns.sentence_end`` searched in its last 8
    characters. Told by string tests when the pattern's marks and closing
    quotes share no character (``sentence_marks``): a regex call costs more
    than the block's other features. The closing quotes stripped from the end
    are then the run after the mark, so the pattern matches where the
    character before that run is a mark and the run is at most
    ``_SENTENCE_CLOSERS`` long."""
    end, last = patterns.sentence_end.search, patterns.sentence_last
    marks = patterns.sentence_marks
    # A block ending in neither a mark nor a footnote's number (most of a
    # page: menus, links, headings) is told by one set test. One ending in a
    # direction mark (Hebrew and Arabic sites' "… בבניין העירייה.\u200f") is
    # told without the marks.
    either = last | _NOTE_LAST | _DIRECTION_MARKS | _CJK_CLOSE_BRACKETS
    if marks is None:
        return [
            text[-1:] in either
            and (
                end(text[-8:], 0, None, False) is not None
                or _ends_before_direction_marks(text, patterns)
                or (text[-1:] in _CJK_CLOSE_BRACKETS and _closed_before_bracket(text))
            )
            for text in stripped
        ]
    ends, closing = marks
    return [
        (final := text[-1:]) in either
        and (
            (
                final in last
                and (kept := (tail := text[-8:]).rstrip(closing)) != ""
                and kept[-1] in ends
                and len(tail) - len(kept) <= _SENTENCE_CLOSERS
            )
            or (final in _NOTE_LAST and _ends_before_note(text[-8:], ends, closing))
            or (final in _DIRECTION_MARKS and _ends_before_direction_marks(text, patterns))
            or (final in _CJK_CLOSE_BRACKETS and _closed_before_bracket(text))
        )
        for text in stripped
    ]


# "… 語った。（共同）", "… 阅览室。(新华社)": a Japanese or Chinese paragraph's
# sentence, then a short bracket glued to its full stop (an agency's
# sign-off, a writer's name): the paragraph ends like a sentence (it was
# short lines, the story's last paragraph lost to the furniture under it).
_CJK_CLOSE_BRACKETS: Final = frozenset(")\uff09")
_CJK_SIGN_OFF_TAIL: Final = 12


def _closed_before_bracket(text: str) -> bool:
    """``text``, ending in a closing bracket, ends like a sentence before a
    short bracket: a CJK sign-off (:func:`_signed_after_cjk_stop`) or a
    pointer to what the page shows under or over the story (``… in May. (see
    below)``, ``(details below)``: the story's last paragraph was only short,
    and lost to the furniture under it)."""
    return _signed_after_cjk_stop(text) or _pointer_after_stop(text)


# A pointer in brackets after a sentence: "(see below)", "(see more below)",
# "(details below)", "(more on this below)", "(See above)"; its words in small
# letters but the first, the last "below" or "above", the bracket glued to
# nothing.
_POINTER_MAX_CHARS: Final = 24
_POINTER_ENDS: Final = ("below)", "above)")


def _pointer_after_stop(text: str) -> bool:
    """Does ``text`` end in a pointer in brackets after a Latin sentence's
    end (``… in May. (see below)``)? String tests on its tail."""
    if not text.endswith(_POINTER_ENDS):
        return False
    opening = text.rfind(" (", -_POINTER_MAX_CHARS)
    inner = text[opening + 2 : -1]
    return (
        opening > 0
        and text[opening - 1] in ".!?"
        and inner[1:].islower()
        and "(" not in inner
        and ")" not in inner
    )


def _signed_after_cjk_stop(text: str) -> bool:
    """``text`` ends in a bracket of at most ``_CJK_SIGN_OFF_TAIL``
    characters glued to a CJK full stop. String searches on its tail."""
    stop = text.rfind("\u3002", -_CJK_SIGN_OFF_TAIL)
    return stop >= 0 and text[stop + 1 : stop + 2] in ("(", "\uff08")


# The invisible marks that set a run's direction (left-to-right, right-to-
# left, the Arabic letter mark): right-to-left sites end paragraphs with one.
_DIRECTION_MARKS: Final = frozenset("\u200e\u200f\u061c")
_DIRECTION_MARKS_TEXT: Final = "".join(sorted(_DIRECTION_MARKS))


def _ends_before_direction_marks(text: str, patterns: _Patterns) -> bool:
    """``text``, ending in direction marks, ends like a sentence before them."""
    kept = text.rstrip(_DIRECTION_MARKS_TEXT).rstrip()
    return kept != text and kept != "" and _sentence_flags([kept], patterns)[0]


# What a footnote's number after a sentence ends in (``_ends_before_note``).
_NOTE_LAST: Final = frozenset("]" + _SUPERSCRIPT_DIGITS)
# A block ending in a sentence's mark or a closing quote holds no glued
# sign-off (trailers.glued_sign_off: a sign-off ends in a letter or ")",
# or a dash closing it): most paragraphs, asked without two calls.
_NO_SIGN_OFF_ENDS: Final = frozenset(".!?\"'\u201d\u2019:;,")


def _ends_before_note(tail: str, ends: str, closing: str) -> bool:
    """``tail`` (a block's last 8 characters, ending in ``]`` or a
    superscript digit) ends like a sentence before a footnote's number
    (``_NOTE_MARK``: ``2024.[3]``, ``2024.¹``)."""
    if tail[-1:] == "]":
        bracket = tail.rfind("[")
        number = tail[bracket + 1 : -1]
        if bracket < 0 or not (1 <= len(number) <= 3 and number.isdecimal()):
            return False
        before = tail[:bracket]
    else:
        before = tail.rstrip(_SUPERSCRIPT_DIGITS)
        if len(tail) - len(before) > 3:
            return False
    kept = before.rstrip(closing)
    return kept != "" and kept[-1] in ends and len(before) - len(kept) <= _SENTENCE_CLOSERS


# A line's text (``Line`` is a named tuple: its first field), and a text's
# first two characters, as ``map`` takes them.
_TEXT_OF: Final = itemgetter(0)
_FIRST_TWO: Final = itemgetter(slice(None, 2))


def _blocks(
    lines: Sequence[Line], indexes: list[int], patterns: _Patterns, *, sentences: bool = True
) -> _Blocks:
    """The blocks at ``indexes`` and their features (:class:`_Blocks`); with
    ``sentences`` False, their sentence flags left unread (an empty list, for
    :func:`_sentenced`)."""
    # Each list a pass in C over the page's blocks (``map``), not a step of
    # Python a block.
    texts = list(map(_TEXT_OF, map(lines.__getitem__, indexes)))
    stripped = list(map(str.strip, texts))
    heads = list(map(_FIRST_TWO, stripped))
    sentence = _sentence_flags(stripped, patterns) if sentences else []
    return _Blocks(
        indexes,
        texts,
        stripped,
        sentence,
        _furniture_phrases(stripped, patterns, heads),
        heads,
    )


def _sentenced(blocks: _Blocks, patterns: _Patterns) -> _Blocks:
    """``blocks`` with their sentence flags read, when :func:`_blocks` left
    them unread (a page has blocks: an empty list is unread flags)."""
    if blocks.sentence or not blocks.stripped:
        return blocks
    return blocks._replace(sentence=_sentence_flags(blocks.stripped, patterns))


# The characters a line's ASCII phrase form (``_phrase_forms``) makes spaces:
# the token separators and the curly apostrophe (curly quotes, dashes, an
# ellipsis, a no-break space) that _PHRASE_NOISE drops and case folding keeps,
# read off the pattern at import. A space stands for any run of noise in a
# phrase key, so making them spaces leaves every line's key as it was.
_PHRASE_SPACES: Final = tuple(
    c
    for c in _TOKEN_SEPARATORS + _APOSTROPHE
    if _PHRASE_NOISE.fullmatch(c) is not None and c.casefold() == c
)
# _ASCII_PHRASE with the noise deleted instead of made a space (None: the
# fast path of ``str.translate``) and line feeds kept: one translate of a
# page's short lines joined gives each line's key without its spaces, the
# "squeezed" key. White space that ``str.split`` cuts at (the separators
# U+001C to U+001F too) is noise there as well.
_SQUEEZE_LINES: Final = {
    code: None if _ASCII_PHRASE[code] == " " or chr(code).isspace() else _ASCII_PHRASE[code]
    for code in range(128)
} | {ord("\n"): "\n"}


@functools.lru_cache(maxsize=16)
def _squeezed_phrases(phrases: frozenset[str]) -> frozenset[str]:
    """The furniture phrases without their spaces: a line whose key is one of
    ``phrases`` has one of these for its squeezed key."""
    return frozenset(phrase.replace(" ", "") for phrase in phrases)


# How many openings of two characters ``_prefixes_opening`` keeps for a
# Knowledge's prefixes before starting afresh (a bound on its memory whatever
# the text: pages in many scripts open their lines with many pairs).
_OPENINGS_KEPT: Final = 20_000


@functools.lru_cache(maxsize=16)
def _prefixes_opening(
    prefixes: tuple[str, ...],
) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The furniture prefixes by their first two characters (folded: as they
    are written), those shorter than two characters, and, for the first two
    characters of a line as written, the prefixes its folded opening may
    start with (filled as openings are met)."""
    by_two: dict[str, list[str]] = {}
    for prefix in prefixes:
        by_two.setdefault(prefix[:2], []).append(prefix)
    short = tuple(prefix for prefix in prefixes if len(prefix) < 2)
    return {two: tuple(group) for two, group in by_two.items()}, short, {}


def _opening_prefixes(
    head: str,
    prefixes: tuple[str, ...],
    by_two: dict[str, tuple[str, ...]],
    short: tuple[str, ...],
) -> tuple[str, ...]:
    """The prefixes a line opening with ``head`` (its first two characters)
    may open with, folded: those starting with the two characters ``head``
    folds to begin with, and those of ``short`` (shorter than two characters)
    that the fold starts with (case folding maps each character alone, never
    to nothing). A line of one character: the prefixes agreeing with its fold."""
    folded = head.casefold().replace(_DOTTED_I, "i")
    if len(folded) < 2:
        return tuple(p for p in prefixes if folded.startswith(p) or p.startswith(folded))
    return by_two.get(folded[:2], ()) + tuple(p for p in short if folded.startswith(p))


def _phrase_form(text: str) -> str:
    """A short line as the squeezed keys are read off it: itself when ASCII,
    else with the characters of ``_PHRASE_SPACES`` made spaces when that makes
    it ASCII; else an empty string (its key is read alone)."""
    if text.isascii():
        return text
    for character in _PHRASE_SPACES:
        if character in text:
            text = text.replace(character, " ")
    return text if text.isascii() else ""


# Joins the blocks whose keys are squeezed together outside ASCII: a private
# use character, which is no phrase noise, has no other case and is no white
# space, so each piece of the joined text squeezed is its block's.
_KEY_SEPARATOR: Final = "\ue000"


# _PHRASE_NOISE's ASCII characters as bytes: in UTF-8 a byte below 0x80 is
# always an ASCII character, never part of another's sequence, so deleting
# these bytes from a text's UTF-8 deletes exactly those characters.
_ASCII_NOISE_BYTES: Final = bytes(code for code in range(128) if _ASCII_PHRASE[code] == " ")


def _squeezed_keys(texts: Sequence[str]) -> Sequence[str | None]:
    """Each text's phrase key (``_phrase_key``) without its spaces, for texts
    of any script: case folded, Turkish's i made plain, the noise runs dropped
    and the white space ``str.split`` cuts at, once over the texts joined by
    ``_KEY_SEPARATOR`` (folding, the noise runs and the white space are
    character by character, and none is the separator). None for each when a
    text holds the separator (each is keyed alone then).

    Dropping noise and white space deletes characters one by one, so it may
    be done in any order and in parts: the ASCII noise first, on the UTF-8
    bytes (``_ASCII_NOISE_BYTES``, all in C), then the white space; a piece
    left of letters alone (``str.isalpha``: no letter is noise, which
    tests/test_page.py checks for every code point) is its key, and only the
    other pieces (``Фото:`` has lost its colon, ``© Reuters`` keeps its sign,
    a Hindi word its vowel signs) are searched by the pattern, joined once:
    most of the short blocks outside ASCII are words of letters with ASCII
    punctuation or digits, which the pattern scanned character by character."""
    joined = _KEY_SEPARATOR.join(texts)
    if joined.count(_KEY_SEPARATOR) != len(texts) - 1:
        return [None] * len(texts)
    folded = _fold_turkish_i(joined.casefold())
    # Lone surrogates pass through UTF-8 and back as they were.
    plain = (
        folded.encode("utf-8", "surrogatepass")
        .translate(None, _ASCII_NOISE_BYTES)
        .decode("utf-8", "surrogatepass")
    )
    keys = "".join(plain.split()).split(_KEY_SEPARATOR)
    letters = list(map(str.isalpha, keys))
    if False in letters:
        others = list(compress(range(len(keys)), map(not_, letters)))
        rest = _PHRASE_NOISE.sub("", _KEY_SEPARATOR.join([keys[n] for n in others]))
        for number, key in zip(others, rest.split(_KEY_SEPARATOR), strict=True):
            keys[number] = key
    return keys


# A stock widget's line in a story's stretch (business pages): a price
# (``412.50``, ``1,204.75``) or a change (``+3.2%``, ``-12.40``, ``(-0.8%)``,
# ``+12.40 (+3.2%)``, a price and its changes): a sign, a decimal point or a per cent sign, nothing
# else. An unsigned price has three digits or a thousands comma before its
# point: ``07.13`` is a live blog's time over its entry. Tried only on short
# blocks opening with a digit, a sign or a parenthesis; bounded runs, one
# per part: linear.
_QUOTE_FIRSTS: Final = frozenset("0123456789+-−–(")
_QUOTE_MAX_CHARS: Final = 24
_QUOTE = regex.compile(
    r"(?:[+\-−–]\ ?\d{1,7}(?:,\d{3})*+(?:\.\d{1,4}%?|%)"
    r"|(?:\d{1,3}(?:,\d{3})++|\d{3,7})\.\d{1,4}%?|\d{1,7}(?:\.\d{1,4})?%)"
    r"(?:\ \(?[+\-−–]\ ?\d{1,7}(?:\.\d{1,4})?%?\)?){0,2}"
    r"|\([+\-−–]\ ?\d{1,7}(?:\.\d{1,4})?%\)"
)
# A ticker's symbol over its price (``HARBSHIP`` / ``412.50``): a word of
# capitals, maybe a dot and a class letter (``BRK.B``), on the line above a
# quote; alone, it may be a one-word subheading in capitals.
_TICKER = regex.compile(r"\p{Lu}{2,12}(?:\.\p{Lu}{1,2})?")


def _stock_quote(text: str, patterns: _Patterns) -> bool:
    """Whether a furniture block ``text`` is a stock widget's quote or symbol
    (``stock_widget_quotes``): a symbol's shape that is no furniture phrase of its
    own (``MENU`` in capitals stays a menu's)."""
    if _widget_quote(text):
        return True
    # A symbol is capitals (and a dot) alone, each its own capital: a block
    # that ``str.upper`` changes (``Share``, ``Sign in``: most furniture) is
    # none, told in C without the pattern's call (every letter the pattern
    # takes for a capital is its own capital to Python too, which
    # tests/test_ticker_sieve.py checks for every code point).
    return (
        text.upper() == text
        and _TICKER.fullmatch(text) is not None
        and not _furniture_phrase(text, patterns)
    )


# A price after a currency's sign on a stock widget's line ("$82.10").
_CURRENCY_SIGNS: Final = frozenset("$€£¥")
# What a stock widget's quote may open with: a figure, a sign or a currency's.
_QUOTE_OPENINGS: Final = _QUOTE_FIRSTS | _CURRENCY_SIGNS
# A text's first character (an empty text's: an empty string), in C.
_FIRST_CHARACTER: Final = itemgetter(slice(None, 1))
_CURRENCY_PRICE: Final = regex.compile(r"\d{1,7}(?:,\d{3}){0,3}(?:\.\d{1,4})?")
# A price of one or two digits and its cents ("24.50"), and the signs that open
# a change under it ("+0.3%"): fullmatched on a short line, one run each.
_SHORT_PRICE: Final = regex.compile(r"\d{1,2}\.\d{2,4}")
_SIGNS: Final = frozenset("+-−–")


def is_stock_quote(text: str) -> bool:
    """A stock widget's quote's shape (``_QUOTE``), short."""
    # Every quote holds a decimal point or a per cent sign (each of _QUOTE's
    # alternatives does): a short line opening with a figure and holding
    # neither (``12 Comments``, ``4 March 2025``) is turned down without
    # the pattern's call.
    return (
        len(text) <= _QUOTE_MAX_CHARS
        and text[:1] in _QUOTE_FIRSTS
        and ("." in text or "%" in text)
        and _QUOTE.fullmatch(text) is not None
    )


def _currency_quote(text: str) -> bool:
    """A price after a currency's sign (``$412.50``, ``€1,204.75``), short."""
    return (
        len(text) <= _QUOTE_MAX_CHARS
        and text[:1] in _CURRENCY_SIGNS
        and _CURRENCY_PRICE.fullmatch(text, 1) is not None
    )


def _widget_quote(text: str) -> bool:
    """A stock widget's quote (:func:`is_stock_quote`) or a price after a
    currency's sign (``QUAYBANK`` / ``$412.50`` / ``+1.2%``)."""
    return is_stock_quote(text) or _currency_quote(text)


def _flag_quotes_in_body(lines: Sequence[Line], state: LineState, openings: str) -> None:
    """Say so (``stock-widget-in-body``) when the body holds a stock widget's
    row: a short name over a price with its cents, its signed change under it
    or none, each alone (``Gold`` / ``24.50`` / ``+0.3%``, ``Gold`` /
    ``24.50``, ``Brent crude`` / ``$81.40``; ``GOLD`` / ``24.50`` is no quote
    under a symbol, whose price has three digits). Kept as the
    story's lines (a results table, ``Labour`` / ``41.2%``, prints shares, no
    cents), they may be a widget's. Only one-line paragraphs opening with a
    digit or a currency's sign are looked at; one diagnostic a story. Sieved
    by ``openings``, the first two characters of the blocks holding the
    paragraphs stripped (:func:`_paragraphs_blocks`, ``_Blocks.heads``)
    joined: a story none of whose paragraphs opens with one (most) is not
    looked at."""
    if _PRICE_OPENINGS.isdisjoint(openings):
        return
    paragraphs = state.paragraphs
    for number in range(1, len(paragraphs)):
        price = lines[paragraphs[number][0]].text
        first = price[:1]
        if first not in _PRICE_OPENINGS and not first.isspace():
            continue  # most paragraphs: one look at their first character
        price = price.strip()
        if len(price) > _QUOTE_MAX_CHARS or _CENTS_PRICE.fullmatch(price) is None:
            continue
        name = lines[paragraphs[number - 1][0]].text.strip()
        if len(paragraphs[number]) == 1 and len(paragraphs[number - 1]) == 1 and _menu_item(name):
            below = (
                lines[paragraphs[number + 1][0]].text.strip()
                if number + 1 < len(paragraphs)
                else ""
            )
            signed = below[:1] in _SIGNS and is_stock_quote(below)
            what = "a price and its signed change" if signed else "a price alone"
            state.problems.append(
                Problem(
                    "stock-widget-in-body",
                    f"{name!r} over {what} is kept as the story's "
                    "lines: it may be a stock widget's row",
                    paragraphs[number - 1][0],
                )
            )
            return


# A run of this many one-line paragraphs or more near the top of a page's
# body, each of at most _LABEL_MAX_WORDS words ending in no sentence mark, over
# the story's prose: a video player's row (``JUST WATCHED`` / ``Ferry strike:
# what it means for you`` / ``Replay``) or a box's labels, not the story's.
_LABEL_RUN_MIN: Final = 3
_LABEL_MAX_WORDS: Final = 10
# The run opens among the body's first two paragraphs (right under a prompt's
# sentence, as on the labelled pages that print a player's row): lower down,
# short lines in a row are a list or a markets box among the story's own
# paragraphs (short-run-left-out reads long runs there).
_LABEL_RUN_REACH: Final = 2


# A figure in a table's cell: a count, a score, a share or a sum (``12``,
# ``3.5``, ``-2``, ``36%``, ``£4.2m``, ``2-1``); bounded runs of one class
# each, anchored: linear.
_TABLE_FIGURE = re.compile(r"[-+\u2212]?[$€£¥]?\d[\d.,:\u2013-]{0,12}%?[mkbn]{0,2}")
# The fewest rows holding figures that make a run of short lines a table.
_TABLE_FIGURE_ROWS: Final = 2
# The fewest figures a row of a table holds with no cell's separator in it.
_TABLE_ROW_FIGURES: Final = 2


def _figures_table(texts: Sequence[str]) -> bool:
    """Is a run of short lines (``texts``) a table of the story's own data:
    two rows or more each holding figures, two of them or one in a cell set
    apart by a bar or a tab (``Team | Won | Lost`` / ``Harbour Rovers | 12 |
    2`` / ``Cliffside | 9 | 5``; ``Harbour Rovers 12 2``)? A sports or a
    results story prints its table right under its first paragraph; a video
    player's or a box's labels (``JUST WATCHED`` / a video's title /
    ``Replay``) hold one figure at most (a running time, ``0:45``). Read as
    labels, the story's own table said ``labels-over-story``, a false alarm."""
    rows = 0
    shapes: dict[tuple[bool, ...], int] = {}
    for text in texts:
        words = text.replace("|", " ").split()
        flags = [_TABLE_FIGURE.fullmatch(word) is not None for word in words]
        figures = sum(flags)
        celled = "|" in text or "\t" in text
        # With no bar nor tab, a row's figures stand in columns after its
        # name (``Harbour Rovers 12 2``): a video's or a box's teaser holds
        # its numbers in words' places, words of letters after them (``Top
        # 10 goals of 2025``, ``Rovers 2 Cliffside 1: 5 things we learned``),
        # and read as a table it hid the player's labels (the review of
        # silent57).
        columns = figures >= _TABLE_ROW_FIGURES and all(flags[flags.index(True) :])
        if columns or (figures and celled):
            rows += 1
        elif _figures_side_by_side(words, flags):
            # A table's rank column before its name (``1 Harbour Rovers 12
            # 8 26``) or a text column after its figures (``Oslo 12 8
            # sunny``): its rows share one shape, runs of figures and of
            # words in the same order, whatever a name's length (the
            # second review of fixB58, a false labels-over-story).
            shape = tuple(
                flag for number, flag in enumerate(flags) if not number or flags[number - 1] != flag
            )
            shapes[shape] = shapes.get(shape, 0) + 1
    return rows >= _TABLE_FIGURE_ROWS or max(shapes.values(), default=0) >= _TABLE_FIGURE_ROWS


def _chanted(texts: Sequence[str]) -> bool:
    """Is ``texts`` (a run of short lines) a chant or a slogan the story
    quotes as the crowd repeated it: each line printed twice or more in the
    run, and one line only (``Keep it open`` three times) or each in a
    crowd's voice (``Save our library`` / ``Hands off our books``, twice:
    :func:`_is_chant`)? A player's or a box's labels differ line from line
    (``JUST WATCHED`` / a video's title / ``Replay``), and its buttons printed
    twice (``Save this story`` / ``Save`` / ``Save this story`` / ``Save``)
    speak for no crowd. Said, a chant near a story's top was a false alarm
    (alarms61). Each line must read as a chant (:func:`_chant_shaped`): a
    button printed three times (``Replay``, ``Save this story``) or a site's
    pitch in its readers' voice (``Join us`` / ``Support us``) was read as
    one and left in the body silently (review63)."""
    counts = Counter(" ".join(text.split()).casefold() for text in texts)
    return (
        min(counts.values(), default=0) >= 2
        and all(map(_chant_shaped, counts))
        and (len(counts) == 1 or all(map(_is_chant, counts)))
    )


def _chant_shaped(line: str) -> bool:
    """Does ``line`` (folded) read as a crowd's chant rather than a page's
    button: ``_CHANT_MIN_WORDS`` words or more (a button is a word or two:
    ``Replay``, ``Join us``, ``Follow us``) naming none of the page's own
    things (``Save this story``, ``Read this article``: a site's call to
    action)? ``Keep it open``, ``Books not cuts`` and ``Save our library``
    are chants."""
    words = [word.strip(_PITCH_WORD_EDGES) for word in line.split()]
    return len(words) >= _CHANT_MIN_WORDS and not any(
        first in _CHANT_PAGE_POINTERS and second in _CHANT_PAGE_THINGS
        for first, second in pairwise(words)
    )


# The fewest words of a chant (``Keep it open``): a button is shorter.
_CHANT_MIN_WORDS: Final = 3
# A line pointing at the page's own thing (``this story``, ``our newsletter``)
# is a site's call to action, no crowd's chant.
_CHANT_PAGE_POINTERS: Final = frozenset(("this", "the", "our", "my"))
_CHANT_PAGE_THINGS: Final = frozenset(
    (
        "story",
        "article",
        "page",
        "video",
        "podcast",
        "newsletter",
        "gallery",
        "post",
        "site",
        "journalism",
        "reporting",
    )
)


def _figures_side_by_side(words: Sequence[str], flags: Sequence[bool]) -> bool:
    """Does a row's run of words (``words``, ``flags`` telling its figures)
    hold two figures side by side, a table's adjacent cells (``12 8``)? A
    teaser's figures stand among its words (``Top 10 goals of 2025``); one
    ending in a colon closes a heading's lead-in (``Rovers 2 Cliffside 1: 5
    things we learned``), no cell."""
    return any(
        flags[number] and flags[number + 1] and not words[number].endswith(":")
        for number in range(len(flags) - 1)
    )


def _flag_labels_over_story(lines: Sequence[Line], state: LineState, knowledge: Knowledge) -> None:
    """Say so (``labels-over-story``) when a page's body holds, opening among
    its first two paragraphs, a run of three one-line paragraphs or more of
    a few words each ending in no sentence mark, right over a paragraph of
    prose: ``Chat with us in Facebook Messenger. …`` / ``JUST WATCHED`` / a
    video's title / ``Replay`` / ``More Videos …`` / ``LONDON (Reuters) …``.
    A prompt's sentence over a video player opened the story's stretch, and
    the player's labels under it were kept as the story's paragraphs,
    silently; the story's own text rarely opens with three labels in a row.
    Kept where they stand, said; one diagnostic a story."""
    paragraphs = state.paragraphs
    ends = knowledge.sentence_ends
    run = 0
    listed = False
    for number, paragraph in enumerate(paragraphs):
        text = lines[paragraph[0]].text.strip()
        if (
            len(paragraph) == 1
            and text
            # A player's button may end in dots (``More Videos ...``).
            and (text[-1] not in ends or text.endswith(("...", "…")))
            and len(text.split(None, _LABEL_MAX_WORDS)) <= _LABEL_MAX_WORDS
        ):
            # A list the story leads into (``The ports are:`` / ``Dover`` /
            # ``Calais`` / ``Dunkirk``; ``… you will need:`` / the
            # ingredients) is the story's: a lead-in of three words or more
            # before a colon, or a paragraph above ending in one. A label
            # of one or two (``Author:``, ``Publish date:``) is a box's.
            listed = listed or (text[-1] == ":" and len(text.split(None, 2)) > 2)
            run += 1
            continue
        if run and not listed and number > run:
            above = lines[paragraphs[number - run - 1][-1]].text.rstrip()
            listed = above[-1:] == ":"
        if (
            run >= _LABEL_RUN_MIN
            and not listed
            and runs_to_prose(text)
            and text[-1:] in ends
            and not _figures_table(
                [lines[paragraphs[n][0]].text for n in range(number - run, number)]
            )
            and not _chanted([lines[paragraphs[n][0]].text for n in range(number - run, number)])
        ):
            first = paragraphs[number - run][0]
            state.problems.append(
                Problem(
                    "labels-over-story",
                    f"{run} short lines ending in no sentence ({lines[first].text.strip()[:40]!r} "
                    "first) stand over the story's prose near the top of its body, kept as "
                    "paragraphs: they may be a video player's or a box's labels",
                    first,
                )
            )
            return
        run = 0
        listed = False
        if number + 1 >= _LABEL_RUN_REACH:
            return


# What a widget's price opens with: a digit, a currency's sign
# (``_flag_quotes_in_body``'s sieve).
_PRICE_OPENINGS: Final = frozenset(_CURRENCY_SIGNS | frozenset("0123456789"))
# A price with its cents after a currency's sign or none (``24.50``,
# ``$81.40``, ``1,204.75``): bounded runs, one per part: linear.
_CENTS_PRICE = regex.compile(r"[$€£¥]?\d{1,7}(?:,\d{3}){0,3}\.\d{2,4}")


# A WordPress dump's caption shortcode, markup and all: '[caption
# id="attachment_12" align="alignnone" width="800"]<img …> The quay at dawn.
# Photo: Jane Roe[/caption]'.
_SHORTCODE_MARKS: Final = ("[caption", "[/caption]")
# A press release's boilerplate heading, 'About Vale Energy': 'About', then one
# to five words opening in a capital, no sentence end (one bounded run: linear).
_ABOUT_HEADING = re.compile(r"About((?: [A-Z][\w&.'’-]{0,40}){1,5})")
# The boilerplate heading's opening, as the paragraphs' sieve looks for it.
_ABOUT_OPENING: Final = "About "


# A US broadcaster's call letters alone in brackets after a sentence, a TV
# site's photo credit: '… on Monday. (WVAL)', '(KVAL-TV)'. Bounded: linear.
_CALL_LETTERS_CREDIT = re.compile(r"[.!?]\s{1,4}\([KW][A-Z]{2,3}(?:-(?:TV|DT|FM))?\)")
# The most characters such a credit and its sentence's end take.
_CALL_LETTERS_TAIL: Final = 16
# The most words of a caption credited so (a paragraph is longer).
_CALL_LETTERS_MAX_WORDS: Final = 40


def _paragraphs_blocks(
    paragraphs: Iterable[Iterable[int]], blocks: Sequence[int]
) -> tuple[int, int]:
    """The page's blocks (``blocks``: its non-blank lines, in order) from the
    story's first paragraph's line to its last paragraph's: every paragraph's
    line is among them, or is blank and holds no mark, so a form absent from
    their texts (joined in C, no step of Python a paragraph) is in none of the
    paragraphs' lines: the sieve of the body's flags below."""
    numbers = list(chain.from_iterable(paragraphs))
    return bisect_left(blocks, min(numbers)), bisect_right(blocks, max(numbers))


def _holds(text: str, opening: str, forms: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``forms``, each opening with the one
    character ``opening``: the character is found by ``str.find`` and each
    place it stands asked for the forms. For a rare character (``(``, ``[``
    stand a few times in a story) one scan for it costs about half of one
    for a string of two characters (``(K``), and one scan serves all the forms."""
    at = text.find(opening)
    while at >= 0:
        if text.startswith(forms, at):
            return True
        at = text.find(opening, at + 1)
    return False


# A newsletter's pitch of one short sentence kept in a page's body: a bid
# opening it or a sentence in it ("Get the day's top stories from the valley
# in your inbox every morning.", "Want the news in your inbox? Sign up …",
# "Don't miss a story: …") and a newsletter or the reader's inbox named. The
# bid's words open a how-to story's sentences too ("Get the bank's alerts
# sent to your inbox …"), so the paragraph is kept and said. Bounded: linear.
# Indonesian portals bid so too: ``Simak`` (follow), ``Ikuti`` (follow),
# ``Dapatkan`` (get). So do a sign-up box's own lines, kept under the story
# or between its paragraphs on US news and sports pages: its pitch ("Let our
# news meet your inbox."), its consent box ("I agree that Vale Sports can
# send me the … newsletter.") and its thanks ("Keep an eye on your inbox for
# the latest news."); they were kept as the story's, silently.
_PITCH_BID: Final = re.compile(
    r"(?:^|[.?!:] {1,3})(?:get|want|don't miss|don’t miss|never miss|sign up|subscribe"
    r"|join|stay|simak|ikuti|dapatkan|let our|i agree|keep an eye on)\b"
)
# A messaging app's channel is such a pitch's too: "Join our Telegram channel
# and get the latest news delivered to you." (South and Southeast Asian
# sites, under the story); and the reader's phone, as the news is bid to it
# as to the inbox ("Simak breaking news dan berita pilihan kami langsung di
# ponselmu.", Indonesian portals: "… on your phone", "… to your phone"; a
# story's "Stay off your phone while driving" bids nothing to it).
_PITCH_WORDS: Final = re.compile(
    r"\b(?:newsletters?|your inbox|(?:telegram|whatsapp) channel|(?:on|to) your phone"
    r"|ponselmu|ponsel (?:anda|kamu))\b"
)
# The most words of such a pitch (a paragraph of the story is longer).
_PITCH_MAX_WORDS: Final = 30
# A sign-up box's thanks bids the reader watch their inbox for the site's
# news ("Keep an eye on your inbox for the latest council news."); a story
# warning of scams or awaiting a letter bids the same watch for something
# else ("Keep an eye on your inbox: scammers are sending emails that look
# like the tax office's."), and said sign-up-pitch-in-body (alarms60). The
# watch is a pitch only when it names the news, a newsletter or the stories
# it brings. Bounded: linear.
_WATCH_BID: Final = "keep an eye on"
_PITCH_NEWS: Final = re.compile(
    r"\b(?:news|newsletters?|stories|updates|headlines|briefing|edition|latest)\b"
)


# A sign-up box's button, alone on its line under the box's pitch (keys as
# _phrase_key makes them).
_SIGN_UP_BUTTONS: Final = frozenset(
    {"sign up", "sign up now", "sign me up", "subscribe", "subscribe now", "join now"}
)
# The longest such button line keyed (a paragraph under the pitch is not).
_SIGN_UP_BUTTON_CHARS: Final = 20


def _pitch_over_button(stripped: Sequence[str], at: int, knowledge: Knowledge) -> bool:
    """Is block ``at`` a sign-up box's pitch over its button: one sentence of
    at most ``_PITCH_MAX_WORDS`` words bidding the reader to a newsletter or
    their inbox (``_PITCH_BID``, ``_PITCH_WORDS``), reporting no speech, right
    over a ``Sign up`` or ``Subscribe`` line (``_SIGN_UP_BUTTONS``)? Alone, the
    bid's words open a how-to story's sentence too (``Get the bank's alerts
    sent to your inbox …``: said, ``sign-up-pitch-in-body``); over the button
    they are the box's. String tests, a regex on the one block."""
    if (
        at + 1 >= len(stripped)
        or len(stripped[at + 1]) > _SIGN_UP_BUTTON_CHARS
        or _remembered_phrase_key(stripped[at + 1]) not in _SIGN_UP_BUTTONS
    ):
        return False
    text = stripped[at]
    words = text.split()
    if len(words) > _PITCH_MAX_WORDS:
        return False
    folded = text.casefold()
    return (
        _PITCH_WORDS.search(folded) is not None
        and _PITCH_BID.search(folded) is not None
        and not any(is_speech_word(word, knowledge=knowledge) for word in words)
    )


def _flag_sign_up_pitch(
    lines: Sequence[Line], state: LineState, body: str, knowledge: Knowledge
) -> None:
    """Say so (``sign-up-pitch-in-body``) when a one-line paragraph of at
    most ``_PITCH_MAX_WORDS`` words bids the reader to a newsletter or their
    inbox (``_PITCH_BID``, ``_PITCH_WORDS``) and reports no speech: a sign-up
    box's pitch standing alone between the paragraphs or under them, kept as
    the story's (one opening ``Sign up for our …`` is furniture already).
    Sieved by the body's text: most hold neither word; one diagnostic a story."""
    # The sieve asks of the folded body, as the patterns ask of each folded
    # paragraph: a pitch in capitals (``GET THE NEWS ON YOUR PHONE``,
    # ``Simak … di Ponselmu``) holds its words in other cases.
    folded_body = body.casefold()
    if (
        "inbox" not in folded_body
        and "newsletter" not in folded_body
        and " channel" not in folded_body
        # "… on your phone" ("… phone" alone is in too many stories)
        and "your phone" not in folded_body
        and "ponsel" not in folded_body
    ):
        return
    for paragraph in state.paragraphs:
        if len(paragraph) != 1:
            continue
        text = lines[paragraph[0]].text.strip()
        words = text.split()
        if len(words) > _PITCH_MAX_WORDS:
            continue
        folded = text.casefold()
        bid = _PITCH_BID.search(folded)
        if (
            _PITCH_WORDS.search(folded) is not None
            and bid is not None
            and not any(is_speech_word(word, knowledge=knowledge) for word in words)
            and (not bid.group().endswith(_WATCH_BID) or _PITCH_NEWS.search(folded) is not None)
        ):
            state.problems.append(
                Problem(
                    "sign-up-pitch-in-body",
                    f"{text[:80]!r} bids the reader to a newsletter, their inbox or their "
                    "phone in one short sentence: kept as the story's paragraph, it may be a "
                    "sign-up box's pitch",
                    paragraph[0],
                )
            )
            return


def _flag_call_letters_caption(lines: Sequence[Line], state: LineState, body: str) -> None:
    """Say so (``paragraph-may-be-caption``) when a one-line paragraph between
    two others of at most ``_CALL_LETTERS_MAX_WORDS`` words ends in a
    broadcaster's call letters alone in brackets after its sentence (``Crews
    clear the road on Monday. (WVAL)``): a TV site's photo caption, kept as the
    story's (four capitals in brackets are an organisation's initials too,
    ``(WHO)``). Sieved by the paragraphs' blocks' text (``body``, :func:`_paragraphs_blocks`):
    a story none of whose paragraphs writes ``(K`` or ``(W`` (most) holds no
    call letters in brackets, and no paragraph is looked at; then a string
    sieve a paragraph: most end in no ``)``."""
    if not _holds(body, "(", _CALL_LETTERS_OPENINGS):
        return
    if any(problem.code == "paragraph-may-be-caption" for problem in state.problems):
        return
    paragraphs = state.paragraphs
    for number in range(1, len(paragraphs) - 1):
        if len(paragraphs[number]) != 1:
            continue
        text = lines[paragraphs[number][0]].text.rstrip()
        if text[-1:] != ")" or text[-2:-1] not in _CALL_LETTER_LAST:
            continue
        found = _CALL_LETTERS_CREDIT.search(text, max(0, len(text) - _CALL_LETTERS_TAIL))
        if (
            found is None
            or found.end() != len(text)
            or len(text.split(None, _CALL_LETTERS_MAX_WORDS)) > _CALL_LETTERS_MAX_WORDS
            or _spells_out_initials(text[: found.start() + 1], text[found.start() + 1 :])
        ):
            continue
        state.problems.append(
            Problem(
                "paragraph-may-be-caption",
                f"{text[:60]!r} between the story's paragraphs is kept as the story's: "
                "a sentence, then a broadcaster's call letters alone in brackets, it may "
                "be a photo's caption and its credit",
                paragraphs[number][0],
            )
        )
        return


_CALL_LETTER_LAST: Final = frozenset(string.ascii_uppercase)
# The call letters' opening, bracket and first letter, as the paragraphs' sieve
# looks for them.
_CALL_LETTERS_OPENINGS: Final = ("(K", "(W")


def _spells_out_initials(sentence: str, bracket: str) -> bool:
    """True when the capitals in brackets after ``sentence`` are the
    initials of title-case words it writes in a row (``… the World Health
    Organization. (WHO)``, ``… the World Trade Organization. (WTO)``): an
    organisation's acronym, no broadcaster's call letters. Small words
    between them (``of``, ``the``, ``for``, ``and``) are passed over."""
    letters = "".join(c for c in bracket if c.isupper())
    # Only title-case words give initials; a word in small letters breaks the run.
    runs = "".join(
        word[0] if word[:1].isupper() else " "
        for word in sentence.split()
        if word not in _MENU_ITEM_SMALL_WORDS
    )
    return any(letters in run for run in runs.split())


def _flag_markup_and_boilerplate(
    lines: Sequence[Line],
    state: LineState,
    shown: tuple[str, Sequence[str]],
    knowledge: Knowledge,
) -> None:
    """Say so when the body holds a WordPress caption shortcode
    (``caption-markup-in-body``: ``[caption id="…"]<img …> The quay at dawn.
    Photo: Jane Roe[/caption]``, a photo's caption kept in the body, markup
    and all) or a press release's boilerplate (``release-boilerplate-in-body``:
    a paragraph ``About Vale Energy`` then one opening ``Vale Energy is`` (or
    ``was``, ``, a``), in the story's second half: the company's notes, kept
    as the story's). Sieved by the blocks holding the paragraphs
    (:func:`_paragraphs_blocks`; ``shown``: their texts joined, their first two
    characters stripped): a story none of whose paragraphs holds a shortcode's
    mark is not looked at for one, nor for the boilerplate when none opens
    with ``Ab`` (most stories: no paragraph is looked at); then a string sieve
    a paragraph; one diagnostic of each a story."""
    body, heads = shown
    paragraphs = state.paragraphs
    # A diagnostic not to look for is as one given already.
    shortcode = not _holds(body, "[", _SHORTCODE_MARKS)
    # The heading stripped opens with "About ": its block's first two
    # characters stripped (_Blocks.heads) are its first two.
    boilerplate = _ABOUT_OPENING[:2] not in heads
    if shortcode and boilerplate:
        return
    for number, paragraph in enumerate(paragraphs):
        first = lines[paragraph[0]].text
        # The shortcode opens its paragraph's first line or closes its last.
        if not shortcode and (
            _SHORTCODE_MARKS[0] in first or _SHORTCODE_MARKS[1] in lines[paragraph[-1]].text
        ):
            shortcode = True
            state.problems.append(
                Problem(
                    "caption-markup-in-body",
                    "a WordPress caption shortcode ([caption …]…[/caption]) is kept as "
                    "the story's paragraph: it is a photo's caption, markup and all",
                    paragraph[0],
                )
            )
        if boilerplate or number + 1 >= len(paragraphs) or 2 * number < len(paragraphs) - 1:
            continue
        heading = first.strip()
        if not heading.startswith(_ABOUT_OPENING) or len(heading) > _PHRASE_MAX_CHARS:
            continue
        match = _ABOUT_HEADING.fullmatch(heading)
        if match is None:
            continue
        name = match.group(1).strip()
        following = lines[paragraphs[number + 1][0]].text.strip()
        after = following[len(name) :]
        # The company's legal form after its name (``About Vale Robotics`` /
        # ``Vale Robotics Inc. designs …``): the verb comes after it. Read
        # with it, the box was kept as the story's paragraphs, silently.
        suffix = _LEGAL_FORM_AFTER.match(after)
        if suffix is not None:
            after = after[suffix.end() :]
        # The name then a verb in small letters says what the company does as
        # often (``Harlow Robotics designs and builds …``).
        if (
            following.startswith(name)
            and (
                after.startswith((" is ", " was ", " are ", ", a ", ", an ", ", the "))
                or (after[:1] == " " and after[1:2].islower())
            )
            and _about_box_organisation(f"{name} {following}", knowledge)
        ):
            boilerplate = True
            if name in lines[paragraphs[0][0]].text and _release_closing_under(
                lines, paragraphs[number + 2 :], knowledge
            ):
                # The release's own issuer, named in its first paragraph
                # (``Vale Ferries Inc. today ordered …`` … ``About Vale
                # Ferries`` / ``Vale Ferries is …``): its notes on itself
                # and all under them (forward-looking statements,
                # contacts) close the release, no story's paragraphs.
                for box in paragraphs[number:]:
                    for index in box:
                        state.claim(index, Role.FURNITURE, "release-about-box")
                del paragraphs[number:]
                return
            state.problems.append(
                Problem(
                    "release-boilerplate-in-body",
                    f"{heading!r} then a paragraph saying what {name} is is kept as the "
                    "story's: it may be a press release's boilerplate (notes on the company)",
                    paragraph[0],
                )
            )


# A company's legal form after its name, a comma before it or none (``Vale
# Robotics Inc.``, ``Kell Holdings, Ltd.``): alternatives of fixed words only.
_LEGAL_FORM_AFTER: Final = regex.compile(
    r",? (?:Inc\.|Ltd\.?|LLC|L\.L\.C\.|plc|PLC|Corp\.|Corporation|Limited|GmbH|AG"
    r"|S\.A\.|N\.V\.|B\.V\.|Pty Ltd\.?|Co\.)(?= )"
)

# The fewest words of a sentence-ended paragraph under a release's About box
# read as prose: a contact's short line ending in a stop (``Kellsport,
# Ont.``, ``A: Yes.``) is none.
_ABOUT_PROSE_MIN_WORDS: Final = 4


def _release_closing_under(
    lines: Sequence[Line], under: Sequence[Sequence[int]], knowledge: Knowledge
) -> bool:
    """Is everything under a release's About box and its first paragraph the
    release's closing notes: short lines (headings, contacts, ``###``) and
    prose only under a heading of ``Knowledge.release_closing_headings``
    (``Forward-Looking Statements`` / ``This release contains …``)? A news
    story quoting a company its lead names may print the paper's own box on
    it (``About Vale Ferries`` / ``Vale Ferries runs …``) and go on reporting
    under it (``The council said …``, or under a crosshead ``Union anger``):
    those paragraphs are the story's, and cutting at the box lost them,
    silently."""
    closing = False
    for paragraph in under:
        text = " ".join(lines[index].text.strip() for index in paragraph)
        if (
            text.rstrip(_SENTENCE_END_CLOSERS)[-1:] in ".!?"
            and len(text.split()) >= _ABOUT_PROSE_MIN_WORDS
        ):
            if not closing:
                return False
            continue
        # A short line: a heading over prose, or a contact's line (which
        # no prose sits under).
        closing = _release_closing_heading(text, knowledge)
    return True


def _release_closing_heading(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a heading of a press release's closing notes: another
    About box's (``About Kell Capital``), or one of
    ``Knowledge.release_closing_headings`` as the whole heading (a colon
    after it allowed: ``Contacts:``, ``Source: Vale Ferries``) or, for a
    heading of several words, as its opening (``Cautionary note regarding
    forward-looking statements``)? A news story's crosshead sharing a
    heading's first word (``Media reaction``, ``Investors react``,
    ``Contacts with union``, ``About the timetable``) is none: compared by
    their opening letters alone, the crosshead made the story's reporting
    under it the release's notes, lost with nothing said."""
    heading = text.strip().rstrip(":").rstrip()
    if _ABOUT_HEADING.fullmatch(heading) is not None:
        return True
    folded = heading.casefold()
    return any(
        folded == entry
        or folded.startswith(f"{entry}:")
        or (" " in entry and folded.startswith(f"{entry} "))
        for entry in knowledge.release_closing_headings
    )


def _about_box_organisation(text: str, knowledge: Knowledge) -> bool:
    """May ``text``, an About box's name and the paragraph under it, be a
    press release's notes on an organisation: it holds a mark of one
    (``Knowledge.release_about_marks``: ``Inc.``, ``company``, ``founded
    in``, ``It is …``), or none of a person's life
    (``Knowledge.profile_about_marks``: ``she``, ``his``, ``grew up``)? A
    profile's ``About Marta`` / ``Marta grew up above her father's shop …``
    is the story's own, said as a release's notes before (a false alarm); a
    release's box naming neither (``Vale Ferries runs ferries on four
    routes …``) is still said. Substring tests on the case-folded words,
    spaces around them."""
    folded = f" {' '.join(text.casefold().split())} "
    return any(mark in folded for mark in knowledge.release_about_marks) or not any(
        mark in folded for mark in knowledge.profile_about_marks
    )


def _flag_moment_caption_in_body(
    lines: Sequence[Line], state: LineState, knowledge: Knowledge
) -> None:
    """Say so (``paragraph-may-be-caption``) when a paragraph between two
    others has a photo caption's shape with no credit: one sentence of six to
    twenty words, no comma, quote or colon, that names a moment (``before``,
    ``after``, ``during``) with no word of narration (a past
    or future auxiliary, a modal, a verb ending ``-ed``, a speech verb) nor
    of the time of telling (``last``, ``ago``, ``yesterday``): ``Supporters
    of the plan fill the public gallery before Thursday's vote.``, a caption
    in the present printed between paragraphs; nor an irregular past
    (``The bus left before dawn.``) nor a present that narrates (``The
    council meets again before …``, ``Builders plan to start after …``).
    Kept as the story's (``The library closes after the vote.`` reads the
    same); one
    diagnostic a story. The same sentence that places its people in the
    photo instead, set off by commas as agencies write it (``Union leader Tom
    Hale, left, greets dock workers outside the port gates.``), is asked the
    same: a place in a picture names the picture, whatever the moment. A
    string sieve first: most paragraphs are longer or name no moment and no
    place in a picture."""
    paragraphs = state.paragraphs
    for number in range(1, len(paragraphs) - 1):
        if len(paragraphs[number]) != 1:
            continue
        text = lines[paragraphs[number][0]].text.strip()
        if len(text) > _MOMENT_CAPTION_MAX_CHARS or text[-1:] != ".":
            continue
        placed = text
        for position in _PICTURE_POSITIONS:
            placed = placed.replace(position, " ")
        if placed != text:
            folded = _caption_sentence_words(placed, knowledge)
            shows = "placing its people in the picture (, left,)"
        elif any(map(text.__contains__, _MOMENT_SIEVE)):
            folded = _caption_sentence_words(text, knowledge)
            shows = "naming a moment"
            if folded is not None and not any(word in _MOMENT_WORDS for word in folded):
                folded = None
        elif _between_ad_labels(lines, paragraphs[number][0]):
            # ``Advertisement`` / ``A ferry leaves the northern harbour at
            # dawn.`` / ``Advertisement``: a slot's picture and its caption
            # between two labels reads the same as the story's short
            # paragraph an AMP page slots between two ads; kept, it was
            # said by nothing (silent61). Asked only when the caption's
            # sentence has no word of narration and shows a scene: a place
            # in the picture (``on the quay``, ``at dawn``) and no figure nor
            # rate (``The ferry carries 400 passengers a day.``, ``Fares rise
            # by a fifth from April.``: a fact's sentence, review63).
            folded = _caption_sentence_words(text, knowledge)
            if folded is not None and not _scene_shaped(text, folded):
                folded = None
            shows = "between two advertisements' labels"
        else:
            continue
        if folded is not None:
            state.problems.append(
                Problem(
                    "paragraph-may-be-caption",
                    f"{text[:60]!r} between the story's paragraphs is kept as the story's: "
                    f"one sentence in the present {shows}, no credit, it may be a "
                    "photo's caption",
                    paragraphs[number][0],
                )
            )
            return


def _scene_shaped(text: str, folded: Sequence[str]) -> bool:
    """Does a caption's sentence ``text`` (its words ``folded``) show a scene:
    a preposition of place (``at``, ``on``, ``outside``: ``A ferry leaves
    the northern harbour at dawn.``), no digit and no word of a rate
    (``every``, ``each``, ``per``: ``Children under five travel free on
    every route.``)? A sentence of fact an AMP page slots between two ads
    (``The ferry carries 400 passengers a day.``, ``Fares rise by a fifth
    from April.``) has a figure or no place. A count spelled out (``… runs
    six boats between the islands.``) is not read as a figure: captions
    spell counts too (``Passengers board one of the two ferries at the
    northern pier.``), and alarms64's reading so silenced them (review65)."""
    return (
        not any(character.isdigit() for character in text)
        and not any(word in _RATE_WORDS for word in folded)
        and any(word in _SCENE_PLACES for word in folded)
    )


# Prepositions placing a caption's scene, and words of a rate or a habit
# that a caption's moment never has (``every route``, ``per trip``).
_SCENE_PLACES: Final = frozenset(
    "at in on outside inside near along across beside past through under over between".split()
)
_RATE_WORDS: Final = frozenset("every each per daily weekly monthly yearly annually".split())


def _between_ad_labels(lines: Sequence[Line], index: int) -> bool:
    """Does line ``index`` stand between two advertisements' labels alone on
    their lines (``Advertisement``, ``Sponsored``: ``_AD_LABEL_KEYS``), blank
    lines between at most ``_AD_LABEL_GAP``? Each side looks at a few lines."""

    def label(step: int) -> bool:
        number = index + step
        for _ in range(_AD_LABEL_GAP + 1):
            if not 0 <= number < len(lines):
                return False
            text = lines[number].text
            if text.strip():
                return len(text) <= _AD_LABEL_MAX_CHARS and _phrase_key(text) in _AD_LABEL_KEYS
            number += step
        return False

    return label(-1) and label(1)


# The blank lines between a caption and an advertisement's label over or under
# it, and the longest such label (``Paid content``, a few spaces around).
_AD_LABEL_GAP: Final = 2
_AD_LABEL_MAX_CHARS: Final = 40


def _caption_sentence_words(text: str, knowledge: Knowledge) -> list[str] | None:
    """The words, folded, of a caption's sentence (see
    :func:`_flag_moment_caption_in_body`): one clause in the present, no
    word of narration; None for any other."""
    body = text[:-1]
    words = body.split()
    if not (
        _MOMENT_CAPTION_MIN_WORDS <= len(words) <= _MOMENT_CAPTION_MAX_WORDS
        and words[0][:1].isupper()
        and not any(mark in body for mark in _MOMENT_CAPTION_MARKS)
    ):
        return None
    folded = [word.casefold() for word in words]
    if any(
        word in _MOMENT_NARRATION
        or word.endswith("ed")
        or word in knowledge.speech_verbs
        or word in _IRREGULAR_PAST
        or word in _PRESENT_NARRATION
        for word in folded
    ) or any(
        # "last year", "last week": the time of telling; "the ferry's last
        # crossing" is a caption's too.
        (word == "last" and following in _LAST_TIMES)
        or (following == "to" and word in _INTENT_VERBS)
        for word, following in pairwise(folded)
    ):
        return None
    return folded


# A caption's sentence printed as a paragraph: short, one clause.
_MOMENT_CAPTION_MAX_CHARS: Final = 160
_MOMENT_CAPTION_MIN_WORDS: Final = 6
_MOMENT_CAPTION_MAX_WORDS: Final = 20
_MOMENT_SIEVE: Final = (" before ", " after ", " during ")
# Where a caption's person stands in the photo, set off by commas (the
# agencies' form: "Jane Roe, left, greets …"); a paragraph's "left" or "right"
# is a verb's or a side's, never between two commas after a name.
_PICTURE_POSITIONS: Final = (", left,", ", right,", ", center,", ", centre,")
# Marks no one-clause caption holds: a comma, a quote, a colon, a sentence's end.
_MOMENT_CAPTION_MARKS: Final = (",", ";", ":", ". ", "!", "?", '"', "“", "”", "‘")
# "On Thursday" alone is no sieve: a paragraph's present tells the future
# ("The council meets again on Thursday to set the budget.").
_MOMENT_WORDS: Final = frozenset({"before", "after", "during"})
# Words of narration or of the time of telling: a paragraph's, no photo's.
_MOMENT_NARRATION: Final = (
    NARRATION_AUXILIARIES
    | MODAL_VERBS
    | frozenset("did does is been being ago yesterday earlier later next tomorrow today".split())
)
# Irregular past verbs, a paragraph's narration (``The bus left the depot
# before dawn.``): none is a noun or an adjective a caption writes often
# (``saw``, ``felt``, ``rose``, ``led`` are left out).
_IRREGULAR_PAST: Final = frozenset(
    "left went took came gave made told began ran won lost met sat stood held kept brought "
    "bought thought found knew grew drew wrote spoke broke chose drove flew became got paid "
    "sent spent built fought caught taught sold struck fled froze stole sank wore threw "
    "heard meant laid understood sought withdrew forgot".split()
)
# Words of a paragraph telling in the present what is to come or goes on
# (``The council meets again before the summer break.``, ``Builders plan to
# start after the spring.``): a photo's caption shows a moment.
_PRESENT_NARRATION: Final = frozenset(
    "again still until soon already yet remains expects hopes wants intends due likely".split()
)
# Verbs of intent before ``to`` (``plan to start``, ``hope to open``): a noun
# alone (``the plan``) is a caption's word too.
_INTENT_VERBS: Final = frozenset(
    "plan plans hope hopes want wants need needs aim aims expect intend vow vows".split()
)
_LAST_TIMES: Final = frozenset("year week month night season summer winter spring autumn".split())


def stock_widget_quotes(stripped: Sequence[str], found: list[bool]) -> list[bool]:
    """``found`` with a stock widget's quotes and the symbols right above
    them marked as furniture phrases: a quote under a symbol or under another
    quote (a story never writes a price alone under a ticker)."""
    # Most pages hold no quote's shape: the few blocks opening like one are
    # found first, and only they and the lines above them are looked at.
    # A price after a currency's sign is a quote too (``QUAYBANK`` /
    # ``$412.50`` / ``+1.2%``): else the widget's lines were read as a
    # subheading and the story's lines.
    # The blocks opening so are found in C (their first characters looked up
    # in the openings' set): a step of Python for each of those alone, not
    # for each of a page's thousands of blocks.
    opening = map(_QUOTE_OPENINGS.__contains__, map(_FIRST_CHARACTER, stripped))
    shaped = {n for n in compress(range(len(stripped)), opening) if _widget_quote(stripped[n])}
    for number in sorted(shaped):
        # A quote only under a symbol or another quote: under a word
        # ("Labour" / "41.2%", "Flour" / "250.0", "1,204 homes" / "+3.2%")
        # or a sentence it is a results table's, a recipe's or the story's
        # own figure; a widget's first price with no symbol over it joins the
        # widget by its neighbours (_widget_boxes).
        above = stripped[number - 1] if number > 0 else ""
        if number - 1 in shaped or _TICKER.fullmatch(above) is not None:
            found[number] = True
            # The symbol right above the quote is the widget's too.
            if len(above) <= _QUOTE_MAX_CHARS and _TICKER.fullmatch(above):
                found[number - 1] = True
    return found


def _furniture_phrases(
    stripped: Sequence[str], patterns: _Patterns, firsts: Sequence[str] | None = None
) -> list[bool]:
    """:func:`_furniture_phrase` of each block, and a stock widget's quotes
    (``stock_widget_quotes``), for a whole page at once."""
    return stock_widget_quotes(stripped, _phrases_of_blocks(stripped, patterns, firsts))


def _phrases_of_blocks(
    stripped: Sequence[str], patterns: _Patterns, firsts: Sequence[str] | None = None
) -> list[bool]:
    """:func:`_furniture_phrase` of each block, given stripped (stripping is
    idempotent), for a whole page at once.

    A block is a phrase when its key (``_phrase_key``) is in the table; the
    keys of most blocks are in none of them. The short blocks in ASCII (or
    ASCII but for curly quotes and dashes, ``_phrase_form``) are joined and
    translated once into their keys without spaces, and only a block whose
    squeezed key is a phrase's squeezed is keyed in full; the other short
    blocks are keyed one by one. The prefixes are tried by the block's first
    two characters (``firsts``, when the caller has them), and the few blocks
    opening with one are judged by :func:`_furniture_phrase` itself (its word
    bounds and sentence prefixes)."""
    phrases, prefixes = patterns.furniture_phrases, patterns.sieve_prefixes
    # Most short blocks are ASCII, their own form: no call for them.
    heads = [
        "" if len(text) > _PHRASE_MAX_CHARS else text if text.isascii() else _phrase_form(text)
        for text in stripped
    ]
    squeezed = "\n".join(heads).translate(_SQUEEZE_LINES).split("\n")
    if len(squeezed) != len(stripped) or "" in prefixes:
        # A block holding a line feed of its own (or an empty prefix): one by one.
        return [_furniture_phrase(text, patterns) for text in stripped]
    found = [False] * len(stripped)
    hits = _squeezed_phrases(phrases).intersection(squeezed)
    if hits:
        # The blocks whose squeezed key is a hit found in C (their keys' hashes
        # made by the intersection): a step of Python for each hit alone.
        for number in compress(range(len(squeezed)), map(hits.__contains__, squeezed)):
            if heads[number]:
                found[number] = _remembered_phrase_key(stripped[number]) in phrases
    # The other short blocks (outside ASCII: accents, Cyrillic) squeezed
    # together too; only those whose squeezed key is a phrase's are keyed.
    alone = [
        n for n, head in enumerate(heads) if not head and len(stripped[n]) <= _PHRASE_MAX_CHARS
    ]
    if alone:
        keys = _squeezed_keys([stripped[n] for n in alone])
        kept = _squeezed_phrases(phrases)
        for number, alone_key in zip(alone, keys, strict=True):
            if alone_key is None or alone_key in kept:
                found[number] = _remembered_phrase_key(stripped[number]) in phrases
    # Only a block whose first two characters, folded, agree with a prefix may
    # open with it: most blocks are turned down by their first two characters,
    # looked up in C (a step of Python for each of the others alone).
    by_two, short, opening = _prefixes_opening(prefixes)
    if len(opening) > _OPENINGS_KEPT:
        opening.clear()
    if firsts is None:
        firsts = [text[:2] for text in stripped]
    known = list(map(opening.get, firsts))
    if None in known:
        for number in compress(range(len(known)), map(is_, known, repeat(None))):
            head = firsts[number]
            candidates = opening.get(head)
            if candidates is None:
                candidates = opening[head] = _opening_prefixes(head, prefixes, by_two, short)
            known[number] = candidates
    every = cast("list[tuple[str, ...]]", known)
    for number in compress(range(len(every)), every):
        text = stripped[number]
        if not found[number] and text[:_PHRASE_MAX_CHARS].casefold().startswith(every[number]):
            found[number] = _furniture_phrase(text, patterns)
    # A promo in square brackets (``[Related: …]``) opens with no prefix's
    # two characters: the blocks opening and ending in a bracket are judged
    # whole. Most pages hold no block opening in one (the openings joined and
    # searched in C).
    if "[" in "".join(firsts):
        for number in compress(range(len(stripped)), map(_ENDS_IN_BRACKET, stripped)):
            if not found[number] and stripped[number][:1] == "[":
                found[number] = _furniture_phrase(stripped[number], patterns)
    return found


_ENDS_IN_BRACKET: Final = methodcaller("endswith", "]")


def _tokens_and_weights(
    texts: Sequence[str], stripped: Sequence[str] | None = None
) -> tuple[list[list[str]], list[int], int, list[str | None], str | None]:
    """Each block's tokens (``_tokens``) and weight (its length without the
    surrounding white space, a CJK character counting three), how many CJK
    characters the blocks hold, each block's ASCII form (the block when
    ASCII, ``_ascii_form`` or None else), and the forms' token translation
    joined by line feeds, a piece a form (None when a block holds a line feed
    of its own): one tokenisation and one CJK count a block. ``stripped``, the
    blocks stripped when the caller has them, gives the weights of a page
    without CJK characters without stripping again."""
    # The per-block steps run in C (``map``, ``compress``) where they can.
    plain = list(map(str.isascii, texts))
    # The ASCII blocks' tokens from one translate of them all, joined by line
    # feeds (which the table keeps), cut at the line feeds: each piece is its
    # block translated. A block holding a line feed of its own would add a
    # piece: then each block is cut alone. The blocks that are ASCII but for
    # quotes and dashes join them in their ASCII form (``_ascii_form``), unless
    # an ASCII block holds a NUL (the apostrophe's stand-in).
    joined = "\n".join(compress(texts, plain))
    if "\x00" in joined:
        forms: list[str | None] = [
            text if ascii_ else None for text, ascii_ in zip(texts, plain, strict=True)
        ]
        table = _ASCII_TOKEN_LINES
    else:
        forms = list(texts)
        table = _ASCII_TOKEN_LINES_NUL
        if False in plain:
            others = list(compress(range(len(texts)), map(not_, plain)))
            for number, form in zip(others, _ascii_forms([texts[n] for n in others]), strict=True):
                forms[number] = form
            kept = compress(forms, map(is_not, forms, repeat(None)))
            joined = "\n".join(cast("Iterator[str]", kept))
    translated = joined.translate(table)
    if "\x00" in translated:
        translated = translated.replace("\x00", _APOSTROPHE)
    pieces = translated.split("\n")
    missing = forms.count(None)
    whole: str | None = translated
    if missing == 0 and len(pieces) == len(forms):
        tokens = list(map(str.split, pieces))
    elif len(pieces) == len(forms) - missing:
        # The blocks with a form split in C, the others tokenised one by one
        # and put between them, each run of blocks with a form taken by a slice.
        split = list(map(str.split, pieces))
        tokens = []
        taken = 0
        for number in compress(range(len(forms)), map(is_, forms, repeat(None))):
            end = number - len(tokens) + taken
            tokens += split[taken:end]
            taken = end
            tokens.append(_folded_tokens(texts[number].casefold()))
        tokens += split[taken:]
    else:
        tokens = [_tokens(text) for text in texts]
        whole = None
    unplain = "".join(compress(texts, map(not_, plain)))
    if _HIGH.search(unplain) is None:
        # No character as high as the CJK scripts: one scan a page.
        if stripped is not None:
            return tokens, _spacing_folded(texts, list(map(len, stripped))), 0, forms, whole
        return (
            tokens,
            _spacing_folded(texts, [len(text.strip()) for text in texts]),
            0,
            forms,
            whole,
        )
    cjk = [0 if ascii_ else _cjk_count(text) for text, ascii_ in zip(texts, plain, strict=True)]
    # White space holds no CJK character: the count of the stripped block is the same.
    weights = [len(text.strip()) + 2 * count for text, count in zip(texts, cjk, strict=True)]
    # One scan in C for a Hangul syllable (``max`` made a string of each
    # character of the page's blocks outside ASCII): a page with none adds
    # nothing to a weight.
    if _HANGUL.search(unplain) is not None:
        # A Hangul syllable is a block of two or three letters: a Korean
        # paragraph of one sentence (55 syllables) says what an English one of
        # a hundred letters says, so each syllable counts two; else a story of
        # such paragraphs is short lines, and a photo's credit between two of
        # them (``사진=연합뉴스``) left the page with no story.
        weights = [
            weight + len(_HANGUL.findall(text))
            if not ascii_ and max(text) >= _HANGUL_LOWEST
            else weight
            for text, weight, ascii_ in zip(texts, weights, plain, strict=True)
        ]
    return tokens, _spacing_folded(texts, weights), sum(cjk), forms, whole


# Two spaces or more, or a tab, inside a block: a typist's two spaces after a
# full stop (``… blustery showers.  Maximum 10C.``), a tab a converter left
# between words, a wrapped block's indented lines. Linear: two characters.
# Written to open with one class (a white space, then a tab behind it or a
# second white space) so the search skips the text by that class: the
# alternation ``\s\s|\t``, tried at every character of a page with none, was
# 3 % of page text's parse.
WIDE_SPACING: Final = re.compile(r"\s(?:(?<=\t)|\s)")


def holds_wide_spacing(text: str) -> bool:
    """Does ``text`` hold two white space characters in a row or a tab
    (``WIDE_SPACING``)? Every white space character ``re`` takes for ``\\s``
    but the space is one ``str.isprintable`` turns down (a control
    character, a separator of Unicode's), so in printable text, most of a
    page's blocks, only two spaces in a row are wide: told by one substring
    search. ``re``'s search for the class steps through the text a character
    at a time, at about 120 instructions a character: the scan of a page's
    blocks for it was 3 % of page text's parse (speed53); the printable test
    and the substring search cost about a quarter of that. (Not part of
    wirestory's API.)

    >>> holds_wide_spacing("showers.  Maximum 10C."), holds_wide_spacing("Tide\\ttable")
    (True, True)
    >>> holds_wide_spacing("showers. Maximum 10C.")
    False
    """
    if text.isprintable():
        return "  " in text
    return WIDE_SPACING.search(text) is not None


def _spacing_folded(texts: Sequence[str], weights: list[int]) -> list[int]:
    """``weights`` with each run of white space inside a block weighing one
    character, as a single space does: a block's class must not turn on how
    wide the spaces between its words are (the closing line of a forecast,
    69 characters with one space after its full stop, was *short* and left
    out; with two, 70 and kept). Told by one C scan of the page's blocks
    for a wide run (the blocks joined by a bar, printable and no white
    space: no run spans two blocks, and a page of printable blocks is told
    printable, :func:`holds_wide_spacing`); a page with none (most) changes
    nothing."""
    if not holds_wide_spacing("|".join(texts)):
        return weights
    return [
        weight - len(text.strip()) + len(" ".join(text.split()))
        if WIDE_SPACING.search(text)
        else weight
        for text, weight in zip(texts, weights, strict=True)
    ]


def _headline_under_inner_title(texts: Sequence[str], end: int, knowledge: Knowledge) -> int | None:
    """The block under a page's title line that stands below its first line,
    equal to the title's headline part: the headline (``Islands`` /
    ``Harbour`` / ``Ferry halted - The Island Courier`` / ``Ferry halted`` /
    ``By Anna Berg``), or None. A scraper that keeps the menu's items over
    the ``<title>`` line makes the menu's first item the page's first line;
    a short headline (two words) is no line :func:`_headline_above` takes,
    and the menu's item was taken for the headline (said only
    ``headline-from-title``: alarms60). Only blocks above the story
    (``end``), the title's part compared whole, folded. Asked only when no
    other rule found the headline: the title among the page's first
    ``_MENU_OVER_TITLE_MAX`` lines, the headline among the header's
    ``_HEADER_LOOKBACK`` blocks over the story. Any part of the title may be its
    headline's (the site's name is the longer in ``Ferry halted - The Island
    Courier``): the line nearest the story equal to one is taken, and only
    when it stands right over the story, bylines and dates between
    (:func:`_right_over_story`): a masthead showing the site's name or a
    menu's item equal to a section's part stands over the menu's items."""
    # The title line stands under a menu's few items at the page's top
    # (``_MENU_OVER_TITLE_MAX``); the headline among the header's lines
    # (``_HEADER_LOOKBACK`` blocks over the story), each folded once: a page
    # of many lines holding a separator (``News | Sport``) costs a few
    # titles' looks at most.
    low = max(1, end - _HEADER_LOOKBACK)
    folded: dict[int, str] = {}
    for number in range(1, min(end - 1, _MENU_OVER_TITLE_MAX + 1)):
        if " " not in texts[number] or title_part(texts[number]) is None:
            continue
        parts = {_fold(part) for part in _TITLE_SEPARATOR.split(texts[number])}
        for later in range(end - 1, max(number, low - 1), -1):
            if len(texts[later]) > _HEADLINE_MAX_CHARS:
                continue
            if later not in folded:
                folded[later] = _fold(texts[later])
            if folded[later] in parts and _right_over_story(texts, later, end, knowledge):
                return later
    return None


def _right_over_story(texts: Sequence[str], line: int, end: int, knowledge: Knowledge) -> bool:
    """Does block ``line`` stand right over the story (block ``end``), only
    byline and date lines between? A headline does; a masthead showing the
    site's name (``The Island Courier``) or a menu's item equal to the
    title's section part (``News`` in ``News | The Island Courier``) stands
    over the menu's other items, and was taken for the headline, silently
    (review62)."""
    return all(
        byline_line(texts[number], knowledge=knowledge) is not None
        or is_date_line(texts[number], knowledge=knowledge)
        for number in range(line + 1, end)
    )


def _short_headline_under_menu(
    texts: Sequence[str], anchor: int, knowledge: Knowledge
) -> int | None:
    """The line right over the header's first byline or date line (block
    ``anchor``) when it is a headline of two words under a menu of one-word
    items: every line between the page's title line and it is one word, at
    least ``_MENU_MIN_ITEMS`` of them, and it has two words, no end mark, is
    no furniture's phrase, byline or date; else None. A short headline
    (Maltese ``Il-prezzijiet jogħlew``, ``Fares rise``) is too short for the
    walk up from the byline (:func:`_headline_above`), which reads a line of
    two words as a menu's item or a kicker; the site's name was taken for the
    headline (said only ``headline-from-title``: alarms60). A menu of one-word
    items tells its items from a line of two. A title line with parts
    (``Headline - Site``) must hold the line as one of them: else it is a
    kicker (``Local news``). Asked only when no other rule found the
    headline."""
    line = anchor - 1
    if line <= _MENU_MIN_ITEMS:
        return None
    text = texts[line].strip()
    if (
        len(text.split()) != _SHORT_HEADLINE_WORDS
        or len(text) > _MENU_ITEM_MAX_CHARS
        or text[-1:] in _PARAGRAPH_ENDS
        or furniture_phrase(text, knowledge=knowledge)
        or byline_line(text, knowledge=knowledge) is not None
        or is_date_line(text, knowledge=knowledge)
    ):
        return None
    parts = _TITLE_SEPARATOR.split(texts[0].strip())
    if len(parts) > 1 and _fold(text) not in {_fold(part) for part in parts}:
        # A title line ``Headline - Site`` names the headline: a two-word
        # line over the byline that is none of its parts is a kicker or a
        # section's label (``Local news`` over ``By Anna Berg``), no headline
        # (review62). A title line that is the site's name alone (Maltese
        # ``Il-Gazzetta tal-Port``) names none to compare with.
        return None
    if all(len(texts[number].split()) == 1 for number in range(1, line)):
        return line
    return None


# The most lines of a menu over a page's title line, the page's first line
# its first item (:func:`_headline_under_inner_title`).
_MENU_OVER_TITLE_MAX: Final = 12


# The words of a headline too short for the walk up from the byline, read
# under a menu of one-word items (:func:`_short_headline_under_menu`).
_SHORT_HEADLINE_WORDS: Final = 2


def _title_keys(title: str) -> list[frozenset[str]]:
    """What a headline repeating the page title may look like: the words of the
    whole title, and of each part of ``Headline - Site`` of three words or more."""
    keys = [frozenset(_tokens(title))]
    for part in _TITLE_SEPARATOR.split(title):
        words = frozenset(_tokens(part))
        if len(words) >= 3 or _CJK.search(part):
            keys.append(words)
    return [key for key in keys if key]


def _fold(text: str) -> str:
    """A line as compared with the title: white space runs made one space, curly
    quotes and dashes straight, case folded."""
    return " ".join(_fold_punctuation(text).split()).casefold()


def title_part(title: str) -> str | None:
    """The headline part of a page title ``Headline SEP Site``: the longest part of
    at least two words (or ten CJK characters) between title separators, or None
    when the title has no separator.

    >>> title_part("Dam opens after ten years of work | Section | The Daily Planet")
    'Dam opens after ten years of work'
    >>> title_part("Dam opens after ten years of work") is None
    True
    """
    if len(title) > _HEADLINE_MAX_CHARS * 2:
        return None
    return _title_part(title)


# Several rules ask about a page's title (and the lines under a menu): each
# title is read once. The lines kept are no longer than a title may be.
@functools.lru_cache(maxsize=256)
def _title_part(title: str) -> str | None:
    """:func:`title_part` of a title of at most twice ``_HEADLINE_MAX_CHARS``."""
    parts = _TITLE_SEPARATOR.split(title.strip())
    if len(parts) < 2:
        return None
    candidates = [
        part
        for part in parts
        if len(part.split()) >= _TITLE_PART_MIN_WORDS or _cjk_count(part) >= _TITLE_PART_MIN_CJK
    ]
    return max(candidates, key=len) if candidates else None


def _title_match(title: str, line: str) -> int:
    """How much of the (folded) title the (folded) line is when the title is that
    line plus a site's part: ``Headline SEP Site ...`` (the title starts with the
    line and a separator follows), ``Site SEP Headline``, or ``Headline`` and a
    suffix after a space that is shorter than the headline. 0 when it is not."""
    size = len(line)
    if (
        size < _TITLE_PART_MIN_CHARS
        or size > len(title)
        or not (
            len(line.split()) >= _TITLE_PART_MIN_WORDS or _cjk_count(line) >= _TITLE_PART_MIN_CJK
        )
    ):
        return 0
    if size == len(title):
        return size if line == title else 0
    if title.startswith(line):
        rest = title[size:]
    elif title.endswith(line):
        # ``Site SEP Headline``: the site's part is the shorter (a line equal
        # to the site's name at the end of ``Headline – Site`` is not a headline).
        rest = title[: len(title) - size][::-1]
        if len(rest) > size:
            return 0
    else:
        return 0
    if _TITLE_SEPARATOR.match(rest) is not None:
        # The site's parts are each shorter than the headline: a line equal to
        # the site's name in ``Site | Headline`` is not a headline.
        longest = max((len(part) for part in _TITLE_SEPARATOR.split(rest)), default=0)
        return size if longest < size else 0
    # No separator: only a short suffix after white space (a site's name).
    return size if rest[:1].isspace() and len(rest) < size else 0


def _exact_title_line(
    texts: Sequence[str],
    body_start: int,
    knowledge: Knowledge,
    found: Sequence[int] | None = None,
) -> int | None:
    """H1: the block that is the page's visible headline because it is the page
    title, or the title's headline part exactly (``Headline`` under ``Headline -
    Site``, ``Headline | Section | Site``, ``Site :: Headline``; curly quotes,
    dashes and case aside). Of several, the longest part wins (a section name
    in the menu may equal a two-word part), then the last such line above the
    story's first paragraph, else the first one below it. Pages show teasers
    that are near repeats (a word dropped or added) in related links, so an
    exact repeat is preferred over the 80% overlap of ``_repeats_title``.
    ``found`` is :func:`_title_lines` of ``texts`` when the caller has it: the
    layout asks for the headline above several places of one page."""
    if found is None:
        found = _title_lines(texts)
    above = [n for n in found if n < body_start]
    if len(above) > 1:
        # The headline shown again in a photo gallery or a sticky bar: the one
        # with a byline or date line right under it heads the story.
        # The last of them with one, found from the bottom up: the lines under
        # the others are not read for a byline.
        last = next((n for n in reversed(above) if _has_byline_under(texts, n, knowledge)), None)
        if last is not None:
            return last
    if above:
        return _headed_part_below(texts, above[-1], body_start, knowledge)
    if found and title_part(texts[0]) is None:
        # A title of no parts (a site's name, ``Lindqvist & Sons Funeral Home``)
        # shown again only under the story (a funeral's venue, the footer's
        # name): the site's name, no headline. Taken for one, the page's
        # headline (the person's name over the dates of life) was lost,
        # silently.
        return None
    return found[0] if found else None


_FOLD_SLACK: Final = 8


def _headed_part_below(
    texts: Sequence[str], chosen: int, body_start: int, knowledge: Knowledge
) -> int:
    """``chosen`` (a line equal to the title's longest part), or the line below
    it, above the story, that shows the title's first part exactly and has a
    byline or date line right under it when ``chosen`` has none: in ``Pilots
    strike - Vale Post Daily`` the longer part is the site's name, shown as
    the masthead (``Vale Post Daily``) at the top of the page, and the
    headline (``Pilots strike``) stands over the byline further down."""
    if body_start - chosen < 2 or _has_byline_under(texts, chosen, knowledge):
        return chosen
    parts = _TITLE_SEPARATOR.split(texts[0].strip())
    if len(parts) < 2:
        return chosen
    # Only the title's first part can take over, from a later one: ``Headline
    # - Site`` is the common order, and a section's name shown over a date
    # line under the headline (``Lexus opens … - Auto News``, then ``AUTO
    # NEWS`` and a date) must not.
    first = _fold(parts[0])
    if first == _fold(texts[chosen]):
        return _part_below_masthead(texts, parts, chosen, body_start)
    # A first part of one word (``GOTCHA | Vale Citizen``, ``Gotcha! - Vale
    # Citizen``: a tabloid's one-word headline) may be a menu's item or a
    # section's name shown over a date bar; shown right over a byline's line
    # (``GOTCHA`` / ``By Jane Roe``) it is the headline (silent55: the
    # masthead, ``Vale Citizen``, was read as the headline, silently).
    short = len(first.split()) < _TITLE_PART_MIN_WORDS
    # A line's fold is at most a few characters shorter or longer than it
    # (white space runs, a casefold that grows): most lines are turned down by
    # their length before a fold.
    low, high = len(first) - _FOLD_SLACK, len(first) + _FOLD_SLACK
    for number in range(chosen + 1, body_start):
        text = texts[number]
        if (
            low <= len(text) <= high
            and _fold(text) == first
            and (
                number + 1 < len(texts)
                and byline_line(texts[number + 1], knowledge=knowledge) is not None
                if short
                else _has_byline_under(texts, number, knowledge)
            )
        ):
            return number
    return _part_below_masthead(texts, parts, chosen, body_start)


# A site's name printed as the masthead stands at the page's top: among the
# first blocks under the title line (a ``Skip to content`` link may come first).
_MASTHEAD_TOP: Final = 3
# A site's name is a few words (``The Islands Evening Courier``); a longer line
# at the top is a headline.
_MASTHEAD_MAX_WORDS: Final = 5
# A word of this many letters opening in a small letter is no name's linking
# word (``of``, ``the``, ``and``, ``for``): the text is in sentence case.
_SENTENCE_WORD_MIN: Final = 4


def _name_shaped(text: str) -> bool:
    """Is ``text`` shaped as a name (a site's, a section's): no word of
    ``_SENTENCE_WORD_MIN`` letters or more opens in a small letter
    (``Vale Post Daily``, ``The Times of Kelsham``, ``AUTO NEWS``; a
    headline in title case too)? ``Pilots strike`` is in sentence case."""
    return not any(word[:1].islower() and len(word) >= _SENTENCE_WORD_MIN for word in text.split())


def _masthead_shaped(texts: Sequence[str], number: int) -> bool:
    """Could block ``number`` be the site's name printed as the masthead: at
    the page's top, a few words, shaped as a name?"""
    text = texts[number]
    return (
        number <= _MASTHEAD_TOP
        and len(text.split(None, _MASTHEAD_MAX_WORDS)) <= _MASTHEAD_MAX_WORDS
        and _name_shaped(text)
    )


def _other_part_below(
    texts: Sequence[str], parts: Sequence[str], chosen: int, body_start: int
) -> int | None:
    """The last line above the story, below ``chosen``, showing exactly a part
    of the title (of two words or more) other than ``chosen``'s, or None."""
    folded = _fold(texts[chosen])
    others = {
        fold
        for fold in map(_fold, parts)
        if fold != folded and len(fold.split()) >= _TITLE_PART_MIN_WORDS
    }
    if not others:
        return None
    # Most lines are turned down by their length before a fold.
    low = min(map(len, others)) - _FOLD_SLACK
    high = max(map(len, others)) + _FOLD_SLACK
    for number in range(body_start - 1, chosen, -1):
        text = texts[number]
        if low <= len(text) <= high and _fold(text) in others:
            return number
    return None


def _part_below_masthead(
    texts: Sequence[str], parts: Sequence[str], chosen: int, body_start: int
) -> int:
    """``chosen`` (a line equal to the title's longest part, with no byline or
    date line under it), or the line lower down, above the story, that shows
    another part of the title exactly when ``chosen`` may be the masthead
    (:func:`_masthead_shaped`): in ``Pilots strike - Vale Post Daily`` and
    ``Vale Post Daily | Pilots strike`` the site's name is the longer part,
    printed at the top of the page, and the headline (``Pilots strike``)
    stands right above the story with no byline under it; the masthead was
    read as the headline, silently. A headline in sentence case at the top
    (``Pilots strike over pay``, then a section's ``Travel News`` lower down)
    is no name and stays. When both lines are shaped as names (``Vale Post
    Daily`` and ``Pilots Strike``, read as ``Pilots Strike Over Pay`` and
    ``Travel News``) the lower one is taken unless it stands right under
    ``chosen`` (a section's label under a headline in title case), and the
    header says which part is the site's name is a guess
    (``headline-may-be-site-name``, :func:`_flag_site_name_guess`)."""
    if not _masthead_shaped(texts, chosen):
        return chosen
    number = _other_part_below(texts, parts, chosen, body_start)
    if number is None or (number == chosen + 1 and _name_shaped(texts[number])):
        return chosen
    return number


def _masthead_over_headline(
    texts: Sequence[str], headline: int, body_start: int, knowledge: Knowledge
) -> bool:
    """Is the headline walked up to from the byline shaped as a site's name
    (``The Kettering Cross Times``), first on the page under its buttons
    alone (``Print`` / ``Close window``, a print view's), the line under it
    longer and ending in no full stop (``Council approves new bus lanes on
    Station Road``)? The masthead over the headline reads the same as a
    short headline over its deck."""
    under = headline + 1
    if under >= body_start or not _site_name_shaped(texts[headline]):
        return False
    if not all(furniture_phrase(texts[n], knowledge=knowledge) for n in range(headline)):
        return False
    shown = texts[under].strip()
    return not (
        shown[-1:] in _PARAGRAPH_ENDS
        or len(shown.split()) <= len(texts[headline].split())
        or _header_line(shown, knowledge)
    )


def _masthead_under_section_title(
    texts: Sequence[str], headline: int, knowledge: Knowledge
) -> bool | None:
    """Is the headline taken from the title's part the site's name printed as
    the masthead over the real headline, the byline right under that one?
    The form (silent61): the title ``News | The Island Courier`` is a
    section's label and the site's name, no headline in it; the masthead
    ``The Island Courier`` at the page's top repeats its longer part, and the
    headline ``Ferry fares rise`` stands between it and ``By Anna Berg``. A
    headline stands over its byline; a site's name over another line and a
    byline does not. True when the line between is headline-shaped and in
    sentence case (``Ferry fares rise``: no name's shape, which the masthead
    has); None (a doubt, said) when it is shaped as a name too: a headline in
    title case over its deck (``Sport | Ferry Fares Rise`` / ``Ferry Fares
    Rise`` / ``Islanders Pay More``) reads the same; None too when the
    headline ends in no outlet's word (``Knowledge.outlet_words``: ``News |
    Harbour Ferry Strike`` / ``Harbour Ferry Strike`` / ``Crews walk out over
    pay on the island routes``, a headline in title case over its deck in
    sentence case, was taken for the masthead and the deck for the headline,
    silently: review63); False when the form does not hold."""
    parts = _TITLE_SEPARATOR.split(texts[0].strip())
    if (
        len(parts) != 2
        or len(parts[0].split()) > _TITLE_PART_MIN_WORDS
        or len(parts[0]) >= len(parts[1])
        or _fold(texts[headline]) != _fold(parts[1])
        or not _masthead_shaped(texts, headline)
        or not _site_name_shaped(texts[headline])
    ):
        return False
    between = texts[headline + 1].strip()
    if (
        not between
        or between[-1:] in _PARAGRAPH_ENDS
        or len(between) > _HEADLINE_MAX_CHARS
        or furniture_phrase(between, knowledge=knowledge)
        or _header_line(between, knowledge)
    ):
        return False
    words = texts[headline].split()
    outlet = words[-1].casefold().strip(".,") in knowledge.outlet_words
    # A headline in title case over its deck whose lede tells its words
    # (``Harbour Ferry Strike`` / ``… ferry crews went on strike …``) reads as
    # a place-named masthead does (``Harbour Today`` / ``… went on strike
    # today …``): alarms64 took every such name for the headline, silently
    # (review65), so both stay said.
    return True if outlet and not _name_shaped(between) else None


def _copyright_names(texts: Sequence[str], name: str) -> bool:
    """Does a copyright line of the page (opening with ``©`` or
    ``Copyright``, a year in it) name ``name``, a masthead (``© 2025 The
    Kettering Cross Times. All rights reserved.``)? Then the line is the
    site's name: a headline is never its site's copyright holder. Compared
    case-folded, spaces folded. A photo's credit holds ``©`` after its
    caption or label (``The ferry at dawn. Photo © Anna Berg``): it names the
    photographer, often the writer, no site (review63: the writer was taken
    for the site and dropped)."""
    return any(
        _copyright_line(line) and _holds_words(line, name)
        for text in texts
        for line in text.splitlines()
    )


def _copyright_line(line: str) -> bool:
    """Does ``line`` open with ``©`` or ``Copyright`` and hold a year (four
    digits in a row): a site's copyright notice, no photo's credit?"""
    opening = line.lstrip()
    return (opening.startswith("©") or opening[:9].casefold() == "copyright") and bool(
        _COPYRIGHT_YEAR.search(opening)
    )


_COPYRIGHT_YEAR: Final = re.compile(r"\d{4}")


def _holds_words(text: str, name: str) -> bool:
    """Does ``text`` hold ``name`` as whole words (case-folded, spaces
    folded): no letter nor digit right before or after it? A site ``Times``
    is not named by ``© 2025 Timeshare Weekly``, nor ``Vale Post`` by ``©
    2025 Vale Postal Group``. Each place the name stands is asked once."""
    folded = " ".join(name.casefold().split())
    if not folded:
        return False
    line = " ".join(text.casefold().split())
    start = line.find(folded)
    while start >= 0:
        end = start + len(folded)
        if not (start and line[start - 1].isalnum()) and not (
            end < len(line) and line[end].isalnum()
        ):
            return True
        start = line.find(folded, start + 1)
    return False


def _names_site(texts: Sequence[str], number: int) -> bool:
    """Is block ``number``, a name of a person's shape (``Harbour Notes``),
    the site's name elsewhere on the page: a part of the page's title line
    other than its headline part holding it as whole words (``Night ferry
    saved | Harbour Notes Blog``), a copyright line naming it (``© 2025
    Harbour Notes``, :func:`_copyright_names`) or a line at the page's top
    printing it alone (the masthead)? A blog's share plugin prints the site's
    name under its buttons as often as the writer's; the site's name was read
    as the byline, silently. A personal blog's writer is its site's name too
    (``© 2025 Jane Roe``): the two are told apart by no form, so the name is
    not read and is said (``byline-name-unread``)."""
    name = texts[number].strip()
    folded = _fold(name)
    if any(_fold(texts[above]) == folded for above in range(min(number, _MASTHEAD_TOP + 1))):
        return True
    title = texts[0].strip() if number else ""
    headline_part = title_part(title) if title else None
    if headline_part is not None:
        # The site's name stands at an end of the title, never between the
        # headline and the site (``Night ferry saved | Jane Roe | Harbour
        # Notes Blog``: an opinion page's writer, a section): the writer in
        # the middle was taken for the site and her byline lost.
        parts = _TITLE_SEPARATOR.split(title)
        if any(
            part != headline_part and _holds_words(part, name) for part in (parts[0], parts[-1])
        ):
            return True
    return _copyright_names(texts, name)


def _byline_names_site(
    texts: Sequence[str], found: Byline, headline: str | None, knowledge: Knowledge
) -> bool:
    """Is the one name of the byline ``found`` the site's: a part of the
    page's title line at its end other than the headline's (``headline``,
    the story's headline line, else :func:`title_part`), equal to the name
    (``Vale Post`` in ``Ferry fares rise - Vale Post``), or a copyright line
    naming it (:func:`_copyright_names`)? Compared case-folded, spaces
    folded; a byline of two names or an organisation is not asked, nor a
    name of a person's form (a common given name, ``Knowledge.given_names``,
    first, no outlet's word last): ``Why ferry fares must come down | Anna
    Berg`` is an opinion page's title naming its columnist, read as the
    writer (review63: dropped, said), and a blog named after its writer has
    that writer for its byline either way."""
    if len(found.names) != 1 or found.organization is not None:
        return False
    words = found.names[0].casefold().split()
    if words and words[0] in knowledge.given_names and words[-1] not in knowledge.outlet_words:
        return False
    name = _fold(found.names[0])
    title = texts[0].strip()
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) >= 2:
        shown = _fold(headline) if headline is not None else _fold(title_part(title) or "")
        if any(_fold(part) == name != shown for part in (parts[0], parts[-1])):
            return True
    return _copyright_names(texts, found.names[0])


def _flag_masthead_over_headline(
    texts: Sequence[str],
    headline: int,
    blocks: Sequence[int],
    state: LineState,
) -> None:
    """Say so (``headline-may-be-site-name``) when the headline is a
    masthead's shape over a longer line (:func:`_masthead_over_headline`)
    and no copyright line names it (which would make it the site's name,
    :func:`_copyright_names`)."""
    under = headline + 1
    shown = texts[under].strip()
    state.problems.append(
        Problem(
            "headline-may-be-site-name",
            f"{texts[headline][:60]!r}, first on the page under its buttons, was read as the "
            f"headline over {shown[:60]!r}: it may be the site's name over the headline",
            blocks[headline],
        )
    )


def _flag_site_name_guess(
    texts: Sequence[str],
    headline: int,
    body_start: int,
    blocks: Sequence[int],
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """``headline-may-be-site-name`` when the headline, a part of the page's
    title with no byline or date line under it, and another part shown as a
    line (one of them at the page's top, :func:`_masthead_shaped`) are both
    shaped as names, the headline taken over from the longest part at the top
    or kept there: which is the site's name is a guess
    (:func:`_part_below_masthead`)."""
    if not _name_shaped(texts[headline]):
        return
    if _masthead_shaped(texts, headline):
        parts = _TITLE_SEPARATOR.split(texts[0].strip())
        other = _other_part_below(texts, parts, headline, body_start)
        doubt = other is not None and _name_shaped(texts[other])
    else:
        # Taken over from the longest part at the top (the longest part lower
        # down is the common ``Headline - Site`` and is not asked about). Most
        # pages have no line of a masthead's shape at the top: no fold.
        tops = [n for n in range(1, min(headline, _MASTHEAD_TOP + 1)) if _masthead_shaped(texts, n)]
        part = title_part(texts[0]) if tops else None
        doubt = (
            part is not None
            and _fold(texts[headline]) != _fold(part)
            and any(_fold(texts[n]) == _fold(part) for n in tops)
        )
    # The byline is looked for last: most headlines in title case stand under
    # no other part of the title, and the look reads three lines.
    if doubt and not _has_byline_under(texts, headline, knowledge):
        state.problems.append(
            Problem(
                "headline-may-be-site-name",
                f"the page's title has two parts shown as lines, both shaped as names: "
                f"{texts[headline][:60]!r} was read as the headline, the other as the "
                "site's name; they may be the other way round",
                blocks[headline],
            )
        )


def _title_lines(texts: Sequence[str], heads: Sequence[str] | None = None) -> list[int]:
    """The blocks equal to the page title or its longest matching part (see
    :func:`_exact_title_line`), top down; none whatever the story's place.
    ``heads``, each stripped block's first two characters when the caller has
    them, sieves the blocks first (``_heads_in_title``)."""
    if not texts or len(texts[0]) > _HEADLINE_MAX_CHARS * 2:
        return []
    title = _fold(texts[0])
    # The longest part between separators comes first: in ``Opinion | Headline -
    # Site`` the headline is ``Headline`` when a line shows it so, the kicker
    # ``Opinion | Headline`` only when no line does.
    part = title_part(texts[0])
    part = _fold(part) if part is not None else None
    best, found = 0, []
    longest = len(texts[0]) + 8
    numbers: Iterable[int] = range(1, len(texts))
    if heads is not None:
        numbers = _heads_in_title(title, heads)
    # Longer than the title or too short: no fold needed.
    sized = [n for n in numbers if _TITLE_PART_MIN_CHARS <= len(texts[n]) <= longest]
    for n in _openings_in(title, texts, sized):
        text = texts[n]
        line = _fold(text)
        size = len(title) + 1 if line == part else _title_match(title, line)
        if size > best:
            best, found = size, [n]
        elif size and size == best:
            found.append(n)
    return found


def _heads_in_title(title: str, heads: Sequence[str]) -> Iterable[int]:
    """The blocks, from the second, that may be title lines by their stripped
    first two characters (``heads``): a title line folded (``_fold``) is part
    of the folded ``title`` (its start, its end or its headline part), so its
    first two characters are, and they are the fold of the head's (a space
    for white space after the first; casefold keeps white space apart and
    never maps a character to nothing). A head with white space other than
    a space, or a byte order mark (which the fold drops), is not printable:
    kept without a look. A page's blocks open with a few hundred heads: each
    is folded once, all of them joined, and the blocks are sieved in C."""
    distinct = list(set(heads[1:]))
    keys = _fold_punctuation("\n".join(distinct)).casefold().split("\n")
    if len(keys) != len(distinct):
        return range(1, len(heads))  # a head holding a line feed of its own
    kept = {
        head
        for head, key in zip(distinct, keys, strict=True)
        if key[:2] in title or not head.isprintable()
    }
    return compress(range(1, len(heads)), map(kept.__contains__, heads[1:]))


def _openings_in(title: str, texts: Sequence[str], numbers: list[int]) -> list[int]:
    """The blocks of ``numbers`` whose opening (the first six characters of the
    fold of their first twelve) stands in the folded ``title``: a block whose
    opening is nowhere in the title needs no fold of the whole line. The
    openings are folded together, one fold of punctuation (``_fold_punctuation``)
    and one casefold a page:
    neither maps a character to white space or a line feed, nor white space to
    anything else, so cutting the folded openings at their line feeds gives
    each one's fold (white space aside, which each then collapses). A block
    holding a line feed of its own has them folded one by one."""
    heads = "\n".join([texts[n][:12] for n in numbers])
    if heads.count("\n") != len(numbers) - 1:
        return [n for n in numbers if _fold(texts[n][:12])[:6] in title]
    folded = _fold_punctuation(heads).casefold()
    if "\x00" in folded:
        return [
            n
            for n, head in zip(numbers, folded.split("\n"), strict=True)
            if " ".join(head.split())[:6] in title
        ]
    # Each opening's white space collapsed as ``" ".join(head.split())`` does,
    # all at once: the line feeds made NULs (no white space), the runs of the
    # whole text made one space by one split and join, then the spaces left
    # beside the NULs (one at most on each side) dropped.
    collapsed = " ".join(folded.replace("\n", "\x00").split())
    openings = collapsed.replace("\x00 ", "\x00").replace(" \x00", "\x00").split("\x00")
    return [n for n, head in zip(numbers, openings, strict=True) if head[:6] in title]


def _has_byline_under(texts: Sequence[str], number: int, knowledge: Knowledge) -> bool:
    """A byline or date line among the ``_BYLINE_AFTER_ANCHOR`` lines under a block."""
    return any(
        byline_line(texts[n], knowledge=knowledge) is not None
        or is_date_line(texts[n], knowledge=knowledge)
        for n in range(number + 1, min(len(texts), number + 1 + _BYLINE_AFTER_ANCHOR))
    )


def _repeats_title(text: str, keys: list[frozenset[str]]) -> bool:
    """True when a line has nearly the words of the title or of one of its parts
    (a site may add or drop an article or a word: ``The Doobie Brothers Unite``
    under the title ``Doobie Brothers Unite ... – Rolling Stone``): at least 80%
    of the larger set shared. Only lines of a headline's length are compared."""
    if not keys or len(text) > _HEADLINE_MAX_CHARS:
        return False
    return _shares_title(_tokens(text), keys)


def _shares_title(tokens: list[str], keys: list[frozenset[str]]) -> bool:
    """:func:`_repeats_title` from a line's tokens."""
    # A line sharing 80% of a key's words has at least that many tokens: most
    # lines are turned down before a set is built.
    if len(tokens) < _TITLE_OVERLAP * min(map(len, keys)):
        return False
    return _shares_words(frozenset(tokens), keys)


def _shares_words(words: frozenset[str], keys: list[frozenset[str]]) -> bool:
    """:func:`_repeats_title` from a line's words."""
    return any(
        len(words & key) >= _TITLE_OVERLAP * max(len(words), len(key)) for key in keys if words
    )


# Where in the photo someone stands: "(left)", "(L-R)", "(second right)",
# "(from left)" (Knowledge.position_marks and position_qualifiers). Literal
# alternations in brackets: linear.
@per_knowledge
def _position_mark(knowledge: Knowledge) -> regex.Pattern[str]:
    def spaced(words: Sequence[str]) -> str:
        return alternation(
            [r"\s".join(regex.escape(w) for w in m.split(" ")) for m in words], escape=False
        )

    qualifiers, marks = spaced(knowledge.position_qualifiers), spaced(knowledge.position_marks)
    return regex.compile(rf"(?i)\((?:{qualifiers}\s)?{marks}\)")


_POSITIONED_MAX_WORDS: Final = 40


# A picture agency's caption (Getty Images and the agencies filing in its
# style): the place and its country or state in capitals, a spaced dash, the
# month in capitals and the day, a colon, then the description (``LONDON,
# ENGLAND - MARCH 04: Commuters walk past …``). The credit that ends it,
# ``(Photo by Jane Roe/Getty Images)``, is often dropped by the page's text. No
# dateline has this form: a dateline's date is in small letters and ends in a
# dash (``LONDON, March 4 -``), and a sentence's capitals stop before a colon
# and a day. Capitals' runs are bounded, and the month a literal alternation
# after a dash the runs cannot hold: linear. The region is always there: a
# label alone before the date is a note of the story's (``UPDATE - MARCH 4:
# The council has confirmed …``, ``EDITOR'S NOTE - MARCH 5:``,
# ``CORRECTION - MARCH 5:``), no caption.
@per_knowledge
def _picture_agency_caption(knowledge: Knowledge) -> regex.Pattern[str]:
    months = alternation(sorted({spelling.upper() for spelling, _ in knowledge.months}))
    place = r"\p{Lu}[\p{Lu}\p{M}'’.-]*(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,5}"
    return regex.compile(rf"{place}, {place} [-–—] (?:{months}) \d{{1,2}}: +\p{{Lu}}")


def _is_picture_agency_caption(text: str, knowledge: Knowledge) -> bool:
    """A caption in a picture agency's form with its credit dropped (``LONDON,
    ENGLAND - MARCH 04: Commuters walk past the station …``), of a caption's
    length. String test first: most blocks hold no colon among their first
    words."""
    stripped = text.strip()
    return (
        ":" in stripped[:_PICTURE_AGENCY_HEAD]
        and len(stripped.split()) <= _POSITIONED_MAX_WORDS
        and _picture_agency_caption(knowledge).match(stripped) is not None
    )


# How far into a block a picture agency's caption's colon stands at most: the
# place, the region and the date, each a few words.
_PICTURE_AGENCY_HEAD: Final = 120


# A caption opening with a label that points at the photo (``Pictured: Jane
# Roe outside the court on Monday``, ``Above: A coworking space in Vale.``,
# ``Im Bild: …``; Knowledge.photo_pointers): a tabloid's, a tech site's, a
# translated site's caption, printed with no credit between the story's
# paragraphs or over them. Read as prose, it was a paragraph, or left out with
# the header, silently. Only the colon's form (``Above all, …`` and ``Below,
# we look at …`` open sentences). Told by string tests, no pattern: an
# alternation of the labels cost 12 million instructions to compile.
@per_knowledge
def _photo_pointers(knowledge: Knowledge) -> tuple[str, ...]:
    return tuple(" ".join(label.split()) for label in knowledge.photo_pointers)


# How far into a block a photo pointer's colon stands at most: the longest
# label (``pictured from left:``), its spaces and a line's indent.
_PHOTO_POINTER_HEAD: Final = 32
# Words after the pointer, at least: a name (``Pictured: Jane Roe``).
_PHOTO_POINTER_MIN_WORDS: Final = 2


# A caption printed word for word under each photo of a series between the
# story's paragraphs (a blog's ``2018 Vale Theatre Series <The Harbour> 'Autumn
# Festival'`` under each of six photos of the night): read as paragraphs, the
# body showed one line six times among its own. Shown three times or more,
# never twice in a row, of six words or more and no sentence's end (a page
# showing its story twice repeats each paragraph once, sentences; a table's
# header row, ``Pos Player Plays % Stats``, is shorter), each showing next to
# a sentence (a list's item shown again in the next list, a product's feature
# or a video's title, stands among other items), with no bar and no
# label's colon after its first words (a shop's link repeated under each
# product, ``See it now: Amazon``; a title's colon further in is the caption's,
# ``… Series [The Harbour: A Tale of Two Quays] …``).
_SERIES_CAPTION_MIN_SHOWN: Final = 3
_SERIES_CAPTION_MIN_WORDS: Final = 6
# A label before a colon is this many words at most (``See it now:``).
_LINK_LABEL_WORDS: Final = 3
# A button's or a promotion's verb opening a line repeated between the
# paragraphs (``Buy now from the Vale Shop``, ``Scroll down to continue
# reading``): no caption opens so (``View of …`` does, and is not here).
# Not ``_PAGE_BUTTON_VERBS``: that set bids the reader act on the page's own
# thing (``View this story``, ``Like this article``, ``Play the video``) and a
# photo's caption opens with its words (``View of the quay``, ``Play at the
# Lido``, ``Report cards handed out``), so here they would leave a series'
# caption in the body; this set's shop and scroll verbs (``Buy``, ``Click``,
# ``See``) name no page's thing there.
_BUTTON_VERBS: Final = frozenset(
    "buy shop scroll click tap read watch listen subscribe sign follow share download get "
    "continue see".split()
)


def _series_captions(
    stripped: Sequence[str], flags: tuple[Sequence[bool], Sequence[bool]], stretch: tuple[int, int]
) -> dict[int, bool]:
    """The blocks of the story's stretch that print one caption under each
    photo of a series (see ``_SERIES_CAPTION_MIN_SHOWN``), by number: True for
    the first showing (the caption), False for the others (shown again).
    ``flags`` are the blocks' ``sentence`` and ``furniture`` flags: most blocks
    end like a sentence and are asked nothing more, and a furniture phrase
    (``Sign up for our daily newsletter``) is left to the furniture."""
    sentence, furniture = flags
    start, end = stretch
    # The blocks neither a sentence nor furniture, picked in C (most are
    # sentences), counted in C: most pages show none of them three times,
    # and are asked nothing more.
    candidates = list(map(not_, map(or_, sentence[start:end], furniture[start:end])))
    counts = Counter(compress(stripped[start:end], candidates))
    if max(counts.values(), default=0) < _SERIES_CAPTION_MIN_SHOWN:
        return {}
    shown: dict[str, list[int]] = {}
    for number in compress(range(start, end), candidates):
        text = stripped[number]
        if counts[text] < _SERIES_CAPTION_MIN_SHOWN:
            continue
        colon = text.find(":")
        if (
            "|" not in text
            and (colon < 0 or len(text[:colon].split(None, _LINK_LABEL_WORDS)) > _LINK_LABEL_WORDS)
            and text.split(None, 1)[0].casefold() not in _BUTTON_VERBS
        ):
            shown.setdefault(text, []).append(number)
    series: dict[int, bool] = {}
    for text, numbers in shown.items():
        if (
            len(numbers) >= _SERIES_CAPTION_MIN_SHOWN
            and all(later - earlier > 1 for earlier, later in pairwise(numbers))
            and all(sentence[number - 1 : number + 2 : 2].count(True) for number in numbers)
            and _SERIES_CAPTION_MIN_WORDS
            <= len(text.split(None, _POSITIONED_MAX_WORDS))
            <= _POSITIONED_MAX_WORDS
        ):
            series[numbers[0]] = True
            series.update(dict.fromkeys(numbers[1:], False))
    return series


def _claim_pointing_caption(
    blocks: Sequence[int],
    number: int,
    credits: tuple[Collection[int], dict[int, int]],
    state: LineState,
) -> None:
    """Claim block ``number``, a caption opening with a label pointing at the
    photo (:func:`_is_pointing_caption`), and pair it with a credit alone on
    the line right above it that no caption took (``Photo: Jane Roe`` /
    ``Pictured: Jane Roe at the quay``): the pairs read a credit's caption
    over it first, and under a date line there is none. Unpaired, the credit
    was a caption's part with no caption, silently."""
    credit_lines, pairs = credits
    index = blocks[number]
    state.captions.append(index)
    state.claim(index, Role.CAPTION, "caption-pointing-label")
    above = number - 1
    if (
        above in credit_lines
        and above not in pairs
        and pairs.get(above - 1) != above
        and pairs.get(number) is None
        and state.rules[blocks[above]] == "caption-credit-line"
    ):
        state.caption_credits[index] = blocks[above]


def _is_pointing_caption(text: str, knowledge: Knowledge) -> bool:
    """A caption opening with a label pointing at the photo (``Pictured: Jane
    Roe outside the court``; :attr:`Knowledge.photo_pointers
    <wirestory.Knowledge.photo_pointers>`), a space and at least two words
    after it and at most a positioned caption's length in all. String tests
    first: most blocks hold no colon among their first characters; the
    labels are compared with the block's head in any case, its white space
    made single spaces."""
    if text.find(":", 0, _PHOTO_POINTER_HEAD) < 0:
        return False
    stripped = text.strip()
    head = " ".join(stripped[:_PHOTO_POINTER_HEAD].split()).casefold()
    labels = _photo_pointers(knowledge)
    if not head.startswith(labels):
        return False
    label = next(label for label in labels if head.startswith(label))
    words = len(stripped.split(None, _POSITIONED_MAX_WORDS))
    return (
        head[len(label) : len(label) + 1] == " "
        and words <= _POSITIONED_MAX_WORDS
        and words - label.count(" ") - 1 >= _PHOTO_POINTER_MIN_WORDS
    )


# How far from a block's end a spaced dash before a generic credit stands
# ("… — Handout", "… - Supplied"): the longest word and its dash.
_GENERIC_CREDIT_REACH: Final = 12
# How much of a block's end is read for it, trailing spaces and all.
_GENERIC_CREDIT_TAIL: Final = 40


def _generic_credited_caption(text: str, knowledge: Knowledge) -> bool:
    """A caption between the story's paragraphs whose credit names no one:
    ``… outside the court (Handout)``, ``… on Mill Street — Supplied``
    (:func:`~wirestory.captions.has_generic_credit`), of a caption's length.
    No paragraph ends in one; it was a body paragraph, quietly. String tests
    first: most blocks end like a sentence, with no bracket or dash there."""
    # The block's end alone, not a copy of the whole paragraph: most blocks
    # are the story's, asked here one by one.
    tail = text[-_GENERIC_CREDIT_TAIL:].rstrip()
    if len(tail) < _GENERIC_CREDIT_REACH and len(text) > _GENERIC_CREDIT_TAIL:
        tail = text.strip()  # a long run of spaces at the end: rare
    tail = tail[-_GENERIC_CREDIT_REACH:]
    if tail[-1:] != ")" and " - " not in tail and " – " not in tail and " — " not in tail:
        return False
    stripped = text.strip()
    return CAPTION_MIN_WORDS < len(stripped.split()) <= CAPTION_MAX_WORDS and has_generic_credit(
        stripped, knowledge=knowledge
    )


def _is_positioned_caption(text: str, patterns: _Patterns, knowledge: Knowledge) -> bool:
    """A caption told by where its people stand in the photo, without a credit:
    a line opening with ``(L-R)`` (``(L-R) Jane Roe, John Doe``), or a phrase
    that is no sentence holding ``(left)``/``(right)``/``(center)`` (``Harbour
    master Jane Roe (left) at the quay in 2016``). A paragraph may say ``(left)``
    too (a tabloid's ``Jane Roe (left) said …``), but it ends like a sentence."""
    stripped = text.strip()
    # Cheapest test first: most paragraphs hold no bracket.
    if "(" not in stripped or len(stripped.split()) > _POSITIONED_MAX_WORDS:
        return False
    position_mark = _position_mark(knowledge)
    if position_mark.match(stripped) is not None:
        return True
    return (
        position_mark.search(stripped) is not None
        and patterns.sentence_end.search(stripped[-8:]) is None
        and stripped[-1:] not in ",;:"
    )


# A caption's participles ending in -ed, naming what its people do in the
# photo ("(L-R) Jane Roe and Tom Hale, seated, at the gala") or what they
# are ("…, both retired, at the quay"): no narration.
_CAPTION_PARTICIPLES: Final = frozenset(
    "pictured seated dressed gathered photographed shown named retired masked uniformed "
    "unidentified".split()
)
# Words opening a relative clause set off by commas: a caption tells what
# its people did before the photo so ("(L-R) Jane Roe and Tom Hale, who
# founded the club in 1990, pictured on Monday."; "… at the gala, where they
# were named winners."), its own words no narration.
_RELATIVE_PRONOUNS: Final = frozenset("who whose whom which where when".split())


def _contact_clause(words: Sequence[str]) -> slice:
    """The subject and the verb of a relative clause with no pronoun of its
    own in a caption's ``words`` (``… at the club they founded in 1990``,
    ``… outside the house that she built``): a subject pronoun, ``that``
    maybe before it, right after a preposition and one to three words of
    letters alone, no mark among them (the place the clause tells of), and
    the word after it; else an empty slice. That past tells what the place
    is, no narration; a pronoun after a verb (``… believe they founded …``)
    or a year (``… in 2016 they founded …``) opens none, nor a pronoun
    whose verb goes on to an article (``… at the meeting they voted against
    the plan``: the verb has its own object, the place none of its), and a
    past after the clause's verb narrates still (``… at the hall they built
    in 1990 voted against the plan``)."""
    for number, word in enumerate(words):
        if word.casefold() not in _CONTACT_SUBJECTS or any(
            later.casefold() in _ARTICLES for later in words[number + 2 :]
        ):
            continue
        start = number - 1 if number > 0 and words[number - 1].casefold() == "that" else number
        for before in range(max(0, start - 4), start - 1):
            if words[before].casefold() in _CAPTION_PREPOSITIONS and all(
                other.isalpha() for other in words[before + 1 : start]
            ):
                return slice(start, number + 2)
    return slice(0, 0)


# The subject of a relative clause with no pronoun of its own (``the club
# they founded``), and the prepositions placing a caption's people (``at``,
# ``outside``) before the place the clause tells of.
_CONTACT_SUBJECTS: Final = frozenset("they he she we i you".split())
# An article opens a noun phrase of its own: after a clause's verb, its object
# or another place (``… they voted against the plan``).
_ARTICLES: Final = frozenset("the a an".split())
_CAPTION_PREPOSITIONS: Final = frozenset(
    "at in on outside inside near by with beside behind during after before".split()
)


def _flag_narrating_positioned(
    text: str, index: int, state: LineState, knowledge: Knowledge
) -> None:
    """``caption-may-be-paragraph`` on a caption told by where its people
    stand (:func:`_is_positioned_caption`) that ends like a sentence and
    narrates: a past tense in -ed (``(L-R) Jane Roe, Tom Hale and Ann Lee all
    voted against the plan.``) or an irregular one (``… won the vote.``), a
    past or perfect auxiliary, or a speech verb, outside a relative clause
    set off by commas (``…, who founded the club in 1990, pictured …``).
    A caption describes its photo in the present (``… pose at the quay``) or
    names who is in it; a story's sentence pointing into the photo narrates.
    The end mark asked first: most such captions end in no full stop."""
    stripped = text.strip()
    if stripped[-1:] not in ".!?":
        return
    words: list[str] = []
    for segment in stripped.split(","):
        segment_words = segment.split()
        if segment_words and segment_words[0] not in _RELATIVE_PRONOUNS:
            bare = [word.strip(".;:!?()\"“”'’") for word in segment_words]
            # The words as printed: a mark between them (``… at the meeting;
            # they voted …``) ends the place, and no clause opens there.
            clause = _contact_clause(segment_words)
            words.extend(bare[: clause.start] + bare[clause.stop :])
    if not any(
        (word.islower() and word.endswith("ed") and word not in _CAPTION_PARTICIPLES)
        or word.casefold() in NARRATION_AUXILIARIES
        or (word in _IRREGULAR_PAST and word != "left")
        or is_speech_word(word, knowledge=knowledge)
        for word in words
    ):
        return
    state.problems.append(
        Problem(
            "caption-may-be-paragraph",
            f"a block between the story's paragraphs ({stripped[:60]!r}) opens with where "
            "people stand in a photo and was read as its caption, but it ends like a sentence "
            "and narrates: it may be a paragraph of the story",
            index,
        )
    )


# _TITLE_SEPARATOR as `re` finds it, its class read off the pattern so that the
# two cannot drift apart. `re`'s \s matches every character the regex module's
# does (and the separators \x1c to \x1f besides; a test asks both about every
# code point), so where this finds nothing, _TITLE_SEPARATOR finds nothing
# (and title_part no part: enrich sieves a story's lines by it).
TITLE_SEPARATOR_SHAPE: Final = re.compile(
    r"\s["
    + regex.search(r"\[([^\]]*)\]", _TITLE_SEPARATOR.pattern).group(1)  # type: ignore[union-attr]
    + r"]{1,2}\s"
)


def _no_title(first: str) -> bool:
    """Is ``first`` no page title (``title_part`` is None): too long, or without a
    title separator? Told without the regex module."""
    return len(first) > _HEADLINE_MAX_CHARS * 2 or TITLE_SEPARATOR_SHAPE.search(first) is None


def detect(lines: Sequence[Line], start: int, options: ParseOptions) -> _Blocks | None:
    """The page's blocks and their features when the text from ``start`` has the
    marks of a whole web page (:func:`looks_like_page`), else None."""
    # Wire copy (issue #17): every story that is not marked is asked, and most
    # are short, their first line a headline without a site's part or a long
    # first paragraph. With fewer than _PAGE_MIN_LINES lines the page's marks
    # are not looked for, and a first line no title can be rules out the titled
    # page: no is answered before any line is read.
    knowledge = options.knowledge
    untitled = _no_title(lines[start].text)
    if len(lines) - start < _PAGE_MIN_LINES and untitled:
        return _short_scrape(lines, start, knowledge)
    patterns = _patterns(knowledge)
    indexes = _non_blank(lines, start)
    if len(indexes) < _PAGE_MIN_LINES and untitled:
        return _short_scrape(lines, start, knowledge)
    blocks = None
    if len(indexes) >= _PAGE_MIN_LINES:
        # With no furniture phrase a text has no page marks
        # (_has_page_marks): a long wire story's blocks are not asked whether
        # they end like a sentence unless a titled page takes them.
        blocks = _blocks(lines, indexes, patterns, sentences=False)
        if any(blocks.furniture):
            blocks = _sentenced(blocks, patterns)
            if _has_page_marks(blocks):
                return blocks
    if _titled_page(lines, start, knowledge):
        return (
            _sentenced(blocks, patterns)
            if blocks is not None
            else _blocks(lines, indexes, patterns)
        )
    if blocks is None:
        return _short_scrape(lines, start, knowledge)
    opening = _opening_blocks(lines, start)
    found = (
        None
        if _no_title_under_menu(opening, knowledge)
        else _titled_after_menu(lines, start, knowledge)
    )
    # A long page with few furniture phrases and no title line, a menu over its
    # headline and byline (a photo gallery's ``1 / 10`` counters and captions
    # make it long): read as wire copy, the menu's first item was its headline.
    if found is not None or _no_menu_opening(opening):
        return found
    return _menu_over_byline(lines, start, knowledge)


def _short_scrape(lines: Sequence[Line], start: int, knowledge: Knowledge) -> _Blocks | None:
    """The blocks of a page too short for :func:`looks_like_page`'s marks
    (fewer than ``_PAGE_MIN_LINES`` lines): its title under a menu
    (:func:`_titled_after_menu`), or, with no title line, a page by its
    furniture (:func:`_furnished_page`); else None. The story's first two
    blocks are read once (:func:`_opening_blocks`), and a rule they rule out
    is not asked."""
    opening = _opening_blocks(lines, start)
    found = (
        None
        if _no_title_under_menu(opening, knowledge)
        else _titled_after_menu(lines, start, knowledge)
    )
    if found is None:
        found = _furnished_page(lines, start, knowledge)
    if found is not None or _no_menu_opening(opening):
        return found
    return _menu_over_byline(lines, start, knowledge)


class _Opening(NamedTuple):
    """A story's first two blocks (lines holding text, ``BLANK_CHARS`` aside),
    which the rules for a page too plain for its marks read first: a wire
    story's headline and first paragraph turn each of them down (issue #17:
    every story that is not marked is asked, and the rules' walks over the
    same lines were most of the page layout's cost on wire copy)."""

    first: str | None
    """The first block from the story's start (its headline, or a menu's
    first item), None when the story holds no text."""
    second: str | None
    """The block under it, None when there is none."""


def _opening_blocks(lines: Sequence[Line], start: int) -> _Opening:
    """The first two blocks from ``start`` (:class:`_Opening`): one walk, down
    to the second."""
    first = None
    for index in range(start, len(lines)):
        text = lines[index].text
        if text.strip(BLANK_CHARS):
            if first is not None:
                return _Opening(first, text)
            first = text
    return _Opening(first, None)


def _no_title_under_menu(opening: _Opening, knowledge: Knowledge) -> bool:
    """Do the story's first two blocks rule out :func:`_titled_after_menu`
    (its answer None), as its walk turns them down: a first block that is
    no menu's block nor a photo's caption over the title, or a second that
    has no title's shape (an end mark, or no title separator) and is neither
    (a wire story's first paragraph under its headline). With one block or
    none there is no title under a menu either."""
    first, second = opening
    if first is None or second is None:
        return True
    if not _menu_block(first) and not _caption_above_title(first, knowledge):
        return True
    end = second.rstrip()[-1:]
    if end in _END_MARKS:
        # A paragraph's end mark: no title's shape, and no menu's block.
        return not _caption_above_title(second, knowledge)
    return (
        (end in _PARAGRAPH_ENDS or _no_title(second))
        and not _menu_block(second)
        and not _caption_above_title(second, knowledge)
    )


def _no_menu_opening(opening: _Opening) -> bool:
    """Do the story's first two blocks rule out :func:`_menu_over_byline`
    (its answer None), as its walk turns them down: a first block that is
    neither a skip link nor a menu's item in small letters leaves no item
    counted and wants one at least under it, and a second block longer than
    a menu's item (``_MENU_ITEM_MAX_CHARS``, a wire story's first paragraph)
    can be none, nor anything the walk looks past before it counts an item
    (a date line, a sponsor's label, a tagline want an item above them).
    With one block or none no headline stands under a menu."""
    first, second = opening
    if first is None:
        return True
    stripped = first.strip()
    if (len(stripped) <= _PHRASE_MAX_CHARS and _remembered_phrase_key(stripped) in _SKIP_LINKS) or (
        len(first) <= _MENU_ITEM_MAX_CHARS and not first.isupper() and _site_name_shaped(first)
    ):
        return False
    return second is None or len(second) > _MENU_ITEM_MAX_CHARS


def _site_name_shaped(text: str) -> bool:
    """One to four words, the first opening in a capital or in a letter of a
    script without capitals, no end mark and no title separator (``Vale
    Post``, ``Marsh Valley Courier``, a menu's first item ``الرئيسية`` or
    ``首页``): the shape of a site's name or a menu's first item standing
    first on a page."""
    stripped = text.strip()
    # Words as a script without spaces between them counts them too
    # (lines.word_count): a Thai or Japanese headline is one run of letters.
    words = word_count(stripped)
    opening = stripped[:1]
    return (
        0 < words <= _SITE_NAME_MAX_WORDS
        and opening.isalpha()
        # A Georgian letter is "small" to Unicode, no page's (lines.is_georgian):
        # a Georgian menu's first item (``მთავარი``, home) opens a site's name.
        and not opens_small(opening)
        and stripped[-1:] not in _PARAGRAPH_ENDS
        and _no_title(stripped)
    )


_SITE_NAME_MAX_WORDS: Final = 4
# A site's host name alone on a line: labels of letters, digits and hyphens
# joined by dots, the last of letters (``valeherald.example``,
# ``www.metrowire.example``, ``archive.today``). Each label a bounded run of a
# class holding no dot: linear. (Not part of wirestory's API: the wire
# layout passes over one standing over a reader view's headline.)
HOST_NAME: Final = regex.compile(r"(?:[\p{Ll}\d][\p{Ll}\d-]{0,62}\.){1,4}\p{Ll}{2,24}")
_MENU_ITEM_MAX_WORDS: Final = 3


def _menu_item(text: str) -> bool:
    """A menu's item: one to three words, the first a capital, no end mark
    (``Home``, ``Local News``)."""
    stripped = text.strip()
    # The words between spaces first, their split bounded (a paragraph asked
    # is turned down at its fourth word); then as a script without spaces
    # counts them (lines.word_count: a Thai headline is one run of letters),
    # asked only of a line beyond ASCII: an ASCII line's words are those
    # between spaces, counted already.
    return (
        0 < len(stripped.split(None, _MENU_ITEM_MAX_WORDS)) <= _MENU_ITEM_MAX_WORDS
        and (stripped[:1].isupper() or is_georgian(stripped[:1]))
        and stripped[-1:] not in _PARAGRAPH_ENDS
        and (stripped.isascii() or word_count(stripped) <= _MENU_ITEM_MAX_WORDS)
    )


def _furnished_page(lines: Sequence[Line], start: int, knowledge: Knowledge) -> _Blocks | None:
    """The blocks of a short scrape with no title line (``Headline`` / ``By
    Jane Roe`` / ``Share`` / ``Facebook`` / story / ``Related Stories`` / …)
    holding ``_PAGE_MIN_PHRASES`` furniture phrases or more, each a whole
    line, as a long page must (:func:`_has_page_marks`): share buttons, a
    box's label, ``Advertisement``. Wire copy prints none of them, and read
    as wire the scrape kept them, its date line and its captions in the
    body. The page layout says it chose so (``short-page-by-furniture``).
    Only lines as short as a phrase are keyed (the story's paragraphs are
    turned down by their length), and the look stops at the third phrase.
    The first line must have a headline's shape and end in no full stop: a
    scrape that opens with the story's first paragraph has no headline, and
    read as a page that paragraph would be taken for one."""
    # Wire copy (issue #17): every short story is asked, and most hold fewer
    # short lines than the phrases wanted (a headline, maybe a byline, over
    # paragraphs longer than a phrase): told by the lines' lengths, before
    # the first line's shape and a consent banner are read.
    short_lines = 0
    for index in range(start, len(lines)):
        text = lines[index].text
        if len(text) <= _PHRASE_MAX_CHARS + _FURNITURE_SPACE and text.strip():
            short_lines += 1
            if short_lines == _PAGE_MIN_PHRASES:
                break
    else:
        return None
    patterns = _patterns(knowledge)
    first = lines[start].text.strip()
    # A site's name alone may stand first (``Vale Post``, the <title> of a
    # page that prints no headline in it): short, in no small letter; or its
    # host name (``valeherald.example`` over a reader view's text,
    # ``archive.today`` over an archived copy's toolbar).
    if first[-1:] in _PARAGRAPH_ENDS or not (
        _headline_shaped(first, knowledge)
        or _site_name_shaped(first)
        or HOST_NAME.fullmatch(first) is not None
    ):
        # A consent banner may stand over all (its sentence, then ``Accept
        # all``): the page's first line is the one under it.
        under = _under_consent_banner(lines, start, patterns)
        first = lines[under].text.strip()
        if (
            under == start
            or first[-1:] in _PARAGRAPH_ENDS
            or not (_headline_shaped(first, knowledge) or _site_name_shaped(first))
        ):
            return None
    phrases = 0
    for index in range(start, len(lines)):
        text = lines[index].text
        if len(text) > _PHRASE_MAX_CHARS + _FURNITURE_SPACE:
            continue
        stripped = text.strip()
        if stripped and _furniture_phrase(stripped, patterns):
            phrases += 1
            if phrases == _PAGE_MIN_PHRASES:
                return _blocks(lines, _non_blank(lines, start), patterns)
    return None


# White space a short line may carry around a furniture phrase.
_FURNITURE_SPACE: Final = 8


def _under_consent_banner(lines: Sequence[Line], start: int, patterns: _Patterns) -> int:
    """The first line under a consent banner opening the text at ``start``
    (up to ``_BANNER_MAX_BLOCKS`` lines holding a banner's word, a heading
    among them, over a row of furniture phrases holding an answering
    button: ``_consent_banners``), or ``start`` when none opens it. A short
    scrape whose first line is the banner's sentence (``We use cookies to …``
    / ``Accept all`` / the menu / the headline) was wire copy, the banner its
    first paragraph and the header its subheadings. String tests over a few
    lines."""
    search = patterns.consent.search
    held = 0
    index = start
    count = len(lines)
    while index < count:
        text = lines[index].text.strip()
        if text and len(text) <= _PHRASE_MAX_CHARS and _furniture_phrase(text, patterns):
            break
        if text:
            if held > _BANNER_MAX_BLOCKS or search(text[:_BOILERPLATE_WINDOW]) is None:
                return start
            held += 1
        index += 1
    answered = False
    row = 0
    while held and index < count and row < _BANNER_MAX_BUTTONS:
        text = lines[index].text.strip()
        if text:
            if len(text) > _PHRASE_MAX_CHARS or not _furniture_phrase(text, patterns):
                break
            answered = answered or _remembered_phrase_key(text) in patterns.consent_buttons
            row += 1
        index += 1
    return index if answered and index < count else start


# A page's skip links over its header, keyed as furniture phrases are.
_SKIP_LINKS: Final = frozenset(
    {"skip to main content", "skip to content", "skip to navigation", "skip links"}
)

# A short scrape's menu over its headline: at least this many items (the
# site's name may be the first) over a byline, one over a date line; the
# byline or date line among this many blocks under the headline (a date line
# may stand above the byline).
_MENU_MIN_ITEMS: Final = 2
_MENU_BYLINE_LOOKAHEAD: Final = 2
# Past those two blocks, lines with no end mark (a player's, a share bar's)
# are looked past up to this many blocks under the headline.
_MENU_HEADER_LOOKAHEAD: Final = 8
_DATE_LABEL_MAX_WORDS: Final = 2
# A menu's item is short in characters too: a Thai headline puts no space
# between its words, and is two or three "words" long.
_MENU_ITEM_MAX_CHARS: Final = 30


def _menu_over_byline(lines: Sequence[Line], start: int, knowledge: Knowledge) -> _Blocks | None:
    """The blocks of a short scrape with no title line and little furniture
    that opens with a menu's items, one a line (``_site_name_shaped``: in
    scripts without capitals too, ``الرئيسية`` / ``أخبار`` / ``اقتصاد``,
    ``首页`` / ``新闻``), over a line with no end mark and a byline or a date
    line right under it (``بقلم: أحمد السيد``, ``记者 王明``): a page's header.
    Read as wire copy, the first item was its headline and the others, the
    byline and the captions its paragraphs. Wire copy opens with its headline
    (rarely four words or fewer), and its slug lines are in capitals, which
    no menu item is: the look stops at the second block for most of it. A
    site's name in capitals may stand first, over the menu (``USA NOW`` /
    ``News`` / ``Sports`` / headline / ``Jane Roe`` / ``USA TODAY`` /
    ``Published …``): passed over, it leaves the menu's items in small
    letters to count, ``_MENU_MIN_ITEMS`` of them at least (a wire story's
    slug over its headline has none). The page layout says it chose so
    (``short-page-by-furniture``)."""
    if not _opens_with_short_line(lines, start):
        return None
    items = worded = 0
    headline = last_item = None
    dated = sponsored = False
    # The fewest items under a site's name in capitals standing first.
    wanted = 1
    # The page's first line past its skip links (``Skip to main content`` /
    # a site's tagline / ``World`` / …): counted as a menu's item, the link
    # left the tagline under it unread as one, and the page was wire copy,
    # the link its headline, silently.
    opening = start
    seen = 0
    over_byline = False
    previous: int | None = None
    current: int | None = None
    for index in range(start, len(lines)):
        text = lines[index].text
        if not text.strip(BLANK_CHARS):
            opening += index == opening
            continue
        seen += 1
        # The non-blank line over this one: a short headline stands right
        # over its byline, no menu's item does.
        previous, current = current, index
        stripped = text.strip()
        if (
            index == opening
            and len(stripped) <= _PHRASE_MAX_CHARS
            and _remembered_phrase_key(stripped) in _SKIP_LINKS
        ):
            # Still the menu's item it was counted as: only the tagline's
            # place moves under it.
            opening += 1
            items += 1
            last_item = index
            continue
        # A country's initials among the items (``World`` / ``U.S.`` /
        # ``Politics``, US sites' menus): an item, though it ends in a full
        # stop; read as a paragraph's end it ended the menu, and the page was
        # wire copy, its site's name the headline.
        if items and _INITIALS_ITEM.fullmatch(stripped) is not None:
            items += 1
            continue
        # An advertiser's label over a paid post's headline (``Paid Post`` /
        # ``Sponsored by Vale Energy`` / headline, papers' brand studios): a
        # page's form, no wire story's, and such a post has no byline or
        # date for the look under the headline to find. Read as wire copy,
        # the site's name was its headline and the menu its paragraphs,
        # silently.
        if not sponsored and items >= wanted and _SPONSOR_LINE.fullmatch(stripped) is not None:
            sponsored = True
            continue
        # A headline of four words or fewer right over its byline or date
        # line reads as the menu's last item too (``Port`` / ``City`` /
        # ``Weather`` / ``Ferry fares rise again`` / ``By Jane Roe``): the
        # byline, itself site-name shaped (``By Jane Roe``), was counted as
        # one more item, and the page was wire copy, the site's name its
        # headline, silently. No menu's item stands right over a
        # byline or a date line; wire copy's short headline does, but under
        # no run of items (one section's kicker at most, ``_MENU_MIN_ITEMS``).
        if (
            last_item is not None
            and last_item == previous
            and items > _MENU_MIN_ITEMS
            and (
                byline_line(stripped, knowledge=knowledge) is not None
                or is_date_line(stripped, knowledge=knowledge)
            )
            # Rows of bylines over dates (``By Jane Roe`` / ``March 4, 2025``
            # / ``By Tom Hale`` / ``March 5, 2025``), each counted as an
            # item, are no menu over a headline: the line over the byline is
            # neither.
            and byline_line(lines[last_item].text.strip(), knowledge=knowledge) is None
            and not is_date_line(lines[last_item].text.strip(), knowledge=knowledge)
        ):
            headline = last_item
            over_byline = True
            break
        if _site_name_shaped(text) and len(text) <= _MENU_ITEM_MAX_CHARS:
            if not text.isupper():
                items += 1
                worded += " " in stripped
                last_item = index
                if items > _MENU_BEFORE_TITLE:
                    return None
                continue
            if index == opening:
                wanted = _MENU_MIN_ITEMS
                continue
            # A tabloid's menu in capitals under its name in capitals (``THE
            # DAILY BUGLE`` / ``NEWS`` / ``SPORT`` / ``SHOWBIZ`` / headline /
            # ``By Jane Roe``: a browser's text keeps the capitals a style
            # sheet sets): one section's word a line, of letters only and no
            # wire's label (``URGENT``, ``ADVISORY``, Knowledge.dateline_labels),
            # counted as an item. Read as none, the page was wire copy, the
            # site's name its headline and the header its subheadings,
            # silently. A short headline in capitals stands over its byline or
            # date line, which no item does; the look under the headline
            # still wants one of them.
            if (
                wanted == _MENU_MIN_ITEMS
                and stripped.isalpha()
                and stripped not in knowledge.dateline_labels
                and not _header_line_under(lines, index, knowledge)
            ):
                items += 1
                last_item = index
                continue
        # A site's tagline first, over the menu (``Exclusive news and data for
        # market professionals`` / ``World`` / ``Business`` / …): a line with
        # no end mark, as a wire story's headline is, wants more items under
        # it than a site's name in capitals does (a wire headline stands over
        # its byline or its first paragraph, no run of short items).
        if (
            index == opening
            and not _ends_like_paragraph(stripped)
            and not _menu_bar(stripped)
            # Under a skip link, a tagline of a few words more than a
            # menu's item (``* News`` under ``Skip to content`` is an item).
            and (opening == start or word_count(stripped) > _SITE_NAME_MAX_WORDS)
        ):
            wanted = _MENU_MIN_ITEMS + 1
            continue
        # A blog's tagline under its name, over the menu (``Kellsmouth Notes``
        # / ``Local news and views from Kellsmouth`` / ``Home`` / ``About`` /
        # …, WordPress themes' header): read as the headline the menu ended
        # at, the page was wire copy, the blog's name its headline, silently.
        # As a tagline first: no end mark, a few words more than an item, and
        # two items wanted under it besides the name; and three menu items
        # right under it (a headline under a section's label has its byline,
        # the writer's name and title or its deck there: ``Sport`` /
        # headline / ``By Jess Appiah``; ``Health`` / headline / ``Sophie
        # Tennant`` / ``Health Correspondent``).
        if (
            seen == 2
            and items == 1
            and wanted == 1
            and not _ends_like_paragraph(stripped)
            and not _menu_bar(stripped)
            and word_count(stripped) > _SITE_NAME_MAX_WORDS
            and len(stripped) <= _HEADLINE_MAX_CHARS
            and _menu_items_under(lines, index, knowledge)
        ):
            wanted = _MENU_MIN_ITEMS + 1
            continue
        # A weekly's date line between its menu and its headline (``Local
        # News`` / ``4th March 2025`` / ``Share`` / headline / ``By Jane
        # Roe``): looked past once, under the menu's items. Taken for the
        # headline, it was turned down and the page read as wire copy, the
        # site's name its headline, silently.
        if not dated and items >= wanted and is_date_line(stripped, knowledge=knowledge):
            dated = True
            continue
        # A headline of four words or fewer in title case reads as the menu's
        # last item (``The Last Lighthouse Keepers``); the deck under it, one
        # sentence, over a byline or a date line, tells it (``On a rock …
        # keeping.`` / ``By Jane Roe and Tom Bay``): the last item is the
        # headline. Wire copy opens with no run of items over its headline.
        if (
            last_item is not None
            and items > _MENU_MIN_ITEMS
            and _ends_like_paragraph(stripped)
            and len(stripped) <= _HEADLINE_MAX_CHARS
            and _header_line_under(lines, index, knowledge)
        ):
            headline = last_item
            break
        if (
            items < wanted
            or _ends_like_paragraph(stripped)
            or len(stripped) > _HEADLINE_MAX_CHARS
            # A wire story's short headline over its byline or date line is
            # no menu over a headline (``Grain prices hold steady`` / ``By
            # Jane Roe | Dec. 3, 2026``).
            or byline_line(stripped, knowledge=knowledge) is not None
            or is_date_line(stripped, knowledge=knowledge)
        ):
            return None
        headline = index
        break
    if headline is None:
        return None
    # Under a tagline, or over a deck, a menu's items are mostly a section's
    # one word (``World`` / ``Business`` / ``Markets``). A headline over a
    # list of names of two words is wire copy's (``Cup final line-ups`` /
    # ``Vale United`` / ``Harbour City`` / ``Referee`` / a sentence / ``By
    # Jane Roe``; ``New Year honours: the valley's recipients`` / three
    # people's names): read as a page, its first paragraph was the
    # headline, silently.
    # A list's names stand over a sentence, never right over a byline: a run
    # of items of two words (``Local News`` / ``Real Estate``) over a short
    # headline over its byline is a page's still.
    if (
        (wanted > _MENU_MIN_ITEMS or headline == last_item)
        and worded * 2 >= items
        and not over_byline
    ):
        return None
    if sponsored:
        return _blocks(lines, _non_blank(lines, start), _patterns(knowledge))
    # A press room's release under its menu, its date (or its embargo's)
    # over the headline and no byline nor date under it (``Newsroom`` /
    # ``Research`` / ``Events`` / ``EMBARGOED UNTIL 00:01 GMT TUESDAY 4
    # MARCH 2025`` / headline / the release): a run of items, then a date,
    # then the headline is a page's header; wire copy dates its story under
    # the headline, in its dateline. Read as wire copy, the newsroom's name
    # was its headline and every line its paragraphs, silently (heldout34).
    if dated and items > _MENU_MIN_ITEMS:
        return _blocks(lines, _non_blank(lines, start), _patterns(knowledge))
    looked = listed = rows = 0
    named = False
    name = ""
    for index in range(headline + 1, len(lines)):
        text = lines[index].text.strip(BLANK_CHARS)
        if not text:
            continue
        if is_date_line(text, knowledge=knowledge) or _labelled_date_line(text, knowledge):
            return _blocks(lines, _non_blank(lines, start), _patterns(knowledge))
        # One section's label over a headline and a byline is wire copy's
        # form too (a kicker, ``الرئيسية`` / headline / ``بقلم: …``); over a
        # date line on its own (``Health`` / headline / ``By Jane Roe`` /
        # ``March 5 2026``), which wire copy sets in its dateline, a page's.
        if items >= _MENU_MIN_ITEMS and byline_line(text, knowledge=knowledge) is not None:
            return _blocks(lines, _non_blank(lines, start), _patterns(knowledge))
        # A summary box under the headline (``Key points`` / three bullets
        # ending in full stops / ``By Jane Roe``): its rows are looked past
        # as a player's are, the sentences no wire story's first paragraph.
        if rows:
            rows -= 1
            continue
        if looked < _MENU_BYLINE_LOOKAHEAD and _summary_label(text):
            rows = _SUMMARY_MAX_ROWS
            continue
        # A newswire's provider box over the release's date (``NEWS PROVIDED
        # BY`` / ``Vale Robotics Inc.`` / ``04 Mar, 2025, 10:32 ET``): the
        # company's name ends in its abbreviation's full stop, which ended
        # the look as a paragraph's end, and the page was wire copy, the
        # wire's name its headline, silently. The label and the name under
        # it are looked past.
        if text.casefold() in _PROVIDER_LABELS:
            rows = 1
            continue
        # A contributor network's disclaimer and the writer's bio under the
        # name (``Jane Roe`` / ``Contributor`` / ``Opinions expressed by
        # contributors are their own.`` / ``I write about …`` / ``Follow`` /
        # the date) end in full stops, as no player's line does: looked past
        # under a name, as the header's lines; read as the first paragraph,
        # they made the page wire copy.
        if named and (_writer_aside(text, knowledge) or _bio_under_name(text, name, knowledge)):
            continue
        if not named and looked < _MENU_BYLINE_LOOKAHEAD:
            named = page_person_names(text, knowledge=knowledge) is not None
            name = text
        looked += 1
        # A podcast's or an obituary's page sets a player, a share bar or a
        # name in index form between its headline and its date (``Listen to
        # this episode`` / ``Play`` / ``0:00 / 24:13`` / ``Published 5 March
        # 2026``): lines with no end mark, which wire copy's first paragraph
        # under its headline is not, are looked past; so is no story's own
        # run of lines (:func:`_story_line`).
        # Names of two words or more, one a line, past those two blocks are a
        # list's (``Five shares to watch`` / ``Vale Energy`` / ``Harbour
        # Bank`` / …), the story's: a header prints a name and a title
        # there, not a run of names.
        if looked > _MENU_BYLINE_LOOKAHEAD and " " in text and _site_name_shaped(text):
            listed += 1
        if looked >= _MENU_BYLINE_LOOKAHEAD and (
            looked == _MENU_HEADER_LOOKAHEAD
            or text[-1:] in _PARAGRAPH_ENDS
            or _story_line(text)
            or listed == _MENU_LISTED_NAMES
        ):
            break
    return None


# A newswire's label over the name of the company whose release it carries.
_PROVIDER_LABELS: Final = frozenset({"news provided by", "provided by"})

# A tagline has this many menu items right under it.
_ITEMS_UNDER_TAGLINE: Final = 3


def _menu_items_under(lines: Sequence[Line], index: int, knowledge: Knowledge) -> bool:
    """Are the ``_ITEMS_UNDER_TAGLINE`` non-blank lines under line ``index``
    each a menu's item (``_menu_item``, site-name shaped), none a byline, a
    date line, a person's name or a writer's title (``Dev Raman`` / ``March
    4, 2025``, ``Sophie Tennant`` / ``Health Correspondent`` under a
    headline)?"""
    found = 0
    for number in range(index + 1, len(lines)):
        text = lines[number].text.strip()
        if not text:
            continue
        if (
            not _menu_item(text)
            or not _site_name_shaped(text)
            or byline_line(text, knowledge=knowledge) is not None
            or is_date_line(text, knowledge=knowledge)
            or page_person_names(text, knowledge=knowledge) is not None
            or names_a_writer(text, knowledge=knowledge)
        ):
            return False
        found += 1
        if found == _ITEMS_UNDER_TAGLINE:
            return True
    return False


# What a line of the menu counted first may be long: a skip link
# (_SKIP_LINKS, a furniture phrase) or a menu's item (_MENU_ITEM_MAX_CHARS).
_MENU_OPENING_MAX_CHARS: Final = max(_PHRASE_MAX_CHARS, _MENU_ITEM_MAX_CHARS)


def _opens_with_short_line(lines: Sequence[Line], start: int) -> bool:
    """Is the first or the second non-blank line from ``start`` short enough
    to be a menu's item or a skip link (``_MENU_OPENING_MAX_CHARS``)?
    :func:`_menu_over_byline` counts no item after a first line that is no
    item (a site's name in capitals, a tagline) but the next, and it wants
    one: a wire story, its headline and first paragraph both longer, is
    turned down without reading their words (issue #17: every short story is
    asked)."""
    seen = 0
    for index in range(start, len(lines)):
        text = lines[index].text
        if not text.strip(BLANK_CHARS):
            continue
        if len(text.strip()) <= _MENU_OPENING_MAX_CHARS:
            return True
        seen += 1
        if seen == 2:
            return False
    return False


# An advertiser's label over a paid post's headline: the label's words and
# the advertiser's name in title case (a bounded run of words of one class
# each: linear).
_SPONSOR_LINE: Final = regex.compile(
    r"(?:Sponsored by|Paid for by|Brought to you by|In partnership with|Presented in"
    r" partnership with) \p{Lu}[\p{L}\d.&'’-]*+(?: [\p{L}\d.&'’-]++){0,5}"
)

# Names past the first blocks under a menu's headline that make a list.
_MENU_LISTED_NAMES: Final = 3

# A menu's item of a country's or a city's initials (``U.S.``, ``N.Y.``, ``U.K.``).
_INITIALS_ITEM: Final = regex.compile(r"(?:\p{Lu}\.){2,3}")


def _header_line_under(lines: Sequence[Line], index: int, knowledge: Knowledge) -> bool:
    """Is the next non-blank line under ``lines[index]`` a byline or a date
    line, a header's line under a headline's deck?"""
    for below in range(index + 1, len(lines)):
        text = lines[below].text.strip(BLANK_CHARS)
        if text:
            return byline_line(text, knowledge=knowledge) is not None or is_date_line(
                text, knowledge=knowledge
            )
    return False


def _story_line(text: str) -> bool:
    """A line of a story's own run under its headline, never a player's or a
    share bar's: a line of verse or of a list going on (ending in a comma or
    a semicolon, ``The wheel is still, the race runs dry,``; words opening
    in a small letter, ``and no one hears the hooter cry``, where a writer's
    address is one word, ``jroe@valepost.example``) or an interview's
    question or answer (``Q: How long have you worked here``, ``A. Thirty
    years``). A poem's or a Q&A's page under a section's label (``Poetry``
    / headline / the verse / its date) was read as a page, its lines left out
    as the header's and one of them taken for the headline."""
    return (
        text[-1:] in _LIST_LINE_ENDS
        or (text[:1].islower() and " " in text)
        or (len(text) > 2 and text[0] in "QA" and text[1] in ":." and text[2] == " ")
    )


_LIST_LINE_ENDS: Final = ",;"


def _labelled_value(text: str, label_words: int) -> str | None:
    """What follows a label of one to ``label_words`` words, a colon and a
    space (``Born: June 3, 1931``, ``Weight: 490g``, ``England (Group A):
    10th appearance``), or ``None``. The first colon is the label's: a line
    whose first colon has no space after it (``12:30 …``, ``https://…``) is a
    time's or a link's, no label's."""
    label, colon, value = text.partition(":")
    if colon and value[:1] == " " and 0 < len(label.split()) <= label_words:
        return value
    return None


def _labelled_date_line(text: str, knowledge: Knowledge) -> bool:
    """A date under a label of one or two words and a colon (``Died: February
    26, 2026``, ``Born: June 3, 1931``): an obituary page's dates of life,
    which stand where another page prints its date line."""
    value = _labelled_value(text, _DATE_LABEL_MAX_WORDS)
    return value is not None and is_date_line(value.strip(), knowledge=knowledge)


def opens_titled_page(lines: Sequence[Line], knowledge: Knowledge) -> bool:
    """Do ``lines`` open with a scraped page's title line (``Headline SEP
    Site``) whose headline part a line of the page shows again below it,
    exactly? Story splitting asks it of a line glued under a story (one blank
    line or none, a rule or a dump's separator between): a page pasted under
    another story opens so, where a subheading or a paragraph never repeats
    itself below with a site's name."""
    return _titled_page(lines, 0, knowledge)


def opens_whole_page(lines: Sequence[Line], knowledge: Knowledge) -> bool:
    """Do ``lines`` open with a whole scraped page: its title line
    (``Headline SEP Site``), a menu of one short line or more, the title's
    headline part shown again exactly, and right under it a byline or a date
    line over a paragraph of prose? Story splitting asks it where a title
    line glued under a story is doubted as a page's (its headline part two
    words, ``Ferries return | Vale Post``, or the line over it ending in a
    colon): a table's row (``Harbour United | Vale Rovers`` over ``Harbour
    United``) or a related link under ``Read more:`` shows its first part
    again with no menu between and no byline under it."""
    if not lines:
        return False
    texts = [
        lines[0].text.strip(),
        *(line.text.strip() for line in lines[1:] if not is_blank(line.text)),
    ]
    return _page_under_title(texts, knowledge, menu=True)


def shows_page_under_title(texts: Sequence[str], knowledge: Knowledge) -> bool:
    """Do the non-blank lines ``texts`` open with a scraped page's header
    with or without a menu: its title line (``Ferries return | Vale Post``),
    the title's headline part shown again exactly within
    ``_WHOLE_PAGE_LOOKAHEAD`` lines, a byline or a date line right under it
    and a paragraph of prose under that? Asked of the lines inside a story,
    where a page pasted with no menu between its title and its headline (a
    two-word headline part, or under ``Read more:``) is not cut
    (:func:`opens_whole_page` wants the menu) and is said
    (``possible-story-boundary``). A table's row over its side's name or a
    related link's teaser prints no byline nor date under the name."""
    return _page_under_title(texts, knowledge, menu=False)


def _page_under_title(texts: Sequence[str], knowledge: Knowledge, *, menu: bool) -> bool:
    """:func:`opens_whole_page` (``menu``: a menu of short lines between the
    title ``texts[0]`` and its headline part) and :func:`shows_page_under_title`
    (the part within the next lines, maybe right under the title)."""
    part = title_part(texts[0]) if texts else None
    if part is None:
        return False
    texts = texts[1:] if menu else texts[1 : 1 + _WHOLE_PAGE_LOOKAHEAD + _WHOLE_PAGE_LOOKAHEAD]
    folded = _fold(part)
    # With no menu the part is shown within _WHOLE_PAGE_LOOKAHEAD lines or
    # the page is none (below): the lines under those are not folded.
    shown = next(
        (
            index
            for index, text in enumerate(texts if menu else texts[:_WHOLE_PAGE_LOOKAHEAD])
            if _fold(text) == folded
        ),
        None,
    )
    if shown is None or (menu and (not shown or not all(_menu_block(t) for t in texts[:shown]))):
        return False  # no menu between (a table's row, a related link)
    if shown and all(_holds_digit(text) for text in texts[:shown]):
        # Figures alone between (``2 | 1``, ``Played 4``): a table's rows,
        # no menu; a page's menu holds a word line (``Home``, ``News``).
        return False
    if not menu and shown >= _WHOLE_PAGE_LOOKAHEAD:
        return False
    under = texts[shown + 1 : shown + 1 + _WHOLE_PAGE_LOOKAHEAD]
    if not under or (
        byline_line(under[0], knowledge=knowledge) is None
        and not is_date_line(under[0], knowledge=knowledge)
    ):
        return False
    return any(
        _ends_like_paragraph(text) and len(text.split()) >= _WHOLE_PAGE_PROSE_WORDS
        for text in under[1:]
    )


def _holds_digit(text: str) -> bool:
    """Does ``text`` hold a digit (a table's figure, a score)?"""
    return any(char.isdigit() for char in text)


# Under a whole page's headline: its byline, a date line, then prose among
# this many blocks; a paragraph of prose holds this many words or more.
_WHOLE_PAGE_LOOKAHEAD: Final = 4
_WHOLE_PAGE_PROSE_WORDS: Final = 8


def _titled_page(lines: Sequence[Line], start: int, knowledge: Knowledge) -> bool:
    """True when the first line is a page title ``Headline SEP Site`` and a line
    of the next ``_TITLE_PART_LOOKAHEAD`` blocks is its headline part exactly: a
    scraped page too short or plain for menus (``title``, ``headline``, story),
    which a wire story, whose headline is shown once, never is."""
    first = lines[start].text
    if _no_title(first) or title_part(first) is None:
        return False
    texts = [
        line.text
        for line in lines[start : start + 4 * _TITLE_PART_LOOKAHEAD]
        if not is_blank(line.text)
    ]
    return (
        _shows_title_part(texts, knowledge)
        or _rewritten_headline_over_byline(texts, knowledge)
        or _headline_part_under_title(texts)
    )


def _headline_part_under_title(texts: Sequence[str]) -> bool:
    """Does the block under the title ``texts[0]`` (``Headline SEP Site``, two
    parts, the site's a name's shape) show its first part exactly, a line
    under it? ``Ferry fares rise - The Island Courier`` / ``Ferry fares
    rise`` / the story (or a date line): the site's name is the title's longer part, which
    :func:`title_part` takes for the headline, so no line showed it and the
    page (no byline, no date line) was read as wire copy, the title its
    headline and the real headline a subheading, silently (silent61). Wire
    copy never prints its headline's first part again under it."""
    if len(texts) < 3:
        return False
    parts = _TITLE_SEPARATOR.split(texts[0].strip())
    return (
        len(parts) == 2
        and len(parts[0].split()) >= _TITLE_PART_MIN_WORDS
        and _site_name_shaped(parts[1])
        and _fold(texts[1]) == _fold(parts[0])
    )


# A page's headline over its byline stands among the first blocks under the
# title (a short menu between): at most this many; a headline holds at most
# this many words.
_TITLE_BYLINE_LOOKAHEAD: Final = 12
_REWRITTEN_HEADLINE_MAX_WORDS: Final = 30
# Words a headline and a page title rewriting it share: at least this many of
# this many letters or more ("Council delays stadium vote" over "Council
# delays vote on new stadium as fans fear club will leave": four).
_TITLE_SHARED_WORDS: Final = 2
_TITLE_WORD_MIN_CHARS: Final = 4


def _rewritten_headline_over_byline(texts: Sequence[str], knowledge: Knowledge) -> bool:
    """Does a block under the title ``texts[0]`` (``Headline SEP Site``) read
    as the page's headline over its byline (``By Jane Roe``, any page form)
    or its date line (``March 4, 2025``), sharing words with the title's
    headline part? A page's title is often its
    headline rewritten for search engines (``Council delays stadium vote |
    City Echo`` over ``Council delays vote on new stadium as fans fear club
    will leave``), so no line shows it exactly; a short page with little
    furniture then read as wire copy, the title its headline, the menu, the
    headline and the byline its paragraphs. Wire copy's headline has no
    site's part after a separator."""
    part = title_part(texts[0])
    if part is None:
        return False
    words = _content_words(part)
    for number in range(1, min(len(texts) - 1, _TITLE_BYLINE_LOOKAHEAD)):
        line = texts[number].strip()
        if (
            line[-1:] not in _PARAGRAPH_ENDS
            and 1 < len(line.split()) <= _REWRITTEN_HEADLINE_MAX_WORDS
            and len(words & _content_words(line)) >= _TITLE_SHARED_WORDS
            and (
                byline_line(under := texts[number + 1].strip(), knowledge=knowledge) is not None
                or is_date_line(under, knowledge=knowledge)
            )
        ):
            return True
    return False


def _content_words(text: str) -> set[str]:
    """The words of ``text`` of ``_TITLE_WORD_MIN_CHARS`` letters or more,
    case-folded, the punctuation around them dropped."""
    return {
        word.strip(_WORD_EDGES).casefold()
        for word in text.split()
        if len(word.strip(_WORD_EDGES)) >= _TITLE_WORD_MIN_CHARS
    }


def _shows_title_part(texts: Sequence[str], knowledge: Knowledge) -> bool:
    """Does a block of the ``_TITLE_PART_LOOKAHEAD`` under ``texts[0]`` (a
    title's shape) show its headline part exactly, other than the title itself?"""
    window = texts[: _TITLE_PART_LOOKAHEAD + 1]
    found = _exact_title_line(window, len(window), knowledge)
    return found is not None and _fold(window[found]) != _fold(window[0])


# A page's text may open with a menu or a date bar above its title line
# (``Home | World | Business``, ``Sport``, ``Tuesday, 19 November 2024``):
# at most this many short blocks (``_menu_block``).
_MENU_BEFORE_TITLE: Final = 15
_MENU_BLOCK_MAX_WORDS: Final = 8
_PARAGRAPH_ENDS: Final = frozenset('.!?"”’')


def _ends_like_paragraph(text: str) -> bool:
    """Does ``text`` (stripped) end as a paragraph does: an end mark, or a
    closing quotation mark after one (``… it.’``)? A headline quoting its
    subject ends in the quotation mark alone (``Nadia Hale: ‘I write about
    the sea’``), in curly quotes as in straight ones."""
    last = text[-1:]
    if last in _QUOTE_CLOSERS:
        return text[-2:-1] in _END_MARKS
    return last in _PARAGRAPH_ENDS


_QUOTE_CLOSERS: Final = frozenset("\"”’'")
_END_MARKS: Final = frozenset(".!?")


def _menu_block(text: str) -> bool:
    """A block that may stand above a page's title: a menu item or bar, a date,
    a section's name (short, opening in no small letter, ending in no full
    stop, ``!`` or ``?``). A hard-wrapped paragraph's lines are as short, but
    most open in small letters."""
    return (
        not text.lstrip()[:1].islower()
        and text.rstrip()[-1:] not in ".!?"
        and len(text.split(None, _MENU_BLOCK_MAX_WORDS)) <= _MENU_BLOCK_MAX_WORDS
    )


# How far from a line's end a photographer's credit without brackets starts
# (``… at dawn. REUTERS/Jane Roe``): the slash is looked for no further back.
_CREDIT_TAIL_CHARS: Final = 40


def _caption_above_title(text: str, knowledge: Knowledge) -> bool:
    """A photo's caption ending in a credit that names an agency or a
    photographer (``A ferry leaves the harbour at dawn. (AP Photo/Jane
    Roe)``), standing above the page's title line: some scrapes open with the
    lead photo, then the title, the headline and the story. Read as the page's
    first block, the caption was its title and its headline, or the page was
    not told and its title line the headline; under the title it is a caption
    (``caption-above-title``). The credit closes a bracket or follows a slash
    near the end: most blocks are turned down by their last characters."""
    stripped = text.rstrip()
    if stripped[-1:] != ")" and "/" not in stripped[-_CREDIT_TAIL_CHARS:]:
        return False
    return has_named_credit(stripped, knowledge=knowledge)


def _title_block(texts: Sequence[str], knowledge: Knowledge) -> int:
    """The number of the page's title block: 0, or, when the first block is no
    title (``title_part`` None) and only menu blocks (``_menu_block``, at most
    ``_MENU_BEFORE_TITLE``) stand above a block that is one and whose headline
    part a later block shows exactly (as :func:`_titled_page` asks), that
    block's. A title line is what tells a page's headline (the line it
    repeats) from the menu's words: read from the menu's first item, the
    page's headline would be the title with the site's name and the headline
    line a standfirst repeating it. Photo captions with their credits
    (:func:`_caption_above_title`) may stand above the title as a menu does."""
    if not texts or title_part(texts[0]) is not None:
        return 0
    for number in range(min(len(texts), _MENU_BEFORE_TITLE + 1)):
        text = texts[number]
        if number and not _no_title(text) and title_part(text) is not None:
            if _shows_title_part(texts[number:], knowledge):
                return number
            return number if number == 1 and _masthead_under_title(texts) else 0
        if not _menu_block(text) and not _caption_above_title(text, knowledge):
            return 0
    return 0


def _title_site_parts(title: str) -> set[str]:
    """The parts of a page's ``title`` between its separators other than its
    headline part (:func:`title_part`), folded: the site's name, a
    section's."""
    headline = title_part(title)
    if headline is None:
        return set()
    return {
        _fold(part) for part in _TITLE_SEPARATOR.split(title.strip()) if part and part != headline
    }


def _title_site_part(texts: Sequence[str], number: int) -> bool:
    """Is block ``number`` a part of the page's title (``texts[0]``) other
    than its headline part, printed alone over a menu's item (the masthead
    over the menu)? A headline stands over its byline, its date or its deck,
    no menu: a short headline the title prints as its shorter part
    (``Ferry halted - The Island Courier Online``) is no masthead there."""
    return (
        number + 1 < len(texts)
        and _menu_item(texts[number + 1])
        and _fold(texts[number].strip()) in _title_site_parts(texts[0])
    )


def _masthead_under_title(texts: Sequence[str]) -> bool:
    """Does ``texts[1]``, a title's shape under one menu item (``Home``,
    ``News``: :func:`_menu_item`), have its site's part (the title's part
    that is not its headline part) printed alone on a later block of the
    ``_TITLE_PART_LOOKAHEAD`` under it, the page's masthead (``Home`` /
    ``Ferry halted after fault - The Island Courier`` / ``The Island
    Courier`` / the menu / the byline)? A scrape that opened on the menu's
    first item printed it over the title line, and with no headline line
    under it the item was taken for the headline (alarms61). Only a part
    after the headline part is the site's name, as a title closes on it: a
    section's page titled ``Harbour | The Harbour Gazette`` prints its
    section (``Harbour``) first, and holds no headline."""
    if not _menu_item(texts[0]):
        return False
    headline = title_part(texts[1])
    parts = _TITLE_SEPARATOR.split(texts[1].strip())
    if headline not in parts:
        return False
    sites = {_fold(part) for part in parts[parts.index(headline) + 1 :] if part}
    return any(_fold(text.strip()) in sites for text in texts[2 : _TITLE_PART_LOOKAHEAD + 2])


def _titled_after_menu(lines: Sequence[Line], start: int, knowledge: Knowledge) -> _Blocks | None:
    """The blocks of a page whose title stands under a menu (:func:`_title_block`)
    from that title on (``read`` makes the menu above furniture), or None: a
    scraped page too short for the marks of :func:`looks_like_page`. A wire
    story is turned down at its second block (a headline, then a paragraph)."""
    texts: list[str] = []
    indexes: list[int] = []
    titled = False
    for index in range(start, len(lines)):
        text = lines[index].text
        if not text.strip(BLANK_CHARS):
            continue
        texts.append(text)
        indexes.append(index)
        if len(texts) > _MENU_BEFORE_TITLE + _TITLE_PART_LOOKAHEAD + 1:
            break
        if titled:
            continue
        if len(texts) > _MENU_BEFORE_TITLE + 1:
            return None  # no title under the menu's first blocks
        # A title's shape under the first block (short or long: _title_block
        # decides), else a menu block, else a paragraph above any title: no
        # menu. A title ends in no full stop or closing quote, told before the
        # separator is looked for (wire copy's ``LONDON (Reuters) - … .``).
        if len(texts) > 1 and text.rstrip()[-1:] not in _PARAGRAPH_ENDS and not _no_title(text):
            titled = True
        elif not _menu_block(text) and not _caption_above_title(text, knowledge):
            return None
    number = _title_block(texts, knowledge)
    if not number:
        return None
    return _blocks(lines, _non_blank(lines, indexes[number]), _patterns(knowledge))


def read(
    lines: list[Line], start: int, found: _Blocks | None, state: LineState, options: ParseOptions
) -> None:
    """Give every line of a page a role and the story's paragraphs to ``state``.

    ``start`` is the page's first non-blank line (its title); ``found`` is what
    ``detect`` computed of its blocks (None when the layout is forced on a text
    ``detect`` turns down). A page hard-wrapped at a fixed width is read with
    its wrapped lines joined (:func:`_read_wrapped`).
    """
    if found is None:
        found = _blocks(lines, _non_blank(lines, start), _patterns(options.knowledge))
    runs = _wrapped_runs(lines, found.texts, found.indexes)
    if runs:
        _read_wrapped(lines, start, runs, state, options)
    else:
        _read_blocks(lines, start, found, state, options)


def _read_wrapped(
    lines: list[Line], start: int, runs: list[list[int]], state: LineState, options: ParseOptions
) -> None:
    """Read a hard-wrapped page (:func:`_wrapped_runs`) with each run of
    wrapped lines joined into one line, as the page showed it, and give the
    claims back to the physical lines: every line of a run takes its run's
    role, a paragraph its runs' lines. The story carries
    ``page-hard-wrapped``: a block printed right under a full line (a caption
    under a paragraph, with no blank line between) is joined to it. A
    caption, its credit or the standfirst joined over several lines reads the
    joined line (``LineState.joined``), a byline all its lines."""
    at = {run[0]: run for run in runs}
    merged: list[Line] = []
    parts: list[list[int]] = []
    index = 0
    while index < len(lines):
        run = at.get(index)
        if run is None:
            merged.append(lines[index])
            parts.append([index])
            index += 1
            continue
        first, last = lines[run[0]], lines[run[-1]]
        text = joined_text(lines, run)
        merged.append(Line(text, first.start, last.end, first.number))
        parts.append(run)
        index = run[-1] + 1
    inner = LineState.unclaimed(len(merged))
    # The lines above the page (blank lines, a source address) are claimed
    # already, and no run starts above the page's first line.
    for number in range(start):
        inner.roles[number], inner.rules[number] = state.roles[number], state.rules[number]
    _read_blocks(merged, start, None, inner, options)
    for number in range(start, len(merged)):
        for line in parts[number]:
            state.roles[line], state.rules[line] = inner.roles[number], inner.rules[number]
    first_of = [part[0] for part in parts]
    if inner.headline is not None:
        state.headline = first_of[inner.headline]
        state.headline_text = inner.headline_text
        if state.headline_text is None and len(parts[inner.headline]) > 1:
            state.headline_text = merged[inner.headline].text
    if inner.standfirst is not None:
        state.standfirst = first_of[inner.standfirst]
    if inner.marker is not None:
        state.marker = first_of[inner.marker]
    state.captions += [first_of[number] for number in inner.captions]
    state.extra_captions += [first_of[number] for number in inner.extra_captions]
    state.paragraphs += [
        [line for number in paragraph for line in parts[number]] for paragraph in inner.paragraphs
    ]
    state.subheadings |= inner.subheadings
    state.byline += [line for number in inner.byline for line in parts[number]]
    state.caption_credits.update(
        {first_of[caption]: first_of[credit] for caption, credit in inner.caption_credits.items()}
    )
    # A caption, its credit or the standfirst joined from several lines reads
    # the joined line (its first line alone holds part of its text).
    fields = [*inner.captions, *inner.caption_credits.values()]
    if inner.standfirst is not None:
        fields.append(inner.standfirst)
    state.joined.update(
        {first_of[number]: merged[number] for number in fields if len(parts[number]) > 1}
    )
    state.byline_found = inner.byline_found
    state.dateline_places = inner.dateline_places
    state.overrides += [
        Override(first_of[override.index], override.before, override.after)
        for override in inner.overrides
    ]
    state.problems += _wrap_doubts(lines, runs, parts, inner.paragraphs, options.knowledge)
    glued = _paragraph_in_caption(lines, [parts[number] for number in inner.captions], options)
    if glued >= 0:
        state.problems.append(
            Problem(
                "page-hard-wrapped",
                "the page's lines are cut at a fixed width and were joined: a caption "
                "with its credit opens in a capital right under a line ending like no "
                "sentence, and the lines above it were read into the caption: they may be "
                "a paragraph ending in no mark (the wrap and the glued caption read the same)",
                glued,
            )
        )
    state.problems += [
        Problem(problem.code, problem.message, first_of[problem.index])
        for problem in inner.problems
    ]


def _unmarked_run(texts: Sequence[str]) -> bool:
    """Are ``texts``, a run of lines read as one paragraph's wrapped lines,
    written in Thai or Lao (each opening in its letters) and of no wrap's
    even width: two lines, or three or more whose widths but the last's
    spread over a tenth of the longest's? A Thai site printing its short
    paragraphs one a line, no blank line between, was read as hard-wrapped
    and its paragraphs joined into one, silently (silent64): with no
    sentence's mark in the script, only the width tells a wrap (it fills
    each line to one width) from a paragraph's end. A Thai line ending in a
    full stop (``.``), a question or an exclamation mark ends a sentence."""
    if not all(text and _THAI_LAO_FIRST <= text[0] <= _THAI_LAO_LAST for text in texts):
        return False
    if any(text[-1] in ".!?" for text in texts):
        return False
    widths = [len(text) for text in texts[:-1]]
    return len(texts) < _EVEN_WRAP_MIN_LINES or min(widths) * _WRAP_SPREAD < max(widths) * (
        _WRAP_SPREAD - 1
    )


# Thai and Lao letters (a line opening in one is written in them).
_THAI_LAO_FIRST: Final = "\u0e01"
_THAI_LAO_LAST: Final = "\u0eff"
# A wrap's width is told from three lines; its lines but the last are within
# a tenth (1 / _WRAP_SPREAD) of the longest.
_EVEN_WRAP_MIN_LINES: Final = 3
_WRAP_SPREAD: Final = 10


def _wrap_doubts(
    lines: Sequence[Line],
    runs: Sequence[Sequence[int]],
    parts: Sequence[Sequence[int]],
    paragraphs: Sequence[Sequence[int]],
    knowledge: Knowledge,
) -> list[Problem]:
    """``page-hard-wrapped`` where joining a hard-wrapped page's lines may
    have read it wrong, nothing where every join and every cut has a wrapped
    paragraph's form. Two forms are doubted: a run going on from a line ending
    a sentence into a line opening in no small letter (a caption or another
    block printed right under a paragraph's last line of nearly the width, no
    blank line between, is joined to it: the wrap and the block read the
    same), and two of the story's paragraphs with no blank line between whose
    first ends like no sentence (a paragraph wrapped short of the width, by
    hand, over a line opening in a capital is cut in two). A wrapped line
    going on into small letters, or ending mid-sentence, is a wrap's
    (``… walked off the job on`` / ``Wednesday, stranding …``), unless a
    sentence ends on a word over the small letters (:func:`_ends_on_word`:
    ``… in a statement.`` / ``by jane roe``, a byline printed there). Nor
    is a join doubted inside a paragraph its writer indented
    (:func:`_indented_paragraph_goes_on`)."""
    problems: list[Problem] = []
    glued = [
        below
        for run in runs
        for above, below in pairwise(run)
        if _glued_join(lines[above].text, lines[below].text)
        and not _indented_paragraph_goes_on(lines, run, below)
    ]
    # A run ending in a byline (``Von Anna Müller``, ``By Jane Roe``) under a
    # line filled to the width: a standfirst as wide as the wrap over its
    # byline, the byline's first word not fitting, reads as a wrap's join. A
    # title's last word wrapped (``… - Vale Post`` / ``Daily``) is no byline.
    glued += [
        run[-1]
        for run in runs
        if run[-1] not in glued
        and short_line_apart(lines[run[-1]].text)
        and find_byline(lines[run[-1]].text.strip(), knowledge=knowledge) is not None
    ]
    if glued:
        problems.append(
            Problem(
                "page-hard-wrapped",
                "the page's lines are cut at a fixed width and were joined: a line "
                "opening in no small letter, or any line under a sentence ending on a "
                f"word, was joined to a line ending a sentence ({len(glued)} such joins), "
                "and may be a block of its own (a caption or a byline printed right "
                "under a paragraph)",
                glued[0],
            )
        )
    unmarked = [run[0] for run in runs if _unmarked_run([lines[i].text.strip() for i in run])]
    if unmarked:
        problems.append(
            Problem(
                "page-hard-wrapped",
                "the page's lines were read as cut at a fixed width and joined: lines one "
                "under another in a script that marks no sentence's end (Thai, Lao), of "
                f"uneven widths ({len(unmarked)} such runs), were joined into one paragraph: "
                "they may be short paragraphs printed one a line",
                unmarked[0],
            )
        )
    cut = [
        parts[below[0]][0]
        for above, below in pairwise(paragraphs)
        if parts[below[0]][0] == parts[above[-1]][-1] + 1
        and not ends_sentence(lines[parts[above[-1]][-1]].text, SENTENCE_OR_COLON_ENDS)
    ]
    if cut:
        problems.append(
            Problem(
                "page-hard-wrapped",
                "the page's lines are cut at a fixed width and were joined: a paragraph "
                "opens right under a paragraph ending like no sentence, no blank line "
                f"between ({len(cut)} such cuts), and the two may be one paragraph cut "
                "where its line fell short of the width",
                cut[0],
            )
        )
    return problems


def _indented_paragraph_goes_on(lines: Sequence[Line], run: Sequence[int], below: int) -> bool:
    """Is the line ``below``, joined under a sentence's end, a wrap of a
    paragraph its writer indented: the run's first line indented deeper than
    the run's other lines, ``below`` at their margin and the run going on
    under it? Text typed with its paragraphs' first lines indented (a
    README's ``   The copyright for …`` / ``annotations in …`` / ``Reuters
    Ltd. and …`` / ``distribution of …``) opens every block of its own
    indented, as its paragraphs and numbered items are: a sentence opening at
    the margin inside the run goes on the paragraph. A line opening indented
    under a sentence's end (``      2. The intent …``, a paragraph or an item
    of its own joined) and the run's last line (a caption printed under the
    paragraph reads the same) are still doubted; a page whose lines all share
    one margin (a text-mode browser's dump indents every line alike) has no
    paragraph indent to tell."""
    if below == run[-1]:
        return False
    margin = indent(lines[run[1]].text)
    return indent(lines[run[0]].text) > margin == indent(lines[below].text)


def _glued_join(above: str, below: str) -> bool:
    """Is the join of a wrapped run's line ``above`` to ``below`` doubted by
    :func:`_wrap_doubts`: a line ending a sentence over one opening in no
    small letter, or over any line when the sentence ends on a word?"""
    return ends_sentence(above, SENTENCE_OR_COLON_ENDS) and (
        not below.lstrip()[:1].islower() or _ends_on_word(above)
    )


def _paragraph_in_caption(
    lines: Sequence[Line], captions: Sequence[Sequence[int]], options: ParseOptions
) -> int:
    """The first line of a caption joined under the lines of a hard-wrapped
    paragraph ending in no mark (``… the union said in a`` / ``statement`` /
    ``Pupils leave the library on Monday. (AP Photo/Jane Roe)``), all read
    as the caption, else -1: a line opening in a capital under a line ending
    like no sentence, the lines from it on a caption with its credit
    (:func:`~wirestory.captions.is_page_caption`) and the lines above it at
    least ``CAPTION_MIN_WORDS`` words. A caption wrapped onto a name or a
    date (``… on`` / ``Monday. (AP Photo/Jane Roe)``) leaves too few words
    under the join to be one (its text before the credit four words or
    more). A caption whose run holds a join :func:`_wrap_doubts` says is
    not asked again (its run is its part: a part of several lines is a run).
    Only captions of several lines are asked."""
    knowledge = options.knowledge
    for part in captions:
        if any(
            _glued_join(lines[above].text, lines[below].text)
            and not _indented_paragraph_goes_on(lines, part, below)
            for above, below in pairwise(part)
        ):
            # Said already (_wrap_doubts), at the glued line; a join inside a
            # paragraph its writer indented it leaves unsaid, and so is asked.
            continue
        # From the last join up: the caption glued is the shortest tail.
        for at in range(len(part) - 1, 0, -1):
            above, below = lines[part[at - 1]].text, lines[part[at]].text
            if (
                below.lstrip()[:1].isupper()
                and not ends_sentence(above, SENTENCE_OR_COLON_ENDS)
                and len(joined_text(lines, part[:at]).split()) >= CAPTION_MIN_WORDS
                and is_page_caption(rest := joined_text(lines, part[at:]), knowledge=knowledge)
                and len(split_credit(rest, knowledge=knowledge)[0].split()) >= CAPTION_MIN_WORDS
            ):
                return part[at]
    return -1


def _ends_on_word(text: str) -> bool:
    """Does ``text`` end a sentence on a word in small letters of
    ``_WRAP_WORD_MIN_CHARS`` letters or more and a full stop, ``!`` or ``?``
    (``… said in a statement.``)? A wrap goes on into small letters after
    an abbreviation's full stop (``… at 9 a.m.`` / ``on Wednesday``, ``…
    Harbour Ltd.`` / ``and …``), a colon or an ellipsis (``… wanted two
    things:`` / ``a raise …``), never after such a word: a line in small
    letters under it is a block of its own printed there (``by jane roe``, a
    caption in small letters)."""
    last = text.rstrip().rstrip(_SENTENCE_END_CLOSERS).rsplit(maxsplit=1)[-1:]
    if not last or last[0][-1:] not in _FULL_STOPS:
        return False
    word = last[0][:-1]
    return len(word) >= _WRAP_WORD_MIN_CHARS and word.isalpha() and word.islower()


def _read_blocks(
    lines: list[Line], start: int, found: _Blocks | None, state: LineState, options: ParseOptions
) -> None:
    """:func:`read` for a page read a line at a time, each non-blank line a block."""
    knowledge = options.knowledge
    patterns = _patterns(knowledge)
    if found is None:
        found = _blocks(lines, _non_blank(lines, start), patterns)
    title_block = _title_block(found.texts, knowledge)
    if title_block:
        found = _blocks(lines, found.indexes[title_block:], patterns)
    elif (
        options.layout == "auto"
        and len(found.indexes) < _PAGE_MIN_LINES
        and title_part(found.texts[0]) is None
    ):
        # Only _furnished_page and _menu_over_byline choose a short page with
        # no title line: its furniture (or its menu over a byline) told it
        # from wire copy, and the story says so.
        state.problems.append(
            Problem(
                "short-page-by-furniture",
                "a short text with no page title line was read as a web page by its "
                "furniture lines (share buttons, a box's label, a menu over the "
                "headline and its byline); read as wire copy, they would stay in the body",
                found.indexes[0],
            )
        )
    blocks = found.indexes
    taken = set(blocks)
    # A line no rule has claimed yet is claimed by setting its role and rule
    # (what ``state.claim`` does for it, without a call: a page has thousands).
    roles, claimed = state.roles, state.rules
    blank = Role.BLANK
    # The lines no block holds (the blank ones, and any above the title),
    # picked in C: most of a page's lines are blocks.
    for i in filterfalse(taken.__contains__, range(start, len(lines))):
        if blocks and i < blocks[0] and lines[i].text.strip(BLANK_CHARS):
            # A menu above the title (``_title_block``, or ``detect``'s
            # blocks from the title on): furniture, and the page is read
            # from its title; but the lead photo's caption, with its
            # credit, is the story's.
            if _caption_above_title(lines[i].text, knowledge):
                state.captions.append(i)
                state.claim(i, Role.CAPTION, "caption-above-title")
            else:
                state.claim(i, Role.FURNITURE, "menu-above-title")
        elif claimed[i]:
            state.claim(i, blank, "blank")
        else:
            roles[i], claimed[i] = blank, "blank"
    texts = found.texts
    tokens, weights, cjk, forms, translated = _tokens_and_weights(texts, found.stripped)
    # The stop words of the blocks whose density ``_classify`` reads are
    # counted with the page's language, not looked up again a block.
    language, stop_counts = _language_and_counts(tokens, cjk, texts, knowledge, weights)
    stop_words = patterns.stop_words.get(language) if language else None
    # Most blocks of a page are short lines (menus, links) and neither a
    # furniture phrase nor boilerplate: their class is known without a call,
    # and without a step of Python a block. The others (the blocks weighing
    # at least _LENGTH_LOW, the furniture phrases, the boilerplate: a few
    # thousand of a page's tens of thousands) are found in C and classified.
    count = len(texts)
    boilerplate_flags = _boilerplate(texts, patterns, forms, translated)
    phrase_flags = found.furniture
    kinds = [_SHORT] * count
    rules = ["short"] * count
    blocks_asked = set(compress(range(count), map(ge, weights, repeat(_LENGTH_LOW))))
    if True in phrase_flags:
        blocks_asked.update(compress(range(count), phrase_flags))
    if True in boilerplate_flags:
        blocks_asked.update(compress(range(count), boilerplate_flags))
    wordless = []
    for n in sorted(blocks_asked):
        kinds[n], rules[n] = _classify(
            texts[n],
            stop_words,
            patterns,
            phrase_flags[n],
            boilerplate_flags[n],
            weights[n],
            found.sentence[n],
            tokens[n],
            None if stop_counts is None else stop_counts[n],
        )
        if rules[n] == "few-stop-words" and (
            not any(map(str.isalpha, texts[n])) or _letters_without_words(found.stripped[n])
        ):
            wordless.append(n)
    if True in phrase_flags:
        _consent_banners(texts, phrase_flags, kinds, rules, patterns)
    if count > 1 and stop_words is not None:
        _cut_off_last_paragraph(texts, kinds, rules, found.sentence, (tokens, stop_words))
    if _GOOD not in kinds:
        # A story of short paragraphs only: its near-good blocks are its prose.
        kinds = [_GOOD if kind == _NEARGOOD else kind for kind in kinds]
    # A Thai or Lao story of paragraphs of a sentence or two, which end in no
    # full stop: with no other prose on the page, its blocks that read as
    # prose in such a script (_unmarked_prose) and weigh _UNMARKED_LENGTH_LOW
    # or more are its prose. Each was short, and the story lost, said only
    # ``no-body`` (scripts60). On a page with prose such blocks stay short: a
    # Thai teaser's headline under the story reads the same. The story says
    # so below (a paragraph hard-wrapped into such lines reads the same).
    unmarked = _GOOD not in kinds and _unmarked_story(texts, weights, kinds, rules)
    short_lines = _GOOD not in kinds and _short_sentences(kinds, found.sentence, tokens, stop_words)
    if short_lines:
        # A story of short lines only (a brief of one sentence a line): with no
        # other prose on the page, its short sentences are its prose; the story
        # says so below, as a page with no story reads the same.
        kinds = [_GOOD if n in short_lines else kind for n, kind in enumerate(kinds)]
    walls = _walls(found.stripped, patterns, knowledge.comment_headings, found.heads)
    comment_links = _drop_comment_links(walls, found.stripped, kinds)
    free, doubtful, prose_after = _inline_boxes(found, kinds, weights, rules, walls, knowledge)
    stocks, lone_closes = _widget_boxes(
        found, kinds, weights, rules, walls, free, (tokens, stop_words)
    )
    share_bars = _share_bars(found, kinds, weights, (rules, free), walls, (tokens, stop_words))
    # A box of links is invisible to its neighbours' context, as an
    # advertisement's label is: paragraphs of middling length on either side
    # stay prose (a box not read past still costs in the story's stretch).
    # So is a furniture line alone between two blocks of prose: a newsletter
    # prompt (``Sign up for our daily newsletter``), a ``Read more: …`` link
    # inside the story; else the paragraphs of middling length beside it
    # (the story's last ones, above a trailer's separator) become furniture.
    adverts = _advertisement_pairs(texts, kinds, free, rules)
    if _PHRASE in kinds:
        adverts |= _advertisement_lines(texts, kinds, free, rules)
    adverts |= _live_entry_buttons(found, kinds, free, rules)
    _credited_caption_runs(found, kinds, (free, rules), knowledge)
    lone = _lone_furniture(texts, found.furniture, kinds)
    if wordless:
        # A long block holding no letter at all (a scraper's run of rule
        # characters, ``=-=-=-…``, or of digits and signs, thousands of
        # characters) between two blocks of prose: no text of the page's,
        # neither a list nor a table. As a bad block it ended the story's
        # stretch, and the paragraphs on its far side were lost (said only
        # short-page-by-furniture: alarms60); it is invisible to its
        # neighbours, as a furniture line alone between them is, and weighs
        # what a promo line does in the story's stretch (it holds no word).
        # A block of letters that make no word (``xxxx xxxx …``, a redaction's
        # or a placeholder's run; base64's letters and digits) cut the story
        # the same way (alarms61): hidden too, and said, as its letters may be
        # the story's text garbled.
        for n in wordless:
            if 0 < n < count - 1 and kinds[n - 1] in _PROSE_KINDS and kinds[n + 1] in _PROSE_KINDS:
                lone.append(n)
                weights[n] = 0
                if any(map(str.isalpha, texts[n])):
                    state.problems.append(
                        Problem(
                            "letters-block-left-out",
                            f"a block of letters that make no word ({found.stripped[n][:40]!r} "
                            "…) between two of the story's paragraphs was left out as furniture: "
                            "it may be the story's text garbled, encoded or redacted",
                            found.indexes[n],
                        )
                    )
    if True in free or doubtful or lone:
        hidden = chain(
            chain.from_iterable(range(n, end) for n, end in doubtful),
            lone,
            (n for n, box in enumerate(free) if box),
        )
        classes = _smooth_around(kinds, rules, frozenset(hidden))
    else:
        classes = _smooth(kinds, rules)
    keys = _title_keys(texts[0]) if texts else []
    # A line sharing 80% of a key's words has at least that many tokens: most
    # lines are turned down before a set is built.
    least = _TITLE_OVERLAP * min(map(len, keys)) if keys else 0
    # Nor has it more than a quarter more words than the largest key (it shares
    # no more than the key holds): most paragraphs are turned down by their size.
    most = max(map(len, keys)) if keys else 0
    # The words it shares with a key are words of the title: a line holding
    # fewer than ``least`` of the title's words (most lines, even of a
    # headline's length) is turned down by one intersection in C.
    title_words = frozenset().union(*keys)
    headlines = (
        [
            n
            for n in range(1, len(texts))
            if len(tokens[n]) >= least
            and len(texts[n]) <= _HEADLINE_MAX_CHARS
            and len(title_words.intersection(tokens[n])) >= least
            and _TITLE_OVERLAP * len(words := frozenset(tokens[n])) <= most
            and _shares_words(words, keys)
        ]
        if keys
        else []
    )
    bonus = _bonus(classes, headlines)
    before_comments = _before_comments(classes, weights, walls)
    listing = _before_listing(texts, kinds, classes, weights, bonus, patterns)
    limit = min(before_comments, listing)
    span = _story_span(classes[:limit], weights[:limit], walls, bonus, free)
    body_start, body_end = span if span is not None else (len(blocks), len(blocks))
    title_lines = _title_lines(texts, found.heads)
    body_start = _start_under_headline(
        texts, body_start, body_end, classes, weights, knowledge, title_lines
    )
    body_start = _start_under_summary_box(texts, body_start, body_end, knowledge)
    body_start = _start_under_review_box(found.stripped, body_start, body_end)
    body_start = _start_under_writer_bio(texts, body_start, body_end, knowledge)
    if listing < before_comments:
        _flag_listing_cut(
            classes, weights, walls, bonus, (before_comments, listing), lines, blocks, state, free
        )
    elif not _flag_prose_left_out(
        classes,
        weights,
        walls,
        free,
        (body_start, body_end),
        limit,
        lines,
        blocks,
        state,
        (tokens, stop_words),
    ):
        _flag_cut_at_comments(
            classes,
            walls,
            (body_start, body_end),
            (tokens, stop_words),
            lines,
            blocks,
            state,
            found.stripped,
        )
    cut = _end_at_listing(
        doubtful,
        prose_after,
        kinds,
        weights,
        (body_start, body_end),
        lines,
        blocks,
        state,
        (tokens, stop_words),
        knowledge,
    )
    if cut == body_end and body_start < body_end:
        body_end = _closing_sentences(
            found, (tokens, stop_words), (classes, rules), (body_end, limit), free, state, knowledge
        )
    else:
        body_end = cut
    if body_end - 1 > body_start and _pitch_over_button(found.stripped, body_end - 1, knowledge):
        # A sign-up box's pitch of a paragraph's weight over its button, the
        # stretch's last block ("Want the news in your inbox? Subscribe to our
        # daily email." / "Subscribe"): the box's, no paragraph.
        body_end -= 1
        classes[body_end], rules[body_end] = _BAD, "widget-box"
    if body_start < body_end:
        _flag_recipe_left_out(found.stripped, body_end, blocks, state)
    if True in free:
        _flag_box_read_past(
            free,
            kinds,
            tokens,
            stop_words,
            (body_start, body_end),
            lines,
            blocks,
            state,
            knowledge,
            stocks | adverts if adverts else stocks,
        )
    if lone_closes:
        _flag_close_under_stock_widget(lone_closes, (body_start, body_end), blocks, state)
    if comment_links:
        _flag_comment_heading_read_past(
            comment_links, (body_start, body_end), found.stripped, blocks, state
        )
    entry = _first_entry_over_story(texts, blocks, (body_start, body_end), state)
    if entry < body_start:
        # The entry heading is read as the entries under it are (a paragraph
        # the subheadings' rule takes), not as a short line of the stretch
        # (the header's date and byline lines over it make a run of them).
        body_start, classes[entry] = entry, _GOOD
    # Captions are claimed between the headline (at most _HEADER_LOOKBACK blocks
    # up) and the story's end.
    glued = _glued_sources(blocks, texts, body_start, body_end, knowledge)
    pairs, credit_lines = _caption_pairs(
        texts,
        found.stripped,
        (body_start - _HEADER_LOOKBACK, body_start),
        body_end,
        patterns,
        knowledge,
        glued,
        blocks,
    )
    _header_photo_credit(texts, body_start, pairs, knowledge)
    _header_credit_over_caption(
        texts, (body_start, body_end), pairs, credit_lines, blocks, state, patterns, knowledge
    )
    _header_sign_under_caption(texts, pairs, blocks, state, patterns, knowledge)
    if pairs:
        _flag_signed_close_caption(pairs, texts, blocks, body_end, state, knowledge)
        _credit_between(
            pairs, credit_lines, texts, blocks, (body_start, body_end), state, patterns, knowledge
        )
    _header(
        lines,
        blocks,
        body_start,
        state,
        knowledge,
        pairs,
        credit_lines,
        title_lines,
        texts,
        keys,
        language=language,
    )
    if state.byline:
        _credits_for_outlet(texts, blocks, (body_start, body_end), pairs, state, knowledge)
    _gallery_captions(texts, blocks, body_end, state, knowledge)
    body_start = _standfirst_over_byline(
        blocks, texts, kinds, weights, (body_start, body_end), state, knowledge
    )
    body_start = _deck_over_header(
        blocks, texts, (kinds, weights, found.furniture), (body_start, body_end), state, knowledge
    )
    _flag_deck_under_header(blocks, (texts, kinds), pairs, (body_start, body_end), state, knowledge)
    _subtitle_under_headline(
        blocks, texts, tokens, found.furniture, stop_words, state, knowledge, body_start
    )
    _dateline_above_story(
        blocks,
        texts,
        body_start,
        body_end,
        found.furniture,
        state,
        knowledge,
        lines[state.headline].text if state.headline is not None else "",
    )
    _short_lead_over_story(blocks, texts, body_start, state, knowledge)
    _flag_blurb_opening(lines, blocks, texts, (body_start, body_end), state, knowledge)
    _contents_heading_over_story(
        blocks, found.stripped, found.furniture, (body_start, body_end), state
    )
    _entry_heading_over_story(
        blocks, found.stripped, found.furniture, (body_start, body_end), state
    )
    _flag_heading_over_story(
        blocks, (found.stripped, lines), found.furniture, (body_start, body_end), state, knowledge
    )
    _flag_sentence_over_story(
        blocks, (found.stripped, lines), found.furniture, (body_start, body_end), state, knowledge
    )
    _flag_chant_over_story(blocks, found.stripped, found.furniture, body_start, state)
    _flag_prose_over_story(blocks, found.stripped, kinds, found.furniture, body_start, state)
    _flag_summary_box_over_story(blocks, texts, (body_start, body_end), state)
    wall = _paywall_notice(texts, weights, (body_start, body_end))
    if wall is not None and body_start < wall < body_end:
        # The story ends at the wall's notice: what the stretch holds under it
        # is the wall's pitch (``Subscribe to continue reading`` / ``Get
        # unlimited access for £1 a week …``), which was read as the story's
        # last paragraph.
        body_end = wall
    if body_start < body_end:
        body_end = _closing_box_heading(texts, (body_start, body_end), knowledge)
    trailing, signed = _trailing_contributors(
        texts, body_end, limit, knowledge, bylined=bool(state.byline)
    )
    # The writer's sign-off under the story (``Jane Roe, USA TODAY`` under
    # ``By Jane Roe``), alone (silent52) or over its trailers (``Contributing:
    # Tom Hale``, silent53, where it was stepped over as furniture):
    # _sign_off_over_trailers reads it, its outlet the byline's organisation.
    lone_sign_off = -1
    if (
        signed == body_end
        and state.byline
        and body_start < body_end
        and not _town_after_name(site_stop_dropped(texts[body_end].strip()), knowledge)
    ):
        if (
            texts[body_end].strip().partition(", ")[0].casefold()
            in " ".join(lines[n].text for n in state.byline).casefold()
        ):
            lone_sign_off = body_end
            trailing, signed = trailing | {body_end}, -1
        else:
            # Another name and an outlet (``Tom Hale, USA TODAY`` under ``By
            # Ivo Marsh``) may sign a second writer's part or a reader's
            # letter (``Jane Roe, The Drive``): left out as before, said.
            _flag_sign_off_left_out(texts[body_end], blocks[body_end], state)
    if not trailing:
        signed = -1
    if not trailing and body_start < body_end < len(texts):
        _flag_dashed_name_left_out(texts, blocks, body_end, rules[body_end], state, knowledge)
    if not state.byline and body_start < body_end:
        # The stretch's last block (a short line next to prose), else the
        # first block under the stretch and its trailer.
        for number in (body_end - 1, body_end + len(trailing)):
            if number > body_start and _byline_after_story(
                texts, blocks, number, state, knowledge, bare_name=language != "en"
            ):
                break
    if not state.byline and body_start < body_end:
        _byline_from_bio(texts, blocks, (body_start, body_end), state, knowledge)
    dates = _date_lines_in_story(blocks, texts, weights, (body_start, body_end), state, knowledge)
    # A desk's signature over the story's date inside the stretch: the header
    # under the story's first paragraph, printed over the signature
    # (``The council voted …`` / ``Redacción`` / ``04/03/2025 12:30``).
    desks = {
        n - 1 for n in dates if n - 1 >= body_start and _desk_signature(texts[n - 1], knowledge)
    }
    times = _timestamp_lines_in_story(texts, weights, (body_start, body_end))
    posts = _embedded_posts_in_story(texts, weights, (body_start, body_end), blocks)
    series = _series_captions(
        found.stripped, (found.sentence, found.furniture), (body_start, body_end)
    )
    # Most blocks of a page stand outside the story's stretch: their rule's
    # name is made once a rule, not once a block, and a claim is told by the
    # state's rules (``is_claimed``) without a call.
    kept = set(rules)
    before = {rule: f"before-story:{rule}" for rule in kept}
    after = {rule: f"after-story:{rule}" for rule in kept}
    furniture = Role.FURNITURE
    # The block right under the story and its trailers, which a lone credit
    # may be (claim_credit_under_story).
    under = body_end + len(trailing) if body_start < body_end else -1
    # Above the stretch and below it, its trailers and the block under them,
    # every block the header left is furniture: those runs are decided by one
    # test a block, and only the blocks between go through the rules below.
    # The run under the stretch is claimed last: a caption in the stretch
    # claims its credit below it first.
    low = min(body_start, body_end)
    high = max(body_start, body_end + len(trailing) + 1)
    # Runs of short lines that are not sentences (lists of links, tags,
    # names), read only for the blocks between: counted over them and the
    # runs reaching into them, not over the whole page.
    run_from, runs = _short_runs_over(kinds, found.sentence, low, min(high, len(blocks)))
    # The story's own lists among its short lines and right under it, read
    # as its paragraphs, one a row (a tour's dates, a table's rows); one it
    # cannot prove is said (list-rows-left-out, under the loop).
    headline = state.headline_text or (
        lines[state.headline].text if state.headline is not None else ""
    )
    lists, list_left = _story_lists(
        (texts, headline, stop_words),
        (body_start, body_end) if not trailing else (body_start, body_start),
        (classes, rules, free),
        (run_from, runs),
        knowledge,
    )
    if body_start < body_end and (
        trailing
        or (body_end < len(rules) and rules[body_end] == _SHORT_AT_EDGE and not free[body_end])
    ):
        # The story's last trailer (English ``Notes`` is one) or the block
        # right under the story, dropped at its edge with the rows.
        label_at = max(trailing) if trailing else body_end
        notes = _notes_rows_under_label(texts, rules, free, label_at)
        if notes is not None:
            lists.append(notes)
    listed = {number for rows in lists for number in rows}
    if entry < len(blocks):
        listed.add(entry)
    for index, rule in zip(blocks[:low], rules[:low], strict=True):
        if not claimed[index]:
            roles[index], claimed[index] = furniture, before[rule]
    # The blocks of runs of short lines left out between the story's
    # paragraphs that hold no furniture phrase (_flag_short_run_left_out).
    run_left: list[int] = []
    # The in-story blocks left out as a furniture phrase (_flag_phrase_subheading).
    phrases: list[int] = []
    for number in range(low, min(high, len(blocks))):
        index = blocks[number]
        if claimed[index]:
            continue  # claimed by the header
        if number == under and claim_credit_under_story(texts[number], index, state, knowledge):
            pass
        elif (
            number == signed
            and not state.byline
            and (sign_off := page_person_names(texts[number].strip(), knowledge=knowledge))
            is not None
        ):
            # The writer's sign-off over ``Contributing:`` with no byline in
            # the header (``Jane Roe, The Vale Post`` / ``Contributing: Tom
            # Hale``) signs the story: left furniture, the writer was in no
            # field, silently. Read as the byline, said where it came from.
            state.byline_from_below(
                index,
                sign_off,
                "the byline was read from the writer's sign-off over a 'Contributing:' "
                "line under the story, the header holding none",
            )
        elif number in trailing and number != signed:
            # Read as the story's last paragraph, the enrichment makes it a
            # contributors trailer, or the byline's writer's sign-off a
            # trailer (its outlet the byline's organisation): it was the
            # page's footer, the outlet lost, silently (silent52).
            state.paragraphs.append([index])
            state.claim(
                index, Role.BODY, PAGE_SIGN_OFF_RULE if number == lone_sign_off else "paragraph"
            )
        elif number < body_start:
            # Not claimed yet (above): ``state.claim`` without a call.
            roles[index], claimed[index] = furniture, before[rules[number]]
        elif number >= body_end:
            if number in listed:
                state.paragraphs.append([index])
                state.claim(index, Role.BODY, "story-list-row")
            else:
                roles[index], claimed[index] = furniture, after[rules[number]]
        elif free[number] and rules[number] == _CAPTION_RUN_RULE:
            # A photo essay's captions between its paragraphs, each credited
            # (_credited_caption_runs): read past as a box, they are photos'.
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-in-story")
            flag_signed_caption(texts[number], index, state, knowledge)
        elif free[number]:
            # A box's line may be prose by its neighbours (``Also Read | …``).
            box = rules[number]
            if box == _VIDEO_TITLES_RULE and rules[number - 1] != box:
                # Running times beside titles with no player's label: a
                # timetable of the story's reads the same (``07:15`` /
                # ``Harbour to Cliffside ferry``); left out, said.
                state.problems.append(
                    Problem(
                        "video-box-read-past",
                        f"short titles each beside a running time ({texts[number].strip()[:60]!r} "
                        "…) between the story's paragraphs were read past as a video "
                        "player's box: they may be the story's own list of times",
                        index,
                    )
                )
            elif box == _AD_LINE_RULE:
                state.problems.append(
                    Problem(
                        "advertisement-line-left-out",
                        f"{texts[number].strip()[:60]!r}, a short line under an advertisement's "
                        "label between the story's paragraphs, was left out as the ad's: it "
                        "may be a photo's caption or the story's subheading",
                        index,
                    )
                )
            elif box not in _KEPT_BOX_RULES:
                if _ad_label_line(texts, free, rules, number):
                    state.problems.append(
                        Problem(
                            "advertisement-line-left-out",
                            f"{texts[number].strip()[:60]!r}, a short line alone under an "
                            f"advertisement's label ({texts[number - 1].strip()!r}) between the "
                            "story's paragraphs, was left out as a box of sponsored links: it "
                            "may be the story's subheading",
                            index,
                        )
                    )
                box = "listing-box"
            state.claim(index, Role.FURNITURE, f"in-story:{box}")
            if number in share_bars:
                share_bars.clear()  # one diagnostic a story
                state.problems.append(
                    Problem(
                        "share-bar-read-past",
                        "a share bar between the story's paragraphs was read past, the "
                        "prose under it sharing words with the prose above: it may be the "
                        "next story's, glued on",
                        index,
                    )
                )
        elif number in dates:
            state.claim(index, Role.FURNITURE, "in-story:date-line")
        elif number in desks:
            state.claim(index, Role.FURNITURE, "in-story:desk-signature")
        elif number + 1 in dates and _entry_signature(texts, number, state):
            state.claim(index, Role.FURNITURE, "in-story:entry-author")
        elif number in times:
            state.claim(index, Role.FURNITURE, "in-story:timestamp")
        elif number in posts:
            # The embed's lines are the story's as the site prints them (a
            # post it quotes), never a photo's caption: kept as paragraphs,
            # the story says so (embedded-post-in-body, under the loop).
            state.paragraphs.append([index])
            state.claim(index, Role.BODY, "embedded-post")
        # With no caption pairs on the page (most), no block is one's.
        elif pairs and _claim_caption_pair(blocks, number, pairs, state, glued):
            pass
        elif number in credit_lines:
            # A credit alone whose caption is not known (``Getty Images``,
            # ``Photo: Jane Roe``): part of the photo, not a caption of its own.
            state.claim(index, Role.CAPTION, "caption-credit-line")
        elif number == body_end - 1 and _signed_off_close(texts[number], index, state, knowledge):
            # The story's last block, a sentence and an agency's sign-off:
            # its close, the sign-off cut into a trailer by the enrichment.
            state.paragraphs.append([index])
            state.claim(index, Role.BODY, "page-signed-off")
        elif texts[number][-1:] not in _NO_SIGN_OFF_ENDS and signed_off_report(
            texts[number], knowledge=knowledge
        ):
            # A paragraph between paragraphs reporting speech, an agency's
            # sign-off glued on (``… officials said. — AFP``): the body's;
            # is_page_caption reads the sign-off as a photo's credit.
            state.paragraphs.append([index])
            state.claim(index, Role.BODY, "page-signed-paragraph")
        elif (
            # Most blocks stand under no caption: no call for them.
            number > 0
            and state.captions
            and state.captions[-1] == blocks[number - 1]
            and _folded_caption(texts, number)
        ):
            # "Pupils leave the old library on…. more" under "Pupils leave the
            # old library on Monday. (AP Photo/Jane Roe) less": the caption
            # again, folded to its first words and the button unfolding it.
            state.claim(index, Role.DUPLICATE, "caption-shown-again")
        elif is_page_caption(texts[number], knowledge=knowledge):
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-in-story")
            flag_signed_caption(texts[number], index, state, knowledge)
            _flag_narrating_caption(texts[number], index, state, knowledge)
        # The caption readers below are each asked only of a block holding what
        # its own first test looks for (a bracket; a colon; a closing bracket or
        # a spaced dash; ``redit``), a string test in C: the same answers,
        # without four calls for each of the story's paragraphs (most hold
        # none; ``… the ferry sails at dawn.``).
        elif "(" in texts[number] and _is_positioned_caption(texts[number], patterns, knowledge):
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-by-position")
            _flag_narrating_positioned(texts[number], index, state, knowledge)
        elif ":" in texts[number] and _is_picture_agency_caption(texts[number], knowledge):
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-picture-agency")
        elif ":" in texts[number] and _is_pointing_caption(texts[number], knowledge):
            _claim_pointing_caption(blocks, number, (credit_lines, pairs), state)
        elif (
            ")" in (text := texts[number]) or " - " in text or " – " in text or " — " in text
        ) and _generic_credited_caption(text, knowledge):
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-in-story")
            _flag_generic_caption(texts[number], index, state, knowledge)
        elif "redit" in texts[number] and _long_credited_caption(texts[number], knowledge):
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-long-credited")
            state.problems.append(
                Problem(
                    "caption-long",
                    f"a block of over {CAPTION_MAX_WORDS} words between the story's "
                    "paragraphs ends in a 'Credit:' label and was read as a photo's "
                    "caption: it may be a paragraph citing its source",
                    index,
                )
            )
        elif series and number in series:
            if series[number]:
                state.captions.append(index)
                state.claim(index, Role.CAPTION, "caption-repeated-in-series")
            else:
                state.claim(index, Role.DUPLICATE, "caption-shown-again")
        elif ":" in texts[number][:_MEDIA_LABEL_CHARS] and (
            # A colon among the first characters, a label's or a running
            # time's: most paragraphs hold none and are asked no more.
            media := _media_link(texts[number], knowledge)
        ):
            state.claim(index, Role.FURNITURE, media)
        elif classes[number] == _GOOD and runs[number - run_from] >= _SHORT_RUN:
            if number in listed:
                state.paragraphs.append([index])
                state.claim(index, Role.BODY, "story-list-row")
            else:
                state.claim(index, Role.FURNITURE, "in-story:short-run")
                if not found.furniture[number]:
                    run_left.append(number)
        elif (
            classes[number] == _GOOD
            # A writer's name is short: a paragraph is turned down by its length.
            and len(found.stripped[number]) <= _ENTRY_AUTHOR_MAX_CHARS
            and _entry_author(texts, number, body_end, state.byline_found)
        ):
            state.claim(index, Role.FURNITURE, "in-story:entry-author")
        elif classes[number] == _GOOD:
            state.paragraphs.append([index])
            state.claim(index, Role.BODY, f"page-{rules[number]}")
        elif rules[number] == "short-at-edge" and _heading_over_phrase(
            texts, number, (classes, rules), body_end
        ):
            # "What happens next" / "Advertisement" (or "Share this article",
            # "Read more: …") / the story's prose: the story's subheading,
            # the furniture under it printed between it and its section (or
            # "The vote was close.", a one-line paragraph over the ad). It
            # was left out with the furniture, silently.
            state.paragraphs.append([index])
            state.claim(index, Role.BODY, "paragraph")
            if not _heading_told_around(texts, number):
                state.problems.append(
                    Problem(
                        "subheading-may-be-teaser",
                        f"the line {texts[number].strip()!r} kept in the story over a "
                        "furniture line inside it shares no word with the paragraphs around "
                        "it: another story's teaser over the site's line reads the same",
                        index,
                    )
                )
        elif (
            rules[number] == "furniture-phrase"
            and _remembered_phrase_key(found.stripped[number]) in _SECTION_LABEL_KEYS
            and roles[blocks[number - 1]] is Role.BODY
            and number + 1 < body_end
            and classes[number + 1] == _GOOD
        ):
            # "Contacts", "Line-ups", "Service schedule" between two of the
            # story's paragraphs: the story's subheading, as any short line
            # there is (a page's section of that name stands under the story,
            # or over it). Left out, it went silently.
            state.paragraphs.append([index])
            state.claim(index, Role.BODY, "paragraph")
        else:
            state.claim(index, Role.FURNITURE, f"in-story:{rules[number]}")
            if rules[number] == "furniture-phrase":
                phrases.append(number)
    if state.headline is not None and not state.captions:
        title = state.headline_text or lines[state.headline].text
        _caption_in_lightbox(texts, blocks, high, title, state, knowledge)
    for rows in lists:
        # The rows of a list under the story, after its paragraphs, in order.
        for index in map(blocks.__getitem__, range(max(rows.start, high), rows.stop)):
            if not claimed[index]:
                state.paragraphs.append([index])
                state.claim(index, Role.BODY, "story-list-row")
    for index, rule in zip(blocks[high:], rules[high:], strict=True):
        if not claimed[index]:
            roles[index], claimed[index] = furniture, after[rule]
    if not state.byline and state.headline is not None:
        _flag_header_name_unread(texts, (blocks, body_start), state, knowledge)
    if phrases:
        _flag_phrase_subheading(phrases, texts, blocks, state)
        _flag_pitch_left_out(phrases, texts, blocks, state)
    if body_start < body_end and "boilerplate-words" in kept:
        _flag_notice_words_in_story(
            (texts, found.sentence),
            (classes, rules),
            weights,
            (body_start, body_end),
            (blocks, state, knowledge),
        )
    if len(run_left) >= 2:
        _flag_data_lines_left_out(run_left, texts, state, blocks)
    if len(run_left) >= _SHORT_RUN:
        _flag_short_run_left_out(run_left, (texts, found.furniture), lines, state, blocks)
    if list_left >= 0 and not any(p.code == "short-run-left-out" for p in state.problems):
        state.problems.append(
            Problem(
                "list-rows-left-out",
                f"short rows of a list's form ({texts[list_left].strip()[:60]!r} …) in or "
                "right under the story were left out as furniture, "
                + (
                    "past the end of a list read in (a number skipped, a date out of "
                    "order): they may be its last rows"
                    if any(rows.stop == list_left for rows in lists)
                    else "no lead of the story's announcing them: they may be the story's "
                    "own list (a tour's dates, a table's rows)"
                ),
                blocks[list_left],
            )
        )
    elif (
        over := _list_over_story(
            texts,
            blocks,
            claimed,
            body_start,
            knowledge,
            lines[state.headline].text if state.headline is not None else None,
        )
    ) >= 0:
        state.problems.append(
            Problem(
                "list-rows-left-out",
                f"a sentence ending in a colon or a heading of the headline's words "
                f"({texts[over].strip()[:60]!r}) over short rows of a list's form between the "
                "headline and the story was left out as furniture with its rows: they may be "
                "the story (a table's rows, a calendar), the paragraphs read another's",
                blocks[over],
            )
        )
    _flag_second_page(texts, body_start, lines, blocks, state)
    _flag_story_under_page(found, state, options)
    if posts:
        post = min(posts)
        state.problems.append(
            Problem(
                "embedded-post-in-body",
                f"a social post embedded in the page ({texts[post].strip()[:60]!r}) is "
                "kept as the story's paragraphs: its text and its signature (— Name "
                "(@handle) date) are the post's, quoted, not the story's prose",
                blocks[post],
            )
        )
    if wall is not None:
        state.problems.append(
            Problem(
                "story-cut-by-paywall",
                f"{texts[wall].strip()[:60]!r} at the story's end is a paywall's notice: the "
                "page holds the story's opening only, the rest is cut",
                blocks[wall],
            )
        )
    if body_start < body_end:
        _flag_rows_under_heading(texts, weights, (body_start, body_end), blocks, state)
    if state.paragraphs and not trailing:
        author_box_at_end(lines, state, knowledge, state.byline_found)
    if state.paragraphs:
        # A note read past under the stretch (an opinion page's disclaimer,
        # "Les opinions exprimées … n'engagent que leur auteur.") hid the
        # writer's bio above it from the check.
        author_bio_at_end(lines, state, knowledge, state.byline_found)
    if state.paragraphs:
        _places_of_the_page(lines, state, knowledge)
        _flag_paragraph_repeats(lines, state)
        _flag_media_label_in_body(lines, state)
        _flag_headline_runs(lines, state)
        flag_pull_quotes(lines, state)
        held_from, held_to = _paragraphs_blocks(state.paragraphs, blocks)
        heads = found.heads[held_from:held_to]
        _flag_second_header(lines, state, knowledge, heads)
        _flag_quotes_in_body(lines, state, "".join(heads))
        _flag_labels_over_story(lines, state, knowledge)
        _flag_moment_caption_in_body(lines, state, knowledge)
        body = "\n".join(texts[held_from:held_to])
        _flag_markup_and_boilerplate(lines, state, (body, heads), knowledge)
        _flag_call_letters_caption(lines, state, body)
        _flag_sign_up_pitch(lines, state, body, knowledge)
    if (
        (short_lines or unmarked)
        and state.paragraphs
        and not _short_story_told(lines, state, stop_words, unmarked=unmarked)
    ):
        state.problems.append(
            Problem(
                "body-of-short-lines",
                "the page holds no paragraph of prose: the story's body is its short "
                + (
                    "blocks in a script that marks no sentence's end (Thai, Lao)"
                    if unmarked
                    else "sentences, one a line"
                ),
                state.paragraphs[0][0],
            )
        )


def _short_story_told(
    lines: Sequence[Line],
    state: LineState,
    stop_words: frozenset[str] | None,
    *,
    unmarked: bool,
) -> bool:
    """Does the page itself tell a story of short lines (``body-of-short-lines``'s
    doubt) as one: under a byline read (a writer signs a story), its short
    sentences, one a line, each going on from the one above
    (:func:`_lines_run_on`), or its Thai or Lao blocks of a sentence's length
    each set apart by a line (a blank one, a caption: a hard wrap sets a
    paragraph's lines one under another, nothing between)? Said of such a
    page (the Yoruba brief under ``Lati owo …``, a Thai story of short
    paragraphs under ``โดย …``), the code was a false alarm (alarms61). A
    byline alone, or blank lines alone, tell no story: an author's page lists
    the writer's teasers under ``By …``, and a Thai section's page sets its
    teasers apart by blank lines; quieted, their listing was read as a story
    silently (review63)."""
    if not state.byline:
        return False
    paragraphs = state.paragraphs
    if not unmarked:
        headline = state.headline_text
        if headline is None and state.headline is not None:
            headline = lines[state.headline].text
        return _lines_run_on(
            headline or "", [lines[paragraph[0]].text for paragraph in paragraphs], stop_words
        )
    # Thai and Lao set no space between words: no word the lines share can be
    # told, and the byline over the blocks set apart is the page's word.
    return (
        len(paragraphs) > 1
        and all(len(paragraph) == 1 for paragraph in paragraphs)
        and all(below[0] - above[-1] > 1 for above, below in pairwise(paragraphs))
    )


def _lines_run_on(headline: str, texts: Sequence[str], stop_words: frozenset[str] | None) -> bool:
    """Do ``texts`` (a page's short lines under a byline) read as one story's
    sentences: none in a headline's title case, and the first naming what
    ``headline`` names (a lede restates its headline: ``Tartus avati uus
    raamatukogu`` over ``Tartus avati esmaspäeval uus raamatukogu.``) or each
    going on from the line above (the story's subject named again: ``Oja
    tuntun …`` / ``Oja naa …``)? Words are matched by their first
    ``_RUN_ON_STEM_LETTERS`` letters (an inflected word names the same
    thing), those of ``_RUN_ON_MIN_LETTERS`` letters or more that
    ``stop_words`` does not hold. A listing's teasers name a new subject each
    (``Ferry fares will rise in June.`` / ``The harbour wall will be
    rebuilt.``) under a heading that names the writer (``Latest from Jane
    Roe``)."""
    stops = stop_words or frozenset()
    named: list[set[str]] = []
    for text in (headline, *texts):
        words = [word.strip(_WORD_EDGES) for word in text.split()]
        if named and _title_cased(words):
            return False
        named.append(
            {
                folded[:_RUN_ON_STEM_LETTERS]
                for folded in map(str.casefold, words)
                if len(folded) >= _RUN_ON_MIN_LETTERS and folded not in stops
            }
        )
    if len(named) < 2:
        return False
    return not named[0].isdisjoint(named[1]) or all(
        not above.isdisjoint(below) for above, below in pairwise(named[1:])
    )


def _title_cased(words: Sequence[str]) -> bool:
    """Are ``words`` a headline's title case: after the first, most of those
    of ``_RUN_ON_MIN_LETTERS`` letters or more capitalised (``Council Tax Set
    To Rise Again``)?"""
    long_words = [word for word in words[1:] if len(word) >= _RUN_ON_MIN_LETTERS]
    capitals = sum(word[:1].isupper() for word in long_words)
    return len(long_words) > 1 and capitals * 2 > len(long_words)


# A word the lines of one story share is this long at least: shorter ones are
# a language's particles (``ni``, ``si``) in one no stop-word table knows.
_RUN_ON_MIN_LETTERS: Final = 3
# A word's first letters name it whatever its ending (``raamatukogu`` /
# ``raamatukogus``, library / in the library).
_RUN_ON_STEM_LETTERS: Final = 5


# Punctuation around a word, stripped before it is looked for.
_WORD_EDGES: Final = ".,;:!?()[]\"'“”‘’"
# A subheading a furniture phrase may be is a word or a few.
_PHRASE_HEADING_MAX_WORDS: Final = 3


def _heading_over_phrase(
    texts: Sequence[str],
    number: int,
    judged: tuple[Sequence[str], Sequence[str]],
    body_end: int,
) -> bool:
    """Is block ``number``, a short block at the edge of prose inside the
    story's stretch, a subheading or a short sentence over a furniture phrase
    with the story's prose right under the phrase (``What happens next``,
    ``Reaction`` or ``The vote was close.`` / ``Advertisement`` / a
    paragraph)? One to ``_CONTENTS_HEADING_MAX_WORDS`` words ending like no
    sentence, or two or more ending in one full stop with a word in small
    letters (a one-line paragraph the site set its ad under: it was lost
    with the ad, silently; ``Getty Images.`` is a credit), and not
    the text of the phrase under it (a teaser's headline over its ``Read
    more: …`` link). The neighbours' judgments asked first."""
    classes, rules = judged
    if (
        number + 2 >= body_end
        or rules[number + 1] != "furniture-phrase"
        or classes[number + 2] != _GOOD
    ):
        return False
    text = texts[number].strip()
    words = len(text.split(None, _CONTENTS_HEADING_MAX_WORDS))
    if text[-1:] == "." and text[-2:-1] not in _PARAGRAPH_ENDS:
        # A sentence holds a word in small letters; a photo's credit or a
        # name over the ad (``Getty Images.``, ``Jane Roe.``) holds none.
        shaped = 1 < words <= _CONTENTS_HEADING_MAX_WORDS and any(
            word.islower() for word in text.split()
        )
    elif _quoted_sentence(text):
        # Someone's words in quotes, a one-line paragraph (``“We will fight
        # this.”``): it was left out with the ad, silently.
        shaped = 1 < words <= _CONTENTS_HEADING_MAX_WORDS
    else:
        shaped = text[-1:] not in _PARAGRAPH_ENDS and text[-1:] != ":"
    return (
        shaped
        and 0 < words <= _CONTENTS_HEADING_MAX_WORDS
        and line_key(text) not in line_key(texts[number + 1])
        and not _reader_prompt(text)
    )


def _quoted_sentence(text: str) -> bool:
    """Is ``text`` a sentence in quotes, an opening quotation mark first and a
    closing one after its end mark (``“We will fight this.”``, ``"Get in!"``)?"""
    core = text.rstrip(_SENTENCE_END_CLOSERS)
    return (
        text[:1] in _SENTENCE_OPENERS
        and core != text
        and core[-1:] in _FULL_STOPS
        and core[-2:-1] not in _PARAGRAPH_ENDS
    )


def _reader_prompt(text: str) -> bool:
    """Is ``text`` a site's prompt to the reader, a bidding verb and only a
    prompt's words (``Sign up here.``, ``Get the app.``, ``Read more here``),
    as a site sets one over its ad between the story's paragraphs? It is no
    subheading nor a sentence of the story's: left out with the ad, unsaid
    (it was kept as a paragraph, said to be a teaser, or silently)."""
    words = [word.strip(_WORD_EDGES).casefold() for word in text.split()]
    return (
        text[:1] not in _SENTENCE_OPENERS  # someone's words (``“Get in here.”``)
        and 0 < len(words) <= _READER_PROMPT_MAX_WORDS
        and words[0] in _READER_PROMPT_VERBS
        and all(word in _READER_PROMPT_WORDS for word in words)
    )


# A reader's prompt over an ad is a few words (``Sign up for free now.``): a
# bidding verb first, then a pointer, the app or the site's offer; a line
# writing any other word (``Follow the money``, ``Read the ruling``) may be
# the story's subheading and is judged as one.
_READER_PROMPT_MAX_WORDS: Final = 5
_READER_PROMPT_VERBS: Final = frozenset(
    {"sign", "subscribe", "register", "click", "tap", "read", "get", "download", "join", "log"}
)
_READER_PROMPT_WORDS: Final = _READER_PROMPT_VERBS | frozenset(
    {"up", "in", "here", "now", "today", "below", "more", "the", "our", "app", "for", "free"}
)


# A heading's word told by the prose around it has this many letters or more
# (shorter ones are mostly function words: "the", "and", "to").
_TOLD_WORD_MIN_CHARS: Final = 4


def _heading_told_around(texts: Sequence[str], number: int) -> bool:
    """Does block ``number``, a subheading over a furniture phrase
    (:func:`_heading_over_phrase`), share a word of ``_TOLD_WORD_MIN_CHARS``
    letters or more with the block above it or the prose under the phrase
    (``The new branch`` over ``… the new branch would open …``), or hold no
    such word? A word's other form counts (:func:`_same_stem`): a signpost
    ``What happens next`` over the ad, under ``… how the move would
    happen``, is the story's. A teaser's headline over an ad's label
    (``Ferry fares rise again`` / ``Advertisement``) writes other words than
    the story's."""
    words = {w.strip(_WORD_EDGES) for w in texts[number].casefold().split()}
    words = {w for w in words if len(w) >= _TOLD_WORD_MIN_CHARS}
    if not words:
        return True
    around = texts[number + 2] if number == 0 else f"{texts[number - 1]} {texts[number + 2]}"
    told = {w.strip(_WORD_EDGES) for w in around.casefold().split()}
    return any(
        _same_stem(word, other)
        for other in told
        if len(other) >= _TOLD_WORD_MIN_CHARS
        for word in words
    )


def _flag_phrase_subheading(
    phrases: Sequence[int], texts: Sequence[str], blocks: Sequence[int], state: LineState
) -> None:
    """Say so (``furniture-may-be-subheading``) when a furniture phrase left out
    between two of the story's paragraphs (``in-story:furniture-phrase``) is
    of words both paragraphs write: ``Advertising`` between ``… said
    advertising revenue fell …`` and ``Its advertising sales …`` in a story on
    a media company is the story's subheading, a site's ``Advertising`` label
    over an advertisement is not told of by the prose around it. Only a
    phrase of a few words with a paragraph of the body on each side; one
    diagnostic a story."""
    roles = state.roles
    for number in phrases:
        if not _between_body_paragraphs(number, blocks, roles):
            continue
        words = [w.strip(_WORD_EDGES) for w in texts[number].casefold().split()]
        if not words or len(words) > _PHRASE_HEADING_MAX_WORDS or not all(words):
            continue
        above = {w.strip(_WORD_EDGES) for w in texts[number - 1].casefold().split()}
        below = {w.strip(_WORD_EDGES) for w in texts[number + 1].casefold().split()}
        if all(w in above and w in below for w in words):
            state.problems.append(
                Problem(
                    "furniture-may-be-subheading",
                    f"a furniture phrase between the story's paragraphs ({texts[number]!r}) "
                    "was left out of the body, but the paragraphs on each side write its "
                    "words: it may be the story's subheading",
                    blocks[number],
                )
            )
            return


def _flag_header_name_unread(
    texts: Sequence[str],
    where: tuple[Sequence[int], int],
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """Say so (``byline-name-unread``) when a story with no byline has a
    person's name alone between its headline and its first paragraph, left
    out as furniture: two or three capitalised words that a line under it
    opens with again in capitals before a comma or a colon (``DALE MORROW,
    HOST:``, a transcript's speaker), read
    by :func:`page_person_names` as one person with no title. (A known given
    name alone is no sign: a page's header holds ``Last Man``, ``Free
    Courses``, a menu's and a box's labels of that shape.) A radio page
    prints its host there (``Heard on Morning Edition`` / ``Dale Morrow`` /
    ``4-Minute Listen``), where no byline form (under the headline, over a
    date line) reads the name: the writer went unread, silently. One
    diagnostic a story."""
    blocks, body_start = where
    if state.headline is None:
        return
    headline = bisect_left(blocks, state.headline)
    roles = state.roles
    # Once, not for each block: asked in the loop, a run of many buttons
    # under the headline was walked again for each (quadratic).
    under_bar = _under_share_bar(texts, headline)
    for number in range(headline + 1, min(body_start, len(blocks))):
        if roles[blocks[number]] is not Role.FURNITURE:
            continue
        text = texts[number].strip()
        if number > headline + 1 and number == under_bar:
            # A name under a blog's share bar that the header did not read
            # (``Share`` / ``Tweet`` / ``JANE ROE``, ``Jane Roe Harbour``:
            # not the sure shape ``_name_line`` reads there): the writer's
            # place on such a page, said rather than left out silently.
            found = page_person_names(text, knowledge=knowledge)
            if found is not None and found.names and len(text.split()) <= _NAME_WORDS:
                # The site's name under the bar (``_names_site``) is left out
                # too, and said as such: a personal blog's writer is its
                # site's name.
                site = (
                    " (it is the site's name on the page too)" if _names_site(texts, number) else ""
                )
                state.problems.append(
                    Problem(
                        "byline-name-unread",
                        f"{text!r}, a name alone under the share bar between the headline "
                        f"and the story, was left out and no byline was found{site}: it may "
                        "be the story's writer",
                        blocks[number],
                    )
                )
                return
        words = text.split()
        if not 2 <= len(words) <= _HEADER_NAME_MAX_WORDS or not all(
            word[:1].isupper() and word[1:2].islower() for word in words
        ):
            continue
        label = text.upper()
        if not any(
            texts[n].strip().startswith(label)
            and texts[n].strip()[len(label) : len(label) + 1] in _SPEAKER_LABEL_ENDS
            for n in range(number + 1, min(body_start + _HEADER_NAME_LOOKAHEAD, len(texts)))
        ):
            continue
        found = page_person_names(text, knowledge=knowledge)
        if found is None or found.organization is not None or found.names != (text,):
            continue
        state.problems.append(
            Problem(
                "byline-name-unread",
                f"{text!r}, a person's name alone between the headline and the story, was "
                "left out and no byline was found: it may be the story's writer or host",
                blocks[number],
            )
        )
        return


# The most words of a name alone in a page's header (``Dale Morrow``, ``Ana
# María Ruiz``).
_HEADER_NAME_MAX_WORDS: Final = 3
# A name alone is doubted when a line under it, down to the story's first
# few paragraphs, opens with the name again in capitals (a transcript's
# speaker label, ``DALE MORROW, HOST:``).
_HEADER_NAME_LOOKAHEAD: Final = 3
# What follows a transcript's speaker in capitals: a role after a comma, or
# the words after a colon.
_SPEAKER_LABEL_ENDS: Final = (",", ":")


def _between_body_paragraphs(number: int, blocks: Sequence[int], roles: Sequence[Role]) -> bool:
    """Does block ``number`` stand between two blocks read as the story's
    paragraphs (a phrase left out of the body, not one at its edge)?"""
    return (
        0 < number < len(blocks) - 1
        and roles[blocks[number - 1]] is Role.BODY
        and roles[blocks[number + 1]] is Role.BODY
    )


def _flag_pitch_left_out(
    phrases: Sequence[int], texts: Sequence[str], blocks: Sequence[int], state: LineState
) -> None:
    """Say so (``sign-up-pitch-left-out``) when a one-sentence bid to a
    newsletter or the reader's inbox (``Sign up to get the day's top stories
    in your inbox.``: ``_INBOX_PITCH_OPENINGS``, ``_INBOX_PITCH``) was left
    out as furniture between two of the story's paragraphs, naming nothing
    as the site's own (no ``our``, ``we``, ``us``). Over or under the story
    it is the site's sign-up box, unsaid; between the paragraphs a how-to
    story gives the same advice in its own sentence (``Sign up for your
    bank's alerts so that they reach your inbox …``). It stays out (most
    such lines are the box's), and the story says so; one diagnostic a
    story."""
    roles = state.roles
    for number in phrases:
        if not _between_body_paragraphs(number, blocks, roles):
            continue
        text = texts[number].strip()
        folded = text.casefold()
        if (
            not folded.startswith(_INBOX_PITCH_OPENINGS)
            or _INBOX_PITCH.match(folded) is None
            or not _SITE_VOICE.isdisjoint(w.strip(_WORD_EDGES) for w in folded.split())
        ):
            continue
        state.problems.append(
            Problem(
                "sign-up-pitch-left-out",
                f"a bid to a newsletter or the reader's inbox between the story's paragraphs "
                f"({text[:60]!r}) was left out as a sign-up box's pitch: naming no site's "
                "own, it may be the story's advice",
                blocks[number],
            )
        )
        return


def _flag_notice_words_in_story(
    shown: tuple[Sequence[str], Sequence[bool]],
    read: tuple[Sequence[str], Sequence[str]],
    weights: Sequence[int],
    span: tuple[int, int],
    read_into: tuple[Sequence[int], LineState, Knowledge],
) -> None:
    """Say so (``notice-words-in-story``) when a sentence of prose holding the
    words of a site's notice (``boilerplate-words``: ``earn an affiliate
    commission``, ``cookies``) was left out between two paragraphs of prose,
    the story's or left out with it: between the story's paragraphs, where it
    ended the story or right over where it starts (the paragraphs on its other
    side lost). A site prints its notice over the story or under it,
    not between its paragraphs; a story on the trade writes those words in
    its own paragraph (``The publishers said the affiliate commission they
    are paid has fallen …``). Only a block of prose's length (a video's
    ``Your browser does not support the video tag.`` is shorter) and no
    trailer's form (a site's footer of legal prose, ``© 2019 Vale Media. All
    rights reserved. …`` between its disclaimers, is no story's); one
    diagnostic a story. ``shown``: the blocks' texts and whether each ends a
    sentence; ``read``: their classes and rules."""
    texts, sentence = shown
    classes, rules = read
    blocks, state, knowledge = read_into
    body_start, body_end = span
    for number in range(max(1, body_start - 1), min(body_end + 1, len(blocks) - 1)):
        if (
            rules[number] != "boilerplate-words"
            or classes[number] == _GOOD
            or weights[number] < _LENGTH_LOW
            or not sentence[number]
            or classes[number - 1] != _GOOD
            or classes[number + 1] != _GOOD
            or classify_trailer(texts[number].strip(), knowledge=knowledge) is not None
        ):
            continue
        state.problems.append(
            Problem(
                "notice-words-in-story",
                f"a sentence between two paragraphs of prose ({texts[number].strip()[:60]!r}) "
                "holds a site notice's words and was left out as furniture: it may be the "
                "story's own (a story on cookies or affiliate commissions)",
                blocks[number],
            )
        )
        return


# How many of a run's lines must be made of the story's words.
_TOLD_LINES: Final = 3


def _flag_data_lines_left_out(
    left: Sequence[int], texts: Sequence[str], state: LineState, blocks: Sequence[int]
) -> None:
    """Say ``letters-block-left-out`` when blocks left out between the
    story's paragraphs as a run of short lines (``in-story:short-run``,
    ``left`` in order) hold lines of base64 one under another: each a run
    of its alphabet of ``_DATA_TOKEN_MIN`` characters or more, the last any
    run of it (MIME wraps base64 at 76 columns, its last line shorter). A
    single unwrapped block is said so already; wrapped, each line a block,
    the data was left out silently (silent64). Once a story."""
    start, run = 0, 0
    for position, number in enumerate(left):
        text = texts[number].strip()
        if run and number == left[position - 1] + 1 and _DATA_TAIL.fullmatch(text) is not None:
            # The run goes on; a line shorter than a full one ends it.
            run += 1
            if _DATA_TOKEN.fullmatch(text) is not None:
                continue
        elif run < 2:
            start, run = position, int(_DATA_TOKEN.fullmatch(text) is not None)
            continue
        break
    if run < 2:
        return
    first = left[start]
    state.problems.append(
        Problem(
            "letters-block-left-out",
            f"{run} lines of letters that make no word ({texts[first].strip()[:40]!r} …), "
            "base64 wrapped one under another, between two of the story's paragraphs were "
            "left out as furniture: they may be the story's text garbled or encoded",
            blocks[first],
        )
    )


def _flag_short_run_left_out(
    left: Sequence[int],
    shown: tuple[Sequence[str], Sequence[bool]],
    lines: Sequence[Line],
    state: LineState,
    blocks: Sequence[int],
) -> None:
    """Say so (``short-run-left-out``) when a run of ``_SHORT_RUN`` short lines
    or more between the story's paragraphs, none a furniture phrase, was left
    out of the body as furniture (``in-story:short-run``): a match report's
    line-ups (``Teams`` / ``Harbour Town`` / ``Roe`` / ``Hale`` …) or a
    table's rows read the same as a list of links or tags. ``left`` holds the
    run's blocks that are no furniture phrase, in order; the run must have no
    furniture phrase among or between them, and three of its lines or more,
    each different, must be made only of words the story's paragraphs write
    (``Harbour Town``, ``Hale`` in a report on Harbour Town's win with Tom Hale's goal): a list
    of other stories' headlines or of a site's staff names other words; or
    most of them open with a quantity (:func:`_quantity_rows`: a recipe's
    ingredients). One diagnostic a story."""
    texts, furniture = shown
    runs = []
    start = previous = left[0]
    for number in (*left[1:], None):
        if number is not None and number == previous + 1:
            previous = number
            continue
        if previous - start + 1 >= _SHORT_RUN and not any(furniture[start : previous + 1]):
            runs.append((start, previous))
        if number is not None:
            start = previous = number
    if not runs:
        return
    # The story's words, built only for a page with such a run: one join, one
    # fold, one split.
    joined = " ".join(lines[index].text for paragraph in state.paragraphs for index in paragraph)
    story_words = {word.strip(_WORD_EDGES) for word in joined.casefold().split()}

    def told(number: int, counter: bool) -> bool:
        # A line of bare numbers in a run counting up tells nothing of the
        # story: a photo gallery's slide counter (``HIDE CAPTION`` / ``<`` /
        # ``1`` / ``2`` / ``3`` / …) writes words of every story that writes
        # a number. A results box's figures (``Jane Roe (Lab)`` / ``812`` /
        # ``Tom Hale (Con)`` / ``640``) count nothing up, and are the story's.
        words = [w for w in (w.strip(_WORD_EDGES) for w in texts[number].casefold().split()) if w]
        return (not counter or any(not w.isdecimal() for w in words)) and all(
            w in story_words for w in words
        )

    for start, previous in runs:
        counter = _counts_up([texts[k].strip() for k in range(start, previous + 1)])
        if (
            _led_in(texts, start)
            or len({texts[k] for k in range(start, previous + 1) if told(k, counter)})
            >= _TOLD_LINES
            or _quantity_rows(texts[start : previous + 1])
        ):
            state.problems.append(
                Problem(
                    "short-run-left-out",
                    f"{previous - start + 1} short lines between the story's paragraphs "
                    "were left out of the body as a list (links, tags): they may be the "
                    "story's own (a match's line-ups, a table's rows)",
                    blocks[start],
                )
            )
            return


# The most digits of a slide counter's number (a gallery of thousands of
# slides is none); a longer run of digits is no count, and int() of
# thousands of digits raises.
_COUNTER_DIGITS: Final = 4
# The fewest bare numbers counting up: one alone counts nothing (a results
# box's one figure, ``Jane Roe (Lab)`` / ``812`` / ``Tom Hale (Con)``).
_COUNTER_LEAST: Final = 2


def _counts_up(run: Sequence[str]) -> bool:
    """Do a run's lines of bare numbers, ``_COUNTER_LEAST`` or more, count up
    by one from the first (``1`` / ``2`` / ``3``: a gallery's slide counter,
    other lines between)? One pass."""
    numbers = [
        int(text)
        for text in run
        if len(text) <= _COUNTER_DIGITS and text.isdecimal() and text.isascii()
    ]
    return len(numbers) >= _COUNTER_LEAST and numbers == list(
        range(numbers[0], numbers[0] + len(numbers))
    )


def _quantity_rows(run: Sequence[str]) -> bool:
    """Do most of a run's lines open with a quantity (``8 boneless chicken
    thighs``, ``300g frozen peas``, ``2 bunches spring onions``)? A recipe's
    ingredients or a table's rows under the story's prose; a list of other
    stories' headlines or tags opens with words, a page's metadata with
    dates and bare numbers (``2019-11-19T08:57:40``, ``500``)."""
    return 2 * sum(_QUANTITY.match(text.lstrip()) is not None for text in run) > len(run)


# A quantity opening a line: a number, a unit glued to it or none, then a word
# in small letters (``8 boneless``, ``300g frozen``, ``1½ cups``). Bounded.
_QUANTITY: Final = regex.compile(r"\d{1,4}(?:[.,/]\d{1,3})?[½¼¾]?[a-z]{0,5}\s{1,3}\p{Ll}")


# How many words a lead-in sentence has at least: ``Related:`` and ``See
# also:`` label a box of links, ``The forecast for the week:`` announces rows.
_LEAD_IN_WORDS: Final = 4


def _led_in(texts: Sequence[str], start: int) -> bool:
    """Whether the run starting at block ``start`` is announced by a sentence
    of the story ending in a colon, the run's first line or the paragraph
    right above it (``The forecast for the coming week:`` over ``Monday 14C
    light rain`` / ``Tuesday 16C cloudy`` …, ``The line-ups for the final:``,
    four words or more): a box of
    links is labelled by a word or two (``Related:``, ``Read more:``), never
    introduced by the prose, so the rows are the story's own whichever words
    they write. A label in title case (``More from The Vale Post:``) is a
    box's however many words it has: a sentence holds a word in small letters
    of ``_HEADING_WORD_MIN_CHARS`` letters or more (``forecast``)."""
    return any(_lead_in_sentence(texts[number]) for number in (start - 1, start) if number >= 0)


# A story's own list printed one row a line (a tour's dates, a standings
# table, a numbered buying guide, a list of teams and their records) reads
# as a run of short lines, as a menu, a tag list or a box of headlines does.
# What tells the story's: the rows share a form a box of links never keeps
# line after line (numbers counting up or down by one, dates in calendar
# order, a key and a short value after a colon), and the story announces them, by a
# sentence ending in a colon or a heading naming the story's words, right
# under its last paragraph or inside its stretch. At least ``_LIST_ROWS_LEAST``
# rows; a numbered item may carry up to ``_LIST_DETAIL_MOST`` lines under it
# (``1) Product name`` / ``http://…``), the same count under each.
_LIST_ROWS_LEAST: Final = 3
_LIST_DETAIL_MOST: Final = 2
# How many short lines under the story are looked at for a list, at most.
_LIST_LINES_MOST: Final = 120
_SHORT_AT_EDGE: Final = "short-at-edge"
# A word of a list's lead or heading counted as the story's: four letters or
# more (``tour``, ``band``), shorter ones being a heading's small words.
_LIST_WORD_MIN_CHARS: Final = 4
# A numbered row: a rank or an item's number, maybe an ordinal's letters
# (``1st``, ``2nd``; ``1a``, ``1ª``, ``1º`` in Portuguese, Spanish and
# Italian: ``1a etapa: 9 de março – Porto Velho``, a race calendar's rows), a
# bracket or a full stop or a space, then the row (``1 Jane Roe 5040 5``,
# ``2) Harbour lamp``, ``3. …``).
_LIST_NUMBER: Final = re.compile(r"(\d{1,3})(?:st|nd|rd|th|[aoªº])?(?:[.)]\s*|\s+)(?=\S)")
# A bulleted row (``• Twenty halls on the coast``, ``- …``) or a lettered one
# (``a) …``, ``b. …``): a story's list as often as a box of links, so proven
# by a sentence ending in a colon only (:func:`_bare_rows`).
_LIST_MARK: Final = re.compile(r"(?:([•·▪●◦‣*–-])|([a-z])[.)])\s+(?=\S)")
# A dated row: a month's word and a day (``June 9 -- Arena``, ``Aug. 30 –
# …``) or a day and a month's word (``9 June: …``), each with its year or
# not (``June 4, 1921 – …``, ``4 June 1921: …``: a history box's rows, in
# order across the years). Each part bounded.
_LIST_DATE: Final = re.compile(
    r"([^\W\d_]{3,9})\.?\s{1,3}(\d{1,2})(?!\d)(?:,?\s{1,3}(\d{4})(?!\d))?"
    r"|(\d{1,2})(?:st|nd|rd|th)?\s{1,3}([^\W\d_]{3,9})\b(?:,?\s{1,3}(\d{4})(?!\d))?"
)
# A dated row's number (:func:`_list_row_date`): the year's place above the
# month's and the day's.
_LIST_YEAR_PLACE: Final = 10000
# A key and its value after a colon (``England (Group A): 10th appearance``):
# a table's row holds a short value; a headline's label (``Watch: …``) a long one.
_LIST_KEY_WORDS_MOST: Final = 6
_LIST_VALUE_WORDS_MOST: Final = 4


def _list_row_date(text: str, months: dict[str, int]) -> int | None:
    """The date of a dated row (``June 9 -- …``, ``June 4, 1921 – …``) as one
    number (year * 10000 + month * 100 + day, the year 0 when the row names
    none), or ``None``."""
    match = _LIST_DATE.match(text)
    if match is None:
        return None
    word, day, year = (match[1], match[2], match[3]) if match[1] else (match[5], match[4], match[6])
    month = months.get(word.casefold())
    if month is None:
        return None
    return int(year or 0) * _LIST_YEAR_PLACE + month * 100 + int(day)


def _list_row_value(text: str) -> str | None:
    """The value of a keyed row (a key, a colon and a short value), or
    ``None``."""
    value = _labelled_value(text, _LIST_KEY_WORDS_MOST)
    if value is None:
        return None
    value = value.strip()
    return value if 0 < len(value.split()) <= _LIST_VALUE_WORDS_MOST else None


def _list_rows(texts: Sequence[str], start: int, end: int, months: dict[str, int]) -> int:
    """The end of the rows of one list form from block ``start`` (at most
    ``end``), or ``start`` when fewer than ``_LIST_ROWS_LEAST`` rows share
    one: numbered rows counting up or down by one (each with the same number of
    detail lines under it, at most ``_LIST_DETAIL_MOST``), dated rows in
    calendar order (two dates at least), or keyed rows. Each row is one
    line; the walk stops at the first line of no such form."""
    first = texts[start]
    marked = _LIST_MARK.match(first)
    if marked is not None:
        # The same bullet on each row, or letters counting up from ``a``.
        rows = 0
        for number in range(start, end):
            mark = _LIST_MARK.match(texts[number])
            if mark is None or (
                mark[1] != marked[1]
                if marked[1]
                else mark[2] is None or ord(mark[2]) - ord("a") != rows
            ):
                break
            rows += 1
        return start + rows if rows >= _LIST_ROWS_LEAST else start
    numbered = _LIST_NUMBER.match(first)
    if numbered is not None:
        # Counting up (``1.`` / ``2.`` / …) or down, a countdown to the top
        # of a chart (``10.`` / ``9.`` / … / ``1.``): the second row says which.
        first_number, last, gap, count, step = int(numbered[1]), start, -1, 1, 0
        for number in range(start + 1, end):
            row = _LIST_NUMBER.match(texts[number])
            if row is not None and step == 0 and abs(int(row[1]) - first_number) == 1:
                step = int(row[1]) - first_number
            if row is not None and step and int(row[1]) == first_number + count * step:
                if gap < 0:
                    gap = number - last - 1
                elif number - last - 1 != gap:
                    break
                last, count = number, count + 1
            elif number - last > _LIST_DETAIL_MOST:
                break
        if count >= _LIST_ROWS_LEAST and gap <= _LIST_DETAIL_MOST:
            return min(end, last + 1 + gap)
        # Numbers that do not count up may be days (``9 June``, ``12 June``).
    day = _list_row_date(first, months)
    if day is not None:
        # A timeline gives the year once (``March 2, 2023 – …`` / ``March 9
        # – …`` / ``May 4 – …``): a row naming none is in the last year named.
        days, year = [day], day - day % _LIST_YEAR_PLACE
        for number in range(start + 1, end):
            day = _list_row_date(texts[number], months)
            if day is None:
                break
            if day >= _LIST_YEAR_PLACE:
                year = day - day % _LIST_YEAR_PLACE
            else:
                if day // 100 == 1 and days[-1] % _LIST_YEAR_PLACE // 100 == 12:
                    # A winter tour's dates run on from December into January
                    # (``Dec. 30 -- …`` / ``Jan. 4 -- …``): the next year's, in
                    # calendar order, not a row out of order ending the list.
                    year += _LIST_YEAR_PLACE
                day += year
            if day < days[-1]:
                break
            days.append(day)
        ok = len(days) >= _LIST_ROWS_LEAST and days[-1] > days[0]
        return start + len(days) if ok else start
    values = []
    for number in range(start, end):
        value = _list_row_value(texts[number])
        if value is None:
            break
        values.append(value)
    if len(values) < _LIST_ROWS_LEAST:
        return start
    # A table's column: each value names the same thing (``10th
    # appearance`` / ``Seventh appearance``) or holds a figure; a box's
    # labelled links (``Tag: vale.com``, ``Listen: http://…``) do neither.
    last_words = {value.split()[-1].casefold().rstrip("s") for value in values}
    if len(last_words) == 1 or all(
        any(c.isdigit() for c in value) and "/" not in value and "www" not in value
        for value in values
    ):
        return start + len(values)
    return start


def _list_row_opening(text: str, months: dict[str, int]) -> bool:
    """Whether ``text`` opens as a numbered, bulleted, lettered or dated
    row does (``5. Castle Green``, ``• …``, ``June 12 -- …``)."""
    return bool(_LIST_NUMBER.match(text) or _LIST_MARK.match(text) or _list_row_date(text, months))


def _list_heading(text: str, story_words: Callable[[], set[str]]) -> bool:
    """Whether a heading announces the list under it: half of its words of
    four letters or more are the headline's or the story's (``The Harbour
    Band Tour Dates`` over a story on the band's tour; ``Our Latest
    Stories`` names none)."""
    words = [
        w
        for w in (w.strip(_WORD_EDGES) for w in text.casefold().split())
        if len(w) >= _LIST_WORD_MIN_CHARS
    ]
    if not words:
        return False
    known = story_words()
    return 2 * sum(w in known for w in words) >= len(words)


def _story_list(
    texts: Sequence[str],
    span: tuple[int, int],
    colon_above: bool,
    story_words: Callable[[], set[str]],
    months_stops: tuple[dict[str, int], frozenset[str] | None],
) -> tuple[int, bool]:
    """The end of the story's own list in the run of short blocks
    ``span`` (its lead and header lines, its rows and their detail lines),
    or the run's start when none is proven; and whether the run holds rows
    of a list form (or a colon's lead over three lines) it could not prove,
    to be said. The lead is the paragraph above ending in a colon
    (``colon_above``) or the run's first line, a sentence ending in a colon
    (:func:`_lead_in_sentence`) or a heading (:func:`_list_heading`); a
    table's header (``Pos. Driver Points``) may stand between it and the
    rows."""
    start, end = span
    months, stop_words = months_stops
    if not colon_above and _numbered_menu(texts[start:end]):
        # A site's numbered sections (``1 News`` / ``2 Sport``): a menu, no
        # list of the story's; left out unsaid.
        return start, False
    sentence = _lead_in_sentence(texts[start])
    announced = colon_above or (sentence and _lead_of_story(texts[start], story_words, stop_words))
    leads = (start, start + 1) if colon_above else (start + 1, start + 2)
    for rows_from in leads:
        if rows_from >= end:
            break
        rows_end = _list_rows(texts, rows_from, end, months)
        if rows_end == rows_from or (
            rows_from == leads[1] and not _table_header(texts[rows_from - 1])
        ):
            continue
        if announced or (
            _list_heading(texts[start], story_words) and not _bare_rows(texts, rows_from, rows_end)
        ):
            if not announced and _years_of_others(
                texts, (rows_from, rows_end), story_words, months_stops
            ):
                # "More on the library" / "March 2, 2023 – Port strike ends" /
                # "June 9, 2024 – …": a site's archive across the years under a
                # heading of the story's words reads as a history box; no row
                # writing the story's words, left out, said (it was read in).
                return start, True
            return rows_end, False
        # Keyed rows under a heading of other words (``Tag: …`` / ``Listen:
        # …``) are a box's labelled links more often than a table, and
        # bulleted ones a box's links (``Related`` / ``• …``): unsaid; under
        # a sentence ending in a colon, said.
        return start, sentence or (
            _list_row_value(texts[rows_from]) is None and not _LIST_MARK.match(texts[rows_from])
        )
    if (
        not colon_above
        and _list_row_value(texts[start]) is None
        and not _LIST_MARK.match(texts[start])
        and _list_rows(texts, start, end, months) > start
    ):
        # Numbered or dated rows right under the story with no lead: said,
        # never read in (a box of other stories' dated headlines reads so);
        # bulleted ones, a box of links' commonest form, unsaid.
        return start, True
    # A heading of the story's words ending in a colon (``Dare to Play
    # 3:`` over the game's features) announces its lines as a sentence does;
    # a sentence naming none of the story's words (``Here's what to know:``)
    # reads none in, but lines left out under it are said all the same.
    announced = (
        announced
        or sentence
        or (texts[start].rstrip()[-1:] == ":" and _list_heading(texts[start], story_words))
    )
    return start, announced and end - start > _LIST_ROWS_LEAST


def _years_of_others(
    texts: Sequence[str],
    rows: tuple[int, int],
    story_words: Callable[[], set[str]],
    months_stops: tuple[dict[str, int], frozenset[str] | None],
) -> bool:
    """Are the dated ``rows`` more than a year apart (``March 2, 2023 – …`` /
    ``January 5, 2025 – …``), none writing a word of the story's after its
    date (four letters or more, no stop word)? A history box of the story's
    writes its words (``March 4, 2025 – The council votes on it``); a site's
    archive of other stories across the years, under a heading of the
    story's words (``More on the library``), reads the same otherwise."""
    rows_from, rows_end = rows
    months, stop_words = months_stops
    first = _list_row_date(texts[rows_from], months)
    last = _list_row_date(texts[rows_end - 1], months)
    # A row naming no year (``March 9 – …``) spans nothing: both must.
    if (
        stop_words is None
        or first is None
        or last is None
        or min(first, last) < _LIST_YEAR_PLACE
        or last - first <= _LIST_YEAR_PLACE
    ):
        return False
    known = story_words()
    for text in texts[rows_from:rows_end]:
        dated = _LIST_DATE.match(text)
        after = text[dated.end() :] if dated is not None else text
        if any(
            len(w) >= _LIST_WORD_MIN_CHARS and w not in stop_words and w in known
            for w in (w.strip(_WORD_EDGES).casefold() for w in after.split())
        ):
            return False
    return True


def _others_dated_rows(
    texts: Sequence[str],
    span: tuple[int, int],
    story_words: Callable[[], set[str]],
    months_stops: tuple[dict[str, int], frozenset[str] | None],
) -> bool:
    """Are the run ``span`` under the story's last paragraph a box's dated
    rows of other texts: rows in calendar order with no lead, or under a
    heading that is no sentence (``Upcoming events:``), each naming after its
    date a headline or an event in sentence case (a word in small letters of
    four letters or more: ``Nov. 20 New bakery opens``, ``June 9 – Quay
    market returns``), none of them writing a word of the story's? An
    archive of the site's stories oldest first, or its box of coming events,
    reads so; one row writing the story's word may be its own timeline told
    in other words (``Nov. 30 – Board backs bid`` / ``… – Crews vote to
    accept offer`` under a story of the crews' company sold), said. A
    schedule's rows name places in title case (``June 9 -- Quay Hall,
    Harbour Town``: a tour's dates) and a story's own timeline writes its
    words (``Dec. 3 – Council votes to close the library`` under a story on
    the library): those stay said. With no stop
    words for the page's language nothing is told."""
    start, end = span
    months, stop_words = months_stops
    if stop_words is None:
        return False
    rows_from = start
    if _list_row_date(texts[start], months) is None:
        if _lead_in_sentence(texts[start]) or _list_row_opening(texts[start], months):
            return False
        rows_from += 1
    rows_end = _list_rows(texts, rows_from, end, months)
    if rows_end - rows_from < _LIST_ROWS_LEAST:
        return False
    first = _list_row_date(texts[rows_from], months)
    last = _list_row_date(texts[rows_end - 1], months)
    if (
        first is not None
        and last is not None
        and min(first, last) >= _LIST_YEAR_PLACE
        and last - first > _LIST_YEAR_PLACE
    ):
        # Rows more than a year apart (``June 4, 1921 – …`` / ``May 2, 1958
        # – …``) are a history box, the story's timeline as often as not; a
        # site's archive or its coming events keep to a year: said.
        return False
    known = story_words()
    for number in range(rows_from, rows_end):
        dated = _LIST_DATE.match(texts[number])
        if dated is None or _list_row_date(texts[number], months) is None:
            return False  # numbered rows (``1 Ferry fares …``), no month's word
        words = [w.strip(_WORD_EDGES) for w in texts[number][dated.end() :].split()]
        if not any(w[:1].islower() and len(w) >= _LIST_WORD_MIN_CHARS for w in words):
            return False
        if any(
            len(w) >= _LIST_WORD_MIN_CHARS and w not in stop_words and w in known
            for w in map(str.casefold, words)
        ):
            return False
    return True


def _numbered_menu(rows: Sequence[str]) -> bool:
    """Are numbered ``rows`` a site's sections, each a number and a menu's
    item of a section's nouns (``1 News`` / ``2 Sport`` / ``3 Business``,
    ``4 Arts and Culture``: ``_SPACED_MENU_WORDS``)? A scrape prints a menu
    of numbered tabs so under a story; a ranking's rows name teams, people,
    places (``1 Brazil`` / ``2 Argentina``), no section."""
    for row in rows:
        numbered = _LIST_NUMBER.match(row)
        words = row[numbered.end() :].split() if numbered is not None else []
        if not (
            words
            and words[0][:1].isupper()
            and all(
                word.casefold() in _SPACED_MENU_WORDS or word in _MENU_ITEM_SMALL_WORDS
                for word in words
            )
        ):
            return False
    return True


def _lead_of_story(
    text: str, story_words: Callable[[], set[str]], stop_words: frozenset[str] | None
) -> bool:
    """Whether a sentence ending in a colon over rows writes a word of the
    headline or the story (four letters or more, no stop word): ``The band
    will play these halls on the tour:`` over a story on the band's tour
    does; a box's label in a sentence's words (``Top stories on the site
    today:``, ``You might also be interested in these stories:``, ``Other
    matches this weekend:``) names none of them, its rows other stories'.
    With no stop words for the page's language the sentence is taken."""
    if stop_words is None:
        return True
    known = story_words()
    return any(
        len(word) >= _LIST_WORD_MIN_CHARS and word not in stop_words and word in known
        for word in (w.strip(_WORD_EDGES) for w in text.casefold().split())
    )


def _table_header(text: str) -> bool:
    """Whether the line between a list's lead and its rows is a table's
    header, its columns' names each in a capital (``Pos. Crew Points
    Wins``, ``Date Venue City``): a box's heading in sentence case
    (``Upcoming events``, ``Opening hours``) over another text's rows under
    the story's colon is none."""
    return not any(word[:1].islower() for word in text.split())


def _bare_rows(texts: Sequence[str], start: int, end: int) -> bool:
    """Whether the rows ``[start, end)`` are bulleted or lettered lines
    (``• Ferry fares rise again``), or numbered lines alone, no figure after
    the number and no line under an item (``1 Ferry fares rise again`` /
    ``2 Council to review …``): a box of the most read stories reads so
    under a heading of the story's words (``More Harbour news``); a table's
    rows hold figures (``1 Jane Roe 512 5``) and a guide's items a line under
    each. Only a sentence ending in a colon proves such rows the story's."""
    if _LIST_MARK.match(texts[start]):
        return True
    for number in range(start, end):
        row = _LIST_NUMBER.match(texts[number])
        if row is None or any(c.isdigit() for c in texts[number][row.end() :]):
            return False
    return True


def _list_over_story(
    texts: Sequence[str],
    blocks: Sequence[int],
    claimed: Sequence[str],
    body_start: int,
    knowledge: Knowledge,
    headline: str | None,
) -> int:
    """The block of a sentence ending in a colon between the headline and
    the story's first paragraph (``between-headline-and-story``) over rows of
    a list form (:func:`_list_rows`, a header row allowed between: ``The
    final standings after twelve races:`` / ``Pos. Crew Points`` / ``1 Jane
    Roe 512 5`` / …), else -1: a page whose story is its table, the
    paragraphs read below it another text's (a comment box's notice). So
    too a heading half of whose words of four letters or more the headline
    writes (:func:`_list_heading`: ``Kart Series Calendar 2025`` over
    ``Calendar of the Kart Series 2025`` / ``1st round: 9 March – Quay
    Point`` / …, a sports site's calendar or standings under its own
    heading, with no colon): its rows and the heading were left out, the
    sidebar's prose read as the story, silently. A box's heading naming
    none of the headline's words (``Upcoming events``) is the site's."""
    head = max(0, body_start - _LIST_LINES_MOST)
    if headline is None:
        return -1
    headline_words = set(_tokens(headline))
    months = dict(knowledge.months)
    for number in range(head, body_start - _LIST_ROWS_LEAST):
        if claimed[blocks[number]] == "between-headline-and-story" and (
            _lead_in_sentence(texts[number]) or _list_heading(texts[number], lambda: headline_words)
        ):
            for rows_from in (number + 1, number + 2):
                if _list_rows(texts, rows_from, body_start, months) > rows_from:
                    return number
    return -1


def _lead_in_sentence(text: str) -> bool:
    """Whether ``text`` is a sentence of ``_LEAD_IN_WORDS`` words or more
    ending in a colon, with a word in small letters of
    ``_HEADING_WORD_MIN_CHARS`` letters or more (``The forecast for the
    coming week:``): a box's label is a word or two (``Related:``) or in
    title case (``More from The Vale Post:``)."""
    text = text.rstrip()
    return (
        text[-1:] == ":"
        and len(words := text.split()) >= _LEAD_IN_WORDS
        and any(
            word[:1].islower() and len(word.strip(_WORD_EDGES)) >= _HEADING_WORD_MIN_CHARS
            for word in words
        )
    )


# A numbered row holding a web address alone: its number and the address.
_BARE_ADDRESS_ROW_WORDS: Final = 2


def _notes_rows_under_label(
    texts: Sequence[str],
    rules: Sequence[str],
    free: Sequence[bool],
    label_at: int,
) -> range | None:
    """The numbered or marked rows right under a page story's last trailer or
    the block under the story (block number ``label_at``), with that block
    when it was dropped at the story's edge too, when it is a notes label
    (``Notes`` / ``1. The figures are from the council's budget report.`` /
    ``2. An earlier version …`` / the footer),
    as blocks to read as the story's paragraphs, or None. Short under the
    story's prose, the rows were dropped at its edge as furniture
    (``short-at-edge``) and the label alone went into the notes, silently
    (silent64 found it); read so, the enrichment takes the label and its rows
    as the notes (``enrich._notes_label_over_rows``, which asks the label's
    language of an ambiguous one: else they stay the story's paragraphs). At
    most ``_LIST_LINES_MOST`` rows, each of the rule ``short-at-edge`` and in
    no box."""
    # The enrichment imports this module: its tests are looked up when asked.
    from wirestory.enrich import is_note_row, is_notes_label

    if not 0 <= label_at < len(rules) - 1 or not is_notes_label(texts[label_at]):
        return None
    end = label_at + 1
    while (
        end < min(len(rules), label_at + 1 + _LIST_LINES_MOST)
        and rules[end] == _SHORT_AT_EDGE
        and not free[end]
        and is_note_row(texts[end])
    ):
        end += 1
    if end == label_at + 1:
        return None
    # A text browser's link list (Lynx's ``References`` / ``1.
    # https://…/cronaca`` under the dump) numbers bare addresses: the
    # browser's furniture, no notes of the story.
    if any(
        len(row := texts[number].split()) == _BARE_ADDRESS_ROW_WORDS and "://" in row[1]
        for number in range(label_at + 1, end)
    ):
        return None
    # A label dropped at the edge with its rows is read with them.
    return range(label_at if rules[label_at] == _SHORT_AT_EDGE else label_at + 1, end)


def _story_lists(
    shown_texts: tuple[Sequence[str], str, frozenset[str] | None],
    span: tuple[int, int],
    shown: tuple[Sequence[str], Sequence[str], Sequence[bool]],
    short_runs: tuple[int, Sequence[int]],
    knowledge: Knowledge,
) -> tuple[list[range], int]:
    """The story's own lists (:func:`_story_list`) among its blocks
    ``span``: in each run of ``_SHORT_RUN`` short lines or more inside the
    stretch (``in-story:short-run``), and in the run of short lines right
    under its last paragraph (``short-at-edge``, at most
    ``_LIST_LINES_MOST``), as ranges of blocks to read as paragraphs; and the
    first block of a run holding rows of a list form the story announces
    nowhere (or a colon's lead over rows of no form), to be said
    (``list-rows-left-out``), else -1. Asked only of a page with such a run: a
    ``max`` over the stretch's run lengths and one rule's test under it."""
    texts, headline, stop_words = shown_texts
    body_start, body_end = span
    classes, rules, free = shown
    run_from, runs = short_runs
    candidates: list[tuple[int, int, bool]] = []
    inside = runs[max(0, body_start - run_from) : max(0, body_end - run_from)]
    if inside and max(inside) >= _SHORT_RUN:
        number = body_start
        while number < body_end:
            if runs[number - run_from] >= _SHORT_RUN and classes[number] == _GOOD:
                start = number
                while (
                    number < body_end
                    and runs[number - run_from] >= _SHORT_RUN
                    and classes[number] == _GOOD
                ):
                    number += 1
                candidates.append(
                    (start, number, start > 0 and _lead_in_sentence(texts[start - 1]))
                )
            number += 1
    if body_start < body_end < len(rules) and rules[body_end] == "short-at-edge":
        # The run's end, found in C: its first block of another rule or in a box.
        limit = body_end + _LIST_LINES_MOST
        stops = list(
            map(
                operator.or_,
                map(_SHORT_AT_EDGE.__ne__, rules[body_end:limit]),
                free[body_end:limit],
            )
        )
        end = body_end + (stops.index(True) if True in stops else len(stops))
        candidates.append((body_end, end, _lead_in_sentence(texts[body_end - 1])))
    found: list[range] = []
    if not candidates:
        return found, -1
    months = dict(knowledge.months)
    words: set[str] = set()

    def story_words() -> set[str]:
        # The headline's and the story's words outside the runs looked at: a
        # heading inside the story's stretch (``Events this week``) would
        # else name itself and always announce its rows. One set a story.
        if not words:
            parts, since = [headline], body_start
            for start, end, _ in candidates:
                parts.extend(texts[since : min(start, body_end)])
                since = max(since, end)
            parts.extend(texts[since:body_end])
            words.update(word.strip(_WORD_EDGES) for word in " ".join(parts).casefold().split())
        return words

    unproven_at = -1
    for start, end, colon_above in candidates:
        if end - start < _LIST_ROWS_LEAST or "\n" in "".join(texts[start:end]):
            continue
        stop, unproven = _story_list(
            texts,
            (start, end),
            colon_above,
            story_words,
            (months, stop_words),
        )
        # A line ending in a colon over a run of short lines between the
        # story's paragraphs (``Here's what to know:``) introduces them
        # whatever its words, the story going on under them: left out, said.
        unproven = unproven or (
            end <= body_end and texts[start].rstrip()[-1:] == ":" and end - start > _LIST_ROWS_LEAST
        )
        if (
            unproven
            and start >= body_end
            and not colon_above
            and _others_dated_rows(texts, (start, end), story_words, (months, stop_words))
        ):
            # Under the story, with no lead or under a box's heading: the
            # site's, left out unsaid.
            unproven = False
        if stop > start:
            found.append(range(start, stop))
            if stop < end and unproven_at < 0 and _list_row_opening(texts[stop], months):
                # The list ends on a row of a list's form it cannot take (``5.``
                # after ``3.``, ``June 12`` after ``June 20``): its rows may
                # go on under it, left out: said.
                unproven_at = stop
        elif unproven and unproven_at < 0:
            unproven_at = start
    return found, unproven_at


def claim_credit_under_story(text: str, index: int, state: LineState, knowledge: Knowledge) -> bool:
    """Claim a credit alone right under the story's last paragraph
    (:func:`credit_alone`: ``Jane Roe / AFP``, ``Photo: Tom Hale/Reuters``) as
    a caption segment holding only a credit (``credit-under-story``): the
    photo's, its caption lost by the scrape. It was furniture, quietly.
    Without a photo label it may sign the story (its writer and agency), and
    the story says so (``credit-under-story``). The wire layout claims the
    same line at the end of its body so."""
    labelled = credit_alone(text, knowledge=knowledge)
    if labelled is None:
        return False
    state.claim(index, Role.CAPTION, "credit-under-story")
    if not labelled:
        state.problems.append(
            Problem(
                "credit-under-story",
                f"a credit alone under the story's last paragraph ({text.strip()[:60]!r}) was "
                "read as a photo's credit: it may sign the story (its writer and agency)",
                index,
            )
        )
    return True


def credit_alone(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool | None:
    """Is ``text`` a photo's credit alone on its line, as a story's last
    paragraph shows one (``Jane Roe / AFP``, ``Photo: Tom Hale/Reuters``;
    :func:`~wirestory.captions.is_credit_line`)? None when not; True when it
    opens with a photo label (``Photo:``, ``Image:``), surely a photo's; False
    when it only names an agency, which may sign the story as well. A name
    and a place (``Kim Gump, Dallas``) signs a reader's letter, a bare agency
    (``AFP``, ``Reuters``) is the agency's sign-off, a copyright line
    (``© Reuters``) the page's notice, and a ``By`` line (``By JANE ROE,
    Associated Press``) a byline: None. A credit in brackets
    (``(AP Photo/Jane Roe)``) is read inside them.

    >>> credit_alone("Jane Roe / AFP"), credit_alone("Photo: Tom Hale/Reuters"), credit_alone("AFP")
    (False, True, None)
    >>> credit_alone("(AP Photo/Jane Roe)")
    True
    """
    stripped = text.strip()
    if stripped[:1] == "(" and stripped[-1:] == ")":
        stripped = stripped[1:-1].strip()
    if (
        len(stripped) > _CREDIT_UNDER_STORY_MAX_CHARS
        or not is_credit_line(stripped, knowledge=knowledge)
        or is_organization_line(stripped, knowledge=knowledge)
        or copyright_label(stripped, knowledge=knowledge) is not None
        or find_byline(stripped, knowledge=knowledge) is not None
        # "Seoul, Korea (Yonhap) jrk@yna.co.kr": the writer's address signing
        # the story, a contact for the notes, no photo's credit.
        or ("@" in stripped and signed_address(stripped))
    ):
        return None
    if photo_label(stripped, knowledge=knowledge) is not None:
        return True
    # A photo label's word inside the credit: ``AP Photo/Jane Roe``.
    labels = knowledge.photo_labels
    if any(word in labels for word in _LETTER_WORDS.findall(stripped.casefold())):
        return True
    return False if parse_credit(stripped, knowledge=knowledge).agency is not None else None


# The words of a short line (possessive: linear).
_LETTER_WORDS: Final = regex.compile(r"\p{L}++")


# A credit alone on a line is short (``Photo: Jane Roe/Reuters``); a longer
# block under the story is looked at no further.
_CREDIT_UNDER_STORY_MAX_CHARS: Final = 80


def _places_named(places: Iterable[str], state: LineState) -> set[str]:
    """The places the page names elsewhere, case-folded, that vouch for a
    title-case place read by its shape alone: ``places``, and the byline's
    organisation (``By Jane Roe, Brasília``: one word after the name is the
    place)."""
    named = {p.casefold() for p in places}
    if state.byline_found is not None and state.byline_found.organization is not None:
        named.add(state.byline_found.organization.casefold())
    return named


def _places_of_the_page(lines: list[Line], state: LineState, knowledge: Knowledge) -> None:
    """Where the writer filed from and the story's dateline place, read from
    what the page shows around the first paragraph.

    ``By Jane Roe, New Delhi`` / ``Jane Roe, Abu Dhabi`` (South Asian and Gulf
    sites print the writer's city after the name): two names with a comma alone
    between them, the second capitalised words, give one writer and a place
    (:func:`~wirestory.bylines.place_after_name`); the story says so
    (``byline-place-after-name``) unless its first paragraph opens with that
    place (``New Delhi: The …``), as two writers joined by a comma read the
    same. The place is one the page names (``LineState.dateline_places``), and
    so is a line above the story equal to the two or three title-case words
    before a colon opening the first paragraph (``Abu Dhabi`` in a Gulf site's
    menu of cities over ``Abu Dhabi: The …``), which then carries
    ``dateline-place-in-menu`` (a column's label in the menu reads the same).
    A dateline whose agency only its shape vouches for (``HANOI (VNS) —``)
    carries ``dateline-agency-by-shape``. One paragraph's tests, once a page."""
    first = state.paragraphs[0][0]
    text = lines[first].text.strip()
    places: list[str] = []
    found = state.byline_found
    if found is not None:
        split = place_after_name(found, knowledge=knowledge)
        if split is not None and split.organization is not None:
            place = split.organization
            state.byline_found = split
            places.append(place)
            after = text[len(place) : len(place) + 1]
            # Names joined by "and" end their list: no doubt about the place;
            # nor when the story names it after "in" ("… the port in New
            # Delhi"): a second writer is never "in".
            if (
                len(split.names) == 1
                and (text[: len(place)].casefold() != place.casefold() or after not in ":,( -—–")
                and not _said_in(place, lines, state)
            ):
                state.problems.append(
                    place_after_name_problem(split, state.byline[0] if state.byline else first)
                )
        elif writer_beside_unnamed_editor(found.raw, knowledge):
            # "Penulis Muda Berbakat | Editor Pilihan": a heading's words in
            # the writer's and editor's frame, or an editor of one name.
            state.problems.append(
                Problem(
                    "byline-name-may-be-phrase",
                    f"{found.raw[:80]!r} was read as the byline ('Penulis' and the writer, "
                    "'Editor' and the editor) but the editor's part names no person: a "
                    "heading's words in the same frame read the same",
                    state.byline[0] if state.byline else first,
                )
            )
        elif outlet_may_be_writer(found, knowledge=knowledge):
            # "By Jane Roe, Emily Post": the outlet, or a second writer.
            state.problems.append(
                outlet_may_be_writer_problem(found, state.byline[0] if state.byline else first)
            )
        elif (
            (
                signature_may_be_writer(found, knowledge=knowledge)
                and not _outlet_named_elsewhere(found, lines, state)
            )
            or weekday_may_be_surname(found)
            or title_outlet_may_be_surname(found, knowledge=knowledge)
        ):
            # "By Tom Times": the outlet, or a writer surnamed "Times"; "By
            # Mary Jane Sun, Mar 4": a weekday, or the writer's surname; "By
            # Mary Jane Times Staff Writer": a title, or the writer's surname.
            state.problems.append(
                surname_as_word_problem(found, state.byline[0] if state.byline else first)
            )
        elif slashed_name(found, knowledge=knowledge):
            # "By Jane Roe / Tom Hale", "Marta Quinlan - Tom Hale": an outlet
            # or a place after the slash or dash, or a second writer.
            state.problems.append(
                Problem(
                    "byline-place-after-name",
                    f"{found.organization!r} after a slash or a dash is read as the "
                    "writer's outlet or place; a second writer's name reads the same",
                    state.byline[0] if state.byline else first,
                )
            )
    head, colon, _ = text[:80].partition(":")
    words = head.split(" ")
    # The opening words before a colon, a parenthesis or a comma: "Chennai:",
    # "Port Ellis (HNS) -", "Dubai, Nov 19:".
    cuts = [at for at in (len(head), text.find(" (", 0, 80), text.find(", ", 0, 80)) if at > 0]
    said = text[: min(cuts)] if cuts else ""
    if (
        said[:1].isupper()
        and said.count(" ") <= 2
        and said.casefold() not in {p.casefold() for p in places}
        and _said_in(said, lines, state)
    ):
        # "Chennai: The …", "Abu Dhabi: The …", "Port Ellis (HNS) - The …"
        # and "… in Chennai" in the headline or the story: the words are a
        # place; a label, a holiday, a speaker or a firm is never "in"
        # ("Update:", "Thanksgiving:", "Jane Roe:", "Acme Foods (AFD) -").
        places.append(said)
    if colon and 2 <= len(words) <= 3 and head.casefold() not in {p.casefold() for p in places}:
        key = head.casefold()
        if any(lines[k].text.strip().casefold() == key for k in range(first)):
            dateline = find_dateline(text, knowledge=knowledge, page=True, page_places=(head,))
            if dateline is not None and dateline.places == (head,):
                places.append(head)
                state.problems.append(
                    Problem(
                        "dateline-place-in-menu",
                        f"{head!r} opening the story is read as its dateline because a line "
                        "above it shows the place; a column's label would read the same",
                        first,
                    )
                )
    state.dateline_places = tuple(places)
    # "Dubai: The …", "Dubai, Nov 19: The …": one title-case word before a
    # colon is read by its shape alone; a label or a holiday ("Deadline, Mar
    # 31: The …", "Thanksgiving:") reads the same, unless the page names the
    # place elsewhere (after the writer's name, or a line above the story).
    place = head.partition(", ")[0]
    if (
        colon
        and place
        and " " not in place
        and place[:1].isupper()
        and not place.isupper()
        and place.casefold() not in {p.casefold() for p in places}
    ):
        key = place.casefold()
        found = state.byline_found
        if found is not None and found.organization is not None:
            # "By Jane Roe, Dubai": the byline names the place.
            places_named: tuple[str, ...] = (found.organization.casefold(),)
        else:
            places_named = ()
        dateline = find_dateline(text, knowledge=knowledge, page=True, page_places=places)
        if (
            dateline is not None
            and dateline.places == (place,)
            and dateline.region is None
            and key not in places_named
            and not any(lines[k].text.strip().casefold() == key for k in range(first))
        ):
            state.problems.append(
                Problem(
                    "dateline-place-by-shape",
                    f"{dateline.raw!r} opening the story is read as its dateline by its "
                    "shape alone; a label or a holiday before a colon reads the same",
                    first,
                )
            )
    # "ಮೈಸೂರು: ನಗರದಲ್ಲಿ …", "नाशिक : …": a place in a script without capitals
    # before a colon (datelines._caseless_colon_form) is read by its shape
    # alone too; a label ("ವಿಶೇಷ:", special) reads the same, unless the
    # headline or the story names the place (heldout38).
    name = head.removesuffix(" ")
    if colon and name and " " not in name and not has_case(name) and name not in places:
        dateline = find_dateline(text, knowledge=knowledge, page=True, page_places=places)
        if (
            dateline is not None
            and dateline.places == (name,)
            and not _caseless_place_named(name, lines, state, len(head) + 1)
        ):
            state.problems.append(
                Problem(
                    "dateline-place-by-shape",
                    f"{dateline.raw!r} opening the story is read as its dateline by its "
                    "shape alone; a label before a colon reads the same",
                    first,
                )
            )
    # "Cape Town - The …": title-case words before a spaced dash are read by
    # their shape alone; a person's name or a label reads the same ("Jane Roe
    # - The writer …"), unless the page names the place elsewhere.
    if text[:1].isupper() and any(d in text[:_TITLE_DASH_WINDOW] for d in TITLE_DASHES):
        dateline = find_dateline(text, knowledge=knowledge, page=True, page_places=places)
        named = _places_named(places, state)
        if (
            dateline is not None
            and not dateline.agencies
            and dateline.date_text is None
            and dateline.region is None
            and len(dateline.places) == 1
            and not dateline.places[0].isupper()
            and dateline.raw[-1:] in "-\u2013\u2014"
            and dateline.places[0].casefold() not in named
        ):
            state.problems.append(
                Problem(
                    "dateline-place-by-shape",
                    f"{dateline.raw!r} opening the story is read as its dateline by its "
                    "shape alone; a person's name or a label before a dash reads the same",
                    first,
                )
            )
    # "Roma, 12 giugno - Il …", "Lisboa, 3 de dezembro - O …": a title-case
    # place before a day-first date spelled out is read by its shape and the
    # month; a person's name reads the same ("Maria Rossi, 12 giugno - Il
    # …"), unless the page names the place elsewhere. Only a paragraph with
    # a digit right after its first comma is asked.
    comma = text.find(", ", 0, _TITLE_DASH_WINDOW)
    if comma > 0 and text[comma + 2 : comma + 3].isdigit() and not text[:comma].isupper():
        dateline = find_dateline(text, knowledge=knowledge, page=True, page_places=places)
        named = _places_named(places, state)
        if (
            dateline is not None
            and not dateline.agencies
            and dateline.date_text is not None
            and dateline.date_text[:1].isdigit()
            and dateline.region is None
            and len(dateline.places) == 1
            and not dateline.places[0].isupper()
            and dateline.places[0].casefold() not in named
        ):
            state.problems.append(
                Problem(
                    "dateline-place-by-shape",
                    f"{dateline.raw!r} opening the story is read as its dateline by its "
                    "shape and its month alone; a person's name before a date reads the same",
                    first,
                )
            )
    # A prefilter: capitals in parentheses stand within the window, or
    # between slashes ("MOSCOW, December 3. /TASS/.", the Russian agencies' form),
    # or a site's name in title case before a full stop and a dash
    # ("Ciudad de Guatemala, 14 de junio (Prensa Sur).– Los …").
    paren = text.find(" (", 0, 160)
    inner, _, closed = text[paren + 2 : paren + 64].partition(")") if paren >= 0 else ("", "", "")
    slash = text.find(" /", 0, 60)
    slashed = text[slash + 2 : slash + 13].partition("/")[0] if slash >= 0 else ""
    if (
        (2 <= len(inner) <= 6 and inner.isupper() and inner.isalpha())
        or (2 <= len(slashed) <= 10 and slashed.isupper())
        or (inner[:1].isupper() and closed[:1] == ".")
    ):
        dateline = find_dateline(text, knowledge=knowledge, page=True, page_places=places)
        known = {agency.name for agency in (*knowledge.agencies, *knowledge.dateline_agencies)}
        if dateline is not None and any(agency not in known for agency in dateline.agencies):
            state.problems.append(
                Problem(
                    "dateline-agency-by-shape",
                    f"{dateline.raw!r}: the capitals in "
                    f"{'parentheses' if '(' in dateline.raw else 'slashes'} are read as an "
                    "agency no table knows, by their shape alone",
                    first,
                )
            )
    # "Liputan6.com, Jakarta – The …", "JAKARTA, KOMPAS.com – The …": a site's
    # address beside a place vouches for it; one in title case that the page
    # names nowhere else may be a person's or a firm's name before a web
    # address ("Jane Roe, Example.com – The founder …", "Booking.com,
    # Expedia – Both sites …").
    comma = text.find(", ", 0, 40)
    if comma > 0 and any(map(is_site_name, text[: comma + 30].replace(",", " ").split())):
        dateline = find_dateline(text, knowledge=knowledge, page=True, page_places=places)
        named = {p.casefold() for p in places}
        if (
            dateline is not None
            and not dateline.agencies
            and dateline.date_text is None
            and any(map(is_site_name, dateline.raw.replace(",", " ").split()))
            and not all(p.isupper() for p in dateline.places)
            and not any(p.casefold() in named for p in dateline.places)
        ):
            state.problems.append(
                Problem(
                    "dateline-place-by-shape",
                    f"{dateline.raw!r} opening the story is read as its dateline, a site's "
                    "address beside its place; a person's or a firm's name before an "
                    "address reads the same",
                    first,
                )
            )


# How far into the story's opening the spaced dashes after a title-case
# place ("Cape Town - The …", datelines.TITLE_DASHES) are looked for.
_TITLE_DASH_WINDOW: Final = 44


def _flag_paragraph_repeats(lines: Sequence[Line], state: LineState) -> None:
    """A paragraph of the body printed again, word for word, further down
    (a page's markup shown twice, a summary box repeating the story, or an
    interview's question put to each guest): both stay in the body, as the
    last reads the same as the first, and the story says so once
    (``paragraph-shown-again``). Paragraphs shorter than
    ``_REPEAT_MIN_CHARS`` (``Yes``, a subheading) repeat by nature, save a
    site's button naming the page's own thing (``Read this article``, ``Save
    this story``: :func:`_points_at_page`) printed twice: no story repeats
    one, and two stayed body paragraphs silently (silent64). One pass, a set
    of the paragraphs' texts."""
    # The stripped line is the key: a repeat printed by markup is exact, and
    # folding white space and case on every paragraph of every page cost more
    # than all the rest of this rule.
    seen: set[str] = set()
    short_seen: set[str] = set()
    repeats: list[int] = []
    for paragraph in state.paragraphs:
        text = lines[paragraph[0]].text.strip()
        if len(text) < _REPEAT_MIN_CHARS:
            if text in short_seen and _points_at_page(text):
                repeats.append(paragraph[0])
            short_seen.add(text)
            continue
        if text in seen:
            repeats.append(paragraph[0])
        seen.add(text)
    if repeats:
        state.problems.append(
            Problem(
                "paragraph-shown-again",
                f"{len(repeats)} paragraph(s) of the body repeat an earlier one word for word; "
                "both are kept: the page may show its text twice",
                repeats[0],
            )
        )


# A paragraph this long printed twice is a repeat worth saying.
_REPEAT_MIN_CHARS: Final = 80


def _flag_media_label_in_body(lines: Sequence[Line], state: LineState) -> None:
    """Say so (``media-label-in-body``) when a paragraph of the body is a
    player's label alone (``Video``, ``Watch``, ``Audio``, ``Gallery``:
    ``_MEDIA_LABELS``) between two paragraphs, the one under it a short line
    ending in no sentence mark and shaped as a player's title
    (:func:`_player_title_shaped`: ``Video`` / ``Students March Through the
    Town``, ``Watch: …``): a video's box with no running time, its label and title kept
    as the story's paragraphs, silently (silent64; with a running time the
    box is read past, ``video-box-read-past``). A story's heading names its
    section, never a label of one word. Once a story."""
    paragraphs = state.paragraphs
    for number in range(1, len(paragraphs) - 1):
        text = lines[paragraphs[number][0]].text.strip()
        if len(text) > _MEDIA_LABEL_MAX_CHARS or text.casefold() not in _MEDIA_LABELS:
            continue
        title = lines[paragraphs[number + 1][0]].text.strip()
        if (
            len(paragraphs[number + 1]) == 1
            and title[-1:] not in ".!?:"
            and len(title.split(None, _LABEL_MAX_WORDS)) <= _LABEL_MAX_WORDS
            and _player_title_shaped(title)
        ):
            state.problems.append(
                Problem(
                    "media-label-in-body",
                    f"the body holds a player's label {text!r} alone over the short line "
                    f"{title[:60]!r}, kept as paragraphs: they may be a video's or a "
                    "gallery's box with no running time",
                    paragraphs[number][0],
                )
            )
            return


def _player_title_shaped(title: str) -> bool:
    """Does ``title``, the short line under a player's label, read as the
    player's title rather than a story's subheading: a ``Watch`` / ``Listen``
    line (``Watch: students march through the town``) or a title in title
    case, each word of four letters or more capitalised, two at least
    (``Students March Through the Town Centre``)? A review's or a guide's
    one-word subheading over a sentence-case line (``Gallery`` / ``Open
    daily from ten till six``, ``Video`` / ``4K at 60 frames a second``)
    said ``media-label-in-body`` falsely (review65); a player's title in
    sentence case reads the same as such a subheading, and is left."""
    words = title.split()
    if words and words[0].rstrip(":").casefold() in _PLAYER_TITLE_OPENINGS:
        return True
    long_words = [word for word in words if len(word) >= _TITLE_CASE_MIN_LETTERS]
    return len(long_words) >= 2 and all(word[:1].isupper() for word in long_words)


# A player's title line opening with its act (``Watch: …``), folded.
_PLAYER_TITLE_OPENINGS: Final = frozenset(("watch", "listen", "play"))
# The shortest word a title in title case capitalises (``the``, ``of`` stay
# lower case).
_TITLE_CASE_MIN_LETTERS: Final = 4


# A player's or a box's label alone on its line, folded (``Video``).
_MEDIA_LABELS: Final = frozenset(
    ("video", "videos", "vídeo", "vidéo", "watch", "audio", "gallery", "photo gallery")
)
_MEDIA_LABEL_MAX_CHARS: Final = 13


def _points_at_page(text: str) -> bool:
    """Is ``text`` (a short paragraph) a site's button naming the page's own
    thing (``Read this article``, ``Read the full story``, ``Watch this
    video``, ``Listen to this article``): five words at most, no comma, an
    imperative (``_PAGE_BUTTON_VERBS``, ``to`` after it or not), then the
    page's thing right away or after ``this``, ``the`` or ``the full``, no
    ``our`` nor ``of`` after it, ending in no sentence mark? A story's
    sentence ends in one."""
    if text[-1:] in ".!?" or "," in text:
        return False
    words = [word.strip(_PITCH_WORD_EDGES) for word in text.casefold().split()]
    # A button bids the reader act: its first word an imperative. A refrain
    # (``We will hold the post, we will hold the line``, ``Save our post
    # office, save our town``, ``Share the post, share the load``) or a
    # liveblog's heading (``The story so far``) printed twice names a page's
    # thing too, and said ``paragraph-shown-again`` falsely (review65, review
    # s15c): a button is short, has no comma, and names the thing right after
    # its verb (``Read the story of our town`` goes on past it: a line).
    # A button may open on the act of pressing it (``Click to read the full
    # story``, ``Tap here to listen``) and sign the reader up to the site's
    # own thing (``Sign up to our newsletter``): each stayed two body
    # paragraphs, silently (silent66). ``our`` counts only after ``to``:
    # ``Save our post`` is a crowd's. ``Give`` bids no button: a refrain
    # gives too (``Give the post a chance``, review66).
    if words[:1] in (["click"], ["tap"]):
        words = words[2:] if words[1:3] == ["here", "to"] else words[1:]
        if words[:1] == ["to"]:
            words = words[1:]
    if not words or len(words) > _PAGE_BUTTON_MAX_WORDS or words[0] not in _PAGE_BUTTON_VERBS:
        return False
    rest = words[1:]
    if rest[:1] == ["up"] and words[0] == "sign":
        rest = rest[1:]
    after_to = rest[:1] == ["to"]
    if after_to:
        rest = rest[1:]
    if rest[:2] == ["the", "full"]:
        rest = rest[2:]
    elif rest[:1] == ["this"] or rest[:1] == ["the"] or (after_to and rest[:1] == ["our"]):
        rest = rest[1:]
    return (
        bool(rest)
        and rest[0] in _CHANT_PAGE_THINGS
        and not any(word in _PAGE_BUTTON_NOT_AFTER for word in rest[1:])
    )


# The most words of a site's button (``Read the full story here``).
_PAGE_BUTTON_MAX_WORDS: Final = 5
# Words after the page's thing that make a line of it, no button (``Read the
# story of our town``).
_PAGE_BUTTON_NOT_AFTER: Final = frozenset(("our", "of"))


# The first words of a site's button bidding the reader act on the page's
# thing (``Read this article``, ``Save this story``, ``Sign up to our
# newsletter``), folded. Not ``_BUTTON_VERBS`` (a series caption's test):
# a caption may open with ``View``, ``Play`` or ``Report``, which bid here
# only before the page's thing (``_points_at_page``), and a shop's or a
# scroll's verbs (``Buy now``, ``Scroll down``) bid no act on the page's own
# thing.
_PAGE_BUTTON_VERBS: Final = frozenset(
    (
        "read",
        "save",
        "share",
        "listen",
        "watch",
        "sign",
        "subscribe",
        "follow",
        "print",
        "email",
        "comment",
        "continue",
        "download",
        "view",
        "bookmark",
        "copy",
        "send",
        "report",
        "support",
        "gift",
        "like",
        "play",
    )
)


def _flag_headline_runs(lines: Sequence[Line], state: LineState) -> None:
    """Say so (``headlines-between-paragraphs``) when two lines or more in a
    row, each a paragraph of its own of ``_RUN_HEADLINE_WORDS`` words ending
    like no sentence and in no colon (the shape the story's subheadings are
    read by), stand between two of the story's paragraphs of prose: a promo
    box's headlines of other stories with no label over them (``Bus fares
    frozen for another year`` / ``Council approves new harbour bridge``, the
    box sometimes printed twice) read so, kept in the body as subheadings,
    silently (body57). A story's heading stands over its paragraph, not over
    another heading; a section's heading over a shorter one (``Part one`` /
    ``The harbour``) has fewer words. One pass over the paragraphs."""
    paragraphs = state.paragraphs
    run: list[str] = []
    at = 0
    above = False  # the paragraph over the run is prose
    over = ""  # the paragraph over the run
    for paragraph in paragraphs:
        text = lines[paragraph[0]].text
        # Only a short line is split into words: a paragraph's length tells
        # prose, its words are never counted.
        if len(text) <= _RUN_HEADLINE_MAX_CHARS and len(paragraph) == 1:
            text = text.strip()
            if text[-1:] not in _RUN_HEADLINE_ENDS and len(text.split()) in _RUN_HEADLINE_WORDS:
                if not run:
                    at = paragraph[0]
                run.append(text)
                continue
        if run:
            twice = _box_printed_twice(run)
            if (
                above
                and len(text) > _RUN_PROSE_MIN_CHARS
                and (twice or (_headlines_in_a_row(run) and not _list_announced(over, len(run))))
            ):
                state.problems.append(
                    Problem(
                        "headlines-between-paragraphs",
                        f"{len(run)} short lines in a row between the story's paragraphs "
                        f"({run[0][:40]!r} …), "
                        + ("some printed twice" if twice else "each of a headline's length")
                        + ", kept as its subheadings: they may be a promo box's headlines "
                        "of other stories",
                        at,
                    )
                )
                return
            run = []
        above = len(text) > _RUN_PROSE_MIN_CHARS and (
            text.rstrip(_RUN_PROSE_CLOSERS)[-1:] in _RUN_PROSE_ENDS
        )
        over = text


def _list_announced(over: str, items: int) -> bool:
    """Does ``over``, the paragraph of prose over a run of ``items`` short
    lines, announce them as the story's list in its last sentence: the
    ``following``, or their count in a word or figure before a list's noun or
    last in the sentence (``The residents' group set out its three demands
    …`` / ``Free parking for residents during the works`` / ``A shuttle bus
    every ten minutes`` / ``Rent relief for the shops on the road``)? The
    story's own list then, no promo box's headlines: it said
    ``headlines-between-paragraphs`` (fixF61)."""
    last = over.rstrip(_RUN_PROSE_CLOSERS).rpartition(". ")[2].casefold()
    words = [word.strip(_PITCH_WORD_EDGES) for word in last.split()]
    if not _LIST_ANNOUNCING_WORDS.isdisjoint(words):
        return True
    # The count after a determiner and before what it counts, no span of
    # time (``its three demands``, ``their 4 requests``; ``held its prices
    # for two years`` counts no list).
    # What it counts is a list's noun (``their four requests on Monday
    # night``) or the sentence's last word (``its three demands.``): a count
    # of people or things the story tells of mid-sentence (``the two men
    # rescued from the water were recovering``) announces no list (fixH62).
    counts = {_LIST_COUNT_WORDS.get(items), str(items)}
    last_word = len(words) - 1
    return any(
        words[n] in counts
        and words[n - 1] in _LIST_COUNT_DETERMINERS
        and (
            words[n + 1] in _LIST_NOUNS
            or (
                n + 1 == last_word
                and words[n + 1] not in _TIME_SPANS
                and words[n + 1] not in _COUNTED_PEOPLE
            )
        )
        for n in range(1, len(words) - 1)
    )


# The count of a list's items in words, as a sentence announcing it says it.
_LIST_COUNT_WORDS: Final = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
    8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve",
}  # fmt: skip
# The words before a list's count in a sentence announcing it.
_LIST_COUNT_DETERMINERS: Final = frozenset(
    {"its", "their", "his", "her", "our", "the", "these", "those", "of"}
)
# The spans of time a count may measure in a sentence (no list's items).
_TIME_SPANS: Final = frozenset(
    {
        "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades",
        "centuries", "nights", "times",
    }
)  # fmt: skip
# The nouns a sentence announcing a list counts its items by (``their four
# requests``, ``the three changes``).
_LIST_NOUNS: Final = frozenset(
    {
        "demands", "requests", "changes", "steps", "things", "ways", "reasons", "points",
        "questions", "measures", "rules", "proposals", "options", "priorities", "goals",
        "recommendations", "conditions", "promises", "pledges", "lessons", "tips", "ideas",
        "items", "aims", "calls", "commitments", "areas", "plans", "issues", "asks",
    }
)  # fmt: skip
# The people a count may count in a story's sentence (no list's items).
_COUNTED_PEOPLE: Final = frozenset(
    {
        "men", "women", "people", "children", "boys", "girls", "officers",
        "passengers", "residents", "victims", "suspects", "workers", "crew", "others",
    }
)  # fmt: skip
# A sentence's words announcing the list under it, whatever its count.
_LIST_ANNOUNCING_WORDS: Final = frozenset({"following"})


def _headlines_in_a_row(run: Sequence[str]) -> bool:
    """Is ``run``, short lines in a row between the story's paragraphs (each
    of ``_RUN_HEADLINE_WORDS`` words, no end mark), shaped as other stories'
    headlines printed with no label over them: three lines or more, or two
    each of ``_RUN_TITLE_MIN_WORDS`` words or more (``Bus fares frozen for
    another year`` / ``Council approves new harbour bridge``), not all
    opening with the same word (a share bar's ``Share to Facebook`` /
    ``Share to X``, a product box's ``Get it on …`` rows), none holding a
    figure or a comma? A story's subheading stands over its paragraphs, not
    over another subheading; a section's heading over its first subheading
    (``The council's view`` / ``What happens next``) is shorter. Kept as
    subheadings either way, said (silent60: two or three
    different headlines in a row were kept silently)."""
    if len(run) < 2:
        return False
    # Three in a row: any headline's length (``_RUN_HEADLINE_WORDS``); no
    # story prints three headings with nothing under them.
    least = _RUN_TITLE_MIN_WORDS if len(run) == 2 else 0
    firsts = set()
    for line in run:
        words = line.split()
        if (
            len(words) < least
            or not line[:1].isalpha()
            # A figure (a product box's price, ``Get it on Amazon for
            # 39.99``; a review's ``Score 4.5 out of 5``) or a comma (an
            # analysis box's writer and title, ``Jane Roe, BBC diplomatic
            # correspondent``, under its heading) is no such run's: the
            # benchmark pages' false alarms of a first cut.
            or any(map(str.isdigit, line))
            or "," in line
            # A line speaking for a crowd (``Hands off our books`` / ``Save
            # our library``) is a chant or a slogan the story quotes
            # (``_box_printed_twice``), no other story's headline.
            or _is_chant(line)
        ):
            return False
        firsts.add(words[0].casefold())
    # Two lines alone, one opening with an article or a question's word (``How
    # the council changed its mind`` / ``The vote that split the chamber``;
    # ``Free parking for residents during the works`` / ``A shuttle bus every
    # ten minutes``): a feature's headings or the story's list, as a news
    # headline drops its article (``Council approves new harbour bridge``) and
    # a related box's headlines rarely open so (fixF61).
    # Only a heading asking (``Why …``, ``How the …``) over another line, or
    # any line over one opening with an article (a subheading's or a list
    # item's noun phrase): a teaser box's ``The best beaches on the islands
    # this summer`` / ``How to get the cheapest ferry tickets`` is neither,
    # and was kept silently (fixH62).
    if least and (
        run[0].split(None, 1)[0].casefold() in _QUESTION_OPENINGS
        or run[1].split(None, 1)[0].casefold() in _ARTICLE_OPENINGS
    ):
        return False
    return len(firsts) > 1


# The first words of a list's item or a subheading under a heading (an
# article) and of a feature's heading (a question's word), folded: a headline
# drops its article and asks its question with a question mark.
_ARTICLE_OPENINGS: Final = frozenset({"the", "a", "an"})
_QUESTION_OPENINGS: Final = frozenset({"how", "why", "what", "who", "when", "where", "which"})
# The fewest words of each line of a run of different headlines said by
# ``_headlines_in_a_row`` (a subheading's few words are fewer).
_RUN_TITLE_MIN_WORDS: Final = 5


def _box_printed_twice(run: Sequence[str]) -> bool:
    """Is ``run``, short lines in a row between a story's paragraphs
    (:func:`_flag_headline_runs`), a promo box printed twice: two lines of it
    or more printed twice, not all of them in a crowd's voice (``we``,
    ``our``, ``us``: ``_CHANT_VOICE``)? A box lists several stories, so it
    repeats several lines; a chant or a slogan the story quotes (``Save our
    library`` / ``Save our library``; ``Hands off our books`` / ``Save our
    library``, twice) repeats one line, or speaks for the crowd, and said
    ``headlines-between-paragraphs`` (alarms60)."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for line in run:
        (repeated if line in seen else seen).add(line)
    return len(repeated) > 1 and not all(map(_is_chant, repeated))


def _is_chant(line: str) -> bool:
    """Is ``line`` a crowd's chant or slogan the story quotes: a few words
    (``_CHANT_MAX_WORDS``) speaking for the crowd (``Save our library``,
    ``Hands off our books``)? A promo box's headline in a paper's voice is
    longer (``What we know about the storm so far``, ``Our guide to the new
    ferry timetable``) and was kept silently as one (fixH62)."""
    words = line.casefold().split()
    return len(words) <= _CHANT_MAX_WORDS and not _CHANT_VOICE.isdisjoint(
        word.strip(_PITCH_WORD_EDGES) for word in words
    )


# The words of a crowd's chant or slogan speaking for itself.
_CHANT_VOICE: Final = frozenset(("we", "our", "us"))
# The most words of a chant or a slogan (``Save our library now``).
_CHANT_MAX_WORDS: Final = 5


# A headline of a promo box's run (``_flag_headline_runs``) holds three to
# twelve words and ends in none of these (a sentence's mark, a colon opening
# a list, a question heading an explainer's section); the prose around it
# ends in a sentence's mark, a closing quote after it or not.
_RUN_HEADLINE_WORDS: Final = range(3, 13)
_RUN_HEADLINE_ENDS: Final = frozenset(".!?:;,…")
# A paragraph of prose around the run is longer than any headline of it.
_RUN_PROSE_MIN_CHARS: Final = 100
_RUN_PROSE_ENDS: Final = frozenset(".!?…")
_RUN_PROSE_CLOSERS: Final = "\"'\u201d\u2019) \t\r\n"
# A line of twelve words is at most this long (a headline's run is told
# without splitting the story's paragraphs into words).
_RUN_HEADLINE_MAX_CHARS: Final = 120
# A pull quote is a sentence or two: at most this many characters, and at
# least this many words (fewer, a subheading's words, ``What happens next``,
# may run inside a sentence of the story by chance).
_PULL_QUOTE_MAX_CHARS: Final = 200
_PULL_QUOTE_MIN_WORDS: Final = 6
# The words a pull quote is looked up by: its second to fifth.
_PULL_QUOTE_KEY_WORDS: Final = 4
_PULL_QUOTE_KEY_END: Final = 1 + _PULL_QUOTE_KEY_WORDS
# The paragraphs searched for a pull quote's words, at most: a page repeating
# the four words in every paragraph costs no more than this many searches
# for each short one.
_PULL_QUOTE_MAX_HOLDERS: Final = 16
# The short paragraphs counted over the whole story, at most: a page of
# thousands of short blocks (an agenda's items, each ending in a colon) would
# cost one pass over the story each, a time growing as the square of the
# page's size; past this many, the pass over the longer paragraphs' words
# alone finds which stand twice.
_PULL_QUOTE_MAX_COUNTED: Final = 128
# The characters compared, at most, for this many of the story's: past them
# the story says that not all its short paragraphs were compared.
_PULL_QUOTE_SEARCH_FACTOR: Final = 64
# What a pull quote's words are set in and end with, stripped before they are
# looked for in the paragraph that says them: its quotation marks, and its
# full stop where the paragraph goes on with a comma (``"… village," said …``).
_PULL_QUOTE_MARKS: Final = "\"'“”‘’«»„ "
_PULL_QUOTE_EDGES: Final = _PULL_QUOTE_MARKS + ".,;:!?…"


def flag_pull_quotes(lines: Sequence[Line], state: LineState) -> None:
    """Say so (``pull-quote-in-body``) when a short paragraph of one line has
    all its words, word for word, inside a longer paragraph of the story
    (``"We couldn't let it go."`` set apart between paragraphs, a paragraph
    saying ``"We couldn't let it go," said Ann Carter, …``). Pages print a
    sentence of the story again in large type to catch the eye, and a scrape
    keeps it as a paragraph of its own, so the body says it twice. It stays in
    the body: the labelled pages keep it in the story's text, as their markup
    does, and a story may quote a phrase again on purpose. One diagnostic a
    story. A paragraph repeated whole is ``paragraph-shown-again``'s."""
    paragraphs = state.paragraphs
    if len(paragraphs) < 2:
        return
    texts = [joined_text(lines, paragraph).strip() for paragraph in paragraphs]
    # Each short paragraph's words and four of them inside (the second to the
    # fifth: whole words wherever the words stand in a longer paragraph, where
    # the first and the last may be glued to its quotation marks or comma).
    # Only the paragraphs holding those four words are searched: one pass over
    # the story's words, not one over the story for each short paragraph.
    pulled: list[tuple[int, str, tuple[str, ...]]] = []
    for number, paragraph in enumerate(paragraphs):
        text = texts[number]
        if len(paragraph) != 1 or len(text) > _PULL_QUOTE_MAX_CHARS:
            continue
        first = text.lstrip(_PULL_QUOTE_MARKS)[:1]
        if not first.isalpha() or first.islower():
            # A pull quote opens a sentence: in a capital, or a script with
            # none; a line opening in small letters or with punctuation is
            # a wrapped line's end or a listing's field (``,booktitle = …``).
            continue
        words = text.strip(_PULL_QUOTE_EDGES)
        inside = words.split(None, _PULL_QUOTE_MIN_WORDS)
        if len(inside) >= _PULL_QUOTE_MIN_WORDS:
            pulled.append((number, words, tuple(inside[1:_PULL_QUOTE_KEY_END])))
    if not pulled:
        return
    # A short paragraph said again stands twice in the story's text (in
    # itself and in the longer one, two places apart): counted in C over the
    # story joined once, before any paragraph is split into words. Most wire
    # stories (a short paragraph a line) have none, and the search below is
    # left alone where one may be.
    story = "\n".join(texts)
    # The shortest of them all still bounds the paragraphs read below: a
    # paragraph as short takes a holder's place (at most
    # _PULL_QUOTE_MAX_HOLDERS a key), as it did.
    shortest = min(len(texts[number]) for number, _, _ in pulled)
    # Only those standing twice can be said again (one paragraph of one
    # line, no line feed in it: its two places are apart), and only their
    # keys are looked for. A count is a pass over the story: only the first
    # few are counted; past them the holders below decide alone (a short
    # paragraph said again stands twice, so the count only spares work).
    counted = len(pulled) <= _PULL_QUOTE_MAX_COUNTED
    if counted:
        pulled = [entry for entry in pulled if story.count(entry[1]) >= 2]
        if not pulled:
            return
    keys = {key for _, _, key in pulled}
    firsts = {key[0] for key in keys}
    holders: dict[tuple[str, ...], list[int]] = {}
    for number, text in enumerate(texts):
        if len(text) <= shortest:
            continue  # says no short paragraph again: none is shorter
        if counted and not any(map(text.__contains__, firsts)):
            # No key's first word in it, as a word or inside one (in C): a
            # search a first word, so asked only of the few counted.
            continue
        tokens = text.split()
        if firsts.isdisjoint(tokens):
            continue  # holds no key's first word (looked up in C)
        # The places of a key's first word alone, found in C: a step of
        # Python for each of those, not for each of the story's words.
        places = range(len(tokens) - _PULL_QUOTE_KEY_WORDS + 1)
        for start in compress(places, map(firsts.__contains__, tokens)):
            key = tuple(tokens[start : start + _PULL_QUOTE_KEY_WORDS])
            if key in keys:
                held = holders.setdefault(key, [])
                if len(held) < _PULL_QUOTE_MAX_HOLDERS and number not in held:
                    held.append(number)
    # Each search reads a longer paragraph whole: a page whose short
    # paragraphs share their four words with a long one, but not the rest,
    # would read it once for each; the characters read are bounded by the
    # story's size, and past them the story says it was not read through.
    budget = _PULL_QUOTE_SEARCH_FACTOR * len(story)
    for number, words, key in pulled:
        text = texts[number]
        for other in holders.get(key, ()):
            holder = texts[other]
            if len(holder) <= len(text):
                continue
            budget -= len(holder)
            if budget < 0:
                state.problems.append(
                    Problem(
                        "pull-quote-in-body",
                        f"too many short paragraphs share words with longer ones; from "
                        f"{text[:60]!r} on they were not compared: pull quotes may be left "
                        "in the body unsaid",
                        paragraphs[number][0],
                    )
                )
                return
            if words in holder:
                state.problems.append(
                    Problem(
                        "pull-quote-in-body",
                        f"the paragraph {text[:60]!r} is said again word for word in a "
                        "longer paragraph; both are kept: it may be a pull quote",
                        paragraphs[number][0],
                    )
                )
                return


# How a page's byline line opens (its paragraphs are stripped lines).
_BY_OPENINGS: Final = frozenset({"By ", "by ", "BY "})
# Their first two characters, as a block's stripped opening (_Blocks.heads) shows them.
_BY_HEADS: Final = frozenset(opening[:2] for opening in _BY_OPENINGS)
# A second story's headline is a short line: at most this many words.
_SECOND_HEADLINE_MAX_WORDS: Final = 15


def _flag_second_header(
    lines: Sequence[Line], state: LineState, knowledge: Knowledge, heads: Sequence[str]
) -> None:
    """``possible-story-boundary`` where the body holds a header of its own: a
    short line ending like no sentence (a headline) over a ``By NAME`` line,
    prose under them (``Bus fares frozen again`` / ``By Tom Hale`` / ``The
    council said …``). Two stories pasted into one page text read as one
    story, the second's headline and byline as its paragraphs, silently. The
    story is not cut (a subheading over a quoted writer's name reads the
    same). Only paragraphs opening with ``By`` are read further, and only in
    a story one of whose paragraphs' blocks (:func:`_paragraphs_blocks`)
    opens so, stripped (``heads``, their first two characters: a line opening
    with ``By `` opens with no white space, so stripped it opens the same)."""
    if _BY_HEADS.isdisjoint(heads):
        return
    paragraphs = state.paragraphs
    for number in range(1, len(paragraphs) - 1):
        index = paragraphs[number][0]
        text = lines[index].text
        if text[:3] not in _BY_OPENINGS:
            continue
        text = text.strip()
        if _byline_line(text, knowledge) is None:
            continue
        above = lines[paragraphs[number - 1][-1]].text.strip()
        if (
            0 < len(above.split()) <= _SECOND_HEADLINE_MAX_WORDS
            and above[-1:] not in knowledge.full_stops + knowledge.clause_ends
        ):
            state.problems.append(
                Problem(
                    "possible-story-boundary",
                    f"a headline and a byline inside the page's story ({above[:60]!r}): "
                    "another story may start there",
                    paragraphs[number - 1][-1],
                )
            )
            return


# A page's headline stands at most this many blocks under its title line.
_SECOND_TITLE_GAP: Final = 3


def _flag_second_page(
    texts: Sequence[str],
    body_start: int,
    lines: Sequence[Line],
    blocks: Sequence[int],
    state: LineState,
) -> None:
    """``possible-story-boundary`` where another page's header stands in or
    under the story: a title line (``Rail fares to rise - Vale Post``) whose
    headline part is a block under it (``Rail fares to rise``), as far
    under it as the page's own headline stands under its title. Two scraped
    pages with one blank line between them read as one page: the second
    page's paragraphs go on the first story's body (its title and headline as
    subheadings) or, when short, fall under the story's end as furniture,
    silently. The story is not cut: the layout reads one
    story a group of lines. A title line showing the story's own headline
    again is the same page (``paragraph-shown-again`` and the header rules
    see to it). Asked only of a page that opens with a title line itself
    (``Headline - Site``), of the lines showing that title's form: a scraper
    that keeps its pages' titles keeps them all, the same way; most page text
    (an article's body alone) has none."""
    own = title_part(texts[0]) if texts else None
    if own is None:
        return
    # As many blocks under the title line as the page's own headline stands
    # (a masthead between: ``Headline - Site`` / ``Site`` / ``Headline``).
    gap = 1
    if state.headline is not None and state.headline in blocks[1 : _SECOND_TITLE_GAP + 1]:
        gap = blocks.index(state.headline)
    start = max(body_start, 1)
    above, under = texts[start:-gap], texts[start + gap :]
    # The headline under a title line opens it (``Headline - Site``) or
    # closes it (``Site | Headline``), as the page's own title shows it: one
    # string test a block pair, in C, turns down most pairs before a pattern.
    shows = str.startswith if texts[0].lstrip().startswith(own) else str.endswith
    pairs = map(shows, above, under)
    for number in compress(range(start, start + len(under)), pairs):
        text, part = texts[number], texts[number + gap]
        if (
            len(part) >= len(text)
            or len(part) < _TITLE_PART_MIN_CHARS
            or len(text) > _HEADLINE_MAX_CHARS * 2
            or title_part(text) != part
        ):
            continue
        if state.headline is not None and _fold(part) == _fold(lines[state.headline].text):
            return
        state.problems.append(
            Problem(
                "possible-story-boundary",
                f"a page's title line and its headline in or under the story "
                f"({part[:60]!r}): another page's story may start there",
                blocks[number],
            )
        )
        return


# A marker line padded with white space at most this much; a wire story's first
# paragraph at least this long (a place, an agency, a dash and a sentence).
_MARK_PADDING_CHARS: Final = 4
_WIRE_LEAD_MIN_CHARS: Final = 40
# How far a marked story's header runs: its headline this many blocks at most
# over its marker line, shown again at most this many blocks under it.
_MARKED_HEADER_REACH: Final = 8


def _flag_story_under_page(found: _Blocks, state: LineState, options: ParseOptions) -> None:
    """``possible-story-boundary`` where another story's whole header stands
    under the page story's first paragraph: a marked one (``Headline`` /
    captions / ``TT`` / ``Headline`` again, the marker one of
    ``ParseOptions.markers``) or a wire story's (a headline's short line over
    a paragraph opening with a dateline naming an agency or a date, ``OSLO,
    March 3 (Reuters) - …``). A story pasted under a page with one blank line
    or none, or a dump's separator (``Page 2``, a date, ``<hr>``), is read
    with the page (a page holds no blank run that would cut it): its lines
    went to the page's body or fell under the story's end as furniture,
    silently. The story is not cut (the layout reads one story a group of
    lines); a page's own teasers under it (``Headline`` / ``OSLO (Reuters) -
    teaser``) read the same, so it is said, not cut."""
    if not state.paragraphs or any(
        problem.code == "possible-story-boundary" for problem in state.problems
    ):
        return
    texts, blocks, stripped = found.texts, found.indexes, found.stripped
    first = bisect_right(blocks, state.paragraphs[0][0])
    knowledge = options.knowledge
    markers = options.markers
    ends = knowledge.full_stops + knowledge.clause_ends
    read = {index for paragraph in state.paragraphs for index in paragraph}
    marker_reach = max(map(len, markers), default=0) + _MARK_PADDING_CHARS
    # A page holds thousands of blocks under its story (links, menus), most
    # of them short. Only three kinds of block can be said: a marker line
    # alone (``TT``), a wire story's lead (``_WIRE_LEAD_MIN_CHARS`` or more)
    # and a byline (``By …``: its first two characters, ``_Blocks.heads``,
    # are a byline's). The long ones are picked in C, the other two only on
    # a page holding one (a set test each); they are looked at in order.
    start, count = first + 1, len(texts)
    numbers = list(
        compress(
            range(start, count),
            map(ge, map(len, islice(texts, start, None)), repeat(_WIRE_LEAD_MIN_CHARS)),
        )
    )
    heads = found.heads
    others = []
    if not _BY_HEADS.isdisjoint(islice(heads, start, None)):
        others += [n for n in range(start, count) if heads[n] in _BY_HEADS]
    if markers and not frozenset(markers).isdisjoint(islice(stripped, start, None)):
        others += [n for n in range(start, count) if stripped[n] in markers]
    if others:
        numbers = sorted({*numbers, *others})
    for number in numbers:
        raw = texts[number]
        if len(raw) <= marker_reach:
            if stripped[number] not in markers:
                continue
            above = stripped[max(first, number - _MARKED_HEADER_REACH) : number]
            below = set(stripped[number + 1 : number + 1 + _MARKED_HEADER_REACH])
            shown = [at for at, head in enumerate(above) if head and head in below]
            if not shown:
                continue
            at = number - len(above) + shown[0]
            reason = "a header shown again under its marker line"
        else:
            # Only a block the story did not read: a headline and a byline
            # among its paragraphs are _flag_second_header's (said once).
            if blocks[number] in read:
                continue
            wire_lead = len(raw) >= _WIRE_LEAD_MIN_CHARS
            if not (wire_lead or raw[:3] in _BY_OPENINGS):
                continue
            head = stripped[number - 1]
            if not (
                head and head[-1:] not in ends and len(head.split()) <= _SECOND_HEADLINE_MAX_WORDS
            ):
                continue
            text = stripped[number]
            if wire_lead and opens_wire_story(text, knowledge):
                # One of the story's paragraphs so opening is the teaser
                # enrich's second dateline says.
                reason = "a headline over a paragraph opening with a wire dateline"
            elif (
                raw[:3] in _BY_OPENINGS
                and _prose_under(texts, number + 1)
                and _byline_line(text, knowledge) is not None
            ):
                reason = "a headline over a byline and paragraphs"
            else:
                continue
            at = number - 1
        state.problems.append(
            Problem(
                "possible-story-boundary",
                f"{reason} under the page's story ({texts[at].strip()[:60]!r}): another "
                "story pasted under the page may start there",
                blocks[at],
            )
        )
        return


# A story's paragraphs under its byline: at least this many blocks of prose of
# at least this many words, each ending a sentence (a teaser under a listed
# story's byline is one).
_PROSE_UNDER_BYLINE: Final = 2
_PROSE_UNDER_MIN_WORDS: Final = 8


def _prose_under(texts: Sequence[str], start: int) -> bool:
    """Are the ``_PROSE_UNDER_BYLINE`` blocks from ``start`` each a sentence's
    prose (``_PROSE_UNDER_MIN_WORDS`` words or more, ending in an end mark)?"""
    under = texts[start : start + _PROSE_UNDER_BYLINE]
    return len(under) == _PROSE_UNDER_BYLINE and all(
        _ends_like_paragraph(text.strip()) and len(text.split()) >= _PROSE_UNDER_MIN_WORDS
        for text in under
    )


# Text cut into lines of at most this many characters is hard-wrapped (html2text
# wraps at 78, lynx and w3m dumps at 79, mail at 72); a page's paragraphs are
# lines of hundreds of characters.
_WRAP_MAX_CHARS: Final = 100
# A wrapped line fills most of the width: at least this share of the longest.
_WRAP_FILL: Final = 0.75


def _wrapped_runs(
    lines: Sequence[Line], texts: Sequence[str], blocks: Sequence[int]
) -> list[list[int]]:
    """The runs of wrapped lines of a page whose text is cut into lines of a
    fixed width, its paragraphs running on over several lines (a text-mode
    browser's dump, html2text's output), each run two lines or more; none for
    any other page. The mark of such a page: no line longer than a wrap
    leaves, and two lines of nearly the width each going on into the line
    right under them in small letters. A line goes on when it fills nearly
    the width, or the next line's first word would not have fit on it, and
    the next line opens in a small letter, or the line above goes on into it.
    A run is a line going on and the lines right under it while each line above
    goes on (a wrapped paragraph's last line is shorter). One pass over the
    lengths turns down every page holding a line longer than a wrap leaves."""
    if len(texts) < 4:
        return []
    width = max(map(len, texts))
    if width > _WRAP_MAX_CHARS:
        return []
    fill = width * _WRAP_FILL
    # A line cut short of the fill goes on too when the next line's first word
    # would not have fit on it: a long word (a link, ``word’s\u00a0“quote”``,
    # held together by its no-break space) moves whole to the next line. The
    # word is measured as written (``Line.written``): split_lines reads a
    # no-break space as a space, and ``it was aa`` / ``“a”\u00a0“aaaaaaaa”``
    # measured ``“a”`` alone, which fits, so the paragraph's tail was a
    # short block of its own, dropped at the story's edge with the
    # paragraphs under it (short-at-edge).
    firsts = [
        _first_word_length(lines[number].written or text)
        for number, text in zip(blocks, texts, strict=True)
    ]
    going_on = [
        blocks[number + 1] == blocks[number] + 1
        and (
            len(texts[number]) >= fill
            or len(texts[number].rstrip()) + 1 + firsts[number + 1] > width
        )
        for number in range(len(texts) - 1)
    ]
    wrapped = [
        number
        for number, on in enumerate(going_on)
        if on
        and (
            opens_small(texts[number + 1])
            or _tail_under_wrap(texts[number], texts[number + 1], fill, width, firsts[number + 1])
        )
    ]
    # One line going on into small letters is a wrap's mark too where it
    # ends like no sentence and fills nearly the width: a page set one paragraph
    # a line, hard-wrapped at a width only its longest paragraph passed
    # (``… dy kënde lojërash`` / ``për fëmijë.``), leaves one such line; left
    # alone, its tail was a short block and the paragraphs under it were
    # dropped at the story's edge (short-at-edge), silently.
    if not wrapped or (
        len(wrapped) == 1
        and (
            len(texts[wrapped[0]].rstrip()) < fill
            or ends_sentence(texts[wrapped[0]], SENTENCE_OR_COLON_ENDS)
        )
    ):
        return []
    # A run's first line goes on into a next line opening in a capital only
    # when that line's first word would not have fit on it: a wrap cuts before
    # the first word that passes the width, so a headline of nearly the width
    # over ``By Jane Roe`` (room left for ``By``) is no wrap, and was joined to
    # the byline. A next line in small letters goes on, and so does a line a
    # wrap reached (text wrapped by hand, a README's, breaks short of the
    # width inside its paragraphs). The width is the longest line going on in
    # small letters (a wrap's), not the longest line: one long line among text
    # wrapped narrower (a table's row, an address) would leave room for every
    # word.
    width = max(len(texts[number].rstrip()) for number in wrapped)
    # A wrapped line wrapped again at a narrower width leaves its last words a
    # short line of their own, right under a line going on into it (``… more
    # than two`` / ``thirds`` / ``of its spending.``): such a tail ending like
    # no sentence goes on into a line opening in a small letter. Read by its
    # length, it ended its run, and the paragraph was cut in two (or its
    # parts dropped as furniture), silently. A byline in small letters under
    # a standfirst's tail (``… per il primo`` / ``mese`` / ``di Marco
    # Bianchi``) is no paragraph's rest.
    for number in range(1, len(going_on)):
        if (
            going_on[number - 1]
            and not going_on[number]
            and blocks[number + 1] == blocks[number] + 1
            and goes_on_in_prose(texts[number + 1])
            and not ends_sentence(texts[number], SENTENCE_OR_COLON_ENDS)
        ):
            going_on[number] = True
    # A line of nearly the width ending like no sentence goes on into a line
    # opening in a quotation mark or a bracket even when that line's first
    # word would have fit: quoted words a page holds together with no-break
    # spaces (``it was`` / ``“L”\u00a0“a”.``) move whole, and split_lines reads
    # those spaces as spaces, so the word measured is shorter than the one
    # the wrap moved. Left alone, the paragraph's two lines were two blocks,
    # the tail short, and both were dropped as furniture (short-at-edge).
    inside = False  # the line above goes on into this one
    for number, on in enumerate(going_on):
        if on and not inside and not opens_small(texts[number + 1]):
            on = len(texts[number].rstrip()) + 1 + firsts[number + 1] > width or _quote_under_wrap(
                texts[number], texts[number + 1], width
            )
            # A header's byline under a headline of nearly the width, in a
            # script without capitals (``… को फायदा`` / ``लेखक: राहुल शर्मा``,
            # Hindi's writer's label), is no paragraph's tail: joined to it,
            # the byline was read into the headline, silently (found once
            # heldout34 made Hindi date lines, the header's anchor).
            if on and _caseless_header_field(texts[number + 1]):
                on = False
            going_on[number] = on
        inside = on
    runs: list[list[int]] = []
    run: list[int] = []
    for number, on in enumerate(going_on):
        run.append(blocks[number])
        if not on:
            if len(run) > 1:
                runs.append(run)
            run = []
    run.append(blocks[-1])
    if len(run) > 1:
        runs.append(run)
    return runs


def _tail_under_wrap(above: str, below: str, fill: float, width: int, first: int) -> bool:
    """Is ``below`` the tail of a paragraph whose line ``above`` a wrap cut,
    though it opens in no small letter: ``above`` fills nearly the ``width``,
    holds words and ends like no sentence, ``below``'s ``first`` word would
    not have fit on it, and ``below`` opens in a letter of a script with no
    small letters (Hebrew, Devanagari: ``… כעשרים אלף`` / ``נוסעים ביום.``)
    or is a short line ending a sentence (a name the wrap moved: ``… sagði
    forstjórinn`` / ``Guðrún Jónsdóttir.``)? A page set one paragraph a line,
    hard-wrapped at a width only one paragraph passed, leaves one such cut;
    asked for small letters only, the paragraph's two lines were read as
    furniture and the paragraphs under them dropped (short-at-edge), silently."""
    opening = below.lstrip()[:1]
    if (
        not opening.isalpha()
        or len(above.rstrip()) < fill
        or len(above.rstrip()) + 1 + first <= width
        or " " not in above.strip()
        or above.rstrip()[-1:] in _UNCASED_SENTENCE_ENDS
        or ends_sentence(above, SENTENCE_OR_COLON_ENDS)
    ):
        return False
    if not opening.isupper():  # a letter of a script with no case
        return True
    return len(below.rstrip()) < fill and ends_sentence(below)


def _caseless_header_field(text: str) -> bool:
    """Is ``text``, opening in a letter of a script without capitals, a
    header's byline or date line (``लेखक: राहुल शर्मा``)? The letter asked
    first: most lines open in a cased one."""
    stripped = text.strip()
    opening = stripped[:1]
    if not opening.isalpha() or has_case(opening):
        return False
    return byline_line(stripped) is not None or is_date_line(stripped)


# What ends a sentence in scripts with no small letters (a danda, a double
# danda, Urdu's full stop, a CJK full stop, Ethiopic's full stop, heldout38)
# besides ``SENTENCE_OR_COLON_ENDS``.
_UNCASED_SENTENCE_ENDS: Final = "\u0964\u0965\u06d4\u3002\u1362"


def _quote_under_wrap(above: str, below: str, width: int) -> bool:
    """Is ``below``, opening in a quotation mark or a bracket, the rest of a
    paragraph whose line ``above`` fills nearly the wrap's ``width`` and ends
    like no sentence (see :func:`_wrapped_runs`)?"""
    opening = below.lstrip()[:1]
    return (
        bool(opening)
        and not opening.isalnum()
        and len(above.rstrip()) >= width * _WRAP_FILL
        and not ends_sentence(above, SENTENCE_OR_COLON_ENDS)
    )


def _first_word_length(text: str) -> int:
    """The length of ``text``'s first word (to its first space: a no-break
    space is inside a word), past the margin, whose invisible characters
    (a scraper's ``\u200b`` opening each line, read as a space) are no word."""
    text = text.lstrip().lstrip("\u200b\u2060\ufeff").lstrip()
    end = text.find(" ")
    if (
        "\u00a0" in text
        and text[:1].isalpha()
        and not has_case(text[:1])
        and " " not in text.rstrip()
    ):
        # A line in a script without capitals, its words all held together by
        # no-break spaces, no space at all (a scrape writing every space so;
        # a Latin line so held is a tail a wrap moved whole, variants39,
        # and opens in a quote or a small letter): its first word ends at the
        # first of them, no word of the line's whole length. Measured whole,
        # every line of a short page in a script without capitals went on
        # into the next and the page was joined into one paragraph as
        # hard-wrapped (heldout38's Malayalam page).
        end = text.find("\u00a0")
    return len(text) if end < 0 else end


def _said_in(place: str, lines: Sequence[Line], state: LineState) -> bool:
    """Does the headline or a paragraph of the story name ``place`` after
    ``in`` (``… cranes in Chennai``, ``… in Abu Dhabi's port``)? A few string
    searches, asked once a page, when the first paragraph opens with at most
    three words and a colon."""
    numbers = [state.headline] if state.headline is not None else []
    numbers.extend(n for paragraph in state.paragraphs for n in paragraph)
    return _said_in_texts(place, (lines[number].text for number in numbers))


def _caseless_place_named(place: str, lines: Sequence[Line], state: LineState, skip: int) -> bool:
    """Does the headline or a paragraph of the story (the first one past its
    first ``skip`` characters, the dateline's) name ``place``, a word of a
    script without capitals? India's languages glue a case's ending to it
    (``ಮೈಸೂರಿನಲ್ಲಿ``, in Mysuru; ``नाशिकमध्ये``), changing its last letter or
    sign at times: its stem, all but that, is searched. A few string
    searches, asked once a page."""
    stem = place[:-1] if len(place) > _CASELESS_STEM_MIN_CHARS else place
    numbers = [state.headline] if state.headline is not None else []
    numbers.extend(n for paragraph in state.paragraphs for n in paragraph)
    opening = state.paragraphs[0][0] if state.paragraphs and state.paragraphs[0] else None
    return any(
        stem in (lines[number].text[skip:] if number == opening else lines[number].text)
        for number in numbers
    )


# A caseless place this long or longer is searched by its stem, its last
# letter or sign left out (_caseless_place_named).
_CASELESS_STEM_MIN_CHARS: Final = 3


def _said_in_texts(place: str, texts: Iterable[str]) -> bool:
    """Does one of ``texts`` name ``place`` after ``in``, no letter after it
    (``… in Chennai``, ``… in Abu Dhabi's port``; not ``… in Chennaiwala``),
    nor a street's or a site's word making it another place's name (not ``…
    in London Road``: :func:`wirestory.bylines.ends_place_name`)?"""
    needle = f" in {place}"
    for text in texts:
        at = text.find(needle)
        while at >= 0:
            end = at + len(needle)
            if not text[end : end + 1].isalpha() and not _street_of(text[end:]):
                return True
            at = text.find(needle, end)
    return False


def _street_of(rest: str) -> bool:
    """Does ``rest``, the text after a place's name, open with a capitalised
    street's or site's word (``Road`` in ``… in London Road``)?"""
    words = rest.split(maxsplit=1)
    word = words[0].strip(_WORD_EDGES) if words else ""
    return word[:1].isupper() and ends_place_name(word)


def place_said_in_story(dateline: Dateline, lines: Sequence[Line], state: LineState) -> bool:
    """Does the headline or a paragraph of the story name a place of
    ``dateline``, printed in capitals, after ``in`` in title case (``LONDON
    –`` over ``… told reporters in London``)? A section's label (``WEATHER
    –``, ``MARKETS –``) is a common noun, never named so. A few string
    searches, asked only of a place alone over the story."""
    return any(
        place.casefold() not in _WORLD_REGIONS and _said_in(place.title(), lines, state)
        for place in dateline.places
    )


# The world's regions, a site's sections' labels and never a dateline's place
# ("EUROPE –", "MIDDLE EAST –" over a story "… in Europe"): a dateline names
# the city the story was filed from.
_WORLD_REGIONS: Final = frozenset(
    (
        "europe",
        "asia",
        "africa",
        "americas",
        "oceania",
        "middle east",
        "latin america",
        "north america",
        "south america",
        "asia pacific",
        "asia-pacific",
    )
)


def _date_lines_in_story(
    blocks: Sequence[int],
    texts: Sequence[str],
    weights: Sequence[int],
    span: tuple[int, int],
    state: LineState,
    knowledge: Knowledge,
) -> frozenset[int]:
    """The blocks of the story's stretch that hold only the story's date: right
    under the byline (``By Jane Roe`` / ``November 19, 2019`` inside the
    stretch), or the stretch's one date line among its first three blocks
    (``Updated: November 19, 2019 10:31 IST`` under the first paragraph). A
    timeline's dates over its entries are several, and stay subheadings."""
    body_start, body_end = span
    found = [
        n
        for n in range(body_start, body_end)
        if weights[n] <= _DATE_MAX_CHARS and _is_date_line(texts[n], knowledge)
    ]
    # The header's time of update alone on the stretch's first line
    # (``Updated 9:02 a.m. ET`` under ``March 4, 2025, 8:15 a.m. ET``): a live
    # page's, no subheading of the story.
    first = texts[body_start].strip() if body_start < body_end else ""
    if first[:8].casefold() == "updated " and live_blog_stamp(first[8:]):
        found.insert(0, body_start)
    if not found:
        return frozenset()
    bylines = {bisect_left(blocks, index) for index in state.byline}
    under = {n for n in found if n - 1 in bylines}
    if len(found) == 1 and found[0] < body_start + 3:
        under.add(found[0])
    if body_start in found and found[0] == body_start and first[:8].casefold() == "updated ":
        under.add(body_start)
    # A live page's entry signed by one of the byline's writers over its date
    # and time (``Rosa Quint`` / ``March 4, 2025, 8:40 a.m. ET`` / the entry):
    # the entry's stamp, as a live blog's clock time is.
    under.update(n for n in found if n - 1 >= body_start and _entry_signature(texts, n - 1, state))
    return frozenset(under)


def _entry_signature(texts: Sequence[str], number: int, state: LineState) -> bool:
    """Is block ``number`` one of the byline's writers' names alone (in any
    case) over a date line (:func:`_date_lines_in_story`): a live page's
    entry signed by its writer?"""
    writers = state.byline_found
    if writers is None or not writers.names:
        return False
    text = texts[number].strip()
    return len(text) <= _ENTRY_AUTHOR_MAX_CHARS and text.casefold() in {
        name.casefold() for name in writers.names
    }


def _paywall_notice(
    texts: Sequence[str], weights: Sequence[int], span: tuple[int, int]
) -> int | None:
    """The block of the story's stretch, or of the few right under it, that is
    a paywall's notice (``Subscribe to continue reading``, ``This article is
    for subscribers only``, ``Already a subscriber? Log in``) with no prose of
    the story under it, or None: the page holds the story's opening only, the
    rest behind the wall (``story-cut-by-paywall``). Sieved by length and a
    lower-case string test or the block's first characters: most blocks are
    longer, or name no subscriber nor logging in and open with no notice's
    first word."""
    body_start, body_end = span
    if not body_start < body_end:
        return None
    for n in range(body_start, min(len(texts), body_end + _PAYWALL_LOOKAHEAD)):
        if weights[n] > _PAYWALL_MAX_CHARS:
            continue
        # Stripped: the notice's patterns open at the line's first word
        # (``^il vous reste``), and a scraper may indent every line.
        low = texts[n].strip().lower()
        if any(map(low.__contains__, _PAYWALL_WORDS)):
            notice = _PAYWALL_NOTICE.search(low) or _PAYWALL_NOTICE_OPENING.match(low)
        elif low[:3] in _PAYWALL_OPENINGS:
            # The other languages' notices naming no "abonn" (Portuguese,
            # Swedish, Spanish, Italian, Japanese) open the line: sieved by
            # their first characters, a word more to look for in every line
            # cost the page set 0.24 % more instructions.
            notice = _PAYWALL_NOTICE_OPENING.match(low)
        else:
            continue
        if notice is None or _REPORTED_SPEECH.search(low) is not None:
            # A notice reports no one's words: "From April the archive will be
            # for subscribers only, he said." is the last paragraph of a story
            # about a paper's paywall, not where a wall cut it.
            continue
        if any(
            weights[m] >= _PAYWALL_PROSE_CHARS and texts[m].rstrip()[-1:] in _PAYWALL_PROSE_ENDS
            for m in range(n + 1, body_end)
        ):
            # The story's prose goes on under it: a banner or a box between
            # the paragraphs ("Subscribers only: our weekly newsletter"),
            # not where the wall cut the story.
            continue
        return n
    return None


def _closing_box_heading(texts: Sequence[str], span: tuple[int, int], knowledge: Knowledge) -> int:
    """Where the story's stretch ends: at a closing box's heading among its
    last blocks, else where it did. The heading names the page itself and
    ends in a colon or speaks as the site or to the reader (``How we reviewed
    this article:``, ``Why you can trust this story``: ``_PAGE_SELF_WORDS``,
    ``_HEADING_VOICE``), at most ``_CLOSING_BOX_MAX_WORDS`` words, with at
    most ``_CLOSING_BOX_BELOW`` blocks of the stretch under it, the site
    speaking there of its work (``Our experts … update our articles …``: a
    word of ``_SITE_VOICE`` and one of ``_SITE_WORK``). A health site prints
    the box under the story; read as its last paragraphs, its heading and
    sentence closed the body, silently. A story's own subheading on the
    story (``What this story means for renters``) has its prose under it in
    the third person, and a column's closing section says ``we`` of the
    world, not of articles: both stay. So does a subheading naming neither
    the article nor the site's review (``What this story means for you``), and
    a box reporting speech (``"We will review our sources of funding," Ms Lee
    said.``: quotation marks or a speech verb), a story's last section: it was
    cut as the box, silently. String tests on a few short blocks."""
    body_start, body_end = span
    for number in range(max(body_start + 1, body_end - _CLOSING_BOX_BELOW - 1), body_end):
        if len(texts[number]) > _CLOSING_BOX_MAX_CHARS:
            continue  # a paragraph: most blocks there are
        heading = texts[number].strip()
        folded = heading.casefold()
        words = set(folded.rstrip(":?").split())
        if (
            len(heading.split()) > _CLOSING_BOX_MAX_WORDS
            or heading[-1:] == "."
            or not any(page in folded for page in _PAGE_SELF_WORDS)
            or not (heading.endswith(":") or not words.isdisjoint(_HEADING_VOICE))
            or ("article" not in folded and words.isdisjoint(_CLOSING_BOX_HEADING_WORK))
        ):
            continue
        if all(
            not _SITE_VOICE.isdisjoint(said := set(_tokens(texts[below])))
            and not _SITE_WORK.isdisjoint(said)
            and not any(quote in texts[below] for quote in _SPEECH_QUOTES)
            and not any(in_speech_verbs(word, knowledge.speech_verbs) for word in said)
            for below in range(number + 1, body_end)
        ):
            return number
    return body_end


# A closing box's heading not naming the article names the site's review of
# it ("How we checked this story", "Why you can trust this page").
_CLOSING_BOX_HEADING_WORK: Final = frozenset(
    ("review", "reviewed", "reviews", "trust", "sources", "checked", "standards")
)
# Quotation marks: a box of the site's words quotes no one.
_SPEECH_QUOTES: Final = ('"', "“", "”", "«", "»", "„")
# The most words of a closing box's heading, and of the stretch's blocks under it.
_CLOSING_BOX_MAX_WORDS: Final = 8
_CLOSING_BOX_MAX_CHARS: Final = 100
_CLOSING_BOX_BELOW: Final = 2
# A site speaking of itself: its box under the story says "we" and "our";
# its heading may speak to the reader too ("Why you can trust this article").
_SITE_VOICE: Final = frozenset(("we", "our", "us"))
_HEADING_VOICE: Final = _SITE_VOICE | {"you"}
# The site's work its box speaks of ("we update our articles", "our experts
# review …"): a column's closing section saying "we" speaks of the world.
_SITE_WORK: Final = frozenset(
    ("article", "articles", "content", "editorial", "experts", "sources", "standards", "review")
)


# The same notice in other papers' languages, each naming the article
# itself (a story's sentence names the archive or the columns: "Ab April
# ist das Archiv nur für Abonnenten", "sus crónicas serán exclusivas para
# suscriptores"), or asking whether the reader already subscribes. German
# "Dieser Artikel ist nur für Abonnenten", "Bereits Abonnent?"; Dutch
# "Dit artikel is alleen beschikbaar voor abonnees", "Al abonnee?";
# Portuguese "Este conteúdo é exclusivo para assinantes", "Já é
# assinante?"; Swedish "Den här artikeln är endast för prenumeranter",
# "Redan prenumerant?"; Spanish "Este contenido es exclusivo para
# suscriptores", "¿Ya eres suscriptor?"; Italian "Questo articolo è
# riservato agli abbonati", "Sei già abbonato?"; Japanese papers'
# "この記事は会員限定です" (members only), "この記事は有料記事です" (a paid
# article), after a bracketed label or not ("［有料会員限定］ この記事は…").
# The notice ends there, as "for subscribers only" does: a sentence going
# on ("… exclusivo para suscriptores desde 2024, dijo la empresa") is a
# story's. Read as none, the notice was the story's last paragraph,
# silently (heldout40). A statement's colon ends it only over the line's
# end or a prompt ("Der Artikel ist nur für Abonnenten: Jetzt anmelden"),
# and a question counts only where it ends the line or stands over a
# prompt to sign in or subscribe (_PAYWALL_PROMPT): a story's sentence after
# it ("¿Ya eres suscriptor? El diario ha lanzado una campaña …", "Der
# Artikel ist nur für Abonnenten: Das sagte der Verlag …") is a paragraph
# of the story opening with a rhetorical question, and was cut with the
# notice (review65).
# Matched at the line's opening only: every one opens there.
# The prompt's verb, within a few words after the notice (``Hier
# anmelden``, ``Clicca qui per accedere``): log in, sign in, subscribe in
# the notices' languages (German ``anmelden``, ``einloggen``, ``melden Sie
# sich an``; Dutch ``inloggen``, ``log hier in``, ``meld je aan``;
# Portuguese ``entrar``, ``faça login``, ``acesse``, ``assine``; Swedish
# ``logga in``; Spanish ``inicia sesión``, ``accede``, ``ingresa``,
# ``suscríbete``; Italian ``accedi``, ``abbonati``).
_PAYWALL_PROMPT: Final = (
    r"[^.!?\n]{0,40}?\b(?:log (?:hier )?in|login|sign ?in|subscribe|anmelden|einloggen"
    r"|melden sie sich an|abonnieren|inloggen|meld (?:je|u) aan|word abonnee|entrar"
    r"|faça login|inici(?:e|ar) sessão|acesse|acessar|assine|logga in|prenumerera"
    r"|inici(?:a|ar) sesión|accede|ingresa|ingresar|suscríbete|identifícate|accedi|accedere"
    r"|abbonati|connecter|connectez-vous|identifiez-vous)\b"
)
_PAYWALL_NOTICE_END: Final = rf"(?=[.!]|:?\s*$|:\s*{_PAYWALL_PROMPT})"
# A question's prompt ends its line within a few words, no comma
# (``¿Ya eres suscriptor? Inicia sesión aquí``): a story's sentence going on
# after the verb (``¿Ya eres suscriptor? Accede a la nueva hemeroteca, que
# el diario abrió …``) was cut with the notice, silently (review s15c).
# Words of a bounded class split by spaces, no class sharing a character
# with the next: linear.
_PAYWALL_PROMPT_TAIL: Final = r"(?:[^\S\n]{1,3}[^\s,]{1,30}){0,6}[^\S\n]*$"
# A question's prompt naming no verb the list knows (``¿Ya eres
# suscriptor? Entra aquí``, ``Bereits Abonnent? Zur Anmeldung``) is a link's
# words: at most three, no comma, no sentence's mark, ending the line. Read
# as none, the notice was left furniture and ``story-cut-by-paywall`` went
# unsaid (silent66); a story's sentence after the question is longer and
# ends in a full stop.
_PAYWALL_LINK_TAIL: Final = (
    r"[^\S\n]{0,3}(?:[^\s,.!?]{1,30}[^\S\n]{1,3}){0,2}[^\s,.!?]{1,30}[^\S\n]*$"
)
_PAYWALL_QUESTION_END: Final = (
    rf"\?(?=\s*$|{_PAYWALL_PROMPT}{_PAYWALL_PROMPT_TAIL}|{_PAYWALL_LINK_TAIL})"
)
# A paywall's notice: bidding the reader subscribe or log in to read on, or
# saying the story is for subscribers. Fixed words, no nested repeats: linear.
_PAYWALL_NOTICE: Final = regex.compile(
    r"\bsubscribe (?:now |today )?(?:to|and) (?:continue reading|keep reading|read (?:on|more"
    r"|the (?:full|whole|rest of the) (?:story|article))|unlock)"
    r"|\b(?:this|the rest of this|the full) (?:article|story|content|piece|report) is (?:only )?"
    r"(?:for|available (?:to|for)|exclusive to|reserved for) (?:our )?(?:paid |paying |premium "
    r"|digital )?(?:subscribers|members)"
    # English and French papers' question cuts the story whatever follows it
    # (``Already a subscriber? Log in.``, ``Déjà abonné ? Connectez-vous.``):
    # the other languages' tail (``_PAYWALL_QUESTION_END``) refused a prompt
    # ending in a full stop and a longer one, and the notice went unsaid
    # (review66). A story's sentence after the question is cut, and said.
    r"|^already (?:a subscriber|subscribed|a member)\?"
    r"|\b(?:subscribe|log in|sign in) to (?:continue|keep) reading"
    r"|\bcontinue reading,? (?:please )?(?:subscribe|log in|sign in)"
    # "For subscribers only." closes the notice: a story's sentence goes on
    # after the words ("The archive is to subscribers only from April.").
    r"|\b(?:for|to) subscribers only(?![^.!:])|^subscribers only\b"
    r"|\byou(?:'ve|’ve| have) reached your (?:free )?(?:article |story |monthly )?limit"
    # French papers: "Cet article est réservé aux abonnés", "La suite est
    # réservée aux abonnés", "Il vous reste 80% de cet article à lire." (a
    # share with decimals, "71.91%", and French type's no-break space or
    # narrow one before "%" and "?"), "Abonnez-vous pour lire la suite",
    # "Déjà abonné ? Se connecter".
    r"|\b(?:cet article|ce contenu) est réservée? aux abonnés"
    r"|\bla suite (?:de cet article )?est réservée aux abonnés"
    r"|^il vous reste \d{1,3}(?:[.,]\d{1,2})?\s?% de cet article"
    r"|^abonnez-vous pour (?:lire|découvrir) la suite"
    r"|^déjà abonnée?\s?\?"
)
_PAYWALL_NOTICE_OPENING: Final = regex.compile(
    r"(?:dieser|der) (?:artikel|beitrag|inhalt|text) ist (?:nur|exklusiv) für "
    rf"(?:abonnenten|abonnentinnen|abonnent\*innen){_PAYWALL_NOTICE_END}"
    rf"|(?:bereits|schon) abonnent(?:in)?{_PAYWALL_QUESTION_END}"
    r"|dit (?:artikel|stuk|bericht) is (?:alleen|exclusief) (?:beschikbaar )?"
    rf"voor abonnees{_PAYWALL_NOTICE_END}"
    rf"|al abonnee{_PAYWALL_QUESTION_END}"
    rf"|este (?:conteúdo|artigo) é exclusivo (?:para|de) assinantes{_PAYWALL_NOTICE_END}"
    rf"|já é assinante{_PAYWALL_QUESTION_END}"
    rf"|(?:den här|denna) artikel(?:n)? är (?:endast|bara) för prenumeranter{_PAYWALL_NOTICE_END}"
    rf"|redan prenumerant{_PAYWALL_QUESTION_END}"
    rf"|este (?:contenido|artículo) es exclusivo para suscriptores{_PAYWALL_NOTICE_END}"
    rf"|¿ya eres suscriptor{_PAYWALL_QUESTION_END}"
    rf"|questo (?:articolo|contenuto) è riservato agli abbonati{_PAYWALL_NOTICE_END}"
    rf"|sei già abbonato{_PAYWALL_QUESTION_END}"
    r"|(?:[\[［【][^\]］】\n]{1,12}[\]］】]\s?)?この記事は(?:(?:有料)?会員限定|有料記事)です"
    r"(?![^。.!:])"
)
# A story's verbs of saying, which no paywall's notice writes.
_REPORTED_SPEECH: Final = regex.compile(r"\b(?:said|says|told)\b")
# The strings one of them holds (lower case): the sieve.
_PAYWALL_WORDS: Final = ("subscri", "log in", "sign in", "limit", "abonn", "il vous reste")
# The first three characters (lower case) of the notices of
# _PAYWALL_NOTICE_OPENING naming no "abonn" ("este", "já", "den", "denna",
# "redan", "¿ya", "questo", "sei", "この記事"; a Japanese notice's label in
# brackets naming pay or members, "［有料会員限定］", "【会員限定】"): their sieve.
_PAYWALL_OPENINGS: Final = frozenset(
    ("est", "já ", "den", "red", "¿ya", "que", "sei", "この記")
) | {bracket + word for bracket in "[［【" for word in ("有料", "会員")}
# The most characters of a paywall's notice.
_PAYWALL_MAX_CHARS: Final = 160
# A paragraph of the story under the notice: this many characters or more,
# ending a sentence (a promotion under the notice is shorter).
_PAYWALL_PROSE_CHARS: Final = 100
_PAYWALL_PROSE_ENDS: Final = frozenset(".!?\"”’'")
# How many blocks under the story's stretch are looked at.
_PAYWALL_LOOKAHEAD: Final = 3


def _flag_rows_under_heading(
    texts: Sequence[str],
    weights: Sequence[int],
    span: tuple[int, int],
    blocks: Sequence[int],
    state: LineState,
) -> None:
    """Say so (``figure-rows-under-heading``) when a short heading with no
    colon, in the story's stretch or right under it, stands over
    ``_ROWS_LEAST`` short rows or more, each a temperature, a score or a
    labelled figure (:func:`_labelled_row`) and no sentence (``Weekend
    outlook`` / ``Saturday 12C, showers`` / ``Sunday 14C, sunny``; ``Results``
    / ``Vale United 2 Harbour City 1``; ``Specs`` / ``Weight: 490g``): a
    forecast's, a results table's or a fact box's rows, read as subheadings
    between the paragraphs or left out under them. Sieved by length: most blocks are longer than a
    heading, and the rows are looked at only under a short one."""
    body_start, body_end = span
    last = min(body_end + 1, len(texts) - _ROWS_LEAST)
    for n in range(body_start, last):
        if weights[n] > _ROW_HEADING_MAX_CHARS or weights[n + 1] > _ROW_MAX_CHARS:
            continue
        heading = texts[n].strip()
        if not heading or heading[-1] in _ROW_HEADING_ENDS or "\n" in heading:
            continue
        # A fact box's heading is a word or two (``Specs``); a heading with a
        # label of its own (``Belgium (Group I): Sixth appearance``) is one of
        # a list's items, over its siblings.
        box_heading = ":" not in heading
        rows = 0
        for m in range(n + 1, min(len(texts), n + 1 + _ROWS_MOST)):
            row = texts[m].strip()
            if (
                weights[m] > _ROW_MAX_CHARS
                or "\n" in row
                or row[-1:] in _ROW_HEADING_ENDS
                or (
                    _FIGURE_ROW.search(row) is None
                    and not (box_heading and _labelled_row(row) and not _teaser_value(row))
                )
            ):
                break
            rows += 1
        if rows < _ROWS_LEAST:
            continue
        state.problems.append(
            Problem(
                "figure-rows-under-heading",
                f"{heading!r} over {rows} short rows of figures ({texts[n + 1].strip()[:40]!r}) "
                "was read as subheadings or page furniture: they may be the story's table "
                "(a forecast's days, a round's results)",
                blocks[n],
            )
        )
        return


def _labelled_row(row: str) -> bool:
    """A fact box's row: a label of at most ``_ROW_LABEL_MAX_WORDS`` words, a
    colon and a value holding a digit (``Weight: 490g``, ``Display: 11-inch,
    2560 x 1600``, ``Price: $449``): a review's box of specifications or a
    listing's details under a heading (``Specs``), read as subheadings."""
    value = _labelled_value(row, _ROW_LABEL_MAX_WORDS)
    return value is not None and any(c.isdigit() for c in value)


_ROW_LABEL_MAX_WORDS: Final = 3


def _teaser_value(row: str) -> bool:
    """Is a labelled row's value a headline's words around a figure
    (``Watch: 10 best goals of 2025``, ``Watch: 5 saves in 2 minutes``): a
    video box's teaser, no fact box's value (``Weight: 490g``, ``Display:
    11-inch, 2560 x 1600``)? Two words of two letters or more after the
    value's first digit tell it. Under a ``MORE VIDEOS`` heading such rows
    said ``figure-rows-under-heading`` ("they may be the story's table"),
    pointing the wrong way (the review of silent57)."""
    value = _labelled_value(row, _ROW_LABEL_MAX_WORDS) or ""
    digit = next((at for at, char in enumerate(value) if char.isdigit()), len(value))
    words = value[digit:].split()[1:]
    return sum(1 for word in words if len(word) > 1 and word.isalpha()) >= _TEASER_WORDS


# The words of letters after a figure that make a labelled row's value a
# headline's (``_teaser_value``).
_TEASER_WORDS: Final = 2


# A row's figure: a temperature (``12C``, ``14°C``, ``-3°``) or a score
# between two names (``Vale United 2 Harbour City 1``, ``Vale 2-1 Mill
# Town``). Bounded runs, one class a step: linear.
_FIGURE_ROW: Final = regex.compile(
    r"(?<![\w.])-?\d{1,3}(?:\s?°\s?[CF]?|[CF])(?!\w)"
    r"|^\p{Lu}[^\d\n]{1,40}?\s\d{1,3}(?:\s?[-–]\s?\d{1,3}\s|\s)\p{Lu}[^\d\n]{0,40}?(?:\s\d{1,3})?$"
)
# A heading's or a row's last character that makes it a sentence or a label.
_ROW_HEADING_ENDS: Final = frozenset(".:!?,;")
_ROW_HEADING_MAX_CHARS: Final = 40
_ROW_MAX_CHARS: Final = 60
_ROWS_LEAST: Final = 2
_ROWS_MOST: Final = 12


def _embedded_posts_in_story(
    texts: Sequence[str], weights: Sequence[int], span: tuple[int, int], blocks: Sequence[int]
) -> frozenset[int]:
    """The blocks of the story's stretch that are a social post embedded in
    the page (kept as the story's paragraphs, with ``embedded-post-in-body``:
    a post the story quotes, whose text benchmarks and readers count as the
    article's): the block ending in the post's signature, a dash, the account's
    name, its handle in brackets and the post's date (``— Vale News Agency
    (@valenews) March 4, 2025``), and, when the signature stands alone on its
    line, the post's text right above it (``The old library closes today.
    (AFP)``): the embed's own lines, no paragraph of the story, nor a photo's
    caption because its text ends in an agency's name. A string sieve first:
    most blocks hold no ``(@``."""
    body_start, body_end = span
    found: set[int] = set()
    for n in range(body_start, body_end):
        if "(@" not in texts[n]:
            continue
        signature = _POST_SIGNATURE.search(texts[n])
        if signature is None:
            continue
        found.add(n)
        if texts[n][: signature.start()].strip():
            continue
        # The signature alone: the post's text is the run of lines right
        # above it (a post's lines follow one another, no blank between),
        # as long as a post.
        above = n - 1
        chars = 0
        while above >= body_start and chars + weights[above] <= _POST_MAX_CHARS:
            found.add(above)
            chars += weights[above]
            if above == body_start or blocks[above - 1] != blocks[above] - 1:
                break
            above -= 1
    return frozenset(found)


# An embedded post's signature closing its block: a dash, the account's name,
# its handle in brackets, the date (``— Jane Roe (@janeroe) March 4, 2025``,
# ``— Vale Post (@valepost) 4 March 2025``). Bounded runs: linear.
_POST_SIGNATURE: Final = regex.compile(
    r"(?:^|\s)[—–-]{1,2}\s?[^\n(]{1,60}\(@\w{1,30}\)\s{1,3}"
    r"(?:\p{L}{3,9}\.?\s\d{1,2},\s\d{4}|\d{1,2}\s\p{L}{3,9}\s\d{4})\s*$"
)
# The most characters of a post's text above its signature (a post's limit
# and a link).
_POST_MAX_CHARS: Final = 320


def _timestamp_lines_in_story(
    texts: Sequence[str], weights: Sequence[int], span: tuple[int, int]
) -> frozenset[int]:
    """The blocks of the story's stretch that hold a time of day alone or a
    time ago (``12:41 GMT``, ``9.05am``, ``2 min ago``, ``Just now``): a live
    blog's stamp over its entry, no prose of the story. Sieved by length and
    first character: most blocks are longer, or open with a letter other
    than ``j`` (``Just now``).

    A bare clock time with a dot (``12.40``, ``3.15``) is a price, a race's
    result or a figure as often: it is a stamp only on a live blog, two
    blocks of the stretch or more opening with a clock time. Nor is a stamp
    alone under a question or a label's colon, off a live blog (``When did
    the doors close?`` / ``4pm``: a transcript's answer; ``The winning time
    was:`` / ``2:05``)."""
    body_start, body_end = span
    found = [
        n
        for n in range(body_start, body_end)
        if weights[n] <= _TIMESTAMP_MAX_CHARS and _stamp_shaped(texts[n])
    ]
    if not found or _live_blog(texts, span):
        return frozenset(found)
    return frozenset(
        n
        for n in found
        if not texts[n].strip().replace(".", "").isdigit()
        and not (n > body_start and texts[n - 1].rstrip()[-1:] in _ANSWERED_ENDS)
    )


def live_blog_stamp(text: str) -> bool:
    """Is ``text`` a live blog's stamp alone (``14.05 GMT``, ``9.05am``,
    ``12:41``, ``2 min ago``, ``Just now``), not a bare figure with a dot
    (``12.40``: a price or a result as often)?

    >>> live_blog_stamp("14.05 GMT"), live_blog_stamp("12.40")
    (True, False)
    """
    stripped = text.strip()
    return (
        len(stripped) <= _TIMESTAMP_MAX_CHARS
        and _stamp_shaped(stripped)
        and not stripped.replace(".", "").isdigit()
    )


def _stamp_shaped(text: str) -> bool:
    """Does ``text`` hold only a time of day or a time ago? A first-character
    test before the pattern, and a look for letters alone: each of
    ``_TIMESTAMP_LINE``'s alternatives holds white space (``Just now``, ``an
    hour ago``, ``vor 2 Stunden``) or a figure (``12:41``), so a menu's word
    opening with a stamp's letter (``About``, ``Home``, ``Entertainment``,
    ``Video``: most blocks asked) is turned down without the pattern's call."""
    stripped = text.strip()
    return (
        stripped[:1] in _TIMESTAMP_OPENINGS
        and not stripped.isalpha()
        and _TIMESTAMP_LINE.fullmatch(stripped) is not None
    )


def _live_blog(texts: Sequence[str], span: tuple[int, int]) -> bool:
    """Do ``_LIVE_BLOG_STAMPS`` blocks of the story's stretch or more open
    with a clock time before the entry's text (``07.38 Our reporter at the
    port says …``), or hold a colon's time alone (``14:05``)? A live blog's
    entries. Looked at
    only when a stamp alone on a line was found; a first-character test
    before the pattern."""
    count = 0
    for n in range(*span):
        text = texts[n].lstrip()
        if text[:1].isdigit() and _CLOCK_OPENING.match(text) is not None:
            count += 1
            if count >= _LIVE_BLOG_STAMPS:
                return True
    return False


# A clock time opening a block: hours, a colon or a dot, minutes, then an
# am/pm or a capital (an entry: ``07.38 Our reporter …``; ``3.15 million
# people …`` is a figure), or a colon's time alone. A dot's time alone
# (``12.40``) makes no live blog: two prices alone on their lines would.
# Bounded runs: linear.
_CLOCK_OPENING: Final = regex.compile(
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?=\s?[ap]\.?m|\s{1,3}\p{Lu})|:[0-5]\d(?=\s*+$))"
)
# What ends the block above a time that answers it: a question, or a label
# introducing it (``The winning time was:`` / ``2:05``).
_ANSWERED_ENDS: Final = frozenset("?:")
# The fewest blocks opening with a clock time that make a live blog.
_LIVE_BLOG_STAMPS: Final = 2


# A live blog's stamp: a clock time (``12:41``, ``9.05am``, ``4pm``, a zone
# after it), or a time ago (``2 min ago``, ``an hour ago``, ``Just now``).
# Alternatives of fixed words and bounded digits: linear.
_TIMESTAMP_LINE: Final = regex.compile(
    r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d|(?:1[0-2]|[1-9])(?=\s?[ap]\.?m))"
    r"(?:\s?[ap]\.?m\.?)?(?:\s(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT"
    r"|IST|SGT|HKT|JST|AEST|AEDT|SAST|EAT|WAT|local(?: time)?))?"
    r"|(?:\d{1,2}|an?|one)\s(?:secs?|seconds?|mins?|minutes?|hrs?|hours?)\sago"
    r"|\d{1,2}[smh]\sago|just now"
    # The same time ago in other languages: Spanish "Hace 30 minutos",
    # Portuguese "Há 2 horas", French "Il y a 5 minutes", German "vor 2
    # Stunden", Italian "5 minuti fa", Dutch "10 minuten geleden".
    r"|(?:hace|há)\s(?:\d{1,2}|una?|uma?)\s(?:segundos?|minutos?|min|horas?|h)"
    r"|il y a\s(?:\d{1,2}|une?)\s(?:secondes?|minutes?|min|heures?|h)"
    r"|vor\s(?:\d{1,2}|einer?)\s(?:sekunden?|minuten?|min\.?|stunden?|std\.?)"
    r"|(?:\d{1,2}|un[ao]?)\s(?:secondi|minuti|min|ore|ora)\sfa"
    r"|(?:\d{1,2}|een)\s(?:seconden|minuten|min|uur)\sgeleden",
    regex.IGNORECASE,
)
_TIMESTAMP_OPENINGS: Final = frozenset("0123456789aAoOjJhHiIvVuUeE")
_TIMESTAMP_MAX_CHARS: Final = 24


def _short_sentences(
    kinds: Sequence[str],
    sentence: Sequence[bool],
    tokens: Sequence[list[str]],
    stop_words: frozenset[str] | None,
) -> frozenset[int]:
    """The short blocks that end like a sentence and hold a function word of the
    page's language, when there are ``_SHORT_STORY_LINES`` or more of them in a
    row (``The ministers met in the old port.`` / ``They talked for two
    days.`` / …); otherwise none. Menus and link lists end like no sentence."""
    best: list[int] = []
    run: list[int] = []
    for n, kind in enumerate(kinds):
        if (
            kind == _SHORT
            and sentence[n]
            and (stop_words is None or any(w.casefold() in stop_words for w in tokens[n]))
        ):
            run.append(n)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    return frozenset(best) if len(best) >= _SHORT_STORY_LINES else frozenset()


# An author's box under the story: the writer's name alone, then at most this
# many paragraphs (a title, a bio, a "Follow" line).
_AUTHOR_BOX_MAX_BELOW: Final = 3
# A title line under the name is short (``Sports reporter``, ``Senior editor at
# the Vale Post.``); its title word stands near its start.
_AUTHOR_BOX_TITLE_MAX_WORDS: Final = 12
_AUTHOR_BOX_TITLE_WINDOW: Final = 40


def author_box_at_end(
    lines: Sequence[Line], state: LineState, knowledge: Knowledge, writer: Byline | None
) -> None:
    """Take the author's box under the story out of the body: the byline's
    ``writer``'s name alone on a paragraph among the last, and under it a title
    (``Sports reporter``, ``Senior editor at the Vale Post.``) or a bio
    opening with the writer's name or first name and a verb of who they are
    (``Mark covers football …``, ``Mark Ellison is a …``), with at most a line or two more (``Follow
    @markellison``). Sites print the box so under the story; the labelled
    pages leave it out of the story's text, and a story does not print its
    writer's name alone between paragraphs. Kept in the page's furniture
    (``author-box-under-story``); a name alone with nothing under it is a
    signature, left to the byline's rules."""
    paragraphs = state.paragraphs
    if writer is None or len(paragraphs) < 3:
        return
    names = {name.casefold(): name for name in writer.names}
    for number in range(
        len(paragraphs) - 1, max(1, len(paragraphs) - 1 - _AUTHOR_BOX_MAX_BELOW) - 1, -1
    ):
        paragraph = paragraphs[number]
        heading = lines[paragraph[0]].text.strip().casefold()
        name = names.get(heading)
        if name is None and heading in _AUTHOR_BOX_LABELS and number + 1 < len(paragraphs):
            # "About the author" / "Tom Ferris has kept an allotment …": the
            # box's label in the name's place, the writer's bio under it
            # (a column's standing box, heldout37: kept in the body, said only
            # author-bio-in-body).
            below = joined_text(lines, paragraphs[number + 1]).strip()
            if len(paragraph) == 1 and any(_author_box_bio(below, n) for n in writer.names):
                for box in paragraphs[number:]:
                    for index in box:
                        state.claim(index, Role.FURNITURE, "author-box-under-story")
                del paragraphs[number:]
                return
        if name is None:
            continue
        # The title under the name in its block (wire copy joins the block's
        # lines into a paragraph), or the paragraph under it.
        if len(paragraph) > 1:
            below = joined_text(lines, paragraph[1:]).strip()
        elif number + 1 < len(paragraphs):
            below = joined_text(lines, paragraphs[number + 1]).strip()
        else:
            return  # the name alone closing the story: a signature
        if _author_box_title(below, knowledge) or _author_box_bio(below, name):
            for box in paragraphs[number:]:
                for index in box:
                    state.claim(index, Role.FURNITURE, "author-box-under-story")
            del paragraphs[number:]
        return


# The labels of the writer's box under a story, lower-case, in the name's
# place over the bio (``About the author`` / ``Tom Ferris has kept …``).
_AUTHOR_BOX_LABELS: Final = frozenset(
    {"about the author", "about the writer", "about the columnist", "about the reviewer"}
)


def _author_box_title(below: str, knowledge: Knowledge) -> bool:
    """Is ``below``, the paragraph under the writer's name alone, a writer's
    title (``Sports reporter``, ``Senior editor at the Vale Post.``): a title
    near its start, a few words, and no speech reported (``Senior reporter
    Tom Hale said the boats were late.`` is the story's sentence, the name
    over it a sign-off or a speaker's label)?"""
    words = below.split()
    return (
        len(words) <= _AUTHOR_BOX_TITLE_MAX_WORDS
        and writer_title(below[:_AUTHOR_BOX_TITLE_WINDOW], knowledge=knowledge) is not None
        and not any(is_speech_word(word, knowledge=knowledge) for word in words)
    )


def _author_box_bio(below: str, name: str) -> bool:
    """Does ``below`` open as the writer's bio: the writer's name or first
    name, then a verb of who they are (``Mark covers football …``, ``Mark
    Ellison is a …``, ``_BIO_VERB``)? The first name then another verb
    (``Mark asked the operator why …``: an interview's question under its
    speaker's label) or other words (``Mark Ellison and Tom Hale contributed
    reporting.``) is the story's."""
    return any(
        below.startswith(opening) and _BIO_VERB.match(below, len(opening)) is not None
        for opening in dict.fromkeys((name, name.split()[0]))
    )


def author_bio_at_end(
    lines: Sequence[Line], state: LineState, knowledge: Knowledge, writer: Byline | None
) -> None:
    """Say so when the story's last paragraph opens with the name of the
    byline's ``writer`` (None when the layout read no byline) and a verb of
    who they are (``Jane Roe is a correspondent based in …``, ``Jane Roe
    covers transport``): the author's box that sites print under the story
    reads so, and so does a story's own last paragraph
    about its writer. The labelled pages keep such a box in the story's text,
    so it stays in the body, with ``author-bio-in-body``. An opinion page's
    column closes so without the name, byline or none (``The writer is a
    professor of economics at …``, ``(The author is a former ambassador.)``).
    A note the enrichment takes out of the body under the bio (an opinion
    page's call for letters, ``If you would like to submit a letter … for
    publication``) is looked past: the bio closes the story once it is."""
    paragraphs = state.paragraphs
    if len(paragraphs) > 2 and len(paragraphs[-1]) == 1:
        closing = lines[paragraphs[-1][0]].text
        if classify_trailer(closing, knowledge=knowledge) is not None:
            paragraphs = paragraphs[:-1]
    paragraph = paragraphs[-1]
    if len(paragraphs) < 2 or len(paragraph) != 1:
        return
    index = paragraph[0]
    text = lines[index].text.strip().lstrip(_BIO_OPENERS)
    if _about_box_heading(lines, paragraphs, text):
        state.problems.append(
            Problem(
                "author-bio-in-body",
                "the last paragraph stands under a heading naming a person ('About Jane Roe') "
                "and writes the name: it may be the author's box under the story, not the story",
                index,
            )
        )
        return
    if len(text) > _BIO_MAX_CHARS:
        return
    if (
        text[:1] in "T("
        and _BIO_WRITER.match(text) is not None
        # A story about a writer reads so too, told apart by reported speech
        # ("The writer is a liar, the mayor said.").
        and not _reports_speech(text, knowledge)
    ):
        state.problems.append(
            Problem(
                "author-bio-in-body",
                "the last paragraph says who the writer is ('The writer is …'): it may be "
                "the author's box under an opinion column, not the story",
                index,
            )
        )
        return
    if writer is None:
        if not state.byline:
            _byline_from_bio_in_body(text, index, state, knowledge)
        return
    for name in writer.names:
        # The name then a verb: a cheap look at the opening before the pattern.
        # A byline in capitals (``JIM OKAFOR jokafor@…``, American local
        # papers) names the writer in title case in the box under the story.
        if (
            text.startswith(name) or text[: len(name)].casefold() == name.casefold()
        ) and _BIO_VERB.match(text, len(name)) is not None:
            state.problems.append(
                Problem(
                    "author-bio-in-body",
                    f"the last paragraph opens with the writer's name ({name}) and says who "
                    "they are: it may be the author's box under the story, not the story",
                    index,
                )
            )
            return


def _about_box_heading(
    lines: Sequence[Line], paragraphs: Sequence[Sequence[int]], text: str
) -> bool:
    """Is the story's last paragraph ``text`` an author's box under its own
    heading, ``About`` and a person's name in the page's language (``About
    Jane Roe`` / ``Sobre Ana Lima`` / ``Über Jan Berg`` over a paragraph
    writing the same name: ``Mother of two, Ana Lima teaches …``, ``Als
    Vertriebsleiter verbindet Jan Berg …``)? Blogs and company newsrooms print
    the box so under the story, its bio opening with no name, so the
    name-first test misses it (a bio opening with the name is a company's
    boilerplate under a press release: ``About Vale Robotics`` / ``Vale
    Robotics Inc. designs …``); the heading and the bio stay in the body,
    said (``author-bio-in-body``), as a story's own closing section about a
    person reads the same."""
    if len(paragraphs) < 3 or len(paragraphs[-2]) != 1:
        return False
    heading = _ABOUT_BOX_HEADING.fullmatch(lines[paragraphs[-2][0]].text.strip())
    # A company's boilerplate under a release opens with the company's name
    # (``About Vale Robotics`` / ``Vale Robotics Inc. designs …``): no person's
    # box. A bio under its heading names the person after a clause.
    return heading is not None and text.find(heading.group("name")) > 0


def _byline_from_bio_in_body(text: str, index: int, state: LineState, knowledge: Knowledge) -> None:
    """The byline from the story's last paragraph when the page printed none
    over the story and that paragraph is the writer's bio (``Jane Roe
    (@janeroe) is an Ideas contributor at …``: :func:`author_bio`, read on its
    first sentence, as the box often runs on to a second and a ``Read more``
    link). The paragraph stays in the body, as the labelled pages keep it
    (``author-bio-in-body``); the byline's line is none of the header's
    (``byline-from-author-bio``): a profile's closing paragraph reads so."""
    first = _SENTENCE_BREAK.search(text)
    found = author_bio(text if first is None else text[: first.start() + 1], knowledge=knowledge)
    if found is None:
        return
    state.byline_found = found
    state.problems.append(
        Problem(
            "author-bio-in-body",
            f"the last paragraph says who the writer ({found.names[0]}) is: it may be the "
            "author's box under the story, not the story",
            index,
        )
    )
    state.problems.append(
        Problem(
            "byline-from-author-bio",
            "the byline was read from the writer's bio closing the story, the header "
            "holding none: a profile's closing paragraph has the same shape",
            index,
        )
    )


# An author's box's heading under the story: "About" in the page's language, then
# a person's name of two to four capitalised words (``Sobre Carlos Lima``,
# Portuguese blogs; ``Über Jan Berg``, German company blogs; ``About Jane
# Roe``). Linear: literal openers, then words of letters each after one space.
_ABOUT_BOX_HEADING: Final = re.compile(
    r"(?:About|Sobre|Über|Uber|À propos de|A propos de|Acerca de|Informazioni su|Over)"
    r" (?P<name>[A-ZÀ-Þ][a-zß-ÿ'’-]+(?: [A-ZÀ-Þ][a-zß-ÿ'’-]+){1,3})"
)


# An author's box under the story: the writer's name, then who they are ("Jane
# Roe is a correspondent …", "Jane Roe, a former teacher, writes …" is left
# alone: a comma may open a story's own sentence). The verb "to be" of other
# languages too: "Jean Martin est professeur d'urbanisme …" (French), "… es
# profesora …" (Spanish), "… ist Professor …" (German), "… è docente …"
# (Italian), "… é professora …" (Portuguese), under a column. Linear: literals.
_BIO_VERB: Final = re.compile(
    r" (?:is|was|has|covers|writes|reports|joined|edits|leads|teaches|est|es|ist|è|é)\b"
)
# An opinion column's closing line on its writer, with no name: "The writer is
# a professor …", "(The author is a former ambassador.)", "The writers are …",
# "The columnist was …". Linear: literals, anchored.
# A story's sentence about a writer goes on to what happens to them ("The
# writer is due to appear in court", "… was charged with …"): no box.
_BIO_WRITER: Final = re.compile(
    r"\(?The (?:writer|author|columnist)s? (?:is|was|are|were|has been|have been) "
    r"(?!(?:due|expected|set|accused|charged|alleged|believed|thought|said|reported|"
    r"known|understood|to be|being|not)\b)"
)
# What may stand before the name in such a box: markdown emphasis, a dash.
_BIO_OPENERS: Final = "*_-–— "
# The longest author's box read: a few sentences, never a story's paragraph of
# quotes and figures.
_BIO_MAX_CHARS: Final = 500


def _bonus(classes: Sequence[str], headlines: Sequence[int]) -> list[int]:
    """``_HEADLINE_BONUS`` on the first good block below each line repeating the
    page title (within ``_HEADER_LOOKBACK`` blocks), 0 elsewhere."""
    bonus = [0] * len(classes)
    for n in headlines:
        below = range(n + 1, min(len(classes), n + _HEADER_LOOKBACK))
        after = next((k for k in below if classes[k] == _GOOD), None)
        if after is not None:
            bonus[after] = _HEADLINE_BONUS
    return bonus


def _before_listing(
    texts: Sequence[str],
    kinds: Sequence[str],
    classes: Sequence[str],
    weights: Sequence[int],
    bonus: Sequence[int],
    patterns: _Patterns,
) -> int:
    """How many blocks may hold the story, as a listing below it tells: once the
    story below the repeated headline has ``_PROSE_BEFORE_COMMENTS`` of prose, a
    line holding only a date right under a short line that is no sentence (an
    author's name) starts the next item of a list: another article's teaser
    (``Title`` / ``Author`` / ``Wednesday November 20, 2019``) or a comment.
    A date under a paragraph (a timeline's date heading) does not. Without a
    repeated headline nothing is cut."""
    if _HEADLINE_BONUS not in bonus:
        return len(texts)
    anchor = bonus.index(_HEADLINE_BONUS)
    # The first date line, under a short line, once the prose from the anchor
    # on weighs enough (``_before_comments`` with the dates for walls, the
    # blocks above the anchor not counted): the date pattern runs only on the
    # blocks from where the prose is enough, and only until one matches.
    fullmatch = patterns.date_line.fullmatch
    limit, prose = len(texts), 0
    for n in range(anchor, len(texts)):
        if (
            prose >= _PROSE_BEFORE_COMMENTS
            and n > anchor
            and kinds[n - 1] == _SHORT
            and len(texts[n]) <= _DATE_MAX_CHARS
            # Every form of ``date_line`` holds a digit: an ASCII line
            # without one (a listing's title, its author) is not matched.
            and not (texts[n].isascii() and _ASCII_DIGITS.isdisjoint(texts[n]))
            and fullmatch(texts[n].strip(), 0, None, False) is not None
        ):
            limit = n
            break
        if classes[n] == _GOOD:
            prose += weights[n]
    # The item's title and author lines above its date belong to the listing.
    while limit < len(texts) and limit > anchor and kinds[limit - 1] == _SHORT:
        limit -= 1
    return limit


def _start_under_writer_bio(
    texts: Sequence[str], body_start: int, body_end: int, knowledge: Knowledge
) -> int:
    """Where the story starts when its stretch opens on the writer's bio
    under their name, over the date line (``Lerato Mokoena`` / ``Lerato
    Mokoena is a reporter at …`` / ``04 Mar 2025`` / the story): under the
    date. The bio is prose, and the date line between it and the story
    joined the stretch, the bio read as the first paragraph, silently."""
    under = body_start + 1
    if (
        body_start > 0
        and under + 1 < body_end
        and is_date_line(texts[under], knowledge=knowledge)
        and _bio_under_name(texts[body_start], texts[body_start - 1], knowledge)
    ):
        return under + 1
    return body_start


def _start_under_headline(
    texts: Sequence[str],
    body_start: int,
    body_end: int,
    classes: Sequence[str],
    weights: Sequence[int],
    knowledge: Knowledge,
    title_lines: Sequence[int] | None = None,
) -> int:
    """Where the story starts when its stretch holds its own headline: a
    listing of teasers (``Title Teaser text…`` blocks, as dense in prose as a
    story) above the headline joins the stretch when only a few menu lines part
    them. The headline is the page's first line equal to the title's headline
    part (``_exact_title_line``) with a byline or date line under it (the
    story's header); the story then starts at the first prose block of a
    paragraph's length below it, when ``_PROSE_BEFORE_COMMENTS`` of prose stand
    there. A headline shown again lower down (a "most read" list naming the
    story) is not the first such line, and one without a byline or date under
    it heads no story."""
    headline = _exact_title_line(texts, body_end, knowledge, title_lines)
    if (
        headline is None
        or not body_start < headline < body_end - 1
        or _exact_title_line(texts, headline, knowledge, title_lines) != headline
        or not _has_byline_under(texts, headline, knowledge)
    ):
        return body_start
    # Prose of a paragraph's length: a date line under the headline is good
    # only by its neighbours.
    below = [
        k
        for k in range(headline + 1, body_end)
        if classes[k] == _GOOD and weights[k] >= _LENGTH_LOW
    ]
    if sum(weights[k] for k in below) < _PROSE_BEFORE_COMMENTS:
        return body_start
    return below[0]


def _start_under_summary_box(
    texts: Sequence[str], body_start: int, body_end: int, knowledge: Knowledge
) -> int:
    """Where the story starts when its stretch opens under a summary box's
    label with the box's rows (``Key points`` / ``Volunteers collected 3.2
    tonnes …`` / ``Most of it was …`` / ``By Jane Roe`` / ``4 March 2025`` /
    the story): under the byline and date lines below the rows. The rows are
    sentences as dense as the story's, and the stretch took them, the byline
    and the date for its first paragraphs. Asked only when the block above
    the stretch is such a label."""
    if not 0 < body_start < body_end or not _summary_label(texts[body_start - 1]):
        return body_start
    for number in range(body_start, min(body_end, body_start + _SUMMARY_MAX_ROWS + 1)):
        if _header_line(texts[number], knowledge):
            start = number + 1
            while start < body_end and _header_line(texts[start], knowledge):
                start += 1
            return start if start < body_end else body_start
        if len(texts[number]) > _SUMMARY_ROW_MAX_CHARS:
            break
    return body_start


# A review's box over the review (heldout37): its verdict, a sentence after
# the label (``Verdict: A long-lasting, well-made budget phone …``), and its
# rows, each a label of the box and a colon (``Rating: 4 out of 5``, ``Price
# when reviewed: £199``, ``Best for: …``) or a score (``_SCORE_LINE``).
_VERDICT_OPENING: Final = regex.compile(r"(?i:(?:our |the )?verdict)\s?:\s")
_REVIEW_ROW: Final = regex.compile(
    r"(?i:(?:our |the )?(?:score|rating|grade|price(?: when reviewed)?|rrp|best for"
    r"|buy if|skip if))\s?:\s?\S"
)
# The most blocks a review's box holds, its verdict among them, and the most
# characters of a row (a verdict is a sentence, as long as a deck).
_REVIEW_BOX_BLOCKS: Final = 5
_REVIEW_ROW_MAX_CHARS: Final = 80


def _review_box_row(text: str) -> bool:
    """A row of a review's box (``Rating: 4 out of 5``, ``Price: £199``)."""
    return len(text) <= _REVIEW_ROW_MAX_CHARS and (
        _REVIEW_ROW.match(text) is not None or _SCORE_LINE.fullmatch(text) is not None
    )


def _start_under_review_box(stripped: Sequence[str], body_start: int, body_end: int) -> int:
    """Where the story starts when its stretch opens with a review's box: its
    verdict and at least one row, in any order (``Verdict: A long-lasting
    … phone let down by its camera.`` / ``Rating: 4 out of 5`` / ``Price
    when reviewed: £199`` / the review). A gadget's or a product's review
    prints the box between the date and the review: the verdict, a sentence,
    started the stretch, its rows were read as subheadings, and the box
    opened the body, silently (heldout37). The stretch must go on under the
    box; a verdict alone, with no row, may be the review's opening line and
    stays."""
    # A row right over the verdict (``Rating: 4 out of 5`` / ``Verdict: …``)
    # stands out of the stretch already, and counts.
    rows = int(body_start > 0 and _review_box_row(stripped[body_start - 1]))
    verdict = 0
    start = body_start
    while start < body_end - 1 and start - body_start < _REVIEW_BOX_BLOCKS:
        text = stripped[start]
        if not verdict and _VERDICT_OPENING.match(text) is not None:
            verdict += 1
        elif _review_box_row(text):
            rows += 1
        else:
            break
        start += 1
    return start if verdict and rows else body_start


# A photo gallery's counter over each photo: ``1 / 10``, ``2 of 10``.
_GALLERY_COUNTER: Final = re.compile(r"(\d{1,3}) ?(?:/|of) ?(\d{1,3})")
# Blocks between the story's end and a gallery's first counter (its date line).
_GALLERY_LOOKAHEAD: Final = 3
# The fewest photos a gallery's text shows when it shows only its first ones.
_GALLERY_MIN_SHOWN: Final = 2


def _gallery_captions(
    texts: Sequence[str],
    blocks: Sequence[int],
    body_end: int,
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """Claim as the story's captions a photo gallery's captions under its
    story: counters counting up from ``1 / N`` (one to ``N``, the same ``N``),
    each over a caption with its credit (``1 / 10`` / ``Visitors walk among
    the tulip beds. Photo: Jane Roe`` / ``2 / 10`` / …). Read as a list's rows
    under the story, they were left out as furniture: a gallery's page lost
    all its captions. Asked only when one of the few blocks under the story is
    ``1 / N``; every counter must count on and every caption carry a credit.
    A page's text may show only the first photos, the gallery's buttons
    between them (``1 of 12`` / caption / ``Next`` / ``2 of 12`` / caption /
    ``Previous`` / ``Next`` / ``View all 12 photos``): furniture phrases
    between the photos are passed over, and the gallery ends at the first
    block after a photo that is neither a button nor the next counter, with
    ``_GALLERY_MIN_SHOWN`` photos or more (every one, when there are fewer)."""
    opening = next(
        (
            (k, counter.group(2))
            for k in range(body_end, min(len(texts), body_end + _GALLERY_LOOKAHEAD))
            if (counter := _GALLERY_COUNTER.fullmatch(texts[k].strip())) is not None
            and counter.group(1) == "1"
        ),
        None,
    )
    if opening is None:
        return
    first, total = opening
    photos: list[int] = []
    at = first
    for number in range(1, int(total) + 1):
        counter = _GALLERY_COUNTER.fullmatch(texts[at].strip()) if at + 1 < len(texts) else None
        if counter is None and photos:
            break
        if (
            counter is None
            or counter.groups() != (str(number), total)
            or state.is_claimed(blocks[at + 1])
            or not is_page_caption(texts[at + 1], knowledge=knowledge)
        ):
            return
        photos.append(blocks[at + 1])
        at += 2
        while at < len(texts) and furniture_phrase(texts[at], knowledge=knowledge):
            at += 1
    if len(photos) < min(int(total), _GALLERY_MIN_SHOWN):
        return
    for index in photos:
        state.captions.append(index)
        state.claim(index, Role.CAPTION, "caption-with-credit")


def _header_line(text: str, knowledge: Knowledge) -> bool:
    """A byline or a date line of a page's header (``By Jane Roe``, ``4 March
    2025``, ``Updated 5 March 2025``)."""
    return (
        byline_line(text, knowledge=knowledge) is not None
        or is_date_line(text, knowledge=knowledge)
        or _labelled_date_line(text, knowledge)
    )


def _flag_listing_cut(
    classes: Sequence[str],
    weights: Sequence[int],
    walls: Sequence[bool],
    bonus: Sequence[int],
    limits: tuple[int, int],
    lines: Sequence[Line],
    blocks: Sequence[int],
    state: LineState,
    free: Sequence[bool] = (),
) -> None:
    """Say so when the story was ended where :func:`_before_listing` guessed a
    listing starts: the stretch found without that guess runs past it. The
    guess (a short line and a date line under it read as another article's
    teaser) may be wrong: a timeline's ``Name`` / ``November 20, 2019`` entry,
    or the story's own author and date printed again below a photo, would end
    the story early, losing its last paragraphs silently otherwise. ``limits``
    are where the story may end at most without and with the guess."""
    before_comments, listing = limits
    whole = _story_span(classes[:before_comments], weights[:before_comments], walls, bonus, free)
    if whole is None or whole[1] <= listing:
        return
    state.problems.append(
        Problem(
            "story-ended-at-listing",
            f"the story was ended on line {lines[blocks[listing]].number}, where a list of "
            "other stories seems to start (a short line, a date line under it); "
            "prose goes on below",
            blocks[listing],
        )
    )


def _smooth_around(kinds: Sequence[str], rules: list[str], hidden: frozenset[int]) -> list[str]:
    """:func:`_smooth` of the blocks not ``hidden``, as if the hidden ones were
    not there (each block's neighbours are found across them); a hidden block
    keeps its own class, furniture (an advertisement's label stays invisible
    to the story's stretch too)."""
    shown = [n for n in range(len(kinds)) if n not in hidden]
    shown_rules = [rules[n] for n in shown]
    smoothed = _smooth([kinds[n] for n in shown], shown_rules)
    classes = [_PHRASE if kind == _PHRASE else _BAD for kind in kinds]
    for n, kind, rule in zip(shown, smoothed, shown_rules, strict=True):
        classes[n], rules[n] = kind, rule
    return classes


def _lone_furniture(
    texts: Sequence[str], furniture: Sequence[bool], kinds: Sequence[str]
) -> list[int]:
    """The furniture phrases standing alone between two blocks of prose (by
    their classes before context), and the advertisement's labels around a
    short paragraph of the story (:func:`_ad_slots_around_short`): one look
    at the neighbours of each furniture phrase."""
    # The few furniture phrases are found in C; only their neighbours are looked at.
    lone = [
        n
        for n in compress(range(1, len(kinds) - 1), furniture[1:-1])
        if kinds[n - 1] in _PROSE_KINDS and kinds[n + 1] in _PROSE_KINDS
    ]
    if _PHRASE in kinds:
        lone.extend(_ad_slots_around_short(texts, kinds))
    return lone


# The words of an advertisement's own line under its label at most
# (``Shop the sale now.``, ``Scroll to continue reading.``).
_AD_LINE_MAX_WORDS: Final = 4


# An ad's own line under its label bids the reader (``Learn more.``, ``Shop
# the sale now.``, ``Scroll to keep reading.``) or names its sponsor
# (``Sponsored by Quay Bank.``). A short statement there (``Police are
# investigating.``, ``Nobody was hurt.``, ``He was 74.``) is the story's
# paragraph under the ad: it opens with no bidding verb.
_AD_ACTION_VERBS: Final = _READER_PROMPT_VERBS | frozenset(
    {
        "learn", "shop", "book", "scroll", "discover", "find", "see", "try", "buy",
        "order", "save", "explore", "visit", "call", "start", "continue", "watch",
        "apply", "claim", "compare", "swipe", "keep", "reserve", "request",
        "browse", "check", "enter", "play", "listen", "install", "upgrade", "donate",
    }
)  # fmt: skip
_AD_SPONSOR_OPENINGS: Final = (
    "sponsored by ",
    "presented by ",
    "paid for by ",
    "brought to you by ",
    "promoted by ",
    "in partnership with ",
)


def _ad_call_to_action(text: str) -> bool:
    """Is ``text``, a short line under an ad's label, the ad's own call to
    action: a bidding verb first (``_AD_ACTION_VERBS``) or its sponsor named
    (``_AD_SPONSOR_OPENINGS``)? A statement of the story's is not."""
    folded = text.strip().casefold()
    if folded.startswith(_AD_SPONSOR_OPENINGS):
        return True
    first = folded.split(None, 1)
    return bool(first) and first[0].strip(_WORD_EDGES) in _AD_ACTION_VERBS


def _ad_slots_around_short(texts: Sequence[str], kinds: Sequence[str]) -> list[int]:
    """The advertisement's labels and prompts (``_PHRASE``: ``Advertisement``,
    ``Story continues below``, a run of at most ``_ADVERTISEMENT_RUN``)
    standing next to a short paragraph of the story, one sentence, with prose
    or another such short paragraph on the run's other side: ``… prose.`` /
    ``Advertisement`` / ``Most telling of all, the champions stayed away.`` /
    ``Advertisement`` / ``… prose.`` (an opinion site's AMP page slots an
    advertisement after every paragraph or two), and ``… prose.`` / ``… up
    until a point.`` / ``Advertisement`` / ``… prose.``. A label is invisible
    to its neighbours' context, but the short sentence between it and a
    paragraph (or between two labels) counted as standing at the story's edge
    (``short-at-edge``): a paragraph of the story dropped between its
    paragraphs, silently. A reader's prompt (:func:`_reader_prompt`) is no
    such paragraph, nor a line with no word in small letters (a photo's
    credit, a name: ``Getty Images.``, as :func:`_heading_over_phrase` asks).
    Linear: each run looks at most a run and two blocks each way."""
    count = len(kinds)

    def run_end(number: int, step: int) -> int:
        # The block past the run of phrases starting at ``number``.
        reach = 0
        while 0 <= number < count and kinds[number] == _PHRASE and reach < _ADVERTISEMENT_RUN:
            number += step
            reach += 1
        return number if reach and not (0 <= number < count and kinds[number] == _PHRASE) else -1

    def side(number: int, step: int) -> bool:
        # Prose, or a short sentence with prose beyond it, or a short
        # sentence with another advertisement's run and prose beyond those.
        # A site's prompt over its ad (``Sign up here.``, ``Get the app.``)
        # is the ad's, and a photo's credit or a name (``Getty Images.``,
        # ``Jane Roe.``: no word in small letters) no paragraph either.
        if not 0 <= number < count or (
            kinds[number] == _SHORT
            and (
                _reader_prompt(texts[number])
                or not any(word.islower() for word in texts[number].split())
            )
        ):
            return False
        if _prose_side(texts, kinds, number, step):
            return True
        if kinds[number] != _SHORT or texts[number].rstrip(_SENTENCE_END_CLOSERS)[-1:] not in ".!?":
            return False
        beyond = run_end(number + step, step)
        return 0 <= beyond < count and kinds[beyond] in _PROSE_KINDS

    def ad_line(number: int) -> bool:
        # An advertisement prints its own call to action right under its
        # label (``Advertisement`` / ``Learn more.``, ``Shop the sale now.``,
        # ``Sponsored by Vale Bank.``): a few words, with no second label
        # under them. A paragraph of the story in that place (an AMP page's
        # ad after every paragraph) says more in its sentence.
        return (
            kinds[number] == _SHORT
            and len(texts[number].split(None, _AD_LINE_MAX_WORDS)) <= _AD_LINE_MAX_WORDS
            and not (number + 1 < count and kinds[number + 1] == _PHRASE)
            and _ad_call_to_action(texts[number])
        )

    found: list[int] = []
    n = 1
    while n < count - 1:
        if kinds[n] != _PHRASE or kinds[n - 1] == _PHRASE:
            n += 1
            continue
        end = run_end(n, 1)
        if (
            end > 0
            and end < count
            and (kinds[n - 1] == _SHORT or kinds[end] == _SHORT)
            # A short sentence of a heading's few words over one label, prose
            # right above it and a paragraph of prose under the label, is
            # :func:`_heading_over_phrase`'s to judge (kept, said a teaser's
            # when it names no word around it).
            and not (
                kinds[n - 1] == _SHORT
                and n >= 2
                and kinds[n - 2] in _PROSE_KINDS
                and kinds[end] == _GOOD
                and len(texts[n - 1].split(None, _CONTENTS_HEADING_MAX_WORDS))
                <= _CONTENTS_HEADING_MAX_WORDS
            )
            and side(n - 1, -1)
            and side(end, 1)
            and not ad_line(end)
        ):
            found.extend(range(n, end))
        n = max(end, n + 1)
    return found


def _advertisement_pairs(
    texts: Sequence[str], kinds: Sequence[str], free: list[bool], rules: list[str]
) -> set[int]:
    """Make free (costing nothing in :func:`_story_span`) each run of two to
    ``_ADVERTISEMENT_RUN`` phrases inside a story standing between two blocks
    of prose (by their classes before context), a prompt saying the story goes
    on among them after its first: ``Advertisement`` / ``Continue reading
    below`` on AMP and mobile pages, the label and its prompt
    (:func:`_classify`); ``Advertisement 2`` / ``Story continues below`` /
    ``This advertisement has not loaded yet, but your article continues
    below.`` / ``Article content`` on a chain's pages. One such line costs
    little; the pair, the second costing twice, outweighed a short paragraph
    on either side, and those were cut off the story, silently. Returns each
    run's first block (no box of links: it names no story)."""
    pairs: set[int] = set()
    for n in range(1, len(kinds) - 2):
        if kinds[n] != _PHRASE or free[n] or not _prose_side(texts, kinds, n - 1, -1):
            continue
        end = n + 1
        while end < len(kinds) and end - n < _ADVERTISEMENT_RUN and kinds[end] == _PHRASE:
            end += 1
        if (
            end < len(kinds)
            and _prose_side(texts, kinds, end, 1)
            # A stock widget's rows are phrases too: the prompt is asked.
            and not any(free[n + 1 : end])
            and any(map(_continuation_prompt, texts[n + 1 : end]))
        ):
            for number in range(n, end):
                free[number] = True
                rules[number] = _ADVERTISEMENT_RULE
            pairs.add(n)
    return pairs


# An advertisement's label alone on its line, as a phrase key: the labels an
# ad's own lines stand under (a brand, a call to action, its picture's line).
_AD_LABEL_KEYS: Final = frozenset(
    {"advertisement", "advertisements", "ad", "advertising", "sponsored", "paid content"}
)
# The most lines of an advertisement's own under its label, before the story's
# prose (or the next label): a brand and its call to action.
_AD_OWN_LINES: Final = 2
# A short line's offer: a price (``From $49.99``, ``£10 a month``) or a
# discount (``30% off``). Bounded, no nested repeat: linear.
_AD_OFFER: Final = re.compile(r"[$£€¥]\s?\d|\d\s?% off\b", re.IGNORECASE)
# The last words of an advertisement's bidding line with no end mark (``Shop
# now``, ``Find out more``, ``Apply today``, ``Order online``).
_AD_BIDDING_TAILS: Final = frozenset({"now", "today", "more", "here", "online"})
# A clear offer on a line with no end mark: a price with its currency after
# ``from``/``only``/``just`` (``From $49.99``, ``Only £5``) or before ``off``
# (``$10 off``), or a discount (``30% off``). A price alone reads as a
# story's subheading as well (``The $40m question``). Bounded, no nested
# repeat: linear.
_AD_CLEAR_OFFER: Final = re.compile(
    r"\b(?:from|only|just) [$£€¥] ?\d|[$£€¥] ?\d[\d.,]{0,12} ?off\b|\d ?% off\b",
    re.IGNORECASE,
)
# An advertisement's bidding phrases, whole lines with no end mark, folded:
# a story's subheading never reads so. A bidding verb first (``Keep the
# faith``) or a bidding last word (``What happens now``) alone is the
# subheading's form too (fixF61).
_AD_BIDDING_PHRASES: Final = frozenset(
    {
        "shop now", "learn more", "sign up", "sign up now", "sign up today", "find out more",
        "read more", "buy now", "book now", "order now", "subscribe now", "apply now",
        "apply today", "order online", "book online", "shop online", "get started",
        "get the app", "download now", "download the app", "discover more", "see more",
        "click here", "learn more here", "find out more here", "shop the sale", "see details",
        "get the offer", "claim offer", "claim your offer", "try it free", "start free trial",
        "start your free trial", "keep reading", "continue reading", "watch now", "play now",
        "listen now", "donate now", "register now", "join now", "call now", "visit us",
        "visit our website", "explore more", "request a quote", "get a quote", "install now",
        "upgrade now", "shop the collection", "see the offer", "compare prices",
    }
)  # fmt: skip
# The rule of an advertisement's own line read past as its by form alone (no
# sponsor, clear offer or bidding phrase): said.
_AD_LINE_RULE: Final = "advertisement-line"


def _ad_own_line(text: str) -> bool | None:
    """Is ``text``, a short line right under an advertisement's label over the
    story's prose, the ad's own? True for a sponsor named; for a line with
    an end mark, a call to action or an offer (a bidding verb first,
    :func:`_ad_call_to_action`, ``Learn more.``; a price or a discount,
    ``_AD_OFFER``); for a line with none, a clear call to action (a bidding
    phrase, ``_AD_BIDDING_PHRASES``, ``Shop now``; a bidding verb first and
    a bidding last word, ``Book today``; a clear offer, ``_AD_CLEAR_OFFER``,
    ``From $49.99``). None for a line ending in no end mark otherwise (a
    brand's name, ``Quay Bank``; a tagline; but also a photo's caption with
    no credit or the story's subheading, ``Keep the faith``, ``What happens
    now``, ``The $40m question``: left out, said); False for a sentence
    (``Police are investigating.``: the story's)."""
    stripped = text.strip()
    words = stripped.split()
    if not words or not any(map(str.isalpha, stripped)):
        # A live blog's entry stamp under the ad (``Advertisement`` /
        # ``13:12`` / the entry): no word, no ad's line.
        return False
    if stripped.casefold().startswith(_AD_SPONSOR_OPENINGS):
        return True
    if stripped.rstrip(_SENTENCE_END_CLOSERS)[-1:] not in ".!?":
        # No end mark: a story's subheading reads as a call to action by a
        # verb first (``Keep the faith``), a bidding last word (``What
        # happens now``) or a price (``The $40m question``), and was left
        # out as the ad's, unsaid (fixF61). Only a clear call to action is
        # the ad's unsaid: a bidding phrase or a clear offer.
        if len(words) <= _AD_LINE_MAX_WORDS + 2 and _AD_CLEAR_OFFER.search(stripped):
            return True
        # The bidding after a brand's name is the line's last sentence
        # (``Quay Bank. Shop now``).
        bidding = stripped.rpartition(". ")[2]
        folded = " ".join(word.strip(_WORD_EDGES) for word in bidding.split()).casefold()
        if folded in _AD_BIDDING_PHRASES:
            return True
        # A bidding verb first and a bidding last word both (``Book today``,
        # ``Shop the range online``): the ad's.
        clear = (
            len(words) <= _AD_LINE_MAX_WORDS
            and folded.rpartition(" ")[2] in _AD_BIDDING_TAILS
            and _ad_call_to_action(bidding)
        )
        return True if clear else None
    if len(words) <= _AD_LINE_MAX_WORDS and _ad_call_to_action(stripped):
        return True
    return len(words) <= _AD_LINE_MAX_WORDS + 2 and _AD_OFFER.search(stripped) is not None


def _ad_label_line(
    texts: Sequence[str], free: Sequence[bool], rules: Sequence[str], number: int
) -> bool:
    """Is block ``number``, read past in a box of links, the one line of a box
    under an advertisement's label (``Sponsored`` / ``What happens next``)
    that reads as no clear call to action (:func:`_ad_own_line` None)? A
    site's box of sponsored links is labelled so, but one line alone under
    the label between the story's paragraphs is the story's subheading's
    form too: it was left out as the box's, silently (fixF61)."""
    return (
        number >= 2
        and rules[number - 1] == rules[number]
        and _phrase_key(texts[number - 1]) in _AD_LABEL_KEYS
        and not free[number - 2]
        and not (number + 1 < len(free) and free[number + 1] and rules[number + 1] == rules[number])
        and _ad_own_line(texts[number]) is None
    )


def _advertisement_lines(
    texts: Sequence[str], kinds: Sequence[str], free: list[bool], rules: list[str]
) -> set[int]:
    """Make free (costing nothing in :func:`_story_span`) an advertisement's
    label between the story's paragraphs with the ad's own lines under it,
    up to ``_AD_OWN_LINES`` short lines and maybe a second label, over the
    story's prose (:func:`_prose_side` on both sides): ``Advertisement`` /
    ``Learn more.``, ``Advertisement`` / ``Quay Bank`` / ``Earn 5% cash
    back``, ``Advertisement`` / a caption with no credit / ``Advertisement``.
    The label and its line outweighed the story's first paragraph over them,
    which was left out, silently, and a line between two labels was kept as
    a paragraph (silent60). A call to action or an offer (:func:`_ad_own_line`)
    gets the advertisement's rule; any other line with no end mark
    ``advertisement-line``, said where it is claimed; a sentence stops the
    look (the story's short paragraph under the ad, as
    :func:`_ad_slots_around_short` reads it). Returns each run's first block
    (no box of links: it names no story)."""
    count = len(kinds)
    runs: set[int] = set()
    for n in compress(range(1, count - 2), map(_PHRASE.__eq__, kinds[1 : count - 2])):
        if (
            free[n]
            or kinds[n - 1] == _PHRASE
            or _phrase_key(texts[n]) not in _AD_LABEL_KEYS
            or not _prose_side(texts, kinds, n - 1, -1)
        ):
            continue
        own: list[tuple[int, bool]] = []
        end = n + 1
        while end < count and len(own) < _AD_OWN_LINES and not free[end]:
            if kinds[end] == _SHORT:
                verdict = _ad_own_line(texts[end])
            elif _ad_bidding_phrase(texts, kinds, end):
                verdict = True
            else:
                break
            if verdict is False:
                break
            own.append((end, verdict is True))
            end += 1
        if not own:
            continue
        if end < count and kinds[end] == _PHRASE and _phrase_key(texts[end]) in _AD_LABEL_KEYS:
            end += 1
        if end >= count or not _prose_side(texts, kinds, end, 1):
            continue
        lines = dict(own)
        for number in range(n, end):
            free[number] = True
            rules[number] = _ADVERTISEMENT_RULE if lines.get(number, True) else _AD_LINE_RULE
        runs.add(n)
    return runs


def _ad_bidding_phrase(texts: Sequence[str], kinds: Sequence[str], number: int) -> bool:
    """Is block ``number``, a furniture phrase under an advertisement's label,
    the ad's button: a bidding phrase (``Read more``, ``Learn more``, ``Shop
    now``: ``_AD_BIDDING_PHRASES``), no label of its own? Read alone as a
    phrase or as furniture (``Read more`` is a teaser's link too), the label
    and the button made a run of furniture between the story's paragraphs,
    the story was ended over the ad and its paragraphs under it lost,
    silently (silent61: ``Advertisement`` / ``Read more`` / the story's next
    paragraph)."""
    return (
        kinds[number] in (_PHRASE, _BAD)
        and _phrase_key(texts[number]) not in _AD_LABEL_KEYS
        and _ad_own_line(texts[number]) is True
    )


def _prose_side(texts: Sequence[str], kinds: Sequence[str], number: int, step: int) -> bool:
    """Is block ``number``, beside an advertisement's run, the story's prose:
    a block of prose, or a short paragraph of one sentence (``He declined to
    comment.``) with prose beyond it (``step`` away from the run)? The short
    paragraph right under ``Story continues below`` ended the run in no
    prose: the story was cut over the advertisement, the paragraphs under it
    lost, silently."""
    if kinds[number] in _PROSE_KINDS:
        return True
    beyond = number + step
    return (
        kinds[number] == _SHORT
        and texts[number].rstrip(_SENTENCE_END_CLOSERS)[-1:] in ".!?"
        and 0 <= beyond < len(kinds)
        and kinds[beyond] in _PROSE_KINDS
    )


# The most lines of an advertisement's run between two paragraphs: its label,
# the prompt, the slot's notice and the story's region label.
_ADVERTISEMENT_RUN: Final = 4


# The rule of an advertisement's label and prompt inside a story.
_ADVERTISEMENT_RULE: Final = "advertisement"


# The most photos a photo essay's run of credited captions holds between two
# paragraphs (:func:`_credited_caption_runs`).
_CAPTION_RUN_ITEMS: Final = 12
# The fewest captions such a run holds: two in a row between paragraphs
# (a tabloid's photos) were read as captions already, the prose on each side
# outweighing them, and are left to those rules.
_CAPTION_RUN_LEAST: Final = 3
# The rule of such a run's blocks, read past in the story's stretch.
_CAPTION_RUN_RULE: Final = "caption-run"


def _credited_caption_runs(
    found: _Blocks,
    kinds: Sequence[str],
    marks: tuple[list[bool], list[str]],
    knowledge: Knowledge,
) -> None:
    """Make free (costing nothing in :func:`_story_span`) a run of three to
    ``_CAPTION_RUN_ITEMS`` photo captions, each closed by its credit (``Traders set
    out the first boxes of cod. Photograph: Ada Lowe``), between two blocks
    of the story's prose. A photo essay (``… – in pictures``) prints a
    paragraph, then one photo after another, each with its caption, then
    prose again (heldout37): the run cost as a menu does, the story ended
    at its first paragraph and the captions and the prose under them were
    left out, silently. One or two captions between two paragraphs cost
    little and were read already. The run's blocks get the rule
    ``_CAPTION_RUN_RULE``, claimed as captions. Only three short blocks
    right under prose are asked, each by string tests first
    (:func:`_may_close_in_credit`), so most pages ask little."""
    free, rules = marks
    count = len(kinds)
    stripped = found.stripped
    # Short blocks under prose, found by one comprehension over the
    # kinds (a page has thousands of blocks, few such pairs).
    starts = [
        n
        for n, (above, kind, below) in enumerate(zip(kinds, kinds[1:], kinds[2:], strict=False), 1)
        if kind == _SHORT and below == _SHORT and above in _PROSE_KINDS
    ]
    for n in starts:
        if (
            free[n]
            or n + 2 >= count
            or kinds[n + 2] != _SHORT
            or not (
                _may_close_in_credit(stripped[n])
                and _may_close_in_credit(stripped[n + 1])
                and _may_close_in_credit(stripped[n + 2])
            )
        ):
            continue
        end = n
        while (
            end < count
            and end - n < _CAPTION_RUN_ITEMS
            and kinds[end] == _SHORT
            and not free[end]
            and _may_close_in_credit(stripped[end])
            and find_credit(stripped[end], page=True, knowledge=knowledge).credit is not None
        ):
            end += 1
        if (
            end - n >= _CAPTION_RUN_LEAST
            and end < count
            and (kinds[end] in _PROSE_KINDS or found.sentence[end])
        ):
            for k in range(n, end):
                free[k] = True
                rules[k] = _CAPTION_RUN_RULE


def _may_close_in_credit(text: str) -> bool:
    """May ``text`` close in a photo's credit, by string tests alone: no
    sentence's end mark last (a credit ends in a name), and a closing
    bracket (``… (AFP)``), an agency's slash near the end (``… Jane
    Roe/Reuters``) or a label's colon after the caption's last sentence
    (``… 4am. Photograph: Ada Lowe``; not ``Rating: 25 Votes``, a label
    opening the line)?"""
    last = text[-1:]
    if last in _SENTENCE_LAST:
        return False
    if last == ")":
        return _caption_words(text[: text.rfind("(")])
    slash = text.rfind("/", len(text) - _SLASH_TAIL_CHARS)
    if slash >= 0:
        return _caption_words(text[: text.rfind(" ", 0, slash) + 1])
    stop = text.rfind(". ")
    return stop >= 0 and text.rfind(": ") > stop


def _caption_words(text: str) -> bool:
    """Does ``text``, a line's words before its closing credit, read as a
    photo's caption: a described scene of at least ``_CAPTION_LEAST_WORDS``
    words, ``_CAPTION_LOWER_WORDS`` of them in lower case (``Traders set out
    the first boxes of cod (AFP)``), with no list's marks? A list between
    paragraphs ends its lines in brackets too: candidates and their parties
    (``Jane Roe (Labour)``), a team sheet (``Vale Rovers: Marsh; Dunn, Kerr,
    Bell (Fox 80)``), sources (``League table (Vale League)``); read as a
    photo essay's captions they left the body, silently (review63)."""
    words = text.split()
    return (
        len(words) >= _CAPTION_LEAST_WORDS
        and ";" not in text
        and sum(word[:1].islower() for word in words) >= _CAPTION_LOWER_WORDS
    )


# A caption's fewest words before its credit, and the fewest of them in lower
# case (a scene described, not a name or a label): _caption_words.
_CAPTION_LEAST_WORDS: Final = 5
_CAPTION_LOWER_WORDS: Final = 3


# How near the end of a caption's line an agency's slash stands (``Jane
# Roe/Reuters``): _may_close_in_credit.
_SLASH_TAIL_CHARS: Final = 50


# The marks that end a sentence, not a credit (_may_close_in_credit).
_SENTENCE_LAST: Final = frozenset(".!?\"”’'…:")


def _live_entry_buttons(
    found: _Blocks, kinds: Sequence[str], free: list[bool], rules: list[str]
) -> set[int]:
    """Make free (costing nothing in :func:`_story_span`) the buttons closing
    each entry of a live blog: one to ``_BOX_ITEMS`` share buttons right under
    an entry's prose (``Share``, ``Copy link`` / ``Share``, ``_SHARE_KEYS``)
    over the next entry's stamp or two (``2h ago``, ``44m ago`` / ``11.57
    GMT``), its heading at most, then its prose. A bar of one button is no
    share bar (:func:`_share_bars` wants two and the same story's words
    under it): costing as a menu, it ended the story at the first entry and
    the later entries were lost, silently (said ``prose-left-out`` at best).
    The next stamp says the page goes on with an entry; the buttons get the
    rule ``widget-box``. Only a page with ``_LIVE_BLOG_STAMPS`` stamps alone
    on their lines or more is looked at. The entry under the stamp must be
    closed by a share button too (:func:`_entry_closed_by_share`): a live
    blog closes each entry alike, while a list of the latest stories under a
    story's share bar (``Share`` / ``Facebook`` / ``2h ago`` / a teaser's
    headline / its summary / ``5h ago`` / …) closes none, and read on it glued
    the teasers to the story. Returns each bar's first block: the entries
    under it are the same blog's, no box's links read past."""
    stripped = found.stripped
    count = len(kinds)
    bars: set[int] = set()
    # Every page asks this of each block: the length and first character a
    # stamp needs first, then live_blog_stamp's own tests inlined (the blocks
    # are stripped already, as it strips: the same answers, without two calls
    # and three strips for each of the thousands of short blocks opening in a
    # figure or one of those letters, ``2024``, ``Home``, ``About us``).
    fullmatch = _TIMESTAMP_LINE.fullmatch
    stamps = [
        n
        for n, text in enumerate(stripped)
        if len(text) <= _TIMESTAMP_MAX_CHARS
        and text[:1] in _TIMESTAMP_OPENINGS
        and not text.isalpha()  # letters alone: no stamp (_stamp_shaped)
        and fullmatch(text) is not None
        and not text.replace(".", "").isdigit()
    ]
    if len(stamps) < _LIVE_BLOG_STAMPS:
        return bars
    # The top of each run of stamps alone on their lines, the stamp itself if
    # the block above is none: the stamps are in order, so a stamp under
    # another shares its top. Walked back from each stamp, a run of 1,500
    # stamps (a box of running times, ``1:45`` / ``1:45`` / …) was read
    # 1,500 times over: a quadratic path (fixE61).
    tops: dict[int, int] = {}
    for stamp in stamps:
        tops[stamp] = tops.get(stamp - 1, stamp)
    for stamp in stamps:
        end = tops[stamp]
        n = end
        while (
            n > 0
            and end - n < _BOX_ITEMS
            and found.furniture[n - 1]
            and _remembered_phrase_key(stripped[n - 1]) in _SHARE_KEYS
        ):
            n -= 1
        if n == end or n == 0 or kinds[n - 1] not in _PROSE_KINDS:
            continue
        below = stamp + 1
        if below < count and kinds[below] not in _PROSE_KINDS:
            below += 1  # the entry's heading
        if (
            below >= count
            or kinds[below] not in _PROSE_KINDS
            or not _entry_closed_by_share(found, kinds, below)
        ):
            continue
        bars.add(n)
        for k in range(n, end):
            if not free[k]:
                free[k] = True
                rules[k] = "widget-box"
    return bars


def _entry_closed_by_share(found: _Blocks, kinds: Sequence[str], first: int) -> bool:
    """Is the live blog's entry whose prose opens at block ``first`` closed,
    as the entry above it is, by a share button (``_SHARE_KEYS``) right under
    its prose?"""
    n = first
    while n < len(kinds) and kinds[n] in _PROSE_KINDS:
        n += 1
    return (
        n < len(kinds)
        and found.furniture[n]
        and _remembered_phrase_key(found.stripped[n]) in _SHARE_KEYS
    )


def _inline_boxes(
    found: _Blocks,
    kinds: Sequence[str],
    weights: Sequence[int],
    rules: list[str],
    walls: Sequence[bool],
    knowledge: Knowledge,
) -> tuple[list[bool], list[tuple[int, int]], dict[int, int]]:
    """The blocks of boxes of links to other stories that a site puts between
    two paragraphs of the story: a label (``Related articles``, ``Read more``,
    ``Don't miss``; ``Knowledge.box_labels``) and up to ``_BOX_ITEMS`` short
    lines under it (the other stories' headlines, or one cut short with an
    ellipsis), or a label and a headline on one line (``READ MORE: Headline``),
    with prose right above (by the classes before context, ``kinds``: the box
    is read before them) and the story's prose going on right below
    (:func:`_story_goes_on`); photo captions and other boxes may stand between
    (a tabloid prints ``READ MORE: …``, a photo and ``Related articles`` in a
    row). Such a box costs as much as a menu in :func:`_story_span`, so the
    paragraphs below it were cut off the story, silently. A box at the story's
    end is followed by more furniture or by teasers, not by the story's prose,
    and still ends it. Only furniture phrases and short lines are looked at
    (a label is one), so most blocks cost one look-up. The box's blocks get the
    rule ``listing-box``. Also returns the boxes whose story does not go on
    below them (a listing's label and headlines), each as its first block and
    the block after it, and for those the block of prose right under them."""
    labels = _label_keys(knowledge.box_labels)
    firsts = _label_firsts(knowledge.box_labels)
    count = len(kinds)
    captions: dict[int, bool] = {}

    def caption(n: int) -> bool:
        """A short block that is a photo caption (looked at only beside a box)."""
        if n not in captions:
            captions[n] = kinds[n] == _SHORT and is_page_caption(
                found.texts[n], knowledge=knowledge
            )
        return captions[n]

    def prose(k: int) -> bool:
        """Prose before context, or a short sentence ending in a full stop
        (``The teacher said she had almost thrown it away.``): a headline in a
        listing ends in none (``Why am I not losing weight?``, ``… as Hurri...``)."""
        if kinds[k] in _PROSE_KINDS:
            return True
        if kinds[k] != _SHORT or not found.sentence[k]:
            return False
        return _full_stop(found.stripped[k], knowledge)

    boxes: list[tuple[int, int]] = []
    # The polls read to their buttons (label, question, answers, ``Vote``).
    polls: set[int] = set()
    boxed: set[int] = set()
    # Where a look back over boxes and captions from a block ends, kept for
    # every block passed over: a run of N boxes is walked once, not N times
    # (the boxes are found in order, so a block's look back never changes).
    back: dict[int, int] = {}

    def looked_back(k: int) -> int:
        """The first block at or above ``k`` that is no box and no caption."""
        passed: list[int] = []
        while k > 0 and (k in boxed or caption(k)):
            if k in back:
                k = back[k]
                break
            passed.append(k)
            k -= 1
        for p in passed:
            back[p] = k
        return k

    furniture, stripped, heads = found.furniture, found.stripped, found.heads
    sieve = _label_openings(firsts)
    if sieve is not None and len(sieve[3]) > _OPENINGS_KEPT:
        sieve[3].clear()
    for n in range(1, count - 1):
        # ``Also Read | Headline`` (Indian sites) and a label a user adds to the
        # knowledge are no furniture phrases: a short line is looked at too.
        if not (furniture[n] or kinds[n] == _SHORT):
            continue
        text = stripped[n]
        head = heads[n]
        if head[:1] == "[" and text[-1:] == "]":
            # A promo in square brackets (``[Related: Headline]``, US local
            # sites' inline links): the label read inside them, as unbracketed.
            text = text[1:-1].strip()
            head = text[:2]
        if sieve is not None:
            opens = sieve[3].get(head)
            if opens is None:
                opens = _may_open_label(head, sieve)
            if not opens:
                continue
        # Cheapest test first: a label's first word opens the line.
        opening = text[:_PHRASE_MAX_CHARS].split(None, 1)
        if not opening:
            continue
        first_word = opening[0].casefold().rstrip(_LABEL_ENDS)
        # Folded as the labels' first words are (Turkish's i both ways) only
        # when it holds one.
        if first_word not in firsts and (
            (_DOTTED_I not in first_word and _DOTLESS_I not in first_word)
            or _fold_turkish_i(first_word) not in firsts
        ):
            continue
        # A short line that is no furniture phrase: as short as a label, or
        # with a separator near its start.
        if (
            not furniture[n]
            and len(text) > _PHRASE_MAX_CHARS
            and not _BOX_SEPARATOR.search(text[:_PHRASE_MAX_CHARS])
        ):
            continue
        head, rest = _box_parts(text)
        end = n + 1
        key = _remembered_phrase_key(text) if len(text) <= _PHRASE_MAX_CHARS else ""
        if key in _RANKED_BOX_LABELS and not (
            n + 1 < count and _BOX_RANK.fullmatch(stripped[n + 1]) is not None
        ):
            # ``Most read`` is a box label over its ranked headlines (``1`` /
            # headline / ``2`` / …) only: over a page's closing links
            # (``Most read`` / ``Advertisement`` / ``About us`` / …) it is the
            # furniture phrase it was, no box hiding them from the story's
            # smoothing (read so, a short subheading above lost its place).
            continue
        if key in _POLL_BOX_LABELS and not (
            n + 1 < count and stripped[n + 1].endswith("?") and kinds[n + 1] == _SHORT
        ):
            # ``Poll`` is a box label over its question only (``Poll`` / ``Do
            # you support school streets?`` / the answers), as ``Most read``
            # over its ranks.
            continue
        if key in labels:
            # A fact box's rows are short sentences as often as not
            # (``Öppnades 1964.``): any short row is the box's, up to the
            # story's prose going on under it.
            poll = key in _POLL_BOX_LABELS
            facts = poll or key in _FACT_BOX_LABELS
            # A ranked box's numbers (``Most read`` / ``1`` / headline / ``2``
            # / …) and a poll's buttons (``Vote`` / ``View results``) are no
            # items: counted, a box of three headlines ran past the bound and
            # cut the paragraphs above it off the story (heldout35). Other
            # furniture counts (a box's walk over a page's closing links would
            # run to its end), and the box's lines stay twice the items' bound.
            items = 0
            # A ranked box or a poll is bounded by its own shape (ranks, a
            # question), so it may hold more items: ``Most read`` prints ten
            # ranked headlines as often as five, and a poll's scale five
            # answers (``Strongly agree`` … ``Strongly disagree``) over its
            # buttons. Cut at five, the box's rest ended the story above it.
            bound = _RANKED_BOX_ITEMS if poll or key in _RANKED_BOX_LABELS else _BOX_ITEMS
            buttons = False
            while (
                end < count
                and items < bound
                and end - n <= 2 * bound
                and not walls[end]
                and not caption(end)
                and (not poll or _poll_line(found, kinds, end, n, buttons))
                and (
                    # a headline ends like no sentence, or is cut short
                    (kinds[end] == _SHORT and (facts or not found.sentence[end]))
                    # a poll's buttons under its answers (``Vote`` / ``View
                    # results``)
                    or (poll and furniture[end])
                    or (
                        kinds[end] in (_SHORT, _NEARGOOD)
                        and found.stripped[end].endswith(_CUT_SHORT)
                    )
                )
            ):
                if poll and furniture[end]:
                    buttons = True
                elif not _BOX_RANK.fullmatch(found.stripped[end]):
                    items += 1
                end += 1
        elif not (rest and _phrase_key(head) in labels):
            continue
        elif _full_stop(text, knowledge):
            # A box's headline ends in no full stop (``READ MORE: Why am I
            # not losing weight?``); a short paragraph that opens with a
            # label's words does (``Don't miss: the last boat leaves at
            # eleven.``) and is the story's.
            continue
        above = looked_back(n - 1)
        if not prose(above):
            continue
        if key in _POLL_BOX_LABELS and end > n + 2 and furniture[end - 1]:
            polls.add(n)
        boxes.append((n, end))
        boxed.update(range(n, end))
    # A video player's box between the paragraphs, told by its form: no box
    # label over it, but running times beside short titles (silent60).
    videos: dict[int, bool] = {}
    for n, end, labelled in _video_boxes(found, kinds, walls, boxed, knowledge):
        if prose(looked_back(n - 1)):
            boxes.append((n, end))
            boxed.update(range(n, end))
            videos[n] = labelled
    free = [False] * count
    if not boxes:
        return free, [], {}
    if videos:
        boxes.sort()
    starts = dict(boxes)

    ahead: dict[int, int] = {}

    def prose_from(k: int) -> int:
        """The first block from ``k`` that is no box and no caption (kept for
        every block passed over, as ``looked_back``: one walk over a run)."""
        passed: list[int] = []
        while k < count and (k in starts or caption(k)):
            if k in ahead:
                k = ahead[k]
                break
            passed.append(k)
            k = starts.get(k, k + 1)
        for p in passed:
            ahead[p] = k
        return k

    doubtful = []
    prose_after: dict[int, int] = {}
    for n, end in boxes:
        # A poll read to its buttons is whole by its own shape, and no listing
        # of other stories a story ends at: what stands under it (a list of
        # the story's short rows, a subheading) is the story's to read.
        if n in polls or _story_goes_on(weights, end, prose_from, prose):
            box = "listing-box"
            if n in videos:
                box = _VIDEO_BOX_RULE if videos[n] else _VIDEO_TITLES_RULE
            for k in range(n, end):
                free[k] = True
                rules[k] = box
        else:
            doubtful.append((n, end))
            after = prose_from(end)
            if after < count and prose(after):
                prose_after[n] = after
    return free, doubtful, prose_after


# A video player's labels, as phrase keys (``_phrase_key``): over its titles
# (``JUST WATCHED``, ``Now playing``, ``Up next``), its buttons (``Replay``,
# ``Autoplay``, ``More Videos ...``) or opening a title with a colon
# (``Watch: …``, ``Video: …``). A box of running times holding one is a
# video player's, whatever its titles.
_PLAYER_LABELS: Final = frozenset(
    {
        "just watched",
        "now playing",
        "now watching",
        "playing now",
        "up next",
        "next up",
        "watch next",
        "next video",
        "replay",
        "autoplay",
        "more videos",
        "more video",
        "watch more",
        "related videos",
        "related video",
        "latest videos",
        "top videos",
        "video",
        "videos",
        "watch",
        "watch now",
        "watch video",
        "play",
        "play video",
    }
)
# The rules of a video player's box read past between the paragraphs: by a
# player's label, or by its running times beside titles alone (said).
_VIDEO_BOX_RULE: Final = "video-box"
_VIDEO_TITLES_RULE: Final = "video-titles-box"
# The lines a video box may hold: a label, a few titles each with its running
# time, a button or two.
_VIDEO_BOX_MAX_LINES: Final = 2 * _BOX_ITEMS + 4
# The lines a labelled player's carousel may hold: ten entries of a label, a
# running time and a title each, and a button or two.
_VIDEO_CAROUSEL_MAX_LINES: Final = 3 * 2 * _BOX_ITEMS + 4
# The first two characters of a running time (``1:45``, ``12:03``).
_TIME_HEADS: Final = frozenset(
    [f"{d}:" for d in "0123456789"] + [f"{a}{b}" for a in "0123456789" for b in "0123456789"]
)
# The fewest words of a video's title beside its running time, and the fewest
# running times that make a box of titles a player's with no label.
_VIDEO_TITLE_MIN_WORDS: Final = 3
_VIDEO_MIN_TIMES: Final = 2


def _video_boxes(
    found: _Blocks,
    kinds: Sequence[str],
    walls: Sequence[bool],
    boxed: set[int],
    knowledge: Knowledge,
) -> list[tuple[int, int, bool]]:
    """The video players' boxes among a page's blocks, each as its first
    block, the block after it and whether a player's label tells it: a run of
    short lines ending in no sentence (``JUST WATCHED`` / a title / ``1:45``
    / another title / ``2:10`` / ``Replay`` / ``More Videos ...``; ``Now
    playing`` / ``0:45`` / ``Watch: …``) holding a running time alone on its
    line (``_VIDEO_LENGTH``) beside a title, and a player's label
    (``_PLAYER_LABELS``) or two running times or more each beside a title of
    ``_VIDEO_TITLE_MIN_WORDS`` words. Between two paragraphs such a box was
    kept as the story's subheadings, or its lines cut the story's first
    paragraph off, silently (silent60). Only blocks that are a running time
    start a look (found in C): most pages hold none."""
    stripped, furniture = found.stripped, found.furniture
    count = len(stripped)

    def member(k: int) -> bool:
        """A short line of a player's: no wall, no sentence's full stop."""
        return (
            not walls[k]
            and k not in boxed
            and (furniture[k] or kinds[k] == _SHORT)
            and not _full_stop(stripped[k], knowledge)
        )

    def label(k: int) -> bool:
        """A player's label alone on its line (``Now playing``, ``Replay``)."""
        text = stripped[k]
        return len(text) <= _PHRASE_MAX_CHARS and _phrase_key(text) in _PLAYER_LABELS

    def headed(k: int) -> bool:
        """A title opening with a player's label and a colon (``Watch: …``)."""
        head, colon, _ = stripped[k][:_PHRASE_MAX_CHARS].partition(":")
        return bool(colon) and _phrase_key(head) in _PLAYER_LABELS

    def timed(k: int) -> bool:
        return _VIDEO_LENGTH.fullmatch(stripped[k]) is not None

    found_boxes: list[tuple[int, int, bool]] = []
    last_end = 0
    # A running time opens with a digit and a colon or two digits: the blocks'
    # first two characters (``_Blocks.heads``) are sieved in C first.
    for at in compress(range(count), map(_TIME_HEADS.__contains__, found.heads)):
        if at < last_end or _VIDEO_LENGTH.fullmatch(stripped[at]) is None or not member(at):
            continue
        first = at
        while first > last_end and at - first < _VIDEO_BOX_MAX_LINES and member(first - 1):
            first -= 1
        end = at + 1
        while end < count and end - first < _VIDEO_BOX_MAX_LINES and member(end):
            end += 1
        times = [k for k in range(first, end) if timed(k)]
        titles = [
            k
            for k in times
            if any(
                first <= j < end
                and not timed(j)
                and len(stripped[j].split()) >= _VIDEO_TITLE_MIN_WORDS
                for j in (k - 1, k + 1)
            )
        ]
        if not titles:
            continue
        if any(label(k) or headed(k) for k in range(first, end)):
            # A player's box takes its labels and its titles beside their
            # times, no other line: a story's subheading under or over a
            # labelled title and its time (``Video: …`` / ``1:12`` / ``Who
            # pays for the wall``) was taken with it, silently (fixE61).
            if end - first == _VIDEO_BOX_MAX_LINES:
                # A labelled carousel runs past the bound of an unlabelled
                # box: six ``Now playing`` / ``0:41`` / ``Watch: …`` entries
                # are eighteen lines. Cut at the bound, its rest stood as a
                # second box under no prose, and the story's head was lost
                # (the fourth review of session 13). Its lines are kept only
                # as _player_box_lines reads them: times, titles, labels.
                while end < count and end - first < _VIDEO_CAROUSEL_MAX_LINES and member(end):
                    end += 1
            first, end = _player_box_lines(first, end, at, (timed, label, headed))
            times = [k for k in range(first, end) if timed(k)]
            labelled = any(label(k) for k in range(first, end)) or (
                len(times) >= _VIDEO_MIN_TIMES and any(headed(k) for k in range(first, end))
            )
            # One time beside a line opening with a label's word and a colon
            # (``Play: Hamlet at the Harbour Theatre`` / ``19:30``, a
            # fixture's kick-off over ``Watch: live on …``) is a player's
            # box as often as a showing or a fixture: read past, said.
            found_boxes.append((first, end, labelled))
            last_end = end
        elif len(times) >= _VIDEO_MIN_TIMES and len(titles) == len(times):
            found_boxes.append((first, end, False))
            last_end = end
    return found_boxes


def _player_box_lines(
    first: int,
    end: int,
    at: int,
    tests: tuple[Callable[[int], bool], Callable[[int], bool], Callable[[int], bool]],
) -> tuple[int, int]:
    """The lines of the labelled video box around the running time at
    ``at`` in the short lines ``first`` to ``end``: its running times, each
    with its title on one side (the same side for every time: a title over
    its time, ``JUST WATCHED`` / title / ``1:45`` / title / ``2:10``, or
    under it, ``Now playing`` / ``0:45`` / ``Watch: …``), and the player's
    labels alone on their lines (``Replay``, ``More videos``); the side
    where a title opens with a label and a colon (``Video: …``) wins, else a
    title over its time. The run stops at the first other line either way
    from ``at``. ``tests``: a running time, a label alone, a title headed by
    a label."""
    timed, label, headed = tests

    def title(j: int) -> bool:
        return first <= j < end and not timed(j) and not label(j)

    times = [k for k in range(first, end) if timed(k)]
    sides = [side for side in (-1, 1) if all(title(k + side) for k in times)]
    if not sides:
        # Not every time has a title on one side: each takes any beside it.
        kept = set(times) | {j for k in times for j in (k - 1, k + 1) if title(j)}
    else:
        side = sides[0]
        for option in sides:
            if any(headed(k + option) for k in times):
                side = option
                break
        kept = set(times) | {k + side for k in times}
    start, stop = at, at + 1
    while start > first and (start - 1 in kept or label(start - 1)):
        start -= 1
    while stop < end and (stop in kept or label(stop)):
        stop += 1
    return start, stop


# The rules of the boxes read past between the paragraphs that name
# themselves in a line's rule (``in-story:video-box``); any other is a
# ``listing-box``.
_KEPT_BOX_RULES: Final = frozenset(
    {"widget-box", _ADVERTISEMENT_RULE, _AD_LINE_RULE, _VIDEO_BOX_RULE, _VIDEO_TITLES_RULE}
)


# A poll's answer is a few words (``Yes``, ``Strongly disagree``, ``Only at
# weekends``), no sentence: a line longer, or ending as a sentence, is no
# answer (a story's list under the poll: ``Monday: harbour road shut.``).
_POLL_ANSWER_MAX_WORDS: Final = 6


def _poll_line(found: _Blocks, kinds: Sequence[str], end: int, label: int, buttons: bool) -> bool:
    """May block ``end`` be a line of the poll labelled at ``label``: its
    question (the line under the label), its buttons (furniture phrases:
    ``Vote`` / ``View results``) or, above its buttons, an answer's shape (a
    short line of at most ``_POLL_ANSWER_MAX_WORDS`` words, no sentence)? A
    poll ends at its buttons: the story's lines under them (a list of short
    rows, its heading) are the story's, not ten items of the poll's."""
    if end == label + 1 or found.furniture[end]:
        return True
    return (
        not buttons
        and kinds[end] == _SHORT
        and not found.sentence[end]
        and found.stripped[end][-1:] not in ".!?"
        and len(found.stripped[end].split(None, _POLL_ANSWER_MAX_WORDS)) <= _POLL_ANSWER_MAX_WORDS
    )


# A reader poll's label (page_data.BOX_LABELS), as a phrase key: its question
# is a sentence (``Poll`` / ``Do you support school streets?`` / ``Yes`` /
# ``No`` / ``Vote``), a row of the box as a fact box's are.
_POLL_BOX_LABELS: Final = frozenset({"poll"})
# The labels of a ranked box (page_data.BOX_LABELS), as phrase keys: a box only
# over a rank number (``Most read`` / ``1`` / headline / ``2`` / …).
_RANKED_BOX_LABELS: Final = frozenset({"most read"})
# The items a ranked box or a poll may hold (a top ten; a poll's answers).
_RANKED_BOX_ITEMS: Final = 10
# A ranked box's number alone on its line (``Most read`` / ``1`` / headline):
# one or two digits, no item of the box. One class, bounded: linear.
_BOX_RANK: Final = regex.compile(r"\d{1,2}\.?")


# The labels of a fact box (page_data.BOX_LABELS), as phrase keys: its rows may
# end in full stops (``FAKTA`` / ``Öppnades 1964.``).
_FACT_BOX_LABELS: Final = frozenset(
    {"fakta", "faktaboks", "faktaruta", "factbox", "fact box", "fast facts", "key facts"}
)


# A share bar's buttons, each alone on its line (``Share`` / ``Tweet`` /
# ``Email`` / ``WhatsApp`` / ``Copy link``), as phrase keys (``_phrase_key``):
# a bar of them between the story's paragraphs is read past.
_SHARE_KEYS: Final = frozenset(
    {
        "share",
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share via email",
        "tweet",
        "email",
        "e mail",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "telegram",
        "messenger",
        "print",
        "copy link",
        "copy url",
        # A blog's share plugin's buttons (``Buffer`` / ``Share`` / ``Pin`` /
        # ``Tweet``), printed under its headline.
        "buffer",
        "pin",
        "pin it",
    }
)


# What closes a newsletter's sign-up box (``Newsletter`` / its pitch /
# ``Enter your email`` / ``Sign up``): the form's field or button, as phrase
# keys (``_phrase_key``). Furniture phrases of their own (page_data). The
# button in Spanish and German too (``Recibe el boletín`` / ``Suscríbete a
# nuestro boletín …`` / ``Suscribirme``; ``Newsletter`` / ``Melde dich für
# unseren Newsletter an`` / ``Anmelden``).
_SIGN_UP_KEYS: Final = frozenset(
    {
        "suscríbete",
        "suscribirme",
        "suscribirse",
        "anmelden",
        "abonnieren",
        "sign up",
        "sign up now",
        "subscribe",
        "subscribe now",
        "enter your email",
        "enter your email address",
        "email address",
        "your email address",
    }
)


def _widget_boxes(
    found: _Blocks,
    kinds: Sequence[str],
    weights: Sequence[int],
    rules: list[str],
    walls: Sequence[bool],
    free: list[bool],
    words: tuple[Sequence[Sequence[str]], frozenset[str] | None] = ((), None),
) -> tuple[set[int], list[tuple[int, int, bool]]]:
    """Mark in ``free`` a widget a site puts between two paragraphs of the
    story, of several lines, where the story goes on below (two blocks of
    prose, or a long one: :func:`_story_goes_on`; under a stock widget, one
    paragraph naming ``_SAME_STORY_WORDS`` of the distinctive words of the
    prose above, ``words``: the story's last paragraph under a widget printed
    after its next to last): a stock widget's lines,
    each a symbol or a quote (``HARBSHIP`` / ``412.50`` / ``+3.2%``,
    ``_stock_quote``), or a newsletter's sign-up box, furniture phrases with
    at most one short pitch among them, closed by the form's field or button
    (``Newsletter`` / ``Top stories in your inbox.`` / ``Enter your email`` /
    ``Sign up``, ``_SIGN_UP_KEYS``). Either cost as much as a menu in
    :func:`_story_span` and cut the story's paragraphs below it off. Only
    runs of furniture phrases are walked (most blocks are turned down by one
    look); the widget's blocks get the rule ``widget-box``. Returns the
    number of each stock widget's first block read past, and the first block
    and the end of each stock widget or sign-up box not read past over one
    paragraph naming too few of the story's words (and whether it is a stock
    widget)."""
    furniture, stripped = found.furniture, found.stripped
    count = len(kinds)
    stocks: set[int] = set()
    lone: list[tuple[int, int, bool]] = []

    def prose(k: int) -> bool:
        return kinds[k] in _PROSE_KINDS

    def closes_story(n: int, end: int) -> bool | None:
        # One paragraph under the widget, no headline over it, naming the
        # story's people and places: its last one (a teaser under a market
        # box names others, and stands under its headline). One naming
        # fewer (False) is left out, and said so (``prose-under-stock-widget``);
        # None: no such paragraph under the widget.
        tokens, stop_words = words
        if end >= count or not tokens or not prose(end) or walls[end]:
            return None
        reach = 2 * _SAME_STORY_BLOCKS
        above = [k for k in range(n - 1, max(-1, n - 1 - reach), -1) if prose(k) and not free[k]]
        stops = stop_words or frozenset()
        shared = _distinct_words(tokens, above[:_SAME_STORY_BLOCKS], stops) & _distinct_words(
            tokens, [end], stops
        )
        return len(shared) >= _SAME_STORY_WORDS

    def priced(k: int) -> bool:
        text = stripped[k]
        if text[:1] in _CURRENCY_SIGNS:
            return _CURRENCY_PRICE.fullmatch(text, 1) is not None
        if is_stock_quote(text):
            return True
        # "GOLD" / "24.50" / "+0.3%": a price of one or two digits is a
        # widget's only over its signed change or under a symbol in capitals
        # ("QUAYBANK" / "412.50" / "RIVCO.B" / "88.20"; alone, "07.13" is a
        # live blog's time).
        return _SHORT_PRICE.fullmatch(text) is not None and (
            (k + 1 < count and stripped[k + 1][:1] in _SIGNS and is_stock_quote(stripped[k + 1]))
            or (k > 0 and _TICKER.fullmatch(stripped[k - 1]) is not None)
        )

    def label(k: int) -> bool:
        # A stock widget's line that is no furniture phrase of its own: a
        # price with no symbol over it or a currency's sign ("1,204.75",
        # "$82.10"), or a name that is no symbol over one ("FTSE 100",
        # "Brent crude" over "+1.2%"): short, no sentence's end. Without it
        # a markets report's list of indices was left a lone quote, which
        # cut the story's paragraphs below it off.
        text = stripped[k]
        return (
            not furniture[k]
            and len(text) <= _QUOTE_MAX_CHARS
            and (priced(k) or (text[-1:] not in ".!?:" and k + 1 < count and priced(k + 1)))
        )

    def form_field(k: int) -> bool:
        # A sign-up form's field or button that is no furniture phrase of its
        # own (``Email address``): under the box's pitch, the box's.
        text = stripped[k]
        return len(text) <= _QUOTE_MAX_CHARS and _remembered_phrase_key(text) in _SIGN_UP_KEYS

    done = 1
    # A widget opens under prose: only the blocks right under a block of
    # prose are looked at, found in C (``kinds`` against each block's number
    # plus one), in order; a block a widget found above took is passed by.
    for n in compress(range(1, count - 1), map(_PROSE_KINDS.__contains__, kinds)):
        if (
            n < done
            or free[n]
            # A paragraph is longer than any widget's line: no call for it.
            # A sign-up box may open on its pitch's heading, a short line over
            # its furniture phrases (``Get the morning briefing`` / ``Sign up
            # for our free newsletter …`` / ``Sign up``).
            or (
                not furniture[n]
                and (len(stripped[n]) > _QUOTE_MAX_CHARS or not label(n))
                and not (kinds[n] == _SHORT and furniture[n + 1])
            )
        ):
            continue
        end, pitch, stock = n, -1, True
        while end < count and end - n <= _BOX_ITEMS and not walls[end] and not free[end]:
            if stock and label(end):
                pass
            elif furniture[end] or (pitch >= 0 and form_field(end)):
                line = stripped[end]
                stock = (
                    stock
                    and len(line) <= _QUOTE_MAX_CHARS
                    and (_widget_quote(line) or _TICKER.fullmatch(line) is not None)
                )
            elif pitch < 0 and kinds[end] in (_SHORT, _NEARGOOD) and weights[end] <= _LENGTH_HIGH:
                pitch, stock = end, False
            else:
                break
            end += 1
        # The run ends on a furniture phrase: a pitch last is the story's. A
        # stock widget's named lines after its quotes are the widget's
        # ("QUAYBANK" / "412.50" / "+3.2%" / "Gold" / "24.50" / "+0.3%"): cut
        # off, they were left to end the story there.
        # A run holding a quote or a ticker's symbol in capitals ("GOLD" over
        # "24.50" / "+0.3%") is a widget's; names over shares ("Labour" /
        # "41.2%") are a results table's.
        quoted = stock and any(
            furniture[k] or _TICKER.fullmatch(stripped[k]) is not None for k in range(n, end)
        )
        while (
            end > n
            and not furniture[end - 1]
            and not (quoted and label(end - 1))
            and not (pitch >= 0 and form_field(end - 1))
        ):
            end -= 1
        signed = _remembered_phrase_key(stripped[end - 1]) in _SIGN_UP_KEYS
        goes_on = (
            end - n >= 2 and (stock or signed) and _story_goes_on(weights, end, lambda k: k, prose)
        )
        if not goes_on and (stock or signed) and end - n >= 2:
            # So does a sign-up box over the story's last paragraph (``Sign
            # up for our daily briefing`` / its pitch / ``Email address`` /
            # ``Subscribe`` / the last paragraph, naming the story's people
            # and places): not read past, it ended the story, the last
            # paragraph lost, silently.
            closing = closes_story(n, end)
            if closing is False:
                lone.append((n, end, stock))
            goes_on = closing is True
        if goes_on:
            for k in range(n, end):
                free[k] = True
                rules[k] = "widget-box"
            if stock:
                stocks.add(n)
        done = max(end, n + 1)
    return stocks, lone


def _share_bars(
    found: _Blocks,
    kinds: Sequence[str],
    weights: Sequence[int],
    marks: tuple[list[str], list[bool]],
    walls: Sequence[bool],
    words: tuple[Sequence[Sequence[str]], frozenset[str] | None],
) -> set[int]:
    """Mark in ``free`` a share bar between two paragraphs of the story: two to
    ``_BOX_ITEMS`` + 1 buttons alone on their lines right under prose (``Share``
    / ``Tweet`` / ``Email`` / ``WhatsApp`` / ``Copy link``, ``_SHARE_KEYS``),
    the story's prose going on below (:func:`_story_goes_on`) and naming
    ``_SAME_STORY_WORDS`` of the distinctive words of the prose above it. It
    cost as much as a menu in :func:`_story_span` and cut the story's
    paragraphs below it off (``prose-left-out`` said so); a bar over another
    story's prose still ends the story. Only furniture phrases right under
    prose are looked at; the bar's blocks get the rule ``widget-box``. Returns
    the number of each bar's first block: a story read past one says so
    (``share-bar-read-past``), as the next story's prose, printed under its own
    share bar with no headline between, reads the same when the two share
    words."""
    rules, free = marks
    bars: set[int] = set()
    tokens, stop_words = words
    furniture, stripped = found.furniture, found.stripped
    count = len(kinds)

    def button(k: int) -> bool:
        return (
            furniture[k]
            and not walls[k]
            and not free[k]
            and _remembered_phrase_key(stripped[k]) in _SHARE_KEYS
        )

    def prose(k: int) -> bool:
        return kinds[k] in _PROSE_KINDS and not free[k]

    # A bar's first button is a furniture phrase: the few of them (a tenth
    # of a page's blocks) are found in C, with no call a block, and only
    # they are asked whether prose stands right above them.
    for n in compress(range(1, count - 1), furniture[1 : count - 1]):
        if kinds[n - 1] not in _PROSE_KINDS or not button(n):
            continue
        end = n
        while end < count and end - n <= _BOX_ITEMS and button(end):
            end += 1
        if end - n < 2 or not _story_goes_on(weights, end, lambda k: k, prose):
            continue
        reach = 2 * _SAME_STORY_BLOCKS
        above = [k for k in range(n - 1, max(-1, n - 1 - reach), -1) if prose(k)]
        below = [k for k in range(end, min(count, end + reach)) if prose(k)]
        stops = stop_words or frozenset()
        shared = _distinct_words(tokens, above[:_SAME_STORY_BLOCKS], stops) & _distinct_words(
            tokens, below[:_SAME_STORY_BLOCKS], stops
        )
        if len(shared) < _SAME_STORY_WORDS:
            continue
        bars.add(n)
        for k in range(n, end):
            free[k] = True
            rules[k] = "widget-box"
    return bars


# A headline cut short in a box of links: "… as Hurri..." (a sentence end for
# the classes, but no sentence).
_CUT_SHORT: Final = ("...", "\u2026")


def _full_stop(text: str, knowledge: Knowledge) -> bool:
    """A line ending in a full stop (``Knowledge.full_stops``, inside its
    ``closing_quotes``), not in an ellipsis: a sentence's end, never a
    headline's."""
    text = text.rstrip(knowledge.closing_quotes)
    return text[-1:] != "" and text[-1] in knowledge.full_stops and not text.endswith(_CUT_SHORT)


# What may close a label's first word: "Related:", "Also Read|".
_LABEL_ENDS: Final = ":|-\u2013\u2014,."


@functools.lru_cache(maxsize=16)
def _label_firsts(labels: frozenset[str]) -> frozenset[str]:
    """The first words of box labels, lower-case (``related``, ``don't``),
    Turkish's dotted and dotless i made ``i`` as :func:`_phrase_key` makes them."""
    return frozenset(
        _fold_turkish_i(label.split()[0].casefold()).rstrip(_LABEL_ENDS)
        for label in labels
        if label.split()
    )


_LabelSieve = tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, bool]]


@functools.lru_cache(maxsize=16)
def _label_openings(firsts: frozenset[str]) -> _LabelSieve | None:
    """What the first two characters of a line opening with one of ``firsts``
    (:func:`_label_firsts`) may fold to: the first two characters of the
    words of two or more, the words of one, the first characters of all; and
    the answers of :func:`_may_open_label` for the openings met (cleared past
    ``_OPENINGS_KEPT``). None (no sieve) when a first word is empty."""
    if "" in firsts:
        return None
    return (
        frozenset(first[:2] for first in firsts if len(first) >= 2),
        frozenset(first for first in firsts if len(first) == 1),
        frozenset(first[:1] for first in firsts),
        {},
    )


def _may_open_label(head: str, sieve: _LabelSieve) -> bool:
    """May a line whose first two characters are ``head`` open with a label's
    first word (its first word, folded and stripped of ``_LABEL_ENDS``, one of
    the sieve's words)? That word and the fold of ``head`` are both openings
    of the line's fold (case folding maps each character alone, to one or
    more): they agree on their first two characters, or one of them is one
    character long (Turkish's dotted capital I and dotless i folded to ``i``,
    as the label test folds them). A necessary condition only; the answer is
    kept."""
    twos, ones, initials, known = sieve
    folded = _fold_turkish_i(head.casefold())
    if len(folded) >= 2:
        opens = folded[:2] in twos or folded[:1] in ones
    else:
        opens = folded != "" and folded in initials
    known[head] = opens
    return opens


@functools.lru_cache(maxsize=16)
def _label_keys(labels: frozenset[str]) -> frozenset[str]:
    """Box labels as :func:`_phrase_key` makes them (``don't miss`` -> ``don t miss``)."""
    return frozenset(_phrase_key(label) for label in labels)


def box_label(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` alone a box's label (``More on this story``, ``Lesen Sie
    auch:``; :attr:`Knowledge.box_labels`), as a page's box of links to other
    stories opens? The length first: most lines are longer than any label."""
    return len(text) <= _PHRASE_MAX_CHARS and _phrase_key(text) in _label_keys(knowledge.box_labels)


# What parts a box's label from the headline on its line: a colon, a bar, or a
# dash between spaces ("Read more - Headline"). One class or a literal: linear.
_BOX_SEPARATOR = regex.compile(r"[:|]|\s[-–—]\s")


def _box_parts(text: str) -> tuple[str, str]:
    """A line's opening up to its first colon or bar (within the first
    ``_PHRASE_MAX_CHARS`` characters), and the rest stripped; the rest is
    empty when there is no such separator (``READ MORE: Headline``,
    ``Also Read | Headline``, ``Read more - Headline``)."""
    found = _BOX_SEPARATOR.search(text[:_PHRASE_MAX_CHARS])
    if found is None:
        return text, ""
    return text[: found.start()], text[found.end() :].strip()


def _story_goes_on(
    weights: Sequence[int],
    at: int,
    prose_from: Callable[[int], int],
    prose: Callable[[int], bool],
) -> bool:
    """Whether the story's prose goes on at block ``at``, below a box of links:
    two blocks of prose in a row (``prose``: by the classes before context, or a
    short sentence; other boxes and photo captions may stand between them,
    ``prose_from`` skips them), or one of more than ``_LENGTH_HIGH``
    characters. A listing at the story's end prints each headline over a short
    teaser (``Headline`` / ``Teaser text…`` / ``Headline`` …): reading past its
    label would glue the teasers to the story (a headline between two teasers
    is prose only by its neighbours, hence the classes before context)."""
    at = prose_from(at)
    if at >= len(weights) or not prose(at):
        return False
    following = prose_from(at + 1)
    return weights[at] > _LENGTH_HIGH or (following < len(weights) and prose(following))


_PROSE_KINDS = frozenset({_GOOD, _NEARGOOD})


def _standfirst_over_byline(
    blocks: Sequence[int],
    texts: Sequence[str],
    kinds: Sequence[str],
    weights: Sequence[int],
    span: tuple[int, int],
    state: LineState,
    knowledge: Knowledge,
) -> int:
    """Where the story starts when its stretch opens with the standfirst: a
    single block of prose right under the headline, then the header's byline
    inside the stretch, then its date line or share count, then the story
    (``Headline`` / ``A THIRD case … has been reported.`` / ``By Jane Roe`` /
    ``PUBLISHED: 00:01, Tue, Nov 19, 2019`` / ``0`` / the first paragraph, as
    British tabloids print it). The standfirst is the story's standfirst
    (``standfirst-above-byline``), the lines between byline and story are
    furniture (a caption stays a caption), and the story starts at the first
    prose of a paragraph's length under the byline, within ``_ZONE_BELOW`` + 3
    blocks. Otherwise the start is kept."""
    body_start, body_end = span
    if state.headline is None or state.standfirst is not None:
        return body_start
    if not state.byline:
        return _deck_over_date(blocks, texts, kinds, weights, span, state, knowledge)
    headline = bisect_left(blocks, state.headline)
    byline = bisect_left(blocks, state.byline[0])
    if not (headline + 1 == body_start and byline == body_start + 1 < body_end):
        return body_start
    if kinds[body_start] not in _PROSE_KINDS or weights[body_start] > _HEADLINE_MAX_CHARS:
        return body_start
    after = byline + len(state.byline)
    first = next(
        (
            k
            for k in range(after, min(body_end, after + _ZONE_BELOW + 3))
            if (kinds[k] in _PROSE_KINDS and weights[k] >= _LENGTH_LOW)
            # A short first paragraph has the story's prose right under it; a
            # promotion's line (``The very best deals.``) has a box's label.
            or (
                k + 1 < body_end
                and kinds[k + 1] in _PROSE_KINDS
                and _short_sentence_under_byline(texts[k], knowledge)
            )
        ),
        None,
    )
    if first is None:
        return body_start
    # A block opening with a wire's dateline (``PORTSEA — The council has
    # approved …``) is the story's first paragraph, its byline and date
    # printed under it (templates that place the byline after the lead): a
    # deck carries no dateline. Read as the standfirst, the first paragraph
    # was lost from the body, silently. The lines between byline and story
    # are the header's as below; the story starts at the dated paragraph.
    lead = _lead_over_byline(texts[body_start], knowledge)
    if not lead:
        state.standfirst = blocks[body_start]
        state.claim(blocks[body_start], Role.STANDFIRST, "standfirst-above-byline")
    for k in range(after, first):
        if state.is_claimed(blocks[k]):
            continue
        # A caption over its credit's line (``Jane Finch at the counter.`` /
        # ``Credit...Tom Bay for The Vale Record``): the lead photo's, under
        # the header's date lines. Claimed as the header's furniture, it was
        # lost, silently.
        if (
            k + 1 < first
            and not state.is_claimed(blocks[k + 1])
            and CAPTION_MIN_WORDS <= len(texts[k].split()) <= CAPTION_MAX_WORDS
            and is_credit_line(texts[k + 1], knowledge=knowledge)
            and not is_credit_line(texts[k], knowledge=knowledge)
            # The header's date over a lone credit (``Published 18 March
            # 2025`` / ``Image via Getty Images``) captions nothing.
            and not is_date_line(texts[k], knowledge=knowledge)
            and byline_line(texts[k], knowledge=knowledge) is None
        ):
            state.captions.append(blocks[k])
            state.caption_credits[blocks[k]] = blocks[k + 1]
            state.claim(blocks[k], Role.CAPTION, "caption-credit-below")
            state.claim(blocks[k + 1], Role.CAPTION, "caption-credit-line")
            continue
        # A feature's credit for its pictures under the byline (``By Jane Roe``
        # / ``Photographs by Tom Bay``, magazines) captions no photo: read as
        # one, it was a caption with no text of its own (said only
        # ``caption-without-credit``); left here, the story's contributors
        # name the photographer.
        if is_page_caption(texts[k], knowledge=knowledge) and not _picture_credit(
            texts[k], knowledge
        ):
            state.captions.append(blocks[k])
            state.claim(blocks[k], Role.CAPTION, "caption-with-credit")
        else:
            state.claim(blocks[k], Role.FURNITURE, "between-headline-and-story")
    return body_start if lead else first


def _lead_over_byline(text: str, knowledge: Knowledge) -> bool:
    """Does ``text``, a block between the headline and the byline, open with a
    wire's dateline (``PORTSEA —``, ``KELLSTON, March 4 (Reuters) -``;
    :func:`_wire_dateline`)? A converter's indent (a tab) before the block is
    no part of the form."""
    return _wire_dateline(text.strip(), knowledge)


def _wire_dateline(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` open with a wire's dateline: a page dateline
    (``find_dateline``'s page forms) with an agency, a date or a dash after
    the place (``PORTSEA —``, ``KELLSTON, March 4 (Reuters) -``)? A place
    before a colon alone (``Dubai:``) does not count: a deck or a column may
    open with a label of that shape (``Harbour Watch:``), and a wire's
    dateline ends in its dash. The test of a dated lede for the header's
    deck (:func:`_lead_over_byline`); a story's own dateline under a teaser
    keeps its own test (:func:`_opens_with_own_dateline`), which differs on
    ``Dubai: … –`` and on a dateline with no dash."""
    dateline = find_dateline(text, knowledge=knowledge, page=True)
    if dateline is None:
        return False
    return (
        bool(dateline.agencies or dateline.date_text)
        or dateline.raw.rstrip()[-1:] in "-\u2013\u2014"
    )


def _credit_line(text: str, knowledge: Knowledge) -> bool:
    """A line crediting the story's pictures, film or review and nothing else
    (``Photographs by Tom Bay``, ``Medically reviewed by Ann Lee, MD``): a
    role before ``by``, people after it, each of a role a page prints on a
    line of its own (``CREDIT_LINE_ROLES``). The word ``by`` asked first."""
    stripped = text.strip()
    if " by " not in stripped.casefold():
        return False
    trailer = classify_trailer(stripped, knowledge=knowledge)
    return (
        trailer is not None
        and bool(trailer.contributors)
        and all(c.role in CREDIT_LINE_ROLES for c in trailer.contributors)
    )


def _picture_credit(text: str, knowledge: Knowledge) -> bool:
    """A line crediting the story's pictures or film and nothing else
    (``Photographs by Tom Bay``, ``Video by Ann Lee``): its role before
    ``by``, people after it (``classify_trailer``'s contributors)."""
    stripped = text.strip()
    if stripped[:1] not in "PpVv" or " by " not in stripped.casefold():
        return False
    trailer = classify_trailer(stripped, knowledge=knowledge)
    return (
        trailer is not None
        and bool(trailer.contributors)
        and all(c.role in PICTURE_ROLES for c in trailer.contributors)
    )


def _deck_over_date(
    blocks: Sequence[int],
    texts: Sequence[str],
    kinds: Sequence[str],
    weights: Sequence[int],
    span: tuple[int, int],
    state: LineState,
    knowledge: Knowledge,
) -> int:
    """Where a story with no byline starts when its stretch opens with the
    deck over the header's date line, maybe under a video's running time
    (``Watch: Headline`` / ``Firefighters spent three hours …`` / ``2:31`` /
    ``Published 4 March 2025`` / ``Transcript`` / the story, as a video
    page prints it): under the date line, past a transcript's label. The deck
    is the standfirst (``standfirst-above-byline``), the lines between it and
    the story furniture. The deck is one block right under the headline, of
    a headline's length at most; the story's prose must follow."""
    body_start, body_end = span
    if not body_start < body_end or bisect_left(blocks, state.headline or 0) + 1 != body_start:
        return body_start
    if kinds[body_start] not in _PROSE_KINDS or weights[body_start] > _HEADLINE_MAX_CHARS:
        return body_start
    under = body_start + 1
    dated = False
    while under < body_end and (
        _player_line(texts[under]) or _header_line(texts[under], knowledge)
    ):
        dated = dated or not _player_line(texts[under])
        under += 1
    if under < body_end and texts[under].strip().casefold() in _TRANSCRIPT_LABELS:
        under += 1
    if not dated or under >= body_end or kinds[under] not in _PROSE_KINDS:
        return body_start
    state.standfirst = blocks[body_start]
    state.claim(blocks[body_start], Role.STANDFIRST, "standfirst-above-byline")
    for k in range(body_start + 1, under):
        if not state.is_claimed(blocks[k]):
            state.claim(blocks[k], Role.FURNITURE, "between-headline-and-story")
    return under


# A deck of one short sentence right under the headline (``Same tears,
# different emotions.``): at least this many words, ending in a full stop.
_DECK_MIN_WORDS: Final = 3
# A button's line under the lead photo's caption (``Save this story``): at
# most this many words.
_DECK_BUTTON_MAX_WORDS: Final = 4


def _deck_over_header(
    blocks: Sequence[int],
    texts: Sequence[str],
    classes: tuple[Sequence[str], Sequence[int], Sequence[bool]],
    span: tuple[int, int],
    state: LineState,
    knowledge: Knowledge,
) -> int:
    """Where the story starts when the block right under its headline is the
    deck over the rest of the header, in the story's stretch (the headline in
    it or right above it): the header's byline right under the deck
    (``Headline`` / ``There are more ways to play than ever. Here's how to
    choose.`` / ``By`` / ``Jane Roe`` / the writer's bio / the story, a US
    business paper; ``Headline`` / ``Same tears, different emotions.`` / ``By
    Jane Roe November 19, 2023`` / the story, a sports site), or the lead
    photo's caption with its credit under the deck, with the header's byline
    or date line or its furniture (``Save this story``) under the caption
    (``Headline`` / deck / ``Crews at the pier on Monday. Credit... Tom Bay``
    / ``By Jane Roe`` / the story). The deck, a headline's length at most
    (``_HEADLINE_MAX_CHARS``), prose or one short sentence, was kept as the
    body's first paragraph, silently (standfirst60: no story's lede stood
    there on the labelled pages, where a lede stands under the byline or the
    date line). The deck is the story's standfirst
    (``standfirst-above-byline``), and the story starts under it; the story's
    prose must follow (a paragraph of ``_LENGTH_LOW`` characters or more
    further down), else the block is the story's only paragraph."""
    kinds, weights, furniture = classes
    body_start, body_end = span
    if state.headline is None or state.standfirst is not None:
        return body_start
    problem: Problem | None = None
    deck = bisect_left(blocks, state.headline) + 1
    under = deck + 1
    if not body_start <= deck < under < body_end or state.is_claimed(blocks[deck]):
        return body_start
    if any(not state.is_claimed(blocks[k]) for k in range(body_start, deck)):
        return body_start
    text = texts[deck].strip()
    if weights[deck] > _HEADLINE_MAX_CHARS or not (
        kinds[deck] in _PROSE_KINDS
        or (_full_stop(text, knowledge) and len(text.split()) >= _DECK_MIN_WORDS)
    ):
        return body_start
    if _header_line(text, knowledge) or is_page_caption(text, knowledge=knowledge):
        return body_start
    if _lead_over_byline(text, knowledge):
        # A block opening with a wire's dateline is the story's lede, its
        # dateline the story's (``KELBY, March 4 (Reuters) - Grain prices
        # fell …`` or ``HARBOUR CITY — …`` over the lead photo's caption and
        # the byline or date line, a wire story on a site's page; heldout36's
        # dated first paragraph over the byline): no deck opens so (fixE61;
        # taken as the standfirst, the dateline was lost silently).
        return body_start
    if not (state.byline and state.byline[0] == blocks[under]):
        if not (
            blocks[under] in state.captions or is_page_caption(texts[under], knowledge=knowledge)
        ):
            return body_start
        # Under the lead photo's caption (and its credit's own line), the
        # header's line or furniture: a story's own caption under its lede has
        # the story's prose under it.
        below = under + 1
        if blocks[under] in state.caption_credits and below < body_end:
            below += 1
        if below >= body_end:
            return body_start
        if not (
            furniture[below]
            or _header_line(texts[below], knowledge)
            or (state.byline and state.byline[0] == blocks[below])
        ):
            # A short line ending in no full stop under the caption (``Save
            # this story``, a magazine's button printed twice) reads as the
            # header's furniture; a subheading over the story's second
            # paragraph reads the same: the deck is taken, said.
            if (
                kinds[below] in _PROSE_KINDS
                or len(texts[below].split()) > _DECK_BUTTON_MAX_WORDS
                or _full_stop(texts[below].strip(), knowledge)
            ):
                return body_start
            problem = Problem(
                "standfirst-may-be-lede",
                f"the block {text[:80]!r} right under the headline, over the lead "
                f"photo's caption and a short line ({texts[below].strip()[:40]!r}), was "
                "read as the standfirst: it may be the story's first paragraph",
                blocks[deck],
            )
    for prose in range(under + 1, body_end):
        if state.is_claimed(blocks[prose]):
            continue
        if kinds[prose] in _PROSE_KINDS and weights[prose] >= _LENGTH_LOW:
            break
        # Another header's byline above the prose: a section front's next
        # teaser (``Headline`` / teaser / ``By Jane Roe`` / date / ``Next
        # headline`` / teaser / ``By Tom Bay`` …), whose first teaser is no deck.
        if texts[prose][:3].casefold() == "by " and byline_line(texts[prose], knowledge=knowledge):
            return body_start
    else:
        return body_start
    if problem is not None:
        # Said only once the deck is taken (fixE61: a deck left in the body
        # under a section front's next byline was said taken).
        state.problems.append(problem)
    state.standfirst = blocks[deck]
    state.claim(blocks[deck], Role.STANDFIRST, "standfirst-above-byline")
    # A button's line right over the story's first paragraph, under the
    # caption or the header's byline (``Save this story``, ``Read Later``: a
    # magazine's): a short line of letters alone ending in no full stop, the
    # header's furniture; it opened the body (fixE61, review item 9).
    button = prose - 1
    if button > under and not state.is_claimed(blocks[button]):
        words = texts[button].split()
        if (
            kinds[button] not in _PROSE_KINDS
            and len(words) <= _DECK_BUTTON_MAX_WORDS
            and all(word.isalpha() for word in words)
            and any(state.is_claimed(blocks[k]) for k in range(under, button))
            and all(state.is_claimed(blocks[k]) for k in range(under + 1, button))
        ):
            state.claim(blocks[button], Role.FURNITURE, "button-under-header")
    return under


def _flag_deck_under_header(
    blocks: Sequence[int],
    classes: tuple[Sequence[str], Sequence[str]],
    pairs: Mapping[int, int],
    span: tuple[int, int],
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """Say ``opening-may-be-standfirst`` when the story's first block, right
    under the header's byline or date line, of a deck's length at most
    (``_HEADLINE_MAX_CHARS``), ending in a full stop, stands over a button's
    short line and the lead photo's caption (``By Jane Roe`` / ``March 4,
    2025`` / ``Sensors in the gut keep watch over its microbes.`` / ``Read
    Later`` / the photo's caption over its credit / the story, a science
    magazine): a magazine prints its deck there, between the header and the
    photo, and a short lede reads the same (standfirst60: no form tells
    them apart; a lede over the photo with no button between is common).
    Kept as the first paragraph, said. ``classes`` are the blocks' texts and
    kinds, ``pairs`` the captions over their credit's line
    (:func:`_caption_pairs`)."""
    texts, kinds = classes
    body_start, body_end = span
    first = body_start
    if not (first > 0 and first + 2 < body_end) or state.standfirst is not None:
        return
    above = blocks[first - 1]
    if not (
        state.roles[above] == Role.BYLINE
        or (
            state.rules[above] == "between-headline-and-story"
            and _is_date_line(texts[first - 1], knowledge)
        )
    ):
        return
    text = texts[first].strip()
    button = texts[first + 1].strip()
    if (
        state.is_claimed(blocks[first])
        or kinds[first] not in _PROSE_KINDS
        or len(text) > _HEADLINE_MAX_CHARS
        or not _full_stop(text, knowledge)
        or len(button.split()) > _DECK_BUTTON_MAX_WORDS
        or _full_stop(button, knowledge)
        or kinds[first + 1] in _PROSE_KINDS
        # A gallery's counter (``1 / 4``) over its first photo's caption: the
        # story's lede over its pictures, no button.
        or not button.replace(" ", "").isalpha()
    ):
        return
    photo = first + 2
    if not (
        photo in pairs
        or blocks[photo] in state.captions
        or is_page_caption(texts[photo], knowledge=knowledge)
    ):
        return
    state.problems.append(
        Problem(
            "opening-may-be-standfirst",
            f"the first paragraph {text[:80]!r}, right under the header's byline or date "
            f"line, over a button ({button[:30]!r}) and the lead photo's caption, may be "
            "the standfirst",
            blocks[first],
        )
    )


# A video's or a podcast's transcript label over the story's text.
_TRANSCRIPT_LABELS: Final = frozenset(("transcript", "video transcript", "show transcript"))


# A deck over the date line with no byline above it: at least this many words
# in small letters (a sentence-case phrase, no names).
_DECK_MIN_SMALL_WORDS: Final = 3
# What the header's lines in sentence case hold and a deck does not: a label's
# colon, a breadcrumb's separators, words about the page itself.
_HEADER_LINE_MARKS: Final = (":", "/", "|", "\u00bb", "\u203a", ">")
_PAGE_SELF_WORDS: Final = ("this article", "this story", "this page", "this video")


def _header_line_shaped(text: str) -> bool:
    """Is ``text`` a header's line rather than a deck: a label or a breadcrumb
    (``Image: …``, ``home / news``) or words about the page itself (``… of
    this article``)? String tests."""
    folded = text.casefold()
    return any(mark in text for mark in _HEADER_LINE_MARKS) or any(
        words in folded for words in _PAGE_SELF_WORDS
    )


# The words of a newsroom's signature under a deck ("Redacción", "Staff
# Reporter", "Haber Merkezi"): a short line.
_DESK_SIGNATURE_MAX_WORDS: Final = 3


# The most words of a newsroom's signature in sentence case (``Travel desk``,
# ``Staff reporter``): :func:`_desk_signature`.
_SENTENCE_CASE_DESK_WORDS: Final = 2


def _desk_signature(text: str, knowledge: Knowledge, *, sentence_case: bool = False) -> bool:
    """Is ``text`` a newsroom's signature in a byline's place (``Redacción``,
    ``Staff Reporter``, ``Haber Merkezi``): at most
    ``_DESK_SIGNATURE_MAX_WORDS`` words, one of
    ``Knowledge.byline_non_name_words``, each word capitalised as a
    signature is (``Press reaction``, a subheading, is not)? With
    ``sentence_case``, the first word alone need be (``Travel desk``, when
    the caller has asked that a desk's head word ends it), of two words at
    most: a headline of three in sentence case may end in one ("Police
    attack reporter")."""
    words = text.split()
    return (
        0 < len(words) <= _DESK_SIGNATURE_MAX_WORDS
        and (
            all(word[:1].isupper() for word in words)
            or (
                sentence_case and len(words) <= _SENTENCE_CASE_DESK_WORDS and words[0][:1].isupper()
            )
        )
        and any(word.casefold() in knowledge.byline_non_name_words for word in words)
    )


def _desk_signed_name(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a person's name and a newsroom's signature after a comma
    (``Jan Kowalski, Redakcja``, ``Ana Ruiz, Redacción``: the writer and the
    editorial staff they sign for)? Not with a word opening with a photo's
    or a video's (``Jane Roe, Photo``, ``Jane Roe, Video``, ``Jane Roe, Staff
    Photographer``: a credit). The comma asked first."""
    if ", " not in text:
        return False
    found = page_person_names(text.strip(), knowledge=knowledge)
    return (
        found is not None
        and bool(found.names)
        and found.organization is not None
        and _desk_signature(found.organization, knowledge)
        and not any(
            word.startswith((*knowledge.photo_labels, "video"))
            for word in found.organization.casefold().split()
        )
    )


def _desk_signature_over_date(
    blocks: Sequence[int],
    texts: Sequence[str],
    number: int,
    state: LineState,
    knowledge: Knowledge,
) -> bool:
    """Is block ``number`` the newsroom's signature in a byline's place, no
    writer's name (:func:`_desk_signature`), over the header's date line? A
    desk's copy prints it where a byline stands, under the deck (``Headline``
    / deck / ``Redacción`` / ``04/03/2025 12:30`` / the story): no byline is
    read from it, and the deck was left furniture."""
    return (
        _desk_signature(texts[number], knowledge)
        and number + 1 < len(blocks)
        and state.rules[blocks[number + 1]] == "between-headline-and-story"
        and _is_date_line(texts[number + 1], knowledge)
    )


def _subtitle_under_headline(
    blocks: Sequence[int],
    texts: Sequence[str],
    tokens: Sequence[list[str]],
    furniture: Sequence[bool],
    stop_words: frozenset[str] | None,
    state: LineState,
    knowledge: Knowledge,
    body_start: int | None = None,
) -> None:
    """Make the story's standfirst of the one line between its headline and its
    byline, above the story (``Headline`` / ``New timetable starts in spring,
    with fuel limits`` / ``By Jane Roe`` / date / the story), which the header
    left as furniture: a phrase of ``_SUBTITLE_MIN_WORDS`` words or more, no
    longer than a headline, holding a function word of the page's language,
    and no furniture phrase, date line or label (``Listen to this article``,
    ``Sponsored:``), nor holding a clock time or a numeric date (``Published
    Wed, Nov 20 2019 4:29 AM EST Updated an hour ago``). A page with no
    byline prints the date line there instead (``Headline`` / ``The project
    will cost Rs 1,200 crore and take three years`` / ``Updated: Jun 05, 2024
    10:32 IST`` / the story: Indian and Gulf sites), read the same. A page
    with neither prints the deck right over the story's first paragraph
    (block ``body_start``: ``Ferry fares rise`` / ``Islanders face higher
    costs from April`` / the story), and a photo's caption with no credit as
    often: such a line of a deck's shape is left out as before (heldout8),
    said (``header-line-left-out``; silent61: it was left out silently)."""
    if state.standfirst is not None or state.headline is None:
        return
    headline = bisect_left(blocks, state.headline)
    number = headline + 1
    over_story = False
    if state.byline:
        if bisect_left(blocks, state.byline[0]) != number + 1:
            return
    elif (
        number + 1 >= len(blocks)
        or not (
            (
                state.rules[blocks[number + 1]] == "between-headline-and-story"
                and (
                    _is_date_line(texts[number + 1], knowledge)
                    or _desk_signature_over_date(blocks, texts, number + 1, state, knowledge)
                )
            )
            or (over_story := number + 1 == body_start)
        )
        # A byline no form read stands there too ("Jane Roe and Tom Hale
        # HARBOUR TIMES"): without a byline, the deck must be written in
        # sentence case, as a deck under a headline is.
        or sum(word[:1].islower() for word in texts[number].split()) < _DECK_MIN_SMALL_WORDS
        # Nor the header's own lines in sentence case: a label or a
        # breadcrumb ("Image: workers fill …", "You are here: home / news"),
        # a prompt about the page ("Listen to the audio version of this article").
        or _header_line_shaped(texts[number])
    ):
        return
    index = blocks[number]
    if state.rules[index] != "between-headline-and-story" or furniture[number]:
        return
    text = texts[number].strip()
    words = tokens[number]
    # A deck of one short sentence in sentence case, no digit (``Old rivals,
    # new ending.``, a sports site's) is shorter than a subtitle's phrase and
    # may hold no function word: its full stop tells it.
    short_deck = (
        len(words) >= _DECK_MIN_WORDS
        and _full_stop(text, knowledge)
        and sum(word[:1].islower() for word in words) >= _DECK_MIN_WORDS - 1
        and not any(ch.isdigit() for ch in text)
    )
    if (
        (len(words) < _SUBTITLE_MIN_WORDS and not short_deck)
        or len(text) > _HEADLINE_MAX_CHARS
        or text.endswith(":")
        or (
            stop_words is not None
            and not short_deck
            and not any(w.casefold() in stop_words for w in words)
        )
        or _is_date_line(text, knowledge)
        # "Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago": a date
        # line with words of its own holds a clock time or a numeric date.
        or _CLOCK_OR_DATE.search(text) is not None
        # "Medically reviewed by Jane Roe, MD" over "Written by Tom Hale": a
        # health site's credit of its expert, a contributor the enrichment
        # reads from the header's line; read as the deck, it was the
        # standfirst, silently.
        or _credit_line(text, knowledge)
    ):
        return
    if over_story:
        state.problems.append(
            Problem(
                "header-line-left-out",
                f"{text[:60]!r}, a line of a deck's shape between the headline and the "
                "story with no byline or date line under it, was left out as furniture: it "
                "may be the standfirst or the lead photo's caption",
                index,
            )
        )
        return
    state.standfirst = index
    state.claim(index, Role.STANDFIRST, "standfirst-under-headline")
    _flag_bar_byline_under_deck(blocks, texts, number, state, knowledge)


def _flag_bar_byline_under_deck(
    blocks: Sequence[int],
    texts: Sequence[str],
    number: int,
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """Say ``byline-may-be-credit`` when the byline under the standfirst
    (block ``number``) is a bare ``Name | The Paper`` line, no ``By``: a
    US local paper prints its lead photo's caption and the photographer's
    credit in that very form right under the headline (``Headline`` /
    ``Buses parked at the depot on Monday.`` / ``Tom Hale | Vale Citizen``
    / the date), and its writer's byline so too under a deck; the page's
    lines do not tell the two apart (silent55: read as deck and byline,
    silently). A standfirst longer than a caption is said nothing of."""
    under = number + 1
    if (
        under < len(blocks)
        and state.byline
        and state.byline[0] == blocks[under]
        and len(state.byline) == 1
        and " | " in texts[under]
        # "By Jane Roe | Vale Citizen": an opener names the writer; a
        # photographer's credit prints none.
        and texts[under].split(None, 1)[0] not in knowledge.byline_openers
        and len(texts[number].split()) <= CAPTION_MAX_WORDS
        and name_bar_outlet(texts[under], knowledge=knowledge)
    ):
        state.problems.append(
            Problem(
                "byline-may-be-credit",
                f"the byline {texts[under].strip()[:80]!r}, a name and a paper after a bar "
                "with no 'By', stands under a one-line standfirst: it may be the "
                "photographer's credit, and the standfirst the lead photo's caption",
                blocks[under],
            )
        )


def _shown_higher_up(texts: Sequence[str], number: int, text: str) -> bool:
    """Does a block above block ``number`` show ``text`` too (in any case)? A
    section's label (``WORLD``) stands in the menu as well; a dateline alone
    on its line does not."""
    key = text.casefold()
    return any(texts[k].strip().casefold() == key for k in range(number))


# The words on each side of the dash of a place and an outlet's name
# (``الرياض - الشرق الأوسط``): at most this many.
_PLACE_AND_OUTLET_MAX_WORDS: Final = 3
_PLACE_AND_OUTLET_DASHES: Final = (" - ", " \u2013 ", " \u2014 ")


def _place_and_outlet_line(text: str) -> bool:
    """Is ``text`` (stripped) in a script without capitals (Hebrew and the
    scripts after it in Unicode) a place, a spaced dash and a name, one to
    ``_PLACE_AND_OUTLET_MAX_WORDS`` words of letters each (the name maybe
    in guillemets: ``الرياض - «الشرق الأوسط»``)? String tests, the first
    character asked first."""
    if text[:1] < "\u05d0":
        return False
    for dash in _PLACE_AND_OUTLET_DASHES:
        place, found, name = text.partition(dash)
        if found:
            sides = (place.split(), name.strip('\u00ab\u00bb"').split())
            return all(
                0 < len(words) <= _PLACE_AND_OUTLET_MAX_WORDS and all(map(str.isalpha, words))
                for words in sides
            )
    return False


def _flag_own_line_dateline(
    text: str, index: int, dateline: Dateline, story: Sequence[str], state: LineState
) -> None:
    """``dateline-own-line``: a place in capitals alone above the first
    paragraph (``ANKARA``) read as the dateline, as a section's label reads;
    not when the headline or the story (``story``) names the place after
    ``in`` in title case (``… told reporters in Ankara``): a section's label
    is a common noun, never so named."""
    if any(
        place.casefold() not in _WORLD_REGIONS and _said_in_texts(place.title(), story)
        for place in dateline.places
    ):
        return
    state.problems.append(
        Problem(
            "dateline-own-line",
            f"the line {text!r} in capitals above the first paragraph is read as the "
            "story's dateline; a section's label would read the same",
            index,
        )
    )


# A subheading is short: this many words at most.
_CONTENTS_HEADING_MAX_WORDS: Final = 8


def _contents_heading_over_story(
    blocks: Sequence[int],
    texts: Sequence[str],
    furniture: Sequence[bool],
    span: tuple[int, int],
    state: LineState,
) -> None:
    """Make the block right above the story's first paragraph its first
    subheading (``texts``: the blocks' stripped texts) when a table of
    contents above lists it with one of the story's later subheadings
    (``Contents`` / ``The vote`` / ``What happens next`` …
    over ``The vote`` / the first paragraph … ``What happens next``). The
    header left it as furniture: the story's first section lost its heading.
    A short line with no end mark, shown again higher up, the line beside
    that showing equal to a short block of the story's stretch: a section's
    label in a menu has no such neighbour. No furniture phrase is either
    (``Print`` over the story, a share bar's buttons shown twice). Asked once
    a page."""
    body_start, body_end = span
    number = body_start - 1
    if number < 2 or body_start >= body_end or furniture[number]:
        return
    index = blocks[number]
    text = texts[number].strip()
    if (
        not text
        or text[-1:] in _PARAGRAPH_ENDS
        or len(text.split(None, _CONTENTS_HEADING_MAX_WORDS)) > _CONTENTS_HEADING_MAX_WORDS
        or state.roles[index] is not Role.FURNITURE
        or index in state.byline
    ):
        return
    key, size = text.casefold(), len(text)
    # The lines above showing it again (told by their length first), and the
    # lines beside them: the list's other entries.
    beside = {
        texts[near].casefold()
        for shown in range(number - 1, 0, -1)
        if len(texts[shown]) == size and texts[shown].casefold() == key
        for near in (shown - 1, shown + 1)
        if 0 < near < number
    }
    beside.discard(key)
    if not beside:
        return
    sizes = {len(entry) for entry in beside}
    if any(
        len(texts[k]) in sizes and not furniture[k] and texts[k].casefold() in beside
        for k in range(body_start + 1, body_end)
    ):
        state.paragraphs.append([index])
        state.claim(index, Role.BODY, "page-contents-heading")


def _entry_heading_over_story(
    blocks: Sequence[int],
    texts: Sequence[str],
    furniture: Sequence[bool],
    span: tuple[int, int],
    state: LineState,
) -> None:
    """Make the block right above the story's first paragraph its first
    subheading when the story is a live blog's entries and the block is the
    first entry's heading: under the entry's stamp or a pinned post's label
    (``Hace 5 minutos`` / ``Restablecida la luz en 12.000 hogares`` / the
    entry; ``Pinned`` / ``What we know so far``), or a ticker's framed heading
    (``+++ 14:52 Uhr: Strom wieder da +++``), with a stamp or a framed
    heading among the stretch's blocks (the later entries). The header left
    it as furniture, silently, while the later entries' headings were the
    story's. A short line with no end mark; asked once a page."""
    body_start, body_end = span
    number = _left_out_over_story(blocks, furniture, span, state)
    if number is None:
        return
    text = texts[number].strip()
    framed = _ticker_entry(text)
    if not framed and (
        not text
        or text[-1:] in _PARAGRAPH_ENDS
        or len(text.split(None, _ENTRY_HEADING_MAX_WORDS)) > _ENTRY_HEADING_MAX_WORDS
        or not (
            live_blog_stamp(texts[number - 1])
            or texts[number - 1].strip().casefold() in _PINNED_LABELS
        )
    ):
        return
    if not any(
        live_blog_stamp(texts[k]) or _ticker_entry(texts[k])
        for k in range(body_start + 1, body_end)
    ):
        return
    index = blocks[number]
    state.paragraphs.append([index])
    state.claim(index, Role.BODY, "page-entry-heading")


# The most words of a live blog's entry heading under its stamp: a headline's
# (``Union says it is ready to return to talks``, nine words), longer than a
# contents heading may be; the stamp over it and the stamps below vouch for it.
_ENTRY_HEADING_MAX_WORDS: Final = 14


# Furniture phrases that label a page's own section over or under its story
# (a newswire's ``Contacts``, a match report's ``Line-ups`` and ``Player
# ratings``, a funeral home's ``Service schedule`` and ``Send flowers``, an
# author's ``Follow`` button) in the words a story's subheading writes too:
# between two of the story's paragraphs they are its subheading (``Contacts``
# over how a postman built his network of informants). Keyed as lines are
# (``_phrase_key``).
_SECTION_LABEL_KEYS: Final = frozenset(
    {
        "contacts",
        "follow",
        "match stats",
        "player ratings",
        "line ups",
        "lineups",
        "service schedule",
        "plant a tree",
        "send flowers",
    }
)


# A live blog's label over its pinned post (``Pinned``).
_PINNED_LABELS: Final = frozenset({"pinned", "pinned post"})


# Characters no subheading over the story holds: digits, a label's colon, a
# pair of buttons' slash or bar.
_HEADING_OVER_STORY_CHARS: Final = frozenset("0123456789:/|")
# How long a word of a subheading over the story must be to be looked for in
# the story's first paragraphs (``debate``, ``library``; not ``this``).
_HEADING_WORD_MIN_CHARS: Final = 5


def _left_out_over_story(
    blocks: Sequence[int], furniture: Sequence[bool], span: tuple[int, int], state: LineState
) -> int | None:
    """The number of the block right above the story's first paragraph when
    the header left it as furniture (``between-headline-and-story``) and no
    furniture phrase took it, else None: what ``heading-over-story-left-out``
    and ``sentence-over-story-left-out`` ask of the block."""
    body_start, body_end = span
    number = body_start - 1
    if number < 2 or body_start >= body_end or furniture[number]:
        return None
    if state.rules[blocks[number]] != "between-headline-and-story":
        return None
    return number


def _under_header_line(
    blocks: Sequence[int],
    lines: Sequence[Line],
    number: int,
    state: LineState,
    knowledge: Knowledge,
    *,
    sentence: str | None = None,
) -> bool:
    """Does the header right above block ``number`` end in a byline's line, a
    date line or the lead photo's caption read as one (``By Jane Roe`` /
    ``March 4, 2025`` over it; ``홍길동 기자`` / a date / ``… 달리고 있다.
    사진=연합뉴스`` over it, as Korean sites print the photo under the header)?
    With the photo's caption read above, the block is no caption either.
    Given the block's ``sentence``, the header's short furniture between is
    walked over too (:func:`_under_header_furniture`); a heading's shape
    there is a tag line's as often (``Share`` / ``Health Cannabis Policy``)."""
    index = blocks[number]
    above = blocks[number - 1]
    last = max((k for k in range(above, index) if not is_blank(lines[k].text)), default=above)
    if state.roles[last] in (Role.BYLINE, Role.CAPTION) or (
        state.rules[last] == "between-headline-and-story"
        and _is_date_line(lines[last].text.strip(), knowledge)
    ):
        return True
    return sentence is not None and _under_header_furniture(lines, last, state, knowledge, sentence)


def _opens_with_writer(sentence: str, lines: Sequence[Line], number: int, state: LineState) -> bool:
    """Does ``sentence`` open with a word of the byline's line at or right
    above line ``number`` (the header's byline and date line, a few lines)?
    A writer's bio opens with the name (``Ines Calder covers …``)."""
    words = sentence.split(None, 1)
    if not words:
        return False
    for line in range(number, max(-1, number - _HEADER_FURNITURE_LINES), -1):
        if state.roles[line] == Role.BYLINE and words[0] in lines[line].text.split():
            return True
    return False


# The most lines of the header's furniture walked over up to its byline or
# date line (a share bar's three buttons, a photo's credit and its alt text,
# a video's duration, title and show), and the most words of one of them (a
# video's title).
_HEADER_FURNITURE_LINES: Final = 6
_HEADER_FURNITURE_MAX_WORDS: Final = 12


def _under_header_furniture(
    lines: Sequence[Line], last: int, state: LineState, knowledge: Knowledge, sentence: str
) -> bool:
    """Does line ``last`` and the lines above it, up to the header's byline,
    caption or date line, hold only the header's short furniture
    (``between-headline-and-story``, each at most ``_HEADER_FURNITURE_MAX_WORDS``
    words ending in no full stop, ``_HEADER_FURNITURE_LINES`` at most)? A
    music site prints its share bar and the photo's credit and alt text
    between the byline and a one-sentence lede (``3/4/2025 by Owen Hale`` /
    ``FACEBOOK`` / ``TWITTER`` / ``Ruth Abara`` / ``Salt Lanterns`` / ``Forty
    years on, the band is still on the road.``), a business site a video's
    duration, title and show (``VIDEO 3:45`` / ``Why tanker rates … : Pro`` /
    ``Trading Desk``): the lede, left out as the header's furniture, was lost
    silently. A few lines walked, once a page. A ``sentence`` opening with
    the byline's first word is the writer's bio (``Close`` / ``Ines Calder
    covers Vale Rovers for VSN.``, a byline's pop-up), no lede."""
    walked = 0
    number = last
    while number >= 0 and walked <= _HEADER_FURNITURE_LINES:
        text = lines[number].text.strip()
        number -= 1
        if not text:
            continue
        line = number + 1
        if state.roles[line] in (Role.BYLINE, Role.CAPTION) or (
            state.rules[line] == "between-headline-and-story" and _is_date_line(text, knowledge)
        ):
            return walked > 0 and not _opens_with_writer(sentence, lines, line, state)
        if state.rules[line] != "between-headline-and-story":
            return False
        words = len(text.split(None, _HEADER_FURNITURE_MAX_WORDS))
        if words > _HEADER_FURNITURE_MAX_WORDS or _full_stop(text, knowledge):
            return False
        walked += 1
    return False


def _heading_shaped(text: str) -> bool:
    """Is ``text`` one short line of two words or more, ending in no
    paragraph's mark, opening with a capital: a subheading's or an entry
    heading's shape (``The Net Loft``)?"""
    text = text.strip()
    return (
        bool(text)
        and "\n" not in text
        and text[:1].isupper()
        and text[-1:] not in _PARAGRAPH_ENDS
        and 1 < len(text.split(None, _CONTENTS_HEADING_MAX_WORDS)) <= _CONTENTS_HEADING_MAX_WORDS
    )


def _first_entry_over_story(
    texts: Sequence[str], blocks: Sequence[int], span: tuple[int, int], state: LineState
) -> int:
    """The block right above the story's first paragraph when it is a
    listicle's first entry heading, else ``len(blocks)``: a short numbered
    line (``1. Harbour Beans, 12 Quay Street``, ``10) Tide Table``) whose
    next number, in the same mark, opens one of the few blocks under the
    paragraph (``2. The Net Loft …``, the story's next entry). A guide's
    entries alternate heading and text; the stretch starts at the first
    text, so the first heading was left out as the header's furniture,
    silently, while the others were read as the story's subheadings."""
    body_start, body_end = span
    above = body_start - 1
    if above < 1 or body_start >= body_end or state.is_claimed(blocks[above]):
        return len(blocks)
    text = texts[above].strip()
    numbered = _ENTRY_NUMBER.match(text)
    if (
        numbered is None
        or "\n" in text
        or text[-1:] in _PARAGRAPH_ENDS
        or len(text.split(None, _CONTENTS_HEADING_MAX_WORDS)) > _CONTENTS_HEADING_MAX_WORDS
    ):
        return len(blocks)
    number, mark = int(numbered[1]), numbered[2]
    for below in range(body_start + 1, min(body_end, body_start + 2 + _LIST_DETAIL_MOST)):
        entry = _ENTRY_NUMBER.match(texts[below].strip())
        if entry is not None and entry[2] == mark and abs(int(entry[1]) - number) == 1:
            return above
    return len(blocks)


# A listicle's entry heading's number and its mark (``1. ``, ``10) ``): a
# number of one or two digits, a full stop or a bracket, a space.
_ENTRY_NUMBER: Final = re.compile(r"(\d{1,2})([.)]) (?=\S)")


def _flag_heading_over_story(
    blocks: Sequence[int],
    shown: tuple[Sequence[str], Sequence[Line]],
    furniture: Sequence[bool],
    span: tuple[int, int],
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """Say so (``heading-over-story-left-out``) when the block right above
    the story's first paragraph, right under its byline or date line, is a
    short heading-shaped line left as furniture (``By Jane Roe`` / ``March 4,
    2025`` / ``A long debate over the roof`` / the first paragraph): the
    story's first subheading, lost, reads the same as a section's label
    (``Local News``) or a photo's caption with no credit, so it stays
    furniture and the story says so. Not a furniture phrase, a date line, a
    credit, a line of capitals (``dateline-own-line``) nor a line the
    header's rules claimed otherwise; asked once a page."""
    texts, lines = shown
    number = _left_out_over_story(blocks, furniture, span, state)
    if number is None:
        return
    index = blocks[number]
    text = texts[number].strip()
    if (
        not text
        or "\n" in text
        or text[-1:] in _PARAGRAPH_ENDS
        or text.isupper()
        # A button's or a count's line: ``Share on: Facebook``, ``View/Post
        # Comments``, ``5 Min Read``, ``0``.
        or not _HEADING_OVER_STORY_CHARS.isdisjoint(text)
        or not 1 < len(text.split(None, _CONTENTS_HEADING_MAX_WORDS)) <= _CONTENTS_HEADING_MAX_WORDS
        or _is_date_line(text, knowledge)
        or credit_alone(text, knowledge=knowledge) is not None
        or _shown_higher_up(texts, number, text)
    ):
        return
    # A subheading names what its section tells: one of its words of five
    # letters or more is in the story's first paragraphs (``A long debate
    # over the roof`` over a paragraph on the debate); a button's label
    # (``Print this article``, ``Share Tweet``) or a box's (``Key Points``)
    # names none of the story's words.
    words = {w.strip(_WORD_EDGES) for w in text.casefold().split()}
    body_start, body_end = span
    opening = " ".join(texts[body_start : min(body_end, body_start + 2)]).casefold()
    told = {w.strip(_WORD_EDGES) for w in opening.split()}
    if (
        not any(len(w) >= _HEADING_WORD_MIN_CHARS and w in told for w in words)
        and not (
            # A guide's entries, each a name over its text (``Harbour Beans`` /
            # its text / ``The Net Loft`` / its text): the name shares no word
            # with the text under it, but the story's next entry heading, a
            # short line under its first paragraph, is of its shape; the first
            # entry's name was left out, silently.
            body_start + 2 < body_end and _heading_shaped(texts[body_start + 1])
        )
        and not _heading_over_first_entry(texts[body_start], words, lines, state)
    ):
        return
    if not _under_header_line(blocks, lines, number, state, knowledge):
        return
    state.problems.append(
        Problem(
            "heading-over-story-left-out",
            f"the short line {text!r} between the story's header and its first paragraph "
            "was left out as furniture: it may be the story's first subheading (a section's "
            "label reads the same)",
            index,
        )
    )


def _flag_chant_over_story(
    blocks: Sequence[int],
    texts: Sequence[str],
    furniture: Sequence[bool],
    body_start: int,
    state: LineState,
) -> None:
    """Say so (``chant-over-story-left-out``) when the blocks right above the
    story's first paragraph, left out with the header
    (``between-headline-and-story``), are a chant the story opens with: one
    short line printed twice or more, each in quotation marks or in a
    crowd's voice (``"Save our library!"`` twice, ``Hands off our books``
    three times: :func:`_is_chant`), and nothing else. A story opening on
    the crowd's words was read as the header's buttons and lost, silently
    (silent64); a page's buttons printed twice (``Save this story``,
    ``Support us``, a quoted ``"Listen"``) are a word or two or name the
    page's own thing (:func:`_chant_shaped`), no crowd's demand."""
    run: list[str] = []
    number = body_start - 1
    # The run of the same line up from the story (the header's date line over
    # it was left out with the same rule).
    while (
        number >= 0
        and not furniture[number]
        and state.rules[blocks[number]] == "between-headline-and-story"
        and (not run or " ".join(texts[number].split()) == run[0])
    ):
        run.append(" ".join(texts[number].split()))
        number -= 1
    if len(run) < 2:
        return
    line = run[0]
    # A chant is a crowd's demand of a few words (``_chant_shaped``): a
    # site's button printed twice over the story (``Support us``, ``Email
    # us``, ``Support our journalism``, a quoted ``"Listen"``) is a word or
    # two, or names the site's own thing, and said a chant falsely
    # (review65).
    if len(line) > _CHANT_MAX_CHARS or (
        not _cried_out(line)
        and (
            not (line[:1] in _CHANT_QUOTES or _is_chant(line))
            or not _chant_shaped(line.casefold())
            or _bids_reader_to_site(line)
        )
    ):
        return
    state.problems.append(
        Problem(
            "chant-over-story-left-out",
            f"the line {line[:60]!r}, printed {len(run)} times between the story's header and "
            "its first paragraph, was left out as furniture: it may be a chant the story "
            "opens with",
            blocks[body_start - len(run)],
        )
    )


def _cried_out(line: str) -> bool:
    """Is ``line``, printed twice or more over the story, a crowd's cry: it
    ends in an exclamation mark (a closing quote after it or not), holds two
    words with letters at least, names none of the page's own things, and
    either opens in a quotation mark on no act a site's button bids
    (``„Wir bleiben!“``, ``“Open up!”``) or says its words again across a
    comma (``“Join us, join us!”``)? Such a chant of fewer than
    ``_CHANT_MIN_WORDS`` words, or with a site's ``us``, was left out with
    the header unsaid (silent66); a site's buttons end in no exclamation
    mark, save a bid (``Subscribe now!``, ``Support us!``). A line of marks
    (``“!”``, ``!!!``), a quoted label of one word (``“Breaking!”``) and a
    cry in no quotation marks saying no words twice (a site's ``Live!`` or
    ``Stay informed!``, its mobile and desktop copies) read as a site's
    furniture as often, and said a chant falsely (review66): a one-word cry
    (``Shame!``) goes unsaid, as before silent66."""
    bare = line.rstrip(_CHANT_CLOSERS).rstrip()
    if bare[-1:] != "!":
        return False
    folded = bare.casefold()
    words = [word.strip(_PITCH_WORD_EDGES) for word in folded.split()]
    if sum(any(char.isalpha() for char in word) for word in words) < _CRY_MIN_WORDS or any(
        first in _CHANT_PAGE_POINTERS and second in _CHANT_PAGE_THINGS
        for first, second in pairwise(words)
    ):
        return False
    before, comma, after = folded.lstrip("".join(_CHANT_QUOTES)).rstrip("!").partition(",")
    if comma and before.split() == after.split():
        return True
    return (
        line[:1] in _CHANT_QUOTES
        and words[0] not in _SITE_BID_VERBS
        and words[0] not in _PAGE_BUTTON_VERBS
    )


def _bids_reader_to_site(line: str) -> bool:
    """Is ``line`` a site's bid to its reader to reach it (``Write to us``,
    ``Donate to us today``, ``Talk to us``): a site's verb first, ``us``
    after it? A crowd speaking for itself demands of others (``Save our
    library``, ``Hands off our books``)."""
    words = [word.strip(_PITCH_WORD_EDGES) for word in line.casefold().split()]
    return bool(words) and words[0] in _SITE_BID_VERBS and "us" in words[1:]


# A site's verbs bidding the reader reach it (``Write to us``), folded.
_SITE_BID_VERBS: Final = frozenset(
    (
        "contact",
        "email",
        "write",
        "talk",
        "join",
        "follow",
        "support",
        "donate",
        "message",
        "call",
        "tell",
        "subscribe",
    )
)


# A chant in quotation marks opens with one of these; its line is short.
_CHANT_QUOTES: Final = frozenset("\"“„«»‘'「『")
_CHANT_MAX_CHARS: Final = 60
# The marks closing a chant's quotation (German ``„…“`` closes with the
# English opening mark).
_CHANT_CLOSERS: Final = "\"'”’“‘»«」』"
# The fewest words with letters of a cry (``Open up!``): a quoted label of
# one word (``“Breaking!”``) or a line of marks (``“!”``) is no chant.
_CRY_MIN_WORDS: Final = 2


def _heading_over_first_entry(
    first: str, words: set[str], lines: Sequence[Line], state: LineState
) -> bool:
    """Is the heading of ``words`` (case-folded) right over the story's first
    block ``first``, a guide's first numbered entry (``1. Harbour Beans, 12
    Quay Street``, read in by :func:`_first_entry_over_story`), a heading of
    its own (``Our favourite cafés on the quay``)? It introduces the entries,
    naming none of the first one's words, and was left out, silently. One
    writing only the headline's words (``Best cafés in Kellsmouth`` under
    ``The best cafés in Kellsmouth``) is the headline shown again: left out,
    unsaid."""
    if _ENTRY_NUMBER.match(first.strip()) is None:
        return False
    headline = lines[state.headline].text if state.headline is not None else ""
    heard = {w.strip(_WORD_EDGES) for w in headline.casefold().split()}
    return not words <= heard


# A short first paragraph holds this many words at least (a caption's label,
# ``Photo by Jane Roe.``, fewer).
_SHORT_LEDE_MIN_WORDS: Final = 4


# A site's notice over a machine-written summary of the story: "This is AI
# generated summarization, which may have errors.", "Summary is AI-generated,
# newsroom-reviewed." Searched in a block's first _AI_NOTICE_WINDOW characters.
_AI_SUMMARY_NOTICE: Final = regex.compile(r"(?i)\bAI[- ]generated,? summar")
_AI_SUMMARY_NOTICE_AFTER: Final = regex.compile(r"(?i)\bsummary is AI[- ]generated")
_AI_NOTICE_WINDOW: Final = 120


def _flag_summary_box_over_story(
    blocks: Sequence[int], texts: Sequence[str], span: tuple[int, int], state: LineState
) -> None:
    """Say so (``summary-box-over-story``) when the block right above the
    story's first paragraph is a summary box's label (``In short:``, ``Key
    points``: ``_SUMMARY_LABELS``) or a notice over a machine-written summary
    (``This is AI generated summarization, which may have errors.``): the
    box's bullets, sentences as the story's are, stand where its first
    paragraphs would, and are read as them (a public broadcaster's ``In
    short:`` / two bullets / ``What's next?`` / one bullet / the story). A
    label over the byline is :func:`_summary_box_above`'s; under the header,
    where the box ends is not told."""
    body_start, body_end = span
    if not 0 < body_start < body_end:
        return
    text = texts[body_start - 1].strip()
    window = text[:_AI_NOTICE_WINDOW]
    if not (
        _summary_label(text)
        or _AI_SUMMARY_NOTICE.search(window) is not None
        or _AI_SUMMARY_NOTICE_AFTER.search(window) is not None
    ):
        return
    state.problems.append(
        Problem(
            "summary-box-over-story",
            f"the story opens right under {text[:60]!r}, a summary box's label or notice: "
            "its first paragraphs may be the box's bullets",
            blocks[body_start],
        )
    )


def _flag_sentence_over_story(
    blocks: Sequence[int],
    shown: tuple[Sequence[str], Sequence[Line]],
    furniture: Sequence[bool],
    span: tuple[int, int],
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """Say so (``sentence-over-story-left-out``) when the block right above
    the story's first paragraph, right under its byline or date line, is one
    short sentence left as furniture (``By Jane Roe`` / ``March 4, 2025`` /
    ``A source said the council would meet in May.`` / the first paragraph):
    the story's first paragraph, shorter than a line of prose, stands outside
    the story's stretch, lost, and a photo's caption with no credit reads the
    same. A sentence of ``_SHORT_LEDE_MIN_WORDS`` words or more ending in a
    full stop (:func:`_short_sentence_under_byline`: no date line, no
    caption with a credit), one line, not shown higher up; asked once a
    page. A sentence followed by a credit the form cannot prove (``… dal
    ponte. Foto di Roma``: one capitalised word after a language's "by",
    :func:`~wirestory.captions.unproved_preposition_credit`) is asked so too:
    its caption, left out, would be lost silently."""
    texts, lines = shown
    body_start, body_end = span
    # An advertisement's label and its prompt around the sentence (``By Jane
    # Roe`` / ``March 4, 2025`` / ``Advertisement`` / the sentence / ``Story
    # continues below`` / the story): the run is read past only between two
    # blocks of prose (``_advertisement_pairs``), so at the story's top the
    # sentence was left out, silently. They are walked over on both sides.
    while (
        body_start > 2
        and furniture[body_start - 1]
        and _inline_ad(texts[body_start - 1], knowledge)
    ):
        body_start -= 1
    number = _left_out_over_story(blocks, furniture, (body_start, body_end), state)
    if number is None:
        return
    over = number
    while over > 1 and furniture[over - 1] and _inline_ad(texts[over - 1], knowledge):
        over -= 1
    # A share bar's buttons between the date line and the sentence (``March
    # 4, 2025`` / ``Facebook`` / ``Twitter`` / ``"It was chaos," said one
    # driver.``): walked over too (captions57, whose base, before body57's
    # _under_header_furniture, left it out unsaid; a caption there is read
    # by ``caption-under-share-bar``).
    while over > 1 and _share_button(texts[over - 1]):
        over -= 1
    index = blocks[number]
    text = texts[number].strip()
    # "… dal ponte. Foto di Roma": a caption whose credit the form cannot
    # prove (one capitalised word after a language's "by"), left out as the
    # sentence before it would be: asked of that sentence.
    unproved = unproved_preposition_credit(text, knowledge=knowledge)
    sentence = text if unproved < 0 else text[:unproved].rstrip()
    if (
        "\n" in text
        or len(sentence.split(None, _SHORT_LEDE_MIN_WORDS)) < _SHORT_LEDE_MIN_WORDS
        or not _short_sentence_under_byline(sentence, knowledge)
        or _shown_higher_up(texts, number, text)
        # A notice to readers under its label (``Content warning: This
        # article contains references to suicide.``, ``Editor's note: …``)
        # is no story's first paragraph: left out rightly, nothing to say.
        or _opens_with_notice(sentence, knowledge)
    ):
        return
    if not _under_header_line(blocks, lines, over, state, knowledge, sentence=sentence):
        return
    state.problems.append(
        Problem(
            "sentence-over-story-left-out",
            f"the short sentence {text[:60]!r} between the story's header and its first "
            "paragraph was left out as furniture: it may be the story's first paragraph, "
            "shorter than prose (a photo's caption with no credit reads the same)",
            index,
        )
    )


def _inline_ad(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` an advertisement's label (``Advertisement``,
    Knowledge.inline_phrases) or its prompt (``Story continues below``,
    :func:`_continuation_prompt`), printed among a story's paragraphs?"""
    return text.strip().casefold() in knowledge.inline_phrases or _continuation_prompt(text)


# The paragraphs of prose in a row that, left out between the headline and
# the story, say the story's opening may be lost; and the words each holds at
# least (a deck's or a newsletter's pitch of one sentence is shorter).
_PROSE_OVER_STORY_RUN: Final = 2
_PROSE_OVER_STORY_MIN_WORDS: Final = 12
# One paragraph alone says so when it is longer than a deck: a deck of one or
# two sentences under the headline holds fewer words.
_PROSE_OVER_STORY_ALONE_MIN_WORDS: Final = 25


def _flag_prose_over_story(
    blocks: Sequence[int],
    stripped: Sequence[str],
    kinds: Sequence[str],
    furniture: Sequence[bool],
    body_start: int,
    state: LineState,
) -> None:
    """Say so (``prose-over-story-left-out``) when two paragraphs of prose or
    more in a row, each of ``_PROSE_OVER_STORY_MIN_WORDS`` words or more ending
    in a sentence's mark, were left between the headline and the story's first
    paragraph as the header's furniture (``between-headline-and-story``): the
    story's own opening (``Meal plan for the week`` / ``March 4, 2025 | By
    Jane Roe`` / ``If you have done the spring plan, you know …`` / ``This
    plan works for both …`` / a menu of short rows / ``Related Articles`` /
    the site's disclaimer, read as the story), cut off from the stretch read
    as the story by short rows the stretch did not cross, the text read below
    it another's. A deck over the header's date line is one paragraph, and a
    newsletter's pitch stands under its own label (``Breaking News Emails``),
    not next to the deck: neither is a run. Asked once a page.

    One paragraph alone says so too when it is long (``_PROSE_OVER_STORY_ALONE_MIN_WORDS``
    words or more, ending in a full stop) and does not stand right under the
    headline: a guide's opening of one paragraph under its breadcrumb and
    date line (``How to plan a week of meals`` / ``Guides > Food`` / ``March
    4, 2025`` / ``If you have followed the spring plan, you …`` / the menu's
    rows), where a deck sits right under the headline and is shorter."""
    if state.headline is None:
        return
    headline = bisect_left(blocks, state.headline)
    run: list[int] = []
    alone: int | None = None
    for number in range(headline + 1, body_start):
        text = stripped[number]
        if (
            state.rules[blocks[number]] == "between-headline-and-story"
            and kinds[number] in _PROSE_KINDS
            and not furniture[number]
            and text[-1:] in _PARAGRAPH_ENDS
            and len(text.split(None, _PROSE_OVER_STORY_MIN_WORDS)) > _PROSE_OVER_STORY_MIN_WORDS
        ):
            run.append(number)
            if len(run) == _PROSE_OVER_STORY_RUN:
                break
            if (
                alone is None
                and number > headline + 1
                and text.endswith(".")
                and len(text.split(None, _PROSE_OVER_STORY_ALONE_MIN_WORDS))
                > _PROSE_OVER_STORY_ALONE_MIN_WORDS - 1
            ):
                alone = number
        else:
            run = []
    if len(run) < _PROSE_OVER_STORY_RUN:
        if alone is None:
            return
        run = [alone]
    state.problems.append(
        Problem(
            "prose-over-story-left-out",
            f"paragraphs of prose between the headline and the story's first paragraph "
            f"({stripped[run[0]][:60]!r} …) were left out as furniture: they may be the "
            "story's opening, the text read as the story another's",
            blocks[run[0]],
        )
    )


def _dateline_above_story(
    blocks: Sequence[int],
    texts: Sequence[str],
    body_start: int,
    body_end: int,
    furniture: Sequence[bool],
    state: LineState,
    knowledge: Knowledge,
    headline: str,
) -> None:
    """Make the story's first paragraph of a place alone on the line above it
    (``ANKARA``, then ``Turkey's parliament voted …``), as Turkish, Gulf and
    South Asian sites print the dateline: the enrichment reads it as the
    dateline (``find_dateline``'s page forms) and leaves it out of the body.
    Only right above the story, in a line the header left as furniture or did
    not claim, in capitals, not a known furniture phrase (``SHARE``) and not
    the text of a line higher up (a section's label, ``WORLD``, is in the menu
    too). A section's label printed only there reads the same, so the story
    says so (``dateline-own-line``)."""
    number = body_start - 1
    if number < 1 or body_start >= body_end:
        return
    index = blocks[number]
    # The headline and the story's blocks: where a place alone above it is named.
    named_in = (headline, *texts[body_start:body_end])
    if _dateline_over_dash(blocks, texts, number, state, knowledge, named_in):
        state.paragraphs.append([index])
        state.claim(index, Role.BODY, "paragraph")
        return
    if (state.is_claimed(index) and state.rules[index] != "between-headline-and-story") or (
        furniture[number]
    ):
        return
    text = texts[number].strip()
    if (
        (" (" in text[:_AGENCY_OPENING_REACH] and _opens_with_agency(text, knowledge))
        or _opens_with_dated_dateline(text, knowledge)
    ) and not _opens_with_own_dateline(texts[body_start], knowledge):
        sentence = _opening_sentence(text, knowledge)
        prompt = sentence.split(None, 1)[:1]
        if prompt and prompt[0].strip(_WORD_EDGES).casefold() in _TEASER_PROMPTS:
            # "PORT ELLIS, March 4 - Read our coverage of the vote.": another
            # story's teaser, its prompt's word first; no lede opens so.
            return
        # A first paragraph shorter than a line of prose ("CAIRO (Reuters) -
        # A source said …", "CAIRO, March 4 - …") stood outside the story's
        # stretch: it was lost.
        state.paragraphs.append([index])
        state.claim(index, Role.BODY, "page-agency-opening")
        story = texts[body_start:body_end]
        if not _shares_story_words(
            sentence, story[:_STORY_WORD_PARAGRAPHS], knowledge
        ) and not _restates_headline(sentence, headline, story, knowledge):
            state.problems.append(
                Problem(
                    "opening-may-be-teaser",
                    f"the short block {text[:60]!r} right above the story's first paragraph, "
                    "opening with a dateline or an agency, was read as the story's first "
                    "paragraph: it shares fewer than two of the story's words, and another "
                    "story's teaser reads the same",
                    index,
                )
            )
        return
    # A quick test first: a place in capitals is short, its region after a comma.
    if len(text) > _PLACE_ALONE_MAX_CHARS:
        return
    if _place_and_outlet_line(text) and not _shown_higher_up(texts, number, text):
        # "الرياض - الشرق الأوسط" (Riyadh - Asharq Al-Awsat): Arabic papers
        # print the place and their own name over the story, as a dateline;
        # left out as furniture, it was lost. Kept as the first paragraph,
        # no dateline read from it: a section's label and the site's name
        # read the same.
        state.paragraphs.append([index])
        state.claim(index, Role.BODY, "paragraph")
        state.problems.append(
            Problem(
                "place-and-outlet-over-story",
                f"the line {text!r} above the first paragraph, a place and a name after a "
                "dash in a script without capitals, was kept as the story's first paragraph "
                "(no dateline read from it): a section's label and the site's name read the "
                "same",
                index,
            )
        )
        return
    if not text.partition(",")[0].isupper():
        return
    dateline = find_dateline(text, knowledge=knowledge, page=True)
    if dateline is None or dateline.length < len(text):
        return
    if _shown_higher_up(texts, number, text):
        return
    state.paragraphs.append([index])
    state.claim(index, Role.BODY, "paragraph")
    _flag_own_line_dateline(text, index, dateline, named_in, state)


# A story's short opening paragraphs between the header's byline or date line
# and its first paragraph of a line's length: at least this many in a row.
_SHORT_LEAD_RUN: Final = 2
# Each of at least this many words (a sentence with its verb, no label).
_SHORT_LEAD_MIN_WORDS: Final = 5


def _short_lead_over_story(
    blocks: Sequence[int],
    texts: Sequence[str],
    body_start: int,
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """Make the story's first paragraphs of the short sentences right above its
    first paragraph of a line's length, under the header's byline or date
    line (``By Tom Harris`` / ``March 12, 2024`` / ``The council approved a
    new bridge on Tuesday.`` / ``Work will begin in the spring.`` / the
    story, as Swedish and Italian local sites print a lead of one-sentence
    paragraphs): left by the header as its furniture
    (``between-headline-and-story``), they were lost, silently (silent65).
    Two blocks in a row at least, each a sentence of
    ``_SHORT_LEAD_MIN_WORDS`` words or more ending in a full stop
    (:func:`_short_sentence_under_byline`: no date line, no caption), one
    sentence each, the
    last right above the story and the line above the first the byline or a
    date line: a deck stands right under the headline, over the byline, and
    is one block; a caption under the date line is one sentence too."""
    if state.headline is None or body_start < 2:
        return
    headline = bisect_left(blocks, state.headline)
    number = body_start - 1
    while (
        number > headline + 1
        and state.rules[blocks[number]] == "between-headline-and-story"
        and len(texts[number].split(None, _SHORT_LEAD_MIN_WORDS)) >= _SHORT_LEAD_MIN_WORDS
        and texts[number].lstrip()[:1].isupper()
        and _short_sentence_under_byline(texts[number], knowledge)
        # One sentence each: a summary box's notice (``This is AI generated
        # summarization, which may have errors. For context, …``) is two.
        and not any(f"{end} " in texts[number].strip() for end in ".!?")
    ):
        number -= 1
    first = number + 1
    if body_start - first < _SHORT_LEAD_RUN:
        return
    above = blocks[number]
    if not (
        (state.byline and above == state.byline[-1])
        or (
            state.rules[above] == "between-headline-and-story"
            and is_date_line(texts[number].strip(), knowledge=knowledge)
        )
    ):
        return
    for k in range(first, body_start):
        state.paragraphs.append([blocks[k]])
        state.claim(blocks[k], Role.BODY, "paragraph")


def _flag_blurb_opening(
    lines: Sequence[Line],
    blocks: Sequence[int],
    texts: Sequence[str],
    span: tuple[int, int],
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """Say ``opening-may-be-teaser`` when the story's first paragraph, with
    no dateline, is one sentence of one line that shares fewer than
    ``_STORY_WORDS_SHARED`` of its words with the headline and the
    paragraphs under it (:func:`_shares_story_words`). Another story's blurb
    printed above the story (``The council will also review bus fares in
    May.`` over a story on the council's library) is a paragraph of prose
    as a lede is, and was read as the story's first paragraph, silently; a
    lede names what its headline and its story tell (``The town council
    voted on Tuesday to close the old library …`` under ``Council votes to
    close old library``). A block right above the story that
    :func:`_dateline_above_story` made the first paragraph (the only
    paragraph claimed yet) has been asked; a block claimed otherwise (a
    caption) is none."""
    body_start, body_end = span
    if body_end - body_start < _BLURB_STORY_MIN_BLOCKS or state.paragraphs:
        return
    index = blocks[body_start]
    if state.is_claimed(index):
        return
    text = texts[body_start].strip()
    if "\n" in text or not _full_stop(text, knowledge) or sentence_break(text):
        return
    if len(text) > _SPACED_WORD_MAX_CHARS * len(text.split()):
        # Chinese, Japanese: a script written without spaces has no words
        # to share by splitting.
        return
    if _dashed_dateline(text, knowledge) is not None:
        return
    # The story's paragraphs of prose: a share count or a credit line kept
    # among them (``| Efe``, ``2``) names none of its words.
    story = [
        block
        for block in texts[body_start + 1 : body_end]
        if len(block.split(None, _SHORT_LEDE_MIN_WORDS)) > _SHORT_LEDE_MIN_WORDS
    ][:_STORY_WORD_PARAGRAPHS]
    if len(story) < _BLURB_STORY_MIN_BLOCKS - 1:
        # A body of short lines (``It approved the plans.``) has too few
        # words to hold the first against.
        return
    if state.headline is not None:
        headline = lines[state.headline].text
        if not _shares_story_words(story[0], [headline], knowledge):
            # A blurb sits over the story's own lede, which names what the
            # headline tells (``The town council voted … to close the old
            # library`` under ``Council votes to close old library``). When
            # the paragraph under the opening names less of it (``Engineers
            # worked through the night …`` under ``Storm brings down power
            # lines``), the opening is the lede, told in other words
            # (``Thousands of homes were left without electricity …``).
            return
        story.append(headline)
    if _shares_story_words(text, story, knowledge):
        return
    state.problems.append(
        Problem(
            "opening-may-be-teaser",
            f"the story's first paragraph {text[:60]!r} is one sentence sharing fewer than two "
            "of the words of the headline and the story under it: another story's blurb "
            "printed above the story reads the same",
            index,
        )
    )


# The fewest blocks of a story's stretch whose first is asked as a blurb: the
# blurb and three paragraphs of prose under it (a story of two or three paragraphs has
# too few words to hold the first against: a lede on the storm over two
# paragraphs on the pier's repairs shares one).
_BLURB_STORY_MIN_BLOCKS: Final = 4
# The most characters a word of a script written with spaces holds on
# average: a sentence holding more for each space is written without them.
_SPACED_WORD_MAX_CHARS: Final = 15


# A word ending a wrapped line's sentence has this many letters or more to
# be no abbreviation (``etc.``, ``vs.`` are shorter).
_WRAP_WORD_MIN_CHARS: Final = 4
# The marks ending a sentence that never goes on into small letters (a
# wrapped line's, or a quoted sentence's inside its closing quote).
_FULL_STOPS: Final = frozenset(".!?")
# What may close a sentence after its end mark, before the next one opens.
_SENTENCE_END_CLOSERS: Final = "\"'\u201d\u2019)"
_SENTENCE_OPENERS: Final = '"\u201c'


def sentence_break(text: str) -> bool:
    """Does a sentence end inside ``text``: a small letter, an end mark
    (closing quotes allowed), white space and a capital (``… a stellar year.
    It started …``)? ``U.S. Stocks`` has no small letter before its full stop.
    No pattern: asked of one line a story at most."""
    words = text.split()
    for word, following in pairwise(words):
        bare = word.rstrip(_SENTENCE_END_CLOSERS)
        if (
            len(bare) > 1
            and bare[-1] in ".!?"
            and bare[-2].islower()
            and following.lstrip(_SENTENCE_OPENERS)[:1].isupper()
        ):
            return True
    return False


# How far into a paragraph the agency's parentheses of a wire opening stand
# (a place of a few words or who told the agency, "مصدر (رويترز) -"), and
# the most characters an agency's name in them holds.
_AGENCY_OPENING_REACH: Final = 40
_AGENCY_NAME_MAX_CHARS: Final = 40
# The fewest words after the dash: a sentence, no label.
_AGENCY_SENTENCE_MIN_WORDS: Final = 3


# The first word of a teaser's prompt to another story ("Read our coverage
# of the vote.", "Watch: …", "See the full results."), lower-case.
_TEASER_PROMPTS: Final = frozenset(
    {"read", "watch", "see", "listen", "follow", "click", "explore", "discover"}
)
# A word of the story a short first paragraph shares is this long at least
# in a script with capitals ("vote", "coach"; not "the", "was"); a script
# without them spells its words shorter ("قال").
_STORY_WORD_MIN_CHARS: Final = 4
_UNCASED_STORY_WORD_MIN_CHARS: Final = 3
# The story's paragraphs whose words a short first paragraph is held against.
_STORY_WORD_PARAGRAPHS: Final = 4
# How many of the story's words a short first paragraph shares at least to
# be read with no doubt: a teaser of a related story shares one as often
# ("PORT ELLIS, March 4 - The council sets a new parking charge." over a
# story on the council's library); a lede names its story's subject and
# what befell it ("To LeBron James, triple-doubles are not a goal.").
_STORY_WORDS_SHARED: Final = 2


def _opening_sentence(text: str, knowledge: Knowledge) -> str:
    """The sentence after a short first paragraph's dateline or agency's
    dash (``CAIRO, March 4 - A source said …``: ``A source said …``)."""
    dateline = _dashed_dateline(text, knowledge)
    if dateline is not None and dateline.length < len(text):
        return text[dateline.length :].strip()
    rest = text[text.find(")", 0, _AGENCY_OPENING_REACH + _AGENCY_NAME_MAX_CHARS) + 1 :].lstrip()
    dashes = [d for d in knowledge.dateline_dashes if rest.startswith(d)]
    return rest[len(max(dashes, key=len)) :].strip() if dashes else rest


def _shares_story_words(sentence: str, story: Sequence[str], knowledge: Knowledge) -> bool:
    """Does ``sentence``, a short first paragraph's, share
    ``_STORY_WORDS_SHARED`` words or more with ``story`` (the story's first
    paragraphs, the headline), no function word
    (:attr:`Knowledge.stop_words`, :attr:`Knowledge.speech_verbs`), one word
    holding the other (``vote``, ``voted``; Arabic's ``مجلس``, ``المجلس``,
    its article glued on) and long enough to tell (``To the coach, wins are
    not a goal.`` over a story on the coach and its wins shares ``coach`` and
    ``wins``)? A teaser of
    another story (``The ferry fares rise in June.``) names its own story's
    words, or one of a related story's (``The council sets its budget``)."""
    stop = _lede_stop_words(knowledge)
    told = _story_words(" ".join(story), stop)
    # A word (no space in it) held in one of the story's words is held in
    # their text joined by spaces; a story's word held in it is looked for by
    # a map in C. A generator over the story's words cost a Python step for
    # each pair, and every short first paragraph asks (heldout31's rules ask
    # it of more).
    told_text = " ".join(told)
    # Counted until enough are shared: a lede shares its first words, and
    # each word is held against every word the story told.
    shared = 0
    for word in _story_words(sentence, stop):
        if word in told_text or any(map(word.__contains__, told)):
            shared += 1
            if shared == _STORY_WORDS_SHARED:
                return True
    return False


@per_knowledge
def _lede_stop_words(knowledge: Knowledge) -> frozenset[str]:
    """The function words a short first paragraph's words are held against
    the story's without (:attr:`Knowledge.stop_words`,
    :attr:`Knowledge.speech_verbs`); made once per record, as every story's
    first paragraph may ask."""
    stop = {w for _, words in knowledge.stop_words for w in words}
    stop.update(knowledge.speech_verbs)
    return frozenset(stop)


def _story_words(text: str, stop: Collection[str]) -> set[str]:
    """The words of ``text`` a short first paragraph is held against its story
    by: case-folded, long enough to tell, no word of ``stop``."""
    found = set()
    for word in text.casefold().split():
        word = word.strip(_WORD_EDGES)
        # The length first: only a word of three letters is told by its
        # script (Arabic's "قال" counts, "the" does not).
        if len(word) < _UNCASED_STORY_WORD_MIN_CHARS or word in stop:
            continue
        if len(word) < _STORY_WORD_MIN_CHARS and has_case(word):
            continue
        found.add(word)
    return found


def _same_stem(word: str, other: str) -> bool:
    """Are ``word`` and ``other`` one word's forms: one holds the other
    (``vote``, ``voted``), or they part only after all but the shorter's
    last letter, ``_STORY_WORD_MIN_CHARS`` letters at least (``close``,
    ``closing``; ``library``, ``libraries``)?"""
    if word in other or other in word:
        return True
    least = max(_STORY_WORD_MIN_CHARS, min(len(word), len(other)) - 1)
    return word[:least] == other[:least]


def closing_section_goes_on(
    heading: str,
    sentence: str,
    story: Sequence[str],
    knowledge: Knowledge,
    *,
    in_series: bool = False,
) -> bool:
    """Is a subheading over one sentence closing a story plainly the story's
    own last section: the sentence restates none of the heading's words and
    names ``_STORY_WORDS_SHARED`` of the words of the story's last paragraphs
    above (``story``) or more, two of its words in three at least the story's
    under a heading of more than one word (``What happens next?`` / ``The
    council will meet again in May to vote on the plan …``)? Another story's teaser, its
    headline over its blurb, tells its headline again (``Council to review
    bus fares in May`` / ``The council will review the fares …``); a
    section's heading is a signpost its sentence does not repeat. A heading
    ``in_series``, opening as another of the story's subheadings above does
    (an explainer's ``What we know`` / ``What we don't know`` / ``What
    happens next``), is a signpost whatever its length: its sentence need
    only name the story's words."""
    stop = _lede_stop_words(knowledge)
    said = _story_words(sentence, stop)
    heading_words = _story_words(heading, stop)
    if any(_same_stem(word, other) for word in said for other in heading_words):
        return False
    told = _story_words(" ".join(story[-_STORY_WORD_PARAGRAPHS:]), stop)
    shared = sum(any(_same_stem(word, other) for other in told) for word in said)
    # "Harbour festival returns" / "The town council will open the station
    # square to food stalls in June": a teaser under a heading its blurb does
    # not repeat may still name the story's council and station, but it tells
    # of its own square and stalls; under a heading naming things, as a
    # headline does, the story's own last section speaks mostly in the story's
    # words. A signpost of one word ("Reaction", "Background", "The cost")
    # names no story's subject.
    return shared >= _STORY_WORDS_SHARED and (
        in_series
        or len(heading_words) <= _SIGNPOST_HEADING_WORDS
        or shared * _CLOSING_OWN_WORDS_PARTS[1] >= len(said) * _CLOSING_OWN_WORDS_PARTS[0]
    )


# The share of a closing sentence's words (numerator, denominator) the story's
# last paragraphs name at least for its heading to be the story's own section:
# two in three ("What happens next?" / "The council will meet again in May to
# vote on the plan …": five of seven), when the heading names more words than
# a signpost does.
_CLOSING_OWN_WORDS_PARTS: Final = (2, 3)
_SIGNPOST_HEADING_WORDS: Final = 1


def _restates_headline(
    sentence: str, headline: str, story: Sequence[str], knowledge: Knowledge
) -> bool:
    """Does ``sentence``, a short first paragraph's, restate the story's
    headline: two of its words or more are the headline's (``The library is
    closing.`` under ``Council votes to close old library``), and each of
    its words is the headline's or the story's first paragraphs'? A story's
    short lede tells its headline again in other forms of its words; a
    related story's teaser shares one of them (``The council sets a new
    parking charge.``: ``council``) or names a thing the story does not
    (``The council sets a new library fee.``: ``sets``, ``fee``)."""
    stop = _lede_stop_words(knowledge)
    said = _story_words(sentence, stop)
    heard = _story_words(headline, stop)
    told = _story_words(" ".join(story[:_STORY_WORD_PARAGRAPHS]), stop) | heard
    restated = sum(any(_same_stem(word, other) for other in heard) for word in said)
    return restated >= _STORY_WORDS_SHARED and all(
        any(_same_stem(word, other) for other in told) for word in said
    )


def _opens_with_agency(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` open as a wire story's paragraph: a few words, a known
    agency in parentheses, a dash, then a sentence ending in a full stop
    (``CAIRO (Reuters) - A source said …``, ``القاهرة (رويترز) - قال …``,
    and ``مصدر (رويترز) - قال مصدر …``, who told the agency standing where
    the place does)? No caption, deck or header line opens so: right above
    the story, such a block is its first paragraph, shorter than prose."""
    opening = text.find(" (", 0, _AGENCY_OPENING_REACH)
    close = text.find(")", opening + 2, opening + 2 + _AGENCY_NAME_MAX_CHARS)
    if opening < 1 or close < 0:
        return False
    if text[opening + 2 : close].strip().casefold() not in agency_spellings(knowledge):
        return False
    head = text[:opening].strip()
    if head.casefold() in knowledge.photo_labels or head.casefold() in knowledge.box_labels:
        # "File photo (Reuters) - Pupils leave …", "Related (AFP) - …": a
        # caption's or a box's label, no place nor source.
        return False
    if has_case(head) and not head.isupper():
        # Letters with case not in capitals: only a place read as the
        # dateline's ("Harbourton (AFP) -", "Rio de Janeiro (Reuters) -");
        # "Pupils leave (Reuters) - …", "Video (Reuters) - …" are a caption's
        # or a teaser's words ("SOURCE (Reuters) -" in capitals, "مصدر
        # (رويترز) -" in a script without case stand where a place does).
        dateline = find_dateline(text, knowledge=knowledge, page=True)
        if dateline is None or not dateline.agencies:
            return False
    rest = text[close + 1 :].lstrip(" ")
    dashes = [d for d in knowledge.dateline_dashes if rest.startswith(d)]
    if not dashes:
        return False
    sentence = rest[len(max(dashes, key=len)) :]
    return (
        sentence[:1] in (" ", "\t")
        and len(sentence.split()) >= _AGENCY_SENTENCE_MIN_WORDS
        and _full_stop(sentence, knowledge)
    )


def _opens_with_dated_dateline(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` open with a dateline holding more than a place (a date,
    a region, an agency: ``CAIRO, March 4 -``, ``OSLO, Norway -``;
    :func:`~wirestory.datelines.more_than_place`), then a sentence of
    ``_AGENCY_SENTENCE_MIN_WORDS`` words or more ending in a full stop? A
    place alone in capitals (``MARKETS - …``) is a section's label as often.
    String tests first: a full stop ending the block (the sentence's end),
    a dash within a dateline's reach."""
    if not _full_stop(text, knowledge):
        return False
    dateline = _dashed_dateline(text, knowledge)
    if dateline is None or not more_than_place(dateline):
        return False
    sentence = text[dateline.length :]
    return len(sentence.split()) >= _AGENCY_SENTENCE_MIN_WORDS and _full_stop(sentence, knowledge)


def _opens_with_own_dateline(text: str, knowledge: Knowledge) -> bool:
    """Does the story's first paragraph open with a dateline of its own
    (``PORT ELLIS (Reuters) - The council …``)? A story has one: a short
    block above it opening with another (``HARBOURTON, March 3 - The ferry
    will sail …``) is another story's summary, a teaser, no paragraph of it.
    A page dateline with a dash within a dateline's reach
    (:func:`_dashed_dateline`), not the header's :func:`_wire_dateline`: a
    story opening ``Dubai: Fares – the first rise in years – …`` has its own
    dateline by this test and none by that one (review63: sharing the
    header's test left such a story's teaser in its body)."""
    return _dashed_dateline(text, knowledge) is not None


def _dashed_dateline(text: str, knowledge: Knowledge) -> Dateline | None:
    """The dateline opening ``text`` before a dash (``find_dateline``'s page
    forms), else None; a string test first, a dash within a dateline's
    reach."""
    head = text[:_DATELINE_ALONE_MAX_CHARS]
    if not any(dash in head for dash in knowledge.dateline_dashes):
        return None
    return find_dateline(text, knowledge=knowledge, page=True)


# A dateline alone on its line is short: a place, a date, a site or an agency.
_DATELINE_ALONE_MAX_CHARS: Final = 60


def _dateline_over_dash(
    blocks: Sequence[int],
    texts: Sequence[str],
    number: int,
    state: LineState,
    knowledge: Knowledge,
    named_in: Sequence[str],
) -> bool:
    """Is block ``number``, right above the story's first paragraph with no
    blank line between, a dateline whose dash opens that paragraph
    (``JAKARTA, KOMPAS.com`` / ``– The minister said …``: a scrape broke the
    line at the dash)? Read as one, the two are a dateline of a page's form;
    the line is left to the enrichment, which reads it so. Only a line the
    header left as furniture or did not claim. ``named_in``: the headline and
    the story's blocks, where a place alone in capitals may be named
    (:func:`_flag_own_line_dateline`)."""
    index = blocks[number]
    if blocks[number + 1] != index + 1:
        return False
    if state.is_claimed(index) and state.roles[index] is not Role.FURNITURE:
        return False
    text = texts[number].strip()
    opening = texts[number + 1].lstrip()
    if (
        not text
        or len(text) > _DATELINE_ALONE_MAX_CHARS
        or not opening.startswith(knowledge.dateline_dashes)
    ):
        return False
    dash = max((d for d in knowledge.dateline_dashes if opening.startswith(d)), key=len)
    if opening[len(dash) : len(dash) + 1] not in (" ", "\t"):
        return False
    dateline = find_dateline(f"{text} {opening}", knowledge=knowledge, page=True)
    taken = len(text) + 1 + len(dash)
    if dateline is None or not taken <= dateline.length <= taken + 2:
        return False
    if more_than_place(dateline):
        return True
    # A place alone in capitals (``ANKARA``): a section's label over a list of
    # dashed items reads the same, so only as _dateline_above_story takes one
    # (not shown higher up the page), with its doubt said.
    if not text.isupper() or _shown_higher_up(texts, number, text):
        return False
    _flag_own_line_dateline(text, index, dateline, named_in, state)
    return True


def _short_sentence_under_byline(text: str, knowledge: Knowledge) -> bool:
    """A line under the byline that is a short first paragraph, not the
    header's furniture: it ends in a full stop (``The crossings stopped at
    midnight.``, ``"It was chaos," said one driver.``) and is no date line
    (``Updated Nov. 19, 2019 6:10 a.m.``) and no photo caption. A share count
    (``0``) or a label ends in none."""
    stripped = text.strip()
    return (
        _full_stop(stripped, knowledge)
        and " " in stripped
        and not is_date_line(stripped, knowledge=knowledge)
        and not is_page_caption(stripped, knowledge=knowledge)
    )


# Words before "by" that make the line under a story its writer's byline
# ("Written by Jane Roe, Staff Writer", "Story by Jane Roe"); "Reporting by"
# and "Edited by" are trailers' contributors, read by the enrichment.
_AFTER_STORY_FRAMES: Final = ("written by ", "story by ", "posted by ", "words by ")


def _opens_like_a_byline(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` open as a byline printed under a story: ``By …``, a frame
    of ``_AFTER_STORY_FRAMES``, or a writer's label and its colon
    (``Penulis : Rina Wulan`` over ``Editor : Agus Salim``, Indonesian portals;
    ``Haber: Elif Şahin - Kamera: Burak Aydın``, Turkish agencies; each a
    label of ``Knowledge.page_byline_openers``)? Read as none, the writer
    so signing the story under it was left out, silently (heldout41)."""
    opening = text.lstrip()[:12].casefold()
    if opening[:3] == "by " or opening.startswith(_AFTER_STORY_FRAMES):
        return True
    label, colon, _ = text.lstrip()[:24].partition(":")
    return bool(colon) and f"{label.rstrip()}:" in knowledge.page_byline_openers


def _byline_after_story(
    texts: Sequence[str],
    blocks: Sequence[int],
    number: int,
    state: LineState,
    knowledge: Knowledge,
    *,
    bare_name: bool,
) -> bool:
    """A byline printed right under the story (block ``number``: the stretch's
    last, or the first after the stretch and its trailer) when the header holds
    none: ``By Jane Roe`` or ``By Jane Roe, Transport Correspondent`` after the
    last paragraph, as British and Gulf sites print it. Only a line opening with ``By`` and only
    right under the story: a listing below prints its items' authors under
    their headlines, never straight under the story's last paragraph. With
    ``bare_name`` (a page not in English) a name alone there too
    (:func:`_name_after_story`). True when the block is one."""
    if number >= len(texts):
        return False
    if texts[number].lstrip()[:1] == "[" and (
        bracketed := bracketed_byline(texts[number], knowledge=knowledge)
    ):
        # "[Jane Roe/The Vale Post]" under the story: a writer and an
        # outlet in brackets sign it, as a photo's credit is printed too.
        state.byline_from_below(
            blocks[number],
            bracketed,
            "the byline was read from a writer and an outlet in brackets under the story, "
            "the header holding none: it may be a photo's credit",
        )
        return True
    if "@" in texts[number] and texts[number].lstrip()[:1] >= "\uac00":
        # "홍길동 기자 hong@example.co.kr" under the story (Korean papers):
        # the reporter's name, title and address sign it, no heading reads so.
        korean = script_byline(texts[number], knowledge=knowledge)
        if korean is not None:
            state.byline_from_below(
                blocks[number],
                korean,
                "the byline was read from a reporter's name, title and address under "
                "the story, the header holding none",
            )
            return True
    if "@" in texts[number] and _name_and_address_after_story(
        texts, blocks, number, state, knowledge
    ):
        return True
    if not _opens_like_a_byline(texts[number], knowledge):
        return bare_name and _name_after_story(texts, blocks, number, state, knowledge)
    found = byline_line(texts[number], knowledge=knowledge)
    if found is None or len(texts[number]) > _NAME_LINE_MAX_CHARS:
        return False
    # A related story's headline under the story reads like a byline (``By Sea
    # Or Air``, ``By Then It Was Too Late``).
    if names_hold_function_words(found, knowledge=knowledge):
        return False
    # Capitalised words only may still be a related headline (``By Royal
    # Appointment``): the record says where the byline came from.
    state.byline_from_below(
        blocks[number],
        found,
        "the byline was read from a 'By …' line under the story, the header holding "
        "none: it may be a related story's headline",
    )
    return True


# The words of a writer's name alone under the story, at most.
_NAME_AFTER_STORY_MAX_WORDS: Final = 4


def _name_after_story(
    texts: Sequence[str],
    blocks: Sequence[int],
    number: int,
    state: LineState,
    knowledge: Knowledge,
) -> bool:
    """The writer's name alone on the line right under the story (block
    ``number``) when the header holds no byline: Vietnamese sites sign a story
    so (``… 20 tuyến xe buýt điện.`` / ``Hoài Thu`` / ``Chia sẻ``), the name in
    bold under the last paragraph, no ``By``. Two to four capitalised words of
    letters, no end mark, a person's name
    (:func:`~wirestory.bylines.page_person_names`), no title or outlet. Asked
    of pages not in English only: under an English story such a line is a
    tag, a box's label or a button (``Related Topics``, ``Report Error``), the
    writer signing with ``By``. A short related headline or a place's name
    reads the same, so the record says where the byline came from. True when
    the block is one."""
    text = texts[number].strip()
    words = text.split()
    if (
        not 2 <= len(words) <= _NAME_AFTER_STORY_MAX_WORDS
        or not all(word[:1].isupper() and word.isalpha() for word in words)
        or text[-1:] in _PARAGRAPH_ENDS
        or is_date_line(text, knowledge=knowledge)
        or not _nothing_told_under(texts, number + 1)
        # A box's label in the site's language (``Berita Berkaitan``, Malay
        # "related news", under the agency's ``-- BERNAMA``) reads as a name
        # of two capitalised words (heldout41).
        or furniture_phrase(text, knowledge=knowledge)
    ):
        return False
    found = page_person_names(text, knowledge=knowledge)
    if (
        found is None
        or not found.names
        or found.organization is not None
        or found.raw != text
        or names_hold_function_words(found, knowledge=knowledge)
    ):
        return False
    state.byline_from_below(
        blocks[number],
        found,
        "the byline was read from a name alone under the story, the header holding "
        "none: it may be a short related headline or a place's name",
    )
    return True


# A writer's name and their e-mail address signing a story on one line
# (``Lee Min-ji minji@valeherald.co.kr``): two to four words of letters and
# hyphens, one space, one address. Each run stops at a space or an "@": linear.
_NAME_AND_ADDRESS: Final = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}-]*+(?: \p{Lu}[\p{L}-]*+){1,3}) [^\s@]++@[^\s@.]++(?:\.[^\s@.]++)++"
)


def _name_and_address_after_story(
    texts: Sequence[str],
    blocks: Sequence[int],
    number: int,
    state: LineState,
    knowledge: Knowledge,
) -> bool:
    """The writer's name and e-mail address on the line right under the
    story (block ``number``) when the header holds no byline: English-
    language papers of Korea and Japan sign a story so (``… after six
    months.`` / ``Lee Min-ji minji@valeherald.co.kr``), as Korean ones do in
    their own script. The name a person's
    (:func:`~wirestory.bylines.page_person_names`), no title or outlet; under
    it nothing more of a story. Left unread, the page had no byline, the line
    furniture, silently. True when the block is one."""
    text = texts[number].strip()
    signed = _NAME_AND_ADDRESS.fullmatch(text)
    if signed is None or not _nothing_told_under(texts, number + 1):
        return False
    found = page_person_names(signed.group("name"), knowledge=knowledge)
    if (
        found is None
        or not found.names
        or found.organization is not None
        or names_hold_function_words(found, knowledge=knowledge)
    ):
        return False
    state.byline_from_below(
        blocks[number],
        attrs.evolve(found, raw=text),
        "the byline was read from a name and an e-mail address under the story, the "
        "header holding none: it may be a contact's line",
    )
    return True


def _nothing_told_under(texts: Sequence[str], number: int) -> bool:
    """Does block ``number`` tell nothing more of a story: no block, or a short
    line (``_NAME_AFTER_STORY_MAX_WORDS`` words and two more at most: a
    button, a box's label) ending in no full stop and no colon? Under a
    name that signs the story the page's furniture follows; under a photo's
    label or a subheading (``Kyle Busch`` over ``Final standings after 36
    races:``) the story goes on."""
    if number >= len(texts):
        return True
    text = texts[number].strip()
    return (
        len(text.split(None, _NAME_AFTER_STORY_MAX_WORDS + 2)) <= _NAME_AFTER_STORY_MAX_WORDS + 2
        and text[-1:] not in _PARAGRAPH_ENDS
        and text[-1:] != ":"
    )


def _byline_from_bio(
    texts: Sequence[str],
    blocks: Sequence[int],
    span: tuple[int, int],
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """The byline from the writer's bio box under the story when the header
    holds none: one of the ``_BIO_AFTER`` blocks under the story's stretch of
    an author bio's shape (:func:`author_bio`: ``Jane Roe is a freelance
    reporter …``, ``Write to Jane Roe at …``), or one farther down whose
    writer's name stands alone on a line over the story, furniture until now;
    the story says where its byline came from (``byline-from-author-bio``). A bio
    inside the stretch stays in the body, as the labelled pages keep it
    (``author-bio-in-body``)."""
    start, end = span
    named: frozenset[str] | None = None
    for number in range(max(end, start + 1), len(texts)):
        text = texts[number]
        # author_bio's two forms hold " is " or "Write to ": most blocks under
        # a story (links, menus, the footer) hold neither, told in C.
        if (" is " not in text and "Write to " not in text) or state.is_claimed(blocks[number]):
            continue
        found = author_bio(text, knowledge=knowledge)
        if found is None:
            continue
        if number >= end + _BIO_AFTER:
            # Farther down (the stretch cut short by a box inside the story,
            # a list of related links over the bio), the bio's writer must
            # stand alone on a line over the story too (``Jane Roe`` over the
            # headline or the first paragraph, a page's name line with no
            # ``By``): a bio of someone else under a listing has no such line.
            if named is None:
                named = frozenset(text.strip() for text in texts[:start])
            if found.names[0] not in named:
                continue
        state.byline_from_below(
            blocks[number],
            found,
            "the byline was read from the writer's bio under the story, the header "
            "holding none: a profile's closing lines have the same shape",
            rule="byline-author-bio",
            code="byline-from-author-bio",
        )
        return


# How many blocks under the story's stretch are looked at for a writer's bio.
_BIO_AFTER: Final = 3
# A bio read for a byline is a sentence or two: at most this many characters.
_BIO_LINE_MAX_CHARS: Final = 300
# How far into the bio's sentence after "is" the writer's title stands:
# "is an Ideas contributor at", "is a freelance reporter focusing on".
_BIO_TITLE_WINDOW: Final = 40
# What opens the bio's description: "Jane Roe is a reporter", "is an editor",
# "is the paper's correspondent".
_BIO_ARTICLES: Final = ("a ", "an ", "the ")
# author_bio: a preposition between the article and the writer's title
# ("… is a dangerous place for a journalist"): the title is no description of
# the sentence's subject. A literal alternation.
_BIO_COMPLEMENT: Final = re.compile(r" (?:to|for|of|in|on|with|like|as) ")


def author_bio(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Byline | None:
    """The writer an author bio under a page's story names, or None: ``Write
    to Jane Roe at jane.roe@example.com`` (a business paper's form), or a
    person's name (a handle in parentheses may follow) then ``is a``, ``is
    an`` or ``is the`` and a writer's title within a few words (``Jane Roe
    (@janeroe) is an Ideas contributor at …``, ``Jane Roe is a freelance
    reporter focusing on …``; :attr:`Knowledge.writer_titles
    <wirestory.Knowledge.writer_titles>`). A page layout rule
    (``byline-author-bio``).

    >>> author_bio("Jane Roe is a freelance reporter covering the coast.").names
    ('Jane Roe',)
    >>> author_bio("Write to Jane Roe at jane@example.com").names
    ('Jane Roe',)
    >>> author_bio("Jane Roe is a nurse at the harbour clinic.") is None
    True
    """
    stripped = text.strip()
    if len(stripped) > _BIO_LINE_MAX_CHARS:
        return None
    if stripped.startswith("Write to "):
        name, at, _ = stripped[len("Write to ") :].partition(" at ")
    else:
        name, at, rest = stripped.partition(" is ")
        title = writer_title(rest[:_BIO_TITLE_WINDOW], knowledge=knowledge)
        if (
            not rest.startswith(_BIO_ARTICLES)
            or title is None
            # "Hong Kong is the worst place to be a journalist.", "Vale City is
            # a hard place for a reporter.": the title is another noun's
            # complement, after a preposition, no description of the subject.
            or _BIO_COMPLEMENT.search(rest, 0, title.start()) is not None
        ):
            return None
        handle = name.rfind(" (@")
        if handle > 0 and name.endswith(")"):
            name = name[:handle]
    if not at or not 2 <= len(name.split()) <= _NAME_WORDS:
        return None
    found = page_person_names(name, knowledge=knowledge)
    if found is None or len(found.names) != 1 or found.organization is not None:
        return None
    return Byline(raw=stripped, names=found.names, organization=None)


# A sentence break inside a block: an end mark, closing quotes or brackets,
# white space and a capital (``Like this story? Share it …``).
_SENTENCE_BREAK = regex.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]?\p{Lu}")
# A closing sentence has at least this many words: ``Thanks Junior!``,
# ``Sharing is caring!`` are furniture's exclamations.
_CLOSING_MIN_WORDS: Final = 4
# Scripts without capitals (Hebrew, Arabic, Hangul, Devanagari) glue articles,
# prepositions and particles to their words ("במאי", in May; "기자들에게", to
# the reporters): a story's last sentence there may be two or three words
# ("העבודות יתחילו במאי.", "장관은 기자들에게 말했다."), as short as a prompt.
_CLOSING_MIN_CASELESS_WORDS: Final = 2
# The same in characters for a sentence of a script set without spaces
# (Chinese, Japanese): about four words.
_CLOSING_MIN_UNSPACED: Final = 12
# Words of a Chinese or Japanese site's copyright notice (copyright,
# reprinting, reproduction): such a line under the story is the site's.
_CJK_NOTICE_WORDS: Final = ("版权", "版權", "著作権", "转载", "轉載", "転載", "复制", "複製")
# Words of a prompt to the reader (please, click, follow, "from here"): a
# line holding one only may be the story's closing sentence.
_CJK_PROMPT_WORDS: Final = ("ください", "こちら", "请", "請", "点击", "點擊", "关注", "關注")


# An interview's question and answer labels with their full stop, opening a turn.
_TURN_LABELS: Final = frozenset({"Q. ", "A. "})


def _closing_shape(
    text: str, tokens: Sequence[str], stop_words: frozenset[str] | None
) -> bool | None:
    """Whether a short block is a sentence of the story's own (True), may be one
    (None), or is not one (False).

    A story's last paragraph is often one short sentence (``The boat sails
    again on Monday.``, ``Prelogar, it turned out, won that vote, too.``):
    short and at the stretch's edge, jusText's context makes it furniture. Its
    form: one sentence (a full stop, ``!`` or ``?`` at the end and nowhere
    else before a capital), at least ``_CLOSING_MIN_WORDS`` words (in a script
    without capitals two or three only may be one), most of the
    words after the first in small letters, a function word among them. The
    furniture under a story is link labels and prompts (``Share this``,
    ``Related Topics``, ``Tags: …``, no full stop), credits (``Anna Berg
    and Tom Hale wrote from Hong Kong.``: as many names as words) and
    prompts of two sentences (``Like this story? Share it with a friend!``,
    ``Follow me on Twitter. Check out my website.``): one sentence whose later
    words are names as often as not, or two sentences, *may* be the story's
    (``Written by Jane Roe and Tom Hale, the play opens in May.``). An agency's
    sign-off glued after the full stop (``… up the coast. --IANS``, ``… coast.
    — With inputs from PTI``, ``… coast. (AFP)``) is read past: the sentence
    before it is what has the shape, and the block stays whole."""
    text = _before_sign_off(text)
    if len(text) >= _LENGTH_LOW and _unmarked_prose(text):
        # A Thai paragraph ends in no full stop, and one of a clause or two
        # (under 200 characters) is only short: the story's last paragraph or
        # a teaser's line of a box under it read the same, so it may be one.
        return None
    if text[-1:] == "。":
        # Chinese and Japanese set no spaces between words: one sentence (no
        # other full stop in it) of a short paragraph's length is the
        # story's (``新图书馆将于明年春天正式开放。``), two may be.
        if " " in text or len(text) < _CLOSING_MIN_UNSPACED:
            return False
        if any(word in text for word in _CJK_NOTICE_WORDS):
            # "版权所有，未经许可不得转载。", "記事の無断転載を禁じます。": the
            # site's copyright notice, no sentence of the story.
            return False
        if any(word in text for word in _CJK_PROMPT_WORDS):
            # "ご意見はこちらからお寄せください。": a prompt to the reader, or
            # a story's sentence quoting one: only may be the story's.
            return None
        return "。" not in text[:-1] or None
    if text[-1:] == ":" and text[-2:-1] not in _CLOSING_ENDS + ":":
        # A sentence leading into what the page no longer shows (``The
        # council will meet next week to settle the following questions:``
        # as the story's last block, its list lost by the scraper, or over a
        # footer): with a sentence's form it may be the story's last
        # paragraph, or a prompt over the site's icons (``Follow us on social
        # media for all the news:``), so it only may be one. It was left out
        # silently.
        # Two or three words over a colon are a label (``See more photos:``,
        # ``About this statement:``), not a sentence leading in.
        label = len(text.split()) < _CLOSING_MIN_WORDS and has_case(text)
        if label or _closing_shape(text[:-1] + ".", tokens, stop_words) is False:
            return False
        return None
    if text[-1:] not in _CLOSING_ENDS or text.endswith(".."):
        return False
    if text[:3] in _TURN_LABELS:
        # An interview's turn, "Q. What happens next?", "A. The books move in
        # May.": the label's full stop parts no sentence.
        text = text[3:]
    words = text.split()
    # Words as a script without spaces counts them too (lines.word_count):
    # a Khmer or Burmese sentence of two runs between spaces is a dozen
    # words, no label's two.
    if word_count(text) < _CLOSING_MIN_WORDS:
        # Shorter than a sentence of the story in a script with capitals;
        # in one without, it only may be one (left out, and said so: it was
        # lost silently).
        caseless = len(words) >= _CLOSING_MIN_CASELESS_WORDS and not has_case(text)
        # Two or three words of a sentence's form, a capital, the later
        # words in small letters and a full stop (``Read more here.``, ``The
        # vote stands.``), may be the story's last line as well as a prompt
        # whose link the scrape lost: left out, said (it was lost silently).
        # An exclamation (``Sharing is caring!``) is furniture's.
        sentence = (
            len(words) >= _CLOSING_MIN_CASELESS_WORDS
            and text[-1:] == "."
            and words[0][:1].isupper()
            and all(word[:1].islower() for word in words[1:])
        )
        return None if caseless or sentence else False
    # A sentence with none of its language's function words is rarely the
    # story's in English, but an inflected language's short closing sentence
    # may hold none ("Ремонт коштуватиме близько 50 мільйонів гривень.",
    # Ukrainian: the repair will cost about 50 million hryvnias; its cases
    # say what prepositions would): of a sentence's form it only may be one
    # (left out, and said so; it was lost silently).
    functionless = stop_words is not None and not any(map(stop_words.__contains__, tokens))
    later = [word for word in words[1:] if word[:1].isalpha()]
    # A word of a script without capitals (Devanagari, Arabic, Hebrew) is
    # never a name's capital: it counts as a small word, as one in small
    # letters does (a Latin letter that is not a capital is a small one).
    small = sum(not word[:1].isupper() for word in later)
    if (
        2 * small > len(later)
        and _SENTENCE_BREAK.search(text) is None
        and (text.isascii() or _CASELESS_SENTENCE_BREAK.search(text) is None)
    ):
        return None if functionless else True
    return False if functionless else None


# A sentence break before a letter of a script without capitals (Arabic,
# Hebrew, Devanagari): an end mark, Hindi's danda or the Arabic question mark
# among them, closing quotes or brackets, white space and such a letter. No
# capital shows the break there (``هل أعجبك المقال؟ شاركه مع أصدقائك!``, ``… लगी।
# अपनी राय लिखें।``: a prompt of two sentences); without it every block of that
# script read as one sentence. One class each, no nested quantifier: linear.
_CASELESS_SENTENCE_BREAK = regex.compile(
    r"[.!?\u0964\u061f\u06d4\u104b\u17d4\u1362][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]?\p{Lo}"
)


# What a closing sentence ends in (``_closing_shape``): a full stop, an
# exclamation or question mark, Hindi's danda (``… खुला रहेगा।``) or the
# Arabic script's question mark (``… في يوم ما؟``, as ``… one day?``) or
# full stop, Urdu's (``… گریز کریں۔``), or Armenian's (``… շաբաթ։``: read as
# none, an Armenian story's short sentences under its first were left out,
# silently, heldout35), Burmese's (``… ပြောသည်။``) or Khmer's (``…
# ផងដែរ។``: read as none, such a story's last short sentences were left
# out, silently, scripts60), or Ethiopic's (``… ተከፈተ።``, Amharic and
# Tigrinya, heldout38).
_CLOSING_ENDS: Final = ".!?\u0964\u061f\u06d4\u0589\u104b\u17d4\u1362"
# A sign-off glued after a paragraph's last full stop is short: a dash and an
# agency's name or ``With inputs from …``, or a name in parentheses.
_SIGN_OFF_MAX_CHARS: Final = 40
_SIGN_OFF_MAX_WORDS: Final = 6


def _before_sign_off(text: str) -> str:
    """``text`` without a short sign-off after its last sentence's end (``…
    coast. --IANS`` gives ``… coast.``), or ``text`` as it is."""
    end = max(
        text.rfind(". "),
        text.rfind("! "),
        text.rfind("? "),
        text.rfind("\u0964 "),
        text.rfind("\u061f "),
        text.rfind("\u06d4 "),
    )
    if end < 0 or len(text) - end > _SIGN_OFF_MAX_CHARS + 2:
        return text
    tail = text[end + 2 :].strip()
    dashed = tail[:1] in "-–—" and tail.lstrip("-–— ")[:1].isalpha()
    # A capital, or a letter of a script without capitals: PTI's Hindi
    # service's "… रहेगा। (भाषा)" as "… in May. (PTI)".
    opening = tail[1:2]
    bracketed = (
        tail[:1] == "("
        and tail[-1:] == ")"
        and (opening.isupper() or (opening.isalpha() and not opening.islower()))
    )
    if (dashed or bracketed) and len(tail.split()) <= _SIGN_OFF_MAX_WORDS:
        return text[: end + 1]
    return text


def _closing_sentences(
    found: _Blocks,
    words: tuple[Sequence[list[str]], frozenset[str] | None],
    judged: tuple[list[str], list[str]],
    ends: tuple[int, int],
    free: Sequence[bool],
    state: LineState,
    knowledge: Knowledge,
) -> int:
    """The story's end moved past the short sentences right under its stretch
    that close it (:func:`_closing_shape`; their class made good, their rule
    ``closing-sentence``), and ``closing-sentence-left-out`` on the first block
    there that only may be one. Only blocks smoothed out as ``short-at-edge``
    are read (a furniture phrase, boilerplate, a block among furniture never
    are), above the comments or a listing (``limit``), and under a box of
    links only when the box was read past (``free``).
    A sentence over a credit line (``Jane Roe, AP``) is a photo's caption as
    often as the story's last line and its writer: it only may be one."""
    tokens, stop_words = words
    classes, rules = judged
    body_end, limit = ends
    # The last sentence taken, when it may be a notice (below).
    notice: int | None = None
    # The sentences taken from under a box of links read past.
    past_box = False
    under_box: list[int] = []
    while body_end < limit:
        at = body_end
        if free[at]:
            # A box of links read past (its story goes on below it, two short
            # sentences in a row: :func:`_story_goes_on`) right under the
            # stretch: ``Lees ook: Headline`` over the story's last two
            # paragraphs of one short sentence each. They were left out with
            # the box, silently; the box stays furniture inside the story.
            while at < limit and free[at]:
                at += 1
            if at >= limit or rules[at] != "short-at-edge":
                break
            # A photo essay's run of credited captions is no box of links:
            # the sentence under it is no teaser (_credited_caption_runs).
            past_box = past_box or any(rules[k] != _CAPTION_RUN_RULE for k in range(body_end, at))
        # An ad label inside the story (an inline phrase: ``Advertisement``)
        # over its last short sentence: the paragraphs on either side of one
        # belong together, so the sentence under it is read as if right
        # under the stretch, and the label stays the story's furniture.
        under_label = classes[at] == _PHRASE and at + 1 < limit and not free[at + 1]
        if under_label:
            at += 1
        if rules[at] != "short-at-edge":
            break
        text = found.stripped[at]
        if _pitch_over_button(found.stripped, at, knowledge):
            # "Get the news you need delivered to your inbox." over "Sign up"
            # under the story: a sign-up box, its pitch no closing sentence.
            break
        shape = _closing_shape(text, tokens[at], stop_words)
        if shape is False and _closing_section(found, words, (rules, free), (at, limit), knowledge):
            if _ticker_goes_on(found.stripped, at):
                # A live ticker's last entry, its framed heading as on the
                # entries above (``+++ 13:12 Uhr: Willkommen … +++`` / one
                # sentence): the story's, as they are.
                for entry in (at, at + 1):
                    classes[entry], rules[entry] = _GOOD, "closing-sentence"
                body_end = at + 2
                continue
            state.problems.append(
                Problem(
                    "closing-sentence-left-out",
                    f"the subheading {text[:60]!r} and the one short sentence under it, "
                    "under the story's last paragraph, were read as page furniture: they "
                    "may be the story's last section (another story's teaser, its headline "
                    "and its blurb, reads the same)",
                    found.indexes[at],
                )
            )
            break
        if shape is not False and classify_trailer(text, knowledge=knowledge) is not None:
            break  # a trailer's credits or sign-off: _trailing_contributors reads them
        if (
            shape
            and at + 1 < len(found.stripped)
            # "Fot. Jan Nowak / Gazeta Nadrzeczna" under a story's last
            # sentence, the page's footer under it (Polish sites credit the
            # story's photo at its end, the label abbreviated, no colon): a
            # closing credit, the sentence the story's. Under a caption the
            # story's paragraphs go on below it, and it pairs there.
            and not is_abbreviated_label_credit(found.stripped[at + 1])
            and is_credit_line(found.stripped[at + 1], knowledge=knowledge)
        ):
            shape = None
        elif shape is None and _interview_turn(found.stripped, at):
            shape = True
        if shape is None:
            state.problems.append(
                Problem(
                    "closing-sentence-left-out",
                    f"the sentence under the story's last paragraph ({text[:60]!r}) was "
                    "read as page furniture: it may be the story's last paragraph",
                    found.indexes[at],
                )
            )
        if not shape:
            break
        if under_label and not _reports_speech(text, knowledge):
            # The ad's own prompt stands there too ("Scroll to continue with
            # the story."), and reads as a short last sentence; one reporting
            # speech ("… the authority said.") is the story's.
            state.problems.append(
                Problem(
                    "closing-sentence-under-ad",
                    f"the sentence under an ad's label below the story ({text[:60]!r}) was "
                    "read as the story's last paragraph: it may be the ad's prompt",
                    found.indexes[at],
                )
            )
        # A sentence of a script without capitals (Arabic, Hebrew,
        # Devanagari, Hangul): no name's capital tells a list of names ("ساهم
        # في التغطية …", contributed to the coverage), a rights line or a
        # site's prompt of words no table knows from the story's last
        # sentence; one reporting speech is the story's. Asked of the last
        # sentence taken only: a notice closes the story, and the sentences
        # above it in a run of them are its paragraphs (an Urdu story of
        # short sentences, each said, was three false alarms).
        notice = (
            at
            if (
                text[-1:] != "\u3002"
                and not has_case(text)
                and not _reports_speech(text, knowledge)
                and not _declarative_close(text)
            )
            else None
        )
        classes[at], rules[at] = _GOOD, "closing-sentence"
        if past_box:
            under_box.append(at)
        body_end = at + 1
    if notice is not None and notice + 1 == body_end:
        state.problems.append(
            Problem(
                "closing-sentence-may-be-notice",
                f"the short sentence under the story's last paragraph "
                f"({found.stripped[notice][:60]!r}), in a script without capitals, was read "
                "as the story's last paragraph: it may be a list of names, a rights line or a "
                "prompt",
                found.indexes[notice],
            )
        )
    if under_box and not any(_reports_speech(found.stripped[at], knowledge) for at in under_box):
        # Other stories' teasers, one short sentence each under a box of
        # links at the story's end (``Read also: Headline`` / ``Harbour wall
        # to be rebuilt in May.`` / ``Bus station closes for repairs.``), read
        # the same as the story's own last paragraphs under a box read past;
        # a sentence reporting speech (``…, the mayor said.``) is the story's.
        state.problems.append(
            Problem(
                "closing-sentence-under-box",
                f"the short sentences under a box of links below the story "
                f"({found.stripped[under_box[0]][:60]!r}) were read as the story's last "
                "paragraphs: they may be other stories' teasers",
                found.indexes[under_box[0]],
            )
        )
    return body_end


def _interview_turn(stripped: Sequence[str], at: int) -> bool:
    """Does block ``at`` open with a speaker's label (``Nadia Hale: Twice.
    The second time …``: one to four words, a capital, a colon) that opens
    one of the blocks right above it too? An interview's last answer, its
    speaker's label as on the turns above, is the story's, though of two
    sentences (a prompt of two sentences reads the same alone)."""
    label, colon, _ = stripped[at][:_TURN_LABEL_MAX_CHARS].partition(": ")
    if not colon or not label[:1].isupper() or len(label.split()) > _TURN_LABEL_MAX_WORDS:
        return False
    opening = f"{label}: "
    return any(stripped[k].startswith(opening) for k in range(max(0, at - _TURNS_BACK), at))


# A speaker's label: a name of at most four words, in the first characters.
_TURN_LABEL_MAX_CHARS: Final = 60
_TURN_LABEL_MAX_WORDS: Final = 4
# The blocks above read for the same label: the turns alternate, two speakers
# (or three) between two turns of one.
_TURNS_BACK: Final = 4


def _closing_section(
    found: _Blocks,
    words: tuple[Sequence[list[str]], frozenset[str] | None],
    judged: tuple[list[str], Sequence[bool]],
    span: tuple[int, int],
    knowledge: Knowledge,
) -> bool:
    """Are the blocks at ``at``, smoothed out as ``short-at-edge`` right under
    the story's stretch (``span``: ``at`` and the limit), a subheading of a few
    words with no end mark and no site's address over one short block that
    is or may be a sentence of the story's (:func:`_closing_shape`: two
    sentences may be) and no trailer's (a rights line, a sign-off), the last
    such block (``What happens next`` / ``The council will vote again in
    May.``)? A story's last section reads so; so does another story's teaser,
    its headline and its blurb. ``Via Harbour.info`` over ``Copyright @ 2019
    The Vale Post.`` is the page's furniture."""
    tokens, stop_words = words
    rules, free = judged
    at, limit = span
    heading = found.stripped[at]
    if heading[:4] == "+++ " and (entry := _TICKER_ENTRY.fullmatch(heading)) is not None:
        heading = entry.group(1)
    under = at + 1
    if (
        not _CLOSING_HEADING_MIN_WORDS <= len(heading.split()) <= _CLOSING_HEADING_MAX_WORDS
        or not heading[:1].isupper()
        or heading[-1:] in ":.,;"
        or _SITE_ADDRESS.search(heading) is not None
        or under >= limit
        or free[under]
        or rules[under] != "short-at-edge"
    ):
        return False
    text = found.stripped[under]
    if (
        _closing_shape(text, tokens[under], stop_words) is False
        or classify_trailer(text, knowledge=knowledge) is not None
    ):
        return False
    return under + 1 >= limit or free[under + 1] or rules[under + 1] != "short-at-edge"


def _ticker_goes_on(stripped: Sequence[str], at: int) -> bool:
    """Is block ``at`` a live ticker's framed entry heading with another one
    among the ``_TICKER_BACK`` blocks right above it (the ticker's entries)?"""
    return _ticker_entry(stripped[at]) and any(
        _ticker_entry(stripped[k]) for k in range(max(0, at - _TICKER_BACK), at)
    )


def _ticker_entry(text: str) -> bool:
    """Is ``text`` a live ticker's framed entry heading (``+++ 14:31 Uhr: … +++``)?"""
    return text[:4] == "+++ " and _TICKER_ENTRY.fullmatch(text.strip()) is not None


# The blocks above a ticker's last entry read for another entry's heading: an
# entry is a heading and a paragraph or a few.
_TICKER_BACK: Final = 6
# A live ticker's entry heading, its time and words framed by plus signs
# ("+++ 13:12 Uhr: Willkommen zu unserem Liveticker +++", German sites): its
# words are the heading. Bounded runs: linear.
_TICKER_ENTRY: Final = regex.compile(r"\+{3} (?:\d{1,2}[:.]\d{2}(?: Uhr)?:? )?(.{1,200}?) \+{3}")
# A subheading over a story's last section: a few words ("What happens
# next", "The road ahead"); a label of one word ("Related") is furniture's.
_CLOSING_HEADING_MIN_WORDS: Final = 2
_CLOSING_HEADING_MAX_WORDS: Final = 8
# A site's address in a line: a word, a dot and a domain's ending in small
# letters (``Harbour.info``, ``valepost.com``), not an initial (``U.S.``).
_SITE_ADDRESS: Final = re.compile(r"\w\.[a-z]{2,}\b")


def _trailing_contributors(
    texts: Sequence[str], body_end: int, limit: int, knowledge: Knowledge, *, bylined: bool
) -> tuple[frozenset[int], int]:
    """The blocks right under the story's stretch that credit its reporters and
    editors (``(Reporting by Jane Roe; Editing by Tom Hale)``, ``Additional
    reporting by …``; :func:`~wirestory.trailers.classify_trailer`), at most
    ``_TRAILER_BLOCKS`` in a row, a separator (``___``) allowed before them: a
    trailer is a short line that is no prose, so the stretch ends above it and
    its contributors were lost. A note there (``This report by The Canadian
    Press was first published June 5, 2024.``, ``This article was originally
    published by …``: :attr:`Knowledge.note_phrases
    <wirestory.Knowledge.note_phrases>`) is the story's note, read so too.
    The writer's sign-off set apart right under the story (``Jane Roe, USA
    TODAY`` / ``Contributing: Tom Hale, USA TODAY``, the USA Today network's
    pages) is stepped over when a trailer follows it: its number comes back
    second (else -1), furniture, the trailers under it read; alone (no
    trailer under it), its number comes back with no trailing block.
    Only those few blocks are classified. ``bylined``: the story's byline is
    read, so a name and an address under it are the writer's contact (else
    they sign the story: :func:`_byline_after_story`)."""
    last, signed = body_end - 1, -1
    for number in range(body_end, min(limit, len(texts), body_end + _TRAILER_BLOCKS)):
        trailer = classify_trailer(texts[number], knowledge=knowledge)
        if (
            trailer is None
            and number == body_end
            # ``Ivo Marsh, Valetickets.com.``: the stop some sites print
            # after their address closing the sign-off (silent53).
            and _writer_sign_off(site_stop_dropped(texts[number].strip()), knowledge)
        ):
            signed = number
            continue
        if (
            trailer is not None
            and trailer.kind == "sign-off"
            and number == body_end
            and not _dashed_run(texts, number, knowledge)
        ):
            # A site's or an agency's sign-off right under the story's last
            # paragraph (``– Valetickets.com``, ``– AP``, ``— Vale Post``: a
            # dashed name, no sentence) was the page's footer, lost from the
            # story silently: a trailer of the story, as in wire copy.
            last = number
            continue
        if (
            trailer is not None
            and trailer.kind == "contact"
            and _writers_contact(texts[number], bylined=bylined)
        ):
            # The writer's address under the story (``Contact the reporter
            # at jane.roe@…``, ``Reach Jane Roe at …``, ``Email:
            # jane.roe@…``) was the page's footer, lost from the story: its
            # note, as in wire copy. The site's ``Contact us`` is no trailer.
            last = number
            continue
        if trailer is None or trailer.kind not in ("contributors", "separator", "note"):
            break
        if trailer.kind != "separator":
            last = number
    if last < body_end:
        # The sign-off alone, no trailer under it: its number back, no
        # trailer (the caller reads it under a byline).
        return frozenset(), signed
    return frozenset(range(body_end, last + 1)), signed


def site_stop_dropped(text: str) -> str:
    """``text`` less the full stop after a site's address closing it
    (``Jane Roe, Valetickets.com.``: the writer's sign-off, the site's name
    with the stop some sites print after it), else ``text``. The stop barred
    the sign-off, which stayed the story's last paragraph, silently
    (silent52; on a page, silent53). A sentence's stop after anything else stays: ``Jane Roe,
    Kellsmouth.`` may end a sentence."""
    if text[-1:] != "." or ", " not in text:
        return text
    site = text[:-1].rpartition(", ")[2]
    if is_site_name(site) or WEB_ADDRESS.fullmatch(site) is not None:
        return text[:-1]
    return text


# A site's address as a writer signs with it after her name (``Jane Roe,
# vale-news.co.uk``, ``Jane Roe, www.valetickets.com``): no spaces, letters,
# digits or hyphens, one or two endings of two to four letters. Each part
# bounded and told from the next by its dot: linear.
WEB_ADDRESS: Final = re.compile(r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z]{2,4}){1,2}")


def _flag_sign_off_left_out(text: str, index: int, state: LineState) -> None:
    """``sign-off-left-out`` on a name and an outlet after a comma right
    under a page's story (:func:`_writer_sign_off`) naming someone its byline
    does not, left out as the page's footer: a second writer signs her part
    so (``Tom Hale, USA TODAY`` under ``By Ivo Marsh``), a reader's letter is
    signed the same (``Jane Roe, The Drive``); the form does not tell them
    apart, and read as a trailer the letter's author would be a writer."""
    state.problems.append(
        Problem(
            "sign-off-left-out",
            f"{text.strip()!r}, a name and an outlet right under the story's last paragraph, "
            "names someone the byline does not: left out as the page's footer, it may be a "
            "second writer's sign-off (or a reader's letter signed)",
            index,
        )
    )


def _town_after_name(text: str, knowledge: Knowledge) -> bool:
    """Does ``text``, a name and a word after a comma (``Kim Gump, Dallas``),
    end in one word of no outlet's form: not in capitals, no
    :attr:`Knowledge.outlet_words <wirestory.Knowledge.outlet_words>` word?
    Under a page's story such a line signs a reader's letter as often as the
    writer signs with her town: it is not read as the writer's sign-off."""
    tail = text.strip().rpartition(", ")[2]
    return (
        " " not in tail
        and not tail.isupper()
        and tail.casefold() not in knowledge.outlet_words
        # A site's address is no town (``Ivo Marsh, Valetickets.com``).
        and not is_site_name(tail)
        and WEB_ADDRESS.fullmatch(tail) is None
    )


# The rule of the byline's writer's sign-off alone under a page's story, read
# as its last paragraph for the enrichment to take as a trailer
# (enrich._sign_off_over_trailers), as it takes wire copy's.
PAGE_SIGN_OFF_RULE: Final = "page-writer-sign-off"


def _writers_contact(text: str, *, bylined: bool) -> bool:
    """Is ``text``, a contact trailer right under the story, the writer's
    (:func:`~wirestory.trailers.reporter_contact`: ``Contact the reporter at
    …``; or a lone e-mail address, maybe after a name or ``Email:``), not a
    press release's contacts box (``Media contact:``), which pages print
    apart from the story? A name and an address (``Lee Min-ji
    minji@…``) only under a story whose byline is read: with none, they sign
    the story (``byline-after-story``), the writer was lost as a note."""
    stripped = text.strip()
    return (
        reporter_contact(stripped)
        or is_email_address(stripped)
        or (bylined and signed_address(stripped))
    )


def _dashed_run(texts: Sequence[str], number: int, knowledge: Knowledge) -> bool:
    """Is block ``number``, a paper's name after a dash (``- Vale News``:
    :func:`~wirestory.trailers.is_dashed_outlet`, no agency's sign-off),
    the first row of a footer's dashed links, the block under it opening
    with a dash too (``- Latest News`` / ``- Sport`` / ``- Contact us``)? A
    sign-off stands alone under the story; a menu's rows come in a run."""
    return (
        number + 1 < len(texts)
        and texts[number + 1].lstrip()[:1] in _DASH_OPENINGS
        and not is_dashed_sign_off(texts[number].strip(), knowledge=knowledge)
    )


def _flag_dashed_name_left_out(
    texts: Sequence[str],
    blocks: Sequence[int],
    body_end: int,
    rule: str,
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """``dashed-name-left-out`` on a name of two or three capitalised words
    after a dash right under the story's last paragraph (``— Kellsmouth
    Live``, ``– Vale Ferries``, ``— Jane Roe``), left out as the page's
    footer: no outlet's nor agency's form tells it a sign-off
    (:func:`~wirestory.trailers.is_dashed_outlet`), yet a site, a writer or
    a letter's author signs so as often as a footer prints a link. Not a
    footer's phrase (``- Privacy Policy``: ``rule``), nor the first of a
    run of dashed rows (a menu's). One block asked: cheap."""
    if rule == "furniture-phrase":
        return
    text = texts[body_end].strip()
    if (
        text[:1] not in _DASH_OPENINGS
        or _DASHED_NAME.fullmatch(text) is None
        or _dashed_run(texts, body_end, knowledge)
    ):
        return
    state.problems.append(
        Problem(
            "dashed-name-left-out",
            f"{text!r}, a dashed name right under the story's last paragraph, was left out "
            "as the page's footer: it may be the story's sign-off (its site or writer)",
            blocks[body_end],
        )
    )


# The dashes a sign-off or a footer's dashed row opens with.
_DASH_OPENINGS: Final = "-–—"
# A name of two or three capitalised words after one or two dashes (``—
# Kellsmouth Live``, ``- Jane Roe``): each word bounded by a space, no run
# nested in another: linear.
_DASHED_NAME: Final = re.compile(r"[-–—]{1,2} ?[A-Z][\w'’&.]*(?: [A-Z][\w'’&.]*){1,2}")


def _flag_box_at_end(
    labels: Sequence[tuple[int, int]],
    prose_after: dict[int, int],
    kinds: Sequence[str],
    weights: Sequence[int],
    body_end: int,
    lines: Sequence[Line],
    blocks: Sequence[int],
    state: LineState,
) -> None:
    """Say so when the story ends at a box of links whose story does not
    clearly go on below it (:func:`_story_goes_on`) while a block of prose
    stands right under the box (``prose_after``, for each box not read past):
    the story's last paragraph after a ``Don't miss`` box reads the same as a
    listing's only teaser, and is left out (so is a one-sentence paragraph
    above the box, short and at the stretch's edge)."""
    for n, end in labels:
        # At the end: right under the stretch, or under a short line or two
        # left out with it (a one-sentence paragraph, a photo); a listing of
        # several teasers is no paragraph left out.
        if (
            body_end <= n <= body_end + 2
            and n in prose_after
            and _teaser_listing(kinds, weights, (n, end), len(kinds)) is None
        ):
            number = blocks[prose_after[n]]
            state.problems.append(
                Problem(
                    "story-ended-at-listing",
                    f"the story was ended at a box of links to other stories; the prose on "
                    f"line {lines[number].number} under it may be the story's last paragraph",
                    number,
                )
            )
            return


def _teaser_listing(
    kinds: Sequence[str], weights: Sequence[int], box: tuple[int, int], stop: int
) -> int | None:
    """Where the listing of teasers under a box of links ends, or None when the
    blocks under the box are no such listing: short lines (headlines) and
    teasers of at most ``_LENGTH_HIGH`` characters, no two teasers in a row, at
    least ``_LISTING_TEASERS`` each under a headline, up to ``stop`` or to the
    first block that is neither (furniture)."""
    label, end = box
    # The box's last line is a headline.
    teasers, previous = 0, _SHORT if end > label + 1 else _BAD
    n = end
    while n < stop:
        kind = kinds[n]
        if kind in _PROSE_KINDS:
            if previous in _PROSE_KINDS or weights[n] > _LENGTH_HIGH:
                return None
            teasers += previous == _SHORT
        elif kind != _SHORT:
            break
        previous = kind
        n += 1
    return n if teasers >= _LISTING_TEASERS else None


def _end_at_listing(
    labels: Sequence[tuple[int, int]],
    prose_after: dict[int, int],
    kinds: Sequence[str],
    weights: Sequence[int],
    span: tuple[int, int],
    lines: Sequence[Line],
    blocks: Sequence[int],
    state: LineState,
    words: tuple[Sequence[Sequence[str]], frozenset[str] | None] = ((), None),
    knowledge: Knowledge = DEFAULT_KNOWLEDGE,
) -> int:
    """Where the story ends when its stretch runs past the label of a box of
    links after which the story's prose does not clearly go on
    (:func:`_story_goes_on`), and a diagnostic either way. Under the label, a
    listing of other stories prints each headline over a teaser (``Related
    articles`` / ``Headline`` / ``Teaser text.`` / ``Headline`` / ``Teaser
    text.``): when every block from the label to the stretch's end is a short
    line or a teaser of at most ``_LENGTH_HIGH`` characters, no two teasers in
    a row and at least two under a headline, the story ends at the label
    (``story-ended-at-listing``: a story's own paragraphs under subheadings
    would read the same). Otherwise the story goes on past the label and says
    so (``story-runs-past-listing``: the prose below may be teasers)."""
    body_start, body_end = span
    inside = [(n, end) for n, end in labels if body_start < n and end < body_end]
    if not inside:
        _flag_box_at_end(labels, prose_after, kinds, weights, body_end, lines, blocks, state)
        return body_end
    label, end = inside[0]
    number = blocks[label]
    if _teaser_listing(kinds, weights, (label, end), body_end) == body_end:
        state.problems.append(
            Problem(
                "story-ended-at-listing",
                f"the story was ended on line {lines[number].number}, where a box of links "
                "to other stories starts, with a teaser under each headline",
                number,
            )
        )
        return label
    if _promo_read_on(kinds, (label, end), body_end, lines, blocks, words, knowledge):
        return body_end
    state.problems.append(
        Problem(
            "story-runs-past-listing",
            f"the story goes on past a box of links to other stories on line "
            f"{lines[number].number}: the prose below it may be their teasers",
            number,
        )
    )
    return body_end


# A recipe card's heading over its ingredients, in the languages of the food
# pages read (``Ingredients`` / ``8-9 ripe pears, cored`` / ``1 tsp cinnamon``
# / ``Instructions`` / the steps: a food blog prints the card under the
# story's text), folded, its colon dropped.
_RECIPE_HEADINGS: Final = frozenset(
    (
        "ingredients",
        "you will need",
        "zutaten",
        "ingrédients",
        "ingredientes",
        "ingredienti",
        "ingrediënten",
        "składniki",
    )
)
# How far under the story's last block the card's heading may stand (the
# recipe's name, a Print button, a rating stand over it), and how many of the
# rows under the heading are looked at.
_RECIPE_REACH: Final = 4
# An ingredient's row opens with its quantity: a digit or a fraction sign
# (``1 tsp``, ``8-9 ripe pears``, ``½ cup``).
_QUANTITY_OPENINGS: Final = frozenset("0123456789½⅓⅔¼¾⅛")


def _flag_recipe_left_out(
    stripped: Sequence[str], body_end: int, blocks: Sequence[int], state: LineState
) -> None:
    """Say ``recipe-left-out`` when a recipe card's heading
    (``_RECIPE_HEADINGS``) stands within ``_RECIPE_REACH`` blocks under the
    story's last block, two of the ``_RECIPE_REACH`` rows under it opening
    with a quantity: the card (its ingredients, then its steps) was left out
    with the page's footer, on a recipe's page the story's own text
    (silent55: a food blog's card, after its story, in no field and
    unsaid)."""
    for k in range(body_end, min(len(stripped), body_end + _RECIPE_REACH)):
        if stripped[k].rstrip(":").casefold() not in _RECIPE_HEADINGS:
            continue
        rows = stripped[k + 1 : k + 1 + _RECIPE_REACH]
        if sum(row[:1] in _QUANTITY_OPENINGS for row in rows) >= 2:
            state.problems.append(
                Problem(
                    "recipe-left-out",
                    f"a recipe card under the story ({stripped[k]!r} over rows opening "
                    "with a quantity) was left out of the body: on a recipe's page it is "
                    "the story's",
                    blocks[k],
                )
            )
        return


# A video's length alone on its line under a promo's link (``0:45``,
# ``12:03``, ``1:02:10``): bounded, linear.
_VIDEO_LENGTH: Final = re.compile(r"\d{1,2}(?::\d{2}){1,2}")


def _promo_read_on(
    kinds: Sequence[str],
    box: tuple[int, int],
    stop: int,
    lines: Sequence[Line],
    blocks: Sequence[int],
    words: tuple[Sequence[Sequence[str]], frozenset[str] | None],
    knowledge: Knowledge,
) -> bool:
    """Is the box (its first and past-last block) a promo of one link
    (:func:`_one_link_promo`: ``Related post: Pickled Sprouts Recipe``,
    ``WATCH: Residents speak out`` over the video's length, ``0:45``) with
    the story's prose going on under it in words of its own? A one-link
    promo prints no teaser: the prose under it is a teaser only when it
    tells the link's words again (``_SAME_STORY_WORDS`` distinctive words
    shared with the first block of prose below). Said of such a promo,
    ``story-runs-past-listing`` was a false alarm on a recipe blog's page
    (silent55; body55 made the label a box's)."""
    tokens, stop_words = words
    label, end = box
    if not tokens or end - label > _PROMO_MAX_BLOCKS:
        return False
    texts = [lines[blocks[k]].text.strip() for k in range(label, end)]
    length = next(
        (
            k
            for k in range(label + 1, min(end + 1, stop, len(blocks)))
            if _VIDEO_LENGTH.fullmatch(lines[blocks[k]].text.strip()) is not None
        ),
        None,
    )
    if length is not None and length + 1 < stop and kinds[length + 1] in _PROSE_KINDS:
        # A video's promo over its length (``WATCH: Our kitchen tour`` /
        # ``0:45``) prints a description right under it as often as not
        # (``Dana shows where she keeps the jars …``), in words of its own:
        # that prose may be the promo's, and the story's end stays said. A
        # heading of the story's there (``WHAT YOU NEED``) reads on.
        return False
    if not _one_link_promo(texts, knowledge):
        return False
    below = next((k for k in range(end, stop) if kinds[k] in _PROSE_KINDS), None)
    if below is None:
        return False
    stops = stop_words or frozenset()
    told = _distinct_words(tokens, range(label, end), stops)
    return len(told & _distinct_words(tokens, [below], stops)) < _SAME_STORY_WORDS


# Prose blocks compared on either side of a box read past, and how many
# distinctive words (``_DISTINCT_LETTERS`` letters or more, no stop word) they
# must share for the prose below to be plainly the same story.
_SAME_STORY_BLOCKS: Final = 3
_SAME_STORY_WORDS: Final = 2
_DISTINCT_LETTERS: Final = 4


def _distinct_words(
    tokens: Sequence[Sequence[str]], picked: Sequence[int], stops: frozenset[str]
) -> set[str]:
    """The distinctive words of blocks ``picked``: ``_DISTINCT_LETTERS`` letters
    or more, no stop word (the names of a story's people and places)."""
    return {
        word
        for k in picked
        for word in tokens[k]
        if len(word) >= _DISTINCT_LETTERS and word not in stops
    }


def _goes_on_with_story(
    classes: Sequence[str],
    span: tuple[int, int],
    below: Sequence[int],
    words: tuple[Sequence[Sequence[str]], frozenset[str] | None],
) -> bool:
    """Do the paragraphs ``below`` the story go on with it: do their first
    ``_SAME_STORY_BLOCKS`` share ``_SAME_STORY_WORDS`` distinctive words with
    the story's last ``_SAME_STORY_BLOCKS`` paragraphs (``words``: the blocks'
    tokens and the stop words)? A listing's teasers and comments on other
    things name other people and places."""
    tokens, stops = words
    body_start, body_end = span
    last = [k for k in range(body_end - 1, body_start - 1, -1) if classes[k] == _GOOD]
    shared = _distinct_words(
        tokens, last[:_SAME_STORY_BLOCKS], stops or frozenset()
    ) & _distinct_words(tokens, below[:_SAME_STORY_BLOCKS], stops or frozenset())
    return len(shared) >= _SAME_STORY_WORDS


# A promo of one link inside a story: its label and link on one line, or
# the label over the link.
_PROMO_MAX_BLOCKS: Final = 2
# The most words of a promo's label before its colon (``ALSO READ:``).
_PROMO_LABEL_MAX_WORDS: Final = 3


def _one_link_promo(texts: Sequence[str], knowledge: Knowledge) -> bool:
    """A promo of one link printed inside a story (``WATCH: Residents speak
    about the closure``, ``RELATED:`` over ``Town hall roof to be
    repaired``): a label of at most ``_PROMO_LABEL_MAX_WORDS`` words in
    capitals or title case before a colon, or a box's label in sentence case
    (:attr:`Knowledge.box_labels`: ``Lesen Sie auch:``, ``Lire aussi :``,
    ``Leggi anche:``, ``Read more:``), the link after it on its line or
    alone on the next. No box of links: the story goes on under it, and its
    prose may turn to other words. A string sieve first: most lines hold no
    colon."""
    first = texts[0].strip()
    if first[:1] == "[" and first[-1:] == "]":
        # ``[Related: Headline]``: the promo read inside its brackets.
        first = first[1:-1].strip()
    label, colon, link = first.partition(":")
    words = label.split()
    if not (colon and 0 < len(words) <= _PROMO_LABEL_MAX_WORDS):
        return False
    # German, French, Italian, Spanish and Portuguese sites print the prompt in
    # sentence case (``Lesen Sie auch: Headline``): its small words are no
    # sign of prose when the label is a box's own.
    if not (
        all(word[:1].isupper() for word in words)
        or " ".join(words).casefold() in knowledge.box_labels
    ):
        return False
    link = link.strip()
    return (len(texts) == 1 and bool(link)) or (len(texts) == 2 and not link)


def _flag_close_under_stock_widget(
    lone: Sequence[tuple[int, int, bool]],
    span: tuple[int, int],
    blocks: Sequence[int],
    state: LineState,
) -> None:
    """Say so (``prose-under-stock-widget``) when the story's stretch ends
    right above a stock widget (``QUAYBANK`` / ``412.50``) with one paragraph
    of prose under it, left out (``lone``: it names fewer than
    ``_SAME_STORY_WORDS`` of the distinctive words of the prose above, as
    :func:`_widget_boxes` asks): it may be the story's last paragraph under a
    widget printed after its next to last (a teaser printed under a market
    box with no headline reads the same). So for a newsletter's sign-up box
    there (``prose-under-sign-up-box``)."""
    body_start, body_end = span
    for widget, end, stock in lone:
        # The box's pitch may have been read as the story's closing sentence
        # (``The valley's news, every morning.`` / ``Enter your email
        # address`` / ``Sign up``): the stretch then ends inside the box.
        if body_start < body_end and widget <= body_end < end:
            state.problems.append(
                Problem(
                    "prose-under-stock-widget" if stock else "prose-under-sign-up-box",
                    f"a paragraph under a {'stock widget' if stock else 'sign-up box'} right "
                    "under the story was left out, naming few of the story's words: it may "
                    "be the story's last paragraph",
                    blocks[end],
                )
            )
            return


def _flag_box_read_past(
    free: Sequence[bool],
    kinds: Sequence[str],
    tokens: Sequence[Sequence[str]],
    stop_words: frozenset[str] | None,
    span: tuple[int, int],
    lines: Sequence[Line],
    blocks: Sequence[int],
    state: LineState,
    knowledge: Knowledge = DEFAULT_KNOWLEDGE,
    stocks: Collection[int] = (),
) -> None:
    """Say so (``story-runs-past-listing``) when the story is read on past a box
    of links (``listing-box``; a stock widget or an advertisement's pair of
    lines, ``stocks``, links no other story: the story's first paragraph
    over ``QUAYBANK`` / ``412.50`` names fewer of its words than the
    paragraphs under it share) and the prose right below the box shares
    fewer than ``_SAME_STORY_WORDS`` distinctive words with the prose right
    above it:
    the paragraphs below may be another story's teasers (``Related stories`` /
    two headlines / two paragraphs on bakers, under a story on ferry crews),
    glued to the story. A story going on past the box names its people and
    places again. At most ``_SAME_STORY_BLOCKS`` blocks on either side are
    read, once per box: linear. One diagnostic per story."""
    if any(p.code == "story-runs-past-listing" for p in state.problems):
        return
    body_start, body_end = span
    stops = stop_words or frozenset()

    def words(picked: Sequence[int]) -> set[str]:
        return _distinct_words(tokens, picked, stops)

    def prose(k: int) -> bool:
        return not free[k] and kinds[k] in _PROSE_KINDS

    for n in range(body_start + 1, body_end):
        if not free[n] or free[n - 1] or n in stocks:
            continue
        end = n
        while end < body_end and free[end]:
            end += 1
        # A fact box (``FAKTA`` / its rows) links no other story: the story's
        # paragraphs on either side of it may share few words.
        label = lines[blocks[n]].text.strip()
        key = _remembered_phrase_key(label) if len(label) <= _PHRASE_MAX_CHARS else ""
        if key in _FACT_BOX_LABELS:
            continue
        # Nor does a reader poll (``Poll`` / its question / answers / ``Vote``),
        # and a ranked box (``Most read`` / ``1`` / headline / ``2`` / …) prints
        # bare headlines, no teasers: the prose under either is the story's
        # (said of both, it was a false alarm on every such page, heldout35's
        # poll fixture among them).
        if key in _POLL_BOX_LABELS or (
            key in _RANKED_BOX_LABELS
            and n + 1 < body_end
            and _BOX_RANK.fullmatch(lines[blocks[n + 1]].text.strip()) is not None
        ):
            continue
        promo = end - n <= _PROMO_MAX_BLOCKS and _one_link_promo(
            [lines[blocks[k]].text for k in range(n, end)], knowledge
        )
        reach = 2 * _SAME_STORY_BLOCKS
        # The story's first paragraph among them: a box right under it (a
        # sign-up box, ``Sign up for our daily briefing`` / its pitch / ``Sign
        # up``) had nothing above compared, and said so of any story.
        above = [k for k in range(n - 1, max(body_start - 1, n - 1 - reach), -1) if prose(k)]
        below = [k for k in range(end, min(body_end, end + reach)) if prose(k)]
        shared = words(above[:_SAME_STORY_BLOCKS]) & words(below[:_SAME_STORY_BLOCKS])
        if not below:
            continue
        # A promo's link is one story's headline; its text read on under it
        # tells the headline again ("Read more:" / "Ferry fares to rise in
        # June" / "The ferry operator said fares would rise … in June"), where
        # the story going on turns to its own words and names none of the link's.
        if promo and (
            len(shared) >= _SAME_STORY_WORDS
            or len(words(below[:1]) & words(range(n, end))) < _SAME_STORY_WORDS
        ):
            continue
        if len(shared) >= _SAME_STORY_WORDS:
            if not _teasers_under_headlines(free, kinds, (end, body_end), lines, blocks, knowledge):
                continue
            why = (
                "each block of prose below it stands alone under a short line, as a "
                "listing's teasers under their headlines (they may share the story's words)"
            )
        else:
            why = (
                "the prose below it shares few words with the story above: it may be their teasers"
            )
        state.problems.append(
            Problem(
                "story-runs-past-listing",
                f"the story goes on past a box of links to other stories on line "
                f"{lines[blocks[n]].number}, and {why}",
                blocks[n],
            )
        )
        return


def _teasers_under_headlines(
    free: Sequence[bool],
    kinds: Sequence[str],
    span: tuple[int, int],
    lines: Sequence[Line],
    blocks: Sequence[int],
    knowledge: Knowledge,
) -> bool:
    """Does the story's stretch from block ``span[0]`` (right under a box of
    links) to its end read as a listing's teasers: two blocks of prose or more,
    each alone between short lines that are no sentence (``Teaser.`` /
    ``Headline`` / ``Teaser.``), never two in a row? Teasers of stories on the
    same subject share the story's distinctive words, so the word test alone
    reads them as the story going on; a story going on prints paragraphs in a
    row, even under subheadings. A photo caption or another box between two
    paragraphs keeps them in a row, and a short line ending like a sentence is
    a paragraph (a tabloid's one-sentence paragraphs between its captions and
    boxes). At most ``4 * _SAME_STORY_BLOCKS`` blocks are read."""
    start, body_end = span
    ends = knowledge.sentence_ends
    prose = 0
    last = -2
    for k in range(start, min(body_end, start + 4 * _SAME_STORY_BLOCKS)):
        text = lines[blocks[k]].text.strip()
        if free[k] or is_page_caption(text, knowledge=knowledge):
            if last == k - 1:
                last = k
            continue
        if kinds[k] in _PROSE_KINDS or text[-1:] in ends:
            if last == k - 1:
                return False
            prose += 1
            last = k
        elif kinds[k] != _SHORT:
            return False
    return prose >= 2


def _flag_prose_left_out(
    classes: Sequence[str],
    weights: Sequence[int],
    walls: Sequence[bool],
    free: Sequence[bool],
    span: tuple[int, int],
    limit: int,
    lines: Sequence[Line],
    blocks: Sequence[int],
    state: LineState,
    words: tuple[Sequence[Sequence[str]], frozenset[str] | None] = ((), None),
) -> bool:
    """Say so (and return True) when prose starting just below the story's stretch (within
    ``_LEFT_OUT_GAP`` blocks), before any comment heading, weighs at least as
    much as the story's own: the stretch is the best run of blocks, and a run
    of furniture inside a story (a share bar under a standfirst, a box of
    links, an unknown widget) can make its second half lose to its first,
    cutting the story's last paragraphs silently. Below a long story the
    teasers of a listing weigh less than the story; far below it (past a
    footer, a ticker) they are another article's, and not looked at. Two
    paragraphs or more in a row (no headline between them, as a listing puts
    between its teasers) weighing less than the story are flagged too
    when they share ``_SAME_STORY_WORDS`` distinctive words with the story's
    last paragraphs (``words``: the blocks' tokens and the stop words): they
    go on with the story, as a listing's teasers do not."""
    body_start, body_end = span
    story = sum([weights[k] for k in range(body_start, body_end) if classes[k] == _GOOD])
    best, best_start, total, start, run = 0, -1, 0, 0, 0
    # How many paragraphs in a row (no other block between them) the current
    # run and the best one hold at most: a listing puts a headline between its
    # teasers.
    paragraphs = in_row = best_paragraphs = 0
    for i in range(body_end, limit):
        if walls[i]:
            break
        if free and free[i]:
            continue
        if classes[i] == _GOOD:
            run = 0
            if total <= 0:
                if i > body_end + _LEFT_OUT_GAP:
                    break  # lost paragraphs stand near the story's end
                total, start, paragraphs, in_row = 0, i, 0, 0
            total += weights[i]
            in_row += 1
            paragraphs = max(paragraphs, in_row)
            if total > best:
                best, best_start, best_paragraphs = total, start, paragraphs
        else:
            in_row = 0
            run += 1
            total -= max(weights[i], _MIN_COST) * run
    # Two paragraphs or more in a row are flagged though they weigh less than
    # the story: a share bar inside a long story cuts off its last two
    # paragraphs (``P0 … P2`` / ``Share this article`` / ``Facebook`` / … /
    # ``P3`` / ``P4``). One paragraph, or teasers under headlines, only when
    # they outweigh the story.
    if best_start < 0 or best < _LENGTH_HIGH:
        return False
    if best < story:
        if best_paragraphs < 2 or not words[0]:
            return False
        below = [k for k in range(best_start, limit) if classes[k] == _GOOD]
        if not _goes_on_with_story(classes, span, below, words):
            return False
    first = next(k for k in range(body_end, best_start + 1) if classes[k] == _GOOD)
    state.problems.append(
        Problem(
            "prose-left-out",
            f"prose from line {lines[blocks[first]].number} on, below the story, holds "
            + (
                f"as much text as the story itself ({best} characters against {story}): "
                if best >= story
                else f"{best_paragraphs} paragraphs in a row going on with its words: "
            )
            + "the story may have been cut short",
            blocks[first],
        )
    )
    return True


def _flag_cut_at_comments(
    classes: Sequence[str],
    walls: Sequence[bool],
    span: tuple[int, int],
    words: tuple[Sequence[Sequence[str]], frozenset[str] | None],
    lines: Sequence[Line],
    blocks: Sequence[int],
    state: LineState,
    stripped: Sequence[str],
) -> None:
    """Say so when the story ends at a comment heading right under it
    (``12 comments``, within ``_LEFT_OUT_GAP`` blocks) and two paragraphs or
    more in a row right under the heading go on with the story's words
    (``_SAME_STORY_WORDS`` distinctive words shared with its last paragraphs):
    a site may print its comment count as a link between two paragraphs, and
    the story's last paragraphs are then cut off. Comments are prose too, but
    each stands under its writer's name and time, so they are seldom paragraphs
    in a row; comments that are (a thread quoting the story) get the same
    warning. A single paragraph right under the heading that goes on with the
    story's words (``P0`` / ``12 comments`` / ``P1`` / the page's furniture)
    is flagged too: it is the story's last paragraph, or a comment printed
    without its writer's name, which reads the same. Prose sharing fewer
    words right under a heading standing right under the story, no comment's
    marks under it (``stripped``: the blocks' texts), says so too
    (``prose-under-comment-heading``): the two read the same."""
    body_start, body_end = span
    if not words[0] or body_start >= body_end:
        return
    wall = next(
        (k for k in range(body_end, min(len(classes), body_end + _LEFT_OUT_GAP + 1)) if walls[k]),
        None,
    )
    if wall is None:
        return
    below: list[int] = []
    for k in range(wall + 1, len(classes)):
        if classes[k] != _GOOD:
            break
        below.append(k)
    if not below:
        return
    if not _goes_on_with_story(classes, span, below, words):
        if (
            wall == body_end
            # A paragraph, no form's label (``Rules for comments`` under ``3 comments``).
            and stripped[below[0]][-1:] in _PARAGRAPH_ENDS
            and not any(
                _comment_mark(stripped[k])
                for k in range(below[0] + 1, min(len(stripped), below[0] + 1 + _COMMENT_MARK_REACH))
            )
        ):
            # "Comments (12)" right under the story, bare prose under it and no
            # writer's name, reply button or time: the story's close under a
            # count's link, or comments printed as bare paragraphs.
            state.problems.append(
                Problem(
                    "prose-under-comment-heading",
                    f"prose from line {lines[blocks[below[0]]].number} on stands right under "
                    "the comment heading that ends the story, with no commenter's name, reply "
                    "button or time: it may be the story's last paragraphs under a comment "
                    "count's link, left out",
                    blocks[below[0]],
                )
            )
        return
    state.problems.append(
        Problem(
            "prose-left-out",
            f"prose from line {lines[blocks[below[0]]].number} on, under the comment "
            f"heading right below the story, goes on with its words ({len(below)} "
            "paragraphs in a row): the heading may be a link inside the story, and "
            "the story may have been cut short"
            + ("" if len(below) > 1 else " (one paragraph: a comment without its writer's name)"),
            blocks[below[0]],
        )
    )


def _flag_comment_heading_read_past(
    dropped: Sequence[int],
    span: tuple[int, int],
    stripped: Sequence[str],
    blocks: Sequence[int],
    state: LineState,
) -> None:
    """Say so (``comment-heading-read-past``) when a one-word comment heading
    read past as a comment count's link (:func:`_drop_comment_links`) stands
    between the story's paragraphs: readers' comments printed as bare
    paragraphs, no name, reply button or time among them (``Comments`` /
    ``I used to take my children there …`` / ``The roof has leaked for ten
    years …``), read the same as the story's own paragraphs under the link,
    and were glued to the story if they are comments. A heading printed again
    lower down (``Comments`` / the story's close / ``Comments``) is the count's
    link over the story's own prose, the section under the second one."""
    body_start, body_end = span
    for n in dropped:
        if body_start < n < body_end and stripped[n] not in stripped[n + 1 :]:
            state.problems.append(
                Problem(
                    "comment-heading-read-past",
                    "a comment heading between the story's paragraphs was read past as a "
                    "comment count's link: the prose under it may be readers' comments, "
                    "glued to the story",
                    blocks[n],
                )
            )
            return


def _before_comments(classes: Sequence[str], weights: Sequence[int], walls: Sequence[bool]) -> int:
    """How many blocks may hold the story: comments come after it, so nothing past
    the first comment heading with ``_PROSE_BEFORE_COMMENTS`` of prose above it
    is the story."""
    # Only a comment heading can end it: the prose above each heading is
    # summed a gap between headings at a time, in C, not a block at a time.
    prose = done = 0
    for n in compress(range(len(classes)), walls):
        prose += sum(compress(weights[done:n], map(_GOOD.__eq__, classes[done:n])))
        if prose >= _PROSE_BEFORE_COMMENTS:
            return n
        done = n
    return len(classes)


# A results box's figure alone on its line: a count with thousands' commas
# (``12,431``) or a share (``48.2%``). Bounded runs, no nesting: linear.
_TALLY_FIGURE: Final = regex.compile(r"\d{1,3}(?:,\d{3}){1,3}|\d{1,3}(?:\.\d{1,2})?%")


def _agency_credit(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` credit a name to an agency (``Jane Roe, Reuters``,
    ``Jane Roe, Getty Images``: :func:`is_organization_line`)? A photo's
    credit, never a results box's candidate and party (``Ana Ruiz, Green``):
    a bare figure under it (a stat's ``12,431``) turned the credit off, and
    the credit was left in no field, silently (the review of silent57)."""
    found = page_person_names(text, knowledge=knowledge)
    return (
        found is not None
        and found.organization is not None
        and is_organization_line(found.organization, knowledge=knowledge)
    )


def _caption_pairs(
    texts: Sequence[str],
    stripped: Sequence[str],
    starts: tuple[int, int],
    end: int,
    patterns: _Patterns,
    knowledge: Knowledge,
    glued: frozenset[int] = frozenset(),
    blocks: Sequence[int] = (),
) -> tuple[dict[int, int], set[int]]:
    """Captions whose credit stands on a line of its own, as caption block ->
    credit block, among blocks ``start .. end-1``: a line of ``CAPTION_MIN_WORDS``
    to ``CAPTION_MAX_WORDS`` words with a credit-only line under it (``Jane
    Roe/Daily Planet/Getty Images``, ``Jane Roe, AP``, ``Photo: Jane Roe``), or
    a line under a copyright credit (``Image copyright Reuters``, ``© Jane
    Roe``), or a line with a source's name glued under it (``glued``, see
    :func:`_glued_sources`). ``starts`` is where the range starts (up in the
    header) and where the story's prose does. A menu of ``A / B`` items is no credit (it names no
    agency or person), and a credit line is never a caption itself. Each block is judged
    a credit once: linear. Also returns every credit-only block of the range.
    ``stripped`` is ``texts`` stripped (``_Blocks.stripped``: not made again).

    Where the page sets its blocks apart with blank lines (``blocks``, the
    blocks' line numbers), a credit line glued to the line under it and set
    apart from the line above (blank line, ``Tom Hale/Harbour Gazette`` /
    ``Fishermen unload …``, blank line) is never the credit of the paragraph
    above (that paragraph was read as a caption and lost); it credits the line
    under it when that line ends like a sentence (a gallery's counter, ``Image
    1 of 9``, and a listing's headline stand there too)."""
    start, end = max(1, starts[0]), min(end, len(texts))
    credit = [False] * min(end + 1, len(texts))
    # The stretch's blocks asked at once: most are turned down by a sieve
    # over the list, without a call a block.
    credit[start - 1 :] = credit_line_flags(stripped[start - 1 : len(credit)], knowledge=knowledge)
    pairs: dict[int, int] = {}
    taken = set()
    for number in range(start, end):
        above = number - 1 not in taken and credit[number - 1]
        below = number + 1 < len(credit) and (credit[number + 1] or number + 1 in glued)
        if below and blocks and _credit_goes_down(blocks, number + 1):
            below = False
        if below and blocks and number + 2 >= end and blocks[number + 1] != blocks[number] + 1:
            # The story's last paragraph, a blank line, then ``Reuters`` or
            # ``Jane Roe / Harbour Gazette``: the writer's or agency's sign-off
            # under the story, not a photo's credit (the paragraph was read
            # as a caption and lost).
            below = False
        if (
            below
            and blocks
            and number + 2 >= end
            and blocks[number + 1] == blocks[number] + 1
            and _writer_sign_off(texts[number + 1], knowledge, signatures=True)
            and _prose_over_sign_off(texts[number], knowledge)
        ):
            # The same sign-off glued under the story's last paragraph (``…
            # will vote on it again in May.`` / ``Jane Roe, USA TODAY``: the
            # USA Today network's pages): a paragraph of two sentences or
            # reporting speech over a writer's name and outlet is prose; a
            # photo's caption says what it shows in a sentence. So over a
            # letter's signature (``Jane Roe, The Drive``, an address): the
            # paragraph was read as a caption, the address its credit.
            below = False
        if (
            below
            and number + 2 < len(texts)
            and is_date_line(texts[number + 2], knowledge=knowledge)
            and (
                byline_line(texts[number + 1], knowledge=knowledge) is not None
                or page_person_names(texts[number + 1].strip(), knowledge=knowledge) is not None
            )
            # Under the header's byline (``By Jane Roe`` / a caption / ``Tom
            # Hale | Vale Citizen`` / the date) the name line is the
            # photographer's: a page prints one byline, and the line under a
            # byline is no deck (silent55: the caption left out as furniture,
            # its credit in no field, silently).
            and byline_line(texts[number - 1], knowledge=knowledge) is None
        ):
            # A deck over ``Anna Nowak, Redakcja`` and the date line: the
            # header's byline (a name line over a date is one) over its date,
            # no photo's credit (the deck was read as a caption credited to
            # the writer). The date asked first: under most credits stands
            # none; ``Jane Roe/Reuters`` stays a credit.
            below = False
        if (
            below
            and number + 2 < len(texts)
            and _TALLY_FIGURE.fullmatch(stripped[number + 2]) is not None
            and not _agency_credit(stripped[number + 1], knowledge)
        ):
            # A results box's row, a candidate and their party over their
            # votes (``Vale North by-election result`` / ``Ana Ruiz, Green`` /
            # ``12,431`` / ``48.2%``): a photographer and their outlet stand
            # over no vote count or share. Read as a credit, the box's title
            # was the story's caption, silently (heldout35).
            below = False
        if below and number < starts[1] and _desk_signed_name(texts[number + 1], knowledge):
            # The same with no date line under it (``Jan Kowalski,
            # Redakcja``): the writer and the newsroom they sign for, which
            # credits no photo (the deck was lost as a caption, silently).
            # Over the story's prose only: between its paragraphs a name and
            # ``Staff`` credit the photo above (``Jane Roe, Staff``).
            below = False
        if not (above or below) or number in taken or credit[number]:
            continue
        text = texts[number]
        if not CAPTION_MIN_WORDS <= len(text.split()) <= CAPTION_MAX_WORDS:
            continue
        if (
            byline_line(text, knowledge=knowledge) is not None
            or is_date_line(text, knowledge=knowledge)
            or _opens_with_notice(text, knowledge)
            # A caption folded, the button unfolding it closing it: the
            # caption above shown again, no caption of the credit below.
            or _caption_folded_words(text) is not None
        ):
            continue
        mark = copyright_label(texts[number - 1].strip(), knowledge=knowledge) if above else None
        if mark is not None:
            # BBC's "Image copyright X" credits the "Image caption …" line under it
            # (a standfirst may follow it when the photo has no caption); a sign
            # ("© Jane Roe") credits the line under it whatever it is.
            if not mark.group()[:1].isalpha() or caption_label(text.strip(), knowledge=knowledge):
                pairs[number] = number - 1
                taken.add(number - 1)
        elif (
            above
            and blocks
            and _credit_goes_down(blocks, number - 1)
            and patterns.sentence_end.search(text.rstrip()[-8:]) is not None
        ):
            # The credit over its caption, the caption a sentence: not a
            # gallery's counter (``Image 1 of 9``) or a listing's headline.
            pairs[number] = number - 1
            taken.add(number - 1)
        elif below:
            under = texts[number + 1].strip()
            # An agency alone under a line that is no sentence: a teaser in a
            # listing (``Town wins the cup`` / ``Associated Press``).
            alone = is_organization_line(
                under, knowledge=knowledge
            ) and not patterns.sentence_end.search(text.rstrip()[-8:])
            if (
                copyright_label(under, knowledge=knowledge) is None
                # Only in the header, above the story's prose: a writer's
                # "© Jane Roe" over a "Posted …" line under the story signs
                # the story's last paragraph, no caption.
                or (number + 2 < starts[1] and _sign_over_header_line(texts, number + 2, knowledge))
            ) and not alone:
                pairs[number] = number + 1
                taken.add(number + 1)
    return pairs, {n for n, is_credit in enumerate(credit) if is_credit}


def _sign_over_header_line(texts: Sequence[str], number: int, knowledge: Knowledge) -> bool:
    """Is block ``number``, under a copyright sign's credit (``© Jane Roe``),
    the header's byline or date line? A sign credits the line under it, but
    no byline or date is a photo: under a caption in the header (``Buses at
    the depot on Monday.`` / ``© Tom Hale`` / ``By Jane Roe``) the sign is
    the caption's over it (silent55: the caption left out as furniture, the
    credit in no field, silently)."""
    return number < len(texts) and (
        byline_line(texts[number], knowledge=knowledge) is not None
        or is_date_line(texts[number], knowledge=knowledge)
    )


def _folded_caption(texts: Sequence[str], number: int) -> bool:
    """Is block ``number`` of ``texts``, under a block read as a caption (the
    caller asks), that caption folded: its first words, an ellipsis and the
    button unfolding it (``Pupils leave the old library on... more``)? String
    tests."""
    folded = _caption_folded_words(texts[number])
    return folded is not None and line_key(texts[number - 1]).startswith(line_key(folded))


def _caption_in_lightbox(
    texts: Sequence[str],
    blocks: Sequence[int],
    start: int,
    title: str,
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """The story's photo in a gallery's lightbox printed under the story (US
    chains' pages): its caption with the button folding it (``Pupils leave
    the library on Monday. (AP Photo/Jane Roe) less``), the caption again
    folded (``Pupils leave the library on... more``), and, within the three
    blocks under them, the gallery's title, the story's headline (``title``). That
    showing, from block ``start`` on (the blocks the story's stretch left
    unclaimed), is the story's caption (``caption-in-lightbox``), its folded
    showing and its showings again duplicates (``caption-shown-again``); a
    photo of another story's gallery has another title. Only for a story
    with a headline and no caption read above; a block is asked whether it
    ends in `` less`` before anything else."""
    headline = line_key(title)
    shown: str | None = None
    for k in range(start, len(blocks) - 1):
        text = texts[k]
        if text[-5:] != " less" or state.is_claimed(blocks[k]):
            continue
        folded = _caption_folded_words(texts[k + 1])
        key = line_key(text)
        if folded is None or not key.startswith(line_key(folded)):
            continue
        if shown is None:
            if not is_page_caption(text, knowledge=knowledge) or all(
                line_key(texts[j]) != headline for j in range(k + 2, min(k + 5, len(blocks)))
            ):
                continue
            shown = key
            state.captions.append(blocks[k])
            state.claim(blocks[k], Role.CAPTION, "caption-in-lightbox")
        elif key == shown:
            state.claim(blocks[k], Role.DUPLICATE, "caption-shown-again")
        else:
            continue
        if not state.is_claimed(blocks[k + 1]):
            state.claim(blocks[k + 1], Role.DUPLICATE, "caption-shown-again")


def _caption_folded_words(text: str) -> str | None:
    """The words of a caption folded to its first ones and the button
    unfolding it (``Pupils leave the old library on... more``), None when
    ``text`` is not one. Only a line ending in ``more`` is looked at."""
    stripped = text.strip()
    if stripped[-4:].casefold() != "more":
        return None
    folded = stripped[:-4].rstrip()
    for ellipsis in ("...", "\u2026"):
        if folded.endswith(ellipsis):
            folded = folded[: -len(ellipsis)].rstrip()
            return folded if len(folded.split()) >= CAPTION_MIN_WORDS else None
    return None


def _opens_with_notice(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` open with a notice's label and a colon (``Disclosure:
    The Vale Post may earn a commission …``, ``Editor's note: …``,
    ``Correction: …``; Knowledge.advisory_labels and ``_NOTICE_LABELS``)? A
    notice to readers says nothing of a photo: over a photo's credit (a
    gallery's photo printed with no caption) it is no caption. String tests."""
    head, colon, _ = text[:_NOTICE_LABEL_CHARS].partition(":")
    if not colon:
        return False
    label = head.strip().casefold()
    return label in _NOTICE_LABELS or any(
        label == advisory.casefold() for advisory in knowledge.advisory_labels
    )


# The labels of a notice to readers (besides the notes to editors of
# Knowledge.advisory_labels): an affiliate links' disclosure, an update's note.
_NOTICE_LABELS: Final = frozenset({"disclosure", "note", "update"})
# Enough characters to hold the longest notice label and its colon.
_NOTICE_LABEL_CHARS: Final = 24


def _credits_for_outlet(
    texts: Sequence[str],
    blocks: Sequence[int],
    stretch: tuple[int, int],
    pairs: dict[int, int],
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """A photographer's or an illustrator's credit in the ``NAME for OUTLET``
    form, alone on a line under a caption between the story's paragraphs
    (``Pupils leave the library on Monday.`` / ``Jane Roe for The Vale
    Post``: the form of the New York Times and of magazines crediting the
    artist they commissioned) is the caption's credit: added to ``pairs``
    (caption block -> credit block). Read so only when the story has its
    byline already (a writer is not signed twice; without one the line may
    be the story's own signature), the line above is one of a caption's
    length ending like a sentence, and a block of the stretch stands under
    the credit (under the story's last paragraph it signs the story). The
    outlet ends in a word of :attr:`~wirestory.Knowledge.outlet_words` or is
    an agency (:func:`~wirestory.bylines.credit_for_outlet`: ``Jude Bellingham
    for Real Madrid`` is a headline's). A title-case subheading under a
    paragraph may have the same form (``Tough Times for Local News``), so
    each such caption says ``caption-may-be-paragraph``. A NAME opening the
    block under the line (``Jane Roe is a councillor …``) is a writer's: an
    op-ed's sign-off over the note about its writer, no photo's credit."""
    body_start, body_end = stretch
    for number in range(body_start + 1, body_end - 1):
        text = texts[number]
        # The cheap tests first: most blocks are paragraphs, far longer than
        # a credit or ending like a sentence, or hold no " for ".
        if (
            len(text) > _FOR_OUTLET_MAX_CHARS
            or " for " not in text
            or text.rstrip()[-1:] in knowledge.sentence_ends
        ):
            continue
        above = number - 1
        caption = texts[above].strip()
        if (
            caption[-1:] not in knowledge.sentence_ends
            or above in pairs
            or number in pairs
            or state.is_claimed(blocks[above])
            or state.is_claimed(blocks[number])
            # A credit's words open with a capital but its links ("for",
            # "the"): a heading in sentence case ("Tips for the new term")
            # is turned down before the names are read.
            or not all(word[:1].isupper() or word in _FOR_OUTLET_LINKS for word in text.split())
            or not CAPTION_MIN_WORDS <= len(caption.split()) <= CAPTION_MAX_WORDS
            or credit_for_outlet(text, knowledge=knowledge) is None
            # "Jane Roe for The Vale Post" over "Jane Roe is a councillor
            # ...": an op-ed's sign-off over the note about its writer (a
            # roundup's between its pieces), the paragraph above its last.
            or texts[number + 1].lstrip().startswith(text.strip().partition(" for ")[0] + " ")
        ):
            continue
        pairs[above] = number
        state.problems.append(
            Problem(
                "caption-may-be-paragraph",
                f"{caption[:60]!r}, over {text.strip()[:60]!r} (a credit's 'NAME for "
                "OUTLET' form), was read as a photo's caption and its credit: it may be a "
                "paragraph of the story under a title-case subheading of the same form",
                blocks[above],
            )
        )


def _entry_author(texts: Sequence[str], number: int, body_end: int, writers: Byline | None) -> bool:
    """Is block ``number`` of the story's stretch one of the byline's writers'
    names alone, under a line ending like no sentence and over a block of the
    stretch? A live blog prints each entry's writer under its heading
    (``11:42 GMT`` / ``Recount ordered in Eastfield`` / ``Claire Dunn`` / the
    entry), the writers named together in the byline over the page: the name
    is no paragraph (it was kept as one, silently). Under a paragraph's end
    (an interview's speaker over their turn) it is left as it was."""
    if writers is None or not writers.names or number + 1 >= body_end or number < 1:
        return False
    text = texts[number].strip()
    # Compared in any case: a byline set in capitals (``BY CLAIRE DUNN``)
    # names the writers the entries print in title case.
    return (
        len(text) <= _ENTRY_AUTHOR_MAX_CHARS
        and texts[number - 1].rstrip()[-1:] not in _CLOSING_ENDS
        and text.casefold() in {name.casefold() for name in writers.names}
    )


# The longest line read as a live blog entry's writer (a name).
_ENTRY_AUTHOR_MAX_CHARS: Final = 60


def _media_link(text: str, knowledge: Knowledge) -> str | None:
    """The rule of a block among the story's paragraphs that links to media,
    no caption and no paragraph: a gallery's title (``Photos: The old quay
    through the years``, a box of links or a teaser) or an embedded video's
    running time and source under its title (``03:41 - Source: Vale TV``)."""
    if is_gallery_link(text, knowledge=knowledge):
        return "in-story:gallery-link"
    if is_video_running_time(text, knowledge=knowledge):
        return "in-story:video-running-time"
    return None


# Enough characters to hold a photo label in the plural and its colon
# (``Photo illustrations:``) or a video's running time (``1:02:15``): a block
# with no colon among them is no gallery's link and no running time.
_MEDIA_LABEL_CHARS: Final = 32
# The longest line read as a ``NAME for OUTLET`` credit (a name and a paper's).
_FOR_OUTLET_MAX_CHARS: Final = 80
# The small words of a ``NAME for OUTLET`` credit: ``for`` and those an
# outlet's name holds (``Friends of the Quay``, ``Harbour and Sea News``).
_FOR_OUTLET_LINKS: Final = frozenset({"for", "of", "the", "and", "&"})


def _credit_between(
    pairs: dict[int, int],
    credits: set[int],
    texts: Sequence[str],
    blocks: Sequence[int],
    stretch: tuple[int, int],
    state: LineState,
    patterns: _Patterns,
    knowledge: Knowledge,
) -> None:
    """A photo credit standing alone between two blocks (blank lines on both
    sides) was paired with the block above; the block below, a sentence of a
    caption's length, could be the caption instead (``… the board said.`` /
    ``Photo: Jane Roe`` / ``Cranes on the quay at dawn.``), and the block
    above, read as a caption, is then a paragraph lost from the body. When
    the block above reports speech (Knowledge.speech_verbs) and the one below
    does not, the credit is the sentence's below, with
    ``caption-credit-taken-below`` (a credit with no caption reads the same);
    otherwise the pair stays,
    with ``caption-credit-between`` (on the labelled pages such a credit
    mostly credits the block above). Only in the story's stretch
    (``stretch``, its first and past-last blocks). On a page of one block a
    line with no blank line in the story, every credit is glued to both its
    neighbours: the speech test turns the pair there too (the paragraph was
    lost as the caption, the caption kept in the body, silently), and a pair
    it leaves says nothing (a credit under its caption is the common order).
    Changes ``pairs`` in place; runs over the pairs only."""
    body_start, body_end = stretch
    # A page of one block a line, no blank line in its story (a browser's
    # text copied whole), sets no credit apart: every credit is glued to both
    # blocks beside it, and only the speech test below can tell.
    last = min(body_end, len(blocks)) - 1
    unspaced = 0 <= body_start < last and blocks[last] - blocks[body_start] == last - body_start
    for caption, credit in list(pairs.items()):
        below = credit + 1
        # "Supplied" or "Handout" alone under a paragraph of the story's
        # length (captions54's credits, which name no one): a photo printed
        # with its origin and no caption reads the same, and the paragraph
        # over it is then lost into the captions. Glued to both neighbours,
        # or under the story's last paragraph, no test below said it
        # (silent54).
        nameless = (
            credit == caption + 1
            and body_start <= caption
            and is_origin_credit(texts[credit])
            and len(texts[caption].split(None, _NAMELESS_CREDIT_CAPTION_MAX_WORDS))
            > _NAMELESS_CREDIT_CAPTION_MAX_WORDS
        )
        if (
            credit == caption + 1
            and body_start <= caption
            and below >= min(body_end, len(blocks))
            and is_abbreviated_label_credit(texts[credit])
        ):
            # "Fot. Jan Nowak / Gazeta Nadrzeczna" under the story's last
            # paragraph, nothing of the story under it: the story's closing
            # credit (Polish sites; _closing_sentences reads it so on a
            # spaced page), no caption's, on a page of one block a line too.
            del pairs[caption]
            continue
        if nameless and below >= min(body_end, len(blocks)):
            _say_nameless_credit(texts[credit], blocks[caption], state)
            continue
        if (
            credit != caption + 1
            or caption < body_start
            or below >= min(body_end, len(blocks))
            or (
                not unspaced
                and (blocks[credit] == blocks[caption] + 1 or blocks[below] == blocks[credit] + 1)
            )
            or below in pairs
            or below in credits
        ):
            continue
        text = texts[below].strip()
        if (
            not CAPTION_MIN_WORDS <= len(text.split()) <= CAPTION_MAX_WORDS
            or patterns.sentence_end.search(text[-8:]) is None
        ):
            if unspaced and not nameless and _reports_speech(texts[caption], knowledge):
                # A paragraph under the credit, no caption's sentence, and the
                # block above reporting speech: a paragraph as much as a caption.
                _say_speech_over_credit(blocks[caption], state)
            continue
        if _reports_speech(texts[caption], knowledge) and not _reports_speech(text, knowledge):
            # The block above reports speech: a paragraph, not a photo's
            # description. The sentence below is the likelier caption, but not
            # a sure one: a photo printed with its credit and no caption leaves
            # the credit between two paragraphs of the same form (``… the board
            # said.`` / ``Photo: Ivo Lind`` / ``The towpath stays open.``), and
            # the sentence below is then a paragraph lost into the captions.
            del pairs[caption]
            pairs[below] = credit
            state.problems.append(
                Problem(
                    "caption-credit-taken-below",
                    "a photo credit alone between two blocks is read as the credit of the "
                    "sentence below, the block above reporting speech; the sentence below "
                    "may be a paragraph of the body",
                    blocks[below],
                )
            )
            continue
        said = any(
            problem.code == "caption-credit-between" and problem.index == blocks[caption]
            for problem in state.problems
        )
        if unspaced or said:
            # Glued to both, the credit under its caption is the common
            # order: said only when the speech test above turned it. A pair
            # _header_sign_under_caption turned is said already.
            if nameless and not said:
                _say_nameless_credit(texts[credit], blocks[caption], state)
            elif not said and _reports_speech(texts[caption], knowledge):
                _say_speech_over_credit(blocks[caption], state)
            continue
        state.problems.append(
            Problem(
                "caption-credit-between",
                "a photo credit alone between two blocks is read as the credit of the "
                "block above; it may credit the sentence below, and the block above "
                "be a paragraph",
                blocks[caption],
            )
        )


# The longest caption a credit naming no one (``Supplied``) goes under unsaid:
# the line or line and a half of description such pages print over it ("A
# storm system over the southern ocean in one of the first images from the
# satellite.", 16 words); a block longer is as likely a paragraph of the story.
_NAMELESS_CREDIT_CAPTION_MAX_WORDS: Final = 18


def _say_speech_over_credit(caption_block: int, state: LineState) -> None:
    """``caption-credit-between`` on a block reporting speech read as the
    caption of the credit under it, on a page set one block a line (``… the
    engineer said, …`` / ``(Jane Roe/Getty Images)`` / a paragraph): the
    block reads as a paragraph as much as a caption, and taken as the
    caption it leaves the body."""
    state.problems.append(
        Problem(
            "caption-credit-between",
            "a photo credit under a block reporting speech is read as that block's credit, "
            "between two paragraphs; the photo may have no caption, and the block above be "
            "a paragraph",
            caption_block,
        )
    )


def _say_nameless_credit(credit: str, caption_block: int, state: LineState) -> None:
    """``caption-credit-between`` on a credit naming no one (``Supplied``)
    read as the credit of a paragraph-length block above it."""
    state.problems.append(
        Problem(
            "caption-credit-between",
            f"the photo credit {credit.strip()!r}, which names no one, is read as the "
            "credit of the paragraph-length block above; the photo may have no caption, "
            "and the block above be a paragraph",
            caption_block,
        )
    )


def _signed_off_close(text: str, index: int, state: LineState, knowledge: Knowledge) -> bool:
    """Is the story's last block ``text`` a paragraph closed by an agency's
    sign-off on the same line (``The ferry sails again on Monday. -- AP``,
    ``… officials said. — Reuters``, ``… on Monday. — With inputs from PTI``)?

    Such a line ends in a credit naming an agency, which
    :func:`~wirestory.captions.is_page_caption` reads as a photo's caption:
    the story's last paragraph was lost into ``Story.captions``, silently. A
    sign-off stands after a sentence's end mark and names an agency alone
    (:func:`~wirestory.trailers.glued_sign_off`); a photo's credit names its
    photographer (``(AP Photo/Jane Roe)``, ``Jane Roe / AFP``) and is no
    sign-off. A paragraph reporting speech, holding two sentences or longer
    than a caption is prose; one sentence of description reads as a
    caption's does (``Crews secure the ferry at the quay. — Reuters``), so it
    is read as the close with ``sign-off-may-be-credit``."""
    cut = glued_sign_off(text, knowledge=knowledge)
    if cut is None:
        return False
    sentence = text[:cut]
    if (
        len(sentence.split(None, CAPTION_MAX_WORDS)) <= CAPTION_MAX_WORDS
        and not signed_off_report(text, knowledge=knowledge)
        and _SENTENCE_BREAK.search(sentence) is None
    ):
        state.problems.append(
            Problem(
                "sign-off-may-be-credit",
                f"the story's last paragraph ({sentence[:60]!r}) ends in an agency's "
                "sign-off and was kept in the body: it may be a photo's caption and its credit",
                index,
            )
        )
    return True


# A figure a report gives: a percentage (``3 percent``, ``3.5 per cent``,
# ``3%``), a sum of money (``$40``, ``€2.5``) or a count in millions. Each
# alternative starts with a digit or a currency sign and runs a bounded
# length: linear.
_REPORTED_FIGURE: Final = regex.compile(
    r"\d\ ?(?:%|(?i:percent|per\ cent|percentage\ points?)\b)"
    r"|[$€£¥]\ ?\d|\d\ (?i:million|billion|trillion)\b"
)
# NARRATION_AUXILIARIES in the scripts without capitals whose agencies sign
# a paragraph off in brackets: Hindi "था", "थी", "थे" (was, were), "गया",
# "गई", "गए" (the passive's past: "बंद कर दिया गया", was closed); Arabic
# "كان", "كانت" (was), "و" (and) glued on; Hebrew "היה", "הייתה" (was).
_CASELESS_NARRATION_WORDS: Final = frozenset(
    {"था", "थी", "थे", "गया", "गई", "गए", "كان", "كانت", "وكان", "وكانت", "היה", "הייתה"}
)


def _long_credited_caption(text: str, knowledge: Knowledge) -> bool:
    """A caption longer than ``CAPTION_MAX_WORDS`` words between the story's
    paragraphs: science and space sites caption a diagram or a rendering with
    a paragraph or two (``A cross-section through the module showing … (1)
    crew quarters, (2) galley. Credit: Harbour Space Agency``), the credit
    labelled ``Credit:`` after the last sentence's end. Up to
    ``_LONG_CAPTION_MAX_WORDS`` words; the label is looked for in the block's
    last ``_LONG_CAPTION_TAIL`` characters first (most paragraphs end with no
    label: one short search), then the words are counted and the credit read
    as :func:`~wirestory.captions.page_caption_unbounded` reads it. A
    paragraph that ends citing its source so reads the same: the story says
    so (``caption-long``)."""
    tail = max(0, len(text) - _LONG_CAPTION_TAIL)
    # The label's letters first (a string search in C): most paragraphs hold none.
    if text.find("redit", tail) < 0:
        return False
    label = _LONG_CAPTION_CREDIT.search(text, tail)
    if label is None:
        return False
    # The credit is a name ("Island Shipyard", "NASA/JPL", "Getty Images via
    # AFP"): a word in small letters other than a name's joining word makes
    # it a sentence ("Credit: Moody's cut the bank's rating").
    credit = label.group().partition(":")[2]
    if any(
        word[:1].islower() and word.rstrip(",;") not in _CREDIT_SMALL_WORDS
        for word in credit.split()
    ):
        return False
    words = len(text.split(None, _LONG_CAPTION_MAX_WORDS))
    return CAPTION_MAX_WORDS < words <= _LONG_CAPTION_MAX_WORDS and page_caption_unbounded(
        text, knowledge=knowledge
    )


# A credit labelled ``Credit:`` (``Photo credit:``, ``Image credits:``) after
# a sentence's end, a capital after it, and no sentence's end after it up to
# the block's end. Bounded runs of one class each, and the search starts at
# most _LONG_CAPTION_TAIL characters from the end: linear.
_LONG_CAPTION_CREDIT: Final = regex.compile(
    r"[.!?)\]\"\u201d]\s{1,3}+(?:(?:Photo|Image)\s)?[Cc]redits?:\s{0,3}+\p{Lu}[^.!?\n]{0,80}+$"
)
# The words in small letters a long caption's credit may hold ("Courtesy of
# the Harbour Museum", "Jane Roe for The Valley Courier", "Getty Images via
# AFP", "Harbour Space Agency illustration"); any other makes it a sentence.
_CREDIT_SMALL_WORDS: Final = frozenset(
    "of the and for via by de di da du del van von der la le y et illustration "
    "photo photos image images handout courtesy rendering".split()
)
# How far from a block's end its ``Credit:`` label is looked for.
_LONG_CAPTION_TAIL: Final = 100
# A long caption is a paragraph or two: at most this many words.
_LONG_CAPTION_MAX_WORDS: Final = 160


def flag_signed_caption(text: str, index: int, state: LineState, knowledge: Knowledge) -> None:
    """``caption-may-be-paragraph`` on a caption inside the story whose credit
    is an agency's name alone after the sentence's end, after a dash or in
    parentheses (``Crews secure the ferry at the quay. — Reuters``, ``… at the
    quay. (AFP)``): a paragraph signed off by the agency, the wire's form as
    sites repost it, reads the same when it reports no speech. A
    photographer's credit (``(AP Photo/Jane Roe)``) signs no paragraph, and
    glued_sign_off finds none there. In parentheses, only a sentence that
    narrates (``The coast road was closed …``, a past or perfect tense's
    auxiliary) is flagged: a caption describes its photo in the present
    (``Smoke billows from …``) or names what it shows."""
    if ("#" in text or "@" in text) and _tagged_post(text, knowledge):
        state.problems.append(
            Problem(
                "caption-may-be-paragraph",
                f"a block between the story's paragraphs ({text.strip()[:60]!r}) holds a "
                "hashtag or a handle and ends in an agency's name in brackets: read as a "
                "photo's caption and its credit, it may be the agency's social post",
                index,
            )
        )
        return
    cut = glued_sign_off(text, knowledge=knowledge)
    if cut is None:
        return
    where = "after a dash"
    if text[cut] == "(":
        if any(word.casefold() in NARRATION_AUXILIARIES for word in text[:cut].split()):
            where = "in parentheses after a sentence that narrates"
        elif _reports_figure(text, cut):
            # "Shares in the builder rose 3 percent on Tuesday. (Reuters)": a
            # share of a whole or a sum of money is a market report's, the
            # agency signing its paragraph; a photo shows no percentage.
            where = "in parentheses after a sentence reporting a figure"
        elif _SENTENCE_END.search(text, 0, cut) is not None:
            # Two sentences or more, then the agency alone in brackets (``The
            # council met on Tuesday. Members voted … (AFP)``): a reposted
            # wire paragraph's form; a photo desk credits its own ``(AFP
            # Photo)``, ``(AP Photo/Jane Roe)``.
            where = "in parentheses after two sentences or more"
        elif text[:1] >= "\u05d0" and (
            _CASELESS_SENTENCE_BREAK.search(text, 0, cut) is not None
            or any(
                word.strip("\u0964,") in _CASELESS_NARRATION_WORDS for word in text[:cut].split()
            )
        ):
            # The same in a script without capitals (Hindi's "… किया। बहस …
            # चली। (भाषा)": two sentences, no capital after the danda; "…
            # असुरक्षित थी। (भाषा)": "थी", was): PTI's Hindi service signs
            # its paragraphs so.
            where = "in parentheses after a sentence that narrates or two sentences"
        else:
            return
    state.problems.append(
        Problem(
            "caption-may-be-paragraph",
            f"a block between the story's paragraphs ({text[:cut].strip()[:60]!r}) ends "
            f"in an agency's name {where} and was read as a photo's caption and its "
            "credit: it may be a paragraph signed off by the agency",
            index,
        )
    )


# The words that open a clause under a caption's description or name what
# its photo shows (``A man walks past a board showing shares down 3%``,
# ``… a blaze that caused $2 million in damage``, ``… a sign reading '100%
# renewable'``, ``… as shares fell 3 percent``).
_CAPTION_CLAUSE_WORDS: Final = frozenset(
    "showing shows reading reads that which who where as after while when".split()
)


def _reports_figure(text: str, cut: int) -> bool:
    """Does ``text[:cut]`` report a figure (:data:`_REPORTED_FIGURE`) in its
    main clause: no comma nor a word opening a clause under it
    (:data:`_CAPTION_CLAUSE_WORDS`) before the figure? ``Shares in the builder
    rose 3 percent`` reports it; a caption describes its photo and tells the
    figure in a clause under the description (``Residents queue for bread,
    which now costs $3 a loaf``, ``A man walks past a board showing shares
    down 3%``)."""
    figure = _REPORTED_FIGURE.search(text, 0, cut)
    if figure is None:
        return False
    before = text[: figure.start()]
    return "," not in before and not any(
        word.casefold() in _CAPTION_CLAUSE_WORDS for word in before.split()
    )


def _tagged_post(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` hold a hashtag or a handle before a credit in brackets
    naming an agency alone (``#BREAKING The old library closes after 80
    years (AFP)``)? An agency's social post embedded without its signature; a
    photo's caption tags no one (a photographer's handle in the credit,
    ``(Photo: @janeroe)``, is not looked at)."""
    stripped = text.rstrip()
    if stripped[-1:] != ")":
        return False
    at = stripped.rfind("(")
    if at <= 0 or _POST_TAG.search(stripped, 0, at) is None:
        return False
    credit = parse_credit(stripped[at + 1 : -1], knowledge=knowledge)
    return credit.agency is not None and credit.photographer is None


# A hashtag or a handle: ``#`` or ``@`` after white space, then a letter
# (``#3``, a car's or a player's number, is none).
_POST_TAG: Final = regex.compile(r"(?<!\S)[#@]\p{L}")


def _flag_narrating_caption(text: str, index: int, state: LineState, knowledge: Knowledge) -> None:
    """``caption-may-be-paragraph`` on a caption inside the story whose words
    before its credit run to ``_PARAGRAPH_SENTENCES`` sentences or more and
    narrate (a past or perfect tense's auxiliary, ``NARRATION_AUXILIARIES``) or
    report speech: ``The museum opened its new wing on Saturday. Curators had
    spent two years … The show runs until August. Courtesy of Vale Museum``
    is a paragraph of the story ending in its source's credit. A photo's
    caption says what it shows in a sentence or two; an agency's, its credit
    in brackets (``Crews clear the road on Monday. The storm had … (AP
    Photo/Jane Roe)``), adds the background in a third, and is not looked
    at. Sieved by a string count: most captions hold fewer sentence ends."""
    if ". " not in text:
        return
    caption, credit = split_credit(text, knowledge=knowledge)
    sentences = len(_SENTENCE_END.findall(caption)) + 1
    if (
        sentences >= _LABELLED_PARAGRAPH_SENTENCES
        and _labelled_bracket_credit(text, credit)
        and parse_credit(credit or "", knowledge=knowledge).agency is None
    ):
        # Two sentences or more, then a labelled credit in brackets naming no
        # agency (``The council met on Tuesday. Members voted … (Photo: Jane
        # Roe)``): a photo desk's or library's caption credits ``(AP
        # Photo/Jane Roe)``, ``(Photo: Getty Images)``; a person's name
        # after the label closes a site's paragraph citing its picture too.
        pass
    elif text.rstrip()[-1:] in ")]" and not _staff_slash_credit(credit, knowledge):
        # A credit in brackets is a photo desk's form (``… (AP Photo/Jane
        # Roe)``), its captions two or three sentences with the background;
        # a paper's own in brackets (``(Jane Roe/The Vale Post)``) names no
        # desk, and ends any length of prose (page_caption_unbounded).
        return
    elif sentences < _PARAGRAPH_SENTENCES:
        return
    else:
        words = caption.split()
        if not any(
            word.casefold() in NARRATION_AUXILIARIES for word in words
        ) and not _reports_speech(caption, knowledge):
            return
    state.problems.append(
        Problem(
            "caption-may-be-paragraph",
            f"a block between the story's paragraphs ({caption.strip()[:60]!r}) of "
            f"{_PARAGRAPH_SENTENCES} sentences or more that narrate ends in a credit and was "
            "read as a photo's caption: it may be a paragraph of the story citing its source",
            index,
        )
    )


# A labelled credit in brackets after two sentences reads as a paragraph's.
_LABELLED_PARAGRAPH_SENTENCES: Final = 2
# The labels a site's credit in brackets opens with (``(Photo: Jane Roe)``).
_BRACKET_CREDIT_LABELS: Final = ("Photo:", "Picture:", "Image:", "Photograph:", "Pic:")


def _labelled_bracket_credit(text: str, credit: str | None) -> bool:
    """Does ``text`` end in a credit in brackets opening with a photo's label
    and colon (``(Photo: Jane Roe)``)? String tests."""
    return (
        credit is not None
        and text.rstrip()[-1:] == ")"
        and credit.lstrip("(").startswith(_BRACKET_CREDIT_LABELS)
    )


def _staff_slash_credit(credit: str | None, knowledge: Knowledge) -> bool:
    """Is ``credit`` a staff photographer's and the paper's (``Jane Roe/The
    Vale Post``): a photographer and a source, no agency?"""
    if credit is None or "/" not in credit:
        return False
    parsed = parse_credit(credit, knowledge=knowledge)
    return parsed.agency is None and parsed.photographer is not None and parsed.source is not None


# A caption before its credit of this many sentences or more reads as a paragraph.
_PARAGRAPH_SENTENCES: Final = 3
# A sentence's end inside a block: a full stop, a question or exclamation mark
# (maybe a closing quote), white space, a capital ("… the war. Curators …";
# not "Calif., on", "Aug. 4"). One class a step: linear.
_SENTENCE_END: Final = regex.compile(r"[.!?][\"”’]?\s++[\"“]?\p{Lu}")


def generic_caption_narrates(text: str, knowledge: Knowledge) -> bool:
    """Do the words of ``text`` before its credit narrate (``was``, ``had``,
    ``will``: ``NARRATION_AUXILIARIES``, past and future auxiliaries)
    or report speech (``said``)? A photo's caption describes it in the
    present (``Crowds gather outside the court — Handout``); ``Tickets will
    be sold from Friday - Online`` is a sentence ending in a word."""
    words = split_credit(text, knowledge=knowledge)[0].split()
    folded = [word.casefold() for word in words]
    return (
        any(word in NARRATION_AUXILIARIES for word in folded)
        # "Readers can now vote for the award - Online": a modal verb tells
        # what may be done, no photo's moment; "Smoke can be seen over the
        # port - Handout" (a modal before "be") describes one, and so does a
        # modal in a relative clause, telling of a thing shown ("A ferry
        # that could carry 300 passengers waits at the quay - Handout").
        or any(
            word in MODAL_VERBS and following != "be" and previous not in _RELATIVE_WORDS
            for previous, word, following in zip(
                ["", *folded[:-1]], folded, [*folded[1:], ""], strict=True
            )
        )
        or _reports_speech(" ".join(words), knowledge)
    )


def _photo_only_credit(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` end in a credit of a word only a photo takes after a dash
    or in brackets (``- Supplied``, ``(Handout)``)? ``Online``, ``Pool`` and
    ``File`` end a sentence too (``… sold from Friday - Online``). A string
    test first: most lines end in neither word."""
    if not text.rstrip(" )").endswith(_PHOTO_ONLY_ENDS):
        return False
    return split_credit(text, knowledge=knowledge)[1] in _PHOTO_ONLY_CREDITS


# Generic credits no sentence ends in: where a photo came from, only.
_PHOTO_ONLY_CREDITS: Final = frozenset({"Supplied", "Handout", "SUPPLIED", "HANDOUT"})
_PHOTO_ONLY_ENDS: Final = tuple(_PHOTO_ONLY_CREDITS)


# Relative pronouns: a modal right after one is a relative clause's, telling
# of a thing in the photo ("a ferry that could carry 300", "the room, which
# can seat 40").
_RELATIVE_WORDS: Final = frozenset("that which who whose where".split())


def _flag_generic_caption(
    text: str,
    index: int,
    state: LineState,
    knowledge: Knowledge,
    where: str = "between the story's paragraphs",
) -> None:
    """``caption-may-be-paragraph`` on a caption inside the story whose credit
    names no one (:func:`_generic_credited_caption`) and whose words before it
    narrate or report speech (``Asked where the sales went, the owner had one
    answer - Online``, ``… the club said - Pool``): ``Online``, ``Pool`` and
    ``File`` end a paragraph's sentence after a dash too. A caption describes
    its photo in the present (``Crowds gather outside the court — Handout``)."""
    if not generic_caption_narrates(text, knowledge):
        return
    state.problems.append(
        Problem(
            "caption-may-be-paragraph",
            f"a block {where} ({text.strip()[:60]!r}) ends in a credit naming no one and "
            "was read as a photo's caption: its words narrate or report speech, and it may "
            "be a paragraph ending in that word",
            index,
        )
    )


# A story's sentence closes on a verb's ending of the telling register: in
# Korean the plain "…다" ("…열린다.", is held; "…예정이다.", is due), where a
# site's notice speaks politely ("…감사합니다.", thank you; "…바랍니다.",
# please); in Hindi an auxiliary or a future's ending ("… शुरू होगा।", will
# start; "… बंद था।", was closed; "… खुलेगी।"), where a prompt bids ("… फॉलो
# करें।") and a rights line or a list of names closes on a noun.
_HINDI_CLOSING_VERBS: Final = frozenset({"है", "हैं", "था", "थी", "थे", "गया", "गई", "गए"})
_HINDI_FUTURE_ENDINGS: Final = ("ेगा", "ेगी", "ेंगे", "ोगा", "ोगी", "ोंगे")
# A credit of contributors tells in the same tense ("इस रिपोर्ट में राहुल शर्मा
# का योगदान है।", Rahul Sharma contributed to this report: "contribution";
# "इनपुट", input): still a notice as often as the story's.
_HINDI_CONTRIBUTION_WORDS: Final = frozenset({"योगदान", "इनपुट"})


# Georgian's third person closes on "-ს" (present and future: "აკავშირებს",
# links; "მოაწერს ხელს", will sign, the object after the verb) or "-ა"
# (aorist "გაიხსნა", opened; future passive "დაიწყება", will begin); a
# genitive ("-ის") and a list of names' surnames ("-ია", "-ავა"; "-ძე" and
# "-შვილი" end in no such letter) close on them too, and a prompt's
# imperative closes on "-თ" ("გამოიწერეთ", subscribe). Knowing no Georgian,
# a story's ordinary last sentence said closing-sentence-may-be-notice (the
# review of silent57).
_GEORGIAN_VERB_ENDINGS: Final = ("ს", "ა")
_GEORGIAN_NAME_ENDINGS: Final = ("ის", "ია", "ავა")

# Formal written Burmese closes a statement on a particle after its verb:
# "သည်" (the declarative: "… ဖွင့်လှစ်ခဲ့သည်။", opened; "… ပြောသည်။", said)
# or "မည်" (the future: "… အကျိုးရှိမည်။", will benefit); a prompt bids with
# "ပါ" ("… နှိပ်ပါ။", please tap) and a list of names closes on a name. A
# rights line states too ("မူပိုင်ခွင့် ရယူထားသည်။", copyright reserved): its
# word still tells a notice. Knowing no Burmese, a story's ordinary last
# sentence said closing-sentence-may-be-notice (alarms61).
_BURMESE_CLOSING_PARTICLES: Final = ("\u101e\u100a\u103a", "\u1019\u100a\u103a")
# A prompt states as well: "… မျှဝေနိုင်သည်။" (you can share …) closes on
# "နိုင်" (can) before "သည်", and names the page's own article ("ဆောင်းပါး")
# or newsletter ("သတင်းလွှာ"), or its reader ("သင့်", your, to you), or a
# rights line names "မူပိုင်" (copyright). A close on "can" keeps the alarm
# when it names a reader's act, a bid's verb: share ("မျှဝေ"), read ("ဖတ်"),
# subscribe ("စာရင်းသွင်း"), tap ("နှိပ်"), contact ("ဆက်သွယ်"), download
# ("ဒေါင်းလုဒ်") (review63: alarms61 silenced the prompt); a story's "can"
# ("… သွားလာနိုင်သည်။", cars can pass; "… ပို့ဆောင်နိုင်သည်။", can carry)
# names none and says nothing (alarms64: every such close was said).
_BURMESE_CAN_CLOSES: Final = tuple(
    "\u1014\u102d\u102f\u1004\u103a" + particle for particle in _BURMESE_CLOSING_PARTICLES
)
_BURMESE_BID_VERBS: Final = (
    "\u1019\u103b\u103e\u101d\u1031",
    "\u1016\u1010\u103a",
    "\u1005\u102c\u101b\u1004\u103a\u1038\u101e\u103d\u1004\u103a\u1038",
    "\u1014\u103e\u102d\u1015\u103a",
    "\u1006\u1000\u103a\u101e\u103d\u101a\u103a",
    "\u1012\u1031\u102b\u1004\u103a\u1038\u101c\u102f\u1012\u103a",
)
_BURMESE_PROMPT_WORDS: Final = (
    "\u1019\u1030\u1015\u102d\u102f\u1004\u103a",
    "\u1006\u1031\u102c\u1004\u103a\u1038\u1015\u102b\u1038",
    "\u101e\u1010\u1004\u103a\u1038\u101c\u103d\u103e\u102c",
)
# The reader, "သင့်" (your, to you) opening a phrase. Inside a word it is
# "should" ("… လုပ်သင့်သည်"), and "သင့်" with another syllable makes a word
# of fitness ("သင့်တော်", appropriate; "သင့်လျော်", suitable; "သင့်တင့်",
# reasonable; "သင့်မြတ်", harmonious: a story's "… သင့်တင့်သည်။" is no bid,
# alarms64, review65, review s15c). The reader's "သင့်" stands alone (a space
# or a phrase mark after it) or takes a particle of object or possession
# ("သင့်အတွက်", for you; "သင့်ကို", you; "သင့်၏", "သင့်ရဲ့", your; "သင့်ထံ",
# to you; "သင့်အား", to you). Pages type the dot below and the asat in either
# order, and the layout reads the text as the page wrote it (no NFC before
# it): both orders are looked for (review65: the other order's prompt
# "သင့်အတွက် …" was silent).
_BURMESE_YOUR: Final = ("\u101e\u1004\u1037\u103a", "\u101e\u1004\u103a\u1037")
_BURMESE_READER: Final = tuple(
    your + particle
    for your in _BURMESE_YOUR
    for particle in (
        "\u1021\u1010\u103d\u1000\u103a",
        "\u1000\u102d\u102f",
        "\u104f",
        "\u101b\u1032\u1037",
        "\u1011\u1036",
        "\u1021\u102c\u1038",
    )
)
_BURMESE_PHRASE_MARKS: Final = "\u104a\u104b"
# Khmer glues a clause's words and sets a space after a phrase: a run
# closing on "ថា" (that, after a verb of saying or thinking: "បាននិយាយថា",
# said that; "បានថ្លែងថា", stated that; "រំពឹងថា", expects that) opens what
# someone said, a story's sentence, as do a run holding the verbs of saying
# themselves ("និយាយ", say; "ថ្លែង", state; "ប្រាប់", tell) and a sentence
# closing on "ផងដែរ" (as well, adding to what the story told). A prompt bids
# with "សូម" (please) and a rights line or a list of names says none of them.
_KHMER_THAT: Final = "\u1790\u17b6"
_KHMER_SPEECH_STEMS: Final = (
    "\u1793\u17b7\u1799\u17b6\u1799",
    "\u1790\u17d2\u179b\u17c2\u1784",
    "\u1794\u17d2\u179a\u17b6\u1794\u17cb",
)
_KHMER_AS_WELL: Final = "\u1795\u1784\u178a\u17c2\u179a"
# Arabic reports speech with more verbs than Knowledge.speech_verbs' "said"
# and "added", "و" (and) glued on as a sentence opens: "أوضح" (explained),
# "أكد" (confirmed), "أشار" (pointed out), "صرح" (stated), "ذكر"
# (mentioned), "أفاد" (reported), "يقول" / "تقول" (says), "قال" / "قالت"
# (said), and the words of expecting ("المتوقع", "يتوقع", "توقع": "ومن
# المتوقع أن …", it is expected that …) open a story's sentence. "أن" or
# "إن" (that) alone tells nothing: a prompt ("لا تنس أن تشترك …", don't
# forget to subscribe) and a rights line ("يرجى العلم أن جميع الحقوق
# محفوظة", please note that all rights are reserved) hold it too, and alarms61
# counting it silenced them (review63). A prompt ("شارك المقال …", share the
# article) or a list of contributors ("ساهم في التغطية …") holds no such verb.
_ARABIC_REPORTING_WORDS: Final = frozenset(
    {
        "أوضح",
        "أكد",
        "أشار",
        "صرح",
        "ذكر",
        "أفاد",
        "يقول",
        "تقول",
        "قال",
        "قالت",
        "المتوقع",
        "يتوقع",
        "توقع",
    }
)
_ARABIC_CONTRIBUTION_WORD: Final = "ساهم"


def _declarative_close(text: str) -> bool:
    """Does ``text``, a short sentence of a script without capitals, close on
    a verb's ending that tells (:data:`_HINDI_CLOSING_VERBS`, Korean's plain
    "다"), as a story's sentence does and a notice, a prompt or a list of
    names does not?"""
    words = text.split()
    if any(word.strip(":,\u0964") in _HINDI_CONTRIBUTION_WORDS for word in words):
        return False
    last = words[-1].rstrip(".!?\u0964\u0965") if words else ""
    if last.endswith("다"):
        return not last.endswith("니다")
    if last[-1:] and "\u10d0" <= last[-1] <= "\u10ff":
        return last.endswith(_GEORGIAN_VERB_ENDINGS) and not last.endswith(_GEORGIAN_NAME_ENDINGS)
    # Burmese's "။" and Khmer's "។" close their sentences as the danda does.
    last = last.rstrip("\u104b\u17d4")
    if last[-1:] and "\u1000" <= last[-1] <= "\u109f":
        return (
            last.endswith(_BURMESE_CLOSING_PARTICLES)
            and not (
                last.endswith(_BURMESE_CAN_CLOSES)
                and any(verb in text for verb in _BURMESE_BID_VERBS)
            )
            and not any(word in text for word in _BURMESE_PROMPT_WORDS)
            and not any(
                word.rstrip(_BURMESE_PHRASE_MARKS) in _BURMESE_YOUR
                or word.startswith(_BURMESE_READER)
                for word in words
            )
        )
    if last[-1:] and "\u1780" <= last[-1] <= "\u17ff":
        return last.endswith(_KHMER_AS_WELL) or any(
            word.endswith(_KHMER_THAT) or any(stem in word for stem in _KHMER_SPEECH_STEMS)
            for word in words
        )
    if last[-1:] and "\u0600" <= last[-1] <= "\u06ff":
        said = {word.strip(".,:\u060c\u061f") for word in words}
        said |= {word[1:] for word in said if word[:1] == "\u0648"}
        return not said.isdisjoint(_ARABIC_REPORTING_WORDS) and not any(
            _ARABIC_CONTRIBUTION_WORD in word for word in words
        )
    return last in _HINDI_CLOSING_VERBS or last.endswith(_HINDI_FUTURE_ENDINGS)


def _reports_speech(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` hold a word of Knowledge.speech_verbs (``said``)?"""
    return any(is_speech_word(word, knowledge=knowledge) for word in text.split())


def _writer_sign_off(text: str, knowledge: Knowledge, *, signatures: bool = False) -> bool:
    """Is ``text`` a writer's name and the outlet they write for after a comma
    (``Jane Roe, USA TODAY``, ``Jane Roe, The Vale Post``), as the USA Today
    network's pages sign a story under its last paragraph? Not with an
    agency's name (``Jane Roe, AP``, ``Jane Roe, Getty Images``: a photo's
    credit) nor a photo's or a video's word (``Jane Roe, Staff
    Photographer``). The comma asked first. With ``signatures``, a letter's
    or a notice's signature counts too (``Jane Roe, Harbour Road``, ``Jane
    Roe, The Drive``, ``Jane Roe, Chair, Harbour Board``): asked where only
    "is the line a name signing the prose above, no photo's credit?" matters
    (a last paragraph over it is prose, no caption)."""
    if ", " not in text:
        return False
    found = page_person_names(text.strip(), knowledge=knowledge)
    if found is None or not found.names:
        return False
    outlet = found.organization
    if outlet is None and len(found.names) == 2 and _outlet_shaped(found.names[1], knowledge):
        # ``Ivo Marsh, Kellsmouth Echo``: a paper's name without ``The``,
        # ending in no word of Knowledge.outlet_words, reads as a second
        # name; one opening with no given name is the outlet's shape.
        outlet = found.names[1]
    return (
        outlet is not None
        # An outlet's name holds no comma: ``Jane Roe, Kellsmouth, Vale``
        # (a town and its county) or ``Jane Roe, Chair, Harbour Board`` (a
        # title and a body) signs a letter or a notice, no writer's copy.
        and (signatures or "," not in outlet)
        # Nor ends in a street's word: ``Jane Roe, Harbour Road`` is an
        # address (Knowledge.street_words). Not after ``The``: a
        # publication's name (``Jane Roe, The Drive``, ``Tom Hale, The
        # Avenue``: a magazine's), as a signature's street is printed with
        # its number (``12 The Drive``).
        and (
            signatures
            or outlet.startswith("The ")
            or outlet.rpartition(" ")[2].rstrip(".").casefold() not in knowledge.street_words
        )
        and not is_organization_line(outlet, knowledge=knowledge)
        and not any(
            word.startswith((*knowledge.photo_labels, "video"))
            for word in outlet.casefold().split()
        )
    )


def writer_sign_off(text: str, knowledge: Knowledge) -> Byline | None:
    """The writer and their outlet a sign-off line names (``Jane Roe, USA
    TODAY``, ``Ivo Marsh, Kellsmouth Echo``: :func:`_writer_sign_off`), or
    None. (Not part of wirestory's API: the enrichment reads wire copy's
    sign-off under a story with no byline.)"""
    if not _writer_sign_off(text, knowledge):
        return None
    found = page_person_names(text.strip(), knowledge=knowledge)
    if found is None:
        return None
    if found.organization is None:
        *names, outlet = found.names
        return Byline(raw=found.raw, names=tuple(names), organization=outlet)
    return found


def _outlet_shaped(name: str, knowledge: Knowledge) -> bool:
    """Is ``name``, read as a second person's after a writer's name and a
    comma, of an outlet's shape: two or three capitalised words, the first
    no given name (Knowledge.given_names, double_given_names)? ``Kellsmouth
    Echo``, ``Harbour Voice``; not ``Tom Bay``. A second writer of a given
    name no table holds reads so too: the line is a sign-off either way."""
    words = name.split()
    first = words[0].casefold() if words else ""
    return (
        2 <= len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and first not in knowledge.given_names
        and first not in knowledge.double_given_names
    )


def _prose_over_sign_off(text: str, knowledge: Knowledge) -> bool:
    """Is ``text``, a block over a writer's sign-off, a paragraph of the
    story: two sentences or more, or reporting speech? A photo's caption says
    what it shows in one sentence (``Pupils leave the old library on Monday.``)."""
    return _SENTENCE_BREAK.search(text) is not None or _reports_speech(text, knowledge)


def _flag_signed_close_caption(
    pairs: dict[int, int],
    texts: Sequence[str],
    blocks: Sequence[int],
    body_end: int,
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """``caption-may-be-paragraph`` on the story's last block read as a caption
    over a writer's sign-off glued under it (``The council will vote again
    in May.`` / ``Jane Roe, USA TODAY``): one sentence of description reads
    as a photo's caption does, and the name and outlet as its credit, but the
    block may be the story's last paragraph and the line its writer's
    sign-off (_caption_pairs reads two sentences, or speech, as prose). Two
    lookups: cheap."""
    for caption in (body_end - 2, body_end - 1):
        credit = pairs.get(caption)
        if (
            credit == caption + 1
            and blocks[credit] == blocks[caption] + 1
            and (
                _writer_sign_off(texts[credit], knowledge, signatures=True)
                or _writers_over_prose(texts[caption], texts[credit], knowledge)
            )
        ):
            state.problems.append(
                Problem(
                    "caption-may-be-paragraph",
                    f"the story's last block ({texts[caption].strip()[:60]!r}) over a "
                    f"writer's sign-off ({texts[credit].strip()[:40]!r}) was read as "
                    "a photo's caption and its credit: it may be the story's last paragraph "
                    "and its writer's sign-off",
                    blocks[caption],
                )
            )


def _writers_over_prose(caption: str, credit: str, knowledge: Knowledge) -> bool:
    """Is ``credit`` two people's names and nothing else (``Ivo Marsh, Tom
    Bay``) under a block of prose (``_prose_over_sign_off``: two sentences,
    or speech)? Two writers sign a story so as two photographers credit a
    picture: the story's last paragraph was read as a caption, silently."""
    if ", " not in credit or not _prose_over_sign_off(caption, knowledge):
        return False
    found = page_person_names(credit.strip(), knowledge=knowledge)
    return found is not None and len(found.names) >= 2 and found.organization is None


def _credit_goes_down(blocks: Sequence[int], credit: int) -> bool:
    """Is block ``credit`` set apart from the block above it by a blank line and
    glued to the block under it (the photo's credit printed over its caption)?"""
    return (
        0 < credit < len(blocks) - 1
        and blocks[credit] != blocks[credit - 1] + 1
        and blocks[credit + 1] == blocks[credit] + 1
    )


# A source's name printed as a photo's credit: one to five capitalised words
# (``Berkeley Earth``, ``NASA Worldview``, ``Ecological Economics``), small
# linking words allowed (Knowledge.source_name_links); no digit, no closing
# punctuation.
_SOURCE_MAX_WORDS: Final = 5
_SOURCE_MAX_CHARS: Final = 40
_DIGIT = regex.compile(r"\d")


def _glued_sources(
    blocks: Sequence[int],
    texts: Sequence[str],
    body_start: int,
    body_end: int,
    knowledge: Knowledge,
) -> frozenset[int]:
    """Blocks that credit the photo above by a source's name alone: a figure
    whose caption and credit the page prints as two lines with no blank line
    between, while its paragraphs stand apart (blank line, ``caption`` /
    ``Berkeley Earth``, blank line). A name glued under a paragraph reads the
    same as a writer's sign-off, so the pair must stand inside the story, with
    a block of the story after it; the caption opens and ends with no
    quotation mark (a quote and its speaker). With them, the page's own name
    under a caption at the story's opening (:func:`_own_name_credits`)."""
    found = set()
    for number in range(max(body_start + 1, 2), body_end - 1):
        line = blocks[number]
        if (
            blocks[number - 1] != line - 1
            or blocks[number - 2] == line - 2
            or blocks[number + 1] == line + 1
        ):
            continue  # not a two-line block standing apart
        text, above = texts[number].strip(), texts[number - 1].strip()
        words = _source_name(text, knowledge).split()
        if (
            not 0 < len(words) <= _SOURCE_MAX_WORDS
            or len(text) > _SOURCE_MAX_CHARS
            or not all(w[:1].isupper() or w in knowledge.source_name_links for w in words)
            or not words[-1][-1:].isalpha()
            or _DIGIT.search(text) is not None
            or above[:1] in QUOTE_MARKS
            or above[-1:] in QUOTE_MARKS + ":"
            or furniture_phrase(text, knowledge=knowledge)
            or byline_line(text, knowledge=knowledge) is not None
            or writer_title(text, knowledge=knowledge) is not None
            # "… rose to 5 percent, the office said." / "Source: Harbour
            # Statistics": a paragraph reporting speech with its data's
            # source under it, no photo's caption (it was lost from the body).
            or _reports_speech(above, knowledge)
        ):
            continue
        found.add(number)
    return frozenset(found | _own_name_credits(texts, body_start, body_end, knowledge))


# The blocks of a story's opening a photo credited to the page's own
# masthead is looked for in (its lead photo stands there).
_OWN_NAME_CREDIT_REACH: Final = 3


def _own_name_credits(
    texts: Sequence[str], body_start: int, body_end: int, knowledge: Knowledge
) -> set[int]:
    """Blocks among the story's first ``_OWN_NAME_CREDIT_REACH`` that credit
    the photo above with the page's own name, printed alone on the line under
    the caption as the page's first line prints it (``The Vale Shimbun`` / …
    / ``A drone takes off from the port on Monday.`` / ``The Vale Shimbun`` /
    ``NAGISA — The town …``: papers in English of Japan). The caption one
    sentence of a caption's length, no quotation; a block of the story under
    the name. Left unpaired, the caption and the name were the story's first
    paragraphs, the caption lost, said only as a dateline past the first
    paragraph."""
    site = texts[0].strip() if texts else ""
    found: set[int] = set()
    if not site or len(site) > _SOURCE_MAX_CHARS:
        return found
    reach = min(body_end - 1, body_start + _OWN_NAME_CREDIT_REACH)
    for number in range(max(body_start + 1, 1), reach):
        if texts[number].strip() != site:
            continue
        above = texts[number - 1].strip()
        if (
            CAPTION_MIN_WORDS <= len(above.split()) <= CAPTION_MAX_WORDS
            and above[:1] not in QUOTE_MARKS
            and above[-1:] not in QUOTE_MARKS + ":"
            and not _reports_speech(above, knowledge)
        ):
            found.add(number)
    return found


def _header_photo_credit(
    texts: Sequence[str], body_start: int, pairs: dict[int, int], knowledge: Knowledge
) -> None:
    """The photo over the story, printed under the byline and the date as two
    lines, its caption and its credit, right over the story's first paragraph:
    ``By Helen Ward`` / ``March 4, 2025`` / ``Arthur Pym at his bench …`` /
    ``Sam Reid for The Vale Times`` (a photographer and the paper they took it
    for) or ``Source: Office for National Statistics`` (a chart's source),
    added to ``pairs`` (caption block -> credit block). Both were left out with
    the header's furniture, silently. Read so only under a byline among the two
    lines above the caption (without one, ``Jane Roe for The Vale Post`` is the
    story's own byline, a deck above it), the caption one of a caption's length
    ending like a sentence. One place a page: cheap."""
    credit, caption = body_start - 1, body_start - 2
    if caption < 2 or caption in pairs or credit in pairs:
        return
    text = texts[credit].strip()
    if (
        len(text) > _FOR_OUTLET_MAX_CHARS
        or (" for " not in text and ":" not in text)
        or (
            credit_for_outlet(text, knowledge=knowledge) is None
            and _source_name(text, knowledge) == text
        )
    ):
        return
    above = texts[caption].strip()
    if (
        above[-1:] not in knowledge.sentence_ends
        or not CAPTION_MIN_WORDS <= len(above.split()) <= CAPTION_MAX_WORDS
        or not any(
            byline_line(texts[number], knowledge=knowledge) is not None
            for number in (caption - 1, caption - 2)
        )
    ):
        return
    pairs[caption] = credit


# The most words of a caption under its credit over the story: a photo's
# description is short (``Turbines at a wind farm farther along the
# coast.``); a longer sentence there is likelier the story's first paragraph
# under a photo printed with a credit and no caption (``Published 4 March
# 2025`` / ``Image via Getty Images`` / ``The harbour board voted on Tuesday
# to rebuild the old north pier, which …``).
_CAPTION_UNDER_CREDIT_MAX_WORDS: Final = 20


def _header_credit_over_caption(
    texts: Sequence[str],
    stretch: tuple[int, int],
    pairs: dict[int, int],
    credits: set[int],
    blocks: Sequence[int],
    state: LineState,
    patterns: _Patterns,
    knowledge: Knowledge,
) -> None:
    """The photo over the story, its credit printed over its caption, both
    right under the header's date line, with no blank line between: ``March
    4, 2025`` / ``Photo: Jane Roe/Shutterstock`` / ``Ambulances outside the
    hospital on Monday night.`` / the story. No caption stands over the
    credit (the date line is none), so no pairing took it, and the caption
    was read as the story's first paragraph, silently. Added to ``pairs``
    (caption block -> credit block) when the credit line stands under a date
    line, the caption under it is short (``_CAPTION_UNDER_CREDIT_MAX_WORDS``)
    and ends like a sentence, and a block of the story follows it. A photo
    printed with a credit and no caption reads the same, the story's first
    paragraph under it: said with ``caption-credit-taken-below``. One
    place a page: cheap."""
    body_start, body_end = stretch
    # The caption read as the first paragraph, or left out over it as a
    # short sentence (``sentence-over-story-left-out``).
    caption = body_start if body_start - 1 in credits else body_start - 1
    credit = caption - 1
    if (
        credit < 2
        or caption + 1 >= min(body_end, len(texts))
        or credit not in credits
        or caption in pairs
        or credit in pairs.values()
        or blocks[caption] != blocks[credit] + 1
    ):
        return
    if not is_date_line(texts[credit - 1], knowledge=knowledge):
        # Under a byline, a credit line is the story's photographer's, the
        # byline's partner (``Tekst: Mette Jensen`` / ``Foto: Ritzau
        # Scanpix``, Nordic papers' form), over the first paragraph.
        return
    text = texts[caption].strip()
    if (
        not CAPTION_MIN_WORDS <= len(text.split()) <= _CAPTION_UNDER_CREDIT_MAX_WORDS
        or patterns.sentence_end.search(text[-8:]) is None
        or byline_line(text, knowledge=knowledge) is not None
        or is_date_line(text, knowledge=knowledge)
    ):
        return
    pairs[caption] = credit
    state.problems.append(
        Problem(
            "caption-credit-taken-below",
            "a photo credit under the header's date line is read as the credit of the "
            "sentence below; the sentence below may be the story's first paragraph",
            blocks[caption],
        )
    )


def _header_sign_under_caption(
    texts: Sequence[str],
    pairs: dict[int, int],
    blocks: Sequence[int],
    state: LineState,
    patterns: _Patterns,
    knowledge: Knowledge,
) -> None:
    """A copyright sign's credit line (``© Jane Roe``) credits the line under
    it (:func:`_caption_pairs`: ``© Jane Roe`` over ``Image caption …``); but
    right under the header's date line, a short sentence, the sign's line and
    the story's paragraph (``March 4, 2025`` / ``Buses at the depot on
    Monday.`` / ``© Jane Roe`` / the story, no blank line between: European
    pages print the figure's caption, then its copyright) put the caption over
    the sign. Read so, the first paragraph was lost as the caption and the
    caption left out, silently. The sentence above is the caption (at most
    ``_CAPTION_UNDER_CREDIT_MAX_WORDS`` words, ending like a sentence), said
    with ``caption-credit-between`` (the sign may credit the block under it,
    the sentence be a short first paragraph). Changes ``pairs`` in place;
    runs over the pairs only."""
    for caption, credit in list(pairs.items()):
        above = credit - 1
        if (
            caption != credit + 1
            or above < 2
            or above in pairs
            # One line apart, or one blank line each (a spaced page's blocks:
            # captions53), the same gap over and under the sign.
            or not blocks[credit] - blocks[above] == blocks[caption] - blocks[credit] <= 2
            or texts[credit].lstrip()[:1] != "\u00a9"
        ):
            continue
        text = texts[above].strip()
        words = len(text.split())
        if (
            not CAPTION_MIN_WORDS <= words <= _CAPTION_UNDER_CREDIT_MAX_WORDS
            or patterns.sentence_end.search(text[-8:]) is None
            or len(texts[caption].split()) <= words
        ):
            continue
        dated = is_date_line(texts[above - 1], knowledge=knowledge)
        # Between the story's paragraphs the same: a paragraph, the short
        # sentence, the sign's line, a longer paragraph (captions53: ``… the
        # chair said.`` / ``Buses at the depot on Monday.`` / ``© Jane Roe`` /
        # the story). The paragraph under the sign was lost as the caption,
        # the sentence left out, silently. The block over the sentence ends
        # like a sentence and is longer than it: a paragraph, no heading; so
        # does the block under the sign (a caption with no full stop under the
        # sign is the sign's own: ``… not Morales.`` / ``© Harbour Media`` /
        # ``Slides from the briefing given in December``, a real page's), with
        # no caption's label (``© Jane Roe`` / ``Image caption …``, BBC's).
        over, under = texts[above - 1].strip(), texts[caption].strip()
        if not dated and (
            len(over.split()) <= words
            or patterns.sentence_end.search(over[-8:]) is None
            or patterns.sentence_end.search(under[-8:]) is None
            or caption_label(under, knowledge=knowledge) is not None
        ):
            continue
        del pairs[caption]
        pairs[above] = credit
        # Said here in every placement (_credit_between, which says a credit
        # alone between two spaced blocks, leaves the pair it finds said):
        # under the story's first paragraph it asks of no pair.
        where = "under the header's date line" if dated else "between the story's paragraphs"
        state.problems.append(
            Problem(
                "caption-credit-between",
                f"a copyright line under a short sentence {where} is read as the credit of the "
                "sentence above; it may credit the block below, and the sentence above be a "
                "paragraph",
                blocks[above],
            )
        )


def _source_name(text: str, knowledge: Knowledge) -> str:
    """The name a source's credit line gives (``Source: Ministry of Health``,
    ``(Source: Harbour Board)``, ``Fonte: Porto de Lisboa``: a label of
    Knowledge.source_labels, a colon, the name, maybe all in parentheses), or
    ``text`` itself when it holds no such label (a name alone, ``Berkeley
    Earth``)."""
    inner = text[1:-1] if text[:1] == "(" and text[-1:] == ")" else text
    label, colon, name = inner.partition(":")
    if colon and label.rstrip().casefold() in knowledge.source_labels:
        return name.strip()
    return text


def _claim_caption_pair(
    blocks: Sequence[int],
    number: int,
    pairs: dict[int, int],
    state: LineState,
    glued: frozenset[int] = frozenset(),
) -> bool:
    """Claim block ``number`` when it is a caption or a credit of ``pairs``; a
    caption credited by a source's name glued under it (``glued``) says so."""
    if number in pairs:
        index = blocks[number]
        credit = pairs[number]
        state.captions.append(index)
        state.caption_credits[index] = blocks[credit]
        rule = "caption-credit-above" if credit < number else "caption-credit-below"
        if credit in glued:
            rule = "caption-source-below"
        state.claim(index, Role.CAPTION, rule)
        if not state.is_claimed(blocks[credit]):
            state.claim(blocks[credit], Role.CAPTION, "caption-credit-line")
        return True
    # A credit is paired with the caption right above or below it: two lookups,
    # not a search of every pair (which made a gallery of captions quadratic).
    if pairs.get(number - 1) == number or pairs.get(number + 1) == number:
        if not state.is_claimed(blocks[number]):
            state.claim(blocks[number], Role.CAPTION, "caption-credit-line")
        return True
    return False


def _header(
    lines: list[Line],
    blocks: list[int],
    body_start: int,
    state: LineState,
    knowledge: Knowledge,
    pairs: dict[int, int],
    credit_lines: set[int],
    title_lines: Sequence[int] | None = None,
    texts: Sequence[str] | None = None,
    keys: list[frozenset[str]] | None = None,
    *,
    language: str | None,
) -> None:
    """Claim the page title, the headline, the byline and what stands between the
    headline and the story's first paragraph (block number ``body_start``).
    ``texts`` (the blocks' texts) and ``keys`` (:func:`_title_keys` of the
    title) are given when the caller has them.

    The headline is, in this order: the line equal to the title's headline part
    (H1, ``_exact_title_line``); the line above the byline and date lines of the
    header zone (H2, ``_headline_above``); the last line above the story, at most
    ``_HEADER_LOOKBACK`` blocks up, that repeats most of the title's words;
    without any of them the page title itself. The byline is the first byline
    line of the header zone (``_header_byline``).
    """
    if not blocks:
        return
    title = blocks[0]
    if texts is None:
        texts = [lines[index].text for index in blocks]
    if keys is None:
        keys = _title_keys(texts[0])
    low = max(1, body_start - _HEADER_LOOKBACK)
    headline = _exact_title_line(texts, body_start, knowledge, title_lines)
    rule = "headline-title-part"
    zone = _header_zone(texts, body_start, headline)
    # The first anchor alone is read unless the headline is looked for above
    # the anchors: each of the zone's lines under it asked for a byline is a
    # line read for the first time (most of a page's header lines are new to
    # the byline reader's memory), and most pages find their headline by the
    # title.
    firsts = _zone_anchors(texts, *zone, knowledge, 1)
    anchor = firsts[0] if firsts else None
    if (
        headline is not None
        and anchor is not None
        and _site_name_shaped(texts[0])
        and headline + 1 < len(texts)
        and _menu_item(texts[headline + 1])
    ):
        anchors = _zone_anchors(texts, *zone, knowledge)
        # "Vale Post", "Marsh Valley Courier" as the whole title (no separator,
        # at most four words), the masthead showing the same with the menu's
        # first item under it ("Home"): a site's name, no headline. The line
        # above the byline or date is the headline when there is one (H2
        # prefers a line sharing the title's words, so a short headline
        # printed as the title stays); the masthead was taken, the story's
        # headline left in the header. A headline shown again has its story,
        # a caption or a byline under it, no menu item.
        above = next(filter(None, (_headline_above(texts, a, knowledge) for a in anchors)), None)
        if above is not None and above != headline:
            headline, rule = above, "headline-above-byline"
    masthead_doubt = False
    if headline is not None and anchor is not None and anchor == headline + 2:
        under = _masthead_under_section_title(texts, headline, knowledge)
        if under is True:
            state.claim(blocks[headline], Role.FURNITURE, "masthead")
            headline, rule = headline + 1, "headline-above-byline"
        masthead_doubt = under is None
    if headline is None:
        # A date line above the headline (``November 18`` in a date bar) is an
        # anchor with no headline above it: the next one may have one.
        anchors = _zone_anchors(texts, *zone, knowledge) if anchor is not None else []
        for later in anchors:
            headline = _headline_above(texts, later, knowledge)
            if headline is not None:
                if anchor is not None and anchor < headline < later:
                    # The first anchor stands over the headline (a date bar,
                    # a newsletter's ``Issue #112 · March 4, 2025``): the
                    # byline is looked for around the anchor under it, as no
                    # line above the headline is the byline.
                    anchor = later
                break
        rule = "headline-above-byline"
    if headline is None and anchor is not None:
        headline = _headline_under_date(texts, anchor, body_start, knowledge)
        rule = "headline-under-date"
    if headline is None:
        rule = "headline-repeats-title"
        for number in range(min(body_start, len(blocks)) - 1, low - 1, -1):
            if _repeats_title(texts[number], keys) and not _title_site_part(texts, number):
                headline = number
                break
    if headline is None:
        headline = _headline_under_inner_title(texts, min(body_start, len(blocks)), knowledge)
        rule = "headline-repeats-title"
    if headline is None and anchor is not None:
        headline = _short_headline_under_menu(texts, anchor, knowledge)
        rule = "headline-above-byline"
    if headline is None:
        # A guess: the <title> line often carries the site's name or an SEO
        # wording, so the story says where its headline came from.
        state.headline = title
        state.claim(title, Role.HEADLINE, "page-title")
        state.headline_text = _title_without_site(texts, body_start)
        state.problems.append(
            Problem(
                "headline-from-title",
                "no line of the page repeats its title or stands above its byline; "
                "the title line is taken for the headline",
                title,
            )
        )
    else:
        state.claim(title, Role.FURNITURE, "page-title")
        masthead = rule == "headline-above-byline" and _masthead_over_headline(
            texts, headline, body_start, knowledge
        )
        if masthead and _copyright_names(texts, texts[headline]):
            # The print view's masthead (``Print`` / ``Close window`` / ``The
            # Kettering Cross Times`` / the headline / its deck / byline),
            # named by the page's ``© 2025 The Kettering Cross Times``: the
            # line under it is the headline.
            state.claim(blocks[headline], Role.FURNITURE, "masthead")
            headline, masthead = headline + 1, False
        state.headline = blocks[headline]
        state.claim(blocks[headline], Role.HEADLINE, rule)
        if masthead:
            _flag_masthead_over_headline(texts, headline, blocks, state)
        if masthead_doubt:
            state.problems.append(
                Problem(
                    "headline-may-be-site-name",
                    f"{texts[headline][:60]!r}, the site's part of a section's title at the "
                    f"page's top, was read as the headline over {texts[headline + 1][:60]!r}: "
                    "it may be the site's name over the headline",
                    blocks[headline],
                )
            )
        if rule == "headline-title-part":
            _flag_site_name_guess(texts, headline, body_start, blocks, state, knowledge)
        elif " | " in texts[headline]:
            state.headline_text = _headline_before_sections(texts[headline])
        if state.headline_text is None and " | " in texts[headline]:
            state.headline_text = _headline_after_kicker(texts[headline])
        if rule != "headline-title-part" and state.headline_text is None:
            _read_kicker_in_headline(texts, headline, blocks[headline], state)
    byline = _header_byline(texts, anchor, zone[1], headline, knowledge, frozenset(pairs.values()))
    if (
        byline is not None
        # Opened by the name (no ``By``): ``By Vale Post`` credits the outlet.
        and _fold(texts[byline[0]]).startswith(
            _fold(byline[1].names[0]) if byline[1].names else "\0"
        )
        and _byline_names_site(
            texts, byline[1], texts[headline] if headline is not None else None, knowledge
        )
    ):
        # ``Vale Post · March 4, 2025`` under the title ``Ferry fares rise -
        # Vale Post``: the site's name over its date, read as the writer,
        # silently unless its last word was an organisation's (silent61).
        # A personal blog's writer is its site's name too: not read, said.
        state.problems.append(
            Problem(
                "byline-name-unread",
                f"{texts[byline[0]].strip()[:80]!r} names the site the page's title or "
                "copyright line names: not read as the byline; it may be the writer of a "
                "site named after them",
                blocks[byline[0]],
            )
        )
        byline = None
    if byline is not None:
        number, found, size, form = byline
        unopened = _polish_daga(found, texts)
        if unopened is not None:
            found, form = unopened, "byline-name-line"
        between = headline is not None and headline < number < body_start
        where = form or ("byline" if between else "byline-header-zone")
        for k in range(number, number + size):
            state.byline.append(blocks[k])
            state.claim(blocks[k], Role.BYLINE, where)
        state.byline_found = found
        if number > body_start and _inside_story(
            texts, body_start, number, number + size, credit_lines, knowledge
        ):
            state.problems.append(
                Problem(
                    "byline-inside-story",
                    f"{texts[number].strip()[:80]!r}, read as the byline, stands between the "
                    "story's paragraphs (two above it, more below), not in its header or "
                    "under its end: the paragraphs above it may be the header's (a deck, a "
                    "photo's caption), or the line may name a quoted person, a contributor "
                    "or a reader",
                    blocks[number],
                )
            )
        if not form and writer_for_outlet(texts[number], knowledge=knowledge) is not None:
            state.problems.append(unframed_byline_problem(texts[number], blocks[number]))
        elif form == "byline-name-line" and name_may_be_phrase(
            found,
            texts[headline] if headline is not None else "",
            knowledge,
            two_family_names=language in _TWO_FAMILY_NAME_LANGUAGES,
        ):
            state.problems.append(name_phrase_problem(texts[number], blocks[number]))
        elif form == "byline-name-line" and _caseless_name_unsure(found, texts, number, knowledge):
            state.problems.append(caseless_name_problem(texts[number], blocks[number]))
        elif _names_organisation(found, knowledge):
            state.problems.append(organisation_name_problem(texts[number], blocks[number]))
        elif (
            form == "byline-name-line"
            and headline is not None
            and _names_section(found, texts, headline)
        ):
            state.problems.append(section_name_problem(texts[number], blocks[number]))
        elif (
            form == "byline-name-line"
            and _opener_and_one_word(texts[number], knowledge)
            and not _daga_off_hausa(texts[number], texts)
        ):
            state.problems.append(
                Problem(
                    "byline-opener-as-name",
                    f"{texts[number].strip()[:80]!r} was read as one person's name, its first "
                    "word a byline opener that is a given name too: it may be the opener and "
                    "a writer of one name",
                    blocks[number],
                )
            )
        after = number + size
        second = (
            _second_byline_line(found, texts[after], knowledge) if after < len(blocks) else None
        )
        if second is not None:
            state.byline.append(blocks[after])
            state.claim(blocks[after], Role.BYLINE, "byline-second-line")
            state.byline_found = found = second
            after += 1
        elif form in ("", "byline-name-line"):
            while after < body_start and (
                stacked := _stacked_writer(found, texts, after, headline, knowledge)
            ):
                state.byline.append(blocks[after])
                state.claim(blocks[after], Role.BYLINE, "byline-stacked-name")
                state.byline_found = found = stacked
                after += 1
            if (
                after < body_start
                and _unread_stacked_writer(found, texts, after, headline, knowledge)
                and _titled_writer(texts, after, knowledge)
                and (
                    stacked := _stacked_writer(
                        found, texts, after, headline, knowledge, given_name=False
                    )
                )
            ):
                # ``Zorvan Quell, Staff Writer`` or ``Zorvan Quell`` over
                # ``Health Correspondent``: a writer's title names a person,
                # no outlet, whatever the given name.
                state.byline.append(blocks[after])
                state.claim(blocks[after], Role.BYLINE, "byline-stacked-name")
                state.byline_found = found = stacked
                after += 1
            elif after < body_start and _unread_stacked_writer(
                found, texts, after, headline, knowledge
            ):
                state.problems.append(
                    Problem(
                        "byline-stacked-name-unread",
                        f"{texts[after].strip()[:80]!r}, a line of a name's shape between the "
                        "writer's name and the date, was left out: it may be another writer "
                        "(a given name no table knows) or the writer's outlet or section",
                        blocks[after],
                    )
                )
        joined = (
            organization_under(found, texts[after], knowledge=knowledge)
            if after < len(blocks)
            else None
        )
        if joined is not None:
            state.byline.append(blocks[after])
            state.claim(blocks[after], Role.BYLINE, "byline-organization")
            state.byline_found = joined
        elif (
            form == "byline-name-line"
            and after < body_start
            and _label_shaped(texts[after], knowledge)
            and not any(p.index == blocks[number] for p in state.problems)
        ):
            state.problems.append(label_stack_problem(texts[number], blocks[number]))
    if headline is None:
        # The page title taken for the headline: the lines above the story are
        # the site's menus and share buttons, none read. The one right over the
        # story's first paragraph with a credit naming its agency is the lead
        # photo's caption (``facebook`` / ``print`` / ``A ship waits at anchor
        # off the port. Reuters`` / the story), as it is under a headline;
        # higher up such a line may caption a promoted story.
        above = body_start - 1
        if (
            0 < above < len(blocks)
            and not state.is_claimed(blocks[above])
            and has_named_or_page_credit(texts[above], knowledge=knowledge)
        ):
            state.captions.append(blocks[above])
            state.claim(blocks[above], Role.CAPTION, "caption-with-credit")
        return
    for number in range(headline + 1, body_start):
        index = blocks[number]
        if state.is_claimed(index):
            continue
        if any(line_key(texts[number]) == line_key(lines[c].text) for c in state.captions):
            # A photo gallery repeats its captions.
            state.claim(index, Role.DUPLICATE, "caption-shown-again")
        elif _claim_caption_pair(blocks, number, pairs, state):
            pass
        elif number in credit_lines:
            # "Photo: Jane Roe, Associated Press" alone: part of the photo.
            state.claim(index, Role.CAPTION, "caption-credit-line")
        elif has_named_or_page_credit(texts[number], knowledge=knowledge) or (
            _generic_credited_caption(texts[number], knowledge)
            and not generic_caption_narrates(texts[number], knowledge)
        ):
            # "… outside the court (Handout)" under the headline: a credit
            # naming no one is a caption's too; "Tickets will be sold from
            # Friday - Online" is a deck's sentence ending in the word.
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-with-credit")
        elif _photo_only_credit(texts[number], knowledge) and _generic_credited_caption(
            texts[number], knowledge
        ):
            # "Firefighters could not reach the blaze - Supplied": words that
            # narrate, but a credit no sentence ends in (Supplied, Handout):
            # the lead photo's caption, or a standfirst; the story says so.
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-with-credit")
            _flag_generic_caption(
                texts[number], index, state, knowledge, "under the headline (or a standfirst)"
            )
        elif _is_positioned_caption(texts[number], _patterns(knowledge), knowledge):
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-by-position")
        elif _is_picture_agency_caption(texts[number], knowledge):
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-picture-agency")
        elif ":" in texts[number] and _is_pointing_caption(texts[number], knowledge):
            _claim_pointing_caption(blocks, number, (credit_lines, pairs), state)
        elif number == body_start - 1 and _sentence_under_share_bar(
            texts, blocks, number, state, knowledge
        ):
            # "Facebook / Twitter / Email / Print" under the date line, then
            # "Crews clear the harbour road on Monday." over the story: the
            # lead photo's caption with no credit, as a news site prints the
            # photo under its share bar (captions57: left out as furniture,
            # silently, between a share bar and a story's first paragraph).
            # A short first paragraph reads the same: in a field and said
            # (``caption-without-credit``), where it was lost unsaid.
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-under-share-bar")
        elif (
            texts[number].rstrip()[-1:] in knowledge.sentence_ends
            and is_page_caption(texts[number], knowledge=knowledge)
            and not _picture_credit(texts[number], knowledge)
        ):
            # "Photo: Workers mend the harbour wall at low tide." under the
            # date line, a described photo ending like a sentence: a caption,
            # as it is between paragraphs (captions55 found it left out as
            # furniture, silently). A feature's credit for its pictures
            # ("Photographs by Tom Bay | Updated March 4, 2025") is none:
            # the contributors read it from the header's line.
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-in-header")
        else:
            state.claim(index, Role.FURNITURE, "between-headline-and-story")
            if _generic_credited_caption(texts[number], knowledge):
                # "Tickets will be sold from Friday - Online", "Crews could
                # not reach the fire - File": words that narrate before a
                # credit a sentence ends in too; left out, the story says so.
                _say_header_line_left_out(
                    state,
                    texts[number],
                    index,
                    "ends in a credit naming no one after words that narrate",
                    "the lead photo's caption or a standfirst",
                )
            elif _unknown_bracketed_source(texts[number]):
                # "محطة تحلية المياه الجديدة … (الشرق الأوسط)", "The new sea
                # wall on Monday (Vale Herald)": a line under the headline
                # closed by a name in brackets no credit form knows (the
                # site's own name, a ministry, in a script without
                # capitals) reads as the lead photo's caption as often as a
                # deck's aside; left out, silently, the story says so.
                _say_header_line_left_out(
                    state,
                    texts[number],
                    index,
                    "ends in a name in brackets that no credit form knows",
                    "the lead photo's caption and its credit",
                )
            elif _by_words_unread(texts[number]):
                # "By Half Time", "By Tuesday" on the header line: a byline's
                # shape whose words name no writer (a match's clock, a day) is
                # a subheading or a deadline's line as well as furniture.
                _say_header_line_left_out(
                    state,
                    texts[number],
                    index,
                    "opens with 'By' and capitalised words naming no writer",
                    "the story's subheading or first line",
                )
    _flag_summary_box_left_out(texts, blocks, headline + 1, body_start, state, knowledge)
    _flag_numbered_points_left_out(texts, blocks, headline + 1, body_start, state)


def _say_header_line_left_out(
    state: LineState, text: str, index: int, shape: str, may_be: str
) -> None:
    """Say ``header-line-left-out`` of a line under the headline left out as
    the header's furniture although its ``shape`` (what it opens or ends in)
    reads as the story's too: what it ``may_be``. One sentence for each such
    shape, so that the diagnostic quotes the line and reads alike for each."""
    state.problems.append(
        Problem(
            "header-line-left-out",
            f"{text.strip()[:60]!r} under the headline {shape} and was left out: "
            f"it may be {may_be}",
            index,
        )
    )


# A share bar's blocks between the header's last line and the caption, at
# most: a site's bar of a dozen networks (``Facebook`` / ``Twitter`` / a
# country's own networks / ``Print``), each a block of its own.
_SHARE_BAR_MAX_BLOCKS: Final = 16
# Characters of the caption at most: a positioned caption's forty words, and a
# script written with no spaces between its words (a Chinese caption of two
# dozen characters) counted by its characters.
_SHARE_BAR_CAPTION_MAX_CHARS: Final = 300


def _sentence_under_share_bar(
    texts: Sequence[str],
    blocks: Sequence[int],
    number: int,
    state: LineState,
    knowledge: Knowledge,
) -> bool:
    """Is block ``number``, right above the story's first paragraph, one short
    sentence under a share bar right under the byline or the date line
    (``By Jane Roe`` / ``March 4, 2025`` / ``Facebook`` / ``Twitter`` /
    ``Email`` / ``Crews clear the harbour road on Monday.`` / the story)? A
    news site prints its lead photo there, under the bar, and a browser's
    text keeps the caption and drops the photo; the block was left out as the
    header's furniture, in no field and unsaid. One line, ending in a full
    stop and holding no other (one sentence), at most
    ``_POSITIONED_MAX_WORDS`` words and ``_SHARE_BAR_CAPTION_MAX_CHARS``
    characters, no date line, no dateline nor agency opening it and no
    speech reported (a story's first paragraph's); the bar: at least ``_SHARE_BAR_MIN_BUTTONS``
    blocks above it, every one a share button or a short line with no
    sentence's end among them (a site's own networks, ``豆瓣``, ``打印文稿``),
    at least that many of them known buttons (``_SHARE_KEYS``), the last a
    known button or a line with no capitals, and over the bar the headline, a
    byline's line or a date line."""
    text = texts[number].strip()
    if (
        "\n" in text
        or len(text) > _SHARE_BAR_CAPTION_MAX_CHARS
        or not _full_stop(text, knowledge)
        or any(stop in knowledge.full_stops for stop in text.rstrip(knowledge.closing_quotes)[:-1])
        or len(text.split(None, _POSITIONED_MAX_WORDS)) > _POSITIONED_MAX_WORDS
        or _is_date_line(text, knowledge)
        # A story's opening, no photo's words: its dateline or agency
        # (``CAIRO (Reuters) - A source said …``, ``CAIRO, March 4 - …``,
        # read as the first paragraph by ``page-agency-opening``), or speech
        # reported (``"It was chaos," said one driver.``).
        or _dashed_dateline(text, knowledge) is not None
        or (" (" in text[:_AGENCY_OPENING_REACH] and _opens_with_agency(text, knowledge))
        or _opens_with_dated_dateline(text, knowledge)
        or _reports_speech(text, knowledge)
    ):
        return False
    # The bar's last block, right over the sentence, is a known button or a
    # word in a script with no capitals (``打印文稿``, a site's own "print"):
    # a capitalised line there is the photo's own credit or caption, shown
    # under the bar (``FACEBOOK`` / ``TWITTER`` / ``Jane Roe`` / ``Harbour
    # Band`` / ``A half century on, the band plays on.``), and the sentence
    # under the photo is the story's first paragraph.
    last = texts[number - 1].strip()
    if not _share_button(last) and last.lower() != last:
        return False
    buttons = 0
    above = number - 1
    while above > 0 and number - above <= _SHARE_BAR_MAX_BLOCKS:
        button = texts[above].strip()
        if _share_button(button):
            buttons += 1
        elif (
            "\n" in button
            or len(button.split(None, _LINK_LABEL_WORDS)) > _LINK_LABEL_WORDS
            or button[-1:] in knowledge.sentence_ends
            or state.roles[blocks[above]] in (Role.BYLINE, Role.HEADLINE)
            or _is_date_line(button, knowledge)
        ):
            break
        above -= 1
    if buttons < _SHARE_BAR_MIN_BUTTONS:
        return False
    return state.roles[blocks[above]] in (Role.BYLINE, Role.HEADLINE) or _is_date_line(
        texts[above].strip(), knowledge
    )


# The fewest words of a summary box's row with no bullet: a sentence's.
_SUMMARY_ROW_MIN_WORDS: Final = 4
# A summary box's rows its diagnostic quotes (a box holds two to five), and
# the characters of each: the user finds the lines left out in no field.
_SUMMARY_ROWS_NAMED: Final = 5
_SUMMARY_ROW_CHARS: Final = 60


def _flag_summary_box_left_out(
    texts: Sequence[str],
    blocks: Sequence[int],
    low: int,
    body_start: int,
    state: LineState,
    knowledge: Knowledge,
) -> None:
    """Say it when a summary box between the headline and the story (``Key
    points`` / ``• The council votes to shut …`` / ``• A new branch opens …``
    / ``By Jane Roe``) was left out with its rows: the rows sum the story up
    in sentences of its own, in no field, and the story read as though
    nothing stood there (``header-line-left-out``, quoting the rows: no
    field of the model holds a list of summary points, and read as the
    standfirst or the body they would be that field's wrong text). Asked of
    the header's blocks left out as furniture: the rule first, then the label
    (a set of words)."""
    for number in range(low, body_start - 1):
        if state.rules[blocks[number]] != "between-headline-and-story" or not _summary_label(
            texts[number]
        ):
            continue
        rows = sentences = 0
        named: list[str] = []
        for row in range(number + 1, body_start):
            if (
                state.rules[blocks[row]] != "between-headline-and-story"
                # The box ends over the story's date line or an unread
                # byline (``Published 10:32 a.m. ET March 4, 2026``, ``By
                # Jane Roe``): no rows of it, though of a sentence's length.
                or _opens_like_a_byline(texts[row], knowledge)
                or is_date_line(texts[row], knowledge=knowledge)
            ):
                break
            rows += 1
            if len(named) < _SUMMARY_ROWS_NAMED:
                named.append(repr(texts[row].strip()[:_SUMMARY_ROW_CHARS]))
            # A menu's or a share bar's items under a label's word
            # ("Highlights" / "Videos" / "Photos") are no box's rows.
            if _bulleted(texts[row]) or len(texts[row].split()) >= _SUMMARY_ROW_MIN_WORDS:
                sentences += 1
        if sentences:
            state.problems.append(
                Problem(
                    "header-line-left-out",
                    f"a summary box ({texts[number].strip()!r} over {rows} row(s): "
                    f"{', '.join(named)}{', …' if rows > len(named) else ''}) between "
                    "the headline and the story was left out: its rows sum the story up "
                    "and are in no field",
                    blocks[number],
                )
            )


def _flag_numbered_points_left_out(
    texts: Sequence[str], blocks: Sequence[int], low: int, body_start: int, state: LineState
) -> None:
    """Say it when numbered sentences between the headline and the story
    (``1. The pier will be rebuilt by summer.`` / ``2. The work will cost
    $4 million.`` under the byline: a summary box with no label, as some
    sites print the story's key points) were left out as the header's
    furniture: two rows or more counting up from one in the same mark, each
    a sentence of ``_SUMMARY_ROW_MIN_WORDS`` words or more (``1. News`` /
    ``2. Sport``, a menu's rows, are none). They were in no field, silently
    (``header-line-left-out``, quoting the rows, as a labelled box's)."""
    left_out = (
        (number, line.strip())
        for number in range(low, body_start)
        if state.rules[blocks[number]] == "between-headline-and-story"
        for line in texts[number].strip().split("\n")
    )
    rows: list[str] = []
    first, mark = -1, ""
    for number, row in left_out:
        entry = _ENTRY_NUMBER.match(row)
        if (
            entry is not None
            and int(entry[1]) == len(rows) + 1
            and entry[2] == (mark or entry[2])
            and row[-1:] in _PARAGRAPH_ENDS
            and len(row.split()) > _SUMMARY_ROW_MIN_WORDS
        ):
            if not rows:
                first, mark = number, entry[2]
            rows.append(row)
        elif len(rows) >= 2:
            break
        else:
            rows, mark = [], ""
    if len(rows) < 2:
        return
    named = ", ".join(repr(row[:_SUMMARY_ROW_CHARS]) for row in rows[:_SUMMARY_ROWS_NAMED])
    more = ", …" if len(rows) > _SUMMARY_ROWS_NAMED else ""
    state.problems.append(
        Problem(
            "header-line-left-out",
            f"{len(rows)} numbered sentences ({named}{more}) "
            "between the headline and the story were left out: they may sum the story up "
            "(a summary box with no label) and are in no field",
            blocks[first],
        )
    )


# The most words of a source's name in brackets closing a header line.
_BRACKETED_SOURCE_MAX_WORDS: Final = 4


def _unknown_bracketed_source(text: str) -> bool:
    """Does ``text`` close with a name in brackets (:func:`find_credit`'s
    ``parenthesized`` form) of one to ``_BRACKETED_SOURCE_MAX_WORDS`` words,
    no digit in it and not opening in a small letter (``(again)``, ``(Day
    2)`` are a deck's), after at least ``CAPTION_MIN_WORDS`` words? Asked of
    a header line no caption form read."""
    stripped = text.strip()
    if stripped[-1:] != ")" or "(" not in stripped:
        return False
    found = find_credit(stripped, page=True)
    if found.form != "parenthesized" or found.credit is None:
        return False
    credit = found.credit
    return (
        not credit[:1].islower()
        and not any(c.isdigit() for c in credit)
        and len(credit.split()) <= _BRACKETED_SOURCE_MAX_WORDS
        and len(found.caption.split()) >= CAPTION_MIN_WORDS
    )


# "By" and at most this many capitalised words: a byline's shape.
_BY_WORDS_MAX: Final = 3


def _by_words_unread(text: str) -> bool:
    """Is ``text`` ``By`` and one to ``_BY_WORDS_MAX`` capitalised words
    (``By Half Time``, ``By Tuesday``), a byline's shape? Asked of a header
    line no byline form read."""
    words = text.split()
    return (
        len(words) > 1
        and words[0] == "By"
        and len(words) <= _BY_WORDS_MAX + 1
        and all(word[:1].isupper() for word in words[1:])
    )


# A paragraph of a story's prose, told from a caption beside the byline: at
# least this many words, ending like a sentence, no photo credit.
_PROSE_MIN_WORDS: Final = 12
# How many such paragraphs above a byline line in the header zone put it inside
# the story (one may be the lead photo's caption, the byline under it).
_PROSE_ABOVE_BYLINE: Final = 2


def _inside_story(
    texts: Sequence[str],
    body_start: int,
    number: int,
    after: int,
    credit_lines: set[int],
    knowledge: Knowledge,
) -> bool:
    """Does the byline line ``number`` (below the story's first paragraph,
    ``body_start``; the byline's lines end before ``after``) stand between
    the story's paragraphs: ``_PROSE_ABOVE_BYLINE`` paragraphs of prose above
    it from ``body_start``, one right under it or under the date lines under
    it? The header zone runs a few blocks into the story (a byline under the
    lead photo's caption); a name line there (``Tom Hale (tom@example.com)``,
    ``By Tom Hale``) under two of the story's paragraphs and over a third is
    no header's, or the two were the header's (a deck, an uncredited
    caption). Under the last paragraph (nothing of prose below) it closes the
    story, a sign-off."""

    def prose(at: int) -> bool:
        text = texts[at].strip()
        return (
            at not in credit_lines
            and len(text.split()) >= _PROSE_MIN_WORDS
            and _patterns(knowledge).sentence_end.search(text[-8:]) is not None
            and not has_named_or_page_credit(text, knowledge=knowledge)
        )

    # "By Jane Roe" / "March 3, 2026" / the paragraph: the date under the
    # byline is the header's too.
    while after < len(texts) and is_date_line(texts[after], knowledge=knowledge):
        after += 1
    if after >= len(texts) or not prose(after):
        return False
    return sum(1 for at in range(body_start, number) if prose(at)) >= _PROSE_ABOVE_BYLINE


def _title_without_site(texts: Sequence[str], body_start: int) -> str | None:
    """The headline part of the page's title line (``texts[0]``) when the
    title is taken for the headline: ``Headline - Site`` gives ``Headline``
    (a scrape that left out the page's own headline line shows the story's
    headline only there), when that part shares a word of four letters or
    more with the story's first blocks (from ``body_start``): the longest
    part of ``Big news - Harbour Gazette`` is the site's name, which the story
    rarely says. None keeps the whole line. Once a page, only when no
    headline line was found."""
    part = title_part(texts[0])
    if part is None:
        return None
    words = {w.casefold() for w in _tokens(part) if len(w) >= _SHARED_WORD_MIN_CHARS}
    story = " ".join(texts[body_start : body_start + _TITLE_WORDS_BLOCKS])
    if not words.intersection(w.casefold() for w in _tokens(story)):
        return None
    return part


# The headline part of a title taken for the headline must share a word of
# this many letters with the story's first _TITLE_WORDS_BLOCKS blocks.
_SHARED_WORD_MIN_CHARS: Final = 4
_TITLE_WORDS_BLOCKS: Final = 3


def _header_zone(texts: Sequence[str], body_start: int, headline: int | None) -> tuple[int, int]:
    """The blocks ``[low, high)`` where a page's header (byline, date) is looked
    for: ``_ZONE_ABOVE`` blocks above the story's first paragraph to
    ``_ZONE_BELOW`` below it (a byline under the lead photo's caption, inside
    the story's stretch), and below the headline when one is known. Never
    further down: related stories below carry bylines of their own."""
    low = max(1, body_start - _ZONE_ABOVE)
    if headline is not None and body_start - _HEADER_LOOKBACK <= headline < body_start:
        low = headline + 1
    return low, min(len(texts), body_start + _ZONE_BELOW)


# A page's reading time, kept by a scrape under the headline: "2 min read",
# "5 mins read", "4-minute read", "12 minute read", "Reading time: 3 minutes".
# Linear: no quantified group holds another.
_READING_TIME = regex.compile(
    r"(?i)(?:\d{1,3}[ \t-]?(?:mins?|minutes?)\.?[ \t]++read"
    r"|reading[ \t]++time[ \t]*+:?[ \t]*+\d{1,3}[ \t]?(?:mins?|minutes?)\.?)"
)


def is_reading_time(text: str) -> bool:
    """A line holding only a reading time (``2 min read``, ``4-minute read``,
    ``Reading time: 3 minutes``): the page's furniture a scrape kept under a
    wire headline. Under four words, it was a subheading, the body's first
    paragraph.

    >>> is_reading_time("5 mins read"), is_reading_time("Ferry strike enters day 3")
    (True, False)
    """
    return _READING_TIME.fullmatch(text.strip()) is not None


def header_stamp(knowledge: Knowledge, part: str) -> bool:
    """Is ``part`` of a header line a date line (``Updated March 4, 2025``)
    or a reading time (``5 min read``): the page's stamps, printed beside a
    credit on one line (``Photographs by Tom Bay | Updated March 4, 2025``,
    :func:`wirestory.trailers.credit_parts`)?"""
    return is_reading_time(part) or is_date_line(part, knowledge=knowledge)


def _zone_anchors(
    texts: Sequence[str], low: int, high: int, knowledge: Knowledge, most: int = _ANCHORS
) -> list[int]:
    """The first ``most`` (``_ANCHORS``) blocks of ``[low, high)`` that are a
    byline or a line holding only a date (``By Jane Roe``, ``Published Nov 20
    2019 4:29 AM EST``): where the header of the story stands, whatever the
    title says. The first of them are the same whatever ``most``."""
    anchors: list[int] = []
    for number in range(low, high):
        text = texts[number]
        if (
            byline_line(text, knowledge=knowledge) is not None
            or is_date_line(text, knowledge=knowledge)
            or _by_alone(texts, number)
            or time_ago_line(texts, number)
            # A credit beside the page's stamp on one line, no byline
            # (``Photographs by Tom Bay | Updated March 4, 2025``): the
            # header stands there as under a date line (the headline over
            # it was not found, the site's name taken for it).
            or credit_parts(text, knowledge, functools.partial(header_stamp, knowledge)) is not None
            or _name_under_share_bar(texts, number, knowledge)
        ):
            anchors.append(number)
            if len(anchors) == most:
                break
    return anchors


# A header's date given as a time ago, under its label: "Published 4 hours
# ago", "Last updated 2 days ago", or the label alone on the line above
# ("Published" / "4 hours ago", a broadcaster's header). No date line (no
# date in it); a bare "2 hours ago" is a teaser's or a comment's, no anchor.
_TIME_AGO: Final = regex.compile(
    r"(?i)(?:(?:last\s)?(?:published|updated|posted)(?:\son)?:?\s)?"
    r"(?:\d{1,2}|an?|one)\s(?:mins?|minutes?|hours?|hrs?|days?|weeks?)\sago"
)
_TIME_AGO_LABELS: Final = frozenset(("published", "updated", "last updated", "posted"))
_TIME_AGO_MAX_CHARS: Final = 40


def _time_ago_label(text: str) -> bool:
    """Is ``text`` a date's label alone (``Published``, ``Updated``)?"""
    return text.strip().rstrip(":").casefold() in _TIME_AGO_LABELS


def time_ago_line(texts: Sequence[str], number: int) -> bool:
    """Is block ``number`` a header's date given as a time ago under its label
    (``Published 4 hours ago``, or ``4 hours ago`` under ``Published``)? A
    bare time ago is a teaser's or a comment's: never one."""
    text = texts[number].strip()
    if len(text) > _TIME_AGO_MAX_CHARS or _TIME_AGO.fullmatch(text) is None:
        return False
    return not text[:1].isdigit() or (number > 0 and _time_ago_label(texts[number - 1]))


def _headline_above(texts: Sequence[str], anchor: int, knowledge: Knowledge) -> int | None:
    """H2: the headline above a byline or date line, when the visible headline
    differs from the title (an SEO title): walking up from the anchor over at most
    ``_HEADLINE_WALK`` headline-shaped lines (a standfirst, a photo credit or the
    writer's name may stand between headline and date; a menu item or a kicker
    of one or two words above the headline ends the walk), the one sharing half
    its words with the title, else the topmost of at least
    ``_HEADLINE_MIN_WORDS`` words (a three-word link above it, ``Follow Planet
    Business``, is not the headline), else the topmost; when the line taken
    ends with another candidate, that one (a breadcrumb trail ending with the
    headline)."""
    label = _summary_box_above(texts, anchor)
    candidates = _headline_walk(texts, label, knowledge)
    if not candidates and label == anchor - 2:
        # "Home" / "News" / "In brief" / "Council closes old library" / "By
        # Jane Roe": a section's kicker named like a summary box's label
        # stands over the headline itself, and the walk from it meets only the
        # menu; the headline is the one row under the label. A box of two
        # rows or more with no headline over it (the page shows the title
        # alone) keeps the title, said (``headline-from-title``): its bullet
        # is no headline.
        candidates = _headline_walk(texts, anchor, knowledge)
    if not candidates:
        return None
    if _name_under_share_bar(texts, anchor, knowledge):
        # A blog's share plugin prints the bar right under the headline: the
        # line over the buttons is it, and the walk goes no higher (a
        # sidebar's pitch and its rows in capitals stand above, headline-
        # shaped, and the topmost was taken).
        bar = anchor - 1
        while bar > 0 and _share_button(texts[bar]):
            bar -= 1
        return bar if candidates[0] == bar else None
    unbulleted = [number for number in candidates if not _bulleted(texts[number])]
    if unbulleted:
        # A box's row under the headline is never the headline: a longer
        # row was taken over a headline of three words.
        candidates = unbulleted
    else:
        # "Library closes" / "• The council votes to shut …" / "By Jane
        # Roe": a summary box of one row under a headline of two words (too
        # short for the walk); the bullet, taken for the headline, is a
        # box's row, never a headline. The line right over the box (over
        # its label, "Key points") is the headline when it has a headline's
        # words and no end mark; else none here (the title, said).
        above = candidates[-1] - 1
        if above > 1 and _summary_label(texts[above]):
            above -= 1
        shown = texts[above].strip() if above > 0 else ""
        if (
            len(shown.split()) >= 2
            and shown[-1:] not in _PARAGRAPH_ENDS
            and not _summary_label(shown)
            and not furniture_phrase(shown, knowledge=knowledge)
        ):
            return above
        return None
    # The headline part's words: a credit naming the site shares the site's.
    part = title_part(texts[0])
    title_words = frozenset(_tokens(part if part is not None else texts[0]))
    for number in candidates:
        words = frozenset(_tokens(texts[number]))
        if words and len(words & title_words) >= _TITLE_SHARE * len(words):
            return number
    long = [n for n in candidates if word_count(texts[n]) >= _HEADLINE_MIN_WORDS]
    top = long[-1] if long else candidates[-1]
    # "Home Natural Living Hiking the Flat Irons" over "Hiking the Flat Irons":
    # a breadcrumb trail whose separators the scraper dropped ends with the
    # headline, its last item; the line it ends with is the headline.
    ending = texts[top].strip()
    for number in candidates:
        shown = texts[number].strip()
        if number != top and len(shown) < len(ending) and ending.endswith(" " + shown):
            return number
    return top


def _headline_under_date(
    texts: Sequence[str], anchor: int, body_start: int, knowledge: Knowledge
) -> int | None:
    """A newsroom's headline right under its date line, the date under the
    menu (``News`` / ``Media release | 4 March 2025`` / headline / ``Share
    this page`` / the story: governments' and universities' newsrooms): the
    line under the anchor ``anchor`` when the anchor is a date line with a
    menu's item or a release's notice over it, the line is headline-shaped
    (``_HEADLINE_MIN_WORDS`` words or more), and only buttons or furniture
    phrases stand between it and the story (block ``body_start``). The walk
    up from the date meets only the menu, and the title (the newsroom's
    name) was taken for the headline (said only ``headline-from-title``)."""
    number = anchor + 1
    if anchor < 2 or number >= body_start or not is_date_line(texts[anchor], knowledge=knowledge):
        return None
    above = texts[anchor - 1]
    if not (_menu_item(above) or _release_notice(above)) or (
        # A writer's title over the date (``Nina Patel`` / ``Environment
        # correspondent`` / date / the lead photo's caption): a byline's
        # lines, no menu; the caption under them is no headline.
        _writer_line_under_name(above, knowledge)
        or page_person_names(texts[anchor - 2].strip(), knowledge=knowledge) is not None
    ):
        return None
    shown = texts[number].strip()
    if (
        word_count(shown) < _HEADLINE_MIN_WORDS
        or not _headline_shaped(shown, knowledge)
        or _menu_bar(shown)
        or has_named_or_page_credit(shown, knowledge=knowledge)
    ):
        return None
    for between in range(number + 1, body_start):
        text = texts[between].strip()
        if text and not (_share_button(text) or furniture_phrase(text, knowledge=knowledge)):
            return None
    return number


def _bulleted(text: str) -> bool:
    """Does ``text`` open with a bullet mark and a space (``• …``, ``- …``),
    as a box's row does (a letter's ``a) …`` is no bullet)? A pattern's
    match at the start."""
    match = _LIST_MARK.match(text.lstrip())
    return match is not None and match[1] is not None


def _headline_walk(texts: Sequence[str], anchor: int, knowledge: Knowledge) -> list[int]:
    """The headline-shaped lines walking up from ``anchor`` (see
    :func:`_headline_above`), nearest first."""
    candidates: list[int] = []
    # The writer's links right over the date (``Email the author`` /
    # ``@janeroe``) are passed over without counting against the walk: the
    # name and its title above them leave it its lines for the headline.
    # So are a contributor network's lines there (``Contributor`` / its
    # disclaimer / the writer's bio in the first person / ``Follow``), under
    # a name: the disclaimer, a sentence of a headline's length, was taken
    # for the headline.
    # A share bar between the headline and the byline (``Ferry Focus: …`` /
    # ``258 Shares`` / ``Share`` / ``Pin`` / ``Tweet`` / ``Email`` / ``By
    # Jane Roe``, a blog's share plugin; ``Share`` alone): its buttons, each
    # alone on its line, are passed over without counting against the walk
    # (no headline and no writer's line is a button's name). They ended the
    # walk, and the site's name was taken for the headline (said only
    # ``headline-from-title``).
    while anchor > 1 and _share_button(texts[anchor - 1]):
        anchor -= 1
    passed = 0
    first_anchor = anchor
    aside = False
    while (
        anchor > 1
        and passed < _WRITER_LINES_UNDER_NAME
        and (
            _writer_contact_line(texts[anchor - 1], knowledge)
            or (
                _writer_title_word(texts[anchor - 1], knowledge)
                and anchor > 2
                and page_person_names(texts[anchor - 2].strip(), knowledge=knowledge) is not None
            )
            or _writer_aside(texts[anchor - 1], knowledge)
        )
    ):
        aside = aside or _writer_aside(texts[anchor - 1], knowledge)
        anchor -= 1
        passed += 1
    if aside and not _writer_named_over(texts, anchor - 1, knowledge):
        # An aside is the writer's only under their name (or their title of
        # words under it, ``Senior Contributor``): with none above the run, a
        # first-person line over the date is the headline ("I'm not giving
        # up on the sea.", "I cover my own costs, says harbour's last
        # skipper."), and the site's name was taken for it, silently.
        anchor = first_anchor
    for number in range(anchor - 1, max(0, anchor - 1 - _HEADLINE_WALK), -1):
        text = texts[number]
        if (
            byline_line(text, knowledge=knowledge) is not None
            or is_date_line(text, knowledge=knowledge)
            or _is_credit_line(text, knowledge)
            or name_over_date(text, knowledge)
        ):
            continue  # a byline, a date, a photo credit "(Jane Roe / Agency)", a name
        if _writer_contact_line(text, knowledge):
            continue  # the writer's links under the name: "@janeroe", "Email the author"
        if time_ago_line(texts, number) or (
            _time_ago_label(text) and number + 1 < len(texts) and time_ago_line(texts, number + 1)
        ):
            continue  # "Published" / "4 hours ago", "Updated 2 days ago"
        if (
            number == anchor - 1
            # In sentence case too: a radio newsroom's "Travel desk", "News
            # desk" (heldout37), its head word ending it as below.
            and _desk_signature(text, knowledge, sentence_case=True)
            # Its head word a desk's own (``Desk``, ``Correspondent``,
            # ``Agencies``): a short title-case headline over the date holds
            # byline_non_name_words too ("The Lost Harbour", "Staff Walk
            # Out"), and the site's name was taken for it, silently.
            and text.split()[-1].casefold() in knowledge.desk_signature_words
        ):
            # "Headline" / "Web Desk" / "Published On 4 Mar 2025": a desk's
            # signature where the byline stands, right over the date (``Staff
            # Reporter``, ``Our Correspondent``); it ended the walk, and the
            # site's name was taken for the headline.
            continue
        if (
            _writer_detail_line(text, knowledge) or _outlet_over_date(texts, number, knowledge)
        ) and (
            # Only under the writer's name (or an address of e-mail): a short
            # headline may hold a title's words itself ("Foreign
            # correspondent quits", "New sports editor named").
            " " not in text.strip()
            or (number > 0 and page_person_names(texts[number - 1], knowledge=knowledge))
        ):
            continue  # the writer's title, address or outlet under the name
        if number == anchor - 1 and _caseless_name_over_date(texts, number, knowledge):
            continue  # a name in a script without capitals: "احمد رضا" / date
        if _star_rating(text):
            continue  # a review's rating under its headline: "★★★★☆"
        if _avatar_initials(texts, number):
            # The writer's avatar with no photo, their initials over the name
            # ("AF" / "Alice Fenn" / "Local Democracy Reporter" / date): it
            # ended the walk, and the site's name was taken for the headline
            # (said only headline-from-title).
            continue
        if _life_span(text):
            # An obituary's years of life between its deck and the writer
            # ("1941–2025", "(1941 - 2025)"): they ended the walk, and the
            # site's name was taken for the headline (said only
            # headline-from-title).
            continue
        if _player_line(text):
            continue  # a podcast's player under its headline: "Play" / "0:00 / 24:13"
        if not candidates and _COMMENT_COUNT_LINK.fullmatch(text.strip()) is not None:
            # A regional chain's link to the comments right over the byline
            # ("Comments" / "By Jane Roe, Senior Reporter", "12 comments"):
            # it ended the walk, and the site's name was taken for the
            # headline (said only headline-from-title).
            continue
        if _kicker_line(text) or _release_notice(text):
            # Over a headline a kicker ends the walk; right above the anchor
            # (``Listen to this article:``; a press room's ``FOR IMMEDIATE
            # RELEASE`` between the release's headline and its date) it is
            # passed over.
            if candidates:
                break
            continue
        if not _headline_shaped(text, knowledge) or _menu_bar(text):
            break
        candidates.append(number)
    return candidates


def _avatar_initials(texts: Sequence[str], number: int) -> bool:
    """Is block ``number`` a writer's avatar drawn as their initials (``AF``)
    right over their name (``Alice Fenn``): two or three capitals alone, the
    first letters of the next line's words, in order? String tests."""
    shown = texts[number].strip()
    if not 2 <= len(shown) <= 3 or not shown.isalpha() or not shown.isupper():
        return False
    if number + 1 >= len(texts):
        return False
    words = texts[number + 1].split()
    return len(words) == len(shown) and "".join(word[:1] for word in words) == shown


# A share button's count (``258 Shares``, ``1.2K shares``), bounded.
_SHARE_COUNT: Final = re.compile(r"[0-9][0-9.,]{0,8}[KkMm]?\s?(?:[Ss]hares?|SHARES?)")


def _share_button(text: str) -> bool:
    """Is ``text`` a share bar's button alone on its line (``Tweet``,
    ``Pin``, ``Share on Facebook``: ``_SHARE_KEYS``) or its count (``258
    Shares``)?"""
    stripped = text.strip()
    return (
        _remembered_phrase_key(stripped) in _SHARE_KEYS
        or _SHARE_COUNT.fullmatch(stripped) is not None
    )


# A link to a story's comments, its count before or after it: "Comments",
# "12 comments", "Comments (12)". Bounded runs: linear.
_COMMENT_COUNT_LINK: Final = re.compile(r"(?i)(?:\d{1,6} )?comments?(?: \(\d{1,6}\))?")


def _life_span(text: str) -> bool:
    """Is ``text`` a person's years of life alone (``1941–2025``, ``1941 -
    2025``, ``(1941–2025)``): two years, the first the earlier, a dash
    between? One bounded pattern and a comparison."""
    match = _LIFE_SPAN.fullmatch(text.strip())
    return match is not None and int(match[1]) < int(match[2])


# Two years of four digits (1800s to 2000s) joined by a dash, maybe in brackets.
_LIFE_SPAN: Final = re.compile(r"\(?((?:18|19|20)\d\d)\s?[-–—]\s?((?:19|20)\d\d)\)?")


# A press room's notice on a line of its own (case-folded), printed over the
# release or between its headline and its date: ``FOR IMMEDIATE RELEASE``.
_RELEASE_NOTICES: Final = frozenset(
    ("for immediate release", "press release", "media release", "news release")
)
_RELEASE_NOTICE_MAX_CHARS: Final = max(map(len, _RELEASE_NOTICES))


def _release_notice(text: str) -> bool:
    """A press room's notice alone on its line (``_RELEASE_NOTICES``, a colon
    after it or none): ``FOR IMMEDIATE RELEASE``, ``Press release``."""
    stripped = text.strip(BLANK_CHARS).rstrip(":").rstrip()
    return len(stripped) <= _RELEASE_NOTICE_MAX_CHARS and stripped.casefold() in _RELEASE_NOTICES


# A menu bar's items, three or more between bars: "Home | News | Sport".
_MENU_BAR_MIN_ITEMS: Final = 3

# The label of a box of bullets summing the story up that sites print between
# the headline and the byline (``Key points`` / ``Volunteers collected …`` /
# ``Most of it was …`` / ``By Jane Roe``), case-folded: the BBC's and the
# Guardian's ``Summary``, ``Key points``, ``In brief``, ``At a glance``,
# ``Key takeaways``, ``Highlights``; French ``L'essentiel``, ``En bref``,
# German ``Das Wichtigste in Kürze``, Spanish ``Claves``, ``En resumen``,
# Italian ``In breve``, Portuguese ``Resumo``, Dutch ``In het kort``.
_SUMMARY_LABELS: Final = frozenset(
    (
        "summary",
        "key points",
        "in brief",
        "at a glance",
        "story at a glance",
        "key takeaways",
        "takeaways",
        "highlights",
        "in short",
        "the big picture",
        # A live page's summary over its first entries (``Here's what to
        # know:`` / two bullets / the writers / the date); not ``What we know
        # so far``, a pinned entry's heading.
        "here's what to know",
        "here\u2019s what to know",
        "l'essentiel",
        "l\u2019essentiel",
        "en bref",
        "das wichtigste in kürze",
        "das wichtigste in kuerze",
        "claves",
        "en resumen",
        "in breve",
        "resumo",
        "in het kort",
        # A newsletter's archived issue lists its items so between its lead
        # story's headline and its writer (``In this issue`` / ``The Regal's
        # last show`` / ``Ferry timetable changes`` / ``By Nell Hargreaves``):
        # the rows ended the walk up to the headline, and the newsletter's
        # name was taken for it.
        "in this issue",
        "inside this issue",
    )
)
# The most rows (bullets, and the byline's lines under them) between a
# summary box's label and the byline or date line it stands over.
_SUMMARY_MAX_ROWS: Final = 6
# A bullet is a sentence at most: a row longer is a paragraph's.
_SUMMARY_ROW_MAX_CHARS: Final = 200


def _summary_label(text: str) -> bool:
    """A summary box's label alone on its line (``Key points``, ``Summary``,
    ``In brief``, with a colon after it or none): ``_SUMMARY_LABELS``."""
    stripped = text.strip(BLANK_CHARS).rstrip(":").rstrip()
    return len(stripped) <= _SUMMARY_LABEL_MAX_CHARS and stripped.casefold() in _SUMMARY_LABELS


_SUMMARY_LABEL_MAX_CHARS: Final = max(map(len, _SUMMARY_LABELS))
# The fewest words of the headline over a summary box's label (a menu's item
# over the same words holds one or two).
_SUMMARY_HEADLINE_MIN_WORDS: Final = 3


def _summary_box_above(texts: Sequence[str], anchor: int) -> int:
    """The line of a summary box's label above the byline or date line at
    ``anchor``, its rows between (at most ``_SUMMARY_MAX_ROWS``, none of a
    paragraph's length), or ``anchor`` when there is none. Walking up from the
    byline, the box's rows were taken for the headline (rows with no full
    stop, ``Regulator sets new rules after rise in sewage spills``) or ended
    the walk (rows ending in one): the headline stands over the label. A
    menu's item of the same words (``Results`` / ``Highlights`` / the
    headline / ``By Tom Bay``, ``News`` / ``In Brief`` / ``Opinion``) stands
    under another item, no headline: a label under a line of fewer than
    ``_SUMMARY_HEADLINE_MIN_WORDS`` words over one row, or over a row that
    short, is none, and taken for one the menu's items were walked for the
    headline, the headline lost."""
    for number in range(anchor - 1, max(0, anchor - 2 - _SUMMARY_MAX_ROWS), -1):
        text = texts[number]
        if _summary_label(text):
            if number == 0 or (
                # Under a menu's item, one row under the label (the headline)
                # or rows of a menu's short items make the label an item too;
                # a box's rows of sentences under it are a box's (no headline
                # on the page: the title, said).
                len(texts[number - 1].split()) < _SUMMARY_HEADLINE_MIN_WORDS
                and (
                    number == anchor - 2
                    or any(
                        len(texts[row].split()) < _SUMMARY_HEADLINE_MIN_WORDS
                        for row in range(number + 1, anchor)
                    )
                )
            ):
                return anchor
            return number if number < anchor - 1 else anchor
        if len(text) > _SUMMARY_ROW_MAX_CHARS:
            break
    return anchor


# A breadcrumb trail's arrows: two items between them make a trail (``News »
# Local``), as no headline writes them.
_BREADCRUMB_ARROWS: Final = (" > ", " » ", " › ")
# Separators a menu's items stand between besides bars: three items or more,
# as a headline may set two words apart so (``Rain / Snow``).
_MENU_SEPARATORS: Final = (" | ", " / ", " · ")
# The words a menu's item may write in small letters (``Arts and Culture``,
# ``Things to Do``): any other makes a piece of three words a clause.
_MENU_ITEM_SMALL_WORDS: Final = frozenset({"and", "of", "the", "to", "for", "in", "on", "&"})


def _menu_bar(text: str) -> bool:
    """A menu bar (``Home | News | Sport | Obituaries``, ``Home / News /
    Local``): three items or more between bars or slashes, each a menu's item;
    or a breadcrumb trail (``Home > News > Local``, ``News » Local``), two
    items or more between arrows. Above a headline it ends the walk up: with
    the headline read as a byline or skipped, the bar was taken for it; over a
    name-and-title line (``Jane Roe, Health Editor``) it is never the
    headline. A headline set apart from its section and site by bars
    (``Library to shut | News | Vale Post``) is none: its first piece is a
    clause, three words with one in small letters no menu item writes; nor
    is a headline setting a clause after an arrow (``Rock > Pop: a guide``)."""
    if _spaced_menu(text):
        return True
    for separator in _BREADCRUMB_ARROWS:
        if separator in text:
            # "Rock > Pop: a guide": a piece that is a clause makes a
            # headline of the arrow, no trail.
            pieces = text.split(separator)
            return all(map(_menu_item, pieces)) and not any(map(_clause_piece, pieces))
    for separator in _MENU_SEPARATORS:
        if separator in text:
            items = text.split(separator)
            return (
                len(items) >= _MENU_BAR_MIN_ITEMS
                and all(map(_menu_item, items))
                and not _clause_piece(items[0])
            )
    if "\t" in text or "  " in text:
        # A menu's links set apart by tabs or runs of spaces, as a browser's
        # copied text and a text-mode browser print them (``Menu  Home
        # Football  Cricket  Rugby``): read over the headline, the bar was
        # taken for it and the headline for the standfirst.
        items = _CELL_GAP.split(text.strip(BLANK_CHARS))
        return (
            len(items) >= _MENU_BAR_MIN_ITEMS
            and all(map(_menu_item, items))
            and not _clause_piece(items[0])
        )
    return False


# The gap between a menu's items printed without bars: a tab, or two spaces
# or more (a headline's words stand one space apart). Linear: one class run.
_CELL_GAP: Final = regex.compile(r"[ \t]*\t[ \t]*| {2,}")


def _spaced_menu(text: str) -> bool:
    """A menu whose separators the scraper dropped (``News Sport Business
    Opinion Culture``): four words or more, each a section's name in title
    case (``_SECTION_NOUNS``, ``Home``, ``Local``). No headline writes only
    sections' names; over a name-and-title line (``Jane Roe, Senior
    Reporter``) it was taken for the headline."""
    words = text.split()
    return len(words) >= _SPACED_MENU_MIN_WORDS and all(
        word[:1].isupper() and word.casefold() in _SPACED_MENU_WORDS for word in words
    )


_SPACED_MENU_MIN_WORDS: Final = 4


def _kicker_line(text: str) -> bool:
    """A kicker alone on its line above a headline: words ending in a bar
    (``Cost of living crisis |``), or a label of at most
    ``_KICKER_LABEL_MAX_WORDS`` words ending in a colon (``Breaking News:``,
    ``Local elections 2025:``). No headline ends so; read as one, the story's
    headline under it went to the standfirst."""
    stripped = text.rstrip()
    if stripped[-1:] == "|":
        return True
    return stripped[-1:] == ":" and len(stripped.split()) <= _KICKER_LABEL_MAX_WORDS


# The most words of a kicker's label before a colon (``Cost of living crisis:``).
_KICKER_LABEL_MAX_WORDS: Final = 5
# Words a label printed before a headline's colon is made of when it is the
# page's kicker, not the headline's subject (``Breaking News: …``,
# ``EXCLUSIVE: …``, ``Live: …``): ``Jane Roe: I never left`` names a speaker.
_KICKER_LABEL_WORDS: Final = frozenset(
    "breaking news exclusive live latest update updated developing watch video "
    "analysis explainer opinion".split()
)


def _read_kicker_in_headline(
    texts: Sequence[str], headline: int, number: int, state: LineState
) -> None:
    """A kicker printed on the headline's line before a bar or a colon
    (``Cost of living crisis | Council votes to close library``, ``Breaking
    News: Council votes …``): the headline is the rest when the page's title
    (``texts[0]``) shows the rest as its headline part, a kicker of any
    length; else, with a bar between two pieces (a kicker of three words or
    more: ``_headline_after_kicker`` takes one or two off) or a label of
    kicker's words before the colon, the headline is kept whole and says so
    (``headline-may-hold-kicker``): ``Rates rise | Markets fall`` reads the
    same. Words before a colon that are no kicker's label (a speaker, a
    subject: ``Jane Roe: I never left``) stay in the headline though the
    title shows the rest, and say so the same way. A string sieve first:
    most headlines hold no bar nor colon."""
    text = texts[headline].strip()
    if " | " in text:
        kicker, _, rest = text.partition(" | ")
        labelled = " | " not in rest
    elif ": " in text:
        kicker, _, rest = text.partition(": ")
        labelled = (
            all(word.casefold() in _KICKER_LABEL_WORDS for word in kicker.split())
            and len(kicker.split()) <= _KICKER_LABEL_MAX_WORDS
        )
    else:
        return
    part = title_part(texts[0])
    if part is not None and _fold(kicker) == _fold(part):
        return  # ``Headline | Site``: the title's headline part first
    if _fold(texts[0]).startswith(_fold(kicker) + " "):
        return  # the title opens with the same words: the site's headline holds them
    shown = part is not None and _fold(rest) == _fold(part)
    if shown and len(kicker.split()) <= _KICKER_LABEL_MAX_WORDS and (labelled or " | " in text):
        state.headline_text = rest.strip()
        return
    # Words before a colon that are no kicker's label name the headline's
    # speaker or subject (``Jane Roe: I never left``, ``Ukraine war: What we
    # know``); a title shortened for search drops them too: kept, and said.
    if (labelled or shown) and kicker and rest:
        state.problems.append(
            Problem(
                "headline-may-hold-kicker",
                f"the headline {text[:80]!r} opens with {kicker[:40]!r} before a "
                f"{'bar' if ' | ' in text else 'colon'}, which the page's title does not "
                "open with: it may be a kicker, kept in the headline",
                number,
            )
        )


def _headline_before_sections(text: str) -> str | None:
    """The headline of a header line printing its section and site after it
    between bars (``Library to shut | News | Vale Post`` gives ``Library to
    shut``): a clause, then menu items only. None keeps the whole line."""
    first, *rest = text.strip().split(" | ")
    if len(rest) >= 2 and _clause_piece(first) and all(map(_section_piece, rest)):
        return first.strip()
    return None


# A kicker before a headline's bar: a section's or topic's name of one or two
# words (``Local``, ``Local News``, ``Opinion``).
_KICKER_MAX_WORDS: Final = 2


def _headline_after_kicker(text: str) -> str | None:
    """The headline of a header line printing its kicker before it after a
    bar (``Local | Council votes to close library`` gives ``Council votes to
    close library``): a section's name of one or two words, then one clause.
    None keeps the whole line (``Rates rise | Markets fall``: two clauses)."""
    first, *rest = text.strip().split(" | ")
    if (
        len(rest) == 1
        and len(first.split()) <= _KICKER_MAX_WORDS
        and _section_piece(first)
        and _clause_piece(rest[0])
    ):
        return rest[0].strip()
    return None


def _section_piece(text: str) -> bool:
    """A section's or a site's name after a headline's bar: a menu's item
    whose words all open with a capital but a menu's small words (``Local
    News``, ``Arts and Culture``) or a section's nouns (sites that write
    their sections in sentence case: ``UK news``, ``Life and style``,
    ``Television & radio``). Another word in small letters is a clause's
    verb (``Markets fall``, ``Oil jumps``): a headline of three clauses."""
    return _menu_item(text) and all(
        word[:1].isupper() or word in _MENU_ITEM_SMALL_WORDS or word in _SECTION_NOUNS
        for word in text.split()
    )


# Nouns a news site's section is named by, in small letters after its first
# word in a sentence-case title ("World news", "US politics", "Life and
# style", "Art and design", "Global development"): none is a headline's verb.
_SECTION_NOUNS: Final = frozenset(
    """news politics business sport sports opinion comment culture style lifestyle arts art
    design radio television tv books film music stage games travel food drink fashion health
    science technology tech money education society media environment climate weather world
    development football cricket rugby tennis golf features analysis entertainment
    obituaries letters video podcasts""".split()
)


# A spaced menu's words: the sections' nouns and the items a menu opens with.
_SPACED_MENU_WORDS: Final = _SECTION_NOUNS | frozenset(
    "home local national international us uk lifestyle sports".split()
)


def _clause_piece(text: str) -> bool:
    """A piece of three words or more with a word in small letters that no
    menu's item writes (``Library to shut``, ``Council shuts library``; not
    ``Arts and Culture``): a headline's clause."""
    words = text.split()
    return len(words) >= _MENU_ITEM_MAX_WORDS and any(
        word[:1].islower() and word not in _MENU_ITEM_SMALL_WORDS for word in words
    )


def name_over_date(text: str, knowledge: Knowledge) -> bool:
    """A writer's name between a headline and its date: a name alone (at most
    ``_NAME_WORDS`` words), or a name and a writer's title of at most as many
    words after a comma (``Jane Roe, corrispondente da Roma``, ``Jane Roe,
    correspondente em Lisboa``: the title and its place run the line past
    four words), or a name and the place the writer filed from (``Jane Roe in
    Port Ellis``)."""
    if len(text) > _NAME_LINE_MAX_CHARS or (
        # A death notice's name, surname first (``PELLOW, Margaret Anne``):
        # its heading, no writer's (_SURNAME_FIRST).
        ", " in text and _SURNAME_FIRST.fullmatch(text.strip()) is not None
    ):
        return False
    found = page_person_names(text.strip(), knowledge=knowledge)
    if found is None:
        return False
    title = found.organization
    # "Jane Roe in Port Ellis": the place the writer filed from runs the line
    # past four words; the name before it is counted.
    named = text.rpartition(" in ")[0] if title is None else ""
    return len((named or text).split()) <= _NAME_WORDS or (
        # A title and its place, no clause: "Jane Roe, veteran correspondent,
        # dies at 80" is an obituary's headline.
        title is not None
        and len(title.split()) <= _NAME_WORDS
        and ", " not in title
        and not any(c.isdigit() for c in title)
        and names_a_writer(title, knowledge=knowledge)
    )


def _writer_detail_line(text: str, knowledge: Knowledge) -> bool:
    """A line of the writer's details alone under their name in a page's
    header: a writer's title (``Health Correspondent``, ``Senior reviews
    editor``: at most ``_NAME_WORDS`` words, no end mark) or an address of
    e-mail (``jroe@valepost.example``). A review's, a paywalled paper's and a
    local paper's header print the name, then this line, then the date; read
    as neither, the name went unread and the headline above it unfound."""
    stripped = text.strip()
    if not stripped or len(stripped) > _NAME_LINE_MAX_CHARS:
        return False
    if " " not in stripped:
        return holds_email_address(stripped)
    return (
        stripped[-1] not in _PARAGRAPH_ENDS
        and len(stripped.split()) <= _NAME_WORDS
        and names_a_writer(stripped, knowledge=knowledge)
        and page_person_names(stripped, knowledge=knowledge) is None
    )


def _writer_contact_line(text: str, knowledge: Knowledge) -> bool:
    """A line of a writer's contact links alone under their name in a page's
    header: a handle (``@janeroe``) or a link's words (``Email the author``,
    ``Follow``, ``Email me``). Local papers' and blogs' headers print them
    between the name (and its title) and the date; read as neither, the
    name went unread and the walk up to the headline stopped at them (the
    site's name was the headline)."""
    stripped = text.strip()
    if _HANDLE.fullmatch(stripped) is not None:
        return True
    words = stripped.casefold().split()
    return (
        0 < len(words) <= _CONTACT_MAX_WORDS
        and words[0] in _CONTACT_VERBS
        and all(w in knowledge.byline_non_name_words or w in _CONTACT_SMALL for w in words[1:])
    )


# A network's handle alone: "@" and a name of letters, digits, "_" or ".".
_HANDLE: Final = regex.compile(r"@[\w.]{2,30}+")
_CONTACT_MAX_WORDS: Final = 4
_CONTACT_VERBS: Final = frozenset({"email", "e-mail", "contact", "follow"})
_CONTACT_SMALL: Final = frozenset({"me", "on", "x"})


def _writer_named_over(texts: Sequence[str], number: int, knowledge: Knowledge) -> bool:
    """Is block ``number`` a writer's name, or their title or address right
    under a name (``Nadia Flores`` / ``Senior Contributor``)? Asked over the
    writer's asides, which no page prints without the name."""
    if number < 0:
        return False
    text = texts[number].strip()
    if page_person_names(text, knowledge=knowledge) is not None:
        return True
    return (
        number > 0
        and _writer_detail_line(text, knowledge)
        and page_person_names(texts[number - 1].strip(), knowledge=knowledge) is not None
    )


def _writer_line_under_name(text: str, knowledge: Knowledge) -> bool:
    """A writer's title, address, contact link or aside under their name."""
    return (
        _writer_detail_line(text, knowledge)
        or _writer_contact_line(text, knowledge)
        or _writer_title_word(text, knowledge)
        or _writer_aside(text, knowledge)
    )


# The longest bio under a writer's name in a page's header: a sentence or two.
_HEADER_BIO_MAX_CHARS: Final = 240


def _bio_under_name(text: str, name: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a writer's bio right under their name ``name`` in a page's
    header (``Lerato Mokoena`` / ``Lerato Mokoena is a reporter at the Vale
    Post covering the city.`` / ``04 Mar 2025``): a sentence or two
    (``_HEADER_BIO_MAX_CHARS``) opening with the name, or its first name, then
    a verb of who they are (:func:`_author_box_bio`)? Read as neither title
    nor detail, the bio ended the walk up from the date, the name went
    unread, and a short page was read as wire copy, its menu's first item
    the headline, silently. A paragraph naming someone under the header
    (``Lerato Mokoena said the tariff …``) opens with no such verb."""
    text, name = text.strip(), name.strip()
    return (
        bool(text and name)
        and len(text) <= _HEADER_BIO_MAX_CHARS
        and text.startswith(name.split()[0])
        and (named := page_person_names(name, knowledge=knowledge)) is not None
        and bool(named.names)
        and named.organization is None
        and _author_box_bio(text, name)
    )


def _writer_title_word(text: str, knowledge: Knowledge) -> bool:
    """A writer's title of one capitalised word alone (``Contributor``,
    ``Columnist``, ``Correspondent``: :attr:`Knowledge.writer_titles`),
    as a contributor network prints it under the name. Asked only of a line
    under a name: alone, such a word may be a menu's item."""
    stripped = text.strip()
    return (
        bool(stripped)
        and " " not in stripped
        and stripped[0].isupper()
        and stripped[-1] not in _PARAGRAPH_ENDS
        and writer_title(stripped, knowledge=knowledge) is not None
    )


# A writer's bio in the first person, one sentence, as a contributor network
# prints it under the name and title: "I write about ports and shipping.",
# "I cover energy markets from Oslo.", "I'm a former trader who …". A
# story's paragraph opening "I write" stands under the header, not in it.
_FIRST_PERSON_BIO: Final = regex.compile(r"I(?:['’]m| am| write| cover| report)\b")
# The most words of such a bio line.
_BIO_LINE_MAX_WORDS: Final = 30


def _writer_aside(text: str, knowledge: Knowledge) -> bool:
    """A contributor network's lines between the writer's name and the date:
    the network's disclaimer (``Opinions expressed by contributors are their
    own.``, a ``note`` trailer of :attr:`Knowledge.note_phrases`) or the
    writer's bio of one sentence in the first person (``I write about …``).
    Read as neither, the name went unread and the walk up to the headline
    took the disclaimer for it; the page was wire copy, its header the body's
    first paragraphs, silently. Sieved by the first letter: most lines open
    with neither ``I`` nor a disclaimer's ``O``/``V``/``T``."""
    stripped = text.strip()
    if stripped[:1] not in _ASIDE_FIRSTS or len(stripped) > _HEADLINE_MAX_CHARS:
        return False
    if stripped[0] == "I":
        return (
            _FIRST_PERSON_BIO.match(stripped) is not None
            and len(stripped.split()) <= _BIO_LINE_MAX_WORDS
            and stripped[-1] in _PARAGRAPH_ENDS
            and not any(mark in stripped[:-1] for mark in ".?!")
        )
    if "xpressed" not in stripped:
        return False  # no disclaimer's "expressed": no call for the trailer's patterns
    trailer = classify_trailer(stripped, knowledge=knowledge)
    return trailer is not None and trailer.kind == "note"


# The first letters of a writer's aside: "I …", "Opinions …", "Views …", "The views …".
_ASIDE_FIRSTS: Final = "IOVT"

# The most lines of a writer's title, contact links and asides under their
# name (``Contributor`` / a disclaimer / a bio / ``Follow`` / ``@handle``).
_WRITER_LINES_UNDER_NAME: Final = 5
# The most words of a writer's outlet on its line under their name.
_OUTLET_MAX_WORDS: Final = 4


def _outlet_over_date(texts: Sequence[str], number: int, knowledge: Knowledge) -> bool:
    """Is block ``number`` the writer's outlet alone between their name and the
    date line (``Jane Roe`` / ``USA TODAY`` / ``Published 10:32 a.m. ET March 4,
    2025``, as the USA Today network's papers print a header)? One to
    ``_OUTLET_MAX_WORDS`` capitalised words, no digit, no end mark, a date
    line right under it; in title case no person's name (``Jane Roe`` /
    ``Tom Hale`` / a date: two writers, one a line). Read as neither, the name
    went unread and the walk up to the headline stopped at the outlet."""
    if not 0 < number < len(texts) - 1:
        return False
    text = texts[number].strip()
    words = text.split()
    return (
        0 < len(words) <= _OUTLET_MAX_WORDS
        and all(word[:1].isupper() for word in words)
        and text[-1] not in _PARAGRAPH_ENDS
        and not any(character.isdigit() for character in text)
        and is_date_line(texts[number + 1].strip(), knowledge=knowledge)
        and (text.isupper() or page_person_names(text, knowledge=knowledge) is None)
    )


def _star_rating(text: str) -> bool:
    """A review's rating in stars alone on its line (``★★★★☆``, ``⭐⭐⭐``), or
    as a score (``Score: 8/10``, ``Rating: 4.5 out of 5``, ``4/5 stars``:
    ``_SCORE_LINE``), printed between a review's headline and its deck or
    writer: no headline, and no end of the walk up to one (read so, the deck
    was taken for the headline; a score ended the walk, and the site's name
    was taken for it, heldout34)."""
    stripped = text.strip()
    return bool(stripped) and (
        (len(stripped) <= _STARS_MAX_CHARS and not stripped.strip(_STARS))
        or (stripped[-1:].isalnum() and _SCORE_LINE.fullmatch(stripped) is not None)
    )


# A review's score alone on its line: a label maybe, the mark, ``/`` or ``out
# of`` and the most (``Score: 8/10``, ``Rating: 4.5 out of 5``, ``Our verdict:
# 4/5``, ``8/10``, ``4 out of 5 stars``). Bounded runs: linear.
_SCORE_LINE: Final = regex.compile(
    r"(?:(?i:(?:our |the )?(?:score|rating|verdict|grade))\s?:\s?)?"
    r"\d{1,2}(?:[.,]\d)?\s?(?:/|(?i:out of))\s?\d{1,3}(?:\s(?i:stars?|points?))?"
)


def _player_line(text: str) -> bool:
    """A line of a podcast's or a video's player alone (``Play``, ``Pause``,
    ``0:00 / 24:13``, ``24:13``), printed between an episode page's headline
    and its date: no headline, and no end of the walk up to one (read so, the
    running time was taken for the headline)."""
    stripped = text.strip()
    return stripped in _PLAYER_BUTTONS or _PLAYER_TIME.fullmatch(stripped) is not None


_PLAYER_BUTTONS: Final = frozenset({"Play", "Pause", "Play episode", "Play now"})
# A player's running time, played and whole: "0:00 / 24:13", "1:02:15". Bounded.
_PLAYER_TIME: Final = regex.compile(
    r"(?:\d{1,2}:){1,2}\d{2}(?:\s{0,2}/\s{0,2}(?:\d{1,2}:){1,2}\d{2})?"
)


# The stars of a rating, and room for ten of them with spaces between.
_STARS: Final = "★☆✩✪✫✭✮⭐ \u00a0"
_STARS_MAX_CHARS: Final = 20


def _is_credit_line(text: str, knowledge: Knowledge) -> bool:
    """A photo credit alone on a line: in brackets, opening with a photo label,
    or an agency's name."""
    stripped = text.strip()
    return (
        (stripped[:1] in "([" and stripped[-1:] in ")]")
        or photo_label(stripped, knowledge=knowledge) is not None
        or is_organization_line(stripped, knowledge=knowledge)
    )


def _headline_shaped(text: str, knowledge: Knowledge) -> bool:
    """A line that may be a headline: 3 to 30 words (or ten CJK characters), at
    most ``_HEADLINE_MAX_CHARS``, not a furniture phrase."""
    stripped = text.strip()
    if len(stripped) > _HEADLINE_MAX_CHARS or furniture_phrase(stripped, knowledge=knowledge):
        return False
    # Words as a script without spaces between them counts them too
    # (lines.word_count): a Thai or Khmer headline is one or two runs of
    # letters between spaces.
    words = word_count(stripped)
    if 3 <= words <= 30 or _cjk_count(stripped) >= _TITLE_PART_MIN_CJK:
        return True
    # A long headline in such a script, one or two runs between spaces of
    # more than thirty words' letters (Thai headlines run to 150 letters): no
    # run of a menu's items (``หน้าแรก``, two words) is so long.
    return words > 30 and len(stripped.split(None, 2)) < 3


def _header_byline(
    texts: Sequence[str],
    anchor: int | None,
    high: int,
    headline: int | None,
    knowledge: Knowledge,
    paired_credits: frozenset[int] = frozenset(),
) -> tuple[int, Byline, int, str] | None:
    """The byline of the header zone: the first byline among the line under the
    headline, the line above the anchor and the ``_BYLINE_AFTER_ANCHOR`` lines
    after it (a date line may come first: ``Published …`` / ``Jane Roe
    @janeroe``); never above the headline, never below ``high``, never a bare
    ``Name | Paper`` line paired as a caption's credit (``paired_credits``,
    block numbers). Besides the
    forms of :func:`byline_line`: ``By`` alone on a line and the name on the
    next; a line holding only a person's name (``JANE ROE``) right under the
    headline or right above a date line, or followed by a title (``Jane Roe,
    Staff Writer``). Given as its block number, the byline read, its number of
    lines, and the rule of those two forms ("" for the others)."""
    top = 1 if headline is None else headline + 1
    places = set()
    if headline is not None:
        places.add(headline + 1)
        # A blog's share bar between the headline and the writer's name
        # alone (``258 Shares`` / ``Share`` / ``Tweet`` / ``Jane Roe``):
        # the name stands where the byline does, under the buttons.
        places.add(_under_share_bar(texts, headline))
        if headline + 2 < len(texts) and _desk_signed_name(texts[headline + 2], knowledge):
            # A deck, then the writer and their newsroom with no date line
            # (``Jan Kowalski, Redakcja``): no anchor finds it.
            places.add(headline + 2)
    if anchor is not None:
        places.update(range(anchor - 1, anchor + 1 + _BYLINE_AFTER_ANCHOR))
        # "Jane Roe" / "Health Correspondent" / date; "Jane Roe" / "Health
        # Correspondent" / "Email the author" / "@janeroe" / date.
        above = anchor - 1
        while (
            above > 0
            and anchor - above <= _WRITER_LINES_UNDER_NAME
            and (
                _writer_line_under_name(texts[above], knowledge)
                or _bio_under_name(texts[above], texts[above - 1], knowledge)
            )
        ):
            above -= 1
            places.add(above)
    for number in sorted(n for n in places if top <= n < min(high, len(texts))):
        found = byline_line(texts[number], knowledge=knowledge)
        if found is not None:
            if _reviewed_work_author(texts, number, knowledge):
                # "Author: Anne Hale" in a review's box of the book's details:
                # the book's author, no writer of the story.
                continue
            if (
                number in paired_credits
                and " | " in texts[number]
                and find_page_byline(texts[number], knowledge=knowledge) is None
            ):
                # "Buses parked at the old depot on Monday." / "Tomas Reyes |
                # Vale Citizen": the bare form of a byline (no "By",
                # _byline_without_by) paired as a caption's credit is the
                # photo's; read as the byline too, the photographer was the
                # writer, silently (a second reviewer's find at silent54's
                # merge). Under a deck, unpaired, it stays the byline.
                continue
            return number, found, 1, ""
        if _by_alone(texts, number):
            found = page_person_names(texts[number + 1].strip(), knowledge=knowledge)
            if found is not None:
                return number, found, 2, "byline-by-alone"
        # "Per Jordi Puig, Marta Soler i Pere Vila": read as a name line, the
        # opener was a name's word and the last writers an organisation.
        found = catalan_writers(texts[number], texts, knowledge=knowledge)
        if found is not None:
            return number, found, 1, ""
        found = _name_line(texts, number, headline, knowledge)
        if found is not None:
            return number, found, 1, "byline-name-line"
    return None


# The labels of a reviewed work's author in a review's box of its details
# ("Author: Anne Hale", "AUTHOR: Anne Hale", "Autor: …"), and how far from
# that line, in lines, another of the box's labels stands.
_WORK_AUTHOR_LABELS: Final = frozenset({"author", "authors", "autor", "autora", "autore"})
_WORK_BOX_REACH: Final = 2


def _colon_label(text: str) -> str:
    """The label before a short line's colon, folded (``Publisher: Vale
    Books``: ``publisher``), or "" when the line opens with none."""
    label, colon, _ = text.strip()[:_WORK_LABEL_MAX_CHARS].partition(":")
    return label.strip().casefold() if colon else ""


# The longest label of a work's details box looked for before a colon.
_WORK_LABEL_MAX_CHARS: Final = 24


def _reviewed_work_author(texts: Sequence[str], number: int, knowledge: Knowledge) -> bool:
    """Is the header line ``number``, a byline's form (``Author: Anne Hale``,
    ``Published by: Vale Books``), a line of a review's box of the reviewed
    book's details: an author's line with a line labelled ``Publisher:``,
    ``Pages:``, ``ISBN:`` (Knowledge.work_detail_labels) within
    two lines of it (``Title: The Quiet Shelf`` / ``AUTHOR: Anne Hale`` /
    ``PUBLISHER: Vale Books``), or such a line with an author's line? Then it
    names the book's author or publisher, no writer of the story. String
    tests, asked of a byline line only."""
    details = knowledge.work_detail_labels
    own = _colon_label(texts[number])
    if own not in _WORK_AUTHOR_LABELS and own not in details:
        return False
    low, high = max(0, number - _WORK_BOX_REACH), min(len(texts), number + _WORK_BOX_REACH + 1)
    near = [_colon_label(texts[n]) for n in range(low, high) if n != number]
    return any(label in details for label in near) or (
        own in details and any(label in _WORK_AUTHOR_LABELS for label in near)
    )


def outlet_may_be_writer_problem(found: Byline, index: int) -> Problem:
    """``byline-place-after-name`` for a byline whose last two words after a
    comma were read as its outlet (``By Kim Min-ji, Korea Herald``) and may
    be a second writer's name (``By Jane Roe, Emily Post``:
    :func:`~wirestory.bylines.outlet_may_be_writer`)."""
    return Problem(
        "byline-place-after-name",
        f"{found.organization!r} after the writer's name is read as their outlet; a second "
        "writer whose surname is an outlet's word reads the same",
        index,
    )


def place_after_name_problem(split: Byline, index: int) -> Problem:
    """``byline-place-after-name`` for a byline whose last name was read as
    the place the writer filed from (``By Jane Roe, New Delhi, Nov 19``:
    :func:`~wirestory.bylines.place_after_name`)."""
    return Problem(
        "byline-place-after-name",
        f"{split.organization!r} after the writer's name is read as where they filed "
        "from; two writers' names with a comma between them read the same",
        index,
    )


def _outlet_named_elsewhere(found: Byline, lines: list[Line], state: LineState) -> bool:
    """Does a line of the page other than the byline's name ``found``'s
    organisation (``Harbour Times`` in the title ``… | Harbour Times`` or a
    footer's ``© 2026 Harbour Times``)? Then the outlet signs its copy, no
    writer surnamed so. Asked only of a signature alone (rare)."""
    outlet = found.organization or ""
    byline = set(state.byline)
    return any(outlet in line.text for number, line in enumerate(lines) if number not in byline)


def surname_as_word_problem(found: Byline, index: int) -> Problem:
    """``byline-surname-as-word`` for a byline whose last word may be a
    writer's surname though it was read as a newspaper's word (``By Tom
    Times``: the outlet signing its copy,
    :func:`~wirestory.bylines.signature_may_be_writer`) or as a weekday before
    the date (``By Mary Jane Sun, Mar 4``,
    :func:`~wirestory.bylines.weekday_may_be_surname`) or as opening the
    writer's title (``By Mary Jane Times Staff Writer``,
    :func:`~wirestory.bylines.title_outlet_may_be_surname`)."""
    if found.names and found.organization is not None:
        what = f"the writer {found.names[-1]!r} and the title {found.organization!r}"
    elif found.names:
        what = f"the writer {found.names[-1]!r} and the date's weekday"
    else:
        what = f"the outlet {found.organization!r} signing its copy, no writer"
    return Problem(
        "byline-surname-as-word",
        f"{found.raw!r} is read as {what}; a writer whose surname is that word reads the same",
        index,
    )


def name_phrase_problem(text: str, index: int) -> Problem:
    """``byline-name-may-be-phrase`` for a line with no ``By`` read as the
    byline whose name has a title-case phrase's form
    (:func:`name_may_be_phrase`)."""
    return Problem(
        "byline-name-may-be-phrase",
        f"{text.strip()[:80]!r}, a line with no 'By' over the date or under the headline, "
        "was read as the byline: its name is three capitalised words or more with no "
        "initial nor particle, or shares a word with the headline, and a title-case phrase "
        "(a kicker, a section's headline: 'Floods Hit Towns') reads the same",
        index,
    )


# The most words of a section's label or a tag under a name line
# (``Ferry Services``, ``Vale Harbour Ferry Services``): a label is seldom longer.
_LABEL_STACK_WORDS: Final = 4


def _names_organisation(found: Byline, knowledge: Knowledge) -> bool:
    """Does a name of the byline end in an organisation's word
    (:attr:`Knowledge.institution_words`)? ``Presented by Vale Farmers
    Union`` over a podcast's or an event's date names its sponsor or host,
    ``Ferry Services`` over the date a section; no writer's family name is
    ``Union`` or ``Services``. A common given name before an outlet's word
    people bear as a family name (``By Emily Post``: :attr:`Knowledge.given_names`,
    :func:`~wirestory.bylines.is_surname_outlet_word`) is a writer's, no
    sponsor is named so; ``Vale Post``, ``Sarah Herald`` and ``Jane Union``
    are still doubted."""
    for name in found.names:
        words = name.split()
        if words[-1].casefold() in knowledge.institution_words and not (
            len(words) == 2
            and words[0].casefold() in knowledge.given_names
            and is_surname_outlet_word(words[1])
        ):
            return True
    return False


def organisation_name_problem(text: str, index: int) -> Problem:
    """``byline-name-may-be-phrase`` for a byline whose name ends in an
    organisation's word (:func:`_names_organisation`)."""
    return Problem(
        "byline-name-may-be-phrase",
        f"{text.strip()[:80]!r} was read as the byline, but its name ends in an "
        "organisation's word ('Presented by Vale Farmers Union'): it may name a sponsor, "
        "a host or a section, no writer",
        index,
    )


def _label_shaped(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` two to four capitalised words of letters alone ending in a
    plural or an organisation's word, as a section's label is (``Ferry
    Services``, ``River Towns``)? Asked of the line under a name line with
    no ``By``: a date holds digits, a writer's title was read before. An
    outlet under its writer's name is no label: one opening with ``The``
    (``The Grayzone``), or ending in an outlet's word (``Vale Post``,
    ``Harbour News``: :attr:`Knowledge.outlet_words`) or in no plural
    (``Harbour Voice``)."""
    words = text.split()
    if not (
        2 <= len(words) <= _LABEL_STACK_WORDS
        and words[0] != "The"
        and all(w[:1].isupper() and w.isalpha() for w in words)
    ):
        return False
    last = words[-1].casefold()
    return last not in knowledge.outlet_words and (
        last in knowledge.institution_words or (last[-1:] == "s" and last[-2:] != "ss")
    )


def label_stack_problem(text: str, index: int) -> Problem:
    """``byline-name-may-be-phrase`` for a name line with no ``By`` over
    another line of capitalised words that is no part of the byline
    (``Coastal Towns`` over ``Ferry Services`` over the date): a stack of
    section labels or tags has that form, and a writer's name alone on its
    line seldom has a title-case line under it that is neither their title
    nor their outlet."""
    return Problem(
        "byline-name-may-be-phrase",
        f"{text.strip()[:80]!r}, a line with no 'By', was read as the byline over another "
        "line of capitalised words that is neither the writer's title nor their outlet: "
        "a stack of section labels or tags ('Coastal Towns' over 'Ferry Services') reads "
        "the same",
        index,
    )


def _names_section(found: Byline, texts: Sequence[str], headline: int) -> bool:
    """Does a name read from a line with no ``By`` share a word of four
    letters or more with a menu's item above the headline (``Coastal Towns``
    under a menu holding ``Towns``)? A section's label over the date reads
    as a name of two capitalised words; a writer's name is seldom a
    section's. A menu line holding the whole name (the byline shown above
    the headline too) is no section."""
    words = {
        w.casefold() for name in found.names for w in name.split() if len(w) >= _PHRASE_SHARED_MIN
    }
    return bool(words) and any(
        _menu_item(texts[number])
        and not any(name in texts[number] for name in found.names)
        and not words.isdisjoint(w.casefold() for w in texts[number].split())
        for number in range(1, headline)
    )


def section_name_problem(text: str, index: int) -> Problem:
    """``byline-name-may-be-phrase`` for a name line with no ``By`` sharing a
    word with a menu's item above the headline (:func:`_names_section`)."""
    return Problem(
        "byline-name-may-be-phrase",
        f"{text.strip()[:80]!r}, a line with no 'By', was read as the byline, but it shares "
        "a word with a menu's item above the headline: it may be a section's label "
        "('Coastal Towns' under a menu holding 'Towns'), no writer",
        index,
    )


def unframed_byline_problem(text: str, index: int) -> Problem:
    """``byline-may-be-deck`` for a header line ``NAME for OUTLET`` without
    ``By`` read as the byline (``Jane Roe for The Vale Post``): a title-case
    deck or headline has the same shape (``Tough Times for Local News``,
    ``Record Profits for Harbour Post``), and no word tells a person's name
    from a phrase's."""
    return Problem(
        "byline-may-be-deck",
        f"{text.strip()[:80]!r} was read as a writer and the outlet they file for, no 'By' "
        "before them: a title-case deck or headline of the form 'X for OUTLET' reads the same",
        index,
    )


@per_knowledge
def _opener_words(knowledge: Knowledge) -> frozenset[str]:
    """The byline openers that are words (``By``, ``Por``, ``Par``, ``Oleh``;
    Knowledge.byline_openers and page_byline_openers without a colon), as
    written, but a name's particles (``Von``, ``Di``: ``Di Stefano``)."""
    particles = {p.casefold() for p in knowledge.name_particles}
    return frozenset(
        opener
        for opener in (*knowledge.byline_openers, *knowledge.page_byline_openers)
        if not opener.endswith(":") and opener.casefold() not in particles
    )


def name_may_be_phrase(
    found: Byline, headline: str, knowledge: Knowledge, *, two_family_names: bool
) -> bool:
    """Does a name read from a line with no ``By`` have a title-case phrase's
    form? ``Floods Hit Towns`` over ``March 4, 2025`` (a kicker or a section's
    headline over the date) reads as a name of three words, as ``Floods Hit
    Towns in Spain`` reads as one filed from a place. A name of three
    capitalised words or more with no initial (``Jane K. Roe``), hyphen or
    small particle (``Ana de Souza``) is doubted, as is a name sharing a word
    of four letters or more with the headline (``Library Closes`` under
    ``Council votes to close old library``): a person's name is seldom the
    headline's words again. Two words alone (``Jane Roe``) are not doubted:
    the page's commonest byline with no ``By``, nor are three words opening
    with two given names borne as one (``Mary Ann Evans``,
    :attr:`Knowledge.double_given_names`), nor, on a page whose story reads as
    Spanish or Portuguese (``two_family_names``), a given name and two family
    names (``María García López``): there a person bears two, and headlines and
    kickers are written in sentence case (``Inundaciones golpean pueblos``)."""
    heard = {w.casefold().strip(_PHRASE_PUNCTUATION) for w in headline.split()}
    for name in found.names:
        words = name.split()
        if (
            len(words) >= _PHRASE_NAME_WORDS
            and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
            and not _name_by_its_form(
                words,
                knowledge,
                # A name spelt with a letter Spanish and Portuguese never
                # write (a macron: Maori "Nā Aroha Ngata", Hawaiian "Nā Pali
                # Coast") is no name of two family names, whatever the page's
                # stop words guessed: Maori's "te", "a", "e" read as Spanish,
                # and the writer's "Nā" (by) was kept in the name silently
                # (silent64). Only such a letter counts: Catalan's (``Mercè
                # Boladeras Puig``, ``Lluïsa Ferrer Vidal``) are an Iberian
                # name's, and said the phrase falsely under a list of the
                # Spanish and Portuguese letters (review65).
                two_family_names=two_family_names and _MACRON_LETTERS.isdisjoint(name),
            )
        ):
            return True
        if len(words) >= 2 and any(
            len(w) >= _PHRASE_SHARED_MIN and w.casefold() in heard for w in words
        ):
            return True
    return False


def _name_by_its_form(
    words: Sequence[str], knowledge: Knowledge, *, two_family_names: bool
) -> bool:
    """Are three capitalised words or more a person's name by their form: two
    given names borne as one, then the family name (``Mary Ann Evans``), or,
    in a language whose people bear two family names (``two_family_names``),
    any such words (``María García López``)? Not a place's name (``Mary Ann
    Street``, ``Juan Carlos Stadium``, ``San Luis Potosí``:
    :func:`wirestory.bylines.place_shaped`), nor, in those languages, words
    holding a name's particle in capitals (``Castilla La Mancha``, ``Noticias
    Del Puerto``): a person's particle is printed small (``García de la
    Torre``), a title-case phrase's is not. Words only a person's name holds
    (``Abdul Rahman Khalid``, ``Rashid Bin Saeed Khalid``:
    :func:`wirestory.bylines.person_by_name_link`) tell a person in every
    language."""
    if place_shaped(" ".join(words), knowledge=knowledge):
        return False
    if _given_name_with_particle(words, knowledge) or person_by_name_link(
        words, knowledge=knowledge
    ):
        return True
    if two_family_names:
        particles = {p.casefold() for p in knowledge.name_particles}
        return not any(w.casefold() in particles for w in words[1:])
    return (
        len(words) == _PHRASE_NAME_WORDS
        and " ".join(words[:2]).casefold() in knowledge.double_given_names
    )


def _given_name_with_particle(words: Sequence[str], knowledge: Knowledge) -> bool:
    """Do ``words`` open with a Spanish given name holding a particle in
    capitals (``María Del Carmen``: a common given name,
    :attr:`Knowledge.given_names`, a particle, another given name),
    then one family name or two (``Ruiz``, ``Ruiz López``)? A region's or a
    section's name holding a particle opens with no given name (``Castilla
    La Mancha``, ``Noticias Del Puerto``)."""
    particles = {p.casefold() for p in knowledge.name_particles}
    if words[0].casefold() not in knowledge.given_names:
        return False
    index = 1
    while index < len(words) and words[index].casefold() in particles:
        index += 1
    return (
        index > 1
        and index < len(words)
        and words[index].casefold() in knowledge.given_names
        and 1 <= len(words) - index - 1 <= 2
    )


def written_with_two_family_names(lines: Sequence[Line], start: int, knowledge: Knowledge) -> bool:
    """Does the story from line ``start`` on read as a language in which a
    person bears two family names (``_TWO_FAMILY_NAME_LANGUAGES``), by its
    first ``_LANGUAGE_LINES`` lines (:func:`guess_language`)? Asked of an
    article's text with no page around it, where a name over the date is
    doubted (``María García López`` / ``4 de marzo de 2025``)."""
    text = "\n".join(line.text for line in lines[start : start + _LANGUAGE_LINES])
    return guess_language(text, knowledge=knowledge) in _TWO_FAMILY_NAME_LANGUAGES


# The lines of an article's text below its header whose language is read.
_LANGUAGE_LINES: Final = 8
# The languages of the stop-word tables in which a person bears two family
# names (María García López, Ana Souza Lima): a page's name of three
# capitalised words in them is no title-case phrase by its count alone.
_TWO_FAMILY_NAME_LANGUAGES: Final = frozenset({"es", "pt"})
# How many capitalised words a name with no "By" holds before it is doubted
# as a phrase, and the shortest word it may share with the headline before it
# is ("Roe" in "Roe v Wade ruling" is too short to tell).
_PHRASE_NAME_WORDS: Final = 3
# Letters no Iberian name is written with, Spanish, Portuguese, Catalan or
# Galician: the macron vowels and the Hawaiian ʻokina of Maori and Hawaiian
# names (``Nā Aroha Ngata``, ``Nā Pali Coast``: name_may_be_phrase).
_MACRON_LETTERS: Final = frozenset("āēīōūĀĒĪŌŪʻ")
_PHRASE_SHARED_MIN: Final = 4
_PHRASE_PUNCTUATION: Final = ".,:;!?'\"()‘’“”"


def _polish_daga(found: Byline, texts: Sequence[str]) -> Byline | None:
    """The byline read with Hausa's opener ``Daga`` given back its first
    name's first word (``Daga Maria Nowak``, ``Daga Nowak | 4 March 2025``:
    Daga is a Polish given name) when the page's ``texts`` hold no word only
    Hausa uses (:func:`~wirestory.bylines.writes_hausa`), else None. Read as
    the opener on an English page, the writer lost her given name, silently
    (the fourth review of session 13). A string test first: most bylines
    open with no ``Daga``."""
    if (
        not found.names
        or not found.raw[len(HAUSA_OPENER) + 1 :].lstrip().startswith(found.names[0])
        or not _daga_off_hausa(found.raw, texts)
    ):
        return None
    return attrs.evolve(found, names=(f"{HAUSA_OPENER} {found.names[0]}", *found.names[1:]))


def _daga_off_hausa(line: str, texts: Sequence[str]) -> bool:
    """Does ``line`` open with ``Daga`` and white space on a page whose
    ``texts`` hold no word only Hausa uses? There ``Daga`` is a Polish given
    name (``Daga Nowak``), no byline's opener (:func:`_polish_daga`)."""
    return (
        line.startswith(HAUSA_OPENER)
        and line[len(HAUSA_OPENER) : len(HAUSA_OPENER) + 1].isspace()
        and not writes_hausa(texts)
    )


def _opener_and_one_word(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a byline opener that is a word and one word more (``Oleh
    Budi``, Indonesian: by Budi)? A given name and a surname read the same
    (``Oleh Sukhov``, Ukrainian), and only the person knows."""
    words = text.split()
    return len(words) == 2 and words[0] in _opener_words(knowledge)


def _second_byline_line(found: Byline, text: str, knowledge: Knowledge) -> Byline | None:
    """The byline with the names of the line under it when that line goes on
    the list (``By Jane Roe`` / ``and Tom Hale``: a page prints each writer as
    a link, and a scrape breaks the line between them), or None. The line
    opens with ``and`` or ``&`` and holds only a person's names (a title may
    follow); the first line's names take no organisation, so nothing stands
    between the two."""
    stripped = text.strip()
    if (
        found.organization is not None
        or len(stripped) > _NAME_LINE_MAX_CHARS
        or not stripped.startswith(_LIST_GOES_ON)
    ):
        return None
    more = page_person_names(stripped.partition(" ")[2].strip(), knowledge=knowledge)
    if more is None or not more.names:
        return None
    return Byline(
        raw=f"{found.raw} {stripped}",
        names=(*found.names, *more.names),
        organization=more.organization,
    )


# What opens the second line of a byline broken between two writers.
_LIST_GOES_ON: Final = ("and ", "And ", "AND ", "& ")

# The most writers a page's header stacks one a line (``Jane Roe`` / ``Tom
# Hale`` / the date line).
_STACKED_WRITERS_MAX: Final = 4


def _stacked_writer(
    found: Byline,
    texts: Sequence[str],
    number: int,
    headline: int | None,
    knowledge: Knowledge,
    given_name: bool = True,
) -> Byline | None:
    """The byline with the writer of line ``number`` too, when the page
    stacks its writers' names one a line with nothing else (``Jane Roe`` /
    ``Tom Hale`` / ``Published 10:32 a.m. …``: each name a link of its own):
    the line is a name line that is no writer's detail, and the lines down to
    the date line are each such a line. Left unread, the second writer was
    furniture between the headline and the story, silently. Each writer
    under the first opens with a common given name (:attr:`Knowledge.given_names`);
    with ``given_name`` false, any name of that shape does (the line is then
    only doubted: :func:`_unread_stacked_writer`)."""
    if found.organization is not None or len(found.names) >= _STACKED_WRITERS_MAX:
        return None
    end = number
    # Two capitalised words between a writer and the date are as often the
    # writer's outlet (``Jane Roe`` / ``Vale Post``, ``Harbour Voice``): a
    # stacked writer opens with a common given name (``Tom Hale``) and ends in
    # no outlet's word (``Charlotte Observer``, ``Charlotte Post``: a given
    # name before an outlet's word names a paper as often as a writer, ``Emily
    # Post``); another name there stays unread, as before. Asked first: most
    # lines under a byline open with no given name.
    words = texts[number].split()
    if (
        not words
        or (given_name and words[0].casefold() not in knowledge.given_names)
        or words[-1].casefold() in knowledge.outlet_words
    ):
        return None
    while end < len(texts) and end - number < _STACKED_WRITERS_MAX:
        text = texts[end]
        if (
            _writer_line_under_name(text, knowledge)
            or is_date_line(text, knowledge=knowledge)
            # ``USA TODAY`` over the date: the last writer's outlet, no writer
            # (``TOM HALE`` there is one).
            or (
                _outlet_over_date(texts, end, knowledge)
                and page_person_names(text.strip(), knowledge=knowledge) is None
            )
        ):
            break
        end += 1
    # ``Harbour Life`` / ``River Towns`` / the date: a section's labels, no
    # writers (``label_stack_problem`` doubts the first); a surname ending in
    # ``s`` (``Tom Hughes``) reads the same and is doubted with them.
    if end == number or any(_label_shaped(texts[k].strip(), knowledge) for k in range(number, end)):
        return None
    # The last name line stands over the date line (``_name_line`` places it);
    # those above it are one person's name alone.
    last = _name_line(texts, end - 1, headline, knowledge)
    if last is None:
        return None
    for between in range(number, end - 1):
        alone = page_person_names(texts[between].strip(), knowledge=knowledge)
        if alone is None or len(alone.names) != 1 or alone.organization is not None:
            return None
    more = (
        last if end - 1 == number else page_person_names(texts[number].strip(), knowledge=knowledge)
    )
    if more is None or len(more.names) != 1 or more.names[0] in found.names:
        return None
    return Byline(
        raw=f"{found.raw} {texts[number].strip()}",
        names=(*found.names, *more.names),
        organization=more.organization,
    )


def _unread_stacked_writer(
    found: Byline, texts: Sequence[str], number: int, headline: int | None, knowledge: Knowledge
) -> bool:
    """Is line ``number``, under the writers read from a page's header, left
    unread though it has a stacked writer's form but for its given name
    (``Jane Roe`` / ``Max Brandt`` / the date: no table holds every given
    name)? A paper's name of that shape (``Harbour Voice``) reads the same,
    so the line is doubted (``byline-stacked-name-unread``), not read; one
    ending in an outlet's word (``Vale Post``) or a section's labels (``River
    Towns``) is neither. Asked once a byline, of the line under it; the
    name's words are those before a comma (``Max Brandt, Staff Writer``)."""
    words = texts[number].partition(",")[0].split()
    return (
        2 <= len(words) <= 3
        and words[0].casefold() not in knowledge.given_names
        and _stacked_writer(found, texts, number, headline, knowledge, given_name=False) is not None
    )


# The most words of a writer's title on its own line under a stacked name
# ("Health Correspondent", "Senior Contributor").
_STACKED_TITLE_MAX_WORDS: Final = 3


def _titled_writer(texts: Sequence[str], number: int, knowledge: Knowledge) -> bool:
    """Does the stacked name of line ``number`` carry a writer's title
    (Knowledge.writer_titles), after its comma (``Zorvan Quell, Staff
    Writer``) or alone on the line under it (``Health Correspondent``, at
    most ``_STACKED_TITLE_MAX_WORDS`` words, no end mark)? A paper's name of
    a name's shape (``Harbour Voice``) carries none."""
    _, comma, rest = texts[number].partition(",")
    if comma:
        return writer_title(rest.strip(), knowledge=knowledge) is not None
    if number + 1 >= len(texts):
        return False
    under = texts[number + 1].strip()
    return (
        0 < len(under.split()) <= _STACKED_TITLE_MAX_WORDS
        and under[-1] not in _PARAGRAPH_ENDS
        and under[0].isupper()
        and writer_title(under, knowledge=knowledge) is not None
    )


def _by_alone(texts: Sequence[str], number: int) -> bool:
    """``By`` alone on a line (the name, a link, on the next). The next line
    must be short enough to be names (``Jane Roe and Tom Hale``): over a line of
    prose (a hard-wrapped paragraph's first line under a stray ``BY``) it is no
    byline, and the line above it no headline."""
    return (
        texts[number].strip().casefold() in _BY_ALONE
        and number + 1 < len(texts)
        and len(texts[number + 1].split()) <= _BY_ALONE_NAME_MAX_WORDS
    )


# A name written surname first, the surname in capitals (``PELLOW, Margaret
# Anne``, ``O'NEILL-WARD, Tom``): a death notice's heading. One surname's
# word, then given names in title case; bounded runs, linear.
_SURNAME_FIRST: Final = regex.compile(
    r"(?:\p{Lu}['’])?\p{Lu}{2,30}(?:-\p{Lu}{2,30})?, \p{Lu}\p{Ll}{1,30}(?: \p{Lu}\p{Ll}{1,30}){0,3}"
)


def _name_line(
    texts: Sequence[str], number: int, headline: int | None, knowledge: Knowledge
) -> Byline | None:
    """A header line holding a person's name without ``By``: read as a byline
    when a title or outlet follows the name (``Jane Roe, AP Sports Writer``,
    ``Jane Roe Senior Contributor``), or when it stands right under the headline
    or right above a date line (``JANE ROE`` / ``Nov. 20, 2019 Updated: …``).
    Listings print their items' authors the same way, hence only in the zone."""
    text = texts[number].strip()
    first, _, rest = text.partition(" ")
    if (
        len(text) > _NAME_LINE_MAX_CHARS
        or first.casefold() == "by"
        or (first in _opener_words(knowledge) and " " in rest.strip())
        # "Von Und Zu", "Di E Da": a particle that is an opener, then its
        # language's "and": a phrase, no name.
        or opens_with_conjunction(text)
        # "PELLOW, Margaret Anne": a death notice's name, the surname in
        # capitals before the given names, is the notice's heading over its
        # date; no writer signs so (read as the byline, the site's name was
        # the headline: heldout37).
        or (", " in text and _SURNAME_FIRST.fullmatch(text) is not None)
        # "Publié le 4 mars 2025": a date line's label and a name's particle
        # ("Jean le Roux") read as a name; the line is the story's date.
        or is_date_line(text, knowledge=knowledge)
        # "Foto di ANSA", "Foto de Ana Ruiz", "Foto di Roma": a photo's label
        # and a language's "by" (or "of"), a credit alone or a photo's
        # caption; no writer is named "Foto".
        or (
            first.casefold() in knowledge.photo_labels
            and rest.split(None, 1)[:1] != []
            and rest.split(None, 1)[0] in knowledge.photo_credit_prepositions
        )
    ):
        # "Por Vale Conteúdo": a byline's opener before two words or more is
        # no first name (the line is the byline's forms' to read, or none);
        # before one word it is a given name too ("Oleh Sukhov", Ukrainian).
        return None
    if (
        headline is not None
        and number == headline + 1
        and _caseless_name_over_date(texts, number, knowledge)
    ):
        # A name in a script without capitals between the headline and the
        # date (``احمد رضا``, ``रमेश थापा``): the writer's, unless a desk's
        # word signs it (``নিজস্ব প্রতিবেদক``: no writer is named).
        if (
            _caseless_desk(text, knowledge)
            or _caseless_section(text, knowledge)
            or _caseless_line_shown_near(texts, number)
        ):
            return None
        return Byline(raw=text, names=(_caseless_name_part(text),), organization=None)
    found = page_person_names(text, knowledge=knowledge)
    placed = (
        number == (headline or 0) + 1
        or (
            headline is not None
            # Right under a button and none itself (the run's walk asked
            # only there, not of every block of a long run of buttons).
            and number > headline + 1
            and _share_button(texts[number - 1])
            and not _share_button(texts[number])
            and number == _under_share_bar(texts, headline)
            and _sure_name_alone(text, found)
            and not _names_site(texts, number)
        )
        # Right under the date line under the headline (``В Вальске открыли
        # новый мост`` / ``4 марта 2025, 10:32`` / ``Ирина Волкова``: Russian
        # and other papers date the story first, then name its writer): a
        # name alone of a sure shape. Read as none, the writer was left out
        # with the header's furniture, silently.
        or (
            headline is not None
            and number == headline + 2
            and is_date_line(texts[number - 1], knowledge=knowledge)
            and _sure_name_alone(text, found)
            and not _names_site(texts, number)
        )
        or (
            number + 1 < len(texts)
            and (
                is_date_line(texts[number + 1], knowledge=knowledge)
                or _writer_line_under_name(texts[number + 1], knowledge)
                or _outlet_over_date(texts, number + 1, knowledge)
                or (
                    found is not None
                    and found.organization is None
                    and outlet_and_place(texts[number + 1])
                )
            )
        )
    )
    if found is None and placed and " - " in text:
        # "Marta Quinlan - Tom Hale" where the byline stands: the first name
        # is the writer's (slashed_name flags what follows the dash).
        found = page_person_names(text, knowledge=knowledge, dashed=True)
    if found is None:
        return None
    titled = found.organization is not None and (
        names_a_writer(found.organization, knowledge=knowledge)
        or _desk_signed_name(text, knowledge)
    )
    return found if placed or titled else None


def _under_share_bar(texts: Sequence[str], headline: int) -> int:
    """The block right under the run of share buttons (``_share_button``)
    under the headline ``headline`` (``Headline`` / ``258 Shares`` /
    ``Share`` / ``Tweet`` / ``Jane Roe``): the headline's next block when no
    button stands there."""
    number = headline + 1
    while number < len(texts) and _share_button(texts[number]):
        number += 1
    return number


def _name_under_share_bar(texts: Sequence[str], number: int, knowledge: Knowledge) -> bool:
    """Is block ``number`` a writer's name alone of a sure shape
    (:func:`_sure_name_alone`) right under a share bar of two buttons or more
    (``258 Shares`` / ``Share`` / ``Tweet`` / ``Jane Roe``)? A blog's share
    plugin prints the bar between the headline and the writer, no ``By`` and
    no date: the header stands there as under a byline (the headline over it,
    differing from the page's title, was not found, the title taken for it).
    The buttons asked first: most blocks stand under none."""
    return (
        number >= _SHARE_BAR_MIN_BUTTONS
        and all(_share_button(texts[n]) for n in range(number - _SHARE_BAR_MIN_BUTTONS, number))
        and _sure_name_alone(
            texts[number].strip(), page_person_names(texts[number].strip(), knowledge=knowledge)
        )
        and not _names_site(texts, number)
    )


# A share bar is told by this many buttons in a row (``Share`` alone may be a
# link's label anywhere in a page).
_SHARE_BAR_MIN_BUTTONS: Final = 2


def _sure_name_alone(text: str, found: Byline | None) -> bool:
    """Is ``text`` a person's name alone of a sure shape: two or three
    capitalised words (``Jane Roe``, ``Ana María Ruiz``), read by
    :func:`page_person_names` as that one name, no title nor outlet? Asked of
    a line under a share bar, where a phrase (``Ferry News``, ``Read More``)
    stands as often as a name."""
    words = text.split()
    return (
        found is not None
        and found.organization is None
        and found.names == (text,)
        and 2 <= len(words) <= _HEADER_NAME_MAX_WORDS
        and all(word[:1].isupper() and word[1:2].islower() for word in words)
    )


# A writer's name (or a desk's signature) in a script without capitals, alone
# between the headline and the date line: at most this many words, each of
# letters and their marks, an initial's full stop after it allowed (Tamil
# ``செ. ராஜேஷ்``). Possessive runs of one class: linear.
_CASELESS_NAME_MAX_WORDS: Final = 3
_CASELESS_NAME_WORD: Final = regex.compile(r"\p{L}[\p{L}\p{M}]*+\.?")


def _caseless_name_over_date(texts: Sequence[str], number: int, knowledge: Knowledge) -> bool:
    """Is block ``number`` a line of two to ``_CASELESS_NAME_MAX_WORDS`` words
    of a script without capitals (Hebrew and the scripts after it in Unicode,
    no CJK), no end mark, right over the header's date line and right under a
    headline-shaped line of more words (``নদীভাঙনে ঘর হারাল ৪০ পরিবার`` /
    ``নিজস্ব প্রতিবেদক`` / ``প্রকাশ: ০৪ মার্চ ২০২৫``; ``بارش سے …`` / ``احمد
    رضا`` / ``شائع 04 مارچ 2025``)? South Asian and Middle Eastern papers set
    the writer's name (or the desk's signature) there with no label; no
    capitals tell it, its place does. Read as nothing, it ended the walk up
    to the headline, and the site's name was taken for it (heldout34).
    String tests first; the date line asked last."""
    text = texts[number].strip()
    if (
        number < 1
        or number + 1 >= len(texts)
        or not text
        or text[:1] < "\u05d0"
        or len(text) > _NAME_LINE_MAX_CHARS
        or has_case(text)
        or _cjk_count(text)
        # Korean bylines are read by their title's word (``홍길동 기자``, a
        # correspondent's city, ``하노이 특파원``, no name: script_byline).
        or _HANGUL.search(text) is not None
    ):
        return False
    words = _caseless_name_part(text).split()
    above = texts[number - 1].strip()
    return (
        # A person's name and a surname at least: one word alone there is a
        # place, an agency or a section (``ירושלים``, ``کراچی``, ``وكالات``,
        # ``वीडियो``), read as the writer it was a name, silently.
        1 < len(words) <= _CASELESS_NAME_MAX_WORDS
        and all(_CASELESS_NAME_WORD.fullmatch(word) is not None for word in words)
        and len(above.split()) > len(words)
        and _headline_shaped(above, knowledge)
        and is_date_line(texts[number + 1], knowledge=knowledge)
    )


def _caseless_name_part(text: str) -> str:
    """The name of a caseless writer's line: ``text`` stripped, or its part
    before a comma when one to three words follow it, the place the writer
    files from (``احمد رضا، کراچی``: Urdu and Arabic papers print it so).
    Read whole, the comma was no name's, and the writer was left out with
    the header's furniture, silently."""
    stripped = text.strip()
    for comma in ("\u060c", ","):
        name, found, place = stripped.partition(comma)
        if found and 0 < len(place.split()) <= _CASELESS_PLACE_MAX_WORDS:
            return name.strip()
    return stripped


# The most words of the place after a caseless writer's name and a comma.
_CASELESS_PLACE_MAX_WORDS: Final = 3


# How many blocks under the date line are the story's lead, where a place
# over the date line is named again (``नई दिल्ली`` / date / ``नई दिल्ली: …``).
_CASELESS_LEAD_BLOCKS: Final = 3


def _caseless_line_shown_near(texts: Sequence[str], number: int) -> bool:
    """Is block ``number`` (a line :func:`_caseless_name_over_date` finds) a
    line of the page's menu or title above the headline, or the opening of
    one of the story's first blocks under the date line? A section's label
    is the menu's (``أخبار محلية``), a place opens the lead as its dateline
    (``नई दिल्ली`` / the date / ``नई दिल्ली: …``); a writer's name is neither.
    Read as the writer, they were names, silently. Whole lines and openings
    only: a word of the writer's name may stand in the story (a namesake)."""
    line = texts[number].strip()
    above = texts[: max(number - 1, 0)]
    lead = texts[number + 2 : number + 2 + _CASELESS_LEAD_BLOCKS]
    return any(text.strip() == line for text in above) or any(
        text.lstrip().startswith(line) for text in lead
    )


def _caseless_section(text: str, knowledge: Knowledge) -> bool:
    """Does ``text``, a line :func:`_caseless_name_over_date` finds, hold a
    section label's word (:attr:`Knowledge.section_label_words`: Hindi
    ``ताज़ा ख़बरें``, latest news; Arabic ``أخبار محلية``, local news)? A
    page prints its section's label where a writer's name stands, over the
    date; read as the writer, the label was a name, silently (silent57)."""
    words = [_nfc(word.casefold()) for word in text.split()]
    if len(words) > 1 and words[-1] in _nfc_set(knowledge.section_topic_words):
        # ``राम मंदिर``, ``विजय दिवस``: a tag's topic last, after a word people
        # bear as a given name (Knowledge.section_topic_words).
        return True
    labels = _nfc_set(knowledge.section_label_words)
    return any(word in labels for word in words)


def _nfc(text: str) -> str:
    """``text`` composed (NFC): Devanagari's nukta letters typed precomposed
    (``ज़`` as U+095B) decompose under NFC, as the tables' spellings do; a
    label typed so (``ताज़ा ख़बरें``) missed them (the review of silent57)."""
    return unicodedata.normalize("NFC", text) if not text.isascii() else text


@functools.lru_cache(maxsize=32)
def _nfc_set(words: frozenset[str]) -> frozenset[str]:
    """A Knowledge table's words and their composed (NFC) spellings, once a
    table (:func:`_nfc`)."""
    return words | frozenset(_nfc(word) for word in words)


def _caseless_name_unsure(
    found: Byline, texts: Sequence[str], number: int, knowledge: Knowledge
) -> bool:
    """Is a writer's name read from block ``number``, a line of a script
    without capitals, by its place alone (between the headline and the date
    line: :func:`_caseless_name_over_date`) unsure? No case tells a name from
    a section's label or a phrase there; a name opening with a common given
    name (:attr:`Knowledge.given_names`, ``रमेश``, ``احمد``), ending in a
    common family name (:attr:`Knowledge.caseless_surnames`) or holding an
    initial (Tamil ``செ. ராஜேஷ்``) is sure. Any other is doubted only by a
    phrase's form (:func:`_caseless_phrase_shaped`): doubting every name
    outside the short lists said so of seven invented writers in ten (``अमन
    सेठी``, ``विनीत भाटिया``: alarms60)."""
    given = _nfc_set(knowledge.given_names) - _CASELESS_GIVEN_HOMOGRAPHS
    surnames = _nfc_set(knowledge.caseless_surnames)
    for name in found.names:
        words = [_nfc(word.casefold()) for word in name.split()]
        if not words or has_case(name):
            return False
        if (
            words[0] in given
            # ``सुरेंद्र कुमार``: a common family name last
            # (Knowledge.caseless_surnames) tells a person whose given name
            # the short list lacks.
            or (len(words) > 1 and words[-1] in surnames)
            or any(word.endswith(".") for word in words)
        ):
            return False
    return bool(found.names) and _caseless_phrase_shaped(texts, number, knowledge)


def _caseless_phrase_shaped(texts: Sequence[str], number: int, knowledge: Knowledge) -> bool:
    """Does block ``number``, a caseless line read as the writer over the date,
    read as a phrase by its form: it holds a function word of its language
    (:attr:`Knowledge.caseless_function_words`: ``बारिश का कहर``, ``दिल्ली से
    रिपोर्ट``, ``आपकी राय``), it ends in a family name that is a common noun
    too (:attr:`Knowledge.caseless_noun_surnames`: ``जिला अधिकारी``), or one
    of its words stands in the headline, the page's lines
    above it (the menu, the title) or the story's lead (``शहर संवाद`` under a
    menu holding ``शहर``: a column's label names the site's sections and the
    story's topic; a writer's name is printed once)? A page's section labels
    and tags are told so; a name none of whose words the page uses elsewhere
    is a person's. Whole words, compared composed."""
    # The name's part only: a place after a comma (``احمد رضا، کراچی``) opens
    # the lead as its dateline.
    named = [_nfc(word.casefold()) for word in _caseless_name_part(texts[number]).split()]
    if not named:
        return False
    words = set(named)
    if not words.isdisjoint(_nfc_set(knowledge.caseless_function_words)):
        return True
    if any(_ARABIC_PREPOSITION_GLUED.match(word) is not None for word in named):
        # ``تغطية بالصور`` (coverage in pictures), ``تحية للقراء`` (a greeting
        # to the readers): a preposition glued to the article, "بال" (with,
        # in the) or "لل" (for the), opens a phrase's word; a name's words
        # rarely open so (the fourth review of session 13, fixI62).
        return True
    if named[-1] in _nfc_set(knowledge.caseless_noun_surnames):
        # ``जिला अधिकारी`` (district officer): a family name that is a common
        # noun too ends a label as readily as a name.
        return True
    lead = texts[number + 2 : number + 2 + _CASELESS_LEAD_BLOCKS]
    for text in [*texts[:number], *lead]:
        told = {_nfc(word.strip(_CASELESS_WORD_EDGES).casefold()) for word in text.split()}
        if not words.isdisjoint(told):
            return True
    return False


# An Arabic word opening with a preposition glued to the article: "بال"
# (bi- + al-: with, in the) or "لل" (li- + al-: for the), before three
# letters or more (``بالجزيرة``, ``للقراء``): a phrase's word, no name's.
_ARABIC_PREPOSITION_GLUED: Final = regex.compile(
    r"(?:\u0628\u0627\u0644|\u0644\u0644)\p{Arabic}{3}"
)


# Marks a word of a caseless page's line is stripped of before it is held
# against a caseless writer's name: Latin and Arabic punctuation, Devanagari's
# full stops (``।``, ``॥``).
_CASELESS_WORD_EDGES: Final = ".,:;!?\"'()[]\u060c\u061b\u061f\u0964\u0965\u2018\u2019\u201c\u201d"


# Given names spelled as a common word of their script: Arabic "علي" (Ali) is
# Egyptian and many sites' spelling of "على" (on: "علي مدار الساعة", around
# the clock), so opening a caseless line it tells no person.
_CASELESS_GIVEN_HOMOGRAPHS: Final = frozenset({"علي"})


def caseless_name_problem(text: str, index: int) -> Problem:
    """``byline-name-may-be-phrase`` for a line of a script without capitals
    read as the writer by its place alone (:func:`_caseless_name_unsure`)."""
    return Problem(
        "byline-name-may-be-phrase",
        f"{text.strip()[:80]!r}, a line of a script without capitals between the headline "
        "and the date line, was read as the writer's name by its place alone: no given "
        "name nor initial tells it from a section's label or a phrase there, which reads "
        "the same",
        index,
    )


def _caseless_desk(text: str, knowledge: Knowledge) -> bool:
    """Does ``text``, a line :func:`_caseless_name_over_date` finds, hold a
    newsroom's word (Knowledge.desk_signature_words: Bengali ``নিজস্ব
    প্রতিবেদক``, own reporter; Urdu ``ویب ڈیسک``, web desk): a desk's
    signature, no writer's name?"""
    return any(word.casefold() in knowledge.desk_signature_words for word in text.split())


# The most capitalised words of each part of a broadcaster's "Outlet, Place"
# line under the writer's name.
_OUTLET_PLACE_MAX_WORDS: Final = 3


def outlet_and_place(text: str) -> bool:
    """Is ``text`` the writer's outlet and the place they file from, under
    their name in a broadcaster's header (``Jane Roe`` / ``Vale News,
    Cardiff``; ``Political reporter`` is a title's line)? Two parts set apart
    by one comma, each of one to ``_OUTLET_PLACE_MAX_WORDS`` capitalised
    words, no digit, no end mark. Read as neither, the name under the date
    went unread, silently. String tests."""
    stripped = text.strip()
    if stripped.count(",") != 1 or stripped[-1:] in _PARAGRAPH_ENDS:
        return False
    if any(character.isdigit() for character in stripped):
        return False
    for part in stripped.split(","):
        words = part.split()
        if not 0 < len(words) <= _OUTLET_PLACE_MAX_WORDS:
            return False
        if not all(word[:1].isupper() for word in words):
            return False
    return True


def byline_line(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Byline | None:
    """The byline a header line holds, or None: every form
    :func:`~wirestory.bylines.find_page_byline` reads with ``knowledge``; an
    organisation alone (``By National Desk``) is none, unless a known agency
    (``By Reuters``, ``by Reuters December 3, 2026``: the agency signs the
    story, no person) or a newsroom's signature (``By Staff and Wire
    Reports``, ``By Reuters and AP``)."""
    if len(text) > _REMEMBERED_MAX_CHARS:
        return _byline_line(text, knowledge)
    return _remembered_byline_line(text, knowledge)


def _byline_line(text: str, knowledge: Knowledge) -> Byline | None:
    # "Medically reviewed by Jane Roe, MD — Written by Tom Hale — Updated on
    # March 4, 2025", "Written by Tom Hale, RD on March 4, 2025 — Fact checked
    # by Jane Roe": the reviewer's credit is no part of the byline (read
    # whole, the line was none, or the credit its organisation); the
    # enrichment reads the reviewer (trailers.header_credits).
    credited = header_credits(text, knowledge)
    found = find_page_byline(text if credited is None else credited[0], knowledge=knowledge)
    if found is None and text.lstrip()[:8] == "Penulis ":
        found = _writer_beside_editor(text, knowledge)
    if found is not None and found.names and all(map(is_site_name, found.names)):
        # "Tirto.id - 04/03/2025, 10:32 WIB": a portal's address and the
        # page's date over the ``Penulis … | Editor …`` line read as the
        # byline, the address a writer's name; the writer under it was then
        # left out as furniture, silently (silent53). A site signs no byline
        # here: the line is its date line.
        found = None
    if found is None and " | " in text:
        found = _byline_without_by(text, knowledge)
    if found is None and " - " in text:
        found = _writer_before_second_credit(text, knowledge)
    if found is None:
        return _name_and_stamp(text, knowledge)
    if (
        found.names
        or (
            found.organization is not None
            and is_organization_line(found.organization, knowledge=knowledge)
        )
        # "By Global Times": the outlet signs its staff's copy.
        or signed_by_outlet(found, knowledge=knowledge)
        # "By Staff and Wire Reports", "By Reuters and AP": the newsroom or
        # the agencies sign, no person (as "By Reuters" is read).
        or signed_by_newsroom(found, knowledge=knowledge)
    ):
        return found
    return None


# A second role's label after a spaced dash: " - Kamera: ". A run of at most
# twenty letters, possessive, then a colon and a space: linear.
_SECOND_CREDIT: Final = regex.compile(r" [-–] (?=[^\W\d]{2,20}+:\s)")


def _writer_before_second_credit(text: str, knowledge: Knowledge) -> Byline | None:
    """The byline of a line of two labelled credits set apart by a spaced
    dash, the writer's first: ``Haber: Elif Şahin - Kamera: Burak Aydın``
    (Turkish agencies sign their stories so under the last paragraph: news,
    camera). The part before the dash read as a byline opening with a
    writer's label of ``Knowledge.page_byline_openers``, its raw text the
    whole line; the camera's or the photographer's credit is no writer.
    Read whole, the line was none and the writer was left out, silently
    (heldout41)."""
    stripped = text.strip()
    cut = _SECOND_CREDIT.search(stripped)
    if cut is None:
        return None
    head = stripped[: cut.start()]
    label, colon, _ = head.partition(":")
    if not colon or f"{label.rstrip()}:" not in knowledge.page_byline_openers:
        return None
    found = find_page_byline(head, knowledge=knowledge)
    if found is None or not found.names or found.organization is not None:
        return None
    return attrs.evolve(found, raw=stripped)


def _byline_without_by(text: str, knowledge: Knowledge) -> Byline | None:
    """The byline of a header line ``Jane Roe | The Vale Post`` (US local
    papers print the writer and the paper set apart by a bar, with no
    ``By``; silent54: the line was read as the headline, the real headline
    over it kept out, said only ``headline-may-hold-kicker``): read as ``By
    Jane Roe | The Vale Post`` is, the line its raw text. A person's name
    (one) and two to five capitalised words ending in an outlet's word
    (:func:`~wirestory.captions.name_bar_outlet`): ``Jane Roe | Opinion``,
    ``Cost of living | Council votes`` are none."""
    stripped = text.strip()
    if stripped.count(" | ") != 1 or not name_bar_outlet(stripped, knowledge=knowledge):
        return None
    found = find_page_byline(f"By {stripped}", knowledge=knowledge)
    if found is None or not found.names:
        return None
    return attrs.evolve(found, raw=stripped)


# An Indonesian portal's writer and editor on one line, their labels with no
# colon: "Penulis Rina Sari | Editor Adi Putra". Bounded runs: linear.
_WRITER_BESIDE_EDITOR: Final = regex.compile(
    r"Penulis (?P<name>[^|]{1,80}) \| Editor (?P<editor>[^|]{1,80})"
)


def _writer_beside_editor(text: str, knowledge: Knowledge) -> Byline | None:
    """The byline of ``Penulis Name | Editor Name`` (Indonesian portals'
    header; ``penulis``, writer, with no colon): read as ``Penulis: Name``
    would be, the whole line its raw text. Alone, ``Penulis`` with no colon
    opens a sentence or a heading as well (``Penulis Buku Baru``, new book's
    writer): the editor's part beside it is what makes the line a byline.
    Unread, the name was lost, silently. A heading's words in the frame
    (``Penulis Muda Berbakat | Editor Pilihan``: young talented writer,
    editor's pick) read the same, as does an editor known by one name: where
    the editor's part names no person the byline is doubted
    (:func:`writer_beside_unnamed_editor`)."""
    framed = _WRITER_BESIDE_EDITOR.fullmatch(text.strip())
    if framed is None:
        return None
    found = find_page_byline(f"Penulis: {framed.group('name')}", knowledge=knowledge)
    if found is None or not found.names:
        return None
    return attrs.evolve(found, raw=text.strip(), organization=None)


def _editor_named(part: str, knowledge: Knowledge) -> bool:
    """Does ``part``, after ``Editor`` in ``Penulis Name | Editor Name``,
    name a person alone (``Adi Putra``), no organisation?"""
    named = page_person_names(part.strip(), knowledge=knowledge)
    return named is not None and bool(named.names) and named.organization is None


def writer_beside_unnamed_editor(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` the frame of ``Penulis Name | Editor Name`` whose editor's
    part names no person (``Penulis Muda Berbakat | Editor Pilihan``; or an
    editor known by one name, ``Editor Sukarno``)? Read as the byline
    (:func:`_writer_beside_editor`), it is doubted: a heading's words in the
    frame named the writer, silently."""
    framed = _WRITER_BESIDE_EDITOR.fullmatch(text.strip())
    return framed is not None and not _editor_named(framed.group("editor"), knowledge)


# The separators of a header line setting the writer's name, their desk and
# the page's stamp apart: "Jane Roe / TNN / Updated: Mar 4, 2025, 10:32 IST".
_STAMP_SEPARATORS: Final = (" / ", " | ")
# The most words of the desk's part between the name and the stamp.
_DESK_PART_MAX_WORDS: Final = 3


def _name_and_stamp(text: str, knowledge: Knowledge) -> Byline | None:
    """The byline of a header line with no ``By`` setting a person's name
    first and the page's date line last, a desk's short signature at most
    between (``Rohit Gowda / TNN / Updated: Mar 4, 2025, 10:32 IST``, Indian
    papers' form; ``Jane Roe | March 4, 2025``): read as ``By`` would read it
    (:func:`~wirestory.bylines.find_page_byline`). Unread, the name was lost
    and a short page read as wire copy, its site's name the headline,
    silently. A line whose first part names no one (``Ferry strike / Day 3 /
    Updated …``) or whose last is no date line is none."""
    if len(text) > _REMEMBERED_MAX_CHARS:
        return None
    for separator in _STAMP_SEPARATORS:
        parts = text.strip().split(separator)
        if not 2 <= len(parts) <= 3:
            continue
        if not is_date_line(parts[-1], knowledge=knowledge) or any(
            len(part.split()) > _DESK_PART_MAX_WORDS or part.strip()[-1:] in _PARAGRAPH_ENDS
            for part in parts[1:-1]
        ):
            return None
        named = page_person_names(parts[0].strip(), knowledge=knowledge)
        if named is None or not named.names or named.organization is not None:
            return None
        found = find_page_byline("By " + text.strip(), knowledge=knowledge)
        if found is None or found.names != named.names:
            return None
        return attrs.evolve(found, raw=text.strip())
    return None


# The page layout asks about one header line several times (the header zone's
# anchors, the byline next to them, the lines under each line repeating the
# title, the caption pairs): the answers of the last few hundred short lines
# are kept. Both questions are pure functions of the line and the (frozen,
# hash-cached) Knowledge, and a Byline is frozen: a kept answer is the answer.
# Lines longer than a header line's bound are answered afresh (no large text kept).
_REMEMBERED_MAX_CHARS: Final = 300
_remembered_byline_line = functools.lru_cache(maxsize=1024)(_byline_line)


# "By" alone on a line, the name on the next (a link under the word).
_BY_ALONE: Final = frozenset({"by", "by:"})
# The most words of the names on the line under ``By`` alone (several
# writers and their roles: ``Jane Roe and Tom Hale, Staff Writers``).
_BY_ALONE_NAME_MAX_WORDS: Final = 10


@per_knowledge
def _date_words(knowledge: Knowledge) -> tuple[frozenset[str], frozenset[str]]:
    """The words a date line may hold (Knowledge.date_line_words: weekdays, clock
    words, time zones, the labels sites print before a date), and its month
    names (Knowledge.months and Knowledge.page_date_months, the month names of
    other languages)."""
    months = month_words(knowledge) | knowledge.page_date_months
    return knowledge.date_line_words | months, months


# Letter runs and digit runs of a line, possessive: linear. A word's marks
# are its own (Devanagari's, Bengali's and Tamil's vowel signs and viramas:
# "मार्च" is one word, not "म", "र" and "च"); a run opens with a letter.
_DATE_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*+|\d++")
# A numeric date: 11/19/2019, 19.11.19, 2019-11-19, and with a space after
# each full stop as Slovenian, Serbian and Czech sites print it: 4. 3. 2025,
# 04. 03. 2025. (bounded runs: linear).
# Chinese and Japanese write the year, month and day each with its sign:
# 2025年3月4日 (scripts60).
_NUMERIC_DATE = regex.compile(
    r"\d{1,4}(?:[/-]\d{1,2}[/-]|\.\d{1,2}\.|\. \d{1,2}\. )\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日"
)
_DATE_LINE_MAX_CHARS: Final = 100


def is_date_line(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A header line holding only a date and its labels: every word a month,
    weekday, clock word, time zone or ``Published``/``Updated``, and a date in
    it (a month and a number, or a numeric date). ``Published Wed, Nov 20 2019
    4:29 AM EST Updated Wed, Nov 20 2019``, ``- Nov. 18th 2019 8:54 am PT``,
    ``22 de outubro de 2010 às 20:13``; not ``21:17 18.11.2019 Get short URL``.
    The English month names are ``knowledge``'s (:attr:`~wirestory.Knowledge.months`).

    >>> is_date_line("Updated Nov. 19, 2019 8:21 am ET"), is_date_line("May the best team win")
    (True, False)
    """
    if len(text) > _DATE_LINE_MAX_CHARS:
        return False
    # A reading time after the date (``Tue, Mar 4, 2025, 10:32 AM 3 min read``,
    # ``March 4, 2025 · 5 min read``: finance portals, blogs): the date line
    # it closes is one. Read as none, a page dated so was wire copy, its
    # menu's first item the headline, silently. Spaces or a tab a scraper
    # left after it change nothing.
    if text.rstrip()[-4:].casefold() == "read":
        text = text.rstrip()
        timed = _READING_TIME_AFTER.search(text)
        if timed is not None and timed.start() > 0:
            text = text[: timed.start()]
    # A newswire's source after the date (``March 04, 2025 07:30 ET |
    # Source: Northfell Minerals Inc.``, Knowledge.source_labels): the date
    # line it closes is one. Read as none, the release's headline over it
    # was not found, the wire's name taken for it.
    # A state agency's page sets the source and the editor on both sides of
    # the date (``Source: Newsline | 2025-03-04 10:32:15 | Editor: Lin``):
    # read as no date line, the page was wire copy, its menu's first item
    # the headline and the rest its paragraphs, silently.
    if "|" in text:
        text = _date_part(text, knowledge)
    # A portal's name as a host's before the date (``KabarLembah.com -
    # 04/03/2025, 10:32 WIB``, Indonesian portals): the date line it opens is
    # one, as above.
    if "." in text:
        host = _HOST_BEFORE_DATE.match(text.lstrip())
        if host is not None:
            text = text.lstrip()[host.end() :]
    # A notice's paper named between the label and the date (``Published in
    # the Westbrook Gazette on March 4, 2025``, ``Published by Vale Post on
    # Mar. 4, 2025``: death notices' pages): the date line it names the paper
    # in is one. Read as none, the notice's name over it was not found, the
    # site's name taken for the headline (heldout37). The label asked first.
    if text.lstrip()[:9].casefold() == "published" and " on " in text:
        outlet = _OUTLET_BEFORE_DATE.match(text.lstrip())
        if outlet is not None:
            text = "Published " + text.lstrip()[outlet.end() :]
    return _is_date_line(text, knowledge)


# A paper named after ``Published in`` or ``by`` before ``on`` and the date: a
# bounded run of words with no digit (a date holds one), then `` on ``.
_OUTLET_BEFORE_DATE: Final = regex.compile(
    r"(?i:published (?:in|by)) (?:[^\s\d]{1,30} ){0,5}?[^\s\d]{1,30} (?i:on) (?=\S)"
)


# A site's host name and a dash opening a date line: labels of a host's shape
# (capitals allowed, ``Kabar.com``, ``KABAR.COM``), one space or a few around
# the dash. No two runs share a character, so the match is linear.
_HOST_BEFORE_DATE: Final = regex.compile(
    r"[\p{L}\d][\p{L}\d-]{0,62}(?:\.[\p{L}\d-]{1,63}){0,3}\.\p{L}{2,24}"
    r" {1,3}[-\u2013\u2014] {1,3}"
)

# Labels, lower-case, of an editor's name set beside a date between bars
# (``… | Editor: Lin``), as a source's label is (Knowledge.source_labels).
_EDITOR_LABELS: Final = frozenset({"editor", "editors", "edited by", "editor in charge"})

# Kinds of release, lower-case, a newsroom sets between bars beside a release's
# date (``Media release | 4 March 2025``).
_RELEASE_KINDS: Final = frozenset(
    {"media release", "press release", "news release", "media statement", "joint media release"}
)


def _date_part(text: str, knowledge: Knowledge) -> str:
    """``text`` without the parts between its bars that are a source's or an
    editor's name under their label (``Source: Northfell Minerals Inc.``,
    ``Editor: Lin``): the rest, the date, is what :func:`is_date_line` asks.
    ``text`` as it is when no part is so, or every part."""
    parts = text.split("|")
    kept = []
    for part in parts:
        # A newsroom's kind of release before its date (``Media release | 4
        # March 2025``: governments' and universities' newsrooms): read as no
        # date line, the page's name over the menu was taken for the headline.
        if " ".join(part.split()).casefold() in _RELEASE_KINDS:
            continue
        label, colon, name = part.partition(":")
        folded = label.strip().casefold()
        labelled = folded in knowledge.source_labels or folded in _EDITOR_LABELS
        if colon and name.strip() and labelled:
            continue
        kept.append(part)
    if not kept or len(kept) == len(parts):
        return text
    return "|".join(kept).strip()


# A reading time closing a date line: its separator, minutes, "read".
_READING_TIME_AFTER: Final = regex.compile(
    r"[\s,\u00b7\u2022|\u2013\u2014-]{1,4}\d{1,3}\s?(?i:mins?|minutes?)\s{1,3}(?i:read)$"
)


# The ASCII digits: an ASCII line holding none holds no ``\d`` either.
_ASCII_DIGITS: Final = frozenset("0123456789")


def _is_date_line(text: str, knowledge: Knowledge) -> bool:
    """:func:`is_date_line` without its bound on the length. A date line
    holds a number (a token of digits): an ASCII line without a digit (most
    lines asked, a heading, a name) is none, told by one scan in C before the
    remembered reading and its tokens."""
    if text.isascii():
        if _ASCII_DIGITS.isdisjoint(text):
            return False
    elif (".ค." in text or ".ย." in text or ".พ." in text) and _THAI_SHORT_MONTH.search(
        text
    ) is not None:
        # The month's letters are read as one of its names: the tokens of
        # ``มี.ค.`` are two letters no date word table holds. Every
        # abbreviation ends in one of three letters between full stops: three
        # substring searches in C turn down the other lines (most lines asked
        # outside ASCII hold a curly quote, no Thai).
        text = _THAI_SHORT_MONTH.sub(" มีนาคม ", text)
    return _read_date_line(text, knowledge)


# Thai months abbreviated, as most Thai date lines print them ("4 มี.ค. 2568
# 10:32 น.", "12 ธ.ค. 68"): two letters and two full stops, each read as a
# word of its own. Read as no date, such a page's date line under its byline
# was taken for a sentence over the story (scripts60). Fixed literals: linear.
_THAI_SHORT_MONTH: Final = regex.compile(
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
)


@functools.lru_cache(maxsize=1024)  # see _remembered_byline_line
def _read_date_line(text: str, knowledge: Knowledge) -> bool:
    date_words, months = _date_words(knowledge)
    tokens = _DATE_TOKEN.findall(text.casefold())
    words = [t for t in tokens if not t.isdigit()]
    if len(words) == len(tokens) or any(w not in date_words for w in words):
        return False
    return any(w in months for w in words) or _NUMERIC_DATE.search(text) is not None


# --- The shortcuts' contracts ----------------------------------------------------
#
# Public, though not part of wirestory's API, so that tests/test_page.py checks
# each shortcut of the rules above against the pattern it stands in for, by name.

TOKEN: Final = _TOKEN
"""A token of a line: a run of letters, marks, digits and apostrophes."""
PHRASE_NOISE: Final = _PHRASE_NOISE
"""What is dropped from a line before it is compared with the furniture phrases:
white space, punctuation, symbols, digits (``Comments (12)``, ``Share:``)."""
CJK: Final = _CJK
"""A character of a script written without spaces between words."""
TOKEN_SEPARATORS: Final = _TOKEN_SEPARATORS
"""Characters outside ASCII that :func:`tokens` makes spaces (and the curly
apostrophe a NUL) to tokenise a line as ASCII when it holds no other."""
FOLD_PUNCTUATION: Final = _FOLD_PUNCTUATION
"""The curly quotes and dashes a line is compared with the title without (a
``str.translate`` table)."""


def fold_punctuation(text: str) -> str:
    """``text.translate(FOLD_PUNCTUATION)``, always, by fast searches.

    >>> fold_punctuation("\u201cQuay\u201d \u2013 a reply")
    '"Quay" - a reply'
    """
    return _fold_punctuation(text)


def title_lines(texts: Sequence[str], heads: Sequence[str] | None = None) -> list[int]:
    """The blocks equal to the page title (``texts[0]``) or its headline
    part, folded, top down (the layout's headline candidates). With ``heads``
    (each block stripped, its first two characters) the blocks are sieved by
    them first: always the same blocks as without.

    >>> title_lines(["Dam opens now - The Planet", "Menu", "DAM OPENS NOW"], ["Da", "Me", "DA"])
    [2]
    """
    return _title_lines(texts, heads)


def title_openings(title: str, texts: Sequence[str]) -> list[int]:
    """The blocks whose opening (the first six characters of the fold of their
    first twelve: curly quotes and dashes straight, white space runs one space,
    case folded) stands in ``title``: always as each block folded alone says,
    the blocks' openings folded together.

    >>> title_openings("dam opens - the planet", ["Dam  opens", "Weather", "“The Planet"])
    [0]
    """
    return _openings_in(title, texts, list(range(len(texts))))


def smooth(classes: Sequence[str]) -> tuple[list[str], list[str]]:
    """The classes of blocks after jusText's context revision, and the rule that
    gave each (the class's own name where none did): always as each block's
    nearest neighbours say, a run of short blocks at a time.

    >>> smooth(["good", "short", "good", "near-good", "bad"])[0]
    ['good', 'good', 'good', 'good', 'bad']
    """
    rules = list(classes)
    return _smooth(list(classes), rules), rules


def story_span(
    classes: Sequence[str],
    weights: Sequence[int],
    walls: Sequence[bool],
    bonus: Sequence[int],
    free: Sequence[bool] = (),
) -> tuple[int, int] | None:
    """The story's stretch ``[start, end)`` among blocks of these classes
    (``good``, ``bad``, ...), weights, walls, bonuses and free blocks: always
    the best run as walked block by block (see the page layout's rules), the
    costs between two good blocks summed a gap at a time.

    >>> story_span(["bad", "good", "bad", "good"], [50, 300, 10, 200], [False] * 4, [0] * 4)
    (1, 4)
    """
    return _story_span(classes, weights, walls, bonus, free)


def tokens(text: str) -> list[str]:
    """The tokens of a line as the page rules count them: always
    ``TOKEN.findall(text.casefold())``, on ASCII without the pattern.

    >>> tokens("Rock'n'roll, 2019!")
    ["rock'n'roll", '2019']
    """
    return _tokens(text)


def page_tokens(texts: Sequence[str]) -> list[list[str]]:
    """The tokens of a page's blocks as the layout finds them together (the
    ASCII blocks and those ASCII but for quotes and dashes in one translate,
    the others one by one): always :func:`tokens` of each block.

    >>> page_tokens(["Rain fell.", "“Don’t”", "Дождь"])
    [['rain', 'fell'], ['don’t'], ['дождь']]
    """
    return _tokens_and_weights(texts)[0]


def phrase_key(text: str) -> str:
    """A line as it is looked up in the furniture phrases: always its
    :data:`PHRASE_NOISE` runs made single spaces, case-folded and stripped, on
    ASCII without the pattern.

    >>> phrase_key("  Comments (12) ")
    'comments'
    """
    return _phrase_key(text)


def boilerplate_pattern(knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> regex.Pattern[str]:
    """A boilerplate word of ``knowledge`` (:attr:`Knowledge.boilerplate_words
    <wirestory.Knowledge.boilerplate_words>`), searched in a block's first 300
    characters."""
    return _patterns(knowledge).boilerplate


def boilerplate_blocks(
    texts: Sequence[str], *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> list[bool]:
    """For each block, whether :func:`boilerplate_pattern` finds a word in its
    first 300 characters (searching only the blocks that may hold one, blocks
    outside ASCII by their ASCII form when they have one, the words looked for
    in the page's token translation when they can be, as the layout does).

    >>> boilerplate_blocks(["We use cookies to improve the site", "Rain fell."])
    [True, False]
    """
    _, _, _, forms, translated = _tokens_and_weights(texts)
    return _boilerplate(texts, _patterns(knowledge), forms, translated)


def sentence_end_pattern(knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> regex.Pattern[str]:
    """A line's end like a sentence's (a mark of :attr:`Knowledge.sentence_ends
    <wirestory.Knowledge.sentence_ends>`, then at most three closing quotes),
    searched in a block's last 8 characters."""
    return _patterns(knowledge).sentence_end


def sentence_blocks(
    texts: Sequence[str], *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> list[bool]:
    """For each block, whether :func:`sentence_end_pattern` finds its end in
    the last 8 characters of the block stripped, told as the layout tells it.

    >>> sentence_blocks(["The quay reopened.", 'He said "no."', "Weather"])
    [True, True, False]
    """
    return _sentence_flags([text.strip() for text in texts], _patterns(knowledge))


def comment_heading_pattern(knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> regex.Pattern[str]:
    """The heading of a comment section of ``knowledge`` (:attr:`Knowledge.comment_headings
    <wirestory.Knowledge.comment_headings>`), matched at a stripped block's start."""
    return _patterns(knowledge).comments


def comment_heading_blocks(
    texts: Sequence[str], *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> list[bool]:
    """For each block, whether :func:`comment_heading_pattern` matches it stripped:
    always as matching each, the pattern asked only of the blocks the sieve
    read off the headings lets through, as the layout does.

    >>> comment_heading_blocks(["12 Comments", "Rain fell.", "jdoe says:"])
    [True, False, True]
    """
    return _walls(
        [text.strip() for text in texts], _patterns(knowledge), knowledge.comment_headings
    )


def box_label_openings(
    texts: Sequence[str], *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> list[bool]:
    """For each block, whether its first two characters (stripped) let it
    through the sieve of the box labels' first words, as the layout asks
    before splitting off a block's first word: every block whose first word,
    folded and without ``:|-–—,.`` at its end, is a label's first word is let
    through (the sieve is a necessary condition only).

    >>> box_label_openings(["Related: Rain", "Weather", "READ MORE"])
    [True, False, True]
    """
    sieve = _label_openings(_label_firsts(knowledge.box_labels))
    heads = [text.strip()[:2] for text in texts]
    if sieve is None:
        return [True] * len(texts)
    return [sieve[3].get(head, None) or _may_open_label(head, sieve) for head in heads]


def squeezed_phrase_keys(texts: Sequence[str]) -> list[str | None]:
    """Each line's :func:`phrase_key` without its spaces, found for the lines
    together as the layout does for a page's short lines outside ASCII; None
    for each when a line holds the private use character that joins them.

    >>> squeezed_phrase_keys(["Compartir: ", "Política de privacidad"])
    ['compartir', 'políticadeprivacidad']
    """
    return list(_squeezed_keys(texts))


def stock_symbol_or_quote(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Whether a short furniture block (``text`` stripped, at most 24
    characters) is read as a stock widget's quote or symbol, as the layout
    reads it before context: a quote's shape (:func:`is_stock_quote`), a
    price after a currency's sign (``$412.50``), or capitals with maybe a
    class letter after a dot that are no furniture phrase of their own.

    >>> [stock_symbol_or_quote(t) for t in ("QUAYBANK", "+3.2%", "Share", "MENU")]
    [True, True, False, False]
    """
    return _stock_quote(text.strip(), _patterns(knowledge))


def furniture_phrase_blocks(
    texts: Sequence[str], *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> list[bool]:
    """:func:`furniture_phrase` of each block, found for the blocks together as
    the layout does (stripped blocks).

    >>> furniture_phrase_blocks(["Share this:", "Rain fell on the town all day."])
    [True, False]
    """
    return _furniture_phrases([text.strip() for text in texts], _patterns(knowledge))


def stop_word_counts(
    texts: Sequence[str], *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> tuple[str | None, list[int | None] | None]:
    """The page's language as the layout finds it for the blocks ``texts``
    (always :func:`guess_language` of them joined by line feeds) and, when it
    was found by its stop words, how many of each block's tokens its table
    holds for the blocks weighing at least 70 (a CJK character three, a
    Hangul syllable four), None for the lighter ones: counted with the
    language, as the blocks' densities are read.

    >>> page = ["Home", "The council said that the ferry will run on the route all of the year."]
    >>> stop_word_counts(page)
    ('en', [None, 10])
    """
    tokens, weights, cjk, _, _ = _tokens_and_weights(texts)
    return _language_and_counts(tokens, cjk, texts, knowledge, weights)


def non_blank_lines(texts: Sequence[str], start: int = 0) -> list[int]:
    """The numbers of the lines from ``start`` the layout reads as blocks: always
    those that are not :func:`~wirestory.lines.is_blank`.

    >>> non_blank_lines(["Rain", "", " \u00a0", "\u200b", "Dam"])
    [0, 4]
    """
    return _non_blank([Line(text, 0, 0, n + 1) for n, text in enumerate(texts)], start)


def short_run_lengths(
    kinds: Sequence[str], sentence: Sequence[bool], low: int, high: int
) -> list[int]:
    """For the blocks ``[low, high)`` of these kinds before context (``short``,
    ``good``, ``near-good``, ``bad``, ``phrase``), each ending like a sentence
    or not, the length of the run of short blocks ending like no sentence that
    each is in, 0 for the others: as the layout reads them in the story's
    stretch, always the page's whole runs.

    >>> short_run_lengths(["short", "short", "good", "short"], [False] * 4, 1, 3)
    [2, 0]
    """
    start, runs = _short_runs_over(kinds, sentence, low, high)
    return runs[low - start : high - start]
