from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.batch_patch_identities_response import BatchPatchIdentitiesResponse
from ...models.error_generic import ErrorGeneric
from ...models.patch_identities_body import PatchIdentitiesBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PatchIdentitiesBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/admin/identities",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchPatchIdentitiesResponse | ErrorGeneric:
    if response.status_code == 200:
        response_200 = BatchPatchIdentitiesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorGeneric.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = ErrorGeneric.from_dict(response.json())

        return response_409

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchPatchIdentitiesResponse | ErrorGeneric]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PatchIdentitiesBody | Unset = UNSET,
) -> Response[BatchPatchIdentitiesResponse | ErrorGeneric]:
    """Admin: create or delete many identities in one request.

    Args:
        body (PatchIdentitiesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchPatchIdentitiesResponse | ErrorGeneric]
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
    body: PatchIdentitiesBody | Unset = UNSET,
) -> BatchPatchIdentitiesResponse | ErrorGeneric | None:
    """Admin: create or delete many identities in one request.

    Args:
        body (PatchIdentitiesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchPatchIdentitiesResponse | ErrorGeneric
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PatchIdentitiesBody | Unset = UNSET,
) -> Response[BatchPatchIdentitiesResponse | ErrorGeneric]:
    """Admin: create or delete many identities in one request.

    Args:
        body (PatchIdentitiesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchPatchIdentitiesResponse | ErrorGeneric]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PatchIdentitiesBody | Unset = UNSET,
) -> BatchPatchIdentitiesResponse | ErrorGeneric | None:
    """Admin: create or delete many identities in one request.

    Args:
        body (PatchIdentitiesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchPatchIdentitiesResponse | ErrorGeneric
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
