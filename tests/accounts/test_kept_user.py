"""The signed-in user is kept between requests (accounts.backends), and any change to the row
shows on the very next request: a deactivated account or a changed password signs the session
out, an edited name shows."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

OVERVIEW = "/en/account/"


@pytest.fixture
def signed_in(client):
    user = make_user()
    client.force_login(user)
    assert client.get(OVERVIEW).status_code == 200  # the user is kept now
    return client, user


def test_a_kept_user_is_not_read_from_the_database_again(signed_in):
    client, _user = signed_in

    with CaptureQueriesContext(connection) as context:
        assert client.get(OVERVIEW).status_code == 200

    users_read = [query for query in context.captured_queries if "accounts_user" in query["sql"]]
    assert not any('FROM "accounts_user" WHERE' in query["sql"] for query in users_read)


def test_a_deactivated_account_is_signed_out_on_the_next_request(signed_in):
    client, user = signed_in

    user.is_active = False
    user.save()

    assert client.get(OVERVIEW).status_code == 302


def test_an_account_deactivated_by_a_bulk_update_is_signed_out_on_the_next_request(signed_in):
    client, user = signed_in

    User.objects.filter(pk=user.pk).update(is_active=False)

    assert client.get(OVERVIEW).status_code == 302


def test_a_password_changed_elsewhere_signs_this_session_out_on_the_next_request(signed_in):
    client, user = signed_in

    user.set_password(PASSWORD + "-changed")
    user.save()

    assert client.get(OVERVIEW).status_code == 302


def test_a_deleted_account_is_signed_out_on_the_next_request(signed_in):
    client, user = signed_in

    user.delete()

    assert client.get(OVERVIEW).status_code == 302


def test_an_edited_name_shows_on_the_next_request(signed_in):
    client, user = signed_in

    User.objects.filter(pk=user.pk).update(full_name="改过的名字")

    assert "改过的名字" in client.get(OVERVIEW).content.decode()


def test_each_session_gets_its_own_user(signed_in):
    client, user = signed_in
    other = make_user()
    other_client = Client()
    other_client.force_login(other)

    assert client.get(OVERVIEW).context["user"].pk == user.pk
    assert other_client.get(OVERVIEW).context["user"].pk == other.pk
