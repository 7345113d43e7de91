"""Staff pages in the CMS admin: find a certificate, see its history, change its state, issue
one by hand. Every action goes through certificates.services, which checks staff + MFA."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from accounts.models import User
from certificates import services
from certificates.models import Certificate, CertificateType
from certificates.selectors import verification_url

ACTIONS = {
    "suspend": services.suspend,
    "reinstate": services.reinstate,
    "revoke": services.revoke,
    "reissue": services.reissue_after_correction,
}


def _staff_only(request) -> None:
    if not request.user.is_staff:
        raise PermissionDenied


def certificate_list_view(request):
    _staff_only(request)
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
        {"certificates": certificates.order_by("-issued_at")[:200], "query": query},
    )


def certificate_detail_view(request, number: str):
    _staff_only(request)
    certificate = get_object_or_404(
        Certificate.objects.select_related("certificate_type", "replaces", "holder"), number=number
    )
    return render(
        request,
        "certificates/admin/detail.html",
        {
            "certificate": certificate,
            "events": certificate.events.select_related("actor"),
            "replaced_by": getattr(certificate, "replaced_by", None),
            "verification_url": verification_url(certificate),
        },
    )


@require_POST
def certificate_action_view(request, number: str, action: str):
    _staff_only(request)
    certificate = get_object_or_404(Certificate, number=number)
    if action not in ACTIONS:
        raise PermissionDenied
    try:
        result = ACTIONS[action](
            certificate=certificate, actor=request.user, reason=request.POST.get("reason", "")
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, getattr(error, "messages", [str(error)])[0])
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
        help_text=gettext_lazy("Why this certificate is issued by hand; kept in its history."),
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
    _staff_only(request)
    form = ManualIssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate = services.issue_manually(
                certificate_type=form.cleaned_data["certificate_type"],
                holder=form.cleaned_data["holder_email"],
                completed_on=form.cleaned_data["completed_on"],
                reason=form.cleaned_data["reason"],
                issued_by=request.user,
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, getattr(error, "messages", [str(error)])[0])
        else:
            messages.success(request, _("Certificate issued."))
            return redirect("certificates_admin_detail", number=certificate.number)
    return render(request, "certificates/admin/issue.html", {"form": form})
