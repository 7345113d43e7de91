"""The OpenAPI document of /api/v1/ is generated from the code (config/api.py): it lists every
address the URL configuration serves there and is a well-formed OpenAPI 3.1 document. And every
error of the API, including ninja's own, has the one documented shape."""

import json
import re

import pytest
from django.http import Http404
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver
from ninja.errors import HttpError, ValidationError

from config.api import api, openapi_document

pytestmark = pytest.mark.django_db

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


@pytest.fixture(scope="module")
def document() -> dict:
    return openapi_document(server="https://cphub.example")


def served_api_paths(patterns=None, prefix: str = "") -> set[str]:
    """Every URL pattern under /api/v1/ as an OpenAPI path, except the JSON 404 catch-all."""
    found = set()
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if "api/v1/".startswith(route) or route.startswith("api/v1/"):
                found |= served_api_paths(pattern.url_patterns, route)
        elif (
            isinstance(pattern, URLPattern)
            and route.startswith("api/v1/")
            and "<path:" not in route
        ):
            found.add("/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route))
    return found


def resolve(document: dict, reference: str):
    node = document
    for part in reference.removeprefix("#/").split("/"):
        node = node[part]
    return node


def operations(document: dict):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


def test_the_document_lists_every_api_route_and_nothing_else(document):
    served = served_api_paths()

    assert len(served) >= 10
    assert set(document["paths"]) == served


def test_the_document_is_openapi_3_1_with_the_required_parts(document):
    assert re.fullmatch(r"3\.1\.\d+", document["openapi"])
    assert document["info"]["title"] and document["info"]["version"]
    assert document["servers"] == [{"url": "https://cphub.example"}]
    assert all(path.startswith("/api/v1/") for path in document["paths"])


def test_every_operation_has_a_unique_id_and_responses_keyed_by_status(document):
    seen = list(operations(document))
    ids = [operation["operationId"] for _path, _method, operation in seen]

    assert len(seen) >= 10
    assert len(ids) == len(set(ids))
    for path, method, operation in seen:
        assert operation["responses"], (path, method)
        assert all(re.fullmatch(r"[1-5]\d\d", status) for status in operation["responses"])
        assert "200" in operation["responses"], (path, method)


def test_head_is_not_listed_as_a_second_operation(document):
    assert all(method != "head" for _path, method, _operation in operations(document))


def test_every_path_parameter_is_declared_and_required(document):
    checked = 0
    for path, method, operation in operations(document):
        declared = {p["name"]: p for p in operation.get("parameters", []) if p["in"] == "path"}
        assert set(declared) == set(re.findall(r"{(\w+)}", path)), (path, method)
        for parameter in declared.values():
            assert parameter["required"] is True and "schema" in parameter
            checked += 1
    assert checked >= 4


def test_every_parameter_is_well_formed(document):
    parameters = [
        parameter
        for _path, _method, operation in operations(document)
        for parameter in operation.get("parameters", [])
    ]

    assert len(parameters) >= 20
    for parameter in parameters:
        assert parameter["in"] in ("query", "path", "header", "cookie")
        assert parameter["name"] and "schema" in parameter


def test_every_reference_resolves(document):
    references = set(re.findall(r'"\$ref": "([^"]+)"', json.dumps(document)))

    assert len(references) >= 20
    for reference in references:
        assert reference.startswith("#/components/")
        assert isinstance(resolve(document, reference), dict), reference


def test_every_error_status_is_described_by_the_one_error_schema(document):
    seen = 0
    for path, method, operation in operations(document):
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")):
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/Error"}, (path, method, status)
                seen += 1
    assert seen >= 20


def test_the_headers_the_wrappers_set_are_documented(document):
    enterprises = document["paths"]["/api/v1/enterprises"]["get"]["responses"]
    verify = document["paths"]["/api/v1/certificates/verify"]["post"]["responses"]

    assert {"X-RateLimit-Limit", "Access-Control-Allow-Origin", "Cache-Control"} <= set(
        enterprises["200"]["headers"]
    )
    assert "Retry-After" in enterprises["429"]["headers"]
    assert "Retry-After" in verify["200"]["headers"]
    assert "ETag" in document["paths"]["/api/v1/dumps/{name}"]["get"]["responses"]["200"]["headers"]


def test_the_csv_columns_are_described(document):
    description = document["paths"]["/api/v1/disclosures.csv"]["get"]["description"]

    assert "`report_id`" in description and "`exceeds_permit`" in description


def test_the_filters_of_the_csv_are_those_of_the_disclosures(document):
    def query_names(path: str) -> set[str]:
        return {
            p["name"] for p in document["paths"][path]["get"]["parameters"] if p["in"] == "query"
        }

    assert query_names("/api/v1/disclosures.csv") == query_names("/api/v1/disclosures") - {
        "limit",
        "cursor",
    }
    assert {"year", "province", "pollutant", "kind"} <= query_names("/api/v1/disclosures.csv")


# --- the one error shape --------------------------------------------------------------------


def answer_to(error: Exception) -> tuple[int, dict]:
    request = RequestFactory().get("/api/v1/enterprises")
    response = api.on_exception(request, error)
    return response.status_code, json.loads(response.content)


def test_a_ninja_validation_error_is_a_400_in_the_one_shape():
    error = ValidationError([{"type": "int_parsing", "loc": ("query", "limit"), "msg": "bad"}])

    status, body = answer_to(error)

    assert status == 400
    assert body["error"]["code"] == "invalid_parameter"
    assert body["error"]["parameter"] == "limit"
    assert body["error"]["message"]


@pytest.mark.parametrize(
    ("status", "code"),
    [(404, "not_found"), (409, "conflict"), (422, "invalid_input"), (429, "rate_limited")],
)
def test_a_ninja_http_error_keeps_its_status_in_the_one_shape(status, code):
    answered, body = answer_to(HttpError(status, "Something is wrong."))

    assert answered == status
    assert body == {"error": {"code": code, "message": "Something is wrong."}}


def test_a_404_raised_in_an_operation_is_the_api_not_found():
    status, body = answer_to(Http404())

    assert status == 404
    assert body["error"]["code"] == "not_found"


def test_the_certificate_api_refuses_other_methods_in_the_one_shape(client):
    response = client.delete("/api/v1/certificates/verify")

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_a_head_request_is_answered_like_get_without_a_body(client):
    response = client.head("/api/v1/dumps")

    assert response.status_code == 200
    assert response.content == b""
    assert "max-age=300" in response["Cache-Control"]
