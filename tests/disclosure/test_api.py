"""The open-data API (/api/v1/): filters, cursors, errors, CSV, dumps, OpenAPI, limits."""

import csv
import datetime
import gzip
import hashlib
import io
import json
import re
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import URLPattern, URLResolver, get_resolver

from config.api import openapi_document
from disclosure import dumps, services
from disclosure.models import CPOption, Method, PenaltyRecord, Report, WasteRecord
from disclosure.selectors.searches import latest_year
from tests.certificates.builders import make_certificate
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    make_member,
    pollutant,
    publish_annual_report,
    sector,
    standard_with_limit,
)

pytestmark = pytest.mark.django_db

# A year the demo data does not use, so every row in these tests is the test's own.
YEAR = 2003


# --- helpers ---------------------------------------------------------------------------------


def get(client, url, **params):
    return client.get(url, {"year": YEAR, **params} if "year" not in params else params)


def ids(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def walk(client, url: str, params: dict) -> tuple[list[dict], int]:
    """Every result of a list endpoint, following ``next``; also the number of pages."""
    results, pages = [], 0
    response = client.get(url, params)
    while True:
        assert response.status_code == 200, response.content
        body = response.json()
        results.extend(body["results"])
        pages += 1
        if body["next"] is None:
            return results, pages
        assert pages < 100
        response = client.get(body["next"])


def streamed_csv(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def discharge(pollutant: str, concentration: str, **fields) -> dict:
    return {"pollutant": pollutant, "concentration": Decimal(concentration), **fields}


def annual(enterprise, **fields):
    """A published annual report of YEAR for ``enterprise``."""
    fields.setdefault("discharges", [discharge("so2", "85.2")])
    return publish_annual_report(enterprise, YEAR, **fields)


@pytest.fixture
def facets():
    """Three enterprises that differ in every filter of the portal."""
    standard = standard_with_limit(number="GB TEST-API", pollutant_code="so2", limit="400")
    a = make_enterprise(name="甲测试硫酸厂", region_code="320583", sector=sector("C2611"))
    list_enterprise(
        a, YEAR, basis_exceeds_standards=True, basis_key_discharger=True, compulsory_audit=True
    )
    annual(a, discharges=[discharge("so2", "500", standard=standard)])  # over the limit
    b = make_enterprise(
        name="乙测试水泥厂", region_code="440300", sector=sector("C3011", "水泥制造", "Cement")
    )
    list_enterprise(
        b,
        YEAR,
        must_disclose=False,
        compulsory_audit=True,
        basis_key_discharger=False,
        basis_energy_limits=True,
    )
    c = make_enterprise(
        name="丙测试化肥厂", region_code="320506", sector=sector("C2621", "氮肥制造", "Fertiliser")
    )
    annual(c, discharges=[discharge("cod", "30", quantity=Decimal("2.5"))])  # not listed
    return {"a": a.credit_code, "b": b.credit_code, "c": c.credit_code}


FILTER_CASES = [
    ({"q": "乙测试"}, {"b"}),
    ({"province": "32"}, {"a", "c"}),
    ({"region": "3205"}, {"a", "c"}),
    ({"region": "320583"}, {"a"}),
    ({"sector": "C26"}, {"a", "c"}),
    ({"sector": "C3011"}, {"b"}),
    ({"basis": "energy_limits"}, {"b"}),
    ({"basis": "exceeds_standards"}, {"a"}),
    ({"pollutant": "cod"}, {"c"}),
    ({"pollutant": "so2"}, {"a"}),
    ({"exceedance": "true"}, {"a"}),
    ({"exceedance": "false"}, {"b", "c"}),
    ({"overdue": "true"}, {"a", "c"}),  # filed after 15 March of YEAR + 1
    ({"overdue": "false"}, {"b"}),
    ({"listed": "true"}, {"a", "b"}),
    ({"listed": "false"}, {"c"}),
]


# --- enterprises -----------------------------------------------------------------------------


@pytest.mark.parametrize(("params", "expected"), FILTER_CASES)
def test_each_filter_selects_the_enterprises_the_portal_would(client, facets, params, expected):
    assert set(ids(get(client, "/api/v1/enterprises", **params))) == {facets[k] for k in expected}


def test_a_credit_code_finds_its_enterprise(client, facets):
    found = ids(get(client, "/api/v1/enterprises", q=facets["b"].lower()))

    assert found == [facets["b"]]


def test_an_enterprise_row_has_its_list_entry_report_status_and_links(client, facets):
    body = get(client, "/api/v1/enterprises", q="甲测试").json()
    item = body["results"][0]

    assert body["year"] == YEAR and body["count"] == 1
    assert item["id"] == item["credit_code"] == facets["a"]
    chemicals = sector("C2611")
    assert item["sector"] == {
        "code": "C2611",
        "name_zh": chemicals.name_zh,
        "name_en": chemicals.name_en,
    }
    assert item["region_code"] == "320583"
    assert item["province"] == {"code": "32", "name_zh": "江苏省", "name_en": "Jiangsu"}
    assert item["list_entry"]["bases"] == ["exceeds_standards", "key_discharger"]
    assert item["list_entry"]["compulsory_audit"] is True
    assert item["list_entry"]["source_document"] == "测试名录 2024 号"
    assert item["annual_report"]["id"] == f"{facets['a']}-{YEAR}-AR"
    assert item["annual_report"]["status"] == "late"
    assert item["annual_report"]["due_on"] == f"{YEAR + 1}-03-15"
    assert item["has_exceedance"] is True and item["overdue"] is True
    assert item["links"]["profile"] == f"http://testserver/disclosure/enterprises/{facets['a']}/"
    assert item["links"]["api"] == f"http://testserver/api/v1/enterprises/{facets['a']}"


def test_a_listed_enterprise_that_never_filed_is_missing(client):
    enterprise = make_enterprise()
    list_enterprise(enterprise, YEAR)

    item = get(client, "/api/v1/enterprises", q=enterprise.credit_code).json()["results"][0]

    assert item["annual_report"]["status"] == "missing"
    assert item["annual_report"]["id"] is None and item["overdue"] is True


def test_without_a_year_the_latest_year_is_searched(client, facets):
    body = client.get("/api/v1/enterprises").json()

    assert body["year"] == latest_year()


def test_a_newly_listed_year_is_the_default_year_on_the_next_request(client):
    before = client.get("/api/v1/disclosures").json()["year"]
    newer = before + 1

    list_enterprise(make_enterprise(), newer)

    assert client.get("/api/v1/disclosures").json()["year"] == newer
    assert client.get("/api/v1/disclosures.csv").status_code == 200


def test_the_enterprise_detail_has_every_list_year_and_its_published_reports(client):
    enterprise = make_enterprise(latitude=Decimal("31.385600"), longitude=Decimal("120.980700"))
    list_enterprise(enterprise, YEAR - 1, source_document="名录 A")
    list_enterprise(enterprise, YEAR, source_document="名录 B")
    annual(enterprise)

    body = client.get(f"/api/v1/enterprises/{enterprise.credit_code}").json()

    assert [entry["year"] for entry in body["list_entries"]] == [YEAR, YEAR - 1]
    assert [entry["source_document"] for entry in body["list_entries"]] == ["名录 B", "名录 A"]
    assert body["coordinates"] == {"latitude": 31.3856, "longitude": 120.9807}
    assert [row["year"] for row in body["years"]] == [YEAR, YEAR - 1]
    [report] = body["reports"]
    assert report["id"] == f"{enterprise.credit_code}-{YEAR}-AR"
    assert report["kind"] == "annual" and report["current_version"] == 1
    assert report["due_on"] == f"{YEAR + 1}-03-15" and report["filed_late"] is True


def test_the_enterprise_detail_accepts_a_code_as_people_type_it(client):
    enterprise = make_enterprise()
    typed = f" {enterprise.credit_code[:6]}-{enterprise.credit_code[6:].lower()}"

    assert client.get(f"/api/v1/enterprises/{typed}").json()["id"] == enterprise.credit_code


# --- disclosures -----------------------------------------------------------------------------


@pytest.mark.parametrize(("params", "expected"), FILTER_CASES)
def test_each_filter_selects_the_disclosures_of_those_enterprises(client, facets, params, expected):
    found = ids(get(client, "/api/v1/disclosures", **params))

    # b never files a report: it is found as an enterprise but has no disclosure.
    assert found == sorted(f"{facets[k]}-{YEAR}-AR" for k in expected - {"b"})


def test_the_kind_filter_separates_annual_and_adhoc_reports(client):
    enterprise = make_enterprise()
    user = make_member(enterprise)
    annual(enterprise, user=user)
    report = services.open_adhoc_report(
        enterprise=enterprise,
        trigger=Report.Trigger.PERMIT,
        trigger_date=datetime.date(YEAR, 6, 2),
        description="排污许可证变更",
        user=user,
    )
    draft = services.draft_for_adhoc(report=report, user=user)
    services.submit_version(version=draft, user=user, signed_name="张三")
    code = enterprise.credit_code

    assert ids(get(client, "/api/v1/disclosures", q=code, kind="adhoc")) == [f"{code}-{YEAR}-AH01"]
    assert ids(get(client, "/api/v1/disclosures", q=code, kind="annual")) == [f"{code}-{YEAR}-AR"]
    # Ad-hoc reports sort before the annual one, as their ids do.
    assert ids(get(client, "/api/v1/disclosures", q=code)) == [
        f"{code}-{YEAR}-AH01",
        f"{code}-{YEAR}-AR",
    ]
    event = get(client, "/api/v1/disclosures", q=code, kind="adhoc").json()["results"][0]["event"]
    assert event == {"trigger": "permit", "date": f"{YEAR}-06-02", "description": "排污许可证变更"}


def amend(version, *, summary: str, concentration: str):
    user = make_member(version.report.enterprise)
    draft = services.start_amendment(report=version.report, user=user)
    services.update_basic_information(
        version=draft, user=user, change_summary=summary, products="硫酸 25 万吨/年"
    )
    record = services.build_discharge(
        version=draft,
        outlet_code="DA001",
        pollutant=pollutant("so2"),
        method=Method.MONITORING,
        concentration=Decimal(concentration),
    )
    services.replace_discharges(version=draft, user=user, records=[record])
    return services.submit_version(version=draft, user=user, signed_name="李四")


def test_a_disclosure_shows_the_current_version_with_its_changelog(client):
    first = annual(make_enterprise())
    amend(first, summary="更正二氧化硫浓度, 单位填错", concentration="90")
    public_id = first.report.public_id

    body = client.get(f"/api/v1/disclosures/{public_id}").json()

    assert body["id"] == public_id and body["version"] == 2 and body["is_current"] is True
    assert body["basic_information"]["products"] == "硫酸 25 万吨/年"
    assert body["discharges"][0]["concentration"] == 90
    assert [(c["version"], c["change_summary"]) for c in body["changelog"]] == [
        (1, None),
        (2, "更正二氧化硫浓度, 单位填错"),
    ]
    assert body["changelog"][0]["links"]["api"].endswith(f"{public_id}?version=1")


def test_an_earlier_version_is_served_as_it_was_published(client):
    first = annual(make_enterprise())
    amend(first, summary="更正", concentration="90")

    body = client.get(f"/api/v1/disclosures/{first.report.public_id}", {"version": 1}).json()

    assert body["version"] == 1 and body["current_version"] == 2 and body["is_current"] is False
    assert body["discharges"][0]["concentration"] == 85.2
    assert body["basic_information"]["products"] == "硫酸 20 万吨/年"


def test_all_versions_lists_every_published_version(client):
    first = annual(make_enterprise())
    amend(first, summary="更正", concentration="90")
    code = first.report.enterprise.credit_code

    current = get(client, "/api/v1/disclosures", q=code).json()["results"]
    every = get(client, "/api/v1/disclosures", q=code, include="all_versions").json()["results"]

    assert [r["version"] for r in current] == [2]
    assert [(r["version"], r["is_current"]) for r in every] == [(1, False), (2, True)]


def test_a_discharge_carries_canonical_and_reported_values_and_its_standard(client):
    standard = standard_with_limit(number="GB TEST-API-2", pollutant_code="so2", limit="400")
    version = annual(
        make_enterprise(),
        discharges=[
            discharge(
                "so2",
                "0.5",
                concentration_unit="g_m3",
                standard=standard,
                quantity=Decimal("12400"),
                quantity_unit="kg",
                permitted=Decimal("10"),
                outlet_name="尾气排放口",
            )
        ],
    )

    [row] = client.get(f"/api/v1/disclosures/{version.report.public_id}").json()["discharges"]

    assert row["pollutant"]["code"] == "so2" and row["medium"] == "air"
    assert (row["concentration"], row["concentration_unit"]) == (500, "mg_m3")
    assert (row["concentration_reported"], row["concentration_reported_unit"]) == (0.5, "g_m3")
    assert row["standard"]["number"] == "GB TEST-API-2" and row["limit"] == 400
    assert row["exceeds_limit"] is True
    assert (row["quantity_t"], row["quantity_reported"], row["quantity_reported_unit"]) == (
        12.4,
        12400,
        "kg",
    )
    assert (row["permitted_t"], row["exceeds_permit"]) == (10, True)
    assert row["method"] == "monitoring" and row["outlet_name"] == "尾气排放口"


def audited(version_user=None):
    """A published report whose audit team includes a certified auditor (and one member
    whose number matches no certificate)."""
    certificate = make_certificate()
    enterprise = make_enterprise()
    user = version_user or make_member(enterprise)
    draft = services.open_annual_report(enterprise=enterprise, year=YEAR, user=user)
    services.replace_discharges(
        version=draft,
        user=user,
        records=[
            services.build_discharge(
                version=draft, outlet_code="DA001", pollutant=pollutant("so2"),
                method=Method.MONITORING, concentration=Decimal("85.2"),
            )
        ],
    )  # fmt: skip
    services.replace_wastes(
        version=draft,
        user=user,
        records=[
            WasteRecord(
                category=WasteRecord.Category.HAZARDOUS, waste_code="HW08", name="废矿物油",
                generated_t=Decimal("3.2"), disposed_t=Decimal("3.2"), receiver="处置公司",
            )
        ],
    )  # fmt: skip
    services.replace_penalties(
        version=draft,
        user=user,
        records=[
            PenaltyRecord(
                decided_on=datetime.date(YEAR, 5, 1), authority="测试生态环境局",
                document_number=f"罚字{enterprise.pk}号", violation="超标排放",
                fine_yuan=Decimal("100000"),
            )
        ],
    )  # fmt: skip
    services.save_audit(
        version=draft,
        user=user,
        round=1,
        compulsory=True,
        bases=["exceeds_standards"],
        consultancy="测试咨询公司",
        phases={"1": {"start": f"{YEAR}-03-01", "end": f"{YEAR}-03-20"}},
        team=[
            {
                "name": certificate.holder_name,
                "role": "组长",
                "certificate_number": certificate.number,
            },
            {"name": "王五", "certificate_number": "NOT-A-NUMBER"},
        ],
        options=[
            {
                "title": "冷却水循环利用",
                "cost_class": CPOption.CostClass.MID_HIGH,
                "status": CPOption.Status.IMPLEMENTED,
                "water_m3": Decimal("36000"),
                "cod_t": Decimal("1.2"),
                "benefit_10k_yuan": Decimal("45.5"),
            }
        ],
    )
    return services.submit_version(version=draft, user=user, signed_name="张三"), certificate


def test_audit_team_members_link_to_their_certificate_verification(client):
    version, certificate = audited()

    [audit] = client.get(f"/api/v1/disclosures/{version.report.public_id}").json()["audits"]

    matched, unmatched = audit["team"]
    assert matched["certificate_number"] == certificate.number
    assert matched["certificate"]["code"] == certificate.code
    assert matched["certificate"]["verification_url"].endswith(f"/verify/{certificate.code}/")
    assert unmatched["certificate"] is None
    assert audit["phases"] == [{"phase": 1, "start": f"{YEAR}-03-01", "end": f"{YEAR}-03-20"}]
    assert audit["options"][0]["annual_savings"]["water_m3"] == 36000
    assert audit["options"][0]["annual_reductions"]["cod_t"] == 1.2


# --- drafts and unpublished submissions ------------------------------------------------------


def test_drafts_and_unpublished_submissions_never_appear(client):
    published = annual(make_enterprise())
    # An amendment being drafted, with a row that must not leak.
    user = make_member(published.report.enterprise)
    draft = services.start_amendment(report=published.report, user=user)
    leak = services.build_discharge(
        version=draft, outlet_code="DRAFT-OUT", pollutant=draft.discharges.first().pollutant,
        method=Method.ESTIMATE, concentration=Decimal("1"),
    )  # fmt: skip
    services.replace_discharges(version=draft, user=user, records=[leak])
    # A first draft never submitted, and a submission the authority has not published.
    only_draft = make_enterprise()
    services.open_annual_report(enterprise=only_draft, year=YEAR, user=make_member(only_draft))
    awaiting = make_enterprise()
    list_enterprise(awaiting, YEAR)
    with override_settings(DISCLOSURE_REVIEW_BEFORE_PUBLISHING=True):
        submitted = annual(awaiting)
    assert submitted.status == "submitted"

    every = get(client, "/api/v1/disclosures", include="all_versions").json()["results"]
    assert [(r["id"], r["version"]) for r in every] == [(published.report.public_id, 1)]
    rows = streamed_csv(get(client, "/api/v1/disclosures.csv"))
    assert {row["report_id"] for row in rows} == {published.report.public_id}
    assert "DRAFT-OUT" not in {row["outlet_code"] for row in rows}
    later = client.get(f"/api/v1/disclosures/{published.report.public_id}", {"version": 2})
    assert later.status_code == 404
    assert client.get(f"/api/v1/disclosures/{submitted.report.public_id}").status_code == 404
    detail = client.get(f"/api/v1/enterprises/{awaiting.credit_code}").json()
    assert detail["reports"] == []
    assert detail["years"][0]["annual_report"]["id"] is None


# --- cursor pagination -----------------------------------------------------------------------


def test_walking_the_enterprise_pages_returns_every_row_exactly_once(client):
    codes = []
    for _index in range(7):
        enterprise = make_enterprise()
        list_enterprise(enterprise, YEAR)
        codes.append(enterprise.credit_code)

    results, pages = walk(client, "/api/v1/enterprises", {"year": YEAR, "limit": 2})

    assert [item["id"] for item in results] == sorted(codes)
    assert pages == 4


def test_walking_the_disclosure_pages_returns_every_version_exactly_once(client):
    expected = []
    for index in range(4):
        version = annual(make_enterprise())
        expected.append((version.report.public_id, 1))
        if index % 2 == 0:
            amend(version, summary="更正", concentration="90")
            expected.append((version.report.public_id, 2))

    results, pages = walk(
        client, "/api/v1/disclosures", {"year": YEAR, "limit": 1, "include": "all_versions"}
    )

    assert [(r["id"], r["version"]) for r in results] == sorted(expected)
    assert pages == len(expected)


def test_the_next_link_keeps_the_filters(client, facets):
    body = get(client, "/api/v1/enterprises", province="32", limit=1).json()

    assert "province=32" in body["next"] and "limit=1" in body["next"]
    second = client.get(body["next"]).json()
    assert second["next"] is None
    assert [r["id"] for r in body["results"] + second["results"]] == sorted(
        [facets["a"], facets["c"]]
    )


def test_rows_added_before_the_cursor_do_not_shift_the_next_page(client):
    codes = []
    for _index in range(3):
        enterprise = make_enterprise(region_code="320583")
        list_enterprise(enterprise, YEAR)
        codes.append(enterprise.credit_code)
    first = get(client, "/api/v1/enterprises", limit=2).json()
    # A newcomer that sorts first (Beijing) neither repeats nor hides a row of the next page.
    list_enterprise(make_enterprise(region_code="110101"), YEAR)

    second = client.get(first["next"]).json()

    assert [r["id"] for r in first["results"] + second["results"]] == sorted(codes)


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "not a cursor!"},
        {"cursor": "W10"},  # valid base64 and JSON, but not a cursor
        {"cursor": "WyJkIiwiQSIsMjAyNCwiYW5udWFsIiwwLDFd"},  # a disclosures cursor
        {"limit": "0"},
        {"limit": "501"},
        {"limit": "ten"},
        # A superscript digit passes str.isdigit() but not int(): it was a 500.
        {"limit": "²"},
        {"year": "20x4"},
        {"year": "1800"},
        {"basis": "noisy"},
        {"exceedance": "maybe"},
        {"province": "Jiangsu"},
    ],
)
def test_bad_parameters_are_a_400_in_json(client, params):
    response = client.get("/api/v1/enterprises", params)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == "invalid_parameter"
    assert error["parameter"] == next(iter(params))
    assert error["message"]


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "WyJlIiwiOTEzMjA1ODNUMDAwMDAwMVhYIl0"},  # an enterprises cursor
        {"kind": "monthly"},
        {"include": "everything"},
    ],
)
def test_bad_disclosure_parameters_are_a_400_in_json(client, params):
    for url in ("/api/v1/disclosures", "/api/v1/disclosures.csv"):
        if "cursor" in params and url.endswith(".csv"):
            continue
        response = client.get(url, params)
        assert response.status_code == 400, url
        assert response.json()["error"]["parameter"] == next(iter(params))


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/enterprises/91320583T9999999XX",
        "/api/v1/disclosures/91320583T9999999XX-2024-AR",
        "/api/v1/disclosures/not-an-id",
        "/api/v1/dumps/disclosures-2031.csv.gz",
        "/api/v1/dumps/index.json",
        "/api/v1/no-such-thing",
        "/api/v1/enterprises/",
    ],
)
def test_unknown_ids_are_a_404_in_json(client, url):
    response = client.get(url)

    assert response.status_code == 404
    assert response.json()["error"]["code"] in ("not_found", "dump_not_found")
    assert response.json()["error"]["message"]


@pytest.mark.parametrize("number", ["x", "²"])
def test_a_bad_version_number_is_a_400(client, number):
    version = annual(make_enterprise())

    response = client.get(f"/api/v1/disclosures/{version.report.public_id}", {"version": number})

    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == "version"


def test_other_methods_are_refused_in_json(client):
    response = client.post("/api/v1/enterprises")

    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
    assert "GET" in response["Allow"]


# --- headers and rate limits -----------------------------------------------------------------


def test_answers_can_be_cached_and_read_from_any_origin(client):
    response = client.get("/api/v1/enterprises", {"year": YEAR})

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "X-RateLimit-Remaining" in response["Access-Control-Expose-Headers"]
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert response["X-RateLimit-Limit"] == "120"


def test_a_preflight_request_is_answered_without_counting(client):
    response = client.options("/api/v1/disclosures")

    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]


@override_settings(DISCLOSURE_API_RATE="2/m")
def test_over_the_rate_limit_the_answer_is_429_json_with_retry_after(client):
    first = client.get("/api/v1/enterprises", {"year": YEAR})
    assert (first["X-RateLimit-Limit"], first["X-RateLimit-Remaining"]) == ("2", "1")
    assert client.get("/api/v1/openapi.json")["X-RateLimit-Remaining"] == "0"

    response = client.get("/api/v1/disclosures", {"year": YEAR})

    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert response["Cache-Control"] == "no-store"
    assert response["Access-Control-Allow-Origin"] == "*"
    error = response.json()["error"]
    assert error["code"] == "rate_limited" and error["retry_after"] == int(response["Retry-After"])


@override_settings(DISCLOSURE_API_RATE="1/m")
def test_the_open_data_limit_does_not_use_up_certificate_lookups(client):
    certificate = make_certificate()
    client.get("/api/v1/enterprises", {"year": YEAR})
    assert client.get("/api/v1/enterprises", {"year": YEAR}).status_code == 429

    response = client.get(f"/api/v1/certificates/{certificate.code}")

    assert response.status_code == 200
    assert "X-RateLimit-Limit" not in response  # the certificate API is unchanged


# --- query counts ----------------------------------------------------------------------------


def count_queries(client, url: str, params: dict) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def test_an_enterprise_page_makes_the_same_queries_for_1_or_many_rows(client):
    for _index in range(6):
        enterprise = make_enterprise()
        list_enterprise(enterprise, YEAR)
        annual(enterprise)

    one = count_queries(client, "/api/v1/enterprises", {"year": YEAR, "limit": 1})
    many = count_queries(client, "/api/v1/enterprises", {"year": YEAR, "limit": 6})

    assert one == many <= 5


def test_a_disclosure_page_makes_the_same_queries_for_1_or_many_rows(client):
    for _index in range(5):
        version, _certificate = audited()
        amend(version, summary="更正", concentration="90")

    params = {"year": YEAR, "include": "all_versions"}
    one = count_queries(client, "/api/v1/disclosures", {**params, "limit": 1})
    many = count_queries(client, "/api/v1/disclosures", {**params, "limit": 10})

    assert one == many <= 12


# --- CSV -------------------------------------------------------------------------------------


def test_the_csv_is_streamed_with_a_bom_and_documented_columns(client, facets):
    response = get(client, "/api/v1/disclosures.csv")

    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="disclosures-{YEAR}.csv"' in response["Content-Disposition"]
    rows = streamed_csv(response)
    assert list(rows[0]) == dumps.CSV_HEADER
    assert {row["credit_code"] for row in rows} == {facets["a"], facets["c"]}


def test_the_csv_header_row_goes_out_before_any_query(client, facets):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/disclosures.csv", {"year": YEAR, "province": "32"})
        first = next(iter(response.streaming_content))

    assert response.status_code == 200
    assert first.decode("utf-8") == "\ufeff" + ",".join(dumps.CSV_HEADER) + "\r\n"
    assert len(queries) == 0
    text = (first + b"".join(response.streaming_content)).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text[1:], newline="")))
    assert {row["credit_code"] for row in rows} == {facets["a"], facets["c"]}


@override_settings(DISCLOSURE_API_RATE="1/m")
def test_over_the_rate_limit_the_csv_is_a_429_not_a_stream(client):
    assert client.get("/api/v1/disclosures.csv", {"year": YEAR}).status_code == 200

    response = client.get("/api/v1/disclosures.csv", {"year": YEAR})

    assert response.status_code == 429
    assert not response.streaming
    assert int(response["Retry-After"]) >= 1
    assert response.json()["error"]["code"] == "rate_limited"


@pytest.mark.parametrize(("params", "expected"), FILTER_CASES)
def test_the_csv_follows_every_filter(client, facets, params, expected):
    rows = streamed_csv(get(client, "/api/v1/disclosures.csv", **params))

    assert {row["credit_code"] for row in rows} == {facets[k] for k in expected - {"b"}}


def test_csv_rows_match_the_json(client, facets):
    standard = standard_with_limit(number="GB TEST-API-3", pollutant_code="nox", limit="200")
    annual(
        make_enterprise(),
        discharges=[
            discharge("so2", "0.35", concentration_unit="g_m3", quantity=Decimal("800"),
                      quantity_unit="kg", permitted=Decimal("2")),
            discharge("nox", "150", outlet_code="DA002", standard=standard),
        ],
    )  # fmt: skip

    rows = streamed_csv(get(client, "/api/v1/disclosures.csv"))
    reports = get(client, "/api/v1/disclosures").json()["results"]

    expected = []
    for report in reports:
        for item in report["discharges"]:
            expected.append(
                {
                    "report_id": report["id"],
                    "version": str(report["version"]),
                    "credit_code": report["enterprise"]["id"],
                    "enterprise_name": report["enterprise"]["name"],
                    "outlet_code": item["outlet_code"],
                    "pollutant_code": item["pollutant"]["code"],
                    "medium": item["medium"],
                    "standard_number": (item["standard"] or {}).get("number", ""),
                    "exceeds_limit": str(item["exceeds_limit"]).lower(),
                    "exceeds_permit": str(item["exceeds_permit"]).lower(),
                    "method": item["method"],
                    "concentration_reported_unit": item["concentration_reported_unit"] or "",
                    "quantity_reported_unit": item["quantity_reported_unit"] or "",
                    **{
                        name: item[name]
                        for name in (
                            "concentration",
                            "concentration_reported",
                            "limit",
                            "quantity_t",
                            "quantity_reported",
                            "permitted_t",
                        )
                    },
                }
            )
    assert len(rows) == len(expected) == 4
    for row, wanted in zip(rows, expected, strict=True):
        for name, value in wanted.items():
            if isinstance(value, int | float) or value is None:
                assert (Decimal(row[name]) if row[name] else None) == (
                    None if value is None else Decimal(str(value))
                ), name
            else:
                assert row[name] == value, name


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_cannot_start_a_spreadsheet_formula(client, start):
    enterprise = make_enterprise(
        name=f'{start}HYPERLINK("http://evil.example","点击")', name_en=f"{start}SUM(A1:A9)"
    )
    annual(
        enterprise,
        discharges=[discharge("so2", "85.2", outlet_code=f"{start}1+1", outlet_name=f"{start}cmd")],
    )

    [row] = streamed_csv(get(client, "/api/v1/disclosures.csv", q=enterprise.credit_code))

    assert row["enterprise_name"] == f'\'{start}HYPERLINK("http://evil.example","点击")'
    assert row["enterprise_name_en"] == f"'{start}SUM(A1:A9)"
    assert row["outlet_code"] == f"'{start}1+1"
    assert row["outlet_name"] == f"'{start}cmd"
    assert row["concentration"] == "85.2"  # numbers are not text cells


def test_small_batches_give_the_same_rows_as_one_batch():
    for _index in range(5):
        annual(make_enterprise(), discharges=[discharge("so2", "1"), discharge("nox", "2")])
    versions = dumps.published_versions().filter(report__year=YEAR)

    small = list(dumps.discharge_rows(versions, batch_size=2, chunk_size=3))

    assert small == list(dumps.discharge_rows(versions))
    assert len(small) == 10 and len({tuple(row) for row in small}) == 10


def test_the_csv_reads_versions_in_batches_not_all_at_once(client):
    for _index in range(5):
        annual(make_enterprise())
    versions = dumps.published_versions().filter(report__year=YEAR)

    with CaptureQueriesContext(connection) as queries:
        rows = list(dumps.discharge_rows(versions, batch_size=2))

    assert len(rows) == 5
    # Three batches of versions (2 + 2 + 1), each with one query for its discharges.
    assert len(queries) == 6
    assert all("LIMIT 2" in query["sql"] for query in queries[::2])


# --- yearly dumps ----------------------------------------------------------------------------


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def test_the_dump_command_writes_the_year_and_its_index(client, facets, media):
    call_command("build_open_data_dumps", "--year", str(YEAR), stdout=io.StringIO())

    path = media / "open-data" / f"disclosures-{YEAR}.csv.gz"
    data = path.read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    index = json.loads((media / "open-data" / "index.json").read_text())
    [entry] = index["files"]
    assert entry["name"] == path.name and entry["year"] == YEAR
    assert entry["rows"] == len(rows) == 2
    assert entry["bytes"] == len(data)
    assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert entry["generated_at"]
    assert [column["name"] for column in index["columns"]] == dumps.CSV_HEADER
    assert text.startswith("\ufeff")


def test_the_dump_matches_the_streamed_csv_of_the_year(client, facets, media):
    call_command("build_open_data_dumps", "--year", str(YEAR), stdout=io.StringIO())

    dumped = gzip.decompress((media / "open-data" / f"disclosures-{YEAR}.csv.gz").read_bytes())
    streamed = b"".join(get(client, "/api/v1/disclosures.csv").streaming_content)

    assert dumped == streamed


def test_each_year_with_published_reports_is_built_once():
    annual(make_enterprise())
    annual(make_enterprise())

    years = dumps.dump_years()

    assert years.count(YEAR) == 1
    assert years == sorted(set(years))


def test_building_one_year_keeps_the_other_years(client, media):
    annual(make_enterprise())
    publish_annual_report(make_enterprise(), YEAR - 1)
    call_command("build_open_data_dumps", stdout=io.StringIO())
    years = {entry["year"] for entry in dumps.read_index()["files"]}
    assert {YEAR - 1, YEAR} <= years

    call_command("build_open_data_dumps", "--year", str(YEAR), stdout=io.StringIO())

    assert {entry["year"] for entry in dumps.read_index()["files"]} == years


def test_the_api_lists_and_serves_the_dumps(client, facets, media):
    call_command("build_open_data_dumps", "--year", str(YEAR), stdout=io.StringIO())
    name = f"disclosures-{YEAR}.csv.gz"

    index = client.get("/api/v1/dumps").json()
    response = client.get(f"/api/v1/dumps/{name}")

    [entry] = index["files"]
    assert entry["url"] == f"http://testserver/api/v1/dumps/{name}"
    assert "build_open_data_dumps" in index["how_built"]
    assert response.status_code == 200
    assert response["Content-Type"] == "application/gzip"
    assert name in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == (media / "open-data" / name).read_bytes()
    assert response["ETag"] == f'"{entry["sha256"]}"'


def test_a_missing_dump_says_how_dumps_are_built(client, media):
    response = client.get(f"/api/v1/dumps/disclosures-{YEAR}.csv.gz")

    assert response.status_code == 404
    assert "build_open_data_dumps" in response.json()["error"]["message"]
    assert client.get("/api/v1/dumps").json()["files"] == []


def test_files_next_to_the_dumps_are_not_served(client, media):
    (media / "open-data").mkdir()
    (media / "open-data" / f"disclosures-{YEAR}.csv.gz").write_bytes(b"not listed")

    assert client.get(f"/api/v1/dumps/disclosures-{YEAR}.csv.gz").status_code == 404
    assert client.get("/api/v1/dumps/..%2Findex.json").status_code == 404


# --- the OpenAPI document --------------------------------------------------------------------


def api_patterns(patterns=None, prefix: str = "") -> set[str]:
    """Every URL pattern under /api/v1/ as an OpenAPI path ({name} for <type:name>)."""
    found = set()
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if "api/v1/".startswith(route) or route.startswith("api/v1/"):
                found |= api_patterns(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and route.startswith("api/v1/"):
            if pattern.name == "not_found" and "<path:" in route:
                continue  # the JSON 404 for unknown addresses
            found.add("/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route))
    return found


def test_every_api_address_is_documented_and_nothing_else(client):
    document = client.get("/api/v1/openapi.json").json()

    assert set(document["paths"]) == api_patterns()
    assert "/api/v1/certificates/{code}" in document["paths"]
    assert document["openapi"].startswith("3.1")


def test_the_document_says_the_configured_rate_and_server(client):
    with override_settings(DISCLOSURE_API_RATE="77/h"):
        document = client.get("/api/v1/openapi.json").json()

    assert "77/h" in document["info"]["description"]
    assert document["servers"] == [{"url": "http://testserver"}]


class SchemaChecker:
    """Checks an instance against the subset of JSON Schema the document uses ($ref, anyOf,
    type, enum, pattern, required, properties, additionalProperties, items, minimum,
    maximum). Objects that list every property as required must not have others."""

    def __init__(self, document: dict) -> None:
        self.document = document

    def resolve(self, reference: str) -> dict:
        node = self.document
        for part in reference.removeprefix("#/").split("/"):
            node = node[part]
        return node

    def errors(self, instance, schema: dict, where: str = "$") -> list[str]:
        if "$ref" in schema:
            return self.errors(instance, self.resolve(schema["$ref"]), where)
        problems = []
        if "anyOf" in schema:
            options = [self.errors(instance, option, where) for option in schema["anyOf"]]
            if all(options):
                problems.append(f"{where}: matches no anyOf option: {options}")
        if "type" in schema:
            kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(self._is(instance, kind) for kind in kinds):
                return [*problems, f"{where}: {instance!r} is not {kinds}"]
        if "enum" in schema and instance not in schema["enum"]:
            problems.append(f"{where}: {instance!r} not in {schema['enum']}")
        if (
            isinstance(instance, str)
            and "pattern" in schema
            and not re.search(schema["pattern"], instance)
        ):
            problems.append(f"{where}: {instance!r} does not match {schema['pattern']}")
        if isinstance(instance, int | float) and not isinstance(instance, bool):
            if "minimum" in schema and instance < schema["minimum"]:
                problems.append(f"{where}: below minimum")
            if "maximum" in schema and instance > schema["maximum"]:
                problems.append(f"{where}: above maximum")
        if isinstance(instance, dict):
            properties = schema.get("properties", {})
            for key in schema.get("required", []):
                if key not in instance:
                    problems.append(f"{where}: missing {key}")
            if properties and set(schema.get("required", [])) == set(properties):
                problems.extend(
                    f"{where}: undocumented {k}" for k in set(instance) - set(properties)
                )
            for key, value in instance.items():
                if key in properties:
                    problems.extend(self.errors(value, properties[key], f"{where}.{key}"))
                elif isinstance(schema.get("additionalProperties"), dict):
                    extra = schema["additionalProperties"]
                    problems.extend(self.errors(value, extra, f"{where}.{key}"))
        if isinstance(instance, list) and "items" in schema:
            for index, item in enumerate(instance):
                problems.extend(self.errors(item, schema["items"], f"{where}[{index}]"))
        return problems

    @staticmethod
    def _is(instance, kind: str) -> bool:
        return {
            "null": instance is None,
            "boolean": isinstance(instance, bool),
            "integer": isinstance(instance, int) and not isinstance(instance, bool),
            "number": isinstance(instance, int | float) and not isinstance(instance, bool),
            "string": isinstance(instance, str),
            "object": isinstance(instance, dict),
            "array": isinstance(instance, list),
        }[kind]


def documented_examples(document: dict):
    """(where, example, schema) for every JSON example in the document."""
    checker = SchemaChecker(document)
    for name, schema in document["components"]["schemas"].items():
        for example in schema.get("examples", []):
            yield f"schema {name}", example, schema
    responses = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            responses += [(f"{method} {path} {s}", r) for s, r in operation["responses"].items()]
            body = operation.get("requestBody", {}).get("content", {})
            responses += [(f"{method} {path} body", {"content": body})]
    for where, response in responses:
        if "$ref" in response:
            response = checker.resolve(response["$ref"])
        media = response.get("content", {}).get("application/json")
        if media and "example" in media:
            yield where, media["example"], media["schema"]


def test_every_documented_example_matches_its_schema():
    document = openapi_document(server="https://cphub.example")
    checker = SchemaChecker(document)
    examples = list(documented_examples(document))

    assert len(examples) >= 8
    for where, example, schema in examples:
        assert checker.errors(example, schema) == [], where


def test_every_reference_in_the_document_resolves():
    document = openapi_document(server="https://cphub.example")
    text = json.dumps(document)
    checker = SchemaChecker(document)

    references = set(re.findall(r'"\$ref": "([^"]+)"', text))

    assert references
    for reference in references:
        assert checker.resolve(reference) is not None, reference


def test_real_answers_match_the_documented_schemas(client, media):
    version, certificate = audited()
    amend(version, summary="更正", concentration="90")
    list_enterprise(version.report.enterprise, YEAR)
    call_command("build_open_data_dumps", "--year", str(YEAR), stdout=io.StringIO())
    document = client.get("/api/v1/openapi.json").json()
    checker = SchemaChecker(document)
    code, public_id = version.report.enterprise.credit_code, version.report.public_id
    answers = [
        ("/api/v1/enterprises", {"year": YEAR, "limit": 1}, "EnterprisePage"),
        (f"/api/v1/enterprises/{code}", {}, "EnterpriseDetail"),
        ("/api/v1/disclosures", {"year": YEAR, "include": "all_versions"}, "DisclosurePage"),
        (f"/api/v1/disclosures/{public_id}", {"version": 1}, "Disclosure"),
        ("/api/v1/dumps", {}, "DumpIndex"),
        (f"/api/v1/certificates/{certificate.code}", {}, "CertificateRecord"),
        ("/api/v1/enterprises", {"cursor": "x"}, "Error"),
        ("/api/v1/disclosures/nothing-here", {}, "Error"),
        ("/api/v1/certificates/0000", {}, "Error"),
    ]
    for url, params, name in answers:
        body = client.get(url, params).json()
        assert checker.errors(body, {"$ref": f"#/components/schemas/{name}"}) == [], url
    bulk = client.post(
        "/api/v1/certificates/verify",
        data=json.dumps({"codes": [certificate.code, "nonsense"]}),
        content_type="application/json",
    ).json()
    assert checker.errors(bulk, {"$ref": "#/components/schemas/BulkVerifyResponse"}) == []
