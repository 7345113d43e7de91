import pytest

from accounts.roles import Role
from courses.models import Cohort
from tests.courses.builders import build_course
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_editor_schedules_a_cohort_in_the_admin(client):
    course = build_course()
    instructor = make_user(role=Role.INSTRUCTOR, mfa=True)
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    response = client.post(
        "/admin/cohorts/new/",
        {
            "course": course.pk,
            "name": "2027-01 Shanghai",
            "delivery": "in_person",
            "location": "Shanghai",
            "starts_on": "2027-01-11",
            "ends_on": "2027-01-15",
            "capacity": "25",
            "instructor": instructor.pk,
            "enrolment_opens": "2026-12-01 09:00",
            "enrolment_closes": "2027-01-04 18:00",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert Cohort.objects.get(name="2027-01 Shanghai").capacity == 25


def test_cohort_that_ends_before_it_starts_is_rejected(client):
    course = build_course()
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    response = client.post(
        "/admin/cohorts/new/",
        {
            "course": course.pk,
            "name": "Backwards",
            "delivery": "online",
            "starts_on": "2027-01-15",
            "ends_on": "2027-01-11",
            "capacity": "25",
            "instructor": make_user(role=Role.INSTRUCTOR).pk,
            "enrolment_opens": "2026-12-01 09:00",
            "enrolment_closes": "2027-01-04 18:00",
        },
    )

    assert response.status_code == 200
    assert not Cohort.objects.filter(name="Backwards").exists()


def test_trainee_cannot_open_the_cohort_admin(client):
    client.force_login(make_user())

    assert client.get("/admin/cohorts/").status_code in (302, 403)
