"""CP benefits and filing statistics."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import (
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Sum,
)
from django.utils import timezone

from disclosure.models import (
    AuditRecord,
    CPOption,
    EnterpriseYear,
    Sector,
)
from disclosure.selectors.cached import kept_until_disclosure_changes
from disclosure.selectors.figures import METRIC_FIELDS

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
    for a few minutes, and only until the disclosure data changes (the page cache's disclosure
    generation is part of the key): a publication shows on the next request."""
    today = today or timezone.localdate()
    figures = kept_until_disclosure_changes(
        name="statistics",
        parts=[year, today.isoformat()],
        compute=lambda: {**_benefit_statistics(year), "filings": _filing_statistics(today)},
    )
    codes = {row["sector"] for row in figures["by_sector"]}
    sector_names = {sector.code: str(sector) for sector in Sector.objects.filter(code__in=codes)}
    return Statistics(year=year, sector_names=sector_names, **figures)
