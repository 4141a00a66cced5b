"""The look and words of the self-service pages without a web framework: the message catalogue, the
translation hook, primary buttons, unique ids, TOTP/lookup/WebAuthn nodes (issue 14, "Pages that look like
a product"). ``check_page`` is shared by the Flask and Django page tests."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ory_kratos_api.models.settings_flow import SettingsFlow

from ory_facade.contrib import messages
from ory_facade.contrib.render import build_forms, build_page, flow_messages

TEMPLATES = Path(__file__).resolve().parents[2] / "ory_facade" / "contrib"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inputs: list[dict[str, str | None]] = []
        self.labels: list[str] = []
        self.ids: list[str] = []
        self.forms: list[dict[str, Any]] = []
        self.live = 0
        self.headings: list[str] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if a.get("aria-live"):
            self.live += 1
        if tag == "form":
            self.forms.append({"group": a.get("data-group"), "buttons": []})
        elif tag == "input" and a.get("type") != "hidden":
            self.inputs.append(a)
        elif tag == "label" and a.get("for"):
            self.labels.append(str(a["for"]))
        elif tag == "button" and self.forms:
            self.forms[-1]["buttons"].append(a)
        elif tag == "h2":
            self._heading = []

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2" and self._heading is not None:
            self.headings.append("".join(self._heading).strip())
            self._heading = None


def check_page(page: str) -> _Page:
    """What every flow page must have: the project's stylesheet with its custom properties and dark mode,
    labels tied to inputs with unique ids, an ``aria-live`` message region, and one primary button per
    form that has a main action."""
    for needle in ("--ory-brand:", "--ory-radius:", "--ory-font:", "@media (prefers-color-scheme: dark)"):
        assert needle in page, needle
    assert ":focus-visible" in page
    parsed = _Page()
    parsed.feed(page)
    assert len(parsed.ids) == len(set(parsed.ids)), sorted(i for i in parsed.ids if parsed.ids.count(i) > 1)
    for element in parsed.inputs:
        assert element.get("id") and element["id"] in parsed.labels, element
    for target in parsed.labels:
        assert target in parsed.ids, target
    assert parsed.live >= 1
    for form in parsed.forms:
        roles = [re.search(r"ory-button--(\w+)", b.get("class") or "") for b in form["buttons"]]
        primary = [r for r in roles if r and r.group(1) == "primary"]
        assert len(primary) <= 1, form
        if any(b.get("name") == "method" for b in form["buttons"]):
            assert len(primary) == 1, form
    return parsed


def text(
    message_id: int, value: str, context: dict[str, Any] | None = None, kind: str = "info"
) -> dict[str, Any]:
    out: dict[str, Any] = {"id": message_id, "text": value, "type": kind}
    if context is not None:
        out["context"] = context
    return out


def node(
    group: str, attributes: dict[str, Any], label: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    kind = attributes.setdefault("node_type", "input")
    return {
        "type": kind,
        "group": group,
        "attributes": attributes,
        "messages": extra.get("messages", []),
        "meta": {"label": label} if label else {},
    }


def settings_flow(nodes: list[dict[str, Any]]) -> Any:
    return SettingsFlow.from_dict(
        {
            "id": "3b1cfe34-6f2a-4a4e-9f3a-5a2a9b1c0d11",
            "type": "browser",
            "expires_at": "2099-01-01T00:00:00Z",
            "issued_at": "2026-01-01T00:00:00Z",
            "request_url": "http://localhost/self-service/settings/browser",
            "state": "show_form",
            "identity": {
                "id": "5a2a9b1c-0d11-4a4e-9f3a-3b1cfe346f2a",
                "schema_id": "default",
                "schema_url": "",
                "traits": {},
            },
            "ui": {"action": "http://localhost/self-service/settings", "method": "POST", "nodes": nodes},
        }
    )


CSRF = node(
    "default", {"name": "csrf_token", "type": "hidden", "value": "t", "required": True, "disabled": False}
)
CODES = [text(1050009, c, {"secret": c}) for c in ("abcd1234", "efgh5678")]
CODES.append(text(1050014, "Secret was used at 2026-01-01", {"used_at": "2026-01-01"}))
WEBAUTHN_NODES = [
    CSRF,
    node(
        "webauthn",
        {"name": "webauthn_register_displayname", "type": "text", "value": "", "disabled": False},
        text(1050013, "Name of the security key"),
    ),
    node("webauthn", {"name": "webauthn_register", "type": "hidden", "value": "", "disabled": False}),
    node(
        "webauthn",
        {
            "name": "webauthn_register_trigger",
            "type": "button",
            "value": "{}",
            "disabled": False,
            "onclick": "window.__oryWebAuthnRegistration({})",
            "onclickTrigger": "oryWebAuthnRegistration",
        },
        text(1050012, "Add security key"),
    ),
    node(
        "webauthn",
        {
            "id": "webauthn_script",
            "node_type": "script",
            "type": "text/javascript",
            "async": True,
            "src": "http://kratos/.well-known/ory/webauthn.js",
            "integrity": "sha512-x",
            "crossorigin": "anonymous",
            "referrerpolicy": "no-referrer",
            "nonce": "n",
        },
    ),
    node(
        "lookup_secret",
        {
            "id": "lookup_secret_codes",
            "node_type": "text",
            "text": text(1050015, "abcd1234, efgh5678, Used", {"secrets": CODES}),
        },
        text(1050010, "These are your back up recovery codes. Please keep them in a safe place!"),
    ),
    node(
        "lookup_secret",
        {"name": "lookup_secret_regenerate", "type": "submit", "value": "true", "disabled": False},
        text(1050008, "Generate new backup recovery codes"),
    ),
    node(
        "lookup_secret",
        {"name": "lookup_secret_confirm", "type": "submit", "value": "true", "disabled": False},
        text(1050011, "Confirm backup recovery codes"),
    ),
    node(
        "lookup_secret",
        {"name": "lookup_secret_disable", "type": "submit", "value": "true", "disabled": False},
        text(1050016, "Disable this method"),
    ),
]


def test_settings_forms_have_headings_one_primary_and_kratos_script_triggers() -> None:
    forms = build_forms(settings_flow(WEBAUTHN_NODES), "/auth/settings?flow=x", kind="settings")
    by_group = {f.group: f for f in forms}
    assert by_group["webauthn"].heading == "Security keys"
    assert by_group["lookup_secret"].heading == "Backup codes"
    trigger = next(n for n in by_group["webauthn"].nodes if n.name == "webauthn_register_trigger")
    assert trigger.trigger == "oryWebAuthnRegistration" and trigger.role == "primary"
    assert trigger.is_button and trigger.label == "Add security key"
    script = next(n for n in by_group["webauthn"].nodes if n.kind == "script")
    assert script.attributes["src"].endswith("/webauthn.js") and script.attributes["nonce"] == "n"
    assert by_group["webauthn"].has_triggers
    roles = {n.name: n.role for n in by_group["lookup_secret"].buttons}
    assert roles == {
        "lookup_secret_regenerate": "secondary",
        "lookup_secret_confirm": "primary",
        "lookup_secret_disable": "danger",
    }
    codes = next(n for n in by_group["lookup_secret"].nodes if n.id == "lookup_secret_codes")
    assert codes.codes == [("abcd1234", False), ("efgh5678", False), ("Used", True)]
    # Headings belong to the settings page only.
    assert all(f.heading is None for f in build_forms(settings_flow(WEBAUTHN_NODES), "/x"))


def test_resend_is_secondary_and_ids_are_unique_across_forms() -> None:
    identifier = node(
        "default",
        {"name": "identifier", "type": "text", "value": "", "disabled": False},
        text(1070002, "E-Mail", {"title": "E-Mail"}),
    )
    nodes = [
        CSRF,
        identifier,
        node(
            "password", {"name": "password", "type": "password", "disabled": False}, text(1070001, "Password")
        ),
        node(
            "password",
            {"name": "method", "type": "submit", "value": "password", "disabled": False},
            text(1010022, "Sign in with password"),
        ),
        node(
            "code",
            {"name": "method", "type": "submit", "value": "code", "disabled": False},
            text(1070009, "Continue"),
        ),
        node(
            "code",
            {"name": "email", "type": "submit", "value": "a@b.c", "disabled": False},
            text(1070008, "Resend code"),
        ),
    ]
    forms = build_forms(settings_flow(nodes), "/x")
    ids = [n.dom_id for f in forms for n in f.nodes if n.is_field]
    assert len(ids) == len(set(ids)) == 3  # the identifier once per form, each with its own id
    code = next(f for f in forms if f.group == "code")
    assert [(b.name, b.role) for b in code.buttons] == [("method", "primary"), ("email", "secondary")]
    assert [b.label for b in code.buttons] == ["Continue", "Send a new code"]
    first = forms[0].nodes[1]
    assert first.label == "E-Mail" and first.autocomplete == "username"


def test_kratos_wording_becomes_plain() -> None:
    assert messages.kratos_text(
        4000001, '"x" is not valid "email"', {"reason": '"x" is not valid "email"'}
    ) == ("Please enter a valid email address.")
    assert messages.kratos_text(4000002, "Property identifier is missing.", {"property": "identifier"}) == (
        "Please fill in this field."
    )
    expired = messages.kratos_text(4010001, "The login flow expired 0.08 minutes ago, please try again.", {})
    assert "minutes" not in expired and "expired" in expired
    assert messages.kratos_text(4000003, "length must be >= 8, but got 3", {"min_length": 8}) == (
        "Use at least 8 characters."
    )
    # A placeholder Kratos did not send: Kratos' own text rather than a "{min_length}" on the page.
    assert (
        messages.kratos_text(4000003, "length must be >= 8, but got 3", {})
        == "length must be >= 8, but got 3"
    )
    assert messages.kratos_text(9999999, "Something new", {}) == "Something new"
    assert messages.kratos_text(1050006, "SECRETKEY", {"secret": "SECRETKEY"}) == "SECRETKEY"


def test_flow_messages_keep_ids_and_types() -> None:
    flow = settings_flow([CSRF])
    flow.ui.messages = []
    from ory_kratos_api.models.ui_text import UiText

    flow.ui.messages = [
        UiText.from_dict(text(4000006, "The provided credentials are invalid, check ...", kind="error"))
    ]
    [message] = flow_messages(flow)
    assert (message.id, message.type) == (4000006, "error")
    assert message.text.startswith("The sign-in details are not right")


def test_a_translation_hook_changes_the_words() -> None:
    german = {
        "Please fill in this field.": "Bitte füllen Sie dieses Feld aus.",
        "Backup codes": "Backup-Codes",
    }
    with messages.use_translator(lambda s: german.get(s, s)):
        assert messages.kratos_text(4000002, "Property password is missing.", {"property": "password"}) == (
            "Bitte füllen Sie dieses Feld aus."
        )
        forms = build_forms(settings_flow(WEBAUTHN_NODES), "/x", kind="settings")
        assert {f.heading for f in forms} == {"Security keys", "Backup-Codes"}
    assert messages.translate("Backup codes") == "Backup codes"


def test_a_broken_translation_keeps_the_page_up() -> None:
    with messages.use_translator(lambda s: "Mindestens {min_lenght} Zeichen."):
        # the translation names a placeholder Kratos does not send: Kratos' text is shown
        assert (
            messages.kratos_text(4000003, "length must be >= 8", {"min_length": 8}) == "length must be >= 8"
        )

    def boom(_: str) -> str:
        raise RuntimeError("catalogue missing")

    with messages.use_translator(boom):
        assert messages.translate("Sign in") == "Sign in"


def test_refresh_page_names_the_account() -> None:
    from ory_kratos_api.models.login_flow import LoginFlow

    flow = LoginFlow.from_dict(
        {
            "id": "3b1cfe34-6f2a-4a4e-9f3a-5a2a9b1c0d11",
            "type": "browser",
            "expires_at": "2099-01-01T00:00:00Z",
            "issued_at": "2026-01-01T00:00:00Z",
            "request_url": "http://localhost/self-service/login/browser?refresh=true",
            "refresh": True,
            "requested_aal": "aal1",
            "state": "choose_method",
            "ui": {
                "action": "http://localhost/x",
                "method": "POST",
                "nodes": [
                    node(
                        "default",
                        {
                            "name": "identifier",
                            "type": "hidden",
                            "value": "ada@example.com",
                            "disabled": False,
                        },
                    )
                ],
            },
        }
    )
    page = build_page("login", flow, default_url="/home")
    assert page.refresh and page.signed_in and page.account == "ada@example.com"
    assert page.continue_url == "/home"


def _template_strings() -> set[str]:
    found: set[str] = set()
    for path in (TEMPLATES / "django" / "templates").rglob("*.html"):
        found |= set(re.findall(r'\{% translate "([^"]+)" %\}', path.read_text()))
    for path in (TEMPLATES / "flask" / "templates").rglob("*.html"):
        found |= set(re.findall(r'ory_t\("([^"]+)"\)', path.read_text()))
    return found


def test_every_template_string_is_in_the_catalogue_and_both_frameworks_say_the_same() -> None:
    django = {
        p.name: set(re.findall(r'\{% translate "([^"]+)" %\}', p.read_text()))
        for p in (TEMPLATES / "django" / "templates").rglob("*.html")
    }
    flask = {
        p.name: set(re.findall(r'ory_t\("([^"]+)"\)', p.read_text()))
        for p in (TEMPLATES / "flask" / "templates").rglob("*.html")
    }
    assert django == flask
    missing = _template_strings() - set(messages.all_msgids())
    assert not missing, missing
    # One stylesheet for both frameworks (plain CSS, no template syntax): Django's is a link to Flask's.
    django_style = TEMPLATES / "django" / "templates" / "ory_facade" / "_style.html"
    flask_style = TEMPLATES / "flask" / "templates" / "ory_facade" / "_style.html"
    assert django_style.is_symlink() and django_style.resolve() == flask_style.resolve()
    assert "{%" not in flask_style.read_text() and "{{" not in flask_style.read_text()


def test_a_gettext_template_lists_every_msgid() -> None:
    pot = messages._pot()
    assert 'msgid "Please fill in this field."' in pot and 'msgid "Two-factor authentication"' in pot
    assert "{secret}" not in pot


def test_settings_sections_come_in_one_order_whatever_kratos_sends() -> None:
    # Real Kratos v1.3.1 puts the passkey section first and the profile after it.
    def submit(group: str) -> dict[str, Any]:
        return node(group, {"name": "method", "type": "submit", "value": group, "disabled": False})

    nodes = [CSRF, *(submit(g) for g in ("passkey", "profile", "lookup_secret", "password", "totp", "oidc"))]
    forms = build_forms(settings_flow(nodes), "/x", kind="settings")
    assert [f.group for f in forms] == ["profile", "password", "totp", "lookup_secret", "passkey", "oidc"]
    # Other pages keep Kratos' order.
    assert [f.group for f in build_forms(settings_flow(nodes), "/x")][:2] == ["passkey", "profile"]
