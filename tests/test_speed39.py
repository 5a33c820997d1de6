"""The speed39 round's shortcuts answer as the rules they stand for (issue #17).

``opens_glued_story`` asks a paragraph holding no parenthesis nothing when it
opens in title case: ``word_before_agency`` and ``opens_wire_story``'s quick
test both look for one. These draw paragraphs of the forms the two read
(datelines in capitals and in title case, agencies in parentheses or not,
dates, indents, a word before an agency) and of prose, and hold the shortcut
to the two functions' answer.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.datelines import opens_glued_story, opens_wire_story, word_before_agency

_OPENINGS = [
    "BAHRAIN, Oct 19 - ",
    "NEW YORK (Reuters) - ",
    "OSLO, March 3 (Reuters) - ",
    "Berlin (dpa) - ",
    "Oslo, March 3 (Reuters) - ",
    "Oslo, March 3 - ",
    "Mobile (AP) - ",
    "Crews (AP) - ",
    "(CNN) -- ",
    "  LONDON, Dec 5 - ",
    "\tWASHINGTON (AP) — ",
    "LONDON — ",
    "ROMA, 3 dic. - ",
    "Harbour Tech Inc. (NYSE: HBT) ",
    "The ferry (pictured) ",
    "",
]
_WORDS = st.sampled_from(
    ["Crews", "crews", "mobile", "Mobile", "ferry", "the", "said", "(AP)", "(", ")", "-", "3"]
)
_PARAGRAPHS = st.builds(
    lambda opening, words, end: opening + " ".join(words) + end,
    st.sampled_from(_OPENINGS),
    st.lists(_WORDS, max_size=12),
    st.sampled_from(["", ".", " (Reuters)"]),
)


@given(st.one_of(_PARAGRAPHS, st.text(alphabet="AaBb (-)\t0., ", max_size=40)))
@example("BAHRAIN, Oct 19 - Huge crowds gathered.")
@example("Mobile (AP) - Mobile police said a mobile phone was found.")
@example("Crews worked through the night.")
@example("  LONDON, Dec 5 - The council met.")
@example("")
def test_opens_glued_story_answers_as_the_two_rules(paragraph: str) -> None:
    assert opens_glued_story(paragraph) == (
        opens_wire_story(paragraph) or word_before_agency(paragraph)
    )
