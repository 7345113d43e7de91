from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.models import User
from accounts.roles import ROLE_DEFINITIONS, Role
from core.admin_search import BoundedSearchMixin
from courses.models import Cohort
from courses.selectors import ASSIGN_INSTRUCTOR_PERMISSION, cohorts_manageable_by
from courses.services import check_instructor_assignment


class CohortAdminForm(WagtailAdminModelForm):
    """Offers only instructors (never the person editing) and checks the choice in the
    service. Users who may not assign instructors do not get the field at all."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("instructor")
        if field is not None:
            instructors = User.objects.filter(
                groups__name=ROLE_DEFINITIONS[Role.INSTRUCTOR].group_name
            )
            if self.for_user is not None:
                instructors = instructors.exclude(pk=self.for_user.pk)
            field.queryset = instructors.order_by("full_name", "email")

    def clean(self):
        cleaned = super().clean()
        if "instructor" in self.fields and self.for_user is not None:
            try:
                check_instructor_assignment(
                    assigned_by=self.for_user,
                    cohort=self.instance,
                    instructor=cleaned.get("instructor"),
                )
            except (ValidationError, PermissionDenied) as error:
                self.add_error("instructor", getattr(error, "messages", [str(error)]))
        return cleaned


class CohortIndexView(BoundedSearchMixin, IndexView):
    def get_base_queryset(self):
        return cohorts_manageable_by(user=self.request.user)


class CohortEditView(EditView):
    def get_queryset(self):
        return cohorts_manageable_by(user=self.request.user)


class CohortDeleteView(DeleteView):
    def get_queryset(self):
        return cohorts_manageable_by(user=self.request.user)


class CohortHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return cohorts_manageable_by(user=self.request.user)


class CohortUsageView(UsageView):
    def get_base_object_queryset(self):
        return cohorts_manageable_by(user=self.request.user)


class CohortViewSet(ModelViewSet):
    """Scheduled course runs. Editors schedule them and choose their instructors; instructors
    edit the cohorts they teach, without changing who teaches them."""

    model = Cohort
    icon = "date"
    menu_label = _("Cohorts")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "course", "delivery", "starts_on", "ends_on", "capacity", "instructor"]
    list_filter = ["delivery"]
    search_fields = ["name", "location"]
    ordering = ["-starts_on"]
    copy_view_enabled = False
    index_view_class = CohortIndexView
    edit_view_class = CohortEditView
    delete_view_class = CohortDeleteView
    history_view_class = CohortHistoryView
    usage_view_class = CohortUsageView
    edit_handler = ObjectList(
        [
            # Which course a cohort runs and who teaches it decide whose trainees and exams
            # an instructor sees, so only those who schedule cohorts set them.
            FieldPanel("course", permission=ASSIGN_INSTRUCTOR_PERMISSION),
            FieldPanel("name"),
            MultiFieldPanel(
                [
                    FieldPanel("delivery"),
                    FieldPanel("location"),
                    FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                    FieldPanel("capacity"),
                    FieldPanel("instructor", permission=ASSIGN_INSTRUCTOR_PERMISSION),
                ],
                heading=_("Run"),
            ),
            FieldRowPanel(
                [FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")],
                heading=_("Enrolment window"),
            ),
        ],
        base_form_class=CohortAdminForm,
    )


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return CohortViewSet("cohorts")
