"""The attempt page and the answer save make the same few queries however long the exam is:
on exam day every examinee reloads the page and saves an answer every 20 seconds."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exams.models import QuestionType
from exams.services import start_or_resume_attempt
from tests.exams.builders import make_exam, make_question
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def _open_attempt(client, *, questions: int):
    for kind in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE):
        for _ in range(questions):
            make_question(kind, topic="law")
    exam, trainee = make_exam(sections=[(["law"], questions * 3)]), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    client.force_login(trainee)
    return attempt


def _page_queries(client, attempt) -> int:
    url = f"/en/exams/attempts/{attempt.pk}/"
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def _save_queries(client, attempt) -> list[str]:
    with CaptureQueriesContext(connection) as context:
        response = client.post(
            f"/exams/attempts/{attempt.pk}/answers/",
            data=json.dumps({"position": 1, "response": None}),
            content_type="application/json",
        )
    assert response.json()["saved"] is True
    return [query["sql"] for query in context.captured_queries]


def test_attempt_page_queries_do_not_grow_with_questions(client):
    short = _open_attempt(client, questions=1)
    few = _page_queries(client, short)

    long = _open_attempt(client, questions=6)

    assert _page_queries(client, long) == few


def test_attempt_page_reads_the_session_user_attempt_and_its_questions_only(client):
    attempt = _open_attempt(client, questions=2)

    assert _page_queries(client, attempt) <= 4


def test_a_save_reads_the_attempt_and_one_question_and_writes_one_answer(client):
    attempt = _open_attempt(client, questions=6)
    _save_queries(client, attempt)

    queries = _save_queries(client, attempt)

    # Session, user, the question with its attempt under the attempt's row lock, its update,
    # the audit event (plus the transaction's own statements on some databases).
    statements = [
        sql for sql in queries if not sql.startswith(("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE"))
    ]
    assert len(statements) <= 5
    assert sum(sql.startswith("SELECT") and '"exams_attempt"' in sql for sql in queries) == 1
    assert not any("exams_questionversion" in sql and "IN (" in sql for sql in queries)
    assert not any("django_session" in sql and sql.startswith("UPDATE") for sql in queries)
    assert sum(sql.startswith("UPDATE") for sql in queries) == 1


def test_a_save_makes_the_same_queries_in_a_long_exam(client):
    short = _open_attempt(client, questions=1)
    _save_queries(client, short)
    few = len(_save_queries(client, short))

    long = _open_attempt(client, questions=6)
    _save_queries(client, long)

    assert len(_save_queries(client, long)) == few


def test_the_page_ticks_the_saved_options_in_display_order(client):
    make_question(QuestionType.SINGLE, topic="law")
    make_question(QuestionType.MULTIPLE, topic="law")
    exam, trainee = make_exam(sections=[(["law"], 2)]), make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    client.force_login(trainee)
    single = attempt.questions.get(version__question__question_type=QuestionType.SINGLE)
    multiple = attempt.questions.get(version__question__question_type=QuestionType.MULTIPLE)
    for slot, response in ((single, 2), (multiple, [0, 3])):
        client.post(
            f"/exams/attempts/{attempt.pk}/answers/",
            data=json.dumps({"position": slot.position, "response": response}),
            content_type="application/json",
        )

    page = client.get(f"/en/exams/attempts/{attempt.pk}/").content.decode()

    def ticked(position: int) -> list[str]:
        return [
            value
            for value in range(4)
            if f'id="q{position}-{value}"' in page
            and "checked" in page.split(f'id="q{position}-{value}"', 1)[1].split(">", 1)[0]
        ]

    assert ticked(single.position) == [2]
    assert ticked(multiple.position) == [0, 3]


def test_the_attempt_page_does_not_even_read_answer_keys_or_rubrics(client):
    attempt = _open_attempt(client, questions=2)
    url = f"/en/exams/attempts/{attempt.pk}/"

    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200

    sql = " ".join(query["sql"] for query in context.captured_queries)
    for column in ("accepted_answers", "explanation_zh", "rubric_en", "numeric_answer"):
        assert column not in sql


def _start_and_submit_queries(client, *, questions: int) -> tuple[int, int]:
    for kind in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE):
        for _ in range(questions):
            make_question(kind, topic="law")
    exam, trainee = make_exam(sections=[(["law"], questions * 3)]), make_user()
    client.force_login(trainee)
    client.get("/en/")  # the session is read and the user loaded as on any later request
    with CaptureQueriesContext(connection) as start:
        response = client.post(f"/exams/{exam.pk}/start/")
    assert response.status_code == 302
    attempt_url = response["Location"]
    with CaptureQueriesContext(connection) as submit:
        response = client.post(f"{attempt_url}submit/")
    assert response["Location"].endswith("/result/")
    return len(start.captured_queries), len(submit.captured_queries)


def test_starting_and_submitting_make_the_same_queries_in_a_long_exam(client):
    short = _start_and_submit_queries(client, questions=1)

    long = _start_and_submit_queries(client, questions=6)

    assert long == short
