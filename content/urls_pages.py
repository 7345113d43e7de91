"""Wagtail's front-end URLs (``wagtail.urls``) with its page view replaced by
``content.routing.serve``, which keeps each route until the content changes. Same names, so
``{% url 'wagtail_serve' ... %}`` and the password form of restricted pages are unchanged.

Wagtail's own front-end login (``_util/login/``, a password-only form without allauth's rate
limits and two-factor step) only sends visitors on to allauth's sign-in: private pages already
do (``WAGTAIL_FRONTEND_LOGIN_URL``), and Wagtail still reverses the name."""

from django.urls import path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls

from content import routing

urlpatterns = [
    *(
        pattern
        for pattern in wagtail_urls.urlpatterns
        if pattern.name not in ("wagtail_serve", "wagtailcore_login")
    ),
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailcore_login",
    ),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
]
