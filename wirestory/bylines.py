"""Bylines: who wrote a story, from a line such as ``By JANE DOE and JOHN ROE, Associated Press``.

Names are kept exactly as written (``ABBY GOODNOUGH`` stays in capitals, a name
containing "by" is never cut). What follows the names after a comma is the
organisation or the writer's title (``Associated Press``, ``AP Science Writer``).
Lines that look like bylines but are page furniture — ``Email the author``,
``3 minutes ago``, ``5 Minute Read``, dates, a site's name alone — give no names.
"""

from __future__ import annotations

import functools

import attrs
import regex

from wirestory.agencies import find_agency
from wirestory.knowledge import DEFAULT_KNOWLEDGE, Knowledge, alternation

__all__ = ["Byline", "find_byline", "is_organization_line"]

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
@functools.lru_cache(maxsize=16)
def _compile_opener(knowledge: Knowledge) -> regex.Pattern[str]:
    return regex.compile(
        rf"\s*+(?:{alternation(knowledge.byline_frames)}\s++)?{alternation(knowledge.byline_openers)}"
        r"(?::|\s)\s*+(?P<rest>\S.*+)"
    )


_OPENER = _compile_opener(DEFAULT_KNOWLEDGE)


# A byline never ends like a sentence or a clause ("By the way, the minister
# said."), but for "Jr." and "Sr.": Knowledge.sentence_ends and clause_ends.
@functools.lru_cache(maxsize=16)
def _compile_closers(knowledge: Knowledge) -> str:
    return knowledge.sentence_ends + knowledge.clause_ends


_CLOSERS = _compile_closers(DEFAULT_KNOWLEDGE)
# Words that are never part of a person's name in a byline.
_NOT_NAME_WORDS = frozenset(
    """email e-mail author authors follow twitter minute minutes min read ago hour hours
    updated published posted share comments comment print video photo photos staff
    reporter writer correspondent editor contributor monday tuesday wednesday thursday
    friday saturday sunday today yesterday gmt utc the news agency press""".split()
)
# Month names are not in the list: "Roger May" and "April Smith" are names;
# a date never passes because names hold no digits.
# A name: one to five words, each capitalised (or a lower-case particle),
# letters, apostrophes, hyphens and initials only.
_NAME_WORD = (
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]*+|(?:de|da|del|van|von|der|den|al|el|bin|ibn|la|le|du|di|y)\b)"
)
_NAME = regex.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,4}}(?:,? (?:Jr\.|Sr\.|II|III))?")
_SEPARATORS = regex.compile(r",? and |,? & | und | et | y | e |, ")


def _names(text: str, knowledge: Knowledge) -> tuple[str, ...] | None:
    """The names in ``text``, or None if any part is not a name."""
    parts = [p.strip() for p in _SEPARATORS.split(text)]
    if not parts or not all(parts):
        return None
    for part in parts:
        words = part.replace(".", " ").split()
        if len(words) < 2:
            return None  # "By June", "By Staff": a person's name has two words or more
        if _NAME.fullmatch(part) is None or any(w.lower() in _NOT_NAME_WORDS for w in words):
            return None
        if is_organization_line(part, knowledge=knowledge):
            return None
    return tuple(parts)


def is_organization_line(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A line naming only an agency, as AP prints ``Associated Press`` under the byline.

    >>> is_organization_line("Associated Press"), is_organization_line("Associated Press said")
    (True, False)
    """
    if len(text) > _MAX_CHARS:
        return False
    stripped = text.strip().removeprefix("The ").removeprefix("the ")
    agency = find_agency(stripped, knowledge=knowledge)
    if agency is None:
        return False
    spellings = {a.casefold() for a in agency.aliases} | {agency.name.casefold()}
    return stripped.casefold() in spellings


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
    if knowledge is DEFAULT_KNOWLEDGE:
        opener, closers = _OPENER, _CLOSERS
    else:
        opener, closers = _compile_opener(knowledge), _compile_closers(knowledge)
    match = opener.fullmatch(line.rstrip())
    if match is None:
        return None
    rest = match.group("rest").strip()
    if len(rest.split()) > _MAX_WORDS or (
        rest[-1:] in closers and not rest.endswith(("Jr.", "Sr."))
    ):
        return None
    # Try the longest run of names first: "JANE DOE and JOHN ROE, Associated Press"
    # is names up to the last comma that leaves a valid organisation.
    pieces = rest.split(", ")
    for cut in range(len(pieces), 0, -1):
        names = _names(", ".join(pieces[:cut]), knowledge)
        if names is None:
            continue
        organization = ", ".join(pieces[cut:]) or None
        return Byline(raw=line.strip(), names=names, organization=organization)
    if is_organization_line(rest, knowledge=knowledge):
        return Byline(raw=line.strip(), names=(), organization=rest)
    return None
