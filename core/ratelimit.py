"""Fixed-window rate limits, counted in Django's cache.

In production the cache is Redis (``REDIS_URL``, required there), shared by every worker and
server; a per-process memory cache would give each worker its own count, which is no limit at
all. Requests are counted per client as ``core.client.rate_limit_key`` derives it (the address
behind the trusted proxies; IPv6 per /64). Other callers count per account with ``consume``.

Rates are written like ``"60/m"``: a number of requests per second (s), minute (m), hour (h)
or day (d), optionally with a multiplier (``"100/5m"``).
"""

import math
import re
import time
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from core import page_cache
from core.client import rate_limit_key

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


@dataclass(frozen=True)
class Rate:
    limit: int
    seconds: int


def parse_rate(text: str) -> Rate:
    match = _RATE.match(text or "")
    if match is None:
        raise ValueError(f"Not a rate: {text!r} (expected e.g. '60/m')")
    limit, multiplier, unit = match.groups()
    return Rate(limit=int(limit), seconds=int(multiplier or 1) * PERIODS[unit])


@dataclass(frozen=True)
class Verdict:
    """The outcome of counting: how many of the units asked for were granted, the window's
    limit, what is left in it, and (when not everything was granted) the seconds until it
    resets."""

    limit: int
    remaining: int
    retry_after: int | None
    granted: int = 1


def _count(key: str, amount: int, *, timeout: int) -> int:
    """Add ``amount`` to the counter ``key`` (created with ``timeout``); the new value. On
    Redis one round trip (SET NX EX and INCRBY in one MULTI/EXEC) instead of three (add, and
    Django's incr(), which asks EXISTS first)."""
    from django.core.cache import DEFAULT_CACHE_ALIAS, caches
    from django.core.cache.backends.redis import RedisCache

    backend = caches[DEFAULT_CACHE_ALIAS]
    if isinstance(backend, RedisCache):
        redis_key = backend.make_and_validate_key(key)
        client = backend._cache.get_client(redis_key, write=True)
        with client.pipeline(transaction=True) as pipe:
            pipe.set(redis_key, 0, nx=True, ex=timeout)
            pipe.incrby(redis_key, amount)
            return int(pipe.execute()[1])
    # add() is a no-op if the key exists; incr() is atomic in locmem.
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key, amount)
    except ValueError:  # expired between add() and incr()
        cache.set(key, amount, timeout=timeout)
        return amount


def consume(*, scope: str, identity: str, rate: str, amount: int = 1) -> Verdict:
    """Count ``amount`` units for ``identity`` in ``scope``. The first units up to the limit
    are granted; refused units still count, so hammering a closed window does not reopen it."""
    parsed = parse_rate(rate)
    now = time.time()
    window_start = int(now // parsed.seconds) * parsed.seconds
    key = f"ratelimit:{scope}:{identity}:{window_start}"
    amount = max(0, amount)
    used = cache.get(key, 0) if amount == 0 else _count(key, amount, timeout=parsed.seconds + 1)
    granted = max(0, min(amount, parsed.limit - (used - amount)))
    retry_after = None
    if granted < amount:
        retry_after = max(1, math.ceil(window_start + parsed.seconds - now))
    return Verdict(
        limit=parsed.limit,
        remaining=max(0, parsed.limit - used),
        retry_after=retry_after,
        granted=granted,
    )


def check(request, *, scope: str, rate: str, amount: int = 1) -> Verdict:
    """Count ``amount`` requests (or rows) from the client of ``request``."""
    # A page the server keeps (core.page_cache) is counted again each time it is served.
    page_cache.note_rate_limit(request, scope=scope, rate=rate, amount=amount)
    return consume(scope=scope, identity=rate_limit_key(request), rate=rate, amount=amount)


def rate_limited_message() -> str:
    return _("Too many lookups from your address. Please wait a moment and try again.")


def limit(*, scope: str, setting: str, default: str, respond, headers: bool = False):
    """Decorate a view: over the rate named by ``setting``, return ``respond(request, retry)``
    (which gets a ``Retry-After`` header and ``Cache-Control: no-store``). With ``headers``,
    every response also says ``X-RateLimit-Limit`` and ``X-RateLimit-Remaining``."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            verdict = check(request, scope=scope, rate=getattr(settings, setting, default))
            if verdict.retry_after is None:
                response = view(request, *args, **kwargs)
            else:
                response = refuse(respond(request, verdict.retry_after), verdict.retry_after)
            if headers:
                page_cache.note_rate_limit_headers(request, scope=scope)
                response["X-RateLimit-Limit"] = str(verdict.limit)
                response["X-RateLimit-Remaining"] = str(verdict.remaining)
            return response

        return wrapped

    return decorator


def refuse(response, retry_after: int):
    """Make ``response`` a 429 that says when to come back and is never cached."""
    response.status_code = 429
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response
