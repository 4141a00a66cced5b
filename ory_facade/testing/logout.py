"""Logout: browser logout URL + token, following the URL, and native token revocation."""

from __future__ import annotations

import hmac
from urllib.parse import urlencode

from ory_facade.testing.app import Headers, KratosApp
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import Request, Response

__all__ = ["create_browser", "perform_native", "update"]

_TOKEN_MISMATCH = (
    "Unable to log out because the logout token in the URL query does not match the session cookie."
)
_UNKNOWN_TOKEN = "The provided Ory Session Token could not be found, is invalid, or otherwise malformed."


def create_browser(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    # No session goes through the error manager (selfservice/flow/logout/handler.go): a 401 for AJAX
    # callers, a redirect to the error UI for browsers.
    session = app.session_from(req)
    if session is None:
        return app.forward(req, KratosError.session_inactive())
    query = {"token": session.logout_token}
    try:
        return_to = app.checked_return_to(req.arg("return_to"))
    except KratosError as err:
        return app.forward(req, err)
    if return_to:
        query["return_to"] = return_to  # URL.String(), not the value as sent
    url = app.public("/self-service/logout") + "?" + urlencode(sorted(query.items()))  # url.Values.Encode
    return Response.json(200, {"logout_url": url, "logout_token": session.logout_token})


def update(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    token = req.arg("token")
    if not token:
        return app.forward(req, KratosError.bad_request("Please include a token in the URL query."))
    # Kratos does not treat "no session" as logged out: it forwards the 401 (logout/handler.go).
    session = app.session_from(req)
    if session is None:
        return app.forward(req, KratosError.session_inactive())
    if not hmac.compare_digest(session.logout_token, token):
        return app.forward(req, KratosError(403, reason=_TOKEN_MISMATCH))
    session.active = False
    headers.append(app.clear_session_cookie())
    # completeLogout: the CSRF token is regenerated before return_to is checked.
    app.rotate_csrf(headers)
    try:
        return_to = app.checked_return_to(req.arg("return_to")) or app.config.default_return_url
    except KratosError as err:
        return app.forward(req, err, headers)
    if req.is_json():
        return Response.empty(204, headers)
    return Response.redirect(return_to, headers)


def perform_native(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    body = req.form()
    token = body.get("session_token")
    # GetSessionByToken finds revoked and expired sessions too, so revoking twice is a 204; only an
    # unknown (or missing) token is a 403 (selfservice/flow/logout/handler.go performNativeLogout).
    session = app.state.session_by_token(token) if isinstance(token, str) and token else None
    if session is None:
        raise KratosError(403, reason=_UNKNOWN_TOKEN)
    session.active = False
    return Response.empty(204)
