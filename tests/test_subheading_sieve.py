"""mark_subheadings turns down a one-line paragraph by its last character, a
set lookup of the Knowledge's closing marks (issue #17's second round on wire
copy), where ``str.endswith`` tried each mark in turn. Held here to the rule:
a short label between paragraphs is a subheading unless it ends (white space
aside) in a full stop, an exclamation mark or a clause's end of the story's
Knowledge, or a closing bracket; a question may be one."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import wirestory
from wirestory.model import Role

_LEAD = (
    "Ferry crews walk out in Norway\n\n"
    "OSLO (Reuters) - Harbour pilots in three ports walked off the job on "
    "Wednesday, stranding ferries along the coast.\n\n"
)
_REST = (
    "\n\nThe union said talks had broken down after four weeks.\n\n"
    "More talks are due on Monday, the union said.\n"
)
_KNOWLEDGE = [
    wirestory.Knowledge(),
    # A Knowledge whose full stop includes the danda and whose clause ends
    # leave out the colon: the marks are the record's, not a fixed set.
    wirestory.Knowledge(full_stops=".\u0964", exclamation_marks="!", clause_ends=",;"),
]
_LAST = st.sampled_from(list(".\u2026\u3002!\uff01,;:)]?aZ5\u0964\u061f"))


@given(_LAST, st.sampled_from(["", " ", "\t"]), st.sampled_from(_KNOWLEDGE))
@example("?", "", _KNOWLEDGE[0])
@example("\u0964", "", _KNOWLEDGE[1])
@example(":", "", _KNOWLEDGE[1])
def test_a_label_is_a_subheading_unless_it_ends_like_a_sentence_or_a_clause(
    last: str, space: str, knowledge: wirestory.Knowledge
) -> None:
    label = f"What comes next{last}"
    text = f"{_LEAD}{label}{space}{_REST}"
    story = wirestory.parse_story(text, options=wirestory.ParseOptions(knowledge=knowledge))
    [segment] = [s for s in story.segments if text[s.start : s.end].startswith(label)]
    closing = knowledge.full_stops + knowledge.exclamation_marks + knowledge.clause_ends + ")]"
    expected = Role.BODY if last in closing else Role.SUBHEADING
    assert segment.role == expected
