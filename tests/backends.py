"""Two Kratos backends for HTTP-level tests: the project's fake and the real server ``make kratos`` builds.

* ``--kratos=fake|real|both`` picks them (default: ``both`` when ``.kratos/bin/kratos`` or ``$KRATOS_BIN``
  exists, else ``fake``, with the reason printed once in the header). With ``CI=true`` a missing or broken
  real Kratos fails the run instead.
* The ``backend`` fixture is parametrised over the chosen backends (test ids ``[fake]`` / ``[real]``); it
  gives one :class:`Backend` per test with clean state: the fake is reset; on real Kratos every identity is
  deleted and the courier messages queued before the test are hidden.
* A test that holds for one backend only says so: ``@pytest.mark.fake_only("why")`` or
  ``@pytest.mark.real_only("why")``. A test in the dual-backend folders that asks for ``fake_kratos``
  directly without ``fake_only`` is a collection error, so nothing is fake-only silently.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from ory_facade.testing import FakeKratos
from ory_facade.testing.models import CourierMessage
from ory_facade.testing.real import KRATOS_BUILT_VERSION, RealKratos, RealKratosUnavailable, default_binary
from ory_facade.testing.server import IssuedSession

BACKENDS = ("fake", "real")
# Folders whose tests go over HTTP to a Kratos and so must run against both (or say why not).
DUAL_FOLDERS = ("tests/facade/test_live_", "tests/contrib/", "tests/e2e/", "tests/conformance/")


def free_port() -> int:
    """A port free on 127.0.0.1 right now (for a server whose URL must be known before it starts)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def in_ci() -> bool:
    """``CI=true`` (or 1/yes): a missing or broken real Kratos fails the run instead of skipping."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--kratos",
        choices=("fake", "real", "both"),
        default=os.environ.get("ORY_FACADE_KRATOS") or None,
        help="Kratos backends for HTTP-level tests (default: both when the real binary exists, else fake)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fake_only(reason): holds only against the fake Kratos, with why")
    config.addinivalue_line("markers", "real_only(reason): holds only against real Kratos, with why")
    config.addinivalue_line("markers", "needs_real_kratos: needs the real Kratos binary (make kratos)")
    config.addinivalue_line(
        "markers",
        "kratos_since(version, what): uses an API real Kratos gained in that version; not run on older ones",
    )
    chosen = config.getoption("--kratos")
    binary = default_binary()
    missing = "real Kratos: no binary (.kratos/bin/kratos or $KRATOS_BIN); run `make kratos` (needs Go)"
    note = None
    if chosen is None:
        chosen = "both" if (binary is not None or in_ci()) else "fake"
        if binary is None and not in_ci():
            note = missing + "; the real-Kratos tests are skipped"
    wanted = ("fake", "real") if chosen == "both" else (chosen,)
    if "real" in wanted and binary is None:
        if in_ci():
            raise pytest.UsageError(missing + " (CI=true requires it)")
        wanted = tuple(b for b in wanted if b != "real") or ("fake",)
        note = missing + "; the real-Kratos tests are skipped"
    config.stash[_WANTED] = wanted
    config.stash[_NOTE] = note


_WANTED = pytest.StashKey[tuple[str, ...]]()
_NOTE = pytest.StashKey["str | None"]()


def pytest_report_header(config: pytest.Config) -> list[str]:
    lines = [f"kratos backends: {', '.join(config.stash[_WANTED])}"]
    note = config.stash[_NOTE]
    if note:
        lines.append(note)
    return lines


def wanted_backends(config: pytest.Config) -> tuple[str, ...]:
    return config.stash[_WANTED]


def _marker_reason(marker: pytest.Mark) -> str:
    reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
    return str(reason or "")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    names = list(wanted_backends(metafunc.config))
    for marker_name, keep in (("fake_only", "fake"), ("real_only", "real")):
        marker = metafunc.definition.get_closest_marker(marker_name)
        if marker is None:
            continue
        if not _marker_reason(marker):
            raise pytest.UsageError(f"{metafunc.definition.nodeid}: @{marker_name} needs a reason")
        names = [n for n in names if n == keep]
    since = metafunc.definition.get_closest_marker("kratos_since")
    if since is not None and _older(KRATOS_BUILT_VERSION, str(since.args[0])):
        # The real server built here (see kratos/README.md) predates the API the test uses: say so.
        what = since.args[1] if len(since.args) > 1 else "this API"
        names = [n for n in names if n != "real"]
        if not names:
            reason = f"{what} needs Kratos {since.args[0]}; the real server here is {KRATOS_BUILT_VERSION}"
            params = [pytest.param("real", id="real", marks=pytest.mark.skip(reason=reason))]
            metafunc.parametrize("backend", params, indirect=True)
            return
    params = [pytest.param(n, id=n) for n in names]
    if not params:
        params = [pytest.param("real", id="real", marks=pytest.mark.skip(reason=_skip_reason(metafunc)))]
    metafunc.parametrize("backend", params, indirect=True)


def _older(have: str, want: str) -> bool:
    def parts(version: str) -> tuple[int, ...]:
        return tuple(int(p) for p in version.lstrip("v").split(".") if p.isdigit())

    return parts(have) < parts(want)


def _skip_reason(metafunc: pytest.Metafunc) -> str:
    return metafunc.config.stash[_NOTE] or "backend not selected by --kratos"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    offenders = []
    for item in items:
        path = item.nodeid.replace("\\", "/")
        if not any(path.startswith(folder) for folder in DUAL_FOLDERS):
            continue
        fixtures = getattr(item, "fixturenames", ())
        if "fake_kratos" in fixtures and item.get_closest_marker("fake_only") is None:
            offenders.append(item.nodeid)
        marker = item.get_closest_marker("fake_only")
        if marker is not None and not _marker_reason(marker):
            offenders.append(item.nodeid + " (fake_only without a reason)")
    if offenders:
        raise pytest.UsageError(
            "these tests use the fake Kratos only without @pytest.mark.fake_only('why'):\n  "
            + "\n  ".join(offenders)
        )


# --- the backends ---------------------------------------------------------------------------------------


@dataclass
class Backend:
    """What a test may use on either server. ``fake`` / ``real`` give the server itself."""

    name: str
    server: Any
    _hidden_messages: set[str] = field(default_factory=set)

    @property
    def fake(self) -> FakeKratos:
        assert isinstance(self.server, FakeKratos), "this helper exists only on the fake"
        return self.server

    @property
    def real(self) -> RealKratos:
        assert isinstance(self.server, RealKratos), "this helper exists only on real Kratos"
        return self.server

    @property
    def is_fake(self) -> bool:
        return self.name == "fake"

    @property
    def public_url(self) -> str:
        return str(self.server.public_url)

    @property
    def admin_url(self) -> str:
        return str(self.server.admin_url)

    @property
    def api_key(self) -> str | None:
        return self.server.api_key  # type: ignore[no-any-return]

    @property
    def session_cookie_name(self) -> str:
        return str(self.server.session_cookie_name)

    @property
    def ui_url(self) -> str:
        return str(self.server.config.ui_url if self.is_fake else self.server.ui_url).rstrip("/")

    def create_identity(
        self, email: str | None = None, password: str | None = None, **kw: Any
    ) -> dict[str, Any]:
        return self.server.create_identity(email, password, **kw)  # type: ignore[no-any-return]

    def identity(self, identity_id: str) -> dict[str, Any]:
        return self.server.identity(identity_id)  # type: ignore[no-any-return]

    def create_session(self, identity_id: str, *, password: str | None = None) -> IssuedSession:
        if self.is_fake:
            return self.fake.create_session(identity_id)
        return self.real.create_session(identity_id, password=password)

    def courier_messages(self, recipient: str | None = None) -> list[CourierMessage]:
        found: list[CourierMessage] = self.server.courier_messages(recipient)
        return [m for m in found if m.id not in self._hidden_messages]

    def last_code_for(self, email: str) -> str:
        for message in reversed(self.courier_messages(email)):
            if message.code:
                return message.code
        raise LookupError(f"no code was sent to {email}")

    def reset(self) -> None:
        if self.is_fake:
            self.fake.reset()
            return
        self.real.delete_all_identities()
        self._hidden_messages = {m.id for m in self.real.courier_messages()}


def serve_real_kratos(config: pytest.Config, **options: Any) -> Iterator[RealKratos]:
    """Run a real Kratos (``options`` go to :class:`RealKratos`) for ``yield from`` in a fixture.

    Skips when ``--kratos`` did not select real Kratos, and when it does not start (fails with ``CI=true``).
    """
    if "real" not in wanted_backends(config):
        pytest.skip(config.stash[_NOTE] or "real Kratos not selected (--kratos)")
    kratos = RealKratos(**options)
    try:
        kratos.start()
    except RealKratosUnavailable as exc:
        if in_ci():
            pytest.fail(f"real Kratos did not start: {exc}", pytrace=False)
        pytest.skip(f"real Kratos did not start: {exc}")
    try:
        yield kratos
    finally:
        kratos.stop()


@pytest.fixture(scope="session")
def real_kratos_server(pytestconfig: pytest.Config) -> Iterator[RealKratos]:
    """One real Kratos per test session (started on first use)."""
    yield from serve_real_kratos(pytestconfig)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    """The Kratos this test runs against (parametrised: ``[fake]`` / ``[real]``), with clean state."""
    name = request.param
    if name == "fake":
        server: Any = request.getfixturevalue("fake_kratos")
        yield Backend("fake", server)
        return
    server = request.getfixturevalue("real_kratos_server")
    chosen = Backend("real", server)
    chosen.reset()
    yield chosen
