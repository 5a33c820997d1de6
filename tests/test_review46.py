"""Review of heldout29's rules (review46): texts close to the forms that
round taught, on which its rules must not fire.

- A new furniture phrase that is a section's label under or over a story
  (``Contacts``, ``Line-ups``, ``Player ratings``, ``Service schedule``,
  ``Follow``) standing between two of the story's paragraphs is the story's
  subheading: heldout29 left it out, silently.
- ``Go to the full …`` (a text-only page's link) opening the story's last
  sentence left the sentence out, silently.
- A share bar under a story over a list of the latest stories, each under
  its ``2h ago`` stamp, was read as a live blog's buttons: the teasers were
  glued to the story.
- A radio page's host named alone under ``Heard on …`` over the audio's
  buttons, no byline read, now says so (``byline-name-unread``).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory

_TOP = "The Kelby Lantern\nHome\nNews\nSport\nBusiness\n"
_BOTTOM = "Privacy policy\nTerms of use\n© The Kelby Lantern 2025\n"
_HEAD = "Ferry crew's last crossing draws a crowd\nBy Nessa Quarles\nApril 2, 2025\n"
_FIRST = (
    "Hundreds of people lined the quay on Sunday to watch the old car ferry make its last "
    "crossing before it is towed away to be broken up."
)
_SECOND = (
    "The ferry has run between the town and the island for 41 years, and some of its crew "
    "have worked on it for more than half that time."
)
_THIRD = (
    "Its replacement, an electric ferry built in a yard up the coast, will carry twice as many "
    "cars and is due to enter service next month."
)
_FOURTH = (
    "The harbour master said the quay would be closed to traffic for two hours on the day of "
    "the first crossing."
)


def _page(story: str) -> wirestory.Story:
    return wirestory.parse(f"{_TOP}{_HEAD}{story}{_BOTTOM}")[0]


@pytest.mark.parametrize(
    "label", ["Contacts", "Line-ups", "Player ratings", "Service schedule", "Follow", "Match stats"]
)
def test_section_label_between_paragraphs_is_a_subheading(label: str) -> None:
    """Left out as furniture (``in-story:furniture-phrase``) at 3164c83, no
    diagnostic."""
    story = _page(f"{_FIRST}\n{_SECOND}\n{label}\n{_THIRD}\n{_FOURTH}\n")
    assert story.body == (_FIRST, _SECOND, label, _THIRD, _FOURTH)


def test_section_label_under_the_story_stays_furniture() -> None:
    """The same label under the story's paragraphs heads the site's own
    section (a newswire's contacts): no body."""
    story = _page(
        f"{_FIRST}\n{_SECOND}\n{_THIRD}\nContacts\nMedia:\nTilde Marsh\npress@ferries.example\n"
    )
    assert story.body == (_FIRST, _SECOND, _THIRD)


def test_story_sentence_opening_go_to_the_full_is_kept() -> None:
    """A sentence of the story, ending in a full stop, is no text-only page's
    ``Go to the full … experience`` link."""
    close = "Go to the full timetable on the operator's website to see the new sailing times."
    story = _page(f"{_FIRST}\n{_SECOND}\n{_THIRD}\n{close}\n")
    assert story.body == (_FIRST, _SECOND, _THIRD, close)


def test_go_to_the_full_site_link_stays_furniture() -> None:
    story = _page(f"{_FIRST}\n{_SECOND}\n{_THIRD}\nGo to the full Kelby Lantern experience\n")
    assert story.body == (_FIRST, _SECOND, _THIRD)


_LATEST = (
    "2h ago\n"
    "Lifeboat crew called out twice in one night\n"
    "The lifeboat was launched twice overnight to help a yacht with a broken mast and a "
    "kayaker swept away from the beach.\n"
    "4h ago\n"
    "Bakery on Quay Street to close after 90 years\n"
    "The family that has run the bakery since 1935 says nobody in the next generation wants "
    "to take it on.\n"
)


def test_share_bar_over_a_stamped_list_of_stories_ends_the_story() -> None:
    """A share bar under the story, then the latest stories under their
    stamps, each closed by no share button: no live blog. Read as one at
    3164c83, the teasers were glued to the story."""
    story = _page(f"{_FIRST}\n{_SECOND}\n{_THIRD}\nShare\nFacebook\nTwitter\nEmail\n{_LATEST}")
    assert story.body == (_FIRST, _SECOND, _THIRD)


def test_live_blog_entries_each_closed_by_share_are_read_on() -> None:
    """The entries closed alike by one share button each are a live blog's:
    heldout29's reading stands."""
    story = _page(
        f"{_FIRST}\nCopy link\nShare\n2h ago\nCrowd gathers on the quay\n{_SECOND}\n"
        f"Copy link\nShare\n3h ago\nReplacement due next month\n{_THIRD}\nCopy link\nShare\n"
    )
    assert story.body == (
        _FIRST,
        "Crowd gathers on the quay",
        _SECOND,
        "Replacement due next month",
        _THIRD,
    )


_RADIO = (
    "Harbour Sound Radio\nDonate\nNews\nPodcasts\n"
    "How a ferry town says goodbye to its oldest boat\n"
    "April 2, 2025 6:10 AM ET\n"
    "Heard on Coast Mornings\n"
    "{name}\n"
    "3-Minute Listen\n"
    "Playlist\n"
    "Transcript\n"
    "{label}, HOST:\n"
    "The old car ferry made its last crossing on Sunday. I went down to the quay to meet the "
    "people who came to wave it off.\n"
    "ORLA PENWITH: My father worked on her for twenty years. It feels like the end of "
    "something.\n"
    "{surname}: What will you miss most?\n"
    "PENWITH: The sound of the ramp coming down in the morning, I think.\n"
    "Copyright © 2025 Harbour Sound Radio. All rights reserved.\n"
)


def test_radio_host_named_alone_over_the_audio_is_said() -> None:
    """The host's name under ``Heard on …`` was left out with no byline read
    and no diagnostic at 3164c83."""
    page = _RADIO.format(name="Bryn Talcott", label="BRYN TALCOTT", surname="TALCOTT")
    story = wirestory.parse(page)[0]
    assert story.byline is None
    [said] = [d for d in story.diagnostics if d.code == "byline-name-unread"]
    assert "'Bryn Talcott'" in said.message


def test_header_line_of_no_name_is_not_said() -> None:
    """A program's name of a name's shape that no line repeats and no given
    name opens is not doubted."""
    page = _RADIO.format(name="Coast Mornings", label="BRYN TALCOTT", surname="TALCOTT")
    story = wirestory.parse(page)[0]
    assert "byline-name-unread" not in _codes(story)
