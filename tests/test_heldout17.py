"""Forms of the seventeenth held-out round: dumps of wire copy in forms the
earlier rounds did not write. Slug and priority lines (``BC-…,0321``,
``URGENT``, ``FLASH``, ``BULLETIN``), take numbers (``1st Ld-Writethru``),
editors' notes and corrections on top, ``(Reporting by …; Editing by …)``
trailers, copyright lines, datelines naming two cities (``NEW YORK/LONDON
(Reuters) -``), headlines in capitals, two stories sharing a headline, CRLF
line ends, German agency copy, and separators between stories (``=====``,
``###``, ``-30-``, ``ENDS``), which leave one story flagged
``possible-story-boundary``.

Fixed in this round (each silent before: the mark stayed the body's last
paragraph, and a ``(Reporting by …)`` trailer above it stayed body too): a
story's text ended by ``(END)`` or ``ENDS``, a take ended by ``MORE``, and
AFP's sign-off of initials (``jr/th``, ``bur-jr/th``).

Every dump here is invented, in the shape of wire copy.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory import ParseOptions, Role
from wirestory.trailers import classify_trailer, is_initials_sign_off

_LAYOUTS = ("auto", "wire")

_FERRY = "Ferry crews strike across northern ports"
_FERRY_LEAD = (
    "Ferry crews walked out at dawn on Tuesday, stranding hundreds of travellers at the quays."
)
_UNION = "The union said the strike would last two days."
_GRAIN = "Grain prices hold steady as rain returns"
_GRAIN_LEAD = "Grain prices held steady on Tuesday as rain returned to the plains."


def _parse(text: str, layout: str) -> list[wirestory.Story]:
    return list(wirestory.parse(text, options=ParseOptions(layout=layout)))  # type: ignore[arg-type]


def _rebuilt(text: str, stories: list[wirestory.Story]) -> None:
    # Nothing lost: the segments of the stories, in order, rebuild the input.
    segments = sorted((seg for s in stories for seg in s.segments), key=lambda seg: seg.start)
    assert "".join(text[seg.start : seg.end] for seg in segments) == text


# --- fixed: end marks, take marks and AFP's initials ---------------------------

_END_CASES = {
    "paren-end": f"{_FERRY}\n\nOSLO, March 4 (Reuters) - {_FERRY_LEAD}\n\n"
    "(Reporting by Jane Roe; Editing by Tom Hale)\n\n(END)\n",
    "ends": f"{_FERRY}\n\nOSLO (Reuters) - {_FERRY_LEAD}\n\n"
    "(Reporting by Jane Roe; Editing by Tom Hale)\n\nENDS\n",
    "more": f"{_FERRY}\n\nOSLO (AP) - {_FERRY_LEAD}\n\n{_UNION}\n\nMORE\n",
    "afp-initials": f"{_FERRY}\n\nOSLO (AFP) - {_FERRY_LEAD}\n\n{_UNION}\n\njr/th\n",
    "afp-desk-initials": f"{_FERRY}\n\nOSLO (AFP) - {_FERRY_LEAD}\n\n{_UNION}\n\nbur-jr/th\n",
    "crlf-end": f"{_FERRY}\r\n\r\nOSLO (Reuters) - {_FERRY_LEAD}\r\n\r\n"
    "(Reporting by Jane Roe; Editing by Tom Hale)\r\n\r\n(END)\r\n",
}


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("name", sorted(_END_CASES))
def test_end_mark_is_a_trailer(name: str, layout: str) -> None:
    text = _END_CASES[name]
    stories = _parse(text, layout)
    assert len(stories) == 1
    story = stories[0]
    assert story.headline == _FERRY
    assert story.dateline is not None
    assert story.dateline.places == ("OSLO",)
    assert story.body[0] == _FERRY_LEAD
    # The mark is out of the body, a trailer segment.
    last = story.body[-1]
    assert last in (_FERRY_LEAD, _UNION)
    assert any(seg.role is Role.TRAILER for seg in story.segments)
    if "Reporting by" in text:
        assert [(c.name, c.role) for c in story.contributors] == [
            ("Jane Roe", "reporting"),
            ("Tom Hale", "editing"),
        ]
    assert _codes(story) == []
    _rebuilt(text, stories)


@pytest.mark.parametrize(
    "mark", ["(END)", "ENDS", "-ENDS-", "(ENDS)", "MORE", "(MORE)", "jr/th", "str/xx", "ach/dm/jj"]
)
def test_classify_trailer_reads_the_mark(mark: str) -> None:
    found = classify_trailer(mark)
    assert found is not None
    assert found.kind == "sign-off"


# Near-misses: shapes like the marks that are text.
@pytest.mark.parametrize(
    "text",
    ["and/or", "yes/no", "jr-th", "More", "Ends", "more", "JR/TH", "a/b", "abcde/fg", "END it now"],
)
def test_near_miss_is_no_sign_off(text: str) -> None:
    assert classify_trailer(text) is None


def test_initials_sign_off_shape() -> None:
    assert is_initials_sign_off("jr/th")
    assert is_initials_sign_off("bur-jr/th")
    assert not is_initials_sign_off("and/or")
    assert not is_initials_sign_off("bur-jr")
    assert not is_initials_sign_off("x" * 50 + "/th")


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_slashed_words_closing_a_story_stay_body(layout: str) -> None:
    text = f"{_FERRY}\n\nOSLO (AFP) - {_FERRY_LEAD}\n\nand/or\n"
    story = _parse(text, layout)[0]
    assert story.body[-1] == "and/or"


# --- separators between two stories: one story, flagged ----------------------

_SEPARATED = {
    sep: f"{_FERRY}\n\nOSLO (Reuters) - {_FERRY_LEAD}\n\n{sep}\n\n"
    f"{_GRAIN}\n\nCHICAGO (Reuters) - {_GRAIN_LEAD}\n"
    for sep in ("=====", "###", "-30-", "ENDS", "(END)")
}


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("sep", sorted(_SEPARATED))
def test_separator_between_stories_is_flagged(sep: str, layout: str) -> None:
    for text in (_SEPARATED[sep], _SEPARATED[sep].replace("\n", "\r\n")):
        stories = _parse(text, layout)
        if len(stories) == 2:
            assert [s.headline for s in stories] == [_FERRY, _GRAIN]
            continue
        # Glued into one: said, never silent.
        assert len(stories) == 1
        assert stories[0].headline == _FERRY
        assert "possible-story-boundary" in _codes(stories[0])


# --- read right already -------------------------------------------------------

_TWO_SLUGGED = (
    "BC-EU-Ferries-Strike,0321\nURGENT\nFerry crews strike across the northern ports\n\n"
    f"OSLO (Reuters) - {_FERRY_LEAD}\n\n{_UNION}\n\n\n"
    f"BC-EU-Grain,0210\n{_GRAIN}\n\nCHICAGO (Reuters) - {_GRAIN_LEAD}\n"
)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_slugs_and_priority_line(layout: str) -> None:
    stories = _parse(_TWO_SLUGGED, layout)
    assert [s.headline for s in stories] == ["Ferry crews strike across the northern ports", _GRAIN]
    assert [s.notes for s in stories] == [("BC-EU-Ferries-Strike,0321",), ("BC-EU-Grain,0210",)]
    assert stories[0].body == (_FERRY_LEAD, _UNION)
    assert stories[0].segments[1].role is Role.FURNITURE  # URGENT: a kicker


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("priority", ["FLASH", "BULLETIN"])
def test_priority_word_over_headline(priority: str, layout: str) -> None:
    for gap in ("\n", "\n\n"):
        text = (
            f"{priority}{gap}{_FERRY}\n\nOSLO (AP) - Ferry crews walked out at dawn on Tuesday.\n"
        )
        story = _parse(text, layout)[0]
        assert story.headline == _FERRY
        assert story.body == ("Ferry crews walked out at dawn on Tuesday.",)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_writethru_slug_and_eds_note(layout: str) -> None:
    text = (
        f"BC-Ferries-Strike, 1st Ld-Writethru\n{_FERRY}\nEds: Updates with union statement.\n\n"
        f"OSLO (AP) - {_FERRY_LEAD}\n"
    )
    story = _parse(text, layout)[0]
    assert story.headline == _FERRY
    assert story.notes == (
        "BC-Ferries-Strike, 1st Ld-Writethru",
        "Eds: Updates with union statement.",
    )
    assert story.body == (_FERRY_LEAD,)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_correction_on_top(layout: str) -> None:
    note = "CORRECTION: An earlier version of this story misstated the day of the strike."
    text = f"{note}\n\n{_FERRY}\n\nOSLO (Reuters) - Ferry crews walked out at dawn on Tuesday.\n"
    story = _parse(text, layout)[0]
    assert story.headline == _FERRY
    assert story.notes == (note,)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_two_cities_dateline(layout: str) -> None:
    text = (
        "Banks cut rates in two capitals\n\nNEW YORK/LONDON (Reuters) - Central banks in two "
        "capitals cut their lending rates on Tuesday, surprising traders.\n"
    )
    story = _parse(text, layout)[0]
    assert story.dateline is not None
    assert story.dateline.places == ("NEW YORK", "LONDON")
    assert story.dateline.agencies == ("Reuters",)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_headline_in_capitals_and_copyright(layout: str) -> None:
    text = (
        f"{_FERRY.upper()}\n\nOSLO (AP) - {_FERRY_LEAD}\n\n"
        "Copyright 2025 The Associated Press. All rights reserved.\n"
    )
    story = _parse(text, layout)[0]
    assert story.headline == _FERRY.upper()
    assert story.body == (_FERRY_LEAD,)
    assert story.copyright == "Copyright 2025 The Associated Press. All rights reserved."


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_two_stories_share_a_headline(layout: str) -> None:
    text = (
        f"{_FERRY}\n\nOSLO (Reuters) - {_FERRY_LEAD}\n\n\n{_FERRY}\n\n"
        "BERGEN (Reuters) - Ferry crews in Bergen joined the strike on Wednesday, the union said.\n"
    )
    stories = _parse(text, layout)
    assert [s.headline for s in stories] == [_FERRY, _FERRY]
    assert [s.dateline.places if s.dateline else None for s in stories] == [("OSLO",), ("BERGEN",)]


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_german_agency_copy(layout: str) -> None:
    text = (
        "Fährbesatzungen streiken in den Nordhäfen\n\nBERLIN (dpa) - Die Besatzungen der "
        "Fähren haben am Dienstag die Arbeit niedergelegt.\n"
    )
    story = _parse(text, layout)[0]
    assert story.headline == "Fährbesatzungen streiken in den Nordhäfen"
    assert story.dateline is not None
    assert story.dateline.places == ("BERLIN",)
    assert story.body == ("Die Besatzungen der Fähren haben am Dienstag die Arbeit niedergelegt.",)


# --- left as they are (see the report): nothing lost, the field empty ----------


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_efe_dateline_is_read(layout: str) -> None:
    # EFE's ``MADRID, 4 mar (EFE).-`` was left the lead's opening words here;
    # silent31 reads it in wire copy as on a page (tests/test_silent31.py).
    lead = "Las tripulaciones iniciaron este martes una huelga en los puertos."
    story = _parse(f"Huelga en los puertos del norte\n\nMADRID, 4 mar (EFE).- {lead}\n", layout)[0]
    assert story.headline == "Huelga en los puertos del norte"
    assert story.dateline is not None
    assert story.dateline.agencies == ("EFE",)
    assert story.body == (lead,)


# --- fixed: a priority word over the slug -------------------------------------


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("priority", ["URGENT", "FLASH", "BULLETIN", "ANALYSIS"])
def test_priority_word_over_slug(priority: str, layout: str) -> None:
    # Before, the slug was the headline and the headline a deck, silently.
    text = (
        f"{priority}\nBC-EU-Ferries-Strike,0321\n{_FERRY}\n\n"
        "OSLO (Reuters) - Ferry crews walked out at dawn on Tuesday.\n"
    )
    stories = _parse(text, layout)
    assert len(stories) == 1
    story = stories[0]
    assert story.headline == _FERRY
    assert story.notes == ("BC-EU-Ferries-Strike,0321",)
    assert story.standfirst is None
    assert story.body == ("Ferry crews walked out at dawn on Tuesday.",)
    _rebuilt(text, stories)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_priority_word_over_slug_over_lead_is_headless(layout: str) -> None:
    text = "URGENT\nBC-EU-Ferries-Strike,0321\n\nOSLO (Reuters) - Ferry crews walked out at dawn.\n"
    story = _parse(text, layout)[0]
    assert not story.headline
    assert story.notes == ("BC-EU-Ferries-Strike,0321",)
    assert story.body == ("Ferry crews walked out at dawn.",)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_priority_word_over_hyphenated_headline_keeps_it(layout: str) -> None:
    # Near-miss: a hyphenated headline under the kicker is no slug.
    text = (
        "URGENT\nEU-UK ferry talks resume in Brussels\n\n"
        "BRUSSELS (Reuters) - Negotiators met again on Tuesday.\n"
    )
    story = _parse(text, layout)[0]
    assert story.headline == "EU-UK ferry talks resume in Brussels"
    assert story.notes == ()


# --- flagged: Reuters' version prefix kept in the headline ---------------------


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(
    "prefix", ["UPDATE 2-", "REFILE-", "CORRECTED-UPDATE 1-", "RPT-", "WRAPUP 1-"]
)
def test_wire_prefix_in_headline_is_said(prefix: str, layout: str) -> None:
    text = (
        f"{prefix}{_FERRY}\n\n(Adds union statement in paragraph 3)\n\n"
        f"OSLO, March 4 (Reuters) - {_FERRY_LEAD}\n"
    )
    story = _parse(text, layout)[0]
    assert story.headline == f"{prefix}{_FERRY}"
    assert story.notes == ("(Adds union statement in paragraph 3)",)
    assert story.body == (_FERRY_LEAD,)
    assert _codes(story) == ["headline-holds-wire-prefix"]


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(
    "headline", ["EU-UK ferry talks resume", "UPDATE on ferry talks due", "Refile-ready ferry data"]
)
def test_headline_with_no_wire_prefix_is_quiet(headline: str, layout: str) -> None:
    story = _parse(f"{headline}\n\nOSLO (Reuters) - {_FERRY_LEAD}\n", layout)[0]
    assert story.headline == headline
    assert "headline-holds-wire-prefix" not in _codes(story)


# --- fixed: PRIORITY, a wire's priority word like URGENT -----------------------


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("slug", ["BC-EU-Ferries-Strike,0321\n", ""])
def test_priority_over_headline(slug: str, layout: str) -> None:
    # Before, PRIORITY was the headline and the slug and headline the body's
    # first paragraph, silently.
    text = (
        f"PRIORITY\n{slug}{_FERRY}\n\nOSLO (Reuters) - Ferry crews walked out at dawn on Tuesday.\n"
    )
    stories = _parse(text, layout)
    story = stories[0]
    assert story.headline == _FERRY
    assert story.notes == ((slug.strip(),) if slug else ())
    assert story.body == ("Ferry crews walked out at dawn on Tuesday.",)
    _rebuilt(text, stories)


def test_priority_label_is_no_dateline_place() -> None:
    # Before, ``PRIORITY -`` was read as a dateline naming the place PRIORITY.
    story = wirestory.parse(
        "PRIORITY - Ferry crews walked out at dawn on Tuesday, the union said.\n"
    )[0]
    assert story.dateline is None
