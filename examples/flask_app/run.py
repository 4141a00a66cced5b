"""Start the Flask example on 127.0.0.1 with an embedded fake Kratos (or a real one from KRATOS_PUBLIC_URL).

    python examples/flask_app/run.py [--port 5000]

Recovery and verification codes from the fake's courier are printed here.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path

from werkzeug.serving import make_server

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app import create_app

DEMO_EMAIL = "demo@example.com"
DEMO_PASSWORD = "correct horse battery staple"


def print_courier(kratos: object, stop: threading.Event) -> None:
    """Print each new courier message's recipient and code (the fake sends no email)."""
    seen = 0
    while not stop.wait(0.3):
        messages = kratos.courier_messages()  # type: ignore[attr-defined]
        for message in messages[seen:]:
            print(f"[courier] {message.subject} -> {message.recipient}: code {message.code}", flush=True)
        seen = len(messages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5000)
    args = parser.parse_args()
    kratos = None
    if not os.environ.get("KRATOS_PUBLIC_URL"):
        from ory_facade.testing import FakeKratos

        kratos = FakeKratos().start()
        kratos.create_identity(email=DEMO_EMAIL, password=DEMO_PASSWORD, verified=True)
        os.environ.update(KRATOS_PUBLIC_URL=kratos.public_url, KRATOS_ADMIN_URL=kratos.admin_url)
    app = create_app()
    server = make_server(args.host, args.port, app, threaded=True)
    url = f"http://{args.host}:{server.server_port}"
    stop = threading.Event()
    if kratos is not None:
        kratos.configure(ui_url=f"{url}/auth")
        threading.Thread(target=print_courier, args=(kratos, stop), daemon=True).start()
        print(f"Fake Kratos on {kratos.public_url}; demo account {DEMO_EMAIL} / {DEMO_PASSWORD}", flush=True)
    print(f"Serving on {url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
        if kratos is not None:
            kratos.stop()


if __name__ == "__main__":
    main()
