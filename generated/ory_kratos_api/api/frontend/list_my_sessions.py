from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.session import Session
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_session_token, Unset):
        headers["X-Session-Token"] = x_session_token

    if not isinstance(cookie, Unset):
        headers["Cookie"] = cookie

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions",
        "params": params,
    }

    _kwargs["headers"] = headers
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

    if response.status_code == 401:
        response_401 = ErrorGeneric.from_dict(response.json())

        return response_401

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
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[ErrorGeneric | list[Session]]:
    """The caller's other active sessions.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[Session]]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
        x_session_token=x_session_token,
        cookie=cookie,
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
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> ErrorGeneric | list[Session] | None:
    """The caller's other active sessions.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[Session]
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
        x_session_token=x_session_token,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[ErrorGeneric | list[Session]]:
    """The caller's other active sessions.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[Session]]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        page_size=page_size,
        page_token=page_token,
        x_session_token=x_session_token,
        cookie=cookie,
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
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> ErrorGeneric | list[Session] | None:
    """The caller's other active sessions.

    Args:
        per_page (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        x_session_token (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[Session]
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            page_size=page_size,
            page_token=page_token,
            x_session_token=x_session_token,
            cookie=cookie,
        )
    ).parsed
