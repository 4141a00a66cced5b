from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_browser_location_change_required import (
    ErrorBrowserLocationChangeRequired,
)
from ...models.error_generic import ErrorGeneric
from ...models.recovery_flow import RecoveryFlow
from ...models.update_recovery_flow_with_code_method import (
    UpdateRecoveryFlowWithCodeMethod,
)
from ...models.update_recovery_flow_with_link_method import (
    UpdateRecoveryFlowWithLinkMethod,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateRecoveryFlowWithCodeMethod | UpdateRecoveryFlowWithLinkMethod,
    flow: str,
    token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(cookie, Unset):
        headers["Cookie"] = cookie

    params: dict[str, Any] = {}

    params["flow"] = flow

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/self-service/recovery",
        "params": params,
    }

    if isinstance(body, UpdateRecoveryFlowWithLinkMethod):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RecoveryFlow:
    if response.status_code == 200:
        response_200 = RecoveryFlow.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = RecoveryFlow.from_dict(response.json())

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
) -> Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RecoveryFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRecoveryFlowWithCodeMethod | UpdateRecoveryFlowWithLinkMethod,
    flow: str,
    token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RecoveryFlow]:
    """Submit a recovery step: the address to send a code to, or the code itself.

    Args:
        flow (str):
        token (str | Unset):
        cookie (str | Unset):
        body (UpdateRecoveryFlowWithCodeMethod | UpdateRecoveryFlowWithLinkMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RecoveryFlow]
    """

    kwargs = _get_kwargs(
        body=body,
        flow=flow,
        token=token,
        cookie=cookie,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRecoveryFlowWithCodeMethod | UpdateRecoveryFlowWithLinkMethod,
    flow: str,
    token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RecoveryFlow | None:
    """Submit a recovery step: the address to send a code to, or the code itself.

    Args:
        flow (str):
        token (str | Unset):
        cookie (str | Unset):
        body (UpdateRecoveryFlowWithCodeMethod | UpdateRecoveryFlowWithLinkMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RecoveryFlow
    """

    return sync_detailed(
        client=client,
        body=body,
        flow=flow,
        token=token,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRecoveryFlowWithCodeMethod | UpdateRecoveryFlowWithLinkMethod,
    flow: str,
    token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RecoveryFlow]:
    """Submit a recovery step: the address to send a code to, or the code itself.

    Args:
        flow (str):
        token (str | Unset):
        cookie (str | Unset):
        body (UpdateRecoveryFlowWithCodeMethod | UpdateRecoveryFlowWithLinkMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RecoveryFlow]
    """

    kwargs = _get_kwargs(
        body=body,
        flow=flow,
        token=token,
        cookie=cookie,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRecoveryFlowWithCodeMethod | UpdateRecoveryFlowWithLinkMethod,
    flow: str,
    token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RecoveryFlow | None:
    """Submit a recovery step: the address to send a code to, or the code itself.

    Args:
        flow (str):
        token (str | Unset):
        cookie (str | Unset):
        body (UpdateRecoveryFlowWithCodeMethod | UpdateRecoveryFlowWithLinkMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RecoveryFlow
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            flow=flow,
            token=token,
            cookie=cookie,
        )
    ).parsed
