"""The course's final-exam page links to the exam through the finder that the exams app
registers with courses (courses never import exams)."""

import pytest
from django.urls import reverse

from courses.selectors import final_exam_url
from courses.services import complete_lesson, enrol
from tests.courses.builders import build_course, lessons_of
from tests.exams.builders import make_exam
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def _ready_trainee(client, course):
    trainee = make_user()
    enrol(user=trainee, course=course)
    course_lessons = lessons_of(course)
    assert course_lessons
    for lesson in course_lessons:
        complete_lesson(user=trainee, lesson=lesson)
    client.force_login(trainee)
    return trainee


def test_the_final_exam_page_links_to_the_course_final_exam(client):
    course = build_course()
    exam = make_exam(course=course, is_final=True)
    _ready_trainee(client, course)

    page = client.get(f"/en/learning/courses/{course.pk}/final-exam/").content.decode()

    assert f'href="/en/exams/{exam.pk}/"' in page
    assert "Go to the exam" in page


def test_a_course_without_a_final_exam_has_no_exam_link(client):
    course = build_course()
    make_exam(course=course, is_final=False)
    _ready_trainee(client, course)

    page = client.get(f"/en/learning/courses/{course.pk}/final-exam/").content.decode()

    assert "Go to the exam" not in page


def test_courses_find_the_final_exam_through_the_exams_app():
    course = build_course()
    exam = make_exam(course=course, is_final=True)

    assert final_exam_url(course=course) == reverse("exams:overview", args=[exam.pk])
