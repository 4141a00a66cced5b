"""End-to-end fixtures: headless Chromium (Debian ``chromium`` + ``chromium-driver``) driven by Selenium,
the example apps served on free loopback ports against the fake and real Kratos (``backend``), screenshots
under ``artifacts/screenshots/<framework>/`` (``<framework>-real/`` for real Kratos).

Nothing here downloads a browser or a driver: without ``/usr/bin/chromium`` and ``/usr/bin/chromedriver``
(``apt-get install chromium chromium-driver``) or without ``selenium`` the tests are skipped with the reason.
"""

from __future__ import annotations

import copy
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from backends import Backend, free_port
from contrib.helpers import serve_real_kratos

from ory_facade.testing.identity_schema import DEFAULT_IDENTITY_SCHEMA
from ory_facade.testing.real import RealKratos

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("ORY_E2E_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("ORY_E2E_CHROMEDRIVER", "/usr/bin/chromedriver")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: end-to-end tests in headless Chromium (skipped without it)")


def _missing_browser() -> str | None:
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed (pip install selenium)"
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            return f"{path} not found: apt-get install {package} (no browser is ever downloaded)"
    return None


@pytest.fixture(scope="session")
def browser_available() -> None:
    reason = _missing_browser()
    if reason:
        pytest.skip(reason)


@pytest.fixture
def browser(browser_available: None) -> Iterator[Any]:
    """A fresh headless Chromium (own profile, no cookies) per test."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="ory-e2e-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1000,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER, log_output=subprocess.DEVNULL))
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


class Screenshots:
    """Numbered screenshots ``NN-step.png`` per framework, numbered across that framework's tests."""

    counters: ClassVar[dict[str, int]] = {}

    def __init__(self, driver: Any, framework: str) -> None:
        self.driver = driver
        self.directory = SCREENSHOTS / framework
        if framework not in self.counters:
            shutil.rmtree(self.directory, ignore_errors=True)
            self.counters[framework] = 0
        self.directory.mkdir(parents=True, exist_ok=True)
        self.framework = framework

    def __call__(self, step: str) -> Path:
        self.counters[self.framework] += 1
        path = self.directory / f"{self.counters[self.framework]:02d}-{step}.png"
        self.driver.save_screenshot(str(path))
        return path


def make_journey(browser: Any, app_url: str, backend: Backend, framework: str) -> Any:
    """A :class:`~journeys.Journey` in ``browser`` on the app at ``app_url`` talking to ``backend`` (the fake
    is pointed at that app first; real Kratos was started for it). Screenshots go to ``<framework>/`` for the
    fake and ``<framework>-real/`` for real Kratos."""
    from .journeys import Journey

    if backend.is_fake:
        backend.fake.configure(ui_url=f"{app_url}/auth")
    folder = framework if backend.is_fake else f"{framework}-real"
    return Journey(browser, app_url, backend, Screenshots(browser, folder))


# --- the apps -------------------------------------------------------------------------------------------
# One server per example app and per Kratos backend (fake / real), for a whole test module. Real Kratos reads
# the app's origin at start (its flows' ui_url and allowed_return_urls), so the app's port is known first:
# the Flask server is bound before either Kratos is needed, the Django one is given a port picked in advance.


def real_kratos_for(config: pytest.Config, app_url: str, **options: Any) -> Iterator[RealKratos]:
    """Real Kratos whose flows send browsers to ``<app_url>/auth/<page>`` (for ``yield from``)."""
    yield from serve_real_kratos(
        config, ui_url=f"{app_url}/auth", allowed_return_urls=[f"{app_url}/"], **options
    )


def on_localhost(url: str) -> str:
    """The same loopback server as ``http://localhost:<port>``: WebAuthn needs a host name (an IP address
    is not a valid relying party id); the server still binds 127.0.0.1 only."""
    return url.replace("://127.0.0.1:", "://localhost:")


def schema_with_webauthn() -> dict[str, Any]:
    """The default identity schema with the email also naming the account for security keys and passkeys
    (Kratos refuses a key for an identity without a WebAuthn identifier: message 4000009)."""
    schema = copy.deepcopy(DEFAULT_IDENTITY_SCHEMA)
    email = schema["properties"]["traits"]["properties"]["email"]
    email["ory.sh/kratos"]["credentials"]["webauthn"] = {"identifier": True}
    email["ory.sh/kratos"]["credentials"]["passkey"] = {"display_name": True}
    return schema


class FlaskSite:
    """The Flask example in this process, on a werkzeug threaded server on a free port.

    :meth:`use` (re)builds the app pointed at a backend; the server and its URL stay, so the real Kratos
    for this URL can be started once and the fake pointed at it per test.
    """

    def __init__(self) -> None:
        from werkzeug.serving import make_server

        spec = importlib.util.spec_from_file_location(
            "ory_e2e_flask_example", EXAMPLES / "flask_app" / "app.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # Flask finds the app's templates through its module
        spec.loader.exec_module(module)
        self._create_app = module.create_app
        self._app: Any = None
        self._server = make_server("127.0.0.1", 0, self._dispatch, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def _dispatch(self, environ: Any, start_response: Any) -> Any:
        return self._app(environ, start_response)

    def use(self, backend: Backend) -> str:
        """A fresh example app (empty session cache) on :attr:`url`, talking to ``backend``."""
        old = self._app
        self._app = self._create_app(
            {
                "ORY_PUBLIC_URL": backend.public_url,
                "ORY_ADMIN_URL": backend.admin_url,
                "ORY_API_KEY": backend.api_key,
            }
        )
        if old is not None:
            old.extensions["ory_facade"].client.close()
        return self.url

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._app is not None:
            self._app.extensions["ory_facade"].client.close()


@pytest.fixture(scope="module")
def flask_site() -> Iterator[FlaskSite]:
    pytest.importorskip("flask", reason="Flask is not installed")
    site = FlaskSite()
    try:
        yield site
    finally:
        site.close()


class DjangoApp:
    """The Django example in a subprocess (its own settings module), on a threaded wsgiref server."""

    def __init__(self, public_url: str, admin_url: str, api_key: str | None, port: int = 0) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ORY_", "KRATOS_", "DJANGO_"))}
        if api_key:
            env["ORY_API_KEY"] = api_key
        command = [sys.executable, str(EXAMPLES / "django_project" / "run.py"), "--port", str(port)]
        command += ["--kratos-public-url", public_url, "--kratos-admin-url", admin_url]
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT
        )
        assert self.process.stdout is not None
        lines: list[str] = []
        deadline = time.monotonic() + 60
        url = None
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("Serving on "):
                url = line.split("Serving on ", 1)[1].strip()
                break
        if url is None:
            self.process.kill()
            self.process.wait()
            self.process.stdout.close()
            raise RuntimeError("the Django example did not start:\n" + "".join(lines))
        self.url = url
        output = self.process.stdout

        def drain() -> None:  # keep reading so the pipe never fills up and blocks the server
            for _ in output:
                pass

        self._reader = threading.Thread(target=drain, daemon=True)
        self._reader.start()

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._reader.join(timeout=5)
        assert self.process.stdout is not None
        self.process.stdout.close()


class DjangoSites:
    """One Django example process per backend, started on first use and kept for the module."""

    def __init__(self) -> None:
        self._ports: dict[str, int] = {}
        self._apps: dict[str, DjangoApp] = {}

    def port(self, name: str) -> int:
        """The port the app for backend ``name`` will listen on (picked now, so Kratos can be told)."""
        return self._ports.setdefault(name, free_port())

    def url_for(self, backend: Backend) -> str:
        app = self._apps.get(backend.name)
        if app is None:
            port = self._ports.get(backend.name, 0)
            app = DjangoApp(backend.public_url, backend.admin_url, backend.api_key, port)
            self._apps[backend.name] = app
        return app.url

    def close(self) -> None:
        for app in self._apps.values():
            app.close()
        self._apps.clear()


@pytest.fixture(scope="module")
def django_sites() -> Iterator[DjangoSites]:
    pytest.importorskip("django", reason="Django is not installed")
    sites = DjangoSites()
    try:
        yield sites
    finally:
        sites.close()
