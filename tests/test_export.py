"""wirestory.export: JSON Lines records, their schema, ninjs 3.1 and 2.1, text."""

from __future__ import annotations

import datetime
import enum
import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
import strategies
from hypothesis import given
from hypothesis import strategies as st
from referencing import Registry, Resource

import wirestory
from wirestory import Story, export, records

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "wirestory-1.schema.json").read_text(encoding="utf-8"))
EXAMPLE = (ROOT / "examples" / "dump.txt").read_text(encoding="utf-8")


def _json_round(data: dict[str, Any]) -> dict[str, Any]:
    """What a reader of the JSON Lines gets back."""
    result: dict[str, Any] = json.loads(json.dumps(data, ensure_ascii=False))
    return result


def _schema_errors(record: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    return [error.message for error in validator.iter_errors(record)]


def test_record_of_the_example_story() -> None:
    """The first example story's record, key by key, without spans."""
    story = wirestory.parse(EXAMPLE)[0]
    record = export.to_dict(story)
    assert list(record)[:2] == ["schema", "headline"]
    assert record["schema"] == "wirestory/1"
    assert record["captions"] == [
        {
            "text": "Engineers inspect pipes at the new plant near Yanbu on Monday.",
            "credit": "SPA",
            "line": 3,
            "agency": "Saudi Press Agency",
            "photographer": None,
            "source": None,
        }
    ]
    assert "segments" not in record
    assert record["subheading_indices"] == [3]


def test_with_spans_adds_segments_and_offsets() -> None:
    """with_spans adds every line as a segment, with its rule, and caption offsets."""
    story = wirestory.parse(EXAMPLE)[0]
    record = export.to_dict(story, with_spans=True)
    assert record["segments"][0] == {
        "role": "headline",
        "start": 0,
        "end": 42,
        "line": 1,
        "rule": "headline",
    }
    assert record["captions"][0]["start"] == 43
    assert len(record["segments"]) == len(story.segments)


@given(st.lists(strategies.stories(), min_size=1, max_size=2), strategies.separators)
def test_round_trip_with_spans(generated: list[strategies.GeneratedStory], separator: str) -> None:
    """from_dict(to_dict(story, with_spans=True)) is the story, through JSON text."""
    dump = separator.join(strategies.render(story) for story in generated)
    for story in wirestory.parse(dump):
        assert story == Story.from_dict(_json_round(story.to_dict(with_spans=True)))


def test_round_trip_of_a_story_with_a_dateline_a_byline_and_contributors() -> None:
    """The records the story holds round-trip with their optional fields empty
    (a dateline with no region, a byline with no organisation, a contributor
    with no place). The compiled build keeps the annotations of the modules it
    compiles (datelines, bylines, trailers) with their unions erased to
    ``type``: this read ``null is not allowed here`` for ``dateline.region``."""
    dump = (
        "Harbour Ferry Fares Rise\n\nBy Jane Roe\n\n"
        "PORT ELLIS, March 4 (Reuters) - Ferry fares will rise in June, the council said.\n\n"
        "Reporting by Tom Hale; Editing by Ann Lee\n"
    )
    story = wirestory.parse(dump)[0]
    assert story.dateline is not None
    assert story.dateline.region is None
    assert story.byline is not None
    assert story.byline.organization is None
    assert story.contributors
    assert story.contributors[0].place is None
    assert story == Story.from_dict(_json_round(story.to_dict(with_spans=True)))
    assert story.to_dict() == Story.from_dict(_json_round(story.to_dict())).to_dict()


@given(strategies.arbitrary_text)
def test_round_trip_on_arbitrary_text(text: str) -> None:
    """The round trip holds for whatever the parser makes of any text (diagnostics too)."""
    for story in wirestory.parse(text):
        assert story == Story.from_dict(_json_round(story.to_dict(with_spans=True)))


@given(st.lists(strategies.stories(), min_size=1, max_size=2))
def test_round_trip_without_spans_is_stable(generated: list[strategies.GeneratedStory]) -> None:
    """A record without spans reads back to a story that writes the same record."""
    dump = "\n\n\n".join(strategies.render(story) for story in generated)
    for story in wirestory.parse(dump):
        record = _json_round(story.to_dict())
        assert record == Story.from_dict(record).to_dict()


@given(strategies.arbitrary_text, st.booleans())
def test_records_match_the_json_schema(text: str, with_spans: bool) -> None:
    """Every record, with or without spans, validates against docs/wirestory-1.schema.json."""
    for story in wirestory.parse(text + "\n\n\n" + EXAMPLE):
        assert _schema_errors(_json_round(story.to_dict(with_spans=with_spans))) == []


def test_records_of_every_case_match_the_json_schema() -> None:
    """The records of every labelled case (wire stories with datelines, bylines and
    trailers included) validate, with spans."""
    for case in sorted((ROOT / "tests" / "cases").glob("*.txt")):
        for story in wirestory.parse(case.read_text(encoding="utf-8")):
            assert _schema_errors(_json_round(story.to_dict(with_spans=True))) == [], case.name


def test_json_schema_rejects_a_wrong_record() -> None:
    """The schema really constrains: a record with another version or a bad body fails."""
    record = wirestory.parse(EXAMPLE)[0].to_dict()
    assert _schema_errors({**record, "schema": "wirestory/2"}) != []
    assert _schema_errors({**record, "body": "one string"}) != []


def test_from_dict_refuses_another_schema_version() -> None:
    """A record of another schema version raises ValueError naming both versions."""
    record = wirestory.parse(EXAMPLE)[0].to_dict()
    with pytest.raises(ValueError, match="cannot read schema 'wirestory/9'"):
        Story.from_dict({**record, "schema": "wirestory/9"})


def test_from_dict_names_a_missing_key() -> None:
    """A record without a required field says which."""
    record = wirestory.parse(EXAMPLE)[0].to_dict()
    del record["headline"]
    with pytest.raises(ValueError, match="missing required key 'headline'"):
        Story.from_dict(record)


class _Kind(enum.Enum):
    AGENCY = "agency"
    PERSON = "person"


@attrs.frozen
class _Place:
    name: str
    start: int


@attrs.frozen
class _Record:
    kind: _Kind
    when: datetime.date | None
    places: tuple[_Place, ...]
    home: _Place | None = None


def test_generic_fields_flow_through() -> None:
    """Nested records, enums, optional dates and tuples serialize and read back with no
    per-field code: what lets new Story fields (dateline, byline, ...) appear unchanged."""
    value = _Record(_Kind.AGENCY, datetime.date(2025, 10, 29), (_Place("Riyadh", 4),), None)
    plain = records.plain(value, with_spans=True)
    assert plain == {
        "kind": "agency",
        "when": "2025-10-29",
        "places": [{"name": "Riyadh", "start": 4}],
        "home": None,
    }
    assert records.build_record(_Record, _json_round(plain), "record") == value
    assert records.plain(value, with_spans=False)["places"] == [{"name": "Riyadh"}]


# --- ninjs ---------------------------------------------------------------------------


def test_ninjs_mapping_of_a_small_story() -> None:
    """headline, body and captions map to IPTC ninjs 3.1 properties as documented."""
    [story] = wirestory.parse(
        "Water Fund Agreed\n\nMinisters meet. (SPA)\nMinisters meet. (SPA)\nA chart.\nTT\n\n"
        "Gulf ministers agreed on Sunday.\n\nThe fund opens in May.\n"
    )
    document = export.to_ninjs(story, uri_prefix="https://example.com/stories/")
    uri = document["uri"]
    assert uri.startswith("https://example.com/stories/")
    assert document == {
        "uri": uri,
        "type": "text",
        "headlines": [{"role": "main", "value": "Water Fund Agreed"}],
        "bodies": [
            {
                "role": "text",
                "contentType": "text/plain",
                "value": "Gulf ministers agreed on Sunday.\n\nThe fund opens in May.",
                "charCount": 56,
                "wordCount": 10,
            }
        ],
        "associations": [
            {
                "name": "picture1",
                "uri": f"{uri}/picture/1",
                "type": "picture",
                "descriptions": [{"role": "caption", "value": "Ministers meet."}],
                "by": "SPA",
            },
            {
                "name": "picture2",
                "uri": f"{uri}/picture/2",
                "type": "picture",
                "descriptions": [{"role": "caption", "value": "A chart."}],
            },
        ],
    }


def test_ninjs_mapping_of_wire_fields() -> None:
    """byline, contributors, dateline, its agencies and the copyright line map to by,
    people, located, infoSources and copyrightNotice (and their 2.1 names)."""
    text = (ROOT / "tests" / "cases" / "wire_ap.txt").read_text(encoding="utf-8")
    [story] = wirestory.parse(text)
    document = export.to_ninjs(story)
    assert document["by"] == "By JANE DOE and JOHN ROE, Associated Press"
    assert document["people"] == [
        {"name": "JANE DOE", "rel": "author"},
        {"name": "JOHN ROE", "rel": "author"},
        {"name": "Sam Poe", "rel": "contributing"},
    ]
    assert document["located"] == "WASHINGTON"
    assert document["infoSources"] == [{"name": "Associated Press", "role": "source"}]
    assert document["copyrightNotice"].startswith("Copyright 2025 The Associated Press.")
    legacy = export.to_ninjs2(story)
    assert legacy["infosources"] == document["infoSources"]
    assert legacy["copyrightnotice"] == document["copyrightNotice"]


def test_ninjs_notes_become_the_editorial_note() -> None:
    """Advisories and notes kept out of the body are the ninjs edNote."""
    story = attrs.evolve(wirestory.parse(EXAMPLE)[0], notes=("(Adds reaction)", "Note two"))
    assert export.to_ninjs(story)["edNote"] == "(Adds reaction)\nNote two"
    assert export.to_ninjs2(story)["ednote"] == "(Adds reaction)\nNote two"


def test_ninjs2_uses_lowercase_names() -> None:
    """ninjs 2.1 is the same document with its lower-case property names."""
    story = wirestory.parse(EXAMPLE)[0]
    document = export.to_ninjs2(story)
    assert document["bodies"][0]["contenttype"] == "text/plain"
    assert "charcount" in document["bodies"][0]
    assert "contentType" not in json.dumps(document)


def test_uri_depends_on_content_not_position() -> None:
    """The same story at another place in another dump has the same uri; another
    headline gives another uri."""
    first = wirestory.parse(EXAMPLE)[0]
    moved = wirestory.parse("Other\n\nText.\n\n\n" + EXAMPLE)[1]
    assert first.start != moved.start
    assert export.uri_for(first) == export.uri_for(moved)
    changed = attrs.evolve(first, headline="Another headline")
    assert export.uri_for(changed) != export.uri_for(first)


def _validator(shared: Path, version: str) -> jsonschema.protocols.Validator:
    folder = shared / "standards"
    geojson = json.loads((folder / "geojson" / "GeoJSON.json").read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry().with_resource(
        "https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geojson)
    )
    schema = json.loads(
        (folder / "ninjs" / f"ninjs-schema_{version}.json").read_text(encoding="utf-8")
    )
    validator_class = jsonschema.validators.validator_for(schema)
    validator: jsonschema.protocols.Validator = validator_class(schema, registry=registry)
    return validator


def _errors(validator: jsonschema.protocols.Validator, document: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


@pytest.mark.corpus
def test_validators_accept_iptc_examples_and_reject_broken_documents(shared: Path) -> None:
    """The validators set up here accept IPTC's own examples and reject a document
    without ``uri`` or with a 2.1 name in 3.1: the ninjs tests below can fail."""
    v3, v2 = _validator(shared, "3.1"), _validator(shared, "2.1")
    example3 = json.loads((shared / "standards/ninjs/tt_text_image_3.json").read_text("utf-8"))
    example2 = json.loads((shared / "standards/ninjs/tt_text_image_2.json").read_text("utf-8"))
    assert _errors(v3, example3) == []
    assert _errors(v2, example2) == []
    story = wirestory.parse(EXAMPLE)[0]
    assert _errors(v3, {k: v for k, v in export.to_ninjs(story).items() if k != "uri"}) != []
    assert _errors(v3, export.to_ninjs2(story)) != []


@pytest.mark.corpus
def test_ninjs_documents_validate_against_iptc_schemas(shared: Path) -> None:
    """Every story of any text (and of the example) gives a valid ninjs 3.1 and 2.1 document."""
    v3, v2 = _validator(shared, "3.1"), _validator(shared, "2.1")
    for case in sorted((ROOT / "tests" / "cases").glob("*.txt")):
        for story in wirestory.parse(case.read_text(encoding="utf-8")):
            assert _errors(v3, _json_round(export.to_ninjs(story))) == [], case.name
            assert _errors(v2, _json_round(export.to_ninjs2(story))) == [], case.name

    @given(st.lists(strategies.stories(), max_size=2), strategies.arbitrary_text)
    def check(generated: list[strategies.GeneratedStory], text: str) -> None:
        dump = "\n\n\n".join([EXAMPLE, text, *map(strategies.render, generated)])
        for story in wirestory.parse(dump):
            assert _errors(v3, _json_round(export.to_ninjs(story))) == []
            assert _errors(v2, _json_round(export.to_ninjs2(story))) == []

    check()


def test_text_rendering() -> None:
    """--format text: headline, standfirst, captions with credits, body; blank-line separated."""
    [story] = wirestory.parse(
        "Water Fund Agreed\n\nMinisters meet. (SPA)\nMinisters meet. (SPA)\nTT\n\n"
        "Gulf ministers agreed.\n\nThe fund opens in May.\n"
    )
    assert export.to_text(story) == (
        "Water Fund Agreed\n\nMinisters meet. (SPA)\n\nGulf ministers agreed.\n\n"
        "The fund opens in May.\n"
    )


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"body": "abc"}, "expected a list"),
        ({"layout": "zzz"}, "is not one of"),
        ({"headline": 5}, "expected str"),
        ({"captions": [["not", "an", "object"]]}, "expected an object"),
    ],
    ids=["body-string", "layout", "headline-int", "caption-list"],
)
def test_from_dict_rejects_records_of_the_wrong_shape(
    change: dict[str, object], error: str
) -> None:
    """from_dict checks types and literal values instead of storing what it is
    given (found by review)."""
    record = wirestory.parse("Rain\n\nIt rained.\n")[0].to_dict()
    with pytest.raises(ValueError, match=error):
        wirestory.Story.from_dict({**record, **change})
    with pytest.raises(TypeError, match="takes a dict"):
        wirestory.Story.from_dict(None)  # type: ignore[arg-type]


WIRE_STORY = """Harbour Cranes Idle as Dockers Strike

Cranes stand still at the container terminal on Tuesday. (AP Photo/Mara Quill)

By ODA KLEIN and PIET VOSS
Associated Press

ROTTERDAM, Netherlands (AP) — Dock workers walked out on Tuesday, halting Europe’s busiest port.

The union said the strike would last two days.

(Reporting by Oda Klein in Rotterdam; Editing by Lena Stroud)

Copyright 2025 The Associated Press. All rights reserved.
"""


def test_to_text_keeps_every_field_a_reader_needs() -> None:
    """to_text writes the byline, the dateline opening the first paragraph, the
    contributors and the copyright, not only headline, captions and body (issue #14:
    the text format dropped the dateline and byline)."""
    story = wirestory.parse_story(WIRE_STORY)
    assert export.to_text(story) == (
        "Harbour Cranes Idle as Dockers Strike\n\n"
        "Cranes stand still at the container terminal on Tuesday. (AP Photo/Mara Quill)\n\n"
        "By ODA KLEIN and PIET VOSS\nAssociated Press\n\n"
        "ROTTERDAM, Netherlands (AP) — Dock workers walked out on Tuesday, halting "
        "Europe’s busiest port.\n\n"
        "The union said the strike would last two days.\n\n"
        "Reporting by Oda Klein in Rotterdam; Editing by Lena Stroud\n\n"
        "Copyright 2025 The Associated Press. All rights reserved.\n"
    )


def test_to_text_parses_back_to_the_same_fields() -> None:
    """The text rendering is itself a story wirestory reads the same: headline,
    captions, byline, dateline, body, contributors and copyright survive."""
    story = wirestory.parse_story(WIRE_STORY)
    again = wirestory.parse_story(export.to_text(story))
    for field in ("headline", "byline", "dateline", "body", "contributors"):
        assert getattr(story, field) == getattr(again, field), field
    # Captions keep text and credit; their offsets differ (no repeat in the text).
    assert [(c.text, c.credit) for c in story.captions] == [
        (c.text, c.credit) for c in again.captions
    ]
    assert story.copyright == again.copyright


def test_to_text_dateline_without_body_and_notes() -> None:
    """A dateline with no body left after it is a block of its own; notes and a
    'contributed' trailer are written."""
    dateline = wirestory.find_dateline("RIYADH: Schools closed.")
    assert dateline is not None
    contributor = wirestory.Contributor("Sam Poe", "contributing", "New York")
    story = wirestory.Story(
        headline="Storm",
        captions=(),
        marker=None,
        body=(),
        segments=(),
        dateline=dateline,
        contributors=(contributor,),
        notes=("(Adds quote)",),
    )
    assert export.to_text(story) == (
        "Storm\n\nRIYADH:\n\nSam Poe in New York contributed\n\n(Adds quote)\n"
    )
