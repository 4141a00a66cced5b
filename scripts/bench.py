#!/usr/bin/env python3
"""Benchmarks: whoami round-trip, parsing, cold import — contenders side by side in one run.

Usage: python scripts/bench.py [--quick] [--json bench/results.json]

* whoami: sequential keep-alive GETs against one minimal loopback responder
  (scripts/bench_server.py, its own process, one fixed realistic session
  payload) — the same server for every contender. Contenders run interleaved,
  round by round; each figure is the median over rounds of the mean per call.
  Ratios are to raw ``http.client`` + ``json.loads`` (the floor in Python).
* parsing: 1,000 realistic identities (traits, metadata, 3 verifiable + 1
  recovery address, credentials) and one session with identity, from JSON text.
  Ratios are to ``json.loads`` alone.
* cold import: a fresh interpreter per sample (bytecode warm), median of N;
  the time of the import statement itself, and peak RSS after it.
* user import: ``ory_facade.password_import.import_users`` moving 10,000 users
  (a translated Werkzeug PBKDF2 hash each) into the fake and into real Kratos
  (SQLite) in batches of 1,000, then the same run again (every user already
  present: the resume path); users/s and Kratos calls.

Contenders that are not installed are reported as skipped, never faked.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_payloads import identity_payload, session_payload  # noqa: E402

from ory_facade.testing.real import KRATOS_BUILT_VERSION  # noqa: E402

TOKEN = "bench-session-token-not-a-secret"


# ---------------------------------------------------------------- whoami


def start_responder() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "bench_server.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}"


def whoami_contenders(url: str, token: str = TOKEN) -> dict[str, Callable[[], Any]]:
    host, port = url.removeprefix("http://").split(":")
    contenders: dict[str, Callable[[], Any]] = {}

    conn = http.client.HTTPConnection(host, int(port))

    def raw_http_client() -> Any:
        conn.request(
            "GET", "/sessions/whoami", headers={"X-Session-Token": token, "Accept": "application/json"}
        )
        return json.loads(conn.getresponse().read())

    contenders["raw http.client"] = raw_http_client

    import httpx

    hx = httpx.Client(base_url=url)
    contenders["raw httpx"] = lambda: hx.get("/sessions/whoami", headers={"X-Session-Token": token}).json()

    try:
        import urllib3
    except ImportError:
        pass
    else:
        pool = urllib3.HTTPConnectionPool(host, int(port), maxsize=1)
        contenders["raw urllib3"] = lambda: json.loads(
            pool.request("GET", "/sessions/whoami", headers={"X-Session-Token": token}).data
        )

    try:
        import ory_kratos_client
    except ImportError:
        pass
    else:
        api = ory_kratos_client.FrontendApi(
            ory_kratos_client.ApiClient(ory_kratos_client.Configuration(host=url))
        )
        contenders["ory_kratos_client to_session"] = lambda: api.to_session(x_session_token=token)

    try:
        from ory_facade import OryClient
    except ImportError:
        pass
    else:
        facade = OryClient(public_url=url, max_retries=0)
        contenders["ory_facade whoami"] = lambda: facade.whoami(session_token=token)
        try:
            from ory_facade.session_cache import SessionCache
        except ImportError:
            pass
        else:
            cache = SessionCache(facade, ttl=300)
            contenders["ory_facade whoami (cached)"] = lambda: cache.whoami(session_token=token)
    return contenders


def bench_real_kratos(rounds: int, calls: int) -> dict[str, float] | None:
    """The same whoami contenders against the real Kratos ``make kratos`` built, with a real session."""
    from ory_facade.testing.real import RealKratos, default_binary

    if default_binary() is None:
        return None
    password = "bench passphrase " + os.urandom(6).hex()
    with RealKratos() as kratos:
        identity = kratos.create_identity(email="bench@example.org", password=password)
        token = kratos.create_session(identity["id"], password=password).token
        return bench_rounds(whoami_contenders(kratos.public_url, token), rounds, calls)


def bench_user_import(size: int) -> dict[str, dict[str, float] | None]:
    """``import_users`` of ``size`` users into a fresh fake and a fresh real Kratos, then again."""
    from werkzeug.security import generate_password_hash

    from ory_facade import OryClient
    from ory_facade.password_import import ImportUser, import_users
    from ory_facade.testing import FakeKratos
    from ory_facade.testing.real import RealKratos, default_binary

    # One hash for every user: Kratos only checks the format at import; hashing 10,000 times is not the
    # importer's work.
    hashed = generate_password_hash("bench passphrase " + os.urandom(6).hex(), "pbkdf2:sha256:1000")
    users = [ImportUser(str(n), f"user{n}@bench.example", hashed, first_name="Bench") for n in range(size)]
    out: dict[str, dict[str, float] | None] = {}
    servers: list[tuple[str, Callable[[], Any]]] = [("fake", FakeKratos)]
    if default_binary() is not None:
        servers.append((f"real Kratos {KRATOS_BUILT_VERSION}", RealKratos))
    else:
        out[f"real Kratos {KRATOS_BUILT_VERSION}"] = None
    for name, make in servers:
        with (
            make() as kratos,
            OryClient(
                kratos.public_url, admin_url=kratos.admin_url, api_key=kratos.api_key, timeout=300
            ) as client,
        ):
            started = time.perf_counter()
            first = import_users(client, users)
            first_s = time.perf_counter() - started
            started = time.perf_counter()
            again = import_users(client, users)
            again_s = time.perf_counter() - started
        assert first.imported == size and again.skipped == size, (first.summary(), again.summary())
        out[name] = {
            "users": size,
            "import_s": first_s,
            "users_per_s": size / first_s,
            "kratos_calls": first.kratos_calls,
            "rerun_s": again_s,
            "rerun_users_per_s": size / again_s,
            "rerun_kratos_calls": again.kratos_calls,
        }
    return out


def bench_rounds(contenders: dict[str, Callable[[], Any]], rounds: int, calls: int) -> dict[str, float]:
    """Median over rounds of the mean seconds per call; contenders interleaved per round."""
    for fn in contenders.values():  # warm connections, caches and lazy imports
        for _ in range(20):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            fn = contenders[name]
            started = time.perf_counter()
            for _ in range(calls):
                fn()
            samples[name].append((time.perf_counter() - started) / calls)
    return {name: statistics.median(values) for name, values in samples.items()}


# ---------------------------------------------------------------- parsing


def parse_contenders(kind: str, text: str) -> dict[str, Callable[[], Any]]:
    contenders: dict[str, Callable[[], Any]] = {"json.loads": lambda: json.loads(text)}
    if kind == "identities":
        from ory_kratos_api.models.identity import Identity

        contenders["ory_kratos_api"] = lambda: [Identity.from_dict(x) for x in json.loads(text)]
    else:
        from ory_kratos_api.models.session import Session

        contenders["ory_kratos_api"] = lambda: Session.from_dict(json.loads(text))
    try:
        from ory_kratos_client.models.identity import Identity as OfficialIdentity
        from ory_kratos_client.models.session import Session as OfficialSession
    except ImportError:
        pass
    else:
        if kind == "identities":
            contenders["ory_kratos_client"] = lambda: [
                OfficialIdentity.from_dict(x) for x in json.loads(text)
            ]
        else:
            contenders["ory_kratos_client"] = lambda: OfficialSession.from_dict(json.loads(text))
    return contenders


# ---------------------------------------------------------------- import

# Peak RSS from VmHWM: ru_maxrss survives fork+exec, so it would report the parent's peak.
IMPORT_PROBE = (
    "import time\n"
    "t = time.perf_counter()\n"
    "{stmt}\n"
    "dt = time.perf_counter() - t\n"
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
    "print(dt, hwm)\n"
)


def bench_import(stmt: str, samples: int) -> dict[str, float] | None:
    code = IMPORT_PROBE.format(stmt=stmt)
    subprocess.run([sys.executable, "-c", code], capture_output=True)  # warm bytecode
    times, walls, rss = [], [], []
    for _ in range(samples):
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        walls.append(time.perf_counter() - started)
        if result.returncode != 0:
            return None
        dt, peak = result.stdout.split()
        times.append(float(dt))
        rss.append(int(peak) / 1024)
    return {
        "import_s": statistics.median(times),
        "process_wall_s": statistics.median(walls),
        "peak_rss_mb": max(rss),
    }


# ---------------------------------------------------------------- report


def table(title: str, rows: list[tuple[str, ...]], headers: tuple[str, ...]) -> str:
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join("-" * w for w in widths)
    out = [title, line, "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join([*out, line, ""])


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="ory-facade benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke run)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args(argv)
    rounds, calls, parse_rounds, import_samples = (5, 50, 5, 5) if args.quick else (15, 300, 15, 7)
    results: dict[str, Any] = {"machine": machine(), "whoami": {}, "parsing": {}, "import": {}}
    started = time.perf_counter()

    proc, url = start_responder()
    try:
        whoami = bench_rounds(whoami_contenders(url), rounds, calls)
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=10)
    base = whoami["raw http.client"]
    results["whoami"] = {name: {"us": s * 1e6, "ratio": s / base} for name, s in whoami.items()}
    rows = [(name, f"{s * 1e6:8.1f}", f"{s / base:5.2f}x") for name, s in whoami.items()]
    if "ory_facade whoami (cached)" in whoami:
        hit = whoami["ory_facade whoami (cached)"] / whoami["ory_facade whoami"]
        results["whoami_cache_hit_vs_round_trip"] = hit
        rows.append(("cached hit / uncached round-trip", "", f"{hit:5.3f}x"))
    print(
        table(
            "whoami round-trip (keep-alive, sequential; loopback responder)",
            rows,
            ("contender", "us/call", "vs http.client"),
        )
    )

    real = bench_real_kratos(rounds, max(20, calls // 3))
    if real is None:
        print("whoami against real Kratos: skipped (no .kratos/bin/kratos; run `make kratos`)\n")
    else:
        base = real["raw http.client"]
        results["whoami_real_kratos"] = {name: {"us": s * 1e6, "ratio": s / base} for name, s in real.items()}
        rows = [(name, f"{s * 1e6:8.1f}", f"{s / base:5.2f}x") for name, s in real.items()]
        print(
            table(
                f"whoami against real Kratos {KRATOS_BUILT_VERSION} (keep-alive, sequential; SQLite)",
                rows,
                ("contender", "us/call", "vs http.client"),
            )
        )

    identities = json.dumps([identity_payload(i) for i in range(1000)])
    session = json.dumps(session_payload())
    for kind, text, calls_per_round in (("identities", identities, 1), ("session", session, 200)):
        timing = bench_rounds(parse_contenders(kind, text), parse_rounds, calls_per_round)
        floor = timing["json.loads"]
        results["parsing"][kind] = {name: {"ms": s * 1e3, "ratio": s / floor} for name, s in timing.items()}
        label = "1,000 identities" if kind == "identities" else "one session with identity"
        rows = [(name, f"{s * 1e3:8.3f}", f"{s / floor:5.2f}x") for name, s in timing.items()]
        print(table(f"parsing {label} from JSON text", rows, ("contender", "ms", "vs json.loads")))

    rows: list[tuple[str, ...]] = []
    for label, stmt in (
        ("bare interpreter", "pass"),
        ("import httpx", "import httpx"),
        ("import ory_kratos_api", "import ory_kratos_api"),
        ("import ory_facade", "import ory_facade"),
        ("import ory_kratos_client", "import ory_kratos_client"),
    ):
        figures = bench_import(stmt, import_samples)
        results["import"][label] = figures
        if figures is None:
            rows.append((label, "skipped", "not installed", ""))
        else:
            rows.append(
                (
                    label,
                    f"{figures['import_s'] * 1e3:7.1f} ms",
                    f"{figures['process_wall_s'] * 1e3:7.1f} ms",
                    f"{figures['peak_rss_mb']:6.1f} MB",
                )
            )
    print(
        table(
            f"cold import (fresh interpreter, median of {import_samples})",
            rows,
            ("statement", "import time", "process wall", "peak RSS"),
        )
    )

    size = 1000 if args.quick else 10_000
    imports = bench_user_import(size)
    results["user_import"] = imports
    rows = []
    for name, figures in imports.items():
        if figures is None:
            rows.append((name, "skipped (no .kratos/bin/kratos)", "", "", ""))
            continue
        rows.append(
            (
                name,
                f"{figures['import_s']:6.1f} s",
                f"{figures['users_per_s']:7.0f}",
                f"{figures['kratos_calls']:.0f}",
                f"{figures['rerun_s']:6.1f} s ({figures['rerun_kratos_calls']:.0f} calls)",
            )
        )
    print(
        table(
            f"user import: {size:,} users with a translated hash, batches of 1,000 (import_users)",
            rows,
            ("server", "import", "users/s", "Kratos calls", "re-run, all present"),
        )
    )

    results["elapsed_s"] = time.perf_counter() - started
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print(f"{platform.python_version()} on {machine()['processor']} x{os.cpu_count()}; "
          f"{results['elapsed_s']:.0f} s; results in {args.json}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
