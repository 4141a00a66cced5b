from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    token: str | Unset = UNSET,
    return_to: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(cookie, Unset):
        headers["Cookie"] = cookie

    params: dict[str, Any] = {}

    params["token"] = token

    params["return_to"] = return_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/self-service/logout",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorGeneric:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

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
    *,
    client: AuthenticatedClient | Client,
    token: str | Unset = UNSET,
    return_to: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorGeneric]:
    """Finish a browser logout with the logout token; clears the session cookie.

    Args:
        token (str | Unset):
        return_to (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGeneric]
    """

    kwargs = _get_kwargs(
        token=token,
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
    token: str | Unset = UNSET,
    return_to: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorGeneric | None:
    """Finish a browser logout with the logout token; clears the session cookie.

    Args:
        token (str | Unset):
        return_to (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGeneric
    """

    return sync_detailed(
        client=client,
        token=token,
        return_to=return_to,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str | Unset = UNSET,
    return_to: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorGeneric]:
    """Finish a browser logout with the logout token; clears the session cookie.

    Args:
        token (str | Unset):
        return_to (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGeneric]
    """

    kwargs = _get_kwargs(
        token=token,
        return_to=return_to,
        cookie=cookie,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str | Unset = UNSET,
    return_to: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorGeneric | None:
    """Finish a browser logout with the logout token; clears the session cookie.

    Args:
        token (str | Unset):
        return_to (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGeneric
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
            return_to=return_to,
            cookie=cookie,
        )
    ).parsed
