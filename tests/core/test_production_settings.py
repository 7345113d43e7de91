"""Production refuses to start without a shared cache for rate limits (issue 10, finding 6) and
without its public address (finding 11)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "SECRET_KEY": "x" * 30 + "-a-long-random-secret-for-the-settings-check-only",
    "ALLOWED_HOSTS": "cphub.example",
    "DATABASE_URL": "sqlite:////tmp/cphub-settings-check.db",
    "REDIS_URL": "redis://127.0.0.1:6379/15",
    "SITE_BASE_URL": "https://cphub.example",
}
PRINT_SETTINGS = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.CACHES['default']['BACKEND'], settings.WAGTAILADMIN_BASE_URL, "
    "settings.TRUSTED_PROXY_COUNT, settings.DATABASES['default']['CONN_MAX_AGE'], "
    "settings.DATABASES['default']['CONN_HEALTH_CHECKS'])"
)


def start_production(*, without: str = "", **env) -> subprocess.CompletedProcess:
    """Load the production settings in a fresh interpreter, as gunicorn would."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {*REQUIRED, "TRUSTED_PROXY_COUNT", "DATABASE_CONN_MAX_AGE"}
    }
    environment.update(REQUIRED)
    environment.pop(without, None)
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_starts_with_everything_it_needs():
    result = start_production()

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "core.redis_cache.ReusingRedisCache",
        "https://cphub.example",
        "1",
        "60",
        "True",
    ]


def test_production_refuses_to_start_without_redis_for_its_rate_limits():
    result = start_production(without="REDIS_URL")

    assert result.returncode != 0
    assert "REDIS_URL must point at Redis in production" in result.stderr


def test_production_refuses_to_start_without_its_public_address():
    result = start_production(without="SITE_BASE_URL")

    assert result.returncode != 0
    assert "SITE_BASE_URL must be set" in result.stderr


@pytest.mark.parametrize("address", ["cphub.example", "https://", "ftp://cphub.example", " "])
def test_production_refuses_a_public_address_that_is_not_one(address):
    result = start_production(SITE_BASE_URL=address)

    assert result.returncode != 0
    assert "SITE_BASE_URL must be set" in result.stderr


def test_the_trusted_proxy_count_comes_from_the_environment():
    result = start_production(TRUSTED_PROXY_COUNT="2")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[2] == "2"


@pytest.mark.parametrize("count", ["two", "-1"])
def test_a_malformed_trusted_proxy_count_is_refused(count):
    result = start_production(TRUSTED_PROXY_COUNT=count)

    assert result.returncode != 0
    assert "TRUSTED_PROXY_COUNT must be the number of reverse proxies" in result.stderr


def test_the_database_connection_lifetime_comes_from_the_environment():
    result = start_production(DATABASE_CONN_MAX_AGE="0")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[3:] == ["0", "True"]


@pytest.mark.parametrize("seconds", ["-1", "a minute"])
def test_a_malformed_database_connection_lifetime_is_refused(seconds):
    result = start_production(DATABASE_CONN_MAX_AGE=seconds)

    assert result.returncode != 0
    assert "DATABASE_CONN_MAX_AGE" in result.stderr
