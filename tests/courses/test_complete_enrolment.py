import pytest

from courses.models import Enrolment
from courses.services import complete_enrolment, enrol
from tests.courses.builders import build_cohort, build_course
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_an_active_enrolment_is_completed():
    course, trainee = build_course(), make_user()
    enrolment = enrol(user=trainee, course=course)

    completed = complete_enrolment(user=trainee, course=course)

    enrolment.refresh_from_db()
    assert completed == enrolment
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert enrolment.completed_at is not None


def test_completing_twice_changes_nothing_the_second_time():
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    first = complete_enrolment(user=trainee, course=course)

    assert complete_enrolment(user=trainee, course=course) is None

    first_completed_at = first.completed_at
    first.refresh_from_db()
    assert first.completed_at == first_completed_at


def test_a_trainee_without_an_enrolment_gets_none_and_no_row():
    course, trainee = build_course(), make_user()

    assert complete_enrolment(user=trainee, course=course) is None
    assert not Enrolment.objects.filter(user=trainee).exists()


def test_a_waiting_list_place_is_not_completed():
    course = build_course()
    cohort = build_cohort(course=course, capacity=1)
    enrol(user=make_user(), course=course, cohort=cohort)
    waiting = make_user()
    enrolment = enrol(user=waiting, course=course, cohort=cohort)
    assert enrolment.status == Enrolment.Status.WAITLISTED

    assert complete_enrolment(user=waiting, course=course) is None

    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.WAITLISTED
