"""The demo exams and question bank: the shipped bank files, loaded, and exams that keep to
the blueprint rules."""

import pytest

from demo.loaders.courses import REFRESHER_COURSE_SLUG
from exams.exporters import export_question_bank
from exams.importers import QUESTION_BANK_DIR, question_bank_files
from exams.models import Exam, Question
from exams.selectors import shows_answer_keys

pytestmark = pytest.mark.django_db


def test_the_demo_refresher_assessment_does_not_show_answer_keys():
    refresher = Exam.objects.get(
        course__slug=REFRESHER_COURSE_SLUG, course__locale__language_code="zh-hans"
    )

    assert refresher.review_policy != Exam.ReviewPolicy.FULL
    assert not shows_answer_keys(exam=refresher)


def test_every_demo_exam_keeps_to_the_blueprint_rules():
    exams = list(Exam.objects.prefetch_related("sections"))
    assert exams
    for exam in exams:
        exam.full_clean()
        sections = exam.sections.all()
        assert sections, exam
        for section in sections:
            section.full_clean()


def test_the_shipped_bank_is_what_the_database_exports(tmp_path):
    shipped = question_bank_files(QUESTION_BANK_DIR)
    codes = [
        question.code
        for question in Question.objects.all()
        if question.code.split("-")[0] in ("AUD", "OFF", "UNI")
    ]
    assert codes

    export_question_bank(tmp_path, Question.objects.filter(code__in=codes))

    assert len(shipped) == 24
    for path in shipped:
        assert (tmp_path / path.relative_to(QUESTION_BANK_DIR)).read_text("utf-8") == (
            path.read_text("utf-8")
        ), path
