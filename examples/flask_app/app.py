"""A Flask app protected by Ory Kratos through ``ory_facade.contrib.flask``.

``create_app()`` reads ``KRATOS_PUBLIC_URL`` / ``KRATOS_ADMIN_URL`` / ``ORY_API_KEY``; ``run.py`` starts it
next to an embedded fake Kratos.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask, jsonify, render_template

from ory_facade.contrib.flask import Ory, aal2_required, current_session, login_required


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        ORY_PUBLIC_URL=os.environ.get("KRATOS_PUBLIC_URL"),
        ORY_ADMIN_URL=os.environ.get("KRATOS_ADMIN_URL"),
        ORY_API_KEY=os.environ.get("ORY_API_KEY"),
        ORY_UI_MODE="server",  # forms post to this app, which talks to Kratos
        # whoami at most every 10 s per session; logout here invalidates, a revocation elsewhere is seen
        # within the TTL. Keyed by Kratos' session cookie (its session.cookie.name).
        ORY_SESSION_CACHE_TTL=10,
        ORY_SESSION_COOKIE_NAME=os.environ.get("KRATOS_SESSION_COOKIE_NAME", "ory_kratos_session"),
        ORY_DEFAULT_RETURN_TO="/dashboard",
    )
    app.config.update(config or {})
    Ory(app)

    @app.get("/")
    def home() -> str:
        return render_template("home.html")

    @app.get("/dashboard")
    @login_required
    def dashboard() -> str:
        return render_template("dashboard.html", traits=current_session.identity.traits)

    @app.get("/api/me")
    @login_required
    def me() -> Any:
        return jsonify(id=current_session.identity.id, email=current_session.identity.traits.get("email"))

    @app.get("/admin")
    @aal2_required
    def admin() -> str:
        return "Second factor confirmed."

    return app
