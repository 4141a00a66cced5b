"""UI helpers on parsed flows: grouping, CSRF, labels, messages, scripts, form conversion."""

from __future__ import annotations

from typing import Any

import pytest
from facade_fakes import input_node, login_flow, registration_flow, script_node, text
from ory_kratos_api.models.login_flow import LoginFlow
from ory_kratos_api.models.registration_flow import RegistrationFlow

from ory_facade import UiMessage, ui


def _login(**kwargs: Any) -> LoginFlow:
    return LoginFlow.from_dict(login_flow(**kwargs))


def _names(nodes: list[Any]) -> list[str | None]:
    return [ui.node_name(n) for n in nodes]


def test_nodes_by_group_keeps_default_group() -> None:
    flow = _login(
        nodes=[
            input_node("identifier", required=True),
            input_node("password", type="password", group="password"),
            input_node("method", type="submit", group="password", value="password"),
            input_node("provider", type="submit", group="oidc", value="github"),
        ]
    )
    assert _names(ui.nodes_by_group(flow, "password")) == ["csrf_token", "identifier", "password", "method"]
    assert _names(ui.nodes_by_group(flow, "oidc", include_default="hidden")) == ["csrf_token", "provider"]
    assert _names(ui.nodes_by_group(flow, "oidc", include_default=False)) == ["provider"]
    assert _names(ui.nodes_by_group(flow, "default")) == ["csrf_token", "identifier"]
    assert ui.group_names(flow) == ["password", "oidc"]


def test_csrf_token() -> None:
    assert ui.csrf_token(_login(csrf="tok-1")) == "tok-1"
    assert ui.csrf_token(_login(flow_type="api", csrf=None)) is None
    assert ui.csrf_token(_login().ui) == "csrf-token-value"  # the container works too


def test_labels() -> None:
    flow = _login(nodes=[input_node("identifier", label="E-Mail")])
    node = ui.nodes_by_group(flow, "default", include_default=True)[-1]
    assert ui.node_label(node) == "E-Mail"
    assert ui.node_label(ui.nodes(flow)[0]) is None  # the hidden csrf input has no label


def test_messages_with_ids_and_nodes() -> None:
    flow = _login(
        messages=[text(4000006, "The provided credentials are invalid.")],
        nodes=[
            input_node("identifier", messages=[text(4000002, "Property identifier is missing.")]),
            input_node(
                "password",
                type="password",
                group="password",
                messages=[text(1010003, "Please confirm.", "info")],
            ),
        ],
    )
    assert ui.flow_messages(flow) == [UiMessage(4000006, "error", "The provided credentials are invalid.")]
    assert ui.node_messages(flow) == {
        "identifier": [UiMessage(4000002, "error", "Property identifier is missing.", node="identifier")],
        "password": [UiMessage(1010003, "info", "Please confirm.", node="password")],
    }
    assert [m.id for m in ui.messages(flow)] == [4000006, 4000002, 1010003]
    assert [m.id for m in ui.error_messages(flow)] == [4000006, 4000002]
    assert ui.has_errors(flow)
    assert not ui.has_errors(_login(messages=[text(1010014, "Code sent", "info")]))


def test_script_nodes() -> None:
    flow = _login(nodes=[input_node("identifier"), script_node()])
    scripts = ui.script_nodes(flow)
    assert len(scripts) == 1
    attributes = scripts[0].attributes
    assert attributes.src.endswith("webauthn.js")  # type: ignore[union-attr]
    assert attributes.nonce == "n0nce"  # type: ignore[union-attr]


def test_form_values_skip_passwords() -> None:
    flow = _login(
        nodes=[
            input_node("identifier", value="ada@example.com"),
            input_node("password", type="password", group="password", value="leak"),
        ]
    )
    assert ui.form_values(flow) == {"csrf_token": "csrf-token-value", "identifier": "ada@example.com"}


def test_form_to_body_nests_dotted_names() -> None:
    body = ui.form_to_body(
        {
            "csrf_token": "t",
            "method": "password",
            "password": "pw",
            "traits.email": "ada@example.com",
            "traits.name.first": "Ada",
            "traits.name.last": "Lovelace",
        }
    )
    assert body == {
        "csrf_token": "t",
        "method": "password",
        "password": "pw",
        "traits": {"email": "ada@example.com", "name": {"first": "Ada", "last": "Lovelace"}},
    }


def test_form_to_body_converts_by_input_type() -> None:
    flow = RegistrationFlow.from_dict(
        registration_flow(
            nodes=[
                input_node("traits.newsletter", type="checkbox", group="profile"),
                input_node("traits.age", type="number", group="profile"),
                input_node("traits.score", type="number", group="profile"),
                input_node("traits.email", type="email", group="profile"),
            ]
        )
    )
    body = ui.form_to_body(
        [
            ("traits.newsletter", "on"),
            ("traits.age", "42"),
            ("traits.score", "2.5"),
            ("traits.email", "a@b.c"),
        ],
        flow=flow,
    )
    assert body == {"traits": {"newsletter": True, "age": 42, "score": 2.5, "email": "a@b.c"}}


def test_form_to_body_rejects_conflicting_names() -> None:
    with pytest.raises(ValueError, match="traits"):
        ui.form_to_body([("traits", "x"), ("traits.email", "a@b.c")])
    with pytest.raises(ValueError, match="traits"):
        ui.form_to_body([("traits.email", "a@b.c"), ("traits", "x")])


def test_null_nodes() -> None:
    doc = login_flow(flow_type="api", csrf=None)
    doc["ui"]["nodes"] = None
    flow = LoginFlow.from_dict(doc)
    assert ui.nodes(flow) == []
    assert ui.messages(flow) == []
