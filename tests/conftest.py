"""Suite-wide plugins. ``reliability.secret_scan`` fails the run if a secret reaches logs or error text."""

pytest_plugins = ["reliability.secret_scan"]
