"""Small server-rendered SVG charts: readable without JavaScript, and always shown next to a
table of the same numbers so screen readers and spreadsheets get the figures too."""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString


@dataclass(frozen=True)
class Bar:
    label: str
    value: float


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times 10^n not below ``value``, so the axis ends on a round
    number."""
    if value <= 0:
        return 1
    magnitude = 1.0
    while magnitude * 10 <= value:
        magnitude *= 10
    while magnitude > value:
        magnitude /= 10
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def _format_number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def horizontal_bar_chart(*, bars: list[Bar], title: str, unit: str = "") -> SafeString:
    """One labelled bar per row; long labels (province names, sectors) fit on the left."""
    row_height, label_width, bar_area, value_width = 24, 150, 360, 90
    height = max(1, len(bars)) * row_height + 8
    width = label_width + bar_area + value_width
    top = _nice_ceiling(max((bar.value for bar in bars), default=0))
    rows = []
    for index, bar in enumerate(bars):
        y = 4 + index * row_height
        length = 0 if top == 0 else bar.value / top * bar_area
        rows.append(
            (
                label_width - 8,
                y + 16,
                bar.label,
                label_width,
                y + 4,
                f"{max(length, 1 if bar.value else 0):.1f}",
                f"{label_width + length + 6:.1f}",
                y + 16,
                _format_number(bar.value),
                unit,
            )
        )
    body = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="end" class="chart__label">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="16" class="chart__bar"></rect>'
        '<text x="{}" y="{}" class="chart__value">{} {}</text>',
        rows,
    )
    return _svg(width=width, height=height, title=title, body=body)


def vertical_bar_chart(*, bars: list[Bar], title: str) -> SafeString:
    """One column per category (years, months) with its value above it."""
    column, gap, plot_height, top_margin, bottom_margin = 44, 16, 180, 24, 28
    width = max(1, len(bars)) * (column + gap) + gap
    height = top_margin + plot_height + bottom_margin
    top = _nice_ceiling(max((bar.value for bar in bars), default=0))
    columns = []
    for index, bar in enumerate(bars):
        x = gap + index * (column + gap)
        bar_height = 0 if top == 0 else bar.value / top * plot_height
        y = top_margin + plot_height - bar_height
        columns.append(
            (
                x,
                f"{y:.1f}",
                column,
                f"{bar_height:.1f}",
                x + column / 2,
                f"{y - 6:.1f}",
                _format_number(bar.value),
                x + column / 2,
                top_margin + plot_height + 18,
                bar.label,
            )
        )
    body = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" class="chart__bar"></rect>'
        '<text x="{}" y="{}" text-anchor="middle" class="chart__value">{}</text>'
        '<text x="{}" y="{}" text-anchor="middle" class="chart__label">{}</text>',
        columns,
    )
    axis = format_html(
        '<line x1="0" y1="{0}" x2="{1}" y2="{0}" class="chart__axis"></line>',
        top_margin + plot_height,
        width,
    )
    return _svg(width=width, height=height, title=title, body=body + axis)


def _svg(*, width: int, height: int, title: str, body: SafeString) -> SafeString:
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}" '
        'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
        "<title>{}</title>{}</svg>",
        width,
        height,
        title,
        title,
        body,
    )
