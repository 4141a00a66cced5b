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
    parts = _split(pointer)
    if not parts:
        raise PatchError("the root can not be patched")
    target = doc
    for part in parts[:-1]:  # EnsurePathExistsOnAdd: missing objects on the way are created
        if isinstance(target, dict):
            if target.get(part) is None:
                target[part] = {}
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            raise PatchError(f"path {pointer} does not point into an object or array")
    parent, key = target, parts[-1]
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
    raise PatchError(f"error in remove for path: '{pointer}': Unable to remove nonexistent key: {key}")


def _element_access(pointer: str) -> bool:
    last = pointer.rsplit("/", 1)[-1]
    return pointer != "" and (last == "-" or last.lstrip("-").isdigit())


def _denied(pointer: str, deny: tuple[str, ...]) -> bool:
    lowered = pointer.lower()
    for pattern in deny:
        pattern = pattern.lower()
        if pattern.endswith("/**"):
            if lowered.startswith(pattern[:-2]):
                return True
        elif lowered == pattern:
            return True
    return False


def apply_patch(doc: Any, operations: Any, deny: tuple[str, ...] = ()) -> Any:
    """Apply ``operations`` to a copy of ``doc`` and return it, the way Kratos' jsonx.ApplyJSONPatch
    (oryx/jsonx/patch.go) does: only add, remove and replace; ``deny`` paths (``/**`` globs) refused;
    a replace of an object member is an add, and an add creates the objects on its way."""
    if not isinstance(operations, list) or not all(isinstance(op, dict) for op in operations):
        raise PatchError("json: cannot unmarshal object into Go value of type jsonpatch.Patch")
    for op in operations:
        kind = op.get("op")
        if kind not in ("add", "remove", "replace"):
            raise PatchError(f"unsupported operation: {kind if isinstance(kind, str) else 'unknown'}")
        path = op.get("path")
        if not isinstance(path, str):
            raise PatchError("error parsing patch operations: operation missing path field")
        if _denied(path, deny):
            raise PatchError(f"patch includes denied path: {path}")
    out = copy.deepcopy(doc)
    for op in operations:
        kind, path = op["op"], op["path"]
        if kind == "replace" and _element_access(path):
            _get(out, path)
            _remove(out, path)
            _add(out, path, copy.deepcopy(op.get("value")))
        elif kind in ("add", "replace"):
            _add(out, path, copy.deepcopy(op.get("value")))
        else:
            _remove(out, path)
    return out
