"""End-to-end fixtures: headless Chromium (Debian ``chromium`` + ``chromium-driver``) driven by Selenium,
the example apps served on free loopback ports, screenshots under ``artifacts/screenshots/<framework>/``.

Nothing here downloads a browser or a driver: without ``/usr/bin/chromium`` and ``/usr/bin/chromedriver``
(``apt-get install chromium chromium-driver``) or without ``selenium`` the tests are skipped with the reason.
"""

from __future__ import annotations

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

from ory_facade.testing import FakeKratos

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


# --- the apps -------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def flask_app_url(fake_kratos_server: FakeKratos) -> Iterator[str]:
    """The Flask example in this process, on a werkzeug threaded server on a free port."""
    pytest.importorskip("flask", reason="Flask is not installed")
    from werkzeug.serving import make_server

    spec = importlib.util.spec_from_file_location("ory_e2e_flask_example", EXAMPLES / "flask_app" / "app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # Flask finds the app's templates through its module
    spec.loader.exec_module(module)
    app = module.create_app(
        {
            "ORY_PUBLIC_URL": fake_kratos_server.public_url,
            "ORY_ADMIN_URL": fake_kratos_server.admin_url,
            "ORY_API_KEY": fake_kratos_server.api_key,
        }
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        app.extensions["ory_facade"].client.close()


@pytest.fixture(scope="module")
def django_app_url(fake_kratos_server: FakeKratos) -> Iterator[str]:
    """The Django example in a subprocess (its own settings module), on a threaded wsgiref server."""
    pytest.importorskip("django", reason="Django is not installed")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ORY_", "KRATOS_", "DJANGO_"))}
    if fake_kratos_server.api_key:
        env["ORY_API_KEY"] = fake_kratos_server.api_key
    process = subprocess.Popen(
        [
            sys.executable,
            str(EXAMPLES / "django_project" / "run.py"),
            "--port",
            "0",
            "--kratos-public-url",
            fake_kratos_server.public_url,
            "--kratos-admin-url",
            fake_kratos_server.admin_url,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 60
    url = None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.startswith("Serving on "):
            url = line.split("Serving on ", 1)[1].strip()
            break
    if url is None:
        process.kill()
        raise RuntimeError("the Django example did not start:\n" + "".join(lines))
    output = process.stdout

    def drain() -> None:  # keep reading so the pipe never fills up and blocks the server
        for _ in output:
            pass

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        reader.join(timeout=5)
        output.close()
