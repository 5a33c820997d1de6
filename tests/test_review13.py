"""Review of the recall12 and heldout9 rules on ordinary news text: a
markets report's or a results table's own figure lines between paragraphs,
and a finance paragraph ending ``Credit: …`` in a sentence, each read wrongly
by the new rules.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest

import wirestory

_PARAGRAPHS = (
    "The harbour trust will dredge the inner basin by 2027 so that larger ferries can "
    "berth there, the trust's chairman said on Tuesday.",
    "The dredging will cost about 40 million and will be paid for by a levy on cargo "
    "landed at the port, the harbour trust said in a statement.",
    "Ferry operators said they welcomed the plan but feared the levy would push up the "
    "price of tickets for islanders during the winter months.",
    "The trust said it would review the levy after two years and publish the sums "
    "raised each spring.",
)
_HEADLINE = "Harbour trust to dredge inner basin for larger ferries"


def _page(*middle: str, header: str = "By Ilse Marten\nJune 9, 2026") -> str:
    """A page: title line, menu, headline, ``header``, the blocks ``middle``
    (set apart by blank lines), a footer."""
    return (
        f"{_HEADLINE} | The Northport Herald\n\nHome\nNews\nBusiness\nSport\n\n"
        f"{_HEADLINE}\n{header}\n\n"
        + "\n\n".join(middle)
        + "\n\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\n© 2026 The Northport Herald\n"
    )


def _rules(story: wirestory.Story, text: str) -> dict[str, str]:
    return {text[s.start : s.end].strip(): s.rule for s in story.segments}


@pytest.mark.parametrize(
    "figures",
    [
        # An index's name is no symbol in capitals.
        "FTSE 100\n+0.9%\nCAC 40\n-0.3%",
        # A currency's sign before the price, a name over it.
        "Brent crude\n$81.40\n+1.1%",
        # A label over a price with no symbol, then its change.
        "Port index\n1,318.25\n+14.60",
    ],
)
def test_a_markets_list_named_by_words_does_not_cut_the_story(figures: str) -> None:
    """A markets list between two paragraphs whose lines are named by words,
    not by a symbol (``FTSE 100`` / ``+0.9%``), is the same widget as
    ``HARBSHIP`` / ``+3.2%``: its signed change was furniture on its own, and
    its name a line the widget's walk stopped at, so the story's paragraphs
    below it were cut off (heldout9). The list is now a widget's or the
    story's, whole."""
    text = _page(*_PARAGRAPHS[:2], figures, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text)
    lines = figures.splitlines()
    assert [p for p in story.body if p not in lines] == list(_PARAGRAPHS)
    assert story.diagnostics == ()
    rules = _rules(story, text)
    # The list is the widget, or the story's own lines (as before heldout9).
    assert {rules[line] for line in lines} == {"in-story:widget-box"} or all(
        line in story.body for line in lines
    )


@pytest.mark.parametrize(
    "figures",
    [
        # An election's shares under the parties' names.
        "Labour\n41.2%\nReform\n30.5%",
        "Turnout\n64.3%",
        # A recipe's weights.
        "Flour\n250.0\nSugar\n100.0",
        # The story's own figure under a line of words, or alone.
        "1,204 homes\n+3.2%",
        "+15%",
    ],
)
def test_figures_with_no_sign_under_words_stay_in_the_story(figures: str) -> None:
    """A share, a weight or a change under a word (``Labour`` / ``41.2%``,
    ``1,204 homes`` / ``+3.2%``) or alone is a results table's, a recipe's
    or the story's own line, no stock quote (no symbol or quote over it): it
    stays in the body as before heldout9 (the quote's shape was marked
    furniture wherever it stood, which ended the story there or took the
    line out silently)."""
    text = _page(*_PARAGRAPHS[:2], figures, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text)
    assert list(story.body) == [*_PARAGRAPHS[:2], *figures.splitlines(), *_PARAGRAPHS[2:]]
    assert story.diagnostics == ()


_LENDING = " ".join(
    [
        "The port's bank said it would keep lending to ferry operators despite the levy.",
        "It said most of the operators had paid their loans on time for a decade.",
        "Smaller operators on the island routes had asked the bank for more time.",
        "The bank said it would look at each request separately over the summer.",
        "Two operators said they would sell older ships to meet their payments.",
        "The levy would add about two per cent to each operator's costs, they said.",
    ]
)


@pytest.mark.parametrize(
    "ending",
    ["Credit: Moody's cut the bank's rating", "Credit: Suisse shares fell"],
)
def test_a_finance_paragraph_ending_in_credit_is_no_long_caption(ending: str) -> None:
    """``Credit:`` opening a finance paragraph's last sentence (``Credit:
    Moody's cut the bank's rating``) is no photo's credit: its words in small
    letters make a sentence. The paragraph stays in the body; recall12's
    caption-long took it out as a caption."""
    block = f"{_LENDING} {ending}"
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], block, *_PARAGRAPHS[2:]))
    assert story.captions == ()
    assert block in story.body
    assert "caption-long" not in {d.code for d in story.diagnostics}


@pytest.mark.parametrize(
    "credit",
    ["Credit: Northport Harbour Trust", "Credit: Courtesy of the Northport Museum"],
)
def test_a_long_caption_s_credit_naming_its_source_stays_a_caption(credit: str) -> None:
    """The long caption's credit that is a name, joining words in small
    letters allowed, is still read (recall12's rule)."""
    block = (
        "A plan of the inner basin showing the channel that would be dredged to let larger "
        "ferries reach the new berths, with the spoil carried out to sea on barges and the "
        "old breakwater raised by two metres to keep the swell out of the basin in winter. "
        "(1) channel, (2) berths, (3) breakwater, (4) barge route, (5) ferry terminal. " + credit
    )
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], block, *_PARAGRAPHS[2:]))
    assert [c.credit for c in story.captions] == [credit]
    assert "caption-long" in {d.code for d in story.diagnostics}
