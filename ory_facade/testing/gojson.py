"""What Go's ``encoding/json`` says when it decodes a request body into one of Kratos' request structs.

``json.Decoder.Decode(&body)`` goes on after a value of the wrong type (it keeps the first such error,
``cannot unmarshal string into Go struct field CreateIdentityBody.credentials of type
identity.IdentityWithCredentials``) and, for a strict decoder (``DisallowUnknownFields``), after an
unknown key (``unknown field "foo"``); an ``UnmarshalText`` error (a malformed UUID) ends decoding at once
and wins. Kratos' structs are described here as :class:`GoType` trees; :func:`decode_error` walks an
already parsed JSON value (syntax errors are :func:`~ory_facade.testing.goerrors.json_decode_error`'s).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ory_facade.testing.goerrors import go_quote, json_decode_error, uuid_error

__all__ = [
    "BATCH_PATCH_IDENTITIES_BODY",
    "CREATE_IDENTITY_BODY",
    "UPDATE_IDENTITY_BODY",
    "GoSyntaxError",
    "GoType",
    "canonical",
    "decode_error",
    "first_value",
]


@dataclass(frozen=True)
class GoType:
    """A Go type as the decoder sees it.

    ``kind`` is ``string``/``bool`` (a JSON string / boolean), ``raw`` (``json.RawMessage``: anything),
    ``uuid`` (``uuid.UUID``: a string ``UnmarshalText`` parses), ``null_uuid`` (``uuid.NullUUID``, whose
    ``UnmarshalJSON`` decodes into a fresh ``uuid.UUID``), ``struct`` or ``slice`` (of ``elem``).
    ``name`` is ``reflect.Type.String()``; ``short`` the struct's own name (``Type.Name()``).
    """

    kind: str
    name: str
    fields: Mapping[str, GoType] = field(default_factory=dict)
    elem: GoType | None = None

    @property
    def short(self) -> str:
        return self.name.rpartition(".")[2]


def _struct(name: str, **fields: GoType) -> GoType:
    return GoType("struct", name, fields)


def _slice(elem: GoType, name: str | None = None) -> GoType:
    return GoType("slice", name or "[]" + elem.name, elem=elem)


STRING = GoType("string", "string")
BOOL = GoType("bool", "bool")
RAW = GoType("raw", "json.RawMessage")
UUID = GoType("uuid", "uuid.UUID")
NULL_UUID = GoType("null_uuid", "uuid.NullUUID")
# time.Time and sqlxx.NullTime have UnmarshalJSON methods of their own; their texts are not modelled.
TIME = GoType("raw", "time.Time")

# identity/handler.go (v26.2.0): CreateIdentityBody, UpdateIdentityBody, IdentityWithCredentials and
# the Admin*Import* credential structs; identity/identity_{verification,recovery}.go: the addresses.
_OIDC_PROVIDER = _struct(
    "identity.AdminCreateIdentityImportCredentialsOIDCProvider",
    subject=STRING,
    provider=STRING,
    use_auto_link=BOOL,
    organization=NULL_UUID,
)
_SAML_PROVIDER = _struct(
    "identity.AdminCreateIdentityImportCredentialsSAMLProvider",
    subject=STRING,
    provider=STRING,
    organization=NULL_UUID,
)
_CREDENTIALS = _struct(
    "identity.IdentityWithCredentials",
    password=_struct(
        "identity.AdminIdentityImportCredentialsPassword",
        config=_struct(
            "identity.AdminIdentityImportCredentialsPasswordConfig",
            hashed_password=STRING,
            password=STRING,
            use_password_migration_hook=BOOL,
        ),
    ),
    oidc=_struct(
        "identity.AdminIdentityImportCredentialsOIDC",
        config=_struct("identity.AdminIdentityImportCredentialsOIDCConfig", providers=_slice(_OIDC_PROVIDER)),
    ),
    saml=_struct(
        "identity.AdminIdentityImportCredentialsSAML",
        config=_struct("identity.AdminIdentityImportCredentialsSAMLConfig", providers=_slice(_SAML_PROVIDER)),
    ),
)
_VERIFIABLE_ADDRESS = _struct(
    "identity.VerifiableAddress",
    id=UUID,
    value=STRING,
    verified=BOOL,
    via=STRING,
    status=GoType("string", "identity.VerifiableAddressStatus"),
    verified_at=TIME,
    created_at=TIME,
    updated_at=TIME,
)
_RECOVERY_ADDRESS = _struct(
    "identity.RecoveryAddress",
    id=UUID,
    value=STRING,
    via=GoType("string", "identity.RecoveryAddressType"),
    created_at=TIME,
    updated_at=TIME,
)
CREATE_IDENTITY_BODY = _struct(
    "identity.CreateIdentityBody",
    schema_id=STRING,
    traits=RAW,
    credentials=_CREDENTIALS,
    verifiable_addresses=_slice(_VERIFIABLE_ADDRESS),
    recovery_addresses=_slice(_RECOVERY_ADDRESS),
    metadata_public=RAW,
    metadata_admin=RAW,
    state=GoType("string", "identity.State"),
    organization_id=NULL_UUID,
    external_id=STRING,
)
UPDATE_IDENTITY_BODY = _struct(
    "identity.UpdateIdentityBody",
    schema_id=STRING,
    traits=RAW,
    credentials=_CREDENTIALS,
    metadata_public=RAW,
    metadata_admin=RAW,
    state=GoType("string", "identity.State"),
    external_id=STRING,
)
# identity/identity.go: BatchPatchIdentitiesBody{Identities []*BatchIdentityPatch}, BatchIdentityPatch
# {Create *CreateIdentityBody, ID *uuid.UUID `json:"patch_id"`}. A type error names a pointer to a text
# unmarshaler as the pointer (*uuid.UUID); other pointers are followed first.
BATCH_PATCH_IDENTITIES_BODY = _struct(
    "identity.BatchPatchIdentitiesBody",
    identities=_slice(
        _struct(
            "identity.BatchIdentityPatch", create=CREATE_IDENTITY_BODY, patch_id=GoType("uuid", "*uuid.UUID")
        ),
        "[]*identity.BatchIdentityPatch",
    ),
)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _mismatch(value: Any, target: GoType, struct: str | None, stack: tuple[str, ...]) -> str:
    """``UnmarshalTypeError.Error()``."""
    where = f"Go struct field {struct}.{'.'.join(stack)}" if struct is not None or stack else "Go value"
    return f"json: cannot unmarshal {_kind(value)} into {where} of type {target.name}"


class _Fatal(Exception):
    """An error that ends decoding (UnmarshalText's), reported without a field context."""


@dataclass
class _Decoder:
    strict: bool
    saved: str | None = None

    def save(self, message: str) -> None:
        if self.saved is None:
            self.saved = message

    def mismatch(self, value: Any, target: GoType, struct: str | None, stack: tuple[str, ...]) -> None:
        self.save(_mismatch(value, target, struct, stack))

    def value(self, value: Any, target: GoType, struct: str | None, stack: tuple[str, ...]) -> None:
        if value is None or target.kind == "raw":
            return  # null leaves any non-interface value alone; RawMessage takes anything
        if target.kind == "null_uuid":
            # NullUUID.UnmarshalJSON runs json.Unmarshal(b, &u.UUID) (so the type is *uuid.UUID) and
            # returns its error, which ends the outer decode; the outer decoder adds its field context to
            # a type error (addErrorContext).
            if not isinstance(value, str):
                raise _Fatal(_mismatch(value, GoType("uuid", "*uuid.UUID"), struct, stack))
            problem = uuid_error(value)
            if problem is not None:
                raise _Fatal(problem)
            return
        if target.kind == "uuid":
            if not isinstance(value, str):
                self.mismatch(value, target, struct, stack)
                return
            problem = uuid_error(value)
            if problem is not None:
                raise _Fatal(problem)
            return
        if target.kind == "string":
            if not isinstance(value, str):
                self.mismatch(value, target, struct, stack)
            return
        if target.kind == "bool":
            if not isinstance(value, bool):
                self.mismatch(value, target, struct, stack)
            return
        if target.kind == "slice":
            assert target.elem is not None
            if not isinstance(value, list):
                self.mismatch(value, target, struct, stack)
                return
            for item in value:
                self.value(item, target.elem, struct, stack)
            return
        if not isinstance(value, dict):
            self.mismatch(value, target, struct, stack)
            return
        folded = {name.lower(): name for name in target.fields}
        for key, item in value.items():
            # An exact match first, then encoding/json's case-insensitive one.
            name = key if key in target.fields else folded.get(key.lower())
            if name is None:
                if self.strict:
                    self.save(f"json: unknown field {go_quote(key)}")
                continue
            self.value(item, target.fields[name], target.short, (*stack, name))


def decode_error(value: Any, target: GoType, *, strict: bool) -> str | None:
    """The error ``json.Decoder.Decode`` returns for ``value`` (parsed JSON) into ``target``, or None."""
    decoder = _Decoder(strict)
    try:
        decoder.value(value, target, None, ())
    except _Fatal as exc:
        return str(exc)
    return decoder.saved


class GoSyntaxError(ValueError):
    """The body is not JSON; ``str()`` is what Go's decoder says (``unexpected EOF``...)."""


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON to Go


def first_value(text: str) -> Any:
    """The first JSON value of ``text``, as ``json.Decoder.Decode`` reads it (what follows is not read)."""
    start = len(text) - len(text.lstrip(" \t\r\n"))
    try:
        value, _ = json.JSONDecoder(parse_constant=_no_constant).raw_decode(text, start)
    except ValueError:
        raise GoSyntaxError(json_decode_error(text)) from None
    return value


def canonical(value: Any, target: GoType) -> Any:
    """``value`` as the decoded struct sees it: keys matched case-insensitively renamed to the fields'
    JSON names (a later key wins), unknown keys dropped. Call it on a value :func:`decode_error` passed."""
    if target.kind == "slice" and isinstance(value, list) and target.elem is not None:
        return [canonical(item, target.elem) for item in value]
    if target.kind != "struct" or not isinstance(value, dict):
        return value
    folded = {name.lower(): name for name in target.fields}
    out: dict[str, Any] = {}
    for key, item in value.items():
        name = key if key in target.fields else folded.get(key.lower())
        if name is not None:
            out[name] = canonical(item, target.fields[name])
    return out
