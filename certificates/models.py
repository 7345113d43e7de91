import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import localized


class CertificateType(models.Model):
    """What kind of certificate a course leads to, with its number prefix and validity."""

    prefix = models.CharField(
        _("number prefix"),
        max_length=10,
        unique=True,
        help_text=_("e.g. CPA, as in CPA-2026-000123"),
    )
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    course = models.OneToOneField(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="certificate_type",
    )
    validity_years = models.PositiveSmallIntegerField(
        _("valid for (years)"), null=True, blank=True, help_text=_("Empty: does not expire.")
    )
    issuer_name_zh = models.CharField(_("issuer (Chinese)"), max_length=200)
    issuer_name_en = models.CharField(_("issuer (English)"), max_length=200)
    refresher_course = models.OneToOneField(
        "courses.CoursePage",
        verbose_name=_("refresher course"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="renews_certificate_type",
        help_text=_("Passing its final exam renews a holder's certificate of this type."),
    )
    in_public_register = models.BooleanField(
        _("listed in the register of certified auditors"),
        default=False,
        help_text=_("Holders may opt in to the public register; counts appear in its figures."),
    )

    class Meta:
        verbose_name = _("certificate type")
        ordering = ["prefix"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        # Printed numbers carry the prefix: once certificates exist it cannot change.
        if self.pk is not None:
            saved = CertificateType.objects.filter(pk=self.pk).values_list("prefix", flat=True)
            if saved and saved[0] != self.prefix and self.certificates.exists():
                raise ValidationError(
                    {"prefix": _("Certificates with this prefix exist; it can no longer change.")}
                )
        if self.refresher_course_id is not None and self.refresher_course_id == self.course_id:
            raise ValidationError(
                {"refresher_course": _("The refresher must be a different course.")}
            )

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def issuer_name(self) -> str:
        return localized(self, "issuer_name")


class NumberSequence(models.Model):
    """The last number used per certificate type and year (locked while a number is taken)."""

    certificate_type = models.ForeignKey(CertificateType, on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["certificate_type", "year"], name="one_sequence_a_year")
        ]

    def __str__(self) -> str:
        return f"{self.certificate_type.prefix}-{self.year}: {self.last_number}"


class Certificate(models.Model):
    """An issued certificate. Never deleted or edited in place: changes are events, and a
    correction or renewal is a new certificate that points back to the one it replaces."""

    class State(models.TextChoices):
        ACTIVE = "active", _("Active")
        SUSPENDED = "suspended", _("Suspended")
        REVOKED = "revoked", _("Revoked")

    class Status(models.TextChoices):
        """What a verifier is told; computed from state, dates and replacement."""

        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        SUSPENDED = "suspended", _("Suspended")
        REVOKED = "revoked", _("Revoked")
        REPLACED = "replaced", _("Replaced")

    class Reason(models.TextChoices):
        EXAM_PASSED = "exam_passed", _("Passed the final exam")
        MANUAL = "manual", _("Issued by staff")
        RENEWAL = "renewal", _("Renewal after a refresher course")
        CORRECTION = "correction", _("Re-issued after a correction")

    certificate_type = models.ForeignKey(
        CertificateType, on_delete=models.PROTECT, related_name="certificates"
    )
    number = models.CharField(_("certificate number"), max_length=40, unique=True)
    code = models.CharField(_("verification code"), max_length=20, unique=True)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    # The holder's names as printed; a later name correction re-issues, it never edits.
    holder_name = models.CharField(_("holder name"), max_length=150)
    holder_latin_name = models.CharField(
        _("holder name in Latin letters"), max_length=150, blank=True
    )
    course_title_zh = models.CharField(_("course (Chinese)"), max_length=255)
    course_title_en = models.CharField(_("course (English)"), max_length=255)
    hours = models.PositiveSmallIntegerField(_("hours"))
    completed_on = models.DateField(_("completed on"))
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.ACTIVE)
    state_changed_at = models.DateTimeField(null=True, blank=True)
    state_reason = models.CharField(_("reason"), max_length=500, blank=True)
    issue_reason = models.CharField(_("issued because"), max_length=20, choices=Reason.choices)
    # What earned it: the passing attempt, or a staff decision; one certificate per achievement.
    achievement_key = models.CharField(max_length=100)
    exam_attempt = models.OneToOneField(
        "exams.Attempt", null=True, blank=True, on_delete=models.PROTECT, related_name="certificate"
    )
    replaces = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="replaced_by"
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Position in the revocation status list of signed credentials; random, so a position says
    # nothing about when or to whom a certificate was issued.
    status_list_index = models.PositiveIntegerField(null=True, blank=True, unique=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        # One permission per privileged action, held by certification officers only
        # (accounts/roles.py); the services check them together with MFA.
        permissions = [
            ("view_certificate_records", "Can find certificates and see their history"),
            ("request_manual_issue", "Can request a certificate to be issued by hand"),
            ("approve_manual_issue", "Can approve or reject a request to issue by hand"),
            ("suspend_certificate", "Can suspend a certificate"),
            ("reinstate_certificate", "Can reinstate a suspended certificate"),
            ("revoke_certificate", "Can revoke a certificate"),
            ("reissue_certificate", "Can re-issue a certificate after a correction"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["certificate_type", "achievement_key"],
                name="one_certificate_per_achievement",
            ),
        ]
        indexes = [models.Index(fields=["holder_name"])]

    def __str__(self) -> str:
        return self.number

    @property
    def course_title(self) -> str:
        return localized(self, "course_title")

    def status(self, today: datetime.date | None = None) -> str:
        today = today or timezone.localdate()
        if self.state == self.State.REVOKED:
            return self.Status.REVOKED
        if getattr(self, "replaced_by", None) is not None:
            return self.Status.REPLACED
        if self.state == self.State.SUSPENDED:
            return self.Status.SUSPENDED
        if self.valid_until is not None and today > self.valid_until:
            return self.Status.EXPIRED
        return self.Status.VALID

    def get_status_display(self) -> str:
        return str(self.Status(self.status()).label)


class CertificateEvent(models.Model):
    """The audit log of a certificate: issued, suspended, reinstated, revoked, replaced."""

    class Kind(models.TextChoices):
        REQUESTED = "requested", _("Issue by hand requested")
        ISSUED = "issued", _("Issued")
        SUSPENDED = "suspended", _("Suspended")
        REINSTATED = "reinstated", _("Reinstated")
        REVOKED = "revoked", _("Revoked")
        REPLACED = "replaced", _("Replaced by a new certificate")
        EXPIRY_REMINDER = "expiry_reminder", _("Expiry reminder sent")

    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["certificate", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.certificate} · {self.kind}"


class IssuerKey(models.Model):
    """A public signing key of the issuer. Private keys live only in the environment; public
    keys stay here after rotation so credentials signed with them remain verifiable."""

    kid = models.CharField(_("key id"), max_length=100, unique=True)
    public_key = models.CharField(_("public key (base64url, Ed25519)"), max_length=100)
    first_used_at = models.DateTimeField(default=timezone.now)
    # A compromised key proves nothing: whoever holds it can sign anything, with any date. It
    # leaves the published keys, nothing is signed with it again, and every credential that
    # names it fails the check.
    compromised_at = models.DateTimeField(_("marked compromised"), null=True, blank=True)
    compromised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    compromised_reason = models.CharField(_("reason"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("issuer key")
        ordering = ["first_used_at"]
        permissions = [
            ("mark_issuer_key_compromised", "Can mark an issuer key as compromised"),
        ]

    def __str__(self) -> str:
        return self.kid

    @property
    def compromised(self) -> bool:
        return self.compromised_at is not None


class ManualIssueRequest(models.Model):
    """A certification officer's request to issue a certificate outside the exam route. The
    certificate exists only once a second certification officer approves it; both names stay
    in the certificate's history."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    certificate_type = models.ForeignKey(
        CertificateType,
        verbose_name=_("certificate type"),
        on_delete=models.PROTECT,
        related_name="manual_issue_requests",
    )
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        on_delete=models.PROTECT,
        related_name="manual_issue_requests",
    )
    completed_on = models.DateField(_("completed on"))
    reason = models.CharField(_("reason"), max_length=300)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    decision = models.CharField(
        _("decision"), max_length=20, choices=Decision.choices, default=Decision.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decision_reason = models.CharField(_("reason for the decision"), max_length=500, blank=True)
    certificate = models.OneToOneField(
        Certificate,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="manual_issue_request",
    )

    class Meta:
        verbose_name = _("request to issue a certificate by hand")
        verbose_name_plural = _("requests to issue certificates by hand")
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["certificate_type", "holder"],
                condition=models.Q(decision="pending"),
                name="one_pending_manual_issue_per_holder_and_type",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.certificate_type.prefix} · {self.holder} · {self.get_decision_display()}"


class RegisterEntry(models.Model):
    """A holder's consent to appear in the public register of certified auditors. Leaving the
    register deletes the entry: it holds no record anyone else relies on."""

    holder = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="register_entry"
    )
    show_organisation = models.BooleanField(_("show my organisation"), default=True)
    listed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("register entry")
        verbose_name_plural = _("register entries")

    def __str__(self) -> str:
        return str(self.holder)
