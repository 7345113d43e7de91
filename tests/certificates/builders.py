"""People and certificates built for one certificates test."""

from django.utils import timezone

from accounts.roles import Role
from certificates.models import Certificate, CertificateType
from certificates.services import issue_certificate
from tests.factories import make_user


def make_certification_officer(*, mfa: bool = True, **fields):
    return make_user(role=Role.CERTIFICATION_OFFICER, mfa=mfa, **fields)


def make_certificate(*, holder=None, key: str | None = None, prefix: str = "CPA", **fields):
    """A valid certificate issued straight through the issuing primitive (no officer)."""
    holder = holder or make_user(full_name="赵六", latin_name="ZHAO Liu")
    return issue_certificate(
        certificate_type=CertificateType.objects.get(prefix=prefix),
        holder=holder,
        achievement_key=key or f"built-{holder.pk}",
        reason=Certificate.Reason.MANUAL,
        completed_on=fields.pop("completed_on", timezone.localdate()),
        **fields,
    )
