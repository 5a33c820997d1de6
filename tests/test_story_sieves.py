"""The substring tests told before a pattern on every story (issue #17).

Each story's first line is asked whether it is a scraper's source address, a
wire story's first line whether it is a slug, a headline whether it opens with
a ``Title:`` label. A line without the pattern's literal (``://``, a hyphen, a
colon) is turned down without the pattern; these hold the shortcut to each
form the pattern reads, in any case and spacing.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import wirestory
from wirestory.model import Role

_LEAD = (
    "\n\nOSLO (Reuters) - Harbour pilots in three ports walked off the job on "
    "Wednesday, stranding ferries along the coast.\n\n"
    "The union said talks had broken down after four weeks.\n"
)


def _any_case(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda upper: "".join(c.upper() if u else c for c, u in zip(word, upper, strict=True))
    )


_SPACE = st.text(alphabet=" \t", max_size=3)
_LABEL = st.one_of(
    st.just(""),
    st.tuples(
        st.sampled_from(["url", "source", "link", "permalink"]).flatmap(_any_case),
        _SPACE,
        _SPACE,
    ).map(lambda parts: f"{parts[0]}{parts[1]}:{parts[2]}"),
)
_PATH = st.text(alphabet="abcdefghij0123456789-/.?=_", min_size=1, max_size=30)


@given(
    indent=_SPACE,
    label=_LABEL,
    scheme=st.sampled_from(["http", "https"]).flatmap(_any_case),
    path=_PATH,
    tail=_SPACE,
)
def test_a_source_address_in_any_case_is_furniture(
    indent: str, label: str, scheme: str, path: str, tail: str
) -> None:
    address = f"{indent}{label}{scheme}://wire.example/{path}{tail}"
    text = f"{address}\n\nFerry crews walk out in Norway{_LEAD}"
    story = wirestory.parse_story(text)
    first = story.segments[0]
    assert (first.role, first.rule) == (Role.FURNITURE, "source-url")
    assert story.headline == "Ferry crews walk out in Norway"


@given(
    label=st.sampled_from(["title", "headline"]).flatmap(_any_case),
    before=st.text(alphabet=" \t", max_size=2),
    after=st.text(alphabet=" \t", max_size=2),
)
def test_a_headline_label_in_any_case_and_spacing_is_dropped(
    label: str, before: str, after: str
) -> None:
    story = wirestory.parse_story(f"{label}{before}:{after}Ferry crews walk out in Norway{_LEAD}")
    assert story.headline == "Ferry crews walk out in Norway"


_CAPITALS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=5)
_PART = st.text(alphabet="abcdefghijABCDEFGHIJ0123456789", min_size=1, max_size=8)


@given(
    desk=_CAPITALS,
    parts=st.lists(st.tuples(st.sampled_from(["-", "--"]), _PART), min_size=2, max_size=4),
    code=st.sampled_from(["", " 1stLd-Writethru", ", 0412", ", Advisory"]),
)
def test_a_wire_slug_over_the_headline_is_a_slug(
    desk: str, parts: list[tuple[str, str]], code: str
) -> None:
    slug = desk + "".join(dash + part for dash, part in parts) + code
    story = wirestory.parse_story(f"{slug}\nPilots return to work{_LEAD}")
    assert story.segments[0].rule == "wire-slug"
    assert story.headline == "Pilots return to work"


@given(
    desk=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=20),
    parts=st.lists(st.text(alphabet="ABCDEFGHIJ0123456789", min_size=1, max_size=8), min_size=1),
    topic=st.text(alphabet="ABCDEFGHIJ0123456789-", max_size=10),
)
# "AT-A0/": the desk's letters were read as a date line's clock words ("at",
# "a") around a number.
@example(desk="AT", parts=["A0"], topic="")
def test_a_desk_s_topic_code_over_the_headline_is_a_slug(
    desk: str, parts: list[str], topic: str
) -> None:
    code = desk + "".join("-" + part for part in parts if part[0].isupper()) + "/" + topic
    if "-" not in code.split("/")[0]:
        code = desk + "-FOOTBALL/" + topic
    story = wirestory.parse_story(f"{code}\nPilots return to work{_LEAD}")
    assert story.segments[0].rule == "wire-slug"
    assert story.headline == "Pilots return to work"
