from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.registration_flow import RegistrationFlow
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    return_session_token_exchange_code: bool | Unset = UNSET,
    return_to: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["return_session_token_exchange_code"] = return_session_token_exchange_code

    params["return_to"] = return_to

    params["organization"] = organization

    params["identity_schema"] = identity_schema

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/self-service/registration/api",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGeneric | RegistrationFlow:
    if response.status_code == 200:
        response_200 = RegistrationFlow.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorGeneric.from_dict(response.json())

        return response_400

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGeneric | RegistrationFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    return_session_token_exchange_code: bool | Unset = UNSET,
    return_to: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
) -> Response[ErrorGeneric | RegistrationFlow]:
    """Start sign-up for an app that keeps a session token.

    Args:
        return_session_token_exchange_code (bool | Unset):
        return_to (str | Unset):
        organization (str | Unset):
        identity_schema (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | RegistrationFlow]
    """

    kwargs = _get_kwargs(
        return_session_token_exchange_code=return_session_token_exchange_code,
        return_to=return_to,
        organization=organization,
        identity_schema=identity_schema,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    return_session_token_exchange_code: bool | Unset = UNSET,
    return_to: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
) -> ErrorGeneric | RegistrationFlow | None:
    """Start sign-up for an app that keeps a session token.

    Args:
        return_session_token_exchange_code (bool | Unset):
        return_to (str | Unset):
        organization (str | Unset):
        identity_schema (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | RegistrationFlow
    """

    return sync_detailed(
        client=client,
        return_session_token_exchange_code=return_session_token_exchange_code,
        return_to=return_to,
        organization=organization,
        identity_schema=identity_schema,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    return_session_token_exchange_code: bool | Unset = UNSET,
    return_to: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
) -> Response[ErrorGeneric | RegistrationFlow]:
    """Start sign-up for an app that keeps a session token.

    Args:
        return_session_token_exchange_code (bool | Unset):
        return_to (str | Unset):
        organization (str | Unset):
        identity_schema (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGeneric | RegistrationFlow]
    """

    kwargs = _get_kwargs(
        return_session_token_exchange_code=return_session_token_exchange_code,
        return_to=return_to,
        organization=organization,
        identity_schema=identity_schema,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    return_session_token_exchange_code: bool | Unset = UNSET,
    return_to: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
) -> ErrorGeneric | RegistrationFlow | None:
    """Start sign-up for an app that keeps a session token.

    Args:
        return_session_token_exchange_code (bool | Unset):
        return_to (str | Unset):
        organization (str | Unset):
        identity_schema (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGeneric | RegistrationFlow
    """

    return (
        await asyncio_detailed(
            client=client,
            return_session_token_exchange_code=return_session_token_exchange_code,
            return_to=return_to,
            organization=organization,
            identity_schema=identity_schema,
        )
    ).parsed
