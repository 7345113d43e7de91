"""Every email leaves the request: what the request does is enqueue a task (with ids and plain
values, which the database backend stores as JSON); the mail goes out when the task runs."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import issue_certificate, send_expiry_reminders
from courses.services import enrol, withdraw
from disclosure.models import Invitation
from tests.certificates.builders import make_certificate_type
from tests.courses.builders import build_cohort, build_course
from tests.disclosure.builders import make_enterprise
from tests.factories import make_user
from tests.tasks.conftest import enqueued

pytestmark = pytest.mark.django_db


def run_as_stored(result):
    """Run a kept task the way the worker does: from its arguments read back from JSON."""
    stored = json.loads(json.dumps({"args": result.args, "kwargs": result.kwargs}))
    return result.task.call(*stored["args"], **stored["kwargs"])


def test_issuing_a_certificate_enqueues_the_email_instead_of_sending_it(
    queued, django_capture_on_commit_callbacks
):
    holder = make_user(preferred_language="en")

    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue_certificate(
            certificate_type=make_certificate_type("CPA"),
            holder=holder,
            achievement_key="queued",
            reason=Certificate.Reason.MANUAL,
            completed_on=timezone.localdate(),
        )

    (result,) = enqueued(queued, "certificates.tasks.send_issued_email")
    assert result.kwargs == {"certificate_id": certificate.pk}
    assert mail.outbox == []
    run_as_stored(result)
    assert mail.outbox[0].to == [holder.email]
    assert f"/verify/{certificate.code}/" in mail.outbox[0].body


def test_an_expiry_reminder_is_enqueued_not_sent(queued, django_capture_on_commit_callbacks):
    certificate = issue_certificate(
        certificate_type=make_certificate_type("CPA"),
        holder=make_user(),
        achievement_key="expiring",
        reason=Certificate.Reason.MANUAL,
        completed_on=timezone.localdate(),
    )

    with django_capture_on_commit_callbacks(execute=True):
        send_expiry_reminders(today=certificate.valid_until - timedelta(days=60))

    (result,) = enqueued(queued, "certificates.tasks.send_expiry_reminder_email")
    assert result.kwargs == {"certificate_id": certificate.pk}
    assert mail.outbox == []
    run_as_stored(result)
    assert certificate.number in mail.outbox[0].subject


def test_a_promotion_from_the_waiting_list_is_enqueued_not_sent(
    queued, django_capture_on_commit_callbacks
):
    course = build_course()
    cohort = build_cohort(course=course, capacity=1)
    holder, waiting = make_user(), make_user()
    place = enrol(user=holder, course=course, cohort=cohort)
    enrol(user=waiting, course=course, cohort=cohort)

    with django_capture_on_commit_callbacks(execute=True):
        promoted = withdraw(enrolment=place, user=holder)

    (result,) = enqueued(queued, "courses.tasks.send_promotion_email")
    assert result.kwargs == {"enrolment_id": promoted.pk}
    assert mail.outbox == []
    run_as_stored(result)
    assert [message.to for message in mail.outbox] == [[waiting.email]]


def test_an_invitation_is_enqueued_not_sent(queued, django_capture_on_commit_callbacks):
    from accounts.roles import Role
    from disclosure.services import invite

    reviewer = make_user(role=Role.REVIEWER, mfa=True)

    with django_capture_on_commit_callbacks(execute=True):
        invitation = invite(
            enterprise=make_enterprise(), email="boss@example.org", invited_by=reviewer
        )

    (result,) = enqueued(queued, "disclosure.tasks.send_invitation_email")
    assert result.kwargs == {"invitation_id": invitation.pk}
    assert mail.outbox == []
    run_as_stored(result)
    assert mail.outbox[0].to == ["boss@example.org"]
    assert f"/disclosure/manage/invitations/{invitation.token}/" in mail.outbox[0].body


def test_a_task_for_a_deleted_record_sends_nothing_and_does_not_fail(queued):
    from disclosure.tasks import send_invitation_email

    assert send_invitation_email.call(invitation_id=0) is False
    assert not Invitation.objects.filter(pk=0).exists()
    assert mail.outbox == []


def test_allauths_password_reset_email_is_rendered_in_the_request_and_sent_by_the_task(
    queued, client
):
    make_user(email="forgetful@example.org")

    response = client.post("/en/accounts/password/reset/", {"email": "forgetful@example.org"})

    assert response.status_code == 302
    (result,) = enqueued(queued, "core.tasks.send_email")
    assert result.kwargs["to"] == ["forgetful@example.org"]
    assert mail.outbox == []
    run_as_stored(result)
    assert len(mail.outbox) == 1
    assert "/en/accounts/password/reset/key/" in mail.outbox[0].body
    assert mail.outbox[0].subject.startswith("[CP Hub] ")


def test_allauths_signup_confirmation_is_enqueued_not_sent(queued, client):
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": "new.trainee@example.org",
            "password1": "a-Long-enough-passphrase-42",
            "password2": "a-Long-enough-passphrase-42",
            "full_name": "新学员",
            "latin_name": "XIN Xueyuan",
            "organisation": "示范咨询有限公司",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    (result,) = enqueued(queued, "core.tasks.send_email")
    assert result.kwargs["to"] == ["new.trainee@example.org"]
    assert mail.outbox == []
    run_as_stored(result)
    assert "/accounts/confirm-email/" in mail.outbox[0].body
