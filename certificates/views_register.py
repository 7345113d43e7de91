"""The public register of certified auditors (holders opt in) and its live figures, and the
holder's own choice to be listed."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from certificates import selectors, services
from certificates.views_verify import _rate_limited_page
from core import ratelimit
from core.charts import Bar, horizontal_bar_chart, vertical_bar_chart
from core.http_cache import cache_page
from core.page_cache import CERTIFICATES
from core.regions import province_choices, province_name

REGISTER_MAX_AGE = 300


class RegisterSearchForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), required=False, max_length=150)
    province = forms.ChoiceField(label=gettext_lazy("Province"), required=False)
    organisation = forms.CharField(
        label=gettext_lazy("Organisation"), required=False, max_length=200
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("All provinces")), *province_choices()]


class RegisterMembershipForm(forms.Form):
    province = forms.ChoiceField(label=gettext_lazy("Province where you work"), required=False)
    show_organisation = forms.BooleanField(
        label=gettext_lazy("Show my organisation in the register"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("Not stated")), *province_choices()]


def _searched_register(request, form: RegisterSearchForm) -> dict:
    data = form.cleaned_data if form.is_valid() else {}
    entries = selectors.register_entries(
        name=data.get("name", ""),
        province=data.get("province", ""),
        organisation=data.get("organisation", ""),
    )
    page = Paginator(entries, selectors.REGISTER_PAGE_SIZE).get_page(request.GET.get("page"))
    return {"page": page, "searched": any(data.values())}


def _statistics_context() -> dict:
    statistics = selectors.register_statistics()
    # Provinces with small numbers are published only together (see pool_small_rows).
    others = _("Other provinces, counted together")
    province_bars = [
        Bar(province_name(code) or _("Not stated"), count) for code, count in statistics.by_province
    ]
    if statistics.by_province_others:
        province_bars.append(Bar(others, statistics.by_province_others))
    province_rows = [
        (
            province_name(code) or _("Not stated"),
            [counts.get(year, 0) for year in statistics.years],
            sum(counts.values()),
        )
        for code, counts in statistics.by_province_and_year
    ]
    if statistics.by_province_and_year_others is not None:
        pooled = statistics.by_province_and_year_others
        province_rows.append(
            (others, [pooled.get(year, 0) for year in statistics.years], sum(pooled.values()))
        )
    return {
        "statistics": statistics,
        "small_count_limit": selectors.SMALL_COUNT_LIMIT,
        "year_chart": vertical_bar_chart(
            bars=[Bar(str(year), count) for year, count in statistics.by_year],
            title=_("Auditors certified for the first time, per year"),
        ),
        "province_chart": horizontal_bar_chart(
            bars=province_bars,
            title=_("Auditors holding a valid certificate, per province"),
        ),
        "province_rows": province_rows,
    }


def _register_page(request):
    form = RegisterSearchForm(request.GET or None)
    context = {"form": form, **_searched_register(request, form), **_statistics_context()}
    response = render(request, "certificates/register.html", context)
    return cache_page(request, response, max_age=REGISTER_MAX_AGE, depends_on=(CERTIFICATES,))


_limited_search = ratelimit.limit(
    scope="register-search",
    setting="CERTIFICATE_LOOKUP_RATE",
    default="60/m",
    respond=_rate_limited_page,
)(_register_page)


@require_GET
def register(request):
    # Searching people by name is a look-up and is rate-limited; the figures alone are not.
    if any(request.GET.get(field) for field in ("name", "province", "organisation", "page")):
        return _limited_search(request)
    return _register_page(request)


@login_required
@require_POST
def register_membership(request):
    """Join, update or leave the register: the holder's own decision, from "My certificates"."""
    if request.POST.get("action") == "leave":
        services.leave_register(holder=request.user)
        messages.success(request, _("You are no longer listed in the register."))
        return redirect("certificates_holder:my_certificates")
    form = RegisterMembershipForm(request.POST)
    if form.is_valid():
        try:
            services.join_register(
                holder=request.user,
                show_organisation=form.cleaned_data["show_organisation"],
                province=form.cleaned_data["province"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("You are listed in the public register."))
    else:
        messages.error(request, _("Choose a province from the list."))
    return redirect("certificates_holder:my_certificates")
