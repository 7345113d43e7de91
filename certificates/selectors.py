"""Reads for certificate verification: what anyone may learn about a certificate."""

import datetime
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Min, OuterRef, Prefetch, Q, Subquery
from django.utils import timezone

from certificates import codes
from certificates.models import Certificate, RegisterEntry

PUBLIC_RELATED = ("certificate_type", "replaces", "replaced_by")


def _public_queryset():
    return Certificate.objects.select_related(*PUBLIC_RELATED)


def _one(queryset) -> Certificate | None:
    """The row of a lookup by a unique field. Unordered on purpose: ordering the wide select
    (three joined certificates) would only make the query slower to build."""
    return next(iter(queryset.order_by()[:1]), None)


def certificate_by_code(*, code: str) -> Certificate | None:
    """The certificate for a typed or scanned code; None for malformed or unknown codes."""
    canonical = codes.normalise(code or "")
    if canonical is None:
        return None
    return _one(_public_queryset().filter(code=canonical))


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name or "").casefold()
    return "".join(character for character in text if character.isalnum())


def name_matches(certificate: Certificate, name: str) -> bool:
    """Whether ``name`` is the holder's Chinese or Latin name (case, width, spaces ignored)."""
    key = name_key(name)
    return bool(key) and key in {
        name_key(certificate.holder_name),
        name_key(certificate.holder_latin_name),
    }


def certificate_by_number_and_name(*, number: str, name: str) -> Certificate | None:
    """Only a matching holder name (Chinese or Latin) reveals the certificate, so numbers
    cannot be enumerated to collect holders' names. Callers count each call against a strict
    rate limit (the page and the bulk API per client, disclosure filings per enterprise and
    user) and never show the found certificate's verification code to the one who asked."""
    certificate = _one(_public_queryset().filter(number=(number or "").strip().upper()))
    if certificate is None or not name_matches(certificate, name):
        return None
    return certificate


def verification_url(certificate: Certificate) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/verify/{certificate.code}/"


def public_record(certificate: Certificate, *, reveal_code: bool = True) -> dict:
    """The API's stable schema: every field printed on the certificate, plus its status.
    Without ``reveal_code`` (a certificate found by number and name) the verification codes
    of it and of the certificates it replaces or is replaced by, and the verification URL
    that contains the code, are null."""
    replaced_by = getattr(certificate, "replaced_by", None)
    return {
        "code": certificate.code if reveal_code else None,
        "number": certificate.number,
        "status": certificate.status(),
        "holder": {"name": certificate.holder_name, "latin_name": certificate.holder_latin_name},
        "certificate_type": {
            "prefix": certificate.certificate_type.prefix,
            "name_zh": certificate.certificate_type.name_zh,
            "name_en": certificate.certificate_type.name_en,
        },
        "course": {
            "title_zh": certificate.course_title_zh,
            "title_en": certificate.course_title_en,
        },
        "hours": certificate.hours,
        "completed_on": certificate.completed_on.isoformat(),
        "issued_on": timezone.localdate(certificate.issued_at).isoformat(),
        "valid_until": certificate.valid_until.isoformat() if certificate.valid_until else None,
        "issuer": {
            "name_zh": certificate.certificate_type.issuer_name_zh,
            "name_en": certificate.certificate_type.issuer_name_en,
        },
        "state_changed_on": timezone.localdate(certificate.state_changed_at).isoformat()
        if certificate.state_changed_at
        else None,
        "state_reason": certificate.state_reason or None,
        "replaces": certificate.replaces.code if certificate.replaces and reveal_code else None,
        "replaced_by": replaced_by.code if replaced_by and reveal_code else None,
        "replaces_number": certificate.replaces.number if certificate.replaces else None,
        "replaced_by_number": replaced_by.number if replaced_by else None,
        "verification_url": verification_url(certificate) if reveal_code else None,
        "checked_at": timezone.now().isoformat(timespec="seconds"),
    }


def holder_certificates(*, user):
    return _public_queryset().filter(holder=user).order_by("-issued_at")


def valid_register_certificates(*, today: datetime.date | None = None):
    """Currently valid certificates of the types shown in the register of certified auditors."""
    today = today or timezone.localdate()
    return Certificate.objects.filter(
        certificate_type__in_public_register=True,
        state=Certificate.State.ACTIVE,
        replaced_by__isnull=True,
    ).filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))


REGISTER_PAGE_SIZE = 25


def register_entries(*, name: str = "", province: str = "", organisation: str = ""):
    """Listed holders who hold a valid auditor certificate, with those certificates. Each is
    shown and found under the name printed on their newest such certificate (``printed_name``,
    ``printed_latin_name``), never the profile name, which holders edit freely; filtered by
    that name (Chinese or Latin), province and organisation (only where the holder shows it)."""
    valid = valid_register_certificates()
    newest = valid.filter(holder=OuterRef("holder")).order_by("-issued_at", "-pk")
    entries = (
        RegisterEntry.objects.select_related("holder")
        .filter(holder__in=valid.values("holder"))
        .annotate(
            printed_name=Subquery(newest.values("holder_name")[:1]),
            printed_latin_name=Subquery(newest.values("holder_latin_name")[:1]),
        )
        .order_by("printed_name", "holder__pk")
    )
    if name.strip():
        entries = entries.filter(
            holder__in=valid.filter(
                Q(holder_name__icontains=name.strip())
                | Q(holder_latin_name__icontains=name.strip())
            ).values("holder")
        )
    if province:
        entries = entries.filter(holder__province=province)
    if organisation.strip():
        entries = entries.filter(
            show_organisation=True, holder__organisation__icontains=organisation.strip()
        )
    return entries.prefetch_related(
        Prefetch(
            "holder__certificates",
            queryset=valid.select_related("certificate_type").order_by("-issued_at"),
            to_attr="register_certificates",
        )
    )


# Published counts of 1 or 2 people in one province could point at auditors who chose not to
# be listed; such provinces are only ever published together with at least one other.
SMALL_COUNT_LIMIT = 3


def pool_small_rows(
    rows: dict[str, dict], *, limit: int = SMALL_COUNT_LIMIT
) -> tuple[dict[str, dict], dict | None]:
    """Split ``rows`` (province code -> {column: count}) into the rows that may be published
    alone and the sum of the rest ("others, counted together"), or None when nothing is
    pooled.

    A row is pooled when any of its counts is between 1 and ``limit - 1``. A pool of one row
    would be that row again (the column totals minus the published rows give it back), so a
    lone small row takes the row with the smallest total with it. Every published row then
    has no small count, and subtracting published figures from the totals gives only sums
    over two or more provinces."""
    pooled = {
        code for code, cells in rows.items() if any(0 < count < limit for count in cells.values())
    }
    if len(pooled) == 1 and len(rows) > 1:
        rest = sorted(
            (sum(cells.values()), code) for code, cells in rows.items() if code not in pooled
        )
        pooled.add(rest[0][1])
    if not pooled:
        return dict(rows), None
    together: dict = defaultdict(int)
    for code in pooled:
        for column, count in rows[code].items():
            together[column] += count
    return {code: cells for code, cells in rows.items() if code not in pooled}, dict(together)


@dataclass(frozen=True)
class RegisterStatistics:
    """The register's published figures. Per-province figures never show a count of 1 or 2:
    such provinces are summed into the ``*_others`` figures (see ``pool_small_rows``)."""

    certified_now: int
    certified_ever: int
    # New auditors per year of first certification, oldest first (national: names nobody).
    by_year: list[tuple[int, int]]
    # Auditors holding a valid certificate, per province code ("" = not stated).
    by_province: list[tuple[str, int]]
    by_province_others: int
    # (province code, {year: new auditors}) for the table of counts per year and province.
    by_province_and_year: list[tuple[str, dict[int, int]]]
    by_province_and_year_others: dict[int, int] | None
    years: list[int]


def register_statistics() -> RegisterStatistics:
    """Counts over every certificate holder (listed or not): aggregates name nobody, and
    small per-province counts are published only together with other provinces."""
    register_types = Certificate.objects.filter(certificate_type__in_public_register=True)
    # The year an auditor was first certified; renewals and corrections are not new auditors.
    first_years = list(
        register_types.values("holder")
        .annotate(first_issued=Min("issued_at"))
        .values_list("holder", "first_issued", "holder__province")
    )
    per_year: dict[int, int] = defaultdict(int)
    per_province_year: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for _holder, first_issued, province in first_years:
        year = timezone.localtime(first_issued).year
        per_year[year] += 1
        per_province_year[province or ""][year] += 1
    valid_by_province = (
        valid_register_certificates()
        .values("holder__province")
        .annotate(holders=Count("holder", distinct=True))
    )
    province_now, province_now_others = pool_small_rows(
        {row["holder__province"] or "": {"now": row["holders"]} for row in valid_by_province}
    )
    province_years, province_years_others = pool_small_rows(
        {code: dict(counts) for code, counts in per_province_year.items()}
    )
    years = sorted(per_year)
    return RegisterStatistics(
        certified_now=valid_register_certificates().values("holder").distinct().count(),
        certified_ever=len(first_years),
        by_year=[(year, per_year[year]) for year in years],
        by_province=sorted(
            ((code, cells["now"]) for code, cells in province_now.items()),
            key=lambda item: (-item[1], item[0]),
        ),
        by_province_others=(province_now_others or {}).get("now", 0),
        by_province_and_year=sorted(
            province_years.items(), key=lambda item: (item[0] == "", item[0])
        ),
        by_province_and_year_others=province_years_others,
        years=years,
    )
