import json
import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.utils import timezone

from exams.models import Attempt, AttemptEvent, QuestionType
from exams.services import (
    ExamError,
    close_expired_attempts,
    grade_essay,
    save_answer,
    save_question,
    set_accommodation,
    start_or_resume_attempt,
    submit_attempt,
)
from tests.exams.builders import examined_exam, make_exam, make_question
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def law_questions():
    return [make_question(QuestionType.SINGLE, topic="law") for _ in range(4)]


def _answer_all_correctly(attempt, user):
    slots = list(attempt.questions.select_related("version"))
    assert slots
    for slot in slots:
        correct = next(i for i, o in enumerate(slot.version.options) if o["correct"])
        save_answer(
            attempt=attempt,
            user=user,
            position=slot.position,
            response=slot.option_order.index(correct),
        )


def test_starting_draws_the_blueprints_questions_and_pins_their_versions(law_questions):
    exam = make_exam(sections=[(["law"], 3)])
    trainee = make_user()

    attempt = start_or_resume_attempt(exam=exam, user=trainee)

    slots = list(attempt.questions.all())
    assert len(slots) == 3
    assert {slot.version.question.topic for slot in slots} == {"law"}
    assert attempt.deadline - attempt.started_at == timedelta(minutes=30)
    assert attempt.events.get().kind == AttemptEvent.Kind.STARTED


def test_a_second_start_resumes_the_open_attempt(law_questions):
    exam, trainee = make_exam(), make_user()
    first = start_or_resume_attempt(exam=exam, user=trainee)

    again = start_or_resume_attempt(exam=exam, user=trainee)

    assert again.pk == first.pk
    assert Attempt.objects.filter(user=trainee).count() == 1
    assert first.events.filter(kind=AttemptEvent.Kind.RESUMED).exists()


def test_too_few_questions_in_the_bank_is_a_clear_error():
    exam = make_exam(sections=[(["phase_7"], 50)])

    with pytest.raises(ExamError, match="too few questions"):
        start_or_resume_attempt(exam=exam, user=make_user())


def test_editing_a_drawn_question_makes_a_new_version_and_the_attempt_keeps_the_old(
    law_questions,
):
    exam, trainee = make_exam(sections=[(["law"], 4)]), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    question = law_questions[0]
    seen = question.current_version

    save_question(
        code=question.code,
        topic="law",
        difficulty=2,
        question_type=QuestionType.SINGLE,
        content={"prompt_en": "Reworded"},
    )

    question.refresh_from_db()
    assert question.current_version.number == 2
    assert attempt.questions.filter(version=seen).exists()
    assert question.current_version.prompt_en == "Reworded"


def test_a_saved_answer_survives_the_client_disappearing(client, law_questions):
    exam, trainee = make_exam(), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    client.force_login(trainee)
    client.post(
        f"/exams/attempts/{attempt.pk}/answers/",
        data=json.dumps({"position": 1, "response": 2}),
        content_type="application/json",
    )

    client.logout()  # the browser is gone; a new session comes back later
    client.force_login(trainee)
    page = client.get(f"/en/exams/attempts/{attempt.pk}/")

    assert page.context["questions"][0].saved == 2
    assert attempt.questions.get(position=1).response is not None


def test_no_page_or_json_response_during_an_attempt_contains_a_correct_answer(client):
    secret_option = "THE-CORRECT-OPTION"
    make_question(
        QuestionType.SINGLE,
        options=[
            {"zh": secret_option, "en": secret_option, "correct": True},
            {"zh": "错", "en": "wrong", "correct": False},
        ],
        explanation_en="SECRET-EXPLANATION",
        explanation_zh="SECRET-EXPLANATION",
    )
    exam = make_exam(sections=[(["law"], 1)], shuffle_options=False)
    trainee = make_user()
    client.force_login(trainee)
    client.post(f"/en/exams/{exam.pk}/start/")
    attempt = Attempt.objects.get(user=trainee)

    page = client.get(f"/en/exams/attempts/{attempt.pk}/").content.decode()
    saved = client.post(
        f"/en/exams/attempts/{attempt.pk}/answers/",
        data=json.dumps({"position": 1, "response": 1}),
        content_type="application/json",
    ).content.decode()

    assert secret_option in page  # the option is shown, as text ...
    assert '"correct"' not in page and "SECRET-EXPLANATION" not in page
    assert "correct" not in saved.lower() and "SECRET" not in saved
    assert set(json.loads(saved)) == {"saved", "position", "seconds_left"}


def test_answers_after_the_deadline_are_refused_and_the_attempt_auto_submits(law_questions):
    exam, trainee = make_exam(), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    save_answer(attempt=attempt, user=trainee, position=1, response=0)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))

    with pytest.raises(ExamError, match="Time is up"):
        save_answer(attempt=attempt, user=trainee, position=2, response=0)
    closed = close_expired_attempts()

    attempt.refresh_from_db()
    assert closed == 1
    assert attempt.auto_submitted
    assert attempt.status == Attempt.Status.RELEASED
    assert attempt.questions.get(position=1).response is not None
    assert attempt.events.filter(kind=AttemptEvent.Kind.AUTO_SUBMITTED).exists()


def test_opening_an_expired_attempt_submits_it(client, law_questions):
    exam, trainee = make_exam(), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))
    client.force_login(trainee)

    response = client.get(f"/exams/attempts/{attempt.pk}/")

    assert response["Location"] == f"/exams/attempts/{attempt.pk}/result/"
    attempt.refresh_from_db()
    assert attempt.status != Attempt.Status.IN_PROGRESS


def test_submitting_twice_grades_once(law_questions):
    exam, trainee = make_exam(), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    _answer_all_correctly(attempt, trainee)

    first = submit_attempt(attempt=attempt, user=trainee)
    second = submit_attempt(attempt=attempt, user=trainee)

    assert first.score == second.score == Decimal(3)
    assert attempt.events.filter(kind=AttemptEvent.Kind.GRADED).count() == 1


# serialized_rollback: an earlier transactional test may have emptied the database, content
# types included, which saving questions refers to.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_double_submit_grades_once():
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the row lock is exercised on PostgreSQL")
    for _ in range(4):
        make_question(QuestionType.SINGLE, topic="law")
    exam, trainee = make_exam(), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    barrier = threading.Barrier(2)
    errors = []

    def submit():
        try:
            barrier.wait()
            submit_attempt(attempt=attempt, user=trainee)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert attempt.events.filter(kind=AttemptEvent.Kind.SUBMITTED).count() == 1
    assert attempt.events.filter(kind=AttemptEvent.Kind.GRADED).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_save_waiting_behind_a_submit_is_refused_not_lost():
    """The save reads the attempt's status only once it holds the attempt's row lock: a save
    that waits for a submit to commit is refused, never acknowledged and left ungraded."""
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the row lock is exercised on PostgreSQL")
    for _ in range(4):
        make_question(QuestionType.SINGLE, topic="law")
    exam, trainee = make_exam(), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    locked, outcome = threading.Event(), []

    def save():
        locked.wait()
        try:
            save_answer(attempt=attempt, user=trainee, position=1, response=0)
            outcome.append("saved")
        except ExamError:
            outcome.append("refused")
        finally:
            connection.close()

    saver = threading.Thread(target=save)
    saver.start()
    with transaction.atomic():
        Attempt.objects.select_for_update().get(pk=attempt.pk)
        locked.set()
        saver.join(timeout=0.5)  # the save is now waiting for the lock (or about to)
        submit_attempt(attempt=attempt, user=trainee)
    saver.join()

    assert outcome == ["refused"]
    assert attempt.questions.get(position=1).response is None
    assert not attempt.events.filter(kind=AttemptEvent.Kind.ANSWERED).exists()


def test_attempt_limit_is_enforced_on_the_server(law_questions):
    exam, trainee = make_exam(max_attempts=1), make_user()
    submit_attempt(attempt=start_or_resume_attempt(exam=exam, user=trainee), user=trainee)

    with pytest.raises(ExamError, match="used all your attempts"):
        start_or_resume_attempt(exam=exam, user=trainee)


def test_waiting_time_between_attempts_is_enforced(law_questions):
    exam, trainee = make_exam(days_between_attempts=7), make_user()
    submit_attempt(attempt=start_or_resume_attempt(exam=exam, user=trainee), user=trainee)

    with pytest.raises(ExamError, match="next attempt opens"):
        start_or_resume_attempt(exam=exam, user=trainee)
    Attempt.objects.filter(user=trainee).update(submitted_at=timezone.now() - timedelta(days=8))
    assert start_or_resume_attempt(exam=exam, user=trainee).number == 2


def test_an_extra_attempt_accommodation_allows_one_more(law_questions):
    trainee = make_user()
    exam, examiner = examined_exam(trainees=[trainee], max_attempts=1)
    submit_attempt(attempt=start_or_resume_attempt(exam=exam, user=trainee), user=trainee)

    set_accommodation(
        examiner=examiner,
        exam=exam,
        user=trainee,
        extra_minutes=15,
        extra_attempts=1,
        reason="Medical certificate",
    )
    attempt = start_or_resume_attempt(exam=exam, user=trainee)

    assert attempt.number == 2
    assert attempt.deadline - attempt.started_at == timedelta(minutes=45)


def test_trainees_cannot_grant_accommodations(law_questions):
    exam, trainee = make_exam(), make_user()

    with pytest.raises(PermissionDenied):
        set_accommodation(
            examiner=trainee,
            exam=exam,
            user=trainee,
            extra_minutes=60,
            extra_attempts=3,
            reason="Please",
        )


def test_trainees_cannot_open_or_answer_others_attempts(client, law_questions):
    exam, owner = make_exam(), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=owner)
    client.force_login(make_user())

    assert client.get(f"/exams/attempts/{attempt.pk}/").status_code == 404
    assert client.get(f"/exams/attempts/{attempt.pk}/result/").status_code == 404
    answer = client.post(
        f"/exams/attempts/{attempt.pk}/answers/",
        data=json.dumps({"position": 1, "response": 0}),
        content_type="application/json",
    )
    assert answer.status_code == 404
    assert client.post(f"/exams/attempts/{attempt.pk}/submit/").status_code == 404
    assert attempt.questions.filter(response__isnull=False).count() == 0


@pytest.mark.parametrize(
    "body",
    [
        '{"position": 1e309, "response": 0}',
        '{"position": 1, "response": "a\\u0000b"}',
        "[" * 50_000,
    ],
    ids=["infinite position", "nul in answer", "nested"],
)
def test_an_answer_the_server_cannot_use_is_a_400(client, law_questions, body):
    exam, trainee = make_exam(), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    client.force_login(trainee)

    response = client.post(
        f"/exams/attempts/{attempt.pk}/answers/", data=body, content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json()["saved"] is False
    assert attempt.questions.filter(response__isnull=False).count() == 0


def test_passing_mark_and_pass_flag(law_questions):
    exam, trainee = make_exam(pass_mark_percent=70), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    slots = list(attempt.questions.select_related("version"))
    assert len(slots) > 2
    for slot in slots[:2]:
        correct = next(i for i, o in enumerate(slot.version.options) if o["correct"])
        save_answer(
            attempt=attempt,
            user=trainee,
            position=slot.position,
            response=slot.option_order.index(correct),
        )

    result = submit_attempt(attempt=attempt, user=trainee)

    assert (result.score, result.max_score, result.passed) == (Decimal(2), Decimal(3), False)


def _essay_attempt():
    """A submitted essay attempt and the instructor of the trainee's cohort."""
    make_question(QuestionType.ESSAY, topic="phase_5")
    trainee = make_user(full_name="秘密考生", email="secret.candidate@example.org")
    exam, examiner = examined_exam(
        trainees=[trainee], sections=[(["phase_5"], 1)], review_policy="responses"
    )
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    save_answer(attempt=attempt, user=trainee, position=1, response="My case study answer")
    return submit_attempt(attempt=attempt, user=trainee), examiner


def test_essays_wait_for_an_examiner_and_release_when_graded():
    attempt, examiner = _essay_attempt()
    assert attempt.status == Attempt.Status.AWAITING_GRADING

    grade_essay(examiner=examiner, slot=attempt.questions.get(), points=Decimal(8), feedback="Good")

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.RELEASED
    assert (attempt.score, attempt.passed) == (Decimal(8), True)


def test_examiners_grade_blind(client):
    attempt, examiner = _essay_attempt()
    client.force_login(examiner)

    queue = client.get("/en/exams/grading/").content.decode()
    form = client.get(f"/en/exams/grading/{attempt.candidate_label}/1/").content.decode()

    for page in (queue, form):
        assert "秘密考生" not in page
        assert "secret.candidate" not in page
    assert attempt.candidate_label in form
    assert "My case study answer" in form


def test_trainees_cannot_grade(client):
    attempt, _examiner = _essay_attempt()
    client.force_login(make_user())

    assert client.get("/exams/grading/").status_code == 403
    assert (
        client.post(f"/exams/grading/{attempt.candidate_label}/1/", {"points": "10"}).status_code
        == 403
    )


def test_results_wait_for_the_release_time(law_questions):
    exam = make_exam(results_release_at=timezone.now() + timedelta(days=1))
    trainee = make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)

    result = submit_attempt(attempt=attempt, user=trainee)

    assert result.status == Attempt.Status.GRADED
    assert result.released_at is None


def test_scheduler_command_closes_expired_attempts(law_questions):
    from io import StringIO

    from django.core.management import call_command

    exam, trainee = make_exam(), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    out = StringIO()

    call_command("close_expired_attempts", stdout=out)

    attempt.refresh_from_db()
    assert attempt.auto_submitted
    assert "Closed 1 expired attempts" in out.getvalue()


def test_passing_the_final_exam_completes_the_enrolment_and_emits_the_domain_event(
    law_questions, django_capture_on_commit_callbacks
):
    from courses.models import Enrolment
    from courses.services import complete_lesson, enrol
    from exams.signals import final_exam_passed
    from tests.courses.builders import build_course, lessons_of

    course, trainee = build_course(), make_user()
    enrolment = enrol(user=trainee, course=course)
    course_lessons = lessons_of(course)
    assert course_lessons
    for lesson in course_lessons:
        complete_lesson(user=trainee, lesson=lesson)
    exam = make_exam(course=course, is_final=True)
    received = []
    final_exam_passed.connect(
        lambda sender, **kwargs: received.append(kwargs), weak=False, dispatch_uid="test"
    )
    try:
        attempt = start_or_resume_attempt(exam=exam, user=trainee)
        _answer_all_correctly(attempt, trainee)
        with django_capture_on_commit_callbacks(execute=True):
            submit_attempt(attempt=attempt, user=trainee)
    finally:
        final_exam_passed.disconnect(dispatch_uid="test")

    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert [event["user"] for event in received] == [trainee]


def test_the_final_exam_cannot_start_before_the_course_rules_are_met(law_questions):
    from courses.services import enrol
    from tests.courses.builders import build_course

    course, trainee = build_course(), make_user()
    enrol(user=trainee, course=course)
    exam = make_exam(course=course, is_final=True)

    with pytest.raises(ExamError, match="course rules"):
        start_or_resume_attempt(exam=exam, user=trainee)


def test_without_javascript_unticking_every_box_clears_a_multiple_choice_answer(client):
    make_question(QuestionType.MULTIPLE, topic="law")
    exam, trainee = make_exam(sections=[(["law"], 1)]), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    save_answer(attempt=attempt, user=trainee, position=1, response=[0])
    client.force_login(trainee)

    client.post(f"/exams/attempts/{attempt.pk}/answers/", {})

    assert attempt.questions.get().response is None


def test_sections_draw_only_from_their_bank():
    for _ in range(2):
        make_question(QuestionType.SINGLE, topic="law")  # auditor bank
    officer_question = save_question(
        code="OFF-T-1",
        bank="officer",
        topic="law",
        difficulty=2,
        question_type=QuestionType.SINGLE,
        content={
            "prompt_zh": "官员题",
            "prompt_en": "Officer question",
            "options": [
                {"zh": "对", "en": "Right", "correct": True},
                {"zh": "错", "en": "Wrong", "correct": False},
            ],
        },
    )
    exam = make_exam(sections=[(["law"], 1)])
    exam.sections.update(bank="officer")

    attempt = start_or_resume_attempt(exam=exam, user=make_user())

    assert attempt.questions.get().version == officer_question.current_version


def test_changing_a_question_without_naming_its_bank_keeps_the_bank():
    question = save_question(
        code="UNI-T-1",
        bank="university",
        topic="cp_concept",
        difficulty=1,
        question_type=QuestionType.TRUE_FALSE,
        content={"prompt_zh": "题", "prompt_en": "Q", "true_false_answer": True},
    )

    save_question(
        code="UNI-T-1",
        topic="cp_concept",
        difficulty=2,
        question_type=QuestionType.TRUE_FALSE,
        content={"prompt_en": "Q2"},
    )

    question.refresh_from_db()
    assert (question.bank, question.difficulty) == ("university", 2)
