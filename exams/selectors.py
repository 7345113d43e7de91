"""Read-side queries for exams. Nothing here returns an answer key to a trainee's page unless
the review policy allows it (``attempt_review``)."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.shortcuts import get_object_or_404
from django.utils import timezone

from content.units import UNITS
from exams.models import (
    Attempt,
    AttemptQuestion,
    Exam,
    QuestionType,
    QuestionVersion,
    in_english,
)


def own_attempt(*, attempt_id: int, user) -> Attempt:
    """The attempt if it is the user's; a 404 otherwise, so ids reveal nothing."""
    return get_object_or_404(Attempt.objects.select_related("exam"), pk=attempt_id, user=user)


@dataclass
class QuestionForm:
    """What the attempt page shows for one question: never the key."""

    position: int
    section: str
    kind: str
    prompt: str
    points: Decimal
    options: list[tuple[int, str]] = field(default_factory=list)
    unit_label: str = ""
    saved: object = None
    answered: bool = False


def attempt_questions(*, attempt: Attempt) -> list[QuestionForm]:
    from exams.services import stored_to_displayed

    forms = []
    for slot in attempt.questions.select_related("version__question", "section").order_by(
        "position"
    ):
        version = slot.version
        kind = version.question.question_type
        options = [
            (display_index, version.option_text(stored_index))
            for display_index, stored_index in enumerate(slot.option_order)
        ]
        unit = UNITS[version.unit]
        forms.append(
            QuestionForm(
                position=slot.position,
                section=slot.section.title,
                kind=kind,
                prompt=version.prompt,
                points=version.points,
                options=options,
                unit_label="" if unit.code == "none" else str(unit.label),
                saved=stored_to_displayed(slot),
                answered=slot.response not in (None, "", []),
            )
        )
    return forms


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
        return f"{version.numeric_answer.normalize():f} {label}".strip()
    if kind == QuestionType.SHORT_TEXT:
        language = "en" if in_english() else "zh"
        return " / ".join((version.accepted_answers or {}).get(language, []))
    return ""


def attempt_review(*, attempt: Attempt) -> list[ReviewItem]:
    """The trainee's review of a released attempt, as much as the policy allows."""
    if not review_allowed(attempt=attempt):
        return []
    show_key = attempt.exam.review_policy == Exam.ReviewPolicy.FULL
    items = []
    for slot in attempt.questions.select_related("version__question").order_by("position"):
        version = slot.version
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


def exam_for_course(*, course) -> Exam | None:
    return (
        Exam.objects.filter(course__translation_key=course.translation_key, is_final=True)
        .order_by("pk")
        .first()
    )


def grading_queue():
    """Essay answers waiting for an examiner, oldest first, without any trainee's name."""
    return (
        AttemptQuestion.objects.filter(needs_grading=True)
        .select_related("attempt__exam", "version__question")
        .order_by("attempt__submitted_at", "position")
    )


def exam_attempts(*, exam: Exam):
    return Attempt.objects.filter(exam=exam).select_related("user").order_by("-started_at")


@dataclass
class ItemStatistics:
    version: QuestionVersion
    responses: int
    facility: float | None
    discrimination: float | None
    option_counts: list[tuple[str, int, bool]]


def item_statistics(*, exam: Exam) -> list[ItemStatistics]:
    """Per question version: facility (mean share of points), discrimination (upper minus
    lower 27% of candidates by total score) and how often each option was chosen."""
    attempts = list(
        Attempt.objects.filter(
            exam=exam, status__in=[Attempt.Status.GRADED, Attempt.Status.RELEASED]
        ).order_by("score", "pk")
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
        "sections": list(exam.sections.all()),
        "question_total": sum(section.question_count for section in exam.sections.all()),
    }
