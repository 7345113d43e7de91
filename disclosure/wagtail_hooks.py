"""The "Disclosure" menu of the CMS admin, for authority reviewers with two-factor
authentication: the key-enterprise list and its import, enterprises, invitations, ad-hoc
events, audit results, the publish queue and the reference data (sectors, pollutants,
standards and their limits, holidays)."""

import django_filters
from django import forms
from django.contrib import messages
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import models as generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_search import BoundedSearchMixin
from core.regions import province_choices
from core.units import UNITS
from disclosure import admin_views, credit_codes, services
from disclosure.models import (
    Enterprise,
    Holiday,
    ListBasis,
    ListEntry,
    Pollutant,
    Sector,
    Standard,
    StandardLimit,
)

# --- Who may use the menu ----------------------------------------------------------------------


class ReviewerPermissionPolicy(ModelPermissionPolicy):
    """The model permissions of the reviewers' group, and only for reviewers with MFA (a
    superuser counts as one once MFA is on)."""

    deletable = True

    def user_has_permission(self, user, action):
        if action == "delete" and not self.deletable:
            return False
        return admin_views.reviewer(user) and super().user_has_permission(user, action)


class KeptPermissionPolicy(ReviewerPermissionPolicy):
    """Enterprises are never deleted: their credit code is their public identifier and
    reports and list entries point at them."""

    deletable = False


class ReviewerMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.reviewer(request.user)


class PublishQueueMenuItem(ReviewerMenuItem):
    def is_shown(self, request):
        return admin_views.review_before_publishing() and super().is_shown(request)


class SafeDeleteView(generic.DeleteView):
    """Reference data still in use cannot be deleted; say so instead of failing."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _("%(object)s is still used by other records and cannot be deleted.")
                % {"object": self.object},
            )
            return redirect(self.index_url_name)


class IndexView(BoundedSearchMixin, generic.IndexView):
    pass


class ReviewerViewSet(ModelViewSet):
    add_to_admin_menu = False
    index_view_class = IndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None
    delete_view_class = SafeDeleteView
    policy_class = ReviewerPermissionPolicy

    @cached_property
    def permission_policy(self):
        return self.policy_class(self.model)


# --- Enterprises -------------------------------------------------------------------------------


class CreditCodeFormField(forms.CharField):
    """A credit code read as people copy it: spaces and hyphens dropped, upper case."""

    def to_python(self, value):
        return credit_codes.normalise(super().to_python(value))


class EnterpriseAdminForm(WagtailAdminModelForm):
    """The credit code is read as people copy it, and cannot change once saved."""

    credit_code = CreditCodeFormField(
        label=_("unified social credit code"),
        validators=[credit_codes.validate_credit_code],
        help_text=_("18 characters; spaces and hyphens are ignored."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "credit_code" in self.fields:
            self.fields["credit_code"].disabled = True
            self.fields["credit_code"].help_text = _(
                "The credit code identifies the enterprise publicly and cannot change."
            )

    def clean_credit_code(self):
        if self.instance.pk:
            return self.instance.credit_code
        return self.cleaned_data["credit_code"]


class EnterpriseCreateView(generic.CreateView):
    def save_instance(self):
        enterprise = services.save_enterprise(
            enterprise=self.form.save(commit=False), actor=self.request.user
        )
        log(instance=enterprise, action="wagtail.create", content_changed=True)
        return enterprise


class EnterpriseEditView(generic.EditView):
    def save_instance(self):
        enterprise = services.save_enterprise(
            enterprise=self.form.save(commit=False), actor=self.request.user
        )
        self.has_content_changes = self.form.has_changed()
        log(instance=enterprise, action="wagtail.edit", content_changed=self.has_content_changes)
        return enterprise


class EnterpriseIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("sector")


class EnterpriseFilterSet(WagtailFilterSet):
    province_code = django_filters.ChoiceFilter(
        label=_("Province"), choices=lambda: list(province_choices())
    )
    sector = django_filters.CharFilter(
        field_name="sector__code",
        lookup_expr="istartswith",
        label=_("Sector code starts with"),
        max_length=20,
    )

    class Meta:
        model = Enterprise
        fields = ["province_code"]


class EnterpriseViewSet(ReviewerViewSet):
    name = "disclosure_enterprises"
    url_prefix = "disclosure/enterprises"
    model = Enterprise
    icon = "site"
    menu_label = _("Enterprises")
    policy_class = KeptPermissionPolicy
    # Thousands of rows, imported in bulk: Wagtail's usage index would double the cost of
    # every save (deleting a sector still in use is refused by the database anyway).
    add_to_reference_index = False
    index_view_class = EnterpriseIndexView
    add_view_class = EnterpriseCreateView
    edit_view_class = EnterpriseEditView
    filterset_class = EnterpriseFilterSet
    list_display = [
        "name",
        "credit_code",
        Column("sector", label=_("Sector"), accessor=lambda enterprise: enterprise.sector.code),
        Column("province", label=_("Province"), accessor="province_name"),
        "region_code",
    ]
    search_fields = ["name", "name_en", "credit_code"]
    ordering = ["credit_code"]
    edit_handler = ObjectList(
        [
            FieldPanel("credit_code"),
            FieldRowPanel([FieldPanel("name"), FieldPanel("name_en")]),
            FieldRowPanel([FieldPanel("sector"), FieldPanel("region_code")]),
            FieldPanel("address"),
            FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            FieldPanel("legal_representative"),
        ],
        base_form_class=EnterpriseAdminForm,
    )


# --- The key-enterprise list -------------------------------------------------------------------


class ListEntryAdminForm(WagtailAdminModelForm):
    """The enterprise is typed as its credit code; an entry's enterprise and year stay as
    they are (take it off the list and add another entry instead)."""

    enterprise = admin_views.EnterpriseCodeField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for name in ("enterprise", "year"):
                if name in self.fields:
                    self.fields[name].disabled = True
            self.initial["enterprise"] = self.instance.enterprise.credit_code


ENTRY_FIELDS = (
    "must_disclose",
    "compulsory_audit",
    *(f"basis_{basis}" for basis in ListBasis.values),
    "source_document",
    "source_url",
)


def _save_entry(view) -> ListEntry:
    data = view.form.cleaned_data
    return services.save_list_entry(
        enterprise=data["enterprise"],
        year=data["year"],
        actor=view.request.user,
        **{name: data[name] for name in ENTRY_FIELDS},
    )


class ListEntryCreateView(generic.CreateView):
    def save_instance(self):
        entry = _save_entry(self)
        log(instance=entry, action="wagtail.create", content_changed=True)
        return entry


class ListEntryEditView(generic.EditView):
    def save_instance(self):
        entry = _save_entry(self)
        self.has_content_changes = self.form.has_changed()
        log(instance=entry, action="wagtail.edit", content_changed=self.has_content_changes)
        return entry


class ListEntryDeleteView(SafeDeleteView):
    def delete_action(self):
        log(instance=self.object, action="wagtail.delete")
        services.remove_list_entry(entry=self.object, actor=self.request.user)


class ListEntryIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("enterprise")


def _list_years():
    return [(year, str(year)) for year in admin_views.list_years()]


class ListEntryFilterSet(WagtailFilterSet):
    year = django_filters.ChoiceFilter(label=_("Year"), choices=_list_years)
    province = django_filters.ChoiceFilter(
        field_name="enterprise__province_code",
        label=_("Province"),
        choices=lambda: list(province_choices()),
    )
    basis = django_filters.ChoiceFilter(
        label=_("Basis"), choices=ListBasis.choices, method="filter_basis"
    )

    class Meta:
        model = ListEntry
        fields = ["must_disclose", "compulsory_audit"]

    def filter_basis(self, queryset, name, value):
        return queryset.filter(**{f"basis_{value}": True})


def _bases_text(entry: ListEntry) -> str:
    return "; ".join(str(ListBasis(basis).label) for basis in entry.bases)


class ListEntryViewSet(ReviewerViewSet):
    name = "disclosure_list"
    url_prefix = "disclosure/list"
    model = ListEntry
    icon = "list-ul"
    menu_label = _("Key-enterprise list")
    add_to_reference_index = False
    index_view_class = ListEntryIndexView
    add_view_class = ListEntryCreateView
    edit_view_class = ListEntryEditView
    delete_view_class = ListEntryDeleteView
    filterset_class = ListEntryFilterSet
    list_display = [
        "enterprise",
        "year",
        Column("province", label=_("Province"), accessor="enterprise.province_name"),
        BooleanColumn("must_disclose", label=_("Must disclose")),
        BooleanColumn("compulsory_audit", label=_("Compulsory audit")),
        Column("bases", label=_("Basis"), accessor=_bases_text),
    ]
    search_fields = ["enterprise__name", "enterprise__credit_code"]
    ordering = ["-year", "enterprise__credit_code"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("enterprise"), FieldPanel("year")]),
            FieldRowPanel([FieldPanel("must_disclose"), FieldPanel("compulsory_audit")]),
            MultiFieldPanel(
                [FieldPanel(f"basis_{basis}") for basis in ListBasis.values],
                heading=_("Basis for listing"),
            ),
            FieldPanel("source_document"),
            FieldPanel("source_url"),
        ],
        base_form_class=ListEntryAdminForm,
    )


# --- Reference data ----------------------------------------------------------------------------


class SectorViewSet(ReviewerViewSet):
    name = "disclosure_sectors"
    url_prefix = "disclosure/sectors"
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    list_display = ["code", "name_zh", "name_en"]
    search_fields = ["code", "name_zh", "name_en"]
    form_fields = ["code", "name_zh", "name_en"]


CONCENTRATION_UNITS = [(code, unit.label) for code, unit in UNITS.items() if "conc" in unit.family]


class PollutantAdminForm(WagtailAdminModelForm):
    concentration_unit = forms.ChoiceField(
        label=_("concentration unit"),
        choices=CONCENTRATION_UNITS,
        help_text=_("Concentrations and limits of this pollutant are compared in this unit."),
    )


class PollutantViewSet(ReviewerViewSet):
    name = "disclosure_pollutants"
    url_prefix = "disclosure/pollutants"
    model = Pollutant
    icon = "warning"
    menu_label = _("Pollutants")
    list_display = ["name_zh", "code", "name_en", "medium", "concentration_unit"]
    list_filter = ["medium"]
    search_fields = ["code", "name_zh", "name_en", "formula"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("code"), FieldPanel("formula"), FieldPanel("order")]),
            FieldRowPanel([FieldPanel("name_zh"), FieldPanel("name_en")]),
            FieldRowPanel([FieldPanel("medium"), FieldPanel("concentration_unit")]),
            FieldPanel("explanation_zh"),
            FieldPanel("explanation_en"),
        ],
        base_form_class=PollutantAdminForm,
    )


class StandardViewSet(ReviewerViewSet):
    name = "disclosure_standards"
    url_prefix = "disclosure/standards"
    model = Standard
    icon = "doc-full"
    menu_label = _("Discharge standards")
    list_display = ["number", "title_zh", "title_en"]
    search_fields = ["number", "title_zh", "title_en"]
    form_fields = ["number", "title_zh", "title_en", "summary_zh", "summary_en"]


class StandardLimitIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("standard", "pollutant")


class StandardLimitViewSet(ReviewerViewSet):
    name = "disclosure_standard_limits"
    url_prefix = "disclosure/standard-limits"
    model = StandardLimit
    icon = "decimal"
    menu_label = _("Standard limits")
    index_view_class = StandardLimitIndexView
    list_display = [
        "__str__",
        Column("standard", label=_("Standard"), accessor="standard.number"),
        Column("pollutant", label=_("Pollutant"), accessor="pollutant.code"),
        "limit",
        Column("unit", label=_("Unit"), accessor="pollutant.concentration_unit"),
    ]
    list_filter = ["standard"]
    search_fields = ["standard__number", "pollutant__code", "pollutant__name_zh"]
    ordering = ["standard__number", "pollutant__order"]
    form_fields = ["standard", "pollutant", "limit", "applies_to_zh", "applies_to_en"]


class HolidayViewSet(ReviewerViewSet):
    name = "disclosure_holidays"
    url_prefix = "disclosure/holidays"
    model = Holiday
    icon = "calendar"
    menu_label = _("Holidays and make-up working days")
    list_display = ["date", "kind", "name_zh", "name_en"]
    list_filter = ["kind"]
    ordering = ["-date"]
    form_fields = ["date", "kind", "name_zh", "name_en"]


# --- Menu and URLs -----------------------------------------------------------------------------


class DisclosureMenu(ModelViewSetGroup):
    menu_label = _("Disclosure")
    menu_icon = "globe"
    menu_name = "disclosure"
    menu_order = 270
    items = (
        ListEntryViewSet,
        EnterpriseViewSet,
        SectorViewSet,
        PollutantViewSet,
        StandardViewSet,
        StandardLimitViewSet,
        HolidayViewSet,
    )

    def get_submenu_items(self):
        viewsets = super().get_submenu_items()
        tools = [
            ReviewerMenuItem(
                _("Import the list"),
                reverse("disclosure_admin_list_import"),
                name="disclosure-list-import",
                icon_name="upload",
            ),
            ReviewerMenuItem(
                _("Invite enterprise users"),
                reverse("disclosure_admin_invitations"),
                name="disclosure-invitations",
                icon_name="mail",
            ),
            ReviewerMenuItem(
                _("Register an ad-hoc event"),
                reverse("disclosure_admin_adhoc"),
                name="disclosure-adhoc",
                icon_name="calendar-alt",
            ),
            ReviewerMenuItem(
                _("Audit assessment and acceptance"),
                reverse("disclosure_admin_audit_results"),
                name="disclosure-audit-results",
                icon_name="tick-inverse",
            ),
            PublishQueueMenuItem(
                _("Reports waiting to be published"),
                reverse("disclosure_admin_publish_queue"),
                name="disclosure-publish-queue",
                icon_name="tasks",
            ),
        ]
        items = viewsets[:2] + tools + viewsets[2:]
        for order, item in enumerate(items, start=1):
            item.order = order
        return items


@hooks.register("register_admin_viewset")
def register_disclosure_viewsets():
    return DisclosureMenu()


@hooks.register("register_admin_urls")
def register_disclosure_admin_urls():
    return [
        path(
            "disclosure/list-import/",
            admin_views.list_import_view,
            name="disclosure_admin_list_import",
        ),
        path(
            "disclosure/list-template.<str:file_format>",
            admin_views.list_template_view,
            name="disclosure_admin_list_template",
        ),
        path(
            "disclosure/list-export/",
            admin_views.list_export_view,
            name="disclosure_admin_list_export",
        ),
        path(
            "disclosure/invitations/",
            admin_views.invitations_view,
            name="disclosure_admin_invitations",
        ),
        path("disclosure/adhoc-events/", admin_views.adhoc_view, name="disclosure_admin_adhoc"),
        path(
            "disclosure/audit-results/",
            admin_views.audit_results_view,
            name="disclosure_admin_audit_results",
        ),
        path(
            "disclosure/publish/",
            admin_views.publish_queue_view,
            name="disclosure_admin_publish_queue",
        ),
        path(
            "disclosure/publish/<int:pk>/",
            admin_views.version_view,
            name="disclosure_admin_version",
        ),
        path(
            "disclosure/publish/<int:pk>/publish/",
            admin_views.publish_view,
            name="disclosure_admin_publish",
        ),
    ]
