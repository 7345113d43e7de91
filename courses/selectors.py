"""Read-side queries for courses. Query counts do not grow with lessons or enrolments."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, F, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from core import page_cache
from courses.models import (
    Attendance,
    Cohort,
    CourseIndexPage,
    CoursePage,
    CourseUnitPage,
    Enrolment,
    LessonCompletion,
    LessonPage,
)


def canonical_page(page: Page) -> Page:
    """The page's version in the site's default language (where enrolments and progress live)."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page


@dataclass
class LessonEntry:
    pk: int
    title: str
    url: str
    translation_key: object
    required: bool
    estimated_minutes: int
    completed: bool = False


@dataclass
class UnitEntry:
    pk: int
    number: int
    title: str
    url: str
    summary: str
    lessons: list[LessonEntry] = field(default_factory=list)

    @property
    def percent(self) -> int:
        if not self.lessons:
            return 0
        return round(100 * sum(lesson.completed for lesson in self.lessons) / len(self.lessons))

    @property
    def minutes(self) -> int:
        return sum(lesson.estimated_minutes for lesson in self.lessons)


@dataclass
class CourseProgress:
    units: list[UnitEntry]
    lessons_total: int
    lessons_done: int
    required_total: int
    required_done: int
    attendance_applies: bool = False
    attendance_days: int = 0
    attendance_present: int = 0
    missing: list[str] = field(default_factory=list)
    next_lesson: LessonEntry | None = None

    @property
    def percent(self) -> int:
        return round(100 * self.lessons_done / self.lessons_total) if self.lessons_total else 0

    @property
    def rules_met(self) -> bool:
        return not self.missing


def resume_lesson(*, progress: "CourseProgress", enrolment: Enrolment | None) -> LessonEntry | None:
    """Where to continue: the last lesson opened, or else the first lesson not yet completed."""
    if enrolment is not None and enrolment.last_lesson_id is not None:
        last_key = enrolment.last_lesson_key
        for unit in progress.units:
            for lesson in unit.lessons:
                if lesson.translation_key == last_key:
                    return lesson
    return progress.next_lesson


def course_outline(*, course: CoursePage, request=None) -> list[UnitEntry]:
    """Units and lessons of ``course`` in tree order: two queries whatever the size."""
    units = {
        unit.path: UnitEntry(
            pk=unit.pk,
            number=unit.number,
            title=unit.title,
            url=unit.get_url(request=request),
            summary=unit.summary,
        )
        for unit in CourseUnitPage.objects.live()
        .child_of(course)
        .select_related("locale")
        .order_by("path")
    }
    lessons = (
        LessonPage.objects.live()
        .descendant_of(course)
        .select_related("locale")
        .only(
            "pk",
            "path",
            "url_path",
            "title",
            "translation_key",
            "required",
            "estimated_minutes",
            "locale__language_code",
        )
        .order_by("path")
    )
    for lesson in lessons:
        unit = units.get(lesson.path[: -Page.steplen])
        if unit is not None:
            unit.lessons.append(
                LessonEntry(
                    pk=lesson.pk,
                    title=lesson.title,
                    url=lesson.get_url(request=request),
                    translation_key=lesson.translation_key,
                    required=lesson.required,
                    estimated_minutes=lesson.estimated_minutes,
                )
            )
    return list(units.values())


def completed_lesson_keys(*, user, translation_keys, request=None) -> set:
    """Which of ``translation_keys`` (lessons in any language) ``user`` has completed. All of
    a learner's completions are read by the user index and matched here: a long list of keys
    in the query would cost more to plan than the few rows it saves."""
    if not user.is_authenticated:
        return set()
    return _all_completed_keys(user=user, request=request).intersection(translation_keys)


def _all_completed_keys(*, user, request=None) -> set:
    """The translation keys of every lesson ``user`` completed, kept until a completion is
    written anywhere (the progress scope): every course page, lesson and "My learning" asks."""
    return page_cache.kept(
        scope=page_cache.PROGRESS,
        name="completed-lessons",
        parts=[user.pk],
        compute=lambda: set(
            LessonCompletion.objects.filter(user=user).values_list(
                "lesson_translation_key", flat=True
            )
        ),
        request=request,
    )


def _enrolments():
    """Enrolments with their cohort and the last lesson's translation key (what "resume"
    needs), without reading the whole lesson page."""
    return Enrolment.objects.select_related("cohort").annotate(
        last_lesson_key=F("last_lesson__translation_key")
    )


def open_enrolment(*, user, course: CoursePage) -> Enrolment | None:
    """The user's active or waiting-list enrolment in ``course`` (any language version)."""
    if not user.is_authenticated:
        return None
    return (
        _enrolments()
        .filter(
            user=user,
            course__translation_key=course.translation_key,
            status__in=Enrolment.OPEN_STATUSES,
        )
        .first()
    )


def current_enrolment(
    *, user, course: CoursePage, with_last_lesson: bool = True, request=None
) -> Enrolment | None:
    """The open enrolment, or else the latest completed one (completed trainees keep access).
    ``with_last_lesson=False`` leaves out the last lesson's key (what "resume" needs): a lesson
    page does not show it, and its two joins cost PostgreSQL more to plan than to run."""
    if not user.is_authenticated:
        return None
    enrolments = _enrolments() if with_last_lesson else Enrolment.objects.select_related("cohort")
    return (
        enrolments.filter(
            user=user,
            course_id__in=course_version_ids(course=course, request=request),
            status__in=[*Enrolment.OPEN_STATUSES, Enrolment.Status.COMPLETED],
        )
        .order_by("status", "-enrolled_at")
        .first()
    )


def lesson_enrolment(*, user, course: CoursePage, request) -> Enrolment | None:
    """``current_enrolment`` without the last lesson, as a lesson page needs it: kept per
    learner and course until the courses tables change (the content scope, which every
    enrolment, withdrawal and completion renews). Reading it costs a lesson page more than
    anything else it does. Its ``last_lesson_id`` is not kept (opening a lesson writes it
    unannounced): ``courses.services.record_lesson_visit`` does not read it."""
    if not user.is_authenticated:
        return None
    return page_cache.kept(
        scope=page_cache.CONTENT,
        name="lesson-enrolment",
        parts=[user.pk, course.translation_key],
        compute=lambda: _without_last_lesson(
            current_enrolment(user=user, course=course, with_last_lesson=False, request=request)
        ),
        request=request,
    )


def _without_last_lesson(enrolment: Enrolment | None) -> Enrolment | None:
    if enrolment is not None:
        enrolment.last_lesson_id = None
    return enrolment


def course_version_ids(*, course: CoursePage, request=None) -> list[int]:
    """The ids of every language version of ``course`` (enrolments may point at any), kept
    until the content changes: a list of ids instead of a join on the translation key."""
    return page_cache.kept(
        scope=page_cache.CONTENT,
        name="course-version-ids",
        parts=[course.translation_key],
        compute=lambda: list(
            CoursePage.objects.filter(translation_key=course.translation_key).values_list(
                "pk", flat=True
            )
        ),
        request=request,
    )


def course_progress(
    *,
    course: CoursePage,
    user,
    enrolment: Enrolment | None,
    outline: list[UnitEntry] | None = None,
    completed_keys: set | None = None,
    attendance_present: int | None = None,
    request=None,
) -> CourseProgress:
    """Progress and the unmet completion rules for ``user`` in ``course`` (``request``: a GET
    rendering under its generations; never a request that wrote completions itself)."""
    units = outline if outline is not None else course_outline(course=course)
    lessons = [lesson for unit in units for lesson in unit.lessons]
    if completed_keys is None:
        completed_keys = completed_lesson_keys(
            user=user,
            translation_keys=[lesson.translation_key for lesson in lessons],
            request=request,
        )
    for lesson in lessons:
        lesson.completed = lesson.translation_key in completed_keys
    progress = CourseProgress(
        units=units,
        lessons_total=len(lessons),
        lessons_done=sum(lesson.completed for lesson in lessons),
        required_total=sum(lesson.required for lesson in lessons),
        required_done=sum(lesson.completed for lesson in lessons if lesson.required),
    )
    progress.next_lesson = next((lesson for lesson in lessons if not lesson.completed), None)

    if enrolment is None or enrolment.status == Enrolment.Status.WITHDRAWN:
        progress.missing.append(_("Enrol in the course."))
    elif enrolment.status == Enrolment.Status.WAITLISTED:
        progress.missing.append(_("Wait for a place in the cohort."))

    if course.completion_rule == CoursePage.CompletionRule.ALL_LESSONS:
        left = progress.lessons_total - progress.lessons_done
    else:
        left = progress.required_total - progress.required_done
    if left:
        progress.missing.append(
            ngettext("Complete %(count)d more lesson.", "Complete %(count)d more lessons.", left)
            % {"count": left}
        )

    cohort = enrolment.cohort if enrolment is not None else None
    if course.attendance_required and cohort is not None and cohort.takes_attendance:
        progress.attendance_applies = True
        progress.attendance_days = len(cohort.days())
        if attendance_present is None:
            attendance_present = Attendance.objects.filter(
                enrolment=enrolment, present=True, day__range=(cohort.starts_on, cohort.ends_on)
            ).count()
        progress.attendance_present = attendance_present
        if attendance_present < progress.attendance_days:
            progress.missing.append(
                _("Attend every day of the cohort (%(present)d of %(days)d recorded).")
                % {"present": attendance_present, "days": progress.attendance_days}
            )
    return progress


def upcoming_cohorts(*, course: CoursePage):
    """Cohorts of ``course`` that have not ended, with the number of places taken."""
    today = timezone.localdate()
    return (
        Cohort.objects.filter(course__translation_key=course.translation_key, ends_on__gte=today)
        .select_related("instructor")
        .annotate(
            places_taken=Count("enrolments", filter=Q(enrolments__status="active")),
            waiting=Count("enrolments", filter=Q(enrolments__status="waitlisted")),
        )
        .order_by("starts_on", "pk")
    )


def course_page_state(*, course: CoursePage, user, request=None) -> dict:
    enrolment = current_enrolment(user=user, course=course, request=request)
    outline = course_outline(course=course, request=request)
    progress = course_progress(
        course=course, user=user, enrolment=enrolment, outline=outline, request=request
    )
    now = timezone.now()
    cohorts = list(upcoming_cohorts(course=course))
    for cohort in cohorts:
        cohort.places_left = max(cohort.capacity - cohort.places_taken, 0)
        cohort.enrolment_is_open = cohort.enrolment_opens <= now <= cohort.enrolment_closes
    history = []
    if user.is_authenticated:
        history = list(
            Enrolment.objects.filter(user=user, course__translation_key=course.translation_key)
            .select_related("cohort")
            .order_by("-enrolled_at")
        )
    return {
        "enrolment": enrolment,
        "progress": progress,
        "outline": outline,
        "cohorts": cohorts,
        "enrolment_history": history,
        "resume_lesson": resume_lesson(progress=progress, enrolment=enrolment),
        "total_minutes": sum(unit.minutes for unit in outline),
    }


def lesson_ancestors(*, lesson: LessonPage, request=None) -> tuple[CourseUnitPage, CoursePage]:
    """The lesson's unit and course, kept until the content changes (four queries otherwise,
    on every lesson a learner opens)."""

    def read() -> tuple[CourseUnitPage, CoursePage]:
        unit = lesson.get_parent().specific
        return unit, unit.get_parent().specific

    return page_cache.kept(
        scope=page_cache.CONTENT,
        name="lesson-ancestors",
        parts=[lesson.pk],
        compute=read,
        request=request,
    )


def lesson_page_state(*, lesson: LessonPage, user, request=None) -> dict:
    unit, course = lesson_ancestors(lesson=lesson, request=request)
    enrolment = lesson_enrolment(user=user, course=course, request=request)
    can_read = lesson.preview or (
        enrolment is not None
        and enrolment.status in (Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED)
    )
    outline = _copy_outline(shared_outlines(courses=[course], request=request)[course.pk])
    progress = course_progress(
        course=course, user=user, enrolment=enrolment, outline=outline, request=request
    )
    lessons = [entry for each_unit in outline for entry in each_unit.lessons]
    position = next((i for i, entry in enumerate(lessons) if entry.pk == lesson.pk), None)
    previous_lesson = lessons[position - 1] if position else None
    next_lesson = (
        lessons[position + 1] if position is not None and position + 1 < len(lessons) else None
    )
    return {
        "course": course,
        "unit": unit,
        "enrolment": enrolment,
        "can_read": can_read,
        "progress": progress,
        "lesson_completed": position is not None and lessons[position].completed,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
    }


@dataclass
class LearningEntry:
    enrolment: Enrolment
    course: "CourseCard"
    progress: CourseProgress
    resume_lesson: LessonEntry | None = None

    @property
    def shown_state(self) -> tuple:
        """Everything the entry's card on "My learning" shows that is not page content (the
        course's and lessons' titles and URLs are): the key its rendered card is kept under
        (``{% kept %}``), so a card can only be reused for exactly the same state."""
        enrolment, progress, cohort = self.enrolment, self.progress, self.enrolment.cohort
        return (
            self.course.pk,
            enrolment.pk,
            enrolment.status,
            enrolment.enrolled_at,
            enrolment.completed_at,
            enrolment.withdrawn_at,
            (cohort.pk, cohort.name, cohort.starts_on, cohort.ends_on) if cohort else None,
            progress.lessons_total,
            progress.lessons_done,
            progress.required_total,
            progress.required_done,
            progress.attendance_applies,
            progress.attendance_days,
            progress.attendance_present,
            tuple(str(item) for item in progress.missing),
            self.resume_lesson.pk if self.resume_lesson else None,
        )


@dataclass(frozen=True)
class CourseCard:
    """What My learning needs of a course page (its card, its progress rules and its outline):
    kept instead of the page object, which costs ten times as much to copy out of the cache."""

    pk: int
    title: str
    url: str
    translation_key: object
    path: str
    depth: int
    completion_rule: str
    attendance_required: bool

    @classmethod
    def of(cls, course: CoursePage) -> "CourseCard":
        return cls(
            pk=course.pk,
            title=course.title,
            url=course.url,
            translation_key=course.translation_key,
            path=course.path,
            depth=course.depth,
            completion_rule=course.completion_rule,
            attendance_required=course.attendance_required,
        )


def learning_courses(*, course_ids: list[int], request=None) -> dict[int, CourseCard]:
    """For each course id, that course's live version in the active language, else the course
    itself: kept until the content changes (two queries and forty page objects otherwise)."""
    course_ids = sorted(set(course_ids))

    def read() -> dict[int, CourseCard]:
        enrolled = list(CoursePage.objects.filter(pk__in=course_ids).select_related("locale"))
        localised = {
            course.translation_key: course
            for course in CoursePage.objects.live()
            .filter(
                translation_key__in={course.translation_key for course in enrolled},
                locale=Locale.get_active(),
            )
            .select_related("locale")
        }
        return {
            course.pk: CourseCard.of(localised.get(course.translation_key, course))
            for course in enrolled
        }

    return page_cache.kept(
        scope=page_cache.CONTENT,
        name="learning-courses",
        parts=[get_language() or "", *course_ids],
        compute=read,
        request=request,
    )


# What "My learning" keys its kept page on, per enrolment: plain values, no joins.
_ENROLMENT_STATE_FIELDS = (
    "pk",
    "course_id",
    "cohort_id",
    "status",
    "enrolled_at",
    "completed_at",
    "withdrawn_at",
    "last_lesson_id",
)


@dataclass
class LearningState:
    """What "My learning" shows that belongs to the learner, read as plain values with at most
    three small queries: the enrolments' state, every completed lesson (translation keys) and
    the days attended per enrolment in a cohort. Everything else on the page is content, so a
    kept page needs nothing more; the enrolments themselves are read only to build it."""

    enrolment_rows: list[tuple]
    completed_keys: set
    attendance: dict[int, int]

    @property
    def key(self) -> tuple:
        """All of it, as plain values: what the rendered page is kept under."""
        return (
            tuple(self.enrolment_rows),
            tuple(sorted(str(key) for key in self.completed_keys)),
            tuple(sorted(self.attendance.items())),
        )

    @cached_property
    def enrolments(self) -> list[Enrolment]:
        """The enrolments of ``enrolment_rows`` with their cohorts and last lessons' keys, in
        the same order (a page built from them is kept under ``key``: read them only then)."""
        if not self.enrolment_rows:
            return []
        by_pk = _enrolments().in_bulk([row[0] for row in self.enrolment_rows])
        return [by_pk[row[0]] for row in self.enrolment_rows if row[0] in by_pk]


def learning_state(*, user, request=None) -> LearningState:
    rows = list(
        Enrolment.objects.filter(user=user)
        .order_by("-enrolled_at", "-pk")
        .values_list(*_ENROLMENT_STATE_FIELDS)
    )
    if not rows:
        return LearningState(enrolment_rows=[], completed_keys=set(), attendance={})
    in_cohorts = [row[0] for row in rows if row[2] is not None]
    attendance = (
        dict(
            Attendance.objects.filter(enrolment__in=in_cohorts, present=True)
            .values("enrolment")
            .annotate(days=Count("pk"))
            .values_list("enrolment", "days")
        )
        if in_cohorts
        else {}
    )
    return LearningState(
        enrolment_rows=rows,
        completed_keys=_all_completed_keys(user=user, request=request),
        attendance=attendance,
    )


def my_learning(*, user, request=None) -> list[LearningEntry]:
    """Every enrolment of ``user`` with its progress, in the active language where possible."""
    return learning_entries(state=learning_state(user=user), user=user, request=request)


def learning_entries(*, state: LearningState, user, request=None) -> list[LearningEntry]:
    """The entries of "My learning" for ``state``: no query while the courses and their
    outlines are kept (``request`` ties them to the generation the page renders under)."""
    enrolments = state.enrolments
    if not enrolments:
        return []
    by_enrolled_course = learning_courses(
        course_ids=[enrolment.course_id for enrolment in enrolments], request=request
    )
    courses = {course.pk: course for course in by_enrolled_course.values()}
    outline_by_course = shared_outlines(courses=list(courses.values()), request=request)
    entries = []
    for enrolment in enrolments:
        course = by_enrolled_course.get(enrolment.course_id) or CourseCard.of(enrolment.course)
        outline = _copy_outline(outline_by_course.get(course.pk, []))
        progress = course_progress(
            course=course,
            user=user,
            enrolment=enrolment,
            outline=outline,
            completed_keys=state.completed_keys,
            attendance_present=state.attendance.get(enrolment.pk, 0),
        )
        entries.append(
            LearningEntry(
                enrolment=enrolment,
                course=course,
                progress=progress,
                resume_lesson=resume_lesson(progress=progress, enrolment=enrolment),
            )
        )
    return entries


def shared_outlines(
    *, courses: list["CoursePage | CourseCard"], request=None
) -> dict[int, list[UnitEntry]]:
    """The outlines of ``courses`` (the same for every learner), kept until the content
    changes (``core.page_cache.kept_many``): the page tree and the courses tables are content,
    so a published edit shows on the next request. No query when all are kept; otherwise the
    missing ones are built with ``_outlines`` (two queries). Callers copy an outline before
    marking completions on it (``_copy_outline``)."""
    by_pk = {course.pk: course for course in courses}

    def build(missing: list[int]) -> dict[int, list[UnitEntry]]:
        built = _outlines([by_pk[pk] for pk in missing])
        return {pk: built.get(pk, []) for pk in missing}

    return page_cache.kept_many(
        scope=page_cache.CONTENT,
        name="course-outline",
        ids=list(by_pk),
        compute_missing=build,
        request=request,
    )


def _outlines(courses: list["CoursePage | CourseCard"]) -> dict[int, list[UnitEntry]]:
    """Outlines of several courses with two queries in all."""
    if not courses:
        return {}
    by_path = {course.path: course for course in courses}
    under_courses = Q()
    for course in courses:
        under_courses |= Q(path__startswith=course.path, depth=course.depth + 1)
    units: dict[str, tuple[int, UnitEntry]] = {}
    for unit in (
        CourseUnitPage.objects.live()
        .filter(under_courses)
        .select_related("locale")
        .order_by("path")
    ):
        course = by_path[unit.path[: -Page.steplen]]
        units[unit.path] = (
            course.pk,
            UnitEntry(
                pk=unit.pk, number=unit.number, title=unit.title, url=unit.url, summary=unit.summary
            ),
        )
    under_units = Q()
    for course in courses:
        under_units |= Q(path__startswith=course.path, depth=course.depth + 2)
    for lesson in (
        LessonPage.objects.live()
        .filter(under_units)
        .select_related("locale")
        .only(
            "pk",
            "path",
            "url_path",
            "title",
            "translation_key",
            "required",
            "estimated_minutes",
            "locale__language_code",
        )
        .order_by("path")
    ):
        found = units.get(lesson.path[: -Page.steplen])
        if found is not None:
            found[1].lessons.append(
                LessonEntry(
                    pk=lesson.pk,
                    title=lesson.title,
                    url=lesson.url,
                    translation_key=lesson.translation_key,
                    required=lesson.required,
                    estimated_minutes=lesson.estimated_minutes,
                )
            )
    outlines: dict[int, list[UnitEntry]] = {}
    for course_pk, unit in units.values():
        outlines.setdefault(course_pk, []).append(unit)
    return outlines


def _copy_outline(units: list[UnitEntry]) -> list[UnitEntry]:
    """A fresh copy, so per-enrolment completion flags never leak between entries."""
    return [
        UnitEntry(
            pk=unit.pk,
            number=unit.number,
            title=unit.title,
            url=unit.url,
            summary=unit.summary,
            lessons=[LessonEntry(**vars(lesson)) for lesson in unit.lessons],
        )
        for unit in units
    ]


@dataclass
class RosterRow:
    enrolment: Enrolment
    progress: CourseProgress
    attendance: dict[datetime.date, bool]
    # (day, present) for every day of the cohort; present is None where nothing is recorded.
    marks: list[tuple[datetime.date, bool | None]] = field(default_factory=list)


def cohort_roster(*, cohort: Cohort) -> list[RosterRow]:
    """Every enrolment in ``cohort`` with progress and attendance, in a fixed number of queries."""
    enrolments = list(
        cohort.enrolments.select_related("user").order_by("status", "user__full_name", "pk")
    )
    course = cohort.course
    outline = course_outline(course=course)
    keys = [lesson.translation_key for unit in outline for lesson in unit.lessons]
    completions: dict[int, set] = {}
    for user_id, key in LessonCompletion.objects.filter(
        user__in=[enrolment.user_id for enrolment in enrolments], lesson_translation_key__in=keys
    ).values_list("user_id", "lesson_translation_key"):
        completions.setdefault(user_id, set()).add(key)
    attendance: dict[int, dict] = {}
    for enrolment_id, day, present in Attendance.objects.filter(
        enrolment__in=enrolments
    ).values_list("enrolment_id", "day", "present"):
        attendance.setdefault(enrolment_id, {})[day] = present
    cohort_days = set(cohort.days())
    rows = []
    for enrolment in enrolments:
        days = attendance.get(enrolment.pk, {})
        progress = course_progress(
            course=course,
            user=enrolment.user,
            enrolment=enrolment,
            outline=_copy_outline(outline),
            completed_keys=completions.get(enrolment.user_id, set()),
            attendance_present=sum(
                1 for day, present in days.items() if present and day in cohort_days
            ),
        )
        rows.append(
            RosterRow(
                enrolment=enrolment,
                progress=progress,
                attendance=days,
                marks=[(day, days.get(day)) for day in sorted(cohort_days)],
            )
        )
    return rows


def cohorts_taught(*, user) -> list[Cohort]:
    """The instructor's cohorts, newest first, each with ``course_title`` in the active language."""
    cohorts = list(
        Cohort.objects.filter(instructor=user)
        .select_related("course")
        .annotate(enrolled=Count("enrolments", filter=Q(enrolments__status="active")))
        .order_by("-starts_on")
    )
    titles = dict(
        CoursePage.objects.filter(
            translation_key__in={cohort.course.translation_key for cohort in cohorts},
            locale=Locale.get_active(),
        ).values_list("translation_key", "title")
    )
    for cohort in cohorts:
        cohort.course_title = titles.get(cohort.course.translation_key, cohort.course.title)
    return cohorts


@dataclass
class CatalogueFilters:
    FORMAT_CHOICES = [
        ("self_paced", gettext_lazy("Self-paced")),
        ("in_person", gettext_lazy("In person")),
        ("online", gettext_lazy("Online, live")),
    ]

    track: str = ""
    language: str = ""
    format: str = ""
    starts_after: datetime.date | None = None

    @classmethod
    def from_query(cls, query) -> "CatalogueFilters":
        track = query.get("track", "")
        language = query.get("language", "")
        format_ = query.get("format", "")
        try:
            starts_after = datetime.date.fromisoformat(query.get("starts_after", ""))
        except ValueError:
            starts_after = None
        return cls(
            track=track if track in CoursePage.Track.values else "",
            language=language if language in CoursePage.InstructionLanguage.values else "",
            format=format_ if format_ in dict(cls.FORMAT_CHOICES) else "",
            starts_after=starts_after,
        )


def catalogue_courses(*, index_page: CourseIndexPage, filters: CatalogueFilters):
    """Live courses in the catalogue, each with the first date of its next cohort."""
    today = timezone.localdate()
    upcoming = Cohort.objects.filter(
        course__translation_key=OuterRef("translation_key"), starts_on__gte=today
    )
    if filters.starts_after:
        upcoming = upcoming.filter(starts_on__gte=filters.starts_after)
    courses = (
        CoursePage.objects.live()
        .public()
        .child_of(index_page)
        .annotate(
            next_cohort_starts=Subquery(upcoming.order_by("starts_on").values("starts_on")[:1])
        )
        .order_by("path")
    )
    if filters.track:
        courses = courses.filter(track=filters.track)
    if filters.language:
        courses = courses.filter(instruction_language=filters.language)
    if filters.format == "self_paced":
        courses = courses.filter(self_paced=True)
    elif filters.format in {"in_person", "online"}:
        delivery = {"in_person": ["in_person", "blended"], "online": ["online", "blended"]}
        keys = Cohort.objects.filter(
            delivery__in=delivery[filters.format], ends_on__gte=today
        ).values("course__translation_key")
        courses = courses.filter(translation_key__in=keys)
    if filters.starts_after:
        courses = courses.filter(next_cohort_starts__isnull=False)
    return courses


# --- Who may manage which cohorts and trainees ----------------------------------------------

ASSIGN_INSTRUCTOR_PERMISSION = "courses.assign_cohort_instructor"


def manages_every_cohort(*, user) -> bool:
    """Administrators and whoever schedules cohorts (and so chooses their instructors)."""
    return user.is_authenticated and (
        user.is_superuser or user.has_perm(ASSIGN_INSTRUCTOR_PERMISSION)
    )


def cohorts_manageable_by(*, user):
    """The cohorts ``user`` may see and edit in the admin: every one for those who schedule
    cohorts, only the ones they teach for instructors."""
    if manages_every_cohort(user=user):
        return Cohort.objects.all()
    if not user.is_authenticated:
        return Cohort.objects.none()
    return Cohort.objects.filter(instructor=user)


def taught_enrolments(*, instructor):
    """Enrolments in the cohorts ``instructor`` teaches, withdrawals excluded: a trainee who
    left a cohort is no longer that instructor's trainee."""
    return Enrolment.objects.filter(cohort__instructor=instructor).exclude(
        status=Enrolment.Status.WITHDRAWN
    )


def taught_course_keys(*, instructor) -> set:
    """The translation keys of the courses in which ``instructor`` teaches a cohort."""
    return set(
        Cohort.objects.filter(instructor=instructor).values_list(
            "course__translation_key", flat=True
        )
    )


# --- The final exam, found by the app that holds exams ---------------------------------------
#
# Courses never import exams (docs/architecture.md, dependency directions): when it starts, the
# exams app registers how to find the address of a course's final exam (exams.apps), and the
# final-exam page of a course asks here.

_final_exam_url_finders: list[Callable[..., str | None]] = []


def register_final_exam_url_finder(finder: Callable[..., str | None]) -> None:
    """``finder(course=...)`` returns the address of the course's final exam, or None."""
    if finder not in _final_exam_url_finders:
        _final_exam_url_finders.append(finder)


def final_exam_url(*, course: CoursePage) -> str | None:
    """Where the trainee takes the final exam of ``course``; None while it has none."""
    for finder in _final_exam_url_finders:
        url = finder(course=course)
        if url:
            return url
    return None
