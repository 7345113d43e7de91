"""A small fixed-window rate limiter for public lookups (certificates, the open-data API).

Counts live in Django's cache (Redis in production, local memory in development and tests),
keyed by the client's address as Django sees it: ``request.META["REMOTE_ADDR"]``. Behind a
reverse proxy, the proxy must set REMOTE_ADDR to the real client address (e.g. nginx's
``real_ip`` module, or uwsgi/gunicorn configured to trust ``X-Forwarded-For`` from the proxy
only); otherwise every visitor shares the proxy's address and its limit.

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


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR") or "unknown"


@dataclass(frozen=True)
class Verdict:
    """The outcome of counting one request: the window's limit, the requests left in it, and
    (when over the limit) the seconds until it resets."""

    limit: int
    remaining: int
    retry_after: int | None


def check(request, *, scope: str, rate: str) -> Verdict:
    """Count one request and say whether it is allowed and how many are left."""
    parsed = parse_rate(rate)
    now = time.time()
    window_start = int(now // parsed.seconds) * parsed.seconds
    key = f"ratelimit:{scope}:{client_address(request)}:{window_start}"
    # add() is a no-op if the key exists; incr() is atomic in Redis and locmem.
    cache.add(key, 0, timeout=parsed.seconds + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=parsed.seconds + 1)
        count = 1
    remaining = max(0, parsed.limit - count)
    if count <= parsed.limit:
        return Verdict(limit=parsed.limit, remaining=remaining, retry_after=None)
    retry_after = max(1, math.ceil(window_start + parsed.seconds - now))
    return Verdict(limit=parsed.limit, remaining=0, retry_after=retry_after)


def hit(request, *, scope: str, rate: str) -> int | None:
    """Count one request; None if allowed, else the seconds until the window resets."""
    return check(request, scope=scope, rate=rate).retry_after


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
                response = respond(request, verdict.retry_after)
                response.status_code = 429
                response["Retry-After"] = str(verdict.retry_after)
                response["Cache-Control"] = "no-store"
            if headers:
                response["X-RateLimit-Limit"] = str(verdict.limit)
                response["X-RateLimit-Remaining"] = str(verdict.remaining)
            return response

        return wrapped

    return decorator
