"""The README's Django quick start, built from the README's text alone in a project made by
``django-admin startproject`` in a temp folder, served by ``manage.py runserver`` and driven in headless
Chromium (issue 14): sign up, verify, the home page signed in, the protected page, sign out, sign in.

Only Kratos' URL is changed in the text; each ``# mysite/<file>`` part is appended to that file.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from backends import Backend, free_port

from ory_facade.testing.real import RealKratos

from .conftest import ROOT, make_journey, real_kratos_for
from .journeys import PASSWORD

pytestmark = pytest.mark.e2e

README = ROOT / "README.md"


def readme_parts() -> dict[str, str]:
    """The Django block split by its ``# mysite/<file>`` markers."""
    block = next(b for b in re.findall(r"```python\n(.*?)```", README.read_text(), re.S) if "# mysite/" in b)
    parts: dict[str, str] = {}
    current = None
    for line in block.splitlines(keepends=True):
        marker = re.fullmatch(r"# (mysite/\w+\.py)\n", line)
        if marker:
            current = marker.group(1)
            parts[current] = ""
        elif current is not None:
            parts[current] += line
    return parts


class Project:
    def __init__(self, folder: Path) -> None:
        pytest.importorskip("django", reason="Django is not installed")
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self._log: Any = None
        subprocess.run(
            [sys.executable, "-m", "django", "startproject", "mysite", str(folder)], check=True, timeout=60
        )

    def build(self, kratos_url: str) -> None:
        for name, text in readme_parts().items():
            path = self.folder / name
            existing = path.read_text() if path.exists() else ""
            path.write_text(existing + "\n" + text.replace("http://127.0.0.1:4433", kratos_url))

    def start(self) -> None:
        self._log = (self.folder / "server.log").open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                assert self.process.poll() is None, (self.folder / "server.log").read_text()[-3000:]
                time.sleep(0.1)
        raise AssertionError("runserver did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
        if self._log is not None:
            self._log.close()
            self._log = None


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return Project(tmp_path_factory.mktemp("readme-django"))


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config, project: Project) -> Iterator[RealKratos]:
    """Real Kratos whose flows send browsers to the quick-start project's /auth pages."""
    yield from real_kratos_for(pytestconfig, project.url)


@pytest.fixture
def served(project: Project, backend: Backend) -> Iterator[Project]:
    if backend.is_fake:
        backend.fake.configure(app_url=project.url)
    if not (project.folder / "mysite" / "views.py").exists():
        project.build(backend.public_url)
    settings = project.folder / "mysite" / "settings.py"
    text = settings.read_text()
    settings.write_text(re.sub(r'"PUBLIC_URL": "[^"]*"', f'"PUBLIC_URL": "{backend.public_url}"', text))
    project.start()
    yield project
    project.stop()


def test_the_django_quick_start_works_in_a_browser(browser: Any, served: Project, backend: Backend) -> None:
    journey = make_journey(browser, served.url, backend, "readme-django")
    email = "quickstart-django@example.com"
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
