"""Every payload a real Kratos serialised (../shared/fixtures/kratos-real) parses and round-trips."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from roundtrip import roundtrip_differences

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "kratos-real"
MANIFEST = CORPUS / "manifest.json"

pytestmark = pytest.mark.skipif(
    not MANIFEST.exists(), reason="../shared/fixtures/kratos-real is not beside the repo"
)


def _manifest() -> dict[str, str]:
    return json.loads(MANIFEST.read_text()) if MANIFEST.exists() else {}


def model_class(name: str) -> Any:
    module = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return getattr(importlib.import_module(f"ory_kratos_api.models.{module}"), name)


@pytest.mark.parametrize(("path", "model"), sorted(_manifest().items()), ids=lambda v: str(v)[-20:])
def test_real_payload_round_trips(path: str, model: str) -> None:
    payload = json.loads((CORPUS / path).read_text())
    assert roundtrip_differences(model_class(model), payload) == []


def test_the_whole_corpus_is_exercised() -> None:
    # 304 payloads when this was written; a shrinking corpus would silently test less.
    assert len(_manifest()) >= 304


def test_real_ui_nodes_get_the_class_of_their_type() -> None:
    """The catch-all member must not swallow node types the spec knows."""
    from ory_kratos_api.models.ui_node import UiNode
    from ory_kratos_api.models.ui_node_unknown_attributes import UiNodeUnknownAttributes

    seen: set[str] = set()
    for path, model in _manifest().items():
        if model != "UiNode":
            continue
        node = UiNode.from_dict(json.loads((CORPUS / path).read_text()))
        seen.add(node.type_)
        assert not isinstance(node.attributes, UiNodeUnknownAttributes), path
        assert node.attributes.node_type == node.type_
    assert {"input", "script", "a", "text", "img", "div"} <= seen


def _optional_keys(cls: Any, payload: dict[str, Any]) -> list[str]:
    """Keys of ``payload`` that ``cls`` declares optional (its attrs field defaults to ``UNSET``)."""
    import attrs
    from ory_kratos_api.types import UNSET

    optional = {field.name for field in attrs.fields(cls) if field.default is UNSET}
    # Python names differ from JSON names only by a trailing underscore (type_, id_...).
    return [key for key in payload if key in optional or f"{key}_" in optional]


def _with_optional_keys() -> list[tuple[str, str]]:
    """The corpus entries whose top level has optional properties (UI nodes have none: all required)."""
    found = []
    for path, model in sorted(_manifest().items()):
        if _optional_keys(model_class(model), json.loads((CORPUS / path).read_text())):
            found.append((path, model))
    return found


def test_every_model_with_optional_properties_is_nulled() -> None:
    covered = {model for _, model in _with_optional_keys()}
    assert covered == set(_manifest().values()) - {"UiNode"}


@pytest.mark.parametrize(("path", "model"), _with_optional_keys(), ids=lambda v: str(v)[-20:])
def test_null_for_any_optional_property_reads_as_absent(path: str, model: str) -> None:
    """Go writes null for a nil field whatever the spec says: each optional property, set to null in turn."""
    payload = json.loads((CORPUS / path).read_text())
    cls = model_class(model)
    keys = _optional_keys(cls, payload)
    assert keys
    for key in keys:
        mutated = {**payload, key: None}
        parsed = cls.from_dict(mutated)
        assert parsed.to_dict().get(key) is None, f"{key}: null came back as a value"
