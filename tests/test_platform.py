import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parent.parent


def _run_with_production_settings(code: str, **env) -> subprocess.CompletedProcess:
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DATABASE_URL",
            "REDIS_URL",
            "SITE_BASE_URL",
            "TRUSTED_PROXY_COUNT",
        }
    }
    clean_env.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, *code.split()],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = _run_with_production_settings(
        "manage.py check", ALLOWED_HOSTS="cphub.example", DATABASE_URL="sqlite:////tmp/x.db"
    )

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_the_deployment_checklist_without_warnings():
    result = _run_with_production_settings(
        "manage.py check --deploy --fail-level WARNING",
        SECRET_KEY="x" * 30 + "-a-long-random-secret-for-the-deploy-check-only",
        ALLOWED_HOSTS="cphub.example",
        CSRF_TRUSTED_ORIGINS="https://cphub.example",
        DATABASE_URL="sqlite:////tmp/cphub-deploy-check.db",
        REDIS_URL="redis://127.0.0.1:6379/15",
        SITE_BASE_URL="https://cphub.example",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_healthz_answers_ok_with_one_trivial_query(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


# The demo loader's own tests (a second run changes nothing, the logins it prints) are in
# tests/demo/test_demo_site.py, which loads the demo once for all of them.


@pytest.mark.django_db
@override_settings(DEBUG=False, TESTING=False)
def test_demo_loader_refuses_to_run_on_a_production_server():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Refusing"):
        call_command("load_initial_data")


def _redis_is_reachable(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=2).ping())
    except redis.RedisError:
        return False


def test_redis_url_puts_cache_and_sessions_on_redis():
    """With REDIS_URL set (as in production), the cache round-trips through a real Redis."""
    redis_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    if not _redis_is_reachable(redis_url) and not os.environ.get("REQUIRE_REDIS"):
        pytest.skip(f"no Redis at {redis_url} (CI sets REQUIRE_REDIS=1 and starts one)")
    code = (
        "import django; django.setup(); "
        "from django.conf import settings; from django.core.cache import cache; "
        "cache.set('cphub-redis-check', 'ok', 30); "
        "print(settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE, "
        "cache.get('cphub-redis-check'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "REDIS_URL": redis_url,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "core.redis_cache.ReusingRedisCache",
        "django.contrib.sessions.backends.cached_db",
        "ok",
    ]
