from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_browser_location_change_required import (
    ErrorBrowserLocationChangeRequired,
)
from ...models.error_generic import ErrorGeneric
from ...models.settings_flow import SettingsFlow
from ...models.update_settings_flow_with_lookup_method import (
    UpdateSettingsFlowWithLookupMethod,
)
from ...models.update_settings_flow_with_oidc_method import (
    UpdateSettingsFlowWithOidcMethod,
)
from ...models.update_settings_flow_with_passkey_method import (
    UpdateSettingsFlowWithPasskeyMethod,
)
from ...models.update_settings_flow_with_password_method import (
    UpdateSettingsFlowWithPasswordMethod,
)
from ...models.update_settings_flow_with_profile_method import (
    UpdateSettingsFlowWithProfileMethod,
)
from ...models.update_settings_flow_with_saml_method import (
    UpdateSettingsFlowWithSamlMethod,
)
from ...models.update_settings_flow_with_totp_method import (
    UpdateSettingsFlowWithTotpMethod,
)
from ...models.update_settings_flow_with_web_authn_method import (
    UpdateSettingsFlowWithWebAuthnMethod,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateSettingsFlowWithLookupMethod
    | UpdateSettingsFlowWithOidcMethod
    | UpdateSettingsFlowWithPasskeyMethod
    | UpdateSettingsFlowWithPasswordMethod
    | UpdateSettingsFlowWithProfileMethod
    | UpdateSettingsFlowWithSamlMethod
    | UpdateSettingsFlowWithTotpMethod
    | UpdateSettingsFlowWithWebAuthnMethod,
    flow: str,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_session_token, Unset):
        headers["X-Session-Token"] = x_session_token

    if not isinstance(cookie, Unset):
        headers["Cookie"] = cookie

    params: dict[str, Any] = {}

    params["flow"] = flow

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/self-service/settings",
        "params": params,
    }

    if (
        isinstance(body, UpdateSettingsFlowWithPasswordMethod)
        or isinstance(body, UpdateSettingsFlowWithProfileMethod)
        or isinstance(body, UpdateSettingsFlowWithOidcMethod)
        or isinstance(body, UpdateSettingsFlowWithSamlMethod)
        or isinstance(body, UpdateSettingsFlowWithTotpMethod)
        or isinstance(body, UpdateSettingsFlowWithWebAuthnMethod)
        or isinstance(body, UpdateSettingsFlowWithLookupMethod)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | SettingsFlow:
    if response.status_code == 200:
        response_200 = SettingsFlow.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = SettingsFlow.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorGeneric.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorGeneric.from_dict(response.json())

        return response_403

    if response.status_code == 410:
        response_410 = ErrorGeneric.from_dict(response.json())

        return response_410

    if response.status_code == 422:
        response_422 = ErrorBrowserLocationChangeRequired.from_dict(response.json())

        return response_422

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | SettingsFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsFlowWithLookupMethod
    | UpdateSettingsFlowWithOidcMethod
    | UpdateSettingsFlowWithPasskeyMethod
    | UpdateSettingsFlowWithPasswordMethod
    | UpdateSettingsFlowWithProfileMethod
    | UpdateSettingsFlowWithSamlMethod
    | UpdateSettingsFlowWithTotpMethod
    | UpdateSettingsFlowWithWebAuthnMethod,
    flow: str,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | SettingsFlow]:
    """Submit a settings change (password, profile, second factors...).

    Args:
        flow (str):
        x_session_token (str | Unset):
        cookie (str | Unset):
        body (UpdateSettingsFlowWithLookupMethod | UpdateSettingsFlowWithOidcMethod |
            UpdateSettingsFlowWithPasskeyMethod | UpdateSettingsFlowWithPasswordMethod |
            UpdateSettingsFlowWithProfileMethod | UpdateSettingsFlowWithSamlMethod |
            UpdateSettingsFlowWithTotpMethod | UpdateSettingsFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | SettingsFlow]
    """

    kwargs = _get_kwargs(
        body=body,
        flow=flow,
        x_session_token=x_session_token,
        cookie=cookie,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsFlowWithLookupMethod
    | UpdateSettingsFlowWithOidcMethod
    | UpdateSettingsFlowWithPasskeyMethod
    | UpdateSettingsFlowWithPasswordMethod
    | UpdateSettingsFlowWithProfileMethod
    | UpdateSettingsFlowWithSamlMethod
    | UpdateSettingsFlowWithTotpMethod
    | UpdateSettingsFlowWithWebAuthnMethod,
    flow: str,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | SettingsFlow | None:
    """Submit a settings change (password, profile, second factors...).

    Args:
        flow (str):
        x_session_token (str | Unset):
        cookie (str | Unset):
        body (UpdateSettingsFlowWithLookupMethod | UpdateSettingsFlowWithOidcMethod |
            UpdateSettingsFlowWithPasskeyMethod | UpdateSettingsFlowWithPasswordMethod |
            UpdateSettingsFlowWithProfileMethod | UpdateSettingsFlowWithSamlMethod |
            UpdateSettingsFlowWithTotpMethod | UpdateSettingsFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | SettingsFlow
    """

    return sync_detailed(
        client=client,
        body=body,
        flow=flow,
        x_session_token=x_session_token,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsFlowWithLookupMethod
    | UpdateSettingsFlowWithOidcMethod
    | UpdateSettingsFlowWithPasskeyMethod
    | UpdateSettingsFlowWithPasswordMethod
    | UpdateSettingsFlowWithProfileMethod
    | UpdateSettingsFlowWithSamlMethod
    | UpdateSettingsFlowWithTotpMethod
    | UpdateSettingsFlowWithWebAuthnMethod,
    flow: str,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | SettingsFlow]:
    """Submit a settings change (password, profile, second factors...).

    Args:
        flow (str):
        x_session_token (str | Unset):
        cookie (str | Unset):
        body (UpdateSettingsFlowWithLookupMethod | UpdateSettingsFlowWithOidcMethod |
            UpdateSettingsFlowWithPasskeyMethod | UpdateSettingsFlowWithPasswordMethod |
            UpdateSettingsFlowWithProfileMethod | UpdateSettingsFlowWithSamlMethod |
            UpdateSettingsFlowWithTotpMethod | UpdateSettingsFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | SettingsFlow]
    """

    kwargs = _get_kwargs(
        body=body,
        flow=flow,
        x_session_token=x_session_token,
        cookie=cookie,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsFlowWithLookupMethod
    | UpdateSettingsFlowWithOidcMethod
    | UpdateSettingsFlowWithPasskeyMethod
    | UpdateSettingsFlowWithPasswordMethod
    | UpdateSettingsFlowWithProfileMethod
    | UpdateSettingsFlowWithSamlMethod
    | UpdateSettingsFlowWithTotpMethod
    | UpdateSettingsFlowWithWebAuthnMethod,
    flow: str,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | SettingsFlow | None:
    """Submit a settings change (password, profile, second factors...).

    Args:
        flow (str):
        x_session_token (str | Unset):
        cookie (str | Unset):
        body (UpdateSettingsFlowWithLookupMethod | UpdateSettingsFlowWithOidcMethod |
            UpdateSettingsFlowWithPasskeyMethod | UpdateSettingsFlowWithPasswordMethod |
            UpdateSettingsFlowWithProfileMethod | UpdateSettingsFlowWithSamlMethod |
            UpdateSettingsFlowWithTotpMethod | UpdateSettingsFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | SettingsFlow
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            flow=flow,
            x_session_token=x_session_token,
            cookie=cookie,
        )
    ).parsed
