#!/usr/bin/env python3
"""Instructions per call under callgrind, counted around the timed loop only: ratios that repeat.

Usage: python scripts/bench_instructions.py [--quick] [--json bench/instructions.json] [GROUP ...]

``make bench MODE=instructions`` runs this (``make bench`` prints the wall-clock tables). Groups:

* ``whoami``: one uncached keep-alive whoami against ``scripts/bench_server.py`` (its own process, not
  counted), the same loopback responder ``scripts/bench.py`` uses. Ratios to raw ``http.client`` +
  ``json.loads``.
* ``identities``: parsing 1,000 identities (``scripts/bench_payloads.py``) from JSON text; ratios to
  ``json.loads`` alone. ``session``: one whoami answer, the same way.
* ``django`` and ``flask``: a protected view on a session-cache hit against the same view without auth,
  through each framework's test client (the same request headers for both: a browser's ``Accept``, the
  session cookie and another cookie). Kratos (the responder) is stopped after the warm-up, so every
  measured request is a cache hit.
* ``threads``: 32 threads, one ``OryClient`` shared by all against raw ``http.client`` with a connection
  per thread; instructions per request (every thread counted), then requests per second measured by the
  wall clock in one run of this script (wall-clock figures swing between runs on a shared machine).

How the loop alone is counted: each contender runs in its own process under ``valgrind --tool=callgrind
--collect-atstart=no --toggle-collect=ffi_call``, and the timed loop is entered through ``ctypes``
(``PyObject_CallNoArgs`` called by libffi's ``ffi_call``, which nothing else calls in these processes), so
collection is on only inside it: no start-up, imports, set-up or warm-up is counted. Callgrind counts per
thread, so each worker thread of the ``threads`` group enters its loop the same way. The entry itself costs
about 2,000 instructions per loop, spread over its calls. Objects alive after the warm-up are frozen out of
the garbage collector (``gc.freeze``) and ``PYTHONHASHSEED`` is fixed, so neither decides a figure.

Contenders that are not installed (urllib3, the official ``ory_kratos_client`` of the ``bench`` extra,
Django, Flask) are reported as skipped, never faked.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import http.client
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_payloads import identity_payload, session_payload  # noqa: E402

TOKEN = "bench-session-token-not-a-secret"
COOKIE_NAME = "ory_kratos_session"
COOKIE = f"csrf_token_abc=not-a-secret-either; {COOKIE_NAME}={TOKEN}; theme=dark"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
THREADS = 32
SKIPPED = 3  # the child's exit status for a contender that is not installed


@dataclass(frozen=True)
class Group:
    title: str
    unit: str
    calls: int  # loop length (per thread for ``threads``)
    contenders: tuple[str, ...]  # the first is the baseline
    warm: int = 30  # calls before the loop (connections, caches, lazy imports, specialised bytecode)


GROUPS: dict[str, Group] = {
    "whoami": Group(
        "uncached whoami (keep-alive, loopback responder)",
        "call",
        400,
        (
            "raw http.client + json.loads",
            "raw http.client + Session.from_dict",
            "raw urllib3 + json.loads",
            "httpx.Client.get + .json()",
            "ory_kratos_client to_session (official SDK)",
            "ory_facade whoami",
        ),
    ),
    "identities": Group(
        "parsing 1,000 identities from JSON text",
        "1,000 identities",
        3,
        ("json.loads", "ory_kratos_api Identity.from_dict", "ory_kratos_client Identity.from_dict"),
        warm=3,
    ),
    "session": Group(
        "parsing one whoami answer (session with identity) from JSON text",
        "session",
        300,
        ("json.loads", "ory_kratos_api Session.from_dict", "ory_kratos_client Session.from_dict"),
    ),
    "django": Group(
        "Django test client: a view, without auth and protected on a session-cache hit",
        "request",
        300,
        (
            "view without auth",
            "@ory_login_required, cache hit (in-process LRU)",
            "@ory_login_required, cache hit (Django cache, locmem)",
        ),
    ),
    "flask": Group(
        "Flask test client: a view, without auth and protected on a session-cache hit",
        "request",
        300,
        ("view without auth", "@login_required, cache hit (in-process LRU)"),
    ),
    "threads": Group(
        f"{THREADS} threads, whoami against the loopback responder (every thread counted)",
        "request",
        15,
        (
            "raw http.client + json.loads, a connection per thread",
            "raw http.client + Session.from_dict, a connection per thread",
            "ory_facade whoami, one client shared",
        ),
    ),
}


class Skip(Exception):
    """The contender is not installed."""


# ---------------------------------------------------------------- the responder


@contextmanager
def responder() -> Iterator[tuple[subprocess.Popen[str], str]]:
    command = [sys.executable, str(HERE / "bench_server.py")]
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None and server.stdin is not None
    try:
        yield server, f"http://127.0.0.1:{int(server.stdout.readline())}"
    finally:
        stop(server)


def stop(server: subprocess.Popen[str]) -> None:
    if server.poll() is None:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=30)


# ---------------------------------------------------------------- contenders


def whoami_contender(name: str, url: str) -> Callable[[], Any]:
    host, port = url.removeprefix("http://").split(":")
    headers = {"X-Session-Token": TOKEN, "Accept": "application/json"}
    if name.startswith("raw http.client"):
        from ory_kratos_api.models.session import Session

        conn = http.client.HTTPConnection(host, int(port))
        parse: Callable[[bytes], Any] = (
            json.loads if name.endswith("json.loads") else (lambda b: Session.from_dict(json.loads(b)))
        )

        def raw() -> Any:
            conn.request("GET", "/sessions/whoami", headers=headers)
            return parse(conn.getresponse().read())

        return raw
    if name.startswith("raw urllib3"):
        try:
            import urllib3
        except ImportError as exc:
            raise Skip("urllib3") from exc
        pool = urllib3.HTTPConnectionPool(host, int(port), maxsize=1)
        return lambda: json.loads(pool.request("GET", "/sessions/whoami", headers=headers).data)
    if name.startswith("httpx.Client"):
        import httpx

        client = httpx.Client(base_url=url)
        return lambda: client.get("/sessions/whoami", headers=headers).json()
    if name.startswith("ory_kratos_client"):
        try:
            import ory_kratos_client
        except ImportError as exc:
            raise Skip("ory_kratos_client (pip install -e '.[bench]')") from exc
        api = ory_kratos_client.FrontendApi(
            ory_kratos_client.ApiClient(ory_kratos_client.Configuration(host=url))
        )
        return lambda: api.to_session(x_session_token=TOKEN)
    if name == "ory_facade whoami":
        from ory_facade import OryClient

        facade = OryClient(url, max_retries=0)
        return lambda: facade.whoami(session_token=TOKEN)
    raise SystemExit(f"unknown whoami contender {name!r}")


def parse_contender(group: str, name: str) -> Callable[[], Any]:
    if group == "identities":
        text = json.dumps([identity_payload(i) for i in range(1000)])
    else:
        text = json.dumps(session_payload())
    if name == "json.loads":
        return lambda: json.loads(text)
    if name.startswith("ory_kratos_api"):
        from ory_kratos_api.models.identity import Identity
        from ory_kratos_api.models.session import Session
    else:
        try:
            from ory_kratos_client.models.identity import Identity  # type: ignore[no-redef]
            from ory_kratos_client.models.session import Session  # type: ignore[no-redef]
        except ImportError as exc:
            raise Skip("ory_kratos_client (pip install -e '.[bench]')") from exc
    if group == "identities":
        return lambda: [Identity.from_dict(item) for item in json.loads(text)]
    return lambda: Session.from_dict(json.loads(text))


def django_contender(name: str, url: str) -> Callable[[], Any]:
    try:
        import django
        from django.conf import settings
    except ImportError as exc:
        raise Skip("Django") from exc
    guarded = name != "view without auth"
    ory: dict[str, Any] = {
        "PUBLIC_URL": url,
        "MAX_RETRIES": 0,
        "SESSION_CACHE_TTL": 3600,
        "SESSION_COOKIE_NAME": COOKIE_NAME,
        "SESSION_CACHE": "default" if "Django cache" in name else None,
    }
    settings.configure(
        DEBUG=False,
        SECRET_KEY="bench-not-secret",
        ALLOWED_HOSTS=["testserver"],
        ROOT_URLCONF=__name__,
        # The same apps for both: only the middleware and the decorator differ.
        INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "ory_facade.contrib.django"],
        MIDDLEWARE=["ory_facade.contrib.django.middleware.OrySessionMiddleware"] if guarded else [],
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        DATABASES={},
        USE_TZ=True,
        ORY=ory,
    )
    django.setup()
    from django.http import HttpRequest, HttpResponse
    from django.test import Client
    from django.urls import path

    if guarded:
        from ory_facade.contrib.django.decorators import ory_login_required

        @ory_login_required
        def view(request: HttpRequest) -> HttpResponse:
            return HttpResponse(f"hello {request.ory_session.identity.traits['email']}")  # type: ignore[attr-defined]
    else:

        def view(request: HttpRequest) -> HttpResponse:
            return HttpResponse("hello user7@example.org")

    globals()["urlpatterns"] = [path("protected", view)]
    client = Client()

    def get() -> Any:
        response = client.get("/protected", HTTP_ACCEPT=BROWSER_ACCEPT, HTTP_COOKIE=COOKIE)
        if response.status_code != 200:
            raise AssertionError(f"{name}: {response.status_code}")
        return response

    return get


def flask_contender(name: str, url: str) -> Callable[[], Any]:
    try:
        from flask import Flask
    except ImportError as exc:
        raise Skip("Flask") from exc
    app = Flask(__name__)
    app.config.update(
        ORY_PUBLIC_URL=url,
        ORY_MAX_RETRIES=0,
        ORY_SESSION_CACHE_TTL=3600,
        ORY_SESSION_COOKIE_NAME=COOKIE_NAME,
    )
    if name == "view without auth":

        @app.get("/protected")
        def protected() -> str:
            return "hello user7@example.org"
    else:
        from ory_facade.contrib.flask import Ory, current_session, login_required

        Ory(app)

        @app.get("/protected")
        @login_required
        def protected() -> str:
            return f"hello {current_session.identity.traits['email']}"

    client = app.test_client(use_cookies=False)  # with its jar, the client would drop the Cookie header
    headers = {"Accept": BROWSER_ACCEPT, "Cookie": COOKIE}

    def get() -> Any:
        response = client.get("/protected", headers=headers)
        if response.status_code != 200:
            raise AssertionError(f"{name}: {response.status_code}")
        return response

    return get


def thread_workers(name: str, url: str, calls: int) -> list[Callable[[], Any]]:
    """One loop per thread, each of ``calls`` whoami calls, set up (and warmed) before any is timed."""
    if name.startswith("raw"):
        workers = []
        for _ in range(THREADS):
            call = whoami_contender(name.split(",")[0], url)
            call()
            workers.append(_loop(call, calls))
        return workers
    from ory_facade import OryClient

    facade = OryClient(url, max_retries=0)
    call = lambda: facade.whoami(session_token=TOKEN)  # noqa: E731
    warm = [threading.Thread(target=call) for _ in range(THREADS)]  # every pooled connection opened
    for thread in warm:
        thread.start()
    for thread in warm:
        thread.join()
    return [_loop(call, calls) for _ in range(THREADS)]


def _loop(call: Callable[[], Any], calls: int) -> Callable[[], None]:
    def loop() -> None:
        for _ in range(calls):
            call()

    return loop


# ---------------------------------------------------------------- the counted process


def _marked() -> Callable[[Callable[[], Any]], Any]:
    """Calls a function through ``ffi_call``, the function callgrind toggles collection on."""
    call = ctypes.pythonapi.PyObject_CallNoArgs
    call.argtypes = [ctypes.py_object]
    call.restype = ctypes.py_object
    return call  # type: ignore[no-any-return]


def child(group: str, name: str, calls: int) -> int:
    warm = GROUPS[group].warm
    marked = _marked()
    with responder() as (server, url):
        try:
            if group == "threads":
                workers = thread_workers(name, url, calls)
                threads = [threading.Thread(target=marked, args=(w,)) for w in workers]
                gc.collect()
                gc.freeze()

                def timed() -> None:
                    for thread in threads:
                        thread.start()
                    for thread in threads:
                        thread.join()

                marked(lambda: None)  # ctypes' first call sets itself up: not inside the loop
                marked(timed)
                return 0
            if group == "whoami":
                call = whoami_contender(name, url)
            elif group in ("identities", "session"):
                call = parse_contender(group, name)
            elif group == "django":
                call = django_contender(name, url)
            else:
                call = flask_contender(name, url)
        except Skip as exc:
            print(f"not installed: {exc}", file=sys.stderr)
            return SKIPPED
        for _ in range(warm):
            call()
        if group in ("django", "flask"):
            stop(server)  # from here on a cache miss would fail the request
            call()
        gc.collect()
        gc.freeze()
        marked(lambda: None)
        marked(_loop(call, calls))
    return 0


def instructions(group: str, name: str, calls: int) -> int | None:
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--collect-atstart=no",
         "--toggle-collect=ffi_call", "--trace-children=no",
         sys.executable, __file__, "--child", group, name, "--calls", str(calls)],
        capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"},
    )  # fmt: skip
    if result.returncode == SKIPPED:
        return None
    found = re.search(r"Collected\s*:\s*(\d+)", result.stderr)
    if result.returncode != 0 or found is None or int(found.group(1)) == 0:
        raise SystemExit(f"{group}: {name!r} failed under callgrind:\n{result.stderr[-3000:]}")
    return int(found.group(1))


# ---------------------------------------------------------------- wall-clock threads


def thread_throughput(requests: int, rounds: int) -> dict[str, tuple[float, float]]:
    """Requests per second and context switches per request (this process, ``getrusage``), ``THREADS``
    threads of ``requests`` whoami calls each; medians of ``rounds``, contenders interleaved round by round.
    Wall clock: it swings with the machine's load; the switches say how often the GIL changed hands."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in GROUPS["threads"].contenders}
    with responder() as (_, url):
        made = {name: thread_workers(name, url, requests) for name in samples}
        for _ in range(rounds):
            for name, workers in made.items():
                threads = [threading.Thread(target=w) for w in workers]
                before = resource.getrusage(resource.RUSAGE_SELF)
                started = time.perf_counter()
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
                elapsed = time.perf_counter() - started
                after = resource.getrusage(resource.RUSAGE_SELF)
                switches = after.ru_nvcsw + after.ru_nivcsw - before.ru_nvcsw - before.ru_nivcsw
                samples[name].append((THREADS * requests / elapsed, switches / (THREADS * requests)))
    return {
        name: (statistics.median(r for r, _ in values), statistics.median(c for _, c in values))
        for name, values in samples.items()
    }


# ---------------------------------------------------------------- report


def table(title: str, rows: list[tuple[str, ...]], headers: tuple[str, ...]) -> str:
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join("-" * w for w in widths)
    out = [title, line, "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join([*out, line, ""])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*", metavar="GROUP", help=f"some of: {', '.join(GROUPS)}")
    parser.add_argument("--quick", action="store_true", help="shorter loops (a smoke run)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "instructions.json")
    parser.add_argument("--child", nargs=2, metavar=("GROUP", "CONTENDER"), help=argparse.SUPPRESS)
    parser.add_argument("--calls", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child[0], args.child[1], args.calls)
    unknown = set(args.groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s) {', '.join(sorted(unknown))}; groups: {', '.join(GROUPS)}")
    if shutil.which("valgrind") is None:
        print("instruction counts: skipped (valgrind is not installed: apt-get install valgrind)")
        return 0
    started = time.perf_counter()
    results: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "groups": {},
    }
    for key in args.groups or list(GROUPS):
        group = GROUPS[key]
        calls = max(1, group.calls // 5) if args.quick else group.calls
        per_call: dict[str, float | None] = {}
        for name in group.contenders:
            total = instructions(key, name, calls)
            per_call[name] = None if total is None else total / (calls * (THREADS if key == "threads" else 1))
        base = per_call[group.contenders[0]]
        assert base is not None
        results["groups"][key] = {
            name: None if n is None else {"instructions": round(n), "ratio": n / base}
            for name, n in per_call.items()
        }
        rows = [
            (name, "skipped (not installed)", "") if n is None else (name, f"{n:,.0f}", f"{n / base:5.2f}x")
            for name, n in per_call.items()
        ]
        print(
            table(group.title, rows, ("contender", f"instructions/{group.unit}", f"vs {group.contenders[0]}"))
        )
        sys.stdout.flush()
    if "threads" in (args.groups or list(GROUPS)):
        requests = 40 if args.quick else 200
        rates = thread_throughput(requests, 3 if args.quick else 5)
        base_rate = rates[GROUPS["threads"].contenders[0]][0]
        results["threads_wall_clock"] = {
            name: {"requests_per_s": r, "ratio": r / base_rate, "context_switches_per_request": c}
            for name, (r, c) in rates.items()
        }
        rows = [(name, f"{r:8.0f}", f"{r / base_rate:5.2f}x", f"{c:5.2f}") for name, (r, c) in rates.items()]
        print(
            table(
                f"{THREADS} threads x {requests} whoami: throughput by the WALL CLOCK (this run only; "
                "median of rounds)",
                rows,
                (
                    "contender",
                    "requests/s",
                    "vs " + GROUPS["threads"].contenders[0],
                    "context switches/request",
                ),
            )
        )
    results["elapsed_s"] = time.perf_counter() - started
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print(f"CPython {platform.python_version()}, {os.cpu_count()} CPUs; {results['elapsed_s']:.0f} s; "
          f"results in {args.json}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
