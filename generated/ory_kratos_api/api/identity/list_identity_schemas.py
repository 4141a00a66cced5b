from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.identity_schema_container import IdentitySchemaContainer
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/schemas",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | list[IdentitySchemaContainer]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemasidentity_schemas_item_data in _response_200:
            componentsschemasidentity_schemas_item = IdentitySchemaContainer.from_dict(
                componentsschemasidentity_schemas_item_data
            )

            response_200.append(componentsschemasidentity_schemas_item)

        return response_200

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | list[IdentitySchemaContainer]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorGeneric | list[IdentitySchemaContainer]]:
    """The identity (traits) JSON Schemas this server knows.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[IdentitySchemaContainer]]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorGeneric | list[IdentitySchemaContainer] | None:
    """The identity (traits) JSON Schemas this server knows.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[IdentitySchemaContainer]
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ErrorGeneric | list[IdentitySchemaContainer]]:
    """The identity (traits) JSON Schemas this server knows.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[IdentitySchemaContainer]]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ErrorGeneric | list[IdentitySchemaContainer] | None:
    """The identity (traits) JSON Schemas this server knows.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[IdentitySchemaContainer]
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
