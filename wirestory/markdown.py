"""A page's text as a converter prints it, read without its marks.

Converters of pages to Markdown (html2text, reader services feeding language
models) print a story's roles as markup: ``# Headline``, ``## Subheading``,
``**By Jane Roe**``, ``_March 4, 2025_``, ``![A caption](https://…/photo.jpg)``,
``[link text](https://…)`` inside paragraphs, ``* [Home](https://…)`` menus and
``> `` block quotes. Read as they stand, the markup hid every role: a menu's
first link was the headline, the headline a paragraph. The markup is the
line's form, not its words: :func:`markdown_view` gives the story's lines with
each mark turned into spaces, so every character keeps its offset (the
segments, cut from the input by offset, stay lossless; the URLs stay in the
lines' segments, in no field) and the fields, their white space tidied, read
the words alone. A text-mode browser (lynx) glues each link's number to its
first word (``By [7]Rachel Moss``) and lists the addresses under
``References``: the numbers are read as spaces too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from wirestory.lines import Line, indent

__all__ = ["MarkdownView", "markdown_view"]

# A link's address as converters print it: absolute (``https://…``,
# ``mailto:…``), from the site's root (``/news``), an anchor (``#content``) or
# a file (``photo.jpg``): a colon, a slash, a hash or a dot in it. Brackets
# and a parenthesis of words are a writer's (``[Editor's note](Reuters)``,
# ``[sic](sic)``): read as a link, the note went from the body into an
# advisory. The look-ahead reads the address's own characters alone: linear.
# A relative address of one word is a link's too when it holds a word and a
# number (``[Next](page2)``, a page's pagination) or opens a query
# (``[Next](?page=2)``): a writer's note in brackets is words alone. The runs
# of the word's part and the number's part share no character: linear.
_ADDRESS: Final = (
    r"(?:(?=[^()\s:/#.]{0,2000}[:/#.])[^()\s]{1,2000}"
    r"|\?[^()\s]{1,2000}|[a-z][a-z_-]{0,99}[0-9][a-z0-9_-]{0,99})"
)
# A link or an image: ``[text](url)``, ``![alt](url "title")``. Bounded runs
# of characters that cannot hold the next delimiter: linear. The text holds
# no bracket, so a linked image (``[![alt](img)](link)``) is read inside out,
# the image first, then the link around its blanked marks.
_LINK: Final = re.compile(rf'(!?\[)([^\[\]\n]{{0,500}})(\]\({_ADDRESS}(?:\s+"[^"\n]{{0,300}}")?\))')
# A link or an image by reference (html2text's reference links: ``[text][6]``,
# the address on a line ``[6]: https://…`` under the page). Its text is never
# a number alone: ``[3][4]`` is a scientific story's two citations.
_REFERENCE: Final = re.compile(r"(!?\[)(?![0-9]{1,4}\])([^\[\]\n]{0,500})(\]\[[0-9A-Za-z]{1,20}\])")
# A line's opening marks: a heading's hashes, block quotes' ``>``, the bullet
# of a list item that is a link or an image (``* [Home](…)``, a menu's item),
# each with the space after it. A bullet over words is kept: a story's own
# list, a dialogue's dashes (``- Will the shops lose trade?``), a quoted post
# (``- @jane: I voted early``) are the text's own marks, and read without
# them the wire layout glued each line to the next as one paragraph.
_OPENING: Final = re.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]+|(?:>[ \t]?)+|[*+-][ \t]+(?=!?\[|\*\*\[))")
# A line that is a rule alone (``---``, ``* * *``, ``___``): kept as it is.
_RULE: Final = re.compile(r"[ \t]*(?:[-*_][ \t]*){3,}")


def _blank(match: re.Match[str]) -> str:
    """A link's or an image's marks as spaces before its text, or after it
    when it opens a bracket or a quote: the white space tidied, the text keeps
    the punctuation around it where the page set it. An image's alt text is
    read without the number a reader service gives each image (``![Image 1:
    A caption](…)``)."""
    text = match[2]
    if match[1] == "![":
        numbered = _IMAGE_NUMBER.match(text)
        if numbered is not None:
            text = " " * numbered.end() + text[numbered.end() :]
    pad = " " * (len(match[1]) + len(match[3]))
    if match.start() and match.string[match.start() - 1] in _OPENERS:
        return text + pad  # "(see [the report](…))": the text against its bracket
    return pad + text  # "said [Helen Ford](…).": the text against the stop after it


# Characters a link's text is set against when they stand before it.
_OPENERS: Final = frozenset("([{\"'\u201c\u2018\u00ab")


_IMAGE_NUMBER: Final = re.compile(r"Image [0-9]{1,4}: ")


def _plain(text: str, *, heading: bool = True, printed: str | None = None) -> str:
    """``text`` with its Markdown marks turned into as many spaces; its
    opening hashes kept unless ``heading`` (:func:`_heading_at`). ``printed``
    is the line as the page printed it, when ``text`` is that line with a
    wrapped link's bracket read already (:func:`_wrapped_links`)."""
    # The opening marks asked of the line as printed, before the links are
    # read (a menu item's bullet stands over its link's bracket, a wrapped
    # link's too); reading them keeps every offset.
    opening = _OPENING.match(text if printed is None else printed)
    if "](" in text:
        for _ in range(2):  # a linked image: the image, then the link
            text, found = _LINK.subn(_blank, text)
            if not found or "](" not in text:
                break
    if "][" in text:
        text = _REFERENCE.sub(_blank, text)
    if _RULE.fullmatch(text):
        return text  # a rule (``* * *``, ``---``), no bullet nor emphasis
    if opening and (heading or text.lstrip(" \t")[:1] != "#"):
        if text.lstrip(" \t")[:1] == "#":
            text = _without_closing_hashes(text)
        text = " " * opening.end() + text[opening.end() :]
    stripped = text.strip()
    mark = stripped[:2] if stripped[:2] in _STRONG else stripped[:1]
    if (
        mark in _EMPHASIS
        and len(stripped) > 2 * len(mark)
        and stripped.endswith(mark)
        and mark not in stripped[len(mark) : -len(mark)]
    ):
        # The whole line in emphasis (``**By Jane Roe**``, ``_March 4, 2025_``);
        # not a line of several (``**By Jane Roe** and **Tom Hale**``: read as
        # one span, its inner marks were left in the names).
        first = text.index(mark)
        last = text.rindex(mark)
        blank = " " * len(mark)
        inner = text[first + len(mark) : last]
        text = f"{text[:first]}{blank}{inner}{blank}{text[last + len(mark) :]}"
    elif (not stripped.startswith(_STRONG) or _strong_label(stripped)) and (
        "**" in text or "__" in text
    ):
        # Strong emphasis inside the line, in pairs (a bold phrase): an odd
        # count is no pair, kept; so is a line opening in it (``**ORTON
        # FALLS** —``, a date line the dateline rules read), unless it opens
        # with a label in it (``**Update:** The council …``, an editor's note
        # or a correction: its stars were left in the body).
        for strong in _STRONG:
            marks = [m.start() for m in _STRONG_MARK.finditer(text) if m[0] == strong]
            if marks and not len(marks) % 2:
                for start in marks:
                    text = f"{text[:start]}  {text[start + 2 :]}"
    return text


def _strong_label(stripped: str) -> bool:
    """Does ``stripped`` (a line opening in strong emphasis) open with a
    label in it, its colon inside the marks (``**Update:** …``, ``**Editor's
    note:** …``)? String tests on the first span."""
    close = stripped.find(stripped[:2], 2)
    return close > 2 and stripped[close - 1] == ":"


# A strong emphasis's mark, read outside code: a code span (``\`__init__.py\```)
# is matched whole and skipped, its characters the text's; ``__`` between two
# letters is a name's (``bus__lanes__final.csv``), no mark, as in CommonMark.
# Read as marks, both lost their underscores from the body. Linear: a code
# span runs to the next backtick.
_STRONG_MARK: Final = re.compile(r"`[^`\n]*`|\*\*|(?<![^\W_])__|__(?![^\W_])")


def _without_closing_hashes(text: str) -> str:
    """A heading's closing hashes as spaces (``# Headline #``, CommonMark's
    closing sequence: hashes after a space at the line's end), which the
    headline kept; a heading's last word ending in a hash (``C#``) is kept."""
    words = text.rstrip(" \t")
    before = words.rstrip("#")
    if len(before) == len(words) or not before.endswith((" ", "\t")) or not before.strip(" \t#"):
        return text
    return before + " " * (len(words) - len(before)) + text[len(words) :]


def _tidy(line: str, text: str) -> tuple[str, int]:
    """``text``, ``line`` with marks turned into spaces, without the spaces
    of the marks that opened or closed it: a page's rules read a line's first
    and last characters and its length, as the page's other text gives them.
    With it, how many characters were taken out after the line's indent: a
    column of the text past the indent is that many further in ``line``
    (:attr:`MarkdownView.shifts`)."""
    margin = indent(line)
    moved = indent(text) - margin
    if moved > 0:
        text = text[:margin] + text[margin + moved :]
    return (text.rstrip(" \t") if line[-1:] not in " \t" else text), max(moved, 0)


_STRONG: Final = ("**", "__")
_EMPHASIS: Final = frozenset({"**", "__", "*", "_"})


def _atx_heading(text: str) -> bool:
    """Is the line a heading of hashes (``# Headline``, ``## Subheading``)?"""
    return text.lstrip(" \t")[:1] == "#" and _HEADING.match(text) is not None


def _heading_at(texts: Sequence[str], number: int) -> bool:
    """Is line ``number`` of ``texts`` a heading of hashes standing alone
    (:func:`_stands_alone`)? A line of wrapped text opening ``# 1 seed`` (a
    rank, the line above it the sentence's start) is no heading, its hashes
    the text's."""
    return _atx_heading(texts[number]) and _stands_alone(texts, number)


def _stands_alone(texts: Sequence[str], number: int) -> bool:
    """Is line ``number`` the text's first, or under a blank line, or under a
    reader service's ``Markdown Content:`` label (its page printed right
    under it)? Converters set a blank line above every heading."""
    if number == 0:
        return True
    above = texts[number - 1].strip()
    return not above or above == _CONTENT_LABEL


# A reader service's label over the page it printed (``Title:``, ``URL
# Source:`` and ``Markdown Content:``, the page on the next line).
_CONTENT_LABEL: Final = "Markdown Content:"


# A heading: one to six hashes, a space and its words (``###`` alone closes a
# press release, and ``#1`` is a rank: no heading).
_HEADING: Final = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+\S")
# A heading of the first level: one hash.
_FIRST_LEVEL: Final = re.compile(r"[ \t]{0,3}#[ \t]")
# A heading's underline (``=====`` under the headline, ``-----`` under a
# subheading): kept out of the heading's reading as a blank line.
_UNDERLINE: Final = re.compile(r"[ \t]{0,3}(?:={3,}|-{3,})[ \t]*")
# An image's alt text wrapped over two lines (html2text cuts at 78 columns):
# its opening ``![`` with no ``](`` after it, and the line closing it, by its
# address or by reference (``Marcos`` / ``Paiva][5]``, html2text's reference
# links hard-wrapped: read as no image, its caption was lost, silently).
_IMAGE_OPENS: Final = re.compile(r"[ \t]{0,3}!\[[^\[\]]*")
_IMAGE_CLOSES: Final = re.compile(rf"([^\[\]]*)(\]\({_ADDRESS}\)|\]\[[0-9A-Za-z]{{1,20}}\])[ \t]*")
# A text-mode browser's link number glued to the link's first word
# (``By [7]Rachel Moss``), the page's addresses listed under ``References``.
# A citation's number in a scientific story's text is set after its word,
# before a stop, a comma or another citation (``as surveys had suggested[1],``,
# ``at 40 sites [3][4]``), with a ``References`` list of its own: kept. A
# linked image's number stands before its alt text's bracket (``[8][Logo]``).
_LINK_NUMBER: Final = re.compile(r"\[[0-9]{1,4}\](?=[^\s.,;:!?)\]\[]|\[(?![0-9]{1,4}\]))")


class MarkdownView(NamedTuple):
    """A story's lines read without a converter's marks."""

    lines: list[Line]
    page: bool
    """The marks show a converted web page: a heading (hashes or an
    underline) and a link or an image. Its headline is the heading the
    converter marked, and the page layout reads it whatever its furniture
    (a page of few menu lines read as wire copy took a breadcrumb's links
    for the headline)."""
    marks: list[int]
    """The lines holding marks alone, blank in ``lines`` (a heading's
    underline, the address closing a wrapped image): furniture, not blank."""
    headline: int | None
    """The line of the text's one heading of a single hash (``# Headline``,
    the page's first heading level), None when there are none or several."""
    headings: list[int]
    """The lines of every heading of hashes."""
    shifts: list[int]
    """For each line, how many characters of its opening marks were taken out
    of its text (``## OSLO, March 3 (Reuters) -`` reads ``OSLO, …``): a column
    of the text read is that many further in the line as printed, where a
    field cut from the line (a dateline, a sign-off) ends."""


def markdown_view(lines: Sequence[Line], joined: str) -> MarkdownView | None:
    """The story's lines with a converter's marks as spaces (:func:`_plain`),
    or None when no line is marked as only a converter marks one (a link, an
    image, a heading, a text-mode browser's ``References`` list): a story of
    plain text, whose asterisks and underscores are its own, is read as it
    stands. ``joined`` is the lines' texts joined, asked first: most stories
    hold no "]" (every link's mark, and a text-mode browser's link number,
    holds one) and no "#", each told by one memchr over the text, where a
    search for a mark of two characters or more read every character."""
    if "]" not in joined and "#" not in joined:
        return None
    # Each mark asked of the whole text first, then of its lines (the text
    # is joined with no line breaks, and a hashtag or a release's ``###``
    # is no heading: a heading's hashes have a space or a tab after them).
    links = "](" in joined or "][" in joined
    hashed = "# " in joined or "#\t" in joined
    if not links and not hashed and "References" not in joined:
        return None
    printed = [line.text for line in lines]
    # The marks read past the text's margin (:func:`_margin`): a text whose
    # every block opens four spaces in (a scraper's or a mail client's
    # indent, ``    # Headline`` over ``    By Jane Roe``) holds no code
    # block, which CommonMark tells by its indent past the text around it;
    # read as one, its heading and menu were the body's lines, silently.
    margin = _margin(printed)
    cuts = [min(margin, indent(text)) for text in printed] if margin else [0] * len(printed)
    source = [text[cut:] for text, cut in zip(printed, cuts, strict=True)] if margin else printed
    linked_text = links and any(map(_holds_link, source))
    # A text with no link is no converted page: a line of one hash under its
    # prose is a hashtag (``# Elections2025 trends``), no heading; a
    # converter prints its one first-level heading, the headline, over it.
    # A text with a heading over its prose (``# Council closes old library``,
    # under a date or the site's name or none) is a converter's: its later
    # lines of one hash are its subheadings (``# What happens next``, h1s
    # printed alike), kept as hashtags silently. The prose is looked for only
    # in a text with a line of one hash.
    prose_from = -1
    if not linked_text and any(map(_FIRST_LEVEL.match, source)):
        first = _first_prose(source)
        if not any(_heading_at(source, number) for number in range(min(first + 1, len(source)))):
            prose_from = first
    marked = linked_text or (
        hashed
        and any(
            _heading_at(source, number) and not _hashtag_at(source, number, prose_from)
            for number in range(len(source))
        )
    )
    # The list's title alone on its line, as lynx prints it; a scraper's
    # indent or trailing spaces around it (``   References  ``) change nothing.
    numbered = "References" in joined and any(text.strip() == "References" for text in source)
    if not marked:
        return _numbered_view(lines, printed) if numbered else None
    texts = _wrapped_links(source)
    heading = False
    linked = False
    plain = printed.copy()
    shifts = [0] * len(source)
    skip = -1
    marks: list[int] = []
    first_level: list[int] = []
    headings: list[int] = []
    for number, text in enumerate(texts):
        if number == skip:
            continue
        if numbered and "[" in text:
            text = _LINK_NUMBER.sub(_spaces, text)
        linked = linked or _holds_link(text)
        hashes = _heading_at(texts, number) and not _hashtag_at(texts, number, prose_from)
        if hashes:
            heading = True
            headings.append(number)
            if _FIRST_LEVEL.match(text):
                first_level.append(number)
        elif (
            number
            and _UNDERLINE.fullmatch(text)
            and texts[number - 1].strip()
            # The heading one line, under a blank line or the text's first
            # (a converter's): a wrapped paragraph's last line over ``---``
            # or a signature over ``--`` is no heading.
            and _stands_alone(texts, number - 1)
            # Under a heading of hashes or a rule, a rule of its own.
            and not _atx_heading(texts[number - 1])
            and not _RULE.fullmatch(texts[number - 1])
        ):
            heading = True
            plain[number] = ""
            marks.append(number)
            continue
        if "![" in text and "](" not in text and number + 1 < len(texts):
            opens = _IMAGE_OPENS.match(text)
            closes = _IMAGE_CLOSES.fullmatch(texts[number + 1]) if opens else None
            if opens is not None and closes is not None:
                # The alt text wrapped: read whole on its first line (the
                # caption's one line, as the page showed it), the line
                # closing it blank; both lines keep their characters.
                alt = f"{opens[0].strip()[2:]} {closes[1].strip()}"
                # Read without a reader service's image number, as an alt
                # text on one line is (:func:`_blank`): wrapped at 80 columns,
                # ``![Image 1: The ferry … Photograph:`` / ``Coastline
                # Times](…)`` kept ``Image 1:`` in the caption, silently.
                image_number = _IMAGE_NUMBER.match(alt)
                if image_number is not None:
                    alt = " " * image_number.end() + alt[image_number.end() :]
                plain[number], shifts[number] = _tidy(printed[number], _plain(alt))
                plain[number + 1] = ""
                marks.append(number + 1)
                skip = number + 1
                continue
        plain[number], shifts[number] = _tidy(
            printed[number],
            printed[number][: cuts[number]] + _plain(text, heading=hashes, printed=source[number]),
        )
    return MarkdownView(
        [line._replace(text=text) for line, text in zip(lines, plain, strict=True)],
        heading and linked,
        marks,
        first_level[0] if len(first_level) == 1 else None,
        headings,
        shifts,
    )


def _margin(texts: Sequence[str]) -> int:
    """The indent every block of ``texts`` opens with (a block's first line
    is the text's first or under a blank line): the text's margin, past which
    a line's marks are read; 0 when a block opens at the line's start, as in
    every converter's Markdown."""
    margin = -1
    above_blank = True
    for text in texts:
        if not text.strip():
            above_blank = True
            continue
        if above_blank:
            margin = indent(text) if margin < 0 else min(margin, indent(text))
            if not margin:
                return 0
        above_blank = False
    return max(margin, 0)


def _first_prose(texts: Sequence[str]) -> int:
    """The first line of ``texts`` ending a sentence (``.``, ``!``, ``?``),
    or the number of lines when none does."""
    for number, text in enumerate(texts):
        if text.rstrip()[-1:] in _SENTENCE_ENDS:
            return number
    return len(texts)


_SENTENCE_ENDS: Final = frozenset(".!?")


def _hashtag_at(texts: Sequence[str], number: int, prose_from: int) -> bool:
    """Is line ``number`` of a text with no link (``prose_from`` its first
    line of prose, -1 when the text holds a link) one hash and words under
    the text's prose (:func:`_first_prose`): a hashtag, no heading?"""
    return 0 <= prose_from < number and _FIRST_LEVEL.match(texts[number]) is not None


def _holds_link(text: str) -> bool:
    """Does the line hold a link's or an image's marks, or a link's closing
    marks (a link wrapped over two lines), or a reference link?"""
    return ("](" in text and _LINK_CLOSES.search(text) is not None) or (
        "][" in text and _REFERENCE.search(text) is not None
    )


# A link's closing marks and address: ``](https://…)`` (``"title"`` after it).
_LINK_CLOSES: Final = re.compile(rf'\]\({_ADDRESS}(?:\s+"[^"\n]{{0,300}}")?\)')


_ZERO_WIDTH: Final = "\u200b"


def _wrapped_links(texts: list[str]) -> list[str]:
    """``texts`` with each link wrapped over two lines (html2text cuts at 78
    columns inside a link: ``by a [shipyard in southern`` / ``Finland](https://…),
    will``) read as its text: the opening bracket a space, and the closing
    marks and address as zero-width spaces."""
    result = texts.copy()
    for number in range(1, len(texts)):
        text = texts[number]
        if "](" not in text:
            continue
        closes = _LINK_CLOSES.search(text)
        if closes is None or "[" in text[: closes.start()]:
            continue
        above = result[number - 1]
        opener = above.rfind("[")
        if opener < 0 or "]" in above[opener:] or above[opener - 1 : opener] == "!":
            continue  # no link opened above, or an image's alt text (its own reading)
        result[number - 1] = f"{above[:opener]} {above[opener + 1 :]}"
        # Zero-width spaces, which the fields' tidying drops: the line's first
        # word keeps its printed length, which tells the wrap (a long link's
        # address moved whole to the next line leaves the line above short).
        pad = _ZERO_WIDTH * (closes.end() - closes.start())
        result[number] = text[: closes.start()] + pad + text[closes.end() :]
    return result


def _numbered_view(lines: Sequence[Line], source: list[str]) -> MarkdownView | None:
    """The story's lines with a text-mode browser's link numbers as spaces
    (its only marks), or None when no line holds one: a page with a list of
    references of its own (an encyclopedia's) is read as it stands. Only the
    lines holding a bracket are read again."""
    plain = source.copy()
    shifts = [0] * len(source)
    changed = False
    for number, text in enumerate(source):
        if "[" in text:
            unnumbered = _LINK_NUMBER.sub(_spaces, text)
            if unnumbered != text:
                plain[number], shifts[number] = _tidy(text, unnumbered)
                changed = True
    if not changed:
        return None
    lines_read = [line._replace(text=text) for line, text in zip(lines, plain, strict=True)]
    return MarkdownView(lines_read, False, [], None, [], shifts)


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match[0])
