"""Demo courses in both languages (loaded from the curriculum files, courses/curriculum/),
two cohorts and trainees at different stages.

Like every demo loader it only creates what is missing, so a second run changes nothing.
Cohort dates are set relative to the day the demo is first loaded.
"""

import datetime
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from courses.curriculum_sync import load_curriculum
from courses.models import Attendance, Cohort, CoursePage, Enrolment, LessonCompletion, LessonPage
from demo.loaders.site import CHINESE, DemoSite

# The shipped curriculum of the courses app, the folder `manage.py load_curriculum` reads.
CURRICULUM_ROOT = Path(settings.BASE_DIR) / "courses" / "curriculum"
AUDITOR_COURSE_SLUG = "cp-auditor-course"
OFFICER_COURSE_SLUG = "cp-policy-and-supervision-for-officers"
REFRESHER_COURSE_SLUG = "cp-auditor-refresher"
INTRODUCTION_MODULE_SLUG = "introduction-to-cleaner-production"


def _ensure_courses(demo: DemoSite) -> dict[str, CoursePage]:
    """The catalogue and every course from the curriculum files, loaded and published the
    way an operator loads them on a real site; returns the Chinese (canonical) course pages by
    slug."""
    result = load_curriculum(root=CURRICULUM_ROOT, publish=True)
    if result.problems:
        raise RuntimeError("\n".join(str(problem) for problem in result.problems))
    demo.created += result.count("create")
    return {
        course.slug: course for course in CoursePage.objects.filter(locale=demo.locale[CHINESE])
    }


def _last_full_week(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """Monday to Friday of the most recent working week that has ended."""
    last_friday = today - datetime.timedelta(days=(today.weekday() - 4) % 7 or 7)
    return last_friday - datetime.timedelta(days=4), last_friday


def _ensure_cohort(*, course: CoursePage, name: str, **fields) -> tuple[Cohort, bool]:
    existing = Cohort.objects.filter(course=course, name=name).first()
    if existing is not None:
        return existing, False
    return Cohort.objects.create(course=course, name=name, **fields), True


def _lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def _complete(user: User, lessons: list[LessonPage]) -> None:
    for lesson in lessons:
        LessonCompletion.objects.get_or_create(
            user=user, lesson=lesson, defaults={"method": LessonCompletion.Method.EXPLICIT}
        )


def _enrol(user: User, course: CoursePage, cohort: Cohort | None, status: str) -> Enrolment:
    enrolment = Enrolment.objects.filter(user=user, course=course, cohort=cohort).first()
    if enrolment is None:
        enrolment = Enrolment.objects.create(user=user, course=course, cohort=cohort, status=status)
    return enrolment


def _attend(enrolment: Enrolment, days: list[datetime.date], instructor: User) -> None:
    for day in days:
        Attendance.objects.get_or_create(
            enrolment=enrolment, day=day, defaults={"present": True, "recorded_by": instructor}
        )


def _ensure_learners(courses: dict[str, CoursePage]) -> None:
    users = {user.email.split("@")[0]: user for user in User.objects.all()}
    instructor = users["instructor"]
    auditor = courses[AUDITOR_COURSE_SLUG]
    now = timezone.now()
    today = timezone.localdate()

    first_day, last_day = _last_full_week(today)
    finished, created = _ensure_cohort(
        course=auditor,
        name=f"{first_day:%Y-%m} 北京面授班 · Beijing, in person",
        delivery=Cohort.Delivery.IN_PERSON,
        location="北京市朝阳区示范培训中心 · Demo Training Centre, Chaoyang, Beijing",
        starts_on=first_day,
        ends_on=last_day,
        capacity=30,
        instructor=instructor,
        enrolment_opens=now - datetime.timedelta(days=60),
        enrolment_closes=now - datetime.timedelta(days=10),
    )
    next_start = today + datetime.timedelta(days=14 - today.weekday())
    upcoming, _ = _ensure_cohort(
        course=auditor,
        name=f"{next_start:%Y-%m} 线上直播班 · Live online",
        delivery=Cohort.Delivery.ONLINE,
        location="",
        starts_on=next_start,
        ends_on=next_start + datetime.timedelta(days=4),
        capacity=2,
        instructor=instructor,
        enrolment_opens=now - datetime.timedelta(days=7),
        enrolment_closes=now + datetime.timedelta(days=10),
    )
    if not created:
        return  # learners were set up together with the cohorts on the first run

    lessons = _lessons_of(auditor)
    required = [lesson for lesson in lessons if lesson.required]
    days = finished.days()

    ready = _enrol(users["trainee"], auditor, finished, Enrolment.Status.ACTIVE)
    _complete(users["trainee"], required)
    _attend(ready, days, instructor)

    partway = _enrol(users["trainee3"], auditor, finished, Enrolment.Status.ACTIVE)
    _complete(users["trainee3"], lessons[: len(lessons) * 3 // 5])
    _attend(partway, days[:4], instructor)
    Attendance.objects.get_or_create(
        enrolment=partway, day=days[4], defaults={"present": False, "recorded_by": instructor}
    )

    starting = _enrol(users["trainee4"], auditor, finished, Enrolment.Status.ACTIVE)
    _complete(users["trainee4"], lessons[:1])
    _attend(starting, days[:1], instructor)

    # A withdrawal kept as history, then a place in the upcoming online cohort.
    withdrawn = _enrol(users["trainee5"], auditor, None, Enrolment.Status.WITHDRAWN)
    withdrawn.withdrawn_at = now - datetime.timedelta(days=20)
    withdrawn.save(update_fields=["withdrawn_at"])
    _complete(users["trainee5"], lessons[:2])
    _enrol(users["trainee5"], auditor, upcoming, Enrolment.Status.ACTIVE)
    _enrol(users["trainee6"], auditor, upcoming, Enrolment.Status.ACTIVE)
    _enrol(users["trainee.en"], auditor, upcoming, Enrolment.Status.WAITLISTED)

    module = courses[INTRODUCTION_MODULE_SLUG]
    _enrol(users["trainee.en"], module, None, Enrolment.Status.ACTIVE)
    _complete(users["trainee.en"], _lessons_of(module)[:2])

    officer_course = courses[OFFICER_COURSE_SLUG]
    _enrol(users["officer"], officer_course, None, Enrolment.Status.ACTIVE)
    _complete(users["officer"], _lessons_of(officer_course)[:1])


@transaction.atomic
def load_demo_courses(demo: DemoSite) -> None:
    courses = _ensure_courses(demo)
    _ensure_learners(courses)
