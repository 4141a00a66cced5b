"""Kratos' lookup strategy takes its buttons without a ``method`` (strategy/lookup/settings.go)."""

from __future__ import annotations

import httpx
from backends import Backend

PASSWORD = "correct horse battery staple"


def test_a_lookup_button_without_method_regenerates_codes(backend: Backend) -> None:
    backend.create_identity(email="codes@example.com", password=PASSWORD)
    with httpx.Client(base_url=backend.public_url, trust_env=False) as http:
        flow = http.get("/self-service/login/api").json()
        token = http.post(
            flow["ui"]["action"],
            json={"method": "password", "identifier": "codes@example.com", "password": PASSWORD},
        ).json()["session_token"]
        settings = http.get("/self-service/settings/api", headers={"X-Session-Token": token}).json()
        answer = http.post(
            settings["ui"]["action"],
            json={"lookup_secret_regenerate": True},
            headers={"X-Session-Token": token},
        )
    assert answer.status_code == 200, answer.text[:300]
    nodes = {
        n["attributes"].get("id") or n["attributes"].get("name"): n for n in answer.json()["ui"]["nodes"]
    }
    codes = nodes["lookup_secret_codes"]["attributes"]["text"]["context"]["secrets"]
    assert len(codes) == 12 and "lookup_secret_confirm" in nodes
