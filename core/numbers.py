"""The one way a figure becomes text, on pages, in charts and in the files people download."""

from decimal import ROUND_HALF_UP, Decimal


def format_number(
    value: Decimal | float | int | None, *, grouped: bool = False, max_places: int | None = None
) -> str:
    """A figure as people read it: no exponent and no trailing zeros (``Decimal("12.500")`` ->
    ``"12.5"``, ``Decimal("1E+2")`` -> ``"100"``); empty for a missing figure.

    ``grouped`` separates thousands (``"1,234.5"``) for pages and charts; files that programs
    read again (CSV, YAML, Moodle XML) leave it off. ``max_places`` rounds half up to at most
    that many decimals (chart labels)."""
    if value is None:
        return ""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():
        return str(number)
    if max_places is not None:
        number = number.quantize(Decimal(1).scaleb(-max_places), rounding=ROUND_HALF_UP)
    text = format(number.normalize(), ",f" if grouped else "f")
    return "0" if text == "-0" else text
