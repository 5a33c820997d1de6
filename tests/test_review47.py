"""Near-miss texts for the story-boundary rules dumps46 added (review47).

Each text is close to a form dumps46 reads as two stories or flags, but is
one story (or two stories cut right) read wrong or flagged falsely at
57a98cf (the dumps46 merge):

- a related link ``Headline | Site`` under ``Read more:``, its headline shown
  again under it: cut off as a page pasted on (the story's last paragraph
  went to a story with no body);
- a table's row ``Harbour United | Vale Rovers`` over the first side's name:
  cut off as a page's title, the table lost from the story, silently;
- a page's second part (``Part two`` / ``By …`` / prose) inside its story:
  ``possible-story-boundary`` said twice of the same line;
- an address between blank lines whose slug names the headline under it:
  the story above's note, silently (it is the next story's address);
- a story's labelled last line ``Source: Reuters`` over the next story glued
  on by one blank line: flagged as a dump's separator.

Every story here is invented.
"""

from __future__ import annotations

import wirestory

_PARAGRAPHS = [
    "The council voted on Tuesday to keep the harbour ferry running through the winter months.",
    "Members said the service carried more than forty thousand people last year and had to stay.",
    "A review of fares will be published in the spring, the council's transport chair said.",
]


def _marked(headline: str, caption: str, paragraphs: list[str]) -> str:
    """A story of the seed's layout."""
    header = [headline, "", caption, caption, "TT", "", headline, "", caption, caption, ""]
    return "\n".join(header) + "\n" + "\n\n".join(paragraphs)


def _boundaries(story: wirestory.Story) -> list[str]:
    return [d.message for d in story.diagnostics if d.code == "possible-story-boundary"]


def test_related_link_under_read_more_stays_in_story() -> None:
    last = "The last paragraph of the story closes here with a full sentence."
    text = _marked(
        "Ferry Service Saved",
        "Passengers board the ferry on Monday. (AFP)",
        [
            *_PARAGRAPHS,
            "Read more:",
            "Ferry fares rise again | The Vale Post",
            "Ferry fares rise again",
            last,
        ],
    )
    stories = wirestory.parse(text)
    assert len(stories) == 1
    assert stories[0].headline == "Ferry Service Saved"
    assert stories[0].body[-1] == last


def test_table_row_of_two_names_is_no_page_title() -> None:
    row = "Harbour United | Vale Rovers"
    text = _marked(
        "Cup Final Ends in Draw",
        "Players at the stadium on Sunday. (AP)",
        [
            *_PARAGRAPHS,
            row,
            "Harbour United",
            "2 goals, 5 shots on target, 54 per cent possession.",
            "Vale Rovers",
            "2 goals, 3 shots on target, 46 per cent possession.",
        ],
    )
    stories = wirestory.parse(text)
    assert len(stories) == 1
    assert row in stories[0].body


def test_page_second_part_flagged_once() -> None:
    text = "\n".join(
        [
            "Ferry chief on the winter timetable | The Vale Post",
            "Home",
            "News",
            "",
            "Ferry chief on the winter timetable",
            "By Mara Quill",
            "March 4, 2025",
            "",
            "\n\n".join(
                [
                    *_PARAGRAPHS,
                    "Part two",
                    "By Mara Quill",
                    "The second part of the interview turns to the money behind the service.",
                    "She said the council had found savings in fuel and in the two boats' upkeep.",
                ]
            ),
            "",
            "© 2025 The Vale Post. All rights reserved.",
        ]
    )
    stories = wirestory.parse(text)
    assert len(stories) == 1
    assert len(_boundaries(stories[0])) == 1


def test_address_naming_the_headline_under_it_is_that_storys() -> None:
    address = "https://vale.example.org/markets/wheat-climbs-again"
    text = "\n".join(
        [
            "Fund Posts Record Gain",
            "",
            "OSLO, March 3 (Reuters) - Norway's wealth fund posted a record first-quarter "
            "gain on Tuesday, lifted by a rally in technology shares.",
            "",
            "The fund said its return came mostly from equities.",
            "",
            address,
            "",
            "Wheat Climbs Again",
            "",
            "CHICAGO, March 3 (Reuters) - Wheat futures rose for a fourth day on Tuesday "
            "on dry weather forecasts.",
            "",
            "Traders said supplies could tighten.",
            "",
        ]
    )
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == ["Fund Posts Record Gain", "Wheat Climbs Again"]
    assert address not in stories[0].notes
    assert address in text[stories[1].segments[0].start : stories[1].segments[-1].end]


def test_address_naming_no_headline_stays_the_note_above() -> None:
    # dumps46's reading kept: an address printed under each story.
    address = "https://vale.example.org/news/1/"
    text = (
        _marked("Ferry Service Saved", "Passengers board the ferry on Monday. (AFP)", _PARAGRAPHS)
        + f"\n\n{address}\n\n"
        + _marked("Wheat Prices Climb", "Farmers in a dry field. (Reuters)", _PARAGRAPHS)
        + "\n\nhttps://vale.example.org/news/2/\n"
    )
    stories = wirestory.parse(text)
    assert len(stories) == 2
    assert address in stories[0].notes


def test_labelled_source_line_is_no_separator() -> None:
    text = (
        _marked(
            "Ferry Service Saved",
            "Passengers board the ferry on Monday. (AFP)",
            [*_PARAGRAPHS, "Source: Reuters"],
        )
        + "\n\n"
        + _marked("Wheat Prices Climb", "Farmers in a dry field. (Reuters)", _PARAGRAPHS)
    )
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == ["Ferry Service Saved", "Wheat Prices Climb"]
    assert _boundaries(stories[0]) == []


def test_page_count_between_stories_still_flagged() -> None:
    # dumps46's separator doubt kept for a line naming no label.
    text = (
        _marked(
            "Ferry Service Saved",
            "Passengers board the ferry on Monday. (AFP)",
            [*_PARAGRAPHS, "Page 2 of 3"],
        )
        + "\n\n"
        + _marked("Wheat Prices Climb", "Farmers in a dry field. (Reuters)", _PARAGRAPHS)
    )
    stories = wirestory.parse(text)
    assert len(stories) == 2
    assert _boundaries(stories[0])
