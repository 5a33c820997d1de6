"""The shape of the code: no module, test or benchmark reads another module's
private name.

A name with a leading underscore belongs to its module; what another module, a
test or a benchmark needs is public (a name without the underscore, with a
docstring) or reached through the public API, so that a module can change its
insides without breaking code that never promised to keep them.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Mapping
from pathlib import Path
from types import MappingProxyType

import pytest

ROOT = Path(__file__).parent.parent
CHECKED = ("wirestory", "tests", "benchmarks", "fuzz", "scripts")


# A named tuple's public methods and attributes start with an underscore too.
_NAMED_TUPLE = frozenset({"_replace", "_asdict", "_fields", "_field_defaults", "_make"})


def _is_private(name: str) -> bool:
    return (
        name.startswith("_")
        and not (name.startswith("__") and name.endswith("__"))
        and name not in _NAMED_TUPLE
    )


def _is_ours(module: str | None) -> bool:
    return module is not None and (module == "wirestory" or module.startswith("wirestory."))


def _sys_modules_entry(node: ast.expr) -> bool:
    """``sys.modules["wirestory.normalize"]``."""
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "modules"
        and isinstance(node.slice, ast.Constant)
        and isinstance(node.slice.value, str)
        and _is_ours(node.slice.value)
    )


def private_reads(
    source: str,
    module: str | None = None,
    *,
    package: str | None = None,
    helpers: Mapping[str, Collection[str]] = MappingProxyType({}),
) -> list[str]:
    """Where ``source`` reads a private name of a wirestory module other than
    ``module`` (its own dotted name, for a wirestory module, whose relative
    imports start from ``package``, by default ``module``'s parent): ``from
    wirestory.x import _y``, ``x._y`` on a name bound to a wirestory module or to
    anything imported from one (by ``import``, ``from ... import`` or
    ``sys.modules[...]``, or imported from a helper module that binds it: a
    name of ``helpers[helper]``), and ``setattr``/``getattr`` of a private name
    on one. Each as ``line: text``.

    >>> private_reads("from wirestory.page import _tokens")
    ['1: from wirestory.page import _tokens']
    >>> private_reads("import wirestory.captions as c\\nc._POSITION")
    ['2: c._POSITION']
    >>> private_reads("from wirestory.captions import split_credit\\nsplit_credit(x)._cache")
    []
    """
    tree = ast.parse(source)
    found: list[str] = []
    ours = wirestory_names(tree, module, package=package, helpers=helpers)

    def report(node: ast.AST) -> None:
        found.append(f"{node.lineno}: {ast.unparse(node)}")  # type: ignore[attr-defined]

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            name = _imported_module(node, module, package)
            private = any(_is_private(alias.name) for alias in node.names)
            if _is_ours(name) and name != module and private:
                report(node)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _is_private(node.attr):
            root: ast.expr = node.value
            while isinstance(root, ast.Attribute):
                root = root.value
            if (isinstance(root, ast.Name) and root.id in ours) or _sys_modules_entry(root):
                report(node)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Name, ast.Attribute))
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
            in {"setattr", "getattr", "delattr", "hasattr"}
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in ours
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and _is_private(node.args[1].value)
        ):
            report(node)
    return found


def _imported_module(node: ast.ImportFrom, module: str | None, package: str | None) -> str | None:
    """The dotted name ``node`` imports from, a relative import resolved from
    ``package`` (by default ``module``'s parent)."""
    if not node.level or module is None:
        return node.module
    base = (package or module.rpartition(".")[0]).split(".")
    base = base[: len(base) - node.level + 1]
    return ".".join([*base, *([node.module] if node.module else [])])


def wirestory_names(
    tree: ast.AST,
    module: str | None = None,
    *,
    package: str | None = None,
    helpers: Mapping[str, Collection[str]] = MappingProxyType({}),
) -> set[str]:
    """The names ``tree`` binds to a wirestory module or to something of one:
    ``import wirestory.x``, ``from wirestory.x import y``, ``m =
    sys.modules["wirestory.x"]``, ``from helper import m`` for ``m`` in
    ``helpers[helper]``.

    >>> sorted(wirestory_names(ast.parse("import wirestory.page as p\\nfrom x import y")))
    ['p']
    """
    ours: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _is_ours(alias.name):
                    ours.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            name = _imported_module(node, module, package)
            if _is_ours(name):
                ours.update(alias.asname or alias.name for alias in node.names)
            elif name in helpers:
                ours.update(
                    alias.asname or alias.name
                    for alias in node.names
                    if alias.name in helpers[name]
                )
        elif isinstance(node, ast.Assign) and _sys_modules_entry(node.value):
            ours.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return ours


def _module_name(path: Path) -> tuple[str | None, str | None]:
    """A wirestory file's module and the package its relative imports start from."""
    relative = path.relative_to(ROOT)
    if relative.parts[0] != "wirestory":
        return None, None
    parts = relative.with_suffix("").parts
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), ".".join(parts[:-1])
    return ".".join(parts), ".".join(parts[:-1])


FILES = sorted(p for folder in CHECKED for p in (ROOT / folder).rglob("*.py"))
# What each test or benchmark helper module (``_common``, ``strategies``) binds
# to wirestory, by the name it is imported as: a file that
# imports ``normalize_module`` from ``_common`` holds a wirestory module too.
HELPERS = {
    path.stem: frozenset(wirestory_names(ast.parse(path.read_text(encoding="utf-8"))))
    for path in FILES
    if path.parts[-2] in {"tests", "benchmarks", "fuzz", "scripts"}
}


def test_every_folder_is_checked() -> None:
    """The walk sees the package, the tests and the benchmarks (a renamed folder
    would otherwise make the check below pass on nothing)."""
    folders = {p.relative_to(ROOT).parts[0] for p in FILES}
    assert {"wirestory", "tests", "benchmarks"} <= folders
    assert ROOT / "tests" / "test_architecture.py" in FILES


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_no_private_name_of_another_module(path: Path) -> None:
    """No module of wirestory, test or benchmark reads another wirestory
    module's private name."""
    module, package = _module_name(path)
    source = path.read_text(encoding="utf-8")
    assert private_reads(source, module, package=package, helpers=HELPERS) == []


@pytest.mark.parametrize(
    "source",
    [
        "from wirestory.normalize import _reference_normalize",
        "from wirestory.layouts.page import furniture_phrase, _tokens as tokens",
        "from wirestory.layouts import page\npage._tokens('x')",
        "import wirestory.captions\nwirestory.captions._POSITION.match('L')",
        "import sys\nfast = sys.modules['wirestory.normalize']\nfast._QUIET",
        "import sys\nsys.modules['wirestory.normalize']._QUIET",
        "from wirestory import runner\nmonkeypatch.setattr(runner, '_SMALL', 1)",
        "import wirestory\nwirestory.knowledge._ENGLISH_MONTHS",
        "from _common import normalize_module\nnormalize_module._FAST_PATH = False",
    ],
)
def test_the_check_finds_private_reads(source: str) -> None:
    """Each way of reaching a private name is found, through a helper module
    that binds a wirestory module too (benchmarks' ``_common``)."""
    helpers = {"_common": HELPERS["_common"]}
    assert len(private_reads(source, helpers=helpers)) == 1
    assert "normalize_module" in helpers["_common"]


def test_the_check_leaves_public_and_own_names_alone() -> None:
    """Public names, dunders, a module's own private names, other packages'
    private names and a named tuple's ``_make`` are no finding."""
    source = (
        "import re\nfrom re import _parser\nimport wirestory\n"
        "from wirestory.normalize import reference_normalize\nfrom wirestory.lines import Line\n"
        "from ._own import x\nwirestory.__version__\nLine._make(('', 0, 0, 1))\n"
        "re._compile\n"
    )
    assert private_reads(source, "wirestory.normalize") == []
    assert private_reads("from ._other import x\nfrom .lines import _BLANK", "wirestory.roles") == [
        "2: from .lines import _BLANK"
    ]
    inside = "from .page import _tokens\nfrom ..lines import _BLANK"
    assert private_reads(inside, "wirestory.layouts", package="wirestory.layouts") == [
        "1: from .page import _tokens",
        "2: from ..lines import _BLANK",
    ]


def tree_imports(source: str) -> list[str]:
    """The modules ``source`` imports through the source tree's folders
    (``tests.news_pages``, ``benchmarks._common``): there only when the tree's
    root is on ``sys.path``. ``.ci/run`` tests the installed wheel with ``-P``,
    the tree off the path, where a test reaches its helpers by their own name
    (``from news_pages import news_page``), as pytest puts ``tests/`` on it.

    >>> tree_imports("from tests.news_pages import news_page\\nimport strategies")
    ['tests.news_pages']
    """
    roots = {folder for folder in CHECKED if folder != "wirestory"}
    found = []
    for node in ast.walk(ast.parse(source)):
        names = (
            [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom) and node.level == 0
            else []
        )
        found += [name for name in names if name.split(".")[0] in roots]
    return found


@pytest.mark.parametrize(
    "path",
    [p for p in FILES if p.parts[-2] == "tests"],
    ids=[str(p.relative_to(ROOT)) for p in FILES if p.parts[-2] == "tests"],
)
def test_no_test_imports_through_the_tree(path: Path) -> None:
    """No test imports a helper as ``tests.…`` (the wheel's run would fail to
    collect it, as test_recall13 once did)."""
    assert tree_imports(path.read_text(encoding="utf-8")) == []
