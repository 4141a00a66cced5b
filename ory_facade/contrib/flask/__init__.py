"""Flask integration: the ``Ory`` extension, ``current_session``, guards and the self-service pages.

Example::

    from flask import Flask
    from ory_facade.contrib.flask import Ory, current_session, login_required

    app = Flask(__name__)
    app.config["ORY_PUBLIC_URL"] = "http://127.0.0.1:4433"
    Ory(app)

    @app.get("/dashboard")
    @login_required
    def dashboard() -> str:
        return f"Hello {current_session.identity.traits['email']}"

Requires Flask (``pip install 'ory-facade[flask]'``).
"""

from __future__ import annotations

from .extension import CONFIG_DEFAULTS, Ory, OryState, current_session, get_session, ory_state
from .guards import aal2_required, guest_only, login_required
from .responses import relay_set_cookies

__all__ = [
    "CONFIG_DEFAULTS",
    "Ory",
    "OryState",
    "aal2_required",
    "current_session",
    "get_session",
    "guest_only",
    "login_required",
    "ory_state",
    "relay_set_cookies",
]
