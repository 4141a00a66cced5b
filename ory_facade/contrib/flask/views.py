"""The self-service blueprint: ``/login``, ``/registration``, ``/recovery``, ``/verification``, ``/settings``,
``/logout`` and ``/error`` (mounted under ``ORY_URL_PREFIX``, ``/auth`` by default).

Templates live in ``ory_facade/<page>.html``; put a file of the same name in your app's ``templates/`` folder
to override one (``ory_facade/base.html`` holds the layout, ``ory_facade/_flow.html`` the form rendering).
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, redirect
from werkzeug.wrappers import Response

from ..selfservice import KINDS
from .extension import incoming, ory_state
from .responses import to_response

__all__ = ["blueprint"]

blueprint = Blueprint("ory", __name__, template_folder="templates")


def _flow_view(kind: str) -> Callable[[], Response]:
    def view() -> Response:
        return to_response(ory_state().selfservice.flow_page(kind, incoming()))

    view.__name__ = f"{kind}_view"
    view.__doc__ = f"The {kind} page: create, show and (server mode) submit {kind} flows."
    return view


for _kind in KINDS:
    blueprint.add_url_rule(f"/{_kind}", endpoint=_kind, view_func=_flow_view(_kind), methods=["GET", "POST"])


@blueprint.route("/logout", methods=["GET", "POST"])
def logout() -> Response:
    """GET: a confirmation form with Kratos' logout token; POST: sign out and clear the session cookie."""
    return to_response(ory_state().selfservice.logout_page(incoming()))


@blueprint.get("/error")
def error() -> Response:
    """Kratos' error UI (``?id=``)."""
    return to_response(ory_state().selfservice.error_page(incoming()))


@blueprint.get("/")
def index() -> Response:
    """Kratos' default return URL when its UI URL is this blueprint: on to the app's default page."""
    return redirect(ory_state().settings.default_return_to, code=303)
