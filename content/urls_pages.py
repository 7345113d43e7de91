"""Wagtail's front-end URLs (``wagtail.urls``) with its page view replaced by
``content.routing.serve``, which keeps each route until the content changes. Same names, so
``{% url 'wagtail_serve' ... %}`` and the password form of restricted pages are unchanged.

Wagtail's own front-end login (``_util/login/``) is left out: private pages send visitors to
allauth's sign-in (``WAGTAIL_FRONTEND_LOGIN_URL``), and a second, password-only login would
skip its rate limits and two-factor step."""

from django.urls import re_path
from wagtail import urls as wagtail_urls

from content import routing

urlpatterns = [
    *(
        pattern
        for pattern in wagtail_urls.urlpatterns
        if pattern.name not in ("wagtail_serve", "wagtailcore_login")
    ),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
]
