"""Background work of the disclosure app (enqueued after the commit, or by the schedule)."""

from django_tasks import task

from disclosure import dumps, notifications
from disclosure.models import Invitation


@task()
def send_invitation_email(*, invitation_id: int) -> bool:
    """Email an invitee their link; an invitation that is gone has nobody to tell."""
    invitation = Invitation.objects.select_related("enterprise").filter(pk=invitation_id).first()
    if invitation is None:
        return False
    notifications.deliver_invitation(invitation=invitation)
    return True


@task()
def build_open_data_dumps() -> dict:
    """The nightly rebuild of the yearly open-data dumps and their index (the schedule)."""
    index = dumps.build_dumps()
    return {"files": len(index["files"]), "rows": sum(entry["rows"] for entry in index["files"])}
