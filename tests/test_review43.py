"""The forty-third review round: rules merged for the forty-fourth
silent-wrong round and heldout28 misread other forms of text, silently. A
short title-case headline over the date was taken for a desk's signature and
a first-person headline for a writer's bio (the site's name became the
headline); short wire copy was read as a page; a newsletter-shaped story
sentence at the story's edge, a closing subheading over a quoted last
paragraph, and reported speech naming contributors' views were dropped or
moved to notes; a book review's ``Reviewed by`` writer left no byline; a
writer's sign-off above ``Contributing:`` was thrown away.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory.trailers import classify_trailer

_QUAY_PARAGRAPHS = (
    "Boat owners at Kellsmouth quay say the new mooring fees have doubled their costs "
    "since January, and four boats have left for other harbours.",
    "Orla Brennock, who has kept a trawler at the quay for twenty years, said she would "
    "stay as long as the fish came in.",
    "The harbour board said the fees would be looked at again in the spring.",
)

_QUAY_PAGE = """Kellsmouth Echo
News
Sport
Opinion
{header}
April 9, 2025
{body}
Share this article
Facebook
Twitter
© Kellsmouth Echo 2025
"""


def _quay_page(header: str, first_line: str = "Kellsmouth Echo") -> str:
    text = _QUAY_PAGE.format(header=header, body="\n".join(_QUAY_PARAGRAPHS))
    return text.replace("Kellsmouth Echo\n", first_line + "\n", 1)


# --- 3. A short title-case headline over the date is no desk's signature -----------


@pytest.mark.parametrize(
    "headline",
    [
        "The Lost Harbour",
        "Team GB Triumphs",
        "Press Freedom Day",
        "Staff Walk Out",
        "Harbour News Ends",
        "The Quay Today",
    ],
)
def test_short_headline_over_date_is_no_desk_signature(headline: str) -> None:
    """The walk up to the headline passed it over as ``Web Desk`` is: the
    site's name was the headline (said only ``headline-from-title``)."""
    story = wirestory.parse(_quay_page(headline))[0]
    assert story.headline == headline
    assert list(story.body) == list(_QUAY_PARAGRAPHS)


def test_short_headline_under_skip_link_is_no_desk_signature() -> None:
    story = wirestory.parse(_quay_page("Staff Walk Out", first_line="Skip to content"))[0]
    assert story.headline == "Staff Walk Out"


@pytest.mark.parametrize("desk", ["Web Desk", "Our Correspondent", "Staff Reporter", "Agencies"])
def test_desk_signature_over_date_still_passed_over(desk: str) -> None:
    story = wirestory.parse(_quay_page(f"Mooring fees drive boats from the quay\n{desk}"))[0]
    assert story.headline == "Mooring fees drive boats from the quay"
    assert list(story.body) == list(_QUAY_PARAGRAPHS)


# --- 2. A first-person headline over the date is no writer's bio --------------------


@pytest.mark.parametrize(
    "headline",
    [
        "I'm not giving up on the quay.",
        "I cover my own costs, says the quay's last skipper.",
        "I am the last net-mender in Kellsmouth.",
        "I report what I see on the water.",
    ],
)
def test_first_person_headline_over_date_is_the_headline(headline: str) -> None:
    """Passed over as a contributor's bio under a name, with no name above
    it: the site's name was the headline."""
    story = wirestory.parse(_quay_page(headline))[0]
    assert story.headline == headline
    assert list(story.body) == list(_QUAY_PARAGRAPHS)


def test_first_person_bio_under_a_name_still_passed_over() -> None:
    header = (
        "Mooring fees drive boats from the quay\nOrla Brennock\nContributor\n"
        "I write about boats and the sea."
    )
    story = wirestory.parse(_quay_page(header))[0]
    assert story.headline == "Mooring fees drive boats from the quay"
    assert list(story.body) == list(_QUAY_PARAGRAPHS)


# --- 6. Short wire copy over a list is no menu over a page's headline -------------------

_LINEUPS = """Semi-final teams named
Kellsmouth Rovers
Brennock Athletic
Officials
Both coaches kept the sides that won their quarter-finals for Sunday's tie.
By Ivo Marsh
Kellsmouth Rovers start their young goalkeeper; Brennock Athletic recall their captain.
The tie kicks off at 2pm at the Quay Ground.
"""

_AWARDS = """Harbour bravery awards: this year's winners
Orla Brennock
Ivo Marsh
Dara Quell
Three people from the coast have been given bravery awards for rescues at sea.
April 9, 2025
Orla Brennock pulled two swimmers from the water off Kellsmouth quay in August.
Ivo Marsh and Dara Quell rowed out to a capsized dinghy in a storm.
"""


@pytest.mark.parametrize("text", [_LINEUPS, _AWARDS])
def test_headline_over_list_of_names_is_no_menu(text: str) -> None:
    """Read as a page's menu over a deck, the wire story's first sentence
    was its headline (said only ``short-page-by-furniture``)."""
    story = wirestory.parse(text)[0]
    assert story.layout != "page"
    assert story.headline == text.splitlines()[0]
    assert any(p.startswith(("Both coaches", "Three people")) for p in story.body)


# --- 1. A story's sentence reporting a newsletter at the story's edge ---------------------

_FERRY_PARAGRAPHS = (
    "The ferry company said its bulletin would go out every Thursday with timetable "
    "changes, berth works and fares.",
    "Captain Dara Quell, who asked for the bulletin, said passengers had learned of "
    "cancellations too late.",
)

_FERRY_PAGE = """Kellsmouth Echo
News
Ferry company starts a bulletin for passengers
By Ivo Marsh
Published: 09:15, 9 April 2025
{body}
View full site
Privacy
© Kellsmouth Echo
"""


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        (
            "Never miss a sailing again: that is the promise of the ferry company's new "
            "newsletter, which went out to 4,000 passengers on Monday.",
            True,
        ),
        (
            "Want more details? The berth works plan is published alongside the newsletter.",
            False,
        ),
        (
            "Sign up for the newsletter is free and takes a minute, according to the company.",
            False,
        ),
        (
            "Never miss the bulletin, the company says: its newsletter reached 2,500 "
            "passengers in its first week.",
            False,
        ),
    ],
)
def test_story_sentence_naming_a_newsletter_at_the_edge_stays(sentence: str, first: bool) -> None:
    """Read as a sign-up box's pitch over the first paragraph or under the
    last, the story's sentence was dropped with no diagnostic."""
    body = (sentence, *_FERRY_PARAGRAPHS) if first else (*_FERRY_PARAGRAPHS, sentence)
    story = wirestory.parse(_FERRY_PAGE.format(body="\n".join(body)))[0]
    assert sentence in story.body


@pytest.mark.parametrize(
    "pitch",
    [
        "Sign up for our Harbour Bulletin newsletter and get the quay's news every Friday.",
        "Never miss a sailing: the Harbour Bulletin lands in your inbox every Friday.",
        "Subscribe to the Harbour Bulletin newsletter to hear of cancellations first.",
    ],
)
def test_pitch_under_the_story_still_furniture(pitch: str) -> None:
    story = wirestory.parse(_FERRY_PAGE.format(body="\n".join((*_FERRY_PARAGRAPHS, pitch))))[0]
    assert list(story.body) == list(_FERRY_PARAGRAPHS)


# --- 4. A story's closing subheading over a quoted last paragraph is no review box --------

_CLINIC_PAGE = """Kellsmouth Echo
News
Sport
Clinic faces cuts after health board vote
By Ivo Marsh
April 9, 2025
{body}
Share this article
Facebook
Twitter
© Kellsmouth Echo 2025
"""

_CLINIC_PARAGRAPHS = (
    "The quay clinic will lose a third of its budget next year after the health board cut "
    "its grant to clinics on the coast.",
    "The clinic's manager, Orla Brennock, said two nurses' posts would go and the evening "
    "surgery would close.",
    "Patients have started a petition, and more than 2,000 people have signed it.",
)


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        (
            "What this story means for you",
            "“We will review our sources of money and write to every patient,” Ms Brennock said.",
        ),
        (
            "What this story means for you",
            "We will review our sources of money and write to every patient, Ms Brennock said.",
        ),
        (
            "Why this story matters to you:",
            "Our sources of care are shrinking and we have no article of faith left, she added.",
        ),
    ],
)
def test_closing_subheading_over_speech_stays_in_the_body(heading: str, section: str) -> None:
    """Cut as a health site's closing box (the site speaking of its review),
    the story's last section was lost with no diagnostic."""
    body = "\n".join((*_CLINIC_PARAGRAPHS, heading, section))
    story = wirestory.parse(_CLINIC_PAGE.format(body=body))[0]
    assert section in story.body


def test_closing_box_of_the_site_still_out() -> None:
    box = (
        "How we checked this story:\nOur experts read every source, and we update our "
        "articles when the evidence changes."
    )
    body = "\n".join((*_CLINIC_PARAGRAPHS, box))
    story = wirestory.parse(_CLINIC_PAGE.format(body=body))[0]
    assert list(story.body) == list(_CLINIC_PARAGRAPHS)


# --- 5. Reported speech on contributors' views is no disclaimer -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The views expressed by visiting writers are their own, the harbour trust said on "
        "Monday, adding that it backed none of the speakers.",
        "Opinions expressed by guest bloggers are their own, the trust's chair told reporters.",
        "The opinions expressed by festival authors are their own and do not bind the trust, "
        "organisers said.",
    ],
)
def test_reported_speech_on_contributors_views_stays_in_the_body(sentence: str) -> None:
    """Moved to notes as an opinion page's disclaimer, silently."""
    text = (
        "Trust defends its speakers\nBy Ivo Marsh\n"
        "KELLSMOUTH (AP) — The Kellsmouth harbour trust on Monday defended its choice of "
        "speakers for the sea festival after protests.\n"
        "Two sponsors had threatened to pull out.\n"
        f"{sentence}\n"
    )
    story = wirestory.parse(text)[0]
    assert sentence in story.body
    assert sentence not in story.notes


@pytest.mark.parametrize(
    "disclaimer",
    [
        "Opinions expressed by contributors are their own.",
        "The views expressed by our columnists are their own and not those of Kellsmouth Echo.",
    ],
)
def test_contributors_disclaimer_still_a_note(disclaimer: str) -> None:
    found = classify_trailer(disclaimer)
    assert found is not None
    assert found.kind == "note"


# --- 7. A bare "Reviewed by" under a review's headline is its byline ------------------------

_REVIEW_PAGE = """Kellsmouth Echo
Books
Culture
Opinion
The Salt Ledger by Wren Hollis review: a tide of small mercies
{credit}
April 9, 2025
Wren Hollis's second novel follows a harbourmaster's clerk through one hard winter on the coast.
It is a quiet book, but its last chapters are the best things Hollis has written.
Share this article
Facebook
Twitter
© Kellsmouth Echo 2025
"""


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("Reviewed by Ivo Marsh", ("Ivo Marsh",)),
        ("Reviewed by Ivo Marsh and Orla Brennock", ("Ivo Marsh", "Orla Brennock")),
    ],
)
def test_bare_reviewed_by_is_the_critics_byline(credit: str, names: tuple[str, ...]) -> None:
    """The critic was a ``reviewing`` contributor and the story had no
    byline, with no diagnostic."""
    story = wirestory.parse(_REVIEW_PAGE.format(credit=credit))[0]
    assert story.byline is not None
    assert story.byline.names == names
    assert all(c.role != "reviewing" for c in story.contributors)


@pytest.mark.parametrize(
    "credit",
    ["Medically reviewed by Ivo Marsh", "Fact checked by Ivo Marsh", "Reviewed by Ivo Marsh, RN"],
)
def test_experts_review_stays_a_reviewing_contributor(credit: str) -> None:
    story = wirestory.parse(_REVIEW_PAGE.format(credit=credit))[0]
    assert [(c.name, c.role) for c in story.contributors] == [("Ivo Marsh", "reviewing")]
    assert story.byline is None


# --- 8. A writer's sign-off over "Contributing:" with no byline above -------------------


# The story's last paragraph reports speech: one sentence of no speech over
# the sign-off is read as a photo's caption and the sign-off its credit (as
# at the branch point; not this round's rule).
_CLINIC_CLOSE = (
    "The health board said it had no choice after its own grant from the government was cut, "
    "and that other clinics on the coast would face the same."
)


@pytest.mark.parametrize(
    "contributing", ["Contributing: Dara Quell", "Contributing: Dara Quell, The Kellsmouth Echo"]
)
def test_sign_off_over_contributing_is_the_byline(contributing: str) -> None:
    """With no byline in the header, the sign-off was furniture: the writer
    was in no field, with no diagnostic."""
    paragraphs = (*_CLINIC_PARAGRAPHS, _CLINIC_CLOSE)
    body = "\n".join((*paragraphs, "Ivo Marsh, The Kellsmouth Echo", contributing))
    text = _CLINIC_PAGE.format(body=body).replace("By Ivo Marsh\n", "")
    story = wirestory.parse(text)[0]
    assert story.byline is not None
    assert story.byline.names == ("Ivo Marsh",)
    assert ("Dara Quell", "contributing") in [(c.name, c.role) for c in story.contributors]
    assert "byline-after-story" in _codes(story)
    assert list(story.body) == list(paragraphs)


def test_sign_off_under_a_header_byline_stays_furniture() -> None:
    body = "\n".join(
        (
            *_CLINIC_PARAGRAPHS,
            _CLINIC_CLOSE,
            "Ivo Marsh, The Kellsmouth Echo",
            "Contributing: Dara Quell",
        )
    )
    story = wirestory.parse(_CLINIC_PAGE.format(body=body))[0]
    assert story.byline is not None
    assert story.byline.raw == "By Ivo Marsh"
    assert "byline-after-story" not in _codes(story)
