"""``login_required``, ``aal2_required`` and ``guest_only``: decorators that also work as context managers.

::

    @app.get("/dashboard")
    @login_required
    def dashboard(): ...

    @app.get("/report")
    def report():
        with aal2_required as session:        # aborts with the redirect when not satisfied
            ...

Browsers are redirected to the login page with ``return_to`` set to the current URL (``aal=aal2`` for a
step-up); API clients (``Accept: application/json`` or a JSON body) get a JSON 401/403 instead.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from flask import abort, request

from ..selfservice import wants_json
from .extension import incoming, ory_state, session_lookup
from .responses import to_response

if TYPE_CHECKING:
    from ...types import SessionWithIdentity

__all__ = ["aal2_required", "guest_only", "login_required"]

F = TypeVar("F", bound=Callable[..., Any])


def _json_request() -> bool:
    environ = request.environ
    return wants_json(environ.get("HTTP_ACCEPT"), environ.get("CONTENT_TYPE"))


class _Guard:
    def _check(self) -> None:
        raise NotImplementedError

    def __call__(self, view: F) -> F:
        if inspect.iscoroutinefunction(view):

            @functools.wraps(view)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                self._check()
                return await view(*args, **kwargs)

            return cast(F, async_wrapper)

        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self._check()
            return view(*args, **kwargs)

        return cast(F, wrapper)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


class SessionRequired(_Guard):
    """Require a session (of at least ``aal`` when given)."""

    def __init__(self, aal: str | None = None) -> None:
        self.aal = aal

    def _check(self) -> None:
        lookup = session_lookup()
        if lookup.satisfies(self.aal):  # the common case: no URL to build, no Accept header to parse
            return
        outcome = ory_state().selfservice.guard(lookup, url=request.url, aal=self.aal, json=_json_request())
        if outcome is not None:
            abort(to_response(outcome))

    def __enter__(self) -> SessionWithIdentity:
        self._check()
        session = session_lookup().session
        assert session is not None  # _check aborted otherwise
        return session

    def __repr__(self) -> str:
        return f"SessionRequired(aal={self.aal!r})"


class GuestOnly(_Guard):
    """Only for visitors without a session (login/sign-up landing pages); others go to ``return_to``."""

    def _check(self) -> None:
        state = ory_state()
        outcome = state.selfservice.guest_guard(session_lookup(), incoming(), json=_json_request())
        if outcome is not None:
            abort(to_response(outcome))

    def __enter__(self) -> None:
        self._check()


#: Require a session; redirect to the login page (JSON 401 for API clients) otherwise.
login_required = SessionRequired()
#: Require a second factor (``aal2``): a step-up login when the session has only ``aal1``.
aal2_required = SessionRequired(aal="aal2")
#: Only for signed-out visitors.
guest_only = GuestOnly()
