"""The search summary of one enterprise and year (``EnterpriseYear``), by one rule.

The services rebuild a summary from the database whenever a list entry or a report changes;
the benchmark generator writes summaries in bulk for rows it has not saved yet. Both hand
what they know to ``summary_fields``, so the portal's search and the facets read the same
thing whichever wrote the row.
"""

from collections.abc import Iterable, Sequence

from django.utils import timezone

from disclosure import deadlines
from disclosure.models import Enterprise, ListEntry, Report, ReportVersion

# Every column ``summary_fields`` sets (all but the enterprise and the year).
SUMMARY_FIELDS = [
    "province_code",
    "region_code",
    "sector_code",
    "listed",
    "must_disclose",
    "compulsory_audit",
    "bases",
    "pollutants",
    "has_exceedance",
    "annual_due_on",
    "annual_filed_on",
    "annual_report",
    "adhoc_filed_late",
    "adhoc_unfiled_due_on",
]


def summary_fields(
    *,
    enterprise: Enterprise,
    sector_code: str,
    year: int,
    entry: ListEntry | None,
    annual: Report | None,
    adhoc: Sequence[Report],
    current_versions: Sequence[ReportVersion],
    pollutant_codes: Iterable[str],
) -> dict[str, object]:
    """The values of ``SUMMARY_FIELDS`` for ``enterprise`` in ``year``.

    ``entry`` is the year's list entry (None: not listed), ``annual`` and ``adhoc`` the year's
    reports, ``current_versions`` the published version each of them currently shows and
    ``pollutant_codes`` the pollutants those versions report discharges of. ``sector_code``
    is passed rather than read from the enterprise, so no query is needed for it.
    """
    pollutants = sorted(set(pollutant_codes))
    unfiled = [
        report.due_on
        for report in adhoc
        if report.first_submitted_at is None and report.due_on is not None
    ]
    must_disclose = bool(entry and entry.must_disclose)
    if annual is not None:
        annual_due_on = annual.due_on
    else:
        # An enterprise that must disclose owes the report even before it opens one.
        annual_due_on = deadlines.annual_due_on(year) if must_disclose else None
    return {
        "province_code": enterprise.province_code,
        "region_code": enterprise.region_code,
        "sector_code": sector_code,
        "listed": entry is not None,
        "must_disclose": must_disclose,
        "compulsory_audit": bool(entry and entry.compulsory_audit),
        # Padded with spaces so a facet matches a whole code with one LIKE '% code %'.
        "bases": f" {' '.join(entry.bases)} " if entry else "",
        "pollutants": f" {' '.join(pollutants)} " if pollutants else "",
        "has_exceedance": any(version.has_exceedance for version in current_versions),
        "annual_due_on": annual_due_on,
        "annual_filed_on": timezone.localdate(annual.first_submitted_at)
        if annual is not None and annual.first_submitted_at
        else None,
        "annual_report": annual,
        "adhoc_filed_late": sum(1 for report in adhoc if report.filed_late()),
        "adhoc_unfiled_due_on": min(unfiled) if unfiled else None,
    }
