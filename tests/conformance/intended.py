"""Every difference between real Kratos and the fake that is meant to be there, with the reason.

One entry matches differences by scenario name and transcript path (``fnmatch`` globs) and, optionally,
by the real and fake values (globs over their ``repr``). The conformance test fails on a difference no
entry matches and on an entry that matches nothing (so this list can not rot).

The real server is Kratos v1.3.1 (v26.2.0 is not on the Go module proxy); the fake targets v26.2.0. A
"v26.2.0" reason names the source file that shows the newer behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["INTENDED", "Intended"]


@dataclass(frozen=True)
class Intended:
    scenario: str
    path: str
    reason: str
    real: str = "*"
    fake: str = "*"


INTENDED: tuple[Intended, ...] = (
    Intended(
        "*",
        "*.meta.label.context.name",
        "v26.2.0: text.NewInfoNodeLabelGenerated(title, name) puts the trait's name next to its title in a "
        "generated label's context (text/message_node.go); v1.3.1 has the title only.",
        real="'<absent>'",
    ),
    Intended(
        "*",
        "*.metadata_admin",
        'v26.2.0: Identity.MetadataAdmin is `json:"metadata_admin,omitempty"` (identity/identity.go), so a '
        "null value is left out; v1.3.1 sends null.",
        real="None",
        fake="'<absent>'",
    ),
    Intended(
        "admin.courier.*",
        "*.x_total_count",
        "v26.2.0: listCourierMessages sets only the keyset Link header (courier/handler.go); v1.3.1 also "
        "sends X-Total-Count.",
        real="'present'",
        fake="'<absent>'",
    ),
    Intended(
        "verification.after_registration",
        "courier.x_total_count",
        "v26.2.0: listCourierMessages sets only the keyset Link header (courier/handler.go); v1.3.1 also "
        "sends X-Total-Count.",
        real="'present'",
        fake="'<absent>'",
    ),
    Intended(
        "admin.identities.by_external_id",
        "*",
        "v1.3.1 has no external_id (identity/identity.go) and no GET /admin/identities/by/external/{id}; "
        "v26.2.0 has both (identity/handler.go getByExternalID).",
    ),
    Intended(
        "admin.without_api_key",
        "*",
        "The fake models Ory Network's admin API key (FakeKratos(api_key=...)); self-hosted Kratos has no "
        "key and trusts the admin port.",
    ),
    # --- registration, settings, login ---
    Intended(
        "registration.*",
        "*.ui.nodes.order",
        "v26.2.0: one-step (unified) registration puts the trait inputs in group `default`; the `password` "
        "group is behind the legacy password_profile_registration_node_group flag "
        "(selfservice/strategy/password/registration.go PopulateRegistrationMethod). Same order otherwise.",
        real="'default:csrf_token *password:traits.email password:password password:traits.name.first "
        "password:traits.name.last password:method=password'",
        fake="'default:csrf_token *default:traits.email password:password default:traits.name.first "
        "default:traits.name.last password:method=password'",
    ),
    Intended(
        "registration.*",
        "*.ui.nodes.password:traits.*",
        "v26.2.0: trait inputs of one-step registration are in group `default` "
        "(selfservice/strategy/password/registration.go PopulateRegistrationMethod).",
        fake="'<absent>'",
    ),
    Intended(
        "settings.*",
        "*.body.continue_with*",
        "v26.2.0: the settings verification hook creates the verification flow (the address goes to `sent`) "
        "but adds show_verification_ui to continue_with only with feature_flags."
        "legacy_continue_with_verification_ui, default off (selfservice/hook/verification.go do); "
        "v1.3.1 always adds it.",
    ),
    Intended(
        "registration.*",
        "*.ui.nodes.default:traits.*",
        "v26.2.0: trait inputs of one-step registration are in group `default` "
        "(selfservice/strategy/password/registration.go PopulateRegistrationMethod).",
        real="'<absent>'",
    ),
    # --- recovery, verification, logout ---
    Intended(
        "recovery.browser.send_code",
        "courier.x_total_count",
        "v26.2.0: listCourierMessages sets only the keyset Link header (courier/handler.go); v1.3.1 also "
        "sends X-Total-Count.",
        real="'present'",
        fake="'<absent>'",
    ),
    # --- admin API ---
    Intended(
        "admin.sessions.list",
        "*.x_total_count",
        "v26.2.0: adminListSessions sets only the keyset Link header (session/handler.go); v1.3.1 also "
        "sends X-Total-Count.",
        real="'present'",
        fake="'<absent>'",
    ),
    Intended(
        "health.admin",
        "bare_alive.*",
        "v26.2.0's admin port rewrites a path without /admin to /admin/<path> and serves it "
        "(oryx/httprouterx/router.go AddAdminPrefixIfNotPresentNegroni, cmd/daemon/serve.go); v1.3.1 answers "
        "a 307 redirect to /admin/<path>.",
    ),
    Intended(
        "schemas.admin",
        "*.location",
        "v26.2.0: the admin port's /schemas is rewritten to /admin/schemas, which redirects (307) straight "
        "to the public port (schema/handler.go RegisterAdminRoutes, x/redir/port_redirect.go); v1.3.1 first "
        "redirects to /admin/schemas on the admin port.",
    ),
)
