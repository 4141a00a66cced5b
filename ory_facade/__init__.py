"""ory-facade: a Python SDK for the Ory Identities API (Ory Kratos)."""

from __future__ import annotations

__all__: list[str] = []
