"""Small courses built for one test, under the demo catalogue."""

import datetime
import itertools

from django.utils import timezone
from wagtail.models import Locale

from courses.models import Cohort, CourseIndexPage, CoursePage, CourseUnitPage, LessonPage
from demo.loaders.site import publish
from tests.factories import make_user

_numbers = itertools.count(1)


def build_course(
    *,
    units: tuple[tuple[bool, ...], ...] = ((True, True), (True, False)),
    completion_rule: str = CoursePage.CompletionRule.REQUIRED_LESSONS,
    attendance_required: bool = False,
    self_paced: bool = True,
    track: str = CoursePage.Track.AUDITOR,
    instruction_language: str = CoursePage.InstructionLanguage.BILINGUAL,
    with_english: bool = False,
) -> CoursePage:
    """A live course whose units hold lessons; each bool says whether that lesson is required.
    Lesson bodies contain the marker text "lesson body N"."""
    number = next(_numbers)
    index = CourseIndexPage.objects.get(locale__language_code="zh-hans")
    course = CoursePage(
        title=f"测试课程 {number}",
        slug=f"test-course-{number}",
        summary="测试用课程。",
        audience="测试学员",
        learning_outcomes="结果一\n结果二",
        duration_hours=8,
        track=track,
        instruction_language=instruction_language,
        completion_rule=completion_rule,
        attendance_required=attendance_required,
        self_paced=self_paced,
    )
    index.add_child(instance=course)
    publish(course)
    lesson_number = itertools.count(1)
    for unit_number, required_flags in enumerate(units, start=1):
        unit = CourseUnitPage(
            title=f"第{unit_number}天", slug=f"day-{unit_number}", number=unit_number
        )
        course.add_child(instance=unit)
        publish(unit)
        for required in required_flags:
            n = next(lesson_number)
            lesson = LessonPage(
                title=f"课时 {n}",
                slug=f"lesson-{n}",
                estimated_minutes=30,
                required=required,
                body=[("paragraph", f"<p>lesson body {n}</p>")],
            )
            unit.add_child(instance=lesson)
            publish(lesson)
    if with_english:
        english = Locale.objects.get(language_code="en")
        course.copy_for_translation(english, copy_parents=False, alias=False)
        translated = course.get_translation(english)
        translated.title = f"Test course {number}"
        publish(translated)
        for descendant in course.get_descendants().specific():
            copy = descendant.copy_for_translation(english, copy_parents=False, alias=False)
            publish(copy)
    return course


def lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def build_cohort(
    *,
    course: CoursePage,
    capacity: int = 10,
    delivery: str = Cohort.Delivery.IN_PERSON,
    instructor=None,
    days: int = 3,
    opens_in_days: int = -5,
    closes_in_days: int = 5,
) -> Cohort:
    from accounts.roles import Role

    now = timezone.now()
    start = timezone.localdate() - datetime.timedelta(days=1)
    return Cohort.objects.create(
        course=course,
        name=f"Cohort of {course.title}",
        delivery=delivery,
        location="Room 1",
        starts_on=start,
        ends_on=start + datetime.timedelta(days=days - 1),
        capacity=capacity,
        instructor=instructor or make_user(role=Role.INSTRUCTOR, mfa=True),
        enrolment_opens=now + datetime.timedelta(days=opens_in_days),
        enrolment_closes=now + datetime.timedelta(days=closes_in_days),
    )


def edit_lesson(lesson: LessonPage, *, body_en: str = "", **fields) -> list[LessonPage]:
    """Give ``lesson`` and each of its translations ``fields`` and publish them; ``body_en``
    (plain text) becomes the English translation's body. Returns the pages, Chinese first."""
    pages = [lesson, *lesson.get_translations().specific().order_by("locale__language_code")]
    for page in pages:
        for name, value in fields.items():
            setattr(page, name, value)
        if body_en and page.locale.language_code == "en":
            page.body = [("paragraph", f"<p>{body_en}</p>")]
        publish(page)
    return pages
