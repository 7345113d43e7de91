"""Public pages make a bounded number of queries, however much content exists."""

import datetime

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from content.models import NewsIndexPage, NewsPage, RegulationIndexPage, RegulationPage

# Every test starts from the small site of tests.content.builders (news, regulations, about).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("content_site")]

# Generous ceiling for any public page; the growth tests below are the real guard.
MAX_QUERIES_PER_PAGE = 35


def _queries(client, url: str) -> int:
    # What rendering costs: the page cache (core.page_cache) would answer the second request.
    with override_settings(PAGE_CACHE_ENABLED=False):
        client.get(url)  # the first request fills per-process caches (site root paths, locales)
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def _add_news(count: int) -> None:
    for language_code in ("zh-hans", "en"):
        index = NewsIndexPage.objects.get(locale__language_code=language_code)
        for number in range(count):
            article = NewsPage(
                title=f"Extra article {number}",
                slug=f"extra-{number}",
                date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
                summary="More news.",
                category=NewsPage.Category.CAMPAIGN,
            )
            index.add_child(instance=article)


def _add_regulations(count: int) -> None:
    index = RegulationIndexPage.objects.get(locale__language_code="en")
    for number in range(count):
        index.add_child(
            instance=RegulationPage(
                title=f"Extra measure {number}",
                slug=f"extra-measure-{number}",
                instrument_type="measures",
                issuing_body="Ministry",
                year_issued=2010 + number,
                binds=["enterprises", "smes"],
                summary="<p>Summary.</p>",
            )
        )


@pytest.mark.parametrize(
    "url",
    ["/", "/en/", "/news/", "/en/news/", "/regulations/", "/en/regulations/", "/about/"],
)
def test_public_page_stays_under_the_query_ceiling(client, url):
    assert _queries(client, url) <= MAX_QUERIES_PER_PAGE


@pytest.mark.parametrize("url", ["/", "/en/", "/news/", "/en/news/?category=campaign"])
def test_more_news_does_not_mean_more_queries(client, url):
    before = _queries(client, url)
    _add_news(15)

    assert _queries(client, url) == before


@pytest.mark.parametrize("url", ["/en/regulations/", "/en/regulations/?binds=smes"])
def test_more_regulations_do_not_mean_more_queries(client, url):
    before = _queries(client, url)
    _add_regulations(12)

    assert _queries(client, url) == before


@pytest.mark.parametrize("url", ["/search/?query=清洁生产", "/en/search/?query=news"])
def test_search_query_count_does_not_grow_with_matches(client, url):
    before = _queries(client, url)
    _add_news(15)

    assert _queries(client, url) <= before + 1
