"""CSRF: every URL of the site refuses a state-changing request (POST, PUT, PATCH, DELETE)
without the CSRF token, except the few listed below with the reason they are exempt.

The requests come from a signed-in actor the URL lets in (a forged request rides on the
victim's session), through a client that enforces the checks as a browser's request would
meet them. The refusal is recognised by a failure view of our own, so a permission refusal
(also a 403) cannot pass for it.
"""

import json

import pytest
from django.http import HttpResponseForbidden
from django.test import Client, override_settings

from tests.security.matrix import Row
from tests.security.test_access_matrix import ROWS

pytestmark = pytest.mark.django_db

CSRF_REFUSAL_HEADER = "X-Test-CSRF-Refused"

# URL names that take unsafe requests without a token, and why that is safe.
EXEMPT = {
    "certificates_api:verify": (
        "The bulk verification API is for employers' scripts, which have no session: it reads "
        "only the request body, answers the same to everyone, and changes nothing."
    ),
}
# The open-data API answers only GET, HEAD and OPTIONS; anything else is a JSON 405 (its views
# are exempt so that scripts get that JSON answer rather than the HTML CSRF page).
READ_ONLY_API_PREFIX = "disclosure_api:"

# State-changing URLs of other projects that our visitors use.
OTHER_URLS = {
    "set_language": "/i18n/setlang/",
    "account_login": "/accounts/login/",
    "account_logout": "/accounts/logout/",
    "account_signup": "/accounts/signup/",
    "account_email": "/accounts/email/",
    "mfa_activate_totp": "/accounts/2fa/totp/activate/",
}


def csrf_refused(request, reason=""):
    response = HttpResponseForbidden(reason)
    response[CSRF_REFUSAL_HEADER] = "1"
    return response


@pytest.fixture(scope="module")
def csrf_clients(world, django_db_blocker) -> dict:
    from tests.security.world import ACTORS

    signed = {}
    with django_db_blocker.unblock():
        for actor in ACTORS:
            client = Client(enforce_csrf_checks=True, raise_request_exception=False)
            user = world.user(actor)
            if user is not None:
                client.force_login(user)
            signed[actor] = client
    return signed


def _actor(row: Row) -> str:
    return row.allowed_actor() or "owner"


PROTECTED = [
    row for row in ROWS if row.name not in EXEMPT and not row.name.startswith(READ_ONLY_API_PREFIX)
]


@override_settings(CSRF_FAILURE_VIEW="tests.security.test_csrf.csrf_refused")
@pytest.mark.parametrize("row", PROTECTED, ids=lambda row: row.id)
def test_unsafe_requests_without_a_token_are_refused(row, world, csrf_clients):
    client = csrf_clients[_actor(row)]
    url = row.url(world)
    accepted = []
    for method in ("post", "put", "patch", "delete"):
        data = row.data(world) if row.data and method == "post" else {}
        response = getattr(client, method)(url, data)
        if response.get(CSRF_REFUSAL_HEADER) != "1":
            accepted.append(f"{method.upper()} → {response.status_code}")

    assert not accepted, f"{url} takes unsafe requests without a CSRF token: {accepted}"


@override_settings(CSRF_FAILURE_VIEW="tests.security.test_csrf.csrf_refused")
@pytest.mark.parametrize("name", sorted(OTHER_URLS))
def test_sign_in_language_and_account_forms_need_the_token(name, csrf_clients):
    response = csrf_clients["owner"].post(OTHER_URLS[name], {})

    assert response.get(CSRF_REFUSAL_HEADER) == "1", f"{name}: {response.status_code}"


def test_every_exempt_url_is_a_url_of_the_site():
    names = {row.name for row in ROWS}

    assert set(EXEMPT) <= names


@override_settings(CSRF_FAILURE_VIEW="tests.security.test_csrf.csrf_refused")
def test_the_read_only_api_refuses_unsafe_methods_whoever_asks(world, csrf_clients):
    rows = [row for row in ROWS if row.name.startswith(READ_ONLY_API_PREFIX)]
    answered = []
    assert rows
    for row in rows:
        for method in ("post", "put", "patch", "delete"):
            response = getattr(csrf_clients["reviewer"], method)(row.url(world))
            if response.status_code not in (404, 405):
                answered.append(f"{method.upper()} {row.url(world)} → {response.status_code}")

    assert not answered


def test_the_bulk_api_ignores_the_session_it_is_sent_with(world, csrf_clients):
    body = json.dumps({"codes": [world.certificate.code]})
    signed_in = csrf_clients["officer"].post(
        "/api/v1/certificates/verify", body, content_type="application/json"
    )
    anonymous = Client(enforce_csrf_checks=True).post(
        "/api/v1/certificates/verify", body, content_type="application/json"
    )

    def without_time(response):
        data = response.json()
        assert data["results"]
        for result in data["results"]:
            if result["certificate"]:
                result["certificate"].pop("checked_at", None)
        return data

    assert signed_in.status_code == anonymous.status_code == 200
    assert without_time(signed_in) == without_time(anonymous)
    assert not signed_in.cookies
    assert "Cookie" not in signed_in.get("Vary", "")
