"""What every self-service flow shares: get, submit, restart, and reading Kratos' answer to a submission."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Generic
from urllib.parse import parse_qs, urlencode, urlsplit

from ._kwargs import RawBody, opt
from ._listeners import CredentialListeners
from ._transport import Transport, decode_json, error_for, parse
from .continue_with import parse_continue_with
from .errors import FlowValidationError, OryAPIError, OryRequestError, ReturnToForbiddenError
from .results import F, FlowResponse, SubmitResult
from .ui import has_errors

if TYPE_CHECKING:
    import httpx

    from ._flow_kinds import FlowKind

FlowSource = Any  # a flow model, an OryAPIError (expired/replaced/forbidden return_to), or None


def set_cookies(response: httpx.Response) -> list[str]:
    """Every ``Set-Cookie`` header as sent; never ``headers["set-cookie"]``, which joins them with ", "."""
    return response.headers.get_list("set-cookie")


def with_cookie(kwargs: dict[str, Any], cookie: str | None) -> dict[str, Any]:
    """Forward the browser's ``Cookie`` header on operations whose spec does not declare it.

    Kratos still reads it there (to answer "already signed in" and to keep the existing CSRF cookie).
    """
    if cookie:
        headers = dict(kwargs.get("headers") or {})
        headers["Cookie"] = cookie
        kwargs = {**kwargs, "headers": headers}
    return kwargs


def _truthy(value: str) -> bool:
    return value.lower() in {"true", "1", "yes", "on"}


class FlowAPI(Generic[F]):
    """Base of ``client.login``, ``client.registration``, ``client.recovery``, ``client.verification`` and
    ``client.settings``. Every request follows the kind's :class:`~ory_facade._flow_kinds.FlowKind` (its
    generated operations and flow model); subclasses add their typed create methods and helpers.
    """

    kind: ClassVar[str]

    def __init__(
        self, transport: Transport, browser_url: str, listeners: CredentialListeners | None = None
    ) -> None:
        self._transport = transport
        self._browser_url = browser_url
        self._listeners = listeners if listeners is not None else CredentialListeners()

    @cached_property
    def _spec(self) -> FlowKind[F]:
        """This kind's record; imports the generated client on first use."""
        from ._flow_kinds import FLOW_KINDS

        spec: FlowKind[F] = FLOW_KINDS[self.kind]
        return spec

    @property
    def query_params(self) -> tuple[str, ...]:
        """Query parameters the browser-flow init accepts and a restart keeps."""
        return self._spec.query_params

    @property
    def success_states(self) -> frozenset[str]:
        """Flow states meaning "done" for kinds whose success answer is the flow itself."""
        return self._spec.success_states

    # --- requests from the record --------------------------------------------------------------------
    def _request(
        self,
        operation: Callable[..., dict[str, Any]],
        *,
        cookie: str | None = None,
        session_token: str | None = None,
        **arguments: Any,
    ) -> dict[str, Any]:
        """``operation``'s request: the session token where it declares ``X-Session-Token``, the browser's
        ``Cookie`` header always (Kratos reads it also where the spec does not declare it)."""
        from ._flow_kinds import parameters

        values = {name: opt(value) for name, value in arguments.items()}
        if session_token and "x_session_token" in parameters(operation):
            values["x_session_token"] = session_token
        return with_cookie(operation(**values), cookie)

    def _new(
        self,
        operation: Callable[..., dict[str, Any]],
        *,
        cookie: str | None = None,
        session_token: str | None = None,
        **query: Any,
    ) -> FlowResponse[F]:
        return self._create(self._request(operation, cookie=cookie, session_token=session_token, **query))

    def _fetch(self, flow_id: str, *, cookie: str | None, session_token: str | None) -> FlowResponse[F]:
        if not flow_id or str(flow_id) in (".", ".."):
            raise OryRequestError(
                "flow_id is empty or a dot segment: pass the ?flow=<id> value Kratos redirected with"
            )
        spec = self._spec
        return self._create(
            self._request(spec.get, cookie=cookie, session_token=session_token, id=str(flow_id))
        )

    def _body(self, body: Mapping[str, Any] | Any) -> dict[str, Any]:
        if isinstance(body, Mapping):
            return dict(body)
        if isinstance(body, self._spec.body_types):
            data: dict[str, Any] = body.to_dict()
            return data
        raise TypeError(
            f"a {self.kind} submission is a mapping (the posted form) or one of the generated "
            f"Update{self.kind.title()}FlowWith...Method models, not {type(body).__name__}"
        )

    def _create_from_query(
        self, params: dict[str, Any], *, native: bool, cookie: str | None, session_token: str | None
    ) -> FlowResponse[F]:
        """A new flow with the parameters of ``params`` its create operation takes."""
        from ._flow_kinds import parameters

        operation = self._spec.create_native if native else self._spec.create_browser
        accepted = parameters(operation)
        kept = {name: value for name, value in params.items() if name in accepted}
        if native:
            return self._new(operation, session_token=session_token, **kept)
        return self._new(operation, cookie=cookie, **kept)

    def _success(self, response: httpx.Response, body: Any) -> SubmitResult[F]:
        """A 200 whose body is not a flow (login and registration return a session/identity)."""
        raise error_for(response)

    # --- shared behaviour --------------------------------------------------------------------------
    def browser_url(self, **query: str | bool | None) -> str:
        """The URL to redirect a browser to so Kratos creates the flow itself, e.g. ``return_to=...``.

        This is the simplest server-side pattern: Kratos sets the CSRF cookie on the browser directly and
        redirects to your UI with ``?flow=<id>``.
        """
        clean = {
            k: ("true" if v is True else "false" if v is False else v)
            for k, v in query.items()
            if v is not None
        }
        suffix = f"?{urlencode(clean)}" if clean else ""
        return f"{self._browser_url}/self-service/{self.kind}/browser{suffix}"

    def _create(self, kwargs: dict[str, Any]) -> FlowResponse[F]:
        response = self._transport.call(kwargs)
        return FlowResponse(
            parse(response, self._spec.parse, f"a {self.kind} flow"), set_cookies(response), response
        )

    def get(self, flow_id: str, *, cookie: str | None = None) -> FlowResponse[F]:
        """Fetch a flow by id (``?flow=<id>``), forwarding the browser's ``Cookie`` header for browser flows.

        Raises ``FlowExpiredError`` (410) or ``NotFoundError``, and ``CSRFViolationError`` when the cookie
        does not match the flow.
        """
        return self._fetch(flow_id, cookie=cookie, session_token=None)

    def submit(
        self,
        flow: F | str,
        body: Mapping[str, Any] | Any,
        *,
        cookie: str | None = None,
        csrf_token: str | None = None,
        session_token: str | None = None,
    ) -> SubmitResult[F]:
        """Submit the form for ``flow`` (a flow or its id) as JSON; never retried.

        ``body`` is forwarded as given (use :func:`ory_facade.ui.form_to_body` for posted forms) so Kratos
        validates it; one of the kind's generated body models (``UpdateLoginFlowWithPasswordMethod``, ...)
        is sent as its ``to_dict()``. ``csrf_token`` is added when given. It is never copied from the flow:
        for a browser flow the token must come from the browser's own form post, or the server would vouch
        for a cross-site request.
        Returns a :class:`SubmitResult`; ``completed`` is False for a multi-step transition (render
        ``result.flow``). Raises ``FlowValidationError`` carrying the flow when Kratos rejected the input.
        """
        flow_id = flow if isinstance(flow, str) else str(flow.id)
        data = self._body(body)
        if csrf_token:
            data["csrf_token"] = csrf_token
        kwargs = self._request(
            self._spec.update, cookie=cookie, session_token=session_token, flow=flow_id, body=RawBody(data)
        )
        response = self._transport.send(kwargs)
        return self._interpret(response)

    def _interpret(self, response: httpx.Response) -> SubmitResult[F]:
        status = response.status_code
        if status == 200:
            body = decode_json(response)
            if isinstance(body, dict) and "ui" in body:
                return self._flow_result(response, body)
            return self._success(response, body)
        if status == 400:
            # Kratos sends 400 with the flow both for rejected input and for multi-step transitions (code
            # sent, identifier-first, profile-first); only error-type messages mean rejection.
            try:
                body = json.loads(response.content)
            except (ValueError, RecursionError):
                body = None
            if isinstance(body, dict) and "ui" in body:
                return self._flow_result(response, body)
        raise error_for(response)

    def _flow_result(self, response: httpx.Response, body: dict[str, Any]) -> SubmitResult[F]:
        flow = parse(response, self._spec.parse, f"a {self.kind} flow", body)
        if has_errors(flow):
            raise FlowValidationError(flow, response, status=response.status_code)
        continue_with = parse_continue_with(body.get("continue_with"))
        token = next((c.session_token for c in continue_with if c.session_token), None)
        completed = response.status_code == 200 and str(flow.state) in self.success_states
        return SubmitResult(
            completed=completed,
            flow=flow,
            session_token=token,
            continue_with=continue_with,
            set_cookie=set_cookies(response),
            status=response.status_code,
            response=response,
        )

    def _known_query(self, query: Mapping[str, Any]) -> dict[str, Any]:
        kept: dict[str, Any] = {
            k: str(v) for k, v in query.items() if k in self.query_params and v not in ("", None)
        }
        if "refresh" in kept:
            kept["refresh"] = _truthy(kept["refresh"])
        return kept

    def create_browser_from_query(
        self, query: Mapping[str, Any], *, cookie: str | None = None
    ) -> FlowResponse[F]:
        """Create a browser flow for an incoming request: its ``Cookie`` header and query string.

        Only the parameters Kratos accepts for this flow are forwarded (``return_to``, ``aal``, ``refresh``,
        ``login_challenge``, ``identity_schema``, ``organization``, ``via`` for login), so
        ``ory.login.create_browser_from_query(request.GET, cookie=request.headers.get("Cookie"))`` is safe.
        """
        return self._create_from_query(
            self._known_query(query), native=False, cookie=cookie, session_token=None
        )

    def restart(
        self,
        source: FlowSource = None,
        *,
        cookie: str | None = None,
        session_token: str | None = None,
        query: Mapping[str, str] | None = None,
        native: bool | None = None,
    ) -> FlowResponse[F]:
        """Continue after an expired/replaced/invalid flow, keeping the original query.

        - an error with ``use_flow_id`` (``FlowExpiredError``, ``FlowReplacedError``): fetch that flow;
        - otherwise create a new flow with the query of ``source``'s ``request_url`` (a flow, or a
          ``FlowValidationError``'s flow), else ``query`` (the incoming request's query string);
        - ``ReturnToForbiddenError``: the same, without ``return_to``.

        ``native`` defaults to the old flow's type (``api`` → native).
        """
        use_flow_id = getattr(source, "use_flow_id", None) if isinstance(source, OryAPIError) else None
        if use_flow_id:
            if session_token and not cookie:
                return self._fetch(str(use_flow_id), cookie=None, session_token=session_token)
            return self.get(str(use_flow_id), cookie=cookie)
        old_flow = getattr(source, "flow", None) if isinstance(source, OryAPIError) else source
        params: dict[str, str] = {}
        request_url = getattr(old_flow, "request_url", None)
        if isinstance(request_url, str) and request_url:
            for key, values in parse_qs(urlsplit(request_url).query).items():
                params[key] = values[0]
        elif query:
            params.update(query)
        kept = self._known_query(params)
        if isinstance(source, ReturnToForbiddenError):
            kept.pop("return_to", None)
        if native is None:
            native = getattr(old_flow, "type_", "browser") == "api"
        return self._create_from_query(kept, native=native, cookie=cookie, session_token=session_token)
