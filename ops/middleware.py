"""While the database is unreachable (restarting, failing over) requests fail with a database
error. Unhandled, each becomes a 500 "server error"; this middleware answers them with a 503
"Service unavailable" and ``Retry-After`` instead, so browsers, the exam page's autosave and
API clients know to retry, and load balancers and monitoring can tell an outage from a bug.
The error is still logged as before (django.request).

Errors raised anywhere inside this middleware count: in a view, or in a middleware further in
(sessions are saved after the view). Django turns each into a 500 response at the layer that
raised it, so the error is recognised from ``got_request_exception``, which Django sends while
the exception is being handled, and the 500 is replaced here on its way out.
"""

import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape
from django.utils.translation import gettext as _

# Seconds a client should wait before trying again: PostgreSQL restarts in a few seconds.
RETRY_AFTER_SECONDS = 5
FLAG = "_ops_database_unavailable"
DATABASE_ERRORS = (OperationalError, InterfaceError)


def _remember_database_failure(sender, request=None, **kwargs) -> None:
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, DATABASE_ERRORS):
        setattr(request, FLAG, True)


got_request_exception.connect(_remember_database_failure, dispatch_uid="ops.database_unavailable")


def _wants_json(request) -> bool:
    return (
        request.path.startswith("/api/")
        or request.content_type == "application/json"
        or "application/json" in request.headers.get("Accept", "").split(",")[0]
    )


def database_unavailable_response(request) -> HttpResponse:
    """Rendered without the database or any template that might read it."""
    message = _("The service is briefly unavailable. Please try again in a few seconds.")
    if _wants_json(request):
        response = JsonResponse({"error": message, "retry_after": RETRY_AFTER_SECONDS}, status=503)
    else:
        title = escape(_("Service unavailable"))
        language = escape(getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE))
        response = HttpResponse(
            f'<!doctype html><html lang="{language}"><meta charset="utf-8">'
            f"<title>{title}</title><h1>{title}</h1><p>{escape(message)}</p></html>",
            status=503,
            content_type="text/html; charset=utf-8",
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """Answers a request that failed on a database error with 503 and Retry-After."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, FLAG, False) and not settings.DEBUG:
            return database_unavailable_response(request)
        return response
