"""``continue_with``: what Kratos says should happen after a flow step, reduced to one next step.

Kratos attaches a list of actions to successful submissions (and to some errors). An application can only
do one thing next, so :func:`choose_next_step` applies the priority Ory's own UI uses::

    show_settings_ui > show_recovery_ui > show_verification_ui > redirect_browser_to > set_ory_session_token

Unknown actions (Kratos adds new ones, e.g. ``show_pin_entry_ui``) are never chosen but are kept, with their
data, in the full list.

Example::

    result = ory.login.submit(flow_id, form, cookie=cookie)
    step = result.next_step
    if step and step.action == "show_verification_ui":
        return redirect(step.flow_url or f"/verification?flow={step.flow_id}")
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["NEXT_STEP_PRIORITY", "ContinueWith", "choose_next_step", "parse_continue_with"]

#: Highest priority first, as in Ory's reference UI.
NEXT_STEP_PRIORITY = (
    "show_settings_ui",
    "show_recovery_ui",
    "show_verification_ui",
    "redirect_browser_to",
    "set_ory_session_token",
)


@dataclass(frozen=True)
class ContinueWith:
    """One ``continue_with`` item.

    ``flow_id``/``flow_url`` are set for the ``show_*_ui`` actions (``flow_url`` only when Kratos knows the
    UI URL), ``redirect_browser_to`` for ``redirect_browser_to``, ``session_token`` for
    ``set_ory_session_token``. ``data`` is the item as Kratos sent it, for actions this SDK does not know.
    """

    action: str
    flow_id: str | None = None
    flow_url: str | None = None
    redirect_browser_to: str | None = None
    session_token: str | None = field(default=None, repr=False)
    data: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def is_known(self) -> bool:
        """False for actions newer than this SDK; their data is still in ``data``."""
        return self.action in NEXT_STEP_PRIORITY

    @classmethod
    def from_dict(cls, item: Mapping[str, Any]) -> ContinueWith:
        flow = item.get("flow")
        flow_id = flow_url = None
        if isinstance(flow, Mapping):
            flow_id = str(flow["id"]) if flow.get("id") else None
            flow_url = flow.get("url") if isinstance(flow.get("url"), str) else None
        redirect = item.get("redirect_browser_to")
        token = item.get("ory_session_token")
        return cls(
            action=str(item.get("action", "")),
            flow_id=flow_id,
            flow_url=flow_url,
            redirect_browser_to=redirect if isinstance(redirect, str) else None,
            session_token=token if isinstance(token, str) else None,
            data=dict(item),
        )


def parse_continue_with(items: Any) -> list[ContinueWith]:
    """Raw ``continue_with`` JSON (or generated models with ``to_dict``) as :class:`ContinueWith` items.

    Anything that is not a list of objects yields an empty list: a malformed hint must not break a login.
    """
    if not isinstance(items, list):
        return []
    parsed: list[ContinueWith] = []
    for item in items:
        if hasattr(item, "to_dict"):
            item = item.to_dict()
        if isinstance(item, Mapping) and isinstance(item.get("action"), str):
            parsed.append(ContinueWith.from_dict(item))
    return parsed


def choose_next_step(items: list[ContinueWith]) -> ContinueWith | None:
    """The single item to act on, by :data:`NEXT_STEP_PRIORITY`; None when no known action is present."""
    for action in NEXT_STEP_PRIORITY:
        for item in items:
            if item.action == action:
                return item
    return None
