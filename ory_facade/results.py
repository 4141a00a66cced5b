"""Small frozen result types returned by the flow helpers.

They keep the generated models reachable (``flow``, ``session``, ``identity``, ``raw``) instead of copying
fields, and add what a server-side view needs: every ``Set-Cookie`` header to relay to the browser (as a list,
never merged: cookie dates contain commas) and the ``continue_with`` actions reduced to one ``next_step``.
Their ``repr`` never shows tokens, cookies or CSRF values.

Relaying cookies (Django keeps one value per header name, so use the helper that writes them verbatim)::

    response = redirect(next_url)
    relay_set_cookies(response, result.set_cookie)     # from ory_facade.contrib.django.cookies
    # Flask: for header in result.set_cookie: response.headers.add("Set-Cookie", header)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

from .continue_with import ContinueWith, choose_next_step

if TYPE_CHECKING:
    import httpx
    from ory_kratos_api.models.identity import Identity
    from ory_kratos_api.models.login_flow import LoginFlow  # noqa: F401  (the quoted base of NativeSignIn)
    from ory_kratos_api.models.provider import Provider
    from ory_kratos_api.models.session import Session
    from ory_kratos_api.models.ui_container import UiContainer

__all__ = ["FedcmParameters", "FlowResponse", "KratosFlow", "LogoutResult", "SubmitResult"]


class KratosFlow(Protocol):
    """What every self-service flow model has (LoginFlow, RegistrationFlow, RecoveryFlow, ...)."""

    @property
    def id(self) -> object: ...

    @property
    def ui(self) -> UiContainer: ...

    @property
    def state(self) -> Any: ...

    @property
    def type_(self) -> str: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


F = TypeVar("F", bound=KratosFlow)


def _cookie_note(set_cookie: list[str]) -> str:
    return f"<{len(set_cookie)} Set-Cookie header{'s' if len(set_cookie) != 1 else ''}>"


@dataclass(frozen=True, repr=False)
class FlowResponse(Generic[F]):
    """A flow to render (from create or get) and the ``Set-Cookie`` headers to relay to the browser.

    Creating a browser flow sets a CSRF cookie; for registration, recovery and verification Kratos takes no
    ``Cookie`` on create, so relaying ``set_cookie`` is the only way the browser gets it.
    """

    flow: F
    set_cookie: list[str] = field(default_factory=list)
    response: httpx.Response | None = field(default=None, compare=False)

    @property
    def id(self) -> str:
        """The flow id, for ``?flow=<id>`` URLs."""
        return str(self.flow.id)

    @property
    def csrf_token(self) -> str | None:
        """The CSRF token to put in the form (None for native flows)."""
        from .ui import csrf_token

        return csrf_token(self.flow)

    def __repr__(self) -> str:
        return (
            f"FlowResponse({type(self.flow).__name__} id={self.id}, state={self.flow.state!r}, "
            f"{_cookie_note(self.set_cookie)})"
        )


@dataclass(frozen=True, repr=False)
class SubmitResult(Generic[F]):
    """What a flow submission produced.

    - ``completed``: the flow finished (login/registration produced a session or identity; settings reached
      ``success``; recovery/verification ``passed_challenge``). False for a multi-step transition (code sent,
      identifier-first, profile-first): render ``flow``, which is the next step.
    - ``flow``: the flow as Kratos returned it (None after a successful login/registration).
    - ``session``/``session_token``/``identity``: set when Kratos returned them (the token only for native
      flows, or via ``set_ory_session_token`` after native recovery).
    - ``continue_with``: every action Kratos sent, unknown ones included; ``next_step`` is the one to act on.
    - ``set_cookie``: every ``Set-Cookie`` header (session cookie, rotated CSRF cookie) for the browser.
    - ``raw``: the generated response model (``SuccessfulNativeLogin``, ...) when there is one.
    """

    completed: bool
    flow: F | None = None
    session: Session | None = None
    session_token: str | None = None
    identity: Identity | None = None
    continue_with: list[ContinueWith] = field(default_factory=list)
    set_cookie: list[str] = field(default_factory=list)
    status: int = 200
    raw: Any = field(default=None, compare=False)
    response: httpx.Response | None = field(default=None, compare=False)

    @property
    def next_step(self) -> ContinueWith | None:
        """The one ``continue_with`` action to follow (see :mod:`ory_facade.continue_with` for priority)."""
        return choose_next_step(self.continue_with)

    @property
    def flow_id(self) -> str | None:
        return str(self.flow.id) if self.flow is not None else None

    def __repr__(self) -> str:
        parts = [f"completed={self.completed}", f"status={self.status}"]
        if self.flow is not None:
            parts.append(f"flow={type(self.flow).__name__} id={self.flow.id} state={self.flow.state!r}")
        if self.session is not None:
            parts.append(f"session={self.session.id}")
        if self.identity is not None:
            parts.append(f"identity={self.identity.id}")
        if self.session_token is not None:
            parts.append("session_token=<hidden>")
        step = self.next_step
        if step is not None:
            parts.append(f"next_step={step.action!r}")
        parts.append(_cookie_note(self.set_cookie))
        return f"SubmitResult({', '.join(parts)})"


@dataclass(frozen=True, repr=False)
class NativeSignIn(SubmitResult["LoginFlow"]):
    """A completed native sign-in (``ory.login.with_password``): ``session_token`` is always a ``str``, so
    it goes straight into the calls that take one; a Kratos answer without it is an ``OryResponseError``."""

    session_token: str = ""

    def __repr__(self) -> str:
        return "Native" + super().__repr__().replace("SubmitResult", "SignIn", 1)


@dataclass(frozen=True, repr=False)
class LogoutResult:
    """A completed browser logout: relay ``set_cookie`` (it clears the session cookie), then redirect."""

    set_cookie: list[str] = field(default_factory=list)
    return_to: str | None = None
    response: httpx.Response | None = field(default=None, compare=False)

    def __repr__(self) -> str:
        return f"LogoutResult(return_to={self.return_to!r}, {_cookie_note(self.set_cookie)})"


@dataclass(frozen=True, repr=False)
class FedcmParameters:
    """What a browser needs to start FedCM: the providers to offer and the CSRF token to submit with the
    token it gets back (``ory.login.submit_fedcm``); relay ``set_cookie`` (the matching CSRF cookie)."""

    providers: list[Provider] = field(default_factory=list)
    csrf_token: str | None = None
    set_cookie: list[str] = field(default_factory=list)
    raw: Any = field(default=None, compare=False)
    response: httpx.Response | None = field(default=None, compare=False)

    def __repr__(self) -> str:
        token = "<hidden>" if self.csrf_token else None
        return (
            f"FedcmParameters(providers={len(self.providers)}, csrf_token={token}, "
            f"{_cookie_note(self.set_cookie)})"
        )
