"""One app server of a shared-cache deployment, run as its own process by test_shared_cache_apps.py.

``python shared_app.py flask|django PORT`` serves on 127.0.0.1:PORT the integration's self-service pages
under ``/auth`` and ``/protected`` ("hello <email>"), with the session cache on the Redis at ``REDIS_URL``
(Flask: ``ORY_SESSION_CACHE_REDIS_URL``; Django: its own Redis cache backend), against the Kratos at
``KRATOS_PUBLIC_URL``. Warnings go to stderr, which the test reads.
"""

from __future__ import annotations

import logging
import os
import sys
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

TTL = 60


def flask_app() -> Any:
    from flask import Flask

    from ory_facade.contrib.flask import Ory, current_session, login_required

    app = Flask(__name__)
    app.config.update(
        ORY_PUBLIC_URL=os.environ["KRATOS_PUBLIC_URL"],
        ORY_SESSION_CACHE_TTL=TTL,
        ORY_SESSION_COOKIE_NAME="ory_kratos_session",
        ORY_SESSION_CACHE_REDIS_URL=os.environ["REDIS_URL"],
    )
    Ory(app)

    @app.get("/protected")
    @login_required
    def protected() -> str:
        return f"hello {current_session.identity.traits['email']}"

    return app


def django_app() -> Any:
    import django
    from django.conf import settings

    settings.configure(
        DEBUG=False,
        SECRET_KEY="shared-app-test-not-secret",
        ALLOWED_HOSTS=["127.0.0.1"],
        ROOT_URLCONF=__name__,
        INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes", "ory_facade.contrib.django"],
        MIDDLEWARE=[
            "django.middleware.csrf.CsrfViewMiddleware",
            "ory_facade.contrib.django.middleware.OrySessionMiddleware",
        ],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        CACHES={
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": os.environ["REDIS_URL"],
                "OPTIONS": {"socket_timeout": 0.25, "socket_connect_timeout": 0.25},
            }
        },
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "ory_facade.contrib.django.context_processors.ory",
                    ]
                },
            }
        ],
        ORY={
            "PUBLIC_URL": os.environ["KRATOS_PUBLIC_URL"],
            "SESSION_CACHE_TTL": TTL,
            "SESSION_CACHE_BACKEND": "default",
            "SESSION_COOKIE_NAME": "ory_kratos_session",
        },
    )
    django.setup()
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def _django_urls() -> list[Any]:
    from django.http import HttpRequest, HttpResponse
    from django.urls import include, path

    from ory_facade.contrib.django.decorators import ory_login_required

    @ory_login_required
    def protected(request: HttpRequest) -> HttpResponse:
        session = request.ory_session  # type: ignore[attr-defined]
        return HttpResponse(f"hello {session.identity.traits['email']}")

    return [path("auth/", include("ory_facade.contrib.django.urls")), path("protected", protected)]


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def __getattr__(name: str) -> Any:  # Django's ROOT_URLCONF reads urlpatterns from this module
    if name == "urlpatterns":
        return _django_urls()
    raise AttributeError(name)


def main() -> None:
    framework, port = sys.argv[1], int(sys.argv[2])
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s %(message)s")
    app = flask_app() if framework == "flask" else django_app()
    server = make_server("127.0.0.1", port, app, server_class=_Server, handler_class=_QuietHandler)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
