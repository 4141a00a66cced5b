"""Suite-wide plugins: ``reliability.secret_scan`` fails the run if a secret reaches logs or error text;
``backends`` runs the HTTP-level tests against the fake and real Kratos (``--kratos``); ``redisserver``
starts a real Redis for the shared session cache."""

pytest_plugins = ["reliability.secret_scan", "backends", "redisserver"]
