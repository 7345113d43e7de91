"""Fixtures of the security suite: one world for the package (per test worker), clients per
actor."""

import pytest
from django.db import transaction
from django.test import Client
from django.utils import translation

from tests.security.world import World, build_world


@pytest.fixture(scope="package")
def world(django_db_setup, django_db_blocker) -> World:
    """The suite's people and objects, built once for this package (per test worker) in a
    transaction that is rolled back after its last test; each test runs in a savepoint inside
    it, so nothing a test does reaches the next. Tests must not change these Python objects."""
    with django_db_blocker.unblock(), transaction.atomic():
        with translation.override("zh-hans"):
            built = build_world()
        yield built
        transaction.set_rollback(True)


@pytest.fixture(scope="package")
def clients(world, django_db_blocker) -> dict:
    """One client per actor, signed in once (sessions live in the database, in the world's
    transaction); 500s come back as responses instead of exceptions."""
    from tests.security.world import ACTORS

    signed = {}
    with django_db_blocker.unblock():
        for actor in (*ACTORS, "administrator"):
            client = Client(raise_request_exception=False)
            user = world.user(actor)
            if user is not None:
                client.force_login(user)
            signed[actor] = client
    return signed
