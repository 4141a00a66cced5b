"""Framework imports stay inside their integration, and the public names of the integrations are pinned."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_core_and_shared_modules_import_no_web_framework() -> None:
    code = (
        "import sys\n"
        "import ory_facade, ory_facade.session_cache, ory_facade.contrib, ory_facade.contrib.selfservice\n"
        "import ory_facade.contrib.redirects, ory_facade.contrib.render, ory_facade.contrib.django\n"
        "import ory_facade.contrib.password_migration, ory_facade.password_import\n"
        "import ory_facade.contrib.settings, ory_facade.contrib.runtime\n"
        "loaded = sorted(m for m in ('flask', 'werkzeug', 'django', 'jinja2') if m in sys.modules)\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_flask_public_names() -> None:
    pytest.importorskip("flask")
    import ory_facade.contrib.flask as integration

    assert set(integration.__all__) == {
        "CONFIG_DEFAULTS",
        "Ory",
        "OryState",
        "aal2_required",
        "current_session",
        "get_session",
        "guest_only",
        "login_required",
        "ory_state",
        "relay_set_cookies",
    }


def test_selfservice_public_names() -> None:
    import ory_facade.contrib.selfservice as selfservice

    assert set(selfservice.__all__) == {
        "KINDS",
        "NOTICES",
        "Incoming",
        "JSONReply",
        "Mode",
        "Outcome",
        "Redirect",
        "Render",
        "SelfService",
        "SessionLookup",
        "UISettings",
        "lookup_session",
        "wants_json",
    }
