"""The wirestory command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import wirestory
from wirestory.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_cli_prints_one_json_object_per_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each story becomes one JSON line with its fields."""
    path = tmp_path / "dump.txt"
    path.write_text("First\n\nOne.\n\n\nSecond\n\nTwo.\n", encoding="utf-8")
    assert main([str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["headline"] for line in lines] == ["First", "Second"]


def test_cli_curly_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--quotes curly gives typographic quotes in every field."""
    path = tmp_path / "dump.txt"
    path.write_text("Baghdad's \"Zone\"\n\nIt's '90s news.\n", encoding="utf-8")
    assert main(["--quotes", "curly", str(path)]) == 0
    story = json.loads(capsys.readouterr().out)
    assert (story["headline"], story["body"]) == ("Baghdad’s “Zone”", ["It’s ’90s news."])


def test_cli_strict_exit_code_and_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--strict stops at the first problem with exit 1 and path:line:col."""
    path = tmp_path / "dump.txt"
    path.write_text("Headline\n", encoding="utf-8")
    assert main(["--strict", str(path)]) == 1
    assert capsys.readouterr().err.strip() == f"{path}:1:1: story has no body paragraphs"


def test_cli_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file is exit 2 with a one-line message, not a traceback."""
    assert main(["/nonexistent/dump.txt"]) == 2
    assert "No such file" in capsys.readouterr().err


def test_python_m_runs_on_the_example() -> None:
    """python -m wirestory on the example dump prints its three stories, as UTF-8
    with LF line ends on every platform (Windows' text-mode stdout would write
    CRLF and the console's code page)."""
    result = subprocess.run(
        [sys.executable, "-m", "wirestory", str(EXAMPLES / "dump.txt")],
        capture_output=True,
        check=True,
    )
    assert b"\r" not in result.stdout
    stories = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [s["marker"] for s in stories] == ["TT", "TT", "TT"]
    assert stories[1]["captions"][1]["credit"] == "Photo: Antiquities Authority"


def _dump(headline: str, paragraphs: int = 2) -> str:
    """A small story in the seed layout, written for these tests."""
    body = "\n\n".join(
        f"Paragraph {n} of the story about {headline.lower()}." for n in range(paragraphs)
    )
    caption = f"A photo for {headline.lower()}. (AFP)"
    return (
        f"{headline}\n\n{caption}\n{caption}\nTT\n\n{headline}\n\n{caption}\n{caption}\n\n{body}\n"
    )


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_parse_subcommand_is_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`wirestory FILE` and `wirestory parse FILE` print the same."""
    path = tmp_path / "dump.txt"
    path.write_text(_dump("Rain Returns") + "\n\n" + _dump("Sun Shines"), encoding="utf-8")
    assert _run([str(path)], capsys) == _run(["parse", str(path)], capsys)
    code, out, err = _run(["--strict", str(path)], capsys)
    assert (code, err) == (0, "")
    assert [json.loads(line)["headline"] for line in out.splitlines()] == [
        "Rain Returns",
        "Sun Shines",
    ]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of dumps: plain, gzip, bzip2, xz, a subfolder, a hidden file, and a
    large file that is cut into several batches."""
    import bz2
    import gzip
    import lzma

    root = tmp_path / "dumps"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(_dump("Alpha") + "\n\n\n" + _dump("Beta"), encoding="utf-8")
    (root / "b.txt.gz").write_bytes(gzip.compress(_dump("Gamma").encode()))
    (root / "c.txt.bz2").write_bytes(bz2.compress(_dump("Delta").encode()))
    (root / "sub" / "d.txt.xz").write_bytes(lzma.compress(_dump("Epsilon").encode()))
    (root / ".hidden.txt").write_text(_dump("Hidden"), encoding="utf-8")
    large = "\n\n\n".join(_dump(f"Story Number {n}", n % 7 + 1) for n in range(300))
    # Bytes, not write_text: on Windows write_text would turn each "\r\n" into "\r\r\n".
    (root / "e-large.txt").write_bytes(large.replace("\n", "\r\n").encode("utf-8"))
    return root


def test_folders_are_read_recursively_in_sorted_order(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder gives every file below it, sorted, compressed ones decompressed, hidden
    ones left out."""
    code, out, _ = _run(["parse", str(tree)], capsys)
    headlines = [json.loads(line)["headline"] for line in out.splitlines()]
    assert code == 0
    assert headlines[:5] == ["Alpha", "Beta", "Gamma", "Delta", "Story Number 0"]
    assert headlines[-1] == "Epsilon"
    assert len(headlines) == 305
    assert "Hidden" not in headlines


@pytest.mark.parametrize(
    "options",
    [
        ["--format", "jsonl", "--with-spans"],
        ["--format", "ninjs"],
        ["--format", "ninjs2"],
        ["--format", "text"],
    ],
    ids=["jsonl", "ninjs", "ninjs2", "text"],
)
def test_jobs_output_is_byte_identical(
    tree: Path,
    options: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    """--jobs 3 prints exactly what --jobs 1 prints, across files and across the
    batches of a large file."""
    from wirestory import runner

    monkeypatch.setattr(runner, "SMALL_FILE", 4096)
    monkeypatch.setattr(runner, "BATCH_CHARACTERS", 2000)
    assert main(["parse", *options, "--jobs", "1", str(tree)]) == 0
    sequential = capsysbinary.readouterr().out
    assert main(["parse", *options, "--jobs", "3", str(tree)]) == 0
    parallel = capsysbinary.readouterr().out
    assert sequential.count(b"Story Number") >= 300
    assert parallel == sequential


def test_jobs_batches_keep_every_offset_and_line_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """A large file's batches are sent to the workers packed (the lines' texts
    joined, their terminators apart): every story comes back with the offsets and
    line numbers it has with --jobs 1, whatever ends its lines (LF, CRLF, a lone
    CR, none at the end of the file), and a story cut after two blank lines only
    by its headline-like first line keeps its diagnostic."""
    from wirestory import runner

    monkeypatch.setattr(runner, "SMALL_FILE", 100)
    monkeypatch.setattr(runner, "BATCH_CHARACTERS", 700)
    endings = ["\n", "\r\n", "\r"]
    stories = []
    for n in range(60):
        story = _dump(f"Story Number {n}", n % 4 + 1)
        if n % 5 == 4:
            story += "\n\nFollow-Up Headline Here\n\nA short paragraph under it.\n"
        stories.append(story.replace("\n", endings[n % 3]))
    path = tmp_path / "mixed.txt"
    path.write_bytes("\n\n\n".join(stories).rstrip("\r\n").encode("utf-8"))
    assert main(["parse", "--with-spans", "--jobs", "1", str(path)]) == 0
    sequential = capsysbinary.readouterr().out
    assert main(["parse", "--with-spans", "--jobs", "2", str(path)]) == 0
    parallel = capsysbinary.readouterr().out
    records = [json.loads(line) for line in sequential.splitlines()]
    assert len(records) >= 60
    assert any(d["code"] == "possible-story-boundary" for r in records for d in r["diagnostics"])
    assert parallel == sequential


def test_jobs_stop_at_the_same_strict_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In strict mode both ways print the same stories, then the same message, exit 1."""
    from wirestory import runner

    monkeypatch.setattr(runner, "BATCH_CHARACTERS", 500)
    monkeypatch.setattr(runner, "SMALL_FILE", 100)
    stories = [_dump(f"Story {n}") for n in range(40)]
    stories[25] = "Lonely Headline\n\nA photo. (AFP)\nA photo. (AFP)\nTT\n"
    path = tmp_path / "dump.txt"
    path.write_text("\n\n\n".join(stories), encoding="utf-8")
    first = _run(["parse", "--strict", str(path)], capsys)
    second = _run(["parse", "--strict", "--jobs", "2", str(path)], capsys)
    assert first == second
    code, out, err = first
    assert code == 1
    assert len(out.splitlines()) == 25
    line = "\n\n\n".join(stories).splitlines().index("Lonely Headline") + 5
    assert err == f"{path}:{line}:1: story has no body paragraphs\n"


def test_stdin_output_file_and_text_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-` reads stdin; --output writes the file; --format text separates stories by
    two blank lines, so the text parses back into the same headlines."""
    import io

    dump = _dump("Rain Returns") + "\n\n" + _dump("Sun Shines")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(dump.encode("utf-8"))))
    out = tmp_path / "out.txt"
    assert main(["parse", "--format", "text", "--output", str(out), "-"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Rain Returns\n\nA photo for rain returns. (AFP)\n\nParagraph 0")
    assert [s.headline for s in wirestory.parse(text)] == ["Rain Returns", "Sun Shines"]
    assert capsys.readouterr() == ("", "")


def test_encoding_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--encoding decodes with the named codec; an unknown codec is a usage error."""
    path = tmp_path / "dump.txt"
    path.write_bytes("Café Opens\n\nThe café opened.\n".encode("cp1252"))
    code, out, err = _run(["parse", "--encoding", "cp1252", str(path)], capsys)
    assert (code, err) == (0, "")
    assert json.loads(out)["headline"] == "Café Opens"
    code, _, err = _run(["parse", "--encoding", "utf-8", str(path)], capsys)
    assert code == 2
    assert err.startswith(f"{path}: cannot decode")
    code, _, err = _run(["parse", "--encoding", "no-such-codec", str(path)], capsys)
    assert code == 2
    assert "unknown encoding 'no-such-codec'" in err


def test_invalid_bytes_warn_with_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bytes that are not UTF-8 are decoded as Windows-1252 with a path:line:col warning;
    --quiet silences it; --strict makes it an error (exit 1)."""
    path = tmp_path / "dump.txt"
    path.write_bytes(b"Cafe News\n\nThe caf\xe9 opened.\n")
    code, out, err = _run(["parse", str(path)], capsys)
    assert code == 0
    assert json.loads(out)["body"] == ["The café opened."]
    assert err.startswith(f"{path}:3:8: warning: invalid UTF-8 at byte 18; ")
    assert err.endswith("decoded as Windows-1252, at byte offsets 18\n")
    assert _run(["parse", "--quiet", str(path)], capsys)[2] == ""
    code, _, err = _run(["parse", "--strict", str(path)], capsys)
    assert (code, err) == (1, f"{path}:3:8: invalid UTF-8 at byte 18\n")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """Unknown formats, layouts and job counts are usage errors: exit 2, no traceback."""
    for argv in (
        ["parse", "--format", "xml", "x"],
        ["parse", "--layout", "nope", "x"],
        ["parse", "--jobs", "0", "x"],
        ["explain"],
    ):
        code, _, err = _run(argv, capsys)
        assert code == 2
        assert "usage:" in err
        assert "Traceback" not in err


def test_layout_option_forces_a_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--layout forces ParseOptions.layout: auto reads the seed layout, headless reads
    everything as body."""
    path = tmp_path / "dump.txt"
    path.write_text(_dump("Rain Returns"), encoding="utf-8")
    auto = json.loads(_run(["parse", str(path)], capsys)[1])
    headless = json.loads(_run(["parse", "--layout", "headless", str(path)], capsys)[1])
    assert (auto["layout"], auto["marker"], auto["headline"]) == ("marked", "TT", "Rain Returns")
    assert (headless["layout"], headless["marker"], headless["headline"]) == ("headless", None, "")


def test_marker_option_sets_the_markers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--marker TEXT (repeatable) replaces the default TT: a header closed by a
    "***" line (shown once) is read in the marked layout only with --marker '***';
    a blank marker is a usage error."""
    path = tmp_path / "dump.txt"
    path.write_text(
        "Rain Returns\n\nA photo for rain returns. (AFP)\n***\n\n"
        "Paragraph one.\n\nParagraph two.\n",
        encoding="utf-8",
    )
    default = json.loads(_run(["parse", str(path)], capsys)[1])
    assert (default["layout"], default["marker"]) == ("wire", None)
    code, out, _ = _run(["parse", "--marker", "TT", "--marker", "***", str(path)], capsys)
    assert code == 0
    story = json.loads(out)
    assert (story["layout"], story["marker"], story["headline"]) == (
        "marked",
        "***",
        "Rain Returns",
    )
    assert story["body"] == ["Paragraph one.", "Paragraph two."]
    code, _, err = _run(["parse", "--marker", " ", str(path)], capsys)
    assert code == 2
    assert "argument --marker: a marker must not be blank" in err


def test_text_format_keeps_dateline_and_byline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format text writes the byline and the dateline (issue #14: they were dropped)."""
    path = tmp_path / "wire.txt"
    path.write_text(
        "Ferry Service Resumes\n\nBy MARA QUILL\n\n"
        "HELSINKI (AP) — The ferry to Tallinn sailed again on Monday.\n",
        encoding="utf-8",
    )
    code, out, _ = _run(["parse", "--format", "text", str(path)], capsys)
    assert code == 0
    assert out == (
        "Ferry Service Resumes\n\nBy MARA QUILL\n\n"
        "HELSINKI (AP) — The ferry to Tallinn sailed again on Monday.\n"
    )


def test_explain_terminal_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """explain lists every line with role and rule; colours on request; --html writes a
    standalone page with the rule on hover."""
    path = tmp_path / "dump.txt"
    path.write_text(_dump("Rain <Returns>") + "\n\n\n" + _dump("Sun"), encoding="utf-8")
    code, out, err = _run(["explain", "--color", "never", str(path)], capsys)
    rows = out.splitlines()
    assert (code, err) == (0, "")
    assert len(rows) == len(path.read_text(encoding="utf-8").splitlines())
    assert rows[0].split() == ["1", "headline", "headline", "|", "Rain", "<Returns>"]
    assert rows[3].split()[:3] == ["4", "duplicate", "caption-shown-twice"]
    assert rows[16].split() == ["17", "separator", "between-stories", "|"]
    coloured = _run(["explain", "--color", "always", str(path)], capsys)[1]
    assert coloured.splitlines()[0].startswith("\x1b[1;34m")
    page = tmp_path / "explain.html"
    assert main(["explain", "--html", str(page), str(path)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert 'title="line 4: duplicate (story 1, rule: caption-shown-twice)"' in html
    assert "Rain &lt;Returns&gt;" in html
    assert ".r-caption {" in html


def test_explain_makes_control_characters_visible(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line holding an escape sequence cannot drive the terminal."""
    path = tmp_path / "dump.txt"
    path.write_text("Head\x1b[31mline\n\nBody.\n", encoding="utf-8")
    out = _run(["explain", "--color", "never", str(path)], capsys)[1]
    assert "\x1b" not in out
    assert "Head\u241b[31mline" in out


def test_stats(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """stats counts files, stories, captions, roles and diagnostics."""
    code, out, _ = _run(["stats", "--json", str(tree)], capsys)
    report = json.loads(out)
    assert code == 0
    assert report["files"] == 5
    assert report["stories"] == 305
    assert report["captions"] == report["captions_with_credit"] == 305
    assert report["lines_by_role"]["marker"] == 305
    assert report["diagnostics"] == {}
    # Keys are identifiers (issue #14), not phrases with spaces.
    assert list(report) == [
        "files",
        "stories",
        "stories_with_marker",
        "captions",
        "captions_with_credit",
        "body_paragraphs",
        "subheadings",
        "lines_by_role",
        "diagnostics",
    ]
    text = _run(["stats", str(tree)], capsys)[1]
    assert "stories                        305" in text
    assert "captions with credit           305" in text


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Captured stderr is not a terminal: nothing is written to it on success."""
    assert _run(["parse", "--output", os.devnull, str(tree)], capsys)[2] == ""


def test_damaged_compressed_file_is_an_io_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that claims to be gzip but is not: exit 2, one line, no traceback."""
    path = tmp_path / "dump.txt.gz"
    path.write_bytes(b"not gzip at all\n")
    code, _, err = _run(["parse", str(path)], capsys)
    assert code == 2
    assert err.startswith(f"{path}: ")
    assert len(err.splitlines()) == 1


def test_python_m_explain_runs() -> None:
    """python -m wirestory explain works from a fresh process."""
    result = subprocess.run(
        [sys.executable, "-m", "wirestory", "explain", str(EXAMPLES / "dump.txt")],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    assert result.stdout.splitlines()[4].split()[:3] == ["5", "marker", "marker"]


def test_progress_bar_when_stderr_is_a_terminal(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, stderr shows the share of bytes read and then clears the line;
    --quiet keeps it silent."""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = _run(["parse", "--output", os.devnull, str(tree)], capsys)
    assert code == 0
    assert err.startswith("\r[")
    assert "% " in err
    assert " MB" in err
    assert err.endswith("\r\x1b[K")
    assert _run(["parse", "--quiet", "--output", os.devnull, str(tree)], capsys)[2] == ""


def test_explain_shows_a_dateline_cut_from_its_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A line split into a dateline segment and a body segment gives two rows with the
    line's number: the reason for each part."""
    case = Path(__file__).resolve().parent / "cases" / "wire_ap.txt"
    rows = _run(["explain", "--color", "never", str(case)], capsys)[1].splitlines()
    line = next(
        n for n, text in enumerate(case.read_text("utf-8").splitlines(), 1) if "(AP)" in text
    )
    split = [row for row in rows if row.split()[0] == str(line)]
    assert [row.split()[1:3] for row in split] == [["dateline", "dateline"], ["body", "paragraph"]]
    assert split[0].endswith("| WASHINGTON (AP) — ")


def test_output_that_is_also_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """parse -o FILE FILE would truncate its input: exit 2, input untouched (found by review)."""
    path = tmp_path / "dump.txt"
    path.write_text("First\n\nOne.\n", encoding="utf-8")
    assert main(["parse", "-o", str(path), str(path)]) == 2
    assert path.read_text(encoding="utf-8") == "First\n\nOne.\n"
    assert "also an input" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes in the file system here")
def test_folders_skip_named_pipes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A named pipe in a folder is skipped rather than read forever (found by review)."""
    (tmp_path / "a.txt").write_text("First\n\nOne.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    assert main(["parse", str(tmp_path)]) == 0
    assert [json.loads(line)["headline"] for line in capsys.readouterr().out.splitlines()] == [
        "First"
    ]


def test_stats_prints_no_table_after_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """stats stops at an unreadable input without a table of partial counts (found by review)."""
    good = tmp_path / "good.txt"
    good.write_text("First\n\nOne.\n", encoding="utf-8")
    assert main(["stats", str(tmp_path / "missing.txt"), str(good)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "missing.txt" in captured.err


JPEG_START = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01"


@pytest.mark.parametrize("command", ["parse", "stats", "explain"])
def test_binary_input_is_refused_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """`wirestory parse photo.jpg` no longer prints a story of gibberish with exit 0:
    one line naming the file and what was found, exit 1, nothing on stdout."""
    path = tmp_path / "photo.jpg"
    path.write_bytes(JPEG_START + bytes(range(256)))
    code, out, err = _run([command, str(path)], capsys)
    assert (code, out) == (1, "")
    assert err == (
        f"{path}:1:1: binary data, not text: JPEG image signature at the start; parse it "
        "anyway with ParseOptions(allow_binary=True) (--force on the command line)\n"
    )


def test_force_parses_binary_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--force parses what looks binary, with the usual decoding warning; a NUL in
    a text file's first 8 KiB is refused with its line and column."""
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Odd Headline\n\nA body\x00 with a NUL.\n")
    code, _, err = _run(["parse", str(path)], capsys)
    assert code == 1
    assert err.startswith(f"{path}:3:7: binary data, not text: a NUL byte at byte 20;")
    code, out, _ = _run(["parse", "--force", str(path)], capsys)
    assert code == 0
    assert json.loads(out)["headline"] == "Odd Headline"


def test_compressed_file_without_a_suffix_is_decompressed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """gzip data in a file named .txt is recognised by its first bytes, as on stdin."""
    import gzip

    path = tmp_path / "dump.txt"
    path.write_bytes(gzip.compress(_dump("Rain Returns").encode()))
    code, out, _ = _run(["parse", str(path)], capsys)
    assert code == 0
    assert json.loads(out)["headline"] == "Rain Returns"


def test_explain_reads_a_dump_as_parse_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """explain decodes through the same path as parse: a named codec is trusted
    (UTF-16 without a BOM is half NULs, not binary), and gzip data is inflated."""
    import gzip

    text = _dump("Rain Returns")
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.encode("utf-16-le"))
    code, out, _ = _run(
        ["explain", "--color", "never", "--encoding", "utf-16-le", str(utf16)], capsys
    )
    assert code == 0
    assert "Rain Returns" in out
    packed = tmp_path / "packed.txt"
    packed.write_bytes(gzip.compress(text.encode()))
    assert _run(["explain", "--color", "never", str(packed)], capsys)[1] == out
