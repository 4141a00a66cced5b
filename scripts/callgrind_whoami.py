#!/usr/bin/env python3
"""Instructions per uncached whoami, counted by callgrind (stable where wall-clock ratios are not).

Usage: python scripts/callgrind_whoami.py [--calls 1000] [contender ...]

Each contender runs in its own process under ``valgrind --tool=callgrind`` twice, with a short and a long
loop of keep-alive whoami calls against ``scripts/bench_server.py`` (its own process, not counted); the
difference of the two totals divided by the difference of the call counts is the cost of one call, free
of start-up and imports (objects alive after the warm-up are frozen out of the garbage collector, so
an occasional full collection does not decide the figure). Ratios are to raw ``http.client`` +
``json.loads``. Every contender but that floor parses the answer with ``Session.from_dict``, as the
facade does.
"""

from __future__ import annotations

import argparse
import gc
import http.client
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TOKEN = "bench-session-token-not-a-secret"
WARM = 50
CONTENDERS = [
    "raw http.client + json.loads",
    "raw http.client + Session.from_dict",
    "PooledTransport.handle_request (pre-built request)",
    "httpx HTTPTransport.handle_request (pre-built request)",
    "httpx.Client.get",
    "ory_facade whoami",
]


def contender(name: str, url: str) -> Callable[[], Any]:
    import httpx
    from ory_kratos_api.models.session import Session

    host, port = url.removeprefix("http://").split(":")
    headers = {"X-Session-Token": TOKEN, "Accept": "application/json"}
    if name.startswith("raw http.client"):
        conn = http.client.HTTPConnection(host, int(port))
        parse = json.loads if name.endswith("json.loads") else (lambda b: Session.from_dict(json.loads(b)))

        def raw() -> Any:
            conn.request("GET", "/sessions/whoami", headers=headers)
            return parse(conn.getresponse().read())

        return raw
    if "handle_request" in name:
        if name.startswith("PooledTransport"):
            from ory_facade._pool import PooledTransport

            transport: httpx.BaseTransport = PooledTransport()
        else:
            transport = httpx.HTTPTransport()
        request = httpx.Request("GET", url + "/sessions/whoami", headers=headers)

        def via_transport() -> Any:
            response = transport.handle_request(request)
            return Session.from_dict(json.loads(response.read()))

        return via_transport
    if name == "httpx.Client.get":
        client = httpx.Client(base_url=url)
        return lambda: Session.from_dict(client.get("/sessions/whoami", headers=headers).json())
    if name == "ory_facade whoami":
        from ory_facade import OryClient

        facade = OryClient(url, max_retries=0)
        return lambda: facade.whoami(session_token=TOKEN)
    raise SystemExit(f"unknown contender {name!r}")


def child(name: str, calls: int) -> None:
    command = [sys.executable, str(HERE / "bench_server.py")]
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None and server.stdin is not None
    url = f"http://127.0.0.1:{int(server.stdout.readline())}"
    try:
        call = contender(name, url)
        for _ in range(WARM):
            call()
        # What is alive now is not garbage: without this, when a full collection falls inside the loop
        # (it scans the whole heap) decides the figure more than the contender does.
        gc.collect()
        gc.freeze()
        for _ in range(calls):
            call()
    finally:
        server.stdin.close()
        server.wait(timeout=30)


def instructions(name: str, calls: int) -> int:
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--trace-children=no",
         sys.executable, __file__, "--child", name, "--calls", str(calls)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = re.search(r"Collected\s*:\s*(\d+)", result.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no total for {name!r}:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("contenders", nargs="*", default=CONTENDERS)
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--child")
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.calls)
        return 0
    if shutil.which("valgrind") is None:
        print("callgrind: skipped (valgrind is not installed)")
        return 0
    short = max(1, args.calls // 5)
    per_call = {}
    for name in args.contenders:
        per_call[name] = (instructions(name, args.calls) - instructions(name, short)) / (args.calls - short)
    base = per_call.get(CONTENDERS[0])
    width = max(len(n) for n in per_call)
    print(f"{'contender':{width}}  instructions/call  vs {CONTENDERS[0]}")
    for name, count in per_call.items():
        ratio = f"{count / base:5.2f}x" if base else ""
        print(f"{name:{width}}  {count:17,.0f}  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
