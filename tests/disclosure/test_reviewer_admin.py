"""The reviewers' pages in the CMS admin (disclosure.wagtail_hooks and admin_views)."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from accounts.roles import ROLE_DEFINITIONS, Role
from disclosure import credit_codes, services
from disclosure.models import (
    AuditResult,
    Enterprise,
    EnterpriseYear,
    Invitation,
    ListEntry,
    Report,
    ReportVersion,
)
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    make_member,
    make_reviewer,
    new_credit_code,
    publish_annual_report,
    sector,
)
from tests.disclosure.test_list_import import csv_bytes, good_row
from tests.factories import make_user, use_english_admin

pytestmark = pytest.mark.django_db

LAST_YEAR = timezone.localdate().year - 1


@pytest.fixture
def reviewer():
    return use_english_admin(make_reviewer())


@pytest.fixture
def reviewer_client(client, reviewer):
    sector("C2611")
    client.force_login(reviewer)
    return client


def page(response) -> str:
    return response.content.decode()


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def entry_form(listed: Enterprise, list_year: int, **fields) -> dict:
    data = {
        "enterprise": listed.credit_code,
        "year": str(list_year),
        "must_disclose": "on",
        "basis_key_discharger": "on",
        "source_document": "苏环办 2024 第12号",
        "source_url": "",
    }
    data.update(fields)
    return {name: value for name, value in data.items() if value is not None}


# --- The menu and who may see the pages --------------------------------------------------------

PAGES = [
    "/admin/disclosure/list/",
    "/admin/disclosure/list/new/",
    "/admin/disclosure/enterprises/",
    "/admin/disclosure/enterprises/new/",
    "/admin/disclosure/sectors/",
    "/admin/disclosure/pollutants/",
    "/admin/disclosure/pollutants/new/",
    "/admin/disclosure/standards/",
    "/admin/disclosure/standard-limits/",
    "/admin/disclosure/holidays/",
    "/admin/disclosure/list-import/",
    "/admin/disclosure/invitations/",
    "/admin/disclosure/adhoc-events/",
    "/admin/disclosure/audit-results/",
    "/admin/disclosure/publish/",
]


@pytest.mark.parametrize("url", PAGES)
def test_each_page_opens_for_a_reviewer(reviewer_client, url):
    response = reviewer_client.get(url)

    assert response.status_code == 200


def test_a_superuser_with_mfa_may_use_the_pages(client):
    client.force_login(make_user(is_staff=True, is_superuser=True, mfa=True))

    assert client.get("/admin/disclosure/list-import/").status_code == 200
    assert client.get("/admin/disclosure/list/").status_code == 200


def test_the_disclosure_menu_is_shown_to_reviewers_only(client, reviewer):
    client.force_login(reviewer)
    shown = page(client.get("/admin/"))
    client.force_login(make_user(role=Role.EDITOR, mfa=True))
    hidden = page(client.get("/admin/"))

    assert "/admin/disclosure/list-import/" in shown
    assert "/admin/disclosure/list/" in shown
    assert "/admin/disclosure/list-import/" not in hidden
    assert "/admin/disclosure/list/" not in hidden


def test_the_publish_queue_is_in_the_menu_when_the_authority_reviews_first(
    client, reviewer, settings
):
    client.force_login(reviewer)
    settings.DISCLOSURE_REVIEW_BEFORE_PUBLISHING = False
    without = page(client.get("/admin/"))
    settings.DISCLOSURE_REVIEW_BEFORE_PUBLISHING = True
    with_review = page(client.get("/admin/"))

    assert "/admin/disclosure/publish/" not in without
    assert "/admin/disclosure/publish/" in with_review


def outsiders():
    enterprise = make_enterprise()
    return {
        "anonymous": None,
        "discloser": make_member(enterprise),
        "plain staff": make_user(is_staff=True, mfa=True),
        "editor": make_user(role=Role.EDITOR, mfa=True),
    }


@pytest.mark.parametrize("who", ["anonymous", "discloser", "plain staff", "editor"])
@pytest.mark.parametrize("url", [*PAGES, "/admin/disclosure/list-template.csv"])
def test_others_are_refused_every_page(client, who, url):
    user = outsiders()[who]
    if user is not None:
        client.force_login(user)

    response = client.get(url)

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert not response["Location"].startswith(url)
        assert "/admin/disclosure/" not in response["Location"].split("?")[0]


def test_anonymous_users_are_sent_to_sign_in(client):
    response = client.get("/admin/disclosure/invitations/")

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_an_editor_gets_a_plain_403_on_the_reviewer_tools(client):
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    for url in ("/admin/disclosure/list-import/", "/admin/disclosure/invitations/"):
        assert client.get(url).status_code == 403


def test_a_reviewer_without_mfa_is_sent_to_set_it_up(client):
    client.force_login(make_user(role=Role.REVIEWER, mfa=False))

    response = client.get("/admin/disclosure/list-import/")

    assert response.status_code == 302
    assert "/admin/disclosure/" not in response["Location"]


@pytest.mark.parametrize("who", ["discloser", "plain staff", "editor"])
def test_others_cannot_change_anything_by_posting(client, who):
    client.force_login(outsiders()[who])
    enterprise = make_enterprise()
    before = (
        Invitation.objects.count(),
        Report.objects.count(),
        AuditResult.objects.count(),
        ListEntry.objects.count(),
    )

    client.post(
        "/admin/disclosure/invitations/",
        {"enterprise": enterprise.credit_code, "email": "x@example.org"},
    )
    client.post(
        "/admin/disclosure/adhoc-events/",
        {
            "enterprise": enterprise.credit_code,
            "trigger": "penalty",
            "trigger_date": "2025-01-06",
            "description": "x",
        },
    )
    client.post(
        "/admin/disclosure/audit-results/",
        {
            "enterprise": enterprise.credit_code,
            "round": "1",
            "stage": "assessment",
            "outcome": "passed",
            "decided_on": "2025-01-06",
            "authority": "x",
        },
    )
    client.post(
        "/admin/disclosure/list-import/",
        {"file": upload("list.csv", csv_bytes([good_row()])), "action": "import"},
    )
    client.post("/admin/disclosure/list/new/", entry_form(enterprise, 2024))

    assert (
        Invitation.objects.count(),
        Report.objects.count(),
        AuditResult.objects.count(),
        ListEntry.objects.count(),
    ) == before


def test_the_reviewer_group_holds_the_model_permissions():
    group = Group.objects.get(name=ROLE_DEFINITIONS[Role.REVIEWER].group_name)
    codenames = set(
        group.permissions.filter(content_type__app_label="disclosure").values_list(
            "codename", flat=True
        )
    )

    for model in ("enterprise", "listentry", "sector", "pollutant", "standard", "holiday"):
        assert {f"add_{model}", f"change_{model}", f"view_{model}"} <= codenames
    assert "delete_enterprise" not in codenames


# --- Importing and exporting the list ----------------------------------------------------------


def test_checking_a_file_shows_the_counts_and_saves_nothing(reviewer_client):
    rows = [good_row(), good_row()]

    response = reviewer_client.post(
        "/admin/disclosure/list-import/",
        {"file": upload("list.csv", csv_bytes(rows)), "action": "check"},
    )

    assert response.status_code == 200
    assert response.context["result"].dry_run
    assert 'id="import-counts"' in page(response)
    assert rows[0]["credit_code"] in page(response)
    assert not Enterprise.objects.filter(credit_code=rows[0]["credit_code"]).exists()


def test_importing_a_file_saves_the_list(reviewer_client):
    rows = [good_row(), good_row()]

    response = reviewer_client.post(
        "/admin/disclosure/list-import/",
        {"file": upload("list.csv", csv_bytes(rows)), "action": "import"},
    )

    assert response.context["result"].created == 2
    assert ListEntry.objects.filter(enterprise__credit_code=rows[1]["credit_code"]).exists()


def test_a_bad_file_lists_each_problem_with_its_line(reviewer_client):
    rows = [good_row(), good_row(region_code="12345"), good_row(year="1890")]

    response = reviewer_client.post(
        "/admin/disclosure/list-import/",
        {"file": upload("list.csv", csv_bytes(rows)), "action": "import"},
    )

    cells = "".join(page(response).split())
    assert 'id="import-errors"' in page(response)
    assert "<td>3</td>" in cells and "<td>4</td>" in cells
    assert not Enterprise.objects.filter(credit_code=rows[0]["credit_code"]).exists()


@pytest.mark.parametrize(
    ("file_format", "start"), [("csv", b"\xef\xbb\xbfcredit_code,name"), ("xlsx", b"PK")]
)
def test_the_template_downloads(reviewer_client, file_format, start):
    response = reviewer_client.get(f"/admin/disclosure/list-template.{file_format}")

    assert response.status_code == 200
    assert response.content.startswith(start)
    assert "attachment" in response["Content-Disposition"]


def test_the_list_of_a_year_downloads_in_the_import_columns(reviewer_client):
    enterprise = make_enterprise(name="=1+2 化工")
    list_enterprise(enterprise, 2024)

    response = reviewer_client.get("/admin/disclosure/list-export/", {"year": "2024"})

    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("credit_code,name,name_en")
    assert f"{enterprise.credit_code},'=1+2 化工" in text


def test_a_list_export_needs_a_year(reviewer_client):
    assert reviewer_client.get("/admin/disclosure/list-export/").status_code == 404


# --- The list and enterprises in the model views -----------------------------------------------


def test_a_reviewer_adds_an_entry_by_typing_the_credit_code(reviewer_client, reviewer):
    enterprise = make_enterprise()
    code = enterprise.credit_code

    response = reviewer_client.post(
        "/admin/disclosure/list/new/",
        entry_form(enterprise, 2024, enterprise=f"{code[:9].lower()} {code[9:]}"),
    )

    assert response.status_code == 302
    entry = ListEntry.objects.get(enterprise=enterprise, year=2024)
    assert entry.added_by == reviewer
    assert EnterpriseYear.objects.get(enterprise=enterprise, year=2024).listed


def test_an_entry_without_a_basis_is_refused(reviewer_client):
    enterprise = make_enterprise()

    response = reviewer_client.post(
        "/admin/disclosure/list/new/", entry_form(enterprise, 2024, basis_key_discharger=None)
    )

    assert response.status_code == 200
    assert "at least one basis" in page(response)
    assert not ListEntry.objects.filter(enterprise=enterprise).exists()


def test_an_unknown_credit_code_is_refused_with_the_check_message(reviewer_client):
    enterprise = make_enterprise()
    wrong = enterprise.credit_code[:17] + ("1" if enterprise.credit_code[17] != "1" else "2")

    response = reviewer_client.post(
        "/admin/disclosure/list/new/", entry_form(enterprise, 2024, enterprise=wrong)
    )

    assert response.status_code == 200
    assert "check character" in page(response)


def test_editing_an_entry_updates_the_search_summary(reviewer_client):
    enterprise = make_enterprise()
    entry = list_enterprise(enterprise, 2024)

    response = reviewer_client.post(
        f"/admin/disclosure/list/edit/{entry.pk}/",
        entry_form(
            enterprise, 2024, compulsory_audit="on", basis_exceeds_standards="on", year="2010"
        ),
    )

    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.year == 2024  # the year of an entry stays
    summary = EnterpriseYear.objects.get(enterprise=enterprise, year=2024)
    assert summary.compulsory_audit
    assert summary.bases == " exceeds_standards key_discharger "


def test_taking_an_enterprise_off_the_list_updates_the_search_summary(reviewer_client):
    enterprise = make_enterprise()
    entry = list_enterprise(enterprise, 2024)

    response = reviewer_client.post(f"/admin/disclosure/list/delete/{entry.pk}/")

    assert response.status_code == 302
    assert not ListEntry.objects.filter(pk=entry.pk).exists()
    assert not EnterpriseYear.objects.get(enterprise=enterprise, year=2024).listed


def test_the_list_filters_by_year_and_province_and_searches_names(reviewer_client):
    in_jiangsu = make_enterprise(name="江苏筛选化工", region_code="320583")
    in_guangdong = make_enterprise(name="广东筛选化工", region_code="440300")
    list_enterprise(in_jiangsu, 2023)
    list_enterprise(in_guangdong, 2023)
    list_enterprise(in_guangdong, 2022)

    by_province = page(
        reviewer_client.get("/admin/disclosure/list/", {"year": "2023", "province": "44"})
    )
    by_name = page(reviewer_client.get("/admin/disclosure/list/", {"q": "江苏筛选"}))

    assert in_guangdong.credit_code in by_province
    assert in_jiangsu.credit_code not in by_province
    assert in_jiangsu.credit_code in by_name
    assert in_guangdong.credit_code not in by_name


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/admin/disclosure/list/", {"q": "名" * 100_000}),
        ("/admin/disclosure/enterprises/", {"q": "名" * 100_000}),
        ("/admin/disclosure/enterprises/", {"sector": "C" * 100_000}),
        ("/admin/disclosure/sectors/", {"q": "名" * 100_000}),
        ("/admin/disclosure/standard-limits/", {"q": "名" * 100_000}),
    ],
)
def test_a_pasted_search_of_any_length_is_not_an_error(reviewer_client, url, params):
    # SQLite refuses LIKE patterns over 50,000 bytes: these searches were 500s.
    enterprise = make_enterprise(name="名" * 5)
    list_enterprise(enterprise, 2023)

    response = reviewer_client.get(url, params)

    assert response.status_code == 200


def test_enterprises_are_found_by_code_and_filtered_by_province(reviewer_client):
    enterprise = make_enterprise(name="按代码查找的企业", region_code="440300")

    by_code = page(
        reviewer_client.get("/admin/disclosure/enterprises/", {"q": enterprise.credit_code})
    )
    by_province = page(
        reviewer_client.get("/admin/disclosure/enterprises/", {"province_code": "32"})
    )

    assert "按代码查找的企业" in by_code
    assert "按代码查找的企业" not in by_province


def enterprise_form(enterprise: Enterprise, **fields) -> dict:
    data = {
        "credit_code": enterprise.credit_code,
        "name": enterprise.name,
        "name_en": enterprise.name_en,
        "sector": str(enterprise.sector_id),
        "region_code": enterprise.region_code,
        "address": enterprise.address,
        "latitude": "",
        "longitude": "",
        "legal_representative": "",
    }
    data.update(fields)
    return data


def test_moving_an_enterprise_updates_every_years_summary(reviewer_client):
    enterprise = make_enterprise(region_code="320583")
    list_enterprise(enterprise, 2022)
    list_enterprise(enterprise, 2023)

    response = reviewer_client.post(
        f"/admin/disclosure/enterprises/edit/{enterprise.pk}/",
        enterprise_form(enterprise, region_code="440300", credit_code=new_credit_code()),
    )

    assert response.status_code == 302
    enterprise.refresh_from_db()
    assert enterprise.province_code == "44"
    assert credit_codes.is_valid(enterprise.credit_code)
    assert set(
        EnterpriseYear.objects.filter(enterprise=enterprise).values_list("province_code", flat=True)
    ) == {"44"}


def test_the_credit_code_of_an_enterprise_cannot_change(reviewer_client):
    enterprise = make_enterprise()
    original = enterprise.credit_code

    reviewer_client.post(
        f"/admin/disclosure/enterprises/edit/{enterprise.pk}/",
        enterprise_form(enterprise, credit_code=new_credit_code()),
    )

    enterprise.refresh_from_db()
    assert enterprise.credit_code == original


def test_a_new_enterprise_is_stored_with_its_normalised_code(reviewer_client):
    code = new_credit_code()
    template = Enterprise(
        credit_code=f"{code[:6].lower()}-{code[6:]}",
        name="后台新增企业",
        name_en="",
        sector=sector("C2611"),
        region_code="320583",
        address="",
    )

    response = reviewer_client.post("/admin/disclosure/enterprises/new/", enterprise_form(template))

    assert response.status_code == 302
    assert Enterprise.objects.get(credit_code=code).name == "后台新增企业"


def test_enterprises_cannot_be_deleted(reviewer_client):
    enterprise = make_enterprise()

    reviewer_client.post(f"/admin/disclosure/enterprises/delete/{enterprise.pk}/")

    assert Enterprise.objects.filter(pk=enterprise.pk).exists()


def test_a_sector_in_use_is_not_deleted_even_by_a_superuser(client):
    client.force_login(make_user(is_staff=True, is_superuser=True, mfa=True))
    used = make_enterprise().sector

    response = client.post(f"/admin/disclosure/sectors/delete/{used.pk}/")

    assert response.status_code == 302
    assert type(used).objects.filter(pk=used.pk).exists()


# --- Invitations -------------------------------------------------------------------------------


def test_an_invitation_sends_an_email_with_the_link(
    reviewer_client, django_capture_on_commit_callbacks
):
    enterprise = make_enterprise()

    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_client.post(
            "/admin/disclosure/invitations/",
            {"enterprise": enterprise.credit_code, "email": "Boss@Example.org"},
        )

    assert response.status_code == 302
    invitation = Invitation.objects.get(enterprise=enterprise)
    assert invitation.email == "boss@example.org"
    assert mail.outbox[-1].to == ["boss@example.org"]
    assert f"/disclosure/manage/invitations/{invitation.token}/" in mail.outbox[-1].body


def test_invitations_show_whether_they_were_accepted(reviewer_client):
    enterprise = make_enterprise(name="邀请状态企业")
    invitee = make_user(email="invitee@example.org", mfa=True)
    reviewer_client.post(
        "/admin/disclosure/invitations/",
        {"enterprise": enterprise.credit_code, "email": invitee.email},
    )
    invitation = Invitation.objects.get(enterprise=enterprise)

    pending = reviewer_client.get("/admin/disclosure/invitations/", {"q": "邀请状态"})
    services.accept_invitation(token=invitation.token, user=invitee)
    accepted = reviewer_client.get("/admin/disclosure/invitations/", {"q": "邀请状态"})

    assert [status for _inv, status, _label in pending.context["rows"]] == ["pending"]
    assert [status for _inv, status, _label in accepted.context["rows"]] == ["accepted"]
    assert "Accepted" in page(accepted)
    assert enterprise.members.filter(user=invitee).exists()


def test_an_invitation_for_an_unknown_enterprise_is_refused(reviewer_client):
    response = reviewer_client.post(
        "/admin/disclosure/invitations/",
        {"enterprise": new_credit_code(), "email": "someone@example.org"},
    )

    assert response.status_code == 200
    assert "No enterprise has this credit code" in page(response)
    assert not Invitation.objects.filter(email="someone@example.org").exists()


def test_the_invitation_form_can_start_from_an_enterprise(reviewer_client):
    enterprise = make_enterprise()

    response = reviewer_client.get(
        "/admin/disclosure/invitations/", {"enterprise": enterprise.credit_code.lower()}
    )

    assert f'value="{enterprise.credit_code}"' in page(response)


# --- Ad-hoc events and audit results -----------------------------------------------------------


def test_a_reviewer_registers_an_adhoc_event(reviewer_client, reviewer):
    enterprise = make_enterprise()

    response = reviewer_client.post(
        "/admin/disclosure/adhoc-events/",
        {
            "enterprise": enterprise.credit_code,
            "trigger": "penalty",
            "trigger_date": "2025-07-02",
            "description": "苏环罚〔2025〕7号",  # noqa: RUF001
        },
    )

    assert response.status_code == 302
    report = Report.objects.get(enterprise=enterprise, kind=Report.Kind.ADHOC)
    assert (report.due_on, report.created_by) == (datetime.date(2025, 7, 9), reviewer)
    listing = page(reviewer_client.get("/admin/disclosure/adhoc-events/"))
    assert report.public_id in listing


def test_an_event_in_the_future_is_refused(reviewer_client):
    enterprise = make_enterprise()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = reviewer_client.post(
        "/admin/disclosure/adhoc-events/",
        {
            "enterprise": enterprise.credit_code,
            "trigger": "incident",
            "trigger_date": tomorrow.isoformat(),
            "description": "x",
        },
        follow=True,
    )

    assert "cannot be in the future" in page(response)
    assert not Report.objects.filter(enterprise=enterprise).exists()


def audit_form(enterprise: Enterprise, **fields) -> dict:
    data = {
        "enterprise": enterprise.credit_code,
        "round": "1",
        "stage": "assessment",
        "outcome": "passed",
        "decided_on": "2025-03-01",
        "authority": "苏州市生态环境局",
        "notes": "",
    }
    data.update(fields)
    return data


def test_a_reviewer_records_assessment_then_acceptance(reviewer_client, reviewer):
    enterprise = make_enterprise()

    reviewer_client.post("/admin/disclosure/audit-results/", audit_form(enterprise))
    reviewer_client.post(
        "/admin/disclosure/audit-results/",
        audit_form(enterprise, stage="acceptance", decided_on="2025-06-01"),
    )

    results = AuditResult.objects.filter(enterprise=enterprise).order_by("decided_on")
    assert [(r.stage, r.outcome, r.recorded_by) for r in results] == [
        ("assessment", "passed", reviewer),
        ("acceptance", "passed", reviewer),
    ]


def test_acceptance_before_a_passed_assessment_is_refused(reviewer_client):
    enterprise = make_enterprise()

    response = reviewer_client.post(
        "/admin/disclosure/audit-results/",
        audit_form(enterprise, stage="acceptance"),
        follow=True,
    )

    assert "only after it passed its assessment" in page(response)
    assert not AuditResult.objects.filter(enterprise=enterprise).exists()


# --- The publish queue -------------------------------------------------------------------------


@pytest.fixture
def submitted_version(settings):
    settings.DISCLOSURE_REVIEW_BEFORE_PUBLISHING = True
    enterprise = make_enterprise(name="待发布企业")
    version = publish_annual_report(enterprise, LAST_YEAR, discharges=[{"pollutant": "so2"}])
    assert version.status == ReportVersion.Status.SUBMITTED
    return version


def test_the_queue_lists_submitted_versions(reviewer_client, submitted_version):
    response = reviewer_client.get("/admin/disclosure/publish/")

    assert submitted_version.report.public_id in page(response)
    detail = reviewer_client.get(f"/admin/disclosure/publish/{submitted_version.pk}/")
    assert detail.status_code == 200
    assert "待发布企业" in page(detail)
    assert 'id="discharges"' in page(detail)


def test_a_reviewer_publishes_a_submitted_version(reviewer_client, submitted_version):
    response = reviewer_client.post(f"/admin/disclosure/publish/{submitted_version.pk}/publish/")

    assert response.status_code == 302
    submitted_version.refresh_from_db()
    assert submitted_version.status == ReportVersion.Status.PUBLISHED
    assert submitted_version.report.current_version_id == submitted_version.pk
    queue = reviewer_client.get("/admin/disclosure/publish/")
    assert list(queue.context["versions"]) == []


def test_a_draft_cannot_be_seen_or_published_from_the_queue(reviewer_client):
    enterprise = make_enterprise()
    draft = services.open_annual_report(
        enterprise=enterprise, year=LAST_YEAR, user=make_member(enterprise)
    )

    assert reviewer_client.get(f"/admin/disclosure/publish/{draft.pk}/").status_code == 404
    reviewer_client.post(f"/admin/disclosure/publish/{draft.pk}/publish/")
    draft.refresh_from_db()
    assert draft.status == ReportVersion.Status.DRAFT


@pytest.mark.parametrize("who", ["discloser", "plain staff", "editor"])
def test_others_cannot_publish(client, submitted_version, who):
    client.force_login(outsiders()[who])

    client.post(f"/admin/disclosure/publish/{submitted_version.pk}/publish/")

    submitted_version.refresh_from_db()
    assert submitted_version.status == ReportVersion.Status.SUBMITTED


def test_the_enterprise_itself_cannot_publish_its_own_version(client, submitted_version):
    member = submitted_version.report.enterprise.members.first().user
    client.force_login(member)

    client.post(f"/admin/disclosure/publish/{submitted_version.pk}/publish/")

    submitted_version.refresh_from_db()
    assert submitted_version.status == ReportVersion.Status.SUBMITTED


def test_the_template_download_is_a_real_spreadsheet(reviewer_client):
    from openpyxl import load_workbook

    response = reviewer_client.get("/admin/disclosure/list-template.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active

    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "credit_code"
    assert credit_codes.is_valid(rows[1][0])
