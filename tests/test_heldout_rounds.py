"""The tests every round of written whole pages shares (heldout23, 25, 26, 27, 28, 29, 30, 31,
32, 33, 34, 35, 36, 37, 38, 39, 40, 41, captions52, captions53, captions54, body55, captions55,
body57, standfirst60, scripts60):
each page's fields as its file pins them down, one story a page, each
misreading left carrying its diagnostic, and the pages rebuilt from their
segments. Each round's module states its pages and what it left
(:class:`heldout_pages.HeldOutPages`) and tests its own rules."""

from __future__ import annotations

from typing import Any

import pytest
from _pytest.mark import ParameterSet
from heldout_pages import HeldOutPages, reading
from test_body55 import ROUND as BODY55
from test_body57 import ROUND as BODY57
from test_captions52 import ROUND as CAPTIONS52
from test_captions53 import ROUND as CAPTIONS53
from test_captions54 import ROUND as CAPTIONS54
from test_captions55 import ROUND as CAPTIONS55
from test_cases import rebuild
from test_heldout23 import ROUND as HELDOUT23
from test_heldout25 import ROUND as HELDOUT25
from test_heldout26 import ROUND as HELDOUT26
from test_heldout27 import ROUND as HELDOUT27
from test_heldout28 import ROUND as HELDOUT28
from test_heldout29 import ROUND as HELDOUT29
from test_heldout30 import ROUND as HELDOUT30
from test_heldout31 import ROUND as HELDOUT31
from test_heldout32 import ROUND as HELDOUT32
from test_heldout33 import ROUND as HELDOUT33
from test_heldout34 import ROUND as HELDOUT34
from test_heldout35 import ROUND as HELDOUT35
from test_heldout36 import ROUND as HELDOUT36
from test_heldout37 import ROUND as HELDOUT37
from test_heldout38 import ROUND as HELDOUT38
from test_heldout39 import ROUND as HELDOUT39
from test_heldout40 import ROUND as HELDOUT40
from test_heldout41 import ROUND as HELDOUT41
from test_scripts60 import ROUND as SCRIPTS60
from test_standfirst60 import ROUND as STANDFIRST60

import wirestory

_ROUNDS: dict[str, HeldOutPages] = {
    "heldout23": HELDOUT23,
    "heldout25": HELDOUT25,
    "heldout26": HELDOUT26,
    "heldout27": HELDOUT27,
    "heldout28": HELDOUT28,
    "heldout29": HELDOUT29,
    "heldout30": HELDOUT30,
    "heldout31": HELDOUT31,
    "heldout32": HELDOUT32,
    "heldout33": HELDOUT33,
    "heldout34": HELDOUT34,
    "heldout35": HELDOUT35,
    "heldout36": HELDOUT36,
    "heldout37": HELDOUT37,
    "heldout38": HELDOUT38,
    "heldout39": HELDOUT39,
    "heldout40": HELDOUT40,
    "heldout41": HELDOUT41,
    "captions52": CAPTIONS52,
    "captions53": CAPTIONS53,
    "captions54": CAPTIONS54,
    "body55": BODY55,
    "captions55": CAPTIONS55,
    "body57": BODY57,
    "standfirst60": STANDFIRST60,
    "scripts60": SCRIPTS60,
}


def _per_round(params: Any) -> list[Any]:
    """Each round's parameters, the round's name first."""
    found = []
    for name, pages in _ROUNDS.items():
        for param in params(pages):
            if isinstance(param, ParameterSet):
                values, marks, label = tuple(param.values), param.marks, param.id
            else:
                values = param if isinstance(param, tuple) else (param,)
                marks, label = (), "-".join(values)
            found.append(pytest.param(name, *values, id=f"{name}-{label}", marks=marks))
    return found


@pytest.mark.parametrize(
    ("round_name", "name", "field"), _per_round(lambda pages: pages.field_params())
)
def test_whole_page_field(round_name: str, name: str, field: str) -> None:
    """Each page's first story, its field as its file pins it down."""
    pages = _ROUNDS[round_name]
    story = pages.first_story(name)
    assert reading(story)[field] == pages.expected(name)[field]


@pytest.mark.parametrize(("round_name", "name"), _per_round(lambda pages: pages.page_params()))
def test_one_story_a_page(round_name: str, name: str) -> None:
    assert len(wirestory.parse(_ROUNDS[round_name].text(name))) == 1


@pytest.mark.parametrize(("round_name", "name", "field"), _per_round(lambda pages: pages.flagged()))
def test_misreadings_left_are_flagged(round_name: str, name: str, field: str) -> None:
    pages = _ROUNDS[round_name]
    code = pages.left[(name, field)][0]
    assert code in pages.codes(name)


@pytest.mark.parametrize(("round_name", "name"), _per_round(lambda pages: pages.names))
def test_pages_are_lossless(round_name: str, name: str) -> None:
    text = _ROUNDS[round_name].text(name)
    assert rebuild(text, wirestory.parse(text)) == text
