"""Authority reviewers' pages in the CMS admin: import and export the key-enterprise list,
invite enterprise users, register ad-hoc events, record audit assessment and acceptance, and
publish submitted reports when the authority reviews them first.

Every page is for reviewers with two-factor authentication (``services.is_reviewer``), and
every write goes through ``disclosure.services``, which checks again.
"""

import datetime

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied

from disclosure import credit_codes, importers, services
from disclosure.models import (
    AuditResult,
    Enterprise,
    Invitation,
    ListBasis,
    ListEntry,
    Report,
    ReportVersion,
)
from disclosure.presenters import present_version

LIST_FILE_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": importers.XLSX_CONTENT_TYPE,
}
RECENT = 50


def reviewer(user) -> bool:
    """``services.is_reviewer``, remembered for the request (menus ask many times)."""
    cached = getattr(user, "_disclosure_reviewer", None)
    if cached is None:
        cached = services.is_reviewer(user)
        user._disclosure_reviewer = cached
    return cached


def _refused(request):
    """A plain 403 for anyone but a reviewer (Wagtail would turn a raised PermissionDenied
    into a redirect to the dashboard)."""
    if reviewer(request.user):
        return None
    return permission_denied(request, PermissionDenied())


def _first_message(error: Exception) -> str:
    messages_ = getattr(error, "messages", None)
    return messages_[0] if messages_ else str(error)


def review_before_publishing() -> bool:
    return bool(getattr(settings, "DISCLOSURE_REVIEW_BEFORE_PUBLISHING", False))


# --- Choosing an enterprise by its credit code -------------------------------------------------


class EnterpriseCodeField(forms.ModelChoiceField):
    """An enterprise typed as its unified social credit code (there are far too many for a
    drop-down list)."""

    widget = forms.TextInput

    def __init__(self, **kwargs):
        kwargs.setdefault("label", gettext_lazy("Unified social credit code"))
        kwargs.setdefault(
            "help_text",
            gettext_lazy("The enterprise's 18-character code, e.g. 91320583MAD000001P."),
        )
        super().__init__(queryset=Enterprise.objects.all(), to_field_name="credit_code", **kwargs)
        self.widget.attrs.update({"autocomplete": "off", "spellcheck": "false", "size": 24})

    def to_python(self, value):
        if value in self.empty_values:
            return None
        code = credit_codes.normalise(str(value))
        if message := credit_codes.problem(code):
            raise ValidationError(message, code="invalid_credit_code")
        enterprise = Enterprise.objects.filter(credit_code=code).first()
        if enterprise is None:
            raise ValidationError(
                _("No enterprise has this credit code. Add it to the list first."),
                code="invalid_choice",
            )
        return enterprise

    def prepare_value(self, value):
        if isinstance(value, Enterprise):
            return value.credit_code
        if isinstance(value, int):
            return Enterprise.objects.filter(pk=value).values_list("credit_code", flat=True).first()
        return value

    def has_changed(self, initial, data):
        return str(self.prepare_value(initial) or "") != str(data or "")


def _initial_enterprise(request) -> dict:
    code = credit_codes.normalise(request.GET.get("enterprise", ""))[:18]
    return {"enterprise": code} if code else {}


# --- The key-enterprise list: import, template, export -----------------------------------------


class ListImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy("A .csv (UTF-8) or .xlsx file with the columns described below."),
    )


def list_import_view(request):
    if refused := _refused(request):
        return refused
    result = None
    form = ListImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        dry_run = request.POST.get("action") != "import"
        result = importers.import_list(
            form.cleaned_data["file"], actor=request.user, dry_run=dry_run
        )
        if result.ok and not dry_run:
            messages.success(
                request,
                _("Import finished: %(created)d entries added, %(updated)d changed.")
                % {"created": result.created, "updated": result.updated},
            )
        elif not result.ok:
            messages.error(request, _("Nothing was imported: the file has problems."))
    return TemplateResponse(
        request,
        "disclosure/admin/list_import.html",
        {
            "form": form,
            "result": result,
            "changes": result.changes[:200] if result else [],
            "columns": importers.COLUMNS,
            "required_columns": importers.REQUIRED_COLUMNS,
            "bases": [
                (basis.value, importers.BASIS_LABELS_ZH[basis], basis.label) for basis in ListBasis
            ],
            "max_megabytes": importers.MAX_BYTES // 2**20,
            "max_rows": importers.MAX_ROWS,
            "years": list_years(),
        },
    )


def list_years() -> list[int]:
    return list(ListEntry.objects.order_by("-year").values_list("year", flat=True).distinct())


def _file_response(content: bytes, file_format: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=LIST_FILE_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def list_template_view(request, file_format: str):
    if refused := _refused(request):
        return refused
    if file_format not in LIST_FILE_TYPES:
        raise Http404
    content = importers.template_csv() if file_format == "csv" else importers.template_xlsx()
    return _file_response(content, file_format, importers.export_filename(None, file_format))


def list_export_view(request):
    if refused := _refused(request):
        return refused
    file_format = request.GET.get("format", "csv")
    year = request.GET.get("year", "")
    if file_format not in LIST_FILE_TYPES or not (year.isascii() and year.isdigit()):
        raise Http404
    year = int(year)
    content = importers.export_csv(year) if file_format == "csv" else importers.export_xlsx(year)
    return _file_response(content, file_format, importers.export_filename(year, file_format))


# --- Inviting enterprise users -----------------------------------------------------------------


class InvitationForm(forms.Form):
    enterprise = EnterpriseCodeField()
    email = forms.EmailField(
        label=gettext_lazy("Email address"),
        help_text=gettext_lazy(
            "The person gets a link that works once, for 14 days, and must sign in with this "
            "address."
        ),
    )


def invitation_status(invitation: Invitation, now: datetime.datetime) -> tuple[str, str]:
    """(key, label) of where the invitation stands."""
    if invitation.accepted_at is not None:
        return "accepted", _("Accepted")
    if invitation.expires_at < now:
        return "expired", _("Expired")
    return "pending", _("Pending")


def invitations_view(request):
    if refused := _refused(request):
        return refused
    form = InvitationForm(request.POST or None, initial=_initial_enterprise(request))
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invite(
                enterprise=form.cleaned_data["enterprise"],
                email=form.cleaned_data["email"],
                invited_by=request.user,
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _first_message(error))
        else:
            messages.success(
                request,
                _("Invitation sent to %(email)s for %(enterprise)s.")
                % {"email": invitation.email, "enterprise": invitation.enterprise.name},
            )
            return redirect("disclosure_admin_invitations")
    query = request.GET.get("q", "").strip()[:100]
    invitations = Invitation.objects.select_related("enterprise", "invited_by", "accepted_by")
    if query:
        invitations = invitations.filter(
            Q(email__icontains=query)
            | Q(enterprise__name__icontains=query)
            | Q(enterprise__credit_code=credit_codes.normalise(query))
        )
    now = timezone.now()
    rows = [
        (invitation, *invitation_status(invitation, now))
        for invitation in invitations.order_by("-created_at")[:100]
    ]
    return TemplateResponse(
        request,
        "disclosure/admin/invitations.html",
        {"form": form, "rows": rows, "query": query},
    )


# --- Ad-hoc events -----------------------------------------------------------------------------


class AdhocEventForm(forms.Form):
    enterprise = EnterpriseCodeField()
    trigger = forms.ChoiceField(label=gettext_lazy("Event"), choices=Report.Trigger.choices)
    trigger_date = forms.DateField(
        label=gettext_lazy("Date of the event"), widget=forms.DateInput(attrs={"type": "date"})
    )
    description = forms.CharField(
        label=gettext_lazy("What happened"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Shown to the enterprise and, once it reports, to the public; e.g. the penalty "
            "decision number."
        ),
    )


def adhoc_view(request):
    if refused := _refused(request):
        return refused
    form = AdhocEventForm(request.POST or None, initial=_initial_enterprise(request))
    if request.method == "POST" and form.is_valid():
        try:
            report = services.open_adhoc_report(
                enterprise=form.cleaned_data["enterprise"],
                trigger=form.cleaned_data["trigger"],
                trigger_date=form.cleaned_data["trigger_date"],
                description=form.cleaned_data["description"],
                user=request.user,
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _first_message(error))
        else:
            messages.success(
                request,
                _("Ad-hoc report %(id)s registered; it is due on %(due)s.")
                % {"id": report.public_id, "due": report.due_on.isoformat()},
            )
            return redirect("disclosure_admin_adhoc")
    reports = (
        Report.objects.filter(kind=Report.Kind.ADHOC)
        .select_related("enterprise")
        .order_by("-created_at")[:RECENT]
    )
    return TemplateResponse(
        request,
        "disclosure/admin/adhoc.html",
        {"form": form, "reports": reports, "today": timezone.localdate()},
    )


# --- Audit assessment and acceptance -----------------------------------------------------------


class AuditResultForm(forms.Form):
    enterprise = EnterpriseCodeField()
    round = forms.IntegerField(label=gettext_lazy("Audit round"), min_value=1, max_value=99)
    stage = forms.ChoiceField(label=gettext_lazy("Stage"), choices=AuditResult.Stage.choices)
    outcome = forms.ChoiceField(label=gettext_lazy("Outcome"), choices=AuditResult.Outcome.choices)
    decided_on = forms.DateField(
        label=gettext_lazy("Decided on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    authority = forms.CharField(
        label=gettext_lazy("Authority"),
        max_length=200,
        help_text=gettext_lazy("The department that assessed or accepted the audit."),
    )
    notes = forms.CharField(
        label=gettext_lazy("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean_decided_on(self):
        decided_on = self.cleaned_data["decided_on"]
        if decided_on > timezone.localdate():
            raise ValidationError(_("The decision date cannot be in the future."))
        return decided_on


def audit_results_view(request):
    if refused := _refused(request):
        return refused
    form = AuditResultForm(request.POST or None, initial=_initial_enterprise(request))
    if request.method == "POST" and form.is_valid():
        try:
            result = services.record_audit_result(user=request.user, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _first_message(error))
        else:
            messages.success(
                request,
                _("Recorded: %(enterprise)s, round %(round)d, %(stage)s %(outcome)s.")
                % {
                    "enterprise": result.enterprise.name,
                    "round": result.round,
                    "stage": result.get_stage_display().lower(),
                    "outcome": result.get_outcome_display().lower(),
                },
            )
            return redirect("disclosure_admin_audit_results")
    results = AuditResult.objects.select_related("enterprise", "recorded_by").order_by(
        "-recorded_at"
    )[:RECENT]
    return TemplateResponse(
        request, "disclosure/admin/audit_results.html", {"form": form, "results": results}
    )


# --- Publishing submitted versions -------------------------------------------------------------


def publish_queue_view(request):
    if refused := _refused(request):
        return refused
    waiting = ReportVersion.objects.filter(status=ReportVersion.Status.SUBMITTED)
    return TemplateResponse(
        request,
        "disclosure/admin/publish_queue.html",
        {
            "versions": waiting.select_related("report__enterprise").order_by("submitted_at")[:200],
            "count": waiting.count(),
            "review_first": review_before_publishing(),
        },
    )


def version_view(request, pk: int):
    if refused := _refused(request):
        return refused
    version = get_object_or_404(
        ReportVersion.objects.select_related("report__enterprise__sector"), pk=pk
    )
    if version.is_draft:
        # Drafts belong to the enterprise until it submits them.
        raise Http404
    return TemplateResponse(
        request,
        "disclosure/admin/version.html",
        {"version": version, "report": version.report, "content": present_version(version=version)},
    )


@require_POST
def publish_view(request, pk: int):
    if refused := _refused(request):
        return refused
    version = get_object_or_404(ReportVersion.objects.select_related("report__enterprise"), pk=pk)
    try:
        services.publish_version(version=version, user=request.user)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _first_message(error))
        return redirect("disclosure_admin_version", pk=version.pk)
    messages.success(
        request,
        _("%(version)s is published.")
        % {"version": f"{version.report.public_id} v{version.number}"},
    )
    return redirect("disclosure_admin_publish_queue")
