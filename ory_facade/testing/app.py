"""The fake Kratos' core: state, time, URLs, sessions, CSRF, the courier and response helpers.

Handlers (``login.py``, ``admin.py``...) are plain functions ``(app, request, path_params) -> Response``;
:meth:`KratosApp.handle` matches the route, checks the admin API key and runs the handler under the
single state lock.
"""

from __future__ import annotations

import hmac
import re
import secrets
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode, urlsplit

from ory_facade.testing import csrf, gourl, texts
from ory_facade.testing.clock import Clock, format_time
from ory_facade.testing.config import FakeKratosConfig
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import BodyError, Request, Response, set_cookie_header
from ory_facade.testing.identity_schema import IdentitySchema
from ory_facade.testing.models import AuthMethod, CourierMessage, Device, Flow, Identity, Session, StoredError
from ory_facade.testing.state import State
from ory_facade.testing.ui import add_message, container, input_node

__all__ = ["Handler", "KratosApp", "Route"]

Handler = Callable[["KratosApp", Request, dict[str, str]], Response]
JSON = dict[str, Any]
Headers = list[tuple[str, str]]

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _go_redirect_body(location: str, status: int) -> bytes:
    """The small HTML page Go's http.Redirect writes for a GET."""
    escaped = (
        location.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )
    return f'<a href="{escaped}">{HTTPStatus(status).phrase}</a>.\n\n'.encode()


def _host_allowed(host: str, allowed: str) -> bool:
    """SecureRedirectToIsAllowedHost: ``*.example.org`` matches by suffix, other hosts exactly."""
    if allowed.startswith("*"):
        return host.lower().endswith(allowed.lower()[1:])
    return host.lower() == allowed.lower()


def new_id() -> str:
    return str(uuid.uuid4())


def is_uuid(value: str) -> bool:
    return bool(_UUID.match(value))


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    operation_id: str | None
    handler: Handler
    admin_port: bool
    public_port: bool


class KratosApp:
    """All behaviour of the fake; one instance per :class:`~ory_facade.testing.FakeKratos`."""

    def __init__(self, config: FakeKratosConfig, clock: Clock) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.config = config
        self.schema = IdentitySchema(config.identity_schema_id, config.identity_schema)
        self.state = State()
        self.ready = True
        self.public_url = "http://127.0.0.1"
        self.admin_url = "http://127.0.0.1"
        self.routes: list[Route] = []

    # --- lifecycle ----------------------------------------------------------------------------------

    def configure(self, config: FakeKratosConfig) -> None:
        with self.lock:
            self.config = config
            self.schema = IdentitySchema(config.identity_schema_id, config.identity_schema)

    def reset(self) -> None:
        with self.lock:
            self.state = State()
            self.ready = True

    def add_route(
        self,
        method: str,
        path: str,
        handler: Handler,
        operation_id: str | None,
        *,
        admin: bool = False,
        both: bool = False,
    ) -> None:
        regex = "^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$"
        self.routes.append(
            Route(method, re.compile(regex), operation_id, handler, admin or both, not admin or both)
        )

    def match(self, admin_port: bool, req: Request) -> tuple[Route | None, dict[str, str], bool]:
        """(route, path params, path exists with another method)."""
        path_known = False
        for route in self.routes:
            if (admin_port and not route.admin_port) or (not admin_port and not route.public_port):
                continue
            m = route.pattern.match(req.path)
            if m is None:
                continue
            path_known = True
            if route.method == req.method:
                return route, m.groupdict(), True
        return None, {}, path_known

    def handle(self, admin_port: bool, req: Request) -> tuple[Response, str | None]:
        if admin_port and not req.path.startswith("/admin"):
            # v26.2.0's admin port serves every path under /admin: a bare /identities, /health/alive...
            # is rewritten, not redirected (oryx/httprouterx AddAdminPrefixIfNotPresentNegroni).
            req.path = "/admin" + req.path
        response, operation_id = self._dispatch(admin_port, req)
        return self._finish(admin_port, req, response), operation_id

    def _finish(self, admin_port: bool, req: Request, response: Response) -> Response:
        """What wraps every handler in Kratos: nosurf's cookie and Go's http.Redirect body."""
        if (
            not admin_port
            and req.method in ("GET", "HEAD", "OPTIONS")
            and csrf.nosurf_applies(req.path)
            and self.csrf_secret(req) is None
        ):
            name = self.csrf_cookie_name + "="
            if not any(k.lower() == "set-cookie" and v.startswith(name) for k, v in response.headers):
                with self.lock:
                    self.rotate_csrf(response.headers)
        location = response.header("Location")
        if 300 <= response.status < 400 and location is not None:
            if response.header("Content-Type") is None and req.method in ("GET", "HEAD"):
                response.headers.append(("Content-Type", "text/html; charset=utf-8"))
                if req.method == "GET":
                    response.body = _go_redirect_body(location, response.status)
            # http.Redirect sets hexEscapeNonASCII(url) as the Location; the body shows url itself.
            response.headers = [
                (k, gourl.hex_escape_non_ascii(v) if k.lower() == "location" else v)
                for k, v in response.headers
            ]
        return response

    def _dispatch(self, admin_port: bool, req: Request) -> tuple[Response, str | None]:
        route, params, path_known = self.match(admin_port, req)
        if route is None:
            # Go's http.ServeMux answers unknown paths and methods itself, in plain text.
            text = b"Method Not Allowed\n" if path_known else b"404 page not found\n"
            plain = [("Content-Type", "text/plain; charset=utf-8"), ("X-Content-Type-Options", "nosniff")]
            return Response(405 if path_known else 404, plain, text), None
        probe = req.path.startswith("/admin/health/") or req.path == "/admin/version"  # probes carry no key
        if route.admin_port and not probe and req.path.startswith("/admin/") and not self._authorised(req):
            err = KratosError(401, reason="The request could not be authorized: missing or invalid API key.")
            return Response.error(401, err.body()), route.operation_id
        with self.lock:
            try:
                return route.handler(self, req, params), route.operation_id
            except KratosError as err:
                return self.error_json(err), route.operation_id
            except BodyError:
                bad_body = KratosError.bad_request("Unable to decode the request body.")
                return self.error_json(bad_body), route.operation_id

    def _authorised(self, req: Request) -> bool:
        key = self.config.api_key
        if key is None:
            return True
        scheme, _, value = req.headers.get("Authorization").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), key.encode())

    # --- time and URLs ------------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock.now()

    def public(self, path: str, query: Mapping[str, str] | None = None) -> str:
        url = self.public_url + path
        if query:
            url += "?" + urlencode(dict(query))
        return url

    def ui_with_flow(self, kind: str, flow_id: str) -> str:
        return self.config.ui(kind) + "?" + urlencode({"flow": flow_id})

    def request_url(self, req: Request) -> str:
        return self.public_url + req.path + ("?" + req.raw_query if req.raw_query else "")

    def _return_to_allowlist(self) -> list[gourl.GoURL]:
        """selfservice.allowed_return_urls (the UI origin always), and the public URL.

        Kratos allows only ``<public>/self-service`` (SecureRedirectAllowSelfServiceURLs); the fake still
        allows every path of its public URL because tests/reliability/scenario.py logs in with
        ``return_to=<public>/after``. Narrow it to ``/self-service`` once that test uses the UI URL.
        """
        ui = urlsplit(self.config.ui_url)
        allowed = [f"{ui.scheme}://{ui.netloc}/", *self.config.allowed_return_urls, self.public_url + "/"]
        out = []
        for raw in allowed:
            try:
                out.append(gourl.parse(raw))
            except gourl.URLParseError:
                continue
        return out

    def checked_return_to(self, value: str, default: str | None = None) -> str:
        """Kratos' SecureRedirectTo: ``""`` for no value, else ``URL.String()`` of the allowed return_to.

        url.Parse refuses the value (400), a relative one takes the scheme and host of ``default`` (the
        default return URL), and scheme, host and path prefix must match an allowed URL
        (x/redir/secure_redirect.go).
        """
        if not value:
            return ""
        try:
            url = gourl.parse(value)
        except gourl.URLParseError as exc:
            raise KratosError.bad_request(
                f"Unable to parse the return_to query parameter as an URL: {exc}"
            ) from None
        fallback = gourl.parse(default or self.config.default_return_url)
        url.host = url.host or fallback.host
        url.scheme = url.scheme or fallback.scheme
        for allowed in self._return_to_allowlist():
            if (
                allowed.scheme.lower() == url.scheme.lower()
                and _host_allowed(url.host, allowed.host)
                and (url.path or "/").startswith(allowed.path or "/")
            ):
                return url.string()
        raise KratosError.return_to_forbidden(url.string())

    def requested_return_to(self, req: Request) -> str:
        """A new flow's return_to: the request's ``?return_to=`` as sent, once SecureRedirectTo allows it."""
        value = req.arg("return_to")
        self.checked_return_to(value)
        return value

    # --- sessions -----------------------------------------------------------------------------------

    def session_from(self, req: Request) -> Session | None:
        """Kratos' FetchFromRequest: session token header, ``Authorization: Bearer``, then the cookie."""
        now = self.now()
        token = req.headers.get("X-Session-Token")
        if not token:
            scheme, _, value = req.headers.get("Authorization").partition(" ")
            if scheme.lower() == "bearer":
                token = value.strip()
        session: Session | None = None
        if token:
            session = self.state.session_by_token(token)
        else:
            cookie = req.cookies.get(self.config.session_cookie_name)
            if cookie:
                session = self.state.session_by_cookie(cookie)
        if session is None or not session.is_usable(now):
            return None
        identity = self.state.identities.get(session.identity_id)
        if identity is None or identity.state != "active":
            return None
        return session

    def identity(self, identity_id: str) -> Identity:
        identity = self.state.identities.get(identity_id)
        if identity is None:
            raise KratosError.not_found()
        return identity

    def new_session(self, identity: Identity, method: str, aal: str, req: Request) -> Session:
        now = self.now()
        session = Session(
            id=new_id(),
            identity_id=identity.id,
            token="ory_st_" + secrets.token_urlsafe(24),
            cookie_value=secrets.token_urlsafe(48),
            logout_token="ory_lo_" + secrets.token_urlsafe(24),
            active=True,
            issued_at=now,
            authenticated_at=now,
            expires_at=now + timedelta(seconds=self.config.session_lifespan),
            aal=aal,
            methods=[AuthMethod(method, aal, now)],
            devices=[Device(new_id(), req.client_ip, req.headers.get("User-Agent"))],
        )
        self.state.sessions[session.id] = session
        return session

    def session_cookie(self, session: Session) -> tuple[str, str]:
        max_age = max(0, int((session.expires_at - self.now()).total_seconds()))
        return set_cookie_header(
            self.config.session_cookie_name, session.cookie_value, max_age=max_age, expires=session.expires_at
        )

    def clear_session_cookie(self) -> tuple[str, str]:
        # PurgeFromRequest saves the cookie with MaxAge -1 (session/manager_http.go); the gorilla store
        # still encodes its values, so the expiring cookie carries an opaque, non-empty value.
        return set_cookie_header(
            self.config.session_cookie_name,
            secrets.token_urlsafe(48),
            max_age=0,
            expires=datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC),
        )

    def session_json(self, session: Session, *, admin: bool = False, with_identity: bool = True) -> JSON:
        identity = self.state.identities.get(session.identity_id)
        rendered = identity.to_json(self.public_url, admin=admin) if (identity and with_identity) else None
        return session.to_json(rendered, now=self.now())

    def aal_satisfied(self, session: Session, requirement: str) -> bool:
        if requirement != "highest_available":
            return True
        identity = self.state.identities.get(session.identity_id)
        return identity is None or identity.available_aal != "aal2" or session.aal == "aal2"

    def aal2_login_url(self, return_to: str = "") -> str:
        query = {"aal": "aal2"}
        if return_to:
            query["return_to"] = return_to
        return self.public("/self-service/login/browser", query)

    # --- anti-CSRF ----------------------------------------------------------------------------------

    @property
    def csrf_cookie_name(self) -> str:
        return csrf.cookie_name(self.public_url + "/")

    def csrf_secret(self, req: Request) -> str | None:
        value = req.cookies.get(self.csrf_cookie_name)
        return value if value and csrf.is_valid_secret(value) else None

    def ensure_csrf(self, req: Request, headers: Headers) -> str:
        """The request's anti-CSRF secret, or a new one announced via ``Set-Cookie`` (nosurf)."""
        secret = self.csrf_secret(req)
        if secret is None:
            secret = self.rotate_csrf(headers)
        return secret

    def rotate_csrf(self, headers: Headers) -> str:
        secret = csrf.new_secret()
        headers.append(set_cookie_header(self.csrf_cookie_name, secret, max_age=csrf.COOKIE_MAX_AGE))
        return secret

    def csrf_failure(self, req: Request, sent: str | None) -> KratosError:
        """Kratos' CSRFErrorReason (v26.2.0): which part is missing, never what the values were.

        AJAX is told apart by ``Sec-Fetch-Mode``; "token not sent" is only detected for non-JSON bodies.
        """
        ajax = req.headers.get("Sec-Fetch-Mode") in ("cors", "same-origin")
        hint = (
            "We detected an AJAX call, please ensure that CORS is enabled and configured correctly, and that "
            "your AJAX code sends cookies and has credentials enabled. For further debugging, check your "
            "Browser's Network Tab to see what cookies are included or excluded."
            if ajax
            else "We detected a regular browser or server-side call. To debug browser calls check your "
            "Browser's Network Tab to see what cookies are included or excluded. If you are calling from a "
            "server ensure that the appropriate cookies are being forwarded and that the SDK method is "
            "called correctly."
        )
        if not req.headers.get("Cookie"):
            return KratosError.csrf(hint, "The HTTP Cookie Header is empty or not set.")
        if self.csrf_cookie_name not in req.cookies:
            return KratosError.csrf(
                hint, "The HTTP Cookie Header was set but did not include the anti-CSRF cookie."
            )
        if not req.content_type.startswith("application/json") and not sent:
            return KratosError.csrf(
                "The anti-CSRF cookie was found but the CSRF token was not included in the HTTP request body "
                "(csrf_token) nor in the HTTP Header (X-CSRF-Token).",
                None,
            )
        return KratosError.csrf(
            hint,
            "The HTTP Cookie Header was set and a CSRF token was sent but they do not match. We recommend "
            "deleting all cookies for this domain and retrying the flow.",
        )

    def check_submit_csrf(self, req: Request, flow: Flow, body: Mapping[str, Any]) -> None:
        """Kratos' flow.EnsureCSRF for a submission."""
        if flow.type == "api":
            if req.headers.get("Origin"):
                raise KratosError.api_flow_with_origin()
            if req.has_cookies:
                raise KratosError.api_flow_with_cookie()
            return
        sent = str(body.get("csrf_token") or req.headers.get("X-CSRF-Token") or "")
        if not csrf.verify(self.csrf_secret(req), sent):
            raise self.csrf_failure(req, sent)

    def check_fetch_csrf(self, req: Request, flow: Flow) -> None:
        """GET of a browser flow: the request's anti-CSRF cookie must be the one the flow was made for."""
        if flow.type != "browser":
            return
        secret = self.csrf_secret(req)
        if secret is None or not hmac.compare_digest(secret, flow.csrf_secret):
            raise self.csrf_failure(req, "flow")

    # --- errors -------------------------------------------------------------------------------------

    def error_json(self, err: KratosError, headers: Iterable[tuple[str, str]] = ()) -> Response:
        return Response.error(err.code, err.body(), headers)

    def store_error(self, err: KratosError) -> str:
        stored = StoredError(new_id(), err.inner(), self.now())
        self.state.errors[stored.id] = stored
        return stored.id

    def forward(self, req: Request, err: KratosError, headers: Iterable[tuple[str, str]] = ()) -> Response:
        """Kratos' error manager: JSON for API/AJAX callers, else a redirect to the error UI."""
        if req.is_json():
            return self.error_json(err, headers)
        error_id = self.store_error(err)
        return Response.redirect(self.config.ui("error") + "?" + urlencode({"id": error_id}), headers)

    def flow_error(
        self, req: Request, flow: Flow | None, err: KratosError, headers: Iterable[tuple[str, str]] = ()
    ) -> Response:
        if flow is not None and flow.type == "api":
            return self.error_json(err, headers)
        return self.forward(req, err, headers)

    # --- flows --------------------------------------------------------------------------------------

    def new_flow(
        self,
        kind: str,
        flow_type: str,
        req: Request,
        headers: Headers,
        *,
        return_to: str = "",
        request_url: str | None = None,
        state: str = "choose_method",
        csrf_secret: str | None = None,
    ) -> Flow:
        now = self.now()
        flow_id = new_id()
        secret = ""
        if flow_type == "browser":
            secret = csrf_secret or self.ensure_csrf(req, headers)
        # Strategies call SetCSRF for every flow; nosurf ignores API routes, so API flows get "".
        nodes = [self.csrf_node(secret) if flow_type == "browser" else self.empty_csrf_node()]
        flow = Flow(
            kind=kind,
            id=flow_id,
            type=flow_type,
            issued_at=now,
            expires_at=now + timedelta(seconds=self.config.flow_lifespan),
            request_url=request_url or self.request_url(req),
            return_to=return_to,
            csrf_secret=secret,
            state=state,
            ui=container(self.public(f"/self-service/{kind}", {"flow": flow_id}), nodes),
            updated_at=now,
        )
        self.state.flows[flow_id] = flow
        return flow

    def csrf_node(self, secret: str) -> JSON:
        return input_node("csrf_token", kind="hidden", value=csrf.mask(secret), required=True)

    def empty_csrf_node(self) -> JSON:
        return input_node("csrf_token", kind="hidden", value="", required=True)

    def refresh_csrf_node(self, flow: Flow, req: Request, headers: Headers) -> None:
        """Re-bind a browser flow to the request's anti-CSRF cookie (after a cookie rotation)."""
        if flow.type != "browser":
            return
        flow.csrf_secret = self.ensure_csrf(req, headers)
        for node in flow.ui.get("nodes") or []:
            if node["attributes"].get("name") == "csrf_token":
                node["attributes"]["value"] = csrf.mask(flow.csrf_secret)

    def load_flow(self, kind: str, flow_id: str) -> Flow | None:
        flow = self.state.flows.get(flow_id)
        return flow if flow is not None and flow.kind == kind else None

    def flow_json(self, flow: Flow) -> JSON:
        identity_json = None
        if flow.kind == "settings" and flow.identity_id:
            identity = self.state.identities.get(flow.identity_id)
            if identity is not None:
                identity_json = identity.to_json(self.public_url, admin=False)
        return flow.to_json(identity_json)

    def reply_flow(
        self,
        req: Request,
        flow: Flow,
        status: int,
        headers: Iterable[tuple[str, str]] = (),
        *,
        transient_payload: bool = False,
    ) -> Response:
        """A flow answer: JSON for API flows and AJAX, a redirect to the flow's UI for browsers.

        ``transient_payload``: the answer is the flow a strategy decoded the body into, whose
        ``transient_payload`` decoderx filled with ``{}`` (the field is ``db:"-"``, so a flow read back from
        the store has none and ``omitempty`` drops it).
        """
        flow.updated_at = self.now()
        if flow.type == "browser" and not req.is_json():
            return Response.redirect(self.ui_with_flow(flow.kind, flow.id), headers)
        body = self.flow_json(flow)
        if transient_payload:
            body["transient_payload"] = {}
        return Response.json(status, body, headers)

    def expired_reply(
        self, req: Request, old: Flow, replacement: Flow, headers: Iterable[tuple[str, str]] = ()
    ) -> Response:
        """410 ``self_service_flow_expired`` pointing at ``replacement`` (or a redirect for browsers)."""
        ago = self.now() - old.expires_at
        minutes = ago.total_seconds() / 60
        add_message(replacement.ui, texts.error_flow_expired(old.kind, minutes, format_time(old.expires_at)))
        if old.type == "api" or req.is_json():
            err = KratosError(
                410,
                error_id="self_service_flow_expired",
                reason=f"The self-service flow expired {minutes:.2f} minutes ago, initialize a new one.",
                message="self-service flow expired",
                extra={
                    "expired_at": format_time(old.expires_at),
                    "since": int(ago.total_seconds() * 1e9),
                    "use_flow_id": replacement.id,
                },
            )
            return self.error_json(err, headers)
        return Response.redirect(self.ui_with_flow(old.kind, replacement.id), headers)

    def fetch_flow(self, req: Request, kind: str, *, check_csrf: bool, check_expiry: bool) -> Flow:
        """Shared part of ``GET /self-service/<kind>/flows?id=``."""
        flow = self.load_flow(kind, req.arg("id"))
        if flow is None:
            raise KratosError.not_found()
        if check_csrf:
            self.check_fetch_csrf(req, flow)
        if check_expiry and flow.is_expired(self.now()):
            if flow.type == "browser":
                init = self.public(f"/self-service/{kind}/browser")
                if flow.return_to:
                    init += "?" + urlencode({"return_to": flow.return_to})
                details: JSON = {"redirect_to": init, "return_to": flow.return_to}
                reason = (
                    f"The {kind} flow has expired. Redirect the user to the {kind} flow init endpoint to "
                    f"initialize a new {kind} flow."
                )
            else:
                details = {"api": self.public(f"/self-service/{kind}/api")}
                reason = (
                    f"The {kind} flow has expired. Call the {kind} flow init API endpoint to initialize a "
                    f"new {kind} flow."
                )
            raise KratosError(410, error_id="self_service_flow_expired", reason=reason, details=details)
        return flow

    # --- courier ------------------------------------------------------------------------------------

    def new_code(self) -> str:
        return f"{secrets.randbelow(10**6):06d}"

    def send_mail(
        self, recipient: str, template_type: str, subject: str, body: str, code: str | None = None
    ) -> CourierMessage:
        now = self.now()
        message = CourierMessage(
            id=new_id(),
            recipient=recipient,
            subject=subject,
            body=body,
            template_type=template_type,
            created_at=now,
            updated_at=now,
            code=code,
        )
        if self.config.courier_delivers:
            message.status = "sent"
            message.send_count = 1
        self.state.messages.append(message)
        return message
