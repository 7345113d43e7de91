"""A stored task that fails is queued again after a growing delay, a bounded number of times;
then it stays failed. Tasks wait in the database while no worker runs, and a task whose
worker died is run again."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from background.services import requeue_stalled_tasks
from core.tasks import send_email
from tests.tasks.sample_tasks import fail_first

pytestmark = pytest.mark.django_db


def make_due(result_id) -> None:
    """Let the retry's waiting time pass."""
    DBTaskResult.objects.filter(pk=result_id).update(
        run_after=timezone.now() - datetime.timedelta(seconds=1)
    )


def test_a_failed_task_is_retried_after_a_growing_delay_then_stays_failed(run_worker, settings):
    settings.TASKS_MAX_ATTEMPTS = 3
    result = fail_first.enqueue(key="always", failures=99)

    run_worker()
    first = DBTaskResult.objects.get(pk=result.id)
    run_worker()  # not due yet: nothing runs
    not_yet = DBTaskResult.objects.get(pk=result.id)
    make_due(result.id)
    run_worker()
    second = DBTaskResult.objects.get(pk=result.id)
    make_due(result.id)
    run_worker()
    last = DBTaskResult.objects.get(pk=result.id)

    assert (first.status, len(first.worker_ids)) == (TaskResultStatus.READY, 1)
    assert first.exception_class_path == "builtins.RuntimeError"
    assert "failure on run 1" in first.traceback
    first_wait = first.run_after - first.started_at
    assert datetime.timedelta(seconds=59) < first_wait <= datetime.timedelta(seconds=61)
    assert len(not_yet.worker_ids) == 1
    second_wait = second.run_after - second.started_at
    assert datetime.timedelta(seconds=299) < second_wait <= datetime.timedelta(seconds=301)
    assert (last.status, len(last.worker_ids)) == (TaskResultStatus.FAILED, 3)
    assert "failure on run 3" in last.traceback


def test_a_task_that_failed_once_succeeds_on_its_retry(run_worker):
    result = fail_first.enqueue(key="once", failures=1)

    run_worker()
    make_due(result.id)
    run_worker()

    stored = DBTaskResult.objects.get(pk=result.id)
    assert stored.status == TaskResultStatus.SUCCESSFUL
    assert stored.return_value == 2
    assert stored.exception_class_path == ""


def test_emails_wait_in_the_database_until_a_worker_runs(run_worker):
    for number in range(3):
        send_email.enqueue(subject=f"Waiting {number}", to=["x@example.org"], text="body")

    waiting = DBTaskResult.objects.filter(status=TaskResultStatus.READY).count()
    sent_before = len(mail.outbox)
    run_worker()

    assert (waiting, sent_before) == (3, 0)
    assert sorted(message.subject for message in mail.outbox) == [
        "Waiting 0",
        "Waiting 1",
        "Waiting 2",
    ]
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()


def test_a_task_left_running_by_a_dead_worker_runs_again(run_worker):
    result = send_email.enqueue(subject="Interrupted", to=["x@example.org"], text="body")
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - datetime.timedelta(hours=2),
        worker_ids=["killed-worker"],
    )

    requeued = requeue_stalled_tasks()
    run_worker()

    assert requeued == 1
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL
    assert [message.subject for message in mail.outbox] == ["Interrupted"]


def test_a_task_still_running_within_the_hour_is_left_alone(stored):
    result = send_email.enqueue(subject="Busy", to=["x@example.org"], text="body")
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now(), worker_ids=["busy"]
    )

    assert requeue_stalled_tasks() == 0
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING
