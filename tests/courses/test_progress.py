import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from courses.models import CoursePage, Enrolment, LessonCompletion
from courses.services import complete_lesson, enrol, exam_eligibility, record_attendance
from tests.courses.builders import build_cohort, build_course, lessons_of
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_mark_complete_records_one_completion_however_often_it_is_pressed(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    lesson = lessons_of(course)[0]
    client.force_login(trainee)

    for _ in range(2):
        response = client.post(f"/learning/lessons/{lesson.pk}/complete/")

    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=trainee, lesson=lesson).count() == 1


def test_reaching_the_end_completes_the_lesson_by_json(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    lesson = lessons_of(course)[1]
    client.force_login(trainee)

    response = client.post(
        f"/learning/lessons/{lesson.pk}/complete/",
        {"method": "reached_end"},
        headers={"Accept": "application/json"},
    )

    assert response.json() == {"completed": True}
    assert LessonCompletion.objects.get(user=trainee, lesson=lesson).method == "reached_end"


def test_complete_and_continue_opens_the_next_lesson(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    first, second = lessons_of(course)[:2]
    client.force_login(trainee)

    response = client.post(f"/learning/lessons/{first.pk}/complete/", {"next": second.pk})

    assert response["Location"] == second.url


def test_a_next_lesson_that_is_not_a_plain_number_is_ignored(client):
    # "²" passes str.isdigit() but not int(): it was a 500.
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    lesson = lessons_of(course)[0]
    client.force_login(trainee)

    response = client.post(f"/learning/lessons/{lesson.pk}/complete/", {"next": "²"})

    assert response.status_code == 302
    assert response["Location"] == lesson.url


@pytest.mark.parametrize(
    "url",
    [
        f"/learning/lessons/{2**63}/complete/",
        f"/learning/enrol/{10**30}/",
        f"/learning/courses/{2**63}/final-exam/",
    ],
)
def test_page_ids_too_large_for_the_database_are_not_found(client, url):
    # SQLite refused ids past 2**63 - 1 in page lookups: a 500.
    client.force_login(make_user())

    response = client.post(url) if "final-exam" not in url else client.get(url)

    assert response.status_code == 404


def test_a_trainee_who_is_not_enrolled_cannot_record_progress(client):
    course, outsider = build_course(), make_user()
    lesson = lessons_of(course)[0]
    client.force_login(outsider)

    response = client.post(f"/learning/lessons/{lesson.pk}/complete/")

    assert response.status_code == 403
    assert not LessonCompletion.objects.filter(user=outsider).exists()


def test_waitlisted_trainee_cannot_record_progress():
    course = build_course()
    cohort = build_cohort(course=course, capacity=0)
    trainee = make_user()
    enrol(user=trainee, course=course, cohort=cohort)

    with pytest.raises(PermissionDenied):
        complete_lesson(user=trainee, lesson=lessons_of(course)[0])


def test_unit_and_course_percentages_follow_completions():
    course, trainee = build_course(units=((True, True), (True, False))), make_user()
    enrol(user=trainee, course=course)
    lessons = lessons_of(course)
    for lesson in lessons[:3]:
        complete_lesson(user=trainee, lesson=lesson)

    progress = exam_eligibility(user=trainee, course=course)

    assert (progress.lessons_done, progress.lessons_total, progress.percent) == (3, 4, 75)
    assert [unit.percent for unit in progress.units] == [100, 50]
    assert progress.next_lesson.pk == lessons[3].pk


def test_required_lessons_rule_ignores_optional_lessons():
    course, trainee = build_course(units=((True, True), (True, False))), make_user()
    enrol(user=trainee, course=course)
    course_lessons = lessons_of(course)
    assert course_lessons
    for lesson in course_lessons[:3]:
        complete_lesson(user=trainee, lesson=lesson)

    assert exam_eligibility(user=trainee, course=course).rules_met


def test_all_lessons_rule_needs_the_optional_lesson_too():
    course = build_course(
        units=((True, True), (True, False)), completion_rule=CoursePage.CompletionRule.ALL_LESSONS
    )
    trainee = make_user()
    enrol(user=trainee, course=course)
    course_lessons = lessons_of(course)
    assert course_lessons
    for lesson in course_lessons[:3]:
        complete_lesson(user=trainee, lesson=lesson)

    progress = exam_eligibility(user=trainee, course=course)

    assert not progress.rules_met
    assert progress.missing == ["Complete 1 more lesson."]


def _in_person_trainee_with_all_lessons(days: int = 3):
    course = build_course(attendance_required=True)
    cohort = build_cohort(course=course, days=days)
    trainee = make_user()
    enrolment = enrol(user=trainee, course=course, cohort=cohort)
    course_lessons = lessons_of(course)
    assert course_lessons
    for lesson in course_lessons:
        complete_lesson(user=trainee, lesson=lesson)
    return course, cohort, trainee, enrolment


def test_attendance_rule_needs_every_day_of_an_in_person_cohort():
    course, cohort, trainee, enrolment = _in_person_trainee_with_all_lessons()
    cohort_days = cohort.days()
    assert cohort_days
    for day in cohort_days[:2]:
        record_attendance(
            instructor=cohort.instructor,
            cohort=cohort,
            day=day,
            present_enrolment_ids={enrolment.pk},
        )

    progress = exam_eligibility(user=trainee, course=course)

    assert not progress.rules_met
    assert (progress.attendance_present, progress.attendance_days) == (2, 3)


def test_attendance_on_every_day_meets_the_rule():
    course, cohort, trainee, enrolment = _in_person_trainee_with_all_lessons()
    cohort_days = cohort.days()
    assert cohort_days
    for day in cohort_days:
        record_attendance(
            instructor=cohort.instructor,
            cohort=cohort,
            day=day,
            present_enrolment_ids={enrolment.pk},
        )

    assert exam_eligibility(user=trainee, course=course).rules_met


def test_an_absence_counts_against_the_rule_until_corrected():
    course, cohort, trainee, enrolment = _in_person_trainee_with_all_lessons(days=1)
    day = cohort.days()[0]
    record_attendance(
        instructor=cohort.instructor, cohort=cohort, day=day, present_enrolment_ids=set()
    )
    absent = exam_eligibility(user=trainee, course=course).rules_met

    record_attendance(
        instructor=cohort.instructor, cohort=cohort, day=day, present_enrolment_ids={enrolment.pk}
    )

    assert not absent
    assert exam_eligibility(user=trainee, course=course).rules_met


def test_only_the_cohorts_instructor_records_attendance():
    _course, cohort, _trainee, enrolment = _in_person_trainee_with_all_lessons()

    with pytest.raises(PermissionDenied):
        record_attendance(
            instructor=make_user(),
            cohort=cohort,
            day=cohort.days()[0],
            present_enrolment_ids={enrolment.pk},
        )


def test_attendance_outside_the_cohort_dates_is_refused():
    _course, cohort, _trainee, enrolment = _in_person_trainee_with_all_lessons()

    with pytest.raises(ValidationError):
        record_attendance(
            instructor=cohort.instructor,
            cohort=cohort,
            day=cohort.ends_on + datetime.timedelta(days=1),
            present_enrolment_ids={enrolment.pk},
        )


def test_self_paced_trainees_of_an_attendance_course_need_only_the_lessons():
    course, trainee = build_course(attendance_required=True), make_user()
    enrol(user=trainee, course=course)
    course_lessons = lessons_of(course)
    assert course_lessons
    for lesson in course_lessons:
        complete_lesson(user=trainee, lesson=lesson)

    assert exam_eligibility(user=trainee, course=course).rules_met


def test_final_exam_url_is_refused_while_rules_are_unmet(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    client.force_login(trainee)

    response = client.get(f"/en/learning/courses/{course.pk}/final-exam/")

    assert response.status_code == 403
    assert "Complete 3 more lessons." in response.content.decode()


def test_final_exam_url_opens_once_rules_are_met(client):
    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    course_lessons = lessons_of(course)
    assert course_lessons
    for lesson in course_lessons:
        complete_lesson(user=trainee, lesson=lesson)
    client.force_login(trainee)

    assert client.get(f"/learning/courses/{course.pk}/final-exam/").status_code == 200


def test_final_exam_url_is_refused_to_someone_not_enrolled(client):
    course = build_course()
    client.force_login(make_user())

    assert client.get(f"/en/learning/courses/{course.pk}/final-exam/").status_code == 403


def test_opening_a_lesson_is_remembered_for_resuming(client):
    course, trainee = build_course(), make_user()
    enrolment = enrol(user=trainee, course=course)
    third = lessons_of(course)[2]
    client.force_login(trainee)

    client.get(third.url)
    course_page = client.get(course.url)

    enrolment.refresh_from_db()
    assert enrolment.last_lesson_id == third.pk
    assert course_page.context["resume_lesson"].pk == third.pk


def _enrolled_in_a_course_with_english():
    """A course in both languages, a trainee enrolled in it and its first English lesson."""
    course, trainee = build_course(with_english=True), make_user()
    enrol(user=trainee, course=course)
    english_course = course.get_translation(course.locale.__class__.objects.get(language_code="en"))
    return course, trainee, lessons_of(english_course)[0]


def test_progress_is_shared_between_the_languages_of_a_course():
    course, trainee, english_lesson = _enrolled_in_a_course_with_english()

    complete_lesson(user=trainee, lesson=english_lesson)

    assert exam_eligibility(user=trainee, course=course).lessons_done == 1
    assert LessonCompletion.objects.get(user=trainee).lesson.locale.language_code == "zh-hans"


def test_a_completion_records_the_lessons_translation_key():
    _course, trainee, english_lesson = _enrolled_in_a_course_with_english()

    complete_lesson(user=trainee, lesson=english_lesson)

    completion = LessonCompletion.objects.get(user=trainee)
    assert completion.lesson_translation_key == english_lesson.translation_key
    assert completion.lesson_translation_key == completion.lesson.translation_key


def test_withdrawn_trainee_keeps_completions_when_re_enrolling():
    from courses.services import withdraw

    course, trainee = build_course(), make_user()
    first = enrol(user=trainee, course=course)
    complete_lesson(user=trainee, lesson=lessons_of(course)[0])
    withdraw(enrolment=first, user=trainee)

    enrol(user=trainee, course=course)

    assert exam_eligibility(user=trainee, course=course).lessons_done == 1
    assert Enrolment.objects.filter(user=trainee).count() == 2
