"""Certification officers' pages in the CMS admin: find a certificate, see its history, change
its state, request a certificate by hand and decide other officers' requests, withdraw a
compromised signing key.

Each page answers a plain 403 unless the user holds that action's permission (with MFA); the
services check the same permission again, plus the rules about one's own certificate."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied

from accounts.models import User
from certificates import services
from certificates.models import Certificate, CertificateType, IssuerKey, ManualIssueRequest
from certificates.selectors import verification_url

# action in the URL -> (service, the permission it needs, button label)
ACTIONS = {
    "suspend": (services.suspend, services.SUSPEND, gettext_lazy("Suspend")),
    "reinstate": (services.reinstate, services.REINSTATE, gettext_lazy("Reinstate")),
    "revoke": (services.revoke, services.REVOKE, gettext_lazy("Revoke")),
    "reissue": (
        services.reissue_after_correction,
        services.REISSUE,
        gettext_lazy("Re-issue with corrected holder details"),
    ),
}


def _refused(request, *permissions: str):
    """A plain 403 unless the user may take one of the actions (Wagtail would turn a raised
    PermissionDenied into a redirect to the dashboard)."""
    if any(services.may(request.user, permission) for permission in permissions):
        return None
    return permission_denied(request, PermissionDenied())


def _first_message(error: ValidationError | PermissionDenied) -> str:
    return getattr(error, "messages", [str(error)])[0]


def certificate_list_view(request):
    if refused := _refused(request, services.VIEW_RECORDS):
        return refused
    query = request.GET.get("q", "").strip()[:100]
    certificates = Certificate.objects.select_related("certificate_type", "replaced_by")
    if query:
        certificates = certificates.filter(
            Q(number__icontains=query)
            | Q(code__iexact=query.replace("-", ""))
            | Q(holder_name__icontains=query)
            | Q(holder_latin_name__icontains=query)
            | Q(holder__email__iexact=query)
        )
    return render(
        request,
        "certificates/admin/list.html",
        {
            "certificates": certificates.order_by("-issued_at")[:200],
            "query": query,
            "may_request": services.may(request.user, services.REQUEST_MANUAL_ISSUE),
        },
    )


def certificate_detail_view(request, number: str):
    if refused := _refused(request, services.VIEW_RECORDS):
        return refused
    certificate = get_object_or_404(
        Certificate.objects.select_related("certificate_type", "replaces", "holder"), number=number
    )
    own = certificate.holder_id == request.user.pk
    return render(
        request,
        "certificates/admin/detail.html",
        {
            "certificate": certificate,
            "events": certificate.events.select_related("actor"),
            "replaced_by": getattr(certificate, "replaced_by", None),
            "verification_url": verification_url(certificate),
            "own": own,
            "actions": []
            if own
            else [
                (action, label)
                for action, (_service, permission, label) in ACTIONS.items()
                if services.may(request.user, permission)
            ],
        },
    )


@require_POST
def certificate_action_view(request, number: str, action: str):
    if action not in ACTIONS:
        raise Http404
    service, permission, _label = ACTIONS[action]
    if refused := _refused(request, permission):
        return refused
    certificate = get_object_or_404(Certificate, number=number)
    try:
        result = service(
            certificate=certificate, actor=request.user, reason=request.POST.get("reason", "")
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _first_message(error))
        return redirect("certificates_admin_detail", number=certificate.number)
    messages.success(request, _("Saved. The verification page shows the change."))
    return redirect("certificates_admin_detail", number=result.number)


class ManualIssueForm(forms.Form):
    certificate_type = forms.ModelChoiceField(
        label=gettext_lazy("Certificate type"), queryset=CertificateType.objects.all()
    )
    holder_email = forms.EmailField(label=gettext_lazy("Holder's email address"))
    completed_on = forms.DateField(
        label=gettext_lazy("Completed on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=300,
        help_text=gettext_lazy(
            "Why this certificate is issued by hand; kept in its history. Another "
            "certification officer must approve the request before the certificate exists."
        ),
    )

    def clean_holder_email(self):
        email = self.cleaned_data["holder_email"]
        holder = User.objects.filter(email__iexact=email).first()
        if holder is None:
            raise ValidationError(_("No account has that email address."))
        return holder

    def clean_completed_on(self):
        completed_on = self.cleaned_data["completed_on"]
        if completed_on > timezone.localdate():
            raise ValidationError(_("The completion date cannot be in the future."))
        return completed_on


def manual_issue_view(request):
    """Request a certificate by hand; it is issued when another officer approves."""
    if refused := _refused(request, services.REQUEST_MANUAL_ISSUE):
        return refused
    form = ManualIssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_manual_issue(
                certificate_type=form.cleaned_data["certificate_type"],
                holder=form.cleaned_data["holder_email"],
                completed_on=form.cleaned_data["completed_on"],
                reason=form.cleaned_data["reason"],
                requested_by=request.user,
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _first_message(error))
        else:
            messages.success(
                request,
                _(
                    "Request saved. The certificate is issued when another certification "
                    "officer approves it."
                ),
            )
            return redirect("certificates_admin_requests")
    return render(request, "certificates/admin/issue.html", {"form": form})


def manual_issue_requests_view(request):
    """Requests waiting for a second officer, and the latest decisions."""
    if refused := _refused(request, services.REQUEST_MANUAL_ISSUE, services.APPROVE_MANUAL_ISSUE):
        return refused
    requests = ManualIssueRequest.objects.select_related(
        "certificate_type", "holder", "requested_by", "decided_by", "certificate"
    )
    pending = requests.filter(decision=ManualIssueRequest.Decision.PENDING).order_by(
        "requested_at", "pk"
    )
    may_approve = services.may(request.user, services.APPROVE_MANUAL_ISSUE)
    return render(
        request,
        "certificates/admin/requests.html",
        {
            "pending": [
                (issue_request, may_approve and not _involved(request.user, issue_request))
                for issue_request in pending
            ],
            "decided": requests.exclude(decision=ManualIssueRequest.Decision.PENDING).order_by(
                "-decided_at", "-pk"
            )[:50],
            "may_request": services.may(request.user, services.REQUEST_MANUAL_ISSUE),
        },
    )


def _involved(user, issue_request: ManualIssueRequest) -> bool:
    """The requester and the holder never decide a request (the service refuses them too)."""
    return user.pk in (issue_request.requested_by_id, issue_request.holder_id)


@require_POST
def approve_manual_issue_view(request, pk: int):
    if refused := _refused(request, services.APPROVE_MANUAL_ISSUE):
        return refused
    issue_request = get_object_or_404(ManualIssueRequest, pk=pk)
    try:
        certificate = services.approve_manual_issue(
            issue_request=issue_request,
            approver=request.user,
            note=request.POST.get("note", ""),
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _first_message(error))
        return redirect("certificates_admin_requests")
    messages.success(
        request, _("Approved: certificate %(number)s is issued.") % {"number": certificate.number}
    )
    return redirect("certificates_admin_detail", number=certificate.number)


@require_POST
def reject_manual_issue_view(request, pk: int):
    if refused := _refused(request, services.APPROVE_MANUAL_ISSUE):
        return refused
    issue_request = get_object_or_404(ManualIssueRequest, pk=pk)
    try:
        services.reject_manual_issue(
            issue_request=issue_request,
            approver=request.user,
            reason=request.POST.get("reason", ""),
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _first_message(error))
    else:
        messages.success(request, _("Rejected: nothing was issued."))
    return redirect("certificates_admin_requests")


def issuer_keys_view(request):
    if refused := _refused(request, services.MARK_KEY_COMPROMISED):
        return refused
    return render(
        request,
        "certificates/admin/keys.html",
        {"keys": IssuerKey.objects.select_related("compromised_by")},
    )


@require_POST
def issuer_key_compromised_view(request, pk: int):
    if refused := _refused(request, services.MARK_KEY_COMPROMISED):
        return refused
    key = get_object_or_404(IssuerKey, pk=pk)
    try:
        services.mark_issuer_key_compromised(
            key=key, actor=request.user, reason=request.POST.get("reason", "")
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _first_message(error))
    else:
        messages.success(
            request,
            _(
                "The key is withdrawn: credentials signed with it no longer pass the check. "
                "Configure a new signing key so that holders can download theirs again."
            ),
        )
    return redirect("certificates_admin_keys")
