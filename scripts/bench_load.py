#!/usr/bin/env python3
"""Several app servers, one Kratos, one Redis: the shared session cache under load (loopback only).

Usage: python scripts/bench_load.py [--apps 4] [--threads 16] [--seconds 8] [--users 128]
                                    [--frameworks flask,django] [--kratos fake,real] [--json PATH]

For each Kratos (the embedded fake, and the real one ``make kratos`` built, when it is there) and each
framework: ``--apps`` app server processes (``--serve``), each a Flask or Django app with one protected
view and its session cache on one ``redis-server``, and as many load processes (``--drive``), each
``--threads`` threads sending whoami-guarded requests for random users (session tokens) to its app for
``--seconds``. Printed: requests/s over all apps, Kratos calls per request (counted by each app's own
transport), p50/p99 latency, and answers that named another user than the one asking (must be 0).

Everything binds 127.0.0.1. Without ``redis-server`` the bench prints why and stops; without the real
Kratos binary its rows are skipped with the reason.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PASSWORD = "load-bench-password-not-a-secret"
TTL = 5  # seconds: short, as the README recommends, so entries expire and refill during a run


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


# ---------------------------------------------------------------- one app server (--serve)


def _client() -> Any:
    """The app's OryClient, its transport counting the calls that reach Kratos."""
    import httpx

    from ory_facade import OryClient
    from ory_facade._pool import PooledTransport

    class Counting(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = PooledTransport()
            self.calls = 0
            self._lock = threading.Lock()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            with self._lock:
                self.calls += 1
            return self.inner.handle_request(request)

    counting = Counting()
    return OryClient(os.environ["KRATOS_PUBLIC_URL"], transport=counting), counting


def flask_app() -> Any:
    from flask import Flask

    from ory_facade.contrib.flask import Ory, current_session, login_required

    client, counting = _client()
    app = Flask(__name__)
    app.config.update(
        ORY_CLIENT=client,
        ORY_SESSION_CACHE_TTL=TTL,
        ORY_SESSION_COOKIE_NAME="ory_kratos_session",
        ORY_SESSION_CACHE_REDIS_URL=os.environ["REDIS_URL"],
    )
    Ory(app)

    @app.get("/protected")
    @login_required
    def protected() -> str:
        return f"hello {current_session.identity.traits['email']}"

    @app.get("/calls")
    def calls() -> str:
        return str(counting.calls)

    return app


_COUNTING: Any = None


def django_app() -> Any:
    global _COUNTING
    import django
    from django.conf import settings

    client, _COUNTING = _client()
    settings.configure(
        DEBUG=False,
        SECRET_KEY="load-bench-not-secret",
        ALLOWED_HOSTS=["127.0.0.1"],
        ROOT_URLCONF=__name__,
        INSTALLED_APPS=["ory_facade.contrib.django"],
        MIDDLEWARE=["ory_facade.contrib.django.middleware.OrySessionMiddleware"],
        CACHES={
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": os.environ["REDIS_URL"],
            }
        },
        ORY={
            "CLIENT": client,
            "SESSION_CACHE_TTL": TTL,
            "SESSION_CACHE_BACKEND": "default",
            "SESSION_COOKIE_NAME": "ory_kratos_session",
        },
    )
    django.setup()
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def _django_urls() -> list[Any]:
    from django.http import HttpRequest, HttpResponse
    from django.urls import path

    from ory_facade.contrib.django.decorators import ory_login_required

    @ory_login_required
    def protected(request: HttpRequest) -> HttpResponse:
        session = request.ory_session  # type: ignore[attr-defined]
        return HttpResponse(f"hello {session.identity.traits['email']}")

    def calls(request: HttpRequest) -> HttpResponse:
        return HttpResponse(str(_COUNTING.calls))

    return [path("protected", protected), path("calls", calls)]


def __getattr__(name: str) -> Any:  # Django's ROOT_URLCONF reads urlpatterns from this module
    if name == "urlpatterns":
        return _django_urls()
    raise AttributeError(name)


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(framework: str, port: int) -> None:
    app = flask_app() if framework == "flask" else django_app()
    server = make_server("127.0.0.1", port, app, server_class=_Server, handler_class=_QuietHandler)
    print("ready", flush=True)
    server.serve_forever()


# ---------------------------------------------------------------- one load process (--drive)


def drive(url: str, users_file: str, threads: int, seconds: float, seed: int) -> None:
    """``threads`` threads, each one request at a time for a random user; prints one JSON line."""
    users = json.loads(Path(users_file).read_text())
    host, port = url.removeprefix("http://").split(":")
    latencies: list[list[float]] = [[] for _ in range(threads)]
    wrong = [0] * threads
    failed = [0] * threads
    start = threading.Barrier(threads + 1)

    def worker(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        start.wait()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            token, email = rng.choice(users)
            began = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(host, int(port), timeout=10)
                conn.request("GET", "/protected", headers={"X-Session-Token": token})
                response = conn.getresponse()
                body = response.read().decode()
                conn.close()
            except OSError:
                failed[n] += 1
                continue
            latencies[n].append(time.perf_counter() - began)
            if response.status != 200:
                failed[n] += 1
            elif body != f"hello {email}":
                wrong[n] += 1

    pool = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    for thread in pool:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in pool:
        thread.join()
    elapsed = time.perf_counter() - began
    flat = [x for per in latencies for x in per]
    print(json.dumps({"elapsed": elapsed, "latencies": flat, "wrong": sum(wrong), "failed": sum(failed)}))


# ---------------------------------------------------------------- the orchestra


@contextmanager
def redis_server() -> Iterator[str | None]:
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    port = free_port()
    folder = tempfile.TemporaryDirectory(prefix="ory-facade-load-redis-")
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", folder.name],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
        folder.cleanup()


def flush(redis_url: str) -> None:
    port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    with socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
        conn.sendall(b"FLUSHALL\r\n")
        conn.recv(64)


@contextmanager
def kratos(kind: str) -> Iterator[tuple[Any, str] | str]:
    """A started Kratos and its public URL, or the reason there is none."""
    if kind == "fake":
        from ory_facade.testing import FakeKratos

        fake = FakeKratos().start()
        try:
            yield fake, fake.public_url
        finally:
            fake.stop()
        return
    from ory_facade.testing.real import RealKratos, default_binary

    if default_binary() is None:
        yield "no real Kratos binary (make kratos builds it)"
        return
    with RealKratos() as real:
        yield real, real.public_url


def make_users(server: Any, kind: str, count: int) -> list[tuple[str, str]]:
    users = []
    for i in range(count):
        email = f"load-{i}-{os.getpid()}@example.org"
        identity = server.create_identity(email=email, password=PASSWORD)
        if kind == "fake":
            issued = server.create_session(identity["id"])
        else:
            issued = server.create_session(identity["id"], password=PASSWORD)
        users.append((issued.token, email))
    return users


def _env(public_url: str, redis_url: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'generated'}",
        "KRATOS_PUBLIC_URL": public_url,
        "REDIS_URL": redis_url,
    }


def run(
    framework: str, public_url: str, redis_url: str, users_file: str, apps: int, threads: int, seconds: float
) -> dict[str, Any]:
    flush(redis_url)
    env = _env(public_url, redis_url)
    servers: list[tuple[subprocess.Popen[bytes], str]] = []
    try:
        for _ in range(apps):
            port = free_port()
            command = [sys.executable, "-P", __file__, "--serve", framework, str(port)]
            process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE)
            servers.append((process, f"http://127.0.0.1:{port}"))
        for process, _ in servers:
            assert process.stdout is not None
            if process.stdout.readline().strip() != b"ready":
                raise RuntimeError(f"a {framework} app server did not start")
        drivers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-P",
                    __file__,
                    "--drive",
                    url,
                    users_file,
                    str(threads),
                    str(seconds),
                    str(i),
                ],
                env=env,
                stdout=subprocess.PIPE,
            )
            for i, (_, url) in enumerate(servers)
        ]
        results = [json.loads(d.communicate(timeout=seconds + 120)[0]) for d in drivers]
        calls = 0
        for _, url in servers:
            host, port = url.removeprefix("http://").split(":")
            conn = http.client.HTTPConnection(host, int(port), timeout=10)
            conn.request("GET", "/calls")
            calls += int(conn.getresponse().read())
            conn.close()
    finally:
        for process, _ in servers:
            process.terminate()
            process.wait(timeout=10)
            if process.stdout is not None:
                process.stdout.close()
    latencies = sorted(x for r in results for x in r["latencies"])
    requests = len(latencies)
    elapsed = max(r["elapsed"] for r in results)
    return {
        "requests": requests,
        "requests_per_s": requests / elapsed,
        "kratos_calls": calls,
        "kratos_calls_per_request": calls / requests if requests else float("nan"),
        "p50_ms": statistics.median(latencies) * 1000 if latencies else float("nan"),
        "p99_ms": latencies[min(requests - 1, int(requests * 0.99))] * 1000 if latencies else float("nan"),
        "cross_user": sum(r["wrong"] for r in results),
        "failed": sum(r["failed"] for r in results),
    }


def table(rows: list[tuple[str, ...]], headers: tuple[str, ...]) -> str:
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join("-" * w for w in widths)
    out = [line, "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)), line]
    out += ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
            for r in rows]  # fmt: skip
    return "\n".join([*out, line])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=4)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--users", type=int, default=128)
    parser.add_argument("--frameworks", default="flask,django")
    parser.add_argument("--kratos", default="fake,real")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "load.json")
    parser.add_argument("--serve", nargs=2, metavar=("FRAMEWORK", "PORT"), help=argparse.SUPPRESS)
    parser.add_argument("--drive", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve[0], int(args.serve[1]))
        return 0
    if args.drive:
        url, users_file, threads, seconds, seed = args.drive
        drive(url, users_file, int(threads), float(seconds), int(seed))
        return 0
    title = (
        f"{args.apps} app processes x {args.threads} threads, {args.users} users (session tokens), "
        f"one Kratos, one Redis (cache TTL {TTL} s), {args.seconds:g} s each"
    )
    print(title)
    rows: list[tuple[str, ...]] = []
    results: dict[str, Any] = {}
    with redis_server() as redis_url:
        if redis_url is None:
            print("load: skipped (redis-server is not installed: apt-get install redis-server)")
            return 0
        for kind in args.kratos.split(","):
            with kratos(kind) as started:
                if isinstance(started, str):
                    print(f"load against {kind} Kratos: skipped ({started})")
                    continue
                server, public_url = started
                with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as users_file:
                    json.dump(make_users(server, kind, args.users), users_file)
                try:
                    for framework in args.frameworks.split(","):
                        r = run(framework, public_url, redis_url, users_file.name, args.apps, args.threads,
                                args.seconds)  # fmt: skip
                        results[f"{kind}/{framework}"] = r
                        cells = (
                            f"{r['requests_per_s']:.0f}",
                            f"{r['kratos_calls_per_request']:.3f}",
                            f"{r['p50_ms']:.1f}",
                            f"{r['p99_ms']:.1f}",
                        )
                        counts = (str(r["cross_user"]), str(r["failed"]), str(r["requests"]))
                        rows.append((f"{framework}, {kind} Kratos", *cells, *counts))
                finally:
                    os.unlink(users_file.name)
    headers = ("app servers", "requests/s", "Kratos calls/request", "p50 ms", "p99 ms")
    headers += ("cross-user", "failed", "requests")
    print(table(rows, headers))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"title": title, "results": results}, indent=2) + "\n")
    bad = sum(r["cross_user"] for r in results.values())
    if bad:
        print(f"load: {bad} answers named another user", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
