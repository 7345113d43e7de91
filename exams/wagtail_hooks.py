"""The question bank and exam blueprints in the CMS admin, with question import and export."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from core.admin_formsets import ChildFormSet
from core.admin_search import BoundedIndexView, BoundedSearchMixin
from exams import admin_views
from exams.forms import ExamAdminForm, ExamSectionForm, QuestionAdminForm
from exams.models import Exam, Question
from exams.selectors import MANAGE_FINAL_EXAMS_PERMISSION, exams_manageable_by

# --- Question bank ----------------------------------------------------------------------------


class QuestionPermissionPolicy(ModelPermissionPolicy):
    """Questions are retired, never deleted: attempts point at their versions."""

    def user_has_permission(self, user, action):
        if action == "delete":
            return False
        return super().user_has_permission(user, action)


class QuestionViewSet(ModelViewSet):
    name = "exam_questions"
    model = Question
    index_view_class = BoundedIndexView
    icon = "help"
    menu_label = _("Question bank")
    url_prefix = "exams/questions"
    list_display = ["code", "bank", "topic", "difficulty", "question_type", "retired"]
    list_filter = ["bank", "topic", "difficulty", "question_type", "retired"]
    search_fields = ["code"]
    ordering = ["code"]
    copy_view_enabled = False
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("bank"),
                FieldRowPanel([FieldPanel("topic"), FieldPanel("difficulty")]),
                FieldPanel("question_type"),
                FieldPanel("retired"),
            ],
            heading=_("Question"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("prompt_zh"),
                FieldPanel("prompt_en"),
                FieldPanel("explanation_zh"),
                FieldPanel("explanation_en"),
                FieldPanel("points"),
            ],
            heading=_("Wording"),
        ),
        MultiFieldPanel(
            [FieldPanel("options"), FieldPanel("partial_credit")],
            heading=_("Single and multiple choice"),
        ),
        MultiFieldPanel([FieldPanel("true_false_answer")], heading=_("True or false")),
        MultiFieldPanel(
            [
                FieldPanel("numeric_answer"),
                FieldRowPanel([FieldPanel("numeric_tolerance"), FieldPanel("tolerance_type")]),
                FieldPanel("unit"),
            ],
            heading=_("Numeric"),
        ),
        MultiFieldPanel(
            [FieldPanel("accepted_zh"), FieldPanel("accepted_en")], heading=_("Short text")
        ),
        MultiFieldPanel(
            [FieldPanel("rubric_zh"), FieldPanel("rubric_en")], heading=_("Essay / case study")
        ),
    ]

    @cached_property
    def permission_policy(self):
        return QuestionPermissionPolicy(self.model)

    def get_form_class(self, for_update=False):
        # The form saves through exams.services.save_question (the create and edit views call
        # form.save()), so a version that attempts have used is never changed.
        return QuestionAdminForm


# --- Exams ------------------------------------------------------------------------------------


# Real exams have a handful of sections; the bound keeps a forged post from building thousands.
MAX_SECTIONS_PER_EXAM = 20


class SectionsPanel(InlinePanel):
    """Exam sections, with their JSON topic and type lists edited as checkboxes."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = ExamSectionForm
        options["formsets"][self.relation_name]["formset"] = ChildFormSet
        return options


class ExamPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        if action == "delete" and instance.attempts.exists():
            return False
        return super().user_has_permission_for_instance(user, action, instance)


# Every admin view of exams sees only the blueprints the user may manage (instructors: the
# exams other than final ones of the courses in which they teach); anything else is a 404.


class ExamIndexView(BoundedSearchMixin, IndexView):
    def get_base_queryset(self):
        return exams_manageable_by(user=self.request.user)


class ExamEditView(EditView):
    def get_queryset(self):
        return exams_manageable_by(user=self.request.user)


class ExamDeleteView(DeleteView):
    """An exam that trainees have attempted keeps its record."""

    def get_queryset(self):
        return exams_manageable_by(user=self.request.user)

    def get_object(self, queryset=None):
        exam = super().get_object(queryset)
        if exam.attempts.exists():
            raise PermissionDenied
        return exam


class ExamHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return exams_manageable_by(user=self.request.user)


class ExamUsageView(UsageView):
    def get_base_object_queryset(self):
        return exams_manageable_by(user=self.request.user)


class ExamViewSet(ModelViewSet):
    name = "exam_blueprints"
    model = Exam
    icon = "doc-full-inverse"
    menu_label = _("Exams")
    url_prefix = "exams"
    list_display = ["title_zh", "title_en", "course", "is_final", "opens_at", "closes_at"]
    list_filter = ["is_final"]
    search_fields = ["title_zh", "title_en"]
    copy_view_enabled = False
    index_view_class = ExamIndexView
    edit_view_class = ExamEditView
    delete_view_class = ExamDeleteView
    history_view_class = ExamHistoryView
    usage_view_class = ExamUsageView
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("title_zh"),
                    FieldPanel("title_en"),
                    FieldPanel("course"),
                    FieldPanel("is_final", permission=MANAGE_FINAL_EXAMS_PERMISSION),
                ],
                heading=_("Exam"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                    FieldRowPanel(
                        [FieldPanel("time_limit_minutes"), FieldPanel("pass_mark_percent")]
                    ),
                    FieldRowPanel(
                        [FieldPanel("max_attempts"), FieldPanel("days_between_attempts")]
                    ),
                    FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
                ],
                heading=_("Rules"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("review_policy"),
                    FieldPanel("review_timing"),
                    FieldPanel("results_release_at"),
                ],
                heading=_("Results and review"),
            ),
            SectionsPanel(
                "sections",
                heading=_("Sections"),
                label=_("Section"),
                min_num=1,
                max_num=MAX_SECTIONS_PER_EXAM,
                panels=[
                    FieldRowPanel([FieldPanel("order"), FieldPanel("question_count")]),
                    FieldPanel("title_zh"),
                    FieldPanel("title_en"),
                    FieldPanel("bank"),
                    FieldPanel("topics"),
                    FieldPanel("question_types"),
                    FieldPanel("difficulty"),
                ],
            ),
        ],
        base_form_class=ExamAdminForm,
    )

    @cached_property
    def permission_policy(self):
        return ExamPermissionPolicy(self.model)


# --- Menu and URLs ----------------------------------------------------------------------------


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class ExamsMenu(ModelViewSetGroup):
    menu_label = _("Assessment")
    menu_icon = "doc-full-inverse"
    menu_order = 260
    items = (ExamViewSet, QuestionViewSet)

    def get_submenu_items(self):
        items = super().get_submenu_items()
        order = len(items)
        items.append(
            PermissionMenuItem(
                _("Import questions"),
                reverse("exams_question_import"),
                name="import-questions",
                icon_name="upload",
                order=order + 1,
                permission=admin_views.IMPORT_PERMISSION,
            )
        )
        items.append(
            PermissionMenuItem(
                _("Export questions"),
                reverse("exams_question_export_index"),
                name="export-questions",
                icon_name="download",
                order=order + 2,
                permission=admin_views.EXPORT_PERMISSION,
            )
        )
        return items


@hooks.register("register_admin_viewset")
def register_exam_viewsets():
    return ExamsMenu()


@hooks.register("register_admin_urls")
def register_question_transfer_urls():
    return [
        path(
            "exams/questions/import/",
            admin_views.import_questions_view,
            name="exams_question_import",
        ),
        path(
            "exams/questions/export/",
            admin_views.export_questions_index_view,
            name="exams_question_export_index",
        ),
        path(
            "exams/questions/export/<str:export_format>/",
            admin_views.export_questions_view,
            name="exams_question_export",
        ),
    ]
