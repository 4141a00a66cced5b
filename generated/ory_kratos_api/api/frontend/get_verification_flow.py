from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.verification_flow import VerificationFlow
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str,
    cookie: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(cookie, Unset):
        headers["cookie"] = cookie

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/self-service/verification/flows",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | VerificationFlow:
    if response.status_code == 200:
        response_200 = VerificationFlow.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = ErrorGeneric.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorGeneric.from_dict(response.json())

        return response_404

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | VerificationFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    cookie: str | Unset = UNSET,
) -> Response[ErrorGeneric | VerificationFlow]:
    """Fetch a verification flow by id.

    Args:
        id (str):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | VerificationFlow]
    """

    kwargs = _get_kwargs(
        id=id,
        cookie=cookie,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    cookie: str | Unset = UNSET,
) -> ErrorGeneric | VerificationFlow | None:
    """Fetch a verification flow by id.

    Args:
        id (str):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | VerificationFlow
    """

    return sync_detailed(
        client=client,
        id=id,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    cookie: str | Unset = UNSET,
) -> Response[ErrorGeneric | VerificationFlow]:
    """Fetch a verification flow by id.

    Args:
        id (str):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | VerificationFlow]
    """

    kwargs = _get_kwargs(
        id=id,
        cookie=cookie,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    cookie: str | Unset = UNSET,
) -> ErrorGeneric | VerificationFlow | None:
    """Fetch a verification flow by id.

    Args:
        id (str):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | VerificationFlow
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            cookie=cookie,
        )
    ).parsed
