"""The demo disclosure data (loaded for this package by load_initial_data, see conftest.py),
the reference data, and the benchmark generator at a small size."""

import datetime
import io
from collections import Counter

import pytest
from django.core.management import call_command
from django.db.models import Max
from django.utils import timezone

from accounts.models import User
from certificates.models import Certificate
from certificates.selectors import certificate_by_number_and_name
from core.units import UNITS
from demo.generators.disclosure import (
    DEMO_NAMESPACE,
    GENERATED_NAMESPACE,
    Generator,
    Reference,
)
from demo.loaders.disclosure import DEMO_YEARS, load_demo_disclosure
from disclosure import credit_codes, deadlines, services
from disclosure.models import (
    AuditResult,
    AuditTeamMember,
    CPOption,
    DischargeRecord,
    Enterprise,
    EnterpriseMembership,
    EnterpriseYear,
    Holiday,
    ListEntry,
    Pollutant,
    Report,
    ReportVersion,
    Sector,
    Standard,
    StandardLimit,
    WasteRecord,
)
from disclosure.reference_data import ensure_reference_data
from disclosure.selectors.filing import overdue_q

pytestmark = pytest.mark.django_db

LAST_YEAR = timezone.localdate().year - 1


def namespace_regex(namespace: str) -> str:
    return rf"^[0-9A-Z]{{8}}{namespace}"


def demo():
    return Enterprise.objects.filter(credit_code__regex=namespace_regex(DEMO_NAMESPACE))


def counts() -> dict[str, int]:
    models = (
        Sector,
        Pollutant,
        Standard,
        StandardLimit,
        Holiday,
        Enterprise,
        ListEntry,
        Report,
        ReportVersion,
        DischargeRecord,
        WasteRecord,
        AuditTeamMember,
        CPOption,
        AuditResult,
        EnterpriseYear,
        EnterpriseMembership,
    )
    return {model.__name__: model.objects.count() for model in models}


# --- reference data --------------------------------------------------------------------------


def test_reference_data_is_there_once_and_a_second_load_adds_nothing():
    created = ensure_reference_data()

    assert set(created.values()) == {0}
    assert Sector.objects.filter(code__in=["D4411", "C3011", "C2614", "C3360"]).count() == 4
    assert Pollutant.objects.count() >= 14
    assert (
        StandardLimit.objects.get(standard__number="GB 13223-2011", pollutant__code="so2").limit
        == 100
    )


def test_every_pollutant_is_explained_and_compared_in_a_unit_of_its_medium():
    families = {"air": {"air_conc", "air_conc_teq"}, "water": {"water_conc"}}
    pollutants = list(Pollutant.objects.all())

    assert pollutants
    for pollutant in pollutants:
        assert len(pollutant.explanation_zh) > 60 and len(pollutant.explanation_en) > 150
        assert UNITS[pollutant.concentration_unit].family in families[pollutant.medium]


def test_holidays_move_adhoc_deadlines_in_every_demo_year():
    # Friday 26 September 2025: 1-8 October are off, Sunday 28 September and Saturday
    # 11 October are worked: 28, 29, 30 September, 9 and 10 October.
    assert deadlines.adhoc_due_on(datetime.date(2025, 9, 26)) == datetime.date(2025, 10, 10)
    for year in range(2021, 2028):
        assert Holiday.objects.filter(date__year=year, kind=Holiday.Kind.HOLIDAY).count() >= 20


def test_staff_edits_to_reference_data_survive_a_reload_unless_asked_to_update():
    standard = Standard.objects.get(number="GB 8978-1996")
    Standard.objects.filter(pk=standard.pk).update(title_en="Edited by staff")

    call_command("load_disclosure_reference", stdout=io.StringIO())
    standard.refresh_from_db()
    assert standard.title_en == "Edited by staff"

    call_command("load_disclosure_reference", "--update", stdout=io.StringIO())
    standard.refresh_from_db()
    assert standard.title_en == "Integrated wastewater discharge standard"


# --- the demo --------------------------------------------------------------------------------


def test_the_demo_lists_enterprises_in_many_provinces_and_sectors_for_five_years():
    entries = ListEntry.objects.filter(enterprise__in=demo())

    years = sorted(set(entries.values_list("year", flat=True)))
    latest = entries.filter(year=LAST_YEAR)
    assert years == list(range(LAST_YEAR - DEMO_YEARS + 1, LAST_YEAR + 1))
    assert latest.count() >= 250
    assert latest.values("enterprise__province_code").distinct().count() >= 15
    assert latest.values("enterprise__sector").distinct().count() >= 20
    assert all(credit_codes.is_valid(code) for code in demo().values_list("credit_code", flat=True))
    assert all(
        entry.source_document and entry.bases for entry in latest.select_related("enterprise")[:50]
    )


def test_the_demo_has_amendments_that_say_what_they_correct():
    amendments = ReportVersion.objects.filter(report__enterprise__in=demo(), number__gt=1)

    assert amendments.filter(number=2).count() >= 20
    assert amendments.filter(number=3).exists()
    for version in amendments.select_related("report"):
        assert version.status == ReportVersion.Status.PUBLISHED
        assert "更正" in version.change_summary or "补充" in version.change_summary
        assert "Corrected" in version.change_summary or "Added" in version.change_summary
        latest = version.report.versions.aggregate(n=Max("number"))["n"]
        assert version.report.current_version.number == latest


def test_the_demo_has_late_and_missing_reports():
    summaries = EnterpriseYear.objects.filter(enterprise__in=demo())
    today = timezone.localdate()
    late = [s for s in summaries if s.annual_filed_on and s.annual_filed_on > s.annual_due_on]
    missing = summaries.filter(
        must_disclose=True, annual_filed_on__isnull=True, annual_due_on__lt=today
    )
    annual = summaries.filter(annual_filed_on__isnull=False).count()

    assert not summaries.filter(annual_filed_on__gte=today).exists()  # nothing from the future
    assert 0.02 < len(late) / annual < 0.1
    assert missing.count() >= 5
    assert summaries.filter(overdue_q()).count() >= len(late) + missing.count()
    assert Report.objects.filter(
        enterprise__in=demo(), kind=Report.Kind.ADHOC, first_submitted_at__isnull=False
    ).exists()
    assert any(
        report.filed_late()
        for report in Report.objects.filter(enterprise__in=demo(), kind=Report.Kind.ADHOC)
    )


def test_demo_audit_teams_name_the_academys_certified_auditors():
    members = AuditTeamMember.objects.filter(audit__version__report__enterprise__in=demo())

    seen = {}
    assert members.exists()
    for member in members.select_related("certificate"):
        key = (member.certificate_number, member.name)
        if key not in seen:
            seen[key] = certificate_by_number_and_name(number=key[0], name=key[1])
        assert member.certificate == seen[key]
    matched = [m for m in members.select_related("certificate") if m.certificate]
    assert len(matched) / members.count() > 0.9
    assert {m.certificate.holder.email for m in matched[:200]} & {
        f"auditor{index:03d}@cphub.example" for index in range(1, 85)
    }
    statuses = {m.certificate.status() for m in matched}
    assert Certificate.Status.REVOKED in statuses
    assert statuses & {Certificate.Status.EXPIRED, Certificate.Status.REPLACED}
    assert members.filter(certificate__isnull=True).exclude(certificate_number="").exists()


def test_demo_audits_have_options_and_the_authoritys_results():
    options = CPOption.objects.filter(audit__version__report__enterprise__in=demo())
    results = AuditResult.objects.filter(enterprise__in=demo())

    assert set(options.values_list("cost_class", flat=True)) == {"no_low", "mid_high"}
    assert options.filter(status=CPOption.Status.IMPLEMENTED, water_m3__gt=0).exists()
    assert options.filter(benefit_10k_yuan__gt=0).count() == options.count()
    assert set(results.values_list("stage", flat=True)) == {"assessment", "acceptance"}
    for acceptance in results.filter(stage=AuditResult.Stage.ACCEPTANCE):
        assessment = results.get(
            enterprise=acceptance.enterprise, round=acceptance.round, stage="assessment"
        )
        assert assessment.outcome == "passed" and assessment.decided_on < acceptance.decided_on
    reviewer = User.objects.get(email="reviewer@cphub.example")
    assert set(results.values_list("recorded_by", flat=True)) == {reviewer.pk}


def test_compulsory_audits_are_disclosed_for_enterprises_listed_for_one():
    entries = ListEntry.objects.filter(enterprise__in=demo(), compulsory_audit=True)
    published = Report.objects.filter(
        kind=Report.Kind.ANNUAL, current_version__isnull=False, enterprise__in=demo()
    )

    disclosed = 0
    assert entries.exists()
    for entry in entries:
        report = published.filter(enterprise=entry.enterprise, year=entry.year).first()
        if report is not None:
            audit = report.current_version.audits.get()
            assert audit.compulsory and set(audit.bases) <= set(entry.bases)
            assert sorted(audit.phases) == [str(phase) for phase in range(1, 8)]
            disclosed += 1
    assert disclosed >= 50


def test_the_demo_discloser_acts_for_two_enterprises_one_with_an_open_draft():
    discloser = User.objects.get(email="discloser@cphub.example")
    enterprises = list(Enterprise.objects.filter(members__user=discloser))

    assert len(enterprises) == 2
    assert all(services.acts_for(discloser, enterprise) for enterprise in enterprises)
    drafts = ReportVersion.objects.filter(
        report__enterprise__in=enterprises, status=ReportVersion.Status.DRAFT
    )
    assert [(d.report.year, d.report.kind) for d in drafts] == [(LAST_YEAR, "annual")]
    assert drafts.get().discharges.exists()
    assert ReportVersion.objects.filter(
        report__enterprise__in=enterprises, number=2, statement_signed_by=discloser
    ).exists()


def test_loading_the_demo_again_changes_nothing():
    before = counts()

    assert load_demo_disclosure() == 0
    assert counts() == before


# --- the generator ---------------------------------------------------------------------------


@pytest.fixture
def generated():
    generator = Generator(reference=Reference.load(), seed=11, years=3)
    generator.run(count=30, batch=12)
    return Enterprise.objects.filter(credit_code__regex=namespace_regex(GENERATED_NAMESPACE))


def test_generated_enterprises_are_valid_and_apart_from_the_demo(generated):
    assert generated.count() == 30
    assert not set(generated.values_list("pk", flat=True)) & set(
        demo().values_list("pk", flat=True)
    )
    for enterprise in generated:
        enterprise.full_clean()
        assert enterprise.province_code == enterprise.region_code[:2]


def test_each_generated_summary_is_what_the_service_computes(generated):
    fields = [
        f.attname
        for f in EnterpriseYear._meta.concrete_fields
        if f.attname not in ("id", "enterprise_id", "year")
    ]
    summaries = list(EnterpriseYear.objects.filter(enterprise__in=generated))

    assert summaries
    assert len(summaries) == ListEntry.objects.filter(enterprise__in=generated).count()
    for stored in summaries:
        expected = {name: getattr(stored, name) for name in fields}
        services.refresh_enterprise_year(enterprise=stored.enterprise, year=stored.year)
        stored.refresh_from_db()
        assert {name: getattr(stored, name) for name in fields} == expected, stored


def test_each_generated_report_points_at_its_latest_published_version(generated):
    reports = Report.objects.filter(enterprise__in=generated).prefetch_related("versions")

    assert reports.filter(kind=Report.Kind.ADHOC).exists()
    for report in reports:
        published = [v for v in report.versions.all() if v.status == "published"]
        latest = max(published, key=lambda v: v.number) if published else None
        assert report.current_version_id == (latest.pk if latest else None)
        if report.versions.all():
            first = min(report.versions.all(), key=lambda v: v.number)
            assert report.first_submitted_at == first.submitted_at
        for version in published:
            assert version.submitted_at <= timezone.now()
            assert version.number == 1 or version.change_summary


def test_generated_exceedance_flags_agree_with_limits_and_permits(generated):
    limits = {(row.standard_id, row.pollutant_id): row.limit for row in StandardLimit.objects.all()}
    rows = DischargeRecord.objects.filter(version__report__enterprise__in=generated)
    flagged = Counter()

    assert rows.exists()
    for row in rows.select_related("version"):
        assert row.limit == limits[(row.standard_id, row.pollutant_id)]
        assert row.exceeds_limit == (row.concentration > row.limit)
        assert row.exceeds_permit == (
            row.quantity_t is not None
            and row.permitted_t is not None
            and row.quantity_t > row.permitted_t
        )
        flagged[row.version_id] |= row.exceeds_limit or row.exceeds_permit
    published = list(ReportVersion.objects.filter(pk__in=flagged, status="published"))
    assert published
    for version in published:
        assert version.has_exceedance == flagged[version.pk]


def test_generated_rows_pass_model_validation(generated):
    versions = ReportVersion.objects.filter(report__enterprise__in=generated)
    discharges = list(DischargeRecord.objects.filter(version__in=versions)[:200])
    waste = list(WasteRecord.objects.filter(version__in=versions)[:100])
    options = list(CPOption.objects.filter(audit__version__in=versions)[:100])
    entries = list(ListEntry.objects.filter(enterprise__in=generated))

    assert discharges and waste and options and entries
    for row in discharges:
        row.full_clean()
    for row in waste:
        row.full_clean()
        assert row.generated_t == row.utilised_t + row.disposed_t + row.stored_t
    for row in options:
        row.full_clean()
    for entry in entries:
        entry.full_clean()


def test_a_seed_gives_the_same_data_whatever_the_batch_size():
    def shape(namespace: str, batch: int) -> list[tuple]:
        Generator(reference=Reference.load(), seed=5, years=2, namespace=namespace).run(
            count=8, batch=batch
        )
        rows = Enterprise.objects.filter(credit_code__regex=namespace_regex(namespace))
        return [
            (
                e.name,
                e.region_code,
                e.sector_id,
                sorted(e.reports.values_list("year", "kind", "sequence", "due_on")),
            )
            for e in rows.order_by("credit_code")
        ]

    first = shape("MAX", 8)

    assert len(first) == 8
    assert first == shape("MAY", 3)


def test_the_command_reports_progress_and_numbers_on_from_earlier_runs():
    out = io.StringIO()

    call_command("generate_disclosure_data", enterprises=4, years=2, batch=3, seed=3, stdout=out)
    call_command("generate_disclosure_data", enterprises=2, years=2, batch=3, seed=3, stdout=out)

    generated = Enterprise.objects.filter(credit_code__regex=namespace_regex(GENERATED_NAMESPACE))
    assert generated.count() == 6
    assert "3/4 enterprises" in out.getvalue() and "Generated 2 enterprises" in out.getvalue()
