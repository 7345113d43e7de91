from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackgroundConfig(AppConfig):
    """Work off the request path: the schedule of periodic jobs, retries of failed tasks and
    the staff report of task results. The tasks themselves live in each app's tasks.py."""

    name = "background"
    verbose_name = _("Background tasks")

    def ready(self) -> None:
        from django_tasks.signals import task_finished

        from background.services import retry_failed_task_later

        task_finished.connect(retry_failed_task_later, dispatch_uid="background.retry_failed_task")
