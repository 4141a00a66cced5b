"""The generated client's known defects (generator-notes D1-D8) stay fixed."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import httpx
import ory_kratos_api
import ory_kratos_api.models as models
from ory_kratos_api.api.frontend import update_registration_flow, update_settings_flow
from ory_kratos_api.api.identity import list_identities
from ory_kratos_api.client import AuthenticatedClient, Client
from ory_kratos_api.models.update_registration_flow_with_password_method import (
    UpdateRegistrationFlowWithPasswordMethod,
)
from ory_kratos_api.models.update_settings_flow_with_profile_method import UpdateSettingsFlowWithProfileMethod

PACKAGE = Path(ory_kratos_api.__file__).parent


def test_flow_submits_send_json_with_nested_traits() -> None:
    body = UpdateRegistrationFlowWithPasswordMethod(
        method="password",
        password="not-a-real-password",
        traits={"email": "a@example.org", "name": {"first": "A"}},
    )
    kwargs = update_registration_flow._get_kwargs(body=body, flow="f1")
    assert "data" not in kwargs
    assert kwargs["json"]["traits"] == {"email": "a@example.org", "name": {"first": "A"}}
    request = httpx.Request(kwargs["method"], "http://127.0.0.1" + kwargs["url"], json=kwargs["json"])
    assert request.headers["content-type"] == "application/json"


def test_settings_profile_submit_is_json() -> None:
    body = UpdateSettingsFlowWithProfileMethod(method="profile", traits={"email": "b@example.org"})
    kwargs = update_settings_flow._get_kwargs(body=body, flow="f2")
    assert "data" not in kwargs and kwargs["json"]["traits"] == {"email": "b@example.org"}


def test_no_parameter_defaults_are_invented() -> None:
    kwargs = list_identities._get_kwargs()
    assert kwargs["params"] == {}


def test_client_never_stores_cookies_between_calls() -> None:
    seen_cookies: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen_cookies.append(request.headers.get("cookie"))
        return httpx.Response(
            200, headers={"set-cookie": "ory_kratos_session=user-a-secret; Path=/"}, json={}
        )

    client = Client(base_url="http://127.0.0.1:1", httpx_args={"transport": httpx.MockTransport(handler)})
    http = client.get_httpx_client()
    http.get("/sessions/whoami")
    http.get("/sessions/whoami")
    assert seen_cookies == [None, None]
    assert len(http.cookies) == 0


def test_clients_have_a_finite_timeout() -> None:
    for client in (
        Client(base_url="http://127.0.0.1:1"),
        AuthenticatedClient(base_url="http://127.0.0.1:1", token="t"),
    ):
        timeout = client.get_httpx_client().timeout
        assert timeout.read is not None and 0 < timeout.read <= 30
        assert timeout.connect is not None and 0 < timeout.connect <= 30


def test_api_key_is_not_in_the_client_repr() -> None:
    assert "super-secret-key" not in repr(
        AuthenticatedClient(base_url="http://127.0.0.1:1", token="super-secret-key")
    )


def test_every_generated_module_imports_and_names_resolve() -> None:
    names = [m.name for m in pkgutil.walk_packages(ory_kratos_api.__path__, "ory_kratos_api.")]
    assert len(names) > 200
    for name in names:
        importlib.import_module(name)


def test_model_names_come_from_schema_keys() -> None:
    expected = [
        "Identity", "Session", "LoginFlow", "RegistrationFlow", "RecoveryFlow", "VerificationFlow",
        "SettingsFlow", "UiNode", "UiContainer", "UiText", "IdentityCredentials", "IdentityCredentialsMap",
        "VerifiableIdentityAddress", "RecoveryIdentityAddress", "ErrorGeneric", "GenericError",
        "ContinueWithVerificationUi", "ContinueWithSettingsUi", "ContinueWithRecoveryUi",
        "ContinueWithRedirectBrowserTo", "ContinueWithSetOrySessionToken", "ContinueWithUnknown",
        "SuccessfulNativeLogin", "SuccessfulNativeRegistration", "LogoutFlow", "Message",
    ]  # fmt: skip
    missing = [name for name in expected if not hasattr(models, name)]
    assert missing == []
    # No class may be named from prose: titles are stripped, so names stay short.
    longest = max(models.__all__, key=len)
    assert len(longest) <= 60, longest


def test_generated_code_has_no_undefined_or_redefined_names() -> None:
    """D2: a module that uses a name it never imports fails only at call time."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--no-cache",
            "--select",
            "F821,F811",
            str(PACKAGE),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_importing_one_model_loads_only_what_it_needs() -> None:
    code = (
        "import sys\n"
        "from ory_kratos_api.models.session import Session\n"
        "loaded = [m for m in sys.modules if m.startswith('ory_kratos_api.models.')]\n"
        "print(len(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    total = len(models.__all__)
    assert int(result.stdout) < total // 4, f"{result.stdout.strip()} of {total} model modules loaded"


def test_models_package_resolves_names_lazily() -> None:
    from ory_kratos_api.models import Identity as FromPackage
    from ory_kratos_api.models.identity import Identity

    assert FromPackage is Identity is models.Identity
    assert "SettingsFlow" in dir(models)
    try:
        models.NoSuchModel  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchModel" in str(exc)
    else:
        raise AssertionError("an unknown model name must raise AttributeError")


def test_ids_are_plain_strings() -> None:
    from ory_kratos_api.models.session import Session

    session = Session.from_dict({"id": "NOT-A-CANONICAL-UUID"})
    assert session.id == "NOT-A-CANONICAL-UUID"
    assert session.to_dict()["id"] == "NOT-A-CANONICAL-UUID"
