"""Rate limits count each client behind the proxy, not the proxy (issue 10, finding 6)."""

import pytest
from allauth.account.adapter import get_adapter
from allauth.usersessions.models import UserSession
from django.test import RequestFactory, override_settings

from core import ratelimit
from tests.certificates.builders import make_certificate
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NGINX = "127.0.0.1"


def lookup(client, code: str, forwarded: str):
    return client.get(
        f"/api/v1/certificates/{code}", REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR=forwarded
    )


@pytest.fixture
def code():
    return make_certificate().code


@override_settings(TRUSTED_PROXY_COUNT=1, CERTIFICATE_LOOKUP_RATE="2/m")
def test_behind_the_proxy_one_client_cannot_use_up_everyone_s_allowance(client, code):
    for _ in range(2):
        assert lookup(client, code, "203.0.113.9").status_code == 200

    assert lookup(client, code, "203.0.113.9").status_code == 429
    assert lookup(client, code, "198.51.100.20").status_code == 200


@override_settings(TRUSTED_PROXY_COUNT=1, CERTIFICATE_LOOKUP_RATE="2/m")
def test_forging_x_forwarded_for_does_not_reset_the_allowance(client, code):
    # The client writes its own header; nginx appends the address it really came from.
    for forged in ("192.0.2.1", "192.0.2.2"):
        assert lookup(client, code, f"{forged}, 203.0.113.9").status_code == 200

    assert lookup(client, code, "192.0.2.3, 203.0.113.9").status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1, CERTIFICATE_LOOKUP_RATE="2/m")
def test_rotating_ipv6_addresses_within_a_64_does_not_reset_the_allowance(client, code):
    for address in ("2001:db8:5:6::1", "2001:db8:5:6::2"):
        assert lookup(client, code, address).status_code == 200

    assert lookup(client, code, "2001:db8:5:6:abcd::3").status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1, DISCLOSURE_API_RATE="1/m")
def test_the_open_data_api_counts_per_client_too(client):
    def enterprises(forwarded):
        return client.get("/api/v1/enterprises", REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR=forwarded)

    assert enterprises("203.0.113.9").status_code == 200
    assert enterprises("203.0.113.9").status_code == 429
    assert enterprises("198.51.100.20").status_code == 200


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_allauth_sees_the_same_client_address():
    request = RequestFactory().get(
        "/", REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.9"
    )

    assert get_adapter(request).get_client_ip(request) == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=3)
def test_allauth_survives_a_short_header():
    # allauth's own reader raises ImproperlyConfigured (a server error) here.
    request = RequestFactory().get("/", REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert get_adapter(request).get_client_ip(request) == NGINX


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_the_sessions_list_records_the_client_address(client):
    user = UserFactory(email="seen@example.org")

    response = client.post(
        "/accounts/login/",
        {"login": "seen@example.org", "password": PASSWORD},
        REMOTE_ADDR=NGINX,
        HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.9",
    )

    assert response.status_code == 302
    assert UserSession.objects.get(user=user).ip == "203.0.113.9"


def test_allauth_login_limits_count_per_client(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "2/m/ip"}
    UserFactory(email="target@example.org")

    def fail(forwarded) -> str:
        return client.post(
            "/en/accounts/login/",
            {"login": "target@example.org", "password": "wrong"},
            REMOTE_ADDR=NGINX,
            HTTP_X_FORWARDED_FOR=forwarded,
        ).content.decode()

    for _ in range(2):
        assert "Too many failed login attempts" not in fail("203.0.113.9")

    assert "Too many failed login attempts" in fail("203.0.113.9")
    assert "Too many failed login attempts" not in fail("198.51.100.20")


def test_consume_grants_up_to_the_limit_and_counts_refusals():
    first = ratelimit.consume(scope="test", identity="a", rate="5/h", amount=3)
    second = ratelimit.consume(scope="test", identity="a", rate="5/h", amount=3)
    third = ratelimit.consume(scope="test", identity="a", rate="5/h", amount=1)
    other = ratelimit.consume(scope="test", identity="b", rate="5/h", amount=5)

    assert (first.granted, first.remaining, first.retry_after) == (3, 2, None)
    assert (second.granted, second.remaining) == (2, 0)
    assert second.retry_after is not None and 0 < second.retry_after <= 3600
    assert third.granted == 0
    assert (other.granted, other.retry_after) == (5, None)


@pytest.mark.parametrize("text", ["", "60", "m/60", "sixty/m", "60/w", "-1/m"])
def test_malformed_rates_are_refused(text):
    with pytest.raises(ValueError, match="Not a rate"):
        ratelimit.parse_rate(text)


def _redis_url() -> str:
    import os

    import redis

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError:
        if os.environ.get("REQUIRE_REDIS"):
            raise
        pytest.skip(f"no Redis at {url} (CI sets REQUIRE_REDIS=1 and starts one)")
    return url


def test_on_redis_a_window_counts_every_lookup_and_expires():
    import secrets

    from django.core.cache import cache

    redis_cache = {
        "default": {
            "BACKEND": "core.redis_cache.ReusingRedisCache",
            "LOCATION": _redis_url(),
            "KEY_PREFIX": f"ratelimit-test-{secrets.token_hex(4)}",
        }
    }
    with override_settings(CACHES=redis_cache):
        client = cache._cache.get_client(write=True)
        verdicts = [
            ratelimit.consume(scope="redis-test", identity="203.0.113.7", rate="2/m")
            for _ in range(3)
        ]
        keys = client.keys(f"{redis_cache['default']['KEY_PREFIX']}:*")
        ttl = client.ttl(keys[0])
        client.delete(*keys)

    assert [verdict.retry_after is None for verdict in verdicts] == [True, True, False]
    assert len(keys) == 1
    assert 0 < ttl <= 61
