"""News and photo agencies, as data: canonical names and the ways copy writes them.

Used to recognise a credit that is not in parentheses (``... Sunday. AFP``,
``REUTERS/Khaled Abdullah``). Adding an agency is adding a row here, never a
branch in the code.
"""

from __future__ import annotations

import attrs
import regex

__all__ = ["AGENCIES", "Agency", "find_agency"]


@attrs.frozen
class Agency:
    """An agency and the spellings that name it."""

    name: str
    """Canonical name."""
    aliases: tuple[str, ...]
    """Spellings seen in credits and datelines. Aliases of three letters or fewer
    match only as written (``AP`` but not ``ap``); longer ones in any case
    (``REUTERS``, ``saba``)."""


AGENCIES: tuple[Agency, ...] = (
    Agency("Agence France-Presse", ("AFP", "Agence France-Presse", "Agence France Presse")),
    Agency("Associated Press", ("AP", "Associated Press")),
    Agency("Reuters", ("Reuters", "Reuter")),
    Agency("European Pressphoto Agency", ("EPA", "EPA-EFE")),
    Agency("Getty Images", ("Getty Images", "Getty")),
    Agency("Saudi Press Agency", ("SPA", "Saudi Press Agency")),
    Agency("Emirates News Agency", ("WAM",)),
    Agency("Kuwait News Agency", ("KUNA",)),
    Agency("Qatar News Agency", ("QNA",)),
    Agency("Anadolu Agency", ("Anadolu", "Anadolu Agency", "AA")),
    Agency("Xinhua", ("Xinhua",)),
    Agency("Deutsche Presse-Agentur", ("dpa", "DPA")),
    Agency("TT Nyhetsbyrån", ("TT",)),
    Agency("ANSA", ("ANSA",)),
    Agency("EFE", ("EFE",)),
    Agency("United Press International", ("UPI", "United Press International")),
    Agency("Asharq Al-Awsat", ("Asharq Al-Awsat", "Asharq al-Awsat")),
    Agency("Saba News Agency", ("Saba", "SABA")),
    Agency("Islamic Republic News Agency", ("IRNA",)),
    Agency("Middle East News Agency", ("MENA",)),
    Agency("Syrian Arab News Agency", ("SANA",)),
    Agency("Bahrain News Agency", ("BNA",)),
    Agency("Oman News Agency", ("ONA",)),
    Agency("Petra", ("Petra",)),
    Agency("Wafa", ("WAFA", "Wafa")),
    Agency("Tasnim", ("Tasnim",)),
    Agency("Fars", ("Fars",)),
    Agency("Bloomberg", ("Bloomberg",)),
    Agency("Kyodo", ("Kyodo",)),
    Agency("Yonhap", ("Yonhap",)),
    Agency("Press Association", ("PA",)),
    Agency("CNN", ("CNN",)),
    Agency("BBC", ("BBC",)),
    Agency("Al Jazeera", ("Al Jazeera",)),
    Agency("Kyodo News", ("Kyodo News",)),
)


def _alias_pattern(agencies: tuple[Agency, ...]) -> regex.Pattern[str]:
    short = sorted({a for agency in agencies for a in agency.aliases if len(a) <= 3}, key=len)
    long = sorted({a for agency in agencies for a in agency.aliases if len(a) > 3}, key=len)
    # Longest alias first so "Agence France-Presse" wins over a shorter prefix.
    # Linear: an alternation of literals between word boundaries, no quantifier
    # at all, so each position of the text costs at most one try per alias.
    long_alt = "|".join(regex.escape(a) for a in reversed(long))
    short_alt = "|".join(regex.escape(a) for a in reversed(short))
    return regex.compile(rf"\b(?:(?i:{long_alt})|{short_alt})\b")


_ALIAS = _alias_pattern(AGENCIES)
_BY_ALIAS = {a.casefold(): agency for agency in AGENCIES for a in agency.aliases}


def find_agency(text: str) -> Agency | None:
    """The first agency named in ``text``, or None.

    >>> find_agency("REUTERS/Khaled Abdullah").name
    'Reuters'
    >>> find_agency("a map of the area") is None
    True
    """
    match = _ALIAS.search(text)
    return _BY_ALIAS[match.group().casefold()] if match else None
