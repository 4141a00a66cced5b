"""UI containers and nodes in Kratos' JSON shape (``uiContainer``/``uiNode``)."""

from __future__ import annotations

from typing import Any

from ory_facade.testing.texts import Text

__all__ = ["anchor_node", "container", "input_node"]

JSON = dict[str, Any]
_UNSET: Any = object()


def input_node(
    name: str,
    *,
    kind: str = "text",
    group: str = "default",
    value: Any = _UNSET,
    required: bool = False,
    autocomplete: str | None = None,
    label: Text | None = None,
    pattern: str | None = None,
    maxlength: int | None = None,
) -> JSON:
    attributes: JSON = {"name": name, "type": kind}
    if value is not _UNSET:
        attributes["value"] = value
    if required:
        attributes["required"] = True
    if autocomplete:
        attributes["autocomplete"] = autocomplete
    if pattern:
        attributes["pattern"] = pattern
    if maxlength is not None:
        attributes["maxlength"] = maxlength
    attributes["disabled"] = False
    attributes["node_type"] = "input"
    return {
        "type": "input",
        "group": group,
        "attributes": attributes,
        "messages": [],
        "meta": {"label": label} if label else {},
    }


def anchor_node(node_id: str, href: str, title: Text, *, group: str = "code") -> JSON:
    return {
        "type": "a",
        "group": group,
        "attributes": {"href": href, "title": title, "id": node_id, "node_type": "a"},
        "messages": [],
        "meta": {"label": title},
    }


def container(action: str, nodes: list[JSON], messages: list[Text] | None = None) -> JSON:
    out: JSON = {"action": action, "method": "POST", "nodes": nodes}
    if messages:
        out["messages"] = messages
    return out


def find(ui: JSON, name: str) -> JSON | None:
    for node in ui.get("nodes") or []:
        if node.get("attributes", {}).get("name") == name:
            return node  # type: ignore[no-any-return]
    return None


def set_value(ui: JSON, name: str, value: Any) -> None:
    node = find(ui, name)
    if node is not None:
        node["attributes"]["value"] = value


def clear_messages(ui: JSON) -> None:
    ui.pop("messages", None)
    for node in ui.get("nodes") or []:
        node["messages"] = []


def add_message(ui: JSON, message: Text, node_name: str | None = None) -> None:
    """Attach to the named node when it exists, else to the flow's ``ui.messages``."""
    node = find(ui, node_name) if node_name else None
    if node is not None:
        node["messages"].append(message)
    else:
        ui.setdefault("messages", []).append(message)


def set_messages(ui: JSON, messages: list[Text]) -> None:
    if messages:
        ui["messages"] = list(messages)
    else:
        ui.pop("messages", None)
