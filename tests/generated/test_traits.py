"""``Identity.traits`` is typed and read as a JSON object (issue 12 §3).

The spec says any JSON (the identity schema defines it); Kratos keeps traits as a JSON object and writes
an identity without traits (Go's nil ``Traits``) as ``null``.
"""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any

import pytest
from ory_kratos_api.models.identity import Identity

IDENTITY = json.loads((Path(__file__).parent / "payloads" / "identity_full.json").read_text())


def test_traits_is_declared_as_a_dict() -> None:
    assert typing.get_type_hints(Identity)["traits"] == dict[str, Any]


def test_traits_round_trip() -> None:
    identity = Identity.from_dict(IDENTITY)
    assert isinstance(identity.traits, dict) and identity.traits == IDENTITY["traits"]
    assert identity.to_dict()["traits"] == IDENTITY["traits"]


def test_null_traits_read_as_empty() -> None:
    assert Identity.from_dict({**IDENTITY, "traits": None}).traits == {}


@pytest.mark.parametrize("value", ["ada@example.org", ["ada@example.org"], 3])
def test_traits_that_are_not_an_object_fail_to_parse(value: object) -> None:
    with pytest.raises(TypeError, match=f"traits must be a JSON object, not {type(value).__name__}"):
        Identity.from_dict({**IDENTITY, "traits": value})
