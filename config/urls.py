from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from django.views.i18n import JavaScriptCatalog
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates import views_credentials as certificate_credential_views
from certificates import views_register as certificate_register_views
from config import api as public_api
from content import views as content_views

urlpatterns = [
    path("healthz", content_views.healthz, name="healthz"),
    path(".well-known/security.txt", content_views.security_txt, name="security_txt"),
    # The admin's own login form would skip allauth's MFA stage: send it to allauth instead.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailadmin_login",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # The public API (config/api.py): one django-ninja API, two published URL namespaces.
    path("api/v1/", include((public_api.certificate_urls, "certificates_api"))),
    path("api/v1/", include((public_api.open_data_urls, "disclosure_api"))),
    # Signed credentials, their status list and the issuer's published keys.
    path("", include("certificates.urls_credentials")),
]

urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("search/", content_views.search, name="search"),
    path("accounts/", include("allauth.urls")),
    path("account/certificates/", include("certificates.urls_holder")),
    path("account/", include("accounts.urls")),
    path("learning/", include("courses.urls")),
    path("exams/", include("exams.urls")),
    path("styleguide/", content_views.styleguide, name="styleguide"),
    path("verify/", include("certificates.urls_verify")),
    path("auditors/", certificate_register_views.register, name="auditor_register"),
    path("disclosure/manage/", include("disclosure.urls_manage")),
    path("disclosure/", include("disclosure.urls")),
    path(
        "credentials/check/",
        certificate_credential_views.check_credential_view,
        name="check_credential",
    ),
    # Wagtail's catch-all page routing comes last.
    path("", include("content.urls_pages")),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
