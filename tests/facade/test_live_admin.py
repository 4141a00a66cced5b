"""Admin helpers over HTTP against the fake Kratos: identities, pagination, sessions, courier, metadata."""

from __future__ import annotations

import base64
import hashlib

import pytest
from backends import Backend

from ory_facade import (
    BadRequestError,
    ConflictError,
    NotFoundError,
    OryClient,
    SessionInactiveError,
    UnauthorizedError,
)
from ory_facade.identities import identity_body
from ory_facade.testing.real import KRATOS_BUILT_VERSION

PASSWORD = "correct horse battery staple"


def test_identity_lifecycle(backend: Backend, live: OryClient) -> None:
    ids = live.admin.identities
    created = ids.create({"email": "adm@example.com"}, password=PASSWORD, metadata_public={"plan": "pro"})
    assert live.login.with_password("adm@example.com", PASSWORD).session_token
    fetched = ids.get(created.id, include_credential=["password"])
    assert fetched.traits["email"] == "adm@example.com"
    assert fetched.metadata_public == {"plan": "pro"}
    updated = ids.update(
        created.id, schema_id="default", traits={"email": "adm2@example.com"}, state="active"
    )
    assert updated.traits["email"] == "adm2@example.com"
    patched = ids.patch(created.id, [{"op": "replace", "path": "/state", "value": "inactive"}])
    assert patched.state == "inactive"
    ids.delete(created.id)
    with pytest.raises(NotFoundError):
        ids.get(created.id)


@pytest.mark.kratos_since("v25.4.0", "identities' external_id")
def test_identity_by_external_id(live: OryClient) -> None:
    ids = live.admin.identities
    created = ids.create({"email": "ext@example.com"}, password=PASSWORD, external_id="crm-7")
    assert str(ids.get_by_external_id("crm-7").id) == str(created.id)


@pytest.mark.kratos_since("v25.4.0", "identities' external_id")
def test_whoami_shows_the_external_id_but_not_admin_metadata(live: OryClient) -> None:
    # Kratos' public Identity.MarshalJSON drops credentials and metadata_admin only.
    live.admin.identities.create(
        {"email": "ext2@example.com"}, password=PASSWORD, external_id="crm-8", metadata_admin={"tier": "gold"}
    )
    token = live.login.with_password("ext2@example.com", PASSWORD).session_token
    identity = live.whoami(session_token=token).identity
    assert identity.external_id == "crm-8"
    assert not identity.metadata_admin


def test_import_hashed_password(live: OryClient) -> None:
    salt = b"pepper12"
    digest = hashlib.sha256(PASSWORD.encode() + salt).digest()
    hashed = "{SSHA256}" + base64.b64encode(digest + salt).decode()
    live.admin.identities.create({"email": "imported@example.com"}, hashed_password=hashed)
    assert live.login.with_password("imported@example.com", PASSWORD).session_token


def test_create_conflict_and_invalid_traits(backend: Backend, live: OryClient) -> None:
    live.admin.identities.create({"email": "dupe@example.com"}, password=PASSWORD)
    with pytest.raises(ConflictError):
        live.admin.identities.create({"email": "dupe@example.com"}, password=PASSWORD)
    with pytest.raises(BadRequestError):
        live.admin.identities.create({"email": "not an email"})


@pytest.mark.fake_only("reads the fake's record of the requests it served")
def test_iter_all_follows_pages(backend: Backend, live: OryClient) -> None:
    emails = {f"page{i}@example.com" for i in range(7)}
    for email in emails:
        backend.create_identity(email=email, password=PASSWORD)
    first = live.admin.identities.list_page(page_size=3)
    assert len(first.items) == 3 and first.next_page_token
    seen = [i.traits["email"] for i in live.admin.identities.iter_all(page_size=3)]
    assert sorted(seen) == sorted(emails)
    list_calls = [r for r in backend.fake.requests if r.path == "/admin/identities" and r.method == "GET"]
    assert len(list_calls) == 1 + 3  # list_page, then three pages of 3, 3 and 1


def test_find_by_identifier(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="find@example.com", password=PASSWORD)
    backend.create_identity(email="other@example.com", password=PASSWORD)
    found = live.admin.identities.find_by_identifier("find@example.com")
    assert found is not None and found.traits["email"] == "find@example.com"
    assert live.admin.identities.find_by_identifier("missing@example.com") is None


def test_batch_patch(live: OryClient) -> None:
    bodies = [identity_body({"email": f"batch{i}@example.com"}, password=PASSWORD) for i in range(3)]
    results = live.admin.identities.batch_patch(bodies)
    assert [r.action for r in results] == ["create", "create", "create"]
    assert live.login.with_password("batch1@example.com", PASSWORD).session_token


@pytest.mark.fake_only("creates a TOTP credential directly, which Kratos' admin API cannot")
def test_delete_credentials(backend: Backend, live: OryClient) -> None:
    doc = backend.fake.create_identity(email="mfa@example.com", password=PASSWORD, with_totp=True)
    live.admin.identities.delete_credentials(doc["id"], "totp")
    token = live.login.with_password("mfa@example.com", PASSWORD).session_token
    assert live.whoami(session_token=token).authenticator_assurance_level == "aal1"


def test_recovery_code_for_identity(backend: Backend, live: OryClient) -> None:
    doc = backend.create_identity(email="rc@example.com", password=PASSWORD)
    issued = live.admin.identities.create_recovery_code(doc["id"], expires_in="1h", flow_type="api")
    assert issued.recovery_code and issued.recovery_link
    flow_id = issued.recovery_link.split("flow=")[1].split("&")[0]
    result = live.recovery.submit(flow_id, {"method": "code", "code": issued.recovery_code})
    assert result.completed and result.session_token


def test_identity_and_admin_sessions(backend: Backend, live: OryClient) -> None:
    doc = backend.create_identity(email="sess@example.com", password=PASSWORD)
    tokens = [live.login.with_password("sess@example.com", PASSWORD).session_token for _ in range(3)]
    sessions = list(live.admin.identities.iter_sessions(doc["id"]))
    assert len(sessions) == 3
    one = sessions[0]
    assert str(live.admin.sessions.get(one.id, expand=["identity"]).id) == str(one.id)
    live.admin.sessions.extend(one.id)
    live.admin.sessions.disable(one.id)
    assert len(list(live.admin.sessions.iter_all(active=True))) == 2
    live.admin.identities.delete_sessions(doc["id"])
    for token in tokens:
        with pytest.raises(SessionInactiveError):
            live.whoami(session_token=token)


def test_courier_messages(backend: Backend, live: OryClient) -> None:
    backend.create_identity(email="mail@example.com", password=PASSWORD)
    live.recovery.start("mail@example.com")
    live.verification.start("mail@example.com")
    messages = list(live.admin.courier.iter_all(recipient="mail@example.com", page_size=1))
    assert len(messages) == 2
    assert {m.template_type for m in messages} == {"recovery_code_valid", "verification_code_valid"}
    assert live.admin.courier.get(messages[0].id).recipient == "mail@example.com"


def test_schemas_health_version(backend: Backend, live: OryClient) -> None:
    schemas = list(live.admin.schemas.iter_all())
    assert [s.id for s in schemas] == ["default"]
    assert live.admin.schemas.get(schemas[0].id)["type"] == "object"
    assert live.admin.is_alive()
    assert live.admin.is_ready()
    want = backend.fake.config.version if backend.is_fake else KRATOS_BUILT_VERSION
    assert live.admin.version() == want


@pytest.mark.fake_only("switches the fake's readiness, which a healthy Kratos cannot be told to drop")
def test_not_ready(backend: Backend, live: OryClient) -> None:
    backend.fake.set_ready(False)
    assert not live.admin.is_ready()


@pytest.mark.fake_only(
    "self-hosted Kratos has no admin API key (its admin port is the boundary); the fake plays Ory Network"
)
def test_wrong_api_key_is_unauthorized(backend: Backend) -> None:
    with (
        OryClient(backend.public_url, admin_url=backend.admin_url, api_key="wrong") as client,
        pytest.raises(UnauthorizedError),
    ):
        client.admin.identities.list_page()


def test_recovery_link_for_identity(backend: Backend, live: OryClient) -> None:
    doc = backend.create_identity(email="rl@example.com", password=PASSWORD)
    issued = live.admin.identities.create_recovery_link(doc["id"], expires_in="15m")
    assert issued.recovery_link.startswith(backend.public_url)
    assert "token=" in issued.recovery_link
