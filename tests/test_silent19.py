"""Never silently wrong, nineteenth round: forms that came out wrong with no
diagnostic, each re-created with invented text. Each test failed on the code
before; the near-misses read like them and stay as they were."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, news_page
from news_pages import library_story as _page
from story_checks import codes as _codes

import wirestory
from wirestory import ParseOptions

PAGE = ParseOptions(layout="page")

_P1, _P2, _P3, _P4 = LIBRARY_STORY


# --- 1. A newsletter platform's call to action ---------------------------------------

_PROMPTS = [
    # Substack's, the publication's name between the thanks and the bidding.
    "Thanks for reading The Vale Letter! Subscribe for free to receive new posts and "
    "support my work.",
    "Thanks for reading Harbour Notes! This post is public so feel free to share it.",
    # Medium's, under a post's preview.
    "Sign up to discover human stories that deepen your understanding of the world.",
]


@pytest.mark.parametrize("prompt", _PROMPTS)
@pytest.mark.parametrize("where", ["end", "between"])
def test_a_platforms_call_to_action_leaves_the_body(prompt: str, where: str) -> None:
    """The platform's prompt, at the story's end or alone between its
    paragraphs, is furniture: the story's four paragraphs are its body."""
    blocks = [_P1, _P2, _P3, _P4, prompt] if where == "end" else [_P1, _P2, prompt, _P3, _P4]
    story = _page(*blocks)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for reading the report so closely, the mayor told members.",
        "Thanks for reading it, she said.",
        "Sign up to help at the library by calling the council on a weekday morning.",
    ],
)
def test_a_story_sentence_opening_like_a_prompt_stays(sentence: str) -> None:
    """A story's sentence opening with the thanks (no second sentence bidding
    the reader subscribe) or with ``Sign up to`` stays in the body."""
    story = _page(_P1, _P2, sentence, _P3, _P4)
    assert sentence in story.body


# --- 2. A WordPress caption shortcode in the body ------------------------------------

_SHORTCODE = (
    '[caption id="attachment_12" align="alignnone" width="800"]<img src="quay.jpg" '
    'alt="" width="800" height="533" /> The quay at dawn. Photo: Jane Roe[/caption]'
)


def test_a_caption_shortcode_in_the_body_is_flagged() -> None:
    """The shortcode, markup and all, between the story's paragraphs: kept
    as a paragraph, the story says so."""
    text = news_page(
        _P1,
        _SHORTCODE,
        _P2,
        _P3,
        headline="Council votes to close old library",
        header="By Jane Roe",
        site="The Vale Post",
        year=2025,
    )
    [story] = wirestory.parse(text, options=PAGE)
    assert "caption-markup-in-body" in _codes(story)
    assert _SHORTCODE in story.body


def test_square_brackets_in_a_paragraph_are_no_shortcode() -> None:
    """An editor's note in square brackets is the story's: no diagnostic."""
    story = _page(_P1, "[The council later said the vote was delayed.]", _P2, _P3)
    assert "caption-markup-in-body" not in _codes(story)


# --- 3. A press release's boilerplate at its end -------------------------------------

_ABOUT = (
    "Vale Energy is a power company based in Valeford that supplies homes across the "
    "valley. It was founded in 1998."
)


@pytest.mark.parametrize("rule", [(), ("###",)])
def test_a_releases_about_boilerplate_is_flagged(rule: tuple[str, ...]) -> None:
    """``About Vale Energy`` then ``Vale Energy is a …`` at the story's end
    (after ``###`` or not): kept as the story's, the story says so."""
    story = _page(_P1, _P2, _P3, _P4, *rule, "About Vale Energy", _ABOUT)
    assert "release-boilerplate-in-body" in _codes(story)


@pytest.mark.parametrize(
    "blocks",
    [
        # A subheading naming something else than the next paragraph's subject.
        (_P1, _P2, _P3, _P4, "About the vote", _ABOUT),
        # Near the story's top: a feature's subheading.
        (_P1, "About Vale Energy", _ABOUT, _P2, _P3, _P4),
    ],
)
def test_an_about_subheading_of_the_story_is_not_flagged(blocks: tuple[str, ...]) -> None:
    """The heading and the paragraph must name the same company, in the story's
    second half."""
    story = _page(*blocks)
    assert "release-boilerplate-in-body" not in _codes(story)


# --- 4. A kicker before the headline's bar -------------------------------------------


@pytest.mark.parametrize("kicker", ["Local", "Local News", "Opinion"])
def test_a_kicker_before_a_bar_leaves_the_headline(kicker: str) -> None:
    """``Local | Council votes to close library``: a section's name of one or
    two words before a clause is the kicker; the headline is the clause."""
    story = _page(_P1, _P2, _P3, _P4, headline=f"{kicker} | Council votes to close library")
    assert story.headline == "Council votes to close library"


@pytest.mark.parametrize(
    "headline",
    [
        # Two clauses: a headline of two parts.
        "Rates rise again | Markets fall",
        # A first piece of three words is no section's name.
        "Vale Council Library | Council votes to close it",
    ],
)
def test_a_piped_headline_without_a_kicker_stays_whole(headline: str) -> None:
    story = _page(_P1, _P2, _P3, _P4, headline=headline)
    assert story.headline == headline


# --- 5. A caption's credit after a bar, no agency named ------------------------------

_CLEARING = "Crews clear the road near the quay on Monday."


def test_a_credit_after_a_bar_makes_a_caption() -> None:
    """``… on Monday. | Jane Roe/The Vale Post`` between paragraphs: the staff
    photographer and the paper after a bar are the caption's credit."""
    story = _page(_P1, f"{_CLEARING} | Jane Roe/The Vale Post", _P2, _P3, _P4)
    assert [(c.text, c.credit) for c in story.captions] == [(_CLEARING, "Jane Roe/The Vale Post")]
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "block",
    [
        # No sentence ends before the bar.
        "Crews clear the road near the quay | Jane Roe/The Vale Post",
        # After the bar no photographer and paper.
        f"{_CLEARING} | Read more from the quay",
    ],
)
def test_a_bar_without_a_photographers_credit_makes_no_caption(block: str) -> None:
    story = _page(_P1, block, _P2, _P3, _P4)
    assert not any(c.credit == "Jane Roe/The Vale Post" for c in story.captions)
    assert not any(c.text == _CLEARING for c in story.captions)


# --- 5b. TV call letters alone as a caption's credit ---------------------------------


@pytest.mark.parametrize("letters", ["WVAL", "KVAL-TV"])
def test_call_letters_alone_as_a_credit_are_flagged(letters: str) -> None:
    """``… on Monday. (WVAL)`` between paragraphs: kept as the story's (the
    letters are an organisation's initials too), the story says so."""
    story = _page(_P1, f"{_CLEARING} ({letters})", _P2, _P3, _P4)
    assert "paragraph-may-be-caption" in _codes(story)


@pytest.mark.parametrize(
    "block",
    [
        # The letters inside the sentence.
        "Crews told a reporter (WVAL) that the road near the quay would reopen on Monday.",
        # Three letters after the K: a station; one more is none.
        f"{_CLEARING} (WVALX)",
    ],
)
def test_letters_in_brackets_inside_a_paragraph_are_not_flagged(block: str) -> None:
    story = _page(_P1, block, _P2, _P3, _P4)
    assert "paragraph-may-be-caption" not in _codes(story)
