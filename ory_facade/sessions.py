"""The signed-in user's session: ``whoami`` and the user's own session list (frontend API).

Pass either the browser's whole ``Cookie`` header (never pick cookies by name: the session cookie is
``ory_kratos_session`` self-hosted and ``ory_session_<slug>`` on Ory Network) or a native app's session token.

Example (Django)::

    try:
        session = ory.whoami(cookie=request.headers.get("Cookie"))
    except SessionInactiveError:
        return redirect(ory.browser_login_url(return_to=request.build_absolute_uri()))
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ._constants import DEFAULT_PAGE_SIZE
from ._kwargs import opt
from ._listeners import CredentialListeners
from ._transport import Transport, parse
from .errors import AAL2RequiredError, SessionInactiveError, UnauthorizedError
from .pagination import Page, fetch_page, iterate_pages

if TYPE_CHECKING:
    from ory_kratos_api.models.session import Session

    from .types import SessionWithIdentity

__all__ = ["Sessions"]

_AAL_RANK = {"aal0": 0, "aal1": 1, "aal2": 2, "aal3": 3}


def _require_credentials(cookie: str | None, session_token: str | None) -> None:
    if not cookie and not session_token:
        # Anonymous visitors are the common case: answer without a round trip, as Kratos would.
        raise SessionInactiveError(
            reason="No session cookie or session token was given", message="No active session was found"
        )


def _credentials(cookie: str | None, session_token: str | None) -> dict[str, Any]:
    _require_credentials(cookie, session_token)
    return {"cookie": opt(cookie or None), "x_session_token": opt(session_token or None)}


@functools.cache
def _whoami_api() -> tuple[Callable[..., dict[str, Any]], Callable[[Any], SessionWithIdentity], Any]:
    """``to_session._get_kwargs``, ``SessionWithIdentity.from_dict`` and ``UNSET``: imported by the first
    whoami (importing the facade loads no model), then kept; import statements on every call cost 7% of a
    whoami."""
    from ory_kratos_api.api.frontend import to_session
    from ory_kratos_api.types import UNSET

    from .types import SessionWithIdentity

    return to_session._get_kwargs, SessionWithIdentity.from_dict, UNSET


class Sessions:
    """``client.sessions``: the current user's sessions. Also reachable as ``client.whoami(...)``."""

    def __init__(
        self, transport: Transport, browser_url: str, listeners: CredentialListeners | None = None
    ) -> None:
        self._transport = transport
        self._browser_url = browser_url
        self._listeners = listeners if listeners is not None else CredentialListeners()

    def whoami(
        self,
        *,
        cookie: str | None = None,
        session_token: str | None = None,
        aal: str | None = None,
        return_to: str | None = None,
        tokenize_as: str | None = None,
    ) -> SessionWithIdentity:
        """The session for a ``Cookie`` header or a session token, with its identity.

        Raises ``SessionInactiveError`` when there is no valid session (without calling Kratos when neither
        credential is given) and ``AAL2RequiredError`` when Kratos requires a second factor, or when ``aal``
        (e.g. ``"aal2"``) is higher than the session's level; its ``redirect_browser_to`` then points at a
        login flow for that level, returning to ``return_to``. A session without its identity (Kratos always
        sends it here) is an ``OryResponseError``, so ``session.identity`` needs no check.
        """
        _require_credentials(cookie, session_token)
        get_kwargs, from_dict, unset = _whoami_api()
        kwargs = get_kwargs(
            tokenize_as=unset if tokenize_as is None else tokenize_as,
            cookie=cookie or unset,
            x_session_token=session_token or unset,
        )
        try:
            response = self._transport.call(kwargs)
        except UnauthorizedError as exc:
            if type(exc) is not UnauthorizedError:
                raise
            # Kratos' whoami answers "no valid session" with a 401 that carries no error id
            # (session/handler.go writes ErrNoSessionFound); here a bare 401 can mean nothing else.
            raise SessionInactiveError(
                exc.status, None, exc.reason, exc.message, exc.request_id, exc.details, exc.response
            ) from exc
        session = parse(response, from_dict, "a Session with its identity")
        if aal is not None:
            have = str(session.authenticator_assurance_level or "aal0")
            if _AAL_RANK.get(have, 0) < _AAL_RANK.get(aal, 0):
                query = {"aal": aal, **({"return_to": return_to} if return_to else {})}
                redirect = f"{self._browser_url}/self-service/login/browser?{urlencode(query)}"
                raise AAL2RequiredError(
                    reason=f"The session has {have} but {aal} is required",
                    message="An additional authentication factor is required",
                    body={"error": {"id": AAL2RequiredError.error_id}, "redirect_browser_to": redirect},
                )
        return session

    def list_page(
        self,
        *,
        cookie: str | None = None,
        session_token: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> Page[Session]:
        """One page of the user's *other* active sessions (Kratos leaves out the current one)."""
        from ory_kratos_api.api.frontend import list_my_sessions
        from ory_kratos_api.models.session import Session

        kwargs = list_my_sessions._get_kwargs(
            page_size=opt(page_size), page_token=opt(page_token), **_credentials(cookie, session_token)
        )
        return fetch_page(self._transport, kwargs, Session.from_dict, "Session", admin=False)

    def iter_all(
        self,
        *,
        cookie: str | None = None,
        session_token: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[Session]:
        """Every other active session of the user, fetched page by page, each once.

        Kratos pages this list by offset and its second-page token brings the first page again (v1.3.1 and
        v26.2.0 alike: a 0-based page meets 1-based ``Paginate``). Sessions already seen are skipped and a
        page with nothing new ends the walk, so keep ``page_size`` above the sessions a user can have (the
        default, 250) to see them all.
        """
        return iterate_pages(
            lambda token: self.list_page(
                cookie=cookie, session_token=session_token, page_size=page_size, page_token=token
            ),
            key=lambda session: str(session.id),
        )

    def logout(self, session_token: str) -> None:
        """Sign a native session out (revoke its token; browsers: ``ory.browser_logout``). Every
        ``SessionCache`` built on this client forgets the token, whatever Kratos answered."""
        from ory_kratos_api.api.frontend import perform_native_logout as op
        from ory_kratos_api.models.perform_native_logout_body import PerformNativeLogoutBody

        kwargs = op._get_kwargs(body=PerformNativeLogoutBody(session_token=session_token))
        try:
            self._transport.call(kwargs, retry=False, ok=(204,))
        finally:
            self._listeners.changed(session_token=session_token)

    def revoke(self, session_id: str, *, cookie: str | None = None, session_token: str | None = None) -> None:
        """Sign one of the user's other sessions out (not the current one: use :meth:`logout` for that)."""
        from ory_kratos_api.api.frontend import disable_my_session

        kwargs = disable_my_session._get_kwargs(id=str(session_id), **_credentials(cookie, session_token))
        self._transport.call(kwargs, ok=(204,))

    def revoke_others(self, *, cookie: str | None = None, session_token: str | None = None) -> int:
        """Sign out every session of the user except the current one; returns how many were revoked."""
        from ory_kratos_api.api.frontend import disable_my_other_sessions

        kwargs = disable_my_other_sessions._get_kwargs(**_credentials(cookie, session_token))
        response = self._transport.call(kwargs)
        data = parse(response, dict, "an object with a count")
        count = data.get("count", 0)
        return count if isinstance(count, int) else 0
