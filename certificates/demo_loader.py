# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""Certificate types for the demo courses, and demo certificates in every status."""

import datetime

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from certificates.models import Certificate, CertificateType
from certificates.services import issue_certificate, reissue_after_correction, revoke, suspend
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


def ensure_certificate_types() -> None:
    for course in CoursePage.objects.filter(locale__language_code="zh-hans"):
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
        )


@transaction.atomic
def ensure_demo_certificates() -> None:
    """Manually issued demo certificates showing each status a verifier can meet."""
    auditor = CertificateType.objects.get(prefix="CPA")
    if Certificate.objects.filter(issue_reason=Certificate.Reason.MANUAL).exists():
        return
    users = {user.email.split("@")[0]: user for user in User.objects.all()}
    admin = users["admin"]
    today = timezone.localdate()

    def manual(holder: User, key: str, completed_on: datetime.date) -> Certificate:
        return issue_certificate(
            certificate_type=auditor,
            holder=holder,
            achievement_key=f"demo-{key}",
            reason=Certificate.Reason.MANUAL,
            completed_on=completed_on,
            issued_by=admin,
        )

    manual(users["trainee5"], "expired", today - datetime.timedelta(days=4 * 365))
    suspend(
        certificate=manual(users["trainee6"], "suspended", today - datetime.timedelta(days=200)),
        actor=admin,
        reason="Under review after a complaint about an audit report. 因审核报告投诉正在复查。",
    )
    revoke(
        certificate=manual(users["trainee4"], "revoked", today - datetime.timedelta(days=400)),
        actor=admin,
        reason="Audit report found to be falsified. 经查审核报告存在造假。",
    )
    reissue_after_correction(
        certificate=manual(users["trainee3"], "corrected", today - datetime.timedelta(days=100)),
        actor=admin,
        reason="Holder's name corrected. 更正持证人姓名。",
    )
