"""/.well-known/security.txt (RFC 9116): where to report a vulnerability."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

pytestmark = pytest.mark.django_db


@override_settings(
    SECURITY_CONTACTS=["mailto:security@cphub.example", "https://cphub.example/security"],
    SITE_BASE_URL="https://cphub.example",
)
def test_the_configured_contacts_are_published_with_an_expiry(client):
    response = client.get("/.well-known/security.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = [line.split(": ", 1) for line in response.content.decode().splitlines()]
    assert ["Contact", "mailto:security@cphub.example"] in fields
    assert ["Contact", "https://cphub.example/security"] in fields
    assert ["Canonical", "https://cphub.example/.well-known/security.txt"] in fields
    expires = datetime.datetime.fromisoformat(dict(fields)["Expires"].replace("Z", "+00:00"))
    assert timezone.now() < expires < timezone.now() + datetime.timedelta(days=365)


@override_settings(SECURITY_CONTACTS=[])
def test_without_a_contact_there_is_no_security_txt(client):
    assert client.get("/.well-known/security.txt").status_code == 404
