import csv
import io
from decimal import Decimal

import pytest

from exams.models import Exam, QuestionType
from exams.selectors import attempt_review, item_statistics, section_scores
from exams.services import save_answer, start_or_resume_attempt, submit_attempt
from tests.exams.builders import examined_exam, make_exam, make_question
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def _take(exam, *, right: bool, user=None):
    user = user or make_user()
    attempt = start_or_resume_attempt(exam=exam, user=user)
    slot = attempt.questions.select_related("version").get()
    correct = next(i for i, o in enumerate(slot.version.options) if o["correct"])
    wrong = next(i for i, o in enumerate(slot.version.options) if not o["correct"])
    save_answer(
        attempt=attempt,
        user=user,
        position=1,
        response=slot.option_order.index(correct if right else wrong),
    )
    return submit_attempt(attempt=attempt, user=user)


def test_item_statistics_report_facility_discrimination_and_option_counts():
    make_question(QuestionType.SINGLE)
    exam = make_exam(sections=[(["law"], 1)])
    for right in (True, True, True, False):
        _take(exam, right=right)

    (item,) = item_statistics(exam=exam, user=make_user(is_superuser=True))

    assert item.responses == 4
    assert item.facility == 0.75
    assert item.discrimination == 1.0
    counts = {text: count for text, count, _correct in item.option_counts}
    assert counts["Option 0"] == 3
    assert sum(counts.values()) == 4


def test_section_scores_add_up_per_section():
    make_question(QuestionType.SINGLE, topic="law")
    make_question(QuestionType.SINGLE, topic="phase_1")
    exam = make_exam(sections=[(["law"], 1), (["phase_1"], 1)], shuffle_questions=False)
    trainee = make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    first = attempt.questions.select_related("version").get(position=1)
    correct = next(i for i, o in enumerate(first.version.options) if o["correct"])
    save_answer(
        attempt=attempt, user=trainee, position=1, response=first.option_order.index(correct)
    )
    attempt = submit_attempt(attempt=attempt, user=trainee)

    scores = [(s.score, s.max_score) for s in section_scores(attempt=attempt)]

    assert scores == [(Decimal(1), Decimal(1)), (Decimal(0), Decimal(1))]


def test_score_only_policy_shows_no_review():
    make_question(QuestionType.SINGLE)
    exam = make_exam(sections=[(["law"], 1)], review_policy=Exam.ReviewPolicy.SCORE_ONLY)

    assert attempt_review(attempt=_take(exam, right=False)) == []


def test_full_review_shows_the_key_only_once_released():
    # Practice questions: no final exam draws them, so their keys may be shown.
    make_question(
        QuestionType.SINGLE, bank="practice", explanation_en="Because.", explanation_zh="因为。"
    )
    exam = make_exam(sections=[(["law"], 1)], bank="practice", review_policy=Exam.ReviewPolicy.FULL)

    (item,) = attempt_review(attempt=_take(exam, right=False))

    assert item.correct_text == "Option 0"
    assert item.explanation == "Because."
    assert item.points_awarded == Decimal(0)


def test_responses_policy_shows_answers_but_not_the_key():
    make_question(QuestionType.SINGLE, explanation_zh="因为。")
    exam = make_exam(sections=[(["law"], 1)], review_policy=Exam.ReviewPolicy.RESPONSES)

    (item,) = attempt_review(attempt=_take(exam, right=False))

    assert item.response_text
    assert (item.correct_text, item.explanation) == ("", "")


def test_examiners_export_results_as_csv(client):
    make_question(QuestionType.SINGLE)
    trainee = make_user(full_name="=cmd", email="a@example.org")
    exam, instructor = examined_exam(trainees=[trainee], sections=[(["law"], 1)])
    _take(exam, right=True, user=trainee)
    client.force_login(instructor)

    response = client.get(f"/en/exams/{exam.pk}/results.csv")

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Name"
    assert rows[1][0] == "'=cmd"
    assert rows[1][7:] == ["1.00", "1.00", "100.0", "yes"]


def test_trainees_cannot_see_all_attempts_or_statistics(client):
    exam = make_exam()
    client.force_login(make_user())

    for url in (
        f"/exams/{exam.pk}/attempts/",
        f"/exams/{exam.pk}/statistics/",
        f"/exams/{exam.pk}/results.csv",
    ):
        assert client.get(url).status_code == 403, url
