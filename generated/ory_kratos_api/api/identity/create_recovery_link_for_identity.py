from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_recovery_link_for_identity_body import (
    CreateRecoveryLinkForIdentityBody,
)
from ...models.error_generic import ErrorGeneric
from ...models.recovery_link_for_identity import RecoveryLinkForIdentity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateRecoveryLinkForIdentityBody | Unset = UNSET,
    return_to: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["return_to"] = return_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/recovery/link",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | RecoveryLinkForIdentity:
    if response.status_code == 200:
        response_200 = RecoveryLinkForIdentity.from_dict(response.json())

        return response_200

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
) -> Response[ErrorGeneric | RecoveryLinkForIdentity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryLinkForIdentityBody | Unset = UNSET,
    return_to: str | Unset = UNSET,
) -> Response[ErrorGeneric | RecoveryLinkForIdentity]:
    """Admin: mint a one-time recovery link (link method).

    Args:
        return_to (str | Unset):
        body (CreateRecoveryLinkForIdentityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | RecoveryLinkForIdentity]
    """

    kwargs = _get_kwargs(
        body=body,
        return_to=return_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryLinkForIdentityBody | Unset = UNSET,
    return_to: str | Unset = UNSET,
) -> ErrorGeneric | RecoveryLinkForIdentity | None:
    """Admin: mint a one-time recovery link (link method).

    Args:
        return_to (str | Unset):
        body (CreateRecoveryLinkForIdentityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | RecoveryLinkForIdentity
    """

    return sync_detailed(
        client=client,
        body=body,
        return_to=return_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryLinkForIdentityBody | Unset = UNSET,
    return_to: str | Unset = UNSET,
) -> Response[ErrorGeneric | RecoveryLinkForIdentity]:
    """Admin: mint a one-time recovery link (link method).

    Args:
        return_to (str | Unset):
        body (CreateRecoveryLinkForIdentityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | RecoveryLinkForIdentity]
    """

    kwargs = _get_kwargs(
        body=body,
        return_to=return_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateRecoveryLinkForIdentityBody | Unset = UNSET,
    return_to: str | Unset = UNSET,
) -> ErrorGeneric | RecoveryLinkForIdentity | None:
    """Admin: mint a one-time recovery link (link method).

    Args:
        return_to (str | Unset):
        body (CreateRecoveryLinkForIdentityBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | RecoveryLinkForIdentity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            return_to=return_to,
        )
    ).parsed
