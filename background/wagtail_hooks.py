from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from background import admin_views
from background.models import VIEW_TASK_RESULTS


@hooks.register("register_admin_urls")
def register_background_admin_urls():
    return [
        path("tasks/", admin_views.task_results_view, name="background_task_results"),
        path(
            "tasks/<uuid:result_id>/",
            admin_views.task_result_view,
            name="background_task_result",
        ),
        path(
            "tasks/<uuid:result_id>/retry/",
            admin_views.task_result_retry_view,
            name="background_task_result_retry",
        ),
    ]


class TaskResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_TASK_RESULTS)


@hooks.register("register_reports_menu_item")
def register_task_results_menu_item():
    return TaskResultsMenuItem(
        _("Background tasks"),
        reverse("background_task_results"),
        icon_name="cogs",
        order=900,
    )


@hooks.register("register_permissions")
def register_task_result_permissions():
    """Offered in Settings > Groups, so administrators can grant them to a group."""
    return Permission.objects.filter(
        content_type__app_label="background",
        codename__in=["view_task_results", "retry_task_results"],
    )
