from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.get_identity_by_external_id_include_credential_item import (
    GetIdentityByExternalIdIncludeCredentialItem,
)
from ...models.identity import Identity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    external_id: str,
    *,
    include_credential: list[GetIdentityByExternalIdIncludeCredentialItem]
    | Unset = UNSET,
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
        "url": "/admin/identities/by/external/{external_id}".format(
            external_id=quote(str(external_id), safe=""),
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
    external_id: str,
    *,
    client: AuthenticatedClient,
    include_credential: list[GetIdentityByExternalIdIncludeCredentialItem]
    | Unset = UNSET,
) -> Response[ErrorGeneric | Identity]:
    """Admin: look up an identity by the external id your system gave it.

    Args:
        external_id (str):
        include_credential (list[GetIdentityByExternalIdIncludeCredentialItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | Identity]
    """

    kwargs = _get_kwargs(
        external_id=external_id,
        include_credential=include_credential,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    external_id: str,
    *,
    client: AuthenticatedClient,
    include_credential: list[GetIdentityByExternalIdIncludeCredentialItem]
    | Unset = UNSET,
) -> ErrorGeneric | Identity | None:
    """Admin: look up an identity by the external id your system gave it.

    Args:
        external_id (str):
        include_credential (list[GetIdentityByExternalIdIncludeCredentialItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | Identity
    """

    return sync_detailed(
        external_id=external_id,
        client=client,
        include_credential=include_credential,
    ).parsed


async def asyncio_detailed(
    external_id: str,
    *,
    client: AuthenticatedClient,
    include_credential: list[GetIdentityByExternalIdIncludeCredentialItem]
    | Unset = UNSET,
) -> Response[ErrorGeneric | Identity]:
    """Admin: look up an identity by the external id your system gave it.

    Args:
        external_id (str):
        include_credential (list[GetIdentityByExternalIdIncludeCredentialItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | Identity]
    """

    kwargs = _get_kwargs(
        external_id=external_id,
        include_credential=include_credential,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_id: str,
    *,
    client: AuthenticatedClient,
    include_credential: list[GetIdentityByExternalIdIncludeCredentialItem]
    | Unset = UNSET,
) -> ErrorGeneric | Identity | None:
    """Admin: look up an identity by the external id your system gave it.

    Args:
        external_id (str):
        include_credential (list[GetIdentityByExternalIdIncludeCredentialItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | Identity
    """

    return (
        await asyncio_detailed(
            external_id=external_id,
            client=client,
            include_credential=include_credential,
        )
    ).parsed
