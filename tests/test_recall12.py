"""Author recall by form: a writer's bio closing a page's story when the page
printed no byline over it, with the counter-cases that read like one and must
stay as they are.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest

import wirestory

_PARAGRAPHS = (
    "The ferry company will add two night crossings to the island from March, its "
    "director said on Thursday, after a summer of full boats.",
    "The new crossings will leave the mainland quay at eleven and return at one, and "
    "tickets will cost the same as on the day boats, the company said.",
    "Island shopkeepers said the late boats would bring more visitors to the harbour "
    "bars and restaurants during the long winter months.",
    "The island council said it would ask the company to keep the night boats running "
    "through the next summer as well.",
)
_HEADLINE = "Ferry company adds night crossings to the island"


def _page(*middle: str, header: str = "March 3, 2025") -> str:
    """A page: title line, menu, headline, ``header`` (no byline), the blocks
    ``middle`` (set apart by blank lines), a footer."""
    return (
        f"{_HEADLINE} | The Island Courier\n\nHome\nNews\nIsland\nBusiness\nSport\n\n"
        f"{_HEADLINE}\n{header}\n\n"
        + "\n\n".join(middle)
        + "\n\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\n© 2025 The Island Courier\n"
    )


@pytest.mark.parametrize(
    ("bio", "name", "near_miss"),
    [
        (
            "Nora Vinter (@noravinter) is an Ideas contributor at the Courier and the host "
            "of a weekly radio show about the islands. She has written about ferries, "
            "fishing and island politics for papers and radio stations up and down the "
            "coast, and in many other print, television and audio formats for... Read more",
            "Nora Vinter",
            # Someone in the story, no writer's title: the story's own closing line.
            "Karin Holm is a nurse at the island clinic and takes the last boat home.",
        ),
        (
            "Tomas Ekdal is a freelance reporter covering the islands and the coast.",
            "Tomas Ekdal",
            # A writer's title, but the name is no person's (a paper).
            "The Island Courier is a weekly paper covering the islands and the coast.",
        ),
        (
            "Tomas Ekdal is a freelance reporter covering the islands and the coast.",
            "Tomas Ekdal",
            # A paragraph of the story's own length that names nobody.
            "The company said the night crossings would be reviewed after the first winter "
            "and kept if enough passengers used them.",
        ),
    ],
)
def test_a_writer_s_bio_closing_the_story_gives_its_byline(
    bio: str, name: str, near_miss: str
) -> None:
    """A page with no byline over the story whose last paragraph is the
    writer's bio (a name, a handle may follow, ``is a``/``an`` and a writer's
    title: a magazine's author box, which the page prints inside the story's
    text): the bio names the writer, read on its first sentence (the box runs
    on to a second and a ``Read more`` link, longer than a bio line under the
    story); the bio stays in the body, and the record says where the byline
    came from. A closing paragraph of the same length that is the story's own
    (someone in the story, a paper, nobody named) stays the story's and names
    no writer."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, bio))
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert story.body[-1] == bio
    codes = {d.code for d in story.diagnostics}
    assert {"author-bio-in-body", "byline-from-author-bio"} <= codes
    story = wirestory.parse_story(_page(*_PARAGRAPHS, near_miss))
    assert story.byline is None or not story.byline.names
    assert story.body[-1] == near_miss
    assert "byline-from-author-bio" not in {d.code for d in story.diagnostics}


def test_a_byline_over_the_story_is_kept_over_the_bio() -> None:
    """With a byline over the story, a bio closing it naming someone else
    gives no second byline: the header's stays."""
    bio = "Tomas Ekdal is a freelance reporter covering the islands and the coast."
    story = wirestory.parse_story(_page(*_PARAGRAPHS, bio, header="By Nora Vinter\nMarch 3, 2025"))
    assert story.byline is not None
    assert story.byline.names == ("Nora Vinter",)
    assert "byline-from-author-bio" not in {d.code for d in story.diagnostics}
    # The same page without the header's byline takes the bio's writer.
    story = wirestory.parse_story(_page(*_PARAGRAPHS, bio))
    assert story.byline is not None
    assert story.byline.names == ("Tomas Ekdal",)


def _far_bio_page(*, name_line: bool) -> str:
    """A magazine's page: the writer's name alone over the rubric and date
    (``name_line``), the headline, a deck, the story, a list of related links,
    then the writer's bio, far under the story's stretch."""
    top = "Nora Vinter\n\n" if name_line else ""
    return (
        f"{_HEADLINE} | The Island Courier\n\nHome\nNews\nIsland\nBusiness\nSport\n\n"
        f"{top}Island\nMarch 3, 2025 2:00 AM\n\n{_HEADLINE}\n\n"
        "The night boats are back, and the island is glad of them.\n\n"
        + "\n\n".join(_PARAGRAPHS)
        + "\n\nYou Might Also Like\n\nThe harbour crane that nobody wants to pay for\n\n"
        "Why the island's last bakery closes on Sundays\n\nA lighthouse keeper's long winter\n\n"
        "Ten walks on the north shore\n\n"
        "Nora Vinter is a freelance reporter covering the islands and the coast.\n\n"
        "Topics ferries islands\n\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\n"
        "© 2025 The Island Courier\n"
    )


def test_a_bio_far_under_the_story_names_the_writer_over_it() -> None:
    """A writer's bio farther under the story than the three blocks a bio is
    looked for in (a list of related links between), its writer's name alone
    on a line over the story: the byline, with ``byline-from-author-bio``.
    Without that name line the bio is too far to vouch for the story: no
    byline."""
    story = wirestory.parse_story(_far_bio_page(name_line=True))
    assert story.byline is not None
    assert story.byline.names == ("Nora Vinter",)
    assert "byline-from-author-bio" in {d.code for d in story.diagnostics}
    story = wirestory.parse_story(_far_bio_page(name_line=False))
    assert story.byline is None or not story.byline.names


# --- Long captions with a labelled credit ----------------------------------

_DIAGRAM = (
    "A cross-section through the floating dock showing the ballast tanks that would "
    "let the dock sink under a ship's hull and rise again with the ship on its deck. "
    "The tanks would be filled and emptied by four pumps in the side walls, with a "
    "control room at the bow and a crane on each wall for lifting parts on board. "
    "(1) ballast tanks, (2) pumps, (3) control room, (4) cranes, (5) deck. "
)


@pytest.mark.parametrize(
    ("credit", "near_miss"),
    [
        (
            "Credit: Island Shipyard",
            # The same words and length, the credit's label inside the block.
            "Credit: Island Shipyard, which drew the dock, said the work would take a year.",
        ),
        (
            "Image credit: Nora Vinter",
            # The label's word in small letters after no sentence's end.
            "The yard said the dock would be paid for on credit: Island Shipyard agreed.",
        ),
    ],
)
def test_a_long_caption_ending_in_a_credit_label(credit: str, near_miss: str) -> None:
    """Science and engineering pages caption a diagram with a paragraph of
    more than 60 words, its credit labelled ``Credit:`` after the last
    sentence: a caption, with ``caption-long``. The same block whose label
    stands inside a sentence, or ends no sentence, stays in the body."""
    story = wirestory.parse_story(
        _page(_PARAGRAPHS[0], _PARAGRAPHS[1], _DIAGRAM + credit, _PARAGRAPHS[2], _PARAGRAPHS[3])
    )
    assert [(c.text, c.credit) for c in story.captions] == [(_DIAGRAM.strip(), credit)]
    assert _DIAGRAM.strip() not in " ".join(story.body)
    assert "caption-long" in {d.code for d in story.diagnostics}
    block = _DIAGRAM + near_miss
    story = wirestory.parse_story(
        _page(_PARAGRAPHS[0], _PARAGRAPHS[1], block, _PARAGRAPHS[2], _PARAGRAPHS[3])
    )
    assert story.captions == ()
    assert block in story.body
    assert "caption-long" not in {d.code for d in story.diagnostics}


def test_a_paragraph_past_the_long_caption_bound_stays_in_the_body() -> None:
    """A block of more than 160 words stays a paragraph, a ``Credit:`` label
    ending it or not (a caption is a paragraph or two); the same diagram's
    caption within the bound is one."""
    long_block = _DIAGRAM * 3 + "Credit: Island Shipyard"
    story = wirestory.parse_story(
        _page(_PARAGRAPHS[0], _PARAGRAPHS[1], long_block, _PARAGRAPHS[2], _PARAGRAPHS[3])
    )
    assert story.captions == ()
    assert long_block in story.body
    story = wirestory.parse_story(
        _page(
            _PARAGRAPHS[0],
            _PARAGRAPHS[1],
            _DIAGRAM + "Credit: Island Shipyard",
            _PARAGRAPHS[2],
            _PARAGRAPHS[3],
        )
    )
    assert len(story.captions) == 1
