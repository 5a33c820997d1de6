"""The speed54p round: the credit and name readers read a line once (#17).

The page layout asks about one line from several rules (the header's caption
test, the caption readers, the caption pairs; the zone's anchors, a name over
a date, a name under a share bar), and a page prints some lines many times (a
gallery's captions, a share bar's buttons). The readings of the last lines
asked are kept (``captions._find_credit``, ``bylines._read_names``,
``bylines.page_person_names``): a kept reading must be the one its question
asks, whatever was asked before. Each test asks the same line twice or more
with another argument between, and fails on a memory keyed by the line alone
(or by the line and less than every argument). Every text here is invented.
"""

from __future__ import annotations

import attrs

from wirestory.bylines import find_page_byline, page_person_names, person_names
from wirestory.captions import find_credit, split_credit
from wirestory.knowledge import DEFAULT_KNOWLEDGE, Agency, Knowledge

# A wire of the test's own, known to one Knowledge only.
_VALE_WIRE = attrs.evolve(
    DEFAULT_KNOWLEDGE,
    agencies=(*DEFAULT_KNOWLEDGE.agencies, Agency(name="Vale Wire", aliases=("Vale Wire",))),
)
# "Harbour" a word no name holds, in one Knowledge only.
_NO_HARBOUR = attrs.evolve(
    DEFAULT_KNOWLEDGE,
    byline_non_name_words=DEFAULT_KNOWLEDGE.byline_non_name_words | {"harbour"},
)


def _in_turn(ask: object, line: str, knowledges: tuple[Knowledge, ...]) -> list[object]:
    """``ask(line, knowledge=k)`` for each Knowledge in turn, the first again last."""
    assert callable(ask)
    return [ask(line, knowledge=k) for k in (*knowledges, knowledges[0])]


def test_a_credit_kept_is_the_knowledge_asked() -> None:
    """A caption's closing words are a credit under the Knowledge naming the
    wire, none under the default: asked under each in turn, each its own."""
    line = "A ferry waits at the quay before dawn. Vale Wire"
    assert _in_turn(split_credit, line, (DEFAULT_KNOWLEDGE, _VALE_WIRE)) == [
        (line, None),
        ("A ferry waits at the quay before dawn.", "Vale Wire"),
        (line, None),
    ]


def test_a_credit_kept_is_the_form_asked() -> None:
    """A gallery's counter is dropped by the page form alone: the line asked
    in the page form, then the plain one, then the page form again."""
    line = "2 of 5 Pupils walk to the old library on Monday. REUTERS/Jane Roe"
    page, plain, again = (
        find_credit(line, page=True),
        find_credit(line),
        find_credit(line, page=True),
    )
    assert (page.counter, plain.counter, again.counter) == (True, False, True)
    assert page.caption == again.caption == "Pupils walk to the old library on Monday."
    assert plain.caption == "2 of 5 Pupils walk to the old library on Monday."
    assert page.credit == plain.credit == "REUTERS/Jane Roe"


def test_names_kept_are_the_knowledge_asked() -> None:
    """A name holding a word the other Knowledge says no name holds: read as
    names under the default, as none under the other, in turn, by each
    reader of names (person_names, page_person_names, find_page_byline)."""
    for ask, line in (
        (person_names, "Tom Hale and Jane Harbour"),
        (page_person_names, "Tom Hale and Jane Harbour"),
        (find_page_byline, "By Tom Hale and Jane Harbour"),
    ):
        read = _in_turn(ask, line, (DEFAULT_KNOWLEDGE, _NO_HARBOUR))
        names = [None if found is None else found.names for found in read]  # type: ignore[attr-defined]
        assert names == [("Tom Hale", "Jane Harbour"), None, ("Tom Hale", "Jane Harbour")], ask


def test_a_name_kept_is_the_dash_asked() -> None:
    """``Name - Name`` is a writer and an organisation only when the page
    layout asks with ``dashed``: asked with it, without, and with again."""
    line = "Marta Quinlan - Tom Hale"
    dashed, plain, again = (
        page_person_names(line, dashed=True),
        page_person_names(line),
        page_person_names(line, dashed=True),
    )
    assert dashed is not None
    assert again == dashed
    assert (dashed.names, dashed.organization) == (("Marta Quinlan",), "Tom Hale")
    assert plain is None
