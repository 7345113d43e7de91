from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from disclosure.models import Invitation


def invitation_url(invitation: Invitation) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}/disclosure/manage/invitations/{invitation.token}/"


def send_invitation(*, invitation: Invitation) -> None:
    """The invitee's language is unknown, so the email is in Chinese and English."""
    context = {"invitation": invitation, "url": invitation_url(invitation)}
    send_mail(
        subject=render_to_string("disclosure/email/invitation_subject.txt", context).strip(),
        message=render_to_string("disclosure/email/invitation_body.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )
