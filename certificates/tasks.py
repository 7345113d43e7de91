"""Background work of the certificates app (enqueued after the commit, run by the worker).

Arguments are ids: the worker reads the certificate as it is when the task runs. A certificate
that no longer exists has nothing left to send or draw, so its task ends without error.
"""

from django.conf import settings
from django_tasks import task

from certificates import notifications
from certificates.models import Certificate
from core.tasks import enqueue_on_commit


def _certificate(certificate_id: int) -> Certificate | None:
    return (
        Certificate.objects.select_related("holder", "certificate_type")
        .filter(pk=certificate_id)
        .first()
    )


@task()
def send_issued_email(*, certificate_id: int) -> bool:
    certificate = _certificate(certificate_id)
    if certificate is None:
        return False
    notifications.deliver_issued(certificate=certificate)
    return True


@task()
def send_expiry_reminder_email(*, certificate_id: int) -> bool:
    certificate = _certificate(certificate_id)
    if certificate is None:
        return False
    notifications.deliver_expiring(certificate=certificate)
    return True


@task()
def prerender_certificate_pdf(*, certificate_id: int) -> bool:
    """Draw a newly issued certificate's PDF into the cache, so its first download is served
    from there (certificates.pdf.render_certificate_pdf stays the one way to get a PDF)."""
    from certificates.pdf import render_certificate_pdf

    certificate = _certificate(certificate_id)
    if certificate is None:
        return False
    render_certificate_pdf(certificate)
    return True


@task()
def send_expiry_reminders() -> int:
    """The daily run of the expiry reminders (background/schedule.py): each reminder is
    recorded once, and its email is a task of its own."""
    from certificates.services import send_expiry_reminders as send_due_reminders

    return send_due_reminders()


def prerender_pdf_after_issue(*, certificate: Certificate) -> None:
    """Enqueue the drawing of a newly issued (or re-issued) certificate's PDF after the commit,
    when CERTIFICATE_PDF_PRERENDER is on (production with a worker)."""
    if settings.CERTIFICATE_PDF_PRERENDER:
        enqueue_on_commit(prerender_certificate_pdf, certificate_id=certificate.pk)
