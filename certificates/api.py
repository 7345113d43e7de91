"""The public certificate API (mounted at /api/v1/certificates/, outside i18n_patterns).

GET  <code>   one certificate as ``selectors.public_record``;
POST verify   bulk check for employers: JSON or a CSV upload, up to MAX_ROWS rows.

Rows by number + name count one by one against the client's strict number-and-name allowance
(shared with the /verify/ form); rows beyond it answer ``rate_limited`` and the response says
when to retry. A certificate found by number and name comes without its verification code.

The operations are a django-ninja router (config/api.py mounts it); ``ENDPOINTS`` wraps each
one's view with what ninja does not do: the method check, the rate limit and the caching.
"""

import csv
import io
from collections import Counter
from functools import wraps

from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from ninja import Field, Path, Router, Schema

from certificates import codes, selectors
from certificates.models import Certificate
from certificates.views_verify import NUMBER_NAME_SCOPE, number_name_rate
from core import ratelimit
from core.api import ApiError, error_response, errors
from core.csv import csv_response, csv_safe
from core.http_cache import cache_publicly, never_store
from core.json_input import MalformedJSON, parse_json
from core.page_cache import CERTIFICATES

MAX_ROWS = 1000
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_FIELD_LENGTH = 200
# Shared caches ask again each time (a cheap 304 while nothing changed): a status change shows
# on the very next request.
GET_MAX_AGE = 0
ROW_ERRORS = [
    "invalid_row",
    "missing_code",
    "missing_name",
    "malformed_code",
    "not_found",
    "rate_limited",
]

router = Router(tags=["certificates"])


# --- schemas -----------------------------------------------------------------------------------


def _date(description: str = "") -> Field:
    return Field(description=description or None, json_schema_extra={"format": "date"})


class Holder(Schema):
    name: str
    latin_name: str


class CertificateType(Schema):
    prefix: str
    name_zh: str
    name_en: str


class CourseTitle(Schema):
    title_zh: str
    title_en: str


class Issuer(Schema):
    name_zh: str
    name_en: str


CERTIFICATE_EXAMPLE = {
    "code": "7K3MQ9TX2C4R5",
    "number": "CPA-2024-000123",
    "status": "valid",
    "holder": {"name": "李明", "latin_name": "Li Ming"},
    "certificate_type": {
        "prefix": "CPA",
        "name_zh": "清洁生产审核师",
        "name_en": "Cleaner Production Auditor",
    },
    "course": {"title_zh": "清洁生产审核师培训", "title_en": "Cleaner production auditor course"},
    "hours": 40,
    "completed_on": "2024-05-17",
    "issued_on": "2024-05-20",
    "valid_until": "2027-05-19",
    "issuer": {"name_zh": "清洁生产学院", "name_en": "Cleaner Production Academy"},
    "state_changed_on": None,
    "state_reason": None,
    "replaces": None,
    "replaced_by": None,
    "replaces_number": None,
    "replaced_by_number": None,
    "verification_url": "https://cphub.example/verify/7K3MQ9TX2C4R5/",
    "checked_at": "2025-03-01T10:00:00+08:00",
}


class CertificateRecord(Schema):
    """One certificate: every field printed on it, and its status now."""

    code: str | None = Field(
        description="Verification code; null when the certificate was found by number and name."
    )
    number: str = Field(description="Certificate number.")
    status: str = Field(json_schema_extra={"enum": list(Certificate.Status.values)})
    holder: Holder
    certificate_type: CertificateType
    course: CourseTitle
    hours: int
    completed_on: str = _date()
    issued_on: str = _date()
    valid_until: str | None = _date()
    issuer: Issuer
    state_changed_on: str | None = _date()
    state_reason: str | None
    replaces: str | None = Field(
        description="Verification code of the certificate this one replaces (null when found "
        "by number and name)."
    )
    replaced_by: str | None = Field(
        description="Verification code of the replacement (null when found by number and name)."
    )
    replaces_number: str | None = Field(description="Number of the certificate this one replaces.")
    replaced_by_number: str | None = Field(description="Number of the replacement.")
    verification_url: str | None = Field(
        description="The certificate's verification page; null when found by number and name.",
        json_schema_extra={"format": "uri"},
    )
    checked_at: str = Field(json_schema_extra={"format": "date-time"})

    model_config = {"json_schema_extra": {"examples": [CERTIFICATE_EXAMPLE]}}


class BulkRow(Schema):
    row: int = Field(description="The row's position in the request, from 1.")
    input: dict[str, str] = Field(
        description="The row as sent (code, or number and name), each cut to "
        f"{MAX_FIELD_LENGTH} characters.",
        json_schema_extra={
            "properties": {
                "code": {"type": "string"},
                "number": {"type": "string"},
                "name": {"type": "string"},
            }
        },
    )
    found: bool
    status: str | None = Field(json_schema_extra={"enum": [*Certificate.Status.values, None]})
    certificate: CertificateRecord | None
    error: str | None = Field(json_schema_extra={"enum": [*ROW_ERRORS, None]})


class BulkSummary(Schema):
    total: int
    found: int
    by_status: dict[str, int] = Field(description="Found certificates per status.")
    by_error: dict[str, int] = Field(description="Rows per error.")


class BulkVerifyResponse(Schema):
    results: list[BulkRow]
    summary: BulkSummary

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "results": [
                        {
                            "row": 1,
                            "input": {"code": "7K3MQ9TX2C4R5"},
                            "found": True,
                            "status": "valid",
                            "certificate": CERTIFICATE_EXAMPLE,
                            "error": None,
                        },
                        {
                            "row": 2,
                            "input": {"code": "Q2XH7PMR4KD9X"},
                            "found": False,
                            "status": None,
                            "certificate": None,
                            "error": "malformed_code",
                        },
                    ],
                    "summary": {
                        "total": 2,
                        "found": 1,
                        "by_status": {"valid": 1, "expired": 0},
                        "by_error": {"malformed_code": 1},
                    },
                }
            ]
        }
    }


class BulkRowInput(Schema):
    code: str | None = None
    number: str | None = None
    name: str | None = None


class BulkVerifyRequest(Schema):
    """Up to 1,000 rows: {"codes": [...]}, or a list of codes, or a list of {"code": ...} /
    {"number": ..., "name": ...} objects."""

    codes: list[str]


BULK_REQUEST_BODY = {
    "description": 'Up to 1,000 rows as JSON: {"codes": [...]}, or a list of codes, or a list '
    'of {"code": ...} / {"number": ..., "name": ...} objects; or a CSV upload in the field '
    '"file" whose header names "code", or "number" and "name".',
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "anyOf": [
                    BulkVerifyRequest.model_json_schema(),
                    {
                        "type": "array",
                        "items": {
                            "anyOf": [
                                {"type": "string"},
                                BulkRowInput.model_json_schema(),
                            ]
                        },
                    },
                ]
            },
            "example": {"codes": ["7K3MQ9TX2C4R5", "Q2XH7PMR4KD9T"]},
        },
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "UTF-8 CSV, at most "
                        f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB and {MAX_ROWS} rows.",
                    }
                },
            }
        },
    },
}


# --- the method check, rate limits and caching around ninja's views ---------------------------


def _rate_limited(request, retry_after: int):
    return error_response(
        429, "rate_limited", ratelimit.rate_limited_message(), retry_after=retry_after
    )


def _method_not_allowed(allowed: str):
    response = error_response(
        405,
        "method_not_allowed",
        _("Use %(method)s for this address.") % {"method": allowed},
    )
    response["Allow"] = allowed
    return response


def lookup_endpoint(view):
    """GET/HEAD only; counted against the look-up rate; answers (not 429) cached a minute."""
    limited = ratelimit.limit(
        scope="certificate-lookup",
        setting="CERTIFICATE_LOOKUP_RATE",
        default="60/m",
        respond=_rate_limited,
    )(view)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = _method_not_allowed("GET")
        else:
            response = limited(request, *args, **kwargs)
            if response.status_code in (200, 400, 404):
                cache_publicly(response, max_age=GET_MAX_AGE, depends_on=(CERTIFICATES,))
        patch_vary_headers(response, ("Accept-Language",))
        return response

    # ninja marks its views exempt (and wraps() copied the mark): an unsafe request without a
    # token is refused by the CSRF check, as it always was here, before the 405.
    wrapped.csrf_exempt = False
    return wrapped


def bulk_endpoint(view):
    """POST only (from scripts without a session: no CSRF token); never cached."""
    limited = ratelimit.limit(
        scope="certificate-bulk-lookup",
        setting="CERTIFICATE_BULK_LOOKUP_RATE",
        default="10/m",
        respond=_rate_limited,
    )(view)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method != "POST":
            response = _method_not_allowed("POST")
        else:
            response = limited(request, *args, **kwargs)
            never_store(response)
        patch_vary_headers(response, ("Accept-Language",))
        return response

    return csrf_exempt(wrapped)


# --- One certificate ---------------------------------------------------------------------------


@router.api_operation(
    ["GET", "HEAD"],
    "/{code}",
    url_name="certificate",
    operation_id="getCertificate",
    summary="Verify one certificate by its verification code",
    description="The certificate and its status now (valid, expired, suspended, revoked, "
    "replaced). Answers may be cached for a minute.",
    response={200: CertificateRecord, **errors(400, 404, 405, 429)},
)
def certificate_detail(
    request,
    code: str = Path(..., description="Verification code (spaces and hyphens are ignored)."),
):
    canonical = codes.normalise(code[:100])
    if canonical is None:
        raise ApiError(
            400,
            "malformed_code",
            _(
                "This code has a typing mistake (the check character does not match). "
                "Compare it with the certificate character by character."
            ),
        )
    certificate = selectors.certificate_by_code(code=canonical)
    if certificate is None:
        raise ApiError(
            404,
            "not_found",
            _("No certificate has this verification code. Check the code and try again."),
        )
    return selectors.public_record(certificate)


# --- Bulk verification -------------------------------------------------------------------------


class BadRequest(ApiError):
    def __init__(self, error: str, detail: str, **extra):
        super().__init__(400, error, detail, **extra)


def _too_many_rows() -> BadRequest:
    return BadRequest(
        "too_many_rows",
        _("Send at most %(max)d rows in one request; split the list and send the rest after.")
        % {"max": MAX_ROWS},
        max_rows=MAX_ROWS,
    )


def _rows_from_json(body: bytes) -> list:
    try:
        data = parse_json(body)
    except MalformedJSON as error:
        raise BadRequest("invalid_json", str(error)) from error
    if isinstance(data, dict) and "codes" in data:
        items = data["codes"]
        if not isinstance(items, list):
            raise BadRequest("invalid_input", _('"codes" must be a list of verification codes.'))
    elif isinstance(data, list):
        items = data
    else:
        raise BadRequest(
            "invalid_input",
            _(
                'Send {"codes": [...]}, or a list of {"code": ...} or {"number": ..., "name": ...} '
                "objects."
            ),
        )
    if len(items) > MAX_ROWS:
        raise _too_many_rows()
    return items


def _rows_from_csv(upload) -> list:
    if upload.size > MAX_UPLOAD_BYTES:
        raise BadRequest(
            "file_too_large",
            _("The file is larger than %(size)d MB.") % {"size": MAX_UPLOAD_BYTES // 1024 // 1024},
        )
    try:
        text = upload.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadRequest("invalid_csv", _("Save the CSV file as UTF-8 and try again.")) from error
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = {(name or "").strip().lower() for name in (reader.fieldnames or [])}
    if "code" not in header and not {"number", "name"} <= header:
        raise BadRequest(
            "invalid_csv",
            _('The first row must be a header naming the columns: "code", or "number" and "name".'),
        )
    rows = []
    try:
        for record in reader:
            if len(rows) >= MAX_ROWS:
                raise _too_many_rows()
            cleaned = {
                (key or "").strip().lower(): value
                for key, value in record.items()
                if key is not None and isinstance(value, str)
            }
            rows.append({key: cleaned[key] for key in ("code", "number", "name") if key in cleaned})
    except csv.Error as error:
        raise BadRequest("invalid_csv", _("The CSV file could not be read.")) from error
    return rows


def _input_of(item) -> tuple[dict, str | None]:
    """The row's input as echoed back, and an error if it is not a usable row."""
    if isinstance(item, str):
        item = {"code": item}
    if not isinstance(item, dict):
        return {}, "invalid_row"
    echoed = {}
    for key in ("code", "number", "name"):
        value = item.get(key)
        if value is None:
            continue
        if not isinstance(value, str | int):
            return {}, "invalid_row"
        echoed[key] = str(value)[:MAX_FIELD_LENGTH]
    if echoed.get("code", "").strip():
        return echoed, None
    if echoed.get("number", "").strip():
        return echoed, None if echoed.get("name", "").strip() else "missing_name"
    return echoed, "missing_code"


def _verify_rows(request, items: list) -> tuple[list[dict], int | None]:
    """Per-row results, and the seconds after which rows refused by the number-and-name
    allowance may be sent again (None if none was refused)."""
    rows = []
    for index, item in enumerate(items, start=1):
        echoed, error = _input_of(item)
        canonical = None
        if error is None and echoed.get("code", "").strip():
            canonical = codes.normalise(echoed["code"])
            if canonical is None:
                error = "malformed_code"
        rows.append({"row": index, "input": echoed, "error": error, "canonical": canonical})

    # Each number + name row is one look-up of the client's strict allowance.
    by_name = [row for row in rows if row["error"] is None and not row["canonical"]]
    retry_after = None
    if by_name:
        verdict = ratelimit.check(
            request, scope=NUMBER_NAME_SCOPE, rate=number_name_rate(), amount=len(by_name)
        )
        for row in by_name[verdict.granted :]:
            row["error"] = "rate_limited"
        retry_after = verdict.retry_after

    # One query for all codes and one for all numbers, however many rows.
    wanted_codes = {row["canonical"] for row in rows if row["canonical"]}
    wanted_numbers = {
        row["input"]["number"].strip().upper()
        for row in rows
        if row["error"] is None and not row["canonical"]
    }
    queryset = Certificate.objects.select_related(*selectors.PUBLIC_RELATED)
    by_code = {c.code: c for c in queryset.filter(code__in=wanted_codes)} if wanted_codes else {}
    by_number = (
        {c.number: c for c in queryset.filter(number__in=wanted_numbers)} if wanted_numbers else {}
    )

    results = []
    for row in rows:
        certificate = None
        if row["error"] is None:
            if row["canonical"]:
                certificate = by_code.get(row["canonical"])
            else:
                certificate = _matching_name(
                    by_number.get(row["input"]["number"].strip().upper()), row["input"]["name"]
                )
            if certificate is None:
                row["error"] = "not_found"
        results.append(
            {
                "row": row["row"],
                "input": row["input"],
                "found": certificate is not None,
                "status": certificate.status() if certificate else None,
                "certificate": selectors.public_record(
                    certificate, reveal_code=bool(row["canonical"])
                )
                if certificate
                else None,
                "error": row["error"],
            }
        )
    return results, retry_after


def _matching_name(certificate, name: str):
    """As selectors.certificate_by_number_and_name: a wrong name reveals nothing."""
    if certificate is None or not selectors.name_matches(certificate, name):
        return None
    return certificate


def _summary(results: list[dict]) -> dict:
    statuses = Counter(result["status"] for result in results if result["found"])
    errors = Counter(result["error"] for result in results if result["error"])
    return {
        "total": len(results),
        "found": sum(statuses.values()),
        "by_status": {status: statuses.get(status, 0) for status in Certificate.Status.values},
        "by_error": dict(sorted(errors.items())),
    }


CSV_COLUMNS = [
    "row",
    "input_code",
    "input_number",
    "input_name",
    "found",
    "status",
    "error",
    "code",
    "number",
    "holder_name",
    "holder_latin_name",
    "certificate_type_zh",
    "certificate_type_en",
    "course_zh",
    "course_en",
    "hours",
    "completed_on",
    "issued_on",
    "valid_until",
    "state_changed_on",
    "state_reason",
    "replaces",
    "replaced_by",
    "verification_url",
    "checked_at",
    "replaces_number",
    "replaced_by_number",
]


def _csv_row(result: dict) -> list[str]:
    record = result["certificate"] or {}
    holder = record.get("holder") or {}
    kind = record.get("certificate_type") or {}
    course = record.get("course") or {}
    values = [
        result["row"],
        result["input"].get("code", ""),
        result["input"].get("number", ""),
        result["input"].get("name", ""),
        "yes" if result["found"] else "no",
        result["status"] or "",
        result["error"] or "",
        record.get("code"),
        record.get("number"),
        holder.get("name"),
        holder.get("latin_name"),
        kind.get("name_zh"),
        kind.get("name_en"),
        course.get("title_zh"),
        course.get("title_en"),
        record.get("hours"),
        record.get("completed_on"),
        record.get("issued_on"),
        record.get("valid_until"),
        record.get("state_changed_on"),
        record.get("state_reason"),
        record.get("replaces"),
        record.get("replaced_by"),
        record.get("verification_url"),
        record.get("checked_at"),
        record.get("replaces_number"),
        record.get("replaced_by_number"),
    ]
    return [csv_safe("" if value is None else str(value)) for value in values]


def _wants_csv(request) -> bool:
    if request.GET.get("format", "").lower() == "csv":
        return True
    return "text/csv" in request.headers.get("Accept", "")


@router.post(
    "/verify",
    url_name="verify",
    operation_id="verifyCertificates",
    summary="Verify up to 1,000 certificates at once",
    description="By verification code, or by certificate number with the holder's name. Rows "
    "by number and name count against a strict allowance per client "
    "(CERTIFICATE_NUMBER_NAME_LOOKUP_RATE); rows beyond it answer error rate_limited and the "
    "answer has a Retry-After header. A certificate found by number and name comes without "
    "its verification code. With ?format=csv (or Accept: text/csv) the answer is CSV with the "
    "columns " + ", ".join(CSV_COLUMNS) + ". Never cached.",
    response={200: BulkVerifyResponse, **errors(400, 405, 429)},
    openapi_extra={
        "requestBody": BULK_REQUEST_BODY,
        "parameters": [
            {
                "name": "format",
                "in": "query",
                "required": False,
                "description": "csv: answer in CSV instead of JSON.",
                "schema": {"type": "string", "enum": ["csv", "json"]},
            }
        ],
    },
)
def bulk_verify(request, response: HttpResponse):
    content_type = request.content_type or ""
    if content_type == "multipart/form-data":
        upload = request.FILES.get("file")
        if upload is None:
            raise BadRequest("missing_file", _('Upload the CSV file in the field "file".'))
        items = _rows_from_csv(upload)
    elif content_type in ("application/json", "text/plain", ""):
        items = _rows_from_json(request.body)
    else:
        raise BadRequest(
            "unsupported_media_type",
            _("Send JSON (application/json) or a CSV upload (multipart/form-data)."),
        )

    results, retry_after = _verify_rows(request, items)
    if _wants_csv(request):
        response = csv_response("certificate-verification.csv")
        writer = csv.writer(response)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(_csv_row(result) for result in results)
        if retry_after is not None:
            response["Retry-After"] = str(retry_after)
        return response
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return {"results": results, "summary": _summary(results)}


# The URL names of the operations and their wrappers, in URL order ("verify" is not a code).
ENDPOINTS = {"verify": bulk_endpoint, "certificate": lookup_endpoint}
