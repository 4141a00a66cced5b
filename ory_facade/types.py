"""The types of the public API, from one module: ``from ory_facade.types import Identity, UiNode``.

Every generated model that a public signature of ``ory_facade`` takes or returns is here, and so is every
model reachable through their fields (a flow's UI nodes and their attributes, an identity's addresses), so
application code annotates with one import instead of ``ory_kratos_api.models.<module>``. They are the
generated classes themselves; ``Unset``/``UNSET`` mark a property the server left out.

``SessionWithIdentity`` is what ``whoami`` returns (and the Flask and Django integrations hand out): a
``Session`` whose ``identity`` is set, so ``session.identity.traits["email"]`` type-checks as written.

Importing this module loads ``Session`` and ``Identity`` only; the other models load on first use, as
``ory_kratos_api.models`` does (importing all of them costs about 50 ms).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

import ory_kratos_api.models as _models
from ory_kratos_api.models.identity import Identity
from ory_kratos_api.models.session import Session
from ory_kratos_api.types import UNSET, Unset

if TYPE_CHECKING:
    from ory_kratos_api.models import (
        ContinueWithRecoveryUi,
        ContinueWithRecoveryUiFlow,
        ContinueWithRedirectBrowserTo,
        ContinueWithSetOrySessionToken,
        ContinueWithSettingsUi,
        ContinueWithSettingsUiFlow,
        ContinueWithUnknown,
        ContinueWithVerificationUi,
        ContinueWithVerificationUiFlow,
        FlowError,
        IdentityCredentials,
        IdentityCredentialsMap,
        IdentityPatchResponse,
        IdentitySchemaContainer,
        LoginFlow,
        LogoutFlow,
        Message,
        MessageDispatch,
        OAuth2Client,
        OAuth2ConsentRequestOpenIDConnectContext,
        OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims,
        OAuth2LoginRequest,
        Provider,
        ProviderParameters,
        RecoveryCodeForIdentity,
        RecoveryFlow,
        RecoveryIdentityAddress,
        RecoveryLinkForIdentity,
        RegistrationFlow,
        SessionAuthenticationMethod,
        SessionDevice,
        SettingsFlow,
        UiContainer,
        UiNode,
        UiNodeAnchorAttributes,
        UiNodeDivisionAttributes,
        UiNodeDivisionAttributesData,
        UiNodeImageAttributes,
        UiNodeInputAttributes,
        UiNodeMeta,
        UiNodeScriptAttributes,
        UiNodeTextAttributes,
        UiNodeUnknownAttributes,
        UiText,
        VerifiableIdentityAddress,
        VerificationFlow,
    )

__all__ = [
    "UNSET",
    "ContinueWithRecoveryUi",
    "ContinueWithRecoveryUiFlow",
    "ContinueWithRedirectBrowserTo",
    "ContinueWithSetOrySessionToken",
    "ContinueWithSettingsUi",
    "ContinueWithSettingsUiFlow",
    "ContinueWithUnknown",
    "ContinueWithVerificationUi",
    "ContinueWithVerificationUiFlow",
    "FlowError",
    "Identity",
    "IdentityCredentials",
    "IdentityCredentialsMap",
    "IdentityPatchResponse",
    "IdentitySchemaContainer",
    "LoginFlow",
    "LogoutFlow",
    "Message",
    "MessageDispatch",
    "OAuth2Client",
    "OAuth2ConsentRequestOpenIDConnectContext",
    "OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims",
    "OAuth2LoginRequest",
    "Provider",
    "ProviderParameters",
    "RecoveryCodeForIdentity",
    "RecoveryFlow",
    "RecoveryIdentityAddress",
    "RecoveryLinkForIdentity",
    "RegistrationFlow",
    "Session",
    "SessionAuthenticationMethod",
    "SessionDevice",
    "SessionWithIdentity",
    "SettingsFlow",
    "UiContainer",
    "UiNode",
    "UiNodeAnchorAttributes",
    "UiNodeDivisionAttributes",
    "UiNodeDivisionAttributesData",
    "UiNodeImageAttributes",
    "UiNodeInputAttributes",
    "UiNodeMeta",
    "UiNodeScriptAttributes",
    "UiNodeTextAttributes",
    "UiNodeUnknownAttributes",
    "UiText",
    "Unset",
    "VerifiableIdentityAddress",
    "VerificationFlow",
]

#: The models resolved on first use: every name of ``__all__`` but those defined above.
_LAZY = frozenset(__all__) - {"Identity", "Session", "SessionWithIdentity", "UNSET", "Unset"}


class SessionWithIdentity(Session):
    """A ``Session`` whose ``identity`` is set: what ``whoami`` returns.

    Kratos' whoami always expands the identity; ``from_dict`` checks it rather than assuming it, and
    raises ``ValueError`` for a session without one (``whoami`` then raises ``OryResponseError``). It is a
    ``Session`` in every other way: same fields, ``isinstance(s, Session)``, the same ``to_dict``.
    """

    __slots__ = ()

    identity: Identity

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        session = super().from_dict(src_dict)
        if isinstance(session.identity, Unset):
            raise ValueError("the session has no identity")
        return session


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
