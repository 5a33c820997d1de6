"""Datelines: where and when a story was filed, at the start of its first paragraph.

The forms recognised, each seen in real copy (dashes may be ``-``, ``–``, ``—``,
``--`` or the 7-bit wire's ``_``):

=====================================  ===========================================
``WASHINGTON (AP) —``                  place, agency in parentheses, dash (AP, AFP,
``GROSSETO, Italy (AP) --``            Reuters since the 1990s); a region or date
``LONDON, March 3 (Reuters) -``        may follow the place; ``/`` joins places;
``LONDON/SINGAPORE, June 14 (Reuters) -``  the text may follow the dash with no
``Paris (AFP) –``, ``Kyiv (Ukraine) (AFP) –``  space (``-The``)
``BAHRAIN, Oct 19 -``                  Reuters 1987: capitals, optional region,
``AKRON, Ohio, Oct 20 -``              a date, a dash (sometimes no space before
                                       it, ``Oct 2-``)
``GREEN BAY, Wis. --``, ``TRENTON —``  capitals and a dash, no agency or date
``(CNN) --``                           an organisation alone
``RIYADH:``                            capitals and a colon
``Washington, DC, United States:``     a place with its region(s) and a colon
``Beirut, Reuters—``                   Asharq Al-Awsat: place, comma or spaced
``Baghdad, AP/Asharq Al-Awsat —``      dash, a known agency
``London - Asharq Al-Awsat``
=====================================  ===========================================

Precision comes first: no dateline is better than a wrong one. So a form that
names no agency needs a place in capitals (``BAHRAIN``) or a region and a colon;
a title-case place needs a known agency next to it; labels such as ``UPDATE:``
are never places; and only the first 160 characters of a paragraph are
examined, which also keeps matching time constant per paragraph.
"""

from __future__ import annotations

import datetime
import re
from typing import Literal

import attrs
import regex

from wirestory.agencies import AGENCIES, find_agency

__all__ = ["Dateline", "find_dateline"]

_WINDOW = 160


@attrs.frozen
class Dateline:
    """A story's dateline, e.g. ``LONDON, March 3 (Reuters) -``.

    >>> line = find_dateline("LONDON, March 3 (Reuters) - Shares rose.")
    >>> line.places, line.date_text, line.agencies
    (('LONDON',), 'March 3', ('Reuters',))
    """

    raw: str
    """The dateline as written, without the white space after it."""
    places: tuple[str, ...]
    """The place or places (``LONDON/SINGAPORE`` gives two), as written."""
    region: str | None
    """A region, state or country after the place (``Italy``, ``Calif.``), as written."""
    date_text: str | None
    """The date as written (``Oct 19``), or None."""
    date: datetime.date | None
    """``date_text`` resolved to a date, only when a reference date is given."""
    agencies: tuple[str, ...]
    """Canonical names of the agencies it names (``Associated Press``)."""
    length: int
    """How many characters of the paragraph it takes, white space after it included:
    the body starts at this offset."""


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Building blocks. Every repetition is bounded, every group is tried from one
# anchored position on at most _WINDOW characters: the work per paragraph is a
# constant, whatever the text.
_CAPS_WORD = r"(?:\p{Lu}[\p{Lu}\p{M}'’-]*+\.?+|\p{Lu}\.(?:\p{Lu}\.){0,3})"
_CAPS_PLACE = rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}"
_TITLE_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}'’-]*+\.?+|\p{Lu}\.(?:\p{Lu}\.){0,3}|\p{Lu}{2,5}\.?+)"
# Lower-case words inside a title-case place name: "Rio de Janeiro".
_PLACE_CONNECTORS = ("al", "el", "de", "of")
_TITLE_PLACE = rf"{_TITLE_WORD}(?: (?:{_TITLE_WORD}|{'|'.join(_PLACE_CONNECTORS)})){{0,3}}"
_ANY_PLACE = rf"(?:{_CAPS_PLACE}|{_TITLE_PLACE})"
_PLACES = rf"{_CAPS_PLACE}(?:/{_CAPS_PLACE}){{0,3}}"
_ANY_PLACES = rf"{_ANY_PLACE}(?:/{_ANY_PLACE}){{0,3}}"
_REGION = rf"{_TITLE_PLACE}(?:/{_ANY_PLACE})?"
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Every word _MONTH matches, lower-cased ("sepember" too: the pattern allows it).
_MONTH_WORDS = (
    *("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun"),
    *("june", "jul", "july", "aug", "august", "sep", "sept", "sepember", "september"),
    *("oct", "october", "nov", "november", "dec", "december"),
)
_DATE = rf"{_MONTH} {{1,2}}\d{{1,2}}"
_DASH = r"(?:--|[-–—_])"


def _agency_alternation() -> str:
    names = sorted({a for agency in AGENCIES for a in agency.aliases}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(n) for n in names) + ")"


_AGENCY = _agency_alternation()
_AGENCIES = rf"{_AGENCY}(?:/{_AGENCY}){{0,2}}"
# After the dateline: white space, or none before a capital or quote (``-The``).
_AFTER = r"(?:\s++|(?=[\p{Lu}\"“‘'\d]))"

_FORMS = [
    # WASHINGTON (AP) —  /  LONDON, March 3 (Reuters) -  /  Kyiv (Ukraine) (AFP) –
    # Scrapers that drop the dash leave "SANTA BARBARA, Calif. (AP)  A ...": two
    # spaces and a capital after the agency stand for it.
    regex.compile(
        rf"(?P<places>{_ANY_PLACES})(?:, (?P<region>{_REGION}))?(?:, (?P<date>{_DATE}))?"
        rf"(?: \((?P<region2>{_TITLE_PLACE})\))? ?\((?P<agencies>{_AGENCIES})\)"
        rf"(?: {{0,2}}{_DASH}{_AFTER}| {{2,}}(?=[\p{{Lu}}\"“‘]))"
    ),
    # BAHRAIN, Oct 19 -  /  AKRON, Ohio, Oct 20 -  /  NEW YORK, Oct 19, Reuter -
    # (a date and a dash are strong enough for a title-case place: "Chicago, Oct 19 -")
    regex.compile(
        rf"(?P<places>{_ANY_PLACES})(?:, (?P<region>{_REGION}))?, {{1,2}}(?P<date>{_DATE})"
        rf"(?:, (?P<agencies>Reuters?))? ?{_DASH}{_AFTER}"
    ),
    # GREEN BAY, Wis. --  /  TRENTON —  /  NEW YORK -   (the text must start with a capital)
    regex.compile(
        rf"(?P<places>{_PLACES})(?:, (?P<region>{_REGION}))? {_DASH} ?(?=[\p{{Lu}}\"“‘])",
    ),
    # (CNN) --
    regex.compile(rf"\((?P<agencies>{_AGENCIES})\) {{0,2}}{_DASH}{_AFTER}"),
    # RIYADH:  /  PERRIS:
    regex.compile(rf"(?P<places>{_PLACES})(?:, (?P<region>{_REGION}))?:\s++(?=[\p{{Lu}}\"“‘])"),
    # Washington, DC, United States:   (a title-case place needs a region here)
    regex.compile(
        rf"(?P<places>{_TITLE_PLACE}), (?P<region>{_TITLE_PLACE}(?:, {_TITLE_PLACE})?):\s++"
        rf"(?=[\p{{Lu}}\"“‘])"
    ),
    # Beirut, Reuters—  /  Baghdad, AP/Asharq Al-Awsat —  /  London - Asharq Al-Awsat
    regex.compile(
        rf"(?P<places>{_ANY_PLACE})(?:, (?P<agencies>{_AGENCIES}) ?(?:{_DASH}|:)"
        rf"|(?: [-–—] ?|- )(?P<agencies2>{_AGENCIES})(?: ?(?:{_DASH}|:))?)\s*+"
    ),
]

# All-capital labels that open a paragraph like a place would: never places.
_LABELS = frozenset(
    [
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "WATCH",
        "NOTE",
        "NOTES",
        "EDITOR",
        "EDITORS",
        "CORRECTION",
        "CORRECTIONS",
        "ADVISORY",
        "LISTEN",
        "PHOTOS",
        "PHOTO",
        "VIDEO",
        "READ",
        "MORE",
        "RELATED",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "COMMENTARY",
        "Q",
        "A",
        "FILE",
        "FACTBOX",
        "TIMELINE",
        "WHAT",
        "WHY",
        "HOW",
        "WHO",
        "WHEN",
        "WHERE",
        "UPDATES",
        "ALSO",
        "SEE",
        "LIVE",
        "URGENT",
        "FLASH",
        "BULLETIN",
        "SPONSORED",
        "AD",
        "ADVERTISEMENT",
        "TRANSCRIPT",
    ]
)
# Organisations written in capitals that open sentences ("NATO - The alliance"):
# in the forms that name no agency and no date, a place must have four letters
# or more and not be one of these.
_ACRONYMS = frozenset(
    [
        "NATO",
        "OPEC",
        "FIFA",
        "UEFA",
        "NASA",
        "ASEAN",
        "IAEA",
        "UNICEF",
        "UNESCO",
        "UNHCR",
        "UNRWA",
        "IMF",
        "WHO",
        "WTO",
        "OECD",
        "GCC",
        "ECB",
        "FBI",
        "CIA",
        "NSA",
        "EU",
        "UN",
        "UK",
        "US",
        "USA",
        "UAE",
    ]
)


def _resolve(
    date_text: str, reference: datetime.date, year: Literal["past", "nearest"] = "past"
) -> datetime.date | None:
    """The dateline's month and day in the year ``year`` chooses: ``"past"``, the
    latest such date not after ``reference`` (news is filed before it is read);
    ``"nearest"``, the such date nearest ``reference``, before or after it."""
    match = regex.match(r"(?i)([a-z]{3})[a-z]*\.? +(\d{1,2})", date_text)
    if match is None:
        return None
    # casefold(): the pattern folds case fully, so "ſep" (long s) is September.
    month, day = _MONTHS.get(match.group(1).casefold()), int(match.group(2))
    if month is None:
        return None
    if year == "past":
        # Back at most eight years: far enough for a 29 February (2100 is no leap year).
        for candidate_year in range(reference.year, reference.year - 9, -1):
            try:
                candidate = datetime.date(candidate_year, month, day)
            except ValueError:
                continue
            if candidate <= reference:
                return candidate
        return None
    candidates = []
    for candidate_year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(datetime.date(candidate_year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs(d - reference), default=None)


def _canonical_agencies(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    found = []
    for part in text.split("/"):
        agency = find_agency(part)
        if agency is not None and agency.name not in found:
            found.append(agency.name)
    return tuple(found)


# Every form holds one of these characters (a dash, a colon, the opening
# parenthesis of an agency), and before the first of them only the words of
# places, regions, dates and agencies: capitalised, or one of these lower-case
# words (connectors of place names, month names, which match in any case, and
# the lower-case words of agency names such as "dpa"), or words with a
# character outside ASCII, which case-insensitive matching may fold.
_DATELINE_DELIMITER = re.compile("[(:\\-–—_]")
# A word before it: what lies between white space, the "/" between places or
# agencies and the comma before a region or date. Agency names are cut at the
# delimiters too, as the window is. `re`, not `regex`: several times faster on
# these plain classes. Linear: one class, one run.
_WORD_BEFORE_DELIMITER = re.compile("[^\\s/,(:\\-–—_]+")
_LOWER_CASE_WORDS = frozenset(
    [*_PLACE_CONNECTORS, *_MONTH_WORDS]
    + [
        word.lower()
        for agency in AGENCIES
        for alias in agency.aliases
        for word in _WORD_BEFORE_DELIMITER.findall(alias)
        if word[:1].islower()
    ]
)


def _may_open_dateline(window: str) -> bool:
    """Could one of the forms match ``window``? A quick test that turns down
    most paragraphs ("All 312 passengers were ...") without trying the forms:
    a lower-case word of another kind comes before the first delimiter. Words
    are read from the start and the reading stops at the first such word."""
    delimiter = _DATELINE_DELIMITER.search(window)
    if delimiter is None:
        return False
    for match in _WORD_BEFORE_DELIMITER.finditer(window, 0, delimiter.start()):
        word = match.group()
        # Only ASCII words are turned down: the month names match in any case,
        # and `regex` folds case fully, so "ſep" (long s) is a month to it.
        if (
            word[:1].islower()
            and word.isascii()
            and word.rstrip(".").lower() not in _LOWER_CASE_WORDS
        ):
            return False
    return True


def find_dateline(
    paragraph: str,
    *,
    reference: datetime.date | None = None,
    year: Literal["past", "nearest"] = "past",
) -> Dateline | None:
    """The dateline opening ``paragraph``, or None.

    ``reference`` (the date of the feed or file) lets a written date such as
    ``Oct 19`` resolve to a :class:`datetime.date`; without it ``date`` stays None.
    ``year`` is the rule of :attr:`ParseOptions.dateline_year
    <wirestory.ParseOptions.dateline_year>`: ``"past"`` (default), the latest such
    date not after the reference; ``"nearest"``, the nearest one either side.

    >>> find_dateline("Meanwhile, sources close to the minister said.") is None
    True
    >>> d = find_dateline("BAHRAIN, Oct 19 - Huge", reference=datetime.date(1987, 10, 20))
    >>> d.raw, d.date
    ('BAHRAIN, Oct 19 -', datetime.date(1987, 10, 19))
    >>> find_dateline("BAHRAIN, Jan 3 - Huge", reference=datetime.date(2024, 10, 8)).date
    datetime.date(2024, 1, 3)
    >>> find_dateline("BAHRAIN, Jan 3 - Huge", reference=datetime.date(2024, 10, 8),
    ...               year="nearest").date
    datetime.date(2025, 1, 3)
    """
    window = paragraph[:_WINDOW]
    if not _may_open_dateline(window):
        return None
    for form in _FORMS:
        match = form.match(window)
        if match is None:
            continue
        groups = match.groupdict()
        places = groups.get("places")
        if places and places.split("/")[0].split()[0].rstrip(".").upper() in _LABELS:
            continue
        agencies_text = groups.get("agencies") or groups.get("agencies2")
        date_text = groups.get("date")
        if places and not agencies_text:
            if find_agency(places) is not None:
                continue  # "REUTERS -": an agency is not a place
            first = places.split("/")[0]
            letters = sum(c.isalpha() for c in first)
            if not date_text and (letters < 4 or first.split()[0].rstrip(".") in _ACRONYMS):
                continue
        raw = match.group().rstrip()
        return Dateline(
            raw=raw,
            places=tuple(p.strip() for p in places.split("/")) if places else (),
            region=groups.get("region") or groups.get("region2"),
            date_text=date_text,
            date=_resolve(date_text, reference, year) if date_text and reference else None,
            agencies=_canonical_agencies(agencies_text),
            length=match.end(),
        )
    return None
