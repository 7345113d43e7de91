"""The public API, /api/v1/: one django-ninja API with a router per app.

The routers (certificates.api, disclosure.api) declare their operations with typed schemas;
the OpenAPI 3.1 document is generated from them and served at /api/v1/openapi.json. The
streamed CSV and the dump downloads stay plain Django views; they are described here so the
document still lists every address. Each operation's ninja view is wrapped by its app's
endpoint wrapper (method check, rate limit, caching, CORS), and the URL names keep their two
published namespaces: ``certificates_api`` and ``disclosure_api``.
"""

import copy

from django.conf import settings
from django.http import JsonResponse
from django.urls import URLPattern, path

from certificates import api as certificates_api
from core.api import PublicApi
from disclosure import api as disclosure_api
from disclosure import dumps

PREFIX = "/api/v1/"
CACHE_SECONDS = disclosure_api.MAX_AGE

api = PublicApi(
    title="CP Hub open data and certificate API",
    version="1.0.0",
    urls_namespace="public_api",
    docs_url=None,
    openapi_url=None,
)
# Certificates first: "certificates/<code>" must not be taken for anything else.
api.add_router("/certificates/", certificates_api.router)
api.add_router("/", disclosure_api.router)


def _description() -> str:
    rate = getattr(settings, disclosure_api.RATE_SETTING, disclosure_api.DEFAULT_RATE)
    return (
        "Open data of the disclosure portal (key-enterprise list, published annual and ad-hoc "
        "reports, discharge CSV, yearly dumps) and the public certificate verification API. "
        "No key is needed.\n\n"
        "Ids are stable: enterprises by unified social credit code, reports by "
        "<credit code>-<year>-AR or -AH<nn>, with version numbers. Published versions never "
        "change; an amendment is a new version listed in the changelog.\n\n"
        f"Rate limits per client address: open data {rate} (X-RateLimit-Limit and "
        "X-RateLimit-Remaining on every answer, 429 with Retry-After above it). Open-data "
        "answers carry Access-Control-Allow-Origin: * and Cache-Control: public, "
        f"max-age={CACHE_SECONDS}.\n\n"
        'Every error has one shape: {"error": {"code": "...", "message": "..."}} (schema '
        "Error), with `parameter` on 400 invalid_parameter and `retry_after` on 429.\n\n"
        "Lists are paginated with an opaque cursor: follow `next` until it is null. Numbers "
        "are JSON numbers in the canonical unit named next to them; the values as reported "
        "are kept beside them."
    )


def _error_responses(*statuses: int) -> dict:
    return {
        str(status): {
            "description": "An error (see the Error schema).",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for status in statuses
    }


def _plain_view_paths() -> dict:
    """The addresses served by plain Django views, described by hand (they are few)."""
    filters = [
        {"name": name, "in": "query", "required": False, **spec}
        for name, spec in _query_parameters("/api/v1/disclosures").items()
        if name not in ("limit", "cursor")
    ]
    columns = "\n".join(f"- `{name}`: {text}" for name, text in dumps.CSV_COLUMNS)
    return {
        "/api/v1/disclosures.csv": {
            "get": {
                "operationId": "downloadDisclosuresCsv",
                "tags": ["open data"],
                "summary": "One row per discharge record of the matching reports, streamed",
                "description": "The filters of /api/v1/disclosures (no pages). UTF-8 with a "
                "byte-order mark; cells a spreadsheet would take for a formula start with an "
                "apostrophe; an empty cell means not reported. Columns:\n\n" + columns,
                "parameters": filters,
                "responses": {
                    "200": {
                        "description": "The CSV file.",
                        "content": {"text/csv": {"schema": {"type": "string"}}},
                    },
                    **_error_responses(400, 405, 429),
                },
            }
        },
        "/api/v1/dumps/{name}": {
            "get": {
                "operationId": "downloadDump",
                "tags": ["open data"],
                "summary": "One yearly dump (gzip'd CSV)",
                "description": "The ETag is the file's SHA-256, as listed in /api/v1/dumps. "
                "Columns as in disclosures.csv.",
                "parameters": [
                    {
                        "name": "name",
                        "in": "path",
                        "required": True,
                        "description": "A file named in the index.",
                        "schema": {"type": "string", "pattern": dumps.DUMP_NAME.pattern},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The gzip'd CSV file.",
                        "headers": {
                            "ETag": {
                                "description": "The file's SHA-256, quoted.",
                                "schema": {"type": "string"},
                            }
                        },
                        "content": {
                            "application/gzip": {
                                "schema": {"type": "string", "contentMediaType": "application/gzip"}
                            }
                        },
                    },
                    **_error_responses(404, 405, 429),
                },
            }
        },
        "/api/v1/openapi.json": {
            "get": {
                "operationId": "getOpenApiDocument",
                "tags": ["meta"],
                "summary": "This document",
                "responses": {
                    "200": {
                        "description": "The OpenAPI 3.1 document.",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    },
                    **_error_responses(405, 429),
                },
            }
        },
    }


_generated: dict | None = None


def _generated_schema() -> dict:
    """ninja's document of the routers (built once: it depends only on the code)."""
    global _generated
    if _generated is None:
        _generated = api.get_openapi_schema(path_prefix=PREFIX)
    return _generated


def _query_parameters(route: str) -> dict:
    operation = _generated_schema()["paths"][route]["get"]
    return {
        parameter["name"]: {
            key: value for key, value in parameter.items() if key not in ("name", "in", "required")
        }
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "query"
    }


ERROR_DESCRIPTIONS = {
    "400": "A parameter or the request body has an invalid value (or the cursor was altered).",
    "404": "Nothing has this id (or it has no published version), or no such address.",
    "405": "The address does not take this method (the Allow header lists those it does).",
    "429": "Over the rate limit for the client address. Wait Retry-After seconds.",
}


def _headers(rate: str) -> dict:
    def integer(description: str) -> dict:
        return {"description": description, "schema": {"type": "integer"}}

    return {
        "X-RateLimit-Limit": integer(f"Requests allowed per window for this client ({rate})."),
        "X-RateLimit-Remaining": integer("Requests left in the current window."),
        "Retry-After": integer("Seconds until the window (or the allowance) resets."),
        "Access-Control-Allow-Origin": {
            "description": "Always *: any web page may read the open data.",
            "schema": {"type": "string"},
        },
        "Cache-Control": {
            "description": "How long the answer may be cached: public, max-age="
            f"{CACHE_SECONDS} for open data, max-age={certificates_api.GET_MAX_AGE} for a "
            "certificate look-up; no-store on 429 and for the bulk check.",
            "schema": {"type": "string"},
        },
    }


def _describe_responses(path: str, operation: dict) -> None:
    """The headers each answer carries (set by the endpoint wrappers, not by ninja) and what
    each error status means."""

    def ref(name: str) -> dict:
        return {"$ref": f"#/components/headers/{name}"}

    open_data = "open data" in operation.get("tags", [])
    for status, response in operation["responses"].items():
        if status in ERROR_DESCRIPTIONS:
            response["description"] = ERROR_DESCRIPTIONS[status]
        headers = response.setdefault("headers", {})
        if open_data and status != "405":
            for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining"):
                headers[name] = ref(name)
        if open_data:
            headers["Access-Control-Allow-Origin"] = ref("Access-Control-Allow-Origin")
        if open_data or status != "405":
            headers["Cache-Control"] = ref("Cache-Control")
        if status == "429" or (status == "200" and path.endswith("/verify")):
            headers["Retry-After"] = ref("Retry-After")


def openapi_document(*, server: str) -> dict:
    """The whole document; ``server`` is the site's base URL (e.g. https://cphub.example)."""
    document = copy.deepcopy(_generated_schema())
    for item in document["paths"].values():
        # HEAD is answered like GET; listing it would repeat every GET operation.
        item.pop("head", None)
        for operation in item.values():
            # ninja keys responses by int; the document's keys are strings (as served).
            operation["responses"] = {
                str(status): response for status, response in operation["responses"].items()
            }
    document["paths"].update(_plain_view_paths())
    for route, item in document["paths"].items():
        for operation in item.values():
            _describe_responses(route, operation)
    rate = getattr(settings, disclosure_api.RATE_SETTING, disclosure_api.DEFAULT_RATE)
    document["components"]["headers"] = _headers(rate)
    document["info"]["description"] = _description()
    document["info"]["license"] = {"name": "Open data: free to reuse with attribution"}
    document["servers"] = [{"url": server}]
    document["externalDocs"] = {
        "description": "Data dictionary: every field and unit, in plain language",
        "url": f"{server}/disclosure/data-dictionary/",
    }
    document["tags"] = [
        {"name": "open data", "description": "The disclosure portal's data."},
        {"name": "certificates", "description": "Certificate verification."},
        {"name": "meta"},
    ]
    return document


def openapi_view(request):
    return JsonResponse(
        openapi_document(server=request.build_absolute_uri("/").rstrip("/")),
        json_dumps_params={"ensure_ascii": False},
    )


def _wrapped_patterns(wrappers: dict) -> list[URLPattern]:
    """ninja's URL patterns of the operations named in ``wrappers``, each view wrapped, in the
    order of ``wrappers`` (which decides, e.g., that "verify" is not taken for a code)."""
    by_name = {getattr(pattern, "name", None): pattern for pattern in api.urls[0]}
    return [
        URLPattern(by_name[name].pattern, wrapper(by_name[name].callback), name=name)
        for name, wrapper in wrappers.items()
    ]


open_data = disclosure_api.api_endpoint

certificate_urls = _wrapped_patterns(certificates_api.ENDPOINTS)
open_data_urls = [
    *_wrapped_patterns(
        dict.fromkeys(
            ["enterprises", "enterprise", "disclosures", "disclosure", "dumps"], open_data
        )
    ),
    # Plain Django views: the streamed CSV, the dump files and this document.
    path("disclosures.csv", disclosure_api.disclosures_csv, name="disclosures_csv"),
    path("dumps/<str:name>", disclosure_api.dump_file, name="dump"),
    path("openapi.json", open_data(openapi_view), name="openapi"),
    # Anything else under /api/v1/ is a JSON 404 (not the site's HTML page).
    path("<path:unknown>", disclosure_api.not_found, name="not_found"),
]
