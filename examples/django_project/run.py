"""Start the Django example on 127.0.0.1 with an embedded fake Kratos (or a real one).

    python examples/django_project/run.py [--port 8000]
    python examples/django_project/run.py --port 0 --kratos-public-url URL [--kratos-admin-url URL]

Serves with a threaded WSGI server (wsgiref + ThreadingMixIn, as Django's runserver) and prints
``Serving on http://...`` once listening. Codes from the fake's courier are printed here.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_project.settings")

DEMO_EMAIL = "demo@example.com"
DEMO_PASSWORD = "correct horse battery staple"


def print_courier(kratos: object, stop: threading.Event) -> None:
    seen = 0
    while not stop.wait(0.3):
        messages = kratos.courier_messages()  # type: ignore[attr-defined]
        for message in messages[seen:]:
            print(f"[courier] {message.subject} -> {message.recipient}: code {message.code}", flush=True)
        seen = len(messages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--kratos-public-url", default=os.environ.get("KRATOS_PUBLIC_URL"))
    parser.add_argument("--kratos-admin-url", default=os.environ.get("KRATOS_ADMIN_URL"))
    args = parser.parse_args()
    kratos = None
    if not args.kratos_public_url:
        from ory_facade.testing import FakeKratos

        kratos = FakeKratos().start()
        kratos.create_identity(email=DEMO_EMAIL, password=DEMO_PASSWORD, verified=True)
        args.kratos_public_url, args.kratos_admin_url = kratos.public_url, kratos.admin_url
    os.environ["KRATOS_PUBLIC_URL"] = args.kratos_public_url
    if args.kratos_admin_url:
        os.environ["KRATOS_ADMIN_URL"] = args.kratos_admin_url

    import django
    from django.core.checks import run_checks
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application

    django.setup()
    problems = [m for m in run_checks() if m.is_serious()]
    if problems:
        sys.exit("\n".join(str(m) for m in problems))
    server = ThreadedWSGIServer((args.host, args.port), WSGIRequestHandler)
    server.set_app(get_wsgi_application())
    url = f"http://{args.host}:{server.server_address[1]}"
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
