from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from certificates.models import Certificate


def notify_issued(*, certificate: Certificate) -> None:
    """Tell the holder their certificate is ready, with its verification link."""
    holder = certificate.holder
    with translation.override(holder.preferred_language):
        context = {"certificate": certificate, "site_url": settings.WAGTAILADMIN_BASE_URL}
        send_mail(
            subject=render_to_string("certificates/email/issued_subject.txt", context).strip(),
            message=render_to_string("certificates/email/issued_body.txt", context),
            from_email=None,
            recipient_list=[holder.email],
        )


def notify_expiring(*, certificate: Certificate) -> None:
    """Remind the holder that their certificate expires soon and how to renew it."""
    holder = certificate.holder
    with translation.override(holder.preferred_language):
        context = {"certificate": certificate, "site_url": settings.WAGTAILADMIN_BASE_URL}
        send_mail(
            subject=render_to_string("certificates/email/expiring_subject.txt", context).strip(),
            message=render_to_string("certificates/email/expiring_body.txt", context),
            from_email=None,
            recipient_list=[holder.email],
        )
