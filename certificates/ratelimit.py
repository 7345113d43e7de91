"""A small fixed-window rate limiter for public certificate lookups.

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


def hit(request, *, scope: str, rate: str) -> int | None:
    """Count one request; None if allowed, else the seconds until the window resets."""
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
    if count <= parsed.limit:
        return None
    return max(1, math.ceil(window_start + parsed.seconds - now))


def rate_limited_message() -> str:
    return _("Too many lookups from your address. Please wait a moment and try again.")


def limit(*, scope: str, setting: str, default: str, respond):
    """Decorate a view: over the rate named by ``setting``, return ``respond(request, retry)``
    (which gets a ``Retry-After`` header and ``Cache-Control: no-store``)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            retry_after = hit(request, scope=scope, rate=getattr(settings, setting, default))
            if retry_after is None:
                return view(request, *args, **kwargs)
            response = respond(request, retry_after)
            response.status_code = 429
            response["Retry-After"] = str(retry_after)
            response["Cache-Control"] = "no-store"
            return response

        return wrapped

    return decorator
