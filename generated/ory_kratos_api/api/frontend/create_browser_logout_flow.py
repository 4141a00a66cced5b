from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.logout_flow import LogoutFlow
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    return_to: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(cookie, Unset):
        headers["cookie"] = cookie

    params: dict[str, Any] = {}

    params["return_to"] = return_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/self-service/logout/browser",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | LogoutFlow | None:
    if response.status_code == 200:
        response_200 = LogoutFlow.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorGeneric.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorGeneric.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorGeneric.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | LogoutFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    return_to: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[ErrorGeneric | LogoutFlow]:
    """Get the logout URL and token for the browser's current session.

    Args:
        return_to (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | LogoutFlow]
    """

    kwargs = _get_kwargs(
        return_to=return_to,
        cookie=cookie,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    return_to: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> ErrorGeneric | LogoutFlow | None:
    """Get the logout URL and token for the browser's current session.

    Args:
        return_to (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | LogoutFlow
    """

    return sync_detailed(
        client=client,
        return_to=return_to,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    return_to: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[ErrorGeneric | LogoutFlow]:
    """Get the logout URL and token for the browser's current session.

    Args:
        return_to (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | LogoutFlow]
    """

    kwargs = _get_kwargs(
        return_to=return_to,
        cookie=cookie,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    return_to: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> ErrorGeneric | LogoutFlow | None:
    """Get the logout URL and token for the browser's current session.

    Args:
        return_to (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | LogoutFlow
    """

    return (
        await asyncio_detailed(
            client=client,
            return_to=return_to,
            cookie=cookie,
        )
    ).parsed
