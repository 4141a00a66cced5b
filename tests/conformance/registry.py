"""The scenario registry: ``@scenario("login.native.password.ok")`` adds a function ``(ctx) -> None``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .harness import Ctx

__all__ = ["SCENARIOS", "Scenario", "scenario"]


@dataclass(frozen=True)
class Scenario:
    """One scenario; ``fake_only`` says why it can not run on real Kratos (then nothing is compared)."""

    name: str
    run: Callable[[Ctx], None]
    fake_only: str | None = None


SCENARIOS: dict[str, Scenario] = {}


def scenario(
    name: str, *, fake_only: str | None = None
) -> Callable[[Callable[[Ctx], None]], Callable[[Ctx], None]]:
    def add(fn: Callable[[Ctx], None]) -> Callable[[Ctx], None]:
        if name in SCENARIOS:
            raise ValueError(f"duplicate scenario {name}")
        SCENARIOS[name] = Scenario(name, fn, fake_only)
        return fn

    return add
