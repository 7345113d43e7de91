import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from certificates.models import Certificate, CertificateEvent
from certificates.services import issue_certificate, issue_for_passed_exam, revoke, suspend
from exams.models import Attempt
from tests.certificates.builders import make_certificate_type, make_certification_officer
from tests.courses.builders import build_course
from tests.exams.builders import make_exam
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def auditor_type():
    certificate_type = make_certificate_type("CPA")
    certificate_type.refresher_course = build_course()
    certificate_type.save(update_fields=["refresher_course"])
    return certificate_type


def _certificate(certificate_type, holder, *, valid_until: datetime.date) -> Certificate:
    years = certificate_type.validity_years
    completed_on = valid_until.replace(year=valid_until.year - years)
    return issue_certificate(
        certificate_type=certificate_type,
        holder=holder,
        achievement_key=f"first-{holder.pk}",
        reason=Certificate.Reason.MANUAL,
        completed_on=completed_on,
    )


def _pass_refresher(certificate_type, holder, *, on: datetime.date) -> Certificate | None:
    exam = make_exam(course=certificate_type.refresher_course, is_final=True)
    moment = timezone.make_aware(datetime.datetime.combine(on, datetime.time(11)))
    attempt = Attempt.objects.create(
        exam=exam,
        user=holder,
        number=1,
        status=Attempt.Status.RELEASED,
        started_at=moment - datetime.timedelta(minutes=40),
        deadline=moment,
        submitted_at=moment,
        graded_at=moment,
        released_at=moment,
        score=Decimal(18),
        max_score=Decimal(20),
        passed=True,
    )
    return issue_for_passed_exam(
        attempt=attempt, course=certificate_type.refresher_course, user=holder
    )


def test_passing_the_refresher_renews_the_certificate_and_links_the_old_one(auditor_type):
    holder = make_user(full_name="钱七")
    today = timezone.localdate()
    old = _certificate(auditor_type, holder, valid_until=today - datetime.timedelta(days=10))

    new = _pass_refresher(auditor_type, holder, on=today)

    old.refresh_from_db()
    assert new.replaces == old
    assert new.issue_reason == Certificate.Reason.RENEWAL
    assert new.number != old.number
    assert old.status() == Certificate.Status.REPLACED
    assert new.status() == Certificate.Status.VALID
    assert old.events.filter(kind=CertificateEvent.Kind.REPLACED).exists()


def test_a_renewal_after_expiry_runs_from_the_day_of_passing(auditor_type):
    holder = make_user()
    passed_on = datetime.date(2026, 6, 1)
    _certificate(auditor_type, holder, valid_until=datetime.date(2026, 1, 31))

    new = _pass_refresher(auditor_type, holder, on=passed_on)

    assert new.valid_until == datetime.date(2029, 6, 1)


def test_an_early_renewal_keeps_the_time_left_on_the_old_certificate(auditor_type):
    holder = make_user()
    _certificate(auditor_type, holder, valid_until=datetime.date(2026, 9, 30))

    new = _pass_refresher(auditor_type, holder, on=datetime.date(2026, 6, 1))

    assert new.valid_until == datetime.date(2029, 10, 1)


def test_a_certificate_with_more_than_a_year_left_is_not_renewed(auditor_type):
    holder = make_user()
    today = timezone.localdate()
    _certificate(auditor_type, holder, valid_until=today + datetime.timedelta(days=400))

    assert _pass_refresher(auditor_type, holder, on=today) is None
    assert Certificate.objects.filter(holder=holder).count() == 1


def test_the_refresher_gives_nothing_to_someone_never_certified(auditor_type):
    holder = make_user()

    assert _pass_refresher(auditor_type, holder, on=timezone.localdate()) is None
    assert not Certificate.objects.filter(holder=holder).exists()


@pytest.mark.parametrize("action", [suspend, revoke])
def test_a_suspended_or_revoked_certificate_cannot_be_renewed(auditor_type, action):
    holder = make_user()
    today = timezone.localdate()
    old = _certificate(auditor_type, holder, valid_until=today + datetime.timedelta(days=20))
    action(certificate=old, actor=make_certification_officer(), reason="Complaint")

    assert _pass_refresher(auditor_type, holder, on=today) is None


def test_the_renewal_shows_on_the_old_certificates_verification_page(auditor_type, client):
    holder = make_user()
    today = timezone.localdate()
    old = _certificate(auditor_type, holder, valid_until=today + datetime.timedelta(days=30))
    new = _pass_refresher(auditor_type, holder, on=today)

    response = client.get(f"/en/verify/{old.code}/")

    assert response.status_code == 200
    assert "Replaced" in response.content.decode()
    assert f"/verify/{new.code}/" in response.content.decode()
