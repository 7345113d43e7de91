"""Fixtures of the security suite: one world per test module, clients per actor."""

import pytest
from django.db import transaction
from django.test import Client
from django.utils import translation

from tests.security.world import World, build_world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker) -> World:
    """The suite's people and objects, built once per module in a transaction that is rolled
    back after the module (each test runs in a savepoint inside it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        with translation.override("zh-hans"):
            built = build_world()
        yield built
        transaction.set_rollback(True)


@pytest.fixture
def client_for(world, db):
    """A test client signed in as ``actor`` (anonymous: signed out); 500s come back as
    responses instead of exceptions."""

    def make(actor: str, **options) -> Client:
        client = Client(raise_request_exception=False, **options)
        user = world.user(actor)
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture(scope="module")
def clients(world, django_db_blocker) -> dict:
    """One client per actor, signed in once for the module (sessions live in the database,
    in the module's transaction); 500s come back as responses instead of exceptions."""
    from tests.security.world import ACTORS

    signed = {}
    with django_db_blocker.unblock():
        for actor in ACTORS:
            client = Client(raise_request_exception=False)
            user = world.user(actor)
            if user is not None:
                client.force_login(user)
            signed[actor] = client
    return signed
