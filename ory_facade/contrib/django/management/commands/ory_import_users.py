"""``manage.py ory_import_users``: every user of ``AUTH_USER_MODEL`` into Kratos, with the password hash.

Progress goes to stderr with Django's own output styling: a line per batch (a carriage-return line on a
terminal), no extra dependency. The summary and the failed rows go to stdout; ``--report`` writes every
row (``.csv`` or ``.json``). No hash or password is printed. The exit status is 1 when a row failed.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from .....password_import import BATCH_LIMIT, import_users
from ...migration import users_to_import
from ...runtime import get_client


class Command(BaseCommand):
    help = "Import the users of AUTH_USER_MODEL into Ory Kratos with their password hashes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Validate every user; create nothing.")
        parser.add_argument("--report", metavar="PATH", help="Write the report here (.csv or .json).")
        parser.add_argument("--batch-size", type=int, default=BATCH_LIMIT, help="Users per Kratos request.")

    def handle(self, *args: Any, **options: Any) -> None:
        batch_size = int(options["batch_size"])
        if not 1 <= batch_size <= BATCH_LIMIT:
            raise CommandError(f"--batch-size must be between 1 and {BATCH_LIMIT}")
        total = get_user_model()._default_manager.count()
        interactive = self.stderr.isatty()

        def progress(done: int) -> None:
            line = f"ory_import_users: {done}/{total} users"
            if interactive:
                self.stderr.write("\r" + line, ending="")
                self.stderr.flush()
            else:
                self.stderr.write(line)

        report = import_users(
            get_client(),
            users_to_import(),
            dry_run=bool(options["dry_run"]),
            batch_size=batch_size,
            on_progress=progress,
        )
        if interactive:
            self.stderr.write("")
        style = self.style.ERROR if report.failed else self.style.SUCCESS
        self.stdout.write(style(report.summary()))
        for row in report.rows:
            if row.status == "failed":
                self.stdout.write(self.style.WARNING(f"  failed: local id {row.local_id}: {row.reason}"))
        if options["report"]:
            report.write(options["report"])
            self.stdout.write(f"report written to {options['report']}")
        if report.failed:
            raise CommandError(f"{report.failed} users were not imported", returncode=1)
