"""Public certificate verification: the /verify/ pages and the /api/v1/certificates/ API."""

import csv
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from certificates import codes, services
from certificates.models import Certificate
from tests.certificates.builders import make_certificate_in_status, make_certification_officer
from tests.factories import make_user

pytestmark = pytest.mark.django_db

STATUSES = ["valid", "expired", "suspended", "revoked", "replaced"]


def unknown_code() -> str:
    while True:
        code = codes.new_code()
        if not Certificate.objects.filter(code=code).exists():
            return code


def typo(code: str) -> str:
    """The same code with one character changed, so that the check character fails."""
    for replacement in codes.ALPHABET:
        changed = replacement + code[1:]
        if changed != code and codes.normalise(changed) is None:
            return changed
    raise AssertionError


def bulk(client, payload, **extra):
    return client.post(
        "/api/v1/certificates/verify",
        data=json.dumps(payload),
        content_type="application/json",
        **extra,
    )


# --- The page ----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_shows_on_the_page(client, status):
    certificate = make_certificate_in_status(status)
    response = client.get(f"/en/verify/{certificate.code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"badge--{'expired' if status == 'replaced' else status}" in html
    assert certificate.number in html
    assert certificate.holder_name in html
    assert codes.display(certificate.code) in html
    assert certificate.certificate_type.issuer_name_en in html
    assert "noindex" in html
    assert html.count("<h1") == 1
    assert "Checked at" in html
    if status in ("suspended", "revoked"):
        assert certificate.state_reason in html
    if status == "revoked":
        assert "The record is kept" in html
    if status == "replaced":
        assert f"/en/verify/{certificate.replaced_by.code}/" in html
        replacement = client.get(f"/en/verify/{certificate.replaced_by.code}/").content.decode()
        assert f"/en/verify/{certificate.code}/" in replacement


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_in_the_api(client, status):
    certificate = make_certificate_in_status(status)
    response = client.get(f"/api/v1/certificates/{certificate.code}")
    assert response.status_code == 200
    record = response.json()
    assert record["status"] == status
    assert record["code"] == certificate.code
    assert record["number"] == certificate.number
    assert record["holder"]["name"] == certificate.holder_name


def test_state_changes_show_on_the_page(client):
    staff = make_certification_officer()
    certificate = make_certificate_in_status("valid")
    services.suspend(certificate=certificate, actor=staff, reason="Under investigation")
    html = client.get(f"/en/verify/{certificate.code}/").content.decode()
    assert "badge--suspended" in html
    assert "Under investigation" in html
    services.revoke(certificate=certificate, actor=staff, reason="Exam fraud")
    html = client.get(f"/en/verify/{certificate.code}/").content.decode()
    assert "badge--revoked" in html
    assert "Exam fraud" in html
    assert client.get(f"/api/v1/certificates/{certificate.code}").json()["status"] == "revoked"


def test_reissued_certificate_links_both_ways(client):
    staff = make_certification_officer()
    old = make_certificate_in_status("valid")
    new = services.reissue_after_correction(certificate=old, actor=staff, reason="Name spelling")
    old_page = client.get(f"/verify/{old.code}/").content.decode()
    assert "badge--expired" in old_page  # the "replaced" badge
    assert f"/verify/{new.code}/" in old_page
    assert f"/verify/{old.code}/" in client.get(f"/verify/{new.code}/").content.decode()
    assert client.get(f"/api/v1/certificates/{old.code}").json()["replaced_by"] == new.code


def test_code_in_any_form_redirects_to_the_canonical_page(client):
    certificate = make_certificate_in_status("valid")
    typed = codes.display(certificate.code).lower()
    response = client.get(f"/verify/{typed}/")
    assert response.status_code == 301
    assert response["Location"] == f"/verify/{certificate.code}/"
    response = client.get(f"/en/verify/{typed}/")
    assert response["Location"] == f"/en/verify/{certificate.code}/"


def test_chinese_is_unprefixed(client):
    certificate = make_certificate_in_status("valid")
    response = client.get(f"/verify/{certificate.code}/")
    assert response.status_code == 200
    assert '<html lang="zh-hans"' in response.content.decode()


@pytest.mark.parametrize(
    "code", ["%25%25%25", "x" * 5000, "证书编号", "0000", "..", "A" * 14, "🙂🙂"]
)
def test_garbage_codes_are_404_never_500(client, code):
    assert client.get(f"/verify/{code}/").status_code == 404
    assert client.get(f"/en/verify/{code}/").status_code == 404
    api = client.get(f"/api/v1/certificates/{code}")
    assert api.status_code in (400, 404)
    assert api.json()["error"]["code"] in ("malformed_code", "not_found")


def test_a_nul_in_a_code_is_a_bad_request_never_500(client):
    # Refused before any lookup (core.nul_guard): PostgreSQL cannot even compare such text.
    assert client.get("/verify/AB%00CD/").status_code == 400
    assert client.get("/en/verify/AB%00CD/").status_code == 400
    api = client.get("/api/v1/certificates/AB%00CD")
    assert api.status_code == 400
    assert api.json()["error"]["code"] == "malformed_request"


def test_unknown_code_is_404(client):
    code = unknown_code()
    page = client.get(f"/en/verify/{code}/")
    assert page.status_code == 404
    assert "No certificate has this verification code" in page.content.decode()
    assert "noindex" in page.content.decode()
    api = client.get(f"/api/v1/certificates/{code}")
    assert api.status_code == 404
    assert api.json()["error"]["code"] == "not_found"
    assert api.json()["error"]["message"]


def test_typo_in_code_is_reported_without_querying_certificates(client):
    certificate = make_certificate_in_status("valid")
    wrong = typo(certificate.code)
    with CaptureQueriesContext(connection) as queries:
        response = client.post("/en/verify/", {"code": wrong})
        page = client.get(f"/en/verify/{wrong}/")
        api = client.get(f"/api/v1/certificates/{wrong}")
    assert response.status_code == 200
    assert "the check character does not match" in response.content.decode()
    assert page.status_code == 404
    assert "the check character does not match" in page.content.decode()
    assert api.status_code == 400
    assert api.json()["error"]["code"] == "malformed_code"
    table = Certificate._meta.db_table
    assert not [query for query in queries if table in query["sql"]]


def test_form_lookup_by_code_redirects(client):
    certificate = make_certificate_in_status("valid")
    response = client.post("/verify/", {"code": codes.display(certificate.code).lower()})
    assert response.status_code == 302
    assert response["Location"] == f"/verify/{certificate.code}/"


def test_form_unknown_code_shows_generic_message(client):
    response = client.post("/en/verify/", {"code": unknown_code()})
    assert response.status_code == 200
    assert "No certificate matches what you entered" in response.content.decode()


def test_form_lookup_by_number_and_name(client):
    # The result is shown in place: a redirect to /verify/<code>/ would hand out the code.
    certificate = make_certificate_in_status("valid")
    for name in (certificate.holder_name, f"  {certificate.holder_name} "):
        response = client.post("/en/verify/", {"number": certificate.number.lower(), "name": name})
        assert response.status_code == 200
        assert "Location" not in response
        html = response.content.decode()
        assert "badge--valid" in html
        assert certificate.number in html
        assert certificate.code not in html


def test_form_lookup_by_number_and_latin_name_any_case_and_spacing(client):
    certificate = make_certificate_in_status("valid")
    assert certificate.holder_latin_name
    name = "  " + "  ".join(certificate.holder_latin_name.upper().split()) + " "
    response = client.post("/en/verify/", {"number": certificate.number, "name": name})
    assert response.status_code == 200
    assert certificate.holder_latin_name in response.content.decode()
    assert certificate.code not in response.content.decode()


@pytest.mark.parametrize("name", ["Someone Else", "", "王"])
def test_form_number_with_wrong_or_missing_name_reveals_nothing(client, name):
    certificate = make_certificate_in_status("valid")
    response = client.post("/en/verify/", {"number": certificate.number, "name": name})
    assert response.status_code == 200
    html = response.content.decode()
    assert certificate.holder_name not in html
    if certificate.holder_latin_name:
        assert certificate.holder_latin_name not in html
    assert certificate.code not in html
    if name and name != certificate.holder_name:
        assert "No certificate matches what you entered" in html


def test_form_page_renders(client):
    response = client.get("/en/verify/")
    assert response.status_code == 200
    assert response.content.decode().count("<h1") == 1
    assert client.get("/verify/").status_code == 200


@pytest.mark.parametrize("status", STATUSES)
# What rendering costs: the page cache (core.page_cache) would answer the second request.
@override_settings(PAGE_CACHE_ENABLED=False)
def test_page_makes_one_query_once_menus_are_cached(client, status):
    certificate = make_certificate_in_status(status)
    for url in (f"/verify/{certificate.code}/", f"/en/verify/{certificate.code}/"):
        client.get(url)  # fills the cached menu and footer (content.selectors.site_chrome)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert certificate.number in response.content.decode()
        # The certificate, its type and the certificates it replaces and is replaced by.
        assert len(queries) == 1, [query["sql"] for query in queries]


def test_page_query_count_is_bounded_with_nothing_cached(client):
    certificate = make_certificate_in_status("replaced")
    # The cache is empty: the menu, the footer and Wagtail's site root paths are read too.
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/en/verify/{certificate.code}/")
    assert response.status_code == 200
    assert len(queries) <= 12, [query["sql"] for query in queries]


# --- HTTP caching ------------------------------------------------------------------------------


def test_cache_headers(client):
    certificate = make_certificate_in_status("valid")
    for url in (f"/verify/{certificate.code}/", f"/api/v1/certificates/{certificate.code}"):
        response = client.get(url)
        # Shared caches may keep the answer but must ask again each time (core.page_cache
        # answers 304 until the status changes).
        assert "public" in response["Cache-Control"]
        assert "max-age=0" in response["Cache-Control"]
        assert "must-revalidate" in response["Cache-Control"]
        assert "Accept-Language" in response["Vary"]
    for url in (f"/verify/{unknown_code()}/", f"/api/v1/certificates/{unknown_code()}"):
        response = client.get(url)
        assert response.status_code == 404
        assert "max-age=0" in response["Cache-Control"]
    response = bulk(client, {"codes": [certificate.code]})
    assert response["Cache-Control"] == "no-store"


def test_signed_in_visitors_get_private_pages(client):
    certificate = make_certificate_in_status("valid")
    client.force_login(make_user())
    response = client.get(f"/verify/{certificate.code}/")
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


# --- Bulk API ----------------------------------------------------------------------------------


def test_bulk_json_codes_with_mixed_rows(client):
    valid, revoked = make_certificate_in_status("valid"), make_certificate_in_status("revoked")
    response = bulk(
        client,
        {
            "codes": [
                valid.code,
                codes.display(revoked.code).lower(),
                typo(valid.code),
                unknown_code(),
            ]
        },
    )
    assert response.status_code == 200
    body = response.json()
    results = body["results"]
    assert [r["row"] for r in results] == [1, 2, 3, 4]
    assert results[0]["found"] and results[0]["status"] == "valid"
    assert results[0]["certificate"]["number"] == valid.number
    assert results[1]["status"] == "revoked" and results[1]["error"] is None
    assert results[2] == {
        "row": 3,
        "input": {"code": typo(valid.code)},
        "found": False,
        "status": None,
        "certificate": None,
        "error": "malformed_code",
    }
    assert results[3]["error"] == "not_found"
    assert body["summary"]["total"] == 4
    assert body["summary"]["found"] == 2
    assert body["summary"]["by_status"]["valid"] == 1
    assert body["summary"]["by_status"]["revoked"] == 1
    assert body["summary"]["by_error"] == {"malformed_code": 1, "not_found": 1}


def test_bulk_json_objects_by_code_and_by_number_and_name(client):
    valid, expired = make_certificate_in_status("valid"), make_certificate_in_status("expired")
    response = bulk(
        client,
        [
            {"code": valid.code},
            {"number": expired.number, "name": expired.holder_name},
            {"number": valid.number, "name": "Wrong Person"},
            {"number": valid.number},
            {"name": valid.holder_name},
            42,
        ],
    )
    results = response.json()["results"]
    assert results[0]["status"] == "valid"
    assert results[1]["status"] == "expired"
    assert [r["error"] for r in results[2:]] == [
        "not_found",
        "missing_name",
        "missing_code",
        "invalid_row",
    ]
    assert len(results) == 6
    for result in results[2:]:
        assert result["certificate"] is None
    # The wrong-name row reveals nothing about the holder.
    assert "Wrong Person" in json.dumps(results[2], ensure_ascii=False)
    assert valid.holder_name not in json.dumps(results[2:4], ensure_ascii=False)


def test_bulk_too_many_rows(client):
    response = bulk(client, {"codes": [unknown_code()] * 1001})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "too_many_rows"
    assert bulk(client, {"codes": ["X"] * 1000}).status_code == 200


def test_bulk_bad_json(client):
    response = client.post(
        "/api/v1/certificates/verify", data="{nope", content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"
    assert bulk(client, {"something": 1}).status_code == 400
    assert client.get("/api/v1/certificates/verify").status_code == 405


@pytest.mark.parametrize(
    "body",
    [
        "[" * 50_000 + "]" * 50_000,
        '{"codes": ["\\ud800"]}',
        '[{"number": "A\\u0000", "name": "x"}]',
    ],
    ids=["nested", "surrogate", "nul"],
)
def test_bulk_json_that_cannot_be_used_is_a_400_that_says_why(client, body):
    response = client.post(
        "/api/v1/certificates/verify", data=body, content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"
    assert response.json()["error"]["message"]


def upload(client, text: str, url: str = "/api/v1/certificates/verify", **extra):
    file = SimpleUploadedFile("list.csv", text.encode("utf-8-sig"), content_type="text/csv")
    return client.post(url, {"file": file}, **extra)


def test_bulk_csv_upload_reports_bad_rows(client):
    valid, suspended = make_certificate_in_status("valid"), make_certificate_in_status("suspended")
    text = (
        "code,number,name\n"
        f"{valid.code},,\n"
        f",{suspended.number},{suspended.holder_name}\n"
        f"{typo(valid.code)},,\n"
        f",{valid.number},\n"
        f",{valid.number},Nobody\n"
    )
    response = upload(client, text)
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["valid", "suspended", None, None, None]
    assert [r["error"] for r in results] == [
        None,
        None,
        "malformed_code",
        "missing_name",
        "not_found",
    ]


def test_bulk_csv_needs_a_header(client):
    certificate = make_certificate_in_status("valid")
    response = upload(client, f"{certificate.code}\n")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_csv"


def test_bulk_csv_too_many_rows(client):
    response = upload(client, "code\n" + "X\n" * 1001)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "too_many_rows"


def test_bulk_csv_output(client):
    valid = make_certificate_in_status("valid")
    response = bulk(client, {"codes": [valid.code, "=HYPERLINK(1)"]}, QUERY_STRING="format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert response["Cache-Control"] == "no-store"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:7] == [
        "row",
        "input_code",
        "input_number",
        "input_name",
        "found",
        "status",
        "error",
    ]
    assert rows[1][0] == "1" and rows[1][5] == "valid" and rows[1][8] == valid.number
    assert rows[2][1] == "'=HYPERLINK(1)"  # spreadsheet formulas are neutralised
    assert rows[2][6] == "malformed_code"
    # Accept: text/csv works too, and so does a CSV upload.
    response = bulk(client, {"codes": [valid.code]}, HTTP_ACCEPT="text/csv")
    assert response["Content-Type"].startswith("text/csv")
    response = upload(client, f"code\n{valid.code}\n", url="/api/v1/certificates/verify?format=csv")
    assert response["Content-Type"].startswith("text/csv")


# --- Rate limits -------------------------------------------------------------------------------


@override_settings(CERTIFICATE_LOOKUP_RATE="3/m")
def test_single_lookups_are_rate_limited(client):
    code = make_certificate_in_status("valid").code
    for _ in range(3):
        assert client.get(f"/api/v1/certificates/{code}").status_code == 200
    response = client.get(f"/api/v1/certificates/{code}")
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    body = response.json()
    assert body["error"]["code"] == "rate_limited"
    assert body["error"]["message"]
    assert body["error"]["retry_after"] == int(response["Retry-After"])
    page = client.get(f"/en/verify/{code}/")
    assert page.status_code == 429
    assert "Retry-After" in page
    assert "Too many lookups" in page.content.decode()
    assert page["Cache-Control"] == "no-store"
    # Another address has its own allowance.
    assert client.get(f"/verify/{code}/", REMOTE_ADDR="10.0.0.9").status_code == 200


@override_settings(CERTIFICATE_LOOKUP_RATE="2/m")
def test_form_lookups_are_rate_limited(client):
    for _ in range(2):
        assert client.post("/en/verify/", {"code": unknown_code()}).status_code == 200
    assert client.post("/en/verify/", {"code": unknown_code()}).status_code == 429


@override_settings(CERTIFICATE_BULK_LOOKUP_RATE="2/m")
def test_bulk_lookups_are_rate_limited(client):
    for _ in range(2):
        assert bulk(client, {"codes": []}).status_code == 200
    response = bulk(client, {"codes": []})
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "rate_limited"
    assert "Retry-After" in response
