"""Issuing certificates and changing their state. Every change is an audited event."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from accounts.models import User
from certificates import codes
from certificates.models import Certificate, CertificateEvent, CertificateType, NumberSequence


def _next_number(certificate_type: CertificateType, year: int) -> str:
    sequence, _created = NumberSequence.objects.select_for_update().get_or_create(
        certificate_type=certificate_type, year=year
    )
    sequence.last_number += 1
    sequence.save(update_fields=["last_number"])
    return f"{certificate_type.prefix}-{year}-{sequence.last_number:06d}"


def _unique_code() -> str:
    while True:
        code = codes.new_code()
        if not Certificate.objects.filter(code=code).exists():
            return code


def _add_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _course_titles(course) -> tuple[str, str]:
    english = course.get_translation_or_none(Locale.objects.get(language_code="en"))
    return course.title, (english.title if english else course.title)


def issue_certificate(
    *,
    certificate_type: CertificateType,
    holder: User,
    achievement_key: str,
    reason: str,
    completed_on: datetime.date,
    exam_attempt=None,
    issued_by: User | None = None,
    replaces: Certificate | None = None,
) -> Certificate:
    """Issue one certificate for one achievement; asking again returns the same certificate."""
    existing = Certificate.objects.filter(
        certificate_type=certificate_type, achievement_key=achievement_key
    ).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            now = timezone.now()
            title_zh, title_en = _course_titles(certificate_type.course)
            certificate = Certificate.objects.create(
                certificate_type=certificate_type,
                number=_next_number(certificate_type, timezone.localdate(now).year),
                code=_unique_code(),
                holder=holder,
                holder_name=holder.full_name or holder.email,
                holder_latin_name=holder.latin_name,
                course_title_zh=title_zh,
                course_title_en=title_en,
                hours=certificate_type.course.duration_hours,
                completed_on=completed_on,
                issued_at=now,
                valid_until=_add_years(completed_on, certificate_type.validity_years)
                if certificate_type.validity_years
                else None,
                issue_reason=reason,
                achievement_key=achievement_key,
                exam_attempt=exam_attempt,
                replaces=replaces,
                issued_by=issued_by,
            )
            CertificateEvent.objects.create(
                certificate=certificate,
                kind=CertificateEvent.Kind.ISSUED,
                actor=issued_by,
                reason=reason,
            )
    except IntegrityError:
        # The same achievement was issued by a concurrent request: that one stands.
        return Certificate.objects.get(
            certificate_type=certificate_type, achievement_key=achievement_key
        )
    from certificates.notifications import notify_issued

    transaction.on_commit(lambda: notify_issued(certificate=certificate))
    return certificate


def issue_for_passed_exam(*, attempt, course, user) -> Certificate | None:
    """The receiver of exams' ``final_exam_passed``: the course's certificate, once."""
    certificate_type = CertificateType.objects.filter(
        course__translation_key=course.translation_key
    ).first()
    if certificate_type is None:
        return None
    return issue_certificate(
        certificate_type=certificate_type,
        holder=user,
        achievement_key=f"exam-attempt-{attempt.pk}",
        reason=Certificate.Reason.EXAM_PASSED,
        completed_on=timezone.localdate(attempt.released_at or attempt.submitted_at),
        exam_attempt=attempt,
    )


def issue_manually(
    *,
    certificate_type: CertificateType,
    holder: User,
    completed_on: datetime.date,
    reason: str,
    issued_by: User,
) -> Certificate:
    """Staff issue a certificate outside the exam route; the reason is kept in its history."""
    _require_staff(issued_by)
    if not reason.strip():
        raise ValidationError(_("Give a reason for issuing by hand."))
    certificate = issue_certificate(
        certificate_type=certificate_type,
        holder=holder,
        achievement_key=f"manual-{holder.pk}-{completed_on.isoformat()}",
        reason=Certificate.Reason.MANUAL,
        completed_on=completed_on,
        issued_by=issued_by,
    )
    CertificateEvent.objects.filter(
        certificate=certificate, kind=CertificateEvent.Kind.ISSUED
    ).update(reason=reason.strip())
    return certificate


def _require_staff(user: User) -> None:
    from accounts.selectors import user_has_mfa

    if not (user.is_staff and user_has_mfa(user=user)):
        raise PermissionDenied(_("Only staff with two-factor authentication can do this."))


def _change_state(
    *, certificate: Certificate, actor: User, state: str, kind: str, reason: str, allowed_from
) -> Certificate:
    _require_staff(actor)
    if not reason.strip():
        raise ValidationError(_("Give a reason; it is shown on the verification page."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.state not in allowed_from:
            raise ValidationError(_("The certificate cannot change that way from its state."))
        certificate.state = state
        certificate.state_changed_at = timezone.now()
        certificate.state_reason = reason.strip()
        certificate.save(update_fields=["state", "state_changed_at", "state_reason"])
        CertificateEvent.objects.create(
            certificate=certificate, kind=kind, actor=actor, reason=reason.strip()
        )
    return certificate


def suspend(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    return _change_state(
        certificate=certificate,
        actor=actor,
        state=Certificate.State.SUSPENDED,
        kind=CertificateEvent.Kind.SUSPENDED,
        reason=reason,
        allowed_from={Certificate.State.ACTIVE},
    )


def reinstate(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    return _change_state(
        certificate=certificate,
        actor=actor,
        state=Certificate.State.ACTIVE,
        kind=CertificateEvent.Kind.REINSTATED,
        reason=reason,
        allowed_from={Certificate.State.SUSPENDED},
    )


def revoke(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    return _change_state(
        certificate=certificate,
        actor=actor,
        state=Certificate.State.REVOKED,
        kind=CertificateEvent.Kind.REVOKED,
        reason=reason,
        allowed_from={Certificate.State.ACTIVE, Certificate.State.SUSPENDED},
    )


def reissue_after_correction(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    """A new certificate with the holder's corrected details; the old one shows as replaced
    and stays verifiable."""
    _require_staff(actor)
    if not reason.strip():
        raise ValidationError(_("Give a reason; it is shown on the verification page."))
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if hasattr(old, "replaced_by"):
            raise ValidationError(_("This certificate has already been replaced."))
        new = issue_certificate(
            certificate_type=old.certificate_type,
            holder=old.holder,
            achievement_key=f"correction-of-{old.number}",
            reason=Certificate.Reason.CORRECTION,
            completed_on=old.completed_on,
            exam_attempt=None,
            issued_by=actor,
            replaces=old,
        )
        if old.valid_until:
            Certificate.objects.filter(pk=new.pk).update(valid_until=old.valid_until)
            new.valid_until = old.valid_until
        CertificateEvent.objects.create(
            certificate=old, kind=CertificateEvent.Kind.REPLACED, actor=actor, reason=reason
        )
    return new


REMINDER_DAYS = (90, 30)


def send_expiry_reminders(*, today: datetime.date | None = None) -> int:
    """Email holders whose certificate expires in 90 or 30 days, once per reminder."""
    from certificates.notifications import notify_expiring

    today = today or timezone.localdate()
    sent = 0
    for days in REMINDER_DAYS:
        due = Certificate.objects.filter(
            state=Certificate.State.ACTIVE,
            replaced_by__isnull=True,
            valid_until__gt=today,
            valid_until__lte=today + datetime.timedelta(days=days),
        ).exclude(events__kind=CertificateEvent.Kind.EXPIRY_REMINDER, events__reason=str(days))
        for certificate in due.select_related("holder", "certificate_type"):
            with transaction.atomic():
                CertificateEvent.objects.create(
                    certificate=certificate,
                    kind=CertificateEvent.Kind.EXPIRY_REMINDER,
                    reason=str(days),
                )
                transaction.on_commit(lambda c=certificate: notify_expiring(certificate=c))
            sent += 1
    return sent
