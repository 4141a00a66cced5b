"""``.ci/run`` lints before it tests, and ``make lint`` is ruff plus ``mypy --strict`` (issue 12 §3)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_targets_run_by_ci() -> list[str]:
    lines = (ROOT / ".ci" / "run").read_text().splitlines()
    return [m.group(1) for line in lines if (m := re.match(r"make ([\w-]+)", line.strip()))]


def recipe(target: str) -> list[str]:
    text = (ROOT / "Makefile").read_text()
    found = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", text, re.M)
    assert found, f"no {target} target"
    return [line.strip() for line in found.group(1).splitlines()]


def test_ci_runs_lint_before_the_tests() -> None:
    targets = make_targets_run_by_ci()
    assert "lint" in targets and "test" in targets
    assert targets.index("venv") < targets.index("lint") < targets.index("test")


def test_lint_is_ruff_and_strict_mypy_over_the_hand_written_code() -> None:
    commands = recipe("lint")
    assert "$(PYTHON) -m ruff format --check ory_facade tests scripts examples" in commands
    assert "$(PYTHON) -m ruff check ory_facade tests scripts examples" in commands
    assert "$(PYTHON) -m mypy --strict ory_facade" in commands


def test_ci_runs_every_test_as_make_test_then_make_test_slow() -> None:
    # Issue 14: `make test` is the fast default without the soak variants; CI still runs all of them.
    targets = make_targets_run_by_ci()
    assert targets.index("test") < targets.index("test-slow")
    assert recipe("test") == ['$(PYTHON) -m pytest -m "not slow" $(ARGS)']
    assert recipe("test-slow") == ["$(PYTHON) -m pytest -m slow $(ARGS)"]
    assert recipe("test-all") == ["$(PYTHON) -m pytest $(ARGS)"]
