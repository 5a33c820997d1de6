"""The docstring examples of every module, read from its source and run against the
module as imported: the same on both builds.

``--doctest-modules`` finds examples through ``__doc__``, which the compiled build
(mypyc, docs/performance.md) does not keep, so on that build it would find none
in a compiled module; reading them from the ``.py`` file, which both wheels ship,
runs each example against the functions that are installed, compiled or not.
"""

from __future__ import annotations

import ast
import doctest
import importlib
from pathlib import Path

import pytest

import wirestory

PACKAGE = Path(wirestory.__file__).resolve().parent
MODULES = sorted(
    ".".join(("wirestory", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(
        ".__init__"
    )
    for path in PACKAGE.rglob("*.py")
    # What `python -m wirestory` runs; pytest's doctest collection skips it too.
    if path.name != "__main__.py"
)
# pytest's default doctest_optionflags (pyproject.toml sets none).
FLAGS = doctest.ELLIPSIS


def _docstrings(source: str) -> list[tuple[str, str, int]]:
    """(qualified name, docstring, line) of the module, its classes and functions."""
    found: list[tuple[str, str, int]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{prefix}.{child.name}"
                doc = ast.get_docstring(child)
                if doc:
                    found.append((name, doc, child.body[0].lineno))
                visit(child, name)

    tree = ast.parse(source)
    doc = ast.get_docstring(tree)
    if doc:
        found.append(("", doc, 1))
    visit(tree, "")
    return found


def test_modules_found() -> None:
    """The list below is the package's, not an empty one: the hot modules are in it."""
    assert {"wirestory", "wirestory.normalize", "wirestory.layouts.page"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    path = PACKAGE.joinpath(*name.split(".")[1:])
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    examples = 0
    for qualified, doc, line in _docstrings(path.read_text(encoding="utf-8")):
        test = parser.get_doctest(doc, dict(vars(module)), name + qualified, str(path), line)
        examples += len(test.examples)
        runner.run(test)
    failed, attempted = runner.summarize(verbose=False)
    assert attempted == examples
    assert failed == 0, f"{failed} of {attempted} docstring examples of {name} failed (above)"
