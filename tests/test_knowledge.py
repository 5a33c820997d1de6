"""Site knowledge as data: a user's Knowledge reaches every stage, the default
gives today's results, and the record is frozen and hashable."""

from __future__ import annotations

import datetime
import pickle
from pathlib import Path

import attrs
import pytest
from test_cases import load

import wirestory
from wirestory import Agency, Knowledge, ParseOptions
from wirestory.bylines import find_page_byline, is_organization_line
from wirestory.captions import is_credit_line, parse_credit, split_credit, split_page_credit
from wirestory.knowledge import AGENCIES, DEFAULT_KNOWLEDGE
from wirestory.layouts.page import furniture_phrase, guess_language, is_date_line
from wirestory.trailers import classify_trailer

CASES = Path(__file__).parent / "cases"

RITZAU = attrs.evolve(
    DEFAULT_KNOWLEDGE,
    agencies=(
        *DEFAULT_KNOWLEDGE.agencies,
        Agency("Ritzau", ("Ritzau",), sign_offs=("Ritzau",), staff=("Ritzau",)),
    ),
)
PORTUGUESE_MONTHS = attrs.evolve(
    DEFAULT_KNOWLEDGE,
    months=(
        *DEFAULT_KNOWLEDGE.months,
        *(("janeiro", 1), ("fevereiro", 2), ("março", 3), ("abril", 4), ("maio", 5)),
    ),
)
DANISH_LABEL = attrs.evolve(
    DEFAULT_KNOWLEDGE, photo_labels=(*DEFAULT_KNOWLEDGE.photo_labels, "billede")
)


def _marked(caption: str) -> str:
    """A story in the seed's layout with one caption."""
    return f"Rain Returns\n\n{caption}\n{caption}\nTT\n\nRain Returns\n\n{caption}\n\nIt rained.\n"


def test_a_user_agency_makes_a_bare_credit() -> None:
    """``... Sunday. Ritzau`` is caption text by default and a credit naming
    the agency once Ritzau is known."""
    text = _marked("Wet streets in Copenhagen on Sunday. Ritzau")
    [before] = wirestory.parse(text)
    assert (before.captions[0].credit, before.captions[0].agency) == (None, None)
    [after] = wirestory.parse(text, options=ParseOptions(knowledge=RITZAU))
    assert (
        after.captions[0].text,
        after.captions[0].credit,
        after.captions[0].agency,
    ) == ("Wet streets in Copenhagen on Sunday.", "Ritzau", "Ritzau")


def test_a_user_agency_makes_a_dateline() -> None:
    """``COPENHAGEN (Ritzau) -`` is a dateline once Ritzau is known."""
    text = "Rain returns to the city\n\nCOPENHAGEN (Ritzau) - Rain fell all day on Sunday.\n"
    before = wirestory.parse_story(text)
    assert before.dateline is None
    after = wirestory.parse_story(text, options=ParseOptions(knowledge=RITZAU))
    assert after.dateline is not None
    assert (after.dateline.raw, after.dateline.agencies) == ("COPENHAGEN (Ritzau) -", ("Ritzau",))
    assert after.body == ("Rain fell all day on Sunday.",)


def test_a_user_agency_makes_an_organisation_line() -> None:
    """``Ritzau`` under a byline is the byline's organisation once known."""
    text = "Rain returns to the city\n\nBy Jane Roe\nRitzau\n\nRain fell all day on Sunday.\n"
    before = wirestory.parse_story(text)
    assert before.byline is not None
    assert before.byline.organization is None
    after = wirestory.parse_story(text, options=ParseOptions(knowledge=RITZAU))
    assert after.byline is not None
    assert (after.byline.names, after.byline.organization) == (("Jane Roe",), "Ritzau")
    assert is_organization_line("Ritzau", knowledge=RITZAU)
    assert not is_organization_line("Ritzau")


def test_a_user_agency_signs_off_and_credits_staff() -> None:
    """Sign-offs and staff credits in trailers come from the agency table."""
    assert classify_trailer("Ritzau") is None
    sign_off = classify_trailer("Ritzau", knowledge=RITZAU)
    assert sign_off is not None
    assert sign_off.kind == "sign-off"
    staff = classify_trailer(
        "Ritzau reporter Jane Roe contributed to this report.", knowledge=RITZAU
    )
    assert staff is not None
    assert [c.name for c in staff.contributors] == ["Jane Roe"]


def test_parse_credit_caches_per_knowledge() -> None:
    """parse_credit's cache is keyed on the knowledge too: the same credit is
    taken apart by each table in turn."""
    assert parse_credit("Jane Roe/Ritzau").agency is None
    assert parse_credit("Jane Roe/Ritzau", knowledge=RITZAU).agency == "Ritzau"
    assert parse_credit("Jane Roe/Ritzau").agency is None


def test_a_user_photo_label_is_honored() -> None:
    """``Billede: Jane Roe`` (Danish) opens a credit once ``billede`` is a label."""
    caption = "Rain in Copenhagen on Sunday. Billede: Jane Roe"
    assert split_credit(caption) == (caption, None)
    assert split_credit(caption, knowledge=DANISH_LABEL) == (
        "Rain in Copenhagen on Sunday.",
        "Billede: Jane Roe",
    )
    [story] = wirestory.parse(_marked(caption), options=ParseOptions(knowledge=DANISH_LABEL))
    assert story.captions[0].credit == "Billede: Jane Roe"


def test_a_user_month_spelling_is_honored() -> None:
    """Portuguese month names make a dateline, and resolve to their month."""
    text = "Chuva volta à cidade\n\nLISBOA, março 3 - Choveu o dia todo.\n"
    reference = datetime.date(2025, 3, 4)
    before = wirestory.parse_story(text, options=ParseOptions(reference_date=reference))
    assert before.dateline is None
    options = ParseOptions(reference_date=reference, knowledge=PORTUGUESE_MONTHS)
    after = wirestory.parse_story(text, options=options)
    assert after.dateline is not None
    assert ("LISBOA, março 3 -", "março 3", datetime.date(2025, 3, 3)) == (
        after.dateline.raw,
        after.dateline.date_text,
        after.dateline.date,
    )
    found = wirestory.find_dateline(
        "PORTO, Fevereiro 28 - Sol.",
        reference=datetime.date(2025, 3, 1),
        knowledge=PORTUGUESE_MONTHS,
    )
    assert found is not None
    assert found.date == datetime.date(2025, 2, 28)


def test_user_furniture_and_stop_words_are_honored() -> None:
    """Furniture phrases and stop-word tables come from the knowledge."""
    assert not furniture_phrase("Del artiklen")
    danish = attrs.evolve(
        DEFAULT_KNOWLEDGE,
        furniture_phrases=DEFAULT_KNOWLEDGE.furniture_phrases | {"del artiklen"},
        stop_words=(("da", frozenset("og i at det en den til er som på de med han".split())),),
    )
    assert furniture_phrase("Del artiklen", knowledge=danish)
    sentence = "Han sagde, at det er en god dag for de mange som er på vej til byen."
    assert guess_language(sentence) != "da"
    assert guess_language(sentence, knowledge=danish) == "da"


@pytest.mark.parametrize("name", sorted(p.stem for p in CASES.glob("*.txt")))
def test_an_equal_knowledge_gives_todays_results(name: str) -> None:
    """A record equal to the default but not the default itself (so its patterns
    are compiled apart) reads every labelled case exactly as the default does."""
    text = wirestory.decode((CASES / f"{name}.txt").read_bytes())
    equal = Knowledge()
    assert equal == DEFAULT_KNOWLEDGE
    assert equal is not DEFAULT_KNOWLEDGE
    default = wirestory.parse(text)
    assert default == wirestory.parse(text, options=ParseOptions(knowledge=equal))
    assert default == wirestory.parse(text, options=ParseOptions(knowledge=DEFAULT_KNOWLEDGE))


def test_knowledge_is_frozen_and_hashable() -> None:
    """Knowledge and Agency are frozen; equal records hash alike; wrong types
    are refused with a message saying what to pass."""
    assert hash(Knowledge()) == hash(DEFAULT_KNOWLEDGE)
    assert hash(RITZAU) != hash(DEFAULT_KNOWLEDGE)
    assert {DEFAULT_KNOWLEDGE: 1}[Knowledge()] == 1
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DEFAULT_KNOWLEDGE.photo_labels = ()  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DEFAULT_KNOWLEDGE.agencies[0].name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError, match="tuple of Agency"):
        Knowledge(agencies=["Ritzau"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="month number"):
        Knowledge(months=(("março", 13),))
    with pytest.raises(TypeError):
        ParseOptions(knowledge="Ritzau")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="non-blank strings"):
        Agency("Ritzau", ("",))
    with pytest.raises(ValueError, match="empty string"):
        Knowledge(photo_labels=("photo", ""))


def test_knowledge_is_built_by_keyword() -> None:
    """Knowledge's tables are named, never passed by position: a table added
    between two others in a later release cannot shift a caller's positional
    arguments into the wrong fields."""
    with pytest.raises(TypeError):
        Knowledge(AGENCIES)  # type: ignore[misc]
    assert Knowledge(agencies=AGENCIES) == DEFAULT_KNOWLEDGE


def test_empty_tables_find_nothing() -> None:
    """A record with no agencies, labels or months finds none, and never fails."""
    empty = Knowledge(agencies=(), photo_labels=(), months=())
    assert wirestory.find_dateline("WASHINGTON (AP) - Rain.", knowledge=empty) is None
    assert split_credit("Rain. AFP", knowledge=empty) == ("Rain. AFP", None)
    assert classify_trailer("Reuter", knowledge=empty) is None
    story = wirestory.parse_story(_marked("Rain. (AFP)"), options=ParseOptions(knowledge=empty))
    assert story.captions[0].credit == "AFP"
    assert story.captions[0].agency is None


def test_knowledge_pickles() -> None:
    """Options travel to the command line's worker processes by pickle: the
    default comes back as the default itself (its patterns built once a process),
    another record as an equal one."""
    options = pickle.loads(pickle.dumps(ParseOptions()))
    assert options.knowledge is DEFAULT_KNOWLEDGE
    copied = pickle.loads(pickle.dumps(RITZAU))
    assert copied == RITZAU
    assert hash(copied) == hash(RITZAU)


def test_one_list_of_photo_labels_for_captions_and_pages() -> None:
    """Captions and pages read the same photo labels: a bare credit may open
    with a label only pages knew (``Фото:``, ``Imagem:``)."""
    assert split_credit("Rain in Moscow. Фото: Ivan Petrov") == (
        "Rain in Moscow.",
        "Фото: Ivan Petrov",
    )
    assert split_credit("Rain in Lisbon. Imagem: Ana Lima") == (
        "Rain in Lisbon.",
        "Imagem: Ana Lima",
    )


def test_staff_possessives_come_from_the_agency_table() -> None:
    """``AFP's Jane Roe`` loses the possessive, as ``CNN's Jane Roe`` does."""
    for agency in ("AFP", "CNN", "AP", "Reuters"):
        trailer = classify_trailer(f"{agency}'s Jane Roe contributed to this report.")
        assert trailer is not None
        assert [c.name for c in trailer.contributors] == ["Jane Roe"], agency


def test_one_definition_of_sentence_ends() -> None:
    """The rules asking "does this end like a sentence?" read the same marks: a
    full stop added to the knowledge (Sinhala's old ``෴``; Urdu's ``۔`` is one
    by default since heldout34, Armenian's ``։`` since heldout35, Burmese's
    ``။`` and Khmer's ``។`` since scripts60, Amharic's ``።`` since heldout38)
    ends credits, subheadings and headlines alike."""
    sinhala = attrs.evolve(DEFAULT_KNOWLEDGE, full_stops=DEFAULT_KNOWLEDGE.full_stops + "෴")
    assert sinhala.sentence_ends == ".…。।۔։။។።෴!！?？؟"
    assert split_credit("Rain in Kandy. (AFP෴)") == ("Rain in Kandy.", "AFP෴")
    assert split_credit("Rain in Kandy. (AFP෴)", knowledge=sinhala) == (
        "Rain in Kandy. (AFP෴)",
        None,
    )
    text = "Rain returns\n\nIt rained all day.\n\nThe Label෴\n\nIt rained all night.\n"
    assert wirestory.parse_story(text).subheading_indices == (1,)
    assert (
        wirestory.parse_story(text, options=ParseOptions(knowledge=sinhala)).subheading_indices
        == ()
    )
    headline = "Rain returns to the city෴\n\nIt rained all day on Sunday.\n"
    assert wirestory.parse_story(headline).layout == "wire"
    assert wirestory.parse_story(headline, options=ParseOptions(knowledge=sinhala)).layout != "wire"


def test_repr_shows_what_differs_from_the_default() -> None:
    """The repr names only the fields changed from the default, and builds an
    equal record."""
    assert repr(DEFAULT_KNOWLEDGE) == "Knowledge()"
    assert repr(DANISH_LABEL).startswith("Knowledge(photo_labels=(")
    assert eval(repr(DANISH_LABEL), {"Knowledge": Knowledge}) == DANISH_LABEL
    assert eval(repr(RITZAU), {"Knowledge": Knowledge, "Agency": Agency}) == RITZAU


def test_page_bylines_dates_and_credits_read_the_knowledge() -> None:
    """The page layout's byline, date-line and credit readers take their months
    and photo labels from the record, like every other detector."""
    danish = attrs.evolve(
        DEFAULT_KNOWLEDGE,
        months=(*DEFAULT_KNOWLEDGE.months, ("okt", 10)),
        photo_labels=(*DEFAULT_KNOWLEDGE.photo_labels, "billede"),
    )
    assert not is_credit_line("Billede: Jane Roe")
    assert is_credit_line("Billede: Jane Roe", knowledge=danish)
    caption = "Rain in Copenhagen on Sunday. Billede: Jane Roe"
    assert split_page_credit(caption) == (caption, None)
    assert split_page_credit(caption, knowledge=danish) == (
        "Rain in Copenhagen on Sunday.",
        "Billede: Jane Roe",
    )
    assert find_page_byline("Jane Roe - 13 okt 2019") is None
    found = find_page_byline("Jane Roe - 13 okt 2019", knowledge=danish)
    assert found is not None
    assert found.names == ("Jane Roe",)
    assert not is_date_line("13 okt 2019")
    assert is_date_line("13 okt 2019", knowledge=danish)


def _plus(field: str, *entries: object) -> Knowledge:
    """The default record with ``entries`` added to the table ``field``."""
    table = getattr(DEFAULT_KNOWLEDGE, field)
    extended = table | frozenset(entries) if isinstance(table, frozenset) else (*table, *entries)
    return attrs.evolve(DEFAULT_KNOWLEDGE, **{field: extended})


def _rules(text: str, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> dict[str, str]:
    story = wirestory.parse_story(text, options=ParseOptions(knowledge=knowledge))
    return {text[s.start : s.end].strip(): s.rule for s in story.segments}


def test_a_user_photo_position_is_no_credit() -> None:
    """``(links)`` (German: left) at a caption's end credits nobody once it is a
    photo position."""
    caption = "Jane Roe at the quay (links)"
    assert split_credit(caption) == ("Jane Roe at the quay", "links")
    assert split_credit(caption, knowledge=_plus("photo_positions", "links")) == (caption, None)


def test_a_user_credit_name_link_makes_a_credit_line() -> None:
    """``Photo: Courtesy dal Harbour Board`` is a credit line once ``dal`` may
    link a credit's name (``del`` is a default's since captions52)."""
    line = "Photo: Courtesy dal Harbour Board"
    assert not is_credit_line(line)
    assert is_credit_line(line, knowledge=_plus("credit_name_links", "dal"))


def test_a_user_source_name_link_makes_a_source_below_a_caption() -> None:
    """A source's name glued under a page's caption (``Museo del Mar``) credits
    it once ``del`` may link a source's name."""
    text, _ = load("page_caption_source_below")
    assert text.count("Harbour Survey") == 1
    text = text.replace("Harbour Survey", "Museo del Mar")
    caption = "The green water of the bay seen from the lighthouse at the end of October."
    before = _rules(text)
    assert (before[caption], before["Museo del Mar"]) == ("page-prose-medium", "subheading")
    after = _rules(text, _plus("source_name_links", "del"))
    assert (after[caption], after["Museo del Mar"]) == (
        "caption-source-below",
        "caption-credit-line",
    )


def test_user_position_marks_and_qualifiers_make_captions() -> None:
    """``(v.l.n.r.)`` (Dutch: from left to right) opening a line and ``(third
    left)`` in a phrase make page captions once the mark and the qualifier are
    known."""
    text, _ = load("page_caption_position_and_via")
    listed = "(L-R) Jane Roe, Tom Hale, Ann Marsh"
    placed = "Coxswain Tom Hale (left) at the wheel of the new boat in the harbour"
    assert text.count(listed) == text.count(placed) == 1
    dutch = text.replace(listed, listed.replace("(L-R)", "(v.l.n.r.)"))
    line = listed.replace("(L-R)", "(v.l.n.r.)")
    assert _rules(dutch)[line] == "between-headline-and-story"
    assert _rules(dutch, _plus("position_marks", "v.l.n.r."))[line] == "caption-by-position"
    third = text.replace(placed, placed.replace("(left)", "(third left)"))
    line = placed.replace("(left)", "(third left)")
    assert _rules(third)[line] == "page-short-between-prose"
    assert _rules(third, _plus("position_qualifiers", "third"))[line] == "caption-by-position"


def test_a_user_name_particle_makes_a_name() -> None:
    """``By Jan ter Horst`` names a person once ``ter`` is a name particle."""
    assert wirestory.find_byline("By Jan ter Horst") is None
    found = wirestory.find_byline("By Jan ter Horst", knowledge=_plus("name_particles", "ter"))
    assert found is not None
    assert found.names == ("Jan ter Horst",)


def test_a_user_title_prefix_and_title_word_end_the_names() -> None:
    """A page byline's names end before ``Weather Writer`` once ``weather`` may
    stand before a writer's title, and before ``Newsroom`` once it is a title
    word."""
    before = find_page_byline("By Jane Roe Weather Writer")
    assert before is not None
    assert before.names == ("Jane Roe Weather",)
    after = find_page_byline(
        "By Jane Roe Weather Writer", knowledge=_plus("writer_title_prefixes", "weather")
    )
    assert after is not None
    assert (after.names, after.organization) == (("Jane Roe",), "Weather Writer")
    before = find_page_byline("By Jane Roe Newsroom")
    assert before is not None
    assert before.names == ("Jane Roe Newsroom",)
    after = find_page_byline(
        "By Jane Roe Newsroom", knowledge=_plus("byline_title_words", "newsroom")
    )
    assert after is not None
    assert (after.names, after.organization) == (("Jane Roe",), "Newsroom")


def test_a_user_date_line_word_makes_a_date_line() -> None:
    """``Publicerad 20 november 2019`` (Swedish: published) is a page's date line
    once ``publicerad`` is a date line's word."""
    assert not is_date_line("Publicerad 20 november 2019")
    assert is_date_line(
        "Publicerad 20 november 2019", knowledge=_plus("date_line_words", "publicerad")
    )


def test_user_dateline_labels_and_acronyms_are_no_places() -> None:
    """``EILMELDUNG -`` (German: breaking news) and ``INTERPOL -`` open datelines
    by default, and none once they are a label and an acronym."""
    label, acronym = "EILMELDUNG - Rain fell all day.", "INTERPOL - The agency said."
    assert wirestory.find_dateline(label) is not None
    assert wirestory.find_dateline(label, knowledge=_plus("dateline_labels", "EILMELDUNG")) is None
    assert wirestory.find_dateline(acronym) is not None
    assert (
        wirestory.find_dateline(acronym, knowledge=_plus("dateline_acronyms", "INTERPOL")) is None
    )


def test_user_note_phrases_roles_and_staff_titles_make_trailers() -> None:
    """A sponsor's note, ``Fact-checking by ...`` and a staff photographer's
    contribution are trailers once their phrase, role word and title are known."""
    note = "This story is sponsored by Harbour Bank."
    assert classify_trailer(note) is None
    sponsored = _plus("note_phrases", ("sponsored", r"this story is sponsored by"))
    found = classify_trailer(note, knowledge=sponsored)
    assert found is not None
    assert found.kind == "note"
    checked = "Fact-checking by Jane Roe"
    assert classify_trailer(checked) is None
    found = classify_trailer(
        checked, knowledge=_plus("contributor_roles", ("fact-checking", "editing"))
    )
    assert found is not None
    assert [(c.name, c.role) for c in found.contributors] == [("Jane Roe", "editing")]
    staff = "Reuters photographer Jane Roe contributed to this report."
    assert classify_trailer(staff) is None
    found = classify_trailer(staff, knowledge=_plus("staff_titles", "photographer"))
    assert found is not None
    assert [c.name for c in found.contributors] == ["Jane Roe"]


def test_pair_tables_are_checked() -> None:
    """The tables of pairs refuse what they cannot use, saying what to pass."""
    with pytest.raises(TypeError, match="word the note holds"):
        Knowledge(note_phrases=("sponsored",))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="the role one of"):
        Knowledge(contributor_roles=(("photos", "photographing"),))  # type: ignore[arg-type]
    assert Knowledge(note_phrases=()).note_phrases == ()
    assert (
        classify_trailer("This story was corrected.", knowledge=Knowledge(note_phrases=())) is None
    )


def test_every_field_is_documented() -> None:
    """docs/knowledge.md's table names every field of the record, and
    docs/architecture.md's table of where knowledge lives does too."""
    docs = Path(__file__).parent.parent / "docs"
    knowledge = (docs / "knowledge.md").read_text(encoding="utf-8")
    architecture = (docs / "architecture.md").read_text(encoding="utf-8")
    for field in attrs.fields(Knowledge):
        assert f"`{field.name}`" in knowledge, field.name
        assert f"`{field.name}`" in architecture, field.name


def test_string_tables_are_checked() -> None:
    """A table of words must be a tuple or a frozenset (as its default) of
    non-empty strings; the message names the field and what was passed."""
    with pytest.raises(
        TypeError, match=r"Knowledge\.photo_labels must be a tuple of strings, not list"
    ):
        Knowledge(photo_labels=["photo"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Knowledge\.photo_labels must hold strings, not int"):
        Knowledge(photo_labels=("photo", 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="frozenset of strings, not tuple"):
        Knowledge(name_particles=("van",), dateline_labels=("UPDATE",))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"Knowledge\.furniture_phrases holds an empty string"):
        Knowledge(furniture_phrases=frozenset({"share", ""}))

    class Word(str):
        """A subclass of str is a string."""

    assert Knowledge(photo_labels=(Word("billede"),)).photo_labels == ("billede",)
