"""Read-side queries for content pages. Each returns a bounded number of queries."""

from django.db.models import Q, QuerySet
from wagtail.models import Locale, Page

from content.search import CJK_RUN, cjk_query


def latest_news(*, locale: Locale, limit: int = 3) -> QuerySet:
    from content.models import NewsPage

    return NewsPage.objects.live().public().filter(locale=locale).order_by("-date")[:limit]


def news_for_index(*, index_page: Page, category: str = "") -> QuerySet:
    from content.models import NewsPage

    news = NewsPage.objects.live().public().child_of(index_page).order_by("-date", "-pk")
    if category:
        news = news.filter(category=category)
    return news


def regulations_for_index(*, index_page: Page, instrument_type: str = "", bound_party: str = ""):
    from content.models import RegulationPage

    regulations = (
        RegulationPage.objects.live().public().child_of(index_page).order_by("year_issued", "pk")
    )
    if instrument_type:
        regulations = regulations.filter(instrument_type=instrument_type)
    if bound_party:
        # JSON containment is not available on SQLite; the library holds tens of instruments,
        # so filtering the one fetched list in Python keeps a single query on every database.
        return [regulation for regulation in regulations if bound_party in regulation.binds]
    return list(regulations)


MAX_SEARCH_RESULTS = 200
MAX_TITLE_MATCHES = 50


def search_pages(*, query: str, locale: Locale) -> list[Page]:
    """Live, public pages in ``locale`` matching ``query``, best first.

    Pages whose title contains every word of the query come first: the database backends rank
    long titles low and cannot rank Chinese titles at all, yet a title match is what people
    searching for a regulation or lesson by name expect on top. The rest follow in the search
    backend's order. Results are capped; nobody reads past the first pages.
    """
    query = query.strip()
    if not query:
        return []
    pages = Page.objects.live().public().filter(locale=locale)
    title_filter = Q()
    for word in query.split():
        title_filter &= Q(title__icontains=word)
    title_matches = list(pages.filter(title_filter).order_by("path").specific()[:MAX_TITLE_MATCHES])
    backend_query = cjk_query(query) if CJK_RUN.search(query) else query
    found = pages.specific().search(backend_query, operator="and")[:MAX_SEARCH_RESULTS]
    seen = {page.pk for page in title_matches}
    return title_matches + [page for page in found if page.pk not in seen]


def site_root(*, request) -> Page | None:
    """The home page in the active language (falls back to the default-language home)."""
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized.specific
