"""Session endpoints: whoami, the caller's other sessions, and the admin session API."""

from __future__ import annotations

from datetime import timedelta

from ory_facade.testing.app import KratosApp, is_uuid
from ory_facade.testing.errors import KratosError
from ory_facade.testing.httpio import Request, Response
from ory_facade.testing.models import Session
from ory_facade.testing.pagination import migration, paginate

_JSON_204 = [("Content-Type", "application/json; charset=utf-8")]  # herodot WriteCode(204, nil)

__all__ = [
    "admin_disable",
    "admin_extend",
    "admin_get",
    "admin_list",
    "delete_identity_sessions",
    "disable_mine",
    "disable_my_others",
    "list_identity_sessions",
    "list_mine",
    "whoami",
]


def _require(app: KratosApp, req: Request) -> Session:
    session = app.session_from(req)
    if session is None:
        raise KratosError.no_session_found()
    return session


def whoami(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    session = _require(app, req)
    if req.arg("tokenize_as"):
        raise KratosError.bad_request(f'Unable to find tokenizer template "{req.arg("tokenize_as")}".')
    if not app.aal_satisfied(session, app.config.whoami_required_aal):
        raise KratosError.aal2_required(app.aal2_login_url())
    headers = [("X-Kratos-Authenticated-Identity-Id", session.identity_id)]
    return Response.json(200, app.session_json(session), headers)


def _sorted(sessions: list[Session]) -> list[Session]:
    return sorted(sessions, key=lambda s: (s.issued_at, s.id), reverse=True)


def list_mine(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    session = _require(app, req)
    now = app.now()
    others = [
        s for s in app.state.sessions_of(session.identity_id) if s.id != session.id and s.is_usable(now)
    ]
    page, headers = migration(req, _sorted(others))
    return Response.json(
        200, [_admin_json(app, s, {"identity", "devices"}, by_identity=True) for s in page], headers
    )


def disable_my_others(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    session = _require(app, req)
    count = 0
    # Kratos counts the rows its UPDATE touched: every other session, already revoked ones included.
    for other in app.state.sessions_of(session.identity_id):
        if other.id != session.id:
            other.active = False
            count += 1
    return Response.json(200, {"count": count})


def disable_mine(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    session_id = params["id"]
    if session_id == "whoami":
        return whoami(app, req, params)
    session = _require(app, req)
    if not is_uuid(session_id):
        raise KratosError.bad_request(f"uuid: incorrect UUID format {session_id}")
    if session_id == session.id:
        raise KratosError(400, message="cannot revoke current session")
    target = app.state.sessions.get(session_id)
    # RevokeSession is an UPDATE ... WHERE id AND identity_id: no match is no error (persister_session.go).
    if target is not None and target.identity_id == session.identity_id:
        target.active = False
    return Response(204, _JSON_204, b"")


def _active_filter(req: Request) -> bool | None:
    raw = req.arg("active")
    if not raw:
        return None
    lowered = raw.lower()
    if lowered in ("true", "1", "t"):
        return True
    if lowered in ("false", "0", "f"):
        return False
    raise KratosError(400, message="could not parse parameter active")


def _expand(req: Request) -> set[str]:
    out: set[str] = set()
    for value in req.args("expand"):
        lowered = value.lower()
        if lowered not in ("identity", "devices"):
            raise KratosError.bad_request(f"Could not parse expand option: {value}")
        out.add(lowered)
    return out


def _admin_json(
    app: KratosApp, session: Session, expand: set[str], *, by_identity: bool = False, get: bool = False
) -> dict[str, object]:
    """Session.Identity and Session.Devices have no omitempty: null unless expanded (session/session.go).
    GetSession starts from an empty device list; the per-identity lists eager-load the bare identity row
    (no addresses, no schema_url injected) (persistence/sql/persister_session.go)."""
    identity = app.state.identities.get(session.identity_id)
    # Identity.MarshalJSON drops metadata_admin and credentials, on the admin port too (identity/identity.go).
    rendered = identity.to_json(app.public_url, admin=False) if identity and "identity" in expand else None
    if rendered is not None and by_identity:
        rendered.pop("verifiable_addresses", None)
        rendered.pop("recovery_addresses", None)
        rendered["schema_url"] = ""
    out = session.to_json(rendered, devices="devices" in expand, now=app.now())
    out["identity"] = rendered
    if "devices" not in expand:
        out["devices"] = [] if get else None
    return out


def admin_list(app: KratosApp, req: Request, _: dict[str, str]) -> Response:
    active = _active_filter(req)
    expand = _expand(req)
    now = app.now()
    sessions = [s for s in app.state.sessions.values() if active is None or s.is_usable(now) == active]
    page, headers = paginate(req, _sorted(sessions))
    return Response.json(200, [_admin_json(app, s, expand) for s in page], headers)


def _admin_session(app: KratosApp, session_id: str) -> Session:
    if not is_uuid(session_id):
        raise KratosError(400, message=f"uuid: incorrect UUID format {session_id}")
    session = app.state.sessions.get(session_id)
    if session is None:
        raise KratosError.not_found()
    return session


def admin_get(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    expand = _expand(req)
    session = _admin_session(app, params["id"])
    return Response.json(200, _admin_json(app, session, expand, get=True))


def admin_disable(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    session = _admin_session(app, params["id"])
    session.active = False
    return Response(204, _JSON_204, b"")


def admin_extend(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    session = _admin_session(app, params["id"])
    if not session.is_usable(app.now()):
        raise KratosError.not_found()
    session.expires_at = app.now() + timedelta(seconds=app.config.session_lifespan)
    # feature_flags.faster_session_extend defaults to false: the session comes back with its identity
    # (GetSession with ExpandDefault, session/handler.go adminSessionExtend).
    return Response.json(200, _admin_json(app, session, {"identity"}, get=True))


def list_identity_sessions(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    identity_id = params["id"]
    if not is_uuid(identity_id):
        raise KratosError(400, message=f"uuid: incorrect UUID format {identity_id}")
    active = _active_filter(req)
    now = app.now()
    sessions = [s for s in app.state.sessions_of(identity_id) if active is None or s.is_usable(now) == active]
    page, headers = migration(req, _sorted(sessions))
    return Response.json(
        200, [_admin_json(app, s, {"identity", "devices"}, by_identity=True) for s in page], headers
    )


def delete_identity_sessions(app: KratosApp, req: Request, params: dict[str, str]) -> Response:
    identity_id = params["id"]
    if identity_id not in app.state.identities:
        raise KratosError.not_found()
    for session in app.state.sessions_of(identity_id):
        del app.state.sessions[session.id]
    return Response.empty(204)
