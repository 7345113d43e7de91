# ruff: noqa: RUF001 (full-width characters test the normalisation on purpose)
from decimal import Decimal

import pytest

from exams.grading import ResponseError, clean_response, grade, normalise_text, parse_number
from exams.models import QuestionType
from tests.exams.builders import make_question

pytestmark = pytest.mark.django_db


def _version(question_type, **extra):
    return make_question(question_type, **extra).current_version


def test_single_choice_scores_only_the_correct_option():
    version = _version(QuestionType.SINGLE)

    assert grade(version, 0) == Decimal(1)
    assert grade(version, 2) == Decimal(0)
    assert grade(version, None) == Decimal(0)


def test_multiple_choice_all_or_nothing():
    version = _version(QuestionType.MULTIPLE, partial_credit="all_or_nothing")

    assert grade(version, [0, 1]) == Decimal(1)
    assert grade(version, [0]) == Decimal(0)
    assert grade(version, [0, 1, 2]) == Decimal(0)


def test_multiple_choice_proportional_credit_subtracts_wrong_choices():
    version = _version(QuestionType.MULTIPLE, partial_credit="proportional")

    assert grade(version, [0]) == Decimal("0.50")
    assert grade(version, [0, 1]) == Decimal("1.00")
    assert grade(version, [0, 2]) == Decimal("0.00")
    assert grade(version, [2, 3]) == Decimal("0.00")


def test_true_false():
    version = _version(QuestionType.TRUE_FALSE)

    assert grade(version, True) == Decimal(1)
    assert grade(version, False) == Decimal(0)


@pytest.mark.parametrize(
    ("response", "points"),
    [
        ({"value": "3", "unit": ""}, 1),
        ({"value": "3.05", "unit": ""}, 1),
        ({"value": "2.95", "unit": "年"}, 1),
        ({"value": "3.06", "unit": ""}, 0),
        ({"value": "36", "unit": "months"}, 1),
        ({"value": "36 个月", "unit": ""}, 1),
        ({"value": "３.０", "unit": "ｙｅａｒｓ"}, 1),
        ({"value": "3", "unit": "t"}, 0),
        ({"value": "3", "unit": "furlongs"}, 0),
        ({"value": "three", "unit": ""}, 0),
    ],
)
def test_numeric_answers_respect_tolerance_and_units(response, points):
    version = _version(QuestionType.NUMERIC)

    assert grade(version, response) == Decimal(points)


def test_numeric_percent_tolerance_scales_with_the_answer():
    version = _version(
        QuestionType.NUMERIC,
        numeric_answer=Decimal("397084"),
        numeric_tolerance=Decimal("1"),
        tolerance_type="percent",
        unit="yuan",
    )

    assert grade(version, {"value": "400,000", "unit": ""}) == Decimal(1)
    assert grade(version, {"value": "39.7", "unit": "万元"}) == Decimal(1)
    assert grade(version, {"value": "402000", "unit": ""}) == Decimal(0)


def test_short_text_ignores_case_width_and_spacing():
    version = _version(QuestionType.SHORT_TEXT)

    assert grade(version, "  Pre-Assessment ") == Decimal(1)
    assert grade(version, "预评估。") == Decimal(1)
    assert grade(version, "assessment") == Decimal(0)


def test_essays_are_left_for_an_examiner():
    assert grade(_version(QuestionType.ESSAY), "My answer") is None


def test_malformed_responses_are_rejected_before_storage():
    single = _version(QuestionType.SINGLE)
    numeric = _version(QuestionType.NUMERIC)

    for bad in ("0", True, 7, -1, [0]):
        with pytest.raises(ResponseError):
            clean_response(single, bad)
    with pytest.raises(ResponseError):
        clean_response(numeric, {"value": "abc"})


def test_number_parsing_reads_the_unit_after_the_number():
    assert parse_number("1,200 吨") == (Decimal("1200"), "吨")
    assert normalise_text("ＰＲＥ　assessment") == "pre assessment"


def test_numbers_with_space_thousands_separators_are_read_whole():
    assert parse_number("12 000 kg") == (Decimal("12000"), "kg")


def test_a_unit_without_a_number_is_no_answer():
    assert clean_response(_version(QuestionType.NUMERIC), {"value": "", "unit": "t"}) is None
