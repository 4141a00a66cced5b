from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.login_flow import LoginFlow
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    refresh: bool | Unset = UNSET,
    aal: str | Unset = UNSET,
    return_session_token_exchange_code: bool | Unset = UNSET,
    return_to: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    via: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
    x_session_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_session_token, Unset):
        headers["X-Session-Token"] = x_session_token

    params: dict[str, Any] = {}

    params["refresh"] = refresh

    params["aal"] = aal

    params["return_session_token_exchange_code"] = return_session_token_exchange_code

    params["return_to"] = return_to

    params["organization"] = organization

    params["via"] = via

    params["identity_schema"] = identity_schema

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/self-service/login/api",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | LoginFlow:
    if response.status_code == 200:
        response_200 = LoginFlow.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorGeneric.from_dict(response.json())

        return response_400

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | LoginFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
    aal: str | Unset = UNSET,
    return_session_token_exchange_code: bool | Unset = UNSET,
    return_to: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    via: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
    x_session_token: str | Unset = UNSET,
) -> Response[ErrorGeneric | LoginFlow]:
    """Start a login flow for an app that keeps a session token (no cookies, no CSRF).

    Args:
        refresh (bool | Unset):
        aal (str | Unset):
        return_session_token_exchange_code (bool | Unset):
        return_to (str | Unset):
        organization (str | Unset):
        via (str | Unset):
        identity_schema (str | Unset):
        x_session_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | LoginFlow]
    """

    kwargs = _get_kwargs(
        refresh=refresh,
        aal=aal,
        return_session_token_exchange_code=return_session_token_exchange_code,
        return_to=return_to,
        organization=organization,
        via=via,
        identity_schema=identity_schema,
        x_session_token=x_session_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
    aal: str | Unset = UNSET,
    return_session_token_exchange_code: bool | Unset = UNSET,
    return_to: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    via: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
    x_session_token: str | Unset = UNSET,
) -> ErrorGeneric | LoginFlow | None:
    """Start a login flow for an app that keeps a session token (no cookies, no CSRF).

    Args:
        refresh (bool | Unset):
        aal (str | Unset):
        return_session_token_exchange_code (bool | Unset):
        return_to (str | Unset):
        organization (str | Unset):
        via (str | Unset):
        identity_schema (str | Unset):
        x_session_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | LoginFlow
    """

    return sync_detailed(
        client=client,
        refresh=refresh,
        aal=aal,
        return_session_token_exchange_code=return_session_token_exchange_code,
        return_to=return_to,
        organization=organization,
        via=via,
        identity_schema=identity_schema,
        x_session_token=x_session_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
    aal: str | Unset = UNSET,
    return_session_token_exchange_code: bool | Unset = UNSET,
    return_to: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    via: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
    x_session_token: str | Unset = UNSET,
) -> Response[ErrorGeneric | LoginFlow]:
    """Start a login flow for an app that keeps a session token (no cookies, no CSRF).

    Args:
        refresh (bool | Unset):
        aal (str | Unset):
        return_session_token_exchange_code (bool | Unset):
        return_to (str | Unset):
        organization (str | Unset):
        via (str | Unset):
        identity_schema (str | Unset):
        x_session_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | LoginFlow]
    """

    kwargs = _get_kwargs(
        refresh=refresh,
        aal=aal,
        return_session_token_exchange_code=return_session_token_exchange_code,
        return_to=return_to,
        organization=organization,
        via=via,
        identity_schema=identity_schema,
        x_session_token=x_session_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
    aal: str | Unset = UNSET,
    return_session_token_exchange_code: bool | Unset = UNSET,
    return_to: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    via: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
    x_session_token: str | Unset = UNSET,
) -> ErrorGeneric | LoginFlow | None:
    """Start a login flow for an app that keeps a session token (no cookies, no CSRF).

    Args:
        refresh (bool | Unset):
        aal (str | Unset):
        return_session_token_exchange_code (bool | Unset):
        return_to (str | Unset):
        organization (str | Unset):
        via (str | Unset):
        identity_schema (str | Unset):
        x_session_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | LoginFlow
    """

    return (
        await asyncio_detailed(
            client=client,
            refresh=refresh,
            aal=aal,
            return_session_token_exchange_code=return_session_token_exchange_code,
            return_to=return_to,
            organization=organization,
            via=via,
            identity_schema=identity_schema,
            x_session_token=x_session_token,
        )
    ).parsed
