"""The speed48 round: the page readers' sieves read exactly as the calls they spare (#17).

``is_page_caption`` turns a line down by its first two characters when
neither the photo label nor the caption label may open a line so opening
(``captions.labels_may_open``, the pair asked once as ``regex``'s partial
match). The story's stretch in the page layout asks each reader's own first
test before calling it, and ``_flag_story_under_page`` looks only at the
blocks that can be said (a long block, a byline's opening, a marker line).
Every line here is invented.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirestory import parse
from wirestory.captions import caption_label, labels_may_open, photo_label
from wirestory.decode import decode
from wirestory.knowledge import DEFAULT_KNOWLEDGE, Knowledge

# A user's labels beside the default's: outside ASCII, with letters whose
# case variants are ASCII letters (the Kelvin sign, the long s, the dotted
# and dotless i), and a label of one character.
_ODD_KNOWLEDGE = attrs.evolve(
    DEFAULT_KNOWLEDGE,
    photo_labels=(*DEFAULT_KNOWLEDGE.photo_labels, "Фото", "\u212aamera", "ſnap", "İmaj", "x"),
    caption_labels=(*DEFAULT_KNOWLEDGE.caption_labels, "ılustr", "Légende"),
)
_KNOWLEDGES = (DEFAULT_KNOWLEDGE, _ODD_KNOWLEDGE)


def _both(text: str, knowledge: Knowledge) -> bool:
    """What ``labels_may_open`` stands for: either label's match."""
    return (
        photo_label(text, knowledge=knowledge) is not None
        or caption_label(text.strip(), knowledge=knowledge) is not None
    )


def _label_opened(knowledge: Knowledge) -> st.SearchStrategy[str]:
    """Lines opening with a label of ``knowledge`` (or a piece of one), in
    any case, after white space or a bracket at times, then a label's end
    (``:``, `` by``, ``credit:``) or prose."""
    labels = [*knowledge.photo_labels, *knowledge.caption_labels]
    cased = st.sampled_from(labels).flatmap(
        lambda label: st.sampled_from(
            [label, label.upper(), label.lower(), label.title(), label[:1], label[:2], label[1:]]
        )
    )
    return st.builds(
        lambda lead, label, end, rest: lead + label + end + rest,
        st.sampled_from(["", "", " ", "  ", "(", "[", "\t", " (", "\u00a0"]),
        cased,
        st.sampled_from(["", ":", " by", "s:", " credit:", " Credit by", " ", "\u2026"]),
        st.text(alphabet="abcKSſıİ :.()-", max_size=12),
    )


@pytest.mark.parametrize("knowledge", _KNOWLEDGES, ids=["default", "odd-labels"])
@given(data=st.data())
def test_label_sieve_equals_both_matches(knowledge: Knowledge, data: st.DataObject) -> None:
    text = data.draw(st.one_of(_label_opened(knowledge), st.text(max_size=8)))
    assert labels_may_open(text, knowledge=knowledge) == _both(text, knowledge)


@pytest.mark.parametrize("knowledge", _KNOWLEDGES, ids=["default", "odd-labels"])
def test_label_sieve_on_every_pair_of_ascii_and_case_variants(knowledge: Knowledge) -> None:
    """Every two-character opening from ASCII and the letters whose case
    variants are ASCII, alone and before a label's end: the pair's answer
    never turns down a line either label matches."""
    chars = [chr(c) for c in range(32, 127)] + ["\u212a", "ſ", "ı", "İ", "\u00a0"]
    for first in chars:
        for second in chars:
            for end in ("", ":", "oto:", "hoto by Jane Roe", "mage caption The quay"):
                text = first + second + end
                assert labels_may_open(text, knowledge=knowledge) == _both(text, knowledge)


def test_label_sieve_turns_down_a_pair_no_label_opens() -> None:
    """A pair no label opens (``Pr``) turns its lines down, asked again;
    ``Ph`` may open ``Photo``; a line opening with white space is matched in
    full (its stripped line opens with other characters)."""
    for _ in range(2):
        assert not labels_may_open("Prices rose.")
        assert not labels_may_open("Photographs of the quay")
        assert labels_may_open("Photo: Jane Roe")
        assert labels_may_open("  Photo: Jane Roe")
        assert labels_may_open("Image caption The quay at dawn")
        assert not labels_may_open(" Pr")


@pytest.mark.corpus
def test_label_sieve_on_every_corpus_line(shared: Path) -> None:
    count = 0
    for path in sorted(p for p in (shared / "corpus").rglob("*") if p.is_file()):
        for line in decode(path.read_bytes()).splitlines():
            count += 1
            assert labels_may_open(line) == _both(line, DEFAULT_KNOWLEDGE), (path.name, line)
    assert count > 10_000


def test_the_stretch_readers_still_read_their_captions() -> None:
    """A caption of each form between a story's paragraphs is still read so."""
    paragraph = (
        "The ferry company said on Monday that crews would repaint the old boat "
        "before the summer timetable starts, and that the work would take weeks."
    )
    captions_in = [
        "Harbour master Jane Roe (left) at the quay in 2016",
        "PORT ELLIS, VALE - MARCH 04: Commuters walk past the ferry station at dawn",
        "Crews repaint the old ferry at the quay on Mill Street (Handout)",
    ]
    body = "\n\n".join(part for caption in captions_in for part in (paragraph, caption))
    text = (
        "Ferry to be repainted - The Vale Post\n\nHome\n\nNews\n\nSport\n\n"
        "Ferry to be repainted\n\nBy Jane Roe\n\n"
        + body
        + "\n\n"
        + paragraph
        + "\n\nShare this article\n\nMore from The Vale Post\n"
    )
    story = parse(text)[0]
    # Each caption read, a credit naming no one split off its end.
    assert [(caption.text, caption.credit) for caption in story.captions] == [
        (captions_in[0], None),
        (captions_in[1], None),
        ("Crews repaint the old ferry at the quay on Mill Street", "Handout"),
    ]
    assert story.body == (paragraph,) * 4


def test_a_byline_shaped_block_under_many_long_ones_is_still_looked_at() -> None:
    """``_flag_story_under_page`` picks the long blocks in C, and a byline's
    opening (``By``) or a marker line only on a page holding one: a story
    pasted under a page whose only said block is a short byline is found."""
    paragraph = (
        "Crews at the harbour said on Monday that the old ferry would sail again "
        "in spring, after a winter of repairs to its engines and its deck."
    )
    links = "\n".join(f"Related story number {n} about the harbour" for n in range(40))
    pasted = (
        "Council votes on the new bridge\nBy Tom Hale\n"
        "The council voted on Tuesday to build a new bridge over the river at Port Ellis.\n"
        "Work on the bridge is to start next year and will take two years to finish.\n"
    )
    text = (
        "Ferry to sail again - The Vale Post\n\nFerry to sail again\n\nBy Jane Roe\n\n"
        + "\n\n".join([paragraph] * 4)
        + "\n"
        + links
        + "\n"
        + pasted
    )
    codes = [problem.code for story in parse(text) for problem in story.diagnostics]
    assert "possible-story-boundary" in codes
