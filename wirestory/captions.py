"""Photo captions: where the caption ends and its credit begins.

Credit forms, most common first, as the seed site prints them:

- in parentheses (or brackets) at the very end: ``... in Iraq. (AFP)``,
  ``(Moroccan Foreign Ministry)``, ``(File – Reuters)``, ``[File: Reuters]``;
- bare, after the caption's last sentence or a dash or comma:
  ``... October 29, 2025. REUTERS/Khaled Abdullah``, ``... Sunday. AFP``,
  ``... Sunday - Asharq Al-Awsat``, ``..., Asharq Al-Awsat``,
  ``... Sunday. Photo: Asharq Al-Awsat``.

A bare tail is only taken for a credit when it names a known agency (see
:mod:`wirestory.agencies`), starts with a photo keyword, or has the
``AGENCY/Photographer`` shape: "Sunday. Police watch" must stay caption text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Final, Literal, NamedTuple

import attrs
import regex

from wirestory.agencies import find_agency, named_by_word
from wirestory.bylines import (
    agency_spellings,
    credit_comma_outlet,
    credit_for_outlet,
    ends_place_name,
    is_organization_line,
    organization_line_bound,
    outlet_opener,
    person_names,
)
from wirestory.knowledge import (
    DEFAULT_KNOWLEDGE,
    MODAL_VERBS,
    NARRATION_AUXILIARIES,
    Knowledge,
    alternation,
    label_pattern,
    per_knowledge,
    writer_title_pattern,
)
from wirestory.trailers import CONTRIBUTORS_LABELS

__all__ = [
    "CAPTION_MAX_WORDS",
    "CAPTION_MIN_WORDS",
    "QUOTE_MARKS",
    "Credit",
    "CreditForm",
    "CreditMatch",
    "caption_label",
    "copyright_label",
    "credit_of_credit_line",
    "find_credit",
    "has_named_credit",
    "has_page_credit",
    "is_credit_line",
    "is_page_caption",
    "parse_credit",
    "photo_label",
    "split_credit",
    "split_page_credit",
]

_MAX_CREDIT_CHARS = 80
_MAX_PARENTHESIZED_WORDS = 10
_MAX_BARE_WORDS = 6

# A photo caption is a line of this many words: fewer is a label, a heading or
# a name, more a paragraph (a caption over its credit line in wire copy and in
# a page, and a page's caption line).
CAPTION_MIN_WORDS: Final = 4
CAPTION_MAX_WORDS: Final = 60
# The most words of a caption printed as a title, no full stop before its
# photo label and credit ("Governor opens the bridge Fotoğraf: Jane Roe/AA"):
# a headline's length.
_TITLE_MAX_WORDS: Final = 16
# The marks that open or close a quotation: a quote with its speaker's name
# under it ("We will rebuild." over "Jane Roe, Mayor of Harbour Town") is no
# caption over its credit.
QUOTE_MARKS: Final = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"

# The patterns run on every line of a page's story (is_credit_line,
# is_page_caption, the page form of find_credit) are called with
# ``concurrent`` False by position: ``regex`` otherwise lets go of the
# interpreter lock around each match and takes it again (about a thousand
# instructions a call); by keyword the argument costs as much to parse.

# Linear-time note: split_credit applies these patterns only to the last
# _MAX_CREDIT_CHARS characters of a caption or to a credit of at most that
# length, so each costs a bounded amount per caption, whatever its length.


# Parenthesized words that point into the photo rather than credit it:
# AFP captions write "(L)", "(2nd R)", "(C, in red)", "(pictured)"
# (Knowledge.photo_positions).
@per_knowledge
def _position(knowledge: Knowledge) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?i)(?:\d+(?:st|nd|rd|th)\s+)?{alternation(knowledge.photo_positions)}(?:\s*,.*)?"
    )


# A photo label, a language's own "by" and the photographer's name ending
# the credit: "Foto di Luca Neri", "Foto de Ana Ruiz/EFE"
# (Knowledge.photo_credit_prepositions). The words also mean "of" ("Foto di
# gruppo dei ministri a Roma.", "Foto de familia de los líderes": a group
# or family photo), so the form proves a credit only with two to four
# capitalised words after them (a credit name's small words between:
# "Foto de Ana de Souza"), or one and a source after a slash, and nothing
# after them to the end. One capitalised word ("Foto di Roma": a photo of
# Rome) proves nothing (the second look-ahead), unless it is an agency's
# name in capitals ("Foto di ANSA", "Foto de EFE": Knowledge.agencies) or
# initials of consonants alone ("Foto di TGR"): a place is written in
# capitals too ("Foto di ROMA", "Foto de MADRID": a photo of the city, read
# as a credit). The match ends before the
# name (looked ahead at), as "Photo by" ends before its. The label is asked
# first, the name's words are possessive runs between literal spaces: linear.
# (Each part written once: a pattern spelling the two-word and the slash
# readings apart cost 7 million more instructions to compile.)
def _preposition_credit(knowledge: Knowledge) -> str:
    name = r"\p{Lu}[\p{L}.'\u2019-]*+"
    links = alternation(sorted(knowledge.credit_name_links))
    more = rf"\ (?:{links}\ )?{name}"
    source = rf"\ ?/\ ?{name}(?:\ {name}){{0,3}}"
    # The agencies' names, a named list (a set's lookup, cheap to compile:
    # an alternation of them cost 30 million instructions at warm-up).
    acronym = r"(?:\L<credit_agencies>|[B-DF-HJ-NP-TV-Z]{2,5})"
    return (
        rf"\s{{1,3}}{alternation(knowledge.photo_credit_prepositions)}\s{{1,3}}"
        rf"(?={name}(?:{more}){{0,3}}(?:{source})?\s*+$)(?!(?!{acronym}\s*+$){name}\s*+$)"
    )


def _credit_agencies(knowledge: Knowledge) -> frozenset[str]:
    """The one-word names of ``knowledge``'s agencies in capitals (``ANSA``,
    ``EFE``, ``REUTERS``): the named list ``credit_agencies`` of every
    pattern holding :func:`_preposition_credit`."""
    return frozenset(
        alias.upper()
        for agency in knowledge.agencies
        for alias in agency.aliases
        if " " not in alias and alias.isalpha()
    )


# Keywords that open a credit: "Photo: Asharq Al-Awsat", "Image Credit: WAM"
# (Knowledge.photo_labels); a language's own "by" before a name ending the
# credit, "Foto di Luca Neri" (_preposition_credit).
@per_knowledge
def _credit_keyword(knowledge: Knowledge) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?i:{alternation(knowledge.photo_labels)})"
        rf"(?:(?i:(?:\s+credit)?\s*(?::|by\b))|{_preposition_credit(knowledge)})",
        credit_agencies=_credit_agencies(knowledge),
    )


# "REUTERS/Khaled Abdullah", "AP Photo/Alex Brandon": capitalized words, a slash, a name.
_SLASH_CREDIT = regex.compile(r"\p{Lu}[\p{L}.'-]*+(?: \p{Lu}[\p{L}.'-]*+)*+ ?/ ?\p{Lu}")
# Where a bare credit may start: after a full stop, a spaced dash, or a comma.
# A full stop directly before a spaced dash leaves the dash to start the credit
# ("... in the town. - AFP" is credited to "AFP", not "- AFP"). Fixed-width
# alternatives and a fixed-width look-ahead, so searching is linear.
# A bullet stands where the dash would ("… at dawn. • Jane Roe/Reuters": a
# page sets its credit apart so) and is left out of the credit as the dash is.
_BARE_SEPARATOR = regex.compile(r"\. (?![-–—•] )| [-–—•] |, ")


BARE_SEPARATOR: Final = _BARE_SEPARATOR
"""What sets a bare credit apart from its caption (:func:`find_credit`'s
``bare`` form). (Not part of wirestory's API; its tests hold
:func:`may_hold_bare_separator` to it.)"""


def may_hold_bare_separator(window: str) -> bool:
    """Can ``_BARE_SEPARATOR`` match in ``window``? Each of its separators
    holds a full stop, a comma, a dash or a bullet before a space: a window
    holding none of these pairs (most headlines and a menu's links) holds no
    separator, told by a few scans in C instead of the search. (Not part of
    wirestory's API; its tests hold it to the pattern.)"""
    return (
        ". " in window
        or ", " in window
        or "- " in window
        or "\u2013 " in window
        or "\u2014 " in window
        or "\u2022 " in window
    )


# What ends an inline credit's label: the name follows it.
_LABEL_MARKS: Final = (":", "...", "\u2026", "\u00a9")


def _unmarked_credit(credit: str, knowledge: Knowledge) -> bool:
    """The credit after a photo label that no sentence's end sets apart
    (``… opens the bridge Fotoğraf: Jane Roe/AA``): only a credit's shape
    vouches that the label starts one, so the name after the label is a few
    capitalised words and names an agency (``Photo: AFP``) or a photographer
    and a source (``Jane Roe/Harbour Gazette``); ``… the exhibition Photo:
    A Life in Pictures opens`` names neither."""
    name = credit.partition(":")[2].strip()
    words = name.replace("/", " ").split()
    if not 0 < len(words) <= _MAX_BARE_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if find_agency(name, knowledge=knowledge) is not None:
        return True
    parsed = parse_credit(name, knowledge=knowledge)
    return "/" in name and parsed.photographer is not None and parsed.source is not None


def _function_word_initials(credit: str, knowledge: Knowledge) -> bool:
    """Are the capitals opening an inline credit, before its photo label, a
    function word of a language (``… by the door. THE PHOTO: JANE ROE``,
    ``NO PHOTO: …``, ``OUR PICTURE: …``, ``LA FOTO: …``) rather than an
    outlet's initials (``… on Monday. ST PHOTO: JANE ROE``, ``NST PHOTO:``)?
    A sentence's words in capitals, no credit's. Set look-ups of the first
    word."""
    first, space, _ = credit.lstrip().partition(" ")
    if not space or not first.isalpha() or not first.isupper():
        return False
    folded = first.casefold()
    return any(folded in words for _, words in knowledge.stop_words)


# A Thai letter, and the most letters a Thai credit's word runs to: an
# outlet's name glued in one word (เดลินิวส์ออนไลน์, 16; กรุงเทพธุรกิจ, 13).
_THAI_LETTER: Final = re.compile("[\u0e01-\u0e4e]")
_THAI_NAME_RUN_CHARS: Final = 20
# The words opening a Thai public body's or a firm's name (office, bureau,
# department, ministry, university, hospital, school, station, institute,
# company, centre, association, foundation, the army, a page, Facebook):
# such a name glued in one word runs longer (สำนักงานตำรวจแห่งชาติ, the
# Royal Thai Police, 21; สำนักงานคณะกรรมการการเลือกตั้ง, 30) and is a credit
# up to _THAI_BODY_NAME_CHARS letters.
_THAI_BODY_WORDS: Final = (
    "สำนัก", "กรม", "กระทรวง", "มหาวิทยาลัย", "โรงพยาบาล", "โรงเรียน", "สถานี", "สถาบัน",
    "บริษัท", "ศูนย์", "สมาคม", "มูลนิธิ", "กองทัพ", "เพจ", "เฟซบุ๊ก",
)  # fmt: skip
_THAI_BODY_NAME_CHARS: Final = 32


def _clause_credit(credit: str, knowledge: Knowledge) -> bool:
    """An inline credit that is the rest of a sentence, not a name: it ends like
    a sentence and, after its label, holds a lower-case word that no credit's
    name holds (``… the label. © Harbour Foods, it read, in letters an inch
    high.``, ``… banner reading Home | Photo Credit: Us as the players came
    out.``). ``© Provided by Harbour Media``, ``Photo: Jane Roe.`` are names.
    Without a sentence's end, a function word of English after the label that
    no name joins with (``… the tin. © Harbour Foods, it read``: a scraper cut
    the sentence short) still makes it a clause; ``© Jane Roe and Tom Hale``,
    ``Photo: Jane Roe, courtesy of the Harbour Board`` stay credits. In Thai,
    written with no space between words, a run of more than
    ``_THAI_NAME_RUN_CHARS`` letters is a clause (``… ภาพ:
    ประชาชนจำนวนมากมาร่วมงาน``, many people came to the event), where a
    name sets its given and family names apart (``สมชาย ใจดี``) and an
    agency or an outlet is shorter (``รอยเตอร์``, ``เดลินิวส์ออนไลน์``); a
    public body's name opening with its kind (``สำนักงานตำรวจแห่งชาติ``,
    ``มหาวิทยาลัยธรรมศาสตร์``, ``_THAI_BODY_WORDS``) runs up to
    ``_THAI_BODY_NAME_CHARS``."""
    stripped = credit.strip()
    cut = min((stripped.find(m) + len(m) for m in _LABEL_MARKS if m in stripped), default=0)
    if _THAI_LETTER.search(stripped, cut) is not None and any(
        len(word) > _THAI_NAME_RUN_CHARS
        and _THAI_LETTER.match(word) is not None
        and not (word.startswith(_THAI_BODY_WORDS) and len(word) <= _THAI_BODY_NAME_CHARS)
        for word in stripped[cut:].split()
    ):
        return True
    links = knowledge.credit_name_links
    words = [
        word
        for word in stripped[cut:].split()
        if word[:1].islower() and word not in links and word != "by"
    ]
    if not words:
        return False
    if stripped[-1:] in knowledge.sentence_ends:
        return True
    stops = dict(knowledge.stop_words).get("en", frozenset())
    return any(word.rstrip(",;") in stops and word != "and" for word in words)


def _is_parenthesized_credit(inner: str, closers: str, knowledge: Knowledge) -> bool:
    words = inner.split()
    return (
        0 < len(words) <= _MAX_PARENTHESIZED_WORDS
        and len(inner) <= _MAX_CREDIT_CHARS
        and any(map(str.isalpha, inner))
        and inner[-1] not in closers
        and _position(knowledge).fullmatch(inner) is None
    )


# The spaced dashes of _BARE_SEPARATOR.
_DASHES: Final = "-–—"


def _is_bare_credit(tail: str, separator: str, knowledge: Knowledge, closers: str) -> bool:
    words = tail.split()
    if not words or tail[-1] in closers or tail[-1] == ")":
        return False
    if len(words) > _MAX_BARE_WORDS:
        # The bound is on the credit's names: a label before them ("Photo by
        # Jane Roe/AFP via Getty Images", Getty's form) is no more of them.
        # Asked only of a tail past the bound (most are within it).
        keyword = _credit_keyword(knowledge).match(tail)
        if keyword is None or len(words) - len(tail[: keyword.end()].split()) > _MAX_BARE_WORDS:
            return False
    named = (
        find_agency(tail, knowledge=knowledge) is not None
        or _credit_keyword(knowledge).match(tail) is not None
    )
    if separator == ", ":
        # After a comma only an agency will do: ", Sunday" is a date, not a credit.
        return named
    if (
        separator[1:2] in _DASHES
        and tail[:1].isupper()
        and tail.casefold() in knowledge.generic_credits
    ):
        # "… outside the court — Handout", "… on Mill Street - Supplied": where
        # the photo came from, one word after a spaced dash, as "(Handout)".
        return True
    if _source_photo(tail):
        return True
    # "… on Tuesday. — Harbour Post photo", "… Tuesday. STAR FILE PHOTO", "… —
    # VNS Photo Jane Roe": an outlet's own photo (Asian papers' form).
    # After a full stop only in capitals: "… for a photo. Team photo" is a
    # sentence's.
    return (
        named
        or _SLASH_CREDIT.match(tail) is not None
        or ((separator != ". " or tail.isupper()) and _outlet_photo(tail))
    )


# An agency's link to license a photo, after the caption's credit on its own
# pages, with or without the screen reader's note after it.
_LICENSING_LINK: Final = " Purchase Licensing Rights"
_LICENSING_LINKS: Final = (_LICENSING_LINK, _LICENSING_LINK + ", opens new tab")

# A capital glued to the full stop closing a caption's sentence (after a small
# letter or a digit: "U.S.Army" is an abbreviation's). One class each: linear.
_GLUED_STOP = regex.compile(r"(?<=[\p{Ll}\d][.!?])\p{Lu}")


def _glued_slash_credit(text: str, window_start: int) -> int | None:
    """Where a page caption's credit of a name, a slash and its source starts
    when a browser's copy glued it to the caption's full stop (``A sign
    outside a house on Feb. 27.Fred Lum/The Vale Post``): the last capital
    glued to a stop in the window, the rest a slash credit (``_SLASH_CREDIT``,
    at most ``_MAX_BARE_WORDS`` words); else None. Read as no caption, the
    line was furniture between the headline and the story, silently."""
    starts = [found.start() for found in _GLUED_STOP.finditer(text, window_start)]
    if not starts:
        return None
    tail = text[starts[-1] :]
    if (
        "/" in tail
        and len(tail.split()) <= _MAX_BARE_WORDS
        and _SLASH_CREDIT.match(tail) is not None
    ):
        return starts[-1]
    return None


CreditForm = Literal["parenthesized", "bare", "label"]
"""Which form of credit :func:`find_credit` found: ``parenthesized`` (``... in
Iraq. (AFP)``, ``[File: Reuters]``), ``bare`` after the caption's last
sentence, a dash or a comma (``... Sunday. AFP``, ``... 2025.
REUTERS/Khaled Abdullah``), or a web page's inline ``label`` (``... it.
Credit... Jane Roe/Planet``, ``... sky. (Credit: Harbour Board)``) or an
abbreviated label after the last sentence (``... port. Fot. Jane Roe``)."""


@attrs.frozen
class CreditMatch:
    """A caption line taken apart by :func:`find_credit`: the caption's text and
    its credit, with the form that matched and where the credit stands.

    >>> match = find_credit("A US soldier in Iraq. (AFP)")
    >>> match.caption, match.credit, match.form, match.start, match.end
    ('A US soldier in Iraq.', 'AFP', 'parenthesized', 23, 26)
    """

    caption: str
    """The caption without its credit, stripped (and, read as a web page's, without
    its gallery counter and caption label)."""
    credit: str | None
    """The credit as written, stripped, without its parentheses; None when the line
    has none."""
    form: CreditForm | None
    """Which form of credit matched, None when there is no credit."""
    start: int
    """Offset of the credit in the line given (of the line's end when there is none)."""
    end: int
    """Offset just past the credit in the line given (the line's end when there is none)."""
    counter: bool = False
    """A web page's gallery counter (``1 of 4``) opened the line and was dropped."""
    labelled: bool = False
    """A caption label (``Image caption``, :attr:`Knowledge.caption_labels
    <wirestory.Knowledge.caption_labels>`) opened the line and was dropped."""


def find_credit(
    caption: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE, page: bool = False
) -> CreditMatch:
    """The one credit detector: where a caption line's credit is, and which form
    it has (see :class:`CreditMatch`). ``knowledge`` gives the agencies and
    photo labels that make a bare tail a credit (see :class:`~wirestory.Knowledge`).
    With ``page`` the line is a web page's: a gallery counter and a caption
    label before the text are dropped, and an inline credit label is read first.

    >>> find_credit("Sunday in Riyadh. Photo: Asharq Al-Awsat").form
    'bare'
    >>> find_credit("2 of 5 Boats in the harbour. Credit: Harbour Board", page=True).credit
    'Credit: Harbour Board'
    >>> find_credit("The minister (C) arrives in Riyadh (R)").credit is None
    True
    """
    return CreditMatch(*_find_credit(caption, knowledge, page))


# CreditMatch's fields, in order. The detector works on a plain tuple:
# split_credit runs on every header line of a dump and needs only the first
# two, and building the frozen record costs more than finding the credit.
_Found = tuple[str, str | None, CreditForm | None, int, int, bool, bool]


def _find_credit(caption: str, knowledge: Knowledge, page: bool) -> _Found:
    """:func:`find_credit`'s fields; a line of at most
    ``_REMEMBERED_CREDIT_CHARS`` characters read once (``_remembered_credit``)."""
    if len(caption) > _REMEMBERED_CREDIT_CHARS:
        return _read_credit(caption, knowledge, page)
    return _remembered_credit(caption, knowledge, page)


def _read_credit(caption: str, knowledge: Knowledge, page: bool) -> _Found:
    """:func:`_find_credit` of a line, read afresh."""
    text = caption.strip()
    offset = len(caption) - len(caption.lstrip())
    counter = labelled = False
    if page and len(text) <= _PAGE_CAPTION_CHARS:
        if text[-5:] == " less" and text[:-5].rstrip()[-1:] in ")]":
            # "… Monday. (AP Photo/Jane Roe) less": the button folding a long
            # caption (US chains print the caption with "less" after its
            # credit, then its folded showing ending "… more"): no credit's word.
            text = text[:-5].rstrip()
        elif text.endswith(_LICENSING_LINKS):
            # "… File Photo Purchase Licensing Rights, opens new tab": an
            # agency's own page prints the link to license the photo after
            # its credit (a screen reader's note after the link's words); read
            # with it, the credit ended in no name, and the caption was lost.
            text = text[: text.rindex(_LICENSING_LINK)].rstrip()
        # Most lines open with no digit: the counter is not looked for (an
        # ASCII first character is a digit of ``\d`` only when it is 0 to 9).
        first = text[:1]
        found = (
            None
            if first.isascii() and not first.isdigit() and first not in _COUNTER_WORD_FIRSTS
            else _COUNTER.match(text, 0, None, False)
        )
        if (
            found is not None
            and found.end() < len(text)
            # "1 of 4": no picture past the last ("30 / 4 …" is a ratio's)
            and int(found.group("at")) <= int(found.group("of"))
        ):
            text = text[found.end() :]
            offset += found.end()
            counter = True
        patterns = _page_patterns(knowledge)
        # The caption labels' openings (_label_openings): a line opening with
        # another ASCII character holds no label, and the match is not tried.
        openings = patterns.caption_label_openings
        first = text[:1]
        found = (
            None
            if openings is not None and first.isascii() and first not in openings
            else patterns.caption_label.match(text, 0, None, False)
        )
        if found is not None and found.end() < len(text):
            text = text[found.end() :]
            offset += found.end()
            labelled = True
        credit_first = _credit_before_caption(text, patterns, knowledge)
        if credit_first is not None:
            return _match(
                credit_first[1], credit_first[0], "label", text, offset, counter, labelled
            )
        window = len(text) - _MAX_CREDIT_CHARS - 20 if len(text) > _MAX_CREDIT_CHARS + 20 else 0
        # An inline label is followed by a colon or an ellipsis, or is "Photo
        # courtesy": a window holding none holds no inline credit, told by a few
        # scans instead of the search.
        tail = text[window:]
        inline = (
            patterns.inline_credit.search(text, window)
            if ":" in tail
            or "\u055d" in tail
            or "\u2026" in tail
            or "..." in tail
            or "ourtesy " in tail
            or "OURTESY " in tail
            or "=" in tail
            or "ula sa " in tail
            else None
        )
        if inline is None and not tail.isascii() and _SCRIPT_SENTENCE_END.search(tail) is not None:
            inline = patterns.inline_script.search(text, window)
        if inline is None and ("|" in tail or "\u00a9" in tail):
            inline = patterns.inline_marked.search(text, window)
        if inline is None and ":" in tail:
            inline = patterns.inline_unmarked.search(text, window)
            if (
                inline is not None
                and (
                    not _unmarked_credit(inline.group("credit"), knowledge)
                    # A caption printed as a title is a title's length: a
                    # paragraph with no full stop before "Photo: AFP" is longer.
                    or len(text[: inline.start()].split(None, _TITLE_MAX_WORDS)) > _TITLE_MAX_WORDS
                )
            ):
                inline = None
        if (
            inline is not None
            and inline.start() > 0
            and not _clause_credit(inline.group("credit"), knowledge)
            and not _function_word_initials(inline.group("credit"), knowledge)
        ):
            credit = inline.group("credit").strip()
            return _match(
                text[: inline.start()].rstrip(), credit, "label", text, offset, counter, labelled
            )
    if not text:
        return text, None, None, offset, offset, counter, labelled
    # A credit never ends like a sentence or a clause: "(Reporting by Jane Roe.)".
    closers = _closers(knowledge)
    closing = text[-1]
    if closing in ")]":
        opening = text.rfind("(" if closing == ")" else "[")
        inner = text[opening + 1 : -1].strip()
        if (
            opening >= 0
            and _is_parenthesized_credit(inner, closers, knowledge)
            and not any(c in inner for c in "()[]")
        ):
            return _match(
                text[:opening].rstrip(), inner, "parenthesized", text, offset, counter, labelled
            )
    if closing in closers or closing == ")":
        # Every bare credit's tail ends the line, and none ends like a sentence
        # or in a bracket (_is_bare_credit): a paragraph has none to look for.
        end = offset + len(text)
        return text, None, None, end, end, counter, labelled
    # Look only at the last few words: a bare credit is short, and bounding the
    # search window keeps a pathological caption from costing more than its length.
    window_start = len(text) - _MAX_CREDIT_CHARS if len(text) > _MAX_CREDIT_CHARS else 0
    if page and "/" in text[window_start:]:
        glued = _glued_slash_credit(text, window_start)
        if glued is not None:
            return _match(text[:glued], text[glued:], "bare", text, offset, counter, labelled)
    slash = text.rfind("/", window_start)
    if slash > 0 and _described_before_agency(text, slash, knowledge):
        described: _Found | None = _match(
            text[:slash].rstrip(), text[slash:], "bare", text, offset, counter, labelled
        )
    else:
        described = None
    if not may_hold_bare_separator(text[window_start:]):
        if described is not None:
            return described
        end = offset + len(text)
        return text, None, None, end, end, counter, labelled
    for match in reversed(list(_BARE_SEPARATOR.finditer(text, window_start))):
        tail = text[match.end() :].strip()
        label = _abbreviated_label(text, match.start()) if match.group() == ". " else -1
        if (
            page
            and tail[:2] == "| "
            and text[: match.start() + 1].rstrip()[-1:] in knowledge.sentence_ends
            and (
                _photographer_slash_outlet(tail[2:].strip(), knowledge)
                or _is_bare_credit(tail[2:].strip(), ". ", knowledge, closers)
            )
        ):
            # "… on Monday. | Jane Roe/The Vale Post": a page's caption, its
            # credit after a bar, the staff photographer and the paper (no
            # agency named, so no bare credit's reading takes it). "… en el
            # pleno. | Efe", "… | Ana Ruiz/Efe": a bare credit after the bar
            # (Spanish regional papers' form), the bar no part of it; read
            # with the bar before it, the agency's name was no credit and the
            # caption was left out with the header, silently.
            kept = match.start() + (1 if match.group().startswith(".") else 0)
            return _match(
                text[:kept].rstrip(), tail[2:].strip(), "bare", text, offset, counter, labelled
            )
        if (
            page
            and label < 0
            and match.group() == ". "
            and text[: match.start() + 1][-2:-1].islower()
            and (
                (" for " in tail and credit_for_outlet(tail, knowledge=knowledge) is not None)
                or (", " in tail and credit_comma_outlet(tail, knowledge=knowledge) is not None)
            )
        ):
            # A page's caption with its photographer and outlet glued after its
            # sentence, no agency named, so no bare credit's reading took it,
            # and the caption was left out with the header's furniture,
            # silently: "… across the river on Friday. Jane Roe for The Vale
            # Post", the freelance and the paper they took it for (US papers'
            # form, printed on a line of its own too: _header_photo_credit;
            # credit_for_outlet); "… in Barangay San Roque on Tuesday. Jun
            # Reyes, VNN News", the staff photographer and the outlet after a
            # comma (Philippine broadcasters' pages; credit_comma_outlet). The
            # sentence ends after a small letter, not an initial's stop.
            kept = match.start() + 1
            return _match(text[:kept].rstrip(), tail, "bare", text, offset, counter, labelled)
        if (
            page
            and match.group().strip() in _DASHES
            and text[: match.start()].rstrip()[-1:] in knowledge.sentence_ends
            and _dashed_photo_word_credit(tail)
        ):
            # "… akibat banjir. - Foto NSTP", "… banjir. - Gambar Ahmad
            # Zaki": a photo word and the paper's initials or the
            # photographer after a dash under the caption's sentence
            # (Malaysian papers' form). No agency is named, so no bare
            # credit's reading took it, and the caption under the header was
            # left out as furniture, silently. The photo word opens it as a
            # label does (``Foto: NSTP``): the label's form.
            kept = match.start()
            return _match(text[:kept].rstrip(), tail, "label", text, offset, counter, labelled)
        if label >= 0 and _names_after_label(tail, closers):
            # "… w porcie. Fot. PAP/Jan Kowalski", "… Fot. Jan Kowalski": the
            # abbreviated label opens the credit (it was the caption's last word).
            return _match(
                text[:label].rstrip(), text[label:], "label", text, offset, counter, labelled
            )
        if (
            tail
            and _is_bare_credit(tail, match.group(), knowledge, closers)
            and (
                # An agency named by a word ("… the vaccine - Sputnik") is
                # its credit only after the caption's sentence has ended.
                text[: match.start() + 1].rstrip()[-1:] in knowledge.sentence_ends
                or not named_by_word(tail, knowledge=knowledge)
                or _word_opens_a_name(tail, knowledge)
            )
        ):
            kept = match.start() + (1 if match.group().startswith(".") else 0)
            # A page's caption whose credit, after a dash, opens with a
            # photo's label (``… nesta terça-feira — Foto: Reprodução/TV
            # Vale``, Brazilian portals): the label's form, as after a full
            # stop. Read as bare, the line was no caption under a page's
            # headline and was left out as furniture, silently. The label
            # capitalised: "… with the whole crew - photo by his son" is a
            # sentence's words.
            # "… at the library. Contributed photo" (_source_photo): the photo
            # word stands where a label does, and the line is a page's caption
            # by its own credit, naming no one.
            form: CreditForm = (
                "label"
                if page
                and (
                    (
                        tail[:1].isupper()
                        and len(match.group().strip()) == 1
                        and match.group().strip() in _DASHES
                        and _page_patterns(knowledge).photo_label.match(tail) is not None
                    )
                    or _source_photo(tail)
                )
                else "bare"
            )
            return _match(text[:kept].rstrip(), tail, form, text, offset, counter, labelled)
    if described is not None:
        # "Pupils at the old library /AFP": a description, then a bare
        # agency after a slash (no bare credit after a separator: "… on
        # Tuesday. Jane Roe/Reuters" is read above): the caption and its credit.
        return described
    end = offset + len(text)
    return text, None, None, end, end, counter, labelled


def _credit_before_caption(
    text: str, patterns: _PagePatterns, knowledge: Knowledge
) -> tuple[str, str] | None:
    """The credit and the caption of a page's caption line that prints its
    credit first, a photo label opening it and a spaced dash after the credit
    (``Photo: Vale Press Agency / Jan Horak — Workers guide a new span onto
    the bridge on Monday.``, some European CMSs' templates), or None. The
    credit holds no sentence's end and is a credit's length; the caption after
    the dash ends like a sentence, of a caption's words. Read from the end,
    the line had no credit and the credit's words opened the caption (said
    only ``caption-without-credit``)."""
    if text[:1] not in _CREDIT_FIRST_OPENINGS:
        return None
    label = patterns.photo_label.match(text)
    if label is None:
        return None
    head = text[: label.end() + _MAX_CREDIT_CHARS]
    dash = min(
        (
            at
            for at in (head.find(" \u2014 ", label.end()), head.find(" \u2013 ", label.end()))
            if at > 0
        ),
        default=-1,
    )
    if dash < 0:
        return None
    credit, caption = text[:dash].strip(), text[dash + 3 :].strip()
    if (
        not credit[label.end() :].strip(" :")
        or ". " in credit
        or not caption
        or caption[-1] not in _closers(knowledge)
        or len(caption.split()) < _CREDIT_FIRST_CAPTION_WORDS
        or not _reads_as_credit(credit[label.end() :], knowledge)
    ):
        return None
    return credit, caption


def _reads_as_credit(words: str, knowledge: Knowledge) -> bool:
    """Do ``words``, what a caption line printed before its spaced dash after
    a photo label, read as a credit: a few words (``_CREDIT_FIRST_WORDS``),
    none in lower case but a name's links (``Vale Press Agency / Jan Horak``,
    ``Jan Horak for Harbour Museum``)? An ordinary caption with a dash in it
    (``Image: Residents queue outside the library on Monday — some waited for
    hours.``) is a sentence of lower-case words: read as a credit, its end
    was the caption and ``caption-without-credit`` was lost (fixH62)."""
    parts = words.strip(" :").split()
    links = knowledge.credit_name_links
    return len(parts) <= _CREDIT_FIRST_WORDS and not any(
        part[:1].islower() and part not in links and part != "courtesy" for part in parts
    )


# The first letters of the photo labels a caption line may open with, its
# credit first (``Photo:``, ``Foto:``, ``Image:``, ``Picture:``): a line
# opening with another letter is not matched against the labels.
_CREDIT_FIRST_OPENINGS: Final = frozenset("PpFfIi")
# The fewest words of a caption after a credit printed first.
# The most words of a credit printed first (``Vale Press Agency / Jan Horak``).
_CREDIT_FIRST_WORDS: Final = 8
_CREDIT_FIRST_CAPTION_WORDS: Final = 4


def _described_before_agency(text: str, slash: int, knowledge: Knowledge) -> bool:
    """Is ``text`` a photo's description, then a known agency alone after
    its last slash at ``slash`` (``Pupils at the old library /AFP``)? The
    words before it hold at least ``_CAPTION_SMALL_WORDS`` small words no
    credit's name holds (``Jane Roe/AFP``, ``Courtesy of the Harbour
    Board/AFP`` are credits alone), and at most ``_TITLE_MAX_WORDS``
    words. String tests, the agency looked up last."""
    agency = text[slash + 1 :].strip()
    if not agency or " " in agency or not agency[:1].isupper():
        return False
    links = knowledge.credit_name_links
    words = text[:slash].split(None, _TITLE_MAX_WORDS)
    # A caption printed so is a title's length: a paragraph ending in
    # "… boats arrive Photo: Jane Roe/Reuters" is longer.
    small = sum(w[:1].islower() and w not in links for w in words)
    return (
        len(words) <= _TITLE_MAX_WORDS
        and small >= _CAPTION_SMALL_WORDS
        and find_agency(agency, knowledge=knowledge) is not None
        and is_organization_line(agency, knowledge=knowledge)
    )


def _word_opens_a_name(tail: str, knowledge: Knowledge) -> bool:
    """Does ``tail``, opening with an agency's alias that is a word too
    (:attr:`Agency.words`), go on as a person's name or a credit's parts
    (``Petra Novak/Reuters``, ``Saba Khan``: given names) rather than stand
    alone (``Sputnik``, ``Sana'a``)? String tests."""
    if "/" in tail:
        return True
    folded = tail.casefold()
    for agency in knowledge.agencies:
        for word in agency.words:
            if folded.startswith(word.casefold()):
                rest = tail[len(word) :]
                following = rest.split(None, 1)[0] if rest[:1] == " " else ""
                if len(following) > 1 and following[:1].isupper():
                    return True
    return False


# Photo labels cut short with a full stop, as written, which open a credit
# with no colon: "Fot. PAP/Jan Kowalski" (Polish sites).
_ABBREVIATED_PHOTO_LABELS: Final = ("Fot.", "fot.")
# The same labels opening a credit's line of its own, with the space after.
_ABBREVIATED_LABEL_HEADS: Final = frozenset(f"{label} " for label in _ABBREVIATED_PHOTO_LABELS)


def is_abbreviated_label_credit(text: str) -> bool:
    """Does the line ``text`` open with an abbreviated photo label and a space
    (``Fot. Jan Kowalski/PAP``)? A string test."""
    return text[:5] in _ABBREVIATED_LABEL_HEADS


def _abbreviated_label(text: str, stop: int) -> int:
    """Where an abbreviated photo label whose full stop is at ``stop`` starts
    in ``text`` (a word of its own), or -1."""
    for label in _ABBREVIATED_PHOTO_LABELS:
        start = stop + 1 - len(label)
        if start >= 0 and text.startswith(label, start) and (start == 0 or text[start - 1] == " "):
            return start
    return -1


def _names_after_label(tail: str, closers: str) -> bool:
    """Is ``tail`` a credit's names after a label: one to ``_MAX_BARE_WORDS``
    words, each opening in a capital, not ending like a sentence?"""
    words = tail.replace("/", " ").split()
    return (
        0 < len(words) <= _MAX_BARE_WORDS
        and tail[-1] not in closers
        and all(word[:1].isupper() for word in words)
    )


@per_knowledge
def _closers(knowledge: Knowledge) -> str:
    """:attr:`Knowledge.sentence_and_clause_ends`, joined once per record:
    the property joins its marks on each read, and every line of a page's
    story is read for a credit."""
    return knowledge.sentence_and_clause_ends


# The page layout asks about one line's credit from several rules: a line
# under the headline is read by the header (has_named_or_page_credit), the
# caption readers (is_page_caption, page_caption_unbounded) and the caption
# pairs (split_credit); a gallery's captions and a share bar's buttons stand
# on a page many times. A page's lines asked so read their credit again
# four times in ten (speed54p). The fields are a pure function of the line,
# the (frozen, hash-cached) Knowledge and the form asked for, and a tuple of
# strings, numbers and flags: a kept answer is the answer. The last 1024
# lines' are kept; a line longer than a caption with its credit is read
# afresh (no paragraph kept).
_REMEMBERED_CREDIT_CHARS: Final = 300
_remembered_credit = functools.lru_cache(maxsize=1024)(_read_credit)


def _match(
    caption: str,
    credit: str,
    form: CreditForm,
    text: str,
    offset: int,
    counter: bool,
    labelled: bool,
) -> _Found:
    """The fields of a credit found at the end of ``text`` (which starts at
    ``offset`` of the line given): every form's credit is the last run of
    ``text`` holding its words, so its last occurrence is where it stands."""
    start = offset + text.rfind(credit)
    return caption, credit, form, start, start + len(credit), counter, labelled


def split_credit(
    caption: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> tuple[str, str | None]:
    """Split a caption line into its text and its credit (``None`` if it has none):
    :func:`find_credit`'s caption and credit. ``knowledge`` gives the agencies
    and photo labels that make a bare tail a credit (see :class:`~wirestory.Knowledge`).

    >>> split_credit("A US soldier in Iraq. (AFP)")
    ('A US soldier in Iraq.', 'AFP')
    >>> split_credit("Rally in Sanaa, Yemen October 29, 2025. REUTERS/Khaled Abdullah")
    ('Rally in Sanaa, Yemen October 29, 2025.', 'REUTERS/Khaled Abdullah')
    >>> split_credit("The minister (C) arrives in Riyadh (R)")
    ('The minister (C) arrives in Riyadh (R)', None)
    """
    found = _find_credit(caption, knowledge, False)
    return found[0], found[1]


@attrs.frozen
class Credit:
    """A photo credit taken apart.

    >>> credit = parse_credit("Brian Gottesman/The New York Times via AP")
    >>> credit.agency, credit.photographer, credit.source
    ('Associated Press', 'Brian Gottesman', 'The New York Times')
    """

    raw: str
    """The credit as written."""
    agency: str | None
    """The agency, by canonical name (the distributor after ``via``), or None."""
    photographer: str | None
    """The photographer's name as written, or None."""
    source: str | None
    """Who else the photo comes from (a newspaper, ministry, army, researcher's
    institution), as written, or None."""


# Where a credit's parts meet: "AFP/Name", "Name / AFP", "File – Reuters",
# "DHA via AP, File", "Image Credit: WAM", "PHOTO | JANE ROE | NATION" (bars,
# as Kenyan sites set them). A hyphen inside a word never splits.
# Linear: each alternative may only start where white space does not precede
# it, so a long run of spaces is scanned once, not once per position.
_CREDIT_PARTS = regex.compile(r"(?<!\s)\s*+[/|]\s*+|(?<!\s)\s++[-–—]\s++|[,:]\s++")


# The words joining a qualifier to a name's next word ("Beeld en Geluid").
_JOINED: Final = (["en"], ["and"], ["&"])


def _without_qualifiers(part: str, knowledge: Knowledge) -> str:
    # "AFP Photo", "REUTERS file photo", "Handout via Reuters", "Photo by ...":
    # words that label or qualify a credit without naming anyone
    # (Knowledge.credit_qualifiers).
    # The "of" of "Courtesy of Jane Roe" goes with its label: it gave the
    # source "of Jane Roe".
    # A qualifier joined to the next word by "en" or "and" names an
    # institution ("Beeld en Geluid", the Dutch sound and vision archive):
    # kept.
    # A language's own "by" goes with the photo label before it ("Foto di
    # Luca Neri": Knowledge.photo_credit_prepositions), as "of" does.
    qualifiers = knowledge.credit_qualifiers
    words: list[str] = []
    after_courtesy = after_label = False
    split = part.split()
    for number, word in enumerate(split):
        key = word.casefold().strip(".")
        if (
            (key in qualifiers and split[number + 1 : number + 2] not in _JOINED)
            or (after_courtesy and key == "of")
            or (after_label and word in knowledge.photo_credit_prepositions)
        ):
            after_courtesy = key == "courtesy"
            after_label = key in knowledge.photo_labels
            continue
        after_courtesy = after_label = False
        words.append(word)
    return " ".join(words)


def parse_credit(credit: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Credit:
    """Take a caption's credit apart into agency, photographer and source, with
    the agencies of ``knowledge`` (see :class:`~wirestory.Knowledge`).

    >>> parse_credit("AFP/Patrick Kovarik").photographer
    'Patrick Kovarik'
    >>> parse_credit("Jaafar ASHTIYEH / AFP").agency
    'Agence France-Presse'
    """
    if len(credit) <= _MAX_CREDIT_CHARS:
        return _parse_short_credit(credit, knowledge)
    return _parse_credit(credit, knowledge)


# A dump credits thousands of photos to the same few names ("AFP", "Reuters"):
# a credit's parts are worked out once. Credit is frozen, so sharing is safe;
# only credits as short as split_credit() finds are kept, so memory stays small.
# The knowledge is part of the key: another table may take the same credit
# apart otherwise.
@functools.lru_cache(maxsize=4096)
def _parse_short_credit(credit: str, knowledge: Knowledge) -> Credit:
    return _parse_credit(credit, knowledge)


@per_knowledge
def photo_label_words(knowledge: Knowledge) -> tuple[frozenset[str], frozenset[str]]:
    """:attr:`Knowledge.photo_labels` as a set, and the last words of those of
    several words: a credit's part of one word is such a label's last word
    (``Source`` of ``Image Source``) when a label ends in a space and it,
    looked up once, not tried against every label a part. (Not part of
    wirestory's API; its tests hold it to the labels' ends.)"""
    labels = knowledge.photo_labels
    return frozenset(labels), frozenset(
        label.rpartition(" ")[2] for label in labels if " " in label
    )


def _parse_credit(credit: str, knowledge: Knowledge) -> Credit:
    raw = credit.strip()
    text = raw
    agency = None
    if " via " in text:
        text, distributor = text.rsplit(" via ", 1)
        found = find_agency(distributor, knowledge=knowledge)
        agency = found.name if found else None
    via = agency is not None
    if agency is None:
        library = _photo_library(text, knowledge)
        if library is not None:
            text, agency = library
    photographer = None
    sources: list[str] = []
    labels, last_words = photo_label_words(knowledge)
    parts = _CREDIT_PARTS.split(text)
    if len(parts) <= _CREDIT_PARTS_SPLIT_AT_PHOTO:
        # "VNA/VNS Photo Jane Roe", "AFP Photo Jane Roe": the photo word
        # between an outlet and a name sets them apart, as a slash would.
        parts = [cut for part in parts for cut in _outlet_before_photo_word(part) if cut]
    for part in parts:
        key = " ".join(part.split()).casefold()
        if key in labels or (" " not in key and key in last_words):
            # A label before its colon names no one: one of two words
            # ("Image Source: Getty Images"), or its last word alone
            # ("Source: CNN", "Credits: Jane Roe").
            continue
        part = _without_qualifiers(part, knowledge)
        if not part:
            continue
        found = find_agency(part, knowledge=knowledge)
        if found is not None and via and is_organization_line(part, knowledge=knowledge):
            # "DHA via AP": the distributor is the credit's agency, the
            # agency it passes the photo on for is the source.
            sources.append(part)
        elif found is not None and is_organization_line(part, knowledge=knowledge):
            agency = agency or found.name
        elif photographer is None and _is_person(part, knowledge):
            photographer = part
        elif photographer is None and (shot := _person_for_outlet(part, knowledge)) is not None:
            # "Picture: Jane Roe for Vale Magazine", "Photo: Jane Roe (Vale
            # Radio)": the photographer, then the outlet they shot it for.
            # An agency is the credit's agency, as after a slash.
            photographer, outlet, found_agency = shot
            if found_agency is None:
                sources.append(outlet)
            agency = agency or found_agency
        else:
            if found is not None and agency is None:
                agency = found.name
            sources.append(part)
    return Credit(raw, agency, photographer, "/".join(sources) or None)


def _person_for_outlet(part: str, knowledge: Knowledge) -> tuple[str, str, str | None] | None:
    """The photographer, the outlet and the outlet's agency (its name, None
    when it is no known agency) of a credit's ``part`` naming a person, then
    ``for`` or brackets around an outlet (``Jane Roe for Vale Magazine``,
    ``Jane Roe (Vale Radio)``: how papers credit a freelance's or another
    outlet's picture), or None. The outlet is capitalised words (``the`` may
    open it) ending in an outlet's word, or a known agency. String tests
    first: most parts hold neither ``for`` nor a closing bracket."""
    if part.endswith(")") and " (" in part:
        person, _, outlet = part[:-1].partition(" (")
    elif " for " in part:
        person, _, outlet = part.partition(" for ")
    else:
        return None
    person, outlet = person.strip(), outlet.strip()
    words = outlet.split()
    if (
        not words
        or not all(w[:1].isupper() for w in words[words[0] == "the" :])
        or not _is_person(person, knowledge)
    ):
        return None
    found = find_agency(outlet, knowledge=knowledge)
    if found is not None and is_organization_line(outlet, knowledge=knowledge):
        return person, outlet, found.name
    if words[-1].casefold() in knowledge.outlet_words or _outlet_word(words[-1], knowledge):
        return person, outlet, None
    return None


# A credit of at most this many parts is read for a photo word between an
# outlet and a name (a longer one is no credit's shape: bounded work).
_CREDIT_PARTS_SPLIT_AT_PHOTO: Final = 4


def _photo_library(text: str, knowledge: Knowledge) -> tuple[str, str] | None:
    """The credit before a photo library and the library's name, when
    ``text`` ends in ``on`` or ``from`` and an agency's name alone (``Photo by
    Jane Roe on Unsplash``, ``Image by Jane Roe from Pixabay``: how blogs and
    newsletters credit a free library's photo); else None. String searches
    first: most credits hold neither word."""
    if " on " not in text and " from " not in text:
        return None
    at = max(text.rfind(" on "), text.rfind(" from "))
    library = text[at:].split(None, 1)[1].strip()
    found = find_agency(library, knowledge=knowledge)
    if found is None or not is_organization_line(library, knowledge=knowledge):
        return None
    return text[:at], found.name


# A broadcaster's or an outlet's word no one bears as a name: a credit holding
# one names the outlet ("Photo: Harbour TV", "Photo: Channel Vale", "Photo:
# Vale Radio"), never its photographer. Words an outlet shares with surnames
# (Post, Star, Herald) stay with Knowledge.institution_words and the
# credit-surname-as-outlet diagnostic.
_BROADCAST_WORDS: Final = frozenset(
    {"tv", "radio", "television", "channel", "network", "broadcasting", "online", "magazine"}
)

# A word run together of capitalised parts ("NewsAsia", "CityNews"): how
# outlets join their words; one part an outlet's word names the outlet.
_JOINED_WORD_PARTS = regex.compile(r"[A-Z][a-z]++")


def _outlet_word(word: str, knowledge: Knowledge) -> bool:
    """``word`` names an outlet, never a person: a broadcaster's word, or
    capitalised parts run together, one of them an outlet's (``NewsAsia``).
    A set lookup; the joined parts are read only for a word with a capital
    after its first letter."""
    key = word.casefold()
    if key in _BROADCAST_WORDS:
        return True
    if word[1:] == word[1:].lower():
        return False
    parts = _JOINED_WORD_PARTS.findall(word)
    return (
        len(parts) > 1
        and parts[0] not in _SURNAME_PREFIXES
        and any(p.casefold() in knowledge.outlet_words for p in parts)
    )


# A surname's prefix run together with the rest of it, capitalised both
# (``VanDerPost``, ``McPress``, ``DeStar``): a person's name, no outlet's.
_SURNAME_PREFIXES: Final = frozenset(
    "Mc Mac De Di Da Du Dal Del Della La Le Van Von Der Den Ten Ter St".split()
)


def _is_person(part: str, knowledge: Knowledge) -> bool:
    """A photographer's name: two to five capitalised words, none an
    institution's nor an outlet's (``Harbour TV``, ``Channel NewsAsia``)."""
    words = part.split()
    return (
        2 <= len(words) <= 5
        and person_names(part, knowledge=knowledge) is not None
        and not any(w.casefold() in knowledge.institution_words for w in words)
        and not any(_outlet_word(w, knowledge) for w in words)
    )


def source_may_be_photographer(source: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Is a part of a credit's ``source`` two words in title case whose first
    may be a given name and whose last is an outlet's word (``Photo: Jane
    Herald``, ``Tom Times``)? A paper credited for its own photo (``Photo:
    Vale Herald``) reads the same: a photographer whose surname is an
    outlet's word was read as the source. The first word is no outlet's,
    institution's, title's or photo label's word, nor ``The``
    (``Photo: Daily Herald``, ``Harbour Press Office``), nor a weekday, a
    place's opening word or an adjective (``Photo: Sunday Times``,
    :func:`~wirestory.bylines.outlet_opener`). String tests and
    set lookups.

    >>> source_may_be_photographer("Jane Herald"), source_may_be_photographer("The Herald")
    (True, False)
    """
    for part in source.split("/"):
        words = part.strip().split(" ")
        if len(words) != _PERSON_OUTLET_WORDS or not all(
            w.isalpha() and w.istitle() for w in words
        ):
            continue
        first, last = (w.casefold() for w in words)
        if (
            (
                (last in knowledge.outlet_words and last in knowledge.institution_words)
                or last in _BROADCAST_SURNAMES
            )
            and first != "the"
            and first not in knowledge.outlet_words
            and first not in knowledge.institution_words
            and first not in knowledge.byline_title_words
            and first not in knowledge.credit_qualifiers
            # "Photo: Sunday Times", "Photo: Financial Times": no given name.
            and not outlet_opener(first, knowledge=knowledge)
            and find_agency(part.strip(), knowledge=knowledge) is None
        ):
            return True
    return False


# A broadcaster's word that is a surname too ("Photo: Jane Channel"): read
# as naming the outlet (_BROADCAST_WORDS), so doubted as the outlet's words
# shared with surnames are.
_BROADCAST_SURNAMES: Final = frozenset({"channel"})

# A given name and a surname that is an outlet's word: two words.
_PERSON_OUTLET_WORDS: Final = 2


def has_named_credit(caption: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """True when a line ends in a credit naming an agency or a photographer: how
    a caption is told from a paragraph where nothing marks the header.

    >>> has_named_credit("A diver on the quay. (Roman Garba via AP)")
    True
    >>> has_named_credit("The talks ended (finally)")
    False
    """
    return credit_names_someone(_find_credit(caption, knowledge, False)[1], knowledge=knowledge)


def credit_names_someone(credit: str | None, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """:func:`has_named_credit` of a line whose credit (:func:`split_credit`'s)
    is ``credit``: an agency or a photographer named. (Not part of
    wirestory's API: the wire layout finds a line's credit once and asks it
    this and :func:`credit_names_no_one`.)"""
    if credit is None:
        return False
    parsed = parse_credit(credit, knowledge=knowledge)
    return parsed.agency is not None or parsed.photographer is not None


def has_generic_credit(caption: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """True when a line ends in a credit that names no one, only where the
    photo came from: every word a credit's label or qualifier
    (:attr:`Knowledge.credit_qualifiers <wirestory.Knowledge.credit_qualifiers>`)
    or a generic source (:attr:`Knowledge.generic_credits
    <wirestory.Knowledge.generic_credits>`): ``(Handout)``, ``— Supplied``,
    ``Photo: Supplied``, ``- File``. (Not part of wirestory's API: the wire
    layout asks it of the line under a headline.)

    >>> has_generic_credit("Crowds gather outside the court on Monday (Handout)")
    True
    >>> has_generic_credit("The talks ended (finally)")
    False
    """
    return credit_names_no_one(_find_credit(caption, knowledge, False)[1], knowledge=knowledge)


def credit_names_no_one(credit: str | None, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """:func:`has_generic_credit` of a line whose credit (:func:`split_credit`'s)
    is ``credit``. (Not part of wirestory's API, as :func:`credit_names_someone`.)"""
    if credit is None:
        return False
    if credit.islower():
        # "… met the board (online)", "… the 2019 ruling (file)": a common
        # word's case, no credit's; a credit names its source with a capital
        # ("(Handout)", "(Online)"), as after a dash ("— Supplied").
        return False
    words = [word.strip(":/.,").casefold() for word in credit.split()]
    known = knowledge.credit_qualifiers | knowledge.generic_credits
    return bool(words) and all(word in known for word in words)


def source_before_agency(
    caption: str, credit: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> tuple[str, str]:
    """``caption`` and ``credit`` (:func:`split_credit`'s), with a handout's
    source in parentheses right before an agency's credit moved into the
    credit (``… in Cairo on Monday. (Egyptian Presidency) (AFP)``: the text
    ``… on Monday.``, the credit ``Egyptian Presidency/AFP``, the agency's own
    form of the two). The source stayed the caption's last words, silently.

    The source is a credit naming no one (``Handout``, ``Supplied``:
    :func:`credit_names_no_one`) or a name ending in an institution's word
    (:attr:`~wirestory.Knowledge.institution_words`: ``Egyptian Presidency``,
    ``Vale Port Authority``) after a sentence's end, opening with a capital,
    with no digit and no agency in it: after a name or a phrase an
    institution is the affiliation of the person named (``Chief executive
    Jane Roe (Vale Port Authority) (AFP)``), the caption's words. A party,
    a place or an acronym spelt out in parentheses (``Tom Hale (Liberal
    Party)``, ``Vale Harbour Board (VHB)``) and a date (``(Oct. 8)``) stay
    the caption's words. (Not part of wirestory's API.)"""
    if caption[-1:] != ")" or parse_credit(credit, knowledge=knowledge).agency is None:
        return caption, credit
    before, source = split_credit(caption, knowledge=knowledge)
    if source is None or not source[:1].isupper() or any(map(str.isdigit, source)):
        return caption, credit
    # An institution right after a name or a phrase is the affiliation of the
    # person named (``Chief executive Jane Roe (Vale Port Authority) (AFP)``);
    # a handout's source follows a sentence's end.
    last = before.rstrip().rstrip(knowledge.closing_quotes)[-1:]
    after_sentence = bool(last) and last in knowledge.sentence_ends
    if after_sentence and _photographer_named(source, knowledge):
        # "… on Monday. (Jane Roe) (AFP)": the photographer, then the agency
        # (AFP's own form of the two: "Jane Roe/AFP"). The name stayed the
        # caption's last words, or, over a headless lead, the line was read
        # as the headline, silently.
        return before, f"{source}/{credit}"
    if not credit_names_no_one(source, knowledge=knowledge) and (
        not after_sentence
        or source.split()[-1].casefold() not in knowledge.institution_words
        or parse_credit(source, knowledge=knowledge).agency is not None
    ):
        return caption, credit
    return before, f"{source}/{credit}"


# The words of a photographer's name in parentheses before an agency's credit.
_PHOTOGRAPHER_MIN_WORDS: Final = 2
_PHOTOGRAPHER_MAX_WORDS: Final = 3


def _name_shaped(source: str) -> bool:
    """Is ``source`` two or three capitalised words of letters (``Jane Roe``,
    ``Khaled Desouki``, ``Liberal Party``)? String tests."""
    words = source.split()
    return _PHOTOGRAPHER_MIN_WORDS <= len(words) <= _PHOTOGRAPHER_MAX_WORDS and all(
        word[:1].isupper() and word.replace("-", "").isalpha() for word in words
    )


def _photographer_named(source: str, knowledge: Knowledge) -> bool:
    """Is ``source`` a person's name: name-shaped (:func:`_name_shaped`), the
    first word a common given name (:attr:`~wirestory.Knowledge.given_names`:
    ``Jane Roe``), the last no street's, site's or institution's word
    (``Jane Street``, ``Mary Hospital``, ``John Lewis Foundation``: a place
    or a body named after a person, or a source; the layouts say so)? A
    party or a street (``Liberal Party``, ``Mill Street``) opens with none."""
    words = source.split()
    return (
        _name_shaped(source)
        and words[0].casefold() in knowledge.given_names
        and not ends_place_name(words[-1])
        and words[-1].casefold() not in knowledge.institution_words
    )


# The last words of a photographer's name in parentheses before an agency's
# credit that end a park's, a hill's or a church's name as often as they are
# surnames (``(Jane Hill) (AFP)``, ``(James Park) (AFP)``): the form cannot
# tell the photographer from the place the caption names.
_SURNAME_OR_PLACE_ENDS: Final = frozenset(
    "park hill hills lane green church hall bay quay gate wood field fields".split()
)


def photographer_may_be_place(caption: str, photographer: str) -> bool:
    """Was ``photographer`` read from ``caption``'s parenthesis before an
    agency's credit (``… on Monday. (Jane Hill) (AFP)``), its last word one
    that ends a place's name as often as it is a surname (a park, a hill, a
    church: ``_SURNAME_OR_PLACE_ENDS``)? String tests. (Not part of
    wirestory's API.)"""
    words = photographer.split()
    return (
        bool(words)
        and f"({photographer}) (" in caption
        and words[-1].casefold() in _SURNAME_OR_PLACE_ENDS
    )


def ends_in_named_parenthesis(caption: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Does ``caption`` end, after a sentence's end, in two or three
    capitalised words in parentheses (``… on Monday. (Khaled Desouki)``)?
    Before an agency's credit, read off by :func:`split_credit`, they are a
    photographer's name or a source's as often as not; with no common given
    name first (:func:`source_before_agency` takes those), the form cannot
    tell a person from a party or a place: the layouts say so. (Not part of
    wirestory's API.)"""
    if caption[-1:] != ")":
        return False
    before, source = split_credit(caption, knowledge=knowledge)
    last = before.rstrip().rstrip(knowledge.closing_quotes)[-1:]
    return (
        source is not None
        and bool(last)
        and last in knowledge.sentence_ends
        and _name_shaped(source)
    )


def has_named_or_page_credit(caption: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """``has_named_credit(caption) or has_page_credit(caption)``, as the page
    layout asks of each line between a page's headline and its story, with the
    line read once where the two readings agree: the page form of
    :func:`find_credit` reads a line as the plain one does unless it drops a
    gallery counter or a caption label (an inline credit makes it a page
    credit), and a line longer than ``_PAGE_CAPTION_CHARS`` is read the plain
    way by both. (Not part of wirestory's API; its tests hold it to the two.)"""
    found = _find_credit(caption, knowledge, True)
    if len(caption.strip()) <= _PAGE_CAPTION_CHARS and _has_page_credit(found, knowledge):
        return True
    credit = _find_credit(caption, knowledge, False)[1] if found[5] or found[6] else found[1]
    return credit_names_someone(credit, knowledge=knowledge)


# --- Captions of web pages --------------------------------------------------
# A page prints a photo's caption with more around it than wire copy: a
# gallery counter before it (``1 of 4 A shopper looks at …``), a label (BBC's
# ``Image caption Text``), an inline credit label (``… it. Credit... Jane
# Roe/The Daily Planet``, ``… sky. Credit: Harbour Board``), or the credit alone
# on the line below (``Jane Roe/Daily Planet/Getty Images``, ``Jane Roe, AP``)
# or above (``Image copyright Reuters``, ``© Jane Roe``). The page layout reads
# these; wire copy keeps :func:`split_credit`. Every pattern is anchored and
# applied to at most _PAGE_CAPTION_CHARS characters: bounded work.
_PAGE_CAPTION_CHARS = 600
# A gallery counter: "1 of 4 ", "12 of 30 ", or with a spaced slash, "1 / 12 "
# (photo galleries; "24/7", "9/11" have no spaces), maybe after its word
# ("Item 1 of 3 ", "Image 2 of 5 ": agencies' and papers' galleries). Bounded
# digit runs.
_COUNTER = regex.compile(
    r"(?:(?:Item|Image|Photo|Picture|Slide) )?(?P<at>\d{1,3}) (?:of|/) (?P<of>\d{1,3})\s++"
)
# The first letters of a counter's word.
_COUNTER_WORD_FIRSTS = frozenset("IPS")


# The sentence's ends of other scripts ``_PagePatterns.inline_script`` reads
# a credit after: the danda, Urdu's full stop, a Thai letter, the CJK full
# stop, Ethiopic's full stop (heldout38). One class: linear. No letter of
# the Arabic script: a Persian caption glued to its credit with no stop
# (heldout41) reads as a body line's label (``نمایشگاه عکس: …``, photo
# exhibition; ``ورشة تصوير: …``, photography workshop: review66b).
_SCRIPT_SENTENCE_END = re.compile("[\u0964\u06d4\u0e01-\u0e5b\u3002\u1362]")


class _PagePatterns(NamedTuple):
    """The page caption patterns that hold a :class:`Knowledge`'s photo, caption
    and copyright labels."""

    caption_label: regex.Pattern[str]
    """A label before the caption text: BBC's "Image caption The quay at dawn"
    (Knowledge.caption_labels). Anchored literals, bounded runs."""
    caption_label_openings: frozenset[str] | None
    """The ASCII characters a caption label may open with (_label_openings), or
    None when any character may open one."""
    copyright_label: regex.Pattern[str]
    """A credit label printed above the caption: "Image copyright Reuters", "©
    Jane Roe" (Knowledge.copyright_labels). Anchored literals, bounded runs."""
    copyright_word: regex.Pattern[str]
    """The copyright labels that are words ("Image copyright "), with the white
    space after them: dropped from a credit line's credit, where a sign ("©")
    stays. Literals, bounded and possessive runs."""
    photo_label: regex.Pattern[str]
    """A photo label opening a caption or credit line: "Photo by Jane Roe",
    "(Image: AFP)" (Knowledge.photo_labels); anchored, a literal alternation
    and bounded white space: linear."""
    photo_label_openings: frozenset[str] | None
    """The ASCII characters ``photo_label`` may match at a line's start
    (_photo_label_openings), or None when any character may open a match."""
    writer_title: regex.Pattern[str]
    """A writer's title (Knowledge.writer_titles): "Jane Roe, Planet diplomatic
    correspondent" ends like a credit but is a byline. Literal alternation."""

    inline_credit: regex.Pattern[str]
    """An inline credit label near the end: "… it. Credit... Name", "… (Credit:
    X)", "… sky. Photo: Name", "… plant. Image Credit: Supplied"
    (Knowledge.photo_labels, "Credit" after one). Searched in the last
    _MAX_CREDIT_CHARS + 20 characters only; the label is a literal alternation,
    the credit a bounded run."""
    inline_script: regex.Pattern[str]
    """An inline credit label after a sentence's end of another script: the
    danda, a Thai letter and a space, the CJK full stop ("… यात्री। फोटो:
    पीटीआई", "… 看书。图片来源：新华社"); searched as ``inline_credit`` is, only
    when that found nothing in a window outside ASCII holding one of them
    (``_SCRIPT_SENTENCE_END``). A third way into ``inline_credit`` (the CJK
    full stop with no space after it) cost the benchmark's page text 42
    million instructions a parse (+1.6 %), tried at each position of every
    line's window."""
    inline_marked: regex.Pattern[str]
    """An inline credit after a bar or a copyright sign: "… crowd | Photo
    Credit: PTI", "… crowd. © Provided by X"; searched as ``inline_credit`` is,
    and only in a line holding a bar or the sign (most hold neither)."""
    inline_unmarked: regex.Pattern[str]
    """A capitalised photo label and its credit ending a caption with no
    sentence's end before them: "Governor opens the bridge Fotoğraf: Jane
    Roe/AA" (a page prints the caption as a title, no full stop). Searched
    as ``inline_credit`` is, only when that found nothing; the credit must
    then name an agency or a ``Name/Source`` (:func:`_unmarked_credit`)."""
    credit_marks: regex.Pattern[str]
    """A credit alone on a line, by its marks: a photo label ("Photo: Name",
    "Image Credit: X"; Knowledge.photo_labels), "Courtesy of X", a copyright
    sign or "Image copyright X" (BBC; Knowledge.copyright_labels). Anchored;
    bounded runs."""
    credit_mark_openings: frozenset[str] | None
    """The ASCII characters ``credit_marks`` may match at a line's start
    (_credit_mark_openings), or None when any character may open a match."""
    plain_openings: frozenset[str]
    """The ASCII characters that turn a line away from :func:`is_page_caption`'s
    turn-down (:func:`_plain_openings`): a digit (a gallery counter's), and
    what a photo or caption label may open with; every ASCII character when
    a label may open with any."""
    plain_closers: frozenset[str]
    """The marks a photo credit never ends in (``sentence_and_clause_ends``)
    but the brackets a parenthesized credit closes with."""
    plain_chars: int
    """A stripped line of more characters names no agency alone
    (:func:`~wirestory.bylines.organization_line_bound`)."""
    label_heads: dict[str, bool]
    """For a line's first two characters (the line opening with no white
    space), whether ``photo_label`` or ``caption_label`` may match a line
    opening with them (:func:`_labels_may_open`), filled as lines are asked."""
    photo_label_heads: dict[str, bool]
    """For a line's first ``_HEAD_CHARS`` characters, whether ``photo_label``
    may match a line opening with them (:func:`_head_may_open`), filled as
    lines are asked."""
    credit_mark_heads: dict[str, bool]
    """For a line's first ``_HEAD_CHARS`` characters, whether ``credit_marks``
    may match a line opening with them (:func:`_head_may_open`), filled as
    lines are asked."""


def _openings(firsts: Iterable[str]) -> frozenset[str]:
    """The ASCII characters that a case-insensitive pattern opening with one of
    ``firsts`` (characters) matches at a line's start: an ASCII letter in
    either case, any other ASCII character itself, and for a character outside
    ASCII the ASCII characters ``regex`` matches to it in any case (``k`` and
    ``K`` to the Kelvin sign), asked of ``regex`` itself."""
    openings: set[str] = set()
    others = set()
    for first in firsts:
        if first.isascii():
            openings.update((first.lower(), first.upper()))
        else:
            others.add(first)
    if others:
        # One class of them all, asked of the ASCII characters at once.
        kind = regex.compile("(?i)[" + "".join(map(regex.escape, sorted(others))) + "]")
        openings.update(kind.findall(_ASCII))
    return frozenset(openings)


_ASCII: Final = "".join(map(chr, range(128)))
# The ASCII characters ``\s`` matches (a photo label may follow white space).
_ASCII_SPACES: Final = frozenset(regex.findall(r"\s", _ASCII))


def _label_openings(labels: Iterable[str]) -> frozenset[str] | None:
    """The ASCII characters that may open a match of :func:`label_pattern` of
    ``labels`` (every label's first character, :func:`_openings`), or None
    when a label opens with no word (it may match at any character). The page
    form of :func:`find_credit` reads a line's caption label only when its
    first character is outside ASCII or one of these: the match is not tried
    on most lines, and no line it could match is passed by."""
    firsts = []
    for label in labels:
        words = label.split()
        if not words:
            return None
        firsts.append(words[0][0])
    return _openings(firsts)


def _credit_mark_openings(knowledge: Knowledge) -> frozenset[str] | None:
    """The ASCII characters that may open a match of ``credit_marks``: a photo
    label's first character, ``courtesy``'s, a copyright label's
    (:func:`_label_openings`); None when a photo label is empty or a copyright
    label opens with no word. :func:`is_credit_line` tries the pattern only on
    a line opening outside ASCII or with one of these."""
    copyright_openings = _label_openings(knowledge.copyright_labels)
    if copyright_openings is None or not all(knowledge.photo_labels):
        return None
    return _openings([label[0] for label in knowledge.photo_labels] + ["c"]) | copyright_openings


def _photo_label_openings(knowledge: Knowledge) -> frozenset[str] | None:
    """The ASCII characters that may open a match of ``photo_label``: the
    white space, brackets and photo labels' first characters it may open with
    (:func:`_openings`); None when a photo label is empty. :func:`is_page_caption`
    tries the pattern only on a line opening outside ASCII or with one of these."""
    if not all(knowledge.photo_labels):
        return None
    return _openings([label[0] for label in knowledge.photo_labels] + ["(", "["]) | _ASCII_SPACES


def _plain_openings(knowledge: Knowledge) -> frozenset[str]:
    """:attr:`_PagePatterns.plain_openings`: the digits and the openings of the
    photo labels (:func:`_photo_label_openings`: white space and brackets too)
    and of the caption labels (:func:`_label_openings`), every ASCII character
    when either may open with any."""
    photo = _photo_label_openings(knowledge)
    caption = _label_openings(knowledge.caption_labels)
    if photo is None or caption is None:
        return frozenset(_ASCII)
    return photo | caption | frozenset("0123456789")


@per_knowledge
def _page_patterns(knowledge: Knowledge) -> _PagePatterns:
    labels = alternation(knowledge.photo_labels)
    copyright_labels = label_pattern(knowledge.copyright_labels)
    return _PagePatterns(
        caption_label=regex.compile(rf"{label_pattern(knowledge.caption_labels)}\s++"),
        caption_label_openings=_label_openings(knowledge.caption_labels),
        copyright_label=regex.compile(copyright_labels),
        copyright_word=regex.compile(
            label_pattern(label for label in knowledge.copyright_labels if label[:1].isalpha())
            + r"\s++"
        ),
        photo_label=regex.compile(
            rf"(?i)\s{{0,4}}[(\[]?{labels}s?(?:\s{{1,4}}credit)?\s{{0,4}}(?:[:\u055d]|by\b)"
        ),
        photo_label_openings=_photo_label_openings(knowledge),
        writer_title=regex.compile(writer_title_pattern(knowledge)),
        inline_credit=regex.compile(
            # The label after the caption's sentence, a space between, or
            # glued to its full stop by a browser's copy of the caption's and
            # the credit's elements: "… at the wharf.Credit: Tom Abbott" (a
            # capital opening the label after a small letter's stop: "U.S.Photo:"
            # and "e.g.photo:" are no credit's).
            # Armenian's full stop (U+0589) ends the sentence before its
            # label, and the Armenian comma (U+055D) stands for the label's
            # colon: "… շենքը։ Լուսանկարը՝ Հովտի լուրեր" (heldout35).
            r"(?:(?<=[.!?\u201d\"\u0589])\s++|(?<=\p{Ll}[.!?])(?=\p{Lu})|\s++[(\[])"
            # "Image Credit: Supplied" (Gulf sites) as well as "Photo: Name";
            # "Photo courtesy: Harbour Board" (South Asian sites); an outlet's
            # initials in capitals before the label, "… on Monday. ST PHOTO:
            # JANE ROE" (Singaporean and Malaysian papers' own photos).
            r"(?:(?P<credit>(?:\p{Lu}{2,5}\ )?"
            rf"(?i:{labels}(?:\s{{1,4}}(?:credits?|courtesy))?)"
            r"(?:\.{3}|\u2026|[:\u055d])\s*+[^\s()\[\]][^()\[\]]{0,79}?)"
            # "… on Monday. Photo courtesy Harbour Board", "Photo courtesy of
            # Jane Roe" (US sites: no colon, a capital after the words); "Photo
            # courtesy of the Harbour Historical Society" (a US weekly's
            # donated archive photo: a body's name after "the", read as no
            # credit, left the caption out with the header, silently).
            rf"|(?P<credit>(?i:{labels}\s{{1,4}}courtesy(?:\s{{1,4}}of(?:\s{{1,4}}the)?)?)\s++\p{{Lu}}"
            r"[^()\[\]]{0,79}?)"
            # "… on Monday. Courtesy of Vale Museum", "… Courtesy of the family"
            # (no photo word): capitalised, and no sentence's or clause's mark
            # after it ("Courtesy of the council, the hall opened early." is a
            # sentence).
            # Filipino sites' "… sa sentro ng lungsod. Larawan mula sa
            # pamahalaang lungsod" (picture from: courtesy of) the same way
            # (read as none, the caption was left out, silently: heldout41).
            r"|(?P<credit>(?:Courtesy\s{1,4}of|Larawan\s{1,4}mula\s{1,4}sa)"
            r"\s++\p{L}[^()\[\].!?,;:]{0,60}+)"
            # "… 백사장 모습. (사진=부산시 제공)" (Korean sites: a photo's or
            # graphic's label and "=", a city's or firm's name and 제공,
            # provided): read only with an agency's name after the label
            # ("사진=연합뉴스"), the caption was left out, silently (heldout41).
            r"|(?P<credit>(?:사진|그래픽|영상)=[^\s()\[\]=][^()\[\]=]{0,79}?))[)\]]?$"
        ),
        inline_script=regex.compile(
            # A sentence's end of another script before the label:
            # Devanagari's danda ("… यात्री। फोटो: पीटीआई", Hindi sites), a Thai
            # letter and a space, as Thai ends a sentence with a space alone
            # ("… วันอังคาร ภาพ: รอยเตอร์"), the CJK full stop, which no space
            # follows ("… 看书。图片来源：新华社", Chinese sites: the colon
            # full-width or not). The credit, a name, holds no danda, CJK
            # full stop or comma: "… चलेगी। फोटो: प्रदर्शनी में … रखी गई हैं।",
            # "…开幕。图片：展览将持续到五月底，…。" are the story's sentences.
            # Urdu's full stop (U+06D4) too ("… پانی۔ فوٹو: فائل"), and a
            # space before the colon as Nepali sets it ("… भग्नावशेष । तस्बिर
            # : रासस", heldout34). Ethiopic's full stop too, Amharic's and
            # Tigrinya's ("… ሕንፃ። ፎቶ: አዲስ ዜና", heldout38). Not after a
            # letter of the Arabic script: a Persian caption glued to its
            # credit with no stop (heldout41) cannot be told from a body
            # line's label ("نمایشگاه عکس: …", photo exhibition: review66b).
            r"(?:(?<=[\u0964\u06d4\u0e01-\u0e5b\u1362])\s++|(?<=\u3002)\s*+)"
            rf"(?P<credit>(?i:{labels}) ?[:\uff1a]\s*+[^\s()\[\]\u0964\u3002\u3001\uff0c\u1362]"
            r"[^()\[\]\u0964\u3002\u3001\uff0c\u1362]{0,79}?)$"
        ),
        inline_marked=regex.compile(
            # "… parliament | Photo Credit: PTI" (South Asian sites)
            rf"\s++\|\s++(?P<credit>(?i:{labels}(?:\s{{1,4}}credits?)?)"
            r":\s*+[^\s()\[\]][^()\[\]]{0,79}?)$"
            # "… parliament. © Provided by Harbour Media" (reposting portals)
            r"|(?<=[.!?\u201d\"])\s++(?P<credit>\u00a9\s*+[^\s()\[\]][^()\[\]]{0,79}?)$"
            # "… at the market. PHOTO | FILE | NATION MEDIA GROUP", "… pilot.
            # PHOTO | COURTESY" (Kenyan sites: the label, then the photographer
            # or "FILE" and the outlet, set apart by bars)
            rf"|(?<=[.!?\u201d\"])\s++(?P<credit>(?i:{labels})\s*+\|\s*+\p{{Lu}}"
            r"[^()\[\]]{0,79}?)$"
        ),
        inline_unmarked=regex.compile(
            r"(?<=\p{Ll})\s++(?P<credit>"
            + alternation(label[:1].upper() + label[1:] for label in knowledge.photo_labels)
            + r":\s*+\p{Lu}[^\s()\[\]:][^()\[\]:]{0,59}+)$"
        ),
        credit_marks=regex.compile(
            # The label asked once, then its colon, "by" or a language's own
            # "by" before a name (_preposition_credit).
            # "Credit...Jane Roe for The Vale Record" (US papers: the label
            # and an ellipsis under the caption) as well.
            rf"(?i:{labels})(?:(?i:s?(?:\s{{1,3}}credit)?\s{{0,3}}(?::|by\b|\.{{3}}|\u2026))"
            rf"|{_preposition_credit(knowledge)}"
            # The label, a space and an agency's name in capitals ending the
            # line, no colon: "Foto ANP", "Beeld EPA" (Dutch papers), "Photo
            # AFP" under the caption (captions53: no credit read, the caption
            # over it was left out, silently). An agency's name alone (the
            # named list), so "Foto Amsterdam" or "Photo Booth" stay words.
            r"|\ (?=\L<credit_agencies>$)"
            # "Photo courtesy of Jane Roe", "Image courtesy Harbour Board" on a
            # line of their own under the caption (US and South Asian sites;
            # captions53: no credit line, the caption left out, silently).
            r"|(?i:s?\s{1,3}courtesy(?:\s{1,3}of)?)\s)"
            rf"|(?i:courtesy\s{{1,3}}of\b)|{copyright_labels}",
            credit_agencies=_credit_agencies(knowledge),
        ),
        credit_mark_openings=_credit_mark_openings(knowledge),
        plain_openings=_plain_openings(knowledge),
        plain_closers=frozenset(knowledge.sentence_and_clause_ends) - frozenset(")]"),
        plain_chars=organization_line_bound(knowledge),
        label_heads={},
        photo_label_heads={},
        credit_mark_heads={},
    )


# How many first-two-character answers ``_PagePatterns.label_heads`` keeps
# (a page's lines open with a few thousand pairs; text outside ASCII more).
_LABEL_HEADS_KEPT: Final = 20_000


def _labels_may_open(text: str, stripped: str, patterns: _PagePatterns) -> bool:
    """May ``photo_label`` match ``text`` or ``caption_label`` its stripped
    form ``stripped`` (at their starts)? A line either matches opens with a
    prefix of the match (each holds two characters or more): where the line
    opens with no white space (its first two characters the stripped
    line's), the two characters are asked as ``regex``'s partial match (may
    they open a match?), once a pair; a pair neither may open (``Pr``,
    ``Th``: most of a story's paragraphs and a menu's links opening with a
    label's first letter) turns the line down without the two case-
    insensitive matches over it. Otherwise both are matched.
    (:func:`is_page_caption`'s sieve; its tests ask :func:`labels_may_open`.)"""
    head = text[:2]
    if head == stripped[:2]:
        heads = patterns.label_heads
        may = heads.get(head)
        if may is None:
            may = (
                patterns.photo_label.match(head, partial=True) is not None
                or patterns.caption_label.match(head, partial=True) is not None
            )
            if len(heads) >= _LABEL_HEADS_KEPT:
                heads.clear()
            heads[head] = may
        if not may:
            return False
    return (
        patterns.photo_label.match(text, 0, None, False) is not None
        or patterns.caption_label.match(stripped, 0, None, False) is not None
    )


# How many of a line's first characters ``_head_may_open`` asks: three tell
# a menu's ``Home`` and ``Share`` from the rare photo labels opening alike
# (Hausa ``Hoto:``, Somali ``Sawir:``), whose first letters let every line
# opening with ``H`` or ``S`` through the sieve of first characters.
_HEAD_CHARS: Final = 3


def _head_may_open(heads: dict[str, bool], pattern: regex.Pattern[str], text: str) -> bool:
    """May the anchored ``pattern`` match ``text``, asked of its first
    ``_HEAD_CHARS`` characters as ``regex``'s partial match (may they open a
    match?), once a head, the answer kept in ``heads``? A line a pattern
    matches opens with a prefix of the match, or is one: no line it matches
    is turned down. A head no match opens (``Hom``, ``Sha``, ``Pol``: a
    menu's items and a story's paragraphs opening with a label's first
    letter) turns its lines down without the case-insensitive match over
    them (the sieve after :func:`_photo_label_openings` and
    :func:`_credit_mark_openings`)."""
    head = text[:_HEAD_CHARS]
    may = heads.get(head)
    if may is None:
        may = pattern.match(head, partial=True) is not None
        if len(heads) >= _LABEL_HEADS_KEPT:
            heads.clear()
        heads[head] = may
    return may


_CREDIT_LINE_MAX_WORDS = 10
# What a credit alone on its line never ends in (a sentence's or clause's
# mark) and never opens with (a bracket: ``(L-R) Jane Roe, John Doe``; a
# dash: a quote's attribution, ``— Jane Roe, Harbour Town``).
_CREDIT_NEVER_CLOSES: Final = ".!?:;"
_CREDIT_NEVER_OPENS: Final = "(\u2014\u2013-"
# A credit in brackets naming a source and the distributor it came through,
# each in capitalised words: "[SpaceX via Nasa]", "(Harbour Board via Jane
# Roe)". Possessive runs of one class between literal spaces: linear.
_VIA_CREDIT = regex.compile(
    r"\p{Lu}[\p{L}\p{N}.'&-]*+(?: \p{Lu}[\p{L}\p{N}.'&-]*+){0,5}"
    r" via \p{Lu}[\p{L}\p{N}.'&-]*+(?: \p{Lu}[\p{L}\p{N}.'&-]*+){0,3}"
)
# A credit in parentheses naming the outlet's own photo, and maybe its
# photographer, as Indian sites print it: "(Express Photo by Jane Roe)", "(HT
# Photo)", "(Gazette photo/Jane Roe)". Read by string tests (_outlet_photo): a
# pattern compiled at import would cost more than all its runs.
# "(ANTARA FOTO/Jane Roe)": "foto" is the word of Indonesian, Spanish,
# Portuguese, Italian and German pages.
_PHOTO_WORDS = frozenset({"photo", "photograph", "picture", "pic", "image", "foto"})
_CREDIT_WORD_MARKS = ".'’&-"


def _courtesy(credit: str) -> bool:
    """Does ``credit`` open with a courtesy label, a photo word maybe before it
    (``Courtesy of Harbour Board``, ``Photo courtesy: Harbour Board``, ``Image
    courtesy of Jane Roe``)? String tests on the first words."""
    words = credit.casefold().split(None, 3)
    if words[:1] and words[0].rstrip(":") in _PHOTO_WORDS:
        words = words[1:]
    return (
        bool(words)
        and words[0].rstrip(":") == "courtesy"
        and (words[0].endswith(":") or words[1:2] == ["of"])
    )


def _outlet_photo(credit: str) -> bool:
    """Is ``credit`` an outlet's own photo credit: one to three capitalised
    words, then ``photo`` (``picture``, ``image``, plural or not), maybe ``by``
    or ``/`` and one to four capitalised words of a name? The photo word may
    stand between the outlet and the name with nothing else (``VNS Photo Jane
    Roe``), and ``file`` before it (``STAR FILE PHOTO``)."""
    head, by, name = credit.partition(" by ")
    if not by:
        head, _, name = credit.partition("/")
    if not by and not name:
        head, name = _outlet_before_photo_word(head)
    # "(ANTARA FOTO/Jane Roe/abc)": an Indonesian agency's photo credit ends
    # with its photo editor's initials, in small letters after a slash.
    named, slash, initials = name.rpartition("/")
    if slash and 2 <= len(initials) <= 4 and initials.isalpha() and initials.islower():
        name = named
    words, names = head.split(" "), name.strip().split(" ") if name.strip() else []
    if len(words) > 2 and words[-2].casefold() == "file":
        words = words[:-2] + words[-1:]
    return (
        2 <= len(words) <= 4
        and len(names) <= 4
        and words[-1].casefold().removesuffix("s") in _PHOTO_WORDS
        and all(_capitalised(w) for w in words[:-1])
        and all(_capitalised(w) for w in names)
    )


def _outlet_before_photo_word(credit: str) -> tuple[str, str]:
    """``credit`` cut after its photo word when one stands between two words
    (``VNS Photo Jane Roe``: ``VNS Photo`` and ``Jane Roe``), else whole and no
    name; the name is two words or more (``Harbour Photo Agency`` is an
    outlet's). String tests on its words."""
    words = credit.split(" ")
    for number in range(1, len(words) - 2):
        if words[number].casefold() in _PHOTO_WORDS:
            return " ".join(words[: number + 1]), " ".join(words[number + 1 :])
    return credit, ""


def _photographer_slash_outlet(credit: str, knowledge: Knowledge) -> bool:
    """Is ``credit`` a person's name, a slash and an outlet's name (``Jane
    Roe/The Vale Post``, ``Jane Roe / For The Vale Post``): two to five
    capitalised words after the slash, the last an outlet's word
    (Knowledge.outlet_words)? String tests, the names asked last."""
    head, slash, outlet = credit.partition("/")
    words = outlet.split()
    if words[:1] == ["For"]:
        words = words[1:]
    if not (
        slash
        and 2 <= len(words) <= _OUTLET_SLASH_MAX_WORDS
        and all(_capitalised(w) for w in words)
        and words[-1].casefold() in knowledge.outlet_words
    ):
        return False
    named = person_names(head.strip(), knowledge=knowledge)
    return named is not None and len(named.names) == 1 and named.organization is None


def name_bar_outlet(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Is ``text`` a person's name and a paper's set apart by a bar (``Jane
    Roe | The Vale Post``), read as ``Jane Roe/The Vale Post`` is? Under a
    caption the photographer's credit, in a page's header the writer's
    byline printed with no ``By``. String tests, the names asked last."""
    return _photographer_slash_outlet(text.strip().replace(" | ", "/", 1), knowledge)


# The most words of a paper's name after a photographer's slash.
_OUTLET_SLASH_MAX_WORDS: Final = 5


def _photo_slash(credit: str) -> bool:
    """Is ``credit`` a photo word, a slash and a name, no agency before them
    (``Photo/Jane Roe``, ``Photos / Jane Roe``: South Asian and African sites
    credit their own photographers so, where an agency's copy prints ``AP
    Photo/Jane Roe``)? One to four capitalised words after the slash: ``…
    Photo/video of the day`` is no name, nor is a media word (``… today.
    Photo/Video Gallery``: a link's label)."""
    head, slash, name = credit.partition("/")
    names = name.split()
    return (
        bool(slash)
        and head.strip().casefold().removesuffix("s") in _PHOTO_WORDS
        and 0 < len(names) <= 4
        and names[0].casefold().removesuffix("s") not in _MEDIA_WORDS
        and all(_capitalised(w) for w in names)
    )


def _source_photo(credit: str) -> bool:
    """Is ``credit`` where the photo came from and a photo word, naming no
    one (``Contributed photo``, ``Submitted photo``, ``File photo``; the
    words of ``_PHOTO_ORIGINS``)? US community papers print it after the
    caption's sentence (``… at the library. Contributed photo``); read as
    no credit, the line was left out with the header, silently. Only these
    words, capitalised: ``… for a photo. Team photo`` is a caption's words.
    String tests."""
    words = credit.split()
    return (
        len(words) == 2
        and credit[:1].isupper()
        and words[1].casefold() in _PHOTO_WORDS
        and words[0].casefold() in _PHOTO_ORIGINS
    )


# Words naming a medium, not a person, after "Photo/": "Photo/Video Gallery".
_MEDIA_WORDS = _PHOTO_WORDS | {"video", "gallery", "galerie", "graphic", "audio"}


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and all(c.isalnum() or c in _CREDIT_WORD_MARKS for c in word)


# The photo words a dashed credit under a caption's sentence opens with:
# _PHOTO_WORDS and Malay "Gambar" (picture).
_DASHED_PHOTO_WORDS: Final = _PHOTO_WORDS | {"gambar"}
# The most words of the name after the photo word: "Foto NSTP/Ahmad Zaki".
_DASHED_PHOTO_MAX_NAMES: Final = 4


# Words after a photo word that name a page's feature, not whoever took the
# photo, capitalised as a link's label is (``- Photo Of The Week``, ``- Photo
# Gallery``, ``- Foto Galeri``): a function word or a feature's noun.
_PHOTO_FEATURE_WORDS: Final = frozenset(
    """of the and for in on at to a an gallery galleries galeri galería galeria album albums
    essay essays slideshow story stories series week day month year contest competition
    archive archives special highlights tour""".split()
)


def _dashed_photo_word_credit(tail: str) -> bool:
    """Is ``tail`` a capitalised photo word and one to
    ``_DASHED_PHOTO_MAX_NAMES`` capitalised words of a name, slashes between
    them allowed (``Foto NSTP``, ``Gambar Ahmad Zaki``, ``Foto NSTP/Ahmad
    Zaki``)? ``Photo of the week`` is none: its words are small; nor, in a
    link's title case, ``Photo Of The Week`` and ``Photo Gallery``
    (``_PHOTO_FEATURE_WORDS``). String tests on its words."""
    word, _, name = tail.partition(" ")
    names = name.replace("/", " ").split()
    return (
        word[:1].isupper()
        and word.casefold() in _DASHED_PHOTO_WORDS
        and 0 < len(names) <= _DASHED_PHOTO_MAX_NAMES
        and all(_capitalised(n) for n in names)
        and not any(n.casefold() in _PHOTO_FEATURE_WORDS for n in names)
    )


_DIGIT = regex.compile(r"\d")


def split_page_credit(
    caption: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> tuple[str, str | None]:
    """Split a caption line of a web page into its text and its credit: the
    forms of :func:`split_credit`, and a page's gallery counter and ``Image
    caption`` label dropped, an inline ``Credit... X`` / ``Credit: X`` label.
    ``knowledge`` gives the agencies and photo labels (see :class:`~wirestory.Knowledge`).

    >>> split_page_credit("2 of 5 Boats in the harbour. Credit: Harbour Board")
    ('Boats in the harbour.', 'Credit: Harbour Board')
    >>> split_page_credit("Image caption The quay at dawn")
    ('The quay at dawn', None)
    """
    match = find_credit(caption, knowledge=knowledge, page=True)
    return match.caption, match.credit


def is_credit_line(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A line holding only a photo credit: a photo label or copyright sign and
    a name, ``Courtesy of X``, an agency alone, or a credit that names an agency
    or a photographer in the ``Name/Org``, ``Name, Agency``, ``X via AP`` shapes;
    ``knowledge`` gives the agencies and photo labels.

    >>> is_credit_line("Jane Roe/Daily Planet/Getty Images"), is_credit_line("Jane Roe, AP")
    (True, True)
    >>> is_credit_line("Harbour board meets"), is_credit_line("News / Sport / Weather")
    (False, False)
    """
    stripped = _unbracketed_credit(text.strip(), knowledge)
    # The length first: a paragraph is turned down before it is split into words.
    if len(stripped) > _MAX_CREDIT_CHARS:
        return False
    words = stripped.split()
    if not 0 < len(words) <= _CREDIT_LINE_MAX_WORDS:
        return False
    # A quote's attribution ("— Jane Roe, Harbour Town"), a list of who is
    # pictured ("(L-R) Jane Roe, John Doe"): no credit.
    if stripped[-1] in _CREDIT_NEVER_CLOSES or stripped[0] in _CREDIT_NEVER_OPENS:
        return False
    # "Contributing: Jane Roe, USA TODAY" under the story (the USA Today
    # network's papers): who helped report it, no photo's credit; read as
    # one, the story's last paragraph above it became a caption.
    if stripped[:1] in "Cc" and stripped.partition(":")[0].casefold() in CONTRIBUTORS_LABELS:
        return False
    patterns = _page_patterns(knowledge)
    # Most short lines open with a character no credit mark opens with
    # (_credit_mark_openings): the pattern is not tried on them.
    openings = patterns.credit_mark_openings
    first = stripped[0]
    mark = (
        None
        if (openings is not None and first.isascii() and first not in openings)
        or not _head_may_open(patterns.credit_mark_heads, patterns.credit_marks, stripped)
        else patterns.credit_marks.match(stripped, 0, None, False)
    )
    # "Fot. Jan Kowalski/PAP" under a caption (Polish sites abbreviate the
    # label and print no colon; silent54: the full stop read as a sentence's
    # end, no credit line, the caption over it left out, silently): the
    # label and a credit's names. A story's closing "Fot. Name / Paper" under
    # its last sentence is told apart where the story ends
    # (layouts.page._closing_sentences).
    if mark is None and stripped[:5] in _ABBREVIATED_LABEL_HEADS:
        return _names_after_label(stripped[5:].strip(), _CREDIT_NEVER_CLOSES)
    # "Photo/Jane Roe", "Staff photo by Jane Roe", "Screenshot/YouTube",
    # "Supplied" (captions54): a photo word's own credit, no label's colon.
    if (
        mark is None
        and stripped[:4].lower() in _PLAIN_CREDIT_HEADS
        and _plain_photo_credit(stripped)
    ):
        return True
    # "Jane Roe | The Vale Post" under the caption (US local papers set the
    # photographer and the paper apart by a bar; captions54: no credit line,
    # the caption over it left out, silently): read as "Jane Roe/The Vale
    # Post" is. A byline of the same form in the header is the byline
    # readers' (a credit line pairs with a caption-shaped block only).
    if mark is None and " | " in stripped:
        return name_bar_outlet(stripped, knowledge=knowledge)
    organization = mark is None and is_organization_line(stripped, knowledge=knowledge)
    # Without a label, an agency's name or a credit's separators the line is no
    # credit: most short lines of a page's story (headings, links, names) are
    # turned down here, before the digit and sentence searches, which only
    # ever turn a line down (asked after these, they change no answer).
    if (
        mark is None
        and not organization
        and "/" not in stripped
        and ", " not in stripped
        and " via " not in stripped
    ):
        return False
    # A date: no credit.
    if _DIGIT.search(stripped, 0, None, False) is not None:
        return False
    # A sentence before the credit ("Workers on the quay at dawn. REUTERS/Jane
    # Roe") is a caption with its own credit, not a credit for the line above
    # (read so, the paragraph above became a caption); initials ("Jane A.
    # Roe/AFP") end in no small letters, and an abbreviation's full stop
    # ("Courtesy of Mrs. Ada Penrose", "Harbour Inc. Images";
    # Knowledge.name_abbreviations) ends no sentence.
    abbreviations = knowledge.name_abbreviations
    if any(
        found.group(1).casefold() not in abbreviations
        for found in _SENTENCE_INSIDE.finditer(stripped, 0, None, False, False)
    ):
        return False
    # "강변구 도서관 전경 /사진=뉴시스" (Korean sites): words, then a photo's
    # label and "=" and the credit: a caption with its own credit, never a
    # credit for the line above (read so, the paragraph above was lost to a
    # caption).
    if "=" in stripped and any(
        (at := stripped.find(label)) > 0 and stripped[:at].strip(" /[(")
        for label in _KOREAN_CREDIT_LABELS
    ):
        return False
    # "河东区旧图书馆外景。图/新华社": a Chinese or Japanese sentence ends inside
    # the line (its full stop, no space after it), its credit glued on: the
    # same, a caption with its own credit.
    if "\u3002" in stripped[:-1]:
        return False
    # Small words a credit's name may hold: "Courtesy of the Harbour Board"
    # (Knowledge.credit_name_links).
    links = knowledge.credit_name_links
    if mark is not None:
        # "Photo: Jane Roe", not a gallery link "Photos: The mall through the years".
        rest = stripped[mark.end() :].split()
        if not 0 < len(rest) <= _MAX_BARE_WORDS:
            return False
        # "Courtesy of the Harlan family", "Courtesy of the Roe estate": who
        # lent the photo may be named by a common noun after the name (its
        # last word); a capital before it still names them. Read as no
        # credit, the caption above it was left out with the header.
        if (
            "courtesy" in mark.group().casefold()
            and stripped[-1:].isalpha()
            and any(w[:1].isupper() for w in rest[:-1])
        ):
            rest = rest[:-1]
        # "Foto: dpa/Karl Vogt" (German pages): an agency's name in small
        # letters before the photographer's slash.
        agencies = agency_spellings(knowledge)
        return all(
            w[:1].isupper()
            or w in links
            or not w[:1].isalpha()
            or ("/" in w and w.partition("/")[0].casefold() in agencies)
            for w in rest
        )
    if organization:
        return True
    # "Jane Roe, Planet diplomatic correspondent" is a byline.
    if ", " in stripped and patterns.writer_title.search(stripped.split(", ", 1)[1]) is not None:
        return False
    parsed = parse_credit(stripped, knowledge=knowledge)
    if parsed.agency is not None:
        # "Pupils at the old library /AFP": words of a description (small
        # words no credit's name holds) before a bare agency are a photo's
        # caption with its own credit, never a credit for the line above
        # (read so, the paragraph above was lost to a caption). So before a
        # bracketed credit ending the line: "I visitatori nella sala,
        # lunedì mattina (foto ANSA)" (Italian sites' caption, no full stop
        # before its credit) was read as a credit, the paragraph under it
        # taken for its caption; "Jane Roe, Harbour Gazette (AP)" holds no
        # small word and stays a credit.
        slash = stripped.rfind("/")
        if slash < 0 and stripped[-1:] == ")":
            slash = stripped.rfind("(")
        return slash < 0 or (
            sum(
                w[:1].islower() and w not in links
                for w in stripped[:slash].split(None, _CREDIT_LINE_MAX_WORDS)
            )
            < _CAPTION_SMALL_WORDS
        )
    # "Jane Roe/Daily Planet": a person and a source, no menu ("News / Sport").
    # An outlet's name is capitalised: "Jane Roe, Swedish software developer"
    # names who is pictured, not who took the photo.
    return (
        parsed.photographer is not None
        and parsed.source is not None
        and len(words) <= _MAX_BARE_WORDS
        and not stripped.isupper()
        and all(w[:1].isupper() or w in links for w in parsed.source.split())
    )


# How a paper came by a photo, before its photo word: "Staff photo by Jane
# Roe", "Submitted photo", "File photo" (US local papers), "Supplied image"
# (Australian and New Zealand sites).
_PHOTO_ORIGINS: Final = frozenset(
    {"staff", "submitted", "supplied", "contributed", "courtesy", "file", "handout", "pool"}
)
# A credit's whole line naming how the photo came, no one's name: "Supplied"
# (Australian and New Zealand sites), "Handout" (agencies' copy on pages).
_ORIGIN_CREDITS: Final = frozenset({"supplied", "handout"})


def is_origin_credit(text: str) -> bool:
    """Is the line ``text`` a credit naming only how the photo came, no one
    (``Supplied``, ``Handout``)? A string test."""
    return text.strip().casefold() in _ORIGIN_CREDITS


# Photo words that name a source after a slash, "via" or a spaced dash or bar:
# "Screenshot/YouTube", "Photo via Facebook", "Photo — Jane Roe".
_SOURCE_PHOTO_WORDS: Final = frozenset({"photo", "picture", "image", "foto", "screenshot"})
_SOURCE_SEPARATORS: Final = ("/", " / ", " via ", " \u2014 ", " \u2013 ", " - ", " | ")
# The first four letters such a line opens with, folded (each word above has
# four or more): the page's sieve asks them before any other test, as a third
# of a page's short lines open with one of their first letters.
_PLAIN_CREDIT_HEADS: Final = frozenset(
    w[:4] for w in _PHOTO_ORIGINS | _ORIGIN_CREDITS | _SOURCE_PHOTO_WORDS
)
_PLAIN_NAME_MAX_WORDS: Final = 4
# The longest such line: "Contributed photos by" and four names.
_PLAIN_CREDIT_MAX_CHARS: Final = 64


def _plain_photo_credit(stripped: str) -> bool:
    """Is ``stripped`` a photo's credit by its photo word alone, no label's
    colon (captions54: each was no credit line, the caption over it left out,
    silently)? ``Supplied`` or ``Handout`` alone; how the paper came by the
    photo and a photo word (``Submitted photo``, ``File photo``), maybe
    ``by`` or a slash and a name (``Staff photo by Jane Roe``); a photo word,
    a slash, ``via`` or a spaced dash or bar, and one to four capitalised
    words of a name, none a medium's (``Photo/Jane Roe``, ``Screenshot/
    YouTube``, ``Photo via Facebook``, ``Photo — Jane Roe``; ``Photo/Video
    Gallery`` is a link's). String tests on the first words."""
    if len(stripped) > _PLAIN_CREDIT_MAX_CHARS or stripped[:4].lower() not in _PLAIN_CREDIT_HEADS:
        return False
    folded = stripped.casefold()
    if folded in _ORIGIN_CREDITS:
        return True
    head, _, rest = stripped.partition(" ")
    if head.casefold() in _PHOTO_ORIGINS:
        word, slash, name = rest.partition("/")
        word, by, named = word.partition(" by ")
        if word.strip().casefold().removesuffix("s") not in _PHOTO_WORDS:
            return False
        if not (slash or by):
            return not named
        names = (name if slash else named).split()
    else:
        for separator in _SOURCE_SEPARATORS:
            word, found, name = stripped.partition(separator)
            if found:
                break
        else:
            return False
        if word.strip().casefold().removesuffix("s") not in _SOURCE_PHOTO_WORDS:
            return False
        names = name.split()
        if names and names[0].casefold().removesuffix("s") in _MEDIA_WORDS:
            return False
    return 0 < len(names) <= _PLAIN_NAME_MAX_WORDS and all(_capitalised(w) for w in names)


def _unbracketed_credit(stripped: str, knowledge: Knowledge) -> str:
    """A whole line in brackets whose words open with a credit's mark (a photo
    label, ``Courtesy of``, a copyright sign), or are a credit of a name and
    an agency or paper after a slash or ``via`` (``(Jane Roe/Getty Images)``),
    without its brackets: the credit a site prints on a line of its own under
    the caption, ``(Photo: Jane Roe/Vale Post)``, ``(Foto: ANP)`` (captions53:
    read as a caption with no words, the caption over it was left out,
    silently). Any other line as it is: ``(L-R) Jane Roe, John Doe`` names
    who is pictured."""
    if len(stripped) < 3 or stripped[0] not in "([" or stripped[-1] != _CLOSER[stripped[0]]:
        return stripped
    inner = stripped[1:-1].strip()
    if not inner or inner[0] in "([":
        return stripped
    if _page_patterns(knowledge).credit_marks.match(inner) is not None:
        return inner
    # "(Jane Roe/Getty Images)", "(Jane Roe via AP)" alone under the caption:
    # a photographer and an agency or paper with no label (silent55: read as a
    # caption with no words, the caption over it left out of every field,
    # silently). The slash or "via" between them is a credit's separator
    # (is_credit_line); "(L-R) Jane Roe, John Doe" and a bracketed aside hold
    # neither, and what is_credit_line turns down stays as it is. A figure's
    # source under the paragraph quoting it (``(Source: ONS/Reuters)``,
    # ``(Data: ONS via Reuters)``) credits no photo; a picture's label
    # (``(Video: Jane Roe/Getty Images)``) does.
    if (
        ("/" in inner or " via " in inner)
        and inner.partition(":")[0].strip().casefold() not in _FIGURE_SOURCE_LABELS
        and is_credit_line(inner, knowledge=knowledge)
    ):
        return inner
    return stripped


_CLOSER: Final = {"(": ")", "[": "]"}
# Labels of a figure's or a table's source, no picture's: ``(Source: ONS)``.
_FIGURE_SOURCE_LABELS: Final = frozenset(
    ("source", "sources", "data", "figures", "quelle", "fuente", "fonte", "bron", "źródło")
)


# Small words (no credit's links) before a bare agency that make a line a
# described photo's caption, no credit line ("Pupils at the old library /AFP").
_CAPTION_SMALL_WORDS: Final = 2


# A Korean photo's or graphic's credit label and its "=" (``사진=연합뉴스``,
# ``그래픽=홍길동 기자``).
_KOREAN_CREDIT_LABELS: Final = ("사진=", "그래픽=", "영상=")


def credit_line_flags(
    stripped: Sequence[str], *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> list[bool]:
    """:func:`is_credit_line` of each of a page's stripped blocks, asked at
    once. Most blocks of a story's stretch are paragraphs or headings: a
    sieve over the list turns them down by string tests and a set lookup,
    without a call a block, and the blocks it lets through are asked in full.
    It turns down only what :func:`is_credit_line` turns down: a line over
    ``_MAX_CREDIT_CHARS`` characters, one ending in a sentence's or clause's
    mark or opening with a bracket or dash, and one holding no credit's
    separator (``/``, ``, ``, `` via ``) that opens with an ASCII character,
    opens with no credit mark (``_PagePatterns.credit_marks``, tried only
    when the character is one a mark opens with,
    ``_PagePatterns.credit_mark_openings``) and is no agency's name alone
    (its case fold, without ``The ``, none of
    :func:`~wirestory.bylines.agency_spellings`). (Not part of wirestory's
    API: the page layout's caption pairs ask it; a property test holds it to
    :func:`is_credit_line`.)"""
    patterns = _page_patterns(knowledge)
    openings = patterns.credit_mark_openings
    mark = patterns.credit_marks.match
    heads = patterns.credit_mark_heads
    known = agency_spellings(knowledge)
    # A line longer than every agency's name (with the ``The`` it drops) is
    # none of them: told by its length, without folding it.
    bound = organization_line_bound(knowledge)
    # A menu's or a heading's words opening with a capital a mark opens with
    # too (``Politics``, ``Contact Us``: a third of a stretch's short lines)
    # are turned down by the mark's anchored match, not a call of
    # is_credit_line: with no separator, no mark and no agency's name, it
    # reads no credit.
    return [
        # The brackets of a credit in brackets are not counted
        # (_unbracketed_credit).
        0 < len(line) <= _MAX_CREDIT_CHARS + 2
        and (
            # A credit in brackets, its line's whole (_unbracketed_credit).
            (line[0] in "([" and line[-1] in ")]")
            or (line[-1] not in _CREDIT_NEVER_CLOSES and line[0] not in _CREDIT_NEVER_OPENS)
        )
        and (
            line[0] in "(["
            or "/" in line
            or ", " in line
            or " via " in line
            or " | " in line
            or openings is None
            or not line[0].isascii()
            or (
                line[0] in openings
                and _head_may_open(heads, patterns.credit_marks, line)
                and mark(line, 0, None, False) is not None
            )
            # "Fot. Jan Kowalski" (an abbreviated label, no colon).
            or line[:5] in _ABBREVIATED_LABEL_HEADS
            # "Supplied", "Staff photo by Jane Roe", "Photo — Jane Roe".
            or (
                len(line) <= _PLAIN_CREDIT_MAX_CHARS
                and line[:4].lower() in _PLAIN_CREDIT_HEADS
                and _plain_photo_credit(line)
            )
            or (
                len(line) <= bound
                and line.removeprefix("The ").removeprefix("the ").casefold() in known
            )
        )
        and is_credit_line(line, knowledge=knowledge)
        for line in stripped
    ]


# A word ending in two small letters and a full stop, then white space: a
# sentence ends inside the line, unless the word is an abbreviation. The word
# starts after no letter, so each letter is read by one try: linear.
_SENTENCE_INSIDE = regex.compile(r"(?<!\p{L})(\p{L}*\p{Ll}{2})\.\s")


def has_page_credit(caption: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """True when a page's line is a caption by its own marks: an inline credit
    label (``Credit... Name``, ``(Credit: X)``), or a gallery counter or
    ``Image caption`` label before a caption whose credit names an agency
    (``knowledge``'s agencies and photo labels).

    >>> has_page_credit("Boats in the harbour. Credit: Harbour Board")
    True
    >>> has_page_credit("Boats in the harbour (and the quay)")
    False
    """
    return page_credit_split(caption, knowledge=knowledge) is not None


def page_credit_split(
    caption: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> tuple[str, str | None] | None:
    """:func:`split_page_credit` of ``caption`` when :func:`has_page_credit`
    holds of it, else None, the line read once. (Not part of wirestory's API:
    the wire layout asks both of a line between a story's paragraphs.)"""
    if len(caption.strip()) > _PAGE_CAPTION_CHARS:
        return None
    found = _find_credit(caption, knowledge, True)
    return (found[0], found[1]) if _has_page_credit(found, knowledge) else None


def _has_page_credit(found: _Found, knowledge: Knowledge) -> bool:
    """:func:`has_page_credit` from the page form of :func:`find_credit`'s
    fields (of a line of at most ``_PAGE_CAPTION_CHARS``: a longer one has no
    label, counter or inline credit read, so this is False for it too)."""
    credit, form, counter, labelled = found[1], found[2], found[5], found[6]
    if form == "label":
        return True
    return labelled or (
        counter
        and credit is not None
        and parse_credit(credit, knowledge=knowledge).agency is not None
    )


def is_page_caption(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A photo caption or credit line inside a web page's story: a short line
    opening with a photo label (``Photo by ...``, ``Image: ...``), naming only
    an agency (``Getty Images``), with a page's own credit marks
    (:func:`has_page_credit`), or ending in a credit that names an agency
    (``... 2019. REUTERS/Brendan McDermid``) and no writer's title (``Jane Roe,
    Planet diplomatic correspondent`` is a byline), or a bracketed credit naming
    a source and its distributor (``… the Moon [SpaceX via Nasa]``). A credit naming only a
    person is not enough here: a product's name in parentheses looks like one
    (``AirPods (Latest Model)``). ``knowledge`` gives the agencies, labels and
    titles.

    >>> is_page_caption("Traders on the floor, 2019. REUTERS/Jane Roe")
    True
    >>> is_page_caption("AirPods (Latest Model)")
    False
    """
    # Most lines asked are a story's paragraphs, ending like a sentence, or
    # headings and short lines with no separator near their end: neither has a
    # credit (_find_credit reads none: no credit ends like a sentence, and a
    # bare one follows a separator), and unless the line opens with a photo or
    # caption label or a gallery counter, holds an inline credit's marks near
    # its end, or names an agency alone, nothing else makes it a caption. Told
    # by a few string tests, the two labels matched only on a line opening
    # with a character that may open one (plain_openings; a digit may open a
    # counter, ``\d`` no other), and the agency asked only of a short line.
    patterns = _page_patterns(knowledge)
    stripped = text.strip()
    closing = stripped[-1:]
    if closing in patterns.plain_closers or (
        closing
        and closing not in ")]"
        and not may_hold_bare_separator(stripped[-_MAX_CREDIT_CHARS:])
    ):
        # The window _find_credit searches for an inline credit, and the
        # marks it looks for first.
        tail = stripped[-_MAX_CREDIT_CHARS - 20 :]
        first = text[:1]
        if (
            not (
                ":" in tail
                or "\uff1a" in tail
                or "\u2026" in tail
                or "..." in tail
                or "|" in tail
                or "\u00a9" in tail
                or "ourtesy " in tail
                or "OURTESY " in tail
                # "Pupils at the old library /AFP" (_described_before_agency:
                # a letter ends it, no sentence's end).
                or (closing not in patterns.plain_closers and "/" in tail)
            )
            and (
                (first.isascii() and first not in patterns.plain_openings)
                or (not stripped[:1].isdigit() and not _labels_may_open(text, stripped, patterns))
            )
            and (
                len(stripped) > patterns.plain_chars
                or not is_organization_line(text, knowledge=knowledge)
            )
        ):
            return False
    # A line of more than CAPTION_MAX_WORDS words is none, whatever else holds.
    # The readers below are pure and turn most lines down, so the words are
    # counted only for a line they take: a paragraph of 20 to 60 words is no
    # longer split to count them. A line of at most twice as many characters
    # holds at most that many words (each word and a space): no split; a
    # longer one is split no further than one word past the bound.
    return page_caption_unbounded(text, knowledge=knowledge) and (
        len(text) <= 2 * CAPTION_MAX_WORDS
        or len(text.split(None, CAPTION_MAX_WORDS)) <= CAPTION_MAX_WORDS
    )


def _by_a_small_letter(text: str, end: int, knowledge: Knowledge) -> bool:
    """Does the photo label ending at ``end`` end in ``by`` with a sentence's
    word in small letters after it: a function word of English (``Photo by a
    local artist will …``), the label's own word again (``Picture by
    picture, the archive …``), or any word a sentence's verb follows, an
    English auxiliary or a form of "be" in the same clause (``Photos by
    readers are welcome at the desk.``, ``Pictures by pupils will hang in
    the hall``; not after a comma, a sentence's end or a relative pronoun:
    ``Photo by Jane Roe, who was at the quay``, ``Photo by staff. The mayor
    is on the left.`` are credits), where a
    credit names someone (``Photo by Jane Roe``) or an agency or a picture
    library in small letters (``Photo by dpa/Jane Roe``, ``Photo by
    iStock``, ``Photo by picture alliance/dpa``)? String tests and set
    look-ups."""
    if text[end - 2 : end].casefold() != "by":
        return False
    after = text[end : end + _WORD_AFTER_BY_CHARS].split(None, 1)
    if not after or not after[0][:1].islower():
        return False
    word = after[0].rstrip(",;:.").casefold()
    label = text[:end].split(None, 1)[0].lstrip("([").casefold()
    if word == label or word in dict(knowledge.stop_words).get("en", frozenset()):
        return True
    rest = text[end:]
    if "/" in rest:
        return False
    for after_word in rest.casefold().split():
        if after_word in _VERBS_AFTER_BY:
            return True
        if after_word in _CLAUSE_OPENERS or after_word[-1:] in ",.;:!?":
            return False
    return False


# English auxiliaries and forms of "be": a sentence's verb after a photo
# label's "by" and a word in small letters (``Photos by readers are welcome
# …``); no credit holds one (``Photo by picture alliance via Getty Images``,
# ``Photos by readers of the Vale Post``).
_VERBS_AFTER_BY: Final = NARRATION_AUXILIARIES | MODAL_VERBS | {"is", "are"}
# Words opening a relative clause: a verb after one tells of the credited
# (``Photos by members of the camera club, which is 50 this year``,
# ``Photos by nature lovers who were at the lake``), no sentence's verb.
_CLAUSE_OPENERS: Final = frozenset("who whose whom which that".split())


# Enough characters after a photo label's ``by`` to hold the word after it.
_WORD_AFTER_BY_CHARS: Final = 24


def _running_time(text: str) -> bool:
    """Is ``text`` a video's running time, minutes and seconds (hours first in
    a long one: ``03:41``, ``1:02:15``)? String tests: no pattern compiled at
    import."""
    parts = text.split(":")
    return (
        2 <= len(parts) <= 3
        and 1 <= len(parts[0]) <= 2
        and all(part.isascii() and part.isdigit() for part in parts)
        and all(len(part) == 2 for part in parts[1:])
    )


def _running_time_and_source(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a running time, a dash or a bar and a ``Source:`` label
    naming a source (``03:41 - Source: Vale TV``)? The source is a name: its
    words open with a capital or a digit but a name's links (``Source: Friends
    of the Quay``), with no sentence's end; a live blog's entry stamped with
    the time of day and quoting its source (``14:05 - Source: a council officer
    says the vote is delayed``) is a paragraph. String tests."""
    time, _, rest = text.strip().partition(" ")
    rest = rest.lstrip()
    if not _running_time(time) or rest[:1] not in _RUNNING_TIME_SEPARATORS:
        return False
    label, colon, source = rest[1:].partition(":")
    words = source.split()
    links = knowledge.credit_name_links
    return (
        bool(colon)
        and label.strip().casefold() == "source"
        and 0 < len(words) <= _CREDIT_LINE_MAX_WORDS
        and source.rstrip()[-1:] not in knowledge.sentence_ends
        and all(w[:1].isupper() or w[:1].isdigit() or w in links for w in words)
    )


# What sets a video's running time apart from its source.
_RUNNING_TIME_SEPARATORS: Final = frozenset("-\u2013\u2014|")


def is_video_running_time(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A video player's line among a page's lines: the video's running time
    and its source or credit (``03:41 - Source: Vale TV``), no photo's caption
    (:func:`is_page_caption` reads none). (Not part of wirestory's API: the
    page layout leaves it out of the story.)

    >>> is_video_running_time("03:41 - Source: Vale TV")
    True
    >>> is_video_running_time("03:41")
    False
    >>> is_video_running_time("14:05 - Source: a council officer says the vote is delayed")
    False
    """
    # Most lines open with no digit, and a running time is short, its colon
    # among its first characters.
    if not text[:1].isdigit() or len(text) > _MAX_CREDIT_CHARS or ":" not in text[:3]:
        return False
    if _running_time_and_source(text, knowledge):
        return True
    found = _find_credit(text, knowledge, True)
    return found[1] is not None and _running_time(found[0])


def is_gallery_link(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A link to a photo gallery printed among a page's lines: a media word
    in the plural, a colon and a title (``Photos: The old quay through the
    years``), no caption (:func:`is_page_caption` reads none). (Not part of
    wirestory's API: the page layout leaves it out of the story.)

    >>> is_gallery_link("Photos: The old quay through the years")
    True
    >>> is_gallery_link("Photos: Jane Roe/Harbour Post")
    False
    >>> is_gallery_link("Photos: what we saw.")
    False
    """
    # Most lines asked are paragraphs, with no colon where a label's would
    # stand: turned down before the label's pattern is tried.
    if ":" not in text[:_GALLERY_LABEL_CHARS]:
        return False
    patterns = _page_patterns(knowledge)
    openings = patterns.photo_label_openings
    first = text[:1]
    if openings is not None and first.isascii() and first not in openings:
        return False
    label = patterns.photo_label.match(text, 0, None, False)
    if label is None or not _gallery_link(text, label, knowledge):
        return False
    # A gallery's title is a title: a few words, no full stop closing them (it
    # may ask). A paragraph opening with the label (a listing's "Photos: the
    # exhibition opens with forty prints …, and runs until May.") is prose,
    # left to the story's other rules, never dropped as a link.
    title = text[label.end() :]
    return (
        len(title.split(None, _GALLERY_TITLE_MAX_WORDS)) <= _GALLERY_TITLE_MAX_WORDS
        and title.rstrip()[-1:] not in knowledge.full_stops
    )


# Enough characters to hold a photo label in the plural and its colon
# (``Photo illustrations:``), white space and a bracket before it.
_GALLERY_LABEL_CHARS: Final = 32
# The most words of a gallery's title (``Crossgates Mall through the years``,
# ``The best pictures from the harbour festival's third night``).
_GALLERY_TITLE_MAX_WORDS: Final = 14


def _gallery_link(text: str, label: regex.Match[str], knowledge: Knowledge) -> bool:
    """Is the photo label opening ``text`` a media word in the plural and a
    colon, a title after it (a word in small letters no credit's name holds):
    a link to a gallery (``Photos: The old quay through the years``), where a
    credit names its makers (``Photos: Jane Roe and Tom Hale``, ``Photos:
    courtesy of the family``)? String tests and set look-ups."""
    found = label.group().strip().lstrip("([")
    word = found[:-1].rstrip().casefold()
    if found[-1:] != ":" or word[-1:] != "s" or word[:-1] not in knowledge.photo_labels:
        return False
    rest = text[label.end() :].split(None, _CREDIT_LINE_MAX_WORDS)
    if rest[:1] and rest[0].casefold() == "courtesy":
        return False
    links = knowledge.credit_name_links
    return any(w[:1].islower() and w not in links for w in rest)


def page_caption_unbounded(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """:func:`is_page_caption` but for its bound on the words. (Not part of
    wirestory's API; its tests hold :func:`is_page_caption` to it.)"""
    patterns = _page_patterns(knowledge)
    # Most lines open with a character no photo label opens with
    # (_photo_label_openings): the pattern is not tried on them.
    openings = patterns.photo_label_openings
    first = text[:1]
    label = (
        patterns.photo_label.match(text, 0, None, False)
        if (openings is None or not first.isascii() or first in openings)
        and _head_may_open(patterns.photo_label_heads, patterns.photo_label, text)
        else None
    )
    if (
        label is not None
        and not _by_a_small_letter(text, label.end(), knowledge)
        and not _gallery_link(text, label, knowledge)
    ) or is_organization_line(text, knowledge=knowledge):
        return True
    found = _find_credit(text, knowledge, True)
    if found[1] is not None and _running_time(found[0]):
        return False  # "03:41 - Source: Vale TV": a video's running time and source
    if _has_page_credit(found, knowledge):
        return True  # "… Credit... Jane Roe/Planet", "1 of 4 … REUTERS/Jane Roe"
    # Without a counter or label dropped (and no inline credit, which returned
    # above) the page form read the line as the plain one does: one reading.
    credit = _find_credit(text, knowledge, False)[1] if found[5] or found[6] else found[1]
    if credit is None:
        return False  # each reading below is of the credit (most lines have none)
    if text.rstrip()[-1:] in ")]" and _VIA_CREDIT.fullmatch(credit):
        return True  # "… back to the Moon [SpaceX via Nasa]": who gave the photo, through whom
    if _outlet_photo(credit):
        # "… on Tuesday. (Express Photo by Jane Roe)", "… on Tuesday. — Harbour
        # Post photo": the outlet's own photo
        return True
    if found[2] in ("parenthesized", "bare") and _photographer_slash_outlet(credit, knowledge):
        # "… on Monday. (Jane Roe/The Vale Post)" (Arc XP and Brightspot
        # papers), "… on Monday. | Jane Roe/The Vale Post": the staff
        # photographer and the paper, no agency named.
        return True
    if credit[:1].isupper() and (
        patterns.photo_label.match(credit)
        or _courtesy(credit)
        or _photo_slash(credit)
        # "… dal campanile. Foto di Luca Neri": a language's own "by" after
        # the label, names to the end (_preposition_credit).
        or _credit_keyword(knowledge).match(credit)
    ):
        # "… at dawn. - Photo: Jane Roe", "… at dawn — Photo: Jane Roe", "… at
        # dawn. (Photo by Jane Roe/Harbour Gazette)": a credit after a dash or
        # in parentheses that opens with a photo label names a photo's
        # maker, whoever it is (Gulf and South Asian sites); a capital opens
        # the label ("… for the camera - photo by his son" is a sentence's).
        return True
    return (
        parse_credit(credit, knowledge=knowledge).agency is not None
        and patterns.writer_title.search(credit) is None
    )


# A caption's last sentence, then a photo label, a language's own "by" and
# one capitalised word ending the line: "… dal ponte. Foto di Roma" (a
# photo of Rome, or of a photographer known by one name): the form cannot
# tell (_preposition_credit turns it down). A fixed look-behind, the label's
# literal alternation, a possessive run: linear; searched in the line's last
# _MAX_CREDIT_CHARS characters only.
@per_knowledge
def _unproved_preposition_credit(knowledge: Knowledge) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?<=[.!?]\s)(?i:{alternation(knowledge.photo_labels)})\s{{1,3}}"
        rf"{alternation(knowledge.photo_credit_prepositions)}\s{{1,3}}"
        r"\p{Lu}[\p{L}.'\u2019-]*+\s*+$"
    )


def unproved_preposition_credit(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> int:
    """Where ``text`` ends in a sentence, then a photo label, a language's own
    "by" and one capitalised word (``… dal ponte. Foto di Roma``): the
    offset of the label, -1 when it does not. No credit is read there (one
    word may be a place); the page layout flags a line so left out. (Not part
    of wirestory's API.)"""
    # The last three words asked first (string tests): most lines end in no
    # such words, and the pattern is neither built nor searched for them.
    last = text[-_MAX_CREDIT_CHARS:].rsplit(None, 3)
    if (
        len(last) < 3
        or last[-2] not in knowledge.photo_credit_prepositions
        or not last[-1][:1].isupper()
    ):
        return -1
    window = len(text) - _MAX_CREDIT_CHARS if len(text) > _MAX_CREDIT_CHARS else 0
    found = _unproved_preposition_credit(knowledge).search(text, window)
    return -1 if found is None else found.start()


def label_openings(knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> dict[str, frozenset[str] | None]:
    """The sieves of the page readers: for the caption labels
    (:func:`caption_label`), the credit marks (:func:`credit_mark`) and the
    photo labels (:func:`photo_label`), the ASCII characters a match may open
    with, None where any may. (Not part of wirestory's API; its tests hold
    each pattern to its sieve.)"""
    patterns = _page_patterns(knowledge)
    return {
        "caption_label": patterns.caption_label_openings,
        "credit_mark": patterns.credit_mark_openings,
        "photo_label": patterns.photo_label_openings,
    }


def credit_mark(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> regex.Match[str] | None:
    """Where a credit's mark opens ``text``: a photo label (``Photo: Jane
    Roe``), ``Courtesy of``, a copyright label (``© Jane Roe``), or None; how
    :func:`is_credit_line` reads a credit alone on its line."""
    return _page_patterns(knowledge).credit_marks.match(text)


def heads_may_open(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> dict[str, bool]:
    """May :func:`photo_label` and :func:`credit_mark` match ``text``, as the
    sieves of their heads ask it (its first ``_HEAD_CHARS`` characters,
    :func:`_head_may_open`)? By reader: ``photo_label``, ``credit_mark``.
    (Not part of wirestory's API; its tests hold each pattern to its sieve.)"""
    patterns = _page_patterns(knowledge)
    return {
        "photo_label": _head_may_open(patterns.photo_label_heads, patterns.photo_label, text),
        "credit_mark": _head_may_open(patterns.credit_mark_heads, patterns.credit_marks, text),
    }


def labels_may_open(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """May :func:`photo_label` match ``text``, or :func:`caption_label` the
    stripped ``text``, as :func:`is_page_caption`'s sieve asks it (by the
    line's first two characters first)? (Not part of wirestory's API; its
    tests hold it to the two patterns.)"""
    return _labels_may_open(text, text.strip(), _page_patterns(knowledge))


def photo_label(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> regex.Match[str] | None:
    """Where a photo label opens ``text`` (``Photo by Jane Roe``, ``(Image:
    AFP)``, ``Photos: ...``; :attr:`Knowledge.photo_labels
    <wirestory.Knowledge.photo_labels>`), or None.

    >>> photo_label("Photo by Jane Roe") is not None, photo_label("Photographs") is None
    (True, True)
    """
    return _page_patterns(knowledge).photo_label.match(text)


def copyright_label(
    text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> regex.Match[str] | None:
    """Where a copyright label opens ``text`` (``Image copyright Reuters``, ``©
    Jane Roe``; :attr:`Knowledge.copyright_labels
    <wirestory.Knowledge.copyright_labels>`), or None.

    >>> copyright_label("Image copyright Reuters").group()
    'Image copyright'
    """
    return _page_patterns(knowledge).copyright_label.match(text)


def credit_of_credit_line(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> str:
    """The credit a credit printed on a line of its own gives its caption: the
    line without a copyright label that is a word (BBC's ``Image copyright
    AFP`` gives ``AFP``), a sign kept as written (``© Jane Roe``).

    >>> credit_of_credit_line("Image copyright AFP"), credit_of_credit_line("© Jane Roe")
    ('AFP', '© Jane Roe')
    """
    line = _unbracketed_credit(line, knowledge)
    return _page_patterns(knowledge).copyright_word.sub("", line, count=1) or line


def caption_label(
    text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> regex.Match[str] | None:
    """Where a caption label and its white space open ``text`` (``Image caption
    The quay``; :attr:`Knowledge.caption_labels <wirestory.Knowledge.caption_labels>`),
    or None."""
    return _page_patterns(knowledge).caption_label.match(text)
