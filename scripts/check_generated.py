#!/usr/bin/env python3
"""Fail when ``generated/`` is not exactly what ``make generate`` produces.

Regenerates into a temporary folder and compares every file byte for byte with
the committed ``generated/ory_kratos_api``. Also fails when the committed spec
is not in normal form (hand edits to openapi/kratos-api.json belong in
scripts/normalise_spec.py or openapi/prose.json).
"""

from __future__ import annotations

import difflib
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import OUTPUT, SPEC, generate
from normalise_spec import DEFAULT_PROSE, dumps, normalise


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def main() -> int:
    problems: list[str] = []
    spec_text = SPEC.read_text()
    spec = json.loads(spec_text)
    prose = json.loads(DEFAULT_PROSE.read_text()) if DEFAULT_PROSE.exists() else {}
    if dumps(normalise(spec, api_version=spec["info"]["version"], prose=prose)) != spec_text:
        problems.append(f"{SPEC.name} is not in normal form: run `make update-spec SPEC=<upstream spec>`")
    with tempfile.TemporaryDirectory() as tmp:
        fresh_root = Path(tmp) / "ory_kratos_api"
        generate(SPEC, fresh_root)
        fresh, committed = files(fresh_root), files(OUTPUT)
        for name in sorted(set(fresh) | set(committed)):
            if name not in committed:
                problems.append(f"missing from generated/: {name}")
            elif name not in fresh:
                problems.append(f"stale file in generated/: {name}")
            elif fresh[name] != committed[name]:
                diff = difflib.unified_diff(
                    committed[name].decode().splitlines(),
                    fresh[name].decode().splitlines(),
                    f"committed/{name}",
                    f"fresh/{name}",
                    lineterm="",
                    n=1,
                )
                problems.append("\n".join(list(diff)[:20]))
    if problems:
        print("generated/ is out of sync with `make generate`:", *problems, sep="\n", file=sys.stderr)
        return 1
    print(f"generated/ is in sync ({len(committed)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
