"""``UNSET`` (a property the server left out) prints short and stays the one instance.

Every model's ``to_dict`` tests ``value is not UNSET``: a second ``Unset`` instance (made by ``deepcopy`` or
by unpickling a cached model) used to be written out as a value, and printed as an address.
"""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import pytest
from ory_kratos_api.models.identity import Identity
from ory_kratos_api.models.login_flow import LoginFlow
from ory_kratos_api.models.session import Session
from ory_kratos_api.types import UNSET, Unset

PAYLOADS = Path(__file__).parent / "payloads"
MODELS = {
    "identity_full.json": Identity,
    "identity_from_newer_server.json": Identity,
    "login_flow_null_nodes.json": LoginFlow,
    "session_legacy_aal.json": Session,
}


def test_unset_prints_as_its_name() -> None:
    assert repr(UNSET) == "UNSET" and str(UNSET) == "UNSET"
    assert f"{Session(id='s1').identity}" == "UNSET"
    assert not UNSET


@pytest.mark.parametrize("clone", [copy.copy, copy.deepcopy, lambda v: pickle.loads(pickle.dumps(v))])
def test_copies_of_unset_are_unset(clone: object) -> None:
    assert callable(clone)
    assert clone(UNSET) is UNSET
    assert clone([UNSET])[0] is UNSET


def test_a_copied_model_still_leaves_unset_properties_out() -> None:
    session = Session.from_dict({"id": "s1", "active": True})
    for twin in (copy.deepcopy(session), pickle.loads(pickle.dumps(session))):
        assert twin.identity is UNSET
        assert twin.to_dict() == {"id": "s1", "active": True}
        json.dumps(twin.to_dict())  # no Unset object in the output


def test_unset_has_no_instance_dict() -> None:
    with pytest.raises(AttributeError):
        Unset().marker = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(MODELS))
def test_model_reprs_hold_no_addresses(name: str) -> None:
    model = MODELS[name].from_dict(json.loads((PAYLOADS / name).read_text()))
    text = repr(model)
    assert "object at 0x" not in text and text.startswith(MODELS[name].__name__ + "(")
    assert "object at 0x" not in repr(copy.deepcopy(model))
