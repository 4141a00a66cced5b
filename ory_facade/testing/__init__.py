"""A faithful fake Ory Kratos for tests, served over real HTTP on loopback.

It behaves like Kratos v26 as documented and as its source does (flows, CSRF, cookies, error ids,
``continue_with``, pagination), not like any particular client expects. Example::

    from ory_facade.testing import FakeKratos

    with FakeKratos() as kratos:
        kratos.create_identity(email="ada@example.com", password="a long passphrase")
        ...  # point a client at kratos.public_url / kratos.admin_url

The pytest plugin (``ory_facade.testing.pytest_plugin``) provides the ``fake_kratos`` fixture.
"""

from __future__ import annotations

from ory_facade.testing.clock import Clock
from ory_facade.testing.config import FakeKratosConfig
from ory_facade.testing.identity_schema import DEFAULT_IDENTITY_SCHEMA
from ory_facade.testing.models import CourierMessage
from ory_facade.testing.server import FakeKratos, IssuedSession, RequestRecord, ResponseViolation

__all__ = [
    "DEFAULT_IDENTITY_SCHEMA",
    "Clock",
    "CourierMessage",
    "FakeKratos",
    "FakeKratosConfig",
    "IssuedSession",
    "RequestRecord",
    "ResponseViolation",
]
