from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

PAYLOADS = Path(__file__).parent / "payloads"


@pytest.fixture
def payload() -> Any:
    def load(name: str) -> Any:
        return json.loads((PAYLOADS / name).read_text())

    return load
