"""People and certificates built for one certificates test."""

from django.utils import timezone

from accounts.roles import Role
from certificates.models import Certificate, CertificateType
from certificates.services import issue_certificate
from tests.factories import make_user

# What each prefix the tests use stands for: the kinds of certificate a real site issues.
KINDS = {
    "CPA": ("清洁生产审核师证书", "Certificate of Cleaner Production Auditor", "auditor", 3),
    "CPO": ("政府工作人员清洁生产培训结业证明", "Officer training completion", "officer", None),
    "CPU1": ("高校课程模块学习证明", "University module statement", "university", None),
}


def make_certificate_type(prefix: str = "CPA", **fields) -> CertificateType:
    """The certificate type with ``prefix``, made with a small course of its own the first
    time a test asks for it. Auditor certificates (CPA) expire and are in the public
    register."""
    existing = CertificateType.objects.filter(prefix=prefix).first()
    if existing is not None:
        return existing
    from tests.courses.builders import build_course

    name_zh, name_en, track, validity_years = KINDS[prefix]
    return CertificateType.objects.create(
        prefix=prefix,
        name_zh=name_zh,
        name_en=name_en,
        course=fields.pop("course", None) or build_course(track=track, with_english=True),
        validity_years=fields.pop("validity_years", validity_years),
        issuer_name_zh="国家清洁生产培训中心",
        issuer_name_en="National Cleaner Production Training Centre",
        in_public_register=fields.pop("in_public_register", prefix == "CPA"),
        **fields,
    )


def make_certification_officer(*, mfa: bool = True, **fields):
    return make_user(role=Role.CERTIFICATION_OFFICER, mfa=mfa, **fields)


def make_certificate(*, holder=None, key: str | None = None, prefix: str = "CPA", **fields):
    """A valid certificate issued straight through the issuing primitive (no officer)."""
    holder = holder or make_user(full_name="赵六", latin_name="ZHAO Liu")
    return issue_certificate(
        certificate_type=make_certificate_type(prefix),
        holder=holder,
        achievement_key=key or f"built-{holder.pk}",
        reason=Certificate.Reason.MANUAL,
        completed_on=fields.pop("completed_on", timezone.localdate()),
        **fields,
    )
