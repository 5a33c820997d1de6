"""Review of the nineteenth held-out round's and the thirty-second
silent-wrong round's new rules: the texts they may misread.

Fixed: heldout19 made a spaced asterism (``* * *``) a trailer's separator,
so that a dump's rule between two stories stops being the first story's last
paragraph; a feature's section break of the same marks, with the story's last
section under it, then made that section the story's notes (wire copy, a
page, a dump's marked story alike), with no word said.

Fixed too: heldout19's credit after the danda or the CJK full stop took a
story's sentence opening with a photo label (``… चलेगी। फोटो: प्रदर्शनी में …``,
``…开幕。图片：展览将持续到五月底，…。``) for a credit, the paragraph a caption.

Flagged: wire copy or a plain article opening with a kicker and a section's
name over its headline (``UPDATE`` / ``Markets`` / the headline / ``By Jane
Roe``) read the section's name as the headline and the headline as its deck,
silently; the one-word headline over a deck now says ``headline-may-be-kicker``,
as does a word of letters right over another (``WORLD`` / ``Politics``), under
which the headline and byline were read into the body.

Every line here is invented, in the shape of real page text or wire copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from news_pages import LIBRARY_STORY, library_story

import wirestory

_HEADLINE = "Council votes to close the old library"


def _wire(*paragraphs: str) -> wirestory.Story:
    text = f"{_HEADLINE}\n\nBy Jane Roe\n\nLONDON (Reuters) - " + "\n\n".join(paragraphs) + "\n"
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="wire"))
    return story


def _marked_dump(*paragraphs: str) -> list[wirestory.Story]:
    """Two stories of a dump's marked layout (headline, caption, ``TT``, the
    header shown again), the first one's paragraphs ``paragraphs``."""
    first = (
        "Bridge Reopens After Repairs\n\nCars cross the bridge in Basra on Monday. (AFP)\nTT\n\n"
        "Bridge Reopens After Repairs\n\nCars cross the bridge in Basra on Monday. (AFP)\n\n"
    )
    header = "Schools Begin Free Meal Program\n\nPupils eat lunch at a school in Tunis. (Reuters)"
    second = (
        f"{header}\nTT\n\n{header}\n\n"
        "Public schools began serving free lunches on Tuesday to a million pupils.\n"
    )
    return wirestory.parse(first + "\n\n".join(paragraphs) + "\n\n" + second)


# --- A section break of spaced stars inside one story ---------------------------------

_BRIDGE = (
    "The main bridge over the river reopened on Monday after eight months of repairs.",
    "Traffic was light in the morning as drivers returned to the old route into the city.",
    "Engineers said the bridge could now carry heavier trucks than before the works.",
)


@pytest.mark.parametrize("rule", ["* * *", "*  *  *", " * * * * "])
def test_section_break_in_wire_copy_keeps_the_last_section(rule: str) -> None:
    """The paragraph under the break was the story's note."""
    story = _wire(*LIBRARY_STORY[:2], rule, *LIBRARY_STORY[2:])
    assert story.body[-len(LIBRARY_STORY[2:]) :] == LIBRARY_STORY[2:]
    assert story.notes == ()


def test_section_break_in_a_page_story_keeps_the_last_section() -> None:
    story = library_story(*LIBRARY_STORY[:2], "* * *", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], "* * *", *LIBRARY_STORY[2:])


def test_section_break_in_a_dump_story_keeps_the_last_section() -> None:
    first, second = _marked_dump(*_BRIDGE[:2], "* * *", _BRIDGE[2])
    assert first.body == (*_BRIDGE[:2], "* * *", _BRIDGE[2])
    assert second.headline == "Schools Begin Free Meal Program"


@pytest.mark.parametrize("rule", ["***", "___", "---"])
def test_unspaced_rule_over_a_note_still_ends_the_story(rule: str) -> None:
    """A rule drawn unspaced is still the rule over the story's notes, whatever
    they say."""
    note = "Readers can write to the council until the end of the month."
    story = _wire(*LIBRARY_STORY[:2], rule, note)
    assert story.body[-1] == LIBRARY_STORY[1]
    assert note in story.notes


def test_spaced_rule_between_dump_stories_still_splits_them() -> None:
    first, second = _marked_dump(*_BRIDGE, "* * *")
    assert first.body == _BRIDGE
    assert second.headline == "Schools Begin Free Meal Program"


# --- A kicker and a section's name over wire copy's headline --------------------------


def _plain(top: str) -> wirestory.Story:
    text = f"{top}\nBy Jane Roe\nMarch 4, 2025\n\n" + "\n\n".join(LIBRARY_STORY[:3]) + "\n"
    return wirestory.parse(text)[0]


@pytest.mark.parametrize(
    "top", [f"UPDATE\nMarkets\n{_HEADLINE}", f"EXCLUSIVE\nBusiness\n\n{_HEADLINE}\n"]
)
def test_section_over_the_headline_is_flagged(top: str) -> None:
    """The section's name was the headline, the headline its deck, silently."""
    story = _plain(top)
    assert story.headline in ("Markets", "Business")
    assert story.standfirst == _HEADLINE
    assert "headline-may-be-kicker" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "top", [_HEADLINE, f"{_HEADLINE}\nThe council says repairs would cost more than a new branch"]
)
def test_headline_over_its_deck_says_nothing(top: str) -> None:
    story = _plain(top)
    assert story.headline == _HEADLINE
    assert "headline-may-be-kicker" not in [d.code for d in story.diagnostics]


# --- A story's sentence after a danda or the CJK full stop opening with a photo label -


_HELDOUT19 = Path(__file__).parent / "cases_heldout19"


@pytest.mark.parametrize(
    "sentence",
    [
        "मेयर ने कहा कि नई लाइन अगले महीने से रात में भी चलेगी। फोटो: प्रदर्शनी में मेट्रो के "
        "निर्माण की सौ तस्वीरें रखी गई हैं।",
        "展览周一在市博物馆开幕，共展出三百张老照片。图片：展览将持续到五月底，市民可免费参观。",
    ],
)
def test_sentence_after_a_photo_label_is_no_credit(sentence: str) -> None:
    """The sentence after the label was the credit of a caption: the
    paragraph left the body for the captions, silently."""
    assert wirestory.captions.split_page_credit(sentence)[1] is None


@pytest.mark.parametrize(
    ("case", "anchor", "paragraph"),
    [
        (
            "hindi_lekhak",
            "परियोजना पर लगभग",
            "मेयर ने कहा कि नई लाइन अगले महीने से रात में भी चलेगी। फोटो: प्रदर्शनी में मेट्रो "
            "के निर्माण की सौ तस्वीरें रखी गई हैं।",
        ),
        (
            "chinese_jizhe",
            "该项目总投资",
            "馆长说，新馆周末也将开放。图片：读者可在二楼的展厅看到老馆的旧照片，展览持续到五月。",
        ),
    ],
)
def test_page_paragraph_after_a_photo_label_stays_in_the_body(
    case: str, anchor: str, paragraph: str
) -> None:
    text = (_HELDOUT19 / f"{case}.txt").read_text(encoding="utf-8")
    [story] = wirestory.parse(text.replace(anchor, f"{paragraph}\n\n{anchor}", 1))
    # The body's full-width punctuation is folded (``，`` to ``,``): the
    # paragraph is asked by its opening words.
    assert [p for p in story.body if p.startswith(paragraph[:3])]
    assert len(story.captions) == 1


@pytest.mark.parametrize(
    "caption", ["पुस्तकालय में पढ़ते छात्र। फोटो: पीटीआई", "市民在阅览室看书。图片来源：新华社"]
)
def test_credit_after_a_danda_or_cjk_full_stop_is_still_read(caption: str) -> None:
    assert wirestory.captions.split_page_credit(caption)[1] is not None


@pytest.mark.parametrize(
    "top", [f"WORLD\nPolitics\n{_HEADLINE}", f"WORLD\nPolitics\n\n{_HEADLINE}\n"]
)
def test_kicker_over_a_section_over_the_headline_is_flagged(top: str) -> None:
    """``WORLD`` was the headline, the section, headline and byline the body's
    first paragraphs, silently."""
    story = _plain(top)
    assert story.headline == "WORLD"
    assert "headline-may-be-kicker" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "top",
    [
        "Obituaries",
        "https://example.com/news/1\nhttps://example.com/news/2",
    ],
)
def test_one_word_over_the_byline_or_addresses_says_nothing(top: str) -> None:
    story = _plain(top)
    assert "headline-may-be-kicker" not in [d.code for d in story.diagnostics]
