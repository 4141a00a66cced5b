"""``scripts/bench_load.py`` in small: app processes share one Redis session cache, every answer names the
user who asked, Kratos is asked per user and not per request, and the cross-user check can fail."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import bench_load  # noqa: E402

pytest.importorskip("redis", reason="redis-py is not installed (pip install 'ory-facade[redis]')")


@pytest.mark.usefixtures("redis_binary")
@pytest.mark.parametrize("framework", ["flask", "django"])
def test_app_processes_share_the_cache_and_answer_each_user_as_themselves(
    framework: str, tmp_path: Path
) -> None:
    users_file = tmp_path / "users.json"
    with bench_load.redis_server() as redis_url, bench_load.kratos("fake") as started:
        assert redis_url is not None and not isinstance(started, str)
        server, public_url = started
        users = bench_load.make_users(server, "fake", 6)
        users_file.write_text(json.dumps(users))
        result = bench_load.run(framework, public_url, redis_url, str(users_file), 2, 3, 1.5)
        assert result["requests"] > 20 and result["failed"] == 0
        assert result["cross_user"] == 0
        # One cache for both servers: each user misses once after the flush (a few more when threads miss
        # together), far fewer calls than requests.
        assert len(users) <= result["kratos_calls"] < result["requests"] / 2

        # The check itself: with every token paired with another user's email, every answer is "wrong".
        swapped = [(token, users[(i + 1) % len(users)][1]) for i, (token, _) in enumerate(users)]
        users_file.write_text(json.dumps(swapped))
        bad = bench_load.run(framework, public_url, redis_url, str(users_file), 1, 2, 0.5)
        assert bad["requests"] > 0 and bad["cross_user"] == bad["requests"]
