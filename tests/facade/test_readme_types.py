"""The README's Python blocks and the example apps pass ``mypy --strict`` (issue 12 §3).

One mypy run over every file: each README block becomes a module of its own, the Django quick start the
files it names (``mysite/settings.py``, ``views.py``, ``urls.py``), next to ``examples/``. The project's
mypy configuration applies (``pyproject.toml``: strict, ``generated/`` on the path and exempt); mypy's
cache is the one ``make lint`` warms.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
EXAMPLES = ROOT / "examples"

#: What the README's text gives a block that the block does not define itself, by a line of the block:
#: an earlier block (``ory``), the reader's own code (a password, the app's ``User`` model), or the files
#: ``django-admin startproject`` wrote, which the Django parts are appended to.
CONTEXT = {
    "def current_user(cookie_header": (
        "from ory_facade import OryClient, SessionInactiveError\nory = OryClient.from_env()\npassword: str\n"
    ),
    "instrument_client(ory.http_client)": "from ory_facade import OryClient\nory = OryClient.from_env()\n",
    "def users()": (
        "from collections.abc import Callable\nfrom typing import Any\nfrom flask import Flask\n"
        "app = Flask(__name__)\nUser: Any\nold_password_ok: Callable[[str, str], bool]\n"
    ),
    "# mysite/settings.py": (
        "from typing import Any\nINSTALLED_APPS: list[str] = []\nMIDDLEWARE: list[str] = []\n"
        'TEMPLATES: list[dict[str, Any]] = [{"OPTIONS": {"context_processors": []}}]\n'
    ),
    "# mysite/urls.py": (
        "from django.urls import URLPattern, URLResolver, path\n"
        "urlpatterns: list[URLPattern | URLResolver] = []\n"
    ),
}


def readme_files() -> dict[str, str]:
    """README blocks as module sources, the context each needs first."""
    files: dict[str, str] = {}
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    for number, block in enumerate(blocks, 1):
        if "# mysite/" in block:
            parts = re.split(r"^# (mysite/\w+\.py)\n", block, flags=re.M)
            assert parts[0].strip() == "", "the Django block starts with its first file's name"
            files["mysite/__init__.py"] = ""
            for name, text in zip(parts[1::2], parts[2::2], strict=True):
                files[name] = _with_context(f"# {name}\n" + text, text)
        else:
            files[f"readme_block_{number:02d}.py"] = _with_context(block, block)
    return files


def _with_context(marker_text: str, text: str) -> str:
    context = [value for marker, value in CONTEXT.items() if marker in marker_text]
    assert len(context) <= 1
    return (context[0] + "# --- README text ---\n" if context else "") + text


def test_every_context_is_used() -> None:
    sources = readme_files().values()
    for marker, context in CONTEXT.items():
        assert any(text.startswith(context) for text in sources), f"no README block contains {marker!r}"


def test_readme_and_examples_pass_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy is not installed (the dev extra)")
    readme = tmp_path / "readme"
    paths = []
    for name, text in readme_files().items():
        path = readme / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        paths.append(path)
    examples = sorted(EXAMPLES.rglob("*.py"))
    assert len(examples) >= 8
    # Module names: the README's modules and the Flask example (its run.py imports `app`) from their
    # folders, the Django example as examples.django_project... from the project root.
    env = dict(os.environ, MYPYPATH=os.pathsep.join([str(readme), str(EXAMPLES / "flask_app")]))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--explicit-package-bases", *map(str, paths + examples)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        listing = "\n\n".join(
            f"{path}:\n"
            + "\n".join(f"{n:3} {line}" for n, line in enumerate(path.read_text().splitlines(), 1))
            for path in paths
            if str(path) in result.stdout
        )
        pytest.fail(f"mypy --strict:\n{result.stdout}{result.stderr}\n{listing}")
    assert f"no issues found in {len(paths) + len(examples)} source files" in result.stdout
