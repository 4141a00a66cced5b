"""System checks ``ory_facade.E001``… for the ``ORY`` setting (run by ``manage.py check`` and runserver)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning

from .conf import problems

__all__ = ["check_middleware", "check_settings"]

_MIDDLEWARE = "ory_facade.contrib.django.middleware.OrySessionMiddleware"


def check_settings(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    messages: list[CheckMessage] = []
    for problem in problems():
        kind = Error if problem.is_error else Warning
        messages.append(kind(problem.message, hint=problem.hint, id=problem.id))
    return messages


def check_middleware(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    middleware = list(getattr(settings, "MIDDLEWARE", None) or [])
    if _MIDDLEWARE not in middleware:
        return [
            Warning(
                "OrySessionMiddleware is not in MIDDLEWARE: request.ory_session will not be set.",
                hint=f'Add "{_MIDDLEWARE}" after AuthenticationMiddleware, or use get_ory_session(request).',
                id="ory_facade.W002",
            )
        ]
    auth = "django.contrib.auth.middleware.AuthenticationMiddleware"
    if auth in middleware and middleware.index(auth) > middleware.index(_MIDDLEWARE):
        return [
            Error(
                "OrySessionMiddleware must come after AuthenticationMiddleware (it may set request.user).",
                id="ory_facade.E009",
            )
        ]
    return []
