"""The portal's search and the open-data API's filters: one set of filters for both.

Searches run over `EnterpriseYear` summaries (one row per enterprise and year), so every
facet is a column on one table and the number of queries does not depend on the data size.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from django.db.models import (
    Count,
    F,
    Q,
    QuerySet,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.regions import province_name
from disclosure.models import (
    Enterprise,
    EnterpriseYear,
    ListBasis,
    Pollutant,
    Sector,
)
from disclosure.selectors.cached import kept_until_disclosure_changes
from disclosure.selectors.filing import (
    Filing,
    annual_public_id,
    days_late,
    filing_status,
    overdue_q,
)
from disclosure.selectors.name_search import enterprise_match

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
            year=int(year)
            if year.isascii() and year.isdigit() and 1990 <= int(year) <= 2100
            else None,
            province=(params.get("province") or "").strip()[:2],
            region=(params.get("region") or "").strip()[:6],
            sector=(params.get("sector") or "").strip().upper()[:5],
            basis=p if (p := (params.get("basis") or "").strip()) in ListBasis.values else "",
            pollutant=(params.get("pollutant") or "").strip().lower()[:20],
            exceedance=flag("exceedance"),
            overdue=flag("overdue"),
            listed=flag("listed"),
        )


def latest_year(*, request=None) -> int:
    """The most recent year the portal has data for (the default of every search), kept
    until the disclosure tables change: every search and export asks, most before their
    first byte. ``request`` reads it under the generation the request renders under."""
    return kept_until_disclosure_changes(
        name="latest-year",
        parts=[],
        compute=lambda: (
            EnterpriseYear.objects.order_by("-year").values_list("year", flat=True).first()
            or timezone.localdate().year - 1
        ),
        request=request,
    )


def search(*, filters: SearchFilters) -> QuerySet[EnterpriseYear]:
    """Enterprise-years matching ``filters`` (the year defaults to the latest), with the
    enterprise and its sector loaded, ordered by credit code (a stable order for cursors)."""
    year = filters.year or latest_year()
    rows = EnterpriseYear.objects.filter(year=year).select_related(
        "enterprise", "enterprise__sector", "annual_report"
    )
    if filters.query:
        # Through the name and credit-code indexes (name_search), not a scan of every name.
        rows = rows.filter(enterprise_match(query=filters.query))
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


def bases_of(summary: EnterpriseYear) -> list[str]:
    return [basis for basis in summary.bases.split() if basis in ListBasis.values]


@dataclass(frozen=True)
class SearchRow:
    """One enterprise-year in the search results, with what the table shows."""

    summary: EnterpriseYear
    bases: list[str]
    filing: str
    days_late: int
    # The annual report's public id when it has a published version (a link), else "".
    report_id: str

    @property
    def enterprise(self) -> Enterprise:
        return self.summary.enterprise

    @property
    def basis_labels(self) -> list[str]:
        return [str(ListBasis(basis).label) for basis in self.bases]

    @property
    def filing_label(self) -> str:
        return str(Filing(self.filing).label)


def search_rows(
    *, summaries: Iterable[EnterpriseYear], today: datetime.date | None = None
) -> list[SearchRow]:
    """Rows for a page of ``search`` results (no further queries: the enterprise, its sector
    and the annual report are loaded by ``search``)."""
    today = today or timezone.localdate()
    rows = []
    for summary in summaries:
        due = summary.annual_due_on if summary.must_disclose or summary.annual_report_id else None
        published = summary.annual_report is not None and summary.annual_report.current_version_id
        rows.append(
            SearchRow(
                summary=summary,
                bases=bases_of(summary),
                filing=filing_status(due_on=due, filed_on=summary.annual_filed_on, today=today),
                days_late=days_late(due_on=due, filed_on=summary.annual_filed_on, today=today),
                report_id=annual_public_id(summary.enterprise.credit_code, summary.year)
                if published
                else "",
            )
        )
    return rows


def available_years() -> list[int]:
    """Years with data, newest first."""
    return list(EnterpriseYear.objects.order_by("-year").values_list("year", flat=True).distinct())


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


def _counted(rows: QuerySet, column: str) -> dict[str, int]:
    return dict(
        rows.order_by().values_list(column).annotate(n=Count("pk")).values_list(column, "n")
    )


def facet_counts(*, filters: SearchFilters) -> dict[str, list[FacetOption]]:
    """For each facet, how many enterprise-years each of its values would find together with
    the other filters in force (the facet's own choice left out, so the alternatives show).
    A fixed number of GROUP BY / aggregate queries, whatever the data size (three when no
    count facet is chosen, up to six)."""
    filters = replace(filters, year=filters.year or latest_year())
    facets: dict[str, list[FacetOption]] = {}

    counts = _counted(search(filters=replace(filters, province="")), "province_code")
    facets["province"] = [
        FacetOption(code, province_name(code) or code, n, code == filters.province)
        for code, n in sorted(counts.items())
    ]

    counts = _counted(search(filters=replace(filters, sector="")), "sector_code")
    names = {
        sector.code: sector for sector in Sector.objects.filter(code__in=[*counts, filters.sector])
    }
    facets["sector"] = [
        FacetOption(code, str(names[code]) if code in names else code, n, code == filters.sector)
        for code, n in sorted(counts.items())
    ]

    # The other facets are counts with a condition each. A facet leaves its own choice out,
    # so facets with nothing chosen share the same other filters: their counts are taken
    # together, in one pass over the rows (one query when none of them is chosen).
    pollutants = list(Pollutant.objects.all())
    wanted: dict[SearchFilters, dict] = defaultdict(dict)
    wanted[replace(filters, basis="")].update(
        {
            f"basis_{basis}": Count("pk", filter=Q(bases__contains=f" {basis} "))
            for basis in ListBasis.values
        }
    )
    wanted[replace(filters, pollutant="")].update(
        {
            f"pollutant_{index}": Count("pk", filter=Q(pollutants__contains=f" {pollutant.code} "))
            for index, pollutant in enumerate(pollutants)
        }
    )
    wanted[replace(filters, exceedance=None)].update(
        exceedance_yes=Count("pk", filter=Q(has_exceedance=True)),
        exceedance_no=Count("pk", filter=Q(has_exceedance=False)),
    )
    wanted[replace(filters, overdue=None)].update(
        overdue_total=Count("pk"), overdue_yes=Count("pk", filter=overdue_q())
    )
    counts = {}
    for facet_filters, aggregates in wanted.items():
        if aggregates:
            counts.update(search(filters=facet_filters).aggregate(**aggregates))

    facets["basis"] = [
        FacetOption(
            basis, str(ListBasis(basis).label), counts[f"basis_{basis}"], basis == filters.basis
        )
        for basis in ListBasis.values
    ]
    facets["pollutant"] = [
        FacetOption(
            pollutant.code,
            pollutant.name,
            counts[f"pollutant_{index}"],
            pollutant.code == filters.pollutant,
        )
        for index, pollutant in enumerate(pollutants)
        if counts[f"pollutant_{index}"] or pollutant.code == filters.pollutant
    ]
    facets["exceedance"] = [
        FacetOption(
            "1",
            str(_("Exceeds a limit or permit")),
            counts["exceedance_yes"],
            filters.exceedance is True,
        ),
        FacetOption(
            "0",
            str(_("No exceedance reported")),
            counts["exceedance_no"],
            filters.exceedance is False,
        ),
    ]
    facets["overdue"] = [
        FacetOption(
            "1", str(_("Late or missing reports")), counts["overdue_yes"], filters.overdue is True
        ),
        FacetOption(
            "0",
            str(_("No late or missing report")),
            counts["overdue_total"] - counts["overdue_yes"],
            filters.overdue is False,
        ),
    ]
    return facets


@dataclass(frozen=True)
class Headline:
    year: int
    listed: int
    must_disclose: int
    compulsory_audit: int
    on_time: int
    late: int
    missing: int
    exceedance: int


def headline(*, year: int, today: datetime.date | None = None) -> Headline:
    """The year's figures on the portal home page: one query over the year's rows, kept
    until the disclosure data changes (every search page shows them)."""
    if today is None:
        return kept_until_disclosure_changes(
            name="headline", parts=[year], compute=lambda: _headline(year=year)
        )
    return _headline(year=year, today=today)


def _headline(*, year: int, today: datetime.date | None = None) -> Headline:
    today = today or timezone.localdate()
    due = Q(must_disclose=True) | Q(annual_report__isnull=False)
    counts = EnterpriseYear.objects.filter(year=year).aggregate(
        n_listed=Count("pk", filter=Q(listed=True)),
        n_must_disclose=Count("pk", filter=Q(must_disclose=True)),
        n_compulsory_audit=Count("pk", filter=Q(compulsory_audit=True)),
        on_time=Count(
            "pk",
            filter=due & Q(annual_filed_on__isnull=False, annual_filed_on__lte=F("annual_due_on")),
        ),
        late=Count(
            "pk",
            filter=due & Q(annual_filed_on__isnull=False, annual_filed_on__gt=F("annual_due_on")),
        ),
        missing=Count(
            "pk",
            filter=Q(must_disclose=True, annual_filed_on__isnull=True, annual_due_on__lt=today),
        ),
        exceedance=Count("pk", filter=Q(has_exceedance=True)),
    )
    return Headline(
        year=year,
        listed=counts.pop("n_listed"),
        must_disclose=counts.pop("n_must_disclose"),
        compulsory_audit=counts.pop("n_compulsory_audit"),
        **counts,
    )
