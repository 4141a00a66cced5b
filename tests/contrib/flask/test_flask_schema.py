"""Registration with boolean and integer traits through the Flask pages, on both backends.

The identity schema gets a checkbox and a number trait: the fake is reconfigured per test, real Kratos
for this module is started with that schema.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from backends import Backend
from flask.testing import FlaskClient

from ory_facade.testing import DEFAULT_IDENTITY_SCHEMA
from ory_facade.testing.real import RealKratos

from ..helpers import PASSWORD, field_value, serve_real_kratos
from .conftest import ALLOWED_RETURN_URLS, UI_URL, start_flow


def typed_schema() -> dict[str, Any]:
    schema = copy.deepcopy(DEFAULT_IDENTITY_SCHEMA)
    traits = schema["properties"]["traits"]["properties"]
    traits["newsletter"] = {"type": "boolean", "title": "Newsletter"}
    traits["age"] = {"type": "integer", "title": "Age"}
    return schema


@pytest.fixture(scope="module")
def real_kratos_server(pytestconfig: pytest.Config) -> Iterator[RealKratos]:
    """Real Kratos with the typed identity schema, UI on the test client."""
    yield from serve_real_kratos(
        pytestconfig, ui_url=UI_URL, allowed_return_urls=ALLOWED_RETURN_URLS, identity_schema=typed_schema()
    )


def test_checkbox_and_number_traits_are_typed_for_kratos(backend: Backend, client: FlaskClient) -> None:
    if backend.is_fake:
        backend.fake.configure(identity_schema=typed_schema())
    url, page = start_flow(client, "registration")
    assert 'type="checkbox"' in page and 'type="number"' in page
    response = client.post(
        url,
        data={
            "csrf_token": field_value(page, "csrf_token"),
            "traits.email": "typed@example.com",
            "traits.newsletter": "true",
            "traits.age": "42",
            "password": PASSWORD,
            "method": "password",
        },
    )
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    [identity] = backend.server.identities()
    # Real Kratos also stores the untouched nested trait as {} ("name": {}); the fake leaves it out.
    traits = {k: v for k, v in identity["traits"].items() if v != {}}
    assert traits == {"email": "typed@example.com", "newsletter": True, "age": 42}
