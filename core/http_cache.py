"""Cache headers for the public pages and the API, so every view says the same thing the same
way. Every cacheable response varies by ``Accept-Language``: the same address answers in
Chinese or English."""

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers


def cache_publicly(response: HttpResponse, *, max_age: int) -> HttpResponse:
    """Shared caches (proxies, CDNs) may keep the response for ``max_age`` seconds."""
    patch_cache_control(response, public=True, max_age=max_age)
    patch_vary_headers(response, ("Accept-Language",))
    return response


def cache_page(
    request: HttpRequest,
    response: HttpResponse,
    *,
    max_age: int,
    signed_in_revalidates: bool = False,
) -> HttpResponse:
    """A page anyone may see: public for ``max_age`` seconds to anonymous visitors. Signed-in
    visitors see their name in the header, so their copy is private; with
    ``signed_in_revalidates`` their browser also asks again each time (filers checking what
    they just published)."""
    if request.user.is_authenticated:
        if signed_in_revalidates:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, private=True, max_age=max_age)
        patch_vary_headers(response, ("Accept-Language",))
        return response
    return cache_publicly(response, max_age=max_age)


def never_store(response: HttpResponse) -> HttpResponse:
    """No cache anywhere keeps the response (answers that reveal or depend on a secret)."""
    response["Cache-Control"] = "no-store"
    return response
