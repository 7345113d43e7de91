"""Figures over many rows kept in the cache until the disclosure data changes.

The key holds the page cache's generation of the disclosure scope (``core.page_cache``),
which any write to a disclosure table renews (at once and again after the commit), and
today's date (filing statuses depend on it): a kept figure is never older than the data.
"""

import hashlib
import json
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.utils import timezone

from core import page_cache

T = TypeVar("T")
TIMEOUT = 600  # seconds: a bound for figures nothing announced a change of


def kept_until_disclosure_changes(*, name: str, parts: list, compute: Callable[[], T]) -> T:
    """``compute()``, or what it gave last time for the same ``name`` and ``parts`` (JSON
    values) since the disclosure data last changed, today."""
    generation = page_cache.current_generations([page_cache.DISCLOSURE])[page_cache.DISCLOSURE]
    raw = json.dumps([generation, str(timezone.localdate()), parts], ensure_ascii=True)
    key = f"cphub:disclosure:{name}:{hashlib.sha256(raw.encode()).hexdigest()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value
