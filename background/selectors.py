"""What the staff report of background tasks shows."""

from django.db.models import QuerySet
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

STATUSES = tuple(TaskResultStatus.values)
STATUS_CHOICES = tuple(TaskResultStatus.choices)


def task_results(*, status: str = "") -> QuerySet[DBTaskResult]:
    """Stored task results, newest first; only those of ``status`` when it is one."""
    results = DBTaskResult.objects.order_by("-enqueued_at", "pk").defer("traceback")
    if status in STATUSES:
        results = results.filter(status=status)
    return results


def waits_for_retry(result: DBTaskResult) -> bool:
    """Queued again after a failed attempt (its last error is still on the row)."""
    return result.status == TaskResultStatus.READY and bool(result.exception_class_path)


def scheduled_after(result: DBTaskResult):
    """When a queued task may run, or None when it may run now."""
    return None if result.run_after == get_date_max() else result.run_after
