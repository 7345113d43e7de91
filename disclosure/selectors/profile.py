"""An enterprise's public profile: its reports, pollutant trends and audit rounds."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import (
    Count,
    Prefetch,
    Q,
)
from django.utils import timezone

from disclosure import deadlines
from disclosure.models import (
    AuditRecord,
    AuditResult,
    DischargeRecord,
    Enterprise,
    ListEntry,
    Method,
    Pollutant,
    Report,
    ReportVersion,
)
from disclosure.presenters import AuditView, team_queryset
from disclosure.selectors.figures import Amount
from disclosure.selectors.filing import Filing, annual_public_id, days_late, filing_status


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


def _sum(values) -> Decimal | None:
    present = [value for value in values if value is not None]
    return sum(present, Decimal(0)) if present else None


def _published_versions_count() -> Count:
    return Count("versions", filter=Q(versions__status=ReportVersion.Status.PUBLISHED))


def enterprise_profile(
    *, credit_code: str, today: datetime.date | None = None
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


def _audit_views(
    enterprise: Enterprise, current_versions: dict[int, Report]
) -> tuple[list[AuditView], list[AuditResult]]:
    """Each audit round as last disclosed (from the latest report that carries it), with
    the authority's assessment and acceptance; results for rounds no report carries yet
    are returned separately."""
    audits = (
        AuditRecord.objects.filter(version_id__in=list(current_versions))
        .prefetch_related(Prefetch("team", queryset=team_queryset()), "options")
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
