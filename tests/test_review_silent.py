"""Silent-wrong results left open by the first two reviews, fixed or flagged.

Each test is a form of invented text that gave a wrong story with an empty
``diagnostics`` list on the code before (a paragraph lost, two stories glued
together, a lead read as a headline, a sign-off left in the body); the
counter-cases next to them are the text the fix must leave as it was, quiet.
"""

from __future__ import annotations

import pytest

import wirestory
from wirestory import ParseOptions, Role, Story

PAGE = ParseOptions(layout="page")


def _codes(story: Story) -> list[str]:
    return [d.code for d in story.diagnostics]


def _rule(text: str, story: Story, line: str) -> str:
    """The rule of the segment holding exactly ``line``."""
    (rule,) = [s.rule for s in story.segments if text[s.start : s.end].strip() == line]
    return rule


# --- Page layout: a short last paragraph -------------------------------------

_PAGE_PROSE = (
    "Ferry held in port after hitting a rock\n\nBy Tom Hale\n\n"
    "Harbour officials said on Thursday that the ferry between the two islands would "
    "stay in port for the rest of the week while engineers checked its hull.\n\n"
    "The crossing, which carries about four hundred passengers a day in the summer, "
    "was halted after the boat struck a rock near the northern pier on Tuesday.\n\n"
    "Nobody was hurt, but several travellers said they had waited for hours on the "
    "quay without any news from the company about when they could go home.\n\n"
)


@pytest.mark.parametrize(
    "last",
    [
        "The boat sails again on Monday.",
        "Written by hand, the old timetable was found in a drawer.",
        "Prices, the company said, will not change this year.",
    ],
)
def test_short_closing_sentence_stays_in_the_page_body(last: str) -> None:
    """A story's last paragraph of one short sentence under its prose (short and
    at the stretch's edge) is the body's last paragraph: it was page furniture
    (``after-story:short-at-edge``) with no diagnostic."""
    text = _PAGE_PROSE + last + "\n\nRead more\n\nPrivacy policy\n"
    story = wirestory.parse_story(text, options=PAGE)
    assert story.body[-1] == last
    assert _rule(text, story, last) == "page-closing-sentence"
    assert "closing-sentence-left-out" not in _codes(story)


@pytest.mark.parametrize("sign_off", [" --HNS", " -- VNS", " — Harbour News"])
def test_short_closing_sentence_with_a_glued_sign_off_stays_in_the_body(sign_off: str) -> None:
    """A short last paragraph with a sign-off glued after its full stop (``… up
    the coast. --HNS``, an agency no table knows: no credit, so no caption)
    ends in no full stop itself: it was page furniture
    (``after-story:short-at-edge``), lost with no diagnostic."""
    last = "The boat sails again on Monday." + sign_off
    text = _PAGE_PROSE + last + "\n\nRead more\n\nPrivacy policy\n"
    story = wirestory.parse_story(text, options=PAGE)
    assert story.body[-1] == last
    assert _rule(text, story, last) == "page-closing-sentence"


@pytest.mark.parametrize("tail", [" -- see our list of ferry routes and times", " (see map)"])
def test_a_long_or_lowercase_tail_is_no_sign_off(tail: str) -> None:
    """Only a short tail opening with a dash and a letter, or a capital in
    parentheses, is read past: a sentence going on after a dash has no
    closing sentence's end, and stays out of the body as before."""
    last = "Ferries leave from the north pier." + tail
    text = _PAGE_PROSE + last + "\n\nRead more\n\nPrivacy policy\n"
    story = wirestory.parse_story(text, options=PAGE)
    assert last not in story.body


@pytest.mark.parametrize(
    "furniture",
    ["Share this story", "Related Topics", "Thanks for reading!", "Tags: ferries, islands"],
)
def test_link_labels_under_a_page_story_stay_furniture(furniture: str) -> None:
    """Link labels, tags and short exclamations under the story are no closing
    sentence (no full stop, or fewer than four words): furniture, no diagnostic."""
    text = _PAGE_PROSE + furniture + "\n\nRead more\n\nPrivacy policy\n"
    story = wirestory.parse_story(text, options=PAGE)
    assert furniture not in story.body
    assert "closing-sentence-left-out" not in _codes(story)


@pytest.mark.parametrize(
    "doubtful",
    [
        "Like this story? Share it with a friend!",
        "Anna Berg and Tom Hale wrote from Oslo.",
    ],
)
def test_doubtful_sentence_under_a_page_story_is_flagged(doubtful: str) -> None:
    """Two sentences in a block, or one whose later words are names as often as
    not (a prompt, a credit), stay out of the body but say they may be its last
    paragraph: they were furniture with no diagnostic."""
    text = _PAGE_PROSE + doubtful + "\n\nRead more\n\nPrivacy policy\n"
    story = wirestory.parse_story(text, options=PAGE)
    assert doubtful not in story.body
    assert "closing-sentence-left-out" in _codes(story)


# --- Page breaks inside a story ----------------------------------------------


@pytest.mark.parametrize("brk", ["\f", "\x1c", "\x1e", "\u2029"])
def test_text_after_a_page_break_inside_a_line_is_flagged(brk: str) -> None:
    """A line ends only at CR and LF: a form feed (or a record or paragraph
    separator) inside a line joins the text on either side of it, and an old
    dump's page break between two stories glued them with no diagnostic."""
    text = (
        "Ferry strike ends\n\nFerry crews went back to work on Monday, the union said."
        f"{brk}Dam repairs begin\n\nWork on the dam began on Tuesday, the council said.\n"
    )
    (story,) = wirestory.parse(text)
    boundary = [d for d in story.diagnostics if d.code == "possible-story-boundary"]
    assert [d.line for d in boundary] == [3]


def test_page_break_alone_on_a_line_flags_the_text_under_it() -> None:
    """A form feed alone on a line between paragraphs is one blank line: the
    text under it may start another story (it read as one story, quietly)."""
    text = (
        "Ferry strike ends\n\nFerry crews went back to work on Monday, the union said.\n"
        "\f\nDam repairs begin\n\nWork on the dam began on Tuesday, the council said.\n"
    )
    (story,) = wirestory.parse(text)
    boundary = [d for d in story.diagnostics if d.code == "possible-story-boundary"]
    assert [d.line for d in boundary] == [5]


@pytest.mark.parametrize(
    "text", ["\fFerry strike ends\n\nCrews went back to work, the union said.\n\f\n"]
)
def test_page_break_before_or_after_all_text_is_quiet(text: str) -> None:
    """A page break before a story's first text or after its last starts
    nothing: no diagnostic."""
    (story,) = wirestory.parse(text)
    assert "possible-story-boundary" not in _codes(story)


# --- Two stories glued by one blank line -------------------------------------

_FIRST = (
    "Ferry strike ends after a week\n\nFerry crews went back to work on Monday after a "
    "week-long strike over pay, the union said, and the first boats left at dawn.\n\n"
    "Talks on pay will go on next week, both sides said.\n\n"
)
_LEAD = "Work on the old dam began on Tuesday, the council said, after years of delay.\n"


@pytest.mark.parametrize(
    "header",
    [
        "Dam repairs begin on the river\n\nBy Anna Berg\n\n",
        "Dam repairs begin on the river\n\nWorkers on the dam wall. (Photo: Anna Berg/Reuters)\n\n",
        "Dam repairs begin on the river\nDam repairs begin on the river\n\n",
        "Dam repairs begin on the river\n\nOSLO — ",
    ],
    ids=["byline", "caption", "headline-twice", "place-dateline"],
)
def test_second_story_after_one_blank_line_is_flagged(header: str) -> None:
    """A second story glued on by one blank line: its headline reads as a
    subheading, but a story's header under it (a byline, a caption with an
    agency's credit, the headline shown twice, a dateline even of a place
    alone) gives it away (one story, no diagnostic, before)."""
    (story,) = wirestory.parse(_FIRST + header + _LEAD)
    boundary = [d.line for d in story.diagnostics if d.code == "possible-story-boundary"]
    assert boundary == [7]


@pytest.mark.parametrize(
    "under",
    [
        "What happens next\n\nThe company will publish a timetable on Friday, it said.\n",
        "What the crews said\n\nBy the end of the week most crews had voted to go back.\n",
        "Charging case for the radio\n\nSpare battery pack (Latest Model)\n\nPrice on request.\n",
    ],
    ids=["subheading", "by-the-end", "product-line"],
)
def test_subheadings_stay_quiet(under: str) -> None:
    """A subheading over prose, over a sentence opening with ``By``, or over a
    line ending in a name-shaped parenthesis is no story's start: no flag."""
    (story,) = wirestory.parse(_FIRST + under)
    assert "possible-story-boundary" not in _codes(story)


def test_short_sentence_over_a_credit_line_is_flagged_not_taken() -> None:
    """A short sentence over a credit line (``Jane Roe, AP``) under a page's
    story is a photo's caption as often as the story's last line: it is not
    taken into the body (nor made a caption) and says it may be the story's."""
    last = "The council will meet again in March to decide."
    text = _PAGE_PROSE + last + "\nJane Roe, AP\n"
    story = wirestory.parse_story(text, options=PAGE)
    assert last not in story.body
    assert story.captions == ()
    assert "closing-sentence-left-out" in _codes(story)


# --- Wire layout: a lead or a caption read as the headline ---------------------

_BODY = "\n\nTalks are set for Friday, the union said.\n\nThe company has not commented.\n"


def test_long_first_line_with_no_full_stop_is_flagged() -> None:
    """A lead paragraph of 21 to 30 words that lost its full stop has a
    headline's shape: it stays the headline but says it may be the lead
    (it was the headline with no diagnostic)."""
    lead = (
        "Ferry crews walked out over pay on Monday across all the islands, leaving "
        "thousands of travellers stranded on the quays with no word of boats"
    )
    (story,) = wirestory.parse(lead + _BODY)
    assert story.headline == lead
    assert _codes(story) == ["headline-may-be-lead"]


def test_headline_of_twenty_words_is_quiet() -> None:
    """A long headline of at most 20 words is a headline, no diagnostic."""
    headline = (
        "Ferry crews walk out over pay across the islands as talks with the "
        "company fail for a third time"
    )
    assert len(headline.split()) <= 20
    (story,) = wirestory.parse(headline + _BODY)
    assert story.headline == headline
    assert _codes(story) == []


def test_caption_with_credit_as_first_line_is_a_caption() -> None:
    """A photo's caption opening a story (a sentence, then a credit naming an
    agency or photographer) is its caption and the story has no headline: it
    was the headline, with no diagnostic."""
    caption = "Ferry crews on the quay in Oslo on Monday. (Photo: Anna Berg/Reuters)"
    (story,) = wirestory.parse(
        caption + "\n\nFerry crews walked out over pay, the union said." + _BODY
    )
    assert story.layout == "headless"
    assert story.headline == ""
    assert [c.text for c in story.captions] == ["Ferry crews on the quay in Oslo on Monday."]
    assert story.body[0] == "Ferry crews walked out over pay, the union said."


@pytest.mark.parametrize(
    ("first", "codes"),
    [
        (
            "Ferry crews on the quay in Oslo on Monday (Anna Berg/Reuters)",
            ["headline-may-be-caption"],
        ),
        ("Storm hits the coast (Reuters)", []),
    ],
)
def test_headline_ending_in_a_credit(first: str, codes: list[str]) -> None:
    """A first line ending in a photographer's credit with no full stop before
    it may be a caption (flagged); a headline ending in an agency alone (a
    feed's title) is a headline, quiet. Both stay the headline."""
    (story,) = wirestory.parse(first + _BODY)
    assert story.headline == first
    assert _codes(story) == codes


# --- Wire layout: a dashed sign-off -------------------------------------------

_WIRE = (
    "Ferry crews walk out over pay\n\nOSLO (AP) — Ferry crews walked out over pay on "
    "Monday, the union said.\n\nTalks are set for Friday."
)


@pytest.mark.parametrize(
    "end",
    ["\n\n-- AP\n", "\n-- AP\n", "\n\n— Reuters\n", "\n\n- AFP\n", "\n\n(AP)\n"],
    ids=["own-paragraph", "under-last-line", "em-dash", "one-dash", "parentheses"],
)
def test_dashed_sign_off_is_a_trailer(end: str) -> None:
    """An agency's name after a dash (or in parentheses) closing wire copy is
    its sign-off, on its own paragraph or right under the last line: it was a
    body paragraph (or the end of the last one)."""
    text = _WIRE + end
    (story,) = wirestory.parse(text)
    assert story.body[-1] == "Talks are set for Friday."
    assert story.segments[-1].role == Role.TRAILER
    assert story.segments[-1].rule == "trailer-sign-off"


def test_sentence_opening_with_a_dash_stays_body() -> None:
    """A last paragraph opening with a dash that says more than an agency's
    name is body text."""
    (story,) = wirestory.parse(_WIRE + "\n\n-- and AP said the talks would go on.\n")
    assert story.body[-1] == "-- and AP said the talks would go on."


# --- Marked layout: a story glued above the header, a caption in the body -------

_SHORT = (
    "Ferry strike ends\n\nFerry crews went back to work on Monday, the union said.\n\n"
    "Talks on pay go on next week.\n\n"
)
_MARKED = "Dam repairs begin\n\nWorkers on the dam wall on Tuesday. (AFP)\n\nTT\n\n"
_MARKED_BODY = "Work on the old dam began on Tuesday, the council said.\n"


@pytest.mark.parametrize(
    "repeat",
    ["Dam repairs begin\nWorkers on the dam wall on Tuesday. (AFP)\n\n", ""],
    ids=["with-repeat", "no-repeat"],
)
def test_story_glued_above_a_marked_header_is_flagged(repeat: str) -> None:
    """A short story glued by one blank line above a marked story whose marker
    is within ``max_header_lines`` of its headline becomes the header's
    captions; the story now says where the marked story starts (its headline
    over a credited caption, or shown again under the marker), not only that
    the captions lack credits."""
    (story,) = wirestory.parse(_SHORT + _MARKED + repeat + _MARKED_BODY)
    boundary = [d.line for d in story.diagnostics if d.code == "possible-story-boundary"]
    assert boundary == [7]


def test_header_with_a_standfirst_over_captions_is_quiet() -> None:
    """A standfirst sentence over credited captions is no glued story."""
    text = (
        "Dam repairs begin\n\nA standfirst about the dam and the river, in one sentence.\n\n"
        "Workers on the dam wall on Tuesday. (AFP)\n\nThe old wall from the river. (AFP)\n\n"
        "TT\n\n" + _MARKED_BODY
    )
    (story,) = wirestory.parse(text)
    assert "possible-story-boundary" not in _codes(story)


def test_uncredited_caption_shown_again_below_the_marker_is_flagged() -> None:
    """The repeat without its headline, of an uncredited caption, stays in the
    body (it may be a paragraph restating the caption) but says it may be a
    duplicate: it carried only ``caption-without-credit``."""
    text = (
        "Dam repairs begin\n\nWorkers on the dam wall on Tuesday.\n\nTT\n\n"
        "Workers on the dam wall on Tuesday.\n\n" + _MARKED_BODY
    )
    (story,) = wirestory.parse(text)
    assert story.body[0] == "Workers on the dam wall on Tuesday."
    assert "caption-in-body" in _codes(story)


def test_first_paragraph_unlike_the_captions_is_quiet() -> None:
    """A first paragraph below the marker that shows no caption again: no flag."""
    text = "Dam repairs begin\n\nWorkers on the dam wall on Tuesday.\n\nTT\n\n" + _MARKED_BODY
    (story,) = wirestory.parse(text)
    assert "caption-in-body" not in _codes(story)


def test_glued_story_with_a_dateline_in_another_script_is_flagged() -> None:
    """The glued-story check's dateline hint reads capitals of any script: a
    second story opening ``МОСКВА (Reuters) -`` in the body was missed (the
    hint knew only Latin capitals)."""
    text = (
        "Нефть дорожает\n\nМОСКВА (Reuters) - Цены на нефть выросли во вторник.\n\n"
        "Торги шли спокойно.\n\n"
        "ΑΘΗΝΑ (Reuters) - Οι τιμές του πετρελαίου αυξήθηκαν την Τρίτη.\n"
    )
    (story,) = wirestory.parse(text)
    boundary = [d.line for d in story.diagnostics if d.code == "possible-story-boundary"]
    assert boundary == [7]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_dateline_alone_on_its_line_then_a_glued_story(gap: str) -> None:
    """A dateline that is its paragraph's whole text (``Oslo - AFP`` on a line
    of its own) leaves the paragraphs; the glued-story check then looked for
    that paragraph and raised ``StopIteration`` out of ``parse`` (found by the
    fuzzer). The story reads, and a story glued on below is still flagged."""
    text = (
        f"Dam project approved\n\nOslo - AFP{gap}"
        "The government approved the dam project on Sunday after a decade of talks.\n\n"
        "Construction is due to start next year.\n\n"
        "BERGEN, Dec 3 (Reuters) - Ferry crews walked out on Wednesday over pay.\n"
    )
    (story,) = wirestory.parse(text)
    assert story.dateline is not None
    assert story.dateline.places == ("Oslo",)
    assert story.body[0].startswith("The government approved")
    boundary = [d.line for d in story.diagnostics if d.code == "possible-story-boundary"]
    assert boundary == [text.count("\n", 0, text.index("BERGEN")) + 1]


@pytest.mark.parametrize("mark", ["* * *", "~~~", "~ ~ ~", "• • •"])
def test_story_glued_under_a_section_break_is_flagged(mark: str) -> None:
    """A story glued on under a section break of spaced marks (a headline and
    prose under ``* * *``) reads as one under ``***`` does: flagged (it was
    one story with the second one in its body, quietly)."""
    text = _FIRST + mark + "\n\nDam repairs begin on the river\n\n" + _LEAD
    (story,) = wirestory.parse(text)
    boundary = [d.line for d in story.diagnostics if d.code == "possible-story-boundary"]
    assert boundary == [9]


def test_section_break_over_prose_is_quiet() -> None:
    """A section break inside a story with prose under it (no headline) is no
    story's start: no flag."""
    text = _FIRST + "* * *\n\n" + _LEAD + "\nThe work will take a year, the council said.\n"
    (story,) = wirestory.parse(text)
    assert "possible-story-boundary" not in _codes(story)


# --- Marked layout: two stories of the site glued by one blank line ------------

_GLUED_FIRST = (
    "Harbour cranes move again after strike\n\n"
    "Dock workers pass idle cranes at the north terminal on Tuesday. (Reuters)\n"
    "{marker}\n\n"
    "Harbour cranes move again after strike\n"
    "Dock workers pass idle cranes at the north terminal on Tuesday. (Reuters)\n\n"
    "Cranes at the main harbour began moving again on Wednesday after a strike.\n\n"
    "Officials said the backlog would take a week to clear.\n\n"
)
_GLUED_SECOND = (
    "Bakery chain opens its tenth shop\n\n"
    "Customers queue outside the new shop on Main Street. (Jane Roe/Vale Post)\n"
    "{marker}\n\n"
    "Bakery chain opens its tenth shop\n"
    "Customers queue outside the new shop on Main Street. (Jane Roe/Vale Post)\n\n"
    "The family-run chain opened its tenth shop on Saturday.\n"
)


@pytest.mark.parametrize("marker", ["TT", "PX"])
def test_marked_stories_glued_by_one_blank_line_are_two(marker: str) -> None:
    """Two stories of the marked layout with one blank line between them, the
    second with its whole header shown again: two stories. They were one, the
    second's header and body in the first's body (flagged only for the
    configured ``TT``; with any other marker line, silent)."""
    text = (_GLUED_FIRST + _GLUED_SECOND).format(marker=marker)
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == [
        "Harbour cranes move again after strike",
        "Bakery chain opens its tenth shop",
    ]
    assert stories[0].body == (
        "Cranes at the main harbour began moving again on Wednesday after a strike.",
        "Officials said the backlog would take a week to clear.",
    )
    assert stories[1].body == ("The family-run chain opened its tenth shop on Saturday.",)
    assert [c.credit for c in stories[1].captions] == ["Jane Roe/Vale Post"]
    assert all(s.marker == marker for s in stories)
    assert all(s.diagnostics == () for s in stories)
    assert list(wirestory.iter_stories(text)) == stories


def test_marked_story_glued_with_no_blank_line_is_cut() -> None:
    """The next story's headline right under the last paragraph's line, no
    blank line between: cut too (the other stories sat in the first one's
    body, silently)."""
    text = (_GLUED_FIRST.rstrip("\n") + "\n" + _GLUED_SECOND).format(marker="PX")
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == [
        "Harbour cranes move again after strike",
        "Bakery chain opens its tenth shop",
    ]
    assert stories[0].body[-1] == "Officials said the backlog would take a week to clear."
    assert all(s.diagnostics == () for s in stories)


def test_wrapped_paragraph_line_is_no_glued_headline() -> None:
    """Counter-case: a paragraph's wrapped line that is shown again lower (a
    refrain) under a line ending no sentence stays in the paragraph."""
    text = _GLUED_FIRST.format(marker="PX") + (
        "The council said the work would go on\nuntil the spring\n\n"
        "Dock workers pass idle cranes\n\nuntil the spring\n"
    )
    (story,) = wirestory.parse(text)
    assert story.body[-3] == "The council said the work would go on until the spring"


def test_wrapped_line_shown_again_in_the_next_paragraph_is_no_glued_headline() -> None:
    """Counter-case (found by the property test that no generated story reads
    as two): a wrapped paragraph's first line, ending in a closing quote, shown
    again as the next paragraph's first line, with the rest of the paragraph
    between (shown again too) and no marker line, is no story glued on."""
    line = "The mayor said “we will rebuild” and “we will not wait”"
    text = (
        f"Harbour plans approved\n\nTT\n\n{line}\n“for the state”.\n\n"
        f"{line}\n“for the state”.\n\nWork starts in May.\n"
    )
    (story,) = wirestory.parse(text)
    assert story.body[-1] == "Work starts in May."


def test_wrapped_line_shown_again_after_a_subheading_is_no_glued_headline() -> None:
    """Counter-case (found by the property test that no generated story reads
    as two): a paragraph whose wrapped first line ends no sentence, a short
    label under it (a marker by its shape) and the paragraph shown again: the
    shape-found marker and a caption with no credit do not make a header."""
    first = "Fishermen say the new quota rules will cost the small boats"
    text = (
        "Harbour plans approved\n\nCranes at the quay.\nTT\n\n"
        f"{first}\nmost.\n\nQuota fight\n\n{first}\nmost.\n\nWork starts in May.\n"
    )
    (story,) = wirestory.parse(text)
    assert story.body[-1] == "Work starts in May."
    assert story.body[0] == f"{first} most."


def test_subheading_shown_again_in_a_marked_story_stays_in_it() -> None:
    """Counter-case: a short line after one blank line, shown again a paragraph
    later, with no caption nor marker between, is a subheading (the story's
    own), not a story glued on."""
    text = _GLUED_FIRST.format(marker="PX") + (
        "What comes next\n\nThe council meets on Friday to set a date for the vote.\n\n"
        "What comes next\n\nMore talks are planned for the spring.\n"
    )
    (story,) = wirestory.parse(text)
    assert story.body[-1] == "More talks are planned for the spring."
