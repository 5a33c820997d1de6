"""Never silently wrong, seventh round: the forms the sixth left open, each
re-created with invented text (docs/reliability-log.md). Each test failed on the
code before; the counter-cases read like them and stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory import Role

_LEAD = (
    "OSLO (Reuters) - Ferry crews walked out on Monday over pay, leaving thousands "
    "of passengers stranded on both sides of the fjord.\n\n"
    "The union said the strike would last until Wednesday.\n"
)
# The same story hard-wrapped at 40 columns.
_WRAPPED_LEAD = (
    "OSLO (Reuters) - Ferry crews walked out\n"
    "on Monday over pay, leaving thousands\n"
    "of passengers stranded on both sides of\n"
    "the fjord.\n\n"
    "The union said the strike would last\n"
    "until Wednesday.\n"
)


def _rules(text: str, story: wirestory.Story) -> dict[str, str]:
    return {text[s.start : s.end].strip(): s.rule for s in story.segments}


# --- 1. A deck in small letters under a wire headline --------------------------


@pytest.mark.parametrize(
    "deck", ["iPhone sales rise ten pct in Asia", "eBay sellers face new fees from March"]
)
def test_a_deck_opening_with_a_brand_is_no_wrapped_headline(deck: str) -> None:
    """A line opening with a word in small letters with a capital inside is a
    deck under the headline: it was joined to the headline, silently."""
    text = f"Apple results beat forecasts for the quarter\n{deck}\n\n{_LEAD}"
    (story,) = wirestory.parse(text)
    assert story.headline == "Apple results beat forecasts for the quarter"
    assert story.standfirst == deck
    assert _rules(text, story)[deck] == "deck-under-headline"
    assert story.body[0].startswith("Ferry crews walked out")


def test_a_clause_of_its_own_joined_to_the_headline_is_flagged() -> None:
    """A line in small letters with no sign of a wrap (no function word at the
    join, the story under it not hard-wrapped) may be a deck: joined, flagged."""
    text = (
        "Storm floods northern towns overnight\n"
        "thousands of homes lose power as rivers rise\n\n"
        f"{_LEAD}"
    )
    (story,) = wirestory.parse(text)
    assert story.headline == (
        "Storm floods northern towns overnight thousands of homes lose power as rivers rise"
    )
    assert "headline-may-hold-deck" in _codes(story)


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # The story is hard-wrapped at 40 columns: "emissions" does not fit.
        ("Dutch court orders the state to cut\nemissions by a quarter", _WRAPPED_LEAD),
        # A function word at the join: the line goes on.
        ("Storm floods the northern towns as\nrivers across the valley burst\ntheir banks", _LEAD),
        ("Regulators clear the first of the\niPhone models for sale in Europe", _LEAD),
    ],
)
def test_a_wrapped_headline_stays_joined_and_quiet(headline: str, lead: str) -> None:
    """Counter-cases: a headline's wrap shows (a function word at the join, or
    text wrapped at a width the next word overruns): one headline, no flag."""
    (story,) = wirestory.parse(f"{headline}\n\n{lead}")
    assert story.headline == headline.replace("\n", " ")
    assert story.standfirst is None
    assert "headline-may-hold-deck" not in _codes(story)


def test_a_wrap_with_no_sign_of_it_is_joined_and_flagged() -> None:
    """The same headline over paragraphs of one line each: no width tells the
    wrap, and the line could be a deck; joined, as before, and flagged."""
    text = f"Dutch court orders the state to cut\nemissions by a quarter\n\n{_LEAD}"
    (story,) = wirestory.parse(text)
    assert story.headline == "Dutch court orders the state to cut emissions by a quarter"
    assert _codes(story) == ["headline-may-hold-deck"]


# --- 2. A date line with no month in a wire story's front matter ----------------


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("date", ["Updated 3 hours ago", "Posted 10:15 am ET"])
def test_a_date_line_with_no_month_under_the_headline_is_furniture(gap: str, date: str) -> None:
    """``Updated 3 hours ago`` under the headline is page furniture, not the
    body's first paragraph."""
    text = f"Ferry crews walk out over pay{gap}{date}\n\n{_LEAD}"
    (story,) = wirestory.parse(text)
    assert story.headline == "Ferry crews walk out over pay"
    assert story.body[0].startswith("Ferry crews walked out")
    assert date not in story.body
    assert _rules(text, story)[date] == "wire-date-line"
    assert [s.role for s in story.segments if s.rule == "wire-date-line"] == [Role.FURNITURE]


@pytest.mark.parametrize(
    "lead", ["The strike began at 10:15 am on Monday.", "Crews walked out 3 hours ago."]
)
def test_a_one_line_lead_giving_a_time_stays_body(lead: str) -> None:
    """Counter-case: a lead that mentions a time holds other words: body."""
    (story,) = wirestory.parse(f"Ferry crews walk out over pay\n\n{lead}\n\nMore soon.\n")
    assert story.body[0] == lead


# --- 3. Words after a slug's keywords ------------------------------------------


@pytest.mark.parametrize(
    "first", ["NATO-EU-US, allies meet in 2026", "NATO-EU-US allies meet on May 4"]
)
def test_a_keyword_run_going_on_in_words_is_a_headline(first: str) -> None:
    """A line opening with a slug's keyword run and going on in words (a year
    among them) is a headline: it was a slug, the story silently headless."""
    (story,) = wirestory.parse(f"{first}\n\n{_LEAD}")
    assert story.headline == first
    assert story.notes == ()


@pytest.mark.parametrize(
    "slug",
    [
        "BC-EU-Grain-Prices,0412",
        "BC-EU-Grain-Prices,0412<",
        "AM-Cyprus-Talks 1stLd-Writethru",
        "BC-US--Grain-Prices,1st Ld-Writethru,0842",
    ],
)
def test_slugs_with_codes_after_the_keywords_stay_slugs(slug: str) -> None:
    """Counter-cases: a version or count after the keywords (a comma or a
    space, then tokens holding digits or hyphens) is a slug's."""
    (story,) = wirestory.parse(f"{slug}\n\nFerry crews walk out over pay\n\n{_LEAD}")
    assert story.headline == "Ferry crews walk out over pay"
    assert story.notes == (slug,)


# --- 7. A closing line of who reported from where ------------------------------

_PARAGRAPHS = (
    "Harbour officials said the storm had torn two moorings loose overnight and that "
    "crews worked until dawn to secure the vessels along the eastern quay, where the "
    "damage was worst.",
    "The port authority said repairs to the main pier would take at least a week, and "
    "that passengers booked on cancelled crossings would be offered refunds or later "
    "sailings.",
)


def _page(last: str, *, middle: str = "") -> str:
    """A page: title line, headline, byline, two paragraphs (``middle``
    between them), ``last`` under them, and the page's furniture below."""
    between = f"{middle}\n\n" if middle else ""
    return (
        "Ferry service halted after storm - Vale Post Daily\n\n"
        "Ferry service halted after storm\n\nBy Jane Roe\n\n"
        f"{_PARAGRAPHS[0]}\n\n{between}{_PARAGRAPHS[1]}\n\n{last}\n\n"
        "Share this\n\nRelated stories\n"
    )


def _wire(last: str) -> str:
    return (
        f"Ferry service halted after storm\n\nOSLO (Reuters) - {_PARAGRAPHS[0]}\n\n"
        f"{_PARAGRAPHS[1]}\n\n{last}\n"
    )


@pytest.mark.parametrize("layout", [_page, _wire])
@pytest.mark.parametrize(
    ("last", "people"),
    [
        (
            "Jane Roe reported from Oslo and Tom Hale from Bergen.",
            [("Jane Roe", "Oslo"), ("Tom Hale", "Bergen")],
        ),
        (
            "Jane Roe reported from Oslo; Tom Hale reported from New York.",
            [("Jane Roe", "Oslo"), ("Tom Hale", "New York")],
        ),
        (
            "Jane Roe and Tom Hale reported from Washington, D.C.",
            [("Jane Roe", "Washington, D.C."), ("Tom Hale", "Washington, D.C.")],
        ),
    ],
)
def test_a_closing_line_of_who_reported_from_where_is_the_contributors(
    layout: Callable[[str], str], last: str, people: list[tuple[str, str]]
) -> None:
    """A last paragraph made of ``NAME reported from PLACE`` clauses credits
    the reporters: it stayed a body paragraph (wire) or was left out as
    furniture (page)."""
    text = layout(last)
    (story,) = wirestory.parse(text)
    assert [(c.name, c.place) for c in story.contributors] == people
    assert {c.role for c in story.contributors} == {"reporting"}
    assert last not in story.body
    assert _rules(text, story)[last] == "trailer-contributors"


@pytest.mark.parametrize(
    "last",
    [
        "The crew reported from home on the state of the quay.",
        "Jane Roe reported from Oslo that the talks had failed.",
        "Police reported from Oslo and Bergen.",
    ],
)
def test_a_sentence_about_reporting_from_a_place_stays_in_the_body(last: str) -> None:
    """Counter-cases: no person's name, words after the place, or a place that
    is not one: a sentence of the story."""
    (story,) = wirestory.parse(_wire(last))
    assert story.body[-1] == last
    assert story.contributors == ()


# --- 5. Photo captions above a page's title line -------------------------------

_CAPTIONS = (
    "A ferry leaves the harbour at dawn. (AP Photo/Jane Roe)\n\n"
    "Passengers wait on the quay in the rain. (AP Photo/Tom Hale)\n\n"
)
_TITLE = "Ferry service halted after storm - Vale Post Daily\n\n"


@pytest.mark.parametrize(
    "options", [wirestory.ParseOptions(), wirestory.ParseOptions(layout="page")]
)
def test_captions_above_the_title_line_are_the_story_s(options: wirestory.ParseOptions) -> None:
    """The lead photo's captions above the page's title, headline and byline:
    the page is read from its title, the captions are the story's. It was
    headless (auto: the title line the headline, the headline and byline a
    body paragraph) or a caption was the headline (page), silently."""
    text = (
        f"{_CAPTIONS}{_TITLE}Ferry service halted after storm\nBy Jane Roe\n\n"
        f"{_PARAGRAPHS[0]}\n\n{_PARAGRAPHS[1]}\n\nShare this\n\nRelated stories\n"
    )
    (story,) = wirestory.parse(text, options=options)
    assert story.layout == "page"
    assert story.headline == "Ferry service halted after storm"
    assert [(c.text, c.credit) for c in story.captions] == [
        ("A ferry leaves the harbour at dawn.", "AP Photo/Jane Roe"),
        ("Passengers wait on the quay in the rain.", "AP Photo/Tom Hale"),
    ]
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.body == _PARAGRAPHS
    assert _rules(text, story)["Passengers wait on the quay in the rain. (AP Photo/Tom Hale)"] == (
        "caption-above-title"
    )


def test_a_title_line_under_captions_with_no_headline_line_is_flagged() -> None:
    """With no line showing the title's headline part, the page is not told:
    headless, the title line (with the site's name) the headline, flagged."""
    text = f"{_CAPTIONS}{_TITLE}{_PARAGRAPHS[0]}\n\n{_PARAGRAPHS[1]}\n"
    (story,) = wirestory.parse(text)
    assert story.headline == _TITLE.strip()
    assert len(story.captions) == 2
    assert "headline-from-title" in _codes(story)


@pytest.mark.parametrize("above", ["Home | World | Business\n\n", "Tuesday, 19 November 2024\n\n"])
def test_a_menu_above_the_title_stays_furniture(above: str) -> None:
    """Counter-case: a menu or date bar above the title is furniture, no caption."""
    text = (
        f"{above}{_TITLE}Ferry service halted after storm\nBy Jane Roe\n\n"
        f"{_PARAGRAPHS[0]}\n\n{_PARAGRAPHS[1]}\n"
    )
    (story,) = wirestory.parse(text)
    assert story.headline == "Ferry service halted after storm"
    assert story.captions == ()
    assert _rules(text, story)[above.strip()] == "menu-above-title"


def test_a_headline_under_captions_with_no_title_parts_is_quiet() -> None:
    """Counter-case: captions, then a plain headline: headless, no flag."""
    text = f"{_CAPTIONS}Ferry service halted after storm\n\n{_PARAGRAPHS[0]}\n"
    (story,) = wirestory.parse(text)
    assert story.headline == "Ferry service halted after storm"
    assert _codes(story) == []


# --- 6. A credit alone under a page's last paragraph ---------------------------


@pytest.mark.parametrize(
    ("credit", "codes"),
    [
        ("Jane Roe / AFP", ["credit-under-story"]),
        ("Tom Hale/Reuters", ["credit-under-story"]),
        ("Photo: Tom Hale/Reuters", []),
    ],
)
def test_a_credit_under_the_story_is_a_photo_s_credit(credit: str, codes: list[str]) -> None:
    """A credit alone under the last paragraph is a caption segment holding
    only a credit (its caption lost): it was furniture, quietly. Without a
    photo label it may sign the story, and the story says so."""
    text = _page(credit)
    (story,) = wirestory.parse(text)
    assert story.body == _PARAGRAPHS
    assert _rules(text, story)[credit] == "credit-under-story"
    assert [s.role for s in story.segments if s.rule == "credit-under-story"] == [Role.CAPTION]
    assert _codes(story) == codes


@pytest.mark.parametrize("last", ["AFP", "© Reuters", "Kim Gump, Dallas"])
def test_a_sign_off_a_notice_or_a_signature_under_the_story_is_no_credit(last: str) -> None:
    """Counter-cases: a bare agency (its sign-off), a copyright notice, or a
    name and a place (a reader's letter signed) are not read as a credit."""
    text = _page(last)
    (story,) = wirestory.parse(text)
    assert story.body == _PARAGRAPHS
    assert _rules(text, story)[last] != "credit-under-story"
    assert "credit-under-story" not in _codes(story)


# --- 4. A Turkish furniture phrase in capitals ---------------------------------


@pytest.mark.parametrize(
    "phrase", ["G\u0130ZL\u0130L\u0130K POL\u0130T\u0130KASI", "Gizlilik Politikas\u0131"]
)
def test_a_turkish_phrase_in_capitals_between_paragraphs_is_furniture(phrase: str) -> None:
    """``GİZLİLİK POLİTİKASI`` ("privacy policy") between two paragraphs is a
    furniture phrase as ``Gizlilik Politikası`` is: it was the body's
    subheading, silently."""
    text = _page("Share this", middle=phrase)
    (story,) = wirestory.parse(text)
    assert story.body == _PARAGRAPHS
    assert _rules(text, story)[phrase] == "in-story:furniture-phrase"


@pytest.mark.parametrize(
    "last",
    [
        "Jane Roe reported from Oslo and Tom Hale from the island of Senja.",
        "Jane Roe and Tom Hale reported from Oslo, where talks resume on Monday.",
    ],
)
def test_a_closing_line_of_reporters_not_read_is_flagged(last: str) -> None:
    """Names and ``reported from`` opening the last paragraph in a form the
    trailer does not read (a place in small letters, words after it): kept as
    body, and the story says it may credit its reporters."""
    (story,) = wirestory.parse(_wire(last))
    assert story.body[-1] == last
    assert "reporters-in-body" in _codes(story)


def test_a_last_paragraph_of_no_names_reporting_is_quiet() -> None:
    """Counter-case: no person's name before ``reported from``: no flag."""
    last = "The crew reported from home on the state of the quay."
    (story,) = wirestory.parse(_wire(last))
    assert story.body[-1] == last
    assert _codes(story) == []


# --- Further probes: a date line over the headline ------------------------------


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "date", ["Posted 10:15 am ET", "Updated 3 hours ago", "Tuesday, December 3, 2026 10:15 AM"]
)
def test_a_date_line_over_the_headline_is_furniture(gap: str, date: str) -> None:
    """A scrape that kept the page's date above the headline: the date was the
    headline and the headline a deck or a subheading, silently."""
    text = f"{date}{gap}Ferry crews walk out over pay\n\n{_LEAD}"
    (story,) = wirestory.parse(text)
    assert story.headline == "Ferry crews walk out over pay"
    assert story.standfirst is None
    assert story.body[0].startswith("Ferry crews walked out")
    assert _rules(text, story)[date] == "wire-date-line"


def test_a_date_line_over_a_lead_leaves_the_story_headless() -> None:
    """A date line over the lead, no headline: furniture, the story headless
    (it was the headline), the lead's dateline read."""
    (story,) = wirestory.parse(f"Posted 10:15 am ET\n\n{_LEAD}")
    assert story.headline == ""
    assert story.dateline is not None
    assert story.body[0].startswith("Ferry crews walked out")


def test_a_date_alone_stays_the_headline() -> None:
    """Counter-case: a date line with nothing under it is the story's only line."""
    (story,) = wirestory.parse("Tuesday, December 3, 2026 10:15 AM\n")
    assert story.headline == "Tuesday, December 3, 2026 10:15 AM"


# --- Further probes: a credit alone at the end of wire copy ---------------------


@pytest.mark.parametrize("gap", ["\n", ""])
@pytest.mark.parametrize(
    ("credit", "codes"),
    [
        ("Jane Roe / AFP", ["credit-under-story"]),
        ("Photo: Tom Hale/Reuters", []),
        ("(AP Photo/Jane Roe)", []),
    ],
)
def test_a_credit_alone_at_the_end_of_wire_copy_leaves_the_body(
    gap: str, credit: str, codes: list[str]
) -> None:
    """A photo's credit as the last paragraph, or glued under it, was the
    body's last paragraph or its last words, silently: a caption segment
    holding only a credit, flagged when it may sign the story."""
    text = f"Ferry crews walk out over pay\n\n{_LEAD}{gap}{credit}\n"
    (story,) = wirestory.parse(text)
    assert story.body[-1] == "The union said the strike would last until Wednesday."
    assert _rules(text, story)[credit] == "credit-under-story"
    assert _codes(story) == codes


@pytest.mark.parametrize("last", ["Reuters", "By Jane Roe", "Copyright 2026 Reuters"])
def test_a_sign_off_or_byline_at_the_end_of_wire_copy_is_no_credit(last: str) -> None:
    """Counter-cases: a bare agency, a ``By`` line, a copyright line stay what
    they were (sign-off, byline, copyright)."""
    text = f"Ferry crews walk out over pay\n\n{_LEAD}\n{last}\n"
    (story,) = wirestory.parse(text)
    assert _rules(text, story)[last] != "credit-under-story"
    assert "credit-under-story" not in _codes(story)


_CAPTION = "A ferry leaves the harbour at dawn. (AP Photo/Jane Roe)"


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # Under a kicker or a slug.
        (f"ANALYSIS\n\nPosted 10:15 am ET\n\nFerry crews walk out over pay\n\n{_LEAD}", True),
        (
            f"BC-EU-Ferry-Strike,0412\n\nPosted 10:15 am ET\n\nFerry crews walk out over pay\n\n"
            f"{_LEAD}",
            True,
        ),
        # By a headless story's opening captions: over the headline, under it,
        # or over the lead.
        (f"{_CAPTION}\n\nPosted 10:15 am ET\n\nFerry crews walk out over pay\n\n{_LEAD}", True),
        (f"{_CAPTION}\n\nFerry crews walk out over pay\n\nPosted 10:15 am ET\n\n{_LEAD}", True),
        (f"{_CAPTION}\n\nPosted 10:15 am ET\n\n{_LEAD}", False),
    ],
)
def test_a_date_line_by_the_kicker_slug_or_captions_is_furniture(text: str, headline: bool) -> None:
    """The page's date under a kicker or a slug, or by a headless story's
    captions, was the headline (or a subheading under it), silently."""
    (story,) = wirestory.parse(text)
    assert story.headline == ("Ferry crews walk out over pay" if headline else "")
    assert story.body[0].startswith("Ferry crews walked out")
    assert _rules(text, story)["Posted 10:15 am ET"] == "wire-date-line"
