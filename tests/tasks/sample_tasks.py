"""Tasks that exist only for the tests of retries (importable by path, as a worker needs)."""

from django.core.cache import cache
from django_tasks import task


@task()
def fail_first(*, key: str, failures: int) -> int:
    """Fails on its first ``failures`` runs, then succeeds; returns the run it succeeded on."""
    run = cache.get(key, 0) + 1
    cache.set(key, run)
    if run <= failures:
        raise RuntimeError(f"failure on run {run}")
    return run
