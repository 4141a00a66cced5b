"""Identity schemas: the default email + name schema, trait validation and Kratos' extensions.

Only the JSON Schema subset identity schemas use is implemented, so the runtime package needs no
``jsonschema``. The ``ory.sh/kratos`` extension decides which traits are password identifiers and
which addresses receive verification and recovery codes.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ory_facade.testing import texts
from ory_facade.testing.texts import Text

__all__ = ["DEFAULT_IDENTITY_SCHEMA", "IdentitySchema", "TraitError"]

DEFAULT_IDENTITY_SCHEMA: dict[str, Any] = {
    "$id": "https://schemas.ory.sh/presets/kratos/identity.email.schema.json",
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "Person",
    "type": "object",
    "properties": {
        "traits": {
            "type": "object",
            "properties": {
                "email": {
                    "type": "string",
                    "format": "email",
                    "title": "E-Mail",
                    "minLength": 3,
                    "maxLength": 320,
                    "ory.sh/kratos": {
                        "credentials": {"password": {"identifier": True}},
                        "verification": {"via": "email"},
                        "recovery": {"via": "email"},
                    },
                },
                "name": {
                    "type": "object",
                    "properties": {
                        "first": {"title": "First Name", "type": "string"},
                        "last": {"title": "Last Name", "type": "string"},
                    },
                },
            },
            "required": ["email"],
            "additionalProperties": False,
        }
    },
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NODE_TYPES = {"email": "email", "tel": "tel", "date": "date", "date-time": "datetime-local", "uri": "url"}


@dataclass(frozen=True)
class TraitError:
    """One validation failure; ``path`` is relative to ``traits`` (``("name", "first")``)."""

    path: tuple[str, ...]
    message: Text
    schema_path: str

    @property
    def node_name(self) -> str:
        return ".".join(("traits", *self.path))

    def admin_reason(self) -> str:
        """The validator's own text: a missing property is reported on its parent object."""
        if self.schema_path.endswith("/required"):
            pointer = "/".join(("#", "traits", *self.path[:-1]))
            return f'I[{pointer}] S[{self.schema_path}] missing properties: "{self.path[-1]}"'
        pointer = "/".join(("#", "traits", *self.path))
        return f"I[{pointer}] S[{self.schema_path}] {self.message['text']}"


@dataclass(frozen=True)
class Leaf:
    """A scalar trait the UI renders as one input node."""

    path: tuple[str, ...]
    schema: Mapping[str, Any]
    required: bool


@dataclass
class Extensions:
    identifiers: list[str] = field(default_factory=list)
    verifiable: list[tuple[str, str]] = field(default_factory=list)  # (value, via)
    recovery: list[tuple[str, str]] = field(default_factory=list)


class IdentitySchema:
    """A configured identity schema (id + JSON document)."""

    def __init__(self, schema_id: str, document: Mapping[str, Any]) -> None:
        self.id = schema_id
        self.document: dict[str, Any] = copy.deepcopy(dict(document))
        traits = self._resolve(self.document.get("properties", {}).get("traits", {}))
        if not isinstance(traits, Mapping):
            raise ValueError("identity schema must define properties.traits")
        self.traits_schema: Mapping[str, Any] = traits

    # --- schema helpers -----------------------------------------------------------------------------

    def _resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, Mapping) and "$ref" in schema and seen < 32:
            ref = str(schema["$ref"])
            if not ref.startswith("#/"):
                raise ValueError("only local $ref are supported in identity schemas")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            schema = target
            seen += 1
        return schema

    def leaves(self) -> list[Leaf]:
        out: list[Leaf] = []

        def walk(schema: Mapping[str, Any], path: tuple[str, ...], required: bool) -> None:
            schema = self._resolve(schema)
            if _types(schema) == ["object"] or "properties" in schema:
                req = set(schema.get("required", []))
                for name, sub in schema.get("properties", {}).items():
                    walk(sub, (*path, name), required and name in req)
                return
            out.append(Leaf(path, schema, required))

        req = set(self.traits_schema.get("required", []))
        for name, sub in self.traits_schema.get("properties", {}).items():
            walk(sub, (name,), name in req)
        return out

    def with_empty_objects(self, traits: Any) -> Any:
        """``traits`` with ``{}`` for every object property the payload left out.

        ory/x decoderx (``HTTPDecoderJSONFollowsFormFormat``, used by the registration and settings
        decoders) sets each missing object-typed schema path to ``{}``: a sign-up without a name stores
        ``"name": {}``.
        """
        if not isinstance(traits, dict):
            return traits
        out = copy.deepcopy(traits)

        def walk(schema: Any, value: dict[str, Any]) -> None:
            schema = self._resolve(schema)
            if not isinstance(schema, Mapping):
                return
            for name, sub in schema.get("properties", {}).items():
                sub = self._resolve(sub)
                if not isinstance(sub, Mapping) or not (_types(sub) == ["object"] or "properties" in sub):
                    continue
                if name not in value:
                    value[name] = {}
                if isinstance(value[name], dict):
                    walk(sub, value[name])

        walk(self.traits_schema, out)
        return out

    def node_attributes(self, leaf: Leaf) -> dict[str, Any]:
        """Input attributes Kratos derives from a trait's schema."""
        schema = leaf.schema
        types = _types(schema)
        if "boolean" in types:
            kind = "checkbox"
        elif "number" in types or "integer" in types:
            kind = "number"
        else:
            kind = _NODE_TYPES.get(str(schema.get("format", "")), "text")
        attrs: dict[str, Any] = {"name": ".".join(("traits", *leaf.path)), "type": kind}
        if leaf.required:
            attrs["required"] = True
        if kind == "email":
            attrs["autocomplete"] = "email"
        if "pattern" in schema:
            attrs["pattern"] = schema["pattern"]
        return attrs

    def extensions(self, traits: Any) -> Extensions:
        """Identifiers and addresses the ``ory.sh/kratos`` extension points at, normalised."""
        ext = Extensions()
        for leaf in self._extension_leaves():
            config = leaf.schema.get("ory.sh/kratos", {})
            for value in _values_at(traits, leaf.path):
                normalised = value.strip().lower() if leaf.schema.get("format") == "email" else value.strip()
                if not normalised:
                    continue
                if config.get("credentials", {}).get("password", {}).get("identifier"):
                    ext.identifiers.append(normalised)
                via = config.get("verification", {}).get("via")
                if via:
                    ext.verifiable.append((normalised, str(via)))
                via = config.get("recovery", {}).get("via")
                if via:
                    ext.recovery.append((normalised, str(via)))
        return ext

    def identifier_label(self) -> Text:
        """The login identifier's label: the title of the one identifier trait, else "ID" (v26.2.0)."""
        found = []
        for leaf in self._extension_leaves():
            creds = leaf.schema.get("ory.sh/kratos", {}).get("credentials", {})
            if any(
                creds.get(kind, {}).get(flag)
                for kind, flag in (
                    ("password", "identifier"),
                    ("webauthn", "identifier"),
                    ("passkey", "display_name"),
                    ("totp", "account_name"),
                    ("code", "identifier"),
                )
            ):
                found.append(leaf)
        if len(found) == 1 and found[0].schema.get("title"):
            leaf = found[0]
            return texts.label_generated(str(leaf.schema["title"]), ".".join(("traits", *leaf.path)))
        return texts.label_id()

    def _extension_leaves(self) -> Iterator[Leaf]:
        def walk(schema: Any, path: tuple[str, ...]) -> Iterator[Leaf]:
            schema = self._resolve(schema)
            if not isinstance(schema, Mapping):
                return
            if "ory.sh/kratos" in schema:
                yield Leaf(path, schema, False)
            for name, sub in schema.get("properties", {}).items():
                yield from walk(sub, (*path, name))
            if isinstance(schema.get("items"), Mapping):
                yield from walk(schema["items"], path)

        yield from walk(self.traits_schema, ())

    # --- validation ---------------------------------------------------------------------------------

    def validate(self, traits: Any) -> list[TraitError]:
        errors: list[TraitError] = []
        self._check(self.traits_schema, traits, (), "#/properties/traits", errors)
        return errors

    def _check(
        self, schema: Any, value: Any, path: tuple[str, ...], spath: str, errors: list[TraitError]
    ) -> None:
        schema = self._resolve(schema)
        if not isinstance(schema, Mapping):
            return
        types = _types(schema)
        if types and not any(_is_type(value, t) for t in types):
            errors.append(TraitError(path, texts.error_wrong_type(types, _type_name(value)), f"{spath}/type"))
            return
        if "const" in schema and value != schema["const"]:
            errors.append(
                TraitError(
                    path,
                    texts.make_text(
                        4000029, f"must be equal to constant {json.dumps(schema['const'])}", "error"
                    ),
                    f"{spath}/const",
                )
            )
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(json.dumps(v) for v in schema["enum"])
            errors.append(
                TraitError(path, texts.error_generic(f"value must be one of {allowed}"), f"{spath}/enum")
            )
        if isinstance(value, str):
            if "minLength" in schema and len(value) < int(schema["minLength"]):
                errors.append(
                    TraitError(
                        path,
                        texts.error_min_length(int(schema["minLength"]), len(value)),
                        f"{spath}/minLength",
                    )
                )
            if "maxLength" in schema and len(value) > int(schema["maxLength"]):
                errors.append(
                    TraitError(
                        path,
                        texts.error_max_length(int(schema["maxLength"]), len(value)),
                        f"{spath}/maxLength",
                    )
                )
            if "pattern" in schema and not re.search(str(schema["pattern"]), value):
                errors.append(
                    TraitError(path, texts.error_pattern(str(schema["pattern"])), f"{spath}/pattern")
                )
            if schema.get("format") == "email" and not _EMAIL.match(value):
                errors.append(
                    TraitError(
                        path, texts.error_generic(f'"{value}" is not valid "email"'), f"{spath}/format"
                    )
                )
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if "minimum" in schema and value < schema["minimum"]:
                msg = texts.make_text(
                    4000018,
                    f"must be >= {schema['minimum']} but found {value}",
                    "error",
                    {"minimum": schema["minimum"], "actual": value},
                )
                errors.append(TraitError(path, msg, f"{spath}/minimum"))
            if "maximum" in schema and value > schema["maximum"]:
                msg = texts.make_text(
                    4000020,
                    f"must be <= {schema['maximum']} but found {value}",
                    "error",
                    {"maximum": schema["maximum"], "actual": value},
                )
                errors.append(TraitError(path, msg, f"{spath}/maximum"))
        if isinstance(value, dict):
            for name in schema.get("required", []):
                if name not in value or value[name] is None or value[name] == "":
                    errors.append(TraitError((*path, name), texts.error_required(name), f"{spath}/required"))
            props = schema.get("properties", {})
            for name, sub in props.items():
                if name in value and value[name] is not None and value[name] != "":
                    self._check(sub, value[name], (*path, name), f"{spath}/properties/{name}", errors)
            extra = schema.get("additionalProperties", True)
            for name in value:
                if name in props:
                    continue
                if extra is False:
                    errors.append(
                        TraitError(
                            path,
                            texts.error_generic(f'additionalProperties "{name}" not allowed'),
                            f"{spath}/additionalProperties",
                        )
                    )
                elif isinstance(extra, Mapping):
                    self._check(extra, value[name], (*path, name), f"{spath}/additionalProperties", errors)
        if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
            for index, item in enumerate(value):
                self._check(schema["items"], item, (*path, str(index)), f"{spath}/items", errors)


def _types(schema: Mapping[str, Any]) -> list[str]:
    declared = schema.get("type")
    if declared is None:
        return []
    return [str(t) for t in declared] if isinstance(declared, list) else [str(declared)]


def _is_type(value: Any, kind: str) -> bool:
    checks: dict[str, bool] = {
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "null": value is None,
    }
    return checks.get(kind, True)


def _type_name(value: Any) -> str:
    # The validator calls every JSON number "number", integral or not ("expected string, but got number").
    for kind in ("null", "boolean", "number", "string", "array", "object"):
        if _is_type(value, kind):
            return kind
    return type(value).__name__


def _values_at(traits: Any, path: tuple[str, ...]) -> list[str]:
    current: list[Any] = [traits]
    for part in path:
        nxt: list[Any] = []
        for item in current:
            if isinstance(item, dict) and part in item:
                child = item[part]
                nxt.extend(child if isinstance(child, list) else [child])
        current = nxt
    return [v for v in current if isinstance(v, str)]


def value_at(traits: Any, path: tuple[str, ...]) -> Any:
    current = traits
    for part in path:
        if not isinstance(current, dict) or part not in current:
            return None
        current = current[part]
    return current
