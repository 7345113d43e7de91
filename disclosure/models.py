"""The disclosure portal's records.

Reference data (sectors, pollutants, standards and their limits, holidays) is maintained by
staff. The key-enterprise list says, per year, who must disclose or audit and why. A `Report`
is one disclosure obligation (the annual report for a year, or an ad-hoc report after an
event); its content lives in numbered `ReportVersion`s. A published version is never edited:
an amendment is a new version that says what changed and why. Quantities are stored in a
canonical unit next to the value and unit the enterprise reported (see `core.units`).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import in_english
from core.regions import province_name, province_of
from disclosure.credit_codes import validate_credit_code


def validate_region_code(value: str) -> None:
    if not (len(value or "") == 6 and value.isdigit() and province_of(value)):
        raise ValidationError(
            _("Enter the 6-digit administrative region code, e.g. 320583."),
            code="invalid_region_code",
        )


class Medium(models.TextChoices):
    AIR = "air", _("Air")
    WATER = "water", _("Water")


class Sector(models.Model):
    """An industry class of the national classification (GB/T 4754), e.g. C2611."""

    code = models.CharField(_("code"), max_length=5, unique=True)
    name_zh = models.CharField(_("name (Chinese)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=150)

    class Meta:
        verbose_name = _("sector")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def name(self) -> str:
        return self.name_en if in_english() else self.name_zh


class Pollutant(models.Model):
    """A pollutant with a plain-language explanation shown next to every number."""

    code = models.SlugField(_("code"), max_length=20, unique=True)
    name_zh = models.CharField(_("name (Chinese)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    formula = models.CharField(_("formula or short name"), max_length=30, blank=True)
    medium = models.CharField(_("medium"), max_length=10, choices=Medium.choices)
    explanation_zh = models.TextField(_("plain-language explanation (Chinese)"))
    explanation_en = models.TextField(_("plain-language explanation (English)"))
    # Concentrations are compared in this unit (a code of core.units.UNITS).
    concentration_unit = models.CharField(_("concentration unit"), max_length=20)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("pollutant")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_en if in_english() else self.name_zh

    @property
    def explanation(self) -> str:
        return self.explanation_en if in_english() else self.explanation_zh


class Standard(models.Model):
    """A discharge standard, e.g. GB 13223-2011, with what it covers in plain words."""

    number = models.CharField(_("number"), max_length=40, unique=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=250)
    summary_zh = models.TextField(_("what it covers (Chinese)"), blank=True)
    summary_en = models.TextField(_("what it covers (English)"), blank=True)

    class Meta:
        verbose_name = _("discharge standard")
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def title(self) -> str:
        return self.title_en if in_english() else self.title_zh

    @property
    def summary(self) -> str:
        return self.summary_en if in_english() else self.summary_zh


class StandardLimit(models.Model):
    """A concentration limit a standard sets for one pollutant (in the pollutant's unit)."""

    standard = models.ForeignKey(Standard, on_delete=models.CASCADE, related_name="limits")
    pollutant = models.ForeignKey(Pollutant, on_delete=models.PROTECT, related_name="limits")
    limit = models.DecimalField(_("limit"), max_digits=14, decimal_places=4)
    applies_to_zh = models.CharField(_("applies to (Chinese)"), max_length=200, blank=True)
    applies_to_en = models.CharField(_("applies to (English)"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("standard limit")
        constraints = [
            models.UniqueConstraint(
                fields=["standard", "pollutant"], name="one_limit_per_pollutant"
            )
        ]

    def __str__(self) -> str:
        return f"{self.standard.number} {self.pollutant.code} ≤ {self.limit}"


class Holiday(models.Model):
    """Days that break the Monday-to-Friday rule: public holidays, and the weekend days
    declared working days to make up for them (调休). Used for ad-hoc report deadlines."""

    class Kind(models.TextChoices):
        HOLIDAY = "holiday", _("Public holiday")
        WORKING_DAY = "working_day", _("Make-up working day")

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name_zh = models.CharField(_("name (Chinese)"), max_length=50, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True)

    class Meta:
        verbose_name = _("holiday or make-up working day")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date} {self.get_kind_display()}"


class Enterprise(models.Model):
    """An enterprise, keyed by its 18-character unified social credit code (USCC)."""

    credit_code = models.CharField(
        _("unified social credit code"),
        max_length=18,
        unique=True,
        validators=[validate_credit_code],
    )
    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=250, blank=True)
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), on_delete=models.PROTECT, related_name="enterprises"
    )
    region_code = models.CharField(
        _("administrative region code"), max_length=6, validators=[validate_region_code]
    )
    # The first two digits of the region code, kept for fast filtering by province.
    province_code = models.CharField(_("province"), max_length=2, db_index=True, editable=False)
    address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(
        _("latitude (WGS 84)"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude (WGS 84)"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    legal_representative = models.CharField(_("legal representative"), max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("enterprise")
        ordering = ["credit_code"]
        indexes = [
            models.Index(fields=["region_code"]),
            # Covers both names: a one- or two-character search (too short for the trigram
            # indexes of selectors.name_search) reads this index instead of every row.
            models.Index(fields=["name", "name_en"], name="disclosure_enterprise_names"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.credit_code})"

    def save(self, *args, **kwargs):
        self.province_code = (self.region_code or "")[:2]
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        return self.name_en if in_english() and self.name_en else self.name

    @property
    def province_name(self) -> str:
        return province_name(self.province_code)


class ListBasis(models.TextChoices):
    """Why an enterprise is on the key-enterprise list (the compulsory-audit triggers of the
    CP Promotion Law as revised in 2012, plus being a key pollutant discharger)."""

    EXCEEDS_STANDARDS = (
        "exceeds_standards",
        _("Exceeds discharge standards or total-volume targets"),
    )
    TOXIC_HAZARDOUS = "toxic_hazardous", _("Uses or discharges toxic or hazardous substances")
    ENERGY_LIMITS = "energy_limits", _("Exceeds energy-consumption limits per unit of product")
    KEY_DISCHARGER = "key_discharger", _("Key pollutant discharger")


class ListEntry(models.Model):
    """One enterprise on one year's key-enterprise list, with the basis and source document."""

    enterprise = models.ForeignKey(
        Enterprise, on_delete=models.PROTECT, related_name="list_entries"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    must_disclose = models.BooleanField(_("must disclose"), default=True)
    compulsory_audit = models.BooleanField(_("compulsory CP audit"), default=False)
    basis_exceeds_standards = models.BooleanField(ListBasis.EXCEEDS_STANDARDS.label, default=False)
    basis_toxic_hazardous = models.BooleanField(ListBasis.TOXIC_HAZARDOUS.label, default=False)
    basis_energy_limits = models.BooleanField(ListBasis.ENERGY_LIMITS.label, default=False)
    basis_key_discharger = models.BooleanField(ListBasis.KEY_DISCHARGER.label, default=False)
    source_document = models.CharField(_("source document"), max_length=300)
    source_url = models.URLField(_("source document link"), blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("key-enterprise list entry")
        verbose_name_plural = _("key-enterprise list")
        ordering = ["-year", "enterprise__credit_code"]
        constraints = [
            models.UniqueConstraint(fields=["enterprise", "year"], name="one_list_entry_a_year")
        ]
        indexes = [models.Index(fields=["year", "must_disclose"])]

    def __str__(self) -> str:
        return f"{self.year} · {self.enterprise}"

    @property
    def bases(self) -> list[str]:
        return [basis for basis in ListBasis.values if getattr(self, f"basis_{basis}")]

    def clean(self) -> None:
        if not self.bases:
            raise ValidationError(_("Give at least one basis for listing the enterprise."))
        if not (self.must_disclose or self.compulsory_audit):
            raise ValidationError(
                _("A listed enterprise must disclose, do a compulsory audit, or both.")
            )


class EnterpriseMembership(models.Model):
    """A user who acts for an enterprise (files its reports). Created by accepting an
    invitation from an authority reviewer."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enterprise_memberships"
    )
    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="members")
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("enterprise member")
        constraints = [
            models.UniqueConstraint(fields=["user", "enterprise"], name="one_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.enterprise}"


class Invitation(models.Model):
    """A reviewer's invitation for someone to act for an enterprise; the token is in the
    emailed link and works once, before it expires."""

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email address"))
    token = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("enterprise invitation")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} → {self.enterprise}"


class Report(models.Model):
    """One disclosure obligation: an enterprise's annual report for a year, or an ad-hoc
    report after an event. Its content is in versions; ``current_version`` is the latest
    published one (None until the first is published)."""

    class Kind(models.TextChoices):
        ANNUAL = "annual", _("Annual report")
        ADHOC = "adhoc", _("Ad-hoc report")

    class Trigger(models.TextChoices):
        PERMIT = "permit", _("New or changed discharge permit")
        PENALTY = "penalty", _("Administrative penalty")
        INCIDENT = "incident", _("Environmental incident")
        PRODUCTION = "production", _("Production stopped, restarted or changed")
        OTHER = "other", _("Other event")

    enterprise = models.ForeignKey(Enterprise, on_delete=models.PROTECT, related_name="reports")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    # Annual: the year reported on. Ad-hoc: the year of the event.
    year = models.PositiveSmallIntegerField(_("year"))
    # Ad-hoc reports are numbered per enterprise and year: AH01, AH02...
    sequence = models.PositiveSmallIntegerField(default=0)
    trigger = models.CharField(_("event"), max_length=20, choices=Trigger.choices, blank=True)
    trigger_date = models.DateField(_("date of the event"), null=True, blank=True)
    trigger_description = models.CharField(_("what happened"), max_length=500, blank=True)
    due_on = models.DateField(_("due on"))
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    current_version = models.OneToOneField(
        "ReportVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="current_of",
    )
    first_submitted_at = models.DateTimeField(_("first submitted"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        ordering = ["-year", "enterprise__credit_code", "kind", "sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["enterprise", "kind", "year", "sequence"], name="one_report_per_slot"
            )
        ]
        indexes = [models.Index(fields=["year", "kind"]), models.Index(fields=["due_on"])]

    def __str__(self) -> str:
        return self.public_id

    @property
    def public_id(self) -> str:
        """Stable public identifier, e.g. 91110000100000000X-2024-AR or …-2024-AH02."""
        suffix = "AR" if self.kind == self.Kind.ANNUAL else f"AH{self.sequence:02d}"
        return f"{self.enterprise.credit_code}-{self.year}-{suffix}"

    def filed_late(self) -> bool:
        return (
            self.first_submitted_at is not None
            and timezone.localdate(self.first_submitted_at) > self.due_on
        )


class ReportVersion(models.Model):
    """The content of a report as filed. Drafts are edited by the enterprise; once submitted
    a version never changes (the model refuses)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        PUBLISHED = "published", _("Published")

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    change_summary = models.TextField(
        _("what changed and why"),
        blank=True,
        help_text=_("Required for an amendment: the items changed and the reason."),
    )
    # Basic information and permit.
    products = models.CharField(_("main products and capacity"), max_length=500, blank=True)
    permit_number = models.CharField(_("discharge permit number"), max_length=40, blank=True)
    permit_valid_until = models.DateField(_("permit valid until"), null=True, blank=True)
    permit_authority = models.CharField(_("permit issued by"), max_length=200, blank=True)
    # Carbon emissions: canonical tonnes CO2e, and what was reported.
    carbon_t = models.DecimalField(
        _("carbon emissions (t CO₂e)"), max_digits=16, decimal_places=3, null=True, blank=True
    )
    carbon_reported = models.DecimalField(max_digits=16, decimal_places=4, null=True, blank=True)
    carbon_unit = models.CharField(max_length=20, blank=True)
    # Computed when the version is submitted.
    has_exceedance = models.BooleanField(_("exceeds a limit"), default=False)
    # The truthfulness statement, signed when submitting.
    statement_signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    statement_signed_name = models.CharField(max_length=150, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("report version")
        ordering = ["report", "number"]
        constraints = [
            models.UniqueConstraint(fields=["report", "number"], name="version_numbers"),
            # At most one draft per report: an amendment is started from the current version.
            models.UniqueConstraint(
                fields=["report"],
                condition=models.Q(status="draft"),
                name="one_draft_per_report",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.report.public_id} v{self.number}"

    def save(self, *args, **kwargs):
        # Status changes go through services.submit_version with a queryset update; any
        # other write to a version that is no longer a draft is refused.
        if self.pk is not None:
            stored = ReportVersion.objects.filter(pk=self.pk).values_list("status", flat=True)
            if stored and stored[0] != self.Status.DRAFT:
                raise ValidationError(_("A submitted report version cannot be changed."))
        super().save(*args, **kwargs)

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT


class VersionContent(models.Model):
    """Rows that belong to a report version and, like it, change only while it is a draft."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self._check_draft()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._check_draft()
        return super().delete(*args, **kwargs)

    def _check_draft(self) -> None:
        if not self.version.is_draft:
            raise ValidationError(_("A submitted report version cannot be changed."))


class Method(models.TextChoices):
    """How a figure was obtained (monitoring is preferred by the 2021 measures)."""

    MONITORING = "monitoring", _("Monitoring")
    CALCULATION = "calculation", _("Calculation")
    ESTIMATE = "estimate", _("Estimate")


class DischargeRecord(VersionContent):
    """One pollutant at one discharge outlet over the reporting year."""

    version = models.ForeignKey(ReportVersion, on_delete=models.CASCADE, related_name="discharges")
    outlet_code = models.CharField(_("outlet code"), max_length=40)
    outlet_name = models.CharField(_("outlet name"), max_length=200, blank=True)
    medium = models.CharField(_("medium"), max_length=10, choices=Medium.choices)
    pollutant = models.ForeignKey(Pollutant, on_delete=models.PROTECT, related_name="+")
    # Concentration (annual mean) in the pollutant's unit, and as reported.
    concentration = models.DecimalField(max_digits=16, decimal_places=6, null=True, blank=True)
    concentration_reported = models.DecimalField(
        max_digits=16, decimal_places=6, null=True, blank=True
    )
    concentration_unit = models.CharField(max_length=20, blank=True)
    standard = models.ForeignKey(
        Standard, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # The limit applied, in the pollutant's unit (from the standard unless stated otherwise).
    limit = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    # Annual quantity and permitted quantity in tonnes, and as reported.
    quantity_t = models.DecimalField(max_digits=18, decimal_places=6, null=True, blank=True)
    quantity_reported = models.DecimalField(max_digits=18, decimal_places=6, null=True, blank=True)
    quantity_unit = models.CharField(max_length=20, blank=True)
    permitted_t = models.DecimalField(max_digits=18, decimal_places=6, null=True, blank=True)
    permitted_reported = models.DecimalField(max_digits=18, decimal_places=6, null=True, blank=True)
    permitted_unit = models.CharField(max_length=20, blank=True)
    # Computed by the system, never typed in.
    exceeds_limit = models.BooleanField(default=False)
    exceeds_permit = models.BooleanField(default=False)
    method = models.CharField(_("how obtained"), max_length=20, choices=Method.choices)

    class Meta:
        verbose_name = _("discharge record")
        ordering = ["version", "medium", "outlet_code", "pollutant__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "outlet_code", "pollutant"], name="one_row_per_outlet_pollutant"
            )
        ]

    def __str__(self) -> str:
        return f"{self.outlet_code} {self.pollutant_id}"


class WasteRecord(VersionContent):
    class Category(models.TextChoices):
        HAZARDOUS = "hazardous", _("Hazardous waste")
        INDUSTRIAL_SOLID = "industrial_solid", _("General industrial solid waste")

    version = models.ForeignKey(ReportVersion, on_delete=models.CASCADE, related_name="wastes")
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    waste_code = models.CharField(_("waste code"), max_length=20, blank=True)
    name = models.CharField(_("waste"), max_length=200)
    # Tonnes; the unit the enterprise used for the row is kept for display.
    generated_t = models.DecimalField(max_digits=16, decimal_places=4)
    utilised_t = models.DecimalField(max_digits=16, decimal_places=4, default=0)
    disposed_t = models.DecimalField(max_digits=16, decimal_places=4, default=0)
    stored_t = models.DecimalField(max_digits=16, decimal_places=4, default=0)
    reported_unit = models.CharField(max_length=20, default="t")
    receiver = models.CharField(_("receiver"), max_length=200, blank=True)
    receiver_licence = models.CharField(_("receiver's licence number"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("waste record")
        ordering = ["version", "category", "waste_code", "pk"]

    def __str__(self) -> str:
        return f"{self.waste_code} {self.name}"


class PenaltyRecord(VersionContent):
    version = models.ForeignKey(ReportVersion, on_delete=models.CASCADE, related_name="penalties")
    decided_on = models.DateField(_("decided on"))
    authority = models.CharField(_("authority"), max_length=200)
    document_number = models.CharField(_("decision number"), max_length=100)
    violation = models.TextField(_("violation"))
    fine_yuan = models.DecimalField(_("fine (yuan)"), max_digits=14, decimal_places=2, default=0)
    rectification = models.TextField(_("rectification"), blank=True)
    rectified_on = models.DateField(_("rectified on"), null=True, blank=True)

    class Meta:
        verbose_name = _("penalty record")
        ordering = ["version", "decided_on", "pk"]

    def __str__(self) -> str:
        return self.document_number


class AuditPhase(models.IntegerChoices):
    """The seven phases of a CP audit."""

    PLANNING = 1, _("Planning and organisation")
    PRE_ASSESSMENT = 2, _("Pre-assessment")
    ASSESSMENT = 3, _("Assessment")
    OPTIONS = 4, _("Option generation and screening")
    FEASIBILITY = 5, _("Feasibility analysis")
    IMPLEMENTATION = 6, _("Option implementation")
    SUSTAINING = 7, _("Sustaining cleaner production")


class AuditRecord(VersionContent):
    """A CP audit as the enterprise discloses it: round, why, phases, consultancy, team."""

    version = models.ForeignKey(ReportVersion, on_delete=models.CASCADE, related_name="audits")
    round = models.PositiveSmallIntegerField(_("audit round"), default=1)
    compulsory = models.BooleanField(_("compulsory"), default=True)
    # For a compulsory audit: its bases (ListBasis values); for a voluntary one: why.
    bases = models.JSONField(_("bases"), default=list, blank=True)
    voluntary_reason = models.CharField(
        _("reason for a voluntary audit"), max_length=300, blank=True
    )
    consultancy = models.CharField(_("consultancy"), max_length=200, blank=True)
    # {"1": {"start": "2024-03-01", "end": "2024-03-20"}, ...} for the AuditPhase values done.
    phases = models.JSONField(_("phase dates"), default=dict, blank=True)

    class Meta:
        verbose_name = _("CP audit record")
        ordering = ["version", "round"]
        constraints = [
            models.UniqueConstraint(fields=["version", "round"], name="one_audit_round_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.version} round {self.round}"


class AuditTeamMember(models.Model):
    """A member of the audit team. The certificate is matched by number and name when the
    row is saved, so the public page can link to its verification page and live status."""

    audit = models.ForeignKey(AuditRecord, on_delete=models.CASCADE, related_name="team")
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role in the team"), max_length=100, blank=True)
    certificate_number = models.CharField(
        _("auditor certificate number"), max_length=40, blank=True
    )
    certificate = models.ForeignKey(
        "certificates.Certificate",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="disclosed_audits",
    )

    class Meta:
        verbose_name = _("audit team member")
        ordering = ["audit", "pk"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.audit.version.is_draft:
            raise ValidationError(_("A submitted report version cannot be changed."))
        super().save(*args, **kwargs)


class CPOption(models.Model):
    """A CP option from an audit and what it saves each year once implemented."""

    class CostClass(models.TextChoices):
        NO_LOW = "no_low", _("No or low cost")
        MID_HIGH = "mid_high", _("Medium or high cost")

    class Orientation(models.TextChoices):
        TECHNOLOGY = "technology", _("Technology")
        MANAGEMENT = "management", _("Management")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IMPLEMENTING = "implementing", _("Being implemented")
        IMPLEMENTED = "implemented", _("Implemented")

    audit = models.ForeignKey(AuditRecord, on_delete=models.CASCADE, related_name="options")
    title = models.CharField(_("option"), max_length=300)
    cost_class = models.CharField(_("cost class"), max_length=10, choices=CostClass.choices)
    orientation = models.CharField(
        _("orientation"), max_length=12, choices=Orientation.choices, default=Orientation.TECHNOLOGY
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    investment_10k_yuan = models.DecimalField(
        _("investment (10,000 yuan)"), max_digits=14, decimal_places=2, default=0
    )
    # Annual savings and reductions once implemented.
    water_m3 = models.DecimalField(
        _("water saved (m³)"), max_digits=16, decimal_places=2, default=0
    )
    electricity_kwh = models.DecimalField(
        _("electricity saved (kWh)"), max_digits=16, decimal_places=2, default=0
    )
    energy_tce = models.DecimalField(
        _("energy saved (tce)"), max_digits=14, decimal_places=3, default=0
    )
    materials_t = models.DecimalField(
        _("materials saved (t)"), max_digits=14, decimal_places=3, default=0
    )
    cod_t = models.DecimalField(_("COD reduced (t)"), max_digits=14, decimal_places=4, default=0)
    nh3n_t = models.DecimalField(_("NH₃-N reduced (t)"), max_digits=14, decimal_places=4, default=0)
    so2_t = models.DecimalField(_("SO₂ reduced (t)"), max_digits=14, decimal_places=4, default=0)
    nox_t = models.DecimalField(_("NOx reduced (t)"), max_digits=14, decimal_places=4, default=0)
    vocs_t = models.DecimalField(_("VOCs reduced (t)"), max_digits=14, decimal_places=4, default=0)
    hazardous_waste_t = models.DecimalField(
        _("hazardous waste reduced (t)"), max_digits=14, decimal_places=4, default=0
    )
    benefit_10k_yuan = models.DecimalField(
        _("economic benefit (10,000 yuan a year)"), max_digits=14, decimal_places=2, default=0
    )

    class Meta:
        verbose_name = _("CP option")
        ordering = ["audit", "pk"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.audit.version.is_draft:
            raise ValidationError(_("A submitted report version cannot be changed."))
        super().save(*args, **kwargs)


class AuditResult(models.Model):
    """The authority's assessment or acceptance of a compulsory audit. Recorded by reviewers,
    outside the enterprise's report, so it never amends what the enterprise filed."""

    class Stage(models.TextChoices):
        ASSESSMENT = "assessment", _("Assessment")
        ACCEPTANCE = "acceptance", _("Acceptance")

    class Outcome(models.TextChoices):
        PASSED = "passed", _("Passed")
        FAILED = "failed", _("Failed")

    enterprise = models.ForeignKey(
        Enterprise, on_delete=models.PROTECT, related_name="audit_results"
    )
    round = models.PositiveSmallIntegerField(_("audit round"))
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    decided_on = models.DateField(_("decided on"))
    authority = models.CharField(_("authority"), max_length=200)
    notes = models.TextField(_("notes"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("audit assessment or acceptance")
        ordering = ["enterprise", "round", "stage"]
        constraints = [
            models.UniqueConstraint(
                fields=["enterprise", "round", "stage"], name="one_result_per_stage"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enterprise_id} round {self.round} {self.stage}"


class EnterpriseYear(models.Model):
    """A summary per enterprise and year for the portal's faceted search, rebuilt by
    ``services.refresh_enterprise_year`` whenever the list or a report changes."""

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="years")
    year = models.PositiveSmallIntegerField()
    # Copies for filtering without joins.
    province_code = models.CharField(max_length=2)
    region_code = models.CharField(max_length=6)
    sector_code = models.CharField(max_length=5)
    listed = models.BooleanField(default=False)
    must_disclose = models.BooleanField(default=False)
    compulsory_audit = models.BooleanField(default=False)
    bases = models.CharField(max_length=100, blank=True)  # " exceeds_standards key_discharger "
    pollutants = models.CharField(max_length=300, blank=True)  # " so2 nox cod "
    has_exceedance = models.BooleanField(default=False)
    annual_due_on = models.DateField(null=True, blank=True)
    annual_filed_on = models.DateField(null=True, blank=True)
    annual_report = models.ForeignKey(
        Report, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Ad-hoc reports of the year filed after their due date, and the earliest due date of
    # those not filed yet: "overdue" is decided against today's date when searching.
    adhoc_filed_late = models.PositiveSmallIntegerField(default=0)
    adhoc_unfiled_due_on = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enterprise", "year"], name="one_summary_a_year")
        ]
        indexes = [
            models.Index(fields=["year", "province_code"]),
            models.Index(fields=["year", "sector_code"]),
            models.Index(fields=["year", "has_exceedance"]),
        ]

    def __str__(self) -> str:
        return f"{self.enterprise_id} {self.year}"
