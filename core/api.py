"""What every address of the public API (/api/v1/) shares, on django-ninja: the one error
shape, JSON rendering and the ninja API class itself. The API object, its routers and its
URL patterns are assembled in config/api.py (apps are not imported here).

Every error of the API, whoever raises it (a view, ninja's own parameter validation, a 404, the
NUL guard), answers ``{"error": {"code": "...", "message": "...", ...}}``: ``code`` is stable
and machine-readable, ``message`` is in the request's language, and a few codes add a field
(``parameter`` on 400 invalid_parameter, ``retry_after`` on 429, ``max_rows``).
"""

from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.renderers import JSONRenderer

# The code each HTTP status gets when the error carries no code of its own.
STATUS_CODES = {
    400: "invalid_input",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "rate_limited",
}


class ApiError(Exception):
    """Raised anywhere below an API view: answered in the API's error shape."""

    def __init__(self, status: int, code: str, message: str, **extra) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


def error_body(code: str, message: str, **extra) -> dict:
    return {"error": {"code": code, "message": str(message), **extra}}


def error_response(status: int, code: str, message: str, **extra) -> JsonResponse:
    return JsonResponse(
        error_body(code, message, **extra),
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


class ErrorDetail(Schema):
    code: str = Field(
        description="Machine-readable and stable, e.g. invalid_parameter, not_found, "
        "dump_not_found, method_not_allowed, rate_limited, malformed_code, invalid_json, "
        "invalid_input, invalid_csv, missing_file, file_too_large, too_many_rows, "
        "unsupported_media_type, malformed_request."
    )
    message: str = Field(description="What went wrong, in the request's language.")
    parameter: str | None = Field(None, description="The parameter at fault (400 only).")
    retry_after: int | None = Field(None, description="Seconds to wait (429 only).")
    max_rows: int | None = Field(None, description="The row limit (too_many_rows only).")


class Error(Schema):
    """Every error of the API, whatever the status."""

    error: ErrorDetail

    model_config = {
        "json_schema_extra": {
            "examples": [
                error_body(
                    "invalid_parameter",
                    "limit must be a whole number from 1 to 500.",
                    parameter="limit",
                )
            ]
        }
    }


def errors(*statuses: int) -> dict:
    """The ``response`` entries of an operation for these error statuses."""
    return dict.fromkeys(statuses, Error)


class ApiRenderer(JSONRenderer):
    # Chinese names stay readable in the raw answer (and as short as before).
    json_dumps_params = {"ensure_ascii": False}


class PublicApi(NinjaAPI):
    """A NinjaAPI that answers every error in the API's one shape."""

    def __init__(self, **kwargs) -> None:
        super().__init__(renderer=ApiRenderer(), **kwargs)
        self.add_exception_handler(ApiError, _api_error)
        self.add_exception_handler(ValidationError, _validation_error)
        self.add_exception_handler(HttpError, _http_error)
        self.add_exception_handler(AuthenticationError, _http_error)
        self.add_exception_handler(Http404, _not_found)

    def get_content_type(self) -> str:
        # As the hand-written views answered (and the contract tests read).
        return "application/json"


def _api_error(request, error: ApiError) -> JsonResponse:
    return error_response(error.status, error.code, error.message, **error.extra)


def _validation_error(request, error: ValidationError) -> JsonResponse:
    """Ninja's own parameter validation (a value of the wrong type): a 400 like ours."""
    first = error.errors[0] if error.errors else {}
    location = [str(part) for part in first.get("loc", ()) if not isinstance(part, int)]
    parameter = location[-1] if location else ""
    return error_response(
        400,
        "invalid_parameter",
        _("%(name)s has a value that is not valid here.") % {"name": parameter or "?"},
        parameter=parameter,
    )


def _http_error(request, error: HttpError) -> JsonResponse:
    status = getattr(error, "status_code", 401)
    return error_response(status, STATUS_CODES.get(status, "error"), str(error))


def _not_found(request, error: Http404) -> JsonResponse:
    return error_response(404, "not_found", _("There is no such API address."))
