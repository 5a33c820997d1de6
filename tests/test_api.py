"""The public API's contract: names, types, errors, strict mode, streaming sources."""

from __future__ import annotations

import datetime
import io
import warnings
from pathlib import Path

import attrs
import pytest

import wirestory
from wirestory import ParseError, ParseOptions, Role

SIMPLE = (
    "Water Fund Agreed\n\nMinisters meet. (SPA)\nMinisters meet. (SPA)\nTT\n\n"
    "Water Fund Agreed\n\nMinisters meet. (SPA)\nMinisters meet. (SPA)\n\n"
    "Gulf ministers agreed on Sunday.\n"
)


def test_public_names() -> None:
    """Everything in __all__ exists, and the contract's names are in it."""
    for name in wirestory.__all__:
        assert hasattr(wirestory, name)
    for name in [
        "parse",
        "iter_stories",
        "split_stories",
        "parse_story",
        "normalize",
        "decode",
        "Story",
        "Caption",
        "Segment",
        "ParseOptions",
        "WirestoryError",
        "ParseError",
    ]:
        assert name in wirestory.__all__


def test_models_are_frozen_and_slotted() -> None:
    """Stories cannot be changed after parsing, and carry no __dict__."""
    story = wirestory.parse(SIMPLE)[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        story.headline = "x"  # type: ignore[misc]
    assert not hasattr(story, "__dict__")
    assert not hasattr(story.captions[0], "__dict__")


def test_segments_from_columns_are_segments() -> None:
    """The column-wise constructor the parser uses builds what Segment() builds:
    equal, equally hashed, frozen."""
    from wirestory.model import Segment, segments_from_columns

    columns = ([Role.HEADLINE, Role.BLANK], [0, 9], [9, 10], [1, 2], ["headline", "blank"])
    built = segments_from_columns(*columns)
    expected = [Segment(*fields) for fields in zip(*columns, strict=True)]
    assert built == expected
    assert [hash(s) for s in built] == [hash(s) for s in expected]
    assert repr(built[0]) == repr(expected[0])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built[0].start = 3  # type: ignore[misc]
    with pytest.raises(ValueError, match="differ in length"):
        segments_from_columns([Role.BODY], [0], [1], [1], [])
    # It writes the slots directly, past any validator or converter: Segment has none.
    assert all(f.validator is None and f.converter is None for f in attrs.fields(Segment))


def test_huge_max_header_lines_is_no_limit() -> None:
    """A max_header_lines past any story's length looks at every line, and raises nothing."""
    import sys

    options = ParseOptions(max_header_lines=sys.maxsize)
    [story] = wirestory.parse("Headline here\n\nBody text.\n", options=options)
    assert story.headline == "Headline here"
    [marked] = wirestory.parse("Head\n\nCap. (AFP)\nCap. (AFP)\nTT\n\nBody.\n", options=options)
    assert marked.marker == "TT"


@pytest.mark.parametrize(
    "function", [wirestory.parse, wirestory.parse_story, wirestory.split_stories]
)
def test_bytes_raise_type_error_naming_decode(function: object) -> None:
    """Passing bytes where text is wanted says to use decode()."""
    with pytest.raises(TypeError, match=r"wirestory\.decode"):
        function(b"Headline\n\nBody.")  # type: ignore[operator]


def test_iter_stories_rejects_bytes_and_other_types() -> None:
    """iter_stories names what it takes."""
    with pytest.raises(TypeError, match="decode"):
        list(wirestory.iter_stories(b"x"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"os\.PathLike"):
        list(wirestory.iter_stories(42))  # type: ignore[arg-type]


def test_parse_error_message_has_position() -> None:
    """Strict mode raises ParseError at the first problem, with its position."""
    text = "Headline Only\n\nCaption without a credit.\nTT\n\nBody text here.\n"
    with pytest.raises(ParseError) as info:
        wirestory.parse(text, options=ParseOptions(strict=True))
    error = info.value
    assert (error.code, error.line, error.column, error.offset) == (
        "caption-without-credit",
        3,
        1,
        15,
    )
    assert str(error).endswith("(at line 3, column 1)")
    assert isinstance(error, ValueError)


def test_lenient_mode_records_diagnostics() -> None:
    """The same problem in lenient mode is a Diagnostic, not an exception."""
    text = "Headline Only\n\nCaption without a credit.\nTT\n\nBody text here.\n"
    [story] = wirestory.parse(text)
    assert [(d.code, d.line) for d in story.diagnostics] == [("caption-without-credit", 3)]


def test_story_without_body_is_diagnosed() -> None:
    """A headline and nothing else: a no-body diagnostic."""
    [story] = wirestory.parse("Just a headline\n")
    assert story.headline == "Just a headline"
    assert [d.code for d in story.diagnostics] == ["no-body"]


def test_story_starting_with_marker_has_no_headline() -> None:
    """A chunk that starts with the marker line is diagnosed, not guessed at."""
    [story] = wirestory.parse("TT\n\nSome body text.\n")
    assert story.headline == ""
    assert story.marker == "TT"
    assert [d.code for d in story.diagnostics] == ["no-headline"]


def test_blank_text_gives_no_story() -> None:
    """Empty or blank input holds no story."""
    assert wirestory.parse("") == []
    assert wirestory.parse(" \n\t\n\u00a0\n") == []
    story = wirestory.parse_story("\n\n")
    assert [d.code for d in story.diagnostics] == ["empty-story"]


def test_another_marker_is_recognised_by_the_repeat() -> None:
    """Another site's marker needs no option when the header is shown again: the
    short line between header and repeat is the marker, whatever it says."""
    text = SIMPLE.replace("TT", "***")
    [story] = wirestory.parse(text)
    assert (story.marker, story.body) == ("***", ("Gulf ministers agreed on Sunday.",))


def test_markers_are_a_hint_for_headers_without_a_repeat() -> None:
    """Without a repeat below it, a marker line is only known from the hint."""
    text = "Water Fund Agreed\n\nMinisters meet. (SPA)\n***\n\nGulf ministers agreed on Sunday.\n"
    assert wirestory.parse(text)[0].marker is None
    [story] = wirestory.parse(text, options=ParseOptions(markers=("***",)))
    assert (story.marker, story.body) == ("***", ("Gulf ministers agreed on Sunday.",))


def test_options_validate() -> None:
    """Bad option values fail at construction with one sentence naming the option,
    the value and what is allowed (not attrs' tuple with an ``Attribute(...)`` repr)."""
    with pytest.raises(ValueError, match="quotes") as caught:
        ParseOptions(quotes="curly!")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "ParseOptions.quotes must be one of 'keep', 'straight', 'curly', not 'curly!'"
    )
    with pytest.raises(TypeError, match="markers"):
        ParseOptions(markers="TT")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_header_lines"):
        ParseOptions(max_header_lines=0)


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"quotes": "fancy"}, ValueError,
         "ParseOptions.quotes must be one of 'keep', 'straight', 'curly', not 'fancy'"),
        ({"layout": "magazine"}, ValueError,
         "ParseOptions.layout must be one of 'auto', 'marked', 'wire', 'headless', 'page', "
         "not 'magazine'"),
        ({"invalid_bytes": "ignore"}, ValueError,
         "ParseOptions.invalid_bytes must be one of 'windows-1252', 'replace', not 'ignore'"),
        ({"dateline_year": "future"}, ValueError,
         "ParseOptions.dateline_year must be one of 'past', 'nearest', not 'future'"),
        ({"strict": 1}, TypeError, "ParseOptions.strict must be True or False, not 1"),
        ({"max_line_chars": "5"}, TypeError,
         "ParseOptions.max_line_chars must be a whole number of at least 1, not '5'"),
        ({"max_story_chars": 0}, ValueError,
         "ParseOptions.max_story_chars must be at least 1, not 0"),
        ({"reference_date": "2024-10-8x"}, ValueError,
         "ParseOptions.reference_date must be an ISO date such as '2024-10-08', "
         "not '2024-10-8x'"),
        ({"reference_date": 20241008}, TypeError,
         "ParseOptions.reference_date must be a datetime.date, an ISO date string such as "
         "'2024-10-08', or None, not int"),
        ({"markers": "TT"}, TypeError,
         "ParseOptions.markers must be an iterable of strings, not the str 'TT'; "
         "for one marker write markers=('TT',)"),
        ({"markers": ["TT", " "]}, ValueError,
         "ParseOptions.markers must hold non-blank strings (a marker is a line's stripped "
         "text), not ' '"),
        ({"markers": ["TT", 7]}, TypeError,
         "ParseOptions.markers must hold only strings, not 7 (int)"),
        ({"markers": 7}, TypeError,
         "ParseOptions.markers must be an iterable of strings such as ('TT',), not int"),
    ],
    ids=["quotes", "layout", "invalid-bytes", "dateline-year", "strict", "int-type",
         "int-range", "date-string", "date-type", "markers-str", "markers-blank",
         "markers-item", "markers-type"],
)  # fmt: skip
def test_option_errors_read_as_one_sentence(
    options: dict[str, object], error: type[Exception], message: str
) -> None:
    """Every option error is the one sentence the user sees, exactly."""
    with pytest.raises(error) as caught:
        ParseOptions(**options)  # type: ignore[arg-type]
    assert message == str(caught.value)


def test_option_converters() -> None:
    """reference_date takes an ISO string (or a datetime, kept as its date); markers
    takes any iterable of strings, kept as a tuple (so options stay hashable)."""
    assert datetime.date(2024, 10, 8) == ParseOptions(reference_date="2024-10-08").reference_date
    moment = datetime.datetime(2024, 10, 8, 23, 59)
    assert datetime.date(2024, 10, 8) == ParseOptions(reference_date=moment).reference_date
    assert ParseOptions(reference_date=None).reference_date is None
    assert ParseOptions(markers=["TT", "***"]).markers == ("TT", "***")
    assert ParseOptions(markers=(m for m in "AB")).markers == ("A", "B")
    hash(ParseOptions(markers=["TT"]))
    text = SIMPLE.replace("TT", "***")
    [story] = wirestory.parse(text, options=ParseOptions(markers=["***"]))
    assert story.marker == "***"


def test_segments_name_their_rule_and_line() -> None:
    """Each segment is one line, with the role, rule and 1-based line number."""
    [story] = wirestory.parse(SIMPLE)
    assert [(s.role, s.rule, s.line) for s in story.segments[:5]] == [
        (Role.HEADLINE, "headline", 1),
        (Role.BLANK, "blank", 2),
        (Role.CAPTION, "caption", 3),
        (Role.DUPLICATE, "caption-shown-twice", 4),
        (Role.MARKER, "marker", 5),
    ]


def test_iter_stories_from_path_text_file_and_binary_file(tmp_path: Path) -> None:
    """A path, a text file and a binary file stream the same stories as parse."""
    path = tmp_path / "dump.txt"
    path.write_bytes(SIMPLE.encode("utf-8"))
    expected = wirestory.parse(SIMPLE)
    assert list(wirestory.iter_stories(path)) == expected
    assert list(wirestory.iter_stories(io.StringIO(SIMPLE))) == expected
    assert list(wirestory.iter_stories(io.BytesIO(SIMPLE.encode()))) == expected
    with path.open(encoding="utf-8", newline="") as file:
        assert list(wirestory.iter_stories(file)) == expected


def test_decode_falls_back_to_windows_1252_with_a_warning() -> None:
    """Invalid UTF-8 bytes decode as Windows-1252; the warning gives the position."""
    with pytest.warns(wirestory.DecodeWarning, match=r"byte 12 \(line 3, column 3\)"):
        text = wirestory.decode(b"Headline\n\nca\xe9 \x93ok\x94")
    assert text == "Headline\n\ncaé “ok”"


def test_decode_strict_raises_with_byte_position() -> None:
    """Strict decoding raises DecodeError at the first invalid byte."""
    with pytest.raises(wirestory.DecodeError, match=r"byte 3 \(at line 1, column 4\)"):
        wirestory.decode(b"abc\xff", options=ParseOptions(strict=True))


def test_decode_utf16_with_bom() -> None:
    """UTF-16 with a byte-order mark is recognised."""
    assert wirestory.decode("Hello\n".encode("utf-16")) == "Hello\n"


def test_decode_type_error() -> None:
    """decode takes bytes and says so."""
    with pytest.raises(TypeError, match="already text"):
        wirestory.decode("text")  # type: ignore[arg-type]


def test_streamed_invalid_utf8_is_decoded_and_warned(tmp_path: Path) -> None:
    """A file with a stray Windows-1252 byte streams with the same fallback."""
    path = tmp_path / "dump.txt"
    path.write_bytes(b"Caf\xe9 Opens\n\nThe caf\xe9 opened.\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        [story] = wirestory.iter_stories(path)
    assert (story.headline, story.body) == ("Café Opens", ("The café opened.",))
    assert "line 1, column 4" in str(caught[0].message)
