"""Comparison helpers: what a model gives back must be what it read."""

from __future__ import annotations

import datetime
import re
from typing import Any

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def as_instants(value: Any) -> Any:
    """Replace RFC 3339 strings by comparable instants.

    Kratos sends nanoseconds; Python keeps microseconds, so instants are compared
    at microsecond precision (the generated models parse with ``fromisoformat``).
    """
    if isinstance(value, dict):
        return {key: as_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_instants(item) for item in value]
    if isinstance(value, str) and _TIMESTAMP.match(value):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
        return ("instant", parsed.astimezone(datetime.UTC) if parsed.tzinfo else parsed)
    return value


def differences(got: Any, want: Any, path: str = "") -> list[str]:
    """Every place where ``got`` and ``want`` differ, as readable paths."""
    if type(got) is not type(want):
        return [f"{path or '/'}: {got!r:.60} != {want!r:.60}"]
    if isinstance(got, dict):
        out: list[str] = []
        for key in sorted(set(got) | set(want)):
            if key not in got:
                if want[key] is not None:  # Go's null for a nil field is read as absent: the same value
                    out.append(f"{path}/{key}: dropped")
            elif key not in want:
                out.append(f"{path}/{key}: invented")
            else:
                out.extend(differences(got[key], want[key], f"{path}/{key}"))
        return out
    if isinstance(got, list):
        if len(got) != len(want):
            return [f"{path}: {len(got)} items != {len(want)}"]
        return [
            d
            for i, (g, w) in enumerate(zip(got, want, strict=True))
            for d in differences(g, w, f"{path}/{i}")
        ]
    return [] if got == want else [f"{path or '/'}: {got!r:.60} != {want!r:.60}"]


def roundtrip_differences(model: Any, payload: Any) -> list[str]:
    """Parse ``payload`` with ``model`` and list how ``to_dict()`` differs from it."""
    return differences(as_instants(model.from_dict(payload).to_dict()), as_instants(payload))
