import pytest
from django.db import transaction


@pytest.fixture(scope="module")
def content_site(django_db_setup, django_db_blocker):
    """The small public site of tests.content.builders.build_content_site, built once per test
    module in a transaction rolled back after the module's last test; each test runs in a
    savepoint inside it, so what a test changes in the database is gone for the next one.
    Tests read pages again from the database before relying on what another test may change."""
    from tests.content.builders import build_content_site

    with django_db_blocker.unblock(), transaction.atomic():
        yield build_content_site()
        transaction.set_rollback(True)
