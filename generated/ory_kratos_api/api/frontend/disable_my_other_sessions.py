from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_my_sessions_count import DeleteMySessionsCount
from ...models.error_generic import ErrorGeneric
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_session_token, Unset):
        headers["X-Session-Token"] = x_session_token

    if not isinstance(cookie, Unset):
        headers["Cookie"] = cookie

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/sessions",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteMySessionsCount | ErrorGeneric:
    if response.status_code == 200:
        response_200 = DeleteMySessionsCount.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorGeneric.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorGeneric.from_dict(response.json())

        return response_401

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteMySessionsCount | ErrorGeneric]:
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
    cookie: str | Unset = UNSET,
) -> Response[DeleteMySessionsCount | ErrorGeneric]:
    """Revoke all of the caller's sessions except the current one.

    Args:
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteMySessionsCount | ErrorGeneric]
    """

    kwargs = _get_kwargs(
        x_session_token=x_session_token,
        cookie=cookie,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> DeleteMySessionsCount | ErrorGeneric | None:
    """Revoke all of the caller's sessions except the current one.

    Args:
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteMySessionsCount | ErrorGeneric
    """

    return sync_detailed(
        client=client,
        x_session_token=x_session_token,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[DeleteMySessionsCount | ErrorGeneric]:
    """Revoke all of the caller's sessions except the current one.

    Args:
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteMySessionsCount | ErrorGeneric]
    """

    kwargs = _get_kwargs(
        x_session_token=x_session_token,
        cookie=cookie,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> DeleteMySessionsCount | ErrorGeneric | None:
    """Revoke all of the caller's sessions except the current one.

    Args:
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteMySessionsCount | ErrorGeneric
    """

    return (
        await asyncio_detailed(
            client=client,
            x_session_token=x_session_token,
            cookie=cookie,
        )
    ).parsed
