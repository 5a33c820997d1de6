"""Datelines: where and when a story was filed, at the start of its first paragraph.

The forms recognised, each seen in real copy (dashes may be ``-``, ``–``, ``—``,
``--`` or the 7-bit wire's ``_``):

=====================================  ===========================================
``WASHINGTON (AP) —``                  place, agency in parentheses, dash (AP, AFP,
``GROSSETO, Italy (AP) --``            Reuters since the 1990s); a region or date
``LONDON, March 3 (Reuters) -``        may follow the place; ``/`` joins places;
``LONDON/SINGAPORE, June 14 (Reuters) -``  the text may follow the dash with no
``Paris (AFP) –``, ``Kyiv (Ukraine) (AFP) –``  space (``-The``); Indian copy puts
``NEW DELHI, March 6 (PTI):``          a colon after the agency
``BAHRAIN, Oct 19 -``                  Reuters 1987: capitals, optional region,
``AKRON, Ohio, Oct 20 -``              a date, a dash (sometimes no space before
``DUBAI, Nov 19:``                     it, ``Oct 2-``), or a colon and a capital;
``WASHINGTON, March 6, 2024 —``        a year may follow the date
``GREEN BAY, Wis. --``, ``TRENTON —``  capitals and a dash, no agency or date
``(CNN) --``                           an organisation alone
``RIYADH:``                            capitals and a colon
``Washington, DC, United States:``     a place with its region(s) and a colon
``Beirut, Reuters—``                   Asharq Al-Awsat: place, comma or spaced
``Baghdad, AP/Asharq Al-Awsat —``      dash, a known agency
``London - Asharq Al-Awsat``
``**ORTON FALLS** —``                  markdown bold around a place in capitals
``MILLBROOK- A …``                     capitals, a hyphen glued to them, a space
=====================================  ===========================================

More forms are tried only on a web page's first paragraph
(``find_dateline(..., page=True)``), where a site prints the place its own way
and no agency vouches for it:

=====================================  ===========================================
``ANKARA``                             capitals alone: the whole paragraph, a line
                                       of its own above the first paragraph
``HALLORAN, The …``                    capitals, a comma, a title-case word then a
                                       lower-case one (no agency, no date)
``Dubai: The …``, ``Dubai, Nov 19:``   a place of one title-case word and a colon
                                       (Gulf and South Asian sites); of two or
                                       three (``Abu Dhabi:``) only when the page
                                       names the place elsewhere (``page_places``)
``HANOI (VNS) —``                      capitals, then capitals in parentheses that
                                       no agency table knows, a dash or a colon
``New Delhi, Nov 19 (IANS) The``       a known agency, a single space, a capital
                                       (read in every layout with a date: PTI's
                                       and IANS's own wire form)
``Madrid, 19 nov (EFE).- El``          a known agency, a date day first, ``.-``
                                       (read in every layout: below)
``KUALA LUMPUR, June 25 (NNN-BERNAMA)``  two agencies joined by a hyphen, one known
``Lima, 3 de junio (SinEmbargo).– Los``  a site's name in title case, a date day
                                       first, a full stop and a dash
``JAKARTA, KOMPAS.com – The``          a site's address after the place or before
``Liputan6.com, Jakarta – The``        it, then a dash (Indonesian sites)
``Accra, May 8, GNA – The``            a date, a known agency after a comma, a
                                       dash (the Ghanaian agency's form)
``ಮೈಸೂರು: ನಗರದಲ್ಲಿ …``, ``नाशिक : …``  a place in a script without capitals, a
                                       colon (a space may come before it) and a
                                       letter of such a script: one word, or
                                       two the page names elsewhere (India's
                                       sites in their own languages)
=====================================  ===========================================

Three forms of European agency copy, dated day first, are read in every layout
(:func:`_day_first_form`; a known agency in parentheses after the date,
:func:`_agency_by_shape`, whose forms by shape alone stay a page's):

=====================================  ===========================================
``ROMA, 3 dic. -``, ``LISBOA, 14 set -``  capitals, a day, a month's name or its
                                       first three letters (Knowledge.months,
                                       Knowledge.page_date_months), a dash
``КИЕВ, 3 декабря. /ТАСС/.``           the Russian agencies' slashes after the
``MOSCOW, December 3. /TASS/.``        date and a full stop (a known agency; on
                                       a page, capitals read by their shape)
``MADRID, 4 mar (EFE).-``              a place, a date day first, a known agency
``SÃO PAULO, 3 dez (Reuters) -``       in parentheses, a dash (after a full stop)
=====================================  ===========================================

Agencies writing in their own script open the first paragraph with a form
of their own, read in every layout when the agency is known
(:func:`_own_script_form`; :func:`dateline_byline` reads the writers):
Korean ``[서울=뉴시스] 홍길동 기자 =``, Chinese ``新华社北京3月4日电（记者 张伟）``,
Japanese ``【ワシントン共同】``, Arabic ``القاهرة (رويترز) -``; a Chinese
paper's own ``本报北京3月4日电（记者 张伟）`` (this paper's cable: no agency)
and ``本报讯（记者 张伟）`` (this paper's news: no place either).

Agencies whose names are words (``Belga``, ``Antara``) or names older copy
prints in its sentences (``Tass``) are Knowledge.dateline_agencies: read in a
dateline's parentheses or slashes only, never by :func:`find_agency`.

Precision comes first: no dateline is better than a wrong one. So a form that
names no agency needs a place in capitals (``BAHRAIN``) or a region and a colon;
a title-case place needs a known agency next to it; labels such as ``UPDATE:``
are never places; and only the first 160 characters of a paragraph are
examined, which also keeps matching time constant per paragraph.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Collection, Iterator
from typing import Final, Literal, NamedTuple

import attrs
import regex

from wirestory.agencies import find_agency
from wirestory.bylines import KOREAN_CREDIT_SLOTS, Byline, script_byline
from wirestory.knowledge import (
    DEFAULT_KNOWLEDGE,
    Knowledge,
    alternation,
    month_words,
    per_knowledge,
)
from wirestory.lines import has_case, holds_invisible, without_invisible, written_offset

__all__ = [
    "Dateline",
    "dateline_byline",
    "dateline_forms",
    "find_dateline",
    "is_site_name",
    "may_open_dateline",
    "more_than_place",
    "opens_wire_story",
]

# Patterns run on every paragraph of wire copy are called with ``concurrent``
# False by position (``match(text, 0, None, False)``): ``regex`` otherwise
# lets go of the interpreter lock around each match (docs/performance.md).

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


def more_than_place(dateline: Dateline) -> bool:
    """Does ``dateline`` hold more than a place before its dash: an agency, a
    date, a region or a site's address after a comma (``OSLO (Reuters) -``,
    ``OSLO, March 3 -``, ``JAKARTA, KOMPAS.com –``)? A place in capitals alone
    (``MARKETS -``, ``TOP NEWS -``) reads the same as a section's label over a
    list of dashed items.

    >>> more_than_place(find_dateline("OSLO (Reuters) - The ferry sails."))
    True
    >>> more_than_place(find_dateline("MARKETS - Stocks rose."))
    False
    """
    return bool(dateline.agencies or dateline.date_text or dateline.region or "," in dateline.raw)


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
# A word of a place in capitals with dashes glued after it (``NEW YORK--(…``): a
# hyphen inside it only before a capital (``WINSTON-SALEM``).
_GLUED_PLACE = r"\p{Lu}[\p{Lu}\p{M}.'’]*+(?:-\p{Lu}[\p{Lu}\p{M}.'’]*+)*+"
# After the dateline: white space, or none before a capital or quote (``-The``).
_AFTER = r"(?:\s++|(?=[\p{Lu}\"“‘'\d]))"


def _forms(knowledge: Knowledge) -> tuple[regex.Pattern[str], ...]:
    """The dateline forms, with the months and agencies of ``knowledge``."""
    # A month, in any case, with or without a full stop: "Oct", "OCT.", "Sept.".
    month = rf"(?i:{alternation(m for m, _ in knowledge.months)})\.?"
    date = rf"{month} {{1,2}}\d{{1,2}}"
    agency = alternation(a for agency in knowledge.agencies for a in agency.aliases)
    agencies = rf"{agency}(?:/{agency}){{0,2}}"
    # In parentheses, the agency slot also reads Knowledge.dateline_agencies
    # ("BRUXELLES (Belga) -"), as written; never where an agency stands
    # without them ("London - Asharq Al-Awsat": "Jakarta - Antara reported").
    slot = alternation(
        a for agency in (*knowledge.agencies, *knowledge.dateline_agencies) for a in agency.aliases
    )
    slot_agencies = rf"{slot}(?:/{slot}){{0,2}}"
    # A press release's wire (PR Newswire, Business Wire) is one of
    # Knowledge.dateline_agencies: a short alternation, as each pattern built
    # of the whole table costs about 40 million instructions to compile.
    wire = alternation(a for agency in knowledge.dateline_agencies for a in agency.aliases)
    # What ends a dateline: "WASHINGTON (AP) —", "GREEN BAY, Wis. --" (Knowledge.dateline_dashes).
    dash = alternation(knowledge.dateline_dashes)
    return (
        # WASHINGTON (AP) —  /  LONDON, March 3 (Reuters) -  /  Kyiv (Ukraine) (AFP) –
        # Scrapers that drop the dash leave "SANTA BARBARA, Calif. (AP)  A ...": two
        # spaces and a capital after the agency stand for it.
        # Indian agencies' copy puts a colon after the agency: "NEW DELHI, March 6
        # (PTI): The"; a year may follow the date: "WASHINGTON, March 6, 2024 —".
        regex.compile(
            rf"(?P<places>{_ANY_PLACES})(?:, (?P<region>{_REGION}))?"
            rf"(?:, (?P<date>{date})(?:, \d{{4}})?)?"
            rf"(?: \((?P<region2>{_TITLE_PLACE})\))?(?<![-–—]) ?\((?P<agencies>{slot_agencies})\)"
            rf"(?: {{0,2}}{dash}{_AFTER}| {{2,}}(?=[\p{{Lu}}\"“‘])|:\s++(?=[\p{{Lu}}\"“‘]))"
        ),
        # BAHRAIN, Oct 19 -  /  AKRON, Ohio, Oct 20 -  /  NEW YORK, Oct 19, Reuter -
        # (a date and a dash are strong enough for a title-case place: "Chicago, Oct 19 -");
        # Gulf and South Asian sites put a colon after the date: "DUBAI, Nov 19:",
        # a place in capitals only ("Monday, Nov 18: Council votes", "The Big
        # Day, June 1:" open sentences).
        regex.compile(
            rf"(?P<places>{_ANY_PLACES})(?:, (?P<region>{_REGION}))?, {{1,2}}(?P<date>{date})"
            rf"(?:, \d{{4}})?(?:, (?P<agencies>Reuters?))? ?{dash}{_AFTER}"
            rf"|(?P<places>{_PLACES})(?:, (?P<region>{_REGION}))?, {{1,2}}(?P<date>{date})"
            rf"(?:, \d{{4}})?:\s++(?=[\p{{Lu}}\"“‘])"
        ),
        # GREEN BAY, Wis. --  /  TRENTON —  /  NEW YORK -   (the text must start with a capital)
        regex.compile(
            rf"(?P<places>{_PLACES})(?:, (?P<region>{_REGION}))? {dash} ?(?=[\p{{Lu}}\"“‘])",
        ),
        # (CNN) --
        regex.compile(rf"\((?P<agencies>{slot_agencies})\) {{0,2}}{dash}{_AFTER}"),
        # Press releases: BERGEN, Norway, Dec. 3, 2026 /PRNewswire/ --  (the
        # wire between slashes, maybe with its service: /PRNewswire-FirstCall/),
        regex.compile(
            rf"(?P<places>{_PLACES})(?:, (?P<region>{_REGION}))?"
            rf"(?:, (?P<date>{date})(?:, \d{{4}})?)? /(?P<agencies>{wire})(?:-\p{{L}}++)?/"
            rf" {{0,2}}{dash}{_AFTER}"
        ),
        # and BERGEN, Norway--(BUSINESS WIRE)--  (the dashes glued to the place
        # and the wire; no dash ends the region of the forms above).
        regex.compile(
            rf"(?P<places>{_GLUED_PLACE}(?: {_GLUED_PLACE}){{0,3}})"
            rf"(?:, (?P<region>[\p{{L}}\p{{M}}.' ]{{1,40}}+))?--\((?P<agencies>{wire})\)--\s*+"
        ),
        # RIYADH:  /  PERRIS:
        regex.compile(rf"(?P<places>{_PLACES})(?:, (?P<region>{_REGION}))?:\s++(?=[\p{{Lu}}\"“‘])"),
        # Washington, DC, United States:   (a title-case place needs a region here)
        regex.compile(
            rf"(?P<places>{_TITLE_PLACE}), (?P<region>{_TITLE_PLACE}(?:, {_TITLE_PLACE})?):\s++"
            rf"(?=[\p{{Lu}}\"“‘])"
        ),
        # Beirut, Reuters—  /  Baghdad, AP/Asharq Al-Awsat —  /  London - Asharq Al-Awsat
        regex.compile(
            rf"(?P<places>{_ANY_PLACE})(?:, (?P<agencies>{agencies}) ?(?:{dash}|:)"
            rf"|(?: [-–—] ?|- )(?P<agencies2>{agencies})(?: ?(?:{dash}|:))?)\s*+"
        ),
        # **ORTON FALLS** —   (a page turned into markdown sets the place in bold)
        regex.compile(
            rf"\*\*(?P<places>{_PLACES})(?:, (?P<region>{_REGION}))?\*\* {{0,2}}{dash} ?"
            rf"(?=[\p{{Lu}}\"“‘])"
        ),
        # MILLBROOK- A start-up …   (a hyphen glued to a place in capitals, a space and
        # a capital after it; the place's words hold no hyphen of their own)
        regex.compile(
            r"(?P<places>\p{Lu}[\p{Lu}\p{M}'’]*+(?: \p{Lu}[\p{Lu}\p{M}'’]*+){0,3})-\s++"
            r"(?=[\p{Lu}\"“‘])"
        ),
    )


# What each of _forms's patterns, in its order, holds in every match: a
# literal of the pattern outside any optional part (the agency's opening
# parenthesis, the comma before a date, a press release's slash, a markdown
# place's asterisks); "" where the literal varies (a dash of
# Knowledge.dateline_dashes). Most of wire copy's paragraphs that pass the
# quick test (_may_open) hold a dash and no parenthesis, slash or colon, and
# each form asked of them costs its places' match.
_FORM_NEEDS: Final = ("(", ",", "", "(", "/", "--(", ":", ":", "", "**", "-")


_WORD_MARKS = "'’-"


def _is_caps_word(word: str) -> bool:
    """A word of a place in capitals (``_CAPS_WORD``: ``ANKARA``, ``U.S.``, ``O'NEILL``)."""
    body = word.removesuffix(".")
    return (
        body[:1].isupper()
        and body.isupper()
        and all(
            c.isupper() or c in _WORD_MARKS or c == "." or unicodedata.combining(c) for c in body
        )
    )


def _is_title_word(word: str) -> bool:
    """A word of a place in title case (``_TITLE_WORD``: ``Dubai``, ``UAE``)."""
    body = word.removesuffix(".")
    if not body[:1].isupper():
        return False
    if 2 <= len(body) <= 5 and body.isalpha() and body.isupper():
        return True
    return all(c.islower() or c in _WORD_MARKS or unicodedata.combining(c) for c in body[1:])


def _agency_by_shape(
    window: str, places: Collection[str], patterns: _Patterns
) -> tuple[dict[str, str | None], int] | None:
    """``HANOI (VNS) — The …``, ``KATHMANDU, Nov 19 (RSS): The …``: a place in
    capitals (a region or a date may follow after commas), then two to six
    capitals in parentheses that no agency table knows, then a dash or a colon
    and the text (agency copy reposted by South and East Asian sites, whose
    national agencies are many). Only the shape vouches for the agency, so the
    page layout says so (``dateline-agency-by-shape``); a known agency is read
    by the first form. A ticker after a firm's name in capitals (``ACME
    (ACM) -``) has the same shape: the diagnostic is the guard.

    The place may be in title case (``Port Ellis (HNS) - The …``, ``Jakarta
    (ANTARA) - The …``: regional sites repost their agency's copy so) when
    the page names it elsewhere (``places``, see :func:`find_dateline`): a
    firm's name and its ticker read the same (``Acme Foods (AFD) - The …``).
    A known agency in capitals (``patterns.agency_aliases``) may follow a
    title-case place and be followed by a single space and a capital, as an
    Indian agency's reposted copy prints it (``New Delhi, Nov 19 (IANS) The
    …``): the agency vouches for the place, as in the first form."""
    head, paren, tail = window.partition(" (")
    if not paren or not head:
        return None
    agency, close, after = tail.partition(")")
    paren_region: str | None = None
    if close and after.startswith(", ") and agency[:1].isupper() and not agency.isupper():
        # "Veracruz (México), 8 dic (EFE).- El …": Spanish agency copy sets
        # the country in parentheses after the place, then the date.
        words = agency.split(" ")
        if len(words) > 3 or not all(_is_title_word(w) or w in _PLACE_CONNECTORS for w in words):
            return None
        paren_region = agency
        more_head, paren, tail = after[2:].partition(" (")
        head = f"{head}, {more_head}"
        agency, close, after = tail.partition(")")
        if not paren:
            return None
    known = agency in patterns.agency_aliases or _joined_agencies(agency, patterns)
    # "Ciudad de Guatemala, 14 de junio (Prensa Sur).– Los …": Latin American
    # sites put their own name in the agency's slot, in title case, between a
    # day-first date and a full stop and a dash; only that date and that
    # separator vouch for it (read below).
    outlet = (
        not known
        and close
        and after.lstrip(" ").startswith(_FULL_STOP_DASHES)
        and _outlet_name(agency)
    )
    # A known agency may be written in any case: "SÃO PAULO, 3 dez (Reuters) -",
    # "MILANO, 3 dicembre (Reuters) -" (an agency's services in other
    # languages date their copy day first, which the first forms do not read).
    if not close or not (
        known or outlet or (2 <= len(agency) <= 6 and agency.isalpha() and agency.isupper())
    ):
        return None
    place, *more = head.split(", ")
    words = place.split(" ")
    caps = all(map(_is_caps_word, words))
    if (
        len(words) > 4
        or len(more) > 3
        or not (
            caps
            or (
                _is_title_word(words[0])
                and all(_is_title_word(w) or w in _PLACE_CONNECTORS for w in words)
            )
        )
    ):
        return None
    # "Port Ellis (HNS) - The …": a title-case place before an agency no table
    # knows only when the page names the place elsewhere or a date stands
    # between (below): a firm and its ticker ("Acme Foods (AFD) - The …")
    # has the same shape, never a date.
    vouched = caps or known or place.casefold() in {p.casefold() for p in places}
    region: str | None = paren_region
    date: str | None = None
    for part in more:
        part_words = part.split(" ")
        month = part_words[0].rstrip(".").casefold()
        if (
            len(part_words) == 2
            and month in patterns.months
            and part_words[1].isdigit()
            and len(part_words[1]) <= 2
        ):
            date = part
        elif date is not None and part.isdigit() and len(part) == 4:
            pass  # the year after the date: "Nov 19, 2019"
        elif (known or outlet) and _day_first(part_words, patterns):
            date = part  # "Madrid, 19 nov (EFE).- El …": a day, then a month in any language
        elif region is None and date is None and all(map(_is_title_word, part_words)):
            region = part
        else:
            return None
    if not vouched and date is None:
        return None
    if outlet and (date is None or not _day_first(date.split(" "), patterns)):
        return None  # "Acme Foods (Harbour Holdings).- …": no date, no dateline
    if not (caps or date is not None or agency.isupper()):
        # "Acme Foods (Reuters) - The …": a title-case name before an agency
        # in title case, no date between, is a firm's or a writer's; the day-
        # first forms above have their date.
        return None
    rest = after.lstrip(" ")
    for separator in (*_FULL_STOP_DASHES, *patterns.dashes):
        if rest.startswith(separator):
            text = rest[len(separator) :]
            start = text.lstrip()
            if (len(start) < len(text) or separator != ":") and (
                start[:1].isupper() or start[:1] in '"“‘'
            ):
                key = "agencies" if known else "shape_agency"
                groups = {"places": place, "region": region, "date": date, key: agency}
                return groups, len(window) - len(start)
    if known and after[:1] == " " and after[1:2].isupper():
        key = "agencies"
        return {"places": place, "region": region, "date": date, key: agency}, len(window) - len(
            after
        ) + 1
    return None


# "(EFE).- El …": Spanish agency copy puts a full stop before the dash (a
# space may stand between them: "(EFE). - El …").
_FULL_STOP_DASHES = (".-", ".–", ".—", ". -", ". –", ". —")


def _joined_agencies(agency: str, patterns: _Patterns) -> bool:
    """``NNN-BERNAMA``: two agencies' names joined by a hyphen, as a news
    network reposting a national agency's copy writes them (``KUALA LUMPUR,
    June 25 (NNN-BERNAMA) — The …``): one is a known agency, the other
    known too or two to six capitals."""
    first, hyphen, second = agency.partition("-")
    if not hyphen or "-" in second:
        return False
    parts = (first, second)
    aliases = patterns.agency_aliases
    return any(part in aliases for part in parts) and all(
        part in aliases or (2 <= len(part) <= 6 and part.isalpha() and part.isupper())
        for part in parts
    )


def _outlet_name(name: str) -> bool:
    """A site's own name in a dateline's agency slot (``SinEmbargo``,
    ``Prensa Sur``): one to three words, each a capital then letters, some
    of them small (capitals alone, ``(XYZ)``, are an agency's shape, read
    after a place in capitals only), no digit, no lower-case word between."""
    words = name.split(" ")
    return (
        1 <= len(words) <= 3
        and not name.isupper()
        and all(word[:1].isupper() and word.isalpha() and 3 <= len(word) <= 20 for word in words)
    )


def _day_first(words: list[str], patterns: _Patterns) -> bool:
    """A date written day first, in any language (``19 nov``, ``19 de
    noviembre``, ``3. Dezember``, ``3 Aralık``, a year maybe after it: ``3
    décembre 2026``, ``3 de dezembro de 2026``): a day (a full stop may follow
    it, as German writes it), maybe ``de``, then a word of three to ten
    letters, in small letters, or capitalised when it is a month's name
    (``_Patterns.day_first_months``: German and Turkish capitalise them); read
    only next to an agency, which vouches for it."""
    if len(words) >= 3 and words[-1].isdigit() and len(words[-1]) == 4:
        words = words[:-2] if words[-2] == "de" else words[:-1]  # the year
    if words[1:2] == ["de"]:
        words = [words[0], *words[2:]]
    if len(words) != 2:
        return False
    day, month = words[0].removesuffix("."), words[1].rstrip(".")
    if day[-2:] in _ORDINAL_SUFFIXES and month.casefold() in patterns.months:
        # "ABU DHABI, 4th March, 2025 (WAM) --": an English day's ordinal
        # before an English month's name (the Emirati agency's form).
        day = day[:-2]
    return (
        day.isdigit()
        and len(day) <= 2
        and 3 <= len(month) <= 10
        and month.isalpha()
        and (month.islower() or month.casefold() in patterns.day_first_months)
    )


# "4th March", "1st June", "22nd May", "3rd July".
_ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})


def _day_first_form(
    window: str, patterns: _Patterns, page: bool
) -> tuple[dict[str, str | None], int] | None:
    """Two agency forms of Europe that date their copy day first, with a
    place in capitals:

    - ``ROMA, 3 dic. - Il …``, ``LISBOA, 3 dez - O …`` (no agency: the month,
      a name of Knowledge.months or Knowledge.page_date_months or its first
      three letters, vouches for the date; a full stop may follow it);
    - ``КИЕВ, 3 декабря. /ТАСС/. Текст …``, ``MOSCOW, December 3. /TASS/. The
      …`` (the Russian agencies set their name between slashes after the
      date and a full stop): a known agency (Knowledge.agencies or
      Knowledge.dateline_agencies), or on a web page (``page``) two to ten
      capitals no table knows, read by their shape (the page layout says so,
      ``dateline-agency-by-shape``).

    (A known agency in parentheses after a day-first date, ``MADRID, 3 dic
    (EFE).- El …``, is a page's own form, :func:`_agency_by_shape`.) Plain
    string tests, tried only when a digit or ``/`` follows the first comma:
    most paragraphs stop at that test."""
    place, comma, rest = window.partition(", ")
    if not comma or not (rest[:1].isdigit() or " /" in rest[:24]):
        return None
    words = place.split(" ")
    titled = False
    if len(words) > 4 or not all(map(_is_caps_word, words)):
        # "Roma, 12 giugno - Il …", "Lisboa, 3 de dezembro - O …": on a page,
        # the place in title case, with a month spelled out (below).
        if not page or not _title_case_place(words, patterns):
            return None
        titled = True
    date, slash, tail = rest.partition(" /")
    if titled and slash:
        return None
    if slash and len(date) <= 20:
        agency, close, after = tail.partition("/")
        date = date.removesuffix(".")
        if not close or not (_day_first(date.split(" "), patterns) or _month_day(date, patterns)):
            return None
        if agency in patterns.agency_aliases:
            key = "agencies"
        elif (
            page
            and 2 <= len(agency) <= 10
            and agency.replace("-", "").isalpha()
            and agency.isupper()
        ):
            key = "shape_agency"
        else:
            return None
        text = after.removeprefix(".").lstrip(" ")
        for separator in patterns.dashes[:-1]:  # not the colon
            if text.startswith(separator):
                text = text[len(separator) :]
                break
        start = text.lstrip()
        if start[:1].isupper() or start[:1] in '"“‘«':
            return {"places": place, "date": date, key: agency}, len(window) - len(start)
        return None
    # "ROMA, 3 dic. - Il …", "MILANO, 3 dicembre 2026 - Il …" (a year may
    # follow), "LISBOA, 3 de dezembro de 2026 - O …" (Portuguese and Spanish
    # set "de" before the month and the year).
    parts = rest.split(" ", 6)
    if len(parts[0]) > 2 or not parts[0].isdigit():
        return None
    at = 2 if len(parts) > 2 and parts[1] in _DATE_OF else 1
    if len(parts) <= at + 1:
        return None
    month = parts[at].removesuffix(".")
    dash = at + 1
    if len(parts) > dash + 2 and parts[dash] in _DATE_OF and _is_year(parts[dash + 1]):
        dash += 2
    elif len(parts) > dash + 1 and _is_year(parts[dash]):
        dash += 1
    if len(parts) <= dash + 1 or parts[dash] not in patterns.dashes[:-1]:
        return None
    # A title-case place is vouched for only by a month spelled out, no
    # abbreviation ("Roma, 12 giu. -" may be anything's shape).
    if titled and (len(month) < _FULL_MONTH or parts[at].endswith(".")):
        return None
    start = " ".join(parts[dash + 1 :]).lstrip()
    if month.casefold() in patterns.day_first_months and (
        start[:1].isupper() or start[:1] in '"“‘«'
    ):
        date = " ".join([parts[0], *parts[1:at], month, *parts[at + 1 : dash]])
        return {"places": place, "date": date}, len(window) - len(start)
    return None


# The word before a spelled month or a year in Portuguese and Spanish dates
# ("3 de dezembro de 2026", "3 de diciembre").
_DATE_OF: Final = frozenset({"de"})
# The fewest letters of a month spelled out that vouches for a title-case
# place ("mai", "may" are whole months, "giu" is an abbreviation only with
# its full stop, which is turned down).
_FULL_MONTH: Final = 3
# The small words a title-case place may hold between its capitalised words
# ("Rio de Janeiro", "Reggio di Calabria", "Castel del Monte").
_PLACE_JOINERS: Final = frozenset({"de", "do", "da", "dos", "das", "di", "del", "della", "du"})


# The forms of agencies that write in their own script, each opening the
# first paragraph with no dash nor capitals (read in every layout):
# Korean "[서울=뉴시스] 홍길동 기자 = …" and "(서울=연합뉴스) 홍길동·김철수 기자 = …"
# (the place, "=", a known agency in brackets or parentheses, then the
# writers, their title and "="); Chinese "新华社北京3月4日电（记者 张伟 李娜）…"
# and "中新网北京3月4日电 (记者 张伟) …" (the agency, the place, the day, "电",
# "cabled", the day alone too, "新华社北京4日电", then the writers after "记者",
# "reporter"); Japanese
# "【ワシントン共同】…" (the place and the agency in lenticular brackets).
# Bounded runs of disjoint classes, anchored: linear.
@functools.cache
def _korean_form() -> re.Pattern[str]:
    """The Korean agencies' opening's pattern, compiled when first asked for
    (about 7 ms: its bounded runs of Hangul), not at import: only a
    paragraph opening with a bracket and a Hangul syllable asks it
    (:func:`_korean_match`). Two threads asking first may both compile it;
    the patterns are equal."""
    return re.compile(
        r"(?P<open>[\[(])(?P<places>[가-힣]{1,8}(?: [가-힣]{1,8})?)="
        r"(?P<agencies>[가-힣A-Za-z0-9]{1,10})(?P<close>[\])])"
        r"(?: (?P<writers>[가-힣]{2,4}(?:(?:[·ㆍ,] ?| )[가-힣]{2,4}){0,4})"
        r" (?:[가-힣]{0,3}기자|특파원|통신원) ?=)?"
        r"[ \t]*"
    )


def _korean_match(text: str) -> re.Match[str] | None:
    """:func:`_korean_form` matched at the start of ``text``; None at once
    unless a Hangul syllable follows the opening bracket (what the form's
    place opens with), so an English "(Reuters)" or "[Updated]" compiles
    nothing."""
    if "가" <= text[1:2] <= "힣":
        return _korean_form().match(text)
    return None


@functools.cache
def _chinese_form() -> re.Pattern[str]:
    """The Chinese agencies' cable's pattern, compiled when first asked for
    (about 7 ms: its bounded runs of a wide class), not at import: only a
    paragraph holding "电" near its start asks it. Two threads asking first
    may both compile it; the patterns are equal."""
    return re.compile(
        r"(?P<agencies>[\u4e00-\u9fff]{1,5}?[社网網报報台])(?P<places>[\u4e00-\u9fff]{2,8}?)"
        # "电话" after the date is a telephone: "本报社长12日电话祝贺…" (this
        # paper's president phoned on the 12th …), no cable. The traditional
        # characters too: "中央社台北4日電（記者 王小明）" (Taiwan's agency).
        # "电邮" is an e-mail the same way ("本報社長12日電郵祝賀…"), but
        # "邮政" (the post office) may open a cable's text.
        r"(?P<date>(?:\d{1,2}月)?\d{1,2}日)[电電](?![话話]|[邮郵](?![政局]))"
        r"(?: ?[（(][记記]者 ?"
        r"(?P<writers>[\u4e00-\u9fff·]{2,6}(?:[ 、，,][\u4e00-\u9fff·]{2,6}){0,5})[）)])?"
        r"[ \t]*"
    )


# A Chinese paper's own opening, "本报讯（记者 张伟）…" ("this paper's news",
# then its reporters, their desk maybe before "记者": "全媒体记者", the
# all-media reporter; "本報訊（記者 張偉）" in the traditional characters):
# no place, no date, no agency; and the paper in the
# agency's slot of the cable's form ("本报北京3月4日电…": "this paper", no
# agency).
@functools.cache
def _chinese_paper_form() -> re.Pattern[str]:
    """The paper's own opening's pattern, compiled when first asked for
    (about 3 ms: its bounded runs of a wide class), not at import: only a
    paragraph opening with "本报讯" asks it. Two threads asking first may
    both compile it; the patterns are equal."""
    return re.compile(
        r"本[报報][讯訊]"
        r"(?: ?[（(][\u4e00-\u9fff]{0,10}?[记記]者 ?"
        r"(?P<writers>[\u4e00-\u9fff·]{2,6}(?:[ 、，,][\u4e00-\u9fff·]{2,6}){0,5})[）)])?"
        r"[ \t]*"
    )


_CHINESE_OWN_PAPER: Final = frozenset({"本报", "本報"})


# Taiwan's Central News Agency's own form: in parentheses, the agency, "記者"
# and the reporters, the last glued to the place, the day and "電"
# ("（中央社記者王小明台北4日電）"). Nothing sets the last name apart from the
# place (a name has two to four characters): read only when the place is one
# of Taiwan's cities and counties (_TAIWAN_PLACES) or of the agency's posts
# abroad (_CNA_POSTS_ABROAD: "（中央社記者王小明華盛頓4日電）"), else left whole
# and flagged (unread_reporter_cable).
@functools.cache
def _reporter_first_form() -> re.Pattern[str]:
    """The reporter-first cable's pattern, compiled when first asked for: only
    a paragraph opening with a parenthesis and holding "電" or "电" near its
    start asks it. Two threads asking first may both compile it; the
    patterns are equal."""
    return re.compile(
        r"[（(](?P<agencies>[\u4e00-\u9fff]{1,5}?[社网網])[记記]者"
        r"(?P<rest>[\u4e00-\u9fff·]{2,8}(?:[、，,][\u4e00-\u9fff·]{2,8}){0,5})"
        r"(?P<date>(?:\d{1,2}月)?\d{1,2}日)[电電][）)][ \t]*"
    )


_TAIWAN_PLACES: Final = (
    *("台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆"),
    *("新竹", "苗栗", "彰化", "南投", "雲林", "嘉義", "屏東", "宜蘭", "花蓮", "台東"),
    *("臺東", "澎湖", "金門", "馬祖"),
)
# The cities of the Central News Agency's correspondents abroad, as its
# cables name them (a fact of the agency's posts): a reporter's cable filed
# there puts the city where a Taiwanese one's stands.
_CNA_POSTS_ABROAD: Final = (
    *("華盛頓", "紐約", "洛杉磯", "舊金山", "芝加哥", "休士頓", "多倫多", "溫哥華"),
    *("東京", "大阪", "首爾", "香港", "上海", "北京", "新加坡", "曼谷", "雅加達", "馬尼拉"),
    *("河內", "胡志明市", "吉隆坡", "新德里", "雪梨", "倫敦", "巴黎", "柏林", "布魯塞爾"),
    *("日內瓦", "莫斯科", "約翰尼斯堡", "聖保羅"),
)
_CHINESE_NAME_MIN: Final = 2


def unread_reporter_cable(text: str) -> bool:
    """Does ``text`` open with a reporter-first cable whose place is none of
    the tables' (``（中央社記者王小明開羅4日電）``: Cairo, a post the table does
    not list)? The reporters' names and the place cannot be told apart, so
    the cable is left whole at the head of the body; the story says so. (Not
    part of wirestory's API: the enrichment asks it when no dateline was
    read.)"""
    if text[:1] not in "（(" or ("電" not in text[:40] and "电" not in text[:40]):
        return False
    cable = _reporter_first_form().match(text)
    return cable is not None and _reporters_and_place(cable.group("rest")) is None


def _reporters_and_place(rest: str) -> tuple[tuple[str, ...], str] | None:
    """The reporters and the place of a reporter-first cable's ``rest``
    (``王小明、李大同台北``, ``王小明華盛頓``): the place one of
    ``_TAIWAN_PLACES`` or ``_CNA_POSTS_ABROAD`` ending it, two characters of a
    name at least before it; else None."""
    *names, last = _CHINESE_WRITER_SEPARATORS.split(rest)
    for place in (*_TAIWAN_PLACES, *_CNA_POSTS_ABROAD):
        if last.endswith(place) and len(last) - len(place) >= _CHINESE_NAME_MIN:
            return (*names, last[: -len(place)]), place
    return None


_JAPANESE_FORM: Final = re.compile(
    r"【(?P<places>[\u30a0-\u30ff\u4e00-\u9fff]{1,12}?)[=＝]?(?P<agencies>共同|時事)】[ \t　]*"
)
# A Korean agency's photo caption's day, dotted ("2025.03.04."), near the
# caption's end: bounded runs of digits, linear.
_KOREAN_CAPTION_DATE: Final = re.compile(r"\d{4}\.\d{1,2}\.\d{1,2}\.")
_CAPTION_TAIL: Final = 60
# Arabic letters: a place in Arabic script before an agency in parentheses
# ("القاهرة (رويترز) - …"), which has no capitals to tell it by.
_ARABIC_LETTERS: Final = re.compile(r"[\u0621-\u064a]{2,20}(?: [\u0621-\u064a]{2,20}){0,2}")
# The words that open such a paragraph as its subject, not its place: who
# told the agency ("مصدر (رويترز) - قال …", a source; "مسؤول", an official;
# "متحدث", a spokesman; "شهود", witnesses; "سكان", residents; their plurals)
# and a story's label ("خاص", exclusive; "تحليل", analysis; "تقرير",
# report). No capitals tell them from a place.
_ARABIC_NO_PLACE_WORDS: Final = frozenset(
    {
        "مصدر",
        "مصادر",
        "مسؤول",
        "مسؤولون",
        "مسؤولة",
        "متحدث",
        "متحدثة",
        "شهود",
        "سكان",
        "خاص",
        "حصري",
        "تحليل",
        "تقرير",
    }
)


def dateline_byline(dateline: Dateline) -> Byline | None:
    """The writers a Korean or Chinese agency's dateline names, as a byline
    (``[서울=뉴시스] 홍길동 기자 =``, ``新华社北京3月4日电（记者 张伟 李娜）``):
    its names and the agency as written; None for other datelines.

    >>> line = find_dateline("(서울=연합뉴스) 홍길동·김영희 기자 = 구의회는 4일 밝혔다.")
    >>> dateline_byline(line)
    Byline(raw='홍길동·김영희 기자', names=('홍길동', '김영희'), organization='연합뉴스')
    """
    raw = dateline.raw
    if (
        raw[:1] in "(（"
        and _cabled(raw)
        and (first := _reporter_first_form().match(raw)) is not None
    ):
        # "（中央社記者王小明台北4日電）": the reporters before the place.
        split = _reporters_and_place(first.group("rest"))
        if split is not None:
            names, place = split
            written = raw[first.start("rest") - 2 : first.end("rest") - len(place)]
            return Byline(raw=written, names=names, organization=first.group("agencies"))
    match = (
        _korean_match(raw)
        if raw[:1] in "[("
        else _chinese_form().match(raw)
        if _cabled(raw)
        else _chinese_paper_form().match(raw)
        if raw[:1] == "本"
        else None
    )
    if match is None or match.group("writers") is None:
        return None
    # The paper's own reporters ("本报…"): no agency, the paper unnamed.
    organization = match.groupdict().get("agencies")
    organization = None if organization in _CHINESE_OWN_PAPER else organization
    start, end = match.span("writers")
    # "홍길동 기자" (the title after the names); "记者 张伟" (before them).
    korean = raw[:1] in "[("
    # "記者" in the traditional characters ("本報訊（記者 張偉）").
    title = max(raw.rfind("记者", 0, start), raw.rfind("記者", 0, start))
    written = raw[start:].rstrip("= ") if korean else raw[title:end]
    # A Chinese name may hold "·" (a transliterated one): only Korean
    # joins two writers with it.
    separators = _WRITER_SEPARATORS if korean else _CHINESE_WRITER_SEPARATORS
    names = tuple(separators.split(match.group("writers")))
    if not korean:
        # "记者 张伟 通讯员 李娜": the roles between the names are none
        # (read as the page's byline "记者 …" is).
        read = script_byline(written)
        names = read.names if read is not None else names
    return Byline(raw=written, names=names, organization=organization)


# Between two writers' names: "홍길동·김영희", "홍길동, 김영희"; "张伟 李娜", "张伟、李娜".
_WRITER_SEPARATORS: Final = re.compile(r"[·ㆍ,] ?| ")
_CHINESE_WRITER_SEPARATORS: Final = re.compile(r"[、，,] ?| ")


def _cabled(window: str) -> bool:
    """Does "电" ("cabled"; "電" in the traditional characters) stand near
    the start of ``window``, where a Chinese agency's cable has it?"""
    return "电" in window[:24] or "電" in window[:24]


def _may_open_own_script(window: str) -> bool:
    """Could :func:`_own_script_form` read ``window``? Its string tests."""
    first = window[:1]
    return (
        first in "[(【"
        or _cabled(window)
        or "\u0621" <= first <= "\u064a"
        or window.startswith(("本报讯", "本報訊"))
    )


def _own_script_form(
    window: str, patterns: _Patterns, paragraph: str = ""
) -> tuple[dict[str, str | None], int] | None:
    """The datelines of agencies writing in Korean, Chinese, Japanese or
    Arabic (above, and ``القاهرة (رويترز) -``: an Arabic place, a known
    agency in parentheses, a dash). Told apart by their first character or
    "电" near the start: other paragraphs stop at those string tests."""
    first = window[:1]
    if (
        first in "(（"
        and _cabled(window)
        and (cable := _reporter_first_form().match(window)) is not None
    ):
        split = _reporters_and_place(cable.group("rest"))
        if split is not None and cable.group("agencies") in patterns.agency_aliases:
            date = cable.group("date")
            return {
                "places": split[1],
                "date": date,
                "agencies": cable.group("agencies"),
            }, cable.end()
    if first in "[(":
        match = _korean_match(window)
        if (
            match is None
            or match.group("close") != ("]" if match.group("open") == "[" else ")")
            or match.group("places") in KOREAN_CREDIT_SLOTS
            or _KOREAN_CAPTION_DATE.search(paragraph, max(0, len(paragraph) - _CAPTION_TAIL))
        ):
            # "[서울=뉴시스] 옛 도서관 전경. 2025.03.04. photo@newsis.com": the
            # agency's photo caption opens so too, and ends in the day it was
            # shot, dotted (and its desk's address): no dateline.
            return None
        groups: dict[str, str | None] = {"places": match.group("places")}
    elif first == "【":
        match = _JAPANESE_FORM.match(window)
        if match is None:
            return None
        groups = {"places": match.group("places")}
    elif window.startswith(("本报讯", "本報訊")):
        match = _chinese_paper_form().match(window)
        if match is None:
            return None
        return {"places": None}, match.end()
    elif _cabled(window):
        match = _chinese_form().match(window)
        if match is None or "记者" in match.group("places") or "記者" in match.group("places"):
            # "本报记者12日电告…" (this paper's reporter cabled on the 12th
            # …): a sentence, "记者" (reporter) no place.
            return None
        groups = {"places": match.group("places"), "date": match.group("date")}
        if match.group("agencies") in _CHINESE_OWN_PAPER:
            # "本报北京3月4日电": the paper's own cable, no agency.
            groups["agencies"] = None
            return groups, match.end()
    elif "\u0621" <= first <= "\u064a":
        return _arabic_form(window, patterns)
    else:
        return None
    agency = match.group("agencies")
    if agency not in patterns.agency_aliases:
        # "据新华社北京3月4日电" ("according to Xinhua's cable …"), a
        # newspaper's own "[서울=강변일보]": only a known agency vouches.
        return None
    groups["agencies"] = agency
    return groups, match.end()


def _arabic_form(window: str, patterns: _Patterns) -> tuple[dict[str, str | None], int] | None:
    """``القاهرة (رويترز) - …``: one to three Arabic words, a known agency in
    parentheses, a dash (the agencies' Arabic services)."""
    place = _ARABIC_LETTERS.match(window)
    if place is None or window[place.end() : place.end() + 2] != " (":
        return None
    if place.group().partition(" ")[0] in _ARABIC_NO_PLACE_WORDS:
        return None
    agency, close, after = window[place.end() + 2 :].partition(")")
    if not close or agency not in patterns.agency_aliases:
        return None
    rest = after.lstrip(" ")
    for dash in patterns.dashes[:-1]:
        if rest.startswith(dash):
            text = rest[len(dash) :].lstrip()
            return {"places": place.group(), "agencies": agency}, len(window) - len(text)
    return None


def _is_year(word: str) -> bool:
    """A year of four digits (``2026``)."""
    return len(word) == 4 and word.isdigit()


def _title_case_place(words: list[str], patterns: _Patterns) -> bool:
    """Whether ``words`` (the text before a day-first date's comma) are a
    place in title case: at most three capitalised words of letters (a
    hyphen, an apostrophe), small joining words between them, none a
    weekday or a date line's word (``Monday``, ``Segunda-feira``, ``Sábado``:
    ``Monday, 12 June - …`` is a date line)."""
    named = [w for w in words if w not in _PLACE_JOINERS]
    if not named or len(named) > 3 or words[0] in _PLACE_JOINERS or words[-1] in _PLACE_JOINERS:
        return False
    for word in named:
        if not (word[:1].isupper() and word[1:2].islower()):
            return False
        if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return False
        if any(
            len(part) >= 4 and part.casefold() in patterns.date_line_words
            for part in word.split("-")
        ):
            return False
    return True


def _page_form(
    window: str, paragraph: str, places: Collection[str], patterns: _Patterns
) -> tuple[dict[str, str | None], int] | None:
    """The first of a page's own forms opening ``paragraph`` (``window`` is its
    first ``_WINDOW`` characters), as the groups a form's match would give and
    where it ends; each names no agency and no date, so each is strict about
    what follows the place. Plain string tests, not patterns: they run on one
    paragraph a page, and compiling three more patterns would cost more than
    every run of them. ``places`` are the places the page names elsewhere (see
    :func:`find_dateline`)."""
    found = _agency_by_shape(window, places, patterns)
    if found is not None:
        return found
    found = _site_form(window, patterns)
    if found is not None:
        return found
    found = _dated_agency_form(window, patterns)
    if found is not None:
        return found
    # ANKARA   (the place alone on a line above the first paragraph; a region
    # may follow: "KARACHI, Pakistan")
    text = paragraph.rstrip()
    if len(paragraph) <= _WINDOW and text:
        place, comma, region = text.partition(", ")
        words, region_words = place.split(" "), region.split(" ")
        if (
            len(words) <= 4
            and all(map(_is_caps_word, words))
            and (
                not comma
                or (
                    len(region_words) <= 4
                    and _is_title_word(region_words[0])
                    and all(_is_title_word(w) or w in _PLACE_CONNECTORS for w in region_words)
                )
            )
        ):
            return {"places": place, "region": region if comma else None}, len(paragraph)
    # HALLORAN, The last mine …   (a comma where the agency's dash would be: a
    # word in title case then one in lower case, so a list of names in
    # capitals, "SMITH, JONES", or text all in capitals is no dateline)
    place, comma, rest = window.partition(", ")
    if comma:
        words = place.split(" ")
        first, space, second = rest.partition(" ")
        if (
            len(words) <= 4
            and all(map(_is_caps_word, words))
            and first[:1].isupper()
            and (first[1:].islower() or len(first) == 1)
            and first.isalpha()
            and space
            and second[:1].islower()
        ):
            return {"places": place}, len(place) + 2
    # Cape Town - The council …   (a place of one to three title-case words and
    # a spaced dash: South African and Brazilian sites; no word of a date line,
    # "Monday - The", nor a label, which find_dateline turns down; the page
    # layout says it was read by its shape unless the page names the place)
    found = _title_dash_form(window, patterns)
    if found is not None:
        return found
    # Dubai: The authority said …   (one word in title case: a page's labels of
    # two, "Filed Under:", "Hollywood Nation:", and a speaker's name before a
    # quote, "Jane Roe: We …", read the same as "Abu Dhabi:", which is read
    # only when the page names that place elsewhere, ``places``: after the
    # byline's name, a line of its menu; Knowledge.dateline_labels keeps out
    # "Update: The")
    place, colon, rest = window.partition(":")
    # "Dubai, Nov 19: The …": a month and day (a year may follow) between the
    # place and the colon; "Monday, Nov 18:" is turned down by its weekday.
    place, comma, date = place.partition(", ")
    if comma and not _month_day(date, patterns):
        return None
    words = place.split(" ")
    if (
        colon
        and place
        and _is_title_word(words[0])
        and (
            len(words) == 1
            or (
                len(words) <= 3
                and all(_is_title_word(w) or w in _PLACE_CONNECTORS for w in words)
                and place.casefold() in {p.casefold() for p in places}
            )
        )
    ):
        after = rest.lstrip()
        if len(after) < len(rest) and (after[:1].isupper() or after[:1] in '"“‘'):
            # date_text keeps the month and day, as the other forms' does.
            month_day = date.partition(", ")[0] or None
            return {"places": place, "date": month_day}, len(window) - len(after)
    return _caseless_colon_form(window, places)


# The most characters before the colon of a place in a script without
# capitals (``_caseless_colon_form``): two words of a place's length.
_CASELESS_PLACE_MAX_CHARS: Final = 30


def _caseless_colon_form(
    window: str, places: Collection[str]
) -> tuple[dict[str, str | None], int] | None:
    """``ಮೈಸೂರು: ನಗರದಲ್ಲಿ …``: a place in a script without capitals, a colon
    and the sentence, as India's sites in their own languages open a story
    (Kannada, Malayalam ``കൊച്ചി: …``, Telugu ``వరంగల్: …``; Marathi and
    Nepali set a space before the colon, ``नाशिक : …``). No capital tells a
    place there, so the form is strict: one word of that script alone
    (letters and their marks, no digit), or two when the page names that
    place elsewhere (``नई दिल्ली:``, ``places``), then a letter of a script
    without capitals after a space. Read as none, the place and its colon
    stayed in the first paragraph, silently (heldout38)."""
    place, colon, rest = window.partition(":")
    name = place.removesuffix(" ")
    if not colon or not name or len(name) > _CASELESS_PLACE_MAX_CHARS or has_case(name):
        return None
    words = name.split(" ")
    if len(words) > 2 or (len(words) == 2 and name not in places):
        return None
    if not all(word and all(unicodedata.category(c)[0] in "LM" for c in word) for word in words):
        return None
    after = rest.lstrip(" ")
    if len(after) == len(rest) or not after[:1].isalpha() or has_case(after[:1]):
        return None
    return {"places": name}, len(window) - len(after)


# Agencies whose initials are also firms' tickers or universities' and
# parties' initials (AppLovin's APP, Advance Auto Parts' AAP, the University
# of New Brunswick's UNB): after a title-case name with no date, no dateline.
_TICKER_SHAPED_AGENCIES: Final = frozenset(("APP", "AAP", "BSS", "UNB", "PNA"))


# The spaced dashes after a title-case place (``Cape Town - The …``), and how
# far into the paragraph one may stand (three words of a place). The page
# layout looks for them too before it asks for this form.
TITLE_DASHES: Final = (" - ", " \u2013 ", " \u2014 ")
_TITLE_DASH_MAX: Final = 40


def _title_dash_form(window: str, patterns: _Patterns) -> tuple[dict[str, str | None], int] | None:
    """``Cape Town - The …``, ``Brasília – A Câmara …``: one to three title-case
    words (place connectors between), a spaced dash, a capital or an opening
    quote; no word of a date line (``Monday - The``). String tests."""
    for dash in TITLE_DASHES:
        at = window.find(dash, 0, _TITLE_DASH_MAX)
        if at <= 0:
            continue
        place = window[:at]
        # "Tanak Bay, Kenya – The …": the place, then its country or region
        # after a comma (a broadcaster's form), each of one to three words.
        place, comma, region = place.partition(", ")
        after = window[at + len(dash) : at + len(dash) + 1]
        if (
            _title_case_words(place, patterns)
            and (not comma or _title_case_words(region, patterns))
            and (after.isupper() or (after != "" and after in '"“‘'))
        ):
            return {"places": place, "region": region or None}, at + len(dash)
    return None


def _title_case_words(place: str, patterns: _Patterns) -> bool:
    """One to three title-case words (place connectors between), not all in
    capitals, none a date line's word (``Monday``): a place of
    :func:`_title_dash_form`, or its region after a comma."""
    words = place.split(" ")
    return (
        len(words) <= 3
        and _is_title_word(words[0])
        and not place.isupper()
        and all(_is_title_word(w) or w in _PLACE_CONNECTORS for w in words)
        and not any(w.casefold() in patterns.date_line_words for w in words)
    )


# The last parts of an address in small letters read as a site's besides a
# country's two letters (see is_site_name).
_LOWER_SITE_DOMAINS: Final = frozenset({"com", "net", "org"})


def is_site_name(word: str) -> bool:
    """A news site's address as it signs its copy (``KOMPAS.com``,
    ``Liputan6.com``, ``TEMPO.CO``): a name of letters and digits opening
    with a capital, a full stop, then two to four letters (a second such
    part may follow: ``Example.co.id``). A name in small letters
    (``wartapesisir.id``: smaller sites sign with their address as typed) is
    one when its last part is a country's two letters or ``com``, ``net``,
    ``org``: a word glued to an abbreviation (``st.paul``) is none."""
    name, dot, domain = word.partition(".")
    parts = domain.split(".")
    return (
        bool(dot)
        and 2 <= len(name) <= 24
        and (
            name[:1].isupper()
            or (
                name.islower()
                and domain.islower()
                and (len(parts[-1]) == 2 or parts[-1] in _LOWER_SITE_DOMAINS)
            )
        )
        and name.isalnum()
        and name.isascii()
        and len(parts) <= 2
        and all(2 <= len(part) <= 4 and part.isascii() and part.isalpha() for part in parts)
    )


def _site_form(window: str, patterns: _Patterns) -> tuple[dict[str, str | None], int] | None:
    """``JAKARTA, KOMPAS.com – The …`` and ``Liputan6.com, Jakarta – The …``:
    Indonesian sites sign their own copy with their address where an agency
    would stand, after the place or before it, then a dash. The address
    vouches for the place, which may be in capitals or in title case (one
    to three words); the text after the dash opens with a capital."""
    head, comma, rest = window.partition(", ")
    if not comma:
        return None
    # The place and the address, in either order, then a spaced dash.
    second, space, tail = rest.partition(" ")
    site_first = is_site_name(head)
    if not site_first and not is_site_name(second):
        return None
    if site_first:
        for dash in patterns.dashes[:-1]:
            marker = f" {dash} "
            at = rest.find(marker, 0, 40)
            if at > 0:
                place = rest[:at]
                end = len(head) + 2 + at + len(marker)
                break
        else:
            return None
    else:
        place = head
        dash, space, _ = tail.partition(" ")
        if not space or dash not in patterns.dashes[:-1]:
            return None
        end = len(head) + 2 + len(second) + 1 + len(dash) + 1
    words = place.split(" ")
    site = head if site_first else second
    if (
        site[:1].islower()
        and not all(map(_is_caps_word, words))
        and len(site.rpartition(".")[2]) != 2
    ):
        # "Acme, example.com - The firm said.": an address in small letters
        # beside a title-case name is a firm's as often; one ending in a
        # country's two letters ("Bandar Laut, wartapesisir.id -") is read,
        # and the page layout says the place's shape (dateline-place-by-shape).
        return None
    if len(words) > 4 or not (
        all(map(_is_caps_word, words))
        or (len(words) <= 3 and all(_is_title_word(w) or w in _PLACE_CONNECTORS for w in words))
    ):
        return None
    start = window[end:].lstrip()
    if not (start[:1].isupper() or start[:1] in '"“‘'):
        return None
    return {"places": place}, len(window) - len(start)


def _dated_agency_form(
    window: str, patterns: _Patterns
) -> tuple[dict[str, str | None], int] | None:
    """``Accra, May 8, GNA – The …``: a place (in capitals or one to three
    title-case words), a month and a day (a year may follow), a known
    agency after a comma, then a dash and a capital: the Ghanaian agency's
    form, Reuters' ``NEW YORK, Oct 19, Reuter -`` with any agency of the
    tables (Knowledge.agencies, Knowledge.dateline_agencies), which vouches
    for a title-case place."""
    parts = window.split(", ", 4)
    if len(parts) < 3:
        return None
    place, date, *rest = parts
    if len(rest) > 1 and rest[0].isdigit() and len(rest[0]) == 4:
        year, *rest = rest
        date = f"{date}, {year}"
    if not rest or not _month_day(date, patterns):
        return None
    agency, space, tail = ", ".join(rest).partition(" ")
    dash, space2, text = tail.partition(" ")
    if not (space and space2) or agency not in patterns.agency_aliases:
        return None
    if dash not in patterns.dashes[:-1] or not (text[:1].isupper() or text[:1] in '"“‘'):
        return None
    words = place.split(" ")
    if (
        len(words) > 4
        or not (
            all(map(_is_caps_word, words))
            or (len(words) <= 3 and all(_is_title_word(w) or w in _PLACE_CONNECTORS for w in words))
        )
        or place.rstrip(".").casefold() in patterns.date_line_words
    ):
        return None
    return {"places": place, "date": date.partition(", ")[0], "agencies": agency}, len(
        window
    ) - len(text)


def _month_day(text: str, patterns: _Patterns) -> bool:
    """Is ``text`` a month and a day, a year maybe after a comma (``Nov 19``,
    ``November 19, 2019``)?"""
    date, _, year = text.partition(", ")
    words = date.split(" ")
    return (
        len(words) == 2
        and words[0].rstrip(".").casefold() in patterns.months
        and words[1].isdigit()
        and len(words[1]) <= 2
        and (not year or (year.isdigit() and len(year) == 4))
    )


# All-capital labels that open a paragraph like a place would are never places
# (Knowledge.dateline_labels). Organisations written in capitals that open
# sentences ("NATO - The alliance") are Knowledge.dateline_acronyms: in the
# forms that name no agency and no date, a place must have four letters or more
# and not be one of these.


def _month_and_day(date_text: str, patterns: _Patterns) -> tuple[int | None, int] | None:
    """The month's number (None when unknown) and the day of a date as written."""
    if date_text[-1:] == "日":
        # "3月4日" (a Chinese or Japanese dateline's month and day); "4日"
        # alone (the day of the month the story is filed in: "本报合肥4日电")
        # names no month.
        month_text, month_mark, day_text = date_text[:-1].rpartition("月")
        return (int(month_text) if month_mark else None), int(day_text)
    match = regex.match(r"(?i)([a-z]{3})[a-z]*\.? +(\d{1,2})", date_text)
    if match is not None:
        # casefold(): the pattern folds case fully, so "ſep" (long s) is September.
        month = patterns.month_prefixes.get(match.group(1).casefold())
        if month is not None:
            return month, int(match.group(2))
    # A spelling of the knowledge's months beyond ASCII or without its own
    # three-letter prefix: "março 3", "juillet 14".
    match = regex.match(r"(\p{L}+)\.? +(\d{1,2})", date_text)
    if match is None:
        return None
    return patterns.months.get(match.group(1).casefold()), int(match.group(2))


def _resolve(
    date_text: str,
    reference: datetime.date,
    patterns: _Patterns,
    year: Literal["past", "nearest"] = "past",
) -> datetime.date | None:
    """The dateline's month and day in the year ``year`` chooses: ``"past"``, the
    latest such date not after ``reference`` (news is filed before it is read);
    ``"nearest"``, the such date nearest ``reference``, before or after it."""
    written = _month_and_day(date_text, patterns)
    if written is None:
        return None
    month, day = written
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


def _canonical_agencies(
    text: str | None, knowledge: Knowledge, slot_names: dict[str, str], places: str = ""
) -> tuple[str, ...]:
    if not text:
        return ()
    found = []
    homes = {p.strip().casefold() for p in places.split("/")}
    for part in text.split("/"):
        agency = find_agency(part, knowledge=knowledge)
        # An agency of Knowledge.dateline_agencies, named in the slot only.
        name = agency.name if agency is not None else slot_names.get(part)
        shared = _slot_homes(knowledge).get(part.strip())
        if shared is not None and homes.isdisjoint(shared):
            # "SINGAPORE (CNA) -": an acronym shared abroad (Agency.homes),
            # filed from none of its agency's places: kept as written.
            name = part.strip()
        if name is not None and name not in found:
            found.append(name)
    return tuple(found)


@per_knowledge
def _slot_homes(knowledge: Knowledge) -> dict[str, frozenset[str]]:
    """Each alias in Latin letters of an agency with
    :attr:`~wirestory.Agency.homes`, as written, and its homes case-folded
    (``CNA``: ``taipei``, …). An alias in the agency's own script
    (``中央社``) is shared with no outlet abroad: it names the agency
    wherever the dateline was filed from."""
    return {
        alias: frozenset(home.casefold() for home in agency.homes)
        for agency in (*knowledge.agencies, *knowledge.dateline_agencies)
        if agency.homes
        for alias in agency.aliases
        if alias.isascii()
    }


class _Patterns(NamedTuple):
    """What find_dateline reads from a :class:`Knowledge`, compiled."""

    forms: tuple[regex.Pattern[str], ...]
    form_needs: tuple[str, ...]
    """For each of ``forms``, a text every match of it holds (``(`` before an
    agency, ``/`` around a press release's wire), "" for none: a window
    without it is not matched against the form."""
    delimiter: re.Pattern[str]
    """Every form holds one of these characters (the first of a dash,
    Knowledge.dateline_dashes; a colon; the opening parenthesis of an agency),
    and before the first of them only the words of places, regions, dates and
    agencies: capitalised, or one of ``lower_case_words`` (connectors of place
    names, month names, which match in any case, and the lower-case words of
    agency names such as "dpa"), or words with a character outside ASCII,
    which case-insensitive matching may fold."""
    word_before_delimiter: re.Pattern[str]
    """A word before it: what lies between white space, the "/" between places
    or agencies and the comma before a region or date. Agency names are cut at
    the delimiters too, as the window is. `re`, not `regex`: several times
    faster on these plain classes. Linear: one class, one run."""
    lower_case_words: frozenset[str]
    """The lower-case words a dateline may hold before its first delimiter."""
    months: dict[str, int]
    """Each month spelling, lower-case, and its number."""
    month_prefixes: dict[str, int]
    """The first three letters of the spellings, when they tell one month."""
    dashes: tuple[str, ...]
    """Knowledge.dateline_dashes, longest first, and a colon: what may end a
    page's dateline with an agency read by its shape."""
    agency_aliases: frozenset[str]
    """Every agency's aliases, as written (``AP``, ``IANS``), those of
    Knowledge.dateline_agencies too (``Belga``, ``ТАСС``)."""
    slot_names: dict[str, str]
    """Each alias of Knowledge.dateline_agencies and its agency's name: read
    only in a dateline's agency slot, never by :func:`find_agency`."""
    date_line_words: frozenset[str]
    """Knowledge.date_line_words: a place that is one of them (``Monday, May
    8, GNA -``) is a time."""
    day_first_months: frozenset[str]
    """Month names (Knowledge.months, Knowledge.page_date_months) and their
    first three letters, lower-case: the month of a day-first dateline with no
    agency (``ROMA, 3 dic. -``)."""


@per_knowledge
def _patterns(knowledge: Knowledge) -> _Patterns:
    prefixes: dict[str, set[int]] = {}
    for spelling, number in knowledge.months:
        prefixes.setdefault(spelling[:3].casefold(), set()).add(number)
    delimiters = "(:" + "".join(sorted({re.escape(d[0]) for d in knowledge.dateline_dashes}))
    word_before_delimiter = re.compile(f"[^\\s/,{delimiters}]+")
    return _Patterns(
        forms=_forms(knowledge),
        form_needs=_FORM_NEEDS,
        delimiter=re.compile(f"[{delimiters}]"),
        word_before_delimiter=word_before_delimiter,
        lower_case_words=frozenset(
            [*_PLACE_CONNECTORS, *month_words(knowledge)]
            + [
                word.lower()
                for agency in (*knowledge.agencies, *knowledge.dateline_agencies)
                for alias in agency.aliases
                for word in word_before_delimiter.findall(alias)
                if word[:1].islower()
            ]
        ),
        months={spelling.casefold(): number for spelling, number in knowledge.months},
        month_prefixes={
            prefix: next(iter(numbers)) for prefix, numbers in prefixes.items() if len(numbers) == 1
        },
        dashes=(*sorted(knowledge.dateline_dashes, key=len, reverse=True), ":"),
        agency_aliases=frozenset(
            a
            for agency in (*knowledge.agencies, *knowledge.dateline_agencies)
            for a in agency.aliases
        ),
        slot_names={
            a: agency.name for agency in knowledge.dateline_agencies for a in agency.aliases
        },
        date_line_words=knowledge.date_line_words,
        day_first_months=frozenset(
            spelling
            for name in month_words(knowledge) | knowledge.page_date_months
            for spelling in (name, name[:3])
        ),
    )


def dateline_forms(*, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> tuple[regex.Pattern[str], ...]:
    """The dateline forms :func:`find_dateline` tries, in order, with the months
    and agencies of ``knowledge``; each is matched at a paragraph's start.

    >>> dateline_forms()[0].match("WASHINGTON (AP) — The").group("agencies")
    'AP'
    """
    return _patterns(knowledge).forms


def may_open_dateline(window: str, *, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Could one of the forms match ``window``? A quick test that turns down
    most paragraphs ("All 312 passengers were ...") without trying the forms:
    a lower-case word of another kind comes before the first delimiter. Words
    are read from the start and the reading stops at the first such word.

    >>> may_open_dateline("All 312 passengers were safe - officials")
    False
    >>> may_open_dateline("BAHRAIN, oct 19 - Huge")
    True
    """
    patterns = _patterns(knowledge)
    return _may_open(window, patterns)


def _may_open(window: str, patterns: _Patterns) -> bool:
    delimiter = patterns.delimiter.search(window)
    if delimiter is None:
        return False
    lower_case_words = patterns.lower_case_words
    for match in patterns.word_before_delimiter.finditer(window, 0, delimiter.start()):
        word = match.group()
        # Only ASCII words are turned down: the month names match in any case,
        # and `regex` folds case fully, so "ſep" (long s) is a month to it.
        if (
            word[:1].islower()
            and word.isascii()
            and word.rstrip(".").lower() not in lower_case_words
        ):
            return False
    return True


# The last character of a wire dateline ending in a dash ("(EFE).-", "(Reuters) -").
_WIRE_DASH_ENDS: Final = "-\u2013\u2014"


def _candidates(
    window: str, paragraph: str, patterns: _Patterns, page: bool, places: Collection[str]
) -> Iterator[tuple[dict[str, str | None], int]]:
    """Each form's match at the start of ``window``, in order, as its groups
    and its end; one at a time, as most paragraphs stop at the first."""
    if _may_open(window, patterns):
        for form, needs in zip(patterns.forms, patterns.form_needs, strict=True):
            # A form's literal mark missing from the window (most wire
            # paragraphs hold no "(", "/" or "**") is told without the form.
            if needs not in window:
                continue
            match = form.match(window, 0, None, False)
            if match is not None:
                yield match.groupdict(), match.end()
    # "ROMA, 3 dic. -", "КИЕВ, 3 декабря. /ТАСС/.": the quick test turns down
    # their month in small letters and their slashes.
    found = _day_first_form(window, patterns, page)
    if found is not None:
        yield found
    if not page and " (" in window:
        # "MADRID, 4 mar (EFE).- El …", "SÃO PAULO, 3 dez (Reuters) - A …":
        # a known agency in parentheses after a day-first date is the
        # agency's own wire form (EFE's, the agencies' services in other
        # languages), in wire copy as on a page; read by the page's form
        # only, it stayed in the first paragraph, no dateline. Only a known
        # agency, a date and a dash, or a single space and a capital after a
        # known agency (PTI's and IANS's own wire form, ``New Delhi, Dec 5
        # (PTI) The …``, which _agency_by_shape reads for a known agency
        # only): what the shape alone vouches for is the page layout's.
        found = _agency_by_shape(window, (), patterns)
        if found is not None and found[0].get("agencies") and found[0].get("date"):
            end = found[1]
            ending = window[:end].rstrip()[-1:]
            if ending in _WIRE_DASH_ENDS or (
                ending == ")" and window[end - 1 : end] == " " and window[end : end + 1].isupper()
            ):
                yield found
    found = _own_script_form(window, patterns, paragraph)
    if found is not None:
        yield found
    if page:
        # The quick test does not apply to the page's own forms (a place alone
        # has no delimiter, "CITY, The last" has lower-case words); they come
        # after the others.
        found = _page_form(window, paragraph, places, patterns)
        if found is not None:
            yield found


# A paragraph that may open with a dateline naming an agency or a date: an
# agency first (``(CNN) --``), or two capitals (a place, ``NEW YORK``) and,
# within 60 characters, an agency in parentheses or a digit of a date
# (``NEW YORK (AP) —``, ``BAHRAIN, Oct 19 -``). Capitals of any script
# (``МОСКВА (Reuters) -``, ``ΑΘΗΝΑ (Reuters) -``: find_dateline reads them):
# the ``isupper`` test before it, Unicode's, tells capitals, so the pattern
# asks for two letters of any script (``\p{Lu}`` costs ``regex`` milliseconds
# to compile at import). A hint only, so that find_dateline sees few
# paragraphs; linear: anchored, bounded repetition.
_DATELINE_HINT = re.compile(r"[ \t]*(?:\(|[^\W\d_]{2}[^(\d\n]{0,58}[(\d])")
# The most characters the hint spans past an indent: two letters, 58, and the
# parenthesis or the digit.
_DATELINE_HINT_MAX_CHARS = 61
# What a paragraph opening with a dateline may start with besides two capitals:
# an agency (``(CNN)``) or an indent (Reuters' 1987 copy).
_OPENINGS = frozenset("( \t")
# A place in title case opens a dateline as agencies other than the American
# ones write it (dpa's ``Berlin (dpa) -``, APA's ``Wien (APA) -``, a date
# between: ``Oslo, March 3 (Reuters) -``); a sentence opens the same way, so
# such a line is read only with the agency's parenthesis this close after the
# hint's end (a date's digit or the parenthesis itself: ``3 March (``).
_TITLE_CASE_AGENCY_REACH = 12


def _written_small(word: str, text: str) -> bool:
    """Does ``text`` write ``word`` (one title-case word) in small letters, as
    it is or with an ``s`` added or dropped (``Crews``: ``crews``, ``crew``)?
    (A place ending in an ``s`` whose singular is a word, ``Wells (Reuters) -
    … the old well …``, is so too: the layouts say so, word_before_agency;
    the singular after a bare ``as``, ``as well``, is no noun.) A
    substring test first (most paragraphs hold no such word), then one
    search, its alternatives literal: linear."""
    small = word.lower()
    if small[-1:] != "s":
        if small not in text:
            return False
        return re.search(rf"(?<!\w){re.escape(small)}s?(?!\w)", text) is not None
    stem = re.escape(small[:-1])
    if small[:-1] not in text:
        return False
    # "Wells (Reuters) - … as well": the singular right after a bare "as" is
    # the adverb (a noun there takes an article, "as a crew"), no noun
    # written small; the place keeps its dateline.
    return re.search(rf"(?<!\w)(?:{stem}s|(?<!\bas ){stem})(?!\w)", text) is not None


def _named_again(word: str, text: str) -> bool:
    """Does ``text`` write ``word`` (one title-case word) as it is inside a
    sentence, after a word or a comma (``the mayor of Orange``, ``police in
    Mobile``)? A common noun is capitalised only opening a sentence. One
    search, its alternatives literal: linear."""
    return re.search(rf"(?<=[\w,] ){re.escape(word)}(?!\w)", text) is not None


# A title-case word before an agency's parenthesis and a dash opening a
# paragraph (``Mobile (AP) - …``), as :func:`word_before_agency` asks.
_WORD_BEFORE_AGENCY: Final = regex.compile(r"(\p{Lu}\p{Ll}++) \(([^()\n]{1,40}+)\) ?[-–—]")


def word_before_agency(
    paragraph: str, knowledge: Knowledge = DEFAULT_KNOWLEDGE, *, opening: bool = False
) -> bool:
    """Does ``paragraph`` open with a title-case word before a known agency's
    parenthesis and a dash that it writes in small letters too, and in title
    case again only opening a sentence (``Mobile (AP) - Mobile police … on a
    mobile phone``)? :func:`find_dateline` reads no dateline from it: a
    common noun opening a sentence, or a place that is one too, named again
    as a place is (Mobile, Reading, Bath, Split, Nice): the layouts say so.
    Inside a story, a word named again only in small letters (``Crews (AP) -
    Road crews …``) is the noun's; ``opening`` a story, where a paragraph so
    opened is a dateline's place as often (``Reading (Reuters) - Councillors
    … a second reading``), it is asked too. (Not part of wirestory's API.)"""
    # The word holds no space: the paragraph's first space is the one before
    # the parenthesis. A string test turns down nearly every paragraph (it is
    # asked of each of a story's paragraphs past its first) before the match.
    space = paragraph.find(" ")
    if paragraph[space + 1 : space + 2] != "(":
        return False
    match = _WORD_BEFORE_AGENCY.match(paragraph)
    if match is None or find_agency(match[2], knowledge=knowledge) is None:
        return False
    word, rest = match[1], paragraph[match.end() :]
    return (
        _written_small(word, rest)
        and not _named_again(word, rest)
        and (opening or re.search(rf"(?<!\w){re.escape(word)}(?!\w)", rest) is not None)
    )


def opens_wire_story(text: str, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Does ``text`` open with a dateline naming an agency or a date: a wire
    story's first paragraph (``NEW YORK (Reuters) - …``, ``BAHRAIN, Oct 19 -
    …``)? A place alone (``LONDON —``) is how a roundup moves to another
    city, and is no story's start.

    >>> opens_wire_story("OSLO, March 3 (Reuters) - Ferry crews walked out.")
    True
    >>> opens_wire_story("LONDON — In the capital, crews stayed at work.")
    False
    >>> opens_wire_story("Berlin (dpa) - Die Fährleute streiken.")
    True
    >>> opens_wire_story("Oslo, March 3 - Ferry crews walked out.")
    False
    """
    # The case first, then a parenthesis anywhere the hint and its reach may
    # end: most paragraphs open in title case with none, and the pattern is
    # not asked of them.
    title_case = not (text[:2].isupper() or text[:1] in _OPENINGS)
    if title_case and not (
        text[:1].isupper()
        and text[1:2].isalpha()
        and "(" in text[: _DATELINE_HINT_MAX_CHARS + _TITLE_CASE_AGENCY_REACH]
    ):
        return False
    hint = _DATELINE_HINT.match(text)
    if hint is None or (
        title_case and "(" not in text[hint.end() - 1 : hint.end() + _TITLE_CASE_AGENCY_REACH]
    ):
        return False
    dateline = find_dateline(text.lstrip(), knowledge=knowledge)
    return dateline is not None and bool(dateline.agencies or dateline.date_text)


def opens_glued_story(text: str, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Does ``text``, a paragraph inside a story, open another story glued
    on: with a dateline naming an agency or a date (:func:`opens_wire_story`),
    or with a place that is a word too before an agency's parenthesis
    (:func:`word_before_agency`: ``Mobile (AP) - Mobile police …``, no
    dateline read from it)? (Not part of wirestory's API.)

    >>> opens_glued_story("BAHRAIN, Oct 19 - Huge crowds gathered.")
    True
    >>> opens_glued_story("Crews worked through the night.")
    False
    """
    if "(" not in text:
        # Both look for a parenthesis, word_before_agency right after the
        # first word and opens_wire_story after a place in title case (its
        # quick test): a paragraph holding none is asked only when it opens
        # with two capitals or an indent (``BAHRAIN, Oct 19 -``). Wire copy's
        # paragraphs, each asked here past the story's dateline, mostly open
        # with a word in title case and hold none: one look for the character
        # in C, and neither function is called.
        return (text[:2].isupper() or text[:1] in _OPENINGS) and opens_wire_story(text, knowledge)
    return opens_wire_story(text, knowledge) or word_before_agency(text, knowledge)


def find_dateline(
    paragraph: str,
    *,
    reference: datetime.date | None = None,
    year: Literal["past", "nearest"] = "past",
    knowledge: Knowledge = DEFAULT_KNOWLEDGE,
    page: bool = False,
    page_places: Collection[str] = (),
) -> Dateline | None:
    """The dateline opening ``paragraph``, or None.

    ``reference`` (the date of the feed or file) lets a written date such as
    ``Oct 19`` resolve to a :class:`datetime.date`; without it ``date`` stays None.
    ``year`` is the rule of :attr:`ParseOptions.dateline_year
    <wirestory.ParseOptions.dateline_year>`: ``"past"`` (default), the latest such
    date not after the reference; ``"nearest"``, the nearest one either side.
    ``knowledge`` gives the agencies and month names (see :class:`~wirestory.Knowledge`).
    ``page=True`` also tries the forms a web page's first paragraph may show
    (a place alone, ``CITY,`` with no agency, ``Dubai:``, an agency no table
    knows read by its shape, ``HANOI (VNS) —``); the page layout asks for them
    on the story's first paragraph only. ``page_places`` are places the page names
    elsewhere (the place after its byline's name, a line of its menu): with
    ``page=True``, a place of two or three title-case words before a colon
    (``Abu Dhabi: The …``) is read only when it is one of them, as a column's
    label (``Harbour Watch: The …``) has the same shape.

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
    >>> find_dateline("Dubai: The port reopened.", page=True).places
    ('Dubai',)
    >>> find_dateline("Abu Dhabi: The port reopened.", page=True, page_places=["Abu Dhabi"]).raw
    'Abu Dhabi:'
    """
    window = paragraph[:_WINDOW]
    if holds_invisible(window):
        read, removed = without_invisible(paragraph)
        if removed:
            # ``PORT EL\u200bLIS (Reuters) -``, ``WASH\u00adINGTON (AP) —``: an
            # invisible character a scraper left inside a word hid the form,
            # and the paragraph's dateline was read as body text, silently.
            # Read past it; the raw text and the length are as written.
            found = find_dateline(
                read,
                reference=reference,
                year=year,
                knowledge=knowledge,
                page=page,
                page_places=page_places,
            )
            if found is None:
                return None
            end = written_offset(removed, len(found.raw), past=False)
            return attrs.evolve(
                found,
                raw=paragraph[:end],
                length=written_offset(removed, found.length, past=True),
            )
    patterns = _patterns(knowledge)
    if not page and not _may_open(window, patterns):
        # The day-first forms' own quick test: a digit or a "/" after the
        # first comma ("ROMA, 3 dic. -", "MOSCOW, December 3. /TASS/.").
        comma = window.find(", ")
        if (
            comma < 0
            or not (window[comma + 2 : comma + 3].isdigit() or " /" in window[comma : comma + 26])
        ) and not _may_open_own_script(window):
            return None
    for groups, end in _candidates(window, paragraph, patterns, page, page_places):
        places = groups.get("places")
        if places and (
            (first_word := places.split("/")[0].split()[0].rstrip(".").upper())
            in knowledge.dateline_labels
            or first_word in knowledge.speaker_roles
        ):
            continue
        agencies_text = groups.get("agencies") or groups.get("agencies2")
        shape_agency = groups.get("shape_agency")
        date_text = groups.get("date")
        if (
            agencies_text in _TICKER_SHAPED_AGENCIES
            and not date_text
            and places
            and not places.isupper()
        ):
            # "Applied Tech (APP) - Shares …", "Fredericton (UNB) - …": a
            # firm's ticker or a university's initials after a title-case name
            # read the same as these agencies; a date or a place in capitals
            # ("ILOILO CITY (PNA) --", "Sylhet, June 5 (UNB) -") vouches.
            continue
        if (
            agencies_text
            and not date_text
            and places
            and places[1:].islower()
            and _written_small(places, rest := paragraph[end:])
            and not _named_again(places, rest)
        ):
            # "Crews (AP) - Crews worked through the night as the crews …": a
            # title-case word the paragraph writes in small letters (its
            # plural or singular) is a common noun opening a sentence, no
            # place (no place is written in small letters); read as one, the
            # paragraph opened a wire story when a dump was cut. Named in
            # title case inside a sentence too ("Orange (AFP) - The mayor of
            # Orange said the orange groves …"), it is a place that is a word
            # as well. A place named only so (Mobile, Reading, Bath) reads the
            # same as the noun: the layouts say so (word_before_agency).
            continue
        if places and not agencies_text:
            if find_agency(places, knowledge=knowledge) is not None:
                continue  # "REUTERS -": an agency is not a place
            first = places.split("/")[0]
            # A vowel sign counts as a letter: Kannada's "ಮೈಸೂರು" is three
            # letters and three signs, a place's six sounds (heldout38).
            letters = sum(unicodedata.category(c)[0] in "LM" for c in first)
            if not date_text and (
                letters < 4 or first.split()[0].rstrip(".") in knowledge.dateline_acronyms
            ):
                continue
            # "MONDAY, Nov 18:", "Sunday, Mar 3 -": a weekday before the date is
            # no place (a one-word place that is a word of a date line,
            # Knowledge.date_line_words; "SUN CITY" is two).
            if date_text and first.strip().rstrip(".").casefold() in knowledge.date_line_words:
                continue
            # "Last Friday, Nov 22 -", "Black Friday, Nov 29 -": a title-case
            # place holding a word of a date line of four letters or more (a
            # weekday, "Last", "First") is a time, not a place ("St. Louis"
            # keeps its abbreviation).
            if (
                date_text
                and not first.isupper()
                and any(
                    len(word) >= 4 and word.casefold() in knowledge.date_line_words
                    for word in first.split()
                )
            ):
                continue
        region = groups.get("region") or groups.get("region2")
        label = region or shape_agency
        if label and (
            (role := label.rstrip(".").upper()) in knowledge.dateline_labels
            or role in knowledge.speaker_roles
        ):
            # "JANE ROE, HOST: Good morning", "JANE ROE (HOST): …": a speaker's
            # name and role open a transcript's turn (Knowledge.speaker_roles).
            continue
        if not places and agencies_text and not shape_agency and paragraph[end : end + 1] != "(":
            # "(ANSA) - ROMA, 12 GIU - Il …": Italian agencies print their
            # name before the place and date, whose dateline is this one's
            # (left out, it opened the story's text). Only a place with no
            # agency of its own; never a second agency alone ("(AP) — (AP) —
            # …": the inner reading never comes back here, so one level and
            # one window's worth of text).
            inner = find_dateline(
                paragraph[end : end + _WINDOW], reference=reference, year=year, knowledge=knowledge
            )
            if inner is not None and inner.places and not inner.agencies:
                places = "/".join(inner.places)
                region, date_text = inner.region, inner.date_text
                end += inner.length
        raw = window[:end].rstrip() if end <= len(window) else paragraph[:end].rstrip()
        return Dateline(
            raw=raw,
            places=tuple(p.strip() for p in places.split("/")) if places else (),
            region=region,
            date_text=date_text,
            date=_resolve(date_text, reference, patterns, year)
            if date_text and reference
            else None,
            agencies=(shape_agency,)
            if shape_agency
            else _canonical_agencies(agencies_text, knowledge, patterns.slot_names, places or ""),
            length=end,
        )
    return None
