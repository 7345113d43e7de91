"""People and certificates built for one certificates test."""

import datetime

from django.utils import timezone

from accounts.roles import Role
from certificates.models import Certificate, CertificateType
from certificates.services import issue_certificate, reissue_after_correction, revoke, suspend
from tests.factories import make_user

# What each prefix the tests use stands for: the kinds of certificate a real site issues.
KINDS = {
    "CPA": ("清洁生产审核师证书", "Certificate of Cleaner Production Auditor", "auditor", 3),
    "CPO": ("政府工作人员清洁生产培训结业证明", "Officer training completion", "officer", None),
    "CPU1": ("高校课程模块学习证明", "University module statement", "university", None),
}


def make_certificate_type(prefix: str = "CPA", **fields) -> CertificateType:
    """The certificate type with ``prefix``, made with a course of its own (titles in both
    languages, no lessons) the first time a test asks for it. Auditor certificates (CPA)
    expire and are in the public register."""
    existing = CertificateType.objects.filter(prefix=prefix).first()
    if existing is not None:
        return existing
    from tests.courses.builders import build_course

    name_zh, name_en, track, validity_years = KINDS[prefix]
    return CertificateType.objects.create(
        prefix=prefix,
        name_zh=name_zh,
        name_en=name_en,
        # A certificate needs only its course's titles and hours: no units or lessons, which
        # are the slow part of building a course.
        course=fields.pop("course", None) or build_course(units=(), track=track, with_english=True),
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


# --- Certificates in each status a verifier can meet, through the real services ---------------
# The holders get names of their own, so a test can tell the certificates apart by name.

STATUS_HOLDERS = {
    "valid": ("李学员", "LI Ming"),
    "expired": ("张伟", "ZHANG Wei"),
    "suspended": ("杨静", "YANG Jing"),
    "revoked": ("刘洋", "LIU Yang"),
    "replaced": ("王芳", "WANG Fang"),
}


def _holder_for(status: str, holder):
    if holder is not None:
        return holder
    full_name, latin_name = STATUS_HOLDERS[status]
    return make_user(full_name=full_name, latin_name=latin_name)


def _officer(officer):
    return officer or make_certification_officer()


def make_valid_certificate(*, holder=None, **fields) -> Certificate:
    """A valid auditor certificate (CPA, expires in three years) completed today."""
    return make_certificate(holder=_holder_for("valid", holder), **fields)


def make_expired_certificate(*, holder=None, **fields) -> Certificate:
    """An auditor certificate completed four years ago, so its three years are over."""
    completed_on = timezone.localdate() - datetime.timedelta(days=4 * 365)
    certificate = make_certificate(
        holder=_holder_for("expired", holder), completed_on=completed_on, **fields
    )
    assert certificate.status() == Certificate.Status.EXPIRED
    return certificate


def make_suspended_certificate(
    *, holder=None, officer=None, reason: str = "Under review after a complaint", **fields
) -> Certificate:
    """A certificate suspended by a certification officer (services.suspend)."""
    certificate = make_certificate(holder=_holder_for("suspended", holder), **fields)
    return suspend(certificate=certificate, actor=_officer(officer), reason=reason)


def make_revoked_certificate(
    *, holder=None, officer=None, reason: str = "Audit report found to be falsified", **fields
) -> Certificate:
    """A certificate revoked by a certification officer (services.revoke)."""
    certificate = make_certificate(holder=_holder_for("revoked", holder), **fields)
    return revoke(certificate=certificate, actor=_officer(officer), reason=reason)


def make_replaced_certificate(
    *, holder=None, officer=None, reason: str = "Holder's name corrected", **fields
) -> Certificate:
    """The old certificate of a re-issue after a correction (services.reissue_after_correction);
    ``certificate.replaced_by`` is its replacement."""
    old = make_certificate(holder=_holder_for("replaced", holder), **fields)
    reissue_after_correction(certificate=old, actor=_officer(officer), reason=reason)
    return Certificate.objects.select_related("replaced_by", "replaces", "certificate_type").get(
        pk=old.pk
    )


def make_certificate_in_status(status: str, **fields) -> Certificate:
    """A certificate whose ``status()`` is ``status`` (valid, expired, suspended, revoked or
    replaced), read back with what the verification page shows."""
    builder = {
        "valid": make_valid_certificate,
        "expired": make_expired_certificate,
        "suspended": make_suspended_certificate,
        "revoked": make_revoked_certificate,
        "replaced": make_replaced_certificate,
    }[status]
    built = builder(**fields)
    certificate = Certificate.objects.select_related(
        "replaced_by", "replaces", "certificate_type"
    ).get(pk=built.pk)
    assert certificate.status() == status
    return certificate
