import csv
import io

import pytest

from accounts.roles import Role
from courses.models import Enrolment
from courses.services import complete_lesson, enrol, record_attendance
from tests.courses.builders import build_cohort, build_course, lessons_of
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_course_outline_is_public(client):
    course = build_course()

    response = client.get(course.url)

    assert response.status_code == 200
    lessons = lessons_of(course)
    assert lessons
    for lesson in lessons:
        assert lesson.title in response.content.decode()


def test_lesson_body_needs_an_enrolment(client):
    lesson = lessons_of(build_course())[0]

    anonymous = client.get(lesson.url)
    client.force_login(make_user())
    not_enrolled = client.get(lesson.url)

    for response in (anonymous, not_enrolled):
        assert response.status_code == 403
        assert "lesson body 1" not in response.content.decode()
        assert lesson.title in response.content.decode()


def test_enrolled_trainee_reads_the_lesson_body(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    client.force_login(trainee)

    response = client.get(lessons_of(course)[0].url)

    assert response.status_code == 200
    assert "lesson body 1" in response.content.decode()


def test_preview_lessons_are_public(client):
    lesson = lessons_of(build_course())[0]
    lesson.preview = True
    lesson.save_revision().publish()

    response = client.get(lesson.url)

    assert response.status_code == 200
    assert "lesson body 1" in response.content.decode()


def test_waitlisted_trainee_cannot_read_lessons_yet(client):
    course = build_course()
    trainee = make_user()
    enrol(user=trainee, course=course, cohort=build_cohort(course=course, capacity=0))
    client.force_login(trainee)

    assert client.get(lessons_of(course)[0].url).status_code == 403


def test_my_learning_shows_only_my_own_enrolments(client):
    course = build_course()
    me, other = make_user(), make_user(full_name="别人的名字")
    enrol(user=me, course=course)
    enrol(user=other, course=build_course())
    client.force_login(me)

    response = client.get("/en/learning/")

    entries = response.context["learning"].open_entries
    assert [entry.enrolment.user for entry in entries] == [me]
    assert "别人的名字" not in response.content.decode()


def test_my_learning_shows_progress_and_next_lesson(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    lessons = lessons_of(course)
    complete_lesson(user=trainee, lesson=lessons[0])
    client.force_login(trainee)

    entry = client.get("/learning/").context["learning"].open_entries[0]

    assert entry.progress.percent == 25
    assert entry.resume_lesson.pk == lessons[1].pk


def _cohort_with_trainees():
    course = build_course(attendance_required=True)
    instructor = make_user(role=Role.INSTRUCTOR, mfa=True)
    cohort = build_cohort(course=course, instructor=instructor, days=2)
    first = make_user(full_name="=HYPERLINK(1)", latin_name="ONE")
    second = make_user(full_name="第二学员", latin_name="TWO")
    first_enrolment = enrol(user=first, course=course, cohort=cohort)
    enrol(user=second, course=course, cohort=cohort)
    course_lessons = lessons_of(course)
    assert course_lessons
    for lesson in course_lessons:
        complete_lesson(user=first, lesson=lesson)
    cohort_days = cohort.days()
    assert cohort_days
    for day in cohort_days:
        record_attendance(
            instructor=instructor,
            cohort=cohort,
            day=day,
            present_enrolment_ids={first_enrolment.pk},
        )
    return cohort, instructor


def test_instructor_sees_the_roster_with_progress(client):
    cohort, instructor = _cohort_with_trainees()
    client.force_login(instructor)

    response = client.get(f"/en/learning/cohorts/{cohort.pk}/roster/")

    assert response.status_code == 200
    percents = [row.progress.percent for row in response.context["rows"]]
    assert sorted(percents) == [0, 100]
    assert "第二学员" in response.content.decode()


def test_roster_csv_has_a_row_per_trainee_with_progress_and_attendance(client):
    cohort, instructor = _cohort_with_trainees()
    client.force_login(instructor)

    response = client.get(f"/en/learning/cohorts/{cohort.pk}/roster.csv")

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response["Content-Type"].startswith("text/csv")
    assert rows[0][:3] == ["Name", "Name in Latin letters", "Email"]
    by_latin_name = {row[1]: row for row in rows[1:]}
    assert by_latin_name["ONE"][0] == "'=HYPERLINK(1)"  # formula neutralised
    assert by_latin_name["ONE"][5:9] == ["4", "4", "100", "yes"]
    assert by_latin_name["ONE"][9:] == ["present", "present"]
    assert by_latin_name["TWO"][8:] == ["no", "absent", "absent"]


def test_another_instructor_cannot_see_the_roster(client):
    cohort, _instructor = _cohort_with_trainees()
    client.force_login(make_user(role=Role.INSTRUCTOR, mfa=True))

    assert client.get(f"/learning/cohorts/{cohort.pk}/roster/").status_code == 403
    assert client.get(f"/learning/cohorts/{cohort.pk}/roster.csv").status_code == 403


def test_a_trainee_cannot_see_the_roster(client):
    cohort, _instructor = _cohort_with_trainees()
    client.force_login(Enrolment.objects.filter(cohort=cohort).first().user)

    assert client.get(f"/learning/cohorts/{cohort.pk}/roster/").status_code == 403


def test_instructor_without_mfa_is_sent_to_set_it_up(client):
    cohort, instructor = _cohort_with_trainees()
    instructor.authenticator_set.all().delete()
    client.force_login(instructor)

    response = client.get(f"/learning/cohorts/{cohort.pk}/roster/")

    assert response["Location"] == "/accounts/2fa/totp/activate/"


def test_attendance_form_records_presence(client):
    course = build_course(attendance_required=True)
    instructor = make_user(role=Role.INSTRUCTOR, mfa=True)
    cohort = build_cohort(course=course, instructor=instructor)
    enrolment = enrol(user=make_user(), course=course, cohort=cohort)
    client.force_login(instructor)

    response = client.post(
        f"/learning/cohorts/{cohort.pk}/attendance/",
        {"day": cohort.starts_on.isoformat(), "present": [enrolment.pk]},
    )

    assert response.status_code == 302
    assert enrolment.attendance.get().present is True


def test_trainee_cannot_post_attendance(client):
    course = build_course(attendance_required=True)
    cohort = build_cohort(course=course)
    trainee = make_user()
    enrolment = enrol(user=trainee, course=course, cohort=cohort)
    client.force_login(trainee)

    response = client.post(
        f"/learning/cohorts/{cohort.pk}/attendance/",
        {"day": cohort.starts_on.isoformat(), "present": [enrolment.pk]},
    )

    assert response.status_code == 403
    assert not enrolment.attendance.exists()


def test_roster_ticks_those_already_recorded_present_on_the_chosen_day(client):
    cohort, instructor = _cohort_with_trainees()
    present = Enrolment.objects.get(cohort=cohort, user__latin_name="ONE")
    absent = Enrolment.objects.get(cohort=cohort, user__latin_name="TWO")
    client.force_login(instructor)

    response = client.get(
        f"/en/learning/cohorts/{cohort.pk}/roster/", {"day": cohort.ends_on.isoformat()}
    )

    assert response.context["attendance_day"] == cohort.ends_on
    assert response.context["present_on_day"] == {present.pk}
    html = response.content.decode()
    assert f'id="present-{present.pk}"' in html
    assert absent.pk not in response.context["present_on_day"]


def test_cohorts_page_lists_the_instructors_cohorts_in_the_page_language(client):
    course = build_course(with_english=True)
    instructor = make_user(role=Role.INSTRUCTOR, mfa=True)
    build_cohort(course=course, instructor=instructor)
    build_cohort(course=build_course())  # someone else's
    client.force_login(instructor)

    response = client.get("/en/learning/cohorts/")

    cohorts = response.context["cohorts"]
    assert [cohort.instructor for cohort in cohorts] == [instructor]
    assert (
        cohorts[0].course_title
        == course.get_translation(course.locale.__class__.objects.get(language_code="en")).title
    )


def test_another_instructor_cannot_record_attendance(client):
    course = build_course(attendance_required=True)
    cohort = build_cohort(course=course)
    enrolment = enrol(user=make_user(), course=course, cohort=cohort)
    client.force_login(make_user(role=Role.INSTRUCTOR, mfa=True))

    response = client.post(
        f"/learning/cohorts/{cohort.pk}/attendance/",
        {"day": cohort.starts_on.isoformat(), "present": [enrolment.pk]},
    )

    assert response.status_code == 403
    assert not enrolment.attendance.exists()
