"""Browser journeys shared by the Flask and Django end-to-end tests (the pages are the same)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

from backends import Backend
from contrib.helpers import let_time_pass
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from .conftest import Screenshots

PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "a brand new passphrase 2026"
TIMEOUT = 15


class Journey:
    def __init__(self, driver: Any, base_url: str, kratos: Backend, shots: Screenshots) -> None:
        self.driver = driver
        self.base = base_url
        self.kratos = kratos
        self.shot = shots

    # --- small helpers ----------------------------------------------------------------------------
    def wait(self) -> WebDriverWait:  # type: ignore[type-arg]
        return WebDriverWait(self.driver, TIMEOUT)

    def open(self, path: str) -> None:
        self.driver.get(self.base + path)

    def path(self) -> str:
        return urlsplit(self.driver.current_url).path

    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.driver.current_url).query))

    def wait_path(self, path: str, *, with_flow: bool = False) -> None:
        def arrived(_: Any) -> bool:
            return self.path() == path and (not with_flow or "flow" in self.query())

        self.wait().until(arrived, f"expected {path}, at {self.driver.current_url}")
        self.wait().until(lambda d: d.execute_script("return document.readyState") == "complete")

    def form(self, group: str) -> Any:
        return self.wait().until(
            ec.presence_of_element_located((By.CSS_SELECTOR, f'form[data-group="{group}"]'))
        )

    def fill(self, group: str, **fields: str) -> Any:
        form = self.form(group)
        for name, value in fields.items():
            element = form.find_element(By.CSS_SELECTOR, f'input[name="{name}"]')
            element.clear()
            element.send_keys(value)
        return form

    def submit(self, form: Any, value: str) -> None:
        old = self.driver.find_element(By.TAG_NAME, "html")
        form.find_element(By.CSS_SELECTOR, f'button[name="method"][value="{value}"]').click()
        self.wait_for_navigation(old)

    def wait_for_navigation(self, old: Any) -> None:
        """Wait until ``old`` (the previous page's <html>) is gone and the new page has loaded."""

        def left(_: Any) -> bool:
            try:
                old.is_enabled()
            except WebDriverException:  # stale, or Chrome's "node does not belong to the document"
                return True
            return False

        self.wait().until(left, "the page did not change")
        self.wait().until(lambda d: d.execute_script("return document.readyState") == "complete")

    def click_and_wait(self, element: Any) -> None:
        """Click something that makes the page navigate (by script too), and wait for the new page."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        element.click()
        self.wait_for_navigation(old)

    def has_form(self, group: str) -> bool:
        return bool(self.driver.find_elements(By.CSS_SELECTOR, f'form[data-group="{group}"]'))

    def message_ids(self) -> set[str]:
        elements = self.driver.find_elements(By.CSS_SELECTOR, "[data-message-id]")
        return {e.get_attribute("data-message-id") for e in elements}

    def text(self) -> str:
        return str(self.driver.find_element(By.TAG_NAME, "body").text)

    # --- steps ------------------------------------------------------------------------------------
    def register(self, email: str) -> None:
        self.open("/")
        self.shot("home")
        self.driver.find_element(By.LINK_TEXT, "Create an account").click()
        self.wait_path("/auth/registration", with_flow=True)
        self.shot("registration")
        if self.has_form("password"):  # one step: traits and password together (the fake)
            form = self.fill("password", **{"traits.email": email, "password": PASSWORD})
            self.submit(form, "password")
        else:  # profile first (Kratos' default registration style): the traits, then the password
            form = self.fill("profile", **{"traits.email": email})
            self.submit(form, "profile")
            self.wait_path("/auth/registration", with_flow=True)
            self.shot("registration-password")
            form = self.fill("password", password=PASSWORD)
            self.submit(form, "password")
        self.wait_path("/auth/verification", with_flow=True)
        assert "1080003" in self.message_ids()  # a verification code was sent
        self.shot("verification-code-sent")
        form = self.fill("code", code=self.kratos.last_code_for(email))
        self.submit(form, "code")
        assert "1080002" in self.message_ids(), self.text()  # verified
        self.shot("verified")

    def logout(self) -> None:
        self.open("/auth/logout")
        button = self.wait().until(ec.element_to_be_clickable((By.ID, "ory-logout")))
        self.shot("logout-confirm")
        old = self.driver.find_element(By.TAG_NAME, "html")
        button.click()
        self.wait_for_navigation(old)
        self.wait_path("/")
        assert "Sign in" in self.text()
        assert self.kratos.session_cookie_name not in {c["name"] for c in self.driver.get_cookies()}

    def login_via_protected_page(self, email: str, password: str, *, step: str = "login") -> None:
        self.open("/dashboard")
        self.wait_path("/auth/login", with_flow=True)
        self.shot(step)
        form = self.fill("password", identifier=email, password=password)
        self.submit(form, "password")
        self.wait_path("/dashboard")
        content = self.driver.find_element(By.ID, "protected-content").text
        assert email in content
        self.shot(f"{step}-protected-page")

    def recover_and_change_password(self, email: str) -> None:
        self.open("/auth/recovery")
        self.wait_path("/auth/recovery", with_flow=True)
        self.shot("recovery")
        form = self.fill("code", email=email)
        self.submit(form, "code")
        assert "1060003" in self.message_ids(), self.text()  # a recovery code was sent
        self.shot("recovery-code-sent")
        form = self.fill("code", code=self.kratos.last_code_for(email))
        self.submit(form, "code")
        self.wait_path("/auth/settings", with_flow=True)
        self.shot("settings-after-recovery")
        form = self.fill("password", password=NEW_PASSWORD)
        self.submit(form, "password")
        assert "1050001" in self.message_ids(), self.text()  # saved
        self.shot("settings-password-changed")

    def old_password_is_refused(self, email: str) -> None:
        self.open("/auth/login")
        self.wait_path("/auth/login", with_flow=True)
        form = self.fill("password", identifier=email, password=PASSWORD)
        self.submit(form, "password")
        assert "4000006" in self.message_ids(), self.text()
        self.shot("old-password-refused")

    def full(self, email: str) -> None:
        self.register(email)
        self.logout()
        self.login_via_protected_page(email, PASSWORD)
        self.logout()
        self.recover_and_change_password(email)
        self.logout()
        self.old_password_is_refused(email)
        self.login_via_protected_page(email, NEW_PASSWORD, step="login-new-password")

    def csrf_mismatch_recovers(self, email: str) -> None:
        self.kratos.create_identity(email=email, password=PASSWORD)
        self.open("/dashboard")
        self.wait_path("/auth/login", with_flow=True)
        first_flow = self.query()["flow"]
        form = self.fill("password", identifier=email, password=PASSWORD)
        # Another tab, an attacker's page or a stale form: the posted token does not match the cookie.
        self.driver.execute_script(
            "document.querySelector('form[data-group=password] input[name=csrf_token]').value = arguments[0]",
            "A" * 88,
        )
        self.shot("csrf-forged-token")
        self.submit(form, "password")
        self.wait_path("/auth/login", with_flow=True)
        assert self.query()["flow"] != first_flow
        assert self.query().get("notice") == "csrf"
        assert self.driver.find_element(By.CSS_SELECTOR, '[data-testid="ory-notice"]').is_displayed()
        assert self.kratos.session_cookie_name not in {c["name"] for c in self.driver.get_cookies()}
        self.shot("csrf-restarted")
        form = self.fill("password", identifier=email, password=PASSWORD)
        self.submit(form, "password")
        self.wait_path("/dashboard")  # the restarted flow kept return_to
        self.shot("csrf-then-signed-in")

    def reauthenticated_change_completes(self, email: str) -> None:
        """A password change with a session past the privileged age: new password, confirm with the
        current one, done (Kratos resumes the paused change; issue 14)."""
        self.kratos.create_identity(email=email, password=PASSWORD)
        self.login_via_protected_page(email, PASSWORD, step="reauth-login")
        self.open("/auth/settings")
        self.wait_path("/auth/settings", with_flow=True)
        settings_flow = self.query()["flow"]
        let_time_pass(self.kratos, 1000)  # past privileged_session_max_age
        form = self.fill("password", password=NEW_PASSWORD)
        self.submit(form, "password")
        self.wait_path("/auth/login", with_flow=True)
        assert "1010003" in self.message_ids(), self.text()  # "Please confirm this action ..."
        self.shot("reauth-confirm")
        form = self.fill("password", password=PASSWORD)  # the current password, once
        self.submit(form, "password")
        self.wait_path("/auth/settings", with_flow=True)
        assert self.query()["flow"] == settings_flow
        assert "1050001" in self.message_ids(), self.text()  # saved, without typing it again
        assert "did not match" not in self.text()
        self.shot("reauth-change-saved")
        self.logout()
        self.login_via_protected_page(email, NEW_PASSWORD, step="reauth-new-password")

    def expired_flow_recovers(self, email: str) -> None:
        self.kratos.create_identity(email=email, password=PASSWORD)
        self.open("/dashboard")
        self.wait_path("/auth/login", with_flow=True)
        first_flow = self.query()["flow"]
        form = self.fill("password", identifier=email, password=PASSWORD)
        let_time_pass(self.kratos, 2 * 3600)  # past the flow's lifespan
        self.submit(form, "password")
        self.wait_path("/auth/login", with_flow=True)
        assert self.query()["flow"] != first_flow
        assert "4010001" in self.message_ids(), self.text()  # "the login flow expired"
        self.shot("expired-flow-replaced")
        form = self.fill("password", identifier=email, password=PASSWORD)
        self.submit(form, "password")
        self.wait_path("/dashboard")
        self.shot("expired-then-signed-in")
        # Reloading an expired page also recovers: a fresh flow with a notice.
        self.logout()
        self.open("/auth/login")
        self.wait_path("/auth/login", with_flow=True)
        stale = self.driver.current_url
        let_time_pass(self.kratos, 2 * 3600)
        self.driver.get(stale)
        self.wait_path("/auth/login", with_flow=True)
        assert self.query().get("notice") == "expired"
        self.shot("expired-page-reloaded")

    # --- how the pages look (issue 14) --------------------------------------------------------------
    def color_scheme(self, scheme: str) -> None:
        """Emulate ``prefers-color-scheme`` (Chromium DevTools protocol)."""
        self.driver.execute_cdp_cmd(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
        )

    def style(self, css: str, prop: str) -> str:
        script = (
            "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1])"
        )
        return str(self.driver.execute_script(script, css, prop))

    def shots_in_every_look(self, step: str, focus: Any = None) -> None:
        """Screenshots light and dark, desktop and phone (390 px), ``focus`` (an element) scrolled into
        view; the page must fit the phone."""

        def show() -> None:
            if focus is not None:
                self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", focus)

        for scheme in ("light", "dark"):
            self.color_scheme(scheme)
            self.driver.set_window_size(1000, 900)
            show()
            self.shot(f"{step}-{scheme}")
            self.driver.set_window_size(390, 844)
            width = self.driver.execute_script("return document.documentElement.scrollWidth")
            assert width <= 390, f"{step} ({scheme}) is {width}px wide on a 390px phone"
            show()
            self.shot(f"{step}-{scheme}-phone")
        self.color_scheme("light")
        self.driver.set_window_size(1000, 900)

    def primary_button(self, group: str) -> Any:
        buttons = self.form(group).find_elements(By.CSS_SELECTOR, "button.ory-button--primary")
        assert len(buttons) == 1, f"form {group}: {len(buttons)} primary buttons"
        return buttons[0]

    def labels_are_tied(self) -> None:
        for element in self.driver.find_elements(By.CSS_SELECTOR, "input:not([type=hidden])"):
            element_id = element.get_attribute("id")
            labels = self.driver.find_elements(By.CSS_SELECTOR, f'label[for="{element_id}"]')
            assert labels and labels[0].text.strip(), f"input {element.get_attribute('name')} has no label"

    def pages_look_like_a_product(self, email: str) -> None:
        """Sign-in, sign-up, recovery and settings: stylesheet, dark mode, phone width, one primary button,
        labels, TOTP QR and key, backup codes after "Create new backup codes"."""
        self.kratos.create_identity(email=email, password=PASSWORD)
        self.open("/auth/login")
        self.wait_path("/auth/login", with_flow=True)
        self.labels_are_tied()
        brand = self.style(".ory-page", "--ory-brand").strip()
        assert brand, "the stylesheet's --ory-brand is not set"
        primary = self.primary_button("password")
        light_background = self.style("body", "background-color")
        assert self.style("button.ory-button--primary", "background-color") != light_background
        self.color_scheme("dark")
        assert self.style("body", "background-color") != light_background, "no dark mode"
        self.color_scheme("light")
        assert primary.text == "Sign in"
        assert self.driver.find_element(By.CSS_SELECTOR, 'label[for="ory-password-identifier"]').text != "ID"
        self.shots_in_every_look("look-login")
        self.open("/auth/registration")
        self.wait_path("/auth/registration", with_flow=True)
        self.labels_are_tied()
        self.shots_in_every_look("look-registration")
        self.open("/auth/recovery")
        self.wait_path("/auth/recovery", with_flow=True)
        self.labels_are_tied()
        self.shots_in_every_look("look-recovery")
        self.open("/dashboard")
        self.wait_path("/auth/login", with_flow=True)
        form = self.fill("password", identifier=email, password=PASSWORD)
        self.submit(form, "password")
        self.wait_path("/dashboard")
        self.open("/auth/settings")
        self.wait_path("/auth/settings", with_flow=True)
        self.labels_are_tied()
        headings = {h.text for h in self.driver.find_elements(By.CSS_SELECTOR, "h2.ory-section-title")}
        assert {"Profile", "Password", "Two-factor authentication", "Backup codes"} <= headings, headings
        qr = self.driver.find_element(By.ID, "totp_qr")
        assert qr.get_attribute("src").startswith("data:image/png;base64,")
        assert self.driver.execute_script("return arguments[0].naturalWidth", qr) > 0
        assert len(self.driver.find_element(By.ID, "totp_secret_key").text.strip()) >= 16
        for group in ("profile", "password", "totp"):
            self.primary_button(group)
        self.shots_in_every_look("look-settings")
        self.shots_in_every_look("look-settings-totp", focus=qr)
        old = self.driver.find_element(By.TAG_NAME, "html")
        self.form("lookup_secret").find_element(
            By.CSS_SELECTOR, 'button[name="lookup_secret_regenerate"]'
        ).click()
        self.wait_for_navigation(old)
        codes = self.driver.find_elements(By.CSS_SELECTOR, "[data-testid=ory-lookup-codes] li")
        assert len(codes) >= 12 and all(c.text.strip() for c in codes)
        assert self.primary_button("lookup_secret").get_attribute("name") == "lookup_secret_confirm"
        self.shots_in_every_look("look-settings-backup-codes", focus=codes[0])

    def add_virtual_authenticator(self) -> None:
        """Chrome's virtual authenticator (CTAP2, user verification, discoverable credentials)."""
        from selenium.webdriver.common.virtual_authenticator import VirtualAuthenticatorOptions

        options = VirtualAuthenticatorOptions()
        options.protocol = VirtualAuthenticatorOptions.Protocol.CTAP2
        options.transport = VirtualAuthenticatorOptions.Transport.INTERNAL
        options.has_resident_key = True
        options.has_user_verification = True
        options.is_user_verified = True
        self.driver.add_virtual_authenticator(options)

    def passkey(self, email: str) -> None:
        """Add a passkey in settings, sign out, and sign in with the passkey alone (no password)."""
        self.add_virtual_authenticator()
        self.kratos.create_identity(email, PASSWORD, verified=True)
        self.login_via_protected_page(email, PASSWORD, step="passkey-login")
        self.open("/auth/settings")
        self.wait_path("/auth/settings", with_flow=True)
        headings = [h.text for h in self.driver.find_elements(By.CSS_SELECTOR, "h2.ory-section-title")]
        # Kratos sends the passkey section first; the page keeps one order.
        assert headings == [
            "Profile",
            "Password",
            "Two-factor authentication",
            "Backup codes",
            "Security keys",
            "Passkeys",
        ], headings
        form = self.form("passkey")
        assert form.find_element(By.CSS_SELECTOR, "h2.ory-section-title").text == "Passkeys"
        trigger = form.find_element(By.CSS_SELECTOR, 'button[name="passkey_register_trigger"]')
        assert trigger.get_attribute("type") == "button"
        assert "primary" in (trigger.get_attribute("class") or "")
        self.shot("settings-passkey")
        self.click_and_wait(trigger)
        self.wait_path("/auth/settings", with_flow=True)
        assert "1050001" in self.message_ids(), self.text()
        assert self.form("passkey").find_elements(By.CSS_SELECTOR, 'button[name="passkey_remove"]')
        assert len(self.driver.get_credentials()) == 1
        self.shot("settings-passkey-added")

        self.logout()
        self.open("/dashboard")
        self.wait_path("/auth/login", with_flow=True)
        button = self.form("passkey").find_element(By.CSS_SELECTOR, 'button[name="passkey_login_trigger"]')
        assert button.text == "Sign in with a passkey"
        self.shot("login-with-passkey")
        self.click_and_wait(button)
        self.wait_path("/dashboard")
        assert email in self.driver.find_element(By.ID, "protected-content").text
        self.shot("signed-in-with-passkey")

    def security_key(self, email: str) -> None:
        """Add a security key in settings with Chrome's virtual authenticator, then sign in with password
        and key (real Kratos started with ``webauthn_origin`` = this app; see test_e2e_security_key*)."""
        driver = self.driver
        self.add_virtual_authenticator()

        # Verified: on an unverified address real Kratos follows a settings save with a verification flow.
        self.kratos.create_identity(email, PASSWORD, verified=True)
        self.login_via_protected_page(email, PASSWORD, step="key-login")

        self.open("/auth/settings")
        self.wait_path("/auth/settings", with_flow=True)
        form = self.form("webauthn")
        assert form.find_element(By.CSS_SELECTOR, "h2.ory-section-title").text == "Security keys"
        # Kratos' own script is on the page, and its trigger is a primary button of type "button".
        scripts = [s.get_attribute("src") for s in driver.find_elements(By.CSS_SELECTOR, "script[src]")]
        assert any(src.startswith(self.kratos.public_url) and src.endswith("webauthn.js") for src in scripts)
        trigger = form.find_element(By.CSS_SELECTOR, 'button[name="webauthn_register_trigger"]')
        assert trigger.get_attribute("type") == "button"
        assert "primary" in (trigger.get_attribute("class") or "")
        self.shot("settings-security-key")
        form.find_element(By.CSS_SELECTOR, 'input[name="webauthn_register_displayname"]').send_keys("My key")
        self.click_and_wait(trigger)  # the authenticator answers; Kratos' script fills and submits the form
        self.wait_path("/auth/settings", with_flow=True)
        assert "1050001" in self.message_ids(), self.text()  # "Your changes have been saved!"
        form = self.form("webauthn")
        assert form.find_elements(By.CSS_SELECTOR, 'button[name="webauthn_remove"]'), self.text()
        assert "My key" in form.text
        assert len(driver.get_credentials()) == 1
        self.shot("settings-security-key-added")

        # With a key, the session must reach AAL2: signing in again asks for the key after the password.
        self.logout()
        self.open("/dashboard")
        self.wait_path("/auth/login", with_flow=True)
        self.submit(self.fill("password", identifier=email, password=PASSWORD), "password")
        self.wait_path("/auth/login", with_flow=True)
        self.form("webauthn")
        assert driver.find_element(By.CSS_SELECTOR, "h1.ory-title").text == "Two-factor authentication"
        assert not self.has_form("password")  # the first factor is done
        self.shot("login-second-factor-key")
        self.click_and_wait(
            self.form("webauthn").find_element(By.CSS_SELECTOR, 'button[name="webauthn_login_trigger"]')
        )
        self.wait_path("/dashboard")
        assert email in driver.find_element(By.ID, "protected-content").text
        self.shot("signed-in-with-key")
