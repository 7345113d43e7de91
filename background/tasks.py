"""Housekeeping of the task queue itself (enqueued by the schedule)."""

from django_tasks import task

from background import services


@task()
def requeue_stalled_tasks() -> int:
    return services.requeue_stalled_tasks()


@task()
def prune_task_results() -> int:
    return services.prune_task_results()
