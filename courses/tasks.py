"""Background work of the courses app (enqueued after the commit, run by the worker)."""

from django_tasks import task

from courses import notifications
from courses.models import Enrolment


@task()
def send_promotion_email(*, enrolment_id: int) -> bool:
    """Tell a trainee a place opened up; an enrolment that is gone has nobody to tell."""
    enrolment = Enrolment.objects.select_related("user", "cohort").filter(pk=enrolment_id).first()
    if enrolment is None:
        return False
    notifications.deliver_promoted(enrolment=enrolment)
    return True
