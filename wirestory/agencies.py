"""News and photo agencies: recognising them in text.

Used to recognise a credit that is not in parentheses (``... Sunday. AFP``,
``REUTERS/Khaled Abdullah``). The agencies themselves are data, in
:mod:`wirestory.knowledge` (:data:`~wirestory.knowledge.AGENCIES`, re-exported
here): adding an agency is adding a row there, or extending
:attr:`Knowledge.agencies <wirestory.Knowledge.agencies>`, never a branch in
the code.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from wirestory.knowledge import AGENCIES, DEFAULT_KNOWLEDGE, Agency, Knowledge, per_knowledge

__all__ = ["AGENCIES", "Agency", "find_agency", "named_by_word"]


class _Patterns(NamedTuple):
    long_alias: regex.Pattern[str]
    """Any alias of more than three characters, in any case, between word
    boundaries."""
    short_alias: regex.Pattern[str]
    """Any alias of three characters or fewer, as written, between word
    boundaries."""
    by_alias: dict[str, Agency]
    """Each alias, case-folded, and its agency."""
    by_name: dict[str, Agency]
    """Each agency's name, case-folded: a text that is only the name."""
    longest_name: int
    """The length of the longest name: a longer text is none of them."""
    words: frozenset[str]
    """Each agency's aliases that are words too (:attr:`Agency.words`), case-folded."""
    lower_aliases: frozenset[str]
    """The aliases written in small letters (``dpa``): found so as written."""


def _alias_pattern(aliases: set[str], any_case: bool) -> regex.Pattern[str]:
    # Longest alias first so "Agence France-Presse" wins over a shorter prefix.
    # Linear: an alternation of literals between word boundaries, no quantifier
    # at all, so each position of the text costs at most one try per alias.
    # An empty table never matches ("(?!)"), so a table without short or long
    # aliases finds nothing rather than empty strings.
    alternation = "|".join(regex.escape(a) for a in sorted(aliases, key=len, reverse=True))
    group = "(?i:" if any_case else "(?:"
    return regex.compile(rf"\b{group}{alternation or '(?!)'})\b")


@per_knowledge
def _patterns(knowledge: Knowledge) -> _Patterns:
    agencies = knowledge.agencies
    return _Patterns(
        long_alias=_alias_pattern(
            {a for agency in agencies for a in agency.aliases if len(a) > 3}, any_case=True
        ),
        short_alias=_alias_pattern(
            {a for agency in agencies for a in agency.aliases if len(a) <= 3}, any_case=False
        ),
        by_alias={a.casefold(): agency for agency in agencies for a in agency.aliases},
        by_name={agency.name.casefold(): agency for agency in agencies},
        longest_name=max((len(agency.name) for agency in agencies), default=0),
        words=frozenset(w.casefold() for agency in agencies for w in agency.words),
        lower_aliases=frozenset(a for agency in agencies for a in agency.aliases if a.islower()),
    )


def _first_alias(text: str, patterns: _Patterns) -> regex.Match[str] | None:
    """The first alias in ``text`` written as its agency writes it: a long
    alias matches in any case but all in small letters (``Lehtikuva``,
    ``LEHTIKUVA``; ``… from the lehtikuva archive`` is a common word's case
    inside a sentence), unless the alias is so written itself (``dpa``) or
    is the whole text, maybe in brackets (a credit alone: ``… in Marib.
    saba``, ``(reuters)``).

    The long aliases (any case) and the short ones (as written) are two
    patterns: the first alias is the leftmost of their matches, the long
    one's where both start at one place, as one alternation of the long
    aliases then the short ones finds it. Two searches of one alternation
    each cost about half of that one's (the texts a page's captions ask,
    speed31: the alternatives in any case and those as written, tried one
    after the other at each place, cost more together than apart). Each
    pattern is searched again only when its match was passed (a match
    still ahead is the first from there too), from where the last match
    ended: linear."""
    long = patterns.long_alias.search(text, 0, None, False)
    short = patterns.short_alias.search(text, 0, None, False)
    at = 0
    while True:
        if short is None or (long is not None and long.start() <= short.start()):
            match = long
        else:
            match = short
        if match is None:
            return None
        found = match.group()
        if not found.islower() or found in patterns.lower_aliases:
            return match
        # The whole text: only the first match may be, white space or
        # brackets alone around it (measured once: no copy of the text per match).
        if at == 0 and (match.start(), match.end()) == _stripped_bounds(text):
            return match
        at = match.end()
        if long is not None and long.start() < at:
            long = patterns.long_alias.search(text, at, None, False)
        if short is not None and short.start() < at:
            short = patterns.short_alias.search(text, at, None, False)


def _stripped_bounds(text: str) -> tuple[int, int]:
    """Where ``text`` stripped of white space and of the brackets around a
    credit (``(reuters)``, ``[afp]``) starts and ends."""
    return len(text) - len(text.lstrip(_CREDIT_EDGES)), len(text.rstrip(_CREDIT_EDGES))


# White space and the brackets a credit alone stands in: "(reuters)" is the
# credit alone, in small letters as a site's style writes it.
_CREDIT_EDGES: Final = " \t\n\r\f\v()[]"


def named_by_word(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Does ``text`` name its agency (the first alias in it) by an alias that
    is also a word, a place, a name or a product's (:attr:`Agency.words`),
    not written in capitals (``Sputnik``, ``NTX``; ``SPUTNIK`` is the
    agency's)? Such a bare tail is a caption's credit only after a sentence.

    >>> named_by_word("Sputnik"), named_by_word("SPUTNIK"), named_by_word("Reuters")
    (True, False, False)
    """
    patterns = _patterns(knowledge)
    if not patterns.words:
        return False
    match = _first_alias(text, patterns)
    if match is None:
        return False
    alias = match.group()
    return alias.casefold() in patterns.words and (len(alias) <= 3 or not alias.isupper())


def find_agency(text: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> Agency | None:
    """The first agency of ``knowledge`` named in ``text`` by one of its
    aliases, or the agency whose full name the whole text is (``Indo-Asian
    News Service``, ``Kuwait News Agency``: pages print it so after a byline
    or under a photo), or None.

    >>> find_agency("REUTERS/Khaled Abdullah").name
    'Reuters'
    >>> find_agency("Indo-Asian News Service").aliases
    ('IANS',)
    >>> find_agency("a map of the area") is None
    True
    """
    patterns = _patterns(knowledge)
    match = _first_alias(text, patterns)
    if match:
        return patterns.by_alias[match.group().casefold()]
    # A dict lookup, not a longer pattern: each name in the alias pattern
    # would cost more to compile at import than every lookup of it.
    if len(text) > patterns.longest_name + _NAME_SLACK:
        return None
    return patterns.by_name.get(text.strip().casefold())


# White space around a name that is the whole text.
_NAME_SLACK: Final = 8
