"""The open-data lists and the portal search run a fixed number of queries whatever the data
size (more enterprises than fit a page) and whatever the kind of query (a name of any length,
a credit code); the lists' counts are kept until the disclosure data changes."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from tests.disclosure.builders import list_enterprise, make_enterprise, publish_annual_report

pytestmark = pytest.mark.django_db

YEAR = 2005  # a year no other test file publishes reports for
LIMIT = 2


def published(count: int, *, name: str = "规模测试化工有限公司") -> list:
    enterprises = []
    for index in range(count):
        enterprise = make_enterprise(name=f"{name}{index}")
        list_enterprise(enterprise, YEAR)
        publish_annual_report(
            enterprise,
            YEAR,
            discharges=[{"pollutant": "so2", "concentration": Decimal("50")}],
        )
        enterprises.append(enterprise)
    return enterprises


def queries(client, url: str, params: dict) -> tuple[int, dict | None]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, response.content
    body = response.json() if response["Content-Type"].startswith("application/json") else None
    return len(captured), body


@pytest.mark.parametrize("url", ["/api/v1/disclosures", "/api/v1/enterprises"])
def test_a_list_page_runs_the_same_queries_for_a_few_or_many_more_rows_than_it_shows(client, url):
    published(LIMIT + 1)
    few, body = queries(client, url, {"year": YEAR, "limit": LIMIT})
    assert body["count"] == LIMIT + 1

    published(3 * LIMIT)
    many, body = queries(client, url, {"year": YEAR, "limit": LIMIT, "q": "规模"})

    assert body["count"] == 4 * LIMIT + 1
    assert len(body["results"]) == LIMIT
    assert few == many


@pytest.mark.parametrize("url", ["/api/v1/disclosures", "/api/v1/enterprises"])
def test_the_next_pages_do_not_count_the_matching_rows_again(client, url):
    published(2 * LIMIT + 1)
    first, body = queries(client, url, {"year": YEAR, "limit": LIMIT})

    with CaptureQueriesContext(connection) as captured:
        response = client.get(body["next"])

    assert response.json()["count"] == body["count"] == 2 * LIMIT + 1
    assert not any("COUNT(" in query["sql"] for query in captured.captured_queries)
    assert len(captured) == first - 1


@pytest.mark.parametrize("url", ["/api/v1/disclosures", "/api/v1/enterprises"])
def test_the_count_follows_a_new_publication_at_once(client, url):
    published(1)
    params = {"year": YEAR, "limit": LIMIT}
    assert client.get(url, params).json()["count"] == 1

    published(1, name="规模测试新增有限公司")

    assert client.get(url, params).json()["count"] == 2


@override_settings(PAGE_CACHE_ENABLED=False)
def test_the_search_page_runs_the_same_queries_for_any_kind_of_query(client):
    enterprises = published(3)
    code = enterprises[0].credit_code
    searches = ["化", "化工", "规模测试", "Test Chemicals", code[:8], code]
    client.get("/disclosure/", {"year": YEAR})  # warm up per-process caches

    counts = {}
    for query in searches:
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/disclosure/", {"year": YEAR, "q": query})
        assert response.status_code == 200
        assert response.context["rows"], query
        counts[query] = len(captured)

    assert len(set(counts.values())) == 1, counts
