"""Wagtail's page view with the route kept until the content changes.

Wagtail finds the page for a URL by walking the tree from the site's root, one query per
level, and then checks view restrictions on the page and its ancestors: about ten queries
before a lesson starts rendering. Which page (and site) a host, port, language and path lead
to only changes when pages, sites or view restrictions do, and all of those are tables of the
page cache's content scope (``content.cache_invalidation``), so the route is kept under the
content generation the request renders under: a publish, unpublish, move or new restriction
gives the very next request a fresh walk.

The page object is kept with its route (each use gets its own copy): any write to it renews the
generation, so it is never older than its row. Routes that Wagtail answers with "not found" are
not kept (anyone can ask for any path).
"""

from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from core import page_cache


class _KeptRestrictions(list):
    """A page's view restrictions as Wagtail's check iterates them, read once per content
    generation (``exists`` for ``core.page_cache``'s question whether a page is public)."""

    def exists(self) -> bool:
        return bool(self)


def serve(request, path: str):
    _route_from_cache(request, path)
    return wagtail_views.serve(request, path)


def _route_from_cache(request, path: str) -> None:
    host = split_domain_port(request._get_raw_host())[0]
    kept = page_cache.kept(
        scope=page_cache.CONTENT,
        name="wagtail-route",
        parts=[host, request.get_port(), get_language() or "", path],
        compute=lambda: _route(request, path),
        request=request,
    )
    if kept is None or hasattr(request, "_wagtail_route_for_request"):
        return
    site, page, restrictions = kept
    page.get_view_restrictions = lambda: _KeptRestrictions(restrictions)
    request._wagtail_site = site
    request._wagtail_route_for_request = RouteResult(page)


def _route(request, path: str):
    """What Wagtail's own routing finds for ``path``, in a form worth keeping, or None."""
    result = Page.route_for_request(request, path)
    if result is None:
        return None
    page, args, kwargs = result
    if args or kwargs or not isinstance(page, Page):
        return None  # routable pages' view arguments are not kept
    return (Site.find_for_request(request), page, list(page.get_view_restrictions()))
