"""Helpers for the CSV files people download (rosters, results, open data)."""

from django.http import HttpResponse


def csv_response(filename: str) -> HttpResponse:
    """A CSV download that spreadsheet programs open as UTF-8 (for Chinese names)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    return response


# First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """Neutralise spreadsheet formulas in user-supplied text (CSV injection)."""
    if value and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
