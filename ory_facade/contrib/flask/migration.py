"""Flask: the password migration hook and the ``flask ory import-users`` command.

Example::

    from werkzeug.security import check_password_hash
    from ory_facade.contrib.flask import Ory
    from ory_facade.contrib.flask.migration import init_migration

    def old_password_ok(identifier, password):
        user = User.query.filter_by(email=identifier.lower()).first()
        return user is not None and check_password_hash(user.password_hash, password)

    def users():  # what `flask ory import-users` reads
        for user in User.query.order_by(User.id):
            yield ImportUser(local_id=str(user.id), email=user.email, password_hash=user.password_hash,
                             is_active=user.active)

    app.config["ORY_PASSWORD_MIGRATION_SECRET"] = os.environ["ORY_PASSWORD_MIGRATION_SECRET"]
    Ory(app)
    init_migration(app, check_password=old_password_ok, user_source=users)

This mounts ``POST /auth/password-migration`` (under ``ORY_URL_PREFIX``; ``path=`` changes it) and adds the
``flask ory import-users`` command (options ``--dry-run``, ``--report PATH``, ``--batch-size N``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click
from flask import Blueprint, Flask, Response, current_app, request
from flask.cli import AppGroup, with_appcontext

from ...password_import import BATCH_LIMIT, ImportReport, ImportUser, import_users
from ..password_migration import MAX_BODY, SECRET_HEADER, answer
from .extension import ory_state

__all__ = ["MIGRATION_KEY", "init_migration", "run_import"]

MIGRATION_KEY = "ory_facade_migration"


def init_migration(
    app: Flask,
    *,
    check_password: Callable[[str, str], bool] | None = None,
    user_source: Callable[[], Iterable[ImportUser]] | None = None,
    path: str | None = None,
) -> None:
    """Register the hook view (when ``check_password`` is given) and the ``flask ory`` commands."""
    app.extensions[MIGRATION_KEY] = {"check_password": check_password, "user_source": user_source}
    if check_password is not None:
        blueprint = Blueprint("ory_facade_migration", __name__)
        prefix = str(app.config.get("ORY_URL_PREFIX") or "/auth").rstrip("/")
        blueprint.add_url_rule(path or f"{prefix}/password-migration", "hook", _hook_view, methods=["POST"])
        app.register_blueprint(blueprint)
    group = AppGroup("ory", help="Ory Kratos: import the app's users.")
    group.add_command(_import_users)
    app.cli.add_command(group)


def _hook_view() -> Response:
    registered = current_app.extensions.get(MIGRATION_KEY) or {}
    check = registered.get("check_password")
    result = answer(
        request.headers.get(SECRET_HEADER),
        request.stream.read(MAX_BODY + 1),
        secret=current_app.config.get("ORY_PASSWORD_MIGRATION_SECRET"),
        check=check if check is not None else (lambda identifier, password: False),
    )
    return Response(result.json(), status=result.status, mimetype="application/json")


def run_import(
    users: Iterable[ImportUser],
    *,
    dry_run: bool = False,
    report_path: str | None = None,
    batch_size: int = BATCH_LIMIT,
    out: Callable[[str], Any] = click.echo,
    total: int | None = None,
) -> ImportReport:
    """The command's body: import with a progress line, print the summary, write the report."""
    client = ory_state().client
    interactive = sys.stderr.isatty()

    def progress(done: int) -> None:
        text = f"ory import-users: {done}" + (f"/{total}" if total else "") + " users"
        if interactive:
            click.echo("\r" + text, nl=False, err=True)
        else:
            click.echo(text, err=True)

    report = import_users(client, users, dry_run=dry_run, batch_size=batch_size, on_progress=progress)
    if interactive:
        click.echo("", err=True)
    out(report.summary())
    for row in report.rows:
        if row.status == "failed":
            out(f"  failed: local id {row.local_id}: {row.reason}")
    if report_path:
        report.write(Path(report_path))
        out(f"report written to {report_path}")
    return report


@click.command("import-users")
@click.option("--dry-run", is_flag=True, help="Check every user against the identity schema; create nothing.")
@click.option("--report", "report_path", default=None, help="Write the report here (.csv or .json).")
@click.option("--batch-size", default=BATCH_LIMIT, show_default=True, type=click.IntRange(1, BATCH_LIMIT))
@with_appcontext
def _import_users(dry_run: bool, report_path: str | None, batch_size: int) -> None:
    """Import the users of ``user_source`` (see init_migration) into Kratos with their password hashes."""
    registered = current_app.extensions.get(MIGRATION_KEY) or {}
    source = registered.get("user_source")
    if source is None:
        raise click.UsageError("no user source: pass user_source= to init_migration()")
    users = source()
    total = len(users) if hasattr(users, "__len__") else None
    report = run_import(users, dry_run=dry_run, report_path=report_path, batch_size=batch_size, total=total)
    if report.failed:
        sys.exit(1)
