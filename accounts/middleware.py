from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from accounts.selectors import user_needs_mfa_setup


class PrivilegedAreaRequiresMFAMiddleware:
    """Sends privileged users without MFA to set it up before they enter a privileged area.

    Role-specific views elsewhere use ``accounts.permissions.role_required``, which applies the
    same rule; this middleware covers areas we do not write ourselves, such as the CMS admin.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(settings.MFA_PROTECTED_PATH_PREFIXES)

    def __call__(self, request):
        if request.path.startswith(self.prefixes) and user_needs_mfa_setup(user=request.user):
            messages.warning(
                request,
                _("Your role needs two-factor authentication. Set it up to continue."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
