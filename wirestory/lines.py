"""Physical lines: the unit every later stage assigns a role to.

A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (old Mac files and some
scrapers); the terminator belongs to the line, so the lines of a text, joined,
are the text. Other Unicode line separators (``U+2028``, form feed) stay inside
a line: they are rare in news dumps and ftfy turns them into breaks within a
field, which :func:`~wirestory.normalize` handles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain, count, islice, repeat
from operator import add
from typing import Final, NamedTuple

__all__ = [
    "BLANK_CHARS",
    "PLAIN_WHITE",
    "Line",
    "as_written",
    "has_case",
    "holds_invisible",
    "indent",
    "is_blank",
    "is_georgian",
    "joined_text",
    "line_key",
    "opens_small",
    "read_lines",
    "split_lines",
    "without_invisible",
    "word_count",
    "written_offset",
]

# A terminator; linear: each alternative is one or two fixed characters.
# Unicode's line separator (U+2028) ends a line as a line feed does: a feed
# or an editor writes it for a line break (a ``<br>``), and read as a
# character of the line a whole story was one line, its headline, byline and
# paragraphs one paragraph. (The paragraph separator, U+2029, stays a
# character of its line: it stands for a paragraph's end, a line break and a
# blank line, which no line record can be; docs/reliability.md says how
# such a text is read.)
_TERMINATOR = re.compile("\r\n?|[\n\u2028]")
# What counts as white space on a blank line: str.isspace()'s set, plus the
# invisible characters a scraper leaves on otherwise empty lines.
BLANK_CHARS = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u200b\u2060\ufeff"
)

# What a blank line holds when it is no more than a blank line: spaces, tabs,
# and a printer's page and line feeds (a feed's page break, ``\f`` on a line
# of its own between two stories). A blank line holding anything else (a
# no-break space alone) is the seed site's mark between one story's
# paragraphs, which a blank run holding it does not end.
PLAIN_WHITE = " \t\x0b\x0c"


class Line(NamedTuple):
    """One physical line. A tuple, not an attrs class: a dump has millions."""

    text: str
    """The line without its terminator."""
    start: int
    """Offset of the line's first character in the whole input."""
    end: int
    """Offset just past the terminator."""
    number: int
    """1-based line number in the whole input."""
    written: str | None = None
    """The line as written when :func:`split_lines` read its characters
    (its block held a no-break space or an invisible character, which
    ``text`` may read as a space), else None. The same length as ``text``: a
    hard wrap's measure needs it, since a no-break space held the words
    around it on one line."""


def is_blank(text: str) -> bool:
    """True when a line holds nothing but white space or invisible characters.

    >>> is_blank(" \\t\\u00a0"), is_blank("TT")
    (True, False)
    """
    # A line opening with a character that is not blank holds one: told by
    # one look-up, where strip() with its 33 characters costs a few hundred
    # instructions a line even when it strips nothing.
    return not text or (text[0] in BLANK_CHARS and not text.strip(BLANK_CHARS))


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
_MARGIN: Final = " \t\u200b\u2060\ufeff"
_INVISIBLE_MARKS: Final = ("\u200b", "\u2060", "\ufeff")
_INVISIBLE_AS_SPACE: Final = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"), " ")
# What after an invisible mark shows it joins no word: a space, a tab, a
# no-break space.
_SPACE_OR_TAB: Final = (" ", "\t", "\xa0")
_TRAILING_MARGIN: Final = _MARGIN + "\r"


def read_lines(block: str) -> tuple[str, list[int]]:
    """``block`` (a line, or lines ending in line feeds) as :func:`split_lines`
    reads each line's text, and the indexes of the lines read otherwise than
    written: each no-break space (U+00A0) read as a space, and the invisible
    characters opening a line (U+200B, U+2060, U+FEFF), or between a
    sentence's end and a space or ending it, read as spaces, in each line
    holding more than white space. A scraped page's ``&nbsp;``
    after a wire dateline's agency (``WASHINGTON\u00a0(AP)\u00a0—``) or for
    every space is a space to every layout's rules, and a scraper's
    ``&#8203;`` opening each paragraph (``\u200bBy Jane Roe``) is an indent to
    them; a field normalizes the one to a space and drops the other anyway.
    Same length, so every offset holds. A line of white space alone keeps
    them: a no-break space alone is the seed site's mark between one story's
    paragraphs (see :data:`PLAIN_WHITE`). The block is read whole, by C calls
    and a step of Python per line holding a no-break space and per invisible
    character, not per line of the block (a batch sent to a worker is sent as
    written and read again so).

    >>> read_lines("ROME\\u00a0(AP)\\u00a0- The\\n\\u00a0\\n\\u200bBy Jane Roe")
    ('ROME (AP) - The\\n\\xa0\\n By Jane Roe', [0, 2])
    >>> read_lines("Tom Hale in 1978.\\u200b Photo: Ellis\\u200b\\nPORT EL\\u200bLIS")
    ('Tom Hale in 1978.  Photo: Ellis \\nPORT EL\\u200bLIS', [0])
    """
    if not _read_otherwise(block):
        return block, []
    find = block.find
    # Spans of the block read as written (white space alone), or with the
    # margin's invisible characters as spaces, over the block with every
    # no-break space a space; and the starts of the lines read otherwise.
    spans: list[tuple[int, int, bool]] = []
    starts: set[int] = set()
    position = find("\xa0")
    while position >= 0:
        start = block.rfind("\n", 0, position) + 1
        end = find("\n", position)
        end = len(block) if end < 0 else end
        if block[start:end].strip(BLANK_CHARS):
            starts.add(start)
        else:
            spans.append((start, end, False))
        position = find("\xa0", end)
    for mark in _INVISIBLE_MARKS:
        position = find(mark)
        while position >= 0:
            start = block.rfind("\n", 0, position) + 1
            end = find("\n", position)
            end = len(block) if end < 0 else end
            line = block[start:end]
            words = line.lstrip(_MARGIN)
            if not words.strip(BLANK_CHARS):
                position = find(mark, end)
                continue
            margin = start + len(line) - len(words)
            if position < margin:
                spans.append((start, margin, True))
                starts.add(start)
            # A mark between a sentence's end mark and a space, or ending its
            # line, in a line holding more (``… in 1978.\u200b Photo: Ellis
            # family``: a site's ``&#8203;`` after every sentence, a break
            # hint): it joins no word, so it is a space to the rules as in the
            # margin, and a caption's credit after it is read. After a word's
            # letter (``PORT\u2060 ELLIS``, ``Jane\u200b Roe``) or inside a
            # word (``PORT EL\u200bLIS``, Thai's words parted by one) it stays
            # a character of the word, which a dateline's and a byline's
            # readers read past. Only a mark and a space together are looked
            # at, found by C scans: a Thai or Burmese page's words parted by
            # marks take no step of Python a mark.
            tail = start + len(line.rstrip(_TRAILING_MARGIN))
            for spaced in (mark + " ", mark + "\t", mark + "\xa0"):
                at = find(spaced, margin, tail)
                while at >= 0:
                    if not block[at - 1].isalnum():
                        spans.append((at, at + 1, True))
                        starts.add(start)
                    at = find(spaced, at + 1, tail)
            at = find(mark, tail, end)
            while at >= 0:
                spans.append((at, at + 1, True))
                starts.add(start)
                at = find(mark, at + 1, end)
            position = find(mark, end)
    read = block.replace("\xa0", " ")
    if spans:
        spans.sort()
        pieces: list[str] = []
        done = 0
        for start, end, in_margin in spans:
            if start < done:
                continue  # a margin holding two kinds of invisible character
            pieces.append(read[done:start])
            pieces.append(
                block[start:end].translate(_INVISIBLE_AS_SPACE) if in_margin else block[start:end]
            )
            done = end
        pieces.append(read[done:])
        read = "".join(pieces)
    indexes: list[int] = []
    number = counted = 0
    for start in sorted(starts):
        number += block.count("\n", counted, start)
        counted = start
        indexes.append(number)
    return read, indexes


# The invisible characters a scraper or an editor leaves inside a word
# (``PORT EL\u200bLIS``, ``WASH\u00adINGTON``, ``By Jane\u200b Roe``): a zero-width
# space, a word joiner, a BOM, a soft hyphen, and a zero-width joiner between
# two Latin letters (between others it joins a script's letters or an emoji).
_IN_WORDS: Final = re.compile("[\u200b\u2060\ufeff\u00ad]|(?<=[A-Za-z])\u200d(?=[A-Za-z])")


def holds_invisible(text: str) -> bool:
    """Does ``text`` hold an invisible character :func:`without_invisible`
    may drop? Told by C scans, ASCII first: most paragraphs hold none, and
    the pattern's scan of each non-ASCII paragraph (curly quotes, dashes) a
    dateline's or a byline's reader is asked about cost wire copy about
    15 M instructions (docs/performance.md)."""
    return not text.isascii() and (
        "\u200b" in text
        or "\u2060" in text
        or "\ufeff" in text
        or "\xad" in text
        or "\u200d" in text
    )


def without_invisible(text: str) -> tuple[str, list[int]]:
    """``text`` without the invisible characters a scraper leaves inside
    words, and their offsets in ``text`` (none: ``text`` itself), for the
    readers of a dateline or a byline, which read past them (their fields
    keep the characters as written, see :func:`written_offset`).

    >>> without_invisible("WASH\\u00adINGTON (AP) \\u2014")
    ('WASHINGTON (AP) —', [4])
    """
    if not holds_invisible(text):
        return text, []
    removed = [match.start() for match in _IN_WORDS.finditer(text)]
    if not removed:
        return text, []
    return _IN_WORDS.sub("", text), removed


def written_offset(removed: Sequence[int], offset: int, *, past: bool) -> int:
    """The offset in the text as written of ``offset`` in the text
    :func:`without_invisible` gave, ``removed`` its offsets; ``past`` takes
    the invisible characters written right there (a field's end that the
    body's start follows), else not (the end of its raw text).

    >>> written_offset([4], 10, past=True), written_offset([4], 4, past=True)
    (11, 5)
    >>> written_offset([4], 4, past=False)
    4
    """
    for position in removed:
        if position < offset or (past and position == offset):
            offset += 1
        else:
            break
    return offset


def as_written(text: str, lines: Sequence[Line]) -> str:
    """``text``, a field read from lines' texts (its pieces apart by line
    feeds, each a part of one line), with each piece's characters as written
    where its line was read otherwise (``Line.written``): a byline's raw text
    is as written, its no-break spaces kept.

    >>> lines = list(split_lines(["By\\u00a0Jane Roe\\n"]))
    >>> as_written("By Jane Roe", lines)
    'By\\xa0Jane Roe'
    """
    pieces = text.split("\n")
    for index, piece in enumerate(pieces):
        for line in lines:
            if line.written is not None and (at := line.text.find(piece)) >= 0:
                pieces[index] = line.written[at : at + len(piece)]
                break
    return "\n".join(pieces)


def _line(text: str, start: int, end: int, number: int) -> Line:
    """The line of ``text`` (as written) at ``start``, read as
    :func:`read_lines` reads it (a line of a block read one at a time)."""
    read, indexes = read_lines(text)
    if indexes:
        return Line(read, start, end, number, text)
    return Line(text, start, end, number)


# Builds a Line without the Python-level __new__ a NamedTuple call goes through.
_new_line = tuple.__new__


def indent(text: str) -> int:
    """The number of spaces and tabs opening a line.

    >>> indent("   The union said"), indent("Oslo")
    (3, 0)
    """
    return len(text) - len(text.lstrip(" \t"))


def line_key(text: str) -> str:
    """What two lines must share to be "the same line shown again": their text
    with white space folded and invisible characters dropped (the seed site
    repeats a headline without the no-break space it first ended with).

    >>> line_key("\ufeffGulf  Ministers\u00a0Meet ") == line_key("Gulf Ministers Meet")
    True
    """
    if text.isprintable():
        # No white space but the space and no invisible character (both are
        # of Unicode's "other" and "separator" classes, which are not
        # printable): a line without a space at either end or two together is
        # its own key, told without splitting it into words and joining them.
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(text.split())
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = text.translate(_INVISIBLE)  # slow per call; the characters are rare
    return " ".join(text.split())


def _read_otherwise(block: str) -> bool:
    """Does ``block`` hold a character :func:`read_lines` may read as a
    space (told by C scans; most blocks hold none)?"""
    return "\xa0" in block or "\u200b" in block or "\u2060" in block or "\ufeff" in block


def _crlf_only(block: str) -> bool:
    """Is every CR of ``block`` a CRLF's? Each CR found by ``str.find``, which
    scans at ``memchr`` speed (``str.count`` of a character reads the text
    one character at a time, and counting CR and CRLF over half a megabyte of
    wire copy cost 6 M instructions, issue #17); a text holds few CRs, or one
    a line when saved on Windows."""
    find = block.find
    position = find("\r")
    while position >= 0:
        if not block.startswith("\n", position + 1):
            return False  # a lone CR (or one ending the block: held back)
        position = find("\r", position + 2)
    return True


def joined_text(lines: Sequence[Line], numbers: Iterable[int]) -> str:
    """The text of the lines numbered ``numbers`` (a paragraph's), each
    stripped, joined by single spaces: how a paragraph cut over several lines
    reads as one.

    >>> joined_text([Line("The quay ", 0, 9, 1), Line("  reopened.", 10, 21, 2)], [0, 1])
    'The quay reopened.'
    """
    if isinstance(numbers, list) and len(numbers) == 1:
        # Most paragraphs are one line (wire copy prints a paragraph a line):
        # its text stripped is the join of one, without a generator's steps.
        return lines[numbers[0]].text.strip()
    return " ".join(lines[number].text.strip() for number in numbers)


def split_lines(
    blocks: Iterable[str], *, start: int = 0, number: int = 1, opens_text: bool = True
) -> Iterator[Line]:
    """Cut text, given as one or more blocks, into :class:`Line` records.

    A line may span blocks, and a ``\\r`` at the end of a block waits for the next
    block in case it starts with ``\\n``. Work is linear in the input: a partial
    line is kept as a list of pieces and joined once. When the blocks
    ``opens_text`` (the whole text, not a story cut from it), a byte order mark
    opening them is no character of the first line.
    """
    # The lines come in runs, a block's at a time (its lines ending in line
    # feeds, built by map() over the block): chained in C, no step of a
    # Python generator is taken for each line of a dump.
    return chain.from_iterable(_line_runs(blocks, start, number, opens_text))


def _line_runs(
    blocks: Iterable[str], start: int, number: int, opens_text: bool
) -> Iterator[Iterable[Line]]:
    """:func:`split_lines`' lines, in runs: a block's lines at once where each
    ends in a line feed (or a CRLF), else one by one."""
    pending: list[str] = []
    # A byte order mark opening the text (a str read without decode(), or a
    # file saved with one) is no character of its first line: left in, the
    # first line of a page (``\ufeffCulture``) reads as no menu item and no
    # headline, and the page as wire copy. It stays in the input as a
    # separator before the first line (its offset 0, the line's start 1).
    # Inside a text the mark is a character of its line, as a story cut from
    # the text (parse_story of split_stories' chunk) reads it.
    opening = opens_text
    for block in blocks:
        if not block:
            continue
        if opening:
            opening = False
            if block[0] == "\ufeff":
                block = block[1:]
                start += 1
                if not block:
                    continue
        if pending and pending[-1].endswith("\r"):
            # A CR held back from the previous block: complete it as CRLF or lone CR.
            held = pending.pop()[:-1]
            if held:
                pending.append(held)
            text = "".join(pending)
            pending.clear()
            terminator = "\r\n" if block.startswith("\n") else "\r"
            end = start + len(text) + len(terminator)
            yield (_line(text, start, end, number),)
            start, number = end, number + 1
            block = block[len(terminator) - 1 :]
        crlf = "\r" in block
        if (not crlf or _crlf_only(block)) and "\u2028" not in block:
            # The common case, at C speed: every line ends with a line feed,
            # and the records are built by map() and zip(), not a Python loop
            # (a block holding U+2028, rare, takes the loop below).
            # Text saved on Windows (or a scraper mixing the two: wire copy
            # with CRLF in some lines only) ends lines with CRLF: when every CR
            # is one's, the pieces between line feeds are the lines with their
            # CR, so the offsets are the same and only the CR is cut from each
            # text, instead of a Python loop over the terminator pattern.
            parts = block.split("\n")
            read, indexes = read_lines(block)
            if pending:
                pending.append(parts[0])
                parts[0] = "".join(pending)
                pending.clear()
                # The line begun in the block before, read whole.
                first, first_read = read_lines(parts[0])
                if indexes or first_read:
                    cut = read.find("\n")
                    read = first + read[cut:] if cut >= 0 else first
                    later = indexes[1:] if indexes[:1] == [0] else indexes
                    indexes = [0, *later] if first_read else later
            last = parts.pop()
            # Each piece and its line feed: ``operator.add`` over a run of ones,
            # a call cheaper than the bound ``(1).__add__`` it replaced.
            offsets = list(accumulate(map(add, map(len, parts), repeat(1)), initial=start))
            # Each CR ends its piece (it is a CRLF's): cut by a C call per
            # piece, not a Python test per line (wire copy in one block, a few
            # lines of it saved on Windows, takes this path for all its lines).
            texts: Iterable[str] = map(str.removesuffix, parts, repeat("\r")) if crlf else parts
            written: Iterable[str | None] = repeat(None)
            if indexes:
                # The lines read otherwise keep their text as written.
                written_texts: list[str | None] = [None] * len(parts)
                for index in indexes:
                    if index < len(parts):
                        written_texts[index] = parts[index].removesuffix("\r")
                written = written_texts
                read_parts = read.split("\n")
                read_parts.pop()
                texts = map(str.removesuffix, read_parts, repeat("\r")) if crlf else read_parts
            yield map(
                _new_line,
                repeat(Line),
                zip(texts, offsets, islice(offsets, 1, None), count(number), written),
            )
            start, number = offsets[-1], number + len(parts)
            if last:
                pending.append(last)
            continue
        position = 0
        size = len(block)
        for match in _TERMINATOR.finditer(block):
            cut, after = match.span()
            if after == size and after - cut == 1 and block[cut] == "\r":
                break  # may be the first half of a CRLF split across blocks
            if pending:
                pending.append(block[position:cut])
                text = "".join(pending)
                pending.clear()
            else:
                text = block[position:cut]
            end = start + len(text) + after - cut
            yield (_line(text, start, end, number),)
            start, number, position = end, number + 1, after
        if position < size:
            pending.append(block[position:])
    if pending:
        text = "".join(pending)
        if text.endswith("\r"):
            yield (_line(text[:-1], start, start + len(text), number),)
        else:
            yield (_line(text, start, start + len(text), number),)


# Georgian's letters: Mkhedruli (U+10D0 to U+10FF) and its capitals,
# Mtavruli (U+1C90 to U+1CBF). Unicode gives Mkhedruli capitals since 11.0,
# so each is a small letter to ``str.islower``; no page's text sets them but
# in a style sheet's capitals, and Georgian is written as a script without
# case is (heldout34, silent57). Read as small letters, a Georgian page's
# lines opened "small" (wrapped lines' tails, no headline nor name) and its
# words were no script without capitals (a caseless writer's name unread).
# A Georgian letter anywhere in a text: one class, linear.
_GEORGIAN: Final = re.compile("[\u10d0-\u10ff\u1c90-\u1cbf]")


def is_georgian(character: str) -> bool:
    """Is ``character`` a Georgian letter (Mkhedruli or Mtavruli)?"""
    return "\u10d0" <= character <= "\u10ff" or "\u1c90" <= character <= "\u1cbf"


def has_case(text: str) -> bool:
    """Does ``text`` hold a letter of a script pages write with case (Latin,
    Greek, Cyrillic, Armenian: ``str.upper`` and ``str.lower`` differ on it),
    Georgian's aside (:func:`is_georgian`)? The one test of "this text
    is in a script with capitals" the layouts ask: a text in Arabic, Hindi,
    Hebrew, Chinese or Georgian has none. The whole-text test first: most
    texts with case hold no Georgian letter (told in C), and a text without
    case is told by the whole-text test alone."""
    if text.upper() == text.lower():
        return False
    if text.isascii() or _GEORGIAN.search(text) is None:
        return True
    return any(
        (character.islower() or character.isupper()) and not is_georgian(character)
        for character in text
    )


def opens_small(text: str) -> bool:
    """Does ``text`` open (past its indent) with a small letter of a script
    with case (:func:`has_case`): never a Georgian one, nor a letter of a
    script without capitals?"""
    first = text.lstrip()[:1]
    return first.islower() and not is_georgian(first)


# Scripts written without spaces between words, each with about how many
# characters (letters and their marks) a word of running news text runs to:
# Han and kana two (``図書館`` / ``開館``, ``图书馆`` / ``开放``), Thai and Lao
# four (``ห้องสมุด`` / ``เปิด`` / ``ให้``), Khmer and Burmese five (a Burmese
# syllable is a letter and up to four marks: ``မြို့``). Split at white space
# only, a Thai headline of forty letters was one word, as short as a menu's
# item, and a Thai or Burmese page was read as wire copy, its site's name the
# headline and its menu, headline and byline the paragraphs, silently
# (scripts60). One class a script, no two sharing a character: linear.
_UNSPACED_RUN: Final = re.compile(
    "([\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3040-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]+)"
    "|([\u0e00-\u0eff]+)"
    "|([\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f]+)"
)
# The characters a word of each of those classes runs to, by group.
_UNSPACED_WORD_CHARS: Final = (2, 4, 5)
# The lowest character of those scripts (Thai's first): a text whose
# greatest character is below it holds none (``max``, one scan in C).
_UNSPACED_LOWEST: Final = "\u0e00"


def word_count(text: str) -> int:
    """How many words ``text`` holds: its runs between white space, a run of
    a script written without spaces between words (Chinese, Japanese, Thai,
    Lao, Khmer, Burmese) counting a word for each ``_UNSPACED_WORD_CHARS``
    of its characters begun. The one measure of a line's length in words
    the layouts ask of a line that may be in such a script (a site's name,
    a menu's item, a headline): a Thai headline of forty letters is about
    ten words, no menu's item of one.

    >>> word_count("Vale Post"), word_count("หน้าแรก"), word_count("港町に新しい図書館が開館")
    (2, 2, 6)
    """
    words = text.split()
    if text.isascii() or not words or max(text) < _UNSPACED_LOWEST:
        return len(words)
    count = len(words)
    for run in _UNSPACED_RUN.finditer(text):
        size = _UNSPACED_WORD_CHARS[run.lastindex - 1 if run.lastindex else 0]
        # A run counts its words less the one its white-space word counted.
        count += -(-(run.end() - run.start()) // size) - 1
    return count
