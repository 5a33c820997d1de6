"""Review of the heldout8 and silent11 rules: ordinary text their new rules
misread silently. Every page and line here is invented."""

from __future__ import annotations

import pytest

import wirestory
from wirestory.captions import parse_credit, split_credit
from wirestory.datelines import find_dateline

_PARAGRAPHS = (
    "The city council approved a new budget for road repairs on Tuesday after a long "
    "debate that ran late into the evening at the town hall.",
    "Councillors said the money would go first to the worst-hit streets in the northern "
    "districts, where potholes have caused repeated accidents.",
    "The mayor said the first contracts would be signed within a month and that work "
    "would be finished by the end of next year.",
)
_HEADLINE = "Council approves road repair budget after long debate"


def _page(first: str) -> str:
    return (
        f"{_HEADLINE} | The Valley Courier\n\nHome\nNews\nWorld\nBusiness\n\n"
        f"{_HEADLINE}\nBy Tom Hale\nJune 5, 2024\n\n"
        + "\n\n".join((first, *_PARAGRAPHS))
        + "\n\nAdvertisement\nAbout us\nContact us\n"
    )


@pytest.mark.parametrize(
    "first",
    [
        # A firm's ticker (APP, AAP) or a university's initials (UNB) after a
        # title-case name read like the agencies' new dateline-only aliases.
        "Applied Tech (APP) - Shares of the chip firm rose 12 per cent on Tuesday after results.",
        "Fredericton (UNB) - Researchers at the university found the river warmed faster.",
        "Harbour Auto Parts (AAP) - Shares of the retailer fell sharply on Tuesday morning.",
    ],
)
def test_a_ticker_after_a_title_case_name_is_no_dateline(first: str) -> None:
    (story,) = wirestory.parse(_page(first))
    assert story.dateline is None
    assert story.body[0] == first


@pytest.mark.parametrize(
    ("paragraph", "raw"),
    [
        ("ILOILO CITY (PNA) -- The council met.", "ILOILO CITY (PNA) --"),
        ("Sylhet, June 5 (UNB) - The council met.", "Sylhet, June 5 (UNB) -"),
        ("KARACHI (APP) - The council met.", "KARACHI (APP) -"),
    ],
)
def test_those_agencies_with_a_date_or_a_place_in_capitals_stay_datelines(
    paragraph: str, raw: str
) -> None:
    dateline = find_dateline(paragraph, page=True)
    assert dateline is not None
    assert dateline.raw == raw


_RUSSIAN = (
    "Мэр против изменений в бюджете\n\n"
    "ПОЛИТИКА\n"
    "— Мы не согласимся на такие изменения, — заявил в понедельник мэр города, добавив, "
    "что совет соберется снова на следующей неделе.\n\n"
    "Депутаты должны проголосовать за проект бюджета на дороги в четверг днем в мэрии.\n"
)


def test_a_label_over_a_speech_dash_is_no_silent_dateline() -> None:
    """A section's label in capitals over a paragraph opening with a speech
    dash (Russian, Polish, Spanish text) reads like ``ANKARA`` / ``– …``: the
    label became the dateline and the quote lost its dash, silently (silent11's
    first form; its later ``more_than_place`` turns it down in a wire story)."""
    (story,) = wirestory.parse(_RUSSIAN)
    assert story.dateline is None or "dateline-own-line" in {d.code for d in story.diagnostics}
    if story.dateline is None:
        assert story.body[-2].startswith("\u2014 Мы не согласимся")


def test_a_dateline_with_a_date_over_its_dash_is_not_flagged() -> None:
    text = (
        "Minister opens new port\nBy Jane Roe\n\nOSLO, March 3\n"
        "\u2013 The minister said on Monday the new port in the north would open next month.\n\n"
        "The port will serve cargo ships, officials said on Monday.\n"
    )
    (story,) = wirestory.parse(text)
    assert story.dateline is not None
    assert story.dateline.raw == "OSLO, March 3 \u2013"
    assert "dateline-own-line" not in {d.code for d in story.diagnostics}


def _headed(header: str, *end: str) -> str:
    return (
        f"{_HEADLINE} | The Valley Courier\n\nHome\nNews\nWorld\nBusiness\n\n"
        f"{_HEADLINE}\n{header}\n\n"
        + "\n\n".join((*_PARAGRAPHS, *end))
        + "\n\nAdvertisement\nAbout us\nContact us\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "You are here: home / news / local news / roads",
        "Image: workers fill potholes on a road in the north",
        "Listen to the audio version of this article here",
    ],
)
def test_a_header_line_over_the_date_line_with_no_byline_is_no_standfirst(line: str) -> None:
    """With no byline, the line between the headline and the date line was
    read as the deck: a breadcrumb, a label or a prompt about the page stand
    there too, and became the standfirst silently."""
    story = wirestory.parse_story(_headed(f"{line}\nJune 5, 2024"))
    assert story.standfirst is None
    assert list(story.body) == list(_PARAGRAPHS)


def test_a_deck_over_the_date_line_with_no_byline_is_still_the_standfirst() -> None:
    deck = "The council voted on the plan after a long debate in the town hall"
    story = wirestory.parse_story(_headed(f"{deck}\nJune 5, 2024"))
    assert story.standfirst == deck


@pytest.mark.parametrize(
    "last",
    [
        "This report was first published in 2019 and found that half the roads in the "
        "district needed urgent repair.",
        "This report by the audit office was first published in March, but ministers have "
        "yet to answer its findings on the state of the roads.",
    ],
)
def test_a_story_sentence_on_a_report_s_first_publication_stays_in_the_body(last: str) -> None:
    """heldout8's syndication notice (``This report … was first published``)
    took a story's own last sentence on a report into the notes, silently, in
    every layout."""
    story = wirestory.parse_story(_headed("By Tom Hale\nJune 5, 2024", last))
    assert list(story.body) == [*_PARAGRAPHS, last]
    assert story.notes == ()
    wire = "Council backs road budget\n\nLONDON (Reuters) - " + "\n\n".join((*_PARAGRAPHS, last))
    (story,) = wirestory.parse(wire + "\n")
    assert story.body[-1] == last
    assert story.notes == ()


@pytest.mark.parametrize(
    "note",
    [
        "This report by The Canadian Press was first published June 5, 2024.",
        "This article was originally published on The Harbour Review, an independent and "
        "nonprofit source of news and analysis.",
    ],
)
def test_syndication_notices_are_still_notes(note: str) -> None:
    story = wirestory.parse_story(_headed("By Tom Hale\nJune 5, 2024", note))
    assert story.notes == (note,)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize("credit", ["Foto: Beeld en Geluid", "Beeld: Beeld en Geluid"])
def test_an_institution_opening_with_the_dutch_photo_word_keeps_it(credit: str) -> None:
    """heldout8 made ``beeld`` a credit's qualifier word, dropped wherever it
    stood: the Dutch sound and vision archive's credit became ``en Geluid``."""
    assert parse_credit(credit).source == "Beeld en Geluid"


def test_the_dutch_photo_word_before_an_agency_is_still_dropped() -> None:
    credit = parse_credit("Beeld ANP")
    assert credit.agency == "ANP"
    assert credit.source is None


_MORE = (
    "Work on the first streets will begin in March, the roads office said on Wednesday.",
    "Drivers have been told to expect delays of up to twenty minutes on the ring road.",
)


def test_a_short_sentence_of_advice_opening_like_a_newsletter_prompt_stays() -> None:
    """heldout8's ``get the latest `` furniture prefix took a story's short
    sentence of advice out of the body, silently; a prompt names what the
    site sends (news, updates, headlines)."""
    line = "Get the latest forecast before you set out."
    story = wirestory.parse_story(_headed("By Tom Hale\nJune 5, 2024", line, *_MORE))
    assert list(story.body) == [*_PARAGRAPHS, line, *_MORE]
    prompt = "Get the latest news delivered to your inbox"
    story = wirestory.parse_story(_headed("By Tom Hale\nJune 5, 2024", prompt, *_MORE))
    assert list(story.body) == [*_PARAGRAPHS, *_MORE]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Workers fill potholes on a road in the north on Monday - Petra Novak/Reuters",
            "Petra Novak/Reuters",
        ),
        ("Workers fill potholes on a road in the north on Monday - Saba Khan/AFP", "Saba Khan/AFP"),
        (
            "Workers fill potholes on a road in the north on Monday, Wafa Ahmed/AFP",
            "Wafa Ahmed/AFP",
        ),
        ("Workers fill potholes on a road in the north on Monday - Petra Novak", "Petra Novak"),
    ],
)
def test_a_photographer_whose_given_name_is_an_agency_s_word_keeps_the_credit(
    caption: str, credit: str
) -> None:
    """silent11 turned down a bare credit opening with an agency's word
    (``Petra``, ``Saba``, ``Wafa``) after a dash or a comma: a photographer of
    that given name lost the caption, silently (it left the story)."""
    assert split_credit(caption)[1] == credit
    story = wirestory.parse_story(
        _headed("By Tom Hale\nJune 5, 2024").replace(
            _PARAGRAPHS[0], f"{caption}\n\n{_PARAGRAPHS[0]}", 1
        )
    )
    assert [c.credit for c in story.captions] == [credit]


def test_a_menu_label_over_a_dash_opened_paragraph_is_no_dateline() -> None:
    """A section's label over the first paragraph that the menu shows too is
    no dateline alone on its line; silent11's dash form read it as one
    (``WORLD –``)."""
    lead = "\u2013 The minister said on Monday that the new port in the north would open soon."
    text = (
        f"{_HEADLINE} | The Valley Courier\n\nHome\nNews\nWORLD\n\n{_HEADLINE}\nBy Tom Hale\n"
        f"June 5, 2024\n\nWORLD\n{lead}\n\n" + "\n\n".join(_PARAGRAPHS) + "\n\nAbout us\n"
    )
    story = wirestory.parse_story(text)
    assert story.dateline is None
    assert story.body[0] == lead


# --- AAP: the Australian agency's initials, and India's Aam Aadmi Party ------------


@pytest.mark.parametrize(
    "caption",
    [
        "Party workers celebrate outside the office in New Delhi - AAP",
        "The chief minister greets supporters at a rally - AAP",
    ],
)
def test_aap_after_a_dash_closing_a_description_is_no_credit(caption: str) -> None:
    """Indian pages name the Aam Aadmi Party ``AAP``: a description whose
    sentence has not ended, then ``- AAP``, names the party, not the
    Australian agency's credit."""
    assert split_credit(caption) == (caption, None)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Crowds line the river for the fireworks. - AAP", "AAP"),
        ("Crowds line the river for the fireworks (AAP)", "AAP"),
        ("Crowds line the river for the fireworks - AAP Image/Jane Roe", "AAP Image/Jane Roe"),
    ],
)
def test_aap_in_a_credit_frame_stays_the_credit(caption: str, credit: str) -> None:
    assert split_credit(caption)[1] == credit


# --- 'The writer is …' closing a story about a writer -------------------------------


@pytest.mark.parametrize(
    "last",
    [
        "The writer is due to appear in court in Port Ellis next week.",
        "The writer is a liar and a fraud, the mayor said on Tuesday.",
        "The author was charged with fraud last year and denies wrongdoing.",
    ],
)
def test_a_story_s_last_sentence_about_a_writer_is_no_author_box(last: str) -> None:
    """A news story about a writer may close on what happens to them; only a
    line saying who the column's writer is (``The writer is a professor …``)
    is flagged ``author-bio-in-body``."""
    headline = "Harbour board closes ferry pier for the summer"
    paragraphs = (
        "The harbour board voted on Tuesday to close the old ferry pier for repairs "
        "that will take most of the summer, officials said.",
        "Ferries will use the north quay until the work is done, the board said in a "
        "statement issued after the meeting.",
        "Fishermen near the pier said they feared the work would harm their catch "
        "during the busiest weeks of the year.",
    )
    page = (
        f"{headline} | The Coastal Herald\n\nHome\nNews\nWorld\nSport\n\n"
        f"{headline}\nJune 5, 2024\n\n"
        + "\n\n".join((*paragraphs, last))
        + "\n\nAdvertisement\nAbout us\nContact us\n\u00a9 2024 The Coastal Herald\n"
    )
    story = wirestory.parse_story(page)
    assert story.body[-1] == last
    assert "author-bio-in-body" not in [d.code for d in story.diagnostics]
