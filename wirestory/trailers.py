"""Trailers and advisories: the wire's notes around a story, kept as data.

At the end of a story (read from the last paragraph backwards):

- contributor lines: ``(Reporting by X in Y; Editing by Z)``, ``(Writing by …)``,
  ``Additional reporting by …``, ``Contributing: X, USA TODAY``, ``Associated
  Press writer X in Y contributed to this report.``, ``CNN's X and Y
  contributed to this report.``;
- copyright: ``Copyright 2024 The Associated Press. All rights reserved. …``, ``© 2024 Reuters``;
- the bare ``Reuter`` / ``Reuters`` sign-off, and ``___`` separator lines before notes;
- notes after a separator, and known disclosure lines (``The Associated Press
  Health and Science Department receives support from …``).

At the top: Reuters' bracketed advisories on an updated story,
``(Adds prime minister's reaction in paragraph 3, updates death toll)``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from typing import Final, Literal, NamedTuple

import attrs
import regex

from wirestory.bylines import (
    is_credential,
    is_email_address,
    is_organization_line,
    person_names,
)
from wirestory.datelines import is_site_name
from wirestory.knowledge import (
    DEFAULT_KNOWLEDGE,
    ContributorRole,
    Knowledge,
    alternation,
    per_knowledge,
)

__all__ = [
    "Contributor",
    "Trailer",
    "classify_trailer",
    "closes_story",
    "contact_detail",
    "contact_shaped",
    "find_advisory",
    "glued_sign_off",
    "glued_word_sign_off",
    "is_contact_label",
    "is_dashed_outlet",
    "is_dashed_sign_off",
    "is_dump_rule",
    "is_separator",
    "is_speech_word",
    "note_story_sentence",
    "opens_with_reporters",
    "reporter_contact",
    "signed_address",
    "signed_off_report",
]

# Patterns run on every paragraph of wire copy are called with ``concurrent``
# False by position (``match(text, 0, None, False)``): ``regex`` otherwise
# lets go of the interpreter lock around each match (docs/performance.md).


@attrs.frozen
class Contributor:
    """Someone credited in a trailer, with what they did.

    >>> classify_trailer("(Reporting by Indulal PM; Editing by Sunil Nair)").contributors[0]
    Contributor(name='Indulal PM', role='reporting', place=None)
    """

    name: str
    """As written."""
    role: ContributorRole
    """``reporting``, ``writing``, ``editing``, ``additional reporting``, ``contributing``,
    ``photography`` or ``video``."""
    place: str | None = None
    """Where they reported from (``in Cairo``), as written, or None."""


@attrs.frozen
class Trailer:
    """What one trailing paragraph is."""

    kind: Literal["contributors", "copyright", "sign-off", "separator", "note", "contact"]
    contributors: tuple[Contributor, ...] = ()


# Linear-time note: classify_trailer rejects paragraphs over 600 characters
# before any pattern but _SEPARATOR (anchored, possessive runs) runs, so the
# patterns below (lazy ".+?" in _PLACE included) cost a bounded amount per
# paragraph; the advisory pattern, which find_advisory runs on a whole
# paragraph, is anchored and its only repetition is bounded.

# ``… contributed reporting from Oslo.``, ``… contributed to this report from
# Kuala Lumpur.``: where the contributor reported from (``_place`` tells a
# place's shape; no Unicode property class here, which costs milliseconds to
# compile at import).
_CONTRIBUTED = regex.compile(
    r"(?P<who>.{1,300}?)\s++(?:also\s++)?contributed\s++(?:to\s++)?(?:this\s++)?(?:report|story|article)"
    r"(?:ing)?(?:\s++(?:from|in)\s++(?P<place>[^;]{1,80}?))?\.?+",
    regex.IGNORECASE,
)
# A place is one to five capitalised words (a comma allowed: ``Washington,
# D.C.``); a place in small letters (``… from home``) or words after it (``…
# from Oslo and Tom Hale from Bergen``) make no trailer.
_PLACE_MAX_WORDS = 5


def _place(text: str) -> str | None:
    """``text`` as a place (``Oslo``, ``New York``, ``Washington, D.C.``), or None."""
    words = text.replace(",", " ").split()
    if not 0 < len(words) <= _PLACE_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return None
    return text.strip()


_COPYRIGHT = regex.compile(
    r"\s*+(?:©|\(c\)\s*+\d|copyright\b\s*+(?P<next>.?))", regex.IGNORECASE | regex.DOTALL
)
# A year in a copyright notice (``Copyright Thomson Reuters 2019``); linear:
# bounded, searched in a paragraph of at most 600 characters.
# The marks that end a story's text: ``###`` (press releases, AP), ``-30-``
# (newspapers' copy), ``END``; a line holding nothing else.
# ``(END)`` and ``ENDS`` are the same mark as agencies and press offices type it;
# Indian agencies' and press offices' copy sets it between spaced dashes
# (``-- ends --``), and the Austrian agency APA ends a story with ``(Schluss)``
# ("end"), its desk's initials after it on the line (``(Schluss) ab/cd``).
END_MARKS = frozenset(
    {
        "###",
        "-30-",
        "- 30 -",
        "END",
        "-END-",
        "- END -",
        "(END)",
        "ENDS",
        "-ENDS-",
        "(ENDS)",
        "-- ends --",
        "-- ENDS --",
        "- ends -",
        "(Schluss)",
    }
)
# A take's last line, ``MORE``: the story goes on in the next take. It ends
# the text given as a sign-off does, but is no end mark: what follows it is
# the same story's next take, not a second story.
_TAKE_MARKS: Final = frozenset({"MORE", "(MORE)", "-MORE-", "- MORE -"})
# AFP's sign-off: the writers' and the editor's initials in small letters,
# joined by slashes (and a desk's code by a hyphen), alone on the story's last
# line (``jr/th``, ``str/xx``, ``bur-jr/th``). Linear: bounded groups, no
# nesting, run on a line of at most 40 characters.
_INITIALS_SIGN_OFF = re.compile(r"[a-z]{2,4}(?:[/-][a-z]{2,4}){1,5}")
_INITIALS_MAX_CHARS = 40
# Pairs of English words written with a slash (``and/or``, ``yes/no``) have
# the same shape; a line of only these is no sign-off.
_SLASHED_WORDS: Final = frozenset(
    {"and", "or", "his", "her", "he", "she", "him", "yes", "no", "on", "off", "in", "out", "up"}
)


def is_initials_sign_off(text: str) -> bool:
    """Whether ``text`` is an AFP sign-off of initials (``jr/th``, ``bur-jr/th``).

    >>> is_initials_sign_off("jr/th"), is_initials_sign_off("and/or"), is_initials_sign_off("jr-th")
    (True, False, False)
    """
    if len(text) > _INITIALS_MAX_CHARS or "/" not in text:
        return False
    if not _INITIALS_SIGN_OFF.fullmatch(text):
        return False
    return not all(part in _SLASHED_WORDS for part in re.split(r"[/-]", text))


_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")
# A notice naming its owner with no year is short (``Copyright AFP``,
# ``Copyright The Associated Press``): a longer line is a sentence about copyright.
_COPYRIGHT_MAX_WORDS = 8
# What a separator starts with, to turn a paragraph down before stripping it.
# Linear: anchored, one run of white space.
_SEPARATOR_START = re.compile(r"\s*[_*=-]")
# The marks a separator's rule is drawn with (``_SEPARATOR_START``'s class).
_SEPARATOR_MARKS: Final = frozenset("_*=-")
# The asterisms spaced too, ``* * *`` (a dump's rule between stories, a
# section break's), one space at most between stars: linear.
_SEPARATOR = regex.compile(r"\s*+(?:_{3,}+|-{3,}+|\*(?:\ ?+\*){2,}+|={3,}+)\s*+")
# The marks a dump's rule between stories is drawn with: a separator's, and
# the ones scripts and editors write too (``~~~~~``, ``+++++``, ``# # #``,
# ``• • •``, ``=-=-=-``, a row of dashes or box-drawing lines, ``—————``,
# ``─────``, ``═════``). A line of them names no word of a story.
_RULE_MARKS: Final = "-=_*~+#•·–—─━═"
# The marks a label is set between: no hash (``### Page 2 ###`` is a
# Markdown heading, read as one).
_LABEL_MARKS: Final = _RULE_MARKS.replace("#", "")
# A dump's rule: three marks or more, mixed or not, one space at most
# between them; or a short label between two runs of marks (or of angle
# brackets), as a script writes the record's number or an end mark between
# files (``--- page 2 ---``, ``===== 3 =====``, ``<<<END>>>``, ``*** END
# ***``). The label is up to five bounded words, no mark in them: linear on
# any line.
_DUMP_RULE = regex.compile(
    rf"[{_RULE_MARKS}](?:\ ?+[{_RULE_MARKS}]){{2,}}+"
    rf"|(?:[{_LABEL_MARKS}]{{2,}}+|<{{2,}}+)\ *+"
    r"[\p{L}\p{N}]{1,20}+(?:[ .:/#]{1,3}+[\p{L}\p{N}]{1,20}+){0,4}+"
    rf"\ *+(?:[{_LABEL_MARKS}]{{2,}}+|>{{2,}}+)"
)
# What a dump's rule opens with, to turn a line down by its first character.
_DUMP_RULE_FIRSTS: Final = frozenset(_RULE_MARKS + "<")


class _Patterns(NamedTuple):
    """The trailer patterns built from the agencies of a :class:`Knowledge`."""

    sign_off: regex.Pattern[str]
    """A bare sign-off: "Reuter", "AFP", "dpa" (Agency.sign_offs)."""
    signatures: frozenset[str]
    """What may follow a dash or stand in parentheses as a sign-off ("-- AP",
    "— Reuters", "(AFP)", "- Associated Press"): Agency.sign_offs, names and
    aliases, as written. A set, not an alternation: the pattern of several
    hundred names costs more to compile at import than all lookups."""
    writer_initials: frozenset[str]
    """The signatures of the agencies whose desks sign with one writer's
    initials alone (Agency.writer_initials: ``PTI ABC``)."""
    writer_prefix: regex.Pattern[str]
    """"Associated Press writer ", "CNN's senior producer " (Agency.staff)."""
    possessive: regex.Pattern[str]
    """"CNN's ", "AP's " (Agency.staff) before contributors' names."""
    advisory: regex.Pattern[str]
    """A wire advisory on an updated story: "(Adds ...)", "(Updates ...)",
    "(Recasts ...)" (Knowledge.advisory_verbs), or a note to editors ("Eds:
    ...", Knowledge.advisory_labels). Anchored; its repetitions are bounded or
    possessive, so it may run on a whole paragraph."""
    credit: regex.Pattern[str]
    """One credit of a contributor trailer: "Reporting by A and B in Cairo"
    (Knowledge.contributor_roles)."""
    roles: dict[str, ContributorRole]
    """The role each word of a credit gives, lower-case (Knowledge.contributor_roles)."""
    note_searches: tuple[tuple[str, str], ...]
    """Per word the notes hold (case-folded), the source of the alternation
    of the notes holding it: a paragraph is searched only for the notes whose
    word it holds. Searching the whole alternation in any case cost about
    65 µs a paragraph of 300 characters holding a common word (``follow``,
    ``updated``), the notes of one word under a microsecond. Each is
    compiled by :func:`_compiled_notes` when a paragraph first holds its word
    (the 19 words' patterns compiled at once cost about 11 ms a process, and
    most paragraphs hold none of the words)."""
    compiled_notes: dict[str, regex.Pattern[str]]
    """The note patterns compiled so far, by source (:func:`_compiled_notes`)."""
    note_openings: dict[str, tuple[str, ...]]
    """The openings read so far, by note source (:func:`_note_opened`)."""


@per_knowledge
def _patterns(knowledge: Knowledge) -> _Patterns:
    sign_offs = alternation(s for agency in knowledge.agencies for s in agency.sign_offs)
    staff = alternation(s for agency in knowledge.agencies for s in agency.staff)
    labels = knowledge.advisory_labels
    return _Patterns(
        sign_off=regex.compile(rf"\s*+{sign_offs}\s*+"),
        signatures=frozenset(
            s
            for agency in knowledge.agencies
            for s in (*agency.sign_offs, agency.name, *agency.aliases)
        ),
        writer_initials=frozenset(
            s
            for agency in knowledge.agencies
            if agency.writer_initials
            for s in (*agency.sign_offs, agency.name, *agency.aliases)
        ),
        writer_prefix=regex.compile(
            rf"(?:{staff}(?:'s|’s)?\s++(?:\w+\s++){{0,3}}?"
            rf"{alternation(knowledge.staff_titles)}s?\s++)",
            regex.IGNORECASE,
        ),
        possessive=regex.compile(rf"^{staff}(?:'s|’s)\s++"),
        advisory=regex.compile(
            rf"\s*+(?:\({alternation(knowledge.advisory_verbs)}\b[^()]{{0,400}}+\)"
            # A note to editors: its label, a colon or dash, then up to a few
            # sentences (possessive: the fullmatch fails at once past them).
            # A label of one word takes a colon only: before a dash it reads
            # as a name in capitals before an apposition ("EDS - the computer
            # services firm - said on Tuesday ...": a company, not "Eds").
            rf"|(?:(?i:{alternation(label for label in labels if ' ' in label)})\s*+[:\-–—]"
            rf"|(?i:{alternation(label for label in labels if ' ' not in label)})\s*+:)"
            r"[:\-–—]*+\s*+\S.{0,1200}+)\s*+"
        ),
        # "With additional reporting by Jane Roe", "— With reporting by Tom
        # Hale" (a dash or "With" before the role: British and Indian
        # papers' form under the story; silent55, kept as the story's last
        # paragraph, silently).
        credit=regex.compile(
            r"\s*+(?:[-–—]{1,2}\s*+)?(?:with\s++)?"
            rf"(?P<role>{alternation(word for word, _ in knowledge.contributor_roles)})"
            r"\s++by\s++(?P<who>.++)",
            regex.IGNORECASE,
        ),
        roles=dict(knowledge.contributor_roles),
        note_searches=tuple(
            (word, "|".join(phrase for held, phrase in knowledge.note_phrases if held == word))
            for word in dict.fromkeys(word for word, _ in knowledge.note_phrases)
        ),
        compiled_notes={},
        note_openings={},
    )


# What a note's pattern opens with when it is anchored: the literal letters,
# digits and spaces after its ``^`` (``^this (?:story|article) …`` opens
# with ``this ``), or after ``^(?:`` in each of the group's branches
# (``^(?:editors?(?:['’]s|s['’])? note|note to editors)`` opens with
# ``editor`` or ``note to editors``). A letter under a quantifier
# (``^editors?``) is not needed, so the opening ends before it.
_NOTE_OPENING: Final = r"([a-z0-9 ]*+)([?*+{]?)"
# Inline flags that make a pattern's ``^`` or its spaces mean something
# else (``(?m)``: a line's start; ``(?x)``: spaces ignored), carried into
# the notes after it in the word's alternation: no opening is read from
# the notes of a word holding one. These three are read only when a
# paragraph first holds a note's word: left to the ``regex`` module's cache,
# not compiled at import (``regex``'s, not ``re``'s: Python 3.10's ``re``
# knows no possessive quantifier).
_NOTE_OPENING_FLAGS: Final = r"\(\?([\^a-zA-Z0-9-]*+)"
# What a pattern's structure is read from: an escape, a set (a ``]``
# right after its ``[`` or ``[^`` is a member; one left open runs to the
# end), a parenthesis or a bar; the rest is skipped in C. The set's
# repetition is possessive over one character or an escape: linear.
_PATTERN_TOKEN: Final = r"(?s:\\.)|\[\^?+\]?+(?:(?s:\\.)|[^\]\\])*+\]?+|[()|]"
_QUANTIFIERS: Final = "?*+{"


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """The parentheses and bars of ``source`` (a pattern's) outside its sets
    and escapes, each with its index and the depth of groups it stands in
    (before it, for a parenthesis)."""
    depth = 0
    for token in regex.finditer(_PATTERN_TOKEN, source):
        char = token.group()
        if char == "(":
            yield token.start(), char, depth
            depth += 1
        elif char == ")":
            yield token.start(), char, depth
            depth -= 1
        elif char == "|":
            yield token.start(), char, depth


def _branches(source: str) -> list[str]:
    """``source`` split at each ``|`` outside its groups and sets."""
    cuts = [index for index, char, depth in _structure(source) if char == "|" and depth <= 0]
    return [
        source[start + 1 : end]
        for start, end in zip([-1, *cuts], [*cuts, len(source)], strict=True)
    ]


def _branch_openings(branch: str) -> tuple[str, ...]:
    """The openings one of which a text must start with for ``branch`` (a
    branch of a note's pattern) to match it, or () when none is read."""
    if branch[:1] != "^":
        return ()
    rest = branch[1:]
    if rest[:3] == "(?:":
        end = next((i for i, char, depth in _structure(rest) if char == ")" and depth == 1), -1)
        following = rest[end + 1 : end + 2]
        if end < 0:
            return ()
        alternatives = [_literal_opening(part) for part in _branches(rest[3:end])]
        if not all(alternatives):
            return ()
        if following == "?":
            # An optional group (``^(?:a version of )?this …``, ``^(?:please
            # )?see …``, ``^(?:foot|end)?notes``): the note opens with one of
            # the group's branches or, the group absent, with what follows
            # it (read as a branch of its own: ``^(?:the )?(?:views|opinions)``).
            # A lazy or possessive mark after the ``?`` changes neither.
            after = end + 2 + (rest[end + 2 : end + 3] in ("?", "+"))
            following_openings = _branch_openings("^" + rest[after:])
            return (*alternatives, *following_openings) if following_openings else ()
        if following and following in _QUANTIFIERS:
            return ()  # a group repeated (``*``, ``+``, ``{…}``): not read
        return tuple(alternatives)
    opening = _literal_opening(rest)
    return (opening,) if opening else ()


def _literal_opening(text: str) -> str:
    """The letters, digits and spaces ``text`` (a pattern's) opens with, but
    a last one under a quantifier."""
    literal = regex.match(_NOTE_OPENING, text)
    if literal is None:  # never: the pattern matches the empty string
        return ""
    return literal.group(1)[:-1] if literal.group(2) else literal.group(1)


def _note_openings(source: str) -> tuple[str, ...]:
    """The openings one of which a paragraph (case-folded) must start with
    for ``source`` (the alternation of the notes holding one word) to match,
    or () when one of its branches may match anywhere or its opening cannot
    be read (no ``^`` first or no letter after it, an inline ``m`` or ``x``
    flag).

    Wire copy's body paragraphs hold the notes' words (``published``,
    ``appeared``) as prose; the notes holding them are anchored notices
    (``^this (?:report|story|article) … published``). A paragraph that does
    not open with ``this `` needs no search, and a process need not compile
    the notes' pattern (about a millisecond each) for it."""
    if any("m" in flags or "x" in flags for flags in regex.findall(_NOTE_OPENING_FLAGS, source)):
        return ()
    openings: list[str] = []
    for branch in _branches(source):
        branch_openings = _branch_openings(branch)
        if not branch_openings:
            return ()
        openings += branch_openings
    return tuple(openings)


def _note_opened(patterns: _Patterns, source: str, folded: str) -> bool:
    """May ``folded`` (a paragraph's ``casefold()``) match ``source`` (one of
    ``note_searches``) by its opening (:func:`_note_openings`, read when
    first asked for, then kept)? An ``İ``, which IGNORECASE matches to
    ``i`` and casefold() makes two characters, makes every opening possible."""
    openings = patterns.note_openings.get(source)
    if openings is None:
        openings = _note_openings(source)
        patterns.note_openings[source] = openings
    return not openings or folded.startswith(openings) or "\u0307" in folded


def _compiled_notes(patterns: _Patterns, source: str) -> regex.Pattern[str]:
    """The note pattern of ``source`` (one of ``note_searches``), compiled
    when first asked for, then kept. Two threads
    asking first may both compile it; the patterns are equal, and either is
    kept."""
    compiled = patterns.compiled_notes.get(source)
    if compiled is None:
        compiled = regex.compile(source, regex.IGNORECASE)
        patterns.compiled_notes[source] = compiled
    return compiled


_SPLIT_NAMES = regex.compile(r",\s*+and\s++|,\s*+|\s++and\s++|\s*+&\s*+")
_PLACE = regex.compile(r"(?P<names>.+?)\s++in\s++(?P<place>\p{Lu}[^,;]*+)$")


def _people(text: str, role: ContributorRole) -> list[Contributor]:
    """``A and B in Cairo, C in Beirut`` as contributors with their places."""
    people: list[Contributor] = []
    pending: list[str] = []
    for part in _SPLIT_NAMES.split(text.strip().rstrip(".")):
        part = part.strip()
        if not part or ((pending or people) and is_credential(part)):
            # "Reviewed by Jane Roe, MD, FACP": the letters after a name are
            # the person's credentials, no one else.
            continue
        located = _PLACE.fullmatch(part, 0, None, False)
        if located:
            pending.append(located.group("names"))
            people += [
                Contributor(n.strip(), role, located.group("place").strip()) for n in pending
            ]
            pending = []
        else:
            pending.append(part)
    people += [Contributor(n.strip(), role) for n in pending]
    return people


def _all_names(people: Sequence[Contributor], knowledge: Knowledge) -> bool:
    """Every contributor is a person's name ("Reporting by the agency was thin"
    is a sentence, not a trailer); an agency credited for the pictures or the
    film ("Video by Reuters", "Photos by AP") is the credit's, no person."""
    return all(
        person_names(p.name, knowledge=knowledge) is not None
        and (p.role not in PICTURE_ROLES or not is_organization_line(p.name, knowledge=knowledge))
        for p in people
    )


# The roles of a credit for the story's pictures or film ("Photographs by",
# "Video by": Knowledge.contributor_roles). (Not part of wirestory's API: the
# enrichment asks it of a credit line out of the body.)
PICTURE_ROLES: Final = frozenset({"photography", "video"})
# The roles of a credit a page prints on a line of its own in the header or
# under the story, out of any trailer: the pictures' and the film's, and an
# expert's review ("Medically reviewed by Jane Roe, MD"). (Not part of
# wirestory's API: the page layout and the enrichment ask it.)
CREDIT_LINE_ROLES: Final = PICTURE_ROLES | {"reviewing"}


# A header's separator between its parts, spaced: "Medically reviewed by Jane
# Roe, MD — Written by Tom Hale — Updated on March 4, 2025".
_HEADER_PARTS = re.compile(r"(\s[—–|·•]\s)")
_HEADER_MARKS: Final = "—–|·•"


def header_credits(text: str, knowledge: Knowledge) -> tuple[str, tuple[Contributor, ...]] | None:
    """A header line with the parts between its separators (`` — ``, `` | ``,
    `` · ``) that credit the story's review, pictures or film (``Medically
    reviewed by Jane Roe, MD``: roles ``CREDIT_LINE_ROLES``) taken out: the
    line's other parts joined as written, and the contributors those parts
    name. None when no part is such a credit, or every part is. A health
    site prints the reviewer, the writer and the date on one line; read
    whole, it was no byline, or the credit the byline's organisation. String
    tests first: most lines hold no separator or no two ``by``. (Not part of
    wirestory's API: the page layout reads the byline from the rest, the
    enrichment the contributors.)"""
    if (
        ("by " not in text and "By " not in text and "BY " not in text)
        or not any(mark in text for mark in _HEADER_MARKS)
        or text.casefold().count("by ") < 2
        or _HEADER_PARTS.search(text) is None
    ):
        return None
    pieces = _HEADER_PARTS.split(text.strip())
    kept: list[str] = []
    people: list[Contributor] = []
    for number in range(0, len(pieces), 2):
        part = pieces[number]
        trailer = classify_trailer(part, knowledge=knowledge) if " by " in part.casefold() else None
        if (
            trailer is not None
            and trailer.contributors
            and all(c.role in CREDIT_LINE_ROLES for c in trailer.contributors)
        ):
            people += trailer.contributors
            continue
        if kept:
            kept.append(pieces[number - 1])
        kept.append(part)
    if not people or not kept:
        return None
    return "".join(kept), tuple(people)


def credit_parts(
    text: str, knowledge: Knowledge, stamp: Callable[[str], bool] | None = None
) -> tuple[tuple[str, Trailer], ...] | None:
    """The parts of a header line between its separators (`` | ``, `` — ``,
    `` · ``) that credit the story's review, pictures or film
    (``Reviewed by Jane Roe | Photographs by Tom Bay``: roles
    ``CREDIT_LINE_ROLES``), each with its trailer, when every other part is
    a stamp (``stamp``: a date line, ``Updated March 4, 2025``, or a
    reading time, ``5 min read``); else None. Read whole, such a line is no
    trailer, and the people were lost from a page's header, silently. String
    tests first: most lines hold no separator or no ``by``. (Not part of
    wirestory's API: the enrichment reads the contributors.)"""
    if (
        not any(mark in text for mark in _HEADER_MARKS)
        or "by " not in text.casefold()
        or _HEADER_PARTS.search(text) is None
    ):
        return None
    parts: list[tuple[str, Trailer]] = []
    for part in _HEADER_PARTS.split(text.strip())[::2]:
        trailer = classify_trailer(part, knowledge=knowledge) if " by " in part.casefold() else None
        if (
            trailer is not None
            and trailer.contributors
            and all(c.role in CREDIT_LINE_ROLES for c in trailer.contributors)
        ):
            parts.append((part, trailer))
        elif stamp is None or not stamp(part.strip()):
            return None
    # Two credits, or one beside a stamp (``Photographs by Tom Bay | Updated
    # March 4, 2025``, ``Reviewed by Jane Roe · 5 min read``).
    return tuple(parts) if parts and (len(parts) > 1 or stamp is not None) else None


def _contributors(text: str, knowledge: Knowledge) -> tuple[Contributor, ...] | None:
    body = text.strip()
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1]
    credits = [c for c in body.split(";") if c.strip()]
    people: list[Contributor] = []
    patterns = _patterns(knowledge)
    for credit in credits:
        match = patterns.credit.fullmatch(credit, 0, None, False)
        if match is None:
            return None
        people += _people(match.group("who"), patterns.roles[match.group("role").lower()])
    return tuple(people) if people and _all_names(people, knowledge) else None


# The labels of a line naming the story's contributors, case-folded, before
# its colon: ``Contributing: Tom Hale, USA TODAY`` under a story of the USA
# Today network's papers, ``Contributors: …``. (Not part of wirestory's API:
# the captions ask it of a line that might be a photo's credit.)
CONTRIBUTORS_LABELS: Final = frozenset(("contributing", "contributors", "contributor"))


def _labelled_contributors(text: str, knowledge: Knowledge) -> tuple[Contributor, ...] | None:
    """The people a ``Contributing:`` line names (``Contributing: Tom Hale,
    USA TODAY; Ann Lee, The Vale Post``, ``Contributing: Tom Hale and Ann
    Lee``), or None when ``text`` is no such line or names no person. Each
    credit (split at ``;``) is names, maybe the outlet after a last comma;
    an agency alone (``; The Associated Press``) credits no person."""
    label, colon, credits = text.partition(":")
    if not colon or label.strip().casefold() not in CONTRIBUTORS_LABELS:
        return None
    people: list[Contributor] = []
    for credit in credits.strip().rstrip(".").split(";"):
        credit = credit.strip()
        if not credit or is_organization_line(credit, knowledge=knowledge):
            continue
        people += _people(_without_outlet(credit, knowledge), "contributing")
    return tuple(people) if people and _all_names(people, knowledge) else None


def _without_outlet(credit: str, knowledge: Knowledge) -> str:
    """``credit``'s names without the outlet after its last comma: ``Tom
    Hale, USA TODAY`` and ``Tom Hale and Ann Lee, The Vale Post`` name the
    writers, then their paper. After a list's comma (``Tom Hale, Ann Lee and
    Jo Fox``, ``Tom Hale, Ann Lee, Jo Fox``) or a common given name
    (``Tom Hale, Ann Lee``: Knowledge.given_names) the last part is a
    person's."""
    names, comma, outlet = credit.rpartition(",")
    outlet = outlet.strip()
    if not comma or not outlet or _SPLIT_NAMES.search(outlet) is not None:
        return credit
    if person_names(outlet, knowledge=knowledge) is not None and (
        "," in names or outlet.split()[0].casefold() in knowledge.given_names
    ):
        return credit
    return names


# A press release's closing: the label over its contacts ("Media contact:",
# "Press Contacts", "Investor relations:", "For more information, contact:",
# "CONTACT: Tom Hale, +47 555 0100", the details after the colon on its line),
# and the distributor's "SOURCE Harbour Tech" line (PR Newswire's, in
# capitals as written). Linear: bounded runs, one alternation.
_CONTACT_LABEL = regex.compile(
    r"(?i:(?:for\ (?:more\ information|further\ information|media\ (?:inquiries|enquiries)),?\ "
    r"(?:please\ )?contact"
    r"|(?:(?:media|press|investor|news|pr)\ (?:and\ investor\ )?)?"
    r"(?:contacts?|inquiries|enquiries|relations)(?:\ details)?))"
    r"[ \t]*+(?::[ \t]*+(?P<rest>\S.{0,160}+)?|-)?"
)
# The first letters of _CONTACT_LABEL's words that may open it (for, media,
# press, investor, news, pr, contact, inquiries, enquiries, relations) in
# either case, and SOURCE's: a paragraph opening with another is no label.
_CONTACT_LABEL_FIRSTS: Final = "FfMmPpIiNnCcEeRrS"
# The first letters of _REPORTER_CONTACT's verbs (contact, reach, e-mail,
# write to, you can): other paragraphs are not matched.
_REPORTER_CONTACT_FIRSTS: Final = "CcRrEeWwYy"
_SOURCE_LINE = regex.compile(r"SOURCE[ \t]++\p{Lu}[^\n]{0,80}+")
# A line of a contact's details: a name, a title, a company, a telephone
# number, an address of e-mail or of the web. Short, and a sentence's end
# only where an address or a number stands.
_CONTACT_MAX_CHARS = 100
_CONTACT_MAX_WORDS = 12
_PHONE_DIGITS = 7


def is_contact_label(paragraph: str) -> bool:
    """Does ``paragraph`` open a press release's contacts (``Media contact:``,
    ``CONTACT: Tom Hale, +47 555 0100``), or is it the distributor's
    ``SOURCE Harbour Tech`` line?

    >>> is_contact_label("Media contact:"), is_contact_label("SOURCE Harbour Tech")
    (True, True)
    >>> is_contact_label("Contact the harbour office for tickets.")
    False
    """
    text = paragraph.strip()
    if len(text) > _CONTACT_MAX_CHARS * 2:
        return False
    if _SOURCE_LINE.fullmatch(text) is not None:
        return True
    found = _CONTACT_LABEL.fullmatch(text)
    return found is not None and (found.group("rest") is None or contact_shaped(found["rest"]))


def contact_shaped(paragraph: str) -> bool:
    """Could ``paragraph`` be a line of a press release's contacts: a name, a
    title, a company, a telephone number, an address (``Tom Hale``, ``+47 555
    0100``, ``press@harbourtech.example``)? Short; ending like a sentence only
    when it holds an address or a number.

    >>> contact_shaped("press@harbourtech.example"), contact_shaped("The app opens in May.")
    (True, False)
    """
    text = paragraph.strip()
    if not text or len(text) > _CONTACT_MAX_CHARS:
        return False
    if len(text.split(None, _CONTACT_MAX_WORDS)) > _CONTACT_MAX_WORDS:
        return False
    return contact_detail(text) or text[-1] not in '.!?"\u201d'


def contact_detail(text: str) -> bool:
    """Does ``text`` hold a contact's detail: an e-mail or web address, or a
    telephone number's digits (``press@harbourtech.example``, ``+47 555 0100``)?

    >>> contact_detail("+47 555 0100"), contact_detail("Tom Hale")
    (True, False)
    """
    return (
        "@" in text
        or "www." in text
        or "://" in text
        # str.isdigit of each character, mapped in C (no generator step a character).
        or sum(map(str.isdigit, text)) >= _PHONE_DIGITS
    )


# The most words before a writer's address signing a story (``Seoul, Korea
# (Yonhap) jrk@yna.co.kr``, ``By Jane Roe (jane.roe@valepost.example)``).
_SIGNED_ADDRESS_MAX_WORDS = 6


def reporter_contact(text: str) -> bool:
    """Is ``text`` a line telling readers how to reach the story's writer, as
    American papers print it under the last paragraph (``Contact the reporter
    at jane.roe@valepost.example``, ``Reach Jane Roe at jane.roe@… or
    01632 960123.``, ``You can email her at …``)? An imperative opening
    (contact, reach, e-mail, write to), the writer named as the reporter, a
    pronoun (not ``them``: a company's) or a name of capitalised words, then
    ``at``, ``on``, ``via`` or a colon and the contact's details alone: for a
    name, an e-mail address among them (``Contact Vale Ferries at 01632
    960123 for refunds.`` and ``Contact Vale Ferries at
    info@valeferries.example for refunds.`` are a story's service lines).
    The site's own ``Contact us at …`` names no writer: no trailer. It stayed
    the story's last paragraph, silently (silent52).

    >>> reporter_contact("Contact the reporter at jane.roe@valepost.example")
    True
    >>> reporter_contact("Contact us at news@valepost.example")
    False
    """
    stripped = text.strip()
    if len(stripped) > _CONTACT_MAX_CHARS * 2:
        return False
    found = _REPORTER_CONTACT.match(stripped)
    if found is None:
        return False
    rest = stripped[found.end() :]
    # The line is the contact's details alone (``… at jane.roe@… or 01632
    # 960123.``): a purpose after them (``Contact Vale Ferries at
    # info@valeferries.example for refunds.``, ``… to book a place``) makes
    # it the story's service line, which stays in the body.
    words = [word.strip("().,;:<>[]") for word in rest.split()]
    if not all(
        not word or word.casefold() in _CONTACT_LINKS or contact_detail(word) or _PHONE_PART(word)
        for word in words
    ):
        return False
    if found.group("name") is not None:
        return any(is_email_address(word) for word in words)
    return contact_detail(rest)


# The words a contact line sets between its details (``… at jane.roe@… or on
# X @janeroe``, ``phone 01632 960123``).
_CONTACT_LINKS = frozenset(
    "or and on at via by email e-mail mail phone tel tel. call text x twitter".split()
)
# A piece of a telephone number (``01632``, ``+44``, ``555-0100``).
_PHONE_PART = re.compile(r"\+?[\d\-]+").fullmatch


# The opening of a line telling readers how to reach the writer: a verb, the
# writer (the reporter, a pronoun or up to three capitalised words), then
# ``at``/``on``/``via`` or a colon. Each word bounded by a space, no run nested
# in another: linear.
_REPORTER_CONTACT = regex.compile(
    r"(?i:(?:you\ can\ )?(?:contact|reach|e-?mail|write\ to)\ )"
    r"(?:(?i:the\ (?:reporters?|writers?|authors?|columnists?|correspondents?)|him|her)"
    r"|(?P<name>\p{Lu}[\p{L}'’.\-]*+(?:\ \p{Lu}[\p{L}'’.\-]*+){0,2}))"
    r"(?:\ (?i:at|on|via|by)\ |:\ ?)"
)


def signed_address(text: str) -> bool:
    """Does ``text`` end in an e-mail address (maybe in brackets) after a few
    capitalised words alone: a writer's name or a bureau's place signing the
    story with the writer's address (``Jane Roe, jane.roe@valepost.example``,
    ``Seoul, Korea (Yonhap) jrk@yna.co.kr``)? Such a line under the story's
    last paragraph, with no ``(END)`` under it, stayed the body's last
    paragraph, silently. A sentence giving an address (``The council can be
    reached at info@vale.example.``) has words in small letters, or its full
    stop after the address: the story's.

    >>> signed_address("Jane Roe, jane.roe@valepost.example")
    True
    >>> signed_address("Readers can write to letters@valepost.example")
    False
    """
    parts = text.split()
    # A name or a place, then the address: two words at least (a blank line
    # or the address alone is no signature).
    if not 2 <= len(parts) <= _SIGNED_ADDRESS_MAX_WORDS + 1:
        return False
    if len(text.strip()) > _CONTACT_MAX_CHARS:
        return False
    *words, address = parts
    if not is_email_address(address.strip("()<>[]")):
        return False
    return all(word.lstrip("(")[:1].isupper() for word in words)


# A desk's signature under a story: the agency's name, then the initials of
# the writer and the editors in capitals (PTI's ``PTI ABC DEF RT``), or an end
# mark and the initials in small letters (APA's ``(Schluss) ab/cd``). Two to
# four people's initials of two or three letters each: an agency's name and
# one word in capitals (``AP US``, ``Reuters UK``, ``AFP TV``, ``AA NEWS``) is
# a line of the story or a service's name, no desk's signature. One writer's
# initials alone are three capitals (PTI's ``PTI ABC``), and only after an
# agency whose desk signs so (Agency.writer_initials): a country's code after
# another agency is three capitals as often (``AP USA``, ``Reuters USA``).
_DESK_INITIALS = re.compile(r"[A-Z]{2,3}")
# Three capitals that are a common abbreviation of a company's form, a post or
# an office (``PTI LTD``: the agency's company name; ``PTI CEO``: a line
# naming its chief), never read as one writer's initials: the line is the
# story's. PTI's writers' initials are other letters as often as not, so only
# words a story writes are listed.
_NOT_WRITER_INITIALS: Final = frozenset(
    "LTD INC PLC LLC LLP CEO CFO COO CTO MLA MLC MPS IPO GST GDP FIR NGO USA UAE".split()
)
_DESK_ONE_INITIALS = re.compile(r"[A-Z]{3}")
_DESK_MIN_INITIALS = 2
_DESK_MAX_INITIALS = 4
# The longest such signature: an agency's name and four initials, or an end
# mark and initials. A paragraph of the story is longer, turned down by its length.
_DESK_MAX_CHARS = 40


def _desk_signed(text: str, patterns: _Patterns) -> bool:
    """Is ``text`` a desk's signature: an agency's name and capitals'
    initials (``PTI ABC DEF RT``; one writer's ``PTI ABC`` after an agency of
    :attr:`~wirestory.Agency.writer_initials`), or an end mark and an
    initials sign-off (``(Schluss) ab/cd``)?"""
    if len(text) > _DESK_MAX_CHARS:
        return False
    head, _, rest = text.partition(" ")
    if not rest:
        return False  # one word: no signature of a desk
    if head in END_MARKS:
        return is_initials_sign_off(rest.strip())
    initials = rest.split()
    if len(initials) == 1:
        return (
            head in patterns.writer_initials
            and _DESK_ONE_INITIALS.fullmatch(initials[0]) is not None
            and initials[0] not in _NOT_WRITER_INITIALS
        )
    return (
        head in patterns.signatures
        and _DESK_MIN_INITIALS <= len(initials) <= _DESK_MAX_INITIALS
        and all(_DESK_INITIALS.fullmatch(word) is not None for word in initials)
    )


def classify_trailer(paragraph: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Trailer | None:
    """What a trailing paragraph is, or None when it is body text. ``knowledge``
    gives the agencies' sign-offs and staff credits (see :class:`~wirestory.Knowledge`).

    >>> classify_trailer("Copyright 2024 The Associated Press. All Rights Reserved.").kind
    'copyright'
    >>> [c.name for c in classify_trailer(
    ...     "Associated Press writer Jane Roe in Cairo contributed to this report.").contributors]
    ['Jane Roe']
    >>> classify_trailer("The talks will resume on Monday.") is None
    True
    """
    text = paragraph.strip()
    if is_separator(text):
        return Trailer("separator")
    if not text or len(text) > 600:
        return None
    patterns = _patterns(knowledge)
    if patterns.sign_off.fullmatch(text, 0, None, False) or text in END_MARKS:
        return Trailer("sign-off")
    if text in _TAKE_MARKS or is_initials_sign_off(text):
        return Trailer("sign-off")
    if is_dump_rule(text):
        # A dump's rule under the story (``~~~~~``, ``--- page 2 ---``,
        # ``<<<END>>>``), where the next story of the dump was cut off.
        return Trailer("separator")
    if _desk_signed(text, patterns):
        return Trailer("sign-off")
    if text[:1] in _SIGN_OFF_OPENINGS and (
        is_dashed_sign_off(text, knowledge=knowledge) or is_dashed_outlet(text, knowledge=knowledge)
    ):
        return Trailer("sign-off")
    if _is_copyright(text):
        return Trailer("copyright")
    if text[:1] in _CONTACT_LABEL_FIRSTS and is_contact_label(text):
        return Trailer("contact")
    if text[:1] in _REPORTER_CONTACT_FIRSTS and reporter_contact(text):
        return Trailer("contact")
    if is_email_address(text) or ("@" in text and signed_address(text)):
        # Yonhap's English copy ends with the writer's e-mail address alone on
        # a line over ``(END)`` (``jrk@yna.co.kr``): no sentence of a story;
        # so does the address after the writer's name or the bureau's place
        # (``Jane Roe, jane@…``, ``Seoul, Korea (Yonhap) jrk@…``).
        return Trailer("contact")
    # Cheap literal checks first: most paragraphs classified here are body text,
    # and the patterns below scan a whole paragraph. casefold() folds at least
    # what the patterns' IGNORECASE does ("ſ" to "s"), so no trailer is missed.
    folded = text.casefold()
    people = _contributors(text, knowledge) if "by" in folded else None
    if people:
        return Trailer("contributors", people)
    people = _labelled_contributors(text, knowledge) if text[:1] in "Cc" else None
    if people:
        return Trailer("contributors", people)
    contributed = _CONTRIBUTED.fullmatch(text, 0, None, False) if "contributed" in folded else None
    # The place to the paragraph's end, its full stop included (the pattern's
    # last ``\.?`` took the stop of ``D.C.``); one not shaped as a place (``…
    # from home``, ``… from Oslo and Tom Hale from Bergen``) makes no trailer.
    start = contributed.start("place") if contributed else -1
    place = _place(text[start:]) if start >= 0 else None
    if contributed and (start < 0 or place is not None):
        who = patterns.writer_prefix.sub("", contributed.group("who"), count=1)
        who = patterns.possessive.sub("", who)
        contributing = _people(who, "contributing")
        if contributing and _all_names(contributing, knowledge):
            if place is not None:
                # ``Jane Roe contributed reporting from Oslo.``: the place is
                # every contributor's who names none of their own.
                if place.endswith(".") and "." not in place.rsplit(None, 1)[-1][:-1]:
                    place = place[:-1]  # the sentence's full stop, not ``D.C.``'s
                contributing = [
                    p if p.place is not None else attrs.evolve(p, place=place) for p in contributing
                ]
            return Trailer("contributors", tuple(contributing))
    if "reported from" in folded:
        reporters = _reported_from(text, knowledge)
        if reporters:
            return Trailer("contributors", reporters)
    if _holds_note(text, folded, patterns):
        return Trailer("note")
    return None


def closes_story(text: str, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Does ``text`` (a stripped line) close a story: an end mark (``(END)``,
    ``-30-``) or a trailer in parentheses (``(Reuters)``, ``(Reporting by
    …)``), but not a take's ``(MORE)``, under which the same story goes on?
    Asked of many lines (the story splitter asks it of the line over each
    short one), so only a line in parentheses is classified."""
    return text in END_MARKS or (
        text[:1] == "("
        and text[-1:] == ")"
        and text not in _TAKE_MARKS
        and classify_trailer(text, knowledge=knowledge) is not None
    )


def _holds_note(text: str, folded: str, patterns: _Patterns) -> bool:
    """Does ``text`` (``folded`` its ``casefold()``) hold one of the notes
    (Knowledge.note_phrases)? Each note holds its word, so a note is searched
    for only in a text holding its word: a match of the whole alternation is
    a match of one of its notes. ``casefold()`` folds at least what the
    patterns' IGNORECASE does (``ſ`` to ``s``), so no note is missed. A
    word's notes all anchored are searched only in a text opening with one of
    their openings (:func:`_note_opened`)."""
    for word, notes in patterns.note_searches:
        if (
            word in folded
            and _note_opened(patterns, notes, folded)
            and _compiled_notes(patterns, notes).search(text, 0, None, False)
        ):
            return True
    return False


def note_story_sentence(paragraph: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> str | None:
    """The first sentence of a note paragraph (:func:`classify_trailer`'s
    ``note``) that is no note itself and runs to ``_STORY_SENTENCE_WORDS``
    words, or None: ``This story has been updated with the vote. Residents can
    still write to the council until Friday.`` holds a story's sentence after
    its note. Only a notice on the story itself opening the paragraph is
    read (``This story …``, ``A version of this article …``): a site's
    boilerplate of several sentences (``Follow @ValeDeals on X … Prices are
    subject to change without notice.``) holds no story. A note of two notes
    (``This story has been corrected. Follow Jane Roe on X.``) or with a
    short pointer (``Read the original article.``) holds none.

    >>> note_story_sentence("This story has been updated. Residents can still write to the "
    ...                     "council until Friday.")
    'Residents can still write to the council until Friday.'
    >>> note_story_sentence("This story has been updated with the vote.") is None
    True
    """
    sentences = _SENTENCE_BREAK.split(paragraph.strip())
    # Only a notice on the story itself opening the paragraph ("This story
    # has been updated …", "A version of this article …"): a site's
    # boilerplate runs to sentences of its own ("Follow @ValeDeals on X …
    # Prices are subject to change without notice.").
    if len(sentences) < 2 or _STORY_NOTICE.match(sentences[0]) is None:
        return None
    # The notes of the words each sentence holds, as classify_trailer searches
    # them: the whole alternation of the notes took about 11 ms to compile, paid
    # by the first process's paragraph asked here, and no more is found in it.
    patterns = _patterns(knowledge)
    if not _holds_note(sentences[0], sentences[0].casefold(), patterns):
        return None
    for sentence in sentences[1:]:
        if len(sentence.split(None, _STORY_SENTENCE_WORDS)) < _STORY_SENTENCE_WORDS:
            continue
        if not _holds_note(sentence, sentence.casefold(), patterns):
            return sentence
    return None


# Where a paragraph's sentences meet: a full stop, a question or exclamation
# mark, white space, a capital ("… with the vote. Residents …"). A lookbehind
# of one character and a lookahead of one: linear.
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?])\s++(?=\p{Lu})")
# A notice on the story itself: "This story …", "This article …", "A
# version of this article …". Anchored, bounded: linear.
_STORY_NOTICE = regex.compile(r"(?i:this|a version of this)\s{1,3}+\w")
# A sentence of the story is of this many words or more ("Read the original
# article." is a pointer of the note's).
_STORY_SENTENCE_WORDS = 6


# ``Jane Roe reported from Oslo and Tom Hale from Bergen.``: the words before
# each ``from`` (the first followed by ``reported``). ``re``, not ``regex``:
# cheaper to compile at import, and run only on a paragraph of at most 600
# characters (classify_trailer's bound), so a run of white space retried at
# each start costs a bounded amount.
_FROM = re.compile(r"\s+from\s+")
_REPORTED = re.compile(r"\s+(?:also\s+)?reported$")
# What joins one ``NAME from PLACE`` clause to the next: ``and``, ``;``, ``,``.
_CLAUSE_JOIN = re.compile(r"\s*[;,]\s*(?:and\s+)?|\s+and\s+")


def opens_with_reporters(paragraph: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Does ``paragraph`` open with people's names and ``reported from`` (``Jane
    Roe reported from Oslo and Tom Hale from the island of Senja.``) though it
    is no contributors trailer (:func:`classify_trailer`)? As the story's last
    paragraph it may credit the reporters in a form the trailer does not read
    (a place in small letters, words after it): the caller flags it. What
    was reported, a clause after the place (``Jane Roe reported from Oslo
    that the talks had failed.``), makes it a sentence of the story: False.

    >>> opens_with_reporters("Jane Roe reported from Oslo and Tom Hale from the island of Senja.")
    True
    >>> opens_with_reporters("Jane Roe reported from Oslo."), opens_with_reporters("It rained.")
    (False, False)
    >>> opens_with_reporters("Jane Roe reported from Oslo that the talks had failed.")
    False
    """
    text = paragraph.strip()
    at = text.find(" reported from ")
    if at <= 0 or at > _REPORTERS_MAX_CHARS or classify_trailer(text, knowledge=knowledge):
        return False
    # What was reported, a clause after the place ("… reported from Oslo that
    # the talks had failed."): a sentence of the story, no credit. Only the
    # first clause is looked at, before a second reporter's "and".
    place = text[at + len(" reported from ") :].partition(" and ")[0]
    if any(word in _REPORT_CLAUSE_OPENERS for word in place.split()):
        return False
    who = _REPORTED.split(text[: at + len(" reported")], 1)[0]
    people = _people(who, "reporting")
    return bool(people) and all(p.place is None for p in people) and _all_names(people, knowledge)


# The names before ``reported from`` are few (``Jane Roe and Tom Hale``).
_REPORTERS_MAX_CHARS = 120
# Words opening what was reported after ``reported from PLACE``: a clause
# of the story ("… from Oslo that the talks had failed", "… how the crews
# voted"), in small letters, as written.
_REPORT_CLAUSE_OPENERS: Final = frozenset(("that", "how", "whether", "what"))


def _reported_from(text: str, knowledge: Knowledge) -> tuple[Contributor, ...] | None:
    """A closing paragraph made only of ``NAME reported from PLACE`` clauses
    (``Jane Roe reported from Oslo and Tom Hale from Bergen.``, ``Jane Roe and
    Tom Hale reported from Oslo.``), read as contributors with their places,
    or None. Every name must be a person's and every place a place's shape
    (capitalised words): ``The crew reported from home.`` or ``Jane Roe
    reported from Oslo that the talks had failed.`` is a sentence of the
    story."""
    text = text.strip()
    if text.endswith(".") and "." not in text.rsplit(None, 1)[-1][:-1]:
        text = text[:-1]  # the sentence's full stop, not ``D.C.``'s
    pieces = _FROM.split(text)
    if len(pieces) < 2:
        return None
    first = _REPORTED.split(pieces[0], 1)
    if len(first) != 2 or first[1]:
        return None
    who = first[0]
    people: list[Contributor] = []
    for index, piece in enumerate(pieces[1:], 1):
        if index == len(pieces) - 1:
            place, following = piece, ""
        else:
            # ``Oslo and Tom Hale``: the place, then the next clause's names
            # (``reported`` again or not) after the last joining word.
            joins = list(_CLAUSE_JOIN.finditer(piece))
            if not joins:
                return None
            place, following = piece[: joins[-1].start()], piece[joins[-1].end() :]
            reported = _REPORTED.split(following, 1)
            following = reported[0] if len(reported) == 2 and not reported[1] else following
        if _place(place) is None or not who:
            return None
        named = _people(who, "reporting")
        if not named or any(p.place is not None for p in named):
            return None
        people += [attrs.evolve(p, place=place.strip()) for p in named]
        who = following
    return tuple(people) if _all_names(people, knowledge) else None


# What a sign-off after a dash or in parentheses opens with (``-- AP``,
# ``— Reuters``, ``(AFP)``): most paragraphs are turned down by their first
# character.
# The full-width parenthesis too: "… 語った。（共同）" (Japanese, Chinese).
# ``==Kyodo``: Kyodo's English copy signs off after two equals signs.
_SIGN_OFF_OPENINGS = frozenset("-–—(（=")
# The same, in order, for str.rfind.
_SIGN_OFF_OPENERS: Final = tuple(sorted(_SIGN_OFF_OPENINGS))
# The name after one or two dashes, or alone in parentheses; run only on lines
# of at most _SIGN_OFF_MAX_CHARS (the lazy name run retries the white space
# after it at each step: bounded by the line's length, so a bounded cost).
_SIGN_OFF_MAX_CHARS = 80
_DASHED = re.compile(
    r"\s*(?:(?:[-–—]{1,2}|==)\s*(?P<dashed>[^\s()].*?)"
    # ``(ANSA).``: ANSA closes its copy with its name in parentheses and a full stop.
    r"|[(（]\s*(?P<bracketed>[^()（）]*?)\s*[)）]\.?)\s*"
)


def is_dashed_sign_off(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A line holding only an agency's name after a dash or in parentheses: the
    sign-off some wire copy ends with (``-- AP``, ``— Reuters``, ``(AFP)``).

    >>> is_dashed_sign_off("-- AP"), is_dashed_sign_off("— Reuters")
    (True, True)
    >>> is_dashed_sign_off("-- and that was all, AP said")
    False
    """
    if len(line) > _SIGN_OFF_MAX_CHARS:
        return False  # no agency's name is that long: the pattern sees short lines only
    found = _DASHED.fullmatch(line)
    if found is None:
        return False
    name = found.group("dashed") or found.group("bracketed")
    signatures = _patterns(knowledge).signatures
    if name in signatures:
        return True
    if found.group("dashed") is not None:
        # "- Emirates News Agency, WAM –": the Emirati agency's sign-off, its
        # name and its alias after a comma, a dash closing it.
        parts = name.rstrip(_DASHES_AND_SPACE).split(", ")
        if len(parts) <= 2 and all(part in signatures for part in parts):
            return True
    if found.group("dashed") is not None and is_site_name(name.rstrip(_DASHES_AND_SPACE)):
        # "… to hold prices up. – Rapplah.com": a news site signs its own copy
        # with its address after a dash (Philippine and Indonesian sites).
        # Kept in the last paragraph, the sign-off was read as the story's
        # words, silently.
        return True
    # ``— With inputs from PTI``: Indian pages' sign-off on agency copy they edited.
    return (
        found.group("dashed") is not None
        and name[:_INPUTS_LENGTH].casefold() == _INPUTS
        and name[_INPUTS_LENGTH:].strip() in signatures
    )


def is_dashed_outlet(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A paper's or a broadcaster's name alone after a dash (``— Vale Post``,
    ``- Kellsmouth Echo``, ``– The Guardian``): two or three capitalised
    words, or one to three after ``The``, the last an outlet's
    (:attr:`Knowledge.outlet_words <wirestory.Knowledge.outlet_words>`). Sites
    sign their own copy so under its last paragraph as agencies do (``— AP``);
    a footer's dashed link (``- Privacy Policy``, ``— Back to top``) ends in
    no outlet's word. The sign-off was read as the page's footer, or as the
    last paragraph of wire copy, silently.

    >>> is_dashed_outlet("— Vale Post"), is_dashed_outlet("– The Guardian")
    (True, True)
    >>> is_dashed_outlet("- Privacy Policy"), is_dashed_outlet("— the post office")
    (False, False)
    """
    if len(line) > _SIGN_OFF_MAX_CHARS:
        return False
    found = _DASHED.fullmatch(line)
    name = found.group("dashed") if found is not None else None
    if name is None:
        return False
    words = name.rstrip(_DASHES_AND_SPACE).split()
    fewest = 2
    if words[:1] == ["The"]:
        words, fewest = words[1:], 1
    return (
        fewest <= len(words) <= _DASHED_OUTLET_MAX_WORDS
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and words[-1].casefold() in knowledge.outlet_words
    )


# The most words of an outlet's name after a dash, ``The`` aside (``— Vale
# Evening Post``); a longer run of capitalised words is a heading's.
_DASHED_OUTLET_MAX_WORDS: Final = 3
_DASHES_AND_SPACE = " -–—"
_INPUTS = "with inputs from "
_INPUTS_LENGTH = len(_INPUTS)


# The characters that may close a sentence after its end mark (``… said."``,
# ``… (in 2019.)``) before a sign-off glued on the same line.
_CLOSERS = "\"'\u201d\u2019)]"
# A sentence of at least this many words stands before a glued sign-off: a
# line of one or two words and a dash is no paragraph signed off.
_GLUED_MIN_WORDS = 3
# The CJK full stop, and the fewest characters of a sentence ending in it
# before a glued sign-off (a script with no spaces between words: each
# character weighs about a word).
_CJK_FULL_STOP: Final = "\u3002"
_GLUED_MIN_CJK_CHARS: Final = 6


@functools.lru_cache(maxsize=8)
def _sign_off_sentence_ends(sentence_ends: str) -> tuple[str, ...]:
    """The marks a glued sign-off follows (``glued_sign_off``): the sentence
    ends but the ellipsis, one string each."""
    return tuple(mark for mark in sentence_ends if mark != "…")


def glued_sign_off(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> int | None:
    """Where an agency's sign-off glued after a line's last sentence starts, or
    None: ``… said on Friday. -- AP`` gives the offset of ``--``.

    Wire copy and pages reprinting it end the last paragraph with the sign-off
    on the same line (``… on Friday. -- AP``, ``… coast. (AFP)``, ``… coast. —
    With inputs from PTI``): after a sentence's end mark (closing quotes
    allowed) and white space, what stands alone as a sign-off
    (:func:`is_dashed_sign_off`: a known agency's name after a dash or in
    parentheses). A photo's credit is no sign-off (``(AP Photo/Jane Roe)``,
    ``Jane Roe / AFP``: no agency's name alone), nor an agency named in a
    sentence's words (``… said, AP reported.``: no dash). Only the line's last
    ``_SIGN_OFF_MAX_CHARS`` characters are looked at.

    >>> text = "The ferry sails again on Monday. -- AP"
    >>> text[glued_sign_off(text):]
    '-- AP'
    >>> glued_sign_off("Crews on the quay at dawn. (AP Photo/Jane Roe)") is None
    True
    """
    text = line.rstrip()
    # A dash may close the sign-off ("… on Monday. - Emirates News Agency, WAM –").
    end = text[-1:] if text[-1:] not in _DASHES_AND_SPACE else text.rstrip(_DASHES_AND_SPACE)[-1:]
    if not (end.isalpha() or end in ")）"):
        return None  # most lines end in a full stop or a closing quote: no sign-off
    # The sentence's end marks of the knowledge but the ellipsis (a trailing
    # "…" is no end a sign-off follows): Hindi's danda "।" and the CJK "。" too,
    # "… खुला रहेगा। (भाषा)" as "… in May. (PTI)".
    ends = _sign_off_sentence_ends(knowledge.sentence_ends)
    if not any(map(text.__contains__, ends)):
        return None  # no sentence's end for a sign-off to follow (a headline, a menu)
    low = max(1, len(text) - _SIGN_OFF_MAX_CHARS)
    # Only a position holding an opening can start the sign-off: the walk
    # back starts at the rightmost one (found by str.rfind, in C), not at the
    # line's end; a line with none in its tail (``… the council said on
    # Friday``) is turned down without a step.
    last = len(text) - 1
    high = max(map(text.rfind, _SIGN_OFF_OPENERS, repeat(low), repeat(last)))
    for start in range(high, low - 1, -1):
        # "… 語った。（共同）": Japanese and Chinese set no space after their
        # full stop, the sign-off glued to it.
        if text[start] not in _SIGN_OFF_OPENINGS or not (
            text[start - 1].isspace() or text[start - 1] == _CJK_FULL_STOP
        ):
            continue
        before = text[:start].rstrip().rstrip(_CLOSERS)
        if before[-1:] not in ends or before.endswith(".."):
            continue
        if len(before.split(None, _GLUED_MIN_WORDS)) < _GLUED_MIN_WORDS and not (
            before[-1] == _CJK_FULL_STOP and len(before) >= _GLUED_MIN_CJK_CHARS
        ):
            return None
        if is_dashed_sign_off(text[start:], knowledge=knowledge):
            return start
    return None


def glued_word_sign_off(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> int | None:
    """Where a sign-off word of an agency glued after a story's last sentence
    starts, or None: Xinhua's English copy closes ``… in the northeast.
    Enditem`` on the last line. Only an agency's own sign-off word
    (``Agency.sign_offs``), after a sentence's end mark and a space, with a
    sentence of a few words before it; asked of the last line of wire copy
    only (a photo's caption ends in a bare credit the same way).

    >>> text = "Output rose in the northeast, the bureau said. Enditem"
    >>> text[glued_word_sign_off(text):]
    'Enditem'
    >>> glued_word_sign_off("The bureau said output would rise. Officials") is None
    True
    """
    text = line.rstrip()
    if not text[-1:].isalpha():
        return None  # most lines end in a full stop or a closing quote: no sign-off
    before, space, word = text.rpartition(" ")
    if not space or _patterns(knowledge).sign_off.fullmatch(word, 0, None, False) is None:
        return None
    sentence = before.rstrip().rstrip(_CLOSERS)
    if sentence[-1:] not in _sign_off_sentence_ends(knowledge.sentence_ends):
        return None
    if len(sentence.split(None, _GLUED_MIN_WORDS)) < _GLUED_MIN_WORDS:
        return None
    return len(before) + 1


def signed_off_report(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Is ``line`` a sentence reporting speech with an agency's sign-off glued
    on (``The river burst its banks overnight, officials said. — AFP``,
    ``… told reporters. (Reuters)``)? A word of ``Knowledge.speech_verbs``
    before the sign-off (:func:`glued_sign_off`) makes it a paragraph of the
    story: a photo's caption describes what the picture shows, and the
    layouts read the line as one with its credit otherwise.

    >>> signed_off_report("The dam held, the water board said. -- AP")
    True
    >>> signed_off_report("Crews secure the ferry at the quay. -- AP")
    False
    """
    cut = glued_sign_off(line, knowledge=knowledge)
    if cut is None:
        return False
    words = line[:cut].split()
    # A word of speech right before a quotation's opening mark gives the
    # words of a sign, a banner or a placard in a photo's caption ("A
    # banner that says 'Save the pier' hangs at the quay. — Reuters"); a
    # report attributes its speech after the quotation or with a colon.
    return any(
        is_speech_word(word, knowledge=knowledge)
        and not (following[:1] and following[0] in _OPENING_QUOTES and word[-1] not in ":,")
        for word, following in zip(words, [*words[1:], ""], strict=True)
    )


# The marks around a word of speech in a sentence, stripped before it is
# looked up: stops and commas, quotes, a bracket, and a script's own full
# stop and comma glued on as its sentence closes ("… महापौर ने कहा।", the
# mayor said, with the danda; "… قال رئيس البلدية،", with the Arabic comma).
_SPEECH_WORD_MARKS: Final = ".,;:\"'\u201d\u2019)\u0964\u0965\u060c"


def is_speech_word(word: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Is ``word``, without the marks around it, a word of
    ``Knowledge.speech_verbs``? A script's own full stop counts among the
    marks: "कहा।" (said, with the danda closing the sentence) is "कहा".

    >>> is_speech_word("said.")
    True
    >>> is_speech_word("\u0915\u0939\u093e\u0964")
    True
    """
    return in_speech_verbs(word, knowledge.speech_verbs)


def in_speech_verbs(word: str, speech_verbs: frozenset[str]) -> bool:
    """:func:`is_speech_word` against ``speech_verbs`` (a page's patterns hold
    the set, not the knowledge)."""
    return word.strip(_SPEECH_WORD_MARKS).casefold() in speech_verbs


# The marks that open a quotation: straight and curly, double and single.
_OPENING_QUOTES: Final = "\"'\u201c\u2018"


def _is_copyright(text: str) -> bool:
    """A copyright notice: ``©`` or ``(c)`` and a year, or ``Copyright`` followed
    by a year, a mark or nothing (``Copyright 2024 The Associated Press.``,
    ``Copyright © Reuters``), or by a name in a notice holding a year or
    ``rights reserved`` or of a few words (``Copyright AFP``). ``Copyright``
    followed by a lower-case word opens a sentence about copyright (``Copyright
    law was changed in 1998, the court said.``), the last paragraph of a story
    about it: body text, which was read as a copyright trailer."""
    match = _COPYRIGHT.match(text, 0, None, False)
    if match is None:
        return False
    after = match.group("next")
    if after is None or not after.isalpha():
        return True  # "©", "(c) 2024", "Copyright 2024", "Copyright:", "Copyright" alone
    if after.islower():
        return False
    return (
        _YEAR.search(text) is not None
        or "reserved" in text.casefold()
        or len(text.split(None, _COPYRIGHT_MAX_WORDS)) <= _COPYRIGHT_MAX_WORDS
    )


def is_separator(paragraph: str) -> bool:
    """True for a separator line before a story's notes (``___``, ``---``, ``***``).

    >>> is_separator(" ___"), is_separator("The end.")
    (True, False)
    """
    # A paragraph opening with a character neither white space nor a rule's
    # (most open with a letter) is turned down by that character, without
    # the pattern's call: ``_SEPARATOR_START`` needs one of them first.
    first = paragraph[:1]
    if first not in _SEPARATOR_MARKS and not first.isspace():
        return False
    return (
        _SEPARATOR_START.match(paragraph) is not None
        and _SEPARATOR.fullmatch(paragraph.strip(), 0, None, False) is not None
    )


def is_dump_rule(text: str) -> bool:
    """Is ``text`` a rule a dump sets between two stories: a line of marks
    alone (``-----``, ``~~~~~``, ``+++++``, ``# # #``, ``=-=-=-``,
    ``─────``), or a short label between two runs of marks (``--- page 2
    ---``, ``=== 3 ===``, ``<<<END>>>``)? Scripts that join files or records
    print such a line between them; no sentence of a story is one. Wider
    than :func:`is_separator` (the rule over a story's own notes), which the
    trailers' walk keeps to.

    >>> is_dump_rule("--- page 2 ---"), is_dump_rule("<<<END>>>"), is_dump_rule("- 3 -")
    (True, True, False)
    """
    stripped = text.strip()
    if stripped[:1] not in _DUMP_RULE_FIRSTS or len(stripped) > _DUMP_RULE_MAX_CHARS:
        return False
    return _DUMP_RULE.fullmatch(stripped, 0, None, False) is not None


# A rule longer than a wide terminal's line is no dump's rule line (a table's
# border, ASCII art): turned down before the pattern.
_DUMP_RULE_MAX_CHARS = 200


def find_advisory(paragraph: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """True for a Reuters advisory line on an updated story, opening with one of
    ``knowledge``'s :attr:`~wirestory.Knowledge.advisory_verbs`, or a note to
    editors opening with one of its :attr:`~wirestory.Knowledge.advisory_labels`.

    >>> find_advisory("(Adds prime minister's reaction in paragraph 3, updates death toll)")
    True
    >>> find_advisory("Eds: Updates with closing prices.")
    True
    >>> find_advisory("(The figures are provisional.)")
    False

    Under ``Advisory``, a word a public notice opens with too, the note must
    speak to the desk (:data:`_ADDRESSES_DESK`):

    >>> find_advisory("ADVISORY: Editors please note the story below contains strong language.")
    True
    >>> find_advisory("Advisory: Residents no longer need to boil their tap water.")
    False
    """
    if _patterns(knowledge).advisory.fullmatch(paragraph, 0, None, False) is None:
        return False
    opening = paragraph.lstrip()
    if opening[: len(_PUBLIC_NOTICE_LABEL)].casefold() != _PUBLIC_NOTICE_LABEL:
        return True
    return _ADDRESSES_DESK.search(opening) is not None and not _attributed_lead(opening, knowledge)


def _attributed_lead(text: str, knowledge: Knowledge) -> bool:
    """Does ``text`` close on a clause attributing its speech after a comma
    (``…, the council said on Saturday.``)? Then, under ``Advisory``, it is a
    story's lead that names what a note to the desk names (a public
    advisory's ``Advisory: Residents should not share images of the flooded
    road, police said on Saturday.``), no note to editors. Only that label
    is so asked: a note under ``Eds:`` or Reuters' ``(Adds …)`` may quote
    someone too (``(Adds quotes from the minister, who told reporters the
    plan stands)``) and stays a note."""
    head, comma, clause = text.rstrip().rpartition(",")
    words = clause.split()
    return (
        bool(comma and head)
        and len(words) <= _ATTRIBUTION_MAX_WORDS
        and any(is_speech_word(word, knowledge=knowledge) for word in words)
    )


# The most words of a clause attributing a lead's speech after its last
# comma (", a spokesman for the port authority said on Saturday.").
_ATTRIBUTION_MAX_WORDS: Final = 8


# A label a public notice opens with too: a health board's, a weather office's
# or a council's advisory ("Advisory: Residents no longer need to boil their tap
# water.", a page's lead; "Advisory: Boil-water notice lifted for Vale
# residents", a headline over its deck). Read as a note to editors (heldout21's
# "ADVISORY: Editors please note the story below …"), the lead left the body
# for the notes and the deck became the headline, silently. Under it a note
# to editors names them, the story, its embargo or what it shows.
_PUBLIC_NOTICE_LABEL: Final = "advisory"
# Words a note to editors speaks to the desk with; a word each, searched in a
# paragraph of at most a few sentences (the advisory pattern's bound): linear.
_ADDRESSES_DESK: Final = re.compile(
    r"\b(?:editors?|eds|stor(?:y|ies)|article|item|embargo\w*|graphic|footage|images?"
    r"|photos?|language|content)\b",
    re.IGNORECASE,
)
