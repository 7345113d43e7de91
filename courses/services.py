"""Writes for enrolment, progress and attendance. Keyword-only, atomic, permission-checked."""

import datetime

from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from core import page_cache
from courses.models import (
    Attendance,
    Cohort,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
)
from courses.selectors import canonical_page, course_progress, current_enrolment


class EnrolmentError(ValidationError):
    """An enrolment request that cannot be granted; the message says why."""


@transaction.atomic
def enrol(*, user: User, course: CoursePage, cohort: Cohort | None = None) -> Enrolment:
    """Enrol ``user`` self-paced or in ``cohort``; a full cohort puts them on its waiting list."""
    course = canonical_page(course).specific
    if not course.live:
        raise EnrolmentError(_("This course is not open."))
    if Enrolment.objects.filter(
        user=user, course=course, status__in=Enrolment.OPEN_STATUSES
    ).exists():
        raise EnrolmentError(_("You are already enrolled in this course."))
    if cohort is None:
        if not course.self_paced:
            raise EnrolmentError(_("This course is only taught in scheduled cohorts."))
        status = Enrolment.Status.ACTIVE
    else:
        # Lock the cohort so two last-minute enrolments cannot both take the last place.
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        if cohort.course.translation_key != course.translation_key:
            raise EnrolmentError(_("This cohort belongs to another course."))
        now = timezone.now()
        if now < cohort.enrolment_opens:
            raise EnrolmentError(_("Enrolment for this cohort has not opened yet."))
        if now > cohort.enrolment_closes:
            raise EnrolmentError(_("Enrolment for this cohort has closed."))
        taken = cohort.enrolments.filter(status=Enrolment.Status.ACTIVE).count()
        status = Enrolment.Status.ACTIVE if taken < cohort.capacity else Enrolment.Status.WAITLISTED
    try:
        with transaction.atomic():
            return Enrolment.objects.create(user=user, course=course, cohort=cohort, status=status)
    except IntegrityError as error:
        raise EnrolmentError(_("You are already enrolled in this course.")) from error


@transaction.atomic
def withdraw(*, enrolment: Enrolment, user: User) -> Enrolment | None:
    """Withdraw an open enrolment (kept as history). Returns the enrolment promoted from the
    waiting list into the freed place, if any."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.user_id != user.pk:
        raise PermissionDenied(_("You can only withdraw your own enrolment."))
    if not enrolment.is_open:
        raise EnrolmentError(_("This enrolment is not open."))
    freed_place = enrolment.status == Enrolment.Status.ACTIVE and enrolment.cohort_id
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.withdrawn_at = timezone.now()
    enrolment.save(update_fields=["status", "withdrawn_at"])
    if not freed_place:
        return None
    return _promote_from_waiting_list(cohort_id=enrolment.cohort_id)


def _promote_from_waiting_list(*, cohort_id: int) -> Enrolment | None:
    cohort = Cohort.objects.select_for_update().get(pk=cohort_id)
    taken = cohort.enrolments.filter(status=Enrolment.Status.ACTIVE).count()
    if taken >= cohort.capacity:
        return None
    first_waiting = (
        cohort.enrolments.filter(status=Enrolment.Status.WAITLISTED)
        .order_by("enrolled_at", "pk")
        .first()
    )
    if first_waiting is None:
        return None
    first_waiting.status = Enrolment.Status.ACTIVE
    first_waiting.promoted_at = timezone.now()
    first_waiting.save(update_fields=["status", "promoted_at"])
    from courses.notifications import notify_promoted

    transaction.on_commit(lambda: notify_promoted(enrolment=first_waiting))
    return first_waiting


def _lesson_course(lesson: LessonPage) -> CoursePage:
    return lesson.get_parent().get_parent().specific


@transaction.atomic
def complete_lesson(
    *, user: User, lesson: LessonPage, method: str = LessonCompletion.Method.EXPLICIT
) -> LessonCompletion:
    """Mark ``lesson`` complete for ``user``, who must be studying its course. Idempotent."""
    enrolment = current_enrolment(user=user, course=_lesson_course(lesson))
    if enrolment is None or enrolment.status not in (
        Enrolment.Status.ACTIVE,
        Enrolment.Status.COMPLETED,
    ):
        raise PermissionDenied(_("Enrol in the course to record your progress."))
    if method not in LessonCompletion.Method.values:
        raise ValidationError(_("Unknown completion method."))
    completion, _created = LessonCompletion.objects.get_or_create(
        user=user, lesson=canonical_page(lesson), defaults={"method": method}
    )
    return completion


# The enrolment's start is in the key: an id used again (a rolled-back test) is another key.
_LAST_LESSON_KEY = "cphub:last-lesson:{enrolment}:{since}"
_LAST_LESSON_SECONDS = 24 * 60 * 60


def record_lesson_visit(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    """Remember the last lesson opened, so "resume" returns to it. The lesson last recorded
    for the enrolment is also noted in the cache: opening the same lesson again (the usual
    case) costs neither a write nor a look-up of its default-language version. ``enrolment``
    may be a kept copy (``lesson_enrolment``), whose last lesson is not read."""
    if not enrolment.is_open:
        return
    noted = _LAST_LESSON_KEY.format(enrolment=enrolment.pk, since=enrolment.enrolled_at.isoformat())
    if cache.get(noted) == lesson.pk:
        return
    canonical = canonical_page(lesson)
    # Only the learner's own pages show it: public course pages stay kept.
    with page_cache.writes_not_shown():
        Enrolment.objects.filter(pk=enrolment.pk).exclude(last_lesson=canonical).update(
            last_lesson=canonical
        )
    cache.set(noted, lesson.pk, _LAST_LESSON_SECONDS)


def check_instructor_assignment(
    *, assigned_by: User, cohort: Cohort, instructor: User | None
) -> None:
    """Refuse an instructor for ``cohort`` that ``assigned_by`` may not choose: only those who
    schedule cohorts assign instructors, never themselves, and only people with the role."""
    from accounts.roles import Role
    from accounts.selectors import user_has_role
    from courses.selectors import manages_every_cohort

    if instructor is None or (cohort.pk and cohort.instructor_id == instructor.pk):
        return
    if not manages_every_cohort(user=assigned_by):
        raise PermissionDenied(_("Only administrators can choose a cohort's instructor."))
    if instructor.pk == assigned_by.pk:
        raise ValidationError(_("You cannot make yourself the instructor of a cohort."))
    if not user_has_role(user=instructor, role=Role.INSTRUCTOR):
        raise ValidationError(_("The instructor must hold the instructor role."))


def _require_instructor_of(*, user: User, cohort: Cohort) -> None:
    if cohort.instructor_id != user.pk and not user.is_superuser:
        raise PermissionDenied(_("Only the cohort's instructor can do this."))


@transaction.atomic
def record_attendance(
    *, instructor: User, cohort: Cohort, day: datetime.date, present_enrolment_ids: set[int]
) -> int:
    """Record who attended ``day`` of ``cohort``: listed enrolments present, others absent.
    Returns the number of records written."""
    _require_instructor_of(user=instructor, cohort=cohort)
    if not cohort.takes_attendance:
        raise ValidationError(_("Attendance is only recorded for in-person cohorts."))
    if day not in cohort.days():
        raise ValidationError(_("That day is not part of this cohort."))
    enrolments = list(cohort.enrolments.filter(status=Enrolment.Status.ACTIVE))
    unknown = present_enrolment_ids - {enrolment.pk for enrolment in enrolments}
    if unknown:
        raise ValidationError(_("Some trainees are not enrolled in this cohort."))
    for enrolment in enrolments:
        Attendance.objects.update_or_create(
            enrolment=enrolment,
            day=day,
            defaults={"present": enrolment.pk in present_enrolment_ids, "recorded_by": instructor},
        )
    return len(enrolments)


def exam_eligibility(*, user: User, course: CoursePage):
    """The trainee's progress in ``course``; ``rules_met`` says whether the final exam is open."""
    enrolment = current_enrolment(user=user, course=course)
    return course_progress(course=course, user=user, enrolment=enrolment)


def complete_enrolment(*, user: User, course: CoursePage) -> Enrolment | None:
    """Mark the trainee's active enrolment in ``course`` (in either language) completed: the
    exams app calls this when the released result of the course's final exam is a pass, so the
    enrolment rules stay here. Idempotent: without an active enrolment nothing changes and None
    is returned; otherwise the completed enrolment."""
    with transaction.atomic():
        enrolment = current_enrolment(user=user, course=course)
        if enrolment is None or enrolment.status != Enrolment.Status.ACTIVE:
            return None
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if locked.status != Enrolment.Status.ACTIVE:
            return None
        locked.status = Enrolment.Status.COMPLETED
        locked.completed_at = timezone.now()
        if locked.cohort_id is None:
            # Self-paced: no cohort's places change, so no public page shows it (an exam day
            # of passes would otherwise empty the page cache once per pass).
            with page_cache.writes_not_shown():
                locked.save(update_fields=["status", "completed_at"])
        else:
            locked.save(update_fields=["status", "completed_at"])
        return locked
