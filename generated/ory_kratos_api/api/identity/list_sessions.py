from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.list_sessions_expand_item import (
    ListSessionsExpandItem,
)
from ...models.session import Session
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    expand: list[ListSessionsExpandItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    params["active"] = active

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item: str = expand_item_data
            json_expand.append(expand_item)

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/sessions",
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
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    expand: list[ListSessionsExpandItem] | Unset = UNSET,
) -> Response[ErrorGeneric | list[Session]]:
    """Admin: page through all sessions.

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        active (bool | Unset):
        expand (list[ListSessionsExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[Session]]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        active=active,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    expand: list[ListSessionsExpandItem] | Unset = UNSET,
) -> ErrorGeneric | list[Session] | None:
    """Admin: page through all sessions.

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        active (bool | Unset):
        expand (list[ListSessionsExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[Session]
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
        active=active,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    expand: list[ListSessionsExpandItem] | Unset = UNSET,
) -> Response[ErrorGeneric | list[Session]]:
    """Admin: page through all sessions.

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        active (bool | Unset):
        expand (list[ListSessionsExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[Session]]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        active=active,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    expand: list[ListSessionsExpandItem] | Unset = UNSET,
) -> ErrorGeneric | list[Session] | None:
    """Admin: page through all sessions.

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        active (bool | Unset):
        expand (list[ListSessionsExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[Session]
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
            active=active,
            expand=expand,
        )
    ).parsed
