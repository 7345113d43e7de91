"""Emails to trainees. ``notify_promoted`` enqueues a task (courses/tasks.py) after the commit;
the worker loads the enrolment and calls ``deliver_promoted``."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from core.tasks import enqueue_on_commit
from courses.models import Enrolment


def notify_promoted(*, enrolment: Enrolment) -> None:
    """Tell a trainee that a place in their cohort has opened up (through the worker)."""
    from courses.tasks import send_promotion_email

    enqueue_on_commit(send_promotion_email, enrolment_id=enrolment.pk)


def deliver_promoted(*, enrolment: Enrolment) -> None:
    """The email telling a trainee a place in their cohort has opened up for them."""
    user = enrolment.user
    with translation.override(user.preferred_language):
        context = {"enrolment": enrolment, "user": user, "site_url": settings.WAGTAILADMIN_BASE_URL}
        send_mail(
            subject=render_to_string("courses/email/promoted_subject.txt", context).strip(),
            message=render_to_string("courses/email/promoted_body.txt", context),
            from_email=None,
            recipient_list=[user.email],
        )
