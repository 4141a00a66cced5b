"""Realistic Kratos payloads built in code for the benchmarks (no fixtures needed)."""

from __future__ import annotations

from typing import Any

STAMP = "2026-03-02T10:11:12.123456Z"


def identity_payload(index: int = 0) -> dict[str, Any]:
    """An identity as the admin API returns it with credentials: traits, metadata, 3+1 addresses."""
    uid = f"00000000-0000-4000-8000-{index:012d}"
    emails = [f"user{index}@example.org", f"user{index}.work@example.org", f"user{index}.old@example.org"]
    return {
        "id": uid,
        "schema_id": "default",
        "schema_url": "http://127.0.0.1:4433/schemas/ZGVmYXVsdA",
        "state": "active",
        "state_changed_at": STAMP,
        "traits": {
            "email": emails[0],
            "name": {"first": "Ada", "last": f"Lovelace {index}"},
            "newsletter": True,
        },
        "metadata_public": {"plan": "pro", "seats": 5},
        "metadata_admin": {"crm_id": f"crm-{index}", "tags": ["beta", "eu"]},
        "organization_id": None,
        "credentials": {
            "password": {
                "type": "password",
                "identifiers": [emails[0]],
                "config": {},
                "version": 0,
                "created_at": STAMP,
                "updated_at": STAMP,
            }
        },
        "verifiable_addresses": [
            {
                "id": f"10000000-0000-4000-8000-{index * 3 + n:012d}",
                "value": email,
                "verified": n == 0,
                "via": "email",
                "status": "completed" if n == 0 else "sent",
                "verified_at": STAMP if n == 0 else None,
                "created_at": STAMP,
                "updated_at": STAMP,
            }
            for n, email in enumerate(emails)
        ],
        "recovery_addresses": [
            {
                "id": f"20000000-0000-4000-8000-{index:012d}",
                "value": emails[0],
                "via": "email",
                "created_at": STAMP,
                "updated_at": STAMP,
            }
        ],
        "created_at": STAMP,
        "updated_at": STAMP,
    }


def session_payload() -> dict[str, Any]:
    """A whoami answer: an active aal1 session with its identity and one device."""
    identity = identity_payload(7)
    del identity["credentials"], identity["metadata_admin"]
    return {
        "id": "30000000-0000-4000-8000-000000000001",
        "active": True,
        "authenticator_assurance_level": "aal1",
        "authentication_methods": [{"method": "password", "aal": "aal1", "completed_at": STAMP}],
        "authenticated_at": STAMP,
        "issued_at": STAMP,
        "expires_at": "2036-03-03T10:11:12.123456Z",
        "devices": [
            {
                "id": "40000000-0000-4000-8000-000000000001",
                "ip_address": "127.0.0.1",
                "user_agent": "bench/1.0",
                "location": "Local",
            }
        ],
        "identity": identity,
    }
