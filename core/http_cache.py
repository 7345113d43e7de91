"""Cache headers for the public pages and the API, so every view says the same thing the same
way. Every cacheable response varies by ``Accept-Language``: the same address answers in
Chinese or English.

Marking a response public here also lets the server keep it for anonymous visitors
(``core.page_cache``); ``depends_on`` names the parts of the site it shows, so only changes to
those make it stale (every part when not said). ``max_age=0`` is for answers that must never be
stale anywhere (a certificate's status): shared caches may keep them but ask again each time,
and the ``ETag`` the server adds makes that a cheap 304 until something changed."""

from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from core import page_cache


def _max_age(response: HttpResponse, *, max_age: int, **directives) -> None:
    if max_age > 0:
        patch_cache_control(response, **directives, max_age=max_age)
    else:
        patch_cache_control(response, **directives, max_age=0, must_revalidate=True)


def cache_publicly(
    response: HttpResponse, *, max_age: int, depends_on: Iterable[str] | None = None
) -> HttpResponse:
    """Shared caches (proxies, CDNs) may keep the response for ``max_age`` seconds, and so may
    the server's page cache until something in ``depends_on`` changes."""
    _max_age(response, max_age=max_age, public=True)
    patch_vary_headers(response, ("Accept-Language",))
    page_cache.allow(response, depends_on=depends_on)
    return response


def cache_page(
    request: HttpRequest,
    response: HttpResponse,
    *,
    max_age: int,
    signed_in_revalidates: bool = False,
    depends_on: Iterable[str] | None = None,
) -> HttpResponse:
    """A page anyone may see: public for ``max_age`` seconds to anonymous visitors. Signed-in
    visitors see their name in the header, so their copy is private (and the public copy
    varies by ``Cookie``); with ``signed_in_revalidates`` their browser also asks again each
    time (filers checking what they just published)."""
    if request.user.is_authenticated:
        if signed_in_revalidates:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            _max_age(response, max_age=max_age, private=True)
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response
    patch_vary_headers(response, ("Cookie",))
    return cache_publicly(response, max_age=max_age, depends_on=depends_on)


def never_store(response: HttpResponse) -> HttpResponse:
    """No cache anywhere keeps the response (answers that reveal or depend on a secret)."""
    response["Cache-Control"] = "no-store"
    return response
