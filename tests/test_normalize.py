"""The one normalization used for every field."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from strategies import quoted_text

from wirestory import ParseOptions, normalize
from wirestory.normalize import curl_quotes

CASES = [
    ("\u00e2\u20ac\u0153Quoted\u00e2\u20ac\u009d", "“Quoted”", "mojibake"),
    ("caf\u00c3\u00a9", "café", "latin-mojibake"),
    ("a\u00a0\u00a0b", "a b", "nbsp"),
    ("a\u200bb\u2060c\ufeffd", "abcd", "zero-width"),
    ("  a \t b  ", "a b", "space-runs"),
    (" one \r\n two ", "one\ntwo", "lines-stripped"),
    ("\ufb01nance", "finance", "ligature"),
    ("e\u0301", "é", "nfc"),
    ("Tom &amp; Jerry", "Tom & Jerry", "html-entity"),
    ("x\x00y", "xy", "nul"),
    ("Baghdad's “green zone”", "Baghdad's “green zone”", "quotes-kept"),
    ("\u200c\u200d", "\u200c\u200d", "joiners-kept"),
]


@pytest.mark.parametrize(("raw", "clean"), [c[:2] for c in CASES], ids=[c[2] for c in CASES])
def test_normalize(raw: str, clean: str) -> None:
    """Each repair the normalization promises."""
    assert clean == normalize(raw)


def test_straight_quotes() -> None:
    """The "straight" policy turns curly quotes and apostrophes into ASCII."""
    assert normalize("“It’s ‘fine’”", options=ParseOptions(quotes="straight")) == "\"It's 'fine'\""


def test_type_error() -> None:
    """normalize takes str."""
    with pytest.raises(TypeError, match="takes str"):
        normalize(b"x")  # type: ignore[arg-type]


CURLY_CASES = [
    ("Baghdad's", "Baghdad’s", "apostrophe"),
    ('"word"', "“word”", "double"),
    ("'word'", "‘word’", "single"),
    ("the '90s", "the ’90s", "decade"),
    ("'07 was dry", "’07 was dry", "year"),
    ("rock 'n' roll", "rock ’n’ roll", "elision-n"),
    ("tell 'em", "tell ’em", "elision-em"),
    ("the students' union", "the students’ union", "plural-possessive"),
    ("\"He said 'no' twice.\"", "“He said ‘no’ twice.”", "nested"),
    ("'\"Hi,\" he said.'", "‘“Hi,” he said.’", "nested-outer-single"),
    ('"\'Tis true," she said.', "“’Tis true,” she said.", "elision-after-quote"),
    ('peace—"for now"', "peace—“for now”", "after-em-dash"),
    ("a - 'quote'", "a - ‘quote’", "after-hyphen"),
    ('("quoted")', "(“quoted”)", "in-parentheses"),
    ("['quoted']", "[‘quoted’]", "in-brackets"),
    ('He said: "go"\n"Now" it is', "He said: “go”\n“Now” it is", "line-start"),
    ("“Already” curly’s kept", "“Already” curly’s kept", "curly-kept"),
    ('mixed “one” and "two"', "mixed “one” and “two”", "mixed"),
]


@pytest.mark.parametrize(
    ("raw", "curled"), [c[:2] for c in CURLY_CASES], ids=[c[2] for c in CURLY_CASES]
)
def test_curly_quotes(raw: str, curled: str) -> None:
    """The "curly" policy turns straight quotes into typographic ones by context."""
    assert curled == normalize(raw, options=ParseOptions(quotes="curly"))


@given(text=quoted_text)
@example(text='é""é""')
def test_curly_is_idempotent_and_complete(text: str) -> None:
    """Normalizing with "curly" twice is normalizing once; each line is the
    "keep" line curled (no straight quote left, one curly quote for each), or,
    where ftfy would take the curled line for mojibake, the "keep" line."""
    curly = ParseOptions(quotes="curly")
    once = normalize(text, options=curly)
    assert normalize(once, options=curly) == once
    kept_lines = normalize(text).split("\n")
    assert len(once.split("\n")) == len(kept_lines)
    for kept, line in zip(kept_lines, once.split("\n"), strict=True):
        curled = curl_quotes(kept)
        if line == curled:
            assert "'" not in line
            assert '"' not in line
            assert sum(map(kept.count, "'‘’")) == sum(map(line.count, "‘’"))
            assert sum(map(kept.count, '"“”')) == sum(map(line.count, "“”"))
        else:
            assert line == kept
            assert normalize(curled) != curled


def test_curly_keeps_straight_quotes_ftfy_would_misread() -> None:
    """é followed by curly quotes looks like mojibake to ftfy: such a line keeps
    its straight quotes rather than being "repaired" into other letters."""
    assert normalize('café "x"', options=ParseOptions(quotes="curly")) == "café “x”"
    assert normalize('é""é""', options=ParseOptions(quotes="curly")) == 'é""é""'


def test_curly_option_is_validated() -> None:
    """ "curly" is a valid quote policy; an unknown one is refused."""
    assert ParseOptions(quotes="curly").quotes == "curly"
    with pytest.raises(ValueError, match="quotes"):
        ParseOptions(quotes="fancy")  # type: ignore[arg-type]
