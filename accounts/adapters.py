from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import PermissionDenied
from django.urls import translate_url

from core.client import client_ip
from core.tasks import enqueue_rendered_email


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """After login, continue in the language the user chose in their profile."""
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "preferred_language", "")
        return translate_url(url, language) if language else url

    def get_client_ip(self, request) -> str:
        """The address allauth's rate limits count (per /64 for IPv6, as ours do) and the
        sessions list shows: the same as every other limit on the site (core.client), taken
        from X-Forwarded-For behind the trusted proxies. A forged or malformed header never
        raises: allauth's own reader would fail with a server error on a short header."""
        ip = client_ip(request)
        if ip is None:
            raise PermissionDenied("Unable to determine the client's address.")
        return ip

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth's emails (confirmation, password reset, security notices) are rendered here,
        in the request, as allauth does (its templates use the request and one-time keys); the
        worker only delivers them, so no request waits for the mail server."""
        request = allauth_context.request
        full_context = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
            **context,
        }
        enqueue_rendered_email(self.render_mail(template_prefix, email, full_context))
