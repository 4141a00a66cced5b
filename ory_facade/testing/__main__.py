"""``python -m ory_facade.testing``: the fake Kratos on its own, for an app you run by hand.

::

    python -m ory_facade.testing --app-url http://127.0.0.1:5000 --demo ada@example.com
    # public API http://127.0.0.1:4433   admin API http://127.0.0.1:4434
    # then run your app with ORY_PUBLIC_URL / ORY["PUBLIC_URL"] = http://127.0.0.1:4433

``--app-url`` is where your app runs: the flows' pages are ``<app-url>/auth/<page>`` (the framework
integrations' default) and ``return_to`` may point anywhere on it. Recovery and verification codes are
printed here as the fake "sends" them (it sends no email). Stop with Ctrl-C; nothing is kept.
"""

from __future__ import annotations

import argparse
import sys
import threading

from ory_facade.testing.server import FakeKratos

DEMO_PASSWORD = "correct horse battery staple"


def _print_courier(kratos: FakeKratos, stop: threading.Event) -> None:
    seen = 0
    while not stop.wait(0.3):
        messages = kratos.courier_messages()
        for message in messages[seen:]:
            print(f"[courier] {message.subject} -> {message.recipient}: code {message.code}", flush=True)
        seen = len(messages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ory_facade.testing", description=__doc__.splitlines()[0])
    parser.add_argument("--app-url", default="http://127.0.0.1:5000", help="where your app runs")
    parser.add_argument("--ui-prefix", default="/auth", help="the self-service pages' path on the app")
    parser.add_argument("--public-port", type=int, default=4433)
    parser.add_argument("--admin-port", type=int, default=4434)
    parser.add_argument(
        "--demo", metavar="EMAIL", help=f"create a verified account (password {DEMO_PASSWORD!r})"
    )
    args = parser.parse_args(argv)
    kratos = FakeKratos(
        app_url=args.app_url,
        ui_prefix=args.ui_prefix,
        public_port=args.public_port,
        admin_port=args.admin_port,
    )
    try:
        kratos.start()
    except OSError as exc:
        print(f"cannot listen on 127.0.0.1:{args.public_port}/{args.admin_port}: {exc}", file=sys.stderr)
        return 1
    if args.demo:
        kratos.create_identity(email=args.demo, password=DEMO_PASSWORD, verified=True)
        print(f"demo account: {args.demo} / {DEMO_PASSWORD}")
    print(f"fake Kratos: public API {kratos.public_url}   admin API {kratos.admin_url}", flush=True)
    print(
        f"pages expected at {args.app_url.rstrip('/')}{args.ui_prefix}/<login|registration|...>; Ctrl-C stops"
    )
    stop = threading.Event()
    threading.Thread(target=_print_courier, args=(kratos, stop), daemon=True).start()
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        kratos.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
