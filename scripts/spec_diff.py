#!/usr/bin/env python3
"""Compare two Kratos OpenAPI documents and classify every change for a client.

Usage:
    python scripts/spec_diff.py OLD.json NEW.json [--fail-on-breaking] [--json]

Both inputs may be upstream documents or this project's spec: each is run
through ``normalise`` from ``scripts/normalise_spec.py`` (without the prose
overlay) first, so descriptions, summaries and titles never count as changes.

Every change is classified from the point of view of code written against the
client generated from OLD once it is regenerated from NEW:

* breaking - removals; types that change (``string`` -> ``array[string]``);
  response fields, models or values that readers can no longer count on (a
  response property becoming optional or nullable); anything a caller must now
  send (a parameter, body or request property becoming required);
* additive - new operations, optional parameters, response statuses, schemas,
  properties, enum values and union members; requirements that relax for
  writers or tighten for readers;
* cosmetic - everything else the client does not see: tags, ``deprecated``,
  examples, defaults, validation constraints, ``x-*`` extensions.

Whether a schema is read or written is worked out from the operations that
reach it (in either document); a schema reached from nowhere counts as both.
Scalar alias components (``RecoveryAddressType = string``) produce no class in
the generated client: references to them are compared by what they resolve to
and the aliases themselves are neither added nor removed.

Exit status: 0, or 1 with ``--fail-on-breaking`` when there is a breaking
change; 2 on bad input.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from normalise_spec import (
    drop_parameter_defaults,
    free_form_as_any,
    normalise,
    set_info,
    strip_prose,
)

BREAKING = "breaking"
ADDITIVE = "additive"
COSMETIC = "cosmetic"
CLASSES = (BREAKING, ADDITIVE, COSMETIC)

REQUEST = frozenset({"request"})
RESPONSE = frozenset({"response"})
BOTH = REQUEST | RESPONSE

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_PREFIX = "#/components/schemas/"

# Areas, in the order the report lists them, with their headings.
AREA_TITLES = {
    "operation": "Operations",
    "parameter": "Parameters",
    "request body": "Request bodies",
    "response": "Responses",
    "schema": "Schemas",
    "security": "Security schemes",
    "document": "Document",
}
AREAS = tuple(AREA_TITLES)

# Schema keywords compare_schema understands; any other keyword is compared verbatim (cosmetic).
STRUCTURAL_KEYS = frozenset(
    {
        "$ref",
        "type",
        "format",
        "nullable",
        "enum",
        "items",
        "properties",
        "required",
        "additionalProperties",
        "oneOf",
        "anyOf",
        "allOf",
    }
)
# Nesting of inline schemas compared before giving up (guards against self-referencing aliases).
MAX_DEPTH = 64
# Parameter keywords that change how the client serialises the value.
SERIALISATION_KEYS = frozenset({"style", "explode", "allowReserved", "content"})


@dataclass(frozen=True)
class Change:
    """One difference between the two documents."""

    area: str
    where: str
    kind: str
    severity: str
    detail: str
    operation: str | None = None
    operation_id: str | None = None
    parameter: str | None = None
    schema: str | None = None
    property: str | None = None
    keyword: str | None = None
    old: str | None = None
    new: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value is not None}


@dataclass
class Spec:
    """A normalised document with the lookups the comparison needs."""

    label: str
    api_version: str
    doc: dict[str, Any]
    reads: set[str] = field(default_factory=set)
    writes: set[str] = field(default_factory=set)

    @property
    def schemas(self) -> dict[str, Any]:
        schemas: dict[str, Any] = self.doc.get("components", {}).get("schemas", {})
        return schemas

    def deref(self, node: Any) -> Any:
        """Follow a local ``$ref`` (responses, parameters, request bodies)."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
            ref = node["$ref"]
            seen.add(ref)
            target: Any = self.doc
            for part in ref.lstrip("#/").split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    return node
                target = target[part]
            node = target
        return node

    def is_alias(self, name: str) -> bool:
        schema = self.schemas.get(name)
        return isinstance(schema, dict) and is_alias(schema)

    def inline_aliases(self, schema: Any) -> Any:
        """Replace a reference to a scalar alias component by what it stands for."""
        seen: set[str] = set()
        while isinstance(schema, dict):
            name = ref_name(schema)
            if name is None or name in seen or not self.is_alias(name):
                break
            seen.add(name)
            siblings = {key: value for key, value in schema.items() if key != "$ref"}
            schema = {**self.schemas[name], **siblings}
        return schema


def is_alias(schema: dict[str, Any]) -> bool:
    """True if the generator makes no class of this component (a scalar, array or any)."""
    if "$ref" in schema:
        return True
    class_keys = ("properties", "enum", "oneOf", "anyOf", "allOf", "additionalProperties")
    if any(key in schema for key in class_keys):
        return False
    return schema.get("type") != "object"


def ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            return ref[len(SCHEMA_PREFIX) :]
    return None


def schema_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        name = ref_name(node)
        if name is not None:
            yield name
        for value in node.values():
            yield from schema_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from schema_refs(item)


# --------------------------------------------------------------------------- loading


def guess_version(path: Path, doc: dict[str, Any]) -> str:
    match = re.search(r"v\d+\.\d+\.\d+", path.name)
    if match:
        return match.group(0)
    return str(doc.get("info", {}).get("version") or "unknown")


def lite_normalise(doc: dict[str, Any], api_version: str) -> dict[str, Any]:
    """The Kratos-independent part of ``normalise``: for documents it cannot handle."""
    spec = strip_prose(copy.deepcopy(doc))
    assert isinstance(spec, dict)
    spec.setdefault("paths", {})
    set_info(spec, api_version)
    spec = free_form_as_any(spec)
    drop_parameter_defaults(spec)
    assert isinstance(spec, dict)
    return spec


def load(path: Path) -> tuple[dict[str, Any], str]:
    try:
        doc = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise SystemExit(f"spec_diff: cannot read {path}: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        raise SystemExit(f"spec_diff: {path} is not an OpenAPI document (no paths)")
    return doc, guess_version(path, doc)


def prepare(old_path: Path, new_path: Path) -> tuple[Spec, Spec, list[str]]:
    """Normalise both documents the same way; fall back to stripping prose only for both."""
    notes: list[str] = []
    loaded = [(path, *load(path)) for path in (old_path, new_path)]
    try:
        docs = [normalise(doc, api_version=version, prose=None) for _, doc, version in loaded]
    except (KeyError, TypeError, IndexError, AttributeError, AssertionError) as exc:
        notes.append(
            f"normalise_spec.normalise cannot handle these documents ({type(exc).__name__}: {exc}); "
            "both were compared with prose stripped only - the normaliser may need updating"
        )
        docs = [lite_normalise(doc, version) for _, doc, version in loaded]
    specs = [
        Spec(label=path.name, api_version=version, doc=doc)
        for (path, _, version), doc in zip(loaded, docs, strict=True)
    ]
    for spec in specs:
        compute_usage(spec)
    return specs[0], specs[1], notes


def operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any], list[Any]]]:
    """(METHOD, path, operation, path-level parameters) for every operation."""
    for path, item in spec.doc.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        item = spec.deref(item)
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield method.upper(), path, op, list(item.get("parameters", []))


def compute_usage(spec: Spec) -> None:
    """Which component schemas are written (request) and read (response)."""
    write_roots: set[str] = set()
    read_roots: set[str] = set()
    for _, _, op, shared in operations(spec):
        for param in [*shared, *op.get("parameters", [])]:
            write_roots.update(schema_refs(spec.deref(param)))
        if "requestBody" in op:
            write_roots.update(schema_refs(spec.deref(op["requestBody"])))
        for response in op.get("responses", {}).values():
            read_roots.update(schema_refs(spec.deref(response)))
    spec.writes = closure(spec, write_roots)
    spec.reads = closure(spec, read_roots)


def closure(spec: Spec, roots: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(schema_refs(spec.schemas.get(name, {})))
    return seen


# --------------------------------------------------------------------------- describing


def describe(schema: Any) -> str:
    if not isinstance(schema, dict):
        return "any" if schema is True or schema is None else json.dumps(schema)
    name = ref_name(schema)
    text: str
    if name is not None:
        text = name
    elif is_enum(schema):
        text = f"{enum_type(schema)} enum"
    elif "oneOf" in schema or "anyOf" in schema or "allOf" in schema:
        key = next(k for k in ("oneOf", "anyOf", "allOf") if k in schema)
        text = f"{key}[{' | '.join(describe(member) for member in schema[key])}]"
    elif schema.get("type") == "array":
        text = f"array[{describe(schema.get('items', {}))}]"
    elif schema.get("type") == "object" or "properties" in schema or "additionalProperties" in schema:
        extra = schema.get("additionalProperties")
        if "properties" not in schema and isinstance(extra, dict):
            text = f"map[string, {describe(extra)}]"
        else:
            text = "object"
    elif "type" in schema:
        text = str(schema["type"])
        if "format" in schema:
            text += f"({schema['format']})"
    else:
        text = "any"
    if schema.get("nullable") is True:
        text += " | null"
    return text


def is_enum(schema: dict[str, Any]) -> bool:
    # openapi-python-client looks at `enum` before `type` (booleans aside): an array schema with an
    # `enum` of its own, as Kratos v1.1.0 declares `expand`, is generated as a scalar enum.
    return bool(schema.get("enum")) and schema.get("type") != "boolean" and ref_name(schema) is None


def enum_type(schema: dict[str, Any]) -> str:
    kinds = {type(value) for value in schema.get("enum", []) if value is not None}
    if kinds <= {str}:
        return "string"
    if kinds <= {int}:
        return "integer"
    if kinds <= {int, float}:
        return "number"
    return "any"


def shape(schema: Any) -> tuple[str, ...]:
    """What decides the generated Python type, ignoring what compare_schema looks into."""
    if not isinstance(schema, dict):
        return ("any",)
    name = ref_name(schema)
    if name is not None:
        return ("ref", name)
    if is_enum(schema):
        return ("scalar", enum_type(schema), "")
    for key in ("oneOf", "anyOf", "allOf"):
        if key in schema:
            return (key,)
    kind = schema.get("type")
    if kind == "array":
        return ("array",)
    if kind == "object" or "properties" in schema or "additionalProperties" in schema:
        return ("object",)
    if kind is None:
        return ("any",)
    return ("scalar", str(kind), str(schema.get("format", "")))


def short(value: Any) -> str:
    text = json.dumps(value, sort_keys=True)
    return text if len(text) <= 60 else text[:57] + "..."


# --------------------------------------------------------------------------- comparing


@dataclass
class Context:
    """Where a schema sits: for the location text and the fields of each change."""

    area: str
    where: str
    uses: frozenset[str]
    operation: str | None = None
    operation_id: str | None = None
    parameter: str | None = None
    schema: str | None = None
    property: str | None = None
    depth: int = 0

    def child(self, suffix: str, *, prop: str | None = None) -> Context:
        where = f"{self.where}{suffix}"
        prop_path = self.property
        if prop is not None:
            prop_path = f"{self.property}.{prop}" if self.property else prop
        elif self.property is not None:
            prop_path = f"{self.property}{suffix}"
        return Context(
            area=self.area,
            where=where,
            uses=self.uses,
            operation=self.operation,
            operation_id=self.operation_id,
            parameter=self.parameter,
            schema=self.schema,
            property=prop_path,
            depth=self.depth + 1,
        )


class Differ:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []

    # -- recording

    def add(
        self,
        ctx: Context,
        kind: str,
        severity: str,
        detail: str,
        *,
        where: str | None = None,
        old: Any = None,
        new: Any = None,
        **fields: str | None,
    ) -> None:
        values: dict[str, str | None] = {
            "operation": ctx.operation,
            "operation_id": ctx.operation_id,
            "parameter": ctx.parameter,
            "schema": ctx.schema,
            "property": ctx.property,
        }
        values.update(fields)
        self.changes.append(
            Change(
                area=ctx.area,
                where=where or ctx.where,
                kind=kind,
                severity=severity,
                detail=detail,
                old=None if old is None else str(old),
                new=None if new is None else str(new),
                **values,
            )
        )

    def run(self) -> list[Change]:
        self.compare_operations()
        self.compare_schemas()
        self.compare_security_schemes()
        self.compare_document()
        return sorted(self.changes, key=lambda c: (AREAS.index(c.area), c.where, c.kind, c.detail))

    # -- schemas, wherever they are

    def compare_schema(self, old: Any, new: Any, ctx: Context) -> None:
        if ctx.depth > MAX_DEPTH:  # only a self-referencing alias (`A = array of A`) gets here
            return
        old = self.old.inline_aliases(old)
        new = self.new.inline_aliases(new)
        if not isinstance(old, dict) or not isinstance(new, dict):
            if old != new:
                self.add(ctx, "type-changed", BREAKING, f"schema {short(old)} -> {short(new)}")
            return
        old_shape, new_shape = shape(old), shape(new)
        if old_shape != new_shape:
            note = ""
            if old_shape[0] == "scalar" and new_shape[0] == "array":
                note = " (scalar -> array)"
            elif old_shape[0] == "array" and new_shape[0] == "scalar":
                note = " (array -> scalar)"
            self.add(
                ctx,
                "type-changed",
                BREAKING,
                f"type {describe(old)} -> {describe(new)}{note}",
                old=describe(old),
                new=describe(new),
            )
            return
        self.compare_nullable(old, new, ctx)
        self.compare_enum(old, new, ctx)
        if "items" in old or "items" in new:
            self.compare_schema(old.get("items", {}), new.get("items", {}), ctx.child("[]"))
        self.compare_properties(old, new, ctx)
        self.compare_additional(old, new, ctx)
        for key in ("oneOf", "anyOf", "allOf"):
            if key in old or key in new:
                self.compare_members(key, old.get(key, []), new.get(key, []), ctx)
        self.compare_other_keys(old, new, STRUCTURAL_KEYS, ctx)

    def compare_nullable(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> None:
        was, now = old.get("nullable") is True, new.get("nullable") is True
        if was == now:
            return
        if now:
            # Readers may now get None; writers may now send it.
            severity = BREAKING if "response" in ctx.uses else ADDITIVE
            self.add(ctx, "nullable-added", severity, "may now be null", old="not nullable", new="nullable")
        else:
            severity = BREAKING if "request" in ctx.uses else ADDITIVE
            self.add(
                ctx, "nullable-removed", severity, "may no longer be null", old="nullable", new="not nullable"
            )

    def compare_enum(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> None:
        if "enum" not in old and "enum" not in new:
            return
        if "enum" not in old:
            self.add(ctx, "enum-restricted", BREAKING, f"now restricted to {short(new['enum'])}")
            return
        if "enum" not in new:
            self.add(ctx, "enum-lifted", ADDITIVE, "no longer restricted to a list of values")
            return
        old_values, new_values = list(old["enum"]), list(new["enum"])
        for value in new_values:
            if value not in old_values:
                self.add(ctx, "enum-value-added", ADDITIVE, f"enum value {short(value)} added", new=value)
        for value in old_values:
            if value not in new_values:
                self.add(ctx, "enum-value-removed", BREAKING, f"enum value {short(value)} removed", old=value)

    def compare_properties(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> None:
        old_props: dict[str, Any] = old.get("properties", {})
        new_props: dict[str, Any] = new.get("properties", {})
        old_required = set(old.get("required", []))
        new_required = set(new.get("required", []))
        reads, writes = "response" in ctx.uses, "request" in ctx.uses
        for name in sorted(set(old_props) | set(new_props)):
            sub = ctx.child(f".{name}", prop=name)
            if name not in old_props:
                if name in new_required:
                    severity = BREAKING if writes else ADDITIVE
                    self.add(
                        sub,
                        "property-added",
                        severity,
                        "required property added",
                        new=describe(new_props[name]),
                    )
                else:
                    self.add(
                        sub,
                        "property-added",
                        ADDITIVE,
                        "optional property added",
                        new=describe(new_props[name]),
                    )
                continue
            if name not in new_props:
                self.add(sub, "property-removed", BREAKING, "property removed", old=describe(old_props[name]))
                continue
            was, now = name in old_required, name in new_required
            if was and not now:
                # Code reading the field can no longer count on it being there.
                severity = BREAKING if reads else ADDITIVE
                self.add(
                    sub,
                    "property-now-optional",
                    severity,
                    "required -> optional",
                    old="required",
                    new="optional",
                )
            elif now and not was:
                # Code building the object must now supply it.
                severity = BREAKING if writes else ADDITIVE
                self.add(
                    sub,
                    "property-now-required",
                    severity,
                    "optional -> required",
                    old="optional",
                    new="required",
                )
            self.compare_schema(old_props[name], new_props[name], sub)
        # `required` naming properties that are not declared (allowed by JSON Schema).
        undeclared = (old_required ^ new_required) - set(old_props) - set(new_props)
        for name in sorted(undeclared):
            self.add(
                ctx.child(f".{name}", prop=name),
                "required-changed",
                BREAKING if name in new_required and writes else COSMETIC,
                "undeclared property " + ("now required" if name in new_required else "no longer required"),
            )

    def compare_additional(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> None:
        if "additionalProperties" not in old and "additionalProperties" not in new:
            return
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.compare_schema(old_extra, new_extra, ctx.child("{*}"))
        elif old_extra != new_extra:
            self.add(
                ctx,
                "keyword-changed",
                COSMETIC,
                f"additionalProperties {short(old_extra)} -> {short(new_extra)}",
                old=short(old_extra),
                new=short(new_extra),
                keyword="additionalProperties",
            )

    def compare_members(self, key: str, old: list[Any], new: list[Any], ctx: Context) -> None:
        old_members = {describe(self.old.inline_aliases(m)): m for m in old}
        new_members = {describe(self.new.inline_aliases(m)): m for m in new}
        for label in new_members:
            if label not in old_members:
                self.add(ctx, "union-member-added", ADDITIVE, f"{key} member {label} added", new=label)
        for label in old_members:
            if label not in new_members:
                self.add(ctx, "union-member-removed", BREAKING, f"{key} member {label} removed", old=label)
        for label in old_members.keys() & new_members.keys():
            if ref_name(old_members[label]) is None:
                self.compare_schema(old_members[label], new_members[label], ctx.child(f"<{label}>"))

    def compare_other_keys(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        handled: Iterable[str],
        ctx: Context,
        breaking_keys: frozenset[str] = frozenset(),
    ) -> None:
        skip = set(handled)
        for key in sorted((set(old) | set(new)) - skip):
            if old.get(key) == new.get(key):
                continue
            if key == "deprecated":
                now = bool(new.get(key))
                self.add(ctx, "deprecated", COSMETIC, "deprecated" if now else "no longer deprecated")
                continue
            severity = BREAKING if key in breaking_keys else COSMETIC
            if key not in old:
                detail = f"{key} added: {short(new[key])}"
            elif key not in new:
                detail = f"{key} removed (was {short(old[key])})"
            else:
                detail = f"{key} {short(old[key])} -> {short(new[key])}"
            self.add(
                ctx,
                "keyword-changed",
                severity,
                detail,
                old=short(old[key]) if key in old else None,
                new=short(new[key]) if key in new else None,
                keyword=key,
            )

    # -- component schemas

    def uses_of(self, name: str) -> frozenset[str]:
        uses: set[str] = set()
        if name in self.old.reads or name in self.new.reads:
            uses.add("response")
        if name in self.old.writes or name in self.new.writes:
            uses.add("request")
        return frozenset(uses) or BOTH

    def compare_schemas(self) -> None:
        old_schemas, new_schemas = self.old.schemas, self.new.schemas
        for name in sorted(set(old_schemas) | set(new_schemas)):
            ctx = Context(area="schema", where=name, uses=self.uses_of(name), schema=name)
            if name not in old_schemas:
                if not self.new.is_alias(name):
                    self.add(ctx, "schema-added", ADDITIVE, "schema added", new=describe(new_schemas[name]))
            elif name not in new_schemas:
                if not self.old.is_alias(name):
                    self.add(
                        ctx, "schema-removed", BREAKING, "schema removed", old=describe(old_schemas[name])
                    )
            elif not (self.old.is_alias(name) and self.new.is_alias(name)):
                # Aliases are compared where they are used.
                self.compare_schema(old_schemas[name], new_schemas[name], ctx)

    # -- operations

    def compare_operations(self) -> None:
        old_ops = {(method, path): (op, shared) for method, path, op, shared in operations(self.old)}
        new_ops = {(method, path): (op, shared) for method, path, op, shared in operations(self.new)}
        for key in sorted(old_ops.keys() | new_ops.keys(), key=lambda k: (k[1], k[0])):
            label = f"{key[0]} {key[1]}"
            if key not in old_ops:
                op_id = new_ops[key][0].get("operationId")
                ctx = Context("operation", f"{label} ({op_id})", BOTH, operation=label, operation_id=op_id)
                self.add(ctx, "operation-added", ADDITIVE, f"operation {op_id} added")
            elif key not in new_ops:
                op_id = old_ops[key][0].get("operationId")
                ctx = Context("operation", f"{label} ({op_id})", BOTH, operation=label, operation_id=op_id)
                self.add(ctx, "operation-removed", BREAKING, f"operation {op_id} removed")
            else:
                self.compare_operation(label, *old_ops[key], *new_ops[key])

    def compare_operation(
        self,
        label: str,
        old: dict[str, Any],
        old_shared: list[Any],
        new: dict[str, Any],
        new_shared: list[Any],
    ) -> None:
        old_id, new_id = old.get("operationId"), new.get("operationId")
        op_id = new_id or old_id
        ctx = Context("operation", f"{label} ({op_id})", BOTH, operation=label, operation_id=op_id)
        if old_id != new_id:
            self.add(
                ctx,
                "operation-id-changed",
                BREAKING,
                f"operationId {old_id} -> {new_id} (generated function renamed)",
                old=old_id,
                new=new_id,
            )
        self.compare_parameters(
            ctx, [*old_shared, *old.get("parameters", [])], [*new_shared, *new.get("parameters", [])]
        )
        self.compare_request_body(ctx, old.get("requestBody"), new.get("requestBody"))
        self.compare_responses(ctx, old.get("responses", {}), new.get("responses", {}))
        self.compare_security(ctx, old.get("security"), new.get("security"))
        handled = {"operationId", "parameters", "requestBody", "responses", "security"}
        self.compare_other_keys(old, new, handled, ctx)

    def _params(self, spec: Spec, params: list[Any]) -> dict[tuple[str, str], dict[str, Any]]:
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in params:
            param = spec.deref(raw)
            if isinstance(param, dict):
                # Operation-level parameters come last and override path-level ones.
                out[(str(param.get("in")), str(param.get("name")))] = param
        return out

    def compare_parameters(self, op: Context, old: list[Any], new: list[Any]) -> None:
        old_params, new_params = self._params(self.old, old), self._params(self.new, new)
        for key in sorted(old_params.keys() | new_params.keys()):
            where, name = key
            ctx = Context(
                "parameter",
                f"{op.operation} {where} parameter {name}",
                REQUEST,
                operation=op.operation,
                operation_id=op.operation_id,
                parameter=name,
            )
            if key not in old_params:
                if new_params[key].get("required") is True:
                    self.add(ctx, "parameter-added", BREAKING, "required parameter added")
                else:
                    self.add(ctx, "parameter-added", ADDITIVE, "optional parameter added")
                continue
            if key not in new_params:
                self.add(ctx, "parameter-removed", BREAKING, "parameter removed")
                continue
            old_param, new_param = old_params[key], new_params[key]
            was, now = old_param.get("required") is True, new_param.get("required") is True
            if now and not was:
                self.add(
                    ctx,
                    "parameter-now-required",
                    BREAKING,
                    "optional -> required",
                    old="optional",
                    new="required",
                )
            elif was and not now:
                self.add(
                    ctx,
                    "parameter-now-optional",
                    ADDITIVE,
                    "required -> optional",
                    old="required",
                    new="optional",
                )
            self.compare_schema(old_param.get("schema", {}), new_param.get("schema", {}), ctx)
            self.compare_other_keys(
                old_param,
                new_param,
                {"in", "name", "required", "schema"},
                ctx,
                breaking_keys=SERIALISATION_KEYS,
            )

    def compare_request_body(self, op: Context, old_raw: Any, new_raw: Any) -> None:
        ctx = Context(
            "request body",
            f"{op.operation} request body",
            REQUEST,
            operation=op.operation,
            operation_id=op.operation_id,
        )
        old, new = self.old.deref(old_raw), self.new.deref(new_raw)
        if old is None and new is None:
            return
        if old is None:
            required = new.get("required") is True
            self.add(
                ctx,
                "request-body-added",
                BREAKING if required else ADDITIVE,
                ("required" if required else "optional") + " request body added",
                new=", ".join(sorted(new.get("content", {}))),
            )
            return
        if new is None:
            self.add(ctx, "request-body-removed", BREAKING, "request body removed")
            return
        was, now = old.get("required") is True, new.get("required") is True
        if now and not was:
            self.add(
                ctx,
                "request-body-now-required",
                BREAKING,
                "optional -> required",
                old="optional",
                new="required",
            )
        elif was and not now:
            self.add(
                ctx,
                "request-body-now-optional",
                ADDITIVE,
                "required -> optional",
                old="required",
                new="optional",
            )
        self.compare_content(ctx, old.get("content", {}), new.get("content", {}), removed_is=BREAKING)
        self.compare_other_keys(old, new, {"required", "content"}, ctx)

    def compare_content(
        self, ctx: Context, old: dict[str, Any], new: dict[str, Any], *, removed_is: str
    ) -> None:
        for media in sorted(old.keys() | new.keys()):
            sub = ctx.child(f" ({media})")
            if media not in old:
                self.add(
                    sub,
                    "content-type-added",
                    ADDITIVE,
                    f"content type {media} added",
                    new=describe(new[media].get("schema")),
                )
            elif media not in new:
                self.add(
                    sub,
                    "content-type-removed",
                    removed_is,
                    f"content type {media} removed",
                    old=describe(old[media].get("schema")),
                )
            else:
                self.compare_schema(old[media].get("schema", {}), new[media].get("schema", {}), sub)
                self.compare_other_keys(old[media], new[media], {"schema"}, sub)

    def compare_responses(self, op: Context, old: dict[str, Any], new: dict[str, Any]) -> None:
        for status in sorted(old.keys() | new.keys()):
            ctx = Context(
                "response",
                f"{op.operation} response {status}",
                RESPONSE,
                operation=op.operation,
                operation_id=op.operation_id,
            )
            if status not in old:
                model = describe_response(self.new.deref(new[status]))
                self.add(ctx, "response-added", ADDITIVE, f"response {status} added ({model})", new=model)
                continue
            if status not in new:
                model = describe_response(self.old.deref(old[status]))
                self.add(ctx, "response-removed", BREAKING, f"response {status} removed ({model})", old=model)
                continue
            old_response, new_response = self.old.deref(old[status]), self.new.deref(new[status])
            self.compare_content(
                ctx, old_response.get("content", {}), new_response.get("content", {}), removed_is=BREAKING
            )
            self.compare_other_keys(old_response, new_response, {"content"}, ctx)

    def compare_security(self, ctx: Context, old: Any, new: Any) -> None:
        if old == new:
            return
        old_req = {frozenset(req) for req in old or [] if isinstance(req, dict)}
        new_req = {frozenset(req) for req in new or [] if isinstance(req, dict)}
        # Fewer alternatives or no alternative without auth any more: callers may need credentials.
        open_before = not old_req or frozenset() in old_req
        open_now = not new_req or frozenset() in new_req
        severity = ADDITIVE if (open_now or (not open_before and new_req >= old_req)) else BREAKING
        self.add(
            ctx,
            "security-changed",
            severity,
            f"security {short(old)} -> {short(new)}",
            old=short(old),
            new=short(new),
        )

    # -- the rest of the document

    def compare_security_schemes(self) -> None:
        old = self.old.doc.get("components", {}).get("securitySchemes", {})
        new = self.new.doc.get("components", {}).get("securitySchemes", {})
        for name in sorted(old.keys() | new.keys()):
            ctx = Context("security", f"security scheme {name}", BOTH)
            if name not in old:
                self.add(ctx, "security-scheme-added", ADDITIVE, "security scheme added")
            elif name not in new:
                self.add(ctx, "security-scheme-removed", BREAKING, "security scheme removed")
            elif old[name] != new[name]:
                self.add(
                    ctx, "security-scheme-changed", BREAKING, f"{short(old[name])} -> {short(new[name])}"
                )

    def compare_document(self) -> None:
        ctx = Context("document", "document", BOTH)
        self.compare_other_keys(self.old.doc, self.new.doc, {"paths", "components", "info", "openapi"}, ctx)
        old_components = self.old.doc.get("components", {})
        new_components = self.new.doc.get("components", {})
        # responses, parameters and request bodies are compared where operations use them.
        handled = {"schemas", "securitySchemes", "responses", "parameters", "requestBodies"}
        self.compare_other_keys(old_components, new_components, handled, ctx.child(" components"))


def describe_response(response: Any) -> str:
    content = response.get("content", {}) if isinstance(response, dict) else {}
    if not content:
        return "no body"
    return ", ".join(f"{media}: {describe(item.get('schema'))}" for media, item in sorted(content.items()))


def diff(old: Spec, new: Spec) -> list[Change]:
    return Differ(old, new).run()


# --------------------------------------------------------------------------- output


def summary(changes: list[Change]) -> dict[str, int]:
    return {cls: sum(1 for c in changes if c.severity == cls) for cls in CLASSES}


def render_text(old: Spec, new: Spec, changes: list[Change], notes: list[str]) -> str:
    lines = [
        f"Spec diff: {old.label} ({old.api_version}) -> {new.label} ({new.api_version})",
        "Both documents normalised first; descriptions, summaries and titles are ignored.",
    ]
    lines.extend(f"note: {note}" for note in notes)
    for cls in CLASSES:
        group = [c for c in changes if c.severity == cls]
        if not group:
            continue
        lines.append("")
        lines.append(f"{cls.capitalize()} changes ({len(group)}):")
        for area in AREAS:
            in_area = [c for c in group if c.area == area]
            if not in_area:
                continue
            lines.append(f"  {AREA_TITLES[area]}:")
            lines.extend(f"    - {c.where}: {c.detail}" for c in in_area)
    counts = summary(changes)
    lines.append("")
    if changes:
        lines.append(
            f"Summary: {counts[BREAKING]} breaking, {counts[ADDITIVE]} additive, {counts[COSMETIC]} cosmetic "
            f"({len(changes)} change{'s' if len(changes) != 1 else ''})"
        )
    else:
        lines.append("Summary: no changes (0 breaking, 0 additive, 0 cosmetic)")
    return "\n".join(lines) + "\n"


def render_json(old: Spec, new: Spec, changes: list[Change], notes: list[str]) -> str:
    payload = {
        "old": {"file": old.label, "api_version": old.api_version},
        "new": {"file": new.label, "api_version": new.api_version},
        "notes": notes,
        "summary": {**summary(changes), "total": len(changes)},
        "changes": [c.as_dict() for c in changes],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("old", type=Path, help="the older spec (upstream Kratos or openapi/kratos-api.json)")
    parser.add_argument("new", type=Path, help="the newer spec")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 if any change is breaking")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    args = parser.parse_args(argv)
    try:
        old, new, notes = prepare(args.old, args.new)
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            return 2
        raise
    changes = diff(old, new)
    render = render_json if args.json else render_text
    sys.stdout.write(render(old, new, changes, notes))
    if args.fail_on_breaking and any(c.severity == BREAKING for c in changes):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
