"""Reliability fixtures: scripted fault servers, clients whose sleeps are recorded, attempt counters."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ory_facade import OryClient

from .faultserver import Action, FaultServer

#: Per-attempt timeout for the fault tests (seconds). Small, so a hang shows quickly.
TIMEOUT = 0.5
#: Slack on every elapsed-time bound: a bound on hanging, not a speed target (CI machines stall).
MARGIN = 2.5


@pytest.fixture(autouse=True)
def clean_ory_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith(("ORY_", "KRATOS_")):
            monkeypatch.delenv(name)


@pytest.fixture
def serve() -> Iterator[Callable[..., FaultServer]]:
    """``serve(*actions)``: a started :class:`FaultServer`, stopped after the test."""
    started: list[FaultServer] = []

    def start(*actions: Action) -> FaultServer:
        server = FaultServer(*actions).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


class Sleeps(list[float]):
    """The delays the transport asked to sleep (recorded instead of slept)."""


@pytest.fixture
def client_for() -> Iterator[Callable[..., tuple[OryClient, Sleeps]]]:
    """``client_for(url, admin=False, **options)``: an ``OryClient`` whose retry sleeps are recorded."""
    made: list[OryClient] = []

    def make(url: str, *, admin_url: str | None = None, **options: Any) -> tuple[OryClient, Sleeps]:
        options.setdefault("timeout", TIMEOUT)
        client = OryClient(url, admin_url=admin_url, **options)
        sleeps = Sleeps()
        client._transport._sleep = sleeps.append
        made.append(client)
        return client, sleeps

    yield make
    for client in made:
        client.close()


class ConnectAttempts:
    """Counts TCP connection attempts made through ``socket.create_connection`` (httpcore's sync path)."""

    def __init__(self) -> None:
        self.count = 0
        self.addresses: list[tuple[str, int]] = []


@pytest.fixture
def connect_attempts(monkeypatch: pytest.MonkeyPatch) -> ConnectAttempts:
    counter = ConnectAttempts()
    original = socket.create_connection

    def counting(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        counter.count += 1
        counter.addresses.append(address)
        return original(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", counting)
    return counter
