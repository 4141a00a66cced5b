"""Defaults in one place, so a reader can see every knob the client turns without reading the client."""

from __future__ import annotations

#: Total seconds for one HTTP attempt (connect, write, read, pool). Kratos answers in milliseconds; a hung
#: Kratos must not hang every web worker (the generated client has no timeout at all).
DEFAULT_TIMEOUT = 10.0
#: Seconds allowed to open a TCP connection, shorter so a dead host fails fast and can be retried.
DEFAULT_CONNECT_TIMEOUT = 3.0

#: Extra attempts for idempotent requests after the first one; ``max_retries=0`` disables retries.
DEFAULT_MAX_RETRIES = 2
#: Backoff before retry n is ``min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY)`` scaled by a jitter in
#: ``[1 - RETRY_JITTER, 1]``.
INITIAL_RETRY_DELAY = 0.2
MAX_RETRY_DELAY = 4.0
RETRY_JITTER = 0.5
#: A ``Retry-After`` longer than this is not waited for inside a request: the error is raised instead.
MAX_RETRY_AFTER = 10.0
#: Statuses worth repeating an idempotent request for (rate limit, proxy/gateway trouble).
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})

#: Connection pool of the default ``httpx.Client``. Every pooled connection is kept alive: httpx's default
#: of 20 keep-alive connections makes a burst of more threads close and reopen connections on every
#: request, which costs a TCP handshake each time and, under load, hits httpcore's pool race
#: (encode/httpcore#1110: a connection closed while assigned to a waiting request).
MAX_CONNECTIONS = 100
MAX_KEEPALIVE_CONNECTIONS = 100
#: Seconds an idle kept-alive connection stays in the pool. Short, so a connection the server (or a load
#: balancer, commonly after 5-60 s) is about to close is rarely reused; the liveness check catches the rest.
KEEPALIVE_EXPIRY = 4.0

#: Page size for the lazy admin iterators (Kratos' maximum is 1000; 250 is its documented default).
DEFAULT_PAGE_SIZE = 250

#: Characters of a response body kept (after redaction) in an error for an unparseable response.
BODY_EXCERPT_CHARS = 300

USER_AGENT = "ory-facade"
LOGGER_NAME = "ory_facade"

#: Environment variables read by ``OryClient.from_env()``.
ENV_PUBLIC_URL = "KRATOS_PUBLIC_URL"
ENV_ADMIN_URL = "KRATOS_ADMIN_URL"
ENV_BROWSER_URL = "KRATOS_BROWSER_URL"
ENV_ORY_SDK_URL = "ORY_SDK_URL"
ENV_ORY_API_KEY = "ORY_API_KEY"
ENV_ORY_PROJECT_API_TOKEN = "ORY_PROJECT_API_TOKEN"

#: httpx.URL refuses longer URLs.
MAX_URL_LENGTH = 65_536
