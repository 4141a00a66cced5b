from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.get_identity_include_credential_item import (
    GetIdentityIncludeCredentialItem,
)
from ...models.identity import Identity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    include_credential: list[GetIdentityIncludeCredentialItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include_credential: list[str] | Unset = UNSET
    if not isinstance(include_credential, Unset):
        json_include_credential = []
        for include_credential_item_data in include_credential:
            include_credential_item: str = include_credential_item_data
            json_include_credential.append(include_credential_item)

    params["include_credential"] = json_include_credential

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/identities/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | Identity:
    if response.status_code == 200:
        response_200 = Identity.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorGeneric.from_dict(response.json())

        return response_404

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | Identity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    include_credential: list[GetIdentityIncludeCredentialItem] | Unset = UNSET,
) -> Response[ErrorGeneric | Identity]:
    """Admin: one identity; ask for credentials with include_credential.

    Args:
        id (str):
        include_credential (list[GetIdentityIncludeCredentialItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | Identity]
    """

    kwargs = _get_kwargs(
        id=id,
        include_credential=include_credential,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    include_credential: list[GetIdentityIncludeCredentialItem] | Unset = UNSET,
) -> ErrorGeneric | Identity | None:
    """Admin: one identity; ask for credentials with include_credential.

    Args:
        id (str):
        include_credential (list[GetIdentityIncludeCredentialItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | Identity
    """

    return sync_detailed(
        id=id,
        client=client,
        include_credential=include_credential,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    include_credential: list[GetIdentityIncludeCredentialItem] | Unset = UNSET,
) -> Response[ErrorGeneric | Identity]:
    """Admin: one identity; ask for credentials with include_credential.

    Args:
        id (str):
        include_credential (list[GetIdentityIncludeCredentialItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | Identity]
    """

    kwargs = _get_kwargs(
        id=id,
        include_credential=include_credential,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    include_credential: list[GetIdentityIncludeCredentialItem] | Unset = UNSET,
) -> ErrorGeneric | Identity | None:
    """Admin: one identity; ask for credentials with include_credential.

    Args:
        id (str):
        include_credential (list[GetIdentityIncludeCredentialItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | Identity
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            include_credential=include_credential,
        )
    ).parsed
