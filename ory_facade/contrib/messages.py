"""The words of the self-service pages: one catalogue, keyed by Kratos' message ids, and a translation hook.

Kratos sends every message and label with a stable numeric id (``4000006``) and an English text written
for developers ("Property identifier is missing.", "The login flow expired 0.08 minutes ago"). The pages
show :data:`KRATOS` instead: the same meaning in plain words, with ``{placeholders}`` filled from the
message's ``context``. Ids missing here keep Kratos' own text. :data:`PAGE` holds the pages' own words
(titles, headings, links).

Translation: every text goes through :func:`translate` as its English catalogue string (the ``msgid``,
placeholders unfilled), then the placeholders are filled. The hook is found per call:

- inside :func:`use_translator` (any framework, tests): that callable;
- in a Flask app context: ``app.config["ORY_TRANSLATE"]`` (a ``str -> str`` callable), else Flask-Babel's
  ``gettext`` when Flask-Babel is set up on the app, else the English text;
- with Django configured: ``django.utils.translation.gettext`` (the active language; the templates use
  ``{% translate %}`` on the same strings), so a project's ``.po`` files translate the pages.

``python -m ory_facade.contrib.messages > ory_facade.pot`` writes every ``msgid`` as a gettext template.
"""

from __future__ import annotations

import re
import string
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

__all__ = [
    "KRATOS",
    "PAGE",
    "Translator",
    "all_msgids",
    "format_text",
    "kratos_text",
    "translate",
    "use_translator",
]

Translator = Callable[[str], str]

_override: ContextVar[Translator | None] = ContextVar("ory_facade_translator", default=None)

#: Kratos message and label ids → what the pages say. ``{name}`` is filled from the message's context.
KRATOS: dict[int, str] = {
    # login
    1010001: "Sign in",
    1010002: "Sign in with {provider}",
    1010003: "To continue, please confirm it's you.",
    1010004: "One more step: confirm it's you with your second factor.",
    1010005: "Verify",
    1010006: "Code from your authenticator app",
    1010007: "Backup code",
    1010008: "Sign in with a security key",
    1010009: "Verify",
    1010010: "Use a backup code",
    1010011: "Continue with your security key",
    1010012: "Get your security key or fingerprint reader ready, then continue.",
    1010013: "Continue",
    1010014: "We've emailed you a sign-in code. Enter it below. Nothing arrived? Check the address and "
    "your spam folder.",
    1010015: "Email me a sign-in code",
    1010017: "Sign in and link",
    1010018: "Confirm with {provider}",
    1010019: "Send me a code",
    1010021: "Sign in with a passkey",
    1010022: "Sign in",
    # registration
    1040001: "Create account",
    1040002: "Sign up with {provider}",
    1040003: "Continue",
    1040004: "Sign up with a security key",
    1040005: "We've emailed you a code. Enter it below to finish creating your account.",
    1040006: "Email me a sign-up code",
    1040007: "Sign up with a passkey",
    1040008: "Back",
    1040009: "Choose how you want to sign in.",
    # settings
    1050001: "Your changes have been saved.",
    1050002: "Link {provider}",
    1050003: "Unlink {provider}",
    1050004: "Turn off the authenticator app",
    1050005: "QR code for your authenticator app",
    1050006: "{secret}",
    1050007: "Show backup codes",
    1050008: "Create new backup codes",
    1050009: "{secret}",
    1050010: "Keep these codes somewhere safe. Each one signs you in once if you lose your authenticator.",
    1050011: "I have saved these codes",
    1050012: "Add security key",
    1050013: "Name of the security key",
    1050014: "Used",
    1050016: "Turn off backup codes",
    1050017: "Can't scan the code? Enter this key in your app instead:",
    1050018: "Remove security key “{display_name}”",
    1050019: "Add passkey",
    1050020: "Remove passkey “{display_name}”",
    # recovery
    1060001: "You're signed in. Set a new password now: this page lets you change it without the old one "
    "for about {minutes} more minutes.",
    1060002: "We've emailed you a recovery link. Nothing arrived? Check the address and your spam folder.",
    1060003: "We've emailed you a recovery code. Enter it below. Nothing arrived? Check the address and "
    "your spam folder.",
    # labels
    1070001: "Password",
    1070002: "{title}",
    1070003: "Save",
    1070004: "Email or username",
    1070005: "Continue",
    1070006: "Verification code",
    1070007: "Email",
    1070008: "Send a new code",
    1070009: "Continue",
    1070010: "Recovery code",
    1070011: "Verification code",
    1070012: "Sign-up code",
    1070013: "Sign-in code",
    1070014: "Sign in and link",
    # verification
    1080001: "We've emailed you a verification link. Nothing arrived? Check the address and your spam "
    "folder.",
    1080002: "Your email address is verified. Thank you!",
    1080003: "We've emailed you a verification code. Enter it below. Nothing arrived? Check the address "
    "and your spam folder.",
    # validation
    4000001: "{reason}",
    4000002: "Please fill in this field.",
    4000003: "Use at least {min_length} characters.",
    4000004: "Please check the format of this field.",
    4000005: "Please choose another password: {reason}.",
    4000006: "The sign-in details are not right. Check your email address or username and your password, "
    "then try again.",
    4000007: "An account with this email address or username already exists. Sign in instead.",
    4000008: "That code is not right. Check your authenticator app and try again.",
    4000009: "This account has no email address or username to sign in with.",
    4000010: "Please verify your email address first: check your inbox for the code.",
    4000011: "You have not set up an authenticator app.",
    4000012: "That backup code has already been used. Each code works once.",
    4000013: "You have not set up a security key.",
    4000014: "You have no backup codes.",
    4000015: "This account does not exist or has no security key.",
    4000016: "That backup code is not right.",
    4000017: "Use at most {max_length} characters.",
    4000018: "Enter {minimum} or more.",
    4000019: "Enter more than {minimum}.",
    4000020: "Enter {maximum} or less.",
    4000021: "Enter less than {maximum}.",
    4000022: "Enter a multiple of {base}.",
    4000023: "Choose at most {max_items}.",
    4000024: "Choose at least {min_items}.",
    4000025: "Each entry must be different.",
    4000026: "Please enter a valid value.",
    4000027: "An account with this email address already exists. Sign in to it first, then link your "
    "social account in the settings.",
    4000029: "Please enter {expected}.",
    4000030: "Please enter the expected value.",
    4000031: "Your password is too similar to your email address or username. Please choose another one.",
    4000032: "Your password needs at least {min_length} characters.",
    4000033: "Your password can have at most {max_length} characters.",
    4000034: "This password has appeared in a data breach. Please choose another one.",
    4000035: "This account does not exist or cannot sign in with a code.",
    4000036: "These details do not match the ones you started with. Please start again.",
    4000037: "This account does not exist or has no way to sign in.",
    4000038: "The captcha check failed. Please try again.",
    4010001: "The sign-in form had expired, so here is a new one. Please try again.",
    4010002: "Please fill in the form and try again.",
    4010003: "Please fill in the form and try again.",
    4010004: "Please fill in the form and try again.",
    4010005: "Please fill in the form and try again.",
    4010006: "Please fill in the form and try again.",
    4010008: "That sign-in code is not right or was already used. Please try again.",
    4040001: "The sign-up form had expired, so here is a new one. Please try again.",
    4040003: "That sign-up code is not right or was already used. Please try again.",
    4050001: "The settings form had expired, so here is a new one. Please try again.",
    4060001: "Your account was already recovered. Sign in to continue.",
    4060002: "Something went wrong. Please start the recovery again.",
    4060004: "This recovery link is not valid or was already used. Please request a new one.",
    4060005: "The recovery form had expired, so here is a new one. Please try again.",
    4060006: "That recovery code is not right or was already used. Please try again.",
    4070001: "This verification link is not valid or was already used. Please request a new one.",
    4070002: "Your email address is already verified.",
    4070003: "Something went wrong. Please start the verification again.",
    4070005: "The verification form had expired, so here is a new one. Please try again.",
    4070006: "That verification code is not right or was already used. Please try again.",
    5000001: "{reason}",
}

# Kratos' format errors arrive as 4000001 with a reason like '"bad" is not valid "email"'.
_FORMAT_REASON = re.compile(r'^"(?P<value>.*)" is not valid "(?P<format>[\w-]+)"$', re.S)
_FORMATS: dict[str, str] = {
    "email": "Please enter a valid email address.",
    "uri": "Please enter a valid web address.",
    "date": "Please enter a valid date.",
    "tel": "Please enter a valid phone number.",
}
_FORMAT_OTHER = "Please enter a valid value."

#: The pages' own words (titles, headings, links, buttons the pages add).
PAGE: dict[str, str] = {
    # titles (selfservice.TITLES)
    "title.login": "Sign in",
    "title.registration": "Create an account",
    "title.recovery": "Recover your account",
    "title.verification": "Verify your email address",
    "title.settings": "Account settings",
    "title.logout": "Sign out",
    "title.error": "Something went wrong",
    "title.refresh": "Confirm it's you",
    "title.second_factor": "Two-factor authentication",
    # settings sections
    "section.profile": "Profile",
    "section.password": "Password",
    "section.totp": "Two-factor authentication",
    "section.lookup_secret": "Backup codes",
    "section.webauthn": "Security keys",
    "section.passkey": "Passkeys",
    "section.oidc": "Linked accounts",
    "section.code": "Sign-in code",
    "section.totp.intro": "Scan the QR code with an authenticator app, then enter the code it shows.",
    "section.lookup_secret.intro": "Backup codes let you sign in when you do not have your authenticator.",
    "section.webauthn.intro": "Sign in with a hardware key or your device's fingerprint reader.",
    "section.passkey.intro": "Sign in with your device's screen lock instead of a password.",
    # links and short texts
    "link.create_account": "Create an account",
    "link.forgot_password": "Forgot your password?",
    "link.have_account": "Already have an account?",
    "link.sign_in": "Sign in",
    "link.back_to_sign_in": "Back to sign in",
    "link.sign_out": "Sign out",
    "link.not_you": "Not you?",
    "link.continue": "Continue",
    "link.back_to_app": "Back to the app",
    "link.start_again": "Start again",
    "text.confirming_as": "Signed in as",
    "text.logout_question": "Do you want to sign out?",
    "text.or": "or",
    "text.messages": "Messages",
}


def format_text(template: str, context: Mapping[str, Any]) -> str:
    """``template`` with ``{name}`` filled from ``context``; unknown or malformed placeholders stay as
    written (a translation naming a placeholder Kratos did not send must not break the page)."""
    values = {k: ("" if v is None else v) for k, v in context.items()}
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return template
    out: list[str] = []
    for literal, name, spec, conversion in parsed:
        out.append(literal)
        if name is None:
            continue
        if name in values and not spec and not conversion:
            out.append(str(values[name]))
        else:
            out.append(
                "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            )
    return "".join(out)


def _flask_translator() -> Translator | None:
    flask = sys.modules.get("flask")
    if flask is None or not flask.has_app_context():
        return None
    app = flask.current_app
    hook = app.config.get("ORY_TRANSLATE")
    if callable(hook):
        return hook  # type: ignore[no-any-return]
    if "babel" in app.extensions:
        try:
            from flask_babel import gettext  # type: ignore[import-not-found,unused-ignore]
        except ImportError:  # pragma: no cover - an extension named "babel" without Flask-Babel
            return _identity
        return gettext  # type: ignore[no-any-return,unused-ignore]
    return _identity


def _django_translator() -> Translator | None:
    conf = sys.modules.get("django.conf")
    if conf is None or not conf.settings.configured:
        return None
    from django.utils.translation import gettext

    return gettext


def _identity(text: str) -> str:
    return text


def translate(text: str) -> str:
    """``text`` (a catalogue string) in the current language, by the hook described in the module doc."""
    if not text:
        return text
    hook = _override.get() or _flask_translator() or _django_translator() or _identity
    try:
        translated = hook(text)
    except Exception:  # a broken translation hook must not take the sign-in page down
        return text
    return translated if isinstance(translated, str) and translated else text


@contextmanager
def use_translator(hook: Translator) -> Iterator[None]:
    """Use ``hook`` for every text translated inside the block (whatever the framework)."""
    token = _override.set(hook)
    try:
        yield
    finally:
        _override.reset(token)


def page_text(key: str) -> str:
    """A :data:`PAGE` entry, translated (the key itself when unknown)."""
    return translate(PAGE.get(key, key))


def _minutes_until(context: Mapping[str, Any]) -> str | None:
    until = context.get("privileged_session_expires_at_unix")
    if isinstance(until, int | float) and not isinstance(until, bool):
        return str(max(1, round((until - time.time()) / 60)))
    return None


def kratos_text(
    message_id: int, text: str, context: Mapping[str, Any] | None = None, *, field: bool = True
) -> str:
    """What the pages show for a Kratos text: the catalogue entry for ``message_id`` in people's words,
    translated, placeholders filled from ``context``; Kratos' own ``text`` for ids not in the catalogue.

    ``field``: the message sits next to its input (so "Please fill in this field." is clear); form-level
    messages of a missing property name it instead.
    """
    context = dict(context or {})
    template = KRATOS.get(message_id)
    if message_id == 4000001:
        found = _FORMAT_REASON.match(str(context.get("reason") or text))
        if found:
            return translate(_FORMATS.get(found.group("format"), _FORMAT_OTHER))
        return text  # a free-form reason: Kratos' (or a hook's) own words
    if message_id == 4000002 and not field and context.get("property"):
        return format_text(translate("Please fill in {property}."), context)
    if message_id == 1060001:
        minutes = _minutes_until(context)
        if minutes is None:
            return translate("You're signed in. Please set a new password now.")
        context["minutes"] = minutes
    if template is None or message_id in (1050006, 1050009, 5000001):
        return text  # unknown ids, secrets and free-form reasons: Kratos' own text
    if template == "{title}" and not context.get("title"):
        return text
    filled = format_text(translate(template), context)
    return text if _unfilled(filled) else filled


def _unfilled(text: str) -> bool:
    return bool(re.search(r"\{\w+\}", text))


#: Strings used in code, not keyed (form-level variants, fallbacks): listed for :func:`all_msgids`.
_EXTRA = (
    "Please fill in {property}.",
    "You're signed in. Please set a new password now.",
    *_FORMATS.values(),
    _FORMAT_OTHER,
)


def all_msgids() -> list[str]:
    """Every string the pages translate (for a gettext template), without duplicates, in catalogue order."""
    seen: dict[str, None] = {}
    for text in (*KRATOS.values(), *_EXTRA, *PAGE.values()):
        if "{secret}" not in text and text not in ("{title}", "{reason}"):
            seen.setdefault(text, None)
    from . import selfservice

    for text in (*selfservice.NOTICES.values(), *selfservice.TITLES.values()):
        seen.setdefault(text, None)
    return list(seen)


def _pot() -> str:
    def quote(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for text in all_msgids():
        lines += [f"msgid {quote(text)}", 'msgstr ""', ""]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - a command-line helper
    print(_pot())
