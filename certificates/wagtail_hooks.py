from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from certificates import admin_views


@hooks.register("register_admin_urls")
def register_certificate_admin_urls():
    return [
        path("certificates/", admin_views.certificate_list_view, name="certificates_admin_list"),
        path("certificates/issue/", admin_views.manual_issue_view, name="certificates_admin_issue"),
        path(
            "certificates/<str:number>/",
            admin_views.certificate_detail_view,
            name="certificates_admin_detail",
        ),
        path(
            "certificates/<str:number>/<str:action>/",
            admin_views.certificate_action_view,
            name="certificates_admin_action",
        ),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return StaffMenuItem(
        _("Certificates"), reverse("certificates_admin_list"), icon_name="tick-inverse", order=260
    )
