"""Settings of the Django example: Ory Kratos through ``ory_facade.contrib.django``, no database needed."""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "example-only-not-secret")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "ory_facade.contrib.django",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",  # stays on: the self-service forms carry Django's token
    "ory_facade.contrib.django.middleware.OrySessionMiddleware",
]

ROOT_URLCONF = "example_project.urls"
WSGI_APPLICATION = "example_project.wsgi.application"
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "ory_facade.contrib.django.context_processors.ory",
            ]
        },
    }
]

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

ORY = {
    "PUBLIC_URL": os.environ.get("KRATOS_PUBLIC_URL", "http://127.0.0.1:4433"),
    "ADMIN_URL": os.environ.get("KRATOS_ADMIN_URL") or None,
    "API_KEY": os.environ.get("ORY_API_KEY") or None,
    "UI_MODE": "server",
    "DEFAULT_RETURN_TO": "/dashboard",
    # whoami at most every 10 s per session; logout here invalidates, a revocation elsewhere is seen
    # within the TTL. Keyed by Kratos' session cookie (its session.cookie.name).
    "SESSION_CACHE_TTL": 10,
    "SESSION_CACHE_BACKEND": "default",  # Django's cache framework
    "SESSION_COOKIE_NAME": os.environ.get("KRATOS_SESSION_COOKIE_NAME", "ory_kratos_session"),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.server": {"handlers": ["console"], "level": "WARNING"}},
}
