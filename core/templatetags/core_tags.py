"""Template filters for the core helpers. Registered as the ``core`` library in
``TEMPLATES["OPTIONS"]["libraries"]`` (core is not an app): ``{% load core %}``."""

from django import template

from core.i18n import localized as localized_field
from core.numbers import format_number

register = template.Library()


@register.filter
def localized(obj, field: str) -> str:
    """``{{ exam|localized:"title" }}``: ``exam.title_en`` in English when it is filled in,
    else ``exam.title_zh``."""
    return localized_field(obj, field)


@register.filter
def number(value, max_places=None) -> str:
    """``{{ figure|number }}`` -> "1,234.5"; ``{{ percent|number:1 }}`` rounds to at most one
    decimal ("66.7", "100"). Text that is not a number is shown as it is."""
    try:
        places = None if max_places in (None, "") else int(max_places)
        return format_number(value, grouped=True, max_places=places)
    except (TypeError, ValueError, ArithmeticError):
        return "" if value is None else str(value)
