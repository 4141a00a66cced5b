"""The admin API: auth, identities, imports, patches, sessions, courier, schemas, health."""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import Any

import httpx
import pytest

from ory_facade.testing import FakeKratos, hashing

from .support import EMAIL, PASSWORD, native_login


def _pbkdf2(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 2000, 64)
    b64 = base64.b64encode
    return f"$pbkdf2-sha512$i=2000,l=64${b64(salt).decode().rstrip('=')}${b64(digest).decode().rstrip('=')}"


def _scrypt(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=1024, r=8, p=1, dklen=32)
    return f"$scrypt$ln=1024,r=8,p=1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def _ssha256(password: str) -> str:
    salt = secrets.token_bytes(8)
    return "{SSHA256}" + base64.b64encode(hashlib.sha256(password.encode() + salt).digest() + salt).decode()


def _md5(password: str) -> str:
    return "$md5$" + base64.b64encode(hashlib.md5(password.encode()).digest()).decode()


def test_admin_api_key(fake_kratos: FakeKratos, admin: httpx.Client) -> None:
    with httpx.Client(base_url=fake_kratos.admin_url) as anonymous:
        missing = anonymous.get("/admin/identities")
        assert missing.status_code == 401
        assert missing.json()["error"]["code"] == 401
        wrong = anonymous.get("/admin/identities", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        assert anonymous.get("/health/alive").status_code == 200
        assert anonymous.get("/version").json() == {"version": "v26.2.0"}
        fake_kratos.configure(api_key=None)
        assert anonymous.get("/admin/identities").status_code == 200
    assert admin.get("/admin/identities").status_code == 200


def test_admin_routes_are_not_on_the_public_port(api: httpx.Client) -> None:
    assert api.get("/admin/identities").status_code == 404
    assert api.get("/health/ready").status_code == 200
    assert api.put("/sessions/whoami").status_code == 405


def test_identity_crud(fake_kratos: FakeKratos, admin: httpx.Client, api: httpx.Client) -> None:
    created = admin.post(
        "/admin/identities",
        json={
            "schema_id": "default",
            "traits": {"email": "Grace@Example.com", "name": {"first": "Grace"}},
            "credentials": {"password": {"config": {"password": PASSWORD}}},
            "metadata_public": {"plan": "pro"},
            "metadata_admin": {"note": "vip"},
            "external_id": "ext-1",
            "verifiable_addresses": [
                {"value": "grace@example.com", "verified": True, "via": "email", "status": "completed"}
            ],
        },
    )
    assert created.status_code == 201
    identity = created.json()
    # Kratos builds it from SelfAdminURL + "identities/<id>" (identity/handler.go), without /admin.
    assert created.headers["Location"] == f"{fake_kratos.admin_url}/identities/{identity['id']}"
    assert identity["state"] == "active"
    assert identity["schema_url"] == f"{fake_kratos.public_url}/schemas/ZGVmYXVsdA"
    assert identity["credentials"]["password"]["identifiers"] == ["grace@example.com"]
    assert "config" not in identity["credentials"]["password"]
    assert identity["verifiable_addresses"][0]["verified"] is True
    assert identity["recovery_addresses"][0]["value"] == "grace@example.com"
    assert identity["metadata_admin"] == {"note": "vip"}

    declassified = admin.get(
        f"/admin/identities/{identity['id']}", params={"include_credential": "password"}
    ).json()
    assert declassified["credentials"]["password"]["config"]["hashed_password"].startswith("$pbkdf2-sha256$")
    by_external = admin.get("/admin/identities/by/external/ext-1")
    assert by_external.status_code == 200
    assert by_external.json()["id"] == identity["id"]
    assert admin.get("/admin/identities/by/external/missing").status_code == 404
    assert admin.get("/admin/identities/00000000-0000-4000-8000-000000000000").status_code == 404
    assert admin.get("/admin/identities/not-a-uuid").json()["error"]["code"] == 404

    conflict = admin.post(
        "/admin/identities", json={"schema_id": "default", "traits": {"email": "grace@example.com"}}
    )
    assert conflict.status_code == 409
    assert conflict.json()["error"]["status"] == "Conflict"
    invalid = admin.post("/admin/identities", json={"schema_id": "default", "traits": {"email": "nope"}})
    assert invalid.status_code == 400
    assert "#/traits/email" in invalid.json()["error"]["reason"]
    unknown_schema = admin.post(
        "/admin/identities", json={"schema_id": "other", "traits": {"email": "x@example.com"}}
    )
    assert unknown_schema.status_code == 400

    login = native_login(api, "grace@example.com", PASSWORD)
    assert login["session"]["identity"]["metadata_public"] == {"plan": "pro"}
    assert "metadata_admin" not in login["session"]["identity"]

    updated = admin.put(
        f"/admin/identities/{identity['id']}",
        json={"schema_id": "default", "state": "inactive", "traits": {"email": "grace@example.com"}},
    )
    assert updated.status_code == 200
    assert updated.json()["state"] == "inactive"
    assert updated.json()["metadata_public"] is None
    assert api.get("/sessions/whoami", headers={"X-Session-Token": login["session_token"]}).status_code == 401

    deleted = admin.delete(f"/admin/identities/{identity['id']}")
    assert deleted.status_code == 204
    assert admin.get(f"/admin/identities/{identity['id']}").status_code == 404
    assert admin.delete(f"/admin/identities/{identity['id']}").status_code == 404


def test_import_hashed_passwords(admin: httpx.Client, api: httpx.Client) -> None:
    for index, make in enumerate((_pbkdf2, _scrypt, _ssha256, _md5)):
        email = f"import{index}@example.com"
        response = admin.post(
            "/admin/identities",
            json={
                "schema_id": "default",
                "traits": {"email": email},
                "credentials": {"password": {"config": {"hashed_password": make("imported secret 1")}}},
            },
        )
        assert response.status_code == 201, response.text
        assert (
            native_login(api, email, "imported secret 1")["session"]["identity"]["traits"]["email"] == email
        )
        flow = api.get("/self-service/login/api").json()
        wrong = api.post(
            f"/self-service/login?flow={flow['id']}",
            json={"method": "password", "identifier": email, "password": "imported secret 2"},
        )
        assert wrong.status_code == 400
    argon2 = admin.post(
        "/admin/identities",
        json={
            "schema_id": "default",
            "traits": {"email": "argon2@example.com"},
            "credentials": {"password": {"config": {"hashed_password": "$argon2id$v=19$m=16,t=2,p=1$eA$eA"}}},
        },
    )
    assert argon2.status_code == 400
    assert "can not verify argon2id" in argon2.json()["error"]["reason"]


def test_bcrypt_import(api: httpx.Client, admin: httpx.Client) -> None:
    """Kratos verifies $2a$/$2b$ hashes; the fake does with the optional bcrypt package installed."""
    bcrypt = pytest.importorskip("bcrypt")
    hashed = bcrypt.hashpw(b"imported secret 1", bcrypt.gensalt(4)).decode().replace("$2b$", "$2a$", 1)
    response = admin.post(
        "/admin/identities",
        json={
            "schema_id": "default",
            "traits": {"email": "bcrypt@example.com"},
            "credentials": {"password": {"config": {"hashed_password": hashed}}},
        },
    )
    assert response.status_code == 201, response.text
    session = native_login(api, "bcrypt@example.com", "imported secret 1")["session"]
    assert session["identity"]["traits"]["email"] == "bcrypt@example.com"


@pytest.mark.parametrize("variant", ["argon2id", "argon2i"])
def test_argon2_import(api: httpx.Client, admin: httpx.Client, variant: str) -> None:
    """Kratos verifies $argon2id$/$argon2i$ (v=19); the fake does with the optional argon2-cffi package."""
    argon2 = pytest.importorskip("argon2")
    kind = argon2.Type.ID if variant == "argon2id" else argon2.Type.I
    hashed = argon2.PasswordHasher(time_cost=1, memory_cost=64, parallelism=2, type=kind).hash("imported 1")
    assert hashed.startswith(f"${variant}$v=19$m=64,t=1,p=2$")
    email = f"{variant}@example.com"
    response = admin.post(
        "/admin/identities",
        json={
            "schema_id": "default",
            "traits": {"email": email},
            "credentials": {"password": {"config": {"hashed_password": hashed}}},
        },
    )
    assert response.status_code == 201, response.text
    assert native_login(api, email, "imported 1")["session"]["identity"]["traits"]["email"] == email
    flow = api.get("/self-service/login/api").json()
    wrong = api.post(
        f"/self-service/login?flow={flow['id']}",
        json={"method": "password", "identifier": email, "password": "imported 2"},
    )
    assert wrong.status_code == 400
    # Kratos decodes salt and key with RawStdEncoding.Strict(): padding makes the hash unusable.
    assert len(hashed.rsplit("$", 1)[1]) == 43  # a 32-byte key, unpadded
    assert hashing.verify_password("imported 1", hashed)
    assert not hashing.verify_password("imported 1", hashed + "=")


def test_json_patch(fake_kratos: FakeKratos, admin: httpx.Client, user: dict[str, Any]) -> None:
    patched = admin.patch(
        f"/admin/identities/{user['id']}",
        json=[
            {"op": "replace", "path": "/traits/name/first", "value": "Augusta"},
            {"op": "add", "path": "/metadata_public", "value": {"tier": 2}},
            {"op": "replace", "path": "/metadata_admin/nested/deep", "value": 1},
        ],
    )
    assert patched.status_code == 200
    assert patched.json()["traits"]["name"]["first"] == "Augusta"
    assert patched.json()["metadata_public"] == {"tier": 2}
    assert patched.json()["metadata_admin"] == {"nested": {"deep": 1}}  # missing objects are created
    denied = admin.patch(
        f"/admin/identities/{user['id']}", json=[{"op": "replace", "path": "/id", "value": "x"}]
    )
    assert denied.status_code == 400
    assert denied.json()["error"]["message"] == "patch includes denied path: /id"
    # jsonx.ApplyJSONPatch allows add, remove and replace only.
    unsupported = admin.patch(
        f"/admin/identities/{user['id']}", json=[{"op": "test", "path": "/state", "value": "x"}]
    )
    assert unsupported.status_code == 400
    assert unsupported.json()["error"]["message"] == "unsupported operation: test"
    invalid = admin.patch(
        f"/admin/identities/{user['id']}", json=[{"op": "replace", "path": "/traits/email", "value": "bad"}]
    )
    assert invalid.status_code == 400
    assert fake_kratos.identity(user["id"])["traits"]["email"] == EMAIL


def test_batch_patch(admin: httpx.Client, user: dict[str, Any]) -> None:
    response = admin.patch(
        "/admin/identities",
        json={
            "identities": [
                {
                    "patch_id": "00000000-0000-4000-8000-000000000001",
                    "create": {"schema_id": "default", "traits": {"email": "b1@example.com"}},
                },
                {
                    "patch_id": "00000000-0000-4000-8000-000000000002",
                    "create": {"schema_id": "default", "traits": {"email": EMAIL}},
                },
            ]
        },
    )
    assert response.status_code == 200
    results = response.json()["identities"]
    assert results[0]["action"] == "create"
    assert admin.get(f"/admin/identities/{results[0]['identity']}").status_code == 200
    assert results[1]["action"] == "error"
    assert results[1]["error"]["code"] == 409
    assert results[1]["patch_id"] == "00000000-0000-4000-8000-000000000002"
    assert admin.patch("/admin/identities", json={"identities": "nope"}).status_code == 400


def test_delete_credentials(fake_kratos: FakeKratos, admin: httpx.Client) -> None:
    identity = fake_kratos.create_identity(email="mfa@example.com", password=PASSWORD, with_totp=True)
    assert admin.delete(f"/admin/identities/{identity['id']}/credentials/totp").status_code == 204
    assert "totp" not in fake_kratos.identity(identity["id"])["credentials"]
    assert admin.delete(f"/admin/identities/{identity['id']}/credentials/totp").status_code == 404
    assert admin.delete(f"/admin/identities/{identity['id']}/credentials/oidc").status_code == 400


def test_identity_and_admin_sessions(
    fake_kratos: FakeKratos, admin: httpx.Client, api: httpx.Client, user: dict[str, Any]
) -> None:
    first = native_login(api)
    second = native_login(api)
    listed = admin.get(f"/admin/identities/{user['id']}/sessions")
    assert listed.status_code == 200
    assert {s["id"] for s in listed.json()} == {first["session"]["id"], second["session"]["id"]}
    assert listed.json()[0]["identity"]["id"] == user["id"]
    assert listed.headers["X-Total-Count"] == "2"

    all_sessions = admin.get("/admin/sessions", params={"expand": "identity"})
    assert all_sessions.status_code == 200
    assert all(s["identity"]["id"] == user["id"] for s in all_sessions.json())
    assert all_sessions.json()[0]["devices"] is None  # no omitempty: null unless expanded
    assert "X-Total-Count" not in all_sessions.headers
    assert admin.get("/admin/sessions", params={"expand": "everything"}).status_code == 400
    assert admin.get("/admin/sessions", params={"active": "maybe"}).status_code == 400

    session_id = first["session"]["id"]
    fetched = admin.get(f"/admin/sessions/{session_id}", params={"expand": "devices"})
    assert fetched.status_code == 200
    assert fetched.json()["identity"] is None
    assert admin.get(f"/admin/sessions/{session_id}").json()["devices"] == []  # GetSession starts with []
    assert len(fetched.json()["devices"]) == 1
    assert admin.get("/admin/sessions/not-a-uuid").status_code == 400
    assert admin.get("/admin/sessions/00000000-0000-4000-8000-000000000000").status_code == 404

    fake_kratos.advance_clock(3600)
    before = fetched.json()["expires_at"]
    extended = admin.patch(f"/admin/sessions/{session_id}/extend")
    assert extended.status_code == 200  # faster_session_extend is off by default: the session comes back
    assert extended.json()["identity"]["id"] == user["id"]
    assert admin.get(f"/admin/sessions/{session_id}").json()["expires_at"] > before

    assert admin.delete(f"/admin/sessions/{session_id}").status_code == 204
    assert api.get("/sessions/whoami", headers={"X-Session-Token": first["session_token"]}).status_code == 401
    inactive = admin.get("/admin/sessions", params={"active": "false"}).json()
    assert [s["id"] for s in inactive] == [session_id]

    assert admin.delete(f"/admin/identities/{user['id']}/sessions").status_code == 204
    assert admin.get(f"/admin/identities/{user['id']}/sessions").json() == []
    assert admin.delete("/admin/identities/00000000-0000-4000-8000-000000000000/sessions").status_code == 404


def test_identity_pagination_with_link_headers(fake_kratos: FakeKratos, admin: httpx.Client) -> None:
    expected = {fake_kratos.create_identity(email=f"user{i}@example.com")["id"] for i in range(5)}
    seen: list[str] = []
    url: str | None = "/admin/identities?page_size=2"
    pages = 0
    while url:
        response = admin.get(url)
        assert response.status_code == 200
        assert "X-Total-Count" not in response.headers
        seen.extend(i["id"] for i in response.json())
        links = response.links
        assert "first" in links
        url = links.get("next", {}).get("url")
        pages += 1
    assert pages == 3
    assert set(seen) == expected
    assert len(seen) == 5
    assert seen == sorted(seen)
    legacy = admin.get("/admin/identities", params={"page": 1, "per_page": 2})
    assert legacy.headers["X-Total-Count"] == "5"
    assert len(legacy.json()) == 2
    assert {"first", "next", "prev", "last"} <= set(legacy.links)
    assert admin.get("/admin/identities", params={"page_token": "garbage!"}).status_code == 400
    filtered = admin.get("/admin/identities", params={"credentials_identifier": "USER3@example.com"})
    assert filtered.status_code == 200
    # The schema's identifier extension gives even a password-less identity its identifier.
    assert [i["traits"]["email"] for i in filtered.json()] == ["user3@example.com"]
    assert filtered.json()[0]["credentials"]["password"]["identifiers"] == ["user3@example.com"]
    with_password = fake_kratos.create_identity(email="pw@example.com", password=PASSWORD)
    found = admin.get("/admin/identities", params={"credentials_identifier": "PW@example.com"}).json()
    assert [i["id"] for i in found] == [with_password["id"]]
    similar = admin.get("/admin/identities", params={"preview_credentials_identifier_similar": "pw@"}).json()
    assert [i["id"] for i in similar] == [with_password["id"]]
    by_ids = admin.get("/admin/identities", params=[("ids", with_password["id"])]).json()
    assert len(by_ids) == 1
    first_link = admin.get("/admin/identities", params={"page_size": 1}).links["first"]["url"]
    assert "page_token=00000000-0000-0000-0000-000000000000" in first_link


def test_courier_messages(fake_kratos: FakeKratos, admin: httpx.Client, api: httpx.Client) -> None:
    for index in range(3):
        flow = api.get("/self-service/registration/api").json()
        api.post(
            f"/self-service/registration?flow={flow['id']}",
            json={"method": "password", "password": PASSWORD, "traits": {"email": f"c{index}@example.com"}},
        )
    listed = admin.get("/admin/courier/messages")
    assert listed.status_code == 200
    messages = listed.json()
    assert len(messages) == 3
    assert messages[0]["recipient"] == "c2@example.com"  # newest first
    assert all(m["status"] == "sent" and m["template_type"] == "verification_code_valid" for m in messages)
    assert admin.get("/admin/courier/messages", params={"status": "queued"}).json() == []
    only = admin.get("/admin/courier/messages", params={"recipient": "c1@example.com"}).json()
    assert [m["recipient"] for m in only] == ["c1@example.com"]
    paged = admin.get("/admin/courier/messages", params={"page_size": 2})
    assert len(paged.json()) == 2
    assert "next" in paged.links
    rest = admin.get(paged.links["next"]["url"])
    assert len(rest.json()) == 1
    assert "next" not in rest.links
    one = admin.get(f"/admin/courier/messages/{messages[0]['id']}")
    assert one.status_code == 200
    assert one.json()["body"] == messages[0]["body"]
    assert admin.get("/admin/courier/messages/00000000-0000-4000-8000-000000000000").status_code == 404
    assert admin.get("/admin/courier/messages/nope").status_code == 400
    assert admin.get("/admin/courier/messages", params={"status": "lost"}).status_code == 400
    fake_kratos.configure(courier_delivers=False)
    flow = api.get("/self-service/verification/api").json()
    api.post(
        f"/self-service/verification?flow={flow['id']}", json={"method": "code", "email": "c0@example.com"}
    )
    assert len(admin.get("/admin/courier/messages", params={"status": "queued"}).json()) == 1


def test_schemas_health_and_misc(fake_kratos: FakeKratos, api: httpx.Client, admin: httpx.Client) -> None:
    listed = api.get("/schemas")
    assert listed.status_code == 200
    assert listed.json()[0]["id"] == "default"
    assert listed.json()[0]["schema"]["properties"]["traits"]["required"] == ["email"]
    assert api.get("/schemas/default").json()["title"] == "Person"
    assert api.get("/schemas/ZGVmYXVsdA").status_code == 200
    assert api.get("/schemas/unknown").status_code == 404
    # v26.2.0's admin port sends schema reads to the public port (schema/handler.go RegisterAdminRoutes).
    moved = admin.get("/schemas", params={"page_size": 1})
    assert moved.status_code == 307
    assert moved.headers["Location"] == f"{fake_kratos.public_url}/schemas?page_size=1"
    assert api.get("/version").status_code == 404  # the version is on the admin port only
    assert admin.get("/identities").status_code == 200  # bare admin paths are served under /admin
    unknown = api.get("/nope")
    assert (unknown.status_code, unknown.text) == (404, "404 page not found\n")
    js = api.get("/.well-known/ory/webauthn.js")
    assert js.status_code == 200
    assert js.headers["Content-Type"].startswith("text/javascript")
    assert api.get("/health/ready").json() == {"status": "ok"}
    fake_kratos.set_ready(False)
    not_ready = admin.get("/health/ready")
    assert not_ready.status_code == 503
    assert "errors" in not_ready.json()
    assert api.get("/sessions/token-exchange").status_code == 400
    assert (
        api.get("/sessions/token-exchange", params={"init_code": "a", "return_to_code": "b"}).status_code
        == 404
    )
    assert api.get("/self-service/errors", params={"id": "stub:500"}).json()["error"]["code"] == 500
    unknown = api.get("/no/such/path")
    assert unknown.status_code == 404
    assert unknown.headers["Content-Type"] == "text/plain; charset=utf-8"  # Go's ServeMux, not herodot
