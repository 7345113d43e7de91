"""What signed-in pages keep between requests (the Wagtail route of a page, a lesson's body
and breadcrumbs, the cards of "My learning") is never shown stale, and never shows one
learner's state, or CSRF token, to another."""

import re

import pytest
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from courses.models import Enrolment
from courses.services import complete_lesson, enrol
from tests.courses.builders import build_course, edit_lesson, lessons_of
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    client.force_login(trainee)
    return course, trainee


def _text(response) -> str:
    return response.content.decode()


# --- The route of a page --------------------------------------------------------------------


def test_a_lesson_moved_to_a_new_slug_is_found_there_on_the_next_request(client, learner):
    course, _trainee = learner
    lesson = lessons_of(course)[0]
    old_url = lesson.url
    assert client.get(old_url).status_code == 200  # the route is kept now

    edit_lesson(lesson, slug="renamed-lesson")

    assert client.get(old_url).status_code == 404
    assert client.get(Page.objects.get(pk=lesson.pk).url).status_code == 200


def test_an_unpublished_lesson_is_gone_for_its_learner_on_the_next_request(client, learner):
    course, _trainee = learner
    lesson = lessons_of(course)[0]
    assert client.get(lesson.url).status_code == 200

    Page.objects.get(pk=lesson.pk).unpublish()

    assert client.get(lesson.url).status_code == 404


def test_a_password_put_on_the_course_applies_to_its_lessons_on_the_next_request(client, learner):
    course, _trainee = learner
    lesson = lessons_of(course)[0]
    assert "lesson body 1" in _text(client.get(lesson.url))

    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    page = _text(client.get(lesson.url))
    assert "lesson body 1" not in page
    assert 'name="password"' in page


# --- What a lesson page keeps ---------------------------------------------------------------


def test_an_edited_lesson_body_shows_to_its_learner_on_the_next_request(client, learner):
    course, _trainee = learner
    lesson = lessons_of(course)[0]
    assert "lesson body 1" in _text(client.get(lesson.url))

    edit_lesson(lesson, body=[("paragraph", "<p>rewritten body</p>")])

    page = _text(client.get(lesson.url))
    assert "rewritten body" in page
    assert "lesson body 1" not in page


def test_a_renamed_unit_shows_in_the_lesson_header_and_breadcrumbs_on_the_next_request(
    client, learner
):
    course, _trainee = learner
    lesson = lessons_of(course)[0]
    unit = lesson.get_parent().specific
    assert unit.title in _text(client.get(lesson.url))

    unit.title = "改名后的单元"
    unit.save_revision().publish()

    assert _text(client.get(lesson.url)).count("改名后的单元") >= 2


def test_a_preview_of_a_draft_body_never_replaces_the_kept_live_body(client, learner):
    course, _trainee = learner
    lesson = lessons_of(course)[0].specific
    assert "lesson body 1" in _text(client.get(lesson.url))

    lesson.body = [("paragraph", "<p>draft only</p>")]
    lesson.save_revision()  # a draft: not published

    assert "draft only" not in _text(client.get(lesson.url))


# --- My learning ----------------------------------------------------------------------------


def test_a_completed_lesson_shows_in_the_my_learning_card_on_the_next_request(client, learner):
    course, trainee = learner
    assert "0 of 4 lessons (0%)" in _text(client.get("/en/learning/"))  # the card is kept now

    complete_lesson(user=trainee, lesson=lessons_of(course)[0])

    assert "1 of 4 lessons (25%)" in _text(client.get("/en/learning/"))


def test_the_resume_link_on_my_learning_follows_the_last_lesson_opened(client, learner):
    course, _trainee = learner
    second, third = lessons_of(course)[1:3]
    client.get(third.url)
    assert third.url in _text(client.get("/en/learning/"))  # the page is kept now

    client.get(second.url)

    page = _text(client.get("/en/learning/"))
    assert second.url in page
    assert third.url not in page


def test_returning_to_an_earlier_lesson_makes_it_the_resume_link_again(client, learner):
    course, _trainee = learner
    second, third = lessons_of(course)[1:3]
    client.get(second.url)
    client.get(third.url)

    client.get(second.url)

    page = _text(client.get("/en/learning/"))
    assert second.url in page
    assert third.url not in page


# --- A lesson's enrolment ---------------------------------------------------------------------


def test_a_lesson_is_locked_on_the_next_request_after_a_bulk_withdrawal(client, learner):
    course, trainee = learner
    lesson = lessons_of(course)[1]
    assert client.get(lesson.url).status_code == 200  # the learner's enrolment is kept now

    Enrolment.objects.filter(user=trainee).update(status=Enrolment.Status.WITHDRAWN)

    assert client.get(lesson.url).status_code == 403


def test_a_kept_lesson_page_does_not_read_the_enrolments_table(client, learner):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    course, _trainee = learner
    lesson = lessons_of(course)[1]
    client.get(lesson.url)

    with CaptureQueriesContext(connection) as context:
        response = client.get(lesson.url)

    assert response.status_code == 200
    assert not any("courses_enrolment" in query["sql"] for query in context.captured_queries)


def test_each_learner_sees_their_own_progress_in_the_same_course(client, learner):
    course, trainee = learner
    complete_lesson(user=trainee, lesson=lessons_of(course)[0])
    other = make_user()
    enrol(user=other, course=course)
    other_client = Client()
    other_client.force_login(other)

    mine = _text(client.get("/en/learning/"))
    theirs = _text(other_client.get("/en/learning/"))

    assert "1 of 4 lessons (25%)" in mine
    assert "0 of 4 lessons (0%)" in theirs


def test_a_kept_card_carries_each_requests_own_csrf_token_which_works(learner):
    _course, trainee = learner
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(trainee)
    second.force_login(trainee)
    first.get("/learning/")  # keeps the card

    page = _text(second.get("/learning/"))
    enrolment = Enrolment.objects.get(user=trainee)
    token = re.search(
        rf'action="/learning/enrolments/{enrolment.pk}/withdraw/">\s*'
        r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)"',
        page,
    )

    assert "csrf-placeholder" not in page
    assert token is not None
    response = second.post(
        f"/learning/enrolments/{enrolment.pk}/withdraw/",
        {"csrfmiddlewaretoken": token.group(1)},
    )
    assert response.status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.WITHDRAWN


def test_the_kept_header_signs_out_with_the_requests_own_csrf_token(learner):
    _course, trainee = learner
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(trainee)
    second.force_login(trainee)
    first.get("/learning/")  # keeps the header's account menu

    page = _text(second.get("/learning/"))
    token = re.search(
        r'action="/accounts/logout/">\s*'
        r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)"',
        page,
    )

    assert token is not None
    response = second.post("/accounts/logout/", {"csrfmiddlewaretoken": token.group(1)})
    assert response.status_code == 302
    assert "_auth_user_id" not in second.session


def test_recorded_attendance_shows_in_my_learning_on_the_next_request(client):
    from courses.services import record_attendance
    from tests.courses.builders import build_cohort

    course = build_course(attendance_required=True, self_paced=False)
    cohort = build_cohort(course=course, days=3)
    trainee = make_user()
    enrolment = enrol(user=trainee, course=course, cohort=cohort)
    client.force_login(trainee)
    assert "present on 0 of 3 days" in _text(client.get("/en/learning/"))  # kept now

    record_attendance(
        instructor=cohort.instructor,
        cohort=cohort,
        day=cohort.starts_on,
        present_enrolment_ids={enrolment.pk},
    )

    assert "present on 1 of 3 days" in _text(client.get("/en/learning/"))
