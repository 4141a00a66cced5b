"""Hypothesis strategies that damage realistic JSON payloads the way a broken or future Kratos (or a proxy)
could: dropped and renamed fields, wrong types, nulls, unknown enum values, deep nesting, huge values,
odd numbers and strings, and damaged bytes.

``mutated_body(base)`` draws a list of mutations, applies them to a deep copy of ``base`` and returns the
bytes to serve (a ``Body``, whose ``repr`` lists what was done, for hypothesis' failure reports).
"""

from __future__ import annotations

import copy
import json
import uuid
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

Path = tuple[Any, ...]
NOW = "2026-03-14T09:26:53Z"

#: Depths of nesting tried: a few within what ``json`` parses, and far beyond its recursion limit.
DEPTHS = (3, 50, 500, 5_000, 100_000)
#: Sizes of huge strings and lists.
HUGE = (10_000, 300_000)

UNKNOWN_STRINGS = st.sampled_from(
    [
        "aal9",
        "future_state",
        "show_pin_entry_ui",
        "passkey_v2",
        "",
        "0",
        "null",
        "\u0000",
        "\ud800",  # a lone surrogate, legal in JSON text
        "\u202eevil",
        "🦄" * 3,
        "<script>alert(1)</script>",
        "a" * 257,
    ]
) | st.text(max_size=30)

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


@dataclass
class Deep:
    """A placeholder replaced, after ``json.dumps``, by ``depth`` nested arrays or objects."""

    depth: int
    shape: str  # "list" or "dict"
    marker: str = ""

    def __post_init__(self) -> None:
        self.marker = f"@@deep-{uuid.uuid4().hex}@@"

    def text(self) -> str:
        if self.shape == "list":
            return "[" * self.depth + "]" * self.depth
        return '{"a":' * self.depth + "null" + "}" * self.depth


def all_paths(value: Any, prefix: Path = ()) -> list[Path]:
    """Every path to a node of ``value`` (the root is ``()``), depth first; big containers are leaves."""
    found = [prefix]
    if isinstance(value, (dict, list)) and len(value) > 64:
        return found
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(all_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(all_paths(item, (*prefix, index)))
    return found


def _get(value: Any, path: Path) -> Any:
    for step in path:
        value = value[step]
    return value


def _set(root: Any, path: Path, new: Any) -> Any:
    if not path:
        return new
    _get(root, path[:-1])[path[-1]] = new
    return root


@st.composite
def replacement(draw: st.DrawFn, old: Any) -> tuple[str, Any]:
    kind = draw(
        st.sampled_from(["null", "wrong type", "unknown string", "huge", "deep", "number", "empty", "json"])
    )
    if kind == "null":
        return kind, None
    if kind == "wrong type":
        options: list[Any] = [0, 1.5, True, "x", [], {}, [old], {"value": old}]
        return kind, draw(st.sampled_from([o for o in options if type(o) is not type(old)] or options))
    if kind == "unknown string":
        return kind, draw(UNKNOWN_STRINGS)
    if kind == "huge":
        size = draw(st.sampled_from(HUGE))
        shape = draw(st.sampled_from(["str", "list", "dict"]))
        if shape == "str":
            return f"huge string {size}", draw(st.sampled_from(["x", "é", "\\", '"', "%"])) * size
        if shape == "list":
            return f"huge list {size // 10}", [draw(SCALARS)] * (size // 10)
        return f"huge object {size // 100}", {f"k{i}": i for i in range(size // 100)}
    if kind == "deep":
        depth = draw(st.sampled_from(DEPTHS))
        return f"deep {depth}", Deep(depth, draw(st.sampled_from(["list", "dict"])))
    if kind == "number":
        return kind, draw(
            st.sampled_from(
                [float("nan"), float("inf"), -float("inf"), 1e308, -1, 0, 2**64, 10**40, -0.0, 1.5]
            )
        )
    if kind == "empty":
        return kind, draw(st.sampled_from(["", [], {}]))
    return kind, draw(JSON_VALUES)


def _touches(root: Any, path: Path, protected: frozenset[str]) -> bool:
    """True for a path holding a protected value, or naming one (``{"name": "csrf_token", "value": ...}``)."""
    if not path or not protected:
        return False
    value = _get(root, path)
    if isinstance(value, str) and value in protected:
        return True
    parent = _get(root, path[:-1])
    sibling = parent.get("value") if isinstance(parent, dict) else None
    return path[-1] == "name" and isinstance(sibling, str) and sibling in protected


@st.composite
def mutation(draw: st.DrawFn, root: Any, protected: frozenset[str] = frozenset()) -> tuple[Any, str]:
    """Apply one mutation to ``root`` (in place where possible); returns the new root and what was done.

    Values in ``protected`` (and the field naming them) are left as they are, so a test can tell whether a
    secret still sitting in its usual place is kept out of error messages.
    """
    paths = [path for path in all_paths(root) if not _touches(root, path, protected)]
    path = draw(st.sampled_from(paths))
    parent = _get(root, path[:-1]) if path else None
    ops = ["replace", "extra"]
    if isinstance(parent, dict):
        ops += ["drop", "drop", "rename"]
    if isinstance(parent, list):
        ops += ["drop"]
    if not path:
        ops += ["wrap"]
    op = draw(st.sampled_from(ops))
    if op == "drop":
        del parent[path[-1]]
        return root, f"drop {path}"
    if op == "rename":
        new_name = draw(
            st.sampled_from(["", "ID", "Id", "x-unknown", path[-1] + "_v2"]) | st.text(max_size=10)
        )
        parent[new_name] = parent.pop(path[-1])
        return root, f"rename {path} -> {new_name!r}"
    if op == "extra":
        target = _get(root, path)
        if isinstance(target, dict):
            key = draw(st.text(max_size=12))
            target[key] = draw(JSON_VALUES)
            return root, f"extra key {key!r} at {path}"
        if isinstance(target, list):
            target.append(draw(JSON_VALUES))
            return root, f"extra item at {path}"
        op = "replace"
    if op == "wrap":
        return draw(st.sampled_from([[root], {"data": root}, {"error": root}])), "wrap root"
    what, new = draw(replacement(_get(root, path)))
    return _set(root, path, new), f"{what} at {path}"


def dumps(value: Any) -> bytes:
    deep: list[Deep] = []

    def default(obj: Any) -> Any:
        if isinstance(obj, Deep):
            deep.append(obj)
            return obj.marker
        raise TypeError(type(obj).__name__)

    text = json.dumps(value, allow_nan=True, default=default, ensure_ascii=False)
    for item in deep:
        text = text.replace(json.dumps(item.marker), item.text())
    return text.encode("utf-8", "surrogatepass")


class Body(bytes):
    """Response bytes with a short ``repr`` (hypothesis prints draws; some are megabytes long)."""

    done: tuple[str, ...] = ()

    def __repr__(self) -> str:
        head = bytes(self[:120])
        return f"Body({len(self)} bytes, {list(self.done)}, starts {head!r})"


def _body(data: bytes, done: list[str]) -> Body:
    body = Body(data)
    body.done = tuple(done)
    return body


@st.composite
def mutated_body(
    draw: st.DrawFn, base: Any, *, protected: frozenset[str] = frozenset(), max_mutations: int = 4
) -> Body:
    """``base`` damaged by 1..``max_mutations`` mutations, serialised; sometimes the bytes are damaged too.

    ``protected`` values are never mutated themselves (see :func:`mutation`).
    """
    root = copy.deepcopy(base)
    done: list[str] = []
    for _ in range(draw(st.integers(min_value=1, max_value=max_mutations))):
        root, what = draw(mutation(root, protected))
        done.append(what)
    body = dumps(root)
    damage = draw(st.sampled_from(["none"] * 6 + ["truncate", "bom", "latin-1", "trailing garbage", "empty"]))
    if damage == "truncate" and body:
        cut = draw(st.integers(min_value=0, max_value=len(body) - 1))
        body = body[:cut]
    elif damage == "bom":
        body = b"\xef\xbb\xbf" + body
    elif damage == "latin-1":
        body = body.replace(b"a", b"\xe9", 3)
    elif damage == "trailing garbage":
        body += b"\x00<html>"
    elif damage == "empty":
        body = b""
    if damage != "none":
        done.append(f"bytes: {damage}")
    return _body(body, done)


@st.composite
def extended(draw: st.DrawFn, base: Any) -> Body:
    """``base`` with only *compatible* changes a newer Kratos could make: unknown fields anywhere, unknown
    values for open enums (``state``, ``type``, ``group``, ``action``, ``authenticator_assurance_level``)."""
    root = copy.deepcopy(base)
    done: list[str] = []
    enum_keys = {
        "state",
        "type",
        "group",
        "node_type",
        "authenticator_assurance_level",
        "aal",
        "method",
        "via",
        "status",
        "template_type",
        "action",
        "active",
        "requested_aal",
    }
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        paths = [p for p in all_paths(root) if isinstance(_get(root, p), dict)]
        path = draw(st.sampled_from(paths))
        target = _get(root, path)
        if path and path[-1] == "credentials":
            # a map of credential type -> credentials: a new type arrives as an object
            name = draw(st.sampled_from(["passkey_v2", "future_method", "x"]))
            target[name] = {"type": name, "identifiers": [], "version": 0, "created_at": NOW}
            done.append(f"new credential type {name}")
            continue
        enum_here = [k for k in target if k in enum_keys and isinstance(target[k], str)]
        if "text" in target and "id" in target:
            # a UI message's type (info/error/success) decides what the message means: not a neutral change
            enum_here = [k for k in enum_here if k != "type"]
        if enum_here and draw(st.booleans()):
            key = draw(st.sampled_from(enum_here))
            target[key] = draw(st.sampled_from(["future_value", "aal3", "v2", "passkey_ultra"]))
            done.append(f"unknown {key} at {path}")
        else:
            key = "x_" + draw(st.text(alphabet="abcdefghij_", min_size=1, max_size=8))
            target[key] = draw(JSON_VALUES)
            done.append(f"new field {key} at {path}")
    return _body(dumps(root), done)
