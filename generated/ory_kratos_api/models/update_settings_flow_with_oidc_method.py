from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from . import _model_repr

T = TypeVar("T", bound="UpdateSettingsFlowWithOidcMethod")
#: The properties the spec names; any other key of a payload is kept in ``additional_properties``.
_KNOWN_KEYS = frozenset(
    {
        "method",
        "flow",
        "link",
        "traits",
        "transient_payload",
        "unlink",
        "upstream_parameters",
    }
)


@_attrs_define
class UpdateSettingsFlowWithOidcMethod:
    """
    Attributes:
        method (str):
        flow (str | Unset):
        link (str | Unset):
        traits (Any | Unset):
        transient_payload (Any | Unset):
        unlink (str | Unset):
        upstream_parameters (Any | Unset):
    """

    method: str
    flow: str | Unset = UNSET
    link: str | Unset = UNSET
    traits: Any | Unset = UNSET
    transient_payload: Any | Unset = UNSET
    unlink: str | Unset = UNSET
    upstream_parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, unset ones left out."""
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        flow = self.flow

        link = self.link

        traits = self.traits

        transient_payload = self.transient_payload

        unlink = self.unlink

        upstream_parameters = self.upstream_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
            }
        )
        if flow is not UNSET:
            field_dict["flow"] = flow
        if link is not UNSET:
            field_dict["link"] = link
        if traits is not UNSET:
            field_dict["traits"] = traits
        if transient_payload is not UNSET:
            field_dict["transient_payload"] = transient_payload
        if unlink is not UNSET:
            field_dict["unlink"] = unlink
        if upstream_parameters is not UNSET:
            field_dict["upstream_parameters"] = upstream_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        _v: Any
        _missing = 0  # optional properties absent: more keys than the present ones are unknown keys
        method = src_dict["method"]

        flow = _get("flow", UNSET)
        if flow is UNSET:
            _missing += 1
        elif flow is None:
            flow = UNSET

        link = _get("link", UNSET)
        if link is UNSET:
            _missing += 1
        elif link is None:
            link = UNSET

        traits = _get("traits", UNSET)
        if traits is UNSET:
            _missing += 1
        elif traits is None:
            traits = UNSET

        transient_payload = _get("transient_payload", UNSET)
        if transient_payload is UNSET:
            _missing += 1
        elif transient_payload is None:
            transient_payload = UNSET

        unlink = _get("unlink", UNSET)
        if unlink is UNSET:
            _missing += 1
        elif unlink is None:
            unlink = UNSET

        upstream_parameters = _get("upstream_parameters", UNSET)
        if upstream_parameters is UNSET:
            _missing += 1
        elif upstream_parameters is None:
            upstream_parameters = UNSET

        update_settings_flow_with_oidc_method = cls(
            method,
            flow,
            link,
            traits,
            transient_payload,
            unlink,
            upstream_parameters,
        )
        if len(src_dict) + _missing > 7:
            update_settings_flow_with_oidc_method.additional_properties = {
                _key: _value
                for _key, _value in src_dict.items()
                if _key not in _KNOWN_KEYS
            }
        return update_settings_flow_with_oidc_method

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
