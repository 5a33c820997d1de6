"""alarms64: false alarms the last session left, each probed with invented
text first. Each false alarm's probe asserts the code is absent on the right
reading; each twin asserts it still fires on the form the rule was made for.

- ``paragraph-may-be-caption`` on a sentence of fact between two
  ``Advertisement`` labels whose count is spelled out (``The operator runs
  six boats between the islands.``): agency style writes numbers under ten
  as words, a figure as a digit was already a fact's sentence. (Reverted in
  review65, a strict xfail: captions spell counts too.)
- ``headline-may-be-site-name`` on a headline in title case over its deck
  under a section's title (``News | Harbour Ferry Strike``): the deck and
  the lede under it tell each of its words, as they restate a headline and
  not a site's name. (Reverted in review65, a strict xfail: a place-named
  masthead's words are told by its lede as well.)
- ``closing-sentence-may-be-notice`` on a Burmese story's last sentence
  closing on "can" (``…နိုင်သည်။``) with no reader's act in it, or using
  ``သင့်တော်`` (appropriate); a sentence naming the reader (``သင့်``, your,
  its marks in either order: review65) is said now, as the rule meant.

Every page and line here is invented.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from story_checks import one_story as _one

import wirestory

# --- 1. A sentence of fact between two ad labels ----------------------------------

_FERRY_HEAD = (
    "The Harbour Gazette\nHome\nNews\nSport\nBusiness\n\n"
    "Ferry firm adds two boats to island routes\n\nBy Jane Roe\nMarch 4, 2025\n\n"
)
_FERRY_LEAD = (
    "The island ferry company said on Monday it would add two boats to its routes next "
    "month, after a summer of crowded crossings and long queues at the pier.\n\n"
)
_FERRY_REST = (
    "Passengers have complained for years about delays on the morning crossing, which "
    "carries most of the workers who commute to the mainland.\n\n"
    "The company said the new boats would cut the wait at the busiest hours by half, and "
    "that fares would not rise this year.\n\nContact us\nPrivacy policy\n"
)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "review65: the spelled count's quieting silenced real captions (``Passengers "
        "board one of the two ferries at the northern pier.``) and is reverted: the "
        "false alarm stands"
    ),
)
@pytest.mark.parametrize(
    ("label", "short"),
    [
        ("Advertisement", "The operator runs six boats between the islands."),
        ("ADVERTISEMENT", "The operator runs six boats between the islands."),
        ("Advertisement", "The crossing takes two hours in calm weather."),
        ("Advertisement", "Crews work three shifts on the quay."),
    ],
)
def test_a_spelled_count_between_ad_labels_is_a_fact(label: str, short: str) -> None:
    # Before: said paragraph-may-be-caption (a place, no digit: a scene).
    story = _one(_FERRY_HEAD + _FERRY_LEAD + f"{label}\n\n{short}\n\n{label}\n\n" + _FERRY_REST)
    assert story.headline == "Ferry firm adds two boats to island routes"
    assert len(story.body) == 4
    assert story.body[1] == short
    assert "paragraph-may-be-caption" not in _codes(story)


@pytest.mark.parametrize(
    "short",
    [
        "A ferry leaves the northern harbour at dawn.",
        # A caption's opening count names the people in the picture.
        "Two children play on the quay at dawn.",
    ],
)
def test_a_scene_between_ad_labels_is_still_said(short: str) -> None:
    story = _one(
        _FERRY_HEAD + _FERRY_LEAD + f"Advertisement\n\n{short}\n\nAdvertisement\n\n" + _FERRY_REST
    )
    assert story.body[1] == short
    assert "paragraph-may-be-caption" in _codes(story)


# --- 2. A headline in title case over its deck --------------------------------------

_STRIKE_LEDE = (
    "The harbour's ferry crews went on strike on Monday over a pay offer they called an "
    "insult, leaving hundreds of commuters stranded at the pier.\n\n"
    "The union said the walkout would last until the company returned to talks.\n\n"
)
_CREWS_LEDE = (
    "Crews on the island ferries walked out on Monday over a pay offer they called an "
    "insult, leaving hundreds of commuters stranded at the pier.\n\n"
    "The union said the walkout would last until the company returned to talks.\n\n"
)


def _titled(title: str, head: str, deck: str, lede: str) -> str:
    return f"{title}\n\n{head}\n\n{deck}\n\nBy Anna Berg\nMarch 4, 2025\n\n{lede}Contact us\n"


@pytest.mark.xfail(
    strict=True,
    reason=(
        "review65: the lede's echo silenced a place-named masthead (``Harbour Today`` "
        "/ ``… went on strike today …``) and is reverted: the false alarm stands"
    ),
)
@pytest.mark.parametrize(
    ("title", "head", "deck", "lede"),
    [
        (
            "Sport | Harbour Ferry Strike",
            "Harbour Ferry Strike",
            "Strike leaves ferries idle at the harbour",
            _STRIKE_LEDE,
        ),
        (
            "News | Harbour Ferry Strike",
            "Harbour Ferry Strike",
            "Crews walk out over pay on the island routes",
            _STRIKE_LEDE,
        ),
        (
            "News | Ferry Crews Walk Out",
            "Ferry Crews Walk Out",
            "Pay offer rejected on the island routes",
            _CREWS_LEDE,
        ),
    ],
)
def test_a_title_case_headline_its_deck_and_lede_restate_is_unsaid(
    title: str, head: str, deck: str, lede: str
) -> None:
    # Before: said headline-may-be-site-name (a name's shape under a section's
    # title, ending in no outlet's word).
    story = _one(_titled(title, head, deck, lede))
    assert story.headline == head
    assert story.byline is not None
    assert story.byline.names == ("Anna Berg",)
    assert story.body == tuple(lede.strip().split("\n\n"))
    assert "headline-may-be-site-name" not in _codes(story)


@pytest.mark.parametrize(
    ("head", "deck", "lede"),
    [
        # A site's name the story does not tell word for word.
        ("Harbour Notes", "Harbour ferry crews walk out", _STRIKE_LEDE),
        # A headline whose words the lede does not all tell reads the same.
        ("Harbour Ferry Strike", "Crews walk out over pay on the island routes", _CREWS_LEDE),
    ],
)
def test_a_name_under_a_section_title_not_told_under_it_is_still_said(
    head: str, deck: str, lede: str
) -> None:
    story = _one(_titled(f"News | {head}", head, deck, lede))
    assert story.headline == head
    assert "headline-may-be-site-name" in _codes(story)


# --- 3. A Burmese story's last sentence ----------------------------------------------

_BURMESE_HEAD = (
    "ရွှေတောင်သတင်း\nပင်မစာမျက်နှာ\nပြည်တွင်း\nအားကစား\n\nမြို့နယ်တွင် တံတားအသစ် ဖွင့်လှစ်\n\n"
    "ရေးသားသူ: ဇော်မင်းထွန်း\n၂၀၂၅ ခုနှစ် မတ်လ ၄ ရက်\n\n"
)
_BURMESE = (
    "မြို့နယ်တွင် မြစ်ကိုဖြတ်ကျော်သည့် တံတားအသစ်ကို တနင်္လာနေ့က တရားဝင်ဖွင့်လှစ်ခဲ့သည်။",
    "တံတားသည် မီတာငါးရာ ရှည်ပြီး ကားများ နှစ်ဖက်စလုံး သွားလာနိုင်သည်။",
)
_BURMESE_FOOT = "\n\nဆက်သွယ်ရန်\nကိုယ်ရေးအချက်အလက်မူဝါဒ\n"


def _burmese(last: str) -> wirestory.Story:
    return _one(_BURMESE_HEAD + "\n\n".join((*_BURMESE, last)) + _BURMESE_FOOT)


@pytest.mark.parametrize(
    "last",
    [
        # Cars can pass both ways now.
        "ယခု ကားများ နှစ်ဖက်စလုံး သွားလာနိုင်သည်။",
        # Farmers can carry their goods to town easily.
        "လယ်သမားများ ကုန်ပစ္စည်းများကို မြို့သို့ လွယ်ကူစွာ ပို့ဆောင်နိုင်သည်။",
        # The place is appropriate for shops (pins: said by nothing before
        # either, the reader's word being looked for in another order).
        "ဤနေရာသည် ဈေးဆိုင်များအတွက် သင့်တော်သည်။",
    ],
)
def test_a_burmese_story_s_last_sentence_says_nothing(last: str) -> None:
    story = _burmese(last)
    assert story.body == (*_BURMESE, last)
    assert "closing-sentence-may-be-notice" not in _codes(story)


@pytest.mark.parametrize(
    "last",
    [
        # You can share this article with friends.
        "ဤဆောင်းပါးကို မိတ်ဆွေများထံ မျှဝေနိုင်သည်။",
        # You can share this news (a bid's verb, no article named).
        "ဤသတင်းကို မျှဝေနိုင်သည်။",
        # It is free for you (the reader named; silent before: the word was
        # looked for with its signs in the other order, never found in NFC).
        "သင့်အတွက် အခမဲ့ဖြစ်သည်။",
    ],
)
def test_a_burmese_prompt_under_the_story_is_still_said(last: str) -> None:
    story = _burmese(last)
    assert story.body[-1] == last
    assert "closing-sentence-may-be-notice" in _codes(story)


# --- 4. One video's box with the story going on under it -----------------------------

_FERRY_ABOVE = (
    "The ferry to the outer islands was halted on Monday after a fault was found in one of "
    "its engines during a routine check.",
    "The operator said a replacement boat would run a reduced timetable from Wednesday, with "
    "the first crossing at nine o'clock.",
)
_FERRY_BELOW = (
    "Hospital appointments on the mainland will be moved for patients who cannot travel, a "
    "health board spokeswoman said.",
    "Schoolchildren who board in town during the week will stay there until the weekend, "
    "their parents were told.",
    "A second inspection is due on Thursday.",
)
_VIDEO_BOX = ("Video", "Watch: the ferry leaves the harbour", "0:45")


def _ferry_page(*blocks: str) -> wirestory.Story:
    return _one(
        "Ferry halted | The Island Courier\n\nHome\nNews\nIslands\nSport\n\n"
        "Ferry halted after engine fault\n\nBy Anna Berg\nMarch 4, 2025\n\n"
        + "\n\n".join(blocks)
        + "\n\nAbout us\nContact us\nPrivacy Policy\n"
    )


@pytest.mark.xfail(
    strict=True,
    reason=(
        "review65: another story's lede reports speech too (``…, the mayor said on "
        "Tuesday.``); the quieting hid it and is reverted: the false alarm stands"
    ),
)
@pytest.mark.parametrize("below", [_FERRY_BELOW, _FERRY_BELOW[:2]])
def test_the_story_going_on_under_one_video_s_box_says_nothing(below: tuple[str, ...]) -> None:
    # Before: said story-runs-past-listing (the paragraphs below share few
    # words with the two above).
    story = _ferry_page(*_FERRY_ABOVE, *_VIDEO_BOX, *below)
    assert story.body == (*_FERRY_ABOVE, *below)
    assert "story-runs-past-listing" not in _codes(story)


def test_a_video_s_description_quoting_nobody_over_the_story_is_still_said() -> None:
    # The neighbour: the block right under the box tells what the video shows
    # and quotes nobody; the story's paragraphs follow.
    description = (
        "Crews in orange jackets wave from the deck as the ferry pulls away from the "
        "quay in a light rain."
    )
    story = _ferry_page(*_FERRY_ABOVE, *_VIDEO_BOX, description, *_FERRY_BELOW[1:])
    codes = _codes(story)
    assert "story-runs-past-listing" in codes or "story-ended-at-listing" in codes
