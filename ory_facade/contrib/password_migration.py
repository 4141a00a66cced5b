"""The app's side of Kratos' password migration web hook, free of any web framework.

Kratos (``selfservice.methods.password.config.migrate_hook``) POSTs ``{"identifier": ..., "password": ...}``
when a user imported with ``use_password_migration_hook: true`` signs in for the first time; a 200 with
``{"status": "password_match"}`` lets the user in (Kratos then stores its own hash and never asks again),
a 403 makes it an invalid-credentials answer. :func:`answer` checks the shared secret Kratos sends in the
:data:`SECRET_HEADER` header (constant-time), reads the body and asks ``check(identifier, password)``.
The Django view (``ory_facade.contrib.django.views.password_migration_hook``) and the Flask one
(``ory_facade.contrib.flask.migration``) are thin wrappers. The password is never logged.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["MAX_BODY", "SECRET_HEADER", "HookAnswer", "answer", "kratos_config"]

log = logging.getLogger("ory_facade.contrib.password_migration")

#: The header carrying the shared secret (Kratos: ``auth: {type: api_key, config: {in: header, name: ...}}``).
SECRET_HEADER = "X-Ory-Migration-Secret"
#: Larger bodies are refused unread (an identifier plus a password are far smaller).
MAX_BODY = 64 * 1024


@dataclass(frozen=True)
class HookAnswer:
    """The HTTP answer: ``status`` and a JSON ``body``."""

    status: int
    body: dict[str, str]

    def json(self) -> bytes:
        return json.dumps(self.body).encode()


def answer(
    secret_sent: str | None,
    body: bytes,
    *,
    secret: str | None,
    check: Callable[[str, str], bool],
) -> HookAnswer:
    """Decide the hook's answer. Without a configured ``secret`` the hook is off (404)."""
    if not secret:
        return HookAnswer(404, {"error": "the password migration hook is not configured"})
    if secret_sent is None or not hmac.compare_digest(secret_sent.encode(), secret.encode()):
        log.warning("password migration hook: request without the shared secret refused")
        return HookAnswer(401, {"error": "unauthorized"})
    if len(body) > MAX_BODY:
        return HookAnswer(413, {"error": "body too large"})
    try:
        payload = json.loads(body)
    except ValueError:
        return HookAnswer(400, {"error": "the body is not JSON"})
    identifier = payload.get("identifier") if isinstance(payload, dict) else None
    password = payload.get("password") if isinstance(payload, dict) else None
    if not isinstance(identifier, str) or not isinstance(password, str) or not identifier:
        return HookAnswer(400, {"error": "identifier and password are required"})
    try:
        matched = bool(check(identifier, password))
    except Exception as exc:  # never let the traceback (and its frames) carry the password into a log
        log.error("password migration hook: the password check raised %s", type(exc).__name__)
        return HookAnswer(500, {"error": "the password check failed"})
    if matched:
        return HookAnswer(200, {"status": "password_match"})
    return HookAnswer(403, {"status": "password_mismatch"})


def kratos_config(url: str, secret: str) -> dict[str, object]:
    """The ``migrate_hook.config`` pointing Kratos at the hook (see the README for the YAML)."""
    return {
        "url": url,
        "method": "POST",
        "auth": {"type": "api_key", "config": {"name": SECRET_HEADER, "value": secret, "in": "header"}},
    }
