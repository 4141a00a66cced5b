from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.session import Session
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["page_size"] = page_size

    params["page_token"] = page_token

    params["active"] = active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/identities/{id}/sessions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | list[Session]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Session.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorGeneric | list[Session]]:
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
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> Response[ErrorGeneric | list[Session]]:
    """Admin: the sessions that belong to one identity.

    Args:
        id (str):
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[Session]]
    """

    kwargs = _get_kwargs(
        id=id,
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
        active=active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> ErrorGeneric | list[Session] | None:
    """Admin: the sessions that belong to one identity.

    Args:
        id (str):
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[Session]
    """

    return sync_detailed(
        id=id,
        client=client,
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
        active=active,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> Response[ErrorGeneric | list[Session]]:
    """Admin: the sessions that belong to one identity.

    Args:
        id (str):
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[Session]]
    """

    kwargs = _get_kwargs(
        id=id,
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
        active=active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> ErrorGeneric | list[Session] | None:
    """Admin: the sessions that belong to one identity.

    Args:
        id (str):
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[Session]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            per_page=per_page,
            page=page,
            page_size=page_size,
            page_token=page_token,
            active=active,
        )
    ).parsed
