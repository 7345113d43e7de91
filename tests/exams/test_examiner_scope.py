"""Finding 3 of issue 10: instructors see and act on the trainees of the cohorts they teach,
and no one grants an accommodation to themselves or beyond the bounds."""

import csv
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.roles import Role
from exams.models import Accommodation, AccommodationGrant, QuestionType
from exams.services import (
    grade_essay,
    save_answer,
    set_accommodation,
    start_or_resume_attempt,
    submit_attempt,
)
from tests.exams.builders import (
    enrol_ready,
    examined_exam,
    join_cohort,
    make_exam,
    make_question,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def _take(exam, trainee, *, essay: str = ""):
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    if essay:
        save_answer(attempt=attempt, user=trainee, position=1, response=essay)
    return submit_attempt(attempt=attempt, user=trainee)


@pytest.fixture
def two_cohorts():
    """One exam, taken by a trainee of each of two cohorts taught by different instructors."""
    make_question(QuestionType.ESSAY, topic="phase_5")
    mine, theirs = make_user(full_name="我的学员"), make_user(full_name="别人的学员")
    exam, instructor = examined_exam(trainees=[mine], sections=[(["phase_5"], 1)])
    other_instructor = join_cohort(exam=exam, trainee=theirs)
    return {
        "exam": exam,
        "instructor": instructor,
        "other_instructor": other_instructor,
        "mine": _take(exam, mine, essay="mine: reuse rinse water"),
        "theirs": _take(exam, theirs, essay="theirs: recover condensate"),
    }


# --- Pages of another instructor's exam --------------------------------------------------------


@pytest.mark.parametrize("page", ["attempts/", "results.csv", "statistics/"])
def test_an_instructor_without_a_cohort_in_the_course_gets_404(client, two_cohorts, page):
    client.force_login(make_user(role=Role.INSTRUCTOR, mfa=True))

    assert client.get(f"/exams/{two_cohorts['exam'].pk}/{page}").status_code == 404


def test_an_instructor_cannot_grant_accommodations_in_another_course(client, two_cohorts):
    client.force_login(make_user(role=Role.INSTRUCTOR, mfa=True))

    response = client.post(
        f"/exams/{two_cohorts['exam'].pk}/accommodations/",
        {"email": two_cohorts["mine"].user.email, "extra_minutes": "30", "reason": "Plan"},
    )

    assert response.status_code == 404
    assert not Accommodation.objects.exists()


@pytest.mark.parametrize("page", ["attempts/", "results.csv", "statistics/"])
def test_standalone_exams_are_for_administrators_only(client, page):
    exam = make_exam()
    client.force_login(make_user(role=Role.INSTRUCTOR, mfa=True))
    assert client.get(f"/exams/{exam.pk}/{page}").status_code == 404

    client.force_login(make_user(role=Role.INSTRUCTOR, mfa=True, is_superuser=True))
    assert client.get(f"/exams/{exam.pk}/{page}").status_code == 200


# --- Lists, CSV and statistics hold only one's own trainees -------------------------------------


def test_the_attempts_list_shows_only_the_instructors_trainees(client, two_cohorts):
    client.force_login(two_cohorts["instructor"])

    page = client.get(f"/en/exams/{two_cohorts['exam'].pk}/attempts/").content.decode()

    assert "我的学员" in page
    assert "别人的学员" not in page
    assert two_cohorts["theirs"].user.email not in page


def test_the_results_csv_holds_only_the_instructors_trainees(client, two_cohorts):
    client.force_login(two_cohorts["other_instructor"])

    response = client.get(f"/en/exams/{two_cohorts['exam'].pk}/results.csv")

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row[1] for row in rows[1:]] == [two_cohorts["theirs"].user.email]


def test_statistics_count_only_the_instructors_trainees(client):
    make_question(QuestionType.SINGLE, topic="law")
    mine, theirs = make_user(), make_user()
    exam, instructor = examined_exam(trainees=[mine], sections=[(["law"], 1)])
    join_cohort(exam=exam, trainee=theirs)
    for trainee in (mine, theirs):
        _take(exam, trainee)
    client.force_login(instructor)

    response = client.get(f"/en/exams/{exam.pk}/statistics/")

    (item,) = response.context["items"]
    assert item.responses == 1


def test_a_withdrawn_trainee_is_no_longer_the_instructors(client, two_cohorts):
    from courses.models import Enrolment

    Enrolment.objects.filter(user=two_cohorts["mine"].user).update(status="withdrawn")
    client.force_login(two_cohorts["instructor"])

    page = client.get(f"/en/exams/{two_cohorts['exam'].pk}/attempts/").content.decode()

    assert "我的学员" not in page


# --- Grading -----------------------------------------------------------------------------------


def test_the_grading_queue_holds_only_the_instructors_trainees(client, two_cohorts):
    client.force_login(two_cohorts["instructor"])

    page = client.get("/en/exams/grading/").content.decode()

    assert two_cohorts["mine"].candidate_label in page
    assert two_cohorts["theirs"].candidate_label not in page


def test_an_answer_of_another_cohort_cannot_be_opened_or_graded(client, two_cohorts):
    theirs = two_cohorts["theirs"]
    client.force_login(two_cohorts["instructor"])
    url = f"/en/exams/grading/{theirs.candidate_label}/1/"

    assert client.get(url).status_code == 404
    assert client.post(url, {"points": "10"}).status_code == 404
    assert theirs.questions.get().needs_grading


def test_the_grading_service_refuses_another_cohorts_answer(two_cohorts):
    with pytest.raises(PermissionDenied):
        grade_essay(
            examiner=two_cohorts["instructor"],
            slot=two_cohorts["theirs"].questions.get(),
            points=10,
        )


# --- Accommodations ---------------------------------------------------------------------------


@pytest.fixture
def my_trainee():
    make_question(QuestionType.SINGLE, topic="law")
    trainee = make_user(email="needs.time@example.org")
    exam, instructor = examined_exam(trainees=[trainee], sections=[(["law"], 1)])
    return {"exam": exam, "instructor": instructor, "trainee": trainee}


def _grant(client, setup, **fields):
    data = {
        "email": setup["trainee"].email,
        "extra_minutes": "30",
        "extra_attempts": "1",
        "reason": "Support plan 12",
    }
    data.update(fields)
    return client.post(f"/en/exams/{setup['exam'].pk}/accommodations/", data)


def test_an_instructor_grants_their_trainee_an_accommodation_on_the_record(client, my_trainee):
    client.force_login(my_trainee["instructor"])

    response = _grant(client, my_trainee)
    _grant(client, my_trainee, extra_minutes="45", reason="Plan revised")

    assert response.status_code == 302
    assert Accommodation.objects.get().extra_minutes == 45
    grants = list(AccommodationGrant.objects.order_by("pk"))
    assert [(g.extra_minutes, g.reason) for g in grants] == [
        (30, "Support plan 12"),
        (45, "Plan revised"),
    ]
    assert {g.granted_by for g in grants} == {my_trainee["instructor"]}
    page = client.get(f"/en/exams/{my_trainee['exam'].pk}/attempts/").content.decode()
    assert "Plan revised" in page and "Support plan 12" in page


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("extra_minutes", "-5"),
        ("extra_minutes", "601"),
        ("extra_minutes", "99999999999999999999999"),
        ("extra_minutes", "ten"),
        ("extra_attempts", "-1"),
        ("extra_attempts", "6"),
        ("extra_attempts", "1e3"),
        ("reason", ""),
        ("reason", "x" * 301),
        ("email", "not-an-address"),
    ],
)
def test_out_of_bounds_accommodations_are_form_errors(client, my_trainee, field, value):
    client.force_login(my_trainee["instructor"])

    response = _grant(client, my_trainee, **{field: value})

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not Accommodation.objects.exists()
    assert not AccommodationGrant.objects.exists()


def test_no_instructor_grants_themselves_an_accommodation(client, my_trainee):
    instructor = my_trainee["instructor"]
    enrol_ready(trainee=instructor, cohort=instructor.cohorts_taught.get())
    client.force_login(instructor)

    response = _grant(client, my_trainee, email=instructor.email)

    assert response.status_code == 200
    assert "themselves" in response.content.decode()
    assert not Accommodation.objects.exists()


def test_another_cohorts_trainee_gets_the_same_answer_as_an_unknown_address(client, my_trainee):
    stranger = make_user(email="stranger@example.org")
    join_cohort(exam=my_trainee["exam"], trainee=stranger)
    client.force_login(my_trainee["instructor"])

    theirs = _grant(client, my_trainee, email=stranger.email)
    unknown = _grant(client, my_trainee, email="nobody@example.org")

    assert theirs.status_code == unknown.status_code == 200
    assert theirs.context["form"].errors == unknown.context["form"].errors
    assert not Accommodation.objects.exists()


def test_the_accommodation_service_checks_scope_self_and_bounds(my_trainee):
    exam, instructor, trainee = (my_trainee[key] for key in ("exam", "instructor", "trainee"))
    grant = {"extra_minutes": 10, "extra_attempts": 0, "reason": "Plan"}

    with pytest.raises(PermissionDenied):
        set_accommodation(examiner=instructor, exam=exam, user=instructor, **grant)
    with pytest.raises(PermissionDenied):
        set_accommodation(
            examiner=make_user(role=Role.INSTRUCTOR, mfa=True), exam=exam, user=trainee, **grant
        )
    with pytest.raises(ValidationError):
        set_accommodation(
            examiner=instructor, exam=exam, user=trainee, **{**grant, "extra_minutes": -1}
        )
    with pytest.raises(ValidationError):
        set_accommodation(
            examiner=instructor, exam=exam, user=trainee, **{**grant, "extra_attempts": 50}
        )
    assert not Accommodation.objects.exists()


def test_an_administrator_cannot_grant_themselves_an_accommodation_either():
    administrator = make_user(role=Role.INSTRUCTOR, mfa=True, is_superuser=True)

    with pytest.raises(PermissionDenied):
        set_accommodation(
            examiner=administrator,
            exam=make_exam(),
            user=administrator,
            extra_minutes=60,
            extra_attempts=0,
            reason="Mine",
        )
