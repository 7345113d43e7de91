"""The public certificate API (mounted at /api/v1/certificates/, outside i18n_patterns).

GET  <code>   one certificate as ``selectors.public_record``;
POST verify   bulk check for employers: JSON or a CSV upload, up to MAX_ROWS rows.

Rows by number + name count one by one against the client's strict number-and-name allowance
(shared with the /verify/ form); rows beyond it answer ``rate_limited`` and the response says
when to retry. A certificate found by number and name comes without its verification code.
"""

import csv
import io
from collections import Counter

from django.http import JsonResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from certificates import codes, selectors
from certificates.models import Certificate
from certificates.views_verify import NUMBER_NAME_SCOPE, number_name_rate
from core import ratelimit
from core.csv import csv_response, csv_safe
from core.json_input import MalformedJSON, parse_json

MAX_ROWS = 1000
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_FIELD_LENGTH = 200
GET_MAX_AGE = 60


def _error(error: str, detail: str, *, status: int, **extra) -> JsonResponse:
    response = JsonResponse({"error": error, "detail": str(detail), **extra}, status=status)
    patch_vary_headers(response, ("Accept-Language",))
    return response


def _rate_limited(request, retry_after: int):
    return _error(
        "rate_limited", ratelimit.rate_limited_message(), status=429, retry_after=retry_after
    )


def _cacheable(response):
    patch_cache_control(response, public=True, max_age=GET_MAX_AGE)
    patch_vary_headers(response, ("Accept-Language",))
    return response


def _method_not_allowed(allowed: str) -> JsonResponse:
    response = _error(
        "method_not_allowed",
        _("Use %(method)s for this address.") % {"method": allowed},
        status=405,
    )
    response["Allow"] = allowed
    return response


# --- One certificate ---------------------------------------------------------------------------


@ratelimit.limit(
    scope="certificate-lookup",
    setting="CERTIFICATE_LOOKUP_RATE",
    default="60/m",
    respond=_rate_limited,
)
def _certificate_detail(request, code: str):
    canonical = codes.normalise(code[:100])
    if canonical is None:
        return _cacheable(
            _error(
                "malformed_code",
                _(
                    "This code has a typing mistake (the check character does not match). "
                    "Compare it with the certificate character by character."
                ),
                status=400,
            )
        )
    certificate = selectors.certificate_by_code(code=canonical)
    if certificate is None:
        return _cacheable(
            _error(
                "not_found",
                _("No certificate has this verification code. Check the code and try again."),
                status=404,
            )
        )
    return _cacheable(JsonResponse(selectors.public_record(certificate)))


def certificate_detail(request, code: str):
    if request.method not in ("GET", "HEAD"):
        return _method_not_allowed("GET")
    return _certificate_detail(request, code)


# --- Bulk verification -------------------------------------------------------------------------


class BadRequest(Exception):
    def __init__(self, error: str, detail: str, **extra):
        super().__init__(detail)
        self.error, self.detail, self.extra = error, detail, extra


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


@ratelimit.limit(
    scope="certificate-bulk-lookup",
    setting="CERTIFICATE_BULK_LOOKUP_RATE",
    default="10/m",
    respond=_rate_limited,
)
def _bulk_verify(request):
    content_type = request.content_type or ""
    try:
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
    except BadRequest as problem:
        response = _error(problem.error, problem.detail, status=400, **problem.extra)
        response["Cache-Control"] = "no-store"
        return response

    results, retry_after = _verify_rows(request, items)
    if _wants_csv(request):
        response = csv_response("certificate-verification.csv")
        writer = csv.writer(response)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(_csv_row(result) for result in results)
    else:
        response = JsonResponse(
            {"results": results, "summary": _summary(results)},
            json_dumps_params={"ensure_ascii": False},
        )
    response["Cache-Control"] = "no-store"
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


@csrf_exempt
def bulk_verify(request):
    if request.method != "POST":
        return _method_not_allowed("POST")
    return _bulk_verify(request)
