import csv
from decimal import Decimal, InvalidOperation

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from accounts.permissions import role_required
from accounts.roles import Role
from core.csv import csv_response, csv_safe
from core.json_input import parse_json
from exams import fragments, selectors, services
from exams.forms import AccommodationForm
from exams.models import Attempt, Exam, QuestionType


@login_required
@require_GET
def exam_overview_view(request, exam_id: int):
    exam = get_object_or_404(Exam, pk=exam_id)
    services.close_expired_attempts(exam=exam, user=request.user)
    context = {"exam": exam, **selectors.exam_overview(exam=exam, user=request.user)}
    if exam.course_id:
        from courses.services import exam_eligibility

        context["course"] = exam.course.localized
        context["progress"] = exam_eligibility(user=request.user, course=exam.course)
    return render(request, "exams/exam_overview.html", context)


@login_required
@require_POST
def start_attempt_view(request, exam_id: int):
    exam = get_object_or_404(Exam, pk=exam_id)
    try:
        attempt = services.start_or_resume_attempt(exam=exam, user=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("exams:overview", exam_id=exam.pk)
    return redirect("exams:attempt", attempt_id=attempt.pk)


@never_cache
@login_required
@require_GET
def attempt_view(request, attempt_id: int):
    attempt = selectors.own_attempt(attempt_id=attempt_id, user=request.user, request=request)
    if services.is_past_deadline(attempt):
        # Only an attempt whose time is up needs closing; an open one is shown as it is.
        services.close_expired_attempts(exam=attempt.exam, user=request.user)
        attempt.refresh_from_db()
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return redirect("exams:result", attempt_id=attempt.pk)
    questions = selectors.attempt_questions(attempt=attempt, request=request)
    return render(
        request,
        "exams/attempt.html",
        {
            "attempt": attempt,
            "exam": attempt.exam,
            "questions": questions,
            # Each question rendered once per process and language, its slots filled here.
            "questions_html": fragments.questions_html(questions),
            "nav_html": fragments.nav_html(questions),
            "answered_count": sum(question.answered for question in questions),
            "seconds_left": selectors.seconds_left(attempt),
        },
    )


def _response_from_form(kind: str, post, position: int):
    """The response for one question from a plain (no JavaScript) form post."""
    name = f"q{position}"
    if kind == QuestionType.MULTIPLE:
        values = post.getlist(name)
        return [int(value) for value in values if value.isdigit()] if values else None
    value = post.get(name)
    if kind == QuestionType.NUMERIC:
        number = post.get(f"{name}-value", "")
        unit = post.get(f"{name}-unit", "")
        return {"value": number, "unit": unit} if number or unit else None
    if value is None:
        return None
    if kind == QuestionType.SINGLE:
        return int(value) if value.isdigit() else value
    if kind == QuestionType.TRUE_FALSE:
        return {"true": True, "false": False}.get(value, value)
    return value


@never_cache
@login_required
@require_POST
def save_answer_view(request, attempt_id: int):
    """Save answers: one as JSON (the page saves each answer as it is given), or all of a
    plain form post. JSON replies carry the server's time left, never any key."""
    if request.content_type == "application/json":
        try:
            payload = parse_json(request.body, empty={})
            position = int(payload["position"])
            response = payload.get("response")
        except (ValueError, KeyError, TypeError, OverflowError):
            return JsonResponse({"saved": False, "error": _("Malformed request.")}, status=400)
        try:
            slot = services.save_answer_by_id(
                attempt_id=attempt_id, user=request.user, position=position, response=response
            )
        except (Attempt.DoesNotExist, PermissionDenied) as error:
            # Someone else's attempt is as unknown as one that does not exist.
            raise Http404 from error
        except ValidationError as error:
            attempt = selectors.own_attempt(
                attempt_id=attempt_id, user=request.user, request=request
            )
            services.close_expired_attempts(exam=attempt.exam, user=request.user)
            attempt.refresh_from_db()
            return JsonResponse(
                {
                    "saved": False,
                    "error": error.messages[0],
                    "open": attempt.status == Attempt.Status.IN_PROGRESS,
                    "seconds_left": selectors.seconds_left(attempt),
                },
                status=409,
            )
        # The deadline is fixed when the attempt starts: nothing to read again.
        return JsonResponse(
            {
                "saved": True,
                "position": position,
                "seconds_left": selectors.seconds_left(slot.attempt),
            }
        )
    attempt = selectors.own_attempt(attempt_id=attempt_id, user=request.user, request=request)
    errors = []
    for question in selectors.attempt_questions(attempt=attempt):
        response = _response_from_form(question.kind, request.POST, question.position)
        # Unticking every box or emptying a number clears an answer; an untouched radio group
        # or text field simply was not part of this post.
        if response is None and not (
            question.answered and question.kind in (QuestionType.MULTIPLE, QuestionType.NUMERIC)
        ):
            continue
        try:
            services.save_answer(
                attempt=attempt, user=request.user, position=question.position, response=response
            )
        except ValidationError as error:
            errors.append(f"{question.position}: {error.messages[0]}")
    if errors:
        for error in errors:
            messages.error(request, error)
    else:
        messages.success(request, _("Your answers are saved."))
    if request.POST.get("submit"):
        return submit_attempt_view(request, attempt_id)
    return redirect("exams:attempt", attempt_id=attempt.pk)


@login_required
@require_POST
def submit_attempt_view(request, attempt_id: int):
    try:
        services.submit_attempt_by_id(attempt_id=attempt_id, user=request.user)
    except (Attempt.DoesNotExist, PermissionDenied) as error:
        # Someone else's attempt is as unknown as one that does not exist.
        raise Http404 from error
    return redirect("exams:result", attempt_id=attempt_id)


@never_cache
@login_required
@require_GET
def result_view(request, attempt_id: int):
    attempt = selectors.own_attempt(attempt_id=attempt_id, user=request.user, request=request)
    services.close_expired_attempts(exam=attempt.exam, user=request.user)
    attempt.refresh_from_db()
    if attempt.status == Attempt.Status.IN_PROGRESS:
        return redirect("exams:attempt", attempt_id=attempt.pk)
    released = attempt.status == Attempt.Status.RELEASED
    return render(
        request,
        "exams/result.html",
        {
            "attempt": attempt,
            "exam": attempt.exam,
            "released": released,
            "sections": selectors.section_scores(attempt=attempt) if released else [],
            "review": selectors.attempt_review(attempt=attempt),
        },
    )


# --- Examiners ---------------------------------------------------------------------------------
# Each view sees only what ``exams.selectors`` lets the examiner see: the trainees of the cohorts
# they teach. Anything else is a 404, so ids reveal nothing.


@role_required(Role.INSTRUCTOR)
@require_GET
def grading_queue_view(request):
    return render(
        request,
        "exams/grading_queue.html",
        {"slots": selectors.grading_queue(user=request.user)[:200]},
    )


@role_required(Role.INSTRUCTOR)
def grade_answer_view(request, label: str, position: int):
    slot = selectors.answer_to_grade(user=request.user, label=label, position=position)
    error = ""
    if request.method == "POST":
        try:
            points = Decimal(request.POST.get("points", ""))
            services.grade_essay(
                examiner=request.user,
                slot=slot,
                points=points,
                feedback=request.POST.get("feedback", "").strip()[:5000],
            )
        except (InvalidOperation, ValueError):
            error = _("Enter the points as a number.")
        except ValidationError as exc:
            error = exc.messages[0]
        else:
            messages.success(request, _("Grade saved."))
            return redirect("exams:grading_queue")
    # Blind grading: the template gets the candidate label, never the trainee.
    return render(
        request,
        "exams/grade_answer.html",
        {
            "slot": slot,
            "candidate": slot.attempt.candidate_label,
            "exam": slot.attempt.exam,
            "error": error,
        },
    )


def _attempts_page(request, exam: Exam, form: AccommodationForm, status: int = 200):
    return render(
        request,
        "exams/exam_attempts.html",
        {
            "exam": exam,
            "attempts": selectors.exam_attempts(exam=exam, user=request.user),
            "grants": selectors.accommodation_grants(exam=exam, user=request.user),
            "form": form,
        },
        status=status,
    )


@role_required(Role.INSTRUCTOR)
@require_GET
def exam_attempts_view(request, exam_id: int):
    exam = selectors.exam_for_examiner(exam_id=exam_id, user=request.user)
    return _attempts_page(request, exam, AccommodationForm())


@role_required(Role.INSTRUCTOR)
@require_GET
def exam_results_csv_view(request, exam_id: int):
    exam = selectors.exam_for_examiner(exam_id=exam_id, user=request.user)
    response = csv_response(f"exam-{exam.pk}-results.csv")
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Name"),
            _("Email"),
            _("Attempt"),
            _("Status"),
            _("Candidate label"),
            _("Started"),
            _("Submitted"),
            _("Score"),
            _("Maximum score"),
            _("Percent"),
            _("Passed"),
        ]
    )
    for attempt in selectors.exam_attempts(exam=exam, user=request.user):
        identity = [csv_safe(attempt.user.full_name), csv_safe(attempt.user.email), attempt.number]
        if not attempt.is_released:
            # Nothing that could be matched with the blind grading queue before release.
            writer.writerow([*identity, _("Not released yet"), "", "", "", "", "", "", ""])
            continue
        writer.writerow(
            [
                *identity,
                attempt.get_status_display(),
                attempt.candidate_label,
                attempt.started_at.isoformat(),
                attempt.submitted_at.isoformat() if attempt.submitted_at else "",
                attempt.score if attempt.score is not None else "",
                attempt.max_score,
                attempt.percent if attempt.percent is not None else "",
                "" if attempt.passed is None else (_("yes") if attempt.passed else _("no")),
            ]
        )
    return response


@role_required(Role.INSTRUCTOR)
@require_GET
def item_statistics_view(request, exam_id: int):
    exam = selectors.exam_for_examiner(exam_id=exam_id, user=request.user)
    return render(
        request,
        "exams/item_statistics.html",
        {"exam": exam, "items": selectors.item_statistics(exam=exam, user=request.user)},
    )


@role_required(Role.INSTRUCTOR)
@require_POST
def accommodation_view(request, exam_id: int):
    exam = selectors.exam_for_examiner(exam_id=exam_id, user=request.user)
    form = AccommodationForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        trainee = selectors.trainee_for_accommodation(
            exam=exam, examiner=request.user, email=data["email"]
        )
        if trainee is None:
            form.add_error(
                "email", _("None of the trainees you examine in this exam has that address.")
            )
        else:
            try:
                services.set_accommodation(
                    examiner=request.user,
                    exam=exam,
                    user=trainee,
                    extra_minutes=data["extra_minutes"],
                    extra_attempts=data["extra_attempts"],
                    reason=data["reason"],
                )
            except (ValidationError, PermissionDenied) as error:
                form.add_error(None, getattr(error, "messages", [str(error)]))
            else:
                messages.success(request, _("Accommodation saved."))
                return redirect("exams:attempts", exam_id=exam.pk)
    return _attempts_page(request, exam, form)
