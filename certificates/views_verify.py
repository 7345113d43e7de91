"""Public certificate verification pages: the lookup form and one page per certificate.

/verify/<code>/ is the URL printed in each certificate's QR code: a stable contract.

A look-up by certificate number and holder name answers on the form's own address and never
reveals the verification code (neither in the page nor in a redirect): numbers are sequential
and names common, so such look-ups are rate-limited strictly, and a hit must not hand out the
secret that opens the certificate's page, API record and credentials.
"""

from django import forms
from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from certificates import codes, selectors
from core import ratelimit
from core.http_cache import cache_page, never_store
from core.page_cache import CERTIFICATES

# Shared caches ask again each time (a cheap 304 while nothing changed): a revoked certificate
# shows revoked on the very next request, also through a CDN.
PAGE_MAX_AGE = 0


class LookupForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        required=False,
        max_length=40,
        help_text=_("14 letters and digits, as printed under the QR code, e.g. 7KQ2-M9XD-4TPA-BW."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    number = forms.CharField(
        label=_("Certificate number"),
        required=False,
        max_length=40,
        help_text=_("As printed on the certificate, e.g. CPA-2026-000123."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    name = forms.CharField(
        label=_("Holder's name"),
        required=False,
        max_length=150,
        help_text=_("In Chinese characters or in Latin letters, as printed on the certificate."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def clean(self):
        data = super().clean()
        code = (data.get("code") or "").strip()
        number = (data.get("number") or "").strip()
        name = (data.get("name") or "").strip()
        if code:
            canonical = codes.normalise(code)
            if canonical is None:
                self.add_error(
                    "code",
                    _(
                        "This code has a typing mistake (the check character does not match). "
                        "Compare it with the certificate character by character."
                    ),
                )
            data["canonical_code"] = canonical
        elif not number and not name:
            raise forms.ValidationError(
                _("Enter a verification code, or a certificate number and the holder's name.")
            )
        elif not number:
            self.add_error("number", _("Enter the certificate number as well as the name."))
        elif not name:
            self.add_error("name", _("Enter the holder's name as well as the number."))
        return data


NO_MATCH = _(
    "No certificate matches what you entered. Check what you typed against the certificate "
    "and try again."
)


def _rate_limited_page(request, retry_after: int):
    return render(
        request,
        "certificates/verify_rate_limited.html",
        {"retry_after": retry_after, "message": ratelimit.rate_limited_message()},
        status=429,
    )


single_lookup = ratelimit.limit(
    scope="certificate-lookup",
    setting="CERTIFICATE_LOOKUP_RATE",
    default="60/m",
    respond=_rate_limited_page,
)


NUMBER_NAME_SCOPE = "certificate-number-name"


def number_name_rate() -> str:
    return getattr(settings, "CERTIFICATE_NUMBER_NAME_LOOKUP_RATE", "10/h")


def number_name_rate_limited_message() -> str:
    return _(
        "Too many look-ups by certificate number and name from your address. Use the "
        "verification code printed under the certificate's QR code, or try again later."
    )


def _number_name_rate_limited_page(request, retry_after: int):
    return render(
        request,
        "certificates/verify_rate_limited.html",
        {"retry_after": retry_after, "message": number_name_rate_limited_message()},
        status=429,
    )


def _number_name_result(request, certificate):
    """The certificate found by number and name: what it says and its status, without its
    verification code or anything that would lead to it."""
    response = render(
        request,
        "certificates/verify_result.html",
        {
            "certificate": certificate,
            "status": certificate.status(),
            "reveal_code": False,
            "replaced_by": getattr(certificate, "replaced_by", None),
            "checked_at": timezone.now(),
        },
    )
    return never_store(response)


@require_http_methods(["GET", "POST"])
def lookup(request):
    if request.method == "GET":
        return render(request, "certificates/verify_form.html", {"form": LookupForm()})
    return _lookup_post(request)


@single_lookup
def _lookup_post(request):
    form = LookupForm(request.POST)
    no_match = False
    if form.is_valid():
        data = form.cleaned_data
        if data.get("canonical_code"):
            certificate = selectors.certificate_by_code(code=data["canonical_code"])
            if certificate is not None:
                return redirect("verify:certificate", code=certificate.code)
        else:
            verdict = ratelimit.check(request, scope=NUMBER_NAME_SCOPE, rate=number_name_rate())
            if verdict.retry_after is not None:
                return ratelimit.refuse(
                    _number_name_rate_limited_page(request, verdict.retry_after),
                    verdict.retry_after,
                )
            certificate = selectors.certificate_by_number_and_name(
                number=data["number"], name=data["name"]
            )
            if certificate is not None:
                return _number_name_result(request, certificate)
        no_match = True
    response = render(
        request,
        "certificates/verify_form.html",
        {"form": form, "no_match": no_match, "no_match_message": NO_MATCH},
    )
    return never_store(response)


@require_GET
@single_lookup
def certificate(request, code: str):
    canonical = codes.normalise(code[:100])
    if canonical is None:
        return _not_found(request, malformed=True)
    if canonical != code:
        return redirect(reverse("verify:certificate", kwargs={"code": canonical}), permanent=True)
    found = selectors.certificate_by_code(code=canonical)
    if found is None:
        return _not_found(request, malformed=False)
    response = render(
        request,
        "certificates/verify_result.html",
        {
            "certificate": found,
            "status": found.status(),
            "reveal_code": True,
            "code_display": codes.display(found.code),
            "replaced_by": getattr(found, "replaced_by", None),
            "checked_at": timezone.now(),
        },
    )
    return cache_page(request, response, max_age=PAGE_MAX_AGE, depends_on=(CERTIFICATES,))


def _not_found(request, *, malformed: bool):
    response = render(
        request,
        "certificates/verify_not_found.html",
        {"malformed": malformed},
        status=404,
    )
    return cache_page(request, response, max_age=PAGE_MAX_AGE, depends_on=(CERTIFICATES,))
