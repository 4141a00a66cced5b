"""The route table: every path of Kratos' public and admin APIs with its OpenAPI operationId."""

from __future__ import annotations

from ory_facade.testing import (
    admin,
    login,
    logout,
    recovery,
    registration,
    sessions,
    settings,
    verification,
)
from ory_facade.testing.app import KratosApp

__all__ = ["NOT_IMPLEMENTED", "install"]

# Operations of the spec the fake does not serve (they answer 404 like an unconfigured Kratos).
NOT_IMPLEMENTED = ("createFedcmFlow", "updateFedcmFlow")


def install(app: KratosApp) -> None:
    r = app.add_route
    # self-service: login
    r("GET", "/self-service/login/browser", login.create_browser, "createBrowserLoginFlow")
    r("GET", "/self-service/login/api", login.create_native, "createNativeLoginFlow")
    r("GET", "/self-service/login/flows", login.get_flow, "getLoginFlow")
    r("POST", "/self-service/login", login.submit, "updateLoginFlow")
    # registration
    r(
        "GET",
        "/self-service/registration/browser",
        registration.create_browser,
        "createBrowserRegistrationFlow",
    )
    r("GET", "/self-service/registration/api", registration.create_native, "createNativeRegistrationFlow")
    r("GET", "/self-service/registration/flows", registration.get_flow, "getRegistrationFlow")
    r("POST", "/self-service/registration", registration.submit, "updateRegistrationFlow")
    # settings
    r("GET", "/self-service/settings/browser", settings.create_browser, "createBrowserSettingsFlow")
    r("GET", "/self-service/settings/api", settings.create_native, "createNativeSettingsFlow")
    r("GET", "/self-service/settings/flows", settings.get_flow, "getSettingsFlow")
    r("POST", "/self-service/settings", settings.submit, "updateSettingsFlow")
    r("GET", "/self-service/settings", settings.resume, None)  # a refresh login's return_to
    # recovery (GET on the submit route serves recovery links)
    r("GET", "/self-service/recovery/browser", recovery.create_browser, "createBrowserRecoveryFlow")
    r("GET", "/self-service/recovery/api", recovery.create_native, "createNativeRecoveryFlow")
    r("GET", "/self-service/recovery/flows", recovery.get_flow, "getRecoveryFlow")
    r("POST", "/self-service/recovery", recovery.submit, "updateRecoveryFlow")
    r("GET", "/self-service/recovery", recovery.submit, None)
    # verification (GET on the submit route serves the link in the email)
    r(
        "GET",
        "/self-service/verification/browser",
        verification.create_browser,
        "createBrowserVerificationFlow",
    )
    r("GET", "/self-service/verification/api", verification.create_native, "createNativeVerificationFlow")
    r("GET", "/self-service/verification/flows", verification.get_flow, "getVerificationFlow")
    r("POST", "/self-service/verification", verification.submit, "updateVerificationFlow")
    r("GET", "/self-service/verification", verification.submit, None)
    # logout
    r("GET", "/self-service/logout/browser", logout.create_browser, "createBrowserLogoutFlow")
    r("GET", "/self-service/logout", logout.update, "updateLogoutFlow")
    r("DELETE", "/self-service/logout/api", logout.perform_native, "performNativeLogout")
    # errors, sessions
    r("GET", "/self-service/errors", admin.get_flow_error, "getFlowError")
    r("GET", "/sessions/whoami", sessions.whoami, "toSession")
    r("GET", "/sessions/token-exchange", admin.exchange_session_token, "exchangeSessionToken")
    r("GET", "/sessions", sessions.list_mine, "listMySessions")
    r("DELETE", "/sessions", sessions.disable_my_others, "disableMyOtherSessions")
    r("DELETE", "/sessions/{id}", sessions.disable_mine, "disableMySession")
    r("GET", "/.well-known/ory/webauthn.js", admin.webauthn_js, "getWebAuthnJavaScript")
    # schemas live on the public port, also under /admin there (schema/handler.go RegisterPublicRoutes);
    # health on both ports, the version on the admin port only (driver/registry_default.go).
    r("GET", "/schemas", admin.list_schemas, "listIdentitySchemas")
    r("GET", "/schemas/{id}", admin.get_schema, "getIdentitySchema")
    r("GET", "/admin/schemas", admin.list_schemas, "listIdentitySchemas")
    r("GET", "/admin/schemas/{id}", admin.get_schema, "getIdentitySchema")
    r("GET", "/health/alive", admin.alive, "isAlive")
    r("GET", "/health/ready", admin.ready, "isReady")
    # The admin port serves everything under /admin (bare paths are rewritten there, see KratosApp.handle)
    # and sends schema reads to the public port with a 307 (schema/handler.go RegisterAdminRoutes).
    r("GET", "/admin/schemas", admin.schemas_to_public, None, admin=True)  # a 307, not the operation
    r("GET", "/admin/schemas/{id}", admin.schemas_to_public, None, admin=True)
    r("GET", "/admin/health/alive", admin.alive, "isAlive", admin=True)
    r("GET", "/admin/health/ready", admin.ready, "isReady", admin=True)
    r("GET", "/admin/version", admin.version, "getVersion", admin=True)
    # admin: identities
    r("GET", "/admin/identities", admin.list_identities, "listIdentities", admin=True)
    r("POST", "/admin/identities", admin.create_identity_handler, "createIdentity", admin=True)
    r("PATCH", "/admin/identities", admin.batch_patch_identities, "batchPatchIdentities", admin=True)
    r(
        "GET",
        "/admin/identities/by/external/{externalID}",
        admin.get_identity_by_external_id,
        "getIdentityByExternalID",
        admin=True,
    )
    r("GET", "/admin/identities/{id}", admin.get_identity, "getIdentity", admin=True)
    r("PUT", "/admin/identities/{id}", admin.update_identity, "updateIdentity", admin=True)
    r("PATCH", "/admin/identities/{id}", admin.patch_identity, "patchIdentity", admin=True)
    r("DELETE", "/admin/identities/{id}", admin.delete_identity, "deleteIdentity", admin=True)
    r(
        "DELETE",
        "/admin/identities/{id}/credentials/{type}",
        admin.delete_identity_credentials,
        "deleteIdentityCredentials",
        admin=True,
    )
    r(
        "GET",
        "/admin/identities/{id}/sessions",
        sessions.list_identity_sessions,
        "listIdentitySessions",
        admin=True,
    )
    r(
        "DELETE",
        "/admin/identities/{id}/sessions",
        sessions.delete_identity_sessions,
        "deleteIdentitySessions",
        admin=True,
    )
    # admin: sessions
    r("GET", "/admin/sessions", sessions.admin_list, "listSessions", admin=True)
    r("GET", "/admin/sessions/{id}", sessions.admin_get, "getSession", admin=True)
    r("DELETE", "/admin/sessions/{id}", sessions.admin_disable, "disableSession", admin=True)
    r("PATCH", "/admin/sessions/{id}/extend", sessions.admin_extend, "extendSession", admin=True)
    # admin: recovery, courier
    r("POST", "/admin/recovery/code", recovery.admin_create_code, "createRecoveryCodeForIdentity", admin=True)
    r("POST", "/admin/recovery/link", recovery.admin_create_link, "createRecoveryLinkForIdentity", admin=True)
    r("GET", "/admin/courier/messages", admin.list_courier_messages, "listCourierMessages", admin=True)
    r("GET", "/admin/courier/messages/{id}", admin.get_courier_message, "getCourierMessage", admin=True)
