import csv
import datetime
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.permissions import role_required
from accounts.roles import Role
from core.csv import csv_response, csv_safe
from core.ids import past_the_id_range
from courses import services
from courses.models import Cohort, CoursePage, Enrolment, LessonCompletion, LessonPage
from courses.selectors import (
    cohort_roster,
    cohorts_taught,
    final_exam_url,
    learning_entries,
    learning_state,
)


def _live_page(page_class, pk: int):
    if past_the_id_range(pk):
        raise Http404
    page = get_object_or_404(page_class.objects.live(), pk=pk)
    return page.localized.specific


class _MyLearningPage:
    """The entries of "My learning", built only if the page is not kept for this state."""

    def __init__(self, *, state, request):
        self.state = state
        self.request = request

    @cached_property
    def entries(self):
        return learning_entries(state=self.state, user=self.request.user, request=self.request)

    @cached_property
    def open_entries(self):
        return [e for e in self.entries if e.enrolment.is_open]

    @cached_property
    def completed_entries(self):
        return [e for e in self.entries if e.enrolment.status == Enrolment.Status.COMPLETED]

    @cached_property
    def past_entries(self):
        return [e for e in self.entries if e.enrolment.status == Enrolment.Status.WITHDRAWN]


@login_required
@require_GET
def my_learning_view(request):
    # Two small queries read the learner's state; the page is kept per state (and content), so
    # the courses, outlines and progress are only worked out when something changed.
    state = learning_state(user=request.user, request=request)
    return render(
        request,
        "courses/my_learning.html",
        {"learning": _MyLearningPage(state=state, request=request), "learning_key": state.key},
    )


@login_required
@require_POST
def enrol_view(request, course_id: int):
    course = _live_page(CoursePage, course_id)
    cohort = None
    if request.POST.get("cohort"):
        try:
            cohort = Cohort.objects.get(pk=int(request.POST["cohort"]))
        except (ValueError, Cohort.DoesNotExist) as error:
            raise Http404 from error
    try:
        enrolment = services.enrol(user=request.user, course=course, cohort=cohort)
    except services.EnrolmentError as error:
        messages.error(request, error.messages[0])
        return redirect(course.url)
    if enrolment.status == Enrolment.Status.WAITLISTED:
        messages.warning(
            request,
            _(
                "The cohort is full. You are on its waiting list; "
                "we will email you if a place frees up."
            ),
        )
    else:
        messages.success(request, _("You are enrolled. Start with the first lesson."))
    return redirect(course.url)


@login_required
@require_POST
def withdraw_view(request, enrolment_id: int):
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id, user=request.user)
    try:
        services.withdraw(enrolment=enrolment, user=request.user)
    except services.EnrolmentError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request, _("You have withdrawn. Your progress is kept if you enrol again.")
        )
    return redirect("courses:my_learning")


@login_required
@require_POST
def complete_lesson_view(request, lesson_id: int):
    lesson = _live_page(LessonPage, lesson_id)
    method = request.POST.get("method", LessonCompletion.Method.EXPLICIT)
    try:
        services.complete_lesson(user=request.user, lesson=lesson, method=method)
    except ValidationError as error:
        return JsonResponse({"error": error.messages[0]}, status=400)
    wants_json = "application/json" in request.headers.get("Accept", "")
    if wants_json:
        return JsonResponse({"completed": True})
    # "Complete and continue" buttons name the next lesson to open.
    next_id = request.POST.get("next", "")
    next_lesson = (
        LessonPage.objects.live().filter(pk=int(next_id)).first()
        if next_id.isascii() and next_id.isdigit()
        else None
    )
    if next_lesson is not None:
        return redirect(next_lesson.localized.url)
    messages.success(request, _("Lesson marked complete."))
    return redirect(lesson.url)


@login_required
@require_GET
def final_exam_view(request, course_id: int):
    course = _live_page(CoursePage, course_id)
    progress = services.exam_eligibility(user=request.user, course=course)
    context = {"course": course, "progress": progress, "exam_url": final_exam_url(course=course)}
    if not progress.rules_met:
        return render(request, "courses/final_exam_locked.html", context, status=403)
    return render(request, "courses/final_exam.html", context)


@role_required(Role.INSTRUCTOR)
@require_GET
def cohorts_view(request):
    return render(request, "courses/cohorts.html", {"cohorts": cohorts_taught(user=request.user)})


def _own_cohort(request, cohort_id: int) -> Cohort:
    cohort = get_object_or_404(Cohort.objects.select_related("course"), pk=cohort_id)
    if cohort.instructor_id != request.user.pk and not request.user.is_superuser:
        raise PermissionDenied(_("Only the cohort's instructor can see its roster."))
    return cohort


@role_required(Role.INSTRUCTOR)
@require_GET
def roster_view(request, cohort_id: int):
    cohort = _own_cohort(request, cohort_id)
    rows = cohort_roster(cohort=cohort)
    days = cohort.days()
    attendance_day = _attendance_day(request.GET.get("day", ""), days)
    return render(
        request,
        "courses/roster.html",
        {
            "cohort": cohort,
            "course": cohort.course.localized,
            "rows": rows,
            "days": days,
            "attendance_day": attendance_day,
            "present_on_day": {
                row.enrolment.pk for row in rows if row.attendance.get(attendance_day)
            },
        },
    )


def _attendance_day(requested: str, days: list[datetime.date]) -> datetime.date:
    """The cohort day named in the query, else today if it is a cohort day, else the first."""
    try:
        day = datetime.date.fromisoformat(requested)
    except ValueError:
        day = timezone.localdate()
    return day if day in days else days[0]


@role_required(Role.INSTRUCTOR)
@require_GET
def roster_csv_view(request, cohort_id: int):
    cohort = _own_cohort(request, cohort_id)
    rows = cohort_roster(cohort=cohort)
    days = cohort.days()
    response = csv_response(f"cohort-{cohort.pk}-roster.csv")
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Name"),
            _("Name in Latin letters"),
            _("Email"),
            _("Organisation"),
            _("Status"),
            _("Lessons completed"),
            _("Lessons in course"),
            _("Progress (%)"),
            _("Ready for the final exam"),
            *[day.isoformat() for day in days],
        ]
    )
    for row in rows:
        user = row.enrolment.user
        writer.writerow(
            [
                csv_safe(user.full_name),
                csv_safe(user.latin_name),
                csv_safe(user.email),
                csv_safe(user.organisation),
                row.enrolment.get_status_display(),
                row.progress.lessons_done,
                row.progress.lessons_total,
                row.progress.percent,
                _("yes") if row.progress.rules_met else _("no"),
                *[_attendance_mark(row.attendance.get(day)) for day in days],
            ]
        )
    return response


def _attendance_mark(present: bool | None) -> str:
    if present is None:
        return ""
    return _("present") if present else _("absent")


@role_required(Role.INSTRUCTOR)
@require_POST
def attendance_view(request, cohort_id: int):
    cohort = _own_cohort(request, cohort_id)
    try:
        day = datetime.date.fromisoformat(request.POST.get("day", ""))
        present = {int(value) for value in request.POST.getlist("present")}
        count = services.record_attendance(
            instructor=request.user, cohort=cohort, day=day, present_enrolment_ids=present
        )
    except ValueError:
        messages.error(request, _("Choose a valid day."))
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request,
            _("Attendance for %(day)s saved for %(count)d trainees.")
            % {"day": day, "count": count},
        )
    roster_url = reverse("courses:roster", kwargs={"cohort_id": cohort.pk})
    return redirect(f"{roster_url}?{urlencode({'day': request.POST.get('day', '')})}#attendance")
