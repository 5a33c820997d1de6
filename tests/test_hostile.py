"""Hostile input: only documented errors escape, nothing hangs, nothing is lost."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pytest
from fatal import FATAL
from hypothesis import assume, given
from hypothesis import strategies as st
from strategies import arbitrary_text, hostile_text
from test_cases import rebuild

import wirestory
from wirestory import ParseError, ParseOptions, Role
from wirestory.sources import compression_of
from wirestory.state import LineState

SMALL = 20_000


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", sorted(FATAL))
def test_fatal_inputs_finish_and_lose_nothing(name: str) -> None:
    """Each fatal input parses in lenient mode, streams in blocks to the same
    stories, and its segments rebuild it (the benchmark runs them at 10 MB)."""
    text = FATAL[name](SMALL)
    stories = wirestory.parse(text)
    assert text == rebuild(text, stories)
    assert list(wirestory.iter_stories(io.StringIO(text))) == stories


@given(hostile_text)
def test_lenient_parse_never_raises_on_any_text(text: str) -> None:
    """All of Unicode (lone surrogates, controls, lone CR, long lines included):
    lenient parsing returns, and nothing is lost."""
    assert text == rebuild(text, wirestory.parse(text))


@given(hostile_text)
def test_strict_parse_raises_only_parse_error(text: str) -> None:
    """Strict parsing returns or raises ParseError, with a position in the text."""
    try:
        wirestory.parse(text, options=ParseOptions(strict=True))
    except ParseError as caught:
        error = caught
    else:
        return
    assert error.code != "internal-error", error.msg
    assert 0 <= error.offset <= len(text)
    assert error.line >= 1
    assert error.column >= 1


@given(st.binary(max_size=300))
def test_decode_never_raises_in_lenient_mode(data: bytes) -> None:
    """Any bytes decode in lenient mode; parsing the text then loses nothing.
    Streaming them gives the same stories, or (bytes that look binary, unless
    allow_binary=True) raises BinaryInputError and nothing else. (Bytes that
    start compressed data are decompressed: tests/test_reading.py.)"""
    assume(compression_of(data) is None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wirestory.DecodeWarning)
        text = wirestory.decode(data)
        forced = list(
            wirestory.iter_stories(io.BytesIO(data), options=ParseOptions(allow_binary=True))
        )
        try:
            checked: list[wirestory.Story] | None = list(wirestory.iter_stories(io.BytesIO(data)))
        except wirestory.BinaryInputError as error:
            offset = error.offset
            checked = None
        else:
            offset = 0
    assert 0 <= offset < max(1, len(data))
    stories = wirestory.parse(text)
    assert text == rebuild(text, stories)
    # The streaming decoder agrees with decode().
    assert forced == stories
    assert checked in (None, stories)


@given(st.binary(max_size=300))
def test_strict_decode_raises_only_decode_error(data: bytes) -> None:
    """Strict decoding returns text or raises DecodeError."""
    try:
        wirestory.decode(data, options=ParseOptions(strict=True))
    except wirestory.DecodeError as caught:
        error = caught
    else:
        return
    assert 0 <= error.offset <= len(data)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: wirestory.parse(None), "takes str, not NoneType"),  # type: ignore[arg-type]
        (lambda: wirestory.parse(12), "takes str, not int"),  # type: ignore[arg-type]
        (lambda: wirestory.parse(b"x"), "wirestory.decode"),  # type: ignore[arg-type]
        (lambda: wirestory.parse("x", options="strict"), "ParseOptions"),  # type: ignore[arg-type]
        (lambda: wirestory.parse("x", options={"strict": True}), "ParseOptions"),  # type: ignore[arg-type]
        (lambda: wirestory.parse_story(["x"]), "takes str, not list"),  # type: ignore[arg-type]
        (lambda: wirestory.split_stories(None), "takes str"),  # type: ignore[arg-type]
        (lambda: list(wirestory.iter_stories(None)), "os.PathLike"),  # type: ignore[arg-type]
        (lambda: wirestory.normalize(None), "takes str"),  # type: ignore[arg-type]
        (lambda: wirestory.decode("text"), "already text"),  # type: ignore[arg-type]
    ],
    ids=["none", "int", "bytes", "options-str", "options-dict", "list", "split-none",
         "iter-none", "normalize-none", "decode-str"],
)  # fmt: skip
def test_wrong_types_say_what_to_pass(call: object, message: str) -> None:
    """Wrong argument types raise TypeError naming what to pass instead."""
    with pytest.raises(TypeError, match=message):
        call()  # type: ignore[operator]


def test_long_line_is_kept_as_other_with_a_diagnostic() -> None:
    """A line past max_line_chars is its own segment of role other, in no field,
    and the stories around it keep their structure."""
    options = ParseOptions(max_line_chars=100)
    long_line = "x" * 500
    text = f"First\n\nOne.\n{long_line}\nTwo.\n"
    stories = wirestory.parse(text, options=options)
    assert text == rebuild(text, stories)
    [other] = [s for story in stories for s in story.segments if s.role is Role.OTHER]
    assert text[other.start : other.end] == long_line + "\n"
    assert all(long_line not in p for story in stories for p in story.body)
    codes = [d.code for story in stories for d in story.diagnostics]
    assert "line-too-long" in codes
    assert stories[0].headline == "First"
    assert [d.code for d in wirestory.parse_story(text, options=options).diagnostics] == [
        "line-too-long"
    ]
    with pytest.raises(ParseError, match="line longer than 100"):
        wirestory.parse(text, options=ParseOptions(max_line_chars=100, strict=True))


def test_story_past_max_story_chars_overflows_into_other_segments() -> None:
    """Past max_story_chars the rest of the story is kept as other segments with
    a story-too-large diagnostic; the next story is read normally."""
    body = "\n\n".join(f"Paragraph number {i} of a long story." for i in range(50))
    text = f"Long Story\n\n{body}\n\n\nNext Story\n\nShort body.\n"
    options = ParseOptions(max_story_chars=300)
    stories = wirestory.parse(text, options=options)
    assert text == rebuild(text, stories)
    assert stories[0].headline == "Long Story"
    overflow = [s for s in stories if any(d.code == "story-too-large" for d in s.diagnostics)]
    assert overflow
    assert all(seg.role in (Role.OTHER,) for s in overflow for seg in s.segments)
    assert all(s.body == () for s in overflow)
    assert stories[-1].headline == "Next Story"
    assert sum(len(s.body) for s in stories) < 50
    with pytest.raises(ParseError, match="story longer than 300"):
        wirestory.parse(text, options=ParseOptions(max_story_chars=300, strict=True))


def test_nul_characters_are_reported_removed_from_fields_and_kept_in_segments() -> None:
    """NUL characters are diagnosed, absent from every field, present in segments."""
    text = "Head\x00line\n\nBo\x00dy text.\n"
    [story] = wirestory.parse(text)
    assert (story.headline, story.body) == ("Headline", ("Body text.",))
    assert [d.code for d in story.diagnostics] == ["nul-character"]
    assert text == rebuild(text, [story])


def test_decode_replace_policy_and_offset_listing() -> None:
    """invalid_bytes="replace" puts U+FFFD in; the warning lists the offsets."""
    data = b"ok \xff\xfe end \xff"
    with pytest.warns(wirestory.DecodeWarning, match=r"3 invalid byte\(s\).*offsets 3, 4, 10"):
        text = wirestory.decode(data, options=ParseOptions(invalid_bytes="replace"))
    assert text == "ok \ufffd\ufffd end \ufffd"


def test_utf16_streamed_from_a_file(tmp_path: Path) -> None:
    """A UTF-16 file with a BOM streams like its decoded text."""
    text = "Headline\n\nBody text.\n"
    path = tmp_path / "utf16.txt"
    path.write_bytes(text.encode("utf-16"))
    assert list(wirestory.iter_stories(path)) == wirestory.parse(text)


def test_invalid_utf16_strict_raises_decode_error() -> None:
    """A UTF-16 file cut in the middle of a character is a DecodeError in strict mode."""
    data = "Headline".encode("utf-16") + b"\x00"
    with pytest.raises(wirestory.DecodeError, match="UTF-16"):
        wirestory.decode(data, options=ParseOptions(strict=True))
    with pytest.raises(wirestory.DecodeError, match="UTF-16"):
        list(wirestory.iter_stories(io.BytesIO(data), options=ParseOptions(strict=True)))


@given(arbitrary_text)
def test_parse_story_never_raises(text: str) -> None:
    """parse_story, like parse, returns on any text in lenient mode."""
    story = wirestory.parse_story(text)
    assert "".join(text[s.start : s.end] for s in story.segments) == text
    assert "internal-error" not in [d.code for d in story.diagnostics]


_TWO_STORIES = (
    "Dam project approved\n\nThe government approved the dam on Sunday.\n\n\n"
    "Ferry crews strike\n\nFerry crews walked out on Wednesday over pay.\n\n"
    "Talks resume on Friday.\n"
)


@pytest.fixture
def a_defect(monkeypatch: pytest.MonkeyPatch) -> None:
    """A defect of wirestory's own: reading the story of five lines (``Ferry
    crews strike``) raises an exception no rule expects. Patched where the
    role rules start the story's line state, a class method of an attrs class
    that the compiled build, too, looks up on the class at the call (a call
    between two compiled functions would not see a patch)."""
    unclaimed = LineState.unclaimed

    def failing(cls: type[LineState], count: int) -> LineState:
        if count == 5:
            raise KeyError("a defect")
        return unclaimed(count)

    monkeypatch.setattr(LineState, "unclaimed", classmethod(failing))


@pytest.mark.usefixtures("a_defect")
def test_a_defect_sets_the_story_aside_and_the_stream_goes_on() -> None:
    """Lenient mode keeps its promise never to raise on a ``str``: a story whose
    reading fails on a defect of wirestory's comes back in no field, each line
    an ``other`` segment, with an ``internal-error`` diagnostic naming the
    exception; the other stories of the dump are read as ever."""
    first, broken = wirestory.parse(_TWO_STORIES)
    assert first.headline == "Dam project approved"
    assert first.diagnostics == ()
    assert (broken.headline, broken.body, broken.layout) == ("", (), "headless")
    [diagnostic] = broken.diagnostics
    assert diagnostic.code == "internal-error"
    assert "KeyError" in diagnostic.message
    assert diagnostic.line == 6
    assert {(s.role, s.rule) for s in broken.segments} == {(Role.OTHER, "internal-error")}
    assert list(wirestory.iter_stories(io.StringIO(_TWO_STORIES))) == [first, broken]
    story = wirestory.parse_story(_TWO_STORIES[_TWO_STORIES.index("Ferry") :])
    assert [d.code for d in story.diagnostics] == ["internal-error"]
    with pytest.raises(AssertionError, match="KeyError"):
        rebuild(_TWO_STORIES, [first, broken])


@pytest.mark.usefixtures("a_defect")
def test_a_defect_in_strict_mode_is_a_parse_error_caused_by_it() -> None:
    with pytest.raises(ParseError, match="KeyError") as caught:
        wirestory.parse(_TWO_STORIES, options=ParseOptions(strict=True))
    assert caught.value.code == "internal-error"
    assert (caught.value.line, caught.value.column) == (6, 1)
    assert isinstance(caught.value.__cause__, KeyError)


@pytest.mark.parametrize(
    "data", [b"\xef", b"\xef\xbb", b"\xef\xbbx"], ids=["1-byte", "2-bytes", "3"]
)
def test_regression_stream_of_a_partial_bom_is_not_dropped(data: bytes) -> None:
    """Found by the bytes property: Python's utf-8-sig incremental decoder drops
    a stream that is only the first byte or two of a BOM. Streaming now gives
    what decode gives."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wirestory.DecodeWarning)
        text = wirestory.decode(data)
        streamed = list(wirestory.iter_stories(io.BytesIO(data)))
    assert text
    assert streamed == wirestory.parse(text)


def test_long_line_in_the_body_keeps_the_story_whole() -> None:
    """A line past max_line_chars between two paragraphs is set aside inside its
    story: the story is not cut in three (found by review)."""
    long_line = "word " * 300
    text = (
        "Big Headline\n\nA photo. (AFP)\nA photo. (AFP)\nTT\n\nFirst para.\n\n"
        f"{long_line}\n\nLast para.\n"
    )
    [story] = wirestory.parse(text, options=ParseOptions(max_line_chars=1000))
    assert (story.headline, story.body) == ("Big Headline", ("First para.", "Last para."))
    assert [d.code for d in story.diagnostics] == ["line-too-long"]
    assert text == rebuild(text, [story])


def test_many_control_characters_are_named_with_their_count_and_first_position() -> None:
    """The message names how many control bytes the sample holds; the error's
    position is the first of them."""
    data = b"Head\n" + b"\x01\x02" * 20 + b"\n"
    with pytest.raises(wirestory.BinaryInputError) as caught:
        list(wirestory.iter_stories(io.BytesIO(data)))
    assert "40 control characters in its first 46 bytes" in str(caught.value)
    assert (caught.value.line, caught.value.column) == (2, 1)
