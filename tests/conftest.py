import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the demo site, the way `make run` leaves it."""
    with django_db_blocker.unblock():
        call_command("load_initial_data", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate limits and login lockouts live in the cache; tests must not leak them.
    cache.clear()
    yield
    cache.clear()
