"""The README's Flask quick start, built as a new app from the README's text alone, in headless Chromium
(issue 14): sign up, verify, see the home page signed in, the protected page, sign out, sign in again.

Only Kratos' URL is changed in the text (the README's ``http://127.0.0.1:4433`` becomes the test's Kratos);
the fake is pointed at the app the way the README says (``configure(app_url=...)``).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from backends import Backend
from selenium.webdriver.common.by import By

from ory_facade.testing.real import RealKratos

from .conftest import ROOT, make_journey, real_kratos_for
from .journeys import PASSWORD

pytestmark = pytest.mark.e2e

README = ROOT / "README.md"


def readme_block(containing: str) -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    return next(block for block in blocks if containing in block)


class QuickstartSite:
    """A werkzeug server on a free port serving whichever app :meth:`use` was last given."""

    def __init__(self) -> None:
        from werkzeug.serving import make_server

        self._app: Any = None
        self._server = make_server("127.0.0.1", 0, self._dispatch, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def _dispatch(self, environ: Any, start_response: Any) -> Any:
        return self._app(environ, start_response)

    def use(self, app: Any) -> None:
        self._app = app

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def site() -> Iterator[QuickstartSite]:
    pytest.importorskip("flask", reason="Flask is not installed")
    server = QuickstartSite()
    yield server
    server.close()


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, site: QuickstartSite) -> Iterator[RealKratos]:
    """Real Kratos whose flows send browsers to the quick-start app's /auth pages."""
    yield from real_kratos_for(pytestconfig, site.url)


def build_app(tmp_path: Path, kratos_url: str) -> Any:
    source = readme_block('@app.get("/")').replace("http://127.0.0.1:4433", kratos_url)
    path = tmp_path / "app.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location(f"readme_quickstart_{tmp_path.name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.app


def test_the_flask_quick_start_works_in_a_browser(
    browser: Any, site: QuickstartSite, backend: Backend, tmp_path: Path
) -> None:
    if backend.is_fake:
        backend.fake.configure(app_url=site.url)  # as the README's "Testing your own views" says
    app = build_app(tmp_path, backend.public_url)
    site.use(app)
    journey = make_journey(browser, site.url, backend, "readme-flask")
    email = "quickstart@example.com"
    try:
        journey.register(email)  # home → "Create an account" → sign-up → verification code
        journey.open("/")
        assert f"Signed in as {email}" in journey.text()
        journey.shot("home-signed-in")
        journey.open("/dashboard")
        assert journey.text() == f"Hello {email}"
        journey.logout()  # back on "/", "Sign in" shown, the session cookie gone
        journey.open("/dashboard")
        journey.wait_path("/auth/login", with_flow=True)
        form = journey.fill("password", identifier=email, password=PASSWORD)
        journey.submit(form, "password")
        journey.wait_path("/dashboard")
        assert journey.text() == f"Hello {email}"
        journey.open("/")
        journey.driver.find_element(By.LINK_TEXT, "Sign out").click()
        journey.wait_path("/auth/logout")
        journey.shot("readme-logout-confirm")
    finally:
        app.extensions["ory_facade"].client.close()
