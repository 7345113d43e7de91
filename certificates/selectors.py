"""Reads for certificate verification: what anyone may learn about a certificate."""

import unicodedata

from django.conf import settings
from django.utils import timezone

from certificates import codes
from certificates.models import Certificate

PUBLIC_RELATED = ("certificate_type", "replaces", "replaced_by")


def _public_queryset():
    return Certificate.objects.select_related(*PUBLIC_RELATED)


def certificate_by_code(*, code: str) -> Certificate | None:
    """The certificate for a typed or scanned code; None for malformed or unknown codes."""
    canonical = codes.normalise(code or "")
    if canonical is None:
        return None
    return _public_queryset().filter(code=canonical).first()


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name or "").casefold()
    return "".join(character for character in text if character.isalnum())


def name_matches(certificate: Certificate, name: str) -> bool:
    """Whether ``name`` is the holder's Chinese or Latin name (case, width, spaces ignored)."""
    key = name_key(name)
    return bool(key) and key in {
        name_key(certificate.holder_name),
        name_key(certificate.holder_latin_name),
    }


def certificate_by_number_and_name(*, number: str, name: str) -> Certificate | None:
    """Only a matching holder name (Chinese or Latin) reveals the certificate, so numbers
    cannot be enumerated to collect holders' names."""
    certificate = _public_queryset().filter(number=(number or "").strip().upper()).first()
    if certificate is None or not name_matches(certificate, name):
        return None
    return certificate


def verification_url(certificate: Certificate) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/verify/{certificate.code}/"


def public_record(certificate: Certificate) -> dict:
    """The API's stable schema: every field printed on the certificate, plus its status."""
    replaced_by = getattr(certificate, "replaced_by", None)
    return {
        "code": certificate.code,
        "number": certificate.number,
        "status": certificate.status(),
        "holder": {"name": certificate.holder_name, "latin_name": certificate.holder_latin_name},
        "certificate_type": {
            "prefix": certificate.certificate_type.prefix,
            "name_zh": certificate.certificate_type.name_zh,
            "name_en": certificate.certificate_type.name_en,
        },
        "course": {
            "title_zh": certificate.course_title_zh,
            "title_en": certificate.course_title_en,
        },
        "hours": certificate.hours,
        "completed_on": certificate.completed_on.isoformat(),
        "issued_on": timezone.localdate(certificate.issued_at).isoformat(),
        "valid_until": certificate.valid_until.isoformat() if certificate.valid_until else None,
        "issuer": {
            "name_zh": certificate.certificate_type.issuer_name_zh,
            "name_en": certificate.certificate_type.issuer_name_en,
        },
        "state_changed_on": timezone.localdate(certificate.state_changed_at).isoformat()
        if certificate.state_changed_at
        else None,
        "state_reason": certificate.state_reason or None,
        "replaces": certificate.replaces.code if certificate.replaces else None,
        "replaced_by": replaced_by.code if replaced_by else None,
        "verification_url": verification_url(certificate),
        "checked_at": timezone.now().isoformat(timespec="seconds"),
    }


def holder_certificates(*, user):
    return _public_queryset().filter(holder=user).order_by("-issued_at")
