"""Creating and changing identities: schema validation, identifiers, addresses, conflicts.

Shared by registration, settings, the admin API and the ``FakeKratos.create_identity`` helper.
"""

from __future__ import annotations

from typing import Any

from ory_facade.testing import hashing, texts, totp
from ory_facade.testing.app import KratosApp, new_id
from ory_facade.testing.errors import KratosError
from ory_facade.testing.models import Credential, Identity, RecoveryAddress, VerifiableAddress
from ory_facade.testing.texts import Text

__all__ = ["ConflictIndex", "IdentityConflictError", "apply_traits", "create_identity", "password_policy"]


class IdentityConflictError(Exception):
    """Another identity already uses one of the identifiers, addresses or the external id."""


def _longest_common_substring(a: str, b: str) -> int:
    best = 0
    previous = [0] * (len(b) + 1)
    for ca in a:
        current = [0] * (len(b) + 1)
        for j, cb in enumerate(b, start=1):
            if ca == cb:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def password_policy(app: KratosApp, password: str, identifiers: list[str]) -> Text | None:
    """Kratos' default password validator, minus the haveibeenpwned lookup (no network)."""
    if len(password) < app.config.password_min_length:
        return texts.error_password_min_length(app.config.password_min_length, len(password))
    if app.config.password_identifier_similarity_check:
        lowered = password.lower()
        for identifier in identifiers:
            common = _longest_common_substring(identifier.lower(), lowered)
            if common >= 5 and common / max(len(lowered), 1) >= 0.5:
                return texts.error_password_too_similar()
    return None


def _conflict_keys(identity: Identity) -> set[tuple[str, str]]:
    """What no two identities may share: password identifiers, addresses, the external id."""
    keys = {
        ("id", i.lower())
        for c in identity.credentials.values()
        if c.type == "password"
        for i in c.identifiers
    }
    keys.update(("verifiable:" + a.via, a.value.lower()) for a in identity.verifiable_addresses)
    keys.update(("recovery:" + a.via, a.value.lower()) for a in identity.recovery_addresses)
    if identity.external_id:
        keys.add(("external_id", identity.external_id))
    return keys


class ConflictIndex:
    """The conflict keys of every stored identity, built once for a batch (under the app's lock), so a
    batch of b creates costs O(n + b) instead of O(n * b)."""

    def __init__(self, app: KratosApp) -> None:
        self.owners: dict[tuple[str, str], str] = {}
        for other in app.state.identities.values():
            self.add(other)

    def add(self, identity: Identity) -> None:
        for key in _conflict_keys(identity):
            self.owners.setdefault(key, identity.id)

    def check(self, identity: Identity) -> None:
        for key in _conflict_keys(identity):
            owner = self.owners.get(key)
            if owner is not None and owner != identity.id:
                raise IdentityConflictError


def _check_conflicts(app: KratosApp, identity: Identity) -> None:
    mine_ids = {
        i.lower() for c in identity.credentials.values() if c.type == "password" for i in c.identifiers
    }
    mine_addresses = {(a.via, a.value.lower()) for a in identity.verifiable_addresses}
    mine_recovery = {(a.via, a.value.lower()) for a in identity.recovery_addresses}
    for other in app.state.identities.values():
        if other.id == identity.id:
            continue
        cred = other.credentials.get("password")
        if cred is not None and mine_ids & {i.lower() for i in cred.identifiers}:
            raise IdentityConflictError
        if mine_addresses & {(a.via, a.value.lower()) for a in other.verifiable_addresses}:
            raise IdentityConflictError
        if mine_recovery & {(a.via, a.value.lower()) for a in other.recovery_addresses}:
            raise IdentityConflictError
        if identity.external_id and identity.external_id == other.external_id:
            raise IdentityConflictError


def validate_traits(app: KratosApp, traits: Any) -> None:
    """Admin-API validation: a 400 whose reason lists the failures like Kratos does."""
    errors = app.schema.validate(traits)
    if not errors:
        return
    lines: list[str] = []
    missing: dict[str, list[str]] = {}  # one "missing properties" line per object, listing them all
    for error in errors:
        line = error.admin_reason()
        head, sep, name = line.partition("] missing properties: ")
        if not sep:
            lines.append(line)
        elif head in missing:
            missing[head].append(name)
        else:
            missing[head] = [name]
            lines.append(head)
    raise KratosError.bad_request(
        "\n".join(
            f"{line}] missing properties: {', '.join(missing[line])}" if line in missing else line
            for line in lines
        )
    )


def apply_traits(app: KratosApp, identity: Identity, traits: Any) -> None:
    """Set traits and recompute identifiers and addresses, keeping the state of unchanged addresses."""
    now = app.now()
    ext = app.schema.extensions(traits)
    identity.traits = traits
    cred = identity.credentials.get("password")
    identifiers = list(dict.fromkeys(i.lower() for i in ext.identifiers))
    if cred is not None:
        cred.identifiers = identifiers
        cred.updated_at = now
    elif identifiers:
        # The schema's identifier extension sets up a password credential with the identifiers and no
        # config even without a password (identity/extension_credentials.go setIdentifier).
        identity.credentials["password"] = Credential("password", identifiers, {}, now, now)
    old_verifiable = {(a.via, a.value): a for a in identity.verifiable_addresses}
    identity.verifiable_addresses = [
        old_verifiable.get((via, value))
        or VerifiableAddress(new_id(), value, via, False, "pending", now, now)
        for value, via in dict.fromkeys(ext.verifiable)
    ]
    old_recovery = {(a.via, a.value): a for a in identity.recovery_addresses}
    identity.recovery_addresses = [
        old_recovery.get((via, value)) or RecoveryAddress(new_id(), value, via, now, now)
        for value, via in dict.fromkeys(ext.recovery)
    ]
    identity.updated_at = now


def set_password(
    app: KratosApp,
    identity: Identity,
    *,
    password: str | None,
    hashed: str | None,
    migration_hook: bool = False,
) -> None:
    now = app.now()
    if migration_hook:
        # importPasswordCredentials: use_password_migration_hook wins over any password or hash given.
        identifiers = app.schema.extensions(identity.traits).identifiers
        existing = identity.credentials.get("password")
        identity.credentials["password"] = Credential(
            "password",
            list(dict.fromkeys(identifiers)),
            {"hashed_password": "", "use_password_migration_hook": True},
            existing.created_at if existing else now,
            now,
        )
        return
    if password is not None:
        hashed = hashing.hash_password(password)
    elif hashed is not None:
        try:
            hashing.check_importable(hashed)
        except hashing.UnsupportedHashError as exc:
            raise KratosError.bad_request(str(exc)) from exc
    if hashed is None:
        return
    identifiers = app.schema.extensions(identity.traits).identifiers
    existing = identity.credentials.get("password")
    identity.credentials["password"] = Credential(
        "password",
        list(dict.fromkeys(identifiers)),
        {"hashed_password": hashed},
        existing.created_at if existing else now,
        now,
    )


def create_identity(
    app: KratosApp,
    *,
    traits: Any,
    schema_id: str | None = None,
    password: str | None = None,
    hashed_password: str | None = None,
    use_password_migration_hook: bool = False,
    state: str = "active",
    metadata_public: Any = None,
    metadata_admin: Any = None,
    external_id: str | None = None,
    verifiable_addresses: list[dict[str, Any]] | None = None,
    recovery_addresses: list[dict[str, Any]] | None = None,
    totp_secret: str | None = None,
    index: ConflictIndex | None = None,
) -> Identity:
    """Validate, build and store an identity; raises :class:`IdentityConflictError` on duplicates
    (checked against ``index`` when given, which then learns the new identity)."""
    # identityFromCreateIdentityBody checks the state (State.IsValid) before the manager validates.
    if state not in ("active", "inactive"):
        raise KratosError.bad_request("identity state is not valid")
    schema_id = schema_id or app.schema.id
    if schema_id != app.schema.id:
        raise KratosError.bad_request(f"Unable to find JSON Schema ID: {schema_id}")
    validate_traits(app, traits)
    now = app.now()
    identity = Identity(
        id=new_id(),
        schema_id=schema_id,
        traits=traits,
        state=state,
        created_at=now,
        updated_at=now,
        state_changed_at=now,
        metadata_public=metadata_public,
        metadata_admin=metadata_admin,
        external_id=external_id or None,
    )
    apply_traits(app, identity, traits)
    set_password(
        app, identity, password=password, hashed=hashed_password, migration_hook=use_password_migration_hook
    )
    for given in verifiable_addresses or []:
        for address in identity.verifiable_addresses:
            if str(given.get("value", "")).lower() == address.value.lower():
                address.verified = bool(given.get("verified", False))
                address.status = str(given.get("status") or ("completed" if address.verified else "pending"))
                if address.verified:
                    address.verified_at = now
    for given in recovery_addresses or []:
        value = str(given.get("value", "")).strip()
        if value and not any(a.value.lower() == value.lower() for a in identity.recovery_addresses):
            via = str(given.get("via") or "email")
            identity.recovery_addresses.append(RecoveryAddress(new_id(), value, via, now, now))
    if totp_secret:
        account = (
            identity.credentials["password"].identifiers[0]
            if "password" in identity.credentials
            else identity.id
        )
        identity.credentials["totp"] = Credential(
            "totp",
            [identity.id],
            {"totp_url": totp.otpauth_url(totp_secret, "Fake Kratos", account)},
            now,
            now,
        )
    if index is not None:
        index.check(identity)
        index.add(identity)
    else:
        _check_conflicts(app, identity)
    app.state.identities[identity.id] = identity
    return identity


def check_conflicts(app: KratosApp, identity: Identity) -> None:
    _check_conflicts(app, identity)
