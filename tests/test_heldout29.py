"""Forms of the twenty-ninth held-out round: kinds of story page, each with its
site's chrome, as a browser's text gives it, one block a line
(``cases_heldout29``).

Page forms: live blogs (``44m ago`` / ``11.57 GMT`` over each entry's heading,
``Key events`` / ``Show key events only``, ``Pinned post``, ``Updated 3
minutes ago``, ``Share`` or ``Copy link`` / ``Share`` closing each entry; a
live page's ``Here's what to know:`` box and entries signed by a writer over
their date and time); a Q&A of ``Q:`` / ``A:`` turns; a radio story's
transcript (``DALE MORROW, HOST:``, ``MORROW:``); newswire releases
(``CITY--(BUSINESS WIRE)--``, ``(GLOBE NEWSWIRE) --``, ``About …``,
``Contacts``, ``Release Versions``); an opinion column with its author box
(``Opinion`` / ``Columnist``, ``… is a columnist for …``, ``The views
expressed …``) and one opened by an ``Editor's Note:`` giving the writer's
bio; obituaries (a paper's ``1941–2025`` under the deck and ``survived by``;
a funeral home's name over ``March 14, 1938 – February 26, 2025``, its
service schedule and guest book); match reports (``Vale 2–1 Kellsmouth`` /
``Full-time``, line-ups and ``Match stats``; a score box with scorers over
the headline); a photo gallery (``1 of 12`` / caption / ``Next``); a
correction and an editor's note over the story; the same story as a reader
view (host name, title, writer, ``5–6 minutes``), a print view (``Print`` /
``Close window``), a text-only page (``Go to the full … experience``), an
archived copy under the Wayback Machine's toolbar or archive.today's, and an
AMP page.

Fixed in this round (each silent before): a live blog's entries each closed
by one share button (``Share``, ``Copy link`` / ``Share``) over the next
entry's stamp ended the story at the first entry, the later entries lost
(the buttons now cost nothing over a stamp and an entry); an entry heading of
nine words or more under its stamp was furniture; a live page's ``Here's
what to know:`` box over the writers made the page wire copy, the site's
name its headline, and its entries' signatures (``Rosa Quint`` / ``March 4,
2025, 8:40 a.m. ET``) and ``Updated 9:02 a.m. ET`` were its subheadings; a
score box over the headline, a newswire's release page, an archive.today
copy (its host name first) were read as wire copy, menu and all; a
text-only page's ``Go to the full … experience`` was its headline; a
newswire's ``08:00 AM Eastern Standard Time`` was no date line; a gallery
showing its first photos between ``Next`` / ``Previous`` buttons lost every
caption; a title of a site's name shown again only under the story (a
funeral's venue) was taken for the headline (now ``headline-from-title``).

Flagged, left: see ``_KNOWN_FAILURES`` (each with the diagnostic that says
so). Left silent: the radio page's host named under ``Heard on …`` is
unread.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_pages import HeldOutPages, Left

import wirestory

_CASES = Path(__file__).parent / "cases_heldout29"

# Misreadings left, by case and field: the diagnostic that says so (None:
# silent), and why. The rounds' shared tests are test_heldout_rounds.py's.
_KNOWN_FAILURES: dict[tuple[str, str], Left] = {
    ("obituary_funeral_home_dates", "headline"): (
        "headline-from-title",
        "the person's name over the dates of life is no headline the header walk finds",
    ),
    ("obituary_funeral_home_dates", "authors"): (
        "byline-name-may-be-phrase",
        "the person's name over the dates of life is read as the writer's",
    ),
    ("qa_q_a_labels", "headline"): (
        "headline-from-title",
        "a headline in curly quotes over a deck of sentences is not walked up to",
    ),
    ("qa_q_a_labels", "body"): (
        "headline-from-title",
        "with no headline found, the deck is read as the first paragraph",
    ),
    ("radio_transcript_caps_speakers", "dateline"): (
        "possible-story-boundary",
        "a speaker's label in capitals is read as a dateline",
    ),
    ("radio_transcript_caps_speakers", "body"): (
        "possible-story-boundary",
        "the speaker's label is cut off as the dateline; the host's label is furniture",
    ),
    ("radio_transcript_caps_speakers", "authors"): (
        "byline-name-unread",
        "the host's name under 'Heard on …' and over the audio's buttons is unread",
    ),
}
ROUND = HeldOutPages(_CASES, _KNOWN_FAILURES)


def test_whole_pages_are_there() -> None:
    assert len(ROUND.names) == 23
    for name in ROUND.names:
        assert set(ROUND.expected(name)) == {"headline", "authors", "captions", "dateline", "body"}


_ENTRIES = (
    (
        "Crews return to the pier",
        "The first crews went back to work at the pier at noon, the union said, though the "
        "evening sailings will not run until the dispute over the rota is settled.",
    ),
    (
        "Talks to resume on Friday",
        "Both sides will meet again on Friday morning at the harbour office, the company said, "
        "with a mediator from the conciliation service sitting in.",
    ),
    (
        "Strike called at dawn",
        "Ferry crews walked out at six this morning after talks on pay failed, leaving "
        "hundreds of passengers queueing for the road bridge instead.",
    ),
)


def _live_blog(buttons: str, stamps: tuple[str, ...]) -> str:
    lines = ["Vale Herald", "News", "Sport", "Live"]
    lines += ["Ferry strike live: crews walk out over pay", "By Nell Ashby", "4 March 2025"]
    for (heading, paragraph), stamp in zip(_ENTRIES, stamps, strict=True):
        lines += [*stamp.split("|"), heading, paragraph, paragraph.replace("the", "a", 1)]
        lines += buttons.split("|")
    lines += ["Most viewed", "Privacy policy", "Terms of use", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("buttons", ["Share", "Copy link|Share"])
@pytest.mark.parametrize(
    "stamps",
    [
        ("12.40 GMT", "11.20 GMT", "10.05 GMT"),
        ("1h ago", "2h ago", "3h ago"),
        ("1h ago|12.40 GMT", "2h ago|11.20 GMT", "3h ago|10.05 GMT"),
    ],
)
def test_live_blog_entries_closed_by_a_share_button(buttons: str, stamps: tuple[str, ...]) -> None:
    """One button over each next entry's stamp ended the story at the first
    entry, the later ones lost, silently."""
    story = wirestory.parse(_live_blog(buttons, stamps))[0]
    for heading, paragraph in _ENTRIES:
        assert heading in story.body
        assert paragraph in story.body
    assert "story-runs-past-listing" not in [d.code for d in story.diagnostics]


def test_share_button_over_no_stamp_still_ends_the_story() -> None:
    """Off a live blog, a button over another story's heading ends the story."""
    text = "\n".join(
        [
            "Vale Herald",
            "News",
            "Sport",
            "Ferry crews walk out over pay",
            "By Nell Ashby",
            "4 March 2025",
            "Ferry crews walked out at six this morning after talks on pay failed, the union said.",
            "Both sides will meet again on Friday morning at the harbour office, it said.",
            "Share",
            "Bakery chain to close 30 stores",
            "Crustworth will close 30 of its 210 stores by the summer, putting 400 jobs at risk.",
            "Most viewed",
            "Privacy policy",
            "",
        ]
    )
    story = wirestory.parse(text)[0]
    assert story.body[-1].startswith("Both sides")


@pytest.mark.parametrize(
    ("total", "shown", "buttons", "expected"),
    [
        (12, 3, ("Next", "Previous"), 3),
        (12, 2, ("Next",), 2),
        (3, 3, (), 3),
        # One photo shown of twelve: too few to tell a gallery.
        (12, 1, ("Next",), 0),
    ],
)
def test_gallery_showing_its_first_photos(
    total: int, shown: int, buttons: tuple[str, ...], expected: int
) -> None:
    lines = ["Vale Herald", "News", "Sport", "Pictures", "Video"]
    lines += ["In pictures: the gig race returns", "By Priya Elling", "March 4, 2025"]
    lines.append(
        "Forty crews rowed the six-mile course from the lighthouse to the harbour on Saturday."
    )
    for number in range(1, shown + 1):
        lines += [
            f"{number} of {total}",
            f"Crew {number} rows past the lighthouse. Photo: Hana Roth",
        ]
        lines += buttons
    lines += ["More galleries", "Privacy", "Terms", ""]
    story = wirestory.parse("\n".join(lines))[0]
    assert len(story.captions) == expected
    assert all(caption.credit == "Photo: Hana Roth" for caption in story.captions)
