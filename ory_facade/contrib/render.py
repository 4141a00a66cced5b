"""Kratos UI nodes turned into plain objects for templates (Jinja and Django templates alike).

Kratos describes each form as nodes in groups (``default``, ``password``, ``code``, ``profile``...). One HTML
form is rendered per non-default group, each with the ``default`` nodes (the CSRF token, the login
identifier) in Kratos' order, so the ``required`` fields of one method never block submitting another.
Templates get :class:`FormView` and :class:`NodeView` objects with plain ``str``/``bool`` fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import ui

if TYPE_CHECKING:
    from ory_kratos_api.models.ui_node import UiNode

__all__ = ["FormView", "NodeView", "build_forms", "node_view"]

# Attributes of a Kratos script node that may be copied onto the <script> element.
_SCRIPT_ATTRIBUTES = ("src", "integrity", "crossorigin", "referrerpolicy", "nonce", "type", "async", "id")


@dataclass(frozen=True)
class NodeView:
    """One node, ready for a template. ``kind`` is Kratos' node type: input, text, img, a, script, div."""

    kind: str
    group: str
    name: str | None = None
    input_type: str | None = None
    value: str = ""
    checked: bool = False
    label: str | None = None
    required: bool = False
    disabled: bool = False
    autocomplete: str | None = None
    pattern: str | None = None
    maxlength: int | None = None
    id: str | None = None
    href: str | None = None
    src: str | None = None
    text: str | None = None
    width: int | None = None
    height: int | None = None
    messages: list[ui.UiMessage] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)

    @property
    def is_hidden(self) -> bool:
        return self.kind == "input" and self.input_type == "hidden"

    @property
    def is_submit(self) -> bool:
        return self.kind == "input" and self.input_type in ("submit", "button")

    @property
    def is_checkbox(self) -> bool:
        return self.kind == "input" and self.input_type == "checkbox"

    @property
    def is_field(self) -> bool:
        """A visible input the user fills in (not hidden, not a button)."""
        return self.kind == "input" and not self.is_hidden and not self.is_submit

    @property
    def dom_id(self) -> str:
        """A stable element id for ``<label for=...>``."""
        base = self.name or self.id or self.kind
        return "ory-" + "".join(ch if ch.isalnum() else "-" for ch in f"{self.group}-{base}")


@dataclass(frozen=True)
class FormView:
    """One ``<form>``: the nodes of ``group`` plus the default group, posted to ``action``."""

    group: str
    action: str
    nodes: list[NodeView]
    method: str = "post"

    @property
    def hidden(self) -> list[NodeView]:
        return [n for n in self.nodes if n.is_hidden]

    @property
    def visible(self) -> list[NodeView]:
        """Every node but hidden inputs and buttons, in order."""
        return [n for n in self.nodes if not n.is_hidden and not n.is_submit]

    @property
    def buttons(self) -> list[NodeView]:
        return [n for n in self.nodes if n.is_submit]


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _text(value: Any) -> str | None:
    text = getattr(value, "text", None)
    return text if isinstance(text, str) else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def node_view(node: UiNode) -> NodeView:
    """A :class:`NodeView` for one generated ``UiNode``."""
    attrs = node.attributes
    kind = str(getattr(attrs, "node_type", None) or node.type_)
    group = str(node.group)
    name = ui.node_name(node)
    messages = [ui.UiMessage.from_text(text, node=name) for text in (node.messages or [])]
    label = ui.node_label(node)
    if kind == "input":
        input_type = _str(getattr(attrs, "type_", None)) or "text"
        raw = getattr(attrs, "value", None)
        checked = input_type == "checkbox" and raw is True
        if input_type == "password" or raw is None or type(raw).__name__ == "Unset":
            value = ""
        elif isinstance(raw, bool):
            value = "true" if raw else "false"
        else:
            value = str(raw)
        if input_type == "checkbox":
            value = "true"  # the value posted when ticked; form_to_body turns it into a boolean
        return NodeView(
            kind="input",
            group=group,
            name=_str(getattr(attrs, "name", None)),
            input_type=input_type,
            value=value,
            checked=checked,
            label=label,
            required=getattr(attrs, "required", None) is True,
            disabled=getattr(attrs, "disabled", None) is True,
            autocomplete=_str(getattr(attrs, "autocomplete", None)),
            pattern=_str(getattr(attrs, "pattern", None)),
            maxlength=_int(getattr(attrs, "maxlength", None)),
            messages=messages,
        )
    node_id = _str(getattr(attrs, "id", None))
    if kind == "a":
        return NodeView(
            kind="a",
            group=group,
            id=node_id,
            href=_str(getattr(attrs, "href", None)),
            text=_text(getattr(attrs, "title", None)) or label,
            messages=messages,
        )
    if kind == "img":
        return NodeView(
            kind="img",
            group=group,
            id=node_id,
            src=_str(getattr(attrs, "src", None)),
            width=_int(getattr(attrs, "width", None)),
            height=_int(getattr(attrs, "height", None)),
            label=label,
            messages=messages,
        )
    if kind == "text":
        return NodeView(
            kind="text",
            group=group,
            id=node_id,
            text=_text(getattr(attrs, "text", None)),
            label=label,
            messages=messages,
        )
    if kind == "script":
        copied: dict[str, str] = {}
        for key in _SCRIPT_ATTRIBUTES:
            found: Any = getattr(attrs, {"type": "type_", "async": "async_"}.get(key, key), None)
            if isinstance(found, bool):
                if found:
                    copied[key] = ""
            elif isinstance(found, str) and found:
                copied[key] = found
        return NodeView(kind="script", group=group, id=node_id, src=copied.get("src"), attributes=copied)
    return NodeView(kind=kind, group=group, id=node_id, label=label, messages=messages)


def build_forms(flow: Any, action: str) -> list[FormView]:
    """One :class:`FormView` per non-default group (or one for the default group when it is alone)."""
    groups = ui.group_names(flow)
    if not groups:
        return [FormView("default", action, [node_view(n) for n in ui.nodes(flow)])]
    return [
        FormView(group, action, [node_view(n) for n in ui.nodes_by_group(flow, group)]) for group in groups
    ]
