from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from certificates import admin_views
from certificates.models import CertificateType


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


class CertificateTypeViewSet(ModelViewSet):
    """What each course's certificate is called, numbered and valid for, which refresher
    course renews it and whether it is counted in the register. Needs the model permissions
    (administrators), not just staff status."""

    model = CertificateType
    icon = "doc-full"
    menu_label = _("Certificate types")
    menu_order = 261
    add_to_admin_menu = True
    list_display = [
        "prefix",
        "name_zh",
        "name_en",
        "course",
        "validity_years",
        "in_public_register",
    ]
    search_fields = ["prefix", "name_zh", "name_en"]
    ordering = ["prefix"]
    panels = [
        FieldPanel("prefix"),
        FieldRowPanel([FieldPanel("name_zh"), FieldPanel("name_en")]),
        FieldPanel("course"),
        FieldPanel("validity_years"),
        FieldRowPanel([FieldPanel("issuer_name_zh"), FieldPanel("issuer_name_en")]),
        MultiFieldPanel(
            [FieldPanel("refresher_course"), FieldPanel("in_public_register")],
            heading=_("Renewal and register"),
        ),
    ]


@hooks.register("register_admin_viewset")
def register_certificate_type_viewset():
    return CertificateTypeViewSet("certificate_types")
