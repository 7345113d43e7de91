import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.roles import Role
from accounts.services import assign_role
from courses.models import Cohort
from courses.services import check_instructor_assignment
from tests.courses.builders import build_cohort, build_course
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


# --- Issue 10, finding 3: instructors manage only the cohorts they were given ----------------


def _cohort_post(cohort, **overrides) -> dict:
    data = {
        "course": cohort.course_id,
        "name": cohort.name,
        "delivery": cohort.delivery,
        "location": cohort.location,
        "starts_on": cohort.starts_on.isoformat(),
        "ends_on": cohort.ends_on.isoformat(),
        "capacity": str(cohort.capacity),
        "instructor": cohort.instructor_id,
        "enrolment_opens": cohort.enrolment_opens.strftime("%Y-%m-%d %H:%M"),
        "enrolment_closes": cohort.enrolment_closes.strftime("%Y-%m-%d %H:%M"),
    }
    data.update(overrides)
    return data


@pytest.fixture
def two_instructors():
    course = build_course()
    mine = build_cohort(course=course)
    theirs = build_cohort(course=course)
    Cohort.objects.filter(pk=theirs.pk).update(name="Someone else's cohort")
    Cohort.objects.filter(pk=mine.pk).update(name="My own cohort")
    mine.refresh_from_db()
    theirs.refresh_from_db()
    return mine, theirs


def test_the_cohort_list_shows_an_instructor_only_their_cohorts(client, two_instructors):
    mine, _theirs = two_instructors
    client.force_login(mine.instructor)

    page = client.get("/admin/cohorts/").content.decode()

    assert "My own cohort" in page
    assert "Someone else" not in page


@pytest.mark.parametrize("view", ["edit", "history", "usage", "delete"])
def test_an_instructor_cannot_open_another_instructors_cohort(client, two_instructors, view):
    mine, theirs = two_instructors
    client.force_login(mine.instructor)

    assert client.get(f"/admin/cohorts/{view}/{theirs.pk}/").status_code in (403, 404)


def test_an_instructor_cannot_change_another_instructors_cohort(client, two_instructors):
    mine, theirs = two_instructors
    client.force_login(mine.instructor)

    response = client.post(
        f"/admin/cohorts/edit/{theirs.pk}/",
        _cohort_post(theirs, instructor=mine.instructor_id, capacity="99"),
    )

    assert response.status_code == 404
    theirs.refresh_from_db()
    assert (theirs.instructor_id, theirs.capacity) != (mine.instructor_id, 99)


def test_an_instructor_edits_their_cohort_but_not_who_teaches_it_or_its_course(
    client, two_instructors
):
    mine, theirs = two_instructors
    other_course = build_course()
    client.force_login(mine.instructor)
    form = client.get(f"/admin/cohorts/edit/{mine.pk}/").content.decode()

    response = client.post(
        f"/admin/cohorts/edit/{mine.pk}/",
        _cohort_post(mine, capacity="30", instructor=theirs.instructor_id, course=other_course.pk),
    )

    assert 'name="instructor"' not in form
    assert response.status_code == 302, response.content.decode()[:2000]
    mine.refresh_from_db()
    assert mine.capacity == 30
    assert (mine.instructor_id, mine.course_id) != (theirs.instructor_id, other_course.pk)


def test_instructors_do_not_hold_the_permission_to_assign_instructors():
    instructor = make_user(role=Role.INSTRUCTOR, mfa=True)
    editor = make_user(role=Role.EDITOR, mfa=True)

    assert not instructor.has_perm("courses.assign_cohort_instructor")
    assert editor.has_perm("courses.assign_cohort_instructor")


def test_no_one_makes_themselves_a_cohorts_instructor(client):
    course = build_course()
    cohort = build_cohort(course=course)
    editor = make_user(role=Role.EDITOR, mfa=True)
    assign_role(user=editor, role=Role.INSTRUCTOR)
    client.force_login(editor)

    response = client.post(
        f"/admin/cohorts/edit/{cohort.pk}/", _cohort_post(cohort, instructor=editor.pk)
    )

    assert response.status_code == 200
    cohort.refresh_from_db()
    assert cohort.instructor_id != editor.pk


def test_a_cohorts_instructor_must_hold_the_instructor_role(client):
    cohort = build_cohort(course=build_course())
    trainee = make_user()
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    response = client.post(
        f"/admin/cohorts/edit/{cohort.pk}/", _cohort_post(cohort, instructor=trainee.pk)
    )

    assert response.status_code == 200
    cohort.refresh_from_db()
    assert cohort.instructor_id != trainee.pk


def test_the_assignment_service_refuses_instructors_self_and_non_instructors():
    cohort = build_cohort(course=build_course())
    instructor = make_user(role=Role.INSTRUCTOR, mfa=True)
    editor = make_user(role=Role.EDITOR, mfa=True)

    with pytest.raises(PermissionDenied):
        check_instructor_assignment(assigned_by=instructor, cohort=cohort, instructor=instructor)
    with pytest.raises(ValidationError, match="yourself"):
        assign_role(user=editor, role=Role.INSTRUCTOR)
        check_instructor_assignment(assigned_by=editor, cohort=cohort, instructor=editor)
    with pytest.raises(ValidationError, match="instructor role"):
        check_instructor_assignment(assigned_by=editor, cohort=cohort, instructor=make_user())
    check_instructor_assignment(assigned_by=editor, cohort=cohort, instructor=instructor)


@pytest.mark.parametrize("course", ["abc", str(2**63)])
def test_a_course_that_is_not_a_page_id_is_a_form_error(client, course):
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    response = client.post("/admin/cohorts/new/", {"course": course, "name": "Forged"})

    assert response.status_code == 200
    assert not Cohort.objects.filter(name="Forged").exists()


def test_a_search_longer_than_any_sentence_is_cut_not_a_server_error(client):
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    assert client.get("/admin/cohorts/", {"q": "x" * 100_000}).status_code == 200
