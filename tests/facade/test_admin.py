"""Admin helpers: identities, pagination over Link headers, sessions, courier, schemas, health."""

from __future__ import annotations

import httpx
import pytest
from facade_fakes import ADMIN, MockKratos, body_of, error_body, identity, json_response, message, session

from ory_facade import ConflictError, NotFoundError, OryClient, OryResponseError
from ory_facade.identities import identity_body


def test_create_identity_with_password(kratos: MockKratos, ory: OryClient) -> None:
    doc = identity(email="ada@example.com")
    kratos.json("POST", "/admin/identities", 201, doc)
    created = ory.admin.identities.create({"email": "ada@example.com"}, password="pw", state="active")
    assert str(created.id) == doc["id"]
    assert body_of(kratos.last()) == {
        "schema_id": "default",
        "traits": {"email": "ada@example.com"},
        "credentials": {"password": {"config": {"password": "pw"}}},
        "state": "active",
    }


def test_identity_body_imports_hashes_and_oidc() -> None:
    body = identity_body(
        {"email": "a@b.c"},
        hashed_password="$2a$10$abcdefghijklmnopqrstuv",
        credentials={"oidc": {"config": {"providers": [{"provider": "github", "subject": "42"}]}}},
        external_id="crm-1",
        verifiable_addresses=[{"value": "a@b.c", "verified": True, "via": "email", "status": "completed"}],
        metadata_public={"plan": "pro"},
    )
    assert body["credentials"] == {
        "oidc": {"config": {"providers": [{"provider": "github", "subject": "42"}]}},
        "password": {"config": {"hashed_password": "$2a$10$abcdefghijklmnopqrstuv"}},
    }
    assert body["external_id"] == "crm-1"
    assert body["verifiable_addresses"][0]["verified"] is True
    assert body["metadata_public"] == {"plan": "pro"}
    assert "organization_id" not in body


def test_create_identity_conflict(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json(
        "POST",
        "/admin/identities",
        409,
        error_body(None, 409, "An identity with the same identifier already exists."),
    )
    with pytest.raises(ConflictError):
        ory.admin.identities.create({"email": "dupe@example.com"})


def test_get_update_patch_delete(kratos: MockKratos, ory: OryClient) -> None:
    doc = identity()
    path = f"/admin/identities/{doc['id']}"
    kratos.json("GET", path, 200, doc)
    kratos.json("PUT", path, 200, doc)
    kratos.json("PATCH", path, 200, doc)
    kratos.on("DELETE", path, httpx.Response(204))
    kratos.on("DELETE", f"{path}/credentials/totp", httpx.Response(204))
    ids = ory.admin.identities
    ids.get(doc["id"], include_credential=["password", "oidc"])
    assert kratos.last().url.params.get_list("include_credential") == ["password", "oidc"]
    ids.update(doc["id"], schema_id="default", traits={"email": "z@example.com"}, state="inactive")
    assert body_of(kratos.last()) == {
        "schema_id": "default",
        "traits": {"email": "z@example.com"},
        "state": "inactive",
    }
    ids.patch(doc["id"], [{"op": "replace", "path": "/state", "value": "inactive"}])
    assert body_of(kratos.last()) == [{"op": "replace", "path": "/state", "value": "inactive"}]
    ids.delete(doc["id"])
    ids.delete_credentials(doc["id"], "totp")
    assert [r.method for r in kratos.requests] == ["GET", "PUT", "PATCH", "DELETE", "DELETE"]


def test_get_by_external_id_not_found(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/admin/identities/by/external/crm%2F1", 404, error_body(None, 404))
    with pytest.raises(NotFoundError):
        ory.admin.identities.get_by_external_id("crm/1")
    assert kratos.last().url.raw_path == b"/admin/identities/by/external/crm%2F1"


def test_batch_patch_correlates_results(kratos: MockKratos, ory: OryClient) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        patches = body_of(request)["identities"]
        return json_response(
            200,
            {
                "identities": [
                    {"action": "create", "identity": identity()["id"], "patch_id": p["patch_id"]}
                    for p in patches
                ]
            },
        )

    kratos.on("PATCH", "/admin/identities", answer)
    results = ory.admin.identities.batch_patch(
        [identity_body({"email": f"u{i}@example.com"}) for i in range(3)]
    )
    sent = body_of(kratos.last())["identities"]
    assert [str(r.patch_id) for r in results] == [p["patch_id"] for p in sent]
    assert sent[0]["create"]["traits"] == {"email": "u0@example.com"}


def test_iter_all_identities_follows_link_headers_lazily(kratos: MockKratos, ory: OryClient) -> None:
    pages = {
        None: ([identity(), identity()], '</admin/identities?page_size=2&page_token=t2>; rel="next"'),
        "t2": (
            [identity(), identity()],
            '</admin/identities?page_size=2&page_token=t3>; rel="next", '
            '</admin/identities?page_size=2>; rel="first"',
        ),
        "t3": ([identity()], None),
    }

    def answer(request: httpx.Request) -> httpx.Response:
        items, link = pages[request.url.params.get("page_token")]
        return json_response(200, items, headers=[("link", link)] if link else [])

    kratos.on("GET", "/admin/identities", answer)
    iterator = ory.admin.identities.iter_all(page_size=2)
    assert kratos.requests == []  # nothing fetched before iteration
    first = next(iterator)
    assert len(kratos.requests) == 1
    rest = list(iterator)
    assert len(rest) + 1 == 5
    assert str(first.id) == pages[None][0][0]["id"]
    assert [r.url.params.get("page_token") for r in kratos.requests] == [None, "t2", "t3"]
    assert all(r.url.params["page_size"] == "2" for r in kratos.requests)
    assert all(str(r.url).startswith(ADMIN) for r in kratos.requests)


def test_iteration_stops_on_a_repeated_token(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json(
        "GET",
        "/admin/identities",
        200,
        [identity()],
        headers=[("link", '</admin/identities?page_token=same>; rel="next"')],
    )
    assert len(list(ory.admin.identities.iter_all())) == 2
    assert len(kratos.requests) == 2


def test_find_by_identifier(kratos: MockKratos, ory: OryClient) -> None:
    kratos.on(
        "GET", "/admin/identities", json_response(200, [identity(email="a@b.c")]), json_response(200, [])
    )
    assert ory.admin.identities.find_by_identifier("a@b.c") is not None
    assert kratos.last().url.params["credentials_identifier"] == "a@b.c"
    assert ory.admin.identities.find_by_identifier("nobody@b.c") is None


def test_list_response_that_is_not_a_list(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/admin/identities", 200, {"identities": []})
    with pytest.raises(OryResponseError):
        ory.admin.identities.list_page()


def test_recovery_code_and_link(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json(
        "POST",
        "/admin/recovery/code",
        201,
        {
            "recovery_code": "76453943",
            "recovery_link": "http://kratos.test/self-service/recovery?flow=f",
            "expires_at": "2026-02-01T11:00:00Z",
        },
    )
    kratos.json(
        "POST",
        "/admin/recovery/link",
        200,
        {"recovery_link": "http://kratos.test/self-service/recovery?token=t"},
    )
    code = ory.admin.identities.create_recovery_code("id-1", expires_in="1h")
    assert code.recovery_code == "76453943"
    assert body_of(kratos.last()) == {"identity_id": "id-1", "expires_in": "1h"}
    link = ory.admin.identities.create_recovery_link("id-1", return_to="https://app.test/")
    assert link.recovery_link.endswith("token=t")
    assert kratos.last().url.params["return_to"] == "https://app.test/"


def test_identity_sessions(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/admin/identities/id-1/sessions", 200, [session(), session()])
    kratos.on("DELETE", "/admin/identities/id-1/sessions", httpx.Response(204))
    assert len(list(ory.admin.identities.iter_sessions("id-1", active=True))) == 2
    assert kratos.last().url.params["active"] == "true"
    ory.admin.identities.delete_sessions("id-1")


def test_admin_sessions(kratos: MockKratos, ory: OryClient) -> None:
    doc = session()
    kratos.json("GET", f"/admin/sessions/{doc['id']}", 200, doc)
    kratos.json("GET", "/admin/sessions", 200, [doc])
    kratos.on("PATCH", f"/admin/sessions/{doc['id']}/extend", httpx.Response(204))
    kratos.on("DELETE", f"/admin/sessions/{doc['id']}", httpx.Response(204))
    assert str(ory.admin.sessions.get(doc["id"], expand=["identity"]).id) == doc["id"]
    assert kratos.last().url.params.get_list("expand") == ["identity"]
    assert [str(s.id) for s in ory.admin.sessions.iter_all(active=True)] == [doc["id"]]
    assert ory.admin.sessions.extend(doc["id"]) is None
    ory.admin.sessions.disable(doc["id"])


def test_extend_session_returning_the_session(kratos: MockKratos, ory: OryClient) -> None:
    doc = session()
    kratos.json("PATCH", f"/admin/sessions/{doc['id']}/extend", 200, doc)
    extended = ory.admin.sessions.extend(doc["id"])
    assert extended is not None and str(extended.id) == doc["id"]


def test_courier_messages(kratos: MockKratos, ory: OryClient) -> None:
    msg = message("ada@example.com")
    kratos.json("GET", "/admin/courier/messages", 200, [msg])
    kratos.json("GET", f"/admin/courier/messages/{msg['id']}", 200, msg)
    found = list(ory.admin.courier.iter_all(recipient="ada@example.com", status="sent"))
    assert found[0].body == "Your code is 123456"
    assert kratos.last().url.params["recipient"] == "ada@example.com"
    assert kratos.last().url.params["status"] == "sent"
    assert ory.admin.courier.get(msg["id"]).recipient == "ada@example.com"


def test_schemas_health_and_version(kratos: MockKratos, ory: OryClient) -> None:
    kratos.json("GET", "/schemas", 200, [{"id": "default", "schema": {"type": "object"}}])
    kratos.json("GET", "/schemas/default", 200, {"$id": "default", "type": "object"})
    kratos.json("GET", "/admin/health/alive", 200, {"status": "ok"})
    kratos.json("GET", "/admin/health/ready", 503, {"errors": {"database": "down"}})
    kratos.json("GET", "/admin/version", 200, {"version": "v26.2.0"})
    assert [s.id for s in ory.admin.schemas.iter_all()] == ["default"]
    assert ory.admin.schemas.get("default")["type"] == "object"
    assert ory.admin.is_alive() is True
    assert ory.admin.is_ready() is False
    assert kratos.count("GET", "/admin/health/ready") == 1  # not ready is an answer, not something to retry
    assert ory.admin.version() == "v26.2.0"
