"""Suite-wide plugins: ``reliability.secret_scan`` fails the run if a secret reaches logs or error text;
``backends`` runs the HTTP-level tests against the fake and real Kratos (``--kratos``)."""

pytest_plugins = ["reliability.secret_scan", "backends"]
