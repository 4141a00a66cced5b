"""OryClient.get_flow_error against the fake Kratos (the error UI's ?id=)."""

from __future__ import annotations

import pytest
from backends import Backend

from ory_facade import NotFoundError, OryClient


def test_flow_error_is_fetched_and_parsed(backend: Backend) -> None:
    with OryClient(backend.public_url) as ory:
        # Kratos' own stub ids ("stub:500") answer with a sample error, as the real server does.
        result = ory.get_flow_error("stub:500")
    assert isinstance(result.error, dict)
    assert result.error["code"] == 500
    assert result.id


def test_unknown_flow_error_is_not_found(backend: Backend) -> None:
    with OryClient(backend.public_url) as ory, pytest.raises(NotFoundError):
        ory.get_flow_error("4b7f3d2e-0000-4000-8000-000000000000")
