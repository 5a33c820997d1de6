"""The thirty-first silent round's review: where silent31's new rules misfire.
A note to editors' shape caught headlines that address editors or use the verb
(``Editors, kill time with our quiz``: story-withdrawn); ``By Sgt. 1st Class``
named a rank as the writer; ``Video by Reuters`` made the agency a person; an
ordinary one-sentence lede told in other words than its headline said
opening-may-be-teaser; a photo's caption telling a figure in a clause under
its description (``… a blaze that caused $2 million in damage. (AFP)``) said
caption-may-be-paragraph; a section's label over the byline in headless text
(``Opinion`` / ``By Mark Ellison``) was the headline, silently. Each near miss
keeps silent31's reading.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story, news_page
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_byline, find_page_byline


def _parse(text: str, layout: str) -> wirestory.Story:
    stories = wirestory.parse(text, options=wirestory.ParseOptions(layout=layout))  # type: ignore[arg-type]
    story = stories[0]
    assert "".join(text[seg.start : seg.end] for seg in story.segments) == text
    return story


# --- A headline using the verb or addressing editors is no kill notice ------------------

_GUNMAN_LEAD = "LEEDS (Reuters) - Police shot dead a gunman in a shopping centre on Friday."


@pytest.mark.parametrize("layout", ["auto", "wire", "page"])
@pytest.mark.parametrize(
    "headline",
    [
        "Editors, kill time with our holiday quiz",
        "Eds: kill fee dispute goes to court",
        "Editor: Kill the messenger? Not this time",
        "Editors - withdraw from the awards, says union",
    ],
)
def test_headline_with_the_verb_is_no_kill_notice(headline: str, layout: str) -> None:
    """silent31's note to editors took any verb after ``Editors`` and a comma
    or a colon: the live story said story-withdrawn."""
    story = _parse(f"{headline}\n\n{_GUNMAN_LEAD}\n", layout)
    assert "story-withdrawn" not in _codes(story)


@pytest.mark.parametrize("layout", ["auto", "wire"])
@pytest.mark.parametrize(
    "headline",
    ["Police kill gunman in Leeds shopping centre", "Gunman killed in Leeds"],
)
def test_story_about_a_killing_is_not_withdrawn(headline: str, layout: str) -> None:
    story = _parse(f"{headline}\n\n{_GUNMAN_LEAD}\n", layout)
    assert story.headline == headline
    assert "story-withdrawn" not in _codes(story)


@pytest.mark.parametrize("layout", ["auto", "wire"])
@pytest.mark.parametrize(
    "notice",
    [
        "Editors: kill the story on the Leeds gunman. It was sent in error.",
        "Eds - please withdraw this item.",
        "Editors: Please kill all versions.",
        "Editor: Kill the earlier report on the shooting.",
        "Kill - Kill - Kill",
    ],
)
def test_note_naming_what_it_kills_is_a_notice(notice: str, layout: str) -> None:
    story = _parse(f"{notice}\n\nPolice kill gunman\n\n{_GUNMAN_LEAD}\n", layout)
    assert "story-withdrawn" in _codes(story)


# --- A rank with no name after it names no one -----------------------------------------


@pytest.mark.parametrize("line", ["By Sgt. 1st Class", "By Petty Officer 2nd Class"])
def test_rank_and_class_alone_is_no_byline(line: str) -> None:
    """silent31's ordinal before ``Class`` ended a name: the rank alone was
    read as the writer."""
    assert find_byline(line) is None
    assert find_page_byline(line) is None


@pytest.mark.parametrize(
    "line", ["By Sgt. 1st Class Jane Roe", "By Staff Sgt. Jane Roe and Cpl. Tom Hale"]
)
def test_rank_and_class_before_a_name_stays_the_byline(line: str) -> None:
    found = find_byline(line)
    assert found is not None
    assert found.names == tuple(line[3:].split(" and "))


# --- An agency credited for the pictures is no person -------------------------------------


@pytest.mark.parametrize(
    "credit",
    ["Video by Reuters", "Photos by AP", "Video by The Associated Press", "Photographs by AFP"],
)
@pytest.mark.parametrize("where", ["header", "under"])
def test_agency_credited_for_pictures_is_no_contributor(credit: str, where: str) -> None:
    """silent31's new roles made ``Reuters`` a contributor, a person who shot
    the film."""
    if where == "header":
        story = library_story(*LIBRARY_STORY, header=f"By Jane Roe\n{credit}\nMarch 4, 2025")
    else:
        story = library_story(*LIBRARY_STORY, credit)
    assert story.contributors == ()
    assert story.body == LIBRARY_STORY


def test_photographer_credited_stays_a_contributor() -> None:
    story = library_story(*LIBRARY_STORY, "Photos by Ana Diaz and Tom Hale")
    assert [(c.name, c.role) for c in story.contributors] == [
        ("Ana Diaz", "photography"),
        ("Tom Hale", "photography"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Video by the council shows water pouring through the roof of the reading room.",
        "Photos by readers are welcome and may be sent to the newsroom.",
    ],
)
def test_paragraph_opening_like_a_credit_stays_in_the_body(paragraph: str) -> None:
    blocks = (*LIBRARY_STORY[:2], paragraph, *LIBRARY_STORY[2:])
    story = library_story(*blocks)
    assert story.contributors == ()
    assert paragraph in story.body or paragraph in [c.text for c in story.captions]


# --- An ordinary lede in other words than its headline ------------------------------------

_LEDES = (
    (
        "Storm brings down power lines",
        "Thousands of homes were left without electricity overnight as gales swept across "
        "the north.",
        (
            "Engineers worked through the night to restore supplies, and the network operator "
            "said most customers were reconnected by dawn.",
            "Gusts of up to 80 miles an hour were recorded on exposed coasts, and several "
            "roads were blocked by fallen trees.",
            "Forecasters said the wind would ease on Wednesday but warned of heavy rain later "
            "in the week.",
        ),
    ),
    (
        "Teachers vote to strike",
        "Schools across the county could close next month after staff backed industrial action.",
        (
            "Members of the union voted by a large majority for walkouts in a dispute over pay "
            "and workload.",
            "The union said the first day of action would fall in the second week of the new "
            "term unless talks resumed.",
            "Education officials said they were disappointed and urged both sides to return to "
            "the negotiating table.",
        ),
    ),
    (
        "Police appeal after jewellery raid",
        "Detectives are hunting three men who smashed their way into a shop in broad daylight.",
        (
            "The robbers used hammers to break display cases before escaping on motorbikes "
            "with watches and rings worth thousands.",
            "Staff and customers were shaken but no one was hurt, a police spokeswoman said on "
            "Saturday.",
            "Officers asked anyone with footage from the high street between noon and one "
            "o'clock to come forward.",
        ),
    ),
    (
        "Scientists find new species of frog",
        "A tiny amphibian no bigger than a fingernail has been discovered in the cloud "
        "forests of the south.",
        (
            "Researchers from the university spotted the creature during a survey of streams "
            "on the slopes of the mountain last year.",
            "Tests confirmed that it belonged to a species never recorded before, the team "
            "wrote in a journal published this week.",
            "They said the forest was under threat from logging and urged the government to "
            "protect the area.",
        ),
    ),
)


@pytest.mark.parametrize(("headline", "lede", "rest"), _LEDES)
def test_lede_in_other_words_is_no_teaser(headline: str, lede: str, rest: tuple[str, ...]) -> None:
    """A one-sentence lede naming its subject in other words than the
    headline's and the story's (``Thousands of homes were left without
    electricity`` under ``Storm brings down power lines``) said
    opening-may-be-teaser: the paragraph under it is no lede restating the
    headline, as the story's own lede under another story's blurb is."""
    text = news_page(
        lede,
        *rest,
        headline=headline,
        header="By Jane Roe\nMarch 4, 2025",
        site="The Vale Post",
        year=2025,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    assert story.body == (lede, *rest)
    assert "opening-may-be-teaser" not in _codes(story)


@pytest.mark.parametrize(
    "blurb",
    [
        "The harbour board said on Monday that ferry fares on the island routes would rise.",
        "Anglers landed a record catch of mackerel at the harbour over the weekend.",
    ],
)
def test_blurb_over_the_story_s_own_lede_is_still_doubted(blurb: str) -> None:
    story = library_story(blurb, *LIBRARY_STORY)
    assert story.body == (blurb, *LIBRARY_STORY)
    assert "opening-may-be-teaser" in _codes(story)


# --- A photo's caption telling a figure under its description -------------------------------

_FIGURE_CAPTIONS = (
    "A man walks past a board showing shares down 3% in Tokyo on Tuesday. (Reuters)",
    "Firefighters tackle a blaze that caused $2 million in damage. (AFP)",
    "A protester holds a sign reading 100% renewable in Berlin. (AFP)",
    "Residents queue for bread, which now costs $3 a loaf. (AP)",
)


@pytest.mark.parametrize("caption", _FIGURE_CAPTIONS)
def test_caption_telling_a_figure_under_its_description_is_not_doubted(caption: str) -> None:
    """A caption describes its photo and tells the figure in a clause under
    the description: silent31's figure rule said caption-may-be-paragraph."""
    story = library_story(*LIBRARY_STORY[:2], caption, *LIBRARY_STORY[2:])
    assert [c.text for c in story.captions] == [caption.rpartition(" (")[0]]
    assert "caption-may-be-paragraph" not in _codes(story)


@pytest.mark.parametrize(
    "report",
    [
        "Shares in the builder fell 4 percent in early trading on Wednesday. (Reuters)",
        "Oil prices rose $2 a barrel on Monday after the pipeline closed. (AFP)",
    ],
)
def test_report_of_a_figure_in_its_main_clause_is_doubted(report: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], report, *LIBRARY_STORY[2:])
    assert "caption-may-be-paragraph" in _codes(story)


# --- A section's label over the byline in headless text -----------------------------------

_PHOTO = "Commuters wait at the bus station in Port Ellis on Monday. (AP Photo/Jane Roe)"


@pytest.mark.parametrize("label", ["Opinion", "Analysis", "Exclusive", "COMMENT"])
@pytest.mark.parametrize("above", ["", f"{_PHOTO}\n\n"])
def test_label_over_byline_is_doubted_as_headline(label: str, above: str) -> None:
    """silent31's headline-over-byline made a section's label the headline,
    silently: the byline stays read, the story says the headline may be a
    kicker."""
    text = f"{above}{label}\nBy Mark Ellison\n\n" + "\n\n".join(LIBRARY_STORY) + "\n"
    story = _parse(text, "headless")
    assert story.headline == label
    assert story.byline is not None
    assert story.byline.names == ("Mark Ellison",)
    assert "headline-may-be-kicker" in _codes(story)


@pytest.mark.parametrize("headline", ["Fares rise again", "Opinion polls tighten"])
def test_headline_over_byline_is_not_doubted_as_kicker(headline: str) -> None:
    text = f"{headline}\nBy Mark Ellison\n\n" + "\n\n".join(LIBRARY_STORY) + "\n"
    story = _parse(text, "headless")
    assert story.headline == headline
    assert "headline-may-be-kicker" not in _codes(story)


# --- CNA's cable from a city of no table ------------------------------------------------------

_CNA_LEAD = "國會今天通過法案。"


@pytest.mark.parametrize(
    "cable",
    [
        "（中央社記者王小明開羅4日電）",
        "（中央社記者王小明華盛頓特區4日電）",
        "（中央社記者王東京4日電）",
        "(中央社記者王小明、李大同開羅4日電)",
    ],
)
def test_cable_from_a_city_of_no_table_is_flagged(cable: str) -> None:
    """The names and the place cannot be told apart: the cable stays whole at
    the head of the body, and now the story says so (silent31 left it
    silent)."""
    story = _parse(f"國會通過法案\n\n{cable}{_CNA_LEAD}\n\n議員表示，法案將於下月生效。\n", "auto")
    assert story.dateline is None
    assert story.body[0].endswith(_CNA_LEAD)
    assert "dateline-cable-unread" in _codes(story)


@pytest.mark.parametrize(
    "cable", ["（中央社記者王小明巴黎4日電）", "（中央社記者王小明台北4日電）"]
)
def test_cable_from_a_known_post_is_read_and_not_flagged(cable: str) -> None:
    story = _parse(f"國會通過法案\n\n{cable}{_CNA_LEAD}\n\n議員表示，法案將於下月生效。\n", "auto")
    assert story.dateline is not None
    assert story.body[0] == _CNA_LEAD
    assert "dateline-cable-unread" not in _codes(story)
