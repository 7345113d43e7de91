"""Writes for the disclosure portal. Every function checks who may do it.

Enterprise members (invited, with MFA) write drafts of their own enterprises' reports only.
Authority reviewers maintain the list, invite enterprises, register ad-hoc events and record
audit assessment and acceptance. A submitted version is final: amendments are new versions.
"""

import dataclasses
import datetime
import re
import secrets
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.roles import Role
from accounts.selectors import user_has_mfa, user_has_role
from core import ratelimit
from core.units import UNITS, convert, unit_for_spelling
from disclosure import deadlines
from disclosure.models import (
    AuditRecord,
    AuditResult,
    AuditTeamMember,
    CPOption,
    DischargeRecord,
    Enterprise,
    EnterpriseMembership,
    EnterpriseYear,
    Invitation,
    ListEntry,
    PenaltyRecord,
    Pollutant,
    Report,
    ReportVersion,
    Standard,
    WasteRecord,
)
from disclosure.summaries import SUMMARY_FIELDS, summary_fields

INVITATION_DAYS = 14
TONNE = UNITS["t"]


# --- who may do what -------------------------------------------------------------------------


def is_reviewer(user: User) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return user_has_mfa(user=user)
    return user_has_role(user=user, role=Role.REVIEWER) and user_has_mfa(user=user)


def require_reviewer(user: User) -> None:
    if not is_reviewer(user):
        raise PermissionDenied(
            _("Only environmental authority reviewers with two-factor authentication can do this.")
        )


def acts_for(user: User, enterprise: Enterprise) -> bool:
    """Whether ``user`` may read drafts of and write reports for ``enterprise``."""
    return (
        user.is_authenticated
        and user_has_mfa(user=user)
        and EnterpriseMembership.objects.filter(user=user, enterprise=enterprise).exists()
    )


def require_member(user: User, enterprise: Enterprise) -> None:
    if not acts_for(user, enterprise):
        raise PermissionDenied(_("You do not act for this enterprise."))


def _require_draft(version: ReportVersion) -> None:
    if not version.is_draft:
        raise ValidationError(_("A submitted report version cannot be changed."))


# --- the key-enterprise list -----------------------------------------------------------------


def save_list_entry(*, enterprise: Enterprise, year: int, actor: User, **fields) -> ListEntry:
    """Add the enterprise to the year's list, or update its entry."""
    require_reviewer(actor)
    with transaction.atomic():
        entry = ListEntry.objects.filter(enterprise=enterprise, year=year).first() or ListEntry(
            enterprise=enterprise, year=year, added_by=actor
        )
        for name, value in fields.items():
            setattr(entry, name, value)
        entry.full_clean()
        entry.save()
        refresh_enterprise_year(enterprise=enterprise, year=year)
    return entry


# --- invitations -----------------------------------------------------------------------------


def invite(*, enterprise: Enterprise, email: str, invited_by: User) -> Invitation:
    """Invite someone to act for the enterprise; they get an email with a one-time link."""
    require_reviewer(invited_by)
    invitation = Invitation.objects.create(
        enterprise=enterprise,
        email=email.strip().lower(),
        token=secrets.token_urlsafe(32),
        invited_by=invited_by,
        expires_at=timezone.now() + datetime.timedelta(days=INVITATION_DAYS),
    )
    from disclosure.notifications import send_invitation

    transaction.on_commit(lambda: send_invitation(invitation=invitation))
    return invitation


def accept_invitation(*, token: str, user: User) -> EnterpriseMembership:
    """The signed-in invitee joins the enterprise and gets the discloser role."""
    from accounts.services import assign_role

    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update().filter(token=token).select_related("enterprise")
        ).first()
        if invitation is None or invitation.accepted_at is not None:
            raise ValidationError(_("This invitation link is not valid or was already used."))
        if invitation.expires_at < timezone.now():
            raise ValidationError(
                _("This invitation has expired. Ask the authority for a new one.")
            )
        if invitation.email != user.email.lower():
            raise PermissionDenied(
                _("This invitation was sent to another email address. Sign in with that address.")
            )
        membership, _created = EnterpriseMembership.objects.get_or_create(
            user=user,
            enterprise=invitation.enterprise,
            defaults={"invited_by": invitation.invited_by},
        )
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
        assign_role(user=user, role=Role.DISCLOSER)
    return membership


# --- reports and drafts ----------------------------------------------------------------------


def open_annual_report(*, enterprise: Enterprise, year: int, user: User) -> ReportVersion:
    """The draft of the enterprise's annual report for ``year`` (created if needed)."""
    require_member(user, enterprise)
    if year >= timezone.localdate().year:
        raise ValidationError(_("An annual report can be filed once the year is over."))
    with transaction.atomic():
        report, _created = Report.objects.get_or_create(
            enterprise=enterprise,
            kind=Report.Kind.ANNUAL,
            year=year,
            sequence=0,
            defaults={"due_on": deadlines.annual_due_on(year), "created_by": user},
        )
        return _draft_of(report, user)


def open_adhoc_report(
    *,
    enterprise: Enterprise,
    trigger: str,
    trigger_date: datetime.date,
    description: str,
    user: User,
) -> Report:
    """An ad-hoc report obligation, due 5 working days after the event. Opened by the
    enterprise, or by a reviewer registering an event (a penalty, say) it must report."""
    if not (acts_for(user, enterprise) or is_reviewer(user)):
        raise PermissionDenied(_("You do not act for this enterprise."))
    if trigger not in Report.Trigger.values:
        raise ValidationError(_("Choose what kind of event this is."))
    if trigger_date > timezone.localdate():
        raise ValidationError(_("The event cannot be in the future."))
    with transaction.atomic():
        # Lock the enterprise so two events on the same day get different numbers.
        Enterprise.objects.select_for_update().filter(pk=enterprise.pk).first()
        last = Report.objects.filter(
            enterprise=enterprise, kind=Report.Kind.ADHOC, year=trigger_date.year
        ).aggregate(last=Max("sequence"))["last"]
        report = Report.objects.create(
            enterprise=enterprise,
            kind=Report.Kind.ADHOC,
            year=trigger_date.year,
            sequence=(last or 0) + 1,
            trigger=trigger,
            trigger_date=trigger_date,
            trigger_description=description.strip()[:500],
            due_on=deadlines.adhoc_due_on(trigger_date),
            created_by=user,
        )
        refresh_enterprise_year(enterprise=enterprise, year=report.year)
    return report


def _draft_of(report: Report, user: User) -> ReportVersion:
    draft = report.versions.filter(status=ReportVersion.Status.DRAFT).first()
    if draft is not None:
        return draft
    if report.current_version_id is not None or report.versions.exists():
        raise ValidationError(_("This report was already submitted: start an amendment instead."))
    return ReportVersion.objects.create(report=report, number=1, created_by=user)


def draft_for_adhoc(*, report: Report, user: User) -> ReportVersion:
    require_member(user, report.enterprise)
    return _draft_of(report, user)


BASIC_FIELDS = (
    "change_summary",
    "products",
    "permit_number",
    "permit_valid_until",
    "permit_authority",
)


def update_basic_information(
    *,
    version: ReportVersion,
    user: User,
    carbon_value: Decimal | None = None,
    carbon_unit: str = "tCO2e",
    **fields,
) -> ReportVersion:
    require_member(user, version.report.enterprise)
    _require_draft(version)
    unknown = set(fields) - set(BASIC_FIELDS)
    if unknown:
        raise ValueError(f"Not basic report fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(version, name, value)
    if carbon_value is None:
        version.carbon_t = version.carbon_reported = None
        version.carbon_unit = ""
    else:
        version.carbon_t = to_canonical(carbon_value, carbon_unit, UNITS["tCO2e"], places=3)
        version.carbon_reported, version.carbon_unit = carbon_value, carbon_unit
    version.full_clean(exclude=["report", "created_by", "statement_signed_by"])
    version.save()
    return version


def unit_code(spelling: str) -> str | None:
    """The unit code for what someone typed (``mg/m3``, ``吨``...), or None."""
    if spelling in UNITS:
        return spelling
    unit = unit_for_spelling(spelling or "")
    return unit.code if unit else None


def to_canonical(value: Decimal, unit: str, canonical, *, places: int = 6) -> Decimal:
    """``value`` in ``unit`` (a code) expressed in the ``canonical`` Unit, rounded to the
    ``places`` decimals its column stores (a conversion may add more)."""
    source = UNITS.get(unit)
    converted = convert(value, from_unit=source, to_unit=canonical) if source else None
    if converted is None:
        raise ValidationError(
            _("%(unit)s cannot be converted to %(canonical)s.")
            % {"unit": unit, "canonical": canonical.label}
        )
    try:
        return converted.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation as error:
        raise ValidationError(_("The number %(value)s is too large.") % {"value": value}) from error


def build_discharge(
    *,
    version: ReportVersion,
    outlet_code: str,
    pollutant: Pollutant,
    method: str,
    outlet_name: str = "",
    concentration: Decimal | None = None,
    concentration_unit: str = "",
    standard: Standard | None = None,
    limit: Decimal | None = None,
    quantity: Decimal | None = None,
    quantity_unit: str = "t",
    permitted: Decimal | None = None,
    permitted_unit: str = "t",
) -> DischargeRecord:
    """A discharge row with canonical values and the exceedance flags computed; not saved.

    ``limit`` is in the pollutant's unit; without one, the standard's limit for the pollutant
    is used."""
    record = DischargeRecord(
        version=version,
        outlet_code=outlet_code.strip(),
        outlet_name=outlet_name.strip(),
        medium=pollutant.medium,
        pollutant=pollutant,
        method=method,
        standard=standard,
    )
    concentration_canonical = UNITS[pollutant.concentration_unit]
    if concentration is not None:
        unit = concentration_unit or pollutant.concentration_unit
        record.concentration = to_canonical(concentration, unit, concentration_canonical)
        record.concentration_reported, record.concentration_unit = concentration, unit
    if limit is None and standard is not None:
        standard_limit = standard.limits.filter(pollutant=pollutant).first()
        limit = standard_limit.limit if standard_limit else None
    record.limit = limit
    if quantity is not None:
        record.quantity_t = to_canonical(quantity, quantity_unit, TONNE)
        record.quantity_reported, record.quantity_unit = quantity, quantity_unit
    if permitted is not None:
        record.permitted_t = to_canonical(permitted, permitted_unit, TONNE)
        record.permitted_reported, record.permitted_unit = permitted, permitted_unit
    record.exceeds_limit = (
        record.concentration is not None
        and record.limit is not None
        and record.concentration > record.limit
    )
    record.exceeds_permit = (
        record.quantity_t is not None
        and record.permitted_t is not None
        and record.quantity_t > record.permitted_t
    )
    return record


def _replace_rows(*, version: ReportVersion, user: User, model, records: list) -> None:
    """Replace one section of a draft with ``records`` (the forms and the CSV/XLSX templates
    both end here): all rows are checked before any is written."""
    require_member(user, version.report.enterprise)
    _require_draft(version)
    with transaction.atomic():
        model.objects.filter(version=version).delete()
        for record in records:
            record.version = version
            record.full_clean(exclude=["version"])
        model.objects.bulk_create(records)


def replace_discharges(
    *, version: ReportVersion, user: User, records: list[DischargeRecord]
) -> None:
    _replace_rows(version=version, user=user, model=DischargeRecord, records=records)


def replace_wastes(*, version: ReportVersion, user: User, records: list[WasteRecord]) -> None:
    _replace_rows(version=version, user=user, model=WasteRecord, records=records)


def replace_penalties(*, version: ReportVersion, user: User, records: list[PenaltyRecord]) -> None:
    _replace_rows(version=version, user=user, model=PenaltyRecord, records=records)


# Matching a team member's certificate by number and name tells the filer whether that person
# holds that certificate (and links its verification page): each new pair counts against these
# allowances, per enterprise and per filing user, in the shared cache.
TEAM_MATCH_LIMITS = (
    ("enterprise", "DISCLOSURE_TEAM_MATCH_ENTERPRISE_RATE", "60/d"),
    ("user", "DISCLOSURE_TEAM_MATCH_USER_RATE", "40/d"),
)


def _count_certificate_matches(*, enterprise: Enterprise, user: User, count: int) -> None:
    """Count ``count`` number-and-name look-ups, or refuse them all (ValidationError)."""
    if count == 0:
        return
    for kind, setting, default in TEAM_MATCH_LIMITS:
        identity = str(enterprise.pk if kind == "enterprise" else user.pk)
        verdict = ratelimit.consume(
            scope=f"disclosure-team-match-{kind}",
            identity=identity,
            rate=getattr(settings, setting, default),
            amount=count,
        )
        if verdict.granted < count:
            values = {
                "count": count,
                "left": verdict.granted,
                "minutes": -(-verdict.retry_after // 60),
            }
            if kind == "enterprise":
                message = _(
                    "Too many certificate numbers have been checked for this enterprise "
                    "recently: this save would check %(count)d new ones and %(left)d are "
                    "left. Try again in %(minutes)d minutes, or save the team without the new "
                    "certificate numbers for now."
                )
            else:
                message = _(
                    "You have checked too many certificate numbers recently: this save would "
                    "check %(count)d new ones and %(left)d are left. Try again in %(minutes)d "
                    "minutes, or save the team without the new certificate numbers for now."
                )
            raise ValidationError(message % values)


def save_audit(
    *,
    version: ReportVersion,
    user: User,
    round: int,
    team: list[dict],
    options: list[dict],
    **fields,
) -> AuditRecord:
    """Create or replace one audit round in the draft, with its team and options. Team
    members' certificates are matched by number and name (both must match). A pair already in
    this draft (any round) is not counted again: it keeps its certificate, or is checked again
    if it had none, which tells the filer nothing new. Each new pair is a look-up counted per
    enterprise and per user (``TEAM_MATCH_LIMITS``): over either allowance nothing is saved."""
    from certificates.selectors import certificate_by_number_and_name, name_key

    enterprise = version.report.enterprise
    require_member(user, enterprise)
    _require_draft(version)
    with transaction.atomic():
        known = {}  # (number, name key) -> the certificate it matched, or None
        for member in AuditTeamMember.objects.filter(audit__version=version).select_related(
            "certificate"
        ):
            pair = (member.certificate_number, name_key(member.name))
            known[pair] = known.get(pair) or member.certificate
        pairs = [
            ((member.get("certificate_number") or "").strip().upper(), name_key(member["name"]))
            for member in team
        ]
        new_pairs = {pair for pair in pairs if pair[0] and pair not in known}
        _count_certificate_matches(enterprise=enterprise, user=user, count=len(new_pairs))
        version.audits.filter(round=round).delete()
        audit = AuditRecord(version=version, round=round, **fields)
        audit.full_clean(exclude=["version"])
        audit.save()
        for member, (number, key) in zip(team, pairs, strict=True):
            if not number:
                certificate = None
            elif known.get((number, key)) is not None:
                certificate = known[(number, key)]
            else:
                certificate = certificate_by_number_and_name(number=number, name=member["name"])
            AuditTeamMember(
                audit=audit,
                name=member["name"].strip(),
                role=(member.get("role") or "").strip(),
                certificate_number=number,
                certificate=certificate,
            ).save()
        for option in options:
            record = CPOption(audit=audit, **option)
            record.full_clean(exclude=["audit"])
            record.save()
    return audit


# --- submitting, publishing and amending -----------------------------------------------------

# Shown next to the signature field; the signer's name and the time are stored.
TRUTHFULNESS_STATEMENT = gettext_lazy(
    "We declare that the information disclosed in this report is true, accurate and complete, "
    "and we take responsibility for it."
)


def submit_version(*, version: ReportVersion, user: User, signed_name: str) -> ReportVersion:
    """Sign the truthfulness statement and submit. Unless the authority reviews before
    publishing (``DISCLOSURE_REVIEW_BEFORE_PUBLISHING``), the version is published at once."""
    report = version.report
    require_member(user, report.enterprise)
    if not signed_name.strip():
        raise ValidationError(_("Type your name to sign the truthfulness statement."))
    with transaction.atomic():
        version = ReportVersion.objects.select_for_update().get(pk=version.pk)
        _require_draft(version)
        if version.number > 1 and not version.change_summary.strip():
            raise ValidationError(_("Say what this amendment changes and why."))
        now = timezone.now()
        ReportVersion.objects.filter(pk=version.pk).update(
            status=ReportVersion.Status.SUBMITTED,
            submitted_at=now,
            statement_signed_by=user,
            statement_signed_name=signed_name.strip()[:150],
            has_exceedance=version.discharges.filter(exceeds_limit=True).exists()
            or version.discharges.filter(exceeds_permit=True).exists(),
        )
        Report.objects.filter(pk=report.pk, first_submitted_at__isnull=True).update(
            first_submitted_at=now
        )
        version.refresh_from_db()
        if not getattr(settings, "DISCLOSURE_REVIEW_BEFORE_PUBLISHING", False):
            _publish(version)
        refresh_enterprise_year(enterprise=report.enterprise, year=report.year)
    return version


def publish_version(*, version: ReportVersion, user: User) -> ReportVersion:
    """A reviewer publishes a submitted version (when the authority reviews first)."""
    require_reviewer(user)
    with transaction.atomic():
        version = ReportVersion.objects.select_for_update().get(pk=version.pk)
        if version.status != ReportVersion.Status.SUBMITTED:
            raise ValidationError(_("Only a submitted version can be published."))
        _publish(version)
        refresh_enterprise_year(enterprise=version.report.enterprise, year=version.report.year)
    return version


def _publish(version: ReportVersion) -> None:
    now = timezone.now()
    ReportVersion.objects.filter(pk=version.pk).update(
        status=ReportVersion.Status.PUBLISHED, published_at=now
    )
    # Only a newer version replaces the current one (publishing order can differ under review).
    report = Report.objects.select_for_update().get(pk=version.report_id)
    current = report.current_version
    if current is None or current.number < version.number:
        Report.objects.filter(pk=report.pk).update(current_version=version)
    version.status, version.published_at = ReportVersion.Status.PUBLISHED, now


def start_amendment(*, report: Report, user: User) -> ReportVersion:
    """A new draft copied from the current published version, to be corrected and submitted
    with a statement of what changed and why. Returns the existing draft if there is one."""
    require_member(user, report.enterprise)
    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report.pk)
        draft = report.versions.filter(status=ReportVersion.Status.DRAFT).first()
        if draft is not None:
            return draft
        if report.versions.filter(status=ReportVersion.Status.SUBMITTED).exists():
            raise ValidationError(
                _("A submitted version is waiting to be published; amend it once it is.")
            )
        source = report.current_version
        if source is None:
            raise ValidationError(_("Only a published report can be amended."))
        number = report.versions.aggregate(last=Max("number"))["last"] + 1
        draft = ReportVersion.objects.create(
            report=report,
            number=number,
            created_by=user,
            products=source.products,
            permit_number=source.permit_number,
            permit_valid_until=source.permit_valid_until,
            permit_authority=source.permit_authority,
            carbon_t=source.carbon_t,
            carbon_reported=source.carbon_reported,
            carbon_unit=source.carbon_unit,
        )
        _copy_rows(source, draft)
    return draft


def _copy_rows(source: ReportVersion, draft: ReportVersion) -> None:
    for model, relation in (
        (DischargeRecord, source.discharges),
        (WasteRecord, source.wastes),
        (PenaltyRecord, source.penalties),
    ):
        rows = list(relation.all())
        for row in rows:
            row.pk, row.id, row.version = None, None, draft
        model.objects.bulk_create(rows)
    for audit in source.audits.prefetch_related("team", "options"):
        team, options = list(audit.team.all()), list(audit.options.all())
        audit.pk, audit.id, audit.version = None, None, draft
        audit.save()
        for member in team:
            member.pk, member.id, member.audit = None, None, audit
        AuditTeamMember.objects.bulk_create(team)
        for option in options:
            option.pk, option.id, option.audit = None, None, audit
        CPOption.objects.bulk_create(options)


# --- the authority's audit results -----------------------------------------------------------


def record_audit_result(
    *,
    enterprise: Enterprise,
    round: int,
    stage: str,
    outcome: str,
    decided_on: datetime.date,
    authority: str,
    notes: str = "",
    user: User,
) -> AuditResult:
    require_reviewer(user)
    if (
        stage == AuditResult.Stage.ACCEPTANCE
        and not AuditResult.objects.filter(
            enterprise=enterprise,
            round=round,
            stage=AuditResult.Stage.ASSESSMENT,
            outcome=AuditResult.Outcome.PASSED,
        ).exists()
    ):
        raise ValidationError(_("An audit is accepted only after it passed its assessment."))
    result, _created = AuditResult.objects.update_or_create(
        enterprise=enterprise,
        round=round,
        stage=stage,
        defaults={
            "outcome": outcome,
            "decided_on": decided_on,
            "authority": authority,
            "notes": notes,
            "recorded_by": user,
        },
    )
    return result


# --- the search summary ----------------------------------------------------------------------


def refresh_enterprise_year(*, enterprise: Enterprise, year: int) -> EnterpriseYear:
    """Rebuild the portal's summary row for one enterprise and year."""
    entry = ListEntry.objects.filter(enterprise=enterprise, year=year).first()
    reports = list(
        Report.objects.filter(enterprise=enterprise, year=year).select_related("current_version")
    )
    current_versions = [report.current_version for report in reports if report.current_version]
    fields = summary_fields(
        enterprise=enterprise,
        sector_code=enterprise.sector.code,
        year=year,
        entry=entry,
        annual=next((report for report in reports if report.kind == Report.Kind.ANNUAL), None),
        adhoc=[report for report in reports if report.kind == Report.Kind.ADHOC],
        current_versions=current_versions,
        pollutant_codes=DischargeRecord.objects.filter(
            version_id__in=[version.pk for version in current_versions]
        ).values_list("pollutant__code", flat=True),
    )
    summary, _created = EnterpriseYear.objects.update_or_create(
        enterprise=enterprise, year=year, defaults=fields
    )
    return summary


# --- enterprise filing tools -----------------------------------------------------------------
# Used by the enterprise users' pages (disclosure/views_manage.py) and the section importer.

RECENT_YEARS = 5  # years shown on the "My enterprises" dashboard
STARTABLE_YEARS = 10  # how far back an annual report can be started
PUBLIC_ID_PATTERN = re.compile(r"(?P<code>[0-9A-Z]{18})-(?P<year>\d{4})-(?P<suffix>AR|AH\d{2,4})")


@dataclasses.dataclass(frozen=True)
class InvitationCheck:
    """What the invitation page can say before anyone clicks "Accept"."""

    state: str  # valid, invalid, used, accepted_by_you, expired, wrong_email
    invitation: Invitation | None = None

    @property
    def ok(self) -> bool:
        return self.state == "valid"

    @property
    def masked_email(self) -> str:
        """The invited address with most of its local part hidden (p***@example.org)."""
        if self.invitation is None:
            return ""
        local, _sep, domain = self.invitation.email.partition("@")
        return f"{local[:1]}***@{domain}"


def check_invitation(*, token: str, user: User) -> InvitationCheck:
    """The state of an invitation link for ``user`` (anonymous or signed in); changes nothing.
    ``accept_invitation`` makes the same checks again when the invitee accepts."""
    invitation = (
        Invitation.objects.filter(token=token).select_related("enterprise").first()
        if token
        else None
    )
    if invitation is None:
        return InvitationCheck("invalid")
    if invitation.accepted_at is not None:
        mine = user.is_authenticated and invitation.accepted_by_id == user.pk
        return InvitationCheck("accepted_by_you" if mine else "used", invitation)
    if invitation.expires_at < timezone.now():
        return InvitationCheck("expired", invitation)
    if user.is_authenticated and invitation.email != (user.email or "").lower():
        return InvitationCheck("wrong_email", invitation)
    return InvitationCheck("valid", invitation)


def member_enterprises(*, user: User) -> list[Enterprise]:
    """The enterprises ``user`` acts for (none without MFA)."""
    if not (user.is_authenticated and user_has_mfa(user=user)):
        return []
    return list(
        Enterprise.objects.filter(members__user=user).select_related("sector").order_by("name")
    )


def member_enterprise(*, credit_code: str, user: User) -> Enterprise:
    """The enterprise with ``credit_code`` if ``user`` acts for it; else PermissionDenied
    (also for an unknown code, so that codes cannot be probed)."""
    enterprise = Enterprise.objects.filter(credit_code=credit_code).first()
    if enterprise is None:
        raise PermissionDenied(_("You do not act for this enterprise."))
    require_member(user, enterprise)
    return enterprise


def member_report(*, public_id: str, user: User) -> Report:
    """The report with ``public_id`` if ``user`` acts for its enterprise; else
    PermissionDenied (also for an unknown id)."""
    match = PUBLIC_ID_PATTERN.fullmatch(public_id or "")
    report = None
    if match:
        suffix = match["suffix"]
        report = (
            Report.objects.filter(
                enterprise__credit_code=match["code"],
                year=int(match["year"]),
                kind=Report.Kind.ANNUAL if suffix == "AR" else Report.Kind.ADHOC,
                sequence=0 if suffix == "AR" else int(suffix[2:]),
            )
            .select_related("enterprise", "enterprise__sector", "current_version")
            .first()
        )
    if report is None:
        raise PermissionDenied(_("You do not act for this enterprise."))
    require_member(user, report.enterprise)
    return report


def working_version(report: Report) -> ReportVersion | None:
    """The version the enterprise works on: the draft if there is one, else the latest
    submitted or published version, else None (an ad-hoc report not started yet)."""
    return report.versions.order_by("-number").first()


def start_report(*, report: Report, user: User) -> ReportVersion:
    """The draft of a report that has no version yet (an ad-hoc report registered by the
    authority, say), or its current draft."""
    require_member(user, report.enterprise)
    if report.kind == Report.Kind.ANNUAL:
        return open_annual_report(enterprise=report.enterprise, year=report.year, user=user)
    return draft_for_adhoc(report=report, user=user)


def delete_audit(*, version: ReportVersion, user: User, round: int) -> None:
    """Remove one audit round (with its team and options) from a draft."""
    require_member(user, version.report.enterprise)
    _require_draft(version)
    with transaction.atomic():
        for audit in version.audits.filter(round=round):
            audit.team.all().delete()
            audit.options.all().delete()
            audit.delete()


class FilingState(StrEnum):
    """Where one report obligation stands, for the enterprise's dashboard."""

    FILED = "filed"
    FILED_LATE = "filed_late"
    AWAITING_PUBLICATION = "awaiting_publication"
    DRAFT = "draft"
    DRAFT_OVERDUE = "draft_overdue"
    MISSING = "missing"
    DUE = "due"
    NOT_REQUIRED = "not_required"


FILING_STATE_LABELS = {
    FilingState.FILED: gettext_lazy("Filed on time"),
    FilingState.FILED_LATE: gettext_lazy("Filed late"),
    FilingState.AWAITING_PUBLICATION: gettext_lazy("Submitted, awaiting publication"),
    FilingState.DRAFT: gettext_lazy("Draft"),
    FilingState.DRAFT_OVERDUE: gettext_lazy("Draft, overdue"),
    FilingState.MISSING: gettext_lazy("Missing, overdue"),
    FilingState.DUE: gettext_lazy("Not started"),
    FilingState.NOT_REQUIRED: gettext_lazy("Not on the list: voluntary"),
}
# Badge classes of cphub.css; the label always says the same in words.
FILING_STATE_BADGES = {
    FilingState.FILED: "success",
    FilingState.FILED_LATE: "warning",
    FilingState.AWAITING_PUBLICATION: "info",
    FilingState.DRAFT: "draft",
    FilingState.DRAFT_OVERDUE: "danger",
    FilingState.MISSING: "danger",
    FilingState.DUE: "plain",
    FilingState.NOT_REQUIRED: "plain",
}


@dataclasses.dataclass
class Filing:
    """One report obligation (or a year without an annual report) on the dashboard."""

    year: int
    state: FilingState
    due_on: datetime.date | None
    report: Report | None = None
    draft: ReportVersion | None = None
    # The latest published version, if any.
    current: ReportVersion | None = None
    # The newest version of any status.
    latest: ReportVersion | None = None

    @property
    def label(self):
        return FILING_STATE_LABELS[self.state]

    @property
    def badge(self) -> str:
        return FILING_STATE_BADGES[self.state]

    @property
    def can_amend(self) -> bool:
        """Only when the newest version is the published one (not while a draft or a
        submission awaiting publication exists)."""
        return self.current is not None and self.latest == self.current


@dataclasses.dataclass
class EnterpriseFilings:
    enterprise: Enterprise
    annual: list[Filing]
    adhoc: list[Filing]
    # Past years without an annual report, for "Start the annual report for…".
    startable_years: list[int]


def _filing(
    report: Report | None,
    *,
    year: int,
    due_on: datetime.date | None,
    required: bool,
    today: datetime.date,
) -> Filing:
    if report is None:
        if not required:
            state = FilingState.NOT_REQUIRED
        elif due_on is not None and due_on < today:
            state = FilingState.MISSING
        else:
            state = FilingState.DUE
        return Filing(year=year, state=state, due_on=due_on)
    versions = list(report.versions.all())  # prefetched
    draft = next((v for v in versions if v.status == ReportVersion.Status.DRAFT), None)
    published = [v for v in versions if v.status == ReportVersion.Status.PUBLISHED]
    current = max(published, key=lambda v: v.number) if published else None
    if report.first_submitted_at is None:
        overdue = report.due_on < today
        if draft is not None:
            state = FilingState.DRAFT_OVERDUE if overdue else FilingState.DRAFT
        else:
            state = FilingState.MISSING if overdue else FilingState.DUE
    elif current is None:
        state = FilingState.AWAITING_PUBLICATION
    else:
        state = FilingState.FILED_LATE if report.filed_late() else FilingState.FILED
    return Filing(
        year=year,
        state=state,
        due_on=report.due_on,
        report=report,
        draft=draft,
        current=current,
        latest=max(versions, key=lambda v: v.number) if versions else None,
    )


def filing_overview(
    *,
    user: User,
    today: datetime.date | None = None,
    enterprises: list[Enterprise] | None = None,
) -> list[EnterpriseFilings]:
    """For each enterprise ``user`` acts for (``enterprises``, when the caller has just read
    ``member_enterprises``): its annual reports of recent years, its ad-hoc reports, and the
    past years it can still start an annual report for. A bounded number of queries whatever
    the number of enterprises and reports."""
    today = today or timezone.localdate()
    if enterprises is None:
        enterprises = member_enterprises(user=user)
    if not enterprises:
        return []
    last_year = today.year - 1
    recent = list(range(last_year, last_year - RECENT_YEARS, -1))
    oldest = last_year - STARTABLE_YEARS + 1
    # The reports of recent years and older ad-hoc reports still waiting to be filed, in one
    # query through the enterprise index (bounded by the enterprises' own reports).
    found = list(
        Report.objects.filter(enterprise__in=enterprises)
        .filter(
            Q(year__gte=oldest)
            | Q(kind=Report.Kind.ADHOC, first_submitted_at__isnull=True, year__lt=oldest)
        )
        .select_related("enterprise")
        # By number, without the default order's joins to the report and the enterprise.
        .prefetch_related(
            Prefetch("versions", queryset=ReportVersion.objects.order_by("report_id", "number"))
        )
        .order_by("-year", "kind", "-sequence")
    )
    reports = [report for report in found if report.year >= oldest]
    older_unfiled = sorted(
        (report for report in found if report.year < oldest),
        key=lambda report: (-report.year, report.enterprise.credit_code, report.sequence),
    )
    entries = {
        (entry.enterprise_id, entry.year): entry
        for entry in ListEntry.objects.filter(
            enterprise__in=enterprises, year__in=recent
        ).order_by()
    }
    by_enterprise: dict[int, list[Report]] = {}
    for report in [*reports, *older_unfiled]:
        by_enterprise.setdefault(report.enterprise_id, []).append(report)
    overview = []
    for enterprise in enterprises:
        own = by_enterprise.get(enterprise.pk, [])
        annual_by_year = {r.year: r for r in own if r.kind == Report.Kind.ANNUAL}
        annual = []
        for year in sorted(set(recent) | {y for y in annual_by_year if y >= oldest}, reverse=True):
            entry = entries.get((enterprise.pk, year))
            required = bool(entry and entry.must_disclose)
            annual.append(
                _filing(
                    annual_by_year.get(year),
                    year=year,
                    due_on=deadlines.annual_due_on(year),
                    required=required,
                    today=today,
                )
            )
        adhoc = [
            _filing(report, year=report.year, due_on=report.due_on, required=True, today=today)
            for report in own
            if report.kind == Report.Kind.ADHOC
        ]
        startable = [
            year for year in range(last_year, oldest - 1, -1) if year not in annual_by_year
        ]
        overview.append(
            EnterpriseFilings(
                enterprise=enterprise, annual=annual, adhoc=adhoc, startable_years=startable
            )
        )
    return overview


# --- reviewer tools --------------------------------------------------------------------------


def save_enterprise(*, enterprise: Enterprise, actor: User) -> Enterprise:
    """Create or update an enterprise from the admin, keeping its search summaries right
    (they copy the region and the sector)."""
    from disclosure.credit_codes import normalise

    require_reviewer(actor)
    enterprise.credit_code = normalise(enterprise.credit_code)
    enterprise.full_clean()
    with transaction.atomic():
        enterprise.save()
        for year in EnterpriseYear.objects.filter(enterprise=enterprise).values_list(
            "year", flat=True
        ):
            refresh_enterprise_year(enterprise=enterprise, year=year)
    return enterprise


def remove_list_entry(*, entry: ListEntry, actor: User) -> None:
    """Take an enterprise off a year's list (an entry made by mistake)."""
    require_reviewer(actor)
    with transaction.atomic():
        enterprise, year = entry.enterprise, entry.year
        entry.delete()
        refresh_enterprise_year(enterprise=enterprise, year=year)


def refresh_enterprise_years(*, pairs: list[tuple[Enterprise, int]]) -> None:
    """``refresh_enterprise_year`` for many enterprise-years at once (list imports). A year
    without reports needs only the list entry, so those summaries are written in batches;
    years with reports are rebuilt one by one."""
    wanted = {(enterprise.pk, year): enterprise for enterprise, year in pairs}
    for start in range(0, len(wanted), 500):
        chunk = dict(list(wanted.items())[start : start + 500])
        pks, years = {pk for pk, _year in chunk}, {year for _pk, year in chunk}
        with_reports = set(
            Report.objects.filter(enterprise_id__in=pks, year__in=years)
            .order_by()
            .values_list("enterprise_id", "year")
        )
        entries = {
            (entry.enterprise_id, entry.year): entry
            for entry in ListEntry.objects.filter(enterprise_id__in=pks, year__in=years).order_by()
        }
        stored = {
            (summary.enterprise_id, summary.year): summary
            for summary in EnterpriseYear.objects.filter(enterprise_id__in=pks, year__in=years)
        }
        new, changed = [], []
        for key, enterprise in chunk.items():
            year = key[1]
            if key in with_reports:
                refresh_enterprise_year(enterprise=enterprise, year=year)
                continue
            summary = stored.get(key) or EnterpriseYear(enterprise=enterprise, year=year)
            fields = summary_fields(
                enterprise=enterprise,
                sector_code=enterprise.sector.code,
                year=year,
                entry=entries.get(key),
                annual=None,
                adhoc=[],
                current_versions=[],
                pollutant_codes=[],
            )
            for name, value in fields.items():
                setattr(summary, name, value)
            (changed if summary.pk else new).append(summary)
        EnterpriseYear.objects.bulk_create(new, batch_size=500)
        # One UPDATE each: Django's bulk_update is far slower for thousands of rows.
        for summary in changed:
            summary.save(update_fields=SUMMARY_FIELDS)
