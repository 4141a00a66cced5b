"""Open-redirect protection for ``return_to`` / ``next`` values that come from the browser.

A login page that redirects to any ``return_to`` it is given turns a trusted domain into a phishing
springboard (``https://app.example/auth/login?return_to=https://evil.example``). Only relative paths and
absolute http(s) URLs whose host is the request's own host or on an allow-list pass.

Example::

    target = safe_return_to(request.args.get("return_to"), request_host="app.example",
                            allowed_hosts=["accounts.example", ".example.org"]) or "/"
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

__all__ = ["host_allowed", "safe_return_to"]


def _normalise_host(host: str) -> str:
    return host.strip().lower().rstrip(".")


def host_allowed(netloc: str, request_host: str | None, allowed_hosts: Iterable[str]) -> bool:
    """True when ``netloc`` (``host`` or ``host:port``) is the request's host or matches the allow-list.

    Allow-list entries: ``example.com`` (any port), ``example.com:8443`` (that port only), ``.example.com``
    (the domain and its subdomains) or ``*`` (any host: only for development).
    """
    netloc = _normalise_host(netloc)
    if not netloc:
        return False
    host = netloc.rsplit("@", 1)[-1]
    hostname = host.split(":", 1)[0] if not host.startswith("[") else host.split("]", 1)[0] + "]"
    if request_host and host == _normalise_host(request_host):
        return True
    for entry in allowed_hosts:
        pattern = _normalise_host(entry)
        if not pattern:
            continue
        if pattern == "*":
            return True
        if pattern.startswith("."):
            if hostname == pattern[1:] or hostname.endswith(pattern):
                return True
        elif ":" in pattern and not pattern.startswith("["):
            if host == pattern:
                return True
        elif hostname == pattern:
            return True
    return False


def safe_return_to(
    value: str | None,
    *,
    request_host: str | None,
    allowed_hosts: Iterable[str] = (),
    require_https: bool = False,
) -> str | None:
    """``value`` when it is safe to redirect a browser to, else None.

    Accepted: a path starting with a single ``/`` (``/dashboard?tab=1``), or an ``http``/``https`` URL
    whose host passes :func:`host_allowed`. Rejected: other schemes (``javascript:``), protocol-relative
    URLs (``//evil``), backslashes (browsers read ``/\\evil`` as ``//evil``), control characters, and
    credentials in the URL. ``require_https`` also rejects absolute ``http`` URLs.
    """
    if not value:
        return None
    value = value.strip()
    if not value or "\\" in value or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        return None
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  # raises ValueError for a malformed port
    except ValueError:
        return None
    if not parts.scheme and not parts.netloc:
        return value if value.startswith("/") and not value.startswith("//") else None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if require_https and parts.scheme.lower() != "https":
        return None
    if parts.username is not None or parts.password is not None:
        return None
    return value if host_allowed(parts.netloc, request_host, allowed_hosts) else None
