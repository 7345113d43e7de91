"""One presenter for a report version (``presenters.present_version``): the public report
page, the filing pages, the version diff and the API's JSON all read a version through it."""

import datetime
import json
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from disclosure import section_import, services
from disclosure.models import AuditResult, CPOption, Method, ReportVersion, WasteRecord
from disclosure.presenters import Entered, present_version, section_prefetches
from disclosure.selectors.figures import Amount
from disclosure.selectors.report import audit_results
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    make_member,
    make_reviewer,
    pollutant,
    standard_with_limit,
)

pytestmark = pytest.mark.django_db

YEAR = 2023


def draft_with_rows(enterprise, user):
    """An annual report draft with SO₂ entered in µg/m³ (above its limit), waste in kg and a
    compulsory audit round with one implemented option."""
    draft = services.open_annual_report(enterprise=enterprise, year=YEAR, user=user)
    services.update_basic_information(
        version=draft, user=user, products="硫酸 20 万吨/年", permit_number="91320583TEST001P"
    )
    standard = standard_with_limit(number="GB 13223-2011", pollutant_code="so2", limit="50")
    discharge = services.build_discharge(
        version=draft,
        outlet_code="DA001",
        pollutant=pollutant("so2"),
        method=Method.MONITORING,
        concentration=Decimal("60000"),
        concentration_unit="ug_m3",
        standard=standard,
        quantity=Decimal("12.5"),
        permitted=Decimal("20"),
    )
    services.replace_discharges(version=draft, user=user, records=[discharge])
    waste, problems = section_import.waste_row(
        version=draft,
        category=WasteRecord.Category.HAZARDOUS,
        name="废活性炭",
        waste_code="HW49",
        generated=Decimal("2500"),
        utilised=Decimal("0"),
        disposed=Decimal("2500"),
        stored=Decimal("0"),
        unit="kg",
    )
    assert not problems
    services.replace_wastes(version=draft, user=user, records=[waste])
    services.save_audit(
        version=draft,
        user=user,
        round=1,
        team=[],
        options=[
            {
                "title": "余热回收改造",
                "cost_class": CPOption.CostClass.MID_HIGH,
                "status": CPOption.Status.IMPLEMENTED,
                "water_m3": Decimal("1200"),
                "investment_10k_yuan": Decimal("35.5"),
            }
        ],
        compulsory=True,
        bases=["exceeds_standards"],
        consultancy="测试清洁生产咨询有限公司",
        phases={"1": {"start": f"{YEAR}-03-01", "end": f"{YEAR}-03-20"}},
    )
    return draft


@pytest.fixture
def filed():
    enterprise = make_enterprise()
    list_enterprise(enterprise, YEAR)
    user = make_member(enterprise)
    return enterprise, user, draft_with_rows(enterprise, user)


def test_a_discharge_shows_the_canonical_figure_and_the_one_entered(filed):
    _enterprise, _user, draft = filed

    line = present_version(version=draft).discharges[0]

    assert line.concentration == Amount(Decimal("60"), "mg_m3")
    assert line.concentration_converted
    assert line.entered_concentration == Entered(Decimal("60000"), "ug_m3")
    with translation.override("en"):
        assert str(line.entered_concentration) == "60000 µg/m³"
        assert str(line.concentration_reported) == "60,000 µg/m³"
    assert line.record.exceeds_limit and line.compared


def test_waste_entered_in_kilograms_is_shown_in_tonnes_and_as_entered(filed):
    _enterprise, _user, draft = filed

    line = present_version(version=draft).wastes[0]

    assert line.generated == Amount(Decimal("2.5"), "t")
    assert [entered.value for entered in line.entered] == [2500, 0, 2500, 0]
    assert {entered.unit for entered in line.entered} == {"kg"}


def test_the_presenter_reads_a_version_in_six_queries_whatever_its_size(
    filed, django_assert_num_queries
):
    _enterprise, _user, draft = filed

    with django_assert_num_queries(6):
        presented = present_version(version=draft)
        [view.option_rows for view in presented.audits]
        [view.team for view in presented.audits]

    assert len(presented.discharges) == len(presented.wastes) == len(presented.audits) == 1


def test_the_json_form_has_the_api_fields_with_numbers_as_numbers(filed):
    enterprise, _user, draft = filed
    results = [
        services.record_audit_result(
            enterprise=enterprise,
            round=1,
            stage=AuditResult.Stage.ASSESSMENT,
            outcome=AuditResult.Outcome.PASSED,
            decided_on=datetime.date(YEAR + 1, 2, 1),
            authority="苏州市生态环境局",
            user=make_reviewer(),
        )
    ]

    data = present_version(version=draft, results=results).to_dict()

    assert json.loads(json.dumps(data)) == data
    discharge = data["discharges"][0]
    assert discharge["pollutant"]["code"] == "so2"
    assert (discharge["concentration"], discharge["concentration_unit"]) == (60, "mg_m3")
    assert (discharge["concentration_reported"], discharge["concentration_reported_unit"]) == (
        60000,
        "ug_m3",
    )
    assert (discharge["limit"], discharge["exceeds_limit"]) == (50, True)
    assert data["wastes"][0]["generated_t"] == 2.5
    assert data["wastes"][0]["reported_unit"] == "kg"
    audit = data["audits"][0]
    assert audit["bases"] == ["exceeds_standards"]
    assert audit["phases"] == [{"phase": 1, "start": f"{YEAR}-03-01", "end": f"{YEAR}-03-20"}]
    assert audit["options"][0]["investment_10k_yuan"] == 35.5
    assert audit["options"][0]["annual_savings"]["water_m3"] == 1200
    assert audit["authority_results"] == [
        {
            "stage": "assessment",
            "outcome": "passed",
            "decided_on": f"{YEAR + 1}-02-01",
            "authority": "苏州市生态环境局",
        }
    ]
    assert data["basic_information"]["permit_number"] == "91320583TEST001P"
    assert data["has_exceedance"] == draft.has_exceedance


def test_the_filing_page_shows_the_sections_as_entered_with_edit_links(client, filed):
    _enterprise, user, draft = filed
    client.force_login(user)
    public_id = draft.report.public_id

    with translation.override("en"):
        response = client.get(reverse("disclosure_manage:report", args=[public_id]))
        page = response.content.decode()

    assert response.status_code == 200
    assert "60000 µg/m³" in page  # as entered
    assert "= 60 mg/m³" in page  # and in the pollutant's unit
    assert "2500 kg" in page
    assert reverse("disclosure_manage:section", args=[public_id, "wastes"]) in page
    assert reverse("disclosure_manage:audit", args=[public_id, 1]) in page
    assert "余热回收改造" in page


def test_the_public_page_shows_the_same_sections_in_canonical_units_without_edit_links(
    client, filed
):
    _enterprise, user, draft = filed
    published = services.submit_version(version=draft, user=user, signed_name="张三")
    public_id = published.report.public_id
    client.logout()

    with translation.override("en"):
        response = client.get(reverse("disclosure:report", args=[public_id]))
        page = response.content.decode()

    assert response.status_code == 200
    assert "60 mg/m³" in page and "reported as 60,000 µg/m³" in page
    assert "2.5 t" in page
    assert "余热回收改造" in page
    assert reverse("disclosure_manage:section", args=[public_id, "wastes"]) not in page


def test_versions_loaded_with_the_section_prefetches_are_presented_without_queries(
    filed, django_assert_num_queries
):
    _enterprise, _user, draft = filed
    version = (
        ReportVersion.objects.select_related("report__enterprise")
        .prefetch_related(*section_prefetches())
        .get(pk=draft.pk)
    )

    with django_assert_num_queries(0):
        presented = present_version(version=version)
        [view.option_rows for view in presented.audits]
        [view.team for view in presented.audits]

    assert [line.record.outlet_code for line in presented.discharges] == ["DA001"]
    assert len(presented.audits[0].options) == 1


def test_the_json_form_is_what_the_api_answers_for_the_version(client, filed):
    enterprise, user, draft = filed
    published = services.submit_version(version=draft, user=user, signed_name="张三")
    services.record_audit_result(
        enterprise=enterprise,
        round=1,
        stage=AuditResult.Stage.ASSESSMENT,
        outcome=AuditResult.Outcome.PASSED,
        decided_on=datetime.date(YEAR + 1, 2, 1),
        authority="苏州市生态环境局",
        user=make_reviewer(),
    )
    client.logout()

    body = client.get(f"/api/v1/disclosures/{published.report.public_id}").json()
    data = present_version(
        version=published, results=audit_results(enterprise=enterprise)
    ).to_dict()

    assert data == {name: body[name] for name in data}


def test_the_reviewer_sees_a_submitted_version_as_entered(client, filed, settings):
    settings.DISCLOSURE_REVIEW_BEFORE_PUBLISHING = True
    _enterprise, user, draft = filed
    submitted = services.submit_version(version=draft, user=user, signed_name="张三")
    client.force_login(make_reviewer())

    with translation.override("en"):
        response = client.get(f"/admin/disclosure/publish/{submitted.pk}/")
        page = response.content.decode()

    assert response.status_code == 200
    assert "60000 µg/m³" in page and "50 mg/m³" in page
    assert "2.5" in page  # the waste generated, in tonnes
