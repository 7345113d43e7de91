# ruff: noqa: RUF001 (Chinese text uses full-width punctuation on purpose)
"""Demo exams for every course and attempts in every state (idempotent); the questions are the
shipped question bank, exams/question_bank/."""

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from accounts.models import User
from courses.models import CoursePage
from demo.loaders.courses import AUDITOR_COURSE_SLUG, REFRESHER_COURSE_SLUG
from exams.importers import load_question_bank
from exams.models import OBJECTIVE_TYPES, Attempt, Exam, QuestionType
from exams.services import (
    create_exam,
    save_answer,
    start_or_resume_attempt,
    submit_attempt,
)

OBJECTIVE = sorted(OBJECTIVE_TYPES)


def _ensure_questions() -> None:
    """The shipped question bank (exams/question_bank/), loaded as on a production site."""
    result = load_question_bank()
    if result.errors:
        raise ValueError("\n".join(str(error) for error in result.errors))


# (title zh, title en, topics, question types, count)
FINAL_EXAM_SECTIONS = [
    ("清洁生产概念与法规", "CP concept and law", ["cp_concept", "law"], OBJECTIVE, 10),
    ("审核第一至三阶段", "Audit phases 1-3", ["phase_1", "phase_2", "phase_3"], OBJECTIVE, 13),
    (
        "审核第四至七阶段",
        "Audit phases 4-7",
        ["phase_4", "phase_5", "phase_6", "phase_7"],
        OBJECTIVE,
        15,
    ),
    (
        "标准、指标与行业知识",
        "Standards, indicators and sectors",
        ["standards", "sector"],
        OBJECTIVE,
        10,
    ),
    (
        "强制性审核与信息披露",
        "Compulsory audits and disclosure",
        ["compulsory", "disclosure"],
        OBJECTIVE,
        11,
    ),
    ("案例分析", "Case study", [], [QuestionType.ESSAY], 1),
]

# The refresher covers the law, disclosure, assessment and acceptance, baselines, balances and
# verified results: its questions come from those topics of the auditor bank.
REFRESHER_SECTIONS = [
    (
        "法规、披露与审核质量",
        "Law, disclosure and audit quality",
        ["law", "compulsory", "disclosure", "phase_2", "phase_3", "phase_6"],
        OBJECTIVE,
        20,
    ),
]


def _ensure_exam(
    *, course: CoursePage, bank: str, title_zh: str, title_en: str, sections, **fields
):
    exam = Exam.objects.filter(course=course, is_final=True).first()
    if exam is not None:
        # Demo sites loaded before final exams stopped showing answer keys catch up here.
        if exam.review_policy != fields["review_policy"]:
            exam.review_policy = fields["review_policy"]
            exam.save(update_fields=["review_policy"])
        return exam
    return create_exam(
        course=course,
        is_final=True,
        title_zh=title_zh,
        title_en=title_en,
        sections=[
            {
                "title_zh": section_zh,
                "title_en": section_en,
                "bank": bank,
                "topics": topics,
                "question_types": [str(kind) for kind in types],
                "question_count": count,
            }
            for section_zh, section_en, topics, types, count in sections
        ],
        **fields,
    )


def _ensure_exams() -> dict[str, Exam]:
    courses = {
        course.slug: course for course in CoursePage.objects.filter(locale__language_code="zh-hans")
    }
    # Two courses are on the auditor track (the 5-day course and the refresher): find each by
    # its slug, never by track.
    exams = {
        "auditor": _ensure_exam(
            course=courses[AUDITOR_COURSE_SLUG],
            bank="auditor",
            title_zh="全国清洁生产审核师培训班结业考试",
            title_en="Final exam: National Training Course for CP Auditors",
            sections=FINAL_EXAM_SECTIONS,
            pass_mark_percent=70,
            time_limit_minutes=120,
            max_attempts=2,
            days_between_attempts=7,
            review_policy=Exam.ReviewPolicy.RESPONSES,
        ),
        "refresher": _ensure_exam(
            course=courses[REFRESHER_COURSE_SLUG],
            bank="auditor",
            title_zh="清洁生产审核师复训考核",
            title_en="Refresher assessment: CP auditors",
            sections=REFRESHER_SECTIONS,
            pass_mark_percent=70,
            time_limit_minutes=45,
            max_attempts=3,
            # It draws from the final exam's questions, so it must not show their keys.
            review_policy=Exam.ReviewPolicy.RESPONSES,
        ),
    }
    officer_slug = next(slug for slug, c in courses.items() if c.track == "officer")
    exams["officer"] = _ensure_exam(
        course=courses[officer_slug],
        bank="officer",
        title_zh="政府工作人员培训结业测验",
        title_en="Officer training quiz",
        sections=[("政策与监管", "Policy and supervision", [], OBJECTIVE, 8)],
        pass_mark_percent=70,
        time_limit_minutes=30,
        max_attempts=3,
        review_policy=Exam.ReviewPolicy.RESPONSES,
    )
    english = Locale.objects.get(language_code="en")
    for slug, course in courses.items():
        if course.track == "university":
            # One quiz releases its results on a set day, to show results held back.
            release_at = (
                timezone.now() + timedelta(days=7) if slug == "cp-audit-methodology" else None
            )
            exams[slug] = _ensure_exam(
                course=course,
                bank="university",
                title_zh=f"{course.title}：单元测验",
                title_en=f"{course.get_translation(english).title}: quiz",
                sections=[("单元测验", "Module quiz", [], OBJECTIVE, 6)],
                pass_mark_percent=60,
                time_limit_minutes=30,
                max_attempts=5,
                review_policy=Exam.ReviewPolicy.RESPONSES,
                results_release_at=release_at,
            )
    return exams


def _answer(attempt: Attempt, user: User, *, correct_share: float, essays: bool = True) -> None:
    """Answer an attempt so that about ``correct_share`` of the objective questions are right."""
    slots = list(attempt.questions.select_related("version__question").order_by("position"))
    right_count = round(len(slots) * correct_share)
    for index, slot in enumerate(slots):
        version = slot.version
        kind = version.question.question_type
        right = index < right_count
        correct = [i for i, option in enumerate(version.options) if option.get("correct")]
        if kind == QuestionType.SINGLE:
            wrong = next(i for i in range(len(version.options)) if i not in correct)
            response = slot.option_order.index(correct[0] if right else wrong)
        elif kind == QuestionType.MULTIPLE:
            response = [slot.option_order.index(i) for i in (correct if right else correct[:1])]
        elif kind == QuestionType.TRUE_FALSE:
            response = version.true_false_answer if right else not version.true_false_answer
        elif kind == QuestionType.NUMERIC:
            value = version.numeric_answer if right else version.numeric_answer * 2 + 1
            response = {"value": f"{value.normalize():f}", "unit": ""}
        elif kind == QuestionType.SHORT_TEXT:
            response = (version.accepted_answers.get("zh") or ["?"])[0] if right else "?"
        else:
            if not essays:
                continue
            response = (
                "示例答卷：该企业应先以印染车间为审核重点，建立水平衡，识别漂洗工序的浪费，"
                "提出逆流漂洗和冷凝水回用等方案，并用投资回收期和净现值评价其可行性。"
            )
        save_answer(attempt=attempt, user=user, position=slot.position, response=response)


def _ensure_attempts(exams: dict[str, Exam]) -> None:
    if Attempt.objects.exists():
        return
    users = {user.email.split("@")[0]: user for user in User.objects.all()}
    final = exams["auditor"]

    # Passed (essay graded by the instructor) -> result released, course completed.
    from exams.services import grade_essay

    passed = start_or_resume_attempt(exam=final, user=users["trainee"])
    _answer(passed, users["trainee"], correct_share=0.85)
    passed = submit_attempt(attempt=passed, user=users["trainee"])
    for slot in passed.questions.filter(needs_grading=True):
        grade_essay(
            examiner=users["instructor"],
            slot=slot,
            points=Decimal(8),
            feedback="思路清晰，方案评价完整。 Clear reasoning and a complete evaluation.",
        )

    # Submitted, essay still waiting in the examiner's queue.
    waiting = _start_anyway(final, users["trainee3"])
    _answer(waiting, users["trainee3"], correct_share=0.6)
    submit_attempt(attempt=waiting, user=users["trainee3"])

    # In progress, a few answers saved.
    _answer(_start_anyway(final, users["trainee4"]), users["trainee4"], correct_share=0.1)

    # Ran out of time: submitted automatically with what was saved.
    expired = _start_anyway(exams["officer"], users["officer"])
    _answer(expired, users["officer"], correct_share=0.5)
    Attempt.objects.filter(pk=expired.pk).update(deadline=timezone.now() - timedelta(hours=1))
    submit_attempt(attempt=expired, user=None, auto=True)

    # A failed quiz, released with the trainee's responses to review.
    module = next(exam for key, exam in exams.items() if key.startswith("introduction"))
    failed = _start_anyway(module, users["trainee.en"])
    _answer(failed, users["trainee.en"], correct_share=0.3)
    submit_attempt(attempt=failed, user=users["trainee.en"])

    # Graded, but held back until the quiz's release day.
    held = _start_anyway(exams["cp-audit-methodology"], users["trainee6"])
    _answer(held, users["trainee6"], correct_share=0.8)
    submit_attempt(attempt=held, user=users["trainee6"])


def _start_anyway(exam: Exam, user: User) -> Attempt:
    """Demo attempts for trainees who have not met the course rules: skip the gate only."""
    from exams.services import _accommodation, _attempts_of, _create_attempt

    return _create_attempt(
        exam=exam,
        user=user,
        number=len(_attempts_of(exam, user)) + 1,
        accommodation=_accommodation(exam, user),
    )


@transaction.atomic
def load_demo_exams() -> None:
    _ensure_questions()
    exams = _ensure_exams()
    _ensure_attempts(exams)
