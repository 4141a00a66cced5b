"""Differential conformance: every scenario runs on real Kratos and on the fake; the normalised
transcripts must agree except where ``intended.py`` says why not."""

from __future__ import annotations

import pytest

from ory_facade.testing import FakeKratos

from . import scenarios  # noqa: F401  (registers the scenarios)
from .conftest import Collector
from .harness import Ctx, ScenarioAborted, Target, compare
from .registry import SCENARIOS, Scenario


def _run(sc: Scenario, target: Target) -> Ctx:
    ctx = Ctx(target)
    try:
        sc.run(ctx)
    except ScenarioAborted as exc:
        ctx.steps.append({"label": "aborted", "reason": str(exc)})
    finally:
        ctx.close()
    return ctx


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_scenario(
    name: str, request: pytest.FixtureRequest, collector: Collector, fake_target: Target
) -> None:
    sc = SCENARIOS[name]
    real_target: Target | None = None
    if sc.fake_only is None:
        real_target = request.getfixturevalue("real_target")  # skips with the reason when there is none
    fake_ctx = _run(sc, fake_target)
    fake: FakeKratos = fake_target.server
    violations = fake.take_violations()
    entry = collector.transcripts.setdefault(name, {})
    entry["fake"] = fake_ctx.steps
    if sc.fake_only is not None:
        collector.fake_only[name] = sc.fake_only
    else:
        assert real_target is not None
        real_ctx = _run(sc, real_target)
        entry["real"] = real_ctx.steps
        if real_ctx.spec_problems:
            collector.real_spec_problems[name] = sorted(set(real_ctx.spec_problems))
        classified = collector.classify(compare(name, real_ctx.steps, fake_ctx.steps))
        collector.differences[name] = classified
        collector.compared.add(name)
        unexplained = [str(d) for d, e in classified if e is None]
        entry["differences"] = [
            {"path": d.path, "real": d.real, "fake": d.fake, "intended": e.reason if e else None}
            for d, e in classified
        ]
        assert not unexplained, (
            "unexplained differences (see artifacts/conformance/report.md):\n" + "\n".join(unexplained)
        )
    assert not violations, "the fake broke openapi/kratos-api.json:\n" + "\n".join(map(str, violations))


def test_intended_entries_all_match(request: pytest.FixtureRequest, collector: Collector) -> None:
    """Runs last: every entry of intended.py must have matched a difference of this run."""
    wanted = {n for n, sc in SCENARIOS.items() if sc.fake_only is None}
    if collector.compared != wanted:
        pytest.skip("not every compared scenario ran (deselected, or no real Kratos)")
    stale = collector.stale()
    assert not stale, "intended.py entries that no longer match any difference:\n" + "\n".join(
        f"  {e.scenario} / {e.path}: {e.reason}" for e in stale
    )
