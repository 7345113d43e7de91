"""Mounted at verify/ inside i18n_patterns: /verify/ (Chinese) and /en/verify/ (English)."""

from django.urls import path

from certificates import views_verify

app_name = "verify"

urlpatterns = [
    path("", views_verify.lookup, name="lookup"),
    path("<str:code>/", views_verify.certificate, name="certificate"),
]
