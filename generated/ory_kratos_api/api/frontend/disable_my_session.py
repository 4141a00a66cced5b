from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
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
        "url": "/sessions/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorGeneric:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorGeneric]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorGeneric]:
    """Revoke one of the caller's other sessions.

    Args:
        id (str):
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGeneric]
    """

    kwargs = _get_kwargs(
        id=id,
        x_session_token=x_session_token,
        cookie=cookie,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorGeneric | None:
    """Revoke one of the caller's other sessions.

    Args:
        id (str):
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGeneric
    """

    return sync_detailed(
        id=id,
        client=client,
        x_session_token=x_session_token,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorGeneric]:
    """Revoke one of the caller's other sessions.

    Args:
        id (str):
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGeneric]
    """

    kwargs = _get_kwargs(
        id=id,
        x_session_token=x_session_token,
        cookie=cookie,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorGeneric | None:
    """Revoke one of the caller's other sessions.

    Args:
        id (str):
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGeneric
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_session_token=x_session_token,
            cookie=cookie,
        )
    ).parsed
