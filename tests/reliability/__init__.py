"""Reliability and security tests (issue 7).

- ``test_faults.py``: network and HTTP faults (``faultserver.py`` and the fake's switches), retries,
  backoff, ``Retry-After``.
- ``test_bad_payloads.py``: hypothesis-damaged Kratos payloads (``payloads.py``, ``mutations.py``) through
  every parsing method.
- ``test_bad_arguments.py``: bad configuration and arguments fail before any request.
- ``test_concurrency.py``: 32 threads sharing one client (``-m slow`` adds 32 x 1,000).
- ``test_secrets.py`` / ``secret_scan.py``: the suite-wide secret scan and repr/str checks.
- ``test_security.py``: API key placement, TLS verification, Set-Cookie relay, open redirects.

Strict ``xfail`` tests pin known defects; each starts failing (XPASS) once its defect is fixed.
"""
