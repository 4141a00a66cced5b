"""Injected failures: the next request(s) get an error status, an HTML 502, a hang or a dropped connection."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal

__all__ = ["Fault", "FaultKind", "FaultQueue"]

FaultKind = Literal["status", "html502", "timeout", "disconnect"]


@dataclass
class Fault:
    kind: FaultKind
    status: int
    remaining: int
    delay: float
    path: str | None
    retry_after: int | None

    def matches(self, path: str) -> bool:
        return self.path is None or path == self.path or path.startswith(self.path.rstrip("/") + "/")


class FaultQueue:
    """Thread-safe FIFO of pending faults; each request consumes at most one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def __len__(self) -> int:
        with self._lock:
            return sum(f.remaining for f in self._faults)
