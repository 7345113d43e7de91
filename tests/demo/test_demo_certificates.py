"""The demo's certificates (what `make run` shows): certificate types for its courses, the
trainee's certificate earned by passing the final exam, and a certificate in every status a
verifier can meet."""

import pytest

from certificates.models import Certificate, CertificateType

pytestmark = pytest.mark.django_db


def test_the_demo_has_certificate_types():
    assert CertificateType.objects.exists()


def test_passing_the_final_exam_issued_the_demo_trainees_certificate():
    certificate = Certificate.objects.get(
        holder__email="trainee@cphub.example", issue_reason=Certificate.Reason.EXAM_PASSED
    )

    assert certificate.exam_attempt.passed
    assert certificate.status() == Certificate.Status.VALID


def test_demo_data_holds_a_certificate_in_every_status():
    statuses = {certificate.status() for certificate in Certificate.objects.all()}

    assert set(Certificate.Status.values) <= statuses
