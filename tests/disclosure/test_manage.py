"""The enterprise users' pages: invitations, the dashboard, editing, uploads, submitting and
amending, and who may do what."""

import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from accounts.roles import Role
from accounts.selectors import user_has_role
from disclosure import services
from disclosure.models import (
    DischargeRecord,
    EnterpriseMembership,
    Invitation,
    Report,
    ReportVersion,
)
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    make_member,
    make_reviewer,
    publish_annual_report,
    standard_with_limit,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LAST_YEAR = timezone.localdate().year - 1
MFA_SETUP = "/accounts/2fa/totp/activate/"


@pytest.fixture(autouse=True)
def _chinese_by_default():
    # A request under /en/ leaves English active in the thread; start each test in Chinese.
    translation.activate("zh-hans")
    yield
    translation.activate("zh-hans")


def manage(name: str, *args, language: str = "zh-hans") -> str:
    with translation.override(language):
        return reverse(f"disclosure_manage:{name}", args=args)


def page(response) -> str:
    return response.content.decode()


def upload(name: str, text: str):
    file = io.BytesIO(text.encode("utf-8"))
    file.name = name
    return file


@pytest.fixture
def reference():
    standard_with_limit(number="GB 13223-2011", pollutant_code="so2", limit="50")
    standard_with_limit(number="GB 13223-2011", pollutant_code="nox", limit="100")


@pytest.fixture
def member_client(client):
    enterprise = make_enterprise()
    user = make_member(enterprise)
    client.force_login(user)
    client.enterprise, client.user = enterprise, user
    return client


# --- Filing end to end ------------------------------------------------------------------------


def test_an_enterprise_user_files_an_annual_report_end_to_end(member_client, reference):
    client, enterprise = member_client, member_client.enterprise
    list_enterprise(enterprise, LAST_YEAR)

    dashboard = client.get(manage("home"))
    started = client.post(
        manage("start_annual", enterprise.credit_code), {f"annual-{enterprise.pk}-year": LAST_YEAR}
    )
    report = Report.objects.get(enterprise=enterprise, year=LAST_YEAR, kind="annual")
    public_id = report.public_id
    basic = client.post(
        manage("basic", public_id),
        {
            "products": "硫酸 20 万吨/年",
            "permit_number": "91320583TEST001P",
            "permit_valid_until": "2027-12-31",
            "permit_authority": "苏州市生态环境局",
            "carbon_value": "125000",
            "carbon_unit": "tCO2e",
        },
    )
    template = client.get(manage("template", "discharges", "csv"))
    uploaded = client.post(
        manage("upload", public_id, "discharges"),
        {
            "file": upload(
                "discharges.csv",
                template.content.decode("utf-8-sig").splitlines()[0]
                + "\nDA001,1号锅炉排气筒,so2,60000,ug/m3,GB 13223-2011,,12.5,t,40,t,monitoring"
                + "\nDA001,1号锅炉排气筒,nox,80,mg/m3,GB 13223-2011,,30,t,60,t,monitoring\n",
            )
        },
    )
    report_page = client.get(manage("report", public_id, language="en"))
    review_page = client.get(manage("review", public_id, language="en"))
    submitted = client.post(manage("review", public_id), {"signed_name": "张三"})

    assert enterprise.name in page(dashboard)
    assert started.status_code == 302
    assert basic.status_code == 302
    assert template["Content-Type"].startswith("text/csv")
    assert uploaded.status_code == 302, page(uploaded)
    so2 = DischargeRecord.objects.get(version__report=report, pollutant__code="so2")
    assert (so2.concentration, so2.exceeds_limit) == (Decimal("60"), True)
    # Each row shows the unit the enterprise used and the computed flag.
    assert "60000 µg/m³" in page(report_page)
    assert "Yes, above the limit" in page(report_page)
    with translation.override("en"):
        assert str(services.TRUTHFULNESS_STATEMENT) in page(review_page)
    assert submitted.status_code == 302
    report.refresh_from_db()
    version = report.current_version
    assert version.status == ReportVersion.Status.PUBLISHED
    assert version.statement_signed_name == "张三"
    assert version.carbon_t == Decimal("125000")
    assert version.has_exceedance is True


def test_after_submitting_the_report_page_links_to_the_public_page(member_client):
    report = publish_annual_report(member_client.enterprise, 2023, user=member_client.user).report

    response = member_client.get(manage("report", report.public_id))

    assert reverse("disclosure:report", args=[report.public_id]) in page(response)


def test_the_pages_speak_english_under_en(member_client):
    response = member_client.get(manage("home", language="en"))

    assert response.status_code == 200
    assert "My enterprises" in page(response)
    assert 'lang="en"' in page(response)


# --- Invitations ------------------------------------------------------------------------------


def invitation_for(email: str, **fields) -> Invitation:
    invitation = services.invite(
        enterprise=make_enterprise(), email=email, invited_by=make_reviewer()
    )
    if fields:
        Invitation.objects.filter(pk=invitation.pk).update(**fields)
        invitation.refresh_from_db()
    return invitation


def test_an_anonymous_invitee_is_sent_to_sign_in_or_sign_up_and_back(client):
    invitation = invitation_for("boss@example.org")
    url = manage("invitation", invitation.token)

    response = client.get(url)

    assert invitation.enterprise.name in page(response)
    assert f"/accounts/login/?next={url}" in page(response)
    assert f"/accounts/signup/?next={url}" in page(response)
    assert "b***@example.org" in page(response)


def test_accepting_an_invitation_joins_and_asks_for_mfa(client):
    invitation = invitation_for("boss@example.org")
    user = make_user(email="boss@example.org")
    client.force_login(user)

    shown = client.get(manage("invitation", invitation.token))
    accepted = client.post(manage("invitation", invitation.token))

    assert "Accept" in page(shown) or "接受" in page(shown)
    assert accepted.status_code == 302
    assert accepted["Location"] == MFA_SETUP
    assert EnterpriseMembership.objects.filter(user=user, enterprise=invitation.enterprise).exists()
    assert user_has_role(user=user, role=Role.DISCLOSER)


def test_an_invitee_with_mfa_goes_to_the_dashboard(client):
    invitation = invitation_for("boss@example.org")
    user = make_user(email="boss@example.org", mfa=True)
    client.force_login(user)

    accepted = client.post(manage("invitation", invitation.token))
    dashboard = client.get(accepted["Location"])

    assert accepted["Location"] == manage("home")
    assert invitation.enterprise.name in page(dashboard)


def test_an_invitation_for_another_address_is_refused(client):
    invitation = invitation_for("boss@example.org")
    client.force_login(make_user(email="someone.else@example.org"))

    shown = client.get(manage("invitation", invitation.token))
    posted = client.post(manage("invitation", invitation.token))

    assert shown.status_code == 400
    assert "someone.else@example.org" in page(shown)
    assert posted.status_code == 400
    assert not EnterpriseMembership.objects.filter(enterprise=invitation.enterprise).exists()


def test_an_expired_invitation_says_so(client):
    invitation = invitation_for(
        "boss@example.org", expires_at=timezone.now() - datetime.timedelta(days=1)
    )
    client.force_login(make_user(email="boss@example.org"))

    response = client.post(manage("invitation", invitation.token))

    assert response.status_code == 400
    assert "expired" in page(response) or "过期" in page(response)
    assert not EnterpriseMembership.objects.filter(enterprise=invitation.enterprise).exists()


def test_a_used_or_unknown_invitation_says_so(client):
    invitation = invitation_for("boss@example.org")
    first = make_user(email="boss@example.org")
    services.accept_invitation(token=invitation.token, user=first)
    client.force_login(make_user(email="other@example.org"))

    used = client.get(manage("invitation", invitation.token))
    unknown = client.get(manage("invitation", "no-such-token"))

    for response in (used, unknown):
        assert response.status_code == 400
        assert "already used" in page(response) or "已" in page(response)


# --- Who may see and do what ------------------------------------------------------------------


def test_anonymous_users_are_sent_to_sign_in(client):
    enterprise = make_enterprise()
    report = publish_annual_report(enterprise, 2023).report

    for url in (
        manage("home"),
        manage("report", report.public_id),
        manage("basic", report.public_id),
        manage("section", report.public_id, "discharges"),
        manage("template", "discharges", "csv"),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/?next="), url


def test_users_without_mfa_are_sent_to_set_it_up(client):
    enterprise = make_enterprise()
    user = make_user(role=Role.DISCLOSER)
    EnterpriseMembership.objects.create(user=user, enterprise=enterprise)
    report = publish_annual_report(enterprise, 2023).report
    client.force_login(user)

    for url in (manage("home"), manage("report", report.public_id)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == MFA_SETUP
    refused = client.post(manage("amend", report.public_id))
    assert refused["Location"] == MFA_SETUP
    assert report.versions.count() == 1


def test_a_member_of_another_enterprise_can_neither_read_nor_write_its_reports(
    member_client, reference
):
    other = make_enterprise()
    other_user = make_member(other)
    published = publish_annual_report(other, 2022, user=other_user).report
    draft = services.open_annual_report(enterprise=other, year=2023, user=other_user)
    services.update_basic_information(version=draft, user=other_user, products="机密产品")
    services.save_audit(
        version=draft,
        user=other_user,
        round=1,
        team=[],
        options=[],
        compulsory=False,
        voluntary_reason="自愿",
    )
    draft_id = draft.report.public_id
    csv_file = "outlet_code,pollutant,method\nDA009,so2,monitoring\n"
    attempts = [
        ("get", manage("report", draft_id), {}),
        ("get", manage("basic", draft_id), {}),
        ("post", manage("basic", draft_id), {"products": "被改了"}),
        ("get", manage("section", draft_id, "discharges"), {}),
        ("post", manage("section", draft_id, "discharges"), {}),
        ("post", manage("upload", draft_id, "discharges"), {"file": upload("a.csv", csv_file)}),
        ("get", manage("export", draft_id, "discharges", "csv"), {}),
        ("get", manage("audit", draft_id, 1), {}),
        ("post", manage("audit_delete", draft_id, 1), {}),
        (
            "post",
            manage("audit_upload", draft_id, 1, "team"),
            {"file": upload("t.csv", "name\n张三\n")},
        ),
        ("get", manage("review", draft_id), {}),
        ("post", manage("review", draft_id), {"signed_name": "张三"}),
        ("post", manage("start", draft_id), {}),
        ("post", manage("amend", published.public_id), {}),
        ("get", manage("report", published.public_id), {}),
        ("post", manage("start_annual", other.credit_code), {f"annual-{other.pk}-year": 2021}),
        (
            "post",
            manage("open_adhoc", other.credit_code),
            {
                f"adhoc-{other.pk}-trigger": "penalty",
                f"adhoc-{other.pk}-trigger_date": "2024-05-02",
                f"adhoc-{other.pk}-description": "x",
            },
        ),
    ]

    for method, url, data in attempts:
        response = getattr(member_client, method)(url, data)
        assert response.status_code in (403, 404), (method, url, response.status_code)
        assert "机密产品" not in page(response)

    draft.refresh_from_db()
    assert draft.status == ReportVersion.Status.DRAFT
    assert draft.products == "机密产品"
    assert draft.audits.count() == 1
    assert not draft.discharges.exists()
    assert published.versions.count() == 1
    assert Report.objects.filter(enterprise=other).count() == 2


def test_the_dashboard_lists_only_the_users_own_enterprises(member_client):
    other = make_enterprise(name="别家化工有限公司")

    response = member_client.get(manage("home"))

    assert member_client.enterprise.name in page(response)
    assert other.name not in page(response)


# --- Published versions are read-only --------------------------------------------------------


def test_a_published_version_has_no_edit_form_and_refuses_edits(member_client, reference):
    version = publish_annual_report(
        member_client.enterprise,
        2023,
        user=member_client.user,
        discharges=[{"pollutant": "so2", "concentration": Decimal("10")}],
    )
    public_id = version.report.public_id

    shown = member_client.get(manage("report", public_id))
    edit = member_client.get(manage("basic", public_id))
    posted = member_client.post(manage("basic", public_id), {"products": "改过的"})
    section = member_client.post(
        manage("section", public_id, "discharges"),
        {"rows-TOTAL_FORMS": "0", "rows-INITIAL_FORMS": "0"},
    )
    uploaded = member_client.post(
        manage("upload", public_id, "discharges"),
        {"file": upload("a.csv", "outlet_code,pollutant,method\nDA009,so2,monitoring\n")},
    )
    submitted = member_client.post(manage("review", public_id), {"signed_name": "李四"})

    assert manage("basic", public_id) not in page(shown)
    assert manage("amend", public_id) in page(shown)
    for response in (edit, posted, section, uploaded, submitted):
        assert response.status_code == 302
        assert response["Location"].startswith(manage("report", public_id))
    version.refresh_from_db()
    assert version.products == "硫酸 20 万吨/年"
    assert list(version.discharges.values_list("outlet_code", flat=True)) == ["DA001"]
    assert version.statement_signed_name == "张三"
    assert version.report.versions.count() == 1


# --- Amendments -------------------------------------------------------------------------------


def test_an_amendment_needs_a_change_summary(member_client):
    first = publish_annual_report(member_client.enterprise, 2023, user=member_client.user)
    public_id = first.report.public_id

    started = member_client.post(manage("amend", public_id))
    draft = first.report.versions.get(status=ReportVersion.Status.DRAFT)
    refused_submit = member_client.post(manage("review", public_id), {"signed_name": "张三"})
    refused_form = member_client.post(
        manage("basic", public_id),
        {"change_summary": " ", "products": "硫酸 25 万吨/年", "carbon_unit": "tCO2e"},
    )
    saved = member_client.post(
        manage("basic", public_id),
        {
            "change_summary": "产能数据有误, 更正为 25 万吨/年。",
            "products": "硫酸 25 万吨/年",
            "carbon_unit": "tCO2e",
        },
    )
    submitted = member_client.post(manage("review", public_id), {"signed_name": "张三"})

    assert started["Location"] == manage("basic", public_id)
    assert draft.number == 2
    assert refused_submit.status_code == 400
    assert refused_form.status_code == 400
    assert saved.status_code == 302
    assert submitted.status_code == 302
    report = first.report
    report.refresh_from_db()
    assert report.current_version.number == 2
    assert report.current_version.products == "硫酸 25 万吨/年"
    first.refresh_from_db()
    assert first.products == "硫酸 20 万吨/年"  # the first version is kept as published


# --- Dashboard --------------------------------------------------------------------------------


def test_the_dashboard_shows_missing_filed_and_draft_years(member_client):
    enterprise = member_client.enterprise
    list_enterprise(enterprise, LAST_YEAR - 1)
    list_enterprise(enterprise, LAST_YEAR - 2)
    publish_annual_report(enterprise, LAST_YEAR - 2, user=member_client.user)
    services.open_annual_report(enterprise=enterprise, year=LAST_YEAR, user=member_client.user)

    overview = services.filing_overview(user=member_client.user)[0]
    states = {filing.year: filing.state for filing in overview.annual}

    assert states[LAST_YEAR] in ("draft", "draft_overdue")
    assert states[LAST_YEAR - 1] == "missing"
    assert states[LAST_YEAR - 2] in ("filed", "filed_late")
    assert states[LAST_YEAR - 3] == "not_required"
    assert LAST_YEAR - 1 in overview.startable_years
    assert LAST_YEAR not in overview.startable_years


def test_an_adhoc_report_is_opened_from_the_dashboard(member_client):
    enterprise = member_client.enterprise
    event = timezone.localdate() - datetime.timedelta(days=1)
    prefix = f"adhoc-{enterprise.pk}"

    response = member_client.post(
        manage("open_adhoc", enterprise.credit_code),
        {
            f"{prefix}-trigger": "penalty",
            f"{prefix}-trigger_date": event.isoformat(),
            f"{prefix}-description": "收到行政处罚决定书",
        },
    )

    report = Report.objects.get(enterprise=enterprise, kind="adhoc")
    assert response["Location"] == manage("report", report.public_id)
    assert report.due_on > event
    assert report.versions.get().is_draft
    assert report.public_id in page(member_client.get(manage("home")))


def test_an_adhoc_event_in_the_future_is_refused(member_client):
    enterprise = member_client.enterprise
    prefix = f"adhoc-{enterprise.pk}"

    response = member_client.post(
        manage("open_adhoc", enterprise.credit_code),
        {
            f"{prefix}-trigger": "incident",
            f"{prefix}-trigger_date": (
                timezone.localdate() + datetime.timedelta(days=3)
            ).isoformat(),
            f"{prefix}-description": "x",
        },
    )

    assert response.status_code == 400
    assert not Report.objects.filter(enterprise=enterprise).exists()


# --- Sections in the browser ------------------------------------------------------------------


def formset_data(prefix: str, rows: list[dict], initial: int = 0) -> dict:
    data = {f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": str(initial)}
    for index, row in enumerate(rows):
        for name, value in row.items():
            data[f"{prefix}-{index}-{name}"] = value
    return data


# What a browser sends for an untouched new row (the unit menus have a value).
BLANK_DISCHARGE_ROW = {"quantity_unit": "t", "permitted_unit": "t"}


def test_discharges_are_edited_in_the_browser_with_units(member_client, reference):
    version = services.open_annual_report(
        enterprise=member_client.enterprise, year=2023, user=member_client.user
    )
    public_id = version.report.public_id
    row = {
        "outlet_code": "DA001",
        "pollutant": "so2",
        "concentration": "0.04",
        "concentration_unit": "g_m3",
        "standard": "GB 13223-2011",
        "annual_quantity": "900",
        "quantity_unit": "kg",
        "permitted_unit": "t",
        "method": "monitoring",
    }

    shown = member_client.get(manage("section", public_id, "discharges"))
    saved = member_client.post(
        manage("section", public_id, "discharges"), formset_data("rows", [row, BLANK_DISCHARGE_ROW])
    )
    again = member_client.get(manage("section", public_id, "discharges"))

    assert shown.status_code == 200
    assert saved.status_code == 302, page(saved)
    record = version.discharges.get()
    assert (record.concentration, record.quantity_t) == (Decimal("40"), Decimal("0.9"))
    assert record.exceeds_limit is False
    assert 'value="0.04"' in page(again)


def test_a_bad_row_in_the_browser_saves_nothing(member_client, reference):
    version = services.open_annual_report(
        enterprise=member_client.enterprise, year=2023, user=member_client.user
    )
    public_id = version.report.public_id
    good = {
        "outlet_code": "DA001",
        "pollutant": "so2",
        "quantity_unit": "t",
        "permitted_unit": "t",
        "method": "monitoring",
    }
    bad = dict(good, pollutant="nox", concentration="12", concentration_unit="mg_l")

    response = member_client.post(
        manage("section", public_id, "discharges"), formset_data("rows", [good, bad])
    )

    assert response.status_code == 400
    assert not version.discharges.exists()


def test_an_upload_with_errors_lists_them_and_changes_nothing(member_client, reference):
    version = services.open_annual_report(
        enterprise=member_client.enterprise, year=2023, user=member_client.user
    )

    response = member_client.post(
        manage("upload", version.report.public_id, "discharges"),
        {"file": upload("d.csv", "outlet_code,pollutant,method\nDA001,so2,monitoring\n,xx,yy\n")},
    )

    assert response.status_code == 400
    assert '<th scope="row" class="numeric">' in page(response)
    assert "xx" in page(response)
    assert not version.discharges.exists()


def test_an_audit_is_entered_with_its_phases_team_and_options(member_client):
    version = services.open_annual_report(
        enterprise=member_client.enterprise, year=2023, user=member_client.user
    )
    public_id = version.report.public_id
    data = {
        "round": "1",
        "compulsory": "yes",
        "bases": ["exceeds_standards"],
        "consultancy": "某咨询公司",
        "phase_1_start": "2023-02-01",
        "phase_1_end": "2023-02-20",
        **formset_data("team", [{"name": "王芳", "role": "组长"}]),
        **formset_data(
            "options",
            [
                {
                    "title": "冷却水循环利用",
                    "cost_class": "no_low",
                    "orientation": "technology",
                    "status": "implemented",
                    "water_m3": "8000",
                }
            ],
        ),
    }

    missing_bases = member_client.post(manage("audit_new", public_id), dict(data, bases=[]))
    saved = member_client.post(manage("audit_new", public_id), data)

    assert missing_bases.status_code == 400
    assert saved.status_code == 302, page(saved)
    audit = version.audits.get()
    assert audit.bases == ["exceeds_standards"]
    assert audit.phases == {"1": {"start": "2023-02-01", "end": "2023-02-20"}}
    assert audit.team.get().name == "王芳"
    assert audit.options.get().water_m3 == 8000


def test_under_review_a_submitted_version_waits_and_cannot_be_amended_yet(member_client, settings):
    first = publish_annual_report(member_client.enterprise, 2023, user=member_client.user)
    report = first.report
    settings.DISCLOSURE_REVIEW_BEFORE_PUBLISHING = True

    member_client.post(manage("amend", report.public_id))
    member_client.post(
        manage("basic", report.public_id),
        {"change_summary": "更正产能。", "products": "硫酸 25 万吨/年", "carbon_unit": "tCO2e"},
    )
    submitted = member_client.post(manage("review", report.public_id), {"signed_name": "张三"})
    shown = member_client.get(manage("report", report.public_id))
    filing = services.filing_overview(user=member_client.user)[0]

    assert submitted.status_code == 302
    assert report.versions.get(number=2).status == ReportVersion.Status.SUBMITTED
    assert manage("amend", report.public_id) not in page(shown)
    assert not next(f for f in filing.annual if f.year == 2023).can_amend
