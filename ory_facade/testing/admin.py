"""The admin API: identities, courier messages, plus the small public endpoints (schemas, health...)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import json
import secrets
import uuid
from typing import Any

from ory_facade.testing.app import KratosApp, is_uuid, new_id
from ory_facade.testing.errors import KratosError
from ory_facade.testing.goerrors import json_decode_error, uuid_error
from ory_facade.testing.gojson import (
    BATCH_PATCH_IDENTITIES_BODY,
    CREATE_IDENTITY_BODY,
    UPDATE_IDENTITY_BODY,
    GoSyntaxError,
    GoType,
    canonical,
    decode_error,
    first_value,
)
from ory_facade.testing.httpio import Request, Response
from ory_facade.testing.identities import (
    ConflictIndex,
    IdentityConflictError,
    apply_traits,
    check_conflicts,
    create_identity,
    set_password,
    validate_traits,
)
from ory_facade.testing.jsonpatch import PatchError, apply_patch
from ory_facade.testing.models import Identity
from ory_facade.testing.pagination import keyset_by_id, migration, paginate

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
# The paths identity/handler.go patch refuses (jsonx.ApplyJSONPatch deny globs).
_PATCH_DENY = ("/id", "/stateChangedAt", "/credentials", "/credentials/oidc/**")
# sqlcon.ErrUniqueViolation as a batch item's error (persistence/sql/identity/persister_identity.go).
_UNIQUE_VIOLATION = "Unable to insert or update resource because a resource with that value exists already"
# identity/handler.go (v26.2.0): BatchPatchIdentitiesLimit, BatchPatchIdentitiesWithPasswordLimit.
MAX_BATCH = 1000
MAX_BATCH_PLAINTEXT = 200


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


def _object_body(req: Request, target: GoType) -> dict[str, Any]:
    """``jsonx.NewStrictDecoder(r.Body).Decode(&target)``: the decoder's error text is the message."""
    text = req.body.decode("utf-8", "replace")
    try:
        body = first_value(text)
    except GoSyntaxError as exc:
        raise KratosError(400, message=str(exc)) from None
    problem = decode_error(body, target, strict=True)
    if problem is not None:
        raise KratosError(400, message=problem)
    decoded = canonical(body, target)
    return decoded if isinstance(decoded, dict) else {}


def _http_json_body(req: Request, target: GoType) -> dict[str, Any]:
    """``decoderx.Decode(r, &target, decoderx.HTTPJSONDecoder())`` (oryx/decoderx/http.go): a body and a
    JSON content type first, then a lenient decode (unknown fields ignored), errors as the reason."""
    chunked = "chunked" in req.headers.get("Transfer-Encoding").lower()
    if not chunked and req.headers.get("Content-Length", "0").strip() in ("", "0"):
        raise KratosError.bad_request(
            'Unable to decode HTTP Request Body because its HTTP Header "Content-Length" is zero.'
        )
    content_type = req.headers.get("Content-Type")
    media = {part.split(";")[0].strip().lower() for part in content_type.split(",")}
    if "application/json" not in media:
        raise KratosError.bad_request(
            f'HTTP {req.method} Request used unknown HTTP Header "Content-Type: {content_type}", '
            "only [application/json] are supported."
        )
    text = req.body.decode("utf-8", "replace")
    try:
        body = first_value(text)
        problem = decode_error(body, target, strict=False)
    except GoSyntaxError as exc:
        problem = str(exc)
    if problem is not None:
        raise KratosError.bad_request(f"Unable to decode JSON payload: {problem}")
    decoded = canonical(body, target)
    return decoded if isinstance(decoded, dict) else {}


def _password_config(body: dict[str, Any]) -> tuple[str | None, str | None]:
    credentials = body.get("credentials")
    method = credentials.get("password") if isinstance(credentials, dict) else None
    config = (method.get("config") if isinstance(method, dict) else None) or {}
    if not isinstance(config, dict):
        return (None, None)
    password = config.get("password")
    hashed = config.get("hashed_password")
    return (str(password) if password else None, str(hashed) if hashed else None)


def _migration_hook(body: dict[str, Any]) -> bool:
    credentials = body.get("credentials")
    method = credentials.get("password") if isinstance(credentials, dict) else None
    config = (method.get("config") if isinstance(method, dict) else None) or {}
    return isinstance(config, dict) and config.get("use_password_migration_hook") is True


def _create(app: KratosApp, body: dict[str, Any], index: ConflictIndex | None = None) -> Identity:
    password, hashed = _password_config(body)
    # A missing traits is validated as {}; a given one as it is (the schema wants an object).
    traits = body.get("traits", {})
    try:
        return create_identity(
            app,
            traits=copy.deepcopy(traits),
            schema_id=str(body.get("schema_id") or app.schema.id),
            password=password,
            hashed_password=hashed,
            use_password_migration_hook=_migration_hook(body),
            state=str(body.get("state") or "active"),
            metadata_public=copy.deepcopy(body.get("metadata_public")),
            metadata_admin=copy.deepcopy(body.get("metadata_admin")),
            external_id=str(body["external_id"]) if body.get("external_id") else None,
            verifiable_addresses=list(body.get("verifiable_addresses") or []),
            recovery_addresses=list(body.get("recovery_addresses") or []),
            index=index,
        )
    except IdentityConflictError as exc:
        raise KratosError.conflict(_CONFLICT_REASON) from exc


def list_identities(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    identities = sorted(app.state.identities.values(), key=lambda i: i.id)
    ids = set(req.args("ids"))
    for given in ids:
        if uuid_error(given) is not None:
            raise KratosError.bad_request(f"Invalid UUID value `{given}` for parameter `ids`.")
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
            if any(x.lower().startswith(similar) for c in i.credentials.values() for x in c.identifiers)
        ]
    include = req.args("include_credential")
    filters = sum(1 for given in (ids, exact, similar, req.arg("organization_id")) if given)
    if filters > 1:
        raise KratosError.bad_request("You cannot combine multiple filters in this API")
    page, headers = keyset_by_id(req, identities, lambda i: i.id)
    # Credentials are only loaded (ExpandEverything) for an identifier filter or include_credential
    # (identity/handler.go parseListIdentitiesParameters); configs only when declassified.
    expand = bool(include or exact or similar)
    body = [_identity_json(app, i, include, credentials=expand) for i in page]
    return Response.json(200, body, headers)


def create_identity_handler(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    identity = _create(app, _object_body(req, CREATE_IDENTITY_BODY))
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


def _replace(app: KratosApp, identity: Identity, doc: dict[str, Any], *, patch: bool = False) -> None:
    """Validate ``doc`` (state, schema_id, traits...) and write it into ``identity``; 409 on conflicts."""
    state = str(doc.get("state") or identity.state)
    if state != identity.state and state not in ("active", "inactive"):
        # State.IsValid; patch words its own reason around it (identity/handler.go update, patch).
        if patch:
            raise KratosError.bad_request(
                f"The supplied state ('{state}') was not valid. Valid states are ('active', 'inactive').",
                message="identity state is not valid",
            )
        raise KratosError.bad_request("identity state is not valid")
    schema_id = str(doc.get("schema_id") or identity.schema_id)
    if schema_id != app.schema.id:
        raise KratosError.bad_request(f"Unable to find JSON Schema ID: {schema_id}")
    # A missing traits is validated as {}; a given one as it is (the schema wants an object).
    traits = doc.get("traits", {})
    validate_traits(app, traits)
    candidate = copy.deepcopy(identity)
    apply_traits(app, candidate, copy.deepcopy(traits))
    candidate.external_id = str(doc["external_id"]) if doc.get("external_id") else None
    try:
        check_conflicts(app, candidate)
    except IdentityConflictError as exc:
        raise KratosError.conflict(_CONFLICT_REASON) from exc
    password, hashed = _password_config(doc)
    set_password(app, candidate, password=password, hashed=hashed, migration_hook=_migration_hook(doc))
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
    body = _http_json_body(req, UPDATE_IDENTITY_BODY)  # decoded before the identity is looked up
    identity = _find(app, params["id"])
    if "metadata_public" not in body:
        body["metadata_public"] = None
    if "metadata_admin" not in body:
        body["metadata_admin"] = None
    _replace(app, identity, body)
    return Response.json(200, _identity_json(app, app.state.identities[identity.id]))


def patch_identity(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    identity = _find(app, params["id"])
    text = req.body.decode("utf-8", "replace")
    try:
        operations = json.loads(text)
    except ValueError as exc:  # jsonpatch.DecodePatch fails before anything else
        raise KratosError(
            400, reason="An error occured when applying the JSON patch", message=json_decode_error(text)
        ) from exc
    # The patch applies to the identity as WithCredentialsAndAdminMetadataInJSON renders it.
    doc = _identity_json(app, identity, list(identity.credentials))
    doc.setdefault("metadata_admin", None)
    doc.setdefault("external_id", None)
    old_hash = identity.password_hash
    try:
        patched = apply_patch(doc, operations, _PATCH_DENY)
    except PatchError as exc:
        raise KratosError(
            400, reason="An error occured when applying the JSON patch", message=str(exc)
        ) from exc
    password, hashed = _password_config(patched)
    config = {k: v for k, v in (("password", password), ("hashed_password", hashed)) if v}
    if hashed == old_hash:
        config.pop("hashed_password", None)
    patched["credentials"] = {"password": {"config": config}}
    _replace(app, identity, patched, patch=True)
    return Response.json(200, _identity_json(app, app.state.identities[identity.id]))


def batch_patch_identities(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    """batchPatchIdentities (identity/handler.go, v26.2.0)."""
    try:
        body = _object_body(req, BATCH_PATCH_IDENTITIES_BODY)
    except KratosError as err:
        # WriteErrorCode(400, err) with the decoder's plain error: herodot makes it an Internal Server
        # Error body (code 500, the error text as message) under a 400 status; so in v1.3.1.
        return Response.error(400, KratosError(500, message=err.message).body())
    items = body.get("identities") or []
    if len(items) > MAX_BATCH:
        raise KratosError.bad_request(
            "The maximum number of identities per request that can be created or deleted at once is "
            f"{MAX_BATCH}."
        )
    # A nil item makes Kratos panic (patch.Create on a nil pointer) and drop the connection; the fake
    # treats it as an item without create.
    creates = [(n, item) for n, item in enumerate(items) if isinstance(item, dict) and item.get("create")]
    # identityFromCreateIdentityBody runs for every item first: its errors fail the whole batch.
    for _n, item in creates:
        state = item["create"].get("state")
        if state and state not in ("active", "inactive"):
            raise KratosError.bad_request("identity state is not valid")
    plaintext = sum(1 for _n, item in creates if _password_config(item["create"])[0])
    if plaintext > MAX_BATCH_PLAINTEXT:
        raise KratosError.bad_request(
            "The maximum number of identities per request that can be created with a plaintext password "
            f"is {MAX_BATCH_PLAINTEXT}."
        )
    results: list[dict[str, Any] | None] = [None] * len(items)
    index = ConflictIndex(app)
    for n, item in creates:
        # BatchIdentityPatchResponse: action, identity, patch_id (uuid.UUID.String()), error.
        result: dict[str, Any] = {"action": "create"}
        error: KratosError | None = None
        try:
            identity = _create(app, item["create"], index)
        except KratosError as err:
            result["action"] = "error"
            error = KratosError(409, message=_UNIQUE_VIOLATION) if err.code == 409 else err
        else:
            result["identity"] = identity.id
        if item.get("patch_id"):
            result["patch_id"] = str(uuid.UUID(item["patch_id"]))
        if error is not None:
            result["error"] = error.inner()
        results[n] = result
    return Response.json(200, {"identities": results})


def delete_identity(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    identity = _find(app, params["id"])
    del app.state.identities[identity.id]
    for session in app.state.sessions_of(identity.id):
        del app.state.sessions[session.id]
    return Response.empty(204)


def _first_factors(identity: Identity) -> int:
    """The first-factor credentials that can sign in: a password with a hash, social sign-ins, passkeys."""
    count = 1 if identity.password_hash else 0
    return count + sum(1 for kind in ("oidc", "saml", "passkey") if kind in identity.credentials)


def delete_identity_credentials(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    identity = _find(app, params["id"])
    kind = params["type"]
    if kind not in ("password", "totp", "lookup_secret", "webauthn", "passkey", "oidc", "saml", "code"):
        raise KratosError.bad_request(f"Unknown credentials type {kind}.")
    if kind in ("oidc", "saml") and not req.arg("identifier"):
        raise KratosError.bad_request(f"You must provide an identifier to delete {kind} credentials.")
    if kind not in identity.credentials:
        raise KratosError(404, reason=f"You tried to remove a {kind} but this user have no {kind} set up.")
    if kind in ("password", "oidc", "saml") and _first_factors(identity) < 2:
        # CountActiveFirstFactorCredentials (identity/handler.go deleteIdentityCredentials)
        raise KratosError.bad_request("You cannot remove the last first factor credential.")
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
    # persistence/sql/persister_courier.go: keyset pages of 10 unless page_size says otherwise.
    page, headers = paginate(req, messages, default_size=10)
    return Response.json(200, [m.to_json() for m in page], headers)


def get_courier_message(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    message_id = params["id"]
    problem = uuid_error(message_id)
    if problem is not None:  # herodot.ErrBadRequest.WithError(err.Error()) (courier/handler.go)
        raise KratosError(400, message=problem)
    for message in app.state.messages:
        if message.id == message_id:
            return Response.json(200, message.to_json())
    raise KratosError.not_found()


# --- schemas, health, version, errors, misc -------------------------------------------------------


def list_schemas(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    items = [{"id": app.schema.id, "schema": copy.deepcopy(app.schema.document)}]
    page, headers = migration(req, items)  # x.ParsePagination + x.PaginationHeader (schema/handler.go)
    return Response.json(200, page, headers)


def get_schema(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    wanted = params["id"]
    candidates = {wanted}
    with contextlib.suppress(binascii.Error, UnicodeDecodeError, ValueError):
        candidates.add(base64.urlsafe_b64decode(wanted + "=" * (-len(wanted) % 4)).decode())
    if app.schema.id in candidates:
        # getIdentitySchema sets Content-Type: application/json itself before writing the raw schema.
        raw = json.dumps(copy.deepcopy(app.schema.document)).encode()
        return Response(200, [("Content-Type", "application/json")], raw)
    raise KratosError(404, reason=f'Identity schema "{wanted}" could not be found.')


def schemas_to_public(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    """redir.RedirectToPublicRoute: the same path minus /admin, query kept, on the public URL."""
    target = app.public_url.rstrip("/") + req.path.removeprefix("/admin")
    if req.raw_query:
        target += "?" + req.raw_query
    return Response.redirect(target, status=307)


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


def with_exchange_code(req: Request, flow_json: dict[str, Any]) -> dict[str, Any]:
    """A native flow created with ``return_session_token_exchange_code=true`` carries an init code (only
    in this answer, like Kratos' ``db:"-"`` field); exchanging it needs a social sign-in the fake lacks."""
    if req.arg("return_session_token_exchange_code").lower() == "true":
        flow_json["session_token_exchange_code"] = secrets.token_urlsafe(48)
    return flow_json


def exchange_session_token(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    if not req.arg("init_code") or not req.arg("return_to_code"):
        raise KratosError.bad_request('"init_code" and "return_to_code" query params must be set')
    # A session reaches an exchanger only through a social sign-in, which the fake lacks: no code matches
    # (session/handler.go answers herodot's ErrNotFound, not the database's "Unable to locate").
    raise KratosError(
        404, reason='no session yet for this "code"', message="The requested resource could not be found"
    )
