"""The one schedule of periodic background jobs.

Every job here is enqueued by ``manage.py run_scheduled_tasks``, which cron or a systemd timer
runs every minute on every app node (docs/deployment.md, "Background tasks"); ``make serve``
runs it in a loop instead. Each job has slots: every ``every`` from midnight (TIME_ZONE), shifted
by ``at``. A run of the command enqueues each job whose current slot has no run yet, once:
``ScheduledRun`` records (job, slot) under a unique constraint, so two nodes running it in the
same minute enqueue it once. A scheduler that was down enqueues the current slot when it comes
back (one catch-up run, not one per missed slot); the tasks then wait for the worker.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

MINUTE = datetime.timedelta(minutes=1)
HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    # The task's dotted path (apps' tasks are named, not imported: background imports no app).
    task_path: str
    every: datetime.timedelta
    at: datetime.timedelta = datetime.timedelta(0)
    description: str = ""

    def slot(self, now: datetime.datetime) -> datetime.datetime:
        """The start of the slot ``now`` falls in (aware, in the current time zone)."""
        local = timezone.localtime(now)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        first = midnight + self.at
        if local < first:
            first -= DAY
        steps = (local - first) // self.every
        return first + steps * self.every


SCHEDULE: tuple[PeriodicJob, ...] = (
    PeriodicJob(
        name="close-expired-attempts",
        task_path="exams.tasks.close_expired_attempts_and_release_results",
        every=MINUTE,
        description="Submit and grade attempts whose time is up; release due results.",
    ),
    PeriodicJob(
        name="requeue-stalled-tasks",
        task_path="background.tasks.requeue_stalled_tasks",
        every=10 * MINUTE,
        description="Run again tasks whose worker stopped in the middle of them.",
    ),
    PeriodicJob(
        name="open-data-dumps",
        task_path="disclosure.tasks.build_open_data_dumps",
        every=DAY,
        at=2 * HOUR,
        description="Rebuild the yearly open-data dumps and their index (02:00).",
    ),
    PeriodicJob(
        name="prune-task-results",
        task_path="background.tasks.prune_task_results",
        every=DAY,
        at=3 * HOUR,
        description="Delete old finished task results and scheduler records (03:00).",
    ),
    PeriodicJob(
        name="certificate-expiry-reminders",
        task_path="certificates.tasks.send_expiry_reminders",
        every=DAY,
        at=9 * HOUR,
        description="Email holders whose certificate expires in 90 or 30 days (09:00).",
    ),
)
