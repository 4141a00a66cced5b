#!/usr/bin/env python3
"""Turn an upstream Kratos OpenAPI document into this project's spec.

Usage:
    python scripts/normalise_spec.py UPSTREAM.json [-o openapi/kratos-api.json]
        [--api-version v26.2.0] [--prose openapi/prose.json]

The output keeps every API fact of the input (paths, methods, operation ids,
parameters, bodies, schemas, properties, types, enum values) and changes only
what makes the generated client wrong or the document not ours:

* upstream prose (``description``/``summary``/``title`` keywords) is dropped;
  properties that happen to be *named* ``title`` or ``description`` are kept;
* the inline ``identity.credentials`` map gets its own name so it does not
  collide with the ``identityCredentials`` component;
* null-wrapper schemas (``nullTime`` ...) are marked nullable;
* parameter defaults are removed (the client must not invent query values);
* free-form objects (``{"type": "object"}`` alone) become ``{}`` so the client
  hands back plain dicts instead of empty wrapper classes;
* response-side unions (UI node attributes, ``continue_with``) get an explicit
  catch-all member last, so a newer server's node type or action still parses;
* relaxations that real server output needs (see ``openapi/ERRATA.md``);
* the project's own descriptions are overlaid from ``openapi/prose.json``.

JSON-only request bodies are a generation concern (the committed spec keeps
the form content type, a fact of the API); see ``scripts/generate.py``.

The transformation is deterministic and idempotent: normalising its own output
gives the same bytes.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "openapi" / "kratos-api.json"
DEFAULT_PROSE = ROOT / "openapi" / "prose.json"

PROSE_KEYS = ("description", "summary", "title")
DROPPED_EXTENSIONS = ("x-go-enum-desc",)

# Names the project gives to schemas the upstream document leaves anonymous.
CREDENTIALS_MAP_TITLE = "credentials_map"  # -> class IdentityCredentialsMap
UNKNOWN_MEMBERS = {
    # union schema -> (catch-all schema name, discriminator property)
    "uiNodeAttributes": ("uiNodeUnknownAttributes", "node_type"),
    "continueWith": ("continueWithUnknown", "action"),
}

# Response descriptions are required by OpenAPI; ours are generic and short.
STATUS_TEXT = {
    "200": "OK",
    "201": "Created",
    "204": "No content",
    "303": "See other (browser redirect)",
    "400": "Bad request or a flow with validation messages",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "Not found",
    "409": "Conflict",
    "410": "Gone (flow expired or replaced)",
    "422": "Browser location change required",
    "429": "Too many requests",
    "500": "Internal server error",
    "503": "Service unavailable",
    "default": "Error",
}


def strip_prose(node: Any, *, in_properties: bool = False) -> Any:
    """Drop prose keywords everywhere except as names inside ``properties``."""
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if in_properties:
            # Keys here are property names: keep them all, strip their schemas.
            out[key] = strip_prose(value)
            continue
        if key in PROSE_KEYS and isinstance(value, str):
            continue
        if key in DROPPED_EXTENSIONS:
            continue
        out[key] = strip_prose(value, in_properties=key == "properties")
    return out


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def set_info(spec: dict[str, Any], api_version: str) -> None:
    spec["info"] = {
        "title": "Ory Identities API",
        "version": api_version,
        "x-normalised-by": "ory-facade scripts/normalise_spec.py",
    }
    spec["tags"] = [{"name": tag["name"]} for tag in spec.get("tags", [])]


def describe_responses(spec: dict[str, Any]) -> None:
    """Give every response the one-line description OpenAPI requires."""
    for name, response in spec["components"].get("responses", {}).items():
        response.setdefault("description", _words(name))
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, response in op["responses"].items():
                if "$ref" not in response:
                    response.setdefault("description", STATUS_TEXT.get(status, f"HTTP {status}"))


def _words(camel: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", " ", camel).capitalize()


def drop_parameter_defaults(spec: dict[str, Any]) -> None:
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for param in op.get("parameters", []):
                param.get("schema", {}).pop("default", None)


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any] | None:
    """A component schema, or None when this version of the API has no such schema."""
    found = _schemas(spec).get(name)
    return found if isinstance(found, dict) else None


def _property(spec: dict[str, Any], schema: str, prop: str) -> dict[str, Any] | None:
    found = (_schema(spec, schema) or {}).get("properties", {}).get(prop)
    return found if isinstance(found, dict) else None


def name_credentials_map(spec: dict[str, Any]) -> None:
    credentials = _property(spec, "identity", "credentials")
    if credentials is not None:
        credentials["title"] = CREDENTIALS_MAP_TITLE


def nullable_wrappers(spec: dict[str, Any]) -> None:
    for name, schema in _schemas(spec).items():
        if name.lower().startswith("null") and "$ref" not in schema:
            schema["nullable"] = True


def is_free_form(schema: Any) -> bool:
    if not isinstance(schema, dict) or schema.get("type") != "object":
        return False
    structural = ("properties", "additionalProperties", "oneOf", "anyOf", "allOf", "$ref", "items")
    return not any(key in schema for key in structural)


def free_form_as_any(node: Any) -> Any:
    if isinstance(node, list):
        return [free_form_as_any(item) for item in node]
    if not isinstance(node, dict):
        return node
    if is_free_form(node):
        return {key: value for key, value in node.items() if key != "type"}
    return {key: free_form_as_any(value) for key, value in node.items()}


def add_unknown_members(spec: dict[str, Any]) -> None:
    schemas = _schemas(spec)
    for union, (member, discriminator) in UNKNOWN_MEMBERS.items():
        union_schema = _schema(spec, union)
        if union_schema is None or "oneOf" not in union_schema:
            continue
        schemas[member] = {
            "type": "object",
            "properties": {discriminator: {"type": "string"}},
            "required": [discriminator],
            "additionalProperties": {},
        }
        ref = {"$ref": f"#/components/schemas/{member}"}
        members = [m for m in union_schema["oneOf"] if m != ref]
        union_schema["oneOf"] = [*members, ref]


def real_output_relaxations(spec: dict[str, Any]) -> None:
    """Relaxations that payloads from real servers need; each is in ERRATA.md.

    Each applies only where the document has the schema (older API versions may not).
    """
    # Kratos serialises an empty node list as null (`"nodes": null`).
    nodes = _schema(spec, "uiNodes")
    if nodes is not None:
        nodes["nullable"] = True
    # Anchor titles and text nodes are serialised as `null` when unset. OpenAPI 3.0
    # has no nullable $ref; the sibling keyword records it and scripts/generate.py
    # turns it into a nullable one-member union for the generator.
    for schema, prop in (("uiNodeAnchorAttributes", "title"), ("uiNodeTextAttributes", "text")):
        target = _property(spec, schema, prop)
        if target is not None:
            target["nullable"] = True
    # `details` is declared closed and empty, but Kratos fills it (CSRF hints, redirect_browser_to, ...).
    if _property(spec, "genericError", "details") is not None:
        _schemas(spec)["genericError"]["properties"]["details"] = {}
    # Kratos' own WebAuthn script node carries neither `nonce` nor `src`.
    script = _schema(spec, "uiNodeScriptAttributes")
    if script is not None and "required" in script:
        script["required"] = [name for name in script["required"] if name not in ("nonce", "src")]


def apply_prose(spec: dict[str, Any], prose: dict[str, str]) -> None:
    """Set each ``/json/pointer/description`` of the overlay; fail on stale ones."""
    for pointer, text in sorted(prose.items()):
        parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
        parent: Any = spec
        for part in parts[:-1]:
            if not isinstance(parent, dict) or part not in parent:
                raise SystemExit(f"prose overlay: {pointer} points at nothing in the spec")
            parent = parent[part]
        if parts[-1] not in PROSE_KEYS:
            raise SystemExit(f"prose overlay: {pointer} must end in one of {PROSE_KEYS}")
        parent[parts[-1]] = text


def normalise(
    upstream: dict[str, Any], *, api_version: str, prose: dict[str, str] | None = None
) -> dict[str, Any]:
    spec = strip_prose(copy.deepcopy(upstream))
    assert isinstance(spec, dict)
    set_info(spec, api_version)
    spec = free_form_as_any(spec)
    drop_parameter_defaults(spec)
    name_credentials_map(spec)
    nullable_wrappers(spec)
    add_unknown_members(spec)
    real_output_relaxations(spec)
    if prose:
        apply_prose(spec, prose)
    describe_responses(spec)
    return spec


def dumps(spec: dict[str, Any]) -> str:
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def guess_version(path: Path, spec: dict[str, Any]) -> str:
    match = re.search(r"v\d+\.\d+\.\d+", path.name)
    if match:
        return match.group(0)
    version = str(spec.get("info", {}).get("version") or "")
    if version:
        return version
    raise SystemExit(f"cannot tell the API version of {path}: pass --api-version")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("upstream", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--api-version")
    parser.add_argument("--prose", type=Path, default=DEFAULT_PROSE)
    args = parser.parse_args(argv)
    upstream = json.loads(args.upstream.read_text())
    prose = json.loads(args.prose.read_text()) if args.prose.exists() else {}
    version = args.api_version or guess_version(args.upstream, upstream)
    text = dumps(normalise(upstream, api_version=version, prose=prose))
    if str(args.output) == "-":
        sys.stdout.write(text)
    else:
        args.output.write_text(text)
        print(f"wrote {args.output} (Kratos API {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
