"""Page forms of the fifth held-out round (issue #15), with the counter-cases
that read like them and must be read otherwise or carry a diagnostic."""

from __future__ import annotations

import pytest

import wirestory
from wirestory.layouts.page import furniture_phrase

_PARAGRAPHS = (
    "The river board said on Tuesday it would spend two million on new sluice gates for "
    "the lower weir, the first such work in more than a decade, as winter floods grow.",
    "Officials said the gates would be fitted in the spring and that the towpath would "
    "stay open while they were installed, with the noisiest work done on weekdays only.",
    "Anglers welcomed the plan but said the board should also clear the reeds, since the "
    "channel above the weir had silted up badly over the past five summers.",
)


def _page(*, header: str = "By Ann Marsh\nMarch 3, 2020", box: str = "") -> str:
    """A page: title line, menu, headline, header lines, three paragraphs
    (``box`` between the first and the second), a listing and a footer."""
    return (
        "River board to fit new sluice gates - Vale Post\n\nVale Post\nHome\nNews\nWorld\n"
        "Business\nSport\nOpinion\n\nRiver board to fit new sluice gates\n"
        f"{header}\nShare\n\n{_PARAGRAPHS[0]}\n\n{box}{_PARAGRAPHS[1]}\n\n{_PARAGRAPHS[2]}\n\n"
        "Related\nBus fares frozen again\nNew bridge opens\n\nAbout us\nContact\n"
    )


@pytest.mark.parametrize("label", ["İlgili Haberler", "İLGİLİ HABERLER", "Benzer haberler"])
def test_turkish_related_box_is_furniture(label: str) -> None:
    """A Turkish "related news" box between two paragraphs is furniture, its
    label written with the capital dotted I (which ``str.casefold`` makes an
    ``i`` and a combining dot) or without; the story goes on under it."""
    box = f"{label}\nBelediye yeni köprü için ihale açtı\nSahilde yeni park yapılacak\n\n"
    story = wirestory.parse_story(_page(box=box))
    assert story.layout == "page"
    assert list(_PARAGRAPHS) == list(story.body)
    assert furniture_phrase(label)
