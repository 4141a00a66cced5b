"""Bad input from the server: damaged versions of every payload the facade parses, through its public methods.

Property: whatever Kratos (or a proxy) answers, the only exceptions that leave the facade are ``OryError``
subclasses, nothing in their ``str``/``repr`` is a secret from the payload, and the result (when there is
one) can be used: ``repr``, ``next_step``, the ``ui`` helpers. Payloads changed only in ways a newer Kratos
may change them (new fields, new values of open enums) still parse.

Each model is driven through the facade's transport interface
(``OryClient(transport=httpx.MockTransport(...))``) returning the damaged payload (see ``mutations.py``).
Defects already known are listed in ``KNOWN_DEFECTS``, each pinned by a strict ``xfail`` test below that
starts passing, and so fails, once the defect is fixed; any other escape fails the property.
"""

from __future__ import annotations

import json
import re
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ory_facade import FlowResponse, OryClient, OryError, OryResponseError, Page, SubmitResult, ui
from ory_facade.errors import FlowValidationError

from . import payloads as p
from .mutations import extended, mutated_body
from .secret_scan import declare_secret, record_exception

PUBLIC = "http://kratos.test:4433"
ADMIN = "http://kratos.test:4434"
API_KEY = declare_secret("ory_pat_badPayloadsAdminKey0123456789", "API key (payload tests)")
COOKIE = "ory_kratos_session=" + declare_secret(
    "MTc3OTk0NTk5MnxHd3dBR0RZd01qTXhaREl4", "cookie (payload tests)"
)
for _secret in p.PAYLOAD_SECRETS:
    declare_secret(_secret, "payload secret")

MUTATED_EXAMPLES = 120  # per model target
ERROR_EXAMPLES = 60  # per error envelope x method (22 of them)
EXTENDED_EXAMPLES = 40
RUNS: Counter[str] = Counter()
KNOWN_HITS: Counter[str] = Counter()

HYPOTHESIS = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


def _list(item: Callable[[], Any], n: int = 3) -> Callable[[], Any]:
    return lambda: [item() for _ in range(n)]


NEXT = '<http://kratos.test:4434/admin/identities?page_size=2&page_token=eyJvZmZzZXQiOjJ9>; rel="next"'


@dataclass(frozen=True)
class Target:
    name: str
    payload: Callable[[], Any]
    call: Callable[[OryClient], Any]
    status: int = 200
    #: what the undamaged payload produces: None (a result) or the error class
    expect: type[OryError] | None = None
    headers: tuple[tuple[str, str], ...] = field(default=())


TARGETS = [
    Target("whoami -> Session", p.session_payload, lambda c: c.whoami(cookie=COOKIE)),
    Target(
        "sessions.list_page -> [Session]",
        _list(p.session_payload),
        lambda c: c.sessions.list_page(cookie=COOKIE),
        headers=(("Link", NEXT),),
    ),
    Target("admin.sessions.get -> Session", p.session_payload, lambda c: c.admin.sessions.get(p.SESSION_ID)),
    Target(
        "admin.sessions.extend -> Session", p.session_payload, lambda c: c.admin.sessions.extend(p.SESSION_ID)
    ),
    Target(
        "admin.identities.get -> Identity",
        p.identity_payload,
        lambda c: c.admin.identities.get(p.IDENTITY_ID),
    ),
    Target(
        "admin.identities.create -> Identity",
        p.identity_payload,
        lambda c: c.admin.identities.create({"email": "ada@example.com"}),
        status=201,
    ),
    Target(
        "admin.identities.list_page -> [Identity]",
        _list(p.identity_payload),
        lambda c: c.admin.identities.list_page(page_size=3),
        headers=(("Link", NEXT),),
    ),
    Target(
        "admin.identities.batch_patch -> BatchPatchIdentitiesResponse",
        p.batch_patch_response,
        lambda c: c.admin.identities.batch_patch([{"traits": {"email": "a@b.c"}}]),
    ),
    Target(
        "admin.identities.create_recovery_code -> RecoveryCodeForIdentity",
        p.recovery_code_for_identity,
        lambda c: c.admin.identities.create_recovery_code(p.IDENTITY_ID),
        status=201,
    ),
    Target(
        "admin.identities.create_recovery_link -> RecoveryLinkForIdentity",
        p.recovery_link_for_identity,
        lambda c: c.admin.identities.create_recovery_link(p.IDENTITY_ID),
    ),
    Target(
        "admin.identities.list_sessions_page -> [Session]",
        _list(p.session_payload),
        lambda c: c.admin.identities.list_sessions_page(p.IDENTITY_ID),
        headers=(("Link", NEXT),),
    ),
    Target("admin.courier.get -> Message", p.courier_message, lambda c: c.admin.courier.get(p.MESSAGE_ID)),
    Target(
        "admin.courier.list_page -> [Message]",
        _list(p.courier_message),
        lambda c: c.admin.courier.list_page(status="sent"),
        headers=(("Link", NEXT),),
    ),
    Target(
        "admin.schemas.list_page -> [IdentitySchemaContainer]",
        _list(p.schema_container, 2),
        lambda c: c.admin.schemas.list_page(),
    ),
    Target(
        "admin.schemas.get -> schema",
        lambda: p.schema_container()["schema"],
        lambda c: c.admin.schemas.get("x"),
    ),
    Target("admin.version -> str", lambda: {"version": "v26.2.0"}, lambda c: c.admin.version()),
    Target(
        "sessions.revoke_others -> count",
        lambda: {"count": 3},
        lambda c: c.sessions.revoke_others(cookie=COOKIE),
    ),
    Target("login.get -> LoginFlow", p.login_flow, lambda c: c.login.get(p.FLOW_ID, cookie=COOKIE)),
    Target(
        "login.create_native -> LoginFlow", lambda: p.login_flow("api"), lambda c: c.login.create_native()
    ),
    Target(
        "login.submit 200 -> SuccessfulNativeLogin",
        p.successful_native_login,
        lambda c: c.login.submit(p.FLOW_ID, {"method": "password", "identifier": "ada", "password": "pw"}),
    ),
    Target(
        "login.submit 400 -> LoginFlow with errors",
        lambda: p.login_flow(errors=True),
        lambda c: c.login.submit(p.FLOW_ID, {"method": "password"}, cookie=COOKIE),
        status=400,
        expect=FlowValidationError,
    ),
    Target(
        "registration.get -> RegistrationFlow",
        p.registration_flow,
        lambda c: c.registration.get(p.FLOW_ID, cookie=COOKIE),
    ),
    Target(
        "registration.submit 200 -> SuccessfulNativeRegistration",
        p.successful_native_registration,
        lambda c: c.registration.submit(p.FLOW_ID, {"method": "password", "traits": {}, "password": "pw"}),
    ),
    Target(
        "registration.submit 400 -> RegistrationFlow with errors",
        lambda: p.registration_flow(errors=True),
        lambda c: c.registration.submit(p.FLOW_ID, {"method": "password"}, cookie=COOKIE),
        status=400,
        expect=FlowValidationError,
    ),
    Target(
        "recovery.get -> RecoveryFlow", p.recovery_flow, lambda c: c.recovery.get(p.FLOW_ID, cookie=COOKIE)
    ),
    Target(
        "recovery.submit 200 -> RecoveryFlow passed_challenge",
        lambda: p.recovery_flow("passed_challenge"),
        lambda c: c.recovery.submit(p.FLOW_ID, {"method": "code", "code": "123456"}, cookie=COOKIE),
    ),
    Target(
        "recovery.submit 200 -> RecoveryFlow sent_email (multi-step)",
        p.recovery_flow,
        lambda c: c.recovery.submit(p.FLOW_ID, {"method": "code", "email": "a@b.c"}, cookie=COOKIE),
    ),
    Target(
        "verification.get -> VerificationFlow",
        p.verification_flow,
        lambda c: c.verification.get(p.FLOW_ID, cookie=COOKIE),
    ),
    Target(
        "verification.submit 200 -> VerificationFlow",
        lambda: p.verification_flow("passed_challenge"),
        lambda c: c.verification.submit(p.FLOW_ID, {"method": "code", "code": "123456"}, cookie=COOKIE),
    ),
    Target(
        "settings.get -> SettingsFlow", p.settings_flow, lambda c: c.settings.get(p.FLOW_ID, cookie=COOKIE)
    ),
    Target(
        "settings.submit 200 -> SettingsFlow success",
        lambda: p.settings_flow("success"),
        lambda c: c.settings.submit(p.FLOW_ID, {"method": "profile", "traits": {}}, cookie=COOKIE),
    ),
    Target(
        "browser_logout.create -> LogoutFlow", p.logout_flow, lambda c: c.browser_logout.create(cookie=COOKIE)
    ),
]


def _label(body: dict[str, Any]) -> str:
    error = body["error"]
    return str(error.get("id") or error.get("reason") or error.get("message"))


ERROR_TARGETS = [
    Target(
        f"error {status} {_label(body)}",
        lambda body=body: body,
        lambda c: c.whoami(cookie=COOKIE),
        status=status,
        expect=OryError,
    )
    for status, body in p.error_envelopes()
] + [
    Target(
        f"error on submit {status} {_label(body)}",
        lambda body=body: body,
        lambda c: c.login.submit(p.FLOW_ID, {"method": "password"}, cookie=COOKIE),
        status=status,
        expect=OryError,
    )
    for status, body in p.error_envelopes()
    if status in (400, 403, 410, 422)
]
ALL = TARGETS + ERROR_TARGETS


# --- driving one answer through the facade ------------------------------------------------------------------
def client_answering(status: int, body: bytes, headers: tuple[tuple[str, str], ...]) -> OryClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=[("Content-Type", "application/json"), *headers])

    mock = httpx.MockTransport(handler)
    return OryClient(PUBLIC, admin_url=ADMIN, api_key=API_KEY, max_retries=0, transport=mock)


def use_flow(flow: Any) -> None:
    ui.messages(flow)
    ui.error_messages(flow)
    ui.node_messages(flow)
    ui.nodes_by_group(flow, "password", include_default="hidden")
    ui.group_names(flow)
    ui.csrf_token(flow)
    ui.form_values(flow)
    ui.script_nodes(flow)
    for node in ui.nodes(flow):
        ui.node_label(node)
        ui.node_name(node)


def use_result(result: Any) -> None:
    repr(result)
    str(result)
    if isinstance(result, FlowResponse):
        _ = (result.id, result.csrf_token)
        use_flow(result.flow)
    elif isinstance(result, SubmitResult):
        _ = (result.next_step, result.flow_id, result.completed, result.continue_with)
        if result.flow is not None:
            use_flow(result.flow)
    elif isinstance(result, Page):
        _ = (list(result), len(result), result.next_page_token)


ERROR_ATTRIBUTES = (
    "status",
    "error_id",
    "reason",
    "request_id",
    "details",
    "redirect_browser_to",
    "use_flow_id",
    "continue_with",
    "next_step",
    "retry_after",
    "set_cookie",
    "messages",
    "message_ids",
    "excerpt",
)


def use_error(error: OryError) -> list[str]:
    """Use every attribute of the error; returns the payload secrets found in its ``str``/``repr``."""
    text = str(error) + "\n" + repr(error)
    for name in ERROR_ATTRIBUTES:
        getattr(error, name, None)
    flow = getattr(error, "flow", None)
    if flow is not None:
        use_flow(flow)
    return [secret for secret in p.PAYLOAD_SECRETS if secret in text]


@dataclass
class Outcome:
    error: OryError | None = None
    leaked: list[str] = field(default_factory=list)


def drive(target: Target, body: bytes, headers: tuple[tuple[str, str], ...] = ()) -> Outcome:
    """Serve ``body`` to ``target``'s method and use what comes back (result or ``OryError``)."""
    client = client_answering(target.status, body, target.headers + headers)
    try:
        try:
            result = target.call(client)
        except OryError as error:
            leaked = use_error(error)
            if not leaked:
                record_exception(error)  # for the suite-wide scan (leaks are reported here instead)
            return Outcome(error, leaked)
        use_result(result)
        return Outcome()
    finally:
        client.close()


# --- known defects: tolerated by the properties, each pinned by a strict xfail test below -------------------
def _facade_frame(exc: BaseException) -> tuple[str, str]:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/ory_facade/" in f.filename]
    if not frames:
        return ("", "")
    last = frames[-1]
    return last.filename.rsplit("/", 1)[-1], last.name


_RAW_NODE = re.compile(r"^'(dict|str|int|float|list|bool|NoneType)' object has no attribute ")

#: name -> does this escaped exception come from that defect?
KNOWN_DEFECTS: dict[str, Callable[[BaseException], bool]] = {}
#: name -> is this secret, found in this error's text, from that defect?
KNOWN_LEAKS: dict[str, Callable[[OryError, str], bool]] = {}


def known(table: dict[str, Callable[..., bool]], *args: Any) -> str | None:
    return next((name for name, matches in table.items() if matches(*args)), None)


def check(
    target: Target, body: bytes, headers: tuple[tuple[str, str], ...], *, secrets_in_place: bool
) -> None:
    RUNS[target.name] += 1
    try:
        outcome = drive(target, body, headers)
    except Exception as exc:
        name = known(KNOWN_DEFECTS, exc)
        if name is None:
            raise AssertionError(
                f"{type(exc).__name__} escaped from {target.name}: {str(exc)[:200]} at {_facade_frame(exc)}"
            ) from exc
        KNOWN_HITS[name] += 1
        return
    if secrets_in_place and outcome.error is not None:
        for secret in outcome.leaked:
            name = known(KNOWN_LEAKS, outcome.error, secret)
            assert name is not None, f"a payload secret is in the str/repr of {type(outcome.error).__name__}"
            KNOWN_HITS[name] += 1


LINKS = st.sampled_from(
    [
        NEXT,
        '<http://[oops>; rel="next"',
        '<http://kratos.test:4434/admin/identities?page_token=%ff%fe>; rel="next"',
        '<>; rel="next"',
        'rel="next"',
        "<" + "a" * 5000 + '>; rel="next"',
        '<?page_token=>; rel="next", <?page_token=x>; rel="next"',
    ]
)
HEADER_VALUES = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
HEADER_NOISE = st.lists(
    st.one_of(
        st.tuples(st.just("Link"), LINKS | HEADER_VALUES),
        st.tuples(
            st.just("Retry-After"), st.sampled_from(["", "-1", "1e999", "nan", "Wed, 99 Foo"]) | HEADER_VALUES
        ),
        st.tuples(st.just("Set-Cookie"), HEADER_VALUES),
        st.tuples(st.just("X-Request-Id"), HEADER_VALUES),
    ),
    max_size=2,
).map(tuple)


# --- the properties -----------------------------------------------------------------------------------------
def test_undamaged_payloads_parse() -> None:
    for target in ALL:
        outcome = drive(target, json.dumps(target.payload()).encode())
        if target.expect is None:
            assert outcome.error is None, f"{target.name}: {outcome.error!r}"
        else:
            assert isinstance(outcome.error, target.expect), f"{target.name}: {outcome.error!r}"
        assert outcome.leaked == []


def _examples(target: Target) -> int:
    return ERROR_EXAMPLES if target in ERROR_TARGETS else MUTATED_EXAMPLES


@pytest.mark.secret_scan_exempt  # a failure report shows the payload, secrets included
@pytest.mark.parametrize("target", ALL, ids=[t.name for t in ALL])
def test_damaged_payloads_raise_only_ory_errors(target: Target) -> None:
    @settings(HYPOTHESIS, max_examples=_examples(target))
    @given(data=st.data())
    def damaged(data: st.DataObject) -> None:
        in_place = data.draw(st.booleans(), label="secrets left in place")
        protected = frozenset(p.PAYLOAD_SECRETS) if in_place else frozenset()
        body = data.draw(mutated_body(target.payload(), protected=protected), label="damaged body")
        headers = data.draw(HEADER_NOISE, label="extra headers")
        check(target, body, headers, secrets_in_place=in_place)

    damaged()


@pytest.mark.secret_scan_exempt
@pytest.mark.parametrize("target", ALL, ids=[t.name for t in ALL])
@settings(HYPOTHESIS, max_examples=EXTENDED_EXAMPLES)
@given(data=st.data())
def test_newer_kratos_payloads_still_parse(target: Target, data: st.DataObject) -> None:
    body = data.draw(extended(target.payload()), label="extended body")
    RUNS[target.name + " (extended)"] += 1
    outcome = drive(target, body)
    if target.expect is None:
        assert outcome.error is None, f"{target.name} no longer parses: {outcome.error!r}"
    else:
        assert isinstance(outcome.error, target.expect), f"{target.name}: {outcome.error!r}"


# --- the known defects, one strict xfail each (they pass, and so fail, once fixed) --------------------------
def _whoami_answering(status: int, body: bytes, headers: tuple[tuple[str, str], ...] = ()) -> Any:
    return lambda: client_answering(status, body, headers).whoami(cookie=COOKIE)


def escapes(calls: dict[str, Callable[[], Any]]) -> list[str]:
    """The calls that raised something other than an ``OryError``."""
    found = []
    for name, call in calls.items():
        try:
            call()
        except OryError:
            pass
        except Exception as exc:
            found.append(f"{name}: {type(exc).__name__}: {str(exc)[:80]}")
    return found


def test_deeply_nested_json_is_a_response_error() -> None:
    """json.loads raises RecursionError (not ValueError) past ~1000 levels; decode_json, error_for and
    FlowAPI._interpret catch only ValueError/UnicodeDecodeError."""
    deep = b"[" * 100_000 + b"]" * 100_000
    calls: dict[str, Callable[[], Any]] = {
        f"whoami {status}": _whoami_answering(status, deep) for status in (200, 400, 500)
    }
    calls["login.submit 400"] = lambda: client_answering(400, deep, ()).login.submit(p.FLOW_ID, {"m": "x"})
    assert escapes(calls) == []


def test_a_ui_message_id_that_is_not_an_int() -> None:
    """``UiMessage.from_text`` calls ``int(text.id)`` unguarded: a rejected login with a malformed message id
    escapes as ValueError/TypeError/OverflowError instead of FlowValidationError/OryResponseError."""
    calls: dict[str, Callable[[], Any]] = {}
    for bad_id in ("4000006x", None, 1e400, [4000006]):
        flow = p.login_flow(errors=True)
        flow["ui"]["messages"][0]["id"] = bad_id
        client = client_answering(400, json.dumps(flow).encode(), ())
        calls[repr(bad_id)] = lambda client=client: client.login.submit(p.FLOW_ID, {"m": "x"}, cookie=COOKIE)
    assert escapes(calls) == []


def test_one_malformed_ui_node_does_not_break_the_flow() -> None:
    """The generated ``UiContainer.from_dict`` keeps the *raw* list when any node fails to parse, so
    ``flow.ui.nodes`` holds dicts and every ``ui`` helper (and ``submit``'s CSRF lookup) raises
    AttributeError."""
    flow = p.login_flow()
    flow["ui"]["nodes"].append({"type": "input", "group": "default"})  # a node without attributes
    client = client_answering(200, json.dumps(flow).encode(), ())
    try:
        response = client.login.get(p.FLOW_ID, cookie=COOKIE)
    except OryError:
        return  # rejecting the flow as malformed is a fix too
    assert ui.csrf_token(response.flow) == p.CSRF_TOKEN
    ui.messages(response.flow)


def test_a_link_header_with_an_invalid_url() -> None:
    """``pagination.next_page_token`` lets ``urlsplit``'s ValueError ("Invalid IPv6 URL") escape."""
    client = client_answering(
        200, json.dumps([p.identity_payload()]).encode(), (("Link", '<http://[x>; rel="next"'),)
    )
    try:
        page = client.admin.identities.list_page()
    except OryError:
        return
    assert page.next_page_token is None


CSRF_BODIES = {
    # A flow whose JSON does not parse (here: no "type"), serialised with the UI first.
    "flow JSON": json.dumps(
        {"ui": {"nodes": [p.csrf_node()], "action": p.PUBLIC, "method": "POST"}, "id": p.FLOW_ID}
    ),
    # public_url pointing at the UI app by mistake: its login page instead of Kratos' JSON.
    "login page HTML": f'<html><body><form method="POST" action="/login"><input type="hidden" '
    f'name="csrf_token" value="{p.CSRF_TOKEN}"><input name="identifier"></form></body></html>',
}


def test_csrf_token_in_an_unparseable_answer_is_redacted() -> None:
    """``_redact`` redacts ``"csrf_token": "..."`` and ``csrf_token=...`` but not the ``value`` of an input
    *named* csrf_token (JSON UI node or HTML), so the OryResponseError excerpt shows the CSRF token."""
    shown = []
    for name, body in CSRF_BODIES.items():
        client = client_answering(200, body.encode(), ())
        with pytest.raises(OryResponseError) as caught:
            client.login.get(p.FLOW_ID, cookie=COOKIE)
        if p.CSRF_TOKEN in str(caught.value):
            shown.append(name)
    assert shown == []
