"""Reads for the disclosure portal and the open-data API, one module per concern:

- ``searches``: the search filters shared by the portal and the API, facets, the home headline
- ``filing``: where a report stands against its due date, public report ids, ``overdue_q``
- ``figures``: figures with their units as people read them, the CP benefit metrics
- ``profile``: an enterprise's public profile
- ``report``: one published report and its public versions
- ``diff``: what changed between two versions
- ``overdue``: late and missing reports
- ``statistics``: CP benefits and filing statistics
- ``reference``: pollutants with their limits, the data dictionary

Import from the submodule. The names below keep ``disclosure.api`` (rewritten on django-ninja
in issue 11) and ``disclosure.openapi`` working with their old spelling, ``selectors.<name>``;
they go once those modules import the submodules themselves.
"""

from django.db.models import QuerySet

from disclosure.models import EnterpriseYear
from disclosure.selectors import searches as _searches
from disclosure.selectors.filing import Filing, filing_status, overdue_q
from disclosure.selectors.filing import parse_public_id as _parse_public_id
from disclosure.selectors.report import published_reports
from disclosure.selectors.searches import YES, SearchFilters, latest_year


def search(filters: SearchFilters) -> QuerySet[EnterpriseYear]:
    """``searches.search`` for callers that pass the filters positionally."""
    return _searches.search(filters=filters)


def parse_public_id(public_id: str) -> tuple[str, int, str, int] | None:
    """``filing.parse_public_id`` for callers that pass the id positionally."""
    return _parse_public_id(public_id=public_id)


__all__ = [
    "YES",
    "Filing",
    "SearchFilters",
    "filing_status",
    "latest_year",
    "overdue_q",
    "parse_public_id",
    "published_reports",
    "search",
]
