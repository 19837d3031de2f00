"""A map of France by département, drawn on the server as an accessible inline SVG.

Any app can colour the 101 départements by a number and link each one somewhere:

    from territories.svgmap import render_departement_map

    html = render_departement_map(
        {"69": 12, "2A": 1, "974": 3},            # département code → value (missing = 0)
        link_for=lambda code: f"/fr/annuaire/?departement={code}",  # or None: no link
        title="Support structures by département",
        legend_label="structures",
    )

or, in a template, ``{% load territories_tags %}{% departement_map values links title=…
legend_label=… %}`` where ``links`` is a callable, a ``{code: url}`` dict or a pattern
string containing ``{code}``.

How it is drawn, and why:

* The outlines come from ``territories/data/departements.geojson``. They are projected,
  simplified and turned into SVG path strings once per process (``lru_cache``): a request
  only pays for joining strings and choosing colours.
* Metropolitan France (Corsica included, at its true place) uses an equirectangular
  projection with longitudes scaled by the cosine of the mean latitude, which keeps
  shapes right at this scale. The five overseas départements (971–976) each get an
  inset box of their own in a row under the mainland, at their own scale, so all are
  visible; a sixth inset enlarges Paris and the petite couronne (75, 92, 93, 94), which
  are only a few pixels wide on the main map. The Paris inset repeats links that exist on
  the main map, so it is hidden from assistive technologies and taken out of the tab order.
* The SVG is a group of links (``role="group"``) with a ``<title>`` and ``<desc>``; each
  département is an ``<a>`` with an ``aria-label`` and a ``<title>`` (tooltip) giving its
  name and value. Colours come from a sequential scale in a few equal-interval classes,
  listed in a legend; borders are dark grey so every shape stands out from its
  neighbours whatever the fill, and the value never relies on colour alone (labels,
  tooltips and the table alternative say it). Focus and hover styles are in site.css
  (``.dept-map``).
"""

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

GEOJSON = Path(__file__).resolve().parent / "data" / "departements.geojson"

WIDTH = 600
MARGIN = 6
INSET_GAP = 8
INSET_LABEL_HEIGHT = 16
# Drop vertices closer than this (in SVG units) to the simplified line.
TOLERANCE = 0.5

OVERSEAS = ("971", "972", "973", "974", "976")
PARIS_AREA = ("75", "92", "93", "94")

# Sequential blues (ColorBrewer "Blues", colour-blind safe), lightest to darkest; the
# "none" colour marks a zero so that "no structure" is not confused with "a few".
ZERO_FILL = "#f2f2f2"
SCALE_FILLS = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
NO_DATA_STROKE = "#5f6368"


@dataclass(frozen=True)
class Shape:
    code: str
    name: str
    path: str  # SVG path data, already projected and simplified
    inset: str  # "" for the main frame, else the inset's key


@dataclass(frozen=True)
class Inset:
    key: str
    label: str  # a name, not translated: département names are proper nouns
    x: float
    y: float
    width: float
    height: float
    decorative: bool  # True when it only repeats what the main map already links


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    shapes: tuple[Shape, ...]
    insets: tuple[Inset, ...]


# Projection and simplification (done once) ----------------------------------------------


def _rings(geometry):
    if geometry["type"] == "Polygon":
        return list(geometry["coordinates"])
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def _bounds(rings):
    xs = [lon for ring in rings for lon, _lat in ring]
    ys = [lat for ring in rings for _lon, lat in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _aspect(bounds):
    """Height / width of `bounds` once longitudes are scaled by cos(mean latitude)."""
    min_lon, min_lat, max_lon, max_lat = bounds
    cos_lat = math.cos(math.radians((min_lat + max_lat) / 2))
    return (max_lat - min_lat) / ((max_lon - min_lon) * cos_lat)


def _projector(bounds, box_x, box_y, box_width, box_height):
    """lon/lat → SVG x/y fitting `bounds` into the box, centred, north up."""
    min_lon, min_lat, max_lon, max_lat = bounds
    cos_lat = math.cos(math.radians((min_lat + max_lat) / 2))
    span_x = (max_lon - min_lon) * cos_lat
    span_y = max_lat - min_lat
    scale = min(box_width / span_x, box_height / span_y)
    offset_x = box_x + (box_width - span_x * scale) / 2
    offset_y = box_y + (box_height - span_y * scale) / 2

    def project(point):
        lon, lat = point
        return (
            offset_x + (lon - min_lon) * cos_lat * scale,
            offset_y + (max_lat - lat) * scale,
        )

    return project


def _simplify(points, tolerance):
    """Douglas–Peucker on projected points (iterative, so long rings cannot overflow)."""
    if len(points) < 5:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
            else:
                d = math.hypot(px - x1, py - y1)
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _path_data(rings, project):
    """Absolute first point, then relative moves on a 0.1 grid: about half the bytes."""
    parts = []
    for ring in rings:
        points = _simplify([project(p) for p in ring], TOLERANCE)
        if len(points) < 4:  # an islet smaller than the tolerance
            continue
        grid = [(round(x * 10), round(y * 10)) for x, y in points[:-1]]
        moves = [f"M{_decimal(grid[0][0])} {_decimal(grid[0][1])}l"]
        for (x0, y0), (x1, y1) in zip(grid, grid[1:], strict=False):
            if (x1, y1) != (x0, y0):
                moves.append(f"{_decimal(x1 - x0)} {_decimal(y1 - y0)} ")
        parts.append("".join(moves).rstrip() + "z")
    return "".join(parts)


def _decimal(tenths):
    """12 → "1.2", -3 → "-.3", 20 → "2": the shortest form SVG path data accepts."""
    sign = "-" if tenths < 0 else ""
    units, rest = divmod(abs(tenths), 10)
    if rest == 0:
        return f"{sign}{units}"
    return f"{sign}{units or ''}.{rest}"


@lru_cache(maxsize=1)
def layout() -> Layout:
    """Every département's path and the inset boxes; read from disk once per process."""
    with GEOJSON.open(encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    outlines = {
        f["properties"]["code"]: (f["properties"]["nom"], _rings(f["geometry"])) for f in features
    }
    mainland = [code for code in outlines if code not in OVERSEAS]
    main_bounds = _bounds([ring for code in mainland for ring in outlines[code][1]])
    inner_width = WIDTH - 2 * MARGIN
    main_height = inner_width * _aspect(main_bounds)
    project_main = _projector(main_bounds, MARGIN, MARGIN, inner_width, main_height)

    inset_keys = (*OVERSEAS, "paris")
    box = (inner_width - INSET_GAP * (len(inset_keys) - 1)) / len(inset_keys)
    inset_y = MARGIN + main_height + INSET_GAP
    insets, projectors = [], {}
    for index, key in enumerate(inset_keys):
        x = MARGIN + index * (box + INSET_GAP)
        codes = PARIS_AREA if key == "paris" else (key,)
        label = "Paris" if key == "paris" else outlines[key][0]
        bounds = _bounds([ring for code in codes for ring in outlines[code][1]])
        pad = 4
        projectors[key] = _projector(bounds, x + pad, inset_y + pad, box - 2 * pad, box - 2 * pad)
        insets.append(Inset(key, label, x, inset_y, box, box, decorative=key == "paris"))

    shapes = []
    for code, (name, rings) in outlines.items():
        inset = code if code in OVERSEAS else ""
        shapes.append(
            Shape(code, name, _path_data(rings, projectors.get(inset, project_main)), inset)
        )
    for code in PARIS_AREA:
        shapes.append(
            Shape(
                code,
                outlines[code][0],
                _path_data(outlines[code][1], projectors["paris"]),
                "paris",
            )
        )
    height = inset_y + box + INSET_LABEL_HEIGHT + MARGIN
    return Layout(WIDTH, round(height, 1), tuple(shapes), tuple(insets))


def departement_names() -> dict[str, str]:
    """Code → name of the 101 départements, in code order (from the cached outlines)."""
    return {shape.code: shape.name for shape in layout().shapes if shape.inset != "paris"}


# Colour scale -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ColourClass:
    low: int
    high: int
    fill: str

    @property
    def label(self):
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


def colour_classes(maximum: int) -> list[ColourClass]:
    """Zero, then up to five equal-interval classes from 1 to `maximum`.

    Equal intervals keep colour proportional to the value (a class twice as far up the
    scale holds values about twice as large), which is what a reader expects from a
    count; a darker colour always means a larger value.
    """
    classes = [ColourClass(0, 0, ZERO_FILL)]
    if maximum <= 0:
        return classes
    count = min(len(SCALE_FILLS), maximum)
    last = len(SCALE_FILLS) - 1
    # Spread the classes over the whole palette so the top one is always the darkest.
    if count == 1:
        fills = [SCALE_FILLS[last]]
    else:
        fills = [SCALE_FILLS[round(i * last / (count - 1))] for i in range(count)]
    low = 1
    for i in range(count):
        high = math.ceil(maximum * (i + 1) / count)  # strictly increasing: count <= maximum
        classes.append(ColourClass(low, high, fills[i]))
        low = high + 1
    return classes


def fill_for(value: int, classes: list[ColourClass]) -> str:
    for colour_class in classes:
        if value <= colour_class.high:
            return colour_class.fill
    return classes[-1].fill


# Rendering --------------------------------------------------------------------------------

LinkSpec = Callable[[str], str | None] | Mapping[str, str] | str | None


def _resolve_links(link_for: LinkSpec) -> Callable[[str], str | None]:
    if link_for is None:
        return lambda code: None
    if isinstance(link_for, str):
        return lambda code: link_for.replace("{code}", code)
    if isinstance(link_for, Mapping):
        return link_for.get
    return link_for


def _default_value_format(value: int) -> str:
    return str(value)


def render_departement_svg(
    values: Mapping[str, int],
    link_for: LinkSpec = None,
    *,
    title: str,
    description: str = "",
    value_format: Callable[[int], str] = _default_value_format,
    id_prefix: str = "dept-map",
) -> SafeString:
    """The inline SVG only. See render_departement_map() for the parameters."""
    geometry = layout()
    links = _resolve_links(link_for)
    classes = colour_classes(max([0, *values.values()]))
    title_id, desc_id = f"{id_prefix}-title", f"{id_prefix}-desc"
    if not description:
        description = _(
            "Map of France by département, including the five overseas départements in "
            "boxes below mainland France. Each département is a link; the same figures "
            "are in the table that follows."
        )
    out = [
        format_html(
            '<svg class="dept-map__svg" xmlns="http://www.w3.org/2000/svg" '
            'viewBox="0 0 {} {}" role="group" aria-labelledby="{} {}">'
            '<title id="{}">{}</title><desc id="{}">{}</desc>',
            geometry.width,
            geometry.height,
            title_id,
            desc_id,
            title_id,
            title,
            desc_id,
            description,
        )
    ]
    for inset in geometry.insets:
        out.append(
            format_html(
                '<g class="dept-map__inset"{}><rect x="{}" y="{}" width="{}" height="{}" '
                'fill="none" stroke="{}" stroke-width="0.75"/>'
                '<text x="{}" y="{}" text-anchor="middle" font-size="10">{}</text></g>',
                mark_safe(' aria-hidden="true"') if inset.decorative else "",
                *(f"{n:.1f}" for n in (inset.x, inset.y, inset.width, inset.height)),
                NO_DATA_STROKE,
                f"{inset.x + inset.width / 2:.1f}",
                f"{inset.y + inset.height + 11:.1f}",
                inset.label,
            )
        )
    for shape in geometry.shapes:
        value = values.get(shape.code, 0)
        label = _("%(name)s (%(code)s): %(value)s") % {
            "name": shape.name,
            "code": shape.code,
            "value": value_format(value),
        }
        fill = fill_for(value, classes)
        path = format_html(
            '<path d="{}" fill="{}" stroke="{}" stroke-width="0.5"/>',
            shape.path,
            fill,
            NO_DATA_STROKE,
        )
        url = links(shape.code)
        hidden = shape.inset == "paris"  # repeats the main map: keep it out of AT and tabs
        if url:
            out.append(
                format_html(
                    '<a href="{}" aria-label="{}" data-code="{}"{}><title>{}</title>{}</a>',
                    url,
                    label,
                    shape.code,
                    mark_safe(' tabindex="-1" aria-hidden="true"') if hidden else "",
                    label,
                    path,
                )
            )
        elif hidden:
            out.append(format_html('<g aria-hidden="true">{}</g>', path))
        else:
            out.append(
                format_html(
                    '<g data-code="{}" role="img" aria-label="{}"><title>{}</title>{}</g>',
                    shape.code,
                    label,
                    label,
                    path,
                )
            )
    out.append("</svg>")
    return mark_safe("".join(out))


def departement_rows(values: Mapping[str, int], link_for: LinkSpec = None):
    """One dict per département (code order) for a table alternative."""
    links = _resolve_links(link_for)
    return [
        {"code": code, "name": name, "value": values.get(code, 0), "url": links(code)}
        for code, name in departement_names().items()
    ]


def render_departement_map(
    values: Mapping[str, int],
    link_for: LinkSpec = None,
    *,
    title: str,
    legend_label: str,
    description: str = "",
    value_format: Callable[[int], str] = _default_value_format,
    with_table: bool = True,
    id_prefix: str = "dept-map",
) -> SafeString:
    """A figure with the map, its legend and (by default) a table of the same figures.

    values        département code ("01"…"95", "2A", "2B", "971"…"976") → a count;
                  codes not given count as 0, unknown codes are ignored.
    link_for      where each département links: a callable code → URL (or None for no
                  link), a {code: url} mapping, or a pattern string with "{code}".
    title         the figure's caption and the SVG's <title>.
    legend_label  what the values count, for the legend and the table header
                  (e.g. "Structures").
    value_format  value → text for the labels (e.g. lambda n: ngettext(...)).
    id_prefix     makes the ids unique when a page shows more than one map.
    """
    classes = colour_classes(max([0, *values.values()]))
    context = {
        "svg": render_departement_svg(
            values,
            link_for,
            title=title,
            description=description,
            value_format=value_format,
            id_prefix=id_prefix,
        ),
        "title": title,
        "legend_label": legend_label,
        "legend": classes,
        "rows": departement_rows(values, link_for) if with_table else None,
        "id_prefix": id_prefix,
    }
    return mark_safe(render_to_string("territories/departement_map.html", context))
