"""Moving existing users into Kratos with their password hashes (framework-free).

:func:`translate_hash` turns a Django or Werkzeug password hash into the encoding Kratos' hash comparator
verifies (``hash/hash_comparator.go``, the same in v1.3.1 and v26.2.0):

=============================================  ==================================================
app hash                                       Kratos hash
=============================================  ==================================================
``pbkdf2_sha256$<i>$<salt>$<b64 hash>``        ``$pbkdf2-sha256$i=<i>,l=<len>$<raw b64 salt>$<raw b64 hash>``
``pbkdf2_sha1$...`` (Django)                   ``$pbkdf2-sha1$...``
``pbkdf2:sha256:<i>$<salt>$<hex>`` (Werkzeug)  ``$pbkdf2-sha256$...`` (also ``sha1``, ``sha512``)
``argon2$argon2id$v=19$m=..,t=..,p=..$..``     ``$argon2id$v=19$m=..,t=..,p=..$..`` (and ``argon2i``)
``bcrypt$$2b$<cost>$...``                      ``$2b$<cost>$...``
``scrypt$<N>$<salt>$<r>$<p>$<b64>`` (Django)   ``$scrypt$ln=<N>,r=<r>,p=<p>$<b64 salt>$<b64 hash>``
``scrypt:<N>:<r>:<p>$<salt>$<hex>`` (Werkzeug) ``$scrypt$ln=<N>,...``
=============================================  ==================================================

PBKDF2 and argon2 salts and hashes are unpadded standard base64, scrypt's padded standard base64 (Kratos
decodes each with Go's strict decoder). Kratos' scrypt ``ln=`` is N itself, not log2(N): the comparator
passes it to ``scrypt.Key`` as the cost. Anything else (Django's ``bcrypt_sha256``, salted or unsalted
MD5/SHA1, PBKDF2 with SHA-224/384, which Kratos computes with SHA-3, argon2 before v=19, custom hashers)
raises :class:`UntranslatableHashError`; :func:`import_users` then imports the user with
``use_password_migration_hook: true`` so Kratos asks the app (``ory_facade.contrib.*`` hook views) at the
first login.

:func:`import_users` creates the identities through the batch admin API (``PATCH /admin/identities``) in
chunks within Kratos' limit, idempotently: each row carries the local id as ``external_id`` where the server
has it (Kratos v25.4.0 and later) and in ``metadata_admin``; a row Kratos answers with a conflict (the
external id or the email is taken) is *skipped as already present*, so re-running after a crash imports
only what is missing. No hash or password ever reaches an exception message, a log line or a ``repr``.
"""

from __future__ import annotations

import base64
import binascii
import csv
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import OryAPIError, OryError
from .identities import identity_body

if TYPE_CHECKING:
    from ._client import OryClient

__all__ = [
    "BATCH_LIMIT",
    "ImportReport",
    "ImportRow",
    "ImportUser",
    "UntranslatableHashError",
    "hash_format",
    "import_users",
    "translate_hash",
]

log = logging.getLogger(__name__)

#: identity/handler.go BatchPatchIdentitiesLimit: 1000 in v26.2.0 (2000 in v1.3.1); hashed passwords do
#: not count against v26.2.0's 200-per-request limit for plaintext ones.
BATCH_LIMIT = 1000
#: The ``metadata_admin`` key holding the local id.
LOCAL_ID_KEY = "local_id"


class UntranslatableHashError(OryError, ValueError):
    """A password hash Kratos cannot verify. ``format`` names it (``"django bcrypt_sha256"``, ...); the
    message names the format and why, never the hash."""

    def __init__(self, format: str, why: str = "Kratos cannot verify it") -> None:
        super().__init__(f"{format} hashes cannot be imported: {why}; use the password migration hook")
        self.format = format


# --- base64 as Go's encoding/base64 ---------------------------------------------------------------------
def _raw_b64(data: bytes) -> str:
    """base64.RawStdEncoding (no padding)."""
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _std_b64(data: bytes) -> str:
    """base64.StdEncoding (padded)."""
    return base64.b64encode(data).decode("ascii")


def _b64decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise UntranslatableHashError(what, "its hash part is not base64") from None


def _hexdecode(text: str, what: str) -> bytes:
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise UntranslatableHashError(what, "its hash part is not hex") from None


def _positive(text: str, what: str, name: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise UntranslatableHashError(what, f"its {name} is not a positive number")
    return int(text)


def _salt(text: str, what: str) -> bytes:
    if "$" in text or not text:
        raise UntranslatableHashError(what, "its salt is empty or malformed")
    return text.encode("utf-8")


# --- translation ----------------------------------------------------------------------------------------
#: Werkzeug/Django digest names Kratos' PBKDF2 computes with the same function (getPseudorandomFunctionFor
#: Pbkdf2 maps sha224/sha384 to SHA-3 and anything unknown to SHA-256).
_PBKDF2_DIGESTS = ("sha1", "sha256", "sha512")
_DJANGO_UNVERIFIABLE = {
    "bcrypt_sha256": "Django hashes the password with SHA-256 before bcrypt",
    "md5": "Kratos' salted MD5 format would be needed; not translated (weak hash)",
    "sha1": "not translated (weak hash)",
    "unsalted_md5": "not translated (weak unsalted hash)",
    "unsalted_sha1": "not translated (weak unsalted hash)",
    "crypt": "Unix crypt(3) with a two-character salt",
}
_MD5_HEX = re.compile(r"^[0-9a-fA-F]{32}$")
_KRATOS_NATIVE = re.compile(r"^(\$2[abzy]?\$|\$argon2id?\$|\$pbkdf2-sha[0-9]{1,3}\$|\$scrypt\$)")


def hash_format(encoded: str) -> str:
    """A short name of the hash's format (``"django pbkdf2_sha256"``, ``"werkzeug scrypt"``, ``"unknown"``),
    safe to log: the hash itself never appears."""
    if not encoded:
        return "empty"
    if _KRATOS_NATIVE.match(encoded):
        return "kratos " + encoded.split("$")[1]
    if encoded.startswith(("pbkdf2:", "scrypt:")):
        return "werkzeug " + encoded.split("$", 1)[0].split(":")[0]
    if _MD5_HEX.match(encoded):
        return "django unsalted_md5"
    head = encoded.split("$", 1)[0]
    if head and re.fullmatch(r"[A-Za-z0-9_]{1,32}", head) and "$" in encoded:
        return "django " + head
    return "unknown"


def translate_hash(encoded: str) -> str:
    """The Kratos encoding of a Django or Werkzeug password hash (Kratos' own bcrypt, argon2, PBKDF2 and
    scrypt encodings pass unchanged).

    Raises :class:`UntranslatableHashError` (an ``OryError`` and a ``ValueError``) naming the format when
    Kratos cannot verify it.
    """
    what = hash_format(encoded)
    if what.startswith("kratos "):
        return encoded
    if what == "werkzeug pbkdf2":
        method, _, rest = encoded.partition("$")
        salt_text, _, hexhash = rest.partition("$")
        args = method.split(":")[1:]
        digest = args[0] if args else "sha256"
        if digest not in _PBKDF2_DIGESTS or len(args) != 2:
            raise UntranslatableHashError(
                f"werkzeug pbkdf2:{digest}" if digest.isalnum() else what,
                "Kratos' PBKDF2 supports sha1, sha256 and sha512 with explicit iterations",
            )
        iterations = _positive(args[1], what, "iteration count")
        return _pbkdf2(digest, iterations, _salt(salt_text, what), _hexdecode(hexhash, what), what)
    if what == "werkzeug scrypt":
        method, _, rest = encoded.partition("$")
        salt_text, _, hexhash = rest.partition("$")
        args = method.split(":")[1:]
        if len(args) != 3:
            raise UntranslatableHashError(what, "it needs explicit n, r and p")
        n, r, p = (_positive(a, what, "cost parameter") for a in args)
        return _scrypt(n, r, p, _salt(salt_text, what), _hexdecode(hexhash, what), what)
    if what.startswith("django "):
        algorithm = what[len("django ") :]
        parts = encoded.split("$")
        if algorithm in ("pbkdf2_sha256", "pbkdf2_sha1") and len(parts) == 4:
            digest = algorithm.split("_")[1]
            iterations = _positive(parts[1], what, "iteration count")
            return _pbkdf2(digest, iterations, _salt(parts[2], what), _b64decode(parts[3], what), what)
        if algorithm == "argon2" and len(parts) == 6 and parts[1] in ("argon2id", "argon2i"):
            if parts[2] != "v=19":
                raise UntranslatableHashError(what, "Kratos verifies argon2 version 19 (v=19) only")
            if not re.fullmatch(r"m=\d+,t=\d+,p=\d+", parts[3]):
                raise UntranslatableHashError(what, "its parameters are not m=,t=,p=")
            for part in parts[4:]:
                _b64decode(part, what)
            return "$" + "$".join(parts[1:])
        if algorithm == "bcrypt" and len(parts) == 5 and parts[1] == "" and parts[2] in ("2a", "2b", "2y"):
            bcrypt_hash = encoded[len("bcrypt$") :]
            if len(bcrypt_hash) != 60:
                raise UntranslatableHashError(what, "it is not a 60-character bcrypt hash")
            return bcrypt_hash
        if algorithm == "scrypt" and len(parts) == 6:
            n = _positive(parts[1], what, "work factor")
            r = _positive(parts[3], what, "block size")
            p = _positive(parts[4], what, "parallelism")
            return _scrypt(n, r, p, _salt(parts[2], what), _b64decode(parts[5], what), what)
        why = _DJANGO_UNVERIFIABLE.get(algorithm)
        if why is not None:
            raise UntranslatableHashError(what, why)
        raise UntranslatableHashError(what, "unknown or custom hasher")
    raise UntranslatableHashError(what, "unknown or custom hasher")


def _pbkdf2(digest: str, iterations: int, salt: bytes, derived: bytes, what: str) -> str:
    if not derived:
        raise UntranslatableHashError(what, "its hash part is empty")
    return f"$pbkdf2-{digest}$i={iterations},l={len(derived)}${_raw_b64(salt)}${_raw_b64(derived)}"


def _scrypt(n: int, r: int, p: int, salt: bytes, derived: bytes, what: str) -> str:
    if n < 2 or n & (n - 1) or not derived:
        raise UntranslatableHashError(what, "its N is not a power of two above 1")
    return f"$scrypt$ln={n},r={r},p={p}${_std_b64(salt)}${_std_b64(derived)}"


# --- the rows -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportUser:
    """One user of the app to import. ``local_id`` is the app's stable id (the Django pk).

    ``traits`` replaces the default traits (``email`` and, when given, ``name.first``/``name.last``);
    ``password_hash`` is the app's stored hash (``None``/empty: no password, e.g. Django's unusable ``!``).
    """

    local_id: str
    email: str
    password_hash: str | None = field(default=None, repr=False)
    first_name: str = ""
    last_name: str = ""
    is_active: bool = True
    date_joined: datetime | None = None
    traits: Mapping[str, Any] | None = None

    def default_traits(self) -> dict[str, Any]:
        if self.traits is not None:
            return dict(self.traits)
        traits: dict[str, Any] = {"email": self.email}
        name = {k: v for k, v in (("first", self.first_name), ("last", self.last_name)) if v}
        if name:
            traits["name"] = name
        return traits


@dataclass
class ImportRow:
    """What happened to one user: ``status`` is ``imported``, ``skipped`` (already present), ``failed`` or,
    in a dry run, ``valid``. ``password`` says how the password travels: ``hash`` (translated and verified
    by Kratos), ``migration_hook`` (checked by the app at the first login) or ``none``."""

    local_id: str
    email: str
    status: str
    password: str = "none"
    hash_format: str = ""
    identity_id: str = ""
    reason: str = ""


@dataclass
class ImportReport:
    """The outcome of :func:`import_users`: one :class:`ImportRow` per user, in input order."""

    rows: list[ImportRow] = field(default_factory=list)
    dry_run: bool = False
    kratos_calls: int = 0
    seconds: float = 0.0

    def _count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def imported(self) -> int:
        return self._count("imported")

    @property
    def skipped(self) -> int:
        return self._count("skipped")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def valid(self) -> int:
        return self._count("valid")

    @property
    def via_migration_hook(self) -> int:
        return sum(1 for row in self.rows if row.password == "migration_hook" and row.status != "failed")

    def summary(self) -> str:
        if self.dry_run:
            return (
                f"dry run: {self.valid} valid, {self.failed} failed ({self.via_migration_hook} via the hook)"
            )
        return (
            f"{self.imported} imported, {self.skipped} skipped as already present, {self.failed} failed "
            f"({self.via_migration_hook} via the password migration hook; {self.kratos_calls} Kratos calls)"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "imported": self.imported,
            "skipped": self.skipped,
            "failed": self.failed,
            "valid": self.valid,
            "via_migration_hook": self.via_migration_hook,
            "kratos_calls": self.kratos_calls,
            "rows": [asdict(row) for row in self.rows],
        }

    def write_json(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.as_dict(), indent=2) + "\n", encoding="utf-8")

    def write_csv(self, path: str | Path) -> None:
        names = list(ImportRow.__dataclass_fields__)
        with Path(path).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=names)
            writer.writeheader()
            for row in self.rows:
                writer.writerow(asdict(row))

    def write(self, path: str | Path) -> None:
        """CSV when ``path`` ends with ``.csv``, else JSON."""
        if str(path).lower().endswith(".csv"):
            self.write_csv(path)
        else:
            self.write_json(path)

    def __repr__(self) -> str:
        return f"ImportReport({self.summary()})"


# --- schema check (a minimal subset: dry runs without the jsonschema package) -----------------------------
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "object": (dict,),
    "array": (list,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "null": (type(None),),
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def _is_type(value: Any, kind: str) -> bool:
    """JSON Schema's types: a bool is only a boolean, an integral float is an integer."""
    if isinstance(value, bool):
        return kind == "boolean"
    if kind == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    return isinstance(value, _TYPES.get(kind, (object,)))


def _schema_problems(value: Any, schema: Mapping[str, Any], path: str = "traits") -> list[str]:
    """Type, required, additionalProperties, min/maxLength, enum and email format: what identity schemas
    use. Not a full JSON Schema validator: Kratos validates every row again when it is created."""
    problems: list[str] = []
    kinds = schema.get("type")
    allowed = [kinds] if isinstance(kinds, str) else list(kinds or [])
    if allowed and not any(_is_type(value, kind) for kind in allowed):
        return [f"{path}: expected {' or '.join(allowed)}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{path}: not one of the allowed values")
    if isinstance(value, str):
        if len(value) < int(schema.get("minLength", 0)):
            problems.append(f"{path}: shorter than {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > int(schema["maxLength"]):
            problems.append(f"{path}: longer than {schema['maxLength']} characters")
        if schema.get("format") == "email" and not _EMAIL.match(value):
            problems.append(f"{path}: not an email address")
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        for name in schema.get("required") or []:
            if name not in value:
                problems.append(f"{path}.{name}: missing")
        for name, item in value.items():
            if name in properties:
                problems.extend(_schema_problems(item, properties[name], f"{path}.{name}"))
            elif schema.get("additionalProperties") is False:
                problems.append(f"{path}.{name}: not allowed by the schema")
    return problems


def validate_traits(traits: Any, identity_schema: Mapping[str, Any]) -> list[str]:
    """Problems of ``traits`` against an identity schema (``properties.traits``), empty when it fits."""
    traits_schema = (identity_schema.get("properties") or {}).get("traits") or {}
    return _schema_problems(traits, traits_schema)


# --- the importer ---------------------------------------------------------------------------------------
@dataclass
class _Prepared:
    row: ImportRow
    body: dict[str, Any] | None = None


def _version_has_external_id(version: str) -> bool:
    """external_id arrived in Kratos v25.4.0 (v1.3.1's strict decoder refuses the field)."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]]
    if not numbers:
        return True  # an unversioned build (Ory Network, master): assume current
    return tuple(numbers) >= (25, 4, 0)


def _prepare(
    user: ImportUser,
    *,
    schema_id: str,
    use_external_id: bool,
    metadata_admin: bool,
    identity_schema: Mapping[str, Any] | None,
    traits_for: Callable[[ImportUser], Mapping[str, Any]] | None,
) -> _Prepared:
    row = ImportRow(local_id=str(user.local_id), email=user.email, status="valid")
    traits = dict(traits_for(user)) if traits_for is not None else user.default_traits()
    if identity_schema is not None:
        problems = validate_traits(traits, identity_schema)
        if problems:
            row.status, row.reason = "failed", "; ".join(problems)
            return _Prepared(row)
    credentials: dict[str, Any] | None = None
    hashed: str | None = None
    encoded = user.password_hash or ""
    if encoded and not encoded.startswith("!"):  # Django's unusable password is "!" + random text
        row.hash_format = hash_format(encoded)
        try:
            hashed = translate_hash(encoded)
            row.password = "hash"
        except UntranslatableHashError:
            credentials = {"password": {"config": {"use_password_migration_hook": True}}}
            row.password = "migration_hook"
    body = identity_body(
        traits,
        schema_id=schema_id,
        hashed_password=hashed,
        credentials=credentials,
        external_id=row.local_id if use_external_id else None,
        state="active" if user.is_active else "inactive",
        metadata_admin={LOCAL_ID_KEY: row.local_id} if metadata_admin else None,
    )
    return _Prepared(row, body)


def _chunks(items: Iterable[ImportUser], size: int) -> Iterator[list[ImportUser]]:
    chunk: list[ImportUser] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _error_reason(error: Any) -> tuple[int, str]:
    if isinstance(error, Mapping):
        code = error.get("code")
        reason = error.get("reason") or error.get("message") or "Kratos refused the identity"
        return (int(code) if isinstance(code, int) else 0, str(reason))
    return (0, "Kratos refused the identity")


def import_users(
    client: OryClient,
    users: Iterable[ImportUser],
    *,
    dry_run: bool = False,
    batch_size: int = BATCH_LIMIT,
    on_progress: Callable[[int], None] | None = None,
    schema_id: str = "default",
    metadata_admin: bool = True,
    use_external_id: bool | None = None,
    traits_for: Callable[[ImportUser], Mapping[str, Any]] | None = None,
) -> ImportReport:
    """Create an identity in Kratos for every user; returns the :class:`ImportReport`.

    * ``batch_size`` users per ``PATCH /admin/identities`` (at most :data:`BATCH_LIMIT`).
    * ``dry_run``: nothing is created; every row is checked against the identity schema (fetched from
      Kratos) and its hash translated; rows are ``valid`` or ``failed``.
    * ``on_progress(n)`` is called after each batch with the number of users handled so far.
    * ``metadata_admin``: store ``{"local_id": ...}`` (read back by ``OryBackend``).
    * ``use_external_id``: send the local id as ``external_id``; ``None`` asks Kratos' version (the field
      exists from v25.4.0). Either way a conflict answer (409: the external id or the email is taken) marks
      the row ``skipped`` as already present, which makes re-running after a crash import only the rest.
    * ``traits_for(user)``: the traits to send, for schemas other than email + name.
    """
    if not 1 <= batch_size <= BATCH_LIMIT:
        raise ValueError(f"batch_size must be between 1 and {BATCH_LIMIT}")
    started = time.perf_counter()
    report = ImportReport(dry_run=dry_run)
    identity_schema: Mapping[str, Any] | None = None
    if dry_run:
        identity_schema = client.admin.schemas.get(schema_id)
        report.kratos_calls += 1
    if use_external_id is None:
        use_external_id = _version_has_external_id(client.admin.version())
        report.kratos_calls += 1
    seen: set[str] = set()
    done = 0
    for chunk in _chunks(users, batch_size):
        prepared = []
        for user in chunk:
            item = _prepare(
                user,
                schema_id=schema_id,
                use_external_id=use_external_id,
                metadata_admin=metadata_admin,
                identity_schema=identity_schema,
                traits_for=traits_for,
            )
            key = item.row.email.strip().lower()
            if item.body is not None and (key in seen or f"id:{item.row.local_id}" in seen):
                item.row.status, item.row.reason = "failed", "duplicate email or local id in the input"
                item.body = None
            seen.update((key, f"id:{item.row.local_id}"))
            prepared.append(item)
        sendable = [item for item in prepared if item.body is not None]
        if sendable and not dry_run:
            _send(client, sendable, report)
        report.rows.extend(item.row for item in prepared)
        done += len(chunk)
        if on_progress is not None:
            on_progress(done)
    report.seconds = time.perf_counter() - started
    log.info("import_users: %s", report.summary())
    return report


def _send(client: OryClient, items: Sequence[_Prepared], report: ImportReport, attempt: int = 0) -> None:
    bodies = [item.body for item in items if item.body is not None]
    report.kratos_calls += 1
    try:
        results = client.admin.identities.batch_patch(bodies)
    except OryAPIError as exc:
        if exc.status != 400:
            raise  # a missing API key, Kratos down...: no row is at fault, stop here
        # The whole batch was refused (a row Kratos could not decode): retry one by one to find it.
        if len(items) == 1:
            items[0].row.status = "failed"
            items[0].row.reason = exc.reason or exc.message or f"HTTP {exc.status}"
            return
        log.warning("import_users: Kratos refused a batch (HTTP %s); sending its rows one by one", exc.status)
        for item in items:
            _send(client, [item], report)
        return
    from ory_kratos_api.types import Unset

    for item, result in zip(items, results, strict=False):
        action = str(result.action) if not isinstance(result.action, Unset) else ""
        if action == "create" and isinstance(result.identity, str):
            item.row.status, item.row.identity_id = "imported", result.identity
            continue
        code, reason = _error_reason(None if isinstance(result.error, Unset) else result.error)
        if code == 409:
            item.row.status = "skipped"
            item.row.reason = "already present (an identity with this external id or email exists)"
        else:
            item.row.status, item.row.reason = "failed", reason
    for item in items[len(results) :]:
        item.row.status, item.row.reason = "failed", "Kratos answered without a result for this row"
    created = [item for item in items if item.row.status == "imported"]
    if created and len(created) < len(items):
        _confirm(client, created, report, attempt)


def _confirm(client: OryClient, created: Sequence[_Prepared], report: ImportReport, attempt: int) -> None:
    """Kratos v1.3.1 rolls back the whole batch when one row conflicts, yet answers ``create`` with an id for
    the others (persistence/sql/identity/persister_identity.go returns the partial error inside the
    transaction; v26.2.0 commits them): after a batch with failures, check the "created" ids exist and
    send the missing rows again."""
    ids = [item.row.identity_id for item in created]
    report.kratos_calls += 1
    found = {str(i.id) for i in client.admin.identities.list_page(ids=ids, page_size=len(ids)).items}
    missing = [item for item in created if item.row.identity_id not in found]
    if not missing:
        return
    log.info(
        "import_users: Kratos dropped %d rows of a batch with conflicts; sending them again", len(missing)
    )
    for item in missing:
        item.row.status, item.row.identity_id = "failed", ""
        item.row.reason = "Kratos reported the identity created but did not store it"
    if attempt < 3:
        _send(client, missing, report, attempt + 1)
