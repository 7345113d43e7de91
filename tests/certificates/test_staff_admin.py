import pytest

from certificates.models import Certificate, CertificateEvent
from tests.certificates.builders import (
    make_certificate_type,
    make_certification_officer,
    make_valid_certificate,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def valid_certificate():
    return make_valid_certificate()


def test_a_certification_officer_revokes_a_certificate_with_a_reason(client, valid_certificate):
    officer = make_certification_officer()
    client.force_login(officer)

    response = client.post(
        f"/admin/certificates/{valid_certificate.number}/revoke/", {"reason": "Fraud found"}
    )

    valid_certificate.refresh_from_db()
    assert response.status_code == 302
    assert valid_certificate.status() == Certificate.Status.REVOKED
    event = valid_certificate.events.get(kind=CertificateEvent.Kind.REVOKED)
    assert (event.actor, event.reason) == (officer, "Fraud found")


def test_a_certification_officer_finds_and_opens_a_certificate(client, valid_certificate):
    client.force_login(make_certification_officer())

    listing = client.get("/admin/certificates/", {"q": valid_certificate.holder_name})
    detail = client.get(f"/admin/certificates/{valid_certificate.number}/")

    assert valid_certificate.number in listing.content.decode()
    assert detail.status_code == 200
    assert valid_certificate.code in detail.content.decode()


def test_a_certificate_by_hand_is_requested_with_a_reason_and_issued_on_approval(client):
    """Issuing by hand used to be one staff member's click; now it takes two officers."""
    from certificates.models import ManualIssueRequest

    requester, approver = make_certification_officer(), make_certification_officer()
    holder = make_user(full_name="手工颁发")
    client.force_login(requester)

    response = client.post(
        "/admin/certificates/issue/",
        {
            "certificate_type": make_certificate_type("CPA").pk,
            "holder_email": holder.email,
            "completed_on": "2026-06-01",
            "reason": "Passed the paper exam in 2026",
        },
    )
    issued_before_approval = Certificate.objects.filter(holder=holder).exists()
    client.force_login(approver)
    client.post(
        f"/admin/certificates/requests/{ManualIssueRequest.objects.get(holder=holder).pk}/approve/"
    )

    certificate = Certificate.objects.get(holder=holder)
    assert response.status_code == 302
    assert not issued_before_approval
    assert certificate.issue_reason == Certificate.Reason.MANUAL
    assert certificate.events.get(kind=CertificateEvent.Kind.REQUESTED).reason == (
        "Passed the paper exam in 2026"
    )


def test_non_staff_cannot_change_certificates(client, valid_certificate):
    client.force_login(make_user())

    response = client.post(
        f"/admin/certificates/{valid_certificate.number}/revoke/", {"reason": "Mischief"}
    )

    valid_certificate.refresh_from_db()
    assert response.status_code in (302, 403)
    assert valid_certificate.status() == Certificate.Status.VALID


def test_an_administrator_sets_the_refresher_course_of_a_certificate_type(client):
    from tests.courses.builders import build_course

    certificate_type = make_certificate_type("CPU1")
    refresher = build_course()
    client.force_login(make_user(is_staff=True, is_superuser=True, mfa=True))
    edit_url = f"/admin/certificate_types/edit/{certificate_type.pk}/"
    form = client.get(edit_url).context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(refresher_course=refresher.pk, in_public_register="on")

    response = client.post(edit_url, data)

    certificate_type.refresh_from_db()
    assert response.status_code == 302
    assert certificate_type.refresher_course == refresher
    assert certificate_type.in_public_register


def test_plain_staff_cannot_edit_certificate_types(client):

    certificate_type = make_certificate_type("CPA")
    client.force_login(make_user(is_staff=True, mfa=True))

    response = client.get(f"/admin/certificate_types/edit/{certificate_type.pk}/")

    assert response.status_code in (302, 403)


def test_the_prefix_of_a_type_with_certificates_cannot_change():
    from django.core.exceptions import ValidationError

    certificate_type = make_valid_certificate().certificate_type
    assert certificate_type.certificates.exists()
    certificate_type.prefix = "CPX"

    with pytest.raises(ValidationError):
        certificate_type.full_clean()
