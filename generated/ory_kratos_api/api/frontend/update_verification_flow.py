from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.update_verification_flow_with_code_method import (
    UpdateVerificationFlowWithCodeMethod,
)
from ...models.update_verification_flow_with_link_method import (
    UpdateVerificationFlowWithLinkMethod,
)
from ...models.verification_flow import VerificationFlow
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateVerificationFlowWithCodeMethod | UpdateVerificationFlowWithLinkMethod,
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
        "url": "/self-service/verification",
        "params": params,
    }

    if isinstance(body, UpdateVerificationFlowWithLinkMethod):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorGeneric | VerificationFlow:
    if response.status_code == 200:
        response_200 = VerificationFlow.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = VerificationFlow.from_dict(response.json())

        return response_400

    if response.status_code == 410:
        response_410 = ErrorGeneric.from_dict(response.json())

        return response_410

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorGeneric | VerificationFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVerificationFlowWithCodeMethod | UpdateVerificationFlowWithLinkMethod,
    flow: str,
    token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorGeneric | VerificationFlow]:
    """Submit a verification step: the address, or the code that was sent.

    Args:
        flow (str):
        token (str | Unset):
        cookie (str | Unset):
        body (UpdateVerificationFlowWithCodeMethod | UpdateVerificationFlowWithLinkMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGeneric | VerificationFlow]
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
    body: UpdateVerificationFlowWithCodeMethod | UpdateVerificationFlowWithLinkMethod,
    flow: str,
    token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorGeneric | VerificationFlow | None:
    """Submit a verification step: the address, or the code that was sent.

    Args:
        flow (str):
        token (str | Unset):
        cookie (str | Unset):
        body (UpdateVerificationFlowWithCodeMethod | UpdateVerificationFlowWithLinkMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGeneric | VerificationFlow
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
    body: UpdateVerificationFlowWithCodeMethod | UpdateVerificationFlowWithLinkMethod,
    flow: str,
    token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorGeneric | VerificationFlow]:
    """Submit a verification step: the address, or the code that was sent.

    Args:
        flow (str):
        token (str | Unset):
        cookie (str | Unset):
        body (UpdateVerificationFlowWithCodeMethod | UpdateVerificationFlowWithLinkMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGeneric | VerificationFlow]
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
    body: UpdateVerificationFlowWithCodeMethod | UpdateVerificationFlowWithLinkMethod,
    flow: str,
    token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorGeneric | VerificationFlow | None:
    """Submit a verification step: the address, or the code that was sent.

    Args:
        flow (str):
        token (str | Unset):
        cookie (str | Unset):
        body (UpdateVerificationFlowWithCodeMethod | UpdateVerificationFlowWithLinkMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGeneric | VerificationFlow
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
