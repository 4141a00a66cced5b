"""Who to tell when a credential's session changed through this client (settings saved, signed out).

A :class:`~ory_facade.session_cache.SessionCache` subscribes, so its entry for that cookie or token goes at
once instead of showing the old traits, or a session that is gone, until its TTL. Subscribers are held
weakly: a cache nobody uses any more is garbage-collected, not kept alive by the client.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

__all__ = ["CredentialListeners"]

Listener = Callable[..., Any]  # called as listener(cookie=..., session_token=...)


class CredentialListeners:
    """The subscribers of one client and of its ``with_options`` copies (they share it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._refs: list[weakref.WeakMethod[Listener]] = []

    def subscribe(self, method: Listener) -> None:
        """Call ``method`` (a bound method, held weakly) after each change."""
        with self._lock:
            self._refs = [ref for ref in self._refs if ref() is not None]
            self._refs.append(weakref.WeakMethod(method))

    def __len__(self) -> int:
        with self._lock:
            return sum(1 for ref in self._refs if ref() is not None)

    def changed(self, *, cookie: str | None = None, session_token: str | None = None) -> None:
        """The session behind ``cookie`` / ``session_token`` changed or ended: tell every subscriber."""
        if not cookie and not session_token:
            return
        with self._lock:
            live = [method for method in (ref() for ref in self._refs) if method is not None]
        for method in live:
            method(cookie=cookie, session_token=session_token)
