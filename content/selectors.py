"""Read-side queries for content pages. Each returns a bounded number of queries."""

import hashlib
import uuid

from django.core.cache import cache
from django.db.models import Q, QuerySet
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from content.search import CJK_RUN, cjk_query, query_words
from core import page_cache


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
# Words (or pairs of Chinese characters) a search looks for; a longer query is cut.
MAX_QUERY_TERMS = 32


def search_pages(*, query: str, locale: Locale) -> list[Page]:
    """Live, public pages in ``locale`` matching ``query``, best first.

    Pages whose title contains every word of the query come first: the database backends rank
    long titles low and cannot rank Chinese titles at all, yet a title match is what people
    searching for a regulation or lesson by name expect on top. The rest follow in the search
    backend's order. Results are capped; nobody reads past the first pages.
    """
    words = query_words(query)[:MAX_QUERY_TERMS]
    if not words:
        return []
    query = " ".join(words)
    pages = Page.objects.live().public().filter(locale=locale)
    title_filter = Q()
    for word in words:
        title_filter &= Q(title__icontains=word)
    title_matches = list(pages.filter(title_filter).order_by("path").specific()[:MAX_TITLE_MATCHES])
    backend_query = cjk_query(query) if CJK_RUN.search(query) else query
    # Every term nests one level deeper in the backend's query: PostgreSQL's builder hit
    # Python's recursion limit on a pasted paragraph of Chinese (200 characters, 199 pairs).
    backend_query = " ".join(backend_query.split()[:MAX_QUERY_TERMS])
    found = pages.specific().search(backend_query, operator="and")[:MAX_SEARCH_RESULTS]
    seen = {page.pk for page in title_matches}
    return title_matches + [page for page in found if page.pk not in seen]


# --- Site chrome: the menu and footer links on every page -------------------------------------
#
# Every public page shows the same menu and footer links, so they are worked out once per site
# and language and kept in the cache framework instead of costing some ten queries per request.
# Any saved or deleted page, site, locale, view restriction or footer setting makes every cached
# copy stale at once (content.apps connects forget_site_chrome to those signals): the cache key
# holds a generation that forgetting replaces. With a per-process cache (no REDIS_URL) only the
# process that saved the change forgets at once; the other workers' copies expire within
# CHROME_CACHE_TIMEOUT seconds, no longer than a shared HTTP cache may keep a public page anyway.

CHROME_CACHE_TIMEOUT = 60  # seconds
CHROME_GENERATION_KEY = "cphub:site-chrome:generation"
_REQUEST_ATTRIBUTE = "_cphub_site_chrome"


def _chrome_generation() -> str:
    generation = cache.get(CHROME_GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        if not cache.add(CHROME_GENERATION_KEY, generation, timeout=None):
            generation = cache.get(CHROME_GENERATION_KEY) or generation
    return generation


def forget_site_chrome() -> None:
    """Make every cached menu and footer stale, in every language and for every site."""
    cache.set(CHROME_GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def _active_locale() -> Locale | None:
    try:
        return Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return None


def _localized(pages: list[Page], locale: Locale | None) -> list[Page]:
    """Each page's live translation in ``locale``, else the page itself (Page.localized for
    a list, in one query)."""
    if locale is None:
        return pages
    keys = {page.translation_key for page in pages if page.locale_id != locale.pk}
    translations = {}
    if keys:
        translations = {
            translation.translation_key: translation
            for translation in Page.objects.live().filter(translation_key__in=keys, locale=locale)
        }
    return [
        page if page.locale_id == locale.pk else translations.get(page.translation_key, page)
        for page in pages
    ]


def _build_site_chrome(request) -> dict:
    from content.models import SiteFooter

    site = Site.find_for_request(request)
    if site is None:
        return {"menu": [], "footer": []}
    locale = _active_locale()
    # The home page in the active language, else the default-language home.
    root = _localized([site.root_page], locale)[0]
    menu = [
        {"title": child.title, "url": child.get_url(request=request), "url_path": child.url_path}
        for child in Page.objects.child_of(root).live().public().in_menu().order_by("path")
    ]
    chosen = [block.value for block in SiteFooter.for_request(request).links]
    footer = [
        {"title": page.title, "url": page.get_url(request=request)}
        for page in _localized([page for page in chosen if page is not None and page.live], locale)
    ]
    return {"menu": menu, "footer": footer}


def site_chrome(*, request) -> dict:
    """The menu and footer links of the request's site in the active language, from the cache.

    ``{"menu": [{"title", "url", "url_path"}, ...], "footer": [{"title", "url"}, ...]}``: the
    site root's live, public children shown in menus, and the live pages chosen in the site's
    SiteFooter setting, each in the active language when it has a live translation. No query
    when cached; a bounded number otherwise, whatever the number of links.
    """
    language = get_language() or ""
    memo = getattr(request, _REQUEST_ATTRIBUTE, None)
    if memo is None:
        memo = {}
        setattr(request, _REQUEST_ATTRIBUTE, memo)
    if language in memo:
        return memo[language]
    # The host and port Wagtail matches sites by (Site.find_for_request reads the raw host too).
    host = split_domain_port(request._get_raw_host())[0]
    digest = hashlib.sha256(host.encode()).hexdigest()[:24]
    # The page cache's content generation too, as read before this request's view ran: a page
    # kept by core.page_cache never holds a menu older than its own content.
    content = page_cache.request_generation(request, page_cache.CONTENT)
    key = (
        f"cphub:site-chrome:{_chrome_generation()}:{content}:{language}:{request.get_port()}:"
        f"{digest}"
    )
    chrome = cache.get(key)
    if chrome is None:
        chrome = _build_site_chrome(request)
        cache.set(key, chrome, CHROME_CACHE_TIMEOUT)
    memo[language] = chrome
    return chrome
