from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.successful_native_login import SuccessfulNativeLogin
from ...types import UNSET, Response


def _get_kwargs(
    *,
    init_code: str,
    return_to_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["init_code"] = init_code

    params["return_to_code"] = return_to_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/token-exchange",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | SuccessfulNativeLogin:
    if response.status_code == 200:
        response_200 = SuccessfulNativeLogin.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = ErrorGeneric.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorGeneric.from_dict(response.json())

        return response_404

    if response.status_code == 410:
        response_410 = ErrorGeneric.from_dict(response.json())

        return response_410

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | SuccessfulNativeLogin]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    init_code: str,
    return_to_code: str,
) -> Response[ErrorGeneric | SuccessfulNativeLogin]:
    """Trade a native flow's init and return-to codes for a session token.

    Args:
        init_code (str):
        return_to_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | SuccessfulNativeLogin]
    """

    kwargs = _get_kwargs(
        init_code=init_code,
        return_to_code=return_to_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    init_code: str,
    return_to_code: str,
) -> ErrorGeneric | SuccessfulNativeLogin | None:
    """Trade a native flow's init and return-to codes for a session token.

    Args:
        init_code (str):
        return_to_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | SuccessfulNativeLogin
    """

    return sync_detailed(
        client=client,
        init_code=init_code,
        return_to_code=return_to_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    init_code: str,
    return_to_code: str,
) -> Response[ErrorGeneric | SuccessfulNativeLogin]:
    """Trade a native flow's init and return-to codes for a session token.

    Args:
        init_code (str):
        return_to_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | SuccessfulNativeLogin]
    """

    kwargs = _get_kwargs(
        init_code=init_code,
        return_to_code=return_to_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    init_code: str,
    return_to_code: str,
) -> ErrorGeneric | SuccessfulNativeLogin | None:
    """Trade a native flow's init and return-to codes for a session token.

    Args:
        init_code (str):
        return_to_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | SuccessfulNativeLogin
    """

    return (
        await asyncio_detailed(
            client=client,
            init_code=init_code,
            return_to_code=return_to_code,
        )
    ).parsed
