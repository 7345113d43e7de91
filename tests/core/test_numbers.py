from decimal import Decimal

import pytest

from core.numbers import format_number


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("12.500000"), "12.5"),
        (Decimal("35.000000"), "35"),
        (Decimal("1E+2"), "100"),
        (Decimal("0.000001"), "0.000001"),
        (Decimal("-0"), "0"),
        (Decimal("-0.000"), "0"),
        (Decimal("-3.25"), "-3.25"),
        (Decimal("1234567.5"), "1234567.5"),
        (7, "7"),
        (0.05, "0.05"),
    ],
)
def test_a_figure_is_written_without_exponent_or_trailing_zeros(value, text):
    assert format_number(value) == text


def test_a_missing_figure_is_empty():
    assert format_number(None) == ""
    assert format_number(None, grouped=True) == ""


def test_grouped_figures_separate_thousands():
    assert format_number(Decimal("1234567.500"), grouped=True) == "1,234,567.5"
    assert format_number(Decimal("999"), grouped=True) == "999"


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        (12.25, 1, "12.3"),
        (12.04, 1, "12"),
        (1234.56, 1, "1,234.6"),
        (0.05, 4, "0.05"),
        (0.123456, 4, "0.1235"),
        (40.0, 1, "40"),
    ],
)
def test_max_places_rounds_half_up_and_drops_trailing_zeros(value, places, text):
    assert format_number(value, grouped=True, max_places=places) == text


def test_a_float_is_read_as_written_not_as_its_binary_expansion():
    assert format_number(0.1 + 0.2, max_places=4) == "0.3"
    assert format_number(2.675, max_places=2) == "2.68"
