"""Tasks any app may enqueue, and how to enqueue after a write.

Task arguments are stored as JSON by the database backend: pass ids and plain values, never
model instances. A task that fails is retried by ``background`` (see background/services.py).
"""

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django_tasks import task
from django_tasks.base import Task


def enqueue_on_commit(task_to_run: Task, /, **kwargs) -> None:
    """Enqueue ``task_to_run`` once the current transaction commits (at once outside one): a
    task must never see, or act on, a write that is then rolled back. Robust: the write has
    committed, so a failure to enqueue is logged rather than turned into a server error."""
    transaction.on_commit(lambda: task_to_run.enqueue(**kwargs), robust=True)


@task()
def send_email(
    *,
    subject: str,
    to: list[str],
    from_email: str | None = None,
    text: str | None = None,
    html: str | None = None,
    headers: dict[str, str] | None = None,
) -> int:
    """Deliver an email that was rendered when it was enqueued (allauth's, whose templates
    need the request). Without ``text`` the message is HTML only."""
    if text is None:
        message = EmailMessage(subject, html or "", from_email, to, headers=headers)
        message.content_subtype = "html"
    else:
        message = EmailMultiAlternatives(subject, text, from_email, to, headers=headers)
        if html is not None:
            message.attach_alternative(html, "text/html")
    return message.send()


def enqueue_rendered_email(message: EmailMessage) -> None:
    """Hand a rendered message to the worker as JSON-ready fields. Enqueued at once, not on
    commit: allauth sends after its writes (committed, as requests are not atomic), and inside
    a transaction the database backend's row commits or rolls back with it."""
    html = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", [])
            if mimetype == "text/html"
        ),
        None,
    )
    is_html_only = message.content_subtype == "html"
    send_email.enqueue(
        subject=str(message.subject),
        to=[str(address) for address in message.to],
        from_email=message.from_email,
        text=None if is_html_only else str(message.body),
        html=str(message.body) if is_html_only else html,
        headers={str(name): str(value) for name, value in message.extra_headers.items()} or None,
    )
