"""Course outlines are kept in the cache for every learner, and never shown stale."""

import pytest

from courses.selectors import shared_outlines
from courses.services import enrol
from tests.courses.builders import build_course, edit_lesson, lessons_of
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    client.force_login(trainee)
    return course


def test_my_learning_shows_a_published_lesson_title_at_once(client, enrolled):
    first = lessons_of(enrolled)[0]
    assert first.title in client.get("/learning/").content.decode()  # the outline is kept now

    edit_lesson(first, title="新的课时标题")

    assert "新的课时标题" in client.get("/learning/").content.decode()


def test_lesson_page_shows_a_published_title_of_the_next_lesson_at_once(client, enrolled):
    first, second = lessons_of(enrolled)[:2]
    assert second.title in client.get(first.url).content.decode()

    edit_lesson(second, title="改过的下一课")

    assert "改过的下一课" in client.get(first.url).content.decode()


def test_lesson_page_drops_an_unpublished_next_lesson_at_once(client, enrolled):
    first, second, third = lessons_of(enrolled)[:3]
    assert second.title in client.get(first.url).content.decode()

    second.unpublish()

    page = client.get(first.url).content.decode()
    assert second.title not in page
    assert third.title in page


def test_a_kept_outline_is_read_without_queries(django_assert_num_queries):
    course = build_course()
    built = shared_outlines(courses=[course])

    with django_assert_num_queries(0):
        kept = shared_outlines(courses=[course])

    assert kept == built
    assert [lesson.title for unit in kept[course.pk] for lesson in unit.lessons] == [
        lesson.title for lesson in lessons_of(course)
    ]
