from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.courier_message_status import (
    CourierMessageStatus,
)
from ...models.error_generic import ErrorGeneric
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    status: CourierMessageStatus | Unset = UNSET,
    recipient: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["recipient"] = recipient

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/courier/messages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | list[Message]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Message.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorGeneric.from_dict(response.json())

        return response_400

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | list[Message]]:
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
    status: CourierMessageStatus | Unset = UNSET,
    recipient: str | Unset = UNSET,
) -> Response[ErrorGeneric | list[Message]]:
    """Admin: page through e-mails and SMS queued or sent by the courier.

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        status (CourierMessageStatus | Unset):
        recipient (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[Message]]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        status=status,
        recipient=recipient,
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
    status: CourierMessageStatus | Unset = UNSET,
    recipient: str | Unset = UNSET,
) -> ErrorGeneric | list[Message] | None:
    """Admin: page through e-mails and SMS queued or sent by the courier.

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        status (CourierMessageStatus | Unset):
        recipient (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[Message]
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
        status=status,
        recipient=recipient,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    status: CourierMessageStatus | Unset = UNSET,
    recipient: str | Unset = UNSET,
) -> Response[ErrorGeneric | list[Message]]:
    """Admin: page through e-mails and SMS queued or sent by the courier.

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        status (CourierMessageStatus | Unset):
        recipient (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | list[Message]]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        status=status,
        recipient=recipient,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    status: CourierMessageStatus | Unset = UNSET,
    recipient: str | Unset = UNSET,
) -> ErrorGeneric | list[Message] | None:
    """Admin: page through e-mails and SMS queued or sent by the courier.

    Args:
        page_size (int | Unset):
        page_token (str | Unset):
        status (CourierMessageStatus | Unset):
        recipient (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | list[Message]
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
            status=status,
            recipient=recipient,
        )
    ).parsed
