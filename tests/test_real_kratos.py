"""The real Kratos that ``make kratos`` builds: the version it names, and how RealKratos runs it."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from ory_facade.testing.real import KRATOS_BUILT_COMMIT, KRATOS_BUILT_VERSION, RealKratos

ROOT = Path(__file__).resolve().parents[1]


def test_the_built_binary_names_the_pinned_version_and_commit(real_kratos_server: RealKratos) -> None:
    printed = real_kratos_server.version()
    assert re.search(rf"Version:\s+{re.escape(KRATOS_BUILT_VERSION)}\s", printed), printed
    assert re.search(rf"Build Commit:\s+{KRATOS_BUILT_COMMIT}\s", printed), printed


def test_the_pins_agree_with_the_go_module_and_the_makefile() -> None:
    go_mod = (ROOT / "kratos" / "go.mod").read_text()
    assert re.search(rf"^\s*github\.com/ory/kratos {re.escape(KRATOS_BUILT_VERSION)}\b", go_mod, re.M), (
        "kratos/go.mod requires another Kratos than ory_facade/testing/real.py names"
    )
    makefile = (ROOT / "Makefile").read_text()
    assert f"KRATOS_VERSION := {KRATOS_BUILT_VERSION}" in makefile
    assert f"KRATOS_COMMIT := {KRATOS_BUILT_COMMIT}" in makefile


def test_the_running_server_reports_its_version(real_kratos_server: RealKratos) -> None:
    answer = httpx.get(real_kratos_server.admin_url + "/admin/version", timeout=10)
    assert answer.status_code == 200
    assert answer.json() == {"version": KRATOS_BUILT_VERSION}


def _listening_addresses() -> dict[int, set[str]]:
    """Local port -> addresses in LISTEN state, from /proc/net/tcp and tcp6."""
    found: dict[int, set[str]] = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            local, state = fields[1], fields[3]
            if state != "0A":  # LISTEN
                continue
            address, port = local.rsplit(":", 1)
            found.setdefault(int(port, 16), set()).add(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux' /proc/net/tcp")
def test_it_listens_on_loopback_only(real_kratos_server: RealKratos) -> None:
    listening = _listening_addresses()
    for url in (real_kratos_server.public_url, real_kratos_server.admin_url):
        port = int(url.rsplit(":", 1)[1])
        assert listening.get(port) == {"0100007F"}, f"port {port} listens on {listening.get(port)}"


def test_start_without_a_binary_says_what_to_run(tmp_path: Path) -> None:
    from ory_facade.testing.real import RealKratosUnavailable

    with pytest.raises(RealKratosUnavailable, match="make kratos"):
        RealKratos(tmp_path / "no-such-kratos").start()
