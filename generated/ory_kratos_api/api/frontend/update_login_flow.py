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
from ...models.update_login_flow_with_code_method import UpdateLoginFlowWithCodeMethod
from ...models.update_login_flow_with_identifier_first_method import (
    UpdateLoginFlowWithIdentifierFirstMethod,
)
from ...models.update_login_flow_with_lookup_secret_method import (
    UpdateLoginFlowWithLookupSecretMethod,
)
from ...models.update_login_flow_with_oidc_method import UpdateLoginFlowWithOidcMethod
from ...models.update_login_flow_with_passkey_method import (
    UpdateLoginFlowWithPasskeyMethod,
)
from ...models.update_login_flow_with_password_method import (
    UpdateLoginFlowWithPasswordMethod,
)
from ...models.update_login_flow_with_saml_method import UpdateLoginFlowWithSamlMethod
from ...models.update_login_flow_with_totp_method import UpdateLoginFlowWithTotpMethod
from ...models.update_login_flow_with_web_authn_method import (
    UpdateLoginFlowWithWebAuthnMethod,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateLoginFlowWithCodeMethod
    | UpdateLoginFlowWithIdentifierFirstMethod
    | UpdateLoginFlowWithLookupSecretMethod
    | UpdateLoginFlowWithOidcMethod
    | UpdateLoginFlowWithPasskeyMethod
    | UpdateLoginFlowWithPasswordMethod
    | UpdateLoginFlowWithSamlMethod
    | UpdateLoginFlowWithTotpMethod
    | UpdateLoginFlowWithWebAuthnMethod,
    flow: str,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_session_token, Unset):
        headers["X-Session-Token"] = x_session_token

    if not isinstance(cookie, Unset):
        headers["Cookie"] = cookie

    params: dict[str, Any] = {}

    params["flow"] = flow

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/self-service/login",
        "params": params,
    }

    if (
        isinstance(body, UpdateLoginFlowWithPasswordMethod)
        or isinstance(body, UpdateLoginFlowWithOidcMethod)
        or isinstance(body, UpdateLoginFlowWithSamlMethod)
        or isinstance(body, UpdateLoginFlowWithTotpMethod)
        or isinstance(body, UpdateLoginFlowWithWebAuthnMethod)
        or isinstance(body, UpdateLoginFlowWithLookupSecretMethod)
        or isinstance(body, UpdateLoginFlowWithCodeMethod)
        or isinstance(body, UpdateLoginFlowWithPasskeyMethod)
    ):
        _kwargs["json"] = body.to_dict()
    else:
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
    body: UpdateLoginFlowWithCodeMethod
    | UpdateLoginFlowWithIdentifierFirstMethod
    | UpdateLoginFlowWithLookupSecretMethod
    | UpdateLoginFlowWithOidcMethod
    | UpdateLoginFlowWithPasskeyMethod
    | UpdateLoginFlowWithPasswordMethod
    | UpdateLoginFlowWithSamlMethod
    | UpdateLoginFlowWithTotpMethod
    | UpdateLoginFlowWithWebAuthnMethod,
    flow: str,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | LoginFlow
    | SuccessfulNativeLogin
]:
    """Submit a login method (password, code, OIDC, passkey...) for a login flow.

    Args:
        flow (str):
        x_session_token (str | Unset):
        cookie (str | Unset):
        body (UpdateLoginFlowWithCodeMethod | UpdateLoginFlowWithIdentifierFirstMethod |
            UpdateLoginFlowWithLookupSecretMethod | UpdateLoginFlowWithOidcMethod |
            UpdateLoginFlowWithPasskeyMethod | UpdateLoginFlowWithPasswordMethod |
            UpdateLoginFlowWithSamlMethod | UpdateLoginFlowWithTotpMethod |
            UpdateLoginFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | LoginFlow | SuccessfulNativeLogin]
    """

    kwargs = _get_kwargs(
        body=body,
        flow=flow,
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
    body: UpdateLoginFlowWithCodeMethod
    | UpdateLoginFlowWithIdentifierFirstMethod
    | UpdateLoginFlowWithLookupSecretMethod
    | UpdateLoginFlowWithOidcMethod
    | UpdateLoginFlowWithPasskeyMethod
    | UpdateLoginFlowWithPasswordMethod
    | UpdateLoginFlowWithSamlMethod
    | UpdateLoginFlowWithTotpMethod
    | UpdateLoginFlowWithWebAuthnMethod,
    flow: str,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> (
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | LoginFlow
    | SuccessfulNativeLogin
    | None
):
    """Submit a login method (password, code, OIDC, passkey...) for a login flow.

    Args:
        flow (str):
        x_session_token (str | Unset):
        cookie (str | Unset):
        body (UpdateLoginFlowWithCodeMethod | UpdateLoginFlowWithIdentifierFirstMethod |
            UpdateLoginFlowWithLookupSecretMethod | UpdateLoginFlowWithOidcMethod |
            UpdateLoginFlowWithPasskeyMethod | UpdateLoginFlowWithPasswordMethod |
            UpdateLoginFlowWithSamlMethod | UpdateLoginFlowWithTotpMethod |
            UpdateLoginFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | LoginFlow | SuccessfulNativeLogin
    """

    return sync_detailed(
        client=client,
        body=body,
        flow=flow,
        x_session_token=x_session_token,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLoginFlowWithCodeMethod
    | UpdateLoginFlowWithIdentifierFirstMethod
    | UpdateLoginFlowWithLookupSecretMethod
    | UpdateLoginFlowWithOidcMethod
    | UpdateLoginFlowWithPasskeyMethod
    | UpdateLoginFlowWithPasswordMethod
    | UpdateLoginFlowWithSamlMethod
    | UpdateLoginFlowWithTotpMethod
    | UpdateLoginFlowWithWebAuthnMethod,
    flow: str,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> Response[
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | LoginFlow
    | SuccessfulNativeLogin
]:
    """Submit a login method (password, code, OIDC, passkey...) for a login flow.

    Args:
        flow (str):
        x_session_token (str | Unset):
        cookie (str | Unset):
        body (UpdateLoginFlowWithCodeMethod | UpdateLoginFlowWithIdentifierFirstMethod |
            UpdateLoginFlowWithLookupSecretMethod | UpdateLoginFlowWithOidcMethod |
            UpdateLoginFlowWithPasskeyMethod | UpdateLoginFlowWithPasswordMethod |
            UpdateLoginFlowWithSamlMethod | UpdateLoginFlowWithTotpMethod |
            UpdateLoginFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | LoginFlow | SuccessfulNativeLogin]
    """

    kwargs = _get_kwargs(
        body=body,
        flow=flow,
        x_session_token=x_session_token,
        cookie=cookie,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLoginFlowWithCodeMethod
    | UpdateLoginFlowWithIdentifierFirstMethod
    | UpdateLoginFlowWithLookupSecretMethod
    | UpdateLoginFlowWithOidcMethod
    | UpdateLoginFlowWithPasskeyMethod
    | UpdateLoginFlowWithPasswordMethod
    | UpdateLoginFlowWithSamlMethod
    | UpdateLoginFlowWithTotpMethod
    | UpdateLoginFlowWithWebAuthnMethod,
    flow: str,
    x_session_token: str | Unset = UNSET,
    cookie: str | Unset = UNSET,
) -> (
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | LoginFlow
    | SuccessfulNativeLogin
    | None
):
    """Submit a login method (password, code, OIDC, passkey...) for a login flow.

    Args:
        flow (str):
        x_session_token (str | Unset):
        cookie (str | Unset):
        body (UpdateLoginFlowWithCodeMethod | UpdateLoginFlowWithIdentifierFirstMethod |
            UpdateLoginFlowWithLookupSecretMethod | UpdateLoginFlowWithOidcMethod |
            UpdateLoginFlowWithPasskeyMethod | UpdateLoginFlowWithPasswordMethod |
            UpdateLoginFlowWithSamlMethod | UpdateLoginFlowWithTotpMethod |
            UpdateLoginFlowWithWebAuthnMethod):

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
            flow=flow,
            x_session_token=x_session_token,
            cookie=cookie,
        )
    ).parsed
