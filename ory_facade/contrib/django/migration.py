"""Django: the password migration hook view and the users :func:`import_users` reads from the user model.

Mount the view where Kratos' ``migrate_hook`` URL points, and set the shared secret::

    # urls.py
    from ory_facade.contrib.django.migration import password_migration_hook
    urlpatterns += [path("auth/password-migration", password_migration_hook)]
    # settings.py
    ORY = {..., "PASSWORD_MIGRATION_SECRET": os.environ["ORY_PASSWORD_MIGRATION_SECRET"]}

The view finds the user by email (case-insensitive), else by ``USERNAME_FIELD``, and checks the password
with ``django.contrib.auth.hashers.check_password`` against the stored hash, so every hasher in
``PASSWORD_HASHERS`` (``bcrypt_sha256``, custom ones) is understood. It is CSRF-exempt (Kratos is no
browser) and authenticated by the secret header instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ...password_import import ImportUser
from ..password_migration import MAX_BODY, SECRET_HEADER, answer
from .conf import get_settings

__all__ = ["check_user_password", "find_user", "password_migration_hook", "user_to_import", "users_to_import"]


def find_user(identifier: str) -> Any:
    """The user Kratos means by ``identifier``: by email (iexact), else by the username field."""
    model = get_user_model()
    manager = model._default_manager
    email_field = model.get_email_field_name()
    if any(f.name == email_field for f in model._meta.get_fields()):
        found = manager.filter(**{f"{email_field}__iexact": identifier}).order_by("pk").first()
        if found is not None:
            return found
    username_field = str(model.USERNAME_FIELD)
    return manager.filter(**{username_field: identifier}).first()


def check_user_password(identifier: str, password: str) -> bool:
    """True when ``password`` matches the stored hash of the user ``identifier`` names (no re-hash)."""
    user = find_user(identifier)
    if user is None or not user.has_usable_password():
        return False
    return bool(check_password(password, user.password))


@csrf_exempt
@require_POST
def password_migration_hook(request: HttpRequest) -> HttpResponse:
    """Kratos' password migration web hook (see the module docstring)."""
    result = answer(
        request.headers.get(SECRET_HEADER),
        request.read(MAX_BODY + 1),
        secret=get_settings().password_migration_secret,
        check=check_user_password,
    )
    return HttpResponse(result.json(), status=result.status, content_type="application/json")


def user_to_import(user: Any) -> ImportUser:
    """One user of any ``AUTH_USER_MODEL``: email, first/last name, the hash, is_active, date_joined, pk."""
    model = type(user)
    email = getattr(user, model.get_email_field_name(), "") or ""
    return ImportUser(
        local_id=str(user.pk),
        email=str(email),
        password_hash=str(user.password or "") or None,
        first_name=str(getattr(user, "first_name", "") or ""),
        last_name=str(getattr(user, "last_name", "") or ""),
        is_active=bool(getattr(user, "is_active", True)),
        date_joined=getattr(user, "date_joined", None),
    )


def users_to_import(queryset: Any = None) -> Iterator[ImportUser]:
    """Every user (or those of ``queryset``) in primary-key order, read in chunks."""
    users = queryset if queryset is not None else get_user_model()._default_manager.all()
    for user in users.order_by("pk").iterator(chunk_size=2000):
        yield user_to_import(user)
