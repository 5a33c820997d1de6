"""The marked layout (a headline, captions ending in a credit, a marker line,
the headline and captions shown again, then the body) in variations of its
form: other markers or none, a repeat that is not the same, stories with no
captions or five, a dateline or byline under the repeat, stories glued or cut
short, other line endings, other languages. Each story's fields and
diagnostics are checked.

Every dump here is invented, in the shape of the layout's real text.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from story_checks import codes as _codes

import wirestory

_HEADLINE = "Harbour Wall Repairs Begin in Dover"
_CAPTION = "Workers mend the harbour wall in Dover on Monday."
_BODY = (
    "The council met on Monday to approve the plan for the new harbour wall.",
    "Work will begin in the spring and last two years, officials said.",
)
_SECOND = (
    "Farmers Protest Over Grain Prices",
    "Tractors block a road near Lyon on Tuesday. (AFP)",
    "Hundreds of farmers drove tractors into the city centre on Tuesday.",
)


def _story(
    headline: str = _HEADLINE,
    captions: Sequence[str] = (f"{_CAPTION} (AFP)",),
    marker: str | None = "TT",
    again: str | None = None,
    captions_again: Sequence[str] | None = None,
    under: Sequence[str] = (),
    body: Sequence[str] = _BODY,
) -> str:
    """One story of the layout: the header, the marker, the header shown again
    (``again`` and ``captions_again`` when the repeat differs), the lines
    ``under`` the repeat (each a paragraph), the body's paragraphs."""
    lines = [headline, "", *captions]
    if marker is not None:
        lines.append(marker)
    lines += ["", headline if again is None else again, ""]
    shown = captions if captions_again is None else captions_again
    if shown:
        lines += [*shown, ""]
    for paragraph in (*under, *body):
        lines += [paragraph, ""]
    return "\n".join(lines)


def _second(marker: str | None = "TT") -> str:
    headline, caption, paragraph = _SECOND
    return _story(headline, (caption,), marker, body=(paragraph,))


def _check_first(story: wirestory.Story, marker: str | None = "TT") -> None:
    assert story.layout == "marked"
    assert story.headline == _HEADLINE
    assert story.marker == marker
    assert [(c.text, c.credit) for c in story.captions] == [(_CAPTION, "AFP")]
    assert story.body == _BODY


def _check_second(story: wirestory.Story, marker: str | None = "TT") -> None:
    assert story.layout == "marked"
    assert story.headline == _SECOND[0]
    assert story.marker == marker
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Tractors block a road near Lyon on Tuesday.", "AFP")
    ]
    assert story.body == (_SECOND[2],)
    assert story.diagnostics == ()


# --- The marker line ------------------------------------------------------------


@pytest.mark.parametrize("marker", ["AB", "XYZ", "Photo", "■", "●", "***", None])
def test_two_stories_with_another_marker_or_none(marker: str | None) -> None:
    """Two capitals, three, a short word, a symbol line or no marker line: the
    repeat of the header is what says the layout."""
    first, second = wirestory.parse(_story(marker=marker) + "\n\n" + _second(marker))
    _check_first(first, marker)
    assert first.diagnostics == ()
    _check_second(second, marker)


def test_a_number_line_under_the_marker_is_furniture() -> None:
    text = "\n".join(
        [_HEADLINE, "", f"{_CAPTION} (AFP)", "TT", "20", "", _HEADLINE, "", f"{_CAPTION} (AFP)"]
    )
    (story,) = wirestory.parse(text + "\n\n" + "\n\n".join(_BODY) + "\n")
    _check_first(story)
    assert story.diagnostics == ()


# --- The repeat not the same -----------------------------------------------------


def test_white_space_after_the_repeated_headline_is_no_difference() -> None:
    for again in (_HEADLINE + " ", _HEADLINE + "\u00a0", "\t" + _HEADLINE):
        (story,) = wirestory.parse(_story(again=again))
        _check_first(story)
        assert story.diagnostics == ()


@pytest.mark.parametrize(
    ("headline", "again"),
    [
        ('Mayor Says "No" to Tower Plan', "Mayor Says “No” to Tower Plan"),
        ("Talks Resume – Ministers Hopeful", "Talks Resume - Ministers Hopeful"),
        ("Le maire dit « non » à la tour", 'Le maire dit "non" à la tour'),
    ],
)
def test_a_repeat_with_other_quotes_or_dash_is_flagged(headline: str, again: str) -> None:
    """The first headline is kept, and the difference said."""
    (story,) = wirestory.parse(_story(headline, again=again))
    assert story.headline == headline
    assert story.body == _BODY
    assert _codes(story) == ["repeat-differs"]


def test_a_caption_left_out_of_the_repeat_is_flagged() -> None:
    captions = (f"{_CAPTION} (AFP)", "A crane arrives at the port. (Reuters)")
    (story,) = wirestory.parse(_story(captions=captions, captions_again=captions[:1]))
    assert [c.credit for c in story.captions] == ["AFP", "Reuters"]
    assert story.body == _BODY
    assert _codes(story) == ["repeat-differs"]


def test_captions_shown_again_in_another_order_are_flagged() -> None:
    captions = (f"{_CAPTION} (AFP)", "A crane arrives at the port. (Reuters)")
    (story,) = wirestory.parse(_story(captions=captions, captions_again=captions[::-1]))
    assert [c.credit for c in story.captions] == ["AFP", "Reuters"]
    assert story.body == _BODY
    assert "repeat-differs" in _codes(story)


def test_a_caption_shown_again_without_its_credit_is_flagged() -> None:
    (story,) = wirestory.parse(_story(captions_again=(_CAPTION,)))
    _check_first(story)
    assert _codes(story) == ["repeat-differs"]


@pytest.mark.parametrize(
    "credit", ["AFP/Getty", "Reuters", "File photo", "وكالة الأنباء", "Handout via Reuters"]
)
def test_other_credits_in_parentheses(credit: str) -> None:
    (story,) = wirestory.parse(_story(captions=(f"{_CAPTION} ({credit})",)))
    assert [(c.text, c.credit) for c in story.captions] == [(_CAPTION, credit)]
    assert story.body == _BODY
    assert story.diagnostics == ()


def test_a_photo_colon_credit() -> None:
    (story,) = wirestory.parse(_story(captions=(f"{_CAPTION} Photo: Jane Roe",)))
    assert [(c.text, c.credit) for c in story.captions] == [(_CAPTION, "Photo: Jane Roe")]
    assert story.diagnostics == ()


@pytest.mark.parametrize("broken_first", [False, True])
def test_mojibake_in_one_copy_is_repaired_and_flagged(broken_first: bool) -> None:
    """ftfy repairs the field whichever copy was broken; the repeat is
    compared as printed, so the difference is said, never hidden."""
    headline, caption = "Café Owners Protest New Rules", "A café terrace in Paris. (AFP)"
    broken = caption.replace("é", "Ã©")
    if broken_first:
        text = _story(headline, (broken,), captions_again=(caption,))
    else:
        text = _story(headline, (caption,), captions_again=(broken,))
    (story,) = wirestory.parse(text)
    assert story.headline == headline
    assert [(c.text, c.credit) for c in story.captions] == [("A café terrace in Paris.", "AFP")]
    assert _codes(story) == ["repeat-differs"]


# --- Captions: none, five, no repeat ---------------------------------------------


def test_no_captions_under_a_marker() -> None:
    (story,) = wirestory.parse(_story(captions=()))
    assert (story.layout, story.headline, story.marker) == ("marked", _HEADLINE, "TT")
    assert story.captions == ()
    assert story.body == _BODY
    assert story.diagnostics == ()


def test_no_captions_and_no_marker_is_never_silent() -> None:
    """The headline shown again with nothing between is no header of the
    layout (a subheading shown again reads the same): the dump is read as two
    stories, and the first, with no body, says so."""
    first, second = wirestory.parse(_story(captions=(), marker=None))
    assert (first.headline, first.body) == (_HEADLINE, ())
    assert _codes(first) == ["no-body"]
    assert (second.headline, second.body) == (_HEADLINE, _BODY)


def test_five_captions() -> None:
    captions = [f"Photo {n} of the works on the harbour wall. (AFP)" for n in range(1, 6)]
    (story,) = wirestory.parse(_story(captions=captions))
    assert [c.text for c in story.captions] == [c[:-6] for c in captions]
    assert story.body == _BODY
    assert story.diagnostics == ()


def test_five_captions_one_left_out_of_the_repeat_with_no_marker() -> None:
    captions = [f"Photo {n} of the works on the harbour wall. (AFP)" for n in range(1, 6)]
    again = captions[:2] + captions[3:]
    (story,) = wirestory.parse(_story(captions=captions, marker=None, captions_again=again))
    assert len(story.captions) == 5
    assert story.body == _BODY
    assert _codes(story) == ["repeat-differs"]


def test_a_caption_and_a_marker_with_no_repeat() -> None:
    text = "\n".join(
        [_HEADLINE, "", f"{_CAPTION} (AFP)", "TT", "", *"\n\n".join(_BODY).split("\n")]
    )
    (story,) = wirestory.parse(text + "\n")
    _check_first(story)
    assert story.diagnostics == ()


# --- Under the repeat: a dateline, a byline; the body's length --------------------


def test_a_dateline_glued_to_the_first_paragraph() -> None:
    (story,) = wirestory.parse(_story(under=[f"LONDON – {_BODY[0]}"], body=_BODY[1:]))
    assert story.dateline is not None
    assert story.dateline.places == ("LONDON",)
    assert story.body == _BODY


@pytest.mark.parametrize(
    ("line", "places", "agencies"),
    [
        ("LONDON –", ("LONDON",), ()),
        ("LONDON —", ("LONDON",), ()),
        ("  LONDON -  ", ("LONDON",), ()),
        ("PARIS (AFP) -", ("PARIS",), ("Agence France-Presse",)),
        ("LONDON, March 3 –", ("LONDON",), ()),
    ],
)
def test_a_dateline_ending_in_its_dash_alone_above_the_body(
    line: str, places: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    """``LONDON –`` as a paragraph of its own under the repeat, the story's
    words in the next: the dateline, not the body's first paragraph (it was
    left in the body, silently)."""
    text = _story(under=[line])
    (story,) = wirestory.parse(text)
    _check_first(story)
    assert story.dateline is not None
    assert (story.dateline.raw, story.dateline.places) == (line.strip(), places)
    assert story.dateline.agencies == agencies
    (segment,) = [s for s in story.segments if s.role is wirestory.Role.DATELINE]
    assert text[segment.start : segment.end] == line
    # A place and its dash alone read as a section's label does (review 29:
    # ``WEATHER –``); an agency or a date is a dateline's own.
    alone = not agencies and "," not in line
    assert [d.code for d in story.diagnostics] == (["dateline-own-line"] if alone else [])


def test_a_dateline_alone_above_the_body_of_a_wire_story() -> None:
    """The same form in a story with a headline and no header repeat."""
    text = f"{_HEADLINE}\n\nLONDON –\n\n" + "\n\n".join(_BODY) + "\n"
    (story,) = wirestory.parse(text)
    assert story.dateline is not None
    assert story.dateline.raw == "LONDON –"
    assert story.body == _BODY


@pytest.mark.parametrize(
    "line",
    [
        "LONDON",  # a place with no dash: a label as often
        "What next –",  # a phrase broken off at a dash
        "Asked about the plan, the mayor said –",
    ],
)
def test_a_line_alone_above_the_body_that_is_no_dateline_stays_in_it(line: str) -> None:
    (story,) = wirestory.parse(_story(under=[line]))
    assert story.dateline is None
    assert story.body == (line, *_BODY)


def test_a_site_dateline_alone_above_the_body() -> None:
    (story,) = wirestory.parse(_story(under=["Beirut - Asharq Al-Awsat"]))
    _check_first(story)
    assert story.dateline is not None
    assert story.dateline.agencies == ("Asharq Al-Awsat",)


@pytest.mark.parametrize("marker", ["TT", None])
def test_a_byline_under_the_repeat(marker: str | None) -> None:
    (story,) = wirestory.parse(_story(marker=marker, under=["By Jane Roe"]))
    _check_first(story, marker)
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.diagnostics == ()


def test_a_byline_then_a_dateline_under_the_repeat() -> None:
    under = ["By Jane Roe", f"LONDON – {_BODY[0]}"]
    (story,) = wirestory.parse(_story(under=under, body=_BODY[1:]))
    _check_first(story)
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.dateline is not None
    assert story.dateline.places == ("LONDON",)


def test_a_one_paragraph_body() -> None:
    (story,) = wirestory.parse(_story(body=_BODY[:1]))
    assert story.body == _BODY[:1]
    assert story.diagnostics == ()


# --- Several stories: glued, cut short ---------------------------------------------


@pytest.mark.parametrize("gap", ["", "\n"])
def test_two_stories_glued_by_one_blank_line_or_none(gap: str) -> None:
    first, second = wirestory.parse(_story().rstrip("\n") + "\n" + gap + _second())
    _check_first(first)
    assert first.diagnostics == ()
    _check_second(second)


def test_two_stories_glued_with_no_marker_and_no_blank_line_are_flagged() -> None:
    """With no marker line, the next header glued under the last paragraph is
    not split off (a paragraph's line shown again reads the same): the story
    says a story may start there."""
    stories = wirestory.parse(_story(marker=None).rstrip("\n") + "\n" + _second(None))
    assert "possible-story-boundary" in _codes(stories[0])


def test_a_story_with_no_body_is_flagged() -> None:
    first, second = wirestory.parse(_story(body=()) + "\n\n" + _second())
    assert first.headline == _HEADLINE
    assert first.body == ()
    assert _codes(first) == ["no-body"]
    _check_second(second)


def test_a_dump_ending_inside_a_header() -> None:
    text = _story() + "\n\n" + "\n".join([_SECOND[0], "", _SECOND[1], "TT"]) + "\n"
    first, second = wirestory.parse(text)
    _check_first(first)
    assert second.headline == _SECOND[0]
    assert _codes(second) == ["no-body"]


def test_a_dump_ending_mid_line_is_flagged() -> None:
    text = _story() + "\n\n" + _SECOND[0] + "\n\nTractors block"
    first, second = wirestory.parse(text)
    _check_first(first)
    assert second.headline == _SECOND[0]
    assert "possible-story-boundary" in _codes(second)


# --- Line endings, BOM, tabs ---------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        lambda text: text.replace("\n", "\r\n"),
        lambda text: text.replace("\n", "\r"),
        lambda text: "\ufeff" + text,
    ],
    ids=["crlf", "cr", "bom"],
)
def test_line_endings_and_a_byte_order_mark(change: object) -> None:
    assert callable(change)
    first, second = wirestory.parse(change(_story() + "\n\n" + _second()))
    _check_first(first)
    _check_second(second)


def test_tabs_opening_lines() -> None:
    text = _story("\t" + _HEADLINE, ("\t" + f"{_CAPTION} (AFP)",), again=_HEADLINE)
    (story,) = wirestory.parse(text)
    _check_first(story)


# --- Arabic and French -------------------------------------------------------------


def test_the_layout_in_arabic() -> None:
    headline = "الوزراء يتفقون على صندوق للمياه"
    caption = "الوزراء يجتمعون في العاصمة يوم الأحد."
    body = (
        "اجتمع الوزراء يوم الأحد لبحث خطة المياه الجديدة.",
        "وقال مسؤولون إن الصندوق يبدأ العام المقبل.",
    )
    (story,) = wirestory.parse(_story(headline, (f"{caption} (أ.ف.ب)",), body=body))
    assert story.headline == headline
    assert [(c.text, c.credit) for c in story.captions] == [(caption, "أ.ف.ب")]
    assert story.body == body
    assert story.diagnostics == ()


def test_the_layout_in_french_with_a_byline() -> None:
    headline = "Les ministres s’accordent sur l’eau"
    body = ("Les ministres se sont réunis dimanche pour discuter du plan.",)
    text = _story(
        headline, ("Les ministres réunis dimanche. (AFP)",), under=["Par Jeanne Roux"], body=body
    )
    (story,) = wirestory.parse(text)
    assert story.headline == headline
    assert [c.credit for c in story.captions] == ["AFP"]
    assert story.byline is not None
    assert story.byline.names == ("Jeanne Roux",)
    assert story.body == body
    assert story.diagnostics == ()


# --- A repeat the layout does not recognise ------------------------------------------


def test_a_rewritten_repeat_with_no_marker_leaves_a_flagged_duplicate() -> None:
    """No marker line and the headline rewritten in the repeat: no header of
    the layout (a subheading over a caption shown again reads the same), so
    the captions' second showing stays in the body; it said nothing."""
    (story,) = wirestory.parse(_story(marker=None, again="Dover Starts Work on Its Harbour Wall"))
    assert story.headline == _HEADLINE
    assert f"{_CAPTION} (AFP)" in story.body
    assert "caption-in-body" in _codes(story)


def test_a_caption_shown_once_and_a_body_unlike_it_is_quiet() -> None:
    text = f"{_HEADLINE}\n\n{_CAPTION} (AFP)\n\n" + "\n\n".join(_BODY) + "\n"
    (story,) = wirestory.parse(text)
    assert "caption-in-body" not in _codes(story)
    assert story.body == _BODY


# --- More shapes of the header and the dump ------------------------------------------


def test_three_stories_the_middle_one_with_no_captions() -> None:
    middle = _story(
        "Schools Close for Winter Storm",
        (),
        body=("Schools across the county closed on Wednesday as snow fell.",),
    )
    first, second, third = wirestory.parse(_story() + "\n\n" + middle + "\n\n" + _second())
    _check_first(first)
    assert (second.headline, second.captions, second.marker) == (
        "Schools Close for Winter Storm",
        (),
        "TT",
    )
    assert second.body == ("Schools across the county closed on Wednesday as snow fell.",)
    assert second.diagnostics == ()
    _check_second(third)


@pytest.mark.parametrize(
    "headline",
    ["HARBOUR WALL REPAIRS BEGIN", "Will the Harbour Wall Hold?", "'We Will Rebuild,' Says Mayor"],
)
def test_headlines_in_capitals_a_question_or_a_quotation(headline: str) -> None:
    (story,) = wirestory.parse(_story(headline))
    assert (story.layout, story.headline, story.body) == ("marked", headline, _BODY)
    assert story.diagnostics == ()


def test_mojibake_in_both_copies_is_repaired_quietly() -> None:
    (story,) = wirestory.parse(_story("CafÃ© Owners Protest", ("A cafÃ© in Paris. (AFP)",)))
    assert story.headline == "Café Owners Protest"
    assert [(c.text, c.credit) for c in story.captions] == [("A café in Paris.", "AFP")]
    assert story.diagnostics == ()


def test_no_break_space_lines_between_paragraphs() -> None:
    text = _story(body=()).rstrip("\n") + "\n\n" + "\n\n\u00a0\n\n".join(_BODY) + "\n"
    (story,) = wirestory.parse(text)
    _check_first(story)
    assert story.diagnostics == ()


def test_a_dateline_or_byline_right_under_the_repeated_caption() -> None:
    caption = f"{_CAPTION} (AFP)"
    dated = _story().replace(f"{caption}\n\n{_BODY[0]}", f"{caption}\nLONDON – {_BODY[0]}")
    (story,) = wirestory.parse(dated)
    _check_first(story)
    assert story.dateline is not None
    assert story.dateline.raw == "LONDON –"
    signed = _story().replace(f"{caption}\n\n{_BODY[0]}", f"{caption}\n\nBy Jane Roe\n{_BODY[0]}")
    (story,) = wirestory.parse(signed)
    _check_first(story)
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)


def test_a_headless_piece_after_a_long_blank_run_is_flagged() -> None:
    text = _story() + "\n\n\n\nthe rest of a paragraph cut from somewhere, in small letters.\n"
    (story,) = wirestory.parse(text)
    assert story.body[:2] == _BODY
    assert "possible-story-boundary" in _codes(story)


def test_two_stories_with_different_markers() -> None:
    first, second = wirestory.parse(_story(marker="AB") + "\n\n" + _second("TT"))
    _check_first(first, "AB")
    _check_second(second)


def test_a_caption_that_is_the_headline_again_is_flagged() -> None:
    (story,) = wirestory.parse(_story(captions=(_HEADLINE,)))
    assert story.headline == _HEADLINE
    assert story.body == _BODY
    assert _codes(story) == ["caption-without-credit"]


def test_a_standfirst_the_repeat_leaves_out() -> None:
    lines = [_HEADLINE, "", "Officials say the work will take two years.", f"{_CAPTION} (AFP)"]
    lines += ["TT", "", _HEADLINE, "", f"{_CAPTION} (AFP)", ""]
    (story,) = wirestory.parse("\n".join(lines) + "\n" + "\n\n".join(_BODY) + "\n")
    _check_first(story)
    assert story.standfirst == "Officials say the work will take two years."


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (f"{_CAPTION[:-1]} - Asharq Al-Awsat", _CAPTION[:-1], "Asharq Al-Awsat"),
        (f"{_CAPTION} AFP", _CAPTION, "AFP"),
        (f"{_CAPTION} saba", _CAPTION, "saba"),
    ],
)
def test_bare_and_dashed_credits(caption: str, text: str, credit: str) -> None:
    (story,) = wirestory.parse(_story(captions=(caption,)))
    assert [(c.text, c.credit) for c in story.captions] == [(text, credit)]
    assert story.body == _BODY


def test_a_symbol_marker_with_captions_shown_twice() -> None:
    caption = f"{_CAPTION} (AFP)"
    lines = [_HEADLINE, "", caption, caption, "■", "", _HEADLINE, "", caption, caption, ""]
    (story,) = wirestory.parse("\n".join(lines) + "\n" + "\n\n".join(_BODY) + "\n")
    _check_first(story, "■")
    assert story.diagnostics == ()


def test_two_blank_lines_between_stories() -> None:
    first, second = wirestory.parse(_story().rstrip("\n") + "\n\n\n" + _second())
    _check_first(first)
    _check_second(second)


def test_a_subheading_in_the_body() -> None:
    (story,) = wirestory.parse(_story(body=(_BODY[0], "Costs Rise", _BODY[1])))
    assert story.body == (_BODY[0], "Costs Rise", _BODY[1])
    assert story.subheading_indices == (1,)


def test_a_second_story_with_a_marker_and_no_repeat() -> None:
    headline, caption, paragraph = _SECOND
    tail = "\n".join([headline, "", caption, "TT", "", paragraph, ""])
    first, second = wirestory.parse(_story() + "\n\n" + tail)
    _check_first(first)
    _check_second(second)


def test_the_layout_in_arabic_with_a_symbol_marker_and_an_agency_dateline_alone() -> None:
    headline = "انطلاق أعمال ترميم الميناء"
    body = ("بدأت يوم الاثنين أعمال ترميم جدار الميناء القديم.",)
    text = _story(
        headline,
        ("عمال يرممون جدار الميناء يوم الاثنين. (أ ف ب)",),
        marker="■",
        under=["القاهرة (رويترز) -"],
        body=body,
    )
    (story,) = wirestory.parse(text)
    assert (story.headline, story.marker, story.body) == (headline, "■", body)
    assert story.dateline is not None
    assert story.dateline.agencies == ("Reuters",)
    assert story.diagnostics == ()


def test_the_layout_in_french_with_a_dateline_alone() -> None:
    body = ("Les travaux ont commencé lundi sur le vieux mur du port.",)
    text = _story(
        "Début des travaux du port",
        ("Des ouvriers réparent le mur du port lundi. (AFP)",),
        marker="■",
        under=["PARIS –"],
        body=body,
    )
    (story,) = wirestory.parse(text)
    assert story.body == body
    assert story.dateline is not None
    assert story.dateline.places == ("PARIS",)
