"""Pages for enterprise users: accept an invitation, see what is due, fill in and submit
reports, amend published ones. Mounted at /disclosure/manage/.

Every page but the invitation needs the discloser role with MFA (``role_required``), and
every report page checks through the services that the user acts for the report's
enterprise: another enterprise's reports answer 404, as if they did not exist. Published
versions are read-only; changes go through an amendment (a new draft version).
"""

import secrets

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.permissions import role_required
from accounts.roles import Role
from accounts.selectors import user_has_mfa
from core.units import UNITS
from disclosure import forms as manage_forms
from disclosure import section_import, services
from disclosure.models import (
    Pollutant,
    Report,
    ReportVersion,
    Standard,
)
from disclosure.presenters import present_version
from disclosure.selectors.cached import kept_until_disclosure_changes

ROW_SECTIONS = ("discharges", "wastes", "penalties")
AUDIT_PARTS = ("options", "team")
FORMATS = ("csv", "xlsx")
# Upload problems listed on the page (the rest are counted).
SHOWN_ERRORS = 200

discloser = role_required(Role.DISCLOSER)


# --- Lookups that hide other enterprises ------------------------------------------------------


def _report(request, public_id: str) -> Report:
    try:
        return services.member_report(public_id=public_id, user=request.user)
    except PermissionDenied as denied:
        raise Http404(_("No such report among your enterprises.")) from denied


def _enterprise(request, credit_code: str):
    try:
        return services.member_enterprise(credit_code=credit_code, user=request.user)
    except PermissionDenied as denied:
        raise Http404(_("No such enterprise among yours.")) from denied


def _draft_or_refuse(request, report: Report) -> ReportVersion | None:
    """The report's draft, or None after telling the user why nothing can be edited."""
    version = services.working_version(report)
    if version is not None and version.is_draft:
        return version
    if version is None:
        messages.error(request, _("Start the report before filling it in."))
    else:
        messages.error(
            request,
            _(
                "Version %(number)d was submitted and cannot be changed. To correct it, start "
                "an amendment."
            )
            % {"number": version.number},
        )
    return None


def _report_url(report: Report, anchor: str = "") -> str:
    url = reverse("disclosure_manage:report", args=[report.public_id])
    return f"{url}#{anchor}" if anchor else url


# --- Invitation -------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def invitation(request, token: str):
    check = services.check_invitation(token=token, user=request.user)
    if request.method == "POST" and request.user.is_authenticated and check.ok:
        try:
            membership = services.accept_invitation(token=token, user=request.user)
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            check = services.check_invitation(token=token, user=request.user)
        else:
            name = membership.enterprise.name
            if not user_has_mfa(user=request.user):
                messages.success(
                    request,
                    _(
                        "You now act for %(name)s. To protect its reports, set up two-factor "
                        "authentication next; then open “My enterprises” again."
                    )
                    % {"name": name},
                )
                return redirect("mfa_activate_totp")
            messages.success(request, _("You now act for %(name)s.") % {"name": name})
            return redirect("disclosure_manage:home")
    return render(
        request,
        "disclosure/manage/invitation.html",
        {"check": check, "token": token, "next": request.get_full_path()},
        status=200 if check.state in ("valid", "accepted_by_you") else 400,
    )


# --- Dashboard --------------------------------------------------------------------------------


DASHBOARD_SECTION = "disclosure/manage/includes/enterprise_filings.html"


def _enterprise_sections(overview, *, bound: dict, csrf_token: str) -> list[str]:
    """Each enterprise's part of the dashboard as HTML, rendered without the request."""
    sections = []
    for filings in overview:
        pk = filings.enterprise.pk
        filings.start_form = manage_forms.StartAnnualReportForm(
            years=filings.startable_years, prefix=f"annual-{pk}"
        )
        filings.adhoc_form = bound.get(pk) or manage_forms.AdhocReportForm(prefix=f"adhoc-{pk}")
        sections.append(
            render_to_string(DASHBOARD_SECTION, {"filings": filings, "csrf_token": csrf_token})
        )
    return sections


def _kept_enterprise_sections(request) -> list[str]:
    """The sections of the user's enterprises, kept until the disclosure data changes (the
    memberships are disclosure data too, so joining or leaving an enterprise shows at once):
    rendered once with a placeholder for the CSRF token, which each request replaces with
    its own. A kept dashboard costs no query of its own: it is only reached through
    ``discloser``, which has just checked the role and its two-factor authentication (without
    it ``member_enterprises`` would find none)."""
    user = request.user

    def compute() -> list:
        # Random, so that no text an enterprise wrote can contain it.
        placeholder = f"csrf-placeholder-{secrets.token_hex(16)}"
        enterprises = services.member_enterprises(user=user)
        overview = services.filing_overview(user=user, enterprises=enterprises)
        return [placeholder, _enterprise_sections(overview, bound={}, csrf_token=placeholder)]

    placeholder, sections = kept_until_disclosure_changes(
        name="filing-dashboard", parts=[user.pk, get_language()], compute=compute, request=request
    )
    if not sections:
        return []
    token = get_token(request)
    return [section.replace(placeholder, token) for section in sections]


def _dashboard(request, bound: dict | None = None, status: int = 200):
    if bound:
        overview = services.filing_overview(user=request.user)
        sections = _enterprise_sections(overview, bound=bound, csrf_token=get_token(request))
    else:
        sections = _kept_enterprise_sections(request)
    return render(
        request,
        "disclosure/manage/home.html",
        # Rendered by our templates, which escape what users wrote.
        {"sections": [mark_safe(section) for section in sections]},  # noqa: S308
        status=status,
    )


@discloser
@require_GET
def home(request):
    return _dashboard(request)


@discloser
@require_POST
def start_annual(request, credit_code: str):
    enterprise = _enterprise(request, credit_code)
    filings = next(
        f for f in services.filing_overview(user=request.user) if f.enterprise == enterprise
    )
    form = manage_forms.StartAnnualReportForm(
        request.POST, years=filings.startable_years, prefix=f"annual-{enterprise.pk}"
    )
    if not form.is_valid():
        messages.error(request, _("Choose a past year that has no annual report yet."))
        return redirect("disclosure_manage:home")
    try:
        draft = services.open_annual_report(
            enterprise=enterprise, year=form.cleaned_data["year"], user=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("disclosure_manage:home")
    messages.success(
        request, _("The annual report for %(year)d is open.") % {"year": draft.report.year}
    )
    return redirect(_report_url(draft.report))


@discloser
@require_POST
def open_adhoc(request, credit_code: str):
    enterprise = _enterprise(request, credit_code)
    form = manage_forms.AdhocReportForm(request.POST, prefix=f"adhoc-{enterprise.pk}")
    if form.is_valid():
        try:
            report = services.open_adhoc_report(
                enterprise=enterprise,
                trigger=form.cleaned_data["trigger"],
                trigger_date=form.cleaned_data["trigger_date"],
                description=form.cleaned_data["description"],
                user=request.user,
            )
            services.draft_for_adhoc(report=report, user=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Ad-hoc report %(id)s is open. It is due on %(date)s.")
                % {"id": report.public_id, "date": report.due_on.isoformat()},
            )
            return redirect(_report_url(report))
    return _dashboard(request, bound={enterprise.pk: form}, status=400)


# --- A report ---------------------------------------------------------------------------------


def _label(code: str) -> str:
    unit = UNITS.get(code)
    return str(unit.label) if unit else code


def _version_context(version: ReportVersion) -> dict:
    """The version's sections as the shared include shows them (figures as entered)."""
    return {"version": version, "content": present_version(version=version)}


@discloser
@require_GET
def report(request, public_id: str):
    report = _report(request, public_id)
    version = services.working_version(report)
    context = {
        "report": report,
        "enterprise": report.enterprise,
        "version": version,
        "versions": list(report.versions.order_by("number")),
    }
    if version is not None:
        context.update(_version_context(version))
        context["amendment_of"] = report.current_version if version.is_draft else None
    return render(request, "disclosure/manage/report.html", context)


@discloser
@require_POST
def start(request, public_id: str):
    report = _report(request, public_id)
    try:
        services.start_report(report=report, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(_report_url(report))


@discloser
@require_POST
def amend(request, public_id: str):
    report = _report(request, public_id)
    try:
        draft = services.start_amendment(report=report, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(_report_url(report))
    messages.success(
        request,
        _(
            "Version %(number)d is a draft copy of the published report. Say what changes and "
            "why, correct the sections, then submit it."
        )
        % {"number": draft.number},
    )
    return redirect("disclosure_manage:basic", public_id=report.public_id)


@discloser
@require_http_methods(["GET", "POST"])
def basic(request, public_id: str):
    report = _report(request, public_id)
    version = _draft_or_refuse(request, report)
    if version is None:
        return redirect(_report_url(report))
    form = manage_forms.BasicInformationForm(
        request.POST or None,
        version=version,
        initial=manage_forms.BasicInformationForm.initial_for(version),
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        carbon_value, carbon_unit = data.pop("carbon_value"), data.pop("carbon_unit")
        try:
            services.update_basic_information(
                version=version,
                user=request.user,
                carbon_value=carbon_value,
                carbon_unit=carbon_unit,
                **data,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The basic information is saved."))
            return redirect(_report_url(report, "basic"))
    return render(
        request,
        "disclosure/manage/basic.html",
        {"report": report, "version": version, "form": form},
        status=400 if form.is_bound else 200,
    )


def _reference(section: str) -> dict:
    """What the columns of a section refer to, listed on its page."""
    if section != "discharges":
        return {}
    return {
        "pollutants": [
            {"pollutant": p, "unit": _label(p.concentration_unit)}
            for p in Pollutant.objects.order_by("medium", "order", "code")
        ],
        "standards": Standard.objects.order_by("number"),
        "concentration_units": [
            u for u in UNITS.values() if u.family in ("air_conc", "air_conc_teq", "water_conc")
        ],
        "mass_units": [u for u in UNITS.values() if u.family == "mass"],
    }


def _section_rows(version: ReportVersion, section: str):
    if section == "discharges":
        return list(version.discharges.select_related("pollutant", "standard"))
    if section == "wastes":
        return list(version.wastes.all())
    return list(version.penalties.all())


def _render_section(request, report, version, section, *, formset=None, result=None, status=200):
    spec = section_import.SECTIONS[section]
    formset_class = manage_forms.SECTION_FORMSETS[section]
    rows = _section_rows(version, section)
    too_many = len(rows) > formset_class.max_rows
    if formset is None and not too_many:
        form_class = formset_class.form
        formset = formset_class(
            initial=[form_class.initial_for(row) for row in rows],
            prefix="rows",
            form_kwargs={"version": version, "context": manage_forms.row_context(section)},
        )
    return render(
        request,
        "disclosure/manage/section.html",
        {
            "report": report,
            "version": version,
            "section": spec,
            "formset": None if too_many else formset,
            "row_count": len(rows),
            "max_form_rows": formset_class.max_rows,
            "upload_form": manage_forms.UploadForm(),
            "result": result,
            "shown_errors": result.errors[:SHOWN_ERRORS] if result else [],
            "hidden_errors": max(0, len(result.errors) - SHOWN_ERRORS) if result else 0,
            "upload_url": reverse("disclosure_manage:upload", args=[report.public_id, section]),
            **_reference(section),
        },
        status=status,
    )


@discloser
@require_http_methods(["GET", "POST"])
def section(request, public_id: str, section: str):
    if section not in ROW_SECTIONS:
        raise Http404
    report = _report(request, public_id)
    version = _draft_or_refuse(request, report)
    if version is None:
        return redirect(_report_url(report, section))
    if request.method == "GET":
        return _render_section(request, report, version, section)
    formset_class = manage_forms.SECTION_FORMSETS[section]
    formset = formset_class(
        request.POST,
        prefix="rows",
        form_kwargs={"version": version, "context": manage_forms.row_context(section)},
    )
    if formset.is_valid():
        replace = {
            "discharges": services.replace_discharges,
            "wastes": services.replace_wastes,
            "penalties": services.replace_penalties,
        }[section]
        try:
            replace(version=version, user=request.user, records=formset.items())
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The section is saved."))
            return redirect(_report_url(report, section))
    return _render_section(request, report, version, section, formset=formset, status=400)


def _read_upload(request) -> tuple[bytes, str] | None:
    form = manage_forms.UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return None
    upload = form.cleaned_data["file"]
    return upload.read(section_import.MAX_BYTES + 1), upload.name


def _upload_message(request, result: section_import.ImportResult) -> None:
    messages.success(
        request,
        _("The file is imported: %(rows)d rows replace the section's rows.")
        % {"rows": result.rows},
    )
    for warning in result.warnings:
        messages.warning(
            request,
            _("Line %(line)d: %(message)s")
            % {
                "line": warning.line,
                "message": warning.message,
            },
        )


def _no_file_result() -> section_import.ImportResult:
    return section_import.ImportResult(
        errors=[section_import.RowError(0, _("Choose a CSV or XLSX file to upload."))]
    )


@discloser
@require_POST
def upload(request, public_id: str, section: str):
    if section not in ROW_SECTIONS:
        raise Http404
    report = _report(request, public_id)
    version = _draft_or_refuse(request, report)
    if version is None:
        return redirect(_report_url(report, section))
    upload = _read_upload(request)
    if upload is None:
        result = _no_file_result()
    else:
        data, filename = upload
        result = section_import.import_section(
            version=version, user=request.user, section=section, data=data, filename=filename
        )
    if result.ok:
        _upload_message(request, result)
        return redirect(_report_url(report, section))
    return _render_section(request, report, version, section, result=result, status=400)


# --- CP audits --------------------------------------------------------------------------------


def _audit_formsets(request, version, audit, *, bound: bool):
    data = request.POST if bound else None
    team = section_import.existing_team(audit) if audit else []
    options = section_import.existing_options(audit) if audit else []
    context = {"version": version, "context": {}}
    team_formset = manage_forms.TeamFormSet(
        data, prefix="team", initial=None if bound else team, form_kwargs=context
    )
    option_formset = manage_forms.OptionFormSet(
        data,
        prefix="options",
        initial=None if bound else [manage_forms.OptionForm.initial_for(o) for o in options],
        form_kwargs=context,
    )
    return team_formset, option_formset, len(team), len(options)


def _audit_page(request, public_id: str, round: int | None):
    report = _report(request, public_id)
    version = _draft_or_refuse(request, report)
    if version is None:
        return redirect(_report_url(report, "audits"))
    audit = None
    if round is not None:
        audit = version.audits.filter(round=round).prefetch_related("team", "options").first()
        if audit is None:
            raise Http404
    bound = request.method == "POST"
    form = manage_forms.AuditForm(
        request.POST if bound else None,
        initial=manage_forms.AuditForm.initial_for(audit) if audit else {"compulsory": "yes"},
        taken_rounds=version.audits.values_list("round", flat=True),
        editing=audit is not None,
    )
    team_formset, option_formset, team_count, option_count = _audit_formsets(
        request, version, audit, bound=bound
    )
    too_many = (
        team_count > manage_forms.TeamFormSet.max_rows
        or option_count > manage_forms.OptionFormSet.max_rows
    )
    if bound and not too_many:
        valid = [form.is_valid(), team_formset.is_valid(), option_formset.is_valid()]
        if all(valid):
            team = team_formset.items()
            try:
                saved = services.save_audit(
                    version=version,
                    user=request.user,
                    round=form.cleaned_data["round"],
                    team=team,
                    options=option_formset.items(),
                    **form.audit_fields(),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("Audit round %(round)d is saved.") % {"round": saved.round}
                )
                for member in saved.team.all():
                    warning = section_import.certificate_warning(member)
                    if warning:
                        messages.warning(request, warning)
                return redirect(_report_url(report, "audits"))
    return render(
        request,
        "disclosure/manage/audit.html",
        {
            "report": report,
            "version": version,
            "audit": audit,
            "form": form,
            "team_formset": team_formset,
            "option_formset": option_formset,
            "too_many": too_many,
            "upload_form": manage_forms.UploadForm(),
            "sections": section_import.SECTIONS,
        },
        status=400 if bound else 200,
    )


@discloser
@require_http_methods(["GET", "POST"])
def audit_new(request, public_id: str):
    return _audit_page(request, public_id, None)


@discloser
@require_http_methods(["GET", "POST"])
def audit_edit(request, public_id: str, round: int):
    return _audit_page(request, public_id, round)


@discloser
@require_POST
def audit_delete(request, public_id: str, round: int):
    report = _report(request, public_id)
    version = _draft_or_refuse(request, report)
    if version is not None:
        services.delete_audit(version=version, user=request.user, round=round)
        messages.success(request, _("Audit round %(round)d is removed.") % {"round": round})
    return redirect(_report_url(report, "audits"))


@discloser
@require_POST
def audit_upload(request, public_id: str, round: int, part: str):
    if part not in AUDIT_PARTS:
        raise Http404
    report = _report(request, public_id)
    version = _draft_or_refuse(request, report)
    if version is None:
        return redirect(_report_url(report, "audits"))
    upload = _read_upload(request)
    if upload is None:
        result = _no_file_result()
    else:
        data, filename = upload
        result = section_import.import_section(
            version=version,
            user=request.user,
            section=part,
            data=data,
            filename=filename,
            round=round,
        )
    if result.ok:
        _upload_message(request, result)
        return redirect(_report_url(report, "audits"))
    return render(
        request,
        "disclosure/manage/upload_errors.html",
        {
            "report": report,
            "version": version,
            "section": section_import.SECTIONS[part],
            "round": round,
            "result": result,
            "shown_errors": result.errors[:SHOWN_ERRORS],
            "hidden_errors": max(0, len(result.errors) - SHOWN_ERRORS),
        },
        status=400,
    )


# --- Files ------------------------------------------------------------------------------------


def _file_response(rows, *, section: str, ext: str, filename: str) -> HttpResponse:
    spec = section_import.SECTIONS[section]
    if ext == "csv":
        body, content_type = section_import.write_csv(rows), section_import.CSV_CONTENT_TYPE
    else:
        body = section_import.write_xlsx(rows, section=section, title=spec.name)
        content_type = section_import.XLSX_CONTENT_TYPE
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{ext}"'
    return response


@discloser
@require_GET
def template(request, section: str, ext: str):
    if section not in section_import.SECTIONS or ext not in FORMATS:
        raise Http404
    return _file_response(
        section_import.example_rows(section),
        section=section,
        ext=ext,
        filename=f"cphub-{section}-template",
    )


@discloser
@require_GET
def export(request, public_id: str, section: str, ext: str, round: int | None = None):
    if ext not in FORMATS or section not in (AUDIT_PARTS if round else ROW_SECTIONS):
        raise Http404
    report = _report(request, public_id)
    version = services.working_version(report)
    if version is None:
        raise Http404
    name = f"{report.public_id}-v{version.number}-{section}"
    if round:
        name = f"{report.public_id}-v{version.number}-audit{round}-{section}"
    return _file_response(
        section_import.current_rows(version, section, round=round),
        section=section,
        ext=ext,
        filename=name,
    )


# --- Review and submit ------------------------------------------------------------------------


def _review_notes(report: Report, version: ReportVersion, context: dict) -> tuple[list, list]:
    """Problems that stop the submission, and gaps worth a second look."""
    problems, notes = [], []
    if version.number > 1 and not version.change_summary.strip():
        problems.append(_("Say what this amendment changes and why (under Basic information)."))
    if report.kind == Report.Kind.ANNUAL:
        if not (version.products or version.permit_number):
            notes.append(_("The basic information (products, discharge permit) is empty."))
        if not context["content"].discharges:
            notes.append(_("No discharges are entered."))
    return problems, notes


@discloser
@require_http_methods(["GET", "POST"])
def review(request, public_id: str):
    report = _report(request, public_id)
    version = _draft_or_refuse(request, report)
    if version is None:
        return redirect(_report_url(report))
    context = _version_context(version)
    problems, notes = _review_notes(report, version, context)
    form = manage_forms.SignForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not problems:
        try:
            submitted = services.submit_version(
                version=version, user=request.user, signed_name=form.cleaned_data["signed_name"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if submitted.status == ReportVersion.Status.PUBLISHED:
                messages.success(
                    request,
                    _("Version %(number)d is submitted and published.")
                    % {"number": submitted.number},
                )
            else:
                messages.success(
                    request,
                    _(
                        "Version %(number)d is submitted. It will be published once the "
                        "authority has reviewed it."
                    )
                    % {"number": submitted.number},
                )
            return redirect(_report_url(report))
    return render(
        request,
        "disclosure/manage/review.html",
        {
            "report": report,
            "enterprise": report.enterprise,
            "form": form,
            "problems": problems,
            "notes": notes,
            "statement": services.TRUTHFULNESS_STATEMENT,
            **context,
        },
        status=400 if form.is_bound else 200,
    )
