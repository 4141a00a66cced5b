"""scripts/spec_diff.py: each kind of change, its class, the exit codes and the JSON output.

Small specs are written inline on top of the few schemas ``normalise`` needs, so every comparison goes
through the real normaliser. When ``../shared/reference/kratos`` is present, the published chain
v1.1.0 -> v1.3.1 -> v25.4.0 -> v26.2.0 is checked against the changes known to have happened.
"""

from __future__ import annotations

import copy
import importlib.util
import itertools
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "spec_diff.py"
REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "kratos"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spec_diff_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


spec_diff = _load_script()

Spec = dict[str, Any]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any], *, required: bool | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"content": {"application/json": {"schema": schema}}}
    if required is not None:
        body["required"] = required
    return body


def base_spec() -> Spec:
    """A tiny Kratos-shaped document: the schemas normalise() works on, plus a few operations."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Ory Identities API", "version": "", "description": "Upstream prose."},
        "paths": {
            "/admin/widgets/{id}": {
                "get": {
                    "operationId": "getWidget",
                    "summary": "Get a widget.",
                    "parameters": [
                        {"in": "path", "name": "id", "required": True, "schema": {"type": "string"}},
                        {"in": "query", "name": "expand", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {"description": "widget", **json_body(ref("widget"))},
                        "404": {"description": "missing", **json_body(ref("errorGeneric"))},
                    },
                    "tags": ["identity"],
                },
            },
            "/admin/widgets": {
                "post": {
                    "operationId": "createWidget",
                    "requestBody": json_body(ref("createWidgetBody"), required=True),
                    "responses": {"201": {"description": "created", **json_body(ref("widget"))}},
                    "tags": ["identity"],
                },
            },
        },
        "components": {
            "schemas": {
                # Read only (responses).
                "widget": {
                    "type": "object",
                    "description": "A widget.",
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "name": {"type": "string", "description": "Its name."},
                        "state": {"type": "string", "enum": ["active", "inactive"]},
                        "part": ref("part"),
                        "kind": ref("WidgetKind"),
                    },
                    "required": ["id", "name"],
                },
                "part": {"type": "object", "properties": {"size": {"type": "integer"}}},
                # A scalar alias: the generator makes no class of it.
                "WidgetKind": {"type": "string", "title": "WidgetKind is a string."},
                "errorGeneric": {"type": "object", "properties": {"error": {}}, "required": ["error"]},
                # Written only (request body).
                "createWidgetBody": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "colour": {"type": "string"}},
                    "required": ["name"],
                },
                # What normalise() needs to find in a Kratos document.
                "identity": {"type": "object", "properties": {"credentials": {"type": "object"}}},
                "uiNodeAttributes": {"oneOf": [ref("uiNodeAnchorAttributes"), ref("uiNodeTextAttributes")]},
                "continueWith": {"oneOf": []},
                "uiNodes": {"type": "array", "items": {"type": "object"}},
                "uiNodeAnchorAttributes": {
                    "type": "object",
                    "properties": {"title": ref("uiText"), "node_type": {"type": "string", "enum": ["a"]}},
                    "required": ["node_type"],
                },
                "uiNodeTextAttributes": {"type": "object", "properties": {"text": ref("uiText")}},
                "uiNodeScriptAttributes": {
                    "type": "object",
                    "properties": {"nonce": {"type": "string"}, "src": {"type": "string"}},
                    "required": ["nonce", "src"],
                },
                "uiText": {"type": "object", "properties": {"text": {"type": "string"}}},
            },
            "securitySchemes": {
                "oryAccessToken": {"type": "apiKey", "in": "header", "name": "Authorization"}
            },
        },
    }


def op(spec: Spec, path: str = "/admin/widgets/{id}", method: str = "get") -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def param(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in op(spec)["parameters"] if p["name"] == name)


def schema(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def run(tmp_path: Path, old: Spec, new: Spec, *args: str) -> tuple[int, str]:
    old_path, new_path = tmp_path / "old.json", tmp_path / "new.json"
    old_path.write_text(json.dumps(old))
    new_path.write_text(json.dumps(new))
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), str(old_path), str(new_path), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, proc.stdout


def changes_between(tmp_path: Path, old: Spec, new: Spec) -> list[dict[str, Any]]:
    old_path, new_path = tmp_path / "old.json", tmp_path / "new.json"
    old_path.write_text(json.dumps(old))
    new_path.write_text(json.dumps(new))
    a, b, notes = spec_diff.prepare(old_path, new_path)
    assert notes == [], notes
    return [c.as_dict() for c in spec_diff.diff(a, b)]


def changed(edit: Callable[[Spec], None]) -> tuple[Spec, Spec]:
    old = base_spec()
    new = copy.deepcopy(old)
    edit(new)
    return old, new


def only(found: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(found) == 1, json.dumps(found, indent=1)
    return found[0]


# --------------------------------------------------------------------------- no change


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    rc, out = run(tmp_path, base_spec(), base_spec(), "--fail-on-breaking")
    assert rc == 0
    assert "Summary: no changes" in out


def test_prose_never_counts(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        spec["info"]["description"] = "Different upstream prose."
        op(spec)["summary"] = "Fetch one widget."
        op(spec)["description"] = "Longer text."
        param(spec, "expand")["description"] = "What to expand."
        schema(spec, "widget")["description"] = "Now described differently."
        schema(spec, "widget")["title"] = "A title that would rename the class."
        schema(spec, "widget")["properties"]["name"]["description"] = "The widget's name."
        op(spec)["responses"]["200"]["description"] = "The widget you asked for."

    assert changes_between(tmp_path, *changed(edit)) == []


def test_a_property_named_title_is_not_prose(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        schema(spec, "widget")["properties"]["title"] = {"type": "string"}

    change = only(changes_between(tmp_path, *changed(edit)))
    assert (change["kind"], change["severity"], change["where"]) == (
        "property-added",
        "additive",
        "widget.title",
    )


def test_project_spec_and_upstream_spec_compare_equal_after_normalising(tmp_path: Path) -> None:
    # A project spec (normalised, with our prose overlay) against the same API facts upstream-style.
    upstream = base_spec()
    project = spec_diff.normalise(upstream, api_version="v0.0.1", prose=None)
    project["components"]["schemas"]["widget"]["description"] = "Our own words."
    assert changes_between(tmp_path, upstream, project) == []


def test_scalar_alias_inlined_is_no_change(tmp_path: Path) -> None:
    # Kratos v26 inlined RecoveryAddressType (a plain string) and dropped the component: same client.
    def edit(spec: Spec) -> None:
        schema(spec, "widget")["properties"]["kind"] = {"type": "string"}
        del spec["components"]["schemas"]["WidgetKind"]

    old, new = changed(edit)
    assert changes_between(tmp_path, old, new) == []
    assert changes_between(tmp_path, new, old) == []


def test_alias_resolving_to_another_type_is_a_type_change(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        schema(spec, "WidgetKind")["type"] = "integer"

    change = only(changes_between(tmp_path, *changed(edit)))
    assert change["kind"] == "type-changed"
    assert change["severity"] == "breaking"
    assert change["where"] == "widget.kind"
    assert (change["old"], change["new"]) == ("string", "integer")


# --------------------------------------------------------------------------- operations


def test_operation_added_is_additive(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        spec["paths"]["/admin/widgets"]["get"] = {
            "operationId": "listWidgets",
            "responses": {
                "200": {"description": "ok", **json_body({"type": "array", "items": ref("widget")})}
            },
        }

    change = only(changes_between(tmp_path, *changed(edit)))
    assert change["kind"] == "operation-added"
    assert change["severity"] == "additive"
    assert change["operation"] == "GET /admin/widgets"
    assert change["operation_id"] == "listWidgets"


def test_operation_removed_is_breaking(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        del spec["paths"]["/admin/widgets"]

    found = changes_between(tmp_path, *changed(edit))
    removed = only([c for c in found if c["kind"] == "operation-removed"])
    assert removed["severity"] == "breaking"
    assert removed["operation_id"] == "createWidget"
    # createWidgetBody is now reached from nowhere but still a component: nothing else changed.
    assert len(found) == 1


def test_operation_id_renamed_is_breaking(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        op(spec)["operationId"] = "fetchWidget"

    change = only(changes_between(tmp_path, *changed(edit)))
    assert (change["kind"], change["severity"]) == ("operation-id-changed", "breaking")
    assert (change["old"], change["new"]) == ("getWidget", "fetchWidget")


def test_tags_and_deprecation_are_cosmetic(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        op(spec)["tags"] = ["widgets"]
        op(spec)["deprecated"] = True
        op(spec)["x-ory-ratelimit-bucket"] = "kratos-admin-low"

    found = changes_between(tmp_path, *changed(edit))
    assert {c["severity"] for c in found} == {"cosmetic"}
    assert sorted((c["kind"], c.get("keyword")) for c in found) == [
        ("deprecated", None),
        ("keyword-changed", "tags"),
        ("keyword-changed", "x-ory-ratelimit-bucket"),
    ]


# --------------------------------------------------------------------------- parameters


@pytest.mark.parametrize(
    ("edit", "kind", "severity"),
    [
        (
            lambda s: op(s)["parameters"].append(
                {"in": "query", "name": "page", "schema": {"type": "integer"}}
            ),
            "parameter-added",
            "additive",
        ),
        (
            lambda s: op(s)["parameters"].append(
                {"in": "header", "name": "X-Tenant", "required": True, "schema": {"type": "string"}}
            ),
            "parameter-added",
            "breaking",
        ),
        (
            lambda s: op(s)["parameters"].remove(param(s, "expand")),
            "parameter-removed",
            "breaking",
        ),
        (lambda s: param(s, "expand").update(required=True), "parameter-now-required", "breaking"),
        (lambda s: param(s, "id").update(required=False), "parameter-now-optional", "additive"),
        (lambda s: param(s, "expand").update(schema={"type": "integer"}), "type-changed", "breaking"),
        (
            lambda s: param(s, "expand").update(schema={"type": "string", "format": "uuid"}),
            "type-changed",
            "breaking",
        ),
        (lambda s: param(s, "expand").update(style="deepObject"), "keyword-changed", "breaking"),
        (lambda s: param(s, "expand").update(example="identity"), "keyword-changed", "cosmetic"),
    ],
)
def test_parameter_changes(tmp_path: Path, edit: Callable[[Spec], None], kind: str, severity: str) -> None:
    change = only(changes_between(tmp_path, *changed(edit)))
    assert (change["kind"], change["severity"]) == (kind, severity)
    assert change["area"] == "parameter"
    assert change["operation"] == "GET /admin/widgets/{id}"


def test_parameter_scalar_to_array_is_breaking_and_says_so(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        param(spec, "expand")["schema"] = {"type": "array", "items": {"type": "string", "enum": ["identity"]}}

    change = only(changes_between(tmp_path, *changed(edit)))
    assert (change["kind"], change["severity"], change["parameter"]) == ("type-changed", "breaking", "expand")
    assert "scalar -> array" in change["detail"]
    assert (change["old"], change["new"]) == ("string", "array[string enum]")


def test_enum_on_an_array_schema_is_a_scalar_enum_like_the_generator_reads_it(tmp_path: Path) -> None:
    # Kratos v1.1.0 put `enum` beside `type: array`; openapi-python-client checks `enum` first and
    # generates a single enum value, so moving the enum into `items` turns a scalar into a list.
    old, new = base_spec(), base_spec()
    param(old, "expand")["schema"] = {
        "type": "array",
        "enum": ["identity", "devices"],
        "items": {"type": "string"},
    }
    param(new, "expand")["schema"] = {
        "type": "array",
        "items": {"type": "string", "enum": ["identity", "devices"]},
    }
    change = only(changes_between(tmp_path, old, new))
    assert change["kind"] == "type-changed"
    assert "scalar -> array" in change["detail"]


def test_parameter_enum_values(tmp_path: Path) -> None:
    old, new = base_spec(), base_spec()
    param(old, "expand")["schema"] = {"type": "string", "enum": ["identity", "devices"]}
    param(new, "expand")["schema"] = {"type": "string", "enum": ["identity", "organization"]}
    found = changes_between(tmp_path, old, new)
    assert sorted((c["kind"], c["severity"], c.get("old") or c.get("new")) for c in found) == [
        ("enum-value-added", "additive", "organization"),
        ("enum-value-removed", "breaking", "devices"),
    ]


# --------------------------------------------------------------------------- request bodies


def test_request_body_changes(tmp_path: Path) -> None:
    post = "/admin/widgets"

    def optional_body(spec: Spec) -> None:
        op(spec, post, "post")["requestBody"]["required"] = False

    def form_only(spec: Spec) -> None:
        op(spec, post, "post")["requestBody"]["content"] = {
            "application/x-www-form-urlencoded": {"schema": ref("createWidgetBody")}
        }

    def other_model(spec: Spec) -> None:
        op(spec, post, "post")["requestBody"] = json_body(ref("part"), required=True)

    def no_body(spec: Spec) -> None:
        del op(spec, post, "post")["requestBody"]

    assert [(c["kind"], c["severity"]) for c in changes_between(tmp_path, *changed(optional_body))] == [
        ("request-body-now-optional", "additive")
    ]
    assert sorted((c["kind"], c["severity"]) for c in changes_between(tmp_path, *changed(form_only))) == [
        ("content-type-added", "additive"),
        ("content-type-removed", "breaking"),
    ]
    change = only(changes_between(tmp_path, *changed(other_model)))
    assert (change["kind"], change["severity"]) == ("type-changed", "breaking")
    assert change["where"] == "POST /admin/widgets request body (application/json)"
    assert (change["old"], change["new"]) == ("createWidgetBody", "part")
    assert [(c["kind"], c["severity"]) for c in changes_between(tmp_path, *changed(no_body))] == [
        ("request-body-removed", "breaking")
    ]
    # And the other way round: a body where there was none.
    old, new = changed(no_body)
    assert [(c["kind"], c["severity"]) for c in changes_between(tmp_path, new, old)] == [
        ("request-body-added", "breaking")
    ]
    op(old, post, "post")["requestBody"]["required"] = False
    assert [(c["kind"], c["severity"]) for c in changes_between(tmp_path, new, old)] == [
        ("request-body-added", "additive")
    ]


# --------------------------------------------------------------------------- responses


def test_response_status_added_and_removed(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        responses = op(spec)["responses"]
        del responses["404"]
        responses["410"] = {"description": "gone", **json_body(ref("errorGeneric"))}

    found = changes_between(tmp_path, *changed(edit))
    assert sorted((c["kind"], c["severity"], c["where"]) for c in found) == [
        ("response-added", "additive", "GET /admin/widgets/{id} response 410"),
        ("response-removed", "breaking", "GET /admin/widgets/{id} response 404"),
    ]


def test_response_model_changed_is_breaking(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        op(spec)["responses"]["200"]["content"]["application/json"]["schema"] = {
            "type": "array",
            "items": ref("widget"),
        }

    change = only(changes_between(tmp_path, *changed(edit)))
    assert (change["kind"], change["severity"], change["area"]) == ("type-changed", "breaking", "response")
    assert change["where"] == "GET /admin/widgets/{id} response 200 (application/json)"
    assert (change["old"], change["new"]) == ("widget", "array[widget]")


def test_component_responses_are_followed(tmp_path: Path) -> None:
    old, new = base_spec(), base_spec()
    for spec, model in ((old, "widget"), (new, "part")):
        spec["components"]["responses"] = {"widgetResponse": json_body(ref(model))}
        op(spec)["responses"]["200"] = {"$ref": "#/components/responses/widgetResponse"}
    change = only(changes_between(tmp_path, old, new))
    assert change["where"] == "GET /admin/widgets/{id} response 200 (application/json)"
    assert (change["old"], change["new"]) == ("widget", "part")


# --------------------------------------------------------------------------- schemas


@pytest.mark.parametrize(
    ("name", "edit", "kind", "severity"),
    [
        # Read-only schema (only in responses).
        ("widget", lambda w: w["properties"].update(colour={"type": "string"}), "property-added", "additive"),
        ("widget", lambda w: w["required"].append("state"), "property-now-required", "additive"),
        ("widget", lambda w: w["required"].remove("id"), "property-now-optional", "breaking"),
        ("widget", lambda w: w["properties"].pop("state"), "property-removed", "breaking"),
        ("widget", lambda w: w["properties"]["name"].update(nullable=True), "nullable-added", "breaking"),
        ("widget", lambda w: w["properties"]["name"].update(type="integer"), "type-changed", "breaking"),
        (
            "widget",
            lambda w: w["properties"]["part"].update({"$ref": "#/components/schemas/uiText"}),
            "type-changed",
            "breaking",
        ),
        (
            "widget",
            lambda w: w["properties"]["state"]["enum"].append("banned"),
            "enum-value-added",
            "additive",
        ),
        (
            "widget",
            lambda w: w["properties"]["state"]["enum"].remove("inactive"),
            "enum-value-removed",
            "breaking",
        ),
        ("widget", lambda w: w["properties"]["name"].update(maxLength=64), "keyword-changed", "cosmetic"),
        # Write-only schema (only in a request body).
        ("createWidgetBody", lambda b: b["required"].append("colour"), "property-now-required", "breaking"),
        ("createWidgetBody", lambda b: b["required"].remove("name"), "property-now-optional", "additive"),
        (
            "createWidgetBody",
            lambda b: (b["properties"].update(size={"type": "integer"}), b["required"].append("size")),
            "property-added",
            "breaking",
        ),
        (
            "createWidgetBody",
            lambda b: b["properties"].update(size={"type": "integer"}),
            "property-added",
            "additive",
        ),
        (
            "createWidgetBody",
            lambda b: b["properties"]["name"].update(nullable=True),
            "nullable-added",
            "additive",
        ),
        ("createWidgetBody", lambda b: b["properties"].pop("colour"), "property-removed", "breaking"),
    ],
)
def test_schema_field_changes(
    tmp_path: Path, name: str, edit: Callable[[dict[str, Any]], object], kind: str, severity: str
) -> None:
    change = only(changes_between(tmp_path, *changed(lambda s: edit(schema(s, name)))))
    assert (change["kind"], change["severity"], change["schema"], change["area"]) == (
        kind,
        severity,
        name,
        "schema",
    )


def test_required_property_added_to_a_response_schema_is_additive(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        schema(spec, "widget")["properties"]["created_at"] = {"type": "string", "format": "date-time"}
        schema(spec, "widget")["required"].append("created_at")

    change = only(changes_between(tmp_path, *changed(edit)))
    assert (change["kind"], change["severity"], change["property"]) == (
        "property-added",
        "additive",
        "created_at",
    )


def test_schema_read_and_written_takes_the_worse_class(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        # `part` is read through widget; make createWidgetBody write it too.
        schema(spec, "createWidgetBody")["properties"]["part"] = ref("part")
        schema(spec, "part")["required"] = ["size"]

    old, new = base_spec(), base_spec()
    schema(old, "createWidgetBody")["properties"]["part"] = ref("part")
    edit(new)
    change = only(changes_between(tmp_path, old, new))
    assert (change["kind"], change["severity"], change["where"]) == (
        "property-now-required",
        "breaking",
        "part.size",
    )


def test_nested_inline_schemas_are_compared(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        schema(spec, "widget")["properties"]["tags"] = {"type": "array", "items": {"type": "string"}}

    _, old = changed(edit)
    new = copy.deepcopy(old)
    schema(new, "widget")["properties"]["tags"]["items"] = {"type": "integer"}
    change = only(changes_between(tmp_path, old, new))
    assert (change["kind"], change["where"], change["property"]) == (
        "type-changed",
        "widget.tags[]",
        "tags[]",
    )


def test_schema_added_and_removed(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        spec["components"]["schemas"]["gadget"] = {"type": "object", "properties": {"id": {"type": "string"}}}
        del spec["components"]["schemas"]["uiText"]
        for name in ("uiNodeAnchorAttributes", "uiNodeTextAttributes"):
            schema(spec, name)["properties"].pop("title", None)
            schema(spec, name)["properties"].pop("text", None)
        schema(spec, "uiNodeTextAttributes")["properties"]["text"] = {"type": "string"}
        schema(spec, "uiNodeAnchorAttributes")["properties"]["title"] = {"type": "string"}

    found = changes_between(tmp_path, *changed(edit))
    kinds = {(c["kind"], c["severity"], c["where"]) for c in found}
    assert ("schema-added", "additive", "gadget") in kinds
    assert ("schema-removed", "breaking", "uiText") in kinds


def test_union_members(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        members = schema(spec, "uiNodeAttributes")["oneOf"]
        members.remove(ref("uiNodeTextAttributes"))
        members.insert(0, ref("uiNodeScriptAttributes"))

    found = changes_between(tmp_path, *changed(edit))
    assert sorted((c["kind"], c["severity"], c["new"] if "new" in c else c["old"]) for c in found) == [
        ("union-member-added", "additive", "uiNodeScriptAttributes"),
        ("union-member-removed", "breaking", "uiNodeTextAttributes"),
    ]


# --------------------------------------------------------------------------- CLI


def _breaking_and_additive() -> tuple[Spec, Spec]:
    def edit(spec: Spec) -> None:
        schema(spec, "widget")["required"].remove("id")  # breaking
        schema(spec, "widget")["properties"]["colour"] = {"type": "string"}  # additive
        op(spec)["tags"] = ["widgets"]  # cosmetic

    return changed(edit)


def test_exit_codes(tmp_path: Path) -> None:
    old, new = _breaking_and_additive()
    assert run(tmp_path, old, new)[0] == 0
    assert run(tmp_path, old, new, "--fail-on-breaking")[0] == 1
    assert run(tmp_path, old, new, "--fail-on-breaking", "--json")[0] == 1
    additive_only = copy.deepcopy(old)
    schema(additive_only, "widget")["properties"]["colour"] = {"type": "string"}
    assert run(tmp_path, old, additive_only, "--fail-on-breaking")[0] == 0


def test_bad_input_exits_2(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "ok.json").write_text(json.dumps(base_spec()))
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "broken.json"), str(tmp_path / "ok.json")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "broken.json" in proc.stderr


def test_text_output_is_grouped_by_class_with_a_summary(tmp_path: Path) -> None:
    old, new = _breaking_and_additive()
    _, out = run(tmp_path, old, new)
    lines = out.splitlines()
    heads = [line for line in lines if line.endswith("):") and not line.startswith(" ")]
    assert heads == ["Breaking changes (1):", "Additive changes (1):", "Cosmetic changes (1):"]
    breaking = lines.index("Breaking changes (1):")
    assert lines[breaking + 1] == "  Schemas:"
    assert lines[breaking + 2] == "    - widget.id: required -> optional"
    assert "    - widget.colour: optional property added" in lines
    assert lines[-1] == "Summary: 1 breaking, 1 additive, 1 cosmetic (3 changes)"


def test_json_output(tmp_path: Path) -> None:
    old, new = _breaking_and_additive()
    rc, out = run(tmp_path, old, new, "--json")
    assert rc == 0
    payload = json.loads(out)
    assert payload["summary"] == {"breaking": 1, "additive": 1, "cosmetic": 1, "total": 3}
    assert payload["old"] == {"file": "old.json", "api_version": "unknown"}
    by_kind = {c["kind"]: c for c in payload["changes"]}
    assert by_kind["property-now-optional"] == {
        "area": "schema",
        "where": "widget.id",
        "kind": "property-now-optional",
        "severity": "breaking",
        "detail": "required -> optional",
        "schema": "widget",
        "property": "id",
        "old": "required",
        "new": "optional",
    }
    assert by_kind["keyword-changed"]["operation_id"] == "getWidget"


def test_documents_the_normaliser_cannot_handle_are_still_compared(tmp_path: Path) -> None:
    old = {
        "openapi": "3.0.3",
        "info": {},
        "paths": {"/ping": {"get": {"operationId": "ping", "responses": {}}}},
    }
    new = copy.deepcopy(old)
    new["paths"]["/ping"]["get"]["description"] = "prose is still ignored"
    new["paths"]["/pong"] = {"get": {"operationId": "pong", "responses": {}}}
    rc, out = run(tmp_path, old, new, "--json")
    assert rc == 0
    payload = json.loads(out)
    assert len(payload["notes"]) == 1 and "normaliser" in payload["notes"][0]
    assert [(c["kind"], c["operation_id"]) for c in payload["changes"]] == [("operation-added", "pong")]


# --------------------------------------------------------------------------- the published chain

needs_reference = pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference/kratos not present")


def chain_step(old: str, new: str) -> list[dict[str, Any]]:
    a, b, notes = spec_diff.prepare(REFERENCE / f"kratos-{old}.json", REFERENCE / f"kratos-{new}.json")
    assert notes == [], notes
    return [c.as_dict() for c in spec_diff.diff(a, b)]


@pytest.fixture(scope="module")
def chain() -> dict[str, list[dict[str, Any]]]:
    if not REFERENCE.is_dir():
        pytest.skip("../shared/reference/kratos not present")
    versions = ["v1.1.0", "v1.3.1", "v25.4.0", "v26.2.0"]
    return {f"{a}->{b}": chain_step(a, b) for a, b in itertools.pairwise(versions)}


def operations_added(found: list[dict[str, Any]]) -> set[str]:
    return {c["operation_id"] for c in found if c["kind"] == "operation-added"}


@needs_reference
def test_chain_expand_went_scalar_to_list(chain: dict[str, list[dict[str, Any]]]) -> None:
    expand = [c for c in chain["v1.1.0->v1.3.1"] if c.get("parameter") == "expand"]
    assert {(c["operation_id"], c["kind"], c["severity"]) for c in expand} == {
        ("listSessions", "type-changed", "breaking"),
        ("getSession", "type-changed", "breaking"),
    }
    assert all("scalar -> array" in c["detail"] for c in expand)
    for step in ("v1.3.1->v25.4.0", "v25.4.0->v26.2.0"):
        assert not [c for c in chain[step] if c.get("parameter") == "expand"]


@needs_reference
def test_chain_recovery_identity_address_id_became_optional(chain: dict[str, list[dict[str, Any]]]) -> None:
    hits = [
        (step, c["kind"], c["severity"])
        for step, found in chain.items()
        for c in found
        if c.get("schema") == "recoveryIdentityAddress" and c.get("property") == "id"
    ]
    assert hits == [("v1.3.1->v25.4.0", "property-now-optional", "breaking")]


@needs_reference
def test_chain_operations_added(chain: dict[str, list[dict[str, Any]]]) -> None:
    assert operations_added(chain["v1.3.1->v25.4.0"]) == {
        "getIdentityByExternalID",
        "createFedcmFlow",
        "updateFedcmFlow",
    }
    assert operations_added(chain["v1.1.0->v1.3.1"]) == set()
    assert operations_added(chain["v25.4.0->v26.2.0"]) == set()
    assert not [c for found in chain.values() for c in found if c["kind"] == "operation-removed"]


@needs_reference
def test_chain_v25_to_v26_changes_nothing_a_client_sees(chain: dict[str, list[dict[str, Any]]]) -> None:
    found = chain["v25.4.0->v26.2.0"]
    # No operation, parameter, body, response or field changed; what remains is metadata: the rate-limit
    # bucket extension on every operation and page_token's `minimum`/`default`.
    assert [c for c in found if c["severity"] != "cosmetic"] == []
    assert {c.get("keyword") for c in found} <= {"x-ory-ratelimit-bucket", "minimum", "default"}


@needs_reference
def test_chain_breaking_steps_fail_the_gate(tmp_path: Path) -> None:
    args = [sys.executable, str(SCRIPT), "--fail-on-breaking"]
    first = subprocess.run(
        [*args, str(REFERENCE / "kratos-v1.3.1.json"), str(REFERENCE / "kratos-v25.4.0.json")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    last = subprocess.run(
        [*args, str(REFERENCE / "kratos-v25.4.0.json"), str(REFERENCE / "kratos-v26.2.0.json")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (first.returncode, last.returncode) == (1, 0), first.stderr + last.stderr


@needs_reference
def test_project_spec_matches_its_upstream(tmp_path: Path) -> None:
    project = ROOT / "openapi" / "kratos-api.json"
    api_version = json.loads(project.read_text())["info"]["version"]
    upstream = REFERENCE / f"kratos-{api_version}.json"
    if not upstream.exists():
        pytest.skip(f"no reference spec for {api_version}")
    a, b, notes = spec_diff.prepare(upstream, project)
    assert notes == []
    assert spec_diff.diff(a, b) == []
