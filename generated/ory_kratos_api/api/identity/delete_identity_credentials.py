from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_identity_credentials_type import (
    DeleteIdentityCredentialsType,
)
from ...models.error_generic import ErrorGeneric
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    type_: DeleteIdentityCredentialsType,
    *,
    identifier: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["identifier"] = identifier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/admin/identities/{id}/credentials/{type_}".format(
            id=quote(str(id), safe=""),
            type_=quote(str(type_), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorGeneric:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 404:
        response_404 = ErrorGeneric.from_dict(response.json())

        return response_404

    response_default = ErrorGeneric.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorGeneric]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    type_: DeleteIdentityCredentialsType,
    *,
    client: AuthenticatedClient,
    identifier: str | Unset = UNSET,
) -> Response[Any | ErrorGeneric]:
    """Admin: remove one credential type (or one OIDC/SAML link) from an identity.

    Args:
        id (str):
        type_ (DeleteIdentityCredentialsType):
        identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGeneric]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
        identifier=identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    type_: DeleteIdentityCredentialsType,
    *,
    client: AuthenticatedClient,
    identifier: str | Unset = UNSET,
) -> Any | ErrorGeneric | None:
    """Admin: remove one credential type (or one OIDC/SAML link) from an identity.

    Args:
        id (str):
        type_ (DeleteIdentityCredentialsType):
        identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGeneric
    """

    return sync_detailed(
        id=id,
        type_=type_,
        client=client,
        identifier=identifier,
    ).parsed


async def asyncio_detailed(
    id: str,
    type_: DeleteIdentityCredentialsType,
    *,
    client: AuthenticatedClient,
    identifier: str | Unset = UNSET,
) -> Response[Any | ErrorGeneric]:
    """Admin: remove one credential type (or one OIDC/SAML link) from an identity.

    Args:
        id (str):
        type_ (DeleteIdentityCredentialsType):
        identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGeneric]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
        identifier=identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    type_: DeleteIdentityCredentialsType,
    *,
    client: AuthenticatedClient,
    identifier: str | Unset = UNSET,
) -> Any | ErrorGeneric | None:
    """Admin: remove one credential type (or one OIDC/SAML link) from an identity.

    Args:
        id (str):
        type_ (DeleteIdentityCredentialsType):
        identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGeneric
    """

    return (
        await asyncio_detailed(
            id=id,
            type_=type_,
            client=client,
            identifier=identifier,
        )
    ).parsed
