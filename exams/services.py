"""Writes for the question bank and attempts. The server owns the clock and the answer key."""

import random
from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from exams import grading
from exams.models import (
    MAX_EXTRA_ATTEMPTS,
    MAX_EXTRA_MINUTES,
    OBJECTIVE_TYPES,
    Accommodation,
    AccommodationGrant,
    Attempt,
    AttemptEvent,
    AttemptQuestion,
    Exam,
    ExamSection,
    Question,
    QuestionType,
    QuestionVersion,
)
from exams.signals import final_exam_passed

# Answers that arrive this long after the deadline still count: the request left in time.
DEADLINE_GRACE = timedelta(seconds=15)

VERSION_FIELDS = (
    "prompt_zh",
    "prompt_en",
    "explanation_zh",
    "explanation_en",
    "options",
    "partial_credit",
    "true_false_answer",
    "numeric_answer",
    "numeric_tolerance",
    "tolerance_type",
    "unit",
    "accepted_answers",
    "rubric_zh",
    "rubric_en",
    "points",
)


class ExamError(ValidationError):
    """A request about an exam that cannot be granted; the message says why."""


# --- Question bank ----------------------------------------------------------------------------


@transaction.atomic
def save_question(
    *,
    code: str,
    topic: str,
    difficulty: int,
    question_type: str,
    content: dict,
    bank: str | None = None,
    author: User | None = None,
) -> Question:
    """Create a question or change it. A version that any attempt has drawn is never edited:
    the change becomes a new version, and earlier attempts keep the one they saw."""
    question = Question.objects.select_for_update().filter(code=code).first()
    if question is None:
        question = Question.objects.create(
            code=code,
            bank=bank or Question._meta.get_field("bank").default,
            topic=topic,
            difficulty=difficulty,
            question_type=question_type,
        )
    elif question.question_type != question_type:
        raise ValidationError(_("A question's type cannot change; create a new question."))
    else:
        # A bank left unsaid keeps the question where it is.
        question.bank = bank or question.bank
        question.topic, question.difficulty = topic, difficulty
        question.save(update_fields=["bank", "topic", "difficulty"])
    current = question.current_version
    unknown = set(content) - set(VERSION_FIELDS)
    if unknown:
        raise ValidationError(_("Unknown question fields: %(fields)s") % {"fields": unknown})
    if current is not None and not current.drawn.exists():
        for name, value in content.items():
            setattr(current, name, value)
        current.full_clean(exclude=["question"])
        current.save()
        return question
    number = (current.number + 1) if current else 1
    # A new version starts as a copy of the current one, so callers may change only some fields.
    fields = {name: getattr(current, name) for name in VERSION_FIELDS} if current else {}
    fields.update(content)
    version = QuestionVersion(question=question, number=number, created_by=author, **fields)
    version.full_clean(exclude=["question"])
    version.save()
    question.current_version = version
    question.save(update_fields=["current_version"])
    return question


# --- Exam blueprints ---------------------------------------------------------------------------


def check_section_keeps_keys_secret(*, section: ExamSection) -> None:
    """Refuse a section that would let one exam show the keys of questions a final exam can
    draw. Called by ``ExamSection.clean``, so the admin and ``create_exam`` both apply it."""
    from exams.selectors import key_conflicts

    try:
        exam = section.exam
    except Exam.DoesNotExist:
        return
    conflict = next(iter(key_conflicts(section=section)), None)
    if conflict is None:
        return
    if exam.shows_answer_keys:
        message = _(
            "This exam shows correct answers and explanations, but section “%(section)s” can "
            "draw questions of the final exam “%(exam)s”. Show trainees only their score or "
            "their responses, or draw from other questions (bank, topics, types or difficulty)."
        )
    else:
        message = _(
            "Section “%(section)s” of this final exam can draw questions whose correct answers "
            "the exam “%(exam)s” shows in its review. Change that exam's review first, or draw "
            "from other questions (bank, topics, types or difficulty)."
        )
    raise ValidationError(message % {"section": section.title, "exam": conflict.exam.title})


@transaction.atomic
def create_exam(*, sections: list[dict], **fields) -> Exam:
    """An exam and its sections, each checked by the model rules (``Exam.clean``,
    ``ExamSection.clean``) before anything is saved for good."""
    exam = Exam(**fields)
    exam.full_clean()
    exam.save()
    for order, section_fields in enumerate(sections):
        section = ExamSection(exam=exam, **{"order": order, **section_fields})
        section.full_clean()
        section.save()
    return exam


# --- Starting and resuming --------------------------------------------------------------------


def _accommodation(exam: Exam, user: User) -> Accommodation | None:
    return Accommodation.objects.filter(exam=exam, user=user).first()


def attempt_allowance(*, exam: Exam, user: User) -> tuple[int, int]:
    """(attempts used, attempts allowed) for ``user`` in ``exam``."""
    accommodation = _accommodation(exam, user)
    allowed = exam.max_attempts + (accommodation.extra_attempts if accommodation else 0)
    return Attempt.objects.filter(exam=exam, user=user).count(), allowed


def start_or_resume_attempt(*, exam: Exam, user: User) -> Attempt:
    """The trainee's open attempt, or a new one if every rule allows it.

    Everything the rules need is read in two queries (the trainee's attempts at this exam and
    their accommodation). Two starts at the same moment (a double click, a second tab) cannot
    both create an attempt: the database allows one open attempt per exam and trainee and one
    attempt per number, and the one that loses resumes the other's."""
    attempts = _attempts_of(exam, user)
    now = timezone.now()
    expired = [
        attempt
        for attempt in attempts
        if attempt.status == Attempt.Status.IN_PROGRESS and attempt.deadline < now - DEADLINE_GRACE
    ]
    if expired:
        for attempt in expired:
            submit_attempt(attempt=attempt, user=None, auto=True)
        attempts = _attempts_of(exam, user)
    open_attempt = next((a for a in attempts if a.status == Attempt.Status.IN_PROGRESS), None)
    if open_attempt is not None:
        AttemptEvent.objects.create(attempt=open_attempt, kind=AttemptEvent.Kind.RESUMED)
        return open_attempt
    accommodation = _accommodation(exam, user)
    _check_may_start(exam=exam, user=user, attempts=attempts, accommodation=accommodation, now=now)
    try:
        with transaction.atomic():
            return _create_attempt(
                exam=exam, user=user, number=len(attempts) + 1, accommodation=accommodation
            )
    except IntegrityError as error:
        # A second tab started the same attempt at the same moment: use that one.
        existing = Attempt.objects.filter(
            exam=exam, user=user, status=Attempt.Status.IN_PROGRESS
        ).first()
        if existing is None:
            raise ExamError(_("The attempt could not be started; try again.")) from error
        return existing


def _attempts_of(exam: Exam, user: User) -> list[Attempt]:
    """The trainee's attempts at ``exam``, newest first (a trainee has a handful at most)."""
    return list(Attempt.objects.filter(exam=exam, user=user).order_by("-started_at", "-pk"))


def _check_may_start(
    *,
    exam: Exam,
    user: User,
    attempts: list[Attempt],
    accommodation: Accommodation | None,
    now,
) -> None:
    """Refuse a new attempt the rules do not allow; ``attempts`` are the trainee's at this exam,
    newest first, none of them open."""
    if not exam.is_open(now):
        raise ExamError(_("This exam is not open now."))
    if any(attempt.status in Attempt.AWAITING_RESULT for attempt in attempts):
        # Whether a new attempt is allowed would tell the result before its release.
        raise ExamError(
            _(
                "Your previous attempt has no released result yet. You can start another "
                "attempt once it is released."
            )
        )
    if exam.course_id is not None:
        from courses.services import exam_eligibility

        progress = exam_eligibility(user=user, course=exam.course)
        if not progress.rules_met:
            raise ExamError(_("Meet the course rules before taking this exam."))
    allowed = exam.max_attempts + (accommodation.extra_attempts if accommodation else 0)
    if len(attempts) >= allowed:
        raise ExamError(_("You have used all your attempts at this exam."))
    last = attempts[0] if attempts else None
    if last is not None and exam.days_between_attempts:
        if last.passed:
            raise ExamError(_("You have already passed this exam."))
        next_allowed = (last.submitted_at or last.deadline) + timedelta(
            days=exam.days_between_attempts
        )
        if now < next_allowed:
            raise ExamError(
                _("Your next attempt opens on %(date)s.")
                % {"date": timezone.localtime(next_allowed).strftime("%Y-%m-%d %H:%M")}
            )
    elif last is not None and last.passed:
        raise ExamError(_("You have already passed this exam."))


def draw_questions(*, exam: Exam, rng: random.Random | None = None) -> list[tuple]:
    """(section, version) pairs for a new attempt, drawn at random per section. Each version
    carries its question (for the type) and only what an attempt is made of: its points and
    options."""
    rng = rng or random.SystemRandom()
    drawn: list[tuple] = []
    used: set[int] = set()
    from exams.selectors import section_pool

    for section in exam.sections.order_by("order", "pk"):
        pool = (
            section_pool(section)
            .filter(retired=False, current_version__isnull=False)
            .select_related("current_version")
            .only(
                "pk",
                "question_type",
                "current_version__id",
                "current_version__question",
                "current_version__points",
                "current_version__options",
            )
        )
        candidates = [question for question in pool if question.pk not in used]
        if len(candidates) < section.question_count:
            raise ExamError(
                _("The question bank has too few questions for section “%(section)s”.")
                % {"section": section.title}
            )
        chosen = rng.sample(candidates, section.question_count)
        used.update(question.pk for question in chosen)
        for question in chosen:
            version = question.current_version
            version.question = question  # the same row: its type without another query
            drawn.append((section, version))
    if exam.shuffle_questions:
        rng.shuffle(drawn)
    return drawn


def _create_attempt(
    *, exam: Exam, user: User, number: int, accommodation: Accommodation | None
) -> Attempt:
    rng = random.SystemRandom()
    drawn = draw_questions(exam=exam, rng=rng)
    minutes = exam.time_limit_minutes + (accommodation.extra_minutes if accommodation else 0)
    now = timezone.now()
    deadline = now + timedelta(minutes=minutes)
    if exam.closes_at is not None:
        deadline = min(deadline, exam.closes_at)
    attempt = Attempt.objects.create(
        exam=exam,
        user=user,
        number=number,
        status=Attempt.Status.IN_PROGRESS,
        started_at=now,
        deadline=deadline,
        max_score=sum((version.points for _section, version in drawn), Decimal(0)),
    )
    questions = []
    for position, (section, version) in enumerate(drawn, start=1):
        order = list(range(len(version.options)))
        if exam.shuffle_options and version.question.question_type in (
            QuestionType.SINGLE,
            QuestionType.MULTIPLE,
        ):
            rng.shuffle(order)
        questions.append(
            AttemptQuestion(
                attempt=attempt,
                section=section,
                position=position,
                version=version,
                option_order=order,
            )
        )
    AttemptQuestion.objects.bulk_create(questions)
    AttemptEvent.objects.create(
        attempt=attempt, kind=AttemptEvent.Kind.STARTED, detail={"deadline": deadline.isoformat()}
    )
    return attempt


# --- Answering --------------------------------------------------------------------------------


_SAVE_READS = (
    "option_order",
    "attempt__user",
    "attempt__status",
    "attempt__deadline",
    "version__options",
    "version__question__question_type",
)


def save_answer(*, attempt: Attempt, user: User, position: int, response) -> AttemptQuestion:
    """Store one answer the moment it is given. Refused once the attempt is over."""
    return save_answer_by_id(attempt_id=attempt.pk, user=user, position=position, response=response)


@transaction.atomic
def save_answer_by_id(*, attempt_id: int, user: User, position: int, response) -> AttemptQuestion:
    """``save_answer`` for the attempt with this id, which must be ``user``'s (PermissionDenied
    otherwise; Attempt.DoesNotExist when there is none). The returned slot's ``attempt`` is the
    attempt as it was saved (its deadline, for the time left).

    One query reads the question with its attempt and locks the attempt's row: the lock orders
    a save before or after a submit, never across it, and the status and deadline are read
    after it is taken."""
    found = list(
        AttemptQuestion.objects.select_related("attempt", "version__question")
        .select_for_update(of=("attempt",))
        .filter(attempt_id=attempt_id, position=position)
        # Only what a save reads (the version's wording and key stay in the database).
        .only(*_SAVE_READS)
        .order_by()[:1]
    )
    slot = found[0] if found else None
    attempt = slot.attempt if slot else Attempt.objects.select_for_update().get(pk=attempt_id)
    if attempt.user_id != user.pk:
        raise PermissionDenied(_("This is not your attempt."))
    if attempt.status != Attempt.Status.IN_PROGRESS:
        raise ExamError(_("This attempt has been submitted; answers can no longer change."))
    now = timezone.now()
    if now > attempt.deadline + DEADLINE_GRACE:
        raise ExamError(_("Time is up: this attempt is being submitted with your saved answers."))
    if slot is None:
        raise ExamError(_("There is no such question in this attempt."))
    try:
        slot.response = grading.clean_response(slot.version, _displayed_to_stored(slot, response))
    except grading.ResponseError as error:
        raise ExamError(
            _("That answer does not fit the question: %(reason)s") % {"reason": error}
        ) from error
    slot.answered_at = now
    slot.save(update_fields=["response", "answered_at"])
    AttemptEvent.objects.create(
        attempt=attempt, kind=AttemptEvent.Kind.ANSWERED, at=now, detail={"position": position}
    )
    return slot


def _displayed_to_stored(slot: AttemptQuestion, response):
    """Options are sent in display order; store them as indexes of the version's options."""
    kind = slot.version.question.question_type
    order = slot.option_order
    try:
        if (
            kind == QuestionType.SINGLE
            and isinstance(response, int)
            and not isinstance(response, bool)
        ):
            return order[response] if 0 <= response < len(order) else -1
        if kind == QuestionType.MULTIPLE and isinstance(response, list):
            return [order[item] if 0 <= item < len(order) else -1 for item in response]
    except TypeError:
        return response
    return response


# --- Submitting and grading -------------------------------------------------------------------


_WORDING = (
    "version__prompt_zh",
    "version__prompt_en",
    "version__explanation_zh",
    "version__explanation_en",
    "version__rubric_zh",
    "version__rubric_en",
    "grader_feedback",
)


def submit_attempt(*, attempt: Attempt, user: User | None, auto: bool = False) -> Attempt:
    """Grade the objective answers and close the attempt. Submitting twice grades once."""
    return submit_attempt_by_id(attempt_id=attempt.pk, user=user, auto=auto)


def submit_attempt_by_id(*, attempt_id: int, user: User | None, auto: bool = False) -> Attempt:
    """``submit_attempt`` for the attempt with this id, which must be ``user``'s unless the
    system submits it (``user`` None): PermissionDenied otherwise, Attempt.DoesNotExist when
    there is none.

    Submitting, grading and (when the results are due) releasing happen in one transaction
    under the attempt's row lock, each recorded as its own event."""
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().select_related("exam").get(pk=attempt_id)
        if user is not None and locked.user_id != user.pk:
            raise PermissionDenied(_("This is not your attempt."))
        if locked.status != Attempt.Status.IN_PROGRESS:
            return locked
        now = timezone.now()
        waiting_for_examiner = False
        slots = list(
            locked.questions.select_related("version__question")
            # Grading reads keys, not wording.
            .defer(*_WORDING)
        )
        for slot in slots:
            if slot.version.question.question_type in OBJECTIVE_TYPES:
                slot.points_awarded = grading.grade(slot.version, slot.response)
            else:
                slot.needs_grading = bool(slot.response)
                slot.points_awarded = None if slot.response else Decimal(0)
                waiting_for_examiner |= slot.needs_grading
        AttemptQuestion.objects.bulk_update(slots, ["points_awarded", "needs_grading"])
        locked.submitted_at = now
        locked.auto_submitted = auto
        locked.status = Attempt.Status.AWAITING_GRADING
        fields = ["submitted_at", "auto_submitted", "status"]
        events = [
            AttemptEvent(
                attempt=locked,
                kind=AttemptEvent.Kind.AUTO_SUBMITTED if auto else AttemptEvent.Kind.SUBMITTED,
                at=now,
                detail={
                    "answered": sum(1 for slot in slots if slot.response not in (None, "", []))
                },
            )
        ]
        if not waiting_for_examiner:
            # Every point is known: the sum of what was just awarded.
            total = sum((slot.points_awarded or Decimal(0) for slot in slots), Decimal(0))
            events.append(_grade(locked, total))
            fields += ["score", "passed", "graded_at"]
            if _release_due(locked):
                events.append(_release(locked))
                fields.append("released_at")
        locked.save(update_fields=fields)
        AttemptEvent.objects.bulk_create(events)
        if locked.status == Attempt.Status.RELEASED:
            _on_release(locked)
    return locked


def _grade(attempt: Attempt, total: Decimal) -> AttemptEvent:
    """Set the score and pass flag (the caller saves); the event that records it."""
    attempt.score = total
    attempt.passed = bool(attempt.max_score) and (
        100 * total >= attempt.exam.pass_mark_percent * attempt.max_score
    )
    attempt.status = Attempt.Status.GRADED
    attempt.graded_at = timezone.now()
    return AttemptEvent(
        attempt=attempt,
        kind=AttemptEvent.Kind.GRADED,
        at=attempt.graded_at,
        detail={"score": str(total), "passed": attempt.passed},
    )


def _release_due(attempt: Attempt) -> bool:
    release_at = attempt.exam.results_release_at
    return attempt.status == Attempt.Status.GRADED and not (
        release_at and timezone.now() < release_at
    )


def _release(attempt: Attempt) -> AttemptEvent:
    """Release a graded result (the caller saves); the event that records it."""
    attempt.status = Attempt.Status.RELEASED
    attempt.released_at = timezone.now()
    return AttemptEvent(attempt=attempt, kind=AttemptEvent.Kind.RELEASED, at=attempt.released_at)


def _on_release(attempt: Attempt) -> None:
    if attempt.passed and attempt.exam.is_final and attempt.exam.course_id:
        _on_final_exam_passed(attempt)


def _finish_grading(attempt: Attempt) -> None:
    total = attempt.questions.aggregate(total=Sum("points_awarded"))["total"] or Decimal(0)
    event = _grade(attempt, total)
    attempt.save(update_fields=["score", "passed", "status", "graded_at"])
    event.save()


def _release_if_due(attempt: Attempt) -> Attempt:
    if not _release_due(attempt):
        return attempt
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().select_related("exam").get(pk=attempt.pk)
        if not _release_due(locked):
            return locked
        event = _release(locked)
        locked.save(update_fields=["status", "released_at"])
        event.save()
        _on_release(locked)
    return locked


def _on_final_exam_passed(attempt: Attempt) -> None:
    from courses.services import complete_enrolment

    course = attempt.exam.course
    complete_enrolment(user=attempt.user, course=course)
    transaction.on_commit(
        lambda: final_exam_passed.send(
            sender=Attempt, attempt=attempt, course=course, user=attempt.user
        )
    )


def release_due_results() -> int:
    """Release graded results whose release time has come (run by the scheduler)."""
    released = 0
    for attempt in Attempt.objects.filter(status=Attempt.Status.GRADED).select_related("exam"):
        if _release_if_due(attempt).status == Attempt.Status.RELEASED:
            released += 1
    return released


def is_past_deadline(attempt: Attempt) -> bool:
    """Whether ``close_expired_attempts`` would submit this open attempt now."""
    return (
        attempt.status == Attempt.Status.IN_PROGRESS
        and attempt.deadline < timezone.now() - DEADLINE_GRACE
    )


def close_expired_attempts(*, exam: Exam | None = None, user: User | None = None) -> int:
    """Submit, with what was saved, every open attempt whose deadline has passed."""
    expired = Attempt.objects.filter(
        status=Attempt.Status.IN_PROGRESS, deadline__lt=timezone.now() - DEADLINE_GRACE
    )
    if exam is not None:
        expired = expired.filter(exam=exam)
    if user is not None:
        expired = expired.filter(user=user)
    count = 0
    for attempt in expired:
        submit_attempt(attempt=attempt, user=None, auto=True)
        count += 1
    return count


@transaction.atomic
def grade_essay(
    *, examiner: User, slot: AttemptQuestion, points: Decimal, feedback: str = ""
) -> AttemptQuestion:
    """An examiner's mark for one essay answer; the result follows once nothing is left."""
    from accounts.roles import Role
    from accounts.selectors import user_has_mfa, user_has_role

    if not (user_has_role(user=examiner, role=Role.INSTRUCTOR) and user_has_mfa(user=examiner)):
        raise PermissionDenied(_("Only examiners with two-factor authentication can grade."))
    from exams.selectors import attempts_visible_to

    slot = AttemptQuestion.objects.select_for_update().select_related("version").get(pk=slot.pk)
    attempt = Attempt.objects.select_for_update().select_related("exam").get(pk=slot.attempt_id)
    if attempt.user_id == examiner.pk:
        raise PermissionDenied(_("Examiners cannot grade their own attempts."))
    if not attempts_visible_to(user=examiner).filter(pk=attempt.pk).exists():
        raise PermissionDenied(_("You can only grade the trainees of the cohorts you teach."))
    if not slot.needs_grading:
        raise ExamError(_("This answer does not need grading."))
    if not Decimal(0) <= points <= slot.version.points:
        raise ExamError(_("Award between 0 and %(max)s points.") % {"max": slot.version.points})
    slot.points_awarded = points
    slot.needs_grading = False
    slot.graded_by = examiner
    slot.graded_at = timezone.now()
    slot.grader_feedback = feedback
    slot.save(
        update_fields=[
            "points_awarded",
            "needs_grading",
            "graded_by",
            "graded_at",
            "grader_feedback",
        ]
    )
    if not attempt.questions.filter(needs_grading=True).exists():
        _finish_grading(attempt)
        _release_if_due(attempt)
    return slot


@transaction.atomic
def set_accommodation(
    *, examiner: User, exam: Exam, user: User, extra_minutes: int, extra_attempts: int, reason: str
) -> Accommodation:
    """Grant ``user`` extra time or attempts in ``exam``, replacing an earlier grant; every
    grant is kept in ``AccommodationGrant`` with who gave it, when and why."""
    from accounts.roles import Role
    from accounts.selectors import user_has_mfa, user_has_role
    from exams.selectors import examines_trainee

    if not (user_has_role(user=examiner, role=Role.INSTRUCTOR) and user_has_mfa(user=examiner)):
        raise PermissionDenied(
            _("Only examiners with two-factor authentication can grant accommodations.")
        )
    if user.pk == examiner.pk:
        raise PermissionDenied(_("No one can grant an accommodation to themselves."))
    if not examines_trainee(examiner=examiner, exam=exam, trainee=user):
        raise PermissionDenied(
            _("You can only grant accommodations to the trainees of the cohorts you teach.")
        )
    if not 0 <= extra_minutes <= MAX_EXTRA_MINUTES:
        raise ValidationError(
            _("Extra time must be between 0 and %(max)d minutes.") % {"max": MAX_EXTRA_MINUTES}
        )
    if not 0 <= extra_attempts <= MAX_EXTRA_ATTEMPTS:
        raise ValidationError(
            _("Extra attempts must be between 0 and %(max)d.") % {"max": MAX_EXTRA_ATTEMPTS}
        )
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give a reason for the accommodation."))
    limit = Accommodation._meta.get_field("reason").max_length
    if len(reason) > limit:
        raise ValidationError(_("Keep the reason to %(limit)d characters.") % {"limit": limit})
    accommodation, _created = Accommodation.objects.update_or_create(
        exam=exam,
        user=user,
        defaults={
            "extra_minutes": extra_minutes,
            "extra_attempts": extra_attempts,
            "reason": reason,
            "granted_by": examiner,
        },
    )
    AccommodationGrant.objects.create(
        exam=exam,
        user=user,
        extra_minutes=extra_minutes,
        extra_attempts=extra_attempts,
        reason=reason,
        granted_by=examiner,
    )
    return accommodation
