"""Question import and export pages in the CMS admin."""

from datetime import date

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied

from exams.exporters import export_csv, export_moodle_xml, export_xlsx
from exams.importers import COLUMNS, MAX_BYTES, MAX_ROWS, REQUIRED_COLUMNS, import_questions
from exams.models import Question, Topic

IMPORT_PERMISSION = "exams.add_question"
EXPORT_PERMISSION = "exams.view_question"

EXPORT_FORMATS = {
    "csv": ("csv", "text/csv; charset=utf-8"),
    "xlsx": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "moodle": ("xml", "application/xml; charset=utf-8"),
}


class QuestionImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "A .csv (UTF-8) or .xlsx file with the columns below, or a Moodle XML (.xml) export."
        ),
    )
    default_topic = forms.ChoiceField(
        label=gettext_lazy("Topic for Moodle questions"),
        choices=[("", "---------"), *Topic.choices],
        required=False,
        help_text=gettext_lazy(
            "Moodle XML only: used when a question's category does not name a topic."
        ),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Only check the file"),
        required=False,
        help_text=gettext_lazy("Report what would change without importing anything."),
    )


def _refused(request, permission: str):
    """A plain 403 (Wagtail would turn a raised PermissionDenied into a redirect)."""
    if request.user.has_perm(permission):
        return None
    return permission_denied(request, PermissionDenied())


def import_questions_view(request):
    if refused := _refused(request, IMPORT_PERMISSION):
        return refused
    result = None
    if request.method == "POST":
        form = QuestionImportForm(request.POST, request.FILES)
        if form.is_valid():
            result = import_questions(
                form.cleaned_data["file"],
                author=request.user,
                default_topic=form.cleaned_data["default_topic"] or None,
                dry_run=form.cleaned_data["dry_run"],
                allow_updates=request.user.has_perm("exams.change_question"),
            )
            if result.ok and not result.dry_run:
                messages.success(
                    request,
                    _("Import finished: %(created)d new, %(updated)d changed.")
                    % {"created": result.created, "updated": result.updated},
                )
            elif not result.ok:
                messages.error(request, _("Nothing was imported: the file has problems."))
    else:
        form = QuestionImportForm()
    return TemplateResponse(
        request,
        "exams/admin/import.html",
        {
            "form": form,
            "result": result,
            "columns": COLUMNS,
            "required_columns": REQUIRED_COLUMNS,
            "max_megabytes": MAX_BYTES // 2**20,
            "max_rows": MAX_ROWS,
            "topics": Topic.values,
        },
    )


def export_questions_index_view(request):
    if refused := _refused(request, EXPORT_PERMISSION):
        return refused
    return TemplateResponse(
        request,
        "exams/admin/export.html",
        {
            "question_count": Question.objects.filter(current_version__isnull=False).count(),
            "topics": Topic.choices,
        },
    )


def export_questions_view(request, export_format: str):
    if refused := _refused(request, EXPORT_PERMISSION):
        return refused
    if export_format not in EXPORT_FORMATS:
        raise Http404
    questions = Question.objects.all()
    # Only a known topic reaches the query and the file name (a header: no line breaks).
    topic = request.GET.get("topic", "")
    if topic not in Topic.values:
        topic = ""
    if topic:
        questions = questions.filter(topic=topic)
    extension, content_type = EXPORT_FORMATS[export_format]
    name = f"question-bank-{topic + '-' if topic else ''}{date.today():%Y%m%d}"
    if export_format == "csv":
        content = export_csv(questions)
    elif export_format == "xlsx":
        content = export_xlsx(questions)
    else:
        language = request.GET.get("language", "zh")
        if language not in ("zh", "en"):
            language = "zh"
        content = export_moodle_xml(questions, language=language)
        name = f"{name}-moodle-{language}"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response
