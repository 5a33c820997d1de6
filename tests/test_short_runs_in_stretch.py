"""The page layout counts its runs of short lines only over the story's
stretch and the runs reaching into it (issue #17's 2026-12-05 eighth page
round): the claims between the story's first and last blocks read a run's
length (``in-story:short-run``), and a run is cut only at a block that is no
short line, so the runs counted from the first block of the run reaching into
the stretch to the last of the run reaching out of it are the page's. The
property holds the lengths to the rule, counted over the whole page: runs
crossing either end of the stretch, a stretch inside one run, empty or
reaching past the page's end, short sentences (near-good) between."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.layouts.page import short_run_lengths

_KINDS = st.sampled_from(["short", "short", "short", "good", "near-good", "bad", "phrase"])


def _whole_page_runs(kinds: list[str], sentence: list[bool]) -> list[int]:
    """The rule: each short block ending like no sentence, the length of the
    run of such blocks it stands in; 0 for every other block."""
    short = [kind == "short" and not ends for kind, ends in zip(kinds, sentence, strict=True)]
    lengths = [0] * len(kinds)
    n = 0
    while n < len(kinds):
        if not short[n]:
            n += 1
            continue
        end = n
        while end < len(kinds) and short[end]:
            end += 1
        lengths[n:end] = [end - n] * (end - n)
        n = end
    return lengths


@given(st.lists(st.tuples(_KINDS, st.booleans()), max_size=40), st.data())
@example([("short", False)] * 8, None)
def test_the_stretchs_runs_are_the_pages(
    blocks: list[tuple[str, bool]], data: st.DataObject | None
) -> None:
    kinds = [kind for kind, _ in blocks]
    sentence = [ends for _, ends in blocks]
    if data is None:
        low, high = 3, 5  # a stretch inside one run of eight
    else:
        low = data.draw(st.integers(0, len(blocks)))
        high = data.draw(st.integers(low, len(blocks) + 3))
    expected = _whole_page_runs(kinds, sentence)[low:high]
    assert short_run_lengths(kinds, sentence, low, high) == expected
