"""The one schedule: run_scheduled_tasks enqueues each due job once per slot, however often
and on however many nodes it runs."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import QuerySet
from django.utils import timezone

from background.models import ScheduledRun
from background.schedule import DAY, HOUR, SCHEDULE, PeriodicJob
from background.services import enqueue_due_jobs
from tests.tasks.conftest import enqueued

pytestmark = pytest.mark.django_db

EVERY_MINUTE = "exams.tasks.close_expired_attempts_and_release_results"
DAILY_DUMPS = "disclosure.tasks.build_open_data_dumps"


def at(hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(2026, 12, 7, hour, minute, 30))


def test_the_command_enqueues_every_job_once_however_often_it_runs(queued):
    call_command("run_scheduled_tasks", stdout=StringIO())
    call_command("run_scheduled_tasks", stdout=StringIO())

    paths = sorted(result.task.module_path for result in queued.results)
    assert paths == sorted(job.task_path for job in SCHEDULE)
    assert ScheduledRun.objects.count() == len(SCHEDULE)


def test_the_next_slot_enqueues_the_job_again_and_daily_jobs_wait_for_their_day(queued):
    enqueue_due_jobs(now=at(10, 0))
    enqueue_due_jobs(now=at(10, 0) + 20 * datetime.timedelta(seconds=1))
    enqueue_due_jobs(now=at(10, 1))

    assert len(enqueued(queued, EVERY_MINUTE)) == 2
    assert len(enqueued(queued, DAILY_DUMPS)) == 1


def test_a_slot_another_node_enqueued_is_not_enqueued_again(queued, monkeypatch):
    job = next(job for job in SCHEDULE if job.task_path == EVERY_MINUTE)
    ScheduledRun.objects.create(job=job.name, due_at=job.slot(at(10, 0)))
    # The other node's row appears between this node's check and its insert.
    monkeypatch.setattr(QuerySet, "exists", lambda self: False)

    made = enqueue_due_jobs(now=at(10, 0), schedule=(job,))

    assert made == []
    assert enqueued(queued, EVERY_MINUTE) == []
    assert ScheduledRun.objects.filter(job=job.name).count() == 1


def test_a_daily_job_runs_from_its_hour():
    dumps = PeriodicJob(name="dumps", task_path=DAILY_DUMPS, every=DAY, at=2 * HOUR)

    assert dumps.slot(at(1, 59)) == timezone.make_aware(datetime.datetime(2026, 12, 6, 2, 0))
    assert dumps.slot(at(2, 0)) == timezone.make_aware(datetime.datetime(2026, 12, 7, 2, 0))
    assert dumps.slot(at(23, 59)) == timezone.make_aware(datetime.datetime(2026, 12, 7, 2, 0))


def test_a_scheduler_that_was_down_catches_up_with_one_run(queued):
    enqueue_due_jobs(now=at(1, 0))  # then the scheduler is down for three days

    enqueue_due_jobs(now=at(1, 0) + 3 * DAY)

    assert len(enqueued(queued, DAILY_DUMPS)) == 2
    assert len(enqueued(queued, EVERY_MINUTE)) == 2


def test_the_schedule_names_only_tasks_that_exist():
    from django.utils.module_loading import import_string
    from django_tasks.base import Task

    for job in SCHEDULE:
        assert isinstance(import_string(job.task_path), Task), job.name
