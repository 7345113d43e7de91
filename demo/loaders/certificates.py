# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""Certificate types for the demo courses, and demo certificates in every status."""

import datetime

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from certificates.models import Certificate, CertificateEvent, CertificateType, RegisterEntry
from certificates.services import (
    approve_manual_issue,
    issue_certificate,
    reissue_after_correction,
    request_manual_issue,
    revoke,
    suspend,
)
from core.regions import PROVINCES
from courses.models import CoursePage

ISSUER_ZH = "CP Hub 国家清洁生产培训中心（示范）"
ISSUER_EN = "CP Hub National Cleaner Production Training Centre (demo)"

TYPES = {
    "auditor": ("CPA", "清洁生产审核师证书", "Certificate of Cleaner Production Auditor"),
    "officer": ("CPO", "政府工作人员清洁生产培训结业证明", "Officer training completion"),
    "introduction-to-cleaner-production": (
        "CPU1",
        "高校课程模块学习证明：清洁生产概论",
        "University module statement: Introduction to Cleaner Production",
    ),
    "cp-audit-methodology": (
        "CPU2",
        "高校课程模块学习证明：清洁生产审核方法",
        "University module statement: CP audit methodology",
    ),
}


REFRESHER_SLUG = "cp-auditor-refresher"


def ensure_certificate_types() -> None:
    for course in CoursePage.objects.filter(locale__language_code="zh-hans"):
        if course.slug == REFRESHER_SLUG:
            continue  # it renews auditor certificates; it has no type of its own
        key = (
            "auditor"
            if course.track == "auditor"
            else ("officer" if course.track == "officer" else course.slug)
        )
        if key not in TYPES or CertificateType.objects.filter(course=course).exists():
            continue
        prefix, name_zh, name_en = TYPES[key]
        CertificateType.objects.create(
            prefix=prefix,
            name_zh=name_zh,
            name_en=name_en,
            course=course,
            validity_years=course.certificate_validity_years,
            issuer_name_zh=ISSUER_ZH,
            issuer_name_en=ISSUER_EN,
            in_public_register=key == "auditor",
        )
    refresher = CoursePage.objects.filter(
        locale__language_code="zh-hans", slug=REFRESHER_SLUG
    ).first()
    if refresher is not None:
        CertificateType.objects.filter(prefix="CPA", refresher_course__isnull=True).update(
            refresher_course=refresher
        )


@transaction.atomic
def ensure_demo_certificates() -> None:
    """Certificates issued by hand showing each status a verifier can meet: each one requested
    by one certification officer and approved by the other, as the rules require. One more
    request waits for approval."""
    auditor = CertificateType.objects.get(prefix="CPA")
    if Certificate.objects.filter(issue_reason=Certificate.Reason.MANUAL).exists():
        return
    users = {user.email.split("@")[0]: user for user in User.objects.all()}
    requester, approver = users["certifier"], users["certifier2"]
    today = timezone.localdate()

    def manual(holder: User, completed_on: datetime.date) -> Certificate:
        return approve_manual_issue(
            issue_request=request_manual_issue(
                certificate_type=auditor,
                holder=holder,
                completed_on=completed_on,
                reason="Passed the paper exam of a classroom course. 参加面授课程并通过笔试。",
                requested_by=requester,
            ),
            approver=approver,
        )

    manual(
        users["trainee5"],
        today - datetime.timedelta(days=4 * 365),
    )
    suspend(
        certificate=manual(
            users["trainee6"],
            today - datetime.timedelta(days=200),
        ),
        actor=requester,
        reason="Under review after a complaint about an audit report. 因审核报告投诉正在复查。",
    )
    revoke(
        certificate=manual(
            users["trainee4"],
            today - datetime.timedelta(days=400),
        ),
        actor=approver,
        reason="Audit report found to be falsified. 经查审核报告存在造假。",
    )
    reissue_after_correction(
        certificate=manual(
            users["trainee3"],
            today - datetime.timedelta(days=100),
        ),
        actor=requester,
        reason="Holder's name corrected. 更正持证人姓名。",
    )
    officer_type = CertificateType.objects.filter(prefix="CPO").first()
    if officer_type is not None:
        request_manual_issue(
            certificate_type=officer_type,
            holder=users["officer"],
            completed_on=today - datetime.timedelta(days=30),
            reason="Completed the officer course in a classroom session. 参加面授培训并完成课程。",
            requested_by=requester,
        )


# Auditors certified over the past years, for the register and its figures. They have no
# password: they exist to be found, verified and named on audit teams in disclosures.
SURNAMES = [
    ("王", "WANG"),
    ("李", "LI"),
    ("张", "ZHANG"),
    ("刘", "LIU"),
    ("陈", "CHEN"),
    ("杨", "YANG"),
    ("赵", "ZHAO"),
    ("黄", "HUANG"),
    ("周", "ZHOU"),
    ("吴", "WU"),
    ("徐", "XU"),
    ("孙", "SUN"),
    ("胡", "HU"),
    ("朱", "ZHU"),
    ("高", "GAO"),
    ("林", "LIN"),
    ("何", "HE"),
    ("郭", "GUO"),
]
GIVEN_NAMES = [
    ("建国", "Jianguo"),
    ("丽华", "Lihua"),
    ("志强", "Zhiqiang"),
    ("秀英", "Xiuying"),
    ("海涛", "Haitao"),
    ("静", "Jing"),
    ("伟", "Wei"),
    ("敏", "Min"),
    ("晓东", "Xiaodong"),
    ("红梅", "Hongmei"),
    ("俊杰", "Junjie"),
    ("雪", "Xue"),
    ("磊", "Lei"),
    ("婷", "Ting"),
]
CONSULTANCIES = [
    "华清环境咨询有限公司",
    "绿源清洁生产技术服务中心",
    "中环节能环保科技有限公司",
    "蓝天环境工程设计院",
    "恒信环保咨询有限公司",
    "",
]
DEMO_AUDITOR_COUNT = 84
# Provinces with many heavy industries get more auditors, as in real registers.
WEIGHTED_PROVINCES = [
    "32",
    "37",
    "44",
    "33",
    "13",
    "41",
    "51",
    "42",
    "21",
    "34",
    "35",
    "11",
    "31",
    "14",
    "50",
    "61",
    "43",
    "36",
    "45",
    "12",
]


def _demo_auditor(index: int) -> User:
    surname, surname_latin = SURNAMES[index % len(SURNAMES)]
    given, given_latin = GIVEN_NAMES[(index * 5) % len(GIVEN_NAMES)]
    email = f"auditor{index:03d}@cphub.example"
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User(
            email=email,
            full_name=f"{surname}{given}",
            latin_name=f"{surname_latin} {given_latin}",
            organisation=CONSULTANCIES[index % len(CONSULTANCIES)],
            province=WEIGHTED_PROVINCES[
                int(len(WEIGHTED_PROVINCES) * ((index * 0.414214) % 1) ** 2)
            ]
            if index % 11
            else "",
        )
        user.set_unusable_password()
        user.save()
    return user


@transaction.atomic
def ensure_demo_register() -> None:
    """Certified auditors from 2021 on: some expired, some renewed, most listed."""
    auditor = CertificateType.objects.get(prefix="CPA")
    if Certificate.objects.filter(achievement_key__startswith="demo-register-").exists():
        return
    assert set(WEIGHTED_PROVINCES) <= set(PROVINCES)
    admin = User.objects.get(email="admin@cphub.example")
    today = timezone.localdate()
    for index in range(1, DEMO_AUDITOR_COUNT + 1):
        holder = _demo_auditor(index)
        # Spread over the last six years, more in recent ones.
        days_ago = int(2190 * ((index * 0.618034) % 1) ** 1.4)
        completed_on = today - datetime.timedelta(days=30 + days_ago)
        issued_at = timezone.make_aware(
            datetime.datetime.combine(completed_on + datetime.timedelta(days=3), datetime.time(10))
        )
        first = issue_certificate(
            certificate_type=auditor,
            holder=holder,
            achievement_key=f"demo-register-{index}",
            reason=Certificate.Reason.MANUAL,
            completed_on=completed_on,
            issued_by=admin,
            issued_at=issued_at,
            notify_holder=False,
        )
        current = first
        if first.valid_until and first.valid_until < today and index % 3:
            # Two in three expired auditors took the refresher course and were renewed.
            renewed_on = first.valid_until - datetime.timedelta(days=20)
            current = issue_certificate(
                certificate_type=auditor,
                holder=holder,
                achievement_key=f"renewal-of-{first.number}",
                reason=Certificate.Reason.RENEWAL,
                completed_on=renewed_on,
                issued_by=admin,
                replaces=first,
                valid_from=first.valid_until + datetime.timedelta(days=1),
                issued_at=timezone.make_aware(
                    datetime.datetime.combine(renewed_on, datetime.time(10))
                ),
                notify_holder=False,
            )
            CertificateEvent.objects.create(
                certificate=first,
                kind=CertificateEvent.Kind.REPLACED,
                reason=f"Renewed by {current.number} after a refresher course. "
                f"完成复训后换发为 {current.number}。",
            )
        if index % 4 and current.status() == Certificate.Status.VALID:
            RegisterEntry.objects.get_or_create(
                holder=holder, defaults={"show_organisation": index % 5 != 0}
            )
