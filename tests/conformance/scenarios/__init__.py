"""All scenarios; importing this package registers them."""

from . import admin, login, recovery, registration, sessions, settings, verification  # noqa: F401
