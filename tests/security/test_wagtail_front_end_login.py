"""The site has one sign-in (allauth, with its rate limits and two-factor step): Wagtail's own
password-only front-end login only sends visitors on to it."""

import pytest

from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def test_wagtails_password_only_login_signs_nobody_in(client):
    user = make_user()

    response = client.post("/_util/login/", {"username": user.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert "_auth_user_id" not in client.session


def test_wagtails_login_address_leads_to_the_sign_in_page(client):
    response = client.get("/_util/login/?next=/en/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/en/"
