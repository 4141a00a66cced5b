from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_generic import ErrorGeneric
from ...models.login_flow import LoginFlow
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    refresh: bool | Unset = UNSET,
    aal: str | Unset = UNSET,
    return_to: str | Unset = UNSET,
    login_challenge: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    via: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(cookie, Unset):
        headers["Cookie"] = cookie

    params: dict[str, Any] = {}

    params["refresh"] = refresh

    params["aal"] = aal

    params["return_to"] = return_to

    params["login_challenge"] = login_challenge

    params["organization"] = organization

    params["via"] = via

    params["identity_schema"] = identity_schema

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/self-service/login/browser",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorGeneric | LoginFlow:
    if response.status_code == 200:
        response_200 = LoginFlow.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = ErrorGeneric.from_dict(response.json())

        return response_400

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorGeneric | LoginFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
    aal: str | Unset = UNSET,
    return_to: str | Unset = UNSET,
    login_challenge: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    via: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorGeneric | LoginFlow]:
    """Start a login flow for a browser; sets the anti-CSRF cookie.

    Args:
        refresh (bool | Unset):
        aal (str | Unset):
        return_to (str | Unset):
        login_challenge (str | Unset):
        organization (str | Unset):
        via (str | Unset):
        identity_schema (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGeneric | LoginFlow]
    """

    kwargs = _get_kwargs(
        refresh=refresh,
        aal=aal,
        return_to=return_to,
        login_challenge=login_challenge,
        organization=organization,
        via=via,
        identity_schema=identity_schema,
        cookie=cookie,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
    aal: str | Unset = UNSET,
    return_to: str | Unset = UNSET,
    login_challenge: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    via: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorGeneric | LoginFlow | None:
    """Start a login flow for a browser; sets the anti-CSRF cookie.

    Args:
        refresh (bool | Unset):
        aal (str | Unset):
        return_to (str | Unset):
        login_challenge (str | Unset):
        organization (str | Unset):
        via (str | Unset):
        identity_schema (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGeneric | LoginFlow
    """

    return sync_detailed(
        client=client,
        refresh=refresh,
        aal=aal,
        return_to=return_to,
        login_challenge=login_challenge,
        organization=organization,
        via=via,
        identity_schema=identity_schema,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
    aal: str | Unset = UNSET,
    return_to: str | Unset = UNSET,
    login_challenge: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    via: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[Any | ErrorGeneric | LoginFlow]:
    """Start a login flow for a browser; sets the anti-CSRF cookie.

    Args:
        refresh (bool | Unset):
        aal (str | Unset):
        return_to (str | Unset):
        login_challenge (str | Unset):
        organization (str | Unset):
        via (str | Unset):
        identity_schema (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGeneric | LoginFlow]
    """

    kwargs = _get_kwargs(
        refresh=refresh,
        aal=aal,
        return_to=return_to,
        login_challenge=login_challenge,
        organization=organization,
        via=via,
        identity_schema=identity_schema,
        cookie=cookie,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    refresh: bool | Unset = UNSET,
    aal: str | Unset = UNSET,
    return_to: str | Unset = UNSET,
    login_challenge: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    via: str | Unset = UNSET,
    identity_schema: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Any | ErrorGeneric | LoginFlow | None:
    """Start a login flow for a browser; sets the anti-CSRF cookie.

    Args:
        refresh (bool | Unset):
        aal (str | Unset):
        return_to (str | Unset):
        login_challenge (str | Unset):
        organization (str | Unset):
        via (str | Unset):
        identity_schema (str | Unset):
        cookie (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGeneric | LoginFlow
    """

    return (
        await asyncio_detailed(
            client=client,
            refresh=refresh,
            aal=aal,
            return_to=return_to,
            login_challenge=login_challenge,
            organization=organization,
            via=via,
            identity_schema=identity_schema,
            cookie=cookie,
        )
    ).parsed
