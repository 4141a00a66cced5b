"""Configuration: constructor validation, from_env, with_options, lifecycle, repr."""

from __future__ import annotations

import httpx
import pytest
from facade_fakes import PUBLIC, MockKratos, identity, session

from ory_facade import OryClient, OryConfigurationError


def test_urls_are_normalised_and_browser_url_defaults_to_public() -> None:
    client = OryClient("http://kratos:4433/ ", admin_url="http://kratos:4434/")
    assert client.public_url == "http://kratos:4433"
    assert client.admin_url == "http://kratos:4434"
    assert client.browser_url == "http://kratos:4433"
    client.close()


@pytest.mark.parametrize("bad", ["kratos:4433", "ftp://kratos", "http://", "http://kratos/?x=1"])
def test_bad_public_url_names_argument_and_variable(bad: str) -> None:
    with pytest.raises(OryConfigurationError) as caught:
        OryClient(bad)
    assert "public_url" in str(caught.value) and "KRATOS_PUBLIC_URL" in str(caught.value)


def test_missing_public_url() -> None:
    with pytest.raises(OryConfigurationError, match="KRATOS_PUBLIC_URL"):
        OryClient("")


def test_invalid_numbers() -> None:
    with pytest.raises(OryConfigurationError):
        OryClient(PUBLIC, max_retries=-1)
    with pytest.raises(OryConfigurationError):
        OryClient(PUBLIC, timeout=0)


def test_from_env_self_hosted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRATOS_PUBLIC_URL", "http://kratos:4433")
    monkeypatch.setenv("KRATOS_ADMIN_URL", "http://kratos:4434")
    monkeypatch.setenv("KRATOS_BROWSER_URL", "https://example.com/.ory")
    client = OryClient.from_env(timeout=3)
    assert (client.public_url, client.admin_url, client.browser_url) == (
        "http://kratos:4433",
        "http://kratos:4434",
        "https://example.com/.ory",
    )
    assert client.timeout.read == 3
    assert repr(client).endswith("api_key=None)")
    client.close()


@pytest.mark.parametrize("key_var", ["ORY_API_KEY", "ORY_PROJECT_API_TOKEN"])
def test_from_env_ory_network(monkeypatch: pytest.MonkeyPatch, key_var: str) -> None:
    monkeypatch.setenv("ORY_SDK_URL", "https://slug.projects.oryapis.com/")
    monkeypatch.setenv(key_var, "ory_pat_SECRET")
    client = OryClient.from_env()
    assert client.public_url == client.admin_url == "https://slug.projects.oryapis.com"
    assert "ory_pat_SECRET" not in repr(client)
    assert "<set>" in repr(client)
    client.close()


def test_from_env_kratos_variables_win_over_sdk_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORY_SDK_URL", "https://slug.projects.oryapis.com")
    monkeypatch.setenv("KRATOS_PUBLIC_URL", "http://local:4433")
    client = OryClient.from_env()
    assert client.public_url == "http://local:4433"
    assert client.admin_url == "https://slug.projects.oryapis.com"
    client.close()


def test_from_env_missing_names_both_variables() -> None:
    with pytest.raises(OryConfigurationError) as caught:
        OryClient.from_env()
    assert "KRATOS_PUBLIC_URL" in str(caught.value) and "ORY_SDK_URL" in str(caught.value)
    assert "public_url" in str(caught.value)


def test_from_env_bad_sdk_url_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORY_SDK_URL", "slug.projects.oryapis.com")
    with pytest.raises(OryConfigurationError, match="ORY_SDK_URL"):
        OryClient.from_env()


def test_from_env_mapping_argument() -> None:
    client = OryClient.from_env({"KRATOS_PUBLIC_URL": "http://k:4433"})
    assert client.admin_url is None
    client.close()


def test_ory_network_key_goes_only_to_admin_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    kratos = MockKratos()
    kratos.json("GET", "/sessions/whoami", 200, session())
    doc = identity()
    kratos.json("GET", f"/admin/identities/{doc['id']}", 200, doc)
    monkeypatch.setenv("ORY_SDK_URL", "https://slug.projects.oryapis.com")
    monkeypatch.setenv("ORY_API_KEY", "ory_pat_KEY")
    client = OryClient.from_env(transport=httpx.MockTransport(kratos))
    client.whoami(session_token="t")
    client.admin.identities.get(doc["id"])
    public, admin = kratos.requests
    assert public.url.host == admin.url.host == "slug.projects.oryapis.com"
    assert "authorization" not in public.headers
    assert admin.headers["authorization"] == "Bearer ory_pat_KEY"


def test_with_options_shares_the_pool_and_changes_settings(kratos: MockKratos) -> None:
    client = kratos.client(timeout=5, max_retries=2)
    copy = client.with_options(timeout=1, max_retries=0)
    assert copy._transport.http_client is client._transport.http_client
    assert copy.timeout.read == 1 and copy.max_retries == 0
    assert client.timeout.read == 5 and client.max_retries == 2
    copy.close()
    assert not client._transport.http_client.is_closed
    kratos.json("GET", "/sessions/whoami", 503, {"error": {"code": 503, "message": "down"}})
    from ory_facade import ServerError

    with pytest.raises(ServerError):
        copy.whoami(session_token="t")
    assert kratos.count("GET", "/sessions/whoami") == 1


def test_context_manager_closes_own_client_only() -> None:
    with OryClient(PUBLIC) as client:
        http = client._transport.http_client
    assert http.is_closed
    injected = httpx.Client()
    with OryClient(PUBLIC, http_client=injected):
        pass
    assert not injected.is_closed
    injected.close()


def test_clients_do_not_share_state() -> None:
    a, b = OryClient("http://a:1"), OryClient("http://b:2")
    assert a._transport is not b._transport
    assert a._transport.http_client is not b._transport.http_client
    a.close()
    b.close()
