"""The self-service pages without a web framework: what to render or where to redirect, and which cookies.

The Flask and Django integrations turn a request into an :class:`Incoming`, call :class:`SelfService` and
turn the :class:`Redirect` / :class:`Render` / :class:`JSONReply` they get back into a response, relaying
``set_cookie`` verbatim (every ``Set-Cookie`` header Kratos sent, attributes intact).

Two modes:

- ``"server"`` (default): the app creates and submits flows through the facade. Forms post to the app; it
  forwards the browser's ``Cookie`` header and the posted ``csrf_token`` to Kratos and relays Kratos'
  cookies back, so the app's domain owns the flow. Kratos' browser redirects
  (``/self-service/<kind>/browser``) are rewritten to the app's own pages.
- ``"kratos"``: forms post straight to Kratos (``ui.action``) and flows start at Kratos' browser endpoints;
  Kratos must be configured with this app's pages as its UI URLs and share the cookie domain.

What the pages do with Kratos' answers (see ``shared/design/kratos-behaviour.md``):

==========================================  ===============================================================
expired / replaced flow (410)               continue with ``use_flow_id``, else restart keeping return_to
CSRF violation, flow not found, identity    restart once with a notice; a second failure in a row shows the
mismatch                                    error page (a browser that drops cookies would loop otherwise)
``return_to`` forbidden                      restart without it
already signed in                           go to ``return_to`` or the default page
no session (settings), AAL1 required        the login page, returning here
AAL2 / refresh required, 422 browser        ``redirect_browser_to`` (Kratos' browser endpoints mapped to the
location change                             app's pages in server mode); cookies on the error relayed; an
                                            AAL2/refresh login without ``return_to`` returns to this page
address not verified                        the verification flow Kratos created
validation errors                           the same flow re-rendered (400)
``continue_with``                           show_settings/recovery/verification_ui → that page with the flow;
                                            redirect_browser_to → there
==========================================  ===============================================================
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from .. import ui
from ..errors import (
    AAL1RequiredError,
    AAL2RequiredError,
    AALAlreadyFulfilledError,
    AddressNotVerifiedError,
    BrowserLocationChangeRequiredError,
    CSRFViolationError,
    FlowExpiredError,
    FlowReplacedError,
    FlowValidationError,
    NotFoundError,
    OryAPIError,
    OryError,
    OryRequestError,
    ReturnToForbiddenError,
    SecurityIdentityMismatchError,
    SessionAlreadyAvailableError,
    SessionInactiveError,
    SessionRefreshRequiredError,
    UnauthorizedError,
)
from ..flows import FLOW_NAMES
from .redirects import safe_return_to
from .render import build_forms, build_page, flow_messages

if TYPE_CHECKING:
    from .._client import OryClient
    from ..results import SubmitResult
    from ..session_cache import SessionCache
    from ..types import SessionWithIdentity

__all__ = [
    "KINDS",
    "NOTICES",
    "Incoming",
    "JSONReply",
    "Mode",
    "Outcome",
    "Redirect",
    "Render",
    "SelfService",
    "SessionLookup",
    "UISettings",
    "lookup_session",
    "wants_json",
]

logger = logging.getLogger("ory_facade.contrib")

Mode = Literal["server", "kratos"]
KINDS = FLOW_NAMES
_AAL_RANK = {"aal0": 0, "aal1": 1, "aal2": 2, "aal3": 3}

#: Messages shown after the pages restarted a flow on their own (the query carries only the key).
NOTICES = {
    "csrf": "The form could not be verified (its security token did not match). Please try again.",
    "expired": "The form had expired. Please try again.",
    "restarted": "The form is no longer valid. Please try again.",
}

TITLES = {
    "login": "Sign in",
    "registration": "Create an account",
    "recovery": "Recover your account",
    "verification": "Verify your email address",
    "settings": "Account settings",
}


@dataclass(frozen=True)
class UISettings:
    """Framework-independent settings of the pages (each integration reads them from its config).

    - ``mode``: ``"server"`` or ``"kratos"`` (see the module docstring).
    - ``allowed_return_to_hosts``: hosts besides the request's own that ``return_to``/``next`` may name.
    - ``default_return_to``: where to go after login/registration when nothing else is known.
    - ``after_logout_url``: where to go after logout (a safe ``return_to`` on the logout page wins).
    - ``ignored_form_fields``: posted fields never forwarded to Kratos (Django's CSRF token).
    - ``require_https_return_to``: reject absolute ``http://`` return URLs.
    """

    mode: Mode = "server"
    allowed_return_to_hosts: tuple[str, ...] = ()
    default_return_to: str = "/"
    after_logout_url: str = "/"
    ignored_form_fields: frozenset[str] = frozenset({"csrfmiddlewaretoken"})
    require_https_return_to: bool = False

    def __post_init__(self) -> None:
        if self.mode not in ("server", "kratos"):
            raise ValueError(f"mode must be 'server' or 'kratos', not {self.mode!r}")


@dataclass(frozen=True)
class Incoming:
    """What the pages need from a request. ``url`` is absolute; ``cookie`` is the whole ``Cookie`` header."""

    method: str
    url: str
    host: str
    query: Mapping[str, str] = field(default_factory=dict)
    form: Sequence[tuple[str, str]] = ()
    cookie: str | None = None

    def absolute(self, location: str) -> str:
        return urljoin(self.url, location)


@dataclass(frozen=True)
class Redirect:
    """Send the browser to ``location`` (303: after a POST the browser must GET), relaying ``set_cookie``."""

    location: str
    set_cookie: list[str] = field(default_factory=list)
    status: int = 303


@dataclass(frozen=True)
class Render:
    """Render ``template`` with ``context``; relay ``set_cookie``. Pages with forms are never cached."""

    template: str
    context: dict[str, Any]
    status: int = 200
    set_cookie: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class JSONReply:
    """A JSON error for API clients (``Accept: application/json``) instead of a redirect."""

    status: int
    body: dict[str, Any]


Outcome = Redirect | Render


@dataclass(slots=True)
class SessionLookup:
    """The request's session, or None; ``error`` keeps why there is none when it matters (AAL2 needed).

    Made once per request that reads the session (not frozen: a frozen dataclass costs three times as much
    to build, on every cache hit)."""

    session: SessionWithIdentity | None
    error: OryAPIError | None = None

    @property
    def aal(self) -> str:
        if self.session is None:
            return "aal0"
        return str(self.session.authenticator_assurance_level or "aal0")

    def satisfies(self, aal: str | None = None) -> bool:
        """True when there is a session (of at least ``aal``): the guards' fast path, which builds no URL
        and reads no ``Accept`` header (those are needed only to answer a visitor who is turned away)."""
        if self.session is None:
            return False
        return aal is None or _AAL_RANK.get(self.aal, 0) >= _AAL_RANK.get(aal, 0)


def lookup_session(
    client: OryClient,
    cache: SessionCache | None,
    *,
    cookie: str | None,
    session_token: str | None = None,
) -> SessionLookup:
    """whoami (through ``cache`` when given) for a request's cookie or token.

    Signed-out and AAL2-pending visitors give ``session=None`` (the AAL2 error is kept for the guards);
    an unreachable Kratos raises ``OryConnectionError``: the caller cannot decide without it.
    """
    if not cookie and not session_token:
        return SessionLookup(None)
    try:
        if cache is not None:
            session = cache.whoami(cookie=cookie, session_token=session_token)
        else:
            session = client.whoami(cookie=cookie, session_token=session_token)
    except AAL2RequiredError as exc:
        return SessionLookup(None, exc)
    except UnauthorizedError as exc:  # session_inactive, or another 401 meaning "no session"
        return SessionLookup(None, exc)
    return SessionLookup(session)


def wants_json(accept: str | None, content_type: str | None) -> bool:
    """True for API clients: a JSON body, or an ``Accept`` header preferring JSON over HTML."""
    if content_type and content_type.split(";", 1)[0].strip().lower() == "application/json":
        return True
    if not accept:
        return False
    best_json = best_html = -1.0
    for position, item in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in item.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        # Earlier entries win ties, as browsers list their preference first.
        score = quality - position * 1e-6
        media = media.lower()
        if media in ("application/json", "application/problem+json") or media.endswith("+json"):
            best_json = max(best_json, score)
        elif media in ("text/html", "application/xhtml+xml", "*/*", "text/*"):
            best_html = max(best_html, score if media not in ("*/*", "text/*") else score - 0.5)
    return best_json > 0 and best_json > best_html


PageURL = Callable[[str, Mapping[str, str]], str]

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def is_flow_id(value: str) -> bool:
    """Kratos' flow and error ids are UUIDs: anything else in ``?flow=`` / ``?id=`` is not from Kratos."""
    return len(value) == 36 and _UUID.fullmatch(value) is not None


def _session_gone(exc: OryAPIError) -> bool:
    """A 401 saying the request has no (valid) session; "AAL already fulfilled" says the opposite."""
    return isinstance(exc, UnauthorizedError) and not isinstance(exc, AALAlreadyFulfilledError)


class SelfService:
    """The self-service pages for one app.

    ``page_url(page, query)`` returns the app's URL (a path is fine) of ``page`` — one of :data:`KINDS`,
    ``"error"`` or ``"logout"`` — with ``query``. ``session_cache`` is invalidated on logout.
    """

    def __init__(
        self,
        client: OryClient,
        settings: UISettings,
        page_url: PageURL,
        *,
        session_cache: SessionCache | None = None,
    ) -> None:
        self.client = client
        self.settings = settings
        self.page_url = page_url
        self.session_cache = session_cache

    # --- helpers -----------------------------------------------------------------------------------
    def forget_session(self, req: Incoming) -> None:
        """Drop the request's session from the session cache (logout, or Kratos saying it is gone)."""
        if self.session_cache is not None:
            self.session_cache.invalidate(cookie=req.cookie)

    def page(self, page: str, **query: str | None) -> str:
        return self.page_url(page, {k: v for k, v in query.items() if v})

    def safe(self, value: str | None, req: Incoming) -> str | None:
        """``value`` if it may be redirected to from this request (see :mod:`.redirects`)."""
        return safe_return_to(
            value,
            request_host=req.host,
            allowed_hosts=self.settings.allowed_return_to_hosts,
            require_https=self.settings.require_https_return_to,
        )

    def _params(self, kind: str, req: Incoming) -> dict[str, str]:
        """The query parameters Kratos accepts for ``kind``, with a checked, absolute ``return_to``."""
        api = self.client.flow(kind)
        allowed = set(api.query_params)
        params = {k: v for k, v in req.query.items() if k in allowed and v}
        raw = req.query.get("return_to") or req.query.get("next")
        params.pop("return_to", None)
        if raw:
            checked = self.safe(raw, req)
            if checked is None:
                logger.info("ignored a return_to that is not allowed (host %r)", urlsplit(raw).netloc[:100])
            else:
                params["return_to"] = req.absolute(checked)
        return params

    def _keep_query(self, kind: str, flow: Any, req: Incoming, params: dict[str, str]) -> None:
        """Add the query the flow was created with (``request_url``) to ``params``, so a restart after a
        failed submission keeps ``return_to``, ``aal``, ``refresh``..."""
        request_url = getattr(flow, "request_url", None)
        if not isinstance(request_url, str):
            return
        allowed = set(self.client.flow(kind).query_params)
        for key, value in parse_qsl(urlsplit(request_url).query):
            if key in allowed and value and key not in params:
                if key == "return_to" and self.safe(value, req) is None:
                    continue
                params[key] = value

    def localise(self, url: str) -> str:
        """In server mode, Kratos' browser-flow URLs become the app's pages (their query kept)."""
        if self.settings.mode != "server":
            return url
        parts = urlsplit(url)
        for base in {self.client.browser_url, self.client.public_url}:
            root = urlsplit(base)
            if (parts.scheme, parts.netloc) != (root.scheme, root.netloc):
                continue
            prefix = root.path.rstrip("/") + "/self-service/"
            if not parts.path.startswith(prefix):
                continue
            rest = parts.path[len(prefix) :].split("/")
            if rest[0] not in KINDS or (len(rest) > 1 and rest[1:] != ["browser"]):
                continue
            query = dict(parse_qsl(parts.query))
            if "return_to" in query:
                query["return_to"] = self.localise(query["return_to"])
            if len(rest) == 1:  # the flow's own URL (/self-service/settings?flow=...): its page
                query = {"flow": query["flow"]} if "flow" in query else {}
                if rest[0] == "settings" and query:
                    # Kratos sends a browser back to a settings flow's URL only to resume the change it
                    # paused for a refresh login: the page does that GET for it (resume_browser).
                    query["resume"] = "1"
            return self.page_url(rest[0], query)
        return url

    def _render_flow(
        self,
        kind: str,
        flow: Any,
        *,
        status: int = 200,
        set_cookie: Sequence[str] = (),
        notice: str | None = None,
    ) -> Render:
        flow_id = str(flow.id)
        # Server mode posts to this page; kratos mode posts straight to Kratos.
        action = self.page(kind, flow=flow_id) if self.settings.mode == "server" else str(flow.ui.action)
        context = {
            "kind": kind,
            "title": TITLES.get(kind, kind.title()),
            "flow": flow,
            "flow_id": flow_id,
            "forms": build_forms(flow, action, kind=kind),
            "messages": flow_messages(flow),  # Kratos' ids in people's words (contrib/messages.py)
            "page": build_page(kind, flow, default_url=self.settings.default_return_to),
            "notice": NOTICES.get(notice or ""),
            "mode": self.settings.mode,
            "state": str(flow.state),
        }
        return Render(f"ory_facade/{kind}.html", context, status, list(set_cookie))

    def _error(
        self, status: int, message: str, *, reason: str | None = None, error_id: str | None = None
    ) -> Render:
        context = {
            "title": "Something went wrong",
            "error": {"status": status, "message": message, "reason": reason, "id": error_id},
        }
        return Render("ory_facade/error.html", context, status)

    # --- flows -------------------------------------------------------------------------------------
    def flow_page(self, kind: str, req: Incoming) -> Outcome:
        """GET: create or show a flow; POST (server mode): submit it."""
        if kind not in KINDS:
            raise ValueError(f"unknown flow kind {kind!r}")
        notice = req.query.get("notice")
        flow_id = req.query.get("flow")
        if flow_id and not is_flow_id(flow_id):
            return self._error(400, "This link is not valid. Please start again.", reason="malformed flow id")
        params = self._params(kind, req)
        try:
            if req.method == "POST" and flow_id:
                return self._submit(kind, flow_id, req, params)
            if not flow_id:
                return self._start(kind, req, params)
            if kind == "settings" and req.query.get("resume") and self.settings.mode == "server":
                # Back from the refresh login: apply the change Kratos paused, then show the flow.
                resumed = self.client.settings.resume_browser(flow_id, cookie=req.cookie)
                self.forget_session(req)
                return Redirect(self.page("settings", flow=flow_id), resumed)
            fetched = self.client.flow(kind).get(flow_id, cookie=req.cookie)
            if kind == "settings" and str(fetched.flow.state) == "success":
                self.forget_session(req)  # saved at Kratos ("kratos" mode posts there directly)
            return self._render_flow(kind, fetched.flow, set_cookie=fetched.set_cookie, notice=notice)
        except OryAPIError as exc:
            return self._on_error(kind, exc, req, params, notice)
        except OryRequestError:  # e.g. a query too long to forward: the browser's request is at fault
            return self._error(400, "This request could not be sent to the sign-in service.")
        except OryError as exc:
            logger.warning("%s page: Kratos is unavailable (%s)", kind, type(exc).__name__)
            return self._error(503, "The sign-in service is unavailable. Please try again in a moment.")

    def _start(
        self,
        kind: str,
        req: Incoming,
        params: dict[str, str],
        *,
        notice: str | None = None,
        set_cookie: Sequence[str] = (),
    ) -> Outcome:
        api = self.client.flow(kind)
        if self.settings.mode == "kratos":
            return Redirect(api.browser_url(**params), list(set_cookie))
        if kind == "settings" and not req.cookie:
            raise SessionInactiveError(reason="No session cookie was sent")
        created = api.create_browser_from_query(params, cookie=req.cookie)
        location = self.page(kind, flow=created.id, notice=notice)
        return Redirect(location, [*set_cookie, *created.set_cookie])

    def _submit(self, kind: str, flow_id: str, req: Incoming, params: dict[str, str]) -> Outcome:
        api = self.client.flow(kind)
        flow: Any = None
        try:
            # Fetched for the input types only (checkboxes, numbers), so the JSON validates against the
            # identity schema. An expired flow is still submitted: Kratos then answers with use_flow_id.
            flow = api.get(flow_id, cookie=req.cookie).flow
        except FlowExpiredError:
            flow = None
        if flow is not None:
            self._keep_query(kind, flow, req, params)
        fields = [(k, v) for k, v in req.form if k not in self.settings.ignored_form_fields]
        try:
            body = ui.form_to_body(fields, flow=flow)
        except ValueError:
            return self._error(400, "The form could not be read.")
        try:
            # The flow *id* is passed, never the flow: given a flow the facade would add its csrf_token
            # when the post lacks one, and this server would vouch for a cross-site post. Only the token
            # the browser posted goes to Kratos.
            result = api.submit(flow_id, body, cookie=req.cookie)
        except FlowValidationError as exc:
            return self._render_flow(kind, exc.flow, status=400, set_cookie=exc.set_cookie)
        if kind == "settings":
            self.forget_session(req)  # traits or credentials changed: no server may show the old ones
        return self._after_submit(kind, result, params)

    def _after_submit(self, kind: str, result: SubmitResult[Any], params: dict[str, str]) -> Outcome:
        cookies = list(result.set_cookie)
        if not result.completed and result.flow is not None:
            return self._render_flow(kind, result.flow, set_cookie=cookies)  # next step (code sent, ...)
        step = result.next_step
        if step is not None and step.action.startswith("show_") and step.flow_id:
            target = step.action.removeprefix("show_").removesuffix("_ui")
            if target in KINDS:
                return Redirect(self.page(target, flow=step.flow_id), cookies)
        if kind in ("settings", "verification") and result.flow is not None:
            return_to = getattr(result.flow, "return_to", None)
            if isinstance(return_to, str) and return_to:
                return Redirect(self.localise(return_to), cookies)
            return self._render_flow(kind, result.flow, set_cookie=cookies)
        if step is not None and step.action == "redirect_browser_to" and step.redirect_browser_to:
            return Redirect(self.localise(step.redirect_browser_to), cookies)
        if kind == "registration" and result.session is None:
            return Redirect(self.page("login", return_to=params.get("return_to")), cookies)
        return Redirect(params.get("return_to") or self.settings.default_return_to, cookies)

    def _on_error(
        self,
        kind: str,
        exc: OryAPIError,
        req: Incoming,
        params: dict[str, str],
        notice: str | None,
    ) -> Outcome:
        cookies = exc.set_cookie
        if _session_gone(exc):
            self.forget_session(req)  # Kratos says the session is gone: the cache must not keep it
        if isinstance(exc, FlowExpiredError | FlowReplacedError):
            if exc.use_flow_id:
                return Redirect(self.page(kind, flow=exc.use_flow_id), cookies)
            previous = exc.details.get("return_to")
            if isinstance(previous, str) and previous and "return_to" not in params:
                params["return_to"] = previous  # Kratos accepted it for the old flow
            return self._restart(kind, req, params, "expired", cookies)
        if isinstance(exc, ReturnToForbiddenError) and "return_to" in params:
            params.pop("return_to")
            return self._restart(kind, req, params, "restarted", cookies)
        if isinstance(exc, CSRFViolationError | SecurityIdentityMismatchError | NotFoundError):
            if notice in NOTICES:
                # Restarted once already and it failed again: the browser is not keeping Kratos' cookies.
                return self._error(
                    403,
                    "Your browser did not keep the security cookie this form needs. "
                    "Please allow cookies for this site and try again.",
                    reason=exc.reason,
                    error_id=exc.error_id,
                )
            return self._restart(
                kind, req, params, "csrf" if isinstance(exc, CSRFViolationError) else "restarted", cookies
            )
        if isinstance(exc, SessionAlreadyAvailableError):
            return Redirect(params.get("return_to") or self.settings.default_return_to, cookies)
        if isinstance(
            exc, AAL2RequiredError | SessionRefreshRequiredError | BrowserLocationChangeRequiredError
        ):
            target = exc.redirect_browser_to
            if not target:
                flag = {"aal": "aal2"} if isinstance(exc, AAL2RequiredError) else {"refresh": "true"}
                target = self.page("login", return_to=req.url, **flag)
            elif not isinstance(exc, BrowserLocationChangeRequiredError):
                target = _with_return_to(target, req.url)
            return Redirect(self.localise(target), cookies)
        if isinstance(exc, AddressNotVerifiedError):
            step = exc.next_step
            if step is not None and step.flow_id:
                return Redirect(self.page("verification", flow=step.flow_id), cookies)
        if isinstance(exc, AAL1RequiredError):
            return Redirect(self.page("login", return_to=params.get("return_to")), cookies)
        if isinstance(exc, UnauthorizedError) and kind == "settings":
            return Redirect(self.page("login", return_to=req.absolute(self.page("settings"))), cookies)
        logger.info("%s page: Kratos answered %s", kind, exc.error_id or exc.status)
        status = exc.status if 400 <= exc.status < 600 else 500
        return self._error(
            status,
            exc.message or "The request could not be completed.",
            reason=exc.reason,
            error_id=exc.error_id,
        )

    def _restart(
        self, kind: str, req: Incoming, params: dict[str, str], notice: str, cookies: list[str]
    ) -> Outcome:
        try:
            return self._start(kind, req, params, notice=notice, set_cookie=cookies)
        except OryAPIError as exc:
            if isinstance(exc, SessionAlreadyAvailableError | SessionInactiveError | AAL1RequiredError):
                return self._on_error(kind, exc, req, params, notice)
            status = exc.status if 400 <= exc.status < 600 else 500
            return self._error(status, exc.message or "The form could not be restarted.", reason=exc.reason)

    # --- logout and errors -------------------------------------------------------------------------
    def logout_page(self, req: Incoming) -> Outcome:
        """GET: a confirmation form carrying Kratos' logout token (bound to the session, so a cross-site
        request cannot log anyone out); POST: perform the logout and relay the cookies that clear it."""
        requested = self.safe(req.query.get("return_to"), req)
        return_to = requested or self.settings.after_logout_url
        try:
            if req.method == "POST":
                token = next((v for k, v in req.form if k == "logout_token"), "")
                if not token:
                    return Redirect(self.page("logout"))
                # Both modes sign out through this app, so its session cache forgets the session first.
                self.forget_session(req)
                if self.settings.mode == "kratos":
                    # Kratos clears its cookie on its own domain, then sends the browser to return_to.
                    logout_url = self.client.browser_logout.browser_url(
                        token, return_to=req.absolute(return_to)
                    )
                    return Redirect(logout_url)
                result = self.client.browser_logout.submit(token, cookie=req.cookie)
                return Redirect(return_to, list(result.set_cookie))
            if not req.cookie:
                return Redirect(return_to)
            flow = self.client.browser_logout.create(cookie=req.cookie)
        except UnauthorizedError as exc:  # not signed in: nothing to do
            if _session_gone(exc):
                self.forget_session(req)
            return Redirect(return_to)
        except OryAPIError as exc:
            logger.info("logout: Kratos answered %s", exc.error_id or exc.status)
            return Redirect(self.page("logout"), exc.set_cookie)
        except OryError:
            return self._error(503, "The sign-in service is unavailable. Please try again in a moment.")
        context = {
            "title": "Sign out",
            "mode": self.settings.mode,
            "action": self.page("logout", return_to=requested),
            "logout_token": flow.logout_token,
        }
        return Render("ory_facade/logout.html", context)

    def error_page(self, req: Incoming) -> Render:
        """Kratos' error UI: shows the stored error ``?id=`` (what Kratos redirects browsers to)."""
        error_id = req.query.get("id")
        if not error_id:
            return self._error(404, "There is no error to show.")
        if not is_flow_id(error_id):
            return self._error(400, "This link is not valid.", reason="malformed error id")
        try:
            error = self._fetch_flow_error(error_id)
        except OryAPIError as exc:
            return self._error(404 if exc.status == 404 else 500, "This error is no longer available.")
        except OryError:
            return self._error(503, "The sign-in service is unavailable. Please try again in a moment.")
        status = error.get("code")
        return self._error(
            status if isinstance(status, int) and 400 <= status < 600 else 500,
            str(error.get("message") or "The request could not be completed."),
            reason=error.get("reason") if isinstance(error.get("reason"), str) else None,
            error_id=error.get("id") if isinstance(error.get("id"), str) else None,
        )

    def _fetch_flow_error(self, error_id: str) -> dict[str, Any]:
        error = self.client.get_flow_error(error_id).error
        return error if isinstance(error, dict) else {}

    # --- guards --------------------------------------------------------------------------------------
    def guard(
        self,
        lookup: SessionLookup,
        *,
        url: str,
        aal: str | None = None,
        json: bool = False,
    ) -> Redirect | JSONReply | None:
        """None when ``lookup`` satisfies the requirement, else the redirect (or JSON error) to answer.

        ``url`` is the current absolute URL (the ``return_to`` of the login page).
        """
        need_aal2 = isinstance(lookup.error, AAL2RequiredError)
        if lookup.session is not None and aal is not None:
            need_aal2 = _AAL_RANK.get(lookup.aal, 0) < _AAL_RANK.get(aal, 0)
        if lookup.session is not None and not need_aal2:
            return None
        if need_aal2:
            login = self.page("login", aal=aal or "aal2", return_to=url)
            if json:
                return JSONReply(
                    403,
                    {
                        "error": {
                            "id": "session_aal2_required",
                            "code": 403,
                            "message": "An additional authentication factor is required.",
                            "redirect_browser_to": login,
                        }
                    },
                )
            return Redirect(login, status=302)
        login = self.page("login", return_to=url)
        if json:
            return JSONReply(
                401,
                {
                    "error": {
                        "id": "session_inactive",
                        "code": 401,
                        "message": "No active session was found. Sign in first.",
                        "login_url": login,
                    }
                },
            )
        return Redirect(login, status=302)

    def guest_guard(
        self, lookup: SessionLookup, req: Incoming, *, json: bool = False
    ) -> Redirect | JSONReply | None:
        """None for visitors without a session; signed-in users go to ``return_to`` or the default page."""
        if lookup.session is None:
            return None
        if json:
            return JSONReply(
                403,
                {"error": {"id": "session_already_available", "code": 403, "message": "Already signed in."}},
            )
        target = self.safe(req.query.get("return_to") or req.query.get("next"), req)
        return Redirect(target or self.settings.default_return_to, status=302)


def _with_return_to(url: str, return_to: str) -> str:
    """``url`` with ``return_to`` added when it has none (Kratos names no way back for a settings flow
    refused for AAL2 unless that request carried one)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    if query.get("return_to"):
        return url
    query["return_to"] = return_to
    return parts._replace(query=urlencode(query)).geturl()


def query_string(query: Mapping[str, str]) -> str:
    """``?a=b`` for a non-empty mapping, else ``""``."""
    return "?" + urlencode(dict(query)) if query else ""
