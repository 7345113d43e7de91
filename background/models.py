from django.db import models
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

VIEW_TASK_RESULTS = "background.view_task_results"
RETRY_TASK_RESULTS = "background.retry_task_results"


class ScheduledRun(models.Model):
    """One enqueued run of a periodic job (background/schedule.py). The unique (job, due_at)
    pair is what makes the scheduler idempotent: when two nodes run it in the same minute,
    one inserts the row and enqueues, the other finds the row and does nothing."""

    job = models.CharField(_("job"), max_length=100)
    due_at = models.DateTimeField(_("due at"))
    enqueued_at = models.DateTimeField(_("enqueued at"), auto_now_add=True)
    task_result_id = models.CharField(_("task result"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("scheduled run")
        verbose_name_plural = _("scheduled runs")
        ordering = ["-due_at", "job"]
        constraints = [
            models.UniqueConstraint(fields=["job", "due_at"], name="background_run_once_per_slot")
        ]

    def __str__(self) -> str:
        return f"{self.job} @ {self.due_at.isoformat()}"


class TaskResultRecord(DBTaskResult):
    """django-tasks-db's stored task results, under this app's permissions: staff see them
    and retry failed ones only with a permission of their own."""

    class Meta:
        proxy = True
        default_permissions = ()
        permissions = [
            ("view_task_results", _("Can see background task results")),
            ("retry_task_results", _("Can retry failed background tasks")),
        ]
        verbose_name = _("background task result")
        verbose_name_plural = _("background task results")
