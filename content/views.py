import datetime

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from content.selectors import search_pages

SEARCH_RESULTS_PER_PAGE = 10


def paginate(request, items, *, per_page: int = 10) -> PaginatorPage:
    """The page of ``items`` named by ``?page=``; out-of-range numbers give the last page."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


@never_cache
@require_GET
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@require_GET
def search(request):
    query = request.GET.get("query", "").strip()[:200]
    results = search_pages(query=query, locale=Locale.get_active()) if query else []
    return render(
        request,
        "content/search_results.html",
        {
            "search_query": query,
            "search_results": paginate(request, results, per_page=SEARCH_RESULTS_PER_PAGE)
            if query
            else None,
        },
    )


# security.txt says when to fetch it again; RFC 9116 asks for less than a year.
SECURITY_TXT_VALID_FOR = datetime.timedelta(days=180)


@require_GET
def security_txt(request):
    """Where to report a vulnerability (RFC 9116), from ``SECURITY_CONTACT``."""
    contacts = getattr(settings, "SECURITY_CONTACTS", [])
    if not contacts:
        raise Http404
    expires = (timezone.now() + SECURITY_TXT_VALID_FOR).strftime("%Y-%m-%dT00:00:00Z")
    canonical = f"{settings.SITE_BASE_URL.rstrip('/')}/.well-known/security.txt"
    lines = [
        *(f"Contact: {contact}" for contact in contacts),
        f"Expires: {expires}",
        "Preferred-Languages: zh, en",
        f"Canonical: {canonical}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def styleguide(request):
    return render(request, "content/styleguide.html", {})
