from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="RecoveryFlow")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "expires_at",
        "id",
        "issued_at",
        "request_url",
        "state",
        "type",
        "ui",
        "active",
        "continue_with",
        "return_to",
        "transient_payload",
    }
)


@_attrs_define
class RecoveryFlow:
    """An account recovery attempt (code or link sent to a recovery address).

    Attributes:
        expires_at (datetime.datetime):
        id (str):
        issued_at (datetime.datetime):
        request_url (str):
        state (Any):
        type_ (str):
        ui (UiContainer): The form to render: action URL, method, messages and input nodes.
        active (str | Unset):
        continue_with (list[ContinueWithRecoveryUi | ContinueWithRedirectBrowserTo | ContinueWithSetOrySessionToken |
            ContinueWithSettingsUi | ContinueWithUnknown | ContinueWithVerificationUi] | Unset):
        return_to (str | Unset):
        transient_payload (Any | Unset):
    """

    expires_at: datetime.datetime
    id: str
    issued_at: datetime.datetime
    request_url: str
    state: Any
    type_: str
    ui: UiContainer
    active: str | Unset = UNSET
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
    return_to: str | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        expires_at = self.expires_at.isoformat()

        id = self.id

        issued_at = self.issued_at.isoformat()

        request_url = self.request_url

        state = self.state

        type_ = self.type_

        ui = self.ui.to_dict()

        active = self.active

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

        return_to = self.return_to

        transient_payload = self.transient_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires_at": expires_at,
                "id": id,
                "issued_at": issued_at,
                "request_url": request_url,
                "state": state,
                "type": type_,
                "ui": ui,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if continue_with is not UNSET:
            field_dict["continue_with"] = continue_with
        if return_to is not UNSET:
            field_dict["return_to"] = return_to
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _iso = datetime.datetime.fromisoformat
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        _v = src_dict["expires_at"]
        expires_at = _iso(_v)

        id = src_dict["id"]

        _v = src_dict["issued_at"]
        issued_at = _iso(_v)

        request_url = src_dict["request_url"]

        state = src_dict["state"]

        type_ = src_dict["type"]

        _v = src_dict["ui"]
        ui = UiContainer.from_dict(_v)

        active = _get("active", UNSET)
        if active is UNSET:
            _missing += 1
        elif active is None:
            active = UNSET

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

        return_to = _get("return_to", UNSET)
        if return_to is UNSET:
            _missing += 1
        elif return_to is None:
            return_to = UNSET

        transient_payload = _get("transient_payload", UNSET)
        if transient_payload is UNSET:
            _missing += 1
        elif transient_payload is None:
            transient_payload = UNSET

        recovery_flow = cls(
            expires_at,
            id,
            issued_at,
            request_url,
            state,
            type_,
            ui,
            active,
            continue_with,
            return_to,
            transient_payload,
        )
        if len(src_dict) + _missing > 11:
            recovery_flow.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return recovery_flow

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
from ..models.ui_container import UiContainer
