"""Question-bank forms for the CMS admin, and the content rules they share with the importers.

A question's wording and key live in versions; these forms never write a version themselves.
Saving goes through ``exams.services.save_question``, which edits the current version only while
no attempt has drawn it and otherwise starts a new one.
"""

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from core.units import UNITS
from exams.models import (
    MAX_EXTRA_ATTEMPTS,
    MAX_EXTRA_MINUTES,
    Accommodation,
    ExamSection,
    Question,
    QuestionType,
    QuestionVersion,
    Topic,
)
from exams.selectors import MANAGE_FINAL_EXAMS_PERMISSION
from exams.services import save_question

CHOICE_TYPES = (QuestionType.SINGLE, QuestionType.MULTIPLE)
CODE_MAX_LENGTH = Question._meta.get_field("code").max_length

# --- Content rules shared by the admin form and the importers ----------------------------------


def validate_code(code: str) -> None:
    if not code:
        raise ValidationError(_("Give the question a code."))
    if len(code) > CODE_MAX_LENGTH:
        raise ValidationError(
            _("A code has at most %(limit)d characters.") % {"limit": CODE_MAX_LENGTH}
        )
    if re.search(r"\s", code) or not code.isprintable():
        raise ValidationError(_("A code cannot contain spaces or control characters."))


def build_content(
    question_type: str,
    *,
    prompt_zh: str,
    prompt_en: str,
    explanation_zh: str = "",
    explanation_en: str = "",
    points: Decimal | None = None,
    options: list[dict] | None = None,
    partial_credit: str = "",
    true_false_answer: bool | None = None,
    numeric_answer: Decimal | None = None,
    numeric_tolerance: Decimal | None = None,
    tolerance_type: str = "",
    unit: str = "",
    accepted_zh: list[str] | None = None,
    accepted_en: list[str] | None = None,
    rubric_zh: str = "",
    rubric_en: str = "",
) -> dict:
    """The ``content`` for ``save_question``: every version field, with the ones that do not
    belong to ``question_type`` reset to their defaults so no stale key survives a change."""
    content = {
        "prompt_zh": prompt_zh,
        "prompt_en": prompt_en,
        "explanation_zh": explanation_zh,
        "explanation_en": explanation_en,
        "options": [],
        "partial_credit": QuestionVersion.PartialCredit.ALL_OR_NOTHING.value,
        "true_false_answer": None,
        "numeric_answer": None,
        "numeric_tolerance": Decimal(0),
        "tolerance_type": QuestionVersion.Tolerance.ABSOLUTE.value,
        "unit": "none",
        "accepted_answers": {},
        "rubric_zh": "",
        "rubric_en": "",
        "points": Decimal(1) if points is None else points,
    }
    if question_type in CHOICE_TYPES:
        content["options"] = [
            {"zh": option["zh"], "en": option["en"], "correct": bool(option["correct"])}
            for option in options or []
        ]
    if question_type == QuestionType.MULTIPLE and partial_credit:
        content["partial_credit"] = partial_credit
    if question_type == QuestionType.TRUE_FALSE:
        content["true_false_answer"] = true_false_answer
    if question_type == QuestionType.NUMERIC:
        content["numeric_answer"] = numeric_answer
        if numeric_tolerance is not None:
            content["numeric_tolerance"] = numeric_tolerance
        content["tolerance_type"] = tolerance_type or content["tolerance_type"]
        content["unit"] = unit or "none"
    if question_type == QuestionType.SHORT_TEXT:
        content["accepted_answers"] = {"zh": list(accepted_zh or []), "en": list(accepted_en or [])}
    if question_type == QuestionType.ESSAY:
        content["rubric_zh"], content["rubric_en"] = rubric_zh, rubric_en
    return content


def content_errors(question_type: str, content: dict) -> list[tuple[str, str]]:
    """(key, message) pairs for what ``content`` lacks for its type. Keys are version fields,
    plus "correct" (which options are right), "accepted_zh" and "accepted_en"."""
    errors: list[tuple[str, str]] = []
    if not content["prompt_zh"].strip():
        errors.append(("prompt_zh", _("Write the question in Chinese.")))
    if not content["prompt_en"].strip():
        errors.append(("prompt_en", _("Write the question in English.")))
    if content["points"] is not None and content["points"] <= 0:
        errors.append(("points", _("Points must be more than zero.")))
    if question_type in CHOICE_TYPES:
        options = content["options"]
        if len(options) < 2:
            errors.append(("options", _("Give at least two options.")))
        if any(not option["zh"].strip() or not option["en"].strip() for option in options):
            errors.append(("options", _("Every option needs Chinese and English text.")))
        correct = sum(1 for option in options if option["correct"])
        if question_type == QuestionType.SINGLE and options and correct != 1:
            errors.append(
                (
                    "correct",
                    _("Mark exactly one option as correct (%(count)d marked).")
                    % {"count": correct},
                )
            )
        if question_type == QuestionType.MULTIPLE and options and correct == 0:
            errors.append(("correct", _("Mark at least one option as correct.")))
    elif question_type == QuestionType.TRUE_FALSE:
        if content["true_false_answer"] is None:
            errors.append(("true_false_answer", _("Say whether the statement is true or false.")))
    elif question_type == QuestionType.NUMERIC:
        if content["numeric_answer"] is None:
            errors.append(("numeric_answer", _("A numeric question needs its answer.")))
        if content["numeric_tolerance"] is not None and content["numeric_tolerance"] < 0:
            errors.append(("numeric_tolerance", _("The tolerance cannot be negative.")))
    elif question_type == QuestionType.SHORT_TEXT:
        accepted = content["accepted_answers"]
        if not any(answer.strip() for answer in accepted.get("zh", [])):
            errors.append(("accepted_zh", _("Give at least one accepted answer in Chinese.")))
        if not any(answer.strip() for answer in accepted.get("en", [])):
            errors.append(("accepted_en", _("Give at least one accepted answer in English.")))
    elif question_type == QuestionType.ESSAY:
        if not content["rubric_zh"].strip():
            errors.append(("rubric_zh", _("An essay question needs a marking rubric in Chinese.")))
        if not content["rubric_en"].strip():
            errors.append(("rubric_en", _("An essay question needs a marking rubric in English.")))
    return errors


def version_model_errors(content: dict) -> list[tuple[str, str]]:
    """What the model itself would refuse (sizes, digits, choices), checked before saving."""
    try:
        QuestionVersion(**content).full_clean(exclude=["question", "number", "created_by"])
    except ValidationError as error:
        return [
            ("accepted_zh" if key == "accepted_answers" else key, message)
            for key, messages in error.message_dict.items()
            for message in messages
        ]
    return []


def format_options(options: list[dict]) -> str:
    """Options as the admin textarea shows them: ``* 中文 || English``, one a line."""
    return "\n".join(
        f"{'* ' if option.get('correct') else ''}{option.get('zh', '')} || {option.get('en', '')}"
        for option in options
    )


def parse_options(text: str) -> list[dict]:
    """The admin textarea's options; raises ValidationError naming every bad line."""
    options, problems = [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        correct = line.startswith("*")
        if correct:
            line = line[1:].strip()
        if "||" not in line:
            problems.append(
                _("Line %(line)d: write the option as “中文 || English”.") % {"line": number}
            )
            continue
        zh, en = (part.strip() for part in line.split("||", 1))
        if not zh or not en:
            problems.append(
                _("Line %(line)d: the option needs both Chinese and English text.")
                % {"line": number}
            )
            continue
        options.append({"zh": zh, "en": en, "correct": correct})
    if problems:
        raise ValidationError(problems)
    return options


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


# --- The question admin form ------------------------------------------------------------------

# Where a content-rule key is shown in the admin form.
FORM_FIELD_FOR_KEY = {"correct": "options", "accepted_answers": "accepted_zh"}

TRUE_FALSE_CHOICES = [
    ("", "---------"),
    ("true", gettext_lazy("True")),
    ("false", gettext_lazy("False")),
]


def _to_bool(value: str) -> bool:
    return value == "true"


def textarea(rows: int) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})


class QuestionAdminForm(WagtailAdminModelForm):
    """A question and the content of its current version in one form."""

    prompt_zh = forms.CharField(label=gettext_lazy("Question (Chinese)"), widget=textarea(4))
    prompt_en = forms.CharField(label=gettext_lazy("Question (English)"), widget=textarea(4))
    explanation_zh = forms.CharField(
        label=gettext_lazy("Explanation (Chinese)"), required=False, widget=textarea(3)
    )
    explanation_en = forms.CharField(
        label=gettext_lazy("Explanation (English)"), required=False, widget=textarea(3)
    )
    points = forms.DecimalField(
        label=gettext_lazy("Points"),
        max_digits=6,
        decimal_places=2,
        min_value=Decimal("0.01"),
        initial=Decimal(1),
    )
    options = forms.CharField(
        label=gettext_lazy("Options"),
        required=False,
        widget=textarea(6),
        help_text=gettext_lazy(
            "Single and multiple choice: one option a line, written “中文 || English”. "
            "Start the line with * to mark a correct option."
        ),
    )
    partial_credit = forms.ChoiceField(
        label=gettext_lazy("Partial credit"),
        choices=QuestionVersion.PartialCredit.choices,
        initial=QuestionVersion.PartialCredit.ALL_OR_NOTHING,
        help_text=gettext_lazy("Multiple choice only."),
    )
    true_false_answer = forms.TypedChoiceField(
        label=gettext_lazy("Answer"),
        choices=TRUE_FALSE_CHOICES,
        coerce=_to_bool,
        empty_value=None,
        required=False,
        help_text=gettext_lazy("True or false questions only."),
    )
    numeric_answer = forms.DecimalField(
        label=gettext_lazy("Numeric answer"), max_digits=20, decimal_places=6, required=False
    )
    numeric_tolerance = forms.DecimalField(
        label=gettext_lazy("Tolerance"),
        max_digits=20,
        decimal_places=6,
        min_value=Decimal(0),
        required=False,
        initial=Decimal(0),
    )
    tolerance_type = forms.ChoiceField(
        label=gettext_lazy("Tolerance type"),
        choices=QuestionVersion.Tolerance.choices,
        initial=QuestionVersion.Tolerance.ABSOLUTE,
    )
    unit = forms.ChoiceField(
        label=gettext_lazy("Unit"),
        choices=[(code, unit.label) for code, unit in UNITS.items()],
        initial="none",
    )
    accepted_zh = forms.CharField(
        label=gettext_lazy("Accepted answers (Chinese)"),
        required=False,
        widget=textarea(3),
        help_text=gettext_lazy("Short text only: one accepted answer a line."),
    )
    accepted_en = forms.CharField(
        label=gettext_lazy("Accepted answers (English)"),
        required=False,
        widget=textarea(3),
        help_text=gettext_lazy("Short text only: one accepted answer a line."),
    )
    rubric_zh = forms.CharField(
        label=gettext_lazy("Marking rubric (Chinese)"), required=False, widget=textarea(4)
    )
    rubric_en = forms.CharField(
        label=gettext_lazy("Marking rubric (English)"), required=False, widget=textarea(4)
    )

    class Meta:
        model = Question
        fields = ["code", "bank", "topic", "difficulty", "question_type", "retired"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.content: dict | None = None
        self.version_note = ""
        self.fields["bank"].required = False
        self.fields["code"].help_text = _(
            "A short unique code such as LAW-012, used by imports and exports. It cannot change "
            "later."
        )
        if self.instance.pk:
            self.fields["code"].disabled = True
            self.fields["question_type"].disabled = True
            self.fields["question_type"].help_text = _(
                "A question's type cannot change; create a new question instead."
            )
            version = self.instance.current_version
            if version is not None:
                for name, value in self.initial_from_version(version).items():
                    self.initial.setdefault(name, value)
                self.version_note = self.describe_versions(version)
                self.fields["code"].help_text = self.version_note

    @staticmethod
    def initial_from_version(version: QuestionVersion) -> dict:
        accepted = version.accepted_answers or {}
        answer = version.true_false_answer
        return {
            "prompt_zh": version.prompt_zh,
            "prompt_en": version.prompt_en,
            "explanation_zh": version.explanation_zh,
            "explanation_en": version.explanation_en,
            "points": version.points,
            "options": format_options(version.options or []),
            "partial_credit": version.partial_credit,
            "true_false_answer": "" if answer is None else ("true" if answer else "false"),
            "numeric_answer": version.numeric_answer,
            "numeric_tolerance": version.numeric_tolerance,
            "tolerance_type": version.tolerance_type,
            "unit": version.unit,
            "accepted_zh": "\n".join(accepted.get("zh", [])),
            "accepted_en": "\n".join(accepted.get("en", [])),
            "rubric_zh": version.rubric_zh,
            "rubric_en": version.rubric_en,
        }

    def describe_versions(self, version: QuestionVersion) -> str:
        count = self.instance.versions.count()
        if version.drawn.exists():
            return _(
                "Version %(number)d of %(count)d. Saving will create version %(next)d because "
                "this version has been used in attempts; those attempts keep the version they saw."
            ) % {"number": version.number, "count": count, "next": version.number + 1}
        return _(
            "Version %(number)d of %(count)d. No attempt has used it yet, so saving changes it "
            "in place."
        ) % {"number": version.number, "count": count}

    def clean_code(self):
        code = (self.cleaned_data.get("code") or "").strip()
        if not self.instance.pk:
            validate_code(code)
        return code

    def clean_options(self):
        return parse_options(self.cleaned_data.get("options") or "")

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("question_type")
        basics = ("prompt_zh", "prompt_en", "points", "options", "numeric_tolerance")
        if not kind or any(name in self.errors for name in basics):
            return cleaned
        content = build_content(
            kind,
            prompt_zh=cleaned["prompt_zh"],
            prompt_en=cleaned["prompt_en"],
            explanation_zh=cleaned.get("explanation_zh", ""),
            explanation_en=cleaned.get("explanation_en", ""),
            points=cleaned["points"],
            options=cleaned.get("options") or [],
            partial_credit=cleaned.get("partial_credit", ""),
            true_false_answer=cleaned.get("true_false_answer"),
            numeric_answer=cleaned.get("numeric_answer"),
            numeric_tolerance=cleaned.get("numeric_tolerance"),
            tolerance_type=cleaned.get("tolerance_type", ""),
            unit=cleaned.get("unit", ""),
            accepted_zh=_lines(cleaned.get("accepted_zh", "")),
            accepted_en=_lines(cleaned.get("accepted_en", "")),
            rubric_zh=cleaned.get("rubric_zh", ""),
            rubric_en=cleaned.get("rubric_en", ""),
        )
        problems = content_errors(kind, content) or version_model_errors(content)
        for key, message in problems:
            field = FORM_FIELD_FOR_KEY.get(key, key)
            self.add_error(field if field in self.fields else None, message)
        if not problems:
            self.content = content
        return cleaned

    def clean_bank(self):
        # Optional: an edit that leaves it out keeps the question's bank.
        return self.cleaned_data.get("bank") or None

    def save(self, commit=True):
        """Save through ``save_question`` so a version used in attempts is never changed."""
        if self.content is None:
            raise ValueError("save() called on a form that did not validate")
        data = self.cleaned_data
        user = self.for_user if getattr(self.for_user, "is_authenticated", False) else None
        question = save_question(
            code=self.instance.code if self.instance.pk else data["code"],
            bank=data.get("bank") or None,
            topic=data["topic"],
            difficulty=data["difficulty"],
            question_type=data["question_type"],
            content=self.content,
            author=user,
        )
        retired = bool(data.get("retired"))
        if question.retired != retired:
            question.retired = retired
            question.save(update_fields=["retired"])
        self.instance = question
        return question


# --- Exam sections ----------------------------------------------------------------------------


class ExamSectionForm(WagtailAdminModelForm):
    """A section's topic and type filters as checkboxes (they are stored as JSON lists)."""

    topics = forms.MultipleChoiceField(
        label=gettext_lazy("Topics"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Draw from these topics; none ticked means any topic."),
    )
    question_types = forms.MultipleChoiceField(
        label=gettext_lazy("Question types"),
        choices=QuestionType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Draw these types only; none ticked means any type."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bank"].required = False

    def clean_bank(self):
        return self.cleaned_data.get("bank") or ExamSection._meta.get_field("bank").default

    class Meta:
        model = ExamSection
        fields = [
            "order",
            "title_zh",
            "title_en",
            "bank",
            "topics",
            "question_types",
            "difficulty",
            "question_count",
        ]


# --- Accommodations ---------------------------------------------------------------------------


def _from_zero_to(maximum: int):
    """ "From 0 to N." in the language of the request that shows it."""
    return lazy(lambda: _("From 0 to %(max)d.") % {"max": maximum}, str)()


class AccommodationForm(forms.Form):
    """An examiner's grant of extra time or attempts to one of their trainees."""

    email = forms.EmailField(label=gettext_lazy("Trainee’s email address"), max_length=254)  # noqa: RUF001
    extra_minutes = forms.IntegerField(
        label=gettext_lazy("Extra minutes"),
        min_value=0,
        max_value=MAX_EXTRA_MINUTES,
        initial=0,
        help_text=_from_zero_to(MAX_EXTRA_MINUTES),
    )
    extra_attempts = forms.IntegerField(
        label=gettext_lazy("Extra attempts"),
        min_value=0,
        max_value=MAX_EXTRA_ATTEMPTS,
        initial=0,
        help_text=_from_zero_to(MAX_EXTRA_ATTEMPTS),
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=Accommodation._meta.get_field("reason").max_length,
        help_text=gettext_lazy(
            "Kept with the accommodation, for example the support plan it follows."
        ),
    )


# --- Exams ------------------------------------------------------------------------------------


class ExamAdminForm(WagtailAdminModelForm):
    """The exam with its sections. Each section is checked against the exam as edited (review
    policy, final or not) by ``ExamSection.clean``, so a blueprint that would show a final
    exam's answer keys is refused here just as in ``exams.services.create_exam``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Sections added in this form are not attached to the exam until it is saved; attach
        # them now, so their validation sees the exam's new values.
        for form in self.formsets["sections"].forms:
            form.instance.exam = self.instance
        course = self.fields.get("course")
        user = self.for_user
        if (
            course is not None
            and user is not None
            and not user.has_perm(MANAGE_FINAL_EXAMS_PERMISSION)
        ):
            # Instructors set exams for the courses in which they teach, never standalone ones
            # (only administrators examine those).
            from courses.selectors import taught_course_keys

            course.required = True
            course.queryset = course.queryset.filter(
                translation_key__in=taught_course_keys(instructor=user),
                locale=Locale.get_default(),
            )
