"""``ory_facade.contrib.django.context_processors.ory``: ``ory_urls`` and ``ory_session`` in templates.

::

    <a href="{{ ory_urls.login }}">Sign in</a> · <a href="{{ ory_urls.logout }}">Sign out</a>
    {% if ory_session %}Hello {{ ory_session.identity.traits.email }}{% endif %}
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from ..selfservice import KINDS
from .runtime import get_ory_session, page_url

__all__ = ["ory"]


def ory(request: HttpRequest) -> dict[str, Any]:
    session = getattr(request, "ory_session", None)
    if session is None:
        session = SimpleLazyObject(lambda: get_ory_session(request))
    return {
        "ory_urls": {page: page_url(page, {}) for page in (*KINDS, "logout")},
        "ory_session": session,
    }
