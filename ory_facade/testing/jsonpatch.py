"""RFC 6902 JSON Patch on plain JSON values (the subset Kratos' admin API accepts)."""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["PatchError", "apply_patch"]


class PatchError(ValueError):
    """The patch is malformed or does not apply (``test`` failed, missing path...)."""


def _split(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PatchError(f"invalid JSON pointer {pointer!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def _parent(doc: Any, parts: list[str]) -> tuple[Any, str]:
    if not parts:
        raise PatchError("the root can not be patched")
    target = doc
    for part in parts[:-1]:
        if isinstance(target, dict) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            raise PatchError(f"path /{'/'.join(parts)} does not exist")
    return target, parts[-1]


def _get(doc: Any, pointer: str) -> Any:
    target = doc
    for part in _split(pointer):
        if isinstance(target, dict) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            raise PatchError(f"path {pointer} does not exist")
    return target


def _add(doc: Any, pointer: str, value: Any) -> None:
    parent, key = _parent(doc, _split(pointer))
    if isinstance(parent, dict):
        parent[key] = value
    elif isinstance(parent, list):
        if key == "-":
            parent.append(value)
        elif key.isdigit() and int(key) <= len(parent):
            parent.insert(int(key), value)
        else:
            raise PatchError(f"invalid array index in {pointer}")
    else:
        raise PatchError(f"path {pointer} does not point into an object or array")


def _remove(doc: Any, pointer: str) -> Any:
    parent, key = _parent(doc, _split(pointer))
    if isinstance(parent, dict) and key in parent:
        return parent.pop(key)
    if isinstance(parent, list) and key.isdigit() and int(key) < len(parent):
        return parent.pop(int(key))
    raise PatchError(f"path {pointer} does not exist")


def apply_patch(doc: Any, operations: Any) -> Any:
    """Apply ``operations`` to a copy of ``doc`` and return it."""
    if not isinstance(operations, list):
        raise PatchError("a JSON patch must be an array of operations")
    out = copy.deepcopy(doc)
    for op in operations:
        if (
            not isinstance(op, dict)
            or not isinstance(op.get("op"), str)
            or not isinstance(op.get("path"), str)
        ):
            raise PatchError("each operation needs an op and a path")
        kind, path = op["op"], op["path"]
        if kind == "add":
            _add(out, path, copy.deepcopy(op.get("value")))
        elif kind == "remove":
            _remove(out, path)
        elif kind == "replace":
            _get(out, path)
            _remove(out, path)
            _add(out, path, copy.deepcopy(op.get("value")))
        elif kind in ("move", "copy"):
            source = op.get("from")
            if not isinstance(source, str):
                raise PatchError(f"{kind} needs a from")
            value = _remove(out, source) if kind == "move" else copy.deepcopy(_get(out, source))
            _add(out, path, value)
        elif kind == "test":
            if _get(out, path) != op.get("value"):
                raise PatchError(f"test operation for path {path} failed")
        else:
            raise PatchError(f"unsupported operation {kind!r}")
    return out
