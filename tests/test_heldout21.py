"""Forms of the twenty-first held-out round: the seed's marked layout as
other sites print it, and wire copy of agencies the earlier rounds did not
write, each a whole text (``cases_heldout21``).

The marked layout: a marker that is another site's code (``INA``), a time
stamp (``14:32``), a byline or a section's word (``Sport``); a repeat with
curly quotes for straight ones, the headline in capitals, a trailing space
and a shortened caption, or a kicker's label over the repeated headline;
credits written ``Photo: AFP``, ``— Reuters``, ``/AFP``, ``(Photo by Jane
Roe/Getty Images)``, ``Erik Lund/TT``, or two in parentheses; stories with
no captions, a story with no repeat among repeated ones, CRLF line ends and
tab-indented paragraphs, one story alone, a story of sixty paragraphs.

Wire copy: Yonhap (``SEOUL, Dec. 5 (Yonhap) --``, the writer's address over
``(END)``), PTI (``New Delhi, Dec 5 (PTI) The …``, no dash; the desk's
``PTI ABC DEF RT``), Xinhua (``… (Xinhua) --``, ``Enditem`` glued to the
last sentence), Bernama (``-- BERNAMA``), APA (``Wien (APA) -``, ``(Schluss)
ab/cd``), ANSA (``ROMA, 5 DIC (ANSA) -``, ``(ANSA).``), Kyodo (``TOKYO
(Kyodo) --``, ``==Kyodo``), Reuters' ``UPDATE 2-`` and ``CORRECTED-``
headlines with their advisories and ``(Reporting by …)`` trailers, AP's
``… contributed to this report.`` and copyright line, an ``ADVISORY:``
above the headline, a kill notice, and dumps of two stories set apart by
slug lines or by ``-- ends --``.

Fixed in this round (each silent before): the agencies' sign-offs stayed
the body's last paragraph (``==Kyodo``, ``(ANSA).``, ``(Schluss) ab/cd``,
``PTI ABC DEF RT``; the address and ``(END)`` of Yonhap as one paragraph;
``Enditem`` glued to the last sentence); APA's and PTI's datelines were
unread, left in the first paragraph; an ``ADVISORY:`` note above the
headline made the story headless, the headline a paragraph; a kicker's
label over the repeated headline put the label, the headline and the
captions in the body (flagged, but misread); ``-- ends --`` between two
stories glued them silently. Flagged, left: two credits in parentheses
(``(AFP) (Egyptian Presidency)``), the first kept in the caption's text
(``caption-holds-credit``, new).

Every text here is invented, in the shape of real text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_pages import HeldOutDumps, dump_reading

import wirestory

_CASES = Path(__file__).parent / "cases_heldout21"

# Misreadings left, by case, story (None: the count of stories) and field
# ("*": every field of a story not cut out), each with whether the story says so.
_KNOWN_FAILURES: dict[tuple[str, int | None, str], str] = {
    ("marked_two_credits", 0, "captions"): "of two credits in parentheses the first stays in "
    "the caption's text, the second read as its credit (flagged caption-holds-credit)",
    ("wire_kill_notice", 0, "dateline"): "a kill notice's 'KILL -' headline reads as a "
    "dateline (flagged story-withdrawn)",
}
_ROUND = HeldOutDumps(_CASES, _KNOWN_FAILURES)


@pytest.mark.parametrize("name", _ROUND.count_params())
def test_stories(name: str) -> None:
    """As many stories as the text holds."""
    assert len(_ROUND.stories(name)) == len(_ROUND.expected(name))


@pytest.mark.parametrize(("name", "number", "field"), _ROUND.field_params())
def test_field(name: str, number: int, field: str) -> None:
    """Each story's fields as its file pins them down, read in the auto layout."""
    story = _ROUND.stories(name)[number]
    assert dump_reading(story)[field] == _ROUND.expected(name)[number][field]


@pytest.mark.parametrize(
    ("caption", "codes"),
    [
        # Two credits: the first stays the caption's last words, and says so.
        ("Leaders meet in Cairo on Monday. (AFP) (Egyptian Presidency)", ["caption-holds-credit"]),
        # A date in parentheses closing the text (AP's video captions) names no agency.
        ("Leaders meet in Cairo on Monday. (Oct. 8) (Egyptian Presidency)", []),
        # One credit: nothing to say.
        ("Leaders meet in Cairo on Monday. (Egyptian Presidency)", []),
    ],
)
def test_a_caption_ending_in_a_second_credit_says_so(caption: str, codes: list[str]) -> None:
    """A caption of the marked layout whose text, its credit split off,
    still ends in an agency's credit."""
    headline = "Leaders Meet for Talks on Border"
    body = "The two presidents met in Cairo on Monday for talks on border security."
    text = f"{headline}\n\n{caption}\nTT\n\n{headline}\n\n{caption}\n\n{body}\n"
    story = wirestory.parse(text)[0]
    assert [d.code for d in story.diagnostics] == codes
    assert list(story.body) == [body]
