"""Bylines: who wrote a story, from a line such as ``By JANE DOE and JOHN ROE, Associated Press``.

Names are kept exactly as written (``ABBY GOODNOUGH`` stays in capitals, a name
containing "by" is never cut). What follows the names after a comma is the
organisation or the writer's title (``Associated Press``, ``AP Science Writer``).
Lines that look like bylines but are page furniture — ``Email the author``,
``3 minutes ago``, ``5 Minute Read``, dates, a site's name alone — give no names.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

import attrs
import regex

from wirestory.agencies import find_agency
from wirestory.knowledge import (
    DEFAULT_KNOWLEDGE,
    Knowledge,
    alternation,
    month_words,
    per_knowledge,
    writer_title_pattern,
)
from wirestory.lines import has_case, holds_invisible, without_invisible

__all__ = [
    "Byline",
    "bracketed_byline",
    "catalan_opener",
    "catalan_writers",
    "credit_for_outlet",
    "find_byline",
    "find_page_byline",
    "given_names_byline",
    "is_organization_line",
    "names_a_writer",
    "names_hold_function_words",
    "organization_under",
    "outlet_may_be_writer",
    "page_person_names",
    "person_names",
    "place_after_name",
    "script_byline",
    "slashed_name",
    "writer_for_outlet",
    "writer_title",
    "writes_catalan",
    "writes_hausa",
]

# Patterns run on every paragraph of wire copy are called with ``concurrent``
# False by position (``match(text, 0, None, False)``): ``regex`` otherwise
# lets go of the interpreter lock around each match (docs/performance.md).

_MAX_WORDS = 16
# Longer lines are never bylines; checking the length first keeps the work per
# line constant however long the line is.
_MAX_CHARS = 300


@attrs.frozen
class Byline:
    """A story's byline.

    >>> b = find_byline("By JANE DOE and JOHN ROE, Associated Press")
    >>> b.names, b.organization
    (('JANE DOE', 'JOHN ROE'), 'Associated Press')
    """

    raw: str
    """The byline as written, stripped; an organisation line printed under it
    (AP's ``Associated Press``) follows after a line feed."""
    names: tuple[str, ...]
    """The people named, as written."""
    organization: str | None
    """The organisation or title after the names, as written, or None."""


# Linear-time note for every pattern here: find_byline and is_organization_line
# reject lines over _MAX_CHARS characters first, so each pattern runs on at most
# 300 characters from one anchored position, with possessive runs.


# "By", its translations (German "Von", French "Par", Spanish/Portuguese "Por",
# Italian "Di", Dutch "Door") and the "Story by" / "Written by" / "Words by"
# forms: Knowledge.byline_openers and Knowledge.byline_frames.
@per_knowledge
def _opener(knowledge: Knowledge) -> regex.Pattern[str]:
    return regex.compile(
        rf"\s*+(?:{alternation(knowledge.byline_frames)}\s++)?{alternation(knowledge.byline_openers)}"
        r"(?::|\s)\s*+(?P<rest>\S.*+)"
    )


# What person_names reads: a run that starts with a non-space and holds no line
# feed, as the names after a byline's opener (anchored, possessive: linear).
_NAMES_TEXT = regex.compile(r"\s*+(?P<rest>\S.*+)")


# The words that are never part of a name are Knowledge.byline_non_name_words.
# A name: one to five words, each capitalised (or a lower-case particle,
# Knowledge.name_particles), letters, apostrophes, hyphens and initials only;
# after its first word, a nickname of one or two capitalised words in double
# quotes may stand (``Jane "JR" Roe``, ``Jane “Annie May” Roe``: writers of
# gaming and sports sites sign so). A soldier's rank may hold an ordinal before
# "Class" (``Sgt. 1st Class Jane Roe``, ``Petty Officer 2nd Class Tom Hale``:
# military papers' bylines), a name's word after it (``By Sgt. 1st Class`` names
# no one); the name keeps its rank as ``Dr. Jane Roe`` does.
@per_knowledge
def _name(knowledge: Knowledge) -> regex.Pattern[str]:
    capitalised = r"\p{Lu}[\p{L}\p{M}'’.-]*+"
    # A particle stands before a name's capitalised word, maybe after another
    # particle (``Jan van der Berg``), never last: ``By Jane Roe do`` holds
    # an English word, no name ``Jane Roe do``.
    particle = rf"{alternation(knowledge.name_particles)}\b"
    word = rf"(?:{capitalised}|{particle}(?=(?: {particle})*+ \p{{Lu}}))"
    later = rf"(?:{word}|(?:1st|2nd|3rd) Class\b(?= {word}))"
    nickname = rf"(?:\"{capitalised}(?: {capitalised})?\"|“{capitalised}(?: {capitalised})?”)"
    return regex.compile(rf"{word}(?: {nickname})?(?: {later}){{0,4}}(?:,? (?:Jr\.|Sr\.|II|III))?")


# Between two writers' names: "and", "&", German "und", French "et", Spanish
# "y", Portuguese and Italian "e", Indonesian and Malay "dan" ("Oleh Budi
# Santoso dan Siti Rahma"), Turkish "ve", Uzbek "va", Basque "eta", Maltese
# "u", Armenian "և", Kazakh "және" (the languages whose byline labels are
# read: two writers joined so went unread), or a comma.
# "BY JANE ROE AND TOM HALE": a byline in capitals joins its writers with
# "AND" in capitals (in title case "And" stays a name's word).
_SEPARATORS = regex.compile(
    r",? and |,? AND |,? & | und | et | y | e | dan | ve | va | eta | u | և | және |, "
)


# The same after Dutch "door", where "en" joins two writers ("door Jan de
# Vries en Piet Bakker"); after another opener "en" is Spanish or French "in"
# ("por Ana Ruiz en Buenos Aires": a place).
_DUTCH_SEPARATORS = regex.compile(r",? and |,? AND |,? & | en |, ")

# The same after Norwegian and Swedish "av" and Danish "af", where "og" (Norwegian, Danish) and
# "och" (Swedish) join two writers ("Av Kari Holm og Ola Dahl"): read with
# "and" alone, the line was no byline and became a subheading.
_NORDIC_SEPARATORS = regex.compile(r",? and |,? AND |,? & | og | och |, ")


def _names(
    text: str, knowledge: Knowledge, separators: regex.Pattern[str] = _SEPARATORS
) -> tuple[str, ...] | None:
    """The names in ``text``, or None if any part is not a name."""
    parts = [p.strip() for p in separators.split(text)]
    if not parts or not all(parts):
        return None
    last = parts[-1].split()
    if (
        len(parts) > 1
        and len(last) == 2
        and all(" " not in part for part in parts[:-1])
        and not _group_word(last[1], knowledge)
    ):
        # "Av Kari og Ola Nordmann", "By Jane and Tom Roe": a couple or
        # siblings sign with their given names and the family name once,
        # after the last; each writer's name is their given name and it.
        # A desk's or a team's signature ends in its group's word ("By Sales
        # and Marketing Team", "By News and Sport Desk"): no family name.
        parts = [f"{part} {last[1]}" for part in parts[:-1]] + [parts[-1]]
    for part in parts:
        words = part.replace(".", " ").split()
        if len(words) < 2:
            return None  # "By June", "By Staff": a person's name has two words or more
        if not part[:1].isupper():
            # "Por Jane Roe, da Redação", "Por Jane Roe, do UOL": a particle
            # opens the newsroom's or outlet's name (Brazilian sites); a
            # person's name in a byline starts with a capital ("Ana da Silva").
            return None
        if _name(knowledge).fullmatch(part, 0, None, False) is None or any(
            w.lower() in knowledge.byline_non_name_words and not _staff_rank(words, i)
            for i, w in enumerate(words)
        ):
            return None
        if is_organization_line(part, knowledge=knowledge):
            return None
        if len(parts) == 1 and words[-1].lower() in knowledge.byline_outlet_words:
            # "By Global Times", "By Vale Tribune": a lone signature ending in
            # a newspaper's word is the outlet's (a writer surnamed "Times"
            # alone reads so too); "By Jane Roe and Tom Times" names two.
            return None
        if (
            words[0].isupper()
            and not words[-1].isupper()
            and is_organization_line(words[-1], knowledge=knowledge)
        ):
            # "JANE ROE Reuters": a name in capitals, then an agency in
            # another case; no one name mixes the two.
            return None
    return tuple(parts)


# The rank's word after "Staff" in a soldier's title ("Staff Sgt. Jane Roe",
# "Staff Sergeant Tom Hale"): "Staff" there is no newsroom's word, the name
# keeps its rank as "Sgt. Jane Roe" does.
_STAFF_RANKS: Final = frozenset({"sgt", "sergeant"})


def _staff_rank(words: list[str], index: int) -> bool:
    """Is ``words[index]`` ``Staff`` opening a rank (``Staff Sgt.``, ``Staff
    Sergeant``) before a name's two words or more? ``words`` is a name's
    words with its full stops taken out."""
    return (
        words[index] == "Staff"
        and index + 1 < len(words)
        and words[index + 1].lower() in _STAFF_RANKS
        and len(words) - index - 2 >= 2
    )


def _group_word(word: str, knowledge: Knowledge) -> bool:
    """Does ``word`` name a group, an outlet or a title, never a family
    name (``Team``, ``Desk``, ``Department``, ``Times``)?"""
    folded = word.lower()
    return (
        folded in knowledge.byline_non_name_words
        or folded in knowledge.byline_title_words
        or folded in knowledge.institution_words
        or folded in knowledge.outlet_words
    )


@per_knowledge
def _longest_agency_name(knowledge: Knowledge) -> int:
    """The length of the longest case-folded name or alias of ``knowledge``'s agencies."""
    return max(
        (
            len(spelling.casefold())
            for agency in knowledge.agencies
            for spelling in (agency.name, *agency.aliases)
        ),
        default=0,
    )


@per_knowledge
def _agency_spellings(knowledge: Knowledge) -> frozenset[str]:
    """The case-folded names and aliases of all of ``knowledge``'s agencies."""
    return frozenset(
        spelling.casefold()
        for agency in knowledge.agencies
        for spelling in (agency.name, *agency.aliases)
    )


@per_knowledge
def _agency_table(knowledge: Knowledge) -> tuple[int, frozenset[str]]:
    """:func:`_longest_agency_name` and :func:`_agency_spellings` by one call:
    :func:`is_organization_line` asks both of every short line of a page's story."""
    return _longest_agency_name(knowledge), _agency_spellings(knowledge)


def organization_line_bound(knowledge: Knowledge) -> int:
    """The most characters a stripped line :func:`is_organization_line` takes
    may hold: the longest agency name and the ``The `` and ``the `` it drops
    before comparing. A longer line is none, whatever it holds. (Not part of
    wirestory's API: the page caption reader's turn-down asks it.)"""
    return _agency_table(knowledge)[0] + len("The the ")


def agency_spellings(knowledge: Knowledge) -> frozenset[str]:
    """The case-folded names and aliases of ``knowledge``'s agencies: a line
    :func:`is_organization_line` takes, stripped and without its ``The `` or
    ``the ``, folds to one of them. (Not part of wirestory's API: the page
    layout's credit-line sieve asks it.)"""
    return _agency_table(knowledge)[1]


def is_organization_line(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A line naming only an agency, as AP prints ``Associated Press`` under the byline.

    >>> is_organization_line("Associated Press"), is_organization_line("Associated Press said")
    (True, False)
    """
    if len(text) > _MAX_CHARS:
        return False
    stripped = text.strip().removeprefix("The ").removeprefix("the ")
    longest, known = _agency_table(knowledge)
    # Case folding never shortens a string: a line longer than every agency's
    # name is none of them, and most lines (paragraphs) are turned down here.
    if len(stripped) > longest:
        return False
    # The line is one of the spellings of the agency it names, so one of all the
    # agencies' spellings: a set lookup turns down what the search would.
    if stripped.casefold() not in known:
        return False
    agency = find_agency(stripped, knowledge=knowledge)
    if agency is None:
        return False
    spellings = {a.casefold() for a in agency.aliases} | {agency.name.casefold()}
    return stripped.casefold() in spellings


def organization_under(
    byline: Byline, line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> Byline | None:
    """The byline and the line printed under it, when that line names only an
    agency (AP's ``By JANE DOE`` / ``Associated Press``) or is only the
    writer's title (``By Jane Roe`` / ``Transport Correspondent``, as sites
    print the title on a line of its own): ``raw`` holds both lines, the
    organisation is the byline's own or else that line. None when the line is
    neither. Every layout claims the line under a byline with this one rule
    (:func:`is_organization_line`, :func:`_title_alone`).

    >>> byline = find_byline("By JANE DOE")
    >>> organization_under(byline, "Associated Press").organization
    'Associated Press'
    >>> organization_under(byline, "Senior Business Reporter").organization
    'Senior Business Reporter'
    >>> organization_under(byline, "Associated Press said on Monday") is None
    True
    """
    if not is_organization_line(line, knowledge=knowledge) and not _title_alone(line, knowledge):
        return None
    return Byline(
        raw=f"{byline.raw}\n{line.strip()}",
        names=byline.names,
        organization=byline.organization or line.strip(),
    )


# A writer's title alone on its line is a few words (``Chief Political
# Correspondent``); a longer line is a sentence naming a reporter.
_TITLE_ALONE_MAX_WORDS: Final = 5
# Small words a title holds between its capitalised ones (``Arts and Culture Editor``).
_TITLE_SMALL_WORDS: Final = frozenset({"and", "of", "&"})


def _title_alone(line: str, knowledge: Knowledge) -> bool:
    """Is ``line`` only a writer's title (``Transport Correspondent``,
    ``Senior Business Reporter``, ``Health Editor``)? A few words, each
    capitalised (or ``and``, ``of``), ending in a title of
    :attr:`~wirestory.Knowledge.writer_titles`: a sentence about a reporter
    (``The reporter was hurt``) or a subheading (``Letters to the Editor``)
    holds a small word of its own, in title case too (``Letters To The
    Editor``, ``Why I Quit As Editor``: an English function word, but
    ``and``, ``of``)."""
    words = line.split()
    if not 0 < len(words) <= _TITLE_ALONE_MAX_WORDS or not all(
        word[:1].isupper() or word in _TITLE_SMALL_WORDS for word in words
    ):
        return False
    stops = dict(knowledge.stop_words).get("en", frozenset())
    if any(
        (folded := word.casefold()) in stops and folded not in _TITLE_SMALL_WORDS for word in words
    ):
        return False
    found = writer_title(line, knowledge=knowledge)
    return found is not None and found.end() == len(line.rstrip())


def find_byline(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Byline | None:
    """The byline in ``line``, or None when it is not one. ``knowledge`` gives
    the openers (``By``, ``Von``) and the agencies (see :class:`~wirestory.Knowledge`).

    >>> find_byline("by Laura Winter").names
    ('Laura Winter',)
    >>> find_byline("Von Christian Hollmann, dpa").organization
    'dpa'
    >>> find_byline("By the way, the minister said") is None
    True
    >>> find_byline("Email the author") is None
    True
    """
    if len(line) > _MAX_CHARS:
        return None
    if holds_invisible(line):
        read, removed = without_invisible(line)
        if removed:
            # ``By\ufeff Jane Roe``, ``By Jane\u200b Roe``: an invisible
            # character a scraper left inside or after a word hid the byline,
            # read as body text, silently. Read past it; the raw text is as
            # written.
            found = find_byline(read, knowledge=knowledge)
            return None if found is None else attrs.evolve(found, raw=line.strip())
    match = _opener(knowledge).fullmatch(line.rstrip(), 0, None, False)
    if match is None:
        return None
    separators = _opener_separators(line[: match.start("rest")])
    rest = match.group("rest").strip()
    if _conjunction_after_opener(line[: match.start("rest")], rest) or match_clock_after_by(line):
        return None
    if _newsroom_signature(rest, knowledge, separators):
        # "By Staff", "By Staff and Wire Reports", "By Reuters and AP": the
        # newsroom or the agencies sign, no person; the line is the byline,
        # the signature its organisation, as "By Reuters" is. Read as names,
        # "Wire Reports" was an invented writer and "Staff" (one word) no
        # byline, the line left heading the body.
        return Byline(raw=line.strip(), names=(), organization=rest)
    found = _read_names(_small_place_words(rest), line.strip(), knowledge, separators)
    if found is None and _outlet_signature(rest, knowledge):
        # "By Global Times", "By Vale Tribune": the outlet signs its staff's
        # copy, read as the byline's organisation, no writer (a writer
        # surnamed "Times", "By Tom Times", reads the same: the layouts say
        # so, signature_may_be_writer).
        return Byline(raw=line.strip(), names=(), organization=rest)
    return found


def _small_place_words(text: str) -> str:
    """``text`` with ``IN`` and ``AT`` in small letters when its words after
    the first (an opener, ``By``) are in capitals: a byline set so (``BY
    JANE ROE IN KYIV``, ``By JANE ROE AT MEADOW PARK``, a site's upper-case
    style copied as text, or a wire's names in capitals) names the place the
    writer filed from as ``By Jane Roe in Kyiv`` does, and read with the word
    in capitals the place was a name's words. Only between a name's word and
    the place's: ``IN`` or ``AT`` right after the opener (``BY IN SOO-MIN``,
    the Korean surname) or before a joining word (``BY TRAN VAN AT AND JANE
    ROE``, ``BY MARY AT & JANE ROE``) is a name's word, and read small the
    writers were lost."""
    if (" IN " in text or " AT " in text) and text.partition(" ")[2].isupper():
        return _CAPITALS_PLACE_WORD.sub(lambda word: word[0].lower(), text)
    return text


# ``IN`` or ``AT`` after a name's word (not the line's opening ``BY``) and
# before a place's (no joining word): fixed words, a short look behind, linear.
_CAPITALS_PLACE_WORD: Final = regex.compile(r"(?<=\S)(?<!^[Bb][Yy]) (?:IN|AT) (?!(?:AND|&) )(?=\S)")


def given_names_byline(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Does ``line`` open with a byline's opener over two or more parts joined
    as writers' names are, each of capitalised words and one a single word
    (``By Jane and Tom``, ``Por Ana y Juan Pérez García``)? Given names alone
    name no writer, nor does a given name before a name of three words (whose
    family names it may share, or not): :func:`find_byline` reads none, and
    the line may be the byline all the same. (Not part of wirestory's API:
    the enrichment's doubt of a first subheading asks it.) String tests and
    one split.

    >>> given_names_byline("By Jane and Tom"), given_names_byline("By the way and then")
    (True, False)
    """
    if len(line) > _MAX_CHARS:
        return False
    match = _opener(knowledge).fullmatch(line.rstrip(), 0, None, False)
    if match is None:
        return False
    opener = line[: match.start("rest")]
    rest = match.group("rest").strip()
    if _conjunction_after_opener(opener, rest):
        return False
    parts = [part.strip() for part in _opener_separators(opener).split(rest)]
    if len(parts) < 2 or len(rest.split()) > _MAX_WORDS:
        return False
    words = [part.split() for part in parts]
    return any(len(w) == 1 for w in words) and all(
        w
        and all(
            word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() for word in w
        )
        for w in words
    )


# Each byline opener's language's conjunctions ("and", "but"): a name never
# opens with one, so "By And Large", "Av Og Til" (Norwegian: now and then),
# "Von Und Zu" under a headline are a phrase, no opener and a writer. Not
# English "or" ("Or" is a Hebrew given name), nor a conjunction that is a
# name's word too: "Nor" opens Malay given names ("By Nor Azlan Hamid"),
# "Ma", "Ni", "Ou" are Chinese family names ("Di Ma Jun", "Por Ni Wei",
# "Par Ou Yang": state media's Italian, Spanish and French sites).
_OPENER_CONJUNCTIONS: Final = {
    "by": frozenset({"and", "but"}),
    "von": frozenset({"und", "oder", "aber"}),
    "par": frozenset({"et", "mais"}),
    # Not Spanish "o" (or): Portuguese "O" (the) opens outlets' names, "O Globo".
    "por": frozenset({"y", "e", "pero", "mas", "nem"}),
    "di": frozenset({"e", "o"}),
    "door": frozenset({"en", "of", "maar"}),
    "deur": frozenset({"en", "of", "maar"}),
    "av": frozenset({"og", "och", "eller", "men"}),
    # Danish "af" as Norwegian "av": "Af Og Til" is a phrase.
    "af": frozenset({"og", "eller", "men"}),
    "na": frozenset({"au", "lakini"}),
}


# Openers that are a correlative conjunction's first word in another language
# (``ni`` … ``ni``: neither … nor), said again later in the line.
_CORRELATIVE_OPENERS: Final = frozenset({"ni"})


def _conjunction_after_opener(opener: str, rest: str) -> bool:
    """Does ``rest``, the names after ``opener`` (``By``, ``Story by``,
    ``Av``), open with a conjunction of the opener's language
    (``_OPENER_CONJUNCTIONS``)? Then the line is no byline."""
    words = opener.strip(" \t:").split()
    if words and (words[-1].casefold() in _CORRELATIVE_OPENERS and words[-1] in rest.split()):
        # Tagalog "Ni Maria Santos" opens a byline, Spanish and French "Ni
        # Messi Ni Ronaldo", "Ni Oui Ni Non" (neither … nor, a headline in
        # title case) say it again in the opener's case: a writers' line
        # never does (its "ni" in small letters joins a second writer's
        # credit, "Ni Juan Cruz, kasama ni Maria Santos").
        return True
    conjunctions = _OPENER_CONJUNCTIONS.get(words[-1].casefold()) if words else None
    if conjunctions is None:
        return False
    # The first word only: no split of the whole line.
    first = rest.split(None, 1)
    return bool(first) and first[0].casefold() in conjunctions


# A match report's clock after "By" (``By Half Time`` over the score at the
# break, ``By Full Time``): a section's word of the report, two capitalised
# words as a writer's name is; case-folded, the hyphen as a space.
_MATCH_CLOCK: Final = frozenset(
    ("half time", "full time", "kick off", "extra time", "injury time", "stoppage time")
)


def match_clock_after_by(line: str) -> bool:
    """Does ``line`` open with ``By`` and a match report's clock
    (``_MATCH_CLOCK``: ``By Half Time``, ``By Full-Time``)? A section's word
    of the report, no writer. (Not part of wirestory's API.) String tests.

    >>> match_clock_after_by("By Half Time"), match_clock_after_by("By Jane Time")
    (True, False)
    >>> match_clock_after_by(" By: Full-Time"), match_clock_after_by("By\u00a0Half Time")
    (True, True)
    """
    words = line.replace("-", " ").split(None, 3)
    return (
        len(words) > 2
        and words[0].casefold().rstrip(":") == "by"
        and f"{words[1]} {words[2]}".casefold().rstrip(":,.") in _MATCH_CLOCK
    )


# A date or an occasion after "By" (``By Christmas Eve``, ``By Boxing Day``:
# a deadline over a holiday story; ``By Royal Appointment``, ``By Popular
# Demand``: an idiom heading a feature), two capitalised words as a writer's
# name is. A day's or a season's word closing it after an occasion's word
# (``Eve``, ``Day`` after ``Christmas``, ``Boxing``) or a possessive
# (``Mother's Day``: no name holds ``'s``), or one of the idioms whole;
# ``Doris Day`` and ``Christmas Jones`` are names. Case-folded.
_OCCASION_WORDS: Final = frozenset(
    """christmas easter boxing halloween thanksgiving midsummer hogmanay
    election polling deadline transfer match derby opening closing""".split()
)
_OCCASION_ENDS: Final = frozenset("eve day night morning week weekend".split())
_BY_IDIOMS: Final = frozenset(
    (
        "royal appointment",
        "royal command",
        "royal decree",
        "popular demand",
        "special arrangement",
        "appointment only",
        "invitation only",
    )
)


def occasion_after_by(name: str) -> bool:
    """Is ``name``, read after ``By``, a date's or an occasion's phrase or an
    idiom (``_OCCASION_WORDS``, ``_BY_IDIOMS``: ``Christmas Eve``, ``New
    Year's Day``, ``Royal Appointment``), no writer? (Not part of
    wirestory's API.) String tests.

    >>> occasion_after_by("Christmas Eve"), occasion_after_by("Royal Appointment")
    (True, True)
    >>> occasion_after_by("Christmas Jones"), occasion_after_by("Doris Day")
    (False, False)
    """
    words = name.casefold().replace("\u2019", "'").split()
    if " ".join(words) in _BY_IDIOMS:
        return True
    if len(words) < 2 or words[-1] not in _OCCASION_ENDS:
        return False
    return words[-2] in _OCCASION_WORDS or words[-2].endswith("'s")


def opens_with_conjunction(line: str) -> bool:
    """Does ``line`` open with a byline opener and a conjunction of its
    language (``Von Und Zu``, ``Di E Da``, ``By And Large``)? A line of
    names never does. (Not part of wirestory's API: the page layout's
    line of names asks it.)

    >>> opens_with_conjunction("Von Und Zu"), opens_with_conjunction("Von Anna Roth")
    (True, False)
    """
    words = line.split(None, 1)
    return len(words) > 1 and _conjunction_after_opener(words[0], words[1])


def _outlet_signature(rest: str, knowledge: Knowledge) -> bool:
    """Is ``rest`` two to four words, each capitalised or in capitals, letters
    only, the last a newspaper's word (Knowledge.byline_outlet_words: ``Global
    Times``, ``The Vale Tribune``, ``HARBOUR DAILY``)? String tests."""
    words = rest.split(" ")
    return (
        2 <= len(words) <= _SIGNATURE_MAX_WORDS
        and all(w.isalpha() and w[:1].isupper() and (w.istitle() or w.isupper()) for w in words)
        and words[-1].casefold() in knowledge.byline_outlet_words
    )


# What a newsroom signs its own copy with when it names no writer: its staff,
# the wires, or both ("By Staff and Wire Reports"). Each part of a signature
# joined by "and", "&" or a comma is one of these or a known agency.
_NEWSROOM_SIGNATURES: Final = frozenset(
    {
        "staff",
        "staff writer",
        "staff writers",
        "staff reporter",
        "staff reporters",
        "staff report",
        "staff reports",
        "wire reports",
        "wire report",
        "wire services",
        "wires",
        "agencies",
        "news agencies",
        "wire agencies",
        "news services",
    }
)


def _newsroom_signature(rest: str, knowledge: Knowledge, separators: regex.Pattern[str]) -> bool:
    """Is ``rest``, the words after a byline's opener, a signature naming no
    person: parts joined by ``and``, ``&`` or a comma, each a newsroom's
    word (``_NEWSROOM_SIGNATURES``: ``Staff``, ``Wire Reports``) or a known
    agency (``Reuters and AP``), every word capitalised (``By staff
    accounts, …`` is prose)? A German desk's credit of the agencies whose
    copy it used joins them so too (``Von AFP und dpa mit Material von
    Reuters``, ``_AGENCY_MATERIAL``). One agency alone is left to
    :func:`is_organization_line` (the same reading). String tests and a
    split on ``separators``."""
    if len(rest) > _NEWSROOM_MAX_CHARS:
        return False
    chunks = rest.split(_AGENCY_MATERIAL) if _AGENCY_MATERIAL in rest else [rest]
    if len(chunks) > 1 and chunks[0].endswith(","):
        # "Von AFP, mit Material von Reuters": the comma before the credit
        # of the agencies used, as without it; it gave a writer "Von AFP".
        chunks[0] = chunks[0][:-1]
    parts = [part.strip() for chunk in chunks for part in separators.split(chunk)]
    written = _written_agencies(knowledge)
    return all(
        part
        and (
            part in written
            # "By Reuters Staff": an agency's staff sign as it does.
            or (part.endswith(" Staff") and part[: -len(" Staff")] in written)
            or (
                all(word[:1].isupper() for word in part.split())
                and (
                    part.casefold() in _NEWSROOM_SIGNATURES
                    or _desk_signature(part)
                    or is_organization_line(part, knowledge=knowledge)
                )
            )
            # "By Met desk", "By Sports desk": a desk's word in small letters
            # after its capitalised name signs as "By Met Desk" does (and as
            # "BY MET DESK", set in capitals, was read: the two read alike).
            or (
                part.endswith(f" {_DESK_WORD}")
                and all(word[:1].isupper() for word in part.split()[:-1])
                and _desk_signature(part)
            )
        )
        for part in parts
    )


# A desk's signature on its staff's copy, naming no person (South Asian and
# African papers): "By Our Correspondent", "By Our Staff Reporter", "By A
# Correspondent", "By Special Correspondent", "By Our Own Correspondent";
# "By Web Desk", "By News Desk", "By The Sports Desk". Read as names, "By
# Our" was a writer and "Correspondent" the organisation, or the line stayed
# the body's first paragraph, silently. The reporter's noun after a
# determiner or a desk's adjective ("By Jane Reporter" names a writer), or a
# desk's word after one or two capitalised words.
_DESK_OPENINGS: Final = frozenset({"our", "a", "an", "special", "staff", "own", "senior", "chief"})
_DESK_REPORTERS: Final = frozenset({"correspondent", "correspondents", "reporter", "reporters"})
_DESK_WORD: Final = "desk"
_DESK_MAX_WORDS: Final = 4


def _desk_signature(part: str) -> bool:
    """Is ``part`` (a signature's part, every word capitalised) a desk's
    signature naming no person (``Our Correspondent``, ``Special
    Correspondent``, ``Web Desk``)? See ``_DESK_OPENINGS``. String tests."""
    words = part.casefold().split()
    if not 2 <= len(words) <= _DESK_MAX_WORDS or not all(word.isalpha() for word in words):
        return False
    if words[-1] == _DESK_WORD:
        return len(words) <= _DESK_MAX_WORDS - 1 or words[0] in ("our", "the")
    return words[-1] in _DESK_REPORTERS and words[0] in _DESK_OPENINGS


@per_knowledge
def _written_agencies(knowledge: Knowledge) -> frozenset[str]:
    """The names and aliases of ``knowledge``'s agencies as written: ``dpa``
    signs in small letters (``Von dpa und AFP``), where a part of a
    signature in small letters is otherwise prose (``By staff accounts``)."""
    return frozenset(
        spelling for agency in knowledge.agencies for spelling in (agency.name, *agency.aliases)
    )


# "with material from": a German desk names the agencies whose copy it used
# after those that wrote the story ("Von AFP und dpa mit Material von
# Reuters"); the line was the body's first paragraph.
_AGENCY_MATERIAL: Final = " mit Material von "
# The most characters of a newsroom's signature read so ("Staff, Wire and
# News Agency Reports" and more is prose or a team's line).
_NEWSROOM_MAX_CHARS: Final = 80


# The most words of an outlet signing its staff's copy ("By The Harbour Valley Times").
_SIGNATURE_MAX_WORDS: Final = 4


def _opener_separators(opener: str) -> regex.Pattern[str]:
    """What joins two writers' names after ``opener`` (the text before the
    names): Dutch ``door`` and Afrikaans ``deur`` take ``en``, Norwegian and
    Swedish ``av`` and Danish ``af`` take ``og`` and ``och``."""
    word = opener.strip(" \t:").casefold()
    if word.endswith(("door", "deur")):
        return _DUTCH_SEPARATORS
    return _NORDIC_SEPARATORS if word.endswith(("av", "af")) else _SEPARATORS


def person_names(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Byline | None:
    """The people ``text`` names, read as the names after a byline's opener are
    (:func:`find_byline` without the ``By``), or None when it is not a list of
    names: how a photographer in a credit (``Jane Roe/AFP``), a contributor in
    a trailer (``Reporting by Jane Roe``) and the names of a page's byline are
    told from other words. What follows the names after a comma is the
    organisation; an agency alone gives no names and the agency as organisation.
    ``knowledge`` gives the agencies and the words that are no name
    (:attr:`~wirestory.Knowledge.byline_non_name_words`).

    >>> person_names("JANE DOE and JOHN ROE, Associated Press").names
    ('JANE DOE', 'JOHN ROE')
    >>> person_names("Email the author") is None
    True
    """
    # The same bounds as a byline "By " + text: at most _MAX_CHARS characters,
    # one line.
    if len(text) > _MAX_CHARS - 3:
        return None
    match = _NAMES_TEXT.fullmatch(text.rstrip(), 0, None, False)
    if match is None:
        return None
    return _read_names(match.group("rest").strip(), text.strip(), knowledge)


def _outlet_named(piece: str, knowledge: Knowledge) -> bool:
    """Is ``piece`` two to five capitalised words, the last an outlet's word
    (``Korea Herald``, ``The Vale Post``)? String tests."""
    words = piece.split(" ")
    return (
        2 <= len(words) <= _OUTLET_MAX_WORDS
        and all(word[:1].isupper() for word in words)
        and words[-1].casefold() in knowledge.outlet_words
    )


# The most words of an outlet's name read after a byline's last comma.
_OUTLET_MAX_WORDS: Final = 5

# A Portuguese byline names the writer's paper after "do" or "da" with no
# comma ("Por João Silva do Globo", "Por Ana Souza da Folha"), the particles
# a surname opens with too ("João Silva da Costa", "Maria do Carmo"): the
# word after them is the paper's only when it is a paper's word (a title's
# last or only word, lower-case) or an acronym in capitals ("da CNN", "do G1").
_OUTLET_PARTICLES: Final = frozenset({"do", "da"})
_PORTUGUESE_OUTLET_WORDS: Final = frozenset(
    """globo folha estadão jornal diário correio gazeta tribuna estado expresso público
    observador revista notícias""".split()
)


_OUTLET_ACRONYM_MAX: Final = 4


def _outlet_after_particle(rest: str) -> int:
    """Where the paper's name opens in a byline's ``rest`` written ``NAMES do
    PAPER`` (``João Silva do Globo``: at ``do``), or -1. String tests: the
    last two words asked, no comma in ``rest``."""
    head, _, last = rest.rpartition(" ")
    before, _, particle = head.rpartition(" ")
    if ", " in rest:
        return -1
    if particle in _OUTLET_PARTICLES and before:
        # An outlet's initials are short (``da CNN``, ``do MST``, ``da PF``); a
        # family name set in capitals, as agencies print surnames (``Ana Maria
        # do NASCIMENTO``), is longer.
        acronym = 2 <= len(last) <= _OUTLET_ACRONYM_MAX and last.isupper() and last.isalnum()
        if acronym or last.casefold() in _PORTUGUESE_OUTLET_WORDS:
            return len(before) + 1
    if " do " in head or " da " in head:
        return _paper_of_words(rest)
    return -1


def _paper_of_words(rest: str) -> int:
    """Where a paper's name of several words opens in ``rest`` after ``do``
    or ``da`` (``Ana Lima do Diário do Vale``, ``Ana Lima da Folha de
    Vale``: at the particle before a paper's word, every word after it
    capitalised or a particle), or -1. Asked only when ``rest`` holds the
    particle and its last word is no paper's; read as names, the writer was
    lost. String tests."""
    words = rest.split(" ")
    for at in range(2, len(words) - 2):
        if (
            words[at] in _OUTLET_PARTICLES
            and words[at + 1].casefold() in _PORTUGUESE_OUTLET_WORDS
            and all(w[:1].isupper() or w in _PAPER_LINKS for w in words[at + 1 :])
        ):
            return len(" ".join(words[:at])) + 1
    return -1


# The small words inside a paper's name ("Diário do Vale", "Folha de São Paulo").
_PAPER_LINKS: Final = frozenset({"do", "da", "de", "dos", "das", "e"})


def particle_outlet_may_be_surname(byline: Byline) -> bool:
    """Was ``byline``'s organisation read from a word in capitals after
    ``do`` or ``da`` with no comma (``Por Ana Lima da LUZ``:
    :func:`_outlet_after_particle`) whose shape is a word's, a consonant
    then a vowel, and an ending Portuguese words have (``LUZ``, ``ROSA``,
    ``MOTA``), as a family name set in capitals is (``Maria da Luz``)? An
    outlet's initials mostly are not (``da CNN``, ``do MST``, ``da PF``), and
    those that open so end as no word does (``da SIC``, ``da BAND``). String
    tests."""
    organization = byline.organization
    if organization is None or organization[:3] not in ("da ", "do "):
        return False
    word = organization[3:]
    return (
        word.isupper()
        and word.isalpha()
        and word[:1] not in _VOWELS
        and word[1:2] in _VOWELS
        and (word[-1] in _VOWELS or word[-1] in _WORD_FINAL_CONSONANTS)
        and byline.raw.endswith(f" {organization}")
        and not byline.raw.endswith(f", {organization}")
    )


# Vowels in capitals, as an outlet's initials are written.
_VOWELS: Final = frozenset("AEIOUÁÉÍÓÚÂÊÔÃÕ")
# The consonants a Portuguese word ends in (luz, reis, mar, sol, bom, hífen,
# tórax): a family name in capitals ends in a vowel or one of these, as a
# broadcaster's initials need not (SIC, BAND).
_WORD_FINAL_CONSONANTS: Final = frozenset("SZRLMNX")


# What a newsroom calls the wires it joins to its writer's copy: "By Jane Roe
# and Agencies", "Jane Roe and news agencies", "By Jane Roe with wires".
_AGENCIES_WORDS: Final = frozenset(
    {"agencies", "news agencies", "wire agencies", "wires", "wire services", "wire reports"}
)


def names_the_wires(text: str) -> bool:
    """Is ``text`` what a newsroom calls the wires (``Agencies``, ``Wires``:
    ``By Jane Roe, Agencies``)? (Not part of wirestory's API: the
    enrichment's doubt of a byline's one-word organisation asks it.)

    >>> names_the_wires("Agencies"), names_the_wires("Local")
    (True, False)
    """
    return text.strip().casefold() in _AGENCIES_WORDS


def _joined_agencies(
    rest: str, raw: str, knowledge: Knowledge, separators: regex.Pattern[str]
) -> Byline | None:
    """The byline of a writer whose copy is joined to the wires': ``Jane Roe
    and Agencies``, ``Jane Roe and AFP``, ``Jane Roe with agencies`` (Times
    of Israel, Gulf and British papers), ``Anna Schmidt und dpa``, ``Jean
    Dupont et AFP`` (the word joining two writers after the opener): the
    names before the last joining word, the agencies or the agency after it
    the organisation. None when the words after it are neither (``Jane Roe
    and John Doe``) or the words before are no names. String searches and
    one scan of ``separators``."""
    joins = _word_joins(rest, separators)
    if not joins:
        return None
    leading = _leading_agency(rest, raw, knowledge, separators, joins[0])
    if leading is not None:
        return leading
    at, end = joins[-1]
    wires = rest[end:].strip()
    if not wires or (
        wires.casefold() not in _AGENCIES_WORDS
        and not is_organization_line(wires, knowledge=knowledge)
    ):
        return None
    names = _names(rest[:at].rstrip(" ,"), knowledge, separators)
    if names is None:
        return None
    return Byline(raw=raw, names=names, organization=wires)


def _word_joins(rest: str, separators: regex.Pattern[str]) -> list[tuple[int, int]]:
    """Where a word joins two parts of ``rest`` (start and end of ``and``,
    ``&`` or ``with`` in any case, or of a word of ``separators``: German
    ``und``, French ``et``, Dutch ``en`` after ``door``), in order; a comma
    alone joins no writer to the wires (a name's organisation follows it)."""
    folded = rest.casefold()
    if " " not in folded:
        return []
    joins = {
        (at, at + len(word))
        for word in (" and ", " with ", " & ")
        for at in (folded.find(word), folded.rfind(word))
        if at >= 0
    }
    joins.update(
        (found.start(), found.end())
        for found in separators.finditer(rest)
        if found.group().strip(" ,")
    )
    return sorted(joins)


def _leading_agency(
    rest: str,
    raw: str,
    knowledge: Knowledge,
    separators: regex.Pattern[str],
    join: tuple[int, int],
) -> Byline | None:
    """The byline of the wires' copy joined to a writer's, the agency first:
    ``Reuters and Jane Roe``, ``AP & Tom Smith``, ``Agencies and Jane Roe``,
    ``AFP et Jean Dupont``: the agency or the wires before the first joining
    word (``join``, its start and end; ``with`` is none) the organisation,
    the names after it the writers. Read as names, the shared family name's
    rule of :func:`_names` gave ``Reuters Roe`` a writer. None when the words
    before are neither or the words after no names. String tests only."""
    at, end = join
    if at <= 0 or rest[at:end].strip().casefold() == "with":
        return None
    head = rest[:at].strip()
    tail = rest[end:].strip()
    if not tail or not (
        head.casefold() in _AGENCIES_WORDS or is_organization_line(head, knowledge=knowledge)
    ):
        return None
    names = _names(tail, knowledge, separators)
    if names is None:
        return None
    return Byline(raw=raw, names=names, organization=head)


def _read_names(
    rest: str, raw: str, knowledge: Knowledge, separators: regex.Pattern[str] = _SEPARATORS
) -> Byline | None:
    """The byline of the text after an opener, ``rest``; ``raw`` is the line;
    ``separators`` what joins two writers' names. A line of at most
    ``_MAX_CHARS`` characters is read once (``_remembered_names``)."""
    if len(raw) > _MAX_CHARS:
        return _names_afresh(rest, raw, knowledge, separators)
    return _remembered_names(rest, raw, knowledge, separators)


def _names_afresh(
    rest: str, raw: str, knowledge: Knowledge, separators: regex.Pattern[str]
) -> Byline | None:
    """:func:`_read_names`, read afresh."""
    # A byline never ends like a sentence or a clause ("By the way, the
    # minister said."), but for "Jr." and "Sr." and a credential ("Jane Roe,
    # Ph.D.").
    closers = knowledge.sentence_and_clause_ends
    if len(rest.split()) > _MAX_WORDS or (
        rest[-1:] in closers
        and not rest.endswith(("Jr.", "Sr."))
        and not (rest[-1:] == "." and is_credential(rest.rpartition(" ")[2]))
    ):
        return None
    joined = _joined_agencies(rest, raw, knowledge, separators)
    if joined is not None:
        return joined
    names_part, bar, after_bar = rest.partition(" | ")
    if bar and ", " in names_part:
        # "By Jane Roe, Tom Hale and Ann Lee | Staff writers" (Arc XP and
        # Brightspot papers): the bar ends the writers' list, what follows it
        # (a title, the outlet, the date) is no writer's; read by the commas
        # alone, the last writers went into the organisation with the title.
        within = _read_names(names_part, raw, knowledge, separators)
        if within is not None and within.names:
            # The date or time after the bar ("| Mar 4, 2025") is the
            # page's, no organisation ("By Jane Roe, The Vale Post | Mar 4,
            # 2025" gives the paper alone).
            title = after_bar.partition(bar)[0].strip()
            dated = any(c.isdigit() for c in title)
            organization: str | None = within.organization
            if not dated:
                organization = (
                    after_bar if organization is None else f"{organization}{bar}{after_bar}"
                )
            return Byline(raw=raw, names=within.names, organization=organization)
    outlet_at = _outlet_after_particle(rest)
    if outlet_at > 0:
        # "Por João Silva do Globo": the writer, then the paper they write
        # for; read as one name, the paper was the writer's surname.
        within = _read_names(rest[: outlet_at - 1], raw, knowledge, separators)
        if within is not None and within.names and within.organization is None:
            return Byline(raw=raw, names=within.names, organization=rest[outlet_at:])
    # Try the longest run of names first: "JANE DOE and JOHN ROE, Associated Press"
    # is names up to the last comma that leaves a valid organisation.
    pieces = rest.split(", ")
    # "By Jane Roe, Edited by Tom Hale" (Indian and Pakistani wire copy): the
    # editor after a comma is neither a writer nor the organisation; the
    # pieces end before it (as the page reader's rare_tail does).
    for at, piece in enumerate(pieces[1:], 1):
        if piece[:10].casefold() == "edited by ":
            del pieces[at:]
            break
    top = len(pieces)
    if top > 1 and _outlet_named(pieces[-1], knowledge):
        # "By Kim Min-ji, Korea Herald", "By Jane Roe, Vale Post": after the
        # last comma, capitalised words ending in an outlet's word
        # (Knowledge.outlet_words) are the paper the writer works for, no
        # second writer (a last writer is joined by "and": "Jane Roe, Tom
        # Hale and Emily Post").
        top -= 1
    for at in range(1, top - 1):
        if pieces[at + 1][:4] == "and " and _outlet_signature(pieces[at], knowledge):
            # "By Jane Roe, Harbour Times, and Tom Hale": a newspaper's name
            # (Knowledge.byline_outlet_words) between two writers is the
            # first's outlet, no writer; the names end before it.
            top = at
            break
    for at, piece in enumerate(pieces[1:top], 1):
        word, _, after = piece.partition(" ")
        # A credential alone, or before "on" and the date; "Md Karim Hossain"
        # (Bangladeshi names abbreviate Mohammad so) is a second writer.
        if is_credential(word) and after[:3] in ("", "on "):
            # "By Jane Roe, Ph.D., Harbour Clinic": the writer's credential
            # ends the names ("Ph.D." has a name's shape).
            top = at
            break
    for cut in range(top, 0, -1):
        names = _names(", ".join(pieces[:cut]), knowledge, separators)
        if names is None:
            continue
        tail = _after_credentials(pieces[cut:])
        if tail and tail[0][:4] == "and " and len(tail) < len(pieces) - cut:
            # "By Jane Roe, MD, and Tom Hale, RN": a second writer, with
            # their own credentials, after the first's.
            other = _read_names(", ".join(tail)[4:], raw, knowledge, separators)
            if other is not None and other.names:
                names = (*names, *other.names)
                return Byline(raw=raw, names=names, organization=other.organization)
        second = _writer_after_place(tail, raw, knowledge, separators)
        if second is not None:
            return Byline(raw=raw, names=(*names, *second.names), organization=second.organization)
        organization = ", ".join(tail) or None
        if organization is not None and " in " in organization and " and " in organization:
            # "By Jane Roe, Tom Bay and Ann Lee in Rome": the list's last
            # writers before the place they all filed from, read as the
            # organisation, were lost.
            listed, _, place = organization.rpartition(" in ")
            more = _names(listed, knowledge, separators) if _filed_in(place) else None
            if more and all(" " in name and not _outlet_named(name, knowledge) for name in more):
                return Byline(raw=raw, names=(*names, *more), organization=None)
        if organization is not None and (
            _dated(organization, knowledge) or _street_address(organization)
        ):
            # "By Jane Roe, Mar 4, 2025", "By Jane Roe, 4 March 2025": the
            # date the story ran, after the names' comma, is no organisation
            # (the raw keeps it); nor is the address the writer gives ("By
            # Jane Roe, 10 Harbour Road").
            organization = None
        elif organization is not None:
            organization = _undated(tail, knowledge)
            if _street_address(organization):
                organization = None
        return Byline(raw=raw, names=names, organization=organization)
    if is_organization_line(rest, knowledge=knowledge):
        return Byline(raw=raw, names=(), organization=rest)
    return None


# The page layout reads one line's names from several rules: a header line
# is asked for a byline (find_page_byline), a name alone (page_person_names:
# the zone's anchors, a name over a date, a name under a share bar, a desk's
# signed name) and a sign-off, each reading the names after the opener the
# same way; a page's lines read so read them again a third of the time
# (speed54p). A Byline is frozen and the reading a pure function of its
# arguments (the Knowledge frozen and hash-cached, the separators a compiled
# pattern): the last 1024 lines' readings are kept, none longer than a
# byline may be.
_remembered_names = functools.lru_cache(maxsize=1024)(_names_afresh)


def _writer_after_place(
    tail: list[str], raw: str, knowledge: Knowledge, separators: regex.Pattern[str]
) -> Byline | None:
    """The second writer after the first's place or outlet (``By Jane Roe,
    Jackson, MS, and Tom Hale``: the comma-split ``tail`` after the first
    writer's names holds a piece opening with ``and`` before a person's
    name of two words or more), with the first's place as the organisation,
    or None. Read as the organisation, the second writer was lost. A string
    test a piece: most tails hold no ``and``."""
    for at in range(1, len(tail)):
        if tail[at][:4] != "and ":
            continue
        other = _read_names(", ".join(tail[at:])[4:], raw, knowledge, separators)
        if other is None or not other.names or any(len(n.split()) < 2 for n in other.names):
            return None
        return Byline(raw=raw, names=other.names, organization=", ".join(tail[:at]))
    return None


# Post-nominal letters a writer signs with after the name's comma: health
# and finance sites' "Written by Jane Roe, MS, RD on March 4, 2025", "By Jane
# Roe, MD", "Jane Roe, CPA". Dots and case dropped ("Ph.D." is "phd"). US
# states' codes that are credentials too ("MS", "MD") are read so only right
# after the names ("By Jane Roe, Jackson, MS" keeps "Jackson, MS").
_POST_NOMINALS: Final = frozenset(
    """md phd rn rd rdn ms msc mph mba cpa cfa cfp np lcsw dds dvm jd esq facp facs bsn msn
    lpn ldn cde cdces cscs pharmd psyd edd ibclc mrcp frcp mbbs""".split()
)


def is_credential(word: str) -> bool:
    """Is ``word`` a post-nominal credential (``MS``, ``RD``, ``Ph.D.``)? A
    set lookup. (Not part of wirestory's API: a trailer's credit asks it of
    the parts after a contributor's name, ``Reviewed by Jane Roe, MD``.)"""
    return word.replace(".", "").casefold() in _POST_NOMINALS


def _after_credentials(pieces: list[str]) -> list[str]:
    """The comma-split ``pieces`` after a byline's names without the writer's
    credentials opening them: ``MS, RD on March 4, 2025`` gives ``March 4,
    2025`` (the date, after ``on``), ``MD, Harbour Clinic`` gives ``Harbour
    Clinic``. The credentials belong to the writer (the raw keeps them), no
    organisation. Set lookups; the pieces as they were when the first is no
    credential."""
    at = 0
    while at < len(pieces):
        word, _, after = pieces[at].partition(" ")
        if not is_credential(word):
            break
        if after:
            # "RD on March 4": the last credential, then the date.
            if after[:3] != "on ":
                break
            return [after[3:], *pieces[at + 1 :]]
        at += 1
    return pieces[at:]


# The last word of a street's name in an address ("10 Harbour Road").
_STREET_WORDS: Final = frozenset(
    "street st road rd avenue ave lane drive boulevard way place square terrace".split()
)


def _street_address(text: str) -> bool:
    """Is ``text`` a street address (``10 Downing Street``, ``42 Harbour
    Road``): a house number, then capitalised words ending in a street's
    word? String tests."""
    words = text.split(" ")
    return (
        2 < len(words) <= _ADDRESS_MAX_WORDS
        and words[0].rstrip("abcdABCD").isdigit()
        and all(w[:1].isupper() for w in words[1:])
        and words[-1].rstrip(".").casefold() in _STREET_WORDS
    )


# A house number and at most four words of the street's name.
_ADDRESS_MAX_WORDS: Final = 5


# --- Bylines of web pages -------------------------------------------------
# A page's header prints the byline with more around the names than wire copy
# does: a date or time (``By Jane Roe Updated Nov 13, 2019, 10:28am EST``), the
# writer's handle (``Jane Roe @janeroe``), the title without a comma (``By Jane
# Roe Staff Writer``), the outlet after a bar or ``from the`` (``By Jane Roe |
# Daily Planet``, ``BY JANE ROE from the Wire Agency``), Markdown emphasis
# (``**By Jane Roe**``), a date before the opener (``11/19/2019 by Jane Roe``).
# :func:`find_page_byline` reads these; it is applied only in a page's header
# zone, where a line of that shape is the byline (the same shapes in a listing
# below the story are other articles' bylines). Every pattern runs on at most
# _MAX_CHARS characters, from one anchored position or as one ``search`` whose
# alternatives each start with a literal or a bounded run: linear.

_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:[a-z]{0,5})?\b"
# What may stand before a writer's title printed after the names without a
# comma ("Staff Writer", "Senior Contributor", "AP Sports Writer") is
# Knowledge.writer_title_prefixes.

# Words that make a name an organisation or a title, not a person: ``Jane Roe,
# Daily Planet Business``, ``CNN Senior Legal Analyst``, ``By National Desk``
# (Knowledge.byline_title_words, with the writer titles,
# Knowledge.writer_titles); and a web address (``Planetnews.com``). Found in a
# name's first two words, the whole name is the organisation; later (``Jane
# Roe Staff Writer``), the name ends before it.


class _PagePatterns(NamedTuple):
    """The page byline patterns that hold a :class:`Knowledge`'s months, writer
    titles and page byline openers, compiled."""

    opener: regex.Pattern[str]
    """A page's byline opener and the text after it: "By Jane Roe", "Posted by
    Jane Roe", "BY: JANE ROE" (Knowledge.page_byline_frames and
    page_byline_openers). "Photo by Name" is a photo credit, never a byline."""
    role: regex.Pattern[str]
    """A writer's title printed after the names without a comma ("Staff
    Writer"; Knowledge.writer_titles)."""
    writer: regex.Pattern[str]
    """A writer's title anywhere: "AP Sports Writer" (Knowledge.writer_titles)."""
    title_words: frozenset[str]
    """Knowledge.byline_title_words and the writer titles: words that make a
    name an outlet's or a title."""

    tail_at: regex.Pattern[str]
    """Where the byline's tail starts, the white space before it not taken: a
    bar or bullet, a spaced dash, a handle, a date label or a date, ``from
    the`` (the outlet), a title (:func:`_tail_start` reads it)."""
    glued: regex.Pattern[str]
    """A month and a day or a date label glued to the names by a scraper
    (``By Jane RoeNovember 18, 2026``): matched only after a small letter
    followed by a capital (``_GLUED``)."""
    rare_tail: regex.Pattern[str]
    """The writer's address after the names, an editor after a semicolon or
    a comma: searched only in a byline holding ``@``, ``;`` or ``dited by``."""
    date_before: regex.Pattern[str]
    """A date, and its separator, before the opener: "11/19/2019 by Jane Roe",
    "September 15, 2014 | by Jane Roe"; bounded runs."""
    no_opener: regex.Pattern[str]
    """Names without an opener, followed by a handle or a dash and a date (``Jane
    Roe @janeroe``, ``Jane Roe - Nov 19, 2019, 10:31 pm CST``); header zone only.
    Anchored; the names are a lazy run of at most 80 characters, each end tried
    once with possessive white space: bounded work."""


@per_knowledge
def _page_patterns(knowledge: Knowledge) -> _PagePatterns:
    months = [spelling for spelling, _ in knowledge.months]
    # Any ASCII month spelling may be cut short or run on ("Sept", "Novem."):
    # its first three letters and up to six more (Knowledge.months).
    prefixes = [m[:3] for m in months if len(m) >= 3 and m[:3].isascii() and m[:3].isalpha()]
    month = rf"(?:{alternation(months)}|{alternation(prefixes)}[a-z]{{0,6}})\.?"
    # Where a date starts: ``Nov 13``, ``13 Nov``, ``11/13/19``, ``2019-11-13``, a weekday.
    # A month's prefix then a reading time is a surname ("By Ann Marsh 5 min
    # read"), no date. ``Sun`` with no comma, day or month after it is a
    # surname ("By Sun Mei | Harbour Daily": Chinese English-language papers).
    date_start = (
        rf"(?i:{month}\s{{1,3}}\d(?!\d{{0,2}}\ ?(?:min|mins|minutes?)\b)"
        rf"|\d{{1,2}}\s{{1,3}}{month}\b|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d"
        rf"|(?!sun\s(?!\s{{0,2}}(?:\d|{month}\b))){_WEEKDAY},?\s)"
    )
    titles = alternation(knowledge.writer_titles)
    title_prefixes = alternation(knowledge.writer_title_prefixes)
    # The month names as a page capitalises them (``November``, ``Nov``), in
    # ASCII letters: only these stand glued to a name's last letter.
    glued_month = alternation(
        m[:1].upper() + m[1:] for m in months if m.isascii() and m.isalpha() and len(m) >= 3
    )
    role = rf"(?i:(?:{title_prefixes}\s{{1,3}})?{titles}s?\b)"
    # The wire openers in other languages open a page's byline too, with a
    # date after a bar or a dash (``Por Jane Roe | 19 de noviembre de 2019``,
    # ``Von Jane Roe - 19.11.2019``): left out, the names-before-a-date form
    # read the opener as a first name (``Por Jane Roe``). As written, as
    # Knowledge.byline_openers says (``di``, ``door`` are common words).
    openers = dict.fromkeys((*knowledge.page_byline_openers, *knowledge.byline_openers))
    # A label's colon after a space (``Penulis : Rina Wulan``, Indonesian
    # portals; ``Auteur : Jean Dupont``, French typography): read as none,
    # the writer under the story was left out with the line, silently
    # (heldout41).
    openers.update(dict.fromkeys(o[:-1] + " :" for o in list(openers) if o.endswith(":")))
    foreign = [o for o in knowledge.byline_openers if o.casefold() != "by"]
    return _PagePatterns(
        opener=regex.compile(
            rf"(?:{alternation(knowledge.page_byline_frames)}\s++)?"
            rf"{alternation(openers)}:?\s++(?P<rest>\S.*+)"
        ),
        role=regex.compile(role),
        writer=regex.compile(writer_title_pattern(knowledge)),
        title_words=knowledge.byline_title_words
        | frozenset(t.casefold() for t in knowledge.writer_titles),
        # No white space opens a tail's form, so the pattern opens at the
        # form's first character (not ``\s*+`` before it: a pattern opening so
        # is tried at every character of the line, at three times the cost),
        # and _tail_start takes in the white space before it.
        tail_at=regex.compile(
            r"(?<!\w)(?!\s)(?:[|•·/]|[-–—]\s|\(?@\w"
            r"|(?i:updated|published|posted|last\ updated|on)\b[:\s]"
            rf"|{date_start}|(?i:from\ the)\s|{role}"
            # "By Jane Roe For Vale Post", "BY JANE ROE FOR VALE POST": a
            # contributor writing for the outlet (a capital after "for").
            r"|(?i:for)\s++(?=\p{Lu})"
            # "By Jane Roe 5 min read": a reading time glued to the names.
            r"|\d{1,3}\ ?(?i:min|mins|minutes?)\b"
            # "Posted by Jane Roe at 3:12 PM" (Blogger's line under a post):
            # the time it was posted.
            r"|(?i:at)\s{1,3}(?=\d{1,2}[:.]\d{2})"
            # "March 4, 2025 by Jane Roe Leave a Comment" (WordPress themes'
            # entry line): the link to the comments.
            r"|(?i:leave\ a\ (?:comment|reply))\b)"
        ),
        # "By Jane RoeNovember 18, 2026", "By Jane RoeUpdated Nov 18": a
        # scraper joined the byline's and the date's elements with no space;
        # a capitalised month name glued to a small letter, then a day, or a
        # date label, ends the names. Matched only where _GLUED finds a small
        # letter before a capital.
        glued=regex.compile(rf"{glued_month}\.?\ ?\d|(?:Updated|Published|Posted)\b"),
        # "By Jane Roe jane.roe@example.com": the writer's address; "Reported
        # by Jane Roe; Edited by Tom Hale": the editor after a semicolon is no
        # writer (a word then "by" after it: "By Jane Roe; Tom Hale" is left
        # alone). Searched only in a byline holding "@" or ";".
        # "Reported by: Jane Roe, Edited by: Tom Hale" (Indian sites): the
        # editor after a comma is no writer either.
        rare_tail=regex.compile(
            r"(?<!\S)[\w.+-]{1,64}@\w|;\s(?=\w{1,20}\s{1,3}by\b)|,\s(?=(?i:edited)\s{1,3}by\b)"
        ),
        # Other languages' sites date the byline so too: "14 de junio de 2026 |
        # Por Ana Pérez", "14.06.2026 | Von Max Muster" (a day, maybe "de",
        # a month of Knowledge.page_date_months; Knowledge.byline_openers).
        # A date label may open the line: "Posted on June 3, 2026 by Jane Roe"
        # (blogs), "Publicado el 14 de junio de 2026 por Ana Pérez".
        date_before=regex.compile(
            r"(?:(?i:posted|published|updated|publicado|publicada)(?:\s{1,3}(?:on|el|em))?"
            r"\s{1,3})?"
            rf"(?:{date_start}|\d{{1,2}}:\d{{2}}"
            rf"|(?i:\d{{1,2}}\.?\s{{1,3}}(?:de\s{{1,3}})?{alternation(knowledge.page_date_months)}\b))"
            r"[\w ,:./-]{0,30}?\s*+[|,•·]?\s*+"
            rf"(?=(?i:(?:posted\s)?by)\s|{alternation(foreign)}\s)"
        ),
        no_opener=regex.compile(
            rf"(?P<names>[^@|•·/]{{3,80}}?)(?:\s++\(?@\w{{2,30}}|\s*+[-–—|•·/]\s*+{date_start})"
        ),
    )


# An e-mail address: one run each side of the "@", no space, a dot in the
# domain ("jroe@example.com", Yonhap's "jrk@yna.co.kr"). Bounded possessive
# runs: linear.
_EMAIL: Final = regex.compile(r"[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,4}")
# The fewest letters of a name's word that vouch for it inside the address.
_NAME_IN_ADDRESS: Final = 3


def is_email_address(text: str) -> bool:
    """Is ``text`` an e-mail address alone: a writer's after their name
    (``By Jane Roe (jroe@example.com)``), on its own line in a page's header,
    or under a wire story (Yonhap's ``jrk@yna.co.kr`` over ``(END)``)?

    >>> is_email_address("jrk@yna.co.kr"), is_email_address("@jroe")
    (True, False)
    """
    return "@" in text and _EMAIL.fullmatch(text) is not None


def holds_email_address(text: str) -> bool:
    """Does ``text`` hold an e-mail address among marks around it: a label
    glued on (``Email:jroe@example.com``), brackets, an end mark?

    >>> holds_email_address("Email:jroe@example.com."), holds_email_address("x@y")
    (True, False)
    """
    return "@" in text and _EMAIL.search(text) is not None


# The label before an agency's name under a headline ("Source: Xinhua").
_SOURCE_LABELS: Final = frozenset({"Source:", "SOURCE:"})
# Where the agency's name after the label ends: a bar or a bullet before the
# page's date or editor. One possessive run: linear.
_SOURCE_END: Final = regex.compile(r"\s*+[|•·]")

# What opens a Nigerian paper's correspondent's byline: "From Jane Roe, Kano".
_FROM: Final = ("From ", "FROM ")

# Emphasis around a whole line: **By Jane Roe**, __By Jane Roe__, *By Jane Roe*.
# Fullmatch on at most _MAX_CHARS: the lazy run stops only where the same mark
# ends the line, one try per position for each of the two mark lengths: linear.
_EMPHASIS = regex.compile(r"(?P<mark>\*{1,2}|_{1,2})(?P<inner>[^*_].*?)(?P=mark)")
# What a line in emphasis opens with (a non-empty string of these).
_EMPHASIS_MARKS: Final = ("*", "_")
_WEB_ADDRESS = regex.compile(r"\w\.(?:com|org|net|co|uk|au|ca|in|de|fr|io|us|tv|news)\b", regex.I)


def _person_words(name: str, title_words: frozenset[str]) -> int:
    """How many of a name's words are the person's: all of them, or those before
    the first word of a title or outlet (``title_words``), or 0 when it is an
    outlet's name."""
    if _WEB_ADDRESS.search(name) is not None:
        return 0
    words = name.split()
    # The words with their full stops taken out, one for each of ``words``
    # (``A.J.`` stays one word): ``Staff`` is asked at its own place.
    bare = [word.replace(".", "") for word in words]
    for number, word in enumerate(words):
        if any(part.casefold() in title_words for part in word.split("-")) and not _staff_rank(
            bare, number
        ):
            return number if number >= 2 else 0
    return len(words)


def _is_organization_name(name: str, title_words: frozenset[str]) -> bool:
    """A name that is not (only) a person's."""
    return _person_words(name, title_words) != len(name.split())


# Titles that are a writer's only after a newsroom's word (Knowledge.writer_titles:
# "Digital Producer", "Web Producer"), and a surname too.
_PREFIXED_TITLES: Final = frozenset({"producer"})


def _surnamed_producer(name: str, knowledge: Knowledge) -> bool:
    """Is ``name``, after ``By``, a given name and a surname that is a title
    only after a newsroom's word (``By Jane Producer``)? The first word is in
    title case and no title's, outlet's or photo label's word (``Senior
    Producer``, ``Radio Producer``, ``Video Producer``), and the two no
    writer's title (``Digital Producer``). String tests and set lookups."""
    words = name.split(" ")
    if len(words) != 2 or words[1].casefold() not in _PREFIXED_TITLES:
        return False
    first = words[0]
    folded = first.casefold()
    return (
        first.isalpha()
        and first.istitle()
        and folded not in _page_patterns(knowledge).title_words
        and folded not in knowledge.outlet_words
        and folded not in knowledge.credit_qualifiers
        and folded not in knowledge.writer_title_prefixes
        and name.casefold() not in _page_patterns(knowledge).title_words
    )


def _undouble(name: str) -> str:
    """A name printed twice in a row (``Jane Roe Jane Roe``: a link and its text) once."""
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def _dated_mononym(name: str, tail: str, knowledge: Knowledge) -> bool:
    """Is ``name`` one capitalised word of letters (three or more, no word of
    a date line, no word that is never a name, no agency) and ``tail`` a date
    opening with a month's name and holding a digit (``September 15,
    2014``)?"""
    month = tail.split(" ", 1)[0].rstrip(".,").casefold()
    folded = name.casefold()
    return (
        len(name) >= 3
        and name.isalpha()
        and name[:1].isupper()
        and name[1:].islower()
        and any(c.isdigit() for c in tail)
        and month in month_words(knowledge)
        and folded not in month_words(knowledge)
        and folded not in knowledge.date_line_words
        and folded not in knowledge.byline_non_name_words
        and folded not in knowledge.byline_outlet_words
        and not is_organization_line(name, knowledge=knowledge)
    )


def _spaced_title_slash(text: str, patterns: _PagePatterns) -> str:
    """``text`` with a slash glued between the names and the writer's title
    it ends with spaced as a header's separator is: ``Jane Roe/Staff
    Reporter``, ``Jane Roe/Gleaner Writer`` (Caribbean papers) read as ``Jane
    Roe / Staff Reporter``. Glued before anything else (``Jane Roe/AFP``, a
    photo credit's form) the slash stays glued. String tests and one search
    of the title alternation in the few words after the slash."""
    before, _, title = text.rpartition("/")
    if not (
        before[-1:].isalpha() and title[:1].isupper() and len(title.split()) <= _SLASHED_TITLE_WORDS
    ):
        return text
    found = patterns.writer.search(title)
    if found is None or found.end() != len(title):
        return text
    return f"{before} / {title}"


# The most words of a writer's title glued after a slash ("Senior Staff Reporter").
_SLASHED_TITLE_WORDS: Final = 4


# The run of white space ending where a match starts, matched backwards.
_SPACE_BEFORE: Final = regex.compile(r"(?r)\s*+")


def _tail_start(text: str, patterns: _PagePatterns) -> int:
    r"""Where a byline's tail starts in ``text`` (``_PagePatterns.tail_at``),
    the run of white space before it included, or -1 for none: the start of
    the leftmost match of ``\s*+(?<!\w)`` and a tail's form (a possessive
    run takes a line's white space whole, so the form is tried at a
    character that is no white space, and the match starts where the run
    before it does)."""
    found = patterns.tail_at.search(text)
    if found is None:
        return -1
    space = _SPACE_BEFORE.match(text, 0, found.start())
    return found.start() if space is None else space.start()


def byline_tail_start(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> int:
    """Where the tail of a page byline's names starts in ``text`` (a bar, a
    spaced dash, a handle, a date label or a date, ``from the``, a writer's
    title), the white space before it included, or -1 for none. (Not part of
    wirestory's API: tests hold it to the pattern it stands in for, the
    tail's forms, :func:`byline_tail_forms`, after ``\\s*+(?<!\\w)``.)"""
    return _tail_start(text, _page_patterns(knowledge))


def byline_tail_forms(knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> regex.Pattern[str]:
    """The forms a page byline's tail opens with, matched at their first
    character (``_PagePatterns.tail_at``). (Not part of wirestory's API:
    tests build the pattern :func:`byline_tail_start` stands in for from it.)"""
    return _page_patterns(knowledge).tail_at


def _page_names(
    text: str,
    knowledge: Knowledge,
    *,
    dashed: bool = False,
    separators: regex.Pattern[str] = _SEPARATORS,
) -> tuple[tuple[str, ...], str | None] | None:
    """The names and organisation of a byline's text after the opener, the tail
    (date, handle, title) cut off; a title or outlet among the names moves to
    the organisation. ``separators`` join two writers' names (after Dutch
    ``door``, ``en`` too)."""
    patterns = _page_patterns(knowledge)
    if text[:1].isupper():
        # "Senior Correspondent Jane Roe", "By Staff Writer Jane Roe": South
        # Asian and Gulf sites print the writer's title before the names, no
        # comma. The title is no person: it goes to the organisation, and a
        # title alone ("Staff Reporter") names nobody.
        role = patterns.role.match(text)
        if role is not None and text[role.end() : role.end() + 1] == " ":
            named = _page_names(
                text[role.end() :].lstrip(" ,:-–—|"),
                knowledge,
                dashed=dashed,
                separators=separators,
            )
            if named is None:
                return None
            title = role.group()
            return named[0], f"{title}, {named[1]}" if named[1] else title
    if "/" in text:
        text = _spaced_title_slash(text, patterns)
    tail = _tail_start(text, patterns)
    end = tail if tail >= 0 else len(text)
    if "@" in text or ";" in text or "dited by" in text:
        rare = patterns.rare_tail.search(text, 0, end)
        if rare is not None:
            end = rare.start()
    for glued in _GLUED.finditer(text, 0, end):
        if patterns.glued.match(text, glued.start() + 1) is not None:
            end = glued.start() + 1
            break
    has_tail = tail >= 0 or end < len(text)
    names_text = text[:end]
    tail_text = text[end:].strip()
    if tail_text == "/":
        # "NATIONAL /": a breadcrumb's section, not a name before its outlet.
        return None
    # "By Jane Roe - Staff Writer": the dash before the title goes with it.
    names_text = names_text.strip().rstrip(",;-–— ")
    found = None
    if names_text and len(names_text) <= _MAX_CHARS - 3:
        # person_names, with the opener's separators.
        bare = _NAMES_TEXT.fullmatch(names_text.rstrip(), 0, None, False)
        if bare is not None:
            found = _read_names(
                bare.group("rest").strip(), names_text.strip(), knowledge, separators
            )
    if found is None and not has_tail:
        found = _names_then_agency(names_text, knowledge)
    if found is None and tail_text and patterns.role.match(tail_text) is not None:
        # "By Tom Hale Times Staff Writer": the paper's word opens the title
        # ("Times Staff Writer"), glued to the names; a name before it
        # stands whole ("By Tom Times Staff Writer" names no one so).
        head, _, outlet = names_text.rpartition(" ")
        if head.count(" ") >= 1 and outlet.casefold() in knowledge.outlet_words:
            within = _read_names(head, head, knowledge, separators)
            if (
                within is not None
                and within.names
                and within.organization is None
                and not any(_is_organization_name(n, patterns.title_words) for n in within.names)
            ):
                return within.names, f"{outlet} {tail_text}"
    if found is None and _dated_mononym(names_text, tail_text, knowledge):
        # "by Regan September 15, 2014": a blog's writer signs with one name,
        # the date glued after it frames it as a byline ("By June" alone, a
        # month, is no name; a byline's two words are asked otherwise).
        return (names_text,), None
    if found is None or not found.names:
        return None
    names: list[str] = []
    others: list[str] = []
    for name in found.names:
        keep = 0 if others else _person_words(name, patterns.title_words)
        words = name.split()
        if keep:
            names.append(_undouble(" ".join(words[:keep])))
        if keep < len(words):
            others.append(" ".join(words[keep:]))
    if not names:
        return None
    if found.organization is not None:
        others.append(found.organization)
    if (
        not others
        and tail_text
        and (not any(c.isdigit() for c in tail_text) or _numbered_outlet(tail_text, knowledge))
    ):
        # "| Daily Planet", "/ TNN" (a spaced slash: "Jane Roe/AFP" is a
        # photo credit's form), "from the Wire Agency", "Staff Writer"
        if tail_text[:1] in "|•·/":
            others.append(tail_text[1:].strip())
        elif tail_text.casefold().startswith("from the "):
            others.append(tail_text[len("from the ") :].strip())
        elif tail_text.casefold().startswith("for "):
            others.append(tail_text[len("for ") :].strip())
        elif patterns.role.match(tail_text) is not None:
            others.append(tail_text)
        elif tail_text[:1] in "-–—":
            # "Jane Roe - Anadolu Agency", "Jane Roe - Staff Writer": an agency
            # or a title after a spaced dash; anything else there ("Harbour
            # Board - Live Updates") is a headline's or a label's rest.
            # "By: Jane Roe - Reporter / @janeroeINQ", "By: Jane Roe -
            # @harbournews" (Philippine sites): the writer's or the outlet's
            # handle after the title, or alone after the dash, is no title.
            after = _HANDLE_AFTER.sub("", tail_text[1:].strip(), count=1)
            if not after:
                return tuple(names), ", ".join(other for other in others if other) or None
            if not (
                is_organization_line(after, knowledge=knowledge)
                or patterns.role.match(after) is not None
                # "By Marta Quinlan - Tom Hale": a second writer, an outlet
                # or a place after the dash read the same; the first is the
                # writer, the rest the organisation, and the page layout
                # says so (slashed_name). Only after "By" or in the
                # header's place of a byline (``dashed``): "Harbour Board -
                # Live Updates" has the shape too.
                or (dashed and _name_shaped(after, patterns.title_words))
            ):
                return None
            others.append(after)
    organization = ", ".join(other for other in others if other) or None
    return tuple(names), organization


# An outlet's name with its number glued after a bar ("Jane Roe | News24",
# "| Channel4"): one capitalised word and a number, no space (a date or time
# after the bar has a space or a separator). Anchored, one class run each.
_NUMBERED_OUTLET = regex.compile(r"[|•·/]\s*+(?P<word>\p{Lu}\p{L}{1,20})\d{1,3}")


def _numbered_outlet(tail: str, knowledge: Knowledge) -> bool:
    """Whether a byline's ``tail`` is an outlet whose name ends in a number
    after a bar (``| News24``); a month glued to a day (``| June5``) is no
    outlet."""
    match = _NUMBERED_OUTLET.fullmatch(tail)
    return match is not None and match.group("word").casefold() not in month_words(knowledge)


# A handle ending a byline's tail, alone or after a bar or slash ("- @janeroe",
# "Reporter / @janeroeINQ"). Linear: the white space before the bar is only
# entered where none precedes it (a run of spaces is scanned once), and the
# handle's possessive run is tried once per "@".
_HANDLE_AFTER = regex.compile(r"(?:^|(?<!\s)\s*+[/|]\s*+)@\w++$")


# A small letter then a capital: where a scraper may have glued a date to the
# names ("RoeNovember"). Two classes, no repetition: linear.
_GLUED = regex.compile(r"\p{Ll}\p{Lu}")


# "By JANE ROE and TOM HALE Associated Press": at most this many words of an
# agency's name after the names, no comma between.
_AGENCY_AFTER_NAMES_WORDS: Final = 4


def _names_then_agency(text: str, knowledge: Knowledge) -> Byline | None:
    """``JANE ROE and TOM HALE Associated Press``: names, then an agency's
    name with no comma between (AP's byline run into the line under it).
    The agency must be two words or more, or stand in another case than the
    names (``JANE ROE Reuters``): one title-case word after title-case names
    is a surname as often (``Jane Anne Bloomberg``, ``Mary Petra``). Only
    when nothing else read the text: a few set lookups on its last words."""
    words = text.split(" ")
    for count in range(min(_AGENCY_AFTER_NAMES_WORDS, len(words) - 2), 0, -1):
        agency = " ".join(words[-count:])
        if not is_organization_line(agency, knowledge=knowledge):
            continue
        head = " ".join(words[:-count])
        if count == 1 and words[-2].isupper() == agency.isupper():
            return None
        found = person_names(head, knowledge=knowledge)
        if found is None or not found.names or found.organization is not None:
            return None
        return Byline(raw=text, names=found.names, organization=agency)
    return None


# Headline verbs in the third person (and the past participles a headline
# drops its "is" before) that open a clause after a name and its titles:
# "Jane Roe, veteran broadcaster, dies at 80", "Tom Hale, council leader,
# says …". A byline's clauses after the name are titles, outlets and places.
_HEADLINE_VERBS: Final = frozenset(
    "dies dead wins says loses joins quits retires resigns warns urges calls admits "
    "denies returns faces backs leaves signs celebrates remembered honoured honored "
    "named elected jailed charged arrested found killed injured".split()
)


# A weekday's abbreviation before a comma and a date: "Sun, Mar 4, 2025",
# "Tue, 4 March 2025". Bounded runs: linear.
_WEEKDAY_BEFORE_DATE: Final = regex.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?, (?=\d|\p{Lu}\p{Ll}{2,8}\.? \d)"
)


# The sieve of _WEEKDAY_BEFORE_DATE: a weekday's abbreviation and a comma
# ("Sun, ", "Tue., "), looked for by substring first.
_WEEKDAY_COMMAS: Final = tuple(
    f"{day}{dot}, "
    for day in ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
    for dot in ("", ".")
)


# A page header's separators between the names and the date's part ("By Jane
# Roe, Reuters | Sun, Mar 4", "… • Updated Sat, …"): a weekday after one is
# glued to no name.
_DATE_PART_MARKS: Final = ("|", "•", "·", " - ", " – ", " — ")


def _surname_before_weekday_date(text: str, weekday: regex.Match[str]) -> bool:
    """Is the weekday's abbreviation ``weekday`` found in ``text`` a surname
    too (``Sun``) before a date with its year that falls on another day (``By
    Mary Jane Sun, Mar 4, 2025``: 4 March 2025 was a Tuesday, so "Sun" is the
    writer's)? A date falling on a Sunday, without its year or no day of the
    calendar (``Feb 30, 2025``) leaves it the weekday's, and the layouts say
    so (:func:`weekday_may_be_surname`); so does a comma before it (``By Jane
    Roe, Sun, Mar 4, 2025``: glued to no name, the weekday)."""
    start = weekday.start()
    if weekday.group()[:-2] not in _SURNAME_WEEKDAYS or not text[start - 2 : start - 1].isalpha():
        return False
    day = _dated_weekday(text[weekday.end() :])
    return day is not None and day != _SUNDAY


def _headline_clause(text: str) -> bool:
    """A clause after the line's first comma opens with a headline's verb in
    lower case: a headline about the person named, not their byline (asked
    of a line with no byline opener, "By")."""
    return any(
        clause.partition(" ")[0].rstrip(",.:;") in _HEADLINE_VERBS
        for clause in text.split(", ")[1:]
    )


# A writer's pronouns in parentheses after the name (``she/her``,
# ``they/them``, ``he/they``): two or three of a closed list of words between
# slashes. A bounded repeat of fixed words: linear.
_PRONOUNS: Final = regex.compile(
    r"(?i)(?:she|he|they|ze|xe)(?:/(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|xe|xem)){1,2}"
)
# The same in parentheses after a name anywhere in the line, before its end, a
# second writer, a title or a date (``By Sam Rivera (they/them) and Jo Lee
# (she/her)``, ``… (they/them), Staff Writer``, ``… (he/him) | March 4,
# 2025``). Bounded, no nested repeat: linear.
_PRONOUNS_IN_PARENS: Final = regex.compile(
    rf" \((?:{_PRONOUNS.pattern.removeprefix('(?i)')})\)(?=$|[ ,;|])", regex.IGNORECASE
)

# The same after a comma, before the line's end, a comma, a semicolon, a
# separator or a second writer (``By Sam Rivera, they/them``, ``By Tom Hale,
# she/her, Staff Writer``, ``…, he/him | March 4, 2025``, ``…, she/her and Jo
# Lee``, ``…, she/her; Tom Hale, he/him``). Before a capitalised word they
# open an outlet's name (``By Ann Lee, They/Them Collective``): read past,
# the writer's name took the outlet's next word (fixF61). Bounded, no nested
# repeat: linear.
_PRONOUNS_AFTER_COMMA: Final = regex.compile(
    rf", (?:{_PRONOUNS.pattern.removeprefix('(?i)')})(?:;(?= )|(?=$|[,|]| (?!(?-i:\p{{Lu}}))))",
    regex.IGNORECASE,
)


def _pronouns_read_past(match: regex.Match[str]) -> str:
    """What stands for a writer's pronouns after a comma
    (``_PRONOUNS_AFTER_COMMA``): nothing, or a comma for those closed by a
    semicolon before a second writer (``By Ann Lee, she/her; Tom Hale``):
    the writers then read as ``By Ann Lee, Tom Hale``, where a semicolon
    between them read as no byline and both names were lost. Before anything
    else (``By Ann Lee, he/him; updated 4 March 2025``, ``…, they/them;
    Photos by Tom Hale``) the semicolon stays, and what follows it is no
    writer's nor the organisation's: read as a second writer, it was the
    organisation, silently (fixH62)."""
    if not match.group().endswith(";"):
        return ""
    after = _WRITER_AFTER_SEMICOLON.match(match.string, match.end())
    return "," if after is not None else ";"


# A writer's name after a semicolon closing pronouns: a capitalised word, a
# space, a capitalised word (``; Owen Marsh``; ``; Photos by`` and ``;
# updated`` are none). Bounded: linear.
_WRITER_AFTER_SEMICOLON: Final = regex.compile(r" \p{Lu}\p{Ll}+ \p{Lu}")


def find_page_byline(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Byline | None:
    """The byline in a line of a web page's header, or None: every line
    :func:`find_byline` reads, and the page forms around the names (a date, a
    handle, a title without comma, an outlet after ``|`` or ``from the``,
    Markdown emphasis, a date before ``by``, names followed by a handle or a
    dashed date without an opener). A web address or an outlet's word after the
    names is the organisation, a name printed twice is one name. ``knowledge``
    gives the openers, agencies and months (see :class:`~wirestory.Knowledge`).

    >>> find_page_byline("By Jane Roe Updated Nov 13, 2019, 10:28am EST").names
    ('Jane Roe',)
    >>> find_page_byline("Jane Roe @janeroe").names
    ('Jane Roe',)
    >>> b = find_page_byline("By Jane Roe, Planetnews.com")
    >>> b.names, b.organization
    (('Jane Roe',), 'Planetnews.com')
    >>> find_page_byline("Photo by Jane Roe/Getty Images") is None
    True
    >>> find_page_byline("By Jane Roe in Port Ellis").names
    ('Jane Roe',)
    """
    if len(line) > _MAX_CHARS:
        return None
    raw = line.strip()
    text = raw
    text = _small_place_words(text)
    if opens_with_conjunction(raw) or match_clock_after_by(raw):
        # "Av Og Til", "By And Large", "By Half Time": no page form makes a
        # writer of them (string tests: the first words).
        return None
    if raw[:1] >= "\u05d0":
        # Hebrew and the scripts after it in Unicode: most are without
        # capitals, their bylines read by their own labels and forms.
        own = script_byline(raw, knowledge=knowledge)
        if own is not None:
            return own
    if (
        ", " in text
        and _headline_clause(text)
        and _page_patterns(knowledge).opener.fullmatch(text) is None
    ):
        return None
    # Each weekday's comma holds ", ": a line without one (most) asks no more.
    weekday = (
        _WEEKDAY_BEFORE_DATE.search(text)
        if ", " in text and any(map(text.__contains__, _WEEKDAY_COMMAS))
        else None
    )
    if weekday is not None and weekday.start() and text[weekday.start() - 1] == " ":
        # "By Jane Roe Sun, Mar 4, 2025": a weekday's abbreviation glued before
        # the date ends the names (no writer is "Jane Roe Sun"); a name of one
        # word before it ("By Tom Sun, Mar 4") keeps it, a surname too. A
        # header's separator before it ends the names' part there ("By Jane
        # Roe, Reuters | Sun, Mar 4", "… • Updated Sat, …"): no part of the
        # outlet or title.
        names_part = text[: weekday.start()]
        if _surname_before_weekday_date(text, weekday):
            # "By Mary Jane Sun, Mar 4, 2025": no weekday of that date, the
            # writer's surname.
            names_part = text[: weekday.end() - 2]
        cut = min(
            (at for mark in _DATE_PART_MARKS if (at := names_part.find(mark)) > 0), default=None
        )
        within = find_page_byline(names_part[:cut].rstrip(), knowledge=knowledge)
        if within is not None and within.names and all(" " in n for n in within.names):
            return Byline(raw=raw, names=within.names, organization=within.organization)
    names_part, space, verb = text.rpartition(" ")
    if space and verb in _WRITES_AFTER_NAMES:
        # "Jón Sigurðsson skrifar" (Icelandic: … writes), the verb after the
        # names where other sites put "By" before them; two writers joined by
        # "og" (and) write in the plural, "skrifa". Each name of two words or
        # more ("Forsetinn skrifar", the president writes, names no one).
        # Read as none, the writer went unread, silently (heldout38).
        within = _read_as(raw, "By " + names_part.replace(" og ", " and "), knowledge)
        if within is not None and within.names and all(" " in n for n in within.names):
            return within
    # Emphasis opens the line with its mark: most lines are not matched.
    emphasis = _EMPHASIS.fullmatch(text) if text[:1] in _EMPHASIS_MARKS else None
    if emphasis is not None:
        text = emphasis.group("inner").strip()
    patterns = _page_patterns(knowledge)
    if text[-1:] == "]":
        # "BY JANE ROE [jroe@example.com]" (Korean English-language papers):
        # the writer's address in brackets, read as in parentheses.
        writers, bracket, address = text[:-1].rpartition(" [")
        if bracket and is_email_address(address):
            return _read_as(raw, f"{writers} ({address})", knowledge)
    # A prefilter first: a byline's names before the parenthesis are a few
    # words (a caption ending "(Getty Images)" is longer).
    head, paren, agency = text.removesuffix(")").rpartition(" (")
    if " (" in text and (pronouns := _PRONOUNS_IN_PARENS.search(text)) is not None:
        # "By Sam Rivera (they/them)": the writer's pronouns after the name
        # (US and British sites' author lines); read with them, the name went
        # unread, silently (heldout35). Each writer may print them, and a
        # title or a date may follow: read past every one, not only the
        # line's last.
        within = find_page_byline(
            _PRONOUNS_IN_PARENS.sub("", text) if pronouns.end() < len(text) else head,
            knowledge=knowledge,
        )
        if within is not None and within.names:
            return Byline(raw=raw, names=within.names, organization=within.organization)
    if "/" in text and (pronouns := _PRONOUNS_AFTER_COMMA.search(text)) is not None:
        # "By Sam Rivera, they/them": the pronouns after a comma, as an
        # outlet stands there ("By Jane Roe, Reuters"); read so, they were
        # the byline's organisation, silently (heldout35 left it). A title,
        # an outlet, a date or a second writer may follow them ("By Tom
        # Hale, she/her, Staff Writer", "…, he/him | March 4, 2025"): read
        # so, "she/her, Staff Writer" was the organisation (silent60). Every
        # writer's pronouns are read past, not only the line's last.
        within = find_page_byline(
            _PRONOUNS_AFTER_COMMA.sub(_pronouns_read_past, text), knowledge=knowledge
        )
        if within is not None and within.names:
            return Byline(raw=raw, names=within.names, organization=within.organization)
    if (
        paren
        and text.endswith(")")
        and head.count(" ") <= _NAMES_BEFORE_AGENCY_SPACES
        and is_organization_line(agency, knowledge=knowledge)
    ):
        # "By Jane Roe (Reuters)": the agency in parentheses after the names.
        within = find_page_byline(head, knowledge=knowledge)
        if within is not None and within.names and within.organization is None:
            return Byline(raw=raw, names=within.names, organization=agency)
    if paren and text.endswith(")") and is_email_address(agency):
        # "By Jane Roe (jroe@example.com)" (Korean English-language papers):
        # the writer's address in parentheses is no organisation. Without
        # "By", the names are the writer's only when the address holds one of
        # their words ("Kim Min-ji (minji@example.com)"; "Contact us
        # (desk@example.com)" is a box's).
        within = find_page_byline(head, knowledge=knowledge)
        if within is not None and within.names:
            return Byline(raw=raw, names=within.names, organization=within.organization)
        signed = _writers(head, knowledge) if len(head) <= _MAX_CHARS else None
        local = agency.partition("@")[0].casefold()
        if signed is not None and any(
            len(part) >= _NAME_IN_ADDRESS and part in local
            for name in signed
            for part in name.casefold().replace("-", " ").split()
        ):
            return Byline(raw=raw, names=signed, organization=None)
        return None
    if (
        paren
        and text.endswith(")")
        and head.count(" ") <= _NAMES_BEFORE_AGENCY_SPACES
        and agency.count(" ") <= _PAREN_WORDS_SPACES
        and not any(c.isdigit() for c in agency)
        # "Par Jean Dupont (à Lyon)", "Por Ana Ruiz (en Madrid)": the place
        # after a small word saying where the writer filed from.
        and agency.partition(" ")[2 if agency.partition(" ")[0] in _PAREN_PLACE_WORDS else 0][
            :1
        ].isupper()
        and patterns.opener.fullmatch(head) is not None
        # "By Jane Roe (Photos)", "(Courtesy)": a photographer's credit.
        and not any(
            word.casefold().rstrip("s") in knowledge.photo_labels for word in agency.split(" ")
        )
    ):
        # "By Jane Roe (Harbour Town)": words in parentheses after "By" and the
        # names (an outlet, a place, a section) are no agency's; the writer
        # is the byline's (a caption credited "Harbour Town" it is not), and
        # what the words are is left unsaid.
        within = find_page_byline(head, knowledge=knowledge)
        if within is not None and within.names and within.organization is None:
            return Byline(raw=raw, names=within.names, organization=None)
    if text[:5] == "From ":
        # "From Mark Ellison in Madrid" (British papers' foreign pages): the
        # writer's names between "From" and the place they filed from. The
        # place is wanted: "From Monday", "From The Archive" name no writer.
        named, found_in, place = text[5:].rpartition(" in ")
        if found_in and _filed_in(place) and not _time_after_in(place, knowledge):
            within = person_names(named, knowledge=knowledge)
            if (
                not _newsroom_signature(named, knowledge, _SEPARATORS)
                and within is not None
                and within.names
                and within.organization is None
                and not any(_is_organization_name(n, patterns.title_words) for n in within.names)
            ):
                return Byline(raw=raw, names=within.names, organization=None)
    if text[:7] in _SOURCE_LABELS:
        # "Source: Xinhua | 2026-12-03 10:12:30 | Editor: Jane Roe" (Chinese
        # state media's English sites): a known agency after the label is the
        # byline's organisation, no person; anything else after it (a
        # study's, a chart's source) is no byline.
        source = _SOURCE_END.split(text[7:], 1)[0].strip()
        if source and is_organization_line(source, knowledge=knowledge):
            return Byline(raw=raw, names=(), organization=source)
        return None
    plain = find_byline(text, knowledge=knowledge)
    if plain is not None and not any(
        _is_organization_name(n, patterns.title_words) and not _surnamed_producer(n, knowledge)
        for n in plain.names
    ):
        names = tuple(_undouble(name) for name in plain.names)
        organization = plain.organization
        if organization is not None:
            # "By Jane Roe, Senior Correspondent | Nov 19, 2019": the date after
            # a bar or bullet is the page's, not the organisation's.
            head, bar, tail = organization.partition(" | ")
            if not bar:
                head, bar, tail = organization.partition(" · ")
            if bar and head and any(c.isdigit() for c in tail):
                organization = head
        return _second_writer(Byline(raw=raw, names=names, organization=organization), knowledge)
    # A date before the names: "11/19/2019 by Jane Roe", "14.06.2026 | Von
    # Max Muster" (the openers of other languages too: no sieve on "by").
    before = patterns.date_before.match(text)
    if before is not None:
        text = text[before.end() :]
    if text[:5] in _FROM and ", " in text:
        # "From Jane Roe, Kano": Nigerian papers' correspondents, the place
        # where they filed after the comma, read as "By Jane Roe, Kano"; a
        # box's heading has no comma ("From Our Partners", "From Wire Reports").
        # The writers all before the comma ("From Jane Roe and Tom Hale,
        # Abuja"): a "name" after it makes the line places or a phrase ("From
        # New York, With Love", "From Port Harcourt, Rivers State").
        found_from = find_page_byline(f"By {text[5:]}", knowledge=knowledge)
        writers = text[5:].partition(", ")[0]
        if (
            found_from is None
            or not all(name in writers for name in found_from.names)
            # A name opening as a place's does ("From New York, Ohio"): places.
            or any(
                name.split(None, 1)[0].casefold() in knowledge.place_openers
                for name in found_from.names
            )
        ):
            return None
        return Byline(raw=raw, names=found_from.names, organization=found_from.organization)
    opener = patterns.opener.fullmatch(text)
    if opener is not None:
        found = _page_names(
            opener.group("rest"),
            knowledge,
            dashed=True,
            separators=_opener_separators(text[: opener.start("rest")]),
        )
        if found is None:
            framed = _agency_then_date(opener.group("rest"), knowledge) or _writer_for_outlet(
                opener.group("rest"), knowledge
            )
            if framed is not None:
                return Byline(raw=raw, names=framed[0], organization=framed[1])
    else:
        bare = patterns.no_opener.match(text) if may_end_bare_names(text) else None
        found = _page_names(bare.group("names"), knowledge) if bare is not None else None
        if found is None and bare is not None:
            # "KYODO NEWS - Mar 4, 2026 - 10:12 | World": an agency alone
            # before the page's dashed date is the organisation, no writer.
            agency = bare.group("names").strip()
            if is_organization_line(agency, knowledge=knowledge):
                return Byline(raw=raw, names=(), organization=agency)
    if found is None and opener is None:
        framed = _writer_for_outlet(text, knowledge, framed=False)
        if framed is not None:
            return Byline(raw=raw, names=framed[0], organization=framed[1])
    if found is None:
        # "By Jane Roe in Kyiv": British papers print where the writer filed
        # from after the names; the place is no name.
        head, found_in, place = text.rpartition(" in ")
        names_part, bar, outlet = text.partition(" | ")
        if bar and " in " in names_part:
            # "By Jane Roe in Beijing | Harbour Daily | Updated: 2026-12-03"
            # (Chinese English-language papers): the place before the bar,
            # the outlet and the date after it, read without the place.
            head, found_in, place = names_part.rpartition(" in ")
            if not head or not _filed_in(place):
                return None
            return _read_as(raw, f"{head} | {outlet}", knowledge)
        if found_in and " in " in head and _filed_in(place):
            head = _earlier_places_dropped(head)
        if not head or not found_in or not _filed_in(place):
            # "By Jane Roe at Meadow Park", "… at the Riverside Stadium": a
            # match report names the ground its writer reported from, its
            # last word a ground's ("By Jane Roe at Mill Street" stays none),
            # maybe its town after a comma ("… at the Aviva Stadium, Dublin").
            head, found_in, place = text.rpartition(" at ")
            if place.startswith("the "):
                place = place[4:]
            ground, _, town = place.partition(", ")
            if (
                not head
                or not found_in
                or ground.rpartition(" ")[2].casefold() not in _GROUND_WORDS
                or not _filed_in(ground)
                or (town and not _filed_in(town))
            ):
                return None
        return _read_as(raw, head, knowledge)
    return _second_writer(
        Byline(raw=raw, names=found[0], organization=_without_photographer(found[1])), knowledge
    )


# The last word of a sports ground's name, after a match report's "at"
# (``Meadow Park``, ``the Riverside Stadium``, ``Elland Road``, a
# racecourse, a golf course's ``Links``, ``the Rose Bowl``), case-folded.
_GROUND_WORDS: Final = frozenset(
    "stadium park arena ground road lane field oval stadion circuit velodrome racecourse"
    " links bowl".split()
)


# What opens a photographer's credit after a bar on the writer's line
# ("WRITER: Jane Roe | PHOTOGRAPHER: Tom Hale", "By Jane Roe | Photos: Tom
# Hale"), case-folded.
_PHOTO_ROLES: Final = (
    "photographer:",
    "photographers:",
    "photographer ",
    "photo:",
    "photos:",
    "photography:",
    "pictures:",
    "photo by ",
    "photos by ",
    "pictures by ",
)


def _without_photographer(organization: str | None) -> str | None:
    """``organization`` read after a page byline's names without the
    photographer's credit a bar sets apart (``PHOTOGRAPHER: Tom Hale``): a
    photographer is neither a writer nor the organisation (the raw keeps the
    credit). None when nothing else is left. A string search first: most
    organisations hold no bar."""
    if organization is None or ("|" not in organization and ":" not in organization):
        return organization
    kept = [
        part
        for part in organization.split("|")
        if not part.strip().casefold().startswith(_PHOTO_ROLES)
    ]
    return "|".join(kept).strip(" |") or None


def _earlier_places_dropped(head: str) -> str:
    """``head``, a page byline before its last writer's place (``By Jane Roe
    in London and Tom Bay``, ``BY JANE ROE in LONDON AND TOM BAY``), without
    the places the earlier writers filed from: British papers print each
    writer's place after their name when two filed from two cities. With
    the first place kept, the names were no names and the byline was lost.
    A place is dropped only before the joining ``and`` (either case) and
    only when it has a place's shape (:func:`_filed_in`); else ``head`` as
    it was."""
    for joint in (" and ", " AND "):
        if joint in head:
            writers = head.split(joint)
            break
    else:
        return head
    for at, listed in enumerate(writers[:-1]):
        # "By Jane Roe in London, Tom Bay in Paris and Ann Lee": a list's
        # writers before "and" are set apart by commas.
        named = listed.split(", ")
        for count, writer in enumerate(named):
            name, found_in, place = writer.rpartition(" in ")
            if found_in and name and _filed_in(place):
                named[count] = name
        writers[at] = ", ".join(named)
    return joint.join(writers)


# The verb Icelandic sites print after the writers' names, over the story:
# "Jón Sigurðsson skrifar" (writes), "… og Anna Björk skrifa" (write).
_WRITES_AFTER_NAMES: Final = frozenset({"skrifar", "skrifa"})


def _read_as(raw: str, text: str, knowledge: Knowledge) -> Byline | None:
    """The page byline ``text`` (``raw`` rewritten: the place or the address
    dropped) gives, its raw text ``raw``; or None when it gives none."""
    within = find_page_byline(text, knowledge=knowledge)
    if within is None:
        return None
    return Byline(raw=raw, names=within.names, organization=within.organization)


def _agency_then_date(text: str, knowledge: Knowledge) -> tuple[tuple[str, ...], str] | None:
    """``Reuters December 3, 2026`` after a byline's opener (``by Reuters
    December 3, 2026``, ``By AFP | 10:15 AM``): a known agency's name alone
    before the page's date, time or reading time (a tail holding a digit).
    The agency is the byline's organisation, no person. ``By Reuters`` alone
    is :func:`find_byline`'s."""
    tail = _tail_start(text, _page_patterns(knowledge))
    if tail < 0 or not any(c.isdigit() for c in text[tail:]):
        return None
    agency = text[:tail].strip().rstrip(",;-–— ")
    if not is_organization_line(agency, knowledge=knowledge):
        return None
    return (), agency


# "Jane Roe for The Vale Post": the outlet a writer files for, after " for ".
# Its words capitalised ("of", "the" between), at most six, no digit; linear
# (one word at a time, possessive or not).
_OUTLET = regex.compile(
    r"(?:[Tt]he\ )?\p{Lu}[\p{L}.&'’-]*+(?:\ (?:of\ |the\ |and\ |&\ )?\p{Lu}[\p{L}.&'’-]*+){0,5}"
)


def _writer_for_outlet(
    text: str, knowledge: Knowledge, *, framed: bool = True
) -> tuple[tuple[str, ...], str] | None:
    """``Jane Roe for The Vale Post`` (after ``By`` or alone on a page's
    header line): a writer's names, ``for``, the outlet they file for (a
    freelancer's or a partner paper's byline). The outlet is the byline's
    organisation. Without ``By`` (``framed`` false) the outlet must end in
    a word of :attr:`~wirestory.Knowledge.outlet_words` or be a known agency:
    ``Jude Bellingham for Real Madrid``, ``Big Win for The Reds`` are a
    headline's shape too."""
    names_text, found_for, outlet = text.strip().partition(" for ")
    if not found_for or _OUTLET.fullmatch(outlet) is None:
        return None
    if not framed and not (
        outlet.rsplit(" ", 1)[-1].casefold() in knowledge.outlet_words
        or is_organization_line(outlet, knowledge=knowledge)
    ):
        return None
    names = _writers(names_text, knowledge)
    return None if names is None else (names, outlet)


def _writers(text: str, knowledge: Knowledge) -> tuple[str, ...] | None:
    """The writers' names ``text`` holds and nothing else (``Jane Roe``,
    ``Jane Roe and Tom Hale``): each of two person's words or more, no
    outlet or title among them; the names before an outlet in a frame
    (``NAME for OUTLET``, ``[NAME/OUTLET]``)."""
    found = person_names(text, knowledge=knowledge)
    if found is None or not found.names or found.organization is not None:
        return None
    title_words = _page_patterns(knowledge).title_words
    if not all(_person_words(name, title_words) >= 2 for name in found.names):
        return None
    return found.names


def writer_for_outlet(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Byline | None:
    """A header line naming writers and the outlet they file for, without
    ``By``: ``Jane Roe for The Vale Post``, ``Jane Roe for Reuters``. The
    outlet ends in a word of :attr:`~wirestory.Knowledge.outlet_words` or is
    a known agency (``Jude Bellingham for Real Madrid`` is a headline's
    shape); it is the byline's organisation.

    >>> b = writer_for_outlet("Jane Roe for The Vale Post")
    >>> b.names, b.organization
    (('Jane Roe',), 'The Vale Post')
    >>> writer_for_outlet("Jude Bellingham for Real Madrid") is None
    True
    """
    raw = line.strip()
    if len(raw) > _MAX_CHARS:
        return None
    opener = raw.partition(" ")[0]
    if opener in knowledge.byline_openers or opener in knowledge.page_byline_openers:
        # "By Jane Roe for Reuters" is find_page_byline's: read here, the
        # opener was a first name ("By Jane Roe").
        return None
    found = _writer_for_outlet(raw, knowledge, framed=False)
    return None if found is None else Byline(raw=raw, names=found[0], organization=found[1])


def credit_for_outlet(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> str | None:
    """The outlet of a photo's or a drawing's credit in the ``NAME for
    OUTLET`` form, None when the line is not one: the form of
    :func:`writer_for_outlet` (``Jane Roe for The Vale Post``), or a studio's
    name of one word, its joined words' capitals inside it (``InkWorks for
    Vale Magazine``), as a magazine credits the artist it commissioned. The
    outlet ends in a word of :attr:`~wirestory.Knowledge.outlet_words` or is a
    known agency.

    >>> credit_for_outlet("InkWorks for Vale Magazine")
    'Vale Magazine'
    >>> credit_for_outlet("Inkworks for Vale Magazine") is None
    True
    """
    found = writer_for_outlet(line, knowledge=knowledge)
    if found is not None:
        return found.organization
    raw = line.strip()
    studio, found_for, outlet = raw.partition(" for ")
    # A studio's name: one word of letters in title case at its start, a
    # capital after a small letter inside it (``InkWorks``; ``Inkworks``,
    # ``INKWORKS`` are a word's). String tests: no pattern compiled at import.
    if (
        not found_for
        or len(raw) > _MAX_CHARS
        or not studio.isalpha()
        or not studio[:2].istitle()
        or studio.istitle()
        or studio.isupper()
    ):
        return None
    if _OUTLET.fullmatch(outlet) is None or not (
        outlet.rsplit(" ", 1)[-1].casefold() in knowledge.outlet_words
        or is_organization_line(outlet, knowledge=knowledge)
    ):
        return None
    return outlet


def credit_comma_outlet(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> str | None:
    """The outlet of a photo's credit in the ``NAME, OUTLET`` form, None when
    the line is not one: a person's name of two or three words in title case
    (letters, hyphens, apostrophes), a comma, and an outlet ending in a word of
    :attr:`~wirestory.Knowledge.outlet_words` (``Jun Reyes, VNN News``, as
    Philippine broadcasters credit their staff photographers after the
    caption's sentence).

    >>> credit_comma_outlet("Jun Reyes, VNN News")
    'VNN News'
    >>> credit_comma_outlet("Manila, Philippines") is None
    True
    """
    raw = line.strip()
    name, comma, outlet = raw.partition(", ")
    words = name.split()
    if (
        not comma
        or len(raw) > _MAX_CHARS
        or not 2 <= len(words) <= 3
        or not all(
            word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()
            for word in words
        )
    ):
        return None
    if (
        _OUTLET.fullmatch(outlet) is None
        or outlet.rsplit(" ", 1)[-1].casefold() not in knowledge.outlet_words
    ):
        return None
    return outlet


# "[Jane Roe/The Vale Post]": a writer and an outlet in square brackets, a
# slash between. Bounded runs of one class each: linear.
_BRACKETED = regex.compile(r"\[\s{0,3}+(?P<names>[^\[\]/]{3,80}+)/(?P<outlet>[^\[\]/]{2,80}+)\]")


def bracketed_byline(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Byline | None:
    """A writer and an outlet in square brackets, alone on a line
    (``[Jane Roe/The Vale Post]``), as some sites sign a story under its
    last paragraph; a photo's credit has the same shape, so the layouts say
    so when they read it as the byline (``byline-after-story``).

    >>> b = bracketed_byline("[Jane Roe/The Vale Post]")
    >>> b.names, b.organization
    (('Jane Roe',), 'The Vale Post')
    >>> bracketed_byline("[Ferry strike/Day two]") is None
    True
    """
    raw = line.strip()
    if len(raw) > _MAX_CHARS:
        return None
    found = _BRACKETED.fullmatch(raw)
    if found is None:
        return None
    outlet = found["outlet"].strip()
    if _OUTLET.fullmatch(outlet) is None:
        return None
    names = _writers(found["names"].strip(), knowledge)
    return None if names is None else Byline(raw=raw, names=names, organization=outlet)


def may_end_bare_names(text: str) -> bool:
    """Can names without an opener end in ``text`` as a page prints them
    (``Jane Roe @janeroe``, ``Jane Roe - November 18, 2019``)? Their end is
    a handle's ``@`` or a dash, bar, bullet or slash before a date: a line
    holding none of these (most lines a page's header is read for) holds
    no such byline, told by a few scans in C before the pattern's lazy run
    of names is tried at every length. (Not part of wirestory's API; its
    tests hold it to :func:`bare_names_pattern`.)"""
    return (
        "-" in text
        or "/" in text
        or "@" in text
        or "|" in text
        or "\u2013" in text
        or "\u2014" in text
        or "\u2022" in text
        # "Anja Lindqvist · 4 March 2025 · 10:32": a middle dot before the
        # date (local weeklies' templates); read as no byline, the page was
        # wire copy, its site's name the headline, with no diagnostic.
        or "\u00b7" in text
    )


def bare_names_pattern(knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> regex.Pattern[str]:
    """Names without an opener followed by a handle or by a dashed date, as
    :func:`find_page_byline` reads them. (Not part of wirestory's API.)"""
    return _page_patterns(knowledge).no_opener


# "By Jane Roe and Tom Hale (AFP)": at most this many spaces before the agency.
_NAMES_BEFORE_AGENCY_SPACES: Final = 8
# Words in parentheses after a "By" byline's names read as no caption's credit:
# at most four ("By Jane Roe (Harbour Town)").
_PAREN_WORDS_SPACES: Final = 3
# The small words before the place a writer filed from in parentheses after
# the names (``Par Jean Dupont (à Lyon)``, ``Por Ana Ruiz (desde Madrid)``).
_PAREN_PLACE_WORDS: Final = frozenset({"à", "a", "in", "en", "de", "desde", "da", "aus", "from"})


def _second_writer(byline: Byline, knowledge: Knowledge) -> Byline:
    """``By Jane Roe, Senior Correspondent, and Tom Hale, Staff Writer``: each
    writer followed by a title, the second after ``, and``; the first title
    was read as the organisation, swallowing the second writer. The writer
    after ``and`` joins the names (read as :func:`page_person_names` reads a
    name and its title); the first title stays the organisation."""
    organization = byline.organization
    if organization is None or ", and " not in organization:
        return byline
    title, _, rest = organization.partition(", and ")
    other = page_person_names(rest, knowledge=knowledge)
    if other is None or not other.names or "," in title:
        return byline
    return Byline(raw=byline.raw, names=(*byline.names, *other.names), organization=title)


def _filed_in(place: str) -> bool:
    """Is ``place`` where the writer filed from, ending a page's byline after
    ``in`` (``Kyiv``, ``Port Ellis``, ``New York``: one to three capitalised
    words)? String tests: a pattern compiled at import costs more than this
    runs."""
    words = place.split(" ")
    return len(words) <= 3 and all(
        word[:1].isupper() and all(c.isalpha() or c in "'’.-" for c in word) for word in words
    )


# The seasons: "in Winter" after "From" is a time, no place filed from.
_SEASONS: Final = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def _time_after_in(place: str, knowledge: Knowledge) -> bool:
    """Is ``place``, after ``From … in``, a time (a month of ``knowledge``'s,
    a season: ``From Mill Street in May``, ``From Port Ellis in Winter``), so
    that the words before it are a phrase's, no writer's? Set lookups."""
    folded = place.casefold()
    return folded in _SEASONS or any(folded == name for name, _ in knowledge.months)


def page_person_names(
    text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE, dashed: bool = False
) -> Byline | None:
    """The people a line of a web page's header names without an opener, read as
    :func:`find_page_byline` reads the names after ``By``: :func:`person_names`,
    then the page forms after the names (a title without a comma, a handle, a
    date, an outlet after ``|``). None when it names no person. How the page
    layout reads a name alone (``JANE ROE`` under the headline), the name under
    a ``By`` alone on its line, and a name above a date line. With ``dashed``,
    a name's shape after a spaced dash is the organisation (``Marta Quinlan -
    Tom Hale``: a second writer, an outlet or a place; the page layout asks
    so only where a byline stands, and says so).

    >>> page_person_names("Jane Roe Senior Contributor").names
    ('Jane Roe',)
    >>> page_person_names("Associated Press") is None
    True
    """
    # The bounds of a byline "By " + text: at most _MAX_CHARS characters, one line.
    if len(text) > _MAX_CHARS - 3:
        return None
    return _remembered_page_names(text, knowledge, dashed)


def _page_person_names(text: str, knowledge: Knowledge, dashed: bool) -> Byline | None:
    """:func:`page_person_names` of a line within a byline's bounds."""
    if ", " in text and _headline_clause(text):
        return None
    patterns = _page_patterns(knowledge)
    plain = person_names(text, knowledge=knowledge)
    if plain is not None and not any(
        _is_organization_name(n, patterns.title_words) for n in plain.names
    ):
        # Names, or an agency alone (no person: nothing more is tried).
        names = tuple(_undouble(name) for name in plain.names)
        if not names:
            return None
        return Byline(raw=text.strip(), names=names, organization=plain.organization)
    rest = text.strip()
    if not rest or "\n" in rest:
        return None
    found = _page_names(rest, knowledge, dashed=dashed)
    if found is not None:
        return Byline(raw=rest, names=found[0], organization=found[1])
    # "Jane Roe in Madrid", "Jane Roe and Tom Hale in Kyiv": British papers'
    # byline with no "By" names where the writer filed from after the names,
    # as find_page_byline reads it after "By"; the place is no name.
    head, found_in, place = rest.rpartition(" in ")
    if not found_in or not _filed_in(place):
        return None
    if " in " in head:
        head = _earlier_places_dropped(head)
    named = person_names(head, knowledge=knowledge)
    if named is None or not named.names or named.organization is not None:
        return None
    return Byline(raw=rest, names=named.names, organization=None)


# A header line is asked for a name alone by several of the page layout's
# rules (the zone's anchors under a share bar, a name over a date, a desk's
# signed name, a writer's line): the answers of the last 1024 lines are kept,
# as the names they read are (``_remembered_names``). Frozen Bylines, a pure
# reading of the line, the frozen Knowledge and ``dashed``.
_remembered_page_names = functools.lru_cache(maxsize=1024)(_page_person_names)


def writer_title(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> regex.Match[str] | None:
    """Where a writer's title (:attr:`Knowledge.writer_titles
    <wirestory.Knowledge.writer_titles>`) stands in ``text``, or None: ``Jane
    Roe, Planet diplomatic correspondent`` is a byline, not a photo credit.

    >>> writer_title("AP Sports Writer").group()
    'Writer'
    """
    return _page_patterns(knowledge).writer.search(text)


def names_a_writer(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """True when the text after a name is a writer's title or an agency alone:
    ``AP Sports Writer``, ``Associated Press``; not ``Harbour Road``.

    >>> names_a_writer("AP Sports Writer"), names_a_writer("Harbour Road")
    (True, False)
    """
    if len(text) > _MAX_CHARS:
        return False
    # A writer's title: ``Staff Writer``, ``AP Sports Writer``, ``Senior Contributor``.
    return writer_title(text, knowledge=knowledge) is not None or is_organization_line(
        text, knowledge=knowledge
    )


def place_after_name(byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Byline | None:
    """``byline`` with its last name read as the place the writer filed from,
    or None when it has not that shape. The last name is one to three
    capitalised words ending the line (a date may follow it after a comma,
    ``Jane Roe, New Delhi, Nov 19``), and either

    * follows the only other name with a comma alone between them and no
      conjunction (``By Jane Roe, New Delhi``, ``Jane Roe, Abu Dhabi``: South
      Asian and Gulf sites print the writer's city so). Two writers joined by
      a comma alone have the same shape, so the page layout says so unless
      the story's dateline names the place; a fact-checker's two writers with
      a comma are followed by the date on the same line (``By Jane Roe, Tom
      Hale on Monday, …``) and are left alone;
    * or follows names whose list has ended with ``and`` (``By Jane Roe and Tom
      Hale, Port Ellis``): an English list puts ``and`` before its last item,
      so what comes after is no other writer.

    ``knowledge`` gives the months of a date after the place.

    >>> place_after_name(find_page_byline("By Jane Roe, New Delhi")).organization
    'New Delhi'
    >>> place_after_name(find_page_byline("By Jane Roe and Tom Hale, Port Ellis")).names
    ('Jane Roe', 'Tom Hale')
    >>> place_after_name(find_page_byline("By Jane Roe and Tom Hale")) is None
    True
    """
    names = byline.names
    raw = byline.raw.rstrip(" *_")
    if byline.organization is not None:
        # "Jane Roe, New Delhi, Nov 19": only a date may follow the place.
        date = byline.organization
        if not raw.endswith(f", {date}") or not _is_date_text(date, knowledge):
            return None
        raw = raw[: -len(date) - 2]
    elif names and not raw.endswith(names[-1]):
        # "By Jane Roe, New Delhi, Nov 19, 2019": the date after the place is
        # no organisation (find_byline leaves it out); only a date may follow.
        at = raw.rfind(f"{names[-1]}, ")
        if at < 0 or not _dated(raw[at + len(names[-1]) + 2 :], knowledge):
            return None
        raw = raw[: at + len(names[-1])]
    if (
        len(names) < 2
        or not _filed_in(names[-1])
        or names[-1].partition(" ")[0].rstrip(".").casefold() in _HONORIFICS
    ):
        # "By Jane Roe, Dr Tom Hale, Nov 19": an honorific opens a person's
        # name, no place's.
        return None
    *writers, place = names
    if len(writers) == 1:
        if not raw.endswith(f"{writers[0]}, {place}") or " and " in raw or " & " in raw:
            return None
    elif not any(
        raw.endswith(f"{writers[-2]}{joint}{writers[-1]}, {place}") for joint in _ENDS_LIST
    ):
        return None
    return Byline(raw=byline.raw, names=tuple(writers), organization=place)


# Titles that open a person's name in a byline ("Dr Tom Hale", "Prof. Ann
# Lee", "Sir Tom Hale"), never a place's ("St Albans", "Mt Vernon" are places).
_HONORIFICS: Final = frozenset("dr prof rev sir dame mr mrs".split())
# Of those, the knight's titles open places' names too ("Sir Lowry Pass",
# "Dame Street"): read as a writer's, flagged (titled_name_may_be_place).
_HONORIFICS_ALSO_PLACES: Final = frozenset({"sir", "dame"})


def titled_name_may_be_place(byline: Byline) -> str | None:
    """The last of ``byline``'s names after a comma when it opens with a
    knight's title and may be where the first writer filed from (``By Jane
    Roe, Sir Lowry Pass, Nov 19``, ``By Jane Roe, Dame Street``: a place's
    name opens so too), read as a second writer; None otherwise. String
    tests.

    >>> titled_name_may_be_place(find_byline("By Jane Roe, Sir Lowry Pass, Nov 19"))
    'Sir Lowry Pass'
    >>> titled_name_may_be_place(find_byline("By Jane Roe, Dr Tom Hale, Nov 19")) is None
    True
    """
    names = byline.names
    if len(names) < _WRITERS_AROUND_OUTLET or byline.organization is not None:
        return None
    last = names[-1]
    if (
        last.partition(" ")[0].rstrip(".").casefold() not in _HONORIFICS_ALSO_PLACES
        or f", {last}" not in byline.raw
        or not _filed_in(last)
    ):
        return None
    return last


# Byline openers that are surnames too: Swahili "Na" ("Na Jane Roe": by Jane
# Roe) is the Korean surname Na, written first ("Na Hye Jin").
_OPENERS_ALSO_SURNAMES: Final = ("Na",)


def opener_may_be_surname(byline: Byline) -> str | None:
    """The opener ``byline`` was read after when it is a surname too and two
    words follow it (``Na Hye Jin``: Swahili "by Hye Jin", or the Korean name
    Na Hye Jin, surname first, read as a writer of two words), or None. Only
    the person knows; a line opening with ``By`` (``By Na Hye Jin``) is read
    so. String tests.

    >>> opener_may_be_surname(find_byline("Na Hye Jin"))
    'Na'
    >>> opener_may_be_surname(find_byline("By Na Hye Jin")) is None
    True
    """
    if len(byline.names) != 1 or len(byline.names[0].split()) != _OPENER_SURNAME_NAME_WORDS:
        return None
    for opener in _OPENERS_ALSO_SURNAMES:
        if byline.raw.startswith(f"{opener} {byline.names[0]}"):
            return opener
    return None


# A given name and a surname after the opener; Korean's given name of two
# syllables, spaced, after the surname.
_OPENER_SURNAME_NAME_WORDS: Final = 2


def long_name_after_opener(
    byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> str | None:
    """The opener of another language ``byline`` was read after when its one
    writer's name is four capitalised words or more, none a lower-case name
    particle (``de``, ``van``), and nothing follows it: ``Von Der Leyen Visits
    Kyiv``, ``Di Maio Meets Party Leaders`` (English title-case subheadings
    opening with a surname's first word) read as a byline of one writer of
    four words. Such a writer's name is common in the opener's own language
    (Spanish ``Por Juan Carlos Ruiz Soto``: two given names, two surnames),
    so the story's doubt is not said over prose of another language; ``By`` and a comma
    or an outlet after the names are left alone. None otherwise. String
    tests first: most bylines name fewer words.

    >>> long_name_after_opener(find_byline("Von Der Leyen Visits Kyiv"))
    'Von'
    >>> long_name_after_opener(find_byline("Von Anna von der Berg")) is None
    True
    """
    if len(byline.names) != 1 or byline.organization is not None:
        return None
    name = byline.names[0]
    words = name.split(" ")
    if len(words) < _LONG_NAME_WORDS or any(w in knowledge.name_particles for w in words):
        return None
    raw = byline.raw.rstrip()
    for opener in knowledge.byline_openers:
        if opener.casefold() != "by" and raw in (f"{opener} {name}", f"{opener}: {name}"):
            return opener
    return None


# The words of one writer's name after an opener that make it rare enough to
# doubt (a given name and a surname, or two of either, are common).
_LONG_NAME_WORDS: Final = 4


# Credentials' letters that are an outlet's name too: "By Jane Roe, MSN" is
# a nurse's master's degree or the news site (MSN).
_CREDENTIALS_ALSO_OUTLETS: Final = frozenset({"msn"})


def credential_may_be_outlet(
    byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> str | None:
    """The credential after ``byline``'s last name when its letters name an
    outlet too and nothing tells which it is, or None. A credential is
    followed by another (``MSN, RN``) or by ``on`` and the date (``MSN on
    March 4``); followed by nothing or by a date alone (``By Jane Roe, MSN``,
    ``By Jane Roe, MSN, Mar 4, 2025``), it may be the outlet the writer
    files for, read as no organisation. String tests; ``knowledge`` gives
    the months.

    >>> credential_may_be_outlet(find_byline("By Jane Roe, MSN"))
    'MSN'
    >>> credential_may_be_outlet(find_byline("By Jane Roe, MSN, RN")) is None
    True
    """
    if not byline.names or byline.organization is not None:
        return None
    last = byline.names[-1]
    at = byline.raw.rfind(f"{last}, ")
    if at < 0:
        return None
    credential, _, after = byline.raw[at + len(last) + 2 :].rstrip().partition(", ")
    if credential.replace(".", "").casefold() not in _CREDENTIALS_ALSO_OUTLETS:
        return None
    if after and not _dated(after, knowledge):
        return None
    return credential


def dated_place_after_name(
    byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> Byline | None:
    """:func:`place_after_name` for a byline whose place is followed by a
    date (wire copy's ``By Jane Roe, New Delhi, Nov 19``: the writer, where
    they filed and when), or None. Without the date (``By JANE DOE, JOHN
    ROE``) a comma between two writers is wire copy's own form, left alone.
    A string test first: most bylines end with their last name.

    >>> dated_place_after_name(find_byline("By Jane Roe, New Delhi, Nov 19")).names
    ('Jane Roe',)
    >>> dated_place_after_name(find_byline("By Jane Roe, Tom Hale")) is None
    True
    """
    if len(byline.names) < 2 or byline.raw.rstrip(" *_").endswith(byline.names[-1]):
        return None
    return place_after_name(byline, knowledge=knowledge)


# Outlets' last words that are surnames too ("Emily Post", "Bill Press",
# "Ringo Star"): after a given name they may be a second writer's. The others
# (Herald, Gazette, Times, News) end no one's name.
_SURNAME_OUTLET_WORDS: Final = frozenset({"post", "press", "star"})


def is_surname_outlet_word(word: str) -> bool:
    """Is ``word`` an outlet's last word that people bear as a family name
    (``Post``, ``Press``, ``Star``: ``Emily Post``, ``Bill Press``)? (Not
    part of wirestory's API: the page layout's doubt of an organisation's
    name asks it.)

    >>> is_surname_outlet_word("Post"), is_surname_outlet_word("Herald")
    (True, False)
    """
    return word.casefold() in _SURNAME_OUTLET_WORDS


def outlet_may_be_writer(byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Was ``byline``'s organisation read from two capitalised words after
    its last comma ending in an outlet's word that may be a second writer's
    name (``By Jane Roe, Emily Post``: a given name and a surname that is an
    outlet's word, ``Post``, ``Press``, ``Star``)? ``By Jane Roe, Jakarta
    Post`` reads the same; ``The Vale Post``, ``Harbour Valley Post`` (three
    words or more), ``Daily Star`` (two outlet's words), ``Korea Herald``
    (no surname's word) and an agency (``Associated Press``) name no one,
    nor do words after a list of writers ended by ``and`` (``By Jane Roe and
    Tom Hale, Vale Post``). The layouts say so.

    >>> outlet_may_be_writer(find_byline("By Jane Roe, Emily Post"))
    True
    >>> outlet_may_be_writer(find_byline("By Jane Roe, The Vale Post"))
    False
    """
    organization = byline.organization
    if organization is None or f", {organization}" not in byline.raw:
        return False
    names = byline.names
    if len(names) >= 2 and any(
        f"{names[-2]}{joint}{names[-1]}, {organization}" in byline.raw
        for joint in (*_ENDS_LIST, " en ")
    ):
        # "By Jane Roe and Tom Hale, Vale Post": a list ended by "and" (Dutch
        # "en") has named its last writer; what follows is no other.
        return False
    words = organization.split(" ")
    return (
        len(words) == 2
        and _outlet_named(organization, knowledge)
        and words[0].casefold() not in knowledge.outlet_words | {"the"}
        and words[1].casefold() in _SURNAME_OUTLET_WORDS
        and not is_organization_line(organization, knowledge=knowledge)
    )


def signed_by_outlet(byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Was ``byline`` read from an outlet's signature alone after the opener
    (``By Global Times``, ``By The Vale Tribune``: the outlet signs its
    staff's copy), no writer named?

    >>> signed_by_outlet(find_byline("By Global Times"))
    True
    >>> signed_by_outlet(find_byline("By Jane Roe, Global Times"))
    False
    """
    signature = _signature_alone(byline)
    return signature is not None and _outlet_signature(signature, knowledge)


def _signature_alone(byline: Byline) -> str | None:
    """The organisation of a ``byline`` read from it alone after the opener on
    one line, naming no writer (``By Global Times``, ``By Staff``); None
    otherwise."""
    organization = byline.organization
    if (
        byline.names
        or organization is None
        or "\n" in byline.raw
        or not byline.raw.endswith(f" {organization}")
    ):
        return None
    return organization


def signed_by_newsroom(byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Was ``byline`` read from a newsroom's signature naming no person
    (``By Staff``, ``By Staff and Wire Reports``, ``By Reuters and AP``)?
    (Not part of wirestory's API: the page layout's header asks it.)

    >>> signed_by_newsroom(find_byline("By Staff and Wire Reports"))
    True
    >>> signed_by_newsroom(find_byline("By Jane Roe and Agencies"))
    False
    """
    signature = _signature_alone(byline)
    return signature is not None and _newsroom_signature(signature, knowledge, _SEPARATORS)


def signature_may_be_writer(byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Was ``byline`` read from an outlet's signature alone after the opener
    (``By Global Times``: no writer, the organisation) whose words before
    the last may be a writer's name (two or three words, those before the
    last no outlet's, title's or photo label's word, no ``The``)? A writer
    whose surname is a newspaper's word (``By Tom Times``, ``By Anna
    Gazette``) or whose name is glued to the outlet's word (``By Tom Hale
    Times``) reads the same; ``By The Vale Times``, ``By Daily Times`` do
    not, nor a weekday, a place's opening word or an adjective before the
    last (``By Sunday Times``, ``By New York Times``, ``By Financial
    Times``). The layouts say so (``byline-surname-as-word``).

    >>> signature_may_be_writer(find_byline("By Tom Times"))
    True
    >>> signature_may_be_writer(find_byline("By The Vale Times"))
    False
    """
    if not signed_by_outlet(byline, knowledge=knowledge):
        return False
    return _name_before_outlet_word(byline.organization or "", knowledge)


def outlet_between_may_be_writer(
    byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> bool:
    """Was ``byline``'s organisation read from a newspaper's name between
    two writers (``By Jane Roe, Harbour Times, and Tom Hale``) whose words
    before the last may be a writer's name (``By Jane Roe, Tom Times, and
    Ann Lee``: a third writer surnamed "Times"), as
    :func:`signature_may_be_writer` tells? String tests.

    >>> outlet_between_may_be_writer(find_byline("By Jane Roe, Tom Times, and Ann Lee"))
    True
    >>> outlet_between_may_be_writer(find_byline("By Jane Roe, The Vale Times, and Ann Lee"))
    False
    """
    organization = byline.organization
    return (
        organization is not None
        and len(byline.names) >= _WRITERS_AROUND_OUTLET
        and f", {organization}, and " in byline.raw
        and _outlet_signature(organization, knowledge)
        and _name_before_outlet_word(organization, knowledge)
    )


# A writer before the outlet's name and one after it.
_WRITERS_AROUND_OUTLET: Final = 2


def _name_before_outlet_word(organization: str, knowledge: Knowledge) -> bool:
    """May the words of ``organization`` before its last (a newspaper's
    word) be a writer's given names (see :func:`signature_may_be_writer`)?"""
    words = organization.split(" ")
    title_words = _page_patterns(knowledge).title_words
    return (
        len(words) <= _NAME_BEFORE_OUTLET_WORDS + 1
        and all(
            word not in knowledge.outlet_words
            and word not in title_words
            and word not in knowledge.credit_qualifiers
            and word != "the"
            and not outlet_opener(word, knowledge=knowledge)
            for word in (w.casefold() for w in words[:-1])
        )
        and not is_organization_line(organization, knowledge=knowledge)
    )


def place_shaped(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Does ``text``, a name's shape, name a place: its first word opens
    places' names and no person's (``Cape Town``, ``Mount Vernon``, ``Saint
    Helena``: Knowledge.place_openers) or its last is a street's or a site's
    word no surname is (``Mill Street``, ``Harbour Bridge``)? Set lookups.

    >>> place_shaped("Mill Street"), place_shaped("Tom Hale")
    (True, False)
    """
    words = text.split()
    return bool(words) and (
        words[0].casefold() in knowledge.place_openers or ends_place_name(words[-1])
    )


def person_by_name_link(words: Sequence[str], *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Do a name's ``words`` hold a word only a person's name holds: a given
    name's opener (``Abdul Rahman Khalid``: Knowledge.given_name_openers), or,
    after its first word, a link to the father's name printed in small
    letters (``Rashid bin Saeed Khalid``: Knowledge.patronym_links; ``Harbour
    Bin Collection Day`` is a phrase's)? A place's name holding one (``Abdul
    Ghani Stadium``) is none (:func:`place_shaped`), nor is a site's or a
    body's named after a person (``Abdul Rahman Mosque``, ``Rashid bin Saeed
    Tower``, ``Abdul Latif Jameel Foundation``: its last word a site's or an
    institution's, Knowledge.institution_words).

    >>> person_by_name_link("Abdul Rahman Khalid".split())
    True
    >>> person_by_name_link("Hyde Park Corner".split())
    False
    >>> person_by_name_link("Sheikh Zayed bin Sultan Mosque".split())
    False
    """
    return (
        _holds_name_link(words, knowledge)
        and not _ends_named_site(words, knowledge)
        and not place_shaped(" ".join(words), knowledge=knowledge)
    )


def site_named_after_person(
    words: Sequence[str], *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> bool:
    """Do a name's ``words`` name a site or a body after a person: a given
    name's opener or a patronym's link (:func:`person_by_name_link`'s
    words) and the last word a site's or an institution's (``Sheikh Zayed
    bin Sultan Mosque``, ``Rashid bin Saeed Tower``, ``Abdul Latif Jameel
    Foundation``: Knowledge.institution_words)? A writer's name ends in
    none after such words. Set lookups.

    >>> site_named_after_person("Rashid bin Saeed Tower".split())
    True
    >>> site_named_after_person("Rashid bin Saeed Khalid".split())
    False
    """
    return _ends_named_site(words, knowledge) and _holds_name_link(words, knowledge)


def _ends_named_site(words: Sequence[str], knowledge: Knowledge) -> bool:
    """Do ``words`` end in a site's or an institution's word (``Mosque``,
    ``Tower``, ``Foundation``: ``_NAMED_SITE_ENDS``,
    Knowledge.institution_words)?"""
    last = words[-1].casefold() if words else ""
    return last in _NAMED_SITE_ENDS or last in knowledge.institution_words


def _holds_name_link(words: Sequence[str], knowledge: Knowledge) -> bool:
    """Do ``words`` hold a given name's opener, or a patronym's link after
    the first word (:func:`person_by_name_link`)?"""
    return any(word.casefold() in knowledge.given_name_openers for word in words) or any(
        word in knowledge.patronym_links for word in words[1:]
    )


# The last word of a site named after a person whose name holds a given
# name's opener or a patronym's link ("Sheikh Zayed bin Sultan Mosque",
# "Rashid bin Saeed Tower", "Abdullah bin Khalid Hall"): words a surname may
# be elsewhere ("Hall", "Tower"), never after such a name.
_NAMED_SITE_ENDS: Final = frozenset(
    """mosque masjid tower towers hall school academy park complex hospital center centre
    library mall""".split()
)


def ends_place_name(word: str) -> bool:
    """Is ``word`` one that ends a street's or a site's name and no surname
    (``Street``, ``Road``, ``Stadium``, ``Market``: ``Mill Street``, ``Harbour
    Market``)? A set lookup.

    >>> ends_place_name("Road"), ends_place_name("Hale")
    (True, False)
    """
    return word.casefold() in _PLACE_NAME_ENDS


# The last word of a street's or a site's name, seldom a surname ("Park",
# "Hill", "Hall", "Lane", "Beach" are surnames too, and stay out), of a
# shop's or a market's ("Jean Paul Bakery", "Anne Marie Cafe"), and the
# compass word ending a Spanish or Portuguese region's ("Baja California
# Sur", "Rio Grande do Sul", "Cuba Oriental"), read as a person's given name
# and two family names on a page in those languages.
_PLACE_NAME_ENDS: Final = frozenset(
    """street road avenue boulevard square bridge harbour harbor island valley station airport
    stadium hospital university college county gardens heights plaza market cafe café bakery
    shop store sur norte sul oriental occidental""".split()
)


def outlet_opener(word: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Is ``word`` (case-folded) one that opens an outlet's name and no given
    name: a weekday (``Sunday Times``), a place's opening word (``New York
    Times``) or an adjective (``Financial Times``, ``Economic Times``)? Set
    lookups and an ending's test.

    >>> outlet_opener("financial"), outlet_opener("tom")
    (True, False)
    """
    return (
        word in knowledge.date_line_words
        or word in knowledge.place_openers
        or word.endswith(_ADJECTIVE_ENDINGS)
        or word in _NATIONALITY_ADJECTIVES
    )


# Nationality adjectives that open papers' names (``Irish Times``, ``Scottish
# Daily Mail``, ``Jewish Chronicle``): no given name.
_NATIONALITY_ADJECTIVES: Final = frozenset(
    """irish scottish welsh british english american canadian australian indian
    jewish spanish french german italian polish danish swedish turkish dutch greek
    chinese japanese korean african european arab arabian asian""".split()
)


# Adjectives' endings no given name has ("Financial", "Political", "Economic",
# "Islamic"): an outlet's name, as "Financial Times", opens so.
_ADJECTIVE_ENDINGS: Final = ("ial", "ical", "omic", "amic")


# A given name, or a given name and a surname, before an outlet's word that
# may be the writer's surname ("By Tom Times", "By Tom Hale Times").
_NAME_BEFORE_OUTLET_WORDS: Final = 2


# The weekday's abbreviation that is a common surname too (Chinese "Sun"):
# cut from the names before a date ("By Mary Jane Sun, Mar 4"), it may have
# been the writer's.
_SURNAME_WEEKDAYS: Final = ("Sun",)


def weekday_may_be_surname(byline: Byline) -> bool:
    """Was a weekday's abbreviation that is a surname too (``Sun``) cut from
    the end of ``byline``'s last name, right before the date (``By Jane Roe
    Sun, Mar 4, 2025`` gives ``Jane Roe``)? ``By Mary Jane Sun, Mar 4``
    reads the same, a writer surnamed Sun; a separator before the weekday
    (``By Jane Roe | Sun, Mar 4``) or a name of one word before it (kept:
    ``By Tom Sun, Mar 4``) leaves no doubt. Without the comma (``By Mary Jane
    Sun 10:30 AM``, ``By Mary Jane Sun Mar 4, 2025``) the weekday is cut the
    same way. The page layout says so (``byline-surname-as-word``).

    >>> weekday_may_be_surname(find_page_byline("By Mary Jane Sun, Mar 4"))
    True
    >>> weekday_may_be_surname(find_page_byline("By Mary Jane Sun 10:30 AM"))
    True
    >>> weekday_may_be_surname(find_page_byline("By Jane Roe | Sun, Mar 4, 2025"))
    False
    """
    if not byline.names or byline.organization is not None:
        return False
    last = byline.names[-1]
    # "By Jane Roe Sun, Mar 2, 2025" and "By Mary Jane Sun, Mar 2, 2025": the
    # date falls on a Sunday, and either reading fits (a date on another day
    # keeps the surname: _surname_before_weekday_date); "By Mary Jane Sun
    # 10:30 AM": a time, or a date with no comma, after the weekday.
    return any(
        f"{last} {day}{after}" in byline.raw for day in _SURNAME_WEEKDAYS for after in (", ", " ")
    )


# A date after a weekday's comma, month first or day first, with its year:
# "Mar 2, 2025", "March 2 2025", "2 March 2025". Bounded: linear.
_DATED = regex.compile(
    r"(?:(?P<month>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2}),? (?P<year>\d{4})"
    r"|(?P<day2>\d{1,2}) (?P<month2>[A-Z][a-z]{2,8})\.?,? (?P<year2>\d{4}))\b"
)
_MONTHS: Final = {
    name[:3]: number
    for number, name in enumerate(
        "january february march april may june july august september october "
        "november december".split(),
        start=1,
    )
}
_SUNDAY: Final = 6


def _dated_weekday(text: str) -> int | None:
    """The weekday (Monday 0) of the English date with its year ``text``
    opens with (``Mar 2, 2025``: 6); None for a date with no year, no day
    of the calendar (``Feb 30, 2025``) or none."""
    found = _DATED.match(text)
    if found is None:
        return None
    month = _MONTHS.get((found["month"] or found["month2"])[:3].casefold())
    if month is None:
        return None
    try:
        day = datetime.date(
            int(found["year"] or found["year2"]), month, int(found["day"] or found["day2"])
        )
    except ValueError:
        return None
    return day.weekday()


def title_outlet_may_be_surname(
    byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> bool:
    """Was a newspaper's word glued after names of two words or more read as
    opening the writer's title (``By Mary Jane Times Staff Writer`` gives
    ``Mary Jane`` and ``Times Staff Writer``)? A writer of three names whose
    surname is that word (``Mary Jane Times``, staff writer) reads the same,
    and no table tells a given name from a surname. The layouts say so
    (``byline-surname-as-word``); a comma before the title (``By Jane Roe,
    Times Staff Writer``) leaves no doubt.

    >>> title_outlet_may_be_surname(find_page_byline("By Mary Jane Times Staff Writer"))
    True
    >>> title_outlet_may_be_surname(find_page_byline("By Mary Jane, Times Staff Writer"))
    False
    """
    organization = byline.organization
    if not byline.names or organization is None or " " not in organization:
        return False
    last = byline.names[-1]
    outlet = organization.partition(" ")[0]
    return (
        " " in last
        and outlet.casefold() in knowledge.outlet_words
        and f"{last} {organization}" in byline.raw
    )


def slashed_name(byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Does ``byline``'s organisation, after a spaced slash, bar or dash
    ending the line, have a person's name's shape (``By Jane Roe / Tom
    Hale``, ``Marta Quinlan - Tom Hale``: two or three words in title case,
    no title's or outlet's word, no agency)? A second writer reads the same
    as an outlet or a place so (``Jane Roe / Harbour Gazette``, ``Jane Roe -
    Port Ellis``); the page layout says so.

    >>> slashed_name(find_page_byline("By Jane Roe / Tom Hale"))
    True
    >>> slashed_name(find_page_byline("By Jane Roe / Staff Writer"))
    False
    """
    organization = byline.organization
    if organization is None:
        return False
    raw = byline.raw.rstrip(" *_")
    if not raw.endswith(tuple(f" {mark} {organization}" for mark in "/|-–—")):
        return False
    return _name_shaped(organization, _page_patterns(knowledge).title_words) and not (
        is_organization_line(organization, knowledge=knowledge)
    )


def _name_shaped(text: str, title_words: frozenset[str]) -> bool:
    """Two or three words in title case, letters only, none a title's or an
    outlet's word (``Tom Hale``, ``Port Ellis``, ``Harbour Gazette``): a
    person's name's shape, which a place's and an outlet's share."""
    words = text.split(" ")
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and _person_words(text, title_words) == len(words)
    )


# What joins the last item of an English list of names: "Jane Roe and Tom Hale".
_ENDS_LIST = (" and ", " & ", ", and ")


def _is_date_text(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a date alone (``Nov 19``, ``19 November 2019``): month names
    and numbers only?"""
    months = {spelling.casefold() for spelling, _ in knowledge.months}
    words = text.replace(",", " ").split()
    return (
        bool(words)
        and all(
            (word.isdigit() and len(word) <= 4) or word.rstrip(".").casefold() in months
            for word in words
        )
        and any(not word.isdigit() for word in words)
    )


def _dated(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a date alone with a day or a year (``Mar 4, 2025``,
    ``4 March 2025``, ``Mar. 4``), or a year alone (``By Jane Roe, 2025``: the
    page's year, no organisation)? A month alone (``May``) may be a name. A
    time with a weekday or a clock (``Tue 10:30 AM``, ``10:30 AM``, ``Tue Mar
    4 2025``) is a date too (:func:`_clock_dated`)."""
    year = text.strip()
    if len(year) == _YEAR_DIGITS and year.isdigit() and year[:2] in ("19", "20"):
        return True
    return any(c.isdigit() for c in text) and (
        _is_date_text(text, knowledge) or _clock_dated(text, knowledge)
    )


def _clock_dated(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a time or a date with its weekday alone: a clock's time
    (``10:30``) or a weekday (``Tue``, ``Tuesday``) and otherwise numbers,
    months and a header's date words (``AM``, ``ET``: Knowledge.date_line_words)?
    ``By Jane Roe, Tue 10:30 AM`` printed the time the story ran after the
    writer's comma, no organisation. Set lookups over the words."""
    months = {spelling.casefold() for spelling, _ in knowledge.months}
    words = [word.rstrip(".").casefold() for word in text.replace(",", " ").split()]
    anchored = False
    for word in words:
        if _CLOCK.fullmatch(word) is not None or word in _WEEKDAY_WORDS:
            anchored = True
        elif not (
            (word.isdigit() and len(word) <= _YEAR_DIGITS)
            or word in months
            or word in knowledge.date_line_words
        ):
            return False
    return anchored


# A clock's time: "10:30", "8.15" (hours and minutes). Bounded: linear.
_CLOCK = regex.compile(r"\d{1,2}[:.]\d{2}")
# Weekdays and their abbreviations in English, which open a time's line.
_WEEKDAY_WORDS: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun""".split()
)


def _undated(pieces: list[str], knowledge: Knowledge) -> str:
    """The organisation's comma-split ``pieces`` without a date closing them:
    ``By Jane Roe, Reuters, Mar 4, 2025`` gives ``Reuters``, as ``By Jane
    Roe, Mar 4, 2025`` gives none (the raw keeps the date). A year after a
    piece ending in a digit closes that piece's date (``Harbour Clinic on
    November 14, 2019``): no cut inside it."""
    for cut in range(1, len(pieces)):
        if (
            any(c.isdigit() for c in pieces[cut])
            and not pieces[cut - 1][-1:].isdigit()
            and _dated(", ".join(pieces[cut:]), knowledge)
        ):
            return ", ".join(pieces[:cut])
    return ", ".join(pieces)


# A year after a byline's comma: four digits.
_YEAR_DIGITS: Final = 4


def names_hold_function_words(byline: Byline, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Does a ``By …`` line's name hold an English function word (but a name's
    particles, ``de``, ``van``)? Then it is a headline, not a name (``By Sea Or
    Air``, ``By Then It Was Too Late``): the ``By`` form is English, and a
    story's headline under it reads the same.

    >>> names_hold_function_words(find_byline("By Sea Or Air"))
    True
    >>> names_hold_function_words(find_byline("By Anna de Vries"))
    False
    """
    stops = dict(knowledge.stop_words).get("en", frozenset())
    particles = knowledge.name_particles
    return any(
        word.casefold() in stops and word.casefold() not in particles
        for name in byline.names
        for word in name.split()
    )


# --- Bylines in scripts without capitals ----------------------------------------

# Where one writer's name ends and the next one's starts, in a byline of a
# script without capitals: a comma (the Arabic one, the ideographic one), a
# middle dot, or "and" glued to the next name ("أحمد سالم وسمير خليل",
# "דני לוי ורונית כהן") or spaced ("राहुल शर्मा और सीमा वर्मा"). Single
# characters, literals and one character looked at on either side, no run
# of white space matched (the names are stripped after the split): a run
# matched at each of its spaces made the split quadratic on a long run.
_SCRIPT_NAME_SEPARATORS: Final = regex.compile(r"[,،、，·]|(?<=\s)(?:[وו](?=\p{L})|और(?=\s))")
# One name's word in such a script: letters and their marks (Devanagari's
# vowel signs are marks). Possessive: linear.
_SCRIPT_NAME_WORD: Final = regex.compile(r"[\p{L}\p{M}]++")
# A Burmese name, one run of that script's letters and marks, two syllables
# or more (a syllable is up to five characters: "ဇော်" alone is no name). One
# bounded class: linear.
_MYANMAR_NAME: Final = regex.compile(r"[\u1000-\u109f]{6,30}+")
# Han and kana: a name written without spaces, two to six characters.
_UNSPACED_NAME: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]{2,6}+")
# A Korean reporter's name over the story, 2-4 syllables (more writers after
# a middle dot or a comma), then the title, "기자" (reporter) or "특파원"
# (correspondent), and maybe the address: "김철수 기자", "김철수·이영희 기자",
# "김철수 기자 kim@example.co.kr". Bounded runs: linear.
# A correspondent's line may open with the city the paper posted them to and
# "=" ("워싱턴=홍길동 특파원": Washington = … correspondent): the place, no name;
# or name the post after the name ("홍길동 서울 특파원", "홍길동 워싱턴 특파원").
_KOREAN_BYLINE: Final = regex.compile(
    r"(?:(?P<place>[가-힣]{2,8})=)?"
    r"(?P<names>[가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4}){0,3})"
    r"(?:\s(?P<post>[가-힣]{2,8}))?\s(?P<title>기자|특파원)"
    r"(?:\s[\w.+-]{1,64}@[\w.-]{1,100})?"
)
# A correspondent ("특파원") is named by the city of the post as often as by
# name ("워싱턴 특파원", the Washington correspondent; "도쿄 특파원"): a
# Korean name opens with the family name, one syllable of this table (the
# common ones; a rare one, "도", "모", opens a city's name as often: "도쿄",
# "모스크바") or, in a name of four syllables, two ("남궁", "황보", "제갈",
# "선우", "독고"). A foreign city spelled in Hangul ("워싱턴", "베이징",
# "이스탄불") opens otherwise. A reporter ("기자") is always named.
_KOREAN_SURNAMES: Final = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구"
    "민진나지엄채원천방공현함변염여추소석선설길연위표명기반왕금옥육인맹탁국어은편용"
)
# What stands before "=" in a photo's or a graphic's credit, no place:
# "사진=홍길동 기자" (photo), "그래픽=…", "글=…" (text); a Korean
# dateline's bracket holds the same words when it is a credit, no place
# ("[사진=연합뉴스]", "(그래픽=뉴시스)": datelines).
KOREAN_CREDIT_SLOTS: Final = frozenset(
    {"사진", "그래픽", "영상", "자료", "자료사진", "출처", "제공", "그림", "일러스트", "편집", "글"}
)
_KOREAN_DOUBLE_SURNAMES: Final = frozenset({"남궁", "황보", "제갈", "선우", "독고"})
_KOREAN_LONG_NAME: Final = 4
# The rarer family names ("도종환", "마동석", "모태범", "제동원", "봉준호"):
# a name of three syllables opening so is a writer's unless a syllable of it is no name's
# (``_foreign_syllable``: "도쿄", "제네바", "마카오"). Not "대", "영",
# "호", "태", "상", "평", "미", "필", "동": they open the posts "대만",
# "영국", "호주", "태국", "상하이", "평양", "미국", "필리핀", "동남아".
_KOREAN_RARE_SURNAMES: Final = frozenset(
    "도마모제경봉빈피판팽초좌온옹요음견계목묵범복빙순승애완운저점종준증창풍학해형후단당돈엽"
)
_KOREAN_RARE_NAME: Final = 3
# Hangul's syllables: 588 a leading consonant (21 vowels of 28 endings);
# the leading consonants' and vowels' numbers of _foreign_syllable.
_HANGUL_FIRST: Final = 0xAC00
_HANGUL_LAST: Final = 0xD7A3
_HANGUL_PER_LEAD: Final = 588
_HANGUL_PER_VOWEL: Final = 28
_LEAD_KH: Final = 15  # ㅋ
_LEAD_S, _LEAD_NG, _LEAD_J = 9, 11, 12  # ㅅ, ㅇ, ㅈ
_VOWEL_E, _VOWEL_WEO, _VOWEL_EU = 5, 14, 18  # ㅔ, ㅝ, ㅡ


def _foreign_syllable(syllable: str) -> bool:
    """Is ``syllable`` one no Korean name holds, a foreign word's spelled in
    Hangul: a leading ㅋ (``쿄``, ``카``, ``콩``; but ``쾌``), or no ending
    after ㅡ (``스``, ``드``, ``크``; but ``으``), ㅝ (``워``) or ㅔ (``네``,
    ``베``, ``테``; but ``세``, ``제``)? Names take their syllables from
    the readings of Chinese characters, which have none of these."""
    code = ord(syllable) - _HANGUL_FIRST
    if not 0 <= code <= _HANGUL_LAST - _HANGUL_FIRST:
        return False
    lead, rest = divmod(code, _HANGUL_PER_LEAD)
    vowel, ending = divmod(rest, _HANGUL_PER_VOWEL)
    if lead == _LEAD_KH:
        return syllable != "쾌"
    return ending == 0 and (
        (vowel == _VOWEL_EU and lead != _LEAD_NG)
        or vowel == _VOWEL_WEO
        or (vowel == _VOWEL_E and lead not in (_LEAD_S, _LEAD_J))
    )


# The cities and regions of Korean papers' common posts abroad, as their
# correspondents' bylines name them ("워싱턴 특파원", "나이로비 특파원": the
# post, no writer; "홍길동 특파원": the writer). A fact of the papers' posts,
# held apart from the names' form: "나이로비", "하노이", "오타와", "유럽",
# "인도" open with a common family name's syllable and spell no foreign
# sound.
_KOREAN_POSTS: Final = frozenset(
    {
        "워싱턴", "뉴욕", "시카고", "애틀랜타", "토론토", "밴쿠버", "오타와", "멕시코",
        "상파울루", "도쿄", "오사카", "베이징", "상하이", "선양", "광저우", "칭다오",
        "홍콩", "타이베이", "하노이", "호찌민", "방콕", "자카르타", "싱가포르", "마닐라",
        "뉴델리", "뭄바이", "시드니", "런던", "파리", "베를린", "브뤼셀", "제네바",
        "로마", "마드리드", "바르샤바", "모스크바", "키이우", "이스탄불", "카이로",
        "두바이", "테헤란", "예루살렘", "리야드", "도하", "나이로비", "라고스", "평양",
        "미국", "중국", "일본", "유럽", "중동", "동남아", "아프리카", "남미", "중남미",
        "러시아", "인도", "영국", "프랑스", "독일", "베트남", "호주", "캐나다", "브라질",
        "대만", "태국", "북미", "실리콘밸리",
        # Regions' names with no compass word the rule below reads: South
        # Africa's short name, South-West Asia, Antarctica.
        "남아공", "서남아", "남극",
        # The posts at home, a foreign or regional paper's correspondent in
        # Korea's cities and provinces ("서울 특파원": "서" is a common
        # family name, "울" a given name's syllable, so the form read a
        # writer Seo Ul).
        "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "제주", "수원",
        "창원", "청주", "전주", "포항", "경기", "강원", "충북", "충남", "전북", "전남",
        "경북", "경남",
    }
)  # fmt: skip


# A compass word ("남" south, "북" north, "동" east, "서" west) glued before a
# region's or country's name is a place ("남수단", South Sudan; "서유럽",
# Western Europe; "남중국", South China): "남" and "서" are common family
# names too, and the rest spells no foreign sound, so the form read a writer
# (Nam, Seo). Only the regions of this table: a compass word before a city's
# or a given name's syllables ("남도하", "서인도") may be a person's name.
_KOREAN_COMPASS_WORDS: Final = frozenset("남북동서")
_KOREAN_COMPASS_REGIONS: Final = frozenset(
    {
        "수단", "유럽", "아시아", "아프리카", "아메리카", "중국", "태평양", "대서양",
        "사하라", "코카서스", "시베리아",
    }
)  # fmt: skip


def _korean_post(name: str) -> bool:
    """Is ``name``, before ``특파원``, a post's place: one of ``_KOREAN_POSTS``
    or a compass word before a region of ``_KOREAN_COMPASS_REGIONS``
    (``남수단``, ``서유럽``)? String tests."""
    return name in _KOREAN_POSTS or (
        name[:1] in _KOREAN_COMPASS_WORDS and name[1:] in _KOREAN_COMPASS_REGIONS
    )


def _korean_place_before_title(word: str) -> bool:
    """Is ``word``, before ``특파원``, the post's place rather than a
    writer's name: a post (:func:`_korean_post`), or a word of no Korean
    name's form that is not doubtful (:func:`korean_name_doubtful`)?"""
    return _korean_post(word) or not (_korean_name_shaped(word) or korean_name_doubtful(word))


def _korean_name_shaped(name: str) -> bool:
    """Does ``name`` (Hangul, two to four syllables) open with a Korean
    family name (``_KOREAN_SURNAMES``, ``_KOREAN_RARE_SURNAMES``) and hold
    no foreign word's syllable (``_foreign_syllable``)? One of four
    syllables opens with a family name of two (``남궁민수``); a city's opens
    with neither (``워싱턴``, ``모스크바``, ``이스탄불``) or spells a foreign
    sound (``도쿄``, ``홍콩``, ``제네바``)."""
    if any(_foreign_syllable(syllable) for syllable in name):
        return False
    if len(name) >= _KOREAN_LONG_NAME:
        return name[:2] in _KOREAN_DOUBLE_SURNAMES
    # A rarer family name opens a name of three syllables: one of two opens
    # a city's as often ("도하", Doha; "제다", Jeddah; "모술", Mosul).
    return name[:1] in _KOREAN_SURNAMES or (
        name[:1] in _KOREAN_RARE_SURNAMES and len(name) == _KOREAN_RARE_NAME
    )


def korean_name_doubtful(name: str) -> bool:
    """Is ``name`` (Hangul, two to four syllables, before ``특파원``) read as
    a correspondent's name although its form does not tell it from a post's
    city: not :func:`_korean_name_shaped`, not a post of ``_KOREAN_POSTS``,
    but opening with a family name (``_KOREAN_SURNAMES``,
    ``_KOREAN_RARE_SURNAMES``) and holding no syllable of a foreign sound
    but ``그``, ``스``, ``드`` (:func:`_eu_syllable`) in its given name? Four
    syllables after a common family name (``김빛나리``, a native given name;
    ``나이로비`` reads the same), two after a rarer one (``도진``; ``도하``,
    Doha), a native given name's ``그``, ``스``, ``드`` (``한그루``,
    ``이스란``, ``박드림``; ``오스틴``, Austin, reads the same). The byline
    keeps the writer and the story says so
    (``byline-korean-name-may-be-post``). So is a compass word before a post
    of ``_KOREAN_POSTS`` that no compass region holds (``남인도``: South
    India, or a writer Nam In-do; ``서인도``, ``남도하``): the family name's
    syllable before a given name's, or a region the table does not list."""
    if name[:1] in _KOREAN_COMPASS_WORDS and name[1:] in _KOREAN_POSTS and not _korean_post(name):
        return True
    if _korean_post(name) or _korean_name_shaped(name):
        return False
    if name[:1] not in _KOREAN_SURNAMES and name[:1] not in _KOREAN_RARE_SURNAMES:
        return False
    return not _foreign_syllable(name[0]) and all(
        not _foreign_syllable(syllable) or _eu_syllable(syllable) for syllable in name[1:]
    )


def _eu_syllable(syllable: str) -> bool:
    """Is ``syllable`` ``그``, ``스`` or ``드`` (ㅡ, no ending): a foreign
    sound's as a rule (``그라나다``, ``모스크바``, ``마드리드``: the posts'
    table holds the common ones), a native given name's too (``한그루``,
    ``김그린``, ``이스란``, ``박드림``), where ``크``, ``트``, ``프``
    (``오클랜드``, ``트리폴리``) hold none."""
    return syllable in _EU_NAME_SYLLABLES


# The syllables of ㅡ with no ending that native given names hold too.
_EU_NAME_SYLLABLES: Final = frozenset("그스드")


# A Japanese reporter's name glued before the title: "山田太郎記者". A name
# ending in a department's, a firm's, an agency's or a paper's word is none
# ("政治部記者": the politics desk's reporter; "共同通信記者", "川辺新聞記者").
_JAPANESE_BYLINE: Final = regex.compile(r"(?P<names>[\p{Han}\p{Hiragana}\p{Katakana}]{2,6})記者")
# A title before "記者" is none either: "経済担当記者" (the reporter covering
# the economy), "女性記者" (a woman reporter), "若手記者" (a young reporter),
# "本紙記者", "同紙記者" (this paper's, that paper's), "首相番記者" (the prime
# minister's beat reporter), "特派員記者" (correspondent). A name of two
# characters is a word as often ("米国記者", an American reporter; "地元記者",
# a local one): a full name before the title is read from three characters.
_DESK_ENDINGS: Final = (
    "部",
    "社",
    "局",
    "課",
    "班",
    "室",
    "通信",
    "新聞",
    "担当",
    "女性",
    "若手",
    "紙",
    "番",
    "員",
)
_JAPANESE_NAME_MIN_CHARS: Final = 3
# A Korean reporter's title before "기자" is no name: "사진 기자" (photo
# reporter), "영상 기자" (video), "취재 기자" (reporting), "객원 기자"
# (guest), "수습 기자" (trainee), "인턴 기자" (intern); nor is a desk,
# ending in "부" (department: "정치부 기자", the politics desk's reporter),
# "팀" (team), "센터" (centre); nor is the paper ("강변일보 기자 news@…",
# a daily's reporter, its desk's address under the story: "일보", daily;
# "신문", newspaper; "뉴스", news; "방송", broadcaster; "경제", business)
# or its online desk ("온라인 기자", "디지털 기자").
_KOREAN_TITLE_WORDS: Final = frozenset(
    {"사진", "영상", "취재", "객원", "수습", "인턴", "선임", "수석", "온라인", "디지털", "뉴스"}
)
_KOREAN_DESK_ENDINGS: Final = ("부", "팀", "센터", "일보", "신문", "뉴스", "방송", "경제")
# The fewest syllables of a writer's name after the post's city ("서울 김민수
# 특파원"): a word of two there is a beat's as often ("문화", culture;
# "한국", Korea), a name of two syllables rare.
_KOREAN_CITY_FIRST_NAME: Final = 3
# In a Chinese byline, the roles between and after the names: another
# writer's title ("记者 张伟 通讯员 李娜": reporter …, correspondent …;
# "实习生", intern; "见习记者", trainee reporter), set apart by spaces as the
# names are, and "报道" (reports) closing the line ("记者 张伟 报道"): no
# names. A photographer's ("摄影 李娜", "摄") ends the writers.
_HAN_WRITER_ROLES: Final = frozenset(
    {
        "记者",
        "記者",
        "通讯员",
        "通訊員",
        "实习生",
        "實習生",
        "见习记者",
        "見習記者",
        "特约记者",
        "特約記者",
        "报道",
        "報道",
        "報導",
    }
)
# A writer's title with its paper or agency glued before it ("文/本报记者
# 张伟": this paper's reporter; "新华社记者", Xinhua's reporter) is a role too.
_HAN_WRITER_ENDINGS: Final = ("记者", "記者", "通讯员", "通訊員")
_HAN_PHOTO_ROLES: Final = frozenset({"摄影", "攝影", "摄", "攝", "图", "圖"})
# A script's opening letter that writes names without spaces: Han and kana.
_UNSPACED_SCRIPT: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Words of a newsroom or a wire desk, no writer's name, in such a byline:
# "بقلم هيئة التحرير" (Arabic: by the editorial board), "وكالات" (agencies),
# "فريق" (team); "מאת סוכנויות הידיעות" (Hebrew: by the news agencies),
# "מערכת" (newsroom), "צוות" (team); "लेखक: डेस्क" (Hindi: desk), "ब्यूरो"
# (bureau), "टीम" (team), "एजेंसी" (agency).
_SCRIPT_DESK_WORDS: Final = frozenset(
    {
        "هيئة",
        "التحرير",
        "تحرير",
        "وكالات",
        "الوكالات",
        "فريق",
        "قسم",
        "מערכת",
        "המערכת",
        "סוכנויות",
        "צוות",
        "डेस्क",
        "ब्यूरो",
        "टीम",
        "एजेंसी",
        # A correspondent or an editor, no name ("بقلم مراسلنا في القاهرة",
        # by our correspondent in Cairo; "מאת כתבנו בירושלים", the same in
        # Hebrew; "लेखक: हमारे संवाददाता", our correspondent), and the
        # prepositions that place them ("في", "من", in, from; "में", in): a
        # name holds none.
        "مراسل",
        "مراسلنا",
        "مراسلة",
        "مراسلتنا",
        "محرر",
        "المحرر",
        "محررة",
        "في",
        "من",
        "כתב",
        "כתבת",
        "כתבנו",
        "כתבתנו",
        "הכתב",
        "संवाददाता",
        "हमारे",
        "में",
        "से",
        # A head or a minister by title, no name: "מאת ראש העיר" (by the
        # mayor, the town's head), "بقلم رئيس البلدية", "بقلم وزير المالية".
        "ראש",
        "השר",
        "رئيس",
        "وزير",
        # Thai, Lao and Khmer desks and reporters, no name (the fourth review
        # of session 13, fixI62): "โดย ทีมข่าว ภูมิภาค" (Thai: by the regional
        # news team), "ผู้สื่อข่าว" (reporter), "กองบรรณาธิการ" (editorial
        # board), "ฝ่ายข่าว" (news desk); Lao "ທີມຂ່າວ" (news team), "ນັກຂ່າວ"
        # (reporter), "ກອງບັນນາທິການ" (editorial board); Khmer "ក្រុមការងារ"
        # (the team), "អ្នកយកព័ត៌មាន" (reporter).
        "ทีมข่าว",
        "ผู้สื่อข่าว",
        "กองบรรณาธิการ",
        "บรรณาธิการ",
        "ฝ่ายข่าว",
        "โต๊ะข่าว",
        "ທີມຂ່າວ",
        "ນັກຂ່າວ",
        "ກອງບັນນາທິການ",
        "ក្រុមការងារ",
        "អ្នកយកព័ត៌មាន",
    }
)
# Burmese writes a desk as one run of syllables, as it writes a name: a word
# holding "သတင်း" (news: "သတင်းထောက်", reporter; "သတင်းဌာန", news desk) or
# "အယ်ဒီတာ" (editor: "အယ်ဒီတာအဖွဲ့", the editorial team), or ending in
# "အဖွဲ့" (team), is a desk, no writer (the fourth review of session 13).
# A Tibetan name: two to eight syllables of that script's letters and marks,
# the tsheg (U+0F0B) between them, no shad (U+0F0D, a clause's end). Bounded
# runs, the tsheg between them: linear.
_TIBETAN_NAME: Final = regex.compile(
    r"[\u0f40-\u0fbc]{1,8}+(?:\u0f0b[\u0f40-\u0fbc]{1,8}+){1,7}+\u0f0b?"
)
_MYANMAR_DESK_PARTS: Final = ("သတင်း", "အယ်ဒီတာ", "အဖွဲ့")
# The most writers and words a byline of a script without capitals holds.
_SCRIPT_MAX_NAMES: Final = 3
_SCRIPT_NAME_MAX_WORDS: Final = 4
_SCRIPT_MAX_CHARS: Final = 80


def script_byline(line: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Byline | None:
    """The byline of a page's header line in a script without capitals, or
    None: a label of :attr:`Knowledge.script_byline_labels
    <wirestory.Knowledge.script_byline_labels>` over one to three names
    (``بقلم أحمد سالم``, ``كتب: أحمد سالم وسمير خليل``, ``מאת דני לוי``,
    ``记者 张伟 李娜``, ``作者：张伟``), or a Korean or Japanese reporter's name
    before the title (``김철수 기자``, ``山田太郎記者``). The names are letters
    of a script without capitals alone: no digit, no Latin or Cyrillic
    letter, no sentence's end (``كتب الوزير في رسالته …`` has no colon, a
    label's words in a sentence run longer than names).

    >>> script_byline("بقلم أحمد سالم").names
    ('أحمد سالم',)
    >>> script_byline("김철수·이영희 기자").names
    ('김철수', '이영희')
    >>> script_byline("كتب الوزير في رسالته إلى المجلس أن العمل سيبدأ.") is None
    True
    """
    text = line.strip()
    if not text or len(text) > _SCRIPT_MAX_CHARS or any(c.isdigit() for c in text):
        return None
    if text[-1:] in "기자원" or "@" in text:
        korean = _KOREAN_BYLINE.fullmatch(text)
        if korean is not None:
            reporters = tuple(_split_script_names(korean.group("names")))
            correspondent = korean.group("title") == "특파원"
            post = korean.group("post")
            if (
                post is not None
                and korean.group("place") is None
                and len(reporters) == 1
                and _korean_post(reporters[0])
                and _korean_name_shaped(post)
                and len(post) >= _KOREAN_CITY_FIRST_NAME
                and post not in _KOREAN_TITLE_WORDS
                and not post.endswith(_KOREAN_DESK_ENDINGS)
            ):
                # "서울 김민수 특파원", "부산 김민수 기자": the post's city,
                # then the writer's name; the line named no writer,
                # silently (the city read as the name, the name as a post).
                # A desk ("서울 정치부 기자", the politics desk) or a beat's
                # word of two syllables opening with a family name's
                # ("서울 문화 기자", culture; "서울 국제 특파원",
                # international) is no name: they were the writer, silently.
                return Byline(raw=text, names=(post,), organization=None)
            if (
                (
                    post is None
                    # "홍길동 서울 특파원": the writer, then their post; a second
                    # name there ("김철수 이영희 기자") is no post.
                    or (correspondent and _korean_place_before_title(post))
                )
                and korean.group("place") not in KOREAN_CREDIT_SLOTS
                and not any(
                    name in _KOREAN_TITLE_WORDS
                    or (len(name) > 2 and name.endswith(_KOREAN_DESK_ENDINGS))
                    # "워싱턴 특파원": the correspondent's city, no name.
                    or (correspondent and _korean_place_before_title(name))
                    for name in reporters
                )
            ):
                return Byline(raw=text, names=reporters, organization=None)
    if text.endswith("記者"):
        japanese = _JAPANESE_BYLINE.fullmatch(text)
        if (
            japanese is not None
            and len(japanese.group("names")) >= _JAPANESE_NAME_MIN_CHARS
            and not japanese.group("names").endswith(_DESK_ENDINGS)
        ):
            return Byline(raw=text, names=(japanese.group("names"),), organization=None)
    for label in knowledge.script_byline_labels:
        if not text.startswith(label):
            continue
        rest = text[len(label) :]
        colon = rest[:1] in ":："
        rest = rest[1:] if colon else rest
        if not (colon or label[-1:] in ":/／" or rest[:1].isspace()):
            continue  # "记者们" (reporters), "مأتم": the label runs on into a word
        names = _script_names(rest.strip(), knowledge)
        if names:
            return Byline(raw=text, names=names, organization=None)
    return None


def _split_script_names(text: str) -> list[str]:
    """The names of ``text`` parted at :data:`_SCRIPT_NAME_SEPARATORS`."""
    return [name.strip() for name in _SCRIPT_NAME_SEPARATORS.split(text) if name.strip()]


def _script_names(text: str, knowledge: Knowledge) -> tuple[str, ...]:
    """The one to three writers' names ``text`` is, in a script without
    capitals, or ``()``."""
    if not text or text[-1] in knowledge.sentence_and_clause_ends or has_case(text):
        return ()
    # Chinese and Japanese set the names apart with spaces or the
    # ideographic comma: "张伟 李娜", "张伟、李娜". A line opening in Han is
    # read so even when its first word is one character ("图 张伟" after
    # "文/": the photo's, no name of two words).
    unspaced = _UNSPACED_SCRIPT.match(text) is not None
    names = _split_script_names(text)
    if unspaced:
        words = [word for name in names for word in name.split()]
        names = []
        for word in words:
            if word in _HAN_PHOTO_ROLES:
                break
            if word not in _HAN_WRITER_ROLES and not word.endswith(_HAN_WRITER_ENDINGS):
                names.append(word)
    if not names or len(names) > _SCRIPT_MAX_NAMES:
        return ()
    for name in names:
        if unspaced:
            if _UNSPACED_NAME.fullmatch(name) is None:
                return ()
            continue
        words = name.split()
        # A Burmese name has no family name and is written as one run of
        # syllables ("ရေးသားသူ: ဇော်မင်းထွန်း", writer: …): one word of that
        # script is a name (scripts60).
        if len(words) == 1 and _MYANMAR_NAME.fullmatch(name) is not None:
            if any(part in name for part in _MYANMAR_DESK_PARTS):
                return ()
            continue
        # Tibetan writes a name as its syllables, each closed by the tsheg
        # ("རྩོམ་པ་པོ: བསྟན་འཛིན་རྡོ་རྗེ", author: …), no space between them:
        # one word of that script, two syllables or more, is a name (heldout38).
        if len(words) == 1 and _TIBETAN_NAME.fullmatch(name) is not None:
            continue
        # A name of one word is a title or a desk ("بقلم المحرر", by the
        # editor; "מאת המערכת", by the newsroom): a writer signs with a
        # given name and a family name.
        if (
            not 2 <= len(words) <= _SCRIPT_NAME_MAX_WORDS
            or not all(_SCRIPT_NAME_WORD.fullmatch(word) is not None for word in words)
            or any(word in _SCRIPT_DESK_WORDS for word in words)
        ):
            return ()
    return tuple(names)


# Catalan's "Per" opens a byline ("Per Jordi Puig"), and is a Nordic given
# name too ("Per Olof Lind"): read alone, the line is one name of three
# words. A story written in Catalan says which: its function words no
# Spanish, Italian, French, Portuguese or Nordic text uses ("els", "amb":
# "durant els quals", "amb el suport"; not "dels", Swedish "partly").
CATALAN_OPENER: Final = "Per "
_CATALAN_WORDS: Final = frozenset(
    {"els", "pels", "amb", "aquest", "aquesta", "aquests", "aquestes", "perquè"}
)
_CATALAN_WORD: Final = regex.compile(r"\w++")


def writes_catalan(texts: Iterable[str]) -> bool:
    """Do ``texts`` hold a function word only Catalan uses
    (``_CATALAN_WORDS``)? Asked only of a line opening with ``Per``."""
    return not _CATALAN_WORDS.isdisjoint(
        word.casefold() for text in texts for word in _CATALAN_WORD.findall(text)
    )


# Hausa's "Daga" opens a byline ("Daga Aminu Bello", from, by) and is a
# Polish given name too ("Daga Maria Nowak", "Daga Nowak"): the line alone
# does not say which (the fourth review of session 13). A story written in
# Hausa does: its function words and common words no European language uses
# ("kuma", and; "wannan", this; "ranar", on the day of; "wanda", who).
HAUSA_OPENER: Final = "Daga"
_HAUSA_WORDS: Final = frozenset(
    {"kuma", "wannan", "wanda", "wadanda", "waɗanda", "ranar", "saboda", "domin", "suka"}
)


def writes_hausa(texts: Iterable[str]) -> bool:
    """Do ``texts`` hold a word only Hausa uses (``_HAUSA_WORDS``)? Asked
    only of a byline opening with ``Daga``."""
    return not _HAUSA_WORDS.isdisjoint(
        word.casefold() for text in texts for word in _CATALAN_WORD.findall(text)
    )


# Between Catalan writers: "i" (and) or a comma; in a byline set in
# capitals, "I". Before one capitalised word "i" joins a writer's two family
# names instead ("Jordi Puig i Soler").
_CATALAN_SEPARATORS: Final = regex.compile(r"(, | i )")
_CATALAN_CAPITALS_SEPARATORS: Final = regex.compile(r"(, | I )")


def catalan_opener(text: str) -> bool:
    """Does ``text`` open with Catalan's byline opener, ``Per`` or, in a
    byline set in capitals, ``PER``, and a space? A string test."""
    return text[: len(CATALAN_OPENER)] in (CATALAN_OPENER, _CATALAN_CAPITALS_OPENER)


_CATALAN_CAPITALS_OPENER: Final = CATALAN_OPENER.upper()


def catalan_writers(
    text: str, texts: Iterable[str], *, knowledge: Knowledge = DEFAULT_KNOWLEDGE
) -> Byline | None:
    """The writers of a Catalan byline joined by ``i`` (``Per Jordi Puig i
    Marta Soler``, ``Per Jordi Puig, Marta Soler i Pere Vila``; a writer's
    two family names so joined stay one name, ``Per Jordi Puig i Soler``)
    when ``texts``, the story's lines, are Catalan (:func:`writes_catalan`);
    else None. Read as one name, ``i`` in small letters made the line no
    byline: left out under the headline, silently. Swedish ``i`` (in) after
    ``Per`` and a name, ``Per Lind i Malmö``, is read so only in a Catalan
    story. A byline in capitals joins its writers with ``I`` (``PER JORDI
    PUIG I MARTA SOLER``). A string test first: most lines open with no
    ``Per``.

    >>> catalan_writers("Per Jordi Puig i Marta Soler", ["amb el suport"]).names
    ('Jordi Puig', 'Marta Soler')
    >>> catalan_writers("Per Jordi Puig (ACN)", ["amb el suport"]).organization
    'ACN'
    """
    stripped = text.strip()
    if not catalan_opener(stripped):
        return None
    capitals = stripped.isupper()
    joiner = " I " if capitals else " i "
    writers, agency = _catalan_agency(stripped[len(CATALAN_OPENER) :], knowledge)
    if agency is None and joiner not in writers:
        return None
    separators = _CATALAN_CAPITALS_SEPARATORS if capitals else _CATALAN_SEPARATORS
    pieces = separators.split(writers)
    names: list[str] = []
    for number in range(0, len(pieces), 2):
        piece = pieces[number]
        words = piece.split(" ")
        if not all(word[:1].isupper() for word in words) or words[0] in _CATALAN_SAINTS:
            return None  # "Per Sant Joan i Sant Pere": for the saints' feast, no writers
        if len(words) == 1 and names and pieces[number - 1] == joiner:
            if _catalan_desk(piece, capitals, knowledge):
                # "Per Jordi Puig i ACN", "… i Agències": the writer's copy
                # joined to an agency's or the wires', no family name.
                if agency is not None or number != len(pieces) - 1:
                    return None
                agency = piece
                continue
            names[-1] = f"{names[-1]}{joiner}{piece}"  # "Puig i Soler": one writer's
        elif len(words) > 1 and person_names(piece, knowledge=knowledge) == Byline(
            raw=piece, names=(piece,), organization=None
        ):
            names.append(piece)
        else:
            return None
    if not writes_catalan(texts):
        return None
    return Byline(raw=stripped, names=tuple(names), organization=agency)


# Saints' names open places and feasts (``Sant Joan``, ``Santa Coloma``), no
# writer's.
_CATALAN_SAINTS: Final = frozenset({"Sant", "Santa", "Sants", "SANT", "SANTA", "SANTS"})


def _catalan_desk(word: str, capitals: bool, knowledge: Knowledge) -> bool:
    """Is ``word``, one word after ``i`` in a Catalan byline, an agency or a
    newsroom rather than a writer's second family name: a known agency's
    name or alias (``ACN``, ``EFE``), a newsroom's word
    (:attr:`Knowledge.byline_non_name_words`: ``Agències``, ``Redacció``), or
    initials in a byline in title case (``EP``)?"""
    return (
        word.casefold() in agency_spellings(knowledge)
        or word.casefold() in knowledge.byline_non_name_words
        or (not capitals and len(word) > 1 and word.isupper())
    )


def _catalan_agency(writers: str, knowledge: Knowledge) -> tuple[str, str | None]:
    """``writers`` (a Catalan byline after ``Per``) without the agency after
    them, and the agency: ``Jordi Puig (ACN)``, ``Jordi Puig i Marta Soler /
    ACN``, ``…, ACN``. A known agency's name or alias only, one of
    Knowledge.dateline_agencies too (``ACN``, the Catalan agency, is read in
    a dateline only from Catalonia, as Cuba's bears the name; after a
    Catalan byline it is the Catalan one). The agency is looked up only
    after a bracket, a slash or a comma."""
    if writers.endswith(")") and " (" in writers:
        names, _, agency = writers[:-1].rpartition(" (")
    elif " / " in writers:
        names, _, agency = writers.rpartition(" / ")
    else:
        names, _, agency = writers.rpartition(", ")
    agency = agency.strip()
    if names and (
        agency.casefold() in agency_spellings(knowledge)
        or any(agency == a.name or agency in a.aliases for a in knowledge.dateline_agencies)
    ):
        return names.strip(), agency
    return writers, None
