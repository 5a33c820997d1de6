"""Review s15c's last round: inputs that read worse than at 5032437.

Each text is invented in the shape of the real thing; each test failed on
the branch point (eb77cc9) before its fix.
"""

from __future__ import annotations

import pytest

import wirestory

# --- 1. Citations under Quellen / Bronnen: a year in brackets cites -------

_DE = (
    "TALHEIM, 4. März (dpa) - Im Stadtwald von Talheim haben Förster drei neue Quellen "
    "entdeckt, die das ganze Jahr über Wasser führen.\n\n"
    "Die Stadt will die Quellen schützen und einen Wanderweg anlegen, sagte der "
    "Bürgermeister am Montag.\n\n"
)
_NL = (
    "DRIEBERGEN, 4 maart (ANP) - Het waterschap heeft in het bos bij Driebergen drie nieuwe "
    "bronnen gevonden die het hele jaar water geven.\n\n"
    "De gemeente wil de bronnen beschermen en een wandelpad aanleggen, zei de burgemeester "
    "maandag.\n\n"
)


@pytest.mark.parametrize(
    ("lead", "label", "rows"),
    [
        (
            _DE,
            "Quellen",
            (
                "1. Statistisches Bundesamt (2023): Wasserversorgung in Deutschland.",
                "2. Umweltbundesamt (2022): Grundwasser in Zahlen.",
                "3. Landesamt für Umwelt (2021): Quellen im Stadtwald.",
            ),
        ),
        (
            _DE,
            "Quellen",
            (
                "1. J. Roth (2021): Wasser im Wald.",
                "2. K. Berger (2019): Quellen und Bäche.",
                "3. M. Vogt (2020): Der Stadtwald.",
            ),
        ),
        (
            _NL,
            "Bronnen",
            (
                "1. CBS (2023): Waterverbruik in Nederland.",
                "2. Rijkswaterstaat (2022): Grondwater in cijfers.",
                "3. KNMI (2021): Neerslag en droogte.",
            ),
        ),
        (
            _NL,
            "Bronnen",
            (
                "1. P. Jansen (2020): Bronnen in het bos.",
                "2. Jansen et al. (2020): Water onder de heide.",
                "3. De Vries et al. (2018): Kwel en bronnen.",
            ),
        ),
    ],
)
def test_citations_with_a_year_in_brackets_are_notes(
    lead: str, label: str, rows: tuple[str, ...]
) -> None:
    text = lead + f"{label}\n\n" + "\n\n".join(rows) + "\n"
    story = wirestory.parse(text)[0]
    assert story.notes
    assert not any(row in story.body for row in rows)
