from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.forms import ProfileForm
from accounts.roles import ROLE_DEFINITIONS
from accounts.selectors import user_has_mfa, user_needs_mfa_setup, user_roles
from accounts.services import update_profile


@login_required
def overview(request):
    user = request.user
    return render(
        request,
        "accounts/overview.html",
        {
            "roles": [ROLE_DEFINITIONS[role] for role in user_roles(user=user)],
            "has_mfa": user_has_mfa(user=user),
            "needs_mfa": user_needs_mfa_setup(user=user),
            "authenticator_types": set(
                Authenticator.objects.filter(user=user).values_list("type", flat=True)
            ),
            "session_count": UserSession.objects.filter(user=user).count(),
            "email_addresses": user.emailaddress_set.order_by("-primary", "email"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = update_profile(
            user=request.user,
            full_name=form.cleaned_data["full_name"],
            latin_name=form.cleaned_data["latin_name"],
            organisation=form.cleaned_data["organisation"],
            preferred_language=form.cleaned_data["preferred_language"],
        )
        messages.success(request, _("Your profile has been saved."))
        # Continue in the language just chosen.
        return redirect(translate_url(reverse("accounts:profile"), user.preferred_language))
    return render(request, "accounts/profile.html", {"form": form})
