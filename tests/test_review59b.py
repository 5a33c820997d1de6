"""The second review of fixB58 (items 4 and 5): each probed with invented
text, the reading written by hand. Every text is invented.

- A table with a rank column before its names (``1 Harbour Rovers 12 8
  26``) or a text column after its figures (``Oslo 12 8 sunny``) right under
  a page's first paragraph said ``labels-over-story``: only figures standing
  last made a row a table's.
- A section's label in a script without capitals ending in a common noun
  that is also a family name (Hindi ``आपकी राय``, your say; ``जिला
  अधिकारी``, district officer) was the writer, silently: the "surname"
  exempted it from ``byline-name-may-be-phrase``.
"""

from __future__ import annotations

import pytest

import wirestory

_TOP = (
    "Quay Courier\n\nNews\nSport\nBusiness\nWeather\n\nFerry service resumes after storm\n\n"
    "By Tom Hale\nApril 9, 2025\n\nShare\nFacebook\nTwitter\n\n"
)
_LEAD = (
    "The ferry service to the islands resumed on Tuesday after two days of storms, "
    "the operator said, and the first crossing left on time."
)
_MORE = [
    "Crews had checked the vessels and the pier overnight for damage from the high seas, "
    "a spokesman for the operator said in a statement.",
    "Passengers said the cancellations had left them stranded on the mainland and asked "
    "for better warning of future closures of the route.",
]
_FOOT = "\n\nAbout us\nPrivacy policy\nTerms of use\n© 2025 Quay Courier"


def _page(rows: list[str]) -> str:
    return _TOP + "\n\n".join([_LEAD, *rows, *_MORE]) + _FOOT


@pytest.mark.parametrize(
    "rows",
    [
        ["1 Quay Athletic 14 9 29", "2 Northgate 14 8 26", "3 Mill Lane Rangers 14 7 22"],
        ["Lerwick 11 7 cloudy", "Kirkwall 9 5 showers", "Stornoway 3 -2 sleet"],
    ],
    ids=["rank-column", "text-column"],
)
def test_table_with_rank_or_text_column_is_a_table(rows: list[str]) -> None:
    story = wirestory.parse_story(_page(rows))
    assert list(story.body) == [_LEAD, *rows, *_MORE]
    assert "labels-over-story" not in {d.code for d in story.diagnostics}


def test_teasers_of_mixed_shapes_stay_labels() -> None:
    # A video box's teasers: figures among words, a lead-in's colon: no table.
    rows = ["Video", "Quay 3 Northgate 0: 4 talking points", "Best 5 saves of 2024", "Replay"]
    story = wirestory.parse_story(_page(rows))
    assert "labels-over-story" in {d.code for d in story.diagnostics}


_HINDI = (
    "तट समाचार\n\nहोम\nदेश\nविदेश\nखेल\n\nतूफ़ान के बाद नौका सेवा फिर शुरू हुई\n\n{line}\n"
    "9 अप्रैल 2025\n\n"
    "दो दिन के तूफ़ान के बाद मंगलवार को द्वीपों के लिए नौका सेवा फिर शुरू हो गई "
    "और पहली नाव समय पर रवाना हुई, संचालक ने कहा।\n\n"
    "कर्मचारियों ने रात भर नावों और घाट की जांच की ताकि ऊंची लहरों से हुए "
    "नुकसान का पता चल सके, एक प्रवक्ता ने कहा।\n\n"
    "हमसे संपर्क करें\nगोपनीयता नीति"
)


@pytest.mark.parametrize("line", ["आपकी राय", "पाठकों की राय", "जिला अधिकारी"])
def test_label_ending_in_a_common_noun_is_doubted(line: str) -> None:
    story = wirestory.parse_story(_HINDI.format(line=line))
    codes = {d.code for d in story.diagnostics}
    assert story.byline is None or "byline-name-may-be-phrase" in codes


def test_name_with_a_common_surname_is_still_sure() -> None:
    story = wirestory.parse_story(_HINDI.format(line="सुरेंद्र कुमार"))
    assert story.byline is not None
    assert story.byline.names == ("सुरेंद्र कुमार",)
    assert "byline-name-may-be-phrase" not in {d.code for d in story.diagnostics}
