"""Read-side queries for exams. Nothing here returns an answer key to a trainee's page unless
the review policy allows it (``attempt_review``)."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import TruncDate
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language

from core import page_cache
from core.i18n import in_english, pick
from core.numbers import format_number
from core.units import UNITS
from exams.fragments import Content
from exams.models import (
    AccommodationGrant,
    Attempt,
    AttemptQuestion,
    Exam,
    ExamSection,
    Question,
    QuestionType,
    QuestionVersion,
)


def own_attempt(*, attempt_id: int, user, request=None) -> Attempt:
    """The attempt if it is the user's; a 404 otherwise, so ids reveal nothing. Its exam is
    the kept one (``kept_exam``): the attempt page, its form of answers and the result read it."""
    attempt = get_object_or_404(Attempt, pk=attempt_id, user=user)
    attempt.exam = kept_exam(exam_id=attempt.exam_id, request=request)
    return attempt


def kept_exam(*, exam_id: int, request=None) -> Exam:
    """The exam's row, kept until an exam is written (the exam-papers scope of
    ``core.page_cache``, ``exams.cache_invalidation``): its times and rules as they are now.
    ``request``: under the generations the request reads once for everything it keeps."""
    return page_cache.kept(
        scope=page_cache.EXAM_PAPERS,
        name="exam",
        parts=[exam_id],
        compute=lambda: Exam.objects.get(pk=exam_id),
        request=request,
    )


@dataclass
class QuestionForm:
    """What the attempt page shows for one question: never the key. ``content`` is what every
    examinee who drew the question sees alike (``exams.fragments`` renders it once); the rest
    is this attempt's: the position, the order of the options and the saved answer."""

    position: int
    content: Content
    option_order: list[int]
    saved: object = None
    answered: bool = False
    # The position as text: the page prints it a dozen times per question.
    number: str = ""

    @property
    def kind(self) -> str:
        return self.content.kind

    @property
    def checked(self) -> set[int]:
        """The display indexes of the ticked options."""
        if self.kind == QuestionType.MULTIPLE and isinstance(self.saved, list):
            return set(self.saved)
        if self.kind == QuestionType.SINGLE and self.saved is not None:
            return {self.saved}
        return set()


def attempt_questions(*, attempt: Attempt, request=None) -> list[QuestionForm]:
    """The attempt's questions in order with the answers saved so far. What each question
    shows is kept per attempt and language (``attempt_paper``); only the saved answers are
    read here, one query on the attempt's own rows: keys, explanations and rubrics are never
    shown on the attempt page, so they are not even read."""
    # No ordering: a dict needs none, and the default one joins the attempts table.
    responses = dict(attempt.questions.order_by().values_list("position", "response"))
    forms = []
    for position, option_order, content in attempt_paper(attempt=attempt, request=request):
        response = responses.get(position)
        forms.append(
            QuestionForm(
                position=position,
                number=str(position),
                content=content,
                option_order=option_order,
                saved=displayed_response(content.kind, option_order, response),
                answered=response not in (None, "", []),
            )
        )
    return forms


def attempt_paper(*, attempt: Attempt, request=None) -> list[tuple[int, list[int], Content]]:
    """(position, option order, what the question shows) for each of the attempt's questions,
    in the active language, kept until a question version, a question or an exam section is
    written (the ``exam-papers`` scope of ``core.page_cache``). An attempt's questions,
    versions and option orders are fixed when it starts; the start time is in the key, so an
    attempt id used again (a test database rolled back) is never mistaken for another."""
    return page_cache.kept(
        scope=page_cache.EXAM_PAPERS,
        name="attempt-paper",
        parts=[attempt.pk, attempt.started_at.isoformat(), get_language() or ""],
        compute=lambda: _paper(attempt),
        request=request,
    )


def _paper(attempt: Attempt) -> list[tuple[int, list[int], Content]]:
    english = in_english()
    language = get_language() or ""
    rows = attempt.questions.order_by("position").values_list(
        "position",
        "option_order",
        "section__title_zh",
        "section__title_en",
        "version__question__question_type",
        "version__prompt_zh",
        "version__prompt_en",
        "version__options",
        "version__points",
        "version__unit",
    )
    paper = []
    for (
        position,
        option_order,
        section_zh,
        section_en,
        kind,
        prompt_zh,
        prompt_en,
        options,
        points,
        unit_code,
    ) in rows:
        unit = UNITS[unit_code]
        content = Content(
            language=language,
            kind=kind,
            section=section_en if english and section_en else section_zh,
            prompt=prompt_en if english and prompt_en else prompt_zh,
            points=points,
            unit_label="" if unit.code == "none" else str(unit.label),
            options=tuple(
                option.get("en") if english and option.get("en") else option["zh"]
                for option in options
            ),
        )
        paper.append((position, option_order, content))
    return paper


def displayed_response(kind: str, option_order: list[int], response):
    """A saved response in display order, for filling in the form again (options are stored
    as indexes of the version's options, shown in the attempt's shuffled order)."""
    if response is None:
        return None
    if kind == QuestionType.SINGLE:
        return option_order.index(response)
    if kind == QuestionType.MULTIPLE:
        return sorted(option_order.index(item) for item in response)
    return response


def seconds_left(attempt: Attempt) -> int:
    return max(int((attempt.deadline - timezone.now()).total_seconds()), 0)


@dataclass
class SectionScore:
    title: str
    score: Decimal = Decimal(0)
    max_score: Decimal = Decimal(0)

    @property
    def percent(self) -> Decimal:
        if not self.max_score:
            return Decimal(0)
        return (100 * self.score / self.max_score).quantize(Decimal("0.1"))


def section_scores(*, attempt: Attempt) -> list[SectionScore]:
    scores: dict[int, SectionScore] = {}
    for slot in attempt.questions.select_related("section", "version").order_by("position"):
        section = scores.setdefault(slot.section_id, SectionScore(title=slot.section.title))
        section.score += slot.points_awarded or Decimal(0)
        section.max_score += slot.version.points
    return list(scores.values())


def review_allowed(*, attempt: Attempt) -> bool:
    """Whether the trainee may see their responses (and, per policy, the key) now."""
    exam = attempt.exam
    if attempt.status != Attempt.Status.RELEASED:
        return False
    if exam.review_policy == Exam.ReviewPolicy.SCORE_ONLY:
        return False
    if exam.review_timing == Exam.ReviewTiming.AFTER_CLOSE:
        return exam.closes_at is not None and timezone.now() > exam.closes_at
    return True


@dataclass
class ReviewItem:
    position: int
    prompt: str
    kind: str
    response_text: str
    points_awarded: Decimal | None
    points: Decimal
    correct_text: str = ""
    explanation: str = ""
    feedback: str = ""


def _response_text(version: QuestionVersion, response) -> str:
    kind = version.question.question_type
    if response in (None, "", []):
        return ""
    if kind == QuestionType.SINGLE:
        return version.option_text(response)
    if kind == QuestionType.MULTIPLE:
        return "; ".join(version.option_text(index) for index in response)
    if kind == QuestionType.TRUE_FALSE:
        from django.utils.translation import gettext

        return gettext("True") if response else gettext("False")
    if kind == QuestionType.NUMERIC:
        return f"{response.get('value', '')} {response.get('unit', '')}".strip()
    return str(response)


def _correct_text(version: QuestionVersion) -> str:
    from django.utils.translation import gettext

    kind = version.question.question_type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return "; ".join(
            version.option_text(index)
            for index, option in enumerate(version.options)
            if option.get("correct")
        )
    if kind == QuestionType.TRUE_FALSE:
        return gettext("True") if version.true_false_answer else gettext("False")
    if kind == QuestionType.NUMERIC:
        unit = UNITS[version.unit]
        label = "" if unit.code == "none" else str(unit.label)
        return f"{format_number(version.numeric_answer)} {label}".strip()
    if kind == QuestionType.SHORT_TEXT:
        accepted = version.accepted_answers or {}
        return " / ".join(pick(zh=accepted.get("zh", []), en=accepted.get("en")))
    return ""


def attempt_review(*, attempt: Attempt) -> list[ReviewItem]:
    """The trainee's review of a released attempt, as much as the policy allows. Keys and
    explanations of questions that a final exam can draw stay hidden whatever the policy says
    (an exam saved before that rule, or a question moved since, must not leak them)."""
    if not review_allowed(attempt=attempt):
        return []
    slots = list(attempt.questions.select_related("version__question").order_by("position"))
    secret = (
        certifying_question_ids(question_ids={slot.version.question_id for slot in slots})
        if attempt.exam.shows_answer_keys
        else set()
    )
    items = []
    for slot in slots:
        version = slot.version
        show_key = attempt.exam.shows_answer_keys and version.question_id not in secret
        items.append(
            ReviewItem(
                position=slot.position,
                prompt=version.prompt,
                kind=version.question.question_type,
                response_text=_response_text(version, slot.response),
                points_awarded=slot.points_awarded,
                points=version.points,
                correct_text=_correct_text(version) if show_key else "",
                explanation=version.explanation if show_key else "",
                feedback=slot.grader_feedback,
            )
        )
    return items


# --- Keeping final exams' keys secret -----------------------------------------------------------


def section_pool(section: ExamSection):
    """Every question ``section`` can draw, retired ones included (they can come back)."""
    pool = Question.objects.filter(bank=section.bank)
    if section.topics:
        pool = pool.filter(topic__in=section.topics)
    if section.question_types:
        pool = pool.filter(question_type__in=section.question_types)
    if section.difficulty:
        pool = pool.filter(difficulty=section.difficulty)
    return pool


def _filters_meet(first: list, second: list) -> bool:
    """Two filters (an empty one means "any") that some value passes both."""
    return not first or not second or bool(set(first) & set(second))


def sections_overlap(first: ExamSection, second: ExamSection) -> bool:
    """Whether some question, now or added later, could be drawn by both sections. A question
    has one bank, topic, type and difficulty, so this compares the sections' filters."""
    return (
        first.bank == second.bank
        and _filters_meet(first.topics, second.topics)
        and _filters_meet(first.question_types, second.question_types)
        and (not first.difficulty or not second.difficulty or first.difficulty == second.difficulty)
    )


def key_conflicts(*, section: ExamSection) -> list[ExamSection]:
    """Sections of other exams that make ``section`` unsafe: for an exam that shows answer keys,
    final exams' sections drawing the same questions; for a final exam, the sections of exams
    that show answer keys. (A final exam showing its own keys is refused by ``Exam.clean``.)"""
    exam = section.exam
    others = ExamSection.objects.select_related("exam").exclude(exam_id=exam.pk)
    candidates = []
    if exam.shows_answer_keys:
        candidates += list(others.filter(exam__is_final=True))
    if exam.is_final:
        candidates += list(others.filter(exam__review_policy=Exam.ReviewPolicy.FULL))
    return [other for other in candidates if sections_overlap(section, other)]


def certifying_question_ids(*, question_ids: set[int]) -> set[int]:
    """Those of ``question_ids`` that can appear in a final exam: a final exam's section can
    draw them, or a final exam's attempt already did."""
    drawable = Q(pk__in=[])
    for section in ExamSection.objects.filter(exam__is_final=True):
        drawable |= Q(pk__in=section_pool(section).values("pk"))
    drawn_in_final = Exists(
        AttemptQuestion.objects.filter(
            version__question=OuterRef("pk"), attempt__exam__is_final=True
        )
    )
    return set(
        Question.objects.filter(pk__in=question_ids)
        .filter(drawable | Q(drawn_in_final))
        .values_list("pk", flat=True)
    )


def shows_answer_keys(*, exam: Exam) -> bool:
    """Whether the exam's review really shows keys: its policy says so and none of its sections
    can draw a final exam's questions."""
    if not exam.shows_answer_keys or exam.is_final:
        return False
    finals = list(ExamSection.objects.filter(exam__is_final=True).exclude(exam_id=exam.pk))
    return not any(
        sections_overlap(section, final) for section in exam.sections.all() for final in finals
    )


def exam_for_course(*, course) -> Exam | None:
    return (
        Exam.objects.filter(course__translation_key=course.translation_key, is_final=True)
        .order_by("pk")
        .first()
    )


# --- Examiners: scoped to the cohorts they teach ------------------------------------------------
#
# An instructor examines the trainees enrolled in the cohorts they teach, in those cohorts'
# course; administrators (superusers) examine everyone. A standalone exam (no course) has no
# cohort, so only administrators examine it.


def examinable_exams(*, user):
    """The exams whose attempts ``user`` may see: those of courses in which they teach."""
    if user.is_superuser:
        return Exam.objects.all()
    from courses.selectors import taught_course_keys

    return Exam.objects.filter(course__translation_key__in=taught_course_keys(instructor=user))


MANAGE_FINAL_EXAMS_PERMISSION = "exams.manage_final_exams"


def exams_manageable_by(*, user):
    """The exam blueprints ``user`` may see and change in the admin: all of them with the
    permission for final exams (administrators), else the other exams of the courses in which
    they teach a cohort."""
    if user.has_perm(MANAGE_FINAL_EXAMS_PERMISSION):
        return Exam.objects.all()
    return examinable_exams(user=user).filter(is_final=False)


def exam_for_examiner(*, exam_id: int, user) -> Exam:
    """The exam if ``user`` examines it; a 404 otherwise, so ids reveal nothing."""
    return get_object_or_404(examinable_exams(user=user), pk=exam_id)


def attempts_visible_to(*, user, exam: Exam | None = None):
    """Attempts by the trainees of ``user``'s cohorts at their course's exams."""
    attempts = Attempt.objects.all() if exam is None else Attempt.objects.filter(exam=exam)
    if user.is_superuser:
        return attempts
    from courses.selectors import taught_enrolments

    in_taught_cohort = taught_enrolments(instructor=user).filter(
        user=OuterRef("user"), course__translation_key=OuterRef("exam__course__translation_key")
    )
    return attempts.filter(Exists(in_taught_cohort))


def grading_queue(*, user):
    """Essay answers waiting for ``user``, without any trainee's name. Oldest day first and,
    within a day, by the random label: the order gives away no submission time either."""
    return (
        AttemptQuestion.objects.filter(
            needs_grading=True, attempt__in=attempts_visible_to(user=user)
        )
        .select_related("attempt__exam", "version__question")
        .annotate(submitted_on=TruncDate("attempt__submitted_at"))
        .order_by("submitted_on", "attempt__candidate_label", "position")
    )


def answer_to_grade(*, user, label: str, position: int) -> AttemptQuestion:
    """One answer in ``user``'s grading queue, found by its candidate label; a 404 otherwise."""
    return get_object_or_404(
        grading_queue(user=user), attempt__candidate_label=label, position=position
    )


def exam_attempts(*, exam: Exam, user):
    """The named attempts ``user`` may see, by name: their order says nothing about time."""
    return (
        attempts_visible_to(user=user, exam=exam)
        .select_related("user")
        .order_by("user__full_name", "user__email", "number")
    )


def _examined_trainees(*, examiner, exam: Exam):
    """The ids of the trainees ``examiner`` examines in ``exam`` (a subquery), or None for
    administrators, who examine everyone."""
    if examiner.is_superuser:
        return None
    from courses.selectors import taught_enrolments

    enrolments = taught_enrolments(instructor=examiner)
    if exam.course_id is None:
        return enrolments.none().values("user")
    return enrolments.filter(course__translation_key=exam.course.translation_key).values("user")


def examines_trainee(*, examiner, exam: Exam, trainee) -> bool:
    """Whether ``trainee`` is one of ``examiner``'s in ``exam``."""
    trainees = _examined_trainees(examiner=examiner, exam=exam)
    return trainees is None or trainees.filter(user=trainee).exists()


def accommodation_grants(*, exam: Exam, user):
    """The audit trail of accommodations in ``exam`` for the trainees ``user`` examines."""
    grants = AccommodationGrant.objects.filter(exam=exam).select_related("user", "granted_by")
    trainees = _examined_trainees(examiner=user, exam=exam)
    return grants if trainees is None else grants.filter(user__in=trainees)


def trainee_for_accommodation(*, exam: Exam, examiner, email: str):
    """The trainee with ``email`` among ``examiner``'s in ``exam``, else None: the same answer
    whether the address is unknown or belongs to someone else's trainee."""
    from accounts.models import User

    trainee = User.objects.filter(email__iexact=email.strip()).first()
    if trainee is None or not examines_trainee(examiner=examiner, exam=exam, trainee=trainee):
        return None
    return trainee


@dataclass
class ItemStatistics:
    version: QuestionVersion
    responses: int
    facility: float | None
    discrimination: float | None
    option_counts: list[tuple[str, int, bool]]


def item_statistics(*, exam: Exam, user) -> list[ItemStatistics]:
    """Per question version: facility (mean share of points), discrimination (upper minus
    lower 27% of candidates by total score) and how often each option was chosen, over the
    graded attempts ``user`` may see (an instructor's own trainees)."""
    attempts = list(
        attempts_visible_to(user=user, exam=exam)
        .filter(status__in=[Attempt.Status.GRADED, Attempt.Status.RELEASED])
        .order_by("score", "pk")
    )
    if not attempts:
        return []
    group_size = max(1, round(len(attempts) * 0.27))
    lower = {attempt.pk for attempt in attempts[:group_size]}
    upper = {attempt.pk for attempt in attempts[-group_size:]}
    slots = AttemptQuestion.objects.filter(attempt__in=attempts).select_related("version__question")
    by_version: dict[int, list[AttemptQuestion]] = defaultdict(list)
    versions: dict[int, QuestionVersion] = {}
    for slot in slots:
        by_version[slot.version_id].append(slot)
        versions[slot.version_id] = slot.version
    results = []
    for version_id, version_slots in by_version.items():
        version = versions[version_id]
        points = version.points or Decimal(1)

        def share(slot, points=points):
            return float((slot.points_awarded or 0) / points)

        facility = sum(share(slot) for slot in version_slots) / len(version_slots)
        upper_scores = [share(slot) for slot in version_slots if slot.attempt_id in upper]
        lower_scores = [share(slot) for slot in version_slots if slot.attempt_id in lower]
        discrimination = None
        if upper_scores and lower_scores:
            discrimination = sum(upper_scores) / len(upper_scores) - sum(lower_scores) / len(
                lower_scores
            )
        counts = [0] * len(version.options)
        for slot in version_slots:
            chosen = slot.response
            if isinstance(chosen, int) and not isinstance(chosen, bool):
                chosen = [chosen]
            if isinstance(chosen, list):
                for index in chosen:
                    if 0 <= index < len(counts):
                        counts[index] += 1
        results.append(
            ItemStatistics(
                version=version,
                responses=len(version_slots),
                facility=round(facility, 3),
                discrimination=None if discrimination is None else round(discrimination, 3),
                option_counts=[
                    (version.option_text(index), counts[index], bool(option.get("correct")))
                    for index, option in enumerate(version.options)
                ],
            )
        )
    return sorted(results, key=lambda item: (item.facility, item.version.question.code))


def exam_overview(*, exam: Exam, user) -> dict:
    from exams.services import attempt_allowance

    used, allowed = attempt_allowance(exam=exam, user=user)
    attempts = list(Attempt.objects.filter(exam=exam, user=user).order_by("number"))
    accommodation = exam.accommodations.filter(user=user).first()
    return {
        "time_limit_minutes": exam.time_limit_minutes
        + (accommodation.extra_minutes if accommodation else 0),
        "attempts": attempts,
        "attempts_used": used,
        "attempts_allowed": allowed,
        "open_attempt": next((a for a in attempts if a.status == Attempt.Status.IN_PROGRESS), None),
        "result_pending": any(a.status in Attempt.AWAITING_RESULT for a in attempts),
        # What the review really shows, if a rule keeps keys back that the policy offers.
        "review_policy_label": (
            exam.get_review_policy_display()
            if shows_answer_keys(exam=exam) or not exam.shows_answer_keys
            else Exam.ReviewPolicy.RESPONSES.label
        ),
        "sections": list(exam.sections.all()),
        "question_total": sum(section.question_count for section in exam.sections.all()),
    }
