"""Reading a page as an anonymous visitor and telling whether the server's page cache
(core.page_cache) answered: a kept page is served without a single database query."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def get_counting_queries(client, url: str, **headers):
    """The response to an anonymous GET of ``url`` and the number of queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries)


def kept(client, url: str, **headers) -> bool:
    """Whether ``url`` is answered from the page cache (its first request keeps it)."""
    client.get(url, headers=headers)
    response, queries = get_counting_queries(client, url, **headers)
    assert response.status_code in (200, 304), (url, response.status_code)
    return queries == 0
