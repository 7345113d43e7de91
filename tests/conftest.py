import pytest
from django.core.cache import cache

from tests.factories import build_site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the bare site (home pages and course catalogue in both
    languages); each test builds the rest with the factories and builders."""
    with django_db_blocker.unblock():
        build_site()


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate limits and login lockouts live in the cache; tests must not leak them.
    cache.clear()
    yield
    cache.clear()
