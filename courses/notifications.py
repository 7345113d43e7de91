from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from courses.models import Enrolment


def notify_promoted(*, enrolment: Enrolment) -> None:
    """Tell a trainee that a place in their cohort has opened up for them."""
    user = enrolment.user
    with translation.override(user.preferred_language):
        context = {"enrolment": enrolment, "user": user, "site_url": settings.WAGTAILADMIN_BASE_URL}
        send_mail(
            subject=render_to_string("courses/email/promoted_subject.txt", context).strip(),
            message=render_to_string("courses/email/promoted_body.txt", context),
            from_email=None,
            recipient_list=[user.email],
        )
