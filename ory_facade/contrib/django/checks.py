"""System checks ``ory_facade.E001``… for the ``ORY`` setting (run by ``manage.py check`` and runserver)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning

from .conf import problems

__all__ = ["check_middleware", "check_settings", "check_templates"]

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


_CONTEXT_PROCESSOR = "ory_facade.contrib.django.context_processors.ory"


def check_templates(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """The context processor your own templates need for ``ory_urls`` / ``ory_session`` (the self-service
    pages work without it)."""
    messages: list[CheckMessage] = []
    processors = [
        name
        for engine in getattr(settings, "TEMPLATES", None) or []
        if engine.get("BACKEND") == "django.template.backends.django.DjangoTemplates"
        for name in (engine.get("OPTIONS") or {}).get("context_processors", [])
    ]
    if _CONTEXT_PROCESSOR not in processors:
        messages.append(
            Warning(
                "The ory context processor is not installed: your own templates get no ory_urls or "
                "ory_session (links such as {{ ory_urls.login }} render empty). The self-service pages "
                "work without it.",
                hint=f'Add "{_CONTEXT_PROCESSOR}" to TEMPLATES[...]["OPTIONS"]["context_processors"].',
                id="ory_facade.W003",
            )
        )
    return messages
