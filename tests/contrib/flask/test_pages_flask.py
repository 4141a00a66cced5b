"""The Flask pages look like a product (issue 14): the stylesheet, labels, primary buttons, settings
sections with TOTP and backup codes, people's wording, the re-auth page, translation and template
overrides, on the fake and real Kratos."""

from __future__ import annotations

from pathlib import Path

from backends import Backend
from flask import Flask
from flask.testing import FlaskClient

from ory_facade.contrib.flask import Ory

from ..helpers import PASSWORD, field_value
from ..test_pages_render import check_page
from .conftest import AppFactory, sign_in, start_flow


def test_login_page_has_the_stylesheet_labels_and_one_primary_button(client: FlaskClient) -> None:
    _, page = start_flow(client, "login")
    parsed = check_page(page)
    assert parsed.forms and parsed.forms[0]["group"] == "password"
    assert ">E-Mail</label>" in page and ">ID</label>" not in page  # Kratos' label: the trait's title
    assert 'autocomplete="current-password"' in page and 'autocomplete="username"' in page
    assert 'class="ory-button ory-button--primary" name="method" value="password"' in page
    assert ">Create an account</a>" in page and ">Forgot your password?</a>" in page


def test_messages_read_as_people_write_them(backend: Backend, client: FlaskClient) -> None:
    url, page = start_flow(client, "registration")
    bad = client.post(
        url,
        data={
            "csrf_token": field_value(page, "csrf_token"),
            "traits.email": "not-an-address",
            "password": PASSWORD,
            "method": "password",
        },
    ).get_data(as_text=True)
    assert 'data-message-id="4000001">Please enter a valid email address.</p>' in bad
    assert "is not valid" not in bad
    assert 'aria-invalid="true"' in bad and 'aria-describedby="ory-password-traits-email-message-0"' in bad
    check_page(bad)
    url, page = start_flow(client, "login")
    empty = client.post(
        url,
        data={
            "csrf_token": field_value(page, "csrf_token"),
            "identifier": "",
            "password": "",
            "method": "password",
        },
    ).get_data(as_text=True)
    assert 'data-message-id="4000002">Please fill in this field.</p>' in empty
    assert "Property identifier is missing" not in empty


def test_settings_renders_every_method_with_headings(backend: Backend, client: FlaskClient) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    url, page = start_flow(client, "settings")
    parsed = check_page(page)
    assert {"Profile", "Password", "Two-factor authentication", "Backup codes"} <= set(parsed.headings)
    assert '<img class="ory-qr" id="totp_qr" src="data:image/png;base64,' in page
    assert 'alt="QR code for your authenticator app"' in page
    assert 'id="totp_secret_key">' in page and "Enter this key in your app instead" in page
    assert 'name="lookup_secret_regenerate" value="true">Create new backup codes</button>' in page
    shown = client.post(
        url,
        data={
            "csrf_token": field_value(page, "csrf_token"),
            "lookup_secret_regenerate": "true",
            "method": "lookup_secret",
        },
    )
    assert shown.status_code == 200
    codes_page = shown.get_data(as_text=True)
    check_page(codes_page)
    assert 'data-testid="ory-lookup-codes"' in codes_page
    assert codes_page.count("<li>", codes_page.index('data-testid="ory-lookup-codes"')) >= 12
    assert 'class="ory-button ory-button--primary" name="lookup_secret_confirm"' in codes_page


def test_reauthentication_names_the_account_and_offers_no_sign_up(
    backend: Backend, client: FlaskClient
) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sign_in(client, "ada@example.com")
    _, page = start_flow(client, "login", refresh="true")
    check_page(page)
    assert 'data-message-id="1010003"' in page
    assert "Confirm it&#39;s you</h1>" in page or "Confirm it's you</h1>" in page
    assert 'data-testid="ory-account">Signed in as <span class="ory-account">ada@example.com</span>' in page
    assert "Create an account" not in page
    assert ">Sign out</a>" in page


def test_verification_has_a_way_back_to_the_app(backend: Backend, make_app: AppFactory) -> None:
    client = make_app(ORY_DEFAULT_RETURN_TO="/home").test_client()
    url, page = start_flow(client, "verification")
    check_page(page)
    assert '<a href="/home" data-testid="ory-back-to-app">Back to the app</a>' in page
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    sent = client.post(
        url,
        data={"csrf_token": field_value(page, "csrf_token"), "email": "ada@example.com", "method": "code"},
    ).get_data(as_text=True)
    assert (
        "We&#39;ve emailed you a verification code" in sent or "We've emailed you a verification code" in sent
    )
    assert 'class="ory-button ory-button--secondary" name="email"' in sent  # "Send a new code"
    done = client.post(
        url,
        data={
            "csrf_token": field_value(sent, "csrf_token"),
            "code": backend.last_code_for("ada@example.com"),
            "method": "code",
        },
    ).get_data(as_text=True)
    assert 'data-message-id="1080002"' in done
    assert (
        'class="ory-button ory-button--primary" href="/home" data-testid="ory-continue">Continue</a>' in done
    )


def test_ory_translate_changes_messages_and_page_words(backend: Backend, make_app: AppFactory) -> None:
    german = {
        "Please fill in this field.": "Bitte füllen Sie dieses Feld aus.",
        "Create an account": "Konto erstellen",
        "Sign in": "Anmelden",
    }
    client = make_app(ORY_TRANSLATE=lambda s: german.get(s, s)).test_client()
    url, page = start_flow(client, "login")
    assert ">Konto erstellen</a>" in page and '<h1 class="ory-title">Anmelden</h1>' in page
    empty = client.post(
        url,
        data={
            "csrf_token": field_value(page, "csrf_token"),
            "identifier": "",
            "password": "",
            "method": "password",
        },
    ).get_data(as_text=True)
    assert 'data-message-id="4000002">Bitte füllen Sie dieses Feld aus.</p>' in empty


def test_base_template_blocks_can_be_overridden(backend: Backend, tmp_path: Path) -> None:
    if backend.is_fake:
        backend.fake.configure(ui_url="http://localhost/auth")
    (tmp_path / "ory_facade").mkdir()
    (tmp_path / "ory_facade" / "base.html").write_text(
        '{% extends "ory_facade/layout.html" %}'
        "{% block ory_theme %}<style>:root { --ory-brand: #0b7a53; }</style>{% endblock %}"
        '{% block brand %}<p class="ory-brand" id="acme">Acme</p>{% endblock %}'
    )
    app = Flask(__name__, template_folder=str(tmp_path))
    app.config.update(TESTING=True, ORY_PUBLIC_URL=backend.public_url, ORY_ADMIN_URL=backend.admin_url)
    Ory(app)
    try:
        _, page = start_flow(app.test_client(), "login")
    finally:
        app.extensions["ory_facade"].client.close()
    assert '<p class="ory-brand" id="acme">Acme</p>' in page
    assert page.index("--ory-brand: #3451b2") < page.index("--ory-brand: #0b7a53")  # the override comes last
    assert 'data-group="password"' in page  # the page itself is unchanged


def test_theme_template_sets_the_brand_in_one_place(backend: Backend, tmp_path: Path) -> None:
    if backend.is_fake:
        backend.fake.configure(ui_url="http://localhost/auth")
    (tmp_path / "ory_facade").mkdir()
    (tmp_path / "ory_facade" / "theme.html").write_text("<style>:root { --ory-brand: #aa0055; }</style>")
    app = Flask(__name__, template_folder=str(tmp_path))
    app.config.update(TESTING=True, ORY_PUBLIC_URL=backend.public_url, ORY_ADMIN_URL=backend.admin_url)
    Ory(app)
    try:
        _, page = start_flow(app.test_client(), "registration")
    finally:
        app.extensions["ory_facade"].client.close()
    assert "--ory-brand: #aa0055;" in page and page.index("#3451b2") < page.index("#aa0055")
