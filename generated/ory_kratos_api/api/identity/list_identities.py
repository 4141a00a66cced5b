from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.identity import Identity
from ...models.list_identities_consistency import (
    ListIdentitiesConsistency,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    consistency: ListIdentitiesConsistency | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    credentials_identifier: str | Unset = UNSET,
    preview_credentials_identifier_similar: str | Unset = UNSET,
    include_credential: list[str] | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_consistency: str | Unset = UNSET
    if not isinstance(consistency, Unset):
        json_consistency = consistency

    params["consistency"] = json_consistency

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["credentials_identifier"] = credentials_identifier

    params["preview_credentials_identifier_similar"] = (
        preview_credentials_identifier_similar
    )

    json_include_credential: list[str] | Unset = UNSET
    if not isinstance(include_credential, Unset):
        json_include_credential = include_credential

    params["include_credential"] = json_include_credential

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/identities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | list[Identity]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Identity.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | list[Identity]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    consistency: ListIdentitiesConsistency | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    credentials_identifier: str | Unset = UNSET,
    preview_credentials_identifier_similar: str | Unset = UNSET,
    include_credential: list[str] | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> Response[ErrorGeneric | list[Identity]]:
    """Admin: page through identities, optionally filtered by identifier or ids.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        consistency (ListIdentitiesConsistency | Unset):
        ids (list[str] | Unset):
        credentials_identifier (str | Unset):
        preview_credentials_identifier_similar (str | Unset):
        include_credential (list[str] | Unset):
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[Identity]]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
        consistency=consistency,
        ids=ids,
        credentials_identifier=credentials_identifier,
        preview_credentials_identifier_similar=preview_credentials_identifier_similar,
        include_credential=include_credential,
        organization_id=organization_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    consistency: ListIdentitiesConsistency | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    credentials_identifier: str | Unset = UNSET,
    preview_credentials_identifier_similar: str | Unset = UNSET,
    include_credential: list[str] | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> ErrorGeneric | list[Identity] | None:
    """Admin: page through identities, optionally filtered by identifier or ids.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        consistency (ListIdentitiesConsistency | Unset):
        ids (list[str] | Unset):
        credentials_identifier (str | Unset):
        preview_credentials_identifier_similar (str | Unset):
        include_credential (list[str] | Unset):
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[Identity]
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
        consistency=consistency,
        ids=ids,
        credentials_identifier=credentials_identifier,
        preview_credentials_identifier_similar=preview_credentials_identifier_similar,
        include_credential=include_credential,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    consistency: ListIdentitiesConsistency | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    credentials_identifier: str | Unset = UNSET,
    preview_credentials_identifier_similar: str | Unset = UNSET,
    include_credential: list[str] | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> Response[ErrorGeneric | list[Identity]]:
    """Admin: page through identities, optionally filtered by identifier or ids.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        consistency (ListIdentitiesConsistency | Unset):
        ids (list[str] | Unset):
        credentials_identifier (str | Unset):
        preview_credentials_identifier_similar (str | Unset):
        include_credential (list[str] | Unset):
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[Identity]]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
        consistency=consistency,
        ids=ids,
        credentials_identifier=credentials_identifier,
        preview_credentials_identifier_similar=preview_credentials_identifier_similar,
        include_credential=include_credential,
        organization_id=organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    consistency: ListIdentitiesConsistency | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    credentials_identifier: str | Unset = UNSET,
    preview_credentials_identifier_similar: str | Unset = UNSET,
    include_credential: list[str] | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> ErrorGeneric | list[Identity] | None:
    """Admin: page through identities, optionally filtered by identifier or ids.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        consistency (ListIdentitiesConsistency | Unset):
        ids (list[str] | Unset):
        credentials_identifier (str | Unset):
        preview_credentials_identifier_similar (str | Unset):
        include_credential (list[str] | Unset):
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[Identity]
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            page_size=page_size,
            page_token=page_token,
            consistency=consistency,
            ids=ids,
            credentials_identifier=credentials_identifier,
            preview_credentials_identifier_similar=preview_credentials_identifier_similar,
            include_credential=include_credential,
            organization_id=organization_id,
        )
    ).parsed
