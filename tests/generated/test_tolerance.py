"""What the generated models accept: newer/older server output parses, unknown data survives."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from ory_kratos_api.models.continue_with_recovery_ui import ContinueWithRecoveryUi
from ory_kratos_api.models.continue_with_redirect_browser_to import ContinueWithRedirectBrowserTo
from ory_kratos_api.models.continue_with_set_ory_session_token import ContinueWithSetOrySessionToken
from ory_kratos_api.models.continue_with_unknown import ContinueWithUnknown
from ory_kratos_api.models.continue_with_verification_ui import ContinueWithVerificationUi
from ory_kratos_api.models.identity import Identity
from ory_kratos_api.models.login_flow import LoginFlow
from ory_kratos_api.models.registration_flow import RegistrationFlow
from ory_kratos_api.models.session import Session
from ory_kratos_api.models.successful_native_registration import SuccessfulNativeRegistration
from ory_kratos_api.models.ui_node_anchor_attributes import UiNodeAnchorAttributes
from ory_kratos_api.models.ui_node_input_attributes import UiNodeInputAttributes
from ory_kratos_api.models.ui_node_script_attributes import UiNodeScriptAttributes
from ory_kratos_api.models.ui_node_text_attributes import UiNodeTextAttributes
from ory_kratos_api.models.ui_node_unknown_attributes import UiNodeUnknownAttributes
from roundtrip import roundtrip_differences


def test_full_identity_round_trips(payload: Any) -> None:
    data = payload("identity_full.json")
    identity = Identity.from_dict(data)
    assert identity.traits["name"]["first"] == "Ada"
    assert identity.credentials is not None
    assert identity.credentials["password"].identifiers == ["ada@example.org"]
    assert identity.verifiable_addresses is not None
    assert identity.verifiable_addresses[0].verified_at == datetime.datetime(
        2026, 3, 2, 10, 15, tzinfo=datetime.UTC
    )
    assert roundtrip_differences(Identity, data) == []


def test_values_and_fields_from_a_newer_server_are_kept(payload: Any) -> None:
    data = payload("identity_from_newer_server.json")
    identity = Identity.from_dict(data)
    assert identity.state == "suspended"
    assert identity.state_changed_at is None
    assert identity.credentials is not None
    assert identity.credentials["quantum_key"].type_ == "quantum_key"
    assert identity.verifiable_addresses is not None
    address = identity.verifiable_addresses[0]
    assert (address.via, address.status) == ("carrier_pigeon", "awaiting_bird")
    assert address.additional_properties == {"loyalty_points": 12}
    assert identity.additional_properties == {"passkey_hint": {"enabled": True}}
    assert roundtrip_differences(Identity, data) == []


def test_legacy_session_values_parse(payload: Any) -> None:
    data = payload("session_legacy_aal.json")
    session = Session.from_dict(data)
    assert session.authenticator_assurance_level == ""
    assert session.authentication_methods is not None
    assert [m.method for m in session.authentication_methods] == ["v0.6_legacy_session", "password"]
    assert session.identity is not None and session.identity.state == ""
    assert roundtrip_differences(Session, data) == []


def test_null_node_list_parses(payload: Any) -> None:
    data = payload("login_flow_null_nodes.json")
    flow = LoginFlow.from_dict(data)
    assert flow.ui.nodes is None
    assert flow.to_dict()["ui"]["nodes"] is None
    assert roundtrip_differences(LoginFlow, data) == []


def test_ui_nodes_of_every_kind_including_unknown(payload: Any) -> None:
    data = payload("registration_flow_odd_nodes.json")
    flow = RegistrationFlow.from_dict(data)
    assert flow.ui.nodes is not None
    kinds = [type(node.attributes) for node in flow.ui.nodes]
    assert kinds == [
        UiNodeInputAttributes,
        UiNodeInputAttributes,
        UiNodeInputAttributes,
        UiNodeAnchorAttributes,
        UiNodeTextAttributes,
        UiNodeScriptAttributes,
        UiNodeUnknownAttributes,
    ]
    odd_input = flow.ui.nodes[2]
    assert odd_input.group == "quantum"
    assert isinstance(odd_input.attributes, UiNodeInputAttributes)
    assert odd_input.attributes.type_ == "hologram"
    assert odd_input.attributes.onclick_trigger == "oryQuantumStart"
    anchor, text = flow.ui.nodes[3].attributes, flow.ui.nodes[4].attributes
    assert isinstance(anchor, UiNodeAnchorAttributes) and anchor.title is None
    assert isinstance(text, UiNodeTextAttributes) and text.text is None
    video = flow.ui.nodes[6]
    assert video.type_ == "video"
    assert isinstance(video.attributes, UiNodeUnknownAttributes)
    assert video.attributes.node_type == "video"
    assert video.attributes.additional_properties["src"] == "http://127.0.0.1:4455/intro.webm"
    assert flow.ui.messages is not None and flow.ui.messages[0].id == 4000007
    assert roundtrip_differences(RegistrationFlow, data) == []


def test_continue_with_actions_including_unknown(payload: Any) -> None:
    items = payload("continue_with_mixed.json")
    data = {
        "identity": payload("identity_full.json"),
        "continue_with": items,
    }
    result = SuccessfulNativeRegistration.from_dict(data)
    assert result.continue_with is not None
    assert [type(item) for item in result.continue_with] == [
        ContinueWithVerificationUi,
        ContinueWithSetOrySessionToken,
        ContinueWithRedirectBrowserTo,
        ContinueWithUnknown,
    ]
    unknown = result.continue_with[3]
    assert isinstance(unknown, ContinueWithUnknown)
    assert unknown.action == "show_pin_entry_ui"
    assert unknown.additional_properties == {"pin": {"length": 6}}
    assert roundtrip_differences(SuccessfulNativeRegistration, data) == []


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (UiNodeInputAttributes, {"name": "x", "type": "text", "disabled": False, "node_type": "text"}),
        (
            ContinueWithRecoveryUi,
            {"action": "show_settings_ui", "flow": {"id": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"}},
        ),
    ],
)
def test_single_value_discriminators_stay_strict(model: Any, data: dict[str, Any]) -> None:
    """A one-value enum picks the union member; letting other values through would mis-type nodes."""
    with pytest.raises(TypeError):
        model.from_dict(data)
