"""Holders see, print and download their own certificates. Only their own: staff roles get
no copy here (certification officers see any certificate's record in the admin)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from certificates.models import Certificate
from certificates.pdf import document_context, render_certificate_pdf
from certificates.selectors import PUBLIC_RELATED, holder_certificates


def _certificate_for(request, number: str) -> Certificate:
    """The certificate if this user holds it; 404 otherwise, so that numbers of other
    people's certificates cannot be probed."""
    certificate = (
        Certificate.objects.select_related(*PUBLIC_RELATED)
        .filter(number=number.strip().upper())
        .first()
    )
    if certificate is None:
        raise Http404
    if certificate.holder_id != request.user.pk:
        raise Http404
    return certificate


@login_required
@require_GET
def my_certificates(request):
    from certificates.models import RegisterEntry
    from certificates.services import register_eligible
    from certificates.views_register import RegisterMembershipForm

    entry = RegisterEntry.objects.filter(holder=request.user).first()
    membership_form = RegisterMembershipForm(
        initial={
            "province": request.user.province,
            "show_organisation": entry.show_organisation if entry else True,
        }
    )
    return render(
        request,
        "certificates/my_certificates.html",
        {
            "certificates": holder_certificates(user=request.user),
            "register_eligible": register_eligible(holder=request.user),
            "register_entry": entry,
            "membership_form": membership_form,
        },
    )


@login_required
@require_GET
def certificate_html(request, number: str):
    certificate = _certificate_for(request, number)
    return render(
        request,
        "certificates/certificate_document.html",
        document_context(certificate, for_print=False),
    )


@login_required
@require_GET
def certificate_pdf(request, number: str):
    certificate = _certificate_for(request, number)
    response = HttpResponse(render_certificate_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}.pdf"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
