import pytest

from certificates.models import Certificate, CertificateEvent
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def valid_certificate():
    return Certificate.objects.get(holder__email="trainee@cphub.example")


def test_staff_revoke_a_certificate_with_a_reason(client, valid_certificate):
    staff = make_user(is_staff=True, is_superuser=True, mfa=True)
    client.force_login(staff)

    response = client.post(
        f"/admin/certificates/{valid_certificate.number}/revoke/", {"reason": "Fraud found"}
    )

    valid_certificate.refresh_from_db()
    assert response.status_code == 302
    assert valid_certificate.status() == Certificate.Status.REVOKED
    event = valid_certificate.events.get(kind=CertificateEvent.Kind.REVOKED)
    assert (event.actor, event.reason) == (staff, "Fraud found")


def test_staff_find_and_open_a_certificate(client, valid_certificate):
    client.force_login(make_user(is_staff=True, is_superuser=True, mfa=True))

    listing = client.get("/admin/certificates/", {"q": valid_certificate.holder_name})
    detail = client.get(f"/admin/certificates/{valid_certificate.number}/")

    assert valid_certificate.number in listing.content.decode()
    assert detail.status_code == 200
    assert valid_certificate.code in detail.content.decode()


def test_staff_issue_a_certificate_by_hand_with_a_reason(client):
    staff = make_user(is_staff=True, is_superuser=True, mfa=True)
    holder = make_user(full_name="手工颁发")
    client.force_login(staff)
    from certificates.models import CertificateType

    response = client.post(
        "/admin/certificates/issue/",
        {
            "certificate_type": CertificateType.objects.get(prefix="CPA").pk,
            "holder_email": holder.email,
            "completed_on": "2026-06-01",
            "reason": "Passed the paper exam in 2026",
        },
    )

    certificate = Certificate.objects.get(holder=holder)
    assert response.status_code == 302
    assert certificate.issue_reason == Certificate.Reason.MANUAL
    assert certificate.events.get().reason == "Passed the paper exam in 2026"


def test_non_staff_cannot_change_certificates(client, valid_certificate):
    client.force_login(make_user())

    response = client.post(
        f"/admin/certificates/{valid_certificate.number}/revoke/", {"reason": "Mischief"}
    )

    valid_certificate.refresh_from_db()
    assert response.status_code in (302, 403)
    assert valid_certificate.status() == Certificate.Status.VALID
