"""Mounted at api/v1/certificates/ outside i18n_patterns: a stable contract (see DESIGN.md)."""

from django.urls import path

from certificates import api

app_name = "certificates_api"

urlpatterns = [
    # "verify" first: it must not be taken for a code.
    path("verify", api.bulk_verify, name="verify"),
    path("<str:code>", api.certificate_detail, name="certificate"),
]
