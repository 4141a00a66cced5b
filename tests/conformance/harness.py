"""Drive one scenario against one Kratos with plain httpx and record a normalised transcript.

A transcript keeps what a client can rely on, not values: status codes, content types, the shape of every
JSON body (keys present, absent or ``null``, recursively), Kratos error ids, UI message ids and node
names/types/groups, cookie names and attributes, ``Location`` and ``Link`` shapes. Ids, secrets, times
and ports are replaced by placeholders so the real and the fake transcript can be compared key by key.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from ory_facade.testing import totp

JSON = dict[str, Any]
PASSWORD = "correct horse battery staple 7"
NEW_PASSWORD = "an entirely different passphrase 9"
HTML = "text/html,application/xhtml+xml,*/*;q=0.8"

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_WORD = re.compile(r"^[a-z][a-z0-9_]{0,15}$")
# String values recorded literally (they are enums or fixed words, never secrets or ids).
_LITERAL_STR = frozenset(
    {
        "type",
        "group",
        "node_type",
        "name",
        "state",
        "method",
        "action",
        "status",
        "aal",
        "requested_aal",
        "available_aal",
        "via",
        "autocomplete",
        "schema_id",
        "template_type",
        "message",
        "mode",
        "credentials_type",
        "error_id",
    }
)
_LITERAL_INT = frozenset({"id", "code", "send_count", "maxlength", "minlength"})


@dataclass
class Target:
    """One server as a scenario sees it; ``server`` is the FakeKratos or RealKratos object."""

    name: str
    public_url: str
    admin_url: str
    ui_url: str
    api_key: str | None
    server: Any
    validator: Any = None

    @property
    def is_fake(self) -> bool:
        return self.name == "fake"

    def now(self) -> float:
        """The server's idea of now (the fake has a controllable clock), as a UNIX time."""
        if self.is_fake:
            return float(self.server.clock.now().timestamp())
        return time.time()


class ScenarioAborted(Exception):
    """A step could not go on (a flow id missing...); recorded in the transcript, not raised further."""


@dataclass
class Ctx:
    """What a scenario function gets: agents for the public and admin APIs, unique data, the record."""

    target: Target
    steps: list[JSON] = field(default_factory=list)
    spec_problems: list[str] = field(default_factory=list)
    uid: str = field(default_factory=lambda: uuid.uuid4().hex[:10])
    _agents: list[Agent] = field(default_factory=list)
    _labels: dict[str, int] = field(default_factory=dict)

    def email(self, tag: str = "a") -> str:
        return f"conf-{self.uid}-{tag}@example.org"

    def agent(self, kind: str) -> Agent:
        """``browser`` (HTML, cookie jar), ``spa`` (JSON, cookie jar) or ``native`` (JSON, no cookies)."""
        accept = HTML if kind == "browser" else "application/json"
        client = httpx.Client(
            base_url=self.target.public_url, headers={"Accept": accept}, timeout=15.0, trust_env=False
        )
        made = Agent(self, client, kind)
        self._agents.append(made)
        return made

    def browser(self) -> Agent:
        return self.agent("browser")

    def spa(self) -> Agent:
        return self.agent("spa")

    def native(self) -> Agent:
        return self.agent("native")

    def admin(self, *, with_key: bool = True) -> Agent:
        headers = {"Accept": "application/json"}
        if with_key and self.target.api_key:
            headers["Authorization"] = f"Bearer {self.target.api_key}"
        client = httpx.Client(base_url=self.target.admin_url, headers=headers, timeout=15.0, trust_env=False)
        made = Agent(self, client, "admin")
        self._agents.append(made)
        return made

    def note(self, label: str, value: Any) -> None:
        """Record a fact a scenario checked itself (a flag, a count) as a step of its own."""
        self.steps.append({"label": self._label(label), "note": value})

    def close(self) -> None:
        for a in self._agents:
            a.client.close()

    def _label(self, label: str) -> str:
        n = self._labels.get(label, 0) + 1
        self._labels[label] = n
        return label if n == 1 else f"{label}#{n}"

    def record(self, label: str, op: str | None, response: httpx.Response) -> None:
        step = describe(response, self.target)
        step["label"] = self._label(label)
        self.steps.append(step)
        if op and self.target.validator is not None:
            payload: Any = None
            if _is_json(response):
                payload = _json(response)
            problems = self.target.validator.check(
                op, response.status_code, response.headers.get("content-type", ""), payload, response.content
            )
            self.spec_problems.extend(
                f"{step['label']} ({op} -> {response.status_code}): {p}" for p in problems
            )

    def code_for(self, email: str) -> str:
        """The newest code mailed to ``email`` (setup, read through the server's courier helper)."""
        try:
            return str(self.target.server.last_code_for(email))
        except LookupError as exc:
            raise ScenarioAborted(f"no code was sent to {email.split('@')[0][:5]}...") from exc

    def totp_code(self, secret: str) -> str:
        from datetime import UTC, datetime

        return totp.code_at(secret, datetime.fromtimestamp(self.target.now(), tz=UTC))


@dataclass
class Agent:
    """An httpx client that records every answer (unless ``label`` is ``None``)."""

    ctx: Ctx
    client: httpx.Client
    kind: str

    def request(
        self,
        label: str | None,
        method: str,
        path: str,
        *,
        op: str | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        response = self.client.request(method, path, **kwargs)
        if label is not None:
            self.ctx.record(label, op, response)
        return response

    def get(self, label: str | None, path: str, **kwargs: Any) -> httpx.Response:
        return self.request(label, "GET", path, **kwargs)

    def post(self, label: str | None, path: str, **kwargs: Any) -> httpx.Response:
        return self.request(label, "POST", path, **kwargs)

    @property
    def cookies(self) -> httpx.Cookies:
        return self.client.cookies

    def cookie_header(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.client.cookies.jar)


# --- normalisation ----------------------------------------------------------------------------------------


def _is_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("content-type", "").lower()


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def describe(response: httpx.Response, target: Target) -> JSON:
    """The normalised description of one answer."""
    out: JSON = {"request": f"{response.request.method} {_path_shape(response.request.url.path)}"}
    out["status"] = response.status_code
    ctype = response.headers.get("content-type")
    out["content_type"] = ctype.replace(" ", "").lower() if ctype else None
    location = response.headers.get("location")
    if location is not None:
        out["location"] = url_shape(location, target)
    cookies = [cookie_shape(c) for c in response.headers.get_list("set-cookie")]
    if cookies:
        out["cookies"] = {c.pop("name") + f"#{i}" * (i > 0): c for i, c in _numbered(cookies)}
    link = response.headers.get("link")
    if link is not None:
        out["link"] = link_shape(link, target)
    if "x-total-count" in response.headers:
        out["x_total_count"] = "present"
    if _is_json(response):
        out["body"] = shape(_json(response), (), target)
    elif response.content:
        out["body"] = "<non-json body>"
    return out


def _numbered(cookies: list[JSON]) -> Iterator[tuple[int, JSON]]:
    seen: dict[str, int] = {}
    for c in sorted(cookies, key=lambda c: str(c["name"])):
        n = seen.get(c["name"], 0)
        seen[c["name"]] = n + 1
        yield n, c


def cookie_shape(header: str) -> JSON:
    parts = [p.strip() for p in header.split(";")]
    name, _, value = parts[0].partition("=")
    if name.startswith("csrf_token_"):
        name = "csrf_token_<hash>"
    out: JSON = {"name": name, "value": "empty" if not value.strip('"') else "set"}
    for attr in parts[1:]:
        key, _, val = attr.partition("=")
        key = key.strip().lower()
        if key in ("samesite", "path"):
            out[key] = val
        elif key == "max-age":
            out[key] = "0" if val.strip() in ("0", "-1") or val.startswith("-") else "positive"
        elif key:
            out[key] = "present"
    return out


def link_shape(header: str, target: Target) -> list[str]:
    links = []
    for part in header.split(","):
        url, _, params = part.strip().partition(";")
        rel = re.search(r'rel="?([a-z]+)"?', params)
        links.append(f"{rel.group(1) if rel else '?'} -> {url_shape(url.strip().strip('<>'), target)}")
    return sorted(links)


def _path_shape(path: str) -> str:
    return _UUID.sub("{id}", path)


def url_shape(url: str, target: Target) -> str:
    """``{public}/self-service/login?flow=<uuid>``: origin by role, ids and secrets as placeholders."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    roles = {
        target.public_url.rstrip("/"): "{public}",
        target.admin_url.rstrip("/"): "{admin}",
        target.ui_url.rstrip("/"): "{ui}",
    }
    head = roles.get(origin, origin)
    query = sorted(parse_qsl(parts.query, keep_blank_values=True))
    shown = "&".join(f"{k}={_query_value(v, target)}" for k, v in query)
    return head + _path_shape(parts.path) + (f"?{shown}" if shown else "") + ("#…" if parts.fragment else "")


def _query_value(value: str, target: Target) -> str:
    if _UUID.fullmatch(value):
        return "<uuid>"
    if value.startswith(("http://", "https://", "/")):
        return "(" + url_shape(value, target) + ")"
    if _WORD.match(value):
        return value
    return "<str>"


def string_shape(value: str, target: Target) -> str:
    if value == "":
        return "''"
    if _UUID.fullmatch(value):
        return "<uuid>"
    if _TIME.match(value):
        return "<time>"
    if value.startswith(("http://", "https://")):
        return "<url " + url_shape(value, target) + ">"
    if "@" in value and " " not in value:
        return "<email>"
    return "<str>"


def _node_key(node: Any) -> str:
    if not isinstance(node, Mapping):
        return "?"
    attrs = node.get("attributes") or {}
    name = attrs.get("name") or attrs.get("id") or "?"
    if name == "method" and isinstance(attrs.get("value"), str):
        name = f"method={attrs['value']}"
    return f"{node.get('group')}:{name}"


def _keyed(items: list[Any], key: Callable[[Any], str]) -> JSON:
    out: JSON = {}
    order = []
    for item in items:
        k = key(item)
        n = 2
        base = k
        while k in out:
            k = f"{base}#{n}"
            n += 1
        out[k] = item
        order.append(k)
    return {"__order__": order, **out}


def shape(value: Any, path: tuple[str, ...], target: Target) -> Any:
    """The recursive shape of a JSON value (see the module docstring)."""
    key = path[-1] if path else ""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value if key in _LITERAL_INT and isinstance(value, int) else "<number>"
    if isinstance(value, str):
        if key in _LITERAL_STR and not _UUID.fullmatch(value) and "@" not in value and "://" not in value:
            return value
        if key == "id" and len(path) >= 2 and path[-2] == "error":
            return value  # Kratos error ids
        if key == "value" and len(path) >= 2 and path[-2] == "attributes" and _WORD.match(value):
            return value  # submit buttons: method=password
        return string_shape(value, target)
    if isinstance(value, list):
        if key == "nodes":
            keyed = _keyed(value, _node_key)
            return {k: (v if k == "__order__" else shape(v, (*path, k), target)) for k, v in keyed.items()}
        if key == "messages" and all(isinstance(m, Mapping) and "id" in m for m in value):
            keyed = _keyed(value, lambda m: str(m.get("id")))
            return {k: (v if k == "__order__" else shape(v, (*path, k), target)) for k, v in keyed.items()}
        if key == "continue_with" and all(isinstance(m, Mapping) for m in value):
            keyed = _keyed(value, lambda m: str(m.get("action")))
            return {k: (v if k == "__order__" else shape(v, (*path, k), target)) for k, v in keyed.items()}
        return [shape(v, (*path, str(i)), target) for i, v in enumerate(value)]
    if isinstance(value, Mapping):
        return {str(k): shape(v, (*path, str(k)), target) for k, v in sorted(value.items())}
    return f"<{type(value).__name__}>"


# --- comparison -------------------------------------------------------------------------------------------

ABSENT = "<absent>"


def _summary(value: Any) -> Any:
    """A whole subtree present on one side only is reported once, by its keys."""
    if isinstance(value, dict):
        keys = [k for k in value if k != "__order__"]
        return "{" + ", ".join(keys) + "}"
    if isinstance(value, list):
        return f"[{len(value)} items]"
    return value


def _diff(path: str, a: Any, b: Any, out: list[tuple[str, Any, Any]]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            sub = f"{path}.{k}" if path else k
            if k == "__order__":
                if a.get(k) != b.get(k):
                    out.append(
                        (sub[: -len("__order__")] + "order", " ".join(a.get(k, [])), " ".join(b.get(k, [])))
                    )
            elif k not in a:
                out.append((sub, ABSENT, _summary(b[k])))
            elif k not in b:
                out.append((sub, _summary(a[k]), ABSENT))
            else:
                _diff(sub, a[k], b[k], out)
        return
    if isinstance(a, list) and isinstance(b, list):
        for i in range(max(len(a), len(b))):
            sub = f"{path}[{i}]"
            if i >= len(a):
                out.append((sub, ABSENT, _summary(b[i])))
            elif i >= len(b):
                out.append((sub, _summary(a[i]), ABSENT))
            else:
                _diff(sub, a[i], b[i], out)
        return
    if a != b:
        out.append((path, _summary(a), _summary(b)))


@dataclass(frozen=True)
class Difference:
    scenario: str
    path: str
    real: Any
    fake: Any

    def __str__(self) -> str:
        return f"{self.scenario} :: {self.path}: real={self.real!r} fake={self.fake!r}"


def compare(scenario: str, real: list[JSON], fake: list[JSON]) -> list[Difference]:
    """Differences step by step (steps matched by label), each subtree missing on one side once."""
    found: list[tuple[str, Any, Any]] = []
    labels_a = [s["label"] for s in real]
    labels_b = [s["label"] for s in fake]
    if labels_a != labels_b:
        found.append(("steps", " ".join(labels_a), " ".join(labels_b)))
    by_a = {s["label"]: {k: v for k, v in s.items() if k != "label"} for s in real}
    by_b = {s["label"]: {k: v for k, v in s.items() if k != "label"} for s in fake}
    for label in [*labels_a, *[x for x in labels_b if x not in by_a]]:
        if label in by_a and label in by_b:
            _diff(label, by_a[label], by_b[label], found)
    return [Difference(scenario, p, a, b) for p, a, b in found]


# --- flow helpers (shared by the scenarios) ---------------------------------------------------------------


def body(response: httpx.Response) -> JSON:
    data = _json(response)
    if not isinstance(data, dict):
        raise ScenarioAborted(f"expected a JSON object, got {response.status_code}")
    return data


def flow_id_of(response: httpx.Response) -> str:
    """The flow id from a JSON flow, or from the ``?flow=`` of a redirect."""
    if response.status_code in (302, 303):
        query = dict(parse_qsl(urlsplit(response.headers.get("location", "")).query))
        if "flow" in query:
            return query["flow"]
        raise ScenarioAborted("redirect without ?flow=")
    data = body(response)
    if isinstance(data.get("id"), str):
        return str(data["id"])
    raise ScenarioAborted(f"no flow id in a {response.status_code} answer")


def csrf_of(flow: JSON) -> str:
    for node in (flow.get("ui") or {}).get("nodes") or []:
        if (node.get("attributes") or {}).get("name") == "csrf_token":
            return str(node["attributes"].get("value") or "")
    return ""


def node_attr(flow: JSON, name: str, attr: str = "value") -> Any:
    for node in (flow.get("ui") or {}).get("nodes") or []:
        attrs = node.get("attributes") or {}
        if attrs.get("name") == name or attrs.get("id") == name:
            return attrs.get(attr)
    return None
