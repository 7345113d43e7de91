import pytest
from django.core.cache import cache
from django.db import connections

from tests.factories import build_site

# Packages whose tests share one costly set-up per worker run on a single worker (with
# `--dist loadgroup`, as `make test` runs), so only one worker pays for it: the demo data, and
# the browser journeys' live server (which loads the demo into its own database).
SINGLE_WORKER_PACKAGES = {"tests/demo/": "demo", "tests/browser/": "browser"}


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(items):
    for item in items:
        for package, group in SINGLE_WORKER_PACKAGES.items():
            if item.nodeid.startswith(package):
                item.add_marker(pytest.mark.xdist_group(group))
                if group == "demo":
                    item.add_marker(pytest.mark.demo)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the bare site (home pages and course catalogue in both
    languages); each test builds the rest with the factories and builders."""
    with django_db_blocker.unblock():
        build_site()
        # Transactional tests with serialized_rollback start from this snapshot: it must hold
        # the bare site too, not only what the migrations made.
        for alias in connections:
            if connections[alias].settings_dict["TEST"].get("SERIALIZE", True):
                connections[alias]._test_serialized_contents = connections[
                    alias
                ].creation.serialize_db_to_string()


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate limits and login lockouts live in the cache; tests must not leak them.
    cache.clear()
    yield
    cache.clear()
