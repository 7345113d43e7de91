"""XSS: markup stored in any text people can edit comes back escaped wherever it is shown.

Each test stores the payloads through the same services a user's form would use, then opens
the page that shows the text: the raw markup must be absent and the text must be there
(escaped), which proves the page did show it.
"""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import services as certificate_services
from certificates.models import Certificate
from courses.models import Cohort
from disclosure import services as disclosure_services
from disclosure.models import AuditResult, CPOption, Method, Report
from exams import services as exam_services
from exams.models import Attempt
from tests.certificates.builders import make_certificate_type
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    make_member,
    make_reviewer,
    pollutant,
)
from tests.factories import make_user
from tests.security.corpus import RAW_MARKUP, XSS_ATTRIBUTE, XSS_SCRIPT

pytestmark = pytest.mark.django_db

# Short enough for every field; both contexts (element content and attribute values).
PAYLOAD = f"{XSS_ATTRIBUTE}{XSS_SCRIPT}"
MARK = "cphub-xss"
YEAR = timezone.localdate().year - 1


def payload(label: str, limit: int = 200) -> str:
    return f"{label}{PAYLOAD}"[:limit]


def assert_shown_escaped(response, *, where: str) -> None:
    assert response.status_code == 200, f"{where}: {response.status_code}"
    page = response.content.decode()
    for marker in RAW_MARKUP:
        assert marker not in page, f"{where} shows stored markup unescaped: {marker!r}"
    assert MARK in page, f"{where} does not show the stored text at all (nothing was tested)"


# --- Certificates: names and organisation as printed, state reasons -------------------------


def _certified(**profile) -> Certificate:
    return certificate_services.issue_certificate(
        certificate_type=make_certificate_type("CPA"),
        holder=make_user(**profile),
        achievement_key=f"xss-{uuid.uuid4().hex}",
        reason=Certificate.Reason.MANUAL,
        completed_on=timezone.localdate() - datetime.timedelta(days=10),
        notify_holder=False,
    )


def test_names_on_the_verification_page_and_the_holders_copy_are_escaped(client):
    certificate = _certified(full_name=payload("王", 150), latin_name=payload("WANG", 150))

    public = client.get(reverse("verify:certificate", kwargs={"code": certificate.code}))
    client.force_login(certificate.holder)
    own = client.get(
        reverse("certificates_holder:certificate_html", kwargs={"number": certificate.number})
    )

    assert_shown_escaped(public, where="the verification page")
    assert_shown_escaped(own, where="the holder's certificate page")


def test_names_and_organisation_in_the_register_are_escaped(client):
    certificate = _certified(
        full_name=payload("李", 150), latin_name=payload("LI", 150), organisation=payload("公司")
    )
    certificate_services.join_register(
        holder=certificate.holder, show_organisation=True, province="32"
    )

    response = client.get(reverse("auditor_register"), {"name": "李"})

    assert_shown_escaped(response, where="the auditor register")


def test_a_suspension_reason_on_the_verification_page_is_escaped(client, world):
    certificate = _certified(full_name="赵六")
    certificate_services.suspend(
        certificate=certificate, actor=world.users["officer"], reason=payload("调查中")
    )

    response = client.get(reverse("verify:certificate", kwargs={"code": certificate.code}))

    assert_shown_escaped(response, where="the verification page of a suspended certificate")


# --- Disclosure: enterprise details, report texts, amendment reasons, audits ---------------


def _published_report(enterprise, user, *, year=YEAR):
    draft = disclosure_services.open_annual_report(enterprise=enterprise, year=year, user=user)
    disclosure_services.update_basic_information(
        version=draft,
        user=user,
        products=payload("硫酸"),
        permit_number="91320583XSS001P",
        permit_authority=payload("生态环境局"),
    )
    disclosure_services.replace_discharges(
        version=draft,
        user=user,
        records=[
            disclosure_services.build_discharge(
                version=draft,
                outlet_code="DA001",
                outlet_name=payload("排口", 100),
                pollutant=pollutant("so2"),
                method=Method.MONITORING,
                concentration=Decimal("20"),
                concentration_unit="mg_m3",
            )
        ],
    )
    disclosure_services.save_audit(
        version=draft,
        user=user,
        round=1,
        team=[{"name": payload("审核员", 100), "role": payload("组长", 50)}],
        options=[
            {
                "title": payload("余热回收"),
                "cost_class": CPOption.CostClass.MID_HIGH,
                "status": CPOption.Status.IMPLEMENTED,
            }
        ],
        compulsory=True,
        bases=["exceeds_standards"],
        consultancy=payload("咨询公司"),
        phases={"1": {"start": f"{year}-03-01", "end": f"{year}-03-20"}},
    )
    return disclosure_services.submit_version(
        version=draft, user=user, signed_name=payload("张三", 100)
    )


@pytest.fixture
def hostile_enterprise():
    enterprise = make_enterprise(
        name=payload("化工有限公司", 200),
        name_en=payload("Chemicals", 200),
        address=payload("江苏省"),
        legal_representative=payload("法人", 100),
    )
    list_enterprise(enterprise, YEAR, source_document=payload("名录"))
    return enterprise


def test_enterprise_details_on_the_portal_are_escaped(client, hostile_enterprise):
    user = make_member(hostile_enterprise)
    _published_report(hostile_enterprise, user)
    disclosure_services.record_audit_result(
        enterprise=hostile_enterprise,
        round=1,
        stage=AuditResult.Stage.ASSESSMENT,
        outcome=AuditResult.Outcome.PASSED,
        decided_on=timezone.localdate(),
        authority=payload("评估机构"),
        notes=payload("意见"),
        user=make_reviewer(),
    )

    profile = client.get(
        reverse("disclosure:enterprise", kwargs={"credit_code": hostile_enterprise.credit_code})
    )
    search = client.get(reverse("disclosure:home"), {"q": hostile_enterprise.credit_code})

    assert_shown_escaped(profile, where="the enterprise profile")
    assert_shown_escaped(search, where="the portal's search results")


def test_report_texts_and_the_amendment_reason_are_escaped(client, hostile_enterprise):
    user = make_member(hostile_enterprise)
    first = _published_report(hostile_enterprise, user)
    amendment = disclosure_services.start_amendment(report=first.report, user=user)
    disclosure_services.update_basic_information(
        version=amendment, user=user, change_summary=payload("更正"), products="硫酸"
    )
    disclosure_services.submit_version(version=amendment, user=user, signed_name="张三")
    public_id = first.report.public_id

    report = client.get(reverse("disclosure:report", kwargs={"public_id": public_id}))
    earlier = client.get(
        reverse("disclosure:report", kwargs={"public_id": public_id}), {"version": 1}
    )
    diff = client.get(reverse("disclosure:report_diff", kwargs={"public_id": public_id}))

    assert_shown_escaped(report, where="the report page with its changelog")
    assert_shown_escaped(earlier, where="the first version of the report")
    assert_shown_escaped(diff, where="the version diff")


def test_an_adhoc_report_description_is_escaped(client, hostile_enterprise):
    user = make_member(hostile_enterprise)
    report = disclosure_services.open_adhoc_report(
        enterprise=hostile_enterprise,
        trigger=Report.Trigger.PENALTY,
        trigger_date=timezone.localdate() - datetime.timedelta(days=2),
        description=payload("处罚决定"),
        user=user,
    )
    draft = disclosure_services.draft_for_adhoc(report=report, user=user)
    disclosure_services.update_basic_information(version=draft, user=user, products="硫酸")
    disclosure_services.submit_version(version=draft, user=user, signed_name="张三")

    response = client.get(reverse("disclosure:report", kwargs={"public_id": report.public_id}))

    assert_shown_escaped(response, where="the ad-hoc report page")


def test_the_filers_own_pages_escape_what_they_typed(client, hostile_enterprise):
    user = make_member(hostile_enterprise)
    draft = disclosure_services.open_annual_report(
        enterprise=hostile_enterprise, year=YEAR, user=user
    )
    disclosure_services.update_basic_information(
        version=draft, user=user, products=payload("硫酸"), permit_authority=payload("局")
    )
    client.force_login(user)
    public_id = draft.report.public_id

    for name in ("report", "basic", "review"):
        response = client.get(reverse(f"disclosure_manage:{name}", kwargs={"public_id": public_id}))
        assert_shown_escaped(response, where=f"the filer's {name} page")


# --- Exams and cohorts: grader feedback, accommodation reasons, cohort details --------------


def test_grader_feedback_on_the_result_page_is_escaped(client, world):
    slot = world.slot
    exam_services.grade_essay(
        examiner=world.users["instructor"],
        slot=slot,
        points=Decimal("5"),
        feedback=payload("论证充分"),
    )
    attempt = Attempt.objects.get(pk=world.attempt.pk)
    if attempt.status != Attempt.Status.RELEASED:
        attempt.exam.results_release_at = timezone.now() - datetime.timedelta(minutes=1)
        attempt.exam.save(update_fields=["results_release_at"])
        exam_services.release_due_results()
    client.force_login(world.owner_user)

    response = client.get(reverse("exams:result", kwargs={"attempt_id": attempt.pk}))

    assert_shown_escaped(response, where="the trainee's result page")


def test_an_accommodation_reason_on_the_attempts_page_is_escaped(client, world):
    exam_services.set_accommodation(
        examiner=world.users["instructor"],
        exam=world.exam,
        user=world.owner_user,
        extra_minutes=15,
        extra_attempts=0,
        reason=payload("视力障碍", 300),
    )
    client.force_login(world.users["instructor"])

    response = client.get(reverse("exams:attempts", kwargs={"exam_id": world.exam.pk}))

    assert_shown_escaped(response, where="the examiner's attempts page")


def test_cohort_details_on_the_course_page_are_escaped(client, world):
    Cohort.objects.filter(pk=world.cohort.pk).update(
        name=payload("第一期", 200), location=payload("北京", 300)
    )
    client.force_login(world.owner_user)

    public = client.get(world.course.url)
    learning = client.get(reverse("courses:my_learning"))

    assert_shown_escaped(public, where="the course page")
    assert_shown_escaped(learning, where="the trainee's learning page")
