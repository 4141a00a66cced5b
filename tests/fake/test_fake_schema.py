"""A user-provided identity schema drives nodes, validation, identifiers and addresses."""

from __future__ import annotations

from typing import Any

import httpx

from ory_facade.testing import FakeKratos

from .support import PASSWORD, native_login, node, node_message_ids

USERNAME_SCHEMA: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "properties": {
        "traits": {
            "type": "object",
            "properties": {
                "username": {
                    "type": "string",
                    "title": "Username",
                    "minLength": 3,
                    "pattern": "^[a-z0-9_]+$",
                    "ory.sh/kratos": {"credentials": {"password": {"identifier": True}}},
                },
                "age": {"type": "integer", "minimum": 13},
                "newsletter": {"type": "boolean"},
            },
            "required": ["username"],
        }
    },
}


def test_username_schema(fake_kratos: FakeKratos, api: httpx.Client) -> None:
    fake_kratos.configure(identity_schema=USERNAME_SCHEMA, identity_schema_id="customer")
    flow = api.get("/self-service/registration/api").json()
    assert node(flow, "traits.username")["attributes"]["pattern"] == "^[a-z0-9_]+$"  # type: ignore[index]
    assert node(flow, "traits.age")["attributes"]["type"] == "number"  # type: ignore[index]
    assert node(flow, "traits.newsletter")["attributes"]["type"] == "checkbox"  # type: ignore[index]
    assert node(flow, "traits.email") is None

    bad = api.post(
        f"/self-service/registration?flow={flow['id']}",
        json={"method": "password", "password": PASSWORD, "traits": {"username": "No", "age": 9}},
    )
    assert bad.status_code == 400
    assert sorted(node_message_ids(bad.json(), "traits.username")) == [4000003, 4000004]
    assert node_message_ids(bad.json(), "traits.age") == [4000018]

    good = api.post(
        f"/self-service/registration?flow={flow['id']}",
        json={"method": "password", "password": PASSWORD, "traits": {"username": "grace_h", "age": 30}},
    )
    assert good.status_code == 200
    body = good.json()
    assert body["identity"]["schema_id"] == "customer"
    assert body["identity"]["verifiable_addresses"] == []
    # No verifiable address: no verification flow, no email.
    assert [item["action"] for item in body["continue_with"]] == ["set_ory_session_token"]
    assert fake_kratos.courier_messages() == []
    assert native_login(api, "grace_h", PASSWORD)["session"]["identity"]["traits"]["username"] == "grace_h"
    assert api.get("/schemas/customer").json()["properties"]["traits"]["required"] == ["username"]
    assert api.get("/schemas").json()[0]["id"] == "customer"


def test_with_empty_objects_fills_missing_object_properties() -> None:
    from ory_facade.testing.identity_schema import DEFAULT_IDENTITY_SCHEMA, IdentitySchema

    schema = IdentitySchema("default", DEFAULT_IDENTITY_SCHEMA)
    assert schema.with_empty_objects({"email": "a@example.org"}) == {"email": "a@example.org", "name": {}}
    kept = {"email": "a@example.org", "name": {"first": "Ada"}}
    assert schema.with_empty_objects(kept) == kept
    assert schema.with_empty_objects("not an object") == "not an object"
