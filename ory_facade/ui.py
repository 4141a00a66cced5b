"""Helpers for rendering a flow's ``ui`` in a server-side template and turning the posted form back into JSON.

Kratos describes every form as a list of nodes (inputs, text, images, anchors, scripts), each in a *group*
(``password``, ``oidc``, ``code``, ...). The ``default`` group holds nodes every method's form needs, such as
the hidden ``csrf_token`` and, for login, the identifier. These helpers take any flow (login, registration,
recovery, verification, settings) or its ``ui`` container.

Example (a Jinja/Django template gets plain lists)::

    from ory_facade import ui

    context = {
        "action": flow.ui.action,
        "password_nodes": ui.nodes_by_group(flow, "password"),
        "errors": ui.flow_messages(flow),
        "field_errors": ui.node_messages(flow),
    }
    ...
    body = ui.form_to_body(request.POST, flow=flow)   # "traits.email" -> {"traits": {"email": ...}}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from ory_kratos_api.models.ui_container import UiContainer
    from ory_kratos_api.models.ui_node import UiNode
    from ory_kratos_api.models.ui_text import UiText

__all__ = [
    "UiMessage",
    "csrf_token",
    "error_messages",
    "flow_messages",
    "form_to_body",
    "form_values",
    "group_names",
    "has_errors",
    "messages",
    "node_label",
    "node_messages",
    "node_name",
    "nodes",
    "nodes_by_group",
    "script_nodes",
]


class HasUi(Protocol):
    """Any Kratos flow: they all carry a ``ui`` container."""

    @property
    def ui(self) -> UiContainer: ...


if TYPE_CHECKING:
    from typing import TypeAlias

    Flow: TypeAlias = HasUi | UiContainer


@dataclass(frozen=True)
class UiMessage:
    """A message to show: Kratos' stable numeric ``id`` (e.g. 4000006), ``type`` (info/error/success),
    the English ``text``, its ``context`` (for translating the id yourself) and the input ``node`` name it
    belongs to (None for messages about the whole form).
    """

    id: int
    type: str
    text: str
    node: str | None = None
    context: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_text(cls, text: UiText, node: str | None = None) -> UiMessage:
        context = text.context if isinstance(text.context, Mapping) else {}
        message_id = _message_id(text.id)
        return cls(id=message_id, type=str(text.type_), text=str(text.text), node=node, context=context)


def _message_id(value: object) -> int:
    """Kratos' message ids are integers; anything else (a newer or broken server) reads as 0."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except (TypeError, ValueError, OverflowError):
        return 0


def _container(flow: Flow) -> UiContainer:
    ui = getattr(flow, "ui", None)
    return ui if ui is not None else flow  # type: ignore[return-value]  # flow is the container itself


def nodes(flow: Flow) -> list[UiNode]:
    """All nodes in Kratos' order (an empty list when Kratos sends ``"nodes": null``).

    When one node cannot be read, the generated parser keeps the whole list as raw JSON; the nodes are then
    read one by one here and only the unreadable one is left out, so one malformed node from a newer or
    broken server does not break the whole form.
    """
    from ory_kratos_api.models.ui_node import UiNode

    raw = _container(flow).nodes
    out: list[UiNode] = []
    for node in raw if isinstance(raw, list) else []:
        if isinstance(node, UiNode):
            out.append(node)
        elif isinstance(node, Mapping):
            try:
                out.append(UiNode.from_dict(node))
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
    return out


def node_name(node: UiNode) -> str | None:
    """The form field name for inputs (``traits.email``, ``csrf_token``), the element id for other nodes."""
    attributes = node.attributes
    name = getattr(attributes, "name", None)
    if isinstance(name, str):
        return name
    node_id = getattr(attributes, "id", None)
    return node_id if isinstance(node_id, str) else None


def _is_input(node: UiNode) -> bool:
    return getattr(node.attributes, "node_type", None) == "input"


def _input_type(node: UiNode) -> str | None:
    value = getattr(node.attributes, "type_", None)
    return value if isinstance(value, str) else None


def nodes_by_group(
    flow: Flow, *groups: str, include_default: bool | Literal["hidden"] = True
) -> list[UiNode]:
    """The nodes of ``groups`` plus, by default, the ``default`` group, in Kratos' order.

    ``include_default=True`` keeps every default-group node (the CSRF token and, for login, the
    identifier); ``"hidden"`` keeps only its hidden inputs; ``False`` drops it.
    """
    wanted = set(groups)

    def keep(node: UiNode) -> bool:
        group = str(node.group)
        if group != "default" or "default" in wanted:
            return group in wanted
        if include_default == "hidden":
            return _is_input(node) and _input_type(node) == "hidden"
        return include_default is True

    return [node for node in nodes(flow) if keep(node)]


def group_names(flow: Flow) -> list[str]:
    """The non-default groups present in the flow, in order of first appearance (one form each)."""
    seen: list[str] = []
    for node in nodes(flow):
        group = str(node.group)
        if group != "default" and group not in seen:
            seen.append(group)
    return seen


def csrf_token(flow: Flow) -> str | None:
    """The value of the hidden ``csrf_token`` input; None for native (API) flows, which have none."""
    for node in nodes(flow):
        if _is_input(node) and node_name(node) == "csrf_token":
            value = getattr(node.attributes, "value", None)
            return value if isinstance(value, str) and value else None
    return None


def node_label(node: UiNode) -> str | None:
    """The label text Kratos suggests for a node (``meta.label``, else the input's own label)."""
    label = getattr(node.meta, "label", None)
    text = getattr(label, "text", None)
    if isinstance(text, str):
        return text
    label = getattr(node.attributes, "label", None)
    text = getattr(label, "text", None)
    return text if isinstance(text, str) else None


def flow_messages(flow: Flow) -> list[UiMessage]:
    """Messages about the whole form (``ui.messages``), e.g. 4000006 "credentials are invalid"."""
    raw = _container(flow).messages
    return [UiMessage.from_text(text) for text in (raw if isinstance(raw, list) else [])]


def node_messages(flow: Flow) -> dict[str, list[UiMessage]]:
    """Messages attached to inputs, by field name, e.g. ``{"traits.email": [4000002 ...]}``."""
    result: dict[str, list[UiMessage]] = {}
    for node in nodes(flow):
        name = node_name(node) or ""
        for text in node.messages or []:
            result.setdefault(name, []).append(UiMessage.from_text(text, node=name))
    return result


def messages(flow: Flow) -> list[UiMessage]:
    """Every message: the form's first, then each node's in order."""
    collected = flow_messages(flow)
    for per_node in node_messages(flow).values():
        collected.extend(per_node)
    return collected


def error_messages(flow: Flow) -> list[UiMessage]:
    """Only the error-type messages of the form and its nodes."""
    return [m for m in messages(flow) if m.type == "error"]


def has_errors(flow: Flow) -> bool:
    """True when Kratos rejected the last submission (a multi-step flow has info messages only)."""
    return any(m.type == "error" for m in messages(flow))


def script_nodes(flow: Flow) -> list[UiNode]:
    """Script nodes (WebAuthn/passkey helpers) to render as ``<script src integrity nonce ...>``."""
    return [node for node in nodes(flow) if getattr(node.attributes, "node_type", None) == "script"]


def form_values(flow: Flow) -> dict[str, Any]:
    """Current input values by field name (passwords excluded), e.g. to prefill a re-rendered form."""
    from ory_kratos_api.types import Unset

    values: dict[str, Any] = {}
    for node in nodes(flow):
        if not _is_input(node) or _input_type(node) == "password":
            continue
        name = node_name(node)
        value = getattr(node.attributes, "value", None)
        if name and value is not None and not isinstance(value, Unset):
            values[name] = value
    return values


#: Dotted form field names deeper than this are refused by :func:`form_to_body`.
MAX_FIELD_DEPTH = 32


def form_to_body(
    values: Mapping[str, Any] | Iterable[tuple[str, Any]], *, flow: Flow | None = None
) -> dict[str, Any]:
    """Turn posted form fields into the JSON body Kratos expects.

    Dotted names become nested objects (``traits.name.first``). With ``flow``, values are converted by the
    input's type: checkboxes to booleans, numbers to int/float, so JSON-schema traits validate.
    Works with Django's ``request.POST`` and Flask's ``request.form``.
    """
    types: dict[str, str] = {}
    if flow is not None:
        for node in nodes(flow):
            name, input_type = node_name(node), _input_type(node)
            if name and input_type and _is_input(node):
                types[name] = input_type
    pairs = values.items() if isinstance(values, Mapping) else values
    body: dict[str, Any] = {}
    for key, raw in pairs:
        value = _convert(raw, types.get(key))
        parts = key.split(".", MAX_FIELD_DEPTH)
        if len(parts) > MAX_FIELD_DEPTH:
            # No identity schema nests this deep; a body that did would not even encode as JSON.
            raise ValueError(f"form field {key[:60]!r}... nests more than {MAX_FIELD_DEPTH} levels")
        target = body
        for part in parts[:-1]:
            child = target.setdefault(part, {})
            if not isinstance(child, dict):
                raise ValueError(f"form field {key[:100]!r} conflicts with field {part[:100]!r}")
            target = child
        if isinstance(target.get(parts[-1]), dict):
            raise ValueError(f"form field {key[:100]!r} conflicts with nested fields under it")
        target[parts[-1]] = value
    return body


def _convert(value: Any, input_type: str | None) -> Any:
    if not isinstance(value, str) or input_type is None:
        return value
    if input_type == "checkbox":
        return value.lower() in {"true", "on", "1", "yes"}
    if input_type == "number" and value.strip():
        try:
            return int(value)
        except ValueError:
            try:
                return float(value)
            except ValueError:
                return value
    return value
