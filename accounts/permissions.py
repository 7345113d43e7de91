from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from accounts.roles import ROLE_DEFINITIONS, Role
from accounts.selectors import user_has_mfa, user_has_role


def role_required(*roles: Role):
    """View decorator: the user holds one of ``roles`` and, if the role needs it, has MFA."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            held = [role for role in roles if user_has_role(user=user, role=role)]
            if not held:
                raise PermissionDenied(_("Your account does not have the role this page needs."))
            needs_mfa = any(ROLE_DEFINITIONS[role].requires_mfa for role in held)
            if needs_mfa and not user_has_mfa(user=user):
                messages.warning(
                    request,
                    _("Your role needs two-factor authentication. Set it up to continue."),
                )
                return redirect("mfa_activate_totp")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
