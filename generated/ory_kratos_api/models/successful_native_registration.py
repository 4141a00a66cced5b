from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="SuccessfulNativeRegistration")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "identity",
        "continue_with",
        "session",
        "session_token",
    }
)


@_attrs_define
class SuccessfulNativeRegistration:
    """A finished native sign-up: the identity, and a session when the session hook is on.

    Attributes:
        identity (Identity): A person (or machine) known to Kratos: traits, addresses, credentials and metadata.
        continue_with (list[ContinueWithRecoveryUi | ContinueWithRedirectBrowserTo | ContinueWithSetOrySessionToken |
            ContinueWithSettingsUi | ContinueWithUnknown | ContinueWithVerificationUi] | Unset):
        session (Session | Unset): A signed-in state for an identity: how and when it authenticated, and until when it
            is valid.
        session_token (str | Unset):
    """

    identity: Identity
    continue_with: (
        list[
            ContinueWithRecoveryUi
            | ContinueWithRedirectBrowserTo
            | ContinueWithSetOrySessionToken
            | ContinueWithSettingsUi
            | ContinueWithUnknown
            | ContinueWithVerificationUi
        ]
        | Unset
    ) = UNSET
    session: Session | Unset = UNSET
    session_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out; those that carry credentials are hidden."""
        return _model_repr(self, {"session_token"})

    def to_dict(self) -> dict[str, Any]:
        identity = self.identity.to_dict()

        continue_with: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.continue_with, Unset):
            continue_with = []
            for continue_with_item_data in self.continue_with:
                continue_with_item: dict[str, Any]
                if (
                    isinstance(continue_with_item_data, ContinueWithVerificationUi)
                    or isinstance(
                        continue_with_item_data, ContinueWithSetOrySessionToken
                    )
                    or isinstance(continue_with_item_data, ContinueWithSettingsUi)
                    or isinstance(continue_with_item_data, ContinueWithRecoveryUi)
                    or isinstance(
                        continue_with_item_data, ContinueWithRedirectBrowserTo
                    )
                ):
                    continue_with_item = continue_with_item_data.to_dict()
                else:
                    continue_with_item = continue_with_item_data.to_dict()

                continue_with.append(continue_with_item)

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        session_token = self.session_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity": identity,
            }
        )
        if continue_with is not UNSET:
            field_dict["continue_with"] = continue_with
        if session is not UNSET:
            field_dict["session"] = session
        if session_token is not UNSET:
            field_dict["session_token"] = session_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        _v = src_dict["identity"]
        identity = Identity.from_dict(_v)

        _v = _get("continue_with", UNSET)
        if _v is UNSET:
            _missing += 1
        elif _v is None:
            _v = UNSET
        _continue_with = _v
        continue_with: (
            list[
                ContinueWithRecoveryUi
                | ContinueWithRedirectBrowserTo
                | ContinueWithSetOrySessionToken
                | ContinueWithSettingsUi
                | ContinueWithUnknown
                | ContinueWithVerificationUi
            ]
            | Unset
        ) = UNSET
        if _continue_with is not UNSET:
            continue_with = []
            for continue_with_item_data in _continue_with:

                def _parse_continue_with_item(
                    data: object,
                ) -> (
                    ContinueWithRecoveryUi
                    | ContinueWithRedirectBrowserTo
                    | ContinueWithSetOrySessionToken
                    | ContinueWithSettingsUi
                    | ContinueWithUnknown
                    | ContinueWithVerificationUi
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemascontinue_with_type_0 = (
                            ContinueWithVerificationUi.from_dict(data)
                        )

                        return componentsschemascontinue_with_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemascontinue_with_type_1 = (
                            ContinueWithSetOrySessionToken.from_dict(data)
                        )

                        return componentsschemascontinue_with_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemascontinue_with_type_2 = (
                            ContinueWithSettingsUi.from_dict(data)
                        )

                        return componentsschemascontinue_with_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemascontinue_with_type_3 = (
                            ContinueWithRecoveryUi.from_dict(data)
                        )

                        return componentsschemascontinue_with_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemascontinue_with_type_4 = (
                            ContinueWithRedirectBrowserTo.from_dict(data)
                        )

                        return componentsschemascontinue_with_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemascontinue_with_type_5 = (
                        ContinueWithUnknown.from_dict(data)
                    )

                    return componentsschemascontinue_with_type_5

                continue_with_item = _parse_continue_with_item(continue_with_item_data)

                continue_with.append(continue_with_item)

        session: Session | Unset
        _v = _get("session", UNSET)
        if _v is UNSET:
            _missing += 1
            session = UNSET
        elif _v is None:
            session = UNSET
        else:
            session = Session.from_dict(_v)

        session_token = _get("session_token", UNSET)
        if session_token is UNSET:
            _missing += 1
        elif session_token is None:
            session_token = UNSET

        successful_native_registration = cls(
            identity,
            continue_with,
            session,
            session_token,
        )
        if len(src_dict) + _missing > 4:
            successful_native_registration.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return successful_native_registration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.continue_with_recovery_ui import ContinueWithRecoveryUi
from ..models.continue_with_redirect_browser_to import ContinueWithRedirectBrowserTo
from ..models.continue_with_set_ory_session_token import ContinueWithSetOrySessionToken
from ..models.continue_with_settings_ui import ContinueWithSettingsUi
from ..models.continue_with_unknown import ContinueWithUnknown
from ..models.continue_with_verification_ui import ContinueWithVerificationUi
from ..models.identity import Identity
from ..models.session import Session
