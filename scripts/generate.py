#!/usr/bin/env python3
"""Generate ``ory_kratos_api`` from the committed spec, then gate the result.

Usage:
    python scripts/generate.py [--spec openapi/kratos-api.json] [--output generated/ory_kratos_api]

Steps (each failure stops with a non-zero exit):

1. Build the generator's view of the spec: request bodies keep only their JSON
   content type. Kratos declares JSON *and* form bodies for the flow submits; the
   generator would send the form (nested ``traits`` as a Python repr). The
   committed spec keeps both because both are facts of the API.
2. Delete the output package and run the pinned openapi-python-client with
   ``--fail-on-warning``, ``scripts/generator-config.yaml`` and ``templates/``.
3. Stamp ``_codegen.py`` (API version, spec/config/template hashes, tool versions).
4. Gates: ``ruff --select F821,F811`` clean, every module imports, ``mypy`` clean.

Output is byte-deterministic for pinned generator and ruff versions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "kratos-api.json"
OUTPUT = ROOT / "generated" / "ory_kratos_api"
CONFIG = ROOT / "scripts" / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
PACKAGE = "ory_kratos_api"


def opaque_ids(node: Any) -> Any:
    """Drop ``format: uuid`` so ids stay ``str``.

    Ids are opaque to a client: it passes them back in URLs and compares them.
    ``uuid.UUID`` objects cost ~2 us each to build (five per identity), reject
    a non-canonical id a server might send, and must be ``str()``-ed for every
    URL. Path parameters are already plain strings in the generated API.
    """
    if isinstance(node, list):
        return [opaque_ids(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: opaque_ids(value) for key, value in node.items()}
    if out.get("type") == "string" and out.get("format") in ("uuid", "uuid4"):
        del out["format"]
    return out


def nullable_refs(node: Any) -> Any:
    """``{"$ref": X, "nullable": true}`` -> ``{"oneOf": [{"$ref": X}], "nullable": true}``.

    The generator ignores keywords beside ``$ref``; a one-member union keeps the
    referenced class name and adds ``None``.
    """
    if isinstance(node, list):
        return [nullable_refs(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node and node.get("nullable") is True:
        return {"oneOf": [{"$ref": node["$ref"]}], "nullable": True}
    return {key: nullable_refs(value) for key, value in node.items()}


def generator_view(spec: dict[str, Any]) -> dict[str, Any]:
    """Return the copy of ``spec`` the generator reads.

    Request bodies are JSON only, nullable references are spelled as unions, and
    ids are plain strings.
    """
    view: dict[str, Any] = opaque_ids(nullable_refs(spec))
    for item in view["paths"].values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            content = op.get("requestBody", {}).get("content")
            if content and "application/json" in content:
                op["requestBody"]["content"] = {"application/json": content["application/json"]}
    return view


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.jinja")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def run(cmd: list[str], **kwargs: Any) -> None:
    result = subprocess.run(cmd, **kwargs)
    if result.returncode != 0:
        raise SystemExit(f"generate: failed: {' '.join(cmd)}")


def bin_path(name: str) -> str:
    """A tool installed beside this interpreter (the venv), else on PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def stamp(output: Path, spec_bytes: bytes, api_version: str) -> None:
    stamp_text = (
        '"""Provenance of this generated package (written by scripts/generate.py)."""\n\n'
        f"API_VERSION = {api_version!r}\n"
        f"SPEC_SHA256 = {sha256(spec_bytes)!r}\n"
        f"CONFIG_SHA256 = {sha256(CONFIG.read_bytes())!r}\n"
        f"TEMPLATES_SHA256 = {tree_hash(TEMPLATES)!r}\n"
        f"GENERATOR = 'openapi-python-client {metadata.version('openapi-python-client')}'\n"
        f"RUFF = 'ruff {metadata.version('ruff')}'\n"
    )
    (output / "_codegen.py").write_text(stamp_text)
    (output / "py.typed").write_text("")


def gate(output: Path) -> None:
    ruff = bin_path("ruff")
    run([ruff, "check", "--isolated", "--no-cache", "--quiet", "--select", "F821,F811", str(output)])
    check_imports = (
        "import importlib, pkgutil, sys\n"
        f"import {PACKAGE} as pkg\n"
        "names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(f'imported {len(names) + 1} modules')\n"
    )
    env = dict(os.environ, PYTHONPATH=str(output.parent), PYTHONDONTWRITEBYTECODE="1")
    run([sys.executable, "-c", check_imports], env=env)
    run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--no-incremental",
            "--config-file",
            "",  # no config: the project's pyproject.toml (found from generated/) relaxes ory_kratos_api
            "--cache-dir",
            os.devnull,
            "--no-error-summary",
            PACKAGE,
        ],
        env=env,
        cwd=output.parent,
    )


def generate(spec_path: Path, output: Path) -> None:
    started = time.perf_counter()
    spec_bytes = spec_path.read_bytes()
    spec = json.loads(spec_bytes)
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        view_path = Path(tmp) / "kratos-api.json"
        view_path.write_text(json.dumps(generator_view(spec)))
        run(
            [
                bin_path("openapi-python-client"),
                "generate",
                "--path",
                str(view_path),
                "--meta",
                "none",
                "--output-path",
                str(output),
                "--config",
                str(CONFIG),
                "--custom-template-path",
                str(TEMPLATES),
                "--fail-on-warning",
            ],
            stdout=subprocess.DEVNULL,
            # The post-hooks call `ruff`: use the venv's pinned one.
            env=dict(
                os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
            ),
        )
    stamp(output, spec_bytes, spec["info"]["version"])
    # The ruff post-hooks run from the output folder and must not leave caches.
    for cache in output.rglob("__pycache__"):
        shutil.rmtree(cache)
    generated_at = time.perf_counter() - started
    gate(output)
    models = len(list((output / "models").glob("*.py"))) - 1
    print(
        f"generated {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}: "
        f"{models} model modules in {generated_at:.2f}s (gates passed)"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Generate ory_kratos_api from the project's spec.")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    generate(args.spec.resolve(), args.output.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
