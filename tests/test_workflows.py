"""The GitHub workflows, the docs host and the citation file say what they should.

CI and release run on GitHub, not here: these tests read their YAML and check what
matters (the matrix, the same checks as .ci/run, trusted publishing with
``id-token: write`` on the publishing jobs only, no stored token, every action
pinned to a commit), so a broken edit fails here before it fails a release.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
_PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def _pyproject(key: str) -> str:
    """A ``key = "value"`` line of pyproject.toml (tomllib is not in Python 3.10)."""
    match = re.search(rf'^{re.escape(key)} = "([^"]*)"$', _PYPROJECT, re.M)
    assert match, key
    return match[1]


# A full commit hash, with the release it is in as a comment for people and Dependabot.
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def _load(name: str) -> dict[str, Any]:
    """A workflow as data. YAML 1.1 reads the key ``on`` as True: it is put back."""
    data: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    if True in data:
        data["on"] = data.pop(True)
    return data


ALL = {path.name: _load(path.name) for path in sorted(WORKFLOWS.glob("*.y*ml"))}
CI = ALL["ci.yml"]
RELEASE = ALL["release.yml"]


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job.get("steps", []))


def _runs(job: dict[str, Any]) -> str:
    """Every shell command of a job, one string."""
    return "\n".join(step.get("run", "") for step in _steps(job))


def _uses(job: dict[str, Any]) -> list[str]:
    return [step["uses"] for step in _steps(job) if "uses" in step]


def _all_jobs() -> list[tuple[str, str, dict[str, Any]]]:
    """(workflow, job name, job) for every job of every workflow, future ones too."""
    return [
        (name, job_name, job)
        for name, workflow in ALL.items()
        for job_name, job in workflow["jobs"].items()
    ]


def test_every_workflow_file_is_read() -> None:
    """The checks below that hold for every workflow see every file of the folder."""
    assert {"ci.yml", "release.yml"} <= set(ALL)
    assert set(ALL) == {p.name for p in WORKFLOWS.iterdir()}


def test_ci_runs_on_push_and_pull_request() -> None:
    """Every push and every pull request is checked."""
    assert {"push", "pull_request"} <= set(CI["on"])
    assert CI["on"]["push"] is None or "branches" not in CI["on"]["push"]


def test_ci_matrix_is_every_platform_and_python() -> None:
    """Linux, macOS and Windows × Python 3.10 to 3.13 must pass; 3.14 may fail."""
    job = CI["jobs"]["tests"]
    matrix = job["strategy"]["matrix"]
    assert set(matrix["os"]) == {"ubuntu-latest", "macos-latest", "windows-latest"}
    assert matrix["python"] == ["3.10", "3.11", "3.12", "3.13", "3.14"]
    assert job["strategy"]["fail-fast"] is False
    assert job["continue-on-error"] == "${{ matrix.python == '3.14' }}"
    assert job["runs-on"] == "${{ matrix.os }}"
    [setup] = [s for s in _steps(job) if s.get("uses", "").startswith("actions/setup-python@")]
    assert setup["with"]["python-version"] == "${{ matrix.python }}"
    assert _pyproject("requires-python") == ">=3.10"


def test_ci_tests_the_built_wheel_as_installed() -> None:
    """The matrix installs the wheel built once by the package job, not the tree, and
    runs the tests without the corpus (../shared is not on GitHub)."""
    job = CI["jobs"]["tests"]
    assert job["needs"] == "package"
    runs = _runs(job)
    assert 'pip install "$(ls dist/*.whl)[test]"' in runs
    assert '-m "not corpus" tests docs README.md --pyargs wirestory' in runs
    [test_step] = [s for s in _steps(job) if "--pyargs" in s.get("run", "")]
    assert test_step["env"]["WIRESTORY_EXPECT_INSTALLED"] == "1"
    assert test_step["run"].startswith("pytest ")  # not python -m: the tree stays off sys.path


def test_ci_runs_the_checks_of_ci_run() -> None:
    """The checks of .ci/run that apply on GitHub are all there."""
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    jobs = CI["jobs"]
    for check, job in [
        ('ruff" check .', "lint"),
        ('ruff" format --check .', "lint"),
        ('mypy" --strict wirestory', "lint"),
        ('mkdocs" build --strict', "docs"),
        ('twine" check --strict', "package"),
        ("fuzz/fuzz_parse.py -max_total_time=60", "fuzz"),
    ]:
        assert check in ci_run
        assert check.replace('"', "") in _runs(jobs[job]), (check, job)
    assert '-m pytest -m "not corpus"' in _runs(jobs["tree"])
    assert "wirestory/py.typed" in _runs(jobs["package"])


def test_ci_caches_pip() -> None:
    """Every Python set up in CI caches pip downloads, keyed on pyproject.toml."""
    for name, job in CI["jobs"].items():
        for step in _steps(job):
            if step.get("uses", "").startswith("actions/setup-python@"):
                assert step["with"]["cache"] == "pip", name
                assert step["with"]["cache-dependency-path"] == "pyproject.toml", name


def test_release_runs_on_a_version_tag_or_by_hand() -> None:
    """A v* tag releases; workflow_dispatch is the dry run."""
    assert RELEASE["on"]["push"] == {"tags": ["v*"]}
    assert "workflow_dispatch" in RELEASE["on"]
    assert set(RELEASE["on"]) == {"push", "workflow_dispatch"}


def test_release_builds_once_and_checks_before_publishing() -> None:
    """One build job makes the files, checks them strictly, tests the wheel and the
    version against the CHANGELOG and the tag; every later job needs it."""
    jobs = RELEASE["jobs"]
    runs = _runs(jobs["build"])
    assert "python -m build" in runs
    assert "twine check --strict dist/*" in runs
    assert "tests/test_release.py" in runs
    assert "tests docs README.md --pyargs wirestory" in runs
    assert "scripts/changelog.py notes" in runs
    for name, job in jobs.items():
        if name != "build":
            assert "build" in ([job["needs"]] if isinstance(job["needs"], str) else job["needs"])
            assert "python -m build" not in _runs(job), name


def test_id_token_only_on_the_publishing_jobs() -> None:
    """Trusted publishing: id-token: write on the jobs that upload to PyPI or TestPyPI,
    each in its own environment, and nowhere else (not at the top of a workflow)."""
    for name, workflow in ALL.items():
        assert workflow["permissions"] == {"contents": "read"}, name
    publishing = {
        job_name
        for _, job_name, job in _all_jobs()
        if any(u.startswith("pypa/gh-action-pypi-publish@") for u in _uses(job))
    }
    with_id_token = {
        job_name
        for _, job_name, job in _all_jobs()
        if job.get("permissions", {}).get("id-token") == "write"
    }
    assert publishing == with_id_token == {"publish-pypi", "publish-testpypi"}
    jobs = RELEASE["jobs"]
    assert jobs["publish-pypi"]["permissions"] == {"id-token": "write"}
    assert jobs["publish-testpypi"]["permissions"] == {"id-token": "write"}
    assert jobs["publish-pypi"]["environment"]["name"] == "pypi"
    assert jobs["publish-testpypi"]["environment"]["name"] == "testpypi"


def test_pypi_on_tags_testpypi_by_hand() -> None:
    """A tag publishes to PyPI; the manual run publishes to TestPyPI only."""
    jobs = RELEASE["jobs"]
    on_tag = "github.event_name == 'push' && startsWith(github.ref, 'refs/tags/v')"
    assert jobs["publish-pypi"]["if"] == on_tag
    assert jobs["github-release"]["if"] == on_tag
    assert jobs["publish-testpypi"]["if"] == "github.event_name == 'workflow_dispatch'"
    [pypi] = [
        s for s in _steps(jobs["publish-pypi"]) if "uses" in s and "pypi-publish" in s["uses"]
    ]
    [test] = [s for s in _steps(jobs["publish-testpypi"]) if "pypi-publish" in s.get("uses", "")]
    assert "with" not in pypi  # PyPI is the action's default index
    assert test["with"]["repository-url"] == "https://test.pypi.org/legacy/"


def test_no_stored_token() -> None:
    """No secret is read and no password given: trusted publishing needs none, and the
    GitHub release uses the job's own short-lived token."""
    for path in WORKFLOWS.iterdir():
        text = path.read_text(encoding="utf-8")
        assert "secrets." not in text, path.name
        assert not re.search(r"^\s*(password|api-token|user):", text, re.M), path.name
    release = RELEASE["jobs"]["github-release"]
    assert release["permissions"] == {"contents": "write"}
    assert [s["env"] for s in _steps(release) if "env" in s] == [
        {"GH_TOKEN": "${{ github.token }}"}
    ]
    assert "gh release create" in _runs(release)
    assert "--notes-file notes/notes.md" in _runs(release)
    for _, job_name, job in _all_jobs():
        if job_name != "github-release":
            assert job.get("permissions", {}).get("contents") != "write", job_name


def test_actions_are_pinned_to_a_commit() -> None:
    """Every action is pinned to a full commit hash (a tag can be moved), with the
    release it is as a comment; checkouts keep no credentials on disk."""
    for workflow, job_name, job in _all_jobs():
        for uses in _uses(job):
            assert PINNED.match(uses), (workflow, job_name, uses)
            if uses.startswith("actions/checkout@"):
                [step] = [s for s in _steps(job) if s.get("uses") == uses]
                assert step["with"]["persist-credentials"] is False
    for path in WORKFLOWS.iterdir():
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), (path.name, line)


def test_read_the_docs_builds_the_mkdocs_site() -> None:
    """.readthedocs.yaml builds mkdocs.yml, strictly, with the docs extra; the project
    URLs, the site's address and the README point to the same place."""
    config = yaml.safe_load((ROOT / ".readthedocs.yaml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    assert config["mkdocs"] == {"configuration": "mkdocs.yml", "fail_on_warning": True}
    assert config["python"]["install"] == [
        {"method": "pip", "path": ".", "extra_requirements": ["docs"]}
    ]
    assert re.search(r"^docs = \[", _PYPROJECT, re.M)
    home = _pyproject("Documentation")
    assert home == "https://wirestory.readthedocs.io/"
    assert f'"{home}en/latest/"' in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert home in (ROOT / "README.md").read_text(encoding="utf-8")


def test_citation_file() -> None:
    """CITATION.cff has the fields the format requires and agrees with pyproject.toml."""
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0"
    assert {"message", "title", "authors"} <= set(citation)
    assert citation["license"] == _pyproject("license")
    assert citation["repository-code"] == _pyproject("Source")
    assert citation["url"] == _pyproject("Documentation")
