import secrets
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from core.i18n import localized, pick
from core.units import UNITS


class Topic(models.TextChoices):
    CP_CONCEPT = "cp_concept", _("CP concept")
    LAW = "law", _("Law and regulation")
    PHASE_1 = "phase_1", _("Phase 1: planning and organisation")
    PHASE_2 = "phase_2", _("Phase 2: pre-assessment")
    PHASE_3 = "phase_3", _("Phase 3: assessment")
    PHASE_4 = "phase_4", _("Phase 4: option generation and screening")
    PHASE_5 = "phase_5", _("Phase 5: feasibility analysis")
    PHASE_6 = "phase_6", _("Phase 6: option implementation")
    PHASE_7 = "phase_7", _("Phase 7: sustaining CP")
    STANDARDS = "standards", _("Standards and indicator systems")
    SECTOR = "sector", _("Sector knowledge")
    COMPULSORY = "compulsory", _("Compulsory audits, assessment and acceptance")
    DISCLOSURE = "disclosure", _("Disclosure duties")


class QuestionType(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")
    NUMERIC = "numeric", _("Numeric")
    SHORT_TEXT = "short_text", _("Short text")
    ESSAY = "essay", _("Essay / case study")


OBJECTIVE_TYPES = {
    QuestionType.SINGLE,
    QuestionType.MULTIPLE,
    QuestionType.TRUE_FALSE,
    QuestionType.NUMERIC,
    QuestionType.SHORT_TEXT,
}


class Bank(models.TextChoices):
    """Which programme a question was written for; exam sections draw from one bank."""

    AUDITOR = "auditor", _("Auditor course")
    OFFICER = "officer", _("Officer training")
    UNIVERSITY = "university", _("University modules")
    # Final exams draw from the banks above, so exams that show answer keys draw from here.
    PRACTICE = "practice", _("Practice (self-study quizzes)")


class Question(models.Model):
    """A question's identity; its wording and key live in numbered, immutable-once-used versions."""

    class Difficulty(models.IntegerChoices):
        EASY = 1, _("Easy")
        MEDIUM = 2, _("Medium")
        HARD = 3, _("Hard")

    code = models.CharField(_("code"), max_length=40, unique=True)
    bank = models.CharField(_("bank"), max_length=20, choices=Bank.choices, default=Bank.AUDITOR)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    question_type = models.CharField(_("type"), max_length=20, choices=QuestionType.choices)
    retired = models.BooleanField(
        _("retired"), default=False, help_text=_("Retired questions are no longer drawn.")
    )
    current_version = models.ForeignKey(
        "exams.QuestionVersion",
        verbose_name=_("current version"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class QuestionVersion(models.Model):
    """What a trainee saw. Once answered, a version is never changed: edits make a new one."""

    class PartialCredit(models.TextChoices):
        ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
        PROPORTIONAL = "proportional", _("Right choices minus wrong choices, never below zero")

    class Tolerance(models.TextChoices):
        ABSOLUTE = "absolute", _("Absolute")
        PERCENT = "percent", _("Percent of the answer")

    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    prompt_zh = models.TextField(_("question (Chinese)"))
    prompt_en = models.TextField(_("question (English)"))
    explanation_zh = models.TextField(_("explanation (Chinese)"), blank=True)
    explanation_en = models.TextField(_("explanation (English)"), blank=True)
    # [{"zh": "...", "en": "...", "correct": bool}, ...] for single and multiple choice.
    options = models.JSONField(_("options"), default=list, blank=True)
    partial_credit = models.CharField(
        _("partial credit"),
        max_length=20,
        choices=PartialCredit.choices,
        default=PartialCredit.ALL_OR_NOTHING,
    )
    true_false_answer = models.BooleanField(_("true or false answer"), null=True, blank=True)
    numeric_answer = models.DecimalField(
        _("numeric answer"), max_digits=20, decimal_places=6, null=True, blank=True
    )
    numeric_tolerance = models.DecimalField(
        _("tolerance"), max_digits=20, decimal_places=6, default=Decimal(0)
    )
    tolerance_type = models.CharField(
        _("tolerance type"), max_length=10, choices=Tolerance.choices, default=Tolerance.ABSOLUTE
    )
    unit = models.CharField(
        _("unit"),
        max_length=20,
        choices=[(code, unit.label) for code, unit in UNITS.items()],
        default="none",
    )
    # {"zh": [...], "en": [...]} accepted short-text answers.
    accepted_answers = models.JSONField(_("accepted answers"), default=dict, blank=True)
    rubric_zh = models.TextField(_("marking rubric (Chinese)"), blank=True)
    rubric_en = models.TextField(_("marking rubric (English)"), blank=True)
    points = models.DecimalField(_("points"), max_digits=6, decimal_places=2, default=Decimal(1))
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("question version")
        ordering = ["question", "number"]
        constraints = [
            models.UniqueConstraint(fields=["question", "number"], name="one_number_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.question.code} v{self.number}"

    def _localised(self, base: str) -> str:
        return localized(self, base)

    @property
    def prompt(self) -> str:
        return self._localised("prompt")

    @property
    def explanation(self) -> str:
        return self._localised("explanation")

    @property
    def rubric(self) -> str:
        return self._localised("rubric")

    def option_text(self, index: int) -> str:
        option = self.options[index]
        return pick(zh=option["zh"], en=option.get("en"))


class Exam(ClusterableModel):
    """An exam blueprint: sections drawn from the bank, timing, attempts and review policy."""

    class ReviewPolicy(models.TextChoices):
        SCORE_ONLY = "score_only", _("Score and pass/fail only")
        RESPONSES = "responses", _("Score and the trainee's own responses")
        FULL = "full", _("Everything: responses, correct answers and explanations")

    class ReviewTiming(models.TextChoices):
        AFTER_RELEASE = "after_release", _("As soon as the result is released")
        AFTER_CLOSE = "after_close", _("After the exam window closes")

    title_zh = models.CharField(_("title (Chinese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="exams",
        help_text=_("Leave empty for a standalone exam."),
    )
    is_final = models.BooleanField(
        _("final exam of the course"),
        default=False,
        help_text=_("Passing it completes the course and leads to the certificate."),
    )
    pass_mark_percent = models.PositiveSmallIntegerField(_("pass mark (%)"), default=70)
    time_limit_minutes = models.PositiveIntegerField(_("time limit (minutes)"))
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    max_attempts = models.PositiveSmallIntegerField(_("maximum attempts"), default=2)
    days_between_attempts = models.PositiveSmallIntegerField(
        _("days to wait between attempts"), default=0
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    review_policy = models.CharField(
        _("after submitting, trainees see"),
        max_length=20,
        choices=ReviewPolicy.choices,
        default=ReviewPolicy.SCORE_ONLY,
    )
    review_timing = models.CharField(
        _("review becomes available"),
        max_length=20,
        choices=ReviewTiming.choices,
        default=ReviewTiming.AFTER_RELEASE,
    )
    results_release_at = models.DateTimeField(
        _("release results at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to release each result as soon as it is fully graded."),
    )

    class Meta:
        verbose_name = _("exam")
        verbose_name_plural = _("exams")
        ordering = ["pk"]
        # Final exams decide who is certified and are shared by every cohort of a course, so
        # no instructor changes them; held by no role (administrators have every permission).
        permissions = [
            ("manage_final_exams", _("Can create and change final exams and standalone exams"))
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def question_count(self) -> int:
        return sum(section.question_count for section in self.sections.all())

    @property
    def shows_answer_keys(self) -> bool:
        return self.review_policy == self.ReviewPolicy.FULL

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.is_final and self.shows_answer_keys:
            # Every later attempt and every other candidate would meet questions whose keys
            # were shown: a certificate would then prove only access to earlier reviews.
            raise ValidationError(
                {
                    "review_policy": _(
                        "A final exam cannot show correct answers and explanations: its "
                        "questions are drawn again in later attempts and by other candidates."
                    )
                }
            )
        if self.review_timing == self.ReviewTiming.AFTER_CLOSE and self.closes_at is None:
            raise ValidationError(
                {"closes_at": _("Set a closing time, or trainees could never see their review.")}
            )
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The exam must close after it opens.")})

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return (self.opens_at is None or self.opens_at <= now) and (
            self.closes_at is None or now <= self.closes_at
        )


class ExamSection(models.Model):
    exam = ParentalKey(Exam, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    bank = models.CharField(_("bank"), max_length=20, choices=Bank.choices, default=Bank.AUDITOR)
    topics = models.JSONField(
        _("topics"), default=list, blank=True, help_text=_("Empty means any topic.")
    )
    question_types = models.JSONField(
        _("question types"), default=list, blank=True, help_text=_("Empty means any type.")
    )
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), choices=Question.Difficulty.choices, null=True, blank=True
    )
    question_count = models.PositiveSmallIntegerField(_("number of questions"))

    class Meta:
        verbose_name = _("exam section")
        ordering = ["exam", "order", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return localized(self, "title")

    def clean(self):
        # Whether this section may draw from its bank depends on the other exams using it.
        from exams.services import check_section_keeps_keys_secret

        check_section_keeps_keys_secret(section=self)


# Bounds on what one accommodation may add: beyond them a request is a mistake, not a need.
MAX_EXTRA_MINUTES = 600
MAX_EXTRA_ATTEMPTS = 5


class Accommodation(models.Model):
    """Extra time or attempts for one trainee in one exam, granted by an examiner. The current
    grant; every grant, including earlier ones, stays in ``AccommodationGrant``."""

    exam = models.ForeignKey(Exam, on_delete=models.CASCADE, related_name="accommodations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exam_accommodations"
    )
    extra_minutes = models.PositiveIntegerField(
        _("extra minutes"), default=0, validators=[MaxValueValidator(MAX_EXTRA_MINUTES)]
    )
    extra_attempts = models.PositiveSmallIntegerField(
        _("extra attempts"), default=0, validators=[MaxValueValidator(MAX_EXTRA_ATTEMPTS)]
    )
    reason = models.CharField(_("reason"), max_length=300)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    granted_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("accommodation")
        constraints = [
            models.UniqueConstraint(fields=["exam", "user"], name="one_accommodation_per_exam")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.exam}"


class AccommodationGrant(models.Model):
    """The audit trail of accommodations: who granted what to whom, when and why. Never
    changed; a new grant for the same trainee adds a row."""

    exam = models.ForeignKey(Exam, on_delete=models.PROTECT, related_name="accommodation_grants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.PROTECT,
        related_name="exam_accommodation_grants",
    )
    extra_minutes = models.PositiveIntegerField(_("extra minutes"))
    extra_attempts = models.PositiveSmallIntegerField(_("extra attempts"))
    reason = models.CharField(_("reason"), max_length=300)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    class Meta:
        verbose_name = _("accommodation grant")
        verbose_name_plural = _("accommodation grants")
        ordering = ["-granted_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user} · {self.exam} · {self.granted_at:%Y-%m-%d}"


# Crockford's base 32 (no I, L, O, U): easy to read out and to type.
LABEL_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_candidate_label() -> str:
    """A random label for blind grading, e.g. ``7KQ2-M9XD-4HTB`` (60 bits): nothing about it
    follows from the attempt's id, its time or its trainee."""
    characters = "".join(secrets.choice(LABEL_ALPHABET) for _ in range(12))
    return "-".join(characters[start : start + 4] for start in range(0, 12, 4))


class Attempt(models.Model):
    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        AWAITING_GRADING = "awaiting_grading", _("Awaiting grading")
        GRADED = "graded", _("Graded, not yet released")
        RELEASED = "released", _("Result released")

    # Submitted, with a result the trainee may not see yet.
    AWAITING_RESULT = (Status.AWAITING_GRADING, Status.GRADED)

    exam = models.ForeignKey(Exam, on_delete=models.PROTECT, related_name="attempts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="exam_attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"))
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    auto_submitted = models.BooleanField(_("submitted automatically"), default=False)
    graded_at = models.DateTimeField(_("graded"), null=True, blank=True)
    released_at = models.DateTimeField(_("released"), null=True, blank=True)
    score = models.DecimalField(_("score"), max_digits=8, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(_("maximum score"), max_digits=8, decimal_places=2)
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    # How examiners see the attempt while grading blind: random, never derived from the id.
    candidate_label = models.CharField(
        _("candidate label"),
        max_length=14,
        unique=True,
        default=new_candidate_label,
        editable=False,
    )

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["exam", "user"],
                condition=Q(status="in_progress"),
                name="one_open_attempt_per_exam",
            ),
            models.UniqueConstraint(fields=["exam", "user", "number"], name="attempt_numbers"),
        ]

    def __str__(self) -> str:
        return f"{self.exam} · {self.user} · #{self.number}"

    @property
    def percent(self) -> Decimal | None:
        if self.score is None or not self.max_score:
            return None
        return (100 * self.score / self.max_score).quantize(Decimal("0.1"))

    @property
    def is_released(self) -> bool:
        return self.status == self.Status.RELEASED


class AttemptQuestion(models.Model):
    """One drawn question of an attempt, pinned to the version the trainee saw."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="questions")
    section = models.ForeignKey(ExamSection, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField()
    version = models.ForeignKey(QuestionVersion, on_delete=models.PROTECT, related_name="drawn")
    # Display order of option indexes (after shuffling).
    option_order = models.JSONField(default=list, blank=True)
    response = models.JSONField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    points_awarded = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    needs_grading = models.BooleanField(default=False)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    graded_at = models.DateTimeField(null=True, blank=True)
    grader_feedback = models.TextField(blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="one_question_per_slot")
        ]

    def __str__(self) -> str:
        return f"{self.attempt} · {self.position}"


class AttemptEvent(models.Model):
    """The attempt's history, kept for appeals."""

    class Kind(models.TextChoices):
        STARTED = "started", _("Started")
        RESUMED = "resumed", _("Resumed")
        ANSWERED = "answered", _("Answered")
        SUBMITTED = "submitted", _("Submitted")
        AUTO_SUBMITTED = "auto_submitted", _("Submitted automatically at the deadline")
        GRADED = "graded", _("Graded")
        RELEASED = "released", _("Result released")

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    at = models.DateTimeField(default=timezone.now)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["attempt", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.attempt} · {self.kind}"
