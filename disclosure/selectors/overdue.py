"""Late and missing reports."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import (
    BooleanField,
    Case,
    CharField,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import TruncDate
from django.utils import timezone

from disclosure.models import (
    Enterprise,
    EnterpriseYear,
    Report,
)
from disclosure.selectors.filing import adhoc_public_id, annual_public_id, days_late


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


def overdue_lines(*, rows: Iterable[dict], today: datetime.date | None = None) -> list[OverdueLine]:
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
