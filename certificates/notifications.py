"""Emails to certificate holders. ``notify_*`` enqueue a task (certificates/tasks.py) after the
commit; the worker loads the certificate and calls ``deliver_*``, which render the message in
the holder's language and send it."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from certificates.models import Certificate
from core.tasks import enqueue_on_commit


def notify_issued(*, certificate: Certificate) -> None:
    """Tell the holder their certificate is ready (through the worker)."""
    from certificates.tasks import send_issued_email

    enqueue_on_commit(send_issued_email, certificate_id=certificate.pk)


def notify_expiring(*, certificate: Certificate) -> None:
    """Remind the holder that their certificate expires soon (through the worker)."""
    from certificates.tasks import send_expiry_reminder_email

    enqueue_on_commit(send_expiry_reminder_email, certificate_id=certificate.pk)


def deliver_issued(*, certificate: Certificate) -> None:
    """The email telling the holder their certificate is ready, with its verification link."""
    _send(certificate, "certificates/email/issued")


def deliver_expiring(*, certificate: Certificate) -> None:
    """The email reminding the holder that their certificate expires soon and how to renew."""
    _send(certificate, "certificates/email/expiring")


def _send(certificate: Certificate, template_prefix: str) -> None:
    holder = certificate.holder
    with translation.override(holder.preferred_language):
        context = {"certificate": certificate, "site_url": settings.WAGTAILADMIN_BASE_URL}
        send_mail(
            subject=render_to_string(f"{template_prefix}_subject.txt", context).strip(),
            message=render_to_string(f"{template_prefix}_body.txt", context),
            from_email=None,
            recipient_list=[holder.email],
        )
