"""Questions and exams built for one test."""

import itertools
from decimal import Decimal

from exams.models import Exam, ExamSection, QuestionType
from exams.services import save_question

_numbers = itertools.count(1)


def option_list(*correct_flags: bool) -> list[dict]:
    return [
        {"zh": f"选项{index}", "en": f"Option {index}", "correct": flag}
        for index, flag in enumerate(correct_flags)
    ]


def make_question(
    question_type: str = QuestionType.SINGLE, *, topic: str = "law", difficulty: int = 2, **extra
):
    code = f"T-{next(_numbers):05d}"
    content = {"prompt_zh": f"题目 {code}", "prompt_en": f"Question {code}", "points": Decimal(1)}
    if question_type == QuestionType.SINGLE:
        content["options"] = option_list(True, False, False, False)
    elif question_type == QuestionType.MULTIPLE:
        content["options"] = option_list(True, True, False, False)
        content["partial_credit"] = "proportional"
    elif question_type == QuestionType.TRUE_FALSE:
        content["true_false_answer"] = True
    elif question_type == QuestionType.NUMERIC:
        content.update(
            numeric_answer=Decimal("3.0"), numeric_tolerance=Decimal("0.05"), unit="year"
        )
    elif question_type == QuestionType.SHORT_TEXT:
        content["accepted_answers"] = {"zh": ["预评估"], "en": ["pre-assessment"]}
    elif question_type == QuestionType.ESSAY:
        content.update(rubric_zh="评分要点", rubric_en="Rubric", points=Decimal(10))
    content.update(extra)
    return save_question(
        code=code,
        topic=topic,
        difficulty=difficulty,
        question_type=question_type,
        content=content,
    )


def make_exam(*, sections: list[tuple[list[str], int]] | None = None, **fields) -> Exam:
    """An exam whose sections draw ``count`` questions from ``topics``."""
    defaults = {
        "title_zh": "测试考试",
        "title_en": "Test exam",
        "time_limit_minutes": 30,
        "max_attempts": 2,
        "pass_mark_percent": 70,
    }
    defaults.update(fields)
    exam = Exam.objects.create(**defaults)
    for order, (topics, count) in enumerate(sections or [(["law"], 3)]):
        ExamSection.objects.create(
            exam=exam,
            order=order,
            title_zh=f"第{order + 1}部分",
            title_en=f"Part {order + 1}",
            topics=topics,
            question_count=count,
        )
    return exam
