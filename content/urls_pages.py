"""Wagtail's front-end URLs (``wagtail.urls``) with its page view replaced by
``content.routing.serve``, which keeps each route until the content changes. Same patterns,
same names: ``{% url 'wagtail_serve' ... %}`` and the password and login views are unchanged."""

from django.urls import re_path
from wagtail import urls as wagtail_urls

from content import routing

urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
]
