"""The site has one sign-in (allauth, with its rate limits and two-factor step): Wagtail's own
password-only front-end login is not served."""

import pytest

from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def test_wagtails_password_only_login_is_not_served(client):
    user = make_user()

    response = client.post("/_util/login/", {"username": user.email, "password": PASSWORD})

    assert response.status_code == 404
    assert "_auth_user_id" not in client.session
