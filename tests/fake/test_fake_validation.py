"""The response validator: it must catch mismatches, and the fake must record them."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import pytest

from ory_facade.testing import FakeKratos
from ory_facade.testing.httpio import Response
from ory_facade.testing.validation import KNOWN_DEVIATIONS, ResponseValidator, default_spec_path


@pytest.fixture(scope="module")
def validator() -> ResponseValidator:
    return ResponseValidator()


def test_spec_is_found_next_to_the_package() -> None:
    assert default_spec_path().is_file()
    with pytest.raises(FileNotFoundError):
        ResponseValidator("/nonexistent/spec.json")


def test_valid_and_invalid_bodies(validator: ResponseValidator) -> None:
    session: dict[str, Any] = {"id": "4c2c0a4d-0e32-4bd4-8b29-61b0bf23f6a2", "active": True}
    assert validator.check("toSession", 200, "application/json", session, b"{}") == []
    bad_type = validator.check("toSession", 200, "application/json", {**session, "active": "yes"}, b"{}")
    assert bad_type and "active" in bad_type[0]
    bad_uuid = validator.check("toSession", 200, "application/json", {"id": "not-a-uuid"}, b"{}")
    assert bad_uuid and "uuid" in bad_uuid[0]
    missing = validator.check("toSession", 200, "application/json", {}, b"{}")
    assert missing and "required" in missing[0]
    teapot = {"error": {"code": 418, "message": "teapot"}}
    assert validator.check("toSession", 418, "application/json", teapot, b"{}") == []  # "default" covers it
    assert validator.check("getVersion", 418, "application/json", {}, b"{}") == [
        "status 418 is not declared for getVersion"
    ]
    assert validator.check("deleteIdentity", 204, "", None, b"") == []
    assert validator.check("deleteIdentity", 204, "", None, b"x") != []
    html = validator.check("toSession", 200, "text/html", None, b"<html>")
    assert html and "text/html" in html[0]


def test_messages_do_not_echo_values(validator: ResponseValidator) -> None:
    secret = "ory_st_THIS_IS_A_SECRET_TOKEN_VALUE_123"
    problems = validator.check("toSession", 200, "application/json", {"id": secret}, b"{}")
    assert problems
    assert all(secret not in p for p in problems)


def test_known_deviations_are_relaxed(validator: ResponseValidator) -> None:
    assert set(KNOWN_DEVIATIONS) >= {"genericError.details", "errorBrowserLocationChangeRequired.error"}
    csrf = {"error": {"code": 403, "message": "x", "details": {"hint": "y"}}}
    assert validator.check("getLoginFlow", 403, "application/json", csrf, b"{}") == []
    change = {"error": {"code": 422, "message": "x"}, "redirect_browser_to": "http://x"}
    assert validator.check("updateLoginFlow", 422, "application/json", change, b"{}") == []


def test_the_fake_records_and_reports_violations() -> None:
    with FakeKratos(validate_responses=True) as kratos:
        index = next(i for i, r in enumerate(kratos.app.routes) if r.operation_id == "getVersion")

        def broken(app: Any, req: Any, params: dict[str, str]) -> Response:
            return Response.json(200, {"version": 26})

        kratos.app.routes[index] = dataclasses.replace(kratos.app.routes[index], handler=broken)
        assert httpx.get(f"{kratos.admin_url}/admin/version").json() == {"version": 26}
        assert len(kratos.violations) == 1
        violation = kratos.violations[0]
        assert violation.operation_id == "getVersion"
        assert violation.status == 200
        assert "version" in violation.problem
        with pytest.raises(AssertionError, match="getVersion"):
            kratos.assert_no_violations()
        assert kratos.violations == []
        kratos.assert_no_violations()


def test_validation_is_on_in_the_fixture(fake_kratos: FakeKratos) -> None:
    assert fake_kratos.validates_responses


def test_a_crash_in_the_fake_is_a_500_and_a_violation() -> None:
    with FakeKratos() as kratos:
        index = next(i for i, r in enumerate(kratos.app.routes) if r.operation_id == "isAlive")

        def crash(app: Any, req: Any, params: dict[str, str]) -> Response:
            raise RuntimeError("boom")

        kratos.app.routes[index] = dataclasses.replace(kratos.app.routes[index], handler=crash)
        response = httpx.get(f"{kratos.public_url}/health/alive")
        assert response.status_code == 500
        assert response.json()["error"]["code"] == 500
        assert [v.problem for v in kratos.violations] == ["fake Kratos crashed: RuntimeError"]
        assert httpx.get(f"{kratos.admin_url}/admin/version").status_code == 200
