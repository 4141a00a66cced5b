"""Checks every response of the fake against the project's OpenAPI spec (operation + status).

Needs ``openapi-schema-validator`` (``pip install 'ory-facade[testing]'``), imported lazily. The spec
ships inside the package (``ory_facade/testing/openapi/kratos-api.json``: in the checkout a symbolic link to
``openapi/kratos-api.json``, the spec the client is generated from, whose bytes the wheel carries),
so an installed wheel validates as a checkout does. Where real Kratos is known to send something its spec
does not allow, the fake follows Kratos and :data:`KNOWN_DEVIATIONS` relaxes the check; each entry belongs
in ``openapi/ERRATA.md``.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import threading
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["KNOWN_DEVIATIONS", "ResponseValidator", "default_spec_path", "validation_unavailable"]

KNOWN_DEVIATIONS: dict[str, str] = {
    "genericError.details": "The spec forbids any property in `details` (additionalProperties: false), but "
    "Kratos fills it: CSRF errors (docs, hint, reject_reason), session_aal2_required (redirect_browser_to), "
    "expired flows on GET (redirect_to, return_to, api).",
    "errorBrowserLocationChangeRequired.error": "The spec nests `errorGeneric` (so `error.error`), but "
    "Kratos sends the herodot object directly under `error`, like every other error.",
    "getWebAuthnJavaScript": "Declared as application/json, but the body is JavaScript (text/javascript).",
    "successfulNativeLogin.continue_with": "Declared as an array, but Kratos' APIFlowResponse has no "
    "omitempty on it (v1.3.1 and v26.2.0 selfservice/flow/login/session.go): null when empty.",
    "redirect bodies": "A 303 is declared without content, but Go's http.Redirect writes a one-line HTML "
    "page (text/html) for GET requests; clients ignore it.",
    "update*Flow 400": "A 400 of updateLoginFlow, updateRegistrationFlow, updateSettingsFlow, "
    "updateRecoveryFlow and updateVerificationFlow is declared as the flow only, but Kratos also answers "
    "400 with the error envelope: session_already_available, a missing or malformed `flow` parameter, an API "
    "flow sent with cookies or an Origin header, an undecodable body.",
    "302 redirects": "Not declared, but a browser form post to updateRegistrationFlow with a form error is "
    "sent back to the UI with a 302 (selfservice/flow/registration/error.go), and updateSettingsFlow / "
    "getSettingsFlow without a session redirect a non-JSON request to the login UI with a 302 "
    "(selfservice/flow/settings/strategy_helper.go OnUnauthenticated, session.RedirectOnUnauthenticated).",
    "session.identity, session.devices": "Declared as an object and an array, but Session has no "
    "omitempty on either (v1.3.1 and v26.2.0 session/session.go): the admin session API sends null for "
    "what it did not expand.",
    "batchPatchIdentitiesResponse.identities": "Declared as an array of objects, but the handler leaves "
    "the result of an item without `create` nil, sent as null (identity/handler.go batchPatchIdentities, "
    "v1.3.1 and v26.2.0).",
    "createBrowserLogoutFlow 303": "Only 200/400/401/500 are declared, but without a session a browser "
    "(not asking for JSON) is redirected to the error UI: the handler forwards the error through the "
    "self-service error manager (selfservice/flow/logout/handler.go).",
}

# Operations Kratos also answers with a 302 (see the "302 redirects" deviation).
_FOUND_REDIRECTS = ("updateRegistrationFlow", "updateSettingsFlow", "getSettingsFlow")

_FLOW_UPDATES = (
    "updateLoginFlow",
    "updateRegistrationFlow",
    "updateSettingsFlow",
    "updateRecoveryFlow",
    "updateVerificationFlow",
)

_NON_JSON_OK = {"getWebAuthnJavaScript"}


def default_spec_path() -> Path:
    """The spec shipped as package data (found the same way in a checkout and in an installed wheel)."""
    return Path(str(resources.files("ory_facade.testing").joinpath("openapi", "kratos-api.json")))


def validation_unavailable() -> str | None:
    """Why responses cannot be validated here (None when they can): what the pytest plugin reports
    instead of silently not validating."""
    if not default_spec_path().is_file():
        return f"the OpenAPI spec is missing from the package ({default_spec_path()})"
    if importlib.util.find_spec("openapi_schema_validator") is None:
        return "openapi-schema-validator is not installed (pip install 'ory-facade[testing]')"
    return None


def _relaxed(spec: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(spec)
    schemas = out["components"]["schemas"]
    schemas["genericError"]["properties"]["details"] = {"type": "object"}
    schemas["errorBrowserLocationChangeRequired"]["properties"]["error"] = {
        "$ref": "#/components/schemas/genericError"
    }
    schemas["successfulNativeLogin"]["properties"]["continue_with"]["nullable"] = True
    schemas["batchPatchIdentitiesResponse"]["properties"]["identities"]["items"] = {
        "anyOf": [
            {"$ref": "#/components/schemas/identityPatchResponse"},
            {"type": "object", "nullable": True, "maxProperties": 0},
        ]
    }
    session = schemas["session"]["properties"]
    session["devices"]["nullable"] = True
    session["identity"] = {
        "anyOf": [session["identity"], {"type": "object", "nullable": True, "maxProperties": 0}]
    }
    for item in out["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == "createBrowserLogoutFlow":
                op["responses"].setdefault("303", {"description": "redirect to the error UI"})
            if isinstance(op, dict) and op.get("operationId") in _FLOW_UPDATES:
                media = op["responses"]["400"]["content"]["application/json"]
                media["schema"] = {"anyOf": [media["schema"], {"$ref": "#/components/schemas/errorGeneric"}]}
            if isinstance(op, dict) and op.get("operationId") in _FOUND_REDIRECTS:
                op["responses"].setdefault("302", {"description": "redirect (http.StatusFound)"})
    return out


def _short(value: Any) -> str:
    if isinstance(value, (bool, int, float)) or (isinstance(value, str) and len(value) <= 40):
        return f" ({value!r})"
    if isinstance(value, list) and all(isinstance(v, str) for v in value) and len(value) <= 8:
        return f" ({', '.join(value)})"
    return ""


class ResponseValidator:
    """Validates (operationId, status, body) against the spec; messages never echo body values."""

    def __init__(self, spec_path: str | Path | None = None) -> None:
        path = Path(spec_path) if spec_path is not None else default_spec_path()
        if not path.is_file():
            raise FileNotFoundError(f"OpenAPI spec not found at {path}")
        self.spec = _relaxed(json.loads(path.read_text(encoding="utf-8")))
        self.operations: dict[str, dict[str, Any]] = {}
        for item in self.spec["paths"].values():
            for op in item.values():
                if isinstance(op, dict) and "operationId" in op:
                    self.operations[op["operationId"]] = op
        self._validators: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()

    def _response(self, op: dict[str, Any], status: int) -> dict[str, Any] | None:
        responses = op.get("responses", {})
        entry = responses.get(str(status)) or responses.get("default")
        if entry is None:
            return None
        if "$ref" in entry:
            name = str(entry["$ref"]).rsplit("/", 1)[-1]
            entry = self.spec["components"]["responses"][name]
        return entry  # type: ignore[no-any-return]

    def _validator(self, operation_id: str, key: str, schema: dict[str, Any]) -> Any:
        with self._lock:
            found = self._validators.get((operation_id, key))
            if found is None:
                from openapi_schema_validator import OAS30Validator, oas30_format_checker

                root = {**schema, "components": self.spec["components"]}
                found = OAS30Validator(root, format_checker=oas30_format_checker)
                self._validators[(operation_id, key)] = found
            return found

    def check(
        self, operation_id: str, status: int, content_type: str, payload: Any, body: bytes
    ) -> list[str]:
        """Problems with one response (empty when it matches the spec)."""
        op = self.operations.get(operation_id)
        if op is None:
            return [f"operation {operation_id} is not in the spec"]
        entry = self._response(op, status)
        if entry is None:
            return [f"status {status} is not declared for {operation_id}"]
        content = entry.get("content")
        if not content:
            redirect_page = 300 <= status < 400 and content_type.lower().startswith("text/html")
            return (
                ["a body was sent for a response declared without content"]
                if body and not redirect_page
                else []
            )
        is_json = content_type.split(";")[0].strip().lower() == "application/json"
        if not is_json:
            if operation_id in _NON_JSON_OK or any(not ct.endswith("json") for ct in content):
                return []
            return [f"content type {content_type or 'none'} where the spec declares {', '.join(content)}"]
        media = content.get("application/json")
        if media is None:
            return [f"JSON body where the spec declares {', '.join(content)}"]
        schema = media.get("schema", {})
        validator = self._validator(operation_id, str(status), schema)
        problems = []
        for error in sorted(validator.iter_errors(payload), key=lambda e: list(e.path))[:5]:
            problems.append(f"{error.json_path}: failed {error.validator!r}{_short(error.validator_value)}")
        return problems
