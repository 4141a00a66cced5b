"""The API's data models, imported on first use.

``from ory_kratos_api.models import Identity`` (or ``models.Identity``) loads
only the modules that model needs, so importing one model does not pay for
all of them.
"""

from collections.abc import Collection, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any

from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from .authenticator_assurance_level import AuthenticatorAssuranceLevel
    from .batch_patch_identities_response import BatchPatchIdentitiesResponse
    from .consistency_request_parameters import ConsistencyRequestParameters
    from .consistency_request_parameters_consistency import (
        ConsistencyRequestParametersConsistency,
    )
    from .continue_with_recovery_ui import ContinueWithRecoveryUi
    from .continue_with_recovery_ui_action import ContinueWithRecoveryUiAction
    from .continue_with_recovery_ui_flow import ContinueWithRecoveryUiFlow
    from .continue_with_redirect_browser_to import ContinueWithRedirectBrowserTo
    from .continue_with_redirect_browser_to_action import (
        ContinueWithRedirectBrowserToAction,
    )
    from .continue_with_set_ory_session_token import ContinueWithSetOrySessionToken
    from .continue_with_set_ory_session_token_action import (
        ContinueWithSetOrySessionTokenAction,
    )
    from .continue_with_settings_ui import ContinueWithSettingsUi
    from .continue_with_settings_ui_action import ContinueWithSettingsUiAction
    from .continue_with_settings_ui_flow import ContinueWithSettingsUiFlow
    from .continue_with_unknown import ContinueWithUnknown
    from .continue_with_verification_ui import ContinueWithVerificationUi
    from .continue_with_verification_ui_action import ContinueWithVerificationUiAction
    from .continue_with_verification_ui_flow import ContinueWithVerificationUiFlow
    from .courier_message_status import CourierMessageStatus
    from .courier_message_type import CourierMessageType
    from .create_fedcm_flow_response import CreateFedcmFlowResponse
    from .create_identity_body import CreateIdentityBody
    from .create_identity_body_state import CreateIdentityBodyState
    from .create_recovery_code_for_identity_body import (
        CreateRecoveryCodeForIdentityBody,
    )
    from .create_recovery_link_for_identity_body import (
        CreateRecoveryLinkForIdentityBody,
    )
    from .delete_identity_credentials_type import DeleteIdentityCredentialsType
    from .delete_my_sessions_count import DeleteMySessionsCount
    from .error_authenticator_assurance_level_not_satisfied import (
        ErrorAuthenticatorAssuranceLevelNotSatisfied,
    )
    from .error_browser_location_change_required import (
        ErrorBrowserLocationChangeRequired,
    )
    from .error_flow_replaced import ErrorFlowReplaced
    from .error_generic import ErrorGeneric
    from .flow_error import FlowError
    from .generic_error import GenericError
    from .get_identity_by_external_id_include_credential_item import (
        GetIdentityByExternalIdIncludeCredentialItem,
    )
    from .get_identity_include_credential_item import GetIdentityIncludeCredentialItem
    from .get_session_expand_item import GetSessionExpandItem
    from .get_version_response_200 import GetVersionResponse200
    from .health_not_ready_status import HealthNotReadyStatus
    from .health_not_ready_status_errors import HealthNotReadyStatusErrors
    from .health_status import HealthStatus
    from .identity import Identity
    from .identity_credentials import IdentityCredentials
    from .identity_credentials_code import IdentityCredentialsCode
    from .identity_credentials_code_address import IdentityCredentialsCodeAddress
    from .identity_credentials_map import IdentityCredentialsMap
    from .identity_credentials_oidc import IdentityCredentialsOidc
    from .identity_credentials_oidc_provider import IdentityCredentialsOidcProvider
    from .identity_credentials_password import IdentityCredentialsPassword
    from .identity_credentials_type import IdentityCredentialsType
    from .identity_patch import IdentityPatch
    from .identity_patch_response import IdentityPatchResponse
    from .identity_patch_response_action import IdentityPatchResponseAction
    from .identity_schema_container import IdentitySchemaContainer
    from .identity_state import IdentityState
    from .identity_with_credentials import IdentityWithCredentials
    from .identity_with_credentials_oidc import IdentityWithCredentialsOidc
    from .identity_with_credentials_oidc_config import IdentityWithCredentialsOidcConfig
    from .identity_with_credentials_oidc_config_provider import (
        IdentityWithCredentialsOidcConfigProvider,
    )
    from .identity_with_credentials_password import IdentityWithCredentialsPassword
    from .identity_with_credentials_password_config import (
        IdentityWithCredentialsPasswordConfig,
    )
    from .identity_with_credentials_saml import IdentityWithCredentialsSaml
    from .identity_with_credentials_saml_config import IdentityWithCredentialsSamlConfig
    from .identity_with_credentials_saml_config_provider import (
        IdentityWithCredentialsSamlConfigProvider,
    )
    from .is_alive_response_200 import IsAliveResponse200
    from .is_ready_response_200 import IsReadyResponse200
    from .is_ready_response_503 import IsReadyResponse503
    from .is_ready_response_503_errors import IsReadyResponse503Errors
    from .json_patch import JsonPatch
    from .list_identities_consistency import ListIdentitiesConsistency
    from .list_sessions_expand_item import ListSessionsExpandItem
    from .login_flow import LoginFlow
    from .login_flow_active import LoginFlowActive
    from .login_flow_state import LoginFlowState
    from .logout_flow import LogoutFlow
    from .message import Message
    from .message_dispatch import MessageDispatch
    from .message_dispatch_status import MessageDispatchStatus
    from .message_template_type import MessageTemplateType
    from .needs_privileged_session_error import NeedsPrivilegedSessionError
    from .o_auth_2_client import OAuth2Client
    from .o_auth_2_consent_request_open_id_connect_context import (
        OAuth2ConsentRequestOpenIDConnectContext,
    )
    from .o_auth_2_consent_request_open_id_connect_context_id_token_hint_claims import (
        OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims,
    )
    from .o_auth_2_login_request import OAuth2LoginRequest
    from .patch_identities_body import PatchIdentitiesBody
    from .perform_native_logout_body import PerformNativeLogoutBody
    from .provider import Provider
    from .provider_parameters import ProviderParameters
    from .recovery_code_for_identity import RecoveryCodeForIdentity
    from .recovery_flow import RecoveryFlow
    from .recovery_flow_state import RecoveryFlowState
    from .recovery_identity_address import RecoveryIdentityAddress
    from .recovery_link_for_identity import RecoveryLinkForIdentity
    from .registration_flow import RegistrationFlow
    from .registration_flow_active import RegistrationFlowActive
    from .registration_flow_state import RegistrationFlowState
    from .self_service_flow_expired_error import SelfServiceFlowExpiredError
    from .session import Session
    from .session_authentication_method import SessionAuthenticationMethod
    from .session_authentication_method_method import SessionAuthenticationMethodMethod
    from .session_device import SessionDevice
    from .settings_flow import SettingsFlow
    from .settings_flow_state import SettingsFlowState
    from .successful_code_exchange_response import SuccessfulCodeExchangeResponse
    from .successful_native_login import SuccessfulNativeLogin
    from .successful_native_registration import SuccessfulNativeRegistration
    from .token_pagination import TokenPagination
    from .token_pagination_headers import TokenPaginationHeaders
    from .ui_container import UiContainer
    from .ui_node import UiNode
    from .ui_node_anchor_attributes import UiNodeAnchorAttributes
    from .ui_node_anchor_attributes_node_type import UiNodeAnchorAttributesNodeType
    from .ui_node_division_attributes import UiNodeDivisionAttributes
    from .ui_node_division_attributes_data import UiNodeDivisionAttributesData
    from .ui_node_division_attributes_node_type import UiNodeDivisionAttributesNodeType
    from .ui_node_group import UiNodeGroup
    from .ui_node_image_attributes import UiNodeImageAttributes
    from .ui_node_image_attributes_node_type import UiNodeImageAttributesNodeType
    from .ui_node_input_attributes import UiNodeInputAttributes
    from .ui_node_input_attributes_autocomplete import UiNodeInputAttributesAutocomplete
    from .ui_node_input_attributes_node_type import UiNodeInputAttributesNodeType
    from .ui_node_input_attributes_onclick_trigger import (
        UiNodeInputAttributesOnclickTrigger,
    )
    from .ui_node_input_attributes_onload_trigger import (
        UiNodeInputAttributesOnloadTrigger,
    )
    from .ui_node_input_attributes_type import UiNodeInputAttributesType
    from .ui_node_meta import UiNodeMeta
    from .ui_node_script_attributes import UiNodeScriptAttributes
    from .ui_node_script_attributes_node_type import UiNodeScriptAttributesNodeType
    from .ui_node_text_attributes import UiNodeTextAttributes
    from .ui_node_text_attributes_node_type import UiNodeTextAttributesNodeType
    from .ui_node_type import UiNodeType
    from .ui_node_unknown_attributes import UiNodeUnknownAttributes
    from .ui_text import UiText
    from .ui_text_type import UiTextType
    from .update_fedcm_flow_body import UpdateFedcmFlowBody
    from .update_identity_body import UpdateIdentityBody
    from .update_identity_body_state import UpdateIdentityBodyState
    from .update_login_flow_with_code_method import UpdateLoginFlowWithCodeMethod
    from .update_login_flow_with_identifier_first_method import (
        UpdateLoginFlowWithIdentifierFirstMethod,
    )
    from .update_login_flow_with_lookup_secret_method import (
        UpdateLoginFlowWithLookupSecretMethod,
    )
    from .update_login_flow_with_oidc_method import UpdateLoginFlowWithOidcMethod
    from .update_login_flow_with_passkey_method import UpdateLoginFlowWithPasskeyMethod
    from .update_login_flow_with_password_method import (
        UpdateLoginFlowWithPasswordMethod,
    )
    from .update_login_flow_with_saml_method import UpdateLoginFlowWithSamlMethod
    from .update_login_flow_with_totp_method import UpdateLoginFlowWithTotpMethod
    from .update_login_flow_with_web_authn_method import (
        UpdateLoginFlowWithWebAuthnMethod,
    )
    from .update_recovery_flow_with_code_method import UpdateRecoveryFlowWithCodeMethod
    from .update_recovery_flow_with_code_method_method import (
        UpdateRecoveryFlowWithCodeMethodMethod,
    )
    from .update_recovery_flow_with_link_method import UpdateRecoveryFlowWithLinkMethod
    from .update_recovery_flow_with_link_method_method import (
        UpdateRecoveryFlowWithLinkMethodMethod,
    )
    from .update_registration_flow_with_code_method import (
        UpdateRegistrationFlowWithCodeMethod,
    )
    from .update_registration_flow_with_oidc_method import (
        UpdateRegistrationFlowWithOidcMethod,
    )
    from .update_registration_flow_with_passkey_method import (
        UpdateRegistrationFlowWithPasskeyMethod,
    )
    from .update_registration_flow_with_password_method import (
        UpdateRegistrationFlowWithPasswordMethod,
    )
    from .update_registration_flow_with_profile_method import (
        UpdateRegistrationFlowWithProfileMethod,
    )
    from .update_registration_flow_with_profile_method_screen import (
        UpdateRegistrationFlowWithProfileMethodScreen,
    )
    from .update_registration_flow_with_saml_method import (
        UpdateRegistrationFlowWithSamlMethod,
    )
    from .update_registration_flow_with_web_authn_method import (
        UpdateRegistrationFlowWithWebAuthnMethod,
    )
    from .update_settings_flow_with_lookup_method import (
        UpdateSettingsFlowWithLookupMethod,
    )
    from .update_settings_flow_with_oidc_method import UpdateSettingsFlowWithOidcMethod
    from .update_settings_flow_with_passkey_method import (
        UpdateSettingsFlowWithPasskeyMethod,
    )
    from .update_settings_flow_with_password_method import (
        UpdateSettingsFlowWithPasswordMethod,
    )
    from .update_settings_flow_with_profile_method import (
        UpdateSettingsFlowWithProfileMethod,
    )
    from .update_settings_flow_with_saml_method import UpdateSettingsFlowWithSamlMethod
    from .update_settings_flow_with_totp_method import UpdateSettingsFlowWithTotpMethod
    from .update_settings_flow_with_web_authn_method import (
        UpdateSettingsFlowWithWebAuthnMethod,
    )
    from .update_verification_flow_with_code_method import (
        UpdateVerificationFlowWithCodeMethod,
    )
    from .update_verification_flow_with_code_method_method import (
        UpdateVerificationFlowWithCodeMethodMethod,
    )
    from .update_verification_flow_with_link_method import (
        UpdateVerificationFlowWithLinkMethod,
    )
    from .update_verification_flow_with_link_method_method import (
        UpdateVerificationFlowWithLinkMethodMethod,
    )
    from .verifiable_identity_address import VerifiableIdentityAddress
    from .verifiable_identity_address_via import VerifiableIdentityAddressVia
    from .verification_flow import VerificationFlow
    from .verification_flow_state import VerificationFlowState
    from .version import Version

_MODULES = {
    "AuthenticatorAssuranceLevel": ".authenticator_assurance_level",
    "BatchPatchIdentitiesResponse": ".batch_patch_identities_response",
    "ConsistencyRequestParameters": ".consistency_request_parameters",
    "ConsistencyRequestParametersConsistency": ".consistency_request_parameters_consistency",
    "ContinueWithRecoveryUi": ".continue_with_recovery_ui",
    "ContinueWithRecoveryUiAction": ".continue_with_recovery_ui_action",
    "ContinueWithRecoveryUiFlow": ".continue_with_recovery_ui_flow",
    "ContinueWithRedirectBrowserTo": ".continue_with_redirect_browser_to",
    "ContinueWithRedirectBrowserToAction": ".continue_with_redirect_browser_to_action",
    "ContinueWithSetOrySessionToken": ".continue_with_set_ory_session_token",
    "ContinueWithSetOrySessionTokenAction": ".continue_with_set_ory_session_token_action",
    "ContinueWithSettingsUi": ".continue_with_settings_ui",
    "ContinueWithSettingsUiAction": ".continue_with_settings_ui_action",
    "ContinueWithSettingsUiFlow": ".continue_with_settings_ui_flow",
    "ContinueWithUnknown": ".continue_with_unknown",
    "ContinueWithVerificationUi": ".continue_with_verification_ui",
    "ContinueWithVerificationUiAction": ".continue_with_verification_ui_action",
    "ContinueWithVerificationUiFlow": ".continue_with_verification_ui_flow",
    "CourierMessageStatus": ".courier_message_status",
    "CourierMessageType": ".courier_message_type",
    "CreateFedcmFlowResponse": ".create_fedcm_flow_response",
    "CreateIdentityBody": ".create_identity_body",
    "CreateIdentityBodyState": ".create_identity_body_state",
    "CreateRecoveryCodeForIdentityBody": ".create_recovery_code_for_identity_body",
    "CreateRecoveryLinkForIdentityBody": ".create_recovery_link_for_identity_body",
    "DeleteIdentityCredentialsType": ".delete_identity_credentials_type",
    "DeleteMySessionsCount": ".delete_my_sessions_count",
    "ErrorAuthenticatorAssuranceLevelNotSatisfied": ".error_authenticator_assurance_level_not_satisfied",
    "ErrorBrowserLocationChangeRequired": ".error_browser_location_change_required",
    "ErrorFlowReplaced": ".error_flow_replaced",
    "ErrorGeneric": ".error_generic",
    "FlowError": ".flow_error",
    "GenericError": ".generic_error",
    "GetIdentityByExternalIdIncludeCredentialItem": ".get_identity_by_external_id_include_credential_item",
    "GetIdentityIncludeCredentialItem": ".get_identity_include_credential_item",
    "GetSessionExpandItem": ".get_session_expand_item",
    "GetVersionResponse200": ".get_version_response_200",
    "HealthNotReadyStatus": ".health_not_ready_status",
    "HealthNotReadyStatusErrors": ".health_not_ready_status_errors",
    "HealthStatus": ".health_status",
    "Identity": ".identity",
    "IdentityCredentials": ".identity_credentials",
    "IdentityCredentialsCode": ".identity_credentials_code",
    "IdentityCredentialsCodeAddress": ".identity_credentials_code_address",
    "IdentityCredentialsMap": ".identity_credentials_map",
    "IdentityCredentialsOidc": ".identity_credentials_oidc",
    "IdentityCredentialsOidcProvider": ".identity_credentials_oidc_provider",
    "IdentityCredentialsPassword": ".identity_credentials_password",
    "IdentityCredentialsType": ".identity_credentials_type",
    "IdentityPatch": ".identity_patch",
    "IdentityPatchResponse": ".identity_patch_response",
    "IdentityPatchResponseAction": ".identity_patch_response_action",
    "IdentitySchemaContainer": ".identity_schema_container",
    "IdentityState": ".identity_state",
    "IdentityWithCredentials": ".identity_with_credentials",
    "IdentityWithCredentialsOidc": ".identity_with_credentials_oidc",
    "IdentityWithCredentialsOidcConfig": ".identity_with_credentials_oidc_config",
    "IdentityWithCredentialsOidcConfigProvider": ".identity_with_credentials_oidc_config_provider",
    "IdentityWithCredentialsPassword": ".identity_with_credentials_password",
    "IdentityWithCredentialsPasswordConfig": ".identity_with_credentials_password_config",
    "IdentityWithCredentialsSaml": ".identity_with_credentials_saml",
    "IdentityWithCredentialsSamlConfig": ".identity_with_credentials_saml_config",
    "IdentityWithCredentialsSamlConfigProvider": ".identity_with_credentials_saml_config_provider",
    "IsAliveResponse200": ".is_alive_response_200",
    "IsReadyResponse200": ".is_ready_response_200",
    "IsReadyResponse503": ".is_ready_response_503",
    "IsReadyResponse503Errors": ".is_ready_response_503_errors",
    "JsonPatch": ".json_patch",
    "ListIdentitiesConsistency": ".list_identities_consistency",
    "ListSessionsExpandItem": ".list_sessions_expand_item",
    "LoginFlow": ".login_flow",
    "LoginFlowActive": ".login_flow_active",
    "LoginFlowState": ".login_flow_state",
    "LogoutFlow": ".logout_flow",
    "Message": ".message",
    "MessageDispatch": ".message_dispatch",
    "MessageDispatchStatus": ".message_dispatch_status",
    "MessageTemplateType": ".message_template_type",
    "NeedsPrivilegedSessionError": ".needs_privileged_session_error",
    "OAuth2Client": ".o_auth_2_client",
    "OAuth2ConsentRequestOpenIDConnectContext": ".o_auth_2_consent_request_open_id_connect_context",
    "OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims": ".o_auth_2_consent_request_open_id_connect_context_id_token_hint_claims",
    "OAuth2LoginRequest": ".o_auth_2_login_request",
    "PatchIdentitiesBody": ".patch_identities_body",
    "PerformNativeLogoutBody": ".perform_native_logout_body",
    "Provider": ".provider",
    "ProviderParameters": ".provider_parameters",
    "RecoveryCodeForIdentity": ".recovery_code_for_identity",
    "RecoveryFlow": ".recovery_flow",
    "RecoveryFlowState": ".recovery_flow_state",
    "RecoveryIdentityAddress": ".recovery_identity_address",
    "RecoveryLinkForIdentity": ".recovery_link_for_identity",
    "RegistrationFlow": ".registration_flow",
    "RegistrationFlowActive": ".registration_flow_active",
    "RegistrationFlowState": ".registration_flow_state",
    "SelfServiceFlowExpiredError": ".self_service_flow_expired_error",
    "Session": ".session",
    "SessionAuthenticationMethod": ".session_authentication_method",
    "SessionAuthenticationMethodMethod": ".session_authentication_method_method",
    "SessionDevice": ".session_device",
    "SettingsFlow": ".settings_flow",
    "SettingsFlowState": ".settings_flow_state",
    "SuccessfulCodeExchangeResponse": ".successful_code_exchange_response",
    "SuccessfulNativeLogin": ".successful_native_login",
    "SuccessfulNativeRegistration": ".successful_native_registration",
    "TokenPagination": ".token_pagination",
    "TokenPaginationHeaders": ".token_pagination_headers",
    "UiContainer": ".ui_container",
    "UiNode": ".ui_node",
    "UiNodeAnchorAttributes": ".ui_node_anchor_attributes",
    "UiNodeAnchorAttributesNodeType": ".ui_node_anchor_attributes_node_type",
    "UiNodeDivisionAttributes": ".ui_node_division_attributes",
    "UiNodeDivisionAttributesData": ".ui_node_division_attributes_data",
    "UiNodeDivisionAttributesNodeType": ".ui_node_division_attributes_node_type",
    "UiNodeGroup": ".ui_node_group",
    "UiNodeImageAttributes": ".ui_node_image_attributes",
    "UiNodeImageAttributesNodeType": ".ui_node_image_attributes_node_type",
    "UiNodeInputAttributes": ".ui_node_input_attributes",
    "UiNodeInputAttributesAutocomplete": ".ui_node_input_attributes_autocomplete",
    "UiNodeInputAttributesNodeType": ".ui_node_input_attributes_node_type",
    "UiNodeInputAttributesOnclickTrigger": ".ui_node_input_attributes_onclick_trigger",
    "UiNodeInputAttributesOnloadTrigger": ".ui_node_input_attributes_onload_trigger",
    "UiNodeInputAttributesType": ".ui_node_input_attributes_type",
    "UiNodeMeta": ".ui_node_meta",
    "UiNodeScriptAttributes": ".ui_node_script_attributes",
    "UiNodeScriptAttributesNodeType": ".ui_node_script_attributes_node_type",
    "UiNodeTextAttributes": ".ui_node_text_attributes",
    "UiNodeTextAttributesNodeType": ".ui_node_text_attributes_node_type",
    "UiNodeType": ".ui_node_type",
    "UiNodeUnknownAttributes": ".ui_node_unknown_attributes",
    "UiText": ".ui_text",
    "UiTextType": ".ui_text_type",
    "UpdateFedcmFlowBody": ".update_fedcm_flow_body",
    "UpdateIdentityBody": ".update_identity_body",
    "UpdateIdentityBodyState": ".update_identity_body_state",
    "UpdateLoginFlowWithCodeMethod": ".update_login_flow_with_code_method",
    "UpdateLoginFlowWithIdentifierFirstMethod": ".update_login_flow_with_identifier_first_method",
    "UpdateLoginFlowWithLookupSecretMethod": ".update_login_flow_with_lookup_secret_method",
    "UpdateLoginFlowWithOidcMethod": ".update_login_flow_with_oidc_method",
    "UpdateLoginFlowWithPasskeyMethod": ".update_login_flow_with_passkey_method",
    "UpdateLoginFlowWithPasswordMethod": ".update_login_flow_with_password_method",
    "UpdateLoginFlowWithSamlMethod": ".update_login_flow_with_saml_method",
    "UpdateLoginFlowWithTotpMethod": ".update_login_flow_with_totp_method",
    "UpdateLoginFlowWithWebAuthnMethod": ".update_login_flow_with_web_authn_method",
    "UpdateRecoveryFlowWithCodeMethod": ".update_recovery_flow_with_code_method",
    "UpdateRecoveryFlowWithCodeMethodMethod": ".update_recovery_flow_with_code_method_method",
    "UpdateRecoveryFlowWithLinkMethod": ".update_recovery_flow_with_link_method",
    "UpdateRecoveryFlowWithLinkMethodMethod": ".update_recovery_flow_with_link_method_method",
    "UpdateRegistrationFlowWithCodeMethod": ".update_registration_flow_with_code_method",
    "UpdateRegistrationFlowWithOidcMethod": ".update_registration_flow_with_oidc_method",
    "UpdateRegistrationFlowWithPasskeyMethod": ".update_registration_flow_with_passkey_method",
    "UpdateRegistrationFlowWithPasswordMethod": ".update_registration_flow_with_password_method",
    "UpdateRegistrationFlowWithProfileMethod": ".update_registration_flow_with_profile_method",
    "UpdateRegistrationFlowWithProfileMethodScreen": ".update_registration_flow_with_profile_method_screen",
    "UpdateRegistrationFlowWithSamlMethod": ".update_registration_flow_with_saml_method",
    "UpdateRegistrationFlowWithWebAuthnMethod": ".update_registration_flow_with_web_authn_method",
    "UpdateSettingsFlowWithLookupMethod": ".update_settings_flow_with_lookup_method",
    "UpdateSettingsFlowWithOidcMethod": ".update_settings_flow_with_oidc_method",
    "UpdateSettingsFlowWithPasskeyMethod": ".update_settings_flow_with_passkey_method",
    "UpdateSettingsFlowWithPasswordMethod": ".update_settings_flow_with_password_method",
    "UpdateSettingsFlowWithProfileMethod": ".update_settings_flow_with_profile_method",
    "UpdateSettingsFlowWithSamlMethod": ".update_settings_flow_with_saml_method",
    "UpdateSettingsFlowWithTotpMethod": ".update_settings_flow_with_totp_method",
    "UpdateSettingsFlowWithWebAuthnMethod": ".update_settings_flow_with_web_authn_method",
    "UpdateVerificationFlowWithCodeMethod": ".update_verification_flow_with_code_method",
    "UpdateVerificationFlowWithCodeMethodMethod": ".update_verification_flow_with_code_method_method",
    "UpdateVerificationFlowWithLinkMethod": ".update_verification_flow_with_link_method",
    "UpdateVerificationFlowWithLinkMethodMethod": ".update_verification_flow_with_link_method_method",
    "VerifiableIdentityAddress": ".verifiable_identity_address",
    "VerifiableIdentityAddressVia": ".verifiable_identity_address_via",
    "VerificationFlow": ".verification_flow",
    "VerificationFlowState": ".verification_flow_state",
    "Version": ".version",
}

__all__ = (
    "AuthenticatorAssuranceLevel",
    "BatchPatchIdentitiesResponse",
    "ConsistencyRequestParameters",
    "ConsistencyRequestParametersConsistency",
    "ContinueWithRecoveryUi",
    "ContinueWithRecoveryUiAction",
    "ContinueWithRecoveryUiFlow",
    "ContinueWithRedirectBrowserTo",
    "ContinueWithRedirectBrowserToAction",
    "ContinueWithSetOrySessionToken",
    "ContinueWithSetOrySessionTokenAction",
    "ContinueWithSettingsUi",
    "ContinueWithSettingsUiAction",
    "ContinueWithSettingsUiFlow",
    "ContinueWithUnknown",
    "ContinueWithVerificationUi",
    "ContinueWithVerificationUiAction",
    "ContinueWithVerificationUiFlow",
    "CourierMessageStatus",
    "CourierMessageType",
    "CreateFedcmFlowResponse",
    "CreateIdentityBody",
    "CreateIdentityBodyState",
    "CreateRecoveryCodeForIdentityBody",
    "CreateRecoveryLinkForIdentityBody",
    "DeleteIdentityCredentialsType",
    "DeleteMySessionsCount",
    "ErrorAuthenticatorAssuranceLevelNotSatisfied",
    "ErrorBrowserLocationChangeRequired",
    "ErrorFlowReplaced",
    "ErrorGeneric",
    "FlowError",
    "GenericError",
    "GetIdentityByExternalIdIncludeCredentialItem",
    "GetIdentityIncludeCredentialItem",
    "GetSessionExpandItem",
    "GetVersionResponse200",
    "HealthNotReadyStatus",
    "HealthNotReadyStatusErrors",
    "HealthStatus",
    "Identity",
    "IdentityCredentials",
    "IdentityCredentialsCode",
    "IdentityCredentialsCodeAddress",
    "IdentityCredentialsMap",
    "IdentityCredentialsOidc",
    "IdentityCredentialsOidcProvider",
    "IdentityCredentialsPassword",
    "IdentityCredentialsType",
    "IdentityPatch",
    "IdentityPatchResponse",
    "IdentityPatchResponseAction",
    "IdentitySchemaContainer",
    "IdentityState",
    "IdentityWithCredentials",
    "IdentityWithCredentialsOidc",
    "IdentityWithCredentialsOidcConfig",
    "IdentityWithCredentialsOidcConfigProvider",
    "IdentityWithCredentialsPassword",
    "IdentityWithCredentialsPasswordConfig",
    "IdentityWithCredentialsSaml",
    "IdentityWithCredentialsSamlConfig",
    "IdentityWithCredentialsSamlConfigProvider",
    "IsAliveResponse200",
    "IsReadyResponse200",
    "IsReadyResponse503",
    "IsReadyResponse503Errors",
    "JsonPatch",
    "ListIdentitiesConsistency",
    "ListSessionsExpandItem",
    "LoginFlow",
    "LoginFlowActive",
    "LoginFlowState",
    "LogoutFlow",
    "Message",
    "MessageDispatch",
    "MessageDispatchStatus",
    "MessageTemplateType",
    "NeedsPrivilegedSessionError",
    "OAuth2Client",
    "OAuth2ConsentRequestOpenIDConnectContext",
    "OAuth2ConsentRequestOpenIDConnectContextIdTokenHintClaims",
    "OAuth2LoginRequest",
    "PatchIdentitiesBody",
    "PerformNativeLogoutBody",
    "Provider",
    "ProviderParameters",
    "RecoveryCodeForIdentity",
    "RecoveryFlow",
    "RecoveryFlowState",
    "RecoveryIdentityAddress",
    "RecoveryLinkForIdentity",
    "RegistrationFlow",
    "RegistrationFlowActive",
    "RegistrationFlowState",
    "SelfServiceFlowExpiredError",
    "Session",
    "SessionAuthenticationMethod",
    "SessionAuthenticationMethodMethod",
    "SessionDevice",
    "SettingsFlow",
    "SettingsFlowState",
    "SuccessfulCodeExchangeResponse",
    "SuccessfulNativeLogin",
    "SuccessfulNativeRegistration",
    "TokenPagination",
    "TokenPaginationHeaders",
    "UiContainer",
    "UiNode",
    "UiNodeAnchorAttributes",
    "UiNodeAnchorAttributesNodeType",
    "UiNodeDivisionAttributes",
    "UiNodeDivisionAttributesData",
    "UiNodeDivisionAttributesNodeType",
    "UiNodeGroup",
    "UiNodeImageAttributes",
    "UiNodeImageAttributesNodeType",
    "UiNodeInputAttributes",
    "UiNodeInputAttributesAutocomplete",
    "UiNodeInputAttributesNodeType",
    "UiNodeInputAttributesOnclickTrigger",
    "UiNodeInputAttributesOnloadTrigger",
    "UiNodeInputAttributesType",
    "UiNodeMeta",
    "UiNodeScriptAttributes",
    "UiNodeScriptAttributesNodeType",
    "UiNodeTextAttributes",
    "UiNodeTextAttributesNodeType",
    "UiNodeType",
    "UiNodeUnknownAttributes",
    "UiText",
    "UiTextType",
    "UpdateFedcmFlowBody",
    "UpdateIdentityBody",
    "UpdateIdentityBodyState",
    "UpdateLoginFlowWithCodeMethod",
    "UpdateLoginFlowWithIdentifierFirstMethod",
    "UpdateLoginFlowWithLookupSecretMethod",
    "UpdateLoginFlowWithOidcMethod",
    "UpdateLoginFlowWithPasskeyMethod",
    "UpdateLoginFlowWithPasswordMethod",
    "UpdateLoginFlowWithSamlMethod",
    "UpdateLoginFlowWithTotpMethod",
    "UpdateLoginFlowWithWebAuthnMethod",
    "UpdateRecoveryFlowWithCodeMethod",
    "UpdateRecoveryFlowWithCodeMethodMethod",
    "UpdateRecoveryFlowWithLinkMethod",
    "UpdateRecoveryFlowWithLinkMethodMethod",
    "UpdateRegistrationFlowWithCodeMethod",
    "UpdateRegistrationFlowWithOidcMethod",
    "UpdateRegistrationFlowWithPasskeyMethod",
    "UpdateRegistrationFlowWithPasswordMethod",
    "UpdateRegistrationFlowWithProfileMethod",
    "UpdateRegistrationFlowWithProfileMethodScreen",
    "UpdateRegistrationFlowWithSamlMethod",
    "UpdateRegistrationFlowWithWebAuthnMethod",
    "UpdateSettingsFlowWithLookupMethod",
    "UpdateSettingsFlowWithOidcMethod",
    "UpdateSettingsFlowWithPasskeyMethod",
    "UpdateSettingsFlowWithPasswordMethod",
    "UpdateSettingsFlowWithProfileMethod",
    "UpdateSettingsFlowWithSamlMethod",
    "UpdateSettingsFlowWithTotpMethod",
    "UpdateSettingsFlowWithWebAuthnMethod",
    "UpdateVerificationFlowWithCodeMethod",
    "UpdateVerificationFlowWithCodeMethodMethod",
    "UpdateVerificationFlowWithLinkMethod",
    "UpdateVerificationFlowWithLinkMethodMethod",
    "VerifiableIdentityAddress",
    "VerifiableIdentityAddressVia",
    "VerificationFlow",
    "VerificationFlowState",
    "Version",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


def _model_repr(
    model: Any, hidden: Collection[str] = (), shown: Mapping[str, str] | None = None
) -> str:
    """The repr of a generated model: its fields, without those left unset (and without
    ``additional_properties`` when empty), each field of ``hidden`` shown as ``<hidden>`` unless it is None,
    and the fields in ``shown`` as the text given there.

    Every model's ``__repr__`` calls this, with the fields that carry credentials in ``hidden``.
    """
    parts = []
    for field in _attrs_fields(type(model)):
        value = getattr(model, field.name)
        if isinstance(value, Unset) or (
            field.name == "additional_properties" and not value
        ):
            continue
        if shown is not None and field.name in shown:
            text = shown[field.name]
        elif field.name in hidden and value is not None:
            text = "<hidden>"
        else:
            text = repr(value)
        parts.append(f"{field.name}={text}")
    return f"{type(model).__name__}({', '.join(parts)})"
