"""Tests of the demo data itself (what `make run` shows): the demo is loaded once per test
worker for this package, inside a transaction rolled back after its last test, so no other test
sees it. Every test here carries the `demo` marker and runs on one worker (see the xdist groups in
tests/conftest.py)."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.models import Page


@pytest.fixture(scope="package", autouse=True)
def demo_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        # What `make run` shows on a fresh database: the demo builds its own home pages and
        # catalogue, so the bare site the other tests share makes way (until the rollback).
        for page in Page.objects.filter(depth=2):
            page.delete()
        # Run what the loader leaves for after its commits (certificates issued for passed
        # exams, search index updates), as they run after `make run`.
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_initial_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
        yield
        transaction.set_rollback(True)
