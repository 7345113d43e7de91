"""Reads for the disclosure portal and the open-data API: one set of filters for both.

Searches run over `EnterpriseYear` summaries (one row per enterprise and year), so every
facet is a column on one table and the number of queries does not depend on the data size.
"""

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal

from django.core.cache import cache
from django.db import models
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import in_english
from core.regions import province_name
from core.units import UNITS, convert
from disclosure import credit_codes, deadlines
from disclosure.models import (
    AuditPhase,
    AuditRecord,
    AuditResult,
    AuditTeamMember,
    CPOption,
    DischargeRecord,
    Enterprise,
    EnterpriseYear,
    ListBasis,
    ListEntry,
    Method,
    PenaltyRecord,
    Pollutant,
    Report,
    ReportVersion,
    Sector,
    StandardLimit,
    WasteRecord,
)

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


# --- numbers as people read them -------------------------------------------------------------


def format_number(value) -> str:
    """A stored figure without the trailing zeros of its column (35.000000 -> 35), grouped in
    thousands; empty for a missing figure."""
    if value is None:
        return ""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    return format(number.normalize(), ",f")


def unit_label(code: str) -> str:
    """The label of a unit code (``mg_m3`` -> mg/m³); unknown codes are shown as stored."""
    unit = UNITS.get(code or "")
    return str(unit.label) if unit else (code or "")


@dataclass(frozen=True)
class Amount:
    """A figure with its unit; renders as "1,234.5 t", or "—" when there is no figure."""

    value: Decimal | None
    unit: str = ""  # a core.units code, or a label

    def __str__(self) -> str:
        if self.value is None:
            return "—"
        label = unit_label(self.unit)
        return f"{format_number(self.value)} {label}".strip()

    def __bool__(self) -> bool:
        return self.value is not None

    @property
    def number(self) -> str:
        """The figure without its unit (for tables that name the unit in the heading)."""
        return "—" if self.value is None else format_number(self.value)


def reported_amount(canonical: Amount, value: Decimal | None, unit: str) -> Amount | None:
    """What the enterprise typed, when it differs from the canonical figure shown (another
    unit); None when the canonical figure is what they reported."""
    if value is None or not unit or unit == canonical.unit:
        return None
    return Amount(value, unit)


# --- filing status ---------------------------------------------------------------------------


class Filing(models.TextChoices):
    """Where a report stands against its due date."""

    ON_TIME = "on_time", _("Filed on time")
    LATE = "late", _("Filed late")
    MISSING = "missing", _("Missing")
    NOT_YET_DUE = "not_yet_due", _("Not yet due")
    NOT_REQUIRED = "not_required", _("Not required")


def filing_status(
    *, due_on: datetime.date | None, filed_on: datetime.date | None, today: datetime.date
) -> str:
    """On time or late once filed; missing once the due date has passed without a filing."""
    if due_on is None:
        return Filing.NOT_REQUIRED
    if filed_on is not None:
        return Filing.LATE if filed_on > due_on else Filing.ON_TIME
    return Filing.MISSING if today > due_on else Filing.NOT_YET_DUE


def days_late(
    *, due_on: datetime.date | None, filed_on: datetime.date | None, today: datetime.date
) -> int:
    """Days past the due date: until filing, or until today for a report still missing."""
    if due_on is None:
        return 0
    return max(0, ((filed_on or today) - due_on).days)


def annual_public_id(credit_code: str, year: int) -> str:
    return f"{credit_code}-{year}-AR"


def adhoc_public_id(credit_code: str, year: int, sequence: int) -> str:
    return f"{credit_code}-{year}-AH{sequence:02d}"


PUBLIC_ID = re.compile(r"^(?P<code>[0-9A-Z]{18})-(?P<year>\d{4})-(?:AR|AH(?P<sequence>\d{2,3}))$")


def parse_public_id(public_id: str) -> tuple[str, int, str, int] | None:
    """(credit code, year, kind, sequence) of a report's public id, or None if malformed."""
    match = PUBLIC_ID.match((public_id or "").strip().upper())
    if match is None:
        return None
    sequence = match["sequence"]
    kind = Report.Kind.ADHOC if sequence else Report.Kind.ANNUAL
    return match["code"], int(match["year"]), kind, int(sequence or 0)


# --- the portal's search page ----------------------------------------------------------------


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


def search_rows(summaries, *, today: datetime.date | None = None) -> list[SearchRow]:
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


def facet_counts(filters: SearchFilters) -> dict[str, list[FacetOption]]:
    """For each facet, how many enterprise-years each of its values would find together with
    the other filters in force (the facet's own choice left out, so the alternatives show).
    A fixed number of GROUP BY / aggregate queries, whatever the data size."""
    filters = replace(filters, year=filters.year or latest_year())
    facets: dict[str, list[FacetOption]] = {}

    counts = _counted(search(replace(filters, province="")), "province_code")
    facets["province"] = [
        FacetOption(code, province_name(code) or code, n, code == filters.province)
        for code, n in sorted(counts.items())
    ]

    counts = _counted(search(replace(filters, sector="")), "sector_code")
    names = {
        sector.code: sector for sector in Sector.objects.filter(code__in=[*counts, filters.sector])
    }
    facets["sector"] = [
        FacetOption(code, str(names[code]) if code in names else code, n, code == filters.sector)
        for code, n in sorted(counts.items())
    ]

    counts = search(replace(filters, basis="")).aggregate(
        **{basis: Count("pk", filter=Q(bases__contains=f" {basis} ")) for basis in ListBasis.values}
    )
    facets["basis"] = [
        FacetOption(basis, str(ListBasis(basis).label), counts[basis], basis == filters.basis)
        for basis in ListBasis.values
    ]

    pollutants = list(Pollutant.objects.all())
    counts = (
        search(replace(filters, pollutant="")).aggregate(
            **{
                f"p{index}": Count("pk", filter=Q(pollutants__contains=f" {pollutant.code} "))
                for index, pollutant in enumerate(pollutants)
            }
        )
        if pollutants
        else {}
    )
    facets["pollutant"] = [
        FacetOption(
            pollutant.code, pollutant.name, counts[f"p{index}"], pollutant.code == filters.pollutant
        )
        for index, pollutant in enumerate(pollutants)
        if counts[f"p{index}"] or pollutant.code == filters.pollutant
    ]

    counts = search(replace(filters, exceedance=None)).aggregate(
        yes=Count("pk", filter=Q(has_exceedance=True)),
        no=Count("pk", filter=Q(has_exceedance=False)),
    )
    facets["exceedance"] = [
        FacetOption(
            "1", str(_("Exceeds a limit or permit")), counts["yes"], filters.exceedance is True
        ),
        FacetOption(
            "0", str(_("No exceedance reported")), counts["no"], filters.exceedance is False
        ),
    ]

    counts = search(replace(filters, overdue=None)).aggregate(
        total=Count("pk"), yes=Count("pk", filter=overdue_q())
    )
    facets["overdue"] = [
        FacetOption("1", str(_("Late or missing reports")), counts["yes"], filters.overdue is True),
        FacetOption(
            "0",
            str(_("No late or missing report")),
            counts["total"] - counts["yes"],
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


def headline(year: int, *, today: datetime.date | None = None) -> Headline:
    """The year's figures on the portal home page, in one query."""
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


# --- an enterprise's profile -----------------------------------------------------------------


@dataclass
class ReportLine:
    """One report obligation on a profile: annual or ad-hoc, filed or not."""

    kind: str
    year: int
    public_id: str
    due_on: datetime.date | None
    filed_on: datetime.date | None
    filing: str
    days_late: int
    published_versions: int
    report: Report | None = None

    @property
    def is_public(self) -> bool:
        return bool(self.report and self.report.current_version_id)

    @property
    def kind_label(self) -> str:
        return str(Report.Kind(self.kind).label)

    @property
    def filing_label(self) -> str:
        return str(Filing(self.filing).label)


@dataclass
class ConcentrationPoint:
    year: int
    outlet_code: str
    outlet_name: str
    concentration: Amount
    limit: Amount
    standard: object  # Standard | None
    exceeds_limit: bool
    method: str

    @property
    def method_label(self) -> str:
        return str(Method(self.method).label)


@dataclass
class QuantityPoint:
    year: int
    emitted: Amount
    permitted: Amount
    exceeds_permit: bool


@dataclass
class PollutantTrend:
    """A pollutant over the years: site totals against the permit, and each outlet's mean
    concentration against its limit."""

    pollutant: Pollutant
    years: list[int]
    quantities: list[QuantityPoint]
    concentrations: list[ConcentrationPoint]
    # (standard, limit in the pollutant's unit) applied in the latest year.
    standards: list[tuple[object, Amount]]

    @property
    def outlets(self) -> list[str]:
        return sorted({point.outlet_code for point in self.concentrations})


@dataclass
class AuditView:
    """The latest disclosed state of one audit round, with the authority's decisions."""

    audit: AuditRecord
    report_public_id: str
    report_year: int
    results: list[AuditResult]

    @property
    def basis_labels(self) -> list[str]:
        return [
            str(ListBasis(basis).label) for basis in self.audit.bases if basis in ListBasis.values
        ]

    @property
    def phases(self) -> list[tuple[str, str, str]]:
        """(phase name, start, end) for each of the 7 phases, blank when not reached."""
        dates = self.audit.phases if isinstance(self.audit.phases, dict) else {}
        rows = []
        for phase in AuditPhase:
            done = dates.get(str(phase.value))
            done = done if isinstance(done, dict) else {}
            rows.append((str(phase.label), done.get("start", ""), done.get("end", "")))
        return rows

    @property
    def options(self) -> list[CPOption]:
        return list(self.audit.options.all())

    @property
    def team(self) -> list[AuditTeamMember]:
        return list(self.audit.team.all())

    @property
    def option_rows(self) -> list[tuple[CPOption, list[tuple[str, Amount]], Amount, Amount]]:
        """Each option with its non-zero annual savings and reductions, its investment and
        its economic benefit a year."""
        return [
            (
                option,
                savings_of(option),
                Amount(option.investment_10k_yuan, "wan_yuan"),
                Amount(option.benefit_10k_yuan, "wan_yuan"),
            )
            for option in self.options
        ]

    @property
    def implemented_totals(self) -> dict[str, Amount]:
        totals = {}
        implemented = [o for o in self.options if o.status == CPOption.Status.IMPLEMENTED]
        for metric in BENEFIT_METRICS:
            total = sum((getattr(option, metric.field) for option in implemented), Decimal(0))
            totals[metric.field] = Amount(total, metric.unit)
        return totals


@dataclass
class EnterpriseProfile:
    enterprise: Enterprise
    list_entries: list[ListEntry]
    reports: list[ReportLine]
    current_annual: Report | None
    current_discharges: list[DischargeRecord]
    trends: list[PollutantTrend]
    audits: list[AuditView]
    unmatched_results: list[AuditResult] = field(default_factory=list)

    @property
    def current_exceedances(self) -> int:
        return sum(
            1 for record in self.current_discharges if record.exceeds_limit or record.exceeds_permit
        )


def savings_of(option: CPOption) -> list[tuple[str, Amount]]:
    """(what, how much a year) for each saving or reduction the option reports."""
    return [
        (str(metric.label), Amount(getattr(option, metric.field), metric.unit))
        for metric in BENEFIT_METRICS
        if metric.field not in ("investment_10k_yuan", "benefit_10k_yuan")
        and getattr(option, metric.field)
    ]


def _sum(values) -> Decimal | None:
    present = [value for value in values if value is not None]
    return sum(present, Decimal(0)) if present else None


def _published_versions_count() -> Count:
    return Count("versions", filter=Q(versions__status=ReportVersion.Status.PUBLISHED))


def enterprise_profile(
    credit_code: str, *, today: datetime.date | None = None
) -> EnterpriseProfile | None:
    """Everything the public profile shows, in a fixed number of queries. None when the
    enterprise is unknown, or was never listed and has published nothing."""
    today = today or timezone.localdate()
    enterprise = Enterprise.objects.select_related("sector").filter(credit_code=credit_code).first()
    if enterprise is None:
        return None
    entries = list(ListEntry.objects.filter(enterprise=enterprise).order_by("-year"))
    reports = list(
        Report.objects.filter(enterprise=enterprise)
        .select_related("current_version")
        .annotate(published_count=_published_versions_count())
        .order_by("-year", "kind", "sequence")
    )
    for report in reports:
        report.enterprise = enterprise
    if not entries and not any(report.current_version_id for report in reports):
        return None

    lines = _report_lines(enterprise, entries, reports, today)
    annual = [r for r in reports if r.kind == Report.Kind.ANNUAL and r.current_version_id]
    current_versions = {r.current_version_id: r for r in reports if r.current_version_id}
    records = list(
        DischargeRecord.objects.filter(version_id__in=[r.current_version_id for r in annual])
        .select_related("pollutant", "standard")
        .order_by("pollutant__order", "pollutant__code", "outlet_code")
    )
    year_of = {r.current_version_id: r.year for r in annual}
    current_annual = annual[0] if annual else None
    current_discharges = [
        record
        for record in records
        if current_annual and record.version_id == current_annual.current_version_id
    ]
    trends = _trends(records, year_of)
    audits = _audit_views(enterprise, current_versions)
    return EnterpriseProfile(
        enterprise=enterprise,
        list_entries=entries,
        reports=lines,
        current_annual=current_annual,
        current_discharges=current_discharges,
        trends=trends,
        audits=audits[0],
        unmatched_results=audits[1],
    )


def _report_lines(enterprise, entries, reports, today) -> list[ReportLine]:
    lines = []
    annual_years = {r.year for r in reports if r.kind == Report.Kind.ANNUAL}
    for entry in entries:
        if entry.must_disclose and entry.year not in annual_years:
            due = deadlines.annual_due_on(entry.year)
            lines.append(
                ReportLine(
                    kind=Report.Kind.ANNUAL,
                    year=entry.year,
                    public_id=annual_public_id(enterprise.credit_code, entry.year),
                    due_on=due,
                    filed_on=None,
                    filing=filing_status(due_on=due, filed_on=None, today=today),
                    days_late=days_late(due_on=due, filed_on=None, today=today),
                    published_versions=0,
                )
            )
    for report in reports:
        filed = timezone.localdate(report.first_submitted_at) if report.first_submitted_at else None
        lines.append(
            ReportLine(
                kind=report.kind,
                year=report.year,
                public_id=report.public_id,
                due_on=report.due_on,
                filed_on=filed,
                filing=filing_status(due_on=report.due_on, filed_on=filed, today=today),
                days_late=days_late(due_on=report.due_on, filed_on=filed, today=today),
                published_versions=report.published_count,
                report=report,
            )
        )
    lines.sort(key=lambda line: (-line.year, line.kind != Report.Kind.ANNUAL, line.public_id))
    return lines


def _trends(records: list[DischargeRecord], year_of: dict[int, int]) -> list[PollutantTrend]:
    by_pollutant: dict[int, list[DischargeRecord]] = defaultdict(list)
    pollutants: dict[int, Pollutant] = {}
    for record in records:
        by_pollutant[record.pollutant_id].append(record)
        pollutants[record.pollutant_id] = record.pollutant
    trends = []
    for pollutant_id, rows in by_pollutant.items():
        pollutant = pollutants[pollutant_id]
        years = sorted({year_of[row.version_id] for row in rows})
        quantities = []
        for year in years:
            of_year = [row for row in rows if year_of[row.version_id] == year]
            emitted = _sum(row.quantity_t for row in of_year)
            permitted = _sum(row.permitted_t for row in of_year)
            quantities.append(
                QuantityPoint(
                    year=year,
                    emitted=Amount(emitted, "t"),
                    permitted=Amount(permitted, "t"),
                    exceeds_permit=any(row.exceeds_permit for row in of_year),
                )
            )
        concentrations = [
            ConcentrationPoint(
                year=year_of[row.version_id],
                outlet_code=row.outlet_code,
                outlet_name=row.outlet_name,
                concentration=Amount(row.concentration, pollutant.concentration_unit),
                limit=Amount(row.limit, pollutant.concentration_unit),
                standard=row.standard,
                exceeds_limit=row.exceeds_limit,
                method=row.method,
            )
            for row in sorted(rows, key=lambda row: (year_of[row.version_id], row.outlet_code))
        ]
        latest = [row for row in rows if year_of[row.version_id] == years[-1]]
        standards, seen = [], set()
        for row in latest:
            key = (row.standard_id, row.limit)
            if (row.standard_id or row.limit is not None) and key not in seen:
                seen.add(key)
                standards.append((row.standard, Amount(row.limit, pollutant.concentration_unit)))
        trends.append(
            PollutantTrend(
                pollutant=pollutant,
                years=years,
                quantities=quantities,
                concentrations=concentrations,
                standards=standards,
            )
        )
    return trends


def _team_queryset():
    return AuditTeamMember.objects.select_related("certificate", "certificate__replaced_by")


def _audit_views(
    enterprise: Enterprise, current_versions: dict[int, Report]
) -> tuple[list[AuditView], list[AuditResult]]:
    """Each audit round as last disclosed (from the latest report that carries it), with
    the authority's assessment and acceptance; results for rounds no report carries yet
    are returned separately."""
    audits = (
        AuditRecord.objects.filter(version_id__in=list(current_versions))
        .prefetch_related(Prefetch("team", queryset=_team_queryset()), "options")
        .order_by("round")
    )
    latest: dict[int, AuditRecord] = {}
    for audit in audits:
        report = current_versions[audit.version_id]
        rank = (report.year, report.current_version.published_at, audit.pk)
        held = latest.get(audit.round)
        if held is None:
            latest[audit.round] = audit
            continue
        other = current_versions[held.version_id]
        if rank > (other.year, other.current_version.published_at, held.pk):
            latest[audit.round] = audit
    results: dict[int, list[AuditResult]] = defaultdict(list)
    for result in AuditResult.objects.filter(enterprise=enterprise).order_by("round", "decided_on"):
        results[result.round].append(result)
    views = [
        AuditView(
            audit=audit,
            report_public_id=current_versions[audit.version_id].public_id,
            report_year=current_versions[audit.version_id].year,
            results=results.pop(audit.round, []),
        )
        for audit in sorted(latest.values(), key=lambda audit: -audit.round)
    ]
    unmatched = [result for round_results in results.values() for result in round_results]
    return views, unmatched


# --- one report and its versions -------------------------------------------------------------


def public_report(public_id: str) -> Report | None:
    """The report with this public id if it has a published version, else None (a report
    whose versions are all drafts or awaiting review does not exist for the public)."""
    parsed = parse_public_id(public_id)
    if parsed is None:
        return None
    code, year, kind, sequence = parsed
    return (
        published_reports()
        .select_related("enterprise", "enterprise__sector", "current_version")
        .filter(enterprise__credit_code=code, year=year, kind=kind, sequence=sequence)
        .first()
    )


@dataclass
class DischargeLine:
    record: DischargeRecord
    concentration: Amount
    concentration_reported: Amount | None
    limit: Amount
    quantity: Amount
    quantity_reported: Amount | None
    permitted: Amount
    permitted_reported: Amount | None


@dataclass
class WasteLine:
    record: WasteRecord
    generated: Amount
    utilised: Amount
    disposed: Amount
    stored: Amount
    # The amounts in the unit the enterprise used, when it was not tonnes.
    reported: list[Amount] | None

    @property
    def reported_unit(self) -> str:
        return unit_label(self.record.reported_unit)


@dataclass
class VersionContent:
    version: ReportVersion
    discharges: list[DischargeLine]
    wastes: list[WasteLine]
    penalties: list[PenaltyRecord]
    audits: list[AuditView]

    @property
    def carbon(self) -> Amount:
        return Amount(self.version.carbon_t, "tCO2e")

    @property
    def carbon_reported(self) -> Amount | None:
        return reported_amount(self.carbon, self.version.carbon_reported, self.version.carbon_unit)

    @property
    def exceedances(self) -> int:
        return sum(
            1 for line in self.discharges if line.record.exceeds_limit or line.record.exceeds_permit
        )


def discharge_line(record: DischargeRecord) -> DischargeLine:
    unit = record.pollutant.concentration_unit
    concentration = Amount(record.concentration, unit)
    quantity = Amount(record.quantity_t, "t")
    permitted = Amount(record.permitted_t, "t")
    return DischargeLine(
        record=record,
        concentration=concentration,
        concentration_reported=reported_amount(
            concentration, record.concentration_reported, record.concentration_unit
        ),
        limit=Amount(record.limit, unit),
        quantity=quantity,
        quantity_reported=reported_amount(quantity, record.quantity_reported, record.quantity_unit),
        permitted=permitted,
        permitted_reported=reported_amount(
            permitted, record.permitted_reported, record.permitted_unit
        ),
    )


def waste_line(record: WasteRecord) -> WasteLine:
    tonnes = [record.generated_t, record.utilised_t, record.disposed_t, record.stored_t]
    reported = None
    unit = UNITS.get(record.reported_unit)
    if unit is not None and unit.code != "t":
        converted = [convert(value, from_unit=UNITS["t"], to_unit=unit) for value in tonnes]
        if None not in converted:
            reported = [Amount(value, unit.code) for value in converted]
    return WasteLine(record, *(Amount(value, "t") for value in tonnes), reported=reported)


def version_content(
    version: ReportVersion, *, results: list[AuditResult] | None = None
) -> VersionContent:
    """The rows of one version, ready to show (six queries)."""
    report = version.report
    by_round: dict[int, list[AuditResult]] = defaultdict(list)
    for result in results or []:
        by_round[result.round].append(result)
    audits = version.audits.prefetch_related(
        Prefetch("team", queryset=_team_queryset()), "options"
    ).order_by("round")
    return VersionContent(
        version=version,
        discharges=[
            discharge_line(record)
            for record in version.discharges.select_related("pollutant", "standard").order_by(
                "medium", "outlet_code", "pollutant__order", "pollutant__code"
            )
        ],
        wastes=[waste_line(record) for record in version.wastes.all()],
        penalties=list(version.penalties.all()),
        audits=[
            AuditView(
                audit=audit,
                report_public_id=report.public_id,
                report_year=report.year,
                results=by_round.get(audit.round, []),
            )
            for audit in audits
        ],
    )


def audit_results(enterprise: Enterprise) -> list[AuditResult]:
    return list(AuditResult.objects.filter(enterprise=enterprise).order_by("round", "decided_on"))


# --- what changed between two versions -------------------------------------------------------


@dataclass(frozen=True)
class Change:
    label: str
    old: str
    new: str


@dataclass
class RowDiff:
    """A row of a section that was added, removed or changed; ``fields`` lists the values of
    an added or removed row, and only the changed values of a changed one."""

    key: str
    status: str  # "added", "removed", "changed"
    fields: list[Change]


@dataclass
class SectionDiff:
    title: str
    rows: list[RowDiff]


@dataclass
class VersionDiff:
    old: ReportVersion
    new: ReportVersion
    sections: list[SectionDiff]

    @property
    def has_changes(self) -> bool:
        return any(section.rows for section in self.sections)


def _text(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return str(_("Yes")) if value else str(_("No"))
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _with_reported(amount: Amount, reported: Amount | None) -> str:
    if reported is None:
        return str(amount)
    return str(_("%(value)s (reported as %(reported)s)") % {"value": amount, "reported": reported})


def _basic_fields(content: VersionContent) -> dict[str, str]:
    version = content.version
    return {
        str(_("Main products and capacity")): _text(version.products),
        str(_("Discharge permit number")): _text(version.permit_number),
        str(_("Permit valid until")): _text(version.permit_valid_until),
        str(_("Permit issued by")): _text(version.permit_authority),
        str(_("Carbon emissions")): _with_reported(content.carbon, content.carbon_reported),
    }


def _discharge_fields(line: DischargeLine) -> dict[str, str]:
    record = line.record
    return {
        str(_("Outlet name")): _text(record.outlet_name),
        str(_("Medium")): record.get_medium_display(),
        str(_("Concentration")): _with_reported(line.concentration, line.concentration_reported),
        str(_("Standard")): _text(record.standard.number if record.standard else ""),
        str(_("Limit")): str(line.limit),
        str(_("Annual quantity")): _with_reported(line.quantity, line.quantity_reported),
        str(_("Permitted quantity")): _with_reported(line.permitted, line.permitted_reported),
        str(_("Exceeds the limit")): _text(record.exceeds_limit),
        str(_("Exceeds the permitted quantity")): _text(record.exceeds_permit),
        str(_("How obtained")): record.get_method_display(),
    }


def _waste_fields(line: WasteLine) -> dict[str, str]:
    record = line.record
    return {
        str(_("Category")): record.get_category_display(),
        str(_("Generated")): str(line.generated),
        str(_("Utilised")): str(line.utilised),
        str(_("Disposed of")): str(line.disposed),
        str(_("Stored")): str(line.stored),
        str(_("Unit reported")): unit_label(record.reported_unit),
        str(_("Receiver")): _text(record.receiver),
        str(_("Receiver's licence number")): _text(record.receiver_licence),
    }


def _penalty_fields(record: PenaltyRecord) -> dict[str, str]:
    return {
        str(_("Decided on")): _text(record.decided_on),
        str(_("Authority")): _text(record.authority),
        str(_("Violation")): _text(record.violation),
        str(_("Fine")): str(Amount(record.fine_yuan, "yuan")),
        str(_("Rectification")): _text(record.rectification),
        str(_("Rectified on")): _text(record.rectified_on),
    }


def _audit_fields(view: AuditView) -> dict[str, str]:
    audit = view.audit
    fields = {
        str(_("Compulsory")): _text(audit.compulsory),
        str(_("Bases")): _text("; ".join(view.basis_labels)),
        str(_("Reason for a voluntary audit")): _text(audit.voluntary_reason),
        str(_("Consultancy")): _text(audit.consultancy),
    }
    for name, start, end in view.phases:
        fields[name] = (
            str(_("%(start)s to %(end)s") % {"start": start or "…", "end": end or "…"})
            if (start or end)
            else "—"
        )
    return fields


def _member_fields(member: AuditTeamMember) -> dict[str, str]:
    return {
        str(_("Role in the team")): _text(member.role),
        str(_("Certificate number")): _text(member.certificate_number),
    }


def _option_fields(option: CPOption) -> dict[str, str]:
    fields = {
        str(_("Cost class")): option.get_cost_class_display(),
        str(_("Orientation")): option.get_orientation_display(),
        str(_("Status")): option.get_status_display(),
    }
    for metric in BENEFIT_METRICS:
        fields[str(metric.label)] = str(Amount(getattr(option, metric.field), metric.unit))
    return fields


def _keyed(items) -> dict[tuple, tuple[str, dict[str, str]]]:
    """{key: (label, fields)}; a key seen twice gets a running number, so no row is lost."""
    keyed: dict[tuple, tuple[str, dict[str, str]]] = {}
    for key, label, fields in items:
        unique, shown, number = key, label, 1
        while unique in keyed:
            number += 1
            unique, shown = (*key, number), f"{label} (#{number})"
        keyed[unique] = (shown, fields)
    return keyed


def _diff_rows(old_items, new_items) -> list[RowDiff]:
    old, new = _keyed(old_items), _keyed(new_items)
    rows = []
    for key, (label, fields) in new.items():
        if key not in old:
            rows.append(
                RowDiff(label, "added", [Change(name, "", value) for name, value in fields.items()])
            )
            continue
        before = old[key][1]
        changes = [
            Change(name, before.get(name, "—"), value)
            for name, value in fields.items()
            if before.get(name, "—") != value
        ]
        if changes:
            rows.append(RowDiff(label, "changed", changes))
    for key, (label, fields) in old.items():
        if key not in new:
            rows.append(
                RowDiff(
                    label, "removed", [Change(name, value, "") for name, value in fields.items()]
                )
            )
    return rows


def _sections(content: VersionContent) -> list[tuple[str, list]]:
    round_label = str(_("Round %(round)s"))
    return [
        (
            str(_("Basic information and permit")),
            [(("basic",), str(_("Report")), _basic_fields(content))],
        ),
        (
            str(_("Discharges")),
            [
                (
                    (line.record.outlet_code, line.record.pollutant_id),
                    f"{line.record.outlet_code} · {line.record.pollutant.name}",
                    _discharge_fields(line),
                )
                for line in content.discharges
            ],
        ),
        (
            str(_("Waste")),
            [
                (
                    (line.record.category, line.record.waste_code, line.record.name),
                    " ".join(filter(None, [line.record.waste_code, line.record.name])),
                    _waste_fields(line),
                )
                for line in content.wastes
            ],
        ),
        (
            str(_("Penalties")),
            [
                ((record.document_number,), record.document_number, _penalty_fields(record))
                for record in content.penalties
            ],
        ),
        (
            str(_("CP audits")),
            [
                (
                    (view.audit.round,),
                    round_label % {"round": view.audit.round},
                    _audit_fields(view),
                )
                for view in content.audits
            ],
        ),
        (
            str(_("Audit team")),
            [
                (
                    (view.audit.round, member.name),
                    f"{round_label % {'round': view.audit.round}} · {member.name}",
                    _member_fields(member),
                )
                for view in content.audits
                for member in view.team
            ],
        ),
        (
            str(_("CP options")),
            [
                (
                    (view.audit.round, option.title),
                    f"{round_label % {'round': view.audit.round}} · {option.title}",
                    _option_fields(option),
                )
                for view in content.audits
                for option in view.options
            ],
        ),
    ]


def version_diff(old: ReportVersion, new: ReportVersion) -> VersionDiff:
    """Field by field and row by row, what ``new`` changes in ``old``: rows are matched by
    what identifies them (outlet and pollutant, waste, decision number, audit round, team
    member, option title), so a reordered table shows no change."""
    before = _sections(version_content(old))
    after = _sections(version_content(new))
    sections = [
        SectionDiff(title, _diff_rows(old_items, new_items))
        for (title, old_items), (_title, new_items) in zip(before, after, strict=True)
    ]
    return VersionDiff(old=old, new=new, sections=sections)


# --- late and missing reports ----------------------------------------------------------------


@dataclass
class OverdueLine:
    kind: str
    year: int
    sequence: int
    enterprise: Enterprise
    due_on: datetime.date
    filed_on: datetime.date | None
    published: bool
    days_late: int

    @property
    def public_id(self) -> str:
        code = self.enterprise.credit_code
        if self.kind == Report.Kind.ANNUAL:
            return annual_public_id(code, self.year)
        return adhoc_public_id(code, self.year, self.sequence)

    @property
    def kind_label(self) -> str:
        return str(Report.Kind(self.kind).label)

    @property
    def missing(self) -> bool:
        return self.filed_on is None


OVERDUE_COLUMNS = ("o_kind", "o_enterprise", "o_year", "o_sequence", "o_due", "o_filed", "o_public")


def overdue_reports(
    *,
    year: int | None = None,
    province: str = "",
    kind: str = "",
    today: datetime.date | None = None,
) -> QuerySet:
    """Annual reports filed late or missing past their due date (from the list: an enterprise
    that must disclose and never opened its report counts too) and ad-hoc reports filed late
    or still missing, as one queryset of value rows ordered from the oldest due date; turn a
    page of it into lines with ``overdue_lines``."""
    today = today or timezone.localdate()
    text = CharField()
    annual = (
        EnterpriseYear.objects.filter(
            Q(must_disclose=True, annual_filed_on__isnull=True, annual_due_on__lt=today)
            | Q(annual_filed_on__isnull=False, annual_filed_on__gt=F("annual_due_on"))
        )
        .annotate(
            o_kind=Value(Report.Kind.ANNUAL.value, output_field=text),
            o_enterprise=F("enterprise_id"),
            o_year=F("year"),
            o_sequence=Value(0, output_field=IntegerField()),
            o_due=F("annual_due_on"),
            o_filed=F("annual_filed_on"),
            o_public=Case(
                When(annual_report__current_version__isnull=False, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
        )
        .values(*OVERDUE_COLUMNS)
    )
    adhoc = (
        Report.objects.filter(kind=Report.Kind.ADHOC)
        .filter(
            Q(first_submitted_at__isnull=True, due_on__lt=today)
            | Q(first_submitted_at__date__gt=F("due_on"))
        )
        .annotate(
            o_kind=Value(Report.Kind.ADHOC.value, output_field=text),
            o_enterprise=F("enterprise_id"),
            o_year=F("year"),
            o_sequence=F("sequence"),
            o_due=F("due_on"),
            o_filed=TruncDate("first_submitted_at"),
            o_public=Case(
                When(current_version__isnull=False, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
        )
        .values(*OVERDUE_COLUMNS)
    )
    if year:
        annual, adhoc = annual.filter(year=year), adhoc.filter(year=year)
    if province:
        annual = annual.filter(province_code=province)
        adhoc = adhoc.filter(enterprise__province_code=province)
    # Both parts unordered: a compound statement is ordered as a whole.
    annual, adhoc = annual.order_by(), adhoc.order_by()
    if kind == Report.Kind.ANNUAL:
        rows = annual
    elif kind == Report.Kind.ADHOC:
        rows = adhoc
    else:
        rows = annual.union(adhoc, all=True)
    return rows.order_by("o_due", "o_enterprise", "o_kind", "o_sequence")


def overdue_lines(rows, *, today: datetime.date | None = None) -> list[OverdueLine]:
    """Lines for a page of ``overdue_reports`` (one query for the enterprises)."""
    today = today or timezone.localdate()
    rows = list(rows)
    enterprises = Enterprise.objects.select_related("sector").in_bulk(
        {row["o_enterprise"] for row in rows}
    )
    lines = []
    for row in rows:
        filed = row["o_filed"]
        if isinstance(filed, datetime.datetime):
            filed = filed.date()
        lines.append(
            OverdueLine(
                kind=row["o_kind"],
                year=row["o_year"],
                sequence=row["o_sequence"],
                enterprise=enterprises[row["o_enterprise"]],
                due_on=row["o_due"],
                filed_on=filed,
                published=bool(row["o_public"]),
                days_late=days_late(due_on=row["o_due"], filed_on=filed, today=today),
            )
        )
    return lines


# --- CP benefits and filing statistics -------------------------------------------------------


@dataclass(frozen=True)
class Metric:
    field: str
    label: object
    unit: str  # a core.units code or a label

    @property
    def unit_label(self) -> str:
        return unit_label(self.unit)


BENEFIT_METRICS = (
    Metric("water_m3", _("Water saved"), "m3"),
    Metric("electricity_kwh", _("Electricity saved"), "kWh"),
    Metric("energy_tce", _("Energy saved"), "tce"),
    Metric("materials_t", _("Materials saved"), "t"),
    Metric("cod_t", _("COD reduced"), "t"),
    Metric("nh3n_t", _("NH₃-N reduced"), "t"),
    Metric("so2_t", _("SO₂ reduced"), "t"),
    Metric("nox_t", _("NOx reduced"), "t"),
    Metric("vocs_t", _("VOCs reduced"), "t"),
    Metric("hazardous_waste_t", _("Hazardous waste reduced"), "t"),
    Metric("benefit_10k_yuan", _("Economic benefit a year"), "wan_yuan"),
    Metric("investment_10k_yuan", _("Investment"), "wan_yuan"),
)
METRIC_FIELDS = tuple(metric.field for metric in BENEFIT_METRICS)

# National results of CP audits in 2007 (over 1,500 audited enterprises), for comparison.
NATIONAL_2007 = {
    "water_m3": Decimal("380000000"),
    "electricity_kwh": Decimal("3690000000"),
    "benefit_10k_yuan": Decimal("589000"),
    "cod_t": Decimal("95000"),
    "so2_t": Decimal("71000"),
}
NATIONAL_2007_ENTERPRISES = 1500

STATISTICS_CACHE_SECONDS = 300


def counted_audits() -> QuerySet[AuditRecord]:
    """Audit records in current published versions, one per enterprise and audit round: the
    one in the enterprise's latest report carrying that round (latest year, then latest
    published), so a round repeated in later reports is counted once."""
    in_current = Q(version__current_of__isnull=False)
    newer = AuditRecord.objects.filter(
        in_current,
        version__report__enterprise_id=OuterRef("version__report__enterprise_id"),
        round=OuterRef("round"),
    ).filter(
        Q(version__report__year__gt=OuterRef("version__report__year"))
        | Q(
            version__report__year=OuterRef("version__report__year"),
            version__published_at__gt=OuterRef("version__published_at"),
        )
        | Q(
            version__report__year=OuterRef("version__report__year"),
            version__published_at=OuterRef("version__published_at"),
            pk__gt=OuterRef("pk"),
        )
    )
    return AuditRecord.objects.filter(in_current).filter(~Exists(newer))


def counted_options() -> QuerySet[CPOption]:
    """Implemented CP options of the counted audits: the basis of every benefit figure."""
    return CPOption.objects.filter(status=CPOption.Status.IMPLEMENTED, audit__in=counted_audits())


def _sums() -> dict:
    sums = {name: Sum(name) for name in METRIC_FIELDS}
    sums["options"] = Count("pk")
    sums["enterprises"] = Count("audit__version__report__enterprise", distinct=True)
    return sums


def _clean(row: dict) -> dict:
    """Sums as exact decimals in their column's precision (SQLite adds decimals as floats),
    and 0 where nothing was summed."""
    cleaned = dict(row)
    for name in METRIC_FIELDS:
        places = CPOption._meta.get_field(name).decimal_places
        value = Decimal(str(row.get(name) or 0))
        cleaned[name] = value.quantize(Decimal(1).scaleb(-places))
    return cleaned


def _benefit_statistics(year: int | None) -> dict:
    options = counted_options()
    totals = _clean(options.aggregate(**_sums()))
    by_year = [
        _clean(row)
        for row in options.values(year=F("audit__version__report__year"))
        .annotate(**_sums())
        .order_by("year")
    ]
    scoped = options.filter(audit__version__report__year=year) if year else options
    by_province = [
        _clean(row)
        for row in scoped.values(province=F("audit__version__report__enterprise__province_code"))
        .annotate(**_sums())
        .order_by("province")
    ]
    by_sector = [
        _clean(row)
        for row in scoped.values(sector=F("audit__version__report__enterprise__sector__code"))
        .annotate(**_sums())
        .order_by("sector")
    ]
    return {
        "totals": totals,
        "by_year": by_year,
        "by_province": by_province,
        "by_sector": by_sector,
    }


def _filing_statistics(today: datetime.date) -> list[dict]:
    due = Q(must_disclose=True) | Q(annual_report__isnull=False)
    return list(
        EnterpriseYear.objects.values("year")
        .annotate(
            n_listed=Count("pk", filter=Q(listed=True)),
            n_compulsory_audit=Count("pk", filter=Q(compulsory_audit=True)),
            on_time=Count(
                "pk",
                filter=due
                & Q(annual_filed_on__isnull=False, annual_filed_on__lte=F("annual_due_on")),
            ),
            late=Count(
                "pk",
                filter=due
                & Q(annual_filed_on__isnull=False, annual_filed_on__gt=F("annual_due_on")),
            ),
            missing=Count(
                "pk",
                filter=Q(must_disclose=True, annual_filed_on__isnull=True, annual_due_on__lt=today),
            ),
            not_yet_due=Count(
                "pk",
                filter=Q(
                    must_disclose=True, annual_filed_on__isnull=True, annual_due_on__gte=today
                ),
            ),
        )
        .order_by("year")
    )


@dataclass
class Statistics:
    year: int | None  # the year the province and sector breakdowns cover (None: all years)
    totals: dict
    by_year: list[dict]
    by_province: list[dict]
    by_sector: list[dict]
    filings: list[dict]
    sector_names: dict[str, str]


def statistics(*, year: int | None = None, today: datetime.date | None = None) -> Statistics:
    """CP benefits by year, province and sector, and filings per year. The figures are cached
    for a few minutes (a publication shows within ``STATISTICS_CACHE_SECONDS``)."""
    today = today or timezone.localdate()
    key = f"disclosure:statistics:{year or 'all'}:{today.isoformat()}"
    figures = cache.get(key)
    if figures is None:
        figures = {**_benefit_statistics(year), "filings": _filing_statistics(today)}
        cache.set(key, figures, STATISTICS_CACHE_SECONDS)
    codes = {row["sector"] for row in figures["by_sector"]}
    sector_names = {sector.code: str(sector) for sector in Sector.objects.filter(code__in=codes)}
    return Statistics(year=year, sector_names=sector_names, **figures)


# --- reference pages -------------------------------------------------------------------------


def pollutants_with_limits() -> list[Pollutant]:
    """Every pollutant with the standards that set a limit for it (two queries); each limit
    gets ``applies_to`` in the active language and ``amount`` with the pollutant's unit."""
    pollutants = list(
        Pollutant.objects.prefetch_related(
            Prefetch(
                "limits",
                queryset=StandardLimit.objects.select_related("standard").order_by(
                    "standard__number"
                ),
            )
        )
    )
    english = in_english()
    for pollutant in pollutants:
        pollutant.unit_label = unit_label(pollutant.concentration_unit)
        for limit in pollutant.limits.all():
            preferred = limit.applies_to_en if english else limit.applies_to_zh
            limit.applies_to = preferred or limit.applies_to_zh or limit.applies_to_en
            limit.amount = Amount(limit.limit, pollutant.concentration_unit)
    return pollutants


@dataclass(frozen=True)
class DictionaryField:
    name: str  # as in the open data (JSON keys and CSV columns)
    meaning: object
    unit: object = ""
    accepted: str = ""


@dataclass(frozen=True)
class DictionarySection:
    slug: str
    title: object
    intro: object
    fields: tuple[DictionaryField, ...]


def units_of(family: str) -> str:
    """The labels of every unit of a family, as accepted in forms and uploads."""
    return ", ".join(str(unit.label) for unit in UNITS.values() if unit.family == family)


def data_dictionary() -> list[DictionarySection]:
    """Every published field, what it means, its canonical unit and the units accepted."""
    mass, money = units_of("mass"), str(UNITS["yuan"].label)
    concentration = _("mg/m³ (air) or mg/L (water): the pollutant's unit")
    return [
        DictionarySection(
            "enterprise",
            _("Enterprise"),
            _("Who discloses. The credit code is the stable identifier used in every address."),
            (
                DictionaryField(
                    "credit_code",
                    _(
                        "Unified social credit code: 18 letters and digits, the last a check "
                        "character; digits 3 to 8 are the region where it was registered."
                    ),
                ),
                DictionaryField("name", _("Registered name in Chinese.")),
                DictionaryField("name_en", _("Name in English, where the enterprise gives one.")),
                DictionaryField(
                    "sector", _("Industry class of the national classification GB/T 4754.")
                ),
                DictionaryField(
                    "region_code", _("6-digit administrative region code (GB/T 2260).")
                ),
                DictionaryField(
                    "province", _("Province, from the first two digits of the region code.")
                ),
                DictionaryField("address", _("Address of the site.")),
                DictionaryField(
                    "coordinates", _("Latitude and longitude of the site."), _("degrees (WGS 84)")
                ),
            ),
        ),
        DictionarySection(
            "list",
            _("Key-enterprise list"),
            _("Each year the environmental authority lists who must disclose, and why."),
            (
                DictionaryField("year", _("The year the list applies to.")),
                DictionaryField(
                    "must_disclose", _("Whether the enterprise must publish an annual report.")
                ),
                DictionaryField(
                    "compulsory_audit", _("Whether the enterprise must carry out a CP audit.")
                ),
                DictionaryField("bases", _("Why it is listed: one or more list bases (below).")),
                DictionaryField(
                    "source_document", _("The authority's document that lists the enterprise.")
                ),
                DictionaryField("source_url", _("Where to read that document, if online.")),
            ),
        ),
        DictionarySection(
            "report",
            _("Reports and versions"),
            _(
                "A report is one obligation: the annual report for a year, or an ad-hoc report "
                "after an event. Its content is published in numbered versions; an amendment is "
                "a new version and earlier ones stay readable."
            ),
            (
                DictionaryField(
                    "id",
                    _(
                        "Public identifier: credit code, year and AR for the annual report or "
                        "AH01, AH02… for ad-hoc reports, e.g. 91320583MAD000001P-2024-AR."
                    ),
                ),
                DictionaryField("kind", _("Annual or ad-hoc (see report kinds below).")),
                DictionaryField(
                    "year", _("The year reported on, or for an ad-hoc report the event's year.")
                ),
                DictionaryField(
                    "event", _("For an ad-hoc report: what happened, and on which date.")
                ),
                DictionaryField("due_on", _("The date the report was due.")),
                DictionaryField("filed_on", _("The date it was first submitted.")),
                DictionaryField(
                    "filed_late", _("Computed by CP Hub: first submitted after the due date.")
                ),
                DictionaryField(
                    "version", _("Version number; the highest published one is current.")
                ),
                DictionaryField(
                    "change_summary", _("For an amendment: what changed and why, in its words.")
                ),
                DictionaryField(
                    "signed_by",
                    _("Who signed the statement that the report is true, accurate and complete."),
                ),
                DictionaryField("published_at", _("When the version was published.")),
            ),
        ),
        DictionarySection(
            "basic",
            _("Basic information and permit"),
            "",
            (
                DictionaryField("products", _("Main products and production capacity.")),
                DictionaryField("permit_number", _("Pollutant discharge permit number.")),
                DictionaryField("permit_valid_until", _("Last day the permit is valid.")),
                DictionaryField("permit_authority", _("Authority that issued the permit.")),
                DictionaryField(
                    "emissions_t_co2e",
                    _("Greenhouse gas emissions in the year."),
                    UNITS["tCO2e"].label,
                    units_of("co2"),
                ),
            ),
        ),
        DictionarySection(
            "discharges",
            _("Discharges"),
            _(
                "One row per discharge outlet and pollutant. Figures are stored in the canonical "
                "unit; the value and unit the enterprise reported are kept next to them."
            ),
            (
                DictionaryField("outlet_code", _("Outlet code from the discharge permit.")),
                DictionaryField("outlet_name", _("Name of the outlet.")),
                DictionaryField("medium", _("Air or water.")),
                DictionaryField(
                    "pollutant", _("The pollutant (see the pollutants page for explanations).")
                ),
                DictionaryField(
                    "concentration",
                    _("Mean concentration over the year."),
                    concentration,
                    _("air: %(air)s; water: %(water)s")
                    % {"air": units_of("air_conc"), "water": units_of("water_conc")},
                ),
                DictionaryField(
                    "standard", _("The discharge standard that applies: number and title.")
                ),
                DictionaryField(
                    "limit", _("The concentration limit applied to this outlet."), concentration
                ),
                DictionaryField(
                    "exceeds_limit",
                    _("Computed by CP Hub: the concentration is above the limit."),
                ),
                DictionaryField(
                    "quantity_t", _("Quantity discharged in the year."), UNITS["t"].label, mass
                ),
                DictionaryField(
                    "permitted_t",
                    _("Quantity the permit allows in the year."),
                    UNITS["t"].label,
                    mass,
                ),
                DictionaryField(
                    "exceeds_permit",
                    _("Computed by CP Hub: the quantity is above the permitted quantity."),
                ),
                DictionaryField("method", _("How the figure was obtained (methods below).")),
            ),
        ),
        DictionarySection(
            "waste",
            _("Waste"),
            "",
            (
                DictionaryField(
                    "category", _("Hazardous waste or general industrial solid waste.")
                ),
                DictionaryField(
                    "waste_code", _("Code in the national list of hazardous wastes, e.g. HW17.")
                ),
                DictionaryField("name", _("What the waste is.")),
                DictionaryField("generated_t", _("Generated in the year."), UNITS["t"].label, mass),
                DictionaryField(
                    "utilised_t", _("Recycled or used in the year."), UNITS["t"].label, mass
                ),
                DictionaryField(
                    "disposed_t", _("Disposed of in the year."), UNITS["t"].label, mass
                ),
                DictionaryField(
                    "stored_t", _("Stored at the end of the year."), UNITS["t"].label, mass
                ),
                DictionaryField("receiver", _("Who took the waste.")),
                DictionaryField("receiver_licence", _("The receiver's licence number.")),
            ),
        ),
        DictionarySection(
            "penalties",
            _("Penalties"),
            "",
            (
                DictionaryField("decided_on", _("Date of the penalty decision.")),
                DictionaryField("authority", _("Authority that decided it.")),
                DictionaryField("document_number", _("Number of the decision.")),
                DictionaryField("violation", _("What the enterprise did wrong.")),
                DictionaryField("fine_yuan", _("Fine."), money, money),
                DictionaryField("rectification", _("What the enterprise did to put it right.")),
                DictionaryField("rectified_on", _("When the rectification was completed.")),
            ),
        ),
        DictionarySection(
            "audits",
            _("CP audits"),
            _(
                "A cleaner production audit goes through 7 phases. Compulsory audits are checked "
                "by the authority in two steps: assessment, then acceptance."
            ),
            (
                DictionaryField("round", _("1 for the first audit, 2 for the next, and so on.")),
                DictionaryField(
                    "compulsory", _("Whether the audit is compulsory or done voluntarily.")
                ),
                DictionaryField("bases", _("For a compulsory audit: the list bases behind it.")),
                DictionaryField("voluntary_reason", _("For a voluntary audit: why.")),
                DictionaryField("consultancy", _("The consultancy that helped, if any.")),
                DictionaryField("phases", _("Start and end dates of each phase done.")),
                DictionaryField(
                    "team",
                    _(
                        "Audit team members with their CP auditor certificate numbers; a "
                        "certificate found on CP Hub links to its live verification page."
                    ),
                ),
                DictionaryField(
                    "authority_results",
                    _("Assessment and acceptance results, recorded by the authority."),
                ),
            ),
        ),
        DictionarySection(
            "options",
            _("CP options"),
            _(
                "Measures found by an audit. Savings are a year's effect once implemented. "
                "Statistics add up implemented options only, each audit round once."
            ),
            (
                DictionaryField("title", _("What the option is.")),
                DictionaryField(
                    "cost_class", _("No or low cost, or medium or high cost (needs investment).")
                ),
                DictionaryField("orientation", _("Whether it changes technology or management.")),
                DictionaryField("status", _("Planned, being implemented or implemented.")),
                *(
                    DictionaryField(metric.field, metric.label, unit_label(metric.unit))
                    for metric in BENEFIT_METRICS
                ),
            ),
        ),
    ]


METHOD_EXPLANATIONS = {
    Method.MONITORING: _(
        "Measured: continuous emission monitoring or sampling by an accredited laboratory. "
        "The most reliable source, and the one the disclosure rules prefer."
    ),
    Method.CALCULATION: _(
        "Worked out from measured inputs, such as fuel burned and its sulphur content (a mass "
        "balance or emission factor applied to real data)."
    ),
    Method.ESTIMATE: _(
        "An estimate, e.g. from design figures or a similar plant. The least certain: read it "
        "with care."
    ),
}

BASIS_EXPLANATIONS = {
    ListBasis.EXCEEDS_STANDARDS: _(
        "Discharges above national or local standards, or above the total quantity the "
        "enterprise was allotted. Makes a CP audit compulsory."
    ),
    ListBasis.TOXIC_HAZARDOUS: _(
        "Uses toxic or hazardous raw materials, or discharges toxic or hazardous substances. "
        "Makes a CP audit compulsory."
    ),
    ListBasis.ENERGY_LIMITS: _(
        "Uses more energy per unit of product than the limit allows (a trigger added when the "
        "CP Promotion Law was revised in 2012). Makes a CP audit compulsory."
    ),
    ListBasis.KEY_DISCHARGER: _(
        "Listed by the authority as a key pollutant discharger: must disclose its emissions."
    ),
}
