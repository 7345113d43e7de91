"""Finding 2 of issue 10: no exam shows the keys of questions a final (certifying) exam can
draw, and a new attempt waits for the earlier result without giving it away."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from exams.models import Attempt, Exam, QuestionType
from exams.selectors import attempt_review, shows_answer_keys
from exams.services import (
    ExamError,
    create_exam,
    grade_essay,
    save_answer,
    start_or_resume_attempt,
    submit_attempt,
)
from tests.exams.builders import (
    exam_form_data,
    examined_exam,
    make_exam,
    make_final_exam,
    make_question,
)
from tests.factories import make_user, use_english_admin

pytestmark = pytest.mark.django_db

FULL = Exam.ReviewPolicy.FULL


def _section(bank="practice", topics=("law",), **fields) -> dict:
    return {
        "title_zh": "部分",
        "title_en": "Part",
        "bank": bank,
        "topics": list(topics),
        "question_count": 1,
        **fields,
    }


def _exam(*, sections, **fields) -> Exam:
    return create_exam(
        title_zh="考试",
        title_en="Exam",
        time_limit_minutes=30,
        sections=sections,
        **fields,
    )


def _admin(client):
    client.force_login(use_english_admin(make_user(is_superuser=True, is_staff=True, mfa=True)))


def _answer_first_option_wrong(attempt, trainee):
    slot = attempt.questions.select_related("version").get()
    wrong = next(i for i, o in enumerate(slot.version.options) if not o["correct"])
    save_answer(attempt=attempt, user=trainee, position=1, response=slot.option_order.index(wrong))
    return submit_attempt(attempt=attempt, user=trainee)


# --- The rule, in the service every programmatic writer uses ----------------------------------


def test_an_exam_showing_keys_cannot_draw_a_final_exams_questions():
    make_final_exam(bank="auditor")  # draws every topic of the auditor bank

    with pytest.raises(ValidationError, match="shows correct answers"):
        _exam(sections=[_section(bank="auditor")], review_policy=FULL)

    assert not Exam.objects.filter(title_en="Exam").exists()


def test_a_final_exam_cannot_show_its_own_keys():
    with pytest.raises(ValidationError, match="final exam cannot show"):
        _exam(sections=[_section()], review_policy=FULL, is_final=True)


def test_an_exam_cannot_become_final_over_questions_another_exam_shows_keys_of():
    _exam(sections=[_section(topics=["law"])], review_policy=FULL)

    with pytest.raises(ValidationError, match="shows in its review"):
        _exam(sections=[_section(topics=["law", "phase_1"])], is_final=True)


def test_exams_drawing_questions_no_final_exam_can_draw_may_show_keys():
    _exam(sections=[_section(topics=["law"])], is_final=True)

    practice = _exam(sections=[_section(topics=["phase_1"])], review_policy=FULL)

    assert shows_answer_keys(exam=practice)


def test_sections_overlap_only_when_bank_topics_types_and_difficulty_all_meet():
    _exam(
        sections=[_section(topics=["law"], question_types=["single"], difficulty=2)],
        is_final=True,
    )

    # Another type or difficulty can never be drawn by the final exam's section.
    _exam(sections=[_section(topics=["law"], question_types=["essay"])], review_policy=FULL)
    _exam(sections=[_section(topics=["law"], difficulty=3)], review_policy=FULL)
    with pytest.raises(ValidationError):
        _exam(sections=[_section(topics=[], difficulty=2)], review_policy=FULL)


# --- The rule in the admin --------------------------------------------------------------------


def test_the_admin_refuses_an_exam_that_would_show_a_final_exams_keys(client):
    make_final_exam(bank="auditor")
    _admin(client)

    response = client.post(
        "/admin/exams/new/", exam_form_data(review_policy="full", **{"sections-0-bank": "auditor"})
    )

    assert response.status_code == 200
    assert "shows correct answers and explanations" in response.content.decode()
    assert not Exam.objects.filter(title_en="CP auditor exam").exists()


def test_the_admin_refuses_turning_full_review_on_for_an_existing_exam(client):
    make_final_exam(bank="auditor")
    exam = _exam(sections=[_section(bank="auditor")], review_policy="responses")
    section = exam.sections.get()
    _admin(client)

    response = client.post(
        f"/admin/exams/edit/{exam.pk}/",
        exam_form_data(
            title_en="Exam",
            review_policy="full",
            **{
                "sections-INITIAL_FORMS": "1",
                "sections-0-id": str(section.pk),
                "sections-0-bank": "auditor",
            },
        ),
    )

    assert response.status_code == 200
    exam.refresh_from_db()
    assert exam.review_policy == "responses"


def test_the_admin_refuses_making_an_exam_final_when_another_shows_its_keys(client):
    _exam(sections=[_section(topics=["law"])], review_policy=FULL)
    _admin(client)

    response = client.post(
        "/admin/exams/new/",
        exam_form_data(is_final="on", **{"sections-0-bank": "practice"}),
    )

    assert response.status_code == 200
    assert not Exam.objects.filter(title_en="CP auditor exam").exists()


def test_the_admin_accepts_full_review_of_practice_questions(client):
    _admin(client)

    response = client.post(
        "/admin/exams/new/", exam_form_data(review_policy="full", **{"sections-0-bank": "practice"})
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    assert Exam.objects.get(title_en="CP auditor exam").review_policy == "full"


# --- The guard at review time -----------------------------------------------------------------


def test_review_never_shows_keys_a_final_exam_can_draw_even_for_an_exam_saved_before_the_rule():
    make_final_exam(bank="auditor")
    make_question(QuestionType.SINGLE, explanation_en="Because.", explanation_zh="因为。")
    # Saved without the rules, as an exam from before them would be: auditor bank, full review.
    exam = make_exam(sections=[(["law"], 1)], review_policy=FULL)
    trainee = make_user()

    attempt = _answer_first_option_wrong(start_or_resume_attempt(exam=exam, user=trainee), trainee)

    (item,) = attempt_review(attempt=attempt)
    assert item.response_text
    assert (item.correct_text, item.explanation) == ("", "")
    assert not shows_answer_keys(exam=exam)


def test_review_hides_the_key_of_a_question_a_final_exam_has_drawn_before_it_moved():
    question = make_question(QuestionType.SINGLE, bank="practice", topic="law")
    final = make_exam(sections=[(["law"], 1)], bank="practice", is_final=True)
    Attempt.objects.create(
        exam=final,
        user=make_user(),
        number=1,
        status="released",
        deadline=timezone.now(),
        max_score=1,
    ).questions.create(section=final.sections.get(), position=1, version=question.current_version)
    final.sections.update(topics=["phase_7"])  # the final exam no longer draws it
    practice = make_exam(sections=[(["law"], 1)], bank="practice", review_policy=FULL)
    trainee = make_user()

    attempt = _answer_first_option_wrong(
        start_or_resume_attempt(exam=practice, user=trainee), trainee
    )

    (item,) = attempt_review(attempt=attempt)
    assert item.correct_text == ""


def test_the_overview_does_not_promise_keys_the_review_will_not_show(client):
    make_final_exam(bank="auditor")
    make_question(QuestionType.SINGLE)
    exam = make_exam(sections=[(["law"], 1)], review_policy=FULL)
    client.force_login(make_user())

    page = client.get(f"/en/exams/{exam.pk}/").content.decode()

    assert "correct answers and explanations" not in page
    assert "Score and the trainee" in page


# The demo's exams against these rules: tests/demo/test_demo_exams.py.


# --- A new attempt waits for the earlier result -----------------------------------------------


def _essay_attempt_awaiting_grading():
    make_question(QuestionType.ESSAY, topic="phase_5")
    trainee = make_user()
    exam, examiner = examined_exam(trainees=[trainee], sections=[(["phase_5"], 1)], max_attempts=3)
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    save_answer(attempt=attempt, user=trainee, position=1, response="My answer")
    return submit_attempt(attempt=attempt, user=trainee), examiner


def test_a_new_attempt_waits_while_the_earlier_one_is_graded_by_an_examiner():
    attempt, _examiner = _essay_attempt_awaiting_grading()

    with pytest.raises(ExamError, match="no released result yet"):
        start_or_resume_attempt(exam=attempt.exam, user=attempt.user)

    assert attempt.exam.attempts.count() == 1


@pytest.mark.parametrize("right", [True, False])
def test_a_held_result_is_not_given_away_by_refusing_or_allowing_a_new_attempt(right):
    make_question(QuestionType.SINGLE, topic="law")
    exam = make_exam(
        sections=[(["law"], 1)],
        max_attempts=3,
        results_release_at=timezone.now() + timedelta(days=3),
    )
    trainee = make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    slot = attempt.questions.select_related("version").get()
    chosen = next(i for i, o in enumerate(slot.version.options) if o["correct"] is right)
    save_answer(attempt=attempt, user=trainee, position=1, response=slot.option_order.index(chosen))
    assert submit_attempt(attempt=attempt, user=trainee).status == Attempt.Status.GRADED

    with pytest.raises(ExamError) as refused:
        start_or_resume_attempt(exam=exam, user=trainee)

    assert refused.value.messages == [
        "Your previous attempt has no released result yet. You can start another attempt "
        "once it is released."
    ]


def test_once_released_the_next_attempt_may_start():
    attempt, examiner = _essay_attempt_awaiting_grading()
    grade_essay(examiner=examiner, slot=attempt.questions.get(), points=0)

    again = start_or_resume_attempt(exam=attempt.exam, user=attempt.user)

    assert again.number == 2


def test_the_overview_offers_no_start_button_while_a_result_is_pending(client):
    attempt, _examiner = _essay_attempt_awaiting_grading()
    client.force_login(attempt.user)

    page = client.get(f"/en/exams/{attempt.exam.pk}/").content.decode()

    assert "no released result yet" in page
    assert f"/exams/{attempt.exam.pk}/start/" not in page
