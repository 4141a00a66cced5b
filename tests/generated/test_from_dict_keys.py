"""How ``from_dict`` sorts keys: named properties, unknown keys (``additional_properties``), absent and null.

``from_dict`` reads the payload in place and looks for unknown keys only when the payload has more keys than
the named properties it holds (absent optional properties are counted), so these cases are pinned down.
"""

from __future__ import annotations

import types
from typing import Any

import pytest
from ory_kratos_api.models.identity import Identity
from ory_kratos_api.models.identity_credentials_map import IdentityCredentialsMap
from ory_kratos_api.models.verifiable_identity_address import VerifiableIdentityAddress
from ory_kratos_api.types import UNSET
from roundtrip import roundtrip_differences

ADDRESS: dict[str, Any] = {
    "id": "10000000-0000-4000-8000-000000000001",
    "value": "ada@example.org",
    "verified": True,
    "via": "email",
    "status": "completed",
    "verified_at": "2026-03-02T10:11:12.123456Z",
    "created_at": "2026-03-02T10:11:12.123456Z",
    "updated_at": "2026-03-02T10:11:12.123456Z",
}
REQUIRED = ("value", "verified", "via", "status")


def test_every_property_present_and_no_other_key() -> None:
    address = VerifiableIdentityAddress.from_dict(ADDRESS)
    assert address.additional_properties == {}
    assert roundtrip_differences(VerifiableIdentityAddress, ADDRESS) == []


@pytest.mark.parametrize("missing", [(), ("id",), ("id", "created_at", "updated_at", "verified_at")])
@pytest.mark.parametrize("nulled", [(), ("created_at",), ("verified_at", "updated_at")])
def test_unknown_keys_are_kept_whatever_is_absent_or_null(
    missing: tuple[str, ...], nulled: tuple[str, ...]
) -> None:
    payload = {k: (None if k in nulled else v) for k, v in ADDRESS.items() if k not in missing}
    payload["loyalty_points"] = 12
    address = VerifiableIdentityAddress.from_dict(payload)
    assert address.additional_properties == {"loyalty_points": 12}
    for key in missing:
        assert getattr(address, key) is UNSET
    assert roundtrip_differences(VerifiableIdentityAddress, payload) == []


@pytest.mark.parametrize("missing", [("id",), ("id", "created_at", "updated_at", "verified_at")])
def test_absent_properties_are_not_taken_for_unknown_keys(missing: tuple[str, ...]) -> None:
    payload = {k: v for k, v in ADDRESS.items() if k not in missing}
    assert VerifiableIdentityAddress.from_dict(payload).additional_properties == {}


def test_only_the_required_properties_and_several_unknown_keys() -> None:
    payload = {k: ADDRESS[k] for k in REQUIRED} | {"a": 1, "b": None, "c": {"d": [2]}}
    address = VerifiableIdentityAddress.from_dict(payload)
    assert address.additional_properties == {"a": 1, "b": None, "c": {"d": [2]}}
    assert address.id is UNSET and address.verified_at is UNSET


def test_a_missing_required_property_raises() -> None:
    with pytest.raises(KeyError):
        VerifiableIdentityAddress.from_dict({k: v for k, v in ADDRESS.items() if k != "value"})


def test_the_payload_is_not_changed_nor_shared() -> None:
    payload = dict(ADDRESS, extra=1)
    snapshot = dict(payload)
    first = VerifiableIdentityAddress.from_dict(payload)
    second = VerifiableIdentityAddress.from_dict(ADDRESS)
    third = VerifiableIdentityAddress.from_dict(ADDRESS)
    assert payload == snapshot
    first["more"] = 2
    second["mine"] = 3
    assert payload == snapshot and "more" not in payload
    assert third.additional_properties == {}  # every instance has its own dict


def test_any_mapping_is_read() -> None:
    address = VerifiableIdentityAddress.from_dict(types.MappingProxyType(dict(ADDRESS, extra=1)))
    assert address.value == "ada@example.org" and address.additional_properties == {"extra": 1}


def test_a_model_of_only_additional_properties() -> None:
    credentials = {
        "password": {"type": "password", "identifiers": ["ada@example.org"], "version": 0},
        "quantum_key": {"type": "quantum_key", "identifiers": [], "config": {"q": 1}},
    }
    parsed = IdentityCredentialsMap.from_dict(credentials)
    assert sorted(parsed.additional_properties) == ["password", "quantum_key"]
    assert roundtrip_differences(IdentityCredentialsMap, credentials) == []


def test_nullable_timestamp_keeps_what_is_not_a_timestamp() -> None:
    payload = {"id": "x", "schema_id": "default", "schema_url": "u", "traits": {}}
    for value, expected in ((None, None), ("not a time", "not a time"), (12, 12)):
        identity = Identity.from_dict(dict(payload, state_changed_at=value))
        assert identity.state_changed_at == expected
    assert Identity.from_dict(payload).state_changed_at is UNSET
