import re

import pytest
from django.core import mail

from accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def _signup(client, email="new.trainee@example.org"):
    return client.post(
        "/accounts/signup/",
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "full_name": "张三",
            "latin_name": "ZHANG San",
            "organisation": "示范咨询有限公司",
        },
    )


def test_signup_stores_profile_and_sends_verification_email(client):
    response = _signup(client)

    assert response.status_code == 302
    user = User.objects.get(email="new.trainee@example.org")
    assert (user.full_name, user.latin_name) == ("张三", "ZHANG San")
    assert user.preferred_language == "zh-hans"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.trainee@example.org"]


def test_unverified_user_cannot_log_in(client):
    _signup(client)
    client.logout()

    response = client.post(
        "/accounts/login/", {"login": "new.trainee@example.org", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/confirm-email/")
    assert "_auth_user_id" not in client.session


def test_verification_link_confirms_email_and_logs_in(client):
    _signup(client)
    link = re.search(r"https?://[^/]+(/accounts/confirm-email/[^\s]+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body

    confirm_page = client.get(link.group(1))
    response = client.post(link.group(1))

    assert confirm_page.status_code == 200
    assert response.status_code == 302
    user = User.objects.get(email="new.trainee@example.org")
    assert user.emailaddress_set.get().verified
    assert client.session["_auth_user_id"] == str(user.pk)


def test_english_signup_sets_english_as_preferred_language(client):
    client.post(
        "/en/accounts/signup/",
        {
            "email": "en.trainee@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "full_name": "Anna Lee",
        },
    )

    assert User.objects.get(email="en.trainee@example.org").preferred_language == "en"


def test_verified_user_logs_in_and_lands_in_their_language(client):
    UserFactory(email="reader@example.org", preferred_language="en")

    response = client.post(
        "/accounts/login/", {"login": "reader@example.org", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/account/"


def test_wrong_passwords_lock_the_account_even_for_the_right_password(client):
    UserFactory(email="target@example.org")
    for _ in range(5):
        failed = client.post("/accounts/login/", {"login": "target@example.org", "password": "x"})
        assert failed.status_code == 200

    response = client.post(
        "/accounts/login/", {"login": "target@example.org", "password": PASSWORD}
    )

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in response.content.decode() or (
        "登录失败次数过多" in response.content.decode()
    )


def test_password_reset_sends_a_reset_link(client):
    UserFactory(email="forgetful@example.org")

    response = client.post("/en/accounts/password/reset/", {"email": "forgetful@example.org"})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/en/accounts/password/reset/key/" in mail.outbox[0].body
