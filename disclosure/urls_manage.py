"""Pages for enterprise users filing their reports, mounted at /disclosure/manage/."""

from django.urls import path

from disclosure import views_manage as views

app_name = "disclosure_manage"

report = "reports/<str:public_id>/"
audit = f"{report}audits/<int:round>/"

urlpatterns = [
    path("", views.home, name="home"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path("enterprises/<str:credit_code>/annual/", views.start_annual, name="start_annual"),
    path("enterprises/<str:credit_code>/adhoc/", views.open_adhoc, name="open_adhoc"),
    path("templates/<str:section>.<str:ext>", views.template, name="template"),
    path(report, views.report, name="report"),
    path(f"{report}start/", views.start, name="start"),
    path(f"{report}amend/", views.amend, name="amend"),
    path(f"{report}basic/", views.basic, name="basic"),
    path(f"{report}review/", views.review, name="review"),
    path(f"{report}sections/<str:section>/", views.section, name="section"),
    path(f"{report}sections/<str:section>/upload/", views.upload, name="upload"),
    path(f"{report}sections/<str:section>/rows.<str:ext>", views.export, name="export"),
    path(f"{report}audits/new/", views.audit_new, name="audit_new"),
    path(audit, views.audit_edit, name="audit"),
    path(f"{audit}delete/", views.audit_delete, name="audit_delete"),
    path(f"{audit}<str:part>/upload/", views.audit_upload, name="audit_upload"),
    path(f"{audit}<str:section>.<str:ext>", views.export, name="audit_export"),
]
