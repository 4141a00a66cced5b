"""``repr()`` of a flow hides every secret its UI nodes carry, and still shows what is not secret.

(And an identity's repr hides its credentials' ``config``: hashed password, TOTP URL, OIDC tokens.)

A flow's repr ends up in logs, tracebacks and debugger output. Secrets in flows: the CSRF token (the value of
the hidden ``csrf_token`` input), the value of any input named like a secret or of type password, the TOTP
secret (text node ``totp_secret_key``: its UiText 1050006 has the secret as text and in its context), the
TOTP QR code (image ``totp_qr``: a data URL of the ``otpauth://`` URL with the secret) and the lookup
(backup) codes (text node ``lookup_secret_codes``: UiText 1050015 lists them in its text and, as UiTexts
1050009, in ``context.secrets``). Checked on flows built from hand-written payloads, on every payload real
Kratos serialised (``../shared/fixtures/kratos-real``), and on settings flows with a TOTP key and lookup
codes from a live Kratos (the fake and the real one), through the facade's wrappers and exceptions.
"""

from __future__ import annotations

import base64
import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from backends import Backend

from ory_facade import FlowValidationError, OryClient
from ory_facade._redact import excerpt, redact

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "kratos-real"
MANIFEST = CORPUS / "manifest.json"

#: UiText ids whose text and context carry a secret: the TOTP key, one lookup code, the list of codes.
SECRET_TEXT_IDS = {1050006, 1050009, 1050015}
SECRET_TEXT_NODES = {"totp_secret_key", "lookup_secret_codes"}
#: Fields of an identity credential's ``config`` that hold a secret (admin API with include_credential).
CREDENTIAL_CONFIG_SECRETS = ("hashed_password", "totp_url", "initial_access_token", "initial_id_token")
#: Values this short are words ("true", "totp"), not secrets worth searching for.
MIN_LENGTH = 6


def secret_input(attributes: dict[str, Any]) -> bool:
    name = str(attributes.get("name", "")).lower()
    return (
        attributes.get("type") == "password"
        or name.endswith("code")
        or any(word in name for word in ("password", "secret", "token", "csrf"))
    )


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def secrets_in(payload: Any) -> set[str]:
    """Every secret a flow payload carries, found from the JSON by the rules above."""
    found: set[str] = set()

    def visit(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                visit(item)
            return
        if not isinstance(value, dict):
            return
        node_type = value.get("node_type")
        if node_type == "input" and secret_input(value) and isinstance(value.get("value"), str):
            found.add(value["value"])
        if node_type == "text" and value.get("id") in SECRET_TEXT_NODES:
            found.update(strings(value.get("text")))
        if node_type == "img" and value.get("id") == "totp_qr":
            found.add(value["src"])
        for key in CREDENTIAL_CONFIG_SECRETS:  # an identity's credentials, with include_credential
            if isinstance(value.get(key), str):
                found.add(value[key])
        if value.get("id") in SECRET_TEXT_IDS and "text" in value and "type" in value:  # a UiText
            found.update(strings(value.get("text")))
            found.update(strings(value.get("context")))
        for item in value.values():
            visit(item)

    visit(payload)
    return {s for s in found if len(s) >= MIN_LENGTH}


def assert_hidden(text: str, secrets: set[str], where: str) -> None:
    shown = sorted(s[:4] + "…" for s in secrets if s in text)
    assert shown == [], f"{where}: {len(shown)} secret(s) in repr, starting {shown}"
    for secret in secrets:
        if secret.startswith("data:"):  # not even a piece of the QR code's image
            assert secret[22:80] not in text, where


def model_class(name: str) -> Any:
    module = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return getattr(importlib.import_module(f"ory_kratos_api.models.{module}"), name)


# --- hand-written payloads -------------------------------------------------------------------------------
CSRF = "kD9zQ2xMd3ZqUkR5b2d4aE5SRmZlR0NrT0lhVzJ0cVZ3dG5iZ2xzU0x5cHc9PQ=="
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
OTPAUTH = f"otpauth://totp/Example:ada@example.org?issuer=Example&secret={TOTP_SECRET}"
QR = "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + OTPAUTH.encode() * 4).decode()
CODES = ["7dq3kd2a", "9sk2mc8x", "p4zn8r1e"]
PASSWORD = "the typed-in passphrase"


def text(id_: int, value: str, context: Any = None, type_: str = "info") -> dict[str, Any]:
    out: dict[str, Any] = {"id": id_, "text": value, "type": type_}
    if context is not None:
        out["context"] = context
    return out


def input_node(
    name: str, type_: str, value: Any = None, label: dict[str, Any] | None = None
) -> dict[str, Any]:
    attributes: dict[str, Any] = {
        "name": name,
        "type": type_,
        "required": False,
        "disabled": False,
        "node_type": "input",
    }
    if value is not None:
        attributes["value"] = value
    return {
        "type": "input",
        "group": "default" if name == "csrf_token" else "password",
        "attributes": attributes,
        "messages": [],
        "meta": {"label": label} if label else {},
    }


def flow_base(flow_type: str = "browser") -> dict[str, Any]:
    return {
        "id": "5c1e7d2a-0b3f-4a6e-9d8c-0123456789ab",
        "type": flow_type,
        "expires_at": "2030-01-01T00:00:00Z",
        "issued_at": "2030-01-01T00:00:00Z",
        "request_url": "http://kratos.test/self-service/login/browser",
        "state": "choose_method",
    }


def login_flow() -> dict[str, Any]:
    nodes = [
        input_node("csrf_token", "hidden", CSRF),
        input_node("identifier", "text", "ada@example.org", text(1070004, "ID")),
        input_node("password", "password", PASSWORD, text(1070001, "Password")),
        input_node("method", "submit", "password", text(1010001, "Sign in")),
    ]
    return {**flow_base(), "ui": {"action": "http://kratos.test/x", "method": "POST", "nodes": nodes}}


def settings_flow() -> dict[str, Any]:
    code_texts = [text(1050009, code, {"secret": code}) for code in CODES]
    listing = text(1050015, ", ".join(CODES), {"secrets": code_texts})
    nodes = [
        input_node("csrf_token", "hidden", CSRF),
        {
            "type": "img",
            "group": "totp",
            "attributes": {"src": QR, "id": "totp_qr", "width": 256, "height": 256, "node_type": "img"},
            "messages": [],
            "meta": {"label": text(1050005, "Authenticator app QR code")},
        },
        {
            "type": "text",
            "group": "totp",
            "attributes": {
                "id": "totp_secret_key",
                "text": text(1050006, TOTP_SECRET, {"secret": TOTP_SECRET}),
                "node_type": "text",
            },
            "messages": [],
            "meta": {"label": text(1050017, "This is your authenticator app secret.")},
        },
        input_node("totp_code", "text", "123456", text(1070006, "Verify code")),
        {
            "type": "text",
            "group": "lookup_secret",
            "attributes": {"id": "lookup_secret_codes", "text": listing, "node_type": "text"},
            "messages": [],
            "meta": {"label": text(1050010, "These are your back up recovery codes.")},
        },
    ]
    identity = {
        "id": "0c5a1c37-4f3b-4d47-9b0e-0123456789ab",
        "schema_id": "default",
        "schema_url": "http://kratos.test/schemas/ZGVmYXVsdA",
        "traits": {"email": "ada@example.org"},
    }
    flow = {**flow_base(), "state": "show_form", "identity": identity}
    return {**flow, "ui": {"action": "http://kratos.test/x", "method": "POST", "nodes": nodes}}


def test_the_rules_find_the_secrets_of_the_hand_written_flows() -> None:
    assert secrets_in(login_flow()) == {CSRF, PASSWORD}
    assert secrets_in(settings_flow()) == {CSRF, QR, TOTP_SECRET, *CODES, ", ".join(CODES), "123456"}


def test_login_flow_repr_hides_the_csrf_token_and_the_password() -> None:
    from ory_kratos_api.models import LoginFlow

    shown = repr(LoginFlow.from_dict(login_flow()))
    assert_hidden(shown, {CSRF, PASSWORD}, "login flow")
    for visible in ("name='csrf_token'", "name='identifier'", "'ada@example.org'", "'Sign in'", "'Password'"):
        assert visible in shown
    assert "value=<hidden>" in shown


def test_settings_flow_repr_hides_the_totp_secret_qr_code_and_lookup_codes() -> None:
    from ory_kratos_api.models import SettingsFlow

    shown = repr(SettingsFlow.from_dict(settings_flow()))
    assert_hidden(shown, {CSRF, QR, TOTP_SECRET, *CODES}, "settings flow")
    for visible in ("totp_secret_key", "totp_qr", "lookup_secret_codes", "Authenticator app QR code"):
        assert visible in shown
    assert "This is your authenticator app secret." in shown and "back up recovery codes" in shown
    assert "id=1050015" in shown and "id=1050006" in shown


def test_each_model_hides_its_secret_fields_on_its_own() -> None:
    from ory_kratos_api.models import (
        UiNodeImageAttributes,
        UiNodeInputAttributes,
        UiNodeTextAttributes,
        UiText,
    )

    for name, type_ in (
        ("csrf_token", "hidden"),
        ("lookup_secret", "text"),
        ("x", "password"),
        ("code", "text"),
    ):
        attrs = {
            "name": name,
            "type": type_,
            "value": "s3cr3t-value",
            "disabled": False,
            "node_type": "input",
        }
        assert "s3cr3t-value" not in repr(UiNodeInputAttributes.from_dict(attrs)), name
    visible = {"name": "traits.email", "type": "email", "value": "ada@example.org", "disabled": False}
    assert "ada@example.org" in repr(UiNodeInputAttributes.from_dict({**visible, "node_type": "input"}))
    assert TOTP_SECRET not in repr(UiText.from_dict(text(1050006, TOTP_SECRET, {"secret": TOTP_SECRET})))
    # any UiText whose context names a secret, whatever its id
    assert TOTP_SECRET not in repr(UiText.from_dict(text(1059999, "x", {"secret": TOTP_SECRET})))
    assert "Sign in" in repr(UiText.from_dict(text(1010001, "Sign in")))
    node_text = {"id": "totp_secret_key", "text": text(1, TOTP_SECRET), "node_type": "text"}
    assert TOTP_SECRET not in repr(UiNodeTextAttributes.from_dict(node_text))
    image = {"id": "totp_qr", "src": QR, "width": 1, "height": 1, "node_type": "img"}
    assert QR[22:60] not in repr(UiNodeImageAttributes.from_dict(image))
    logo = {"id": "logo", "src": "https://example.org/logo.png", "width": 1, "height": 1, "node_type": "img"}
    assert "https://example.org/logo.png" in repr(UiNodeImageAttributes.from_dict(logo))


def test_unset_fields_are_left_out_of_reprs() -> None:
    from ory_kratos_api.models import LoginFlow

    shown = repr(LoginFlow.from_dict(login_flow()))
    assert "Unset" not in shown and "additional_properties={}" not in shown
    assert "request_url='http://kratos.test/self-service/login/browser'" in shown


# --- what real Kratos serialised -------------------------------------------------------------------------
def _corpus() -> list[tuple[str, str]]:
    return sorted(json.loads(MANIFEST.read_text()).items()) if MANIFEST.exists() else []


@pytest.mark.skipif(not MANIFEST.exists(), reason="../shared/fixtures/kratos-real is not beside the repo")
def test_no_secret_of_a_real_kratos_payload_is_in_its_repr() -> None:
    checked = 0
    for path, model in _corpus():
        payload = json.loads((CORPUS / path).read_text())
        secrets = secrets_in(payload)
        parsed = model_class(model).from_dict(payload)
        assert_hidden(repr(parsed), secrets, path)
        checked += len(secrets)
    assert checked > 0  # the corpus holds CSRF tokens at least


# --- live flows: the facade's wrappers and exceptions ----------------------------------------------------
def _client(backend: Backend) -> OryClient:
    return OryClient(backend.public_url, admin_url=backend.admin_url, api_key=backend.api_key)


def test_live_settings_flows_hide_the_totp_secret_and_lookup_codes(backend: Backend) -> None:
    email = "repr@example.org"
    backend.create_identity(email=email, password=PASSWORD)
    with _client(backend) as ory:
        token = ory.login.with_password(email, PASSWORD).session_token
        assert token
        created = ory.settings.create_native(session_token=token)
        raw = created.flow.to_dict()
        totp = secrets_in(raw)
        assert any(s.startswith("data:image/") for s in totp) and len(totp) >= 2, "no TOTP key in the flow"
        for obj, where in ((created.flow, "flow"), (created, "FlowResponse")):
            assert_hidden(repr(obj), totp, where)
        assert "totp_secret_key" in repr(created.flow) and "totp_code" in repr(created.flow)

        shown = ory.settings.submit(
            created.flow, {"method": "lookup_secret", "lookup_secret_regenerate": True}, session_token=token
        )
        assert shown.flow is not None
        codes = secrets_in(shown.flow.to_dict())
        assert len(codes) >= 12, "no lookup codes in the flow"
        for obj, where in ((shown.flow, "flow"), (shown, "SubmitResult")):
            assert_hidden(repr(obj), codes | totp, where)
        assert "lookup_secret_codes" in repr(shown.flow)

        with pytest.raises(FlowValidationError) as caught:
            ory.settings.submit(created.flow, {"method": "totp", "totp_code": "000000"}, session_token=token)
        rejected = secrets_in(caught.value.flow.to_dict())
        assert rejected, "the rejected flow has no secret to check"
        for text_ in (
            repr(caught.value),
            str(caught.value),
            repr(caught.value.flow),
            repr(caught.value.args),
        ):
            assert_hidden(text_, rejected | totp, "FlowValidationError")


# --- the same secrets in error text: a flow Kratos sent that did not parse is shown as a redacted excerpt --
def _shown_in_an_error(payload: Any) -> str:
    return redact(json.dumps(payload))


def _whole_values(payload: Any, secrets: set[str]) -> set[str]:
    """The secrets that occur in the JSON only as whole string values (``123456`` also occurs inside the
    id ``…0123456789ab``, which is not a secret and stays readable)."""
    dumped = json.dumps(payload)
    return {s for s in secrets if dumped.count(s) == dumped.count(json.dumps(s))}


def test_redaction_hides_the_secrets_of_hand_written_flows() -> None:
    for payload in (login_flow(), settings_flow()):
        secrets = _whole_values(payload, secrets_in(payload))
        assert secrets
        assert_hidden(_shown_in_an_error(payload), secrets, "redact()")


@pytest.mark.skipif(not MANIFEST.exists(), reason="../shared/fixtures/kratos-real is not beside the repo")
def test_redaction_hides_every_secret_of_a_real_kratos_payload() -> None:
    checked = 0
    for path, _model in _corpus():
        payload = json.loads((CORPUS / path).read_text())
        secrets = _whole_values(payload, secrets_in(payload))
        assert_hidden(_shown_in_an_error(payload), secrets, path)
        checked += len(secrets)
    assert checked > 0


def test_redaction_hides_live_totp_keys_and_lookup_codes(backend: Backend) -> None:
    email = "redact@example.org"
    backend.create_identity(email=email, password=PASSWORD)
    with _client(backend) as ory:
        token = ory.login.with_password(email, PASSWORD).session_token
        assert token
        created = ory.settings.create_native(session_token=token)
        shown = ory.settings.submit(
            created.flow, {"method": "lookup_secret", "lookup_secret_regenerate": True}, session_token=token
        )
        assert shown.flow is not None
        assert created.response is not None and shown.response is not None
        for raw in (created.response.json(), shown.response.json()):
            secrets = _whole_values(raw, secrets_in(raw))
            assert len(secrets) >= 2
            assert_hidden(_shown_in_an_error(raw), secrets, "redact()")
            assert_hidden(excerpt(json.dumps(raw).encode(), 100_000), secrets, "excerpt()")
