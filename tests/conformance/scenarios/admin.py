"""The admin API: identities (CRUD, patch, batch, import), sessions, courier, schemas, health, version."""

from __future__ import annotations

import uuid

from ory_facade.testing import hashing

from ..harness import PASSWORD, Ctx, body
from ..registry import scenario
from .common import login, make_user, token_login

ID = "/admin/identities"
# A bcrypt ($2a$, cost 4) hash of PASSWORD, made once by real Kratos (hashers.algorithm: bcrypt).
BCRYPT_OF_PASSWORD = "$2a$04$dzSlutnPb8.0Ydy86jd74uxxbUrtxC4pNvUo2vuJHb46nuBSQpjvG"


def _identity(ctx: Ctx, **extra: object) -> dict[str, object]:
    return {"schema_id": "default", "traits": {"email": ctx.email()}, **extra}


@scenario("admin.identities.create_minimal")
def create_min(ctx: Ctx) -> None:
    ctx.admin().post("create", ID, json=_identity(ctx), op="createIdentity")


@scenario("admin.identities.create_full")
def create_full(ctx: Ctx) -> None:
    email = ctx.email()
    payload = _identity(
        ctx,
        traits={"email": email, "name": {"first": "Ada", "last": "Lovelace"}},
        metadata_public={"plan": "pro"},
        metadata_admin={"note": "vip"},
        verifiable_addresses=[{"value": email, "verified": True, "via": "email", "status": "completed"}],
        recovery_addresses=[{"value": email, "via": "email"}],
        credentials={"password": {"config": {"password": PASSWORD}}},
        state="active",
    )
    ctx.admin().post("create", ID, json=payload, op="createIdentity")


@scenario("admin.identities.create_duplicate")
def create_dup(ctx: Ctx) -> None:
    user = make_user(ctx)
    ctx.admin().post("create", ID, json=_identity(ctx, traits=user["traits"]), op="createIdentity")


@scenario("admin.identities.create_invalid_traits")
def create_invalid(ctx: Ctx) -> None:
    ctx.admin().post(
        "create", ID, json={"schema_id": "default", "traits": {"email": "nope"}}, op="createIdentity"
    )
    ctx.admin().post("missing", ID, json={"schema_id": "default", "traits": {}}, op="createIdentity")


@scenario("admin.identities.create_unknown_schema")
def create_unknown_schema(ctx: Ctx) -> None:
    ctx.admin().post("create", ID, json=_identity(ctx, schema_id="nope"), op="createIdentity")


@scenario("admin.identities.create_bad_body")
def create_bad_body(ctx: Ctx) -> None:
    ctx.admin().post(
        "create", ID, content=b"{not json", headers={"Content-Type": "application/json"}, op="createIdentity"
    )


@scenario("admin.identities.get")
def get_identity(ctx: Ctx) -> None:
    user = make_user(ctx)
    ctx.admin().get("get", f"{ID}/{user['id']}", op="getIdentity")
    ctx.admin().get(
        "with_credentials", f"{ID}/{user['id']}", params={"include_credential": "password"}, op="getIdentity"
    )


@scenario("admin.identities.get_unknown")
def get_unknown(ctx: Ctx) -> None:
    ctx.admin().get("get", f"{ID}/{uuid.uuid4()}", op="getIdentity")
    ctx.admin().get("malformed", f"{ID}/not-a-uuid", op="getIdentity")


@scenario("admin.identities.list_by_identifier")
def list_by_identifier(ctx: Ctx) -> None:
    user = make_user(ctx)
    ctx.admin().get(
        "list", ID, params={"credentials_identifier": user["traits"]["email"]}, op="listIdentities"
    )
    ctx.admin().get(
        "list_none", ID, params={"credentials_identifier": ctx.email("nobody")}, op="listIdentities"
    )


@scenario("admin.identities.list_page")
def list_page(ctx: Ctx) -> None:
    # Three identities: page 2 of size 1 has a next page on both servers (the real one shares its database
    # with every other scenario, the fake starts empty).
    # Filtered by id: the real server's list also holds every other scenario's identities.
    ids = [("ids", str(make_user(ctx, ctx.email(n))["id"])) for n in ("a", "b", "c")]
    r = ctx.admin().get("page1", ID, params=[*ids, ("page_size", "1")], op="listIdentities")
    link = r.headers.get("link", "")
    token = None
    for part in link.split(","):
        if 'rel="next"' in part and "page_token=" in part:
            token = part.split("page_token=", 1)[1].split("&", 1)[0].split(">", 1)[0]
    if token:
        ctx.admin().get(
            "page2", ID, params=[*ids, ("page_size", "1"), ("page_token", token)], op="listIdentities"
        )
    ctx.admin().get("bad_token", ID, params={"page_size": 1, "page_token": "garbage"}, op="listIdentities")


@scenario("admin.identities.list_ids")
def list_ids(ctx: Ctx) -> None:
    a = make_user(ctx)
    b = make_user(ctx, ctx.email("b"))
    ctx.admin().get("list", ID, params=[("ids", a["id"]), ("ids", b["id"])], op="listIdentities")


@scenario("admin.identities.update_put")
def update_put(ctx: Ctx) -> None:
    user = make_user(ctx)
    payload = {
        "schema_id": "default",
        "traits": {"email": ctx.email("new")},
        "state": "active",
        "metadata_public": {"a": 1},
    }
    ctx.admin().request("put", "PUT", f"{ID}/{user['id']}", json=payload, op="updateIdentity")
    ctx.admin().request(
        "put_bad",
        "PUT",
        f"{ID}/{user['id']}",
        json={"schema_id": "default", "traits": {}},
        op="updateIdentity",
    )
    ctx.admin().request("put_unknown", "PUT", f"{ID}/{uuid.uuid4()}", json=payload, op="updateIdentity")


@scenario("admin.identities.patch")
def patch(ctx: Ctx) -> None:
    user = make_user(ctx)
    ops = [
        {"op": "replace", "path": "/traits/name", "value": {"first": "Grace"}},
        {"op": "add", "path": "/metadata_public", "value": {"x": True}},
    ]
    ctx.admin().request("patch", "PATCH", f"{ID}/{user['id']}", json=ops, op="patchIdentity")


@scenario("admin.identities.patch_invalid")
def patch_invalid(ctx: Ctx) -> None:
    user = make_user(ctx)
    admin = ctx.admin()
    admin.request(
        "patch_id",
        "PATCH",
        f"{ID}/{user['id']}",
        json=[{"op": "replace", "path": "/id", "value": str(uuid.uuid4())}],
        op="patchIdentity",
    )
    admin.request(
        "patch_trait",
        "PATCH",
        f"{ID}/{user['id']}",
        json=[{"op": "replace", "path": "/traits/email", "value": "nope"}],
        op="patchIdentity",
    )
    admin.request(
        "patch_bad_op",
        "PATCH",
        f"{ID}/{user['id']}",
        json=[{"op": "frobnicate", "path": "/state"}],
        op="patchIdentity",
    )
    admin.request(
        "patch_unknown",
        "PATCH",
        f"{ID}/{uuid.uuid4()}",
        json=[{"op": "replace", "path": "/state", "value": "inactive"}],
        op="patchIdentity",
    )


@scenario("admin.identities.delete")
def delete(ctx: Ctx) -> None:
    user = make_user(ctx)
    ctx.admin().request("delete", "DELETE", f"{ID}/{user['id']}", op="deleteIdentity")
    ctx.admin().get("get", f"{ID}/{user['id']}", op="getIdentity")
    ctx.admin().request("again", "DELETE", f"{ID}/{user['id']}", op="deleteIdentity")


@scenario("admin.identities.delete_credentials")
def delete_credentials(ctx: Ctx) -> None:
    user = make_user(ctx)
    ctx.admin().request(
        "password", "DELETE", f"{ID}/{user['id']}/credentials/password", op="deleteIdentityCredentials"
    )
    ctx.admin().request(
        "totp", "DELETE", f"{ID}/{user['id']}/credentials/totp", op="deleteIdentityCredentials"
    )


@scenario("admin.identities.batch_create")
def batch(ctx: Ctx) -> None:
    ops = {
        "identities": [
            {"create": _identity(ctx, traits={"email": ctx.email("one")}), "patch_id": str(uuid.uuid4())},
            {"create": _identity(ctx, traits={"email": ctx.email("two")}), "patch_id": str(uuid.uuid4())},
        ]
    }
    ctx.admin().request("batch", "PATCH", ID, json=ops, op="batchPatchIdentities")


@scenario("admin.identities.batch_with_conflict")
def batch_conflict(ctx: Ctx) -> None:
    user = make_user(ctx)
    ops = {
        "identities": [
            {"create": _identity(ctx, traits={"email": ctx.email("ok")}), "patch_id": str(uuid.uuid4())},
            {"create": _identity(ctx, traits=user["traits"]), "patch_id": str(uuid.uuid4())},
            {"create": {"schema_id": "default", "traits": {"email": "nope"}}, "patch_id": str(uuid.uuid4())},
        ]
    }
    ctx.admin().request("batch", "PATCH", ID, json=ops, op="batchPatchIdentities")


@scenario("admin.identities.batch_decode_errors")
def batch_decode_errors(ctx: Ctx) -> None:
    """The strict decoder's error under a 400 with a code 500 body (WriteErrorCode with a plain error)."""
    admin = ctx.admin()
    for label, item in (
        ("patch_id_not_uuid", {"patch_id": "notauuid"}),
        ("patch_id_number", {"patch_id": 5}),
        ("create_string", {"create": "x"}),
        ("credentials_string", {"create": _identity(ctx, credentials="x")}),
        ("unknown_field", {"foo": 1}),
    ):
        ops = {"identities": [{"create": _identity(ctx), "patch_id": str(uuid.uuid4())}, item]}
        admin.request(label, "PATCH", ID, json=ops, op="batchPatchIdentities")


@scenario("admin.identities.batch_without_create")
def batch_without_create(ctx: Ctx) -> None:
    ops = {
        "identities": [
            {"create": _identity(ctx), "patch_id": str(uuid.uuid4()).upper()},
            {"patch_id": str(uuid.uuid4())},
            {},
        ]
    }
    ctx.admin().request("batch", "PATCH", ID, json=ops, op="batchPatchIdentities")
    invalid = {"identities": [{"create": _identity(ctx, state="x")}]}
    ctx.admin().request("invalid_state", "PATCH", ID, json=invalid, op="batchPatchIdentities")


@scenario("admin.identities.wrong_types")
def wrong_types(ctx: Ctx) -> None:
    """encoding/json's errors: the message of create, the reason of update (decoded before the lookup)."""
    admin = ctx.admin()
    user = make_user(ctx)
    for label, fields in (
        ("credentials_string", {"credentials": "x"}),
        ("credentials_list", {"credentials": []}),
        ("state_number", {"state": 5}),
        ("traits_string", {"traits": "x"}),
        ("metadata_public_list", {"metadata_public": [1]}),
    ):
        admin.post(f"create_{label}", ID, json=_identity(ctx, **fields), op="createIdentity")
        body = {**_identity(ctx, **fields), "traits": fields.get("traits", user["traits"])}
        admin.request(f"update_{label}", "PUT", f"{ID}/{user['id']}", json=body, op="updateIdentity")


@scenario("admin.identities.import_pbkdf2_then_login")
def import_pbkdf2(ctx: Ctx) -> None:
    email = ctx.email()
    creds = {"password": {"config": {"hashed_password": hashing.hash_password(PASSWORD)}}}
    ctx.admin().post(
        "import", ID, json=_identity(ctx, traits={"email": email}, credentials=creds), op="createIdentity"
    )
    login(ctx.native(), email, label="login")


@scenario("admin.identities.import_bcrypt_then_login")
def import_bcrypt(ctx: Ctx) -> None:
    email = ctx.email()
    creds = {"password": {"config": {"hashed_password": BCRYPT_OF_PASSWORD}}}
    r = ctx.admin().post(
        "import", ID, json=_identity(ctx, traits={"email": email}, credentials=creds), op="createIdentity"
    )
    if r.status_code == 201:
        login(ctx.native(), email, label="login")


@scenario("admin.identities.import_unknown_hash")
def import_unknown(ctx: Ctx) -> None:
    creds = {"password": {"config": {"hashed_password": "$nope$abc"}}}
    ctx.admin().post("import", ID, json=_identity(ctx, credentials=creds), op="createIdentity")


@scenario("admin.identities.by_external_id")
def by_external_id(ctx: Ctx) -> None:
    ext = f"ext-{ctx.uid}"
    ctx.admin().post("create", ID, json=_identity(ctx, external_id=ext), op="createIdentity")
    ctx.admin().get("get", f"{ID}/by/external/{ext}", op="getIdentityByExternalID")


@scenario("admin.identities.inactive_cannot_login")
def inactive_login(ctx: Ctx) -> None:
    user = make_user(ctx)
    token = token_login(ctx, user["traits"]["email"])
    ctx.admin().request(
        "deactivate",
        "PATCH",
        f"{ID}/{user['id']}",
        json=[{"op": "replace", "path": "/state", "value": "inactive"}],
        op="patchIdentity",
    )
    ctx.native().get("whoami", "/sessions/whoami", headers={"X-Session-Token": token}, op="toSession")


def _session(ctx: Ctx) -> tuple[dict[str, object], str, str]:
    user = make_user(ctx)
    token = token_login(ctx, str(user["traits"]["email"]))
    sid = str(body(ctx.native().get(None, "/sessions/whoami", headers={"X-Session-Token": token}))["id"])
    return user, token, sid


@scenario("admin.sessions.list")
def sessions_list(ctx: Ctx) -> None:
    # Two sessions, so that a page of one has a next page on the fake too (the real server has more).
    user, _, _ = _session(ctx)
    token_login(ctx, str(user["traits"]["email"]))
    ctx.admin().get("list", "/admin/sessions", params={"page_size": 1}, op="listSessions")
    ctx.admin().get(
        "list_active", "/admin/sessions", params={"page_size": 1, "active": "true"}, op="listSessions"
    )


@scenario("admin.sessions.identity_sessions")
def identity_sessions(ctx: Ctx) -> None:
    user, _, _ = _session(ctx)
    ctx.admin().get("list", f"{ID}/{user['id']}/sessions", op="listIdentitySessions")
    ctx.admin().get("unknown", f"{ID}/{uuid.uuid4()}/sessions", op="listIdentitySessions")
    ctx.admin().request("delete", "DELETE", f"{ID}/{user['id']}/sessions", op="deleteIdentitySessions")
    ctx.admin().get("after", f"{ID}/{user['id']}/sessions", op="listIdentitySessions")


@scenario("admin.sessions.get")
def session_get(ctx: Ctx) -> None:
    _, _, sid = _session(ctx)
    ctx.admin().get("get", f"/admin/sessions/{sid}", op="getSession")
    ctx.admin().get("expand", f"/admin/sessions/{sid}", params={"expand": "identity"}, op="getSession")
    ctx.admin().get("expand_devices", f"/admin/sessions/{sid}", params={"expand": "devices"}, op="getSession")
    ctx.admin().get("unknown", f"/admin/sessions/{uuid.uuid4()}", op="getSession")


@scenario("admin.sessions.extend")
def session_extend(ctx: Ctx) -> None:
    _, _, sid = _session(ctx)
    ctx.admin().request("extend", "PATCH", f"/admin/sessions/{sid}/extend", op="extendSession")
    ctx.admin().request("unknown", "PATCH", f"/admin/sessions/{uuid.uuid4()}/extend", op="extendSession")


@scenario("admin.sessions.disable")
def session_disable(ctx: Ctx) -> None:
    _, token, sid = _session(ctx)
    ctx.admin().request("disable", "DELETE", f"/admin/sessions/{sid}", op="disableSession")
    ctx.native().get("whoami", "/sessions/whoami", headers={"X-Session-Token": token}, op="toSession")
    ctx.admin().get("get", f"/admin/sessions/{sid}", op="getSession")
    ctx.admin().request("unknown", "DELETE", f"/admin/sessions/{uuid.uuid4()}", op="disableSession")


def _queue_mail(ctx: Ctx, email: str) -> None:
    agent = ctx.native()
    f = body(agent.get(None, "/self-service/recovery/api"))
    agent.post(
        None, "/self-service/recovery", params={"flow": str(f["id"])}, json={"method": "code", "email": email}
    )


@scenario("admin.courier.list_by_recipient")
def courier_recipient(ctx: Ctx) -> None:
    user = make_user(ctx)
    email = str(user["traits"]["email"])
    _queue_mail(ctx, email)
    ctx.admin().get("list", "/admin/courier/messages", params={"recipient": email}, op="listCourierMessages")
    ctx.admin().get(
        "queued",
        "/admin/courier/messages",
        params={"recipient": email, "status": "queued"},
        op="listCourierMessages",
    )
    ctx.admin().get(
        "sent",
        "/admin/courier/messages",
        params={"recipient": email, "status": "sent"},
        op="listCourierMessages",
    )
    ctx.admin().get(
        "bad_status", "/admin/courier/messages", params={"status": "nope"}, op="listCourierMessages"
    )


@scenario("admin.courier.pages")
def courier_pages(ctx: Ctx) -> None:
    user = make_user(ctx)
    email = str(user["traits"]["email"])
    _queue_mail(ctx, email)
    _queue_mail(ctx, email)
    r = ctx.admin().get(
        "page1",
        "/admin/courier/messages",
        params={"recipient": email, "page_size": 1},
        op="listCourierMessages",
    )
    token = None
    for part in r.headers.get("link", "").split(","):
        if 'rel="next"' in part and "page_token=" in part:
            token = part.split("page_token=", 1)[1].split("&", 1)[0].split(">", 1)[0]
    if token:
        ctx.admin().get(
            "page2",
            "/admin/courier/messages",
            params={"recipient": email, "page_size": 1, "page_token": token},
            op="listCourierMessages",
        )
    ctx.admin().get(
        "bad_token", "/admin/courier/messages", params={"page_token": "garbage"}, op="listCourierMessages"
    )


@scenario("admin.courier.get")
def courier_get(ctx: Ctx) -> None:
    user = make_user(ctx)
    email = str(user["traits"]["email"])
    _queue_mail(ctx, email)
    found = ctx.admin().get(None, "/admin/courier/messages", params={"recipient": email}).json()
    if found:
        ctx.admin().get("get", f"/admin/courier/messages/{found[0]['id']}", op="getCourierMessage")
    ctx.admin().get("unknown", f"/admin/courier/messages/{uuid.uuid4()}", op="getCourierMessage")
    ctx.admin().get("malformed", "/admin/courier/messages/nope", op="getCourierMessage")


@scenario("schemas.public")
def schemas(ctx: Ctx) -> None:
    agent = ctx.native()
    agent.get("list", "/schemas", op="listIdentitySchemas")
    agent.get("get", "/schemas/default", op="getIdentitySchema")
    agent.get("unknown", "/schemas/nope", op="getIdentitySchema")


@scenario("schemas.admin")
def schemas_admin(ctx: Ctx) -> None:
    ctx.admin().get("list", "/schemas", op="listIdentitySchemas")
    ctx.admin().get("get", "/schemas/default", op="getIdentitySchema")


@scenario("health.public")
def health_public(ctx: Ctx) -> None:
    agent = ctx.native()
    agent.get("alive", "/health/alive", op="isAlive")
    agent.get("ready", "/health/ready", op="isReady")
    agent.get("version", "/version", op="getVersion")


@scenario("health.admin")
def health_admin(ctx: Ctx) -> None:
    admin = ctx.admin()
    admin.get("alive", "/admin/health/alive", op="isAlive")
    admin.get("ready", "/admin/health/ready", op="isReady")
    admin.get("version", "/admin/version", op="getVersion")
    admin.get("bare_alive", "/health/alive", op="isAlive")


@scenario("admin.without_api_key")
def no_api_key(ctx: Ctx) -> None:
    ctx.admin(with_key=False).get("list", ID, params={"page_size": 1}, op="listIdentities")


@scenario("errors.unknown_error_id")
def unknown_error(ctx: Ctx) -> None:
    ctx.spa().get("get", "/self-service/errors", params={"id": str(uuid.uuid4())}, op="getFlowError")


@scenario("routes.unknown_path")
def unknown_path(ctx: Ctx) -> None:
    ctx.native().get("public", "/definitely/not/here")
    ctx.admin().get("admin", "/admin/definitely/not/here")
