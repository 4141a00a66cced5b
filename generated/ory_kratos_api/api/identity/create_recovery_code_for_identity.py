from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_recovery_code_for_identity_body import (
    CreateRecoveryCodeForIdentityBody,
)
from ...models.error_generic import ErrorGeneric
from ...models.recovery_code_for_identity import RecoveryCodeForIdentity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateRecoveryCodeForIdentityBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/recovery/code",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | RecoveryCodeForIdentity:
    if response.status_code == 201:
        response_201 = RecoveryCodeForIdentity.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorGeneric.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorGeneric.from_dict(response.json())

        return response_404

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | RecoveryCodeForIdentity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryCodeForIdentityBody | Unset = UNSET,
) -> Response[ErrorGeneric | RecoveryCodeForIdentity]:
    """Admin: mint a one-time recovery code and the link to enter it.

    Args:
        body (CreateRecoveryCodeForIdentityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | RecoveryCodeForIdentity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryCodeForIdentityBody | Unset = UNSET,
) -> ErrorGeneric | RecoveryCodeForIdentity | None:
    """Admin: mint a one-time recovery code and the link to enter it.

    Args:
        body (CreateRecoveryCodeForIdentityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | RecoveryCodeForIdentity
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryCodeForIdentityBody | Unset = UNSET,
) -> Response[ErrorGeneric | RecoveryCodeForIdentity]:
    """Admin: mint a one-time recovery code and the link to enter it.

    Args:
        body (CreateRecoveryCodeForIdentityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | RecoveryCodeForIdentity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryCodeForIdentityBody | Unset = UNSET,
) -> ErrorGeneric | RecoveryCodeForIdentity | None:
    """Admin: mint a one-time recovery code and the link to enter it.

    Args:
        body (CreateRecoveryCodeForIdentityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | RecoveryCodeForIdentity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
