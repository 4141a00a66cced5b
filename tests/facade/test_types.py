"""``ory_facade.types``: every model of the public API from one module, and whoami's session type."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import typing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ory_kratos_api.models as models
import pytest
from facade_fakes import MockKratos, session

import ory_facade.types
from ory_facade import OryClient, OryResponseError
from ory_facade.session_cache import LRUCacheBackend, SessionCache
from ory_facade.types import Session, SessionWithIdentity

HERE = Path(__file__).resolve().parent
WHOAMI = "/sessions/whoami"
#: Within the lifetime of facade_fakes.session() (issued at its NOW, expiring an hour later).
BEFORE_EXPIRY = datetime(2026, 2, 1, 10, 30, tzinfo=UTC)

EXPECTED = {
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
}
#: Exported names that are not generated models.
FACADE_OWN = {"SessionWithIdentity", "UNSET", "Unset"}


def exported_models() -> dict[str, type]:
    return {
        name: getattr(ory_facade.types, name) for name in ory_facade.types.__all__ if name not in FACADE_OWN
    }


def test_all_is_pinned() -> None:
    assert set(ory_facade.types.__all__) == EXPECTED
    assert len(ory_facade.types.__all__) == len(EXPECTED)


def test_exports_are_the_generated_classes() -> None:
    for name, value in exported_models().items():
        assert value is getattr(models, name), name
    from ory_kratos_api.types import UNSET, Unset

    assert ory_facade.types.UNSET is UNSET and ory_facade.types.Unset is Unset
    assert issubclass(SessionWithIdentity, Session)


def test_what_mypy_sees_is_what_runs() -> None:
    """The names imported under TYPE_CHECKING (for mypy) are exactly those resolved lazily at run time."""
    tree = ast.parse(Path(ory_facade.types.__file__).read_text())
    static = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ory_kratos_api")
        for alias in node.names
    }
    assert static - {"UNSET", "Unset"} == set(exported_models())
    assert set(exported_models()) - {"Session", "Identity"} == ory_facade.types._LAZY


def test_every_model_of_a_public_signature_is_exported() -> None:
    out = subprocess.run(
        [sys.executable, str(HERE / "public_signatures.py")], capture_output=True, text=True, check=True
    )
    found: dict[str, str] = json.loads(out.stdout)
    assert {"Identity", "Session", "LoginFlow", "UiNode"} <= set(found)  # the walk does find them
    missing = {name: where for name, where in found.items() if name not in ory_facade.types.__all__}
    assert not missing, f"models in public signatures but not in ory_facade.types: {missing}"


def test_exported_models_are_closed_under_their_fields() -> None:
    """A model's fields name only exported models, so ``flow.ui.nodes[0].attributes`` has a name too."""
    names = {name: getattr(models, name) for name in models.__all__}
    exported = set(exported_models().values())
    for model in exported:
        module = sys.modules[model.__module__]
        for field, hint in typing.get_type_hints(model, globalns={**names, **vars(module)}).items():
            for inner in _classes(hint):
                if inner.__module__.startswith("ory_kratos_api.models."):
                    assert inner in exported, f"{model.__name__}.{field} names {inner.__name__}"


def _classes(hint: Any) -> list[type]:
    found = [hint] if isinstance(hint, type) else []
    for arg in typing.get_args(hint):
        found += _classes(arg)
    return found


def test_importing_the_module_loads_only_session_and_identity() -> None:
    code = (
        "import sys, ory_facade.types as t\n"
        "before = {m for m in sys.modules if m.startswith('ory_kratos_api.models.')}\n"
        "t.UiNode\n"
        "after = {m for m in sys.modules if m.startswith('ory_kratos_api.models.')}\n"
        "print('ory_kratos_api.models.ui_node' in before, 'ory_kratos_api.models.ui_node' in after,"
        " 'ory_kratos_api.models.session' in before)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "True"]
    with pytest.raises(AttributeError, match="Nope"):
        ory_facade.types.Nope  # noqa: B018


def test_whoami_returns_a_session_with_identity(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", WHOAMI, 200, session())
    result = ory.whoami(session_token="ory_st_abc")
    assert type(result) is SessionWithIdentity and isinstance(result, Session)
    assert result.identity.traits["email"] == "ada@example.com"
    assert repr(result).startswith("SessionWithIdentity(id=")


def test_whoami_without_identity_is_a_response_error(kratos: MockKratos, ory: OryClient) -> None:
    doc = session()
    del doc["identity"]
    kratos.json("GET", WHOAMI, 200, doc)
    with pytest.raises(OryResponseError, match="does not match a Session with its identity"):
        ory.whoami(session_token="ory_st_abc")


def test_whoami_with_traits_not_an_object_is_a_response_error(kratos: MockKratos, ory: OryClient) -> None:
    doc = session()
    doc["identity"]["traits"] = "ada@example.com"
    kratos.json("GET", WHOAMI, 200, doc)
    with pytest.raises(OryResponseError, match="traits must be a JSON object"):
        ory.whoami(session_token="ory_st_abc")


class DictBackend:
    """A store of JSON values (as Redis is): what the cache writes is re-parsed on every hit."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def set(self, key: str, value: Any, ttl: float) -> None:
        self.values[key] = json.loads(json.dumps(value))

    def delete(self, key: str) -> None:
        self.values.pop(key, None)


def test_cached_sessions_keep_their_type(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", WHOAMI, 200, session())
    for backend in (DictBackend(), LRUCacheBackend()):
        cache = SessionCache(ory, ttl=60, backend=backend, now=lambda: BEFORE_EXPIRY)
        first = cache.whoami(session_token="ory_st_abc")
        hit = cache.whoami(session_token="ory_st_abc")
        assert cache.hits == 1 and type(hit) is SessionWithIdentity and hit == first


def test_a_cached_plain_session_is_not_trusted(kratos: MockKratos, ory: OryClient) -> None:
    """An object store shared with another version may hold a plain Session: that is a miss."""
    kratos.json("GET", WHOAMI, 200, session())
    backend = LRUCacheBackend()
    cache = SessionCache(ory, ttl=60, backend=backend, now=lambda: BEFORE_EXPIRY)
    key = cache.key(session_token="ory_st_abc")
    assert key is not None
    backend.set(key, Session.from_dict(session()), 60)
    result = cache.whoami(session_token="ory_st_abc")
    assert cache.misses == 1 and type(result) is SessionWithIdentity
    assert kratos.count("GET", WHOAMI) == 1


def test_pickled_sessions_keep_their_type() -> None:
    import pickle

    parsed = SessionWithIdentity.from_dict(session())
    again = pickle.loads(pickle.dumps(parsed))
    assert type(again) is SessionWithIdentity and again == parsed
