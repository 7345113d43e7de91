import contextlib

from django import forms
from django.core.exceptions import ImproperlyConfigured
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_http_methods

from certificates import credentials
from certificates.models import Certificate
from certificates.selectors import certificate_by_code
from core.http_cache import never_store

MAX_CREDENTIAL_BYTES = 100_000


@require_GET
def credential_view(request, code: str):
    """The certificate as a signed Open Badges 3.0 credential (VC-JWT), for wallets; only
    while the certificate is valid (409 with the reason otherwise)."""
    certificate = certificate_by_code(code=code)
    if certificate is None:
        raise Http404
    try:
        token = credentials.issue_credential(certificate)
    except credentials.CredentialUnavailable as refusal:
        response = render(
            request,
            "certificates/credential_unavailable.html",
            {"certificate": certificate, "reason": str(refusal)},
            status=409,
        )
        return never_store(response)
    response = HttpResponse(token, content_type="application/vc+jwt")
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}.jwt"'
    return never_store(response)


@require_GET
def status_list_view(request, purpose: str = credentials.REVOCATION):
    """The revocation or the suspension list, signed. Cached for five minutes by verifiers."""
    try:
        token = credentials.status_list_credential(purpose)
    except credentials.CredentialUnavailable as refusal:
        return HttpResponse(str(refusal), status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(token, content_type="application/vc+jwt")
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_GET
@cache_control(public=True, max_age=3600)
def jwks_view(request):
    _publish_active_key()
    return JsonResponse(credentials.jwks())


@require_GET
@cache_control(public=True, max_age=3600)
def did_document_view(request):
    _publish_active_key()
    return JsonResponse(credentials.did_document(), content_type="application/did+json")


def _publish_active_key() -> None:
    """Publish the active key before anything is signed with it (if one is configured)."""
    # Without a configured key (or with a withdrawn one) the keys used before stay published;
    # signing reports the gap.
    with contextlib.suppress(ImproperlyConfigured, credentials.CredentialUnavailable):
        credentials.signing_key()


class CredentialCheckForm(forms.Form):
    file = forms.FileField(label=_("Credential file (.jwt)"), required=False)
    token = forms.CharField(
        label=_("Or paste the credential"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload is not None:
            if upload.size > MAX_CREDENTIAL_BYTES:
                raise forms.ValidationError(_("That file is too large to be a credential."))
            cleaned["token"] = upload.read().decode("utf-8", errors="replace")
        if not (cleaned.get("token") or "").strip():
            raise forms.ValidationError(_("Choose a credential file or paste one."))
        return cleaned


@require_http_methods(["GET", "POST"])
def check_credential_view(request):
    """Drop a credential file to check its signature, issuer key, dates, status and the
    certificate on record."""
    form = CredentialCheckForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        report = credentials.verify_credential(form.cleaned_data["token"])
    return render(
        request,
        "certificates/check_credential.html",
        {"form": form, "report": report, "statuses": Certificate.Status.choices},
    )
