"""Cost of a session-cache hit against a whoami round trip to the (embedded, loopback) fake Kratos.

    python scripts/cache_figures.py [--rounds 2000] [--json]

Prints median and p95 per call in microseconds for: whoami over HTTP (no cache), a hit in the default
in-process LRU backend, a hit in a serialising backend (a dict standing in for Redis/Django's cache: the
session is stored as JSON-safe data and parsed on each hit), and the key derivation alone (sha256 of the
session cookie). Loopback is the best case for the round trip; a real network adds to it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from ory_facade import OryClient
from ory_facade.session_cache import SessionCache, credential_key
from ory_facade.testing import FakeKratos


class DictBackend:
    """A serialising backend, like Redis or Django's cache (values are JSON-safe dicts)."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, key: str) -> Any:
        raw = self.data.get(key)
        return None if raw is None else json.loads(raw)

    def set(self, key: str, value: Any, timeout: float) -> None:
        self.data[key] = json.dumps(value)

    def delete(self, key: str) -> None:
        self.data.pop(key, None)


def measure(call: Callable[[], object], rounds: int, warmup: int = 50) -> dict[str, float]:
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(rounds):
        started = time.perf_counter_ns()
        call()
        samples.append((time.perf_counter_ns() - started) / 1000)
    samples.sort()
    return {
        "median_us": round(statistics.median(samples), 2),
        "p95_us": round(samples[int(len(samples) * 0.95) - 1], 2),
        "rounds": rounds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    with FakeKratos() as kratos, OryClient(kratos.public_url, max_retries=0) as client:
        identity = kratos.create_identity(email="bench@example.com", password="correct horse battery staple")
        issued = kratos.create_session(identity["id"])
        cookie = f"{kratos.csrf_cookie_name}=x; {issued.cookie_header}; theme=dark"
        lru = SessionCache(client, ttl=300)
        serialising = SessionCache(client, ttl=300, backend=DictBackend())
        lru.whoami(cookie=cookie)
        serialising.whoami(cookie=cookie)
        results = {
            "whoami round trip (no cache)": measure(
                lambda: client.whoami(cookie=cookie), max(200, args.rounds // 4)
            ),
            "cache hit, in-process LRU": measure(lambda: lru.whoami(cookie=cookie), args.rounds * 5),
            "cache hit, serialising backend": measure(lambda: serialising.whoami(cookie=cookie), args.rounds),
            "key derivation only (sha256)": measure(lambda: credential_key(cookie=cookie), args.rounds * 5),
        }
        assert lru.misses == 1 and serialising.misses == 1, "every measured cache call must be a hit"
    if args.json:
        print(json.dumps(results, indent=2))
        return
    width = max(map(len, results))
    print(f"{'':{width}}  {'median µs':>10}  {'p95 µs':>10}  {'rounds':>7}")
    for name, row in results.items():
        print(f"{name:{width}}  {row['median_us']:>10.2f}  {row['p95_us']:>10.2f}  {row['rounds']:>7}")
    base = results["whoami round trip (no cache)"]["median_us"]
    hit = results["cache hit, in-process LRU"]["median_us"]
    print(
        f"\nA hit in the in-process cache costs about {hit / base:.1%} of a loopback whoami "
        f"({base / hit:.0f}x less)."
    )


if __name__ == "__main__":
    main()
