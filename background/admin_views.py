"""The staff report of background tasks in the CMS admin (Reports > Background tasks): what
ran, what failed and why, what waits for a retry; a failed task can be queued once more.

Seeing the report needs background.view_task_results, retrying background.retry_task_results;
everyone else gets a plain 403. The bodies of rendered emails (allauth's, with one-time links)
are not shown."""

import json

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from background import selectors, services
from background.models import RETRY_TASK_RESULTS, VIEW_TASK_RESULTS
from background.schedule import DAY, MINUTE, SCHEDULE, PeriodicJob

PER_PAGE = 50


def _refused(request, permission: str):
    """A plain 403 (Wagtail would turn a raised PermissionDenied into a redirect)."""
    if request.user.has_perm(permission):
        return None
    return permission_denied(request, PermissionDenied())


def _stores_tasks() -> bool:
    """Whether the default backend keeps tasks in the database (production's worker)."""
    backend = import_string(settings.TASKS["default"]["BACKEND"])
    return issubclass(backend, DatabaseBackend)


def _when(job: PeriodicJob) -> str:
    """How often a job runs, in words (``every`` is whole minutes or whole days)."""
    if job.every % DAY:
        minutes = job.every // MINUTE
        return ngettext("every minute", "every %(count)d minutes", minutes) % {"count": minutes}
    days = job.every // DAY
    at = f"{job.at.seconds // 3600:02d}:{job.at.seconds % 3600 // 60:02d}"
    return ngettext("every day at %(at)s", "every %(count)d days at %(at)s", days) % {
        "count": days,
        "at": at,
    }


def _row(result: DBTaskResult) -> dict:
    return {
        "result": result,
        "attempts": len(result.worker_ids),
        "waits_for_retry": selectors.waits_for_retry(result),
        "run_after": selectors.scheduled_after(result),
    }


def task_results_view(request):
    if refused := _refused(request, VIEW_TASK_RESULTS):
        return refused
    status = request.GET.get("status", "")
    status = status if status in selectors.STATUSES else ""
    page = Paginator(selectors.task_results(status=status), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "background/task_results.html",
        {
            "page": page,
            "rows": [_row(result) for result in page.object_list],
            "status": status,
            "statuses": selectors.STATUS_CHOICES,
            "stores_tasks": _stores_tasks(),
            "schedule": [{"job": job, "when": _when(job)} for job in SCHEDULE],
            "max_attempts": settings.TASKS_MAX_ATTEMPTS,
        },
    )


# Arguments not shown: the bodies of rendered emails hold allauth's one-time links.
HIDDEN_ARGUMENTS = frozenset({"text", "html"})


def shown_arguments(args_kwargs: dict) -> str:
    """The task's arguments as JSON, with the bodies of emails left out."""
    kwargs = args_kwargs.get("kwargs") or {}
    shown = {
        "args": args_kwargs.get("args") or [],
        "kwargs": {
            name: _("(%(length)d characters, not shown)") % {"length": len(str(value))}
            if name in HIDDEN_ARGUMENTS and value is not None
            else value
            for name, value in kwargs.items()
        },
    }
    return json.dumps(shown, ensure_ascii=False, indent=2)


def task_result_view(request, result_id):
    if refused := _refused(request, VIEW_TASK_RESULTS):
        return refused
    result = get_object_or_404(DBTaskResult, pk=result_id)
    return render(
        request,
        "background/task_result.html",
        {
            **_row(result),
            "arguments": shown_arguments(result.args_kwargs),
            "return_value": json.dumps(result.return_value, ensure_ascii=False, indent=2),
            "may_retry": result.status == "FAILED" and request.user.has_perm(RETRY_TASK_RESULTS),
            "max_attempts": settings.TASKS_MAX_ATTEMPTS,
        },
    )


@require_POST
def task_result_retry_view(request, result_id):
    if refused := _refused(request, RETRY_TASK_RESULTS):
        return refused
    result = get_object_or_404(DBTaskResult, pk=result_id)
    if services.retry_task_result(result_id=result.pk, actor=request.user):
        messages.success(request, _("The task is queued again and runs once more."))
    else:
        messages.error(request, _("Only a failed task can be retried."))
    return redirect("background_task_result", result_id=result.pk)
