"""Hypothesis properties guarding the parser."""

from __future__ import annotations

import io
import os

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import (
    arbitrary_text,
    expected_fields,
    markdown_text,
    render,
    seed_layout_dumps,
    separators,
    stories,
)
from test_cases import rebuild

import wirestory
from wirestory.lines import split_lines
from wirestory.markdown import markdown_view


def _fields(story: wirestory.Story) -> dict[str, object]:
    return {
        "headline": story.headline,
        "captions": [(c.text, c.credit) for c in story.captions],
        "marker": story.marker,
        "body": list(story.body),
        "subheading_indices": list(story.subheading_indices),
    }


@st.composite
def dumps(draw: st.DrawFn) -> tuple[str, list[object]]:
    """A dump of 1-3 generated stories (all with a marker, or all without)."""
    marker = draw(st.booleans())
    generated = draw(st.lists(stories(marker=marker), min_size=1, max_size=3))
    text = render(generated[0])
    for story in generated[1:]:
        text += draw(separators) + render(story)
    text += draw(st.sampled_from(["", "\n", "\n\n\n"]))
    return text, [expected_fields(s) for s in generated]


@given(dumps())
def test_parsing_a_rendering_gives_the_stories_back(dump: tuple[str, list[object]]) -> None:
    """Every field of every generated story comes back from its raw rendering,
    and segments plus blank separators rebuild the rendering exactly."""
    text, expected = dump
    stories = wirestory.parse(text)
    assert expected == [_fields(s) for s in stories]
    assert text == rebuild(text, stories)


@given(arbitrary_text)
def test_segments_rebuild_arbitrary_text(text: str) -> None:
    """Losslessness holds on any text at all, not only on well-formed dumps."""
    assert text == rebuild(text, wirestory.parse(text))


@given(markdown_text)
def test_segments_rebuild_text_with_a_converters_marks(text: str) -> None:
    """Losslessness holds when a converter's marks are read as spaces."""
    assert text == rebuild(text, wirestory.parse(text))


@given(markdown_text)
def test_a_converters_view_keeps_every_line_and_offset(text: str) -> None:
    """The view has a line for each line, at the same offsets, its text no
    line break; a text with no bracket and no hash has no view."""
    lines = list(split_lines(text))
    view = markdown_view(lines, "".join(line.text for line in lines))
    if "]" not in text and "#" not in text:
        assert view is None
    if view is not None:
        assert [(v.start, v.end, v.number) for v in view.lines] == [
            (line.start, line.end, line.number) for line in lines
        ]
        assert not any("\n" in v.text or "\r" in v.text for v in view.lines)
        assert all(0 < index < len(lines) for index in view.marks)


@given(arbitrary_text)
def test_lenient_parse_never_raises_and_is_deterministic(text: str) -> None:
    """Lenient parsing of any str returns; twice the same text gives equal stories."""
    assert wirestory.parse(text) == wirestory.parse(text)


@given(arbitrary_text, st.lists(st.integers(1, 50), max_size=10))
def test_streaming_in_blocks_equals_parsing_whole(text: str, cuts: list[int]) -> None:
    """Reading a dump in blocks of any size (a CR and its LF in different
    blocks included) gives the same stories as parsing the whole string."""
    assert list(wirestory.iter_stories(io.StringIO(text))) == wirestory.parse(text)
    blocks, position = [], 0
    for size in cuts:
        blocks.append(text[position : position + size])
        position += size
    blocks.append(text[position:])
    assert list(split_lines(blocks)) == list(split_lines([text]))


@given(arbitrary_text)
def test_normalize_is_idempotent(text: str) -> None:
    """Normalizing twice is normalizing once."""
    once = wirestory.normalize(text)
    assert once == wirestory.normalize(once)


@given(arbitrary_text)
def test_split_stories_chunks_are_stories(text: str) -> None:
    """split_stories' chunks sit at their offsets and parse_story of each chunk
    gives the same fields as parse."""
    chunks = wirestory.split_stories(text)
    stories = wirestory.parse(text)
    assert len(chunks) == len(stories)
    for chunk, story in zip(chunks, stories, strict=True):
        assert text[chunk.start : chunk.end] == chunk.text
        assert (chunk.start, chunk.end) == (story.start, story.end)
        alone = wirestory.parse_story(chunk.text)
        assert (alone.headline, alone.body, alone.captions == () or alone.captions[0].text) == (
            story.headline,
            story.body,
            story.captions == () or story.captions[0].text,
        )


# The seed-layout property runs 2,000 examples in CI ("ci", the default profile),
# fewer with HYPOTHESIS_PROFILE=dev, more with "thorough".
_SEED_LAYOUT_EXAMPLES = {"ci": 2000, "dev": 100, "thorough": 10000}.get(
    os.environ.get("HYPOTHESIS_PROFILE", "ci"), 2000
)


@settings(max_examples=_SEED_LAYOUT_EXAMPLES)
@given(seed_layout_dumps())
def test_seed_layout_variations_are_right_or_diagnosed(
    dump: tuple[str, list[dict[str, object]]],
) -> None:
    """Never a wrong story with an empty diagnostics list: a dump of stories in
    the seed's layout with the variations real copies show (another marker or
    none, an edited repeat, credits written another way, captions shown one to
    three times, unmarked stories mixed in, CRLF, no-break spaces) parses into
    exactly the stories rendered, or some story says what it doubted."""
    text, expected = dump
    stories = wirestory.parse(text)
    got = [
        {
            "headline": s.headline,
            "captions": [[c.text, c.credit] for c in s.captions],
            "marker": s.marker,
            "body": list(s.body),
        }
        for s in stories
    ]
    assert got == expected or any(s.diagnostics for s in stories)
