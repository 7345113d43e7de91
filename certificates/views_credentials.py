import contextlib

from django import forms
from django.core.exceptions import ImproperlyConfigured
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_http_methods

from certificates import credentials
from certificates.selectors import certificate_by_code

MAX_CREDENTIAL_BYTES = 100_000


@require_GET
def credential_view(request, code: str):
    """The certificate as a signed Open Badges 3.0 credential (VC-JWT), for wallets."""
    certificate = certificate_by_code(code=code)
    if certificate is None:
        raise Http404
    response = HttpResponse(
        credentials.issue_credential(certificate), content_type="application/vc+jwt"
    )
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}.jwt"'
    return response


@require_GET
@cache_control(public=True, max_age=300)
def status_list_view(request):
    return HttpResponse(credentials.status_list_credential(), content_type="application/vc+jwt")


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
    # Without a configured key the keys used before stay published; signing reports the gap.
    with contextlib.suppress(ImproperlyConfigured):
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
    """Drop a credential file to check its signature, issuer key, dates and status."""
    form = CredentialCheckForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        report = credentials.verify_credential(form.cleaned_data["token"])
    return render(request, "certificates/check_credential.html", {"form": form, "report": report})
