"""Requests that carry a NUL character where views read text are refused with a 400.

No address, query parameter or form field of the site has a use for U+0000, and PostgreSQL
refuses it in text: wherever such a value reached a query it was a database error, so a 500
(only on PostgreSQL, which made it easy to miss). Django's form fields refuse it already; this
refuses it in one place for the path, the query string and the fields of form posts. JSON
bodies and the contents of uploaded files are left to their readers, which check what they
parse.
"""

from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _

NUL = "\x00"
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _in_query_dict(data) -> bool:
    return any(NUL in key or any(NUL in value for value in values) for key, values in data.lists())


def carries_nul(request) -> bool:
    if NUL in request.path_info or _in_query_dict(request.GET):
        return True
    # The CSRF check reads the form of every post anyway; reading it first costs nothing.
    return (
        request.method == "POST" and request.content_type in FORMS and _in_query_dict(request.POST)
    )


class RefuseNulCharactersMiddleware:
    """Placed after LocaleMiddleware, so that the answer is in the visitor's language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not carries_nul(request):
            return self.get_response(request)
        detail = _("The address or form contains a NUL character, which is never valid here.")
        if request.path_info.startswith("/api/"):
            # API clients read errors as JSON, like every other error of the API.
            return JsonResponse(
                {"error": {"code": "malformed_request", "message": detail}}, status=400
            )
        return HttpResponseBadRequest(detail, content_type="text/plain; charset=utf-8")
