"""One published report and its public versions."""

from django.db.models import (
    QuerySet,
)

from disclosure.models import (
    AuditResult,
    Enterprise,
    Report,
    ReportVersion,
)
from disclosure.selectors.filing import parse_public_id


def published_reports() -> QuerySet[Report]:
    """Reports with a published version: what the public may read."""
    return Report.objects.filter(current_version__isnull=False)


def public_versions(*, report: Report) -> QuerySet[ReportVersion]:
    """The published versions of a report, oldest first (drafts and submissions awaiting
    review are never public)."""
    return report.versions.filter(status=ReportVersion.Status.PUBLISHED).order_by("number")


def public_report(*, public_id: str) -> Report | None:
    """The report with this public id if it has a published version, else None (a report
    whose versions are all drafts or awaiting review does not exist for the public)."""
    parsed = parse_public_id(public_id=public_id)
    if parsed is None:
        return None
    code, year, kind, sequence = parsed
    return (
        published_reports()
        .select_related("enterprise", "enterprise__sector", "current_version")
        .filter(enterprise__credit_code=code, year=year, kind=kind, sequence=sequence)
        .first()
    )


def audit_results(*, enterprise: Enterprise) -> list[AuditResult]:
    return list(AuditResult.objects.filter(enterprise=enterprise).order_by("round", "decided_on"))
