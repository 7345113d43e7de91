"""Small server-rendered SVG charts: readable without JavaScript, and always shown next to a
table of the same numbers so screen readers and spreadsheets get the figures too."""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from core.numbers import format_number


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
    return format_number(value, grouped=True, max_places=1)


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


def _format_precise(value: float) -> str:
    """Like ``_format_number`` but keeps the decimals small figures need (0.05 mg/L)."""
    return format_number(value, grouped=True, max_places=1 if abs(value) >= 1000 else 4)


@dataclass(frozen=True)
class Series:
    """One named row of values, one value per category (None where there is no figure)."""

    label: str
    values: list[float | None]


# Series are told apart by colour and by the pattern of their lines or bar outlines, so a
# chart printed in black and white or seen without colour vision still reads.
SERIES_STYLES = 4


def _y_axis(*, top: float, left: int, width: int, plot_top: int, plot_height: int, unit: str):
    """Gridlines at 0, half and the top of the scale, with their values on the left."""
    lines = []
    for fraction in (0, 0.5, 1):
        y = plot_top + plot_height - fraction * plot_height
        lines.append(
            (
                left,
                f"{y:.1f}",
                width,
                f"{y:.1f}",
                left - 6,
                f"{y + 4:.1f}",
                _format_precise(top * fraction),
            )
        )
    grid = format_html_join(
        "",
        '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart__grid"></line>'
        '<text x="{}" y="{}" text-anchor="end" class="chart__label">{}</text>',
        lines,
    )
    if unit:
        grid += format_html(
            '<text x="{}" y="{}" text-anchor="end" class="chart__label">{}</text>',
            left - 6,
            plot_top - 8,
            unit,
        )
    return grid


def _legend(*, series: list[Series], left: int, y: int, kind: str) -> SafeString:
    """Swatches and names of the series along the top of the chart."""
    items, x = [], left
    for index, one in enumerate(series):
        style = index % SERIES_STYLES + 1
        if kind == "line":
            swatch = format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart__line chart__line--{}"></line>',
                x,
                y - 4,
                x + 22,
                y - 4,
                style,
            )
        else:
            swatch = format_html(
                '<rect x="{}" y="{}" width="12" height="10" class="chart__bar--{}"></rect>',
                x,
                y - 9,
                style,
            )
        items.append((swatch, x + 28, y, one.label))
        x += 28 + 8 * max(len(one.label), 4) + 20
    return format_html_join("", '{}<text x="{}" y="{}" class="chart__legend">{}</text>', items)


def grouped_bar_chart(
    *, categories: list[str], series: list[Series], title: str, unit: str = ""
) -> SafeString:
    """Side-by-side bars per category (emitted next to permitted for each year, say)."""
    left, bar, gap, plot_top, plot_height, bottom = 64, 18, 20, 40, 180, 28
    group = max(1, len(series)) * bar
    width = max(440, left + max(1, len(categories)) * (group + gap) + gap)
    height = plot_top + plot_height + bottom
    values = [value for one in series for value in one.values if value is not None]
    top = _nice_ceiling(max(values, default=0))
    bars = []
    for column, category in enumerate(categories):
        x0 = left + gap + column * (group + gap)
        for index, one in enumerate(series):
            value = one.values[column] if column < len(one.values) else None
            if value is None:
                continue
            bar_height = value / top * plot_height if top else 0
            bars.append(
                (
                    x0 + index * bar,
                    f"{plot_top + plot_height - bar_height:.1f}",
                    bar - 2,
                    f"{max(bar_height, 1 if value else 0):.1f}",
                    index % SERIES_STYLES + 1,
                    f"{category} · {one.label}: {_format_precise(value)} {unit}".strip(),
                )
            )
    body = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" class="chart__bar chart__bar--{}">'
        "<title>{}</title></rect>",
        bars,
    )
    labels = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="middle" class="chart__label">{}</text>',
        (
            (left + gap + column * (group + gap) + group / 2, plot_top + plot_height + 18, category)
            for column, category in enumerate(categories)
        ),
    )
    axis = _y_axis(
        top=top, left=left, width=width, plot_top=plot_top, plot_height=plot_height, unit=unit
    )
    legend = _legend(series=series, left=left, y=16, kind="bar")
    return _svg(width=width, height=height, title=title, body=axis + body + labels + legend)


def line_chart(
    *,
    categories: list[str],
    series: list[Series],
    title: str,
    unit: str = "",
    references: list[Bar] | tuple[Bar, ...] = (),
) -> SafeString:
    """Lines over categories (years), with dashed horizontal reference lines (limits)."""
    left, right, plot_top, plot_height, bottom = 64, 120, 40, 180, 28
    step = 64
    width = max(360, left + max(1, len(categories)) * step + right)
    height = plot_top + plot_height + bottom
    values = [value for one in series for value in one.values if value is not None]
    values += [reference.value for reference in references]
    top = _nice_ceiling(max(values, default=0))
    plot_width = width - left - right

    def x_of(column: int) -> float:
        if len(categories) <= 1:
            return left + plot_width / 2
        return left + step / 2 + column * (plot_width - step) / (len(categories) - 1)

    def y_of(value: float) -> float:
        return plot_top + plot_height - (value / top * plot_height if top else 0)

    lines, points = [], []
    for index, one in enumerate(series):
        style = index % SERIES_STYLES + 1
        segment: list[str] = []
        for column, value in enumerate(one.values[: len(categories)]):
            if value is None:
                if len(segment) > 1:
                    lines.append((" ".join(segment), style))
                segment = []
                continue
            x, y = x_of(column), y_of(value)
            segment.append(f"{x:.1f},{y:.1f}")
            points.append(
                (
                    f"{x:.1f}",
                    f"{y:.1f}",
                    style,
                    f"{categories[column]} · {one.label}: {_format_precise(value)} {unit}".strip(),
                )
            )
        if len(segment) > 1:
            lines.append((" ".join(segment), style))
    body = format_html_join(
        "", '<polyline points="{}" class="chart__line chart__line--{}"></polyline>', lines
    )
    body += format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="4" class="chart__point chart__point--{}"><title>{}</title>'
        "</circle>",
        points,
    )
    body += format_html_join(
        "",
        '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart__reference"></line>'
        '<text x="{}" y="{}" class="chart__reference-label">{} {}</text>',
        (
            (
                left,
                f"{y_of(reference.value):.1f}",
                left + plot_width,
                f"{y_of(reference.value):.1f}",
                left + plot_width + 6,
                f"{y_of(reference.value) + 4:.1f}",
                reference.label,
                _format_precise(reference.value),
            )
            for reference in references
        ),
    )
    labels = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="middle" class="chart__label">{}</text>',
        (
            (f"{x_of(column):.1f}", plot_top + plot_height + 18, category)
            for column, category in enumerate(categories)
        ),
    )
    axis = _y_axis(
        top=top,
        left=left,
        width=left + plot_width,
        plot_top=plot_top,
        plot_height=plot_height,
        unit=unit,
    )
    legend = _legend(series=series, left=left, y=16, kind="line")
    return _svg(width=width, height=height, title=title, body=axis + body + labels + legend)
