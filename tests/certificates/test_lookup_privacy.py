"""Look-ups by certificate number + holder name (issue 10, finding 5).

Numbers are sequential and names common, so a number + name look-up is an oracle: it must never
hand out the certificate's secret verification code (in a page, a redirect, JSON or CSV), and
it has its own strict allowance per client, shared by the /verify/ form and the bulk API, where
each number + name row counts.
"""

import csv
import io
import json
import re
import time
import types

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.utils import override_settings

from certificates import codes
from certificates.models import Certificate
from tests.certificates.builders import make_certificate_in_status

pytestmark = pytest.mark.django_db

STATUSES = ["valid", "expired", "suspended", "revoked", "replaced"]


def secrets_of(*certificates: Certificate) -> list[str]:
    """Every form in which a code could leak: canonical, as printed, in the page URL."""
    found = []
    for certificate in certificates:
        if certificate is not None:
            found += [certificate.code, codes.display(certificate.code)]
    return found


def assert_no_code(response, *certificates: Certificate) -> None:
    text = response.content.decode("utf-8-sig")
    headers = " ".join(f"{name}: {value}" for name, value in response.headers.items())
    secrets = secrets_of(*certificates)
    assert secrets
    for secret in secrets:
        assert secret not in text
        assert secret not in headers


def by_number_and_name(client, certificate: Certificate, name: str | None = None, **extra):
    return client.post(
        "/en/verify/",
        {"number": certificate.number, "name": name or certificate.holder_name},
        **extra,
    )


def bulk(client, payload, **extra):
    return client.post(
        "/api/v1/certificates/verify",
        data=json.dumps(payload),
        content_type="application/json",
        **extra,
    )


def name_rows(*certificates: Certificate) -> list[dict]:
    return [{"number": c.number, "name": c.holder_name} for c in certificates]


# --- Nothing found by number and name reveals a code --------------------------------------------


def test_the_page_shows_the_certificate_without_its_code(client):
    certificate = make_certificate_in_status("valid")

    response = by_number_and_name(client, certificate)

    assert response.status_code == 200
    html = response.content.decode()
    assert certificate.holder_name in html
    assert certificate.number in html
    assert certificate.course_title_en in html
    assert "badge--valid" in html
    assert "Found by certificate number and holder" in html
    assert_no_code(response, certificate)
    assert response["Cache-Control"] == "no-store"


def test_a_replaced_certificate_names_its_replacement_without_either_code(client):
    old = make_certificate_in_status("replaced")
    new = old.replaced_by

    old_page = by_number_and_name(client, old)
    new_page = by_number_and_name(client, new)

    assert new.number in old_page.content.decode()
    assert old.number in new_page.content.decode()
    assert_no_code(old_page, old, new)
    assert_no_code(new_page, old, new)
    assert re.search(r"/verify/[0-9A-Z]{14}/", old_page.content.decode()) is None


def test_the_code_page_still_shows_the_code(client):
    certificate = make_certificate_in_status("valid")

    response = client.get(f"/en/verify/{certificate.code}/")

    assert codes.display(certificate.code) in response.content.decode()


def test_bulk_rows_by_number_and_name_come_without_codes_or_links(client):
    replaced = make_certificate_in_status("replaced")
    valid = make_certificate_in_status("valid")

    response = bulk(client, [*name_rows(valid, replaced), {"code": valid.code}])

    results = response.json()["results"]
    by_name = [result["certificate"] for result in results[:2]]
    assert [result["status"] for result in results] == ["valid", "replaced", "valid"]
    assert len(by_name) == 2
    for record in by_name:
        assert record["code"] is None
        assert record["verification_url"] is None
        assert record["replaces"] is None and record["replaced_by"] is None
    assert by_name[1]["replaced_by_number"] == replaced.replaced_by.number
    # The row by code still gets the code it was sent, and its page.
    assert results[2]["certificate"]["code"] == valid.code
    assert results[2]["certificate"]["verification_url"].endswith(f"/verify/{valid.code}/")
    text = json.dumps(results[:2], ensure_ascii=False)
    secrets = secrets_of(valid, replaced, replaced.replaced_by)
    assert len(secrets) == 6
    for secret in secrets:
        assert secret not in text


def test_bulk_csv_rows_by_number_and_name_come_without_codes(client):
    replaced = make_certificate_in_status("replaced")
    upload = SimpleUploadedFile(
        "list.csv",
        f"number,name\n{replaced.number},{replaced.holder_name}\n".encode("utf-8-sig"),
        content_type="text/csv",
    )

    response = client.post("/api/v1/certificates/verify?format=csv", {"file": upload})

    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0]["status"] == "replaced"
    assert rows[0]["code"] == "" and rows[0]["verification_url"] == ""
    assert rows[0]["replaced_by_number"] == replaced.replaced_by.number
    assert_no_code(response, replaced, replaced.replaced_by)


# --- A strict allowance of its own, per client ---------------------------------------------------


@pytest.fixture
def early_in_the_hour(monkeypatch):
    """Rate-limit windows are fixed (they start on the hour): run at ten seconds past one, so
    an hourly window's Retry-After cannot look like a minute's because the test ran at :59."""
    moment = (time.time() // 3600) * 3600 + 10
    monkeypatch.setattr("core.ratelimit.time", types.SimpleNamespace(time=lambda: moment))


@override_settings(CERTIFICATE_NUMBER_NAME_LOOKUP_RATE="2/h", CERTIFICATE_LOOKUP_RATE="100/m")
def test_the_form_allows_few_number_and_name_look_ups(client, early_in_the_hour):
    certificate = make_certificate_in_status("valid")

    answers = [by_number_and_name(client, certificate, name=name) for name in ("王伟", "李娜")]
    refused = by_number_and_name(client, certificate)

    assert [answer.status_code for answer in answers] == [200, 200]
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 60
    assert refused["Cache-Control"] == "no-store"
    assert "Too many look-ups by certificate number and name" in refused.content.decode()
    assert certificate.holder_name not in refused.content.decode()
    # Look-ups by code have their own allowance.
    by_code = client.post("/en/verify/", {"code": certificate.code})
    assert by_code.status_code == 302
    # Another client has its own.
    assert by_number_and_name(client, certificate, REMOTE_ADDR="192.0.2.77").status_code == 200


@override_settings(CERTIFICATE_NUMBER_NAME_LOOKUP_RATE="3/h")
def test_each_bulk_row_by_number_and_name_counts(client, early_in_the_hour):
    certificates = [make_certificate_in_status(status) for status in STATUSES]

    response = bulk(client, [{"code": certificates[0].code}, *name_rows(*certificates)])

    assert response.status_code == 200
    results = response.json()["results"]
    assert results[0]["found"] is True  # a row by code is not counted
    assert [result["found"] for result in results[1:]] == [True, True, True, False, False]
    assert [result["error"] for result in results[4:]] == ["rate_limited", "rate_limited"]
    assert [result["certificate"] for result in results[4:]] == [None, None]
    assert response.json()["summary"]["by_error"] == {"rate_limited": 2}
    assert int(response["Retry-After"]) > 60
    # The allowance is shared with the form.
    assert by_number_and_name(client, certificates[0]).status_code == 429


@override_settings(CERTIFICATE_NUMBER_NAME_LOOKUP_RATE="2/h")
def test_a_bulk_request_over_the_allowance_answers_nothing_by_number_and_name(client):
    certificates = [make_certificate_in_status(status) for status in STATUSES[:3]]
    by_number_and_name(client, certificates[0])
    by_number_and_name(client, certificates[1])

    response = bulk(client, name_rows(*certificates))

    assert response.status_code == 200
    results = response.json()["results"]
    assert {result["error"] for result in results} == {"rate_limited"}
    assert [result["certificate"] for result in results] == [None, None, None]


@override_settings(CERTIFICATE_NUMBER_NAME_LOOKUP_RATE="1/h")
def test_wrong_names_count_too(client):
    certificate = make_certificate_in_status("valid")

    wrong = by_number_and_name(client, certificate, name="Nobody At All")
    right = by_number_and_name(client, certificate)

    assert wrong.status_code == 200
    assert right.status_code == 429
