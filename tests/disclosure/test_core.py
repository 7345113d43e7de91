"""Credit codes, deadlines, exceedance and the report workflow (services)."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from disclosure import credit_codes, deadlines, services
from disclosure.models import DischargeRecord, EnterpriseYear, Holiday, ReportVersion
from tests.disclosure.builders import (
    make_enterprise,
    make_member,
    pollutant,
    publish_annual_report,
    standard_with_limit,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db


# --- credit codes ----------------------------------------------------------------------------


def test_a_real_credit_code_passes_its_check():
    assert credit_codes.is_valid("91350100M000100Y43")


def test_a_typo_in_a_credit_code_fails_the_check():
    assert not credit_codes.is_valid("91350100M000100Y44")
    assert not credit_codes.is_valid("91350100M000100Y4")


def test_letters_outside_the_alphabet_are_named():
    message = credit_codes.problem("91350100M0001OOY43")

    assert message and "O" in message


def test_credit_codes_are_read_as_people_copy_them():
    assert credit_codes.is_valid(" 9135 0100-m000100y43 ")


def test_a_built_code_is_valid_and_carries_its_region():
    code = credit_codes.build(region="440300", organisation="MA5D00001")

    assert credit_codes.is_valid(code)
    assert credit_codes.region_code(code) == "440300"


# --- deadlines -------------------------------------------------------------------------------


def test_the_annual_report_is_due_on_15_march_of_the_next_year():
    assert deadlines.annual_due_on(2024) == datetime.date(2025, 3, 15)


def test_an_adhoc_report_is_due_five_working_days_after_the_event():
    # Wednesday 2 July 2025 -> Wednesday 9 July (the weekend does not count).
    assert deadlines.adhoc_due_on(datetime.date(2025, 7, 2)) == datetime.date(2025, 7, 9)


def test_public_holidays_do_not_count_and_make_up_working_days_do():
    for day in range(1, 9):
        Holiday.objects.update_or_create(
            date=datetime.date(2025, 10, day), defaults={"kind": Holiday.Kind.HOLIDAY}
        )
    Holiday.objects.update_or_create(
        date=datetime.date(2025, 10, 11), defaults={"kind": Holiday.Kind.WORKING_DAY}
    )

    # Event on Tuesday 30 September (not counted); 1-8 October are holidays; then 9, 10,
    # 11 (a Saturday declared a working day), 13 and 14 October.
    assert deadlines.adhoc_due_on(datetime.date(2025, 9, 30)) == datetime.date(2025, 10, 14)


# --- exceedance and units --------------------------------------------------------------------


def _draft():
    enterprise = make_enterprise()
    user = make_member(enterprise)
    return services.open_annual_report(enterprise=enterprise, year=2024, user=user), user


def test_a_concentration_over_the_standard_limit_is_flagged_after_unit_conversion():
    draft, _user = _draft()
    standard = standard_with_limit(number="GB 13223-2011", pollutant_code="so2", limit="100")

    # 120,000 µg/m³ = 120 mg/m³ > 100 mg/m³
    record = services.build_discharge(
        version=draft,
        outlet_code="DA001",
        pollutant=pollutant("so2"),
        method="monitoring",
        concentration=Decimal("120000"),
        concentration_unit="ug_m3",
        standard=standard,
    )

    assert record.concentration == Decimal("120")
    assert record.limit == Decimal("100")
    assert record.exceeds_limit


def test_a_quantity_under_the_permit_in_other_units_is_not_flagged():
    draft, _user = _draft()

    record = services.build_discharge(
        version=draft,
        outlet_code="DA001",
        pollutant=pollutant("so2"),
        method="calculation",
        quantity=Decimal("950"),
        quantity_unit="kg",
        permitted=Decimal("1"),
        permitted_unit="t",
    )

    assert record.quantity_t == Decimal("0.95")
    assert (record.quantity_reported, record.quantity_unit) == (Decimal("950"), "kg")
    assert not record.exceeds_permit


def test_a_unit_of_the_wrong_kind_is_refused():
    draft, _user = _draft()

    with pytest.raises(ValidationError):
        services.build_discharge(
            version=draft,
            outlet_code="DW001",
            pollutant=pollutant("cod"),
            method="monitoring",
            concentration=Decimal("50"),
            concentration_unit="mg_m3",
        )


# --- workflow and permissions ----------------------------------------------------------------


def test_submitting_publishes_the_version_and_makes_it_current():
    enterprise = make_enterprise()

    version = publish_annual_report(enterprise, 2024, discharges=[{"pollutant": "so2"}])

    report = version.report
    report.refresh_from_db()
    assert version.status == ReportVersion.Status.PUBLISHED
    assert report.current_version == version
    assert version.statement_signed_name == "张三"


def test_a_published_version_cannot_be_edited_in_place():
    version = publish_annual_report(make_enterprise(), 2024, discharges=[{"pollutant": "so2"}])
    version.products = "changed"

    with pytest.raises(ValidationError):
        version.save()
    with pytest.raises(ValidationError):
        version.discharges.first().delete()
    with pytest.raises(ValidationError):
        services.update_basic_information(
            version=version, user=version.statement_signed_by, products="x"
        )


def test_an_amendment_is_a_new_version_that_keeps_the_old_one():
    enterprise = make_enterprise()
    first = publish_annual_report(enterprise, 2024, discharges=[{"pollutant": "so2"}])
    user = first.statement_signed_by

    draft = services.start_amendment(report=first.report, user=user)
    services.update_basic_information(
        version=draft, user=user, change_summary="SO2 outlet renamed; typo", products="硫酸"
    )
    second = services.submit_version(version=draft, user=user, signed_name="张三")

    first.refresh_from_db()
    first.report.refresh_from_db()
    assert second.number == 2
    assert first.report.current_version == second
    assert first.status == ReportVersion.Status.PUBLISHED
    assert first.discharges.count() == 1 and second.discharges.count() == 1


def test_an_amendment_without_a_reason_is_refused():
    first = publish_annual_report(make_enterprise(), 2024)
    user = first.statement_signed_by
    draft = services.start_amendment(report=first.report, user=user)

    with pytest.raises(ValidationError):
        services.submit_version(version=draft, user=user, signed_name="张三")


def test_a_member_of_another_enterprise_cannot_open_or_write_its_reports():
    mine, theirs = make_enterprise(), make_enterprise()
    outsider = make_member(mine)
    draft = services.open_annual_report(enterprise=theirs, year=2024, user=make_member(theirs))

    with pytest.raises(PermissionDenied):
        services.open_annual_report(enterprise=theirs, year=2024, user=outsider)
    with pytest.raises(PermissionDenied):
        services.update_basic_information(version=draft, user=outsider, products="x")
    with pytest.raises(PermissionDenied):
        services.replace_discharges(version=draft, user=outsider, records=[])
    with pytest.raises(PermissionDenied):
        services.submit_version(version=draft, user=outsider, signed_name="x")


def test_a_member_without_two_factor_authentication_cannot_act():
    enterprise = make_enterprise()
    user = make_user()
    from disclosure.models import EnterpriseMembership

    EnterpriseMembership.objects.create(user=user, enterprise=enterprise)

    with pytest.raises(PermissionDenied):
        services.open_annual_report(enterprise=enterprise, year=2024, user=user)


def test_late_filing_and_exceedance_reach_the_search_summary():
    enterprise = make_enterprise()
    standard_with_limit(number="GB 8978-1996", pollutant_code="cod", limit="100")
    version = publish_annual_report(
        enterprise,
        2020,
        discharges=[
            {
                "pollutant": "cod",
                "outlet_code": "DW001",
                "concentration": Decimal("130"),
                "standard": services.Standard.objects.get(number="GB 8978-1996"),
            }
        ],
    )

    summary = EnterpriseYear.objects.get(enterprise=enterprise, year=2020)
    assert version.has_exceedance
    assert summary.has_exceedance
    assert summary.pollutants.split() == ["cod"]
    assert summary.annual_filed_on > summary.annual_due_on  # filed years after 15 March 2021
    assert DischargeRecord.objects.get(version=version).exceeds_limit
