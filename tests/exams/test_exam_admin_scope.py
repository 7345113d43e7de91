"""Issue 10, finding 3, in the exam admin: instructors manage the exams of the courses in which
they teach, never a final (certifying) exam, which every cohort of the course shares."""

import pytest

from accounts.roles import Role
from exams.models import Exam
from exams.wagtail_hooks import MAX_SECTIONS_PER_EXAM
from tests.exams.builders import exam_form_data, examined_exam, make_exam
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_exams():
    quiz, instructor = examined_exam(title_en="My course quiz")
    final = make_exam(course=quiz.course, is_final=True, title_en="My course final")
    elsewhere, _other = examined_exam(title_en="Another course quiz")
    return {"instructor": instructor, "quiz": quiz, "final": final, "elsewhere": elsewhere}


def test_the_exam_list_shows_an_instructor_only_their_courses_other_exams(client, course_exams):
    client.force_login(course_exams["instructor"])

    page = client.get("/admin/exams/").content.decode()

    assert "My course quiz" in page
    assert "My course final" not in page
    assert "Another course quiz" not in page


@pytest.mark.parametrize("exam", ["final", "elsewhere"])
@pytest.mark.parametrize("view", ["edit", "history", "usage", "delete"])
def test_an_instructor_cannot_open_final_or_other_courses_exams(client, course_exams, exam, view):
    client.force_login(course_exams["instructor"])

    response = client.get(f"/admin/exams/{view}/{course_exams[exam].pk}/")

    assert response.status_code in (403, 404)


def test_an_instructor_cannot_lower_the_pass_mark_of_a_final_exam(client, course_exams):
    final = course_exams["final"]
    client.force_login(course_exams["instructor"])

    response = client.post(
        f"/admin/exams/edit/{final.pk}/",
        exam_form_data(course=final.course_id, is_final="on", pass_mark_percent="1"),
    )

    assert response.status_code == 404
    final.refresh_from_db()
    assert final.pass_mark_percent == 70


def test_an_instructor_cannot_make_an_exam_final(client, course_exams):
    quiz = course_exams["quiz"]
    client.force_login(course_exams["instructor"])
    form = client.get("/admin/exams/new/").content.decode()

    response = client.post(
        "/admin/exams/new/",
        exam_form_data(course=quiz.course_id, is_final="on", title_en="Sneaky final"),
    )

    assert 'name="is_final"' not in form
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Exam.objects.get(title_en="Sneaky final").is_final is False


@pytest.mark.parametrize("course", ["", "elsewhere"])
def test_an_instructor_sets_exams_only_for_courses_they_teach(client, course_exams, course):
    client.force_login(course_exams["instructor"])
    course_id = course_exams[course].course_id if course else ""

    response = client.post(
        "/admin/exams/new/", exam_form_data(course=course_id, title_en="Out of scope")
    )

    assert response.status_code == 200
    assert not Exam.objects.filter(title_en="Out of scope").exists()


def test_an_administrator_changes_a_final_exam(client, course_exams):
    final = course_exams["final"]
    client.force_login(make_user(role=Role.INSTRUCTOR, mfa=True, is_superuser=True))

    response = client.post(
        f"/admin/exams/edit/{final.pk}/",
        exam_form_data(
            course=final.course_id,
            is_final="on",
            pass_mark_percent="75",
            **{
                "sections-INITIAL_FORMS": "1",
                "sections-0-id": str(final.sections.get().pk),
            },
        ),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    final.refresh_from_db()
    assert (final.pass_mark_percent, final.is_final) == (75, True)


@pytest.mark.parametrize(
    "forged",
    [
        {"sections-INITIAL_FORMS": "1", "sections-0-id": "x"},
        {"course": "abc"},
        {"course": str(2**63)},
    ],
    ids=["row id not a number", "course not a number", "course too big"],
)
def test_a_forged_exam_form_is_shown_again_with_errors(client, forged):
    client.force_login(make_user(is_superuser=True, is_staff=True, mfa=True))

    response = client.post("/admin/exams/new/", exam_form_data(is_final="", **forged))

    assert response.status_code == 200
    assert not Exam.objects.filter(title_en="CP auditor exam").exists()


def test_section_rows_claimed_as_existing_but_not_sent_are_new_rows(client):
    client.force_login(make_user(is_superuser=True, is_staff=True, mfa=True))

    response = client.post(
        "/admin/exams/new/", exam_form_data(is_final="", **{"sections-INITIAL_FORMS": "5"})
    )

    assert response.status_code == 302
    assert Exam.objects.get(title_en="CP auditor exam").sections.count() == 1


def test_a_forged_row_count_builds_no_more_section_rows_than_an_exam_may_have(client):
    client.force_login(make_user(is_superuser=True, is_staff=True, mfa=True))

    response = client.post(
        "/admin/exams/new/", exam_form_data(is_final="", **{"sections-TOTAL_FORMS": "100000"})
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert f'name="sections-{MAX_SECTIONS_PER_EXAM}-title_zh"' in page
    assert f'name="sections-{MAX_SECTIONS_PER_EXAM + 1}-title_zh"' not in page
    assert not Exam.objects.filter(title_en="CP auditor exam").exists()
