"""Finding 4 of issue 10: nothing in the grading queue can be matched with the named attempts
list or the results CSV until the result is released."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from exams.models import Attempt, QuestionType
from exams.services import grade_essay, save_answer, start_or_resume_attempt, submit_attempt
from tests.exams.builders import examined_exam, make_question
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LABEL = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


@pytest.fixture
def submitted():
    """Two trainees' essay attempts waiting for their instructor."""
    make_question(QuestionType.ESSAY, topic="phase_5")
    trainees = [make_user(full_name="考生甲"), make_user(full_name="考生乙")]
    exam, instructor = examined_exam(trainees=trainees, sections=[(["phase_5"], 1)])
    attempts = []
    for trainee in trainees:
        attempt = start_or_resume_attempt(exam=exam, user=trainee)
        save_answer(attempt=attempt, user=trainee, position=1, response="An answer")
        attempts.append(submit_attempt(attempt=attempt, user=trainee))
    return {"exam": exam, "instructor": instructor, "attempts": attempts}


def _times(attempt: Attempt) -> list[str]:
    """Every way an exact time of ``attempt`` could be written on a page."""
    found = []
    for moment in (attempt.started_at, attempt.submitted_at):
        local = timezone.localtime(moment)
        found += [moment.isoformat(), local.isoformat(), local.strftime("%H:%M")]
    return found


def test_each_attempt_has_a_random_label_unrelated_to_its_id(submitted):
    first, second = submitted["attempts"]

    assert LABEL.match(first.candidate_label) and LABEL.match(second.candidate_label)
    assert first.candidate_label != second.candidate_label
    for attempt in (first, second):
        # The old label was the zero-padded id (C-000123).
        assert f"{attempt.pk:06d}" not in attempt.candidate_label.replace("-", "")


def test_the_queue_shows_labels_and_only_the_day_of_submission(client, submitted):
    client.force_login(submitted["instructor"])

    page = client.get("/en/exams/grading/").content.decode()

    assert submitted["attempts"]
    for attempt in submitted["attempts"]:
        assert attempt.candidate_label in page
        assert timezone.localtime(attempt.submitted_at).date().isoformat() in page
        for written in _times(attempt):
            assert written not in page
        slot = attempt.questions.get()
        assert f"/grading/{slot.pk}/" not in page
    assert "考生甲" not in page


def test_grading_urls_use_the_label_not_the_answers_id(client, submitted):
    attempt = submitted["attempts"][0]
    client.force_login(submitted["instructor"])

    by_label = client.get(f"/en/exams/grading/{attempt.candidate_label}/1/")
    by_id = client.get(f"/en/exams/grading/{attempt.questions.get().pk}/")

    assert by_label.status_code == 200
    assert by_id.status_code == 404


def test_the_named_list_shows_nothing_joinable_before_release(client, submitted):
    client.force_login(submitted["instructor"])

    page = client.get(f"/en/exams/{submitted['exam'].pk}/attempts/").content.decode()

    assert "考生甲" in page and "考生乙" in page
    assert submitted["attempts"]
    for attempt in submitted["attempts"]:
        assert attempt.candidate_label not in page
        for written in _times(attempt):
            assert written not in page
        assert f"/grading/{attempt.candidate_label}" not in page
    assert "Awaiting grading" not in page


def test_the_results_csv_shows_nothing_joinable_before_release(client, submitted):
    client.force_login(submitted["instructor"])

    content = client.get(f"/en/exams/{submitted['exam'].pk}/results.csv").content.decode(
        "utf-8-sig"
    )

    assert submitted["attempts"]
    for attempt in submitted["attempts"]:
        assert attempt.candidate_label not in content
        for written in _times(attempt):
            assert written not in content
    rows = list(csv.reader(io.StringIO(content)))
    assert {row[3] for row in rows[1:]} == {"Not released yet"}


def test_after_release_names_and_labels_can_be_joined(client, submitted):
    released, held = submitted["attempts"]
    grade_essay(examiner=submitted["instructor"], slot=released.questions.get(), points=Decimal(9))
    client.force_login(submitted["instructor"])

    page = client.get(f"/en/exams/{submitted['exam'].pk}/attempts/").content.decode()
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(f"/en/exams/{submitted['exam'].pk}/results.csv").content.decode(
                    "utf-8-sig"
                )
            )
        )
    )

    assert released.candidate_label in page
    assert held.candidate_label not in page
    by_email = {row[1]: row for row in rows[1:]}
    assert by_email[released.user.email][4] == released.candidate_label
    assert by_email[released.user.email][6] != ""
    assert by_email[held.user.email][4] == ""
