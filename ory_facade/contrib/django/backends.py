"""An optional authentication backend mapping Ory identities to Django users.

With ``ORY["DJANGO_USER"] = True`` the middleware sets ``request.user`` to the user this backend returns for
the request's Kratos session (created on first sight, updated on every mapping). Kratos stays the source of
truth: there is no Django login session, the mapping happens per request (lazily, when ``request.user`` is
read).

Override the hooks in a subclass (as with mozilla-django-oidc's ``OIDCAuthenticationBackend``)::

    class MyBackend(OryBackend):
        def user_lookup(self, identity):
            return {"email": identity.traits["email"]}

        def update_user(self, user, identity):
            user.first_name = identity.traits.get("name", {}).get("first", "")
            user.save(update_fields=["first_name"])
            return user

Users moved in with ``manage.py ory_import_users`` keep their Django row: the identity carries the user's pk
as ``metadata_admin["local_id"]`` (and as ``external_id`` on Kratos v25.4.0+), and
:meth:`OryBackend.find_user` finds them by it when no user is named after the identity: from the
session's identity when it carries one, else with one admin call (``ORY["ADMIN_URL"]``) per identity
and process, remembered afterwards.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, cast

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend
from django.http import HttpRequest

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from ory_kratos_api.models.identity import Identity
    from ory_kratos_api.models.session import Session

__all__ = ["OryBackend"]

_LOCAL_IDS: OrderedDict[str, str | None] = OrderedDict()  # identity id -> local id (None: not imported)
_LOCAL_IDS_MAX = 10_000
_LOCAL_IDS_LOCK = threading.Lock()


def _local_id_of(identity: Identity) -> str | None:
    """The ``local_id`` the importer stored, if the identity at hand shows it."""
    metadata = identity.metadata_admin
    if isinstance(metadata, dict) and metadata.get("local_id") is not None:
        return str(metadata["local_id"])
    external = getattr(identity, "external_id", None)
    if isinstance(external, str) and external:
        return external
    return None


class OryBackend(BaseBackend):
    """``authenticate(request, ory_session=session)`` → the Django user of the session's identity."""

    #: Create a user the first time an identity is seen (False: only existing users may sign in).
    create_unknown_user = True

    def authenticate(
        self, request: HttpRequest | None, ory_session: Session | None = None, **kwargs: Any
    ) -> AbstractBaseUser | None:
        if ory_session is None:
            return None
        from ory_kratos_api.models.identity import Identity

        identity = ory_session.identity
        if not isinstance(identity, Identity):  # Kratos leaves it out while a second factor is pending
            return None
        user = self.find_user(identity)
        if user is None:
            if not self.create_unknown_user:
                return None
            user = self.create_user(identity)
        else:
            user = self.update_user(user, identity)
        return user if self.user_can_authenticate(user) else None

    def get_user(self, user_id: Any) -> AbstractBaseUser | None:
        model = get_user_model()
        try:
            return model._default_manager.get(pk=user_id)
        except model.DoesNotExist:
            return None

    # --- hooks -------------------------------------------------------------------------------------
    def user_lookup(self, identity: Identity) -> dict[str, Any]:
        """Fields identifying the user of ``identity``; by default the username is the identity id."""
        username_field = cast(str, get_user_model().USERNAME_FIELD)
        return {username_field: str(identity.id)}

    def user_defaults(self, identity: Identity) -> dict[str, Any]:
        """Fields of a new user; by default the ``email`` trait when the model has an email field."""
        model = get_user_model()
        traits = identity.traits if isinstance(identity.traits, dict) else {}
        email = traits.get("email")
        field = model.get_email_field_name()
        if isinstance(email, str) and any(f.name == field for f in model._meta.get_fields()):
            return {field: email}
        return {}

    #: Look imported users up by the local id in the identity's ``metadata_admin`` (an admin call when the
    #: session does not show it; once per identity and process).
    find_imported_users = True

    def find_user(self, identity: Identity) -> AbstractBaseUser | None:
        manager = get_user_model()._default_manager
        user = manager.filter(**self.user_lookup(identity)).first()
        if user is not None or not self.find_imported_users:
            return user
        local_id = self.local_id(identity)
        return manager.filter(pk=local_id).first() if local_id is not None else None

    def local_id(self, identity: Identity) -> str | None:
        """The app's id of an imported user (``metadata_admin["local_id"]``, else ``external_id``) or None."""
        found = _local_id_of(identity)
        if found is not None:
            return found
        key = str(identity.id)
        with _LOCAL_IDS_LOCK:
            if key in _LOCAL_IDS:
                _LOCAL_IDS.move_to_end(key)
                return _LOCAL_IDS[key]
        from ...errors import OryError
        from .runtime import get_client

        client = get_client()
        if not client.admin_url:
            return None
        try:
            found = _local_id_of(client.admin.identities.get(key))
        except OryError:
            return None  # not remembered: asked again next time
        with _LOCAL_IDS_LOCK:
            _LOCAL_IDS[key] = found
            while len(_LOCAL_IDS) > _LOCAL_IDS_MAX:
                _LOCAL_IDS.popitem(last=False)
        return found

    def create_user(self, identity: Identity) -> AbstractBaseUser:
        """A new user without a usable password (Kratos holds the credentials)."""
        model = get_user_model()
        user = model(**self.user_lookup(identity), **self.user_defaults(identity))
        user.set_unusable_password()
        user.save()
        return user

    def update_user(self, user: AbstractBaseUser, identity: Identity) -> AbstractBaseUser:
        """Called on every mapping of an existing user; by default keeps the email in sync."""
        changed = [k for k, v in self.user_defaults(identity).items() if getattr(user, k, None) != v]
        if changed:
            for key in changed:
                setattr(user, key, self.user_defaults(identity)[key])
            user.save(update_fields=changed)
        return user

    def user_can_authenticate(self, user: AbstractBaseUser) -> bool:
        return getattr(user, "is_active", True) is not False
