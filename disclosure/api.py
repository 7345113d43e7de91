"""The open-data API, mounted at /api/v1/ (no language prefix): a stable public contract.

GET enterprises[/<credit_code>]    listed enterprises per year, with the portal's filters
GET disclosures[/<public_id>]      published report versions with their content
GET disclosures.csv                one row per discharge record, streamed (a plain view)
GET dumps[/<file>]                 the yearly gzip'd CSV dumps' index; each file (a plain view)
GET openapi.json                   the OpenAPI 3.1 description of every /api/v1/ endpoint

The JSON operations form a django-ninja router (config/api.py mounts it) whose answers are
validated by the schemas below, from which the OpenAPI document is generated. ``api_endpoint``
wraps every address with what ninja does not do here: GET/HEAD/OPTIONS only, the per-client
rate limit (``DISCLOSURE_API_RATE``), CORS for any origin and five minutes of public caching.
Errors have the API's one shape (core.api). Lists use cursor pagination in a stable order
(credit code; report public id and version). Drafts and submissions awaiting review never
appear.
"""

import base64
import binascii
import dataclasses
import json
import re
from functools import wraps

from django.db.models import BooleanField, ExpressionWrapper, Prefetch
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from ninja import Field, Path, Query, Router, Schema
from ninja.schema import DjangoGetter
from pydantic import model_validator

from certificates.models import Certificate
from core import ratelimit
from core.api import ApiError, error_response, errors
from core.http_cache import cache_publicly, never_store
from core.json_input import parse_json
from core.regions import PROVINCES
from disclosure import api_examples, credit_codes, dumps
from disclosure.models import (
    AuditRecord,
    AuditResult,
    AuditTeamMember,
    DischargeRecord,
    Enterprise,
    EnterpriseYear,
    ListBasis,
    Medium,
    Method,
    Report,
    ReportVersion,
    WasteRecord,
)

# The models whose names the answers' schemas take (as in the published document).
from disclosure.models import CPOption as CPOptionRow
from disclosure.models import ListEntry as ListEntryRow
from disclosure.presenters import json_day, json_number, present_version
from disclosure.selectors.cached import kept_until_disclosure_changes
from disclosure.selectors.filing import Filing, filing_status, overdue_q, parse_public_id
from disclosure.selectors.report import published_reports
from disclosure.selectors.searches import YES, SearchFilters, latest_year, search

MAX_AGE = 300
DEFAULT_LIMIT = 100
MAX_LIMIT = 500
RATE_SCOPE = "disclosure-api"
RATE_SETTING = "DISCLOSURE_API_RATE"
DEFAULT_RATE = "120/m"
FLAG_VALUES = (*YES, "0", "false", "no")
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


# --- schemas of the answers ------------------------------------------------------------------
# Every answer is validated against these on its way out, and the OpenAPI document is
# generated from them. Values are typed as the views build them (dates as ISO text, numbers
# as int or float); enumerations are documented, not enforced, so a stored value the list does
# not know yet cannot turn an answer into a server error.

Number = int | float
CREDIT_CODE_PATTERN = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"
PUBLIC_ID_PATTERN = "^[0-9A-Z]{18}-[0-9]{4}-(AR|AH[0-9]{2,3})$"
UNIT_CODES = (
    "Unit codes: mg_m3, ug_m3, g_m3, ngteq_m3, mg_l, ug_l, g_l, t, kg, g, tCO2e (core.units)."
)


def info(description: str = "", **schema):
    """A required field with a description and extra JSON Schema keywords."""
    return Field(description=description or None, json_schema_extra=schema or None)


def one_of(values, description: str = "", *, nullable: bool = False):
    values = list(values)
    return info(description, enum=[*values, None] if nullable else values)


def day_field(description: str = ""):
    return info(description, format="date")


def time_field(description: str = ""):
    return info(description, format="date-time")


def url_field(description: str = ""):
    return info(description, format="uri")


def credit_code_field(description: str = ""):
    return info(
        description
        or "Unified social credit code (18 characters, GB 32100-2015): the enterprise's stable id.",
        pattern=CREDIT_CODE_PATTERN,
    )


def public_id_field(description: str = ""):
    return info(
        description
        or "Stable report id: <credit code>-<year>-AR (annual) or -AH<nn> (ad-hoc, numbered "
        "per year).",
        pattern=PUBLIC_ID_PATTERN,
    )


def examples(*values) -> dict:
    return {"json_schema_extra": {"examples": list(values)}}


class Answer(Schema):
    """The base of every answer's schema. The views build plain dicts, so they are validated
    as dicts: ninja's own wrapper (``DjangoGetter``, for reading model attributes) around every
    nested object took half the time of a page of 100 disclosures."""

    @model_validator(mode="wrap")
    @classmethod
    def _run_root_validator(cls, values, handler, info):  # replaces ninja's validator
        if isinstance(values, dict):
            return handler(values)
        return handler(DjangoGetter(values, cls, info.context))


class Sector(Answer):
    code: str = info("Industry class of GB/T 4754, e.g. C2611.")
    name_zh: str
    name_en: str


class Province(Answer):
    code: str = info("First two digits of the region code.", pattern="^[0-9]{2}$")
    name_zh: str
    name_en: str


class Coordinates(Answer):
    latitude: Number = info("WGS 84 degrees.")
    longitude: Number = info("WGS 84 degrees.")


class ListEntry(Answer):
    """The enterprise's entry on one year's key-enterprise list."""

    year: int
    bases: list[str] = info("Why the enterprise is listed.", items={"enum": ListBasis.values})
    must_disclose: bool
    compulsory_audit: bool = info("Must carry out a compulsory CP audit.")
    source_document: str = info("The authority's document that lists it.")
    source_url: str | None = url_field()


class ReportLinks(Answer):
    api: str | None = url_field("The report in the API.")
    page: str | None = url_field("The report's public page.")


class AnnualReportStatus(Answer):
    """The annual report for the year (id and links once published)."""

    id: str | None = info(pattern=PUBLIC_ID_PATTERN)
    status: str = one_of(
        Filing.values,
        "on_time: submitted by the due date; late: submitted after it; missing: due date "
        "passed and nothing submitted; not_yet_due: due date still ahead; not_required: no "
        "annual report is due for the year.",
    )
    due_on: str | None = day_field("15 March of the next year.")
    filed_on: str | None = day_field("First submitted.")
    links: ReportLinks


class EnterpriseLinks(Answer):
    profile: str = url_field("Public profile page.")
    api: str = url_field("This enterprise in the API.")


class EnterpriseListItem(Answer):
    id: str = credit_code_field()
    credit_code: str = credit_code_field()
    name: str = info("Registered name (Chinese).")
    name_en: str = info("Name in English (may be empty).")
    sector: Sector
    region_code: str = info("6-digit administrative region code (GB/T 2260).")
    province: Province
    address: str
    coordinates: Coordinates | None
    year: int = info("The year this row describes.")
    listed: bool = info("On the key-enterprise list for the year.")
    list_entry: ListEntry | None
    annual_report: AnnualReportStatus
    has_exceedance: bool = info("A published report of the year exceeds a limit.")
    overdue: bool = info("An annual or ad-hoc report of the year is late or missing.")
    links: EnterpriseLinks


class EnterprisePage(Answer):
    year: int = info("The year searched (the latest by default).")
    count: int = info("Rows matching the filters, on all pages.")
    limit: int
    next: str | None = url_field("The next page, or null on the last.")
    results: list[EnterpriseListItem]

    model_config = examples(api_examples.ENTERPRISE_PAGE_EXAMPLE)


class Event(Answer):
    """What made an ad-hoc report due (null for annual reports)."""

    trigger: str = one_of(Report.Trigger.values)
    date: str | None = day_field()
    description: str


class ReportSummary(Answer):
    id: str = public_id_field()
    kind: str = one_of(Report.Kind.values)
    year: int
    event: Event | None
    due_on: str = day_field()
    filed_on: str | None = day_field()
    filed_late: bool
    current_version: int = info("The version the public sees.")
    published_at: str = time_field("When the current version was published.")
    links: ReportLinks


class YearSummary(Answer):
    year: int
    listed: bool
    annual_report: AnnualReportStatus
    has_exceedance: bool
    overdue: bool


class EnterpriseDetailLinks(Answer):
    profile: str = url_field()
    disclosures: str = url_field("Its disclosures in the API (latest year).")


class EnterpriseDetail(Answer):
    id: str = credit_code_field()
    credit_code: str = credit_code_field()
    name: str
    name_en: str
    sector: Sector
    region_code: str
    province: Province
    address: str
    coordinates: Coordinates | None
    list_entries: list[ListEntry] = info("Every year it was listed, newest first.")
    years: list[YearSummary] = info("Newest first.")
    reports: list[ReportSummary] = info("Published reports, newest year first.")
    links: EnterpriseDetailLinks

    model_config = examples(api_examples.ENTERPRISE_DETAIL_EXAMPLE)


class Pollutant(Answer):
    code: str = info("e.g. so2, nox, cod, nh3n.")
    name_zh: str
    name_en: str
    formula: str


class Standard(Answer):
    number: str
    title_zh: str
    title_en: str


class Discharge(Answer):
    outlet_code: str = info("Outlet code as in the discharge permit.")
    outlet_name: str
    medium: str = one_of(Medium.values)
    pollutant: Pollutant
    concentration: Number | None = info("Annual mean, in concentration_unit.")
    concentration_unit: str = info("Canonical unit of the pollutant. " + UNIT_CODES)
    concentration_reported: Number | None = info("As the enterprise reported it.")
    concentration_reported_unit: str | None
    standard: Standard | None
    limit: Number | None = info("Limit applied, in concentration_unit.")
    exceeds_limit: bool = info("Computed by the system, never typed in.")
    quantity_t: Number | None = info("Annual quantity, tonnes.")
    quantity_reported: Number | None
    quantity_reported_unit: str | None
    permitted_t: Number | None = info("Permitted annual quantity, tonnes.")
    permitted_reported: Number | None
    permitted_reported_unit: str | None
    exceeds_permit: bool = info("Computed by the system.")
    method: str = one_of(Method.values, "How the values were obtained.")


class Waste(Answer):
    category: str = one_of(WasteRecord.Category.values)
    waste_code: str = info("e.g. HW08 for hazardous waste.")
    name: str
    generated_t: Number
    utilised_t: Number
    disposed_t: Number
    stored_t: Number
    reported_unit: str = info("The unit the enterprise used (values are tonnes).")
    receiver: str
    receiver_licence: str


class Penalty(Answer):
    decided_on: str = day_field()
    authority: str
    document_number: str
    violation: str
    fine_yuan: Number
    rectification: str
    rectified_on: str | None = day_field()


class TeamCertificate(Answer):
    code: str
    status: str = one_of(Certificate.Status.values)
    verification_url: str = url_field()


class TeamMember(Answer):
    name: str
    role: str
    certificate_number: str | None = info("Auditor certificate number.")
    certificate: TeamCertificate | None = info(
        "The certificate when number and name match one issued by the academy; null otherwise."
    )


class AnnualSavings(Answer):
    water_m3: Number
    electricity_kwh: Number
    energy_tce: Number
    materials_t: Number


class AnnualReductions(Answer):
    cod_t: Number
    nh3n_t: Number
    so2_t: Number
    nox_t: Number
    vocs_t: Number
    hazardous_waste_t: Number


class CPOption(Answer):
    title: str
    cost_class: str = one_of(CPOptionRow.CostClass.values)
    orientation: str = one_of(CPOptionRow.Orientation.values)
    status: str = one_of(CPOptionRow.Status.values)
    investment_10k_yuan: Number
    annual_savings: AnnualSavings
    annual_reductions: AnnualReductions
    benefit_10k_yuan: Number = info("Economic benefit a year.")


class Phase(Answer):
    phase: int = info(
        "1 planning and organisation, 2 pre-assessment, 3 assessment, 4 option generation and "
        "screening, 5 feasibility analysis, 6 option implementation, 7 sustaining CP.",
        minimum=1,
        maximum=7,
    )
    start: str | None = day_field()
    end: str | None = day_field()


class AuthorityResult(Answer):
    stage: str = one_of(AuditResult.Stage.values)
    outcome: str = one_of(AuditResult.Outcome.values)
    decided_on: str = day_field()
    authority: str


class Audit(Answer):
    round: int
    compulsory: bool
    bases: list[str] = info(items={"enum": ListBasis.values})
    voluntary_reason: str
    consultancy: str
    phases: list[Phase]
    team: list[TeamMember]
    options: list[CPOption]
    authority_results: list[AuthorityResult] = info(
        "The authority's assessment and acceptance of this round."
    )


class ChangelogEntry(Answer):
    version: int
    published_at: str = time_field()
    change_summary: str | None = info("What changed and why (amendments).")
    links: ReportLinks


class DisclosureEnterprise(Answer):
    id: str = credit_code_field()
    name: str
    name_en: str
    sector: Sector
    region_code: str
    province: Province


class BasicInformation(Answer):
    products: str = info("Main products and capacity.")
    permit_number: str = info("Discharge permit number.")
    permit_valid_until: str | None = day_field()
    permit_authority: str


class Carbon(Answer):
    emissions_t_co2e: Number | None
    reported_value: Number | None
    reported_unit: str | None


class DisclosureLinks(Answer):
    api: str = url_field()
    page: str = url_field()
    enterprise: str = url_field()
    profile: str = url_field()


class Disclosure(Answer):
    id: str = public_id_field()
    version: int = info("This version's number.")
    current_version: int = info("The version the public sees now.")
    is_current: bool
    kind: str = one_of(Report.Kind.values)
    year: int
    event: Event | None
    due_on: str = day_field()
    filed_on: str | None = day_field()
    filed_late: bool
    published_at: str = time_field()
    change_summary: str | None
    enterprise: DisclosureEnterprise
    basic_information: BasicInformation
    carbon: Carbon
    has_exceedance: bool
    discharges: list[Discharge]
    wastes: list[Waste]
    penalties: list[Penalty]
    audits: list[Audit]
    changelog: list[ChangelogEntry] = info("Every published version, oldest first.")
    links: DisclosureLinks

    model_config = examples(api_examples.DISCLOSURE_EXAMPLE)


class DisclosurePage(Answer):
    year: int
    count: int
    limit: int
    next: str | None = url_field()
    results: list[Disclosure]

    model_config = examples(api_examples.DISCLOSURE_PAGE_EXAMPLE)


class CsvColumn(Answer):
    name: str
    description: str


class DumpFile(Answer):
    name: str = info(pattern=dumps.DUMP_NAME.pattern)
    year: int
    rows: int
    bytes: int
    sha256: str = info(pattern="^[0-9a-f]{64}$")
    generated_at: str = time_field()
    url: str = url_field()


class DumpIndex(Answer):
    generated_at: str | None = time_field()
    how_built: str
    columns: list[CsvColumn]
    files: list[DumpFile]

    model_config = examples(api_examples.DUMP_INDEX_EXAMPLE)


# --- query parameters (documented here; checked by search_filters and friends) ---------------

FLAG_ENUM = ["true", "false", "1", "0", "yes", "no", "on"]


class FilterQuery(Schema):
    q: str | None = Field(
        None,
        description="Name (Chinese or English, any part) or the start of a credit code.",
        json_schema_extra={"maxLength": 100},
    )
    year: str | None = Field(
        None,
        description="Reporting year (1990-2100); the latest year with data when left out.",
        json_schema_extra={"pattern": "^[0-9]{4}$"},
        examples=["2024"],
    )
    province: str | None = Field(
        None,
        description="2-digit province code, e.g. 32 (Jiangsu).",
        json_schema_extra={"pattern": "^[0-9]{2}$"},
    )
    region: str | None = Field(
        None,
        description="Administrative region code or its prefix (2-6 digits).",
        json_schema_extra={"pattern": "^[0-9]{2,6}$"},
    )
    sector: str | None = Field(
        None,
        description="GB/T 4754 industry code or prefix, e.g. C26 (chemicals).",
        json_schema_extra={"pattern": "^[A-Za-z][0-9]{0,4}$"},
    )
    basis: str | None = Field(
        None,
        description="Why the enterprise is listed.",
        json_schema_extra={"enum": ListBasis.values},
    )
    pollutant: str | None = Field(
        None,
        description="Pollutant code the enterprise reported, e.g. so2.",
        json_schema_extra={"pattern": "^[A-Za-z0-9_-]{1,20}$"},
    )
    exceedance: str | None = Field(
        None,
        description="A published report of the year exceeds a limit.",
        json_schema_extra={"enum": FLAG_ENUM},
    )
    overdue: str | None = Field(
        None,
        description="An annual or ad-hoc report of the year is late or missing.",
        json_schema_extra={"enum": FLAG_ENUM},
    )
    listed: str | None = Field(
        None,
        description="On the key-enterprise list for the year.",
        json_schema_extra={"enum": FLAG_ENUM},
    )


class PageQuery(FilterQuery):
    limit: str | None = Field(
        None,
        description=f"Rows per page, 1-{MAX_LIMIT} (default {DEFAULT_LIMIT}).",
        json_schema_extra={"pattern": "^[0-9]+$"},
    )
    cursor: str | None = Field(
        None, description="Opaque: copy it from the previous page's next link."
    )


class DisclosureQuery(PageQuery):
    kind: str | None = Field(
        None,
        description="Only annual or only ad-hoc reports.",
        json_schema_extra={"enum": Report.Kind.values},
    )
    include: str | None = Field(
        None,
        description="all_versions: every published version, not only the current one.",
        json_schema_extra={"enum": ["all_versions"]},
    )


router = Router(tags=["open data"])
# The URL names of the router's operations (config/api.py wraps each with api_endpoint).
OPERATIONS = ("enterprises", "enterprise", "disclosures", "disclosure", "dumps")


# --- errors and the common wrapper -----------------------------------------------------------


def _bad_parameter(name: str, message: str) -> ApiError:
    return ApiError(400, "invalid_parameter", message, parameter=name)


def _rate_limited(request, retry_after: int):
    return error_response(
        429,
        "rate_limited",
        _("Too many requests from your address. Wait %(seconds)d seconds and try again.")
        % {"seconds": retry_after},
        retry_after=retry_after,
    )


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
                cache_publicly(response, max_age=MAX_AGE)
            else:
                never_store(response)
        patch_vary_headers(response, ("Accept-Language",))
        return response

    return csrf_exempt(wrapped)


# --- parameters ------------------------------------------------------------------------------


def _param(request, name: str) -> str:
    return (request.GET.get(name) or "").strip()


def search_filters(request) -> SearchFilters:
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
    filters = SearchFilters.from_params(request.GET)
    return dataclasses.replace(filters, year=filters.year or latest_year(request=request))


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


def matching_count(request, queryset) -> int:
    """``queryset.count()``, kept until the disclosure data changes: walking the pages of a
    list repeats the same count with each cursor, so only the first page pays for it."""
    asked = sorted((name, value) for name, value in request.GET.items() if name != "cursor")
    return kept_until_disclosure_changes(
        name="api-count", parts=[request.path, asked], compute=queryset.count, request=request
    )


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
            "latitude": json_number(enterprise.latitude),
            "longitude": json_number(enterprise.longitude),
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


def list_entry(entry: ListEntryRow | None) -> dict | None:
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
    """The portal's filing status of the year's annual report (a Filing value)."""
    return filing_status(
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
        "due_on": json_day(summary.annual_due_on),
        "filed_on": json_day(summary.annual_filed_on),
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
    return queryset.annotate(overdue=ExpressionWrapper(overdue_q(), output_field=BooleanField()))


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


@router.api_operation(
    ["GET", "HEAD"],
    "/enterprises",
    url_name="enterprises",
    operation_id="listEnterprises",
    summary="Enterprises of a year matching the portal's filters",
    description="One row per enterprise for the year searched, ordered by credit code. Follow "
    "`next` until it is null to read every row exactly once.",
    response={200: EnterprisePage, **errors(400, 405, 429)},
)
def enterprises(request, query: Query[PageQuery]):
    # ``query`` documents the parameters; they are read from request.GET below, with the
    # portal's own checks and messages (and the same filters as the CSV view).
    filters = search_filters(request)
    limit = page_limit(request)
    cursor = decode_cursor(request, "e", (str,))
    rows = _with_overdue(search(filters=filters))
    count = matching_count(request, rows)
    if cursor:
        rows = rows.filter(enterprise__credit_code__gt=cursor[0])
    rows = rows.prefetch_related(
        Prefetch(
            "enterprise__list_entries",
            queryset=ListEntryRow.objects.filter(year=filters.year),
            to_attr="year_entries",
        )
    )
    page = list(rows[: limit + 1])
    more = len(page) > limit
    page = page[:limit]
    today = timezone.localdate()
    next_cursor = encode_cursor("e", [page[-1].enterprise.credit_code]) if more else None
    return {
        "year": filters.year,
        "count": count,
        "limit": limit,
        "next": _next_url(request, next_cursor),
        "results": [enterprise_item(request, summary, today) for summary in page],
    }


def report_summary(request, report: Report) -> dict:
    current = report.current_version
    return {
        "id": report.public_id,
        "kind": report.kind,
        "year": report.year,
        "event": event(report),
        "due_on": json_day(report.due_on),
        "filed_on": json_day(timezone.localdate(report.first_submitted_at))
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
        "date": json_day(report.trigger_date),
        "description": report.trigger_description,
    }


@router.api_operation(
    ["GET", "HEAD"],
    "/enterprises/{credit_code}",
    url_name="enterprise",
    operation_id="getEnterprise",
    summary="One enterprise with every list year and its published reports",
    description="The code is accepted as people type it (spaces, hyphens, lower case).",
    response={200: EnterpriseDetail, **errors(404, 405, 429)},
)
def enterprise_detail(
    request,
    credit_code: str = Path(
        ..., description="Unified social credit code.", example="91320583MAD000001P"
    ),
):
    code = credit_codes.normalise(credit_code[:40])
    enterprise = (
        Enterprise.objects.filter(credit_code=code)
        .select_related("sector")
        .prefetch_related(
            Prefetch("list_entries", queryset=ListEntryRow.objects.order_by("-year")),
            Prefetch(
                "reports",
                queryset=published_reports()
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
    return {
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


# --- disclosures -----------------------------------------------------------------------------


def filtered_versions(filters: SearchFilters, *, kind: str, all_versions: bool):
    """Published versions of the reports of the enterprise-years the portal search finds."""
    matching = search(filters=filters).order_by().values("enterprise_id")
    versions = dumps.published_versions(all_versions=all_versions).filter(
        report__year=filters.year, report__enterprise_id__in=matching
    )
    if kind:
        versions = versions.filter(report__kind=kind)
    return versions


def with_content(versions):
    """Everything a disclosure shows, in a fixed number of queries whatever the page size
    (``present_version`` finds the sections already loaded; rows that tie in the portal's
    order come in the order they were entered)."""
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
                Prefetch("options", queryset=CPOptionRow.objects.order_by("pk")),
            ),
        ),
        Prefetch("report__versions", queryset=published.order_by("number"), to_attr="published"),
        Prefetch(
            "report__enterprise__audit_results",
            queryset=AuditResult.objects.order_by("round", "stage"),
            to_attr="results",
        ),
    )


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
        "due_on": json_day(report.due_on),
        "filed_on": json_day(timezone.localdate(report.first_submitted_at))
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
        # The content sections, as the public page and the filing pages present them.
        **present_version(version=version, results=enterprise.results).to_dict(),
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


def _disclosure_parameters(request) -> tuple[SearchFilters, str, bool]:
    """The filters, report kind and version choice of a disclosures request, checked (a
    bad value is a 400); no query but the latest year when none is asked for."""
    filters = search_filters(request)
    kind = _choice(request, "kind", Report.Kind.values)
    include = _choice(request, "include", ["all_versions"])
    return filters, kind, include == "all_versions"


def _disclosure_query(request):
    filters, kind, all_versions = _disclosure_parameters(request)
    return filtered_versions(filters, kind=kind, all_versions=all_versions), filters


@router.api_operation(
    ["GET", "HEAD"],
    "/disclosures",
    url_name="disclosures",
    operation_id="listDisclosures",
    summary="Published reports of the enterprises matching the filters",
    description="The current version of each published report of the year (every published "
    "version with include=all_versions), with its content, in the order of report id and "
    "version. Drafts and submissions awaiting review never appear.",
    response={200: DisclosurePage, **errors(400, 405, 429)},
)
def disclosures(request, query: Query[DisclosureQuery]):
    # ``query`` documents the parameters; they are read from request.GET below, with the
    # portal's own checks and messages (and the same filters as the CSV view).
    versions, filters = _disclosure_query(request)
    limit = page_limit(request)
    cursor = decode_cursor(request, "d", DISCLOSURE_CURSOR)
    count = matching_count(request, versions)
    if cursor:
        versions = versions.filter(dumps.after(dumps.VERSION_ORDER, cursor))
    # The page's ids first: sorting narrow rows is cheaper than sorting every matching
    # version with all its columns; then the page itself, by id, with its content.
    page_ids = list(versions.values_list("pk", flat=True)[: limit + 1])
    page = list(with_content(dumps.published_versions(all_versions=True).filter(pk__in=page_ids)))
    more = len(page) > limit
    page = page[:limit]
    next_cursor = encode_cursor("d", dumps.order_key(page[-1])) if more else None
    return {
        "year": filters.year,
        "count": count,
        "limit": limit,
        "next": _next_url(request, next_cursor),
        "results": [disclosure_item(request, version) for version in page],
    }


@router.api_operation(
    ["GET", "HEAD"],
    "/disclosures/{public_id}",
    url_name="disclosure",
    operation_id="getDisclosure",
    summary="One published report: the current version, or ?version=N",
    description="A published version never changes: a correction is a new version listed in "
    "the changelog, and every published version stays readable.",
    response={200: Disclosure, **errors(400, 404, 405, 429)},
)
def disclosure_detail(
    request,
    public_id: str = Path(..., description="Report id.", example="91320583MAD000001P-2024-AR"),
    version: str | None = Query(
        None,
        description="A published version number (default: the current one).",
        example="1",
    ),
):
    parsed = parse_public_id(public_id=public_id[:40])
    wanted = (version or "").strip()
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
    return disclosure_item(request, version)


def _discharge_rows(filters: SearchFilters, *, kind: str, all_versions: bool):
    """The CSV rows, with the query built only when the first row is asked for: the
    header goes out before any of that work (``dumps.csv_text`` yields it first)."""
    yield from dumps.discharge_rows(
        filtered_versions(filters, kind=kind, all_versions=all_versions)
    )


@api_endpoint
def disclosures_csv(request):
    # Every parameter is checked before the response starts (bad input answers 400, not a
    # broken stream); the queries run while the header row is already on its way.
    filters, kind, all_versions = _disclosure_parameters(request)
    response = StreamingHttpResponse(
        dumps.csv_text(_discharge_rows(filters, kind=kind, all_versions=all_versions)),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="disclosures-{filters.year}.csv"'
    return response


# --- dumps, the OpenAPI document, unknown addresses ------------------------------------------


def _how_built() -> str:
    return _(
        "Dumps are rebuilt every day by the site's scheduler (%(command)s). A year appears "
        "once it has a published report."
    ) % {"command": dumps.BUILD_COMMAND}


@router.api_operation(
    ["GET", "HEAD"],
    "/dumps",
    url_name="dumps",
    operation_id="listDumps",
    summary="The yearly full dumps",
    description="Each year's CSV (every report kind, no filters), gzip'd, with its rows, size, "
    "SHA-256 and generation time; the file's ETag is the same SHA-256. The columns are those of "
    "disclosures.csv.",
    response={200: DumpIndex, **errors(405, 429)},
)
def dump_index(request):
    index = dumps.read_index()
    files = [
        {**entry, "url": request.build_absolute_uri(f"/api/v1/dumps/{entry['name']}")}
        for entry in index.get("files", [])
    ]
    return {
        "generated_at": index.get("generated_at"),
        "how_built": _how_built(),
        "columns": index.get("columns")
        or [{"name": name, "description": description} for name, description in dumps.CSV_COLUMNS],
        "files": files,
    }


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
def not_found(request, unknown: str):
    raise ApiError(
        404,
        "not_found",
        _("There is no such API address. The list is at /api/v1/openapi.json."),
    )
