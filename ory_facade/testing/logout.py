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


def create_browser(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    session = app.session_from(req)
    if session is None:
        raise KratosError.session_inactive()
    query = {"token": session.logout_token}
    return_to = req.arg("return_to")
    if return_to:
        app.checked_return_to(return_to)
        query["return_to"] = return_to
    url = app.public("/self-service/logout") + "?" + urlencode(query)
    return Response.json(200, {"logout_url": url, "logout_token": session.logout_token})


def update(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    headers: Headers = []
    token = req.arg("token")
    if not token:
        return app.forward(req, KratosError.bad_request("Please include a token in the URL query."))
    try:
        return_to = app.checked_return_to(req.arg("return_to")) or app.config.default_return_url
    except KratosError as err:
        return app.forward(req, err)
    session = app.session_from(req)
    if session is not None:
        if not hmac.compare_digest(session.logout_token, token):
            mismatch = KratosError(403, reason=_TOKEN_MISMATCH)
            return app.forward(req, mismatch)
        session.active = False
        headers.append(app.clear_session_cookie())
    app.rotate_csrf(headers)
    if req.is_json():
        return Response.empty(204, headers)
    return Response.redirect(return_to, headers)


def perform_native(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    body = req.form()
    token = body.get("session_token")
    if not isinstance(token, str) or not token:
        raise KratosError.bad_request("Property session_token is missing.")
    session = app.state.session_by_token(token)
    if session is None or not session.active:
        raise KratosError(
            403,
            reason="The provided Ory Session Token could not be found, is invalid, or otherwise malformed.",
        )
    session.active = False
    return Response.empty(204)
