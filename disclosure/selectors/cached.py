"""Figures over many rows kept in the cache until the disclosure data changes.

Kept through ``core.page_cache.kept`` under the generation of the disclosure scope, which any
write to a disclosure table renews (at once and again after the commit), and today's date
(filing statuses depend on it): a kept figure is never older than the data. Each process also
holds its own copy of what it read last (the key names one value for good), so a kept value
read again costs only the generation, which a request reads once (``request``).
"""

import json
from collections.abc import Callable
from typing import TypeVar

from core import page_cache

T = TypeVar("T")
TIMEOUT = 600  # seconds: a bound for figures nothing announced a change of


def kept_until_disclosure_changes(
    *, name: str, parts: list, compute: Callable[[], T], request=None
) -> T:
    """``compute()``, or what it gave last time for the same ``name`` and ``parts`` (JSON
    values) since the disclosure data last changed, today. With ``request``, under the
    generation that request renders under (read once per request)."""
    return page_cache.kept(
        scope=page_cache.DISCLOSURE,
        name=f"disclosure:{name}",
        parts=[json.dumps(parts, ensure_ascii=True)],
        compute=compute,
        request=request,
        timeout=TIMEOUT,
    )
