from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_browser_location_change_required import (
    ErrorBrowserLocationChangeRequired,
)
from ...models.error_generic import ErrorGeneric
from ...models.login_flow import LoginFlow
from ...models.successful_native_login import SuccessfulNativeLogin
from ...models.update_fedcm_flow_body import UpdateFedcmFlowBody
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateFedcmFlowBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/self-service/fed-cm/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | LoginFlow
    | SuccessfulNativeLogin
):
    if response.status_code == 200:
        response_200 = SuccessfulNativeLogin.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = LoginFlow.from_dict(response.json())

        return response_400

    if response.status_code == 410:
        response_410 = ErrorGeneric.from_dict(response.json())

        return response_410

    if response.status_code == 422:
        response_422 = ErrorBrowserLocationChangeRequired.from_dict(response.json())

        return response_422

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | LoginFlow
    | SuccessfulNativeLogin
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFedcmFlowBody,
) -> Response[
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | LoginFlow
    | SuccessfulNativeLogin
]:
    """Finish a FedCM sign-in with the token the browser returned.

    Args:
        body (UpdateFedcmFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | LoginFlow | SuccessfulNativeLogin]
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
    client: AuthenticatedClient | Client,
    body: UpdateFedcmFlowBody,
) -> (
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | LoginFlow
    | SuccessfulNativeLogin
    | None
):
    """Finish a FedCM sign-in with the token the browser returned.

    Args:
        body (UpdateFedcmFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | LoginFlow | SuccessfulNativeLogin
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFedcmFlowBody,
) -> Response[
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | LoginFlow
    | SuccessfulNativeLogin
]:
    """Finish a FedCM sign-in with the token the browser returned.

    Args:
        body (UpdateFedcmFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | LoginFlow | SuccessfulNativeLogin]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFedcmFlowBody,
) -> (
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | LoginFlow
    | SuccessfulNativeLogin
    | None
):
    """Finish a FedCM sign-in with the token the browser returned.

    Args:
        body (UpdateFedcmFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | LoginFlow | SuccessfulNativeLogin
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
