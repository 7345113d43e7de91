"""Pure grading of one response against one question version. No database access.

Every function returns the points awarded, between 0 and the version's points. Responses are
what the attempt stores: an option index or list of indexes, a boolean, {"value", "unit"} for
numeric answers, text for short answers and essays.
"""

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from core.units import UNITS, convert, unit_for_spelling
from exams.models import QuestionType, QuestionVersion


class ResponseError(ValueError):
    """A response that does not fit the question type (reported to the trainee, not graded)."""


def normalise_text(text: str) -> str:
    """Case-, width- and whitespace-insensitive form of a short answer."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = re.sub(r"[\s\u3000]+", " ", text).strip()
    return text.strip(".。!")


def parse_number(text: str) -> tuple[Decimal, str]:
    """A number and the unit written after it: "3.2 年" -> (Decimal("3.2"), "年")."""
    cleaned = unicodedata.normalize("NFKC", str(text)).strip().replace(",", "")
    # Thousands written with spaces ("12 000", NFKC turns thin and no-break spaces into spaces).
    cleaned = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", cleaned)
    match = re.fullmatch(r"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(.*)", cleaned)
    if not match:
        raise ResponseError(_("not a number"))
    try:
        return Decimal(match.group(1)), match.group(2).strip()
    except InvalidOperation as error:
        raise ResponseError(_("not a number")) from error


def clean_response(version: QuestionVersion, response):
    """Validate and normalise a response for storage; raises ResponseError when malformed."""
    kind = version.question.question_type
    if response is None:
        return None
    if kind == QuestionType.SINGLE:
        if not isinstance(response, int) or isinstance(response, bool):
            raise ResponseError(_("choose one option"))
        if not 0 <= response < len(version.options):
            raise ResponseError(_("unknown option"))
        return response
    if kind == QuestionType.MULTIPLE:
        if not isinstance(response, list) or not all(
            isinstance(item, int) and not isinstance(item, bool) for item in response
        ):
            raise ResponseError(_("choose options"))
        if any(not 0 <= item < len(version.options) for item in response):
            raise ResponseError(_("unknown option"))
        return sorted(set(response))
    if kind == QuestionType.TRUE_FALSE:
        if not isinstance(response, bool):
            raise ResponseError(_("answer true or false"))
        return response
    if kind == QuestionType.NUMERIC:
        if not isinstance(response, dict):
            raise ResponseError(_("enter a number"))
        value = str(response.get("value", "")).strip()
        unit = str(response.get("unit", "")).strip()
        if len(value) > 40 or len(unit) > 20:
            raise ResponseError(_("too long"))
        if not value:
            return None  # a unit alone is not an answer
        parse_number(value)
        return {"value": value, "unit": unit}
    if kind in (QuestionType.SHORT_TEXT, QuestionType.ESSAY):
        if not isinstance(response, str):
            raise ResponseError(_("enter text"))
        limit = 300 if kind == QuestionType.SHORT_TEXT else 20000
        if len(response) > limit:
            raise ResponseError(_("too long"))
        return response
    raise ResponseError(_("unknown question type"))


def _correct_indexes(version: QuestionVersion) -> set[int]:
    return {index for index, option in enumerate(version.options) if option.get("correct")}


def grade(version: QuestionVersion, response) -> Decimal | None:
    """Points for ``response``; None for essays, which an examiner grades."""
    kind = version.question.question_type
    points = version.points
    if kind == QuestionType.ESSAY:
        return None
    if response is None or response in ("", []):
        return Decimal(0)
    if kind == QuestionType.SINGLE:
        return points if response in _correct_indexes(version) else Decimal(0)
    if kind == QuestionType.MULTIPLE:
        return _grade_multiple(version, set(response))
    if kind == QuestionType.TRUE_FALSE:
        return points if response is version.true_false_answer else Decimal(0)
    if kind == QuestionType.NUMERIC:
        return points if numeric_is_correct(version, response) else Decimal(0)
    if kind == QuestionType.SHORT_TEXT:
        accepted = {
            normalise_text(answer)
            for answers in (version.accepted_answers or {}).values()
            for answer in answers
        }
        return points if normalise_text(response) in accepted else Decimal(0)
    raise ResponseError(_("unknown question type"))


def _grade_multiple(version: QuestionVersion, chosen: set[int]) -> Decimal:
    correct = _correct_indexes(version)
    points = version.points
    if version.partial_credit == QuestionVersion.PartialCredit.ALL_OR_NOTHING:
        return points if chosen == correct else Decimal(0)
    right = len(chosen & correct)
    wrong = len(chosen - correct)
    fraction = Decimal(max(right - wrong, 0)) / Decimal(len(correct))
    return (points * fraction).quantize(Decimal("0.01"))


def numeric_is_correct(version: QuestionVersion, response: dict) -> bool:
    try:
        value, written_unit = parse_number(response.get("value", ""))
    except ResponseError:
        return False
    expected_unit = UNITS[version.unit]
    unit_text = response.get("unit") or written_unit
    if unit_text:
        given_unit = unit_for_spelling(unit_text)
        if given_unit is None:
            return False
        converted = convert(value, from_unit=given_unit, to_unit=expected_unit)
        if converted is None:
            return False
        value = converted
    answer = version.numeric_answer
    tolerance = version.numeric_tolerance
    if version.tolerance_type == QuestionVersion.Tolerance.PERCENT:
        tolerance = abs(answer) * tolerance / 100
    return abs(value - answer) <= tolerance
