"""The attempt page keeps each question rendered (exams.fragments) and fills in, per request,
what is the attempt's and the examinee's own. What is kept must never be stale and never carry
one examinee's answers to another."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exams import fragments
from exams.models import ExamSection, QuestionType, QuestionVersion
from exams.services import save_answer, start_or_resume_attempt
from tests.exams.builders import make_exam, make_question
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nothing_kept_from_other_tests():
    # Ids repeat between tests (each rolls back); the kept questions are keyed by content, so
    # this only makes every test start from an empty store.
    fragments.fragment.cache_clear()
    yield
    fragments.fragment.cache_clear()


def _page(client, attempt, language="en") -> str:
    prefix = "/en" if language == "en" else ""
    response = client.get(f"{prefix}/exams/attempts/{attempt.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def _one_question_attempt(kind, trainee=None, **question_fields):
    make_question(kind, topic="law", **question_fields)
    exam = make_exam(sections=[(["law"], 1)])
    trainee = trainee or make_user()
    return exam, trainee, start_or_resume_attempt(exam=exam, user=trainee)


def _save(client, attempt, position, response):
    answer = client.post(
        f"/exams/attempts/{attempt.pk}/answers/",
        data=json.dumps({"position": position, "response": response}),
        content_type="application/json",
    )
    assert answer.json()["saved"] is True


def _input_tag(page: str, element_id: str) -> str:
    return re.search(rf'<input[^>]*id="{element_id}"[^>]*>', page).group(0)


def test_a_reworded_version_shows_on_the_next_request(client):
    _exam, trainee, attempt = _one_question_attempt(QuestionType.SINGLE)
    client.force_login(trainee)
    assert "Original wording" not in _page(client, attempt)
    version = attempt.questions.get().version
    QuestionVersion.objects.filter(pk=version.pk).update(prompt_en="Original wording")
    assert "Original wording" in _page(client, attempt)

    QuestionVersion.objects.filter(pk=version.pk).update(prompt_en="Reworded since")
    page = _page(client, attempt)

    assert "Reworded since" in page
    assert "Original wording" not in page


def test_an_edited_option_and_a_renamed_section_show_on_the_next_request(client):
    _exam, trainee, attempt = _one_question_attempt(QuestionType.SINGLE)
    client.force_login(trainee)
    slot = attempt.questions.get()
    _page(client, attempt)

    options = slot.version.options
    options[2] = {**options[2], "en": "A corrected option"}
    QuestionVersion.objects.filter(pk=slot.version_id).update(options=options)
    ExamSection.objects.filter(pk=slot.section_id).update(title_en="A renamed part")
    page = _page(client, attempt)

    assert "A corrected option" in page and "Option 2" not in page
    assert "A renamed part" in page


def test_a_renamed_exam_shows_in_the_attempt_header_on_the_next_request(client):
    exam, trainee, attempt = _one_question_attempt(QuestionType.SINGLE)
    client.force_login(trainee)
    assert exam.title_en in _page(client, attempt)  # the header is kept now

    exam.title_en = "Renamed examination"
    exam.save()

    assert "Renamed examination" in _page(client, attempt)


def test_the_scripts_texts_are_in_the_pages_language(client):
    _exam, trainee, attempt = _one_question_attempt(QuestionType.SINGLE)
    client.force_login(trainee)

    english, chinese = _page(client, attempt, "en"), _page(client, attempt, "zh-hans")

    assert 'data-text-saved="All answers saved"' in english
    assert 'data-text-saved="All answers saved"' not in chinese


def test_a_kept_attempt_page_reads_only_the_saved_answers_of_its_questions(client):
    _exam, trainee, attempt = _one_question_attempt(QuestionType.SINGLE)
    client.force_login(trainee)
    _page(client, attempt)  # what the questions show is kept now

    with CaptureQueriesContext(connection) as context:
        page = _page(client, attempt)

    assert 'data-question="1"' in page
    tables_read = " ".join(query["sql"] for query in context.captured_queries)
    assert "exams_questionversion" not in tables_read
    assert "exams_examsection" not in tables_read
    assert '"exams_exam"' not in tables_read  # the exam's row is kept too


def test_an_exam_renamed_by_a_bulk_update_shows_on_the_next_request(client):
    from exams.models import Exam

    exam, trainee, attempt = _one_question_attempt(QuestionType.SINGLE)
    client.force_login(trainee)
    _page(client, attempt)  # the exam's row is kept now

    Exam.objects.filter(pk=exam.pk).update(title_en="Renamed in bulk")

    assert "Renamed in bulk" in _page(client, attempt)


def test_each_language_shows_its_own_wording(client):
    _exam, trainee, attempt = _one_question_attempt(QuestionType.SINGLE)
    client.force_login(trainee)
    code = attempt.questions.get().version.question.code

    english, chinese = _page(client, attempt, "en"), _page(client, attempt, "zh")

    assert f"Question {code}" in english and f"题目 {code}" not in english
    assert f"题目 {code}" in chinese and f"Question {code}" not in chinese


def test_another_examinee_with_the_same_question_sees_none_of_the_first_ones_answers(client):
    make_question(QuestionType.SHORT_TEXT, topic="law")
    make_question(QuestionType.TRUE_FALSE, topic="law")
    exam = make_exam(sections=[(["law"], 2)], shuffle_questions=False)
    first, second = make_user(), make_user()
    first_attempt = start_or_resume_attempt(exam=exam, user=first)
    second_attempt = start_or_resume_attempt(exam=exam, user=second)
    text = first_attempt.questions.get(version__question__question_type=QuestionType.SHORT_TEXT)
    true_false = first_attempt.questions.exclude(pk=text.pk).get()
    save_answer(attempt=first_attempt, user=first, position=text.position, response="First's")
    save_answer(attempt=first_attempt, user=first, position=true_false.position, response=True)
    client.force_login(first)
    first_page = _page(client, first_attempt)

    client.force_login(second)
    second_page = _page(client, second_attempt)

    assert "First&#x27;s" in first_page
    assert "checked" in _input_tag(first_page, f"q{true_false.position}-true")
    assert "First" not in second_page
    assert "checked" not in second_page


def test_saved_answers_of_every_kind_show_after_a_reload(client):
    for kind in (QuestionType.TRUE_FALSE, QuestionType.NUMERIC, QuestionType.SHORT_TEXT):
        make_question(kind, topic="law")
    make_question(QuestionType.ESSAY, topic="law")
    exam = make_exam(sections=[(["law"], 4)])
    trainee = make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    client.force_login(trainee)
    position = {
        slot.version.question.question_type: slot.position
        for slot in attempt.questions.select_related("version__question")
    }
    _save(client, attempt, position[QuestionType.TRUE_FALSE], False)
    _save(client, attempt, position[QuestionType.NUMERIC], {"value": "36", "unit": "月"})
    _save(client, attempt, position[QuestionType.SHORT_TEXT], 'pre-assessment "<b>"')
    _save(client, attempt, position[QuestionType.ESSAY], "My essay & more")

    page = _page(client, attempt)

    true_false = position[QuestionType.TRUE_FALSE]
    assert "checked" in _input_tag(page, f"q{true_false}-false")
    assert "checked" not in _input_tag(page, f"q{true_false}-true")
    numeric = position[QuestionType.NUMERIC]
    assert 'value="36"' in _input_tag(page, f"q{numeric}-value")
    assert 'value="月"' in _input_tag(page, f"q{numeric}-unit")
    short_text = position[QuestionType.SHORT_TEXT]
    assert 'value="pre-assessment &quot;&lt;b&gt;&quot;"' in _input_tag(page, f"q{short_text}-text")
    assert ">My essay &amp; more</textarea>" in page


def test_every_question_keeps_its_own_position_and_option_order(client):
    for _ in range(3):
        make_question(QuestionType.MULTIPLE, topic="law")
    exam = make_exam(sections=[(["law"], 3)])
    trainee = make_user()
    attempt = start_or_resume_attempt(exam=exam, user=trainee)
    client.force_login(trainee)

    page = _page(client, attempt)

    for slot in attempt.questions.select_related("version"):
        shown = re.findall(rf'<input type="checkbox"\s+id="q{slot.position}-(\d+)"', page)
        labels = re.findall(rf'<label for="q{slot.position}-\d+">([^<]+)</label>', page)
        assert shown == [str(index) for index in range(len(slot.option_order))]
        assert labels == [slot.version.options[index]["en"] for index in slot.option_order]


def test_text_in_a_question_is_escaped(client):
    _exam, trainee, attempt = _one_question_attempt(
        QuestionType.SHORT_TEXT, prompt_en="<script>alert(1)</script>"
    )
    client.force_login(trainee)

    page = _page(client, attempt)

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page


def test_text_in_a_question_cannot_fill_a_slot(client):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL refuses NUL in text: no question can hold a slot's name")
    _exam, trainee, attempt = _one_question_attempt(
        QuestionType.SHORT_TEXT, prompt_en="Position \x00number\x00"
    )
    client.force_login(trainee)

    page = _page(client, attempt)

    assert "\x00" not in page
    assert "Position \ufffdnumber\ufffd" in page


def _save_response(client, attempt_id, position, response):
    return client.post(
        f"/en/exams/attempts/{attempt_id}/answers/",
        data=json.dumps({"position": position, "response": response}),
        content_type="application/json",
    )


def test_a_save_after_the_submit_is_refused_and_says_the_attempt_is_closed(client):
    _exam, trainee, attempt = _one_question_attempt(QuestionType.TRUE_FALSE)
    client.force_login(trainee)
    client.post(f"/exams/attempts/{attempt.pk}/submit/")

    answer = _save_response(client, attempt.pk, 1, True)

    assert answer.status_code == 409
    assert answer.json()["saved"] is False and answer.json()["open"] is False
    assert attempt.questions.get().response is None


def test_a_save_to_a_question_the_attempt_does_not_have_is_refused_and_it_stays_open(client):
    _exam, trainee, attempt = _one_question_attempt(QuestionType.TRUE_FALSE)
    client.force_login(trainee)

    answer = _save_response(client, attempt.pk, 2, True)

    assert answer.status_code == 409
    assert answer.json()["saved"] is False and answer.json()["open"] is True


def test_a_save_to_an_attempt_that_does_not_exist_is_a_404(client):
    _exam, trainee, attempt = _one_question_attempt(QuestionType.TRUE_FALSE)
    client.force_login(trainee)

    assert _save_response(client, attempt.pk + 1000, 1, True).status_code == 404
    assert client.post(f"/exams/attempts/{attempt.pk + 1000}/submit/").status_code == 404
