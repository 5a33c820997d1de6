"""Fixes from a read-only review of the session's merges (2026-12-06):
each probe below read wrong before its fix. Every story here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

import wirestory


def test_a_swedish_byline_keeps_per() -> None:
    """``Av Per Olof Lind`` over a Swedish story holding ``dels`` (partly):
    the Catalan reading took ``Per`` off the name, silently."""
    text = (
        "Regeringen sänker skatten\n\nAv Per Olof Lind\n\n"
        "STOCKHOLM (TT) – Regeringen sänker skatten för pensionärer nästa år.\n\n"
        "Beslutet kritiseras dels av oppositionen, dels av facket.\n"
    )
    (story,) = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("Per Olof Lind",)


@pytest.mark.parametrize(
    "opening",
    [
        "Washington (CNN) —",
        "London (Bloomberg) --",
        "Tokyo (Kyodo) -",
        "Seoul (Yonhap) --",
    ],
)
def test_agencies_carried_in_title_case_say_nothing(opening: str) -> None:
    text = f"{opening} The president signed the bill on Friday, aides said.\n\nMore later.\n"
    (story,) = wirestory.parse(text)
    assert story.dateline is not None
    assert "dateline-place-may-be-word" not in {d.code for d in story.diagnostics}


def test_a_wrapped_line_ending_in_an_abbreviation_runs_on() -> None:
    """``… a deal with the U.S.`` / ``on tariffs …``: every line ends like a
    sentence, but the next opens in a small letter; it was cut in two."""
    text = (
        "Tariff deal reached\n\n"
        "ROME (AP) — Italy's government said on Monday it reached a deal with the U.S.\n"
        "on tariffs after weeks of talks, officials said.\n\n"
        "Officials said more talks would follow.\n"
    )
    (story,) = wirestory.parse(text)
    assert len(story.body) == 2
    assert story.body[0].endswith("the U.S. on tariffs after weeks of talks, officials said.")


def test_the_byline_raw_is_its_own_line_as_written() -> None:
    """A later line holding the byline's words with no-break spaces gave the
    raw its characters; the byline's own line has plain spaces."""
    text = (
        "Harbour closes\n\nBy Jane Roe\n\n"
        "The council voted to close the harbour on Monday.\n\n"
        "Another By\u00a0Jane Roe\u00a0line.\n"
    )
    (story,) = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.raw == "By Jane Roe"


def test_a_field_is_normalized_as_written() -> None:
    """A paragraph's no-break space, read as a space by the rules, is the
    character normalization reads: ``åØ\\xa0`` is mojibake ftfy repairs (to
    ``娠``) only with it. CI's seed-layout property drew it; the body kept the
    mojibake, with a space."""
    paragraph = "Das Wort aaaaaaaa\u00e5\u00d8\u00a0steht hier."
    text = f"Harbour plan unveiled\n\n{paragraph}\n\nMore text follows here today.\n"
    (story,) = wirestory.parse(text)
    assert story.body[0] == wirestory.normalize(paragraph)
    assert "\u5a20" in story.body[0]


def test_a_text_mode_dump_with_zero_width_openings_keeps_its_caption() -> None:
    """A w3m dump with a zero-width space opening each line (found by the
    layout-variation property at the thorough profile): the hard wrap's
    measure of a line's first word took the zero-width space for the word,
    so the caption's two lines stayed apart and its text was header
    furniture, the caption only its credit, silently."""
    from strategies import vary

    path = Path(__file__).parent / "cases_heldout22" / "w3m_match_report.txt"
    text = wirestory.decode(path.read_bytes())
    varied = vary(text, ("zero-width-openings",))
    assert varied != text
    (plain,) = wirestory.parse(text)
    (story,) = wirestory.parse(varied)
    assert [(c.text, c.credit) for c in story.captions] == [
        (c.text, c.credit) for c in plain.captions
    ]
    assert story.captions[0].text


def test_a_catalan_byline_with_no_break_spaces_is_read() -> None:
    """``Per\\xa0Jordi\\xa0Puig``: the byline's raw text is as written, and the
    test that its line opens with ``Per`` read a space only."""
    from strategies import vary

    path = Path(__file__).parent / "cases_heldout25" / "catalan_per.txt"
    text = vary(path.read_text(encoding="utf-8"), ("no-break-spaces",))
    assert "Per\u00a0Jordi" in text
    (story,) = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("Jordi Puig",)
