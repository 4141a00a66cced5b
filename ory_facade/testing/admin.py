"""The admin API: identities, courier messages, plus the small public endpoints (schemas, health...)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
from typing import Any

from ory_facade.testing.app import KratosApp, is_uuid, new_id
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import Request, Response
from ory_facade.testing.identities import (
    IdentityConflictError,
    apply_traits,
    check_conflicts,
    create_identity,
    set_password,
    validate_traits,
)
from ory_facade.testing.jsonpatch import PatchError, apply_patch
from ory_facade.testing.models import Identity
from ory_facade.testing.pagination import paginate

__all__ = [
    "batch_patch_identities",
    "create_identity_handler",
    "delete_identity",
    "delete_identity_credentials",
    "get_courier_message",
    "get_identity",
    "get_identity_by_external_id",
    "list_courier_messages",
    "list_identities",
    "patch_identity",
    "update_identity",
]

_CONFLICT_REASON = "This identity conflicts with another identity that already exists."
_COURIER_STATUSES = ("queued", "sent", "processing", "abandoned")
_PATCHABLE = (
    "/traits",
    "/metadata_public",
    "/metadata_admin",
    "/state",
    "/schema_id",
    "/external_id",
    "/credentials/password/config/password",
    "/credentials/password/config/hashed_password",
)
MAX_BATCH = 2000


def _identity_json(
    app: KratosApp, identity: Identity, declassify: list[str] | None = None, *, credentials: bool = True
) -> dict[str, Any]:
    return identity.to_json(
        app.public_url, admin=True, credentials=credentials, declassify=frozenset(declassify or [])
    )


def _find(app: KratosApp, identity_id: str) -> Identity:
    identity = app.state.identities.get(identity_id) if is_uuid(identity_id) else None
    if identity is None:
        raise KratosError.not_found()
    return identity


def _object_body(req: Request) -> dict[str, Any]:
    body = req.form()
    if not isinstance(body, dict):
        raise KratosError.bad_request("The request body must be a JSON object.")
    return body


def _password_config(body: dict[str, Any]) -> tuple[str | None, str | None]:
    config = ((body.get("credentials") or {}).get("password") or {}).get("config") or {}
    password = config.get("password")
    hashed = config.get("hashed_password")
    return (str(password) if password else None, str(hashed) if hashed else None)


def _create(app: KratosApp, body: dict[str, Any]) -> Identity:
    password, hashed = _password_config(body)
    traits = body.get("traits")
    if not isinstance(traits, dict):
        raise KratosError.bad_request("Property traits is missing or not an object.")
    try:
        return create_identity(
            app,
            traits=copy.deepcopy(traits),
            schema_id=str(body.get("schema_id") or app.schema.id),
            password=password,
            hashed_password=hashed,
            state=str(body.get("state") or "active"),
            metadata_public=copy.deepcopy(body.get("metadata_public")),
            metadata_admin=copy.deepcopy(body.get("metadata_admin")),
            external_id=str(body["external_id"]) if body.get("external_id") else None,
            verifiable_addresses=list(body.get("verifiable_addresses") or []),
            recovery_addresses=list(body.get("recovery_addresses") or []),
        )
    except IdentityConflictError as exc:
        raise KratosError.conflict(_CONFLICT_REASON) from exc


def list_identities(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    identities = sorted(app.state.identities.values(), key=lambda i: i.id)
    ids = set(req.args("ids"))
    if ids:
        identities = [i for i in identities if i.id in ids]
    exact = req.arg("credentials_identifier").strip().lower()
    if exact:
        identities = [
            i
            for i in identities
            if any(exact == x.lower() for c in i.credentials.values() for x in c.identifiers)
        ]
    similar = req.arg("preview_credentials_identifier_similar").strip().lower()
    if similar:
        identities = [
            i
            for i in identities
            if any(similar in x.lower() for c in i.credentials.values() for x in c.identifiers)
        ]
    include = req.args("include_credential")
    page, headers = paginate(req, identities, max_size=1000)
    body = [_identity_json(app, i, include, credentials=bool(include)) for i in page]
    return Response.json(200, body, headers)


def create_identity_handler(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    identity = _create(app, _object_body(req))
    location = f"{app.admin_url}/identities/{identity.id}"  # SelfAdminURL + identities/<id>, no /admin
    # WithCredentialsNoConfigAndAdminMetadataInJSON: credential types without their config.
    return Response.json(201, _identity_json(app, identity, credentials=True), [("Location", location)])


def get_identity(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    identity = _find(app, params["id"])
    return Response.json(200, _identity_json(app, identity, req.args("include_credential")))


def get_identity_by_external_id(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    external_id = params["externalID"]
    for identity in app.state.identities.values():
        if identity.external_id == external_id:
            return Response.json(200, _identity_json(app, identity, req.args("include_credential")))
    raise KratosError.not_found()


def _replace(app: KratosApp, identity: Identity, doc: dict[str, Any]) -> None:
    """Validate ``doc`` (schema_id, state, traits...) and write it into ``identity``; 409 on conflicts."""
    schema_id = str(doc.get("schema_id") or identity.schema_id)
    if schema_id != app.schema.id:
        raise KratosError.bad_request(f"Unable to find JSON Schema ID: {schema_id}")
    state = str(doc.get("state") or identity.state)
    if state not in ("active", "inactive"):
        raise KratosError.bad_request(f'Identity state "{state}" is not valid.')
    traits = doc.get("traits")
    if not isinstance(traits, dict):
        raise KratosError.bad_request("Property traits is missing or not an object.")
    validate_traits(app, traits)
    candidate = copy.deepcopy(identity)
    apply_traits(app, candidate, copy.deepcopy(traits))
    candidate.external_id = str(doc["external_id"]) if doc.get("external_id") else None
    try:
        check_conflicts(app, candidate)
    except IdentityConflictError as exc:
        raise KratosError.conflict(_CONFLICT_REASON) from exc
    password, hashed = _password_config(doc)
    set_password(app, candidate, password=password, hashed=hashed)
    now = app.now()
    if state != identity.state:
        candidate.state = state
        candidate.state_changed_at = now
    candidate.schema_id = schema_id
    if "metadata_public" in doc:
        candidate.metadata_public = copy.deepcopy(doc["metadata_public"])
    if "metadata_admin" in doc:
        candidate.metadata_admin = copy.deepcopy(doc["metadata_admin"])
    candidate.updated_at = now
    app.state.identities[identity.id] = candidate
    if candidate.state != "active":
        for session in app.state.sessions_of(identity.id):
            session.active = False


def update_identity(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    identity = _find(app, params["id"])
    body = _object_body(req)
    if "metadata_public" not in body:
        body["metadata_public"] = None
    if "metadata_admin" not in body:
        body["metadata_admin"] = None
    _replace(app, identity, body)
    return Response.json(200, _identity_json(app, app.state.identities[identity.id]))


def patch_identity(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    identity = _find(app, params["id"])
    operations = req.json_body()
    if not isinstance(operations, list):
        raise KratosError.bad_request("The JSON patch must be an array of operations.")
    for op in operations:
        for key in ("path", "from"):
            pointer = op.get(key) if isinstance(op, dict) else None
            if isinstance(pointer, str) and not any(
                pointer == allowed or pointer.startswith(allowed + "/") for allowed in _PATCHABLE
            ):
                raise KratosError.bad_request(f"patch includes denied path: {pointer}")
    doc: dict[str, Any] = {
        "schema_id": identity.schema_id,
        "state": identity.state,
        "traits": copy.deepcopy(identity.traits),
        "metadata_public": copy.deepcopy(identity.metadata_public),
        "metadata_admin": copy.deepcopy(identity.metadata_admin),
        "external_id": identity.external_id or "",
        "credentials": {"password": {"config": {}}},
    }
    try:
        patched = apply_patch(doc, operations)
    except PatchError as exc:
        raise KratosError.bad_request(f"unable to apply JSON patch: {exc}") from exc
    _replace(app, identity, patched)
    return Response.json(200, _identity_json(app, app.state.identities[identity.id]))


def batch_patch_identities(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    body = _object_body(req)
    items = body.get("identities")
    if not isinstance(items, list):
        raise KratosError.bad_request("Property identities is missing or not an array.")
    if len(items) > MAX_BATCH:
        raise KratosError.bad_request(f"The maximum number of identities in a batch is {MAX_BATCH}.")
    results: list[dict[str, Any]] = []
    for item in items:
        item = item if isinstance(item, dict) else {}
        result: dict[str, Any] = {}
        if item.get("patch_id"):
            result["patch_id"] = item["patch_id"]
        create = item.get("create")
        try:
            if not isinstance(create, dict):
                raise KratosError.bad_request("Property create is missing.")
            identity = _create(app, create)
        except KratosError as err:
            result["action"] = "error"
            result["error"] = err.inner()
        else:
            result["action"] = "create"
            result["identity"] = identity.id
        results.append(result)
    return Response.json(200, {"identities": results})


def delete_identity(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    identity = _find(app, params["id"])
    del app.state.identities[identity.id]
    for session in app.state.sessions_of(identity.id):
        del app.state.sessions[session.id]
    return Response.empty(204)


def delete_identity_credentials(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    identity = _find(app, params["id"])
    kind = params["type"]
    if kind not in ("password", "totp", "lookup_secret", "webauthn", "passkey", "oidc", "saml", "code"):
        raise KratosError.bad_request(f"Unknown credentials type {kind}.")
    if kind in ("oidc", "saml") and not req.arg("identifier"):
        raise KratosError.bad_request(f"You must provide an identifier to delete {kind} credentials.")
    if kind not in identity.credentials:
        raise KratosError.not_found(
            f"You tried to remove a {kind} credential but this user has no such credential set up."
        )
    del identity.credentials[kind]
    identity.updated_at = app.now()
    return Response.empty(204)


# --- courier --------------------------------------------------------------------------------------


def list_courier_messages(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    status = req.arg("status")
    if status and status not in _COURIER_STATUSES:
        raise KratosError.bad_request(f'Message status "{status}" is not valid.')
    recipient = req.arg("recipient")
    messages = [
        m
        for m in sorted(app.state.messages, key=lambda m: (m.created_at, m.id), reverse=True)
        if (not status or m.status == status) and (not recipient or m.recipient == recipient)
    ]
    page, headers = paginate(req, messages)
    return Response.json(200, [m.to_json() for m in page], headers)


def get_courier_message(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    message_id = params["id"]
    if not is_uuid(message_id):
        raise KratosError.bad_request(f"uuid: incorrect UUID format {message_id}")
    for message in app.state.messages:
        if message.id == message_id:
            return Response.json(200, message.to_json())
    raise KratosError.not_found()


# --- schemas, health, version, errors, misc -------------------------------------------------------


def list_schemas(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    items = [{"id": app.schema.id, "schema": copy.deepcopy(app.schema.document)}]
    page, headers = paginate(req, items, total_header=True)
    return Response.json(200, page, headers)


def get_schema(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    wanted = params["id"]
    candidates = {wanted}
    with contextlib.suppress(binascii.Error, UnicodeDecodeError, ValueError):
        candidates.add(base64.urlsafe_b64decode(wanted + "=" * (-len(wanted) % 4)).decode())
    if app.schema.id in candidates:
        return Response.json(200, copy.deepcopy(app.schema.document))
    raise KratosError(404, reason=f'Identity schema "{wanted}" could not be found.')


def alive(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    return Response.json(200, {"status": "ok"})


def ready(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    if not app.ready:
        return Response.json(503, {"errors": {"database": "the database is not reachable"}})
    return Response.json(200, {"status": "ok"})


def version(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    return Response.json(200, {"version": app.config.version})


def get_flow_error(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    error_id = req.arg("id")
    if error_id.startswith("stub:"):
        code = int(error_id[5:]) if error_id[5:].isdigit() else 500
        stub = KratosError(code, reason="This is a stub error.")
        return Response.json(200, {"id": new_id(), "error": stub.inner()})
    stored = app.state.errors.get(error_id)
    if stored is None:
        raise KratosError.not_found()
    return Response.json(200, stored.to_json())


def webauthn_js(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    script = b"/* Ory Kratos WebAuthn helpers are not available in the fake Kratos. */\n"
    return Response(200, [("Content-Type", "text/javascript; charset=UTF-8")], script)


def exchange_session_token(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    if not req.arg("init_code") or not req.arg("return_to_code"):
        raise KratosError.bad_request("init_code and return_to_code query params must be set")
    # The fake never hands out exchange codes (they need a social sign-in), so none can match.
    raise KratosError.not_found()
