"""The Django pages look like a product (issue 14): the stylesheet, labels, primary buttons, settings
sections with TOTP and backup codes, people's wording, the re-auth page, translation through Django's
gettext and template overrides, on the fake and real Kratos."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

from backends import Backend
from django.test import Client
from django.test.utils import override_settings
from django.utils import translation

from ..helpers import PASSWORD, field_value
from ..test_pages_render import check_page
from .conftest import post_form, sign_in, start_flow


def test_login_page_has_the_stylesheet_labels_and_one_primary_button(client: Client) -> None:
    _, page = start_flow(client, "login")
    parsed = check_page(page)
    assert parsed.forms and parsed.forms[0]["group"] == "password"
    assert ">E-Mail</label>" in page and ">ID</label>" not in page
    assert 'autocomplete="current-password"' in page and 'autocomplete="username"' in page
    assert 'class="ory-button ory-button--primary" name="method" value="password"' in page
    assert ">Create an account</a>" in page and ">Forgot your password?</a>" in page
    assert '<html lang="en' in page


def test_messages_read_as_people_write_them(client: Client) -> None:
    url, page = start_flow(client, "registration")
    bad = post_form(
        client, url, page, **{"traits.email": "not-an-address", "password": PASSWORD, "method": "password"}
    ).content.decode()
    assert 'data-message-id="4000001">Please enter a valid email address.</p>' in bad
    assert "is not valid" not in bad
    check_page(bad)


def test_settings_renders_every_method_with_headings(backend: Backend, client: Client) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    url, page = start_flow(client, "settings")
    parsed = check_page(page)
    assert {"Profile", "Password", "Two-factor authentication", "Backup codes"} <= set(parsed.headings)
    assert '<img class="ory-qr" id="totp_qr" src="data:image/png;base64,' in page
    assert 'id="totp_secret_key">' in page
    shown = post_form(client, url, page, lookup_secret_regenerate="true", method="lookup_secret")
    assert shown.status_code == 200
    codes_page = shown.content.decode()
    check_page(codes_page)
    assert codes_page.count("<li>", codes_page.index('data-testid="ory-lookup-codes"')) >= 12
    assert 'class="ory-button ory-button--primary" name="lookup_secret_confirm"' in codes_page


def test_reauthentication_names_the_account_and_offers_no_sign_up(backend: Backend, client: Client) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    _, page = start_flow(client, "login", refresh="true")
    check_page(page)
    assert 'Signed in as <span class="ory-account">ada@example.com</span>' in page
    assert "Create an account" not in page


def test_verification_has_a_way_back_to_the_app(client: Client) -> None:
    _, page = start_flow(client, "verification")
    assert 'data-testid="ory-back-to-app">Back to the app</a>' in page


def _mo(translations: dict[str, str]) -> bytes:
    """A GNU gettext .mo file (what ``compilemessages`` writes) for ``translations``."""
    entries = sorted({"": "Content-Type: text/plain; charset=UTF-8\n", **translations}.items())
    ids = b"".join(k.encode() + b"\0" for k, _ in entries)
    strs = b"".join(v.encode() + b"\0" for _, v in entries)
    count = len(entries)
    start = 7 * 4 + count * 16
    id_table, offset = [], start
    for key, _ in entries:
        id_table += [len(key.encode()), offset]
        offset += len(key.encode()) + 1
    str_table, offset = [], start + len(ids)
    for _, value in entries:
        str_table += [len(value.encode()), offset]
        offset += len(value.encode()) + 1
    header = struct.pack("Iiiiiii", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    return (
        header
        + struct.pack(f"{2 * count}i", *id_table)
        + struct.pack(f"{2 * count}i", *str_table)
        + ids
        + strs
    )


def test_django_gettext_translates_messages_and_page_words(tmp_path: Path, client: Client) -> None:
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.mo").write_bytes(
        _mo(
            {
                "Please enter a valid email address.": "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
                "Already have an account?": "Schon ein Konto?",
                "Create an account": "Konto erstellen",
            }
        )
    )
    with override_settings(LOCALE_PATHS=[str(tmp_path)]), translation.override("de"):
        url, page = start_flow(client, "registration")
        assert '<h1 class="ory-title">Konto erstellen</h1>' in page and "Schon ein Konto?" in page
        assert '<html lang="de"' in page
        bad = post_form(
            client, url, page, **{"traits.email": "nope", "password": PASSWORD, "method": "password"}
        ).content.decode()
    assert 'data-message-id="4000001">Bitte geben Sie eine gültige E-Mail-Adresse ein.</p>' in bad


def _templates(folder: Path) -> Any:
    return override_settings(
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": [str(folder)],
                "APP_DIRS": True,
                "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
            }
        ]
    )


def test_blocks_can_be_overridden_by_template_inheritance(tmp_path: Path, client: Client) -> None:
    (tmp_path / "ory_facade").mkdir()
    (tmp_path / "ory_facade" / "base.html").write_text(
        '{% extends "ory_facade/layout.html" %}'
        "{% block ory_theme %}<style>:root { --ory-brand: #0b7a53; }</style>{% endblock %}"
        '{% block brand %}<p class="ory-brand" id="acme">Acme</p>{% endblock %}'
    )
    # Django extends a template of the same name: one block of one page, the rest as shipped.
    (tmp_path / "ory_facade" / "login.html").write_text(
        '{% extends "ory_facade/login.html" %}{% block links %}<p id="help">Call us</p>{% endblock %}'
    )
    with _templates(tmp_path):
        _, page = start_flow(client, "login")
        _, other = start_flow(client, "recovery")
    assert '<p class="ory-brand" id="acme">Acme</p>' in page and '<p id="help">Call us</p>' in page
    assert "Create an account" not in page  # the replaced block
    assert 'data-group="password"' in page and 'name="csrfmiddlewaretoken"' in page
    assert page.index("--ory-brand: #3451b2") < page.index("--ory-brand: #0b7a53")
    assert 'id="acme"' in other and "Back to sign in" in other
    check_page(page)


def test_csrf_failure_page_is_styled(client: Client) -> None:
    url, page = start_flow(client, "login")
    refused = client.post(url, {"identifier": "x", "password": "y", "method": "password"})
    assert refused.status_code == 403
    body = refused.content.decode()
    assert "--ory-brand:" in body and 'class="ory-button ory-button--primary"' in body
    assert field_value(page, "csrfmiddlewaretoken")
