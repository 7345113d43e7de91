"""The open-data API, mounted at /api/v1/ (no language prefix): a stable public contract.

GET enterprises[/<credit_code>]    listed enterprises per year, with the portal's filters
GET disclosures[/<public_id>]      published report versions with their content
GET disclosures.csv                one row per discharge record, streamed
GET dumps[/<file>]                 yearly gzip'd CSV dumps and their index
GET openapi.json                   the OpenAPI 3.1 description of every /api/v1/ endpoint

Every answer is JSON (except the CSV and dumps); errors look like
``{"error": {"code": "...", "message": "..."}}``. Lists use cursor pagination in a stable
order (credit code; report public id and version). Requests are rate-limited per client
address (``DISCLOSURE_API_RATE``); GET answers may be cached for five minutes and may be read
from any origin (CORS). Drafts and submissions awaiting review never appear.
"""

import base64
import binascii
import dataclasses
import json
import re
from functools import wraps

from django.db.models import BooleanField, ExpressionWrapper, Prefetch
from django.http import FileResponse, HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt

from certificates.selectors import verification_url
from core import ratelimit
from core.json_input import parse_json
from core.regions import PROVINCES
from disclosure import credit_codes, dumps, openapi, selectors
from disclosure.models import (
    AuditRecord,
    AuditResult,
    AuditTeamMember,
    CPOption,
    DischargeRecord,
    Enterprise,
    EnterpriseYear,
    ListBasis,
    ListEntry,
    Report,
    ReportVersion,
)

MAX_AGE = 300
DEFAULT_LIMIT = 100
MAX_LIMIT = 500
RATE_SCOPE = "disclosure-api"
RATE_SETTING = "DISCLOSURE_API_RATE"
DEFAULT_RATE = "120/m"
FLAG_VALUES = (*selectors.YES, "0", "false", "no")
EXPOSED_HEADERS = "X-RateLimit-Limit, X-RateLimit-Remaining, Retry-After"

# The portal's filters and the forms their values must have (an empty value is no filter).
FILTER_PATTERNS = {
    "year": (re.compile(r"\d{4}", re.ASCII), gettext_lazy("year must be a year such as 2024.")),
    "province": (
        re.compile(r"\d{2}", re.ASCII),
        gettext_lazy("province must be a 2-digit province code such as 32."),
    ),
    "region": (
        re.compile(r"\d{2,6}", re.ASCII),
        gettext_lazy("region must be 2 to 6 digits of an administrative region code."),
    ),
    "sector": (
        re.compile(r"[A-Za-z]\d{0,4}", re.ASCII),
        gettext_lazy("sector must be an industry code such as C26 or C2611."),
    ),
    "pollutant": (
        re.compile(r"[A-Za-z0-9_-]{1,20}", re.ASCII),
        gettext_lazy("pollutant must be a pollutant code such as so2."),
    ),
}


# --- errors and the common wrapper -----------------------------------------------------------


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, **extra) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


def error_response(status: int, code: str, message: str, **extra) -> JsonResponse:
    return JsonResponse(
        {"error": {"code": code, "message": str(message), **extra}},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


def _bad_parameter(name: str, message: str) -> ApiError:
    return ApiError(400, "invalid_parameter", message, parameter=name)


def _rate_limited(request, retry_after: int) -> JsonResponse:
    return error_response(
        429,
        "rate_limited",
        _("Too many requests from your address. Wait %(seconds)d seconds and try again.")
        % {"seconds": retry_after},
        retry_after=retry_after,
    )


def _json(data: dict) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def api_endpoint(view):
    """GET (and HEAD) only, rate-limited per client, JSON errors, CORS for any origin and
    five minutes of public caching (except over the rate limit)."""

    def answering(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except ApiError as problem:
            return error_response(problem.status, problem.code, problem.message, **problem.extra)

    limited = ratelimit.limit(
        scope=RATE_SCOPE,
        setting=RATE_SETTING,
        default=DEFAULT_RATE,
        respond=_rate_limited,
        headers=True,
    )(answering)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "Accept, Accept-Language"
            response["Access-Control-Max-Age"] = "86400"
        elif request.method not in ("GET", "HEAD"):
            response = error_response(
                405,
                "method_not_allowed",
                _("Use %(method)s for this address.") % {"method": "GET"},
            )
        else:
            response = limited(request, *args, **kwargs)
        if response.status_code in (204, 405):
            response["Allow"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        if not response.has_header("Cache-Control"):
            if request.method in ("GET", "HEAD") and response.status_code != 405:
                patch_cache_control(response, public=True, max_age=MAX_AGE)
            else:
                response["Cache-Control"] = "no-store"
        patch_vary_headers(response, ("Accept-Language",))
        return response

    return csrf_exempt(wrapped)


# --- parameters ------------------------------------------------------------------------------


def _param(request, name: str) -> str:
    return (request.GET.get(name) or "").strip()


def search_filters(request) -> selectors.SearchFilters:
    """The portal's filters from the query string, with the year filled in (the latest by
    default). Values the portal would silently ignore are a 400 here, so scripts notice."""
    for name, (pattern, message) in FILTER_PATTERNS.items():
        value = _param(request, name)
        if value and not pattern.fullmatch(value):
            raise _bad_parameter(name, str(message))
    year = _param(request, "year")
    if year and not 1990 <= int(year) <= 2100:
        raise _bad_parameter("year", _("year must be between 1990 and 2100."))
    basis = _param(request, "basis")
    if basis and basis not in ListBasis.values:
        raise _bad_parameter(
            "basis",
            _("basis must be one of: %(values)s.") % {"values": ", ".join(ListBasis.values)},
        )
    for name in ("exceedance", "overdue", "listed"):
        value = _param(request, name).lower()
        if value and value not in FLAG_VALUES:
            raise _bad_parameter(name, _("%(name)s must be true or false.") % {"name": name})
    if len(_param(request, "q")) > 100:
        raise _bad_parameter("q", _("q can be at most 100 characters long."))
    filters = selectors.SearchFilters.from_params(request.GET)
    return dataclasses.replace(filters, year=filters.year or selectors.latest_year())


def page_limit(request) -> int:
    value = _param(request, "limit")
    if not value:
        return DEFAULT_LIMIT
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= MAX_LIMIT:
        raise _bad_parameter(
            "limit",
            _("limit must be a whole number from 1 to %(max)d.") % {"max": MAX_LIMIT},
        )
    return int(value)


def encode_cursor(kind: str, key: list) -> str:
    raw = json.dumps([kind, *key], separators=(",", ":"), ensure_ascii=True).encode("ascii")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_cursor(request, kind: str, types: tuple[type, ...]) -> list | None:
    """The key stored in the ``cursor`` parameter (None on the first page)."""
    text = _param(request, "cursor")
    if not text:
        return None
    problem = _bad_parameter(
        "cursor",
        _("This cursor is not valid. Use the next link of the previous page, unchanged."),
    )
    try:
        data = parse_json(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except (binascii.Error, ValueError) as error:  # MalformedJSON is a ValueError
        raise problem from error
    if not (
        isinstance(data, list)
        and len(data) == len(types) + 1
        and data[0] == kind
        and all(
            isinstance(value, wanted) and not isinstance(value, bool)
            for value, wanted in zip(data[1:], types, strict=True)
        )
    ):
        raise problem
    return data[1:]


def _choice(request, name: str, values) -> str:
    value = _param(request, name)
    if value and value not in values:
        raise _bad_parameter(
            name,
            _("%(name)s must be one of: %(values)s.") % {"name": name, "values": ", ".join(values)},
        )
    return value


def _next_url(request, cursor: str | None) -> str | None:
    if cursor is None:
        return None
    query = request.GET.copy()
    query["cursor"] = cursor
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


# --- values ----------------------------------------------------------------------------------


def number(value):
    """A stored decimal as a JSON number (None stays null)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() and abs(value) < 2**53 else float(value)


def day(value) -> str | None:
    return value.isoformat() if value else None


def province(code: str) -> dict:
    name_zh, name_en = PROVINCES.get(code, ("", ""))
    return {"code": code, "name_zh": name_zh, "name_en": name_en}


def sector(value) -> dict:
    return {"code": value.code, "name_zh": value.name_zh, "name_en": value.name_en}


def profile_path(code: str) -> str:
    return f"/disclosure/enterprises/{code}/"


def report_path(public_id: str, version: int | None = None) -> str:
    suffix = f"?{urlencode({'version': version})}" if version else ""
    return f"/disclosure/reports/{public_id}/{suffix}"


def enterprise_basics(enterprise: Enterprise) -> dict:
    coordinates = None
    if enterprise.latitude is not None and enterprise.longitude is not None:
        coordinates = {
            "latitude": number(enterprise.latitude),
            "longitude": number(enterprise.longitude),
        }
    return {
        "id": enterprise.credit_code,
        "credit_code": enterprise.credit_code,
        "name": enterprise.name,
        "name_en": enterprise.name_en,
        "sector": sector(enterprise.sector),
        "region_code": enterprise.region_code,
        "province": province(enterprise.province_code),
        "address": enterprise.address,
        "coordinates": coordinates,
    }


def list_entry(entry: ListEntry | None) -> dict | None:
    if entry is None:
        return None
    return {
        "year": entry.year,
        "bases": entry.bases,
        "must_disclose": entry.must_disclose,
        "compulsory_audit": entry.compulsory_audit,
        "source_document": entry.source_document,
        "source_url": entry.source_url or None,
    }


def annual_status(summary: EnterpriseYear, today) -> str:
    """The portal's filing status of the year's annual report (selectors.Filing)."""
    return selectors.filing_status(
        due_on=summary.annual_due_on, filed_on=summary.annual_filed_on, today=today
    )


def annual_report(request, summary: EnterpriseYear, today) -> dict:
    report = summary.annual_report
    published = report is not None and report.current_version_id is not None
    if published:
        report.enterprise = summary.enterprise  # already loaded: no query for the public id
    return {
        "id": report.public_id if published else None,
        "status": annual_status(summary, today),
        "due_on": day(summary.annual_due_on),
        "filed_on": day(summary.annual_filed_on),
        "links": {
            "api": request.build_absolute_uri(f"/api/v1/disclosures/{report.public_id}")
            if published
            else None,
            "page": request.build_absolute_uri(report_path(report.public_id))
            if published
            else None,
        },
    }


def _with_overdue(queryset):
    return queryset.annotate(
        overdue=ExpressionWrapper(selectors.overdue_q(), output_field=BooleanField())
    )


# --- enterprises -----------------------------------------------------------------------------


def enterprise_item(request, summary: EnterpriseYear, today) -> dict:
    enterprise = summary.enterprise
    entries = getattr(enterprise, "year_entries", [])
    return {
        **enterprise_basics(enterprise),
        "year": summary.year,
        "listed": summary.listed,
        "list_entry": list_entry(entries[0] if entries else None),
        "annual_report": annual_report(request, summary, today),
        "has_exceedance": summary.has_exceedance,
        "overdue": bool(summary.overdue),
        "links": {
            "profile": request.build_absolute_uri(profile_path(enterprise.credit_code)),
            "api": request.build_absolute_uri(f"/api/v1/enterprises/{enterprise.credit_code}"),
        },
    }


@api_endpoint
def enterprises(request):
    filters = search_filters(request)
    limit = page_limit(request)
    cursor = decode_cursor(request, "e", (str,))
    rows = _with_overdue(selectors.search(filters))
    count = rows.count()
    if cursor:
        rows = rows.filter(enterprise__credit_code__gt=cursor[0])
    rows = rows.prefetch_related(
        Prefetch(
            "enterprise__list_entries",
            queryset=ListEntry.objects.filter(year=filters.year),
            to_attr="year_entries",
        )
    )
    page = list(rows[: limit + 1])
    more = len(page) > limit
    page = page[:limit]
    today = timezone.localdate()
    next_cursor = encode_cursor("e", [page[-1].enterprise.credit_code]) if more else None
    return _json(
        {
            "year": filters.year,
            "count": count,
            "limit": limit,
            "next": _next_url(request, next_cursor),
            "results": [enterprise_item(request, summary, today) for summary in page],
        }
    )


def report_summary(request, report: Report) -> dict:
    current = report.current_version
    return {
        "id": report.public_id,
        "kind": report.kind,
        "year": report.year,
        "event": event(report),
        "due_on": day(report.due_on),
        "filed_on": day(timezone.localdate(report.first_submitted_at))
        if report.first_submitted_at
        else None,
        "filed_late": report.filed_late(),
        "current_version": current.number,
        "published_at": dumps.local_time(current.published_at),
        "links": {
            "api": request.build_absolute_uri(f"/api/v1/disclosures/{report.public_id}"),
            "page": request.build_absolute_uri(report_path(report.public_id)),
        },
    }


def event(report: Report) -> dict | None:
    if report.kind != Report.Kind.ADHOC:
        return None
    return {
        "trigger": report.trigger,
        "date": day(report.trigger_date),
        "description": report.trigger_description,
    }


@api_endpoint
def enterprise_detail(request, credit_code: str):
    code = credit_codes.normalise(credit_code[:40])
    enterprise = (
        Enterprise.objects.filter(credit_code=code)
        .select_related("sector")
        .prefetch_related(
            Prefetch("list_entries", queryset=ListEntry.objects.order_by("-year")),
            Prefetch(
                "reports",
                queryset=selectors.published_reports()
                .select_related("current_version")
                .order_by("-year", "kind", "sequence"),
                to_attr="public_reports",
            ),
            Prefetch(
                "years",
                queryset=_with_overdue(
                    EnterpriseYear.objects.select_related("annual_report")
                ).order_by("-year"),
                to_attr="summaries",
            ),
        )
        .first()
    )
    if enterprise is None:
        raise ApiError(
            404,
            "not_found",
            _("No enterprise has this unified social credit code on the portal."),
        )
    today = timezone.localdate()
    for report in enterprise.public_reports:
        report.enterprise = enterprise
    years = []
    for summary in enterprise.summaries:
        summary.enterprise = enterprise
        years.append(
            {
                "year": summary.year,
                "listed": summary.listed,
                "annual_report": annual_report(request, summary, today),
                "has_exceedance": summary.has_exceedance,
                "overdue": bool(summary.overdue),
            }
        )
    return _json(
        {
            **enterprise_basics(enterprise),
            "list_entries": [list_entry(entry) for entry in enterprise.list_entries.all()],
            "years": years,
            "reports": [report_summary(request, report) for report in enterprise.public_reports],
            "links": {
                "profile": request.build_absolute_uri(profile_path(enterprise.credit_code)),
                "disclosures": request.build_absolute_uri(
                    f"/api/v1/disclosures?{urlencode({'q': enterprise.credit_code})}"
                ),
            },
        }
    )


# --- disclosures -----------------------------------------------------------------------------


def filtered_versions(filters: selectors.SearchFilters, *, kind: str, all_versions: bool):
    """Published versions of the reports of the enterprise-years the portal search finds."""
    matching = selectors.search(filters).order_by().values("enterprise_id")
    versions = dumps.published_versions(all_versions=all_versions).filter(
        report__year=filters.year, report__enterprise_id__in=matching
    )
    if kind:
        versions = versions.filter(report__kind=kind)
    return versions


def with_content(versions):
    """Everything a disclosure shows, in a fixed number of queries whatever the page size."""
    published = ReportVersion.objects.filter(status=ReportVersion.Status.PUBLISHED)
    return versions.prefetch_related(
        Prefetch(
            "discharges",
            queryset=DischargeRecord.objects.select_related("pollutant", "standard").order_by(
                "medium", "outlet_code", "pollutant__order", "pollutant__code", "pk"
            ),
        ),
        "wastes",
        "penalties",
        Prefetch(
            "audits",
            queryset=AuditRecord.objects.order_by("round").prefetch_related(
                Prefetch(
                    "team",
                    queryset=AuditTeamMember.objects.select_related(
                        "certificate__replaced_by"
                    ).order_by("pk"),
                ),
                Prefetch("options", queryset=CPOption.objects.order_by("pk")),
            ),
        ),
        Prefetch("report__versions", queryset=published.order_by("number"), to_attr="published"),
        Prefetch(
            "report__enterprise__audit_results",
            queryset=AuditResult.objects.order_by("round", "stage"),
            to_attr="results",
        ),
    )


def discharge_item(record: DischargeRecord) -> dict:
    pollutant = record.pollutant
    standard = record.standard
    return {
        "outlet_code": record.outlet_code,
        "outlet_name": record.outlet_name,
        "medium": record.medium,
        "pollutant": {
            "code": pollutant.code,
            "name_zh": pollutant.name_zh,
            "name_en": pollutant.name_en,
            "formula": pollutant.formula,
        },
        "concentration": number(record.concentration),
        "concentration_unit": pollutant.concentration_unit,
        "concentration_reported": number(record.concentration_reported),
        "concentration_reported_unit": record.concentration_unit or None,
        "standard": {
            "number": standard.number,
            "title_zh": standard.title_zh,
            "title_en": standard.title_en,
        }
        if standard
        else None,
        "limit": number(record.limit),
        "exceeds_limit": record.exceeds_limit,
        "quantity_t": number(record.quantity_t),
        "quantity_reported": number(record.quantity_reported),
        "quantity_reported_unit": record.quantity_unit
        if record.quantity_reported is not None
        else None,
        "permitted_t": number(record.permitted_t),
        "permitted_reported": number(record.permitted_reported),
        "permitted_reported_unit": record.permitted_unit
        if record.permitted_reported is not None
        else None,
        "exceeds_permit": record.exceeds_permit,
        "method": record.method,
    }


def waste_item(record) -> dict:
    return {
        "category": record.category,
        "waste_code": record.waste_code,
        "name": record.name,
        "generated_t": number(record.generated_t),
        "utilised_t": number(record.utilised_t),
        "disposed_t": number(record.disposed_t),
        "stored_t": number(record.stored_t),
        "reported_unit": record.reported_unit,
        "receiver": record.receiver,
        "receiver_licence": record.receiver_licence,
    }


def penalty_item(record) -> dict:
    return {
        "decided_on": day(record.decided_on),
        "authority": record.authority,
        "document_number": record.document_number,
        "violation": record.violation,
        "fine_yuan": number(record.fine_yuan),
        "rectification": record.rectification,
        "rectified_on": day(record.rectified_on),
    }


def phases(stored) -> list[dict]:
    if not isinstance(stored, dict):
        return []
    rows = []
    for key, dates in stored.items():
        if str(key).isdigit() and 1 <= int(key) <= 7 and isinstance(dates, dict):
            rows.append(
                {
                    "phase": int(key),
                    "start": dates.get("start") or None,
                    "end": dates.get("end") or None,
                }
            )
    return sorted(rows, key=lambda row: row["phase"])


def team_member(member: AuditTeamMember) -> dict:
    certificate = member.certificate
    return {
        "name": member.name,
        "role": member.role,
        "certificate_number": member.certificate_number or None,
        "certificate": {
            "code": certificate.code,
            "status": certificate.status(),
            "verification_url": verification_url(certificate),
        }
        if certificate
        else None,
    }


def option_item(option: CPOption) -> dict:
    return {
        "title": option.title,
        "cost_class": option.cost_class,
        "orientation": option.orientation,
        "status": option.status,
        "investment_10k_yuan": number(option.investment_10k_yuan),
        "annual_savings": {
            "water_m3": number(option.water_m3),
            "electricity_kwh": number(option.electricity_kwh),
            "energy_tce": number(option.energy_tce),
            "materials_t": number(option.materials_t),
        },
        "annual_reductions": {
            "cod_t": number(option.cod_t),
            "nh3n_t": number(option.nh3n_t),
            "so2_t": number(option.so2_t),
            "nox_t": number(option.nox_t),
            "vocs_t": number(option.vocs_t),
            "hazardous_waste_t": number(option.hazardous_waste_t),
        },
        "benefit_10k_yuan": number(option.benefit_10k_yuan),
    }


def audit_item(audit: AuditRecord, results: list[AuditResult]) -> dict:
    return {
        "round": audit.round,
        "compulsory": audit.compulsory,
        "bases": [basis for basis in audit.bases or [] if basis in ListBasis.values],
        "voluntary_reason": audit.voluntary_reason,
        "consultancy": audit.consultancy,
        "phases": phases(audit.phases),
        "team": [team_member(member) for member in audit.team.all()],
        "options": [option_item(option) for option in audit.options.all()],
        "authority_results": [
            {
                "stage": result.stage,
                "outcome": result.outcome,
                "decided_on": day(result.decided_on),
                "authority": result.authority,
            }
            for result in results
            if result.round == audit.round
        ],
    }


def disclosure_item(request, version: ReportVersion) -> dict:
    report = version.report
    enterprise = report.enterprise
    public_id = report.public_id
    current = next(
        (each.number for each in report.published if each.pk == report.current_version_id), None
    )
    is_current = version.pk == report.current_version_id
    api_path = f"/api/v1/disclosures/{public_id}"
    return {
        "id": public_id,
        "version": version.number,
        "current_version": current,
        "is_current": is_current,
        "kind": report.kind,
        "year": report.year,
        "event": event(report),
        "due_on": day(report.due_on),
        "filed_on": day(timezone.localdate(report.first_submitted_at))
        if report.first_submitted_at
        else None,
        "filed_late": report.filed_late(),
        "published_at": dumps.local_time(version.published_at),
        "change_summary": version.change_summary or None,
        "enterprise": {
            "id": enterprise.credit_code,
            "name": enterprise.name,
            "name_en": enterprise.name_en,
            "sector": sector(enterprise.sector),
            "region_code": enterprise.region_code,
            "province": province(enterprise.province_code),
        },
        "basic_information": {
            "products": version.products,
            "permit_number": version.permit_number,
            "permit_valid_until": day(version.permit_valid_until),
            "permit_authority": version.permit_authority,
        },
        "carbon": {
            "emissions_t_co2e": number(version.carbon_t),
            "reported_value": number(version.carbon_reported),
            "reported_unit": version.carbon_unit or None,
        },
        "has_exceedance": version.has_exceedance,
        "discharges": [discharge_item(record) for record in version.discharges.all()],
        "wastes": [waste_item(record) for record in version.wastes.all()],
        "penalties": [penalty_item(record) for record in version.penalties.all()],
        "audits": [audit_item(audit, enterprise.results) for audit in version.audits.all()],
        "changelog": [
            {
                "version": each.number,
                "published_at": dumps.local_time(each.published_at),
                "change_summary": each.change_summary or None,
                "links": {
                    "api": request.build_absolute_uri(f"{api_path}?version={each.number}"),
                    "page": request.build_absolute_uri(report_path(public_id, each.number)),
                },
            }
            for each in report.published
        ],
        "links": {
            "api": request.build_absolute_uri(
                api_path if is_current else f"{api_path}?version={version.number}"
            ),
            "page": request.build_absolute_uri(
                report_path(public_id, None if is_current else version.number)
            ),
            "enterprise": request.build_absolute_uri(
                f"/api/v1/enterprises/{enterprise.credit_code}"
            ),
            "profile": request.build_absolute_uri(profile_path(enterprise.credit_code)),
        },
    }


DISCLOSURE_CURSOR = (str, int, str, int, int)


def _disclosure_query(request):
    filters = search_filters(request)
    kind = _choice(request, "kind", Report.Kind.values)
    include = _choice(request, "include", ["all_versions"])
    return filtered_versions(filters, kind=kind, all_versions=include == "all_versions"), filters


@api_endpoint
def disclosures(request):
    versions, filters = _disclosure_query(request)
    limit = page_limit(request)
    cursor = decode_cursor(request, "d", DISCLOSURE_CURSOR)
    count = versions.count()
    if cursor:
        versions = versions.filter(dumps.after(dumps.VERSION_ORDER, cursor))
    page = list(with_content(versions)[: limit + 1])
    more = len(page) > limit
    page = page[:limit]
    next_cursor = encode_cursor("d", dumps.order_key(page[-1])) if more else None
    return _json(
        {
            "year": filters.year,
            "count": count,
            "limit": limit,
            "next": _next_url(request, next_cursor),
            "results": [disclosure_item(request, version) for version in page],
        }
    )


@api_endpoint
def disclosure_detail(request, public_id: str):
    parsed = selectors.parse_public_id(public_id[:40])
    wanted = _param(request, "version")
    if wanted and not (wanted.isascii() and wanted.isdigit() and 0 < int(wanted) < 1000):
        raise _bad_parameter("version", _("version must be a version number, e.g. 1."))
    version = None
    if parsed:
        code, year, kind, sequence = parsed
        versions = dumps.published_versions(all_versions=True).filter(
            report__enterprise__credit_code=code,
            report__year=year,
            report__kind=kind,
            report__sequence=sequence,
        )
        if wanted:
            versions = versions.filter(number=int(wanted))
        else:
            versions = versions.filter(current_of__isnull=False)
        version = with_content(versions).first()
    if version is None:
        message = (
            _("This report has no published version with this number.")
            if wanted
            else _("No published report has this id.")
        )
        raise ApiError(404, "not_found", message)
    return _json(disclosure_item(request, version))


@api_endpoint
def disclosures_csv(request):
    versions, filters = _disclosure_query(request)
    response = StreamingHttpResponse(
        dumps.csv_text(dumps.discharge_rows(versions)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="disclosures-{filters.year}.csv"'
    return response


# --- dumps, the OpenAPI document, unknown addresses ------------------------------------------


def _how_built() -> str:
    return _(
        "Dumps are rebuilt every day by the site's scheduler (%(command)s). A year appears "
        "once it has a published report."
    ) % {"command": dumps.BUILD_COMMAND}


@api_endpoint
def dump_index(request):
    index = dumps.read_index()
    files = [
        {**entry, "url": request.build_absolute_uri(f"/api/v1/dumps/{entry['name']}")}
        for entry in index.get("files", [])
    ]
    return _json(
        {
            "generated_at": index.get("generated_at"),
            "how_built": _how_built(),
            "columns": index.get("columns")
            or [
                {"name": name, "description": description}
                for name, description in dumps.CSV_COLUMNS
            ],
            "files": files,
        }
    )


@api_endpoint
def dump_file(request, name: str):
    found = dumps.listed_dump(name)
    if found is None:
        raise ApiError(
            404,
            "dump_not_found",
            _("There is no dump called %(name)s yet.") % {"name": name[:60]} + " " + _how_built(),
        )
    path, entry = found
    response = FileResponse(
        path.open("rb"), as_attachment=True, filename=name, content_type="application/gzip"
    )
    response["ETag"] = f'"{entry["sha256"]}"'
    return response


@api_endpoint
def openapi_document(request):
    return _json(openapi.document(server=request.build_absolute_uri("/").rstrip("/")))


@api_endpoint
def not_found(request, unknown: str):
    raise ApiError(
        404,
        "not_found",
        _("There is no such API address. The list is at /api/v1/openapi.json."),
    )
