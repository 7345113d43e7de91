from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from courses.models import Cohort


class CohortViewSet(ModelViewSet):
    """Scheduled course runs, managed by editors and instructors in the CMS admin."""

    model = Cohort
    icon = "date"
    menu_label = _("Cohorts")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "course", "delivery", "starts_on", "ends_on", "capacity", "instructor"]
    list_filter = ["delivery"]
    search_fields = ["name", "location"]
    ordering = ["-starts_on"]
    panels = [
        FieldPanel("course"),
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("delivery"),
                FieldPanel("location"),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("capacity"),
                FieldPanel("instructor"),
            ],
            heading=_("Run"),
        ),
        FieldRowPanel(
            [FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")],
            heading=_("Enrolment window"),
        ),
    ]


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return CohortViewSet("cohorts")
