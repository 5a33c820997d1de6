"""The page layout asks ``signed_off_report`` only of a block not ending in
a sentence's mark, a closing quote or a clause's mark (issue #17's closing
round): such a block holds no glued sign-off, however the sign-off before
that last character is written."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from wirestory import trailers

_SENTENCES = st.sampled_from(
    [
        "The dam held overnight, the water board said.",
        "Crews secure the ferry at the quay.",
        "\u201cWe are ready,\u201d the mayor told reporters.",
        "Rain is due on Friday!",
        "Will the bridge open?",
    ]
)
_SIGN_OFFS = st.sampled_from(
    [
        "-- AP",
        "(AFP)",
        "\u2014 AFP",
        "- Reuters",
        "\u2014 With inputs from PTI",
        "- Emirates News Agency, WAM \u2013",
        "(AP Photo/Jane Roe)",
        "",
    ]
)
# The block's last characters the page layout does not ask about.
_ENDS = st.sampled_from(list(".!?\"'\u201d\u2019:;,"))


@given(_SENTENCES, _SIGN_OFFS, st.sampled_from(["", " ", "\t"]), _ENDS)
@example("The dam held, the water board said.", "-- AP", "", ".")
def test_a_block_ending_in_a_mark_is_no_signed_off_report(
    sentence: str, sign_off: str, space: str, end: str
) -> None:
    line = f"{sentence} {sign_off}{space}"
    block = line + end
    assert trailers.glued_sign_off(block) is None
    assert not trailers.signed_off_report(block)


def test_the_sign_offs_read_without_the_mark() -> None:
    """The generated sign-offs are read as such before the mark is added."""
    assert trailers.signed_off_report("The dam held overnight, the water board said. -- AP")
    assert trailers.glued_sign_off("Crews secure the ferry at the quay. (AFP)") is not None
