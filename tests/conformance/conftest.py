"""Fixtures of the conformance suite: the two servers as :class:`Target`, and the run-wide collector that
writes ``artifacts/conformance/report.md`` and ``transcripts.json`` at the end."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import pytest

from ory_facade.testing import FakeKratos
from ory_facade.testing.real import KRATOS_BUILT_VERSION, RealKratos
from ory_facade.testing.validation import ResponseValidator, default_spec_path

from .harness import Difference, Target
from .intended import INTENDED, Intended

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "conformance"


@dataclass
class Collector:
    """Everything the run found, per scenario; written out once at the end of the session."""

    transcripts: dict[str, dict[str, Any]] = field(default_factory=dict)
    differences: dict[str, list[tuple[Difference, Intended | None]]] = field(default_factory=dict)
    fake_only: dict[str, str] = field(default_factory=dict)
    real_spec_problems: dict[str, list[str]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    compared: set[str] = field(default_factory=set)

    def classify(self, diffs: list[Difference]) -> list[tuple[Difference, Intended | None]]:
        out = []
        for diff in diffs:
            match = next((i for i, e in enumerate(INTENDED) if _matches(e, diff)), None)
            if match is not None:
                self.used.add(match)
            out.append((diff, INTENDED[match] if match is not None else None))
        return out

    def stale(self) -> list[Intended]:
        return [e for i, e in enumerate(INTENDED) if i not in self.used]

    def write(self) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "transcripts.json").write_text(
            json.dumps(self.transcripts, indent=1, sort_keys=True, default=str) + "\n", encoding="utf-8"
        )
        (ARTIFACTS / "report.md").write_text(self.report(), encoding="utf-8")

    def report(self) -> str:
        unexplained = sum(1 for d in self.differences.values() for _, e in d if e is None)
        intended = sum(1 for d in self.differences.values() for _, e in d if e is not None)
        lines = [
            "# Conformance: fake Kratos vs real Kratos",
            "",
            f"Real server: Kratos {KRATOS_BUILT_VERSION}; the fake targets v26.2.0. "
            f"{len(self.compared)} scenarios compared, {len(self.fake_only)} fake-only; "
            f"{intended} intended differences, {unexplained} unexplained.",
            "",
        ]
        if self.fake_only:
            lines += ["## Fake-only scenarios", ""]
            lines += [f"- `{name}`: {why}" for name, why in sorted(self.fake_only.items())]
            lines.append("")
        lines += ["## Differences per scenario", ""]
        for name in sorted(self.differences):
            found = self.differences[name]
            if not found:
                continue
            lines += [f"### `{name}`", ""]
            for diff, entry in found:
                verdict = f"intended: {entry.reason}" if entry else "**UNEXPLAINED**"
                lines.append(f"- `{diff.path}`: real `{diff.real!r}`, fake `{diff.fake!r}` — {verdict}")
            lines.append("")
        same = sorted(n for n in self.compared if not self.differences.get(n))
        lines += ["## Scenarios with identical transcripts", "", ", ".join(f"`{n}`" for n in same), ""]
        if self.real_spec_problems:
            lines += ["## Real Kratos answers that break openapi/kratos-api.json", ""]
            for name, problems in sorted(self.real_spec_problems.items()):
                lines += [f"- `{name}`: {p}" for p in problems]
            lines.append("")
        stale = self.stale() if self.compared else []
        if stale:
            lines += ["## Intended entries that matched nothing", ""]
            lines += [f"- `{e.scenario}` / `{e.path}`: {e.reason}" for e in stale]
            lines.append("")
        return "\n".join(lines)


def _matches(entry: Intended, diff: Difference) -> bool:
    return (
        fnmatchcase(diff.scenario, entry.scenario)
        and fnmatchcase(diff.path, entry.path)
        and fnmatchcase(repr(diff.real), entry.real)
        and fnmatchcase(repr(diff.fake), entry.fake)
    )


@pytest.fixture(scope="session")
def collector() -> Iterator[Collector]:
    found = Collector()
    yield found
    found.write()


@pytest.fixture(scope="session")
def spec_validator() -> ResponseValidator | None:
    return ResponseValidator() if default_spec_path().is_file() else None


@pytest.fixture(scope="session")
def real_target(real_kratos_server: RealKratos, spec_validator: ResponseValidator | None) -> Target:
    return Target(
        "real",
        real_kratos_server.public_url,
        real_kratos_server.admin_url,
        real_kratos_server.ui_url,
        real_kratos_server.api_key,
        real_kratos_server,
        spec_validator,
    )


@pytest.fixture
def fake_target(fake_kratos_server: FakeKratos) -> Iterator[Target]:
    """The session's fake, reset, with the courier switched off like the real server's (messages queue).

    Built on ``fake_kratos_server`` rather than ``fake_kratos`` because every scenario also runs on real
    Kratos; the spec check ``fake_kratos`` does at teardown is done by the test itself.
    """
    fake_kratos_server.reset()
    fake_kratos_server.configure(courier_delivers=False)
    yield Target(
        "fake",
        fake_kratos_server.public_url,
        fake_kratos_server.admin_url,
        fake_kratos_server.config.ui_url,
        fake_kratos_server.api_key,
        fake_kratos_server,
    )
    fake_kratos_server.clear_faults()
