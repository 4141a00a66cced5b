"""The password migration web hook (``selfservice.methods.password.config.migrate_hook``), as Kratos calls it.

selfservice/hook/password_migration_hook.go (v1.3.1 and v26.2.0, without a ``body`` template): a POST of
``{"identifier": ..., "password": ...}`` (Go's ``json.Marshal``, so ``<``, ``>``, ``&`` are escaped) with
``Content-Type: application/json`` unless the configured headers set one, the configured headers and the
auth (an API key in a header or a cookie, or basic auth). The answer: 200 with ``{"status":
"password_match"}`` (first 1 KiB, read as one JSON value) lets the user in, any other 200 and a 403 are
invalid credentials, anything else and an unreachable hook are a 502.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any

import httpx

from ory_facade.testing.errors import KratosError

__all__ = ["HookRefused", "call_password_migration_hook", "go_json"]


class HookRefused(Exception):
    """The hook answered that the password does not match (Kratos: invalid credentials)."""


def go_json(value: Any) -> bytes:
    """``encoding/json.Marshal``: compact, UTF-8, HTML characters and U+2028/U+2029 escaped."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").encode("utf-8")


def _request_headers(config: Mapping[str, Any]) -> dict[str, str]:
    configured = {str(k): str(v) for k, v in (config.get("headers") or {}).items()}
    headers = {"User-Agent": "Go-http-client/1.1"}
    if not any(k.lower() == "content-type" for k in configured):
        headers["Content-Type"] = "application/json"
    headers.update(configured)
    auth = config.get("auth") or {}
    auth_config = auth.get("config") or {}
    if auth.get("type") == "api_key":
        if auth_config.get("in") == "cookie":
            headers["Cookie"] = f"{auth_config.get('name')}={auth_config.get('value')}"
        else:
            headers[str(auth_config.get("name"))] = str(auth_config.get("value"))
    elif auth.get("type") == "basic_auth":
        pair = f"{auth_config.get('user', '')}:{auth_config.get('password', '')}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
    return headers


def call_password_migration_hook(config: Mapping[str, Any], identifier: str, password: str) -> None:
    """Returns when the hook says ``password_match``; raises :class:`HookRefused` or a 502 KratosError."""
    body = go_json({"identifier": identifier, "password": password})
    try:
        with httpx.Client(timeout=10.0, trust_env=False) as client:
            response = client.post(str(config.get("url")), content=body, headers=_request_headers(config))
    except httpx.HTTPError:
        raise KratosError(
            502, reason="A third-party upstream service could not be reached. Please try again later."
        ) from None
    if response.status_code == 200:
        try:
            answer = json.JSONDecoder().raw_decode(
                response.content[:1024].decode("utf-8", "replace").lstrip()
            )[0]
        except ValueError:
            raise HookRefused from None
        if not isinstance(answer, dict) or answer.get("status") != "password_match":
            raise HookRefused
        return
    if response.status_code == 403:
        raise HookRefused
    raise KratosError(
        502, reason="A third-party upstream service responded improperly. Please try again later."
    )
