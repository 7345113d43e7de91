"""Issuing certificates and changing their state. Every change is an audited event."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from accounts.models import User
from certificates import codes
from certificates.models import (
    Certificate,
    CertificateEvent,
    CertificateType,
    IssuerKey,
    ManualIssueRequest,
    NumberSequence,
    RegisterEntry,
)

# One permission per privileged action (accounts/roles.py gives them to certification officers
# only). Every check also needs MFA, and no one acts on their own certificate.
VIEW_RECORDS = "certificates.view_certificate_records"
REQUEST_MANUAL_ISSUE = "certificates.request_manual_issue"
APPROVE_MANUAL_ISSUE = "certificates.approve_manual_issue"
SUSPEND = "certificates.suspend_certificate"
REINSTATE = "certificates.reinstate_certificate"
REVOKE = "certificates.revoke_certificate"
REISSUE = "certificates.reissue_certificate"
MARK_KEY_COMPROMISED = "certificates.mark_issuer_key_compromised"


def may(user, permission: str) -> bool:
    """Whether ``user`` may take the action guarded by ``permission`` (it and MFA)."""
    from accounts.selectors import user_has_mfa

    return bool(
        user.is_authenticated
        and user.is_active
        and user.has_perm(permission)
        and user_has_mfa(user=user)
    )


def _require(user, permission: str) -> None:
    if not may(user, permission):
        raise PermissionDenied(
            _("Only certification officers with two-factor authentication can do this.")
        )


def _stated(text: str, *, missing: str | None, limit: int = 500) -> str:
    """A reason or note as it is stored: trimmed; refused when missing (unless optional), too
    long for its column, or holding NUL, which databases cannot store."""
    text = (text or "").strip()
    if not text and missing is not None:
        raise ValidationError(missing)
    if "\x00" in text:
        raise ValidationError(_("The text contains a character that cannot be stored."))
    if len(text) > limit:
        raise ValidationError(
            _("Keep it to %(limit)d characters; this is %(length)d.")
            % {"limit": limit, "length": len(text)}
        )
    return text


def _refuse_own(*, actor: User, holder: User) -> None:
    if actor.pk == holder.pk:
        raise PermissionDenied(
            _("No one may act on their own certificate: another certification officer must.")
        )


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
    valid_from: datetime.date | None = None,
    issued_at: datetime.datetime | None = None,
    notify_holder: bool = True,
    event_reason: str | None = None,
) -> Certificate:
    """Issue one certificate for one achievement; asking again returns the same certificate.

    Validity runs from ``valid_from`` (default: the completion day). ``issued_at`` is only
    given when recording a certificate issued earlier (e.g. the demo's history), usually with
    ``notify_holder=False``."""
    existing = Certificate.objects.filter(
        certificate_type=certificate_type, achievement_key=achievement_key
    ).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            now = issued_at or timezone.now()
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
                valid_until=_add_years(valid_from or completed_on, certificate_type.validity_years)
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
                reason=reason if event_reason is None else event_reason,
            )
    except IntegrityError:
        # The same achievement was issued by a concurrent request: that one stands.
        return Certificate.objects.get(
            certificate_type=certificate_type, achievement_key=achievement_key
        )
    from certificates.notifications import notify_issued
    from certificates.tasks import prerender_pdf_after_issue

    if notify_holder:
        transaction.on_commit(lambda: notify_issued(certificate=certificate))
    prerender_pdf_after_issue(certificate=certificate)
    return certificate


def issue_for_passed_exam(*, attempt, course, user) -> Certificate | None:
    """The receiver of exams' ``final_exam_passed``: the course's certificate, once per holder
    however many attempts pass (a revoked certificate is not undone by passing again); for a
    refresher course, the renewal of the holder's certificate."""
    renewed_type = CertificateType.objects.filter(
        refresher_course__translation_key=course.translation_key
    ).first()
    if renewed_type is not None:
        return renew_after_refresher(certificate_type=renewed_type, holder=user, attempt=attempt)
    certificate_type = CertificateType.objects.filter(
        course__translation_key=course.translation_key
    ).first()
    if certificate_type is None:
        return None
    # Certificates issued before the key named the course were keyed on the attempt.
    earlier = (
        Certificate.objects.filter(
            certificate_type=certificate_type,
            holder=user,
            issue_reason=Certificate.Reason.EXAM_PASSED,
        )
        .order_by("issued_at", "pk")
        .first()
    )
    if earlier is not None:
        return earlier
    return issue_certificate(
        certificate_type=certificate_type,
        holder=user,
        achievement_key=f"course-{certificate_type.course_id}-passed-by-{user.pk}",
        reason=Certificate.Reason.EXAM_PASSED,
        completed_on=timezone.localdate(attempt.released_at or attempt.submitted_at),
        exam_attempt=attempt,
    )


# A certificate can be renewed in its last year or at any time after it expired.
RENEWAL_WINDOW = datetime.timedelta(days=365)


def renewable_certificate(
    *, certificate_type: CertificateType, holder: User, on: datetime.date | None = None
) -> Certificate | None:
    """The certificate a refresher course would renew: the holder's current one of that type,
    expiring within a year or expired, and not suspended, revoked or already replaced."""
    on = on or timezone.localdate()
    return (
        Certificate.objects.filter(
            certificate_type=certificate_type,
            holder=holder,
            state=Certificate.State.ACTIVE,
            replaced_by__isnull=True,
            valid_until__isnull=False,
            valid_until__lte=on + RENEWAL_WINDOW,
        )
        .order_by("-issued_at", "-pk")
        .first()
    )


def renew_after_refresher(
    *, certificate_type: CertificateType, holder: User, attempt
) -> Certificate | None:
    """A new certificate linked to the one it renews. Renewing early loses no time: the new
    validity runs from the old expiry; after expiry it runs from the day of passing. Holders
    with nothing to renew (never certified, not yet in the last year, suspended, revoked)
    get no certificate."""
    completed_on = timezone.localdate(attempt.released_at or attempt.submitted_at)
    with transaction.atomic():
        old = renewable_certificate(
            certificate_type=certificate_type, holder=holder, on=completed_on
        )
        if old is None:
            return None
        old = Certificate.objects.select_for_update().get(pk=old.pk)
        if hasattr(old, "replaced_by"):
            return old.replaced_by
        valid_from = completed_on
        if old.valid_until is not None and old.valid_until >= completed_on:
            valid_from = old.valid_until + datetime.timedelta(days=1)
        new = issue_certificate(
            certificate_type=certificate_type,
            holder=holder,
            achievement_key=f"renewal-of-{old.number}",
            reason=Certificate.Reason.RENEWAL,
            completed_on=completed_on,
            exam_attempt=attempt,
            replaces=old,
            valid_from=valid_from,
        )
        CertificateEvent.objects.create(
            certificate=old,
            kind=CertificateEvent.Kind.REPLACED,
            reason=_("Renewed by certificate %(number)s after a refresher course.")
            % {"number": new.number},
        )
    return new


def _refuse_if_certified(*, certificate_type: CertificateType, holder: User) -> None:
    current = (
        Certificate.objects.filter(
            certificate_type=certificate_type,
            holder=holder,
            state=Certificate.State.ACTIVE,
            replaced_by__isnull=True,
        )
        .filter(
            models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=timezone.localdate())
        )
        .first()
    )
    if current is not None:
        raise ValidationError(
            _(
                "The holder already has a valid certificate of this type (%(number)s); "
                "re-issue that one if its details are wrong."
            )
            % {"number": current.number}
        )


def request_manual_issue(
    *,
    certificate_type: CertificateType,
    holder: User,
    completed_on: datetime.date,
    reason: str,
    requested_by: User,
) -> ManualIssueRequest:
    """A certification officer asks for a certificate outside the exam route. Nothing is
    issued until a second certification officer approves the request."""
    _require(requested_by, REQUEST_MANUAL_ISSUE)
    if holder.pk == requested_by.pk:
        raise PermissionDenied(
            _("No one may issue themselves a certificate: another certification officer must.")
        )
    reason = _stated(reason, missing=_("Give a reason for issuing by hand."), limit=300)
    if completed_on > timezone.localdate():
        raise ValidationError(_("The completion date cannot be in the future."))
    _refuse_if_certified(certificate_type=certificate_type, holder=holder)
    already_waiting = ValidationError(
        _("A request for this holder and certificate type is already waiting for approval.")
    )
    pending = ManualIssueRequest.objects.filter(
        certificate_type=certificate_type,
        holder=holder,
        decision=ManualIssueRequest.Decision.PENDING,
    )
    if pending.exists():
        raise already_waiting
    try:
        with transaction.atomic():
            return ManualIssueRequest.objects.create(
                certificate_type=certificate_type,
                holder=holder,
                completed_on=completed_on,
                reason=reason,
                requested_by=requested_by,
            )
    except IntegrityError:
        # A concurrent request for the same holder and type was saved first.
        raise already_waiting from None


def _decidable(issue_request: ManualIssueRequest, approver: User) -> ManualIssueRequest:
    """The request, locked, once the approver is allowed to decide it."""
    _require(approver, APPROVE_MANUAL_ISSUE)
    locked = (
        # Only the request row is locked. Its certificate is not joined: a request approved
        # while this one waited for the lock names a certificate the join would not see yet.
        ManualIssueRequest.objects.select_for_update(of=("self",))
        .select_related("certificate_type", "holder", "requested_by")
        .get(pk=issue_request.pk)
    )
    if locked.requested_by_id == approver.pk:
        raise PermissionDenied(
            _("You made this request: another certification officer must decide it.")
        )
    if locked.holder_id == approver.pk:
        raise PermissionDenied(
            _("No one may issue themselves a certificate: another certification officer must.")
        )
    return locked


def approve_manual_issue(
    *, issue_request: ManualIssueRequest, approver: User, note: str = ""
) -> Certificate:
    """Issue the requested certificate. The request row is locked, so a double click or two
    officers approving at once issue one certificate; its history names both officers."""
    note = _stated(note, missing=None)
    with transaction.atomic():
        locked = _decidable(issue_request, approver)
        if locked.decision == ManualIssueRequest.Decision.APPROVED:
            return locked.certificate
        if locked.decision == ManualIssueRequest.Decision.REJECTED:
            raise ValidationError(_("This request was rejected; it cannot be approved."))
        _refuse_if_certified(certificate_type=locked.certificate_type, holder=locked.holder)
        certificate = issue_certificate(
            certificate_type=locked.certificate_type,
            holder=locked.holder,
            achievement_key=f"manual-request-{locked.pk}",
            reason=Certificate.Reason.MANUAL,
            completed_on=locked.completed_on,
            issued_by=approver,
            event_reason=note,
        )
        CertificateEvent.objects.create(
            certificate=certificate,
            kind=CertificateEvent.Kind.REQUESTED,
            at=locked.requested_at,
            actor=locked.requested_by,
            reason=locked.reason,
        )
        locked.decision = ManualIssueRequest.Decision.APPROVED
        locked.decided_by = approver
        locked.decided_at = timezone.now()
        locked.decision_reason = note
        locked.certificate = certificate
        locked.save(
            update_fields=["decision", "decided_by", "decided_at", "decision_reason", "certificate"]
        )
    return certificate


def reject_manual_issue(
    *, issue_request: ManualIssueRequest, approver: User, reason: str
) -> ManualIssueRequest:
    """Turn a request down with a reason; nothing is issued."""
    with transaction.atomic():
        locked = _decidable(issue_request, approver)
        if locked.decision != ManualIssueRequest.Decision.PENDING:
            raise ValidationError(_("This request has already been decided."))
        reason = _stated(reason, missing=_("Give a reason for rejecting the request."))
        locked.decision = ManualIssueRequest.Decision.REJECTED
        locked.decided_by = approver
        locked.decided_at = timezone.now()
        locked.decision_reason = reason
        locked.save(update_fields=["decision", "decided_by", "decided_at", "decision_reason"])
    return locked


def _change_state(
    *,
    certificate: Certificate,
    actor: User,
    permission: str,
    state: str,
    kind: str,
    reason: str,
    allowed_from,
) -> Certificate:
    _require(actor, permission)
    _refuse_own(actor=actor, holder=certificate.holder)
    reason = _stated(reason, missing=_("Give a reason; it is shown on the verification page."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.state not in allowed_from:
            raise ValidationError(_("The certificate cannot change that way from its state."))
        certificate.state = state
        certificate.state_changed_at = timezone.now()
        certificate.state_reason = reason
        certificate.save(update_fields=["state", "state_changed_at", "state_reason"])
        CertificateEvent.objects.create(
            certificate=certificate, kind=kind, actor=actor, reason=reason
        )
    return certificate


def suspend(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    return _change_state(
        certificate=certificate,
        actor=actor,
        permission=SUSPEND,
        state=Certificate.State.SUSPENDED,
        kind=CertificateEvent.Kind.SUSPENDED,
        reason=reason,
        allowed_from={Certificate.State.ACTIVE},
    )


def reinstate(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    return _change_state(
        certificate=certificate,
        actor=actor,
        permission=REINSTATE,
        state=Certificate.State.ACTIVE,
        kind=CertificateEvent.Kind.REINSTATED,
        reason=reason,
        allowed_from={Certificate.State.SUSPENDED},
    )


def revoke(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    return _change_state(
        certificate=certificate,
        actor=actor,
        permission=REVOKE,
        state=Certificate.State.REVOKED,
        kind=CertificateEvent.Kind.REVOKED,
        reason=reason,
        allowed_from={Certificate.State.ACTIVE, Certificate.State.SUSPENDED},
    )


def reissue_after_correction(*, certificate: Certificate, actor: User, reason: str) -> Certificate:
    """A new certificate with the holder's corrected details; the old one shows as replaced
    and stays verifiable."""
    _require(actor, REISSUE)
    _refuse_own(actor=actor, holder=certificate.holder)
    reason = _stated(reason, missing=_("Give a reason; it is shown on the verification page."))
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


def mark_issuer_key_compromised(*, key: IssuerKey, actor: User, reason: str) -> IssuerKey:
    """Withdraw a signing key that may be in someone else's hands. It leaves the published
    keys, nothing is signed with it again, and every credential naming it fails the check;
    holders download their credentials again once a new key is configured."""
    _require(actor, MARK_KEY_COMPROMISED)
    reason = _stated(reason, missing=_("Give a reason for withdrawing the key."))
    with transaction.atomic():
        locked = IssuerKey.objects.select_for_update().get(pk=key.pk)
        if locked.compromised_at is None:
            locked.compromised_at = timezone.now()
            locked.compromised_by = actor
            locked.compromised_reason = reason
            locked.save(update_fields=["compromised_at", "compromised_by", "compromised_reason"])
    return locked


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


def register_eligible(*, holder: User) -> bool:
    """Whether the holder has a valid certificate of a type listed in the public register."""
    from certificates.selectors import valid_register_certificates

    return valid_register_certificates().filter(holder=holder).exists()


def join_register(*, holder: User, show_organisation: bool, province: str) -> RegisterEntry:
    """List the holder in the public register of certified auditors (their own choice)."""
    from core.regions import PROVINCES

    if not register_eligible(holder=holder):
        raise ValidationError(
            _("Only holders of a valid auditor certificate can be listed in the register.")
        )
    if province and province not in PROVINCES:
        raise ValidationError(_("Choose a province from the list."))
    with transaction.atomic():
        if province != holder.province:
            holder.province = province
            holder.save(update_fields=["province"])
        entry, _created = RegisterEntry.objects.update_or_create(
            holder=holder, defaults={"show_organisation": show_organisation}
        )
    return entry


def leave_register(*, holder: User) -> None:
    RegisterEntry.objects.filter(holder=holder).delete()
