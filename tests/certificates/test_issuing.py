import re
import threading
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone

from certificates import codes
from certificates.models import Certificate, CertificateEvent
from certificates.services import (
    issue_certificate,
    issue_for_passed_exam,
    reinstate,
    reissue_after_correction,
    revoke,
    suspend,
)
from tests.certificates.builders import (
    make_certificate_in_status,
    make_certificate_type,
    make_certification_officer,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def auditor_type():
    return make_certificate_type("CPA")


@pytest.fixture
def staff():
    """Certificates change only at a certification officer's hand."""
    return make_certification_officer()


def _issue(certificate_type, holder=None, key="k", completed_on=None):
    return issue_certificate(
        certificate_type=certificate_type,
        holder=holder or make_user(full_name="赵六", latin_name="ZHAO Liu"),
        achievement_key=key,
        reason=Certificate.Reason.MANUAL,
        completed_on=completed_on or timezone.localdate(),
    )


def test_numbers_are_sequential_per_type_and_year(auditor_type):
    first = _issue(auditor_type, key="a")
    second = _issue(auditor_type, key="b")

    year = timezone.localdate().year
    assert re.fullmatch(rf"CPA-{year}-\d{{6}}", first.number)
    assert int(second.number[-6:]) == int(first.number[-6:]) + 1


def test_codes_are_random_check_summed_and_unique(auditor_type):
    issued = [_issue(auditor_type, key=f"c{index}") for index in range(5)]

    assert len({certificate.code for certificate in issued}) == 5
    for certificate in issued:
        assert len(certificate.code) == 14
        assert codes.normalise(certificate.code) == certificate.code


def test_a_typo_in_a_code_is_caught_by_the_check_character():
    code = codes.new_code()
    changed = code[:3] + ("A" if code[3] != "A" else "B") + code[4:]
    swapped = code[:3] + code[4] + code[3] + code[5:]

    assert codes.normalise(changed) is None
    assert code[3] == code[4] or codes.normalise(swapped) is None
    assert codes.normalise(codes.display(code).lower()) == code


def test_issuing_the_same_achievement_twice_gives_one_certificate(auditor_type):
    holder = make_user()

    first = _issue(auditor_type, holder=holder, key="same")
    second = _issue(auditor_type, holder=holder, key="same")

    assert first.pk == second.pk
    assert Certificate.objects.filter(achievement_key="same").count() == 1


def test_issuing_records_an_event_and_emails_the_holder(
    auditor_type, django_capture_on_commit_callbacks
):
    holder = make_user(preferred_language="en")

    with django_capture_on_commit_callbacks(execute=True):
        certificate = _issue(auditor_type, holder=holder, key="mail")

    assert certificate.events.get().kind == CertificateEvent.Kind.ISSUED
    assert mail.outbox[0].to == [holder.email]
    assert f"/verify/{certificate.code}/" in mail.outbox[0].body


def test_validity_runs_from_completion_for_the_types_years(auditor_type):
    certificate = _issue(auditor_type, key="v", completed_on=date(2026, 3, 15))

    assert certificate.valid_until == date(2029, 3, 15)
    assert certificate.status(today=date(2029, 3, 15)) == Certificate.Status.VALID
    assert certificate.status(today=date(2029, 3, 16)) == Certificate.Status.EXPIRED


def test_passing_the_final_exam_issues_the_certificate(
    auditor_type, django_capture_on_commit_callbacks
):
    """A passing result of the course's final exam, once released, issues the certificate
    (exams' final_exam_passed event, received by the certificates app)."""
    from exams.services import release_due_results

    holder = make_user(full_name="李学员", latin_name="LI Ming")
    attempt = _passed_attempt(auditor_type, holder, 1, released=False)

    with django_capture_on_commit_callbacks(execute=True):
        released = release_due_results()

    certificate = Certificate.objects.get(
        holder=holder, issue_reason=Certificate.Reason.EXAM_PASSED
    )
    assert released == 1
    assert certificate.exam_attempt == attempt
    assert certificate.exam_attempt.passed
    assert certificate.status() == Certificate.Status.VALID


def test_the_exam_event_issues_once_however_often_it_fires(auditor_type):
    attempt = _passed_attempt(auditor_type, make_user(), 1)
    course = auditor_type.course
    first = issue_for_passed_exam(attempt=attempt, course=course, user=attempt.user)

    again = issue_for_passed_exam(attempt=attempt, course=course, user=attempt.user)
    once_more = issue_for_passed_exam(attempt=attempt, course=course, user=attempt.user)

    assert first.pk == again.pk == once_more.pk
    assert Certificate.objects.filter(exam_attempt=attempt).count() == 1


# serialized_rollback: an earlier transactional test may have emptied the database, the bare
# site included, under which the builders put the certificate type's course.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_concurrent_double_trigger_issues_once():
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite serialises writers; the unique constraint race is exercised on PostgreSQL"
        )
    certificate_type = make_certificate_type("CPA")
    holder = make_user()
    barrier = threading.Barrier(2)
    issued, errors = [], []

    def trigger():
        try:
            barrier.wait()
            issued.append(_issue(certificate_type, holder=holder, key="race").pk)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=trigger) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(set(issued)) == 1
    assert Certificate.objects.filter(achievement_key="race").count() == 1


def test_suspend_reinstate_and_revoke_keep_the_record_with_an_audit_trail(auditor_type, staff):
    certificate = _issue(auditor_type, key="life")

    suspend(certificate=certificate, actor=staff, reason="Complaint under review")
    reinstate(certificate=certificate, actor=staff, reason="Complaint dismissed")
    revoked = revoke(certificate=certificate, actor=staff, reason="Falsified report")

    assert revoked.status() == Certificate.Status.REVOKED
    assert revoked.state_reason == "Falsified report"
    assert list(revoked.events.values_list("kind", flat=True)) == [
        "issued",
        "suspended",
        "reinstated",
        "revoked",
    ]
    assert Certificate.objects.filter(pk=certificate.pk).exists()


def test_a_revoked_certificate_cannot_be_reinstated(auditor_type, staff):
    certificate = revoke(certificate=_issue(auditor_type, key="r"), actor=staff, reason="Fraud")

    with pytest.raises(ValidationError):
        reinstate(certificate=certificate, actor=staff, reason="Oops")


def test_state_changes_need_a_reason_and_a_certification_officer_with_mfa(auditor_type):
    certificate = _issue(auditor_type, key="p")

    with pytest.raises(PermissionDenied):
        revoke(certificate=certificate, actor=make_user(), reason="No")
    # Staff status (every instructor, reviewer and editor has it) is not enough.
    with pytest.raises(PermissionDenied):
        revoke(certificate=certificate, actor=make_user(is_staff=True, mfa=True), reason="Staff")
    with pytest.raises(PermissionDenied):
        revoke(certificate=certificate, actor=make_certification_officer(mfa=False), reason="No")
    with pytest.raises(ValidationError):
        revoke(certificate=certificate, actor=make_certification_officer(), reason=" ")
    certificate.refresh_from_db()
    assert certificate.status() == Certificate.Status.VALID


def test_two_passing_attempts_at_a_course_give_one_certificate(auditor_type):
    from tests.exams.builders import make_exam

    holder = make_user()
    exam = make_exam(course=auditor_type.course, is_final=True)
    first, second = (_passed_attempt(auditor_type, holder, number, exam) for number in (1, 2))

    issued = issue_for_passed_exam(attempt=first, course=auditor_type.course, user=holder)
    again = issue_for_passed_exam(attempt=second, course=auditor_type.course, user=holder)

    assert again.pk == issued.pk
    assert Certificate.objects.filter(holder=holder, certificate_type=auditor_type).count() == 1


def test_passing_again_after_a_revocation_gives_no_new_certificate(auditor_type, staff):
    holder = make_user()
    first = issue_for_passed_exam(
        attempt=_passed_attempt(auditor_type, holder, 1), course=auditor_type.course, user=holder
    )
    revoke(certificate=first, actor=staff, reason="Exam fraud")

    again = issue_for_passed_exam(
        attempt=_passed_attempt(auditor_type, holder, 2), course=auditor_type.course, user=holder
    )

    assert again.pk == first.pk
    assert again.status() == Certificate.Status.REVOKED


def test_a_certificate_keyed_on_its_attempt_counts_as_the_courses_certificate(auditor_type):
    """Certificates issued before the key named the course were keyed on the attempt."""
    holder = make_user()
    earlier_attempt = _passed_attempt(auditor_type, holder, 2)
    earlier = issue_certificate(
        certificate_type=auditor_type,
        holder=holder,
        achievement_key=f"exam-attempt-{earlier_attempt.pk}",
        reason=Certificate.Reason.EXAM_PASSED,
        completed_on=timezone.localdate(earlier_attempt.released_at),
        exam_attempt=earlier_attempt,
    )

    again = issue_for_passed_exam(
        attempt=_passed_attempt(auditor_type, holder, 1), course=auditor_type.course, user=holder
    )

    assert again.pk == earlier.pk
    assert Certificate.objects.filter(holder=holder, certificate_type=auditor_type).count() == 1


def _passed_attempt(certificate_type, holder, number: int, exam=None, *, released=True):
    """A released pass of the course's final exam (a new one unless ``exam`` is given); with
    ``released=False`` a graded pass whose result is not released yet."""
    from decimal import Decimal

    from exams.models import Attempt
    from tests.exams.builders import make_exam

    exam = exam or make_exam(course=certificate_type.course, is_final=True)
    moment = timezone.now() - timedelta(hours=number)
    return Attempt.objects.create(
        exam=exam,
        user=holder,
        number=number,
        status=Attempt.Status.RELEASED if released else Attempt.Status.GRADED,
        started_at=moment - timedelta(minutes=40),
        deadline=moment,
        submitted_at=moment,
        graded_at=moment,
        released_at=moment if released else None,
        score=Decimal(18),
        max_score=Decimal(20),
        passed=True,
    )


def test_a_name_correction_reissues_and_both_stay_verifiable(auditor_type, staff):
    holder = make_user(full_name="张3")
    old = _issue(auditor_type, holder=holder, key="name", completed_on=date(2026, 1, 5))
    holder.full_name = "张三"
    holder.save()

    new = reissue_after_correction(certificate=old, actor=staff, reason="Name corrected")

    old.refresh_from_db()
    assert new.holder_name == "张三" and old.holder_name == "张3"
    assert new.replaces == old
    assert old.status() == Certificate.Status.REPLACED
    assert new.status() == Certificate.Status.VALID
    assert new.valid_until == old.valid_until
    assert new.number != old.number


def test_every_status_a_verifier_can_meet_is_reached_through_the_services():
    statuses = {make_certificate_in_status(status).status() for status in Certificate.Status.values}

    assert statuses == set(Certificate.Status.values)


def test_expired_status_uses_the_valid_until_date(auditor_type):
    certificate = _issue(
        auditor_type, key="old", completed_on=timezone.localdate() - timedelta(days=4 * 365)
    )

    assert certificate.status() == Certificate.Status.EXPIRED


def test_expiry_reminders_go_out_once_at_90_and_30_days(
    auditor_type, django_capture_on_commit_callbacks
):
    from certificates.services import send_expiry_reminders

    certificate = _issue(auditor_type, key="remind", completed_on=date(2026, 1, 10))
    expiry = certificate.valid_until

    def reminders_on(day: date) -> int:
        # Other certificates may be due on the same day: count this one's reminders.
        send_expiry_reminders(today=day)
        return certificate.events.filter(kind=CertificateEvent.Kind.EXPIRY_REMINDER).count()

    with django_capture_on_commit_callbacks(execute=True):
        early = reminders_on(expiry - timedelta(days=120))
        first = reminders_on(expiry - timedelta(days=80))
        again = reminders_on(expiry - timedelta(days=79))
        second = reminders_on(expiry - timedelta(days=20))

    mine = [m for m in mail.outbox if certificate.number in m.subject]
    assert (early, first, again, second) == (0, 1, 1, 2)
    assert len(mine) == 2
    assert f"/verify/{certificate.code}/" in mine[0].body


@pytest.mark.parametrize("symbol", list("*~$=U"))
def test_codes_ending_in_a_check_symbol_verify_on_the_page_and_api(client, auditor_type, symbol):
    certificate = _issue(auditor_type, key=f"symbol-{symbol}")
    code = next(c for c in iter(codes.new_code, None) if c.endswith(symbol))
    Certificate.objects.filter(pk=certificate.pk).update(code=code)

    page = client.get(f"/en/verify/{code}/")
    api = client.get(f"/api/v1/certificates/{code}")

    assert page.status_code == 200
    assert api.json()["number"] == certificate.number
