"""Reads for the disclosure portal and the open-data API: one set of filters for both.

Searches run over `EnterpriseYear` summaries (one row per enterprise and year), so every
facet is a column on one table and the number of queries does not depend on the data size.
"""

import datetime
from dataclasses import dataclass

from django.db.models import F, Q, QuerySet
from django.utils import timezone

from disclosure import credit_codes
from disclosure.models import EnterpriseYear, ListBasis, Report, ReportVersion

YES = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class SearchFilters:
    """What the portal's search form and the API's query parameters can ask for."""

    query: str = ""  # a name or (part of) a credit code
    year: int | None = None
    province: str = ""  # 2-digit province code
    region: str = ""  # a 6-digit region code, or a 4-digit prefecture prefix
    sector: str = ""  # a GB/T 4754 code or prefix (C26 = chemicals)
    basis: str = ""  # a ListBasis value
    pollutant: str = ""  # a Pollutant code
    exceedance: bool | None = None
    overdue: bool | None = None
    listed: bool | None = None

    @classmethod
    def from_params(cls, params) -> "SearchFilters":
        """Read filters from a QueryDict (GET parameters); malformed values are ignored."""

        def flag(name: str) -> bool | None:
            value = (params.get(name) or "").strip().lower()
            if value in YES:
                return True
            if value in ("0", "false", "no"):
                return False
            return None

        year = (params.get("year") or "").strip()
        return cls(
            query=(params.get("q") or "").strip()[:100],
            year=int(year) if year.isdigit() and 1990 <= int(year) <= 2100 else None,
            province=(params.get("province") or "").strip()[:2],
            region=(params.get("region") or "").strip()[:6],
            sector=(params.get("sector") or "").strip().upper()[:5],
            basis=p if (p := (params.get("basis") or "").strip()) in ListBasis.values else "",
            pollutant=(params.get("pollutant") or "").strip().lower()[:20],
            exceedance=flag("exceedance"),
            overdue=flag("overdue"),
            listed=flag("listed"),
        )


def latest_year() -> int:
    """The most recent year the portal has data for (the default of every search)."""
    year = (
        EnterpriseYear.objects.order_by("-year").values_list("year", flat=True).first()
        or timezone.localdate().year - 1
    )
    return year


def overdue_q(today: datetime.date | None = None) -> Q:
    """Enterprise-years with an annual report filed late or missing past its due date, or an
    ad-hoc report filed late or still missing past its due date."""
    today = today or timezone.localdate()
    annual_missing = Q(must_disclose=True, annual_filed_on__isnull=True, annual_due_on__lt=today)
    annual_late = Q(annual_filed_on__isnull=False, annual_filed_on__gt=F("annual_due_on"))
    adhoc = Q(adhoc_filed_late__gt=0) | Q(adhoc_unfiled_due_on__lt=today)
    return annual_missing | annual_late | adhoc


def search(filters: SearchFilters) -> QuerySet[EnterpriseYear]:
    """Enterprise-years matching ``filters`` (the year defaults to the latest), with the
    enterprise and its sector loaded, ordered by credit code (a stable order for cursors)."""
    year = filters.year or latest_year()
    rows = EnterpriseYear.objects.filter(year=year).select_related(
        "enterprise", "enterprise__sector", "annual_report"
    )
    if filters.query:
        matches = Q(enterprise__name__icontains=filters.query) | Q(
            enterprise__name_en__icontains=filters.query
        )
        code = credit_codes.normalise(filters.query)
        if len(code) >= 4 and code.isalnum():
            matches |= Q(enterprise__credit_code__startswith=code)
        rows = rows.filter(matches)
    if filters.province:
        rows = rows.filter(province_code=filters.province)
    if filters.region:
        rows = rows.filter(region_code__startswith=filters.region)
    if filters.sector:
        rows = rows.filter(sector_code__startswith=filters.sector)
    if filters.basis:
        rows = rows.filter(bases__contains=f" {filters.basis} ")
    if filters.pollutant:
        rows = rows.filter(pollutants__contains=f" {filters.pollutant} ")
    if filters.exceedance is not None:
        rows = rows.filter(has_exceedance=filters.exceedance)
    if filters.overdue is True:
        rows = rows.filter(overdue_q())
    elif filters.overdue is False:
        rows = rows.exclude(overdue_q())
    if filters.listed is not None:
        rows = rows.filter(listed=filters.listed)
    return rows.order_by("enterprise__credit_code")


def published_reports() -> QuerySet[Report]:
    """Reports with a published version: what the public may read."""
    return Report.objects.filter(current_version__isnull=False)


def public_versions(report: Report) -> QuerySet[ReportVersion]:
    """The published versions of a report, oldest first (drafts and submissions awaiting
    review are never public)."""
    return report.versions.filter(status=ReportVersion.Status.PUBLISHED).order_by("number")
