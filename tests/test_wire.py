"""Wire conventions: datelines, bylines, credits, trailers and advisories."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from strategies import dateline_and_body, non_name_bylines, ordinary_openings

import wirestory
from wirestory.bylines import find_byline
from wirestory.captions import parse_credit
from wirestory.datelines import dateline_forms, find_dateline, may_open_dateline
from wirestory.knowledge import DEFAULT_KNOWLEDGE, month_words
from wirestory.trailers import classify_trailer, find_advisory

# (paragraph, raw dateline, places, region, date as written, agencies, body start)
DATELINES = [
    (
        "WASHINGTON (AP) — The Senate voted.",
        "WASHINGTON (AP) —",
        ["WASHINGTON"],
        None,
        None,
        ["Associated Press"],
        "The Senate",
    ),
    (
        "GROSSETO, Italy (AP) -- The ship sank.",
        "GROSSETO, Italy (AP) --",
        ["GROSSETO"],
        "Italy",
        None,
        ["Associated Press"],
        "The ship",
    ),
    (
        "CAIRO (AP) _ The talks resumed.",
        "CAIRO (AP) _",
        ["CAIRO"],
        None,
        None,
        ["Associated Press"],
        "The talks",
    ),
    (
        "LONDON, March 3 (Reuters) - Shares rose.",
        "LONDON, March 3 (Reuters) -",
        ["LONDON"],
        None,
        "March 3",
        ["Reuters"],
        "Shares",
    ),
    (
        "LONDON (Reuters) -The pound fell.",
        "LONDON (Reuters) -",
        ["LONDON"],
        None,
        None,
        ["Reuters"],
        "The pound",
    ),
    (
        "LONDON/SINGAPORE, June 14 (Reuters) - Oil rose.",
        "LONDON/SINGAPORE, June 14 (Reuters) -",
        ["LONDON", "SINGAPORE"],
        None,
        "June 14",
        ["Reuters"],
        "Oil",
    ),
    (
        "BAHRAIN, Oct 19 - Platforms burned.",
        "BAHRAIN, Oct 19 -",
        ["BAHRAIN"],
        None,
        "Oct 19",
        [],
        "Platforms",
    ),
    ("OTTAWA, Oct 2- Canada said.", "OTTAWA, Oct 2-", ["OTTAWA"], None, "Oct 2", [], "Canada"),
    (
        "AKRON, Ohio, Oct 20 - GenCorp said.",
        "AKRON, Ohio, Oct 20 -",
        ["AKRON"],
        "Ohio",
        "Oct 20",
        [],
        "GenCorp",
    ),
    (
        "Paris (AFP) – Le gouvernement a dit.",
        "Paris (AFP) –",
        ["Paris"],
        None,
        None,
        ["Agence France-Presse"],
        "Le",
    ),
    (
        "Kyiv (Ukraine) (AFP) – Russian drones struck.",
        "Kyiv (Ukraine) (AFP) –",
        ["Kyiv"],
        "Ukraine",
        None,
        ["Agence France-Presse"],
        "Russian",
    ),
    (
        "GREEN BAY, Wis. -- The Packers won.",
        "GREEN BAY, Wis. --",
        ["GREEN BAY"],
        "Wis.",
        None,
        [],
        "The Packers",
    ),
    ("(CNN) -- The storm passed.", "(CNN) --", [], None, None, ["CNN"], "The storm"),
    ("RIYADH: Saudi Arabia said.", "RIYADH:", ["RIYADH"], None, None, [], "Saudi"),
    (
        "Washington, DC, United States: The US said.",
        "Washington, DC, United States:",
        ["Washington"],
        "DC, United States",
        None,
        [],
        "The US",
    ),
    (
        "Beirut, Reuters—Lebanon said.",
        "Beirut, Reuters—",
        ["Beirut"],
        None,
        None,
        ["Reuters"],
        "Lebanon",
    ),
    (
        "Baghdad, AP/Asharq Al-Awsat — Iraq said.",
        "Baghdad, AP/Asharq Al-Awsat —",
        ["Baghdad"],
        None,
        None,
        ["Associated Press", "Asharq Al-Awsat"],
        "Iraq",
    ),
    (
        "London - Asharq Al-Awsat The talks resumed.",
        "London - Asharq Al-Awsat",
        ["London"],
        None,
        None,
        ["Asharq Al-Awsat"],
        "The talks",
    ),
    (
        "SANTA BARBARA, Calif. (AP)  A sunfish washed up.",
        "SANTA BARBARA, Calif. (AP)",
        ["SANTA BARBARA"],
        "Calif.",
        None,
        ["Associated Press"],
        "A sunfish",
    ),
    (
        "BENTON HARBOR, MICH., Oct 19 - Whirlpool said.",
        "BENTON HARBOR, MICH., Oct 19 -",
        ["BENTON HARBOR"],
        "MICH.",
        "Oct 19",
        [],
        "Whirlpool",
    ),
    (
        "New York, Oct 19 - Stocks fell.",
        "New York, Oct 19 -",
        ["New York"],
        None,
        "Oct 19",
        [],
        "Stocks",
    ),
    ("TRENTON — Gov. Smith spoke.", "TRENTON —", ["TRENTON"], None, None, [], "Gov."),
]

NOT_DATELINES = [
    "Meanwhile, sources close to the Iraqi prime minister said there is no base.",
    "In Baghdad's district of Bataween, security forces arrested 256 suspects.",
    "Iraqi Foreign Minister Ibrahim al-Jaafari hinted on Monday at a long stay.",
    "UPDATE: The death toll rose to 12.",
    "NATO - The alliance met on Monday.",
    "US - China talks resumed on Monday.",
    "Reuters - The agency said it would appeal.",
    "BBC: The broadcaster said it would cut jobs.",
    "He said: Yes, we will.",
    "The president (AP) - no comment.",
    "Beirut, Reuters reported on Monday, was calm.",
    "EU leaders met on Monday.",
    "“WASHINGTON is a swamp,” he said.",
    "",
]


@pytest.mark.parametrize(
    ("paragraph", "raw", "places", "region", "date_text", "agencies", "rest"),
    DATELINES,
    ids=[d[1] for d in DATELINES],
)
def test_dateline_forms(
    paragraph: str, raw: str, places: list[str], region: str | None, date_text: str | None,
    agencies: list[str], rest: str,
) -> None:  # fmt: skip
    """Every dateline form seen in real copy is found, taken apart, and the body
    starts at its first real word."""
    found = find_dateline(paragraph)
    assert found is not None
    assert (raw, places, region, date_text, agencies) == (
        found.raw, list(found.places), found.region, found.date_text, list(found.agencies)
    )  # fmt: skip
    assert paragraph[found.length :].startswith(rest)


@pytest.mark.parametrize("paragraph", NOT_DATELINES)
def test_ordinary_openings_are_not_datelines(paragraph: str) -> None:
    """Precision first: openings that only look like datelines give none."""
    assert find_dateline(paragraph) is None


# Pieces of datelines and of ordinary openings, in every case the forms care about.
_DATELINE_PIECES = st.sampled_from(
    [
        *("LONDON", "Paris", "GREEN BAY", "Kyiv", "U.S.", "St. Louis", "Rio de Janeiro", "al"),
        *("Calif.", "Italy", "Oct", "oct", "OCT.", "sept", "March", "19", "3", "the", "said"),
        *(", ", " ", "  ", "/", " (", ") ", "(", ")", "-", "--", " — ", "–", "_", ": ", ":"),
        *(alias for agency in DEFAULT_KNOWLEDGE.agencies for alias in agency.aliases),
    ]
)


# Dateline-shaped openings: place, region, date (month names in any case),
# agency, delimiter, body.
_DATELINE_SHAPED = st.tuples(
    st.sampled_from(["LONDON", "Paris", "GREEN BAY", "Rio de Janeiro", "Berlin", "KYIV/LVIV"]),
    st.sampled_from(["", ", Calif.", ", Italy"]),
    st.sampled_from(
        [
            "",
            ", Oct 19",
            ", oct 19",
            ", sept. 3",
            ", MARCH 3",
            ", dec  2",
            ", \u017fep 9",
            ", aprİl 3",
        ]
    ),
    st.sampled_from(
        ["", " (Reuters)", " (AP)", " (dpa)", ", dpa", ", Reuters", ", dpa/AP", " - dpa"]
    ),
    st.sampled_from([" -", " —", " --", ":", " _", "-", ""]),
    st.sampled_from([" The", "The", " x", ""]),
).map("".join)


@given(
    opening=st.lists(_DATELINE_PIECES, max_size=12).map("".join) | _DATELINE_SHAPED,
)
@example(opening="BAHRAIN, \u017fep 19 - Huge rally")  # long s: "regex" folds it to s
@example(opening="LONDON, aprİl 3 (Reuters) - x")
def test_quick_test_turns_down_no_dateline(opening: str) -> None:
    """find_dateline's quick test (may_open_dateline) passes every window one
    of the forms matches: it only saves trying them."""
    window = opening[:160]
    if any(form.match(window) for form in dateline_forms()):
        assert may_open_dateline(window), window


@pytest.mark.parametrize(
    ("written", "reference", "resolved"),
    [
        ("BAHRAIN, Oct 19 - X", datetime.date(1987, 10, 20), datetime.date(1987, 10, 19)),
        ("BAHRAIN, Dec 30 - X", datetime.date(2025, 1, 2), datetime.date(2024, 12, 30)),
        ("LONDON, March 3 (Reuters) - X", datetime.date(2024, 3, 3), datetime.date(2024, 3, 3)),
        ("LONDON, Feb 29 (Reuters) - X", datetime.date(2025, 3, 1), datetime.date(2024, 2, 29)),
    ],
)
def test_dates_resolve_only_with_a_reference(
    written: str, reference: datetime.date, resolved: datetime.date
) -> None:
    """A written date becomes a date (here the same by the default "past" rule and the
    "nearest" one), and only with a reference."""
    with_reference = find_dateline(written, reference=reference)
    assert with_reference is not None
    assert resolved == with_reference.date
    nearest = find_dateline(written, reference=reference, year="nearest")
    assert nearest is not None
    assert resolved == nearest.date
    without = find_dateline(written)
    assert without is not None
    assert without.date is None


@pytest.mark.parametrize(
    ("written", "reference", "past", "nearest"),
    [
        # The case: a January date read in October is last January, not next.
        ("BAHRAIN, Jan 3 - X", datetime.date(2024, 10, 8), (2024, 1, 3), (2025, 1, 3)),
        # A day after the reference is last year's by default, tomorrow's when nearest.
        ("BAHRAIN, Oct 9 - X", datetime.date(2024, 10, 8), (2023, 10, 9), (2024, 10, 9)),
        # Across new year both rules agree when the date is just behind.
        ("BAHRAIN, Dec 31 - X", datetime.date(2025, 1, 1), (2024, 12, 31), (2024, 12, 31)),
        # 29 February: the latest leap year not after the reference.
        ("BAHRAIN, Feb 29 - X", datetime.date(2027, 2, 1), (2024, 2, 29), (2028, 2, 29)),
    ],
    ids=["jan-in-october", "tomorrow", "new-year", "feb-29"],
)
def test_dateline_year_rules(
    written: str,
    reference: datetime.date,
    past: tuple[int, int, int],
    nearest: tuple[int, int, int] | None,
) -> None:
    """Without a year a date is the latest one not after the reference by default
    (news is about the past); year="nearest" keeps the old nearest rule."""
    default = find_dateline(written, reference=reference)
    assert default is not None
    assert datetime.date(*past) == default.date
    near = find_dateline(written, reference=reference, year="nearest")
    assert near is not None
    assert (datetime.date(*nearest) if nearest else None) == near.date


def test_dateline_year_option_reaches_the_story() -> None:
    """ParseOptions.dateline_year (default "past") chooses the year of the story's
    dateline; reference_date takes an ISO string."""
    text = "TITLE\nBAHRAIN, Jan 3 - Ships sailed.\n"
    past = wirestory.ParseOptions(reference_date="2024-10-08")
    assert past.dateline_year == "past"
    story = wirestory.parse_story(text, options=past)
    assert story.dateline is not None
    assert datetime.date(2024, 1, 3) == story.dateline.date
    nearest = wirestory.ParseOptions(reference_date="2024-10-08", dateline_year="nearest")
    story = wirestory.parse_story(text, options=nearest)
    assert story.dateline is not None
    assert datetime.date(2025, 1, 3) == story.dateline.date


def test_month_words_are_what_the_month_pattern_matches() -> None:
    """The month words: each one a month to the dateline forms, in any case, and
    every month's name and three-letter form among them."""
    words = month_words()
    for word in words:
        for written in (word, word.upper(), word.title() + "."):
            found = find_dateline(f"BAHRAIN, {written} 19 - Huge")
            assert found is not None, written
            assert found.date_text == f"{written} 19"
    for name in ["january", "february", "march", "april", "may", "june", "july"]:
        assert name in words
        assert name[:3] in words
    for name in ["august", "september", "october", "november", "december", "sept"]:
        assert name in words
        assert name[:3] in words


def test_month_spelt_with_a_long_s_resolves() -> None:
    """The month pattern folds case fully ("\u017fep" is Sep): such a date
    resolves instead of raising."""
    found = find_dateline("BAHRAIN, \u017fep 19 - Huge", reference=datetime.date(1987, 9, 20))
    assert found is not None
    assert found.date == datetime.date(1987, 9, 19)


def test_reference_date_reaches_the_story() -> None:
    """ParseOptions.reference_date resolves the story's dateline date."""
    options = wirestory.ParseOptions(reference_date=datetime.date(1987, 10, 20))
    story = wirestory.parse_story("TITLE\nBAHRAIN, Oct 19 - Ships sailed.\n", options=options)
    assert story.dateline is not None
    assert datetime.date(1987, 10, 19) == story.dateline.date


# (line, names, organization)
BYLINES = [
    ("By Jane Doe", ["Jane Doe"], None),
    ("By JANE DOE and JOHN ROE, Associated Press", ["JANE DOE", "JOHN ROE"], "Associated Press"),
    ("By Andy Bruce and Andrea Shalal", ["Andy Bruce", "Andrea Shalal"], None),
    ("by Laura Winter", ["Laura Winter"], None),
    ("Von Christian Hollmann, dpa", ["Christian Hollmann"], "dpa"),
    ("Story by Kobby Byers", ["Kobby Byers"], None),
    ("    By ABBY GOODNOUGH", ["ABBY GOODNOUGH"], None),
    ("By Roger May", ["Roger May"], None),
    ("By Seth Borenstein, AP Science Writer", ["Seth Borenstein"], "AP Science Writer"),
    ("By Reuters", [], "Reuters"),
    ("By The Associated Press", [], "The Associated Press"),
]

NOT_BYLINES = [
    "Email the author",
    "By Email The Author",
    "By 3 minutes ago",
    "By 5 Minute Read",
    "By November 19, 2019",
    "By the way, the minister said",
    "By then the troops had left the city.",
    "By staff reporter",
    "Bylaws were changed",
]


@pytest.mark.parametrize(("line", "names", "organization"), BYLINES, ids=[b[0] for b in BYLINES])
def test_byline_forms(line: str, names: list[str], organization: str | None) -> None:
    """Names are kept exactly as written; the organisation is split off."""
    found = find_byline(line)
    assert found is not None
    assert (names, organization) == (list(found.names), found.organization)


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_not_bylines(line: str) -> None:
    """Page furniture and sentences starting with "By" are not bylines."""
    assert find_byline(line) is None


# (credit, agency, photographer, source)
CREDITS = [
    ("AFP", "Agence France-Presse", None, None),
    ("AFP/Patrick Kovarik", "Agence France-Presse", "Patrick Kovarik", None),
    ("AFP Photo / Brendan Smialowski", "Agence France-Presse", "Brendan Smialowski", None),
    ("AP Photo/Alex Brandon", "Associated Press", "Alex Brandon", None),
    (
        "Brian Gottesman/The New York Times via AP",
        "Associated Press",
        "Brian Gottesman",
        "The New York Times",
    ),
    ("DHA via AP, File", "Associated Press", None, "DHA"),
    ("REUTERS/Khaled Abdullah", "Reuters", "Khaled Abdullah", None),
    ("Jaafar ASHTIYEH / AFP", "Agence France-Presse", "Jaafar ASHTIYEH", None),
    ("File: Reuters", "Reuters", None, None),
    ("Image Credit: WAM", "Emirates News Agency", None, None),
    ("Foto: Anna Schmidt/dpa", "Deutsche Presse-Agentur", "Anna Schmidt", None),
    ("Moroccan Foreign Ministry", None, None, "Moroccan Foreign Ministry"),
    ("File – Reuters", "Reuters", None, None),
    ("Handout via Reuters", "Reuters", None, None),
    ("Getty Images", "Getty Images", None, None),
]


@pytest.mark.parametrize(("credit", "agency", "photographer", "source"), CREDITS,
                         ids=[c[0] for c in CREDITS])  # fmt: skip
def test_credit_forms(
    credit: str, agency: str | None, photographer: str | None, source: str | None
) -> None:
    """Each credit form splits into agency (canonical), photographer and source."""
    parsed = parse_credit(credit)
    assert (agency, photographer, source) == (parsed.agency, parsed.photographer, parsed.source)


TRAILERS = [
    (
        "(Reporting by Indira Sen in Mumbai; Editing by Tom Hale)",
        "contributors",
        [("Indira Sen", "reporting", "Mumbai"), ("Tom Hale", "editing", None)],
    ),
    ("(Writing by Dean Roe)", "contributors", [("Dean Roe", "writing", None)]),
    (
        "Additional reporting by Ana Lee and Bo Kim; Editing by Sue Tan",
        "contributors",
        [
            ("Ana Lee", "additional reporting", None),
            ("Bo Kim", "additional reporting", None),
            ("Sue Tan", "editing", None),
        ],
    ),
    (
        "Associated Press writer Sam Poe in New York contributed to this report.",
        "contributors",
        [("Sam Poe", "contributing", "New York")],
    ),
    (
        "CNN's Ann Lu and Ben Ode contributed to this report.",
        "contributors",
        [("Ann Lu", "contributing", None), ("Ben Ode", "contributing", None)],
    ),
    ("Copyright 2024 The Associated Press. All rights reserved.", "copyright", []),
    ("© 2024 Reuters", "copyright", []),
    ("Reuter", "sign-off", []),
    ("___", "separator", []),
]


@pytest.mark.parametrize(
    ("paragraph", "kind", "people"), TRAILERS, ids=[t[0][:30] for t in TRAILERS]
)
def test_trailer_forms(
    paragraph: str, kind: str, people: list[tuple[str, str, str | None]]
) -> None:
    """Each trailer is recognised, and contributors keep their role and place."""
    trailer = classify_trailer(paragraph)
    assert trailer is not None
    assert (kind, people) == (
        trailer.kind,
        [(c.name, c.role, c.place) for c in trailer.contributors],
    )


@pytest.mark.parametrize(
    "paragraph",
    ["The talks will resume on Monday.", "He contributed to this report by hiding.",
     "Reporting by the agency was thin, critics said."],
)  # fmt: skip
def test_body_paragraphs_are_not_trailers(paragraph: str) -> None:
    """Sentences that mention reporting or contributing stay body."""
    assert classify_trailer(paragraph) is None


def test_advisories() -> None:
    """Reuters advisories are recognised; other parenthesized lines are not."""
    assert find_advisory("(Adds prime minister's reaction in paragraph 3, updates death toll)")
    assert find_advisory("(Updates with closing prices)")
    assert not find_advisory("(The figures are provisional.)")


@given(dateline_and_body())
def test_generated_dateline_is_found_and_removed_exactly(case: tuple[str, str, str]) -> None:
    """A generated dateline in front of a generated body is found whole, and the
    story's first paragraph is the body without it."""
    dateline, separator, body = case
    found = find_dateline(dateline + separator + body)
    assert found is not None
    assert dateline == found.raw
    story = wirestory.parse_story(f"A Headline\n\n{dateline}{separator}{body}\n")
    assert story.dateline is not None
    assert story.body[0] == wirestory.normalize(body)


@given(ordinary_openings)
def test_body_without_dateline_is_left_unchanged(paragraph: str) -> None:
    """A first paragraph opening with an ordinary capitalised word and lower-case
    words has no dateline, and stays whole."""
    assert find_dateline(paragraph) is None
    story = wirestory.parse_story(f"A Headline\n\n{paragraph}\n")
    assert story.dateline is None
    assert story.body == (wirestory.normalize(paragraph),)


@given(non_name_bylines)
def test_known_non_names_never_become_names(line: str) -> None:
    """ "Email the author", "3 minutes ago", "Minute Read", dates and site names
    after "By" never come out as a person's name."""
    found = find_byline(line)
    assert found is None or not found.names


@given(st.sampled_from([d[0] for d in DATELINES]))
def test_dateline_segment_is_lossless(paragraph: str) -> None:
    """The dateline is a segment of its own and segments still rebuild the story."""
    text = f"A Headline\n\n{paragraph}\n"
    story = wirestory.parse_story(text)
    assert "".join(text[s.start : s.end] for s in story.segments) == text
    [dateline] = [s for s in story.segments if s.role is wirestory.Role.DATELINE]
    assert story.dateline is not None
    assert text[dateline.start : dateline.end].rstrip() == story.dateline.raw


def test_long_separator_line_starts_the_notes() -> None:
    """A separator line is one whatever its length (a scraper may keep a rule of
    700 underscores); the paragraph after it is a note, the one before body."""
    dump = "Roads Close\n\nThe roads close at noon.\n\n" + "_" * 700 + "\n\nMaps by the desk.\n"
    [story] = wirestory.parse(dump)
    assert story.body == ("The roads close at noon.",)
    assert story.notes == ("Maps by the desk.",)
    assert classify_trailer("_" * 700) is not None


_GRAIN_LEAD = (
    "OSLO (Reuters) - Grain prices held steady on Tuesday as rain returned to the plains "
    "after a dry month, traders said.\n\nThe market will watch the weather this week.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Eds: Updates with closing prices.",
        "EDITOR'S NOTE — Part of a series on farming.",
        "Editor’s note: An earlier version misspelled a name.",
    ],
)
def test_note_to_editors_at_the_top_is_a_note(note: str) -> None:
    """AP's note to editors above the lead (``Eds: …``, ``EDITOR'S NOTE — …``)
    goes to the notes, and the dateline opens the first paragraph; it was the
    body's first paragraph."""
    (story,) = wirestory.parse(f"Grain prices hold steady\n\n{note}\n\n{_GRAIN_LEAD}")
    assert story.notes == (note,)
    assert story.body[0].startswith("Grain prices held steady on Tuesday")
    assert story.dateline is not None
    assert story.dateline.raw == "OSLO (Reuters) -"


def test_a_one_word_label_before_a_dash_is_a_name() -> None:
    """A company's name in capitals that is a label's letters (``EDS``), a dash
    after it, opens the lead: body, not a note (a one-word label takes a colon)."""
    lead = "EDS - the computer services firm - said on Tuesday it would cut 900 jobs."
    (story,) = wirestory.parse(f"Computer firm cuts jobs\n\n{lead}\n\nMore cuts may follow.\n")
    assert story.notes == ()
    assert story.body[0] == lead


def test_note_labels_are_the_knowledge_s() -> None:
    """Counter-cases: a sentence opening with the label's letters is body, and
    with no labels in the user's ``Knowledge`` a note to editors is body."""
    assert not find_advisory("Eds said the plan was fine.")
    assert find_advisory("EDS: Updates with closing prices.")
    assert find_advisory("Note to editors - Embargoed to 0001 GMT.")
    assert not find_advisory("Edsel: a car of its time")
    options = wirestory.ParseOptions(knowledge=attrs.evolve(DEFAULT_KNOWLEDGE, advisory_labels=()))
    text = f"Grain prices hold steady\n\nEds: Updates with closing prices.\n\n{_GRAIN_LEAD}"
    (story,) = wirestory.parse(text, options=options)
    assert story.notes == ()
    assert story.body[0] == "Eds: Updates with closing prices."


@pytest.mark.parametrize(
    "slug",
    [
        "BC-EU-Grain-Prices,0412",
        "BC-US--Grain-Prices,1st Ld-Writethru,0842",
        "US-GRAIN/PRICES-RAIN",
        "BC-Mideast-Ferries,Advisory",
        "BC-EU-Grain, 2nd Ld-Writethru",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_wire_slug_over_the_headline_is_a_note(slug: str, gap: str) -> None:
    """A wire service's keyword slug over the headline is a note; it was the
    headline, and the headline the body's first paragraph, with no diagnostic."""
    (story,) = wirestory.parse(f"{slug}{gap}Grain prices hold steady\n\n{_GRAIN_LEAD}")
    assert story.headline == "Grain prices hold steady"
    assert story.notes == (slug,)
    assert story.body[0].startswith("Grain prices held steady on Tuesday")


def test_wire_slug_of_a_story_with_no_body_is_a_note() -> None:
    """A slug over a headline and nothing else (a story cut short): the slug's
    advisory segment is in the notes too (it was in no field)."""
    (story,) = wirestory.parse("BC-EU-Grain-Prices,0412\nGrain prices hold steady\n")
    assert story.headline == "Grain prices hold steady"
    assert story.notes == ("BC-EU-Grain-Prices,0412",)


def test_wire_slug_over_a_lead_leaves_the_story_headless() -> None:
    """A slug over the lead, no headline: the story is headless, the slug a note."""
    (story,) = wirestory.parse(f"BC-EU-Grain-Prices,0412\n\n{_GRAIN_LEAD}")
    assert story.headline == ""
    assert story.notes == ("BC-EU-Grain-Prices,0412",)
    assert story.dateline is not None
    assert story.dateline.raw == "OSLO (Reuters) -"


@pytest.mark.parametrize(
    "first",
    [
        "Covid-19-Pandemic",
        "EU-UK trade talks resume",
        "UK-EU",
        "NATO-EU-US, allies meet in Brussels",
        "UK-EU-US, three-way talks collapse",
    ],
)
def test_hyphenated_headlines_are_no_slug(first: str) -> None:
    """Counter-cases: a headline with hyphenated words, or one hyphen, stays
    the headline (a slug opens with a desk's code in capitals and joins at least
    three parts, with no space); words after a comma are a headline's, where a
    slug has a version or a count there (a digit, or one token)."""
    (story,) = wirestory.parse(f"{first}\n\n{_GRAIN_LEAD}")
    assert story.headline == first
    assert story.notes == ()


# --- The headline's block and the front matter under it ------------------------


def _rules(text: str, story: wirestory.Story) -> dict[str, str]:
    return {text[s.start : s.end].strip(): s.rule for s in story.segments}


def test_headline_wrapped_over_three_lines_is_one_headline() -> None:
    """Lines going on in small letters under a headline are the headline's."""
    text = (
        "Storm floods the northern towns as\nrivers across the valley burst\ntheir banks\n\n"
        f"{_GRAIN_LEAD}"
    )
    (story,) = wirestory.parse(text)
    assert story.headline == (
        "Storm floods the northern towns as rivers across the valley burst their banks"
    )
    assert story.body[0].startswith("Grain prices held steady")
    assert _rules(text, story)["their banks"] == "headline-continued"


@pytest.mark.parametrize("under", ["posted 3 hours ago", "via Reuters"])
def test_small_letters_under_a_short_headline_are_not_its_words(under: str) -> None:
    """Counter-case (review7): under a headline shorter than a wrap leaves, a
    line in small letters is a scraper's furniture, not the headline's."""
    (story,) = wirestory.parse(f"Grain prices hold steady\n{under}\n\n{_GRAIN_LEAD}")
    assert story.headline == "Grain prices hold steady"


def test_a_list_of_links_is_no_wrapped_headline() -> None:
    """Counter-case: one token a line, in small letters, is no headline's words."""
    text = "example.org/one\nexample.org/two\nexample.org/three\n"
    (story,) = wirestory.parse(text)
    assert story.headline == "example.org/one"


def test_deck_under_the_headline_is_the_standfirst() -> None:
    """A headline-shaped line alone under the headline, in its block, is the
    deck: the standfirst, where it was the body's first paragraph."""
    deck = "Traders watch the weather as the plains get wet again"
    (story,) = wirestory.parse(f"Grain prices hold steady as rain returns\n{deck}\n\n{_GRAIN_LEAD}")
    assert story.standfirst == deck
    assert story.body[0].startswith("Grain prices held steady")
    assert story.dateline is not None
    assert story.diagnostics == ()


def test_title_case_deck_may_be_the_headline_s_second_line() -> None:
    """A deck in title case under a headline in title case reads as a
    headline wrapped over two lines too: the story says so."""
    text = f"Grain Prices Hold Steady As Rain\nReturns To The Plains\n\n{_GRAIN_LEAD}"
    (story,) = wirestory.parse(text)
    assert story.standfirst == "Returns To The Plains"
    assert [(d.code, d.line) for d in story.diagnostics] == [("standfirst-may-be-headline", 2)]


@pytest.mark.parametrize(
    "under",
    [
        "By JANE ROE\nAssociated Press",
        "A farmer checks his crop near Hamar on Monday. (AP Photo/Jane Roe)",
        "OSLO (Reuters) - Grain prices held steady on Tuesday",
        "Grain prices held steady on Tuesday as rain returned to the plains.",
    ],
)
def test_no_deck_under_the_headline(under: str) -> None:
    """Counter-cases: a byline, a credited caption, a dateline's paragraph or a
    sentence under the headline is no deck."""
    (story,) = wirestory.parse(f"Grain prices hold steady\n{under}\n\nMore rain is due.\n")
    assert story.standfirst is None


@pytest.mark.parametrize(
    "under", ["Opinion", "OSLO", "Associated Press", "Staff Reporter", "Jane Roe and Tom Hale"]
)
def test_a_label_place_or_names_under_the_headline_is_no_deck(under: str) -> None:
    """A short line or writers' names alone under the headline, in its block,
    say nothing of the story: no deck (they were the standfirst)."""
    (story,) = wirestory.parse(f"Grain prices hold steady\n{under}\n\n{_GRAIN_LEAD}")
    assert story.standfirst is None


def test_a_title_case_deck_with_a_function_word_is_no_names() -> None:
    """Counter-case: a deck in title case reads as a name's words, but holds a
    function word: the deck."""
    (story,) = wirestory.parse(
        f"Grain prices hold steady\nPrices Rise In Five Towns\n\n{_GRAIN_LEAD}"
    )
    assert story.standfirst == "Prices Rise In Five Towns"


@pytest.mark.parametrize("kicker", ["ANALYSIS", "EXCLUSIVE:", "BREAKING NEWS", "FACTBOX -"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_kicker_over_the_headline_is_furniture(kicker: str, gap: str) -> None:
    """A label in capitals above the headline is a kicker; it was the headline,
    and the headline the body's first paragraph (or the story was headless,
    the label its first paragraph)."""
    text = f"{kicker}{gap}Grain prices hold steady as rain returns\n\n{_GRAIN_LEAD}"
    (story,) = wirestory.parse(text)
    assert story.headline == "Grain prices hold steady as rain returns"
    assert _rules(text, story)[kicker] == "kicker"
    assert story.body[0].startswith("Grain prices held steady")


def test_kicker_over_a_lead_leaves_the_story_headless() -> None:
    (story,) = wirestory.parse(f"ANALYSIS\n\n{_GRAIN_LEAD}")
    assert story.headline == ""
    assert story.body[0].startswith("Grain prices held steady")


@pytest.mark.parametrize(
    "text",
    [
        "FLOODS\nThousands flee as the river bursts its banks\n\n",
        "BREAKING NEWS\nGRAIN PRICES HOLD\n\n",
        "A NEW DAWN\n\n",
    ],
)
def test_headline_in_capitals_is_no_kicker(text: str) -> None:
    """Counter-cases: a word in capitals that is no label, a kicker-like line
    over a headline in capitals with a word that is no label, or a headline
    in capitals opening with ``A`` (a label, of ``Q``/``A``), stays the
    headline."""
    (story,) = wirestory.parse(text + _GRAIN_LEAD)
    assert story.headline == text.split("\n")[0]


@pytest.mark.parametrize(
    "first", ["WHO DECLARES EMERGENCY\nCases rise in five countries", "WHO DECLARES EMERGENCY"]
)
def test_an_acronym_in_capitals_opens_no_kicker(first: str) -> None:
    """A headline in capitals opening with an organisation's acronym that is
    also a label (``WHO``) stays the headline, over a deck or over the lead."""
    (story,) = wirestory.parse(f"{first}\n\n{_GRAIN_LEAD}")
    assert story.headline == "WHO DECLARES EMERGENCY"
    assert story.diagnostics == ()


@pytest.mark.parametrize("first", ["HOW WE VOTED", "BREAKING NEWS"])
def test_capitals_with_a_label_over_the_lead_may_be_a_kicker(first: str) -> None:
    """A few words in capitals opening with a label, over the lead: a headline
    in capitals or a kicker over a headless story read the same. The headline,
    said in the record; over a headline in small letters it is a kicker
    (``test_kicker_over_the_headline_is_furniture``)."""
    (story,) = wirestory.parse(f"{first}\n\n{_GRAIN_LEAD}")
    assert story.headline == first
    assert [(d.code, d.line) for d in story.diagnostics] == [("headline-may-be-kicker", 1)]
    assert story.body[0].startswith("Grain prices held steady")


def test_capitals_with_a_label_alone_carry_no_kicker_doubt() -> None:
    """Counter-case: the line alone in its story (a section's name cut off by
    blank lines) stands over nothing: no kicker doubt."""
    (story,) = wirestory.parse("PICTURE BOOKS\n")
    assert story.headline == "PICTURE BOOKS"
    assert "headline-may-be-kicker" not in [d.code for d in story.diagnostics]


def test_byline_with_a_date_and_a_date_line_in_the_front_matter() -> None:
    """A page's byline form with its date, and a line holding only a date,
    under a wire headline: the byline and furniture, where both were the
    body's first paragraphs."""
    text = (
        "Grain prices hold steady\n\nBy Jane Roe | Dec. 3, 2026\n\n"
        f"Tuesday, December 3, 2026 10:15 AM\n\n{_GRAIN_LEAD}"
    )
    (story,) = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert _rules(text, story)["Tuesday, December 3, 2026 10:15 AM"] == "wire-date-line"
    assert story.body[0].startswith("Grain prices held steady")


def test_dateline_line_of_a_wrapped_paragraph_is_no_byline() -> None:
    """Counter-case: a hard-wrapped lead's first line, a dateline with a date
    and a dash (``PORT ELLIS, Maine, Oct 19 - Sales rose``), has a page
    byline's ``Name - date`` shape; without a ``By`` it is no byline."""
    text = (
        "Harbour Mills posts higher sales\n\nPORT ELLIS, Maine, Oct 19 - Sept 30 end\n"
        "sales rose four pct, the company said.\n"
    )
    (story,) = wirestory.parse(text)
    assert story.byline is None
    assert story.dateline is not None
    assert story.dateline.places == ("PORT ELLIS",)


@pytest.mark.parametrize("sign_off", ["-- AP", "(AFP)"])
def test_lead_signed_off_on_its_line_is_no_caption(sign_off: str) -> None:
    """A one-line lead opening with its dateline and signed off on the same
    line ends in an agency, as a credited caption does: the lead, its
    sign-off a trailer (it was a caption, the story with no body)."""
    text = f"Ferry sails again\n\nOSLO (Reuters) - The ferry sails again on Monday. {sign_off}\n"
    (story,) = wirestory.parse(text)
    assert story.captions == ()
    assert story.body == ("The ferry sails again on Monday.",)
    assert _rules(text, story)[sign_off] == "trailer-sign-off"


def test_caption_with_an_agency_under_the_headline_stays_a_caption() -> None:
    """Counter-case: a caption (no dateline) ending in an agency in brackets."""
    caption = "Crews work on the ferry in Oslo on Monday. (AFP)"
    (story,) = wirestory.parse(f"Ferry sails again\n{caption}\n\n{_GRAIN_LEAD}")
    assert [c.text for c in story.captions] == ["Crews work on the ferry in Oslo on Monday."]


@pytest.mark.parametrize(
    ("end", "names"),
    [("By Jane Roe", ("Jane Roe",)), ("By JANE ROE, Associated Press", ("JANE ROE",))],
)
def test_byline_under_the_story_is_the_byline(end: str, names: tuple[str, ...]) -> None:
    """A ``By`` line under the last paragraph, none opening the story: the
    byline (it was the body's last paragraph), said in the record."""
    (story,) = wirestory.parse(f"Grain prices hold steady\n\n{_GRAIN_LEAD}\n{end}\n")
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body[-1] == "The market will watch the weather this week."
    assert [d.code for d in story.diagnostics] == ["byline-after-story"]


@pytest.mark.parametrize(
    "end", ["By Sea Or Air", "By then it was too late", "By the end of May, prices may fall."]
)
def test_a_by_phrase_under_the_story_is_no_byline(end: str) -> None:
    """Counter-cases: a headline or a sentence opening with ``By`` stays body."""
    (story,) = wirestory.parse(f"Grain prices hold steady\n\n{_GRAIN_LEAD}\n{end}\n")
    assert story.byline is None
    assert story.body[-1] == end


@pytest.mark.parametrize(
    "lead",
    [
        "\nBEIJING, Oct 19 - Grain tariffs will fall, the state news agency Xinhua\n"
        "said on Monday, citing the ministry.\n",
        "BEIJING, Oct 19 - Grain tariffs will fall, said Xinhua\n",
        "\nGrain tariffs will fall next year, the state news agency Xinhua\n"
        "said on Monday, citing the ministry.\n",
    ],
)
def test_lead_line_ending_in_an_agency_is_no_caption(lead: str) -> None:
    """A lead's first line ending in an agency's name (a hard-wrapped lead, or
    one quoting the agency) opens with a dateline or goes on in small letters:
    the body, not a caption. It was a caption, the dateline and the lead's
    opening lost from the body with no diagnostic."""
    (story,) = wirestory.parse(f"Grain tariffs to fall\n{lead}\nThe cut starts in January.\n")
    assert story.captions == ()
    assert story.body[0].startswith("Grain tariffs will fall")
    assert story.body[-1] == "The cut starts in January."


def test_credited_caption_above_the_dateline_stays_a_caption() -> None:
    """Counter-case: a photo's caption with its agency credit over the lead."""
    (story,) = wirestory.parse(
        "Grain tariffs to fall\n\nFarmers load grain at a port on Monday. (Xinhua)\n\n"
        "BEIJING, Oct 19 - Grain tariffs will fall.\n"
    )
    assert [c.text for c in story.captions] == ["Farmers load grain at a port on Monday."]
    assert story.dateline is not None


@pytest.mark.parametrize("note", ["Eds: Updates with closing prices.", "(Adds closing prices)"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_note_to_editors_above_the_headline(note: str, gap: str) -> None:
    """A note to editors or an advisory above the headline is a note; the
    story was headless and its headline a subheading (the note a headline)."""
    (story,) = wirestory.parse(f"{note}{gap}Grain prices hold steady\n\n{_GRAIN_LEAD}")
    assert story.headline == "Grain prices hold steady"
    assert story.notes == (note,)
    assert story.body[0].startswith("Grain prices held steady")


@pytest.mark.parametrize("under", ["Updated 3 hours ago", "Posted 10:15 am ET"])
def test_a_time_line_under_the_headline_is_no_deck(under: str) -> None:
    """Counter-case (review7): a line of a page's date words and numbers only
    is no deck (it was the story's standfirst)."""
    (story,) = wirestory.parse(
        f"Grain prices hold steady as rain returns\n{under}\n\n{_GRAIN_LEAD}"
    )
    assert story.standfirst is None
