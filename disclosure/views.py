"""The public disclosure portal: search, enterprise profiles, reports with their history,
late and missing reports, statistics and reference pages. No sign-in; every page may be
cached briefly by shared caches (per language)."""

from dataclasses import replace

from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from core.charts import (
    Bar,
    Series,
    grouped_bar_chart,
    horizontal_bar_chart,
    line_chart,
)
from core.http_cache import cache_page
from core.regions import province_choices, province_name
from core.units import UNITS
from disclosure import credit_codes, deadlines
from disclosure.models import AuditPhase, ListBasis, Method, Report
from disclosure.presenters import present_version
from disclosure.selectors.diff import version_diff
from disclosure.selectors.figures import BENEFIT_METRICS, Amount, Metric, unit_label
from disclosure.selectors.filing import Filing, days_late, filing_status
from disclosure.selectors.overdue import overdue_lines, overdue_reports
from disclosure.selectors.profile import PollutantTrend, enterprise_profile
from disclosure.selectors.reference import (
    BASIS_EXPLANATIONS,
    METHOD_EXPLANATIONS,
    pollutants_with_limits,
)
from disclosure.selectors.reference import data_dictionary as dictionary_sections
from disclosure.selectors.report import audit_results, public_report, public_versions
from disclosure.selectors.searches import (
    FacetOption,
    SearchFilters,
    available_years,
    facet_counts,
    headline,
    latest_year,
    search,
    search_rows,
)
from disclosure.selectors.statistics import (
    NATIONAL_2007,
    NATIONAL_2007_ENTERPRISES,
    STATISTICS_CACHE_SECONDS,
)
from disclosure.selectors.statistics import statistics as cp_statistics

PAGE_MAX_AGE = 60  # seconds: a newly published report shows within a minute
REFERENCE_MAX_AGE = 600  # the data dictionary and the pollutant explanations change rarely
PAGE_SIZE = 25
OVERDUE_PAGE_SIZE = 50


def _cacheable(request, response, *, max_age: int = PAGE_MAX_AGE):
    # Signed-in visitors see their name in the header: such pages must not sit in shared caches.
    # They are mostly filers and reviewers checking what they just published, so their browser
    # asks again each time.
    return cache_page(request, response, max_age=max_age, signed_in_revalidates=True)


def _float(amount) -> float | None:
    return None if amount.value is None else float(amount.value)


# --- portal home and search ------------------------------------------------------------------


def _with_count(option: FacetOption) -> str:
    return _("%(label)s (%(count)s)") % {"label": option.label, "count": option.count}


class SearchForm(forms.Form):
    """The search box and facets. Its choices carry the number of results each would find;
    reading the filters is ``SearchFilters.from_params``'s job (shared with the API)."""

    q = forms.CharField(
        label=gettext_lazy("Name or credit code"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    year = forms.ChoiceField(label=gettext_lazy("Year"), required=False)
    province = forms.ChoiceField(label=gettext_lazy("Province"), required=False)
    sector = forms.ChoiceField(label=gettext_lazy("Sector"), required=False)
    basis = forms.ChoiceField(label=gettext_lazy("Reason for listing"), required=False)
    pollutant = forms.ChoiceField(label=gettext_lazy("Pollutant"), required=False)
    exceedance = forms.ChoiceField(label=gettext_lazy("Exceedance"), required=False)
    overdue = forms.ChoiceField(label=gettext_lazy("Late or missing reports"), required=False)

    def __init__(self, *args, facets: dict, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(str(year), str(year)) for year in years]
        everything = {
            "province": _("All provinces"),
            "sector": _("All sectors"),
            "basis": _("Any reason"),
            "pollutant": _("Any pollutant"),
            "exceedance": _("With or without"),
            "overdue": _("Either"),
        }
        for name, first in everything.items():
            options = facets[name]
            choices = [("", first)] + [(option.value, _with_count(option)) for option in options]
            chosen = (self.data.get(name) or "").strip()
            if chosen and chosen not in {option.value for option in options}:
                choices.append((chosen, chosen))
            self.fields[name].choices = choices


FILTER_NAMES = ("q", "province", "region", "sector", "basis", "pollutant", "exceedance", "overdue")


def _active_filters(request, facets: dict) -> list[tuple[str, str]]:
    """(what is filtered, link that removes it) for each filter in force."""
    labels = {
        name: {option.value: option.label for option in options} for name, options in facets.items()
    }
    active = []
    # The search text stays in its box: chips are for the facets.
    for name in FILTER_NAMES[1:]:
        value = (request.GET.get(name) or "").strip()
        if not value:
            continue
        params = request.GET.copy()
        params.pop(name, None)
        params.pop("page", None)
        shown = labels.get(name, {}).get(value, value)
        if name == "region":
            shown = _("Region %(code)s") % {"code": value}
        active.append((shown, f"?{params.urlencode()}" if params else "?"))
    return active


@require_GET
def home(request):
    filters = SearchFilters.from_params(request.GET)
    years = available_years()
    year = filters.year or (years[0] if years else latest_year())
    filters = replace(filters, year=year)
    facets = facet_counts(filters=filters)
    page = Paginator(search(filters=filters), PAGE_SIZE).get_page(request.GET.get("page"))
    if year not in years:
        years = sorted({*years, year}, reverse=True)
    data = request.GET.copy()
    data.setdefault("year", str(year))
    context = {
        "form": SearchForm(data, facets=facets, years=years),
        "facets": facets,
        "filters": filters,
        "page": page,
        "rows": search_rows(summaries=page.object_list),
        "headline": headline(year=year),
        "active_filters": _active_filters(request, facets),
        "searched": any((request.GET.get(name) or "").strip() for name in FILTER_NAMES),
        "year": year,
    }
    return _cacheable(request, render(request, "disclosure/home.html", context))


# --- an enterprise ---------------------------------------------------------------------------


def _trend_charts(trend: PollutantTrend) -> dict:
    pollutant = trend.pollutant
    years = [str(year) for year in trend.years]
    unit = unit_label(pollutant.concentration_unit)
    quantity_chart = None
    if any(point.emitted or point.permitted for point in trend.quantities):
        quantity_chart = grouped_bar_chart(
            categories=years,
            series=[
                Series(_("Discharged"), [_float(point.emitted) for point in trend.quantities]),
                Series(_("Permitted"), [_float(point.permitted) for point in trend.quantities]),
            ],
            title=_("%(pollutant)s: tonnes discharged and permitted per year")
            % {"pollutant": pollutant.name},
            unit=str(UNITS["t"].label),
        )
    concentration_chart = None
    if any(point.concentration for point in trend.concentrations):
        series = []
        for outlet in trend.outlets:
            by_year = {
                point.year: _float(point.concentration)
                for point in trend.concentrations
                if point.outlet_code == outlet
            }
            series.append(Series(outlet, [by_year.get(year) for year in trend.years]))
        references = [
            Bar(_("Limit"), float(limit.value))
            for _standard, limit in trend.standards
            if limit.value is not None
        ]
        concentration_chart = line_chart(
            categories=years,
            series=series,
            title=_("%(pollutant)s: mean concentration per outlet and year, and the limit")
            % {"pollutant": pollutant.name},
            unit=unit,
            references=list({reference.value: reference for reference in references}.values()),
        )
    return {
        "trend": trend,
        "quantity_chart": quantity_chart,
        "concentration_chart": concentration_chart,
    }


@require_GET
def enterprise(request, credit_code: str):
    code = credit_codes.normalise(credit_code[:40])
    if code != credit_code and len(code) == 18:
        return redirect(
            reverse("disclosure:enterprise", kwargs={"credit_code": code}), permanent=True
        )
    profile = enterprise_profile(credit_code=code)
    if profile is None:
        raise Http404(_("No enterprise with this credit code is on the disclosure portal."))
    context = {
        "profile": profile,
        "enterprise": profile.enterprise,
        "trends": [_trend_charts(trend) for trend in profile.trends],
        "today": timezone.localdate(),
    }
    return _cacheable(request, render(request, "disclosure/enterprise.html", context))


# --- one report ------------------------------------------------------------------------------


def _public_report_or_404(public_id: str) -> Report:
    report = public_report(public_id=public_id[:40])
    if report is None:
        raise Http404(_("No published report has this identifier."))
    return report


def _version_number(value: str | None) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()):
        raise Http404(_("No published version has this number."))
    return int(value)


@require_GET
def report(request, public_id: str):
    found = _public_report_or_404(public_id)
    if found.public_id != public_id:
        return redirect(reverse("disclosure:report", kwargs={"public_id": found.public_id}))
    versions = list(public_versions(report=found))
    wanted = _version_number(request.GET.get("version"))
    number = wanted if wanted is not None else found.current_version.number
    version = next((each for each in versions if each.number == number), None)
    if version is None:
        raise Http404(_("No published version has this number."))
    content = present_version(version=version, results=audit_results(enterprise=found.enterprise))
    filed = timezone.localdate(found.first_submitted_at) if found.first_submitted_at else None
    today = timezone.localdate()
    context = {
        "report": found,
        "enterprise": found.enterprise,
        "version": version,
        "content": content,
        "versions": versions,
        "changelog": [
            (each, versions[index - 1].number if index else None)
            for index, each in reversed(list(enumerate(versions)))
        ],
        "current": found.current_version,
        "superseded": version.pk != found.current_version_id,
        "filed_on": filed,
        "filing": filing_status(due_on=found.due_on, filed_on=filed, today=today),
        "filing_label": Filing(
            filing_status(due_on=found.due_on, filed_on=filed, today=today)
        ).label,
        "days_late": days_late(due_on=found.due_on, filed_on=filed, today=today),
    }
    return _cacheable(request, render(request, "disclosure/report.html", context))


class DiffForm(forms.Form):
    """Two published versions to compare, as ``?from=1&to=2``."""

    def __init__(self, *args, versions: list, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [
            (
                str(version.number),
                _("Version %(number)s, published %(date)s")
                % {
                    "number": version.number,
                    "date": timezone.localdate(version.published_at).isoformat()
                    if version.published_at
                    else "—",
                },
            )
            for version in versions
        ]
        self.fields["from"] = forms.ChoiceField(label=_("Earlier version"), choices=choices)
        self.fields["to"] = forms.ChoiceField(label=_("Later version"), choices=choices)


@require_GET
def report_diff(request, public_id: str):
    found = _public_report_or_404(public_id)
    versions = {version.number: version for version in public_versions(report=found)}
    numbers = sorted(versions)
    later = _version_number(request.GET.get("to"))
    earlier = _version_number(request.GET.get("from"))
    later = numbers[-1] if later is None else later
    earlier = (numbers[-2] if len(numbers) > 1 else numbers[-1]) if earlier is None else earlier
    if earlier not in versions or later not in versions:
        raise Http404(_("No published version has this number."))
    if earlier > later:
        earlier, later = later, earlier
    diff = version_diff(old=versions[earlier], new=versions[later]) if earlier != later else None
    form = DiffForm(
        initial={"from": str(earlier), "to": str(later)},
        versions=list(versions.values()),
    )
    context = {
        "report": found,
        "enterprise": found.enterprise,
        "diff": diff,
        "earlier": versions[earlier],
        "later": versions[later],
        "form": form,
        "single_version": len(numbers) == 1,
    }
    return _cacheable(request, render(request, "disclosure/diff.html", context))


# --- late and missing reports ----------------------------------------------------------------


class OverdueForm(forms.Form):
    year = forms.ChoiceField(label=gettext_lazy("Year"), required=False)
    province = forms.ChoiceField(label=gettext_lazy("Province"), required=False)
    kind = forms.ChoiceField(label=gettext_lazy("Kind of report"), required=False)

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years"))] + [
            (str(year), str(year)) for year in years
        ]
        self.fields["province"].choices = [("", _("All provinces")), *province_choices()]
        self.fields["kind"].choices = [("", _("Annual and ad-hoc")), *Report.Kind.choices]


@require_GET
def overdue(request):
    years = available_years()
    form = OverdueForm(request.GET or None, years=years)
    data = form.cleaned_data if form.is_valid() else {}
    year = int(data["year"]) if data.get("year") else None
    rows = overdue_reports(year=year, province=data.get("province", ""), kind=data.get("kind", ""))
    page = Paginator(rows, OVERDUE_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "lines": overdue_lines(rows=page.object_list),
        "filtered": any(data.values()),
        "adhoc_days": deadlines.ADHOC_WORKING_DAYS,
    }
    return _cacheable(request, render(request, "disclosure/overdue.html", context))


# --- statistics ------------------------------------------------------------------------------


YEAR_CHART_METRICS = ("water_m3", "electricity_kwh", "cod_t", "so2_t", "benefit_10k_yuan")


def _metric(field: str) -> Metric:
    return next(metric for metric in BENEFIT_METRICS if metric.field == field)


def _amounts(row: dict) -> list:
    return [Amount(row.get(metric.field), metric.unit) for metric in BENEFIT_METRICS]


def _year_chart(metric: Metric, rows: list[dict]) -> dict:
    label, unit = str(metric.label), unit_label(metric.unit)
    return {
        "title": _("%(metric)s, by year of the report (%(unit)s)")
        % {"metric": label, "unit": unit},
        "chart": grouped_bar_chart(
            categories=[str(row["year"]) for row in rows],
            series=[Series(label, [float(row[metric.field]) for row in rows])],
            title=label,
            unit=unit,
        ),
    }


@require_GET
def statistics(request):
    years = available_years()
    chosen = (request.GET.get("year") or "").strip()
    year = int(chosen) if chosen.isascii() and chosen.isdigit() and int(chosen) in years else None
    figures = cp_statistics(year=year)
    year_charts = [_year_chart(_metric(field), figures.by_year) for field in YEAR_CHART_METRICS]
    benefit = _metric("benefit_10k_yuan")
    province_rows = [
        (province_name(row["province"]) or row["province"], row) for row in figures.by_province
    ]
    sector_rows = [
        (figures.sector_names.get(row["sector"], row["sector"]), row) for row in figures.by_sector
    ]
    filings = figures.filings
    context = {
        "figures": figures,
        "metrics": BENEFIT_METRICS,
        "totals": _amounts(figures.totals),
        "headline_totals": [
            (_metric(field), Amount(figures.totals[field], _metric(field).unit))
            for field in YEAR_CHART_METRICS
        ],
        "year_rows": [(row["year"], row, _amounts(row)) for row in figures.by_year],
        "province_rows": [(name, row, _amounts(row)) for name, row in province_rows],
        "sector_rows": [(name, row, _amounts(row)) for name, row in sector_rows],
        "year_charts": year_charts,
        "province_chart": horizontal_bar_chart(
            bars=[Bar(name, float(row[benefit.field])) for name, row in province_rows],
            title=str(benefit.label),
        ),
        "sector_chart": horizontal_bar_chart(
            bars=[Bar(row["sector"], float(row[benefit.field])) for _name, row in sector_rows],
            title=str(benefit.label),
        ),
        "filings": filings,
        "filing_chart": grouped_bar_chart(
            categories=[str(row["year"]) for row in filings],
            series=[
                Series(_("On time"), [row["on_time"] for row in filings]),
                Series(_("Late"), [row["late"] for row in filings]),
                Series(_("Missing"), [row["missing"] for row in filings]),
            ],
            title=_("Annual reports filed on time, late or missing, per year"),
        ),
        "national": [
            (
                _metric(field),
                Amount(value, _metric(field).unit),
                Amount(figures.totals[field], _metric(field).unit),
            )
            for field, value in NATIONAL_2007.items()
        ],
        "national_enterprises": NATIONAL_2007_ENTERPRISES,
        "years": years,
        "year": year,
    }
    response = render(request, "disclosure/statistics.html", context)
    return _cacheable(request, response, max_age=STATISTICS_CACHE_SECONDS)


# --- reference pages -------------------------------------------------------------------------


@require_GET
def data_dictionary(request):
    context = {
        "sections": dictionary_sections(),
        "methods": [(label, METHOD_EXPLANATIONS[value]) for value, label in Method.choices],
        "bases": [(label, BASIS_EXPLANATIONS[value]) for value, label in ListBasis.choices],
        "kinds": Report.Kind.choices,
        "triggers": Report.Trigger.choices,
        "phases": AuditPhase.choices,
        "units": [unit for unit in UNITS.values() if unit.family],
        "adhoc_days": deadlines.ADHOC_WORKING_DAYS,
    }
    response = render(request, "disclosure/data_dictionary.html", context)
    return _cacheable(request, response, max_age=REFERENCE_MAX_AGE)


@require_GET
def pollutants(request):
    context = {"pollutants": pollutants_with_limits()}
    response = render(request, "disclosure/pollutants.html", context)
    return _cacheable(request, response, max_age=REFERENCE_MAX_AGE)
