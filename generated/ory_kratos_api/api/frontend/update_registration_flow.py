from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_browser_location_change_required import (
    ErrorBrowserLocationChangeRequired,
)
from ...models.error_generic import ErrorGeneric
from ...models.registration_flow import RegistrationFlow
from ...models.successful_native_registration import SuccessfulNativeRegistration
from ...models.update_registration_flow_with_code_method import (
    UpdateRegistrationFlowWithCodeMethod,
)
from ...models.update_registration_flow_with_oidc_method import (
    UpdateRegistrationFlowWithOidcMethod,
)
from ...models.update_registration_flow_with_passkey_method import (
    UpdateRegistrationFlowWithPasskeyMethod,
)
from ...models.update_registration_flow_with_password_method import (
    UpdateRegistrationFlowWithPasswordMethod,
)
from ...models.update_registration_flow_with_profile_method import (
    UpdateRegistrationFlowWithProfileMethod,
)
from ...models.update_registration_flow_with_saml_method import (
    UpdateRegistrationFlowWithSamlMethod,
)
from ...models.update_registration_flow_with_web_authn_method import (
    UpdateRegistrationFlowWithWebAuthnMethod,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateRegistrationFlowWithCodeMethod
    | UpdateRegistrationFlowWithOidcMethod
    | UpdateRegistrationFlowWithPasskeyMethod
    | UpdateRegistrationFlowWithPasswordMethod
    | UpdateRegistrationFlowWithProfileMethod
    | UpdateRegistrationFlowWithSamlMethod
    | UpdateRegistrationFlowWithWebAuthnMethod,
    flow: str,
    cookie: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(cookie, Unset):
        headers["Cookie"] = cookie

    params: dict[str, Any] = {}

    params["flow"] = flow

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/self-service/registration",
        "params": params,
    }

    if (
        isinstance(body, UpdateRegistrationFlowWithPasswordMethod)
        or isinstance(body, UpdateRegistrationFlowWithOidcMethod)
        or isinstance(body, UpdateRegistrationFlowWithSamlMethod)
        or isinstance(body, UpdateRegistrationFlowWithWebAuthnMethod)
        or isinstance(body, UpdateRegistrationFlowWithCodeMethod)
        or isinstance(body, UpdateRegistrationFlowWithPasskeyMethod)
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
    | RegistrationFlow
    | SuccessfulNativeRegistration
):
    if response.status_code == 200:
        response_200 = SuccessfulNativeRegistration.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = RegistrationFlow.from_dict(response.json())

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
    | RegistrationFlow
    | SuccessfulNativeRegistration
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
    body: UpdateRegistrationFlowWithCodeMethod
    | UpdateRegistrationFlowWithOidcMethod
    | UpdateRegistrationFlowWithPasskeyMethod
    | UpdateRegistrationFlowWithPasswordMethod
    | UpdateRegistrationFlowWithProfileMethod
    | UpdateRegistrationFlowWithSamlMethod
    | UpdateRegistrationFlowWithWebAuthnMethod,
    flow: str,
    cookie: str | Unset = UNSET,
) -> Response[
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | RegistrationFlow
    | SuccessfulNativeRegistration
]:
    """Submit a sign-up method with traits for a registration flow.

    Args:
        flow (str):
        cookie (str | Unset):
        body (UpdateRegistrationFlowWithCodeMethod | UpdateRegistrationFlowWithOidcMethod |
            UpdateRegistrationFlowWithPasskeyMethod | UpdateRegistrationFlowWithPasswordMethod |
            UpdateRegistrationFlowWithProfileMethod | UpdateRegistrationFlowWithSamlMethod |
            UpdateRegistrationFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RegistrationFlow | SuccessfulNativeRegistration]
    """

    kwargs = _get_kwargs(
        body=body,
        flow=flow,
        cookie=cookie,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRegistrationFlowWithCodeMethod
    | UpdateRegistrationFlowWithOidcMethod
    | UpdateRegistrationFlowWithPasskeyMethod
    | UpdateRegistrationFlowWithPasswordMethod
    | UpdateRegistrationFlowWithProfileMethod
    | UpdateRegistrationFlowWithSamlMethod
    | UpdateRegistrationFlowWithWebAuthnMethod,
    flow: str,
    cookie: str | Unset = UNSET,
) -> (
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | RegistrationFlow
    | SuccessfulNativeRegistration
    | None
):
    """Submit a sign-up method with traits for a registration flow.

    Args:
        flow (str):
        cookie (str | Unset):
        body (UpdateRegistrationFlowWithCodeMethod | UpdateRegistrationFlowWithOidcMethod |
            UpdateRegistrationFlowWithPasskeyMethod | UpdateRegistrationFlowWithPasswordMethod |
            UpdateRegistrationFlowWithProfileMethod | UpdateRegistrationFlowWithSamlMethod |
            UpdateRegistrationFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RegistrationFlow | SuccessfulNativeRegistration
    """

    return sync_detailed(
        client=client,
        body=body,
        flow=flow,
        cookie=cookie,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRegistrationFlowWithCodeMethod
    | UpdateRegistrationFlowWithOidcMethod
    | UpdateRegistrationFlowWithPasskeyMethod
    | UpdateRegistrationFlowWithPasswordMethod
    | UpdateRegistrationFlowWithProfileMethod
    | UpdateRegistrationFlowWithSamlMethod
    | UpdateRegistrationFlowWithWebAuthnMethod,
    flow: str,
    cookie: str | Unset = UNSET,
) -> Response[
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | RegistrationFlow
    | SuccessfulNativeRegistration
]:
    """Submit a sign-up method with traits for a registration flow.

    Args:
        flow (str):
        cookie (str | Unset):
        body (UpdateRegistrationFlowWithCodeMethod | UpdateRegistrationFlowWithOidcMethod |
            UpdateRegistrationFlowWithPasskeyMethod | UpdateRegistrationFlowWithPasswordMethod |
            UpdateRegistrationFlowWithProfileMethod | UpdateRegistrationFlowWithSamlMethod |
            UpdateRegistrationFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RegistrationFlow | SuccessfulNativeRegistration]
    """

    kwargs = _get_kwargs(
        body=body,
        flow=flow,
        cookie=cookie,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRegistrationFlowWithCodeMethod
    | UpdateRegistrationFlowWithOidcMethod
    | UpdateRegistrationFlowWithPasskeyMethod
    | UpdateRegistrationFlowWithPasswordMethod
    | UpdateRegistrationFlowWithProfileMethod
    | UpdateRegistrationFlowWithSamlMethod
    | UpdateRegistrationFlowWithWebAuthnMethod,
    flow: str,
    cookie: str | Unset = UNSET,
) -> (
    Any
    | ErrorBrowserLocationChangeRequired
    | ErrorGeneric
    | RegistrationFlow
    | SuccessfulNativeRegistration
    | None
):
    """Submit a sign-up method with traits for a registration flow.

    Args:
        flow (str):
        cookie (str | Unset):
        body (UpdateRegistrationFlowWithCodeMethod | UpdateRegistrationFlowWithOidcMethod |
            UpdateRegistrationFlowWithPasskeyMethod | UpdateRegistrationFlowWithPasswordMethod |
            UpdateRegistrationFlowWithProfileMethod | UpdateRegistrationFlowWithSamlMethod |
            UpdateRegistrationFlowWithWebAuthnMethod):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBrowserLocationChangeRequired | ErrorGeneric | RegistrationFlow | SuccessfulNativeRegistration
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            flow=flow,
            cookie=cookie,
        )
    ).parsed
