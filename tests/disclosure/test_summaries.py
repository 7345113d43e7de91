"""The enterprise-year search summary: one rule (``summaries.summary_fields``) for the
services and the benchmark generator."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from demo.generators.disclosure import GENERATED_NAMESPACE, Generator, Reference
from disclosure import deadlines, services
from disclosure.models import Enterprise, EnterpriseYear, ListEntry, Report, ReportVersion
from disclosure.summaries import SUMMARY_FIELDS, summary_fields
from tests.certificates.builders import make_certificate
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    publish_annual_report,
    reference_data,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db

YEAR = 2023


def stored_fields(summary: EnterpriseYear) -> dict:
    return {
        name: getattr(summary, "annual_report_id" if name == "annual_report" else name)
        for name in SUMMARY_FIELDS
    }


def test_a_listed_enterprise_without_a_report_owes_the_annual_report_from_the_list():
    enterprise = Enterprise(region_code="320583", province_code="32")
    entry = ListEntry(
        enterprise=enterprise,
        year=YEAR,
        must_disclose=True,
        compulsory_audit=True,
        basis_exceeds_standards=True,
        basis_key_discharger=True,
    )

    fields = summary_fields(
        enterprise=enterprise,
        sector_code="C2611",
        year=YEAR,
        entry=entry,
        annual=None,
        adhoc=[],
        current_versions=[],
        pollutant_codes=[],
    )

    assert fields["listed"] and fields["must_disclose"] and fields["compulsory_audit"]
    assert fields["annual_due_on"] == deadlines.annual_due_on(YEAR)
    assert fields["bases"] == " exceeds_standards key_discharger "
    assert (fields["province_code"], fields["region_code"]) == ("32", "320583")
    assert (fields["pollutants"], fields["has_exceedance"]) == ("", False)
    assert set(fields) == set(SUMMARY_FIELDS)


def test_pollutants_are_listed_once_each_and_unfiled_adhoc_reports_give_the_first_due_date():
    enterprise = Enterprise(region_code="320583", province_code="32")
    unfiled_late = Report(kind=Report.Kind.ADHOC, year=YEAR, due_on=datetime.date(YEAR, 9, 1))
    unfiled_early = Report(kind=Report.Kind.ADHOC, year=YEAR, due_on=datetime.date(YEAR, 5, 1))

    fields = summary_fields(
        enterprise=enterprise,
        sector_code="C2611",
        year=YEAR,
        entry=None,
        annual=None,
        adhoc=[unfiled_late, unfiled_early],
        current_versions=[ReportVersion(has_exceedance=False), ReportVersion(has_exceedance=True)],
        pollutant_codes=["so2", "nox", "so2"],
    )

    assert fields["pollutants"] == " nox so2 "
    assert fields["has_exceedance"] is True
    assert fields["adhoc_unfiled_due_on"] == datetime.date(YEAR, 5, 1)
    assert (fields["listed"], fields["annual_due_on"], fields["bases"]) == (False, None, "")


def test_the_service_summary_of_a_published_report_uses_the_rule():
    enterprise = make_enterprise()
    list_enterprise(enterprise, YEAR)
    version = publish_annual_report(
        enterprise,
        YEAR,
        discharges=[{"pollutant": "so2", "concentration": Decimal("35"), "quantity": Decimal(1)}],
    )

    summary = EnterpriseYear.objects.get(enterprise=enterprise, year=YEAR)

    assert summary.pollutants == " so2 "
    assert summary.annual_report_id == version.report_id
    assert summary.annual_filed_on == timezone.localdate()
    assert summary.annual_due_on == version.report.due_on


@pytest.fixture
def generated():
    reference_data()
    for name in ("赵审核", "钱审核", "孙审核"):  # certified auditors for the generated teams
        make_certificate(holder=make_user(full_name=name))
    Generator(reference=Reference.load(), seed=5, years=3).run(count=12, batch=5)
    summaries = list(
        EnterpriseYear.objects.filter(
            enterprise__credit_code__regex=rf"^[0-9A-Z]{{8}}{GENERATED_NAMESPACE}"
        ).select_related("enterprise__sector")
    )
    assert summaries
    return summaries


def test_the_generator_and_the_batch_refresh_of_the_services_write_the_same_summaries(generated):
    written = {
        (summary.enterprise_id, summary.year): stored_fields(summary) for summary in generated
    }

    services.refresh_enterprise_years(
        pairs=[(summary.enterprise, summary.year) for summary in generated]
    )

    refreshed = EnterpriseYear.objects.filter(pk__in=[summary.pk for summary in generated])
    assert len(refreshed) == len(written)
    for summary in refreshed:
        assert stored_fields(summary) == written[(summary.enterprise_id, summary.year)], summary
