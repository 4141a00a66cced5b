from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.settings_flow import SettingsFlow
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x_session_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_session_token, Unset):
        headers["X-Session-Token"] = x_session_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/self-service/settings/api",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | SettingsFlow:
    if response.status_code == 200:
        response_200 = SettingsFlow.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorGeneric.from_dict(response.json())

        return response_400

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | SettingsFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
) -> Response[ErrorGeneric | SettingsFlow]:
    """Start a settings flow for a session token.

    Args:
        x_session_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | SettingsFlow]
    """

    kwargs = _get_kwargs(
        x_session_token=x_session_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
) -> ErrorGeneric | SettingsFlow | None:
    """Start a settings flow for a session token.

    Args:
        x_session_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | SettingsFlow
    """

    return sync_detailed(
        client=client,
        x_session_token=x_session_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
) -> Response[ErrorGeneric | SettingsFlow]:
    """Start a settings flow for a session token.

    Args:
        x_session_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | SettingsFlow]
    """

    kwargs = _get_kwargs(
        x_session_token=x_session_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
) -> ErrorGeneric | SettingsFlow | None:
    """Start a settings flow for a session token.

    Args:
        x_session_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | SettingsFlow
    """

    return (
        await asyncio_detailed(
            client=client,
            x_session_token=x_session_token,
        )
    ).parsed
