"""A holder's own certificates; included under ``account/certificates/`` (i18n_patterns)."""

from django.urls import path

from certificates import views_holder, views_register

app_name = "certificates_holder"

urlpatterns = [
    path("", views_holder.my_certificates, name="my_certificates"),
    path("register/", views_register.register_membership, name="register_membership"),
    path("<str:number>.pdf", views_holder.certificate_pdf, name="certificate_pdf"),
    path("<str:number>/", views_holder.certificate_html, name="certificate_html"),
]
