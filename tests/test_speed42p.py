"""The speed42p round: shortcuts that must read exactly as the steps they replace (issue #17).

``group_stories`` adds a settled story's lines (a page's story past its
header, no marker) without the steps asked of a story's header; only a blank
run or ``max_story_chars`` ends it. A credit's part of one word is looked up
among the photo labels' last words (``photo_label_words``), not tried against
each label. Every dump here is invented.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from wirestory import captions, grouping
from wirestory.knowledge import DEFAULT_KNOWLEDGE
from wirestory.lines import split_lines
from wirestory.options import ParseOptions

# A site's page: its title, more menu lines than a header holds
# (``max_header_lines``), then paragraphs a blank line apart.
_MENU = "".join(f"Section {n}\n\n" for n in range(30))
_PARAGRAPHS = "".join(
    f"Paragraph {n} of the story says the ferry sails at {n} o'clock.\n\n" for n in range(40)
)
_PAGE = "Harbour news - The Vale Post\n\n" + _MENU + _PARAGRAPHS


def _groups(text: str, options: ParseOptions) -> list[tuple[list[str], bool]]:
    return [
        ([line.text for line in group.lines if line.text], group.overflow)
        for group in grouping.group_stories(iter(split_lines([text])), options)
    ]


def _expected_parts(text: str, limit: int) -> list[list[str]]:
    """The parts ``max_story_chars`` cuts a story of no marker and no blank
    run into, counted as the grouping counts them: each line from the end of
    the line before it (its blank lines with it) to its own end."""
    parts: list[list[str]] = [[]]
    size = 0
    before = None
    for line in split_lines([text]):
        if not line.text:
            continue
        added = line.end - (line.start if before is None else before)
        if parts[-1] and size + added > limit:
            parts.append([])
            size = 0
            added = line.end - line.start
        parts[-1].append(line.text)
        size += added
        before = line.end
    return parts


def test_a_settled_page_story_is_cut_at_max_story_chars() -> None:
    # The cut falls well past the header's lines: on a line the shortcut adds.
    limit = len(_PAGE) // 3
    groups = _groups(_PAGE, ParseOptions(max_story_chars=limit))
    assert [texts for texts, _ in groups] == _expected_parts(_PAGE, limit)
    assert len(groups) >= 3
    assert [overflow for _, overflow in groups] == [False] + [True] * (len(groups) - 1)


def test_a_settled_page_story_ends_at_a_blank_run() -> None:
    second = "Ferry crews walk out\n\nThe union said the strike would last two days.\n"
    groups = _groups(_PAGE + "\n" + second, ParseOptions())
    assert [texts[0] for texts, _ in groups] == [
        "Harbour news - The Vale Post",
        "Ferry crews walk out",
    ]
    assert groups[0][0][-1] == "Paragraph 39 of the story says the ferry sails at 39 o'clock."


_WORDS = st.text(alphabet="abcdeimoprstuy ", max_size=12)
# A label as Knowledge takes one: words, no space at either end.
_LABELS = st.text(alphabet="abcdeimoprstuy ", min_size=1, max_size=12).filter(
    lambda label: label == label.strip()
)


@given(key=_WORDS.filter(lambda word: " " not in word), labels=st.lists(_LABELS, max_size=6))
def test_photo_label_last_words_read_as_the_labels_ends(key: str, labels: list[str]) -> None:
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE, photo_labels=(*DEFAULT_KNOWLEDGE.photo_labels, *labels)
    )
    whole, last_words = captions.photo_label_words(knowledge)
    assert whole == frozenset(knowledge.photo_labels)
    assert (key in last_words) == any(label.endswith(f" {key}") for label in knowledge.photo_labels)
