"""One detector per decision (#13): the credit detector's record, the one test
for a person's name, the one rule for the organisation line under a byline,
and the site tables that moved into Knowledge, each extended by a user."""

from __future__ import annotations

import attrs
import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import wirestory
from wirestory import ParseOptions
from wirestory.agencies import find_agency
from wirestory.bylines import (
    bare_names_pattern,
    find_byline,
    find_page_byline,
    is_organization_line,
    may_end_bare_names,
    organization_under,
    page_person_names,
    person_names,
)
from wirestory.captions import (
    CreditMatch,
    find_credit,
    has_named_credit,
    has_page_credit,
    is_credit_line,
    is_page_caption,
    parse_credit,
    split_credit,
    split_page_credit,
)
from wirestory.datelines import find_dateline, may_open_dateline
from wirestory.knowledge import DEFAULT_KNOWLEDGE, Agency, label_pattern, per_knowledge
from wirestory.layouts.page import is_date_line
from wirestory.trailers import classify_trailer, find_advisory

# Lines of each credit form, with the caption, credit and form the detector gives.
CREDIT_FORMS = [
    ("A diver on the quay. (AFP)", "A diver on the quay.", "AFP", "parenthesized"),
    ("Rain in the port [File: Reuters]", "Rain in the port", "File: Reuters", "parenthesized"),
    ("Boats at dawn on Sunday. AFP", "Boats at dawn on Sunday.", "AFP", "bare"),
    ("Boats at dawn - Asharq Al-Awsat", "Boats at dawn", "Asharq Al-Awsat", "bare"),
    ("Boats at dawn. REUTERS/Jane Roe", "Boats at dawn.", "REUTERS/Jane Roe", "bare"),
    ("Boats at dawn, Sunday", "Boats at dawn, Sunday", None, None),
]


@pytest.mark.parametrize(("line", "caption", "credit", "form"), CREDIT_FORMS)
def test_find_credit_names_the_form_and_where_the_credit_stands(
    line: str, caption: str, credit: str | None, form: str | None
) -> None:
    """Each form gives its caption, credit and form name; the span cuts the
    credit out of the line given, leading white space included, and
    split_credit is the record's caption and credit."""
    padded = "  " + line + " "
    match = find_credit(padded)
    assert (match.caption, match.credit, match.form) == (caption, credit, form)
    if credit is None:
        assert match.start == match.end == len(padded.rstrip())
    else:
        assert padded[match.start : match.end] == credit
    assert split_credit(padded) == (caption, credit)


def test_credit_match_is_a_frozen_slotted_record() -> None:
    """The match is a value: frozen, slotted, equal when its fields are."""
    match = find_credit("A diver on the quay. (AFP)")
    assert match == CreditMatch("A diver on the quay.", "AFP", "parenthesized", 22, 25)
    assert not hasattr(match, "__dict__")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        match.credit = "AP"  # type: ignore[misc]


def test_page_forms_drop_counter_and_label_and_read_inline_labels() -> None:
    """Read as a page's line, a gallery counter and a caption label are dropped
    (and said so), an inline credit label is its own form, and the span still
    points into the line given."""
    line = "3 of 9 Image caption Boats at dawn. Credit: Harbour Board"
    match = find_credit(line, page=True)
    assert (match.caption, match.credit, match.form) == (
        "Boats at dawn.",
        "Credit: Harbour Board",
        "label",
    )
    assert (match.counter, match.labelled) == (True, True)
    assert line[match.start : match.end] == "Credit: Harbour Board"
    assert split_page_credit(line) == ("Boats at dawn.", "Credit: Harbour Board")
    # Not a page: the counter stays caption text.
    assert find_credit("3 of 9 Boats at dawn. (AFP)").caption == "3 of 9 Boats at dawn."


def test_the_caption_tests_agree_with_the_detector() -> None:
    """has_named_credit, has_page_credit and is_page_caption answer from the
    detector's credit: an agency or a photographer, a page's own marks, an
    agency and no writer's title."""
    assert has_named_credit("A diver on the quay. (Roman Garba via AP)")
    assert not has_named_credit("The talks ended (finally)")
    assert has_page_credit("Boats at dawn. Credit: Harbour Board")
    assert has_page_credit("Image caption Boats at dawn")
    assert has_page_credit("2 of 5 Boats at dawn. REUTERS/Jane Roe")
    assert not has_page_credit("2 of 5 Boats at dawn and dusk")
    assert is_page_caption("Traders on the floor, 2019. REUTERS/Jane Roe")
    assert is_page_caption("Photo by Jane Roe")
    assert not is_page_caption("AirPods (Latest Model)")
    assert not is_page_caption("Jane Roe, Reuters correspondent")


def test_person_names_is_find_byline_without_the_opener() -> None:
    """person_names reads what follows a byline's opener, so a credit's
    photographer, a trailer's contributors and a byline agree on what a name is."""
    for text in ("Jane Roe", "JANE DOE and JOHN ROE, Associated Press", "Jane Roe Jr."):
        found = person_names(text)
        byline = find_byline(f"By {text}")
        assert found is not None
        assert byline is not None
        assert (found.names, found.organization) == (byline.names, byline.organization)
    for text in ("Email the author", "the minister", "June", "", "Jane Roe said.", "Jane\nRoe"):
        assert person_names(text) is None
        assert find_byline(f"By {text}") is None
    assert person_names("x" * 298) is None


def test_words_that_are_no_name_are_knowledge() -> None:
    """A user's non-name word stops a photographer, a contributor and a byline alike."""
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE,
        byline_non_name_words=DEFAULT_KNOWLEDGE.byline_non_name_words | {"bureau"},
    )
    assert person_names("Metro Bureau") is not None
    assert person_names("Metro Bureau", knowledge=knowledge) is None
    assert parse_credit("Metro Bureau/AFP").photographer == "Metro Bureau"
    assert parse_credit("Metro Bureau/AFP", knowledge=knowledge).photographer is None
    trailer = "(Reporting by Metro Bureau)"
    assert classify_trailer(trailer) is not None
    assert classify_trailer(trailer, knowledge=knowledge) is None


def test_organization_under_is_one_rule_for_every_layout() -> None:
    """The agency line under a byline is read the same in wire copy, in a body's
    first paragraphs and in a page's header."""
    byline = find_byline("By JANE DOE")
    assert byline is not None
    joined = organization_under(byline, "Associated Press")
    assert joined is not None
    assert (joined.raw, joined.names, joined.organization) == (
        "By JANE DOE\nAssociated Press",
        ("JANE DOE",),
        "Associated Press",
    )
    assert organization_under(byline, "Associated Press reported") is None
    titled = find_byline("By JANE DOE, AP Science Writer")
    assert titled is not None
    kept = organization_under(titled, "Associated Press")
    assert kept is not None
    assert kept.organization == "AP Science Writer"
    wire = "Storm Hits Coast\nBy JANE DOE\nAssociated Press\n\nRain fell all day on the coast.\n"
    headless = "By JANE DOE\n\nAssociated Press\n\nRain fell all day on the coast.\n"
    for text in (wire, headless):
        [story] = wirestory.parse(text)
        assert story.byline is not None
        assert (story.byline.names, story.byline.organization) == (
            ("JANE DOE",),
            "Associated Press",
        )


def test_writer_titles_are_one_table() -> None:
    """A user's writer title makes a credit-shaped line a byline on a page and
    ends a page byline's names, from the one table."""
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE, writer_titles=(*DEFAULT_KNOWLEDGE.writer_titles, "presenter")
    )
    assert is_credit_line("Jane Roe, AFP presenter")
    assert not is_credit_line("Jane Roe, AFP presenter", knowledge=knowledge)
    found = find_page_byline("By Jane Roe Senior Presenter", knowledge=knowledge)
    assert found is not None
    assert found.names == ("Jane Roe",)
    assert is_page_caption("Jane Roe, AFP analyst") is False


def test_credit_qualifiers_are_knowledge() -> None:
    """A user's qualifier is dropped before a credit is taken apart."""
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE, credit_qualifiers=DEFAULT_KNOWLEDGE.credit_qualifiers | {"billede"}
    )
    assert parse_credit("Billede: Lars Berg").source == "Billede"
    parsed = parse_credit("Billede: Lars Berg", knowledge=knowledge)
    assert (parsed.photographer, parsed.source) == ("Lars Berg", None)


def test_advisory_verbs_are_knowledge() -> None:
    """A user's advisory verb opens an advisory, in the function and in a parse."""
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE, advisory_verbs=(*DEFAULT_KNOWLEDGE.advisory_verbs, "Expands")
    )
    line = "(Expands with reaction in paragraph 3)"
    assert not find_advisory(line)
    assert find_advisory(line, knowledge=knowledge)
    text = f"Storm Hits Coast\n\n{line}\n\nRain fell all day on the coast.\n"
    [before] = wirestory.parse(text)
    [after] = wirestory.parse(text, options=ParseOptions(knowledge=knowledge))
    assert before.body[0] == line
    assert after.body == ("Rain fell all day on the coast.",)


def test_page_date_months_are_knowledge() -> None:
    """A page's date line in another language is known by a user's month name
    (Irish: Polish and Czech months are known by default)."""
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE, page_date_months=DEFAULT_KNOWLEDGE.page_date_months | {"samhain"}
    )
    assert is_date_line("22 de outubro de 2010")
    assert is_date_line("20 listopadu 2019")
    assert not is_date_line("20 Samhain 2019")
    assert is_date_line("20 Samhain 2019", knowledge=knowledge)


def test_page_byline_openers_are_knowledge() -> None:
    """A user's page byline frame is read with a page byline's tail."""
    line = "Reportage by Jane Roe Updated Nov 13, 2019"
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE,
        page_byline_frames=(*DEFAULT_KNOWLEDGE.page_byline_frames, "Reportage"),
    )
    assert find_page_byline(line) is None
    found = find_page_byline(line, knowledge=knowledge)
    assert found is not None
    assert found.names == ("Jane Roe",)


def test_caption_and_copyright_labels_are_knowledge() -> None:
    """A user's caption label is dropped from a page caption, and a user's
    copyright label makes a credit line (and leaves the credit when it is a word)."""
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE,
        caption_labels=(*DEFAULT_KNOWLEDGE.caption_labels, "bildtext"),
        copyright_labels=(*DEFAULT_KNOWLEDGE.copyright_labels, "bild copyright"),
    )
    assert split_page_credit("Bildtext Boats at dawn") == ("Bildtext Boats at dawn", None)
    assert split_page_credit("Bildtext Boats at dawn", knowledge=knowledge) == (
        "Boats at dawn",
        None,
    )
    assert not is_credit_line("Bild copyright Lars Berg")
    assert is_credit_line("Bild copyright Lars Berg", knowledge=knowledge)


def test_label_pattern_spaces_and_boundaries() -> None:
    """A label matches with one to three spaces between words, a word label only
    before a word boundary, a trailing space as white space."""
    pattern = regex.compile(label_pattern(["image copyright", "(c) ", "©"]))
    assert pattern.match("IMAGE   COPYRIGHT Reuters")
    assert not pattern.match("image copyrighted")
    assert pattern.match("(c)\tJane Roe")
    assert not pattern.match("(c)Jane Roe")
    assert pattern.match("©Jane Roe")
    assert not regex.compile(label_pattern([])).match("")


def test_per_knowledge_builds_once_per_record() -> None:
    """What a module builds from a record is built once per equal record, when
    first asked for: the default's too, so that importing compiles nothing."""
    built: list[object] = []

    @per_knowledge
    def count(knowledge: wirestory.Knowledge) -> int:
        built.append(knowledge)
        return len(built)

    assert built == []
    assert count(DEFAULT_KNOWLEDGE) == 1
    assert count(DEFAULT_KNOWLEDGE) == 1
    assert built == [DEFAULT_KNOWLEDGE]
    other = attrs.evolve(DEFAULT_KNOWLEDGE, advisory_verbs=("Adds",))
    assert count(other) == 2
    assert count(attrs.evolve(DEFAULT_KNOWLEDGE, advisory_verbs=("Adds",))) == 2
    assert len(built) == 2


def test_dateline_dashes_are_knowledge() -> None:
    """A user's dateline separator ends a dateline in every form that reads a
    dash, the quick test included, and in a parse."""
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE, dateline_dashes=(*DEFAULT_KNOWLEDGE.dateline_dashes, "•")
    )
    for text in ("STOCKHOLM • Rain fell.", "Stockholm, Oct 19 • Rain fell.", "(TT) • Rain fell."):
        assert find_dateline(text) is None
        assert find_dateline(text, knowledge=knowledge) is not None
    # The quick test turns a paragraph down when none of its delimiters is in it.
    assert not may_open_dateline("STOCKHOLM • Rain fell.")
    assert may_open_dateline("STOCKHOLM • Rain fell.", knowledge=knowledge)
    story = "Rain Returns\n\nSTOCKHOLM • Rain fell all day.\n"
    [after] = wirestory.parse(story, options=ParseOptions(knowledge=knowledge))
    assert after.dateline is not None
    assert after.body == ("Rain fell all day.",)
    assert wirestory.parse(story)[0].dateline is None


def test_institution_words_are_knowledge() -> None:
    """A user's institution word makes a credit's part a source, not a photographer."""
    knowledge = attrs.evolve(
        DEFAULT_KNOWLEDGE, institution_words=DEFAULT_KNOWLEDGE.institution_words | {"bildbyrå"}
    )
    before = parse_credit("Nordic Bildbyrå/AFP")
    assert (before.photographer, before.source) == ("Nordic Bildbyrå", None)
    after = parse_credit("Nordic Bildbyrå/AFP", knowledge=knowledge)
    assert (after.photographer, after.source) == (None, "Nordic Bildbyrå")


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe",
        "JANE ROE",
        "Jane Roe Senior Contributor",
        "Jane Roe @janeroe",
        "Jane Roe | Daily Planet",
        "Jane Roe Updated Nov 13, 2019",
        "Jane Roe Jane Roe",
        "Associated Press",
        "Planet Business Desk",
        "the minister said",
        "",
    ],
)
def test_page_person_names_reads_a_name_as_a_page_byline_after_by(text: str) -> None:
    """A name alone in a page's header is read as the names after a page
    byline's ``By``: the same people and organisation, or none."""
    found = page_person_names(text)
    byline = find_page_byline(f"By {text}")
    expected = (byline.names, byline.organization) if byline is not None and byline.names else None
    assert (None if found is None else (found.names, found.organization)) == expected


def test_organization_line_accepts_every_agency_spelling() -> None:
    """is_organization_line turns a line down by its length before looking for an
    agency (no agency's name is that long): every name and alias of the table,
    with ``The`` before it and white space around it, still passes, and so does
    a user's agency with a name longer than any of the default table's."""
    for agency in DEFAULT_KNOWLEDGE.agencies:
        for alias in agency.aliases:
            assert is_organization_line(alias), alias
            assert is_organization_line(f"  The {alias} \t"), alias
    long_name = "Harbour Town Cooperative Photographic and Press Agency of the North"
    assert not is_organization_line(long_name)
    wider = attrs.evolve(
        DEFAULT_KNOWLEDGE,
        agencies=(*DEFAULT_KNOWLEDGE.agencies, Agency(long_name, (long_name,))),
    )
    assert is_organization_line(long_name.upper(), knowledge=wider)
    assert not is_organization_line(long_name + " said", knowledge=wider)


def test_case_folding_never_shortens() -> None:
    """What the length test of is_organization_line stands on: no character
    folds to nothing, so a folded line is never shorter than the line."""
    assert all(len(chr(code).casefold()) >= 1 for code in range(0x110000))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Boats leave the quay [SpaceX via Nasa]", True),
        ("Traders on the floor, 2019. REUTERS/Jane Roe", True),
        ("Boats leave the quay (Jane Roe/Harbour Board)", False),
        ("Boats leave the quay at dawn", False),
    ],
)
def test_page_caption_reads_a_counter_like_the_line(line: str, expected: bool) -> None:
    """is_page_caption reads a line once in the page form and reuses that
    reading as the plain one when no counter or label was dropped; with a
    gallery counter dropped the plain reading of the whole line still decides,
    and a caption label makes a caption whatever follows."""
    assert is_page_caption(line) is expected
    assert is_page_caption(f"3 of 9 {line}") is expected
    assert is_page_caption(f"Image caption {line}")


def test_no_bare_credit_ends_like_a_sentence() -> None:
    """find_credit does not look for a bare credit in a line ending like a
    sentence, a clause or in a bracket (a paragraph): no bare credit ends so."""
    assert find_credit("Boats at dawn. AFP").credit == "AFP"
    assert find_credit("Boats at dawn - REUTERS/Jane Roe").credit == "REUTERS/Jane Roe"
    for end in (".", ";", "!", ":", ")"):
        assert find_credit(f"Boats at dawn. AFP{end}").form != "bare", end
        assert find_credit(f"Boats at dawn - REUTERS/Jane Roe{end}").form != "bare", end


def _agency_by_one_alternation(text: str) -> Agency | None:
    """find_agency's alias search written as one alternation, the long aliases
    (any case) then the short ones (as written), each longest first: the
    answer its two searches must give."""
    aliases = {alias for agency in DEFAULT_KNOWLEDGE.agencies for alias in agency.aliases}
    by_length = sorted(aliases, key=len, reverse=True)
    long = "|".join(regex.escape(alias) for alias in by_length if len(alias) > 3)
    short = "|".join(regex.escape(alias) for alias in by_length if len(alias) <= 3)
    pattern = regex.compile(rf"\b(?:(?i:{long})|{short})\b")
    edges = " \t\n\r\f\v()[]"
    by_alias = {
        alias.casefold(): agency
        for agency in DEFAULT_KNOWLEDGE.agencies
        for alias in agency.aliases
    }
    at = 0
    while (match := pattern.search(text, at)) is not None:
        found = match.group()
        whole = match.span() == (len(text) - len(text.lstrip(edges)), len(text.rstrip(edges)))
        if not found.islower() or found in aliases or (at == 0 and whole):
            return by_alias[found.casefold()]
        at = match.end()
    # No alias: the agency whose full name the whole text is, if any.
    names = {agency.name.casefold(): agency for agency in DEFAULT_KNOWLEDGE.agencies}
    return names.get(text.strip().casefold())


_ALIASES = sorted({alias for agency in DEFAULT_KNOWLEDGE.agencies for alias in agency.aliases})


@st.composite
def _alias_texts(draw: st.DrawFn) -> str:
    """Aliases in other cases, cut short or run on into a word, between
    spaces, slashes, hyphens or nothing: where the long and the short aliases
    may start at one place, or one inside the other."""
    pieces = []
    for alias in draw(st.lists(st.sampled_from(_ALIASES), min_size=1, max_size=4)):
        change = draw(st.sampled_from(["", "lower", "upper", "cut", "more"]))
        if change == "lower":
            alias = alias.lower()
        elif change == "upper":
            alias = alias.upper()
        elif change == "cut":
            alias = alias[: draw(st.integers(1, len(alias)))]
        elif change == "more":
            alias += draw(st.sampled_from(["s", "-", "'", "1", "\u00e9"]))
        pieces.append(alias)
    return draw(st.sampled_from([" ", "/", "-", "", ". ", " ("])).join(pieces)


@given(_alias_texts())
@example("AFP/Agence France-Presse")
@example("(reuters)")
@example("the ap photo")
def test_alias_search_is_one_alternation(text: str) -> None:
    """The agencies' aliases are searched as two alternations (the long ones
    in any case, the short ones as written) and the leftmost match kept, the
    long one's at one place: the same agency as one alternation of both."""
    assert find_agency(text) == _agency_by_one_alternation(text)


def _organization_by_search(line: str) -> bool:
    """is_organization_line as the search alone decides it: the agency the line
    names first, and the line one of that agency's spellings."""
    if len(line) > 300:
        return False
    stripped = line.strip().removeprefix("The ").removeprefix("the ")
    agency = find_agency(stripped)
    if agency is None:
        return False
    return stripped.casefold() in {a.casefold() for a in (agency.name, *agency.aliases)}


def test_organization_line_turns_down_only_what_the_search_would() -> None:
    """is_organization_line looks a line up among all the agencies' spellings
    before searching it for an agency: the answer is the search's, for every
    spelling of every agency of the default Knowledge in other cases, after
    "The ", with words around it, and for lines naming none."""
    lines = ["Harbour Board", "Daily Planet staff", "", "AP AP"]
    for agency in DEFAULT_KNOWLEDGE.agencies:
        for spelling in (agency.name, *agency.aliases):
            lines += [spelling, spelling.upper(), spelling.lower(), f"The {spelling}"]
            lines += [f" {spelling} ", f"{spelling} said", f"By {spelling}", f"{spelling}."]
    for line in lines:
        assert is_organization_line(line) is _organization_by_search(line), line


def test_inline_credit_needs_a_colon_or_an_ellipsis() -> None:
    """find_credit reads a page's inline credit label (``Credit: X``,
    ``Credit... X``) only when a colon or an ellipsis follows the label, or a
    bar (``PHOTO | JANE ROE | OUTLET``, Kenyan sites), which is why a line
    without any is not searched for one."""
    for label in DEFAULT_KNOWLEDGE.photo_labels:
        for mark in (":", "...", "\u2026", " |"):
            found = find_credit(f"Boats in the harbour. {label}{mark} Jane Roe", page=True)
            assert found.form == "label", (label, mark)
        for mark in ("", " -", ",", ";"):
            found = find_credit(f"Boats in the harbour. {label}{mark} Jane Roe", page=True)
            assert found.form != "label", (label, mark)


_BYLINE_PIECES = (
    "Jane",
    "Roe",
    " ",
    "  ",
    "@",
    "janeroe",
    "(",
    "-",
    "\u2013",
    "\u2014",
    "|",
    "\u2022",
    "/",
    "\u00b7",
    "November",
    "Nov",
    "18",
    ",",
    "2019",
    "12/11/2019",
    "Monday",
)


@given(st.lists(st.sampled_from(_BYLINE_PIECES), max_size=12).map("".join))
@example("Jane Roe @janeroe")
@example("Jane Roe - November 18, 2019")
@example("Jane Roe \u2022 Nov 18 2019")
@example("Jane Roe \u00b7 4 March 2025 \u00b7 10:32")
@example("Jane Roe, Harbour Town")
def test_bare_names_sieve_keeps_every_byline(text: str) -> None:
    """A line the sieve turns down is no byline of names without an opener:
    the pattern is skipped only where it would match nothing."""
    if bare_names_pattern().match(text) is not None:
        assert may_end_bare_names(text)
    assert may_end_bare_names(text) == any(c in text for c in "-/@|\u2013\u2014\u2022\u00b7")
