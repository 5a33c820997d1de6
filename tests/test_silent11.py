"""Never silently wrong, eleventh round: forms that came out wrong with no
diagnostic, each re-created with invented text (docs/reliability-log.md). Each
test failed on the code before; the near-misses read like them and stay as
they were."""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory import ParseOptions
from wirestory.bylines import find_page_byline
from wirestory.captions import split_credit

PAGE = ParseOptions(layout="page")


# --- 1. A page cut at double blanks around its subheadings ------------------------

_LEAD = (
    "Council votes to close the old library\n"
    "By Jane Roe\n"
    "March 3, 2026\n\n"
    "The town council voted on Tuesday to close the old library on Mill Street after "
    "a long debate about its roof and the cost of repairs.\n\n\n"
)


@pytest.mark.parametrize(
    "piece",
    [
        # A subheading's few words over the next paragraph.
        "What happens next\n\n"
        "Members said the building had been unsafe for years and that a new branch "
        "would open near the station in the spring.\n",
        # A longer line over a paragraph running on in lower case.
        "A roof that has leaked for a decade and more\n\n"
        "and the repairs alone would cost more than the new branch, according to the "
        "council's own figures.\n",
    ],
)
def test_a_subheading_piece_after_a_double_blank_is_flagged(piece: str) -> None:
    """A page that sets two blank lines around its subheadings is cut at each:
    the piece below reads as a story, the subheading its headline, with no
    dateline, byline or caption of its own, and said nothing of the story
    above it may belong to."""
    first, second = wirestory.parse(_LEAD + piece)
    assert "may-continue-story-above" not in _codes(first)
    assert "may-continue-story-above" in _codes(second)


@pytest.mark.parametrize(
    "second",
    [
        # A headline saying who did what, over a paragraph in sentence case.
        "Ferry strike ends after two days\n\nCrews went back to work on Thursday.\n",
        # A short headline in sentence case that the lead restates.
        "Ferry crews strike\n\nFerry crews walked out on Wednesday over pay.\n",
        # A short headline in title case.
        "Harbour Bridge Reopens\n\nTraffic moved again on Thursday after a month.\n",
        # A short headline over a story with its own byline.
        "Ferry strike ends\nBy Tom Hale\n\nCrews went back to work on Thursday.\n",
        # A short headline over a story opening with a dateline.
        "Ferry strike ends\n\nOSLO (Reuters) - Crews went back to work on Thursday after a "
        "two-day strike over pay.\n",
    ],
)
def test_a_story_with_a_headline_of_its_own_is_not_flagged(second: str) -> None:
    stories = wirestory.parse(_LEAD + second)
    assert len(stories) == 2
    assert all("may-continue-story-above" not in _codes(story) for story in stories)


def test_a_headline_in_an_unspaced_script_is_not_counted_as_a_few_words() -> None:
    """A Chinese headline sets no spaces: it is one "word" whatever its length."""
    headline = "市议会决定关闭旧图书馆并在车站附近新建分馆"
    text = f"{_LEAD}{headline}\n\n议员们说这座建筑多年来一直不安全。\n"
    stories = wirestory.parse(text)
    assert all("may-continue-story-above" not in _codes(story) for story in stories)


# --- 3. Agencies whose names are words too ------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "A nurse gives a man a dose of the vaccine - Sputnik",
        "Ministers leave the conference hall - Europa Press",
        "Supporters wave flags at a rally - NTX",
        "Tourists walk through the ancient city - Petra",
        "Supporters rally in the capital - Sana'a",
    ],
)
def test_an_agency_named_by_a_word_after_a_dash_is_no_credit(caption: str) -> None:
    """``Sputnik`` is a vaccine, ``Petra`` a city: after a dash closing a
    description whose sentence has not ended, the name is the caption's own
    text, not the agency's credit."""
    assert split_credit(caption) == (caption, None)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        # After the sentence's end: the agency's sign-off.
        ("More rain is expected later this week. \u2014 Sputnik", "Sputnik"),
        # In parentheses.
        ("A nurse gives a man a dose of the vaccine (Sputnik)", "Sputnik"),
        # In capitals, as Spanish pages print the agency.
        ("Ministers leave the conference hall - EUROPA PRESS", "EUROPA PRESS"),
        # An agency whose name is no word keeps the bare credit.
        ("A nurse gives a man a dose of the vaccine - Reuters", "Reuters"),
    ],
)
def test_an_agency_in_a_credit_frame_stays_the_credit(caption: str, credit: str) -> None:
    assert split_credit(caption)[1] == credit


# --- 5. A weekday's abbreviation and a day's number over a wire story ----------------

_WIRE = (
    "Painters fill the old harbour sheds for a month\n\n"
    "BERGEN (Reuters) - Painters from twelve countries opened a month-long show in "
    "the old harbour sheds on Friday, the organisers said.\n\n"
    "The sheds have stood empty since the ferry terminal moved in 2019.\n"
)


@pytest.mark.parametrize("date_line", ["Sat 12", "Sun 5", "Wed, 3"])
def test_a_weekday_and_a_day_over_a_wire_story_is_a_date_line(date_line: str) -> None:
    """A site prints the day over its story (``Sat 12``): since a short word
    and a number stopped making a date line (``Art 2026``), it was taken for
    the headline and the real headline for a deck, silently."""
    (story,) = wirestory.parse(f"{date_line}\n{_WIRE}")
    assert story.headline == "Painters fill the old harbour sheds for a month"


@pytest.mark.parametrize("headline", ["Art 2026", "Sat 2026", "Sun 45"])
def test_a_short_word_and_a_number_that_is_no_day_stays_the_headline(headline: str) -> None:
    (story,) = wirestory.parse(f"{headline}\n{_WIRE}")
    assert story.headline == headline


# --- 4. A byline opener that is a given name too -----------------------------------

_STORM = (
    "Storm hits the coast overnight\n{byline}\nJune 3, 2026\n\n"
    "The storm hit the coast on Monday and left thousands of homes without power for "
    "hours, officials said.\n\nCrews worked through the night.\n"
)


@pytest.mark.parametrize("byline", ["Oleh Budi", "Oleh Sukhov"])
def test_an_opener_and_one_word_read_as_a_name_is_flagged(byline: str) -> None:
    """``Oleh`` opens Indonesian bylines (``Oleh Budi``: by Budi) and is a
    Ukrainian given name (``Oleh Sukhov``): the two read the same, and the
    line was one person's name with no diagnostic."""
    (story,) = wirestory.parse(_STORM.format(byline=byline), options=PAGE)
    assert story.byline is not None
    assert story.byline.names == (byline,)
    assert "byline-opener-as-name" in _codes(story)


@pytest.mark.parametrize("byline", ["Jane Roe", "Oleh Budi Santoso"])
def test_a_name_line_of_no_opener_and_one_word_is_not_flagged(byline: str) -> None:
    (story,) = wirestory.parse(_STORM.format(byline=byline), options=PAGE)
    assert story.byline is not None
    assert "byline-opener-as-name" not in _codes(story)


@pytest.mark.parametrize("line", ["From New York, Ohio", "From San Diego, California"])
def test_from_a_place_and_a_place_names_no_writer(line: str) -> None:
    """A Nigerian paper's ``From Jane Roe, Kano`` names its writer before the
    comma; ``From New York, Ohio`` read ``New York`` as the writer, silently.
    A name opening as a place's does (``Knowledge.place_openers``) is none."""
    assert find_page_byline(line) is None
    (story,) = wirestory.parse(_STORM.format(byline=line), options=PAGE)
    assert story.byline is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("From Jane Roe, Kano", ("Jane Roe",)),
        ("From Jane Roe and Tom Hale, Abuja", ("Jane Roe", "Tom Hale")),
        ("From Santos Roe, Lagos", ("Santos Roe",)),
    ],
)
def test_from_a_writer_and_a_place_still_names_the_writer(
    line: str, names: tuple[str, ...]
) -> None:
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names


# --- 7. A dateline on its own line, its dash opening the line under it --------------


def _dateline_page(place: str, lead: str) -> str:
    return (
        f"Minister opens new port\nBy Jane Roe\n\n{place}\n{lead}\n\n"
        "The port will serve cargo ships, officials said on Monday.\n"
    )


_LEAD_DASHED = "\u2013 The minister said on Monday the new port in the north would open next month."


def test_a_place_alone_over_a_dash_on_a_page_is_a_flagged_dateline() -> None:
    """A place alone in capitals over the dashed lead (``ANKARA`` / ``–
    Turkey's …``) on a page: the dateline with its dash, and the doubt the
    page layout says of a place alone on its line (``dateline-own-line``)."""
    (story,) = wirestory.parse(_dateline_page("ANKARA", _LEAD_DASHED), options=PAGE)
    assert story.dateline is not None
    assert story.dateline.raw == "ANKARA \u2013"
    assert story.body[0].startswith("The minister said")
    assert "dateline-own-line" in _codes(story)


def test_a_wire_story_opening_with_its_dateline_broken_at_the_dash() -> None:
    """No headline: the dateline's line was read as the headline."""
    text = f"OSLO (Reuters)\n{_LEAD_DASHED}\n\nThe port will serve cargo ships.\n"
    (story,) = wirestory.parse(text)
    assert story.headline == ""
    assert story.dateline is not None
    assert story.dateline.agencies == ("Reuters",)
    assert story.body[0].startswith("The minister said")


@pytest.mark.parametrize("label", ["TOP NEWS", "MARKETS"])
def test_a_label_in_capitals_over_a_dashed_list_is_no_dateline(label: str) -> None:
    """A place alone reads the same as a section's label over a dashed list."""
    text = f"{label}\n- Stocks rose 2 percent on Monday.\n- The crown fell against the euro.\n"
    (story,) = wirestory.parse(text)
    assert story.dateline is None
    assert story.headline == label


@pytest.mark.parametrize(
    ("place", "options"),
    [
        ("JAKARTA, KOMPAS.com", PAGE),
        ("OSLO, March 3", PAGE),
        ("OSLO, March 3", None),
        # In the front matter it was a caption (OSLO, credited to Reuters).
        ("OSLO (Reuters)", None),
    ],
)
def test_a_dateline_whose_dash_opens_the_next_line_takes_the_dash(
    place: str, options: ParseOptions | None
) -> None:
    """A scrape broke the dateline's line at its dash (``JAKARTA, KOMPAS.com``
    / ``– The minister …``): the body opened with the dash, or the dateline
    was lost into the body, silently."""
    text = _dateline_page(place, _LEAD_DASHED)
    (story,) = wirestory.parse(text, options=options) if options else wirestory.parse(text)
    assert story.dateline is not None
    assert story.dateline.raw == f"{place} \u2013"
    assert story.body[0].startswith("The minister said")
    assert "".join(text[s.start : s.end] for s in story.segments) == text


@pytest.mark.parametrize(
    ("place", "lead"),
    [
        # A subheading over a list's item: no dateline.
        ("Key points", _LEAD_DASHED),
        # A minus glued to a number: no dateline's dash.
        (
            "JAKARTA, KOMPAS.com",
            "-5 degrees were recorded on Monday in the hills north of the city, the weather "
            "agency said, the coldest night there in more than forty years of records.",
        ),
    ],
)
def test_a_line_over_a_dash_that_makes_no_dateline_is_left(place: str, lead: str) -> None:
    (story,) = wirestory.parse(_dateline_page(place, lead), options=PAGE)
    assert story.dateline is None
    assert story.body[0] == lead


# --- 8. What was reported from a place, closing a story -----------------------------

_FERRY_WIRE = (
    "Ferry talks stall\n\n"
    "OSLO (Reuters) - Talks between the ferry company and its crews stalled on Monday "
    "after a day of meetings, the union said.\n\n"
    "{last}\n"
)


def test_what_was_reported_from_a_place_is_no_reporters_credit() -> None:
    """``Jane Roe reported from Oslo that the talks had failed.``: a sentence
    of the story (kept as body, rightly) carried ``reporters-in-body``, a
    false doubt."""
    last = "Jane Roe reported from Oslo that the talks had failed."
    (story,) = wirestory.parse(_FERRY_WIRE.format(last=last))
    assert story.body[-1] == last
    assert "reporters-in-body" not in _codes(story)


def test_reporters_in_another_form_are_still_flagged() -> None:
    last = "Jane Roe reported from Oslo and Tom Hale from the island of Senja."
    (story,) = wirestory.parse(_FERRY_WIRE.format(last=last))
    assert "reporters-in-body" in _codes(story)


_LIBRARY_PAGE = (
    "Council votes to close the old library\nBy Jane Roe\nMarch 3, 2026\n\n"
    "The town council voted on Tuesday to close the old library on Mill Street after a "
    "long debate about its roof and the cost of repairs, which members said had grown "
    "too large.\n\n"
    "Members said the building had been unsafe for years and that a new branch would "
    "open near the station in the spring, with longer opening hours.\n\n"
)


def test_a_sentence_under_an_ad_label_closing_a_page_is_flagged() -> None:
    """A short sentence under ``Advertisement`` below the story's paragraphs
    is read as its last paragraph (the paragraphs on either side of an ad
    belong together); the ad's prompt reads the same, and was silently body."""
    prompt = "Scroll to continue with the story."
    (story,) = wirestory.parse(f"{_LIBRARY_PAGE}Advertisement\n\n{prompt}\n", options=PAGE)
    assert story.body[-1] == prompt
    assert "closing-sentence-under-ad" in _codes(story)


@pytest.mark.parametrize(
    "end",
    [
        # No ad's label above the sentence.
        "The new branch will open in May.",
        # Under the label, a sentence reporting speech: the story's.
        "Advertisement\n\nThe new branch will open in May, the mayor said.",
    ],
)
def test_a_closing_sentence_of_the_story_is_not_flagged(end: str) -> None:
    (story,) = wirestory.parse(f"{_LIBRARY_PAGE}{end}\n", options=PAGE)
    assert story.body[-1] == end.rpartition("\n")[2]
    assert "closing-sentence-under-ad" not in _codes(story)


_CHART = (
    "Rainfall in the valley\nBy Jane Roe\nMarch 3, 2026\n\n"
    "Rain fell across the valley for the third week running, the weather office said "
    "on Tuesday, and farmers said their fields were under water.\n\n"
    "Monthly rainfall in the valley, in millimetres\n\n"
    "{source}\n\n"
    "The office expects drier weather from next week, when a high-pressure system "
    "moves in from the west.\n"
)


@pytest.mark.parametrize("options", [PAGE, None])
def test_a_charts_title_and_source_are_no_subheadings(options: ParseOptions | None) -> None:
    """A chart's title with ``Source: NAME`` under it, a blank line between,
    gave two subheadings in a row (the source a heading of nothing)."""
    text = _CHART.format(source="Source: Valley Weather Office")
    (story,) = wirestory.parse(text, options=options) if options else wirestory.parse(text)
    assert "Source: Valley Weather Office" in story.body
    assert story.subheading_indices == ()


def test_a_subheading_over_a_paragraph_stays_one() -> None:
    text = _CHART.format(source="Farmers in the lower valley lost most of their winter crop.")
    (story,) = wirestory.parse(text)
    assert [story.body[i] for i in story.subheading_indices] == [
        "Monthly rainfall in the valley, in millimetres"
    ]


# --- 6. A contact label closing a story, its contacts cut off below --------------------

_FERRY_NEWS = (
    "OSLO (Reuters) - Ferry crews went back to work on Thursday after a two-day strike "
    "over pay, the union said.\n\n"
    "The company said timetables would return to normal by the weekend.\n\n"
    "Media contacts\n\n\n"
)


@pytest.mark.parametrize(
    "contacts",
    [
        "Jane Roe\n+47 555 0100\npress@example.com\n",
        "Jane Roe, Harbour Ferries\npress@example.com\n",
    ],
)
def test_contacts_cut_from_their_label_at_a_blank_run_are_flagged(contacts: str) -> None:
    """A press release's contacts set two blank lines under their label: the
    label closed the story above, and the contacts were a story of their own,
    the name its headline, with no diagnostic."""
    first, second = wirestory.parse(_FERRY_NEWS + contacts)
    assert first.notes == ("Media contacts",)
    assert "may-continue-story-above" in _codes(second)


def test_a_short_story_after_a_blank_run_is_no_contacts() -> None:
    """A story of its own holds a sentence, not only a contact's lines."""
    text = (
        _FERRY_NEWS + "Ferry fares rise\n\nFares on the coastal route rise by 5 percent in May.\n"
    )
    stories = wirestory.parse(text)
    assert "may-continue-story-above" not in _codes(stories[-1])


# --- 2. One sentence with an agency in parentheses between a page's paragraphs -------

_FLOOD_PAGE = (
    "Floods cut roads across the north\nBy Tom Hale\nDecember 3, 2026\n\n"
    "The river burst its banks near the port town overnight, cutting the coast road and "
    "forcing hundreds of families from their homes, the regional council said.\n\n"
    "{middle}\n\n"
    "Emergency crews worked through the night to shore up the embankments along the "
    "lower valley, and the army sent trucks to carry families to the shelters.\n\n"
    "More rain is expected later this week, and the weather office has warned of "
    "landslides on the mountain roads between the valley towns and the coast.\n"
)


@pytest.mark.parametrize("credit", ["(AFP)", "(Reuters)"])
def test_a_sentence_with_an_agency_in_parentheses_between_paragraphs_is_flagged(
    credit: str,
) -> None:
    """One sentence narrating (``was``), reporting no speech, with an
    agency's name alone in parentheses between a page's paragraphs: a
    photo's caption, or a paragraph a site reposted with the agency's
    sign-off, and it stayed a caption with no diagnostic."""
    middle = f"The coast road was closed for the third time this year. {credit}"
    (story,) = wirestory.parse(_FLOOD_PAGE.format(middle=middle), options=PAGE)
    assert [c.credit for c in story.captions] == [credit.strip("()")]
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "middle",
    [
        # A photographer's credit signs no paragraph.
        "Rescuers carry a woman through the flood waters. (AP Photo/Jane Roe)",
        # A caption's present tense, describing its photo.
        "Rescuers carry a woman through the flood waters in the port town. (AFP)",
    ],
)
def test_a_caption_describing_its_photo_is_not_flagged(middle: str) -> None:
    (story,) = wirestory.parse(_FLOOD_PAGE.format(middle=middle), options=PAGE)
    assert len(story.captions) == 1
    assert "caption-may-be-paragraph" not in _codes(story)
