from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.roles import Role
from exams.forms import QuestionAdminForm
from exams.models import (
    Attempt,
    AttemptQuestion,
    Exam,
    ExamSection,
    Question,
    QuestionType,
    QuestionVersion,
)
from exams.services import save_question
from tests.exams.builders import exam_form_data, examined_exam
from tests.factories import make_user, use_english_admin

pytestmark = pytest.mark.django_db


def form_data(**overrides) -> dict:
    data = {
        "code": "QB-TEST-001",
        "topic": "law",
        "difficulty": "2",
        "question_type": "single",
        "prompt_zh": "哪部法律规定了清洁生产审核?",
        "prompt_en": "Which law sets out cleaner production audits?",
        "explanation_zh": "",
        "explanation_en": "",
        "points": "1",
        "options": "* 清洁生产促进法 || Cleaner Production Promotion Law\n"
        "环境保护税法 || Environmental Protection Tax Law",
        "partial_credit": "all_or_nothing",
        "true_false_answer": "",
        "numeric_answer": "",
        "numeric_tolerance": "0",
        "tolerance_type": "absolute",
        "unit": "none",
        "accepted_zh": "",
        "accepted_en": "",
        "rubric_zh": "",
        "rubric_en": "",
    }
    data.update(overrides)
    return data


def save_via_form(data: dict, instance: Question | None = None) -> Question:
    form = QuestionAdminForm(data=data, instance=instance)
    assert form.is_valid(), form.errors
    return form.save()


def draw(version: QuestionVersion) -> AttemptQuestion:
    """Pin ``version`` to a minimal attempt, as starting an exam would."""
    exam = Exam.objects.create(title_zh="测验", title_en="Quiz", time_limit_minutes=30)
    section = ExamSection.objects.create(
        exam=exam, title_zh="第一部分", title_en="Part 1", question_count=1
    )
    attempt = Attempt.objects.create(
        exam=exam,
        user=make_user(),
        number=1,
        status=Attempt.Status.IN_PROGRESS,
        deadline=timezone.now() + timedelta(minutes=30),
        max_score=version.points,
    )
    return AttemptQuestion.objects.create(
        attempt=attempt, section=section, position=1, version=version
    )


def test_creating_a_question_in_the_admin_form_makes_version_1():
    question = save_via_form(form_data())

    version = question.current_version
    assert version.number == 1
    assert question.versions.count() == 1
    assert version.options == [
        {"zh": "清洁生产促进法", "en": "Cleaner Production Promotion Law", "correct": True},
        {"zh": "环境保护税法", "en": "Environmental Protection Tax Law", "correct": False},
    ]


def test_editing_an_undrawn_question_changes_version_1_in_place():
    question = save_via_form(form_data())

    edited = save_via_form(
        form_data(prompt_en="Which law requires CP audits?", difficulty="3"), instance=question
    )

    assert edited.versions.count() == 1
    assert edited.current_version.number == 1
    assert edited.current_version.prompt_en == "Which law requires CP audits?"
    assert edited.difficulty == 3


def test_editing_a_drawn_question_makes_version_2_and_the_attempt_keeps_version_1():
    question = save_via_form(form_data())
    slot = draw(question.current_version)

    edited = save_via_form(form_data(prompt_en="Reworded question"), instance=question)

    slot.refresh_from_db()
    assert edited.current_version.number == 2
    assert edited.current_version.prompt_en == "Reworded question"
    assert slot.version.number == 1
    assert slot.version.prompt_en == "Which law sets out cleaner production audits?"


def test_edit_form_says_that_saving_will_make_a_new_version_once_drawn():
    question = save_via_form(form_data())
    draw(question.current_version)

    form = QuestionAdminForm(instance=Question.objects.get(pk=question.pk))

    assert "will create version 2" in form.version_note
    assert form.initial["options"].startswith("* 清洁生产促进法 || ")


def test_edit_form_cannot_change_the_code_or_type():
    question = save_via_form(form_data())

    form = QuestionAdminForm(
        data=form_data(code="OTHER-CODE", question_type="multiple"), instance=question
    )

    assert form.is_valid(), form.errors
    saved = form.save()
    assert saved.pk == question.pk
    assert saved.code == "QB-TEST-001"
    assert saved.question_type == QuestionType.SINGLE


def test_retiring_a_question_in_the_form_keeps_its_version():
    question = save_via_form(form_data())

    retired = save_via_form(form_data(retired="on"), instance=question)

    assert retired.retired is True
    assert retired.versions.count() == 1


@pytest.mark.parametrize(
    ("overrides", "field", "fragment"),
    [
        ({"options": "* 只有一个 || Only one"}, "options", "at least two options"),
        ({"options": "* 甲 || A\n* 乙 || B"}, "options", "exactly one option"),
        ({"options": "甲 || A\n乙 || B"}, "options", "exactly one option"),
        ({"options": "甲 A\n* 乙 || B"}, "options", "Line 1"),
        ({"question_type": "multiple", "options": "甲 || A\n乙 || B"}, "options", "at least one"),
        ({"question_type": "true_false"}, "true_false_answer", "true or false"),
        ({"question_type": "numeric"}, "numeric_answer", "needs its answer"),
        ({"question_type": "short_text", "accepted_zh": "清洁生产"}, "accepted_en", "English"),
        ({"question_type": "short_text", "accepted_en": "cleaner"}, "accepted_zh", "Chinese"),
        ({"question_type": "essay", "rubric_zh": "要点"}, "rubric_en", "rubric in English"),
        ({"question_type": "essay", "rubric_en": "Key points"}, "rubric_zh", "rubric in Chinese"),
        ({"code": "HAS SPACE"}, "code", "spaces"),
    ],
)
def test_form_reports_what_each_question_type_needs(overrides, field, fragment):
    form = QuestionAdminForm(data=form_data(**overrides))

    assert not form.is_valid()
    assert fragment in " ".join(form.errors[field])


@pytest.mark.parametrize(
    ("kind", "fields", "field", "expected"),
    [
        (
            "multiple",
            {"options": "* 甲 || A\n* 乙 || B\n丙 || C", "partial_credit": "proportional"},
            "partial_credit",
            "proportional",
        ),
        ("true_false", {"true_false_answer": "false"}, "true_false_answer", False),
        ("numeric", {"numeric_answer": "12.5", "unit": "percent"}, "numeric_answer", 12.5),
        (
            "short_text",
            {"accepted_zh": "清洁生产\n\n清洁 生产", "accepted_en": "cleaner production"},
            "accepted_answers",
            {"zh": ["清洁生产", "清洁 生产"], "en": ["cleaner production"]},
        ),
        ("essay", {"rubric_zh": "三个要点", "rubric_en": "Key points"}, "rubric_en", "Key points"),
    ],
)
def test_form_saves_the_key_of_each_type(kind, fields, field, expected):
    data = form_data(code=f"QB-TYPE-{kind}", question_type=kind)
    data.update({"options": "", **fields})

    question = save_via_form(data)

    assert getattr(question.current_version, field) == expected


def test_form_drops_fields_that_do_not_belong_to_the_type():
    question = save_via_form(form_data(question_type="essay", rubric_zh="要点", rubric_en="Points"))

    assert question.current_version.options == []


def test_duplicate_code_is_refused_by_the_form():
    save_via_form(form_data())

    form = QuestionAdminForm(data=form_data())

    assert not form.is_valid()
    assert "code" in form.errors


# --- The admin --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.EDITOR, Role.INSTRUCTOR])
def test_editors_and_examiners_with_mfa_open_the_question_bank(client, role):
    client.force_login(make_user(role=role, mfa=True))

    assert client.get("/admin/exams/questions/").status_code == 200
    assert client.get("/admin/exams/questions/new/").status_code == 200


def test_trainee_cannot_open_the_question_bank(client):
    client.force_login(make_user())

    assert client.get("/admin/exams/questions/").status_code in (302, 403)


def test_question_bank_search_and_filters_work(client):
    save_via_form(form_data(code="QB-FIND-ME"))
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    found = client.get("/admin/exams/questions/", {"q": "FIND-ME", "topic": "law"})

    assert found.status_code == 200
    assert "QB-FIND-ME" in found.content.decode()


def test_creating_a_question_through_the_admin_runs_the_service(client):
    client.force_login(make_user(role=Role.INSTRUCTOR, mfa=True))

    response = client.post("/admin/exams/questions/new/", form_data(code="QB-ADMIN-1"))

    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get(code="QB-ADMIN-1")
    assert question.current_version.number == 1


def test_editing_a_drawn_question_through_the_admin_makes_a_new_version(client):
    question = save_via_form(form_data(code="QB-ADMIN-2"))
    slot = draw(question.current_version)
    client.force_login(use_english_admin(make_user(role=Role.EDITOR, mfa=True)))

    page = client.get(f"/admin/exams/questions/edit/{question.pk}/")
    response = client.post(
        f"/admin/exams/questions/edit/{question.pk}/",
        form_data(code="QB-ADMIN-2", prompt_zh="改写后的题目"),
    )

    assert "will create version 2" in page.content.decode()
    assert response.status_code == 302, response.content.decode()[:3000]
    question.refresh_from_db()
    slot.refresh_from_db()
    assert question.current_version.number == 2
    assert question.current_version.prompt_zh == "改写后的题目"
    assert slot.version.number == 1


def test_admin_form_errors_are_shown_and_nothing_is_saved(client):
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    response = client.post(
        "/admin/exams/questions/new/",
        form_data(code="QB-ADMIN-3", question_type="numeric", options=""),
    )

    assert response.status_code == 200
    assert not Question.objects.filter(code="QB-ADMIN-3").exists()


def test_questions_cannot_be_deleted_even_by_a_superuser(client):
    question = save_via_form(form_data(code="QB-ADMIN-4"))
    client.force_login(make_user(is_superuser=True, is_staff=True, mfa=True))

    response = client.post(f"/admin/exams/questions/delete/{question.pk}/")

    assert response.status_code in (302, 403)
    assert Question.objects.filter(pk=question.pk).exists()


def test_examiner_creates_an_exam_with_sections_in_the_admin(client):
    # Instructors set exams for a course in which they teach a cohort.
    exam, instructor = examined_exam()
    client.force_login(instructor)
    assert client.get("/admin/exams/new/").status_code == 200

    response = client.post("/admin/exams/new/", exam_form_data(course=exam.course_id))

    assert response.status_code == 302, response.content.decode()[:3000]
    exam = Exam.objects.get(title_en="CP auditor exam")
    section = exam.sections.get()
    assert section.topics == ["law", "compulsory"]
    assert section.question_types == ["single", "true_false"]
    assert exam.question_count == 10


def test_exam_section_with_no_topic_ticked_draws_from_any_topic(client):
    client.force_login(make_user(is_superuser=True, is_staff=True, mfa=True))

    response = client.post("/admin/exams/new/", exam_form_data(**{"sections-0-topics": []}))

    assert response.status_code == 302, response.content.decode()[:3000]
    assert Exam.objects.get(title_en="CP auditor exam").sections.get().topics == []


def test_trainee_cannot_open_the_exam_admin(client):
    client.force_login(make_user())

    assert client.get("/admin/exams/").status_code in (302, 403)


def test_editor_without_exam_permissions_cannot_edit_exams(client):
    client.force_login(make_user(role=Role.EDITOR, mfa=True))

    assert client.get("/admin/exams/new/").status_code in (302, 403)


def test_service_question_shows_its_key_in_the_edit_form(client):
    question = save_question(
        code="QB-SVC-1",
        topic="law",
        difficulty=1,
        question_type=QuestionType.NUMERIC,
        content={
            "prompt_zh": "审核周期几年?",
            "prompt_en": "How many years between audits?",
            "numeric_answer": Decimal(5),
            "unit": "year",
        },
    )

    form = QuestionAdminForm(instance=question)

    assert form.initial["numeric_answer"] == Decimal(5)
    assert form.initial["unit"] == "year"
    assert "changes it in place" in form.version_note
