"""Enqueueing the schedule, retrying failed tasks, and putting stalled ones back in the queue.

Only the database backend keeps tasks to run again; with the immediate backend (development,
tests) a task runs once, inline, and its failure is logged.
"""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from background.models import RETRY_TASK_RESULTS, ScheduledRun
from background.schedule import SCHEDULE, PeriodicJob

logger = logging.getLogger(__name__)

# A task still marked running after this long lost its worker (killed, machine restarted):
# every task of the site finishes in minutes (the open-data dumps take the longest).
STALLED_AFTER = datetime.timedelta(hours=1)
WORKER_LOST = "background.WorkerLost"


# --- the schedule ------------------------------------------------------------------------------


def enqueue_due_jobs(
    *, now: datetime.datetime | None = None, schedule: tuple[PeriodicJob, ...] = SCHEDULE
) -> list[ScheduledRun]:
    """Enqueue every job whose current slot has not been enqueued yet; the runs it made.
    Idempotent: the (job, slot) row and the task are written in one transaction, and a second
    scheduler inserting the same row fails on the unique constraint and enqueues nothing."""
    now = now or timezone.now()
    made = []
    for job in schedule:
        due_at = job.slot(now)
        if ScheduledRun.objects.filter(job=job.name, due_at=due_at).exists():
            continue
        try:
            with transaction.atomic():
                run = ScheduledRun.objects.create(job=job.name, due_at=due_at)
                result = import_string(job.task_path).enqueue()
                run.task_result_id = str(result.id)
                run.save(update_fields=["task_result_id"])
        except IntegrityError:
            continue  # another scheduler enqueued this slot a moment ago
        made.append(run)
    return made


# --- retries ----------------------------------------------------------------------------------


def retry_delay(*, attempts: int) -> datetime.timedelta:
    """The wait before attempt ``attempts + 1``: the base delay, five times longer each time."""
    return datetime.timedelta(seconds=settings.TASKS_RETRY_BASE_DELAY_SECONDS * 5 ** (attempts - 1))


def retry_failed_task_later(sender, task_result, **kwargs) -> None:
    """``task_finished`` receiver: a stored task that failed goes back in the queue to run after
    a growing delay, until TASKS_MAX_ATTEMPTS attempts have failed; then it stays failed (and
    shows in the staff report). Its last error stays on the row while it waits."""
    if task_result.status != TaskResultStatus.FAILED:
        return
    stored = getattr(task_result, "db_result", None)
    if stored is None:
        return
    attempts = len(stored.worker_ids)
    if attempts >= settings.TASKS_MAX_ATTEMPTS:
        logger.error(
            "Task %s (%s) failed %d times; it stays failed.",
            stored.pk,
            stored.task_path,
            attempts,
        )
        return
    try:
        DBTaskResult.objects.filter(pk=stored.pk, status=TaskResultStatus.FAILED).update(
            status=TaskResultStatus.READY,
            run_after=timezone.now() + retry_delay(attempts=attempts),
            finished_at=None,
        )
    except DatabaseError:
        # Raised from here it would stop the worker; the task stays failed (and visible).
        logger.exception("Could not queue task %s again after its failure.", stored.pk)


def retry_task_result(*, result_id: str, actor) -> bool:
    """Staff put a failed task back in the queue to run once more, now. Whether it was
    failed (and is queued again)."""
    if not actor.has_perm(RETRY_TASK_RESULTS):
        raise PermissionDenied
    return bool(
        DBTaskResult.objects.filter(pk=result_id, status=TaskResultStatus.FAILED).update(
            status=TaskResultStatus.READY, run_after=get_date_max(), finished_at=None
        )
    )


def requeue_stalled_tasks(*, now: datetime.datetime | None = None) -> int:
    """Tasks left running by a worker that stopped (killed, machine restarted) run again, or
    fail visibly when that was their last attempt. A worker stopped with SIGTERM finishes its
    task first, so this is for crashes."""
    now = now or timezone.now()
    stalled = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=now - STALLED_AFTER
    )
    count = 0
    for stored in stalled.only("pk", "worker_ids"):
        attempts = len(stored.worker_ids)
        changes = (
            {
                "status": TaskResultStatus.FAILED,
                "finished_at": now,
                "exception_class_path": WORKER_LOST,
                "traceback": "The worker stopped while running this task.",
            }
            if attempts >= settings.TASKS_MAX_ATTEMPTS
            else {"status": TaskResultStatus.READY, "run_after": get_date_max()}
        )
        count += DBTaskResult.objects.filter(pk=stored.pk, status=TaskResultStatus.RUNNING).update(
            **changes
        )
    return count


def prune_task_results(
    *,
    now: datetime.datetime | None = None,
    keep_successful: datetime.timedelta = datetime.timedelta(days=14),
    keep_failed: datetime.timedelta = datetime.timedelta(days=90),
) -> int:
    """Delete finished task results (failed ones are kept longer) and old scheduler records."""
    now = now or timezone.now()
    deleted, _ = DBTaskResult.objects.filter(
        status=TaskResultStatus.SUCCESSFUL, finished_at__lt=now - keep_successful
    ).delete()
    failed, _ = DBTaskResult.objects.filter(
        status=TaskResultStatus.FAILED, finished_at__lt=now - keep_failed
    ).delete()
    ScheduledRun.objects.filter(due_at__lt=now - keep_successful).delete()
    return deleted + failed
