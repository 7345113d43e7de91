"""Background work of the exams app (enqueued by the schedule every minute)."""

from django_tasks import task

from exams.services import close_expired_attempts, release_due_results


@task()
def close_expired_attempts_and_release_results() -> dict:
    """Submit and grade every open attempt whose time is up, even if nobody opens it again,
    and release the results whose release time has come. Each attempt is locked while it is
    submitted and only an open one is graded, so overlapping runs (two nodes, a retry, the
    examinee reloading at the same moment) grade it exactly once."""
    return {"closed": close_expired_attempts(), "released": release_due_results()}
