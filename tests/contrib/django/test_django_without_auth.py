"""A project without ``django.contrib.auth`` and ``contenttypes`` uses the middleware and the decorators
(they import ``auth`` only for ``DJANGO_USER``), configured from the environment alone. In a fresh
process: this test session's Django has ``auth`` installed and imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from backends import Backend

from ..helpers import PASSWORD, browser_session_cookie

ROOT = Path(__file__).resolve().parents[3]

PROJECT = r"""
import json, os, sys
import django
from django.conf import settings

settings.configure(
    SECRET_KEY="not-secret",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF="noauth_urls",
    INSTALLED_APPS=["ory_facade.contrib.django"],
    MIDDLEWARE=["ory_facade.contrib.django.middleware.OrySessionMiddleware"],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}],
    ORY={"DJANGO_USER": sys.argv[1] == "user"},   # the URLs come from KRATOS_PUBLIC_URL / KRATOS_ADMIN_URL
)
django.setup()
from django.core import checks
from django.test import Client

ids = sorted(m.id for m in checks.run_checks())
out = {"checks": ids}
if sys.argv[1] == "plain":
    client = Client()
    out["anonymous"] = client.get("/protected").status_code
    client.cookies.load(os.environ["TEST_COOKIE"])
    signed_in = client.get("/protected")
    out["signed_in"] = [signed_in.status_code, signed_in.content.decode()]
    out["auth_models_imported"] = "django.contrib.auth.models" in sys.modules
print(json.dumps(out))
"""

URLS = """
from django.http import HttpResponse
from django.urls import include, path
from ory_facade.contrib.django.decorators import ory_login_required


@ory_login_required
def protected(request):
    return HttpResponse("hello " + request.ory_session.identity.traits["email"])


urlpatterns = [path("auth/", include("ory_facade.contrib.django.urls")), path("protected", protected)]
"""


def _run(tmp_path: Path, backend: Backend, mode: str, cookie: str = "") -> dict[str, object]:
    (tmp_path / "noauth_urls.py").write_text(URLS)
    (tmp_path / "project.py").write_text(PROJECT)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ORY_", "KRATOS_", "DJANGO_"))}
    env.update(KRATOS_PUBLIC_URL=backend.public_url, KRATOS_ADMIN_URL=backend.admin_url, TEST_COOKIE=cookie)
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(ROOT), str(ROOT / "generated")])
    proc = subprocess.run(
        [sys.executable, "-W", "error", str(tmp_path / "project.py"), mode],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def test_middleware_and_decorators_without_auth_apps(tmp_path: Path, backend: Backend) -> None:
    backend.create_identity(email="ada@example.com", password=PASSWORD)
    out = _run(tmp_path, backend, "plain", browser_session_cookie(backend, "ada@example.com"))
    assert out["checks"] == ["ory_facade.W003"]  # only: no context processor for the project's templates
    assert out["anonymous"] == 302
    assert out["signed_in"] == [200, "hello ada@example.com"]
    assert out["auth_models_imported"] is False


def test_django_user_without_auth_apps_is_a_check_error(tmp_path: Path, backend: Backend) -> None:
    out = _run(tmp_path, backend, "user")
    assert "ory_facade.E008" in out["checks"]  # type: ignore[operator]
