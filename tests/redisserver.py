"""A real ``redis-server`` on a free 127.0.0.1 port for the shared-cache tests (plugin, see conftest).

``redis_server`` starts one per test session (no persistence, loopback only) and flushes it per test.
Without the binary the tests skip with the reason, except with ``CI=true`` (``.ci/run`` installs Debian's
``redis-server``), where that is a failure.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

import pytest
from backends import free_port, in_ci

__all__ = ["RedisServer", "redis_server"]


class RedisServer:
    """``redis-server`` started in a temporary folder; ``stop()`` / ``start()`` simulate an outage."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.port = free_port()
        self._folder = tempfile.TemporaryDirectory(prefix="ory-facade-redis-")
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        self._process = subprocess.Popen(
            [self.binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no",
             "--dir", self._folder.name, "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self._process.returncode}")
            if self.command("PING") == "+PONG":
                return self
            time.sleep(0.05)
        raise RuntimeError("redis-server did not answer PING within 10 s")

    def command(self, *words: str) -> str | None:
        """One inline command over a raw socket; the first line of the answer, None when unreachable."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                conn.sendall((" ".join(words) + "\r\n").encode())
                return conn.recv(4096).split(b"\r\n", 1)[0].decode()
        except OSError:
            return None

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            self._process.wait(timeout=10)
        self._process = None

    def close(self) -> None:
        self.stop()
        self._folder.cleanup()


@pytest.fixture(scope="session")
def redis_binary() -> str:
    found = shutil.which("redis-server")
    if found is None:
        reason = "redis-server is not installed (apt-get install redis-server; .ci/run does)"
        if in_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return found


@pytest.fixture(scope="session")
def redis_session_server(redis_binary: str) -> Iterator[RedisServer]:
    server = RedisServer(redis_binary).start()
    yield server
    server.close()


@pytest.fixture
def redis_server(redis_session_server: RedisServer) -> RedisServer:
    """The session's Redis, running and empty (a test that stopped it gets it restarted)."""
    if redis_session_server.command("PING") != "+PONG":
        redis_session_server.start()
    assert redis_session_server.command("FLUSHALL") == "+OK"
    return redis_session_server
