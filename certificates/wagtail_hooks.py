from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from certificates import admin_views, services
from certificates.models import CertificateType
from core.admin_search import BoundedIndexView


@hooks.register("register_admin_urls")
def register_certificate_admin_urls():
    return [
        path("certificates/", admin_views.certificate_list_view, name="certificates_admin_list"),
        path("certificates/issue/", admin_views.manual_issue_view, name="certificates_admin_issue"),
        path(
            "certificates/requests/",
            admin_views.manual_issue_requests_view,
            name="certificates_admin_requests",
        ),
        path(
            "certificates/requests/<int:pk>/approve/",
            admin_views.approve_manual_issue_view,
            name="certificates_admin_request_approve",
        ),
        path(
            "certificates/requests/<int:pk>/reject/",
            admin_views.reject_manual_issue_view,
            name="certificates_admin_request_reject",
        ),
        path("certificates/keys/", admin_views.issuer_keys_view, name="certificates_admin_keys"),
        path(
            "certificates/keys/<int:pk>/compromised/",
            admin_views.issuer_key_compromised_view,
            name="certificates_admin_key_compromised",
        ),
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


class PermissionMenuItem(MenuItem):
    """Shown to users holding one of the permissions (certification officers; the pages
    answer 403 to everyone else)."""

    def __init__(self, *args, permissions: tuple[str, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.permissions = permissions

    def is_shown(self, request):
        return any(request.user.has_perm(permission) for permission in self.permissions)


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return PermissionMenuItem(
        _("Certificates"),
        reverse("certificates_admin_list"),
        icon_name="tick-inverse",
        order=260,
        permissions=(services.VIEW_RECORDS,),
    )


@hooks.register("register_admin_menu_item")
def register_manual_issue_requests_menu_item():
    return PermissionMenuItem(
        _("Certificates by hand"),
        reverse("certificates_admin_requests"),
        icon_name="tasks",
        order=262,
        permissions=(services.REQUEST_MANUAL_ISSUE, services.APPROVE_MANUAL_ISSUE),
    )


@hooks.register("register_admin_menu_item")
def register_issuer_keys_menu_item():
    return PermissionMenuItem(
        _("Credential signing keys"),
        reverse("certificates_admin_keys"),
        icon_name="key",
        order=263,
        permissions=(services.MARK_KEY_COMPROMISED,),
    )


class CertificateTypeViewSet(ModelViewSet):
    """What each course's certificate is called, numbered and valid for, which refresher
    course renews it and whether it is counted in the register. Needs the model permissions
    (administrators), not just staff status."""

    model = CertificateType
    index_view_class = BoundedIndexView
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
