"""Emails of the disclosure portal. ``send_invitation`` enqueues a task (disclosure/tasks.py)
after the commit; the worker loads the invitation and calls ``deliver_invitation``."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from core.tasks import enqueue_on_commit
from disclosure.models import Invitation


def invitation_url(invitation: Invitation) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}/disclosure/manage/invitations/{invitation.token}/"


def send_invitation(*, invitation: Invitation) -> None:
    """Email the invitee their one-time link (through the worker)."""
    from disclosure.tasks import send_invitation_email

    enqueue_on_commit(send_invitation_email, invitation_id=invitation.pk)


def deliver_invitation(*, invitation: Invitation) -> None:
    """The invitee's language is unknown, so the email is in Chinese and English."""
    context = {"invitation": invitation, "url": invitation_url(invitation)}
    send_mail(
        subject=render_to_string("disclosure/email/invitation_subject.txt", context).strip(),
        message=render_to_string("disclosure/email/invitation_body.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )
