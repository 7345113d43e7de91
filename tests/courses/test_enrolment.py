import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied

from courses.models import Enrolment
from courses.services import EnrolmentError, enrol, withdraw
from tests.courses.builders import build_cohort, build_course
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_self_paced_enrolment_is_active():
    course = build_course()

    enrolment = enrol(user=make_user(), course=course)

    assert enrolment.status == Enrolment.Status.ACTIVE
    assert enrolment.cohort is None


def test_enrolling_twice_is_refused():
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)

    with pytest.raises(EnrolmentError, match="already enrolled"):
        enrol(user=trainee, course=course)
    assert Enrolment.objects.filter(user=trainee).count() == 1


def test_course_without_self_paced_study_needs_a_cohort():
    course = build_course(self_paced=False)

    with pytest.raises(EnrolmentError, match="cohorts"):
        enrol(user=make_user(), course=course)


def test_full_cohort_puts_the_next_trainee_on_the_waiting_list():
    course = build_course()
    cohort = build_cohort(course=course, capacity=2)
    first, second, third = make_user(), make_user(), make_user()

    statuses = [enrol(user=u, course=course, cohort=cohort).status for u in (first, second, third)]

    assert statuses == ["active", "active", "waitlisted"]


def test_withdrawal_frees_a_place_for_the_first_on_the_waiting_list_and_emails_them(
    django_capture_on_commit_callbacks,
):
    course = build_course()
    cohort = build_cohort(course=course, capacity=1)
    holder, waiting_first, waiting_second = make_user(), make_user(), make_user()
    place = enrol(user=holder, course=course, cohort=cohort)
    enrol(user=waiting_first, course=course, cohort=cohort)
    enrol(user=waiting_second, course=course, cohort=cohort)

    with django_capture_on_commit_callbacks(execute=True):
        promoted = withdraw(enrolment=place, user=holder)

    assert promoted.user == waiting_first
    assert promoted.status == Enrolment.Status.ACTIVE
    assert Enrolment.objects.get(user=waiting_second).status == Enrolment.Status.WAITLISTED
    assert [message.to for message in mail.outbox] == [[waiting_first.email]]


def test_enrolment_before_the_window_opens_is_refused():
    course = build_course()
    cohort = build_cohort(course=course, opens_in_days=2, closes_in_days=9)

    with pytest.raises(EnrolmentError, match="not opened"):
        enrol(user=make_user(), course=course, cohort=cohort)


def test_enrolment_after_the_window_closes_is_refused():
    course = build_course()
    cohort = build_cohort(course=course, opens_in_days=-9, closes_in_days=-1)

    with pytest.raises(EnrolmentError, match="closed"):
        enrol(user=make_user(), course=course, cohort=cohort)


def test_cohort_of_another_course_is_refused():
    cohort = build_cohort(course=build_course())

    with pytest.raises(EnrolmentError, match="another course"):
        enrol(user=make_user(), course=build_course(), cohort=cohort)


def test_withdrawal_and_re_enrolment_keep_the_history():
    course, trainee = build_course(), make_user()
    first = enrol(user=trainee, course=course)
    withdraw(enrolment=first, user=trainee)

    second = enrol(user=trainee, course=course)

    first.refresh_from_db()
    assert first.status == Enrolment.Status.WITHDRAWN
    assert first.withdrawn_at is not None
    assert second.status == Enrolment.Status.ACTIVE
    assert Enrolment.objects.filter(user=trainee).count() == 2


def test_nobody_can_withdraw_someone_elses_enrolment():
    course, trainee = build_course(), make_user()
    enrolment = enrol(user=trainee, course=course)

    with pytest.raises(PermissionDenied):
        withdraw(enrolment=enrolment, user=make_user())
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ACTIVE


def test_enrol_view_enrols_and_returns_to_the_course(client):
    course, trainee = build_course(), make_user()
    client.force_login(trainee)

    response = client.post(f"/learning/enrol/{course.pk}/")

    assert response.status_code == 302
    assert response["Location"] == course.url
    assert Enrolment.objects.get(user=trainee).status == Enrolment.Status.ACTIVE


def test_enrol_view_needs_login_and_post(client):
    course = build_course()

    assert client.post(f"/learning/enrol/{course.pk}/")["Location"].startswith("/accounts/login/")
    client.force_login(make_user())
    assert client.get(f"/learning/enrol/{course.pk}/").status_code == 405


def test_withdraw_view_only_finds_your_own_enrolments(client):
    course, trainee = build_course(), make_user()
    enrolment = enrol(user=trainee, course=course)
    client.force_login(make_user())

    response = client.post(f"/learning/enrolments/{enrolment.pk}/withdraw/")

    assert response.status_code == 404
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ACTIVE
