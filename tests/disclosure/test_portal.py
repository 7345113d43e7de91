"""The public disclosure portal: search and facets, profiles, reports with their history,
late and missing reports, statistics, reference pages, caching and query counts.

Every test works on its own enterprises: names carry a token unique to the test, and pages
that list everything are read for the far past (2011-2013)."""

import datetime
import itertools
import uuid
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from certificates.models import Certificate
from certificates.services import issue_certificate
from disclosure import deadlines, services
from disclosure.models import CPOption, Method, Report, ReportVersion
from disclosure.selectors.diff import version_diff
from disclosure.selectors.figures import Amount, format_number
from disclosure.selectors.filing import Filing
from disclosure.selectors.statistics import statistics
from tests.certificates.builders import make_certificate_type
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    make_member,
    make_reviewer,
    pollutant,
    publish_annual_report,
    sector,
    standard_with_limit,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db

YEAR = 2012  # annual reports due 15 March 2013: long past
_serial = itertools.count(1)


def token() -> str:
    return f"PT{uuid.uuid4().hex[:8].upper()}"


def listed(tag: str, *, year: int = YEAR, region: str = "320583", **fields):
    """An enterprise whose name carries ``tag``, on the list for ``year``."""
    listing = {
        key: fields.pop(key)
        for key in list(fields)
        if key.startswith("basis_") or key in ("must_disclose", "compulsory_audit")
    }
    enterprise = make_enterprise(
        name=f"门户测试{tag}化工有限公司{next(_serial)}", region_code=region, **fields
    )
    list_enterprise(enterprise, year, **listing)
    return enterprise


def url(name: str, *args, lang: str = "zh-hans") -> str:
    """The page's address in ``lang`` (whatever language an earlier request left active)."""
    with translation.override(lang):
        return reverse(f"disclosure:{name}", args=args)


def shown(value: str, unit: str) -> str:
    """A figure as the Chinese pages show it, e.g. 80 mg/m³ in the language's unit label."""
    with translation.override("zh-hans"):
        return str(Amount(Decimal(value), unit))


def home(client, **params):
    return client.get(url("home"), {"year": YEAR, **params})


def amend(version: ReportVersion, *, summary: str, discharges=(), **basic) -> ReportVersion:
    user = version.statement_signed_by
    draft = services.start_amendment(report=version.report, user=user)
    services.update_basic_information(version=draft, user=user, change_summary=summary, **basic)
    if discharges:
        records = []
        for fields in discharges:
            fields = {"outlet_code": "DA001", "method": Method.MONITORING, **fields}
            fields["pollutant"] = pollutant(fields["pollutant"])
            records.append(services.build_discharge(version=draft, **fields))
        services.replace_discharges(version=draft, user=user, records=records)
    return services.submit_version(version=draft, user=user, signed_name="李四")


def option(**fields) -> dict:
    values = {
        "title": f"余热回收改造 {next(_serial)}",
        "cost_class": CPOption.CostClass.MID_HIGH,
        "status": CPOption.Status.IMPLEMENTED,
    }
    values.update(fields)
    return values


def certified_auditor() -> dict:
    """A team member row whose certificate CP Hub issued (matched by number and name)."""
    certificate = issue_certificate(
        certificate_type=make_certificate_type("CPA"),
        holder=make_user(full_name="赵六", latin_name="ZHAO Liu"),
        achievement_key=f"portal-{uuid.uuid4().hex}",
        reason=Certificate.Reason.MANUAL,
        completed_on=timezone.localdate(),
    )
    return {"name": "赵六", "role": "组长", "certificate_number": certificate.number}


def publish_with_audit(enterprise, year, *, options, round=1, team=(), user=None):
    user = user or make_member(enterprise)
    draft = services.open_annual_report(enterprise=enterprise, year=year, user=user)
    services.save_audit(
        version=draft,
        user=user,
        round=round,
        team=list(team),
        options=list(options),
        compulsory=True,
        bases=["exceeds_standards"],
        consultancy="测试清洁生产咨询有限公司",
        phases={"1": {"start": f"{year}-03-01", "end": f"{year}-03-20"}},
    )
    return services.submit_version(version=draft, user=user, signed_name="张三")


def so2_row(concentration: str = "80", **fields) -> dict:
    standard = standard_with_limit(number="GB 13223-2011", pollutant_code="so2", limit="100")
    return {
        "pollutant": "so2",
        "concentration": Decimal(concentration),
        "concentration_unit": "mg_m3",
        "standard": standard,
        "quantity": Decimal("12.5"),
        "permitted": Decimal("20"),
        **fields,
    }


# --- search ----------------------------------------------------------------------------------


def test_search_by_name_finds_the_enterprise(client):
    tag = token()
    wanted = listed(tag)
    listed(token())

    response = home(client, q=tag)

    assert response.status_code == 200
    rows = response.context["rows"]
    assert [row.enterprise for row in rows] == [wanted]
    assert wanted.name in response.content.decode()


def test_search_by_credit_code_finds_the_enterprise_as_people_type_it(client):
    wanted = listed(token())
    code = wanted.credit_code
    typed = f"{code[:4]} {code[4:10].lower()}-{code[10:]}"

    response = home(client, q=typed)

    assert [row.enterprise for row in response.context["rows"]] == [wanted]
    assert code in response.content.decode()


def test_the_year_filter_shows_that_years_list(client):
    tag = token()
    earlier = listed(tag, year=YEAR - 1)
    listed(tag, year=YEAR)

    response = client.get(url("home"), {"year": YEAR - 1, "q": tag})

    assert [row.enterprise for row in response.context["rows"]] == [earlier]


@pytest.mark.parametrize(
    ("param", "value", "wanted_fields", "other_fields"),
    [
        ("province", "44", {"region": "440305"}, {"region": "320583"}),
        ("basis", "toxic_hazardous", {"basis_toxic_hazardous": True}, {}),
    ],
)
def test_a_listing_facet_filters_the_results(client, param, value, wanted_fields, other_fields):
    tag = token()
    wanted = listed(tag, **wanted_fields)
    listed(tag, **other_fields)

    response = home(client, q=tag, **{param: value})

    assert [row.enterprise for row in response.context["rows"]] == [wanted]


def test_the_sector_facet_filters_the_results(client):
    tag = token()
    wanted = listed(tag, sector=sector("C3011", "水泥制造", "Cement"))
    listed(tag)

    response = home(client, q=tag, sector="C3011")

    assert [row.enterprise for row in response.context["rows"]] == [wanted]


def test_the_pollutant_facet_filters_the_results(client):
    tag = token()
    wanted, other = listed(tag), listed(tag)
    publish_annual_report(wanted, YEAR, discharges=[{"pollutant": "cod"}])
    publish_annual_report(other, YEAR, discharges=[so2_row()])

    response = home(client, q=tag, pollutant="cod")

    assert [row.enterprise for row in response.context["rows"]] == [wanted]


def test_the_exceedance_facet_filters_the_results(client):
    tag = token()
    wanted, other = listed(tag), listed(tag)
    publish_annual_report(wanted, YEAR, discharges=[so2_row("180")])
    publish_annual_report(other, YEAR, discharges=[so2_row("80")])

    exceeding = home(client, q=tag, exceedance="1")
    within = home(client, q=tag, exceedance="0")

    assert [row.enterprise for row in exceeding.context["rows"]] == [wanted]
    assert [row.enterprise for row in within.context["rows"]] == [other]
    assert "badge--error" in exceeding.content.decode()


def test_the_overdue_facet_filters_the_results(client):
    tag = token()
    missing = listed(tag)  # must disclose for 2012 and never filed
    listed(tag, must_disclose=False, compulsory_audit=True)  # nothing to file

    response = home(client, q=tag, overdue="1")

    assert [row.enterprise for row in response.context["rows"]] == [missing]
    assert response.context["rows"][0].filing == Filing.MISSING


def test_facet_counts_leave_out_their_own_choice_and_apply_the_others(client):
    tag = token()
    listed(tag, region="320583", basis_toxic_hazardous=True)
    listed(tag, region="320583")
    listed(tag, region="440305", basis_toxic_hazardous=True)

    response = home(client, q=tag, province="32")

    facets = response.context["facets"]
    provinces = {option.value: option.count for option in facets["province"]}
    bases = {option.value: option.count for option in facets["basis"]}
    assert provinces == {"32": 2, "44": 1}
    assert bases["toxic_hazardous"] == 1 and bases["key_discharger"] == 2
    page = response.content.decode()
    assert "江苏省（2）" in page and "广东省（1）" in page  # noqa: RUF001


def test_the_result_shows_the_annual_report_status_and_links_the_report(client):
    tag = token()
    enterprise = listed(tag)
    version = publish_annual_report(enterprise, YEAR)

    response = home(client, q=tag)

    row = response.context["rows"][0]
    assert row.filing == Filing.LATE  # filed today, due 15 March 2013
    page = response.content.decode()
    assert url("report", version.report.public_id) in page
    assert url("enterprise", enterprise.credit_code) in page


def test_the_home_page_is_in_both_languages_and_may_be_cached_briefly(client):
    chinese = client.get(url("home"))
    english = client.get(url("home", lang="en"))

    assert '<html lang="zh-hans">' in chinese.content.decode()
    assert '<html lang="en">' in english.content.decode()
    assert "Find an enterprise" in english.content.decode()
    for response in (chinese, english):
        assert "public" in response["Cache-Control"]
        assert "max-age=60" in response["Cache-Control"]
        assert "Accept-Language" in response["Vary"]


def test_signed_in_visitors_get_pages_kept_out_of_shared_caches(client):
    client.force_login(make_user())

    response = client.get(url("home"))

    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert "no-cache" in response["Cache-Control"]


# --- late and missing reports ----------------------------------------------------------------


def test_the_overdue_page_shows_missing_and_late_annual_reports_with_days_late(client):
    tag = token()
    missing, late = listed(tag, region="540102"), listed(tag, region="540102")
    publish_annual_report(late, YEAR)
    due = deadlines.annual_due_on(YEAR)
    days = (timezone.localdate() - due).days

    response = client.get(url("overdue"), {"year": YEAR, "province": "54"})

    lines = {line.enterprise: line for line in response.context["lines"]}
    assert lines[missing].missing and lines[missing].days_late == days
    assert not lines[late].missing and lines[late].days_late == days
    assert lines[late].filed_on == timezone.localdate()
    page = response.content.decode()
    assert missing.name in page and f">{days}<" in page


def test_an_adhoc_report_not_filed_in_five_working_days_is_listed_as_missing(client):
    enterprise = listed(token(), region="540102")
    event = datetime.date(YEAR, 7, 2)
    report = services.open_adhoc_report(
        enterprise=enterprise,
        trigger=Report.Trigger.PENALTY,
        trigger_date=event,
        description="罚款",
        user=make_reviewer(),
    )

    response = client.get(url("overdue"), {"year": YEAR, "province": "54", "kind": "adhoc"})

    line = next(line for line in response.context["lines"] if line.enterprise == enterprise)
    assert line.public_id == report.public_id
    assert line.missing
    assert line.days_late == (timezone.localdate() - deadlines.adhoc_due_on(event)).days


def test_a_report_filed_on_time_is_not_on_the_overdue_page(client):
    enterprise = listed(token(), region="540102")
    report = services.open_adhoc_report(
        enterprise=enterprise,
        trigger=Report.Trigger.PERMIT,
        trigger_date=timezone.localdate(),
        description="新排污许可证",
        user=make_reviewer(),
    )
    user = make_member(enterprise)
    draft = services.draft_for_adhoc(report=report, user=user)
    services.submit_version(version=draft, user=user, signed_name="张三")

    response = client.get(url("overdue"), {"kind": "adhoc", "province": "54"})

    assert all(line.enterprise != enterprise for line in response.context["lines"])


# --- the enterprise profile ------------------------------------------------------------------


def test_the_profile_shows_a_chart_a_table_the_explanation_and_the_standard(client):
    enterprise = listed(token())
    list_enterprise(enterprise, YEAR + 1)
    publish_annual_report(enterprise, YEAR, discharges=[so2_row("80")])
    publish_annual_report(enterprise, YEAR + 1, discharges=[so2_row("120", quantity=Decimal("25"))])
    so2 = pollutant("so2")

    response = client.get(url("enterprise", enterprise.credit_code))

    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<svg") >= 2  # quantity against permit, concentration against limit
    assert 'class="chart__line' in page and 'class="chart__reference"' in page
    assert (
        "<caption" in page and f">{shown('12.5', 't')}<" in page and f">{shown('25', 't')}<" in page
    )
    assert so2.explanation_zh in page
    assert "GB 13223-2011" in page
    trend = response.context["profile"].trends[0]
    assert [str(point.concentration) for point in trend.concentrations] == [
        shown("80", "mg_m3"),
        shown("120", "mg_m3"),
    ]
    assert [str(limit) for _standard, limit in trend.standards] == [shown("100", "mg_m3")]


def test_the_profile_names_the_audit_team_and_links_verified_certificates(client):
    enterprise = listed(token(), compulsory_audit=True)
    auditor = certified_auditor()
    publish_with_audit(
        enterprise,
        YEAR,
        options=[option(water_m3=Decimal("1200"))],
        team=[auditor, {"name": "王五", "certificate_number": "CPA-0000-999999"}],
    )
    certificate = Certificate.objects.get(number=auditor["certificate_number"])

    response = client.get(url("enterprise", enterprise.credit_code))

    page = response.content.decode()
    with translation.override("zh-hans"):
        verify = reverse("verify:certificate", args=[certificate.code])
    assert f'href="{verify}"' in page and "badge--valid" in page
    assert "王五" in page and "CPA-0000-999999" in page
    assert "badge--unverified" in page  # no such certificate on CP Hub
    assert "1,200" in page


def test_an_unknown_or_never_listed_enterprise_has_no_profile(client):
    unlisted = make_enterprise()

    assert client.get(url("enterprise", "91350100M000100Y43")).status_code == 404
    assert client.get(url("enterprise", unlisted.credit_code)).status_code == 404


def test_a_credit_code_typed_in_lower_case_redirects_to_the_profile(client):
    enterprise = listed(token())

    response = client.get(url("enterprise", enterprise.credit_code.lower()))

    assert response.status_code == 301
    assert response["Location"].endswith(f"/enterprises/{enterprise.credit_code}/")


# --- a report, its changelog and diff --------------------------------------------------------


def test_the_changelog_shows_the_reason_for_an_amendment(client):
    enterprise = listed(token())
    first = publish_annual_report(enterprise, YEAR, discharges=[so2_row("80")])
    amend(first, summary="更正 DA001 二氧化硫浓度, 原值抄写错误。", discharges=[so2_row("85")])

    response = client.get(url("report", first.report.public_id))

    page = response.content.decode()
    assert "更正 DA001 二氧化硫浓度, 原值抄写错误。" in page
    assert "李四" in page and "张三" in page  # who signed each version
    assert shown("85", "mg_m3") in page and shown("80", "mg_m3") not in page
    assert not response.context["superseded"]


def test_an_earlier_version_is_shown_with_a_notice_that_it_is_superseded(client):
    enterprise = listed(token())
    first = publish_annual_report(enterprise, YEAR, discharges=[so2_row("80")])
    amend(first, summary="更正浓度", discharges=[so2_row("85")])

    response = client.get(url("report", first.report.public_id), {"version": 1})

    assert response.context["superseded"]
    page = response.content.decode()
    assert shown("80", "mg_m3") in page
    assert url("report_diff", first.report.public_id) in page


def test_the_diff_shows_the_changed_value_and_the_added_row(client):
    enterprise = listed(token())
    first = publish_annual_report(enterprise, YEAR, discharges=[so2_row("80")])
    amend(
        first,
        summary="更正浓度; 补报 DA002",
        discharges=[so2_row("85"), so2_row("40", outlet_code="DA002")],
    )

    response = client.get(url("report_diff", first.report.public_id), {"from": 1, "to": 2})

    assert response.status_code == 200
    discharges = next(
        s for s in response.context["diff"].sections if s.rows and "DA001" in s.rows[0].key
    )
    changed = {row.key.split(" ·")[0]: row for row in discharges.rows}
    assert changed["DA001"].status == "changed"
    assert [(c.old, c.new) for c in changed["DA001"].fields] == [
        (shown("80", "mg_m3"), shown("85", "mg_m3"))
    ]
    assert changed["DA002"].status == "added"
    page = response.content.decode()
    assert shown("80", "mg_m3") in page and shown("85", "mg_m3") in page


def test_numbers_that_are_not_plain_digits_are_ignored_or_not_found(client):
    # "²" passes str.isdigit() but not int(): each of these was a 500.
    enterprise = listed(token())
    report = publish_annual_report(enterprise, YEAR).report

    portal = client.get(url("home"), {"year": "²"})
    statistics = client.get(url("statistics"), {"year": "²"})
    version = client.get(url("report", report.public_id), {"version": "²"})
    diff = client.get(url("report_diff", report.public_id), {"from": "²", "to": "1"})

    assert portal.status_code == 200
    assert statistics.status_code == 200
    assert version.status_code == 404
    assert diff.status_code == 404


def test_version_diff_matches_rows_by_outlet_and_pollutant_not_by_order():
    enterprise = listed(token())
    first = publish_annual_report(
        enterprise, YEAR, discharges=[so2_row(outlet_code="DA002"), so2_row(outlet_code="DA001")]
    )
    second = amend(first, summary="只改了产品", products="硫酸 30 万吨/年")

    diff = version_diff(old=first, new=second)

    changed = [(section.title, row.key) for section in diff.sections for row in section.rows]
    assert len(changed) == 1 and changed[0][1] == translation.gettext("Report")
    basic = diff.sections[0].rows[0].fields
    assert [(c.old, c.new) for c in basic] == [("硫酸 20 万吨/年", "硫酸 30 万吨/年")]


# --- drafts and unpublished submissions are never public -------------------------------------


def test_a_report_with_only_a_draft_is_not_found(client):
    enterprise = listed(token())
    user = make_member(enterprise)
    draft = services.open_annual_report(enterprise=enterprise, year=YEAR, user=user)

    response = client.get(url("report", draft.report.public_id))

    assert response.status_code == 404


def test_an_amendment_in_draft_is_not_shown_or_compared(client):
    enterprise = listed(token())
    first = publish_annual_report(enterprise, YEAR, discharges=[so2_row("80")])
    user = first.statement_signed_by
    draft = services.start_amendment(report=first.report, user=user)
    services.update_basic_information(
        version=draft, user=user, change_summary="草稿中的秘密说明", products="草稿产品"
    )
    public_id = first.report.public_id

    assert client.get(url("report", public_id), {"version": 2}).status_code == 404
    diff = client.get(url("report_diff", public_id), {"from": 1, "to": 2})
    assert diff.status_code == 404
    page = client.get(url("report", public_id)).content.decode()
    assert "草稿中的秘密说明" not in page and "草稿产品" not in page


@override_settings(DISCLOSURE_REVIEW_BEFORE_PUBLISHING=True)
def test_a_submission_awaiting_review_is_not_public(client):
    enterprise = listed(token())
    user = make_member(enterprise)
    draft = services.open_annual_report(enterprise=enterprise, year=YEAR, user=user)
    services.update_basic_information(version=draft, user=user, products="待审核产品")
    submitted = services.submit_version(version=draft, user=user, signed_name="张三")
    assert submitted.status == ReportVersion.Status.SUBMITTED
    public_id = submitted.report.public_id

    report_page = client.get(url("report", public_id))
    profile = client.get(url("enterprise", enterprise.credit_code))

    assert report_page.status_code == 404
    page = profile.content.decode()
    assert "待审核产品" not in page
    assert url("report", public_id) not in page
    assert public_id in page  # listed as filed and awaiting publication, without a link


@override_settings(DISCLOSURE_REVIEW_BEFORE_PUBLISHING=True)
def test_an_amendment_awaiting_review_is_not_in_the_changelog(client):
    enterprise = listed(token())
    with override_settings(DISCLOSURE_REVIEW_BEFORE_PUBLISHING=False):
        first = publish_annual_report(enterprise, YEAR, discharges=[so2_row("80")])
    second = amend(first, summary="待审核的更正说明", discharges=[so2_row("95")])
    assert second.status == ReportVersion.Status.SUBMITTED

    response = client.get(url("report", first.report.public_id))

    page = response.content.decode()
    assert "待审核的更正说明" not in page and shown("95", "mg_m3") not in page
    assert [version.number for version in response.context["versions"]] == [1]


# --- statistics ------------------------------------------------------------------------------


def test_statistics_add_up_implemented_options_once_per_enterprise_and_round():
    before = statistics()
    cache.clear()
    one, two = listed(token(), compulsory_audit=True), listed(token(), compulsory_audit=True)
    list_enterprise(one, YEAR + 1, compulsory_audit=True)
    user = make_member(one)
    # Round 1 disclosed in 2012 and again, updated, in 2013: only the 2013 figures count.
    publish_with_audit(one, YEAR, user=user, options=[option(water_m3=Decimal("999"))])
    publish_with_audit(
        one,
        YEAR + 1,
        user=user,
        options=[
            option(water_m3=Decimal("1000"), cod_t=Decimal("2.5"), benefit_10k_yuan=Decimal("30")),
            option(water_m3=Decimal("777"), status=CPOption.Status.PLANNED),
        ],
    )
    # An amended report counts with its current version only.
    first = publish_with_audit(
        two, YEAR, options=[option(electricity_kwh=Decimal("5000"), so2_t=Decimal("1"))]
    )
    amendment = services.start_amendment(report=first.report, user=first.statement_signed_by)
    services.update_basic_information(
        version=amendment, user=first.statement_signed_by, change_summary="节电量更正"
    )
    services.save_audit(
        version=amendment,
        user=first.statement_signed_by,
        round=1,
        team=[],
        options=[option(electricity_kwh=Decimal("8000"), so2_t=Decimal("1.5"))],
        compulsory=True,
        bases=["exceeds_standards"],
    )
    services.submit_version(version=amendment, user=first.statement_signed_by, signed_name="张三")

    after = statistics()

    def added(field):
        return after.totals[field] - before.totals[field]

    assert added("water_m3") == Decimal("1000")
    assert added("cod_t") == Decimal("2.5")
    assert added("benefit_10k_yuan") == Decimal("30")
    assert added("electricity_kwh") == Decimal("8000")
    assert added("so2_t") == Decimal("1.5")
    assert after.totals["options"] - before.totals["options"] == 2
    by_year = {row["year"]: row for row in after.by_year}
    assert sum(row["water_m3"] for row in after.by_year) == after.totals["water_m3"]
    assert by_year[YEAR + 1]["water_m3"] >= Decimal("1000")


def test_the_statistics_page_shows_charts_tables_and_the_2007_comparison(client):
    enterprise = listed(token(), compulsory_audit=True)
    publish_with_audit(enterprise, YEAR, options=[option(water_m3=Decimal("1234"))])

    response = client.get(url("statistics"))

    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<svg") >= 5
    totals = statistics().totals
    assert format_number(totals["water_m3"]) in page
    assert "380,000,000" in page  # water saved nationally in 2007
    assert f'<th scope="row">{YEAR}</th>' in page


# --- reference pages -------------------------------------------------------------------------


def test_the_data_dictionary_names_fields_units_methods_and_deadlines(client):
    response = client.get(url("data_dictionary", lang="en"))

    page = response.content.decode()
    assert response.status_code == 200
    for text in ("quantity_t", "concentration", "µg/m³", "Monitoring", "Key pollutant discharger"):
        assert text in page
    assert "/api/v1/disclosures.csv" in page


def test_the_pollutants_page_explains_each_pollutant_with_its_limits(client):
    standard_with_limit(number="GB 13223-2011", pollutant_code="so2", limit="100")
    so2 = pollutant("so2")

    response = client.get(url("pollutants"))

    page = response.content.decode()
    assert so2.explanation_zh in page
    assert "GB 13223-2011" in page and shown("100", "mg_m3") in page


# --- bounded queries -------------------------------------------------------------------------


def _queries(client, url, params=None) -> int:
    # What rendering costs: the page cache (core.page_cache) would answer the second request.
    with override_settings(PAGE_CACHE_ENABLED=False):
        client.get(url, params)  # warm up per-process caches (site root, navigation)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def test_the_search_page_runs_the_same_queries_for_1_or_10_enterprises(client):
    small, large = token(), token()
    listed(small)
    for _ in range(10):
        enterprise = listed(large)
        publish_annual_report(enterprise, YEAR, discharges=[so2_row()])

    one = _queries(client, url("home"), {"year": YEAR, "q": small})
    ten = _queries(client, url("home"), {"year": YEAR, "q": large})

    assert one == ten


def _enterprise_with(size: int):
    enterprise = listed(token(), compulsory_audit=True)
    user = make_member(enterprise)
    for offset in range(size):
        year = YEAR - offset
        if offset:
            list_enterprise(enterprise, year)
        version = publish_with_audit(
            enterprise,
            year,
            user=user,
            round=offset + 1,
            options=[option(water_m3=Decimal(10 + n)) for n in range(size)],
            team=[
                certified_auditor(),
                *({"name": f"审核员{n}", "certificate_number": f"X-{n}"} for n in range(size)),
            ],
        )
        draft = services.start_amendment(report=version.report, user=user)
        services.update_basic_information(version=draft, user=user, change_summary="补报排放")
        services.replace_discharges(
            version=draft,
            user=user,
            records=[
                services.build_discharge(
                    version=draft,
                    **{
                        **so2_row(),
                        "pollutant": pollutant(code),
                        "outlet_code": f"DA{n:03d}",
                        "method": Method.MONITORING,
                    },
                )
                for n in range(size)
                for code in (("so2", "nox") if size > 1 else ("so2",))
            ],
        )
        version = services.submit_version(version=draft, user=user, signed_name="张三")
    return enterprise, version.report


# Ten years of audit teams filed at once check more certificate numbers than one filer may in a
# day (disclosure.services.TEAM_MATCH_LIMITS); the query counts do not depend on that limit.
TEN_YEARS_OF_AUDIT_TEAMS = {
    "DISCLOSURE_TEAM_MATCH_ENTERPRISE_RATE": "1000/d",
    "DISCLOSURE_TEAM_MATCH_USER_RATE": "1000/d",
}


@override_settings(**TEN_YEARS_OF_AUDIT_TEAMS)
def test_the_profile_runs_the_same_queries_for_1_or_10_years_and_rows(client):
    small, _report = _enterprise_with(1)
    large, _report = _enterprise_with(10)

    one = _queries(client, url("enterprise", small.credit_code))
    ten = _queries(client, url("enterprise", large.credit_code))

    assert one == ten


@override_settings(**TEN_YEARS_OF_AUDIT_TEAMS)
def test_the_report_page_runs_the_same_queries_for_1_or_10_rows(client):
    _enterprise, small = _enterprise_with(1)
    _enterprise, large = _enterprise_with(10)

    one = _queries(client, url("report", small.public_id))
    ten = _queries(client, url("report", large.public_id))
    one_diff = _queries(client, url("report_diff", small.public_id), {"from": 1, "to": 2})
    ten_diff = _queries(client, url("report_diff", large.public_id), {"from": 1, "to": 2})

    assert one == ten
    assert one_diff == ten_diff


def _cold_queries(client, address, params=None) -> int:
    cache.clear()  # the statistics are cached: count the queries that compute them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address, params)
    assert response.status_code == 200
    return len(queries)


def test_the_overdue_and_statistics_pages_run_a_fixed_number_of_queries(client):
    def late_audited_report():
        enterprise = listed(token(), region="540102", compulsory_audit=True)
        publish_with_audit(enterprise, YEAR, options=[option(), option()])

    overdue, statistics = url("overdue"), url("statistics")
    late_audited_report()  # the pages show one row and one year of figures, then six
    before = _queries(client, overdue, {"year": YEAR, "province": "54"})
    statistics_before = _cold_queries(client, statistics)
    for _ in range(5):
        late_audited_report()

    assert _queries(client, overdue, {"year": YEAR, "province": "54"}) == before
    assert _cold_queries(client, statistics) == statistics_before
