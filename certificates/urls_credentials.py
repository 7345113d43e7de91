from django.urls import path

from certificates import views_credentials

urlpatterns = [
    path(
        "credentials/status/revocation",
        views_credentials.status_list_view,
        {"purpose": "revocation"},
        name="credential_status_list",
    ),
    path(
        "credentials/status/suspension",
        views_credentials.status_list_view,
        {"purpose": "suspension"},
        name="credential_suspension_list",
    ),
    path("credentials/<str:code>.jwt", views_credentials.credential_view, name="credential"),
    path(".well-known/jwks.json", views_credentials.jwks_view, name="jwks"),
    path(".well-known/did.json", views_credentials.did_document_view, name="did_document"),
]
