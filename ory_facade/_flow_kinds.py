"""Each self-service flow kind described once, by the generated operations that serve it.

``FlowAPI`` (``ory.login``, ``ory.registration``, ...) is driven by these records: which operation creates,
fetches and submits a flow, which model parses it, which body models a submission may be given as, and
which query parameters a browser flow accepts (those of its create operation). This module imports the
generated client, so the namespaces load it on first use, not on ``import ory_facade``.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any, Generic

from ory_kratos_api.api.frontend import (
    create_browser_login_flow,
    create_browser_recovery_flow,
    create_browser_registration_flow,
    create_browser_settings_flow,
    create_browser_verification_flow,
    create_native_login_flow,
    create_native_recovery_flow,
    create_native_registration_flow,
    create_native_settings_flow,
    create_native_verification_flow,
    get_login_flow,
    get_recovery_flow,
    get_registration_flow,
    get_settings_flow,
    get_verification_flow,
    update_login_flow,
    update_recovery_flow,
    update_registration_flow,
    update_settings_flow,
    update_verification_flow,
)
from ory_kratos_api.models.login_flow import LoginFlow
from ory_kratos_api.models.recovery_flow import RecoveryFlow
from ory_kratos_api.models.registration_flow import RegistrationFlow
from ory_kratos_api.models.settings_flow import SettingsFlow
from ory_kratos_api.models.verification_flow import VerificationFlow

from .results import F

__all__ = ["FLOW_KINDS", "FlowKind", "parameters"]

Operation = Callable[..., dict[str, Any]]  # a generated ``_get_kwargs``


@cache
def parameters(operation: Operation) -> frozenset[str]:
    """The keyword arguments a generated operation takes (``cookie``, ``x_session_token``, query names)."""
    return frozenset(inspect.signature(operation).parameters)


@cache
def _query(operation: Operation) -> tuple[str, ...]:
    return tuple(name for name in inspect.signature(operation).parameters if name != "cookie")


def _body_types(module: ModuleType) -> tuple[type[Any], ...]:
    """The body models of a generated update operation (the members of its ``body`` union)."""
    hint = typing.get_type_hints(module._get_kwargs)["body"]
    return typing.get_args(hint) or (hint,)


@dataclass(frozen=True)
class FlowKind(Generic[F]):
    """One flow kind: its name (URL segment and namespace), flow model, operations and submit bodies.

    ``success_states``: the flow states that mean "done" for kinds whose success answer is the flow.
    """

    name: str
    model: type[F]
    create_browser: Operation
    create_native: Operation
    get: Operation
    update: Operation
    body_types: tuple[type[Any], ...]
    success_states: frozenset[str] = frozenset()

    @property
    def query_params(self) -> tuple[str, ...]:
        """What the browser-flow init accepts and a restart keeps: its create operation's query."""
        return _query(self.create_browser)

    def parse(self, data: Mapping[str, Any]) -> F:
        return self.model.from_dict(data)


def _kind(
    name: str,
    model: type[F],
    *,
    browser: ModuleType,
    native: ModuleType,
    get: ModuleType,
    update: ModuleType,
    success: frozenset[str] = frozenset(),
) -> FlowKind[F]:
    return FlowKind(
        name=name,
        model=model,
        create_browser=browser._get_kwargs,
        create_native=native._get_kwargs,
        get=get._get_kwargs,
        update=update._get_kwargs,
        body_types=_body_types(update),
        success_states=success,
    )


_CODE_DONE = frozenset({"passed_challenge"})

FLOW_KINDS: dict[str, FlowKind[Any]] = {
    kind.name: kind
    for kind in (
        _kind(
            "login",
            LoginFlow,
            browser=create_browser_login_flow,
            native=create_native_login_flow,
            get=get_login_flow,
            update=update_login_flow,
        ),
        _kind(
            "registration",
            RegistrationFlow,
            browser=create_browser_registration_flow,
            native=create_native_registration_flow,
            get=get_registration_flow,
            update=update_registration_flow,
        ),
        _kind(
            "recovery",
            RecoveryFlow,
            browser=create_browser_recovery_flow,
            native=create_native_recovery_flow,
            get=get_recovery_flow,
            update=update_recovery_flow,
            success=_CODE_DONE,
        ),
        _kind(
            "verification",
            VerificationFlow,
            browser=create_browser_verification_flow,
            native=create_native_verification_flow,
            get=get_verification_flow,
            update=update_verification_flow,
            success=_CODE_DONE,
        ),
        _kind(
            "settings",
            SettingsFlow,
            browser=create_browser_settings_flow,
            native=create_native_settings_flow,
            get=get_settings_flow,
            update=update_settings_flow,
            success=frozenset({"success"}),
        ),
    )
}
