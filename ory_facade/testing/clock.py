"""A controllable clock, so tests can expire flows and sessions without sleeping."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

__all__ = ["Clock", "format_time"]


class Clock:
    """Wall-clock time plus a manual offset (or a frozen instant).

    Every time the fake Kratos reads goes through one instance, so ``advance(3601)`` makes an
    hour-long flow expire on the next request.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset = timedelta(0)
        self._frozen: datetime | None = None

    def now(self) -> datetime:
        """The current fake time, timezone-aware UTC."""
        with self._lock:
            base = self._frozen if self._frozen is not None else datetime.now(UTC)
            return base + self._offset

    def advance(self, seconds: float) -> None:
        """Move the clock forward (negative values move it back)."""
        with self._lock:
            self._offset += timedelta(seconds=seconds)

    def freeze(self, at: datetime | None = None) -> None:
        """Stop the clock at ``at`` (default: now) until :meth:`unfreeze`."""
        instant = at if at is not None else self.now()
        with self._lock:
            self._frozen = instant.astimezone(UTC)
            self._offset = timedelta(0)

    def unfreeze(self) -> None:
        with self._lock:
            if self._frozen is not None:
                self._offset = self._frozen - datetime.now(UTC) + self._offset
            self._frozen = None

    def reset(self) -> None:
        """Back to real time."""
        with self._lock:
            self._offset = timedelta(0)
            self._frozen = None


def format_time(value: datetime) -> str:
    """RFC 3339 with microseconds and ``Z``, the shape Kratos (Go) serialises timestamps in."""
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
