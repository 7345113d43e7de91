"""The course page and "my learning" make the same number of queries however big they get."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from courses.models import CourseUnitPage, LessonPage
from courses.services import complete_lesson, enrol
from tests.courses.builders import build_course, lessons_of
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def _queries(client, url: str) -> int:
    # What rendering costs: the page cache (core.page_cache) would answer the second request.
    with override_settings(PAGE_CACHE_ENABLED=False):
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def _add_lessons(course, count: int) -> None:
    unit = CourseUnitPage.objects.child_of(course).first()
    for number in range(count):
        lesson = LessonPage(
            title=f"额外课时 {number}", slug=f"extra-{number}", estimated_minutes=10, body=[]
        )
        unit.add_child(instance=lesson)
        lesson.save_revision().publish()


def test_course_page_queries_do_not_grow_with_lessons(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    client.force_login(trainee)
    before = _queries(client, course.url)

    _add_lessons(course, 12)

    assert _queries(client, course.url) == before


def test_my_learning_queries_do_not_grow_with_enrolments(client):
    trainee = make_user()
    first = build_course()
    enrol(user=trainee, course=first)
    complete_lesson(user=trainee, lesson=lessons_of(first)[0])
    client.force_login(trainee)
    before = _queries(client, "/learning/")

    for _ in range(6):
        course = build_course()
        enrol(user=trainee, course=course)
        complete_lesson(user=trainee, lesson=lessons_of(course)[0])

    assert _queries(client, "/learning/") == before


def test_lesson_page_queries_do_not_grow_with_lessons(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    client.force_login(trainee)
    lesson = lessons_of(course)[0]
    client.get(lesson.url)  # the first visit records the lesson as where to resume (a write)
    before = _queries(client, lesson.url)

    _add_lessons(course, 12)

    assert _queries(client, lesson.url) == before


def test_a_kept_my_learning_page_reads_only_the_learners_state(client):
    trainee, course = make_user(), build_course()
    enrol(user=trainee, course=course)
    client.force_login(trainee)
    client.get("/learning/")  # rendered and kept for this state

    with CaptureQueriesContext(connection) as context:
        response = client.get("/learning/")

    assert response.status_code == 200
    tables_read = " ".join(query["sql"] for query in context.captured_queries)
    # The enrolments' state as plain values and the completed lessons; no enrolment objects,
    # cohorts or course pages.
    assert "courses_cohort" not in tables_read
    assert "wagtailcore_page" not in tables_read
    assert len(context.captured_queries) <= 4  # session user, enrolments, completions, (spare)
