"""One small, complete world for the security suite: a person in every role the issue names,
and one object behind every URL that names one.

Built once per test worker (see conftest.py) inside a transaction that is rolled back after the
security suite, so the rest of the test suite never sees it.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from accounts.models import User
from accounts.roles import Role
from certificates.models import Certificate, CertificateType, IssuerKey, ManualIssueRequest
from certificates.services import issue_certificate, request_manual_issue
from courses import services as course_services
from courses.models import Cohort, CoursePage, LessonPage
from disclosure import services as disclosure_services
from disclosure.models import (
    Enterprise,
    Holiday,
    Invitation,
    ListEntry,
    Pollutant,
    Report,
    ReportVersion,
    Sector,
    Standard,
    StandardLimit,
)
from exams import services as exam_services
from exams.models import Attempt, AttemptQuestion, Exam, ExamSection, Question, QuestionType
from tests.certificates.builders import make_certificate_type
from tests.content.builders import (
    build_news,
    build_news_index,
    build_regulation,
    build_regulation_index,
    build_standard_page,
)
from tests.courses.builders import build_cohort, build_course, lessons_of
from tests.disclosure.builders import (
    list_enterprise,
    make_enterprise,
    make_member,
    pollutant,
    publish_annual_report,
    standard_with_limit,
)
from tests.exams.builders import make_question
from tests.factories import make_user

# The columns of the access matrix, in the order the table lists them.
ACTORS = (
    "anonymous",
    "owner",  # the trainee whose enrolment, attempt and certificate the URLs name
    "other_trainee",
    "instructor",  # the instructor of the owner's cohort
    "other_instructor",  # an instructor of a cohort of another course
    "discloser",  # a discloser of the enterprise the URLs name
    "other_discloser",  # a discloser of another enterprise
    "reviewer",
    "editor",
    "officer",  # a certification officer
)

# Marker text stored in a draft report: it must never reach anyone but its enterprise.
CONFIDENTIAL_PRODUCTS = "机密产品 confidential products"


def certification_officer_role() -> Role | None:
    """The certification-officer role, once the certification chain defines it."""
    return getattr(Role, "CERTIFICATION_OFFICER", None)


def make_certification_officer(**fields) -> User:
    role = certification_officer_role()
    if role is None:
        # Before the role exists, a certification officer is staff with MFA and nothing more.
        return make_user(is_staff=True, mfa=True, **fields)
    return make_user(role=role, mfa=True, **fields)


@dataclass
class World:
    users: dict[str, User]
    course: CoursePage
    lesson: LessonPage
    cohort: Cohort
    other_cohort: Cohort
    enrolment_id: int
    exam: Exam
    question: Question
    attempt: Attempt
    slot: AttemptQuestion
    certificate: Certificate
    certificate_type: CertificateType
    issue_request: ManualIssueRequest
    issuer_key: IssuerKey
    enterprise: Enterprise
    other_enterprise: Enterprise
    published_report: Report
    published_version: ReportVersion
    draft_report: Report
    audit_round: int
    invitation: Invitation
    list_entry: ListEntry
    sector: Sector
    pollutant: Pollutant
    standard: Standard
    standard_limit: StandardLimit
    holiday: Holiday
    pages: dict[str, object] = field(default_factory=dict)

    def user(self, actor: str) -> User | None:
        return self.users.get(actor)

    @property
    def owner_user(self) -> User:
        return self.users["owner"]


def build_world() -> World:
    last_year = timezone.localdate().year - 1
    users: dict[str, User] = {
        "owner": make_user(full_name="王业主", latin_name="WANG Yezhu"),
        "other_trainee": make_user(full_name="李旁人", latin_name="LI Pangren"),
        "instructor": make_user(role=Role.INSTRUCTOR, mfa=True),
        "other_instructor": make_user(role=Role.INSTRUCTOR, mfa=True),
        "reviewer": make_user(role=Role.REVIEWER, mfa=True),
        "editor": make_user(role=Role.EDITOR, mfa=True),
        "officer": make_certification_officer(),
        # Not a column of the matrix: the hostile-input suite opens the administrators' own
        # pages (users, certificate types, issuer keys) as one.
        "administrator": make_user(is_staff=True, is_superuser=True, mfa=True),
    }
    owner = users["owner"]

    # --- Learning: a course, a cohort taught by "instructor" with the owner in it, and a cohort
    # of another course taught by "other_instructor".
    course = build_course(units=((True, False),))
    lesson = lessons_of(course)[0]
    cohort = build_cohort(course=course, instructor=users["instructor"])
    other_course = build_course(units=((True,),))
    other_cohort = build_cohort(course=other_course, instructor=users["other_instructor"])
    enrolment = course_services.enrol(user=owner, course=course, cohort=cohort)
    course_services.complete_lesson(user=owner, lesson=lesson, method="explicit")

    # --- Exams: the course's exam with one essay question; the owner's submitted attempt
    # waits for grading.
    question = make_question(QuestionType.ESSAY, topic="law")
    exam = Exam.objects.create(
        title_zh="安全测试考试",
        title_en="Security suite exam",
        course=course,
        time_limit_minutes=30,
        max_attempts=2,
        pass_mark_percent=50,
        review_policy=Exam.ReviewPolicy.RESPONSES,
    )
    ExamSection.objects.create(
        exam=exam,
        order=0,
        title_zh="论述",
        title_en="Essay",
        topics=["law"],
        question_types=[QuestionType.ESSAY],
        question_count=1,
    )
    Question.objects.filter(question_type=QuestionType.ESSAY).exclude(pk=question.pk).update(
        retired=True
    )
    attempt = exam_services.start_or_resume_attempt(exam=exam, user=owner)
    exam_services.save_answer(attempt=attempt, user=owner, position=1, response="我的论述。")
    attempt = exam_services.submit_attempt(attempt=attempt, user=owner)
    slot = attempt.questions.get(needs_grading=True)

    # --- Certificates: the owner holds an auditor certificate.
    certificate_type = make_certificate_type("CPA")
    certificate = issue_certificate(
        certificate_type=certificate_type,
        holder=owner,
        achievement_key=f"security-suite-{owner.pk}",
        reason=Certificate.Reason.MANUAL,
        completed_on=timezone.localdate() - datetime.timedelta(days=30),
        notify_holder=False,
    )
    # A second certification officer asked for a certificate by hand for the other trainee:
    # the request waits for an officer's approval.
    issue_request = request_manual_issue(
        certificate_type=certificate_type,
        holder=users["other_trainee"],
        completed_on=timezone.localdate() - datetime.timedelta(days=3),
        reason="培训记录补录",
        requested_by=make_certification_officer(),
    )
    issuer_key = IssuerKey.objects.create(kid="security-suite-key", public_key="A" * 43)

    # --- Disclosure: "discloser" acts for the enterprise, which has a published report and a
    # draft with an audit round; "other_discloser" acts for another enterprise.
    enterprise = make_enterprise()
    users["discloser"] = make_member(enterprise)
    other_enterprise = make_enterprise()
    users["other_discloser"] = make_member(other_enterprise)
    list_entry = list_enterprise(enterprise, last_year)
    standard_with_limit(number="GB 0000-2000", pollutant_code="so2", limit="100")
    published_version = publish_annual_report(
        enterprise,
        last_year - 1,
        user=users["discloser"],
        discharges=[
            {
                "pollutant": "so2",
                "concentration": Decimal("20"),
                "concentration_unit": "mg_m3",
                "quantity": Decimal("1.5"),
                "quantity_unit": "t",
            }
        ],
    )
    draft = disclosure_services.open_annual_report(
        enterprise=enterprise, year=last_year, user=users["discloser"]
    )
    disclosure_services.update_basic_information(
        version=draft, user=users["discloser"], products=CONFIDENTIAL_PRODUCTS
    )
    disclosure_services.save_audit(
        version=draft,
        user=users["discloser"],
        round=1,
        team=[],
        options=[],
        compulsory=False,
        voluntary_reason="自愿开展",
    )
    invitation = disclosure_services.invite(
        enterprise=enterprise, email="invitee@example.org", invited_by=users["reviewer"]
    )
    standard = Standard.objects.get(number="GB 0000-2000")
    holiday = Holiday.objects.get_or_create(
        date=datetime.date(last_year, 10, 1), defaults={"kind": Holiday.Kind.HOLIDAY}
    )[0]

    # --- Content: a page of each content type (the bare site has only the home pages and the
    # course catalogue).
    _build_content_pages()

    return World(
        users=users,
        course=course,
        lesson=lesson,
        cohort=cohort,
        other_cohort=other_cohort,
        enrolment_id=enrolment.pk,
        exam=exam,
        question=question,
        attempt=attempt,
        slot=slot,
        certificate=certificate,
        certificate_type=certificate_type,
        issue_request=issue_request,
        issuer_key=issuer_key,
        enterprise=enterprise,
        other_enterprise=other_enterprise,
        published_report=published_version.report,
        published_version=published_version,
        draft_report=draft.report,
        audit_round=1,
        invitation=invitation,
        list_entry=list_entry,
        sector=enterprise.sector,
        pollutant=pollutant("so2"),
        standard=standard,
        standard_limit=StandardLimit.objects.get(standard=standard),
        holiday=holiday,
        pages=_page_of_each_type(course=course, lesson=lesson),
    )


def _build_content_pages() -> None:
    """One live page of each content type (in both languages) under the home pages that
    tests.factories.build_site made: a standard page, the news index with an article and the
    regulation library with a regulation."""
    build_standard_page(slug="about")
    build_news(index=build_news_index())
    build_regulation(index=build_regulation_index())


def _page_of_each_type(*, course: CoursePage, lesson: LessonPage) -> dict[str, str]:
    """The address of one live Chinese page of each of our page types: the world's own
    course and content pages, and the bare site's home page and course catalogue."""
    from wagtail.models import Page, get_page_models

    addresses = {
        "courses.CoursePage": course.url,
        "courses.CourseUnitPage": lesson.get_parent().url,
        "courses.LessonPage": lesson.url,
    }
    for model in get_page_models():
        label = model._meta.label
        if label in addresses or model is Page:
            continue
        page = model.objects.live().filter(locale__language_code="zh-hans").first()
        if page is not None:
            addresses[label] = page.url
    return addresses
