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
    question_type: str = QuestionType.SINGLE,
    *,
    topic: str = "law",
    difficulty: int = 2,
    bank: str | None = None,
    **extra,
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
        bank=bank,
        topic=topic,
        difficulty=difficulty,
        question_type=question_type,
        content=content,
    )


def make_exam(
    *, sections: list[tuple[list[str], int]] | None = None, bank: str = "auditor", **fields
) -> Exam:
    """An exam whose sections draw ``count`` questions from ``topics`` of ``bank``. Saved
    directly, without the blueprint rules (tests of those rules use ``create_exam``)."""
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
            bank=bank,
            topics=topics,
            question_count=count,
        )
    return exam


def enrol_ready(*, trainee, cohort) -> None:
    """Enrol ``trainee`` in ``cohort`` and meet its course's rules."""
    from courses.services import complete_lesson, enrol
    from tests.courses.builders import lessons_of

    enrol(user=trainee, course=cohort.course, cohort=cohort)
    for lesson in lessons_of(cohort.course):
        complete_lesson(user=trainee, lesson=lesson)


def join_cohort(*, exam: Exam, trainee, instructor=None):
    """Put ``trainee`` in a new cohort of ``exam``'s course taught by ``instructor`` (a new
    instructor with MFA if none), with the course rules met. Returns the instructor."""
    from accounts.roles import Role
    from tests.courses.builders import build_cohort
    from tests.factories import make_user

    instructor = instructor or make_user(role=Role.INSTRUCTOR, mfa=True)
    enrol_ready(
        trainee=trainee,
        cohort=build_cohort(course=exam.course, instructor=instructor, capacity=50),
    )
    return instructor


def examined_exam(*, trainees=(), instructor=None, **exam_fields) -> tuple[Exam, object]:
    """An exam of a new course with one cohort, taught by ``instructor`` (a new instructor with
    MFA if none), in which each of ``trainees`` is enrolled and has met the course rules.
    Returns the exam and the instructor."""
    from accounts.roles import Role
    from tests.courses.builders import build_cohort, build_course
    from tests.factories import make_user

    course = build_course(units=((True,),))
    instructor = instructor or make_user(role=Role.INSTRUCTOR, mfa=True)
    cohort = build_cohort(course=course, instructor=instructor, capacity=50)
    for trainee in trainees:
        enrol_ready(trainee=trainee, cohort=cohort)
    return make_exam(course=course, **exam_fields), instructor


def exam_form_data(**overrides) -> dict:
    """A POST to the exam admin's create view: one section drawing law questions."""
    data = {
        "title_zh": "清洁生产审核员考试",
        "title_en": "CP auditor exam",
        "pass_mark_percent": "70",
        "time_limit_minutes": "90",
        "max_attempts": "2",
        "days_between_attempts": "0",
        "shuffle_questions": "on",
        "review_policy": "score_only",
        "review_timing": "after_release",
        "sections-TOTAL_FORMS": "1",
        "sections-INITIAL_FORMS": "0",
        "sections-MIN_NUM_FORMS": "1",
        "sections-MAX_NUM_FORMS": "1000",
        "sections-0-order": "1",
        "sections-0-title_zh": "法规",
        "sections-0-title_en": "Law",
        "sections-0-topics": ["law", "compulsory"],
        "sections-0-question_types": ["single", "true_false"],
        "sections-0-difficulty": "",
        "sections-0-question_count": "10",
        "sections-0-DELETE": "",
    }
    data.update(overrides)
    return data


def make_final_exam(*, bank: str = "auditor", **fields) -> Exam:
    """A final (certifying) exam whose one section may draw any question of ``bank``, as a
    course's final exam does: no other exam may show the keys of that bank's questions."""
    fields.setdefault("title_zh", "结业考试")
    fields.setdefault("title_en", "Final exam")
    return make_exam(sections=[([], 1)], bank=bank, is_final=True, **fields)
