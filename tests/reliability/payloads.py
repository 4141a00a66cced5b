"""Realistic Kratos v26 payloads, written for these tests: the shapes Kratos sends, with plausible values.

Every function returns a fresh object, so a test may mutate it freely. Secrets in them are fixed strings the
secret scan knows (``PAYLOAD_SECRETS``).
"""

from __future__ import annotations

from typing import Any

PUBLIC = "https://auth.example.test"
IDENTITY_ID = "8d2f7a0e-3f1b-4d1e-9a35-1c0b6a8f52d4"
SESSION_ID = "c6a4a3e1-93f0-4b8d-8b0e-2e6f5e7f9a10"
FLOW_ID = "1f6b9a2c-5d8e-4c3b-a7f1-0e9d8c7b6a54"
OTHER_FLOW_ID = "7e1d2c3b-4a59-4687-b6c5-d4e3f2a1b0c9"
MESSAGE_ID = "3b9f0c1d-2e4a-4b6c-8d7e-9f0a1b2c3d4e"
RETURN_TO_QUERY = "https%3A%2F%2Fapp.example.test%2F"
NOW = "2026-03-14T09:26:53.589793Z"
LATER = "2026-03-15T09:26:53.589793Z"

CSRF_TOKEN = "q4Yv0cq3Xz1Lw9mJ8F2dPrR7sT6uV5wX4yZ3aB2cD1eF0gH9iJ8kL7mN6oP5qR4sT3uV2wX1yZ0aB9cD8eF7g=="
SESSION_TOKEN = "ory_st_Zq8rT2vX9pL4mN7bK1jH5gF3dS6aQ0wE"
LOGOUT_TOKEN = "ory_lo_Yp7qS1uW8oK3lM6aJ0iG4fE2cR5zP9vD"
RECOVERY_CODE = "83920571"
RECOVERY_LINK_TOKEN = "rlT0k3nV4lu3S3cr3tW1thEnough3ntr0py"

#: Secrets embedded in these payloads: the suite-wide scan must never find them in logs or failure reports.
PAYLOAD_SECRETS = (CSRF_TOKEN, SESSION_TOKEN, LOGOUT_TOKEN, RECOVERY_LINK_TOKEN)


def text(msg_id: int, value: str, kind: str = "info", **context: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": msg_id, "text": value, "type": kind}
    if context:
        out["context"] = context
    return out


def input_node(
    name: str,
    group: str = "default",
    *,
    type: str = "text",
    value: Any = None,
    required: bool = False,
    label: dict[str, Any] | None = None,
    messages: list[dict[str, Any]] | None = None,
    autocomplete: str | None = None,
) -> dict[str, Any]:
    attributes: dict[str, Any] = {"name": name, "type": type, "disabled": False, "node_type": "input"}
    if value is not None:
        attributes["value"] = value
    if required:
        attributes["required"] = True
    if autocomplete:
        attributes["autocomplete"] = autocomplete
    return {
        "type": "input",
        "group": group,
        "attributes": attributes,
        "messages": messages or [],
        "meta": {"label": label} if label else {},
    }


def csrf_node() -> dict[str, Any]:
    return input_node("csrf_token", type="hidden", value=CSRF_TOKEN, required=True)


def submit_node(method: str, label_id: int, label: str) -> dict[str, Any]:
    return input_node("method", method, type="submit", value=method, label=text(label_id, label))


def identity_payload(identity_id: str = IDENTITY_ID, email: str = "ada@example.com") -> dict[str, Any]:
    return {
        "id": identity_id,
        "schema_id": "default",
        "schema_url": f"{PUBLIC}/schemas/ZGVmYXVsdA",
        "state": "active",
        "state_changed_at": NOW,
        "traits": {"email": email, "name": {"first": "Ada", "last": "Lovelace"}},
        "verifiable_addresses": [
            {
                "id": "5c1e7d2a-0b3f-4a6e-9d8c-7b6a5f4e3d2c",
                "value": email,
                "verified": True,
                "via": "email",
                "status": "completed",
                "verified_at": NOW,
                "created_at": NOW,
                "updated_at": NOW,
            }
        ],
        "recovery_addresses": [
            {
                "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                "value": email,
                "via": "email",
                "created_at": NOW,
                "updated_at": NOW,
            }
        ],
        "credentials": {
            "password": {
                "type": "password",
                "identifiers": [email],
                "version": 0,
                "created_at": NOW,
                "updated_at": NOW,
            }
        },
        "metadata_public": {"plan": "pro"},
        "metadata_admin": None,
        "organization_id": None,
        "created_at": NOW,
        "updated_at": NOW,
    }


def session_payload(identity_id: str = IDENTITY_ID, email: str = "ada@example.com") -> dict[str, Any]:
    return {
        "id": SESSION_ID,
        "active": True,
        "expires_at": LATER,
        "authenticated_at": NOW,
        "authenticator_assurance_level": "aal1",
        "authentication_methods": [{"method": "password", "aal": "aal1", "completed_at": NOW}],
        "issued_at": NOW,
        "identity": identity_payload(identity_id, email),
        "devices": [
            {
                "id": "0c9b8a7f-6e5d-4c3b-9a1f-0e9d8c7b6a5f",
                "ip_address": "203.0.113.7",
                "user_agent": "Mozilla/5.0 (X11; Linux x86_64)",
                "location": "Berlin, DE",
            }
        ],
    }


def _flow_base(kind: str, flow_type: str, state: str, nodes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": FLOW_ID,
        "type": flow_type,
        "expires_at": LATER,
        "issued_at": NOW,
        "request_url": f"{PUBLIC}/self-service/{kind}/{flow_type}?return_to={RETURN_TO_QUERY}",
        "return_to": "https://app.example.test/",
        "state": state,
        "ui": {
            "action": f"{PUBLIC}/self-service/{kind}?flow={FLOW_ID}",
            "method": "POST",
            "nodes": nodes,
        },
    }


def login_flow(flow_type: str = "browser", *, errors: bool = False) -> dict[str, Any]:
    nodes = [csrf_node()] if flow_type == "browser" else []
    nodes += [
        input_node("identifier", required=True, value="ada@example.com", label=text(1070004, "ID")),
        input_node(
            "password",
            "password",
            type="password",
            required=True,
            autocomplete="current-password",
            label=text(1070001, "Password"),
        ),
        submit_node("password", 1010022, "Sign in with password"),
    ]
    flow = _flow_base("login", flow_type, "choose_method", nodes)
    flow.update(
        {
            "created_at": NOW,
            "updated_at": NOW,
            "refresh": False,
            "requested_aal": "aal1",
            "organization_id": None,
        }
    )
    if errors:
        flow["ui"]["messages"] = [
            text(4000006, "The provided credentials are invalid, check for spelling mistakes.", "error")
        ]
    return flow


def registration_flow(flow_type: str = "browser", *, errors: bool = False) -> dict[str, Any]:
    email_messages = [text(4000007, "An account with the same identifier exists already.", "error")]
    nodes = [csrf_node()] if flow_type == "browser" else []
    nodes += [
        input_node(
            "traits.email",
            "password",
            type="email",
            required=True,
            autocomplete="email",
            value="ada@example.com",
            label=text(1070002, "E-Mail", title="E-Mail"),
            messages=email_messages if errors else None,
        ),
        input_node("password", "password", type="password", required=True, autocomplete="new-password"),
        submit_node("password", 1040001, "Sign up"),
    ]
    flow = _flow_base("registration", flow_type, "choose_method", nodes)
    flow["organization_id"] = None
    return flow


def recovery_flow(state: str = "sent_email", *, errors: bool = False) -> dict[str, Any]:
    nodes = [
        csrf_node(),
        input_node("code", "code", type="text", required=True, label=text(1070013, "Recovery code")),
        submit_node("code", 1070005, "Submit"),
    ]
    flow = _flow_base("recovery", "browser", state, nodes)
    flow["active"] = "code"
    flow["ui"]["messages"] = [
        text(4060006, "The recovery code is invalid or has already been used. Please try again.", "error")
        if errors
        else text(
            1060003, "An email containing a recovery code has been sent to the email address you provided."
        )
    ]
    if state == "passed_challenge":
        flow["continue_with"] = [
            {
                "action": "show_settings_ui",
                "flow": {"id": OTHER_FLOW_ID, "url": f"{PUBLIC}/ui/settings?flow={OTHER_FLOW_ID}"},
            },
            {"action": "set_ory_session_token", "ory_session_token": SESSION_TOKEN},
        ]
    return flow


def verification_flow(state: str = "sent_email") -> dict[str, Any]:
    nodes = [
        csrf_node(),
        input_node("code", "code", type="text", required=True, label=text(1070011, "Verification code")),
        input_node("email", "code", type="email", value="ada@example.com"),
        submit_node("code", 1070005, "Submit"),
    ]
    flow = _flow_base("verification", "browser", state, nodes)
    flow["active"] = "code"
    flow["ui"]["messages"] = [text(1080003, "An email containing a verification code has been sent.")]
    return flow


def settings_flow(state: str = "show_form") -> dict[str, Any]:
    nodes = [
        csrf_node(),
        input_node("traits.email", "profile", type="email", value="ada@example.com", required=True),
        input_node("traits.name.first", "profile", value="Ada"),
        submit_node("profile", 1070003, "Save"),
        input_node("password", "password", type="password", required=True, autocomplete="new-password"),
        submit_node("password", 1070003, "Save"),
    ]
    flow = _flow_base("settings", "browser", state, nodes)
    flow["identity"] = identity_payload()
    if state == "success":
        flow["ui"]["messages"] = [text(1050001, "Your changes have been saved!", "success")]
        flow["continue_with"] = [
            {"action": "redirect_browser_to", "redirect_browser_to": "https://app.example.test/"}
        ]
    return flow


def successful_native_login() -> dict[str, Any]:
    return {
        "session": session_payload(),
        "session_token": SESSION_TOKEN,
        "continue_with": [{"action": "set_ory_session_token", "ory_session_token": SESSION_TOKEN}],
    }


def successful_native_registration() -> dict[str, Any]:
    return {
        "identity": identity_payload(),
        "session": session_payload(),
        "session_token": SESSION_TOKEN,
        "continue_with": [
            {"action": "set_ory_session_token", "ory_session_token": SESSION_TOKEN},
            {
                "action": "show_verification_ui",
                "flow": {"id": OTHER_FLOW_ID, "verifiable_address": "ada@example.com", "url": f"{PUBLIC}/v"},
            },
        ],
    }


def logout_flow() -> dict[str, Any]:
    return {
        "logout_token": LOGOUT_TOKEN,
        "logout_url": f"{PUBLIC}/self-service/logout?token={LOGOUT_TOKEN}",
    }


def courier_message() -> dict[str, Any]:
    return {
        "id": MESSAGE_ID,
        "status": "sent",
        "type": "email",
        "recipient": "ada@example.com",
        "subject": "Recover access to your account",
        "body": "Hi, please recover access to your account by entering the following code: 123456",
        "template_type": "recovery_code_valid",
        "send_count": 1,
        "channel": "email",
        "created_at": NOW,
        "updated_at": NOW,
        "dispatches": [
            {
                "id": "4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a",
                "message_id": MESSAGE_ID,
                "status": "success",
                "created_at": NOW,
                "updated_at": NOW,
            }
        ],
    }


def recovery_code_for_identity() -> dict[str, Any]:
    return {
        "recovery_code": RECOVERY_CODE,
        "recovery_link": f"{PUBLIC}/self-service/recovery?flow={FLOW_ID}",
        "expires_at": LATER,
    }


def recovery_link_for_identity() -> dict[str, Any]:
    return {
        "recovery_link": f"{PUBLIC}/self-service/recovery?flow={FLOW_ID}&token={RECOVERY_LINK_TOKEN}",
        "expires_at": LATER,
    }


def batch_patch_response() -> dict[str, Any]:
    return {
        "identities": [
            {"action": "create", "identity": IDENTITY_ID, "patch_id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"},
            {
                "action": "error",
                "patch_id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
                "error": {"code": 409, "status": "Conflict", "message": "identity exists"},
            },
        ]
    }


def schema_container() -> dict[str, Any]:
    return {
        "id": "default",
        "schema": {
            "$id": "https://schemas.example.test/default.json",
            "type": "object",
            "properties": {"traits": {"type": "object", "properties": {"email": {"type": "string"}}}},
        },
    }


def error_envelope(
    status: int,
    error_id: str | None = None,
    *,
    reason: str = "Something went wrong.",
    **extra: Any,
) -> dict[str, Any]:
    error: dict[str, Any] = {
        "code": status,
        "status": {
            400: "Bad Request",
            401: "Unauthorized",
            403: "Forbidden",
            410: "Gone",
            422: "Unprocessable Entity",
        }.get(status, "Error"),
        "reason": reason,
        "message": "The request was rejected",
        "request": "d7ef54b1-ec15-46e6-bccb-524b82c035e6",
    }
    if error_id:
        error["id"] = error_id
    details = extra.pop("details", None)
    if details is not None:
        error["details"] = details
    return {"error": error, **extra}


def error_envelopes() -> list[tuple[int, dict[str, Any]]]:
    """One envelope per documented error id, shaped as Kratos sends it."""
    return [
        (401, error_envelope(401, "session_inactive", reason="No active session was found in this request.")),
        (
            403,
            error_envelope(
                403,
                "session_aal2_required",
                redirect_browser_to=f"{PUBLIC}/self-service/login/browser?aal=aal2",
                details={"redirect_browser_to": f"{PUBLIC}/self-service/login/browser?aal=aal2"},
            ),
        ),
        (
            403,
            error_envelope(
                403,
                "security_csrf_violation",
                details={
                    "docs": "https://www.ory.sh/kratos/docs/debug/csrf",
                    "reject_reason": "cookie missing",
                },
            ),
        ),
        (
            403,
            error_envelope(
                403,
                "session_verified_address_required",
                details={
                    "continue_with": [
                        {
                            "action": "show_verification_ui",
                            "flow": {"id": OTHER_FLOW_ID, "verifiable_address": "a@b"},
                        }
                    ]
                },
            ),
        ),
        (
            410,
            error_envelope(
                410, "self_service_flow_expired", use_flow_id=OTHER_FLOW_ID, expired_at=NOW, since=3600
            ),
        ),
        (410, error_envelope(410, "self_service_flow_replaced", use_flow_id=OTHER_FLOW_ID)),
        (
            422,
            error_envelope(
                422,
                "browser_location_change_required",
                redirect_browser_to=f"{PUBLIC}/self-service/methods/oidc",
            ),
        ),
        (400, error_envelope(400, "session_already_available")),
        (400, error_envelope(400, "self_service_flow_return_to_forbidden")),
        (401, {"error": {"code": 401, "status": "Unauthorized", "message": "identity is disabled"}}),
        (404, error_envelope(404, None, reason="Unable to locate the resource")),
        (409, error_envelope(409, None, reason="This identity conflicts with another identity")),
        (429, error_envelope(429, None, reason="rate limited")),
        (500, error_envelope(500, None, reason="database unreachable")),
    ]
