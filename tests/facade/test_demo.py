"""``make demo`` (scripts/demo.py) runs every step against the embedded fake and fails loudly otherwise."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from ory_facade.testing.real import RealKratos

DEMO = Path(__file__).resolve().parents[2] / "scripts" / "demo.py"


def run_demo(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ORY_", "KRATOS"))}
    return subprocess.run(
        [sys.executable, str(DEMO)], env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


def test_demo_runs_every_step_against_the_embedded_fake() -> None:
    result = run_demo()
    assert result.returncode == 0, result.stderr
    for number in range(1, 8):
        assert f"\n{number}. " in result.stdout
    assert "every step succeeded" in result.stdout
    assert result.stdout.count(" ok") == 7


def test_demo_runs_every_step_against_real_kratos(real_kratos_server: RealKratos) -> None:
    """``make demo KRATOS=real``: the demo starts its own real Kratos (the fixture proves one can run)."""
    assert real_kratos_server.binary is not None
    result = run_demo(KRATOS="real", KRATOS_BIN=str(real_kratos_server.binary))
    assert result.returncode == 0, result.stderr
    assert "against the real Kratos v1.3.1" in result.stdout
    assert result.stdout.count(" ok") == 7 and "every step succeeded" in result.stdout


def test_demo_against_urls_of_a_running_real_kratos(real_kratos_server: RealKratos) -> None:
    result = run_demo(
        KRATOS_PUBLIC_URL=real_kratos_server.public_url, KRATOS_ADMIN_URL=real_kratos_server.admin_url
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(" ok") == 7 and "every step succeeded" in result.stdout


def test_demo_exits_non_zero_when_kratos_is_unreachable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    result = run_demo(KRATOS_PUBLIC_URL=url, KRATOS_ADMIN_URL=url)
    assert result.returncode == 1
    assert "FAILED: OryConnectionError" in result.stderr
