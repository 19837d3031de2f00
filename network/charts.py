"""Bar charts drawn on the server as accessible SVG: they read without JavaScript.

A chart is an image (``role="img"``) whose ``<title>`` names it and whose ``<desc>`` lists
every value, so a screen reader gets the figures; each bar also carries its value as
text, so colour is never the only cue. Pages show the same figures in a data table
(``templates/network/components/network_figures.html``).

    render_bar_chart([("2021", 120), ("2022", 135)], title="Members", id_prefix="members")
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

WIDTH = 320
HEIGHT = 200
PAD_TOP = 20  # room for the value above the tallest bar
PAD_BOTTOM = 24  # room for the labels under the axis
PAD_SIDE = 8
BAR_FILL = "#00558c"  # --brand: 7.4:1 against white
AXIS_STROKE = "#4a4a55"  # --muted


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None  # None: no figure for that year (drawn as "–", not as 0)


def _number(value):
    return number_format(value, force_grouping=True)


def render_bar_chart(
    bars: Sequence[tuple[str, int | None]] | Sequence[Bar],
    *,
    title: str,
    id_prefix: str,
) -> SafeString:
    """A vertical bar chart of `bars` (label, value), scaled from zero to the largest value."""
    bars = [bar if isinstance(bar, Bar) else Bar(*bar) for bar in bars]
    maximum = max([bar.value or 0 for bar in bars] + [0])
    plot_height = HEIGHT - PAD_TOP - PAD_BOTTOM
    baseline = PAD_TOP + plot_height
    slot = (WIDTH - 2 * PAD_SIDE) / max(len(bars), 1)
    bar_width = slot * 0.6
    description = "; ".join(
        f"{bar.label}: {_number(bar.value) if bar.value is not None else _('no figure')}"
        for bar in bars
    )
    parts = [
        format_html(
            '<svg class="bar-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" '
            'role="img" aria-labelledby="{}-title {}-desc">'
            '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>',
            WIDTH,
            HEIGHT,
            id_prefix,
            id_prefix,
            id_prefix,
            title,
            id_prefix,
            description,
        )
    ]
    for index, bar in enumerate(bars):
        centre = PAD_SIDE + slot * index + slot / 2
        height = plot_height * (bar.value or 0) / maximum if maximum else 0
        top = baseline - height
        if bar.value is not None:
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                    f"{centre - bar_width / 2:.1f}",
                    f"{top:.1f}",
                    f"{bar_width:.1f}",
                    f"{height:.1f}",
                    BAR_FILL,
                )
            )
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" font-size="12" '
                'font-weight="700">{}</text>'
                '<text x="{}" y="{}" text-anchor="middle" font-size="12">{}</text>',
                f"{centre:.1f}",
                f"{top - 5:.1f}",
                _number(bar.value) if bar.value is not None else "–",
                f"{centre:.1f}",
                f"{baseline + 16:.1f}",
                bar.label,
            )
        )
    parts.append(
        format_html(
            '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"/></svg>',
            PAD_SIDE,
            baseline,
            WIDTH - PAD_SIDE,
            baseline,
            AXIS_STROKE,
        )
    )
    return mark_safe("".join(parts))


# The network figures: one chart per measure, years along the axis. ----------------------

FIGURE_MEASURES = (
    ("members", gettext_lazy("Member structures")),
    ("creativity_sessions", gettext_lazy("Creativity sessions")),
    ("opportunity_studies", gettext_lazy("Opportunity studies")),
    ("activities_created", gettext_lazy("Activities created")),
)


def figure_charts(figures: Iterable, id_prefix: str = "figures") -> dict:
    """Charts and a table for yearly figures (objects with `year` and the four measures).

    Returns {"charts": [{"title", "svg"}], "columns": [titles], "rows": [{"year",
    "values"}]}; a measure with no figure in any year gets no chart.
    """
    figures = list(figures)
    charts = []
    for field, title in FIGURE_MEASURES:
        bars = [Bar(str(f.year), getattr(f, field)) for f in figures]
        if all(bar.value is None for bar in bars):
            continue
        charts.append(
            {
                "title": title,
                "svg": render_bar_chart(bars, title=str(title), id_prefix=f"{id_prefix}-{field}"),
            }
        )
    rows = [
        {
            "year": f.year,
            "values": [
                _number(v) if (v := getattr(f, field)) is not None else "–"
                for field, _title in FIGURE_MEASURES
            ],
        }
        for f in figures
    ]
    return {
        "charts": charts,
        "columns": [title for _field, title in FIGURE_MEASURES],
        "rows": rows,
    }
