"""Kratos UI nodes turned into plain objects for templates (Jinja and Django templates alike).

Kratos describes each form as nodes in groups (``default``, ``password``, ``code``, ``profile``...). One HTML
form is rendered per non-default group, each with the ``default`` nodes (the CSRF token, the login
identifier) in Kratos' order, so the ``required`` fields of one method never block submitting another.
Templates get :class:`FormView` and :class:`NodeView` objects with plain ``str``/``bool`` fields.

Texts are Kratos' ids in people's words, translated (:mod:`ory_facade.contrib.messages`); each form has
one primary button (``role``: the main submit; resend/reveal are ``secondary``, unlink/remove ``danger``)
and, on the settings page, a heading per method.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .. import ui
from . import messages as catalogue

if TYPE_CHECKING:
    from ory_kratos_api.models.ui_node import UiNode

__all__ = ["FormView", "NodeView", "PageView", "build_forms", "build_page", "flow_messages", "node_view"]

# Buttons that undo something: never the primary action.
_DANGER = re.compile(r"(^|_)(unlink|disable|remove)($|_)")
# Buttons that repeat or reveal: secondary next to the main submit.
_SECONDARY_NAMES = frozenset(
    {"email", "resend", "lookup_secret_reveal", "lookup_secret_regenerate", "provider"}
)
_MAIN_NAMES = frozenset(
    {"method", "lookup_secret_confirm", "webauthn_register_trigger", "passkey_register_trigger"}
)
# Settings groups whose buttons are not named "method" (Kratos infers it from them).
_IMPLIED_METHOD = frozenset({"lookup_secret"})
# Autocomplete hints for inputs Kratos sends without one.
_AUTOCOMPLETE = {"identifier": "username", "code": "one-time-code", "totp_code": "one-time-code"}

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
    #: The group of the form this node is rendered in (ids are unique per page, not per group).
    form_group: str = ""
    #: Buttons: "primary" (one per form), "secondary" or "danger".
    role: str | None = None
    #: Kratos' ``onclickTrigger``/``onloadTrigger``: a function of its script (``window[name]()``).
    trigger: str | None = None
    onload_trigger: str | None = None
    inputmode: str | None = None
    #: A text node's explanation (its label), e.g. "Can't scan the code? ..." before the TOTP key.
    description: str | None = None
    #: Lookup secrets: each code and whether it was used.
    codes: list[tuple[str, bool]] = field(default_factory=list)
    #: The Kratos message id of the label (1070004, 1070002...).
    label_id: int | None = None

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
    def is_button(self) -> bool:
        """A button the script of Kratos handles (WebAuthn/passkeys): ``type=button``, not a submit."""
        return self.kind == "input" and (self.input_type == "button" or self.trigger is not None)

    @property
    def has_error(self) -> bool:
        return any(m.type == "error" for m in self.messages)

    @property
    def dom_id(self) -> str:
        """A stable element id for ``<label for=...>``, unique on the page (form group and name)."""
        base = self.name or self.id or self.kind
        prefix = self.form_group or self.group
        return "ory-" + "".join(ch if ch.isalnum() else "-" for ch in f"{prefix}-{base}")

    @property
    def message_ids(self) -> str:
        """The ids of this node's messages, for ``aria-describedby``."""
        return " ".join(f"{self.dom_id}-message-{i}" for i in range(len(self.messages)))


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

    #: The settings page's section heading and its one-line intro (None elsewhere).
    heading: str | None = None
    intro: str | None = None

    @property
    def dom_id(self) -> str:
        return "ory-form-" + "".join(ch if ch.isalnum() else "-" for ch in self.group)

    @property
    def has_triggers(self) -> bool:
        return any(n.trigger or n.onload_trigger for n in self.nodes)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _text(value: Any) -> str | None:
    text = getattr(value, "text", None)
    return text if isinstance(text, str) else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _context(value: Any) -> dict[str, Any]:
    context = getattr(value, "context", None)
    if isinstance(context, dict):
        return context
    additional = getattr(context, "additional_properties", None)
    return dict(additional) if isinstance(additional, dict) else {}


def humane(text: Any, *, field: bool = True) -> str | None:
    """A Kratos ``UiText`` in people's words (translated); None when there is no text."""
    raw = _text(text)
    if raw is None:
        return None
    return catalogue.kratos_text(ui._message_id(getattr(text, "id", 0)), raw, _context(text), field=field)


def _humane_message(message: ui.UiMessage, *, field: bool = True) -> ui.UiMessage:
    text = catalogue.kratos_text(message.id, message.text, message.context, field=field)
    return replace(message, text=text)


def flow_messages(flow: Any) -> list[ui.UiMessage]:
    """The form-level messages (``ui.messages``) in people's words, translated; ids, types kept."""
    return [_humane_message(m, field=False) for m in ui.flow_messages(flow)]


def _label_text(node: UiNode) -> Any:
    label = getattr(node.meta, "label", None)
    if _text(label) is not None:
        return label
    label = getattr(node.attributes, "label", None)
    return label if _text(label) is not None else None


def _codes(text: Any) -> list[tuple[str, bool]]:
    """The lookup secrets of a 1050015 text: each code (1050009) or a used one (1050014)."""
    secrets = _context(text).get("secrets")
    out: list[tuple[str, bool]] = []
    for secret in secrets if isinstance(secrets, list) else []:
        if not isinstance(secret, dict):
            continue
        found = secret.get("context")
        context: dict[str, Any] = found if isinstance(found, dict) else {}
        if secret.get("id") == 1050014:
            out.append((catalogue.kratos_text(1050014, str(secret.get("text") or ""), context), True))
        else:
            code = context.get("secret", secret.get("text"))
            if isinstance(code, str):
                out.append((code, False))
    return out


def node_view(node: UiNode, form_group: str = "") -> NodeView:
    """A :class:`NodeView` for one generated ``UiNode`` (``form_group``: the form it is rendered in)."""
    attrs = node.attributes
    kind = str(getattr(attrs, "node_type", None) or node.type_)
    group = str(node.group)
    name = ui.node_name(node)
    messages = [_humane_message(ui.UiMessage.from_text(text, node=name)) for text in (node.messages or [])]
    label_text = _label_text(node)
    label = humane(label_text)
    label_id = ui._message_id(getattr(label_text, "id", 0)) if label_text is not None else None
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
        input_name = _str(getattr(attrs, "name", None))
        autocomplete = _str(getattr(attrs, "autocomplete", None))
        if autocomplete is None and input_type in ("text", "email", "tel") and input_name in _AUTOCOMPLETE:
            autocomplete = _AUTOCOMPLETE[input_name]
        pattern = _str(getattr(attrs, "pattern", None))
        trigger = _str(getattr(attrs, "onclick_trigger", None)) or None
        return NodeView(
            kind="input",
            group=group,
            name=input_name,
            input_type=input_type,
            value=value,
            checked=checked,
            label=label,
            required=getattr(attrs, "required", None) is True,
            disabled=getattr(attrs, "disabled", None) is True,
            autocomplete=autocomplete,
            pattern=pattern,
            maxlength=_int(getattr(attrs, "maxlength", None)),
            messages=messages,
            form_group=form_group,
            trigger=trigger,
            onload_trigger=_str(getattr(attrs, "onload_trigger", None)) or None,
            inputmode="numeric" if pattern in ("[0-9]+", "\\d+") else None,
            label_id=label_id,
        )
    node_id = _str(getattr(attrs, "id", None))
    if kind == "a":
        return NodeView(
            kind="a",
            group=group,
            id=node_id,
            href=_str(getattr(attrs, "href", None)),
            text=humane(getattr(attrs, "title", None)) or label,
            messages=messages,
            form_group=form_group,
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
            form_group=form_group,
        )
    if kind == "text":
        text_attr = getattr(attrs, "text", None)
        return NodeView(
            kind="text",
            group=group,
            id=node_id,
            text=_text(text_attr),
            label=label,
            description=label,
            codes=_codes(text_attr) if node_id == "lookup_secret_codes" else [],
            messages=messages,
            form_group=form_group,
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
        return NodeView(
            kind="script",
            group=group,
            id=node_id,
            src=copied.get("src"),
            attributes=copied,
            form_group=form_group,
        )
    return NodeView(kind=kind, group=group, id=node_id, label=label, messages=messages, form_group=form_group)


def _rank(node: NodeView) -> int:
    """How much a button is the form's main action: 3 the method submit, 2 another action, 1 a repeat
    (resend, reveal, a provider), 0 one that removes something."""
    name = node.name or ""
    if _DANGER.search(name) or (name == "method" and node.value.endswith("_remove")):
        return 0
    if name in _MAIN_NAMES:
        return 3
    if name in _SECONDARY_NAMES or node.label_id in (1070008,):
        return 1
    return 2


def _with_roles(nodes: list[NodeView]) -> list[NodeView]:
    """Each button gets a role: the first of the highest rank (2 or more) is the one primary."""
    buttons = [n for n in nodes if n.is_submit]
    ranked = [(_rank(n), i) for i, n in enumerate(buttons)]
    best = max((r for r, _ in ranked), default=0)
    primary = next((i for r, i in ranked if r == best), None) if best >= 2 else None
    roles = {}
    for rank, i in ranked:
        roles[id(buttons[i])] = "primary" if i == primary else ("danger" if rank == 0 else "secondary")
    return [replace(n, role=roles[id(n)]) if id(n) in roles else n for n in nodes]


def _unique_ids(nodes: list[NodeView], seen: set[str]) -> list[NodeView]:
    """Make ``dom_id`` unique on the page: a repeated name in one form gets a numbered form group."""
    out: list[NodeView] = []
    for node in nodes:
        candidate, number = node, 1
        while candidate.is_field and candidate.dom_id in seen:
            number += 1
            candidate = replace(node, form_group=f"{node.form_group or node.group}-{number}")
        seen.add(candidate.dom_id)
        out.append(candidate)
    return out


def _form(group: str, action: str, raw: list[UiNode], seen: set[str], *, headings: bool) -> FormView:
    nodes = _unique_ids(_with_roles([node_view(n, group) for n in raw]), seen)
    if headings and group in _IMPLIED_METHOD and not any(n.name == "method" for n in nodes):
        # Kratos infers the method from these buttons (lookup_secret_regenerate...); saying it keeps any
        # server that does not (and the posted form is the same a "method" button would send).
        nodes.append(NodeView(kind="input", group=group, name="method", input_type="hidden", value=group))
    heading = intro = None
    if headings and f"section.{group}" in catalogue.PAGE:
        heading = catalogue.page_text(f"section.{group}")
        intro_key = f"section.{group}.intro"
        intro = catalogue.page_text(intro_key) if intro_key in catalogue.PAGE else None
    return FormView(group, action, nodes, heading=heading, intro=intro)


# The order of the settings sections: what a person changes most first; groups not named here follow in
# Kratos' order (Kratos' own order puts a passkey or OIDC section wherever its strategy ran).
_SETTINGS_ORDER = {
    group: rank
    for rank, group in enumerate(
        ("profile", "password", "totp", "lookup_secret", "webauthn", "passkey", "oidc")
    )
}


def build_forms(flow: Any, action: str, *, kind: str | None = None) -> list[FormView]:
    """One :class:`FormView` per non-default group (or one for the default group when it is alone).

    ``kind="settings"`` gives each form its section heading and puts the sections in one order: Profile,
    Password, Two-factor authentication, Backup codes, Security keys, Passkeys, then any other.
    """
    headings = kind == "settings"
    seen: set[str] = set()
    groups = ui.group_names(flow)
    if headings:
        groups = sorted(groups, key=lambda group: _SETTINGS_ORDER.get(group, len(_SETTINGS_ORDER)))
    if not groups:
        return [_form("default", action, ui.nodes(flow), seen, headings=headings)]
    return [_form(group, action, ui.nodes_by_group(flow, group), seen, headings=headings) for group in groups]


@dataclass(frozen=True)
class PageView:
    """What a page says around its forms.

    - ``refresh``: a re-authentication (Kratos' ``refresh=true`` login); ``account`` is the identifier
      being confirmed (from the flow's hidden identifier), so the page can say whose it is.
    - ``second_factor``: an AAL2 login.
    - ``signed_in``: the visitor already has a session (refresh / second factor): no "Create an account".
    - ``continue_url``: where "Continue"/"Back to the app" leads (the flow's ``return_to``, else the
      app's default page).
    - ``done``: the flow is finished (verification passed, recovery code accepted...).
    """

    kind: str
    refresh: bool = False
    second_factor: bool = False
    account: str | None = None
    continue_url: str = "/"
    done: bool = False

    @property
    def signed_in(self) -> bool:
        return self.refresh or self.second_factor


def build_page(kind: str, flow: Any, *, default_url: str = "/") -> PageView:
    """The :class:`PageView` of a flow page."""
    refresh = kind == "login" and getattr(flow, "refresh", None) is True
    aal = str(getattr(flow, "requested_aal", "") or "")
    account = None
    if refresh:
        for node in ui.nodes(flow):
            if ui.node_name(node) == "identifier":
                value = getattr(node.attributes, "value", None)
                if isinstance(value, str) and value:
                    account = value
                    break
    return_to = getattr(flow, "return_to", None)
    state = str(getattr(flow, "state", "") or "")
    return PageView(
        kind=kind,
        refresh=refresh,
        second_factor=kind == "login" and aal == "aal2",
        account=account,
        continue_url=return_to if isinstance(return_to, str) and return_to else default_url,
        done=state in ("passed_challenge", "success"),
    )
