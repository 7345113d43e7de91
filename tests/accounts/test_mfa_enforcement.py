import pytest
from allauth.mfa.models import Authenticator
from django.http import HttpResponse
from django.test import RequestFactory

from accounts.permissions import role_required
from accounts.roles import Role
from tests.factories import PASSWORD, current_totp_code, enable_totp, make_user

pytestmark = pytest.mark.django_db


def test_anonymous_admin_visit_goes_to_the_allauth_login(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_admin_login_form_redirects_to_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"


def test_staff_without_mfa_is_refused_the_admin_until_mfa_is_set(client):
    editor = make_user(role=Role.EDITOR)
    client.force_login(editor)

    refused = client.get("/admin/")
    enable_totp(editor)
    allowed = client.get("/admin/")

    assert refused.status_code == 302
    assert refused["Location"] == "/accounts/2fa/totp/activate/"
    assert allowed.status_code == 200


def test_superuser_without_mfa_is_refused_the_admin(client):
    admin = make_user(is_staff=True, is_superuser=True)
    client.force_login(admin)

    assert client.get("/admin/pages/")["Location"] == "/accounts/2fa/totp/activate/"


def test_login_with_mfa_asks_for_the_code_before_granting_the_admin(client):
    editor = make_user(role=Role.EDITOR)
    secret = enable_totp(editor)

    first_step = client.post("/accounts/login/", {"login": editor.email, "password": PASSWORD})
    admin_before_code = client.get("/admin/")
    second_step = client.post("/accounts/2fa/authenticate/", {"code": current_totp_code(secret)})
    admin_after_code = client.get("/admin/")

    assert first_step["Location"] == "/accounts/2fa/authenticate/"
    assert admin_before_code.status_code == 302
    assert second_step.status_code == 302
    assert admin_after_code.status_code == 200


def test_trainee_without_a_role_needs_no_mfa(client):
    trainee = make_user()
    client.force_login(trainee)

    response = client.get("/account/")

    assert response.status_code == 200
    assert not Authenticator.objects.filter(user=trainee).exists()


def _protected_view(request):
    return HttpResponse("secret roster")


protected = role_required(Role.REVIEWER)(_protected_view)


def _request(user):
    request = RequestFactory().get("/reviewer/roster/")
    request.user = user
    request.session = {}
    request._messages = type("M", (), {"add": lambda *a, **k: None})()
    return request


def test_role_required_sends_anonymous_users_to_login():
    from django.contrib.auth.models import AnonymousUser

    response = protected(_request(AnonymousUser()))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_role_required_refuses_users_without_the_role():
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        protected(_request(make_user(role=Role.DISCLOSER, mfa=True)))


def test_role_required_sends_role_holders_without_mfa_to_set_it_up():
    response = protected(_request(make_user(role=Role.REVIEWER)))

    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/"


def test_role_required_admits_role_holders_with_mfa():
    response = protected(_request(make_user(role=Role.REVIEWER, mfa=True)))

    assert response.content == b"secret roster"
